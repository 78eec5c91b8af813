"""Writing small broken inputs for the bad-input tests of the non-WhatsApp parsers."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import AnalyzerError
from analyzer.parsers.registry import load_chat


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def error_of(path: Path, **options) -> str:
    """The one-line message of the AnalyzerError that reading ``path`` raises."""
    with pytest.raises(AnalyzerError) as caught:
        load_chat(path, **options)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message or path.name in message
    return message
