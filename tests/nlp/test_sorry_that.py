"""The sympathy frame "i'm sorry that ..." (issue "whose feeling"; from the tenth real set,
"I'm sorry that the breakup is going to be painful, but you can do much better"): like "I
understand that ...", the clause it opens names the reader's situation, so a feeling in it with
no subject of its own is the reader's, a reflection, never the writer's tier. The writer's own
feeling said inside it ("i'm sorry that i was so grumpy": an apology), a third person's and a
negated or someone else's "sorry" are read as before. Wordings written for this test.
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support, reflection
CASES = [
    ("i'm so sorry that the move has been so stressful", 1, False, True, True),
    ("i am sorry that the breakup is going to be so painful", 1, False, True, True),
    # ... near misses: the writer's own feeling in the clause (an apology) stays the writer's
    ("i'm sorry that i was so grumpy yesterday", 2, True, False, False),
    ("i'm sorry that i got so angry at you", 2, True, False, False),
    ("i'm sorry about being so grumpy", 2, True, False, False),
    # ... a negated "sorry", or a third person's, frames nothing: the third person's feeling
    ("i'm not sorry that he's upset", 2, False, False, False),
    ("she's sorry that the kids were scared", 2, False, True, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_sorry_that(frame, i, case):
    _text, tier, feeling, support, reflection = case
    got = (*tier_feeling_support(frame, i), bool(frame["reflection"].iat[i]))
    assert got == (tier, feeling, support, reflection)
