"""Score the NLP detectors on the Hindi chat gold set (this folder): the shared
:mod:`tests.langgold.score`, bound to ``hi``.

    python -m tests.langgold.hi.score               # the development part: table and every miss
    python -m tests.langgold.hi.score --part dev2   # the second development part
    python -m tests.langgold.hi.score --part dev3   # the third
    python -m tests.langgold.hi.score --part dev4   # the fourth

The frozen part is scored only by ``python -m tests.frozen score gold-hi``.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.langgold import score as _score
from tests.nlp import gold

DEV_FILE = _score.dev_file("hi")
FROZEN_FILE = _score.frozen_file("hi")
features_of = partial(_score.features_of, "hi")
scores = partial(_score.scores, "hi")


def dev_scores() -> dict[str, gold.Score]:
    return _score.dev_scores("hi")


#: The codes of Hindi: in Devanagari and in Latin letters (both read by the Hindi pack).
HINDI = ("hi", "hi-Latn")


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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    status = _score.main(["hi", *args])
    part = args[1] if status == 0 and len(args) == 2 else "dev"
    for prior in ("hi-Latn", "en"):
        n, right = language_right(_score.dev_file("hi", part), prior)
        print(f"language, messages of 3+ words in a {prior} chat: {right}/{n} = {right / n:.3f}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
