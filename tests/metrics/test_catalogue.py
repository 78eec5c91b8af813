"""The catalogue is the one place a measure is declared: a spec added there is computed, tabled,
written to JSON and shown in the report with its label and unit."""

from __future__ import annotations

from pathlib import Path

import pytest

import analyzer
from analyzer.metrics import balance, catalogue
from analyzer.metrics.catalogue import UNITS, MeasureSpec
from analyzer.report.html import render_html

ROOT = Path(__file__).resolve().parents[2]
CHAT = ROOT / "sample_chats" / "scenarios" / "too_short.txt"

DUMMY = MeasureSpec(
    "twice_the_messages",
    "balance",
    "p",
    "count",
    "Twice the messages (a test measure)",
    lambda x: balance.messages(x.prepared).assign(value=lambda t: 2 * t["value"]),
    "Two times the messages written; only the tests declare it.",
)


def test_every_spec_is_complete_and_named_once():
    names = [spec.name for spec in catalogue.CATALOGUE]
    labels = [spec.label for spec in catalogue.CATALOGUE]
    assert len(names) == len(set(names)) == 69
    assert len(labels) == len(set(labels))
    assert {spec.unit for spec in catalogue.CATALOGUE} == set(UNITS)
    assert {spec.dimension for spec in catalogue.CATALOGUE} == {
        "balance",
        "depth",
        "one_sidedness",
        "trend",
    }
    assert {spec.scope for spec in catalogue.CATALOGUE} == {"p", "c"}


def test_a_spec_added_in_one_place_reaches_the_table_the_json_and_the_report(monkeypatch):
    monkeypatch.setattr(catalogue, "CATALOGUE", (*catalogue.CATALOGUE, DUMMY))
    result = analyzer.analyze(analyzer.load_chat(CHAT))
    values = result.measures.values
    dummy = values[values["measure"] == "twice_the_messages"].set_index("participant")
    messages = values[values["measure"] == "messages"].set_index("participant")
    assert list(dummy.index) == list(messages.index) == list(result.participants)
    assert (dummy["value"] == 2 * messages["value"]).all()
    assert (dummy["n"] == messages["n"]).all()
    assert set(dummy["dimension"]) == {"balance"}

    person = result.participants[0]
    entry = result.to_dict()["balance"]["participants"][person]["twice_the_messages"]
    assert entry["value"] == 2 * messages.loc[person, "value"]
    assert entry["n"] == messages.loc[person, "n"]

    page = render_html(result)
    assert "Twice the messages (a test measure)" in page
    assert "Two times the messages written; only the tests declare it." in page


@pytest.mark.parametrize("unit", UNITS)
def test_each_unit_has_a_format(unit):
    from analyzer.report import view

    spec = next(s for s in catalogue.CATALOGUE if s.unit == unit)
    text = view.fmt_value(spec.name, 0.5)
    expected = {
        "count": "0",
        "share": "50\u00a0%",
        "seconds": "0\u00a0s",
        "ratio": "0.5×",
        "index": "0.50 (1 = even)",  # the first index measure, balance_index, says its scale
        "signed": "+0.50",
        "rate": "0.5",
        "trend": "+50.0\u00a0% a week",
        "p": "—",
    }
    assert text == expected[unit]
