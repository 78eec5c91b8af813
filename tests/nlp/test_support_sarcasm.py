"""Sympathy formulas that only look like support: the families sorry_dismissive,
sorry_but_funny, pity_putdown and pity_order of ``lexicons/en/patterns_1_support.toml`` and the
sarcasm markers "sad boi" and "lol you are" of ``lexicons/en/experiencer.json``, on wordings
written for this test (none is in a register set or the gold set).

Each brush-off pins the family that wins and the words it consumes; the near misses beside them
are real sympathy and must stay support for the whole pass.
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


def _cats(text: str) -> dict[str, float]:
    row = features_of([text]).iloc[0]
    return {c: row[f"cat_{c}"] for c in ("support", "validation", "invalidation", "criticism")}


BRUSH_OFFS = [
    # sorry_dismissive: only the "sorry" is consumed, what follows is read as usual
    ("im sorry you dont get the joke, its not that deep", ("sorry_dismissive", "i am sorry")),
    ("sorry you missed the point again", ("sorry_dismissive", "sorry")),
    ("I'm so sorry you can't comprehend a simple chart", ("sorry_dismissive", "i am so sorry")),
    ("well I'm sorry you don't agree with science", ("sorry_dismissive", "i am sorry")),
    ("sorry that you see it like that", ("sorry_dismissive", "sorry")),
    ("i'm sorry you're too proud to admit it", ("sorry_dismissive", "i am sorry")),
    ("I'm sorry you were so rude to her", ("sorry_dismissive", "i am sorry")),
    ("sorry u got so butthurt over a meme", ("sorry_dismissive", "sorry")),
    # sorry_but_funny: the formula and the laugh that takes it back
    (
        "so sorry about your couch but it's also hilarious",
        ("sorry_but_funny", "so sorry about your couch but it is also hilarious"),
    ),
    ("sorry for your loss lmao", ("sorry_but_funny", "sorry for your loss lmao")),
    ("my deepest condolences lol", ("sorry_but_funny", "my deepest condolences lol")),
    ("thoughts and prayers haha", ("sorry_but_funny", "thoughts and prayers haha")),
    # pity_putdown: pity as contempt
    (
        "if you honestly believe that then i feel sorry for you",
        ("pity_putdown", "if you honestly believe that then i feel sorry for you"),
    ),
    (
        "you're a total muppet, I feel bad for you",
        ("pity_putdown", "you are a total muppet , i feel bad for you"),
    ),
    (
        "you sound like my uncle at thanksgiving. i feel sorry for you",
        None,  # "at thanksgiving" stands between: no put-down form, the pity stays
    ),
    (
        "you sound like my grandpa, i really feel sorry for you",
        ("pity_putdown", "you sound like my grandpa , i really feel sorry for you"),
    ),
    ("i feel bad for you kid", ("pity_putdown", "i feel bad for you kid")),
    (
        "i feel sorry for you honestly, you're clearly clueless",
        None,  # "honestly" before the comma: the put-down is not read (a known miss)
    ),
    (
        "i feel sorry for you. you seem so brainwashed",
        ("pity_putdown", "i feel sorry for you . you seem so brainwashed"),
    ),
    # pity_order: an order to pity a third person
    ("you should feel sorry for her instead", ("pity_order", "you should feel sorry for her")),
    (
        "you need to feel bad for the little guy",
        ("pity_order", "you need to feel bad for the little guy"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRUSH_OFFS)
def test_brush_off_family_and_words(text, expected):
    found = [f for f in families(text) if f[0] in _SARCASM_FAMILIES]
    assert found == ([expected] if expected else [])


_SARCASM_FAMILIES = {"sorry_dismissive", "sorry_but_funny", "pity_putdown", "pity_order"}


@pytest.mark.parametrize(("text", "_"), [c for c in BRUSH_OFFS if c[1]])
def test_brush_offs_are_not_support(text, _):
    assert not support_fired(features_of([text]))[0]


def test_what_follows_a_brush_off_sorry_is_read_as_usual():
    """Only "sorry" is consumed: "you're so ignorant" stays a criticism of the reader, and the
    brush-off itself counts as invalidation, never as support."""
    assert families("I'm sorry you're so ignorant")[-1] == ("bad_you", "you are so ignorant")
    got = _cats("I'm sorry you're so ignorant")
    assert got == {"support": 0, "validation": 0, "invalidation": 1, "criticism": 1}
    assert _cats("sorry you dont get the joke") == {
        "support": 0, "validation": 0, "invalidation": 1, "criticism": 0,
    }  # fmt: skip
    assert _cats("you're a total muppet, i feel bad for you")["criticism"] == 1


NEAR_MISSES = [
    # the same formulas in real sympathy
    "i'm so sorry you're going through all this",
    "sorry you didn't get the job, their loss honestly",
    "I'm sorry you can't see your grandkids this year, that's so hard",
    "i'm sorry you don't have anyone to lean on right now",
    "sorry you missed your train, what a night",
    "i'm so sorry you're too sick to come, rest up",
    "I'm sorry you were treated so badly there",
    "i'm sorry you feel bad about the exam, you tried your best",
    "so sorry for your loss, he sounded like a wonderful man",
    "my condolences to you and your family",
    "sending thoughts and prayers to you all tonight",
    "sorry about your couch, that sucks",
    "i feel so sorry for you, that's awful",
    "i feel bad for you, nobody deserves that",
    "if you need anything at all, i'm here for you",
    "honestly i feel so bad for you, you didn't deserve that",
    "i feel so bad for you, you seem completely worn out",
    "i feel sorry for you, you are such a patient friend to her",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_real_sympathy_stays_support(text):
    assert not [f for f in families(text) if f[0] in _SARCASM_FAMILIES]
    assert support_fired(features_of([text]))[0]


@pytest.mark.parametrize(
    ("text", "sarcastic"),
    [
        ("lol you're terrified of a spider", True),
        ("lmao you're so jealous", True),
        ("you've been such a sad boi all week", True),
        ("oh you must be so stressed with all that free time /s", True),
        ("you must be so stressed, get some sleep lol", False),  # laughter after, not a taunt
        ("lol. you sound exhausted, go to bed", False),  # a sentence stands between
    ],
)
def test_sarcasm_markers_take_the_reflection(text, sarcastic):
    """A taunt names the reader's feeling but reflects nothing; elsewhere laughter keeps it."""
    row = features_of([text]).iloc[0]
    assert (row["reflection"] == 0 and row["cat_validation"] == 0) == sarcastic
    assert (row["reflected_terms"] == "") == sarcastic


def test_eleventh_set_support_before_and_after():
    """goemotions11_dev (real comments, tuned on here): the five brush-offs and the taunt are
    no longer support: 55 fired with 39 right before (P 0.71), 49 with 39 after them (P 0.80,
    recall kept at 0.61); 50 since "the one true God who loves you" (a sermon, not support) reads
    as a third person's love said to the reader (P 0.78); 51 with 40 since "I like your rant."
    (liking what the reader made) is support (P 0.78, recall 0.63)."""
    from tests.realtext.register_eval import frame

    data = frame("goemotions11")
    sup = support_fired(features_of(data["text"].tolist()))
    assert (int(sup.sum()), int((sup & data["SUP"].to_numpy()).sum())) == (51, 40)
