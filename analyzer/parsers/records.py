"""Helpers shared by the non-WhatsApp parsers: JSON loading, epoch times, record frames, lines.

Record sources (JSON, CSV) count one record as one "line" for the line accounting: every record
of the chosen chat is a participant message (``header``), a system notice (``system``) or
skipped with a reason. Text sources (Signal, iMessage, transcripts) count physical lines.

Times: epoch values (Telegram ``date_unixtime``, Meta ``timestamp_ms``, epoch columns of a CSV)
are instants; they become naive UTC wall-clock times unless the ``tz=`` option (an IANA zone
such as ``"Europe/Berlin"``) asks for that zone's wall-clock time. Written times with a UTC
offset (Discord) keep the wall-clock time as written unless ``tz=`` is given.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
import zoneinfo
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError, SettingsError
from analyzer.parsers.base import InputFile, decode
from analyzer.schema import LINES, Col, normalize_messages

#: Invisible marks removed from author names (DESIGN: "invisible marks removed").
NAME_MARKS = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")


def clean_names(names: Sequence[Any]) -> list[Any]:
    """Author names without invisible marks and outer spaces (non-strings pass through)."""
    cache: dict[str, str] = {}
    out = []
    for name in names:
        if isinstance(name, str):
            if name not in cache:
                cache[name] = NAME_MARKS.sub("", name).strip()
            name = cache[name]
        out.append(name)
    return out


#: Lines or records a parser looks at when detecting (cheap: a prefix of the head).
HEAD_CHARS = 16 * 1024


def load_json(file: InputFile, what: str) -> tuple[Any, str]:
    """Decode and parse ``file`` as JSON; one-line :class:`ChatFormatError` when it cannot be."""
    text, encoding = decode(file.data, name=file.name)
    try:
        return json.loads(text), encoding
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string"):
            raise ChatFormatError(
                f"{file.name}: JSON ends early at line {exc.lineno} ({exc.msg}); the {what} looks "
                "truncated: export it again"
            ) from None
        raise ChatFormatError(
            f"{file.name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            f"expected a {what}"
        ) from None
    except RecursionError:
        raise ChatFormatError(
            f"{file.name}: JSON nested too deeply to be a {what}"
        ) from None


def read_table(text: str, name: str, *, sep: str = ",", what: str = "table") -> pd.DataFrame:
    """A CSV/TSV text as a frame of strings (empty cells ""); ragged rows are an error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                               index_col=False)
    except pd.errors.EmptyDataError:
        raise ChatFormatError(f"{name}: the {what} is empty") from None
    except pd.errors.ParserWarning:
        raise ChatFormatError(f"{name}: not a readable {what} (some rows have more cells than the "
                              "header)") from None
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        raise ChatFormatError(f"{name}: not a readable {what} ({str(exc).strip()})") from None


def shape_error(file: InputFile, expected: str) -> ChatFormatError:
    return ChatFormatError(f"{file.name}: JSON has the wrong shape; expected {expected}")


def check_tz(tz: Any) -> str | None:
    """The ``tz=`` option checked: None or a valid IANA zone name."""
    if tz in (None, ""):
        return None
    try:
        zoneinfo.ZoneInfo(str(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"unknown time zone {tz!r}; give an IANA name such as 'Europe/Berlin' or 'UTC'"
        ) from None
    return str(tz)


def epoch_times(values: Sequence[Any], *, unit: str, tz: str | None) -> pd.Series:
    """Epoch numbers (or numeric strings) to naive datetimes: UTC, or ``tz`` wall-clock time.

    Values that are missing, not numbers or out of range become NaT.
    """
    nums = pd.to_numeric(pd.Series(list(values), dtype="object"), errors="coerce")
    nums = nums.where(nums.abs() < (1e13 if unit == "s" else 1e16))
    stamps = pd.to_datetime(nums, unit=unit, utc=True, errors="coerce")
    if tz:
        stamps = stamps.dt.tz_convert(tz)
    return stamps.dt.tz_localize(None).astype("datetime64[ns]")


_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def iso_times(values: Sequence[Any], *, tz: str | None) -> pd.Series:
    """ISO 8601 strings to naive datetimes: the wall-clock time as written (offset dropped), or,
    with ``tz``, the instant shown in that zone. Unreadable values become NaT."""
    raw = pd.Series(list(values), dtype="object").where(lambda s: s.map(lambda v: isinstance(v, str)))
    if tz:
        stamps = pd.to_datetime(raw, utc=True, errors="coerce", format="ISO8601")
        return stamps.dt.tz_convert(tz).dt.tz_localize(None).astype("datetime64[ns]")
    local = raw.str.replace(_OFFSET, "", regex=True)
    return pd.to_datetime(local, errors="coerce", format="ISO8601").astype("datetime64[ns]")


def fallback_times(
    primary: pd.Series, fallback: pd.Series, source: Source, file: InputFile, *, field: str, used: str
) -> pd.Series:
    """``primary`` times, with ``fallback`` where a record has none (per record, not per file);
    the number of records that needed it goes into ``source.warnings``."""
    primary = pd.Series(np.asarray(primary, dtype="datetime64[ns]"))
    fallback = pd.Series(np.asarray(fallback, dtype="datetime64[ns]"))
    filled = primary.isna() & fallback.notna()
    n = int(filled.sum())
    if n:
        source.warnings.append(
            f"{file.name}: {n} record{'s' if n != 1 else ''} without a readable {field}; "
            f"{'its' if n == 1 else 'their'} time was read from {used}"
        )
    return primary.where(~filled, fallback)


def record_frame(
    columns: dict[str, Sequence[Any]],
    source: Source,
    *,
    no_time_reason: str = "record without a readable time",
) -> pd.DataFrame:
    """Build the messages frame from record columns and do the record accounting in ``source``.

    ``columns`` holds equal-length sequences for timestamp, author, text, kind, source_file,
    source_line and optionally duration_s, edited, forwarded. Records with no time are skipped
    (counted under ``no_time_reason``); system notices lose their author; any other record with
    no author is skipped and counted. Adds ``_lines`` = 1 per record.
    """
    data = {k: (v if k == Col.TIMESTAMP else v.to_numpy() if isinstance(v, pd.Series | pd.Index)
                else pd.Series(list(v), dtype=object).to_numpy()) for k, v in columns.items()}
    ts = pd.to_datetime(pd.Series(data[Col.TIMESTAMP]), errors="coerce").to_numpy()
    n = len(ts)
    source.lines.total += n
    keep = ~pd.isna(ts)
    source.lines.skip(no_time_reason, int((~keep).sum()))
    is_system = np.asarray(data[Col.KIND] == "system", dtype=bool)
    authors = pd.Series(clean_names(data[Col.AUTHOR]), dtype=object).to_numpy()
    has_author = np.fromiter((isinstance(a, str) and a.strip() != "" for a in authors), bool, n)
    authors = np.where(has_author & ~is_system, authors, None)
    no_author = keep & ~is_system & ~has_author
    source.lines.skip("message without an author", int(no_author.sum()))
    keep &= ~no_author
    data[Col.TIMESTAMP], data[Col.AUTHOR] = ts, authors
    frame = pd.DataFrame({
        k: pd.Series(v[keep] if isinstance(v, np.ndarray) else np.asarray(v)[keep], dtype=None if k in (Col.TIMESTAMP, Col.DURATION) else object)
        for k, v in data.items()
    })
    system = int(is_system[keep].sum())
    source.lines.system += system
    source.lines.header += int(keep.sum()) - system
    frame[LINES] = 1
    return normalize_messages(frame)


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate normalized frames and normalize again (categories differ between files)."""
    if len(frames) == 1:
        return frames[0]
    both = pd.concat([f.astype({Col.AUTHOR: "object", Col.KIND: "object",
                                Col.SOURCE_FILE: "object"}) for f in frames], ignore_index=True)
    return normalize_messages(both)


class TextLines:
    """A text split into lines ``\\n``-wise (no other line breaks), with position -> line maps.

    ``lines`` never includes the empty string after a final newline, so ``len(lines)`` is the
    number of lines a user would count.
    """

    def __init__(self, text: str):
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
        self.newlines = np.flatnonzero(codes == 10)
        self.lines = self.text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, positions: Sequence[int] | np.ndarray) -> np.ndarray:
        """0-based line index of each character position."""
        return np.searchsorted(self.newlines, np.asarray(positions, dtype=np.int64), side="left")


def text_source(fmt: str, files: list[InputFile]) -> Source:
    return Source(format=fmt, files=[f.name for f in files])


def stem(file: InputFile) -> str:
    """The file's base name without its extension (for ``Source.chat_name``)."""
    base = file.basename
    return base.rsplit(".", 1)[0] if "." in base else base


def folder_name(file: InputFile) -> str:
    """The name of the folder (or zip) holding ``file``, or '' when there is none."""
    path = file.name.replace("\\", "/").replace(":", "/")
    parts = [p for p in path.split("/") if p]
    return parts[-2] if len(parts) > 1 else ""
