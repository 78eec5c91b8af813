"""Discord channels and DMs exported with DiscordChatExporter (its JSON and its CSV).

JSON: ``{"guild", "channel", "messages": [{"type", "timestamp", "timestampEdited", "content",
"author": {"name", "nickname", ...}, "attachments", "stickers", ...}]}``.
CSV: the header ``AuthorID,Author,Date,Content,Attachments,Reactions``.

- author: the member's server **nickname** when there is one, else the user name: that is the
  name the app shows beside each message (CSV rows carry only the one name the exporter wrote);
- time: ``timestamp`` carries the exporter's UTC offset; the wall-clock time as written is kept
  (offset dropped; when the offsets change at a summer-time change, in a zone that fits them all,
  so the order stays that of the instants: ``records.iso_times``), or, with the ``tz=`` option,
  the instant is shown in that zone;
- kind: ``Default`` and ``Reply`` messages are ``text``, or ``media`` when they are only
  attachments, ``sticker`` when only stickers; ``Call`` is ``call`` (its caller as author);
  every other type (member joins, pins, name and icon changes, thread creation, recipients
  added or removed) is ``system``;
- ``edited``: ``timestampEdited`` is set.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parsers.base import InputFile, decode
from analyzer.parsers.records import (
    HEAD_CHARS,
    as_zone,
    check_tz,
    concat_frames,
    epoch_times,
    fallback_times,
    iso_times,
    load_json,
    read_table,
    record_frame,
    shape_error,
    stem,
)
from analyzer.schema import Col

WHAT = "DiscordChatExporter JSON export"
MESSAGE_TYPES = frozenset({"Default", "Reply"})
CSV_HEADER = ("AuthorID", "Author", "Date", "Content", "Attachments", "Reactions")
_CSV_HEAD = re.compile(r'^\ufeff?"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?')


def _author(rec: dict) -> Any:
    author = rec.get("author")
    if not isinstance(author, dict):
        return None
    return author.get("nickname") or author.get("name")


def _kind(rec: dict) -> str:
    kind = rec.get("type", "Default")
    kind = kind if isinstance(kind, str) else "Default"
    if kind == "Call":
        return "call"
    if kind not in MESSAGE_TYPES:
        return "system"
    if str(rec.get("content") or "").strip():
        return "text"
    if rec.get("attachments") or rec.get("embeds"):
        return "media"
    if rec.get("stickers"):
        return "sticker"
    return "text"


def _system_text(rec: dict, author: Any) -> str:
    """E.g. ``"Sam: channel pinned message (Pinned a message.)"``."""
    event = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(rec.get("type", ""))).lower()
    content = str(rec.get("content") or "").strip()
    text = f"{author}: {event}" if author else event
    return f"{text} ({content})" if content else text


#: Discord ids ("snowflakes") hold the milliseconds since this epoch in their top 42 bits.
DISCORD_EPOCH_MS = 1_420_070_400_000


def snowflake_times(ids: list, *, tz: str | None) -> pd.Series:
    """The creation time held in each Discord message id (NaT where there is no numeric id)."""
    ms = []
    for value in ids:
        text = str(value) if isinstance(value, int | str) else ""
        ms.append(
            (int(text) >> 22) + DISCORD_EPOCH_MS if text.isdigit() and len(text) < 25 else None
        )
    return epoch_times(ms, unit="ms", tz=tz)


class DiscordParser:
    name = "discord"
    title = "Discord (DiscordChatExporter JSON or CSV)"
    example = (
        '{"type": "Default", "timestamp": "2021-03-12T21:15:00+00:00", '
        '"content": "See you tomorrow!", "author": {"name": "sam"}}'
    )
    extensions = (".json", ".csv")

    def detect(self, file: InputFile) -> float:
        base = file.basename.lower()
        head = file.head(HEAD_CHARS)
        if base.endswith(".csv"):
            return 0.95 if _CSV_HEAD.match(head) else 0.0
        if not base.endswith(".json"):
            return 0.0
        head = head.lstrip("\ufeff \t\r\n")
        if not head.startswith("{") or '"messages"' not in head:
            return 0.0
        score = 0.0
        if '"guild"' in head and '"channel"' in head:
            score += 0.6
        if re.search(r'"author"\s*:\s*\{', head) and '"timestamp"' in head:
            score += 0.35
        return min(score, 0.95)

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        tz = check_tz(options.get("tz"))
        source = Source(format=self.name, files=[f.name for f in files])
        frames, variants, names = [], set(), []
        for file in files:
            if file.basename.lower().endswith(".csv"):
                variants.add("csv")
                frames.append(self._csv(file, tz, source))
                names.append(stem(file))
            else:
                variants.add("json")
                frame, name = self._json(file, tz, source)
                frames.append(frame)
                names.append(name)
        source.variant = ", ".join(sorted(variants))
        source.chat_name = next((n for n in names if n), "")
        return concat_frames(frames), source

    def _json(self, file: InputFile, tz: str | None, source: Source) -> tuple[pd.DataFrame, str]:
        data, source.encoding = load_json(file, WHAT, source)
        messages = data.get("messages") if isinstance(data, dict) else None
        if not isinstance(messages, list):
            raise shape_error(file, f"a {WHAT}: an object with a 'messages' list")
        recs = [r if isinstance(r, dict) else {} for r in messages]
        authors = [_author(r) for r in recs]
        kinds = [_kind(r) for r in recs]
        texts = [
            _system_text(r, a) if k == "system" else str(r.get("content") or "")
            for r, a, k in zip(recs, authors, kinds, strict=True)
        ]
        columns = {
            Col.TIMESTAMP: fallback_times(
                iso_times([r.get("timestamp") for r in recs], tz=tz),
                snowflake_times([r.get("id") for r in recs], tz=tz),
                source,
                file,
                field="timestamp",
                used="the message id (Discord ids hold their time)",
            ),
            Col.AUTHOR: authors,
            Col.TEXT: texts,
            Col.KIND: kinds,
            Col.SOURCE_FILE: [file.name] * len(recs),
            Col.SOURCE_LINE: range(1, len(recs) + 1),
            Col.EDITED: [bool(r.get("timestampEdited")) for r in recs],
        }
        channel = data.get("channel") if isinstance(data.get("channel"), dict) else {}
        guild = data.get("guild") if isinstance(data.get("guild"), dict) else {}
        parts = [guild.get("name"), channel.get("category"), channel.get("name")]
        if guild.get("name") == "Direct Messages":
            parts = [channel.get("name")]
        name = " / ".join(str(p) for p in parts if p)
        return record_frame(columns, source), name

    def _csv(self, file: InputFile, tz: str | None, source: Source) -> pd.DataFrame:
        text, source.encoding = decode(file.data, name=file.name)
        table = read_table(text, file.name, what="DiscordChatExporter CSV")
        missing = [c for c in ("Author", "Date", "Content") if c not in table.columns]
        if missing:
            raise ChatFormatError(f"{file.name}: DiscordChatExporter CSV lacks columns {missing}")
        dates = table["Date"]
        times = iso_times(dates, tz=tz)
        # Old exporter versions wrote e.g. "12-Mar-21 09:15 PM".
        retry = times.isna() & (dates != "").to_numpy()
        if retry.any():
            # The ISO times may be zone-aware without tz= (offsets that change at a summer-time
            # change, see iso_times): the old-style times join them in that same zone.
            zone = times.dt.tz
            old = pd.to_datetime(dates.where(retry), errors="coerce", format="mixed")
            old = as_zone(old, str(zone)) if zone is not None else old
            unit = pd.DatetimeTZDtype("us", zone) if zone is not None else "datetime64[us]"
            times = times.astype(unit).where(~retry, old.astype(unit))
        content = table["Content"]
        attachments = (
            table["Attachments"] if "Attachments" in table else pd.Series([""] * len(table))
        )
        kinds = [
            "media" if (not c.strip() and a.strip()) else "text"
            for c, a in zip(content, attachments, strict=True)
        ]
        columns = {
            Col.TIMESTAMP: times,
            Col.AUTHOR: table["Author"],
            Col.TEXT: content,
            Col.KIND: kinds,
            Col.SOURCE_FILE: [file.name] * len(table),
            Col.SOURCE_LINE: range(1, len(table) + 1),
        }
        return record_frame(columns, source)


PARSER = DiscordParser()
