"""Turns, sessions and replies: pure functions of ``messages`` plus the session gap.

The interface later stages rely on:

``annotate(messages, *, session_gap) -> DataFrame``
    ``messages.assign(session_id=..., turn_id=...)`` (a new frame, same index and order).
    System notices (``kind == "system"``) do not take part: their ``session_id`` and ``turn_id``
    are -1 and they neither start nor break a session or a turn. Sessions split where the silence
    since the previous participant message is longer than ``session_gap``; a turn is a run of
    consecutive participant messages by one author inside one session. Ids are 0-based ints in
    time order (dtype int64).

``sessions(annotated) -> DataFrame``, one row per session:
    ``session_id, start, end, initiator, n_messages, n_turns, n_authors, answered`` (answered:
    more than one author wrote in it).

``turns(annotated) -> DataFrame``, one row per turn:
    ``turn_id, session_id, author, start, end, n_messages, n_words, first_row, last_row,
    duration_s`` (``first_row``/``last_row`` are positions in ``annotated``; ``n_words`` counts
    whitespace-separated tokens of text messages; ``duration_s`` sums message durations for
    transcripts, NaN otherwise).

``replies(turns) -> DataFrame``, one row per turn:
    ``turn_id, author, to_author, prev_turn_id, latency_s`` where ``prev_turn_id`` is the previous
    turn in the same session (by another author, by construction) or -1, ``to_author`` its
    author (missing when none), ``latency_s`` the seconds from that turn's last message to this
    turn's first message (NaN when none). For transcripts it is the gap between cues (end of
    the previous cue to start of this one when durations are known). Group chats: a reply is to
    the previous turn's author.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from analyzer.schema import Col

SESSION_ID = "session_id"
TURN_ID = "turn_id"

SESSION_COLUMNS = (
    "session_id",
    "start",
    "end",
    "initiator",
    "n_messages",
    "n_turns",
    "n_authors",
    "answered",
)
TURN_COLUMNS = (
    "turn_id",
    "session_id",
    Col.AUTHOR,
    "start",
    "end",
    "n_messages",
    "n_words",
    "first_row",
    "last_row",
    "duration_s",
)
REPLY_COLUMNS = ("turn_id", "author", "to_author", "prev_turn_id", "latency_s")


def _participant_mask(messages: pd.DataFrame) -> np.ndarray:
    """True for messages that take part in sessions and turns (not system notices)."""
    kind = messages[Col.KIND].astype("object").to_numpy()
    return (kind != "system") & messages[Col.AUTHOR].notna().to_numpy()


def _ends(part: pd.DataFrame) -> pd.Series:
    """When each message ends: its timestamp plus its duration when known (transcripts)."""
    if Col.DURATION not in part:
        return part[Col.TIMESTAMP]
    dur = pd.to_timedelta(part[Col.DURATION].fillna(0.0).clip(lower=0.0), unit="s")
    return part[Col.TIMESTAMP] + dur


def annotate(messages: pd.DataFrame, *, session_gap: timedelta) -> pd.DataFrame:
    """Add ``session_id`` and ``turn_id`` (int64, 0-based in time order; -1 for system notices).

    A new session starts at a participant message whose silence since the end of the previous
    participant message (its timestamp, plus its duration for transcript cues) is longer than
    ``session_gap``. A new turn starts at a new session or a change of author. Rows are taken in
    the order given (parsers deliver time order).
    """
    mask = _participant_mask(messages)
    session = np.full(len(messages), -1, dtype=np.int64)
    turn = np.full(len(messages), -1, dtype=np.int64)
    if mask.any():
        part = messages.loc[mask]
        starts = part[Col.TIMESTAMP]
        silence = starts - _ends(part).shift(1)
        new_session = (silence > pd.Timedelta(session_gap)).to_numpy().copy()
        new_session[0] = True
        codes = part[Col.AUTHOR].astype("category").cat.codes.to_numpy()
        new_author = np.empty(len(codes), dtype=bool)
        new_author[0] = True
        new_author[1:] = codes[1:] != codes[:-1]
        session[mask] = np.cumsum(new_session) - 1
        turn[mask] = np.cumsum(new_session | new_author) - 1
    return messages.assign(**{SESSION_ID: session, TURN_ID: turn})


def _text_words(annotated: pd.DataFrame) -> np.ndarray:
    """Whitespace-separated tokens per row, counted for text messages only."""
    text = annotated[Col.TEXT].astype("object").to_numpy()
    is_text = annotated[Col.KIND].astype("object").to_numpy() == "text"
    return np.fromiter(
        (
            len(t.split()) if ok and isinstance(t, str) else 0
            for t, ok in zip(text, is_text, strict=True)
        ),
        dtype=np.int64,
        count=len(text),
    )


def turns(annotated: pd.DataFrame) -> pd.DataFrame:
    """One row per turn: ``turn_id, session_id, author, start, end, n_messages, n_words,
    first_row, last_row, duration_s``.

    ``start`` is the first message's timestamp, ``end`` the last message's timestamp plus its
    duration when known (transcripts), ``first_row``/``last_row`` positions in ``annotated``,
    ``duration_s`` the sum of cue durations (NaN when no cue has one).
    """
    pos = np.flatnonzero(annotated[TURN_ID].to_numpy() >= 0)
    part = annotated.iloc[pos]
    author_dtype = annotated[Col.AUTHOR].dtype
    if part.empty:
        return pd.DataFrame(
            {
                "turn_id": pd.Series([], dtype="int64"),
                "session_id": pd.Series([], dtype="int64"),
                "author": pd.Series([], dtype=author_dtype),
                "start": pd.Series([], dtype=annotated[Col.TIMESTAMP].dtype),
                "end": pd.Series([], dtype=annotated[Col.TIMESTAMP].dtype),
                "n_messages": pd.Series([], dtype="int64"),
                "n_words": pd.Series([], dtype="int64"),
                "first_row": pd.Series([], dtype="int64"),
                "last_row": pd.Series([], dtype="int64"),
                "duration_s": pd.Series([], dtype="float64"),
            }
        )
    # Turns are contiguous runs of participant rows: slice at the changes of turn_id.
    tid = part[TURN_ID].to_numpy()
    first = np.flatnonzero(np.r_[True, tid[1:] != tid[:-1]])
    last = np.r_[first[1:] - 1, len(tid) - 1]
    words = np.add.reduceat(_text_words(part), first)
    dur = (
        part[Col.DURATION].to_numpy(dtype="float64")
        if Col.DURATION in part
        else np.full(len(part), np.nan)
    )
    known = ~np.isnan(dur)
    dur_sum = np.add.reduceat(np.where(known, dur, 0.0), first)
    dur_sum[np.add.reduceat(known.astype(np.int64), first) == 0] = np.nan
    return pd.DataFrame(
        {
            "turn_id": tid[first].astype("int64"),
            "session_id": part[SESSION_ID].to_numpy()[first].astype("int64"),
            "author": part[Col.AUTHOR].iloc[first].reset_index(drop=True),
            "start": part[Col.TIMESTAMP].iloc[first].reset_index(drop=True),
            "end": _ends(part).iloc[last].reset_index(drop=True),
            "n_messages": (last - first + 1).astype("int64"),
            "n_words": words.astype("int64"),
            "first_row": pos[first].astype("int64"),
            "last_row": pos[last].astype("int64"),
            "duration_s": dur_sum.astype("float64"),
        }
    )


def sessions(annotated: pd.DataFrame) -> pd.DataFrame:
    """One row per session: ``session_id, start, end, initiator, n_messages, n_turns,
    n_authors, answered``.

    ``start``/``end``: first message's timestamp and last message's end (timestamp plus duration
    when known); ``initiator``: the first message's author; ``answered``: more than one author.
    """
    t = turns(annotated)
    if t.empty:
        return pd.DataFrame(
            {
                "session_id": pd.Series([], dtype="int64"),
                "start": t["start"],
                "end": t["end"],
                "initiator": t[Col.AUTHOR],
                "n_messages": pd.Series([], dtype="int64"),
                "n_turns": pd.Series([], dtype="int64"),
                "n_authors": pd.Series([], dtype="int64"),
                "answered": pd.Series([], dtype="bool"),
            }
        )
    sid = t["session_id"].to_numpy()
    first = np.flatnonzero(np.r_[True, sid[1:] != sid[:-1]])
    codes = t[Col.AUTHOR].astype("category").cat.codes.to_numpy().astype(np.int64)
    pairs = pd.DataFrame({"s": sid, "a": codes}).drop_duplicates()
    n_authors = pairs.groupby("s", sort=True).size().to_numpy(dtype="int64")
    ends = t["end"].to_numpy()
    return pd.DataFrame(
        {
            "session_id": sid[first].astype("int64"),
            "start": t["start"].iloc[first].reset_index(drop=True),
            "end": pd.Series(np.maximum.reduceat(ends, first), dtype=t["end"].dtype)
            if not isinstance(t["end"].dtype, pd.DatetimeTZDtype)
            else t["end"].groupby(sid, sort=True).max().reset_index(drop=True),
            "initiator": t[Col.AUTHOR].iloc[first].reset_index(drop=True),
            "n_messages": np.add.reduceat(t["n_messages"].to_numpy(), first).astype("int64"),
            "n_turns": np.diff(np.r_[first, len(sid)]).astype("int64"),
            "n_authors": n_authors,
            "answered": n_authors > 1,
        }
    )


def replies(turns: pd.DataFrame) -> pd.DataFrame:
    """One row per turn: ``turn_id, author, to_author, prev_turn_id, latency_s``.

    ``prev_turn_id`` is the previous turn when it is in the same session (then by another author,
    by construction), else -1; ``to_author`` its author (missing when none); ``latency_s`` the
    seconds from the end of that turn (its last message; for transcripts the end of its last cue)
    to the start of this one, NaN when there is none. Overlapping transcript cues give 0.
    """
    same = turns["session_id"].eq(turns["session_id"].shift(1)).to_numpy()
    prev_id = np.where(same, turns["turn_id"].shift(1).fillna(-1).to_numpy(), -1).astype("int64")
    prev_author = turns[Col.AUTHOR].shift(1)
    to_author = prev_author.where(same)
    gap = (turns["start"] - turns["end"].shift(1)).dt.total_seconds()
    latency = gap.where(same).clip(lower=0.0)
    return pd.DataFrame(
        {
            "turn_id": turns["turn_id"].to_numpy(dtype="int64"),
            "author": turns[Col.AUTHOR].reset_index(drop=True),
            "to_author": to_author.reset_index(drop=True),
            "prev_turn_id": prev_id,
            "latency_s": latency.to_numpy(dtype="float64"),
        }
    )
