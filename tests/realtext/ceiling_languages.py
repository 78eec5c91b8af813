"""How far a plain text classifier gets on each BRIGHTER language: the ceiling for the goal of
tier >= 2 on 0.40 of emotional rows at 0.08 of rows without emotion (seeded, about a minute).

    python -m tests.realtext.ceiling_languages           # print the figures
    python -m tests.realtext.ceiling_languages --write   # and record them in
                                                         # tests/realtext/ceiling_languages.json

The classifier is the English ceiling's (``tests/realtext/ceiling.py``, ``bag_of_ngrams``) with
nothing changed per language: word 1-2-grams and character 2-5-grams (tf-idf, each seen in at
least two rows), one logistic regression (C = 1), no rule of the pass. Positives are rows labelled
with any of anger, disgust, fear, joy or sadness; negatives are rows with no emotion at all (the
Spanish split has none in dev, so it is left out). Two estimates per language:

``out_of_fold``
    Five seeded folds over the *train* split: each row is scored by a model that did not see
    it. The share of emotional rows flagged when the threshold lets 0.07 or 0.08 of the rows
    without emotion through. Hundreds of negatives stand behind it, so it is the steadier figure.
``dev``
    Fitted on all of train and scored on *dev*: the share of emotional dev rows flagged when the
    threshold lets at most 0.08 of the dev rows without emotion through (a few dozen rows, so a
    single row moves it), and the area under the ROC curve.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from tests.realtext.brighter import rows
from tests.realtext.ceiling import run_and_record

SEED = 7
FOLDS = 5
#: BRIGHTER languages with rows without emotion in both splits.
LANGUAGES = ("eng", "ptbr", "deu", "hin")
RECORD = Path(__file__).with_name("ceiling_languages.json")


def recall_at(pos: np.ndarray, neg: np.ndarray, fpr: float) -> float:
    """Share of ``pos`` above the highest threshold that flags at most ``fpr`` of ``neg``."""
    allowed = int(np.floor(fpr * len(neg) + 1e-9))
    ranked = np.sort(neg)[::-1]
    threshold = ranked[allowed] if allowed < len(ranked) else -np.inf
    return float((pos > threshold).mean())


def _fit_score(train_x: list[str], train_y: np.ndarray, test_x: list[str]) -> np.ndarray:
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True
    )
    x_train = sparse.hstack([words.fit_transform(train_x), chars.fit_transform(train_x)]).tocsr()
    x_test = sparse.hstack([words.transform(test_x), chars.transform(test_x)]).tocsr()
    model = LogisticRegression(C=1.0, solver="liblinear", random_state=SEED, max_iter=1000)
    return model.fit(x_train, train_y).decision_function(x_test)


def _split(split: str, code: str) -> tuple[list[str], np.ndarray]:
    frame = rows(split, code)
    keep = (frame["emotional"] | frame["none"]).to_numpy()
    return frame["text"][keep].tolist(), frame["emotional"].to_numpy()[keep]


def language(code: str) -> dict[str, float | int]:
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    x, y = _split("train", code)
    oof = np.zeros(len(y))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    for fit, held in folds.split(x, y):
        oof[held] = _fit_score([x[i] for i in fit], y[fit], [x[i] for i in held])
    dev_x, dev_y = _split("dev", code)
    dev = _fit_score(x, y, dev_x)
    return {
        "train_emotional": int(y.sum()),
        "train_none": int((~y).sum()),
        "oof_auc": round(float(roc_auc_score(y, oof)), 4),
        "oof_recall_at_0.07": round(recall_at(oof[y], oof[~y], 0.07), 4),
        "oof_recall_at_0.08": round(recall_at(oof[y], oof[~y], 0.08), 4),
        "dev_emotional": int(dev_y.sum()),
        "dev_none": int((~dev_y).sum()),
        "dev_auc": round(float(roc_auc_score(dev_y, dev)), 4),
        "dev_recall_at_0.08": round(recall_at(dev[dev_y], dev[~dev_y], 0.08), 4),
    }


def run() -> dict[str, dict[str, float | int]]:
    return {code: language(code) for code in LANGUAGES}


def recorded() -> dict[str, dict[str, float | int]]:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    return run_and_record(argv, "tests.realtext.ceiling_languages", __doc__, run, RECORD)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
