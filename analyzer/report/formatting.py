"""Formatting numbers, dates and labels for the report: one place for how a value reads.

Plain functions of plain values (no plots, no report structure), so the JSON's findings and every
writer can use them without drawing anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.metrics import catalogue

if TYPE_CHECKING:
    from analyzer.metrics.catalogue import MeasureSpec

DASH = "—"
NBSP = "\u00a0"  # keeps "62 %", "n = 12" and "4 min" on one line


def _spec(measure: str) -> MeasureSpec | None:
    return next((spec for spec in catalogue.CATALOGUE if spec.name == measure), None)


def label(measure: str) -> str:
    """The measure's plain label from the catalogue."""
    spec = _spec(measure)
    return spec.label if spec else measure.replace("_", " ").capitalize()


# ---------------------------------------------------------------- formatting


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value)


def fmt_count(value: Any) -> str:
    """``1234.0`` -> ``"1,234"``."""
    return DASH if _missing(value) else f"{round(float(value)):,}"


def fmt_share(value: Any) -> str:
    """``0.623`` -> ``"62 %"`` (whole percent; ``"<1 %"`` for a small non-zero share)."""
    if _missing(value):
        return DASH
    pct = float(value) * 100
    if 0 < pct < 0.5:
        return f"<1{NBSP}%"
    return f"{pct:.0f}{NBSP}%"


def fmt_seconds(value: Any) -> str:
    """Seconds as ``"45 s"``, ``"4 min"``, ``"1 h 05 min"``, ``"2.5 days"``."""
    if _missing(value):
        return DASH
    s = float(value)
    if s < 60:
        return f"{s:.0f}{NBSP}s"
    if s < 3600:
        return f"{s / 60:.0f}{NBSP}min"
    if s < 86400:
        h, m = divmod(round(s / 60), 60)
        return f"{h}{NBSP}h {m:02d}{NBSP}min" if m else f"{h}{NBSP}h"
    return f"{s / 86400:.1f}{NBSP}days"


def fmt_number(value: Any, digits: int = 2) -> str:
    return DASH if _missing(value) else f"{float(value):.{digits}f}"


def fmt_signed(value: Any, digits: int = 2) -> str:
    if _missing(value):
        return DASH
    return f"{float(value):+.{digits}f}".replace("-", "−")


def fmt_ratio(value: Any) -> str:
    return DASH if _missing(value) else f"{float(value):.1f}×"


def fmt_trend(value: Any) -> str:
    """Relative slope per week: ``-0.032`` -> ``"−3.2 % a week"``."""
    if _missing(value):
        return DASH
    return f"{float(value) * 100:+.1f}{NBSP}% a week".replace("-", "−")


def fmt_p(value: Any) -> str:
    if _missing(value):
        return ""
    p = float(value)
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def fmt_n(n: Any) -> str:
    return f"n{NBSP}={NBSP}0" if _missing(n) else f"n{NBSP}={NBSP}{int(n):,}"


def fmt_value(measure: str, value: Any) -> str:
    """A measure's value in its catalogue unit (shares as %, seconds as durations, ...)."""
    spec = _spec(measure)
    unit = spec.unit if spec else "count"
    if unit == "p":
        return DASH  # a test: its p-value is shown beside the value, not as one
    text = _FORMATS[unit](value)
    suffix = _suffix(measure)
    return f"{text} {suffix}" if suffix and text != DASH else text


def _suffix(measure: str) -> str:
    from analyzer.report.prose import SUFFIX

    return SUFFIX.get(measure, "")


_FORMATS = {
    "count": fmt_count,
    "share": fmt_share,
    "seconds": fmt_seconds,
    "ratio": fmt_ratio,
    "index": fmt_number,
    "signed": fmt_signed,
    "rate": lambda value: fmt_number(value, 1),
    "trend": fmt_trend,
}


def fmt_evidence(measure: str, value: Any) -> str:
    """A sign's evidence value: as :func:`fmt_value`, except that a value of a count measure
    that is not a whole number (a ratio or rate a rule derived from it) keeps two decimals."""
    spec = _spec(measure)
    if spec and spec.unit == "p":
        return fmt_number(value, 3)
    text = fmt_value(measure, value)
    if not _missing(value) and text == fmt_count(value) and float(value) != round(float(value)):
        return fmt_number(value, 2)
    return text


def fmt_interval(measure: str, low: Any, high: Any) -> str:
    """``"48 % to 54 %"``; a unit written after the number (``per 100 words``) comes once."""
    if _missing(low) or _missing(high):
        return ""
    suffix = _suffix(measure)
    low_text, high_text = fmt_value(measure, low), fmt_value(measure, high)
    if suffix and low_text.endswith(f" {suffix}"):
        low_text = low_text[: -len(suffix) - 1]
    return f"{low_text} to {high_text}"


def fmt_date(ts: Any) -> str:
    return DASH if _missing(ts) else pd.Timestamp(ts).strftime("%-d %b %Y")


def fmt_datetime(ts: Any) -> str:
    return DASH if _missing(ts) else pd.Timestamp(ts).strftime("%-d %b %Y %H:%M")


def cell(measure: str, row: Mapping[str, Any] | None) -> dict[str, str]:
    """``{"text": value, "sub": "n = …; interval; p"}`` for one value row (or a dash)."""
    if row is None:
        return {"text": DASH, "sub": "not measured"}
    sub = [fmt_n(row.get("n"))]
    interval = fmt_interval(measure, row.get("ci_low"), row.get("ci_high"))
    if interval:
        sub.append(interval)
    p = fmt_p(row.get("p_value"))
    if p:
        sub.append(p)
    return {"text": fmt_value(measure, row.get("value")), "sub": "; ".join(sub)}


def truncate(text: str, limit: int = 280) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- lookups


def _name_list(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
