"""Normalising chat text for the rules: words, stems and clause markers; emoji per category;
the project's word-list files."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import NORM, SPACY
from spacy.tokens import Doc

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"

#: Lexicon categories with a ``cat_<name>`` column (contract order, then ``joy``).
CATEGORIES: tuple[str, ...] = (
    "hard",
    "soft",
    "flat",
    "fear",
    "affection",
    "gratitude",
    "repair",
    "validation",
    "support",
    "invalidation",
    "criticism",
    "defensiveness",
    "reassurance",
    "hedge",
    "disappointment",
    "loneliness",
    "complaint",
    "joy",
)
CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}

#: Emoji categories, in the order of :class:`EmojiCounts` after ``total``.
EMOJI_CATEGORIES: tuple[str, ...] = (
    "affection",
    "laughter",
    "sadness",
    "annoyance",
    "support",
    "ambiguous",
)

#: Function-word categories for language style matching.
FW_CATEGORIES: tuple[str, ...] = (
    "ppron",
    "ipron",
    "article",
    "prep",
    "auxverb",
    "adverb",
    "conj",
    "negate",
    "quant",
)

#: ``doc.user_data`` key under which a caller may leave the original text (saves rebuilding it).
RAW_TEXT_KEY = "chat_balance_raw_text"

LAUGH_WORDS = frozenset({"haha", "lol", "lmao"})
#: Words by which a message speaks of its writer.
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
MARKERS = frozenset({".", "?", ","})
_MARK_RANK = {",": 0, ".": 1, "?": 2}
SENT_END = frozenset({".", "?"})


# --------------------------------------------------------------------------------------------
# data files
# --------------------------------------------------------------------------------------------


def _read_json(name: str) -> dict:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def lexicon_rows() -> tuple[tuple[str, int, tuple[str, ...], int], ...]:
    """The rows of ``lexicons/depth_en.tsv``: (term, tier, categories, polarity)."""
    rows = []
    with open(LEXICON_DIR / "depth_en.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["term", "tier", "categories", "polarity"]:
            raise ValueError(f"depth_en.tsv header is {header}")
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            term, tier, cats, pol = line.rstrip("\n").split("\t")
            rows.append(
                (term, int(tier), tuple(c for c in cats.split(",") if c and c != "-"), int(pol))
            )
    return tuple(rows)


@lru_cache(maxsize=1)
def slang_map() -> dict[str, tuple[str, ...]]:
    """Slang and spelling -> normalised words (``lexicons/slang_en.json``)."""
    return {k: tuple(v.split()) for k, v in _read_json("slang_en.json").items()}


@lru_cache(maxsize=1)
def function_word_map() -> dict[str, int]:
    """Function word -> index into :data:`FW_CATEGORIES` (``lexicons/function_words_en.json``)."""
    data = _read_json("function_words_en.json")
    return {w: FW_CATEGORIES.index(cat) for cat, words in data.items() for w in words}


@lru_cache(maxsize=1)
def emoji_map() -> dict[str, int]:
    """Emoji (selectors removed) -> index into :data:`EMOJI_CATEGORIES`."""
    data = _read_json("emoji.json")
    return {
        _emoji_key(e): EMOJI_CATEGORIES.index(cat) for cat, items in data.items() for e in items
    }


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------

_ELONGATED = re.compile(r"([a-z])\1{2,}")
_REPEAT_MARKS = re.compile(r"[!?]{2,}")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_CAPS_OK = frozenset({
    "OK", "I", "TV", "UK", "US", "USA", "PM", "AM", "ID", "BTW", "OMG", "LOL", "DM", "FYI", "ASAP",
    "ETA", "NYC", "LA", "EU", "PC",
})  # fmt: skip
_HAS_ALNUM = re.compile(r"[^\W_]")
_LAUGH = re.compile(r"^(?:a?(?:h[aeiu]){2,}h?|(?:ah){2,}a?|(?:ja){2,}|lo+l[lo]*|lmf?a+o+|rofl|xd)$")
#: Common words with a double letter, kept when de-elongating ("goood" -> "good", not "god").
_DOUBLE_OK = frozenset(
    "good cool soon too see feel need sleep week miss sorry all well still really will off happy "
    "little pretty coffee call tell kill food book room door school keep free three tree seen been "
    "agree sweet meet look boo moon noon bless stress mess less kiss hell yell fall tall wall ball "
    "full pull bull add odd egg ill hmm mm summer dinner funny silly yummy mommy daddy bitter "
    "better letter butter matter worry sorry hurry carry marry cuddle apple happen shopping "
    "stopped dropped sadder madder fatter hotter bigger seriously sleepy tomorrow".split()
)
_I_AM_PRONOUNS = frozenset({
    "it", "that", "what", "who", "where", "how", "there", "here", "he", "she", "everything",
    "nothing", "this", "when", "why", "everyone", "something",
})  # fmt: skip
_UR_ARE_NEXT = frozenset({
    "so", "not", "such", "being", "going", "gonna", "right", "welcome", "always", "never", "too",
    "really", "just", "doing", "a", "the", "my", "crazy", "sweet", "amazing", "overreacting",
    "fine", "ok", "good", "mad", "upset", "dramatic", "kidding", "joking",
})  # fmt: skip


def _emoji_key(e: str) -> str:
    return re.sub("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]", "", e)


def _de_elongate(word: str) -> str:
    """'sooo' -> 'so', 'goood' -> 'good', 'pleeease' -> 'please' (two letters are kept where
    that makes a known word)."""
    two = _ELONGATED.sub(r"\1\1", word)
    if two in _DOUBLE_OK or two in slang_map() or two in _known_words():
        return two
    one = _ELONGATED.sub(r"\1", word)
    # a doubled letter left elsewhere ("sleeeepy" -> "sleepy") is kept as is
    return one


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    words: set[str] = set(function_word_map())
    for row in lexicon_rows():
        words.update(row[0].split())
    return frozenset(words)


def stem(word: str) -> str:
    """A light, deterministic suffix stripper used on both lexicon and text.

    ``feeling -> feel``, ``cried -> cry``, ``upsetting -> upset``, ``notices -> notic``; the result
    need not be a word, only the same for the inflections of one word.
    """
    return _stem(word)


_IRREGULAR = {
    "felt": "feel",
    "made": "make",
    "makes": "make",
    "making": "make",
    "said": "say",
    "told": "tell",
    "thought": "think",
    "went": "go",
    "gone": "go",
    "left": "leave",
    "lost": "lose",
    "got": "get",
    "gotten": "get",
    "came": "come",
    "saw": "see",
    "took": "take",
    "gave": "give",
    "ran": "run",
    "broke": "break",
    "broken": "broken",
    "hid": "hide",
    "fell": "fall",
    "meant": "mean",
    "kept": "keep",
    "slept": "sleep",
    "won": "win",
    "ate": "eat",
    "done": "done",
    "did": "do",
    "does": "do",
    "doing": "do",
    "has": "have",
    "had": "have",
    "having": "have",
    "is": "is",
    "was": "was",
    "this": "this",
    "us": "us",
    "yes": "yes",
    "news": "news",
    "always": "always",
    "sometimes": "sometimes",
    "seriously": "seriously",
    "less": "less",
    "unless": "unless",
    "its": "its",
    "his": "his",
    "hers": "hers",
    "yours": "yours",
    "ours": "ours",
    "theirs": "theirs",
    "guess": "guess",
    "miss": "miss",
    "mess": "mess",
    "bless": "bless",
    "stress": "stress",
}
_UNDOUBLE = frozenset("bdgmnprt")


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    s = w
    if s.endswith("ies") or s.endswith("ied"):
        s = s[:-3] + "y"
    elif s.endswith("ing") and len(s) > 5:
        s = s[:-3]
    elif s.endswith("ed") and len(s) > 4:
        s = s[:-2]
    elif s.endswith("es") and len(s) > 4:
        s = s[:-2]
    elif s.endswith("s") and not s.endswith("ss") and not s.endswith("us"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("e"):
        s = s[:-1]
    if len(s) > 3 and s[-1] == s[-2] and s[-1] in _UNDOUBLE:
        s = s[:-1]
    return s


class _TokInfo(NamedTuple):
    words: tuple[str, ...]
    wordlike: bool  # has a letter or digit
    elongated: bool


@lru_cache(maxsize=131072)
def _token_info(norm: str) -> _TokInfo:
    """Normalised words for one token's NORM string (cached: chat vocabulary is small)."""
    if not norm.strip():
        return _TokInfo((".",) if "\n" in norm else (), False, False)
    if _HAS_ALNUM.search(norm) is None:
        if "?" in norm:
            return _TokInfo(("?",), False, False)
        if any(c in norm for c in ".!;…:"):
            return _TokInfo((".",), False, False)
        if "," in norm:
            return _TokInfo((",",), False, False)
        if any(ord(c) > 0x2000 for c in norm):
            return _TokInfo((".",), False, False)  # emoji end a clause
        return _TokInfo((), False, False)
    word = norm.replace("’", "'")
    elongated = False
    if _ELONGATED.search(word):
        elongated = True
        word = _de_elongate(word)
    if _LAUGH.match(word):
        return _TokInfo(
            (
                "haha"
                if not word.startswith(("lo", "lm", "ro"))
                else ("lol" if word.startswith("lo") else "lmao"),
            ),
            True,
            elongated,
        )
    sl = slang_map().get(word)
    if sl is not None:
        return _TokInfo(sl, True, elongated)
    return _TokInfo((word,), True, elongated)


class ChatText(NamedTuple):
    """Normalised text of one message (``doc._.chat_text``)."""

    words: tuple[str, ...]  # normalised lowercase words and clause markers . ? ,
    stems: tuple[str, ...]  # stem of each entry of ``words`` (markers kept)
    n_words: int  # word tokens (letters/digits), clitics ("n't", "'m") joined to their word
    emphasis: bool  # elongation, repeated !!/??, or an ALL-CAPS word
    raw: str  # the original text (``doc.text`` is rebuilt from tokens on every access)


_CONTEXTUAL = frozenset({"m", "'m", "'s", "s", "re", "'re", "ve", "'ve", "ll", "'ll", "nt", "n't"})
#: NORM hash -> token info; chat vocabulary is small, so this stays small (cleared past 200k).
_INFO_BY_HASH: dict[int, _TokInfo] = {}
_STEM_CACHE: dict[str, str] = {}


def _stems(words: list[str]) -> tuple[str, ...]:
    cache = _STEM_CACHE
    out = []
    for w in words:
        st = cache.get(w)
        if st is None:
            if len(cache) > 200_000:
                cache.clear()
            st = cache[w] = _stem(w)
        out.append(st)
    return tuple(out)


def normalise_doc(doc: Doc, raw: str | None = None) -> ChatText:
    """Build :class:`ChatText` for ``doc`` (what ``chat_normalizer`` stores); ``raw`` is the
    text ``doc`` was made from, when the caller has it (else ``RAW_TEXT_KEY`` or ``doc.text``)."""
    strings = doc.vocab.strings
    infos = _INFO_BY_HASH
    if len(infos) > 200_000:
        infos.clear()
    words: list[str] = []
    n_words = 0
    elongated = False
    prev_wordlike = False
    prev_space = True
    for norm, space in doc.to_array([NORM, SPACY]).tolist():
        info = infos.get(norm)
        if info is None:
            info = infos[norm] = _token_info(strings[norm])
        if info.wordlike:
            if not (prev_wordlike and not prev_space):
                n_words += 1
            if info.elongated:
                elongated = True
            ws = info.words
            if len(ws) == 1 and ws[0] not in _CONTEXTUAL:
                words.append(ws[0])
                prev_wordlike = True
                prev_space = bool(space)
                continue
            for w in ws:
                if words:
                    prev = words[-1]
                    if w in ("m", "'m") and prev == "i":
                        w = "am"
                    elif w in ("'s", "s") and prev in _I_AM_PRONOUNS:
                        w = "is"
                    elif w in ("re", "'re"):
                        w = "are"
                    elif w in ("ve", "'ve"):
                        w = "have"
                    elif w in ("ll", "'ll"):
                        w = "will"
                    elif w in ("nt", "n't"):
                        w = "not"
                words.append(w)
        else:
            for w in info.words:
                if not w or not words:
                    continue  # markers before any word are dropped
                last = words[-1]
                if last in MARKERS:
                    if _MARK_RANK[w] > _MARK_RANK[last]:
                        words[-1] = w
                else:
                    words.append(w)
        prev_wordlike = info.wordlike
        prev_space = bool(space)
    # "ur so dramatic": ur -> you are before an adjective-ish word
    if "your" in words:
        for i in range(len(words) - 1):
            if words[i] == "your" and words[i + 1] in _UR_ARE_NEXT:
                words[i : i + 1] = ["you", "are"]
    text = raw if raw is not None else doc.user_data.get(RAW_TEXT_KEY)
    if text is None:
        text = doc.text  # rebuilt from the tokens: slower, same string
    emphasis = elongated or bool(_REPEAT_MARKS.search(text))
    if not emphasis:
        emphasis = any(w not in _CAPS_OK for w in _CAPS_WORD.findall(text))
    wt = tuple(words)
    return ChatText(wt, _stems(words), n_words, emphasis, text)


# --------------------------------------------------------------------------------------------
# emoji
# --------------------------------------------------------------------------------------------

_EMOJI = re.compile(
    "(?:[\U0001f1e6-\U0001f1ff]{2}"
    "|[#*0-9]\ufe0f?\u20e3"
    "|[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
    "[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]*"
    "(?:\u200d[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]*)*)"
)


class EmojiCounts(NamedTuple):
    """Emoji in one message (``doc._.chat_emoji``); a skin tone does not count separately."""

    total: int
    affection: int
    laughter: int
    sadness: int
    annoyance: int
    support: int
    ambiguous: int
    only_emoji: bool  # the message is emoji (and spaces/punctuation) only


_NO_EMOJI = EmojiCounts(0, 0, 0, 0, 0, 0, 0, False)


def count_emoji(text: str) -> EmojiCounts:
    """Count emoji in ``text`` by relational category (:data:`EMOJI_CATEGORIES`)."""
    if text.isascii():
        return _NO_EMOJI
    found = _EMOJI.findall(text)
    if not found:
        return _NO_EMOJI
    cats = [0] * len(EMOJI_CATEGORIES)
    table = emoji_map()
    for e in found:
        key = _emoji_key(e)
        idx = table.get(key)
        if idx is None and "\u200d" in key:
            idx = table.get(key.split("\u200d")[0])
        if idx is not None:
            cats[idx] += 1
    rest = _EMOJI.sub("", text)
    only = _HAS_ALNUM.search(rest) is None
    return EmojiCounts(len(found), *cats, only)
