"""The three small tests the measures need: a sign test, a Theil-Sen slope and Kendall's tau.

Written here (numpy and exact integer arithmetic) instead of importing ``scipy.stats``, which
costs about a second to import: a fixed cost every report paid for three short sums. They
follow the textbook definitions that SciPy also uses, so the values are the same (the tests
check them against ``scipy.stats.binomtest``, ``theilslopes`` and ``kendalltau``):

- :func:`sign_test_p`: the two-sided exact binomial test against 0.5, which sums the
  probabilities of every outcome no more likely than the observed one;
- :func:`theil_sen_slope`: the median of the slopes between all pairs of points with distinct x;
- :func:`kendall_tau_p`: Kendall's tau-b and its two-sided p-value, exact (from the number of
  permutations of n items with a given number of inversions) when there are no ties and
  n <= 33 or all but at most one pair agree, else from the normal approximation with the
  variance corrected for ties.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

#: Relative tolerance when comparing outcome probabilities in the sign test (outcomes whose
#: probability equals the observed one up to rounding count as "no more likely").
_TIE_TOLERANCE = Fraction(1, 10**7)
#: Largest n whose Kendall p-value is computed exactly when there are no ties.
EXACT_KENDALL_N = 33


def sign_test_p(successes: int, trials: int) -> float:
    """Two-sided exact binomial p-value of ``successes`` out of ``trials`` against p = 0.5.

    Every outcome i has weight C(trials, i) (the common factor 2**-trials aside); the p-value
    is the total weight of the outcomes no heavier than the observed one, over 2**trials.
    """
    if trials < 0 or not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return 1.0
    observed = math.comb(trials, successes) * (1 + _TIE_TOLERANCE)
    # C(n, i) grows towards the middle: the outcomes no heavier than the observed one are the
    # two tails, i <= j and i >= n - j, where j is the last i below the middle with C(n, i) <=
    # observed.
    weights = [math.comb(trials, i) for i in range(trials // 2 + 1)]
    j = max(i for i, w in enumerate(weights) if w <= observed)
    tail = sum(weights[: j + 1])
    total = 2 * tail - (weights[j] if 2 * j == trials else 0)
    return float(min(Fraction(1), Fraction(total, 2**trials)))


def theil_sen_slope(y, x) -> float:
    """Median of (y_j - y_i) / (x_j - x_i) over all pairs with x_i < x_j; NaN with no such pair."""
    y = np.asarray(y, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if y.shape != x.shape:
        raise ValueError("x and y must have the same length")
    i, j = np.triu_indices(len(x), k=1)
    dx = x[j] - x[i]
    dy = y[j] - y[i]
    keep = dx != 0
    if not keep.any():
        return float("nan")
    slopes = dy[keep] / dx[keep]
    return float(np.median(slopes))


def _tied_pairs(values: np.ndarray) -> tuple[int, int, int]:
    """For the groups of equal values (sizes t): sum t(t-1)/2, sum t(t-1)(t-2), sum t(t-1)(2t+5)."""
    _, counts = np.unique(values, return_counts=True)
    t = [int(c) for c in counts if c > 1]
    return (
        sum(c * (c - 1) // 2 for c in t),
        sum(c * (c - 1) * (c - 2) for c in t),
        sum(c * (c - 1) * (2 * c + 5) for c in t),
    )


def _permutations_with_at_most(n: int, inversions: int) -> int:
    """How many permutations of n items have at most ``inversions`` inversions (exact)."""
    # counts[k] = permutations of the first m items with exactly k inversions (k <= inversions);
    # adding item m+1 adds 0..m inversions, so the new counts are sums over a sliding window.
    counts = [1] + [0] * inversions
    for m in range(1, n):
        running = [0] * (inversions + 2)
        for k, c in enumerate(counts):
            running[k + 1] = running[k] + c
        counts = [running[k + 1] - running[max(0, k - m)] for k in range(inversions + 1)]
    return sum(counts)


def kendall_tau_p(x, y) -> tuple[float, float]:
    """Kendall's tau-b between ``x`` and ``y`` and its two-sided p-value.

    NaN for both when fewer than two values or when every x (or every y) is the same.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    n = len(x)
    if n < 2:
        return float("nan"), float("nan")
    i, j = np.triu_indices(n, k=1)
    sx = np.sign(x[j] - x[i])
    sy = np.sign(y[j] - y[i])
    both = sx * sy
    concordant = int((both > 0).sum())
    discordant = int((both < 0).sum())
    pairs = n * (n - 1) // 2
    x_ties, x_t2, x_t5 = _tied_pairs(x)
    y_ties, y_t2, y_t5 = _tied_pairs(y)
    if x_ties == pairs or y_ties == pairs:
        return float("nan"), float("nan")
    s = concordant - discordant
    tau = s / math.sqrt(pairs - x_ties) / math.sqrt(pairs - y_ties)
    tau = min(1.0, max(-1.0, tau))
    if x_ties == 0 and y_ties == 0 and (n <= EXACT_KENDALL_N or min(discordant, concordant) <= 1):
        c = min(discordant, concordant)
        p = Fraction(2 * _permutations_with_at_most(n, c), math.factorial(n))
        return tau, float(min(Fraction(1), p))
    m = n * (n - 1.0)
    variance = (
        (m * (2 * n + 5) - x_t5 - y_t5) / 18
        + 2 * x_ties * y_ties / m
        + x_t2 * y_t2 / (9 * m * (n - 2))
    )
    z = s / math.sqrt(variance)
    return tau, math.erfc(abs(z) / math.sqrt(2))
