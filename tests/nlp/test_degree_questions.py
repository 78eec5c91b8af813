"""Whose feeling a degree word asks or exclaims about (issue 21, "whose feeling is it"): the
subject after the feeling decides ("how anxious *are you*", "how exhausted *you* must be",
"wie nervös *bist du*"), on wordings written for this test. Before this rule the writer was
taken for the subject of every such clause, since none stands before the feeling, so "how
anxious are you about the results" was the writer's anxiety at tier 2. A question is never a
reflection; an exclamation about the reader is one. Beside each, look-alikes that stay the
writer's ("how anxious am i", "how angry you make me"), a third person's ("how upset is she",
"how mad was your mom") or an evaluation of a thing ("how sad is that").
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import normalise_doc
from tests.realtext.evaluate import features_of, support_fired

R, W, T, U = experiencer.READER, experiencer.WRITER, experiencer.THIRD, experiencer.UNDECIDED
S = experiencer.BY_SUBJECT

# text, tier, feeling statement, support (cat_support or cat_validation), reflection
CASES = [
    # --- asked of the reader: the reader's, no reflection, no support
    ("how nervous are you about the interview", 1, False, False, False),
    ("omg how scared were you", 1, False, False, False),
    ("how stressed do you get before a deadline?", 1, False, False, False),
    ("so how excited are u for saturday", 1, False, False, False),
    ("wie nervös bist du wegen morgen?", 1, False, False, False),
    # --- said of the reader: a reflection, which is support
    ("how exhausted you must be after that shift", 1, False, True, True),
    ("ich weiß, wie nervös du bist", 1, False, True, True),
    # --- the writer's own, asked or said, keeps its tier
    ("how anxious am i about this lol", 2, False, False, False),
    ("how angry you make me sometimes", 2, False, False, False),
    ("wie traurig bin ich heute eigentlich", 2, False, False, False),
    # --- a third person's, or a thing's, stays as it was
    ("how upset is she about the move", 2, False, False, False),
    ("lol how mad was your mom", 2, False, False, False),
    ("how sad is that", 2, False, False, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_degree_questions(frame, i, case):
    _text, tier, feeling, support, reflection = case
    row = frame.iloc[i]
    got = (int(row["tier"]), bool(row["feeling"]), bool(support_fired(frame)[i]))
    assert got == (tier, feeling, support)
    assert bool(row["reflection"]) == reflection


def _who(text: str, word: str, language: str = "en") -> tuple[str, str]:
    nlp = build_pipeline()
    words = tuple(normalise_doc(nlp.make_doc(text), text).words)
    i = words.index(word)
    return experiencer.experiencer(words, i, i + 1, experiencer.load_rules(language))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("how anxious are you", "anxious", (R, "")),
        ("how very nervous are you", "nervous", (R, "")),
        ("how lonely do you get", "lonely", (R, "")),
        ("how tired you must be", "tired", (R, S)),
        ("how anxious am i", "anxious", (W, "")),
        ("how anxious i am", "anxious", (W, S)),
        ("how happy you make me", "happy", (W, S)),
        ("how upset is she", "upset", (T, "")),
        ("how mad was your mom", "mad", (T, "")),
        ("how sad is that", "sad", (U, "")),
        ("how awful", "awful", (U, "")),
        # a frame before the degree word decides first, as before
        ("i know how anxious you are", "anxious", (R, experiencer.BY_FRAME)),
    ],
)
def test_who_feels_it(text, word, expected):
    assert _who(text, word) == expected
