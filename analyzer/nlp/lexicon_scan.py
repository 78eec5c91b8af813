"""Matching the depth lexicon over one message: longest-first over the stems, token patterns
first, with negation scope (before the match, or after it in a language that puts it there),
laughter and a thing's state set apart. What the matches count for in context is
:mod:`~analyzer.nlp.lexicon`'s."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analyzer.nlp import patterns as _patterns
from analyzer.nlp.lexicon_index import Entry, Lexicon
from analyzer.nlp.lexrules import LexRules, object_follows
from analyzer.nlp.normalise import MARKERS


class Match(NamedTuple):
    start: int  # index into ChatText.words
    end: int
    entry: Entry
    negated: bool


def _match_phrase(
    stems: tuple[str, ...], i: int, key: tuple[str, ...], skippable: frozenset[str]
) -> int:
    """End index if ``key`` matches at ``i`` (skipping intensifiers inside), else -1."""
    n = len(stems)
    j = i
    for k, p in enumerate(key):
        if k:
            while j < n and stems[j] != p and stems[j] in skippable:
                j += 1
        if j >= n or stems[j] != p:
            return -1
        j += 1
    return j


def _negated(words: tuple[str, ...], start: int, rules: LexRules, reach: int = 4) -> bool:
    """A negator stands within ``reach`` words before ``words[start]`` in its clause. A negator
    of ``negators_cancelled`` that is itself negated so is a double negation and negates
    nothing ("could not move *without* being in pain"; not "without pain")."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < reach:
        w = words[j]
        if w in MARKERS or w in rules.negation_stops:
            return False
        if w in rules.negators:
            if w in rules.negator_next_only:
                if j > 0 and words[j - 1] in rules.no_interjection:
                    return False  # "oh no you must be so worried": an interjection
                # "no" negates only what it stands right before ("no worries", "no real idea"),
                # not a following clause ("oh no is she ok"); a cancelled one ("nao consigo
                # dormir *sem* chorar") negates nothing
                return steps < 2 and not (
                    w in rules.negators_cancelled and _negated(words, j, rules, reach)
                )
            return not (w in rules.negators_cancelled and _negated(words, j, rules, reach))
        j -= 1
        steps += 1
    return False


def _negated_after(words: tuple[str, ...], end: int, term: list[str], rules: LexRules) -> bool:
    """A negator of the language's ``negators_after`` right after the match (intensifiers and
    particles of ``skippable`` passed over): a language that puts the negation after the
    predicate it negates (Hindi "pareshani nahi hoti", "khush bilkul nahi"; not "tumhare bina kuch
    accha nahi lagta", where it negates another word). A term that holds such a negator itself
    ("theek nahi") is never negated so."""
    if not rules.negators_after or not rules.negators_after.isdisjoint(term):
        return False
    j = end
    while j < len(words) and words[j] in rules.skippable:
        j += 1
    return j < len(words) and words[j] in rules.negators_after


_LAUGH_EMOJI = ("😂", "🤣", "😆", "😹")


def _laughing(words: tuple[str, ...], raw: str, rules: LexRules) -> bool:
    return not rules.laugh_words.isdisjoint(words) or any(e in raw for e in _LAUGH_EMOJI)


@cache
def _pattern_entry(pat: _patterns.Pattern) -> Entry:
    return Entry("~" + pat.family, 1, pat.cats, pat.polarity, False, pat.role)


def _scan(words: tuple[str, ...], stems: tuple[str, ...], raw: str, lex: Lexicon) -> list[Match]:
    """Every match, left to right: a token pattern where one starts, else the longest lexicon
    entry starting at the word; a pattern wins over a phrase that would run into it."""
    n = len(stems)
    out: list[Match] = []
    i = 0
    starts, lex_words = lex.starts, lex.words
    stem_set = None
    rules = lex.rules
    found = rules.find_patterns(words)
    pat_at = {a: (b, pat) for a, b, pat in found}
    next_pat = found[0][0] if found else n + 1
    k_pat = 0
    while i < n:
        if i >= next_pat:
            b, pat = pat_at[next_pat]
            if i == next_pat:
                out.append(Match(i, b, _pattern_entry(pat), _negated(words, i, rules, 3)))
            i = max(i, b)
            k_pat += 1
            next_pat = found[k_pat][0] if k_pat < len(found) else n + 1
            continue
        s = stems[i]
        if (s not in starts and words[i] not in lex_words) or s in MARKERS:
            i += 1  # no entry starts here (nor with any marker)
            continue
        hit = None
        sub = lex.phrases.get(s)
        if sub is not None and i + 1 < n:
            if stem_set is None:
                stem_set = frozenset(stems)
            hit = _phrase_at(stems, i, sub, lex.key_sets, stem_set, rules.skippable)
        if hit is None and s in lex.anchored:
            hit = _anchored_at(stems, i, lex.anchored[s])
        if hit is None:
            hit = _word_at(words, stems, i, lex)
        if hit is None:
            i += 1
            continue
        end, entry = hit
        if end > next_pat:
            i += 1  # a pattern starts inside this phrase: the pattern wins
            continue
        if entry.term in rules.laugh_cry and _laughing(words, raw, rules):
            i = end  # "I'm crying 😂" is laughter, not tears
            continue
        if entry.term in rules.object_senses and object_follows(stems, end, rules):
            i = end  # "a broken hip", "crushed garlic": a thing, not a feeling
            continue
        term = entry.term.split()
        neg = (term[0] not in rules.negators and _negated(words, i, rules)) or _negated_after(
            words, end, term, rules
        )
        out.append(Match(i, end, entry, neg))
        i = end
    return out


def _phrase_at(
    stems, i: int, sub: dict, key_sets: dict, stem_set: frozenset, skippable: frozenset[str]
):
    """The longest phrase starting at ``i`` (its second word may follow skippable words), as
    ``(end, entry)``, or None."""
    n = len(stems)
    groups = [sub.get(stems[i + 1], ())]
    j = i + 1
    while j < n and stems[j] in skippable:
        j += 1
    if j > i + 1 and j < n:
        groups.append(sub.get(stems[j], ()))
    hit, best_len = None, 0
    for group in groups:
        for key, entry, a0, a1 in group:
            if len(key) <= best_len:
                break
            if not key_sets[key] <= stem_set:
                continue
            end = _match_phrase(stems, i, key, skippable)
            if end < 0:
                continue
            if a0 and i > 0 and stems[i - 1] not in MARKERS:
                continue
            if a1 and end < n and stems[end] not in MARKERS:
                continue
            hit, best_len = (end, entry), len(key)
            break
    return hit


def _anchored_at(stems, i: int, entries):
    """A one-word entry that must stand alone in its sentence (between markers), or None."""
    n = len(stems)
    for _key, entry, a0, a1 in entries:
        if a0 and i > 0 and stems[i - 1] not in MARKERS:
            continue
        if a1 and i + 1 < n and stems[i + 1] not in MARKERS:
            continue
        return i + 1, entry
    return None


def _word_at(words, stems, i: int, lex: Lexicon):
    """The single-word entry of the word itself, else of its stem (never a shorter form of a
    longer entry: "ignore" is not "ignored"), or None."""
    entry = lex.words.get(words[i])
    if entry is None:
        entry = lex.stems.get(stems[i])
        if entry is not None and len(words[i]) < len(entry.term):
            entry = None
    return None if entry is None else (i + 1, entry)
