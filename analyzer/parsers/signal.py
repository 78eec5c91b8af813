"""Signal chats as signal-export (``sigexport``) writes them: ``chat.md`` and ``data.json``.

``data.json`` holds one JSON object per line, one per message: ``date`` (the exporter's local
time, ISO 8601), ``sender``, ``body`` (without the quote, which is its own field),
``attachments``, ``sticker``, ``reactions`` and the flags ``deleted``, ``call`` and ``missed``.
Kinds come from those fields (deleted, call, a sticker or attachments without text); a line that
is not such an object is an error naming it. Each record is one line of the accounting.

One message starts each line of the form ``[2019-12-24 12:23:05] Jane Doe: Hello`` (current
signal-export) or ``[2019-12-24, 12:23] Jane Doe: Hello`` (older exports); lines that do not
start a message continue the one above. Times are the exporter's local wall-clock time.

What signal-export adds to a message body is taken apart:

- a quoted message (``> ...`` lines at the start, between blank lines) is removed from the text:
  they are someone else's words;
- ``(- Name: emoji, ... -)`` reaction lines are removed (reactions are not messages);
- attachment links ``[file](./media/...)`` (``![...]`` for images) are removed; a message that was
  only attachments is ``media``; ``(( emoji ))`` or a link into ``exported_stickers/`` is a
  ``sticker``;
- ``(This message was deleted)`` is ``deleted``; ``Incoming/Outgoing/Missed ... call`` is
  ``call``;
- the two spaces signal-export puts at line ends (Markdown line breaks) are dropped.

The owner of the export is called ``Me``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parse_warnings import warn
from analyzer.parsers.base import InputFile, decode
from analyzer.parsers.records import (
    HEAD_CHARS,
    TextLines,
    checked_times,
    clean_names,
    concat_frames,
    folder_name,
    iso_times,
    record_frame,
    repair_surrogates,
    stem,
)
from analyzer.schema import LINES, Col, normalize_messages

HEADER = re.compile(
    r"^\[(?P<date>\d{4}-\d{2}-\d{2})(?P<comma>,?) (?P<time>\d{1,2}:\d{2}(?P<sec>:\d{2})?)\] "
    r"(?P<author>[^\n]+?):(?: |$)",
    re.MULTILINE,
)
_QUOTE = re.compile(r"\A\n*(?:> ?[^\n]*(?:\n|\Z))+\n*")
_REACTIONS = re.compile(r"\n?\(- [^\n]*? -\)[ \t]*$", re.MULTILINE)
_STICKER = re.compile(r"\n?\(\( [^\n]*? \)\)|\[[^\]\n]*\]\(\.\./exported_stickers/[^)\n]*\)")
_ATTACHMENT = re.compile(r"!?\[[^\]\n]*\]\(\./media/[^)\n]*\)")
_LINE_END_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)
_CALL = re.compile(r"^(?:Incoming|Outgoing|Missed)(?: voice| video)? call(?: \([^)\n]*\))?$")
DELETED = "(This message was deleted)"


def clean_body(body: str) -> tuple[str, str]:
    """Split what signal-export wrote after ``Name: `` into (kind, text)."""
    body = _QUOTE.sub("", body)
    body = _REACTIONS.sub("", body)
    sticker = bool(_STICKER.search(body))
    body = _STICKER.sub("", body)
    attachments = bool(_ATTACHMENT.search(body))
    body = _ATTACHMENT.sub("", body)
    text = _LINE_END_SPACES.sub("", body).strip("\n")
    if text == DELETED:
        return "deleted", ""
    if _CALL.match(text):
        return "call", text
    if not text and sticker:
        return "sticker", ""
    if not text and attachments:
        return "media", ""
    return "text", text


def _is_data_json(head: str) -> bool:
    """The first line of signal-export's data.json: an object with date, sender and body."""
    first = head.lstrip("\ufeff").lstrip().split("\n", 1)[0]
    try:
        record = json.loads(first)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(record, dict) and {"date", "sender", "body"} <= record.keys()


def _record_kind(record: dict) -> tuple[str, str]:
    """(kind, text) of one data.json record."""
    body = record.get("body")
    text = body.strip("\n") if isinstance(body, str) else ""
    if record.get("deleted") is True:
        return "deleted", ""
    if record.get("call") is True or record.get("missed") is True:
        return "call", text
    if not text and record.get("sticker"):
        return "sticker", ""
    if not text and record.get("attachments"):
        return "media", ""
    return "text", text


class SignalParser:
    name = "signal"
    title = "Signal (signal-export: chat.md or data.json)"
    example = "[2021-03-12 21:15:00] Sam: See you tomorrow!"
    extensions = (".md", ".txt", ".json")

    def detect(self, file: InputFile) -> float:
        if file.basename.lower().endswith(".json"):
            return 0.95 if _is_data_json(file.head(HEAD_CHARS)) else 0.0
        if not file.basename.lower().endswith((".md", ".txt")):
            return 0.0
        head = file.head(HEAD_CHARS)
        opening = [line for line in head.lstrip("\ufeff").split("\n") if line.strip()][:10]
        found = next((m for m in map(HEADER.match, opening) if m), None)
        if not found:
            return 0.0
        # "[2021-03-12, 21:15:02]" (comma and seconds) is how WhatsApp on iOS writes year-first
        # dates; Signal exports never combine the two.
        if found.group("comma") and found.group("sec"):
            return 0.3
        # WhatsApp in some locales writes "[2021-03-12 21:15(:02)]" too; signal-export's own marks
        # settle it: its chat.md name and the two spaces (Markdown line break) ending each body.
        headers = [line for line in opening if HEADER.match(line)]
        marked = sum(1 for line in headers if line.endswith("  "))
        if file.basename.lower().endswith(".md") or marked * 2 >= len(headers):
            return 0.97
        # No comma and no seconds: no signal-export version wrote that; WhatsApp on iOS does.
        if not found.group("comma") and not found.group("sec"):
            return 0.4
        return 0.9

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        # signal-export writes chat.md and data.json side by side: the same messages twice
        folders_with_json = {folder_name(f) for f in files if f.basename.lower() == "data.json"}
        twins = [
            f
            for f in files
            if f.basename.lower() == "chat.md" and folder_name(f) in folders_with_json
        ]
        files = [f for f in files if f not in twins]
        source = Source(format=self.name, files=[f.name for f in files])
        source.warnings.extend(warn("signal_twin", file=f.name) for f in twins)
        frames = [
            self._data_json(file, source)
            if file.basename.lower().endswith(".json")
            else self._one(file, source)
            for file in files
        ]
        first = files[0]
        named_by_folder = first.basename.lower() in ("chat.md", "data.json")
        source.chat_name = folder_name(first) if named_by_folder else stem(first)
        return concat_frames(frames), source

    def _data_json(self, file: InputFile, source: Source) -> pd.DataFrame:
        raw, source.encoding = decode(file.data, name=file.name)
        lines = TextLines(raw)
        records: list[dict] = []
        numbers: list[int] = []
        blank = 0
        for number, line in enumerate(lines.lines, start=1):
            if not line.strip():
                blank += 1
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError):
                record = None
            if not isinstance(record, dict):
                raise ChatFormatError(
                    f"{file.name}: line {number} is not a signal-export message (one JSON object "
                    "per line, as in data.json)"
                )
            records.append(record)
            numbers.append(number)
        records = repair_surrogates(records, raw, file, source)
        variant = "data.json"
        source.variant = ", ".join(
            sorted({variant} | ({source.variant} if source.variant else set()))
        )
        kinds_texts = [_record_kind(r) for r in records]
        frame = record_frame(
            {
                Col.TIMESTAMP: iso_times([r.get("date") for r in records], tz=None),
                Col.AUTHOR: [
                    r.get("sender") if isinstance(r.get("sender"), str) else None for r in records
                ],
                Col.TEXT: [t for _, t in kinds_texts],
                Col.KIND: [k for k, _ in kinds_texts],
                Col.SOURCE_FILE: [file.name] * len(records),
                Col.SOURCE_LINE: numbers,
            },
            source,
        )
        source.lines.total += blank
        source.lines.skip("blank line", blank)
        return frame

    def _one(self, file: InputFile, source: Source) -> pd.DataFrame:
        raw, source.encoding = decode(file.data, name=file.name)
        lines = TextLines(raw)
        text = lines.text
        matches = list(HEADER.finditer(text))
        if not matches and len(lines):
            raise ChatFormatError(
                f"{file.name}: no Signal message lines found; expected lines like '{self.example}'"
            )
        starts = lines.line_of([m.start() for m in matches])
        n_lines = len(lines)
        source.lines.total += n_lines
        first = int(starts[0]) if len(starts) else n_lines
        source.lines.skip("text before the first message", first)
        ends = np.append(starts[1:], n_lines)
        spans = (ends - starts).astype(int)
        source.lines.header += len(matches)
        source.lines.continuation += int(spans.sum() - len(matches))
        bodies = [
            text[m.end() : (matches[i + 1].start() if i + 1 < len(matches) else len(text))]
            for i, m in enumerate(matches)
        ]
        cleaned = [clean_body(b) for b in bodies]
        variant = {"[date, time]" if m.group("comma") else "[date time]" for m in matches}
        source.variant = ", ".join(
            sorted(variant | ({source.variant} if source.variant else set()))
        )
        stamps = checked_times(
            pd.to_datetime(
                pd.Series(
                    [f"{m.group('date')} {m.group('time')}" for m in matches], dtype="object"
                ),
                format="mixed",
                errors="coerce",
            ),
            files=file.name,
            places=starts + 1,
            unit="line",
        )
        bad = int(stamps.isna().sum())
        if bad:
            raise ChatFormatError(
                f"{file.name}: {bad} message lines have impossible dates or times"
            )
        frame = pd.DataFrame(
            {
                Col.TIMESTAMP: stamps.to_numpy(),
                Col.AUTHOR: clean_names([m.group("author") for m in matches]),
                Col.TEXT: [c[1] for c in cleaned],
                Col.KIND: [c[0] for c in cleaned],
                Col.SOURCE_FILE: [file.name] * len(matches),
                Col.SOURCE_LINE: starts + 1,
                LINES: spans,
            }
        )
        return normalize_messages(frame)


PARSER = SignalParser()
