"""Generic CSV/TSV tables: golden files, column guessing and overrides, bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from analyzer.parsers.registry import load_chat
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

CSV = GOLDEN / "table" / "messages.csv"


@pytest.mark.parametrize("case", cases_for("csv"))
def test_golden(case):
    check_case(case)


def test_unreadable_time_row_is_skipped_and_counted():
    assert load_chat(CSV, lenient=True).source.lines.to_dict() == {
        "total": 5,
        "header": 3,
        "continuation": 0,
        "system": 1,
        "skipped": {"row without a readable time": 1},
    }


def test_day_first_found_from_a_field_above_12():
    source = load_chat(GOLDEN / "table" / "dmy_semicolon.csv").source
    assert (source.date_order, source.date_order_reason) == ("dmy", "field > 12")


def test_given_date_order_wins(tmp_path):
    path = write(tmp_path, "chat.csv", "date,author,text\n03/04/2021 10:00,Sam,hi\n")
    assert (
        load_chat(path, date_order="dmy").messages["timestamp"].iloc[0].isoformat()
        == "2021-04-03T10:00:00"
    )


def test_without_time_column(tmp_path):
    path = write(tmp_path, "chat.csv", "author,text\nSam,hi\n")
    message = error_of(path, format="csv")
    assert (
        "no time column" in message
        and "the columns are: author, text; name it with time_col=" in message
    )


def test_named_column_that_is_missing(tmp_path):
    path = write(tmp_path, "chat.csv", "time,author,text\n2021-03-12 10:00,Sam,hi\n")
    assert "text_col='body' is not a column" in error_of(path, text_col="body")


def test_unreadable_time_column(tmp_path):
    path = write(tmp_path, "chat.csv", "time,author,text\nlater,Sam,hi\nsoon,Ana,yo\n")
    assert "cannot read the times in column 'time' (e.g. 'later')" in error_of(path)


def test_ragged_rows(tmp_path):
    path = write(tmp_path, "chat.csv", "time,author,text\n2021-03-12 10:00,Sam,hi,extra,more\n")
    assert "not a readable table" in error_of(path)


def test_parse_output_reads_back(tmp_path):
    from analyzer.export import write_messages

    original = load_chat(GOLDEN / "telegram" / "single_chat.json").messages
    out = tmp_path / "messages.csv"
    write_messages(original, out)
    again = load_chat(out).messages
    columns = ["timestamp", "author", "text", "kind", "duration_s", "edited", "forwarded"]
    pd.testing.assert_frame_equal(again[columns], original[columns], check_categorical=False)


def test_windows_1252_file_is_read_with_a_warning(tmp_path):
    path = write(
        tmp_path, "chat.csv", "time,author,text\n2021-03-12 10:00,Zoé,café\n".encode("cp1252")
    )
    chat = load_chat(path)
    assert (chat.participants, chat.messages["text"].tolist(), chat.source.encoding) == (
        ["Zoé"],
        ["café"],
        "cp1252",
    )
    assert chat.source.warnings == [f"{path}: not UTF-8; read as Windows-1252 (cp1252)"]


def test_time_read_as_year_one_is_skipped_not_a_crash(tmp_path):
    """Regression (hypothesis): "0A" was read as 0001-01-01, outside nanosecond datetimes."""
    path = write(tmp_path, "chat.csv", "TIME,AUTHOR,TEXT\n0A,Sam,hi\n2021-03-12 21:15,Sam,hello\n")
    chat = load_chat(path, lenient=True)
    assert chat.messages["text"].tolist() == ["hello"]
    assert chat.source.lines.skipped == {"row without a readable time": 1}
