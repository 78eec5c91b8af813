"""The Hindi pack on the development part of the Hindi gold set (romanised and Devanagari).

Every detector of :func:`tests.nlp.gold.predictions` is scored on ``dev.txt`` (the part the pack
was developed on) and held to the English gold set's floors (precision 0.90, recall 0.80); the
exact counts pin what the pack reaches, so any change to a Hindi word list shows here. The
frozen part (``frozen.txt``) is never scored by a test: ``python -m tests.frozen score gold-hi``
scores it once per version of the detectors.
"""

from __future__ import annotations

import pytest

from tests import frozen
from tests.langgold.hi import score
from tests.nlp import gold

#: code -> (gold positives, true positives, false positives, false negatives) on dev.txt
EXPECTED = {
    "F": (31, 28, 0, 3),
    "T>=2": (33, 31, 0, 2),
    "T3": (15, 15, 0, 0),
    "Q": (39, 38, 3, 1),
    "QO": (24, 21, 0, 3),
    "FU": (19, 18, 0, 1),
    "SUP": (22, 22, 1, 0),
    "INV": (25, 24, 0, 1),
    "CRI": (18, 18, 1, 0),
    "DEF": (16, 15, 0, 1),
    "REP": (23, 23, 0, 0),
    "MIN": (24, 24, 0, 0),
    "HED": (17, 17, 1, 0),
}


@pytest.fixture(scope="module")
def scores():
    return score.dev_scores()


def test_every_detector_is_scored(scores):
    assert tuple(scores) == tuple(gold.NAMES) == tuple(EXPECTED)


@pytest.mark.parametrize("code", tuple(EXPECTED), ids=[gold.NAMES[c] for c in EXPECTED])
def test_exact_counts(scores, code):
    s = scores[code]
    assert (s.support, s.tp, s.fp, s.fn) == EXPECTED[code]


@pytest.mark.parametrize("code", tuple(EXPECTED), ids=[gold.NAMES[c] for c in EXPECTED])
def test_english_floors(scores, code):
    assert scores[code].precision >= gold.PRECISION_MIN, scores[code]
    assert scores[code].recall >= gold.RECALL_MIN, scores[code]


def test_language_of_messages_of_three_words_or_more():
    # in a chat in romanised Hindi (how the gold set is read), and in an English chat (each
    # message must leave English on its own evidence); a Hinglish message with more English than
    # Hindi words ("proud of you yaar") goes to English and counts as wrong here
    assert score.language_right(score.DEV_FILE, "hi-Latn") == (205, 199)
    assert score.language_right(score.DEV_FILE, "en") == (205, 193)
    assert 199 / 205 >= 0.95 and 193 / 205 < 0.95


def test_dev_part_is_read_by_the_hindi_pack_in_both_scripts():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 236
    row = {it.text: k for k, it in enumerate(items)}
    # romanised spellings people type, and Devanagari, read alike
    assert feats["tier"][row["tum theek ho?"]] < 2  # asking after the reader is no disclosure
    assert feats["question"][row["tum theek ho?"]] and feats["question_other"][row["tum theek ho?"]]
    for text in ("आज का दिन कैसा रहा?", "क्या हुआ?"):
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text
    assert feats["tier"][row["mujhe tumhari yaad aati hai"]] == 3
    assert feats["feeling"][row["mujhe tumhari yaad aati hai"]]
    assert feats["feeling"][row["yaar main bahut pareshan hoon"]]
    assert feats["tier"][row["मैं अकेला महसूस कर रहा हूँ"]] == 3
    # whose feeling: the reader's trouble said back to them is a reflection (support), not the
    # writer's feeling; a third person's keeps its tier without being a feeling statement
    seen = "tu pareshan lag rhi h, sab thik ho jayega"
    assert not feats["feeling"][row[seen]] and feats["tier"][row[seen]] == 1
    assert feats["cat_support"][row[seen]] + feats["cat_validation"][row[seen]] > 0
    assert feats["tier"][row["mummy bahut pareshan thi kal raat"]] == 2
    assert not feats["feeling"][row["mummy bahut pareshan thi kal raat"]]


def test_frozen_part_is_registered_and_not_scored_here():
    what, scorer = frozen.PARTS["gold-hi"]
    assert "tests/langgold/hi/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
