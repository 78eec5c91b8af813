"""What stands out: three to six findings at the top of the report, ranked by effect size and
certainty, in plain words with the number and n behind each.

Candidates (each needs its value measured):

- the split of words, conversation starts, questions and feeling statements between the people;
- the gap between the people in how often their feelings meet a caring reply;
- the slower person's typical reply time within conversations;
- the share of conversations that go from light to deep;
- the weekly trend in messages, when its test is significant.

Effect size is the distance from even, in units of the project's own line for that measure
(the Thresholds of :mod:`analyzer.settings`): for a split between people, the share's excess over
the fair share (``(s - 1/k) / (1 - 1/k)``) divided by ``balance_excess``, so 1.0 is exactly the
line where a dimension counts as lopsided; for caring replies, the gap over
``balance_responsive_gap``; for reply time, the slower median over ``presence_latency_s``; for
light-to-deep talk, how far the share is from ``light_to_deep_share`` relative to it; for the
trend, its weekly slope over ``waning_slope``. The effect is then weighed by how well text shows
the measure (SIGNS.md: talk share robust, 1; questions, feelings, caring replies, depth and the
trend moderate, 0.75; reply time a weak proxy, 0.5). Certainty halves the effect when the bootstrap
interval of a split still holds the even share (or a trend's p is above ``trend_p``). A value
whose n is below the report's one minimum (:func:`analyzer.report.prose.too_few`) is not ranked:
it is named in a closing "too little data" finding. A chat whose language has no emotion
reading gets a closing finding that says what is not read. When the whole chat is below the
minimum data, nothing is ranked: the one finding says so.

Reference points in the texts are those thresholds, named as what they mean; none is invented.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analyzer.report import prose
from analyzer.report.formatting import _missing as missing
from analyzer.report.formatting import _name_list as name_list
from analyzer.report.formatting import fmt_n, fmt_seconds, fmt_share, fmt_trend

if TYPE_CHECKING:
    from analyzer.result import Analysis

MAX_FINDINGS = 6
MODERATE, WEAK = 0.75, 0.5

#: Splits between people: measure, what is split, and what n counts.
SPLITS: tuple[tuple[str, str, str], ...] = (
    ("word_share", "the words", "words"),
    ("initiation_share", "the conversation starts", "conversations"),
    ("question_share", "the questions", "questions"),
    ("disclosure_share", "the feeling statements", "feeling statements"),
)


@dataclass(frozen=True)
class Finding:
    text: str
    measure: str
    person: str
    value: float | None
    n: int
    effect: float = 0.0  # distance from even in units of the threshold (0 = even, 1 = the line)
    certain: bool = True
    strength: float = 1.0  # how well text shows it (SIGNS.md): robust 1, moderate 0.75, weak 0.5

    @property
    def weight(self) -> float:
        return self.effect * self.strength * (1.0 if self.certain else 0.5)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "measure": self.measure,
            "person": self.person,
            "value": None if self.value is None or missing(self.value) else float(self.value),
            "n": int(self.n),
        }


def _rows(analysis: Analysis) -> dict[tuple[str, str], dict]:
    return {
        (str(r["measure"]), str(r["participant"])): r
        for r in analysis.measures.values.to_dict("records")
    }


def _num(row: dict | None, key: str = "value") -> float:
    if row is None or missing(row.get(key)):
        return float("nan")
    return float(row[key])


def _split(analysis: Analysis, rows, measure: str, what: str, unit: str) -> Finding | None:
    t = analysis.settings.thresholds
    people = list(analysis.participants)
    k = len(people)
    shares = {p: _num(rows.get((measure, p))) for p in people}
    known = {p: s for p, s in shares.items() if not math.isnan(s)}
    if k < 2 or len(known) < 2:
        return None
    top = max(known, key=lambda p: known[p])
    row = rows[(measure, top)]
    n = int(row.get("n") or 0)
    if n == 0:
        return None
    fair = 1.0 / k
    excess = (known[top] - fair) / (1 - fair)
    low, high = _num(row, "ci_low"), _num(row, "ci_high")
    certain = not (not math.isnan(low) and low <= fair <= high)
    line = fmt_share((1 + t.balance_excess) / 2 if k == 2 else fair + t.balance_excess * (1 - fair))
    interval = "" if math.isnan(low) else f", likely between {fmt_share(low)} and {fmt_share(high)}"
    if excess < t.even_word_gap:
        text = (
            f"{what.capitalize()} are split about evenly: "
            + "; ".join(f"{p} {fmt_share(known[p])}" for p in people if p in known)
            + f" ({fmt_n(n)} {unit})."
        )
    else:
        rest = "; ".join(f"{p} {fmt_share(known[p])}" for p in people if p in known and p != top)
        text = (
            f"{top} has {fmt_share(known[top])} of {what} ({fmt_n(n)} {unit}{interval}; "
            f"{rest}). Lopsided would be {line} or more on one side."
        )
        if not certain:
            text += " The interval still includes an even split."
    strength = 1.0 if measure in ("word_share", "initiation_share") else MODERATE
    return Finding(text, measure, top, known[top], n, excess / t.balance_excess, certain, strength)


def _caring(analysis: Analysis, rows) -> tuple[Finding | None, list[str]]:
    """The gap between people in how often their feelings met a caring reply; the people whose
    n is below the minimum are returned apart (too little data)."""
    t = analysis.settings.thresholds
    measure = "responsiveness_received"
    enough: dict[str, tuple[float, int]] = {}
    thin = []
    for p in analysis.participants:
        row = rows.get((measure, p))
        value = _num(row)
        if math.isnan(value):
            continue
        n = int(row.get("n") or 0)
        if prose.too_few(measure, n, analysis.settings):
            thin.append(f"{p}'s feeling statements ({fmt_n(n)})")
            continue
        enough[p] = (value, n)
    if not enough:
        return None, thin
    low = min(enough, key=lambda p: enough[p][0])
    parts = "; ".join(
        f"{p} {fmt_share(v)} ({fmt_n(n)} feeling statements)" for p, (v, n) in enough.items()
    )
    text = f"Feelings that met a caring reply: {parts}."
    gap = max(v for v, _ in enough.values()) - enough[low][0]
    if len(enough) >= 2:
        text += (
            f" Caring replies count as lopsided when they differ by "
            f"{t.balance_responsive_gap * 100:g} percentage points or more."
        )
        effect = gap / t.balance_responsive_gap
    else:
        effect = 0.0
    if enough[low][0] < t.safe_responsive_share:
        text += (
            f" Sharing counts as safe from {fmt_share(t.safe_responsive_share)} "
            "met with care."
        )
        effect = max(effect, (t.safe_responsive_share - enough[low][0]) / t.balance_responsive_gap)
    value, n = enough[low]
    return Finding(text, measure, low, value, n, effect, True, MODERATE), thin


def _latency(analysis: Analysis, rows) -> Finding | None:
    t = analysis.settings.thresholds
    measure = "median_latency_s"
    known = {}
    for p in analysis.participants:
        row = rows.get((measure, p))
        value = _num(row)
        if not math.isnan(value) and not prose.too_few(measure, int(row.get("n") or 0),
                                                        analysis.settings):
            known[p] = (value, int(row["n"]))
    if not known:
        return None
    slow = max(known, key=lambda p: known[p][0])
    parts = "; ".join(f"{p} {fmt_seconds(v)} ({fmt_n(n)} replies)" for p, (v, n) in known.items())
    text = (
        f"Typical reply time within a conversation: {parts}. The attentiveness sign allows up "
        f"to {fmt_seconds(t.presence_latency_s)} for the slower person."
    )
    value, n = known[slow]
    return Finding(text, measure, slow, value, n, value / t.presence_latency_s, True, WEAK)


def _depth(analysis: Analysis, rows) -> Finding | None:
    t = analysis.settings.thresholds
    if not analysis.measures.lexicon_applied:
        return None
    measure = "deep_session_share"
    row = rows.get((measure, ""))
    value = _num(row)
    if math.isnan(value):
        return None
    n = int(row.get("n") or 0)
    text = (
        f"{fmt_share(value)} of conversations go from small talk to feelings ({fmt_n(n)} "
        f"conversations). Talk counts as moving easily from light to deep from "
        f"{fmt_share(t.light_to_deep_share)}, and as staying on the surface at "
        f"{fmt_share(t.superficial_deep_share)} or less."
    )
    effect = abs(value - t.light_to_deep_share) / t.light_to_deep_share
    return Finding(text, measure, "", value, n, effect, True, MODERATE)


def _trend(analysis: Analysis, rows) -> Finding | None:
    t = analysis.settings.thresholds
    row = rows.get(("trend_messages", ""))
    value, p = _num(row), _num(row, "p_value")
    if math.isnan(value) or math.isnan(p) or p >= t.trend_p:
        return None
    n = int(row.get("n") or 0)
    direction = "rising" if value > 0 else "falling"
    text = (
        f"Messages per week are {direction}: {fmt_trend(value)} ({fmt_n(n)} weeks, p = {p:.3f}). "
        f"A weekly change beyond {t.waning_slope * 100:g} % counts towards a fading chat."
    )
    effect = abs(value) / t.waning_slope
    return Finding(text, "trend_messages", "", value, n, effect, True, MODERATE)


def shortfalls(analysis: Analysis) -> list[str]:
    """Which minimum-data rules the whole chat misses, in plain words (read from the published
    measures ``span_days``, whose n is the messages in all, and ``messages`` per person)."""
    mins = analysis.settings.minimum
    span = analysis.measures.row("span_days")
    days, sent = float(span["value"]), int(span["n"])
    out = []
    if sent and days < 7 * mins.weeks:
        out.append(f"it spans less than {mins.weeks} weeks")
    if sent < mins.messages:
        out.append(f"it has fewer than {mins.messages} messages ({sent:,})")
    for p in analysis.participants:
        if analysis.measures.get("messages", p) < mins.messages_per_person:
            out.append(f"{p} wrote fewer than {mins.messages_per_person} messages")
    return out


def stands_out(analysis: Analysis) -> list[Finding]:
    """The findings, most telling first (see the module docstring)."""
    short = shortfalls(analysis)
    if short:
        sent = int(analysis.messages["author"].notna().sum())
        mins = analysis.settings.minimum
        return [
            Finding(
                "Too little chat to say what stands out: "
                + "; ".join(short)
                + f". Most findings need at least {mins.weeks} weeks, {mins.messages} messages "
                f"and {mins.messages_per_person} from each person; nothing is ranked here.",
                "messages",
                "",
                float(sent),
                sent,
            )
        ]
    rows = _rows(analysis)
    found = [_split(analysis, rows, *split) for split in SPLITS]
    caring, thin = _caring(analysis, rows)
    found += [caring, _latency(analysis, rows), _depth(analysis, rows), _trend(analysis, rows)]
    ranked = sorted(
        (f for f in found if f is not None), key=lambda f: (-f.weight, -int(f.certain))
    )[:MAX_FINDINGS]
    if not analysis.measures.lexicon_applied:
        from analyzer.nlp.language import not_read_lead, not_read_note

        code = analysis.measures.language
        ranked = ranked[: MAX_FINDINGS - 1 - bool(thin)]
        ranked.append(Finding(f"{not_read_lead(code)} {not_read_note(code)}", "", "", None, 0))
    if thin:
        ranked = ranked[: MAX_FINDINGS - 1]
        ranked.append(
            Finding(
                f"Too little data to rank: {name_list(thin)}, fewer than "
                f"{prose.minimum_for('responsiveness_received', analysis.settings)} each; "
                "how those were answered is shown but not weighed.",
                "responsiveness_received",
                "",
                None,
                0,
            )
        )
    return ranked
