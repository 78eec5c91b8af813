"""The "What changed" section (``--compare``): a :class:`analyzer.compare.Comparison` as view
blocks (``Para``, ``Note``, ``Bullets``, ``Table``; see :mod:`analyzer.report.blocks`).

Where it goes (:func:`place`): first in the report when a measure changed for real
(:attr:`Comparison.stands_out`), else right after the opening summary. Two people's shares mirror
each other (one's 20 % is the other's 80 %), so a change in a share is told once, for the person
whose share went down; the table lists both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.compare import TESTED
from analyzer.report import i18n, view
from analyzer.report.blocks import Block, Bullets, Cell, Note, Para, Row, Table
from analyzer.report.i18n import N_, Nn_, _, plural

if TYPE_CHECKING:
    from analyzer.compare import Comparison
    from analyzer.result import Analysis

SECTION_ID = "compare"
TITLE = "What changed"

VERDICT_LABELS = {
    "changed": N_("changed"),
    "small": N_("small change"),
    "uncertain": N_("no clear change"),
    "thin": N_("too little data"),
    "untested": N_("not tested"),
    "same": N_("same"),
}
POINTS = Nn_("{n}\u00a0point", "{n}\u00a0points")
#: ``{level}``: the interval's level, "95 %" as the report's language writes it.
INTERVAL = N_("{level} interval {low} to {high}")
LOW_TO_HIGH = N_("{low} to {high}")
START_TO_END = N_("{start} to {end}")
MESSAGES = Nn_("{n} message", "{n} messages")
CONVERSATIONS = Nn_("{n} conversation", "{n} conversations")
AMOUNT = N_("{messages} in {conversations}")
#: "The last 4 weeks against the 4 weeks before them", by the length's unit.
LAST = {
    "d": Nn_(
        "The last {n} day against the {n} day before them.",
        "The last {n} days against the {n} days before them.",
    ),
    "w": Nn_(
        "The last {n} week against the {n} week before them.",
        "The last {n} weeks against the {n} weeks before them.",
    ),
    "m": Nn_(
        "The last {n} month against the {n} month before them.",
        "The last {n} months against the {n} months before them.",
    ),
    "y": Nn_(
        "The last {n} year against the {n} year before them.",
        "The last {n} years against the {n} years before them.",
    ),
}
BEFORE_DATE = N_("Before {date} against from that day on.")
INTRO = N_("{head} Earlier: {earlier} ({earlier_amount}). Later: {later} ({later_amount}).")
#: A real change, by whose it is and which way it went.
FINDINGS = {
    (True, True): N_(
        "{person}'s {measure} went up from {before} ({before_n}) to {after} ({after_n}): "
        "{change} ({interval})."
    ),
    (True, False): N_(
        "{person}'s {measure} went down from {before} ({before_n}) to {after} ({after_n}): "
        "{change} ({interval})."
    ),
    (False, True): N_(
        "The {measure} went up from {before} ({before_n}) to {after} ({after_n}): "
        "{change} ({interval})."
    ),
    (False, False): N_(
        "The {measure} went down from {before} ({before_n}) to {after} ({after_n}): "
        "{change} ({interval})."
    ),
}
STANDS_OUT = N_("Changes that stand out")
NONE_CHANGED = N_(
    "No measure changed clearly between the two periods: each difference is small, within what "
    "chance could make, or rests on too little data."
)
TURNED = N_("{sign}: {before} before, {after} later.")
SIGNS_TURNED = N_("Signs that turned")
JUST_CROSSED = N_(
    "No measure behind these signs changed clearly, so a sign may have turned because a number "
    "only just crossed its threshold."
)
WHOLE_CHAT = N_("whole chat")
MEASURES_CAPTION = N_("Measures, earlier and later")
MEASURES_HEAD = (
    N_("Measure"),
    N_("Who"),
    N_("Earlier"),
    N_("Later"),
    N_("Change ({level} interval)"),
    N_("Verdict"),
)
SIGNS_CAPTION = N_("Signs whose status differs")
SIGNS_HEAD = (N_("Sign"), N_("Earlier"), N_("Later"), N_("Verdict"))
BOTH_PERIODS = N_("{status} in both periods: {signs}.")
SHORT_START = Nn_(
    "The chat begins on {date}, so the earlier period holds only {n} of its days.",
    "The chat begins on {date}, so the earlier period holds only {n} of its days.",
)
#: The same words as ``analyzer.compare.RULE`` (a test keeps them equal, with ``{level}`` the
#: interval's level), to be translated.
RULE_TEXT = N_(
    "A change counts as real when both periods have enough data behind the measure (at least "
    "20 items, or 10 feeling statements, and at least 10 conversations each), the {level} interval "
    "of the change (resampling conversations) leaves out zero, and the change is at least 10 "
    "percentage points for a share, or a quarter of the larger value for a rate."
)
_SHORT_START = re.compile(
    r"The chat begins on (\d{4}-\d\d-\d\d), so the earlier period holds only (\d+) of its days\."
)
_KIND = dict(TESTED)
_MINUS = "−"


def place(sections: list[tuple[str, list[Block]]], analysis: Analysis) -> list:
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
        return _signed(plural(POINTS, points).format(n=points), round(v * 100))
    spec = view._spec(measure)
    unit = spec.unit if spec else "count"
    if unit == "seconds":
        return _signed(view.fmt_seconds(abs(v)), v) if round(v) else "±0"
    if unit == "rate":
        return _signed(view.fmt_number(abs(v), 1), round(v, 1))
    if unit in ("index", "signed"):
        return _signed(view.fmt_number(abs(v), 2), round(v, 2))
    return _signed(view.fmt_count(round(abs(v))), round(v))


def fmt_change_interval(measure: str, low: Any, high: Any, *, prefix: bool = True) -> str:
    """``"95 % interval −39 to −19 points"`` (without ``prefix``: ``"−39 to −19 points"``)."""
    if view._missing(low) or view._missing(high):
        return ""
    first, last = fmt_change(measure, low), fmt_change(measure, high)
    if (
        _KIND.get(measure, "") == "share"
    ):  # the unit once, after the second end: "−39 to −19 points"
        first = _signed(str(round(abs(float(low)) * 100)), round(float(low) * 100))
    return _(INTERVAL if prefix else LOW_TO_HIGH).format(level=_level(), low=first, high=last)


def _level() -> str:
    return view.fmt_share(0.95)


def _when(period) -> str:
    return _(START_TO_END).format(
        start=view.fmt_date(period.first_day), end=view.fmt_date(period.last_day)
    )


def _amount(period) -> str:
    return _(AMOUNT).format(
        messages=plural(MESSAGES, period.messages).format(n=view.fmt_count(period.messages)),
        conversations=plural(CONVERSATIONS, period.sessions).format(
            n=view.fmt_count(period.sessions)
        ),
    )


def _intro(c: Comparison) -> str:
    if c.mode == "length":
        from analyzer.compare import _LENGTH

        m = _LENGTH.match(c.spec)
        count, unit = (int(m.group(1)), m.group(2).lower()) if m else (0, "")
        head = plural(LAST[unit], count).format(n=count) if m else c.spec
    else:
        head = _(BEFORE_DATE).format(date=view.fmt_date(c.later.first_day))
    return _(INTRO).format(
        head=head,
        earlier=_when(c.earlier),
        earlier_amount=_amount(c.earlier),
        later=_when(c.later),
        later_amount=_amount(c.later),
    )


def _in_sentence(label: str) -> str:
    """A measure's label inside a sentence (German keeps its capital)."""
    return label if i18n.current() in i18n.KEEPS_CAPITALS else label[:1].lower() + label[1:]


def finding(row) -> str:
    """One real change in plain words, with both values, their n and the change's interval."""
    name = str(row.name)
    return _(FINDINGS[(bool(row.participant), bool(row.change > 0))]).format(
        person=row.participant,
        measure=_in_sentence(view.label(name)),
        before=view.fmt_value(name, row.earlier),
        before_n=view.fmt_n(row.earlier_n),
        after=view.fmt_value(name, row.later),
        after_n=view.fmt_n(row.later_n),
        change=fmt_change(name, row.change),
        interval=fmt_change_interval(name, row.change_low, row.change_high),
    )


def _note(note: str, c: Comparison) -> str:
    """A note of the comparison in the report's language (the analysis writes it in English)."""
    from analyzer.nlp.language import not_read_note
    from analyzer.report import plainwords as words

    m = _SHORT_START.fullmatch(note)
    if m:
        days = int(m.group(2))
        return plural(SHORT_START, days).format(date=view.fmt_date(m.group(1)), n=days)
    language = c.later.analysis.measures.language
    if note == not_read_note(language):
        return words.fill(words.NOT_READ_MEASURES, language=view.language_name(language))
    return note


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


def blocks(c: Comparison) -> list[Block]:
    """The section's blocks."""
    f = c.frame
    people = len(c.later.analysis.participants)
    out: list[Block] = [Para(_intro(c))]
    out += [Note(_note(note, c)) for note in c.notes]
    found = _findings(c, people)
    if found:
        out.append(Bullets(tuple(found), title=_(STANDS_OUT)))
    else:
        out.append(Para(_(NONE_CHANGED)))
    signs = f[f["kind"] == "sign"]
    titles = {s.id: _(s.title) for s in c.later.analysis.signs}
    turned = [
        _(TURNED).format(
            sign=titles[str(r.name)],
            before=_sign_label(str(r.earlier_status)),
            after=_sign_label(str(r.later_status)),
        )
        for r in signs[signs["real"]].itertuples(index=False)
    ]
    if turned:
        out.append(Bullets(tuple(turned), title=_(SIGNS_TURNED)))
        if not found:
            out.append(Note(_(JUST_CROSSED)))
    rows = []
    for r in f[f["kind"] == "measure"].itertuples(index=False):
        name = str(r.name)
        if view._missing(r.earlier) and view._missing(r.later):
            continue
        rows.append(
            Row(
                name,
                view.label(name),
                (
                    Cell(str(r.participant) or _(WHOLE_CHAT)),
                    _value_cell(name, r.earlier, r.earlier_n),
                    _value_cell(name, r.later, r.later_n),
                    Cell(
                        fmt_change(name, r.change),
                        fmt_change_interval(name, r.change_low, r.change_high, prefix=False),
                    ),
                    Cell(_verdict(r.verdict)),
                ),
            )
        )
    out.append(
        Table(
            _(MEASURES_CAPTION),
            tuple(_(h).format(level=_level()) for h in MEASURES_HEAD),
            tuple(rows),
        )
    )
    same = signs["earlier_status"] == signs["later_status"]
    sign_rows = tuple(
        Row(
            str(r.name),
            titles.get(str(r.name), str(r.name)),
            (
                Cell(_sign_label(str(r.earlier_status))),
                Cell(_sign_label(str(r.later_status)), str(r.participant)),
                Cell(_verdict(r.verdict)),
            ),
        )
        for r in signs[~same].itertuples(index=False)
    )
    if sign_rows:
        out.append(Table(_(SIGNS_CAPTION), tuple(_(h) for h in SIGNS_HEAD), sign_rows))
    for status in ("observed", "not_observed", "insufficient_data"):
        kept = [
            titles.get(str(r.name), str(r.name))
            for r in signs[same & (signs["later_status"] == status)].itertuples(index=False)
        ]
        if kept:
            out.append(
                Para(
                    _(BOTH_PERIODS).format(
                        status=_sign_label(status).capitalize(), signs="; ".join(kept)
                    )
                )
            )
    out.append(Note(_(RULE_TEXT).format(level=_level())))
    return out


def _verdict(verdict: Any) -> str:
    return _(VERDICT_LABELS[str(verdict)]) if str(verdict) in VERDICT_LABELS else str(verdict)


def _value_cell(name: str, value: Any, n: Any) -> Cell:
    return Cell(view.fmt_value(name, value), view.fmt_n(None if n is pd.NA else n))
