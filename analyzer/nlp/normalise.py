"""Normalising chat text for the rules: words, stems and clause markers; emoji per category;
the project's word-list files."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.attrs import NORM, SPACY
from spacy.tokens import Doc

from analyzer.nlp.pack import LEXICON_DIR, Pack, english

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

MARKERS = frozenset({".", "?", ","})
#: Marks that end a sentence wherever they stand ("." in the words): the full stop, "!", ";",
#: the ellipsis, ":", and the Devanagari danda and double danda (which mean nothing else).
_END_MARKS = ".!;…:।॥"
#: The dandas, which end a sentence even inside a token the tokenizer left whole ("है।मैं").
_DANDA = re.compile("[।॥]+")
_MARK_RANK = {",": 0, ".": 1, "?": 2}
SENT_END = frozenset({".", "?"})


# --------------------------------------------------------------------------------------------
# data files (one language pack per language: analyzer/nlp/pack.py)
# --------------------------------------------------------------------------------------------


def _read_json(name: str) -> dict:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def lexicon_rows(pack: Pack | None = None) -> tuple[tuple[str, int, tuple[str, ...], int], ...]:
    """The rows of the pack's ``depth.tsv`` (English by default): (term, tier, categories,
    polarity)."""
    return (pack or english()).depth_rows


def slang_map(pack: Pack | None = None) -> dict[str, tuple[str, ...]]:
    """Slang and spelling -> normalised words (the pack's ``slang.json``; English by default)."""
    return (pack or english()).slang


@cache
def _function_word_map(pack: Pack) -> dict[str, int]:
    return {
        w: FW_CATEGORIES.index(cat) for cat, words in pack.function_words.items() for w in words
    }


def function_word_map(pack: Pack | None = None) -> dict[str, int]:
    """Function word -> index into :data:`FW_CATEGORIES` (the pack's ``function_words.json``;
    English by default)."""
    return _function_word_map(pack or english())


@lru_cache(maxsize=1)
def emoji_map() -> dict[str, int]:
    """Emoji (selectors removed) -> index into :data:`EMOJI_CATEGORIES` (shared by every
    language)."""
    data = _read_json("emoji.json")
    return {
        _emoji_key(e): EMOJI_CATEGORIES.index(cat) for cat, items in data.items() for e in items
    }


#: English's laughter words and first person (the defaults of the functions that take a pack).
LAUGH_WORDS = english().word_set("laugh_words")
#: Words by which a message speaks of its writer (English).
FIRST_PERSON = english().word_set("first_person")


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------

_REPEAT_MARKS = re.compile(r"[!?]{2,}")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_HAS_ALNUM = re.compile(r"[^\W_]")
#: an emoticon with a letter for its mouth (":D", ":P", ";p", "=D"): it ends a clause, as an emoji
#: and ":)" do
_EMOTICON = re.compile(r"[:;=]-?(?:d+|p+|[o3xs])")


def _emoji_key(e: str) -> str:
    return re.sub("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]", "", e)


class Stemmer:
    """A light, deterministic suffix stripper (the pack's ``stems.json``; see
    ``analyzer/lexicons/README.md``), the same on lexicon and text. Without rules every word is
    its own stem."""

    def __init__(self, rules: dict | None) -> None:
        rules = rules or {}
        self.irregular: dict[str, str] = dict(rules.get("irregular", {}))
        self.min_length = int(rules.get("min_length", 10**9))
        self.suffixes = tuple(
            (r["suffix"], r.get("replace", ""), int(r.get("min_length", 0)),
             tuple(r.get("except_endings", ())))
            for r in rules.get("suffixes", ())
        )  # fmt: skip
        drop = rules.get("drop_final", {})
        self.drop_letters = frozenset(drop.get("letters", ""))
        self.drop_min = int(drop.get("min_length", 10**9))
        undouble = rules.get("undouble", {})
        self.undouble = frozenset(undouble.get("letters", ""))
        self.undouble_min = int(undouble.get("min_length", 10**9))
        self.cache: dict[str, str] = {}

    def __call__(self, w: str) -> str:
        st = self.cache.get(w)
        if st is None:
            if len(self.cache) > 200_000:
                self.cache.clear()
            st = self.cache[w] = self._stem(w)
        return st

    def _stem(self, w: str) -> str:
        irregular = self.irregular.get(w)
        if irregular is not None:
            return irregular
        if len(w) < self.min_length or not w.isalpha():
            return w
        s = w
        for suffix, replace, min_length, except_endings in self.suffixes:
            if (
                s.endswith(suffix)
                and len(s) >= min_length
                and not (except_endings and s.endswith(except_endings))
            ):
                s = s[: -len(suffix)] + replace
                break
        if len(s) >= self.drop_min and s[-1] in self.drop_letters:
            s = s[:-1]
        if len(s) >= self.undouble_min and s[-1] == s[-2] and s[-1] in self.undouble:
            s = s[:-1]
        return s


def stem(word: str, pack: Pack | None = None) -> str:
    """The light stem of ``word`` in the pack's language (English by default):
    ``feeling -> feel``, ``cried -> cry``, ``upsetting -> upset``, ``notices -> notic``; the
    result need not be a word, only the same for the inflections of one word."""
    return normaliser(pack).stem(word)


class _TokInfo(NamedTuple):
    words: tuple[str, ...]
    wordlike: bool  # has a letter or digit
    elongated: bool
    exclaims: bool = False  # a mark token with "!" (read as ".")


class ChatText(NamedTuple):
    """Normalised text of one message (``doc._.chat_text``)."""

    words: tuple[str, ...]  # normalised lowercase words and clause markers . ? ,
    stems: tuple[str, ...]  # stem of each entry of ``words`` (markers kept)
    n_words: int  # word tokens (letters/digits), clitics ("n't", "'m") joined to their word
    emphasis: bool  # elongation, repeated !!/??, or an ALL-CAPS word
    raw: str  # the original text (``doc.text`` is rebuilt from tokens on every access)
    #: indices into ``words`` of the sentence ends "." that a "!" closed ("kitna accha hai!"),
    #: kept beside the words so that the markers stay the three every rule knows
    exclaimed: frozenset[int] = frozenset()


class Normaliser:
    """One language's normalisation of chat text, built once per pack (:func:`normaliser`):
    slang, laughter, de-elongation, clitics, stems and the emphasis words, with the caches that
    keep the per-token work to one dictionary look-up (chat vocabulary is small)."""

    def __init__(self, pack: Pack) -> None:
        w = pack.words
        self.pack = pack
        self.slang = pack.slang
        self.laugh = re.compile(w["laugh_pattern"])
        self.laugh_default: str = w["laugh_default"]
        self.laugh_prefixes = tuple(w["laugh_prefixes"].items())
        self.elongated = re.compile(f"([{w['elongation_letters']}])\\1{{2,}}")
        self.double_ok = frozenset(w["double_letter_ok"])
        self.caps_ok = frozenset(w["caps_ok"])
        self.clitics: dict[str, str] = dict(w["clitics"])
        self.clitics_after: dict[str, tuple[frozenset[str], str]] = {
            form: (frozenset(rule["after"]), rule["word"])
            for rule in w["clitics_after"]
            for form in rule["forms"]
        }
        self.contextual = frozenset(self.clitics) | frozenset(self.clitics_after)
        self.split_before = tuple(
            (word, list(rule["into"].split()), frozenset(rule["before"]))
            for word, rule in w["split_before"].items()
        )
        self.stem = Stemmer(pack.stems)
        #: letters read as another before anything else (optional ``fold_letters`` of
        #: words.json: Spanish folds accents, "está" -> "esta", since chat often drops them); a
        #: key of several letters is a spelling read as another after the single letters are
        #: (Hindi: "न्त" -> "ंत", so "चिन्ता" and "चिंता" are one word), the longest first
        fold = w.get("fold_letters") or {}
        letters = {k: v for k, v in fold.items() if len(k) == 1}
        self.fold = str.maketrans(letters) if letters else None
        self.fold_spellings = tuple(
            sorted(((k, v) for k, v in fold.items() if len(k) > 1), key=lambda kv: -len(kv[0]))
        )
        #: NORM hash -> token info (cleared past 200k entries)
        self.info_by_hash: dict[int, _TokInfo] = {}
        self._known: frozenset[str] | None = None

    def known_words(self) -> frozenset[str]:
        """Function words and the words of the depth lexicon (kept when de-elongating)."""
        if self._known is None:
            words: set[str] = set(function_word_map(self.pack))
            for row in self.pack.depth_rows:
                words.update(row[0].split())
            self._known = frozenset(words)
        return self._known

    def de_elongate(self, word: str) -> str:
        """'sooo' -> 'so', 'goood' -> 'good', 'pleeease' -> 'please' (two letters are kept where
        that makes a known word)."""
        two = self.elongated.sub(r"\1\1", word)
        if two in self.double_ok or two in self.slang or two in self.known_words():
            return two
        # a doubled letter left elsewhere ("sleeeepy" -> "sleepy") is kept as is
        return self.elongated.sub(r"\1", word)

    def token_info(self, norm: str) -> _TokInfo:
        """Normalised words for one token's NORM string."""
        if not norm.strip():
            return _TokInfo((".",) if "\n" in norm else (), False, False)
        if _EMOTICON.fullmatch(norm):
            return _TokInfo((".",), False, False)
        if _HAS_ALNUM.search(norm) is None:
            if "?" in norm:
                return _TokInfo(("?",), False, False)
            if any(c in norm for c in _END_MARKS):
                return _TokInfo((".",), False, False, "!" in norm)
            if "," in norm:
                return _TokInfo((",",), False, False)
            if any(ord(c) > 0x2000 for c in norm):
                return _TokInfo((".",), False, False)  # emoji end a clause
            return _TokInfo((), False, False)
        if _DANDA.search(norm):
            return self._danda_split(norm)
        word = norm.replace("’", "'")
        if self.fold is not None:
            word = word.translate(self.fold)
        for spelling, read_as in self.fold_spellings:
            if spelling in word:
                word = word.replace(spelling, read_as)
        elongated = False
        if self.elongated.search(word):
            elongated = True
            word = self.de_elongate(word)
        if self.laugh.match(word):
            laugh = self.laugh_default
            for prefix, canonical in self.laugh_prefixes:
                if word.startswith(prefix):
                    laugh = canonical
                    break
            return _TokInfo((laugh,), True, elongated)
        sl = self.slang.get(word)
        if sl is not None:
            return _TokInfo(sl, True, elongated)
        return _TokInfo((word,), True, elongated)

    def _danda_split(self, norm: str) -> _TokInfo:
        """A token with a danda inside or at an end ("है।मैं", "हूँ॥"): its words with a
        sentence end "." in place of each run of dandas."""
        words: list[str] = []
        elongated = False
        for k, part in enumerate(_DANDA.split(norm)):
            if k:
                words.append(".")
            if part:
                info = self.token_info(part)
                words.extend(info.words)
                elongated = elongated or info.elongated
        return _TokInfo(tuple(words), True, elongated)


@cache
def _normaliser(pack: Pack) -> Normaliser:
    return Normaliser(pack)


def normaliser(pack: Pack | None = None) -> Normaliser:
    """The :class:`Normaliser` of ``pack`` (English by default), built once per pack."""
    return _normaliser(pack or english())


def _add_mark(words: list[str], w: str) -> None:
    """Add the marker ``w`` after ``words``: dropped before any word; beside another marker
    the stronger stays ("?" > "." > ",")."""
    if not w or not words:
        return
    last = words[-1]
    if last in MARKERS:
        if _MARK_RANK[w] > _MARK_RANK[last]:
            words[-1] = w
    else:
        words.append(w)


def _glue_apostrophe(words: list[str], norm: Normaliser) -> bool:
    """A bare apostrophe the tokenizer split from the word before it ("e'" is "e" and "'") is
    part of that word when the spelling with it is one the pack knows (a slang key, a function
    word or a lexicon word: Italian "e'", "è" typed without its accent, is "is", not "and"):
    ``words[-1]`` is read again with the apostrophe. Whether it was."""
    glued = words[-1] + "'"
    if glued not in norm.slang and glued not in norm.known_words():
        return False
    ws = list(norm.token_info(glued).words)
    if ws and len(words) > 1:
        rule = norm.clitics_after.get(ws[0])
        if rule is not None and words[-2] in rule[0]:
            ws[0] = rule[1]
    words[-1:] = ws
    return True


def normalise_doc(doc: Doc, raw: str | None = None, norm: Normaliser | None = None) -> ChatText:
    """Build :class:`ChatText` for ``doc`` (what ``chat_normalizer`` stores) with the
    normaliser ``norm`` (English by default); ``raw`` is the text ``doc`` was made from, when the
    caller has it (else ``RAW_TEXT_KEY`` or ``doc.text``)."""
    if norm is None:
        norm = _normaliser(english())
    strings = doc.vocab.strings
    infos = norm.info_by_hash
    if len(infos) > 200_000:
        infos.clear()
    token_info = norm.token_info
    contextual = norm.contextual
    clitics = norm.clitics
    clitics_after = norm.clitics_after
    words: list[str] = []
    bangs: list[int] = []  # where a "!" closed a sentence
    n_words = 0
    elongated = False
    prev_wordlike = False
    prev_space = True
    for nrm, space in doc.to_array([NORM, SPACY]).tolist():
        info = infos.get(nrm)
        if info is None:
            info = infos[nrm] = token_info(strings[nrm])
        if info.wordlike:
            if not (prev_wordlike and not prev_space):
                n_words += 1
            if info.elongated:
                elongated = True
            ws = info.words
            if len(ws) == 1 and ws[0] not in contextual:
                words.append(ws[0])
                prev_wordlike = True
                prev_space = bool(space)
                continue
            for w in ws:
                if w in MARKERS:  # a danda inside the token ("है।मैं")
                    _add_mark(words, w)
                    continue
                if words:
                    rule = clitics_after.get(w)
                    if rule is not None:
                        if words[-1] in rule[0]:
                            w = rule[1]
                    else:
                        w = clitics.get(w, w)
                words.append(w)
        else:
            if prev_wordlike and not prev_space and words and strings[nrm] == "'":
                if _glue_apostrophe(words, norm):  # "e" + "'": "e'" (Italian "è")
                    prev_space = bool(space)
                    continue
            for w in info.words:
                _add_mark(words, w)
            if info.exclaims and words and words[-1] == ".":
                bangs.append(len(words) - 1)
        prev_wordlike = info.wordlike
        prev_space = bool(space)
    # "ur so dramatic": ur -> you are before an adjective-ish word
    for word, into, before in norm.split_before:
        if word in words:
            for i in range(len(words) - 1):
                if words[i] == word and words[i + 1] in before:
                    words[i : i + 1] = into
                    bangs = [b + len(into) - 1 if b > i else b for b in bangs]
    text = raw if raw is not None else doc.user_data.get(RAW_TEXT_KEY)
    if text is None:
        text = doc.text  # rebuilt from the tokens: slower, same string
    emphasis = elongated or bool(_REPEAT_MARKS.search(text))
    if not emphasis:
        caps_ok = norm.caps_ok
        emphasis = any(w not in caps_ok for w in _CAPS_WORD.findall(text))
    stem = norm.stem
    exclaimed = frozenset(b for b in bangs if words[b] == ".") if bangs else frozenset()
    return ChatText(
        tuple(words), tuple([stem(w) for w in words]), n_words, emphasis, text, exclaimed
    )


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
