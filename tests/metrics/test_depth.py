"""Depth measures on tiny chats, values computed by hand."""

from __future__ import annotations

import math

import pytest

from analyzer.settings import MinimumData
from tests.metrics.metrics_chat import msg, run

SAD = dict(
    feeling=True,
    feeling_valence=-0.6,
    feeling_tier=2.0,
    tier=2.0,
    emotion_words=1.0,
    emotion_terms="sad",
    valence=-0.6,
)
SCARED = dict(
    feeling=True,
    feeling_valence=-0.7,
    feeling_tier=3.0,
    tier=3.0,
    emotion_words=2.0,
    emotion_terms="scared alone",
    valence=-0.7,
)
GLAD = dict(
    feeling=True,
    feeling_valence=0.5,
    feeling_tier=2.0,
    tier=2.0,
    emotion_words=1.0,
    emotion_terms="sad",  # the same lemma again: lowers richness
    valence=0.5,
)

# Session 0: Ana light + deep, Ben light. Session 1: Ana alone (deep). Session 2: both light.
ROWS = [
    msg(0, "Ana", "at the station now", tier=0.0, valence=0.0),  # 4 words
    msg(1, "Ana", "i feel sad today", **SAD),  # 4 words
    msg(2, "Ben", "see you soon", tier=1.0, valence=0.4),  # 3 words
    msg(400, "Ana", "i am scared and alone", **SCARED),  # 5 words
    msg(800, "Ana", "kind of glad but sad", **GLAD),  # 5 words
    msg(801, "Ben", "ok", tier=0.0, valence=0.2, minimal=True),  # 1 word
    msg(802, "Ben", "photo", kind="media"),
]


@pytest.fixture(scope="module")
def m():
    return run(ROWS)


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        ("emotion_word_rate", "Ana", 100 * 4 / 18, 18),
        ("emotion_word_rate", "Ben", 0.0, 4),
        ("tier0_share", "Ana", 0.25, 4),
        ("tier2_share", "Ana", 0.5, 4),
        ("tier3_share", "Ana", 0.25, 4),
        ("tier1_share", "Ben", 0.5, 2),
        ("feeling_statements", "Ana", 3, 4),
        ("feeling_rate", "Ana", 75.0, 4),
        ("negative_disclosures", "Ana", 2, 3),
        ("disclosure_share", "Ana", 1.0, 3),
        ("disclosure_share", "Ben", 0.0, 3),
        ("mean_valence", "Ana", (0.0 - 0.6 - 0.7 + 0.5) / 4, 4),
        ("mean_valence", "Ben", 0.3, 2),
        # terms used: sad, scared, alone, sad -> 3 distinct / 4
        ("emotion_richness", "Ana", 0.75, 4),
        # conversations with both people: s0 (light+deep) and s2 (light+deep) -> 2/2
        ("deep_session_share", "", 1.0, 2),
    ],
    ids=lambda x: str(x),
)
def test_depth_values(m, measure, who, value, n):
    row = m.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


def test_emotion_richness_nan_without_terms(m):
    row = m.row("emotion_richness", "Ben")
    assert math.isnan(row["value"]) and row["n"] == 0


def test_deep_session_needs_light_and_deep():
    rows = [msg(0, "Ana", "hi", tier=1.0), msg(1, "Ben", "hey", tier=1.0)]
    row = run(rows).row("deep_session_share")
    assert (row["value"], row["n"]) == (0.0, 1)


@pytest.fixture(scope="module")
def off():
    return run(ROWS, lexicon=False)


LEXICON_MEASURES = [
    "emotion_word_rate",
    "tier0_share",
    "feeling_statements",
    "disclosure_share",
    "emotion_richness",
    "criticism",
    "support_given",
    "responsive_share",
]


@pytest.mark.parametrize("measure", LEXICON_MEASURES)
def test_lexicon_off_gives_nan(off, measure):
    m = off
    assert math.isnan(m.get(measure, "Ana"))


def test_lexicon_off_keeps_n(off):
    m = off
    assert m.row("emotion_word_rate", "Ana")["n"] == 18


def test_lexicon_off_keeps_structure(off):
    m = off
    assert m.get("word_share", "Ana") == pytest.approx(18 / 22)


def test_lexicon_off_lsm_nan():
    m = run(
        ROWS,
        lexicon=False,
        minimum=MinimumData(words_for_style=1),
    )
    assert math.isnan(m.get("lsm"))
