"""An emotion model that weighs long posts down (``EmotionModel.length_power``, German's): the sum
of a message's words, word pairs and their character n-grams is divided by its number of
distinct words to that power, and the components' features (tier, categories, "!") are not; the
training (``tests/realtext/train_fit.design``) scales its rows the same way."""

from __future__ import annotations

import math

import numpy as np

from analyzer.nlp import emotion
from tests.realtext.train_fit import char_counts, design

WEIGHTS = {"a": 1.0, "bb": 1.0, "a bb": 0.5, "EXCL": 2.0}
FEATS = {"a", "bb", "a bb", "EXCL"}


def _z(p: float) -> float:
    return math.log(p / (1 - p))


def test_without_a_power_the_score_is_the_plain_sum():
    model = emotion.EmotionModel(WEIGHTS, -1.0, 0.5)
    assert math.isclose(_z(model.probability(FEATS)), -1.0 + 1.0 + 1.0 + 0.5 + 2.0)


def test_words_pairs_and_char_grams_are_divided_by_the_words_to_the_power():
    model = emotion.EmotionModel(WEIGHTS, -1.0, 0.5, {"<a>": 0.5}, length_power=0.5)
    # two distinct words ("a", "bb"); "<a>" adds to "a"; "!" is a component's feature
    expected = -1.0 + (1.5 + 1.0 + 0.5) / math.sqrt(2) + 2.0
    assert math.isclose(_z(model.probability(FEATS)), expected)
    # one more word with no weight still makes the post longer
    assert math.isclose(_z(model.probability(FEATS | {"cc"})), -1.0 + 3.0 / math.sqrt(3) + 2.0)


def test_training_scales_the_rows_as_the_run_time_does():
    vocab = {"EXCL": 0, "a": 1, "a bb": 2, "bb": 3}
    chars = [char_counts(FEATS)]
    grams = sorted(chars[0])
    char_vocab = {g: j for j, g in enumerate(grams)}
    x = design([FEATS], vocab, chars, char_vocab, scale=0.1, power=0.5).toarray()[0]
    k = 2**-0.5
    assert np.allclose(x[:4], [1.0, k, k, k])
    assert np.allclose(x[4:], [0.1 * k] * len(grams))
    # without a power the rows are as before: 0/1 and counts times the scale
    plain = design([FEATS], vocab, chars, char_vocab, scale=0.1).toarray()[0]
    assert np.allclose(plain, [1.0, 1.0, 1.0, 1.0] + [0.1] * len(grams))
