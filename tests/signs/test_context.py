"""Lookups and aggregates the rulebook reads measures through."""

import math

import pytest

from analyzer.settings import Settings
from analyzer.signs.context import Context, parity
from tests.signs.factory import healthy_pair


def _ctx(**ben):
    chat = healthy_pair()
    chat.set("Ana", responsive_share=(0.9, 10), messages=(200, 200), questions=(10, 200))
    chat.set("Ben", **ben)
    return Context(chat.measures(), ["Ana", "Ben"], Settings())


@pytest.mark.parametrize(
    ("how", "value", "n", "who"),
    [
        ("min", 0.5, 30, "Ben"),
        ("max", 0.9, 10, "Ana"),
        ("pooled", (0.9 * 10 + 0.5 * 30) / 40, 40, ""),
        ("sum", 1.4, 40, ""),
        ("parity", 0.5 / 0.7, 40, ""),
    ],
    ids=["min", "max", "pooled", "sum", "parity"],
)
def test_aggregate_over_people(how, value, n, who):
    agg = _ctx(responsive_share=(0.5, 30)).aggregate("responsive_share", how)
    assert (agg.value, agg.n, agg.participant) == (pytest.approx(value), n, who)


def test_min_rate_is_per_hundred_messages_of_that_person():
    agg = _ctx(questions=(30, 150)).aggregate("questions", "min_rate")
    assert (agg.value, agg.participant) == (pytest.approx(5.0), "Ana")


def test_min_n_each_leaves_out_thin_people():
    agg = _ctx(responsive_share=(0.1, 2)).aggregate("responsive_share", "min", min_n_each=3)
    assert (agg.value, agg.participant) == (0.9, "Ana")


def test_chat_level_value():
    agg = _ctx().aggregate("deep_session_share", "chat")
    assert (agg.value, agg.n) == (0.3, 40)


def test_missing_measure_is_nan_with_n_zero():
    ctx = _ctx()
    assert math.isnan(ctx.value("seconds_share", "Ana")) and ctx.n("seconds_share", "Ana") == 0


def test_sum_of_two_measures():
    assert _ctx().value("tier0_share+tier1_share", "Ben") == pytest.approx(0.8)


def test_unknown_aggregate_names_the_choices():
    with pytest.raises(ValueError, match="chat, min, max"):
        _ctx().aggregate("words", "median")


@pytest.mark.parametrize(
    ("values", "expected"),
    [([3, 3], 1.0), ([0, 0], 1.0), ([1, 3], 0.5), ([0, 4], 0.0), ([2, 2, 8], 0.5)],
    ids=["equal", "both-zero", "one-third", "one-none", "group"],
)
def test_parity(values, expected):
    assert parity(values) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("k", "share", "expected"),
    [(2, 0.65, 0.3), (2, 0.5, 0.0), (4, 0.25, 0.0), (4, 0.475, 0.3), (3, 1.0, 1.0)],
    ids=["pair-0.65", "pair-fair", "four-fair", "four-dominant", "three-all"],
)
def test_excess_scales_to_group_size(k, share, expected):
    chat = healthy_pair()
    ctx = Context(chat.measures(), [f"p{i}" for i in range(k)], Settings())
    assert ctx.excess(share) == pytest.approx(expected)


def test_span_measure_wins_over_frame_span():
    ctx = Context(healthy_pair().measures(), ["Ana", "Ben"], Settings(), span_days=3.0)
    assert ctx.span_days == 60.0


def test_span_from_frame_when_measure_absent():
    chat = healthy_pair()
    del chat.chat["span_days"]
    ctx = Context(chat.measures(), ["Ana", "Ben"], Settings(), span_days=3.0)
    assert ctx.span_days == 3.0
