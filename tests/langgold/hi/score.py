"""Score the NLP detectors on the Hindi chat gold set (this folder).

    python -m tests.langgold.fr.score        # the development part: table and every miss

Only ``dev.txt`` is scored here. The frozen part is scored once per version of the detectors,
through ``python -m tests.frozen score gold-hi`` (which calls :func:`scores`), never to change a
detector.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tests.nlp import gold

HERE = Path(__file__).parent
DEV_FILE = HERE / "dev.txt"
FROZEN_FILE = HERE / "frozen.txt"
#: The codes of Hindi: in Devanagari and in Latin letters (both read by the Hindi pack).
HINDI = ("hi", "hi-Latn")


def features_of(path: Path):
    """The gold items of ``path`` and the NLP features of their messages (one row each)."""
    from analyzer.nlp import features

    items = gold.load_gold(path)
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    if extracted.language not in HINDI:
        raise RuntimeError(f"{path.name} was read as {extracted.language!r}, not Hindi")
    return items, extracted.frame.iloc[positions].reset_index(drop=True)


def scores(path: Path) -> dict[str, gold.Score]:
    """Every detector's score on the messages of ``path``."""
    items, feats = features_of(path)
    return gold.score(items, feats)


def language_right(path: Path, chat_language: str) -> tuple[int, int]:
    """(messages of 3 or more words, how many of them are read by the Hindi pack) when the
    messages of ``path`` sit in a chat whose language is ``chat_language``: each message's own
    language (``hi`` or ``hi-Latn``) must be one the Hindi pack reads. A Hinglish message taken
    for English counts as wrong, even though the English pack then reads it."""
    import pandas as pd

    from analyzer.nlp import language

    texts = pd.Series([it.text for it in gold.load_gold(path)], dtype="object")
    long = (texts.str.split().str.len() >= 3).to_numpy()
    got = language.message_languages(texts[long].reset_index(drop=True), chat_language)
    return int(long.sum()), sum(language.pack_of(str(code)) == "hi" for code in got)


@lru_cache(maxsize=1)
def dev_scores() -> dict[str, gold.Score]:
    """Every detector's score on the development part (computed once per process)."""
    return scores(DEV_FILE)


def main() -> None:
    items, feats = features_of(DEV_FILE)
    result = gold.score(items, feats)
    print(f"Hindi gold, development part: {len(items)} messages")
    print("| detector | gold positives | precision | recall |")
    print("|---|---:|---:|---:|")
    for code, s in result.items():
        print(f"| {gold.NAMES[code]} | {s.support} | {s.precision:.2f} | {s.recall:.2f} |")
    for prior in ("hi-Latn", "en"):
        n, right = language_right(DEV_FILE, prior)
        print(f"language, messages of 3+ words in a {prior} chat: {right}/{n} = {right / n:.3f}")
    pred, truth = gold.predictions(feats), gold.truth(items)
    for code in pred:
        for i, it in enumerate(items):
            if pred[code][i] != truth[code][i]:
                kind = "FP" if pred[code][i] else "FN"
                print(f"{code:5} {kind} | {it.context or '-'} | {it.text}")


if __name__ == "__main__":
    main()
