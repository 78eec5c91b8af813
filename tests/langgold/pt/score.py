"""Score the NLP detectors on the Brazilian Portuguese chat gold set (this folder).

    python -m tests.langgold.pt.score        # the development part: table and every miss

Only ``dev.txt`` is scored here. The frozen part is scored once per version of the detectors,
through ``python -m tests.frozen score gold-pt`` (which calls :func:`scores`), never to change a
detector.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tests.nlp import gold

HERE = Path(__file__).parent
DEV_FILE = HERE / "dev.txt"
FROZEN_FILE = HERE / "frozen.txt"


def features_of(path: Path):
    """The gold items of ``path`` and the NLP features of their messages (one row each)."""
    from analyzer.nlp import features

    items = gold.load_gold(path)
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    if extracted.language != "pt":
        raise RuntimeError(f"{path.name} was read as {extracted.language!r}, not Portuguese")
    return items, extracted.frame.iloc[positions].reset_index(drop=True)


def scores(path: Path) -> dict[str, gold.Score]:
    """Every detector's score on the messages of ``path``."""
    items, feats = features_of(path)
    return gold.score(items, feats)


@lru_cache(maxsize=1)
def dev_scores() -> dict[str, gold.Score]:
    """Every detector's score on the development part (computed once per process)."""
    return scores(DEV_FILE)


def main() -> None:
    items, feats = features_of(DEV_FILE)
    result = gold.score(items, feats)
    print(f"Portuguese gold, development part: {len(items)} messages")
    print("| detector | gold positives | precision | recall |")
    print("|---|---:|---:|---:|")
    for code, s in result.items():
        print(f"| {gold.NAMES[code]} | {s.support} | {s.precision:.2f} | {s.recall:.2f} |")
    pred, truth = gold.predictions(feats), gold.truth(items)
    for code in pred:
        for i, it in enumerate(items):
            if pred[code][i] != truth[code][i]:
                kind = "FP" if pred[code][i] else "FN"
                print(f"{code:5} {kind} | {it.context or '-'} | {it.text}")


if __name__ == "__main__":
    main()
