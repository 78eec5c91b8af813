"""``compute()``: every measure of :data:`analyzer.metrics.catalogue.CATALOGUE` into one
:class:`Measures`."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analyzer.metrics import bootstrap as boot
from analyzer.metrics import catalogue, responsiveness, trend
from analyzer.metrics.balance import normalised_gini
from analyzer.metrics.base import Prepared, prepare
from analyzer.metrics.catalogue import Inputs
from analyzer.metrics.measures import Measures
from analyzer.settings import Settings

VALUE_COLUMNS = (
    "dimension",
    "measure",
    "participant",
    "value",
    "n",
    "ci_low",
    "ci_high",
    "p_value",
)
PAIRWISE_COLUMNS = ("author", "to_author", "replies", "median_latency_s", "lsm")


def compute(
    frame: pd.DataFrame,
    turns: pd.DataFrame,
    sessions: pd.DataFrame,
    replies: pd.DataFrame,
    *,
    participants: Sequence[str],
    settings: Settings,
    language: str = "",
    lexicon_applied: bool = True,
    languages: dict[str, int] | None = None,
) -> Measures:
    """Every measure of CATALOGUE for ``participants`` (see the package docstring)."""
    prepared = prepare(
        frame,
        turns,
        sessions,
        replies,
        participants=list(participants),
        lexicon_applied=lexicon_applied,
    )
    disc = responsiveness.disclosures(prepared)
    specs = catalogue.CATALOGUE
    inputs = Inputs(prepared, settings, disc, specs)
    tables = {spec.name: inputs.table(spec.name) for spec in specs}
    prepared.__dict__.pop("text_msgs", None)  # the measures' shared copy, not needed past here
    cis = _intervals(prepared, disc, settings)
    values = _values_table(specs, tables, cis)
    return Measures(
        values=values,
        weekly=trend.weekly_table(inputs.weekly),
        pairwise=_pairwise(prepared, inputs.style_pairs),
        disclosures=disc.loc[:, list(responsiveness.DISCLOSURE_COLUMNS)].reset_index(drop=True),
        language=language,
        lexicon_applied=lexicon_applied,
        languages=dict(languages or {}),
    )


def _intervals(
    prepared: Prepared, disc: pd.DataFrame, s: Settings
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    if len(prepared.sessions) == 0 or s.bootstrap_samples <= 0 or not prepared.people:
        return {}
    num, den = boot.share_totals(prepared, disc)
    extra = {}
    if len(prepared.people) >= 2:
        extra["balance_index"] = ("word_share", lambda r: 1.0 - normalised_gini(r))
        extra["balance_index_messages"] = ("message_share", lambda r: 1.0 - normalised_gini(r))
    cis = boot.intervals(num, den, samples=s.bootstrap_samples, seed=s.seed, extra=extra)
    if not prepared.lexicon_applied:
        for name in catalogue.READING_MEASURES:
            cis.pop(name, None)
    return cis


def _values_table(specs, tables: dict, cis: dict) -> pd.DataFrame:
    cols: dict[str, list] = {c: [] for c in VALUE_COLUMNS}
    for spec in specs:
        t = tables[spec.name]
        k = len(t)
        low, high = cis.get(spec.name, (np.full(k, np.nan), np.full(k, np.nan)))
        cols["dimension"] += [spec.dimension] * k
        cols["measure"] += [spec.name] * k
        cols["participant"] += list(t.index)
        cols["value"].append(t["value"].to_numpy(dtype=np.float64))
        cols["n"].append(t["n"].to_numpy(dtype=np.int64))
        cols["ci_low"].append(np.asarray(low, dtype=np.float64))
        cols["ci_high"].append(np.asarray(high, dtype=np.float64))
        p_value = t["p_value"] if "p_value" in t else np.full(k, np.nan)
        cols["p_value"].append(np.asarray(p_value, dtype=np.float64))
    out = {}
    for c in VALUE_COLUMNS:
        if c in ("dimension", "measure", "participant"):
            out[c] = pd.array(cols[c], dtype="string")
        else:
            out[c] = np.concatenate(cols[c]) if cols[c] else np.array([], dtype=np.float64)
    return pd.DataFrame(out)


def _pairwise(prepared: Prepared, pairs: pd.DataFrame) -> pd.DataFrame:
    """Who replies to whom: replies and median latency per (author, to_author) where at least
    one of the two is measured; every ordered pair of participants is listed (0 replies when
    none). ``lsm`` is the pair's style matching (NaN for pairs with a non-participant)."""
    r = prepared.replies[prepared.replies["prev_turn_id"].to_numpy() >= 0]
    ev = np.array(prepared.everyone, dtype=object)
    g = pd.DataFrame(
        {
            "a": r["code"].to_numpy(),
            "b": r["to_code"].to_numpy(),
            "lat": r["latency_s"].to_numpy(dtype=np.float64),
        }
    ).groupby(["a", "b"])["lat"]
    got = pd.DataFrame({"replies": g.size(), "median_latency_s": g.median()}).reset_index()
    got["author"] = ev[got["a"].to_numpy()] if len(got) else pd.Series([], dtype=object)
    got["to_author"] = ev[got["b"].to_numpy()] if len(got) else pd.Series([], dtype=object)
    frame = got[["author", "to_author", "replies", "median_latency_s"]]
    grid = pd.DataFrame(
        [(a, b) for a in prepared.people for b in prepared.people if a != b],
        columns=["author", "to_author"],
    )
    frame = grid.merge(frame, on=["author", "to_author"], how="outer") if len(grid) else frame
    measured = set(prepared.people)
    frame = frame[frame["author"].isin(measured) | frame["to_author"].isin(measured)]
    frame = frame.assign(replies=frame["replies"].fillna(0).astype("int64"))
    lsm = {}
    for a, b, v in pairs[["a", "b", "value"]].itertuples(index=False):
        lsm[(a, b)] = v
        lsm[(b, a)] = v
    keys = list(zip(frame["author"], frame["to_author"], strict=True))
    frame = frame.assign(lsm=np.array([lsm.get(k, np.nan) for k in keys], dtype=np.float64))
    order = {
        name: i
        for i, name in enumerate(
            prepared.people + [e for e in prepared.everyone if e not in measured]
        )
    }
    frame = frame.assign(
        _a=frame["author"].map(order), _b=frame["to_author"].map(order)
    ).sort_values(["_a", "_b"])
    out = frame.loc[:, list(PAIRWISE_COLUMNS)].reset_index(drop=True)
    out["author"] = out["author"].astype("string")
    out["to_author"] = out["to_author"].astype("string")
    out["median_latency_s"] = out["median_latency_s"].astype("float64")
    return out
