"""How an emotion model is fitted and its threshold chosen: each text's model features as the
pass gives them (:func:`analysed`), the design matrix (:func:`design`), the penalised logistic
regression (:func:`fit`, :func:`fit_model`), the seeded folds (:func:`folds_of`), the threshold
(:func:`lowest_threshold`) and the AUC (:func:`auc`). The method is described in
``tests/realtext/train.py``, which trains the models and re-exports these names."""

from __future__ import annotations

from collections import Counter

import numpy as np
from scipy import sparse
from scipy.optimize import minimize
from scipy.stats import rankdata

from analyzer.nlp import emotion
from analyzer.nlp.normalise import CATEGORIES
from tests.realtext.train_data import (
    C_PENALTY,
    CHAR_MIN_COUNT,
    CHAR_SCALE,
    FOLDS,
    LANGUAGES,
    MIN_COUNT,
    PACK_FEATURES,
    PRUNE,
    SEED,
    TARGET_FPR,
    has_pack,
)


def pipeline(language: str):
    """The spaCy pipeline and the lexicon and valence scorer that read ``language`` (English's
    where the language has no pack: only the words are then used)."""
    from analyzer.nlp.features import build_pipeline

    nlp = (
        build_pipeline(None, language=language)
        if language != "en" and has_pack(language)
        else build_pipeline(None)
    )
    return nlp, nlp.get_pipe("depth_lexicon").lexicon, nlp.get_pipe("chat_valence").scorer


def analysed(
    texts: list[str],
    words: list[tuple[str, ...]] | None = None,
    language: str = "en",
    wider: list[tuple[bool, bool]] | None = None,
) -> tuple[list[set[str]], np.ndarray, np.ndarray]:
    """Model features of each text; whether the lexicon alone makes it tier >= 2 (which always
    stands); whether the model may raise it (``emotion.may_raise``). Each text's normalised
    words are appended to ``words`` when it is given, and :func:`wider_raise` to ``wider``. For a
    language without its pack, the pack's features are left out, nothing stands and every text
    may be raised."""
    from analyzer.nlp import components

    nlp, lexicon, scorer = pipeline(language)
    packed = has_pack(language)
    feats, stands, eligible = [], [], []
    formulas = emotion.not_raised(language)[0] if packed else {}
    docs = nlp.pipe(texts, batch_size=2000, disable=list(components.PIPE_NAMES))
    for raw, doc in zip(texts, docs, strict=True):
        t, e, lx, a, f, _fw, val = components.analyse_doc(doc, raw, lexicon, scorer)
        fs = emotion.analysis_features(t, e, lx, f, val)
        if not packed:
            fs = {x for x in fs if not x.startswith(PACK_FEATURES)}
        feats.append(fs)
        stands.append(packed and max(lx.tier, f.tier) >= 2)
        eligible.append(
            not packed
            or (
                emotion.may_raise(lx, a, f)
                and emotion.long_enough(t)
                and not emotion.holds_formula(t.words, formulas)
            )
        )
        if words is not None:
            words.append(t.words)
        if wider is not None:
            wider.append(wider_raise(lx, a, f))
    return feats, np.array(stands), np.array(eligible)


def wider_raise(lex, acts, feeling) -> tuple[bool, bool]:
    """Whether the model could raise the message under two wider rules the tool does not
    ship, recorded in the card to show what the rule on whom a message may raise costs: (1)
    thanks counted as the writer's disclosure (a message whose only act is thanks, a minimal
    "thanks!!" included); (2) every act counted (thanks, apologies, support, criticism,
    questions about the other). Neither raises a message that names a feeling of the reader."""
    if max(lex.tier, feeling.tier) >= 2 or lex.reflected or lex.readers:
        return False, False
    cats = lex.cats
    others = any(cats[i] for i in _ACTS_BUT_THANKS)
    return not (others or acts.question_other), True


_ACTS_BUT_THANKS = tuple(
    CATEGORIES.index(c) for c in emotion.RESPONSE_CATEGORIES if c != "gratitude"
)


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
    scale: float = CHAR_SCALE,
) -> sparse.csr_matrix:
    """Word and component features (0/1) in the first ``len(vocab)`` columns, then the character
    n-gram counts times ``scale`` (none when ``chars`` is not given)."""
    if chars is None:
        chars, char_vocab = [Counter()] * len(feats), {}
    rows, cols, vals = [], [], []
    offset = len(vocab)
    for i, (fs, cg) in enumerate(zip(feats, chars, strict=True)):
        js = sorted(vocab[f] for f in fs if f in vocab)
        cs = sorted((char_vocab[g], n) for g, n in cg.items() if g in char_vocab)
        rows += [i] * (len(js) + len(cs))
        cols += js + [offset + j for j, _ in cs]
        vals += [1.0] * len(js) + [n * scale for _, n in cs]
    return sparse.csr_matrix(
        (np.array(vals), (rows, cols)), shape=(len(feats), len(vocab) + len(char_vocab))
    )


def fit(
    x: sparse.csr_matrix, y: np.ndarray, c: float = C_PENALTY, weight: np.ndarray | None = None
) -> np.ndarray:
    """L2-penalised logistic regression, each row's loss times its ``weight`` (1 when not given);
    returns ``[bias, weights...]``."""
    xt = x.T.tocsr()
    w = np.ones(len(y)) if weight is None else weight

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ theta[1:] + theta[0]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + theta[
            1:
        ] @ theta[1:] / (2 * c)
        g = w * (p - y)
        return value, np.concatenate([[g.sum()], xt @ g + theta[1:] / c])

    res = minimize(
        loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    )
    return res.x


def lowest_threshold(
    decide, negatives: np.ndarray, target: float = TARGET_FPR, kinds: np.ndarray | None = None
) -> tuple[float, np.ndarray]:
    """The lowest threshold (0.50 to 0.985 by 0.005) at which ``decide(threshold)`` flags at
    most ``target`` of ``negatives`` (of each kind's, where ``kinds`` tells two kinds apart: a
    few easy negatives of one kind must not buy false positives among the other's); that
    threshold and its decision."""
    groups = [negatives] if kinds is None else [negatives & kinds, negatives & ~kinds]
    groups = [g for g in groups if g.any()]
    for t in np.round(np.arange(0.50, 0.99, 0.005), 4):
        flagged = decide(t)
        if all(flagged[g].mean() <= target for g in groups):
            break
    return float(t), flagged


def dropped(model: emotion.EmotionModel, feats: set[str], words: tuple[str, ...]) -> bool:
    """The pass would drop this raise (:func:`analyzer.nlp.emotion.vetoed`): the model's
    strongest word is a mild state or the reader's feeling."""
    strongest = model.strongest_word(feats)
    return bool(strongest) and emotion.vetoed(model, strongest, words)


def reading_rules(language: str) -> dict:
    """The language's function words and whose-feeling rules, as the pass gives them to its
    model (English's where the language has no pack)."""
    if language == "en" or not has_pack(language):
        return {}
    from analyzer.nlp import experiencer
    from analyzer.nlp.normalise import function_word_map
    from analyzer.nlp.pack import load_pack

    return {
        "function_words": frozenset(function_word_map(load_pack(language))),
        "experiencer_rules": experiencer.load_rules(language),
        "language": language,
    }


def fit_model(
    rows: np.ndarray,
    feats: list[set[str]],
    clear: np.ndarray,
    language: str,
    weight: np.ndarray | None = None,
) -> tuple[dict, emotion.EmotionModel]:
    """The model fitted on ``rows`` (its vocabulary counted on them alone; each row's loss
    times its ``weight`` where given): the shipped head (threshold not set yet) and the model
    it makes, at threshold 0.5."""
    fit_feats = [feats[i] for i in rows]
    fit_chars = [char_counts(fs) for fs in fit_feats]
    counts = Counter(f for fs in fit_feats for f in fs)
    char_docs = Counter(g for cg in fit_chars for g in cg)
    vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    char_vocab = {
        g: j for j, g in enumerate(sorted(g for g, c in char_docs.items() if c >= CHAR_MIN_COUNT))
    }
    c, scale = (C_PENALTY, CHAR_SCALE) if language == "en" else LANGUAGES[language].settings
    x = design(fit_feats, vocab, fit_chars, char_vocab, scale)
    theta = fit(x, clear[rows].astype(float), c, None if weight is None else weight[rows])
    bias, w = float(theta[0]), theta[1:]
    w_words, w_chars = w[: len(vocab)], w[len(vocab) :] * scale
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
        **reading_rules(language),
    )
    return head, model


def folds_of(use: np.ndarray) -> np.ndarray:
    """A seeded fold number (0 to :data:`FOLDS` - 1) for each row of ``use``."""
    rng = np.random.default_rng(SEED)
    return rng.permutation(np.arange(len(use)) % FOLDS)


def auc(scores: np.ndarray, positive: np.ndarray, negative: np.ndarray) -> float | None:
    """Area under the ROC curve of ``scores`` for ``positive`` against ``negative`` rows (ties
    count a half); None without both."""
    pos, neg = scores[positive], scores[negative]
    if not len(pos) or not len(neg):
        return None
    ranks = rankdata(np.concatenate([pos, neg]))
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2
    return round(float(u / (len(pos) * len(neg))), 4)
