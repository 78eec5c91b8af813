"""Draw the eleventh real-register set, ``register/goemotions11_dev.tsv`` (seeded, reproducible).

Real Reddit comments from GoEmotions **train** only, all ``dev``, drawn after the changes made
with the tenth set and labelled by hand before any detector was scored on them: a check, on
text nobody here wrote, of how the whose-feeling rule and the support families read feelings
said to the reader. Where the tenth draw took a feeling *word* near a second-person word, this
one takes comments that GoEmotions' raters labelled with a feeling (caring, sadness, fear,
nervousness, grief, remorse, disappointment, embarrassment, pride, relief, joy, love) and that
hold a second-person word anywhere, plus comments with a second-person word labelled neutral
(look-alikes). Stratified by the GoEmotions labels and the comment's own words only, never by
what a detector says::

    python -m tests.realtext.register_draw11 > draw11.tsv

Each line is ``id <TAB> dev <TAB> text``, sorted by id. Left out: everything the tenth draw left
out, the tenth draw itself, and every text of the register files before this one.
"""

from __future__ import annotations

import sys

import pandas as pd

from tests.realtext.goemotions import load
from tests.realtext.register import DEV_FILES, FILES, escape
from tests.realtext.register import load as load_register
from tests.realtext.register_draw6 import draw6, draw_strata, taken
from tests.realtext.register_draw10 import ANY_READER, draw10

SEED11 = 20261209
FELT = {
    "caring",
    "sadness",
    "fear",
    "nervousness",
    "grief",
    "remorse",
    "disappointment",
    "embarrassment",
    "pride",
    "relief",
    "joy",
    "love",
}
#: (GoEmotions labels any of which a comment must carry, how many); each with a second-person word
STRATA11 = ((FELT, 200), ({"neutral"}, 50))


def draw11() -> pd.DataFrame:
    """The eleventh draw (``id``, ``text``), sorted by id."""
    ids, texts = taken()
    ids |= set(draw6()["id"]) | set(draw10()["id"])
    for name in FILES + DEV_FILES[: DEV_FILES.index("goemotions11_dev")]:
        texts |= set(load_register(name)["text"])
    train = load("train")
    ok_all = ~train["id"].isin(ids) & ~train["text"].isin(texts)
    ok_all &= train["text"].str.len().between(12, 400) & train["text"].str.contains(ANY_READER)
    return draw_strata(train, ok_all, STRATA11, SEED11, ids)


def main() -> None:
    for cid, text in draw11().itertuples(index=False):
        sys.stdout.write(f"{cid}\tdev\t{escape(text)}\n")


if __name__ == "__main__":
    main()
