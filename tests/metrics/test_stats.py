"""Our sign test, Theil-Sen slope and Kendall tau equal SciPy's (scipy is a test dependency
only)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from analyzer.metrics.stats import kendall_tau_p, sign_test_p, theil_sen_slope

SIGN_CASES = [
    (0, 1),
    (1, 1),
    (0, 2),
    (1, 2),
    (3, 10),
    (5, 10),
    (7, 10),
    (0, 12),
    (12, 12),
    (4, 9),
    (5, 9),
    (13, 40),
    (27, 40),
    (60, 121),
    (250, 520),
    (1, 1200),
]


@pytest.mark.parametrize(("successes", "trials"), SIGN_CASES)
def test_sign_test_equals_scipy_binomtest(successes, trials):
    expected = scipy_stats.binomtest(successes, trials, 0.5).pvalue
    assert sign_test_p(successes, trials) == pytest.approx(expected, rel=1e-12, abs=1e-300)


def test_sign_test_known_values():
    # 2 of 10 above: P = 2 * (1 + 10 + 45) / 1024 = 112 / 1024
    assert sign_test_p(2, 10) == 112 / 1024
    assert sign_test_p(0, 5) == 2 / 32
    assert sign_test_p(5, 10) == 1.0
    assert sign_test_p(0, 0) == 1.0
    with pytest.raises(ValueError):
        sign_test_p(3, 2)


def _series(seed: int, n: int, *, ties: bool) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.arange(n, dtype=float)
    y = rng.normal(10 + 0.1 * x, 2)
    if ties:
        y = np.round(y)
    return x, y


SERIES = [
    (seed, n, ties)
    for seed, n in [(1, 3), (2, 5), (3, 8), (4, 20), (5, 33), (6, 34), (7, 60), (8, 200)]
    for ties in (False, True)
]


@pytest.mark.parametrize(("seed", "n", "ties"), SERIES)
def test_theil_sen_equals_scipy(seed, n, ties):
    x, y = _series(seed, n, ties=ties)
    assert theil_sen_slope(y, x) == pytest.approx(scipy_stats.theilslopes(y, x).slope, rel=1e-12)


@pytest.mark.parametrize(("seed", "n", "ties"), SERIES)
def test_kendall_equals_scipy(seed, n, ties):
    x, y = _series(seed, n, ties=ties)
    expected = scipy_stats.kendalltau(x, y)
    tau, p = kendall_tau_p(x, y)
    assert tau == pytest.approx(expected.statistic, rel=1e-12)
    assert p == pytest.approx(expected.pvalue, rel=1e-9)


@pytest.mark.parametrize(
    "y",
    [
        [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],  # perfectly increasing: exact, 2 / 6!
        [6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        [1.0, 3.0, 2.0, 4.0, 5.0, 6.0],  # one discordant pair
        list(range(40)),  # n > 33 but no discordant pair: still exact
        [*range(20), 19.5, *range(20, 39)],  # n = 40, one discordant pair
        [2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0],  # heavy ties
        [1.0, 2.0, 1.0, 2.0],  # tau 0 under ties
        [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],  # mixed
    ],
)
def test_kendall_edge_cases_equal_scipy(y):
    x = np.arange(len(y), dtype=float)
    expected = scipy_stats.kendalltau(x, y)
    tau, p = kendall_tau_p(x, y)
    assert tau == pytest.approx(expected.statistic, rel=1e-12)
    assert p == pytest.approx(expected.pvalue, rel=1e-9, abs=1e-300)


def test_kendall_known_values_and_nan():
    tau, p = kendall_tau_p([0, 1, 2, 3], [1, 2, 3, 4])
    assert tau == 1.0 and p == 2 / math.factorial(4)
    tau, p = kendall_tau_p([0, 1, 2], [5, 5, 5])
    assert math.isnan(tau) and math.isnan(p)
    tau, p = kendall_tau_p([0], [1])
    assert math.isnan(tau) and math.isnan(p)


def test_theil_sen_known_values():
    # slopes of the pairs: 1, 3, 5 -> median 3
    assert theil_sen_slope([0.0, 1.0, 6.0], [0.0, 1.0, 2.0]) == 3.0
    assert math.isnan(theil_sen_slope([1.0, 2.0], [4.0, 4.0]))
