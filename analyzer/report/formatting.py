"""Formatting numbers, dates and labels for the report: one place for how a value reads.

Plain functions of plain values (no plots, no report structure), so the JSON's findings and every
writer can use them without drawing anything.

In English the report keeps its own compact forms ("8 Jan 2024", "62 %", "1 h 05 min"); in
another report language (:mod:`analyzer.report.i18n`) every number, percentage, date, duration
and list of names goes through Babel's formatting for that language's locale ("8 de jan. de
2024", "62%", "1.234", "2,5 dias", "Ana e Ben"), here and nowhere else.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.metrics import catalogue
from analyzer.report import i18n
from analyzer.report.blocks import Cell
from analyzer.report.i18n import _

if TYPE_CHECKING:
    from analyzer.metrics.catalogue import MeasureSpec

DASH = "—"
NBSP = "\u00a0"  # keeps "62 %", "n = 12" and "4 min" on one line


def _spec(measure: str) -> MeasureSpec | None:
    return next((spec for spec in catalogue.CATALOGUE if spec.name == measure), None)


def label(measure: str) -> str:
    """The measure's plain label from the catalogue, in the report's language."""
    spec = _spec(measure)
    return _(spec.label) if spec else measure.replace("_", " ").capitalize()


# ---------------------------------------------------------------- formatting


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value)


def fmt_count(value: Any) -> str:
    """``1234.0`` -> ``"1,234"``."""
    if _missing(value):
        return DASH
    if _english():
        return f"{round(float(value)):,}"
    from babel.numbers import format_decimal

    return format_decimal(round(float(value)), locale=i18n.babel_locale())  # pt, es: "1.234"


def fmt_share(value: Any) -> str:
    """``0.623`` -> ``"62 %"`` (whole percent; ``"<1 %"`` for a small non-zero share)."""
    if _missing(value):
        return DASH
    pct = float(value) * 100
    if not _english():
        from babel.numbers import format_percent

        small = 0 < pct < 0.5
        text = format_percent(0.01 if small else float(value), locale=i18n.babel_locale())
        return ("<" if small else "") + text.replace(" ", NBSP)
    if 0 < pct < 0.5:
        return f"<1{NBSP}%"
    return f"{pct:.0f}{NBSP}%"


def fmt_seconds(value: Any) -> str:
    """Seconds as ``"45 s"``, ``"4 min"``, ``"1 h 05 min"``, ``"2.5 days"``."""
    if _missing(value):
        return DASH
    s = float(value)
    if not _english():
        return _duration(s)
    if s < 60:
        return f"{s:.0f}{NBSP}s"
    if s < 3600:
        return f"{s / 60:.0f}{NBSP}min"
    if s < 86400:
        h, m = divmod(round(s / 60), 60)
        return f"{h}{NBSP}h {m:02d}{NBSP}min" if m else f"{h}{NBSP}h"
    return f"{s / 86400:.1f}{NBSP}days"


def fmt_number(value: Any, digits: int = 2) -> str:
    if _missing(value):
        return DASH
    if _english():
        return f"{float(value):.{digits}f}"
    return _decimal(float(value), "0." + "0" * digits if digits else "0")


def fmt_signed(value: Any, digits: int = 2) -> str:
    if _missing(value):
        return DASH
    if _english():
        return f"{float(value):+.{digits}f}".replace("-", "−")
    sign = "−" if float(value) < 0 else "+"
    return sign + fmt_number(abs(float(value)), digits)


def fmt_ratio(value: Any) -> str:
    return DASH if _missing(value) else f"{fmt_number(value, 1)}×"


def fmt_trend(value: Any) -> str:
    """Relative slope per week: ``-0.032`` -> ``"−3.2 % a week"``."""
    if _missing(value):
        return DASH
    if _english():
        return f"{float(value) * 100:+.1f}{NBSP}% a week".replace("-", "−")
    from babel.numbers import format_percent

    # the locale's own percent pattern ("#,##0 %"), with one decimal
    pattern = i18n.babel_locale().percent_formats[None].pattern.replace("0", "0.0", 1)
    pct = format_percent(abs(float(value)), pattern, locale=i18n.babel_locale())
    change = ("−" if float(value) < 0 else "+") + pct.replace(" ", NBSP)
    return _("{change} a week").format(change=change)


def fmt_p(value: Any) -> str:
    if _missing(value):
        return ""
    p = float(value)
    return f"p < {fmt_number(0.001, 3)}" if p < 0.001 else f"p = {fmt_number(p, 3)}"


def fmt_n(n: Any) -> str:
    return f"n{NBSP}={NBSP}0" if _missing(n) else f"n{NBSP}={NBSP}{fmt_count(int(n))}"


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

    suffix = SUFFIX.get(measure, "")
    return _(suffix) if suffix else ""  # _("") would be the catalogue's header


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
    return _("{low} to {high}").format(low=low_text, high=high_text)


def fmt_date(ts: Any) -> str:
    if _missing(ts):
        return DASH
    if _english():
        return pd.Timestamp(ts).strftime("%-d %b %Y")
    from babel.dates import format_date

    return format_date(pd.Timestamp(ts).date(), "medium", locale=i18n.babel_locale())


def fmt_datetime(ts: Any) -> str:
    if _missing(ts):
        return DASH
    if _english():
        return pd.Timestamp(ts).strftime("%-d %b %Y %H:%M")
    from babel.dates import format_time

    stamp = pd.Timestamp(ts)
    return f"{fmt_date(stamp)} {format_time(stamp.time(), 'short', locale=i18n.babel_locale())}"


def cell(measure: str, row: Mapping[str, Any] | None) -> Cell:
    """The value of one value row, its sub ``"n = …; interval; p"`` (or a dash)."""
    if row is None:
        return Cell(DASH, _("not measured"))
    sub = [fmt_n(row.get("n"))]
    interval = fmt_interval(measure, row.get("ci_low"), row.get("ci_high"))
    if interval:
        sub.append(interval)
    p = fmt_p(row.get("p_value"))
    if p:
        sub.append(p)
    return Cell(fmt_value(measure, row.get("value")), "; ".join(sub))


def truncate(text: str, limit: int = 280) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- lookups


def _name_list(names: Sequence[str]) -> str:
    """``"Ana, Ben and Cleo"`` in the report's language."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    if not _english():
        from babel.lists import format_list

        return format_list(names, locale=i18n.babel_locale())
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- the report's locale


def _english() -> bool:
    return i18n.current() == i18n.SOURCE


def _decimal(value: float, pattern: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, pattern, locale=i18n.babel_locale())


def _duration(seconds: float) -> str:
    """A duration in the locale's short units: ``"45 s"``, ``"4 min"``, ``"1 h 5 min"``,
    ``"2,5 dias"``."""
    from babel.units import format_unit

    loc = i18n.babel_locale()

    def unit(value: float, name: str, length: str = "short") -> str:
        return format_unit(value, f"duration-{name}", length=length, locale=loc).replace(" ", NBSP)

    if seconds < 60:
        return unit(round(seconds), "second")
    if seconds < 3600:
        return unit(round(seconds / 60), "minute")
    if seconds < 86400:
        h, m = divmod(round(seconds / 60), 60)
        return f"{unit(h, 'hour')} {unit(m, 'minute')}" if m else unit(h, "hour")
    return unit(round(seconds / 86400, 1), "day", "long")


def language_name(code: str) -> str:
    """A language's name in the report's language (``"pt"`` -> ``"Portuguese"``, in a
    Portuguese report ``"português"``); a code Babel does not name keeps the English name the
    language data gives (``"und-Cyrl"``: "a language in Cyrillic script")."""
    from analyzer.nlp.language import language_name as english_name

    if _english() or not code or code.startswith("und"):
        return english_name(code)
    return i18n.babel_locale().languages.get(code.split("-")[0]) or english_name(code)


def warning_text(warning: str) -> str:
    """A warning from reading the chat (:mod:`analyzer.parse_warnings`) as one sentence in the
    report's language, its counts written as the language writes them; a warning without a code
    (one a caller put in ``Source.warnings`` by hand) is shown as it was given."""
    from analyzer.parse_warnings import TEXTS, ParseWarning, render

    if not (isinstance(warning, ParseWarning) and warning.code in TEXTS):
        return str(warning)
    return render(
        warning.code,
        warning.values,
        gettext=_,
        ngettext=i18n.ngettext,
        count=fmt_count,
        join=_(", ").join,
    )


def untranslated_warnings(warnings: Sequence[str]) -> bool:
    """Whether the report shows a warning in English although it is written in another
    language (a warning without a code: see :func:`warning_text`)."""
    from analyzer.parse_warnings import TEXTS, ParseWarning

    if i18n.current() == i18n.SOURCE:
        return False
    return any(not (isinstance(w, ParseWarning) and w.code in TEXTS) for w in warnings)
