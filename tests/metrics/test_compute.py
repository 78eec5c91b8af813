"""The shape of Measures: every CATALOGUE measure once per participant (or once for the chat)."""

from __future__ import annotations

import pytest

from analyzer.metrics import CATALOGUE
from analyzer.metrics.compute import PAIRWISE_COLUMNS, VALUE_COLUMNS
from analyzer.metrics.responsiveness import DISCLOSURE_COLUMNS
from analyzer.metrics.trend import WEEKLY_COLUMNS
from tests.metrics.metrics_chat import msg, run

ROWS = [
    msg(0, "Ana", "hi you", question=True),
    msg(1, "Ben", "i feel sad", feeling=True, feeling_valence=-0.5, tier=2.0, emotion_words=1.0),
    msg(2, "Cy", "oh no", cat_support=1.0),
]


@pytest.fixture(scope="module")
def m():
    return run(ROWS)


def test_values_columns(m):
    assert tuple(m.values.columns) == VALUE_COLUMNS


def test_every_measure_once_per_participant(m):
    expected = sorted(
        (spec.name, who)
        for spec in CATALOGUE
        for who in (["Ana", "Ben", "Cy"] if spec.scope == "p" else [""])
    )
    got = sorted(zip(m.values["measure"], m.values["participant"], strict=True))
    assert got == expected


def test_dimensions_follow_catalogue(m):
    dims = dict(zip(m.values["measure"], m.values["dimension"], strict=True))
    assert dims == {spec.name: spec.dimension for spec in CATALOGUE}


@pytest.mark.parametrize(
    "table, columns",
    [
        ("weekly", WEEKLY_COLUMNS),
        ("pairwise", PAIRWISE_COLUMNS),
        ("disclosures", DISCLOSURE_COLUMNS),
    ],
    ids=["weekly", "pairwise", "disclosures"],
)
def test_table_columns(m, table, columns):
    assert tuple(getattr(m, table).columns) == tuple(columns)


def test_language_and_lexicon_copied(m):
    assert (m.language, m.lexicon_applied) == ("en", True)


def test_n_is_integer(m):
    assert str(m.values["n"].dtype) == "int64"
