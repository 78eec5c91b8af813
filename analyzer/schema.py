"""The ``messages`` table: column names, dtypes and validation (docs/design.md, section 2).

Every parser returns a frame that passes :func:`validate_messages`; every later stage reads
columns by the names in :class:`Col`.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd

from analyzer.errors import ChatFormatError


class Col:
    """Column names of the messages table (and of the derived tables that reuse them)."""

    TIMESTAMP = "timestamp"
    AUTHOR = "author"
    TEXT = "text"
    KIND = "kind"
    SOURCE_FILE = "source_file"
    SOURCE_LINE = "source_line"
    DURATION = "duration_s"
    EDITED = "edited"
    FORWARDED = "forwarded"


#: Optional helper column a parser may add: how many input lines (or records) each message spans.
#: The registry uses it for line accounting when merging, then drops it.
LINES = "_lines"

#: Message kinds, in the order the category uses.
KINDS: tuple[str, ...] = (
    "text",
    "media",
    "deleted",
    "system",
    "call",
    "location",
    "contact",
    "poll",
    "sticker",
    "view_once",
)

#: Columns in their order, with the dtype each must have after :func:`normalize_messages`.
COLUMNS: dict[str, str] = {
    Col.TIMESTAMP: "datetime64[ns]",
    Col.AUTHOR: "category",
    Col.TEXT: "string",
    Col.KIND: "category",
    Col.SOURCE_FILE: "category",
    Col.SOURCE_LINE: "int64",
    Col.DURATION: "float64",
    Col.EDITED: "bool",
    Col.FORWARDED: "bool",
}


def empty_messages() -> pd.DataFrame:
    """A messages table with no rows and the right dtypes."""
    return normalize_messages(pd.DataFrame({c: [] for c in COLUMNS}))


def normalize_messages(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with every schema column present, in order, with the schema's dtypes.

    Missing optional columns get their defaults (``duration_s`` NaN, flags False). Parsers build
    plain columns (lists of str/None, datetimes) and call this once at the end. Columns that
    already have the schema's dtype are kept as they are (no copy of the text).
    """
    n = len(frame)

    def get(name: str, default):
        return frame[name] if name in frame else default

    out = pd.DataFrame(index=pd.RangeIndex(n))
    out[Col.TIMESTAMP] = _timestamps(get(Col.TIMESTAMP, pd.Series([pd.NaT] * n)))
    out[Col.AUTHOR] = _names(_categorical(get(Col.AUTHOR, [None] * n)))
    texts = get(Col.TEXT, [""] * n)
    if isinstance(getattr(texts, "dtype", None), pd.StringDtype) and not texts.isna().any():
        out[Col.TEXT] = texts.array
    else:
        out[Col.TEXT] = pd.array(
            pd.Series(texts, dtype="object").fillna("").to_numpy(), dtype="string"
        )
    out[Col.KIND] = _categorical(get(Col.KIND, ["text"] * n), categories=KINDS)
    out[Col.SOURCE_FILE] = _categorical(get(Col.SOURCE_FILE, [""] * n))
    out[Col.SOURCE_LINE] = pd.Series(
        get(Col.SOURCE_LINE, range(1, n + 1)), dtype="int64"
    ).to_numpy()
    out[Col.DURATION] = pd.Series(get(Col.DURATION, [float("nan")] * n), dtype="float64").to_numpy()
    for flag in (Col.EDITED, Col.FORWARDED):
        vals = get(flag, [False] * n)
        if str(getattr(vals, "dtype", "")) == "bool":
            out[flag] = vals.to_numpy()
        else:
            out[flag] = pd.Series(vals, dtype="object").fillna(False).astype(bool).to_numpy()
    if LINES in frame:
        out[LINES] = pd.Series(frame[LINES], dtype="int64").to_numpy()
    return out


def _timestamps(values):
    """Naive times as ``datetime64[ns]``; zone-aware times keep their zone."""
    ts = values if isinstance(values, pd.Series) else pd.Series(values)
    if not (str(ts.dtype) == "datetime64[ns]" or isinstance(ts.dtype, pd.DatetimeTZDtype)):
        ts = pd.Series(pd.to_datetime(ts.to_numpy()))
        if ts.dt.tz is None:
            ts = ts.astype("datetime64[ns]")
    return ts.to_numpy() if ts.dt.tz is None else ts.array


def _categorical(values, categories=None):
    """``values`` as a categorical, kept without a copy when it already is one (with the same
    categories, where they are given)."""
    dtype = getattr(values, "dtype", None)
    if isinstance(dtype, pd.CategoricalDtype) and (
        categories is None or list(dtype.categories) == list(categories)
    ):
        return values.array
    return pd.Categorical(pd.Series(values, dtype="object").to_numpy(), categories=categories)


def normal_name(name: str) -> str:
    """A participant's name as the messages table holds it: Unicode NFC, outer spaces removed
    (so ``"Zoé"`` typed with a combining accent and ``" Zoé "`` are the one person ``"Zoé"``)."""
    return unicodedata.normalize("NFC", name).strip()


def _names(authors: pd.Categorical) -> pd.Categorical:
    """``authors`` with every name in :func:`normal_name` form; spellings that become the same
    name are merged into one category. Works on the categories, not on every row."""
    cats = [str(c) for c in authors.categories]
    fixed = [normal_name(c) for c in cats]
    if fixed == cats:
        return authors
    merged = list(dict.fromkeys(fixed))
    where = {name: i for i, name in enumerate(merged)}
    remap = np.array([where[f] for f in fixed] + [-1], dtype=np.int64)
    codes = remap[np.asarray(authors.codes, dtype=np.int64)]  # code -1 (missing) maps to -1
    return pd.Categorical.from_codes(codes, categories=merged)


def validate_messages(frame: pd.DataFrame) -> pd.DataFrame:
    """Check ``frame`` against the schema; return it unchanged or raise :class:`ChatFormatError`.

    Checks: every column present with its dtype; kinds from :data:`KINDS`; system notices have no
    author and every other message has one; no missing timestamps; source lines positive.
    """
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ChatFormatError(f"messages table lacks columns {missing}")
    for col, dtype in COLUMNS.items():
        actual = str(frame[col].dtype)
        if col == Col.TIMESTAMP and actual.startswith("datetime64"):
            continue
        if col == Col.TEXT and actual in ("string", "str"):
            continue
        if actual != dtype:
            raise ChatFormatError(f"column {col!r} has dtype {actual}, expected {dtype}")
    bad_kinds = set(frame[Col.KIND].dropna().unique()) - set(KINDS)
    if bad_kinds or frame[Col.KIND].isna().any():
        raise ChatFormatError(f"unknown message kinds {sorted(map(str, bad_kinds))}")
    is_system = frame[Col.KIND] == "system"
    if frame.loc[is_system, Col.AUTHOR].notna().any():
        raise ChatFormatError("system notices must have no author")
    if frame.loc[~is_system, Col.AUTHOR].isna().any():
        raise ChatFormatError("every non-system message needs an author")
    if frame[Col.TIMESTAMP].isna().any():
        raise ChatFormatError("some messages have no timestamp")
    if len(frame) and (frame[Col.SOURCE_LINE] < 1).any():
        raise ChatFormatError("source_line must be 1-based")
    return frame
