"""Score the NLP detectors on one language's chat-register gold set (``tests/langgold/<code>/``).

    python -m tests.langgold.score de                # the development part: table and every miss
    python -m tests.langgold.score fr --part dev2    # the second development part
    python -m tests.langgold.score pt --part dev3    # the third (pt, es, fr, it, hi)
    python -m tests.langgold.score es --part dev4    # the fourth (es, it, hi)

Only the development parts (:data:`DEV_PARTS`: ``dev.txt`` and, where a language has them,
``dev2.txt``, written later to check that fixes made on ``dev.txt`` generalise, and ``dev3.txt``,
written after fixes made on ``dev2.txt`` did not carry over to the frozen part, and ``dev4.txt``
(Spanish, Italian and Hindi), written for the detectors still below the goal after dev3) are scored
here. The frozen part is scored once per version of the detectors, through ``python -m
tests.frozen score gold-<code>`` (which calls :func:`scores`), never to change a detector.
Each language's folder has a ``score.py`` that binds these to its code.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from tests.nlp import gold

ROOT = Path(__file__).parent
#: The development parts of a language's gold set, in the order they were written.
DEV_PARTS = ("dev", "dev2", "dev3", "dev4")


def part_file(code: str, part: str) -> Path:
    if part not in DEV_PARTS:
        raise ValueError(f"{part!r} is not a development part {DEV_PARTS}")
    return ROOT / code / f"{part}.txt"


def dev_file(code: str, part: str = "dev") -> Path:
    return part_file(code, part)


def dev_parts(code: str) -> tuple[Path, ...]:
    """The development parts that ``code`` has (``dev.txt`` always, the others if written)."""
    return tuple(path for part in DEV_PARTS if (path := part_file(code, part)).exists())


def frozen_file(code: str) -> Path:
    return ROOT / code / "frozen.txt"


def features_of(code: str, path: Path):
    """The gold items of ``path`` and the NLP features of their messages (one row each); the
    chat must be read by the pack of ``code`` (Hindi in Latin letters is read by the Hindi pack)."""
    from analyzer.nlp import features, language

    items = gold.load_gold(path)
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    if language.pack_of(extracted.language) != code:
        raise RuntimeError(
            f"{path.name} was read as {extracted.language!r}, not {language.language_name(code)}"
        )
    return items, extracted.frame.iloc[positions].reset_index(drop=True)


def scores(code: str, path: Path) -> dict[str, gold.Score]:
    """Every detector's score on the messages of ``path``."""
    items, feats = features_of(code, path)
    return gold.score(items, feats)


@cache
def dev_scores(code: str, part: str = "dev") -> dict[str, gold.Score]:
    """Every detector's score on a development part (computed once per process)."""
    return scores(code, part_file(code, part))


USAGE = (
    "usage: python -m tests.langgold.score CODE [--part dev|dev2|dev3|dev4]"
    " (a folder of tests/langgold)"
)


def main(argv: list[str] | None = None) -> int:
    from analyzer.nlp import language

    args = list(sys.argv[1:] if argv is None else argv)
    part = "dev"
    if len(args) == 3 and args[1] == "--part":
        part = args.pop(2)
        args.pop(1)
    if len(args) != 1 or part not in DEV_PARTS or not part_file(args[0], part).exists():
        print(USAGE)
        return 2
    code = args[0]
    items, feats = features_of(code, part_file(code, part))
    result = gold.score(items, feats)
    name = "development part" if part == "dev" else f"development part {part}"
    print(f"{language.language_name(code)} gold, {name}: {len(items)} messages")
    print("| detector | gold positives | precision | recall |")
    print("|---|---:|---:|---:|")
    for key, s in result.items():
        print(f"| {gold.NAMES[key]} | {s.support} | {s.precision:.2f} | {s.recall:.2f} |")
    pred, truth = gold.predictions(feats), gold.truth(items)
    for key in pred:
        for i, it in enumerate(items):
            if pred[key][i] != truth[key][i]:
                kind = "FP" if pred[key][i] else "FN"
                print(f"{key:5} {kind} | {it.context or '-'} | {it.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
