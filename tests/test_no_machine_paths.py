"""No tracked file points to a document users do not have or to a path of a development
machine: the design and the signs are described in docs/, in the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
THIS = Path(__file__).resolve().relative_to(ROOT).as_posix()

#: Anywhere in any tracked text file: the spec documents of the project's development, which are
#: not in the repository, and paths of a development machine. Spelt in pieces, so that
#: ``git grep`` for them finds nothing, this file included.
_SPEC = "|".join(rf"{name}\.md" for name in ("DESIGN", "SIGNS", "STYLE"))
FORBIDDEN = re.compile(_SPEC + r"|\.\./" + r"shared\b|/" + r"work/")
#: In documentation (Markdown files, docstrings and comments): a home or temp folder given as a
#: place to look or write. Code and test data may use such paths as input to scrub, and a
#: docstring may name the pattern (``/home/...``).
DOC_PATHS = re.compile(r"(?<![\w.])(?:/home|/root|/tmp|/Users)/(?!\.\.\.)")


def _tracked() -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("not a git checkout")
    return [p for p in done.stdout.decode().split("\0") if p]


def _text(path: str) -> str | None:
    data = (ROOT / path).read_bytes() if (ROOT / path).is_file() else b""
    if b"\0" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def _doc_lines(path: str, text: str) -> list[tuple[int, str]]:
    lines = list(enumerate(text.splitlines(), 1))
    if path.endswith((".md", ".rst")):
        return lines
    if path.endswith(".py"):
        out, in_doc = [], False
        for k, line in lines:
            stripped = line.strip()
            quotes = stripped.count('"""') + stripped.count("'''")
            if in_doc or stripped.startswith("#") or quotes:
                out.append((k, line))
            if quotes % 2 == 1:
                in_doc = not in_doc
        return out
    return []


def test_no_reference_to_missing_documents_or_machine_paths():
    bad = []
    for path in _tracked():
        if path == THIS:
            continue
        text = _text(path)
        if text is None:
            continue
        for k, line in enumerate(text.splitlines(), 1):
            if FORBIDDEN.search(line):
                bad.append(f"{path}:{k}: {line.strip()[:120]}")
        for k, line in _doc_lines(path, text):
            if DOC_PATHS.search(line):
                bad.append(f"{path}:{k}: {line.strip()[:120]}")
    assert bad == []


def test_the_patterns_catch_what_they_are_for():
    assert FORBIDDEN.search("see " + "DESIGN" + ".md section 3")
    assert FORBIDDEN.search("(`/" + "work/shared/x`)")
    assert FORBIDDEN.search("../" + "sha" + "red/peer_corpus")
    assert not FORBIDDEN.search("docs/design.md")
    assert DOC_PATHS.search("python -m x > /tmp/sample.tsv")
    assert not DOC_PATHS.search("C:/tmpfiles")
    assert not DOC_PATHS.search("file paths (``/home/...``) become [path]")
