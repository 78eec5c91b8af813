"""The French pack on the development part of the French gold set.

Every detector of :func:`tests.nlp.gold.predictions` is scored on ``dev.txt`` (the part the pack
was developed on) and held to the English gold set's floors (precision 0.90, recall 0.80); the
exact counts pin what the pack reaches, so any change to a French word list shows here. The
frozen part (``frozen.txt``) is never scored by a test: ``python -m tests.frozen score gold-fr``
scores it once per version of the detectors.
"""

from __future__ import annotations

import pytest

from tests import frozen
from tests.langgold.fr import score
from tests.nlp import gold

#: code -> (gold positives, true positives, false positives, false negatives) on dev.txt
EXPECTED = {
    "F": (37, 37, 1, 0),
    "T>=2": (38, 38, 2, 0),
    "T3": (16, 16, 0, 0),
    "Q": (53, 50, 1, 3),
    "QO": (26, 26, 1, 0),
    "FU": (20, 18, 1, 2),
    "SUP": (26, 26, 0, 0),
    "INV": (29, 29, 0, 0),
    "CRI": (23, 23, 0, 0),
    "DEF": (20, 20, 0, 0),
    "REP": (31, 31, 1, 0),
    "MIN": (33, 33, 0, 0),
    "HED": (17, 17, 0, 0),
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


def test_dev_part_is_read_as_french():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 286
    row = {it.text: k for k, it in enumerate(items)}
    # whose feeling: a past observation of the reader's stress is not the writer's feeling;
    # "tu me manques" is the writer missing the reader (tier 3, a feeling statement)
    assert not feats["feeling"][row["hier t'étais trop stressé a la soirée"]]
    assert feats["tier"][row["hier t'étais trop stressé a la soirée"]] == 1
    assert feats["tier"][row["tu me manques"]] == 3 and feats["feeling"][row["tu me manques"]]
    # elision ("j'suis", "chui"); questions by intonation, "est-ce que" and inversion
    assert feats["feeling"][row["j'suis hyper stressée pour l'exam de demain"]]
    assert feats["tier"][row["chui trop triste aujourd'hui"]] == 2
    asking = ("tu fais quoi", "est-ce que ça va toi ?", "comment allez-vous depuis l'opération ?")
    for text in asking:
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text


def test_frozen_part_is_registered_and_not_scored_here():
    what, scorer = frozen.PARTS["gold-fr"]
    assert "tests/langgold/fr/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
