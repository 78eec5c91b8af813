"""Whole-message emotion reading: a small logistic regression over what the lexicon pass saw.

The depth lexicon names emotions where a known word or phrase says them ("I'm so sad"); real
people also say them in words no list holds ("this is bullshit", "you made my day", "ugh why
does this always happen"). This model reads the whole message and gives the probability that it
expresses a clear emotion. It was trained on real Reddit comments with human emotion labels
(GoEmotions train split; ``python -m tests.realtext.train`` rebuilds it, and records its seed,
data version and dev scores beside it), and it is shipped as plain JSON: no download, no
randomness at run time, the same number for the same text on every machine.

Features (:func:`model_features`) are the message's normalised words and word pairs (after
slang expansion and de-elongation, split at clause marks), plus what the other components found:
the lexicon's tier, categories and emotion terms, a first-person feeling statement, the valence
bucket, "!" and emphasis, emoji categories. Each has one weight; the score is their sum plus a
bias, through the logistic function.

How the pass uses it (``features.py``): a message whose lexicon tier is below 2 becomes tier 2
when ``probability >= threshold``, and its strongest positive word feature joins
``emotion_terms`` so the report can say why. Only statements are raised (:func:`may_raise`): a
response to the other (support, thanks, an apology, criticism, invalidation ...), a question or a
minimal reply keeps its tier, because tiers measure what a person discloses, and those acts have
their own columns. The model never lowers a tier the lexicon found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from analyzer.nlp.normalise import CATEGORIES, EMOJI_CATEGORIES, MARKERS, function_word_map

MODEL_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "emotion_model.json"
#: Features that are not words (never shown as an emotion term).
_NON_WORD_PREFIX = ("LEX_", "CAT_", "TERM_", "VAL_", "EMO_", "FEELING", "EXCL", "EMPH")


def model_features(
    words: tuple[str, ...],
    raw: str,
    *,
    tier: int,
    cats: tuple[str, ...],
    terms: tuple[str, ...],
    feeling: bool,
    valence: float,
    emphasis: bool,
    emoji: tuple[str, ...],
) -> set[str]:
    """The feature names of one message (the same at training and at run time). ``cats`` and
    ``emoji`` name the lexicon and emoji categories present."""
    marks = MARKERS
    out = {w for w in words if w not in marks}
    if len(words) > 1:
        out.update(
            [
                a + " " + b
                for a, b in zip(words[:-1], words[1:], strict=True)
                if a not in marks and b not in marks
            ]
        )
    out.add(_TIER_FEATURE[tier])
    if cats:
        out.update(["CAT_" + c for c in cats])
    if terms:
        out.update(["TERM_" + t for t in terms])
    if feeling:
        out.add("FEELING")
    if valence == valence:  # not NaN
        out.add(_VALENCE_FEATURE[int(math.copysign(min(abs(valence) // 0.25, 3), valence)) + 3])
    if "!" in raw:
        out.add("EXCL")
        if "!!" in raw:
            out.add("EXCL2")
    if emphasis:
        out.add("EMPH")
    if emoji:
        out.update(["EMO_" + c for c in emoji])
    return out


_TIER_FEATURE = ("LEX_T0", "LEX_T1", "LEX_T2", "LEX_T3")
_VALENCE_FEATURE = ("VAL_-3", "VAL_-2", "VAL_-1", "VAL_0", "VAL_1", "VAL_2", "VAL_3")


def analysis_features(text, emoji, lex, feeling, valence: float) -> set[str]:
    """:func:`model_features` from the components' results for one message
    (``ChatText``, ``EmojiCounts``, ``LexResult``, ``Feeling``, valence)."""
    return model_features(
        text.words,
        text.raw,
        tier=max(lex.tier, feeling.tier),
        cats=tuple([c for c, k in zip(CATEGORIES, lex.cats, strict=True) if k])
        if any(lex.cats)
        else (),
        terms=lex.emotion_terms,
        feeling=feeling.feeling,
        valence=valence,
        emphasis=text.emphasis,
        emoji=tuple(
            [
                c
                for c, k in zip(EMOJI_CATEGORIES, emoji[1 : 1 + len(EMOJI_CATEGORIES)], strict=True)
                if k
            ]
        )
        if emoji.total
        else (),
    )


#: Lexicon categories of responses to the other person: a message with one is never raised.
RESPONSE_CATEGORIES: tuple[str, ...] = (
    "support",
    "validation",
    "repair",
    "criticism",
    "complaint",
    "invalidation",
    "defensiveness",
    "gratitude",
    "reassurance",
    "hedge",
)


_RESPONSE_INDICES = tuple(CATEGORIES.index(c) for c in RESPONSE_CATEGORIES)


def may_raise(lex, acts, feeling) -> bool:
    """The model may raise this message to tier 2: the lexicon put it below tier 2, and it is a
    statement (not a response act, not a question, not a minimal reply, and it names no feeling
    of the reader: ``LexResult.readers`` is empty)."""
    if max(lex.tier, feeling.tier) >= 2 or acts.question or acts.minimal:
        return False
    if lex.readers:
        return False  # it names the reader's feeling ("don't feel guilty"): not a disclosure
    cats = lex.cats
    return not any(cats[i] for i in _RESPONSE_INDICES)


@dataclass(frozen=True)
class EmotionModel:
    """Weights of one logistic regression head; see the module docstring."""

    weights: dict[str, float]
    bias: float
    threshold: float  # probability at or above which a statement is read as emotional

    def read(
        self, text, emoji, lex, acts, feeling, valence: float
    ) -> tuple[int, tuple[str, ...], float]:
        """The message's tier, emotion terms and ``emotion_score`` after the model: the
        lexicon's, unless :func:`may_raise` holds and the probability reaches the threshold
        (then tier 2 and the strongest word). The score is NaN where the model is not asked."""
        tier, terms = max(lex.tier, feeling.tier), lex.emotion_terms
        if not may_raise(lex, acts, feeling):
            return tier, terms, math.nan
        feats = analysis_features(text, emoji, lex, feeling, valence)
        prob = self.probability(feats)
        if prob < self.threshold:
            return tier, terms, prob
        strongest = self.strongest_word(feats)
        if strongest and _readers_word(text.words, strongest):
            return tier, terms, prob  # "that's so scary" in reply: the reader's, not a disclosure
        return 2, ((strongest,) if strongest else ()), prob

    def probability(self, feats: set[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def strongest_word(self, feats: set[str]) -> str:
        """The word or word pair that pushes hardest towards "emotional" ("" when none does);
        function words ("i", "so", "the") and pairs of them are never shown."""
        best, best_w = "", 0.0
        function_words = _function_words()
        for f in feats:
            if f.startswith(_NON_WORD_PREFIX) or all(w in function_words for w in f.split(" ")):
                continue
            wt = self.weights.get(f, 0.0)
            if wt > best_w or (wt == best_w and best and f < best):
                best, best_w = f, wt
        return best.replace(" ", "_")


def _readers_word(words: tuple[str, ...], strongest: str) -> bool:
    """The model's strongest word ("scary", "so_scary") is a feeling of the reader where it
    stands (:mod:`~analyzer.nlp.experiencer`)."""
    from analyzer.nlp import experiencer

    parts = tuple(strongest.split("_"))
    rules = experiencer.load_rules()
    for k in range(len(words) - len(parts) + 1):
        if words[k : k + len(parts)] == parts:
            who, _how = experiencer.experiencer(words, k, k + len(parts), rules)
            return who == experiencer.READER
    return False


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(function_word_map())


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> EmotionModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    head = data["emotion"]
    return EmotionModel(
        dict(zip(head["features"], head["weights"], strict=True)),
        float(head["bias"]),
        float(head["threshold"]),
    )
