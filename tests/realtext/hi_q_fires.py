"""Where the Hindi question detector ("Q", feature ``question``) fires on BRIGHTER's Hindi TRAIN
split (never dev): text nobody here wrote, to find the question detector's false alarms.

    python -m tests.realtext.hi_q_fires            # counts, and every fire without a "?"
    python -m tests.realtext.hi_q_fires --all      # every fire

The judged fires are kept in ``hi_q_fires.tsv`` (row index of train_hin.csv, text, verdict y/n,
reason); the precision on that judged list is tuned-on text, not a held-out figure.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from tests.realtext.brighter import rows

TSV = Path(__file__).with_name("hi_q_fires.tsv")


def fires() -> list[tuple[int, str]]:
    """(row index, text) of every train_hin row where Q fires, each read in Hindi."""
    from analyzer.nlp import language
    from tests.realtext.evaluate import features_of

    texts = rows("train", "hin")["text"].tolist()
    feats = features_of(texts)
    if "language" in feats:
        langs = {language.pack_of(x) for x in feats["language"].dropna().unique()}
        if langs - {"hi"}:
            print(f"note: some rows read as {sorted(langs)}", file=sys.stderr)
    q = feats["question"].fillna(False).astype(bool).to_numpy()
    return [(i, texts[i]) for i in range(len(texts)) if q[i]]


def judged() -> dict[int, str]:
    if not TSV.exists():
        return {}
    with TSV.open(encoding="utf-8") as f:
        return {int(r["row"]): r["verdict"] for r in csv.DictReader(f, delimiter="\t")}


def main(argv: list[str]) -> None:
    got = fires()
    verdicts = judged()
    no_mark = [(i, t) for i, t in got if "?" not in t]
    print(f"Q fires on {len(got)} rows, {len(no_mark)} without '?'")
    if verdicts:
        fired = {i for i, _ in got}
        marked = {i for i, t in got if "?" in t}
        for name, group in (("without '?'", fired - marked), ("with '?' (sampled)", marked)):
            known = [i for i in group if i in verdicts]
            asks = sum(verdicts[i] == "y" for i in known)
            print(f"judged fires {name}: {len(known)} of {len(group)}, asking {asks}")
        missed = [i for i, v in verdicts.items() if v == "y" and i not in fired]
        print(f"judged questions no longer fired: {missed}")
    for i, t in got if "--all" in argv else no_mark:
        print(f"{i}\t{verdicts.get(i, '?')}\t{t}")


if __name__ == "__main__":
    main(sys.argv[1:])
