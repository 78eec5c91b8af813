"""The PDF report: same sections as the HTML, text extractable, emoji as names, names hidden."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from analyzer.report.i18n import LOCALES
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


def test_text_is_shaped_only_when_it_has_right_to_left_or_devanagari_letters():
    from analyzer.report.blocks import Bullets, Para, ReportView, Section
    from analyzer.report.pdf import _needs_shaping

    def view(*blocks):
        return ReportView("t", "en", "", (), (Section("s", "S", blocks),))

    quoted = view(Para("plain"), Bullets(("Noa said שלום",)))
    assert _needs_shaping(quoted, {}) is True
    assert _needs_shaping(quoted, {"Noa said שלום": "[Person A]"}) is False  # a name: stand-in
    assert _needs_shaping(view(Para("café, naïve, Zoë")), {}) is False


def test_hindi_names_and_quotes_print_in_devanagari_not_as_stand_ins(tmp_path):
    import analyzer
    from analyzer.report.pdf import write_pdf

    sample = Path(__file__).resolve().parents[2] / "sample_chats" / "android_en_gb.txt"
    text = sample.read_text(encoding="utf-8")
    text = re.sub(r"^(.* - (?:Tom|Priya): .*)$", r"\1 मैं ठीक हूँ, क्या हुआ", text, flags=re.M)
    path = tmp_path / "chat.txt"
    path.write_text(text.replace(" - Priya: ", " - प्रिया: "), encoding="utf-8")
    write_pdf(analyzer.analyze(analyzer.load_chat(path)), tmp_path / "r.pdf")
    printed = extract(tmp_path / "r.pdf")
    # shaped: the vowel signs and the conjunct stay with their letters (pdftotext may put a
    # space between two clusters of a word, so the name is checked without it)
    assert "मैं ठीक हूँ" in printed and "क्या हुआ" in printed
    assert "प्रिया" in printed.replace("प्रि या", "प्रिया")
    assert "[Person B]" not in printed and "?????" not in printed
    fonts = subprocess.run(
        [need("pdffonts"), str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansDevanagari" in fonts


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


@pytest.fixture(scope="module")
def sample_analysis():
    import analyzer

    sample = Path(__file__).resolve().parents[2] / "sample_chats" / "android_en_gb.txt"
    return analyzer.analyze(analyzer.load_chat(sample))


def _page_count(path: Path) -> int:
    info = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


#: The page budget of the sample chat's PDF in another report language: sentences run longer
#: than English's (Spanish, the longest, takes 15 pages to English's 12), so its sections may take
#: this many more pages; page one stays one page.
EXTRA_PAGES = 3


@pytest.mark.parametrize("code", sorted(set(LOCALES) - {"en"}))
def test_every_report_language_keeps_page_one_to_one_page_and_the_page_budget(
    sample_analysis, tmp_path, code
):
    from analyzer.report import i18n
    from analyzer.report import view as view_module

    write_pdf(sample_analysis, tmp_path / "en.pdf", report_language="en")
    write_pdf(sample_analysis, tmp_path / "r.pdf", report_language=code)
    with i18n.using(code):
        second = view_module.build(sample_analysis).sections[1].title
    page_two = subprocess.run(
        [need("pdftotext"), "-f", "2", "-l", "2", "-enc", "UTF-8", str(tmp_path / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # page one holds the whole first section: page two starts with the second one
    assert page_two.lstrip().startswith(second)
    assert _page_count(tmp_path / "r.pdf") <= _page_count(tmp_path / "en.pdf") + EXTRA_PAGES
