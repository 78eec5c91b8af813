"""The messages table a notebook hands to ``analyze()``: checked, and safely repaired.

``load_chat`` always gives a table that fits :mod:`analyzer.schema`; a table built or edited by
hand may not. :func:`messages_for_analysis` refuses what cannot be read with one sentence naming
the column and what it needs (:class:`MessagesTableError`, also a ``ValueError``), and fixes what
can be fixed without guessing, saying so:

- an index with repeated values (``pd.concat([m, m])`` without ``ignore_index``) is renumbered;
  any other index is renumbered silently (nothing is keyed on it);
- rows that repeat a message already in the table (the same source file and line, time,
  author, text and kind: the same message given twice) are read once, as the command line reads
  a file given twice once; messages that only look alike (two "ok" on different lines) stay;
- rows out of time order are sorted by time, messages of the same time by their source line
  (the order of the export, which the command line keeps);
- missing optional columns get their defaults (``kind`` is ``system`` where there is no author,
  else ``text``; ``source_line`` numbers the rows).

Texts as numbers, times as strings (whose day-month order would be a guess), missing times and
authors, unknown kinds are refused.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from analyzer.errors import ChatFormatError, MessagesTableError
from analyzer.parse_warnings import warn
from analyzer.schema import KINDS, Col, normalize_messages, validate_messages

#: Columns every table needs, and what each holds.
REQUIRED = {
    Col.TIMESTAMP: "a time for every message (datetimes, e.g. from pd.to_datetime)",
    Col.AUTHOR: "the sender's name as text (None for a system notice)",
    Col.TEXT: "the message text as strings",
}


def _s(n: int) -> str:
    return "s" if n != 1 else ""


def _first(mask: np.ndarray) -> int:
    return int(np.flatnonzero(mask)[0])


def _texts_only(values: pd.Series, col: str, needs: str, fix: str) -> None:
    """Refuse a column whose non-missing values are not all strings."""
    dtype = values.dtype
    if isinstance(dtype, pd.StringDtype):
        return
    pool = pd.Series(dtype.categories) if isinstance(dtype, pd.CategoricalDtype) else values
    if pd.api.types.infer_dtype(pool, skipna=True) in ("string", "empty"):
        return
    odd = values.map(lambda v: not isinstance(v, str) and not pd.isna(v)).to_numpy(dtype=bool)
    at = _first(odd)
    example = values.iloc[at]
    example = example.item() if isinstance(example, np.generic) else example
    raise MessagesTableError(
        f"column {col!r} holds {type(example).__name__} values (e.g. {example!r} in row {at}); "
        f"it needs {needs}: {fix}"
    )


def _timestamps(frame: pd.DataFrame) -> pd.Series | None:
    """The timestamp column converted, when it holds Python datetimes; None when it is fine."""
    ts = frame[Col.TIMESTAMP]
    converted = None
    if not pd.api.types.is_datetime64_any_dtype(ts.dtype):
        values = ts.dropna()
        if len(values) and values.map(lambda v: isinstance(v, dt.datetime)).all():
            try:  # Python datetimes (or Timestamps) in an object column: read as they are
                ts = converted = pd.to_datetime(ts)
            except (ValueError, TypeError) as exc:
                raise MessagesTableError(
                    f"column 'timestamp' holds datetimes that cannot be one column ({exc}); "
                    "it needs one kind of time: all without a zone, or all in one zone"
                ) from None
        else:
            example = values.iloc[0] if len(values) else None
            example = example.item() if isinstance(example, np.generic) else example
            where = int(ts.index.get_loc(values.index[0])) if len(values) else 0
            hint = (
                "convert it with pd.to_datetime(..., format=...) giving the format, so that "
                "no day-month order is guessed"
                if isinstance(example, str)
                else "convert it with pd.to_datetime"
            )
            raise MessagesTableError(
                f"column 'timestamp' holds {type(example).__name__} values (e.g. {example!r} in "
                f"row {where}); it needs datetimes: {hint}"
            )
    missing = ts.isna().to_numpy()
    if missing.any():
        n = int(missing.sum())
        raise MessagesTableError(
            f"column 'timestamp' has {n} missing time{_s(n)} (NaT), the first in row "
            f"{_first(missing)}; every message needs a time: drop or fill those rows"
        )
    return converted


def messages_for_analysis(frame: object) -> tuple[pd.DataFrame, list[str]]:
    """``frame`` as a valid messages table, and a sentence for each repair made (module doc)."""
    if not isinstance(frame, pd.DataFrame):
        raise MessagesTableError(
            f"chat.messages must be a pandas DataFrame (the messages table), not "
            f"{type(frame).__name__}"
        )
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        needs = "; ".join(f"{c!r}: {REQUIRED[c]}" for c in missing)
        raise MessagesTableError(f"the messages table lacks column{_s(len(missing))} {needs}")
    if frame.empty:
        raise MessagesTableError(
            "the messages table is empty; analyze() needs at least one message with an author"
        )
    fixes: list[str] = []
    if not frame.index.is_unique:
        n = int(frame.index.duplicated(keep=False).sum())
        fixes.append(warn("index_renumbered", n=n))
    if not (isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0
            and frame.index.step == 1):  # fmt: skip
        frame = frame.reset_index(drop=True)
    ts = _timestamps(frame)
    _texts_only(
        frame[Col.AUTHOR], "author", REQUIRED[Col.AUTHOR], "e.g. messages['author'].astype(str)"
    )
    _texts_only(
        frame[Col.TEXT], "text", REQUIRED[Col.TEXT], "e.g. messages['text'].astype(str)"
    )
    has_author = frame[Col.AUTHOR].notna().to_numpy()
    if not has_author.any():
        raise MessagesTableError(
            "column 'author' is empty in every row; analyze() needs messages with their sender"
        )
    extra = {} if ts is None else {Col.TIMESTAMP: ts}
    if Col.KIND in frame:
        kinds = frame[Col.KIND]
        unknown = ~kinds.isin(KINDS).to_numpy()
        if unknown.any():
            at = _first(unknown)
            raise MessagesTableError(
                f"column 'kind' holds {kinds.iloc[at]!r} in row {at}; it needs one of "
                f"{', '.join(KINDS)}"
            )
        system = (kinds == "system").to_numpy()
    else:
        system = ~has_author
        extra[Col.KIND] = np.where(system, "system", "text")
    for bad, what in (
        (~system & ~has_author, "is empty in {n} row{s} that are not system notices (kind "
         "'system'), the first in row {at}; each message needs its sender's name"),
        (system & has_author, "is set in {n} system notice{s} (kind 'system'), the first in row "
         "{at}; a notice has no author: set it to None"),
    ):  # fmt: skip
        if bad.any():
            n = int(bad.sum())
            raise MessagesTableError(
                "column 'author' " + what.format(n=n, s=_s(n), at=_first(bad))
            )
    for col in (Col.SOURCE_LINE, Col.DURATION):
        if col in frame and not pd.api.types.is_numeric_dtype(frame[col].dtype):
            raise MessagesTableError(
                f"column {col!r} holds {frame[col].dtype} values; it needs numbers"
            )
    if Col.SOURCE_LINE in frame:
        lines = frame[Col.SOURCE_LINE]
        if lines.isna().any() or (lines < 1).any():
            raise MessagesTableError(
                "column 'source_line' needs whole numbers from 1 in every row (the line of the "
                "export each message starts on); leave the column out to number the rows"
            )
    table = frame
    if extra or not _fits(frame):  # a table from load_chat fits as it is: no copy
        try:
            table = validate_messages(normalize_messages(frame.assign(**extra)))
        except (ChatFormatError, ValueError, TypeError) as exc:
            raise MessagesTableError(
                f"the messages table does not fit the schema: {exc}"
            ) from None
    table, more = _read_once_in_order(table)
    return table, fixes + more


def _fits(frame: pd.DataFrame) -> bool:
    try:
        validate_messages(frame)
    except ChatFormatError:
        return False
    return True


def _read_once_in_order(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The table without rows that repeat a message (same file, line, time, author, text,
    kind), stable-sorted by time; a sentence for each change."""
    fixes = []
    place = [Col.SOURCE_FILE, Col.SOURCE_LINE, Col.TIMESTAMP]
    maybe = table.duplicated(subset=place, keep=False).to_numpy()
    if maybe.any():  # cheap columns first; the texts only where those repeat
        dup = np.zeros(len(table), dtype=bool)
        dup[maybe] = (
            table.loc[maybe]
            .duplicated(subset=[*place, Col.AUTHOR, Col.TEXT, Col.KIND], keep="first")
            .to_numpy()
        )
        if dup.any():
            n = int(dup.sum())
            fixes.append(warn("rows_repeated", n=n))
            table = table.loc[~dup].reset_index(drop=True)
    ts = table[Col.TIMESTAMP]
    if not ts.is_monotonic_increasing:
        n_back = int((ts.diff() < pd.Timedelta(0)).sum())
        fixes.append(warn("rows_out_of_order", n=n_back))
        # a multi-column sort is stable: same time and line keep the table's order
        table = table.sort_values([Col.TIMESTAMP, Col.SOURCE_LINE]).reset_index(drop=True)
    return table, fixes
