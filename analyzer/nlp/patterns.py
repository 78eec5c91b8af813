"""Token patterns for responses to the reader: support, validation, repair, criticism, invalidation.

The depth lexicon lists fixed phrases. People comfort and attack each other in open-ended forms
("sounds like you're *completely drained*", "I can *totally* see why you'd *feel that way*", "you
*absolute* clown"), so these families are regular expressions over the normalised words of a
message (``ChatText.words`` joined by single spaces: "you're" is already "you are", "dont" is "do
not", markers ``.`` ``?`` ``,`` are tokens). They are data, per language:
``lexicons/<language>/patterns.toml``, optionally split into more files ``patterns_*.toml`` read
after it in name order (the format: ``lexicons/README.md``, "patterns.toml"). Macros
(``<INT>`` optional intensifiers, ``<DIFF>`` a difficulty or a painful feeling, ``<INSULT>`` a name
for a person, ...) stand for word families.

A pattern match consumes its words: the lexicon does not match inside it, so "I'm really sorry
you're dealing with this" is one support match and not also the repair "i'm sorry". Each family
lists trigger words; a message without any of them skips the family (this keeps the pass fast).
Categories are those of the lexicon plus two helpers resolved in ``match_lexicon``: ``reassure``
("don't worry") is ``hedge`` in a message about oneself and ``support`` otherwise. A family's
``role`` says whose feeling its words are (see ``docs/whose-feeling.md``): a *reflection* names the
reader's feeling back to them, an *own reaction* may hold the writer's own feeling.
"""

from __future__ import annotations

import gc
import re
import tomllib
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import NamedTuple

from analyzer.nlp.normalise import CATEGORIES, FIRST_PERSON
from analyzer.nlp.pack import pattern_files
from analyzer.nlp.pattern_speed import compile_faster

__all__ = ["Pattern", "all_triggers", "compiled", "find", "parse", "parse_files", "pattern_files"]

#: What a family's words are, for whose feeling (``role`` in patterns.toml):
#: ``reflection`` names the reader's feeling or difficulty back to them (the ``reflection``
#: column, with the words it names in ``reflected_terms``); ``reflection_named`` is a reflection
#: that always names a difficulty, so its last word stands for it when the span holds no lexicon
#: feeling ("that sounds *exhausting*"); ``own_reaction`` may hold the writer's own feeling ("I
#: feel *awful* for you"), which stays theirs at its tier beside the support; "" is none of these.
ROLES: tuple[str, ...] = ("", "reflection", "reflection_named", "own_reaction")
#: The roles that name the reader's feeling back to them.
REFLECTION_ROLES = frozenset({"reflection", "reflection_named"})
#: Categories a family may count for: the lexicon's plus the two helpers ``match_lexicon`` settles.
KNOWN_CATEGORIES = frozenset(CATEGORIES) | {"reassure", "minimise"}

_FIELDS = ("name", "categories", "polarity", "triggers", "no_first_person", "role", "regex")
_REQUIRED = ("name", "categories", "polarity", "triggers", "regex")
_TYPES = {
    "name": str, "categories": str, "polarity": int, "triggers": str, "no_first_person": bool,
    "role": str, "regex": str,
}  # fmt: skip
_TYPE_NAMES = {str: "a string", int: "a whole number", bool: "true or false"}
_MACRO_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
#: a macro used in a regex: ``<NAME>`` or ``(?:NAME)`` (normalised words are lower case, so an
#: upper-case group never means the letters themselves)
_MACRO_REF = re.compile(r"<([A-Z][A-Z0-9_]*)>|\(\?:([A-Z][A-Z0-9_]*)\)")
_CODE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?")


class Pattern(NamedTuple):
    family: str
    regex: re.Pattern
    cats: tuple[str, ...]
    triggers: frozenset[str]
    polarity: int
    needs_no_first_person: bool
    role: str = ""


def _expand(rx: str, macros: dict[str, str], where: str, seen: tuple[str, ...] = ()) -> str:
    """``rx`` with every macro replaced by its body (macros may use macros)."""

    def body(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        if name not in macros:
            raise ValueError(f"{where}: macro {name} is used but not defined in [macros]")
        if name in seen:
            raise ValueError(f"{where}: macro {name} uses itself ({' -> '.join(seen + (name,))})")
        return _expand(macros[name], macros, where, seen + (name,))

    return _MACRO_REF.sub(body, rx)


def _unbreak(text: str, where: str) -> str:
    """A regex or macro body as written over several lines, as one line (line breaks removed).
    A broken line may not start or end with a space: spaces are matched, and an editor that
    strips trailing spaces or an indentation would change the regex unseen."""
    lines = text.replace("\r", "").split("\n")
    if len(lines) > 1 and any(line != line.strip(" \t") for line in lines):
        raise ValueError(
            f"{where}: a line of the regex starts or ends with a space (spaces are matched; "
            "break a long regex before a '|' instead)"
        )
    return "".join(lines)


def parse(text: str, source: str = "patterns.toml") -> tuple[Pattern, ...]:
    """The families of one patterns.toml, compiled, in file order. Raises ``ValueError`` naming
    ``source`` and the family (or macro) for anything malformed: a TOML error, a missing or
    unknown key, an unknown category or role, a macro used but not defined, a regex that does
    not compile, a family named twice."""
    return parse_files([(text, source)])


def parse_files(files: list[tuple[str, str]]) -> tuple[Pattern, ...]:
    """The families of a language's pattern files ``[(text, source), ...]``, compiled, in the
    order of the files and, within each, in file order. The files share one set of macros (a
    macro may be defined in any of them, once) and one set of family names; each file must be
    valid TOML on its own. Raises ``ValueError`` as :func:`parse` does, naming the file."""
    tables: list[tuple[dict, str]] = []
    macros: dict[str, str] = {}
    defined_in: dict[str, str] = {}
    for text, source in files:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{source}: not valid TOML ({exc})") from None
        unknown = set(data) - {"macros", "family"}
        if unknown:
            raise ValueError(
                f"{source}: unknown section {sorted(unknown)[0]!r} "
                "(expected [macros] and [[family]])"
            )
        raw_macros = data.get("macros", {})
        if not isinstance(raw_macros, dict):
            raise ValueError(f"{source}: [macros] must be a table of NAME = 'regex'")
        for name, body in raw_macros.items():
            if not _MACRO_NAME.fullmatch(name) or not isinstance(body, str):
                raise ValueError(
                    f"{source}: macro {name!r} must be named in capitals (A-Z, 0-9, _) and be "
                    "a string"
                )
            if name in defined_in:
                raise ValueError(f"{source}: macro {name} is already defined in {defined_in[name]}")
            defined_in[name] = source
            macros[name] = _unbreak(body, f"{source}: macro {name}")
        families = data.get("family", [])
        if not isinstance(families, list) or (len(files) == 1 and not families):
            raise ValueError(f"{source}: no [[family]] tables")
        tables.append((data, source))
    for name in macros:
        where = f"{defined_in[name]}: macro {name}"
        try:
            re.compile(_expand(macros[name], macros, where, (name,)))
        except re.error as exc:
            raise ValueError(f"{where}: does not compile ({exc})") from None
    out: list[Pattern] = []
    seen: set[str] = set()
    with _no_collection():
        for data, source in tables:
            for k, fam in enumerate(data.get("family", []), 1):
                out.append(_family(fam, k, macros, source, seen))
    if not out:
        raise ValueError(f"{files[0][1] if files else 'patterns'}: no [[family]] tables")
    return tuple(out)


@contextmanager
def _no_collection():
    """Python's cyclic garbage collector held off: reading a regex makes many small objects, and
    the collections they set off (each walking every object of the process) took about a third
    of the time of compiling the families. Most are freed as soon as a family is compiled; the
    few cycles left (about 4,000 objects for English and Hindi) go at the next collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _family(fam: dict, k: int, macros: dict[str, str], source: str, seen: set[str]) -> Pattern:
    name = fam.get("name")
    where = f"{source}: family {name!r}" if isinstance(name, str) else f"{source}: family #{k}"
    for key in _REQUIRED:
        if key not in fam:
            raise ValueError(f"{where}: missing {key!r}")
    extra = set(fam) - set(_FIELDS)
    if extra:
        raise ValueError(f"{where}: unknown key {sorted(extra)[0]!r}")
    for key, kind in _TYPES.items():
        value = fam.get(key)
        wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if key in fam and wrong:
            raise ValueError(f"{where}: {key!r} must be {_TYPE_NAMES[kind]}")
    if not name or name in seen:
        raise ValueError(f"{where}: a family needs a name of its own")
    seen.add(name)
    cats = tuple(c.strip() for c in fam["categories"].split(",") if c.strip())
    for c in cats:
        if c not in KNOWN_CATEGORIES:
            raise ValueError(
                f"{where}: unknown category {c!r} (known: {', '.join(sorted(KNOWN_CATEGORIES))})"
            )
    role = fam.get("role", "")
    if role not in ROLES:
        raise ValueError(f"{where}: unknown role {role!r} (known: {', '.join(map(repr, ROLES))})")
    if fam["polarity"] not in (-1, 0, 1):
        raise ValueError(f"{where}: polarity must be -1, 0 or 1")
    triggers = frozenset(fam["triggers"].split())
    if not triggers:
        raise ValueError(f"{where}: no trigger words (one must occur for the family to run)")
    body = _expand(_unbreak(fam["regex"], where), macros, where)
    try:  # a match starts and ends at a word's bounds; the faster form of the same regex
        regex = compile_faster(body, r"(?<![^ ])", r"(?![^ ])")
    except re.error as exc:
        raise ValueError(f"{where}: regex does not compile ({exc})") from None
    return Pattern(
        name, regex, cats, triggers, fam["polarity"], fam.get("no_first_person", False), role
    )


@cache
def compiled(language: str = "en") -> tuple[Pattern, ...]:
    """The token patterns of ``language`` (its pattern files, :func:`pattern_files`:
    ``lexicons/<language>/patterns.toml`` and any ``patterns_*.toml`` beside it), compiled once;
    a language without any has none."""
    if not _CODE.fullmatch(language):
        raise ValueError(f"not a language code: {language!r}")
    files = pattern_files(resources.files("analyzer").joinpath("lexicons", language))
    if not files:
        return ()
    return parse_files(
        [(f.read_text(encoding="utf-8"), f"lexicons/{language}/{f.name}") for f in files]
    )


@cache
def all_triggers(language: str = "en") -> frozenset[str]:
    """Every trigger word of every family of ``language`` (a message with none of them skips the
    patterns at once)."""
    return frozenset().union(*(p.triggers for p in compiled(language)))


@cache
def _by_trigger(language: str = "en") -> dict[str, tuple[int, ...]]:
    """For each trigger word of ``language``, the positions in :func:`compiled` of the families
    it can run (a message then visits only those, in the files' order)."""
    index: dict[str, list[int]] = {}
    for k, pat in enumerate(compiled(language)):
        for word in pat.triggers:
            index.setdefault(word, []).append(k)
    return {word: tuple(ks) for word, ks in index.items()}


def find(
    words: tuple[str, ...], language: str = "en", first_person: frozenset[str] = FIRST_PERSON
) -> list[tuple[int, int, Pattern]]:
    """Non-overlapping pattern matches of ``language`` in ``words`` as ``(start, end, pattern)``
    (word indices), leftmost first; of overlapping matches the earlier, then the longer, wins.
    ``first_person`` are the language's first-person words (a family with ``no_first_person``
    skips a message holding any)."""
    index = _by_trigger(language)
    present = [index[w] for w in set(words) if w in index]
    if not present:
        return []
    families = compiled(language)
    text = " ".join(words)
    starts: dict[int, int] | None = None  # word index of each character offset a word starts at
    has_first_person = None
    found: list[tuple[int, int, Pattern]] = []
    for k in sorted(set().union(*present)) if len(present) > 1 else present[0]:
        pat = families[k]
        if pat.needs_no_first_person:
            if has_first_person is None:
                has_first_person = not first_person.isdisjoint(words)
            if has_first_person:
                continue
        for m in pat.regex.finditer(text):
            a, b = m.span()
            if starts is None:
                starts = {}
                pos = 0
                for k, w in enumerate(words):
                    starts[pos] = k
                    pos += len(w) + 1
            if b <= a or a not in starts:
                continue
            k0 = starts[a]
            k1 = starts.get(b + 1, len(words)) if b < len(text) else len(words)
            found.append((k0, k1, pat))
    if len(found) > 1:
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept = []
        last_end = -1
        for f in found:
            if f[0] >= last_end:
                kept.append(f)
                last_end = f[1]
        found = kept
    return found
