"""Signal text exports (signal-export): golden files, body clean-up, bad input."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.parsers.registry import load_chat
from analyzer.parsers.signal import clean_body
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

MD = GOLDEN / "signal" / "chat.md"


@pytest.mark.parametrize("case", cases_for("signal"))
def test_golden(case):
    check_case(case)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "\n\n> quoted words\n> more\n\nmy answer  ", ("text", "my answer"), id="quote"
        ),
        pytest.param("nice  \n(- Ana: 👍, Sam: ❤️ -)", ("text", "nice"), id="reactions"),
        pytest.param(
            "![a.jpg](./media/a.jpg)  [b.pdf](./media/b.pdf)  ", ("media", ""), id="attachments"
        ),
        pytest.param("look  ![a.jpg](./media/a.jpg)  ", ("text", "look"), id="captioned-photo"),
        pytest.param("  \n(( 🐱 ))", ("sticker", ""), id="sticker"),
        pytest.param(
            "[🐱](../exported_stickers/p/1.webp)  ", ("sticker", ""), id="exported-sticker"
        ),
        pytest.param("(This message was deleted)", ("deleted", ""), id="deleted"),
        pytest.param("Missed video call", ("call", "Missed video call"), id="missed-call"),
        pytest.param(
            "Incoming call about the trip",
            ("text", "Incoming call about the trip"),
            id="not-a-call",
        ),
    ],
)
def test_clean_body(body, expected):
    assert clean_body(body) == expected


def test_accounting_of_multi_line_messages():
    assert load_chat(MD).source.lines.to_dict() == {
        "total": 17,
        "header": 8,
        "continuation": 9,
        "system": 0,
        "skipped": {},
    }


def test_text_before_first_message_is_skipped(tmp_path):
    path = write(tmp_path, "chat.md", "exported by hand\n[2021-03-12 21:15:00] Sam: hi\n")
    chat = load_chat(path, lenient=True)
    assert chat.source.lines.skipped == {"text before the first message": 1}


def test_forced_on_other_text(tmp_path):
    path = write(tmp_path, "notes.txt", "just some notes\nnothing else\n")
    assert "no Signal message lines found" in error_of(path, format="signal")


def test_impossible_date(tmp_path):
    path = write(tmp_path, "chat.md", "[2021-13-45 21:15:00] Sam: hi\n")
    assert "impossible dates" in error_of(path, format="signal")


def test_signal_export_folder_is_read_by_its_chat_md(tmp_path):
    folder = tmp_path / "Sam Lee"
    (folder / "media").mkdir(parents=True)
    (folder / "chat.md").write_bytes(MD.read_bytes())
    (folder / "index.html").write_text("<html><body>rendered chat</body></html>", encoding="utf-8")
    (folder / "data.json").write_text(
        '{"date": "2021-03-12T21:15:00", "sender": "Sam Lee"}\n', encoding="utf-8"
    )
    (folder / "media" / "IMG_1.jpg").write_bytes(b"\xff\xd8")
    chat = load_chat(folder)
    assert (chat.source.format, chat.source.chat_name, len(chat.messages)) == (
        "signal",
        "Sam Lee",
        8,
    )


_HEADERS = st.builds(
    "[2021-03-{:02d} {:02d}:{:02d}:00] {}: {}".format,
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["Sam", "Me", "Ana Ruiz"]),
    st.text("abc xyz!?", max_size=12),
)
_OTHER = st.one_of(st.just(""), st.just("  "), st.text("abc xyz>(-)", min_size=1, max_size=12))


@settings(max_examples=60, deadline=None)
@given(first=_HEADERS, rest=st.lists(st.one_of(_HEADERS, _OTHER), max_size=25))
def test_no_line_is_lost(first, rest):
    lines = [first, *rest]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        chat = load_chat(path, format="signal")
    accounting = chat.source.lines
    assert accounting.total == len(lines) == accounting.accounted
    assert (
        accounting.header
        == len(chat.messages)
        == sum(1 for line in lines if line.startswith("[2021"))
    )


def test_invisible_marks_leave_author_names(tmp_path):
    path = write(tmp_path, "chat.md", "[2021-03-12 21:15:00] \u2068Sam Lee\u2069: hi\n")
    assert load_chat(path).participants == ["Sam Lee"]


# --- signal-export's data.json (one JSON object per line) -------------------------------------

DATA_JSON = GOLDEN / "signal" / "Sam Lee" / "data.json"


def test_data_json_is_detected_as_signal_and_named_by_its_folder():
    chat = load_chat(DATA_JSON)
    assert (chat.source.format, chat.source.variant, chat.source.chat_name, chat.participants) == (
        "signal",
        "data.json",
        "Sam Lee",
        ["Sam Lee", "Me"],
    )


def test_data_json_blank_lines_are_counted(tmp_path):
    path = write(tmp_path, "data.json", DATA_JSON.read_text(encoding="utf-8") + "\n\n")
    assert load_chat(path).source.lines.to_dict() == {
        "total": 10,
        "header": 8,
        "continuation": 0,
        "system": 0,
        "skipped": {"blank line": 2},
    }


def test_data_json_line_that_is_not_a_record_is_an_error(tmp_path):
    lines = DATA_JSON.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2][:20]
    path = write(tmp_path, "data.json", "\n".join(lines))
    assert error_of(path) == (
        f"{path}: line 3 is not a signal-export message (one JSON object per line, as in data.json)"
    )


def test_a_folder_with_chat_md_and_data_json_reads_data_json_once(tmp_path):
    folder = tmp_path / "Sam Lee"
    folder.mkdir()
    (folder / "chat.md").write_bytes(MD.read_bytes())
    (folder / "data.json").write_bytes(DATA_JSON.read_bytes())
    chat = load_chat(folder)
    assert (len(chat.messages), chat.source.variant, chat.source.warnings) == (
        8,
        "data.json",
        [f"{folder / 'chat.md'}: the same chat as data.json beside it; read data.json"],
    )
