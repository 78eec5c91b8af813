"""Sentences, questions, questions about the other, follow-up cues, minimal replies, laughter.

The words every rule reads are the language pack's (``words.json``; keys in
``analyzer/lexicons/README.md``), gathered once per pack in :class:`ActRules`.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analyzer.nlp.lexicon import LexResult
from analyzer.nlp.normalise import MARKERS, SENT_END, ChatText, EmojiCounts
from analyzer.nlp.pack import Pack, english


class ActRules(NamedTuple):
    """One language's words for questions, follow-up cues, minimal replies and laughter."""

    wh: frozenset[str]
    aux: frozenset[str]
    subjects: frozenset[str]
    aux_not_before: dict[str, frozenset[str]]
    aux_skip: frozenset[str]
    leaders: frozenset[str]
    leaders_in_phrase: frozenset[str]
    leader_phrase_starts: frozenset[str]
    reply_no: frozenset[str]
    reply_no_after: frozenset[str]
    wh_exclamation_next: dict[str, frozenset[str]]
    wh_exclamation_after: dict[str, tuple[tuple[str, ...], ...]]  # its entries of several words
    wh_need_verb: frozenset[str]
    wh_verb_next: frozenset[str]
    wh_not_alone: frozenset[str]
    you_question: frozenset[str]
    you_question_next: frozenset[str]
    question_start_pairs: dict[str, frozenset[str]]
    question_start_words: frozenset[str]
    question_tails: frozenset[tuple[str, ...]]
    tail_lengths: tuple[int, ...]
    tag_question_end: frozenset[str]
    not_question: frozenset[tuple[str, ...]]
    wh_inside: frozenset[str]
    wh_inside_verb: frozenset[str]
    indirect_frames: tuple[tuple[str, ...], ...]
    rhetorical: tuple[tuple[str, ...], ...]
    second_person: frozenset[str]
    qo_how: frozenset[str]
    qo_how_next: frozenset[str]
    qo_how_not_aux: frozenset[str]
    qo_self_subjects: frozenset[str]
    qo_plan: tuple[tuple[str, ...], ...]
    qo_starts: tuple[tuple[str, ...], ...]
    qo_starts_with_you: tuple[tuple[str, ...], ...]
    qo_elided_starts: frozenset[str]
    qo_elided_you: tuple[tuple[str, ...], ...]
    qo_cues: frozenset[str]
    qo_ends: tuple[tuple[str, ...], ...]
    qo_not_starts: tuple[tuple[str, ...], ...]
    qo_leave_tags: tuple[tuple[str, ...], ...]
    qo_plan_starts: tuple[tuple[str, ...], ...]
    qo_how_third: frozenset[str]  # "sta", "e", "va": a third-person verb after "come"
    qo_third_between: frozenset[str]  # "andata", "stata": may stand between it and its subject
    qo_third_openers: frozenset[str]  # "il", "la", "tua": a subject noun phrase starts
    qo_personal: frozenset[str]  # "lavoro", "esame": the reader's own life, still about them
    qo_possessives: frozenset[str]  # "tua", "tuo": the reader's, not the reader
    followup_by_first: dict[str, tuple[tuple[str, ...], ...]]
    followup_alone: frozenset[tuple[str, ...]]
    followup_about: dict[str, frozenset[str]]
    minimal_words: frozenset[str]
    minimal_pairs: frozenset[tuple[str, ...]]
    minimal_max_words: int
    content_stop: frozenset[str]
    laugh_words: frozenset[str]
    content_cache: dict[str, bool]  # word -> counts as content (filled as words are seen)


def _sets(mapping: dict) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in mapping.items()}


@cache
def act_rules(pack: Pack) -> ActRules:
    """The :class:`ActRules` of ``pack`` (built once per pack)."""
    w = pack.words
    by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
    for pat in pack.phrases("followup_starts"):
        by_first[pat[0]] = (*by_first.get(pat[0], ()), pat)
    tails = frozenset(pack.phrases("question_tails"))
    qo_not = {k: tuple(tuple(p.split()) for p in v) for k, v in w["qo_exceptions"].items()}
    return ActRules(
        wh=pack.word_set("wh_words"),
        aux=pack.word_set("auxiliaries"),
        subjects=pack.word_set("question_subjects"),
        aux_not_before=_sets(w["aux_not_before"]),
        aux_skip=pack.word_set("aux_skip"),
        leaders=pack.word_set("leaders"),
        leaders_in_phrase=pack.word_set("leaders_in_phrase"),
        leader_phrase_starts=pack.word_set("leader_phrase_starts"),
        reply_no=pack.word_set("reply_no"),
        reply_no_after=pack.word_set("reply_no_after"),
        wh_exclamation_next=_sets(
            {k: [x for x in v if " " not in x] for k, v in w["wh_exclamation_next"].items()}
        ),
        wh_exclamation_after={
            k: tuple(tuple(x.split()) for x in v if " " in x)
            for k, v in w["wh_exclamation_next"].items()
        },
        wh_need_verb=pack.word_set("wh_need_verb"),
        wh_verb_next=pack.word_set("wh_verb_next"),
        wh_not_alone=pack.word_set("wh_not_alone"),
        you_question=pack.word_set("you_question"),
        you_question_next=pack.word_set("you_question_next"),
        question_start_pairs=_sets(w["question_start_pairs"]),
        question_start_words=pack.word_set("question_start_words"),
        question_tails=tails,
        tail_lengths=tuple(sorted({len(t) for t in tails})),
        tag_question_end=pack.word_set("tag_question_end"),
        not_question=frozenset(pack.phrases("not_question")),
        wh_inside=pack.word_set("wh_inside"),
        wh_inside_verb=pack.word_set("wh_inside_verb"),
        indirect_frames=pack.phrases("indirect_frames"),
        rhetorical=pack.phrases("rhetorical"),
        second_person=pack.word_set("second_person"),
        qo_how=pack.word_set("qo_how"),
        qo_how_next=pack.word_set("qo_how_next"),
        qo_how_not_aux=pack.word_set("qo_how_not_aux"),
        qo_self_subjects=pack.word_set("qo_self_subjects"),
        qo_plan=pack.phrases("qo_plan"),
        qo_starts=pack.phrases("qo_starts"),
        qo_starts_with_you=pack.phrases("qo_starts_with_you"),
        qo_elided_starts=pack.word_set("qo_elided_starts"),
        qo_elided_you=pack.phrases("qo_elided_you"),
        qo_cues=pack.word_set("qo_cues"),
        qo_ends=pack.phrases("qo_ends"),
        qo_not_starts=qo_not.get("starts", ()),
        qo_leave_tags=qo_not.get("leave_tags", ()),
        qo_plan_starts=qo_not.get("plan_starts", ()),
        qo_how_third=frozenset(w["qo_exceptions"].get("how_third", ())),
        qo_third_between=frozenset(w["qo_exceptions"].get("third_between", ())),
        qo_third_openers=frozenset(w["qo_exceptions"].get("third_openers", ())),
        qo_personal=frozenset(w["qo_exceptions"].get("personal", ())),
        qo_possessives=frozenset(w["qo_exceptions"].get("possessives", ())),
        followup_by_first=by_first,
        followup_alone=frozenset(pack.phrases("followup_alone")),
        followup_about=_sets(w["followup_about"]),
        minimal_words=pack.word_set("minimal_words"),
        minimal_pairs=frozenset(pack.phrases("minimal_pairs")),
        minimal_max_words=int(w["minimal_max_words"]),
        content_stop=pack.word_set("content_stop_words"),
        laugh_words=pack.word_set("laugh_words"),
        content_cache={},
    )


#: English's question words and auxiliaries (each pack has its own).
WH = english().word_set("wh_words")
AUX = english().word_set("auxiliaries")
SUBJECTS = english().word_set("question_subjects")
LEADERS = english().word_set("leaders")

# --------------------------------------------------------------------------------------------
# sentences, questions, minimal replies
# --------------------------------------------------------------------------------------------


def sentences(words: tuple[str, ...]) -> list[tuple[int, int, bool]]:
    """Split normalised words into sentences: ``(start, end, ends_with_question_mark)``."""
    out = []
    start = 0
    for i, w in enumerate(words):
        if w in SENT_END:
            if i > start:
                out.append((start, i, w == "?"))
            elif w == "?" and out:
                out[-1] = (out[-1][0], out[-1][1], True)
            start = i + 1
    if start < len(words):
        out.append((start, len(words), False))
    return out


def _clause_start(words: tuple[str, ...], start: int, end: int, r: ActRules) -> int:
    j = start
    leaders = r.leaders
    while j < end and (words[j] in leaders or words[j] == ","):
        # "oh my god" and "by the way" are leaders; "the" only counts after "by"
        if words[j] in r.leaders_in_phrase and not (
            j > start and words[j - 1] in r.leader_phrase_starts
        ):
            break
        if (
            words[j] in r.reply_no
            and j + 1 < end
            and words[j + 1] not in (",", "?")
            and not (j > start and words[j - 1] in r.reply_no_after)
        ):
            break
        j += 1
    return j


def _holds(clause: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` occurs in ``clause`` (as consecutive words)."""
    for p in phrases:
        n = len(p)
        for k in range(len(clause) - n + 1):
            if clause[k : k + n] == p:
                return True
    return False


def _exclaims(words: tuple[str, ...], k: int, end: int, r: ActRules) -> bool:
    """Whether the question word words[k] opens an exclamation: the next word is one of its
    ``wh_exclamation_next`` ("how cute"), or the next words are one of its entries of several
    words ("kitne din baad": after so many days)."""
    w = words[k]
    if k + 1 < end and words[k + 1] in r.wh_exclamation_next.get(w, ()):
        return True
    return any(
        words[k + 1 : min(end, k + 1 + len(p))] == p for p in r.wh_exclamation_after.get(w, ())
    )


def _beside_verb(words: tuple[str, ...], k: int, end: int, r: ActRules) -> bool:
    """Whether the question word words[k], inside a clause, stands right before a verb ("dinner
    me kya bana hai") or right after one with more than leaders or laughter after it ("call kiya
    tha kya mere liye"; "pagal hai kya yaar" asks nothing)."""
    verbs = r.wh_verb_next
    if (words[k + 1] in r.aux or words[k + 1] in verbs) and not _exclaims(words, k, end, r):
        return True
    rest = words[k + 1 : end]
    return (words[k - 1] in r.aux or words[k - 1] in verbs) and not (
        r.leaders.union(r.laugh_words).issuperset(rest)
    )


def _closed_by_question_mark(words: tuple[str, ...], end: int) -> bool:
    """Whether the sentence holding words[end - 1] ends with "?"."""
    while end < len(words) and words[end] not in SENT_END:
        end += 1
    return end < len(words) and words[end] == "?"


def question_form(words: tuple[str, ...], start: int, end: int, r: ActRules | None = None) -> bool:
    """Whether words[start:end] is worded as a question (wh-word, inversion, "you ok"), by the
    rules ``r`` of a language (English by default)."""
    if r is None:
        r = act_rules(english())
    j = _clause_start(words, start, end, r)
    if j >= end:
        return False
    if r.rhetorical and _holds(words[start:end], r.rhetorical):
        return False  # "tu kaun hota hai bolne wala": a counter-question in a quarrel asks nothing
    if r.indirect_frames and _holds(words[start:end], r.indirect_frames):
        return False  # "pata nahi kya hua": a question told, not asked
    if j > start and _closed_by_question_mark(words, end):
        if any(words[k + 1] in r.question_start_pairs.get(words[k], ()) for k in range(start, j)):
            # a pair that opens with a leader of its own asks in a sentence closed by "?" ("y tu
            # mama, ya esta mejor?"); unmarked, the leader is skipped ("ma ti offendi per tutto")
            return True
    w = words[j]
    nxt = words[j + 1] if j + 1 < end else ""
    if w in r.wh:
        if _exclaims(words, j, end, r):
            return False
        if w in r.wh_need_verb and nxt not in r.aux and nxt not in r.wh_verb_next:
            return False
        if w in r.wh_not_alone and nxt == "":
            return False
        return True
    if w in r.aux and nxt:
        k = j + 1
        if words[k] in r.aux_skip and k + 1 < end:
            k += 1
        subj = words[k]
        if subj in r.subjects:
            if subj in r.aux_not_before.get(w, ()):
                return False
            return True
        return False
    if w in r.you_question and nxt in r.you_question_next:
        return True
    if nxt in r.question_start_pairs.get(w, ()):
        return True
    if w in r.question_start_words and nxt:
        return True
    last = end
    while last > j + 1 and words[last - 1] in r.laugh_words:
        last -= 1  # "tu vas en faire quoi ptdr": laughter after the question's tail
    for size in r.tail_lengths:
        if words[max(start, last - size) : last] in r.question_tails:
            return True
    # a language that leaves its question words in place ("kal match kisne jeeta"), some of them
    # only beside a verb ("wifi ka password kya hai"; "isme kya badi baat hai" asks nothing); an
    # exclamation ("yaar kitna pyara h", "kitne din baad mile") still asks nothing
    for k in range(j + 1, end) if r.wh_inside or r.wh_inside_verb else ():
        w = words[k]
        if w in r.wh_inside_verb and k + 1 < end and _beside_verb(words, k, end, r):
            return True
        if w in r.wh_inside and not _exclaims(words, k, end, r):
            return True
    return False


class Acts(NamedTuple):
    """Conversational acts of one message (``doc._.chat_acts``)."""

    question: bool
    question_other: bool
    followup_cue: bool  # a generic follow-up question ("what happened", "and then?")
    minimal: bool
    laughter: bool
    content: tuple[str, ...]  # content stems, for overlap with the partner's previous turn


def _starts_with(sent: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """``sent`` begins with one of ``phrases`` (only those with its first word are compared)."""
    got = _BY_FIRST.get(id(phrases))
    if got is None or got[0] is not phrases:
        index: dict[str | None, list[tuple[str, ...]]] = {}
        for p in phrases:
            index.setdefault(p[0] if p else None, []).append(p)
        got = _BY_FIRST[id(phrases)] = (phrases, index)
    index = got[1]
    if None in index:
        return True  # an empty phrase begins every sentence
    same_first = index.get(sent[0]) if sent else None
    return same_first is not None and any(sent[: len(p)] == p for p in same_first)


#: each list of phrases :func:`_starts_with` reads, by first word (kept with the list itself)
_BY_FIRST: dict[int, tuple[tuple, dict]] = {}


def _names_third(sent: tuple[str, ...], r: ActRules) -> bool:
    """Whether ``sent`` asks how a third person or a thing is ("come sta tua sorella", "sai
    come sta il figlio di anna", "com'è andata la partita"): "come", a third-person verb and a
    subject noun phrase, and nothing of the reader's own life is named ("come va il lavoro")."""
    if not r.qo_how_third or not r.qo_personal.isdisjoint(sent):
        return False
    for k in range(len(sent) - 2):
        if sent[k] in r.qo_how and sent[k + 1] in r.qo_how_third:
            m = k + 2
            while m < len(sent) and sent[m] in r.qo_third_between:
                m += 1
            if m < len(sent) and sent[m] in r.qo_third_openers:
                return True
    return False


def _reader_words(sent: tuple[str, ...], r: ActRules) -> bool:
    """Whether ``sent`` names the reader: a second-person word, but a possessive only before a
    word of the reader's own life ("la tua giornata", not "tua madre", "il cane di tua nonna")."""
    for k, w in enumerate(sent):
        if w in r.second_person and (
            w not in r.qo_possessives or (k + 1 < len(sent) and sent[k + 1] in r.qo_personal)
        ):
            return True
    return False


def _question_other(
    words: tuple[str, ...], start: int, end: int, lex: LexResult, r: ActRules
) -> bool:
    """A question clause words[start:end] about the other person (wellbeing, feelings, day)."""
    j = _clause_start(words, start, end, r)
    sent = words[j:end]
    # a listed start may open with a leader of its own ("e voce?", "y tu mama?", "e ai?"): tried
    # from each word the leaders skipped, as well as after them
    led = any(_starts_with(words[k:end], r.qo_starts) for k in range(start, j))
    if not sent:
        return led
    if _starts_with(sent, r.qo_not_starts):
        return False  # "tudo bem se eu ...": asking leave; "que foi isso ontem": a thing
    clause_matches = [m for m in lex.matches if start <= m.start < end and not m.negated]
    if any("criticism" in m.entry.cats or "defensiveness" in m.entry.cats for m in clause_matches):
        return False  # "what is wrong with you" accuses, it does not ask
    if any("reassurance" in m.entry.cats for m in clause_matches):
        return True
    if _names_third(sent, r):
        return False
    if sent[0] in r.qo_how and len(sent) > 1:
        second = sent[1]
        if second in r.qo_how_next:
            return True
        if second in r.aux and second not in r.qo_how_not_aux:
            rest = sent[2:5]
            plan = any(
                sent[k : k + len(p)] == p for p in r.qo_plan for k in range(2, min(len(sent), 6))
            )
            if rest[:1] and rest[0] in r.qo_self_subjects:
                pass
            elif not plan:
                return True
    if led or _starts_with(sent, r.qo_starts):
        return True
    # a verb-final language asks at the end ("interview kaisa gaya", "naraz ho")
    if any(sent[-len(p) :] == p for p in r.qo_ends):
        return True
    # "feeling any better?", "doing ok?" leave out "are you"
    if sent[0] in r.qo_elided_starts and len(sent) > 1:
        return True
    second_person = r.second_person
    reader = _reader_words(sent, r) if r.qo_possessives else not second_person.isdisjoint(sent)
    if _starts_with(sent, r.qo_starts_with_you) and reader:
        return True
    # "want to talk?" leaves out "do you"
    has_you = reader or _starts_with(sent, r.qo_elided_you)
    if not has_you:
        return False
    if not r.qo_cues.isdisjoint(sent):
        return True
    return any(m.entry.tier >= 2 for m in clause_matches)


def _asks_leave(
    words: tuple[str, ...], clauses: list[tuple[int, int]], c0: int, c1: int, r: ActRules
) -> bool:
    """Whether the question clause words[c0:c1] is a tag asking leave ("..., tudo bem?") after a
    clause of the writer's own plan in the same sentence ("vou sair com as meninas hoje")."""
    if not r.qo_leave_tags or not _starts_with(words[_clause_start(words, c0, c1, r) : c1],
                                                r.qo_leave_tags):  # fmt: skip
        return False
    return any(
        _starts_with(words[_clause_start(words, b0, b1, r) : b1], r.qo_plan_starts)
        for b0, b1 in clauses
        if b1 <= c0
    )


def _clauses(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for i in range(start, end):
        if words[i] == ",":
            if i > s:
                out.append((s, i))
            s = i + 1
    if s < end:
        out.append((s, end))
    return out


_LAST_PARSED: list = [None, None, [], frozenset()]


def parsed_sentences(
    words: tuple[str, ...], r: ActRules | None = None, exclaimed: frozenset[int] = frozenset()
) -> list[tuple[int, int, bool, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Sentences of ``words`` with their clauses and the clauses worded as questions (by the
    rules ``r`` of a language, English by default):
    ``(start, end, ends_with_question_mark, clauses, question_clauses)``.

    A sentence without "?" that a "!" closes (its end in ``exclaimed``,
    :attr:`ChatText.exclaimed`) asks nothing, whatever its words: "kitna accha hai!",
    "Qué bonito!", "how dare you!".

    The acts and feeling detectors both need this for the same message, one after the other, so
    the last result is kept (keyed by the identity of ``words`` and of the rules, which it holds
    on to). Callers must not change the lists.
    """
    if r is None:
        r = act_rules(english())
    last = _LAST_PARSED
    if last[0] is words and last[1] is r and last[3] == exclaimed:
        return last[2]
    out = []
    for s0, s1, qmark in sentences(words):
        clauses = _clauses(words, s0, s1)
        if not qmark and s1 in exclaimed:
            out.append((s0, s1, qmark, clauses, []))
            continue
        out.append(
            (s0, s1, qmark, clauses, [c for c in clauses if question_form(words, c[0], c[1], r)])
        )
    last[0] = words
    last[1] = r
    last[2] = out
    last[3] = exclaimed
    return out


def detect_acts(
    text: ChatText, lex: LexResult, emoji: EmojiCounts, r: ActRules | None = None
) -> Acts:
    """Questions, minimal replies, laughter and content words of one message, by the rules
    ``r`` of its language (English by default)."""
    if r is None:
        r = act_rules(english())
    words, stems = text.words, text.stems
    question = qo = cue = False
    for start, end, qmark, clauses, asking in parsed_sentences(words, r, text.exclaimed):
        if qmark and not asking:
            body = tuple([w for w in words[start:end] if w != ","])
            tagged = (len(body) >= 4 and body[-1] in r.tag_question_end) or body in r.not_question
            if clauses and r.rhetorical and _holds(words[clauses[-1][0] : clauses[-1][1]],
                                                   r.rhetorical):  # fmt: skip
                tagged = True  # "aur tu kya h?": a counter-question, even with "?"
            if not tagged:
                asking = clauses[-1:] if clauses else []
                question = question or bool(clauses)
        if not asking:
            continue
        question = True
        if not qo and any(
            _question_other(words, c0, c1, lex, r) and not _asks_leave(words, clauses, c0, c1, r)
            for c0, c1 in asking
        ):
            qo = True
        if not cue:
            for c0, c1 in asking:
                j = _clause_start(words, c0, c1, r)
                clause = words[j:c1]
                if clause in r.followup_alone or any(
                    words[k:c1] in r.followup_alone for k in range(c0, j)
                ):  # "y?" alone, its "y" a leader
                    cue = True
                else:
                    for about, objects in r.followup_about.items():
                        if about in clause:
                            k = clause.index(about)
                            cue = clause[k + 1 : k + 2] != () and clause[k + 1] in objects
                            break
                for pos in {j, c0}:
                    for pat in r.followup_by_first.get(words[pos], ()) if pos < c1 else ():
                        if words[pos : pos + len(pat)] == pat:
                            cue = True
                            break
                if cue:
                    break
    body = [w for w in words if w not in MARKERS]
    laughter = emoji.laughter > 0 or not r.laugh_words.isdisjoint(body)
    minimal = False
    if not question:
        if not body:
            minimal = emoji.total > 0
        else:
            k = 0
            rest = []
            pairs = r.minimal_pairs
            while k < len(body):
                if tuple(body[k : k + 2]) in pairs:
                    k += 2
                    continue
                rest.append(body[k])
                k += 1
            minimal = r.minimal_words.issuperset(rest) and len(body) <= r.minimal_max_words
    cache_ = r.content_cache
    stop = r.content_stop
    keep = set()
    for w, st in zip(words, stems, strict=True):
        ok = cache_.get(w)
        if ok is None:
            if len(cache_) > 200_000:
                cache_.clear()
            ok = cache_[w] = len(w) > 2 and w not in stop and w not in MARKERS and w.isalpha()
        if ok:
            keep.add(st)
    return Acts(question, qo, cue, minimal, laughter, tuple(sorted(keep)))
