"""The depth lexicon read and indexed: its entries (a pack's ``depth.tsv``), its phrases tokenised
and normalised like chat text, and the indexes matching reads (:mod:`~analyzer.nlp.lexicon_scan`).
The words each language's rules read are in :mod:`~analyzer.nlp.lexrules`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language

from analyzer.nlp.lexrules import LexRules, lex_rules
from analyzer.nlp.normalise import MARKERS, normalise_doc, normaliser
from analyzer.nlp.pack import Pack, english, load_pack


class Entry(NamedTuple):
    """One lexicon row."""

    term: str
    tier: int
    cats: tuple[str, ...]
    polarity: int
    self_ref: bool  # the phrase itself says who feels it ("hurt my feelings", "miss you")
    role: str = ""  # a token pattern's role (patterns.ROLES): whose feeling its words are


@dataclass(frozen=True)
class Lexicon:
    """The depth lexicon, indexed for matching on stems."""

    words: dict[str, Entry]  # normalised word -> entry
    stems: dict[str, Entry]  # stem -> entry (highest tier wins)
    # first stem -> second stem -> candidates (longest first); one-word anchored entries apart
    phrases: dict[str, dict[str, tuple[tuple[tuple[str, ...], Entry, bool, bool], ...]]]
    anchored: dict[str, tuple[tuple[tuple[str, ...], Entry, bool, bool], ...]]
    size: int
    n_phrases: int
    #: the language pack the lexicon was read from, and its rules (derived once per pack)
    pack: Pack = field(default_factory=english, compare=False, repr=False)
    rules: LexRules = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.rules is None:
            object.__setattr__(self, "rules", lex_rules(self.pack))
        # stems that start a phrase, an anchored entry or a one-word entry: a position whose stem
        # is not here (and whose word is not in ``words``) cannot match, and is skipped at once
        object.__setattr__(
            self,
            "starts",
            frozenset(self.phrases) | frozenset(self.anchored) | frozenset(self.stems),
        )
        # each phrase key's stems as a set: a phrase with a stem the message lacks cannot match
        object.__setattr__(
            self,
            "key_sets",
            {
                c[0]: frozenset(c[0])
                for sub in self.phrases.values()
                for g in sub.values()
                for c in g
            },
        )


@lru_cache(maxsize=16)
def blank(lang: str = "en") -> Language:
    """One ``spacy.blank(lang)`` per process and language: a pack's default pipeline is built on
    it, and its lexicon phrases are tokenised with its tokenizer (building a blank pipeline takes
    about 0.25 s)."""
    import spacy

    return spacy.blank(lang)


def blank_english() -> Language:
    """:func:`blank` for English."""
    return blank("en")


def _phrase_words(term: str, pack: Pack) -> tuple[str, ...]:
    doc = blank(pack.spacy_lang).make_doc(term)
    return tuple(w for w in normalise_doc(doc, None, normaliser(pack)).words if w not in MARKERS)


@cache
def _load_lexicon(pack: Pack) -> Lexicon:
    words: dict[str, Entry] = {}
    stems: dict[str, Entry] = {}
    phrases: dict[str, list] = {}
    n_phr = 0
    rows = pack.depth_rows
    first_person = pack.word_set("first_person")
    stem = normaliser(pack).stem
    for term, tier, cats, pol in rows:
        anchor_start = term.startswith("^")
        anchor_end = term.endswith("$")
        plain = term.strip("^$")
        ws = _phrase_words(plain, pack)
        self_ref = any(w in first_person for w in ws)
        entry = Entry(plain, tier, cats, pol, self_ref)
        if len(ws) == 1 and not (anchor_start or anchor_end):
            words.setdefault(ws[0], entry)
            st = stem(ws[0])
            old = stems.get(st)
            if old is None or old.tier < tier:
                stems[st] = entry
        else:
            n_phr += len(ws) > 1
            key = tuple(stem(w) for w in ws)
            phrases.setdefault(key[0], []).append((key, entry, anchor_start, anchor_end))
    index: dict[str, dict[str, list]] = {}
    anchored: dict[str, list] = {}
    for first, cands in phrases.items():
        for cand in cands:
            if len(cand[0]) == 1:
                anchored.setdefault(first, []).append(cand)
            else:
                index.setdefault(first, {}).setdefault(cand[0][1], []).append(cand)
    frozen = {
        f: {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in sub.items()}
        for f, sub in index.items()
    }
    return Lexicon(
        words,
        stems,
        frozen,
        {k: tuple(v) for k, v in anchored.items()},
        len(rows),
        n_phr,
        pack=pack,
    )


def load_lexicon(language: str = "en") -> Lexicon:
    """Read the depth lexicon of ``language`` (its pack's ``depth.tsv``) and index it, once per
    process (phrases normalised like chat text)."""
    return _load_lexicon(load_pack(language))
