"""One conversation written in every header format that whatstk's header_format_support.json
lists (96: four date orders with 2-digit years, three separators, the Android and the iOS frame,
with and without seconds, 24- and 12-hour), read back exactly.

The list is not copied: it is the grid below, which is how that file is built (see
``FORMAT_GRID``). The renderer is ours: a few strftime-like fields replaced by hand.
"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from analyzer.parsers.whatsapp import parse_text

#: (date order as strftime fields, the order we report) x separator x frame x seconds x clock.
FORMAT_GRID = {
    "dates": (
        ("%y{s}%m{s}%d", "ymd"),
        ("%y{s}%d{s}%m", "ydm"),
        ("%d{s}%m{s}%y", "dmy"),
        ("%m{s}%d{s}%y", "mdy"),
    ),
    "separators": ("-", "/", "."),
    "frames": ("{date}, {time} - %name:", "[{date} {time}] %name:"),
    "times": ("%H:%M", "%I:%M %p", "%H:%M:%S", "%I:%M:%S %p"),
}


def header_formats() -> list[tuple[str, str]]:
    """(format, order) for each of the 96 formats."""
    out = []
    for (date, order), sep, frame, time in itertools.product(
        FORMAT_GRID["dates"], FORMAT_GRID["separators"], FORMAT_GRID["frames"], FORMAT_GRID["times"]
    ):
        out.append((frame.format(date=date.format(s=sep), time=time), order))
    return out


FORMATS = header_formats()

CONVERSATION = [
    ("2019-12-24 09:05:07", "Mary", "Merry Christmas eve!"),
    ("2019-12-24 12:30:00", "John Doe", "Thanks, you too\nsee you tonight"),
    ("2019-12-24 23:59:59", "Mary", "almost midnight"),
    ("2019-12-31 00:00:01", "John Doe", "last day of the year"),
    ("2020-01-01 13:45:30", "Mary", "Happy new year: 2020!"),
    ("2020-01-05 08:00:00", "+44 7700 900123", "who is this?"),
    ("2020-01-16 19:17:00", "Mary", "ok"),
    ("2020-02-02 07:07:07", "John Doe", "bye"),
]


def strftime(fmt: str, ts: pd.Timestamp, name: str) -> str:
    fields = {
        "%y": f"{ts.year % 100:02}",
        "%m": f"{ts.month:02}",
        "%d": f"{ts.day:02}",
        "%H": f"{ts.hour:02}",
        "%I": f"{ts.hour % 12 or 12:02}",
        "%M": f"{ts.minute:02}",
        "%S": f"{ts.second:02}",
        "%p": "PM" if ts.hour >= 12 else "AM",
        "%name": name,
    }
    out = fmt
    for key, value in fields.items():
        out = out.replace(key, value)
    return out


def render(fmt: str) -> str:
    return "".join(
        f"{strftime(fmt, pd.Timestamp(ts), name)} {text}\n" for ts, name, text in CONVERSATION
    )


def expected(fmt: str) -> list[tuple[str, str, str]]:
    rows = []
    for ts, name, text in CONVERSATION:
        stamp = pd.Timestamp(ts)
        if "%S" not in fmt:
            stamp = stamp.floor("min")
        rows.append((str(stamp), name, text))
    return rows


def test_the_grid_has_the_96_formats() -> None:
    assert (len(FORMATS), len(set(f for f, _ in FORMATS))) == (96, 96)
    assert FORMATS[0] == ("%y-%m-%d, %H:%M - %name:", "ymd")
    assert ("[%m.%d.%y %I:%M:%S %p] %name:", "mdy") in FORMATS


def test_one_header_as_rendered() -> None:
    ts = pd.Timestamp("2020-01-05 08:00:09")
    assert strftime("[%y/%d/%m %I:%M:%S %p] %name:", ts, "Mary") == "[20/05/01 08:00:09 AM] Mary:"


@pytest.mark.parametrize(("fmt", "order"), FORMATS, ids=[f for f, _ in FORMATS])
def test_every_format_reads_back_exactly(fmt: str, order: str) -> None:
    frame, source = parse_text(render(fmt))
    got = [
        (str(t), str(a), str(x))
        for t, a, x in zip(frame["timestamp"], frame["author"], frame["text"], strict=True)
    ]
    counts = frame["author"].value_counts().to_dict()
    assert (got, counts, source.date_order, source.lines.to_dict()) == (
        expected(fmt),
        {"Mary": 4, "John Doe": 3, "+44 7700 900123": 1},
        order,
        {"total": 9, "header": 8, "continuation": 1, "system": 0, "skipped": {}},
    )
