"""Small readers for the report tests: HTML sections and table rows, PDF text."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from tests.tools import need

_ROW = re.compile(r'<tr data-key="([^"]*)"><th scope="row">(.*?)</th>(.*?)</tr>', re.S)
_CELL = re.compile(
    r'<td[^>]*><span class="v">(.*?)</span>(?:<span class="n">(.*?)</span>)?</td>', re.S
)


def section(page: str, section_id: str) -> str:
    """The markup of ``<section id=section_id>`` (KeyError when absent)."""
    start = page.find(f'<section class="section" id="{section_id}">')
    if start < 0:
        raise KeyError(section_id)
    return page[start : page.index("</section>", start)]


def rows(fragment: str) -> dict[str, list[tuple[str, str]]]:
    """First table row per data-key in ``fragment``: key -> [(value text, sub text), ...]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, _label, cells in _ROW.findall(fragment):
        out.setdefault(
            html.unescape(key),
            [(html.unescape(v), html.unescape(n or "")) for v, n in _CELL.findall(cells)],
        )
    return out


def pdf_text(path: Path) -> str:
    """Text of a PDF via poppler's pdftotext (layout off, UTF-8)."""
    exe = need("pdftotext")
    done = subprocess.run(
        [exe, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


def json_keys(value):
    """The shape of a JSON document: every key, with lists kept in order, values dropped (two
    reports in different languages have the same shape)."""
    if isinstance(value, dict):
        return {k: json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_keys(v) for v in value]
    return None
