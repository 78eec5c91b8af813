"""DiscordChatExporter JSON and CSV: golden files, nicknames, times, bad input."""

from __future__ import annotations

import pytest

from analyzer.parsers.registry import load_chat
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

JSON = GOLDEN / "discord" / "climbing-general.json"


@pytest.mark.parametrize("case", cases_for("discord"))
def test_golden(case):
    check_case(case)


def test_nickname_is_the_author_when_set():
    participants = load_chat(JSON).participants
    assert participants == ["Sam", "Lou", "ana"]


def test_chat_name_names_server_category_and_channel():
    assert load_chat(JSON).source.chat_name == "Climbing / Text Channels / general"


def test_tz_converts_the_written_offset():
    first = load_chat(JSON, tz="UTC").messages["timestamp"].iloc[1]
    assert first.isoformat() == "2021-03-12T20:15:00.123000+00:00"


def test_accounting_counts_channel_events_as_system():
    assert load_chat(JSON).source.lines.to_dict() == {
        "total": 7, "header": 5, "continuation": 0, "system": 2, "skipped": {}
    }


def test_truncated_json(tmp_path):
    path = write(tmp_path, "general.json", JSON.read_text(encoding="utf-8")[:900])
    assert "looks truncated" in error_of(path, format="discord")


def test_wrong_shape(tmp_path):
    path = write(tmp_path, "general.json", '{"guild": {}, "channel": {}, "messages": "none"}')
    assert "wrong shape" in error_of(path, format="discord")


def test_csv_without_date_column(tmp_path):
    path = write(tmp_path, "general.csv", "AuthorID,Author,Content\n1,sam,hi\n")
    assert "lacks columns ['Date']" in error_of(path, format="discord")


SUMMER_TIME_CSV = (
    "AuthorID,Author,Date,Content,Attachments,Reactions\n"
    "1,sam,2023-10-28T21:00:00+02:00,hello there,,\n"
    "2,alex,2023-10-28T22:00:00+02:00,hi sam,,\n"
    "1,sam,2023-10-29T21:00:00+01:00,how are you,,\n"
    "2,alex,{odd},fine,,\n"
    "2,alex,2023-10-30T21:00:00+01:00,fine thanks,,\n"
)


def test_csv_unreadable_date_across_summer_time_end_is_skipped_with_lenient(tmp_path):
    """Regression: the offsets change (+02:00 -> +01:00), so the times are zone-aware; one
    unreadable date then crashed in ``astype`` (timezone-aware to naive), --lenient too."""
    path = write(tmp_path, "general.csv", SUMMER_TIME_CSV.format(odd="not a date"))
    chat = load_chat(path, lenient=True)
    assert [t.isoformat() for t in chat.messages["timestamp"]] == [
        "2023-10-28T21:00:00+02:00",
        "2023-10-28T22:00:00+02:00",
        "2023-10-29T21:00:00+01:00",
        "2023-10-30T21:00:00+01:00",
    ]
    assert chat.source.lines.skipped == {"record without a readable time": 1}


def test_csv_unreadable_date_across_summer_time_end_is_one_line_without_lenient(tmp_path):
    path = write(tmp_path, "general.csv", SUMMER_TIME_CSV.format(odd="not a date"))
    assert "1 record without a readable time" in error_of(path)


def test_csv_old_style_date_joins_the_summer_time_zone(tmp_path):
    path = write(tmp_path, "general.csv", SUMMER_TIME_CSV.format(odd="30-Oct-23 09:15 PM"))
    chat = load_chat(path)
    assert chat.messages["timestamp"].iloc[-1].isoformat() == "2023-10-30T21:15:00+01:00"
    assert chat.messages["text"].iloc[-1] == "fine"
