"""iMessage text exports (imessage-exporter): golden file, notes, replies, bad input."""

from __future__ import annotations

import pytest

from analyzer.parsers.registry import load_chat
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

TXT = GOLDEN / "imessage" / "Sam Lee.txt"


@pytest.mark.parametrize("case", cases_for("imessage"))
def test_golden(case):
    check_case(case)


def test_accounting():
    assert load_chat(TXT).source.lines.to_dict() == {
        "total": 40,
        "header": 8,
        "continuation": 19,
        "system": 1,
        "skipped": {
            "blank line between messages": 8,
            "exporter note (reactions, effects, reply marks)": 4,
        },
    }


def test_owner_is_me():
    assert load_chat(TXT).participants == ["Sam Lee", "Me"]


def test_reply_written_twice_is_kept_once(tmp_path):
    text = (
        "Mar 12, 2021  9:15:00 PM\nSam\nparent\n"
        "    Mar 12, 2021  9:16:00 PM\n    Me\n    the reply\n\n"
        "Mar 12, 2021  9:16:00 PM\nMe\nthe reply\nThis message responded to an earlier message.\n\n"
    )
    chat = load_chat(write(tmp_path, "Sam.txt", text))
    assert chat.messages["text"].tolist() == ["parent", "the reply"]
    assert chat.source.lines.skipped == {
        "reply also written at top level": 3,
        "blank line between messages": 2,
        "exporter note (reactions, effects, reply marks)": 1,
    }
    assert chat.source.lines.total == chat.source.lines.accounted


def test_forced_on_other_text(tmp_path):
    path = write(tmp_path, "notes.txt", "just some notes\n")
    assert "no iMessage timestamp lines found" in error_of(path, format="imessage")


@pytest.mark.parametrize(
    ("body", "kind", "text"),
    [
        pytest.param("/shrug that's life", "text", "/shrug that's life", id="slash-command-text"),
        pytest.param(
            "~/Library/Messages/Attachments/ab/IMG_1.HEIC", "media", "", id="library-path"
        ),
        pytest.param("attachments/12/IMG_1.jpeg", "media", "", id="copied-attachment"),
        pytest.param("IMG_2024.MOV", "media", "", id="bare-file-name"),
        pytest.param("look\nIMG_1.jpeg", "text", "look", id="captioned"),
        pytest.param(
            "see photo.jpg later", "text", "see photo.jpg later", id="file-name-in-a-sentence"
        ),
    ],
)
def test_attachment_lines(tmp_path, body, kind, text):
    path = write(tmp_path, "Sam.txt", f"Mar 12, 2021  9:15:00 PM\nSam\n{body}\n\n")
    messages = load_chat(path).messages
    assert (messages["kind"].iloc[0], messages["text"].iloc[0]) == (kind, text)


IMPOSSIBLE = (
    "Mar 12, 2021  9:15:00 PM\nSam\nfirst\n\n"
    "Feb 30, 2021  9:16:00 PM (Read by them after 1 minute)\nMe\nlost day\nsecond line\n\n"
    "Mar 12, 2021  9:17:00 PM\nSam\nthird\n"
)


def test_impossible_date_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "Sam.txt", IMPOSSIBLE)
    assert error_of(path) == (
        f"{path}: 1 timestamp line holds an impossible date (line 5: 'Feb 30, 2021  9:16:00 PM "
        "(Read by them after 1 minute)'); fix the date, or pass --lenient to skip those messages"
    )


def test_lenient_skips_the_message_with_an_impossible_date_and_counts_its_lines(tmp_path):
    chat = load_chat(write(tmp_path, "Sam.txt", IMPOSSIBLE), lenient=True)
    assert chat.messages["text"].tolist() == ["first", "third"]
    assert chat.source.lines.skipped == {
        "blank line between messages": 2,
        "message with an impossible date": 4,
    }
    assert chat.source.lines.total == chat.source.lines.accounted
    assert chat.source.warnings[-1].endswith(
        "1 timestamp line holds an impossible date (line 5: 'Feb 30, 2021  9:16:00 PM (Read by "
        "them after 1 minute)'); that message was skipped (--lenient)"
    )
