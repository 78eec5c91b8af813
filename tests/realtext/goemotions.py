"""Read the GoEmotions splits kept in ``tests/realtext/goemotions/`` (see PROVENANCE.md there)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

DIR = Path(__file__).parent / "goemotions"
LABELS: tuple[str, ...] = tuple((DIR / "labels.txt").read_text(encoding="utf-8").split())

#: The clearly emotional labels: a comment with any of them should reach tier >= 2.
CLEAR = frozenset(
    {
        "anger",
        "annoyance",
        "sadness",
        "grief",
        "fear",
        "nervousness",
        "disappointment",
        "remorse",
        "joy",
        "love",
        "caring",
        "gratitude",
        "pride",
        "relief",
        "excitement",
        "embarrassment",
        "disgust",
    }
)

#: Clear emotions a person *discloses*. The other three of CLEAR are responses to the reader
#: (caring -> support, gratitude -> thanks, remorse -> apology), which the pass reads as acts
#: (``cat_support``, ``cat_gratitude``, ``cat_repair``) at tier 1, not as disclosures.
DISCLOSED = CLEAR - {"caring", "gratitude", "remorse"}


def load(split: str) -> pd.DataFrame:
    """``text``, ``labels`` (a frozenset of label names) and ``id`` for ``train`` or ``dev``."""
    frame = pd.read_csv(
        DIR / f"{split}.tsv",
        sep="\t",
        header=None,
        names=["text", "ids", "id"],
        quoting=3,
        keep_default_na=False,
        dtype=str,
    )
    frame["labels"] = frame["ids"].map(lambda s: frozenset(LABELS[int(i)] for i in s.split(",")))
    return frame[["text", "labels", "id"]]
