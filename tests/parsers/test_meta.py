"""Messenger and Instagram JSON: merged files, mojibake repair, kinds, bad input."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from analyzer.parsers.meta import repair
from analyzer.parsers.registry import load_chat
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

FOLDER = GOLDEN / "meta" / "inbox" / "zoe_123"


@pytest.mark.parametrize("case", cases_for("meta"))
def test_golden(case):
    check_case(case)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Zo\u00c3\u00a9", "Zoé", id="accented-letter"),
        pytest.param("\u00f0\u009f\u008c\u0099", "🌙", id="emoji"),
        pytest.param("Zoé", "Zoé", id="real-latin1-not-round-tripping"),
        pytest.param("plain ascii", "plain ascii", id="ascii"),
        pytest.param("Zoé 🌙", "Zoé 🌙", id="already-unicode"),
    ],
)
def test_repair(raw, expected):
    assert repair(raw) == expected


def test_newest_first_files_are_sorted_without_a_warning():
    chat = load_chat(FOLDER)
    assert chat.messages["timestamp"].is_monotonic_increasing
    assert chat.source.warnings == []


def test_folder_merges_both_files():
    chat = load_chat(FOLDER)
    assert sorted(chat.source.files) == [
        str(FOLDER / "message_1.json"),
        str(FOLDER / "message_2.json"),
    ]
    assert chat.source.lines.to_dict() == {
        "total": 10,
        "header": 9,
        "continuation": 0,
        "system": 1,
        "skipped": {},
    }


def test_bom_file_is_read():
    chat = load_chat(FOLDER / "message_2.json")
    assert (chat.source.encoding, len(chat.messages)) == ("utf-8-sig", 3)


def test_chat_name_is_the_repaired_title():
    assert load_chat(FOLDER).source.chat_name == "Zoé"


def test_stand_in_text_of_a_share_is_dropped():
    messages = load_chat(FOLDER).messages.set_index("source_line")
    shared = messages[(messages["kind"] == "media") & (messages["author"] == "Zoé")]
    assert shared["text"].tolist() == ["", ""]


def test_truncated_json(tmp_path):
    text = (FOLDER / "message_1.json").read_text(encoding="utf-8")
    path = write(tmp_path, "message_1.json", text[:300])
    assert "looks truncated" in error_of(path, format="meta")


def test_wrong_shape(tmp_path):
    path = write(tmp_path, "message_1.json", '[{"sender_name": "a", "timestamp_ms": 1}]')
    assert "expected a Messenger/Instagram message_N.json" in error_of(path, format="meta")


def test_deeply_nested_json(tmp_path):
    path = write(
        tmp_path, "message_1.json", '{"messages": [' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "]}"
    )
    assert "nested too deeply" in error_of(path, format="meta")


def test_unreadable_times_are_skipped_and_counted(tmp_path):
    path = write(
        tmp_path,
        "message_1.json",
        '{"messages": [{"sender_name": "A", "timestamp_ms": "soon", "content": "x"},'
        ' {"sender_name": "B", "timestamp_ms": 1615583700000, "content": "y"}]}',
    )
    assert error_of(path) == (
        f"{path}: 1 of 2 lines or records could not be read (1 record without a readable time); "
        "check that this is the whole export, or pass --lenient to go on without them"
    )
    chat = load_chat(path, lenient=True)
    assert chat.source.lines.skipped == {"record without a readable time": 1}
    assert chat.messages["author"].tolist() == ["B"]
    assert chat.source.losses == [
        "1 of 2 lines or records could not be read and was skipped (1 record without a readable "
        "time; "
        "--lenient)"
    ]


def _download_with_two_conversations(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for part in ("message_1.json", "message_2.json"):
            out.write(FOLDER / part, f"your_instagram_activity/messages/inbox/zoe_123/{part}")
        out.write(
            GOLDEN / "meta" / "e2ee_ana_zoe.json",
            "your_instagram_activity/messages/inbox/kim_456/message_1.json",
        )
    archive = tmp_path / "instagram-ana.zip"
    archive.write_bytes(buffer.getvalue())
    return archive


def test_download_with_several_conversations_asks_which(tmp_path):
    archive = _download_with_two_conversations(tmp_path)
    message = error_of(archive)
    assert message.endswith(
        "holds 2 conversations; choose one with --chat FOLDER (chat= in Python): kim_456, zoe_123"
    )


def test_conversation_chosen_by_folder_name(tmp_path):
    chat = load_chat(_download_with_two_conversations(tmp_path), chat="zoe")
    assert (len(chat.messages), chat.source.variant, chat.source.chat_name) == (
        10,
        "instagram",
        "Zoé",
    )


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        pytest.param("Sam named the group Trip.", "system", id="group-name"),
        pytest.param("Reacted \u2764 to your message", "system", id="reaction-notice"),
        pytest.param("Sam left the group.", "system", id="left"),
        pytest.param("I left the group chat open on my laptop", "text", id="words-not-a-notice"),
        pytest.param("Sam created a poll: Dinner?", "poll", id="poll"),
    ],
)
def test_notices_written_as_messages(tmp_path, content, kind):
    record = {"sender_name": "Sam", "timestamp_ms": 1615583700000, "content": content}
    path = write(tmp_path, "message_1.json", json.dumps({"messages": [record]}))
    assert load_chat(path).messages["kind"].tolist() == [kind]
