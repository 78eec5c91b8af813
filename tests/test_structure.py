"""Turns, sessions and replies on tiny chats with hand-computed values, plus invariants."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer import structure
from analyzer.schema import empty_messages, normalize_messages

GAP = timedelta(hours=2)
DAY = pd.Timestamp("2024-03-04")


def chat(rows, **extra) -> pd.DataFrame:
    """rows: (minutes after DAY 00:00, author or None for a system notice, text)."""
    minutes, authors, texts = zip(*rows, strict=True)
    return normalize_messages(
        pd.DataFrame(
            {
                "timestamp": [DAY + pd.Timedelta(minutes=m) for m in minutes],
                "author": list(authors),
                "text": list(texts),
                "kind": ["system" if a is None else "text" for a in authors],
                **extra,
            }
        )
    )


# Two sessions: 10:00-10:20 (Ana, Ana, Ben, Ana), then 13:00 (Ben, Ben) after a 2h40 silence.
PAIR = [
    (600, "Ana", "hi there"),
    (601, "Ana", "you up?"),
    (605, "Ben", "yes just woke up"),
    (620, "Ana", "ok"),
    (780, "Ben", "lunch?"),
    (781, "Ben", "at noon tomorrow"),
]


@pytest.fixture
def pair():
    return structure.annotate(chat(PAIR), session_gap=GAP)


def test_annotate_session_ids(pair):
    assert pair["session_id"].tolist() == [0, 0, 0, 0, 1, 1]


def test_annotate_turn_ids(pair):
    assert pair["turn_id"].tolist() == [0, 0, 1, 2, 3, 3]


def test_annotate_dtypes_and_new_frame(pair):
    assert (str(pair["session_id"].dtype), str(pair["turn_id"].dtype)) == ("int64", "int64")


def test_annotate_does_not_mutate_input():
    messages = chat(PAIR)
    structure.annotate(messages, session_gap=GAP)
    assert "turn_id" not in messages.columns


def test_gap_exactly_equal_does_not_split():
    annotated = structure.annotate(chat([(0, "Ana", "a"), (120, "Ben", "b")]), session_gap=GAP)
    assert annotated["session_id"].tolist() == [0, 0]


def test_gap_one_minute_longer_splits():
    annotated = structure.annotate(chat([(0, "Ana", "a"), (121, "Ben", "b")]), session_gap=GAP)
    assert annotated["session_id"].tolist() == [0, 1]


def test_turns_table(pair):
    t = structure.turns(pair)
    assert t[["turn_id", "session_id", "n_messages", "n_words", "first_row", "last_row"]].to_dict(
        "list"
    ) == {
        "turn_id": [0, 1, 2, 3],
        "session_id": [0, 0, 0, 1],
        "n_messages": [2, 1, 1, 2],
        "n_words": [4, 4, 1, 4],
        "first_row": [0, 2, 3, 4],
        "last_row": [1, 2, 3, 5],
    }


def test_turn_authors_and_times(pair):
    t = structure.turns(pair)
    assert [str(a) for a in t["author"]] == ["Ana", "Ben", "Ana", "Ben"]
    assert t["start"].tolist() == [DAY + pd.Timedelta(minutes=m) for m in (600, 605, 620, 780)]
    assert t["end"].tolist() == [DAY + pd.Timedelta(minutes=m) for m in (601, 605, 620, 781)]


def test_turn_duration_nan_for_chats(pair):
    assert structure.turns(pair)["duration_s"].isna().all()


def test_sessions_table(pair):
    s = structure.sessions(pair)
    assert s[["session_id", "n_messages", "n_turns", "n_authors", "answered"]].to_dict("list") == {
        "session_id": [0, 1],
        "n_messages": [4, 2],
        "n_turns": [3, 1],
        "n_authors": [2, 1],
        "answered": [True, False],
    }
    assert [str(a) for a in s["initiator"]] == ["Ana", "Ben"]
    assert s["start"].tolist() == [DAY + pd.Timedelta(minutes=600), DAY + pd.Timedelta(minutes=780)]
    assert s["end"].tolist() == [DAY + pd.Timedelta(minutes=620), DAY + pd.Timedelta(minutes=781)]


def test_replies_table(pair):
    r = structure.replies(structure.turns(pair))
    assert r["prev_turn_id"].tolist() == [-1, 0, 1, -1]
    assert r["latency_s"].tolist() == pytest.approx([np.nan, 240.0, 900.0, np.nan], nan_ok=True)
    assert [None if pd.isna(a) else str(a) for a in r["to_author"]] == [None, "Ana", "Ben", None]


def test_system_notices_are_ignored():
    rows = [
        (0, "Ana", "hi"),
        (1, None, "Ben joined"),
        (2, "Ana", "again"),
        (300, None, "Ana changed the subject"),  # would open a session if it counted
        (301, "Ben", "hey"),
    ]
    annotated = structure.annotate(chat(rows), session_gap=GAP)
    assert annotated["session_id"].tolist() == [0, -1, 0, -1, 1]
    assert annotated["turn_id"].tolist() == [0, -1, 0, -1, 1]


def test_system_notice_does_not_count_in_turn_rows():
    rows = [(0, "Ana", "hi"), (1, None, "Ben joined"), (2, "Ana", "again")]
    t = structure.turns(structure.annotate(chat(rows), session_gap=GAP))
    assert t[["n_messages", "first_row", "last_row"]].to_dict("list") == {
        "n_messages": [2],
        "first_row": [0],
        "last_row": [2],
    }


def test_media_counts_as_message_but_not_words():
    messages = chat([(0, "Ana", "hello you"), (1, "Ana", "<Media omitted>")])
    messages["kind"] = pd.Categorical(["text", "media"], categories=messages["kind"].cat.categories)
    t = structure.turns(structure.annotate(messages, session_gap=GAP))
    assert (int(t["n_messages"].iloc[0]), int(t["n_words"].iloc[0])) == (2, 2)


def test_group_chat_replies_go_to_previous_author():
    rows = [(0, "Ana", "a"), (1, "Ben", "b"), (3, "Cy", "c"), (4, "Ana", "d")]
    r = structure.replies(structure.turns(structure.annotate(chat(rows), session_gap=GAP)))
    assert [None if pd.isna(a) else str(a) for a in r["to_author"]] == [None, "Ana", "Ben", "Cy"]
    assert r["latency_s"].tolist() == pytest.approx([np.nan, 60.0, 120.0, 60.0], nan_ok=True)


def test_group_chat_session_authors():
    rows = [(0, "Ana", "a"), (1, "Ben", "b"), (3, "Cy", "c"), (4, "Ana", "d")]
    s = structure.sessions(structure.annotate(chat(rows), session_gap=GAP))
    assert (int(s["n_authors"].iloc[0]), int(s["n_turns"].iloc[0])) == (3, 4)


@pytest.fixture
def transcript():
    # Cues in seconds: Ana 0-10, Ana 12-20, Ben 25-40, Ana 38-45 (overlaps Ben), Ben 8000-8005.
    base = DAY + pd.Timedelta(hours=9)
    messages = normalize_messages(
        pd.DataFrame(
            {
                "timestamp": [base + pd.Timedelta(seconds=s) for s in (0, 12, 25, 38, 8000)],
                "author": ["Ana", "Ana", "Ben", "Ana", "Ben"],
                "text": ["so anyway", "right", "I think so too", "yes", "bye"],
                "kind": ["text"] * 5,
                "duration_s": [10.0, 8.0, 15.0, 7.0, 5.0],
            }
        )
    )
    return structure.annotate(messages, session_gap=GAP)


def test_transcript_turn_durations(transcript):
    t = structure.turns(transcript)
    assert t["duration_s"].tolist() == [18.0, 15.0, 7.0, 5.0]


def test_transcript_latency_from_cue_ends(transcript):
    r = structure.replies(structure.turns(transcript))
    # Ben starts 25 s, Ana's turn ended at 12+8=20 -> 5 s; Ana starts 38 while Ben runs to 40 -> 0.
    assert r["latency_s"].tolist() == pytest.approx([np.nan, 5.0, 0.0, np.nan], nan_ok=True)


def test_transcript_session_gap_counts_from_cue_end():
    base = DAY
    messages = normalize_messages(
        pd.DataFrame(
            {
                # Ana talks for an hour from 0; Ben starts 2h30 after Ana's start,
                # 1h30 after her end.
                "timestamp": [base, base + pd.Timedelta(minutes=150)],
                "author": ["Ana", "Ben"],
                "text": ["long talk", "reply"],
                "kind": ["text", "text"],
                "duration_s": [3600.0, 10.0],
            }
        )
    )
    annotated = structure.annotate(messages, session_gap=GAP)
    assert annotated["session_id"].tolist() == [0, 0]


@pytest.mark.parametrize("fn", ["turns", "sessions"], ids=["turns", "sessions"])
def test_empty_input_gives_empty_tables(fn):
    annotated = structure.annotate(empty_messages(), session_gap=GAP)
    out = getattr(structure, fn)(annotated)
    expected = structure.TURN_COLUMNS if fn == "turns" else structure.SESSION_COLUMNS
    assert (len(out), tuple(out.columns)) == (0, expected)


def test_empty_input_replies():
    annotated = structure.annotate(empty_messages(), session_gap=GAP)
    out = structure.replies(structure.turns(annotated))
    assert (len(out), tuple(out.columns)) == (0, structure.REPLY_COLUMNS)


def test_only_system_notices():
    annotated = structure.annotate(
        chat([(0, None, "created"), (1, None, "joined")]), session_gap=GAP
    )
    assert (annotated["turn_id"].tolist(), len(structure.sessions(annotated))) == ([-1, -1], 0)


# ---------------------------------------------------------------- properties

events = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=400),  # minutes since the previous message
        st.sampled_from(["Ana", "Ben", "Cy", None]),
    ),
    min_size=1,
    max_size=40,
)


def _build(evts, names=None):
    minutes = np.cumsum([m for m, _ in evts]).tolist()
    names = names or {}
    rows = [
        (m, names.get(a, a), "w " * (i % 3 + 1))
        for i, (m, (_, a)) in enumerate(zip(minutes, evts, strict=True))
    ]
    return chat(rows)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(events)
def test_renaming_authors_only_relabels(evts):
    names = {"Ana": "Zed", "Ben": "Ana", "Cy": "Bo"}
    a = structure.annotate(_build(evts), session_gap=GAP)
    b = structure.annotate(_build(evts, names), session_gap=GAP)
    ta, tb = structure.turns(a), structure.turns(b)
    assert a[["session_id", "turn_id"]].equals(b[["session_id", "turn_id"]])
    assert [names[str(x)] for x in ta["author"]] == [str(x) for x in tb["author"]]
    ra, rb = structure.replies(ta), structure.replies(tb)
    assert ra["latency_s"].equals(rb["latency_s"])


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(events)
def test_every_participant_message_in_exactly_one_turn(evts):
    a = structure.annotate(_build(evts), session_gap=GAP)
    t = structure.turns(a)
    participant = a["author"].notna().to_numpy()
    covered = np.zeros(len(a), dtype=int)
    for tid, first, last in zip(t["turn_id"], t["first_row"], t["last_row"], strict=True):
        span = a.iloc[first : last + 1]
        covered[np.flatnonzero((span["turn_id"] == tid).to_numpy()) + first] += 1
    assert (covered == participant.astype(int)).all()
    assert int(t["n_messages"].sum()) == int(participant.sum())


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(events)
def test_turns_alternate_authors_within_a_session(evts):
    t = structure.turns(structure.annotate(_build(evts), session_gap=GAP))
    r = structure.replies(t)
    linked = r[r["prev_turn_id"] >= 0]
    assert (linked["author"].astype(str) != linked["to_author"].astype(str)).all()


def test_timezone_aware_timestamps():
    rows = chat([(0, "Ana", "a"), (3, "Ben", "b"), (400, "Ana", "c")])
    rows["timestamp"] = rows["timestamp"].dt.tz_localize("UTC").dt.tz_convert("Europe/Berlin")
    annotated = structure.annotate(rows, session_gap=GAP)
    r = structure.replies(structure.turns(annotated))
    assert annotated["session_id"].tolist() == [0, 0, 1]
    assert r["latency_s"].tolist() == pytest.approx([np.nan, 180.0, np.nan], nan_ok=True)
