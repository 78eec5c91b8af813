"""The families of ``lexicons/en/patterns_5_support_reader.toml`` and the widened slots of the
older ones, on forms written for this test (none is in a register set or the gold set).

Each case pins the family that wins and the words it consumes; the look-alikes beside them
must find no family of their own (or the one named). The last tests pin what the whole pass
makes of a wish or a compliment: support, and never the writer's own feeling.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import patterns
from analyzer.nlp.lexicon import blank_english
from analyzer.nlp.normalise import normalise_doc, normaliser
from tests.realtext.evaluate import features_of, support_fired


def families(text: str) -> list[tuple[str, str]]:
    """(family, matched words) of every match in ``text``, leftmost first."""
    words = normalise_doc(blank_english()(text), text, normaliser()).words
    return [(p.family, " ".join(words[a:b])) for a, b, p in patterns.find(tuple(words))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise_seem: how the reader comes across
        (
            "you seem like a really kind person",
            [("praise_seem", "you seem like a really kind person")],
        ),
        ("u sound like an amazing dad tbh", [("praise_seem", "you sound like an amazing dad")]),
        ("you look great in that photo", [("praise_seem", "you look great")]),
        (
            "you seem like the type of guy i'd love to grab a beer with",
            [("praise_seem", "you seem like the type of guy i 'd love")],
        ),
        ("ur so gorgeous, seriously", [("praise_seem", "you are so gorgeous")]),
        ("your garden looks amazing!", [("praise_seem", "your garden looks amazing")]),
        # hope_for_you: a hope for the reader
        ("i really hope you find a good lawyer", [("hope_for_you", "i really hope you find")]),
        ("hope you're able to get some sleep", [("hope_for_you", "hope you are able to get")]),
        ("hoping for the best for you", [("hope_for_you", "hoping for the best for you")]),
        (
            "i hope you know how valued you are",
            [("hope_for_you", "i hope you know how valued")],
        ),
        ("hope you're holding up", [("hope_for_you", "hope you are holding up")]),
        # hope_you_feel: the reader's feeling in the hope
        (
            "hope you feel a bit calmer after the call",
            [("hope_you_feel", "hope you feel a bit calmer")],
        ),
        # good_day: an everyday warm wish
        ("thanks! have a good day at work bud", [("good_day", "have a good day")]),
        # reassure_general
        (
            "it always works out in the end",
            [("reassure_general", "it always works out in the end")],
        ),
        (
            "things tend to fall into place",
            [("reassure_general", "things tend to fall into place")],
        ),
        ("you'll land on your feet", [("reassure_general", "you will land on your feet")]),
        # widened slots of older families
        ("i feel you sis", [("sympathy", "i feel you")]),
        ("losing a parent takes a heavy toll", [("difficulty_general", "takes a heavy toll")]),
        ("i'm so glad you were there for him", [("glad_for_you", "i am so glad you were there")]),
        ("understandable given the week you had", [("okay_to_feel", "understandable")]),
        ("stay strong comrades", [("not_support", "stay strong comrades")]),
    ],
)
def test_new_forms_find_their_family(text, expected):
    assert families(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "you sound like a broken record",  # no praise word before the person
        "she seems like a great person",  # a third person
        "you look tired",  # a state, not praise (the reflection rules read it)
        "i hope you like the gift",  # the writer's own gift
        "hope you get banned",  # an ill wish
        "let's hope you get it right this time",
        "just hoping you don't ask again",
        "have a nice day",  # the sarcastic close of an argument
        "my job is taking a toll on me",  # the writer's own load
        "i hope i get the job",  # the writer's own hope
        "it never works out for me",
    ],
)
def test_look_alikes_find_no_new_family(text):
    new = {"praise_seem", "hope_for_you", "hope_you_feel", "good_day", "reassure_general"}
    found = families(text)
    assert not [f for f, _ in found if f in new]
    assert ("difficulty_general", "taking a toll") not in found


def test_wishes_and_compliments_are_support_and_not_the_writers_feeling():
    texts = [
        "i hope so much that you find peace with it",
        "i hope you know how loved you are",
        "you seem like a lovely person",
        "hope you feel a little less anxious tomorrow",
        "i hope i get the job",
        "hope you feel a bit lighter now",
    ]
    feats = features_of(texts)
    assert list(support_fired(feats)) == [True, True, True, True, False, True]
    assert list(feats["tier"]) == [1, 1, 1, 1, 1, 1]
    assert not feats["feeling"].any()
    assert list(feats["reflection"]) == [False, False, False, True, False, True]
