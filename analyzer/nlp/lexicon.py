"""The depth lexicon: its entries, longest-first matching with negation scope, and what the
matches count for in context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language

from analyzer.nlp import experiencer as _exp
from analyzer.nlp import patterns as _patterns
from analyzer.nlp.normalise import (
    CAT_INDEX,
    CATEGORIES,
    FIRST_PERSON,
    LAUGH_WORDS,
    MARKERS,
    SENT_END,
    ChatText,
    lexicon_rows,
    normalise_doc,
    stem,
)

# --------------------------------------------------------------------------------------------
# the depth lexicon
# --------------------------------------------------------------------------------------------


class Entry(NamedTuple):
    """One lexicon row."""

    term: str
    tier: int
    cats: tuple[str, ...]
    polarity: int
    self_ref: bool  # the phrase itself says who feels it ("hurt my feelings", "miss you")
    role: str = ""  # a token pattern's role (patterns.ROLES): whose feeling its words are


NEGATORS = frozenset({"not", "never", "no", "hardly", "barely", "without", "nor", "neither"})
#: Words that end a negation's reach even inside a clause ("I don't know why I'm sad").
_NEG_STOP = frozenset({
    "know", "why", "but", "if", "because", "when", "though", "although", "so", "and", "that",
    "what", "how", "who", "until", "since", "anymore",
})  # fmt: skip
#: Words a phrase may skip in the text ("feeling pretty down" matches "feel down").
_SKIPPABLE = frozenset({
    "so", "really", "very", "pretty", "super", "kind", "of", "kinda", "totally", "extremely",
    "quite", "just", "truly", "honestly", "completely", "absolutely", "literally", "even", "a",
    "bit", "little", "too", "bloody", "fucking", "damn", "still", "always",
})  # fmt: skip


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

    def __post_init__(self) -> None:
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


@lru_cache(maxsize=1)
def blank_english() -> Language:
    """One ``spacy.blank("en")`` per process: the default pipeline is built on it, and lexicon
    phrases are tokenised with its tokenizer (building a blank pipeline takes about 0.25 s)."""
    import spacy

    return spacy.blank("en")


def _phrase_words(term: str) -> tuple[str, ...]:
    return tuple(w for w in normalise_doc(blank_english().make_doc(term)).words if w not in MARKERS)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``lexicons/depth_en.tsv`` and index it (phrases normalised like chat text)."""
    words: dict[str, Entry] = {}
    stems: dict[str, Entry] = {}
    phrases: dict[str, list] = {}
    n_phr = 0
    rows = lexicon_rows()
    for term, tier, cats, pol in rows:
        anchor_start = term.startswith("^")
        anchor_end = term.endswith("$")
        plain = term.strip("^$")
        ws = _phrase_words(plain)
        self_ref = any(w in FIRST_PERSON for w in ws)
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
        words, stems, frozen, {k: tuple(v) for k, v in anchored.items()}, len(rows), n_phr
    )


class Match(NamedTuple):
    start: int  # index into ChatText.words
    end: int
    entry: Entry
    negated: bool


class LexResult(NamedTuple):
    """Lexicon matches of one message (``doc._.chat_lex``)."""

    matches: tuple[Match, ...]
    tier: int  # deepest tier among non-negated matches (0 when none)
    cats: tuple[int, ...]  # counts per :data:`CATEGORIES`
    emotion_terms: tuple[str, ...]  # terms of tier >= 2, not negated ("miss_you")
    #: feeling terms whose experiencer is the reader, said as a reflection ("you seem
    #: *exhausted*"): they count as validation, never as the writer's tier or emotion terms
    reflected: tuple[str, ...] = ()
    #: start indices (into ``matches``' words) of feeling matches whose experiencer is the
    #: reader, reflections and questions alike ("are you *sad*?"): not the writer's feeling
    readers: frozenset[int] = frozenset()


def _match_phrase(stems: tuple[str, ...], i: int, key: tuple[str, ...]) -> int:
    """End index if ``key`` matches at ``i`` (skipping intensifiers inside), else -1."""
    n = len(stems)
    j = i
    for k, p in enumerate(key):
        if k:
            while j < n and stems[j] != p and stems[j] in _SKIPPABLE:
                j += 1
        if j >= n or stems[j] != p:
            return -1
        j += 1
    return j


def _negated(words: tuple[str, ...], start: int, reach: int = 4) -> bool:
    j = start - 1
    steps = 0
    while j >= 0 and steps < reach:
        w = words[j]
        if w in MARKERS or w in _NEG_STOP:
            return False
        if w in NEGATORS:
            if w == "no" and j > 0 and words[j - 1] in _NO_INTERJECTION:
                return False  # "oh no you must be so worried": an interjection, not a negator
            # "no" negates only what it stands right before ("no worries", "no real idea"),
            # not a following clause ("oh no is she ok")
            return w != "no" or steps < 2
        j -= 1
        steps += 1
    return False


_NO_INTERJECTION = frozenset({"oh", "ah", "aw", "aww", "omg", "god", "ohh"})
_LAUGH_CRY = frozenset({"cry", "cried", "crying", "tears", "sobbing", "dying"})
_LAUGH_EMOJI = ("😂", "🤣", "😆", "😹")


def _laughing(words: tuple[str, ...], raw: str) -> bool:
    return not LAUGH_WORDS.isdisjoint(words) or any(e in raw for e in _LAUGH_EMOJI)


_CONCEDE_TERMS = frozenset({"you're right", "you were right", "you have a point"})
_SORRY_TERMS = frozenset({"sorry", "i'm sorry", "so sorry", "i'm so sorry"})
#: "sorry to say / to tell you / to break it to you": a formula, neither apology nor sympathy
_SORRY_FORMULA = frozenset({
    "say", "tell", "break", "burst", "inform", "be", "disappoint", "report", "point",
})  # fmt: skip
#: words after "sorry" that refuse or disagree: "sorry, no", "sorry, not happening"
_SORRY_REFUSAL = frozenset({"no", "nope", "not", "nah"})
#: "sorry, what ...?": a pardon before a question
_SORRY_PARDON = frozenset({"what", "where", "who", "how", "which", "when", "whats", "wat"})
#: a form of address between "sorry" and what follows ("sorry man, ...")
_SORRY_VOCATIVE = frozenset({"man", "dude", "bro", "mate", "buddy", "bud", "friend", "my", "pal"})
_SORRY_SEE = frozenset({"hear", "see", "learn", "read", "know", "hearing", "find"})
#: "sorry for / about" + these: sympathy ("sorry for your loss", "sorry about your dad")
_SORRY_FOR_OTHER = frozenset({
    "your", "his", "her", "their", "you", "the", "what", "everything", "all", "them", "him",
    "yours",
})  # fmt: skip


def _sorry_category(
    words: tuple[str, ...], end: int, has_support: bool, default: str
) -> str | None:
    """What "sorry" (or "i'm so sorry") means by what follows it: ``repair`` for one's own act,
    ``support`` for sympathy, None for a formula ("sorry, but ...", "sorry to say ...")."""
    n = len(words)
    nxt = words[end] if end < n else ""
    # "sorry but", "sorry, but", "I'm sorry ma'am, but": a formula before disagreeing
    for k in range(end, min(end + 3, n)):
        if words[k] == "but":
            return None
        if words[k] in SENT_END:
            break
    after = words[end + 1] if end + 1 < n else ""
    k = end + 1 if nxt == "," else end
    if words[k : k + 3] == ("i", "have", "to"):
        return None  # "sorry, I have to ask": a formula
    while k < n and words[k] in _SORRY_VOCATIVE:
        k += 1
    if k < n and words[k] == ",":
        k += 1
    first = words[k] if k < n else ""
    if first in _SORRY_REFUSAL or (first == "not" and words[k + 1 : k + 2] == ("sorry",)):
        return None  # "sorry, no", "sorry man, not happening", "sorry not sorry"
    if first in _SORRY_PARDON and "?" in words[k:]:
        return None  # "sorry, where is that?": a pardon before a question
    if nxt == "to":
        if after in _SORRY_FORMULA:
            return None
        return "support" if after in _SORRY_SEE else default
    if has_support:
        return "support"
    if nxt in ("for", "about"):
        third = words[end + 2] if end + 2 < n else ""
        if after == "what":
            return "repair" if third in ("i", "we") else "support"
        if after == "the":
            return "support" if third in ("loss", "losses", "pain") else "repair"
        if after in _SORRY_FOR_OTHER:
            return "support"
        return "repair"
    if nxt in ("you", "that"):
        return "repair" if after in ("i", "we", "feel") else "support"
    if nxt in ("she", "he", "they", "your"):
        return "support"
    return default


SECOND_PERSON = frozenset({"you", "your", "yourself", "yours"})


_NO_MATCHES = LexResult((), 0, (0,) * len(CATEGORIES), ())


@cache
def _pattern_entry(pat: _patterns.Pattern) -> Entry:
    return Entry("~" + pat.family, 1, pat.cats, pat.polarity, False, pat.role)


def match_lexicon(text: ChatText, raw: str, lex: Lexicon) -> LexResult:
    """Longest-first lexicon matching over the stems of one message, with negation scope
    (:func:`_scan`), then what the matches count for in context (:func:`_tally`)."""
    found = _scan(text.words, text.stems, raw, lex)
    if not found and "🙄" not in raw:
        return _NO_MATCHES
    return _tally(found, text.words, raw, text.stems, lex)


def _scan(words: tuple[str, ...], stems: tuple[str, ...], raw: str, lex: Lexicon) -> list[Match]:
    """Every match, left to right: a token pattern where one starts, else the longest lexicon
    entry starting at the word; a pattern wins over a phrase that would run into it."""
    n = len(stems)
    out: list[Match] = []
    i = 0
    starts, lex_words = lex.starts, lex.words
    stem_set = None
    found = _patterns.find(words)
    pat_at = {a: (b, pat) for a, b, pat in found}
    next_pat = found[0][0] if found else n + 1
    k_pat = 0
    while i < n:
        if i >= next_pat:
            b, pat = pat_at[next_pat]
            if i == next_pat:
                out.append(Match(i, b, _pattern_entry(pat), _negated(words, i, 3)))
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
            hit = _phrase_at(stems, i, sub, lex.key_sets, stem_set)
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
        if entry.term in _LAUGH_CRY and _laughing(words, raw):
            i = end  # "I'm crying 😂" is laughter, not tears
            continue
        neg = entry.term.split()[0] not in NEGATORS and _negated(words, i)
        out.append(Match(i, end, entry, neg))
        i = end
    return out


def _phrase_at(stems, i: int, sub: dict, key_sets: dict, stem_set: frozenset):
    """The longest phrase starting at ``i`` (its second word may follow skippable words), as
    ``(end, entry)``, or None."""
    n = len(stems)
    groups = [sub.get(stems[i + 1], ())]
    j = i + 1
    while j < n and stems[j] in _SKIPPABLE:
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
            end = _match_phrase(stems, i, key)
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


#: Categories of a feeling (whose experiencer :mod:`~analyzer.nlp.experiencer` decides).
FEELING_CATEGORIES = frozenset({
    "hard", "soft", "flat", "fear", "joy", "affection", "loneliness", "disappointment",
})  # fmt: skip
#: Categories of an act towards the other: a match with one is never a feeling of the reader.
_ACT_CATEGORIES = frozenset({
    "support", "validation", "repair", "criticism", "complaint", "invalidation", "defensiveness",
    "reassurance", "hedge", "gratitude", "minimise", "reassure",
})  # fmt: skip
#: Categories that make a message hostile: a feeling named of the reader there is no reflection.
_HOSTILE = tuple(CAT_INDEX[c] for c in ("criticism", "invalidation", "complaint", "defensiveness"))


@cache
def _is_feeling(e: Entry) -> bool:
    """A feeling whose experiencer the clause decides: not a phrase that names its owner ("hurt
    my feelings", "miss you"), an event or a bond ("going to leave"), a pattern or an act."""
    return (
        not e.self_ref
        and e.term not in _exp.load_rules().not_feelings
        and not any(w.startswith(("you", "ur")) for w in e.term.split())
        and not e.term.startswith("~")
        and (e.tier >= 2 or not FEELING_CATEGORIES.isdisjoint(e.cats))
        and _ACT_CATEGORIES.isdisjoint(e.cats)
    )


def _term_name(term: str) -> str:
    return term.replace(" ", "_").replace("'", "")


def _in_support_sentence(m: Match, found: list[Match], words: tuple[str, ...]) -> bool:
    """A support or validation pattern shares ``m``'s sentence."""
    for p in found:
        if (
            p.entry.term[0] == "~"
            and not p.negated
            and ("support" in p.entry.cats or "validation" in p.entry.cats)
        ):
            lo, hi = min(p.start, m.start), max(p.start, m.start)
            if not SENT_END.intersection(words[lo:hi]):
                return True
    return False


def _own_reaction(m: Match, words, stems, lex: Lexicon, rules) -> list[Match]:
    """The writer's own feeling words inside a sympathy or shared-joy pattern ("I feel *awful*
    for you", "so *happy* for you"), as matches of their own."""
    out = []
    k = m.start
    stem_set = frozenset(stems[m.start : m.end])
    while k < m.end:
        hit = None
        sub = lex.phrases.get(stems[k])
        if sub is not None and k + 1 < m.end:
            hit = _phrase_at(stems[: m.end], k, sub, lex.key_sets, stem_set)
        if hit is None:
            hit = _word_at(words, stems, k, lex)
        if hit is None:
            k += 1
            continue
        end, e = hit
        if e.tier >= 2 and _is_feeling(e):
            who, _how = _exp.experiencer(words, k, end, rules)
            if who in (_exp.WRITER, _exp.UNDECIDED):
                out.append(Match(k, end, e, False))
        k = end
    return out


def _pattern_reflection(m: Match, words, stems, lex: Lexicon) -> list[str]:
    """The feeling words a reflecting pattern ("sounds like you're *exhausted*") names, or its
    last word (the difficulty: "that sounds *hard*") when it holds no feeling word."""
    out = []
    for k in range(m.start, m.end):
        e = lex.words.get(words[k]) or lex.stems.get(stems[k])
        if e is not None and e.tier >= 2 and _is_feeling(e):
            out.append(_term_name(e.term))
    if not out and m.entry.role == "reflection_named":
        for k in range(m.end - 1, m.start - 1, -1):
            if words[k] not in _NOT_NAMING:
                out.append(words[k])
                break
    return out


#: Words that never stand for the difficulty a reflection names.
_NOT_NAMING = (
    MARKERS
    | SECOND_PERSON
    | frozenset({
        "on", "to", "for", "it", "that", "this", "imagine", "why", "how", "see", "understand",
        "get", "like", "feel", "feels", "felt", "feeling", "must", "what", "would",
    })
)  # fmt: skip


def _tally(
    found: list[Match], words: tuple[str, ...], raw: str, stems: tuple[str, ...], lex: Lexicon
) -> LexResult:
    """The deepest tier, the category counts and the emotion terms of the un-negated matches,
    with the categories that depend on context settled (see :func:`_category`). A feeling whose
    experiencer is the reader (:mod:`~analyzer.nlp.experiencer`) is not the writer's: it counts
    for none of these, and as a reflection it counts once as validation."""
    cats = [0] * len(CATEGORIES)
    tier = 0
    terms: list[str] = []
    reflected: list[str] = []
    readers: list[int] = []
    own_matches: list[Match] = []
    rules = _exp.load_rules()
    context = _MatchContext(
        has_support=any(
            not m.negated and ("support" in m.entry.cats or "validation" in m.entry.cats)
            for m in found
        ),
        first_person=not FIRST_PERSON.isdisjoint(words),
        about_self=any("reassure" in m.entry.cats for m in found) and _about_self(words, found),
    )
    for m in found:
        e = m.entry
        if m.negated:
            if _is_feeling(e) and _exp.experiencer(words, m.start, m.end, rules)[0] == _exp.READER:
                readers.append(m.start)  # "don't feel guilty": still the reader's, not a statement
            continue
        if e.role == "own_reaction":
            for own in _own_reaction(m, words, stems, lex, rules):
                # "I feel *awful* for you": the writer's own feeling, at its tier, beside the
                # support it is part of (its categories are not counted again)
                own_matches.append(own)
                tier = max(tier, own.entry.tier)
                terms.append(_term_name(own.entry.term))
        if e.role in _patterns.REFLECTION_ROLES:
            reflected.extend(_pattern_reflection(m, words, stems, lex))
        elif _is_feeling(e):
            who, how = _exp.experiencer(words, m.start, m.end, rules)
            if who in (_exp.THIRD, _exp.UNDECIDED) and _in_support_sentence(m, found, words):
                # "lots of people feel numb at first", "grief does that": part of the support act
                tier = max(tier, 1)
                continue
            if who == _exp.READER:
                readers.append(m.start)
                tier = max(tier, 1)
                if (
                    how
                    and _exp.reflects(words, m.start, rules)
                    and not (how == _exp.BY_SUBJECT and "hard" in e.cats)
                ):
                    reflected.append(_term_name(e.term))
                continue
        tier = max(tier, e.tier)
        if e.tier >= 2:
            terms.append(_term_name(e.term))
        for c in e.cats:
            c = _category(c, m, words, context)
            if c is not None:
                cats[CAT_INDEX[c]] += 1
    if "🙄" in raw and not SECOND_PERSON.isdisjoint(words):
        cats[CAT_INDEX["criticism"]] += 1
    if reflected and any(cats[i] for i in _HOSTILE):
        reflected = []  # "you're so stressed and you never listen": no reflection
    if reflected and not (cats[CAT_INDEX["validation"]] or cats[CAT_INDEX["support"]]):
        cats[CAT_INDEX["validation"]] += 1  # once per message, never on top of other support
    matches = tuple(sorted(found + own_matches)) if own_matches else tuple(found)
    return LexResult(matches, tier, tuple(cats), tuple(terms), tuple(reflected), frozenset(readers))


class _MatchContext(NamedTuple):
    has_support: bool  # the message also supports or validates
    first_person: bool  # it speaks of "I"
    about_self: bool  # "don't worry" is about the writer ("I'm fine, don't worry")


def _about_self(words: tuple[str, ...], found: list[Match]) -> bool:
    return (
        "me" in words
        or "my" in words
        or "myself" in words
        or any(words[k] == "i" and words[k + 1] in ("am", "was") for k in range(len(words) - 1))
        or any(not m.negated and "hedge" in m.entry.cats for m in found)
    )


def _category(c: str, m: Match, words: tuple[str, ...], context: _MatchContext) -> str | None:
    """The category a match counts for in this message (None: it counts for none)."""
    term = m.entry.term
    if c == "minimise":
        return "hedge" if context.first_person else "invalidation"
    if c == "reassure":
        # "don't worry" about oneself ("I'm fine, don't worry") minimises; to the other
        # ("don't worry, you'll get through it") it reassures
        return "hedge" if context.about_self else "support"
    if (
        c == "repair"
        and term in _CONCEDE_TERMS
        and not (context.first_person or "let" in words or "we" in words)
    ):
        return (
            None  # "you're right, this is terrible" agrees; "you're right, I'll do them" concedes
        )
    if term in _SORRY_TERMS:
        return _sorry_category(words, m.end, context.has_support, c)
    return c
