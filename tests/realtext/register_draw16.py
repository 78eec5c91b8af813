"""Draw the sixteenth real-register set, ``register/goemotions16_dev.tsv`` (seeded, reproducible).

A sixth check drawn the way the eleventh to fifteenth were (:mod:`tests.realtext.register_draw11`:
GoEmotions **train** comments that raters labelled with a feeling and that hold a second-person
word, and neutral ones that hold one), with its own seed, after the changes made with the tenth
to fifteenth sets, and labelled by hand before any detector was scored on it::

    python -m tests.realtext.register_draw16 > draw16.tsv

Each line is ``id <TAB> dev <TAB> text``, sorted by id. Left out: everything the fifteenth draw
left out, the fifteenth draw itself, and every text of the register files before this one.
"""

from __future__ import annotations

import sys

import pandas as pd

from tests.realtext.goemotions import load
from tests.realtext.register import DEV_FILES, FILES, escape
from tests.realtext.register import load as load_register
from tests.realtext.register_draw6 import draw6, draw_strata, taken
from tests.realtext.register_draw10 import ANY_READER, draw10
from tests.realtext.register_draw11 import STRATA11, draw11
from tests.realtext.register_draw12 import draw12
from tests.realtext.register_draw13 import draw13
from tests.realtext.register_draw14 import draw14
from tests.realtext.register_draw15 import draw15

SEED16 = 20261216


def draw16() -> pd.DataFrame:
    """The sixteenth draw (``id``, ``text``), sorted by id."""
    ids, texts = taken()
    for earlier in (draw6, draw10, draw11, draw12, draw13, draw14, draw15):
        ids |= set(earlier()["id"])
    for name in FILES + DEV_FILES[: DEV_FILES.index("goemotions16_dev")]:
        texts |= set(load_register(name)["text"])
    train = load("train")
    ok_all = ~train["id"].isin(ids) & ~train["text"].isin(texts)
    ok_all &= train["text"].str.len().between(12, 400) & train["text"].str.contains(ANY_READER)
    return draw_strata(train, ok_all, STRATA11, SEED16, ids)


def main() -> None:
    for cid, text in draw16().itertuples(index=False):
        sys.stdout.write(f"{cid}\tdev\t{escape(text)}\n")


if __name__ == "__main__":
    main()
