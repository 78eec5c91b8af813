"""Forms from the sixteenth real set (goemotions16_dev), each beside near misses; wordings
written for this test besides the set's own.

- **An order with "you" left out before a modal** ("should be more worried about your elderly
  relatives", `imperatives` that begin with an auxiliary of the state path) is advice about
  the reader's feeling only when the reader is named in its sentence and the writer is not, and
  nothing is asked: the reader's, no reflection. Otherwise it is an elided "I" ("should be
  worried about my exam tbh": the writer's, as before).
- **"eh", "meh" are interjections** (`leaders`), so a clause they open reads as one without
  them ("Eh happiness is just a fleeting fish. You can catch it": a feeling noun heading a
  general truth told to the reader, not the writer's).
- **A feeling that is the last item of a list opening the subject** ("support and love would
  be your best bet") stands inside the subject, as one inside a gerund subject does: told to
  the reader, not the writer's, no reflection. With a subject before it ("i need food and
  love") it stays the writer's.
- **"missed out (on)" and "missing <thing>"** ("he missed out on a golden kid", "your missing
  post", "a missing cat poster") name no missing of someone: no loneliness. "i miss my cat",
  "missing him so much" keep it.
- **A feeling said of a thing as its predicate, told to the reader** ("Break ups are painful
  ... Be honest with your current girl", "Childhood is happiness. After that the rest of your
  life ..."; `experiencer_frames.thing_predicate`): a general truth, not the writer's, no
  reflection. With the writer in its sentence, a writer's or a person's subject, or no reader
  named after it, it stays as before; a gerund subject ("losing a pet is so hard") keeps its
  own rule (a reflection).
- **"leave me alone"** tells someone to stop bothering the writer: no loneliness ("please
  don't leave me alone" keeps the fear).
- **A comma between a repeated intensifier** ("you must be so, so proud of her", "much, much
  more worried") opens no clause: the subject before it decides, as without the comma.
"""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import tier_feeling_support
from tests.realtext.evaluate import features_of

# text, tier, the writer's feeling statement, support
CASES = [
    # an order with "you" left out before a modal, told to the reader: advice
    ("Should be more worried about your elderly relatives.", 1, False, False),
    ("should be less angry at your mum tbh", 1, False, False),
    ("should feel proud of yourself", 1, False, False),
    ("shouldn't be so hard on yourself, you did your best", 1, False, True),
    # ... near misses: the writer in the sentence, no reader, a question, a subject, a plain order
    ("should be worried about my exam tbh", 2, False, False),
    ("should be so worried rn, my exam is tomorrow", 2, False, False),
    ("should be happy with that", 2, False, False),
    ("should be more worried about your relatives?", 1, False, False),
    ("you should be more worried about your relatives", 1, False, False),
    ("don't be sad, it's just a haircut", 0, False, False),
    # "eh", "meh" are interjections
    ("Eh happiness is just a fleeting fish. You can catch it a few times", 1, False, False),
    ("meh, grief like that doesn't just go away. give yourself time", 1, False, True),
    # ... near misses: the writer's own
    ("eh i'm so sad today", 2, True, False),
    ("meh. so sad about the game", 2, True, False),
    # a feeling as the last item of a list opening the subject, told to the reader
    ("Support and love would be your best bet.", 1, False, False),
    ("time and patience will help you more than anything", 0, False, False),
    # ... near misses: a subject before the list
    ("i need food and love", 2, False, False),
    ("friends and love are what i need", 2, False, False),
    # "missed out", "missing <thing>": no missing of someone
    ("He missed out on a golden kid. You should be proud of yourself", 1, False, True),
    ("you missed out on a great party", 1, False, False),
    ("I saw your missing post and hoped you found your baby", 1, False, True),
    ("we put up a missing cat poster", 0, False, False),
    # ... near misses: missing someone or something
    ("i missed out on the party and i'm gutted", 2, True, False),
    ("i miss my cat so much", 2, True, False),
    ("missing him so much today", 2, True, False),
    ("i won the miss you more game", 3, True, False),
    # a comma between a repeated intensifier opens no clause: the subject before it decides
    ("you must be so, so proud of her", 1, False, False),
    (
        "You should be much, much more worried about a rise in fascism than pedophilia.",
        1,
        False,
        False,
    ),
    # ... near misses: the writer's own, a third person's
    ("im so, so happy for you", 2, True, True),
    ("i'm so, so angry at him", 2, True, False),
    ("my sister is so, so angry", 2, False, False),
    # a feeling said of a thing as its predicate, told to the reader: a general truth
    (
        "Break ups are painful and there’s no way to avoid that. Be honest with your current girl.",
        0,
        False,
        False,
    ),
    (
        "Childhood is happiness. After that the rest of your life is spent chasing it",
        1,
        False,
        False,
    ),
    ("exams are so stressful. good luck to you!", 1, False, True),
    # ... near misses: the writer in the sentence, a writer's or a person's subject, a gerund
    # subject (its own rule: a reflection), nobody told
    ("exams are so stressful, i'm dreading mine", 2, True, False),
    ("my exams are so stressful", 2, False, False),
    ("the kids are so happy, thank you", 2, False, False),
    ("losing a pet is so hard. i'm sorry for you", 1, False, True),
    ("exams are so stressful", 2, False, False),
    # "leave me alone": stop bothering me, no loneliness
    ("Leave me alone [NAME] and go take care of your man. be happy.", 1, False, True),
    ("just leave me alone", 1, False, False),
    # ... near misses: the fear of being left, loneliness
    ("please don't leave me alone tonight", 3, True, False),
    ("please don't leave me", 3, True, False),
    ("i feel so alone", 3, True, False),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES])


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_set16_forms(frame, i, case):
    _text, tier, feeling, support = case
    assert tier_feeling_support(frame, i) == (tier, feeling, support)
