"""Golden files: each WhatsApp variant beside the CSV a careful reading of it gives."""

from __future__ import annotations

import pandas as pd
import pytest

import analyzer
from tests.parsers.whatsapp_golden import GOLDEN, as_golden, read_golden

#: golden file -> (Source.variant, how the date order was decided)
CASES: dict[str, tuple[str, str]] = {
    "android_dmy_24h": ("android-24h dmy", "field > 12"),
    "android_mdy_12h": ("android-12h mdy", "field > 12"),
    "android_4digit_year_leading_zeros": ("android-24h dmy", "field > 12"),
    "android_no_leading_zeros": ("android-24h mdy", "field > 12"),
    "ios_dmy_seconds": ("ios-24h dmy", "field > 12"),
    "ios_mdy_12h_narrow_space": ("ios-12h mdy", "field > 12"),
    "year_first_dash": ("android-24h ymd", "field > 12"),
    "year_first_slash_dot_after_time": ("android-24h ymd", "field > 12"),
    "ios_year_first_no_comma": ("ios-24h ymd", "field > 12"),
    "dotted": ("android-24h dmy", "locale: dotted dates are written day first"),
    "dashed_12h_dot_time": ("android-12h dmy", "field > 12"),
    "no_comma_pt_br": ("android-24h dmy", "field > 12"),
    "french_a": ("android-24h dmy", "field > 12"),
    "finnish_klo": ("android-24h dmy", "field > 12"),
    "croatian": ("bare-24h dmy", "field > 12"),
    "old_colon": ("old-24h dmy", "field > 12"),
    "en_dash_12h_seconds": ("android-12h mdy", "field > 12"),
    "ampm_spellings": ("android-12h dmy", "field > 12"),
    "marks_bom_crlf": ("android-24h dmy", "field > 12"),
    "utf16_bom": ("android-24h dmy", "field > 12"),
    "system_notices_multilingual": ("android-24h dmy", "default"),
    "kinds": ("android-24h dmy", "default"),
    "authors": ("android-24h dmy", "default"),
    "junk_before_first_header": ("android-24h dmy", "default"),
    "date_order_by_chronology": ("android-24h mdy", "chronology"),
    "date_order_default": ("android-24h dmy", "default"),
    "mixed_layouts": ("ios-24h dmy; android-24h dmy", "default"),
    "ios_group_notices": ("ios-24h dmy", "field > 12"),
    "ios_year_first_ambiguous": ("ios-24h ymd", "default"),
    "korean_ampm": ("android-12h ymd", "field > 12"),
    "chinese_ampm": ("android-12h ymd", "field > 12"),
    "japanese_ampm": ("android-12h ymd", "field > 12"),
    "german_vorm_nachm": ("android-12h dmy", "field > 12"),
}


#: Inputs that lose lines: read with ``lenient=True`` (without it they are an error, tested below).
LENIENT = {"junk_before_first_header"}


def load(name: str) -> analyzer.Chat:
    return analyzer.load_chat(GOLDEN / f"{name}.txt", lenient=name in LENIENT)


def test_every_golden_input_has_a_case() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES), ids=str)
def test_messages_match_golden_csv(name: str) -> None:
    chat = load(name)
    got = as_golden(chat.messages)
    expected = read_golden(GOLDEN / f"{name}.csv")
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


@pytest.mark.parametrize("name", sorted(CASES), ids=str)
def test_variant_and_date_order_reason(name: str) -> None:
    source = load(name).source
    assert (source.variant, source.date_order_reason) == CASES[name]


@pytest.mark.parametrize("name", sorted(CASES), ids=str)
def test_every_line_accounted_for(name: str) -> None:
    chat = load(name)
    raw = (GOLDEN / f"{name}.txt").read_bytes()
    text = raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8-sig")
    n_lines = len(text.replace("\r\n", "\n").rstrip("\n").split("\n"))
    lines = chat.source.lines
    assert (lines.total, lines.accounted) == (n_lines, n_lines)


def test_ambiguous_date_order_warns() -> None:
    source = analyzer.load_chat(GOLDEN / "date_order_default.txt").source
    assert source.warnings == [
        "day and month order is ambiguous (no field above 12, both orders equally chronological); "
        "read as dmy — pass date_order='mdy' (--date-order mdy) if that is wrong"
    ]


def test_date_order_keyword_overrides_detection() -> None:
    chat = analyzer.load_chat(GOLDEN / "date_order_default.txt", date_order="mdy")
    assert [str(t) for t in chat.messages["timestamp"]] == [
        "2021-01-02 10:00:00",
        "2021-02-03 10:00:00",
    ]
    assert (chat.source.date_order, chat.source.date_order_reason, chat.source.warnings) == (
        "mdy",
        "given",
        [],
    )


def test_ios_chat_name_comes_from_the_encryption_notice() -> None:
    assert analyzer.load_chat(GOLDEN / "ios_dmy_seconds.txt").source.chat_name == "Group chat"


def test_ios_group_name_before_notices_becomes_the_chat_name() -> None:
    assert analyzer.load_chat(GOLDEN / "ios_group_notices.txt").source.chat_name == "Trip"


def test_junk_lines_are_skipped_with_a_reason() -> None:
    source = load("junk_before_first_header").source
    assert (source.lines.skipped, source.losses) == (
        {"before the first message": 3},
        ["3 lines before the first message header were skipped (--lenient)"],
    )


def test_utf16_encoding_is_reported() -> None:
    assert analyzer.load_chat(GOLDEN / "utf16_bom.txt").source.encoding == "utf-16"


def test_bom_encoding_is_reported() -> None:
    assert analyzer.load_chat(GOLDEN / "marks_bom_crlf.txt").source.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("chat.txt", b"12/03/2021, 21:15 - Sam: hi\n12/03/2021, 21:16 - Alex: hey\n", 0.95),
        ("chat.txt", b"Notes\n12/03/2021, 21:15 - Sam: hi\n", 0.55),
        ("chat.txt", b"12/03/2021, 21:15 - Sam: hi\n12 apples\n", 0.775),
        ("chat.txt", b"Dear diary\nnothing here\n", 0.0),
        ("chat.json", b"12/03/2021, 21:15 - Sam: hi\n", 0.0),
    ],
    ids=["export", "header-not-first", "half-the-date-lines", "not-a-chat", "not-a-txt"],
)
def test_detect_confidence(name: str, data: bytes, expected: float) -> None:
    from analyzer.parsers.base import InputFile
    from analyzer.parsers.whatsapp import PARSER

    assert PARSER.detect(InputFile(name, data)) == expected


def test_a_name_that_starts_like_a_notice_is_still_a_name() -> None:
    from analyzer.parsers.whatsapp import parse_text

    frame, _ = parse_text("12/03/2021, 21:15 - Alex leftover: hi\n13/03/2021, 21:15 - Sam: ok\n")
    assert (str(frame["author"].iloc[0]), str(frame["kind"].iloc[0])) == ("Alex leftover", "text")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Invoice March.pdf (file attached)", "media"),
        ("I sent the doc (file attached)", "text"),
        ("PTT-20210312-WA0002.opus (file attached)", "media"),
        ("Kim.vcf (file attached)", "contact"),
        ("<attached: 00000012-PHOTO-2021-03-13-08-02-30.jpg>", "media"),
        ("\u200e<attached: 00000013-Kim.vcf>", "contact"),
        ("GIF omitted", "media"),
        ("Missed group video call", "call"),
        ("Verpasster Sprachanruf", "call"),
        ("Diese Nachricht wurde gelöscht.", "deleted"),
        ("Live location shared", "location"),
        ("UMFRAGE:\nWohin?\nOPTION: A (1 Stimme)", "poll"),
        ("sticker omitted", "sticker"),
        ("View once photo", "view_once"),
        ("Missed voice call? no", "text"),
        ("deleted this message lol", "text"),
    ],
    ids=lambda x: x.replace("\n", " ")[:32] if isinstance(x, str) else x,
)
def test_kind_of_a_body(body: str, kind: str) -> None:
    from analyzer.parsers.whatsapp import parse_text

    frame, _ = parse_text(f"12/03/2021, 21:15 - Sam: {body}\n13/03/2021, 21:15 - Sam: ok\n")
    assert str(frame["kind"].iloc[0]) == kind


def test_ios_block_notice_after_the_contact_name_is_system() -> None:
    from analyzer.parsers.whatsapp import parse_text

    frame, _ = parse_text(
        "[12/03/2021, 21:15:02] Sam: \u200eYou blocked this contact. Tap to unblock.\n"
        "[13/03/2021, 21:15:02] Sam: You blocked this contact? why\n"
    )
    assert [(str(k), str(t)) for k, t in zip(frame["kind"], frame["text"], strict=True)] == [
        ("system", "You blocked this contact. Tap to unblock."),
        ("text", "You blocked this contact? why"),
    ]
