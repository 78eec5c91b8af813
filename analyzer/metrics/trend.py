"""Weekly tables and robust trends (Theil-Sen slope relative to the mean week, Kendall's tau).

Weeks run Monday to Sunday in the chat's own (local) time; every calendar week from the first to
the last participant message is listed, empty ones included.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analyzer.metrics.base import Prepared, safe_ratio
from analyzer.metrics.stats import kendall_tau_p, theil_sen_slope

WEEKLY_MEASURES: tuple[str, ...] = (
    "messages", "words", "word_share", "questions", "median_latency_s", "emotion_word_rate",
    "feeling_statements", "minimal_share",
)  # fmt: skip

WEEKLY_COLUMNS = ("week", "participant", "measure", "value", "n", "counted")


@dataclass(frozen=True)
class Weekly:
    """Dense weekly arrays: ``weeks`` (W,), and per measure (W, P) value and n arrays plus a
    chat-level (W,) pair. ``counted`` (W,) marks weeks with enough messages."""

    weeks: pd.DatetimeIndex
    people: list[str]
    per_person: dict[str, tuple[np.ndarray, np.ndarray]]
    chat: dict[str, tuple[np.ndarray, np.ndarray]]
    counted: np.ndarray


def _grid(week: pd.Series, weeks: pd.DatetimeIndex) -> np.ndarray:
    return weeks.get_indexer(pd.DatetimeIndex(week))


def _sum(
    w_idx: np.ndarray, p_idx: np.ndarray, values: np.ndarray, shape: tuple[int, int]
) -> np.ndarray:
    """Dense (W, P) sums of ``values`` by week and person (rows with p_idx < 0 dropped)."""
    keep = p_idx >= 0
    flat = w_idx[keep] * shape[1] + p_idx[keep]
    out = np.bincount(
        flat, weights=np.asarray(values, dtype=np.float64)[keep], minlength=shape[0] * shape[1]
    )
    return out.reshape(shape)


def _median(w_idx: np.ndarray, p_idx: np.ndarray, values: np.ndarray, shape: tuple[int, int]):
    """Dense (W, P) medians and counts of non-NaN ``values``, and (W,) chat-level ones."""
    ok = (p_idx >= 0) & ~np.isnan(values)
    frame = pd.DataFrame({"w": w_idx[ok], "p": p_idx[ok], "v": values[ok]})
    med = np.full(shape, np.nan)
    cnt = np.zeros(shape)
    if len(frame):
        g = frame.groupby(["w", "p"])["v"]
        keys = g.median()
        med[keys.index.get_level_values(0), keys.index.get_level_values(1)] = keys.to_numpy()
        counts = g.size()
        cnt[counts.index.get_level_values(0), counts.index.get_level_values(1)] = counts.to_numpy()
    chat_med = np.full(shape[0], np.nan)
    chat_cnt = np.zeros(shape[0])
    if len(frame):
        g = frame.groupby("w")["v"]
        chat_med[g.median().index.to_numpy()] = g.median().to_numpy()
        chat_cnt[g.size().index.to_numpy()] = g.size().to_numpy()
    return med, cnt, chat_med, chat_cnt


def weekly(prepared: Prepared, *, messages_per_week: int) -> Weekly:
    """Per week and participant: messages, words, word share, questions, median latency,
    emotion-word rate, feeling statements, minimal-turn share (each with its n), plus the
    chat-level sums/ratios over the measured participants."""
    m = prepared.msgs
    measured = m["person"].notna().to_numpy()
    if measured.any():
        first, last = m.loc[measured, "week"].min(), m.loc[measured, "week"].max()
        weeks = pd.date_range(first, last, freq="7D")
    else:
        weeks = pd.DatetimeIndex([], dtype="datetime64[ns]")
    shape = (len(weeks), len(prepared.people))
    w = _grid(m["week"], weeks)
    pi = np.asarray(m["person"].cat.codes, dtype=np.int64)
    text = m["is_text"].to_numpy()

    def flag(col: str) -> np.ndarray:
        return (m[col].fillna(False).astype(bool).to_numpy() & text).astype(np.float64)

    msgs = _sum(w, pi, np.ones(len(m)), shape)
    texts = _sum(w, pi, text, shape)
    words = _sum(w, pi, m["words"].to_numpy(), shape)
    quest = _sum(w, pi, flag("question"), shape)
    emo = _sum(w, pi, m["emotion_words"].astype("float64").fillna(0.0).to_numpy() * text, shape)
    feel = _sum(w, pi, flag("feeling"), shape)

    t = prepared.turns
    tw = _grid(t["week"], weeks)
    tp = np.asarray(t["person"].cat.codes, dtype=np.int64)
    minimal_msgs = np.bincount(
        m["turn_id"].to_numpy(),
        weights=m["minimal"].fillna(False).astype(bool).to_numpy(),
        minlength=len(t),
    )
    all_min = (minimal_msgs == t["n_messages"].to_numpy()).astype(np.float64)
    turns_n = _sum(tw, tp, np.ones(len(t)), shape)
    turns_min = _sum(tw, tp, all_min, shape)

    r = prepared.replies
    lat = np.where(
        r["prev_turn_id"].to_numpy() >= 0, r["latency_s"].to_numpy(dtype=np.float64), np.nan
    )
    med, med_n, chat_med, chat_med_n = _median(tw, tp, lat, shape)

    total_words = words.sum(axis=1)
    lex = 1.0 if prepared.lexicon_applied else np.nan
    per = {
        "messages": (msgs, msgs),
        "words": (words, texts),
        "word_share": (safe_ratio(words, np.repeat(total_words[:, None], shape[1], axis=1)),
                       np.repeat(total_words[:, None], shape[1], axis=1)),
        "questions": (quest, texts),
        "median_latency_s": (med, med_n),
        "emotion_word_rate": (safe_ratio(emo, words, scale=100.0) * lex, words),
        "feeling_statements": (feel * lex, texts),
        "minimal_share": (safe_ratio(turns_min, turns_n), turns_n),
    }  # fmt: skip
    cm, ct, cw = msgs.sum(axis=1), texts.sum(axis=1), total_words
    chat = {
        "messages": (cm, cm),
        "words": (cw, ct),
        "questions": (quest.sum(axis=1), ct),
        "median_latency_s": (chat_med, chat_med_n),
        "emotion_word_rate": (safe_ratio(emo.sum(axis=1), cw, scale=100.0) * lex, cw),
        "feeling_statements": (feel.sum(axis=1) * lex, ct),
        "minimal_share": (
            safe_ratio(turns_min.sum(axis=1), turns_n.sum(axis=1)),
            turns_n.sum(axis=1),
        ),
        "words_per_message": (safe_ratio(cw, ct), ct),
    }
    return Weekly(weeks, list(prepared.people), per, chat, cm >= messages_per_week)


def weekly_table(wk: Weekly) -> pd.DataFrame:
    """The tidy weekly table of :class:`analyzer.metrics.Measures` (participant "" = chat),
    sorted by week, measure, participant."""
    n_w = len(wk.weeks)
    who: list[str] = []
    what: list[str] = []
    values: list[np.ndarray] = []
    ns: list[np.ndarray] = []
    for measure in WEEKLY_MEASURES:
        value, n = wk.per_person[measure]
        series = [(person, value[:, j], n[:, j]) for j, person in enumerate(wk.people)]
        if measure in wk.chat:
            series.append(("", *wk.chat[measure]))
        for person, v, c in series:
            who.append(person)
            what.append(measure)
            values.append(np.asarray(v, dtype=np.float64))
            ns.append(np.asarray(c, dtype=np.int64))
    k = len(who)
    if n_w == 0 or k == 0:
        values, ns = [np.array([], dtype=np.float64)], [np.array([], dtype=np.int64)]
    out = pd.DataFrame(
        {
            "week": np.tile(wk.weeks.to_numpy(), k)
            if n_w
            else np.array([], dtype="datetime64[ns]"),
            "participant": pd.array(np.repeat(np.array(who, dtype=object), n_w), dtype="string"),
            "measure": pd.array(np.repeat(np.array(what, dtype=object), n_w), dtype="string"),
            "value": np.concatenate(values),
            "n": np.concatenate(ns),
            "counted": np.tile(wk.counted, k) if n_w else np.array([], dtype=bool),
        }
    )
    return out.sort_values(["week", "measure", "participant"], kind="stable").reset_index(drop=True)


def relative_trend(values: np.ndarray, *, weeks_for_trend: int) -> tuple[float, int, float]:
    """Theil-Sen slope per week of ``values`` (NaN weeks dropped) divided by their mean;
    p-value of Kendall's tau between week number and value.

    Returns (relative slope, weeks used, p-value); NaN slope and p when fewer than
    ``weeks_for_trend`` weeks or the mean is 0. A relative slope of -0.05 means the weekly value
    falls by 5 % of the mean week per week.
    """
    values = np.asarray(values, dtype=np.float64)
    x = np.arange(len(values), dtype=np.float64)
    ok = ~np.isnan(values)
    x, y = x[ok], values[ok]
    n = len(y)
    if n < max(weeks_for_trend, 2):
        return np.nan, n, np.nan
    mean = float(y.mean())
    if mean == 0:
        return np.nan, n, np.nan
    slope = theil_sen_slope(y, x)
    p_value = 1.0 if np.all(y == y[0]) else kendall_tau_p(x, y)[1]
    return slope / abs(mean), n, p_value


#: trend measure -> (chat-level weekly series, only counted weeks?)
TRENDS: dict[str, tuple[str, bool]] = {
    "trend_messages": ("messages", False),
    "trend_words_per_message": ("words_per_message", True),
    "trend_questions": ("questions", False),
    "trend_latency": ("median_latency_s", True),
    "trend_depth": ("emotion_word_rate", True),
    "trend_minimal": ("minimal_share", True),
}


def trends(wk: Weekly, *, weeks_for_trend: int) -> dict[str, tuple[float, int, float]]:
    """Every trend measure: counts (messages, questions) over all calendar weeks of the span,
    ratios over counted weeks where defined."""
    out = {}
    for name, (series, counted_only) in TRENDS.items():
        values = wk.chat[series][0].astype(np.float64)
        if counted_only:
            values = np.where(wk.counted, values, np.nan)
        out[name] = relative_trend(values, weeks_for_trend=weeks_for_trend)
    return out
