"""Whose feeling it is, and the support families with open slots.

A feeling word whose experiencer is the reader is a reflection (support), never the writer's
tier or feeling statement; the writer's own reaction stays theirs; a third party's feeling is a
disclosure about one's life. Each support family fires on several wordings (adverbs, typos the
normaliser fixes, a following clause) and not on its look-alikes: plain advice, praise of a
third person, sarcasm, agreement.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import normalise_doc
from tests.realtext.evaluate import features_of

# text, tier, feeling statement, support (cat_support or cat_validation), reflection, reflected
CASES = [
    # --- the reader's feeling: a reflection, never the writer's tier
    ("I can definitely understand why you'd be upset", 1, False, True, True, "upset"),
    ("I understand that it's hard to be left out of plans", 1, False, True, True, "left_out"),
    ("I can see how that would hurt", 1, False, True, True, "hurt"),
    ("I can tell you're exhausted", 1, False, True, True, "exhausted"),
    ("I can tell that you have been so stressed lately", 1, False, True, True, "stressed"),
    ("it sounds like the deadline is weighing on you", 1, False, True, True, "weighing"),
    ("you seem really worn down", 1, False, True, True, "down"),
    ("it must be so lonely for you out there", 1, False, True, True, "lonely"),
    # a question or a condition about the reader's feeling: not the writer's, not a reflection
    ("are you still angry about it?", 1, False, False, False, ""),
    ("if you're worried, call the doctor", 1, False, False, False, ""),
    # an accusation is no reflection
    ("you're always so angry at me", 1, False, False, False, ""),
    # --- the writer's own reaction stays theirs, at its tier, beside the support
    ("I feel awful for you, that's so unfair", 2, True, True, False, ""),
    ("I'm so sorry, I feel awful", 2, True, True, False, ""),
    ("I'm so anxious, I can't sleep", 2, True, False, False, ""),
    ("it makes me so sad when you ignore me", 2, True, False, False, ""),
    # --- a third party's feeling: a disclosure, no feeling statement of the writer's
    ("my boss is furious with me", 2, False, False, False, ""),
    ("my sister is so anxious about her exams", 2, False, False, False, ""),
    # a generic "you" ("when you ...") is left to the writer
    ("when you feel alone it's the worst", 3, False, False, False, ""),
    # ... but "when you're *this* stressed" points at the reader's state now
    ("i get it. when you're this stressed it comes out sideways", 1, False, True, False, ""),
    # a bond or an event with the reader as its subject is the reader's ...
    ("that's super common, you miss the people and the routine", 1, False, True, False, ""),
    # ... unless it is inside the writer's own feeling
    ("I'm scared you're going to leave", 3, True, False, False, ""),
    # a gerund subject with the reader later: the reader's, and no reflection
    ("being easily offended doesn't make you right", 1, False, False, False, ""),
    ("being so anxious is exhausting", 2, False, False, False, ""),
    # "it gets so ..." has no first person: no feeling statement of the writer's
    ("I really do understand, it gets so draining", 1, False, True, False, ""),
    ("it makes me so tired and anxious", 2, True, False, False, ""),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES]).reset_index(drop=True)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_whose_feeling(frame, i):
    text, tier, feeling, support, reflection, reflected = CASES[i]
    row = frame.iloc[i]
    got = (
        int(row["tier"]),
        bool(row["feeling"]),
        bool(row["cat_support"] + row["cat_validation"] > 0),
        bool(row["reflection"]),
        str(row["reflected_terms"]),
    )
    assert got == (tier, feeling, support, reflection, reflected)


# family -> (wordings that must fire, look-alikes that must not)
FAMILIES = {
    "understanding": (
        ["i totaly get it, that would drive anyone crazy", "I can definitely understand why",
         "i can really see why that stung", "I understand that it's hard to be left out"],
        ["I see what you mean but I disagree", "i got a new phone, i see why people like it"],
    ),
    "reflection": (
        ["you seem really worn down", "I can tell you're exhausted",
         "it sounds like the deadline is weighing on you"],
        ["you seem to have missed the point", "she seems really worn down"],
    ),
    "normalising": (
        ["so many people go through exactly this after a breakup",
         "that's a really common reaction", "it's pretty normal to struggle after a move",
         "anyone would be upset after that", "you're not the only one who feels this way"],
        ["so many people showed up to the party", "that's a really common name"],
    ),
    "naming the difficulty": (
        ["that is a tough spot to be in", "what a nightmare, I'm sorry", "ugh that's so rough",
         "it's so frustrating when nobody calls you back"],
        ["what a game last night", "what a tough exam that was"],
    ),
    "affirmation": (
        ["that's the right attitude", "you should be proud of yourself",
         "I admire that you kept going", "good on you for asking for help", "look at you go",
         "you're so brave for telling her", "that takes real courage",
         "great job on the interview!!"],
        ["she's so brave for telling him", "his attitude is great",
         "that's the right attitude for the team to have",
         "great job breaking the printer, genius", "oh great job, you ruined it again"],
    ),
    "warm wishes": (
        ["wishing you all the best with it", "take good care of yourself",
         "be gentle with yourself this week", "thinking of you today"],
        ["take care of the dog while I'm gone", "thinking of getting a new phone"],
    ),
    "plain advice": (
        [],
        ["you should call a lawyer", "just book the flight and stop overthinking",
         "try drinking more water"],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def family_frame():
    texts = [t for pos, neg in FAMILIES.values() for t in pos + neg]
    feats = features_of(texts).reset_index(drop=True)
    fired = (feats["cat_support"] + feats["cat_validation"] > 0).to_numpy()
    return dict(zip(texts, fired, strict=True))


@pytest.mark.parametrize("family", list(FAMILIES))
def test_support_family(family_frame, family):
    pos, neg = FAMILIES[family]
    assert [t for t in pos if not family_frame[t]] == []
    assert [t for t in neg if family_frame[t]] == []


def _words(text: str) -> tuple[str, ...]:
    return normalise_doc(build_pipeline().make_doc(text), text).words


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        ("you seem so tired", "tired", experiencer.READER),
        ("i am so tired", "tired", experiencer.WRITER),
        ("it scares me", "scares", experiencer.WRITER),
        ("my boss is furious", "furious", experiencer.THIRD),
        ("your mom is worried", "worried", experiencer.THIRD),
        ("i know how lonely it gets", "lonely", experiencer.READER),
        ("i do not know why i am sad", "sad", experiencer.WRITER),
        ("i do not know why everything is so sad", "sad", experiencer.WRITER),
        ("that must be embarrassing", "embarrassing", experiencer.READER),
        ("ana must be embarrassed", "embarrassed", experiencer.UNDECIDED),
        ("so happy for you", "happy", experiencer.UNDECIDED),
        ("it must be hard for you", "hard", experiencer.READER),
        ("do not be so anxious", "anxious", experiencer.READER),
        ("i miss talking to you like we used to", "talking", experiencer.WRITER),
        ("when you feel alone it is the worst", "alone", experiencer.UNDECIDED),
        ("when you are so stressed it comes out", "stressed", experiencer.UNDECIDED),
        ("when you are this stressed it comes out", "stressed", experiencer.READER),
        ("when you are that tired everything is hard", "tired", experiencer.READER),
        ("being offended does not make you right", "offended", experiencer.READER),
        ("feeling guilty will not help you", "guilty", experiencer.READER),
        ("feeling guilty will not help me", "guilty", experiencer.UNDECIDED),
        ("being offended is the worst", "offended", experiencer.UNDECIDED),
        ("feeling so guilty today", "guilty", experiencer.UNDECIDED),
    ],
)
def test_experiencer(text, word, who):
    words = _words(text)
    k = words.index(word)
    assert experiencer.experiencer(words, k, k + 1, experiencer.load_rules())[0] == who
