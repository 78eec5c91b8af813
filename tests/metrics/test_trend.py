"""Weekly table and robust trends."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analyzer.metrics.trend import relative_trend
from analyzer.settings import MinimumData
from tests.metrics.metrics_chat import msg, run

WEEK = 7 * 24 * 60


def _falling(weeks: int):
    """Week k: 10 - k one-word messages by Ana."""
    rows = []
    for k in range(weeks):
        rows += [msg(k * WEEK + i, "Ana", "w") for i in range(10 - k)]
    return rows


@pytest.fixture(scope="module")
def falling():
    return run(_falling(8), minimum=MinimumData(messages_per_week=1))


def test_trend_messages_relative_slope(falling):
    # Theil-Sen slope -1 message/week over a mean week of 6.5 messages
    row = falling.row("trend_messages")
    assert (row["value"], row["n"]) == (pytest.approx(-1 / 6.5), 8)


def test_trend_messages_p_value(falling):
    # perfectly monotone, 8 weeks: exact Kendall p = 2 / 8!
    assert falling.row("trend_messages")["p_value"] == pytest.approx(2 / 40320)


def test_trend_words_per_message_flat(falling):
    row = falling.row("trend_words_per_message")
    assert (row["value"], row["n"], row["p_value"]) == (0.0, 8, 1.0)


def test_trend_needs_enough_weeks():
    row = run(_falling(7), minimum=MinimumData(messages_per_week=1)).row("trend_messages")
    assert math.isnan(row["value"]) and row["n"] == 7 and math.isnan(row["p_value"])


def test_trend_counts_empty_weeks_as_zero():
    rows = [msg(0, "Ana", "w"), msg(9 * WEEK, "Ana", "w")]
    row = run(rows, minimum=MinimumData(messages_per_week=1)).row("trend_messages")
    assert row["n"] == 10


def test_trend_ratio_uses_counted_weeks_only():
    # 8 weeks with 3 messages (counted at 3 a week) and one week with a single message
    rows = [msg(k * WEEK + i, "Ana", "w") for k in range(8) for i in range(3)]
    rows += [msg(8 * WEEK, "Ana", "w")]
    row = run(rows, minimum=MinimumData(messages_per_week=3)).row("trend_words_per_message")
    assert row["n"] == 8


@pytest.mark.parametrize(
    "values, expected",
    [
        ([2, 4, 6, 8, 10, 12, 14, 16], 2 / 9),
        ([5, 5, 5, 5, 5, 5, 5, 5], 0.0),
        ([0, 0, 0, 0, 0, 0, 0, 0], math.nan),
    ],
    ids=["rising", "flat", "all_zero"],
)
def test_relative_trend(values, expected):
    value, n, _ = relative_trend(np.array(values, dtype=float), weeks_for_trend=8)
    assert (value, n) == (pytest.approx(expected, nan_ok=True), 8)


def test_relative_trend_drops_nan_weeks():
    values = np.array([1, np.nan, 3, 4, 5, 6, 7, 8, 9], dtype=float)
    assert relative_trend(values, weeks_for_trend=8)[1] == 8


WEEKLY = [
    msg(0, "Ana", "one two three", question=True),  # Monday 1 Jan 2024
    msg(2, "Ben", "four", minimal=True),
    msg(WEEK + 5, "Ana", "five six"),
]


@pytest.fixture(scope="module")
def weekly():
    w = run(WEEKLY, minimum=MinimumData(messages_per_week=2)).weekly
    return w.set_index(["week", "participant", "measure"])


@pytest.mark.parametrize(
    "week, who, measure, value, n",
    [
        ("2024-01-01", "Ana", "messages", 1, 1),
        ("2024-01-01", "", "messages", 2, 2),
        ("2024-01-01", "Ana", "word_share", 0.75, 4),
        ("2024-01-01", "Ana", "questions", 1, 1),
        ("2024-01-01", "Ben", "median_latency_s", 120.0, 1),
        ("2024-01-01", "Ben", "minimal_share", 1.0, 1),
        ("2024-01-01", "", "minimal_share", 0.5, 2),
        ("2024-01-08", "Ana", "words", 2, 1),
        ("2024-01-08", "Ben", "messages", 0, 0),
    ],
    ids=lambda x: str(x),
)
def test_weekly_values(weekly, week, who, measure, value, n):
    row = weekly.loc[(np.datetime64(week), who, measure)]
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


def test_weekly_nan_when_undefined(weekly):
    row = weekly.loc[(np.datetime64("2024-01-08"), "Ben", "word_share")]
    assert (row["value"], row["n"]) == (0.0, 2)


def test_weekly_latency_nan_without_replies(weekly):
    row = weekly.loc[(np.datetime64("2024-01-08"), "Ana", "median_latency_s")]
    assert math.isnan(row["value"]) and row["n"] == 0


@pytest.mark.parametrize(
    "week, counted", [("2024-01-01", True), ("2024-01-08", False)], ids=["full", "thin"]
)
def test_weekly_counted_flag(weekly, week, counted):
    rows = weekly.xs(np.datetime64(week), level="week")
    assert set(rows["counted"]) == {counted}
