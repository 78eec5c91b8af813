"""Build tiny chats with hand-set NLP feature columns for the metrics tests."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from analyzer import structure
from analyzer.metrics import Measures, compute
from analyzer.metrics.base import CATEGORIES, FW_CATEGORIES
from analyzer.schema import normalize_messages
from analyzer.settings import Settings

START = pd.Timestamp("2024-01-01 09:00")  # a Monday

DEFAULTS: dict[str, object] = {
    "words": None,  # None: whitespace words of the text
    "chars": None,
    "emoji": 0,
    "emoji_affection": 0,
    "emphasis": False,
    "valence": 0.0,
    "tier": 0.0,
    "emotion_words": 0.0,
    "emotion_terms": "",
    "feeling": False,
    "feeling_valence": np.nan,
    "feeling_tier": np.nan,
    "question": False,
    "question_other": False,
    "followup": False,
    "at_partner": False,
    "about_self": False,
    "minimal": False,
    "laughter": False,
    **{f"cat_{c}": 0.0 for c in CATEGORIES},
    **{f"fw_{c}": 0 for c in FW_CATEGORIES},
}


def msg(
    minute: float, author: str | None, text: str = "hi", kind: str = "text", **features
) -> dict:
    """One message ``minute`` minutes after START (author None: a system notice)."""
    unknown = set(features) - set(DEFAULTS) - {"duration_s"}
    if unknown:
        raise KeyError(f"unknown feature {sorted(unknown)}")
    return {"minute": minute, "author": author, "text": text, "kind": kind, **features}


def build(rows: list[dict], *, gap: timedelta = timedelta(hours=2), lexicon: bool = True):
    """(frame, turns, sessions, replies) for ``rows`` built with :func:`msg`."""
    messages = normalize_messages(
        pd.DataFrame(
            {
                "timestamp": [START + pd.Timedelta(minutes=r["minute"]) for r in rows],
                "author": [r["author"] for r in rows],
                "text": [r["text"] for r in rows],
                "kind": ["system" if r["author"] is None else r["kind"] for r in rows],
                "duration_s": [r.get("duration_s", np.nan) for r in rows],
            }
        )
    )
    annotated = structure.annotate(messages, session_gap=gap)
    cols = {}
    for name, default in DEFAULTS.items():
        values = []
        for r in rows:
            is_text = r["author"] is not None and r["kind"] == "text"
            if name in r:
                values.append(r[name])
            elif name == "words":
                values.append(len(r["text"].split()) if is_text else 0)
            elif name == "chars":
                values.append(len(r["text"]) if is_text else 0)
            elif name in ("valence",) and not is_text:
                values.append(np.nan)
            else:
                values.append(default)
        cols[name] = values
    feats = pd.DataFrame(cols, index=annotated.index)
    for name in DEFAULTS:
        if name.startswith(("cat_", "tier", "emotion_words", "valence", "feeling_")):
            feats[name] = feats[name].astype("float64")
            if not lexicon and name.startswith(("cat_", "tier", "emotion_words")):
                feats[name] = np.nan
    feats["emotion_terms"] = feats["emotion_terms"].astype("string")
    frame = annotated.join(feats)
    turns = structure.turns(annotated)
    return frame, turns, structure.sessions(annotated), structure.replies(turns)


def run(
    rows: list[dict], *, participants=None, lexicon: bool = True, gap=timedelta(hours=2), **changes
) -> Measures:
    """compute() on ``rows`` with default settings (bootstrap_samples=50 unless changed)."""
    frame, turns, sessions, replies = build(rows, gap=gap, lexicon=lexicon)
    if participants is None:
        participants = [str(a) for a in pd.unique(frame["author"].dropna().astype("object"))]
    settings = Settings(bootstrap_samples=50).with_(**changes)
    return compute(
        frame,
        turns,
        sessions,
        replies,
        participants=list(participants),
        settings=settings,
        language="en",
        lexicon_applied=lexicon,
    )
