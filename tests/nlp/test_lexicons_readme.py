"""The lexicons' documentation: ``analyzer/lexicons/README.md`` holds what every pack shares (what a
pack is, the formats of its files, every ``words.json`` key, every ``experiencer.json`` key), each
pack's ``README.md`` what is its language's own; the shared one links to every pack's, each pack's
links back, every relative link resolves, and no file grows past the length the house rule
allows. Every pack carries the same ``experiencer.json`` keys, each with its row in the key
tables of the shared README's section on that file, and no row there names a key no pack has."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.nlp import pack

LEXICONS = pack.LEXICON_DIR
SHARED = LEXICONS / "README.md"
CODES = sorted(pack.available())
#: The house rule: a file past about 600 lines wants splitting.
MAX_LINES = 600
#: A relative Markdown link: ``[text](target)`` or ``[text](target#anchor)``.
LINK = re.compile(r"\[[^\]]+\]\(([^)\s#]+)(?:#([^)\s]+))?\)")


def _documented_keys(text: str) -> set[str]:
    """The keys a README documents: the first cell of a table row, written as code."""
    return set(re.findall(r"^\| `([^`]+)` \|", text, re.M))


def _undocumented(keys, *texts: str) -> list[str]:
    documented = set().union(*(_documented_keys(t) for t in texts))
    return [k for k in keys if k not in documented]


def _keys(code: str, name: str) -> list[str]:
    """The keys of a pack file that the pack loader reads (a key starting with ``_`` is a note)."""
    data = json.loads((LEXICONS / code / name).read_text(encoding="utf-8"))
    return [k for k in data if not k.startswith("_")]


#: The shared README's section on ``experiencer.json``; its key tables come before its first
#: subsection (which says what each pack lists, and whose table rows are no key's description).
EXPERIENCER_SECTION = "## `experiencer.json`: whose feeling is it\n"


def _experiencer_tables(text: str) -> str:
    """The part of the shared README that describes the ``experiencer.json`` keys: from its
    section's heading to the next heading of any level."""
    start = text.index(EXPERIENCER_SECTION) + len(EXPERIENCER_SECTION)
    nxt = re.search(r"^#{2,3} ", text[start:], re.M)
    return text[start : start + nxt.start()] if nxt else text[start:]


def _slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _readmes() -> list[Path]:
    return [SHARED, *(LEXICONS / code / "README.md" for code in CODES)]


def test_every_pack_has_its_notes_linked_both_ways():
    shared = SHARED.read_text(encoding="utf-8")
    for code in CODES:
        notes = LEXICONS / code / "README.md"
        assert notes.is_file(), code
        assert f"]({code}/README.md)" in shared, code
        assert "](../README.md)" in notes.read_text(encoding="utf-8"), code


@pytest.mark.parametrize("code", CODES)
def test_every_words_json_key_is_documented_in_the_shared_readme(code):
    # every pack carries exactly English's keys (test_packs.py), so each key is described once,
    # for every pack, in the shared README's tables, not in one pack's notes
    keys = _keys(code, "words.json")
    assert "first_person" in keys and "sorry" in keys
    assert _undocumented(keys, SHARED.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("code", CODES)
def test_every_pack_has_the_same_experiencer_json_keys(code):
    assert sorted(_keys(code, "experiencer.json")) == sorted(_keys("en", "experiencer.json"))


@pytest.mark.parametrize("code", CODES)
def test_every_experiencer_json_key_is_documented_in_the_shared_readme(code):
    # one row per key in the key tables of the experiencer.json section: a key named only in
    # running text, in words.json's tables (`leaders`) or in the table of what each pack lists
    # (`future_aux`) is not described there
    keys = _keys(code, "experiencer.json")
    assert len(keys) == 75 and "reader" in keys and "causing" in keys
    tables = _experiencer_tables(SHARED.read_text(encoding="utf-8"))
    assert _undocumented(keys, tables) == []


def test_no_experiencer_row_names_a_key_no_pack_has():
    tables = _experiencer_tables(SHARED.read_text(encoding="utf-8"))
    keys = set().union(*(_keys(code, "experiencer.json") for code in CODES))
    assert sorted(_documented_keys(tables) - keys) == []


def test_the_experiencer_key_check_can_fail():
    tables = _experiencer_tables(SHARED.read_text(encoding="utf-8"))
    keys = _keys("en", "experiencer.json")
    # a removed row is missed, though the key is still named in running text and in other tables
    without = "\n".join(line for line in tables.splitlines() if not line.startswith("| `frames` |"))
    assert _undocumented(keys, without) == ["frames"]
    # the tables end at the next heading: the per-pack table's `future_aux` row documents nothing
    assert "| `future_aux` |" in SHARED.read_text(encoding="utf-8").split(EXPERIENCER_SECTION)[1]
    cut = "\n".join(line for line in tables.splitlines() if not line.startswith("| `future_aux` |"))
    assert _undocumented(keys, cut) == ["future_aux"]
    sample = "x\n" + EXPERIENCER_SECTION + "| `a` | b |\n### next\n| `c` | d |"
    assert _experiencer_tables(sample) == "| `a` | b |\n"


def test_the_key_check_can_fail():
    shared = SHARED.read_text(encoding="utf-8")
    assert _undocumented(["first_person", "no_such_key"], shared) == ["no_such_key"]
    # a key named in running text only is not documented: it needs its row
    assert _undocumented(["x_key"], "the `x_key` list") == ["x_key"]
    assert _undocumented(["x_key"], "| `x_key` | what |") == []


@pytest.mark.parametrize("path", _readmes(), ids=lambda p: p.relative_to(LEXICONS).as_posix())
def test_relative_links_resolve(path):
    text = path.read_text(encoding="utf-8")
    broken = []
    for target, anchor in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue
        to = (path.parent / target).resolve()
        if not to.is_file():
            broken.append(target)
        elif anchor:
            headings = re.findall(r"^#+ (.+)$", to.read_text(encoding="utf-8"), re.M)
            if anchor not in {_slug(h) for h in headings}:
                broken.append(f"{target}#{anchor}")
    assert broken == []


def test_the_link_check_sees_a_broken_link():
    assert LINK.findall("[x](nope/README.md#a-b) and [y](../README.md)") == [
        ("nope/README.md", "a-b"),
        ("../README.md", ""),
    ]
    assert _slug("The English families (`en/patterns_*.toml`)") == (
        "the-english-families-enpatterns_toml"
    )


@pytest.mark.parametrize("path", _readmes(), ids=lambda p: p.relative_to(LEXICONS).as_posix())
def test_no_readme_past_the_house_length(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
