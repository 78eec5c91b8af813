"""Faster forms of a pattern family's regular expression that match exactly the same spans.

A family's regex (:mod:`~analyzer.nlp.patterns`) is a long alternation over the words of a message,
tried at every word start. Most of the time goes into trying its many branches at words where
none can start, and into long lists of alternative words (intensifiers, feelings) that Python's
regex engine tries one by one. Two rewrites take that away without changing any match:

* **the first word**: the set of words a match can begin with is read from the parsed regex
  (:func:`first_words`); a lookahead for them, written as a tree of letters, goes in front, so
  the branches are tried only where one of those words stands. A regex whose first word is open
  (``[^ .?,]+``, a word of any letters) gets no lookahead.
* **lists of words**: a group that lists plain words or phrases (``(?:so|really|very)``) and in
  which no entry begins another is written as a tree of letters (``(?:so|really|very)`` ->
  ``(?:really|so|very)`` factored letter by letter). At most one entry of such a list can match
  at a place, so the order of its entries never decides a match.

Both only add conditions that every match already meets, or say the same list of strings in
another shape: the matches, their order and their spans stay the same.

:func:`compile_faster` compiles that form reading the family's regex once: the parsed regex gives
the first words and is then compiled as it stands (Python's own ``re.compile`` of the faster form
would parse it a second time; the compiled pattern is the same, equal to it).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

try:  # the regex parser of Python's own ``re``; its names are not public and may move
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python whose ``re`` is laid out otherwise
    _parser = None
try:  # and its compiler, to compile an expression already parsed
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover
    _compiler = None

__all__ = ["compile_faster", "faster", "first_words", "word_tree"]

#: more first words than this (or a longer repetition) and a regex gets no first-word lookahead
_CAP = 3000


class _Open(Exception):
    """The first word of a match is not a finite list of words."""


def _seq(items, parts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    for op, av in items:
        parts = _item(op, av, parts)
        if len(parts) > _CAP:
            raise _Open
    return parts


def _extend(parts: set, chars: list[str]) -> set:
    return {(s, True) if c == " " else (s + c, False) for s, _ in parts for c in chars}


def _item(op, av, parts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """``parts`` (the text read so far before the first space; True once a space closed it)
    after one parsed item of the regex."""
    opened = {p for p in parts if not p[1]}
    if not opened:
        return parts
    done = parts - opened
    if op is _c.LITERAL:
        return done | _extend(opened, [chr(av)])
    if op is _c.IN:
        if any(o is not _c.LITERAL for o, _ in av):
            raise _Open  # a range, a negated set, a category
        return done | _extend(opened, [chr(a) for _, a in av])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Open
        return done | _seq(sub, opened)
    if op is _c.ATOMIC_GROUP:
        return done | _seq(av, opened)
    if op is _c.BRANCH:
        out = set(done)
        for sub in av[1]:
            out |= _seq(sub, opened)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return done | _repeat(*av, opened)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return parts  # takes no text (it only narrows what matches)
    raise _Open  # any character, a back-reference, ...


def _repeat(lo: int, hi, sub, opened: set) -> set:
    out: set = set()
    cur = opened
    k = 0
    while hi is _c.MAXREPEAT or k < hi:
        if k >= lo:
            out |= cur
        cur = {p for p in cur if not p[1]}
        if not cur:
            return out
        if k > 50:
            raise _Open
        cur = _seq(sub, cur)
        out |= {p for p in cur if p[1]}  # a space closed the word inside this copy
        k += 1
    return out | cur


def first_words(body: str) -> frozenset[str] | None:
    """Every word a match of ``body`` can begin with (its text up to the first space, or all of
    it), or None when that is no finite list (or an empty match is possible). A superset: some
    of these words may start no match."""
    try:
        return _first_words(_parser.parse(body))
    except re.error:  # (a regex that does not compile alone is left as written)
        return None


def _first_words(parsed) -> frozenset[str] | None:
    """:func:`first_words` of a regex as Python's parser reads it."""
    try:
        parts = _seq(parsed, {("", False)})
    except _Open:
        return None
    words = frozenset(s for s, _ in parts)
    return None if "" in words else words


def word_tree(words, ends: str = "") -> str:
    """A regex for exactly ``words``, factored letter by letter (each word followed by ``ends``)."""
    return _word_tree(tuple(sorted(set(words))), ends)


@cache
def _word_tree(words: tuple[str, ...], ends: str) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(ends)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


#: a group of plain alternatives: no nested group, class, escape or repetition inside
_WORD_LIST = re.compile(r"(?<!\\)\(\?:([^\\.^$*+?{}\[\]()#]*\|[^\\.^$*+?{}\[\]()#]*)\)")


def _factor_lists(rx: str) -> str:
    """``rx`` with each group of plain alternatives in which no entry begins another written as
    a tree of letters (see the module's docstring); other groups as they are."""

    def tree(m: re.Match) -> str:
        alts = sorted(set(m.group(1).split("|")))
        if "" in alts or any(b.startswith(a) for a, b in zip(alts[:-1], alts[1:], strict=True)):
            return m.group(0)  # an entry begins another: their order may decide a match
        return "(?:" + _word_tree(tuple(alts), "") + ")"

    return _WORD_LIST.sub(tree, rx)


#: an inline flag (verbose, ignore case, ...): such a regex is left as written
_FLAGS = re.compile(r"\(\?[a-zA-Z]")


def faster(body: str, head: str = r"(?<![^ ])", tail: str = r"(?![^ ])") -> str:
    """The regex ``head(?:body)tail`` in its faster form (the same matches)."""
    if _parser is None or _FLAGS.search(body):
        # inline flags (verbose, ignore case), or no parser to read: as written
        return f"{head}(?:{body}){tail}"
    fast = _factor_lists(body)
    firsts = first_words(body)
    ahead = "" if firsts is None else "(?=" + word_tree(firsts, tail) + ")"
    return f"{head}{ahead}(?:{fast}){tail}"


@lru_cache(maxsize=1024)
def compile_faster(body: str, head: str = r"(?<![^ ])", tail: str = r"(?![^ ])") -> re.Pattern:
    """``re.compile(faster(body, head, tail))`` (an equal pattern), parsing ``body`` once, and
    once per process (a family written alike in two packs is compiled once). Raises
    ``re.error`` for a regex that does not compile."""
    if _parser is None or _compiler is None or _FLAGS.search(body):
        return re.compile(faster(body, head, tail))
    fast = _factor_lists(body)
    try:
        tree = _parser.parse(fast)
    except re.error:
        return re.compile(f"{head}(?:{body}){tail}")  # raises the error of the regex as written
    firsts = _first_words(tree)
    ahead = "" if firsts is None else "(?=" + word_tree(firsts, tail) + ")"
    pattern = f"{head}{ahead}(?:{fast}){tail}"
    try:
        return _compile_around(pattern, _parser.parse(head + ahead), tree, _parser.parse(tail))
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - the parser changed
        return re.compile(pattern)


def _compile_around(pattern: str, before, tree, after) -> re.Pattern:
    """``re.compile(pattern)`` for ``pattern`` = ``before`` ``(?:tree)`` ``after`` (each parsed
    already), as Python's ``re._compiler.compile`` does it from a parsed regex."""
    if before.state.groups != 1 or after.state.groups != 1:  # a group around: parse it all
        return re.compile(pattern)
    if not before.state.flags == tree.state.flags == after.state.flags:
        return re.compile(pattern)
    whole = _parser.SubPattern(
        tree.state, [*before.data, (_c.SUBPATTERN, (None, 0, 0, tree)), *after.data]
    )
    code = _compiler._code(whole, 0)
    groups, names = whole.state.groups, whole.state.groupdict
    index = [None] * groups
    for name, k in names.items():
        index[k] = name
    return _sre.compile(pattern, whole.state.flags, code, groups - 1, names, tuple(index))
