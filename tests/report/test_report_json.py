"""The JSON document (docs/design.md, section 5): keys, values with n, determinism, safety."""

from __future__ import annotations

import json
import math

import pytest

from analyzer.metrics import CATALOGUE
from analyzer.report.json import analysis_to_dict, clean, dumps, write_json
from analyzer.signs import SIGN_IDS

TOP_KEYS = [
    "schema_version",
    "report_language",
    "source",
    "participants",
    "all_participants",
    "period",
    "settings",
    "balance",
    "depth",
    "one_sidedness",
    "trend",
    "signs",
    "stands_out",
]


def test_top_level_keys_in_order(fake):
    assert list(fake.to_dict()) == TOP_KEYS


def test_same_input_gives_identical_bytes(factory):
    assert dumps(factory(seed=11)) == dumps(factory(seed=11))


def test_written_file_is_the_dumps_text(fake, tmp_path):
    path = tmp_path / "r.json"
    write_json(fake, path)
    assert path.read_text("utf-8") == dumps(fake)


def test_no_nan_in_text(fake):
    text = dumps(fake)
    assert "NaN" not in text and "Infinity" not in text


@pytest.mark.parametrize("dimension", ["balance", "depth", "one_sidedness", "trend"])
def test_every_value_matches_the_measures_table(fake, dimension):
    doc = fake.to_dict()[dimension]
    values = fake.measures.values
    sub = values[values["dimension"] == dimension]
    for r in sub.itertuples(index=False):
        entry = (doc["participants"][r.participant] if r.participant else doc["chat"])[r.measure]
        expected = None if math.isnan(r.value) else round(float(r.value), 6)
        assert (entry["value"], entry["n"]) == (expected, int(r.n)), (r.measure, r.participant)


def test_measures_follow_catalogue_order(fake):
    doc = fake.to_dict()
    person = fake.participants[0]
    got = list(doc["balance"]["participants"][person])
    assert got == [s.name for s in CATALOGUE if s.dimension == "balance" and s.scope == "p"]


def test_value_entry_keys(fake):
    entry = fake.to_dict()["balance"]["participants"][fake.participants[0]]["word_share"]
    assert list(entry) == ["value", "n", "ci_low", "ci_high", "p_value"]


def test_signs_in_contract_order_with_fields(fake):
    signs = fake.to_dict()["signs"]
    assert [(s["id"], s["group"]) for s in signs] == list(SIGN_IDS)
    assert list(signs[0]) == [
        "id",
        "group",
        "title",
        "status",
        "score",
        "who",
        "summary",
        "strength",
        "caveat",
        "evidence",
        "examples",
    ]


def test_evidence_entry_keys(fake):
    evidence = [e for s in fake.to_dict()["signs"] for e in s["evidence"]]
    assert evidence
    for e in evidence:
        assert list(e) == [
            "measure", "participant", "value", "n", "ci_low", "ci_high", "note", "text",
        ]
        assert isinstance(e["text"], str)


def test_examples_present_with_quotes(fake):
    observed = [s for s in fake.to_dict()["signs"] if s["status"] == "observed"]
    assert all(s["examples"] for s in observed)


def test_no_quotes_drops_every_example(factory):
    doc = factory(quotes=False).to_dict()
    assert [s["examples"] for s in doc["signs"]] == [[] for _ in SIGN_IDS]
    assert doc["settings"]["quotes"] is False


def test_disclosure_responses_count_the_table(fake):
    d = fake.measures.disclosures
    person = fake.participants[0]
    got = fake.to_dict()["one_sidedness"]["disclosure_responses"][person]
    mine = d[d["author"] == person]["response"].value_counts()
    assert got == {
        r: int(mine.get(r, 0))
        for r in ("responsive", "minimal", "self_focused", "invalidating", "none")
    }


def test_weekly_series_align_with_weeks(fake):
    weekly = fake.to_dict()["trend"]["weekly"]
    person = fake.participants[1]
    assert len(weekly["participants"][person]["messages"]["value"]) == len(weekly["weeks"])
    assert weekly["weeks"][0] == "2024-01-01T00:00:00"


def test_hostile_text_round_trips_as_plain_strings(hostile):
    text = dumps(hostile)
    texts = [x["text"] for s in json.loads(text)["signs"] for x in s["examples"]]
    assert "<script>alert('x')</script>" in texts
    assert '=HYPERLINK("http://evil.example","click")' in texts


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (math.nan, None),
        (math.inf, None),
        (-0.0000001, 0.0),
        (1 / 3, 0.333333),
        (True, True),
        (7, 7),
    ],
    ids=["nan", "inf", "negative-zero", "rounded", "bool", "int"],
)
def test_clean(value, expected):
    assert clean(value) == expected


def test_anonymized_document_has_no_name(factory):
    text = dumps(factory(anonymize=True))
    for name in ("Ana", "Lopez", "Ben"):
        assert name not in text
    assert json.loads(text)["participants"] == ["Person A", "Person B"]


def test_to_dict_is_analysis_to_dict(fake):
    assert fake.to_dict() == analysis_to_dict(fake)
