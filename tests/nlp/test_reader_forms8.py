"""The reader's feeling in the forms of the eighth register set (issue 21, "whose feeling is
it"), on wordings written for this test (none is in a register set or the gold set).

A name the writer calls the reader by ("mr grumpy", "grumpy pants"), a "when / if" clause
followed by an offer to the reader ("when you're anxious just text me"), a question about the
reader opened by "does it", an order about the reader's feeling ("stop being so jealous", "try
not to stress"), the reader's feeling in the future said as reassurance ("you'll be so glad you
went") and the writer's hypothetical in support ("i'd be fuming too in your shoes"): never the
writer's tier or feeling statement. Beside each, look-alikes that stay the writer's or a third
person's.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import normalise_doc
from tests.realtext.evaluate import features_of, support_fired

# text, tier, feeling statement, support (cat_support or cat_validation)
CASES = [
    # --- the reader named by a nickname: a tease, the reader's, no support
    ("settle down mr moody, the bus is coming", 1, False, False),
    ("ok ok little miss nervous, i checked the stove", 1, False, False),
    ("look at mr jealous over there lol", 1, False, False),
    ("cheer up grumpy guts", 1, False, False),
    ("lost the tickets again (sad face)", 2, False, False),  # the writer's, not a name
    ("somebody woke up grumpy this morning", 1, False, False),
    # ... not a third person called so, nor the writer calling themselves so
    ("my little cousin is such a grumpy pants before lunch", 2, False, False),
    ("call me mr anxious but i triple checked the tickets", 2, False, False),
    # --- a "when / if" clause with an offer to the reader after it: the reader's, no reflection,
    # and the offer is support
    ("when you're lonely on sunday nights just call me", 1, False, True),
    ("whenever the anxiety spikes at work, you can text me", 1, False, True),
    ("if the sadness comes back this weekend come over to mine", 1, False, True),
    # ... the writer's own in a condition, and a generic "you" with no offer, stay as before
    ("when i'm lonely i just call my gran", 3, True, False),
    ("when you feel lonely it's the worst feeling", 3, False, False),
    # --- a question about the reader opened by "does it" / "is it", the reader named after it
    ("does it still hurt when you see his posts", 1, False, False),
    ("does it still hurt when i mention it", 2, False, False),
    # --- orders about the reader's feeling: the reader's, and reassurance where they reassure
    ("stop being so jealous of my friends", 1, False, False),
    ("try not to stress about the audit tonight", 1, False, True),
    ("never be embarrassed about crying at work", 1, False, True),
    ("dont you dare feel bad for resting", 1, False, True),
    ("don't be upset with me, i didn't mean it", 1, False, False),
    # --- the reader's feeling in the future said as reassurance
    ("you'll be so glad you booked it", 1, False, True),
    ("ull feel way calmer once the move is done", 1, False, True),
    ("future you will be so grateful you saved", 1, False, True),
    ("you won't always feel this stuck", 1, False, True),
    ("you'll regret saying that", 1, False, False),
    # --- the writer's hypothetical in support: validation, never the writer's feeling
    ("i'd be fuming too in your shoes", 1, False, True),
    ("if it were me i'd be scared to go back", 1, False, True),
    # --- others' love said to comfort the reader, praise said as others' luck: support only
    ("people stick around because they love you", 1, False, True),
    ("your friends care about you so much", 1, False, True),
    ("your sister is lucky to have you", 1, False, True),
    ("we're lucky to have you", 3, True, False),
    ("does she love you?", 3, False, False),
    # --- normalising a hurt, and the writer's hypothetical with a causing verb
    ("it's gonna sting for a while and that's okay", 1, False, True),
    ("that would've rattled me too", 1, False, True),
    ("i'd be a wreck if i were you", 1, False, True),
    # --- a situation called a nightmare is an evaluation, not a disclosure
    ("the commute was an absolute nightmare", 1, False, False),
    ("i had a nightmare about the exam", 2, True, False),
    # --- "it's okay to be ...", "..., i get that": validation; a loss the reader will miss
    ("it's okay to be jealous of them sometimes", 1, False, True),
    ("it's a lot to carry alone, i get that", 1, False, True),
    ("you'll miss the old flat so much", 1, False, False),
    ("i'll miss the old flat so much", 2, True, False),
    ("you will be sorely missed at work", 2, False, False),  # the others' missing, not yours
    # --- "i hate that they ... you": sympathy, not the writer's anger; a complaint is neither
    ("i hate that they treated you like that", 1, False, True),
    ("hate that you have to deal with this on your own", 1, False, True),
    ("i hate that you never call me back", 1, False, False),
    ("i hate that i can't come to the wedding", 2, False, False),
    # --- "<feeling> much": a tease of the reader
    ("wow grumpy much", 1, False, False),
    # --- an offer for when the reader feels bad: support; logistics and the writer's own: not
    ("if you get anxious on the train just ring me", 1, False, True),
    ("when the loneliness hits, you can always call me", 1, False, True),
    ("if it gets too much at the party we can leave early", 1, False, True),
    ("when you land text me", 0, False, False),
    ("if you're free sunday come over", 0, False, False),
    # --- more future reassurance; not a future that is no feeling of the reader's
    ("you'll get used to the new flat", 1, False, True),
    ("you'll look back on this and laugh", 1, False, True),
    ("you'll be way less nervous next time", 1, False, True),
    ("you might feel a bit flat after the wedding", 1, False, True),
    ("you'll be less welcome if you keep that up", 0, False, False),
    # --- "you matter" affirms the reader; "little miss" and a missed deadline name no feeling
    ("you matter to so many people", 1, False, True),
    ("missing a deadline happens to everyone", 1, False, False),
]


@pytest.mark.parametrize(("text", "tier", "feeling", "support"), CASES)
def test_the_readers_feeling_is_not_the_writers(text, tier, feeling, support):
    feats = features_of([text])
    assert int(feats["tier"].iat[0]) == tier
    assert bool(feats["feeling"].iat[0]) == feeling
    assert bool(support_fired(feats)[0]) == support


def _who(text: str, word: str) -> tuple[str, str]:
    nlp = build_pipeline()
    words = tuple(normalise_doc(nlp.make_doc(text), text).words)
    i = words.index(word)
    return experiencer.experiencer(words, i, i + 1, experiencer.load_rules("en"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("chill mr grumpy", "grumpy", (experiencer.READER, "")),
        ("look at little miss anxious go", "anxious", (experiencer.READER, "")),
        (
            "mr grumpy downstairs yelled again",
            "grumpy",
            (experiencer.THIRD, experiencer.BY_SUBJECT),
        ),
        ("call me little miss anxious", "anxious", (experiencer.WRITER, experiencer.BY_SUBJECT)),
        ("when you're anxious text me", "anxious", (experiencer.READER, "")),
        ("when you're anxious everything feels loud", "anxious", (experiencer.UNDECIDED, "")),
        ("if the panic hits, ring me", "panic", (experiencer.READER, "")),
        ("if the panic hits, i breathe into a bag", "panic", (experiencer.UNDECIDED, "")),
        ("does it hurt when you walk", "hurt", (experiencer.READER, experiencer.BY_FRAME)),
    ],
)
def test_who_feels_it(text, word, expected):
    assert _who(text, word) == expected
