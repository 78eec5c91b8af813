"""Invariants of compute() on random two-person chats (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.metrics.metrics_chat import msg, run

pytestmark = pytest.mark.slow  # hypothesis over whole chats

SHARES = ["word_share", "message_share", "turn_share", "char_share", "initiation_share"]

message = st.tuples(
    st.sampled_from([0, 1, 3, 200]),  # minutes since the previous message (200: new session)
    st.sampled_from(["Ana", "Ben"]),
    st.integers(min_value=1, max_value=4),  # words
    st.booleans(),  # question
    st.booleans(),  # feeling statement
    st.booleans(),  # validation
)
chats = st.lists(message, min_size=2, max_size=14).filter(
    lambda c: {"Ana", "Ben"} <= {a for _, a, *_ in c}
)


def rows(chat, names=None, offset=0):
    names = names or {}
    minute = offset
    out = []
    for gap, author, words, question, feeling, validation in chat:
        minute += gap
        out.append(
            msg(
                minute,
                names.get(author, author),
                " ".join(["w"] * words),
                question=question,
                feeling=feeling,
                feeling_valence=-0.5 if feeling else np.nan,
                tier=2.0 if feeling else 0.0,
                emotion_words=1.0 if feeling else 0.0,
                emotion_terms="sad" if feeling else "",
                cat_validation=float(validation),
            )
        )
    return out


def table(measures, names=None):
    v = measures.values.copy()
    if names:
        v["participant"] = v["participant"].map(lambda p: names.get(p, p))
    return v.set_index(["measure", "participant"])[["value", "n"]].sort_index()


FAST = dict(deadline=None, max_examples=8)


@settings(**FAST)
@given(chats)
def test_shares_sum_to_one(chat):
    m = run(rows(chat), bootstrap_samples=0)
    sums = [m.get(s, "Ana") + m.get(s, "Ben") for s in SHARES]
    assert sums == pytest.approx([1.0] * len(SHARES), abs=1e-12)


@settings(**FAST)
@given(chats)
def test_renaming_people_only_relabels(chat):
    names = {"Ana": "Zoë", "Ben": "Ana"}
    a = table(run(rows(chat), bootstrap_samples=0), names)
    b = table(run(rows(chat, names), bootstrap_samples=0))
    pd.testing.assert_frame_equal(a, b)


@settings(**FAST)
@given(chats)
def test_swapping_who_says_what_swaps_values(chat):
    swap = {"Ana": "Ben", "Ben": "Ana"}
    a = table(run(rows(chat), bootstrap_samples=0), swap)
    b = table(run(rows(chat, swap), bootstrap_samples=0))
    chat_level = a.index.get_level_values("participant") == ""
    # chat-level tests that pick "the top talker" may tie-break differently; compare the rest
    keep = ~(chat_level & (a.index.get_level_values("measure") == "dominance_p_value"))
    pd.testing.assert_frame_equal(a[keep], b[keep])


@settings(**FAST)
@given(chats)
def test_doubling_the_chat_keeps_shares(chat):
    once = rows(chat)
    twice = once + rows(chat, offset=once[-1]["minute"] + 10_000)
    a = run(once, bootstrap_samples=0)
    b = run(twice, bootstrap_samples=0)
    for share in [*SHARES, "question_share", "disclosure_share", "balance_index"]:
        for who in ("Ana", "Ben") if share != "balance_index" else ("",):
            x, y = a.get(share, who), b.get(share, who)
            assert (np.isnan(x) and np.isnan(y)) or abs(x - y) < 1e-12, (share, who, x, y)
