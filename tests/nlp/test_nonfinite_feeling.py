"""A feeling inside a non-finite clause takes the experiencer of the clause that governs it
(issue "whose feeling"; from the tenth real set, "Remember to apply yourself and learn history
instead of getting angry", "You should have a friend come with you instead to avoid more hurt
feelings"). The clause ("instead of getting angry", "to avoid more hurt feelings", "rather than
feeling guilty") has no subject of its own: an order or advice to the reader ("remember to ...",
"you should ...", "i told you to ...") makes the feeling the reader's, no reflection (it is
advice), and never the writer's tier; the writer as the governing subject ("i went for a walk
instead of getting angry") keeps it the writer's, a third person opening the clause keeps it
theirs. Wordings written for this test.
"""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.nlp import experiencer
from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support
CASES = [
    # the reader governs: an order, advice with "you", the reader as the one told
    ("remember to breathe and count to ten instead of getting angry at yourself", 1, False, False),
    ("you should take a friend with you to avoid more hurt feelings", 1, False, False),
    ("maybe tell your boss about it rather than feeling guilty", 1, False, False),
    ("you should have asked me instead of getting angry", 1, False, False),
    ("why don't you just talk to her instead of getting angry?", 1, False, False),
    # ... near misses: the writer governs, and the feeling stays the writer's at its tier
    ("i went for a walk instead of getting angry", 2, True, False),
    ("i try to talk it out instead of getting angry at him", 2, False, False),
    ("we should talk about it instead of being angry at each other", 2, False, False),
    ("honestly i'm angry instead of sad", 2, True, False),
    # ... a third person opening the clause: theirs, at its tier
    ("my sister tries to avoid getting upset about it", 2, False, False),
    # ... no governor (an elided "I", no reader named): left as it was, the writer's
    ("went for a run instead of getting angry", 2, False, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_nonfinite_feeling(frame, i, case):
    _text, tier, feeling, support = case
    assert tier_feeling_support(frame, i) == (tier, feeling, support)


@pytest.mark.parametrize(
    ("words", "start", "who"),
    [
        # "learn history *instead of getting* angry": an order, the reader's (no reflection)
        ("remember to apply yourself and learn history instead of getting angry", 10, "reader"),
        # the object of the telling verb is the one who should not feel it
        ("i told you to avoid getting upset about it", 6, "reader"),
        # the writer as the subject
        ("i went for a walk instead of getting angry", 8, "writer"),
        # a person after a verb is its object, not the subject; a person opening it is
        ("maybe tell your boss about it rather than feeling guilty", 9, "reader"),
        ("my sister tries to avoid getting upset about it", 6, "third"),
    ],
)
def test_the_governing_clause_decides(words, start, who):
    ws = tuple(words.split())
    rules = experiencer.load_rules("en")
    got = experiencer.experiencer(ws, start, start + 1, rules)
    assert got[0] == who
    assert got[1] == ("subject" if who in ("writer", "third") else "")


def test_a_pack_without_openers_reads_as_before():
    # a pack that lists no openers or joins reads as before (every shipped pack lists them now:
    # test_pack_whose_keys.py): the feeling after the opener is left to the rest of the rule
    rules = dataclasses.replace(
        experiencer.load_rules("en"), nonfinite_openers=(), imperative_joins=frozenset()
    )
    ws = tuple("remember to apply yourself and learn history instead of getting angry".split())
    assert experiencer.experiencer(ws, 10, 11, rules) == ("", "")


# --- an order about the reader's feeling joined to a first order (from the tenth real set,
# "Prepare for it and become happy with yourself but also accept its impermanence") ---------

# text, tier, the writer's feeling statement
JOINED = [
    ("Prepare for it and become happy with yourself but also accept its impermanence.", 1, False),
    ("go home and be happy with your family", 1, False),
    # ... near misses: a subject before the join, or no reader named: as before
    ("i want to go out and be happy", 2, True),
    ("just breathe and be happy", 2, False),
    ("she went home and be happy with her kids", 2, False),
]


@pytest.fixture(scope="module")
def joined_frame():
    return features_of([c[0] for c in JOINED])


@pytest.mark.parametrize(("i", "case"), list(enumerate(JOINED)), ids=[c[0] for c in JOINED])
def test_joined_order(joined_frame, i, case):
    _text, tier, feeling = case
    got = (int(joined_frame["tier"].iat[i]), bool(joined_frame["feeling"].iat[i]))
    assert got == (tier, feeling)
    assert not joined_frame["reflection"].iat[i]  # advice, no reflection
