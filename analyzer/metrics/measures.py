"""The result of :func:`analyzer.metrics.compute`: every measure of one chat as tidy tables."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Measures:
    """Every measure of one chat as tidy tables (see the module docstring)."""

    values: pd.DataFrame
    weekly: pd.DataFrame
    pairwise: pd.DataFrame
    disclosures: pd.DataFrame
    language: str
    lexicon_applied: bool

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
