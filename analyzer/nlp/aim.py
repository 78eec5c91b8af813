"""Whom a complaint is about: the reader, or someone else.

"You never listen" and "I'm so disappointed in you" are about the chat partner; "my boss never
listens" and "so disappointed with my sister" are a disclosure about someone else, and must not
count against the partner. A message is *aimed at the partner* (``at_partner``) when it holds a
non-negated criticism, complaint, disappointment or loneliness match (not one that is also
affection: "what do you miss most?" is no grievance) and the sentence that holds it speaks to
the reader in the second person (you, your, yourself; "u"/"ur" after slang
expansion), other than in the fixed phrases that do not address a grievance ("you know",
"thank you", "see you", "if you ask me").

What wording cannot show: a reply that blames the partner's last act without "you" ("that was
really hurtful" right after it) is not counted, and a generic "you" ("you can't trust anyone")
is.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analyzer.nlp.pack import Pack, english

AIMED_CATEGORIES = frozenset({"criticism", "complaint", "disappointment", "loneliness"})
_SENTENCE_MARKS = frozenset({".", "?"})


class AimRules(NamedTuple):
    """One language's words for whom a complaint is about (``words.json``)."""

    address: frozenset[str]  # words that address the reader
    formula_word: frozenset[str]  # "you": may be part of a formula
    formula_next: frozenset[str]  # "you know", "you see"
    formula_prev: frozenset[str]  # "thank you", "see you"
    address_prev: frozenset[str]  # ... unless: "do you know what you did", "make you see"


@cache
def aim_rules(pack: Pack) -> AimRules:
    """The :class:`AimRules` of ``pack`` (built once per pack)."""
    return AimRules(
        address=pack.word_set("address_words"),
        formula_word=pack.word_set("address_formula_word"),
        formula_next=pack.word_set("formula_next"),
        formula_prev=pack.word_set("formula_prev"),
        address_prev=pack.word_set("address_prev"),
    )


#: English's words that address the reader.
SECOND_PERSON = english().word_set("address_words")


def _addresses(words: tuple[str, ...], j: int, r: AimRules) -> bool:
    w = words[j]
    if w not in r.address:
        return False
    if w in r.formula_word:
        nxt = words[j + 1] if j + 1 < len(words) else ""
        prev = words[j - 1] if j > 0 else ""
        if prev in r.formula_prev or (nxt in r.formula_next and prev not in r.address_prev):
            return False
    return True


def aimed_at_partner(
    words: tuple[str, ...], matches, readers=frozenset(), r: AimRules | None = None
) -> bool:
    """Whether any non-negated match of :data:`AIMED_CATEGORIES` sits in a sentence addressed to
    the reader. ``words`` is ``ChatText.words``; ``matches`` are ``LexResult.matches``;
    ``readers`` (``LexResult.readers``) are the starts of feelings that are the reader's own
    ("you must feel so alone"): a reflection, not a grievance. ``r``: the language's
    :class:`AimRules` (English by default)."""
    if r is None:
        r = aim_rules(english())
    for m in matches:
        if (
            m.negated
            or m.start in readers
            or not AIMED_CATEGORIES.intersection(m.entry.cats)
            or "affection" in m.entry.cats
        ):
            continue
        s0 = m.start
        while s0 > 0 and words[s0 - 1] not in _SENTENCE_MARKS:
            s0 -= 1
        s1 = m.end
        while s1 < len(words) and words[s1] not in _SENTENCE_MARKS:
            s1 += 1
        if any(_addresses(words, j, r) for j in range(s0, s1)):
            return True
    return False
