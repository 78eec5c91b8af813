"""The depth lexicon: its entries, longest-first matching with negation scope, and what the
matches count for in context. The words each language's rules read are in
:mod:`~analyzer.nlp.lexrules`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language

from analyzer.nlp import experiencer as _exp
from analyzer.nlp import patterns as _patterns
from analyzer.nlp.lexrules import NEGATORS as NEGATORS  # English's, kept under its old name
from analyzer.nlp.lexrules import LexRules, lex_rules, object_follows, sorry_category
from analyzer.nlp.normalise import (
    CAT_INDEX,
    CATEGORIES,
    MARKERS,
    SENT_END,
    ChatText,
    normalise_doc,
    normaliser,
)
from analyzer.nlp.pack import Pack, english, load_pack

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
    #: start indices of feelings said as part of a support act, of no one in particular ("so
    #: many people feel *numb* at first", "*feeling overwhelmed* after that is normal"): not the
    #: writer's feeling statement either
    generic: frozenset[int] = frozenset()


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
                # not a following clause ("oh no is she ok")
                return steps < 2
            return True
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


#: English's words for the reader (each pack has its own ``second_person``).
SECOND_PERSON = english().word_set("second_person")


_NO_MATCHES = LexResult((), 0, (0,) * len(CATEGORIES), ())


@cache
def _pattern_entry(pat: _patterns.Pattern) -> Entry:
    return Entry("~" + pat.family, 1, pat.cats, pat.polarity, False, pat.role)


def match_lexicon(text: ChatText, raw: str, lex: Lexicon) -> LexResult:
    """Longest-first lexicon matching over the stems of one message, with negation scope
    (:func:`_scan`), then what the matches count for in context (:func:`_tally`)."""
    found = _scan(text.words, text.stems, raw, lex)
    if (
        not found
        and "🙄" not in raw
        and lex.rules.experiencer.causing.keys().isdisjoint(text.stems)
    ):
        return _NO_MATCHES  # (a causing phrase no lexicon entry reads still names a feeling)
    return _tally(found, text.words, raw, text.stems, lex)


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


def _is_feeling(e: Entry, rules: LexRules) -> bool:
    """A feeling whose experiencer the clause decides: not a phrase that names its owner ("hurt
    my feelings", "miss you"), an event or a bond ("going to leave"), a pattern or an act."""
    cache_ = rules.feeling_cache
    found = cache_.get(e)
    if found is None:
        found = cache_[e] = (
            not e.self_ref
            and e.term not in rules.experiencer.not_feelings
            and not any(w.startswith(rules.reader_term_prefixes) for w in e.term.split())
            and not e.term.startswith("~")
            and (e.tier >= 2 or not FEELING_CATEGORIES.isdisjoint(e.cats))
            and _ACT_CATEGORIES.isdisjoint(e.cats)
        )
    return found


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


def _about_third(m: Match, words: tuple[str, ...], rules: _exp.ExperiencerRules) -> bool:
    """A reflecting support or validation match (a reflection pattern, or one opened by "sounds /
    seems" or "must") said of a third party, with no word for the reader from it to the end of
    its sentence: "*he* sounds exhausted every time i call", "*my friend* must be
    so lonely" (not "your dad sounds really painful *for you*", not "my mom says *you*'re doing
    great"). It is no support: the match counts for nothing."""
    e = m.entry
    if m.negated or ("support" not in e.cats and "validation" not in e.cats):
        return False
    if not (
        e.role in _patterns.REFLECTION_ROLES
        or words[m.start] in rules.like_frames
        or words[m.start] in rules.inference
    ):
        return False  # only a reflection ("sounds ...", "must be ...") has an experiencer
    if _exp.experiencer(words, m.start, m.start, rules) != (_exp.THIRD, _exp.BY_SUBJECT):
        return False
    k = m.start
    while k < len(words) and words[k] not in SENT_END:
        if words[k] in rules.reader:
            return False
        k += 1
    return True


def _own_reaction(
    m: Match, words, stems, lex: Lexicon, rules: LexRules, whose=(_exp.WRITER, _exp.UNDECIDED)
) -> list[Match]:
    """The writer's own feeling words inside a sympathy or shared-joy pattern ("I feel *awful*
    for you", "so *happy* for you"), as matches of their own; with ``whose``, the feeling words
    of those experiencers instead (a third party's: "my cousin must be so *lonely*")."""
    out = []
    k = m.start
    stem_set = frozenset(stems[m.start : m.end])
    while k < m.end:
        hit = None
        sub = lex.phrases.get(stems[k])
        if sub is not None and k + 1 < m.end:
            hit = _phrase_at(stems[: m.end], k, sub, lex.key_sets, stem_set, rules.skippable)
        if hit is None:
            hit = _word_at(words, stems, k, lex)
        if hit is None:
            k += 1
            continue
        end, e = hit
        if e.tier >= 2 and _is_feeling(e, rules):
            who, _how = _exp.experiencer(words, k, end, rules.experiencer)
            if who in whose:
                out.append(Match(k, end, e, False))
        k = end
    return out


def _pattern_reflection(m: Match, words, stems, lex: Lexicon) -> list[str]:
    """The feeling words a reflecting pattern ("sounds like you're *exhausted*") names, or its
    last word (the difficulty: "that sounds *hard*") when it holds no feeling word."""
    out = []
    for k in range(m.start, m.end):
        e = lex.words.get(words[k]) or lex.stems.get(stems[k])
        if e is not None and e.tier >= 2 and _is_feeling(e, lex.rules):
            out.append(_term_name(e.term))
    if not out and m.entry.role == "reflection_named":
        not_naming = lex.rules.not_naming
        for k in range(m.end - 1, m.start - 1, -1):
            if words[k] not in not_naming:
                out.append(words[k])
                break
    return out


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
    rules = lex.rules
    exp_rules = rules.experiencer
    if any(_about_third(m, words, exp_rules) for m in found):
        # a reflection said of a third party is no support; the feeling words it holds are that
        # person's ("my cousin must be so *lonely*": a disclosure about one's life)
        kept = []
        for m in found:
            if _about_third(m, words, exp_rules):
                kept.extend(_own_reaction(m, words, stems, lex, rules, (_exp.THIRD,)))
            else:
                kept.append(m)
        found = kept
    sarcastic = _exp.sarcastic(words, exp_rules)
    generic: list[int] = []
    context = _MatchContext(
        has_support=any(
            not m.negated
            and ("support" in m.entry.cats or "validation" in m.entry.cats)
            and m.entry.term not in rules.sorry.terms
            for m in found
        ),
        first_person=not rules.first_person.isdisjoint(words),
        about_self=any("reassure" in m.entry.cats for m in found)
        and _about_self(words, found, rules),
    )
    for m in found:
        e = m.entry
        if m.negated and not (
            exp_rules.causing_let
            and _exp.let_before(words, m.start, exp_rules)
            and _exp.causing_at(words, m.start, exp_rules, stems)
        ):
            if (
                _is_feeling(e, rules)
                and _exp.experiencer(words, m.start, m.end, exp_rules)[0] == _exp.READER
            ):
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
            if (
                sarcastic
                or _exp.tagged(words, m.start, exp_rules)
                or (e.role == "reflection_named" and _exp.task_difficulty(words, m.end, exp_rules))
            ):
                # "must be so tough being you" (sarcasm), "it's getting to you isn't it" (a
                # question), "it must be hard to find parking" (a task, no feeling): no
                # reflection, and no support
                if not _exp.task_difficulty(words, m.end, exp_rules):
                    readers.append(m.start)  # still the reader's feeling, not the writer's
                continue
            reflected.extend(_pattern_reflection(m, words, stems, lex))
        elif _is_feeling(e, rules):
            who, how = _exp.experiencer(words, m.start, m.end, exp_rules)
            if who in (_exp.THIRD, _exp.UNDECIDED) and _in_support_sentence(m, found, words):
                # "lots of people feel numb at first", "grief does that": part of the support act
                tier = max(tier, 1)
                generic.append(m.start)
                continue
            if who == _exp.READER:
                readers.append(m.start)
                tier = max(tier, 1)
                if (
                    how
                    and _exp.reflects(words, m.start, exp_rules)
                    and not (how == _exp.BY_SUBJECT and "hard" in e.cats)
                    and not (
                        how == _exp.BY_SUBJECT
                        and _exp.leads_to_question(
                            words, m.start, m.end, "joy" in e.cats, exp_rules
                        )
                    )
                ):
                    reflected.append(_term_name(e.term))
                continue
        elif (
            e.tier >= 2
            and e.term in exp_rules.not_feelings
            and not e.self_ref
            and _exp.experiencer(words, m.start, m.end, exp_rules) == (_exp.READER, _exp.BY_SUBJECT)
            and exp_rules.writer.isdisjoint(words[_sentence_start(words, m.start) : m.start])
        ):
            # a bond or an event with the reader as its subject ("you miss the people", "you
            # missed the point"): the reader's, not the writer's, and no reflection; not inside
            # the writer's own feeling ("I'm scared you're going to leave")
            readers.append(m.start)
            tier = max(tier, 1)
            continue
        tier = max(tier, e.tier)
        if e.tier >= 2:
            terms.append(_term_name(e.term))
        for c in e.cats:
            c = _category(c, m, words, context, rules)
            if c is not None:
                cats[CAT_INDEX[c]] += 1
    if exp_rules.causing:
        for i, reflection in _caused(found, words, stems, rules):
            readers.append(i)
            tier = max(tier, 1)  # as a lexicon feeling of the reader's counts
            if reflection:
                reflected.append(words[i])
    if sarcastic:
        reflected = []
    if "🙄" in raw and not rules.second_person.isdisjoint(words):
        cats[CAT_INDEX["criticism"]] += 1
    if reflected and any(cats[i] for i in _HOSTILE):
        reflected = []  # "you're so stressed and you never listen": no reflection
    if reflected and not (cats[CAT_INDEX["validation"]] or cats[CAT_INDEX["support"]]):
        cats[CAT_INDEX["validation"]] += 1  # once per message, never on top of other support
    matches = tuple(sorted(found + own_matches)) if own_matches else tuple(found)
    return LexResult(
        matches,
        tier,
        tuple(cats),
        tuple(terms),
        tuple(reflected),
        frozenset(readers),
        frozenset(generic),
    )


def _caused(
    found: list[Match], words: tuple[str, ...], stems: tuple[str, ...], rules: LexRules
) -> list[tuple[int, bool]]:
    """The causing phrases with the reader as object that no lexicon feeling read ("sounds like
    it's wearing you down", "dont let him get to you", "must really bother you"): where each
    starts, and whether it is said as a reflection (not negated, not the writer's own doing as
    in "sorry to bother you", not in a question or a condition)."""
    exp_rules = rules.experiencer
    if exp_rules.causing.keys().isdisjoint(stems):
        return []
    taken = {m.start for m in found if _is_feeling(m.entry, rules)}
    for m in found:
        if m.entry.term[0] == "~":
            taken.update(range(m.start, m.end))  # a pattern already read it
    out = []
    for i, st in enumerate(stems):
        if (
            st in exp_rules.causing
            and i not in taken
            and _exp.causing_at(words, i, exp_rules, stems)
        ):
            out.append((
                i,
                not (_negated(words, i, rules) and not _exp.let_before(words, i, exp_rules))
                and not _exp.caused_by_writer(words, i, exp_rules)
                and _exp.reflects(words, i, exp_rules),
            ))  # fmt: skip
    return out


def _sentence_start(words: tuple[str, ...], i: int) -> int:
    while i > 0 and words[i - 1] not in SENT_END:
        i -= 1
    return i


class _MatchContext(NamedTuple):
    has_support: bool  # the message also supports or validates
    first_person: bool  # it speaks of "I"
    about_self: bool  # "don't worry" is about the writer ("I'm fine, don't worry")


def _about_self(words: tuple[str, ...], found: list[Match], rules: LexRules) -> bool:
    return (
        not rules.about_self_words.isdisjoint(words)
        or any(words[k : k + 2] in rules.about_self_pairs for k in range(len(words) - 1))
        or any(not m.negated and "hedge" in m.entry.cats for m in found)
    )


def _category(
    c: str, m: Match, words: tuple[str, ...], context: _MatchContext, rules: LexRules
) -> str | None:
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
        and term in rules.concede_terms
        and not (context.first_person or not rules.concede_with.isdisjoint(words))
    ):
        return (
            None  # "you're right, this is terrible" agrees; "you're right, I'll do them" concedes
        )
    if term in rules.sorry.terms:
        return sorry_category(words, m.end, context.has_support, c, rules.sorry)
    return c
