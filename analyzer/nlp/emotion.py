"""Whole-message emotion reading: a small logistic regression over what the lexicon pass saw.

The depth lexicon names emotions where a known word or phrase says them ("I'm so sad"); real
people also say them in words no list holds ("this is bullshit", "you made my day", "ugh why
does this always happen"). This model reads the whole message and gives the probability that it
expresses a clear emotion. It was trained on real Reddit comments with human emotion labels
(GoEmotions train split; ``python -m tests.realtext.train`` rebuilds it, and records its seed,
data version and dev scores beside it), and it is shipped as plain JSON: no download, no
randomness at run time, the same number for the same text on every machine.

Features (:func:`model_features`) are the message's normalised words and word pairs (after
slang expansion and de-elongation, split at clause marks), the character 2- to 5-grams of each
word ("<ugh>" gives "<u", "ugh", "gh>", ...: they carry a weight to spellings and word forms the
training data had only a few times, "frustrat" in "frustrating" and "frustrated"), plus what the
other components found: the lexicon's tier, categories and emotion terms, a first-person feeling
statement, the valence bucket, "!" and emphasis, emoji categories. Each has one weight; the
score is their sum plus a bias, through the logistic function. A word's character n-grams are
summed once per distinct word and kept in a cache, so they cost one look-up per word; sums are
exact (``math.fsum``), so the score does not depend on the order of a set.

How the pass uses it (``features.py``): a message whose lexicon tier is below 2 becomes tier 2
when ``probability >= threshold``, and its strongest word joins ``emotion_terms`` so the report
can say why. Only the writer's own statements are raised (:func:`may_raise`): an act toward
the other (support, validation, thanks, an apology, criticism, a complaint, invalidation,
defensiveness, reassurance seeking, a hedge), a message that names a feeling of the reader (a
reflection included), a question about the other and a minimal reply keep their tier, and a
raise is dropped when the strongest word is the reader's feeling where it stands, because
tiers measure what a person discloses, and those acts have their own columns. A question that
is not about the other ("why does this always happen to me") is the writer's own and may be
raised. Criticism stays out even without "you": most put-downs are imperatives at the reader
("grow up", "shut up").
A message of one or two words as typed ("omg!!", "me unfortunately") is never raised
(:data:`MIN_RAISE_WORDS`). The model never lowers a tier the lexicon found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

from analyzer.nlp.normalise import CATEGORIES, EMOJI_CATEGORIES, MARKERS, function_word_map
from analyzer.nlp.pack import LEXICON_DIR, load_pack

#: The English emotion model (each language pack may ship its own ``emotion_model.json``).
MODEL_FILE = LEXICON_DIR / "en" / "emotion_model.json"
#: Features that are not words (never shown as an emotion term).
_NON_WORD_PREFIX = ("LEX_", "CAT_", "TERM_", "VAL_", "EMO_", "FEELING", "EXCL", "EMPH")
#: Lengths of the character n-grams read from each word (with "<" and ">" at its ends).
CHAR_SIZES = (2, 5)


def is_word(feature: str) -> bool:
    """A single word among the model's features (not a pair, not a component's feature)."""
    return " " not in feature and not feature.startswith(_NON_WORD_PREFIX)


def char_grams(word: str) -> set[str]:
    """The distinct character n-grams (:data:`CHAR_SIZES`) of ``word`` framed as "<word>"."""
    s = "<" + word + ">"
    lo, hi = CHAR_SIZES
    return {s[i : i + n] for n in range(lo, hi + 1) for i in range(len(s) - n + 1)}


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


#: Lexicon categories of acts toward the other person: a message with one is never raised.
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


#: The model raises no message of fewer words than this (as typed: "omg!!" is one word): a word or
#: two alone is an exclamation or a reaction ("omg!!", "me unfortunately", "damn it"), which the
#: design keeps at tier 1; a feeling named in a word or two ("so sad", "miss you") is the
#: lexicon's to read. Without this, a one-step move of the threshold on retraining raised them.
MIN_RAISE_WORDS = 3


def long_enough(text) -> bool:
    """The message has words enough for the model to raise it (:data:`MIN_RAISE_WORDS`)."""
    return text.n_words >= MIN_RAISE_WORDS


def may_raise(lex, acts, feeling) -> bool:
    """The model may raise this message to tier 2: the lexicon put it below tier 2, and it is the
    writer's own statement: not an act toward the reader (:data:`RESPONSE_CATEGORIES`), not a
    reflection of the reader's feeling, naming no feeling of the reader at all
    (``LexResult.readers`` is empty), not a question about the other, not a minimal reply."""
    if max(lex.tier, feeling.tier) >= 2 or acts.question_other or acts.minimal:
        return False
    if lex.reflected:
        return False
    if lex.readers:
        return False  # it names the reader's feeling ("don't feel guilty"): not a disclosure
    cats = lex.cats
    return not any(cats[i] for i in _RESPONSE_INDICES)


@dataclass(frozen=True)
class EmotionModel:
    """Weights of one logistic regression head; see the module docstring."""

    weights: dict[str, float]  # words, word pairs and the components' features
    bias: float
    threshold: float  # probability at or above which a statement is read as emotional
    char_weights: dict[str, float] = field(default_factory=dict)  # character n-grams
    #: the language's function words (never shown as the strongest word; None: English's)
    function_words: frozenset[str] | None = field(default=None, compare=False)
    #: the language's "whose feeling" rules (:func:`analyzer.nlp.experiencer.load_rules`;
    #: None: English's)
    experiencer_rules: object = field(default=None, compare=False, repr=False)
    #: the language whose pack says what the model may not raise (:func:`not_raised`)
    language: str = field(default="en", compare=False)
    _scores: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def read(
        self, text, emoji, lex, acts, feeling, valence: float
    ) -> tuple[int, tuple[str, ...], float]:
        """The message's tier, emotion terms and ``emotion_score`` after the model: the
        lexicon's, unless :func:`may_raise` holds and the probability reaches the threshold
        (then tier 2 and the strongest word). The score is NaN where the model is not asked."""
        tier, terms = max(lex.tier, feeling.tier), lex.emotion_terms
        if not (may_raise(lex, acts, feeling) and long_enough(text)) or holds_formula(
            text.words, not_raised(self.language)[0]
        ):
            return tier, terms, math.nan
        feats = analysis_features(text, emoji, lex, feeling, valence)
        prob = self.probability(feats)
        if prob < self.threshold:
            return tier, terms, prob
        strongest = self.strongest_word(feats)
        if strongest and vetoed(self, strongest, text.words):
            return tier, terms, prob
        return 2, ((strongest,) if strongest else ()), prob

    def feature_score(self, feature: str) -> float:
        """The weight of one feature; a word adds the weights of its character n-grams."""
        score = self._scores.get(feature)
        if score is None:
            score = self.weights.get(feature, 0.0)
            if self.char_weights and is_word(feature):
                cw = self.char_weights
                score = math.fsum([score, *[cw.get(g, 0.0) for g in char_grams(feature)]])
            if len(self._scores) > 300_000:  # a chat's vocabulary is far smaller
                self._scores.clear()
            self._scores[feature] = score
        return score

    def probability(self, feats: set[str]) -> float:
        z = math.fsum([self.bias, *map(self.feature_score, feats)])
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def strongest_word(self, feats: set[str]) -> str:
        """The word or word pair that pushes hardest towards "emotional" ("" when none does);
        function words ("i", "so", "the") and pairs of them are never shown."""
        best, best_w = "", 0.0
        function_words = self.function_words
        if function_words is None:
            function_words = frozenset(function_word_map())
        for f in feats:
            if f.startswith(_NON_WORD_PREFIX) or all(w in function_words for w in f.split(" ")):
                continue
            wt = self.feature_score(f)
            if wt > best_w or (wt == best_w and best and f < best):
                best, best_w = f, wt
        return best.replace(" ", "_")


@lru_cache(maxsize=16)
def not_raised(
    language: str = "en",
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """What the model of ``language`` may not raise, from its pack's ``words.json``, normalised
    as chat text: ``model_formulas``, phrases of congratulation and greeting whose message is
    never raised ("congrats!!", "happy friday!!!": a response to the reader's news or a formula,
    not a disclosure, as thanks and apologies are acts), indexed by their first word, and
    ``model_mild``, mild states the model may not raise a message on ("im so tired today": tier
    1 by the tiers' definition)."""
    from analyzer.nlp.lexicon_index import _phrase_words
    from analyzer.nlp.pack import available

    if language not in available():
        return {}, frozenset()
    pack = load_pack(language)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in pack.words["model_formulas"]:
        words = _phrase_words(phrase, pack)
        if words:
            by_first.setdefault(words[0], []).append(words)
    mild = frozenset(w for p in pack.words["model_mild"] for w in _phrase_words(p, pack))
    return {k: tuple(v) for k, v in by_first.items()}, mild


def holds_formula(words: tuple[str, ...], formulas: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """One of ``formulas`` (word tuples by their first word, :func:`not_raised`) stands in
    ``words``: one dictionary lookup a word."""
    for k, w in enumerate(words):
        for f in formulas.get(w, ()):
            if words[k : k + len(f)] == f:
                return True
    return False


def vetoed(model: EmotionModel, strongest: str, words: tuple[str, ...]) -> bool:
    """The pass drops a raise whose strongest word (:meth:`EmotionModel.strongest_word`) is a
    mild state of the model's ``model_mild``, alone or beside function words ("so_tired"), or
    the reader's feeling where it stands ("that's so scary" in reply: not a disclosure)."""
    mild = not_raised(model.language)[1]
    if mild:
        parts = strongest.split("_")
        function_words = model.function_words
        if function_words is None:
            function_words = frozenset(function_word_map())
        if any(p in mild for p in parts) and all(p in mild or p in function_words for p in parts):
            return True
    return _readers_word(words, strongest, model.experiencer_rules)


def _readers_word(words: tuple[str, ...], strongest: str, rules=None) -> bool:
    """The model's strongest word ("scary", "so_scary") is a feeling of the reader where it
    stands (:mod:`~analyzer.nlp.experiencer`, with the language's ``rules``; English's by
    default)."""
    from analyzer.nlp import experiencer

    if rules is None:
        rules = experiencer.load_rules()

    parts = tuple(strongest.split("_"))
    for k in range(len(words) - len(parts) + 1):
        if words[k : k + len(parts)] == parts:
            who, _how = experiencer.experiencer(words, k, k + len(parts), rules)
            return who == experiencer.READER
    return False


@lru_cache(maxsize=16)
def load_model(language: str = "en") -> EmotionModel | None:
    """The emotion model of ``language`` (its pack's ``emotion_model.json``), or None when the
    pack ships none (or the language has no pack): the lexicon's tier then stands alone."""
    from analyzer.nlp import experiencer
    from analyzer.nlp.pack import available

    if language not in available():
        return None
    pack = load_pack(language)
    path = pack.emotion_model_path
    if path is None:
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    head = data["emotion"]
    return EmotionModel(
        dict(zip(head["features"], head["weights"], strict=True)),
        float(head["bias"]),
        float(head["threshold"]),
        dict(zip(head.get("char_grams", ()), head.get("char_weights", ()), strict=True)),
        function_words=frozenset(function_word_map(pack)),
        experiencer_rules=experiencer.load_rules(language),
        language=language,
    )
