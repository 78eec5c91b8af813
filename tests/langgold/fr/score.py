"""Score the NLP detectors on the French chat gold set (this folder): the shared
:mod:`tests.langgold.score`, bound to ``fr``.

    python -m tests.langgold.fr.score        # the development part: table and every miss

The frozen part is scored only by ``python -m tests.frozen score gold-fr``.
"""

from __future__ import annotations

import sys
from functools import partial

from tests.langgold import score as _score
from tests.nlp import gold

DEV_FILE = _score.dev_file("fr")
FROZEN_FILE = _score.frozen_file("fr")
features_of = partial(_score.features_of, "fr")
scores = partial(_score.scores, "fr")


def dev_scores() -> dict[str, gold.Score]:
    return _score.dev_scores("fr")


if __name__ == "__main__":
    raise SystemExit(_score.main(["fr", *sys.argv[1:]]))
