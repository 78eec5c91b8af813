"""A messages table handed to analyze() by hand (a notebook): one sentence naming the column
and what it needs for what cannot be read; the safe repairs (index, repeats, order) made and
said. Regressions: a repeated index multiplied rows (538 rows sharing one index value gave
289,444), a table out of time order was analysed silently wrong, and empty tables, texts as
numbers, times as strings or NaT raised KeyError/AttributeError/TypeError from inside pandas."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

import analyzer
from analyzer.errors import AnalyzerError, MessagesTableError
from analyzer.table_check import messages_for_analysis

SAMPLE = Path(__file__).resolve().parent.parent / "sample_chats" / "android_en_gb.txt"


@cache
def sample() -> analyzer.Chat:
    return analyzer.load_chat(SAMPLE)  # 538 messages, Tom and Priya


def refusal(messages) -> str:
    with pytest.raises(MessagesTableError) as caught:
        analyzer.analyze(replace(sample(), messages=messages))
    assert isinstance(caught.value, AnalyzerError | ValueError)
    assert "\n" not in str(caught.value)
    return str(caught.value)


def m() -> pd.DataFrame:
    return sample().messages


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda t: t.iloc[:0],
            "the messages table is empty; analyze() needs at least one message with an author",
            id="empty",
        ),
        pytest.param(
            lambda t: t.assign(text=range(len(t))),
            "column 'text' holds int values (e.g. 0 in row 0); it needs the message text as "
            "strings: e.g. messages['text'].astype(str)",
            id="text-as-integers",
        ),
        pytest.param(
            lambda t: t.assign(author=[7] * len(t)),
            "column 'author' holds int values (e.g. 7 in row 0); it needs the sender's name as "
            "text (None for a system notice): e.g. messages['author'].astype(str)",
            id="author-as-integers",
        ),
        pytest.param(
            lambda t: t.assign(timestamp=t["timestamp"].dt.strftime("%d/%m/%Y %H:%M")),
            "column 'timestamp' holds str values (e.g. '08/01/2024 17:13' in row 0); it needs "
            "datetimes: convert it with pd.to_datetime(..., format=...) giving the format, so "
            "that no day-month order is guessed",
            id="timestamps-as-strings",
        ),
        pytest.param(
            lambda t: t.assign(timestamp=t["timestamp"].astype("int64")),
            "column 'timestamp' holds int values (e.g. 1704733980000000000 in row 0); it needs "
            "datetimes: "
            "convert it with pd.to_datetime",
            id="timestamps-as-numbers",
        ),
        pytest.param(
            lambda t: t.assign(timestamp=t["timestamp"].where(t.index % 100 != 7)),
            "column 'timestamp' has 6 missing times (NaT), the first in row 7; every message "
            "needs a time: drop or fill those rows",
            id="nat-timestamps",
        ),
        pytest.param(
            lambda t: t.drop(columns=["timestamp", "text"]),
            "the messages table lacks columns 'timestamp': a time for every message (datetimes, "
            "e.g. from pd.to_datetime); 'text': the message text as strings",
            id="missing-columns",
        ),
        pytest.param(
            lambda t: t.assign(kind="chat"),
            "column 'kind' holds 'chat' in row 0; it needs one of text, media, deleted, system, "
            "call, location, contact, poll, sticker, view_once",
            id="unknown-kind",
        ),
        pytest.param(
            lambda t: t.assign(author=t["author"].astype(object).where(t.index != 3, None)),
            "column 'author' is empty in 1 row that are not system notices (kind 'system'), the "
            "first in row 3; each message needs its sender's name",
            id="missing-author",
        ),
        pytest.param(
            lambda t: t.assign(author=None),
            "column 'author' is empty in every row; analyze() needs messages with their sender",
            id="no-author-at-all",
        ),
    ],
)
def test_a_table_that_cannot_be_read_is_one_sentence_naming_the_column(change, message):
    assert refusal(change(m())) == message


def test_analyze_of_a_bare_table_says_what_it_takes():
    with pytest.raises(MessagesTableError, match=r"^analyze\(\) takes a Chat .* not DataFrame$"):
        analyzer.analyze(m())


def test_only_the_three_needed_columns_are_enough():
    table, repairs = messages_for_analysis(m()[["timestamp", "author", "text"]])
    # no kind column: a row without an author is a system notice, the others text
    assert (len(table), repairs, table["kind"].value_counts()[["text", "system"]].tolist()) == (
        538, [], [536, 2]
    )


def test_a_row_without_author_and_without_kind_column_is_a_system_notice():
    table, _ = messages_for_analysis(
        pd.DataFrame(
            {
                "timestamp": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:01"]),
                "author": ["Ana", None],
                "text": ["hi", "Ana changed the group name"],
            }
        )
    )
    assert list(table["kind"]) == ["text", "system"]


def test_the_same_table_given_twice_is_read_once_and_said():
    table, repairs = messages_for_analysis(pd.concat([m(), m()]))
    assert (len(table), repairs) == (
        538,
        [
            "1,076 rows of the messages table share an index value with another row (a pd.concat "
            "without ignore_index=True?); the rows were renumbered from 0",
            "538 rows of the messages table repeat a message already in it (same file, line, "
            "time, author and text); each message was read once",
        ],
    )
    pd.testing.assert_frame_equal(table, m())


def test_one_index_value_for_every_row_is_renumbered_not_multiplied():
    table, repairs = messages_for_analysis(m().set_axis([0] * len(m())))
    assert (len(table), list(table.index[:3]), len(repairs)) == (538, [0, 1, 2], 1)


def test_messages_alike_on_different_lines_both_stay():
    two = m().iloc[[1, 1]].assign(source_line=[1, 2]).reset_index(drop=True)
    table, repairs = messages_for_analysis(two)
    assert (len(table), repairs) == (2, [])


def test_a_table_out_of_time_order_is_stable_sorted_and_said():
    shuffled = m().sample(frac=1, random_state=1)
    table, repairs = messages_for_analysis(shuffled)
    assert repairs == [
        "279 messages were out of time order; sorted by time (messages of the same time in "
        "the order of their source line)"
    ]
    pd.testing.assert_frame_equal(table, m())


def test_a_table_from_load_chat_is_used_as_it_is():
    table, repairs = messages_for_analysis(m())
    assert (table is m(), repairs) == (True, [])
