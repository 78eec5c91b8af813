"""First-person feeling statements, and function-word counts for style matching."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analyzer.nlp.acts import ActRules, Acts, act_rules, parsed_sentences, question_form
from analyzer.nlp.lexicon import LexResult
from analyzer.nlp.normalise import FW_CATEGORIES, ChatText, function_word_map
from analyzer.nlp.pack import Pack, english

# --------------------------------------------------------------------------------------------
# first-person feeling statements
# --------------------------------------------------------------------------------------------


class Feeling(NamedTuple):
    """First-person feeling statement of one message (``doc._.chat_feeling``)."""

    feeling: bool
    tier: int  # deepest tier among the statement's terms (0 when none)
    negative: bool  # some of the statement's terms are negative (or a negated positive)
    positive: bool  # some of the statement's terms are positive (not negated)
    # a vulnerable negative statement followed by "lol"/"haha"/"jk", or a negative one taken back
    # after it ("me estrese un poco, pero bien": words.json "feeling_taken_back")
    laughed_off: bool


class FeelingRules(NamedTuple):
    """One language's words for first-person feeling statements (``words.json``)."""

    acts: ActRules
    subjects: frozenset[str]  # "i", "myself"
    objects: frozenset[str]  # "me" ("it makes me sad", "scares me")
    subjects_after: frozenset[str]  # Hindi "(bahut stress) hai", "(ro diya) ."
    person_nouns: frozenset[str]  # "mummy", "boss" (experiencer.json): a feeling's own subject
    make_verbs: frozenset[str]
    other_subjects: frozenset[str]
    dummy_subjects: frozenset[str]
    elided_ok: frozenset[str]
    if_words: frozenset[str]
    if_ok_before: frozenset[str]
    wellbeing: frozenset[str]
    negative_imperative: tuple[tuple[str, ...], ...]
    feel_like_frames: tuple[str, ...]
    not_word: frozenset[str]
    laugh_words: frozenset[str]
    taken_back: tuple[tuple[str, ...], ...]  # "pero ya esta", "y ya" after one's own feeling


@cache
def feeling_rules(pack: Pack) -> FeelingRules:
    """The :class:`FeelingRules` of ``pack`` (built once per pack)."""
    return FeelingRules(
        acts=act_rules(pack),
        subjects=pack.word_set("feeling_subjects"),
        objects=pack.word_set("feeling_objects"),
        subjects_after=pack.word_set("feeling_subjects_after"),
        person_nouns=frozenset(pack.experiencer.get("person_nouns", ())),
        make_verbs=pack.word_set("make_verbs"),
        other_subjects=pack.word_set("other_subjects"),
        dummy_subjects=pack.word_set("dummy_subjects"),
        elided_ok=pack.word_set("elided_ok"),
        if_words=pack.word_set("if_words"),
        if_ok_before=pack.word_set("if_ok_before"),
        wellbeing=pack.word_set("wellbeing"),
        negative_imperative=pack.phrases("negative_imperative"),
        feel_like_frames=tuple(pack.words["feel_like_frames"]),
        not_word=pack.word_set("not_word"),
        laugh_words=pack.word_set("laugh_words"),
        taken_back=pack.phrases("feeling_taken_back"),
    )


def _taken_back(words: tuple[str, ...], end: int, r: FeelingRules) -> bool:
    """A phrase of ``r.taken_back`` after words[end - 1] that closes its clause (the message's
    end, a marker or laughter follows it): "me estrese un poco , pero bien", "... y ya"."""
    for p in r.taken_back:
        n = len(p)
        for k in range(end, len(words) - n + 1):
            after = words[k + n] if k + n < len(words) else "."
            if words[k : k + n] == p and (after in (".", ",", "?") or after in r.laugh_words):
                return True
    return False


def _first_person_before(words: tuple[str, ...], start: int, s0: int, r: FeelingRules) -> bool:
    """A first-person subject leads up to words[start] within its sentence (window of 8)."""
    lo = max(s0, start - 8)
    for j in range(start - 1, lo - 1, -1):
        w = words[j]
        if w in r.subjects or (w in r.objects and j > 0 and words[j - 1] in r.make_verbs):
            return True
        if w in r.other_subjects and not (
            w in r.dummy_subjects
            and j + 2 < len(words)
            and words[j + 1] in r.make_verbs
            and words[j + 2] in r.objects
        ):
            return False  # "it gets so draining" has no first person; "it makes me sad" has
    return False


def _no_other_subject(words: tuple[str, ...], s0: int, start: int, r: FeelingRules) -> bool:
    """No one but the writer can be the subject of the feeling at words[start], in a language
    that drops the subject and puts the verb after the feeling ("paison ko leke bahut stress
    hai" is the writer's): no other subject before it in the sentence, and no person noun right
    before it ("mummy bahut udaas hai"; "bhai ki chinta ho rahi hai" is the writer's worry)."""
    before = words[s0:start]
    if not r.other_subjects.isdisjoint(before):
        return False
    return not any(
        w in r.person_nouns and r.elided_ok.issuperset(before[k + 1 :])
        for k, w in enumerate(before)
    )


_NO_FEELING = Feeling(False, 0, False, False, False)


def detect_feeling(
    text: ChatText, lex: LexResult, acts: Acts, r: FeelingRules | None = None
) -> Feeling:
    """First person near a tier >= 2 term, outside questions and conditions, by the rules ``r``
    of the message's language (English by default).

    A negated state is still a disclosure ("I'm not okay", "I don't think I'm okay" -> tier 3).
    "I feel like" followed by a complaint about the partner is a tier-2 statement.
    """
    if not lex.matches:
        return _NO_FEELING
    if r is None:
        r = feeling_rules(english())
    words = text.words
    ar = r.acts
    sents = parsed_sentences(words, ar, text.exclaimed)
    feeling = False
    tier = 0
    negative = False
    positive = False
    laughed_off = False
    for s0, s1, qmark, clauses, asking in sents:
        if not any(s0 <= m.start < s1 for m in lex.matches):
            continue  # nothing to judge in this sentence
        if qmark and not asking and clauses:
            asking = [clauses[-1]]
        if asking and question_form(words, s0, s1, ar):
            asking = clauses  # the whole sentence is worded as a question
        for m in lex.matches:
            if not (s0 <= m.start < s1):
                continue
            if any(c0 <= m.start < c1 for c0, c1 in asking):
                continue
            if m.start in lex.readers or m.start in lex.generic:
                continue  # the reader's feeling ("you seem so sad") or a general one inside
                # support ("feeling low after that is normal"), not the writer's
            # an imperative ("don't worry about me", "don't be sad") speaks to the other
            if any(
                c0 <= m.start < c1
                and any(words[c0 : c0 + len(p)] == p for p in r.negative_imperative)
                for c0, c1 in clauses
            ):
                continue
            e = m.entry
            t = e.tier
            if m.negated and words[m.start] in r.wellbeing:
                t = 3
            crit = "criticism" in e.cats or "complaint" in e.cats
            if t < 2 and not crit:
                continue
            before = words[s0 : m.start]
            if any(
                w in r.if_words and (k == 0 or before[k - 1] not in r.if_ok_before)
                for k, w in enumerate(before)
            ):
                continue
            if crit:
                if t < 2:
                    # "I feel like you never listen"
                    joined = " ".join(before)
                    if any(frame in joined for frame in r.feel_like_frames):
                        feeling, tier, negative = True, max(tier, 2), True
                    continue
            if "support" in e.cats or "validation" in e.cats or "reassurance" in e.cats:
                continue
            first = e.self_ref
            if not first:
                first = _first_person_before(words, m.start, s0, r)
            if not first and m.end < s1 and words[m.end] in r.objects:
                first = True
            # the word after the feeling; the end of the message reads as a full stop
            if not first and (words[m.end] if m.end < len(words) else ".") in r.subjects_after:
                first = _no_other_subject(words, s0, m.start, r)
            if not first:
                # elided subject ("so happy for you"), unless the term is itself the subject
                # of a verb ("crying won't fix anything")
                after = words[m.end] if m.end < s1 else ""
                first = (
                    r.elided_ok.issuperset(before)
                    and after not in ar.aux
                    and after not in r.not_word
                )
            if not first:
                continue
            feeling = True
            tier = max(tier, t)
            if e.polarity < 0 or (m.negated and e.polarity > 0):
                negative = True
            elif e.polarity > 0 and not m.negated:
                positive = True
            if t >= 3 and e.polarity < 0 and not m.negated:
                after = words[m.end : s1 + 2]
                if not r.laugh_words.isdisjoint(after):
                    laughed_off = True
            if e.polarity < 0 and not m.negated and r.taken_back and _taken_back(words, m.end, r):
                laughed_off = True
    return Feeling(feeling, tier, negative, positive, laughed_off)


# --------------------------------------------------------------------------------------------
# function words
# --------------------------------------------------------------------------------------------


def count_function_words(text: ChatText, table: dict[str, int] | None = None) -> tuple[int, ...]:
    """Counts per :data:`FW_CATEGORIES` over the normalised words (``table``: a language's
    :func:`~analyzer.nlp.normalise.function_word_map`, English by default)."""
    if table is None:
        table = function_word_map()
    counts = [0] * len(FW_CATEGORIES)
    for w in text.words:
        idx = table.get(w)
        if idx is not None:
            counts[idx] += 1
    return tuple(counts)
