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
import datetime as dt
import io
import json
import re
import warnings
import zoneinfo
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError, SettingsError
from analyzer.parse_warnings import warn
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


#: A UTF-16 surrogate left alone: JSON can write one (``"\\ud83d"``), no text can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json(file: InputFile, what: str, source: Source | None = None) -> tuple[Any, str]:
    """Decode and parse ``file`` as JSON; one-line :class:`ChatFormatError` when it cannot be.

    Lone surrogate escapes (half an emoji, e.g. ``"\\ud83d"``) become U+FFFD, counted in
    ``source.warnings``.
    """
    text, encoding = decode(file.data, name=file.name)
    try:
        data = json.loads(text)
        return repair_surrogates(data, text, file, source), encoding
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
        raise ChatFormatError(f"{file.name}: JSON nested too deeply to be a {what}") from None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def repair_surrogates(data: Any, text: str, file: InputFile, source: Source | None) -> Any:
    """``data`` parsed from the JSON ``text`` with lone surrogates (``"\\ud83d"``: half of an
    emoji, which no text can hold) replaced by U+FFFD; how many goes into ``source.warnings``."""
    if not _SURROGATE_ESCAPE.search(text):
        return data
    data, n = _replace_surrogates(data)
    if n and source is not None:
        source.warnings.append(warn("broken_escapes", file=file.name, n=n))
    return data


def _replace_surrogates(data: Any) -> tuple[Any, int]:
    """``data`` (parsed JSON) with lone surrogates in its strings replaced by U+FFFD, and how many
    there were. Walks without recursion (the JSON may nest deeply)."""
    count = 0

    def fix(value: str) -> str:
        nonlocal count
        fixed, n = _SURROGATE.subn("\ufffd", value)
        count += n
        return fixed

    if isinstance(data, str):
        return fix(data), count
    stack = [data]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, str):
                if _SURROGATE.search(value):
                    node[key] = fix(value)
            elif isinstance(value, dict | list):
                stack.append(value)
    return data, count


def read_table(text: str, name: str, *, sep: str = ",", what: str = "table") -> pd.DataFrame:
    """A CSV/TSV text as a frame of strings (empty cells ""); ragged rows are an error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            return pd.read_csv(
                io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, index_col=False
            )
    except pd.errors.EmptyDataError:
        raise ChatFormatError(f"{name}: the {what} is empty") from None
    except pd.errors.ParserWarning:
        raise ChatFormatError(
            f"{name}: not a readable {what} (some rows have more cells than the header)"
        ) from None
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


#: The times a message may have: pandas' nanosecond times reach from 1677-09-21 to 2262-04-11;
#: whole years inside that, so that a conversion to any time zone stays inside too.
FIRST_TIME, END_TIME = pd.Timestamp("1678-01-01"), pd.Timestamp("2262-01-01")
YEARS = "1678-2261"
#: Epoch seconds beyond this are clipped (then refused as out of range) before conversion.
_EPOCH_CLIP_S = 9e12
_UNIT_S = {"s": 1.0, "ms": 1e3, "us": 1e6, "ns": 1e9}


def checked_times(
    stamps: Any, *, files: Sequence[str] | str, places: Sequence[int], unit: str = "record"
) -> pd.Series:
    """Every parser's times pass through here on their way into the messages table.

    ``stamps`` are datetimes of any resolution (naive, or zone-aware). Times outside
    1678-2261 are refused with one line naming the first one's file and ``unit`` (line or
    record) and how many there are: nothing wraps round and nothing escapes as an overflow.
    Returns ``datetime64[ns]`` (zone-aware input keeps its zone); NaT stays NaT.
    """
    ts = pd.Series(stamps).reset_index(drop=True)
    if not (isinstance(ts.dtype, pd.DatetimeTZDtype) or str(ts.dtype).startswith("datetime64")):
        ts = pd.to_datetime(ts, errors="coerce")
    zone = ts.dt.tz
    plain = ts.dt.tz_convert("UTC").dt.tz_localize(None) if zone is not None else ts
    outside = (plain < FIRST_TIME) | (plain >= END_TIME)
    if outside.any():
        at = np.flatnonzero(outside.to_numpy())
        first = int(at[0])
        name = files if isinstance(files, str) else list(files)[first]
        wall = ts.dt.tz_localize(None) if zone is not None else ts  # as the zone's clock shows it
        shown = np.datetime_as_string(wall.to_numpy()[first], unit="D")
        if not 1 <= abs(int(shown.split("-")[-3] or 0)) <= 9999:
            shown = "far from any calendar year"
        more = f" (and {len(at) - 1} more)" if len(at) > 1 else ""
        raise ChatFormatError(
            f"{name}: {unit} {list(places)[first]} has a date outside the years {YEARS} "
            f"({shown}){more}; check the export: this tool reads dates in that range only"
        )
    out = plain.astype("datetime64[ns]")
    return out.dt.tz_localize("UTC").dt.tz_convert(zone) if zone is not None else out


def epoch_times(values: Sequence[Any], *, unit: str, tz: str | None) -> pd.Series:
    """Epoch numbers (or numeric strings) to datetimes: naive UTC, or instants shown in ``tz``
    (zone-aware) so that sorting keeps the order of the instants across a DST change.

    Values that are missing or not numbers become NaT; values beyond any date are clipped (so
    :func:`checked_times` refuses them). The resolution is left as pandas gives it.
    """
    nums = pd.to_numeric(pd.Series(list(values), dtype="object"), errors="coerce")
    limit = _EPOCH_CLIP_S * _UNIT_S[unit]
    nums = nums.astype("float64").clip(-limit, limit)
    stamps = pd.to_datetime(nums, unit=unit, utc=True, errors="coerce")
    if tz:
        return stamps.dt.tz_convert(tz)
    return stamps.dt.tz_localize(None)


_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def iso_times(values: Sequence[Any], *, tz: str | None) -> pd.Series:
    """ISO 8601 strings to datetimes: the wall-clock time as written, or, with ``tz``, the
    instant shown in that zone (zone-aware; strings without an offset are read as UTC).
    Unreadable values become NaT.

    Without ``tz``, the result is naive (offset dropped) unless the written UTC offsets differ
    (a daylight-saving change): then, when one time zone gives every record its written offset
    (:func:`fitting_zone`), the times are zone-aware in it, so they read as written and still
    sort by instant across the change. Offsets no zone explains (a traveller's) are dropped."""
    raw = pd.Series(list(values), dtype="object").where(
        lambda s: s.map(lambda v: isinstance(v, str))
    )
    if tz:
        stamps = pd.to_datetime(raw, utc=True, errors="coerce", format="ISO8601")
        return stamps.dt.tz_convert(tz)
    local = pd.to_datetime(
        raw.str.replace(_OFFSET, "", regex=True), errors="coerce", format="ISO8601"
    )
    has_offset = raw.str.contains(_OFFSET, regex=True, na=False)
    if not has_offset.any():
        return local
    instants = pd.to_datetime(raw.where(has_offset), utc=True, errors="coerce", format="ISO8601")
    zone = fitting_zone(local.where(has_offset), instants)
    if zone is None:
        return local
    # records without an offset are wall-clock times of that zone
    return as_zone(local, zone).where(~has_offset, instants.dt.tz_convert(zone))


def fitting_zone(local: pd.Series, instants: pd.Series) -> str | None:
    """The time zone in which every instant reads as its written wall-clock time, when the
    written offsets differ; None when they are all the same or no zone fits. Of several zones
    that fit, the first by name (they show these times alike)."""
    ok = local.notna() & instants.notna()
    offsets = (local[ok] - instants[ok].dt.tz_localize(None)).to_numpy()
    if len(np.unique(offsets)) < 2:
        return None
    pairs = pd.DataFrame({"utc": instants[ok].dt.tz_localize(None).to_numpy(), "off": offsets})
    # one record per offset and day is enough to tell the zones apart
    pairs = pairs.assign(day=pairs["utc"].dt.normalize()).drop_duplicates(["off", "day"])
    probe = [
        (t.to_pydatetime().replace(tzinfo=dt.UTC), pd.Timedelta(o).to_pytimedelta())
        for t, o in pairs.drop_duplicates("off")[["utc", "off"]].itertuples(index=False)
    ]
    utc = pd.DatetimeIndex(pairs["utc"]).tz_localize("UTC")
    for zone in _zones():
        try:
            info = zoneinfo.ZoneInfo(zone)
            if any(t.astimezone(info).utcoffset() != o for t, o in probe):
                continue
            shown = utc.tz_convert(zone).tz_localize(None) - utc.tz_localize(None)
        except (KeyError, ValueError, zoneinfo.ZoneInfoNotFoundError):  # unreadable here
            continue
        if (shown.to_numpy() == pairs["off"].to_numpy()).all():
            return zone
    return None


@cache
def _zones() -> tuple[str, ...]:
    """IANA zone names: the most populous regions first (so a fit reads familiar), ``Etc/``
    and bare aliases last."""
    names = zoneinfo.available_timezones()
    first = ("Europe/", "America/", "Asia/", "Australia/", "Africa/", "Pacific/")

    def rank(z: str) -> tuple[int, str]:
        return next((i for i, p in enumerate(first) if z.startswith(p)), len(first)) + (
            10 if "/" not in z or z.startswith("Etc/") else 0
        ), z

    return tuple(sorted(names, key=rank))


def as_zone(stamps: pd.Series, tz: str | None) -> pd.Series:
    """Naive wall-clock times placed in ``tz`` (a wall-clock time a DST change makes ambiguous
    is read as the later one, a missing one shifted forward); others unchanged."""
    stamps = pd.Series(stamps).reset_index(drop=True)
    if not tz or stamps.dt.tz is not None:
        return stamps
    return stamps.dt.tz_localize(
        tz, ambiguous=np.zeros(len(stamps), dtype=bool), nonexistent="shift_forward"
    )


def fallback_times(
    primary: pd.Series,
    fallback: pd.Series,
    source: Source,
    file: InputFile,
    *,
    field: str,
    used: str,
) -> pd.Series:
    """``primary`` times, with ``fallback`` where a record has none (per record, not per file);
    the number of records that needed it goes into ``source.warnings``. Naive fallbacks next to
    zone-aware primaries are read as wall-clock times of that zone."""
    primary = pd.Series(primary).reset_index(drop=True)
    fallback = pd.Series(fallback).reset_index(drop=True)
    zone = primary.dt.tz
    if zone is not None:
        fallback = (
            as_zone(fallback, str(zone)) if fallback.dt.tz is None else fallback.dt.tz_convert(zone)
        )
    elif fallback.dt.tz is not None:
        fallback = fallback.dt.tz_localize(None)
    filled = primary.isna() & fallback.notna()
    n = int(filled.sum())
    if n:
        source.warnings.append(
            warn("time_from_fallback", file=file.name, n=n, field=field, used=used)
        )
    unit = "datetime64[us]" if zone is None else pd.DatetimeTZDtype("us", zone)
    return primary.astype(unit).where(~filled, fallback.astype(unit))


def record_frame(
    columns: dict[str, Sequence[Any]],
    source: Source,
    *,
    no_time_reason: str = "record without a readable time",
    unit: str = "record",
) -> pd.DataFrame:
    """Build the messages frame from record columns and do the record accounting in ``source``.

    ``columns`` holds equal-length sequences for timestamp, author, text, kind, source_file,
    source_line and optionally duration_s, edited, forwarded. Records with no time are skipped
    (counted under ``no_time_reason``); system notices lose their author; any other record with
    no author is skipped and counted. Adds ``_lines`` = 1 per record.
    """
    data = {
        k: (
            v
            if k == Col.TIMESTAMP
            else v.to_numpy()
            if isinstance(v, pd.Series | pd.Index)
            else pd.Series(list(v), dtype=object).to_numpy()
        )
        for k, v in columns.items()
    }
    stamps = checked_times(
        data[Col.TIMESTAMP], files=data[Col.SOURCE_FILE], places=data[Col.SOURCE_LINE], unit=unit
    )
    ts = stamps.to_numpy() if stamps.dt.tz is None else stamps.array
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
    frame = pd.DataFrame(
        {
            k: pd.Series(
                v[keep] if isinstance(v, np.ndarray) else np.asarray(v)[keep],
                dtype=None if k == Col.DURATION else object,
            )
            for k, v in data.items()
            if k != Col.TIMESTAMP
        }
    )
    frame.insert(0, Col.TIMESTAMP, stamps[keep].reset_index(drop=True))
    system = int(is_system[keep].sum())
    source.lines.system += system
    source.lines.header += int(keep.sum()) - system
    frame[LINES] = 1
    return normalize_messages(frame)


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate normalized frames and normalize again (categories differ between files)."""
    if len(frames) == 1:
        return frames[0]
    both = pd.concat(
        [
            f.astype({Col.AUTHOR: "object", Col.KIND: "object", Col.SOURCE_FILE: "object"})
            for f in frames
        ],
        ignore_index=True,
    )
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
