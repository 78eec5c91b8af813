"""The one registry of source formats, format detection and :func:`load_chat`."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any

import numpy as np
import pandas as pd

from analyzer.chat import Chat, LineAccounting, Source
from analyzer.errors import AnalyzerError, ChatFormatError, UnknownFormatError
from analyzer.parse_warnings import aggregate, warn
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
from analyzer.parsers.inputs import read_inputs
from analyzer.parsers.whatsapp import DATE_ORDERS
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
    lenient: bool = False,
    **options: Any,
) -> Chat:
    """Read one chat from a file, folder or zip (or a list of them, merged).

    ``format`` is ``"auto"`` or a parser name (``chat-balance formats`` lists them);
    ``date_order`` (``"dmy"``, ``"mdy"``, ``"ymd"``, ``"ydm"``, ``"myd"``, ``"dym"``) overrides
    the date order detected for formats that need one. A parser that would lose lines (header-like
    lines it cannot date, text before the first message) stops with an error naming the first
    one, unless ``lenient`` is set: then it goes on and counts them in ``source.warnings`` (and
    ``source.losses``). Other keyword ``options`` go to the parser (e.g. ``chat=`` to pick a
    chat from a Telegram full-account export).
    """
    if date_order not in (None, *DATE_ORDERS):
        raise AnalyzerError(
            f"unknown date order {date_order!r}; choose one of {', '.join(DATE_ORDERS)}"
        )
    warnings: list[str] = []
    files = read_inputs(path_or_paths, warnings)
    empty = [f for f in files if not f.data or f.data.isspace()]
    if len(empty) == len(files):
        raise AnalyzerError(f"{files[0].name}: the file is empty; export the chat again")
    warnings.extend(aggregate([f.name for f in empty], "empty_file", "empty_files"))
    files = [f for f in files if f.data and not f.data.isspace()]
    files = read_once(files, warnings)
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
                f"inputs hold different formats ({', '.join(sorted(names))}); give one chat at a "
                f"time"
            )
        parser = chosen[0][0]
        kept = {id(f) for _, f in chosen}
        ignored = [f.name for f in files if id(f) not in kept]
        warnings.extend(
            aggregate(ignored, "not_recognised", "not_recognised_files", format=parser.name)
        )
        files = [f for _, f in chosen]
    else:
        parser = get_parser(format)
    messages, source = parser.parse(files, date_order=date_order, lenient=lenient, **options)
    if len(files) > 1 and parser.name not in CHOOSES_ITSELF:
        chosen_files = one_chat(messages, files, options.get("chat"))
        if len(chosen_files) < len(files):
            left = [f.name for f in files if f not in chosen_files]
            warnings.append(
                warn(
                    "chat_picked",
                    chat=str(options["chat"]),
                    picked=[f.name for f in chosen_files],
                    left=list(left),
                )
            )
            messages, source = parser.parse(
                chosen_files, date_order=date_order, lenient=lenient, **options
            )
    if options.get("chat") is not None:
        check_choice(options["chat"], messages, source)
    check_losses(source, lenient)
    source.warnings[:0] = warnings
    messages = merge_duplicates_and_order(messages, source)
    messages = messages.drop(columns=[LINES], errors="ignore")
    validate_messages(messages)
    return Chat(messages=messages, source=source)


def read_once(files: list[InputFile], warnings: list[str]) -> list[InputFile]:
    """``files`` with each content once: a file given twice (or a copy of it under another name)
    would count every message twice. Each dropped copy is named in ``warnings``."""
    seen: dict[bytes, str] = {}
    kept = []
    for file in files:
        key = hashlib.blake2b(file.data, digest_size=16).digest()
        if key in seen:
            warnings.append(
                warn("given_twice", file=file.name)
                if seen[key] == file.name
                else warn("same_content", file=file.name, other=seen[key])
            )
            continue
        seen[key] = file.name
        kept.append(file)
    return kept


#: Formats whose parser picks one chat from several itself (``chat=``: Telegram's account
#: export, Meta's inbox folders).
CHOOSES_ITSELF = frozenset({"telegram", "meta"})


def one_chat(messages: pd.DataFrame, files: list[InputFile], choice: Any) -> list[InputFile]:
    """The files that hold one chat. Files are parts of the same chat unless the people in them
    tell otherwise: two files sharing at most one person, where each has someone the other
    lacks, hold different chats (e.g. you with Sam, and you with Ana). Several chats are an error
    listing them, unless ``choice`` (``--chat``: a file name, its stem, or a person only one
    chat has) picks one."""
    authors = messages.loc[messages[Col.AUTHOR].notna(), [Col.SOURCE_FILE, Col.AUTHOR]]
    people = {
        str(f): set(map(str, a))
        for f, a in authors.groupby(Col.SOURCE_FILE, observed=True)[Col.AUTHOR]
    }
    names = [f.name for f in files]
    group = list(range(len(names)))  # union-find of "same chat"

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    first_with: dict[frozenset, int] = {}  # files with the same people: one chat, compared once
    for i, name in enumerate(names):
        key = frozenset(people.get(name, set()))
        if key in first_with:
            group[root(i)] = root(first_with[key])
        else:
            first_with[key] = i
    distinct = list(first_with.items())
    for k, (a, i) in enumerate(distinct):
        for b, j in distinct[k + 1 :]:
            if not a or not b or len(a & b) >= 2 or a <= b or b <= a:
                group[root(j)] = root(i)
    chats: dict[int, list[int]] = {}
    for i in range(len(names)):
        chats.setdefault(root(i), []).append(i)
    if len(chats) == 1:
        return files
    listed = list(chats.values())

    def label(members: list[int]) -> str:
        who = sorted(set().union(*(people.get(names[i], set()) for i in members)))
        shown = ", ".join(names[i] for i in members[:3]) + (" ..." if len(members) > 3 else "")
        return f"{shown} ({', '.join(who[:5])}{' ...' if len(who) > 5 else ''})"

    everyone = sorted(set().union(*people.values()))  # named in the error: to scrub
    if choice is not None:
        wanted = str(choice).strip().casefold()
        stems = [InputFile(n, b"").basename.casefold() for n in names]
        for test in (
            lambda i: names[i].casefold() == wanted or stems[i] == wanted,
            lambda i: stems[i].rsplit(".", 1)[0] == wanted,
            lambda i: wanted in {p.casefold() for p in people.get(names[i], set())},
        ):
            found = [m for m in listed if any(test(i) for i in m)]
            if len(found) == 1:
                return [files[i] for i in found[0]]
        raise AnalyzerError(
            f"no single chat among the inputs matches --chat {choice!r}; the chats are: "
            + "; ".join(label(m) for m in listed),
            names=everyone,
        )
    raise AnalyzerError(
        f"the inputs hold {len(listed)} different chats: "
        + "; ".join(label(m) for m in listed)
        + "; give one at a time, or pick one with --chat FILE or --chat PERSON",
        names=everyone,
    )


_NUMBERED = re.compile(r"_\d+$")


def check_choice(choice: Any, messages: pd.DataFrame, source: Source) -> None:
    """Refuse a ``--chat`` that names nothing in the chat that was read (an input holding one
    chat would otherwise ignore it). It may name a file (with or without its extension), a
    folder or zip on the way to one (a Meta conversation folder also without its ``_123``), the
    chat's name (or a part of a Discord ``server / category / channel`` name) or id, or one of
    its people."""
    wanted = str(choice).strip().casefold()
    names = {source.chat_name, *source.chat_name.split(" / "), *source.chat_keys}
    for path in source.files:
        for part in re.split(r"[/\\:]", path):
            names.update({part, part.rsplit(".", 1)[0], _NUMBERED.sub("", part)})
    names.update(str(a) for a in messages[Col.AUTHOR].dropna().unique())
    if wanted in {n.strip().casefold() for n in names if n}:
        return
    people = sorted(str(a) for a in messages[Col.AUTHOR].dropna().unique())
    shown = ", ".join(people[:5]) + (" ..." if len(people) > 5 else "")
    raise AnalyzerError(
        f"--chat {str(choice)!r} matches nothing in the input, which holds one chat "
        f"({source.chat_name or source.files[0]}: {shown}); leave --chat out, or give a file "
        "name, the chat's name or one of its people"
    )


#: Skip reasons that mean content was lost (not a blank line, a cue number or a date separator).
#: WhatsApp checks its own lines before the first header, naming the first one.
LOSS_REASONS = frozenset(
    {
        "record without a readable time",
        "record without a readable date",
        "row without a readable time",
        "message without a readable date",
        "message without an author",
        "text before the first message",
        "text before the first utterance",
        "text outside any cue",
        "timestamp with no sender",
    }
)
#: Above this share of lost lines (or records), reading stops unless ``lenient``.
MAX_LOSS = 0.01


def check_losses(source: Source, lenient: bool) -> None:
    """Stop when more than 1 % of the lines or records were skipped for a reason that loses
    content; with ``lenient``, say how many in ``source.warnings`` and ``source.losses``."""
    lost = {r: n for r, n in source.lines.skipped.items() if r in LOSS_REASONS and n}
    n_lost = sum(lost.values())
    if not n_lost or n_lost <= MAX_LOSS * source.lines.total:
        return
    what = "; ".join(f"{n} {reason}" for reason, n in sorted(lost.items()))
    files = ", ".join(source.files[:3]) + (" ..." if len(source.files) > 3 else "")
    if not lenient:
        raise ChatFormatError(
            f"{files}: {n_lost} of {source.lines.total} lines or records could not be read "
            f"({what}); "
            "check that this is the whole export, or pass --lenient to go on without them"
        )
    loss = warn(
        "lines_lost", n=n_lost, total=source.lines.total, reasons=dict(sorted(lost.items()))
    )
    source.losses.append(loss)
    source.warnings.append(loss)


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
            source.warnings.append(warn("duplicates_dropped", n=n_dup))
            messages = messages.loc[~dup].reset_index(drop=True)
    ts = messages[Col.TIMESTAMP]
    if len(ts) > 1 and not ts.is_monotonic_increasing:
        order = ts.argsort(kind="stable")
        n_back = int((ts.diff() < pd.Timedelta(0)).sum())
        source.warnings.append(warn("out_of_order", n=n_back))
        messages = messages.iloc[order].reset_index(drop=True)
    return messages


def _message_line_counts(messages: pd.DataFrame):
    """Input lines (or records) each message spans: the parser's ``_lines`` column, else 1."""
    if LINES in messages:
        return messages[LINES].to_numpy()
    return np.ones(len(messages), dtype="int64")


__all__ = ["PARSERS", "detect", "get_parser", "load_chat", "LineAccounting"]
