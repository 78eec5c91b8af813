"""Precision and recall of each detector on the hand-labelled gold set (tests/nlp/gold/).

Fails below precision 0.90 or recall 0.80 for any detector; the table is printed at the end of
the run and kept in the README ("Method: the NLP pass").
"""

from __future__ import annotations

import pytest

from analyzer.nlp import features
from tests.nlp import gold

ENFORCED = ("F", "T>=2", "Q", "QO", "FU", "SUP", "INV", "CRI", "DEF", "REP", "MIN", "HED")


@pytest.fixture(scope="module")
def scores(request):
    items = gold.load_gold() + gold.load_gold(gold.GOLD_FILE.with_name("heldout.txt"))
    annotated, positions = gold.gold_frame(items)
    feats = features.extract(annotated).frame.iloc[positions].reset_index(drop=True)
    result = gold.score(items, feats)
    request.config.nlp_gold_table = gold.table(result, len(items))
    return result


def test_gold_set_is_large_enough():
    items = gold.load_gold() + gold.load_gold(gold.GOLD_FILE.with_name("heldout.txt"))
    assert len(items) >= 400
    assert len({(it.context, it.text) for it in items}) == len(items)


@pytest.mark.parametrize("code", ENFORCED, ids=[gold.NAMES[c] for c in ENFORCED])
def test_precision(scores, code):
    assert scores[code].precision >= gold.PRECISION_MIN, scores[code]


@pytest.mark.parametrize("code", ENFORCED, ids=[gold.NAMES[c] for c in ENFORCED])
def test_recall(scores, code):
    assert scores[code].recall >= gold.RECALL_MIN, scores[code]
