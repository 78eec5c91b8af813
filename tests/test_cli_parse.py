"""``chat-balance parse`` and ``chat-balance formats``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.cli import app

GOLDEN = Path(__file__).parent / "parsers" / "golden" / "whatsapp"
CHAT = (
    "12/03/2021, 21:15 - Sam: See you tomorrow!\n"
    "13/03/2021, 08:02 - Alex: =SUM(A1:A9)\n"
    "second line\n"
    '13/03/2021, 08:05 - Sam created group "Trip"\n'
)
runner = CliRunner()


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def test_parse_prints_a_summary(chat: Path) -> None:
    result = runner.invoke(app, ["parse", str(chat)])
    assert (result.exit_code, result.stdout.splitlines()) == (
        0,
        [
            "format: whatsapp (android-24h dmy)",
            "date order: dmy (field > 12)",
            "period: 2021-03-12 21:15:00 to 2021-03-13 08:05:00",
            "participants: 2",
            "  Sam: 1 message",
            "  Alex: 1 message",
            "messages: 3 (1 system); lines: 4 = 2 headers + 1 system + 1 continuation + 0 skipped",
        ],
    )


def test_parse_writes_csv_with_formulas_neutralized(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    result = runner.invoke(app, ["parse", str(chat), "-o", str(out)])
    frame = pd.read_csv(out, keep_default_na=False)
    assert (result.exit_code, list(frame["text"]), list(frame["author"]), list(frame["kind"])) == (
        0,
        ["See you tomorrow!", "'=SUM(A1:A9)\nsecond line", 'Sam created group "Trip"'],
        ["Sam", "Alex", ""],
        ["text", "text", "system"],
    )


def test_parse_writes_parquet(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.parquet"
    runner.invoke(app, ["parse", str(chat), "-o", str(out)])
    frame = pd.read_parquet(out)
    assert (list(frame["text"]), [str(t) for t in frame["timestamp"]]) == (
        ["See you tomorrow!", "=SUM(A1:A9)\nsecond line", 'Sam created group "Trip"'],
        ["2021-03-12 21:15:00", "2021-03-13 08:02:00", "2021-03-13 08:05:00"],
    )


def test_parse_writes_jsonl(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    runner.invoke(app, ["parse", str(chat), "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["timestamp"], r["author"], r["kind"]) for r in records] == [
        ("2021-03-12T21:15:00.000", "Sam", "text"),
        ("2021-03-13T08:02:00.000", "Alex", "text"),
        ("2021-03-13T08:05:00.000", None, "system"),
    ]


def test_parse_reports_where_it_wrote(chat: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    result = runner.invoke(app, ["parse", str(chat), "-o", str(out)])
    assert result.stdout.splitlines()[-1] == f"wrote 3 messages to {out}"


def test_date_order_option_overrides(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["parse", str(GOLDEN / "date_order_default.txt"), "--date-order", "mdy"]
    )
    assert result.stdout.splitlines()[1:3] == [
        "date order: mdy (given)",
        "period: 2021-01-02 10:00:00 to 2021-02-03 10:00:00",
    ]


def test_ambiguous_date_order_is_warned_in_the_summary() -> None:
    result = runner.invoke(app, ["parse", str(GOLDEN / "date_order_default.txt")])
    assert result.stdout.splitlines()[-1] == (
        "warning: day and month order is ambiguous (no field above 12, both orders equally "
        "chronological); read as dmy — pass date_order='mdy' (--date-order mdy) if that is wrong"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "missing.txt"], "chat-balance: error: missing.txt: no such file or folder"),
        (
            ["parse", "{chat}", "-o", "{tmp}/m.xlsx"],
            "chat-balance: error: cannot write m.xlsx: use a .csv, .parquet or .jsonl name",
        ),
        (
            ["parse", "{chat}", "--format", "telegrum"],
            "chat-balance: error: unknown format 'telegrum'; choose one of: auto, ",
        ),
        (
            ["parse", "{chat}", "--date-order", "xyz"],
            "chat-balance: error: unknown date order 'xyz'; choose one of dmy, mdy, ymd, ydm, "
            "myd, dym",
        ),
        (
            ["parse", "{notchat}"],
            "chat-balance: error: {notchat}: not a chat export this tool recognises",
        ),
        (
            ["parse", "{empty}"],
            "chat-balance: error: {empty}: the file is empty; export the chat again",
        ),
    ],
    ids=[
        "missing-file",
        "bad-output-suffix",
        "unknown-format",
        "bad-date-order",
        "not-a-chat",
        "empty",
    ],
)
def test_user_errors_exit_2_with_one_line(
    args: list[str], message: str, chat: Path, tmp_path: Path
) -> None:
    notchat, empty = tmp_path / "notes.txt", tmp_path / "empty.txt"
    notchat.write_text("just some notes\n", encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    fill = {"chat": str(chat), "tmp": str(tmp_path), "notchat": str(notchat), "empty": str(empty)}
    result = runner.invoke(app, [a.format(**fill) for a in args])
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines), lines[0].startswith(message.format(**fill))) == (
        2,
        1,
        True,
    )


def test_formats_lists_whatsapp_with_an_example() -> None:
    result = runner.invoke(app, ["formats"])
    lines = result.stdout.splitlines()
    at = lines.index("whatsapp     WhatsApp (Android and iOS, .txt or the shared .zip)")
    assert (result.exit_code, lines[at + 1]) == (
        0,
        "             e.g. 12/03/2021, 21:15 - Sam: See you tomorrow!",
    )
