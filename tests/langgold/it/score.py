"""Score the NLP detectors on the Italian chat gold set (this folder): the shared
:mod:`tests.langgold.score`, bound to ``it``.

    python -m tests.langgold.it.score        # the development part: table and every miss

The frozen part is scored only by ``python -m tests.frozen score gold-it``.
"""

from __future__ import annotations

import sys
from functools import partial

from tests.langgold import score as _score
from tests.nlp import gold

DEV_FILE = _score.dev_file("it")
FROZEN_FILE = _score.frozen_file("it")
features_of = partial(_score.features_of, "it")
scores = partial(_score.scores, "it")


def dev_scores() -> dict[str, gold.Score]:
    return _score.dev_scores("it")


if __name__ == "__main__":
    raise SystemExit(_score.main(["it", *sys.argv[1:]]))
