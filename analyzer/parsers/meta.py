"""Facebook Messenger and Instagram JSON from Meta's "Download your information".

A chat is one or several ``message_N.json`` files in one folder (``message_1.json`` holds the
newest messages); they are merged and sorted by time, oldest first. Meta writes every file
newest-first, so the reversal is expected and not reported as out of order.

Classic exports (``sender_name``, ``timestamp_ms``, ``content``) and the newer end-to-end
encrypted Messenger exports (``senderName``, ``timestamp``, ``text``, ``isUnsent``, ``media``)
are both read.

- time: ``timestamp_ms`` is an instant (UTC, or wall-clock time in the ``tz=`` zone);
- text: Meta writes UTF-8 text as latin-1 escapes (``Ã©`` for é, broken emoji); each string is
  repaired by encoding it as latin-1 and decoding as UTF-8, where that round-trips;
- kind: ``is_unsent`` -> ``deleted``; ``photos``/``videos``/``gifs``/``audio_files``/``files``/
  ``share`` -> ``media``; ``sticker`` -> ``sticker``; ``call_duration`` or ``type: "Call"`` ->
  ``call``; ``type: "Subscribe"/"Unsubscribe"`` or a ``users`` list (joins and leaves) ->
  ``system``, as are group changes and reaction notices written as messages ("Sam named the
  group Trip", "Reacted ❤ to your message"); poll notices -> ``poll``; a record with no content,
  attachment or flag at all (a
  disappearing or view-once message whose content Meta did not export) -> ``view_once``;
- Meta's stand-in texts for attachments ("Sam sent an attachment.") are dropped from ``text``;
- reactions are not messages and are not counted as such.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parsers.base import InputFile
from analyzer.parsers.records import (
    HEAD_CHARS,
    check_tz,
    epoch_times,
    fallback_times,
    folder_name,
    load_json,
    record_frame,
    shape_error,
)
from analyzer.schema import Col

WHAT = "Messenger/Instagram message_N.json"
MEDIA_KEYS = ("photos", "videos", "gifs", "audio_files", "files", "share")
_STAND_IN = re.compile(
    r"^.{1,80} sent (?:an attachment|a photo|a video|a voice message|a GIF|a sticker|a link"
    r"|\d+ photos|an audio clip|a file)\.$"
)
#: Notices Meta writes as ordinary records (group changes, reactions): ``system``.
_NOTICE = re.compile(
    r"^(?:.{1,80} (?:named the group .+|changed the group photo\.?|left the group\.?|"
    r"joined the group\.?"
    r"|added .{1,80} to the group\.?|removed .{1,80} from the group\.?"
    r"|set (?:the|your|his|her|their) nickname .+|changed the (?:chat )?theme .*"
    r"|set the (?:quick reaction|emoji) .+|reacted .{1,16} to your message)"
    r"|Reacted .{1,16} to your message|Liked a message)$"
)
_POLL = re.compile(
    r"(?:poll has multiple updates\.|This poll is no longer available\.|created a poll:)"
)
_FILE_NO = re.compile(r"message_(\d+)\.json$", re.IGNORECASE)


def repair(value: Any) -> Any:
    """Undo Meta's mojibake: a string whose code points are all < 256 and whose latin-1 bytes are
    valid UTF-8 is decoded as UTF-8; anything else is returned unchanged."""
    if not isinstance(value, str) or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _classic_kind(rec: dict, content: str) -> str:
    if rec.get("is_unsent"):
        return "deleted"
    if rec.get("type") in ("Subscribe", "Unsubscribe") or "users" in rec:
        return "system"
    if rec.get("type") == "Call" or "call_duration" in rec:
        return "call"
    if "sticker" in rec:
        return "sticker"
    if any(rec.get(key) for key in MEDIA_KEYS):
        return "media"
    if content and _POLL.search(content):
        return "poll"
    if not content:
        return "view_once"
    if _NOTICE.match(content):
        return "system"
    return "text"


def _e2ee_kind(rec: dict, content: str) -> str:
    if rec.get("isUnsent"):
        return "deleted"
    if rec.get("media"):
        return "media"
    if not content:
        return "view_once"
    return "text"


def _sort_key(file: InputFile) -> tuple[int, str]:
    found = _FILE_NO.search(file.basename)
    return (int(found.group(1)) if found else 0, file.name)


def _thread(file: InputFile) -> str:
    path = file.name.replace("\\", "/")
    return path.rsplit("/", 1)[0] if "/" in path else ""


def pick_thread(files: list[InputFile], choice: Any) -> list[InputFile]:
    """The files of one conversation. A download holding several conversation folders needs
    ``chat=`` (the folder name, e.g. ``zoe_123``, or its part before the number, ``zoe``)."""
    threads: dict[str, list[InputFile]] = {}
    for file in files:
        threads.setdefault(_thread(file), []).append(file)
    if len(threads) == 1:
        return files
    names = {key: key.rsplit("/", 1)[-1] for key in threads}
    if choice is not None:
        wanted = str(choice).strip().casefold()
        found = [k for k, n in names.items() if n.casefold() == wanted]
        found = found or [k for k, n in names.items() if n.rsplit("_", 1)[0].casefold() == wanted]
        if len(found) == 1:
            return threads[found[0]]
    listing = ", ".join(sorted(names.values())[:20])
    more = f" and {len(names) - 20} more" if len(names) > 20 else ""
    ask = (
        "choose one with --chat FOLDER (chat= in Python)"
        if choice is None
        else f"no single conversation matches {choice!r}"
    )
    raise ChatFormatError(
        f"{files[0].name.rsplit(':', 1)[0]}: holds {len(names)} conversations; {ask}: "
        f"{listing}{more}"
    )


class MetaParser:
    name = "meta"
    title = "Facebook Messenger and Instagram (message_N.json from Download your information)"
    example = (
        '{"sender_name": "Sam", "timestamp_ms": 1615583700000, "content": "See you tomorrow!"}'
    )
    extensions = (".json",)

    def detect(self, file: InputFile) -> float:
        if not file.basename.lower().endswith(".json"):
            return 0.0
        head = file.head(HEAD_CHARS).lstrip("\ufeff \t\r\n")
        if not head.startswith("{") or '"messages"' not in head:
            return 0.0
        if '"sender_name"' in head and '"timestamp_ms"' in head:
            return 0.95
        if '"senderName"' in head and '"timestamp"' in head:
            return 0.9
        if '"participants"' in head and '"thread_path"' in head:
            return 0.8
        return 0.0

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        tz = check_tz(options.get("tz"))
        files = pick_thread(files, options.get("chat"))
        source = Source(format=self.name, files=[f.name for f in files])
        cols: dict[str, list] = {
            c: []
            for c in (
                Col.TIMESTAMP,
                Col.AUTHOR,
                Col.TEXT,
                Col.KIND,
                Col.SOURCE_FILE,
                Col.SOURCE_LINE,
            )
        }
        stamps: list[pd.Series] = []
        variants, titles = set(), []
        # Oldest file first (highest N), each file's records reversed: chronological file order.
        for file in sorted(files, key=_sort_key, reverse=True):
            data, source.encoding = load_json(file, WHAT, source)
            messages = data.get("messages") if isinstance(data, dict) else None
            if not isinstance(messages, list):
                raise shape_error(file, f"a {WHAT}: an object with a 'messages' list")
            recs = [r if isinstance(r, dict) else {} for r in messages][::-1]
            lines = list(range(len(recs), 0, -1))
            e2ee = any("senderName" in r for r in recs[:50])
            if e2ee:
                variants.add("messenger end-to-end encrypted export")
                contents = [
                    repair(r.get("text")) if isinstance(r.get("text"), str) else "" for r in recs
                ]
                kinds = [_e2ee_kind(r, c) for r, c in zip(recs, contents, strict=True)]
                authors = [repair(r.get("senderName")) for r in recs]
                stamps.append(
                    fallback_times(
                        epoch_times([r.get("timestamp") for r in recs], unit="ms", tz=tz),
                        epoch_times([r.get("timestamp_ms") for r in recs], unit="ms", tz=tz),
                        source,
                        file,
                        field="timestamp",
                        used="timestamp_ms",
                    )
                )
                titles.append(str(repair(data.get("threadName") or "")))
            else:
                lower = file.name.lower()
                variants.add(
                    "instagram"
                    if "instagram" in lower
                    else "messenger"
                    if ("facebook" in lower or "messenger" in lower)
                    else "messenger or instagram"
                )
                contents = [
                    repair(r.get("content")) if isinstance(r.get("content"), str) else ""
                    for r in recs
                ]
                kinds = [_classic_kind(r, c) for r, c in zip(recs, contents, strict=True)]
                authors = [repair(r.get("sender_name")) for r in recs]
                stamps.append(
                    fallback_times(
                        epoch_times([r.get("timestamp_ms") for r in recs], unit="ms", tz=tz),
                        epoch_times([r.get("timestamp") for r in recs], unit="s", tz=tz),
                        source,
                        file,
                        field="timestamp_ms",
                        used="timestamp (seconds)",
                    )
                )
                titles.append(str(repair(data.get("title") or "")))
            texts = [
                "" if (k in ("media", "sticker") and _STAND_IN.match(c)) else c
                for k, c in zip(kinds, contents, strict=True)
            ]
            cols[Col.AUTHOR] += authors
            cols[Col.TEXT] += texts
            cols[Col.KIND] += kinds
            cols[Col.SOURCE_FILE] += [file.name] * len(recs)
            cols[Col.SOURCE_LINE] += lines
        times = (
            pd.concat(stamps, ignore_index=True)
            if stamps
            else pd.Series([], dtype="datetime64[ns]")
        )
        instants = times.dt.tz_convert(None) if times.dt.tz is not None else times
        order = np.argsort(instants.to_numpy(), kind="stable")  # by instant; NaT sorts last
        cols = {
            k: pd.Series(v, dtype=object).to_numpy()[order]
            for k, v in cols.items()
            if k != Col.TIMESTAMP
        }
        cols[Col.TIMESTAMP] = times.iloc[order].reset_index(drop=True)
        source.variant = ", ".join(sorted(variants))
        source.chat_name = next((t for t in titles if t), folder_name(files[0]))
        frame = record_frame(cols, source)
        return frame, source


PARSER = MetaParser()
