"""Typo corrections: a message that only corrects the one before it ("*crying", "tired*").

People fix a typo by sending the right word with an asterisk. Such a message is read into the
message it corrects (the closest word there is replaced by the correction, or the correction is
added when no word is close), and carries no feeling of its own: "im so tred" then "*tired" is
one tiredness, not two, and "*crying" alone is never a tier-3 disclosure. The message corrected is
the one right before, by the same author, in the same session. Detection is one regex over the
whole column; only the (few) corrections are then rewritten one by one.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

#: One to three words with an asterisk before or after them (not both: "*hugs*" is an action),
#: and nothing else.
_WORDS = r"[^\W\d_][\w']*(?: [^\W\d_][\w']*){0,2}"
CORRECTION = re.compile(rf"^\s*(?:\*+ ?(?P<a>{_WORDS})|(?P<b>{_WORDS}) ?\*+)\s*$")
#: How close a word of the corrected message must be to be the one replaced.
CLOSE = 0.5


def find(texts: pd.Series, authors: pd.Series, sessions: pd.Series, is_text) -> np.ndarray:
    """For each row, the position of the message it corrects, or -1 (not a correction, or
    nothing before it to correct: the first message of a session or of another author)."""
    is_text = np.asarray(is_text, dtype=bool)
    fix = np.zeros(len(texts), dtype=bool)
    starred = is_text & texts.str.contains("*", regex=False).fillna(False).to_numpy(dtype=bool)
    if starred.any():  # the regex reads only the messages with a star
        fix[starred] = texts[starred].str.fullmatch(CORRECTION).to_numpy(dtype=bool)
    prev_text = np.r_[False, is_text[:-1]]
    same = (
        (authors.to_numpy() == authors.shift(1).to_numpy())
        & (sessions.to_numpy() == sessions.shift(1).to_numpy())
        & prev_text
    )
    target = np.full(len(texts), -1, dtype=np.int64)
    ok = fix & same & ~np.r_[False, fix[:-1]]  # a correction of a correction corrects nothing
    target[ok] = np.flatnonzero(ok) - 1
    return target


def corrected(text: str, fix: str) -> str:
    """``text`` with the word closest to ``fix`` replaced by it (``fix`` added when none is)."""
    found = CORRECTION.match(fix)
    word = found["a"] or found["b"]
    tokens = text.split(" ")
    scores = [SequenceMatcher(None, t.lower().strip(".,!?"), word.lower()).ratio() for t in tokens]
    best = int(np.argmax(scores)) if scores else -1
    if best < 0 or scores[best] < CLOSE or " " in word:
        return f"{text} {word}"
    tail = tokens[best][len(tokens[best].rstrip(".,!?")) :]
    return " ".join([*tokens[:best], word + tail, *tokens[best + 1 :]])


def apply(read: pd.Series, target: np.ndarray) -> pd.Series:
    """``read`` with every corrected message rewritten by its correction."""
    rows = np.flatnonzero(target >= 0)
    if not len(rows):
        return read
    out = read.copy()
    for row in rows:
        prev = target[row]
        out.iat[prev] = corrected(str(out.iat[prev]), str(read.iat[row]))
    return out


def blank(target: np.ndarray, cats, floats, flags, terms, reflected) -> None:
    """A correction carries no feeling of its own: no category, tier, valence, emotion word or
    feeling statement (in place, on :func:`analyzer.nlp.features.extract`'s arrays)."""
    rows = target >= 0
    if rows.any():
        cats[rows] = 0.0
        floats[rows, :4] = 0.0
        floats[rows, 4] = np.nan
        flags[rows, 1] = False  # feeling statement
        flags[rows, 7] = False  # laughed off
        flags[rows, 9] = False  # reflection
        terms[rows] = ""
        reflected[rows] = ""
