"""Forms from the fifteenth real set (goemotions15_dev), each beside near misses; wordings
written for this test besides the set's own.

- **"Happy cake day"** is a greeting like "happy birthday" (a tier-1 formula of the depth
  lexicon, and a formula the emotion model may not raise): no joy of the writer's.
- **A bare fragment that repeats a feeling** ("you should be super proud of yourself. super,
  super proud.") has no subject of its own: the word it echoes in the sentence before decides
  whose it is ("i'm so proud. so, so proud." stays the writer's).
- **An emoticon with a letter for its mouth** (":D", ":P") ends a clause as ":)" and an emoji
  do, so "never hurt anyone :D So happy for you both!" keeps the writer's joy in its own clause.
- **"misunderstood" with an object** ("you misunderstood my comment", "I think you
  misunderstood me") names a reading got wrong, not loneliness; "i feel so misunderstood" keeps
  it.
- **Support in other words**: "good for you for not just giving in", "good for you all",
  "so happy for the both of you", "happy for you that you found someone".
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support
CASES = [
    # "happy cake day": a greeting
    ("Happy cake day!", 1, False, False),
    ("happy cakeday bro, it'll be tough but stick to it", 1, False, False),
    ("Happy Cake Day you barefoot bitch!", 1, False, False),
    # ... near misses: the writer's own happiness
    ("i'm so happy today", 2, True, False),
    ("happy day!", 2, True, False),
    ("i'm happy with my cake", 2, True, False),
    # a fragment that echoes the feeling of the sentence before
    ("you should be super proud of yourself. super, super proud.", 1, False, True),
    ("you should be proud of yourself. so proud.", 1, False, True),
    ("you must be exhausted. so, so exhausted.", 1, False, True),
    ("are you scared? so scared.", 1, False, False),
    # ... near misses: the echoed word is the writer's, or there is none to echo, or a subject
    ("i'm so proud. so, so proud.", 2, True, False),
    ("you did it. so proud.", 2, True, True),
    ("you should be proud. i'm so proud.", 2, True, True),
    # an emoticon ends a clause
    ("never hurt anyone :D So happy for you both!", 2, True, True),
    ("i'm so sad :P", 2, True, False),
    # "misunderstood" with an object: no feeling
    ("i think you misunderstood my comment.", 0, False, False),
    ("I think you misunderstood me.", 0, False, False),
    ("you misunderstood what i said", 0, False, False),
    # ... near misses: feeling misunderstood
    ("i feel so misunderstood", 3, True, False),
    ("i feel misunderstood at work", 3, True, False),
    ("you must feel so misunderstood", 1, False, True),
    # support in other words
    ("Good for you for not just giving in.", 1, False, True),
    ("good for you for not giving up", 1, False, True),
    ("Good for you all!", 1, False, True),
    ("good for you guys", 1, False, True),
    ("So happy for the both of you!", 2, True, True),
    ("Happy for you that you found someone who suits you so well.", 2, True, True),
    # ... near misses
    ("good for nothing", 1, False, False),
    ("i'm not happy for you", 2, False, False),
    ("I just feel sad for you guys", 2, True, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_set15_forms(frame, i, case):
    _text, tier, feeling, support = case
    assert tier_feeling_support(frame, i) == (tier, feeling, support)
