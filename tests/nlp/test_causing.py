"""The reader as the object of a causing verb, sarcasm, and two look-alikes of reflection.

"this must be stressing *you* out", "i hate that he hurt *you*", "sounds like it's wearing *you*
down": the reader is the one who feels it, whoever the subject is, so it is a reflection and
never the writer's feeling. When the writer is the one who causes it ("did i upset you",
"sorry to bother you") it is still the reader's feeling but no reflection. Sarcasm ("must be so
tough being you") is no support; nor is a task's difficulty ("it must be hard to find parking")
or a past observation leading to a question ("you seemed really happy at the party, who was that
guy"). The words are the English pack's ``experiencer.json`` (``causing``, ``sarcasm``, ...).
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from tests.nlp.pack_cases import whose_reading
from tests.realtext.evaluate import features_of

# text, tier, feeling statement, support (cat_support or cat_validation), reflection, reflected
CASES = [
    # --- a causing verb with the reader as its object: a reflection, whatever the subject
    ("i hate that he hurt you like that", 1, False, True, True, "hurt"),
    ("this must be stressing you out so much", 1, False, True, True, "stressed"),
    ("sounds like it's wearing you down", 1, False, True, True, "wearing"),
    ("dont let him get to you, he does this to everyone", 1, False, True, False, ""),
    ("try not to let it wear you down", 1, False, True, True, "wear"),
    ("must really bother you that she never says thank you", 1, False, True, True, "bother"),
    ("it must irritate you to no end that he keeps doing that", 1, False, True, True, "irritate"),
    ("the way they talk to you would piss anyone off", 1, False, True, True, "piss"),
    ("seems like it's really getting under your skin", 1, False, True, True, "getting"),
    # --- the writer causes it: the reader's feeling, no reflection, not the writer's
    ("did i upset you yesterday", 1, False, False, False, ""),
    ("sorry to bother you", 1, False, False, False, ""),
    ("i'm so sorry i scared you", 1, False, False, False, ""),
    # ... a question or a question tag about it: no reflection
    ("lol is work stressing u out already", 1, False, False, False, ""),
    ("it's getting to you isnt it. told you that job was a mistake", 1, False, False, False, ""),
    # ... the writer or a third person as the object: theirs
    ("you really hurt me when you said that", 2, True, False, False, ""),
    ("this is stressing me out so much i cant even eat", 2, True, False, False, ""),
    ("the layoffs are really worrying my dad", 2, False, False, False, ""),
    ("that must have scared your mum so much", 2, False, False, False, ""),
    # ... no feeling at all
    ("it won't hurt you to ask for an extension", 0, False, False, False, ""),
    ("a late application could hurt your chances", 1, False, False, False, ""),
    # ... while "hurt your feelings" is the reader's
    ("that must have hurt your feelings", 1, False, True, True, "hurt"),
    ("he threw you a surprise party??", 1, False, False, False, ""),
    # --- support in forms the families had missed
    ("you handled that way better than i would have", 1, False, True, False, ""),
    ("what you did for your sister was really kind", 1, False, True, False, ""),
    ("you dont have to have it all figured out today", 1, False, True, False, ""),
    ("there's nothing wrong with needing a break", 1, False, True, False, ""),
    ("no shame in feeling overwhelmed by all of this", 1, False, True, False, ""),
    ("text me when you land ok? safe travels", 1, False, True, False, ""),
    ("what you did was so stupid", 1, False, False, False, ""),
    (
        "it's so unfair that they humiliated you in front of everyone",
        1,
        False,
        True,
        False,
        "",
    ),
    ("you get scared of literally everything lol", 1, False, False, False, ""),
    # --- the writer's hypothetical beside the reader's feeling: not the writer's own
    ("that would scare me too... it must scare you", 1, False, True, True, "scare"),
    ("that scares me so much", 2, True, False, False, ""),
    # --- a reflection followed by the writer's own feeling: both kept
    ("you sound exhausted. i'm worried about you", 2, True, True, True, "exhausted"),
    # --- sarcasm: the reader's feeling, no support, not the writer's
    ("must be so tough being you", 0, False, False, False, ""),
    ("oh poor you", 0, False, False, False, ""),
    # ... while the same frame in earnest is support
    ("must be so tough being a single parent", 1, False, True, True, "tough"),
    # --- a task's difficulty, no feeling: no support; with the reader named it stays one
    ("it must be hard to find parking around there", 0, False, False, False, ""),
    ("it must be hard to find work at your age", 1, False, True, True, "hard"),
    ("it must be hard to watch him go through that", 1, False, True, True, "hard"),
    # --- a past or pleasant observation leading to a question: small talk, not support
    ("you seemed really happy at the party, who was that guy", 1, False, False, False, ""),
    ("you seem weirdly happy today, what did you do", 1, False, False, False, ""),
    # ... and the same observation on its own, or of a hard feeling, stays a reflection
    ("you seem really happy lately", 1, False, True, True, "happy"),
    ("you seem really down lately, wanna talk later?", 1, False, True, True, "down"),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES]).reset_index(drop=True)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_causing_and_sarcasm(frame, i):
    text, tier, feeling, support, reflection, reflected = CASES[i]
    assert whose_reading(frame.iloc[i]) == (tier, feeling, support, reflection, reflected)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@pytest.mark.parametrize(
    ("text", "i", "end"),
    [
        ("this is stressing you out", 2, 5),
        ("he hurt you", 1, 3),
        ("it is wearing you down", 2, 5),
        ("that would upset anyone", 2, 4),  # everyone as the object after a modal
        ("it will upset anyone", 2, 0),  # ... not without one
        ("it will not hurt you to ask", 3, 0),  # a blocker after the phrase
        ("he hurt his back", 1, 0),
        ("i am so scared you are going to leave", 3, 0),  # an adjective
        ("i was worried you would not come", 2, 0),  # ... and a new clause's subject
        ("it is embarrassing you think that", 2, 0),
        ("it hurt your chances", 1, 0),
    ],
)
def test_causing_at(text, i, end):
    assert experiencer.causing_at(_words(text), i, experiencer.load_rules("en")) == end


@pytest.mark.parametrize(
    ("text", "i", "writer"),
    [
        ("did i upset you", 2, True),
        ("i really must have hurt you", 4, True),
        ("sorry to bother you", 2, True),
        ("i did not mean to scare you", 5, True),
        ("it is starting to get to you", 4, False),
        ("i hate that he hurt you", 4, False),
        ("this must be stressing you out", 3, False),
    ],
)
def test_caused_by_writer(text, i, writer):
    assert experiencer.caused_by_writer(_words(text), i, experiencer.load_rules("en")) is writer


def test_other_packs_carry_the_keys_empty_and_read_no_causing_phrase():
    rules = experiencer.load_rules("pt")
    assert rules.causing == {} and rules.sarcasm == () and not rules.observation_past
    words = _words("isso te estressa")
    assert experiencer.causing_at(words, 2, rules) == 0
    assert not experiencer.sarcastic(words, rules)
