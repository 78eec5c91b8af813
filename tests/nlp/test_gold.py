"""Precision and recall of each detector on the hand-labelled gold set (tests/nlp/gold/).

Fails below precision 0.90 or recall 0.80 for any detector (every column of
:func:`tests.nlp.gold.predictions`, tier 3 included). The exact figures are pinned by README's
table, which ``tests/test_figures.py`` compares with :func:`tests.nlp.gold.development_scores`.
"""

from __future__ import annotations

import pytest

from tests.nlp import gold

ENFORCED = tuple(gold.NAMES)


@pytest.fixture(scope="module")
def scores(request):
    result = gold.development_scores()
    request.config.nlp_gold_table = gold.table(result, len(gold.development_set()))
    return result


def test_gold_set_is_the_labelled_files():
    items = gold.development_set()
    assert len(items) == 794
    assert len({(it.context, it.text) for it in items}) == len(items)


def test_every_detector_is_enforced(scores):
    assert tuple(scores) == ENFORCED


@pytest.mark.parametrize("code", ENFORCED, ids=[gold.NAMES[c] for c in ENFORCED])
def test_precision(scores, code):
    assert scores[code].precision >= gold.PRECISION_MIN, scores[code]


@pytest.mark.parametrize("code", ENFORCED, ids=[gold.NAMES[c] for c in ENFORCED])
def test_recall(scores, code):
    assert scores[code].recall >= gold.RECALL_MIN, scores[code]
