"""English replies to a feeling that were misread: a comfort taken for an insult ("that's so
scary. he's your baby" counted "your baby" as "you're a baby"), a pet name taken for one ("love
you baby"), and the near misses that must still count as dismissing or attacking the reader.

The sentences are new wordings written for this test (the sample chat's own line is the first).
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import counted, frame_of, missing, read

#: text -> categories that must be counted (support or validation) in a caring reply, which must
#: count neither criticism nor invalidation
COMFORT = {
    "that's so scary. he's your baby": ("validation",),
    "omg that is so scary, is he ok?": ("validation",),
    "that sounds scary, i'm here": ("validation",),
    "love you baby": (),
    "miss you baby, call me later": (),
    "aw love you too baby": (),
    "thank you baby": (),
    "your baby is so cute": (),
    "he's your child, of course you worry": ("validation",),
    "ok kid, good luck tomorrow": (),
}

#: text -> categories that must be counted: the insult and the dismissal stay read
HARSH = {
    "that's not scary, stop being a baby": ("invalidation",),
    "stop being a baby": ("invalidation",),
    "quit being such a crybaby lol": ("invalidation",),
    "stop being a child about it": ("invalidation",),
    "stop being such a snowflake": ("invalidation",),
    "you're such a baby": ("criticism",),
    "your a baby": ("criticism",),
    "your such a child": ("criticism",),
    "you big baby": ("criticism",),
    "you are a really big baby": ("criticism",),
    "you're a toddler": ("criticism",),
    "stop being a big baby": ("criticism",),
    "shut up you idiot": ("criticism",),
    "your an idiot": ("criticism",),
}

TEXTS = [*COMFORT, *HARSH]


@pytest.fixture(scope="module")
def rows():
    frame = frame_of(read(TEXTS))
    return {t: frame.iloc[i] for i, t in enumerate(TEXTS)}


@pytest.mark.parametrize("text", list(COMFORT))
def test_a_caring_reply_is_no_attack(rows, text):
    row = rows[text]
    assert counted(row, ("criticism", "invalidation")) == [], text
    assert missing(row, COMFORT[text]) == [], text


@pytest.mark.parametrize("text", list(HARSH))
def test_the_near_miss_still_attacks_or_dismisses(rows, text):
    assert missing(rows[text], HARSH[text]) == [], text


def test_the_sample_chat_reply_is_validation_only(rows):
    """The iOS sample chat's line: validation, and nothing negative."""
    row = rows["that's so scary. he's your baby"]
    assert counted(row, ("validation", "support", "criticism", "invalidation")) == ["validation"]
