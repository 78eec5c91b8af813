"""Balance (talk time): shares, balance index, dominance, initiations, monologues, latency.

Shares are taken over the measured participants only (the pair, when one is chosen), so they sum
to 1 across them; n is the total behind the denominator.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analyzer.metrics.base import Prepared, by_person, chat_level, per_person, safe_ratio
from analyzer.metrics.stats import sign_test_p


def _share(totals: pd.Series, people: list[str]) -> pd.DataFrame:
    total = float(totals.sum())
    return per_person(
        safe_ratio(totals, np.full(len(totals), total)), np.full(len(totals), total), people
    )


def messages(prepared: Prepared) -> pd.DataFrame:
    """Messages written (every kind but system notices). n = the same count."""
    count = by_person(prepared.msgs, "row", "size")
    return per_person(count, count, prepared.people)


def words(prepared: Prepared) -> pd.DataFrame:
    """Words in text messages. n = text messages."""
    return per_person(
        by_person(prepared.msgs, "words"), by_person(prepared.msgs, "is_text"), prepared.people
    )


def word_share(prepared: Prepared) -> pd.DataFrame:
    """words_p / sum of words over participants. Range 0..1; NaN with n=0 when nobody wrote."""
    return _share(by_person(prepared.msgs, "words"), prepared.people)


def message_share(prepared: Prepared) -> pd.DataFrame:
    """messages_p / all participants' messages. Range 0..1."""
    return _share(by_person(prepared.msgs, "row", "size"), prepared.people)


def turn_share(prepared: Prepared) -> pd.DataFrame:
    """turns_p / all participants' turns. Range 0..1."""
    return _share(by_person(prepared.turns, "turn_id", "size"), prepared.people)


def char_share(prepared: Prepared) -> pd.DataFrame:
    """characters_p / all participants' characters (text messages). Range 0..1."""
    chars = np.where(prepared.msgs["is_text"].to_numpy(), prepared.msgs["chars"].to_numpy(), 0)
    return _share(by_person(prepared.msgs, chars), prepared.people)


def seconds_share(prepared: Prepared) -> pd.DataFrame:
    """Speaking seconds_p / all participants' speaking seconds (transcripts). Range 0..1.

    Speaking time is literal only when every turn has a duration (a transcript). A chat where
    only some messages carry one (Telegram voice notes) gives NaN with n=0: summing the few known
    durations would hand their senders all of the "speaking time".
    """
    dur = prepared.turns["duration_s"]
    secs = dur.fillna(0.0).groupby(prepared.turns["person"], observed=False).sum()
    if dur.empty or dur.isna().any():
        return per_person(
            np.full(len(prepared.people), np.nan), np.zeros(len(prepared.people)), prepared.people
        )
    return _share(secs, prepared.people)


def balance_index(shares: pd.DataFrame) -> pd.DataFrame:
    """1 - normalised Gini of the shares; for two people this is exactly 1 - |2*share - 1|.

    Gini G = sum_ij |s_i - s_j| / (2 k^2 mean), normalised by its maximum (k-1)/k. Range 0..1,
    1 = equal. NaN with fewer than two participants or no data. n = the shares' n.
    """
    s = shares["value"].to_numpy(dtype=np.float64)
    n = int(shares["n"].max()) if len(shares) else 0
    k = len(s)
    if k < 2 or np.isnan(s).any():
        return chat_level(np.nan, n)
    return chat_level(1.0 - normalised_gini(s[None, :])[0], n)


def normalised_gini(s: np.ndarray) -> np.ndarray:
    """Normalised Gini of each row of shares ``s`` (rows sum to 1), vectorised over rows."""
    k = s.shape[1]
    diffs = np.abs(s[:, :, None] - s[:, None, :]).sum(axis=(1, 2))
    mean = s.mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        gini = diffs / (2 * k * k * mean)
    return gini * k / (k - 1)


def weekly_word_shares(prepared: Prepared, *, messages_per_week: int) -> pd.DataFrame:
    """Per counted week (>= messages_per_week participant messages): each person's word share.

    Rows: counted weeks (index), columns: participants. Weeks without words are left out.
    """
    m = prepared.msgs
    codes = np.asarray(m["person"].cat.codes, dtype=np.int64)
    keep = codes >= 0
    weeks, w_idx = np.unique(m["week"].to_numpy()[keep], return_inverse=True)
    k = len(prepared.people)
    flat = w_idx * k + codes[keep]
    words = np.bincount(
        flat, weights=m["words"].to_numpy(dtype=np.float64)[keep], minlength=len(weeks) * k
    )
    count = np.bincount(w_idx, minlength=len(weeks))
    words = words.reshape(len(weeks), k)
    total = words.sum(axis=1)
    use = (count >= messages_per_week) & (total > 0)
    return pd.DataFrame(
        words[use] / total[use, None], index=pd.DatetimeIndex(weeks[use]), columns=prepared.people
    )


def dominant_weeks_share(
    prepared: Prepared, *, messages_per_week: int, dominance_share: float
) -> pd.DataFrame:
    """Fraction of counted weeks in which this person held >= ``dominance_share`` of the words.

    Range 0..1; n = counted weeks (NaN with n=0 when there are none).
    """
    shares = weekly_word_shares(prepared, messages_per_week=messages_per_week)
    n = len(shares)
    dominated = (shares >= dominance_share).sum(axis=0).reindex(prepared.people).to_numpy()
    return per_person(
        safe_ratio(dominated, np.full(len(prepared.people), n)),
        np.full(len(prepared.people), n),
        prepared.people,
    )


def dominated_weeks_share(
    prepared: Prepared, *, messages_per_week: int, pair_share: float
) -> pd.DataFrame:
    """Fraction of counted weeks in which this person's word share exceeds the fair share 1/k by
    at least as much as ``pair_share`` exceeds one half between two people (0.65 -> 30 % of the
    way from fair to all the words). This is the talk domination the one-sided and balance signs
    compare. Range 0..1; n = counted weeks (NaN with fewer than two participants or none)."""
    shares = weekly_word_shares(prepared, messages_per_week=messages_per_week)
    k = len(prepared.people)
    n = np.full(k, len(shares))
    if k < 2 or shares.empty:
        return per_person(np.full(k, np.nan), n, prepared.people)
    fair = 1.0 / k
    excess = (shares.to_numpy() - fair) / (1.0 - fair)
    dominated = (excess >= (2.0 * pair_share - 1.0) - 1e-12).mean(axis=0)
    return per_person(dominated, n, prepared.people)


def dominance_test(prepared: Prepared, *, messages_per_week: int) -> tuple[pd.DataFrame, float]:
    """Sign test across counted weeks: is the overall top talker above an equal share more often
    than chance?

    Each counted week gives a sign: the top talker's (most words overall) weekly share above or
    below 1/k (k participants); ties are dropped. ``value`` = fraction of signed weeks above,
    ``n`` = signed weeks, p-value = two-sided exact binomial test against 0.5
    (:func:`analyzer.metrics.stats.sign_test_p`). NaN with fewer than two participants or no signed
    week.
    """
    shares = weekly_word_shares(prepared, messages_per_week=messages_per_week)
    k = len(prepared.people)
    if k < 2 or shares.empty:
        return chat_level(np.nan, 0), np.nan
    top = by_person(prepared.msgs, "words").idxmax()
    diff = shares[top].to_numpy() - 1.0 / k
    above = int((diff > 1e-12).sum())
    below = int((diff < -1e-12).sum())
    n = above + below
    if n == 0:
        return chat_level(np.nan, 0), np.nan
    return chat_level(above / n, n), sign_test_p(above, n)


def initiations(prepared: Prepared) -> pd.DataFrame:
    """Sessions this person started. n = the same count."""
    count = prepared.sessions.groupby("init_person", observed=False).size().reindex(prepared.people)
    return per_person(count, count, prepared.people)


def initiation_share(prepared: Prepared) -> pd.DataFrame:
    """initiations_p / sessions started by any participant. Range 0..1."""
    return _share(
        prepared.sessions.groupby("init_person", observed=False).size().reindex(prepared.people),
        prepared.people,
    )


def unanswered_sessions(prepared: Prepared) -> pd.DataFrame:
    """Sessions this person started that nobody else wrote in. n = their initiations."""
    g = prepared.sessions.groupby("init_person", observed=False)
    started = g.size().reindex(prepared.people)
    alone = (
        (~prepared.sessions["answered"])
        .groupby(prepared.sessions["init_person"], observed=False)
        .sum()
    )
    return per_person(alone.reindex(prepared.people), started, prepared.people)


def longest_monologue(prepared: Prepared) -> pd.DataFrame:
    """Most messages in one of this person's turns. n = their turns; NaN with n=0."""
    g = prepared.turns.groupby("person", observed=False)["n_messages"]
    return per_person(
        g.max().reindex(prepared.people), g.size().reindex(prepared.people), prepared.people
    )


def typical_monologue(prepared: Prepared) -> pd.DataFrame:
    """Median messages per turn of this person. n = their turns; NaN with n=0."""
    g = prepared.turns.groupby("person", observed=False)["n_messages"]
    return per_person(
        g.median().reindex(prepared.people), g.size().reindex(prepared.people), prepared.people
    )


def double_text_rate(prepared: Prepared) -> pd.DataFrame:
    """Share of this person's turns with two or more messages. Range 0..1; n = their turns."""
    multi = (
        (prepared.turns["n_messages"] >= 2).groupby(prepared.turns["person"], observed=False).sum()
    )
    size = prepared.turns.groupby("person", observed=False).size()
    return per_person(
        safe_ratio(multi.reindex(prepared.people), size.reindex(prepared.people)),
        size.reindex(prepared.people),
        prepared.people,
    )


def median_latency_s(prepared: Prepared) -> pd.DataFrame:
    """Median seconds from the previous (other person's) turn to this person's turn, within
    sessions; replies to anyone in a group count. n = those replies; NaN with n=0."""
    r = prepared.replies[prepared.replies["prev_turn_id"] >= 0]
    g = r.groupby("person", observed=False)["latency_s"]
    return per_person(
        g.median().reindex(prepared.people), g.count().reindex(prepared.people), prepared.people
    )


def latency_ratio(latency: pd.DataFrame) -> pd.DataFrame:
    """Slowest participant's median latency / fastest one's. Range >= 1.

    NaN when fewer than two participants have a latency or the fastest median is 0.
    n = replies behind the medians, summed.
    """
    ok = latency[latency["value"].notna()]
    n = int(ok["n"].sum())
    if len(ok) < 2 or float(ok["value"].min()) <= 0:
        return chat_level(np.nan, n)
    return chat_level(float(ok["value"].max()) / float(ok["value"].min()), n)


def span_days(prepared: Prepared) -> pd.DataFrame:
    """Days from the first to the last message (anyone's, system notices aside), fractional.
    n = messages in all; NaN with n=0 for an empty chat."""
    ts = prepared.msgs["timestamp"]
    if ts.empty:
        return chat_level(np.nan, 0)
    return chat_level((ts.max() - ts.min()).total_seconds() / 86400.0, len(ts))
