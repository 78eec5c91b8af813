"""The tests a later development part of the chat-register gold sets (``dev2.txt``,
``dev3.txt``) shares, bound to its tables by :func:`part_tests`."""

from __future__ import annotations

import pytest

from tests.langgold import score

#: The goal of a chat-register gold set (every detector with at least 10 positives).
GOAL_PRECISION = 0.85
GOAL_RECALL = 0.75

Counts = dict[str, dict[str, tuple[int, int, int, int]]]


def part_tests(
    part: str, first: Counts, expected: Counts, targets: dict[str, dict[str, tuple[float, float]]]
):
    """Four tests of ``part``: each language's exact counts (gold positives, true positives,
    false positives, false negatives) are ``expected``; every detector with at least 10 positives
    meets the goal, or the lower floor ``targets`` gives it; a floor is given only where the goal
    is missed; and the labels counted are those of the ``first`` score. A module binds them::

        test_dev3_exact_counts, test_dev3_goals, test_targets3_..., test_dev3_labels_... = (
            part_tests("dev3", FIRST3, EXPECTED3, TARGETS3)
        )
    """
    cases = [(code, key) for code, counts in expected.items() for key in counts]
    ids = [f"{c}-{k}" for c, k in cases]

    @pytest.mark.parametrize(("code", "key"), cases, ids=ids)
    def test_exact_counts(code, key):
        s = score.dev_scores(code, part)[key]
        assert (s.support, s.tp, s.fp, s.fn) == expected[code][key]

    @pytest.mark.parametrize(("code", "key"), cases, ids=ids)
    def test_goals(code, key):
        s = score.dev_scores(code, part)[key]
        if s.support < 10:
            return
        precision, recall = targets[code].get(key, (GOAL_PRECISION, GOAL_RECALL))
        assert s.precision >= precision, s
        assert s.recall >= recall, s

    def test_targets_only_below_the_goal():
        for code, floors in targets.items():
            for key in floors:
                s = score.dev_scores(code, part)[key]
                assert s.precision < GOAL_PRECISION or s.recall < GOAL_RECALL, (code, key)

    @pytest.mark.parametrize("code", tuple(first))
    def test_labels_of_the_first_score(code):
        assert {k: v[0] for k, v in expected[code].items()} == {
            k: v[0] for k, v in first[code].items()
        }

    return (
        test_exact_counts,
        test_goals,
        test_targets_only_below_the_goal,
        test_labels_of_the_first_score,
    )
