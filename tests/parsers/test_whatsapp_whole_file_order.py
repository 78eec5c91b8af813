"""The bad cases that issue 'every export, and never a silent loss' found, through the command:
year-first files with 2-digit years, a year-day-month file, a file that mixes layouts, and
files that would lose lines (an error with one line, or --lenient with the count)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.errors import ChatFormatError
from analyzer.parsers.whatsapp import parse_text

runner = CliRunner()

#: 50 messages, one every 14 hours from Christmas 2019 into January 2020, two people.
STAMPS = pd.Timestamp("2019-12-25 18:17") + pd.to_timedelta(range(0, 50 * 14, 14), unit="h")


def chat(date_format: str) -> str:
    return "".join(
        f"{ts.strftime(date_format)}, {ts:%H:%M} - {'Mary' if i % 2 else 'John'}: message {i}\n"
        for i, ts in enumerate(STAMPS)
    )


def parse_cli(tmp_path: Path, text: str, *args: str):
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    return runner.invoke(app, ["parse", str(path), *args])


@pytest.mark.parametrize(
    ("date_format", "order", "reason"),
    [
        ("%y-%m-%d", "ymd", "field > 12; 2-digit year first (chronology)"),
        ("%y-%d-%m", "ydm", "field > 12; 2-digit year first (chronology)"),
        ("%d-%m-%y", "dmy", "field > 12"),
        ("%m/%d/%y", "mdy", "field > 12"),
    ],
)
def test_two_digit_years_anywhere_are_read_exactly(
    date_format: str, order: str, reason: str, tmp_path: Path
) -> None:
    result = parse_cli(tmp_path, chat(date_format))
    assert (result.exit_code, result.stdout.splitlines(), result.stderr) == (
        0,
        [
            "format: whatsapp (android-24h " + order + ")",
            f"date order: {order} ({reason})",
            "period: 2019-12-25 18:17:00 to 2020-01-23 08:17:00",
            "participants: 2",
            "  John: 25 messages",
            "  Mary: 25 messages",
            "messages: 50 (0 system); lines: 50 = 50 headers + 0 system + 0 continuation + 0 "
            "skipped",
        ],
        "",
    )


def test_year_first_file_within_one_month_is_still_year_first() -> None:
    days = pd.date_range("2019-12-14 09:00", periods=10, freq="D")
    text = "".join(f"{ts:%y-%m-%d}, {ts:%H:%M} - Ann: hi\n" for ts in days)
    frame, source = parse_text(text)
    assert ([str(t) for t in frame["timestamp"]], source.date_order, source.date_order_reason) == (
        [str(t) for t in days],
        "ymd",
        "field > 12; 2-digit year first (the year field changes least)",
    )


def test_date_order_option_takes_all_six(tmp_path: Path) -> None:
    result = parse_cli(tmp_path, chat("%d-%y-%m"), "--date-order", "dym")
    assert (result.exit_code, result.stdout.splitlines()[1:3]) == (
        0,
        ["date order: dym (given)", "period: 2019-12-25 18:17:00 to 2020-01-23 08:17:00"],
    )


def test_text_before_the_first_header_is_an_error_or_counted(tmp_path: Path) -> None:
    text = "exported by a tool\nsecond line of its notes\n" + chat("%d/%m/%y")
    result = parse_cli(tmp_path, text)
    lines = result.stderr.splitlines()
    assert (result.exit_code, lines) == (
        2,
        [
            f"chat-balance: error: {tmp_path / 'chat.txt'}: 2 lines before the first message "
            f"header "
            "would be lost (line 1: 'exported by a tool'); export the chat again, or pass "
            "--lenient to "
            "skip them"
        ],
    )
    result = parse_cli(tmp_path, text, "--lenient")
    assert (result.exit_code, result.stderr.splitlines(), result.stdout.splitlines()[-2:]) == (
        0,
        ["chat-balance: warning: 2 lines before the first message header were skipped (--lenient)"],
        [
            "messages: 50 (0 system); lines: 52 = 50 headers + 0 system + 0 continuation + 2 "
            "skipped",
            "warning: 2 lines before the first message header were skipped (--lenient)",
        ],
    )


def test_one_junk_line_in_a_long_file_is_within_the_one_percent(tmp_path: Path) -> None:
    days = pd.date_range("2020-01-01 09:00", periods=120, freq="D")
    text = "notes\n" + "".join(f"{ts:%d/%m/%y, %H:%M} - Ann: hi\n" for ts in days)
    result = parse_cli(tmp_path, text)
    assert (result.exit_code, result.stdout.splitlines()[-1], result.stderr) == (
        0,
        "messages: 120 (0 system); lines: 121 = 120 headers + 0 system + 0 continuation + 1 "
        "skipped",
        "",
    )


def test_one_header_in_another_order_is_an_error_naming_it(tmp_path: Path) -> None:
    # day-first by the data, but one line is month-first
    text = "13/01/21, 08:00 - Ann: a\n14/01/21, 08:00 - Ann: b\n01/31/21, 08:00 - Bo: c\n"
    result = parse_cli(tmp_path, text)
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            f"chat-balance: error: {tmp_path / 'chat.txt'}: line 3 looks like a message header "
            f"but its "
            "date or time is impossible in dmy order: '01/31/21, 08:00 - Bo: c'; check the line, "
            "or "
            "pass "
            "--lenient to keep such lines as text of the message above"
        ],
    )


def test_control_characters_in_a_quoted_line_are_escaped(tmp_path: Path) -> None:
    text = "13/01/2021, 08:00 - Ann: a\n31/02/2021, 08:00 - Bo: \x1b[31mred\n"
    result = parse_cli(tmp_path, text)
    assert (
        result.exit_code,
        "\x1b" in result.stderr,
        "'31/02/2021, 08:00 - Bo: \\u001b[31mred'" in result.stderr,
    ) == (2, False, True)


def test_a_wrong_date_order_option_names_the_order_that_reads_the_file(tmp_path: Path) -> None:
    result = parse_cli(tmp_path, chat("%d/%m/%y"), "--date-order", "mdy")
    assert (result.exit_code, result.stderr.splitlines()) == (
        2,
        [
            f"chat-balance: error: {tmp_path / 'chat.txt'}: line 1 looks like a message header "
            f"but its "
            "date or time is impossible in mdy order: '25/12/19, 18:17 - John: message 0'; if the "
            "dates "
            "are written dmy, pass --date-order dmy; else pass --lenient to keep such lines as "
            "text of "
            "the message above"
        ],
    )


def test_an_impossible_date_in_a_second_layout_names_that_line() -> None:
    text = (
        "[13/03/2021, 08:00:00] Ann: a\n31/02/2021, 08:01 - Bo: forwarded\n"
        "[14/03/2021, 08:02:00] Ann: b\n"
    )
    with pytest.raises(ChatFormatError) as caught:
        parse_text(text)
    frame, source = parse_text(text, lenient=True)
    assert (str(caught.value).split(": '")[0], list(frame["text"]), source.variant) == (
        "chat.txt: line 2 looks like a message header but its date or time is impossible in dmy "
        "order",
        ["a\n31/02/2021, 08:01 - Bo: forwarded", "b"],
        "ios-24h dmy; android-24h dmy",
    )


QUOTING = (
    "12/03/2021, 21:14 - Sam: look what Ana wrote:\n"
    "[01/02/2020, 10:00:00] Ana: old quote\n"
    "[01/02/2020, 10:05:00] Ana: second quote\n"
    "12/03/2021, 21:16 - Alex: ok\n"
    "13/03/2021, 08:00 - Sam: morning\n"
)


def test_a_quoted_header_in_another_layout_dated_before_the_message_above_stays_its_text():
    """Regression: since mixed layouts are read line by line, a line quoted from another chat
    (another layout, an earlier time) started a message of its own."""
    frame, source = parse_text(QUOTING)
    assert (list(frame["text"]), source.lines.to_dict(), source.variant, source.warnings) == (
        [
            "look what Ana wrote:\n[01/02/2020, 10:00:00] Ana: old quote\n"
            "[01/02/2020, 10:05:00] Ana: second quote",
            "ok",
            "morning",
        ],
        {"total": 5, "header": 3, "continuation": 2, "system": 0, "skipped": {}},
        "android-24h dmy",
        [
            "2 lines shaped like a message header in another layout but dated before the message "
            "above were kept as text of that message (a quoted line; the first is line 2: "
            "'[01/02/2020, 10:00:00] Ana: old quote')"
        ],
    )


def test_a_header_in_another_layout_running_forward_is_still_a_message():
    text = QUOTING.replace("01/02/2020, 10:00:00", "12/03/2021, 21:15:00").replace(
        "01/02/2020, 10:05:00", "12/03/2021, 21:15:30"
    )
    frame, source = parse_text(text)
    assert (list(frame["author"]), source.variant, source.warnings) == (
        ["Sam", "Ana", "Ana", "Alex", "Sam"],
        "android-24h dmy; ios-24h dmy",
        [],
    )
