"""Valence: VADER's compound score (English) or the depth lexicon's polarities (a language pack
with ``"valence": "lexicon"``), with the chat corrections."""

from __future__ import annotations

from analyzer.nlp.feelings import Feeling
from analyzer.nlp.lexicon import LexResult
from analyzer.nlp.normalise import CAT_INDEX, MARKERS, ChatText, EmojiCounts
from analyzer.nlp.pack import english, load_pack

# --------------------------------------------------------------------------------------------
# valence
# --------------------------------------------------------------------------------------------

#: Messages made only of these words read neutral ("ok", "lol ok"), whatever VADER says
#: (English's; each pack has its own ``ack_words``).
ACK_WORDS = english().word_set("ack_words")
#: Correction floors and ceilings (documented in the README's Method section).
AFFECTION_FLOOR = 0.5
CRITICISM_CEILING = -0.4
CONFLICT_CEILING = -0.2
NEGATIVE_FEELING_CEILING = -0.3
POSITIVE_FEELING_FLOOR = 0.3
_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#: Longest text VADER scores in one piece.
VADER_CHUNK = 1000


def _chunks(text: str, size: int) -> list[str]:
    """Split ``text`` into pieces of at most ``size`` characters, at whitespace where possible."""
    out = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind(" ", start + size // 2, end)
            if cut > start:
                end = cut
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    return out


class _FastVader:
    """VADER's ``polarity_scores(text)["compound"]`` (vaderSentiment 3.3), computed the same way
    with the same floating-point operations in the same order, but with each token lowercased
    once instead of once per rule, the emoji pass skipped for ASCII text, and tokens outside
    VADER's lexicon (which always score 0) not visited. Equality with the library is checked by
    ``tests/nlp`` and on the whole benchmark set (``benchmarks/nlp.py --check-vader``)."""

    def __init__(self, analyzer) -> None:
        from vaderSentiment import vaderSentiment as V

        self.analyzer = analyzer
        self.lexicon: dict[str, float] = analyzer.lexicon
        self.emojis: dict[str, str] = analyzer.emojis
        self.booster: dict[str, float] = V.BOOSTER_DICT
        self.special: dict[str, float] = V.SPECIAL_CASES
        self.negate = frozenset(V.NEGATE)
        self.n_scalar = V.N_SCALAR
        self.c_incr = V.C_INCR
        self.V = V

    def _negated(self, w: str) -> bool:
        # vaderSentiment.negated([w]) for one lowercase word
        return w in self.negate or "n't" in w

    def compound(self, text: str) -> float:
        V = self.V
        if not text.isascii():
            emojis = self.emojis
            if any(c in emojis for c in text):
                parts = []
                prev_space = True
                for ch in text:
                    d = emojis.get(ch)
                    if d is not None:
                        if not prev_space:
                            parts.append(" ")
                        parts.append(d)
                        prev_space = False
                    else:
                        parts.append(ch)
                        prev_space = ch == " "
                text = "".join(parts)
        text = text.strip()
        words = [t if len(s := t.strip(_PUNCT)) <= 2 else s for t in text.split()]
        lw = [w.lower() for w in words]
        lex = self.lexicon
        booster = self.booster
        n = len(words)
        sentiments: list[float] = [0] * n
        is_cap_diff = None
        for i in range(n):
            il = lw[i]
            if il not in lex or il in booster:
                continue
            if il == "kind" and i < n - 1 and lw[i + 1] == "of":
                continue
            if is_cap_diff is None:
                is_cap_diff = V.allcap_differential(words)
            sentiments[i] = self._valence(i, words, lw, is_cap_diff)
        if "but" in lw:
            sentiments = V.SentimentIntensityAnalyzer._but_check(words, sentiments)
        if not sentiments:
            return 0.0
        sum_s = float(sum(sentiments))
        if sum_s:
            ep = text.count("!")
            if ep > 4:
                ep = 4
            qm = text.count("?")
            amp = ep * 0.292 + ((qm * 0.18 if qm <= 3 else 0.96) if qm > 1 else 0)
            if sum_s > 0:
                sum_s += amp
            elif sum_s < 0:
                sum_s -= amp
        return round(V.normalize(sum_s), 4)

    def _valence(self, i: int, words: list[str], lw: list[str], is_cap_diff: bool) -> float:
        """``SentimentIntensityAnalyzer.sentiment_valence`` for the lexicon word at ``i``."""
        V = self.V
        lex = self.lexicon
        booster = self.booster
        n_scalar = self.n_scalar
        item = words[i]
        il = lw[i]
        valence = lex[il]
        if il == "no" and i != len(lw) - 1 and lw[i + 1] in lex:
            valence = 0.0
        if (
            (i > 0 and lw[i - 1] == "no")
            or (i > 1 and lw[i - 2] == "no")
            or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ("or", "nor"))
        ):
            valence = lex[il] * n_scalar
        if item.isupper() and is_cap_diff:
            if valence > 0:
                valence += self.c_incr
            else:
                valence -= self.c_incr
        for start_i in range(0, 3):
            if i > start_i and lw[i - (start_i + 1)] not in lex:
                # scalar_inc_dec is 0.0 for a word outside BOOSTER_DICT
                s = (
                    V.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                    if lw[i - (start_i + 1)] in booster
                    else 0.0
                )
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                # _negation_check
                if start_i == 0:
                    if self._negated(lw[i - 1]):
                        valence = valence * n_scalar
                elif start_i == 1:
                    if lw[i - 2] == "never" and (lw[i - 1] == "so" or lw[i - 1] == "this"):
                        valence = valence * 1.25
                    elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
                        pass
                    elif self._negated(lw[i - 2]):
                        valence = valence * n_scalar
                else:
                    if (
                        lw[i - 3] == "never"
                        and (lw[i - 2] == "so" or lw[i - 2] == "this")
                        or (lw[i - 1] == "so" or lw[i - 1] == "this")
                    ):
                        valence = valence * 1.25
                    elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
                        pass
                    elif self._negated(lw[i - 3]):
                        valence = valence * n_scalar
                    valence = self._idioms(valence, lw, i)
        # _least_check
        if i > 1 and lw[i - 1] not in lex and lw[i - 1] == "least":
            if lw[i - 2] != "at" and lw[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lw[i - 1] not in lex and lw[i - 1] == "least":
            valence = valence * n_scalar
        return valence

    def _idioms(self, valence: float, lw: list[str], i: int) -> float:
        """``SentimentIntensityAnalyzer._special_idioms_check`` (called only with i > 2)."""
        special = self.special
        onezero = f"{lw[i - 1]} {lw[i]}"
        twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
        twoone = f"{lw[i - 2]} {lw[i - 1]}"
        threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
        threetwo = f"{lw[i - 3]} {lw[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        n = len(lw)
        if n - 1 > i:
            zeroone = f"{lw[i]} {lw[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        booster = self.booster
        for gram in (threetwoone, threetwo, twoone):
            if gram in booster:
                valence = valence + booster[gram]
        return valence


def lexicon_polarity(lex: LexResult) -> float:
    """The mean polarity (-1, 0 or 1) of a message's depth-lexicon matches that carry one, a
    negated match counting the other way ("not happy" is -1); 0.0 when none does. The raw
    valence of a pack without VADER (``"valence": "lexicon"``)."""
    total = 0
    count = 0
    for m in lex.matches:
        pol = m.entry.polarity
        if pol:
            total += -pol if m.negated else pol
            count += 1
    return total / count if count else 0.0


class ValenceScorer:
    """The raw valence of a message plus the chat corrections listed in README ("Method: the NLP
    pass"). For a pack whose valence is ``"vader"`` (English) the raw valence is VADER's
    compound (vaderSentiment, MIT), computed by :class:`_FastVader` (the library's numbers, about
    three times faster; a message without a VADER word costs one pass over its tokens); for
    ``"lexicon"`` it is :func:`lexicon_polarity`.
    """

    def __init__(self, language: str = "en") -> None:
        pack = load_pack(language)
        self.language = language
        self.method = pack.valence
        self.ack_words = pack.word_set("ack_words")
        if self.method == "vader":
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self.analyzer = SentimentIntensityAnalyzer()
            self.vocab = frozenset(self.analyzer.lexicon)
            self._fast = _FastVader(self.analyzer)

    def raw(self, text: str) -> float:
        """VADER compound of ``text``; long texts are scored in chunks of at most
        :data:`VADER_CHUNK` characters (VADER's cost grows with the square of the length) and
        the compounds averaged, weighted by chunk length."""
        if len(text) > VADER_CHUNK:
            chunks = _chunks(text, VADER_CHUNK)
            total = sum(len(c) for c in chunks)
            return sum(self.raw(c) * len(c) for c in chunks) / total if total else 0.0
        return float(self._fast.compound(text))

    def score(
        self,
        doc_text: str,
        text: ChatText,
        lex: LexResult,
        emoji: EmojiCounts,
        feeling: Feeling | None = None,
    ) -> float:
        body = [w for w in text.words if w not in MARKERS]
        if body and emoji.total == 0 and self.ack_words.issuperset(body):
            return 0.0
        v = self.raw(doc_text) if self.method == "vader" else lexicon_polarity(lex)
        cats = lex.cats
        crit = cats[CAT_INDEX["criticism"]] + cats[CAT_INDEX["complaint"]]
        conflict = cats[CAT_INDEX["invalidation"]] + cats[CAT_INDEX["defensiveness"]]
        negative = crit + conflict + cats[CAT_INDEX["hard"]] + cats[CAT_INDEX["fear"]]
        if crit:
            return min(v, CRITICISM_CEILING)
        if conflict:
            return min(v, CONFLICT_CEILING)
        if (cats[CAT_INDEX["affection"]] or emoji.affection) and not negative:
            return max(v, AFFECTION_FLOOR)
        if feeling is not None and feeling.feeling and feeling.negative != feeling.positive:
            # a one-sided feeling statement keeps its sign ("I can't do this anymore" reads 0)
            if feeling.negative:
                return min(v, NEGATIVE_FEELING_CEILING)
            return max(v, POSITIVE_FEELING_FLOOR)
        return v
