"""Score the NLP detectors on the Brazilian Portuguese chat gold set (this folder): the shared
:mod:`tests.langgold.score`, bound to ``pt``.

    python -m tests.langgold.pt.score        # the development part: table and every miss

The frozen part is scored only by ``python -m tests.frozen score gold-pt``.
"""

from __future__ import annotations

from functools import partial

from tests.langgold import score as _score
from tests.nlp import gold

DEV_FILE = _score.dev_file("pt")
FROZEN_FILE = _score.frozen_file("pt")
features_of = partial(_score.features_of, "pt")
scores = partial(_score.scores, "pt")


def dev_scores() -> dict[str, gold.Score]:
    return _score.dev_scores("pt")


if __name__ == "__main__":
    raise SystemExit(_score.main(["pt"]))
