"""The result of :func:`analyzer.metrics.compute`: every measure of one chat as tidy tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from analyzer.schema import Col


@dataclass(frozen=True)
class Measures:
    """Every measure of one chat as tidy tables (see the module docstring)."""

    values: pd.DataFrame
    weekly: pd.DataFrame
    pairwise: pd.DataFrame
    disclosures: pd.DataFrame
    language: str
    lexicon_applied: bool
    #: text messages per language code, most first (copied from the NLP pass)
    languages: dict[str, int] = field(default_factory=dict)

    def row(self, measure: str, participant: str = "") -> pd.Series:
        """The row of ``values`` for ``measure`` and ``participant`` (KeyError if absent)."""
        hit = self.values[
            (self.values["measure"] == measure) & (self.values["participant"] == participant)
        ]
        if hit.empty:
            raise KeyError(f"no measure {measure!r} for participant {participant!r}")
        return hit.iloc[0]

    def get(self, measure: str, participant: str = "") -> float:
        """The value of ``measure`` for ``participant`` (NaN when it could not be computed)."""
        return float(self.row(measure, participant)["value"])

    def response_counts(self, people: Sequence[str]) -> dict[str, dict[str, int]]:
        """Per discloser in ``people``: how many of their feeling statements met each kind of
        reply (``responsive``, ``minimal``, ``self_focused``, ``invalidating``, ``none``)."""
        from analyzer.metrics.responsiveness import RESPONSES

        d = self.disclosures
        counts = (
            pd.crosstab(d[Col.AUTHOR].astype("object"), d["response"].astype("object"))
            if len(d)
            else pd.DataFrame()
        )
        return {
            p: {
                r: int(counts.at[p, r]) if p in counts.index and r in counts.columns else 0
                for r in RESPONSES
            }
            for p in people
        }
