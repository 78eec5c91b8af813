"""A feeling the partner has just denied, named back in a fragment (``analyzer/nlp/denied.py``):
"I'm not angry I'm just disappointed" -> "bit angry" says the partner is angry (a tease, from
the group scenario chat), so it is no feeling statement of the writer's and no tier above 1.
Near misses keep the writer's reading: a reply that names someone ("i'm a bit angry", "me
too"), a feeling the partner stated rather than denied (shared: "so stressed" after "i'm so
stressed"), a fragment with no partner message before it, a different feeling, a long reply, and a
denial by a third person. Wordings written for this test.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import features
from tests.nlp.gold import GoldItem, gold_frame

# partner's message before (None: none), reply, the reply's tier, its feeling statement, terms
CASES = [
    ("I'm not angry I'm just disappointed", "bit angry", 1, False, ""),
    ("i'm not mad at all", "kinda mad tho", 1, False, ""),
    ("honestly i'm not jealous", "little bit jealous", 1, False, ""),
    # ... near misses: the writer's own feeling
    ("I'm not angry I'm just disappointed", "i'm a bit angry", 2, True, "angry"),
    ("i'm so stressed", "so stressed", 2, True, "stressed"),
    (None, "bit angry", 2, True, "angry"),
    ("I'm not angry I'm just disappointed", "bit sad tbh", 2, True, "sad"),
    ("i'm not mad at all", "ok well i am still a bit mad about it", 2, True, "mad"),
    ("she's not angry", "bit angry", 2, True, "angry"),
]


@pytest.fixture(scope="module")
def frame():
    items = [GoldItem(0, frozenset(), c[0], c[1]) for c in CASES]
    annotated, pos = gold_frame(items)
    return features.extract(annotated).frame.iloc[pos].reset_index(drop=True)


@pytest.mark.parametrize(
    ("i", "case"), list(enumerate(CASES)), ids=[f"{c[0]} -> {c[1]}" for c in CASES]
)
def test_denied_feeling(frame, i, case):
    _before, _text, tier, feeling, terms = case
    got = (
        int(frame["tier"].iat[i]),
        bool(frame["feeling"].iat[i]),
        str(frame["emotion_terms"].iat[i]),
    )
    assert got == (tier, feeling, terms)
