"""chat-miner's Telegram, Signal, Instagram and (historical) Messenger fixtures, read carefully.

The corpus is copied into ``tests/parsers/peer_corpus`` (licences and provenance beside it, see
its PROVENANCE.md). chat-miner's own targets drop or change things; where our reading of the bytes
differs from theirs, the test pins ours and the disagreement is written down here:

1. Telegram (``test_single_export.json``, ``test_batch_export.json``): the second text is the
   entity list ``["Link:" (bold), "https://telegram.org/" (link)]``. The target has
   ``"Link: https://telegram.org/"``; there is no space in the bytes, and Telegram writes spaces
   as plain-text parts of the list, so we join the parts as they are: ``"Link:https://..."``.
   The historical ``test_target.csv`` gives 11:39:10 for ``date_unixtime`` 1544006350, which is
   10:39:10 UTC: it converted to the author's zone; we read epoch times as UTC (``tz=`` converts).
2. Signal (``test_export.txt``): the target lists the messages newest first and joins the
   continuation line with a space (``"Hello Jane!"``); the message is two lines in the file, so
   we keep ``"Hello\\nJane!"`` and file order.
3. Instagram (``test_export.json``): same two messages and times as the target (UTC); the target
   keeps Meta's newest-first order, we sort oldest first.
4. Instagram (historical ``testlog.json`` / ``testlog_target.csv``): the target drops both poll
   notices (13 records, 11 rows); we keep them as ``poll``. It writes stand-ins
   ("disappearingmessage", "sentphoto", ...) as text; we give the kind (``view_once``, ``media``)
   and empty text. It gives "Jane Doe joined the group." the author Jane Doe; it is a join notice,
   so ours is a ``system`` row with no author. Its times are Berlin wall-clock time (06:25:43.621
   for 1646025943621 ms, which is 05:25:43.621 UTC); ours are UTC unless ``tz="Europe/Berlin"``
   is given, and then every time agrees. The emoji repairs agree.
5. Messenger (historical ``facebookMessenger/testlog.json``): both messages have the same
   millisecond; the target lists John then Allan (the reverse of the newest-first file), as we do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analyzer.parsers.base import InputFile
from analyzer.parsers.registry import MIN_CONFIDENCE, PARSERS, load_chat

CORPUS = Path(__file__).resolve().parent / "peer_corpus"
MINER = CORPUS / "chat-miner"


def test_peer_corpus_is_in_the_repo():
    """The conformance tests read tests/parsers/peer_corpus; without it they would prove nothing."""
    assert (CORPUS / "PROVENANCE.md").is_file(), f"peer corpus expected at {CORPUS}"
OURS = ("signal", "telegram", "meta", "discord", "imessage", "transcript", "csv")


def rows(path: Path) -> list[tuple[str, str | None, str, str]]:
    messages = load_chat(path).messages
    return [
        (t.isoformat(), None if pd.isna(a) else a, x, k)
        for t, a, x, k in zip(messages["timestamp"], messages["author"], messages["text"],
                              messages["kind"], strict=True)
    ]


def target(path: Path) -> set[tuple[str, str]]:
    """(timestamp, author) pairs of a chat-miner target.json."""
    return {(r["timestamp"], r["author"]) for r in json.loads(path.read_text(encoding="utf-8"))}


TELEGRAM = [
    ("2018-12-05T10:39:10", "Author 1", "Minimal Message", "text"),
    ("2018-12-05T10:49:24", "Author 2", "Link:https://telegram.org/", "text"),
]


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_telegram(name):
    assert rows(MINER / "test" / "telegram" / name) == TELEGRAM


def test_telegram_times_and_authors_match_the_target():
    got = {(t, a) for t, a, _, _ in rows(MINER / "test" / "telegram" / "test_single_export.json")}
    assert got == target(MINER / "test" / "telegram" / "target.json")


def test_telegram_batch_chat_name():
    chat = load_chat(MINER / "test" / "telegram" / "test_batch_export.json")
    assert (chat.source.chat_name, chat.source.variant) == ("Chatname", "full account export")


def test_signal():
    assert rows(MINER / "test" / "signal" / "test_export.txt") == [
        ("2019-12-24T12:23:00", "Jane Doe", "Hello John!", "text"),
        ("2020-01-17T21:49:00", "John Doe", "Hello\nJane!", "text"),
    ]


def test_signal_times_and_authors_match_the_target():
    got = {(t, a) for t, a, _, _ in rows(MINER / "test" / "signal" / "test_export.txt")}
    assert got == target(MINER / "test" / "signal" / "target.json")


def test_instagram():
    assert rows(MINER / "test" / "instagram" / "test_export.json") == [
        ("2019-12-24T11:23:00", "Jane Doe", "Hello John!", "text"),
        ("2020-01-17T20:49:00", "John Doe", "Hello Jane!", "text"),
    ]


def test_instagram_times_and_authors_match_the_target():
    got = {(t, a) for t, a, _, _ in rows(MINER / "test" / "instagram" / "test_export.json")}
    assert got == target(MINER / "test" / "instagram" / "target.json")


HISTORICAL_INSTAGRAM = [
    ("2014-12-24T17:08:00", None, "Jane Doe joined the group.", "system"),
    ("2017-07-06T19:25:00", "John Doe", "Testing message with reactions.", "text"),
    ("2017-07-16T19:13:00", "John Doe", "", "media"),
    ("2019-09-24T11:30:00", "Jane Doe", "", "media"),
    ("2019-09-24T23:30:00", "Lionel Messi", "", "media"),
    ("2019-12-24T11:23:00", "John Doe", "Testing normal message.", "text"),
    ("2019-12-24T23:30:00", "John Doe", "", "media"),
    ("2020-01-17T20:49:00", "John Doe", "Testing message with emoji: ❤️", "text"),
    ("2020-01-18T14:53:00", "J❤️hn Doe", "Testing username with emoji: J❤️hn Doe", "text"),
    ("2020-01-18T14:53:00", "❤️", "Testing username only emoji: ❤️", "text"),
    ("2021-10-24T15:21:43", "John Doe", "John Doe's poll has multiple updates.", "poll"),
    ("2022-02-28T05:25:43.621000", "John Doe", "", "view_once"),
    ("2022-09-10T22:37:00", "Jane Doe", "This poll is no longer available.", "poll"),
]


def test_historical_instagram():
    path = MINER / "_history" / "62d255f50fa1" / "test" / "instagram" / "testlog.json"
    assert rows(path) == HISTORICAL_INSTAGRAM


def test_historical_instagram_target_is_ours_in_berlin_time_without_polls():
    base = MINER / "_history" / "62d255f50fa1" / "test" / "instagram"
    theirs = pd.read_csv(base / "testlog_target.csv", dtype=str)
    messages = load_chat(base / "testlog.json", tz="Europe/Berlin").messages
    ours = messages.loc[messages["kind"] != "poll", "timestamp"]
    # ours are the instants shown in Berlin; theirs the same wall-clock times without a zone
    assert sorted(ours.dt.tz_localize(None)) == sorted(pd.to_datetime(theirs["timestamp"]))


def test_historical_messenger():
    path = MINER / "_history" / "30734a822e56" / "test" / "facebookMessenger" / "testlog.json"
    assert rows(path) == [
        ("2022-11-16T19:50:03.612000", "John Doe", "Hello Allan", "text"),
        ("2022-11-16T19:50:03.612000", "Allan Smith", "Hello John", "text"),
    ]


def test_historical_messenger_order_matches_the_target():
    base = MINER / "_history" / "30734a822e56" / "test" / "facebookMessenger"
    theirs = [r["author"] for r in json.loads((base / "target.json").read_text(encoding="utf-8"))]
    assert [a for _, a, _, _ in rows(base / "testlog.json")] == theirs


WHATSAPP_FIXTURES = sorted(
    p for p in CORPUS.rglob("*.txt")
    if "whatsapp" in p.relative_to(CORPUS).as_posix().lower() and "not-a-whatsapp" not in p.name
)


@pytest.mark.parametrize("path", WHATSAPP_FIXTURES, ids=lambda p: p.name)
def test_whatsapp_fixtures_are_not_ours(path):
    file = InputFile(str(path), path.read_bytes())
    scores = {p.name: p.detect(file) for p in PARSERS if p.name in OURS}
    assert {n: c for n, c in scores.items() if c >= MIN_CONFIDENCE} == {}
