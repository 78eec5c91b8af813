"""The ``messages`` table: column names, dtypes and validation (DESIGN.md section 3).

Every parser returns a frame that passes :func:`validate_messages`; every later stage reads
columns by the names in :class:`Col`.
"""

from __future__ import annotations

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
    out = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    n = len(frame)
    ts = frame[Col.TIMESTAMP] if Col.TIMESTAMP in frame else pd.Series([pd.NaT] * n)
    if isinstance(ts, pd.Series) and str(ts.dtype) in ("datetime64[ns]",) or (
        isinstance(ts, pd.Series) and isinstance(ts.dtype, pd.DatetimeTZDtype)
    ):
        out[Col.TIMESTAMP] = ts.to_numpy() if ts.dt.tz is None else ts.array
    else:
        ts = pd.Series(pd.to_datetime(ts.to_numpy() if hasattr(ts, "to_numpy") else ts))
        if getattr(ts.dt, "tz", None) is None:
            ts = ts.astype("datetime64[ns]")
        out[Col.TIMESTAMP] = ts.to_numpy() if getattr(ts.dt, "tz", None) is None else ts.array
    authors = frame[Col.AUTHOR] if Col.AUTHOR in frame else [None] * n
    if isinstance(getattr(authors, "dtype", None), pd.CategoricalDtype):
        out[Col.AUTHOR] = authors.array
    else:
        out[Col.AUTHOR] = pd.Categorical(pd.Series(authors, dtype="object").to_numpy())
    texts = frame[Col.TEXT] if Col.TEXT in frame else [""] * n
    if isinstance(getattr(texts, "dtype", None), pd.StringDtype) and not texts.isna().any():
        out[Col.TEXT] = texts.array
    else:
        out[Col.TEXT] = pd.array(pd.Series(texts, dtype="object").fillna("").to_numpy(), dtype="string")
    kinds = frame[Col.KIND] if Col.KIND in frame else ["text"] * n
    if isinstance(getattr(kinds, "dtype", None), pd.CategoricalDtype) and list(kinds.cat.categories) == list(KINDS):
        out[Col.KIND] = kinds.array
    else:
        out[Col.KIND] = pd.Categorical(pd.Series(kinds, dtype="object").to_numpy(), categories=KINDS)
    files = frame[Col.SOURCE_FILE] if Col.SOURCE_FILE in frame else [""] * n
    if isinstance(getattr(files, "dtype", None), pd.CategoricalDtype):
        out[Col.SOURCE_FILE] = files.array
    else:
        out[Col.SOURCE_FILE] = pd.Categorical(pd.Series(files, dtype="object").to_numpy())
    lines = frame[Col.SOURCE_LINE] if Col.SOURCE_LINE in frame else range(1, n + 1)
    out[Col.SOURCE_LINE] = pd.Series(lines, dtype="int64").to_numpy()
    dur = frame[Col.DURATION] if Col.DURATION in frame else [float("nan")] * n
    out[Col.DURATION] = pd.Series(dur, dtype="float64").to_numpy()
    for flag in (Col.EDITED, Col.FORWARDED):
        vals = frame[flag] if flag in frame else [False] * n
        if str(getattr(vals, "dtype", "")) == "bool":
            out[flag] = vals.to_numpy()
        else:
            out[flag] = pd.Series(vals, dtype="object").fillna(False).astype(bool).to_numpy()
    if LINES in frame:
        out[LINES] = pd.Series(frame[LINES], dtype="int64").to_numpy()
    return out


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
