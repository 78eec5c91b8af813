"""Percentile bootstrap intervals over sessions (resample sessions, not messages:
docs/design.md, section 3).

Each measure that gets an interval is a ratio of per-person totals. We build, once, a matrix
``T`` of totals per (session, participant); a resample is a vector of session counts (how often
each session was drawn, with replacement), so the resampled totals of all B resamples are one
matrix product ``C @ T``. The interval is the 2.5th and 97.5th percentiles of the resampled
values (resamples where the value is undefined are left out).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analyzer.metrics.base import Prepared

#: Resamples per block (bounds memory to about 8 * BLOCK * sessions bytes).
BLOCK = 100


def session_totals(
    sid: np.ndarray, person: np.ndarray, values: np.ndarray, shape: tuple[int, int]
) -> np.ndarray:
    """Dense (sessions, participants) sums of ``values``; rows with person < 0 are dropped."""
    keep = (person >= 0) & (sid >= 0)
    flat = sid[keep] * shape[1] + person[keep]
    w = np.asarray(values, dtype=np.float64)[keep]
    return np.bincount(flat, weights=w, minlength=shape[0] * shape[1]).reshape(shape)


def resample_counts(n_sessions: int, *, samples: int, seed: int):
    """Yield blocks of (b, n_sessions) session counts, ``samples`` rows in all: each row counts
    how often each session was drawn in ``n_sessions`` draws with replacement."""
    rng = np.random.default_rng(seed)
    done = 0
    while done < samples:
        b = min(BLOCK, samples - done)
        picks = rng.integers(0, n_sessions, size=(b, n_sessions))
        flat = (picks + np.arange(b)[:, None] * n_sessions).ravel()
        yield np.bincount(flat, minlength=b * n_sessions).reshape(b, n_sessions).astype(np.float64)
        done += b


def intervals(
    num: dict[str, np.ndarray],
    den: dict[str, np.ndarray],
    *,
    samples: int,
    seed: int,
    extra: dict | None = None,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Percentile intervals of ratios ``(C @ num[k]) / (C @ den[k])`` per participant.

    ``num``/``den``: name -> (sessions, participants) totals; a 1-D ``den`` of shape (sessions,)
    is a common denominator (e.g. all participants' words). ``extra``: name -> (source name,
    function) computing a chat-level statistic from the resampled ratio matrix (B, P) -> (B,).
    Returns name -> (low, high) arrays (per participant, or length-1 for chat-level).
    All totals are stacked into one (sessions, M) matrix so each block is one matrix product.
    """
    names = list(num)
    if not names or samples <= 0:
        return {}
    n_sessions = num[names[0]].shape[0]
    if n_sessions == 0:
        return {}
    columns, spans, start = [], {}, 0
    for k in names:
        top = num[k]
        bottom = den[k] if den[k].ndim == 2 else den[k][:, None]
        columns += [top, bottom]
        spans[k] = (start, top.shape[1], bottom.shape[1])
        start += top.shape[1] + bottom.shape[1]
    totals = np.hstack(columns)
    extra = extra or {}
    out_cols: dict[str, list[np.ndarray]] = {k: [] for k in names}
    extra_cols: dict[str, list[np.ndarray]] = {k: [] for k in extra}
    for counts in resample_counts(n_sessions, samples=samples, seed=seed):
        got = counts @ totals
        ratios = {}
        for k in names:
            s0, wt, wb = spans[k]
            top = got[:, s0 : s0 + wt]
            bottom = got[:, s0 + wt : s0 + wt + wb]
            with np.errstate(divide="ignore", invalid="ignore"):
                ratios[k] = np.where(bottom > 0, top / bottom, np.nan)
            out_cols[k].append(ratios[k])
        for k, (source, fn) in extra.items():
            extra_cols[k].append(fn(ratios[source]))
    result = {}
    for k, blocks in out_cols.items():
        result[k] = _percentiles(np.vstack(blocks))
    for k, blocks in extra_cols.items():
        result[k] = _percentiles(np.concatenate(blocks)[:, None])
    return result


def _percentiles(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """2.5th and 97.5th percentiles per column, ignoring NaN (NaN when a column is all NaN)."""
    ok = ~np.isnan(values)
    low = np.full(values.shape[1], np.nan)
    high = np.full(values.shape[1], np.nan)
    for j in range(values.shape[1]):
        col = values[ok[:, j], j]
        if len(col):
            low[j], high[j] = np.percentile(col, [2.5, 97.5])
    return low, high


def share_totals(prepared: Prepared, disc: pd.DataFrame) -> tuple[dict, dict]:
    """The (sessions, participants) numerator and denominator matrices of the bootstrapped
    shares and of responsive_share."""
    n_s = len(prepared.sessions)
    k = len(prepared.people)
    shape = (n_s, k)
    m = prepared.msgs
    sid = m["session_id"].to_numpy()
    pi = np.asarray(m["person"].cat.codes, dtype=np.int64)
    text = m["is_text"].to_numpy()

    def flag(col: str) -> np.ndarray:
        return (m[col].fillna(False).astype(bool).to_numpy() & text).astype(np.float64)

    t = prepared.turns
    tp = np.asarray(t["person"].cat.codes, dtype=np.int64)
    sp = np.asarray(prepared.sessions["init_person"].cat.codes, dtype=np.int64)
    num = {
        "word_share": session_totals(sid, pi, m["words"].to_numpy(), shape),
        "message_share": session_totals(sid, pi, np.ones(len(m)), shape),
        "turn_share": session_totals(t["session_id"].to_numpy(), tp, np.ones(len(t)), shape),
        "initiation_share": session_totals(
            prepared.sessions["session_id"].to_numpy(), sp, np.ones(n_s), shape
        ),
        "question_share": session_totals(sid, pi, flag("question"), shape),
        "disclosure_share": session_totals(sid, pi, flag("feeling"), shape),
    }
    den: dict[str, np.ndarray] = {k_: v.sum(axis=1) for k_, v in num.items()}
    # responsive_share: disclosures by others this person is accountable for, per session
    codes = [prepared.everyone.index(x) if x in prepared.everyone else -2 for x in prepared.people]
    judge = disc["judge"].to_numpy()
    author = disc["code"].to_numpy()
    jp = np.full(len(disc), -1, dtype=np.int64)
    for j, c in enumerate(codes):
        jp[(judge == c) & (author != c)] = j
    dsid = disc["session_id"].to_numpy()
    responsive = (disc["response"] == "responsive").to_numpy().astype(np.float64)
    num["responsive_share"] = session_totals(dsid, jp, responsive, shape)
    den["responsive_share"] = session_totals(dsid, jp, np.ones(len(disc)), shape)
    return num, den
