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
