"""The shipped emotion model is the one its training script records, and it scores on real text
what its card says."""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import emotion
from tests.realtext import train
from tests.realtext.evaluate import dev_scores
from tests.realtext.goemotions import DIR, load

CARD = json.loads(train.CARD.read_text(encoding="utf-8"))


def test_card_names_the_shipped_model_and_its_data():
    assert train.sha256(emotion.MODEL_FILE) == CARD["model_sha256"]
    assert train.sha256(DIR / "train.tsv") == CARD["data"]["train.tsv"]
    assert (CARD["seed"], CARD["c_penalty"], CARD["target_fpr"]) == (
        train.SEED,
        train.C_PENALTY,
        train.TARGET_FPR,
    )
    model = emotion.load_model()
    assert model.threshold == CARD["threshold"]
    assert len(model.weights) == CARD["features_kept"]


def test_splits_are_the_published_sizes():
    assert (len(load("train")), len(load("dev"))) == (43410, 5426)


def test_dev_scores_are_the_recorded_ones():
    assert dev_scores() == CARD["dev"]


def test_model_reads_real_wording():
    model = emotion.load_model()
    angry = emotion.model_features(
        ("this", "is", "bullshit", ",", "i", "hate", "it"),
        "this is bullshit, I hate it!",
        tier=1,
        cats=(),
        terms=(),
        feeling=False,
        valence=-0.7,
        emphasis=False,
        emoji=(),
    )
    plain = emotion.model_features(
        ("the", "bus", "leaves", "at", "five"),
        "the bus leaves at five",
        tier=0,
        cats=(),
        terms=(),
        feeling=False,
        valence=0.0,
        emphasis=False,
        emoji=(),
    )
    assert model.probability(angry) >= model.threshold > model.probability(plain)
    assert model.strongest_word(angry) in {"bullshit", "hate", "i_hate", "is_bullshit", "hate_it"}
    tired = emotion.model_features(
        ("i", "am", "just", "so", "tired"),
        "i'm just so tired",
        tier=1,
        cats=(),
        terms=(),
        feeling=False,
        valence=-0.4,
        emphasis=False,
        emoji=(),
    )
    assert model.strongest_word(tired) not in {"i", "so", "just", "i_am", "am_just", "just_so"}


@pytest.mark.slow
def test_training_reproduces_the_shipped_model():
    data, card = train.build()
    shipped = json.loads(emotion.MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(data, ensure_ascii=False))
    assert card["threshold"] == CARD["threshold"]
