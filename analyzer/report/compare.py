"""The "What changed" section (``--compare``): a :class:`analyzer.compare.Comparison` as view
blocks (``para``, ``note``, ``list``, ``table``; see :mod:`analyzer.report.view`).

Where it goes (:func:`place`): first in the report when a measure changed for real
(:attr:`Comparison.stands_out`), else right after the opening summary. Two people's shares mirror
each other (one's 20 % is the other's 80 %), so a change in a share is told once, for the person
whose share went down; the table lists both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.compare import RULE, TESTED
from analyzer.report import view

if TYPE_CHECKING:
    from analyzer.compare import Comparison
    from analyzer.result import Analysis

SECTION_ID = "compare"
TITLE = "What changed"

VERDICT_LABELS = {
    "changed": "changed",
    "small": "small change",
    "uncertain": "no clear change",
    "thin": "too little data",
    "untested": "not tested",
    "same": "same",
}
_KIND = dict(TESTED)
_MINUS = "−"


def place(sections: list[tuple[str, list[dict]]], analysis: Analysis) -> list:
    """``sections`` with "What changed" added (when the analysis carries a comparison): first
    when a real change stands out, else after the first (summary) section."""
    comparison = analysis.comparison
    if comparison is None:
        return sections
    entry = (SECTION_ID, blocks(comparison))
    at = 0 if comparison.stands_out else min(1, len(sections))
    return [*sections[:at], entry, *sections[at:]]


def _signed(text: str, value: float) -> str:
    return ("+" if value > 0 else _MINUS if value < 0 else "±") + text


def fmt_change(measure: str, value: Any) -> str:
    """A change in the measure's unit: shares in percentage points, rates per 100, ..."""
    if view._missing(value):
        return view.DASH
    v = float(value)
    kind = _KIND.get(measure, "")
    if kind == "share":
        points = round(abs(v) * 100)
        word = "point" if points == 1 else "points"
        return _signed(f"{points}{view.NBSP}{word}", round(v * 100))
    spec = view._spec(measure)
    unit = spec.unit if spec else "count"
    if unit == "seconds":
        return _signed(view.fmt_seconds(abs(v)), v) if round(v) else "±0"
    if unit == "rate":
        return _signed(f"{abs(v):.1f}", round(v, 1))
    if unit in ("index", "signed"):
        return _signed(f"{abs(v):.2f}", round(v, 2))
    return _signed(f"{abs(v):,.0f}", round(v))


def fmt_change_interval(measure: str, low: Any, high: Any, *, prefix: bool = True) -> str:
    """``"95 % interval −39 to −19 points"`` (without ``prefix``: ``"−39 to −19 points"``)."""
    if view._missing(low) or view._missing(high):
        return ""
    first, last = fmt_change(measure, low), fmt_change(measure, high)
    for unit in (f"{view.NBSP}points", f"{view.NBSP}point"):
        if first.endswith(unit) and last.endswith(("points", "point")):
            first = first[: -len(unit)]  # "−39 to −19 points"
    return (f"95{view.NBSP}% interval " if prefix else "") + f"{first} to {last}"


def _when(period) -> str:
    return f"{view.fmt_date(period.first_day)} to {view.fmt_date(period.last_day)}"


def _amount(period) -> str:
    return (
        f"{period.messages:,} message{'s' if period.messages != 1 else ''} in "
        f"{period.sessions:,} conversation{'s' if period.sessions != 1 else ''}"
    )


def _intro(c: Comparison) -> str:
    if c.mode == "length":
        from analyzer.compare import _LENGTH, _length_words

        m = _LENGTH.match(c.spec)
        length = _length_words(int(m.group(1)), m.group(2).lower()) if m else c.spec
        head = f"The last {length} against the {length} before them."
    else:
        head = f"Before {view.fmt_date(c.later.first_day)} against from that day on."
    return (
        f"{head} Earlier: {_when(c.earlier)} ({_amount(c.earlier)}). "
        f"Later: {_when(c.later)} ({_amount(c.later)})."
    )


def finding(row) -> str:
    """One real change in plain words, with both values, their n and the change's interval."""
    name = str(row.name)
    what = view.label(name)
    what = what[:1].lower() + what[1:]
    subject = f"{row.participant}'s {what}" if row.participant else f"The {what}"
    direction = "went up" if row.change > 0 else "went down"
    return (
        f"{subject} {direction} from {view.fmt_value(name, row.earlier)} "
        f"({view.fmt_n(row.earlier_n)}) to {view.fmt_value(name, row.later)} "
        f"({view.fmt_n(row.later_n)}): {fmt_change(name, row.change)} "
        f"({fmt_change_interval(name, row.change_low, row.change_high)})."
    )


def _findings(c: Comparison, people: int) -> list[str]:
    told: set[str] = set()
    out = []
    rows = c.frame[(c.frame["kind"] == "measure") & c.frame["real"]]
    for row in rows.itertuples(index=False):
        name = str(row.name)
        if _KIND.get(name) == "share" and people == 2 and row.participant:
            if name in told or row.change > 0:
                continue
            told.add(name)
        out.append(finding(row))
    return out


def _sign_label(status: str) -> str:
    return view._(view.STATUS_LABELS[status]) if status in view.STATUS_LABELS else status


def blocks(c: Comparison) -> list[dict[str, Any]]:
    """The section's blocks."""
    f = c.frame
    people = len(c.later.analysis.participants)
    out: list[dict[str, Any]] = [{"type": "para", "text": _intro(c)}]
    out += [{"type": "note", "text": note} for note in c.notes]
    found = _findings(c, people)
    if found:
        out.append({"type": "list", "title": "Changes that stand out", "items": found})
    else:
        out.append(
            {
                "type": "para",
                "text": "No measure changed clearly between the two periods: each difference is "
                "small, within what chance could make, or rests on too little data.",
            }
        )
    signs = f[f["kind"] == "sign"]
    titles = {s.id: s.title for s in c.later.analysis.signs}
    turned = [
        f"{titles[str(r.name)]}: {_sign_label(str(r.earlier_status))} before, "
        f"{_sign_label(str(r.later_status))} later."
        for r in signs[signs["real"]].itertuples(index=False)
    ]
    if turned:
        out.append({"type": "list", "title": "Signs that turned", "items": turned})
        if not found:
            out.append(
                {
                    "type": "note",
                    "text": "No measure behind these signs changed clearly, so a sign may have "
                    "turned because a number only just crossed its threshold.",
                }
            )
    rows = []
    for r in f[f["kind"] == "measure"].itertuples(index=False):
        name = str(r.name)
        if view._missing(r.earlier) and view._missing(r.later):
            continue
        rows.append(
            {
                "key": name,
                "label": view.label(name),
                "cells": [
                    {"text": str(r.participant) or "whole chat", "sub": ""},
                    _value_cell(name, r.earlier, r.earlier_n),
                    _value_cell(name, r.later, r.later_n),
                    {
                        "text": fmt_change(name, r.change),
                        "sub": fmt_change_interval(name, r.change_low, r.change_high, prefix=False),
                    },
                    {"text": VERDICT_LABELS.get(str(r.verdict), str(r.verdict)), "sub": ""},
                ],
            }
        )
    out.append(
        {
            "type": "table",
            "caption": "Measures, earlier and later",
            "head": ["Measure", "Who", "Earlier", "Later", "Change (95 % interval)", "Verdict"],
            "rows": rows,
        }
    )
    same = signs["earlier_status"] == signs["later_status"]
    sign_rows = [
        {
            "key": str(r.name),
            "label": titles.get(str(r.name), str(r.name)),
            "cells": [
                {"text": _sign_label(str(r.earlier_status)), "sub": ""},
                {"text": _sign_label(str(r.later_status)), "sub": str(r.participant)},
                {"text": VERDICT_LABELS.get(str(r.verdict), str(r.verdict)), "sub": ""},
            ],
        }
        for r in signs[~same].itertuples(index=False)
    ]
    if sign_rows:
        out.append(
            {
                "type": "table",
                "caption": "Signs whose status differs",
                "head": ["Sign", "Earlier", "Later", "Verdict"],
                "rows": sign_rows,
            }
        )
    for status in ("observed", "not_observed", "insufficient_data"):
        kept = [
            titles.get(str(r.name), str(r.name))
            for r in signs[same & (signs["later_status"] == status)].itertuples(index=False)
        ]
        if kept:
            out.append(
                {
                    "type": "para",
                    "text": f"{_sign_label(status).capitalize()} in both periods: "
                    + "; ".join(kept)
                    + ".",
                }
            )
    out.append({"type": "note", "text": RULE})
    return out


def _value_cell(name: str, value: Any, n: Any) -> dict[str, str]:
    return {
        "text": view.fmt_value(name, value),
        "sub": view.fmt_n(None if n is pd.NA else n),
    }
