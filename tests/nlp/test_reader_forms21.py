"""The reader's feeling in the forms the dev register sets still read as the writer's (issue 21,
"whose feeling"; the categorised list is ``tests/realtext/rfl_misses.tsv``), on wordings written
for this test (none is in a register set or the gold set).

A repeat of a foretold feeling of "it" in the same sentence, a "when you ..." clause whose
main clause has the reader as its subject again (a habit of the reader's), a feeling gerund
opening a subject phrase said to the reader (alone, after adverbs or in a list of gerunds), a
clause with its subject elided after ", and" and an auxiliary (the subject of the clause
before), and the tease "did someone get their feelings hurt": never the writer's tier or feeling
statement. Beside each, look-alikes that stay the writer's, a generic "you" that stays
undecided, and a third person's.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import normalise_doc
from tests.realtext.evaluate import features_of, support_fired

# text, tier, feeling statement, support (cat_support or cat_validation)
CASES = [
    # --- "when you ...", then the reader again as the subject: the reader's habit
    ("when ur angry u just say things u dont mean", 1, False, False),
    ("when you're stressed you snap at everyone, it's exhausting", 1, False, False),
    # ... a generic "you" with another subject after it stays undecided (the writer's), the
    # writer's own in a condition stays theirs, and support beside a generic "you" stays support
    ("when you feel lonely it's the worst feeling", 3, False, False),
    ("when i'm sad i eat a whole pizza", 2, True, False),
    ("when i'm angry i say things i don't mean", 2, True, False),
    ("when you're sad, i get sad too", 2, False, False),
    ("when you're grieving you need people around, i'm here for you", 1, False, True),
    # --- a feeling gerund opening a subject phrase said to the reader: theirs, no reflection
    (
        "constantly worrying about him and not sleeping won't fix it, you need a break",
        1,
        False,
        False,
    ),
    # ... not when the writer is in the sentence
    ("worrying about her and not sleeping is what i do every night", 2, True, False),
    ("constantly worrying about money and not sleeping is wearing me down", 2, False, False),
    # --- an elided subject after ", and" + an auxiliary: the clause before's
    ("you are mourning a big loss, and could use some grief counselling", 1, False, True),
    ("i'm grieving a hard loss, and might need some grief therapy", 3, True, False),
    ("she is grieving, and might benefit from grief therapy", 3, False, False),
    # --- a repeat of a foretold feeling of "it" in the same sentence: the first one's owner
    ("it will sting for a while, so go easy and notice when it stings less", 1, False, False),
    # ... not a repeat of the writer's own, nor a grievance
    ("it hurts so much and i don't know why it hurts", 2, False, False),
    ("it hurts, it really hurts when you ignore me", 2, False, False),
    # --- "did someone get their feelings hurt": a tease of the reader
    ("aww did somebody get their feelings hurt", 1, False, False),
    ("aww someone's feelings got hurt", 1, False, False),
    ("my sister got her feelings hurt at the party", 2, False, False),
    ("i got my feelings hurt today", 2, True, False),
]


@pytest.fixture(scope="module")
def feats():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_tier_statement_and_support(feats, i):
    text, tier, feeling, support = CASES[i]
    row = feats.iloc[[i]]
    got = (int(row["tier"].iat[0]), bool(row["feeling"].iat[0]), bool(support_fired(row)[0]))
    assert got == (tier, feeling, support), text


def _who(text: str, word: str) -> tuple[str, str]:
    nlp = build_pipeline()
    words = tuple(normalise_doc(nlp.make_doc(text), text).words)
    i = words.index(word)
    return experiencer.experiencer(words, i, i + 1, experiencer.load_rules())


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("when you're angry you say things", "angry", (experiencer.READER, "")),
        ("when you're angry at me you never listen", "angry", (experiencer.READER, "")),
        ("when you're angry everything is loud", "angry", (experiencer.UNDECIDED, "")),
        ("when i'm angry i say things", "angry", (experiencer.WRITER, experiencer.BY_SUBJECT)),
        ("worrying about it and not sleeping is hard on you", "worrying", (experiencer.READER, "")),
        (
            "worrying about it and not sleeping is hard on me",
            "worrying",
            (experiencer.UNDECIDED, ""),
        ),
        (
            "you are grieving, and might need time",
            "grieving",
            (experiencer.READER, experiencer.BY_SUBJECT),
        ),
        ("you lost him, and might feel numb", "numb", (experiencer.READER, "")),
        ("i lost him, and might feel numb", "numb", (experiencer.UNDECIDED, "")),
        ("he lost her, and might feel numb", "numb", (experiencer.UNDECIDED, "")),
    ],
)
def test_who_feels_it(text, word, expected):
    assert _who(text, word) == expected
