"""tests/tools.py: a missing system tool skips its test, or fails it when CI requires the tools."""

from __future__ import annotations

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
