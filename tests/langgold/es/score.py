"""Score the detectors, read with the Spanish pack, on a file of the Spanish gold set.

    python -m tests.langgold.es.score tests/langgold/es/dev.txt    # table and every miss

Never run it on ``frozen.txt``: that file is scored once per version of the detectors by
``python -m tests.frozen score gold-es``, which keeps the log.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from tests.nlp import gold


def features_of_gold(path: Path) -> tuple[pd.DataFrame, str]:
    """The NLP pass over the items of ``path`` (each with its partner turn before it, as the
    English gold set is read), and the language the pass took the chat to be in."""
    from analyzer.nlp import features

    items = gold.load_gold(path)
    annotated, positions = gold.gold_frame(items)
    result = features.extract(annotated)
    return result.frame.iloc[positions].reset_index(drop=True), result.language


def scores(path: Path) -> dict[str, gold.Score]:
    feats, _language = features_of_gold(path)
    return gold.score(gold.load_gold(path), feats)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tests.langgold.es.score FILE", file=sys.stderr)
        return 2
    path = Path(args[0])
    if path.name == "frozen.txt":
        print("frozen.txt is scored only by: python -m tests.frozen score gold-es", file=sys.stderr)
        return 2
    items = gold.load_gold(path)
    feats, language = features_of_gold(path)
    first, rest = gold.table(gold.score(items, feats), len(items)).split("\n", 1)
    print(first.split(" (development set")[0] + f" ({path}, read as {language!r})\n" + rest)
    pred, truth = gold.predictions(feats), gold.truth(items)
    for code in pred:
        for i, it in enumerate(items):
            if pred[code][i] != truth[code][i]:
                kind = "FP" if pred[code][i] else "FN"
                print(f"{code:5} {kind} | {it.context or '-'} | {it.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
