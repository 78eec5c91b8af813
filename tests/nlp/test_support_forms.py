"""The open support families of ``lexicons/en/patterns.toml`` on forms written for this test.

Each support form is a slot pattern, not a sentence: the sentences here are new wordings (none
is in the real-register set or the gold set), and the look-alikes beside them must stay out.
"""

from __future__ import annotations

import pytest

from tests.realtext.evaluate import features_of, support_fired

SUPPORT = [
    # understanding with a gerund, "do", a typo the normaliser fixes
    "i can definately understand wanting some distance from them",
    "i really do understand, that week sounded like a lot",
    "i can tell you care about her a lot",
    "i can tell ur upset, no pressure to talk",
    "you seemed kind of down on the phone yesterday",
    # normalising
    "everybody freezes up in a presentation at some point",
    "you'd be surprised how common this is",
    "that would make anyone nervous",
    "i'd be gutted too in your position",
    "there's no timeline for getting over someone",
    "one bad exam doesn't define you",
    "that's such a normal worry before a wedding",
    "it was not as bad as you think, nobody noticed",
    "everyone has their off days, don't sweat it",
    # naming the difficulty
    "what terrible luck, right before the holidays",
    "that's so much to carry for one person",
    "oh no. that's heartbreaking",
    "that was such a slap in the face after all your work",
    # praise and affirmation
    "you worked so hard for this one",
    "you handled that meeting like a pro",
    "you'd be amazing at teaching",
    "look at you cooking dinner every night",
    "give yourself some credit, you were up at 5 every day",
    "you're way braver than you think",
    # wishes and offers
    "have a safe and relaxing trip",
    "enjoy every minute of it",
    "i'll always be here to listen",
    "let me buy you dinner this week",
    "my spare room is yours for as long as you need",
    "i'm so angry on your behalf",
]

NOT_SUPPORT = [
    "i finally get why people like this show",
    "i can tell you a secret about the ending",
    "you seem to know a lot about trains",
    "most people think the sequel is better",
    "everyone has a phone these days",
    "everyone has something to say about it",
    "what a great goal by the keeper",
    "that was a lot of fun, same time next week",
    "you did the dishes wrong again",
    "i would be late to my own wedding lol",
    "let me get this straight, you sold the car?",
    "i will bring it up at the meeting",
    "have you eaten yet",
]


@pytest.fixture(scope="module")
def fired():
    texts = SUPPORT + NOT_SUPPORT
    return dict(zip(texts, support_fired(features_of(texts)), strict=True))


@pytest.mark.parametrize("text", SUPPORT)
def test_open_support_forms_fire(fired, text):
    assert fired[text]


@pytest.mark.parametrize("text", NOT_SUPPORT)
def test_look_alikes_do_not(fired, text):
    assert not fired[text]


def test_the_writers_hypothetical_and_the_readers_state_are_not_the_writers_feeling():
    texts = ["i'd be so furious too honestly", "you seemed really stressed last week"]
    feats = features_of(texts)
    assert list(feats["feeling"]) == [False, False]
    assert list(feats["tier"] < 2) == [True, True]
    assert support_fired(feats).all()
