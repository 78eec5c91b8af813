"""Which rows WITHOUT emotion of BRIGHTER's Hindi TRAIN split (never dev) the reading raises to
tier >= 2, and by what: text nobody here wrote, to find forms of "no disclosure by the writer"
(news and report prose, logistics, plans, greetings, third-person events, requests) that the
pack reads, or lets the model read, as a disclosure.

    python -m tests.realtext.hi_none_fires                  # figures and every raised row
    python -m tests.realtext.hi_none_fires --folds F.pkl    # the same, the out-of-fold models
                                                            # kept in F.pkl (fitted there once)

Three readings are given, each at the shipped threshold:

- ``lexicon``: the lexicon (or the feeling statement) alone puts the row at tier >= 2;
- ``shipped``: the pass as it is, with the shipped model (``hi/emotion_model.json``); it was
  fitted on these rows, so its figure on them is in-sample and flatters it;
- ``oof``: each row scored by a model fitted, as ``tests.realtext.train`` fits its folds, on the
  other four seeded folds of the training rows (BRIGHTER's train split and the gold set's
  development part); the shipped threshold was chosen on these out-of-fold scores. Nothing is
  written to the pack: the shipped model is never refitted here. With ``--folds`` the fold
  models are fitted once (on the features of the pack as it stood then) and kept, so a later run
  measures what a change of the pack alone does to the same models.

``hi_none_fires.tsv`` keeps the rows raised before "Languages II" (the shipped model or the
out-of-fold one; the lexicon raised none), each with its cause, read by hand (request, logistics,
plan, third-person event, the ordinary, report register, dream, question to the reader), and the
pack data that now keeps it below tier 2 with the same fold models, or "left". Those figures are
on rows the forms were written after reading: tuned-on text, not a held-out figure.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np


def _fold_models(use, feats, clear, path: Path | None):
    from tests.realtext.train import FOLDS, fit_model, folds_of

    if path is not None and path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    fold = folds_of(use)
    models = [fit_model(use[fold != k], feats, clear, "hi")[1] for k in range(FOLDS)]
    out = (fold, models)
    if path is not None:
        with path.open("wb") as f:
            pickle.dump(out, f)
    return out


def readings(folds: Path | None = None) -> dict:
    """Per training row: text, positive, negative, from the gold set, lexicon-deep, the shipped
    decision and the out-of-fold decision."""
    from tests.realtext import train

    texts, clear, neutral, _record, from_gold, _stand = train.training_rows("hi")
    words: list[tuple[str, ...]] = []
    feats, stands, eligible = train.analysed(texts, words, "hi")
    shipped = train.read_model(train.model_file("hi"))
    t = shipped.threshold
    use = np.flatnonzero(clear | neutral)
    fold, models = _fold_models(use, feats, clear, folds)
    n = len(texts)
    ship = np.zeros(n, dtype=bool)
    oof = np.zeros(n, dtype=bool)
    strongest = [""] * n
    for j, i in enumerate(use):
        if stands[i]:
            ship[i] = oof[i] = True
            continue
        if not eligible[i]:
            continue
        if shipped.probability(feats[i]) >= t and not train.dropped(shipped, feats[i], words[i]):
            ship[i] = True
        m = models[fold[j]]
        if m.probability(feats[i]) >= t and not train.dropped(m, feats[i], words[i]):
            oof[i] = True
            strongest[i] = m.strongest_word(feats[i]) or ""
    return {
        "texts": texts,
        "positive": clear,
        "negative": neutral,
        "gold": from_gold,
        "lexicon": stands,
        "shipped": ship,
        "oof": oof,
        "strongest": strongest,
    }


def figures(r: dict) -> dict:
    brighter = ~r["gold"]
    out = {}
    for name in ("lexicon", "shipped", "oof"):
        deep = r[name]
        out[name] = {
            "brighter_none_raised": int((deep & r["negative"] & brighter).sum()),
            "brighter_none": int((r["negative"] & brighter).sum()),
            "tier2_on_brighter_none": round(float(deep[r["negative"] & brighter].mean()), 4),
            "tier2_on_brighter_emotional": round(float(deep[r["positive"] & brighter].mean()), 4),
            "gold_negatives_raised": int((deep & r["negative"] & r["gold"]).sum()),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realtext.hi_none_fires")
    parser.add_argument("--folds", type=Path, help="keep (or read) the fold models here")
    parser.add_argument("--figures", action="store_true", help="the figures alone")
    args = parser.parse_args(argv)
    r = readings(args.folds)
    print(json.dumps(figures(r), indent=2))
    if args.figures:
        return 0
    for i, text in enumerate(r["texts"]):
        if not (r["negative"][i] and not r["gold"][i]):
            continue
        how = [k for k in ("lexicon", "shipped", "oof") if r[k][i]]
        if how:
            where = f"{','.join(how)} [{r['strongest'][i]}]"
            print(f"{i}\t{where}\t{text[:200]}".replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
