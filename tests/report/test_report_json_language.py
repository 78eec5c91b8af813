"""The JSON's evidence notes in the report's language: ``signs[].evidence[].note`` stays the
rulebook's English note, ``text`` is the note as the HTML shows it (the "About" column, or for
a condition's note the group in the "Who" column), in the report's language."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from tests.report.helpers import json_keys

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"
#: Signs checked row by row against the HTML: conditions taken over the whole chat
#: (mutual_care, light_to_deep) and predicates with notes in words (the others).
SIGNS = ("share_ups_and_downs", "mutual_care", "light_to_deep", "find_balance", "dumping_ground")
_CONDITION = re.compile(r"^\w+ (>=|<=) [\d.eE+-]+ \(\w+\)$")

runner = CliRunner()


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The sample chat's HTML and JSON in English and in Portuguese."""
    folder = tmp_path_factory.mktemp("notes")
    out = {}
    for code in ("en", "pt"):
        page, doc = folder / f"{code}.html", folder / f"{code}.json"
        args = ["report", str(SAMPLE), "-o", str(page), "-o", str(doc), "-q"]
        result = runner.invoke(app, [*args, "--report-language", code])
        assert result.exit_code == 0, result.output
        out[code] = {"html": page.read_text("utf-8"), "json": json.loads(doc.read_text("utf-8"))}
    return out


def _signs(doc: dict) -> dict[str, dict]:
    return {s["id"]: s for s in doc["signs"]}


def _rows(page: str, sign: str) -> list[dict[str, str]]:
    """The sign card's evidence rows: each cell's shown value by its column heading."""
    card = re.search(rf'<article [^>]*data-sign="{sign}">(.*?)</article>', page, re.S)
    assert card, sign
    rows = []
    for row in re.findall(r"<tr data-key=.*?</tr>", card.group(1), re.S):
        cells = re.findall(r'<td data-label="([^"]+)"><span class="v">(.*?)</span>', row, re.S)
        rows.append({html.unescape(k): html.unescape(v) for k, v in cells})
    return rows


def _shown_notes(page: str, sign: str, evidence: list[dict], who: str, about: str) -> list[str]:
    """What the HTML shows for each evidence note: the group of a condition's note (the "Who"
    column, for a row that names no one), else the "About" column ("" without one)."""
    rows = _rows(page, sign)
    assert len(rows) == len(evidence), sign
    shown = []
    for e, row in zip(evidence, rows, strict=True):
        if _CONDITION.match(e["note"]):
            assert e["participant"] == "", (sign, e)  # so the "Who" column shows the group
            shown.append(row[who])
        else:
            shown.append(row.get(about, ""))
    return shown


def test_the_portuguese_json_keeps_the_keys_and_the_english_notes(reports):
    en, pt = reports["en"]["json"], reports["pt"]["json"]

    assert json_keys(pt) == json_keys(en)
    for s_en, s_pt in zip(en["signs"], pt["signs"], strict=True):
        assert [e["note"] for e in s_pt["evidence"]] == [e["note"] for e in s_en["evidence"]]
        for e in s_pt["evidence"]:
            assert list(e) == [
                "measure", "participant", "value", "n", "ci_low", "ci_high", "note", "text",
            ]
    assert _signs(pt)["share_ups_and_downs"]["evidence"][0]["note"] == (
        "good news met; needs >= 0.5 of >= 3"
    )


def test_the_evidence_texts_are_portuguese(reports):
    signs = _signs(reports["pt"]["json"])

    def texts(sign):
        return [e["text"] for e in signs[sign]["evidence"]]

    assert texts("share_ups_and_downs") == ["boas notícias acolhidas", "más notícias acolhidas"]
    assert texts("mutual_care") == ["lado mais calado vs. média"] * 4 + ["todos juntos"]
    assert texts("light_to_deep") == ["conversa inteira"]
    assert texts("find_balance")[0] == "semanas contadas com parte das palavras de pelo menos 65%"
    assert texts("find_balance")[8:10] == ["uma diferença de 6 pontos"] * 2  # 75 % against 69 %
    assert texts("dumping_ground")[1] == "semanas em que Priya fez a maioria delas"
    # a note that only states a threshold has no words of its own (the rule sentence says it)
    assert texts("can_raise_issues") == ["", ""]
    assert signs["can_raise_issues"]["evidence"][0]["note"] == "needs >= 2"


def test_the_english_texts_are_the_english_words(reports):
    signs = _signs(reports["en"]["json"])
    assert [e["text"] for e in signs["share_ups_and_downs"]["evidence"]] == [
        "good news met",
        "bad news met",
    ]
    assert [e["text"] for e in signs["mutual_care"]["evidence"]] == (
        ["quieter side vs average"] * 4 + ["all together"]
    )
    assert signs["find_balance"]["evidence"][8]["text"] == "a gap of 6 points"
    # a condition's note taken over one person names the group, beside the person
    first = signs["safe_sharing"]["evidence"][0]
    assert (first["participant"], first["note"], first["text"]) == (
        "Tom",
        "min >= 2 (safe_feeling_rate)",
        "lowest person",
    )


@pytest.mark.parametrize(
    ("code", "who", "about"), [("en", "Who", "About"), ("pt", "Quem", "Sobre")]
)
@pytest.mark.parametrize("sign", SIGNS)
def test_each_text_is_what_the_html_shows(reports, code, who, about, sign):
    report = reports[code]
    evidence = _signs(report["json"])[sign]["evidence"]
    shown = _shown_notes(report["html"], sign, evidence, who, about)
    assert [e["text"] for e in evidence] == shown
    assert any(shown)  # the check compares words, not only empty cells
