"""What changed: one chat's later period against the one before it (``--compare``).

``Analysis.compare(spec)`` (and ``chat-balance report --compare spec``) takes either

- a **length** (``12w``, ``30d``, ``6m``, ``1y``: days, weeks, calendar months, years): the later
  period is that length ending on the day of the last message, the earlier period the same
  length just before it; or
- a **date** (``2024-03-01``): the earlier period is everything before that day (in the chat's
  own time zone), the later one that day and after.

Each period's messages go through the same stages as the whole chat (turns and sessions are cut
at the boundary; the NLP feature columns are reused, as each is a function of the message text,
except follow-up questions, which need the partner's turn just before them in the same session
and so are dropped at the first turn of a session the cut creates), so a period's numbers are
exactly those a report restricted with ``--since``/``--until`` to that period would show.

**Intervals.** For the shares and rates below, each period is resampled by conversation
(session) with the bootstrap of :mod:`analyzer.metrics.bootstrap`, ``settings.bootstrap_samples``
times; the interval of the change is the 2.5th to 97.5th percentile of (later draw - earlier
draw), the two periods drawn independently. Counts and reply times are shown for context, with
no interval and never called a change.

**What counts as a real change** (``real``, verdict ``changed``), all four at once:

1. the measure has a value in both periods, and in each period at least
   ``settings.minimum.messages_per_person`` items behind it (20: messages, words, turns,
   questions, conversations) or ``settings.minimum.disclosures_for_responsiveness`` (10) for the
   measures counted over feeling statements;
2. each period holds at least :data:`MIN_SESSIONS` conversations (a bootstrap over fewer means
   little);
3. the 95 % interval of the change excludes 0;
4. the change is large enough to matter: at least :data:`MIN_SHARE_CHANGE` (10 percentage
   points) for a share or the balance index, and at least :data:`MIN_RATE_CHANGE` (a quarter)
   of the larger of the two values for a rate.

Otherwise the verdict says why not: ``uncertain`` (the interval holds 0), ``small`` (sure but
below 4.), ``thin`` (1. or 2. fail), ``untested`` (no interval). A sign is ``changed`` when its
status turns between observed and not observed with enough data in both periods (``same`` or
``thin`` otherwise); a sign crossing its threshold is shown but does not by itself put the
comparison first. The report puts "What changed" first when at least one measure changed for
real (:attr:`Comparison.stands_out`), else right after the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from analyzer.errors import SettingsError
from analyzer.schema import Col

if TYPE_CHECKING:
    from analyzer.result import Analysis

#: Conversations each period needs before any change in it is called real.
MIN_SESSIONS = 10
#: Smallest change of a share (or of the balance index) that counts: 10 percentage points.
MIN_SHARE_CHANGE = 0.10
#: Smallest change of a rate that counts, as a fraction of the larger of the two values.
MIN_RATE_CHANGE = 0.25

#: Measures compared with an interval, in report order: (name, kind) where kind is "share",
#: "rate" or "index" (chat level).
TESTED: tuple[tuple[str, str], ...] = (
    ("word_share", "share"),
    ("message_share", "share"),
    ("turn_share", "share"),
    ("initiation_share", "share"),
    ("question_share", "share"),
    ("disclosure_share", "share"),
    ("responsive_share", "share"),
    ("minimal_share", "share"),
    ("feeling_rate", "rate"),
    ("emotion_word_rate", "rate"),
    ("balance_index", "index"),
)
#: Measures shown for context only (no interval).
UNTESTED: tuple[str, ...] = ("messages", "words", "questions", "feeling_statements",
                             "median_latency_s")  # fmt: skip
#: Measures whose n counts feeling statements (the smaller minimum applies).
_FEELING_N = frozenset({"disclosure_share", "responsive_share"})

VERDICTS = ("changed", "small", "uncertain", "thin", "untested", "same")
COLUMNS = (
    "kind", "name", "participant",
    "earlier", "earlier_n", "earlier_low", "earlier_high",
    "later", "later_n", "later_low", "later_high",
    "change", "change_low", "change_high",
    "earlier_status", "later_status", "verdict", "real",
)  # fmt: skip

_LENGTH = re.compile(r"^\s*(\d{1,4})\s*(d|w|m|y)\s*$", re.IGNORECASE)
_UNIT_WORDS = {"d": "day", "w": "week", "m": "month", "y": "year"}


@dataclass(frozen=True)
class Period:
    """One side of the comparison: ``start`` (first instant in it) to ``end`` (first instant
    after it), what it holds, and its own analysis (``analysis``)."""

    name: str  # "earlier" | "later"
    start: pd.Timestamp
    end: pd.Timestamp
    messages: int
    sessions: int
    analysis: Analysis = field(repr=False)

    @property
    def first_day(self) -> pd.Timestamp:
        return self.start.normalize()

    @property
    def last_day(self) -> pd.Timestamp:
        return (self.end - pd.Timedelta(microseconds=1)).normalize()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.first_day.strftime("%Y-%m-%d"),
            "end": self.last_day.strftime("%Y-%m-%d"),
            "messages": int(self.messages),
            "sessions": int(self.sessions),
        }


@dataclass(frozen=True)
class Comparison:
    """The result of :meth:`analyzer.result.Analysis.compare` (see the module docstring).

    ``frame``: one row per (measure, participant) and per sign, columns :data:`COLUMNS`:
    ``kind`` (measure | sign), ``name`` (measure name or sign id), ``participant`` ("" for the
    whole chat; for a sign, who it concerns in the later period, else the earlier), per period
    the value (a sign's score), its n and interval, the ``change`` (later - earlier) and its
    interval, the sign statuses, the ``verdict`` (:data:`VERDICTS`) and ``real``.
    """

    spec: str
    mode: str  # "length" | "date"
    earlier: Period
    later: Period
    frame: pd.DataFrame = field(repr=False)
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: the two periods, their messages and how many changes are real."""
        real = int(self.frame["real"].sum())
        return (
            f"Comparison({self.spec}: {self.earlier.first_day:%Y-%m-%d} to "
            f"{self.earlier.last_day:%Y-%m-%d} ({self.earlier.messages:,} messages) against "
            f"{self.later.first_day:%Y-%m-%d} to {self.later.last_day:%Y-%m-%d} "
            f"({self.later.messages:,} messages); {real} real change{'s' if real != 1 else ''})"
        )

    @property
    def changes(self) -> pd.DataFrame:
        """The rows that changed for real (measures and signs)."""
        return self.frame[self.frame["real"]].reset_index(drop=True)

    @property
    def stands_out(self) -> bool:
        """True when at least one measure changed for real: the report then opens with it."""
        f = self.frame
        return bool((f["real"] & (f["kind"] == "measure")).any())

    def to_dict(self) -> dict[str, Any]:
        """The ``compare`` key of the JSON document."""
        from analyzer.report.json import clean

        measures, signs = [], []
        for r in self.frame.itertuples(index=False):
            if r.kind == "measure":
                measures.append(
                    {
                        "measure": r.name,
                        "participant": r.participant,
                        "earlier": _side(r.earlier, r.earlier_n, r.earlier_low, r.earlier_high),
                        "later": _side(r.later, r.later_n, r.later_low, r.later_high),
                        "change": {
                            "value": clean(r.change),
                            "ci_low": clean(r.change_low),
                            "ci_high": clean(r.change_high),
                        },
                        "verdict": r.verdict,
                        "real": bool(r.real),
                    }
                )
            else:
                signs.append(
                    {
                        "id": r.name,
                        "who": r.participant or None,
                        "earlier": {"status": r.earlier_status, "score": clean(r.earlier)},
                        "later": {"status": r.later_status, "score": clean(r.later)},
                        "verdict": r.verdict,
                        "real": bool(r.real),
                    }
                )
        return {
            "spec": self.spec,
            "mode": self.mode,
            "earlier": self.earlier.to_dict(),
            "later": self.later.to_dict(),
            "first": self.stands_out,
            "rule": RULE,
            "notes": list(self.notes),
            "measures": measures,
            "signs": signs,
        }


#: The rule of a real change, in words (shown in the report and stored in the JSON).
RULE = (
    "A change counts as real when both periods have enough data behind the measure (at least "
    "20 items, or 10 feeling statements, and at least 10 conversations each), the 95 % interval "
    "of the change (resampling conversations) leaves out zero, and the change is at least 10 "
    "percentage points for a share, or a quarter of the larger value for a rate."
)


def _side(value, n, low, high) -> dict[str, Any]:
    from analyzer.report.json import clean

    return {
        "value": clean(value),
        "n": None if n is None or pd.isna(n) else int(n),
        "ci_low": clean(low),
        "ci_high": clean(high),
    }


# ---------------------------------------------------------------- periods


def parse_spec(spec: str) -> tuple[str, Any]:
    """``("length", (count, unit))`` or ``("date", Timestamp)``; a SettingsError otherwise."""
    from analyzer.settings import parse_day

    text = str(spec or "").strip()
    m = _LENGTH.match(text)
    if m:
        count, unit = int(m.group(1)), m.group(2).lower()
        if count < 1:
            raise SettingsError(f"--compare {text} is an empty period; give a length such as 12w")
        return "length", (count, unit)
    try:
        return "date", parse_day(text, "--compare")
    except SettingsError as exc:
        if "outside the dates" in str(exc) or "ambiguous" in str(exc):
            raise
        raise SettingsError(
            f"cannot read --compare {text!r}: give a length such as 12w, 30d, 6m or 1y, "
            "or a date such as 2024-03-01"
        ) from None


def _offset(count: int, unit: str):
    if unit == "d":
        return pd.Timedelta(days=count)
    if unit == "w":
        return pd.Timedelta(weeks=count)
    if unit == "m":
        return pd.DateOffset(months=count)
    return pd.DateOffset(years=count)


def _length_words(count: int, unit: str) -> str:
    word = _UNIT_WORDS[unit]
    return f"{count} {word}" + ("s" if count != 1 else "")


def _bounds(
    spec: str, stamps: pd.Series
) -> tuple[str, pd.Timestamp, pd.Timestamp, pd.Timestamp, list[str]]:
    """(mode, earlier start, boundary, later end) for the chat's message ``stamps``."""
    mode, value = parse_spec(spec)
    zone = getattr(stamps.dtype, "tz", None)
    first, last = stamps.min(), stamps.max()
    span = f"the chat runs from {first:%Y-%m-%d} to {last:%Y-%m-%d}"
    notes: list[str] = []
    end = last.normalize() + pd.Timedelta(days=1)
    if mode == "length":
        count, unit = value
        length = _offset(count, unit)
        try:
            boundary = end - length
            start = boundary - length
        except (OverflowError, ValueError):  # out of pandas' range, or before year 1
            raise SettingsError(
                f"--compare {spec.strip()} is longer than any chat; {span}; give a shorter "
                "length or a date"
            ) from None
        if not (stamps < boundary).any():
            raise SettingsError(
                f"--compare {spec.strip()}: there are no messages in the "
                f"{_length_words(count, unit)} before {boundary:%Y-%m-%d}; {span}; "
                "give a shorter length or a date"
            )
        if start < first.normalize():
            notes.append(
                f"The chat begins on {first:%Y-%m-%d}, so the earlier period holds only "
                f"{(boundary - first.normalize()).days} of its days."
            )
        return mode, start, boundary, end, notes
    boundary = value
    if boundary.tz is not None and zone is None:
        raise SettingsError(
            f"--compare {spec.strip()} has a UTC offset, but this chat's times are local clock "
            "times without a zone; give the date without an offset"
        )
    if boundary.tz is None and zone is not None:
        boundary = boundary.tz_localize(zone, ambiguous=True, nonexistent="shift_forward")
    if not (stamps < boundary).any():
        raise SettingsError(f"--compare {spec.strip()}: no messages before that day; {span}")
    if not (stamps >= boundary).any():
        raise SettingsError(f"--compare {spec.strip()}: no messages from that day on; {span}")
    return mode, first.normalize(), boundary, end, notes


# ---------------------------------------------------------------- one period


def analyze_period(analysis: Analysis, keep: np.ndarray) -> Analysis:
    """The analysis of the messages where ``keep`` is True, through the same stages as the
    whole chat (structure, measures, signs), reusing the NLP feature columns."""
    from dataclasses import replace

    from analyzer import metrics, signs, structure

    frame = analysis.messages.loc[keep].reset_index(drop=True)
    base = frame.drop(columns=[c for c in ("session_id", "turn_id") if c in frame.columns])
    settings = analysis.settings
    annotated = structure.annotate(base, session_gap=settings.session_gap)
    turns = structure.turns(annotated)
    sessions = structure.sessions(annotated)
    replies = structure.replies(turns)
    if "followup" in annotated.columns and len(turns):
        # a follow-up answers the partner's turn just before it in the session: none before the
        # first turn of a session (the cut may have made one)
        has_prev = replies["prev_turn_id"].to_numpy() >= 0
        tid = annotated["turn_id"].to_numpy()
        ok = np.zeros(len(annotated), dtype=bool)
        ok[tid >= 0] = has_prev[tid[tid >= 0]]
        followup = annotated["followup"].fillna(False).astype(bool).to_numpy() & ok
        annotated = annotated.assign(followup=followup)
    people = list(analysis.participants)
    measures = metrics.compute(
        annotated,
        turns,
        sessions,
        replies,
        participants=people,
        settings=settings,
        language=analysis.measures.language,
        lexicon_applied=analysis.measures.lexicon_applied,
        languages=analysis.measures.languages,
    )
    found = signs.evaluate(measures, annotated, participants=people, settings=settings)
    return replace(
        analysis,
        messages=annotated,
        turns=turns,
        sessions=sessions,
        replies=replies,
        measures=measures,
        signs=tuple(found),
        comparison=None,
    )


def _draws(period: Analysis, seed: int) -> dict[str, np.ndarray]:
    """Bootstrap draws (B, participants) of each tested measure (B, 1 for the balance index),
    resampling the period's sessions; empty when the period has no session."""
    from analyzer.metrics import bootstrap as boot
    from analyzer.metrics import catalogue, responsiveness
    from analyzer.metrics.balance import normalised_gini
    from analyzer.metrics.base import prepare

    settings = period.settings
    prepared = prepare(
        period.messages,
        period.turns,
        period.sessions,
        period.replies,
        participants=list(period.participants),
        lexicon_applied=period.measures.lexicon_applied,
    )
    if len(prepared.sessions) == 0 or settings.bootstrap_samples <= 0:
        return {}
    disc = responsiveness.disclosures(prepared)
    num, den = boot.share_totals(prepared, disc)
    shape = (len(prepared.sessions), len(prepared.people))
    m = prepared.msgs
    sid = m["session_id"].to_numpy()
    pi = np.asarray(m["person"].cat.codes, dtype=np.int64)
    text = m["is_text"].to_numpy()
    feeling = (m["feeling"].fillna(False).astype(bool).to_numpy() & text).astype(np.float64)
    emotion = np.where(text, m["emotion_words"].fillna(0.0).to_numpy(dtype=np.float64), 0.0)
    num["feeling_rate"] = 100.0 * boot.session_totals(sid, pi, feeling, shape)
    den["feeling_rate"] = boot.session_totals(sid, pi, text.astype(np.float64), shape)
    num["emotion_word_rate"] = 100.0 * boot.session_totals(sid, pi, emotion, shape)
    den["emotion_word_rate"] = boot.session_totals(sid, pi, m["words"].to_numpy(), shape)
    t = prepared.turns
    tp = np.asarray(t["person"].cat.codes, dtype=np.int64)
    minimal = m["minimal"].fillna(False).astype(bool).to_numpy().astype(np.float64)
    per_turn = np.bincount(m["turn_id"].to_numpy(), weights=minimal, minlength=len(t))
    all_minimal = (per_turn == t["n_messages"].to_numpy()).astype(np.float64)
    num["minimal_share"] = boot.session_totals(t["session_id"].to_numpy(), tp, all_minimal, shape)
    den["minimal_share"] = boot.session_totals(
        t["session_id"].to_numpy(), tp, np.ones(len(t)), shape
    )
    if not prepared.lexicon_applied:
        for name in catalogue.READING_MEASURES:
            num.pop(name, None)
            den.pop(name, None)
    names = list(num)
    # every total side by side, so that each block of resamples is one matrix product
    columns, spans, at = [], {}, 0
    for k in names:
        bottom = den[k] if den[k].ndim == 2 else den[k][:, None]
        columns += [num[k], bottom]
        spans[k] = (at, num[k].shape[1], bottom.shape[1])
        at += num[k].shape[1] + bottom.shape[1]
    totals = np.hstack(columns)
    draws: dict[str, list[np.ndarray]] = {k: [] for k in names}
    for counts in boot.resample_counts(shape[0], samples=settings.bootstrap_samples, seed=seed):
        got = counts @ totals
        for k in names:
            s0, wt, wb = spans[k]
            top, bottom = got[:, s0 : s0 + wt], got[:, s0 + wt : s0 + wt + wb]
            with np.errstate(divide="ignore", invalid="ignore"):
                draws[k].append(np.where(bottom > 0, top / bottom, np.nan))
    out = {k: np.vstack(v) for k, v in draws.items()}
    if len(prepared.people) >= 2 and "word_share" in out:
        out["balance_index"] = (1.0 - normalised_gini(out["word_share"]))[:, None]
    return out


def _percentile_interval(values: np.ndarray) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


# ---------------------------------------------------------------- the comparison


def compare(analysis: Analysis, spec: str) -> Comparison:
    """Compare the later period of ``analysis`` with the one before it (module docstring)."""
    messages = analysis.messages
    stamps = messages[Col.TIMESTAMP][messages[Col.AUTHOR].notna()]
    if stamps.empty:
        raise SettingsError("--compare needs messages; this chat has none")
    mode, start, boundary, end, notes = _bounds(str(spec), stamps)
    ts = messages[Col.TIMESTAMP]
    periods = {}
    for name, low, high in (("earlier", start, boundary), ("later", boundary, end)):
        keep = (ts >= low).to_numpy() & (ts < high).to_numpy()
        part = analyze_period(analysis, keep)
        periods[name] = Period(
            name=name,
            start=low,
            end=high,
            messages=int(part.messages[Col.AUTHOR].notna().sum()),
            sessions=len(part.sessions),
            analysis=part,
        )
    earlier, later = periods["earlier"], periods["later"]
    seed = analysis.settings.seed
    draws = {"earlier": _draws(earlier.analysis, seed), "later": _draws(later.analysis, seed + 1)}
    frame = _frame(analysis, earlier, later, draws)
    if not analysis.measures.lexicon_applied:
        from analyzer.nlp.language import not_read_note

        notes.append(not_read_note(analysis.measures.language))
    return Comparison(
        spec=str(spec).strip(),
        mode=mode,
        earlier=earlier,
        later=later,
        frame=frame,
        notes=tuple(notes),
    )


def _minimum(name: str, analysis: Analysis) -> int:
    m = analysis.settings.minimum
    return m.disclosures_for_responsiveness if name in _FEELING_N else m.messages_per_person


def _verdict(
    kind: str, a: pd.Series, b: pd.Series, low: float, high: float, enough: bool, minimum: int
) -> str:
    """The verdict of one measure's change (module docstring); ``enough``: both periods hold
    enough conversations."""
    va, vb = float(a["value"]), float(b["value"])
    if np.isnan(va) or np.isnan(vb) or not enough:
        return "thin"
    if int(a["n"]) < minimum or int(b["n"]) < minimum or np.isnan(low) or np.isnan(high):
        return "thin"
    if low <= 0 <= high:
        return "uncertain"
    size = abs(vb - va)
    if kind == "rate":
        large = size >= MIN_RATE_CHANGE * max(abs(va), abs(vb))
    else:
        large = size >= MIN_SHARE_CHANGE
    return "changed" if large else "small"


def _frame(
    analysis: Analysis, earlier: Period, later: Period, draws: dict[str, dict]
) -> pd.DataFrame:
    from analyzer.metrics import catalogue

    people = list(analysis.participants)
    ea, la = earlier.analysis.measures, later.analysis.measures
    enough_sessions = min(earlier.sessions, later.sessions) >= MIN_SESSIONS
    scopes = {spec.name: spec.scope for spec in catalogue.CATALOGUE}
    rows: list[dict[str, Any]] = []

    def lookup(measures, name: str, who: str) -> pd.Series | None:
        try:
            return measures.row(name, who)
        except KeyError:
            return None

    for name, kind in [*TESTED, *((n, "") for n in UNTESTED)]:
        if name not in scopes:
            continue
        whom = [""] if scopes[name] == "c" else people
        for j, who in enumerate(whom):
            a, b = lookup(ea, name, who), lookup(la, name, who)
            if a is None or b is None:
                continue
            change = float(b["value"]) - float(a["value"])
            low = high = float("nan")
            if kind and name in draws["earlier"] and name in draws["later"]:
                da, db = draws["earlier"][name][:, j], draws["later"][name][:, j]
                low, high = _percentile_interval(db - da)
                verdict = _verdict(kind, a, b, low, high, enough_sessions, _minimum(name, analysis))
            else:
                verdict = "thin" if kind else "untested"
            rows.append(
                {
                    "kind": "measure",
                    "name": name,
                    "participant": who,
                    "earlier": float(a["value"]),
                    "earlier_n": int(a["n"]),
                    "earlier_low": float(a["ci_low"]),
                    "earlier_high": float(a["ci_high"]),
                    "later": float(b["value"]),
                    "later_n": int(b["n"]),
                    "later_low": float(b["ci_low"]),
                    "later_high": float(b["ci_high"]),
                    "change": change,
                    "change_low": low,
                    "change_high": high,
                    "earlier_status": "",
                    "later_status": "",
                    "verdict": verdict,
                    "real": verdict == "changed",
                }
            )
    before = {s.id: s for s in earlier.analysis.signs}
    for s in later.analysis.signs:
        p = before[s.id]
        statuses = {str(p.status), str(s.status)}
        if "insufficient_data" in statuses:
            verdict = "thin"
        elif str(p.status) != str(s.status):
            verdict = "changed"
        else:
            verdict = "same"
        ea_score = float("nan") if p.score is None else float(p.score)
        la_score = float("nan") if s.score is None else float(s.score)
        rows.append(
            {
                "kind": "sign",
                "name": s.id,
                "participant": s.who or p.who or "",
                "earlier": ea_score,
                "earlier_n": pd.NA,
                "earlier_low": float("nan"),
                "earlier_high": float("nan"),
                "later": la_score,
                "later_n": pd.NA,
                "later_low": float("nan"),
                "later_high": float("nan"),
                "change": la_score - ea_score,
                "change_low": float("nan"),
                "change_high": float("nan"),
                "earlier_status": str(p.status),
                "later_status": str(s.status),
                "verdict": verdict,
                "real": verdict == "changed",
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(
        {
            "kind": "string",
            "name": "string",
            "participant": "string",
            "earlier_n": "Int64",
            "later_n": "Int64",
            "earlier_status": "string",
            "later_status": "string",
            "verdict": "string",
            "real": "bool",
        }
    )
