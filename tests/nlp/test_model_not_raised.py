"""What the emotion model may not raise (issue 21, "depth up to what a model reaches", with acts
and the reader's feelings told apart): a congratulation or a greeting formula ("congrats on the
new flat!!", "happy friday all!!") is a response to the reader's news, as thanks are, and a mild
state as the model's strongest word ("exhausted today, on my feet since 6") is tier 1 by the tiers'
definition. Each pack lists both in ``words.json`` (``model_formulas``, ``model_mild``).

Each case is read twice by the same model: as shipped, and with a language whose pack lists
nothing (so the test shows the lists are what keep these messages below tier 2, and that the
model would raise them otherwise). Wordings written for this test.
"""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.nlp import components, emotion
from analyzer.nlp.features import build_pipeline


def _read(model: emotion.EmotionModel, text: str) -> tuple[int, tuple[str, ...]]:
    nlp = build_pipeline()
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    doc = nlp.make_doc(text)
    t, e, lx, a, f, _fw, val = components.analyse_doc(doc, text, lexicon, scorer)
    tier, terms, _score = model.read(t, e, lx, a, f, val)
    return tier, terms


SHIPPED = emotion.load_model("en")
#: the same weights with no "may not raise" lists (a language code no pack has)
UNLISTED = dataclasses.replace(SHIPPED, language="zz")


@pytest.mark.parametrize(
    "text",
    [
        "congrats on the new flat!! 🎉🎉",
        "omg congratulations!!! when's the party",
        "happy friday all!! 🥳",
        "exhausted today, on my feet since 6",
    ],
)
def test_formulas_and_mild_states_are_not_raised(text):
    assert _read(UNLISTED, text)[0] == 2  # the model alone would raise it
    assert _read(SHIPPED, text)[0] == 1


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # the writer's own feeling beside a congratulation is the lexicon's, and stays
        ("congrats!! i'm so relieved it all worked out", 2),
        ("congrats!! so happy for you", 2),
    ],
)
def test_the_writers_feeling_beside_them_stays(text, tier):
    assert _read(SHIPPED, text)[0] == tier


def test_every_pack_lists_them():
    for code in ("en", "pt", "es", "de", "fr", "it", "hi"):
        formulas, mild = emotion.not_raised(code)
        assert formulas and mild, code
    assert ("happy", "birthday") in emotion.not_raised("en")[0]["happy"]
    assert emotion.not_raised("pt")[0]["parabens"] == (("parabens",),)  # accents folded
    assert "muede" in emotion.not_raised("de")[1]
    assert emotion.not_raised("zz") == ({}, frozenset())
