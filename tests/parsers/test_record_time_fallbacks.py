"""Per-record time fallbacks in the JSON sources: a record without the usual time field is read
from the other one (and counted in ``source.warnings``), never dropped with the whole file's
choice."""

from __future__ import annotations

import json
from pathlib import Path

import analyzer


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def rows(chat: analyzer.Chat) -> list[tuple[str, str]]:
    return [
        (str(t), str(x))
        for t, x in zip(chat.messages["timestamp"], chat.messages["text"], strict=True)
    ]


def test_telegram_records_with_only_date_or_only_date_unixtime(tmp_path: Path) -> None:
    messages = [
        {"id": 1, "type": "message", "date_unixtime": "1615583700", "from": "Sam", "text": "a"},
        {"id": 2, "type": "message", "date": "2021-03-12T22:16:00", "from": "Alex", "text": "b"},
        {
            "id": 3,
            "type": "message",
            "date": "2021-03-12T22:17:00",
            "date_unixtime": "1615583820",
            "from": "Sam",
            "text": "c",
        },
    ]
    path = write(
        tmp_path,
        "result.json",
        {"name": "Sam", "type": "personal_chat", "id": 1, "messages": messages},
    )
    chat = analyzer.load_chat(path)
    assert (rows(chat), chat.source.warnings, chat.source.lines.skipped) == (
        [("2021-03-12 21:15:00", "a"), ("2021-03-12 21:17:00", "c"), ("2021-03-12 22:16:00", "b")],
        [
            f"{path}: 1 record without a readable date_unixtime; its time was read from 'date' "
            "(the exporter's local time)",
            "1 message was out of time order; sorted by time (stable, file order kept for ties)",
        ],
        {},
    )


def test_meta_records_with_timestamp_ms_or_timestamp(tmp_path: Path) -> None:
    data = {
        "participants": [{"name": "Sam"}, {"name": "Alex"}],
        "title": "Sam",
        "messages": [  # newest first, as Meta writes them
            {"sender_name": "Alex", "timestamp": 1615583760, "content": "b"},
            {"sender_name": "Sam", "timestamp_ms": 1615583700000, "content": "a"},
        ],
    }
    path = write(tmp_path, "message_1.json", data)
    chat = analyzer.load_chat(path)
    assert (rows(chat), chat.source.warnings[-1]) == (
        [("2021-03-12 21:15:00", "a"), ("2021-03-12 21:16:00", "b")],
        f"{path}: 1 record without a readable timestamp_ms; its time was read from timestamp "
        f"(seconds)",
    )


def test_discord_record_without_timestamp_is_dated_by_its_id(tmp_path: Path) -> None:
    data = {
        "guild": {"name": "Direct Messages"},
        "channel": {"name": "sam"},
        "messages": [
            {
                "id": "175928847299117063",
                "type": "Default",
                "content": "from the id",
                "author": {"name": "sam"},
            },
            {
                "id": "175928847299117064",
                "type": "Default",
                "timestamp": "2016-04-30T11:20:00+00:00",
                "content": "written",
                "author": {"name": "alex"},
            },
        ],
    }
    path = write(tmp_path, "dm.json", data)
    chat = analyzer.load_chat(path)
    assert (rows(chat), chat.source.warnings[-1]) == (
        [("2016-04-30 11:18:25.796000", "from the id"), ("2016-04-30 11:20:00", "written")],
        f"{path}: 1 record without a readable timestamp; its time was read from the message id "
        "(Discord ids hold their time)",
    )
