"""Every sample chat, through the real pipeline, gives a report: all sections, the numbers shown
equal to the JSON's, byte-identical JSON on a second run; the plots draw for the edge cases."""

from __future__ import annotations

import warnings
from functools import cache

import pytest

import analyzer
from analyzer.report import plots
from analyzer.report import view as view_module
from analyzer.report.html import render_html
from analyzer.report.json import dumps
from tests.report.conftest import ROOT
from tests.report.helpers import rows, section

pytestmark = pytest.mark.slow  # the whole pipeline on every sample chat

SAMPLES = sorted(
    str(p.relative_to(ROOT / "sample_chats"))
    for pattern in ("*.txt", "*.zip", "scenarios/*.txt")
    for p in (ROOT / "sample_chats").glob(pattern)
)


@cache
def analysis(name: str):
    return analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / name))


def test_samples_found():
    # the four top-level chats and the nine scenario chats (sample_chats/README.md)
    assert len(SAMPLES) == 13 and "android_en_gb.txt" in SAMPLES
    assert sum(s.startswith("scenarios/") for s in SAMPLES) == 9


@pytest.mark.parametrize("name", SAMPLES)
def test_report_for_sample(name):
    result = analysis(name)
    page = render_html(result, figures={})
    doc = result.to_dict()
    for sid in view_module.SECTION_TITLES:
        assert f"<h2>{view_module.SECTION_TITLES[sid]}</h2>" in section(page, sid)
    for dimension in ("balance", "depth", "one_sidedness"):
        shown = rows(section(page, dimension))
        for column, person in enumerate(result.participants):
            for measure, entry in doc[dimension]["participants"][person].items():
                got = shown[measure][column]
                assert got[0] == view_module.fmt_value(measure, entry["value"]), measure
                assert got[1].split(";")[0] == view_module.fmt_n(entry["n"]), measure
    assert [s["id"] for s in doc["signs"]] == [s.id for s in result.signs]
    assert page.count('class="sign status-') == 21


@pytest.mark.parametrize("name", ["android_en_gb.txt", "scenarios/too_short.txt"])
def test_json_is_byte_identical_on_a_second_run(name):
    again = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / name))
    assert dumps(again) == dumps(analysis(name))


@pytest.mark.parametrize("name", ["group_chat.txt", "scenarios/too_short.txt"])
def test_plots_draw_without_warnings(name):
    result = analysis(name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svgs = [plots.to_svg(fig, key) for key, fig in view_module.figures(result).items()]
    assert len(svgs) == len(view_module.FIGURES) and all(s.startswith("<svg ") for s in svgs)


def test_empty_plot_is_a_line_not_a_picture(tmp_path):
    from analyzer.report.pdf import write_pdf
    from tests.report.helpers import pdf_text

    result = analysis("scenarios/too_short.txt")  # no feeling statements
    figures = {"disclosure_responses": view_module.figures(result)["disclosure_responses"]}
    depth = section(render_html(result, figures=figures), "one_sidedness")
    assert (
        '<p class="meta no-plot" id="fig-disclosure_responses">Feeling statements by each '
        "person and the reply they met from the other. Not drawn: no feeling statements.</p>"
    ) in depth
    assert "<svg" not in depth
    write_pdf(result, tmp_path / "r.pdf", figures=figures)
    # a chat below the minimum data prints no measure section, and says why instead
    printed = " ".join(pdf_text(tmp_path / "r.pdf").split())
    assert "Not drawn" not in printed
    assert " ".join(view_module.TOO_SHORT_TO_PRINT.split()) in printed


def test_group_chat_measures_everyone():
    result = analysis("group_chat.txt")
    page = render_html(result, figures={})
    head = section(page, "balance").split("<thead>")[1].split("</thead>")[0]
    for person in result.participants:
        assert f'<th scope="col">{person}</th>' in head


def test_too_short_chat_says_so():
    result = analysis("scenarios/too_short.txt")
    glance = section(render_html(result, figures={}), "glance")
    assert "Less data than the minimum:" in glance
    assert {s.status for s in result.signs} == {"insufficient_data"}


def test_anonymized_group_chat_hides_names_and_phone_numbers():
    import re

    result = analysis("group_chat.txt")
    names = [p for p in result.all_participants]
    anon = analyzer.analyze(
        analyzer.load_chat(ROOT / "sample_chats" / "group_chat.txt"), anonymize=True
    )
    text = dumps(anon) + render_html(anon, figures={})
    leaks = [
        n for n in ["Chloe", "Hannah", "Dev", "7700"] if re.search(rf"(?<!\w){n}(?!\w)", text, re.I)
    ]
    assert any("7700" in n for n in names)
    assert leaks == []
    assert anon.participants == ("Person A", "Person B", "Person C", "Person D")
