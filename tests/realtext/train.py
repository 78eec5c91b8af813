"""Train the emotion models: English's (``analyzer/lexicons/en/emotion_model.json``) and one
per language that has its own (``analyzer/lexicons/CODE/emotion_model.json``).

    python -m tests.realtext.train                # rebuild English's model and card (a minute)
    python -m tests.realtext.train --check        # rebuild in memory; fail if it differs
    python -m tests.realtext.train --language pt  # the same for Portuguese (pt), Spanish (es),
                                                  # German (de) or Hindi (hi)

English data: GoEmotions train split (``tests/realtext/goemotions/``; dev is for reporting).
Positives are comments with any *clear* emotion (``goemotions.CLEAR``), negatives comments
labelled only ``neutral``; comments with only other labels (admiration, curiosity, ...) are left
out. A seeded 20 % of train is held back to choose the settings and the threshold; the weights
are fitted on the other 80 %, and on BRIGHTER's English train split (``train_eng.csv``: rows
labelled with any of anger, fear, joy or sadness against rows with no emotion; surprise alone
left out), each of its rows weighing ``BRIGHTER_WEIGHT`` of a comment (see below), by L-BFGS
(deterministic) with an L2 penalty (``C_PENALTY``: 0.05 gave the best tier >= 2 share of
held-back clear comments at the target false-positive rate among 1, 0.3, 0.1, 0.05, 0.03 and
0.01; it was 0.3 before). Word and word-pair
features need ``MIN_COUNT`` fitted comments, character n-grams ``CHAR_MIN_COUNT``; a character
n-gram's value is the number of distinct words of the comment that hold it, times
``CHAR_SCALE`` (the shipped weight is the fitted one times ``CHAR_SCALE``, so the run time only
adds). The threshold is the lowest at which the pass's whole decision (the lexicon's tier >= 2,
or a statement the model raises) keeps the false-positive rate on the held-back neutral comments
at ``TARGET_FPR``. Features whose shipped weight is below ``PRUNE`` are dropped.

The card also records, on the held-back rows and each at its own threshold, what two wider
rules that the tool does not ship would give (:func:`wider_raise`: thanks counted as a
disclosure; every act counted) and what raising any message would: the price of keeping acts
and the reader's feelings out of the writer's depth.

``BRIGHTER_WEIGHT``: BRIGHTER's English rows are stories and accounts of events, nine in ten of
them emotional, so at full weight the model learns that such prose is emotional and, at the
threshold that holds GoEmotions' neutral comments, loses clear comments. Chosen on train alone:
GoEmotions' held-back fifth and five seeded folds of BRIGHTER's English train (each fold scored by
the model fitted without it; with the lexicon as it stood then), at 0, 0.1 and 0.2; 0.1 raised
the out-of-fold BRIGHTER rows at tier >= 2 from 0.29 to 0.32 of the emotional ones (0.059 to
0.068 of those without emotion) for 0.004 of held-back clear comments; 0.2 reached 0.35 of the
emotional rows but 0.089 of those without emotion, for 0.009 of clear comments. BRIGHTER's
English dev split is never trained or tuned on.

The model card (``tests/realtext/model_card.json``) records the seed, the data's SHA-256, the
settings, the thresholds, the shipped file's SHA-256 and the dev scores; ``test_realtext.py``
checks the shipped model against it.

Portuguese, Spanish, German and Hindi (:data:`LANGUAGES`) are trained the same way on BRIGHTER's
train split (``tests/realtext/brighter/``; its dev split is only scored) and on the development
part of our own chat gold of the language (``tests/langgold/CODE/dev.txt``; never its frozen part),
which brings the chat register BRIGHTER's posts lack (Hindi's holds romanised and Devanagari
messages; BRIGHTER's Hindi is Devanagari, and the Hindi pack folds common Devanagari words to their
romanised form, so both scripts meet in the same features). These sets are small (a few thousand
rows, about 600 negatives), so instead of a held-back fifth each row is scored by a model fitted on
the other four of :data:`FOLDS` seeded folds, and the threshold is chosen on these out-of-fold
probabilities over every row: a held-back fifth left 124 Portuguese BRIGHTER rows without emotion,
of which the lexicon alone already flagged 8; a ninth would cross 0.07, so the threshold had to sit
above every one of them the model scored (0.945) and the model raised almost nothing. The shipped
model is then fitted on all rows; the card's ``out_of_fold_train`` holds what the folds gave.
Positives are BRIGHTER rows labelled with any of anger, disgust, fear, joy or sadness, and gold
messages at tier 2 or 3; negatives are gold messages below tier 2 and, in Portuguese, German and
Hindi, BRIGHTER rows with no emotion; rows labelled with surprise alone are left out. The Spanish
split has no row without emotion, so its rows labelled with surprise alone (none of the five) stand
in for them. The Spanish threshold therefore rests on weak negatives and on few chat ones, and no
BRIGHTER figure can say how often Spanish text without emotion is flagged (see
``model_card_es.json``).

The model reads the features the pass gives it, so it is trained through the language's own
pack. Where the language has no pack yet, the pass cannot give the lexicon's features
(tier, categories, emotion terms, feeling statement, valence): they are left out of training
(:data:`PACK_FEATURES`), so that the weights stay valid whatever the pack later finds, and the
threshold is chosen on the model alone. The card records which ("features", "threshold_on").

Where it lives: the settings, :data:`LANGUAGES` and the training rows in ``train_data.py``; the
features, the fitting, the folds and the threshold in ``train_fit.py``; the build, the cards and
the command here, which re-exports every name of both.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from analyzer.nlp import emotion
from tests.realtext import brighter
from tests.realtext.goemotions import load

# the settings and training rows (train_data) and the fitting and thresholds (train_fit) live in
# their own modules; every name is re-exported here, where the tests and scripts look for it
from tests.realtext.train_data import (
    BRIGHTER,
    BRIGHTER_WEIGHT,
    C_PENALTY,
    CARD,
    CHAR_MIN_COUNT,
    CHAR_SCALE,
    FIVE,
    FOLDS,
    HELD_BACK,
    LANGUAGES,
    LEXICONS,
    MIN_COUNT,
    PACK_FEATURES,
    PRUNE,
    SEED,
    TARGET_FPR,
    Language,
    disclosed,
    has_pack,
    model_file,
    sha256,
    training_rows,
)
from tests.realtext.train_fit import (
    analysed,
    auc,
    char_counts,
    design,
    dropped,
    fit,
    fit_model,
    folds_of,
    lowest_threshold,
    pipeline,
    reading_rules,
    wider_raise,
)

__all__ = [
    "BRIGHTER",
    "BRIGHTER_WEIGHT",
    "CARD",
    "CHAR_MIN_COUNT",
    "CHAR_SCALE",
    "C_PENALTY",
    "FIVE",
    "FOLDS",
    "HELD_BACK",
    "LANGUAGES",
    "LEXICONS",
    "MIN_COUNT",
    "NAMES",
    "PACK_FEATURES",
    "PRUNE",
    "SEED",
    "TARGET_FPR",
    "Language",
    "analysed",
    "auc",
    "build",
    "char_counts",
    "design",
    "dev_model_alone",
    "disclosed",
    "dropped",
    "fit",
    "fit_model",
    "folds_of",
    "has_pack",
    "lowest_threshold",
    "main",
    "model_file",
    "pipeline",
    "read_model",
    "reading_rules",
    "sha256",
    "share",
    "training_rows",
    "wider_raise",
    "write",
]


def share(flagged: np.ndarray, rows: np.ndarray) -> float:
    return round(float(flagged[rows].mean()), 4)


def build(language: str = "en") -> tuple[dict, dict]:
    texts, clear, neutral, record, from_gold, stand_in = training_rows(language)
    target = TARGET_FPR if language == "en" else LANGUAGES[language].target_fpr
    use = np.flatnonzero(clear | neutral)
    words: list[tuple[str, ...]] = []
    wider: list[tuple[bool, bool]] = []
    feats, stands, eligible = analysed(texts, words, language, wider)
    packed = has_pack(language)
    c, scale = (C_PENALTY, CHAR_SCALE) if language == "en" else LANGUAGES[language].settings
    if language == "en":
        # English: a seeded fifth of GoEmotions train held back; the shipped model is fitted on
        # the rest and on BRIGHTER's English train rows, each weighing BRIGHTER_WEIGHT
        goe = np.arange(len(texts)) < len(load("train"))
        use_goe = use[goe[use]]
        rng = np.random.default_rng(SEED)
        held = np.zeros(len(texts), dtype=bool)
        held[rng.choice(use_goe, size=int(len(use_goe) * HELD_BACK), replace=False)] = True
        fit_rows = use[~held[use]]
        weight = np.where(goe, 1.0, BRIGHTER_WEIGHT)
        head, model = fit_model(fit_rows, feats, clear, language, weight)
        rows = np.flatnonzero(held)
        probs = np.array([model.probability(feats[i]) for i in rows])
        models = [model] * len(rows)
    else:
        # another language (a few thousand rows): each row is scored by the model fitted on the
        # other folds (out of fold), so the threshold rests on every negative, not on a fifth
        # of them; the shipped model is fitted on all rows
        fold = folds_of(use)
        rows = use
        probs = np.zeros(len(use))
        models = [None] * len(use)
        for k in range(FOLDS):
            _head, model_k = fit_model(use[fold != k], feats, clear, language)
            for j in np.flatnonzero(fold == k):
                probs[j] = model_k.probability(feats[use[j]])
                models[j] = model_k
        fit_rows = use
        head, model = fit_model(use, feats, clear, language)
    is_clear, is_neutral = clear[rows], neutral[rows]
    is_disclosed = disclosed(language)[rows]
    lex_deep, may = stands[rows], eligible[rows]
    # a raise is dropped when the strongest word is the reader's feeling where it stands
    kept = (
        ~np.array(
            [dropped(m, feats[i], words[i]) for m, i in zip(models, rows, strict=True)], dtype=bool
        )
        if packed
        else np.ones(len(rows), dtype=bool)
    )
    may = may & kept
    thanks_ok = np.array([wider[i][0] for i in rows], dtype=bool) & kept
    acts_ok = np.array([wider[i][1] for i in rows], dtype=bool) & kept
    # the threshold: the lowest at which the pass's whole decision (the lexicon's tier >= 2, or
    # a message the model may raise and does) keeps the false-positive rate on the held-back
    # (English) or out-of-fold (other languages) negatives at target (without a pack: the model
    # alone); in each kind of negatives where the language has two (BRIGHTER rows and chat gold
    # messages: a few easy chat negatives must not buy false positives among the BRIGHTER
    # rows). Where stand-ins (surprise alone, many of them emotional) replace BRIGHTER's rows
    # without emotion, they are pooled with the chat messages: held apart they push the
    # threshold to its cap, and the short chat messages alone let the model raise plain
    # logistics ("mañana tengo reunión a las 9 y después voy a casa de mi madre")
    kinds = from_gold[rows] if from_gold.any() and not stand_in.any() else None
    without = is_neutral
    t, deep = lowest_threshold(lambda t: lex_deep | (may & (probs >= t)), without, target, kinds)
    head["threshold"] = t
    # what the rules on whom a message may raise cost, at the same false-positive rate
    _, with_thanks = lowest_threshold(
        lambda t: lex_deep | (thanks_ok & (probs >= t)), without, target, kinds
    )
    _, every_act = lowest_threshold(
        lambda t: lex_deep | (acts_ok & (probs >= t)), without, target, kinds
    )
    _, any_message = lowest_threshold(lambda t: lex_deep | (probs >= t), without, target, kinds)
    _, model_alone = lowest_threshold(lambda t: probs >= t, without, target, kinds)
    settings = {
        "seed": SEED,
        "c_penalty": c,
        "min_count": MIN_COUNT,
        "char_min_count": CHAR_MIN_COUNT,
        "char_scale": scale,
        "char_sizes": list(emotion.CHAR_SIZES),
        **(
            {"held_back": HELD_BACK, "brighter_weight": BRIGHTER_WEIGHT}
            if language == "en"
            else {"folds": FOLDS}
        ),
        "target_fpr": target,
        "prune": PRUNE,
    }
    sizes = (
        {"fitted_on": int(len(fit_rows)), "held_back": int(len(rows))}
        if language == "en"
        else {"fitted_on": int(len(fit_rows))}
    )
    if language != "en":
        return _language_model(
            language,
            head,
            settings,
            {**record, **sizes},
            packed,
            {
                "tier2_on_positive": share(deep, is_clear),
                "tier2_on_negative": share(deep, is_neutral),
                "model_alone": {
                    "on_positive": share(model_alone, is_clear),
                    "on_negative": share(model_alone, is_neutral),
                    "auc": auc(probs, is_clear, is_neutral),
                },
                **(
                    {
                        "tier2_on_chat_gold_negatives": share(deep, is_neutral & from_gold[rows]),
                        "tier2_on_brighter_negatives": share(deep, is_neutral & ~from_gold[rows]),
                        "auc_against_chat_gold_negatives": auc(
                            probs, is_clear, is_neutral & from_gold[rows]
                        ),
                        "auc_against_brighter_negatives": auc(
                            probs, is_clear, is_neutral & ~from_gold[rows]
                        ),
                    }
                    if from_gold.any()
                    else {}
                ),
            },
        )
    data = {
        "about": "Emotion model of chat-balance: logistic regression over normalised words, their "
        "character n-grams and lexicon features; trained on GoEmotions train (Apache-2.0) and "
        "BRIGHTER's English train split (CC BY 4.0) by tests/realtext/train.py.",
        "emotion": head,
    }
    card = {
        **settings,
        "data": {**record, **sizes},
        "features_kept": len(head["features"]),
        "char_grams_kept": len(head["char_grams"]),
        "threshold": head["threshold"],
        "held_back_train": {
            "tier2_on_clear": share(deep, is_clear),
            "tier2_on_neutral": share(deep, is_neutral),
            "tier2_on_disclosed": share(deep, is_disclosed),
            "thanks_raised": {
                "tier2_on_clear": share(with_thanks, is_clear),
                "tier2_on_disclosed": share(with_thanks, is_disclosed),
                "tier2_on_neutral": share(with_thanks, is_neutral),
            },
            "every_act_raised": {
                "tier2_on_clear": share(every_act, is_clear),
                "tier2_on_disclosed": share(every_act, is_disclosed),
                "tier2_on_neutral": share(every_act, is_neutral),
            },
            "any_message_raised": {
                "tier2_on_clear": share(any_message, is_clear),
                "tier2_on_disclosed": share(any_message, is_disclosed),
                "tier2_on_neutral": share(any_message, is_neutral),
            },
            "model_alone": {
                "on_clear": share(model_alone, is_clear),
                "on_neutral": share(model_alone, is_neutral),
            },
        },
    }
    return data, card


NAMES = {"pt": "Portuguese", "es": "Spanish", "de": "German", "hi": "Hindi"}


def _language_model(
    language: str, head: dict, settings: dict, data: dict, packed: bool, held: dict
) -> tuple[dict, dict]:
    lang = LANGUAGES[language]
    model = {
        "about": f"{NAMES[language]} emotion model of chat-balance: logistic regression over "
        "normalised words, their character n-grams"
        + (" and lexicon features" if packed else "")
        + f"; trained on BRIGHTER {lang.brighter} train (CC BY 4.0)"
        + (" and the project's own chat messages" if lang.gold else "")
        + f" by tests/realtext/train.py --language {language}.",
        "emotion": head,
    }
    card = {
        "language": language,
        **settings,
        "data": data,
        "features": "words, word pairs, their character n-grams, '!', emphasis, emoji"
        + (
            ", and the pack's lexicon features"
            if packed
            else "; no lexicon feature (the language had no pack when trained)"
        ),
        "threshold_on": "the pass's whole decision (lexicon tier >= 2, or a statement the model "
        "may raise and does)"
        if packed
        else "the model alone (the language had no pack when trained)",
        "threshold_negatives": "held-back train rows without emotion, at most target_fpr flagged "
        + (
            "among the surprise-alone stand-ins and the chat gold's messages below tier 2 taken "
            "together"
            if lang.surprise_negative
            else "among BRIGHTER's and among the chat gold's messages below tier 2, each"
        ),
        "features_kept": len(head["features"]),
        "char_grams_kept": len(head["char_grams"]),
        "threshold": head["threshold"],
        "out_of_fold_train": held,
    }
    return model, card


def read_model(path: Path) -> emotion.EmotionModel:
    """The model in ``path`` (the shipped format), threshold included."""
    head = json.loads(path.read_text(encoding="utf-8"))["emotion"]
    return emotion.EmotionModel(
        dict(zip(head["features"], head["weights"], strict=True)),
        float(head["bias"]),
        float(head["threshold"]),
        dict(zip(head.get("char_grams", ()), head.get("char_weights", ()), strict=True)),
    )


def dev_model_alone(language: str, model: emotion.EmotionModel) -> dict:
    """The model alone on BRIGHTER dev (never trained or tuned on): its AUC for rows labelled
    with any of :data:`FIVE` against rows with no emotion (Spanish has none: against rows
    labelled with surprise alone, its stand-in), and the share of each flagged at its
    threshold."""
    code = {v: k for k, v in brighter.LANGUAGES.items()}[language]
    rows = brighter.rows("dev", code)
    feats, _stands, _eligible = analysed(rows["text"].tolist(), None, language)
    probs = np.array([model.probability(fs) for fs in feats])
    positive = rows["emotional"].to_numpy()
    negative = rows["none"].to_numpy()
    against = "no emotion"
    if not negative.any():
        negative, against = ~positive & ~rows["none"].to_numpy(), "surprise alone"
    flagged = probs >= model.threshold
    return {
        "auc": auc(probs, positive, negative),
        "auc_against": against,
        "positives": int(positive.sum()),
        "negatives": int(negative.sum()),
        "on_positive": share(flagged, positive),
        "on_negative": share(flagged, negative),
    }


def write(data: dict, path: Path) -> None:
    path.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.realtext.train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--language", default="en", choices=["en", *LANGUAGES])
    parser.add_argument(
        "--check", action="store_true", help="only say whether a fresh build is the shipped model"
    )
    args = parser.parse_args(argv)  # an unknown option stops here, before anything is fitted
    language = args.language
    data, card = build(language)
    target = emotion.MODEL_FILE if language == "en" else LANGUAGES[language].model_file
    if args.check:
        shipped = json.loads(target.read_text(encoding="utf-8"))
        same = shipped == json.loads(json.dumps(data, ensure_ascii=False))
        print(
            "shipped model matches a fresh build"
            if same
            else "shipped model differs from a fresh build"
        )
        return 0 if same else 1
    target.parent.mkdir(exist_ok=True)
    write(data, target)
    card["model_sha256"] = sha256(target)
    if language == "en":
        emotion.load_model.cache_clear()
        from tests.realtext.evaluate import dev_scores

        card["dev"] = dev_scores()
        path = CARD
    else:
        card["model_bytes"] = target.stat().st_size
        card["dev"] = {"model_alone": dev_model_alone(language, read_model(target))}
        path = LANGUAGES[language].card
    path.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
