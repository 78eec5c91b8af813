"""What the pack tests share: reading a list of chat messages with the pass, and comparing one
message's reading with the tuple its test table expects.

A pack test holds two tables: ``CASES`` (text -> tier, feeling statement, question, question
about the other, categories that must be counted) and ``NOT`` (near misses: text -> categories
that must not be counted). Both are read in one pass, cases first.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analyzer.nlp import features
from tests.realtext.evaluate import comment_frame


def read(texts: Iterable[str]) -> features.Features:
    """The pass over ``texts`` as one chat of comments (one author each)."""
    return features.extract(comment_frame(list(texts)))


def frame_of(extracted: features.Features) -> pd.DataFrame:
    """The feature frame, one row per text in order."""
    return extracted.frame.reset_index(drop=True)


def reading(row: pd.Series) -> tuple[int, bool, bool, bool]:
    """(tier, feeling statement, question, question about the other) of one message."""
    return (int(row["tier"]), bool(row["feeling"]), bool(row["question"]),
            bool(row["question_other"]))  # fmt: skip


def missing(row: pd.Series, categories: Iterable[str]) -> list[str]:
    """The categories of ``categories`` the message does not count."""
    return [c for c in categories if row[f"cat_{c}"] <= 0]


def counted(row: pd.Series, categories: Iterable[str]) -> list[str]:
    """The categories of ``categories`` the message counts."""
    return [c for c in categories if row[f"cat_{c}"] > 0]
