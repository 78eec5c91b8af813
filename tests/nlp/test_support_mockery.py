"""Mockery that takes the support out of a whole message (``analyzer/nlp/mockery.py``, words in
``lexicons/en/experiencer.json``: ``mock_markers``, ``mock_signs``, ``mock_vocatives``,
``warmth_signs``), on wordings written for this test (none is in a register set or the gold
set).

Each taunt is support without the rule (its praise, wish or sympathy fires a family) and none
with it; the near misses beside them are sincere and stay support: a condescending name alone
("ur doing amazing sweetie", "so proud of you kiddo ❤️") is affection as often as contempt.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer, mockery
from analyzer.nlp.lexicon import blank_english
from analyzer.nlp.normalise import normalise_doc, normaliser
from tests.realtext.evaluate import features_of, support_fired

RULES = experiencer.load_rules("en")


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalise_doc(blank_english()(text), text, normaliser()).words)


TAUNTS = [
    # mock markers: mockery on their own
    "ur gonna ace it... said no one ever",
    "you're such a great listener, said nobody ever",
    "you're so brave for posting this sweatie",
    "nice try bucko, good luck next time",
    "i'm cringing for you. good luck out there",
    "sounds like you have it all figured out. good luck",
    # an eye-roll said to the reader, no third person named
    "wow you're so brave, you answered one email 🙄",
    "sure you worked so hard today 🙄",
    # a condescending name for the reader in a hostile message
    "look at you, mr perfect! you're such a baby though, good job",
    "you're such a drama queen, good luck champ",
    "good for you, kiddo. you're such a baby though",
]

SINCERE = [
    "good luck with the interview!",
    "good luck, you'll smash it",
    "so proud of you kiddo ❤️",
    "you're such a big boy, so proud of you kiddo ❤️",  # "you're such a" counts as criticism
    "ur doing amazing sweetie",
    "you deserve it all champ",
    "ur handling all this like a champ",
    "proud of you buddy, you did great pal",  # two names, no hostility
    "good luck today buddy, you've got this",
    "you did so well, sport",
    "sending hugs, kiddo. that teacher was so unfair to you",
    "you dont have to have it all figured out today",
    "nobody ever said it would be easy, but you're doing great",
    "ugh she's the worst 🙄 you did nothing wrong",  # the eye-roll is at her
]


@pytest.mark.parametrize("text", TAUNTS)
def test_taunts_are_not_support(text):
    assert not support_fired(features_of([text]))[0]


@pytest.mark.parametrize("text", TAUNTS)
def test_taunts_are_support_without_the_rule(text, monkeypatch):
    """The rule is what takes the support out: without it each taunt reads as support."""
    monkeypatch.setattr(mockery, "mocking", lambda *args: False)
    assert support_fired(features_of([text]))[0]


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_support_stays(text):
    assert support_fired(features_of([text]))[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ok kiddo.", 1),
        ("look at you, mr perfect!", 1),
        ("you're so brave, little miss perfect, you're such a diva", 1),  # one name, not two
        ("proud of you buddy, you did great pal", 2),
        ("Thanks for your input Mr [NAME].", 0),  # a real name
        ("mr grumpy next door complained again", 0),  # not said to the reader
        ("call me little miss anxious but i checked", 0),  # the writer's name for themselves
        ("ur handling all this like a champ", 0),  # a predicate
        ("my kid is so proud", 0),
        ("ur doing amazing sweetie fr", 0),  # the name does not end its clause
    ],
)
def test_condescending_names_in_address_position(text, names):
    assert mockery.vocatives(_words(text), RULES) == names


@pytest.mark.parametrize(
    ("text", "hostile", "mocks"),
    [
        ("ur doing amazing sweetie", False, False),
        ("ur doing amazing sweetie", True, True),
        ("so proud of you kiddo ❤️", True, False),  # warmth keeps it sincere
        ("so proud of you kiddo xx", True, False),
        ("you did great, said no one ever", False, True),
        ("you did great 🙄", False, True),
        ("he was awful 🙄 you did great", False, False),
        ("🙄", False, False),  # not said to the reader
    ],
)
def test_mocking_cues(text, hostile, mocks):
    assert mockery.mocking(_words(text), text, hostile, RULES) is mocks


def test_other_packs_carry_the_keys_empty_and_read_no_mockery():
    rules = experiencer.load_rules("pt")
    assert (rules.mock_markers, rules.mock_signs, rules.mock_vocatives, rules.warmth_signs) == (
        (),
        (),
        (),
        (),
    )
    assert not mockery.mocking(("voce", "e", "otimo"), "você é ótimo 🙄", True, rules)


@pytest.mark.parametrize(
    ("text", "criticism", "invalidation"),
    [
        ("sounds like you have it all figured out. good luck", 0, 1),  # a dismissal
        ("wow you're so brave, you answered one email 🙄", 1, 0),  # already hostile: as it was
    ],
)
def test_a_taunt_stays_an_act_toward_the_reader(text, criticism, invalidation):
    """With its support taken, a taunt is still said to the reader: it counts once as a
    dismissal when nothing hostile is counted yet, so the emotion model never reads it as the
    writer's own statement ("good luck" raised to tier 2 with the term "luck")."""
    row = features_of([text]).iloc[0]
    got = (row["cat_criticism"], row["cat_invalidation"], row["tier"], row["emotion_terms"])
    assert got == (criticism, invalidation, 1, "")
