"""Write a conversation as a WhatsApp export, in any header variant (for round-trip tests).

:data:`RENDER_VARIANTS` is a table: each row names a variant the parser reads, how it writes a
timestamp, and what the parser should report for it. ``render(messages, variant)`` is the exact
inverse of :func:`analyzer.load_chat` for messages that a real export could hold: authors
without colons or line breaks, text whose lines do not themselves look like headers of the same
variant, system notices that WhatsApp writes, and timestamps at the variant's resolution
(whole minutes for variants without seconds).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analyzer.schema import Col

NNBSP = "\u202f"
LRM = "\u200e"
EDITED_SUFFIX = " <This message was edited>"


@dataclass(frozen=True)
class RenderVariant:
    """One header spelling. ``date``/``time`` are ``str.format`` templates over the fields
    ``d m y yy H h M S ap`` (day, month, 4-digit year, 2-digit year, hour 0-23, hour 1-12,
    minute, second, AM/PM); ``frame`` places them."""

    name: str
    date: str
    time: str
    frame: str  # "{date}" and "{time}" placeholders
    order: str  # what the parser reports: dmy, mdy, ymd
    variant: str  # the parser's Source.variant, without the order
    seconds: bool
    ampm: tuple[str, str] = ("AM", "PM")
    reason: str = "field > 12"  # the parser's date_order_reason for the test conversation


RENDER_VARIANTS: tuple[RenderVariant, ...] = (
    RenderVariant(
        "android-dmy-24h",
        "{d:02}/{m:02}/{yy:02}",
        "{H:02}:{M:02}",
        "{date}, {time} - ",
        "dmy",
        "android-24h",
        False,
    ),
    RenderVariant(
        "android-mdy-12h",
        "{m}/{d}/{yy:02}",
        "{h}:{M:02}" + NNBSP + "{ap}",
        "{date}, {time} - ",
        "mdy",
        "android-12h",
        False,
    ),
    RenderVariant(
        "android-dmy-12h-p.m.",
        "{d:02}/{m:02}/{y}",
        "{h:02}:{M:02} {ap}",
        "{date}, {time} - ",
        "dmy",
        "android-12h",
        False,
        ("a. m.", "p. m."),
    ),
    RenderVariant(
        "android-dmy-4digit",
        "{d}/{m}/{y}",
        "{H:02}:{M:02}",
        "{date}, {time} - ",
        "dmy",
        "android-24h",
        False,
    ),
    RenderVariant(
        "ios-dmy-24h",
        "{d:02}/{m:02}/{yy:02}",
        "{H:02}:{M:02}:{S:02}",
        "[{date}, {time}] ",
        "dmy",
        "ios-24h",
        True,
    ),
    RenderVariant(
        "ios-mdy-12h",
        "{m}/{d}/{yy:02}",
        "{h}:{M:02}:{S:02}" + NNBSP + "{ap}",
        LRM + "[{date}, {time}] ",
        "mdy",
        "ios-12h",
        True,
    ),
    RenderVariant(
        "year-first-dash",
        "{y}-{m:02}-{d:02}",
        "{H:02}:{M:02}",
        "{date}, {time} - ",
        "ymd",
        "android-24h",
        False,
    ),
    RenderVariant(
        "year-first-slash-dot",
        "{y}/{m:02}/{d:02}",
        "{H:02}:{M:02}",
        "{date}, {time}. - ",
        "ymd",
        "android-24h",
        False,
    ),
    RenderVariant(
        "ios-year-first",
        "{y}-{m:02}-{d:02}",
        "{H:02}:{M:02}",
        "[{date} {time}] ",
        "ymd",
        "ios-24h",
        False,
    ),
    RenderVariant(
        "dotted",
        "{d:02}.{m:02}.{y}",
        "{H:02}:{M:02}",
        "{date}, {time} - ",
        "dmy",
        "android-24h",
        False,
    ),
    RenderVariant(
        "dashed-12h",
        "{d:02}-{m:02}-{y}",
        "{h:02}.{M:02} {ap}",
        "{date}, {time} - ",
        "dmy",
        "android-12h",
        False,
    ),
    RenderVariant(
        "no-comma",
        "{d:02}/{m:02}/{y}",
        "{H:02}:{M:02}",
        "{date} {time} - ",
        "dmy",
        "android-24h",
        False,
    ),
    RenderVariant(
        "french",
        "{d:02}/{m:02}/{y}",
        "{H:02}:{M:02}",
        "{date} à {time} - ",
        "dmy",
        "android-24h",
        False,
    ),
    RenderVariant(
        "finnish",
        "{d}.{m}.{y}",
        "{H}.{M:02}.{S:02}",
        "{date} klo {time} - ",
        "dmy",
        "android-24h",
        True,
    ),
    RenderVariant(
        "croatian",
        "{d}. {m}. {y}.",
        "{H:02}:{M:02}:{S:02}",
        "{date} {time} ",
        "dmy",
        "bare-24h",
        True,
    ),
    RenderVariant(
        "old",
        "{d:02}.{m:02}.{yy:02}",
        "{H:02}.{M:02}.{S:02}",
        "{date} {time}: ",
        "dmy",
        "old-24h",
        True,
    ),
    RenderVariant(
        "en-dash-12h",
        "{m}/{d}/{yy:02}",
        "{h}:{M:02}:{S:02} {ap}",
        "{date}, {time} – ",
        "mdy",
        "android-12h",
        True,
    ),
    RenderVariant(
        "android-mdy-pm-lower",
        "{m}/{d}/{y}",
        "{h}:{M:02} {ap}",
        "{date}, {time} - ",
        "mdy",
        "android-12h",
        False,
        ("am", "pm"),
    ),
    RenderVariant(
        "korean",
        "{y}. {m}. {d}.",
        "{ap} {h}:{M:02}",
        "{date} {time} - ",
        "ymd",
        "android-12h",
        False,
        ("오전", "오후"),
    ),
    RenderVariant(
        "chinese",
        "{y}/{m}/{d}",
        "{ap}{h}:{M:02}",
        "{date} {time} - ",
        "ymd",
        "android-12h",
        False,
        ("上午", "下午"),
    ),
    RenderVariant(
        "japanese",
        "{y}/{m:02}/{d:02}",
        "{ap}{h}:{M:02}",
        "{date} {time} - ",
        "ymd",
        "android-12h",
        False,
        ("午前", "午後"),
    ),
    RenderVariant(
        "german-12h",
        "{d:02}.{m:02}.{yy:02}",
        "{h}:{M:02} {ap}",
        "{date}, {time} - ",
        "dmy",
        "android-12h",
        False,
        ("vorm.", "nachm."),
    ),
    RenderVariant(
        "year-first-2-digit",
        "{yy:02}-{m:02}-{d:02}",
        "{H:02}:{M:02}",
        "{date}, {time} - ",
        "ymd",
        "android-24h",
        False,
        reason="field > 12; 2-digit year first (chronology)",
    ),
    RenderVariant(
        "year-day-month-2-digit",
        "{yy:02}-{d:02}-{m:02}",
        "{h:02}:{M:02}:{S:02} {ap}",
        "[{date} {time}] ",
        "ydm",
        "ios-12h",
        True,
        reason="field > 12; 2-digit year first (chronology)",
    ),
)

VARIANTS_BY_NAME = {v.name: v for v in RENDER_VARIANTS}


def header(ts: pd.Timestamp, variant: RenderVariant) -> str:
    """The header of one message at ``ts`` in ``variant`` (author not included)."""
    h12 = ts.hour % 12 or 12
    fields = {
        "d": ts.day,
        "m": ts.month,
        "y": ts.year,
        "yy": ts.year % 100,
        "H": ts.hour,
        "h": h12,
        "M": ts.minute,
        "S": ts.second,
        "ap": variant.ampm[ts.hour >= 12],
    }
    return variant.frame.format(
        date=variant.date.format(**fields), time=variant.time.format(**fields)
    )


def render(messages: pd.DataFrame, variant: RenderVariant | str) -> str:
    """The export text of ``messages`` (schema columns timestamp, author, text, edited)."""
    if isinstance(variant, str):
        variant = VARIANTS_BY_NAME[variant]
    edited = messages[Col.EDITED] if Col.EDITED in messages else [False] * len(messages)
    lines = []
    for ts, author, text, was_edited in zip(
        messages[Col.TIMESTAMP],
        messages[Col.AUTHOR].astype(object),
        messages[Col.TEXT],
        edited,
        strict=True,
    ):
        body = text + (EDITED_SUFFIX if was_edited else "")
        if author is None or (isinstance(author, float) and pd.isna(author)):
            lines.append(header(ts, variant) + body)
        else:
            lines.append(header(ts, variant) + f"{author}: {body}")
    return "\n".join(lines) + "\n"
