"""Language packs: everything one language needs, read from ``analyzer/lexicons/<code>/``.

A pack folder holds ``pack.json`` (code, name, spaCy tokenizer language, valence method),
``depth.tsv`` (the depth lexicon), ``slang.json``, ``function_words.json``, ``experiencer.json``
(the words of the "whose feeling" rule), ``words.json`` (the word sets of the rules for questions,
minimal replies, laughter, feeling statements, negation ...) and, optionally, ``stems.json``
(light stemming), ``patterns.toml`` (the response patterns) and ``emotion_model.json``. The
files and every key are described in ``analyzer/lexicons/README.md``.

:func:`load_pack` reads a folder once per process into a frozen :class:`Pack`; :func:`available`
lists the languages that have one (those are the languages with the emotion reading). The
modules of the NLP pass derive their own structures from a pack (sets, indexes, compiled
regexes), each cached per pack, so the per-message code never looks a language up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"

#: Files every pack folder holds.
REQUIRED_FILES: tuple[str, ...] = (
    "pack.json",
    "depth.tsv",
    "slang.json",
    "function_words.json",
    "experiencer.json",
    "words.json",
)
#: Valence methods a pack may name: VADER (English only) or the depth lexicon's polarities.
VALENCE_METHODS = frozenset({"vader", "lexicon"})
DEPTH_HEADER = ["term", "tier", "categories", "polarity"]

DepthRow = tuple[str, int, tuple[str, ...], int]


class PackError(ValueError):
    """A language pack is missing or malformed (the message names the file and the problem)."""


@dataclass(frozen=True, eq=False)
class Pack:
    """One language's data, as read from its folder (see the module docstring).

    Packs are compared and hashed by identity: :func:`load_pack` returns one per language, so a
    pack is a cheap cache key for the structures derived from it.
    """

    code: str
    name: str
    spacy_lang: str
    valence: str  # "vader" | "lexicon"
    folder: Path
    depth_rows: tuple[DepthRow, ...]  # (term, tier, categories, polarity)
    slang: dict[str, tuple[str, ...]]  # chat spelling -> normalised words
    function_words: dict[str, list[str]]  # category -> words
    experiencer: dict[str, object]  # the "whose feeling" rule's words (keys of experiencer.json)
    words: dict[str, object]  # words.json
    stems: dict[str, object] | None  # stems.json, or None (words are their own stems)
    emotion_model_path: Path | None  # emotion_model.json, or None when the pack ships none
    patterns_path: Path | None  # patterns.toml, or None

    def word_set(self, key: str) -> frozenset[str]:
        """``words.json[key]`` as a set of words (or of phrases)."""
        return frozenset(self.words[key])

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        """``words.json[key]`` (a list of phrases) as word tuples."""
        return tuple(tuple(p.split()) for p in self.words[key])


def _read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise PackError(f"language pack file {path.parent.name}/{path.name} is missing") from None
    except json.JSONDecodeError as exc:
        raise PackError(
            f"language pack file {path.parent.name}/{path.name} is not valid JSON ({exc})"
        ) from None
    if not isinstance(data, dict):
        raise PackError(f"language pack file {path.parent.name}/{path.name} is not a JSON object")
    return {k: v for k, v in data.items() if not k.startswith("_")}


def read_depth(path: Path) -> tuple[DepthRow, ...]:
    """The rows of a ``depth.tsv``: (term, tier, categories, polarity); ``#`` lines and blank
    lines are skipped, ``-`` means no category."""
    rows = []
    where = f"{path.parent.name}/{path.name}"
    try:
        fh = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise PackError(f"language pack file {where} is missing") from None
    with fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != DEPTH_HEADER:
            raise PackError(f"{where}: the header is {header}, not {DEPTH_HEADER}")
        for n, line in enumerate(fh, start=2):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                raise PackError(f"{where} line {n}: {len(parts)} fields, not 4")
            term, tier, cats, pol = parts
            try:
                row = (
                    term,
                    int(tier),
                    tuple(c for c in cats.split(",") if c and c != "-"),
                    int(pol),
                )
            except ValueError:
                raise PackError(f"{where} line {n}: tier and polarity must be integers") from None
            rows.append(row)
    return tuple(rows)


def available() -> frozenset[str]:
    """The codes of the language packs shipped: the folders of ``analyzer/lexicons/`` that hold
    a ``pack.json``."""
    return _available()


@cache
def _available() -> frozenset[str]:
    return frozenset(p.parent.name for p in LEXICON_DIR.glob("*/pack.json"))


@cache
def load_pack(code: str = "en") -> Pack:
    """Read the pack of ``code`` (once per process). Raises :class:`PackError` when the language
    has no pack or a file of it is missing or malformed."""
    folder = LEXICON_DIR / code
    if not code or code not in available():
        raise PackError(f"there is no language pack for {code!r} (packs: {sorted(available())})")
    meta = _read_json(folder / "pack.json")
    for key in ("code", "name", "spacy_lang", "valence"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise PackError(f"{code}/pack.json: {key!r} must be a non-empty string")
    if meta["code"] != code:
        raise PackError(f"{code}/pack.json: its code is {meta['code']!r}, not the folder's")
    if meta["valence"] not in VALENCE_METHODS:
        raise PackError(
            f"{code}/pack.json: valence must be one of {sorted(VALENCE_METHODS)}, "
            f"not {meta['valence']!r}"
        )
    slang = _read_json(folder / "slang.json")
    stems_file = folder / "stems.json"
    model = folder / "emotion_model.json"
    patterns = folder / "patterns.toml"
    return Pack(
        code=code,
        name=meta["name"],
        spacy_lang=meta["spacy_lang"],
        valence=meta["valence"],
        folder=folder,
        depth_rows=read_depth(folder / "depth.tsv"),
        slang={k: tuple(str(v).split()) for k, v in slang.items()},
        function_words=_read_json(folder / "function_words.json"),
        experiencer=_read_json(folder / "experiencer.json"),
        words=_read_json(folder / "words.json"),
        stems=_read_json(stems_file) if stems_file.exists() else None,
        emotion_model_path=model if model.exists() else None,
        patterns_path=patterns if patterns.exists() else None,
    )


def english() -> Pack:
    """The English pack (the default of every function that takes a pack)."""
    return load_pack("en")
