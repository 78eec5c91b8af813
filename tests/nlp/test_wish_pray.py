"""A prayer is a wish: "pray" is a wish verb like "hope", "wish" and "praying" (issue "whose
feeling"; from the thirteenth real set, "I pray the chains that make this life hard are broken
by gods power and you are freer with each day!"): a feeling in the clause it opens, with no
nearer subject, is the reader's, as in "hope (you) feel better", never the writer's tier. The
writer's own feeling with its own "i" inside the prayer, or beside it, stays the writer's.
Wordings written for this test but the first.
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support
CASES = [
    (
        "I pray the chains that make this life hard are broken by gods power and you are "
        "freer with each day!",
        1,
        False,
        True,
    ),
    ("i pray you feel better soon", 1, False, True),
    # ... near misses: the writer's own feeling keeps its tier
    ("i pray i stop being so anxious", 2, True, False),
    ("i pray every night and i still feel so empty", 3, True, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_pray_is_a_wish(frame, i, case):
    _text, tier, feeling, support = case
    assert tier_feeling_support(frame, i) == (tier, feeling, support)
