"""Two English lexicon readings from the scenario chats (session 38, "banter"), as data in
``en/depth.tsv``:

- "i hate it when ...", "i hate when ...": annoyance or distress at what keeps happening, said
  in the first person, is the writer's feeling statement at tier 2 (as "sick of" and "drives me
  crazy" are), also when it is aimed at the reader ("i hate when you do that"). A bare "hate"
  stays the lexicon's tier 1 (an opinion: "i hate mondays"); a question or the reader's "hate"
  makes no feeling statement of the writer's.
- "it hurts when you ...", "it hurt when you didn't show up": the writer's hurt, said of what
  the other does, is the writer's feeling statement (the gold set labels both so); an inference
  ("it must hurt when ...", the reader's), a question and a third person's report are not.
- "shocking" judges a thing ("shocking defending", "that's shocking"), as "scary" and "creepy"
  do, and is left at tier 1 like them; "i was shocked", "i'm in shock" keep their tier 2.

Wordings written for this test.
"""

from __future__ import annotations

import pytest

from tests.realtext.evaluate import features_of

# text, the writer's feeling statement, the lexicon terms read
CASES = [
    ("I hate it when we're like this", True, "hate_it_when"),
    ("i hate when you do that", True, "hate_when"),
    ("I hate it when we fight lol", True, "hate_it_when"),
    # ... near misses: a question, the reader's or a third person's hate, a bare "hate"
    ("don't you hate it when that happens", False, ""),
    ("you hate it when i'm late", False, ""),
    ("he hates it when", False, "hate_it_when"),
    ("i hate mondays", False, "hate"),
    ("i hate it", False, "hate"),
    # the writer's hurt at what the other does
    ("it hurts when you ignore me", True, "it_hurts_when"),
    ("it hurt when you didn't show up yesterday", True, "it_hurts_when"),
    ("honestly it hurts when you say that", True, "it_hurts_when"),
    # ... near misses: an inference (the reader's), a question, a third person's report
    ("it must hurt when he does that", False, ""),
    ("does it hurt when you press on it", False, ""),
    ("he said it hurt when she left", False, "it_hurts_when"),
    ("i know it hurts when you lose someone", False, ""),
    # "shocking" judges a thing
    ("shocking defending", False, ""),
    ("that's shocking", False, ""),
    # ... near misses: the writer's shock keeps its feeling
    ("i was shocked", True, "shocked"),
    ("I'm in shock", True, "in_shock"),
]

# the lexicon's tier where it decides alone (the emotion model may raise a bare "hate")
LEX_TIERS = {
    "I hate it when we're like this": 2,
    "shocking defending": 1,
    "that's shocking": 1,
    "i was shocked": 2,
    "it hurts when you ignore me": 2,
    "it must hurt when he does that": 1,
    "does it hurt when you press on it": 1,
}


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_banter_and_accusation_forms(frame, i, case):
    text, feeling, terms = case
    got = (bool(frame["feeling"].iat[i]), str(frame["emotion_terms"].iat[i]))
    assert got == (feeling, terms)
    if text in LEX_TIERS:
        assert int(frame["tier"].iat[i]) == LEX_TIERS[text]
