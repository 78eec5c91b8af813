"""Score the NLP detectors on the German chat gold set (this folder): the shared
:mod:`tests.langgold.score`, bound to ``de``.

    python -m tests.langgold.de.score        # the development part: table and every miss

The frozen part is scored only by ``python -m tests.frozen score gold-de``.
"""

from __future__ import annotations

from functools import partial

from tests.langgold import score as _score
from tests.nlp import gold

DEV_FILE = _score.dev_file("de")
FROZEN_FILE = _score.frozen_file("de")
features_of = partial(_score.features_of, "de")
scores = partial(_score.scores, "de")


def dev_scores() -> dict[str, gold.Score]:
    return _score.dev_scores("de")


if __name__ == "__main__":
    raise SystemExit(_score.main(["de"]))
