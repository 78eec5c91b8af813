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
trend, its weekly slope over ``waning_slope``. The effect is then weighed by how well text shows the
measure (docs/signs.md, "Strength": talk share robust, 1; questions, feelings, caring replies, depth
and the trend moderate, 0.75; reply time a weak proxy, 0.5). Certainty halves the effect when the
bootstrap interval of a split still holds the even share (or a trend's p is above ``trend_p``). A
value whose n is below the report's one minimum (:func:`analyzer.report.prose.too_few`) is not
ranked: it is named in a closing "too little data" finding. A chat whose language has no emotion
reading gets a closing finding that says what is not read. When the whole chat is below the minimum
data, nothing is ranked: the one finding says so.

Reference points in the texts are those thresholds, named as what they mean; none is invented.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analyzer.report import plainwords as words
from analyzer.report import prose
from analyzer.report.formatting import _missing as missing
from analyzer.report.formatting import _name_list as name_list
from analyzer.report.formatting import (
    fmt_count,
    fmt_n,
    fmt_number,
    fmt_seconds,
    fmt_share,
    fmt_trend,
    language_name,
)

if TYPE_CHECKING:
    from analyzer.result import Analysis

MAX_FINDINGS = 6
MODERATE, WEAK = 0.75, 0.5

#: Splits whose n must reach a threshold to be weighed: the one the signs use for feelings.
SPLIT_MINIMUM = {"disclosure_share": "unheard_min_disclosures"}

#: Splits between people, by measure (their sentences: plainwords.SPLIT_LEADS, SPLIT_COUNTS).
SPLITS: tuple[str, ...] = ("word_share", "initiation_share", "question_share", "disclosure_share")


@dataclass(frozen=True)
class Finding:
    lead: str  # one plain sentence (analyzer.report.plainwords)
    detail: str  # the quieter line: n, interval, the rule's line
    measure: str
    person: str
    value: float | None
    n: int
    effect: float = 0.0  # distance from even in units of the threshold (0 = even, 1 = the line)
    certain: bool = True
    # how well text shows it (docs/signs.md): robust 1, moderate 0.75, weak 0.5
    strength: float = 1.0

    @property
    def text(self) -> str:
        """The lead and its detail as one paragraph."""
        return f"{self.lead} {self.detail}"

    @property
    def weight(self) -> float:
        return self.effect * self.strength * (1.0 if self.certain else 0.5)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lead": self.lead,
            "detail": self.detail,
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


def lines(k: int, thresholds) -> tuple[float, float]:
    """The top share below which a split of ``k`` people reads as about even, and from which it
    is one-sided (the fair share plus ``even_word_gap`` / ``balance_excess`` of the rest)."""
    fair = 1.0 / k
    rest = 1 - fair
    return fair + thresholds.even_word_gap * rest, fair + thresholds.balance_excess * rest


def _split(analysis: Analysis, rows, measure: str) -> Finding | None:
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
    _even_line, line = lines(k, t)
    ranked = sorted(known, key=lambda p: (-known[p], people.index(p)))
    even = excess < t.even_word_gap
    leads = words.SPLIT_LEADS[measure]
    lead = words.say(
        leads["even" if even else "more" if k == 2 else "most"],
        person=top,
        amount=words.amount(known[top]),
    )
    detail = words.clauses(
        words.say(
            words.SPLIT_COUNTS[measure],
            n,
            shares=", ".join(f"{p} {fmt_share(known[p])}" for p in ranked),
        ),
        ""
        if math.isnan(low)
        else words.fill(words.INTERVAL, low=fmt_share(low), high=fmt_share(high), person=top),
        words.fill(words.ONE_SIDED_FROM, line=fmt_share(line)),
        words.fill(words.COULD_BE_EVEN) if not certain and not even else "",
    )
    strength = 1.0 if measure in ("word_share", "initiation_share") else MODERATE
    return Finding(
        lead, detail, measure, top, known[top], n, excess / t.balance_excess, certain, strength
    )


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
            thin.append(words.fill(words.CARING_THIN, person=p, count=fmt_n(n)))
            continue
        enough[p] = (value, n)
    if not enough:
        return None, thin
    low = min(enough, key=lambda p: enough[p][0])
    high = max(enough, key=lambda p: enough[p][0])
    gap = enough[high][0] - enough[low][0]
    if len(enough) == 1:
        lead = words.say(words.CARING_LEADS["one"], amount=words.amount(enough[low][0]), person=low)
    elif words.amount(enough[high][0]) == words.amount(enough[low][0]):
        lead = words.say(words.CARING_LEADS["same"], amount=words.amount(enough[low][0]))
    else:
        amounts = (words.amount(enough[high][0]), words.amount(enough[low][0]))
        lead = words.say(
            # a lead holds at most one percentage: with two, the second is in the detail only
            words.CARING_LEADS["more_often" if all("%" in a for a in amounts) else "two"],
            high=high,
            high_amount=words.amount(enough[high][0]),
            low=low,
            low_amount=words.amount(enough[low][0]),
        )
    effect = gap / t.balance_responsive_gap if len(enough) >= 2 else 0.0
    unsafe = enough[low][0] < t.safe_responsive_share
    if unsafe:
        effect = max(effect, (t.safe_responsive_share - enough[low][0]) / t.balance_responsive_gap)
    detail = words.clauses(
        ", ".join(
            words.fill(words.CARING_PART, n, person=p, share=fmt_share(v))
            for p, (v, n) in enough.items()
        ),
        words.fill(words.CARING_GAP, gap=fmt_count(t.balance_responsive_gap * 100))
        if len(enough) >= 2
        else "",
        words.fill(words.CARING_SAFE, safe=fmt_share(t.safe_responsive_share)) if unsafe else "",
    )
    value, n = enough[low]
    return Finding(lead, detail, measure, low, value, n, effect, True, MODERATE), thin


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
    value, n = known[slow]
    quick = value <= t.presence_latency_s
    lead = words.say(
        words.LATENCY_LEADS["quick" if quick else "slow"],
        person=slow,
        wait=words.duration(value),
    )
    detail = words.say(
        words.LATENCY_DETAIL,
        parts=", ".join(
            words.fill(words.LATENCY_PART, c, person=p, wait=fmt_seconds(v))
            for p, (v, c) in known.items()
        ),
        limit=fmt_seconds(t.presence_latency_s),
    )
    return Finding(lead, detail, measure, slow, value, n, value / t.presence_latency_s, True, WEAK)


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
    lead = words.say(words.DEPTH_LEAD, amount=words.amount(value))
    detail = words.say(
        words.DEPTH_DETAIL,
        n,
        share=fmt_share(value),
        deep=fmt_share(t.light_to_deep_share),
        surface=fmt_share(t.superficial_deep_share),
    )
    effect = abs(value - t.light_to_deep_share) / t.light_to_deep_share
    return Finding(lead, detail, measure, "", value, n, effect, True, MODERATE)


def _trend(analysis: Analysis, rows) -> Finding | None:
    t = analysis.settings.thresholds
    row = rows.get(("trend_messages", ""))
    value, p = _num(row), _num(row, "p_value")
    if math.isnan(value) or math.isnan(p) or p >= t.trend_p:
        return None
    n = int(row.get("n") or 0)
    lead = words.say(words.TREND_LEADS["rising" if value > 0 else "falling"])
    detail = words.say(
        words.TREND_DETAIL,
        n,
        trend=fmt_trend(value),
        p=fmt_number(p, 3),
        limit=fmt_share(t.waning_slope),
    )
    effect = abs(value) / t.waning_slope
    return Finding(lead, detail, "trend_messages", "", value, n, effect, True, MODERATE)


def shortfalls(analysis: Analysis) -> list[str]:
    """Which minimum-data rules the whole chat misses, in plain words (read from the published
    measures ``span_days``, whose n is the messages in all, and ``messages`` per person)."""
    mins = analysis.settings.minimum
    span = analysis.measures.row("span_days")
    days, sent = float(span["value"]), int(span["n"])
    out = []
    if sent and days < 7 * mins.weeks:
        out.append(words.fill(words.SHORT_SPAN, weeks=mins.weeks))
    if sent < mins.messages:
        out.append(words.fill(words.SHORT_MESSAGES, messages=mins.messages, sent=fmt_count(sent)))
    for p in analysis.participants:
        if analysis.measures.get("messages", p) < mins.messages_per_person:
            out.append(words.fill(words.SHORT_PERSON, person=p, messages=mins.messages_per_person))
    return out


def stands_out(analysis: Analysis) -> list[Finding]:
    """The findings, most telling first (see the module docstring)."""
    short = shortfalls(analysis)
    if short:
        sent = int(analysis.messages["author"].notna().sum())
        mins = analysis.settings.minimum
        return [
            Finding(
                words.fill(words.TOO_SHORT_LEAD),
                words.say(
                    words.TOO_SHORT_DETAIL,
                    shortfalls=words.separator().join(short),
                    weeks=mins.weeks,
                    messages=mins.messages,
                    per_person=mins.messages_per_person,
                ),
                "messages",
                "",
                float(sent),
                sent,
            )
        ]
    rows = _rows(analysis)
    t = analysis.settings.thresholds
    found: list[Finding | None] = []
    thin_splits = []
    for split in SPLITS:
        got = _split(analysis, rows, split)
        least = SPLIT_MINIMUM.get(split)
        if got is not None and least and got.n < getattr(t, least):
            thin_splits.append(words.fill(words.SPLIT_THIN[split], count=fmt_n(got.n)))
        else:
            found.append(got)
    caring, thin = _caring(analysis, rows)
    thin = thin_splits + thin
    found += [caring, _latency(analysis, rows), _depth(analysis, rows), _trend(analysis, rows)]
    ranked = sorted(
        (f for f in found if f is not None), key=lambda f: (-f.weight, -int(f.certain))
    )[:MAX_FINDINGS]
    if not analysis.measures.lexicon_applied:
        language = language_name(analysis.measures.language)
        ranked = ranked[: MAX_FINDINGS - 1 - bool(thin)]
        ranked.append(
            Finding(
                words.fill(words.NOT_READ_LEAD, language=language),
                words.fill(words.NOT_READ_MEASURES, language=language),
                "",
                "",
                None,
                0,
            )
        )
    if thin:
        ranked = ranked[: MAX_FINDINGS - 1]
        ranked.append(
            Finding(
                words.fill(words.THIN_LEAD),
                words.say(
                    words.THIN_DETAIL,
                    thin=name_list(thin),
                    need=prose.minimum_for("responsiveness_received", analysis.settings),
                ),
                "responsiveness_received",
                "",
                None,
                0,
            )
        )
    return ranked
