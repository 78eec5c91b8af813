"""A group chat in which two of the three people never reply to each other: the report's
"Who replies to whom" lists only the pairs that replied, while the measures keep every pair."""

from __future__ import annotations

import re

import pytest

from tests.report.helpers import pdf_text, rows, section

#: Ana, Ben, Ana, Cleo, ... an hour apart: Ben and Cleo only ever answer Ana.
ORDER = ["Ana", "Ben", "Ana", "Cleo"] * 15


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    import analyzer

    lines = [
        f"{1 + i // 12:02d}/03/2024, {9 + i % 12:02d}:{i * 7 % 60:02d} - {who}: "
        f"message number {i} about the weekend plans"
        for i, who in enumerate(ORDER)
    ]
    path = tmp_path_factory.mktemp("group") / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyzer.analyze(analyzer.load_chat(path))


def test_the_measures_keep_the_silent_pairs(group):
    pairs = group.measures.pairwise
    assert dict(zip(pairs["author"] + ">" + pairs["to_author"], pairs["replies"], strict=True)) == {
        "Ana>Ben": 15,
        "Ana>Cleo": 10,
        "Ben>Ana": 15,
        "Ben>Cleo": 0,
        "Cleo>Ana": 15,
        "Cleo>Ben": 0,
    }


def test_html_lists_only_pairs_that_replied(group):
    from analyzer.report.html import render_html

    found = rows(section(render_html(group), "balance"))
    pairs = {key: cells[0][0] for key, cells in found.items() if "->" in key}
    assert pairs == {"Ana->Ben": "15", "Ana->Cleo": "10", "Ben->Ana": "15", "Cleo->Ana": "15"}


def test_pdf_of_a_chat_below_the_minimum_lists_no_pairs(group, tmp_path):
    # this small group is below the minimum data, so its PDF is the short one that says what
    # cannot be judged yet: no table of pairs, silent or not (the HTML above lists them)
    from analyzer.report.pdf import write_pdf

    write_pdf(group, tmp_path / "g.pdf")
    text = pdf_text(tmp_path / "g.pdf")
    assert "Cleo" in text
    assert re.findall(r"(Ana|Ben|Cleo) → (Ana|Ben|Cleo)", text) == []
