"""One conversation rendered in every header variant, parsed back exactly."""

from __future__ import annotations

import pandas as pd
import pytest

from analyzer.parsers.render import RENDER_VARIANTS, header, render
from analyzer.parsers.whatsapp import parse_text

#: A conversation with what real exports hold: a notice, multi-line text with a blank line, a
#: line that starts with a date, media, an edited message, emoji with joiners, a phone number.
CONVERSATION = pd.DataFrame(
    {
        "timestamp": pd.to_datetime(
            [
                "2021-03-12 00:05:00",
                "2021-03-12 12:00:00",
                "2021-03-13 12:30:00",
                "2021-03-13 13:45:00",
                "2021-03-25 23:59:00",
                "2021-04-01 09:07:00",
                "2021-04-01 09:08:00",
            ]
        ),
        "author": [
            None,
            "Sam Taylor",
            "Alex",
            "+44 7700 900123",
            "Sam Taylor",
            "👩\u200d💻 Kim",
            "Alex",
        ],
        "text": [
            'Sam Taylor created group "Trip"',
            "hi\n\nsecond paragraph\n12/03/2021 was the day we met",
            "<Media omitted>",
            "Lorem ipsum : dolor",
            "see you at 8",
            "👨\u200d👩\u200d👧 family",
            "",
        ],
        "kind": ["system", "text", "media", "text", "text", "text", "text"],
        "edited": [False, False, False, False, True, False, False],
    }
)


def as_rows(frame: pd.DataFrame) -> list[tuple]:
    return [
        (str(ts), None if pd.isna(a) else str(a), str(t), str(k), bool(e))
        for ts, a, t, k, e in zip(
            frame["timestamp"],
            frame["author"].astype(object),
            frame["text"],
            frame["kind"],
            frame["edited"],
            strict=True,
        )
    ]


@pytest.mark.parametrize("variant", RENDER_VARIANTS, ids=lambda v: v.name)
def test_round_trip(variant) -> None:
    frame, _ = parse_text(render(CONVERSATION, variant))
    assert as_rows(frame) == as_rows(CONVERSATION)


@pytest.mark.parametrize("variant", RENDER_VARIANTS, ids=lambda v: v.name)
def test_round_trip_variant_and_order(variant) -> None:
    _, source = parse_text(render(CONVERSATION, variant))
    assert (source.variant, source.date_order_reason, source.warnings) == (
        f"{variant.variant} {variant.order}",
        variant.reason,
        [],
    )


@pytest.mark.parametrize("variant", RENDER_VARIANTS, ids=lambda v: v.name)
def test_round_trip_line_accounting(variant) -> None:
    _, source = parse_text(render(CONVERSATION, variant))
    assert source.lines.to_dict() == {
        "total": 10,
        "header": 6,
        "continuation": 3,
        "system": 1,
        "skipped": {},
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("android-dmy-24h", "01/04/21, 21:07 - "),
        ("android-mdy-12h", "4/1/21, 9:07\u202fPM - "),
        ("android-dmy-12h-p.m.", "01/04/2021, 09:07 p. m. - "),
        ("ios-dmy-24h", "[01/04/21, 21:07:05] "),
        ("ios-mdy-12h", "\u200e[4/1/21, 9:07:05\u202fPM] "),
        ("year-first-dash", "2021-04-01, 21:07 - "),
        ("year-first-slash-dot", "2021/04/01, 21:07. - "),
        ("ios-year-first", "[2021-04-01 21:07] "),
        ("dotted", "01.04.2021, 21:07 - "),
        ("dashed-12h", "01-04-2021, 09.07 PM - "),
        ("no-comma", "01/04/2021 21:07 - "),
        ("french", "01/04/2021 à 21:07 - "),
        ("finnish", "1.4.2021 klo 21.07.05 - "),
        ("croatian", "1. 4. 2021. 21:07:05 "),
        ("old", "01.04.21 21.07.05: "),
        ("en-dash-12h", "4/1/21, 9:07:05 PM – "),
        ("android-mdy-pm-lower", "4/1/2021, 9:07 pm - "),
        ("android-dmy-4digit", "1/4/2021, 21:07 - "),
        ("korean", "2021. 4. 1. 오후 9:07 - "),
        ("chinese", "2021/4/1 下午9:07 - "),
        ("japanese", "2021/04/01 午後9:07 - "),
        ("german-12h", "01.04.21, 9:07 nachm. - "),
        ("year-first-2-digit", "21-04-01, 21:07 - "),
        ("year-day-month-2-digit", "[21-01-04 09:07:05 PM] "),
    ],
    ids=lambda x: x if isinstance(x, str) and not x.endswith(" ") else "",
)
def test_header_spelling(name: str, expected: str) -> None:
    variant = next(v for v in RENDER_VARIANTS if v.name == name)
    assert header(pd.Timestamp("2021-04-01 21:07:05"), variant) == expected


def test_every_variant_has_a_spelling_test() -> None:
    assert len(RENDER_VARIANTS) == 24


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        (0, "12:30\u202fAM"),
        (11, "11:30\u202fAM"),
        (12, "12:30\u202fPM"),
        (13, "1:30\u202fPM"),
        (23, "11:30\u202fPM"),
    ],
    ids=["midnight", "morning", "noon", "afternoon", "night"],
)
def test_twelve_hour_clock_round_trips(hour: int, expected: str) -> None:
    variant = next(v for v in RENDER_VARIANTS if v.name == "android-mdy-12h")
    ts = pd.Timestamp(2021, 3, 13, hour, 30)
    frame, _ = parse_text(
        header(ts, variant) + "Sam: x\n" + header(pd.Timestamp("2021-03-14"), variant) + "Sam: y\n"
    )
    assert (expected in header(ts, variant), str(frame["timestamp"].iloc[0])) == (True, str(ts))


@pytest.mark.parametrize("variant", RENDER_VARIANTS, ids=lambda v: v.name)
def test_round_trip_with_bom_and_crlf(variant, tmp_path) -> None:
    import analyzer

    path = tmp_path / "chat.txt"
    path.write_bytes(
        b"\xef\xbb\xbf" + render(CONVERSATION, variant).replace("\n", "\r\n").encode("utf-8")
    )
    chat = analyzer.load_chat(path)
    assert (as_rows(chat.messages), chat.source.encoding) == (as_rows(CONVERSATION), "utf-8-sig")
