"""Two-person chats stitched from real comments, to check the signs on language nobody here wrote.

Every message is a real Reddit comment (GoEmotions train, or the hand-labelled acts set drawn
from it); only who says what, and when, is arranged. The choice is seeded and uses the human
labels, never what the detectors say:

- ``comforted``: over ten weeks, Sam states troubles in the first person (comments labelled
  sadness, fear, nervousness or grief that start with "I"), and Kit answers each with a comment
  hand-labelled as support (``SUP``); light neutral comments from both fill the days. A careful
  reader says Sam is plainly comforted.
- ``venting``: the same, but Sam's troubles are anger and annoyance about other people
  (comments without "you"), and Kit answers with support. Nothing here is a grievance against
  Kit, so disappointment and criticism must not be read against Kit.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from tests.realtext.evaluate import load_acts
from tests.realtext.goemotions import load

SEED = 11
WEEKS = 10
_YOU = re.compile(r"\b(?:you|your|you're|u|ur|yourself)\b", re.IGNORECASE)


def _pick(rng: np.random.Generator, pool: pd.Series, n: int) -> list[str]:
    pool = pool.drop_duplicates()
    return pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))].tolist()


def stitched(kind: str) -> pd.DataFrame:
    """``time``, ``author``, ``text`` of one stitched chat (``comforted`` or ``venting``)."""
    rng = np.random.default_rng(SEED)
    train = load("train")
    text = train["text"]
    short = text.str.len().between(20, 200) & ~text.str.contains(
        r"\[NAME\]|\[RELIGION\]", regex=True
    )
    if kind == "comforted":
        want = {"sadness", "fear", "nervousness", "grief"}
        troubles = train[
            short
            & text.str.match(r"I\b|I'm\b|I’m\b")
            & train["labels"].map(lambda ls: bool(ls & want))
        ]
    elif kind == "venting":
        want = {"anger", "annoyance"}
        troubles = train[
            short
            & ~text.str.contains(_YOU)
            & train["labels"].map(lambda ls: bool(ls & want) and "neutral" not in ls)
        ]
    else:
        raise ValueError(kind)
    neutral = train[
        short & train["labels"].map(lambda ls: ls == {"neutral"}) & ~text.str.contains(r"\?")
    ]
    acts = load_acts()
    support = acts[acts["labels"].str.split().map(lambda ls: ls == ["SUP"])]["text"]
    n = 3 * WEEKS
    said = _pick(rng, troubles["text"], n)
    replies = _pick(rng, support[support.str.len() <= 300], n)
    chat_sam = _pick(rng, neutral["text"], 2 * n)
    chat_kit = _pick(rng, neutral["text"], 2 * n)
    rows = []
    start = pd.Timestamp("2025-03-03 18:00")
    for k in range(n):
        day = start + pd.Timedelta(days=7 * (k // 3) + 2 * (k % 3))
        rows += [
            (day, "Sam", chat_sam[2 * k]),
            (day + pd.Timedelta(minutes=3), "Kit", chat_kit[2 * k]),
            (day + pd.Timedelta(minutes=6), "Sam", said[k]),
            (day + pd.Timedelta(minutes=9), "Kit", replies[k]),
            (day + pd.Timedelta(minutes=12), "Sam", chat_sam[2 * k + 1]),
            (day + pd.Timedelta(minutes=15), "Kit", chat_kit[2 * k + 1]),
        ]
    return pd.DataFrame(rows, columns=["time", "author", "text"])
