"""Train the emotion model shipped in ``analyzer/lexicons/en/emotion_model.json``.

    python -m tests.realtext.train          # rebuild the model and its card (about a minute)
    python -m tests.realtext.train --check  # rebuild in memory; fail if it differs from the file

Data: GoEmotions train split only (``tests/realtext/goemotions/``; dev is for reporting).
Positives are comments with any *clear* emotion (``goemotions.CLEAR``), negatives comments
labelled only ``neutral``; comments with only other labels (admiration, curiosity, ...) are left
out. A seeded 20 % of train is held back to choose the settings and the threshold; the weights
are fitted on the other 80 % by L-BFGS (deterministic) with an L2 penalty. Word and word-pair
features need ``MIN_COUNT`` fitted comments, character n-grams ``CHAR_MIN_COUNT``; a character
n-gram's value is the number of distinct words of the comment that hold it, times
``CHAR_SCALE`` (the shipped weight is the fitted one times ``CHAR_SCALE``, so the run time only
adds). The threshold is the lowest at which the pass's whole decision (the lexicon's tier >= 2,
or a statement the model raises) keeps the false-positive rate on the held-back neutral comments
at ``TARGET_FPR``. Features whose shipped weight is below ``PRUNE`` are dropped.

The model card (``tests/realtext/model_card.json``) records the seed, the data's SHA-256, the
settings, the thresholds, the shipped file's SHA-256 and the dev scores; ``test_realtext.py``
checks the shipped model against it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from analyzer.nlp import emotion
from tests.realtext.goemotions import CLEAR, DIR, load

SEED = 7
C_PENALTY = 0.3
MIN_COUNT = 2
CHAR_MIN_COUNT = 2
CHAR_SCALE = 0.3
HELD_BACK = 0.2
TARGET_FPR = 0.09
PRUNE = 0.005
CARD = Path(__file__).parent / "model_card.json"


def analysed(
    texts: list[str], words: list[tuple[str, ...]] | None = None
) -> tuple[list[set[str]], np.ndarray, np.ndarray]:
    """Model features of each text; whether the lexicon alone makes it tier >= 2 (which always
    stands); whether the model may raise it (``emotion.may_raise``). Each text's normalised
    words are appended to ``words`` when it is given."""
    from analyzer.nlp import components
    from analyzer.nlp.features import build_pipeline

    nlp = build_pipeline(None)
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    feats, stands, eligible = [], [], []
    docs = nlp.pipe(texts, batch_size=2000, disable=list(components.PIPE_NAMES))
    for raw, doc in zip(texts, docs, strict=True):
        t, e, lx, a, f, _fw, val = components.analyse_doc(doc, raw, lexicon, scorer)
        feats.append(emotion.analysis_features(t, e, lx, f, val))
        stands.append(max(lx.tier, f.tier) >= 2)
        eligible.append(emotion.may_raise(lx, a, f))
        if words is not None:
            words.append(t.words)
    return feats, np.array(stands), np.array(eligible)


def char_counts(feats: set[str]) -> Counter:
    """Character n-gram -> the number of the comment's distinct words that hold it."""
    out: Counter = Counter()
    for f in feats:
        if emotion.is_word(f):
            out.update(emotion.char_grams(f))
    return out


def design(
    feats: list[set[str]],
    vocab: dict[str, int],
    chars: list[Counter] | None = None,
    char_vocab: dict[str, int] | None = None,
) -> sparse.csr_matrix:
    """Word and component features (0/1) in the first ``len(vocab)`` columns, then the character
    n-gram counts times ``CHAR_SCALE`` (none when ``chars`` is not given)."""
    if chars is None:
        chars, char_vocab = [Counter()] * len(feats), {}
    rows, cols, vals = [], [], []
    offset = len(vocab)
    for i, (fs, cg) in enumerate(zip(feats, chars, strict=True)):
        js = sorted(vocab[f] for f in fs if f in vocab)
        cs = sorted((char_vocab[g], n) for g, n in cg.items() if g in char_vocab)
        rows += [i] * (len(js) + len(cs))
        cols += js + [offset + j for j, _ in cs]
        vals += [1.0] * len(js) + [n * CHAR_SCALE for _, n in cs]
    return sparse.csr_matrix(
        (np.array(vals), (rows, cols)), shape=(len(feats), len(vocab) + len(char_vocab))
    )


def fit(x: sparse.csr_matrix, y: np.ndarray) -> np.ndarray:
    """L2-penalised logistic regression; returns ``[bias, weights...]``."""
    xt = x.T.tocsr()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ theta[1:] + theta[0]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).sum() + theta[1:] @ theta[
            1:
        ] / (2 * C_PENALTY)
        g = p - y
        return value, np.concatenate([[g.sum()], xt @ g + theta[1:] / C_PENALTY])

    res = minimize(
        loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    )
    return res.x


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lowest_threshold(decide, negatives: np.ndarray) -> tuple[float, np.ndarray]:
    """The lowest threshold (0.50 to 0.985 by 0.005) at which ``decide(threshold)`` flags at
    most ``TARGET_FPR`` of ``negatives``; that threshold and its decision."""
    for t in np.round(np.arange(0.50, 0.99, 0.005), 4):
        flagged = decide(t)
        if flagged[negatives].mean() <= TARGET_FPR:
            break
    return float(t), flagged


def dropped(model: emotion.EmotionModel, feats: set[str], words: tuple[str, ...]) -> bool:
    """The pass would drop this raise: the model's strongest word is the reader's feeling."""
    strongest = model.strongest_word(feats)
    return bool(strongest) and emotion._readers_word(words, strongest)


def share(flagged: np.ndarray, rows: np.ndarray) -> float:
    return round(float(flagged[rows].mean()), 4)


def build() -> tuple[dict, dict]:
    train = load("train")
    clear = train["labels"].map(lambda ls: bool(ls & CLEAR)).to_numpy()
    neutral = train["labels"].map(lambda ls: ls == {"neutral"}).to_numpy()
    use = np.flatnonzero(clear | neutral)
    rng = np.random.default_rng(SEED)
    held = np.zeros(len(train), dtype=bool)
    held[rng.choice(use, size=int(len(use) * HELD_BACK), replace=False)] = True
    fit_rows = use[~held[use]]
    words: list[tuple[str, ...]] = []
    feats, stands, eligible = analysed(train["text"].tolist(), words)
    fit_feats = [feats[i] for i in fit_rows]
    fit_chars = [char_counts(fs) for fs in fit_feats]
    counts = Counter(f for fs in fit_feats for f in fs)
    char_docs = Counter(g for cg in fit_chars for g in cg)
    vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    char_vocab = {
        g: j for j, g in enumerate(sorted(g for g, c in char_docs.items() if c >= CHAR_MIN_COUNT))
    }
    theta = fit(design(fit_feats, vocab, fit_chars, char_vocab), clear[fit_rows].astype(float))
    bias, w = float(theta[0]), theta[1:]
    w_words, w_chars = w[: len(vocab)], w[len(vocab) :] * CHAR_SCALE
    keep = np.flatnonzero(np.abs(w_words) >= PRUNE)
    keep_chars = np.flatnonzero(np.abs(w_chars) >= PRUNE)
    names = sorted(vocab, key=vocab.get)
    grams = sorted(char_vocab, key=char_vocab.get)
    head = {
        "features": [names[j] for j in keep],
        "weights": [round(float(w_words[j]), 4) for j in keep],
        "char_grams": [grams[j] for j in keep_chars],
        "char_weights": [round(float(w_chars[j]), 4) for j in keep_chars],
        "bias": round(bias, 4),
    }
    model = emotion.EmotionModel(
        dict(zip(head["features"], head["weights"], strict=True)),
        head["bias"],
        0.5,
        dict(zip(head["char_grams"], head["char_weights"], strict=True)),
    )
    rows = np.flatnonzero(held)
    probs = np.array([model.probability(feats[i]) for i in rows])
    is_clear, is_neutral = clear[rows], neutral[rows]
    lex_deep, may = stands[rows], eligible[rows]
    # a raise is dropped when the strongest word is the reader's feeling where it stands
    may = may & ~np.array([dropped(model, feats[i], words[i]) for i in rows], dtype=bool)
    # the threshold: the lowest at which the pass's whole decision (the lexicon's tier >= 2, or
    # a message the model may raise and does) keeps the false-positive rate on held-back neutral
    # comments at target
    t, deep = lowest_threshold(lambda t: lex_deep | (may & (probs >= t)), is_neutral)
    head["threshold"] = t
    # what the rules on whom a message may raise cost, at the same false-positive rate
    _, any_message = lowest_threshold(lambda t: lex_deep | (probs >= t), is_neutral)
    _, model_alone = lowest_threshold(lambda t: probs >= t, is_neutral)
    data = {
        "about": "Emotion model of chat-balance: logistic regression over normalised words, their "
        "character n-grams and lexicon features; trained on GoEmotions train (Apache-2.0) by "
        "tests/realtext/train.py.",
        "emotion": head,
    }
    card = {
        "seed": SEED,
        "c_penalty": C_PENALTY,
        "min_count": MIN_COUNT,
        "char_min_count": CHAR_MIN_COUNT,
        "char_scale": CHAR_SCALE,
        "char_sizes": list(emotion.CHAR_SIZES),
        "held_back": HELD_BACK,
        "target_fpr": TARGET_FPR,
        "prune": PRUNE,
        "data": {
            "train.tsv": sha256(DIR / "train.tsv"),
            "fitted_on": int(len(fit_rows)),
            "held_back": int(held.sum()),
        },
        "features_kept": len(keep),
        "char_grams_kept": len(keep_chars),
        "threshold": head["threshold"],
        "held_back_train": {
            "tier2_on_clear": share(deep, is_clear),
            "tier2_on_neutral": share(deep, is_neutral),
            "any_message_raised": {
                "tier2_on_clear": share(any_message, is_clear),
                "tier2_on_neutral": share(any_message, is_neutral),
            },
            "model_alone": {
                "on_clear": share(model_alone, is_clear),
                "on_neutral": share(model_alone, is_neutral),
            },
        },
    }
    return data, card


def write(data: dict, path: Path) -> None:
    path.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    data, card = build()
    if "--check" in argv:
        shipped = json.loads(emotion.MODEL_FILE.read_text(encoding="utf-8"))
        same = shipped == json.loads(json.dumps(data, ensure_ascii=False))
        print(
            "shipped model matches a fresh build"
            if same
            else "shipped model differs from a fresh build"
        )
        return 0 if same else 1
    write(data, emotion.MODEL_FILE)
    emotion.load_model.cache_clear()
    from tests.realtext.evaluate import dev_scores

    card["model_sha256"] = sha256(emotion.MODEL_FILE)
    card["dev"] = dev_scores()
    CARD.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
