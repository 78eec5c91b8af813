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
        "skipped": {"blank line between messages": 8,
                    "exporter note (reactions, effects, reply marks)": 4},
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
