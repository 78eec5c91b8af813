"""The Italian pack on the development part of the Italian gold set.

Every detector of :func:`tests.nlp.gold.predictions` is scored on ``dev.txt`` (the part the pack
was developed on) and held to the English gold set's floors (precision 0.90, recall 0.80); the
exact counts pin what the pack reaches, so any change to a Italian word list shows here. The
frozen part (``frozen.txt``) is never scored by a test: ``python -m tests.frozen score gold-it``
scores it once per version of the detectors.
"""

from __future__ import annotations

import pytest

from tests import frozen
from tests.langgold.it import score
from tests.nlp import gold

#: code -> (gold positives, true positives, false positives, false negatives) on dev.txt
EXPECTED = {
    "F": (40, 40, 2, 0),
    "T>=2": (44, 44, 3, 0),
    "T3": (20, 20, 0, 0),
    "Q": (54, 54, 2, 0),
    "QO": (21, 21, 1, 0),
    "FU": (22, 22, 1, 0),
    "SUP": (22, 22, 0, 0),
    "INV": (19, 16, 0, 3),
    "CRI": (27, 27, 0, 0),
    "DEF": (19, 18, 0, 1),
    "REP": (16, 16, 0, 0),
    "MIN": (31, 31, 0, 0),
    "HED": (25, 25, 1, 0),
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


def test_dev_part_is_read_as_italian():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 260
    row = {it.text: k for k, it in enumerate(items)}
    # whose feeling: the reader's anger said of them is no disclosure, a reflection is support,
    # a third person's anger keeps its tier; "mi manchi" is the writer missing the reader
    when = "quando sei arrabbiata diventi rossa ahah"
    assert not feats["feeling"][row[when]] and feats["tier"][row[when]] == 1
    assert feats["reflection"][row["sembri triste amore"]]
    boss = "il mio capo era furioso stamattina"
    assert feats["tier"][row[boss]] == 2 and not feats["feeling"][row[boss]]
    assert feats["tier"][row["mi manchi"]] == 3 and feats["feeling"][row["mi manchi"]]
    # pro-drop and chat spellings: "sono giù", "nn ce la faccio più", "tvb"
    for text in ("sono giù", "nn ce la faccio più", "tvb"):
        assert feats["feeling"][row[text]] and feats["tier"][row[text]] == 3, text
    # questions by intonation; the polite "Lei" concedes like "tu"
    for text in ("come stai?", "tutto bene?", "come state voi?"):
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text
    assert feats["cat_repair"][row["ha ragione Lei, mi sono sbagliato"]] > 0


def test_frozen_part_is_registered_and_not_scored_here():
    what, scorer = frozen.PARTS["gold-it"]
    assert "tests/langgold/it/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
