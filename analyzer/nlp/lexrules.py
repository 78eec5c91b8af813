"""One language's words for the depth-lexicon matcher (``words.json`` of its pack): negation,
intensifiers a phrase may skip, laughter, concessions, the owner of "don't worry", the words a
reflection never names, and the rule that reads "sorry" by what follows it; with the language's
"whose feeling" words and response patterns. Built once per pack (:func:`lex_rules`) and held by
its :class:`~analyzer.nlp.lexicon_index.Lexicon`, so matching never looks a language up."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import NamedTuple

from analyzer.nlp import experiencer as _exp
from analyzer.nlp import patterns as _patterns
from analyzer.nlp.normalise import MARKERS, SENT_END, normaliser
from analyzer.nlp.pack import Pack, english


class SorryRules(NamedTuple):
    """The words of the rule that reads "sorry" by what follows it (``words.json`` "sorry")."""

    terms: frozenset[str]
    but: frozenset[str]
    formula_phrases: tuple[tuple[str, ...], ...]
    vocative: frozenset[str]
    refusal: frozenset[str]
    not_sorry: tuple[tuple[str, ...], ...]
    pardon: frozenset[str]
    to: frozenset[str]
    formula_after_to: frozenset[str]
    sympathy_after_to: frozenset[str]
    for_: frozenset[str]
    for_what: frozenset[str]
    own_after_what: frozenset[str]
    for_the: frozenset[str]
    sympathy_after_the: frozenset[str]
    sympathy_after_for: frozenset[str]
    that_you: frozenset[str]
    own_after_that_you: frozenset[str]
    own_next: frozenset[str]  # a subject right after "sorry" that makes it an apology ("sorry i")
    sympathy_next: frozenset[str]


class LexRules(NamedTuple):
    """One language's words for matching and settling the depth lexicon (``words.json``)."""

    negators: frozenset[str]
    negator_next_only: frozenset[str]  # "no": negates only the next word or the one after
    negation_stops: frozenset[str]  # end a negation's reach ("I don't know why I'm sad")
    #: negators that follow what they negate (Hindi "koi chinta nahi", "khush nahi hoon")
    negators_after: frozenset[str]
    #: negators cancelled by a negator before them in their clause, a double negation
    #: ("could not move *without* being in pain": the pain is there)
    negators_cancelled: frozenset[str]
    skippable: frozenset[str]  # a phrase may skip these in the text ("feeling pretty down")
    no_interjection: frozenset[str]
    laugh_words: frozenset[str]
    laugh_cry: frozenset[str]
    concede_terms: frozenset[str]
    concede_with: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]
    about_self_words: frozenset[str]
    about_self_pairs: frozenset[tuple[str, ...]]
    not_naming: frozenset[str]
    reader_term_prefixes: tuple[str, ...]  # a term with a word starting so names the reader
    #: feeling terms that name a physical state when a thing follows ("broken hip")
    object_senses: frozenset[str]
    object_sense_after: frozenset[str]  # those things, as light stems ("hip", "garlic")
    #: what may stand between the two, as light stems: the pack's personal pronouns, articles
    #: and quantifiers (function_words.json: "my", "the", "some")
    object_sense_skip: frozenset[str]
    sorry: SorryRules
    experiencer: _exp.ExperiencerRules  # the "whose feeling" rule's words
    find_patterns: Callable[[tuple[str, ...]], list]  # the pack's response patterns
    feeling_cache: dict  # Entry -> whether its experiencer is decided by the clause


def _pattern_finder(pack: Pack) -> Callable[[tuple[str, ...]], list]:
    """``patterns.find`` for the pack's language (its ``patterns.toml``; none: no patterns),
    with the pack's own first-person words."""
    return partial(_patterns.find, language=pack.code, first_person=pack.word_set("first_person"))


@cache
def lex_rules(pack: Pack) -> LexRules:
    """The :class:`LexRules` of ``pack`` (built once per pack)."""
    w = pack.words
    sorry = w["sorry"]

    def sset(key: str) -> frozenset[str]:
        return frozenset(sorry[key])

    def sphrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.split()) for p in sorry[key])

    second = pack.word_set("second_person")
    stem = normaliser(pack).stem
    return LexRules(
        negators=pack.word_set("negators"),
        negator_next_only=pack.word_set("negator_next_only"),
        negation_stops=pack.word_set("negation_stops"),
        negators_after=pack.word_set("negators_after"),
        negators_cancelled=pack.word_set("negators_cancelled"),
        # matched against stems in a phrase ("so fucking angry": "fuck"), against words in negation
        skippable=pack.word_set("skippable") | {stem(w) for w in pack.word_set("skippable")},
        no_interjection=pack.word_set("no_interjection"),
        laugh_words=pack.word_set("laugh_words"),
        laugh_cry=pack.word_set("laugh_cry"),
        concede_terms=pack.word_set("concede_terms"),
        concede_with=pack.word_set("concede_with"),
        first_person=pack.word_set("first_person"),
        second_person=second,
        about_self_words=pack.word_set("about_self_words"),
        about_self_pairs=frozenset(pack.phrases("about_self_pairs")),
        not_naming=MARKERS | second | pack.word_set("not_naming"),
        reader_term_prefixes=tuple(w["reader_term_prefixes"]),
        object_senses=pack.word_set("object_senses"),
        object_sense_after=frozenset(map(stem, w["object_sense_after"])),
        object_sense_skip=frozenset(
            stem(x) for c in ("ppron", "article", "quant") for x in pack.function_words.get(c, ())
        ),
        sorry=SorryRules(
            terms=sset("terms"),
            but=sset("but"),
            formula_phrases=sphrases("formula_phrases"),
            vocative=sset("vocative"),
            refusal=sset("refusal"),
            not_sorry=sphrases("not_sorry"),
            pardon=sset("pardon"),
            to=sset("to"),
            formula_after_to=sset("formula_after_to"),
            sympathy_after_to=sset("sympathy_after_to"),
            for_=sset("for"),
            for_what=sset("for_what"),
            own_after_what=sset("own_after_what"),
            for_the=sset("for_the"),
            sympathy_after_the=sset("sympathy_after_the"),
            sympathy_after_for=sset("sympathy_after_for"),
            that_you=sset("that_you"),
            own_after_that_you=sset("own_after_that_you"),
            own_next=sset("own_next"),
            sympathy_next=sset("sympathy_next"),
        ),
        experiencer=_exp.load_rules(pack.code),
        find_patterns=_pattern_finder(pack),
        feeling_cache={},
    )


#: English's negators (each pack has its own ``negators``).
NEGATORS = english().word_set("negators")


def sorry_category(
    words: tuple[str, ...], end: int, has_support: bool, default: str, sorry: SorryRules
) -> str | None:
    """What "sorry" (or "i'm so sorry") means by what follows it: ``repair`` for one's own act,
    ``support`` for sympathy, None for a formula ("sorry, but ...", "sorry to say ...")."""
    n = len(words)
    nxt = words[end] if end < n else ""
    # "sorry but", "sorry, but", "I'm sorry ma'am, but": a formula before disagreeing
    for k in range(end, min(end + 3, n)):
        if words[k] in sorry.but:
            return None
        if words[k] in SENT_END:
            break
    after = words[end + 1] if end + 1 < n else ""
    k = end + 1 if nxt == "," else end
    if any(words[k : k + len(p)] == p for p in sorry.formula_phrases):
        return None  # "sorry, I have to ask": a formula
    while k < n and words[k] in sorry.vocative:
        k += 1
    if k < n and words[k] == ",":
        k += 1
    first = words[k] if k < n else ""
    if first in sorry.refusal or any(words[k : k + len(p)] == p for p in sorry.not_sorry):
        return None  # "sorry, no", "sorry man, not happening", "sorry not sorry"
    if first in sorry.pardon and "?" in words[k:]:
        return None  # "sorry, where is that?": a pardon before a question
    if nxt in sorry.to:
        if after in sorry.formula_after_to:
            return None
        return "support" if after in sorry.sympathy_after_to else default
    if has_support:
        return "support"
    if nxt in sorry.own_next:
        return "repair"  # "so sorry i forgot your birthday": one's own act
    if nxt in sorry.for_:
        third = words[end + 2] if end + 2 < n else ""
        if after in sorry.for_what:
            return "repair" if third in sorry.own_after_what else "support"
        if after in sorry.for_the:
            return "support" if third in sorry.sympathy_after_the else "repair"
        if after in sorry.sympathy_after_for:
            return "support"
        return "repair"
    if nxt in sorry.that_you:
        return "repair" if after in sorry.own_after_that_you else "support"
    if nxt in sorry.sympathy_next:
        return "support"
    return default


def object_follows(stems: tuple[str, ...], end: int, rules: LexRules) -> bool:
    """A thing of ``object_sense_after`` follows a match ending at ``end``, with at most two
    words of ``object_sense_skip`` between: "hurt my knee", "crushed garlic", "a broken hip"."""
    for k in range(end, min(end + 3, len(stems))):
        if stems[k] in rules.object_sense_after:
            return True
        if stems[k] not in rules.object_sense_skip:
            return False
    return False
