"""A chat whose names and messages are hostile markup, template syntax and formulas, through
the real parser and pipeline: every output keeps them as inert text, and the page runs no
script in a browser."""

from __future__ import annotations

import json
import re

import pytest

import analyzer
from analyzer.report.html import write_html
from analyzer.report.json import write_json
from analyzer.report.pdf import write_pdf
from tests.report.conftest import SAMPLE
from tests.report.helpers import pdf_text

pytestmark = pytest.mark.slow  # every output format, and the browser

NAME_A = "<script>alert(1)</script>"
NAME_B = "{{ 7*7 }} Bo"
TEXTS = [
    '<img src=x onerror="alert(2)">',
    '=HYPERLINK("http://evil.example","x")',
    "{% for x in range(3) %}boom{% endfor %}",
    "</style><script>alert(3)</script>",
    "javascript:alert(4)",
]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    text = (
        SAMPLE.read_text("utf-8")
        .replace(" - Tom: ", f" - {NAME_A}: ")
        .replace(" - Priya: ", f" - {NAME_B}: ")
    )
    lines = text.splitlines()
    stamp = lines[2].split(" - ")[0]
    for i, hostile in enumerate(TEXTS):  # early messages, so example pickers may show them
        lines.insert(3 + i, f"{stamp} - {NAME_A if i % 2 else NAME_B}: I feel so sad {hostile}")
    chat = out / "hostile_chat.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = analyzer.analyze(analyzer.load_chat(chat))  # the real parser and pipeline
    write_html(result, out / "h.html")
    write_json(result, out / "h.json")
    write_pdf(result, out / "h.pdf", figures={})  # plot labels: checked in the HTML's SVG
    return out


def test_json_keeps_the_names_as_plain_strings(outputs):
    doc = json.loads((outputs / "h.json").read_text("utf-8"))
    assert doc["participants"] == [NAME_A, NAME_B]


def test_html_escapes_names_and_runs_nothing(outputs):
    page = (outputs / "h.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }} Bo" in page and "49 Bo" not in page
    assert re.findall(r"<script", page, re.I) == []
    tags = re.findall(r"<[a-zA-Z][^>]*>", page)
    assert [t for t in tags if re.search(r"\son\w+\s*=|javascript:", t, re.I)] == []


def test_pdf_shows_the_names_as_text(outputs):
    text = pdf_text(outputs / "h.pdf")
    assert NAME_A in text and NAME_B in text


def test_browser_runs_no_script(outputs):
    from playwright.sync_api import sync_playwright

    from tests.report.test_report_browser import ARGS
    from tests.tools import need

    chromium = need("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page()
        events: list[str] = []
        page.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("console", lambda m: events.append(f"console: {m.text}"))
        page.on("request", lambda r: events.append(f"request: {r.url}"))
        page.goto((outputs / "h.html").as_uri(), wait_until="load")
        title = page.title()
        browser.close()
    assert events == [f"request: {(outputs / 'h.html').as_uri()}"]
    assert title.startswith("Chat balance report: <script>alert(1)</script> and {{ 7*7 }} Bo")
