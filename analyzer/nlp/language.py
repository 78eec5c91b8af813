"""The chat's language: which script it is written in, then which language of that script.

All the knowledge is data, in ``analyzer/lexicons/languages.json``: the scripts (code, name,
Unicode ranges, default language), the languages (name, script, stopwords) and the hit minimums.
:func:`detect_language` reads it:

1. count the letters of each script over a sample of the messages, in one vectorised pass over
   the code points (``np.searchsorted`` over the ranges);
2. the script with the most letters picks the candidate languages (a chat mostly in Cyrillic or
   Devanagari is never taken for English, however little of it there is);
3. among them, the language whose stopwords are hit most often wins, given enough hits;
   otherwise the script's default language, or ``und-<Script>`` (undetermined) when it has none.
   With too little text (fewer hits than the minimum) the default stands unless another language
   has at least ``min_hits_other`` hits and ``short_text_lead`` times the default's: a short
   English chat keeps its measures, "tum theek ho?" is still Hindi.

Only the languages of :data:`READ_LANGUAGES` have an emotion reading (a depth lexicon, feeling
statements, support and criticism phrases); every other language gets the measures that hold in
any language and an honest "not read" for the rest (:data:`NOT_READ`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat

import numpy as np
import pandas as pd

from analyzer.nlp.pack import available

#: Languages the emotion reading exists for (the depth lexicon, feeling statements, the marker
#: phrases of support, criticism, repair ...): those with a language pack
#: (``analyzer/lexicons/<code>/pack.json``, :mod:`analyzer.nlp.pack`) and those whose entry in
#: ``languages.json`` names a shipped pack that reads them (``"pack"``: Hindi in Latin letters,
#: ``hi-Latn``, is read by the Hindi pack ``hi``; see :func:`pack_of`). Set below, once
#: ``languages.json`` is read.
READ_LANGUAGES: frozenset[str]

#: What the reader is told when the chat's language has no emotion reading, in one place (the
#: report's translation starts here). ``{language}`` is the language's name
#: (:func:`language_name`). "sign": why a sign is not judged (completes "Not enough to judge:
#: ..."); "lead": the sentence that opens "what stands out"'s closing finding; "measures": the
#: note on the measures, in the report, its method, "what stands out" and a comparison.
NOT_READ: dict[str, str] = {
    "sign": (
        "it needs the emotion reading, which this chat's language ({language}) does not have yet"
    ),
    "lead": "This chat is in {language}, which has no emotion reading yet.",
    "measures": (
        "Feelings, depth, support, criticism and questions about the other need the emotion "
        "reading, which this chat's language ({language}) does not have yet: those measures "
        "show as “—”, and the signs that rest on them are not judged (“not enough to judge”). "
        "Words, questions marked with “?”, reply times and who starts the conversations are "
        "read in any language."
    ),
}

#: Characters stripped from the ends of a word before it is compared with the stopwords.
_STRIP = '.,!?;:"()[]*…¿¡।॥،؟'


@dataclass(frozen=True)
class Script:
    code: str  # ISO 15924
    name: str
    default: str  # language taken when no stopword list decides ("" = undetermined)
    question_marks: str = ""  # marks that end a question in this script, beyond the shared ones
    borrowed: bool = False  # its short words ("ok", "lol", names) turn up in any script's chats


@dataclass(frozen=True)
class Languages:
    """``languages.json`` ready to use."""

    scripts: tuple[Script, ...]
    starts: np.ndarray  # first code point of each range, sorted
    ends: np.ndarray  # one past the last code point of each range
    owner: np.ndarray  # index in ``scripts`` of each range
    question_marks: str  # marks that end a question in every script
    stopwords: dict[str, frozenset[str]]  # language -> stopwords
    script_of: dict[str, str]  # language -> script code
    names: dict[str, str]  # language code -> name
    min_hits_latin: int
    min_hits_other: int
    short_text_lead: int
    message_words: dict[str, frozenset[str]]  # language -> stopwords and words, for one message
    letters: dict[str, str]  # language -> letters that point to it within its script
    message_hits: int
    message_lead: int
    message_letters_cap: int
    packs: dict[str, str]  # language -> the pack that reads it, when not its own code
    mixes_in: dict[str, str]  # language -> a language its messages mix in (Hinglish: English)
    tie_breakers: frozenset[str]  # languages that take a tie with another (Indonesian: Malay)


@cache
def languages() -> Languages:
    """Load ``analyzer/lexicons/languages.json`` (once)."""
    raw = json.loads(
        resources.files("analyzer.lexicons").joinpath("languages.json").read_text("utf-8")
    )
    scripts = tuple(
        Script(
            s["code"],
            s["name"],
            s["default"],
            s.get("question_marks", ""),
            s.get("borrowed", False),
        )
        for s in raw["scripts"]
    )
    ranges = sorted(
        (int(lo, 16), int(hi, 16) + 1, k)
        for k, s in enumerate(raw["scripts"])
        for lo, hi in (part.split("-") for part in s["ranges"].split())
    )
    for (_lo, end, _k), (lo, _end, _k2) in zip(ranges, ranges[1:], strict=False):
        if lo < end:
            raise ValueError(f"languages.json: two script ranges overlap at {lo:04X}")
    langs = raw["languages"]
    return Languages(
        scripts=scripts,
        starts=np.array([r[0] for r in ranges], dtype=np.int64),
        ends=np.array([r[1] for r in ranges], dtype=np.int64),
        owner=np.array([r[2] for r in ranges], dtype=np.int64),
        question_marks=raw["question_marks"],
        stopwords={code: frozenset(v["stopwords"].split()) for code, v in langs.items()},
        script_of={code: v["script"] for code, v in langs.items()},
        names={**raw["names"], **{code: v["name"] for code, v in langs.items()}},
        min_hits_latin=int(raw["min_hits_latin"]),
        min_hits_other=int(raw["min_hits_other"]),
        short_text_lead=int(raw["short_text_lead"]),
        message_words={
            code: frozenset(v["stopwords"].split()) | frozenset(v.get("words", "").split())
            for code, v in langs.items()
        },
        letters={code: v["letters"] for code, v in langs.items() if v.get("letters")},
        message_hits=int(raw["message_hits"]),
        message_lead=int(raw["message_lead"]),
        message_letters_cap=int(raw["message_letters_cap"]),
        packs={code: v["pack"] for code, v in langs.items() if v.get("pack")},
        mixes_in={code: v["mixes_in"] for code, v in langs.items() if v.get("mixes_in")},
        tie_breakers=frozenset(code for code, v in langs.items() if v.get("tie_breaker")),
    )


def pack_of(code: str) -> str:
    """The code of the pack that reads messages in the language ``code``: its own, unless its
    entry in ``languages.json`` names another (``"hi-Latn"`` -> ``"hi"``: one Hindi pack reads
    both scripts)."""
    return languages().packs.get(code, code)


READ_LANGUAGES = available() | frozenset(
    code for code, reader in languages().packs.items() if reader in available()
)


def language_name(code: str) -> str:
    """The plain name of a language code ("pt" -> "Portuguese"; "und-Cyrl" -> "a language in
    Cyrillic script"; "" -> "unknown")."""
    data = languages()
    if code.startswith("und-"):
        script = {s.code: s.name for s in data.scripts}.get(code[4:], code[4:])
        return f"a language in {script} script"
    return data.names.get(code, code or "unknown")


def question_marks(code: str) -> str:
    """The characters that mark a question in the language ``code``: the shared ones ("?", "¿",
    "؟", "？") and those of its script (Greek ";")."""
    data = languages()
    script = code[4:] if code.startswith("und-") else data.script_of.get(code, "")
    extra = next((s.question_marks for s in data.scripts if s.code == script), "")
    if not script:  # a default language of a script ("el", "ja", ...)
        extra = next((s.question_marks for s in data.scripts if s.default == code), "")
    return data.question_marks + extra


def no_reading_reason(code: str) -> str:
    """Why a sign is not judged in the language ``code`` (:data:`NOT_READ` "sign")."""
    return NOT_READ["sign"].format(language=language_name(code))


def not_read_lead(code: str) -> str:
    """The opening sentence of the "what stands out" finding for the language ``code``."""
    return NOT_READ["lead"].format(language=language_name(code))


def not_read_note(code: str) -> str:
    """The note on the measures a chat in the language ``code`` does not get (:data:`NOT_READ`
    "measures")."""
    return NOT_READ["measures"].format(language=language_name(code))


def script_letters(text: str) -> dict[str, int]:
    """Letters of each script in ``text`` (scripts with none are left out)."""
    data = languages()
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    at = np.searchsorted(data.starts, points, side="right") - 1
    inside = (at >= 0) & (points < data.ends[np.maximum(at, 0)])
    counts = np.bincount(data.owner[at[inside]], minlength=len(data.scripts))
    return {s.code: int(c) for s, c in zip(data.scripts, counts, strict=True) if c}


def detect_language(texts: pd.Series, *, sample: int = 5000) -> str:
    """Guess the chat's language over up to ``sample`` messages (see the module docstring).

    Returns a code of ``languages.json`` ("en", "pt", "hi-Latn", "ru", "zh", ...), or
    ``und-<Script>`` for a script whose languages could not be told apart.
    """
    data = languages()
    if len(texts) > sample:
        texts = texts.iloc[np.linspace(0, len(texts) - 1, sample).astype(int)]
    # the first 2,000 characters of a message say its language as well as all of it would
    joined = " ".join(texts.astype("object").fillna("").str.slice(0, 2000).tolist()).lower()
    letters = script_letters(joined)
    script = max(letters, key=lambda s: (letters[s], s == "Latn")) if letters else "Latn"
    candidates = [code for code, s in data.script_of.items() if s == script]
    default = next(s.default for s in data.scripts if s.code == script) or f"und-{script}"
    if not candidates:
        return default
    words = pd.Series(joined.split(), dtype="object").str.strip(_STRIP)
    counts = {code: int(words.isin(data.stopwords[code]).sum()) for code in candidates}
    best = max(counts, key=lambda k: (counts[k], k == default))
    need = data.min_hits_latin if script == "Latn" else data.min_hits_other
    if counts[best] < need and not (
        # too little text: the default, unless another language clearly leads it
        counts[best] >= data.min_hits_other
        and counts[best] >= data.short_text_lead * counts.get(default, 0)
    ):
        return default
    tied = [k for k, v in counts.items() if v == counts[best]]
    if len(tied) > 1 and default not in tied and default.startswith("und-"):
        return default
    return best


def is_read(code: str) -> bool:
    """Whether the chat's language has the emotion reading."""
    return code in READ_LANGUAGES


def language_table(counts: dict[str, int]) -> list[dict[str, object]]:
    """The languages of a chat's text messages, most first: for each its ``code``, ``name``
    (:func:`language_name`), ``messages``, ``share`` of the text messages and whether it is
    ``read`` (has the emotion reading, :func:`is_read`)."""
    total = sum(counts.values())
    return [
        {
            "code": code,
            "name": language_name(code),
            "messages": int(n),
            "share": n / total,
            "read": is_read(code),
        }
        for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if n
    ]


# --------------------------------------------------------------------------------------------
# per message

#: The ``chat_language`` that gives :func:`message_languages` no prior: each message takes the
#: language its own letters and words point to, or ``"und"`` when nothing does (used to measure
#: the method on its own).
NO_PRIOR = "und"

#: A word character: a letter or digit, or a combining mark (the vowel signs of Devanagari and
#: other Indic scripts, Arabic and Hebrew vowel points, accents written apart). One character
#: class keeps the regex fast; digits make tokens that no list holds.
_LETTER = (
    "[\\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0670\u06d6-\u06ed\u0900-\u0963\u0971-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
)
#: A message boundary or a word (with inner apostrophes: "i'm", "c'est").
_TOKENS = re.compile(f"\x00|{_LETTER}+(?:'{_LETTER}+)*")


@cache
def _word_table() -> tuple[tuple[str, ...], dict[str, int], np.ndarray, np.ndarray]:
    """The languages with word lists; each listed word's group (the words listed by the same
    languages form one group; the message boundary is the last group, listed by none); which
    languages list each group (a 0/1 matrix, groups x languages); and the weight of a hit of
    each group for each language (groups x languages): :data:`_UNIT` shared out between the
    languages that list it, so a word of one language weighs a whole unit, a word of two half a
    unit each (whole numbers: sums and ties are exact)."""
    data = languages()
    codes = tuple(data.message_words)
    vocab = sorted(set().union(*data.message_words.values()))
    listed_by = [tuple(word in data.message_words[code] for code in codes) for word in vocab]
    kinds = sorted(set(listed_by), reverse=True)
    group = {kind: k for k, kind in enumerate(kinds)}
    rows = {word: group[kind] for word, kind in zip(vocab, listed_by, strict=True)}
    rows["\x00"] = len(kinds)
    listed = np.array([*kinds, (False,) * len(codes)], dtype=np.float64)
    shares = listed.sum(axis=1, keepdims=True)
    if np.any(_UNIT % shares[shares > 0]):
        raise ValueError("languages.json: a word is listed by more languages than _UNIT shares")
    weight = np.where(listed > 0, _UNIT / np.maximum(shares, 1), 0.0)
    return codes, rows, listed, weight


#: The weight of one hit that points to one language alone (a word only it lists, one of its
#: letters); divisible by every count of languages that may share a word (1 to 8).
_UNIT = 840


def _script_of_language(code: str) -> str:
    """The script code of a language code ("" when unknown or for :data:`NO_PRIOR`)."""
    data = languages()
    if code.startswith("und-"):
        return code[4:]
    if code in data.script_of:
        return data.script_of[code]
    return next((s.code for s in data.scripts if s.default == code and code), "")


def message_evidence(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per message, the letters of each script (n x scripts, in ``languages().scripts`` order)
    and the hits of each language with word lists (n x languages, in ``languages.json`` order):
    its stopwords and words, plus its letters (at most ``message_letters_cap``)."""
    letters, hits, _score = _evidence(texts)
    return letters, hits


def _evidence(texts: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`message_evidence`, and the weighted hits of each language (n x languages, in units
    of :data:`_UNIT`: a word shared by k languages weighs 1/k for each; a letter a whole unit).

    The first 2,000 characters of each message are read, in one pass over their code points
    and one regex pass over their words (no Python loop per message).
    """
    data = languages()
    codes, rows, groups, weight = _word_table()
    n = len(texts)
    values = texts.astype("object").where(texts.notna(), "").tolist()
    joined = (
        "\x00".join(str(v)[:2000].replace("\x00", "") for v in values).lower().replace("’", "'")
    )
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    message = np.cumsum(points == 0)  # the message of each code point
    # scripts: ASCII letters are Latin; only the rest is looked up in the ranges
    n_scripts = len(data.scripts)
    latin = next(k for k, s in enumerate(data.scripts) if s.code == "Latn")
    folded = points | 32
    letters = np.zeros((n, n_scripts), dtype=np.int64)
    letters[:, latin] = np.bincount(message[(folded >= 97) & (folded <= 122)], minlength=n)
    high = np.flatnonzero(points >= 0x80)
    at = np.searchsorted(data.starts, points[high], side="right") - 1
    inside = (at >= 0) & (points[high] < data.ends[np.maximum(at, 0)])
    letters += np.bincount(
        message[high[inside]] * n_scripts + data.owner[at[inside]], minlength=n * n_scripts
    ).reshape(n, n_scripts)
    # words: one regex pass; the boundary token advances the message count
    tokens = _TOKENS.findall(joined)
    word = np.fromiter(map(rows.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
    boundary = rows["\x00"]
    owner = np.cumsum(word == boundary)
    known = (word >= 0) & (word != boundary)
    per_group = np.bincount(
        owner[known] * len(groups) + word[known], minlength=n * len(groups)
    ).reshape(n, len(groups))
    # float32 is exact here: at most 2,000 characters (1,000 words) of _UNIT each
    both = per_group.astype(np.float32) @ np.hstack([groups, weight]).astype(np.float32)
    hits, score = both[:, : len(codes)], both[:, len(codes) :]
    for k, code in enumerate(codes):
        if code in data.letters:
            marks = np.frombuffer(data.letters[code].encode("utf-32-le"), dtype=np.uint32)
            found = np.bincount(message[high[np.isin(points[high], marks)]], minlength=n)
            capped = np.minimum(found, data.message_letters_cap)
            hits[:, k] += capped
            score[:, k] += capped * _UNIT
    return letters, hits, score


def message_languages(texts: pd.Series, chat_language: str) -> np.ndarray:
    """The language of each text (an object array of codes, one per text, in order).

    The chat's language is the prior: a message keeps it unless it clearly says otherwise.
    Short or ambiguous messages ("ok", "😂", "kkkk", names, numbers) keep it. A message in the
    chat's script moves to another language of that script when that language has at least
    ``message_hits`` hits (stopwords, words, letters; see :func:`message_evidence`),
    ``message_lead`` more than the chat's language in weighted hits (a word listed by k
    languages weighs 1/k for each) and no other language as many (a message mixing two
    languages goes to the one with more evidence; a tie keeps the chat's language, unless one of
    the tied languages is a ``tie_breaker``). Once a message has ``message_hits`` hits of a
    language that ``mixes_in`` another (Hindi in Latin letters: English), the other's words do
    not count against it.
    A message written mostly in another script (at least two of its letters, more than of the
    chat's script) moves to that script's language with the most hits, or to the script's default
    language (``und-<Script>`` when it has none); a script whose short words are borrowed
    everywhere (Latin) needs the same word evidence as a message in the chat's own script.
    With ``chat_language`` :data:`NO_PRIOR`, a message takes the language of any hit (one
    suffices) and ``"und"`` when it has none.
    """
    data = languages()
    codes = _word_table()[0]
    n = len(texts)
    out = np.full(n, chat_language, dtype=object)
    if n == 0:
        return out
    letters, hits, score = _evidence(texts)
    for code, mixed in data.mixes_in.items():  # "yaar i'm so tired": Hindi, English mixed in
        if code in codes and mixed in codes:
            own = hits[:, codes.index(code)] >= data.message_hits
            score[own, codes.index(mixed)] = 0
    for code in data.tie_breakers & set(codes):  # a hair more than a tie, never more
        column = score[:, codes.index(code)]
        column[column > 0] += 1
    no_prior = chat_language == NO_PRIOR
    need = 1 if no_prior else data.message_hits
    lead = (1 if no_prior else data.message_lead) * _UNIT
    script_codes = [s.code for s in data.scripts]
    home = _script_of_language(chat_language)
    home_k = script_codes.index(home) if home in script_codes else -1
    home_letters = letters[:, home_k] if home_k >= 0 else np.zeros(n, dtype=np.int64)
    prior_score = score[:, codes.index(chat_language)] if chat_language in codes else np.zeros(n)
    dominant = letters.argmax(axis=1)
    top = letters[np.arange(n), dominant]
    # the script each message is read in: the chat's, unless another clearly dominates it
    other = (top >= 2) & (top > home_letters) & (dominant != home_k)
    if no_prior:
        other = top > 0
    lang_script = np.array([script_codes.index(data.script_of[c]) for c in codes])
    for k, script in enumerate(data.scripts):
        rows = np.flatnonzero(other & (dominant == k)) if k != home_k else np.flatnonzero(~other)
        if not len(rows):
            continue
        in_script = np.flatnonzero(lang_script == k)
        if not len(in_script):  # a script without word lists: its default language
            if k != home_k:
                out[rows] = script.default or f"und-{script.code}"
            continue
        cand = score[np.ix_(rows, in_script)]
        best = cand.argmax(axis=1)
        best_score = cand[np.arange(len(rows)), best]
        best_hits = hits[rows, in_script[best]]
        unique = (cand == best_score[:, None]).sum(axis=1) == 1
        base = prior_score[rows] if k == home_k else 0
        sure = unique & (best_hits >= need) & (best_score - base >= lead)
        chosen = np.array(codes, dtype=object)[in_script][best]
        if k == home_k or script.borrowed:  # else the chat's language (or "und") stays
            out[rows[sure]] = chosen[sure]
        else:  # its letters are evidence enough: one hit picks the language, else the default
            # (or the language of that script the chat's own pack reads: Devanagari in a chat in
            # Hindi in Latin letters is Hindi)
            kin = [c for c in np.array(codes)[in_script] if pack_of(c) == pack_of(chat_language)]
            fallback = kin[0] if kin else (script.default or f"und-{script.code}")
            out[rows] = np.where(unique & (best_hits >= 1), chosen, fallback)
    return out
