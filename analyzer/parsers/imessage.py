"""iMessage conversations exported as text by imessage-exporter (``--format txt``).

Each message is a timestamp line, a sender line, then its body, then a blank line::

    May 17, 2022  5:29:42 PM (Read by them after 1 minute)
    Me
    Hello world

- the owner of the export is the sender ``Me``; others are the contact name or handle;
- the ``(Read by ...)`` note after the time is dropped; times are the exporter's local time;
- a timestamp line followed by more text on the same line (``... PM You named the conversation
  Trip``) is an announcement: a ``system`` notice;
- replies in a thread are written indented by four spaces under the message they answer; each
  becomes its own message at its own time (older exporter versions also wrote replies at top
  level: the indented copy of a reply found at top level too is skipped and counted);
- ``Reactions:``/``Tapbacks:`` blocks, ``Sent with ...`` effects and ``This message responded to
  an earlier message.`` are exporter notes, not words: they are skipped and counted;
- ``Edited ... later: text`` lines mark an ``edited`` message whose text is the last version;
- a body of only attachment paths (or ``Attachment missing!``) is ``media``; ``Sticker from``
  lines are ``sticker``; deletion notes are ``deleted``.
"""

from __future__ import annotations

import re
from typing import Any

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
    stem,
)
from analyzer.schema import LINES, Col, normalize_messages

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
STAMP = re.compile(
    rf"^(?P<indent>(?:    )*)(?P<ts>{_MONTH} {{1,2}}\d{{1,2}}, \d{{4}} "
    rf"{{1,2}}\d{{1,2}}:\d{{2}}:\d{{2}} [AP]M)"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_READ = re.compile(r"^ \((?:Read|Delivered) by [^\n]*\)$")
_NOTE = re.compile(
    r"^(?:This message responded to an earlier message\.|Reactions:|Tapbacks:"
    r"|Sent with (?:Confetti|Echo|Fireworks|Balloons|Heart|Lasers|Shooting Sta(?:r|rt)|Sparkles"
    r"|Spotlight|Slam|Loud|Gentle|Invisible Ink))$"
)
_EDITED = re.compile(r"^Edited .+? later: (?P<text>.*)$")
_FIRST_VERSION = re.compile(
    rf"^{_MONTH} {{1,2}}\d{{1,2}}, \d{{4}} {{1,2}}\d{{1,2}}:\d{{2}}:\d{{2}} [AP]M (?P<text>.*)$"
)
_ATTACHMENT = re.compile(
    r"^(?:Attachment missing!|\S*/(?:Library/Messages/Attachments|attachments)/.*"
    r"|\S+\.(?:jpe?g|png|gif|heic|heif|mov|mp4|m4a|caf|amr|pdf|webp|tiff?|"
    r"pluginPayloadAttachment))$",
    re.IGNORECASE,
)
_STICKER = re.compile(r"^(?:.* )?Sticker from ")
_DELETED = re.compile(
    r"^(?:This message was deleted from the conversation!|(?:You|They|Me|.+) deleted a message\.)$"
)
_TAPBACK_LINE = re.compile(
    r"^(?:Loved|Liked|Disliked|Laughed at|Emphasized|Questioned)\b|^\S.* by \S"
)


def _body(lines: list[str]) -> tuple[str, str, bool, int]:
    """(kind, text, edited, note_lines) from a message's body lines (indent already removed)."""
    kept: list[str] = []
    notes = 0
    in_reactions = False
    edited = False
    for line in lines:
        if line in ("Reactions:", "Tapbacks:"):
            in_reactions, notes = True, notes + 1
            continue
        if in_reactions and line and _TAPBACK_LINE.search(line):
            notes += 1
            continue
        in_reactions = False
        if _NOTE.match(line) and not _EDITED.match(line):
            notes += 1
            continue
        kept.append(line)
    versions = [m.group("text") for m in map(_EDITED.match, kept) if m]
    if versions:
        edited = True
        text = versions[-1]
    else:
        first = _FIRST_VERSION.match(kept[0]) if kept else None
        text = "\n".join(kept).strip("\n") if not first else first.group("text")
    content = [line for line in text.split("\n") if line.strip()]
    if content and all(_DELETED.match(line) for line in content):
        return "deleted", "", edited, notes
    if content and all(_STICKER.match(line) for line in content):
        return "sticker", "", edited, notes
    if content and all(_ATTACHMENT.match(line) for line in content):
        return "media", "", edited, notes
    body = "\n".join(line for line in text.split("\n") if not _ATTACHMENT.match(line) or not line)
    kind = "text" if body.strip() else "media"
    return kind, body.strip("\n"), edited, notes


class IMessageParser:
    name = "imessage"
    title = "iMessage (text export of imessage-exporter)"
    example = "May 17, 2022  5:29:42 PM (Read by them after 1 minute) / Me / See you tomorrow!"
    extensions = (".txt",)

    def detect(self, file: InputFile) -> float:
        if not file.basename.lower().endswith(".txt"):
            return 0.0
        head = file.head(HEAD_CHARS).lstrip("\ufeff")
        lines = head.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None or not STAMP.match(lines[first]):
            return 0.0
        stamps = len(STAMP.findall(head))
        return 0.9 if stamps >= 2 or len(lines) - first < 6 else 0.7

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        source = Source(
            format=self.name, variant="imessage-exporter txt", files=[f.name for f in files]
        )
        lenient = bool(options.get("lenient"))
        frames = [self._one(file, source, lenient) for file in files]
        source.chat_name = stem(files[0])
        return concat_frames(frames), source

    def _one(self, file: InputFile, source: Source, lenient: bool = False) -> pd.DataFrame:
        raw, source.encoding = decode(file.data, name=file.name)
        lines = TextLines(raw)
        matches = list(STAMP.finditer(lines.text))
        if not matches and len(lines):
            raise ChatFormatError(
                f"{file.name}: no iMessage timestamp lines found; expected a line like "
                "'May 17, 2022  5:29:42 PM' then the sender, then the text"
            )
        at = [int(i) for i in lines.line_of([m.start() for m in matches])]
        # An edited message's first version is written as "<time> <text>" right under the sender
        # line: that is body, not an announcement.
        kept: list[int] = []
        for i, m in enumerate(matches):
            if kept:
                j = kept[-1]
                opener = not matches[j].group("rest") or _READ.match(matches[j].group("rest"))
                if (
                    opener
                    and at[i] == at[j] + 2
                    and m.group("indent") == matches[j].group("indent")
                ):
                    continue
            kept.append(i)
        matches = [matches[i] for i in kept]
        starts = [at[i] for i in kept]
        total = len(lines)
        source.lines.total += total
        source.lines.skip("text before the first message", starts[0] if starts else total)
        rows: dict[str, list] = {
            k: []
            for k in ("ts", "author", "text", "kind", "line", "cont", "notes", "edited", "nested")
        }
        for i, m in enumerate(matches):
            start = starts[i]
            end = starts[i + 1] if i + 1 < len(starts) else total
            block = lines.lines[start:end]
            indent = m.group("indent")
            rest = m.group("rest")
            # Trailing blank lines separate messages.
            while len(block) > 1 and not block[-1].strip():
                block.pop()
                source.lines.skip("blank line between messages")
            if rest and not _READ.match(rest):
                rows["cont"].append(len(block) - 1)
                rows["notes"].append(0)
                rows["ts"].append(m.group("ts"))
                rows["author"].append(None)
                rows["text"].append(
                    "\n".join([rest.strip(), *(b.strip() for b in block[1:])]).strip()
                )
                rows["kind"].append("system")
                rows["edited"].append(False)
            else:
                if len(block) < 2:
                    source.lines.skip("timestamp with no sender", len(block))
                    continue
                body = [
                    line[len(indent) :] if line.startswith(indent) else line.lstrip()
                    for line in block[2:]
                ]
                kind, text, edited, notes = _body(body)
                rows["cont"].append(len(block) - 1 - notes)
                rows["notes"].append(notes)
                rows["ts"].append(m.group("ts"))
                rows["author"].append(block[1].strip())
                rows["text"].append(text)
                rows["kind"].append(kind)
                rows["edited"].append(edited)
            rows["line"].append(start + 1)
            rows["nested"].append(bool(indent))
        stamps = checked_times(
            pd.to_datetime(
                pd.Series(rows["ts"], dtype="object").str.replace(r"\s+", " ", regex=True),
                format="%b %d, %Y %I:%M:%S %p",
                errors="coerce",
            ),
            files=file.name,
            places=rows["line"],
            unit="line",
        )
        impossible = stamps.isna().to_numpy()
        if impossible.any():
            first = int(rows["line"][int(impossible.argmax())])
            n = int(impossible.sum())
            lines_are = f"{n} timestamp line{'s hold' if n != 1 else ' holds'} an impossible date"
            example = f"line {first}: {lines.lines[first - 1].strip()[:80]!r}"
            if not lenient:
                raise ChatFormatError(
                    f"{file.name}: {lines_are} ({example}); fix the date, or pass --lenient to "
                    "skip those messages"
                )
            loss = warn(
                "impossible_timestamps",
                file=file.name,
                n=n,
                line=first,
                quote=repr(lines.lines[first - 1].strip()[:80]),
            )
            source.losses.append(loss)
            source.warnings.append(loss)
        frame = pd.DataFrame(
            {
                Col.TIMESTAMP: stamps.to_numpy(),
                Col.AUTHOR: clean_names(rows["author"]),
                Col.TEXT: rows["text"],
                Col.KIND: rows["kind"],
                Col.SOURCE_FILE: [file.name] * len(rows["ts"]),
                Col.SOURCE_LINE: rows["line"],
                Col.EDITED: rows["edited"],
                LINES: [c + 1 for c in rows["cont"]],
            }
        )
        notes = pd.Series(rows["notes"], dtype="int64")
        nested = pd.Series(rows["nested"], dtype=bool)
        if impossible.any():
            source.lines.skip(
                "message with an impossible date",
                int(frame.loc[impossible, LINES].sum() + notes[impossible].sum()),
            )
            frame = frame.loc[~impossible].reset_index(drop=True)
            notes = notes[~impossible].reset_index(drop=True)
            nested = nested[~impossible].reset_index(drop=True)
        twice = (
            frame.duplicated([Col.TIMESTAMP, Col.AUTHOR, Col.TEXT], keep=False) & nested
        ).to_numpy()
        source.lines.skip(
            "reply also written at top level",
            int(frame.loc[twice, LINES].sum() + notes[twice].sum()),
        )
        frame, notes = frame.loc[~twice].reset_index(drop=True), notes[~twice]
        is_system = (frame[Col.KIND] == "system").to_numpy()
        source.lines.system += int(is_system.sum())
        source.lines.header += int((~is_system).sum())
        source.lines.continuation += int((frame[LINES] - 1).sum())
        source.lines.skip("exporter note (reactions, effects, reply marks)", int(notes.sum()))
        return normalize_messages(frame)


PARSER = IMessageParser()
