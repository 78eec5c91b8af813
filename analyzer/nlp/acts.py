"""Sentences, questions, questions about the other, follow-up cues, minimal replies, laughter."""

from __future__ import annotations

from typing import NamedTuple

from analyzer.nlp.lexicon import SECOND_PERSON, LexResult
from analyzer.nlp.normalise import LAUGH_WORDS, MARKERS, SENT_END, ChatText, EmojiCounts

# --------------------------------------------------------------------------------------------
# sentences, questions, minimal replies
# --------------------------------------------------------------------------------------------

WH = frozenset({"what", "why", "how", "where", "when", "who", "whose", "which", "whom"})
AUX = frozenset({
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
    "shall", "have", "has", "had", "am", "may", "might", "must",
})  # fmt: skip
SUBJECTS = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "this", "that", "there", "anyone", "anybody",
    "someone", "somebody", "everyone", "everything", "anything", "something", "your", "my", "his",
    "her", "our", "their", "the", "ya", "mom", "dad",
})  # fmt: skip
#: Interjections skipped at the start of a sentence before looking for a question form.
LEADERS = frozenset({
    "so", "and", "but", "wait", "oh", "my", "god", "ok", "okay", "hey", "hi", "lol", "haha", "lmao",
    "by", "the", "way", "um", "uh", "also", "well", "ooh", "ugh", "yo", "anyway", "hmm", "ah",
    "omg", "babe", "honestly", "no", "yeah", "then",
})  # fmt: skip
_HOW_NOT_Q = frozenset({
    "cute", "nice", "cool", "sweet", "funny", "lovely", "great", "sad", "awful", "weird", "typical",
    "rude", "dare", "amazing", "beautiful", "embarrassing", "annoying", "exciting", "fun",
    "wonderful", "terrible", "bad", "stupid", "ironic", "adorable", "kind", "thoughtful",
})  # fmt: skip
_YOU_Q_NEXT = frozenset({
    "seen", "eaten", "been", "want", "ok", "good", "alright", "up", "free", "awake", "home",
    "coming", "there", "feeling", "around", "still", "done", "ready", "sure", "busy", "doing",
    "having", "need", "wanna", "fine", "okay", "alive", "back", "hungry", "mad", "sleeping",
})  # fmt: skip
_QO_CUES = frozenset({
    "ok", "alright", "good", "fine", "well", "better", "feel", "feeling", "felt", "doing",
    "holding", "day", "night", "weekend", "week", "sleep", "slept", "mind", "mood", "wrong",
    "upset", "mad", "angry", "sad", "worried", "stressed", "tired", "sick", "hurt", "ready",
    "happy", "think", "talk", "coping", "treating", "enjoying", "having", "been", "life", "today",
    "okay", "safe",
})  # fmt: skip
_HOW_NOT_QO = frozenset({
    "much", "many", "long", "far", "old", "often", "do", "does", "can", "could", "should", "would",
    "will", "come",
})  # fmt: skip
_FU_START = (
    ("what", "happened"),
    ("and", "then"),
    ("then", "what"),
    ("how", "did", "it", "go"),
    ("how", "did", "that", "go"),
    ("how", "was", "it"),
    ("how", "come"),
    ("how", "so"),
    ("why",),
    ("since", "when"),
    ("about", "what"),
    ("like", "what"),
    ("which", "one"),
    ("what", "do", "you", "mean"),
    ("what", "did", "she"),
    ("what", "did", "he"),
    ("what", "did", "they"),
    ("really",),
    ("wait", "what"),
    ("is", "she", "ok"),
    ("is", "he", "ok"),
    ("is", "she", "alright"),
    ("is", "he", "alright"),
    ("tell", "me", "more"),
    ("who",),
    ("when", "did"),
    ("how", "long"),
    ("what", "kind"),
    ("seriously",),
    ("of", "what"),
    ("with", "who"),
    ("to", "where"),
    ("for", "what"),
    ("what", "about"),
    ("what", "is", "happened"),
    ("what", "has", "happened"),
    ("what", "is", "going", "on"),
    ("what", "is", "wrong"),
    ("has", "something", "happened"),
    ("did", "something", "happen"),
)
_FU_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _pat in _FU_START:
    _FU_BY_FIRST[_pat[0]] = (*_FU_BY_FIRST.get(_pat[0], ()), _pat)
_MINIMAL_WORDS = frozenset({
    "ok", "sure", "yeah", "yes", "yep", "yup", "no", "cool", "fine", "nice", "great", "good", "lol",
    "haha", "lmao", "mhm", "hmm", "hm", "mm", "alright", "thanks", "fair", "oh", "ah", "np",
    "noted", "bet", "word", "true", "same", "kk", "aight", "gotcha", "right", "wow", "ha",
    "awesome", "perfect", "done", "yay", "amazing", "facts", "sweet", "yess", "lit", "dope", "okie",
    "dokie", "roger", "copy", "understood", "mkay", "mk", "alrighty", "righto", "aye", "ugh", "oof",
    "welp", "ooh", "cheers", "lovely", "brilliant",
})  # fmt: skip
_MINIMAL_PAIRS = (
    ("thank", "you"), ("see", "you"), ("sounds", "good"), ("sounds", "great"), ("will", "do"),
    ("got", "it"), ("got", "you"), ("no", "problem"), ("all", "good"), ("of", "course"),
    ("fair", "enough"), ("oh", "well"), ("sure", "thing"), ("nice", "one"), ("for", "sure"),
    ("true", "that"), ("yes", "please"), ("on", "it"), ("will", "do"), ("sounds", "fine"),
    ("makes", "sense"),
)  # fmt: skip
_CONTENT_STOP = frozenset(
    "the a an and or but so to of in on at for with from by about as is are was were be been am do "
    "did does have has had will would can could should just really very it its this that these "
    "those there here i me my you your we our they them their he him his she her what why how when "
    "where who which not no yes yeah ok lol haha lmao oh my god like get got go going went come "
    "know think want need make let say said tell see one thing things something anything "
    "everything nothing some any all more much many too also still even now then today tomorrow "
    "tonight yesterday time good well wait really sure right did happen happened way".split()
)


_CONTENT_WORD: dict[str, bool] = {}


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


def _clause_start(words: tuple[str, ...], start: int, end: int) -> int:
    j = start
    while j < end and (words[j] in LEADERS or words[j] == ","):
        # "oh my god" and "by the way" are leaders; "the" only counts after "by"
        if words[j] in ("the", "my", "god", "way") and not (
            j > start and words[j - 1] in ("by", "oh", "my", "the")
        ):
            break
        if (
            words[j] == "no"
            and j + 1 < end
            and words[j + 1] not in (",", "?")
            and not (j > start and words[j - 1] == "oh")
        ):
            break
        j += 1
    return j


def question_form(words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether words[start:end] is worded as a question (wh-word, inversion, "you ok")."""
    j = _clause_start(words, start, end)
    if j >= end:
        return False
    w = words[j]
    nxt = words[j + 1] if j + 1 < end else ""
    if w in WH:
        if w in ("what",) and nxt in ("a", "an"):
            return False
        if w == "how" and nxt in _HOW_NOT_Q:
            return False
        if (
            w in ("when", "where")
            and nxt not in AUX
            and nxt not in ("you", "are", "'d", "d", "'s", "s")
        ):
            return False
        if w in ("what", "who") and nxt == "":
            return False
        return True
    if w in AUX and nxt:
        k = j + 1
        if words[k] == "not" and k + 1 < end:
            k += 1
        subj = words[k]
        if subj in SUBJECTS:
            if w == "do" and subj in ("it", "that", "this"):
                return False
            return True
        return False
    if w in ("you", "u") and nxt in _YOU_Q_NEXT:
        return True
    if w == "want" and nxt == "to":
        return True
    if w in ("anyone", "anybody", "somebody") and nxt:
        return True
    if w == "any" and nxt in ("idea", "chance", "news", "luck", "plans", "update", "updates"):
        return True
    tail = words[max(start, end - 2) : end]
    return tail in (("or", "not"), ("or", "no"), ("or", "nah"))


class Acts(NamedTuple):
    """Conversational acts of one message (``doc._.chat_acts``)."""

    question: bool
    question_other: bool
    followup_cue: bool  # a generic follow-up question ("what happened", "and then?")
    minimal: bool
    laughter: bool
    content: tuple[str, ...]  # content stems, for overlap with the partner's previous turn


def _question_other(words: tuple[str, ...], start: int, end: int, lex: LexResult) -> bool:
    """A question clause words[start:end] about the other person (wellbeing, feelings, day)."""
    j = _clause_start(words, start, end)
    sent = words[j:end]
    if not sent:
        return False
    clause_matches = [m for m in lex.matches if start <= m.start < end and not m.negated]
    if any("criticism" in m.entry.cats or "defensiveness" in m.entry.cats for m in clause_matches):
        return False  # "what is wrong with you" accuses, it does not ask
    if any("reassurance" in m.entry.cats for m in clause_matches):
        return True
    if sent[0] == "how" and len(sent) > 1:
        second = sent[1]
        if second in ("you", "about"):
            return True
        if second in AUX and second not in _HOW_NOT_QO:
            rest = sent[2:5]
            plan = any(sent[k : k + 2] == ("going", "to") for k in range(2, min(len(sent), 6)))
            if rest[:1] not in (("i",), ("we",)) and not plan:
                return True
    if sent[:3] in (
        ("what", "is", "wrong"),
        ("what", "is", "up"),
        ("what", "are", "you"),
        ("what", "went", "wrong"),
    ):
        return True
    # "feeling any better?", "doing ok?" leave out "are you"
    if sent[0] in ("feeling", "feel", "doing", "holding") and len(sent) > 1:
        return True
    if sent[:4] == ("what", "is", "going", "on") and not SECOND_PERSON.isdisjoint(sent):
        return True
    # "want to talk?" leaves out "do you"
    has_you = not SECOND_PERSON.isdisjoint(sent) or sent[:2] == ("want", "to")
    if not has_you:
        return False
    if not _QO_CUES.isdisjoint(sent):
        return True
    return any(m.entry.tier >= 2 for m in clause_matches)


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


_LAST_PARSED: list = [None, []]


def parsed_sentences(
    words: tuple[str, ...],
) -> list[tuple[int, int, bool, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Sentences of ``words`` with their clauses and the clauses worded as questions:
    ``(start, end, ends_with_question_mark, clauses, question_clauses)``.

    The acts and feeling detectors both need this for the same message, one after the other, so
    the last result is kept (keyed by the identity of ``words``, which it holds on to). Callers
    must not change the lists.
    """
    last = _LAST_PARSED
    if last[0] is words:
        return last[1]
    out = []
    for s0, s1, qmark in sentences(words):
        clauses = _clauses(words, s0, s1)
        out.append(
            (s0, s1, qmark, clauses, [c for c in clauses if question_form(words, c[0], c[1])])
        )
    last[0] = words
    last[1] = out
    return out


def detect_acts(text: ChatText, lex: LexResult, emoji: EmojiCounts) -> Acts:
    """Questions, minimal replies, laughter and content words of one message."""
    words, stems = text.words, text.stems
    question = qo = cue = False
    for start, end, qmark, clauses, asking in parsed_sentences(words):
        if qmark and not asking:
            body = [w for w in words[start:end] if w != ","]
            tagged = (body[-1:] in (["ok"],) and len(body) >= 4) or body in (["excuse", "me"],)
            if not tagged:
                asking = clauses[-1:] if clauses else []
                question = question or bool(clauses)
        if not asking:
            continue
        question = True
        if not qo and any(_question_other(words, c0, c1, lex) for c0, c1 in asking):
            qo = True
        if not cue:
            for c0, c1 in asking:
                j = _clause_start(words, c0, c1)
                clause = words[j:c1]
                if clause == ("what",):
                    cue = True
                elif "about" in clause:
                    k = clause.index("about")
                    cue = clause[k + 1 : k + 2] in (("it",), ("that",))
                for pos in {j, c0}:
                    for pat in _FU_BY_FIRST.get(words[pos], ()) if pos < c1 else ():
                        if words[pos : pos + len(pat)] == pat:
                            cue = True
                            break
                if cue:
                    break
    body = [w for w in words if w not in MARKERS]
    laughter = emoji.laughter > 0 or not LAUGH_WORDS.isdisjoint(body)
    minimal = False
    if not question:
        if not body:
            minimal = emoji.total > 0
        else:
            k = 0
            rest = []
            while k < len(body):
                if tuple(body[k : k + 2]) in _MINIMAL_PAIRS:
                    k += 2
                    continue
                rest.append(body[k])
                k += 1
            minimal = _MINIMAL_WORDS.issuperset(rest) and len(body) <= 4
    cache = _CONTENT_WORD
    keep = set()
    for w, st in zip(words, stems, strict=True):
        ok = cache.get(w)
        if ok is None:
            if len(cache) > 200_000:
                cache.clear()
            ok = cache[w] = (
                len(w) > 2 and w not in _CONTENT_STOP and w not in MARKERS and w.isalpha()
            )
        if ok:
            keep.add(st)
    return Acts(question, qo, cue, minimal, laughter, tuple(sorted(keep)))
