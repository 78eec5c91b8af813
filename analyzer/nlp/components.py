"""The project's spaCy components: every ``@Language.factory`` of the NLP pass lives here.

Each component reads what the ones before it stored and writes one Doc extension holding a small
immutable value (tuples, ints, floats), so docs pickle cheaply across ``n_process`` workers and
``features.py`` can turn them into plain columns. Order in the pipeline (see :data:`PIPE_NAMES`):

1. ``chat_normalizer`` -> ``doc._.chat_text`` (:class:`ChatText`): lowercased words after slang
   expansion ("idk" -> "i do not know") and de-elongation ("sooo" -> "so"), with clause markers
   ``.`` ``?`` ``,``; light stems of those words; word count; emphasis flag.
2. ``chat_emoji`` -> ``doc._.chat_emoji`` (:class:`EmojiCounts`): emoji per relational category.
3. ``depth_lexicon`` -> ``doc._.chat_lex`` (:class:`LexResult`): lexicon matches (longest
   phrase first), negation, tier, categories, emotion terms.
4. ``chat_acts`` -> ``doc._.chat_acts`` (:class:`Acts`): question, question about the other,
   follow-up cue, minimal reply, laughter, content stems (for follow-up overlap).
5. ``feeling_detector`` -> ``doc._.chat_feeling`` (:class:`Feeling`): first-person feeling
   statement, its tier, and whether a vulnerable statement was laughed off.
6. ``function_words`` -> ``doc._.chat_fw``: counts for the nine style-matching categories.
7. ``chat_valence`` -> ``doc._.chat_valence``: VADER compound with the chat corrections.

The components are the NLP pass's public spaCy interface (``nlp.add_pipe("depth_lexicon")`` in
a pipeline of one's own). ``features.py`` calls the very same functions in the same order through
:func:`analyse_doc`, one call per Doc, instead of letting ``nlp.pipe`` run seven components: that
saves the per-component Doc-extension traffic (5-15 % of the pass), and a test checks on real text
that both ways give the same results.

All rules are written for English; ``features.py`` switches the lexicon columns off for chats in
other languages. Nothing here downloads anything.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import NORM, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp import patterns as _patterns

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"

#: Component names in pipeline order.
PIPE_NAMES: tuple[str, ...] = (
    "chat_normalizer",
    "chat_emoji",
    "depth_lexicon",
    "chat_acts",
    "feeling_detector",
    "function_words",
    "chat_valence",
)

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
_CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}

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

MARKERS = frozenset({".", "?", ","})
_MARK_RANK = {",": 0, ".": 1, "?": 2}
_SENT_END = frozenset({".", "?"})


# --------------------------------------------------------------------------------------------
# data files
# --------------------------------------------------------------------------------------------


def _read_json(name: str) -> dict:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


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
    return {_emoji_key(e): EMOJI_CATEGORIES.index(cat) for cat, items in data.items() for e in items}


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------

_ELONGATED = re.compile(r"([a-z])\1{2,}")
_REPEAT_MARKS = re.compile(r"[!?]{2,}")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_CAPS_OK = frozenset({"OK", "I", "TV", "UK", "US", "USA", "PM", "AM", "ID", "BTW", "OMG", "LOL", "DM", "FYI", "ASAP", "ETA", "NYC", "LA", "EU", "PC"})
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
_I_AM_PRONOUNS = frozenset({"it", "that", "what", "who", "where", "how", "there", "here", "he", "she", "everything", "nothing", "this", "when", "why", "everyone", "something"})
_UR_ARE_NEXT = frozenset({"so", "not", "such", "being", "going", "gonna", "right", "welcome", "always", "never", "too", "really", "just", "doing", "a", "the", "my", "crazy", "sweet", "amazing", "overreacting", "fine", "ok", "good", "mad", "upset", "dramatic", "kidding", "joking"})


def _emoji_key(e: str) -> str:
    return re.sub("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]", "", e)


def _de_elongate(word: str) -> str:
    """'sooo' -> 'so', 'goood' -> 'good', 'pleeease' -> 'please' (2 letters kept if a known word)."""
    two = _ELONGATED.sub(r"\1\1", word)
    if two in _DOUBLE_OK or two in slang_map() or two in _known_words():
        return two
    one = _ELONGATED.sub(r"\1", word)
    # a doubled letter left elsewhere ("sleeeepy" -> "sleepy") is kept as is
    return one


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    words: set[str] = set(function_word_map())
    for row in _lexicon_rows():
        words.update(row[0].split())
    return frozenset(words)


def stem(word: str) -> str:
    """A light, deterministic suffix stripper used on both lexicon and text.

    ``feeling -> feel``, ``cried -> cry``, ``upsetting -> upset``, ``notices -> notic``; the result
    need not be a word, only the same for the inflections of one word.
    """
    return _stem(word)


_IRREGULAR = {
    "felt": "feel", "made": "make", "makes": "make", "making": "make", "said": "say", "told": "tell",
    "thought": "think", "went": "go", "gone": "go", "left": "leave", "lost": "lose", "got": "get",
    "gotten": "get", "came": "come", "saw": "see", "took": "take", "gave": "give", "ran": "run",
    "broke": "break", "broken": "broken", "hid": "hide", "fell": "fall", "meant": "mean",
    "kept": "keep", "slept": "sleep", "won": "win", "ate": "eat", "done": "done", "did": "do",
    "does": "do", "doing": "do", "has": "have", "had": "have", "having": "have", "is": "is",
    "was": "was", "this": "this", "us": "us", "yes": "yes", "news": "news", "always": "always",
    "sometimes": "sometimes", "seriously": "seriously", "less": "less", "unless": "unless",
    "its": "its", "his": "his", "hers": "hers", "yours": "yours", "ours": "ours", "theirs": "theirs",
    "guess": "guess", "miss": "miss", "mess": "mess", "bless": "bless", "stress": "stress",
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
        return _TokInfo(("haha" if not word.startswith(("lo", "lm", "ro")) else ("lol" if word.startswith("lo") else "lmao"),), True, elongated)
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


# --------------------------------------------------------------------------------------------
# the depth lexicon
# --------------------------------------------------------------------------------------------


class Entry(NamedTuple):
    """One lexicon row."""

    term: str
    tier: int
    cats: tuple[str, ...]
    polarity: int
    self_ref: bool  # the phrase itself says who feels it ("hurt my feelings", "miss you")


@lru_cache(maxsize=1)
def _lexicon_rows() -> tuple[tuple[str, int, tuple[str, ...], int], ...]:
    rows = []
    with open(LEXICON_DIR / "depth_en.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["term", "tier", "categories", "polarity"]:
            raise ValueError(f"depth_en.tsv header is {header}")
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            term, tier, cats, pol = line.rstrip("\n").split("\t")
            rows.append((term, int(tier), tuple(c for c in cats.split(",") if c and c != "-"), int(pol)))
    return tuple(rows)


_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
NEGATORS = frozenset({"not", "never", "no", "hardly", "barely", "without", "nor", "neither"})
#: Words that end a negation's reach even inside a clause ("I don't know why I'm sad").
_NEG_STOP = frozenset({"know", "why", "but", "if", "because", "when", "though", "although", "so", "and", "that", "what", "how", "who", "until", "since", "anymore"})
#: Words a phrase may skip in the text ("feeling pretty down" matches "feel down").
_SKIPPABLE = frozenset({"so", "really", "very", "pretty", "super", "kind", "of", "kinda", "totally", "extremely", "quite", "just", "truly", "honestly", "completely", "absolutely", "literally", "even", "a", "bit", "little", "too", "bloody", "fucking", "damn", "still", "always"})


@dataclass(frozen=True)
class Lexicon:
    """The depth lexicon, indexed for matching on stems."""

    words: dict[str, Entry]  # normalised word -> entry
    stems: dict[str, Entry]  # stem -> entry (highest tier wins)
    # first stem -> second stem -> candidates (longest first); one-word anchored entries apart
    phrases: dict[str, dict[str, tuple[tuple[tuple[str, ...], Entry, bool, bool], ...]]]
    anchored: dict[str, tuple[tuple[tuple[str, ...], Entry, bool, bool], ...]]
    size: int
    n_phrases: int

    def __post_init__(self) -> None:
        # stems that start a phrase, an anchored entry or a one-word entry: a position whose stem
        # is not here (and whose word is not in ``words``) cannot match, and is skipped at once
        object.__setattr__(self, "starts", frozenset(self.phrases) | frozenset(self.anchored) | frozenset(self.stems))
        # each phrase key's stems as a set: a phrase with a stem the message lacks cannot match
        object.__setattr__(self, "key_sets", {c[0]: frozenset(c[0]) for sub in self.phrases.values() for g in sub.values() for c in g})


@lru_cache(maxsize=1)
def blank_english() -> Language:
    """One ``spacy.blank("en")`` per process: the default pipeline is built on it, and lexicon
    phrases are tokenised with its tokenizer (building a blank pipeline takes about 0.25 s)."""
    import spacy

    return spacy.blank("en")


def _phrase_words(term: str) -> tuple[str, ...]:
    return tuple(w for w in normalise_doc(blank_english().make_doc(term)).words if w not in MARKERS)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``lexicons/depth_en.tsv`` and index it (phrases normalised like chat text)."""
    words: dict[str, Entry] = {}
    stems: dict[str, Entry] = {}
    phrases: dict[str, list] = {}
    n_phr = 0
    rows = _lexicon_rows()
    for term, tier, cats, pol in rows:
        anchor_start = term.startswith("^")
        anchor_end = term.endswith("$")
        plain = term.strip("^$")
        ws = _phrase_words(plain)
        self_ref = any(w in _FIRST_PERSON for w in ws)
        entry = Entry(plain, tier, cats, pol, self_ref)
        if len(ws) == 1 and not (anchor_start or anchor_end):
            words.setdefault(ws[0], entry)
            st = _stem(ws[0])
            old = stems.get(st)
            if old is None or old.tier < tier:
                stems[st] = entry
        else:
            n_phr += len(ws) > 1
            key = tuple(_stem(w) for w in ws)
            phrases.setdefault(key[0], []).append((key, entry, anchor_start, anchor_end))
    index: dict[str, dict[str, list]] = {}
    anchored: dict[str, list] = {}
    for first, cands in phrases.items():
        for cand in cands:
            if len(cand[0]) == 1:
                anchored.setdefault(first, []).append(cand)
            else:
                index.setdefault(first, {}).setdefault(cand[0][1], []).append(cand)
    frozen = {
        f: {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in sub.items()}
        for f, sub in index.items()
    }
    return Lexicon(words, stems, frozen, {k: tuple(v) for k, v in anchored.items()}, len(rows), n_phr)


class Match(NamedTuple):
    start: int  # index into ChatText.words
    end: int
    entry: Entry
    negated: bool


class LexResult(NamedTuple):
    """Lexicon matches of one message (``doc._.chat_lex``)."""

    matches: tuple[Match, ...]
    tier: int  # deepest tier among non-negated matches (0 when none)
    cats: tuple[int, ...]  # counts per :data:`CATEGORIES`
    emotion_terms: tuple[str, ...]  # terms of tier >= 2, not negated ("miss_you")


def _match_phrase(stems: tuple[str, ...], i: int, key: tuple[str, ...]) -> int:
    """End index if ``key`` matches at ``i`` (skipping intensifiers inside), else -1."""
    n = len(stems)
    j = i
    for k, p in enumerate(key):
        if k:
            while j < n and stems[j] != p and stems[j] in _SKIPPABLE:
                j += 1
        if j >= n or stems[j] != p:
            return -1
        j += 1
    return j


def _negated(words: tuple[str, ...], start: int, reach: int = 4) -> bool:
    j = start - 1
    steps = 0
    while j >= 0 and steps < reach:
        w = words[j]
        if w in MARKERS or w in _NEG_STOP:
            return False
        if w in NEGATORS:
            # "no" negates only what it stands right before ("no worries", "no real idea"),
            # not a following clause ("oh no is she ok")
            return w != "no" or steps < 2
        j -= 1
        steps += 1
    return False


_LAUGH_CRY = frozenset({"cry", "cried", "crying", "tears", "sobbing", "dying"})
_LAUGH_EMOJI = ("😂", "🤣", "😆", "😹")


def _laughing(words: tuple[str, ...], raw: str) -> bool:
    return not _LAUGH_WORDS.isdisjoint(words) or any(e in raw for e in _LAUGH_EMOJI)


_CONCEDE_TERMS = frozenset({"you're right", "you were right", "you have a point"})
_SORRY_TERMS = frozenset({"sorry", "i'm sorry", "so sorry", "i'm so sorry"})
#: "sorry to say / to tell you / to break it to you": a formula, neither apology nor sympathy
_SORRY_FORMULA = frozenset({"say", "tell", "break", "burst", "inform", "be", "disappoint", "report", "point"})
_SORRY_SEE = frozenset({"hear", "see", "learn", "read", "know", "hearing", "find"})
#: "sorry for / about" + these: sympathy ("sorry for your loss", "sorry about your dad")
_SORRY_FOR_OTHER = frozenset({"your", "his", "her", "their", "you", "the", "what", "everything", "all", "them", "him", "yours"})


def _sorry_category(words: tuple[str, ...], end: int, has_support: bool, default: str) -> str | None:
    """What "sorry" (or "i'm so sorry") means by what follows it: ``repair`` for one's own act,
    ``support`` for sympathy, None for a formula ("sorry, but ...", "sorry to say ...")."""
    n = len(words)
    nxt = words[end] if end < n else ""
    # "sorry but", "sorry, but", "I'm sorry ma'am, but": a formula before disagreeing
    for k in range(end, min(end + 3, n)):
        if words[k] == "but":
            return None
        if words[k] in _SENT_END:
            break
    after = words[end + 1] if end + 1 < n else ""
    k = end + 1 if nxt == "," else end
    if words[k : k + 3] == ("i", "have", "to"):
        return None  # "sorry, I have to ask": a formula
    if nxt == "to":
        if after in _SORRY_FORMULA:
            return None
        return "support" if after in _SORRY_SEE else default
    if has_support:
        return "support"
    if nxt in ("for", "about"):
        third = words[end + 2] if end + 2 < n else ""
        if after == "what":
            return "repair" if third in ("i", "we") else "support"
        if after == "the":
            return "support" if third in ("loss", "losses", "pain") else "repair"
        if after in _SORRY_FOR_OTHER:
            return "support"
        return "repair"
    if nxt in ("you", "that"):
        return "repair" if after in ("i", "we", "feel") else "support"
    if nxt in ("she", "he", "they", "your"):
        return "support"
    return default
SECOND_PERSON = frozenset({"you", "your", "yourself", "yours"})


_NO_MATCHES = LexResult((), 0, (0,) * len(CATEGORIES), ())


@cache
def _pattern_entry(pat: _patterns.Pattern) -> Entry:
    return Entry("~" + pat.family, 1, pat.cats, pat.polarity, False)


def match_lexicon(text: ChatText, raw: str, lex: Lexicon) -> LexResult:
    """Longest-first lexicon matching over the stems of one message, with negation scope
    (:func:`_scan`), then what the matches count for in context (:func:`_tally`)."""
    found = _scan(text.words, text.stems, raw, lex)
    if not found and "🙄" not in raw:
        return _NO_MATCHES
    return _tally(found, text.words, raw)


def _scan(words: tuple[str, ...], stems: tuple[str, ...], raw: str, lex: Lexicon) -> list[Match]:
    """Every match, left to right: a token pattern where one starts, else the longest lexicon
    entry starting at the word; a pattern wins over a phrase that would run into it."""
    n = len(stems)
    out: list[Match] = []
    i = 0
    starts, lex_words = lex.starts, lex.words
    stem_set = None
    found = _patterns.find(words)
    pat_at = {a: (b, pat) for a, b, pat in found}
    next_pat = found[0][0] if found else n + 1
    k_pat = 0
    while i < n:
        if i >= next_pat:
            b, pat = pat_at[next_pat]
            if i == next_pat:
                out.append(Match(i, b, _pattern_entry(pat), _negated(words, i, 3)))
            i = max(i, b)
            k_pat += 1
            next_pat = found[k_pat][0] if k_pat < len(found) else n + 1
            continue
        s = stems[i]
        if (s not in starts and words[i] not in lex_words) or s in MARKERS:
            i += 1  # no entry starts here (nor with any marker)
            continue
        hit = None
        sub = lex.phrases.get(s)
        if sub is not None and i + 1 < n:
            if stem_set is None:
                stem_set = frozenset(stems)
            hit = _phrase_at(stems, i, sub, lex.key_sets, stem_set)
        if hit is None and s in lex.anchored:
            hit = _anchored_at(stems, i, lex.anchored[s])
        if hit is None:
            hit = _word_at(words, stems, i, lex)
        if hit is None:
            i += 1
            continue
        end, entry = hit
        if end > next_pat:
            i += 1  # a pattern starts inside this phrase: the pattern wins
            continue
        if entry.term in _LAUGH_CRY and _laughing(words, raw):
            i = end  # "I'm crying 😂" is laughter, not tears
            continue
        neg = entry.term.split()[0] not in NEGATORS and _negated(words, i)
        out.append(Match(i, end, entry, neg))
        i = end
    return out


def _phrase_at(stems, i: int, sub: dict, key_sets: dict, stem_set: frozenset):
    """The longest phrase starting at ``i`` (its second word may follow skippable words), as
    ``(end, entry)``, or None."""
    n = len(stems)
    groups = [sub.get(stems[i + 1], ())]
    j = i + 1
    while j < n and stems[j] in _SKIPPABLE:
        j += 1
    if j > i + 1 and j < n:
        groups.append(sub.get(stems[j], ()))
    hit, best_len = None, 0
    for group in groups:
        for key, entry, a0, a1 in group:
            if len(key) <= best_len:
                break
            if not key_sets[key] <= stem_set:
                continue
            end = _match_phrase(stems, i, key)
            if end < 0:
                continue
            if a0 and i > 0 and stems[i - 1] not in MARKERS:
                continue
            if a1 and end < n and stems[end] not in MARKERS:
                continue
            hit, best_len = (end, entry), len(key)
            break
    return hit


def _anchored_at(stems, i: int, entries):
    """A one-word entry that must stand alone in its sentence (between markers), or None."""
    n = len(stems)
    for _key, entry, a0, a1 in entries:
        if a0 and i > 0 and stems[i - 1] not in MARKERS:
            continue
        if a1 and i + 1 < n and stems[i + 1] not in MARKERS:
            continue
        return i + 1, entry
    return None


def _word_at(words, stems, i: int, lex: Lexicon):
    """The single-word entry of the word itself, else of its stem (never a shorter form of a
    longer entry: "ignore" is not "ignored"), or None."""
    entry = lex.words.get(words[i])
    if entry is None:
        entry = lex.stems.get(stems[i])
        if entry is not None and len(words[i]) < len(entry.term):
            entry = None
    return None if entry is None else (i + 1, entry)


def _tally(found: list[Match], words: tuple[str, ...], raw: str) -> LexResult:
    """The deepest tier, the category counts and the emotion terms of the un-negated matches,
    with the categories that depend on context settled (see :func:`_category`)."""
    cats = [0] * len(CATEGORIES)
    tier = 0
    terms: list[str] = []
    context = _MatchContext(
        has_support=any(
            not m.negated and ("support" in m.entry.cats or "validation" in m.entry.cats)
            for m in found
        ),
        first_person=not _FIRST_PERSON.isdisjoint(words),
        about_self=any("reassure" in m.entry.cats for m in found) and _about_self(words, found),
    )
    for m in found:
        if m.negated:
            continue
        e = m.entry
        tier = max(tier, e.tier)
        if e.tier >= 2:
            terms.append(e.term.replace(" ", "_").replace("'", ""))
        for c in e.cats:
            c = _category(c, m, words, context)
            if c is not None:
                cats[_CAT_INDEX[c]] += 1
    if "🙄" in raw and not SECOND_PERSON.isdisjoint(words):
        cats[_CAT_INDEX["criticism"]] += 1
    return LexResult(tuple(found), tier, tuple(cats), tuple(terms))


class _MatchContext(NamedTuple):
    has_support: bool  # the message also supports or validates
    first_person: bool  # it speaks of "I"
    about_self: bool  # "don't worry" is about the writer ("I'm fine, don't worry")


def _about_self(words: tuple[str, ...], found: list[Match]) -> bool:
    return (
        "me" in words or "my" in words or "myself" in words
        or any(words[k] == "i" and words[k + 1] in ("am", "was") for k in range(len(words) - 1))
        or any(not m.negated and "hedge" in m.entry.cats for m in found)
    )


def _category(c: str, m: Match, words: tuple[str, ...], context: _MatchContext) -> str | None:
    """The category a match counts for in this message (None: it counts for none)."""
    term = m.entry.term
    if c == "minimise":
        return "hedge" if context.first_person else "invalidation"
    if c == "reassure":
        # "don't worry" about oneself ("I'm fine, don't worry") minimises; to the other
        # ("don't worry, you'll get through it") it reassures
        return "hedge" if context.about_self else "support"
    if c == "repair" and term in _CONCEDE_TERMS and not (
        context.first_person or "let" in words or "we" in words
    ):
        return None  # "you're right, this is terrible" agrees; "you're right, I'll do them" concedes
    if term in _SORRY_TERMS:
        return _sorry_category(words, m.end, context.has_support, c)
    return c


# --------------------------------------------------------------------------------------------
# sentences, questions, minimal replies
# --------------------------------------------------------------------------------------------

WH = frozenset({"what", "why", "how", "where", "when", "who", "whose", "which", "whom"})
AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has", "had", "am", "may", "might", "must"})
SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "this", "that", "there", "anyone", "anybody", "someone", "somebody", "everyone", "everything", "anything", "something", "your", "my", "his", "her", "our", "their", "the", "ya", "mom", "dad"})
#: Interjections skipped at the start of a sentence before looking for a question form.
LEADERS = frozenset({"so", "and", "but", "wait", "oh", "my", "god", "ok", "okay", "hey", "hi", "lol", "haha", "lmao", "by", "the", "way", "um", "uh", "also", "well", "ooh", "ugh", "yo", "anyway", "hmm", "ah", "omg", "babe", "honestly", "no", "yeah", "then"})
_HOW_NOT_Q = frozenset({"cute", "nice", "cool", "sweet", "funny", "lovely", "great", "sad", "awful", "weird", "typical", "rude", "dare", "amazing", "beautiful", "embarrassing", "annoying", "exciting", "fun", "wonderful", "terrible", "bad", "stupid", "ironic", "adorable", "kind", "thoughtful"})
_YOU_Q_NEXT = frozenset({"seen", "eaten", "been", "want", "ok", "good", "alright", "up", "free", "awake", "home", "coming", "there", "feeling", "around", "still", "done", "ready", "sure", "busy", "doing", "having", "need", "wanna", "fine", "okay", "alive", "back", "hungry", "mad", "sleeping"})
_QO_CUES = frozenset({"ok", "alright", "good", "fine", "well", "better", "feel", "feeling", "felt", "doing", "holding", "day", "night", "weekend", "week", "sleep", "slept", "mind", "mood", "wrong", "upset", "mad", "angry", "sad", "worried", "stressed", "tired", "sick", "hurt", "ready", "happy", "think", "talk", "coping", "treating", "enjoying", "having", "been", "life", "today", "okay", "safe"})
_HOW_NOT_QO = frozenset({"much", "many", "long", "far", "old", "often", "do", "does", "can", "could", "should", "would", "will", "come"})
_FU_START = (
    ("what", "happened"), ("and", "then"), ("then", "what"), ("how", "did", "it", "go"),
    ("how", "did", "that", "go"), ("how", "was", "it"), ("how", "come"), ("how", "so"), ("why",),
    ("since", "when"), ("about", "what"), ("like", "what"), ("which", "one"),
    ("what", "do", "you", "mean"), ("what", "did", "she"), ("what", "did", "he"),
    ("what", "did", "they"), ("really",), ("wait", "what"), ("is", "she", "ok"),
    ("is", "he", "ok"), ("is", "she", "alright"), ("is", "he", "alright"), ("tell", "me", "more"),
    ("who",), ("when", "did"), ("how", "long"), ("what", "kind"), ("seriously",),
    ("of", "what"), ("with", "who"), ("to", "where"), ("for", "what"), ("what", "about"),
    ("what", "is", "happened"), ("what", "has", "happened"), ("what", "is", "going", "on"),
    ("what", "is", "wrong"), ("has", "something", "happened"), ("did", "something", "happen"),
)
_FU_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _pat in _FU_START:
    _FU_BY_FIRST[_pat[0]] = (*_FU_BY_FIRST.get(_pat[0], ()), _pat)
_MINIMAL_WORDS = frozenset({"ok", "sure", "yeah", "yes", "yep", "yup", "no", "cool", "fine", "nice", "great", "good", "lol", "haha", "lmao", "mhm", "hmm", "hm", "mm", "alright", "thanks", "fair", "oh", "ah", "np", "noted", "bet", "word", "true", "same", "kk", "aight", "gotcha", "right", "wow", "ha", "awesome", "perfect", "done", "yay", "amazing", "facts", "sweet", "yess", "lit", "dope", "okie", "dokie", "roger", "copy", "understood", "mkay", "mk", "alrighty", "righto", "aye", "ugh", "oof", "welp", "ooh", "cheers", "lovely", "brilliant"})
_MINIMAL_PAIRS = (("thank", "you"), ("see", "you"), ("sounds", "good"), ("sounds", "great"), ("will", "do"), ("got", "it"), ("got", "you"), ("no", "problem"), ("all", "good"), ("of", "course"), ("fair", "enough"), ("oh", "well"), ("sure", "thing"), ("nice", "one"), ("for", "sure"), ("true", "that"), ("yes", "please"), ("on", "it"), ("will", "do"), ("sounds", "fine"), ("makes", "sense"))
_LAUGH_WORDS = frozenset({"haha", "lol", "lmao"})
_CONTENT_STOP = frozenset(
    "the a an and or but so to of in on at for with from by about as is are was were be been am do "
    "did does have has had will would can could should just really very it its this that these "
    "those there here i me my you your we our they them their he him his she her what why how when "
    "where who which not no yes yeah ok lol haha lmao oh my god like get got go going went come "
    "know think want need make let say said tell see one thing things something anything "
    "everything nothing some any all more much many too also still even now then today tomorrow "
    "tonight yesterday time good well wait really sure right did happen happened way".split()
)


_CONTENT_WORD: dict[str, bool] = {}


def sentences(words: tuple[str, ...]) -> list[tuple[int, int, bool]]:
    """Split normalised words into sentences: ``(start, end, ends_with_question_mark)``."""
    out = []
    start = 0
    for i, w in enumerate(words):
        if w in _SENT_END:
            if i > start:
                out.append((start, i, w == "?"))
            elif w == "?" and out:
                out[-1] = (out[-1][0], out[-1][1], True)
            start = i + 1
    if start < len(words):
        out.append((start, len(words), False))
    return out


def _clause_start(words: tuple[str, ...], start: int, end: int) -> int:
    j = start
    while j < end and (words[j] in LEADERS or words[j] == ","):
        # "oh my god" and "by the way" are leaders; "the" only counts after "by"
        if words[j] in ("the", "my", "god", "way") and not (j > start and words[j - 1] in ("by", "oh", "my", "the")):
            break
        if words[j] == "no" and j + 1 < end and words[j + 1] not in (",", "?") and not (j > start and words[j - 1] == "oh"):
            break
        j += 1
    return j


def question_form(words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether words[start:end] is worded as a question (wh-word, inversion, "you ok")."""
    j = _clause_start(words, start, end)
    if j >= end:
        return False
    w = words[j]
    nxt = words[j + 1] if j + 1 < end else ""
    if w in WH:
        if w in ("what",) and nxt in ("a", "an"):
            return False
        if w == "how" and nxt in _HOW_NOT_Q:
            return False
        if w in ("when", "where") and nxt not in AUX and nxt not in ("you", "are", "'d", "d", "'s", "s"):
            return False
        if w in ("what", "who") and nxt == "":
            return False
        return True
    if w in AUX and nxt:
        k = j + 1
        if words[k] == "not" and k + 1 < end:
            k += 1
        subj = words[k]
        if subj in SUBJECTS:
            if w == "do" and subj in ("it", "that", "this"):
                return False
            return True
        return False
    if w in ("you", "u") and nxt in _YOU_Q_NEXT:
        return True
    if w == "want" and nxt == "to":
        return True
    if w in ("anyone", "anybody", "somebody") and nxt:
        return True
    if w == "any" and nxt in ("idea", "chance", "news", "luck", "plans", "update", "updates"):
        return True
    tail = words[max(start, end - 2) : end]
    return tail in (("or", "not"), ("or", "no"), ("or", "nah"))


class Acts(NamedTuple):
    """Conversational acts of one message (``doc._.chat_acts``)."""

    question: bool
    question_other: bool
    followup_cue: bool  # a generic follow-up question ("what happened", "and then?")
    minimal: bool
    laughter: bool
    content: tuple[str, ...]  # content stems, for overlap with the partner's previous turn


def _question_other(words: tuple[str, ...], start: int, end: int, lex: LexResult) -> bool:
    """A question clause words[start:end] about the other person (wellbeing, feelings, day)."""
    j = _clause_start(words, start, end)
    sent = words[j:end]
    if not sent:
        return False
    clause_matches = [m for m in lex.matches if start <= m.start < end and not m.negated]
    if any("criticism" in m.entry.cats or "defensiveness" in m.entry.cats for m in clause_matches):
        return False  # "what is wrong with you" accuses, it does not ask
    if any("reassurance" in m.entry.cats for m in clause_matches):
        return True
    if sent[0] == "how" and len(sent) > 1:
        second = sent[1]
        if second in ("you", "about"):
            return True
        if second in AUX and second not in _HOW_NOT_QO:
            rest = sent[2:5]
            plan = any(sent[k : k + 2] == ("going", "to") for k in range(2, min(len(sent), 6)))
            if rest[:1] not in (("i",), ("we",)) and not plan:
                return True
    if sent[:3] in (("what", "is", "wrong"), ("what", "is", "up"), ("what", "are", "you"), ("what", "went", "wrong")):
        return True
    # "feeling any better?", "doing ok?" leave out "are you"
    if sent[0] in ("feeling", "feel", "doing", "holding") and len(sent) > 1:
        return True
    if sent[:4] == ("what", "is", "going", "on") and not SECOND_PERSON.isdisjoint(sent):
        return True
    # "want to talk?" leaves out "do you"
    has_you = not SECOND_PERSON.isdisjoint(sent) or sent[:2] == ("want", "to")
    if not has_you:
        return False
    if not _QO_CUES.isdisjoint(sent):
        return True
    return any(m.entry.tier >= 2 for m in clause_matches)


def _clauses(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for i in range(start, end):
        if words[i] == ",":
            if i > s:
                out.append((s, i))
            s = i + 1
    if s < end:
        out.append((s, end))
    return out


_LAST_PARSED: list = [None, []]


def _parsed(words: tuple[str, ...]) -> list[tuple[int, int, bool, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Sentences of ``words`` with their clauses and the clauses worded as questions:
    ``(start, end, ends_with_question_mark, clauses, question_clauses)``.

    The acts and feeling detectors both need this for the same message, one after the other, so
    the last result is kept (keyed by the identity of ``words``, which it holds on to). Callers
    must not change the lists.
    """
    last = _LAST_PARSED
    if last[0] is words:
        return last[1]
    out = []
    for s0, s1, qmark in sentences(words):
        clauses = _clauses(words, s0, s1)
        out.append((s0, s1, qmark, clauses, [c for c in clauses if question_form(words, c[0], c[1])]))
    last[0] = words
    last[1] = out
    return out


def detect_acts(text: ChatText, lex: LexResult, emoji: EmojiCounts) -> Acts:
    """Questions, minimal replies, laughter and content words of one message."""
    words, stems = text.words, text.stems
    question = qo = cue = False
    for start, end, qmark, clauses, asking in _parsed(words):
        if qmark and not asking:
            body = [w for w in words[start:end] if w != ","]
            tagged = (body[-1:] in (["ok"],) and len(body) >= 4) or body in (["excuse", "me"],)
            if not tagged:
                asking = clauses[-1:] if clauses else []
                question = question or bool(clauses)
        if not asking:
            continue
        question = True
        if not qo and any(_question_other(words, c0, c1, lex) for c0, c1 in asking):
            qo = True
        if not cue:
            for c0, c1 in asking:
                j = _clause_start(words, c0, c1)
                clause = words[j:c1]
                if clause == ("what",):
                    cue = True
                elif "about" in clause:
                    k = clause.index("about")
                    cue = clause[k + 1 : k + 2] in (("it",), ("that",))
                for pos in {j, c0}:
                    for pat in _FU_BY_FIRST.get(words[pos], ()) if pos < c1 else ():
                        if words[pos : pos + len(pat)] == pat:
                            cue = True
                            break
                if cue:
                    break
    body = [w for w in words if w not in MARKERS]
    laughter = emoji.laughter > 0 or not _LAUGH_WORDS.isdisjoint(body)
    minimal = False
    if not question:
        if not body:
            minimal = emoji.total > 0
        else:
            k = 0
            rest = []
            while k < len(body):
                if tuple(body[k : k + 2]) in _MINIMAL_PAIRS:
                    k += 2
                    continue
                rest.append(body[k])
                k += 1
            minimal = _MINIMAL_WORDS.issuperset(rest) and len(body) <= 4
    cache = _CONTENT_WORD
    keep = set()
    for w, st in zip(words, stems, strict=True):
        ok = cache.get(w)
        if ok is None:
            if len(cache) > 200_000:
                cache.clear()
            ok = cache[w] = len(w) > 2 and w not in _CONTENT_STOP and w not in MARKERS and w.isalpha()
        if ok:
            keep.add(st)
    return Acts(question, qo, cue, minimal, laughter, tuple(sorted(keep)))


# --------------------------------------------------------------------------------------------
# first-person feeling statements
# --------------------------------------------------------------------------------------------


class Feeling(NamedTuple):
    """First-person feeling statement of one message (``doc._.chat_feeling``)."""

    feeling: bool
    tier: int  # deepest tier among the statement's terms (0 when none)
    negative: bool  # some of the statement's terms are negative (or a negated positive)
    positive: bool  # some of the statement's terms are positive (not negated)
    laughed_off: bool  # a vulnerable negative statement followed by "lol"/"haha"/"jk"


_MAKE_VERBS = frozenset({"make", "makes", "made", "making", "let", "got", "get", "gets", "leave", "leaves", "left", "drive", "drives"})
_OTHER_SUBJECTS = frozenset({"you", "he", "she", "they", "we", "it", "everyone", "people", "someone", "somebody", "that", "this"})
_ELIDED_OK = frozenset({"so", "really", "very", "pretty", "super", "kinda", "kind", "of", "feeling", "feel", "been", "just", "am", "totally", "a", "bit", "little", "honestly", "soo", "still", "always", "sometimes", "lowkey", "highkey", "getting", "quite", "too", "not", "now", "rn"})
_IF_WORDS = frozenset({"if", "unless", "whether"})
_IF_OK_BEFORE = frozenset({"know", "sure", "wonder", "see", "ask", "asking", "wondering", "tell", "check"})
_WELLBEING = frozenset({"ok", "fine", "alright", "good"})


def _first_person_before(words: tuple[str, ...], start: int, s0: int) -> bool:
    """A first-person subject leads up to words[start] within its sentence (window of 8)."""
    lo = max(s0, start - 8)
    for j in range(start - 1, lo - 1, -1):
        w = words[j]
        if w in ("i", "myself") or (w == "me" and j > 0 and words[j - 1] in _MAKE_VERBS):
            return True
        if w in _OTHER_SUBJECTS and not (w in ("it", "that", "this") and j + 1 < len(words) and words[j + 1] in _MAKE_VERBS):
            return False
    return False


_NO_FEELING = Feeling(False, 0, False, False, False)


def detect_feeling(text: ChatText, lex: LexResult, acts: Acts) -> Feeling:
    """First person near a tier >= 2 term, outside questions and conditions.

    A negated state is still a disclosure ("I'm not okay", "I don't think I'm okay" -> tier 3).
    "I feel like" followed by a complaint about the partner is a tier-2 statement.
    """
    if not lex.matches:
        return _NO_FEELING
    words = text.words
    sents = _parsed(words)
    feeling = False
    tier = 0
    negative = False
    positive = False
    laughed_off = False
    for s0, s1, qmark, clauses, asking in sents:
        if not any(s0 <= m.start < s1 for m in lex.matches):
            continue  # nothing to judge in this sentence
        if qmark and not asking and clauses:
            asking = [clauses[-1]]
        if asking and question_form(words, s0, s1):
            asking = clauses  # the whole sentence is worded as a question
        for m in lex.matches:
            if not (s0 <= m.start < s1):
                continue
            if any(c0 <= m.start < c1 for c0, c1 in asking):
                continue
            # an imperative ("don't worry about me", "don't be sad") speaks to the other
            if any(c0 <= m.start < c1 and words[c0 : c0 + 2] == ("do", "not") for c0, c1 in clauses):
                continue
            e = m.entry
            t = e.tier
            if m.negated and words[m.start] in _WELLBEING:
                t = 3
            crit = "criticism" in e.cats or "complaint" in e.cats
            if t < 2 and not crit:
                continue
            before = words[s0 : m.start]
            if any(w in _IF_WORDS and (k == 0 or before[k - 1] not in _IF_OK_BEFORE) for k, w in enumerate(before)):
                continue
            if crit:
                if t < 2:
                    # "I feel like you never listen"
                    joined = " ".join(before)
                    if "i feel like" in joined or "i feel that" in joined or "i feel as if" in joined:
                        feeling, tier, negative = True, max(tier, 2), True
                    continue
            if "support" in e.cats or "validation" in e.cats or "reassurance" in e.cats:
                continue
            first = e.self_ref
            if not first:
                first = _first_person_before(words, m.start, s0)
            if not first and m.end < s1 and words[m.end] == "me":
                first = True
            if not first:
                # elided subject ("so happy for you"), unless the term is itself the subject
                # of a verb ("crying won't fix anything")
                after = words[m.end] if m.end < s1 else ""
                first = _ELIDED_OK.issuperset(before) and after not in AUX and after != "not"
            if not first:
                continue
            feeling = True
            tier = max(tier, t)
            if e.polarity < 0 or (m.negated and e.polarity > 0):
                negative = True
            elif e.polarity > 0 and not m.negated:
                positive = True
            if t >= 3 and e.polarity < 0 and not m.negated:
                after = words[m.end : s1 + 2]
                if not _LAUGH_WORDS.isdisjoint(after):
                    laughed_off = True
    return Feeling(feeling, tier, negative, positive, laughed_off)


# --------------------------------------------------------------------------------------------
# function words
# --------------------------------------------------------------------------------------------


def count_function_words(text: ChatText) -> tuple[int, ...]:
    """Counts per :data:`FW_CATEGORIES` over the normalised words."""
    table = function_word_map()
    counts = [0] * len(FW_CATEGORIES)
    for w in text.words:
        idx = table.get(w)
        if idx is not None:
            counts[idx] += 1
    return tuple(counts)


# --------------------------------------------------------------------------------------------
# valence
# --------------------------------------------------------------------------------------------

#: Messages made only of these words read neutral ("ok", "lol ok"), whatever VADER says.
ACK_WORDS = frozenset({"ok", "lol", "haha", "lmao", "sure", "yeah", "yep", "yup", "fine", "alright", "mhm", "hmm", "hm", "k", "oh", "ah", "no", "yes"})
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
        if (i > 0 and lw[i - 1] == "no") or (i > 1 and lw[i - 2] == "no") or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ("or", "nor")):
            valence = lex[il] * n_scalar
        if item.isupper() and is_cap_diff:
            if valence > 0:
                valence += self.c_incr
            else:
                valence -= self.c_incr
        for start_i in range(0, 3):
            if i > start_i and lw[i - (start_i + 1)] not in lex:
                # scalar_inc_dec is 0.0 for a word outside BOOSTER_DICT
                s = V.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff) if lw[i - (start_i + 1)] in booster else 0.0
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
                    if lw[i - 3] == "never" and (lw[i - 2] == "so" or lw[i - 2] == "this") or (lw[i - 1] == "so" or lw[i - 1] == "this"):
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


class ValenceScorer:
    """VADER compound (vaderSentiment, MIT) plus the chat corrections of SIGNS.md.

    The compound comes from :class:`_FastVader` (the library's numbers, about three times
    faster; a message without a VADER word costs one pass over its tokens).
    """

    def __init__(self) -> None:
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

    def score(self, doc_text: str, text: ChatText, lex: LexResult, emoji: EmojiCounts, feeling: Feeling | None = None) -> float:
        body = [w for w in text.words if w not in MARKERS]
        if body and emoji.total == 0 and ACK_WORDS.issuperset(body):
            return 0.0
        v = self.raw(doc_text)
        cats = lex.cats
        crit = cats[_CAT_INDEX["criticism"]] + cats[_CAT_INDEX["complaint"]]
        conflict = cats[_CAT_INDEX["invalidation"]] + cats[_CAT_INDEX["defensiveness"]]
        negative = crit + conflict + cats[_CAT_INDEX["hard"]] + cats[_CAT_INDEX["fear"]]
        if crit:
            return min(v, CRITICISM_CEILING)
        if conflict:
            return min(v, CONFLICT_CEILING)
        if (cats[_CAT_INDEX["affection"]] or emoji.affection) and not negative:
            return max(v, AFFECTION_FLOOR)
        if feeling is not None and feeling.feeling and feeling.negative != feeling.positive:
            # a one-sided feeling statement keeps its sign ("I can't do this anymore" reads 0)
            if feeling.negative:
                return min(v, NEGATIVE_FEELING_CEILING)
            return max(v, POSITIVE_FEELING_FLOOR)
        return v


# --------------------------------------------------------------------------------------------
# spaCy factories
# --------------------------------------------------------------------------------------------

_EXTENSIONS = ("chat_text", "chat_emoji", "chat_lex", "chat_acts", "chat_feeling", "chat_fw", "chat_valence")
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


_KEYS = {name: ("._.", name, None, None) for name in _EXTENSIONS}


def _require(doc: Doc, name: str, by: str):
    value = doc.user_data.get(_KEYS[name])
    if value is None:
        raise ValueError(f"component {by!r} needs {name!r}; add the components in this order: {', '.join(PIPE_NAMES)}")
    return value


def _set(doc: Doc, name: str, value) -> None:
    doc.user_data[_KEYS[name]] = value


class ChatNormalizer:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_text", normalise_doc(doc))
        return doc


class ChatEmoji:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_emoji", count_emoji(_require(doc, "chat_text", "chat_emoji").raw))
        return doc


class DepthLexicon:
    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "depth_lexicon")
        _set(doc, "chat_lex", match_lexicon(text, text.raw, self.lexicon))
        return doc


class ChatActs:
    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_acts")
        lex = _require(doc, "chat_lex", "chat_acts")
        emoji = _require(doc, "chat_emoji", "chat_acts")
        _set(doc, "chat_acts", detect_acts(text, lex, emoji))
        return doc


class FeelingDetector:
    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "feeling_detector")
        lex = _require(doc, "chat_lex", "feeling_detector")
        acts = _require(doc, "chat_acts", "feeling_detector")
        _set(doc, "chat_feeling", detect_feeling(text, lex, acts))
        return doc


class FunctionWords:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_fw", count_function_words(_require(doc, "chat_text", "function_words")))
        return doc


class ChatValence:
    def __init__(self) -> None:
        self.scorer = ValenceScorer()

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_valence")
        lex = _require(doc, "chat_lex", "chat_valence")
        emoji = _require(doc, "chat_emoji", "chat_valence")
        feeling = _require(doc, "chat_feeling", "chat_valence")
        _set(doc, "chat_valence", self.scorer.score(text.raw, text, lex, emoji, feeling))
        return doc


@Language.factory("chat_normalizer")
def make_chat_normalizer(nlp: Language, name: str) -> ChatNormalizer:
    """Slang expansion, de-elongation, clause markers, word count, emphasis."""
    return ChatNormalizer()


@Language.factory("chat_emoji")
def make_chat_emoji(nlp: Language, name: str) -> ChatEmoji:
    """Emoji counts per relational category."""
    return ChatEmoji()


@Language.factory("depth_lexicon")
def make_depth_lexicon(nlp: Language, name: str) -> DepthLexicon:
    """Depth-lexicon matches: tier, categories, emotion terms."""
    return DepthLexicon()


@Language.factory("chat_acts")
def make_chat_acts(nlp: Language, name: str) -> ChatActs:
    """Questions, questions about the other, follow-up cues, minimal replies, laughter."""
    return ChatActs()


@Language.factory("feeling_detector")
def make_feeling_detector(nlp: Language, name: str) -> FeelingDetector:
    """First-person feeling statements."""
    return FeelingDetector()


@Language.factory("function_words")
def make_function_words(nlp: Language, name: str) -> FunctionWords:
    """Function-word counts for style matching."""
    return FunctionWords()


@Language.factory("chat_valence")
def make_chat_valence(nlp: Language, name: str) -> ChatValence:
    """VADER valence with chat corrections."""
    return ChatValence()


def analyse_doc(doc: Doc, raw: str, lexicon: Lexicon, scorer: ValenceScorer) -> tuple:
    """Every component's result for one tokenised ``doc`` made from ``raw``, in one call:
    ``(ChatText, EmojiCounts, LexResult, Acts, Feeling, function-word counts, valence)``.

    The same functions, in the same order, as the components of :data:`PIPE_NAMES`; used by
    ``features.py`` to skip the per-component Doc-extension traffic on the hot path.
    """
    text = normalise_doc(doc, raw)
    emoji = count_emoji(raw)
    lex = match_lexicon(text, raw, lexicon)
    acts = detect_acts(text, lex, emoji)
    feeling = detect_feeling(text, lex, acts)
    return text, emoji, lex, acts, feeling, count_function_words(text), scorer.score(raw, text, lex, emoji, feeling)


def add_components(nlp: Language) -> Language:
    """Append every component of :data:`PIPE_NAMES` to ``nlp`` (in order) and return it."""
    for name in PIPE_NAMES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
