"""The HTML report: sections, the numbers shown, escaping, self-containment."""

from __future__ import annotations

import re

import pytest

from analyzer.report import view as view_module
from analyzer.report.html import render_html, write_html
from tests.report.helpers import rows, section

SECTIONS = [
    ("glance", "At a glance"),
    ("balance", "Talk-time balance"),
    ("depth", "Emotional depth"),
    ("one_sidedness", "One-sidedness and responsiveness"),
    ("trend", "Rhythm and trend"),
    ("signs", "Signs scorecard"),
    ("method", "Method and caveats"),
]


@pytest.fixture(scope="module")
def hostile_page(hostile):
    return render_html(hostile)


def quick(result) -> str:
    """The page without plots (they are tested on the full page)."""
    return render_html(result, figures={})


@pytest.mark.parametrize(("sid", "title"), SECTIONS, ids=[s for s, _ in SECTIONS])
def test_section_present_with_title(page, sid, title):
    assert f"<h2>{title}</h2>" in section(page, sid)


@pytest.mark.parametrize("dimension", ["balance", "depth", "one_sidedness"])
def test_per_person_numbers_match_to_dict(fake, page, dimension):
    doc = fake.to_dict()[dimension]["participants"]
    shown = rows(section(page, dimension))
    for measure in doc[fake.participants[0]]:
        expected = [
            (
                view_module.fmt_value(measure, doc[p][measure]["value"]),
                view_module.fmt_n(doc[p][measure]["n"]),
            )
            for p in fake.participants
        ]
        got = [(text, sub.split(";")[0]) for text, sub in shown[measure]]
        assert got == expected, measure


def test_trend_numbers_match_to_dict(fake, page):
    chat = fake.to_dict()["trend"]["chat"]
    shown = rows(section(page, "trend"))
    for measure, entry in chat.items():
        assert shown[measure][0][0] == view_module.fmt_trend(entry["value"]), measure
        assert shown[measure][1][0] == view_module.fmt_p(entry["p_value"]), measure


def test_word_share_row_exact(fake, page):
    a, b = fake.participants
    d = fake.to_dict()["balance"]["participants"]
    got = rows(section(page, "balance"))["word_share"]
    assert got[0][0] == f"{d[a]['word_share']['value'] * 100:.0f}\u00a0%"
    assert got[1][1].startswith(f"n\u00a0=\u00a0{d[b]['word_share']['n']:,}")


def test_every_sign_card_shown(fake, page):
    shown = re.findall(r'data-sign="([a-z_]+)"', section(page, "signs"))
    assert shown == [s.id for s in fake.signs]


def test_every_plot_inline(page):
    figures = re.findall(r'<figure class="plot" id="fig-([a-z_]+)"><svg ', page)
    assert figures == [key for key, _s, _c in view_module.FIGURES]


def test_ids_unique(page):
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_svg_references_resolve(page):
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    refs = set(re.findall(r'(?:url\(#|href="#)([^)"]+)', page))
    assert refs - ids == set()


def test_no_external_reference(page):
    attributes = re.findall(r'\b(?:src|href|action|srcset)="([^"#][^"]*)"', page)
    assert [a for a in attributes if not a.startswith("data:")] == []
    assert "@import" not in page and "url(http" not in page


def test_content_security_policy_forbids_scripts_and_fetches(page):
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
    ) in page


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        pytest.param(
            "<script>alert('x')</script>",
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
            id="script",
        ),
        pytest.param(
            '<img src=x onerror="alert(1)">',
            "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;",
            id="img-onerror",
        ),
        pytest.param("{{ 7*7 }} and {% raw %}", "{{ 7*7 }} and {% raw %}", id="template-syntax"),
        pytest.param("<b>Ana</b>", "&lt;b&gt;Ana&lt;/b&gt;", id="participant-name"),
    ],
)
def test_hostile_text_is_escaped(hostile_page, raw, escaped):
    assert escaped in hostile_page
    assert raw not in hostile_page.replace(escaped, "")


def test_hostile_page_has_no_active_markup(hostile_page):
    assert re.findall(r"<(script|img|iframe|object|embed)\b", hostile_page, re.I) == []
    tags = re.findall(r"<[a-zA-Z][^>]*>", hostile_page)
    assert [t for t in tags if re.search(r"\son\w+\s*=", t)] == []


def test_no_quotes_leaves_out_message_text(factory):
    result = factory(quotes=False, hostile=True)
    page = quick(result)
    assert 'class="example"' not in page
    assert "alert(" not in page
    assert page.count("Examples left out (--no-quotes).") == len(result.signs)


def test_lexicon_off_note_in_depth(factory):
    page = quick(factory(lexicon_applied=False, language="de"))
    assert (
        "need the emotion reading, which this chat&#39;s language (German) does not have yet"
        in section(page, "depth")
    )


def test_pair_from_group_is_named(factory):
    from dataclasses import replace

    result = factory()
    result = replace(result, all_participants=(*result.participants, "Cleo"))
    assert "Also in the chat: Cleo." in section(quick(result), "glance")


def test_write_html_to_missing_folder_is_user_error(fake, tmp_path):
    from analyzer.errors import AnalyzerError

    with pytest.raises(AnalyzerError, match="cannot write .*r.html: folder .*nope does not exist"):
        write_html(fake, tmp_path / "nope" / "r.html")


def test_print_rules_present(page):
    for rule in (
        "@page",
        "break-before: page",
        "break-inside: avoid",
        "thead { display: table-header-group; }",
    ):
        assert rule in page
