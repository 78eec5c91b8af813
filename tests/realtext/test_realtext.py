"""The shipped emotion model is the one its training script records, and it scores on real text
what its card says."""

from __future__ import annotations

import json
import math

import pytest

from analyzer.nlp import emotion
from tests.realtext import train
from tests.realtext.evaluate import dev_scores
from tests.realtext.goemotions import DIR, load

CARD = json.loads(train.CARD.read_text(encoding="utf-8"))


def test_card_names_the_shipped_model_and_its_data():
    assert train.sha256(emotion.MODEL_FILE) == CARD["model_sha256"]
    assert train.sha256(DIR / "train.tsv") == CARD["data"]["train.tsv"]
    assert train.sha256(train.BRIGHTER / "train_eng.csv") == CARD["data"]["train_eng.csv"]
    assert (CARD["data"]["brighter_positives"], CARD["data"]["brighter_negatives"]) == (2413, 237)
    assert CARD["brighter_weight"] == train.BRIGHTER_WEIGHT == 0.1
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
    # every figure of the card but the dev scores (checked above) and the file's hash
    assert card == {k: v for k, v in CARD.items() if k not in ("model_sha256", "dev")}


def test_char_grams_of_a_word():
    assert emotion.char_grams("ugh") == {
        "<u", "ug", "gh", "h>", "<ug", "ugh", "gh>", "<ugh", "ugh>", "<ugh>"
    }  # fmt: skip
    assert emotion.is_word("ugh") and not emotion.is_word("so annoying")
    assert not emotion.is_word("LEX_T1") and not emotion.is_word("FEELING")


def test_a_word_form_never_fitted_is_read_from_its_character_ngrams():
    model = emotion.load_model()
    assert "frustratingly" not in model.weights
    grams = [model.char_weights.get(g, 0.0) for g in emotion.char_grams("frustratingly")]
    assert model.feature_score("frustratingly") == math.fsum(grams)
    # 0.43 at the L2 penalty 0.05 (above 0.5 at 0.3, whose weights were larger everywhere)
    assert model.feature_score("frustratingly") > 0.4 > 0 > model.feature_score("bus")
    # a word pair has no character part: its weight alone
    assert model.feature_score("so annoying") == model.weights.get("so annoying", 0.0)


def _analysed(text):
    from analyzer.nlp import components
    from analyzer.nlp.features import build_pipeline

    nlp = build_pipeline(None)
    doc = next(nlp.pipe([text], disable=list(components.PIPE_NAMES)))
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    return components.analyse_doc(doc, text, lexicon, nlp.get_pipe("chat_valence").scorer)


def test_only_the_writers_own_statements_may_be_raised():
    from tests.realtext.evaluate import features_of

    texts = [
        "my boss never listens to anything, this is such bullshit",  # venting: raised
        "ugh this is the worst week ever",  # raised
        "why does this always happen to me, ugh",  # a question not about the other: read
        "you never listen to anything, this is such bullshit",  # criticism of the reader
        "how are you holding up with all this?",  # a question about the other
        "thank you so much, this made my whole week",  # thanks
        "you seem really exhausted lately",  # a reflection of the reader's feeling
        "grow up",  # a put-down without "you"
    ]
    feats = features_of(texts)
    assert feats["tier"].tolist() == [2, 2, 1, 1, 0, 1, 1, 1]
    assert feats["emotion_terms"].tolist()[:2] == ["bullshit", "worst"]
    asked = feats["emotion_score"].notna().tolist()
    assert asked == [True, True, True, False, False, False, False, False]
    assert feats["reflection"].tolist()[6]


def test_a_reflection_is_never_raised_whatever_its_categories():
    text, _emoji, lex, acts, feeling, _fw, _val = _analysed("ugh this is the worst week ever")
    assert lex.tier == 1 and not any(lex.cats)  # a plain statement: the model may raise it
    assert emotion.may_raise(lex, acts, feeling) is True
    assert emotion.may_raise(lex._replace(reflected=("worst",)), acts, feeling) is False
    assert emotion.may_raise(lex._replace(tier=2), acts, feeling) is False


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        pytest.param("omg!!", False, id="one-word-exclamation"),  # "oh my god" once normalised
        pytest.param("me unfortunately", False, id="two-word-reaction"),
        pytest.param("damn it!!", False, id="two-word-interjection"),
        pytest.param("ugh, damn it", True, id="three-words-counted-as-typed"),
        pytest.param("gym was brutal", True, id="three-words"),
        pytest.param("me unfortunately again", True, id="three-words-reaction"),
    ],
)
def test_the_model_asks_nothing_of_a_message_of_one_or_two_words(text, asked):
    from tests.realtext.evaluate import features_of

    feats = features_of([text])
    assert bool(feats["emotion_score"].notna().iloc[0]) is asked
    assert emotion.long_enough(_analysed(text)[0]) is asked
