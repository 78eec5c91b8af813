"""Balance measures on tiny chats, values computed by hand."""

from __future__ import annotations

import math

import pytest

from analyzer.metrics import compute
from analyzer.settings import MinimumData, Settings, Thresholds
from tests.metrics.metrics_chat import build, msg, run

# Three sessions (gap 2 h):
#   s0 09:00 Ana "a b c", 09:01 Ana "d", 09:05 Ben "e f", 09:10 Ana "g h i j"
#   s1 14:00 Ben "k", 14:01 Ben "l m"               (Ben starts, nobody answers)
#   s2 19:00 Ana "n o", 19:03 Ben "p q r"
PAIR = [
    msg(0, "Ana", "a b c"),
    msg(1, "Ana", "d"),
    msg(5, "Ben", "e f"),
    msg(10, "Ana", "g h i j"),
    msg(300, "Ben", "k"),
    msg(301, "Ben", "l m"),
    msg(600, "Ana", "n o"),
    msg(603, "Ben", "p q r"),
]


@pytest.fixture(scope="module")
def pair():
    return run(PAIR)


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        ("messages", "Ana", 4, 4),
        ("words", "Ana", 10, 4),
        ("words", "Ben", 8, 4),
        ("word_share", "Ana", 10 / 18, 18),
        ("word_share", "Ben", 8 / 18, 18),
        ("message_share", "Ben", 0.5, 8),
        ("turn_share", "Ana", 0.5, 6),
        ("char_share", "Ana", 16 / 28, 28),
        ("initiations", "Ana", 2, 2),
        ("initiation_share", "Ana", 2 / 3, 3),
        ("initiation_share", "Ben", 1 / 3, 3),
        ("unanswered_sessions", "Ana", 0, 2),
        ("unanswered_sessions", "Ben", 1, 1),
        ("longest_monologue", "Ben", 2, 3),
        ("typical_monologue", "Ana", 1, 3),
        ("double_text_rate", "Ana", 1 / 3, 3),
        ("median_latency_s", "Ben", 210.0, 2),
        ("median_latency_s", "Ana", 300.0, 1),
        ("balance_index", "", 1 - 2 / 18, 18),
        ("balance_index_messages", "", 1.0, 8),
        ("latency_ratio", "", 300 / 210, 3),
        ("span_days", "", 603 / 1440, 8),
    ],
    ids=lambda x: str(x),
)
def test_pair_values(pair, measure, who, value, n):
    row = pair.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


def test_seconds_share_nan_without_durations(pair):
    row = pair.row("seconds_share", "Ana")
    assert math.isnan(row["value"]) and row["n"] == 0


def test_seconds_share_transcript():
    rows = [
        msg(0, "Ana", "so", duration_s=30.0),
        msg(1, "Ben", "yes", duration_s=10.0),
        msg(2, "Ana", "and", duration_s=20.0),
    ]
    row = run(rows).row("seconds_share", "Ana")
    assert (row["value"], row["n"]) == (pytest.approx(50 / 60), 60)


def test_seconds_share_nan_when_only_voice_notes_have_durations():
    """Regression: one Telegram voice note must not give its sender all the speaking time."""
    rows = [
        msg(0, "Ana", "so"),
        msg(1, "Ben", "", duration_s=12.0),
        msg(2, "Ana", "and"),
    ]
    row = run(rows).row("seconds_share", "Ben")
    assert math.isnan(row["value"]) and row["n"] == 0


def test_system_notices_do_not_count():
    rows = [msg(0, None, "Ana created the group"), *PAIR, msg(700, None, "Ben left")]
    m = run(rows)
    assert (m.get("messages", "Ana"), m.get("initiations", "Ben")) == (4.0, 1.0)


GROUP = [
    msg(0, "Ana", "one two three"),
    msg(2, "Ben", "four"),
    msg(3, "Cy", "five six"),
    msg(4, "Ana", "seven eight nine"),
    msg(6, "Ben", "ten eleven"),
    msg(9, "Cy", "twelve"),
]


@pytest.fixture(scope="module")
def group():
    return run(GROUP)


@pytest.fixture(scope="module")
def pair_in_group():
    return run(GROUP, participants=["Ana", "Ben"])


@pytest.mark.parametrize(
    "measure, who, value",
    [
        ("word_share", "Ana", 0.5),
        ("word_share", "Cy", 0.25),
        # shares .5 .25 .25: Gini = 1.0 / (2*9*(1/3)) = 1/6, normalised * 3/2 = 0.25
        ("balance_index", "", 0.75),
        ("median_latency_s", "Ana", 60.0),  # Cy 09:03 -> Ana 09:04
        ("median_latency_s", "Cy", 120.0),  # 60 s and 180 s
        ("latency_ratio", "", 2.0),  # slowest Cy 120 / fastest Ana 60 (Ben: 120)
    ],
    ids=lambda x: str(x),
)
def test_group_values(group, measure, who, value):
    assert group.get(measure, who) == pytest.approx(value)


def test_pair_inside_group_shares_over_the_pair(pair_in_group):
    m = pair_in_group
    assert (m.get("word_share", "Ana"), m.get("word_share", "Ben")) == pytest.approx((6 / 9, 3 / 9))


def test_pair_inside_group_replies_to_others_count(pair_in_group):
    m = pair_in_group
    # Ana replies to Cy (60 s); Ben replies to Ana twice (120 s each)
    assert (m.row("median_latency_s", "Ana")["n"], m.get("median_latency_s", "Ana")) == (1, 60.0)


def test_pair_inside_group_has_no_rows_for_others(pair_in_group):
    m = pair_in_group
    assert sorted(set(m.values["participant"])) == ["", "Ana", "Ben"]


def test_pairwise_table(group):
    pw = group.pairwise
    got = {
        (a, b): (r, lat)
        for a, b, r, lat in pw[["author", "to_author", "replies", "median_latency_s"]].itertuples(
            index=False
        )
    }
    assert got[("Ben", "Ana")] == (2, 120.0)
    assert got[("Cy", "Ben")] == (2, 120.0)
    assert got[("Ana", "Ben")][0] == 0 and math.isnan(got[("Ana", "Ben")][1])


def _weeks(words_per_week):
    """One counted week per entry: Ana writes a words, Ben b words (one message each word)."""
    rows = []
    for week, (a, b) in enumerate(words_per_week):
        base = week * 7 * 24 * 60
        rows += [msg(base + i, "Ana", "w") for i in range(a)]
        rows += [msg(base + 60 + i, "Ben", "w") for i in range(b)]
    return rows


DOMINANCE = _weeks([(8, 2), (7, 3), (5, 5), (1, 0)])  # the last week has too few messages


@pytest.fixture(scope="module")
def dominance():
    return run(DOMINANCE, minimum=MinimumData(messages_per_week=2))


@pytest.mark.parametrize("who, value", [("Ana", 2 / 3), ("Ben", 0.0)], ids=["Ana", "Ben"])
def test_dominant_weeks_share(dominance, who, value):
    row = dominance.row("dominant_weeks_share", who)
    assert (row["value"], row["n"]) == (pytest.approx(value), 3)


@pytest.mark.parametrize("who, value", [("Ana", 2 / 3), ("Ben", 0.0)], ids=["Ana", "Ben"])
def test_dominated_weeks_share(dominance, who, value):
    # the signs' talk domination: 80 % and 70 % are at least 65 % (an excess of 0.3), 50 % is not
    row = dominance.row("dominated_weeks_share", who)
    assert (row["value"], row["n"]) == (pytest.approx(value), 3)


def test_dominated_weeks_share_follows_the_one_sided_share():
    stricter = Thresholds(one_sided_share=0.75)
    got = run(DOMINANCE, minimum=MinimumData(messages_per_week=2), thresholds=stricter)
    row = got.row("dominated_weeks_share", "Ana")
    assert (row["value"], row["n"]) == (pytest.approx(1 / 3), 3)


def test_dominance_sign_test(dominance):
    # top talker Ana above 1/2 in two counted weeks, the 50/50 week is a tie: binomtest(2, 2) = 0.5
    row = dominance.row("dominance_p_value")
    assert (row["value"], row["n"], row["p_value"]) == (1.0, 2, pytest.approx(0.5))


def test_dominance_no_counted_weeks_is_nan():
    row = run(DOMINANCE).row("dominant_weeks_share", "Ana")  # default needs 20 a week
    assert math.isnan(row["value"]) and row["n"] == 0


def test_missing_feature_columns_are_named():

    frame, turns, sessions, replies = build(PAIR)
    with pytest.raises(ValueError, match="cat_hedge"):
        compute(
            frame.drop(columns=["cat_hedge"]),
            turns,
            sessions,
            replies,
            participants=["Ana", "Ben"],
            settings=Settings(),
        )


def test_filtered_turns_are_refused():

    frame, turns, sessions, replies = build(PAIR)
    with pytest.raises(ValueError, match="one row per turn"):
        compute(
            frame,
            turns.iloc[1:],
            sessions,
            replies.iloc[1:],
            participants=["Ana", "Ben"],
            settings=Settings(),
        )
