"""Forms from the fourteenth real set (goemotions14_dev), each beside near misses; wordings
written for this test besides the set's own.

- **A feeling that ends a list** stands in the clause the list opened in ("May God grant you
  love, guidance and happiness": the reader's, not the writer's tier), back over the list's
  commas when every item before it is a word or two with no person in it; "thanks, i'm good
  and happy" keeps its own clause and subject.
- **"offend" is a causing verb** like "upset" and "hurt": "I'm sorry if I offended you" is the
  reader's feeling (the writer's doing: an apology, no reflection), not the writer's offence.
- **Support said in other people's words**: "you go, girl"; liking what the reader made or how
  they think ("love your hot takes on this sub", "I like the way your brain works"); "I hope
  something nice happens to you"; "hugs back!", "group hug to you"; "you're not in the wrong",
  "he's not worth your time"; a blessing "may God grant you peace"; "I hope this brought you
  some closure".
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support
CASES = [
    # a feeling that ends a list
    ("May God grant you love, guidance and happiness", 1, False, True),
    ("wishing you health, love and happiness", 1, False, True),
    ("you're tired, hungry and sad", 1, False, False),
    # ... near misses: a subject of the writer's own in the list's clause or in the item
    ("i'm tired, hungry and sad", 2, True, False),
    ("thanks, i'm good and happy", 2, True, False),
    # "offend" with the reader as its object
    ("I'm sorry if I offended you in any way.", 1, False, False),
    ("sorry if i offended you earlier", 1, False, False),
    ("his comment really offended you", 1, False, True),
    # ... near misses: the writer offended
    ("you offended me", 2, True, False),
    ("i was so offended", 2, True, False),
    # support in other people's words
    ("you go, girl", 1, False, True),
    ("you go girl!!", 1, False, True),
    ("Love your hot takes on this sub.", 1, False, True),
    ("i really love your poems", 1, False, True),
    ("I like the way your brain works OP.", 1, False, True),
    ("I hope something nice happens to you too.", 1, False, True),
    ("hope something good happens for you soon", 1, False, True),
    ("hugs back!", 1, False, True),
    ("Group hug to you and our fellow redditors :)", 1, False, True),
    ("It looked sarcastic, you're not in the wrong", 1, False, True),
    ("honestly you are not to blame for this", 1, False, True),
    ("He's not worth your time.", 1, False, True),
    ("your ex isn't worth your tears", 1, False, True),
    ("may god grant you peace", 1, False, True),
    ("I hope that this brought some level of closure to you.", 1, False, True),
    # ... near misses
    ("you go first", 0, False, False),
    ("i do not like your attitude", 0, False, False),
    ("like your post if you agree", 0, False, False),
    ("i hope something nice happens to me", 2, False, False),
    ("he hugs back", 1, False, False),
    ("you were in the wrong", 0, False, False),
    ("this game is not worth your time", 1, False, False),
    ("may i give you some love", 1, False, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_lists_offend_and_praise(frame, i, case):
    _text, tier, feeling, support = case
    assert tier_feeling_support(frame, i) == (tier, feeling, support)
