"""The report: everything after :func:`analyzer.analyze` (docs/design.md, section 5).

A report reads a finished :class:`analyzer.result.Analysis` and never computes a measure:

- :mod:`analyzer.report.json`: the JSON document (``to_dict``), stable and byte-identical;
- :mod:`analyzer.report.plots`: one matplotlib function per plot, taking computed tables and
  returning a ``Figure`` (usable from a notebook), plus SVG/PNG rendering with unique ids;
- :mod:`analyzer.report.view`: the "view model": already-formatted strings in sections and typed
  blocks (:mod:`analyzer.report.blocks`), shared by the HTML and the PDF so that both show the same
  content (its parts beside it: ``view_parts``, ``view_glance`` for the first page,
  ``view_method`` for the method);
- :mod:`analyzer.report.html`: Jinja2 (autoescape, ``StrictUndefined``) into one self-contained
file;
- :mod:`analyzer.report.pdf`: fpdf2 with the DejaVu Sans fonts matplotlib ships;
- :mod:`analyzer.report.handoff`: with HTML and PDF together, the plots' PNGs drawn beside the
  SVGs and handed to the PDF writer in its forked process.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from analyzer.errors import AnalyzerError


def check_writable(path: str | os.PathLike, inputs: Sequence[str | os.PathLike] = ()) -> Path:
    """Raise :class:`AnalyzerError` now, before any work, if ``path`` cannot be written: its
    folder is missing or read-only, it is a folder, its name is longer than the file system
    allows, or it is one of the ``inputs`` (which writing would destroy)."""
    from analyzer.terminal import safe

    target = Path(path)
    shown = safe(shorten(os.fspath(path), 160))
    folder = target.parent if str(target.parent) else Path(".")
    limit = name_limit(folder)
    size = len(os.fsencode(target.name))
    if size > limit:
        raise AnalyzerError(
            f"cannot write {shown}: the file name is {size} bytes long, "
            f"more than the {limit} this file system allows; choose a shorter name"
        )
    if not folder.is_dir():
        raise AnalyzerError(
            f"cannot write {shown}: folder {safe(os.fspath(folder))} does not exist"
        )
    if target.is_dir():
        raise AnalyzerError(f"cannot write {shown}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise AnalyzerError(f"cannot write {shown}: folder is not writable")
    for given in inputs:
        if _same_file(target, Path(given)):
            raise AnalyzerError(
                f"cannot write {shown}: it is an input of this run; choose another output name"
            )
    return target


def write_report_file(path: str | os.PathLike, data: str | bytes) -> None:
    """Write one finished report file (text as UTF-8 with ``\\n`` line ends). A regular file is
    written beside its place and moved into it, so an interrupted run never leaves half a report
    (a device or pipe given as the output is written directly). An error is one line."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if target.exists() and not target.is_file():
            target.write_bytes(payload)
            return
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".cb-")  # mode 0600
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temp, target)
        except BaseException:  # a full disk or Ctrl-C: leave nothing beside the report
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise AnalyzerError(f"cannot write {os.fspath(path)}: {exc.strerror}") from None


def name_limit(folder: Path) -> int:
    """The longest file name (in bytes) the file system holding ``folder`` allows (255 if
    unknown)."""
    try:
        return int(os.pathconf(folder if folder.is_dir() else ".", "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: its start and its last 20, "…" between."""
    return text if len(text) <= limit else text[: limit - 21] + "…" + text[-20:]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
