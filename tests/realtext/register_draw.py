"""Draw the GoEmotions *train* comments of the real-register check (seeded, reproducible).

The draw is stratified by the GoEmotions emotion labels only (never by what our detectors say),
leaning towards caring and sad comments so that real support and real reflections of the
reader's feeling have enough positives; comments already hand-labelled in ``labelled/acts.tsv``
are left out. The output is sorted by id, so the labeller does not see the stratum::

    python -m tests.realtext.register_draw > /tmp/draw.tsv

Each line is ``id <TAB> part <TAB> text``; the labels in ``register/goemotions.tsv`` were
written by hand from the text alone (the GoEmotions labels are not ours).
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


def draw() -> pd.DataFrame:
    """The drawn comments (``id``, ``text``), sorted by id."""
    train = load("train")
    acts = pd.read_csv(
        Path(__file__).parent / ACTS,
        sep="\t",
        header=None,
        usecols=[0],
        names=["id"],
        quoting=3,
        dtype=str,
    )
    taken: set[str] = set(acts["id"])
    rng = np.random.default_rng(SEED)
    picks = []
    for labels, n in STRATA:
        ok = train["labels"].map(lambda ls, want=labels: want is None or bool(want & ls))
        ok &= ~train["id"].isin(taken) & train["text"].str.len().between(8, 400)
        pool = train[ok]
        pick = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))]
        taken.update(pick["id"])
        picks.append(pick[["id", "text"]])
    return pd.concat(picks).sort_values("id").reset_index(drop=True)


def main() -> None:
    for cid, text in draw().itertuples(index=False):
        sys.stdout.write(f"{cid}\t{part(cid)}\t{escape(text)}\n")


if __name__ == "__main__":
    main()
