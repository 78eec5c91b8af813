"""The Portuguese pack on the development part of the Brazilian Portuguese gold set.

Every detector of :func:`tests.nlp.gold.predictions` is scored on ``dev.txt`` (the part the pack
was developed on) and held to the English gold set's floors (precision 0.90, recall 0.80); the
exact counts pin what the pack reaches, so any change to a Portuguese word list shows here. The
frozen part (``frozen.txt``) is never scored by a test: ``python -m tests.frozen score gold-pt``
scores it once per version of the detectors.
"""

from __future__ import annotations

import pytest

from tests import frozen
from tests.langgold.pt import score
from tests.nlp import gold

#: code -> (gold positives, true positives, false positives, false negatives) on dev.txt
EXPECTED = {
    "F": (39, 39, 0, 0),
    "T>=2": (42, 42, 0, 0),
    "T3": (18, 18, 0, 0),
    "Q": (55, 55, 3, 0),
    "QO": (32, 29, 0, 3),
    "FU": (21, 20, 0, 1),
    "SUP": (18, 18, 0, 0),
    "INV": (8, 8, 0, 0),
    "CRI": (18, 18, 0, 0),
    "DEF": (22, 21, 0, 1),
    "REP": (19, 19, 0, 0),
    "MIN": (27, 27, 0, 0),
    "HED": (18, 17, 0, 1),
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


def test_dev_part_is_read_as_portuguese():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 242
    # whose feeling: the reader's sadness in a question and a past observation of the reader's
    # nervousness are not the writer's feeling
    row = {it.text: k for k, it in enumerate(items)}
    assert feats["tier"][row["vc ta triste?"]] == 1
    assert not feats["feeling"][row["ontem vc tava mto nervoso na festa"]]


def test_frozen_part_is_registered_and_not_scored_here():
    what, scorer = frozen.PARTS["gold-pt"]
    assert "tests/langgold/pt/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
