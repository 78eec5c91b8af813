"""Speaker-labelled transcripts, where talk time is literal: WebVTT, SRT and plain scripts.

Variants:

- ``webvtt (teams)``: Microsoft Teams cues ``<v Sam Lee>See you tomorrow!</v>``;
- ``webvtt (zoom)``: Zoom cues ``Sam Lee: See you tomorrow!``;
- ``srt``: SubRip cues whose text starts with ``Name:``;
- ``script``: one ``Name: text`` line per utterance, optionally led by a time (``[00:01:23]``,
  ``00:01:23``, ``01:23``); lines that do not start that way continue the utterance above.

Each cue is one message (consecutive cues of one speaker stay separate; turns merge them later)
with ``duration_s`` = end - start, computed in whole milliseconds, so it is exact. A cue with no
speaker continues the speaker of the cue before it (counted in ``Source.warnings``).

Times: cue and script times are offsets from the start of the recording; the timestamp is that
offset added to a base date: the ``base_date=`` option when given, else the recording start in a
Zoom file name (``GMT20230512-150000...``, UTC), else 1970-01-01 00:00:00 (the variant then says
"times from 1970-01-01"). Script lines without a time take the time of the line above (the base
when none has one); scripts give no end times, so their ``duration_s`` is missing.

Cues that end before they start, or a cue overlapping the previous cue of the same speaker (one
person cannot say two things at once: the file is damaged), are errors; different speakers may
overlap (cross-talk).
"""

from __future__ import annotations

import html
import re
from typing import Any

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError, SettingsError
from analyzer.parse_warnings import warn
from analyzer.parsers.base import InputFile, decode
from analyzer.parsers.records import (
    END_TIME,
    FIRST_TIME,
    HEAD_CHARS,
    YEARS,
    TextLines,
    checked_times,
    clean_names,
    concat_frames,
    stem,
)
from analyzer.schema import LINES, Col, normalize_messages

_T = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
TIMING = re.compile(rf"^\s*{_T}\s+-->\s+{_T}(?:\s.*)?$")
VOICE = re.compile(r"<v(?:\.[^\s>]+)*\s+([^>]+)>")
TAG = re.compile(r"</?[^>\n]*>")
NAME_PREFIX = re.compile(
    r"^(?:-\s*)?(?P<name>[^\W\d_][^:\n<>\[\]]{0,59}?):\s+(?P<text>.*)$", re.DOTALL
)
SCRIPT = re.compile(
    r"^(?:[\[(]?(?P<ts>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?\s+(?:-\s+)?)?"
    r"(?P<name>[^\W\d_][^:\n\[\]]{0,59}?):[ \t]+(?P<text>\S.*)$"
)
ZOOM_NAME = re.compile(r"GMT(\d{8})-(\d{6})")
BASE = pd.Timestamp("1970-01-01")
_SRT_START = re.compile(r"\A\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s+-->")


def _ms(groups: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, frac = groups
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(
        frac.ljust(3, "0")
    )


def _offset_ms(value: str) -> int:
    parts = re.split(r"[:.,]", value)
    if "." in value or "," in value:
        *clock, frac = parts
    else:
        clock, frac = parts, "0"
    clock = [int(p) for p in clock]
    while len(clock) < 3:
        clock.insert(0, 0)
    return ((clock[0] * 60 + clock[1]) * 60 + clock[2]) * 1000 + int(frac.ljust(3, "0")[:3])


def _base(file: InputFile, options: dict) -> tuple[pd.Timestamp, str]:
    given = options.get("base_date")
    if given not in (None, ""):
        try:
            stamp = pd.Timestamp(given)
        except (ValueError, TypeError, OverflowError):
            raise SettingsError(
                f"base_date={given!r} is not a date; use e.g. '2024-05-01 14:00'"
            ) from None
        if stamp.tzinfo is not None or not FIRST_TIME <= stamp < END_TIME:
            raise SettingsError(
                f"base_date={given!r} must be a local date and time within the years "
                f"{YEARS}, e.g. '2024-05-01 14:00'"
            )
        return stamp, "times from the given base_date"
    found = ZOOM_NAME.search(file.basename)
    if found:
        stamp = pd.to_datetime(
            found.group(1) + found.group(2), format="%Y%m%d%H%M%S", errors="coerce"
        )
        if pd.notna(stamp):
            return stamp, "times from the recording start in the file name (UTC)"
    return BASE, "times from 1970-01-01"


def _is_script(head: str) -> float:
    lines = [line for line in head.split("\n")[:60] if line.strip()]
    if len(lines) < 2:
        return 0.0
    found = [SCRIPT.match(line) for line in lines]
    hits = [m for m in found if m]
    names = {m.group("name") for m in hits}
    if len(hits) >= 2 and len(names) >= 2 and len(hits) / len(lines) >= 0.6:
        return 0.6
    return 0.0


class TranscriptParser:
    name = "transcript"
    title = "Transcripts with talk time (WebVTT from Teams or Zoom, SRT, 'Name: text' scripts)"
    example = "00:00:01.000 --> 00:00:03.500 / <v Sam Lee>See you tomorrow!</v>"
    extensions = (".vtt", ".srt", ".txt")

    def detect(self, file: InputFile) -> float:
        base = file.basename.lower()
        head = file.head(HEAD_CHARS).lstrip("\ufeff")
        if head.startswith("WEBVTT"):
            return 0.95
        if _SRT_START.match(head.replace("\r\n", "\n")):
            return 0.9
        if base.endswith(".txt"):
            return _is_script(head.replace("\r\n", "\n"))
        return 0.0

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        source = Source(format=self.name, files=[f.name for f in files])
        frames, variants = [], []
        for file in files:
            raw, source.encoding = decode(file.data, name=file.name)
            lines = TextLines(raw)
            base, how = _base(file, options)
            if lines.text.lstrip().startswith("WEBVTT"):
                frame, variant = self._cues(file, lines, base, source, vtt=True)
            elif _SRT_START.match(lines.text):
                frame, variant = self._cues(file, lines, base, source, vtt=False)
            else:
                frame, variant = self._script(file, lines, base, source)
            variants.append(f"{variant}, {how}")
            frames.append(frame)
        source.variant = "; ".join(dict.fromkeys(variants))
        source.chat_name = stem(files[0])
        return concat_frames(frames), source

    def _cues(
        self, file: InputFile, lines: TextLines, base: pd.Timestamp, source: Source, *, vtt: bool
    ) -> tuple[pd.DataFrame, str]:
        acc = source.lines
        acc.total += len(lines)
        rows: dict[str, list] = {k: [] for k in ("start", "end", "author", "text", "line", "lines")}
        style = {"teams": 0, "zoom": 0}
        inherited = stray = 0
        block: list[tuple[int, str]] = []
        previous: str | None = None
        last_end: dict[str, int] = {}

        def flush() -> None:
            nonlocal previous, inherited, stray
            if not block:
                return
            first = block[0][1].strip()
            at = next((i for i, (_, line) in enumerate(block[:2]) if TIMING.match(line)), None)
            if vtt and block[0][0] == 0 and first.startswith("WEBVTT"):
                acc.skip("WebVTT header", len(block))
            elif vtt and first.split(" ")[0] in ("NOTE", "STYLE", "REGION"):
                acc.skip("WebVTT note or style block", len(block))
            elif at is None:
                stray += 1
                acc.skip("text outside any cue", len(block))
            else:
                line_no, timing = block[at]
                found = TIMING.match(timing)
                start, end = _ms(found.groups()[:4]), _ms(found.groups()[4:])
                if end < start:
                    raise ChatFormatError(
                        f"{file.name}: the cue at line {line_no + 1} ends before it starts "
                        f"({timing.strip()})"
                    )
                payload = "\n".join(line for _, line in block[at + 1 :])
                voice = VOICE.search(payload)
                if voice:
                    style["teams"] += 1
                    speaker = voice.group(1).strip()
                    text = payload
                else:
                    named = NAME_PREFIX.match(TAG.sub("", payload).strip())
                    if named:
                        style["zoom"] += 1
                        speaker, text = named.group("name").strip(), named.group("text")
                    else:
                        speaker, text = previous, payload
                        inherited += speaker is not None
                text = html.unescape(TAG.sub("", text)).strip()
                acc.skip("cue number", at)
                if speaker is None or not text:
                    acc.skip(
                        "cue without a speaker" if speaker is None else "empty cue", len(block) - at
                    )
                else:
                    if last_end.get(speaker, -1) > start:
                        raise ChatFormatError(
                            f"{file.name}: the cue at line {line_no + 1} overlaps the previous "
                            f"cue of "
                            f"{speaker} (cues of one speaker must not overlap; is the file "
                            f"damaged?)"
                        )
                    last_end[speaker] = end
                    previous = speaker
                    acc.header += 1
                    acc.continuation += len(block) - at - 1
                    for key, value in (
                        ("start", start),
                        ("end", end),
                        ("author", speaker),
                        ("text", text),
                        ("line", line_no + 1),
                        ("lines", len(block) - at),
                    ):
                        rows[key].append(value)
            block.clear()

        for number, line in enumerate(lines.lines):
            if line.strip():
                block.append((number, line))
            else:
                flush()
                acc.skip("blank line")
        flush()
        if not rows["start"]:
            raise ChatFormatError(
                f"{file.name}: no speaker-labelled cues found (expected "
                "'<v Name>text</v>' or 'Name: text' after each timing line)"
            )
        if inherited:
            source.warnings.append(warn("cues_without_speaker", file=file.name, n=inherited))
        if stray:
            source.warnings.append(warn("blocks_outside_cues", file=file.name, n=stray))
        variant = (
            "srt"
            if not vtt
            else ("webvtt (teams)" if style["teams"] >= style["zoom"] else "webvtt (zoom)")
        )
        start = pd.Series(rows["start"], dtype="int64")
        end = pd.Series(rows["end"], dtype="int64")
        frame = pd.DataFrame(
            {
                Col.TIMESTAMP: checked_times(
                    base + pd.to_timedelta(start, unit="ms"),
                    files=file.name,
                    places=rows["line"],
                    unit="line",
                ),
                Col.AUTHOR: clean_names(rows["author"]),
                Col.TEXT: rows["text"],
                Col.KIND: "text",
                Col.SOURCE_FILE: file.name,
                Col.SOURCE_LINE: rows["line"],
                Col.DURATION: (end - start) / 1000.0,
                LINES: rows["lines"],
            }
        )
        return normalize_messages(frame), variant

    def _script(
        self, file: InputFile, lines: TextLines, base: pd.Timestamp, source: Source
    ) -> tuple[pd.DataFrame, str]:
        acc = source.lines
        acc.total += len(lines)
        found = [SCRIPT.match(line) for line in lines.lines]
        heads = [i for i, m in enumerate(found) if m]
        if not heads:
            raise ChatFormatError(
                f"{file.name}: no 'Name: text' lines found; expected a transcript "
                "with one 'Name: text' line per utterance"
            )
        acc.skip("text before the first utterance", heads[0])
        texts, spans, offsets = [], [], []
        current = None
        for k, i in enumerate(heads):
            stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
            body = [found[i].group("text")] + lines.lines[i + 1 : stop]
            while len(body) > 1 and not body[-1].strip():
                body.pop()
                acc.skip("blank line")
            acc.header += 1
            acc.continuation += len(body) - 1
            texts.append("\n".join(body).strip())
            spans.append(len(body))
            if found[i].group("ts"):
                current = _offset_ms(found[i].group("ts"))
            offsets.append(current if current is not None else 0)
        timed = any(m.group("ts") for m in (found[i] for i in heads))
        frame = pd.DataFrame(
            {
                Col.TIMESTAMP: checked_times(
                    base + pd.to_timedelta(pd.Series(offsets, dtype="int64"), unit="ms"),
                    files=file.name,
                    places=[h + 1 for h in heads],
                    unit="line",
                ),
                Col.AUTHOR: clean_names([found[i].group("name") for i in heads]),
                Col.TEXT: texts,
                Col.KIND: "text",
                Col.SOURCE_FILE: file.name,
                Col.SOURCE_LINE: [i + 1 for i in heads],
                LINES: spans,
            }
        )
        return normalize_messages(frame), "script with times" if timed else "script without times"


PARSER = TranscriptParser()
