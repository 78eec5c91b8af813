"""The report: everything after :func:`analyzer.analyze` (DESIGN.md sections 7 and 8).

A report reads a finished :class:`analyzer.result.Analysis` and never computes a measure:

- :mod:`analyzer.report.json`: the JSON document (``to_dict``), stable and byte-identical;
- :mod:`analyzer.report.plots`: one matplotlib function per plot, taking computed tables and
  returning a ``Figure`` (usable from a notebook), plus SVG/PNG rendering with unique ids;
- :mod:`analyzer.report.view`: the "view model": plain dicts of already-formatted strings, in
  sections and blocks, shared by the HTML and the PDF so that both show the same content;
- :mod:`analyzer.report.html`: Jinja2 (autoescape, ``StrictUndefined``) into one self-contained file;
- :mod:`analyzer.report.pdf`: fpdf2 with the DejaVu Sans fonts matplotlib ships;
- :mod:`analyzer.report.handoff`: with HTML and PDF together, the plots' PNGs drawn beside the
  SVGs and handed to the PDF writer in its forked process.
"""

from __future__ import annotations

import os
from pathlib import Path

from analyzer.errors import AnalyzerError


def check_writable(path: str | os.PathLike) -> Path:
    """Raise :class:`AnalyzerError` now, before any rendering, if ``path`` cannot be written."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise AnalyzerError(f"cannot write {os.fspath(path)}: folder {os.fspath(folder)} does not exist")
    if target.is_dir():
        raise AnalyzerError(f"cannot write {os.fspath(path)}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise AnalyzerError(f"cannot write {os.fspath(path)}: folder is not writable")
    return target
