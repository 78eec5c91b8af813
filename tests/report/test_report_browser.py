"""The HTML report in headless Chromium (Debian's chromium via Playwright): no console
errors, no network requests, every section visible, no sideways scrolling on a phone, printable."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.report.view import SECTION_TITLES
from tests.report.helpers import pdf_text
from tests.tools import need

pytestmark = pytest.mark.slow  # headless Chromium

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = need("chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=ARGS)
        yield b
        b.close()


def _open(browser, path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    events = {"console": [], "requests": []}
    page.on("console", lambda m: events["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: events["console"].append(f"pageerror: {e}"))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.goto(path.as_uri(), wait_until="load")
    return page, events


@pytest.fixture(scope="module")
def laptop(browser, cli_run):
    path = cli_run["dir"] / "r.html"
    page, events = _open(browser, path, 1280)
    yield page, events, path
    page.close()


def test_no_console_messages(laptop):
    assert laptop[1]["console"] == []


def test_only_the_file_itself_is_requested(laptop):
    page, events, path = laptop
    assert events["requests"] == [path.as_uri()]


@pytest.mark.parametrize("sid", list(SECTION_TITLES))
def test_section_visible(laptop, sid):
    box = laptop[0].locator(f"section#{sid}").bounding_box()
    assert laptop[0].locator(f"section#{sid} > h2").is_visible()
    assert box is not None and box["height"] > 100


def test_every_plot_drawn(laptop):
    sizes = laptop[0].eval_on_selector_all(
        "figure.plot svg", "els => els.map(e => Math.round(e.getBoundingClientRect().width))"
    )
    assert sizes == [544] * 11  # 34rem: the cap on a wide screen


def test_full_page_screenshot_of_reasonable_size(laptop, tmp_path):
    from PIL import Image

    shot = tmp_path / "page.png"
    laptop[0].screenshot(path=str(shot), full_page=True)
    with Image.open(shot) as image:
        width, height = image.size
    assert width == 1280 and 4000 < height < 60000
    assert shot.stat().st_size < 15_000_000


def test_no_sideways_scrolling_on_a_phone(browser, cli_run):
    page, events = _open(browser, cli_run["dir"] / "r.html", 390)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    page.close()
    assert widths == [390, 390]
    assert events["console"] == []


def test_print_to_pdf(laptop, tmp_path):
    out = tmp_path / "printed.pdf"
    laptop[0].pdf(path=str(out), format="A4", print_background=True)
    text = pdf_text(out)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert [t for t in SECTION_TITLES.values() if t not in text] == []


# ---------------------------------------------------------------- layout at 1280 and 390 px

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def group_html(tmp_path_factory):
    """The HTML report of the sample group chat (four people, one an emoji name, one a number)."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("group") / "g.html"
    write_html(analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "group_chat.txt")), path)
    return path


@pytest.fixture(scope="module")
def portuguese_html(tmp_path_factory):
    """The sample chat's HTML report in Portuguese (--report-language pt): longer words and
    sentences than English in the same layout."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("sample_pt") / "r.html"
    chat = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "android_en_gb.txt"))
    write_html(chat, path, report_language="pt")
    return path


@pytest.fixture(scope="module")
def german_html(tmp_path_factory):
    """The sample chat's HTML report in German (--report-language de): long compound words
    ("Gleichgewichtsprofils", "Gefühlsaussagen") that must wrap inside their boxes."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("sample_de") / "r.html"
    chat = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "android_en_gb.txt"))
    write_html(chat, path, report_language="de")
    return path


@pytest.fixture(scope="module")
def french_html(tmp_path_factory):
    """The sample chat's HTML report in French (--report-language fr)."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("sample_fr") / "r.html"
    chat = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "android_en_gb.txt"))
    write_html(chat, path, report_language="fr")
    return path


@pytest.fixture(scope="module")
def italian_html(tmp_path_factory):
    """The sample chat's HTML report in Italian (--report-language it)."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("sample_it") / "r.html"
    chat = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "android_en_gb.txt"))
    write_html(chat, path, report_language="it")
    return path


@pytest.fixture(scope="module")
def hindi_html(tmp_path_factory):
    """The sample chat's HTML report in Hindi (--report-language hi): Devanagari headings,
    captions and cards, with the chat's English quotes among them."""
    import analyzer
    from analyzer.report.html import write_html

    path = tmp_path_factory.mktemp("sample_hi") / "r.html"
    chat = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "android_en_gb.txt"))
    write_html(chat, path, report_language="hi")
    return path


@pytest.fixture(
    scope="module",
    params=["sample", "group", "sample_pt", "sample_de", "sample_fr", "sample_it", "sample_hi"],
)
def report(request, cli_run):
    if request.param == "sample":
        return cli_run["dir"] / "r.html"
    fixture = {
        "group": "group_html",
        "sample_pt": "portuguese_html",
        "sample_de": "german_html",
        "sample_fr": "french_html",
        "sample_it": "italian_html",
        "sample_hi": "hindi_html",
    }
    return request.getfixturevalue(fixture[request.param])


@pytest.fixture(scope="module", params=[1280, 390], ids=["laptop", "phone"])
def shown(request, browser, report):
    page, events = _open(browser, report, request.param)
    yield page, request.param
    page.close()


def test_no_horizontal_overflow(shown):
    page, width = shown
    assert page.evaluate("() => document.documentElement.scrollWidth") == width


def test_every_plot_inside_the_viewport(shown):
    page, width = shown
    boxes = page.eval_on_selector_all(
        "figure.plot svg, main img",
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.right, r.width]; })",
    )
    assert len(boxes) == 11
    assert [b for b in boxes if b[0] < 0 or b[1] > width or b[2] < 300] == []


def test_no_legend_clipped(shown):
    page, _width = shown
    legends = page.eval_on_selector_all(
        "figure.plot svg",
        """svgs => svgs.map(svg => {
            const legend = svg.querySelector('g[id$="-legend"]');
            if (!legend) return [svg.id || svg.getAttribute('aria-labelledby'), null];
            const s = svg.getBoundingClientRect(), l = legend.getBoundingClientRect();
            return [svg.getAttribute('aria-labelledby'),
                    [l.left - s.left, s.right - l.right, l.top - s.top, s.bottom - l.bottom]];
        })""",
    )
    missing = [key for key, margins in legends if margins is None]
    clipped = {key: m for key, m in legends if m is not None and min(m) < -0.5}
    assert (missing, clipped) == (["fig-activity_heatmap-title"], {})


def test_plot_text_readable(shown):
    """Every piece of plot text, in CSS pixels as drawn: at least 10 px on a 390 px phone
    (a hair under for rounding), and not oversized on a laptop."""
    page, width = shown
    sizes = page.eval_on_selector_all(
        "figure.plot svg text",
        """texts => texts.map(t => {
            const m = t.getScreenCTM();
            return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        })""",
    )
    assert len(sizes) > 100
    low, high = (9.9, 12) if width == 390 else (15, 18)
    assert (round(min(sizes), 1) >= low, round(max(sizes), 1) <= high) == (True, True), (
        min(sizes),
        max(sizes),
    )


def test_no_table_cell_cut(shown):
    """No box that hides or scrolls its overflow has more content than room (the table
    wrappers included), and every table cell lies within its table's wrapper."""
    page, _width = shown
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll('body *')].filter(e => {
            if (!(e instanceof HTMLElement) || e.getBoundingClientRect().width <= 1) return false;
            const s = getComputedStyle(e);
            const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
            return clips && (e.scrollWidth > e.clientWidth + 1);
        }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 60))"""
    )
    cut = page.evaluate(
        """() => [...document.querySelectorAll('.table-wrap')].flatMap(w => {
            const b = w.getBoundingClientRect();
            return [...w.querySelectorAll('tbody th, td')].filter(c => {
                const r = c.getBoundingClientRect();
                return r.left < b.left - 1 || r.right > b.right + 1;
            }).map(c => c.textContent.slice(0, 60));
        })"""
    )
    assert (overflowing, cut) == ([], [])


_WIDE_JS = """() => [...document.querySelectorAll('main *')].filter(e => {
    if (!(e instanceof HTMLElement) || e.closest('svg, .table-wrap')) return false;
    const s = getComputedStyle(e);
    if (s.display.startsWith('inline') || e.clientWidth === 0) return false;
    return e.scrollWidth > e.clientWidth + 1;
}).map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 60))"""


def test_no_word_runs_out_of_its_box(shown):
    """No block of text is wider inside than its box (a long word, such as a German compound,
    running past the edge of a card, cell or caption even where the page does not scroll)."""
    page, _width = shown
    assert page.evaluate(_WIDE_JS) == []


def test_a_compound_wider_than_a_phone_still_wraps(browser, german_html, tmp_path):
    """A German compound wider than a 390 px phone (in a heading and in a finding's lead)
    breaks inside its box: the page does not scroll sideways and no box runs over."""
    word = "Gesprächsgleichgewichtsprofilsauswertungszusammenfassung"
    page_html = german_html.read_text("utf-8")
    assert page_html.count("Was auffällt") >= 1
    longer = page_html.replace("Was auffällt", word, 1)
    longer = longer.replace('<p class="lead">', f'<p class="lead">{word} ', 1)
    path = tmp_path / "long.html"
    path.write_text(longer, "utf-8")
    page, _events = _open(browser, path, 390)
    shown = page.evaluate("() => document.body.innerText")
    wide = page.evaluate(_WIDE_JS)
    scroll = page.evaluate("() => document.documentElement.scrollWidth")
    hyphens = page.evaluate("() => getComputedStyle(document.body).hyphens")
    page.close()
    assert shown.count(word) >= 1
    assert (wide, scroll, hyphens) == ([], 390, "auto")


# ---------------------------------------------------------------- page one at a glance


def test_balance_picture_on_the_first_screen(shown):
    """The balance picture starts on the first screen (900 px high), lies within the page's
    width, and every piece of its text is at least 10 px; on a laptop it fits whole."""
    page, width = shown
    box = page.locator("#balance-picture").bounding_box()
    bars = page.eval_on_selector_all(
        "#balance-picture svg.bar",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })",
    )
    sizes = page.eval_on_selector_all(
        "#balance-picture :is(h3, figcaption, p, span)",
        "els => els.filter(e => e.textContent.trim()).map("
        "e => parseFloat(getComputedStyle(e).fontSize))",
    )
    assert box["y"] < 900 and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert bars and [b for b in bars if b[0] < 0 or b[1] > width] == []
    assert min(sizes) >= 10, min(sizes)
    if width == 1280 and "group" not in str(page.url):
        assert box["y"] + box["height"] <= 900


def test_first_finding_lead_is_plain_and_readable(shown):
    page, _width = shown
    lead = page.locator("ul.findings .lead").first
    size = lead.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 14 and lead.is_visible()


def test_every_chip_links_to_a_card(shown):
    page, _width = shown
    missing = page.eval_on_selector_all(
        "a.chip",
        "els => els.filter(a => !document.querySelector(a.getAttribute('href')))"
        ".map(a => a.getAttribute('href'))",
    )
    assert page.locator("a.chip").count() == 21 and missing == []


def test_devanagari_is_drawn_with_the_embedded_font_on_a_machine_without_one(browser, tmp_path):
    import re

    import analyzer
    from analyzer.report.html import write_html

    sample = Path(__file__).resolve().parents[2] / "sample_chats" / "android_en_gb.txt"
    text = sample.read_text(encoding="utf-8").replace(" - Priya: ", " - प्रिया: ")
    (tmp_path / "chat.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "r.html"
    write_html(analyzer.analyze(analyzer.load_chat(tmp_path / "chat.txt")), path)
    html = path.read_text(encoding="utf-8")
    assert "font-src data:" in html and len(re.findall(r"url\(data:font/woff;base64,", html)) == 2
    page, events = _open(browser, path, 1280)
    page.evaluate("document.fonts.ready")
    # what the page did on its own, before the inspection below: Chromium 150 logs an "unsafe
    # attempt to load URL file:..." of its own when DevTools' CSS agent reads a file: page
    loaded = {kind: list(seen) for kind, seen in events.items()}
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    drawn = {}
    for selector in ("ul.people li:nth-child(2) strong", "p.subtitle"):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        drawn[selector] = {f["postScriptName"] for f in fonts if f["isCustomFont"]}
    page.close()
    assert drawn["ul.people li:nth-child(2) strong"] == {"NotoSansDevanagari-Bold"}
    assert drawn["p.subtitle"] == {"NotoSansDevanagari-Regular"}
    assert loaded["console"] == [] and loaded["requests"] == [path.as_uri()]
