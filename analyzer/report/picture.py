"""The balance picture at the top of page one: for each main kind of give and take, how it is
split between the people, drawn around the even line, with the lopsided band and the bootstrap
interval, and one word for what it reads as ("even", "leaning to Tom", "one-sided: Priya").

It reads the published measures only (:data:`analyzer.report.plainwords.PICTURE_ROWS`): a share
with its interval where the metrics publish one, else a count turned into a share of all the
people's counts (as the balance profile plot does), with no interval. The lines are the report's
own (:func:`analyzer.report.findings.lines`): about even below ``even_word_gap`` of excess share,
one-sided from ``balance_excess``.

The block (:class:`~analyzer.report.blocks.Balance`) is geometry in percent of the bar's width,
as plain numbers, so that the HTML template (inline SVG) and the PDF writer draw the same picture
and compute nothing: its rows (:class:`~analyzer.report.blocks.BarRow`, each of a ``kind``: even,
leaning, one_sided, or thin: fewer items than the row's least n, drawn but not judged) hold the
bars (:class:`~analyzer.report.blocks.Bar`: segments, bands, the even line, the interval).
``split`` is True for two people: one bar per row, split between them; a group gets one bar per
person and row.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from analyzer.metrics import catalogue
from analyzer.report import plainwords as words
from analyzer.report.blocks import Balance, Bar, BarRow, Person, Segment, Span
from analyzer.report.findings import lines
from analyzer.report.formatting import _missing, fmt_share

if TYPE_CHECKING:
    from analyzer.result import Analysis


def _share_measures() -> frozenset[str]:
    return frozenset(s.name for s in catalogue.CATALOGUE if s.unit == "share")


def _values(analysis: Analysis, measure: str, people: list[str], folded: dict[str, str]):
    """Per shown person: (share, low, high), and the n behind the row; None when not measured.

    A share is taken as published (with its interval); a count becomes a share of all counts.
    "N others" gets the sum of the folded people's shares or counts, without an interval."""
    rows = {
        str(r["participant"]): r
        for r in analysis.measures.values.to_dict("records")
        if r["measure"] == measure
    }

    def num(row, key):
        return float("nan") if row is None or _missing(row.get(key)) else float(row[key])

    raw = {p: num(rows.get(p), "value") for p in analysis.participants}
    if all(math.isnan(v) for v in raw.values()):
        return None
    is_share = measure in _share_measures()
    if is_share:
        n = max(int(r.get("n") or 0) for r in rows.values())
        shares = {p: v for p, v in raw.items()}
    else:
        total = sum(v for v in raw.values() if not math.isnan(v))
        if total <= 0:
            return None
        n = int(round(total))
        shares = {p: v / total for p, v in raw.items()}
    if n == 0:
        return None
    out = {}
    for p in people:
        if p in analysis.participants:
            row = rows.get(p)
            low, high = (num(row, "ci_low"), num(row, "ci_high")) if is_share else (math.nan,) * 2
            out[p] = (shares[p], low, high)
        else:  # "N others"
            mine = [shares[q] for q, o in folded.items() if o == p and not math.isnan(shares[q])]
            out[p] = (sum(mine) if mine else math.nan, math.nan, math.nan)
    if any(math.isnan(s) for s, _, _ in out.values()):
        return None
    return out, n


def _verdict(top: str, share: float, low: float, high: float, k: int, analysis: Analysis):
    even_line, line = lines(k, analysis.settings.thresholds)
    kind = "even" if share < even_line else "one_sided" if share >= line else "leaning"
    fair = 1.0 / k
    unsure = kind != "even" and not math.isnan(low) and low <= fair <= high
    return kind, words.fill(words.VERDICTS[kind], person=top), unsure


def build(analysis: Analysis) -> Balance | None:
    """The picture's block, or None when there are fewer than two people or nothing to show."""
    from analyzer.report import plots
    from analyzer.report.view import plot_people

    people, folded = plot_people(analysis)
    k_all = len(analysis.participants)
    if k_all < 2:
        return None
    colors = plots.person_colors(people)
    split = k_all == 2
    even_line, line = lines(k_all, analysis.settings.thresholds)
    fair = 1.0 / k_all
    from analyzer.report.findings import shortfalls

    short = bool(shortfalls(analysis))  # below the minimum data: drawn, nothing judged
    rows = []
    for measure, row_label, counted, least in words.PICTURE_ROWS:
        label = words.fill(row_label)
        got = _values(analysis, measure, people, folded)
        if got is None:
            continue
        values, n = got
        ranked = sorted(people, key=lambda p: (-values[p][0], people.index(p)))
        top = ranked[0]
        share, low, high = values[top]
        if top not in analysis.participants:  # "N others" is not one person: judge the top one
            top = next(p for p in ranked if p in analysis.participants)
            share, low, high = values[top]
        kind, verdict, unsure = _verdict(top, share, low, high, k_all, analysis)
        need = getattr(analysis.settings.thresholds, least) if least else 0
        if n < need or short:  # too few to judge: drawn, not judged
            kind, verdict, unsure = "thin", words.fill(words.VERDICT_THIN), False
        has_interval = any(not math.isnan(v[1]) for v in values.values())
        detail = words.fill(
            counted, n, shares=" · ".join(f"{p} {fmt_share(values[p][0])}" for p in ranked)
        )
        if short:
            detail += words.separator() + words.fill(words.SHORT_NOTE)
        elif kind == "thin":
            detail += words.separator() + words.fill(words.THIN_NOTE, need=need)
        elif has_interval:
            detail += words.separator() + words.fill(
                words.INTERVAL, low=fmt_share(low), high=fmt_share(high), person=top
            )
        else:
            detail += words.separator() + words.fill(words.NO_INTERVAL)
        summary = words.fill(
            words.ROW_SUMMARY_UNSURE if unsure else words.ROW_SUMMARY,
            label=label,
            verdict=verdict,
            detail=detail,
        )
        if split:
            a, b = people
            sa = values[a][0]
            bars = (
                Bar(
                    name="",
                    label=summary,
                    segments=(
                        _segment(a, colors[a], 0.0, sa),
                        _segment(b, colors[b], sa, 1.0 - sa),
                    ),
                    bands=(_pct_box(0.0, 1.0 - line), _pct_box(line, 1.0 - line)),
                    even=50.0,
                    interval=_interval(values[a][1], values[a][2]),
                ),
            )
        else:
            bars = tuple(
                Bar(
                    name=p,
                    label=words.fill(
                        words.BAR_LABEL, label=label, person=p, share=fmt_share(values[p][0])
                    )
                    or summary,
                    segments=(_segment(p, colors[p], 0.0, values[p][0]),),
                    bands=(_pct_box(line, 1.0 - line),),
                    even=round(fair * 100, 2),
                    interval=_interval(values[p][1], values[p][2]),
                )
                for p in people
            )
        rows.append(
            BarRow(
                key=measure,
                label=label,
                kind=kind,
                verdict=verdict,
                unsure=words.fill(words.VERDICT_UNSURE) if unsure else "",
                detail=detail,
                summary=summary,
                bars=bars,
            )
        )
    if not rows:
        return None
    return Balance(
        title=words.fill(words.PICTURE_TITLE),
        intro=words.fill(
            words.PICTURE_INTRO if split else words.PICTURE_INTRO_GROUP, even=fmt_share(even_line)
        ),
        people=tuple(Person(p, colors[p]) for p in people),
        split=split,
        key=bool(folded),  # the people are listed just above unless some are folded
        scale=tuple(words.fill(w) for w in words.SCALE),
        even=fmt_share(0.5 if split else fair),
        lines=f"{fmt_share(even_line)} / {fmt_share(line)}",
        rows=tuple(rows),
    )


def _pct(x: float) -> float:
    return round(min(max(x, 0.0), 1.0) * 100, 2)


def _pct_box(x: float, w: float) -> Span:
    return Span(_pct(x), _pct(w))


def _segment(name: str, color: str, x: float, w: float) -> Segment:
    return Segment(name, color, _pct(x), _pct(w), fmt_share(w))


def _interval(low: float, high: float) -> tuple[float, float] | None:
    if math.isnan(low) or math.isnan(high):
        return None
    return (_pct(low), _pct(high))
