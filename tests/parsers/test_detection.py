"""Every sample is recognised as its own format and as nothing else; WhatsApp text is not ours."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.errors import AnalyzerError
from analyzer.parsers.base import InputFile
from analyzer.parsers.registry import MIN_CONFIDENCE, PARSERS, detect, load_chat
from tests.parsers.golden_formats import CASES, GOLDEN

OURS = ("signal", "telegram", "meta", "discord", "imessage", "transcript", "csv")
#: (golden input, its format); folders are represented by their files.
SAMPLES = sorted(
    {
        (path.relative_to(GOLDEN).as_posix(), case.format)
        for case in CASES
        if "format" not in case.options
        for path in ([case.input] if case.input.is_file() else sorted(case.input.glob("*.json")))
    }
)


def as_input(relative: str) -> InputFile:
    path = GOLDEN / relative
    return InputFile(str(path), path.read_bytes())


@pytest.mark.parametrize(("relative", "fmt"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_sample_is_its_own_format(relative, fmt):
    parser, _ = detect(as_input(relative))
    assert parser is not None and parser.name == fmt


#: Samples another parser may also claim, by design: WhatsApp gives the bracketed year-first
#: form "[2019-12-24, 12:23] Jane: ..." about 0.6 (iOS writes it too); Signal's 0.9 wins.
SHARED = {"signal/old_layout.txt": {"whatsapp"}}


@pytest.mark.parametrize(("relative", "fmt"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_sample_is_nothing_else(relative, fmt):
    file = as_input(relative)
    own = next(p for p in PARSERS if p.name == fmt).detect(file)
    others = {p.name: p.detect(file) for p in PARSERS if p.name != fmt}
    claiming = {n for n, c in others.items() if c >= MIN_CONFIDENCE}
    assert claiming == SHARED.get(relative, set())
    assert all(c < own for c in others.values())


WHATSAPP_LINES = {
    "android-dmy": "12/03/2021, 21:15 - Sam: hi\n12/03/2021, 21:16 - Ana: hello\n",
    "ios-brackets": "[12/03/2021, 21:15:02] Sam: hi\n[12/03/2021, 21:16:40] Ana: hello\n",
    "ios-year-first-seconds": "[2021-03-12, 21:15:02] Sam: hi\n[2021-03-12, 21:16:40] Ana: hello\n",
    "ios-year-first-no-comma": "[2019-04-16 02:09] Sam: hello\n[2019-04-16 02:10] Alex: hi\n",
    "android-us-12h": "3/12/21, 9:15 PM - Sam: hi\n3/12/21, 9:16 PM - Ana: hello\n",
}


@pytest.mark.parametrize("parser", [p for p in PARSERS if p.name in OURS], ids=lambda p: p.name)
@pytest.mark.parametrize("text", WHATSAPP_LINES.values(), ids=WHATSAPP_LINES.keys())
def test_whatsapp_text_is_not_ours(parser, text):
    assert parser.detect(InputFile("WhatsApp Chat with Sam.txt", text.encode())) < MIN_CONFIDENCE


def test_signal_beats_whatsapp_on_its_own_year_first_form():
    file = InputFile("chat.txt", b"[2019-12-24, 12:23] Jane Doe: Hello\n")
    signal = next(p for p in PARSERS if p.name == "signal")
    assert signal.detect(file) == 0.9


def test_every_parser_has_a_title_and_one_line_example():
    ours = [p for p in PARSERS if p.name in OURS]
    assert [p.name for p in ours] == list(OURS)
    assert all(p.title and p.example and "\n" not in p.example for p in ours)


def test_zip_holding_one_export_is_found(tmp_path):
    archive = tmp_path / "Telegram export.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(GOLDEN / "telegram" / "single_chat.json", "ChatExport_2021-03-13/result.json")
        out.writestr("ChatExport_2021-03-13/photos/photo_1.jpg", b"\xff\xd8not really")
    chat = load_chat(archive)
    assert (chat.source.format, len(chat.messages)) == ("telegram", 14)


def test_zip_of_meta_parts_is_merged(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for part in ("message_1.json", "message_2.json"):
            out.write(
                GOLDEN / "meta" / "inbox" / "zoe_123" / part, f"messages/inbox/zoe_123/{part}"
            )
    archive = tmp_path / "facebook-ana.zip"
    archive.write_bytes(buffer.getvalue())
    chat = load_chat(archive)
    assert (chat.source.format, len(chat.messages), chat.source.warnings) == ("meta", 10, [])


def test_same_export_twice_is_read_once(tmp_path):
    first = GOLDEN / "signal" / "old_layout.txt"
    copy = tmp_path / "old_layout_again.txt"
    copy.write_bytes(first.read_bytes())
    chat = load_chat([first, copy])
    assert len(chat.messages) == 2
    assert chat.source.warnings == [f"{copy}: the same content as {first}; read once"]
    assert chat.source.lines.to_dict() == {
        "total": 3,
        "header": 2,
        "continuation": 1,
        "system": 0,
        "skipped": {},
    }


def test_overlapping_exports_drop_the_duplicates(tmp_path):
    first = GOLDEN / "signal" / "old_layout.txt"
    longer = tmp_path / "old_layout_longer.txt"
    longer.write_bytes(first.read_bytes() + b"[2020-01-18, 09:00] Jane Doe: Later\n")
    chat = load_chat([first, longer])
    assert len(chat.messages) == 3
    assert chat.source.lines.skipped == {"duplicate from another export": 3}
    assert chat.source.lines.total == chat.source.lines.accounted


@pytest.mark.slow
def test_cli_bad_input_is_one_line_without_traceback(tmp_path):
    bad = tmp_path / "result.json"
    bad.write_text('{"messages": [{"type": "message", "date_unixtime": "1', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "analyzer", "parse", str(bad), "--format", "telegram"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{bad}: JSON ends early" in done.stderr


# Forced onto arbitrary input, a parser returns messages or raises AnalyzerError, nothing else.
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(
        ["message", "service", "Default", "Call", "1615583700", "2021-03-12T21:15:00+01:00"]
    ),
)
_KEYS = st.sampled_from(
    [
        "type",
        "date",
        "date_unixtime",
        "from",
        "from_id",
        "text",
        "action",
        "actor",
        "media_type",
        "duration_seconds",
        "sender_name",
        "timestamp_ms",
        "content",
        "photos",
        "is_unsent",
        "users",
        "senderName",
        "timestamp",
        "author",
        "name",
        "nickname",
        "attachments",
        "timestampEdited",
        "messages",
        "chats",
        "list",
    ]
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=5)),
    max_leaves=25,
)


def _assert_one_line_about(err: AnalyzerError, path: Path) -> None:
    """A refused input is one line that starts with the file it is about and says why (never
    another exception, never a bare or multi-line message)."""
    text = str(err)
    assert text.startswith(f"{path}: ") and len(text) > len(f"{path}: ") + 10, text
    assert "\n" not in text, text


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(
    fmt=st.sampled_from(["telegram", "meta", "discord"]),
    messages=st.lists(st.one_of(st.dictionaries(_KEYS, _JSON, max_size=8), _SCALARS), max_size=6),
)
def test_forced_json_parsers_never_crash(fmt, messages):
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "message_1.json"
        path.write_text(json.dumps({"messages": messages}), encoding="utf-8")
        try:
            chat = load_chat(path, format=fmt)
        except AnalyzerError as err:
            _assert_one_line_about(err, path)
            return
    assert chat.source.lines.total == chat.source.lines.accounted == len(messages)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(
    fmt=st.sampled_from(["signal", "imessage", "transcript", "csv"]),
    lines=st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "[2021-03-12 21:15:00] Sam: hi",
                    "Mar 12, 2021  9:15:00 PM",
                    "Me",
                    "WEBVTT",
                    "00:00:01.000 --> 00:00:02.000",
                    "<v Sam>hi</v>",
                    "Sam: hi",
                    "time,author,text",
                    "2021-03-12 10:00,Sam,hi",
                    "",
                    "1",
                ]
            ),
        ),
        max_size=12,
    ),
)
def test_forced_text_parsers_never_crash(fmt, lines):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("chat.csv" if fmt == "csv" else "chat.txt")
        path.write_text("\n".join(lines), encoding="utf-8")
        try:
            chat = load_chat(path, format=fmt)
        except AnalyzerError as err:
            _assert_one_line_about(err, path)
            return
    assert chat.source.lines.total == chat.source.lines.accounted


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        pytest.param("chat.md", "[2019-12-24 12:23:00] Jane Doe: Hello\n", 0.97, id="chat-md"),
        pytest.param(
            "chat.txt", "[2019-12-24 12:23:00] Jane Doe: Hello  \n", 0.97, id="markdown-breaks"
        ),
        pytest.param("chat.txt", "[2019-12-24 12:23:00] Jane Doe: Hello\n", 0.9, id="plain"),
        pytest.param(
            "chat.txt", "[2019-12-24, 12:23:00] Jane Doe: Hello\n", 0.3, id="whatsapp-ios-form"
        ),
        pytest.param(
            "chat.txt", "[2019-12-24 12:23] Jane Doe: Hello\n", 0.4, id="whatsapp-no-comma-form"
        ),
    ],
)
def test_signal_confidence(name, text, expected):
    signal = next(p for p in PARSERS if p.name == "signal")
    assert signal.detect(InputFile(name, text.encode())) == expected


REPO = Path(__file__).resolve().parents[2]
WHATSAPP_FILES = sorted(
    [*(GOLDEN / "whatsapp").glob("*.txt"), *(REPO / "sample_chats").rglob("*.txt")]
)


@pytest.mark.parametrize("path", WHATSAPP_FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_project_whatsapp_files_are_not_ours(path):
    file = InputFile(str(path), path.read_bytes())
    scores = {p.name: p.detect(file) for p in PARSERS if p.name in OURS}
    assert {n: c for n, c in scores.items() if c >= MIN_CONFIDENCE} == {}
