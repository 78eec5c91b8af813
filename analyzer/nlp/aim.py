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

from analyzer.nlp.lexicon import SECOND_PERSON as _YOU

AIMED_CATEGORIES = frozenset({"criticism", "complaint", "disappointment", "loneliness"})
SECOND_PERSON = _YOU | {"yourselves"}
_SENTENCE_MARKS = frozenset({".", "?"})
#: "you" followed by these words is a discourse formula, not an address ("you know", "you see").
_FORMULA_NEXT = frozenset({"know", "see", "guys", "all"})
#: "you" after these words is a formula ("thank you", "see you", "ask you").
_FORMULA_PREV = frozenset({"thank", "see", "bless", "ask", "tell"})
#: ... unless these come before: "do you know what you did", "make you see"
_ADDRESS_PREV = frozenset({"do", "did", "make"})


def _addresses(words: tuple[str, ...], j: int) -> bool:
    w = words[j]
    if w not in SECOND_PERSON:
        return False
    if w == "you":
        nxt = words[j + 1] if j + 1 < len(words) else ""
        prev = words[j - 1] if j > 0 else ""
        if prev in _FORMULA_PREV or (nxt in _FORMULA_NEXT and prev not in _ADDRESS_PREV):
            return False
    return True


def aimed_at_partner(words: tuple[str, ...], matches, readers=frozenset()) -> bool:
    """Whether any non-negated match of :data:`AIMED_CATEGORIES` sits in a sentence addressed to
    the reader. ``words`` is ``ChatText.words``; ``matches`` are ``LexResult.matches``;
    ``readers`` (``LexResult.readers``) are the starts of feelings that are the reader's own
    ("you must feel so alone"): a reflection, not a grievance."""
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
        if any(_addresses(words, j) for j in range(s0, s1)):
            return True
    return False
