"""Turns, sessions and replies: pure functions of ``messages`` plus the session gap.

CONTRACT (the structure/metrics work implements it; later stages rely on these names):

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
