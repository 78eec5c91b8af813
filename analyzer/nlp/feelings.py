"""First-person feeling statements, and function-word counts for style matching."""

from __future__ import annotations

from typing import NamedTuple

from analyzer.nlp.acts import AUX, Acts, parsed_sentences, question_form
from analyzer.nlp.lexicon import LexResult
from analyzer.nlp.normalise import FW_CATEGORIES, LAUGH_WORDS, ChatText, function_word_map

# --------------------------------------------------------------------------------------------
# first-person feeling statements
# --------------------------------------------------------------------------------------------


class Feeling(NamedTuple):
    """First-person feeling statement of one message (``doc._.chat_feeling``)."""

    feeling: bool
    tier: int  # deepest tier among the statement's terms (0 when none)
    negative: bool  # some of the statement's terms are negative (or a negated positive)
    positive: bool  # some of the statement's terms are positive (not negated)
    laughed_off: bool  # a vulnerable negative statement followed by "lol"/"haha"/"jk"


_MAKE_VERBS = frozenset({
    "make", "makes", "made", "making", "let", "got", "get", "gets", "leave", "leaves", "left",
    "drive", "drives",
})  # fmt: skip
_OTHER_SUBJECTS = frozenset({
    "you", "he", "she", "they", "we", "it", "everyone", "people", "someone", "somebody", "that",
    "this",
})  # fmt: skip
_ELIDED_OK = frozenset({
    "so", "really", "very", "pretty", "super", "kinda", "kind", "of", "feeling", "feel", "been",
    "just", "am", "totally", "a", "bit", "little", "honestly", "soo", "still", "always",
    "sometimes", "lowkey", "highkey", "getting", "quite", "too", "not", "now", "rn",
})  # fmt: skip
_IF_WORDS = frozenset({"if", "unless", "whether"})
_IF_OK_BEFORE = frozenset({
    "know", "sure", "wonder", "see", "ask", "asking", "wondering", "tell", "check",
})  # fmt: skip
_WELLBEING = frozenset({"ok", "fine", "alright", "good"})


def _first_person_before(words: tuple[str, ...], start: int, s0: int) -> bool:
    """A first-person subject leads up to words[start] within its sentence (window of 8)."""
    lo = max(s0, start - 8)
    for j in range(start - 1, lo - 1, -1):
        w = words[j]
        if w in ("i", "myself") or (w == "me" and j > 0 and words[j - 1] in _MAKE_VERBS):
            return True
        if w in _OTHER_SUBJECTS and not (
            w in ("it", "that", "this") and j + 1 < len(words) and words[j + 1] in _MAKE_VERBS
        ):
            return False
    return False


_NO_FEELING = Feeling(False, 0, False, False, False)


def detect_feeling(text: ChatText, lex: LexResult, acts: Acts) -> Feeling:
    """First person near a tier >= 2 term, outside questions and conditions.

    A negated state is still a disclosure ("I'm not okay", "I don't think I'm okay" -> tier 3).
    "I feel like" followed by a complaint about the partner is a tier-2 statement.
    """
    if not lex.matches:
        return _NO_FEELING
    words = text.words
    sents = parsed_sentences(words)
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
        if asking and question_form(words, s0, s1):
            asking = clauses  # the whole sentence is worded as a question
        for m in lex.matches:
            if not (s0 <= m.start < s1):
                continue
            if any(c0 <= m.start < c1 for c0, c1 in asking):
                continue
            if m.start in lex.readers:
                continue  # the reader's feeling ("you seem so sad"), not the writer's
            # an imperative ("don't worry about me", "don't be sad") speaks to the other
            if any(
                c0 <= m.start < c1 and words[c0 : c0 + 2] == ("do", "not") for c0, c1 in clauses
            ):
                continue
            e = m.entry
            t = e.tier
            if m.negated and words[m.start] in _WELLBEING:
                t = 3
            crit = "criticism" in e.cats or "complaint" in e.cats
            if t < 2 and not crit:
                continue
            before = words[s0 : m.start]
            if any(
                w in _IF_WORDS and (k == 0 or before[k - 1] not in _IF_OK_BEFORE)
                for k, w in enumerate(before)
            ):
                continue
            if crit:
                if t < 2:
                    # "I feel like you never listen"
                    joined = " ".join(before)
                    if (
                        "i feel like" in joined
                        or "i feel that" in joined
                        or "i feel as if" in joined
                    ):
                        feeling, tier, negative = True, max(tier, 2), True
                    continue
            if "support" in e.cats or "validation" in e.cats or "reassurance" in e.cats:
                continue
            first = e.self_ref
            if not first:
                first = _first_person_before(words, m.start, s0)
            if not first and m.end < s1 and words[m.end] == "me":
                first = True
            if not first:
                # elided subject ("so happy for you"), unless the term is itself the subject
                # of a verb ("crying won't fix anything")
                after = words[m.end] if m.end < s1 else ""
                first = _ELIDED_OK.issuperset(before) and after not in AUX and after != "not"
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
                if not LAUGH_WORDS.isdisjoint(after):
                    laughed_off = True
    return Feeling(feeling, tier, negative, positive, laughed_off)


# --------------------------------------------------------------------------------------------
# function words
# --------------------------------------------------------------------------------------------


def count_function_words(text: ChatText) -> tuple[int, ...]:
    """Counts per :data:`FW_CATEGORIES` over the normalised words."""
    table = function_word_map()
    counts = [0] * len(FW_CATEGORIES)
    for w in text.words:
        idx = table.get(w)
        if idx is not None:
            counts[idx] += 1
    return tuple(counts)
