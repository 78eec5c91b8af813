"""Every WhatsApp fixture of chat-miner and whatsapp-chat-parser, against a careful reading.

The corpus is copied into ``tests/parsers/peer_corpus`` (licences and provenance beside it, see
its PROVENANCE.md).
Where the projects' own expectations disagree with the bytes, our reading wins; each
disagreement is pinned by a test below named ``test_disagreement_...`` and listed in
docs/peer-corpus.md:

D1  chat-miner drops system notices (HEAD target) or gives them the author "System" (old CSVs).
    We keep them as ``kind="system"`` with no author: they are lines of the chat.
D2  chat-miner drops ``John Doe:.`` (HEAD) or rewrites it as "<Disappearing Message>" (old CSVs).
    The bytes say John Doe wrote ".", so that is the message.
D3  chat-miner joins the lines of a multi-line message with a space; we keep the newlines.
D4  chat-miner turns a no-break space inside a message (``abnormal\\u00a0unicode``) into a normal
    space; we keep the text as written.
D5  chat-miner drops a blank line that follows a message (test_dateformat6); it is a
    continuation line of that message, so the text ends with a newline.
D6  chat-miner's old testlog.txt mixes a dozen header layouts in one file (old exports merged by
    hand). Each line is read with the layout it matches, month-first as the file's own dates
    show; the whole file gives what each line gives on its own.
D8  whatsapp-chat-parser reads an ambiguous ``3/6/18, 1:55\u202fPM`` day first (its default). The
    spelling is US English (no leading zeros, ``PM``), so we read it month first: March 6; the
    summary says the order came from that locale clue and warns that it is a guess.
D7  whatsapp-chat-parser's chat example (``06/03/2017``, ``08/05/2017``, ``09/04/2017``) has no
    field above 12; only month-first keeps it chronological, so we read June 3, Aug 5, Sep 4.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

import analyzer
from analyzer.errors import AnalyzerError, ChatFormatError, UnknownFormatError
from analyzer.parsers.base import InputFile
from analyzer.parsers.whatsapp import PARSER, parse_text

CORPUS = Path(__file__).resolve().parent / "peer_corpus"
MINER = CORPUS / "chat-miner"
MINER_OLD = MINER / "_history" / "62d255f50fa1" / "test" / "whatsapp"
WCP = CORPUS / "whatsapp-chat-parser"


def rows(messages: pd.DataFrame) -> list[tuple[str, str | None, str, str]]:
    """(timestamp, author or None, text, kind) per message."""
    return [
        (str(ts), None if pd.isna(a) else str(a), str(t), str(k))
        for ts, a, t, k in zip(
            messages["timestamp"],
            messages["author"].astype(object),
            messages["text"],
            messages["kind"],
            strict=True,
        )
    ]


def test_corpus_is_present() -> None:
    assert (CORPUS / "PROVENANCE.md").is_file(), f"peer corpus expected at {CORPUS}"


# --- chat-miner HEAD: five header variants of one conversation ---------------------------

LOREM2 = "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
MINER_HEAD_READING = [
    ("2019-01-01 11:25:00", "John Doe", "Lorem ipsum dolor sit amet.", "text"),
    ("2019-01-20 11:23:00", "John Doe", ".", "text"),
    ("2019-01-30 20:49:00", "Jahn Doe", LOREM2, "text"),
    ("2020-06-10 15:55:00", "John-John Doe", "Lorem ipsum : dolor sit amet.", "text"),
    ("2020-06-20 00:08:00", None, '+12 345 578 created group "Groupname"', "system"),
    ("2020-06-30 09:10:00", None, "You were added", "system"),
    ("2021-12-10 10:10:00", "John Doe 🤓", "Lorem ipsum 🤓", "text"),
    ("2021-12-20 12:10:00", "🤓", "Lorem ipsum 🤓", "text"),
    ("2021-12-30 22:01:00", "John Doe", LOREM2, "text"),
]
MINER_HEAD = {
    "test_[mmddyy]_24hrs.txt": "ios-24h mdy",
    "test_ddmmyy_24hrs.txt": "android-24h dmy",
    "test_mmddyy_24hrs.txt": "android-24h mdy",
    "test_mmddyyyy_12hrs.txt": "android-12h mdy",
    "test_yyyymmdd_24hrs.txt": "android-24h ymd",
}


@pytest.mark.parametrize("name", sorted(MINER_HEAD), ids=str)
def test_chat_miner_head_file_reads_as_the_conversation(name: str) -> None:
    chat = analyzer.load_chat(MINER / "test" / "whatsapp" / name)
    assert rows(chat.messages) == MINER_HEAD_READING


@pytest.mark.parametrize("name", sorted(MINER_HEAD), ids=str)
def test_chat_miner_head_file_variant(name: str) -> None:
    source = analyzer.load_chat(MINER / "test" / "whatsapp" / name).source
    assert (source.variant, source.date_order_reason, source.warnings) == (
        MINER_HEAD[name],
        "field > 12",
        [],
    )


def _as_chat_miner(messages: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Our messages in chat-miner's conventions (D1-D3), newest first like its targets."""
    user = messages[(messages["kind"] != "system") & (messages["text"] != ".")]
    out = [
        (str(ts).replace(" ", "T"), str(a), str(t).replace("\n", " "))
        for ts, a, t in zip(
            user["timestamp"], user["author"].astype(object), user["text"], strict=True
        )
    ]
    return out[::-1]


@pytest.mark.parametrize("name", sorted(MINER_HEAD), ids=str)
def test_chat_miner_head_target_agrees_once_its_conventions_are_applied(name: str) -> None:
    target = json.loads((MINER / "test" / "whatsapp" / "target.json").read_text(encoding="utf-8"))
    theirs = [(r["timestamp"], r["author"], r["message"]) for r in target]
    assert _as_chat_miner(analyzer.load_chat(MINER / "test" / "whatsapp" / name).messages) == theirs


def test_disagreement_d1_system_lines_are_kept() -> None:
    chat = analyzer.load_chat(MINER / "test" / "whatsapp" / "test_ddmmyy_24hrs.txt")
    system = chat.messages[chat.messages["kind"] == "system"]
    assert (list(system["text"]), system["author"].isna().all()) == (
        ['+12 345 578 created group "Groupname"', "You were added"],
        True,
    )


def test_disagreement_d2_name_colon_dot_is_a_message() -> None:
    chat = analyzer.load_chat(MINER / "test" / "whatsapp" / "test_ddmmyy_24hrs.txt")
    assert rows(chat.messages.iloc[[1]]) == [("2019-01-20 11:23:00", "John Doe", ".", "text")]


def test_disagreement_d3_newlines_are_kept() -> None:
    chat = analyzer.load_chat(MINER / "test" / "whatsapp" / "test_ddmmyy_24hrs.txt")
    assert chat.messages["text"].iloc[2] == LOREM2


# --- chat-miner history: six date formats and unicode, with CSV targets -------------------

MINER_OLD_FILES = {
    "test_dateformat1": "android-24h mdy",
    "test_dateformat2": "android-12h mdy",
    "test_dateformat3": "android-24h ymd",
    "test_dateformat4": "ios-12h dmy",
    "test_dateformat5": "ios-24h mdy",
    "test_dateformat6": "android-24h dmy",
    "test_unicode": "android-12h dmy",
}


def _their_csv(name: str) -> list[tuple[str, str, str]]:
    frame = pd.read_csv(MINER_OLD / f"{name}_target.csv", dtype=str, keep_default_na=False)
    return sorted(zip(frame["timestamp"], frame["author"], frame["message"], strict=True))


def _as_old_chat_miner(messages: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Our messages in the old CSV conventions: D1 "System", D2, D3, D4, D5."""
    out = []
    for ts, a, t, k in rows(messages):
        author = "System" if k == "system" else a
        text = (
            "<Disappearing Message>"
            if t == "."
            else t.replace("\u00a0", " ").replace("\n", " ").strip()
        )
        out.append((ts, author, text))
    return sorted(out)


@pytest.mark.parametrize("name", sorted(MINER_OLD_FILES), ids=str)
def test_chat_miner_old_target_agrees_once_its_conventions_are_applied(name: str) -> None:
    chat = analyzer.load_chat(MINER_OLD / f"{name}.txt")
    assert _as_old_chat_miner(chat.messages) == _their_csv(name)


@pytest.mark.parametrize("name", sorted(MINER_OLD_FILES), ids=str)
def test_chat_miner_old_variant(name: str) -> None:
    assert analyzer.load_chat(MINER_OLD / f"{name}.txt").source.variant == MINER_OLD_FILES[name]


def test_disagreement_d4_no_break_space_in_text_is_kept() -> None:
    chat = analyzer.load_chat(MINER_OLD / "test_unicode.txt")
    assert chat.messages["text"].iloc[0] == "Testing abnormal\u00a0unicode"


def test_disagreement_d5_blank_line_after_a_message_belongs_to_it() -> None:
    chat = analyzer.load_chat(MINER_OLD / "test_dateformat6.txt")
    assert (chat.messages["text"].iloc[1], chat.source.lines.continuation) == (
        "Lorem ipsum dolor sit amet.\n",
        2,
    )


def test_p_m_with_an_hour_above_12_keeps_the_hour() -> None:
    # "[11/10/22 13:37:00 p.m.]": an impossible 12-hour time; 13h is the only sensible reading
    chat = analyzer.load_chat(MINER_OLD / "test_dateformat4.txt")
    assert [str(t) for t in chat.messages["timestamp"]] == [
        "2022-10-09 23:37:00",
        "2022-10-10 12:37:00",
        "2022-10-11 13:37:00",
        "2022-10-12 14:37:00",
    ]


# --- chat-miner's mixed testlog.txt (D6) ---------------------------------------------------

TESTLOG = MINER / "_history" / "a7e9d8c7a815" / "test" / "whatsapp" / "testlog.txt"


def test_disagreement_d6_mixed_log_reads_each_line_in_its_own_layout() -> None:
    chat = analyzer.load_chat(TESTLOG)
    assert (chat.source.variant, len(chat.messages), chat.source.lines.to_dict()) == (
        "android-24h mdy; android-12h mdy; ios-12h mdy; ios-24h mdy; android-24h ymd",
        23,
        {"total": 29, "header": 20, "continuation": 6, "system": 3, "skipped": {}},
    )


def test_mixed_log_read_whole_matches_its_lines_read_one_by_one() -> None:
    lines = TESTLOG.read_text(encoding="utf-8").split("\n")
    own_frame, _ = parse_text("\n".join(lines[:14]))
    one_by_one = rows(own_frame)
    for line in lines[14:]:
        frame, _ = parse_text(line, date_order="mdy")
        one_by_one += rows(frame)
    assert sorted(rows(analyzer.load_chat(TESTLOG).messages)) == sorted(one_by_one)


def _testlog_target() -> list[tuple[str, str, str]]:
    out = []
    for line in (TESTLOG.parent / "target.json").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        ts = datetime.fromtimestamp(rec["datetime"] / 1000, UTC).replace(tzinfo=None)
        out.append((str(ts), rec["author"], rec["message"]))
    return sorted(out)


def test_testlog_lines_each_read_alone_match_their_target() -> None:
    lines = TESTLOG.read_text(encoding="utf-8").split("\n")
    own_frame, _ = parse_text("\n".join(lines[:14]))
    own = [(ts, a, t) for ts, a, t, _ in rows(own_frame)]
    # lines 15..29 are foreign layouts: each is its own one-line export, read month-first
    foreign = []
    for line in lines[14:]:
        frame, _ = parse_text(line, date_order="mdy")
        foreign += [(ts, a, t) for ts, a, t, _ in rows(frame)]
    ours = _as_old_chat_miner_triples(own + foreign)
    assert ours == _testlog_target()


def _as_old_chat_miner_triples(
    triples: list[tuple[str, str | None, str]],
) -> list[tuple[str, str, str]]:
    return sorted(
        (ts, "System" if a is None else a, t.replace("\u00a0", " ").replace("\n", " "))
        for ts, a, t in triples
    )


# --- whatsapp-chat-parser ------------------------------------------------------------------

FIXTURES = json.loads((WCP / "tests" / "_inline_fixtures.json").read_text(encoding="utf-8"))
BY_SOURCE = {f["source"]: f for f in FIXTURES}

#: Careful reading of each inline fixture: (timestamp, author, text, kind) per message.
WCP_READING: dict[str, list[tuple[str, str | None, str, str]]] = {
    "tests/parser.test.ts:6": [("2018-06-23 13:55:00", "Loris", "one", "text")],
    "tests/parser.test.ts:7": [("2017-03-06 00:45:00", None, 'You created group "Test"', "system")],
    "tests/parser.test.ts:8": [("2017-02-03 18:42:00", "Luke", "", "text")],
    "tests/parser.test.ts:16": [("2018-06-23 13:55:00", "Loris", "one\ntwo", "text")],
    "tests/parser.test.ts:44": [
        ("2018-06-23 13:55:00", "Loris", "one\ntwo\n2016-04-29 10:30:00", "text")
    ],
    "tests/parser.test.ts:51": [("2018-06-23 01:55:00", "Luke", "Hey!", "text")],
    "tests/parser.test.ts:139": [("2018-06-03 13:55:00", "a", "m", "text")],
    "tests/parser.test.ts:140": [("2018-06-03 13:55:00", "a", "m", "text")],
    "tests/parser.test.ts:141": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:142": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:143": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:144": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:145": [("2018-06-03 13:55:00", "a", "m", "text")],
    "tests/parser.test.ts:147": [("2018-06-03 13:55:00", "a", "m", "text")],
    "tests/parser.test.ts:148": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:149": [("2018-06-13 21:25:15", "a", "m", "text")],
    "tests/parser.test.ts:151": [("2018-06-03 13:55:00", "a", "m", "text")],
    # D8: US English spelling (no leading zeros, "PM"), so month first
    "tests/parser.test.ts:153": [("2018-03-06 13:55:00", "a", "m", "text")],
    "tests/parser.test.ts:205": [
        (
            "2018-06-03 13:55:00",
            "a",
            "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >",
            "media",
        )
    ],
    "tests/parser.test.ts:207": [
        ("2018-06-03 13:55:00", "a", "IMG-20210428-WA0001.jpg (file attached)", "media")
    ],
    "tests/parser.test.ts:209": [
        ("2018-06-03 13:55:00", "a", "2015-08-04-PHOTO-00004762.jpg <\u200eattached>", "media")
    ],
    "tests/parser.test.ts:211": [
        (
            "2018-06-03 13:55:00",
            "a",
            "4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angehängt)\nDir auch frohe Ostern.",
            "media",
        )
    ],
    "tests/index.test.ts:4": [
        (
            "2017-06-03 00:45:00",
            None,
            "Messages to this group are now secured with end-to-end encryption. Tap for more info.",
            "system",
        ),
        ("2017-06-03 00:45:00", None, 'You created group "ShortChat"', "system"),
        ("2017-06-03 00:45:00", "Sample User", "This is a test message", "text"),
        ("2017-08-05 01:48:00", "TestBot", "Hey I'm a test too!", "text"),
        ("2017-09-04 01:50:00", "+410123456789", "How are you?\n\nIs everything alright?", "text"),
    ],
    "tests/index.test.ts:35": [
        ("2020-12-30 13:00:00", "a", "m", "text"),
        ("2021-01-13 13:00:00", "a", "m", "text"),
    ],
}


def test_every_inline_fixture_has_a_reading() -> None:
    assert sorted(WCP_READING) == sorted(f["source"] for f in FIXTURES if "role" not in f)


@pytest.mark.parametrize("source", sorted(WCP_READING), ids=str)
def test_whatsapp_chat_parser_fixture(source: str) -> None:
    frame, _ = parse_text(BY_SOURCE[source]["text"])
    assert rows(frame) == WCP_READING[source]


@pytest.mark.parametrize(
    "source",
    sorted(
        s
        for s, f in BY_SOURCE.items()
        if "expected_iso_utc_daysFirst_auto" in f and s != "tests/parser.test.ts:153"
    ),
    ids=str,
)
def test_whatsapp_chat_parser_expected_time_agrees(source: str) -> None:
    frame, _ = parse_text(BY_SOURCE[source]["text"])
    expected = (
        BY_SOURCE[source]["expected_iso_utc_daysFirst_auto"].replace(".000Z", "").replace("T", " ")
    )
    assert str(frame["timestamp"].iloc[0]) == expected


def test_disagreement_d8_us_spelling_reads_month_first() -> None:
    frame, source = parse_text(BY_SOURCE["tests/parser.test.ts:153"]["text"])
    theirs = BY_SOURCE["tests/parser.test.ts:153"]["expected_iso_utc_daysFirst_auto"]
    assert (theirs, str(frame["timestamp"].iloc[0]), source.date_order_reason) == (
        "2018-06-03T13:55:00.000Z",
        "2018-03-06 13:55:00",
        "locale: M/D/YY without leading zeros and AM/PM, as US English writes dates; "
        "2-digit year last (default)",
    )


def test_whatsapp_chat_parser_whole_file_date_order() -> None:
    frame, source = parse_text(BY_SOURCE["tests/index.test.ts:35"]["text"])
    expected = [
        e.replace(".000Z", "").replace("T", " ")
        for e in BY_SOURCE["tests/index.test.ts:35"]["expected_iso"]
    ]
    assert ([str(t) for t in frame["timestamp"]], source.date_order_reason) == (
        expected,
        "field > 12",
    )


def test_a_lone_continuation_line_is_not_a_chat() -> None:
    line = next(f["text"] for f in FIXTURES if f.get("role") == "continuation_line")
    with pytest.raises(ChatFormatError, match="no line looks like a WhatsApp message header"):
        parse_text(line)


def test_disagreement_d7_chat_example_is_month_first_by_chronology() -> None:
    chat = analyzer.load_chat(WCP / "tests" / "_chatExample.txt")
    assert (chat.source.date_order, chat.source.date_order_reason) == ("mdy", "chronology")


def test_historical_short_chat_equals_the_chat_example() -> None:
    old = analyzer.load_chat(WCP / "_history" / "75f11bd19946" / "samples" / "short-chat.txt")
    assert rows(old.messages) == WCP_READING["tests/index.test.ts:4"]


def test_historical_empty_sample_is_refused() -> None:
    with pytest.raises(AnalyzerError, match="empty.txt: the file is empty"):
        analyzer.load_chat(WCP / "_history" / "75f11bd19946" / "samples" / "empty.txt")


def test_historical_not_a_chat_sample_is_refused() -> None:
    with pytest.raises(UnknownFormatError, match="not-a-whatsapp-chat.txt: not a chat export"):
        analyzer.load_chat(
            WCP / "_history" / "196ef61fdf79" / "samples" / "not-a-whatsapp-chat.txt"
        )


def test_signal_text_export_gets_a_lower_whatsapp_confidence() -> None:
    path = MINER / "test" / "signal" / "test_export.txt"
    assert PARSER.detect(InputFile(str(path), path.read_bytes())) == 0.6
