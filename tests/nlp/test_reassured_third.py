"""A third person's feeling told to reassure the reader (issue 21; from the eleventh real set,
"Don't worry, he's more afraid of you than you are of him"): in the sentence of a reassurance
said to the reader ("don't worry", "dont worry about it") it is part of the support act, as it
already was beside a support pattern ("lots of people feel numb at first"), not a disclosure of
the writer's. A reassurance about oneself ("i'm fine, don't worry") is a hedge and changes
nothing; the writer's own feeling keeps its tier. (A person named with "my" still makes the
reassurance read as about oneself: "don't worry, my sister is just nervous" stays as it was.)
Wordings written for this test.
"""

from __future__ import annotations

import pytest

from tests.realtext.evaluate import features_of, support_fired

# text, tier, support
CASES = [
    ("don't worry, the dog is more scared of you than you are of it", 1, True),
    ("dont worry about it, she's just nervous around new people", 1, True),
    # ... in another sentence it is the story it was
    ("don't worry. she is so nervous about the wedding", 2, True),
    # the writer's own feeling beside the reassurance keeps its tier
    ("don't worry, i'm scared too", 2, False),
    # a reassurance about oneself is a hedge, and the third person's feeling stays
    ("i'm fine, don't worry, my mom is furious at me though", 2, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_reassured_third(frame, i, case):
    _text, tier, support = case
    assert (int(frame["tier"].iat[i]), bool(support_fired(frame)[i])) == (tier, support)


# --- the reader right after the feeling (from the twelfth real set) ------------------------

# text, tier, support
AFTER = [
    # a feeling noun heading a relative clause whose subject is the reader: a reflection
    ("so sorry about all the stress you have at work right now", 1, True),
    ("the loneliness you feel after a move is so real", 1, True),
    # ... not an adjective with no head: the writer's, caused by the reader
    ("i'm so sad you have to leave early", 2, False),
    # the reader as the reflexive object of a feeling: theirs, no reflection
    ("just love yourself and the rest gets easier", 1, False),
    # ... the writer's own stays theirs
    ("honestly i hate myself for it", 3, False),
]


@pytest.fixture(scope="module")
def after_frame():
    return features_of([c[0] for c in AFTER])


@pytest.mark.parametrize(("i", "case"), list(enumerate(AFTER)), ids=[c[0] for c in AFTER])
def test_reader_right_after_the_feeling(after_frame, i, case):
    _text, tier, support = case
    got = (int(after_frame["tier"].iat[i]), bool(support_fired(after_frame)[i]))
    assert got == (tier, support)
