"""Bootstrap intervals over sessions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analyzer.metrics.bootstrap import intervals, session_totals
from tests.metrics.metrics_chat import msg, run

BOOTSTRAPPED = [
    "word_share",
    "message_share",
    "turn_share",
    "initiation_share",
    "question_share",
    "disclosure_share",
    "responsive_share",
]

SAD = dict(feeling=True, feeling_valence=-0.5, tier=2.0, emotion_words=1.0, emotion_terms="sad")


def _sessions(k: int):
    """k sessions 3 h apart; Ana writes 1..3 words, Ben 2 words; alternate who starts."""
    rows = []
    for s in range(k):
        base = s * 180
        first, second = ("Ana", "Ben") if s % 2 == 0 else ("Ben", "Ana")
        rows.append(
            msg(base, first, "a " * (s % 3 + 1) if first == "Ana" else "b b", question=True, **SAD)
        )
        rows.append(
            msg(base + 1, second, "a " * (s % 3 + 1) if second == "Ana" else "b b", cat_support=1.0)
        )
    return rows


@pytest.fixture(scope="module")
def m():
    return run(_sessions(12), bootstrap_samples=200)


@pytest.mark.parametrize("measure", BOOTSTRAPPED)
def test_interval_brackets_the_estimate(m, measure):
    row = m.row(measure, "Ana")
    assert row["ci_low"] <= row["value"] <= row["ci_high"]


@pytest.mark.parametrize("measure", ["word_share", "initiation_share"])
def test_interval_is_a_real_range(m, measure):
    row = m.row(measure, "Ana")
    assert 0.0 <= row["ci_low"] < row["ci_high"] <= 1.0


def test_balance_index_has_interval(m):
    row = m.row("balance_index")
    assert row["ci_low"] <= row["value"] <= row["ci_high"] <= 1.0


def test_counts_have_no_interval(m):
    assert math.isnan(m.row("words", "Ana")["ci_low"])


def test_same_seed_same_interval():
    a = run(_sessions(6), bootstrap_samples=100, seed=3).row("word_share", "Ana")
    b = run(_sessions(6), bootstrap_samples=100, seed=3).row("word_share", "Ana")
    assert (a["ci_low"], a["ci_high"]) == (b["ci_low"], b["ci_high"])


def test_no_samples_no_interval():
    row = run(_sessions(4), bootstrap_samples=0).row("word_share", "Ana")
    assert math.isnan(row["ci_low"]) and math.isnan(row["ci_high"])


def test_one_person_every_session_degenerate_interval():
    rows = [msg(s * 180, "Ana", "x y") for s in range(5)] + [msg(1000, "Ben", "z")]
    row = run(rows, bootstrap_samples=100).row("word_share", "Ana")
    assert row["ci_high"] == 1.0


def test_session_totals_matrix():
    got = session_totals(
        np.array([0, 0, 1, 2]), np.array([0, 1, 1, -1]), np.array([2.0, 3.0, 4.0, 9.0]), (3, 2)
    )
    assert got.tolist() == [[2.0, 3.0], [0.0, 4.0], [0.0, 0.0]]


def test_intervals_of_a_constant_ratio():
    # every session has Ana 1 of 2 words: every resample gives exactly 0.5
    num = {"share": np.array([[1.0, 1.0]] * 5)}
    den = {"share": np.array([2.0] * 5)}
    low, high = intervals(num, den, samples=50, seed=1)["share"]
    assert (low.tolist(), high.tolist()) == ([0.5, 0.5], [0.5, 0.5])


def _reference(num, den, *, samples, seed, stat=lambda a, b: a / b):
    """The percentile bootstrap written plainly: the same seeded draws of sessions (blocks of
    100 resamples, each ``n`` draws with replacement), one resample at a time."""
    rng = np.random.default_rng(seed)
    values, done = [], 0
    while done < samples:
        b = min(100, samples - done)
        for rows in rng.integers(0, len(num), size=(b, len(num))):
            values.append(stat(num[rows].sum(), den[rows].sum()))
        done += b
    return tuple(np.percentile(values, [2.5, 97.5]))


ANA_WORDS = np.array([s % 3 + 1 for s in range(12)], dtype=float)  # Ana's words per session
ALL_WORDS = ANA_WORDS + 2.0  # Ben writes 2 words in each
ANA_STARTS = np.array([1.0 - s % 2 for s in range(12)])  # Ana starts every other session


@pytest.mark.parametrize(
    ("measure", "num", "den", "stat", "expected"),
    [
        ("word_share", ANA_WORDS, ALL_WORDS, None, (0.4415282392026578, 0.5471698113207547)),
        ("initiation_share", ANA_STARTS, np.ones(12), None, (0.25, 0.75)),
        (
            "balance_index",
            ANA_WORDS,
            ALL_WORDS,
            lambda a, b: 1 - abs(2 * a / b - 1),
            (0.8571428571428572, 1.0),
        ),
    ],
)
def test_interval_is_the_seeded_reference(m, measure, num, den, stat, expected):
    # the default seed (Settings.seed = 7), 200 resamples of the 12 sessions
    kwargs = {"stat": stat} if stat else {}
    reference = _reference(num, den, samples=200, seed=7, **kwargs)
    row = m.row(measure, "" if measure == "balance_index" else "Ana")
    assert reference == pytest.approx(expected, abs=1e-12)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx(expected, abs=1e-12)
    assert row["value"] == (1.0 if measure == "balance_index" else 0.5)
