"""The PDF report: same sections as the HTML, text extractable, emoji as names, names hidden."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from analyzer.report.pdf import pdf_text, write_pdf
from analyzer.report.view import SECTION_TITLES
from tests.report.helpers import pdf_text as extract
from tests.tools import need

pytestmark = pytest.mark.slow  # writes PDFs


@pytest.fixture(scope="module")
def hostile_pdf(hostile, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "hostile.pdf"
    write_pdf(hostile, path, figures={})  # plots in the PDF: see the report command's tests
    return path


@pytest.fixture(scope="module")
def hostile_text(hostile_pdf):
    return extract(hostile_pdf)


@pytest.mark.parametrize("title", list(SECTION_TITLES.values()))
def test_every_section_title_in_text(hostile_text, title):
    assert title in hostile_text


def test_starts_with_pdf_header(hostile_pdf):
    assert hostile_pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert('x')</script>",
        "{{ 7*7 }} and {% raw %}",
        '=HYPERLINK("http://evil.example","click")',
    ],
    ids=["script", "template", "formula"],
)
def test_hostile_quotes_are_plain_text(hostile_text, raw):
    assert raw in hostile_text.replace("\n", " ")


def test_pdf_has_no_javascript_or_links(hostile_pdf):
    data = hostile_pdf.read_bytes()
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/URI" not in data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I miss you ❤️", "I miss you [heart]", id="heart-with-selector"),
        pytest.param("haha 😂😂", "haha [laughing][laughing]", id="two"),
        pytest.param("👍🏽 ok", "[thumbs up] ok", id="skin-tone"),
        pytest.param("🦄!", "[unicorn]!", id="no-word-of-ours"),
        pytest.param("你好 Ana", "?? Ana", id="cjk-not-in-font"),
        pytest.param("ça va — “bien” ≥ 60 %", "ça va — “bien” ≥ 60 %", id="latin-and-typography"),
        pytest.param("plain 42 %\tok\n:)", "plain 42 %\tok\n:)", id="plain-ascii"),
        pytest.param("bell\x07 ok", "bell? ok", id="control-character"),
    ],
)
def test_pdf_text(text, expected):
    assert pdf_text(text) == expected


def test_emoji_name_in_extracted_text(factory, tmp_path):
    result = factory(participants=("Ana ❤️", "Ben"))
    path = tmp_path / "e.pdf"
    write_pdf(result, path, figures={})
    text = extract(path)
    assert "Ana [heart]" in text and "❤" not in text and ":red_heart:" not in text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pt", "[coração] [joinha] ok [rindo] [rosto de unicórnio]"),
        ("es", "[corazón] [pulgar arriba] ok [risas] [unicornio]"),
        ("de", "[Herz] [Daumen hoch] ok [Lachen] [einhorn]"),
        ("fr", "[cœur] [pouce levé] ok [rire] [licorne]"),
    ],
)
def test_emoji_are_words_in_the_report_language(code, expected):
    """Emoji in the PDF: our own short word where we have one, else the emoji's Unicode short
    name in the report's language; never an internal ``:name:``."""
    from analyzer.report import i18n

    with i18n.using(code):
        assert pdf_text("❤️ 👍🏽 ok 😂 🦄") == expected


def test_anonymized_pdf_has_no_name(factory, tmp_path):
    path = tmp_path / "anon.pdf"
    write_pdf(factory(anonymize=True), path, figures={})
    text = extract(path)
    for name in ("Ana", "Lopez", "Ben"):
        assert name not in text
    assert "Person A" in text and "Person B" in text


def test_pages_render_as_images(hostile_pdf, tmp_path):
    exe = need("pdftoppm")
    subprocess.run(
        [exe, "-r", "20", "-png", "-f", "1", "-l", "3", str(hostile_pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    # pdftoppm pads page numbers to the page count's width ("page-01.png" from 10 pages on)
    pages = sorted(int(p.stem.split("-")[1]) for p in tmp_path.glob("page-*.png"))
    assert pages == [1, 2, 3]


def test_write_pdf_to_missing_folder_is_user_error(fake, tmp_path):
    from analyzer.errors import AnalyzerError

    with pytest.raises(AnalyzerError, match="cannot write .*r.pdf: folder .*nope does not exist"):
        write_pdf(fake, tmp_path / "nope" / "r.pdf")


def test_right_to_left_text_is_shaped_only_when_there_is_some():
    from analyzer.report.pdf import _right_to_left

    view = {"sections": [{"blocks": [{"text": "plain"}, {"items": ["Noa said שלום"]}]}]}
    assert _right_to_left(view, {}) is True
    assert _right_to_left(view, {"Noa said שלום": "[Person A]"}) is False  # a name: stand-in
    assert _right_to_left({"sections": [{"text": "café, naïve, Zoë"}]}, {}) is False


def test_arabic_in_a_quote_prints_joined_and_in_reading_order(tmp_path):
    import analyzer
    from analyzer.report.pdf import write_pdf

    sample = Path(__file__).resolve().parents[2] / "sample_chats" / "android_en_gb.txt"
    text = sample.read_text(encoding="utf-8")
    path = tmp_path / "chat.txt"
    path.write_text(re.sub(r"^(.* - (?:Tom|Priya): .*)$", r"\1 كيف حالك", text, flags=re.M))
    write_pdf(analyzer.analyze(analyzer.load_chat(path)), tmp_path / "r.pdf")
    printed = extract(tmp_path / "r.pdf")
    # unshaped, the letters come out unjoined and reversed ("كلاح فيك")
    assert "كيف حالك" in printed and "كلاح فيك" not in printed
