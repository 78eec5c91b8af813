"""The depth lexicon's matches of one message and what they count for in context: whose feeling
each is, the reflections, the categories that depend on the message. The lexicon read and indexed
is in :mod:`~analyzer.nlp.lexicon_index`, the matching with negation scope in
:mod:`~analyzer.nlp.lexicon_scan` (both re-exported here), the words each language's rules read in
:mod:`~analyzer.nlp.lexrules`."""

from __future__ import annotations

from typing import NamedTuple

from analyzer.nlp import experiencer as _exp
from analyzer.nlp import mockery as _mock
from analyzer.nlp import patterns as _patterns
from analyzer.nlp.lexicon_index import Entry as Entry
from analyzer.nlp.lexicon_index import Lexicon as Lexicon
from analyzer.nlp.lexicon_index import blank as blank
from analyzer.nlp.lexicon_index import blank_english as blank_english
from analyzer.nlp.lexicon_index import load_lexicon as load_lexicon
from analyzer.nlp.lexicon_scan import Match as Match
from analyzer.nlp.lexicon_scan import _negated, _phrase_at, _scan, _word_at
from analyzer.nlp.lexrules import NEGATORS as NEGATORS  # English's, kept under its old name
from analyzer.nlp.lexrules import LexRules, sorry_category
from analyzer.nlp.normalise import CAT_INDEX, CATEGORIES, SENT_END, ChatText
from analyzer.nlp.pack import english


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


#: English's words for the reader (each pack has its own ``second_person``).
SECOND_PERSON = english().word_set("second_person")


_NO_MATCHES = LexResult((), 0, (0,) * len(CATEGORIES), ())


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


def _in_support_sentence(
    m: Match, found: list[Match], words: tuple[str, ...], about_self: bool = False
) -> bool:
    """A support or validation pattern shares ``m``'s sentence, or a reassurance said to the
    reader ("don't worry, he's more afraid of you": not about oneself, ``about_self``)."""
    for p in found:
        cats = p.entry.cats
        if (
            p.entry.term[0] == "~"
            and not p.negated
            and (
                "support" in cats or "validation" in cats or ("reassure" in cats and not about_self)
            )
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
            if who in (_exp.THIRD, _exp.UNDECIDED) and _in_support_sentence(
                m, found, words, context.about_self
            ):
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
            and _reader_bond(words, m, exp_rules)
            and exp_rules.writer.isdisjoint(words[_sentence_start(words, m.start) : m.start])
        ):
            # a bond or an event with the reader as its subject ("you miss the people", "you
            # missed the point", "you're gonna miss her so much"): the reader's, not the
            # writer's, and no reflection; not inside the writer's own feeling ("I'm scared
            # you're going to leave")
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
    hostile = any(cats[i] for i in _HOSTILE)
    supportive = reflected or cats[CAT_INDEX["support"]] or cats[CAT_INDEX["validation"]]
    if supportive and _mock.mocking(words, raw, hostile, exp_rules):
        # "u got this... said no one ever", "ur so brave 🙄", "Look at you, Mr Independent!
        # You're such a big boy!": praise and wishes in mockery, no support of any kind
        cats[CAT_INDEX["support"]] = cats[CAT_INDEX["validation"]] = 0
        reflected = []
        if not hostile:
            # still an act toward the reader, a dismissal (as a brush-off "sorry" is), never
            # the writer's own statement for the emotion model to raise
            cats[CAT_INDEX["invalidation"]] += 1
    if reflected and hostile:
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


def _reader_bond(words: tuple[str, ...], m: Match, rules: _exp.ExperiencerRules) -> bool:
    """The reader is the subject of a bond or an event: as a state ("you miss the people") or
    through a verb phrase ("you're gonna *miss* her"); not as the passive's subject ("you will
    *be* missed": the others' feeling)."""
    who, how = _exp.experiencer(words, m.start, m.end, rules)
    if who != _exp.READER or how == _exp.BY_FRAME:
        return False
    if how == _exp.BY_SUBJECT:
        return True
    k = m.start - 1
    while k >= 0 and len(words[k]) > 4 and words[k].endswith(rules.state_suffixes):
        k -= 1  # "you'll be *surely* missed"
    return not (k >= 0 and words[k] in rules.copulas)


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
