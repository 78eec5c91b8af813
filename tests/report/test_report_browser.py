"""The HTML report in headless Chromium (Debian's chromium via Playwright): no console
errors, no network requests, every section visible, no sideways scrolling on a phone, printable."""

from __future__ import annotations

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
    assert len(sizes) == 11 and min(sizes) > 600


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
