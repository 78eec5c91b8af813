"""Bad input gives one clear error or a documented, warned recovery: never a traceback or a hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import analyzer
from analyzer.errors import AnalyzerError, ChatFormatError, UnknownFormatError
from analyzer.parsers.whatsapp import detect_style, parse_text


def write(tmp_path: Path, data: bytes, name: str = "chat.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(AnalyzerError, match="chat.txt: the file is empty; export the chat again"):
        analyzer.load_chat(write(tmp_path, b""))


def test_blank_lines_only(tmp_path: Path) -> None:
    with pytest.raises(AnalyzerError, match="the file is empty"):
        analyzer.load_chat(write(tmp_path, b"\n\r\n  \n"))


def test_binary_file(tmp_path: Path) -> None:
    with pytest.raises(ChatFormatError, match="looks like a binary file, not a chat export"):
        analyzer.load_chat(write(tmp_path, bytes(range(256)) * 10))


def test_text_that_is_not_a_chat(tmp_path: Path) -> None:
    with pytest.raises(
        UnknownFormatError,
        match=r"chat.txt: not a chat export this tool recognises \(best guesses: whatsapp 0.00, ",
    ):
        analyzer.load_chat(write(tmp_path, b"Dear diary,\ntoday 12/03/2021 was fine.\n"))


def test_text_that_is_not_a_chat_forced_as_whatsapp(tmp_path: Path) -> None:
    with pytest.raises(ChatFormatError, match="no line looks like a WhatsApp message header"):
        analyzer.load_chat(write(tmp_path, b"Dear diary,\nnothing here.\n"), format="whatsapp")


def test_invalid_utf8_is_read_with_replacement_and_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, b"12/03/2021, 21:15 - Sam: caf\xe9 ok\n13/03/2021, 08:02 - Alex: hi\n")
    chat = analyzer.load_chat(path)
    assert (chat.messages["text"].iloc[0], chat.source.encoding, chat.source.warnings) == (
        "caf\ufffd ok",
        "utf-8+replace",
        [f"{path}: not valid UTF-8; undecodable bytes were replaced by U+FFFD"],
    )


def test_broken_utf16_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ChatFormatError, match="broken UTF-16"):
        analyzer.load_chat(
            write(
                tmp_path,
                b"\xff\xfe" + "12/03/2021, 21:15 - Sam: hi".encode("utf-16-le") + b"\x00\xd8",
            )
        )


@pytest.mark.slow
def test_a_50_mb_line_without_a_header(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="not a chat export"):
        analyzer.load_chat(write(tmp_path, b"x" * 50_000_000))


@pytest.mark.slow
def test_a_50_mb_continuation_line_stays_in_its_message(tmp_path: Path) -> None:
    data = (
        b"12/03/2021, 21:15 - Sam: start\n"
        + b"y" * 50_000_000
        + b"\n13/03/2021, 08:02 - Alex: hi\n"
    )
    chat = analyzer.load_chat(write(tmp_path, data))
    assert ([len(t) for t in chat.messages["text"]], chat.source.lines.continuation) == (
        [50_000_006, 2],
        1,
    )


@pytest.mark.slow
def test_a_million_marks_do_not_hang_detection() -> None:
    start = time.perf_counter()
    style, _, _ = detect_style("\u200e" * 1_000_000 + "[" + "\u200e" * 1_000_000 + "x\n")
    assert (style, time.perf_counter() - start < 5) == (None, True)


IMPOSSIBLE = (
    "13/03/2021, 08:02 - Alex: hi\n31/02/2021, 08:03 - Sam: not a date\n"
    "14/03/2021, 09:00 - Sam: ok\n"
)


def test_an_impossible_date_is_an_error_naming_the_line() -> None:
    with pytest.raises(ChatFormatError) as caught:
        parse_text(IMPOSSIBLE)
    assert str(caught.value) == (
        "chat.txt: line 2 looks like a message header but its date or time is impossible in dmy "
        "order: '31/02/2021, 08:03 - Sam: not a date'; check the line, or pass --lenient to keep "
        "such lines as text of the message above"
    )


def test_lenient_keeps_impossible_dates_as_text_and_counts_them() -> None:
    frame, source = parse_text(IMPOSSIBLE, lenient=True)
    loss = (
        "1 line that looks like a message header but has an impossible date or time in dmy order "
        "was kept as text of the message above (--lenient)"
    )
    assert (list(frame["text"]), source.warnings, source.losses) == (
        ["hi\n31/02/2021, 08:03 - Sam: not a date", "ok"],
        [loss],
        [loss],
    )


def test_only_impossible_dates_is_a_clear_error() -> None:
    with pytest.raises(ChatFormatError, match="no WhatsApp message header with a valid date"):
        parse_text("31/02/2021, 08:03 - Sam: a\n30/02/2021, 08:04 - Sam: b\n", lenient=True)


def test_header_with_an_impossible_time_is_an_error_or_text() -> None:
    chat = "13/03/2021, 08:02 - Alex: hi\n13/03/2021, 25:61 - Sam: late\n"
    with pytest.raises(
        ChatFormatError,
        match="^chat.txt: line 2 looks like a message header but its date or time is impossible",
    ):
        parse_text(chat)
    frame, _ = parse_text(chat, lenient=True)
    assert list(frame["text"]) == ["hi\n13/03/2021, 25:61 - Sam: late"]


def test_a_lone_carriage_return_ends_a_line_like_lf() -> None:
    """CR, LF and CRLF alike: a bare CR (old Mac line end) starts a continuation line."""
    frame, source = parse_text("13/03/2021, 08:02 - Alex: a\rb\n")
    assert (list(frame["text"]), source.lines.total, source.lines.continuation) == (["a\nb"], 2, 1)


def test_day_and_month_both_above_12_in_different_lines() -> None:
    frame, source = parse_text(
        "13/01/2021, 08:00 - Sam: a\n14/01/2021, 08:00 - Sam: b\n01/15/2021, 08:00 - Alex: c\n",
        lenient=True,
    )
    assert (list(frame["text"]), source.date_order_reason, source.warnings) == (
        ["a", "b\n01/15/2021, 08:00 - Alex: c"],
        "field > 12 (conflicting)",
        [
            "both date fields exceed 12 in different lines; read them as dmy and kept impossible "
            "dates as text",
            "1 line that looks like a message header but has an impossible date or time in dmy "
            "order was "
            "kept as text of the message above (--lenient)",
        ],
    )
