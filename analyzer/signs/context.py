"""Read-only view of one chat's measures for the rulebook: lookups, aggregates, minimum data.

A :class:`Context` wraps :class:`analyzer.metrics.Measures` for the people being judged. Missing
measures read as NaN with n = 0, so a rule over a measure the metrics did not produce reports
``insufficient_data`` rather than failing.

Aggregates over the participants (all of them, or the ``--pair``); NaN values are left out:

- ``min`` / ``max``: the smallest / largest person's value (``n`` is that person's n);
- ``pooled``: ``sum(value_p * n_p) / sum(n_p)`` (a share over everyone's items);
- ``sum``: ``sum(value_p)``;
- ``parity``: ``min(value_p) / mean(value_p)``, 0..1 (1 = equal; 1 also when everyone is at 0);
- ``min_rate``: the smallest ``100 * value_p / messages_p`` (per 100 of the person's messages);
- ``chat``: the chat-level value (participant "").

"Excess" turns a share into the distance above the fair share of k people:
``(s - 1/k) / (1 - 1/k)``, 0 = fair, 1 = everything (``2s - 1`` for two people).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import pandas as pd

from analyzer.metrics import Measures
from analyzer.schema import Col
from analyzer.settings import Settings

NAN = float("nan")
#: Tolerance of every comparison with a threshold: a share computed as 0.6 - 1e-17 still meets 0.6.
EPS = 1e-12
AGGREGATES = ("chat", "min", "max", "pooled", "sum", "parity", "min_rate")


@dataclass(frozen=True)
class Cell:
    """One value of the measures table."""

    value: float = NAN
    n: int = 0
    ci_low: float = NAN
    ci_high: float = NAN
    p_value: float = NAN


@dataclass(frozen=True)
class Aggregate:
    """An aggregated value, with the person it came from (min/max) and the items behind it."""

    value: float
    n: int
    participant: str = ""
    ci_low: float = NAN
    ci_high: float = NAN


def _num(x: object, default: float = NAN) -> float:
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return f


class Context:
    """Measures of one chat seen from the rulebook (see the module docstring)."""

    def __init__(
        self,
        measures: Measures,
        participants: list[str] | tuple[str, ...],
        settings: Settings,
        *,
        span_days: float = NAN,
    ) -> None:
        self.measures = measures
        self.people: tuple[str, ...] = tuple(str(p) for p in participants)
        self.settings = settings
        self.t = settings.thresholds
        self.minimum = settings.minimum
        v = measures.values
        cols = [
            v[c] if c in v else pd.Series([NAN] * len(v)) for c in ("ci_low", "ci_high", "p_value")
        ]
        self._cells: dict[tuple[str, str], Cell] = {}
        for m, p, val, n, lo, hi, pv in zip(
            v["measure"], v["participant"], v["value"], v["n"], *cols, strict=True
        ):
            key = (str(m), "" if p is None or pd.isna(p) else str(p))
            if key not in self._cells:
                n_int = 0 if pd.isna(n) else int(n)
                self._cells[key] = Cell(_num(val), n_int, _num(lo), _num(hi), _num(pv))
        #: Below the minimum of disclosures: how many more there would have to be. Predicates
        #: judge shares over disclosures at their best case with this many more (0: as they are;
        #: see :meth:`with_pad`).
        self.pad = 0
        #: Intermediate results computed once from the (unchanging) measures: the only thing
        #: that changes after construction, and only by adding entries.
        self.memo: dict[str, object] = {}
        chat_span = self.cell("span_days").value
        self.span_days = chat_span if not math.isnan(chat_span) else float(span_days)
        self._frozen = True

    def __setattr__(self, name: str, value: object) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError(f"Context is read-only: cannot set {name!r}")
        object.__setattr__(self, name, value)

    def with_pad(self, pad: int) -> Context:
        """The same context with shares over disclosures judged at their best case, as if
        ``pad`` more disclosures had all been met (it shares the lookups and the memo)."""
        other = copy.copy(self)
        object.__setattr__(other, "pad", pad)
        return other

    # --- lookups
    @property
    def k(self) -> int:
        return len(self.people)

    @property
    def pair(self) -> bool:
        return self.k == 2

    def cell(self, measure: str, participant: str = "") -> Cell:
        """The cell of ``measure`` ("a+b" sums the parts; n is the largest part's n)."""
        if "+" in measure:
            parts = [self.cell(m, participant) for m in measure.split("+")]
            values = [c.value for c in parts]
            total = (
                NAN
                if all(math.isnan(x) for x in values)
                else sum(x for x in values if not math.isnan(x))
            )
            return Cell(total, max(c.n for c in parts))
        return self._cells.get((measure, participant), Cell())

    def value(self, measure: str, participant: str = "") -> float:
        return self.cell(measure, participant).value

    def n(self, measure: str, participant: str = "") -> int:
        return self.cell(measure, participant).n

    def count(self, measure: str, participant: str) -> float:
        """A count measure, NaN read as 0 only when the measure exists for someone."""
        v = self.value(measure, participant)
        if math.isnan(v) and any(not math.isnan(self.value(measure, p)) for p in self.people):
            return 0.0
        return v

    def others(self, participant: str) -> tuple[str, ...]:
        return tuple(p for p in self.people if p != participant)

    def excess(self, share: float) -> float:
        """Distance of ``share`` above the fair share 1/k, scaled to 0..1 (negative below it)."""
        if self.k < 2 or math.isnan(share):
            return NAN
        fair = 1.0 / self.k
        return (share - fair) / (1.0 - fair)

    def excess_threshold(self, pair_share: float) -> float:
        """The excess that a share of ``pair_share`` has between two people (0.65 -> 0.3)."""
        return 2.0 * pair_share - 1.0

    # --- aggregates
    def aggregate(self, measure: str, how: str, *, min_n_each: int = 0) -> Aggregate:
        """Aggregate ``measure`` over the participants (see the module docstring)."""
        if how not in AGGREGATES:
            raise ValueError(f"unknown aggregate {how!r}; choose one of {', '.join(AGGREGATES)}")
        if how == "chat":
            c = self.cell(measure)
            return Aggregate(c.value, c.n, "", c.ci_low, c.ci_high)
        cells = {p: self.cell(measure, p) for p in self.people}
        cells = {p: c for p, c in cells.items() if not math.isnan(c.value) and c.n >= min_n_each}
        if not cells:
            return Aggregate(NAN, 0)
        n_all = sum(c.n for c in cells.values())
        if how in ("min", "max"):
            pick = (min if how == "min" else max)(cells, key=lambda p: (cells[p].value, p))
            c = cells[pick]
            return Aggregate(c.value, c.n, pick, c.ci_low, c.ci_high)
        if how == "pooled":
            if n_all == 0:
                return Aggregate(NAN, 0)
            return Aggregate(sum(c.value * c.n for c in cells.values()) / n_all, n_all)
        if how == "sum":
            return Aggregate(sum(c.value for c in cells.values()), n_all)
        if how == "parity":
            if len(cells) < self.k:
                return Aggregate(NAN, n_all)
            return Aggregate(parity([c.value for c in cells.values()]), n_all)
        rates = {}
        for p, c in cells.items():
            msgs = self.value("messages", p)
            if msgs and not math.isnan(msgs):
                rates[p] = 100.0 * c.value / msgs
        if not rates:
            return Aggregate(NAN, 0)
        pick = min(rates, key=lambda p: (rates[p], p))
        return Aggregate(rates[pick], cells[pick].n, pick)

    # --- tables
    def disclosures(self) -> pd.DataFrame:
        """Feeling statements by the participants (``Measures.disclosures`` filtered; cached)."""
        if "disclosures" not in self.memo:
            self.memo["disclosures"] = self._filter_disclosures()
        return self.memo["disclosures"]  # type: ignore[return-value]

    def _filter_disclosures(self) -> pd.DataFrame:
        d = self.measures.disclosures
        if d is None or d.empty:
            return pd.DataFrame(
                {
                    c: pd.Series(dtype=t)
                    for c, t in (
                        ("row", "int64"),
                        (Col.AUTHOR, "object"),
                        ("timestamp", "datetime64[ns]"),
                        ("tier", "float64"),
                        ("valence", "float64"),
                        ("negative", "bool"),
                        ("responder", "object"),
                        ("response", "object"),
                        ("response_row", "int64"),
                    )
                }
            )
        return d[d[Col.AUTHOR].astype("object").isin(self.people)]


def parity(values: list[float]) -> float:
    """``min / mean`` of non-negative amounts: 1 = all equal (also all zero), 0 = someone has
    none."""
    if not values:
        return NAN
    mean = sum(values) / len(values)
    if mean == 0:
        return 1.0
    return min(values) / mean
