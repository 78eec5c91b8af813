"""tests/tools.py: a missing system tool skips its test, or fails it when CI requires the tools."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import tools


def test_missing_tool_skips_with_the_reason(monkeypatch):
    monkeypatch.setattr(tools.shutil, "which", lambda name: None)
    monkeypatch.delenv(tools.REQUIRE_VARIABLE, raising=False)
    with pytest.raises(
        pytest.skip.Exception, match=r"pdftotext not found on PATH: install poppler-utils"
    ):
        tools.need("pdftotext")


def test_missing_tool_fails_when_required(monkeypatch):
    monkeypatch.setattr(tools.shutil, "which", lambda name: None)
    monkeypatch.setenv(tools.REQUIRE_VARIABLE, "1")
    with pytest.raises(
        pytest.fail.Exception, match=r"chromium not found .*CHAT_BALANCE_REQUIRE_TOOLS is set"
    ):
        tools.need("chromium")


def test_present_tool_gives_its_path(monkeypatch):
    monkeypatch.setattr(tools.shutil, "which", lambda name: f"/opt/bin/{name}")
    assert tools.need("pdftoppm") == "/opt/bin/pdftoppm"


@pytest.mark.parametrize("reader", ["pdf_text", "_fill"])
def test_report_words_pdf_readers_skip_without_poppler(reader, monkeypatch, tmp_path):
    """Regression: four tests of test_report_words called pdftotext directly and failed on a
    machine without poppler instead of skipping like the other PDF tests."""
    from tests.report import test_report_words

    monkeypatch.setattr(tools.shutil, "which", lambda name: None)
    monkeypatch.delenv(tools.REQUIRE_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"pdftotext not found on PATH"):
        getattr(test_report_words, reader)(b"%PDF-1.4\n", tmp_path)


def test_no_test_runs_a_system_tool_by_its_bare_name():
    """Every test that runs poppler or Chromium gets its path from ``need`` (skip or CI fail)."""
    root = Path(__file__).resolve().parent
    bare = re.compile(r"""\[\s*["'](?:pdftotext|pdftoppm|chromium)["']""")
    found = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if bare.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
