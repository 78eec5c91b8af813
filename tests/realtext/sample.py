"""Draw the comments from GoEmotions *train* that were hand-labelled for acts (seeded,
reproducible).

The sample is stratified by the GoEmotions emotion labels only (never by what our detectors say),
so that the rarer acts (support, repair, criticism aimed at the reader, invalidation) have enough
positives::

    python -m tests.realtext.sample > sample.tsv

Each comment is assigned to the ``dev`` part (labels may be used to improve the detectors) or the
``frozen`` part (labelled and committed before any detector ran on it; evaluated once) by its id.
"""

from __future__ import annotations

import hashlib
import sys

import numpy as np

from tests.realtext.goemotions import load

SEED = 20261202
#: (name, GoEmotions labels any of which a comment must carry, need "you", how many)
STRATA = (
    ("caring", {"caring"}, False, 150),
    ("remorse", {"remorse"}, False, 90),
    ("hostile-you", {"anger", "annoyance", "disapproval", "disgust"}, True, 110),
    ("hostile", {"anger", "annoyance", "disapproval", "disgust"}, False, 60),
    (
        "sad",
        {"sadness", "disappointment", "grief", "fear", "nervousness", "embarrassment"},
        False,
        120,
    ),
    ("approving", {"approval", "admiration", "optimism", "love"}, False, 70),
    ("neutral", {"neutral"}, False, 80),
    ("any", None, False, 40),
)


def part(comment_id: str) -> str:
    """``frozen`` for about half of the ids, by a hash (stable across runs and machines)."""
    return "frozen" if hashlib.sha256(comment_id.encode()).digest()[0] % 2 else "dev"


#: The second frozen batch (all of it frozen): drawn after the first batch's frozen part had been
#: scored four times, from comments not in the first batch, labelled and committed before any
#: detector ran on it (``python -m tests.realtext.sample --batch 2``).
SEED_2 = 20261206
STRATA_2 = (
    ("caring", {"caring"}, False, 25),
    ("remorse", {"remorse"}, False, 15),
    ("hostile-you", {"anger", "annoyance", "disapproval", "disgust"}, True, 30),
    ("hostile", {"anger", "annoyance", "disapproval", "disgust"}, False, 10),
    (
        "sad",
        {"sadness", "disappointment", "grief", "fear", "nervousness", "embarrassment"},
        False,
        15,
    ),
    ("approving", {"approval", "admiration", "optimism", "love"}, False, 10),
    ("neutral", {"neutral"}, False, 8),
    ("any", None, False, 7),
)


def draw(batch: int = 1) -> list[tuple[str, str, str]]:
    train = load("train")
    rng = np.random.default_rng(SEED if batch == 1 else SEED_2)
    taken: set[str] = set()
    if batch == 2:
        taken = {cid for cid, _name, _text in draw(1)}
    rows = []
    has_you = train["text"].str.contains(r"\b(?:you|your|you're|u|ur)\b", case=False, regex=True)
    for name, labels, need_you, n in STRATA if batch == 1 else STRATA_2:
        ok = train["labels"].map(lambda ls, want=labels: want is None or bool(want & set(ls)))
        ok &= ~train["id"].isin(taken) & train["text"].str.len().between(8, 400)
        if need_you:
            ok &= has_you
        pool = train[ok]
        pick = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))]
        taken.update(pick["id"])
        rows += [(cid, name, text) for cid, text in zip(pick["id"], pick["text"], strict=True)]
    return rows


def main(argv: list[str]) -> None:
    out = sys.stdout
    if argv[:2] == ["--batch", "2"]:
        for cid, name, text in draw(2):
            out.write(f"{cid}\tfrozen\t{name}\t{text}\n")
        return
    for cid, name, text in draw():
        out.write(f"{cid}\t{part(cid)}\t{name}\t{text}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
