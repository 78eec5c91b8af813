"""Telegram Desktop JSON exports: one chat's ``result.json`` or the full-account export.

Reads ``{"name", "type", "id", "messages": [...]}`` (one chat) and
``{"chats": {"list": [chat, ...]}, "left_chats": {...}}`` (whole account; pick one chat with the
``chat=`` option, by name or id; with several chats and no choice the error lists them).

Per message record:

- time: ``date_unixtime`` (an instant, read as UTC, or as wall-clock time in the ``tz=`` zone)
  when every record has it, else ``date`` (the exporter's wall-clock time) for all;
- author: ``from`` (``from_id`` when the name is empty, e.g. deleted accounts); service records
  use ``actor``;
- text: ``text`` as a string or a list of strings and entities (``{"type", "text"}``) joined;
- kind: ``type: "service"`` records become ``call`` (``phone_call``, ``group_call`` ...) or
  ``system`` (joins, pins, title changes, everything else); ``photo`` / ``file`` / voice and
  video notes / animations are ``media``, ``media_type: "sticker"`` is ``sticker``,
  ``location_information`` ``location``, ``contact_information`` ``contact``, ``poll`` ``poll``;
- ``duration_s``: ``duration_seconds`` of voice and video notes (not of calls: a call's length
  is not one person's talk);
- ``edited``: the record has ``edited``; ``forwarded``: it has ``forwarded_from``.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parsers import telegram_html
from analyzer.parsers.base import InputFile
from analyzer.parsers.records import (
    HEAD_CHARS,
    check_tz,
    concat_frames,
    epoch_times,
    fallback_times,
    iso_times,
    load_json,
    record_frame,
    shape_error,
)
from analyzer.schema import Col

CALL_ACTIONS = frozenset({
    "phone_call", "group_call", "invite_to_group_call", "group_call_scheduled",
})  # fmt: skip
NOTE_MEDIA = frozenset({"voice_message", "video_message"})
MEDIA_TYPES = frozenset({"video_file", "animation", "audio_file", "voice_message", "video_message"})

_DETECT = (
    re.compile(r'"date_unixtime"\s*:'),
    re.compile(r'"type"\s*:\s*"(?:message|service)"'),
    re.compile(r'"from_id"\s*:\s*"(?:user|channel|chat)'),
    re.compile(r'"(?:personal_chat|private_group|private_supergroup|saved_messages|bot_chat)"'),
)
WHAT = "Telegram Desktop export (result.json)"


def message_text(value: Any) -> str:
    """``text`` as Telegram writes it: a string, or a list of strings and ``{"text": ...}``."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part
            if isinstance(part, str)
            else str(part.get("text", ""))
            if isinstance(part, dict)
            else ""
            for part in value
        )
    return ""


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _kind(rec: dict) -> str:
    if rec.get("type") == "service":
        return "call" if _str(rec.get("action")) in CALL_ACTIONS else "system"
    media_type = _str(rec.get("media_type"))
    if media_type == "sticker":
        return "sticker"
    if "poll" in rec:
        return "poll"
    if "location_information" in rec or "live_location_period_seconds" in rec:
        return "location"
    if "contact_information" in rec or "contact_vcard" in rec:
        return "contact"
    if "photo" in rec or "file" in rec or media_type in MEDIA_TYPES:
        return "media"
    return "text"


def _service_text(rec: dict) -> str:
    """E.g. ``"Kim: invite members (Lou)"``, ``"Ana: phone call (95 s)"``."""
    action = str(rec.get("action") or "service message").replace("_", " ")
    details = [str(rec["title"])] if rec.get("title") else []
    members = rec.get("members")
    if isinstance(members, list) and members:
        details.append(", ".join(str(m) for m in members if m))
    if isinstance(rec.get("duration_seconds"), int | float):
        details.append(f"{rec['duration_seconds']} s")
    text = f"{rec['actor']}: {action}" if rec.get("actor") else action
    return f"{text} ({'; '.join(details)})" if details else text


def _author(rec: dict) -> Any:
    if rec.get("type") == "service":
        return rec.get("actor") or rec.get("actor_id")
    return rec.get("from") or rec.get("from_id")


def _chat_label(chat: dict) -> str:
    messages = len(chat.get("messages") or [])
    return f"{chat.get('name') or '(no name)'} (id {chat.get('id')}, {messages} messages)"


def _names(chats: list[dict]) -> list[str]:
    """The chats' names (titles, often a person's name), for an error that lists them."""
    return [str(c["name"]) for c in chats if c.get("name")]


def pick_chat(data: dict, file: InputFile, choice: Any) -> tuple[dict, str]:
    """The chat to read and the variant name; ``choice`` is the ``chat=`` option."""
    if isinstance(data.get("messages"), list):
        return data, "single chat"
    chats = data.get("chats")
    if not isinstance(chats, dict) or not isinstance(chats.get("list"), list):
        raise shape_error(
            file, f"a {WHAT}: an object with a 'messages' list or 'chats': {{'list': [...]}}"
        )
    candidates = [c for c in chats["list"] if isinstance(c, dict)]
    left = data.get("left_chats")
    if isinstance(left, dict) and isinstance(left.get("list"), list):
        candidates += [c for c in left["list"] if isinstance(c, dict)]
    candidates = [c for c in candidates if isinstance(c.get("messages"), list)]
    if not candidates:
        raise ChatFormatError(
            f"{file.name}: this Telegram account export holds no chat with messages"
        )
    if choice is None:
        if len(candidates) == 1:
            return candidates[0], "full account export"
        listing = "; ".join(_chat_label(c) for c in candidates[:20])
        more = f"; and {len(candidates) - 20} more" if len(candidates) > 20 else ""
        raise ChatFormatError(
            f"{file.name}: this Telegram export holds {len(candidates)} chats; choose one with "
            f"--chat NAME or --chat ID (chat= in Python): {listing}{more}",
            names=_names(candidates[:20]),
        )
    wanted = str(choice).strip()
    for test in (
        lambda c: str(c.get("id")) == wanted,
        lambda c: str(c.get("name") or "") == wanted,
        lambda c: str(c.get("name") or "").casefold() == wanted.casefold(),
    ):
        found = [c for c in candidates if test(c)]
        if len(found) == 1:
            return found[0], "full account export"
        if len(found) > 1:
            listing = "; ".join(_chat_label(c) for c in found)
            raise ChatFormatError(
                f"{file.name}: several chats match {wanted!r}; choose by id: {listing}",
                names=_names(found),
            )
    listing = "; ".join(_chat_label(c) for c in candidates[:20])
    raise ChatFormatError(
        f"{file.name}: no chat named or numbered {wanted!r}; the chats are: {listing}",
        names=_names(candidates[:20]),
    )


class TelegramParser:
    name = "telegram"
    title = (
        "Telegram Desktop (JSON: one chat's result.json or the full-account export; "
        "HTML: messages.html)"
    )
    example = (
        '{"type": "message", "date_unixtime": "1615583700", "from": "Sam", '
        '"text": "See you tomorrow!"}'
    )
    extensions = (".json", ".html")

    def detect(self, file: InputFile) -> float:
        if file.basename.lower().endswith(".html"):
            return 0.95 if telegram_html.looks_like_page(file) else 0.0
        if not file.basename.lower().endswith(".json"):
            return 0.0
        head = file.head(HEAD_CHARS).lstrip("\ufeff \t\r\n")
        if not head.startswith("{"):
            return 0.0
        if re.match(r'\{\s*"about"\s*:', head) and '"personal_information"' in head:
            return 0.9  # full-account export: contacts and more may fill the head before "chats"
        hits = sum(1 for pattern in _DETECT if pattern.search(head))
        has_messages = '"messages"' in head or '"chats"' in head
        if not has_messages or hits == 0:
            return 0.0
        return 0.95 if hits >= 2 else 0.7

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        tz = check_tz(options.get("tz"))
        source = Source(format=self.name, files=[f.name for f in files])
        pages = [f for f in files if f.basename.lower().endswith(".html")]
        if pages:
            if len(pages) != len(files):
                raise ChatFormatError(
                    "give either the HTML pages or the JSON of a Telegram chat, not both"
                )
            frame, name = telegram_html.parse_pages(pages, source, tz)
            source.variant = "html export"
            source.chat_name = name
            return frame, source
        frames, variants, names = [], [], []
        for file in files:
            data, encoding = load_json(file, WHAT, source)
            source.encoding = encoding
            if not isinstance(data, dict):
                raise shape_error(file, f"a {WHAT}: a JSON object, not a {type(data).__name__}")
            chat, variant = pick_chat(data, file, options.get("chat"))
            variants.append(variant)
            if chat.get("id") is not None:
                source.chat_keys.append(str(chat.get("id")))
            names.append(
                str(
                    chat.get("name")
                    or ("Saved Messages" if chat.get("type") == "saved_messages" else "")
                )
            )
            frames.append(self._frame(chat["messages"], file, tz, source))
        source.variant = ", ".join(sorted(set(variants)))
        source.chat_name = next((n for n in names if n), "")
        return concat_frames(frames), source

    def _frame(self, raw: list, file: InputFile, tz: str | None, source: Source) -> pd.DataFrame:
        recs = [r if isinstance(r, dict) else {} for r in raw]
        bad = sum(1 for r in raw if not isinstance(r, dict))
        if bad == len(raw) and raw:
            raise shape_error(file, f"a {WHAT}: 'messages' should hold objects")
        times = epoch_times([r.get("date_unixtime") for r in recs], unit="s", tz=tz)
        if times.isna().any():  # per record: 'date' (the exporter's local time) where it lacks one
            dates = pd.Series(
                [r.get("date") if isinstance(r.get("date"), str) else None for r in recs],
                dtype="object",
            )
            local = iso_times(dates, tz=None)  # as written; mixed offsets are dropped, not an error
            times = fallback_times(
                times,
                local,
                source,
                file,
                field="date_unixtime",
                used="'date' (the exporter's local time)",
            )
        kinds = [_kind(r) for r in recs]
        texts = [
            _service_text(r) if r.get("type") == "service" else message_text(r.get("text"))
            for r in recs
        ]
        durations = [
            float(r["duration_seconds"])
            if _str(r.get("media_type")) in NOTE_MEDIA
            and isinstance(r.get("duration_seconds"), int | float)
            else float("nan")
            for r in recs
        ]
        columns = {
            Col.TIMESTAMP: times,
            Col.AUTHOR: [_author(r) for r in recs],
            Col.TEXT: texts,
            Col.KIND: kinds,
            Col.SOURCE_FILE: [file.name] * len(recs),
            Col.SOURCE_LINE: range(1, len(recs) + 1),
            Col.DURATION: durations,
            Col.EDITED: ["edited" in r or "edited_unixtime" in r for r in recs],
            Col.FORWARDED: ["forwarded_from" in r for r in recs],
        }
        # Records that are not objects have no time: they are skipped and counted.
        return record_frame(columns, source, no_time_reason="record without a readable date")


PARSER = TelegramParser()
