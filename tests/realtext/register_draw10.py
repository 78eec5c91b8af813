"""Draw the tenth real-register set, ``register/goemotions10_dev.tsv`` (seeded, reproducible).

Real Reddit comments from GoEmotions **train** only, all ``dev``: feelings named near the
reader, written by people who are not this project. Every earlier check of the whose-feeling
rule on wordings of our own was passed soon after it was written, while the frozen second set
kept about one in six of its reader's feelings read as the writer's: the forms that miss are
other people's. So this draw takes comments where a second-person word and a feeling word stand
in the same sentence (most of them), and, as look-alikes, comments with a feeling word and no
second-person word (the writer's own, or a third person's). It is stratified by the comment's
own words only, never by what a detector says::

    python -m tests.realtext.register_draw10 > draw10.tsv

Each line is ``id <TAB> dev <TAB> text``, sorted by id so the labeller does not see the stratum.
Left out: every comment left out of the sixth draw (:func:`tests.realtext.register_draw6.taken`,
which reproduces the frozen second draw from its seed, so the frozen file is never opened), the
sixth draw itself, and any text already in a non-frozen register file.
"""

from __future__ import annotations

import re
import sys

import pandas as pd

from tests.realtext.goemotions import load
from tests.realtext.register import DEV_FILES, FILES, escape
from tests.realtext.register import load as load_register
from tests.realtext.register_draw6 import draw6, draw_strata, taken

SEED10 = 20261207
#: second-person words as Reddit writes them
READER = r"(?:you|your|you're|youre|yours|yourself|u|ur)"
#: a plain list of common feeling words (ours; the draw's only use of them)
FEELING = (
    r"(?:sad|sadness|angry|anger|mad|upset|scared|scary|afraid|terrified|anxious|anxiety|nervous"
    r"|worried|worry|stressed|stress|happy|glad|proud|jealous|envious|hurt|hurts|lonely|alone"
    r"|ashamed|embarrassed|embarrassing|guilty|guilt|excited|relieved|disappointed|frustrated"
    r"|frustrating|annoyed|annoying|furious|heartbroken|depressed|depressing|miserable"
    r"|overwhelmed|exhausted|exhausting|painful|pain|upsetting|offended|triggered|salty|butthurt"
    r"|feel|feels|feeling|feelings|felt)"
)
#: a sentence holding both, in either order, within eight words of each other
NEAR = re.compile(
    rf"\b{READER}\b(?:\W+\w+){{0,8}}?\W+{FEELING}\b|\b{FEELING}\b(?:\W+\w+){{0,8}}?\W+{READER}\b",
    re.IGNORECASE,
)
ANY_READER = re.compile(rf"\b{READER}\b", re.IGNORECASE)
ANY_FEELING = re.compile(rf"\b{FEELING}\b", re.IGNORECASE)
#: (which comments, how many)
STRATA10 = (("near", 190), ("feeling_only", 60))


def draw10() -> pd.DataFrame:
    """The tenth draw (``id``, ``text``), sorted by id."""
    ids, texts = taken()
    ids |= set(draw6()["id"])
    for name in FILES + DEV_FILES[: DEV_FILES.index("goemotions10_dev")]:
        texts |= set(load_register(name)["text"])
    train = load("train")
    ok_all = ~train["id"].isin(ids) & ~train["text"].isin(texts)
    ok_all &= train["text"].str.len().between(12, 400)
    text = train["text"]
    masks = {
        "near": text.str.contains(NEAR),
        "feeling_only": text.str.contains(ANY_FEELING) & ~text.str.contains(ANY_READER),
    }
    strata = [(masks[stratum], n) for stratum, n in STRATA10]
    return draw_strata(train, ok_all, strata, SEED10, set(ids))


def main() -> None:
    for cid, text in draw10().itertuples(index=False):
        sys.stdout.write(f"{cid}\tdev\t{escape(text)}\n")


if __name__ == "__main__":
    main()
