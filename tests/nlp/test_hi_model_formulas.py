"""Greeting formulas the Hindi emotion model may not raise: "gn!!", "good morning!!", "शुभ रात्रि"
close or open a chat day, as "happy friday!!" does in English (``model_formulas`` in
``hi/words.json``; see ``test_model_not_raised.py``). Each case is read twice by the same model:
as shipped, and with a language whose pack lists nothing, so the test shows the list is what keeps
the greeting below tier 2. Near misses: the writer's own feeling beside a greeting is the
lexicon's and stays. Wordings written for this test ("gn!!" is how the Hindi sample chat says it).
"""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.nlp import components, emotion
from analyzer.nlp.features import build_pipeline


def _read(model: emotion.EmotionModel, text: str) -> int:
    nlp = build_pipeline(None, language="hi")
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    doc = nlp.make_doc(text)
    t, e, lx, a, f, _fw, val = components.analyse_doc(doc, text, lexicon, scorer)
    return model.read(t, e, lx, a, f, val)[0]


SHIPPED = emotion.load_model("hi")
#: the same weights with no "may not raise" lists (a language code no pack has)
UNLISTED = dataclasses.replace(SHIPPED, language="zz")


@pytest.mark.parametrize("text", ["gn sab ko!!", "good night yaar!!"])
def test_greetings_are_not_raised(text):
    assert _read(UNLISTED, text) == 2  # the model alone would raise it
    assert _read(SHIPPED, text) == 1


@pytest.mark.parametrize("text", ["gn!!", "good night!!"])
def test_a_greeting_of_one_or_two_words_is_not_even_asked(text):
    # the model reads no message of fewer than three words (emotion.MIN_RAISE_WORDS)
    assert _read(UNLISTED, text) == 1


@pytest.mark.parametrize("text", ["सुप्रभात", "शुभ रात्रि!"])
def test_devanagari_greetings_stay_below_2(text):
    assert _read(SHIPPED, text) < 2


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # the writer's own feeling beside a greeting is the lexicon's, and stays
        ("gn, aaj main bahut udaas hoon", 2),
        ("शुभ रात्रि, मुझे बहुत डर लग रहा है", 2),
    ],
)
def test_the_writers_feeling_beside_them_stays(text, tier):
    assert _read(SHIPPED, text) == tier


def test_the_formulas_are_listed():
    formulas = emotion.not_raised("hi")[0]
    assert formulas["good"] == (("good", "night"), ("good", "morning"))
