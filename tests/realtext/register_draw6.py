"""Draw the sixth real-register set, ``register/goemotions6_dev.tsv`` (seeded, reproducible).

Real Reddit comments from GoEmotions **train** only, all ``dev``: development material for the
support families, drawn after the earlier sets and labelled by hand before any detector was
changed for it. The draw is stratified by the GoEmotions labels and by the comment's own words
(never by what our detectors say), leaning towards supportive, affirming, caring, approving
and grateful comments and towards comments that name a feeling of the reader ("you seem",
"hope you", "jealous", "proud of you" ...), plus ordinary comments::

    python -m tests.realtext.register_draw6 > draw6.tsv

Each line is ``id <TAB> dev <TAB> text``, sorted by id so the labeller does not see the stratum.
Left out: every comment already hand-labelled (``labelled/acts.tsv``, the ids of
``labelled/acts_frozen2.tsv``, ``register/goemotions.tsv``), every comment of the second,
frozen draw (reproduced by :func:`tests.realtext.register_draw.draw2` from its seed, so the
frozen file itself is never opened), and any text already in a non-frozen register file.
"""

from __future__ import annotations

import re
import sys

import numpy as np
import pandas as pd

from tests.realtext.goemotions import load
from tests.realtext.register import escape
from tests.realtext.register import load as load_register
from tests.realtext.register_draw import TAKEN2, _ids, draw2

SEED6 = 20261208
#: the non-frozen register files drawn or written before this one (their texts are left out)
EARLIER = ("written", "goemotions", "written3_dev", "written4_check", "written5_dev")
#: a comment naming a feeling or a state of the reader, or a wish / praise aimed at them
READER_WORDING = re.compile(
    r"\b(?:you(?:'re| are)? (?:seem|sound|look|must)|hope (?:you|u|ur|your)|wish(?:ing)? (?:you|u)"
    r"|jealous|envious|proud of (?:you|u)|glad (?:you|u)|happy for (?:you|u)"
    r"|you(?:'ll| will)? (?:be ok|get through|be fine)|it(?:'ll| will) (?:get|be) better"
    r"|good (?:for|on) (?:you|u)|you deserve|you got this)\b",
    re.IGNORECASE,
)
#: (GoEmotions labels any of which a comment must carry, or a wording, or None; how many)
STRATA6 = (
    ({"caring"}, 60),
    (READER_WORDING, 60),
    ({"admiration", "approval", "pride"}, 45),
    ({"gratitude", "optimism", "relief"}, 25),
    ({"sadness", "grief", "disappointment", "nervousness", "fear", "remorse"}, 20),
    ({"neutral"}, 40),
    (None, 30),
)


def taken() -> tuple[set[str], set[str]]:
    """(ids, texts) of every comment the draw must leave out."""
    ids: set[str] = set()
    for relpath in TAKEN2:
        ids |= _ids(relpath)
    second = draw2()
    ids |= set(second["id"])
    texts = set(second["text"])
    for name in EARLIER:
        texts |= set(load_register(name)["text"])
    return ids, texts


def draw6() -> pd.DataFrame:
    """The sixth draw (``id``, ``text``), sorted by id."""
    ids, texts = taken()
    train = load("train")
    ok_all = ~train["id"].isin(ids) & ~train["text"].isin(texts)
    ok_all &= train["text"].str.len().between(8, 400)
    return draw_strata(train, ok_all, STRATA6, SEED6, ids)


def draw_strata(
    train: pd.DataFrame, ok_all: pd.Series, strata, seed: int, ids: set[str]
) -> pd.DataFrame:
    """A seeded draw of ``train`` rows allowed by ``ok_all``, stratum by stratum: each of
    ``strata`` is (what a row must carry, how many), where what is a set of GoEmotions labels
    (any of them), a regex on the text, a boolean mask, or None (any row); no row is drawn twice
    (``ids`` grows). Sorted by id, one row per text."""
    rng = np.random.default_rng(seed)
    picks = []
    for want, n in strata:
        if want is None:
            ok = ok_all.copy()
        elif isinstance(want, re.Pattern):
            ok = ok_all & train["text"].str.contains(want)
        elif isinstance(want, pd.Series):
            ok = ok_all & want
        else:
            ok = ok_all & train["labels"].map(lambda ls, w=want: bool(w & ls))
        ok &= ~train["id"].isin(ids)
        pool = train[ok]
        pick = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))]
        ids.update(pick["id"])
        picks.append(pick[["id", "text"]])
    out = pd.concat(picks).drop_duplicates("text")
    return out.sort_values("id").reset_index(drop=True)


def main() -> None:
    for cid, text in draw6().itertuples(index=False):
        sys.stdout.write(f"{cid}\tdev\t{escape(text)}\n")


if __name__ == "__main__":
    main()
