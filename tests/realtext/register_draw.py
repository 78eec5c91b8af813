"""Draw the GoEmotions *train* comments of the real-register check (seeded, reproducible).

The draw is stratified by the GoEmotions emotion labels only (never by what our detectors say),
leaning towards caring and sad comments so that real support and real reflections of the
reader's feeling have enough positives; comments already hand-labelled in ``labelled/acts.tsv``
are left out. The output is sorted by id, so the labeller does not see the stratum::

    python -m tests.realtext.register_draw > draw.tsv
    python -m tests.realtext.register_draw 2 > draw2.tsv   # the second, all-frozen draw

Each line is ``id <TAB> part <TAB> text``; the labels in ``register/goemotions.tsv`` were
written by hand from the text alone (the GoEmotions labels are not ours). The second draw
(:func:`draw2`, ``register/goemotions2.tsv``) uses its own seed and leaves out every comment of
the first draw and of both hand-labelled acts files; all of its comments are frozen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from tests.realtext.goemotions import load
from tests.realtext.register import escape, part

SEED = 20261206
ACTS = "labelled/acts.tsv"
SEED2 = 20261207
#: every comment already labelled somewhere; the second draw leaves them all out
TAKEN2 = ("labelled/acts.tsv", "labelled/acts_frozen2.tsv", "register/goemotions.tsv")
#: (GoEmotions labels any of which a comment must carry, or None for any comment; how many)
STRATA = (
    ({"caring"}, 90),
    ({"sadness", "grief", "disappointment", "nervousness", "fear", "remorse"}, 60),
    ({"admiration", "approval", "optimism", "pride"}, 40),
    ({"gratitude", "love", "joy", "relief"}, 20),
    ({"anger", "annoyance", "disapproval"}, 20),
    ({"neutral"}, 50),
    (None, 20),
    # a second caring draw, added after the first 300 were labelled (the first draws are unchanged)
    ({"caring"}, 150),
)
#: the second draw (``register/goemotions2.tsv``), all frozen
STRATA2 = (
    ({"caring"}, 55),
    ({"sadness", "grief", "disappointment", "nervousness", "fear", "remorse"}, 20),
    ({"admiration", "approval", "optimism", "pride"}, 15),
    ({"gratitude", "love", "joy", "relief"}, 10),
    ({"anger", "annoyance", "disapproval"}, 10),
    ({"neutral"}, 10),
)


def _ids(relpath: str) -> set[str]:
    frame = pd.read_csv(
        Path(__file__).parent / relpath,
        sep="\t",
        header=None,
        usecols=[0],
        names=["id"],
        quoting=3,
        dtype=str,
    )
    return set(frame["id"])


def draw() -> pd.DataFrame:
    """The drawn comments (``id``, ``text``), sorted by id."""
    return _draw(SEED, STRATA, _ids(ACTS))


def draw2() -> pd.DataFrame:
    """The second draw (``id``, ``text``), sorted by id: none of it was labelled before."""
    taken: set[str] = set()
    for relpath in TAKEN2:
        taken |= _ids(relpath)
    return _draw(SEED2, STRATA2, taken)


def _draw(seed: int, strata, taken: set[str]) -> pd.DataFrame:
    train = load("train")
    taken = set(taken)
    rng = np.random.default_rng(seed)
    picks = []
    for labels, n in strata:
        ok = train["labels"].map(lambda ls, want=labels: want is None or bool(want & ls))
        ok &= ~train["id"].isin(taken) & train["text"].str.len().between(8, 400)
        pool = train[ok]
        pick = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))]
        taken.update(pick["id"])
        picks.append(pick[["id", "text"]])
    return pd.concat(picks).sort_values("id").reset_index(drop=True)


def main(argv: list[str]) -> None:
    second = argv[:1] == ["2"]
    for cid, text in (draw2() if second else draw()).itertuples(index=False):
        kind = "frozen" if second else part(cid)
        sys.stdout.write(f"{cid}\t{kind}\t{escape(text)}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
