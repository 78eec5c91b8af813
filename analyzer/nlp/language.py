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
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from analyzer.nlp.pack import available

#: Languages the emotion reading exists for (the depth lexicon, feeling statements, the marker
#: phrases of support, criticism, repair ...): those with a language pack
#: (``analyzer/lexicons/<code>/pack.json``, :mod:`analyzer.nlp.pack`).
READ_LANGUAGES: frozenset[str] = available()

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


@cache
def languages() -> Languages:
    """Load ``analyzer/lexicons/languages.json`` (once)."""
    raw = json.loads(
        resources.files("analyzer.lexicons").joinpath("languages.json").read_text("utf-8")
    )
    scripts = tuple(
        Script(s["code"], s["name"], s["default"], s.get("question_marks", ""))
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


# --------------------------------------------------------------------------------------------
# per-message language (placeholder: every text takes the chat's language)
# --------------------------------------------------------------------------------------------


def message_languages(texts: pd.Series, chat_language: str) -> np.ndarray:
    """The language code of each text (an object array, one per text), with the chat's
    language as the prior. For now every text takes ``chat_language``."""
    return np.full(len(texts), chat_language, dtype=object)
