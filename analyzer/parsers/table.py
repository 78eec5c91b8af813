"""Any table of messages: CSV or TSV with a time, an author and a text column.

Columns are found by name, case and spacing ignored, in this order of preference (override
with the options ``time_col=``, ``author_col=``, ``text_col=``):

- time: time, timestamp, datetime, date_time, date, sent, sent_at, created_at, start;
  a ``date`` column next to a ``time`` column is combined with it;
- author: author, sender, from, name, speaker, user, username, participant, who;
- text: text, message, content, body, msg, utterance, transcript.

Optional columns: ``kind`` (values from the schema's kinds), ``duration_s``/``duration``
(seconds), ``edited`` and ``forwarded`` (true/false), so ``chat-balance parse -o messages.csv``
output reads back. The separator (comma, tab, semicolon) is taken from the header line.

Times: numbers are epoch seconds, or milliseconds when they are above 10^11 (read as UTC, or as
wall-clock time in the ``tz=`` zone); text is read as ISO 8601 first, else in any common
layout, day-first when ``date_order="dmy"`` is given or a first field is above 12. Rows whose
time cannot be read are skipped and counted; rows with no author are system notices. A file that
is not UTF-8 is read as Windows-1252 (what spreadsheets on Windows save), with a warning.
"""

from __future__ import annotations

import csv
import re
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parse_warnings import warn
from analyzer.parsers.base import InputFile, decode
from analyzer.parsers.records import (
    END_TIME,
    FIRST_TIME,
    HEAD_CHARS,
    check_tz,
    concat_frames,
    epoch_times,
    iso_times,
    read_table,
    record_frame,
    stem,
)
from analyzer.schema import KINDS, Col

TIME_NAMES = (
    "time",
    "timestamp",
    "datetime",
    "date_time",
    "date",
    "ts",
    "sent",
    "sent_at",
    "created_at",
    "start",
)
AUTHOR_NAMES = (
    "author",
    "sender",
    "from",
    "name",
    "speaker",
    "user",
    "username",
    "participant",
    "who",
)
TEXT_NAMES = ("text", "message", "content", "body", "msg", "utterance", "transcript")
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")
_DISCORD = re.compile(r'^"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?')


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _find(columns: list[str], wanted: tuple[str, ...]) -> str | None:
    keys = {_key(c): c for c in reversed(columns)}
    return next((keys[w] for w in wanted if w in keys), None)


def _separator(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (",", "\t", ";")}
    return max(counts, key=lambda s: counts[s])


def _header(head: str) -> str:
    return head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def parse_times(values: pd.Series, *, tz: str | None, dayfirst: bool) -> pd.Series:
    """Epoch numbers or written times to datetimes (NaT where unreadable): naive, or instants in
    ``tz`` (zone-aware) when it is given; the range is checked when the frame is built."""
    text = values.astype("object").where(values.astype("string").str.strip() != "", None)
    nums = pd.to_numeric(text, errors="coerce")
    if text.notna().any() and nums[text.notna()].notna().all():
        unit = "ms" if nums.abs().median() > 1e11 else "s"
        return epoch_times(nums, unit=unit, tz=tz)
    times = iso_times(text, tz=tz)
    retry = times.isna() & text.notna()
    if retry.any():
        other = pd.to_datetime(
            text.where(retry), errors="coerce", format="mixed", dayfirst=dayfirst, utc=bool(tz)
        )
        if tz:
            other = other.dt.tz_convert(tz)
        elif getattr(other.dt, "tz", None) is not None:
            other = other.dt.tz_localize(None)
        # pandas' guessing reads a stray "0A" as year 1: a guess, not a date, so it is unreadable.
        plain = other.dt.tz_convert(None) if tz else other
        other = other.where((plain >= FIRST_TIME) & (plain < END_TIME))
        unit = pd.DatetimeTZDtype("us", tz) if tz else "datetime64[us]"
        times = times.astype(unit).where(~retry, other.astype(unit))
    return times


class TableParser:
    name = "csv"
    title = "Any CSV or TSV table with time, author and text columns"
    example = "time,author,text / 2021-03-12 21:15,Sam,See you tomorrow!"
    extensions = (".csv", ".tsv")

    def detect(self, file: InputFile) -> float:
        if not file.basename.lower().endswith((".csv", ".tsv")):
            return 0.0
        header = _header(file.head(HEAD_CHARS))
        if _DISCORD.match(header):
            return 0.4  # DiscordChatExporter's CSV: its own parser knows it better
        cells = next(csv.reader([header], delimiter=_separator(header)), [])
        found = [_find(cells, names) for names in (TIME_NAMES, AUTHOR_NAMES, TEXT_NAMES)]
        if all(found):
            return 0.7
        return 0.3 if found[0] and (found[1] or found[2]) else 0.0

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        tz = check_tz(options.get("tz"))
        source = Source(format=self.name, files=[f.name for f in files])
        frames = [self._one(f, source, options, tz) for f in files]
        source.chat_name = stem(files[0])
        return concat_frames(frames), source

    def _one(self, file: InputFile, source: Source, options: dict, tz: str | None) -> pd.DataFrame:
        try:
            text, source.encoding = decode(file.data, name=file.name)
        except ChatFormatError as exc:
            # Spreadsheets on Windows save "CSV" as Windows-1252; read it so, and say so.
            try:
                text, source.encoding = file.data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise exc from None
            source.warnings.append(warn("cp1252", file=file.name))
        sep = "\t" if file.basename.lower().endswith(".tsv") else _separator(_header(text))
        source.variant = {"\t": "tsv", ",": "csv", ";": "csv (semicolons)"}[sep]
        table = read_table(text, file.name, sep=sep)
        columns = [str(c) for c in table.columns]
        shown = ", ".join(columns[:12])

        def pick(option: str, names: tuple[str, ...], role: str) -> str:
            given = options.get(option)
            if given is not None:
                if given not in table.columns:
                    raise ChatFormatError(
                        f"{file.name}: {option}={given!r} is not a column; the columns are: {shown}"
                    )
                return given
            found = _find(columns, names)
            if found is None:
                raise ChatFormatError(
                    f"{file.name}: no {role} column (looked for {', '.join(names[:6])}, ...); the "
                    f"columns are: {shown}; name it with {option}="
                )
            return found

        date_col, clock_col = _find(columns, ("date",)), _find(columns, ("time",))
        if options.get("time_col") is None and date_col and clock_col and date_col != clock_col:
            time_col = f"{date_col}+{clock_col}"
            when = table[date_col].str.strip() + " " + table[clock_col].str.strip()
        else:
            time_col = pick("time_col", TIME_NAMES, "time")
            when = table[time_col]
        author_col = pick("author_col", AUTHOR_NAMES, "author")
        text_col = pick("text_col", TEXT_NAMES, "text")
        dayfirst = self._date_order(when, options.get("date_order"), source)
        times = parse_times(when, tz=tz, dayfirst=dayfirst)
        unread = int((times.isna() & (when.str.strip() != "")).sum())
        if len(table) and unread > len(table) / 2:
            sample = when[times.isna()].iloc[0]
            raise ChatFormatError(
                f"{file.name}: cannot read the times in column {time_col!r} (e.g. {sample!r})"
            )
        authors = table[author_col].str.strip()
        kinds = np.where(authors == "", "system", "text")
        kind_col = _find(columns, ("kind",))
        if kind_col:
            given = table[kind_col].str.strip().str.lower()
            kinds = np.where(given.isin(KINDS), given, kinds)
        cols = {
            Col.TIMESTAMP: times,
            Col.AUTHOR: authors,
            Col.TEXT: table[text_col],
            Col.KIND: kinds,
            Col.SOURCE_FILE: [file.name] * len(table),
            Col.SOURCE_LINE: range(1, len(table) + 1),
        }
        duration_col = _find(columns, ("duration_s", "duration"))
        if duration_col:
            cols[Col.DURATION] = pd.to_numeric(table[duration_col], errors="coerce")
        for flag in (Col.EDITED, Col.FORWARDED):
            flag_col = _find(columns, (flag,))
            if flag_col:
                cols[flag] = table[flag_col].str.strip().str.lower().isin(("true", "1", "yes"))
        return record_frame(cols, source, no_time_reason="row without a readable time", unit="row")

    @staticmethod
    def _date_order(when: pd.Series, given: str | None, source: Source) -> bool:
        """Day first? From ``date_order=``, else from a field above 12 in ``d/m/y`` dates."""
        if given:
            source.date_order, source.date_order_reason = given, "given"
            return given.index("d") < given.index("m")  # any of the six orders
        parts = when.str.extract(_SLASHED).dropna().astype(int)
        if parts.empty:
            return False
        if (parts[0] > 12).any():
            source.date_order, source.date_order_reason = "dmy", "field > 12"
            return True
        source.date_order = "mdy"
        source.date_order_reason = "field > 12" if (parts[1] > 12).any() else "default"
        return False


PARSER = TableParser()
