"""Writing the messages table (``chat-balance parse -o``) and the parse summary."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analyzer.chat import Chat
from analyzer.errors import AnalyzerError
from analyzer.schema import Col
from analyzer.terminal import safe

#: The files ``parse -o`` writes.
MESSAGE_SUFFIXES = (".csv", ".parquet", ".jsonl")

#: Cells starting with these are read as formulas by spreadsheets; we prefix a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_columns(messages: pd.DataFrame) -> list[str]:
    """Every column that holds text (from the chat or its file names), so may start like a
    formula: all but the numeric, boolean and time columns."""
    return [
        c
        for c in messages.columns
        if not (
            pd.api.types.is_numeric_dtype(messages[c].dtype)
            or pd.api.types.is_bool_dtype(messages[c].dtype)
            or pd.api.types.is_datetime64_any_dtype(messages[c].dtype)
        )
    ]


def neutralize_formulas(series: pd.Series) -> pd.Series:
    """Prefix ``'`` to the text cells a spreadsheet would run as a formula (CSV injection): those
    starting with ``= + - @``, a tab or a carriage return. Every other cell is left as it is."""
    text = series.astype("string")
    risky = text.str.startswith(_FORMULA_START).fillna(False)
    return text.where(~risky, "'" + text)


def write_messages(messages: pd.DataFrame, path: Path) -> None:
    """Write ``messages`` as CSV (formula-safe), Parquet or JSON Lines, chosen by suffix."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            cells = messages.assign(
                **{c: neutralize_formulas(messages[c]) for c in text_columns(messages)}
            )
            # CRLF rows (RFC 4180); every field holding a CR or an LF (a lone carriage return
            # included) is quoted, so no spreadsheet starts a new row inside a message.
            cells.to_csv(path, index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        elif suffix == ".parquet":
            messages.to_parquet(path, index=False)
        elif suffix == ".jsonl":
            messages.to_json(
                path, orient="records", lines=True, date_format="iso", force_ascii=False
            )
        else:
            raise AnalyzerError(f"cannot write {path.name}: use a .csv, .parquet or .jsonl name")
    except OSError as exc:
        raise AnalyzerError(f"cannot write {path}: {exc.strerror or exc}") from None


def summary_lines(chat: Chat) -> list[str]:
    """A few lines (control characters escaped, see :mod:`analyzer.terminal`): format and variant,
    period, participants with message counts, accounting."""
    src = chat.source
    msgs = chat.messages
    lines = [f"format: {src.format}" + (f" ({src.variant})" if src.variant else "")]
    if src.date_order:
        lines.append(f"date order: {src.date_order} ({src.date_order_reason})")
    if len(msgs):
        lines.append(f"period: {msgs[Col.TIMESTAMP].min()} to {msgs[Col.TIMESTAMP].max()}")
    counts = msgs[Col.AUTHOR].value_counts(sort=False)
    lines.append(f"participants: {len(chat.participants)}")
    for name in chat.participants:
        n = int(counts.get(name, 0))
        lines.append(f"  {name}: {n} message{'' if n == 1 else 's'}")
    n_system = int((msgs[Col.KIND] == "system").sum())
    acc = src.lines
    skipped = sum(acc.skipped.values())
    lines.append(
        f"messages: {len(msgs)} ({n_system} system); lines: {acc.total} = {acc.header} headers "
        f"+ {acc.system} system + {acc.continuation} continuation + {skipped} skipped"
    )
    for warning in src.warnings:
        lines.append(f"warning: {warning}")
    return [safe(line) for line in lines]  # names and file names may hold terminal escapes
