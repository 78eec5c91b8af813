"""The parsed chat: messages plus a record of where they came from (docs/design.md, section 2)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analyzer.schema import Col


@dataclass
class LineAccounting:
    """Where every input line (or, for JSON/CSV sources, every record) went.

    ``total == header + continuation + system + sum(skipped.values())`` always holds:
    ``header`` counts lines that start a participant's message, ``system`` lines that are system
    notices, ``continuation`` lines appended to the message above, ``skipped`` maps a reason to
    the number of lines dropped for it (duplicates from a merge, blank lines before the first
    message, ...).
    """

    total: int = 0
    header: int = 0
    continuation: int = 0
    system: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    @property
    def accounted(self) -> int:
        return self.header + self.continuation + self.system + sum(self.skipped.values())

    def merge(self, other: LineAccounting) -> LineAccounting:
        skipped = dict(self.skipped)
        for reason, count in other.skipped.items():
            skipped[reason] = skipped.get(reason, 0) + count
        return LineAccounting(
            total=self.total + other.total,
            header=self.header + other.header,
            continuation=self.continuation + other.continuation,
            system=self.system + other.system,
            skipped=skipped,
        )

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "header": self.header,
            "continuation": self.continuation,
            "system": self.system,
            "skipped": dict(sorted(self.skipped.items())),
        }


@dataclass
class Source:
    """What was read and how: format, variant, date order, encoding, files, lines, warnings."""

    format: str
    variant: str = ""
    files: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    date_order: str | None = None  # "dmy", "mdy", "ymd" for formats that need one
    date_order_reason: str = (
        ""  # how it was decided: "field > 12", "chronology", "default", "given"
    )
    lines: LineAccounting = field(default_factory=LineAccounting)
    warnings: list[str] = field(default_factory=list)
    chat_name: str = ""  # a human name for the chat (file stem, Telegram chat name, ...)
    #: What ``lenient=True`` let through (lines kept as text or skipped), one sentence each; also
    #: in ``warnings``. Not part of the JSON: the warnings carry it.
    losses: list[str] = field(default_factory=list, repr=False)
    #: Other names ``--chat`` may call this chat by (a Telegram chat's id). Not in the JSON.
    chat_keys: list[str] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "variant": self.variant,
            "files": list(self.files),
            "encoding": self.encoding,
            "date_order": self.date_order,
            "date_order_reason": self.date_order_reason,
            "chat_name": self.chat_name,
            "lines": self.lines.to_dict(),
            "warnings": list(self.warnings),
        }


@dataclass
class Chat:
    """A parsed chat. ``messages`` follows :mod:`analyzer.schema`."""

    messages: pd.DataFrame
    source: Source

    @property
    def participants(self) -> list[str]:
        """Authors in order of first appearance (system notices have none)."""
        authors = self.messages[Col.AUTHOR].dropna()
        return [str(a) for a in pd.unique(authors.astype("object"))]

    def __repr__(self) -> str:
        """One line: format, who, period and counts (the messages table is in ``.messages``)."""
        msgs = self.messages
        fmt = self.source.format + (f" {self.source.variant}" if self.source.variant else "")
        n_system = int((msgs[Col.KIND] == "system").sum()) if Col.KIND in msgs else 0
        return (
            f"Chat({fmt}: {short_names(self.participants)}; {day_span(msgs[Col.TIMESTAMP])}; "
            f"{len(msgs):,} messages, {n_system:,} of them system notices)"
        )


def short_names(people: list[str] | tuple[str, ...], limit: int = 4) -> str:
    """``Ana, Ben`` or ``Ana, Ben, Cleo, Dev and 3 more``: short enough for a repr."""
    shown = ", ".join(people[:limit]) or "nobody"
    return shown + (f" and {len(people) - limit} more" if len(people) > limit else "")


def day_span(timestamps: pd.Series) -> str:
    """``2024-01-08 to 2024-03-17`` (the days of the first and last message), or ``no messages``."""
    if timestamps.empty:
        return "no messages"
    return f"{timestamps.min():%Y-%m-%d} to {timestamps.max():%Y-%m-%d}"
