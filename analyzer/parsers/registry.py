"""The one registry of source formats, format detection and :func:`load_chat`."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Chat, LineAccounting, Source
from analyzer.errors import AnalyzerError, ChatFormatError, UnknownFormatError
from analyzer.parsers import (
    discord,
    imessage,
    meta,
    signal,
    table,
    telegram,
    transcript,
    whatsapp,
)
from analyzer.parsers.base import InputFile, Parser
from analyzer.parsers.inputs import SHOWN_EXAMPLES, aggregate, read_inputs
from analyzer.schema import LINES, Col, validate_messages

#: Every parser, most specific first. Detection asks each; ties go to the earlier one.
PARSERS: tuple[Parser, ...] = (
    whatsapp.PARSER,
    signal.PARSER,
    telegram.PARSER,
    meta.PARSER,
    discord.PARSER,
    imessage.PARSER,
    transcript.PARSER,
    table.PARSER,
)

#: Below this confidence a file is not taken to be a format.
MIN_CONFIDENCE = 0.5


def get_parser(name: str) -> Parser:
    for parser in PARSERS:
        if parser.name == name:
            return parser
    choices = ", ".join(p.name for p in PARSERS)
    raise AnalyzerError(f"unknown format {name!r}; choose one of: auto, {choices}")


def detect(file: InputFile) -> tuple[Parser | None, list[tuple[str, float]]]:
    """The best parser for ``file`` (or None) and every parser's confidence, best first."""
    scores = [(p, p.detect(file)) for p in PARSERS]
    ranked = sorted(scores, key=lambda item: -item[1])
    best, confidence = ranked[0] if ranked else (None, 0.0)
    guesses = [(p.name, round(c, 2)) for p, c in ranked]
    return (best if confidence >= MIN_CONFIDENCE else None), guesses


def load_chat(
    path_or_paths: str | os.PathLike | list,
    *,
    format: str = "auto",
    date_order: str | None = None,
    **options: Any,
) -> Chat:
    """Read one chat from a file, folder or zip (or a list of them, merged).

    ``format`` is ``"auto"`` or a parser name (``chat-balance formats`` lists them);
    ``date_order`` (``"dmy"``, ``"mdy"``, ``"ymd"``) overrides the date order detected for
    formats that need one. Other keyword ``options`` go to the parser (e.g. ``chat=`` to pick a
    chat from a Telegram full-account export).
    """
    if date_order not in (None, "dmy", "mdy", "ymd"):
        raise AnalyzerError(f"unknown date order {date_order!r}; choose dmy, mdy or ymd")
    warnings: list[str] = []
    files = read_inputs(path_or_paths, warnings)
    empty = [f for f in files if not f.data or f.data.isspace()]
    if len(empty) == len(files):
        raise AnalyzerError(f"{files[0].name}: the file is empty; export the chat again")
    warnings.extend(aggregate([f.name for f in empty], "{is_are} empty and {were} ignored"))
    files = [f for f in files if f.data and not f.data.isspace()]
    if format == "auto":
        chosen: list[tuple[Parser, InputFile]] = []
        for file in files:
            try:
                parser, guesses = detect(file)
            except ChatFormatError:  # e.g. a binary file among several: not this chat's
                if len(files) == 1:
                    raise
                continue
            if parser is not None:
                chosen.append((parser, file))
            elif len(files) == 1:
                shown = ", ".join(f"{n} {c:.2f}" for n, c in guesses[:3])
                raise UnknownFormatError(
                    f"{file.name}: not a chat export this tool recognises (best guesses: {shown}); "
                    f"choose one with --format ({', '.join(p.name for p in PARSERS)})"
                )
        if not chosen:
            names = ", ".join(f.name for f in files[:3])
            raise UnknownFormatError(f"no chat export recognised among {names}")
        names = {p.name for p, _ in chosen}
        if len(names) > 1:
            raise AnalyzerError(
                f"inputs hold different formats ({', '.join(sorted(names))}); give one chat at a time"
            )
        parser = chosen[0][0]
        kept = {id(f) for _, f in chosen}
        ignored = [f.name for f in files if id(f) not in kept]
        if len(ignored) <= SHOWN_EXAMPLES:
            warnings.extend(f"{name}: not recognised as a {parser.name} export; ignored"
                            for name in ignored)
        else:
            warnings.extend(aggregate(ignored, f"{{were}} not recognised as a {parser.name} "
                                               "export and ignored"))
        files = [f for _, f in chosen]
    else:
        parser = get_parser(format)
    messages, source = parser.parse(files, date_order=date_order, **options)
    source.warnings[:0] = warnings
    messages = merge_duplicates_and_order(messages, source)
    messages = messages.drop(columns=[LINES], errors="ignore")
    validate_messages(messages)
    return Chat(messages=messages, source=source)


def merge_duplicates_and_order(messages: pd.DataFrame, source: Source) -> pd.DataFrame:
    """Drop exact duplicates across files (same time, author, text, kind) and stable-sort by time
    if the rows are out of order, warning about each in ``source``.

    Duplicates are only looked for when several files were read (one export never repeats
    itself on purpose); each dropped message's lines are counted as skipped.
    """
    if messages[Col.SOURCE_FILE].nunique() > 1:
        key = [Col.TIMESTAMP, Col.AUTHOR, Col.TEXT, Col.KIND]
        dup = messages.duplicated(subset=key, keep="first")
        if dup.any():
            n_dup = int(dup.sum())
            dropped_lines = int(_message_line_counts(messages)[dup.to_numpy()].sum())
            dropped_system = int((dup & (messages[Col.KIND] == "system")).sum())
            source.lines.skip("duplicate from another export", dropped_lines)
            source.lines.header -= n_dup - dropped_system
            source.lines.system -= dropped_system
            source.lines.continuation -= dropped_lines - n_dup
            source.warnings.append(
                f"dropped {n_dup} duplicate message{'s' if n_dup != 1 else ''} found in several files"
            )
            messages = messages.loc[~dup].reset_index(drop=True)
    ts = messages[Col.TIMESTAMP]
    if len(ts) > 1 and not ts.is_monotonic_increasing:
        order = ts.argsort(kind="stable")
        n_back = int((ts.diff() < pd.Timedelta(0)).sum())
        were = "messages were" if n_back != 1 else "message was"
        source.warnings.append(
            f"{n_back} {were} out of time order; sorted by time (stable, file order kept for ties)"
        )
        messages = messages.iloc[order].reset_index(drop=True)
    return messages


def _message_line_counts(messages: pd.DataFrame):
    """Input lines (or records) each message spans: the parser's ``_lines`` column, else 1."""
    if LINES in messages:
        return messages[LINES].to_numpy()
    return np.ones(len(messages), dtype="int64")


__all__ = ["PARSERS", "detect", "get_parser", "load_chat", "LineAccounting"]
