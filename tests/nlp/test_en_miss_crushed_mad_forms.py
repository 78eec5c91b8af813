"""English forms from the scenario chats' misreadings (session 38): missing someone is loneliness,
not affection, so it reads negative ("I miss my dad today"), while "miss you" to the reader keeps
the affection floor; "crushed" is its own stem, so "a bit crushed" is no longer "a crush"; "mad"
meaning crazy or very ("mad game", "yeah mad", "mad busy") is tier 1 with no feeling, while
"i'm so mad at him" keeps its reading."""

from __future__ import annotations

import pytest

from analyzer.nlp import components
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import CAT_INDEX


def _read(text: str) -> tuple[int, str, bool, bool, float]:
    """Tier, emotion terms, feeling statement, its sign (negative) and the valence."""
    nlp = build_pipeline()
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    _t, _e, lx, _a, f, _fw, val = components.analyse_doc(nlp.make_doc(text), text, lexicon, scorer)
    return max(lx.tier, f.tier), " ".join(lx.emotion_terms), f.feeling, f.negative, round(val, 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        # missing someone absent: loneliness, read negative
        pytest.param("I miss my dad today", (2, "miss", True, True, -0.3), id="miss-dad"),
        pytest.param("i miss him so much", (2, "miss", True, True, -0.3), id="miss-him"),
        pytest.param("missing my mum", (2, "missing", True, True, -0.3), id="missing-mum"),
        # near misses: missing the reader is affection (the floor stays)
        pytest.param("miss you!", (3, "miss_you", True, False, 0.5), id="miss-you"),
        pytest.param("I miss you so much ❤️", (3, "i_miss_you", True, False, 0.5), id="i-miss-you"),
        pytest.param("missing you", (3, "miss_you", True, False, 0.5), id="missing-you"),
        pytest.param("miss the bus", (0, "", False, False, -0.1531), id="miss-the-bus"),
        # crushed, with an intensifier between "a" and it
        pytest.param(
            "honestly a bit crushed", (3, "crushed", True, True, -0.3), id="a-bit-crushed"
        ),
        pytest.param(
            "a little crushed tbh", (3, "crushed", True, True, -0.3626), id="a-little-crushed"
        ),
        pytest.param("i was crushed", (3, "crushed", True, True, -0.4215), id="was-crushed"),
        # near misses: a crush is still a crush, crushing it still praise, garlic still a thing
        pytest.param(
            "i have a bit of a crush on him", (2, "a_crush", True, False, 0.5), id="crush-on"
        ),
        pytest.param("a little crush", (2, "a_crush", True, False, 0.5), id="little-crush"),
        pytest.param("you're crushing it!!", (1, "", False, False, -0.4738), id="crushing-it"),
        pytest.param("you crushed it!", (1, "", False, False, -0.4753), id="crushed-it"),
        pytest.param("crushed garlic", (0, "", False, False, -0.4215), id="crushed-garlic"),
    ],
)
def test_missing_and_crushed(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, tier, terms, feeling",
    [
        # "mad" as crazy or very: a thing's description or a bare verdict, tier 1, no feeling
        pytest.param("mad game last night", 1, "", False, id="mad-game"),
        pytest.param("yeah mad", 1, "", False, id="yeah-mad"),
        pytest.param("mad", 1, "", False, id="bare-mad"),
        pytest.param("apparently yes, mad", 1, "", False, id="yes-mad"),
        pytest.param("mad busy today", 1, "", False, id="mad-busy"),
        pytest.param("that's mad", 1, "", False, id="thats-mad"),
        pytest.param("it was mad", 1, "", False, id="it-was-mad"),
        pytest.param("what a mad day", 1, "", False, id="mad-day"),
        pytest.param("that was a mad one", 1, "", False, id="a-mad-one"),
        pytest.param("mad respect", 1, "", False, id="mad-respect"),
        pytest.param("which is mad because I organised it", 1, "", False, id="which-is-mad"),
        pytest.param("not sure when though, things are mad", 1, "", False, id="things-are-mad"),
        # near misses: anger of the writer's, the reader's or a third person's keeps its reading
        pytest.param("i'm so mad at him", 2, "mad", True, id="so-mad-at-him"),
        pytest.param("are you mad at me", 2, "are_you_mad_at_me", False, id="are-you-mad-at-me"),
        pytest.param("he's mad at me", 2, "mad", False, id="hes-mad-at-me"),
        pytest.param("i'm mad", 2, "mad", True, id="im-mad"),
        pytest.param("so mad", 2, "mad", True, id="so-mad"),
        pytest.param("yeah mad at him", 2, "mad", False, id="yeah-mad-at-him"),
        pytest.param("it made me so mad one time", 2, "mad", True, id="mad-one-time"),
        pytest.param("i was mad", 2, "mad", True, id="i-was-mad"),
        pytest.param("he was mad", 2, "mad", False, id="he-was-mad"),
    ],
)
def test_mad_as_crazy_or_very(text, tier, terms, feeling):
    t, e, f, _neg, _val = _read(text)
    assert (t, e, f) == (tier, terms, feeling)


@pytest.mark.parametrize(
    "text, tier, affection, valence",
    [
        # "the baby", "a baby": a child, not a term of endearment
        pytest.param(
            "i feel like i've lost myself a bit since the baby", 1, 0, 0.0516, id="the-baby"
        ),
        pytest.param("the baby is sick", 1, 0, -0.5106, id="baby-sick"),
        pytest.param("we're having a baby!", 1, 0, 0.0, id="a-baby"),
        # near misses: "baby" to the reader stays affection; "such a baby" stays a put-down
        pytest.param("night baby", 1, 1, 0.5, id="night-baby"),
        pytest.param("hey baby how was work", 1, 1, 0.5, id="hey-baby"),
        pytest.param("love you baby", 3, 1, 0.6369, id="love-you-baby"),
        pytest.param("don't be such a baby", 1, 0, -0.2, id="such-a-baby"),
    ],
)
def test_the_baby_is_a_child(text, tier, affection, valence):
    nlp = build_pipeline()
    doc = nlp(text)
    got = (
        max(doc._.chat_lex.tier, doc._.chat_feeling.tier),
        doc._.chat_lex.cats[CAT_INDEX["affection"]],
        round(doc._.chat_valence, 4),
    )
    assert got == (tier, affection, valence)
