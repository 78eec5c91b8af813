"""The reading on XED's Portuguese and Spanish film subtitles, per emotion label.

    python -m tests.realtext.xed            # the figures of the code as it is
    python -m tests.realtext.xed --write    # and record them in xed.json

XED's labels come from the scene, carried over from English or Finnish subtitles ("projected"),
so many lines carry no emotion word at all, and every line carries at least one label (there is
no line without emotion to flag wrongly). What is measured is therefore a relative figure: for
each label, the share of its lines that the reading takes to tier >= 2. It says which emotions
a language's reading finds less often than the others, and whether a change found more or
fewer; it is not a recall. This copy has no English half, so the languages are compared with
each other and with earlier versions, never with English. ``test_languages.py`` checks that the
recorded figures are the ones scored now.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from tests.realtext.brighter import is_read

DIR = Path(__file__).with_name("xed")
RECORD = Path(__file__).with_name("xed.json")
#: XED's label numbers (Plutchik's eight emotions).
LABELS = {
    1: "anger",
    2: "anticipation",
    3: "disgust",
    4: "fear",
    5: "joy",
    6: "sadness",
    7: "surprise",
    8: "trust",
}
LANGUAGES = ("pt", "es")


def lines(language: str) -> pd.DataFrame:
    """The subtitle lines of ``language`` with one 0/1 column per label of :data:`LABELS`."""
    frame = pd.read_csv(
        DIR / f"{language}.tsv",
        sep="\t",
        header=None,
        names=["text", "labels"],
        dtype=str,
        quoting=3,
        keep_default_na=False,
    )
    numbers = frame["labels"].str.split(",").map(lambda ls: {int(x) for x in ls})
    return frame.assign(
        **{name: numbers.map(lambda ns, k=k: k in ns).to_numpy() for k, name in LABELS.items()}
    )


def score(language: str) -> dict:
    """For each label, its lines and the share of them at tier >= 2; the same over all lines."""
    from tests.realtext.evaluate import features_of

    data = lines(language)
    deep = (features_of(data["text"].tolist())["tier"].fillna(0) >= 2).to_numpy()
    per_label = {
        name: {"lines": int(data[name].sum()), "tier2": round(float(deep[data[name]].mean()), 4)}
        for name in LABELS.values()
    }
    return {
        "read": is_read(language),
        "lines": len(data),
        "tier2": round(float(np.mean(deep)), 4),
        "labels": per_label,
    }


def score_all() -> dict[str, dict]:
    return {language: score(language) for language in LANGUAGES}


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    now = score_all()
    print(json.dumps(now, indent=2))
    if "--write" in argv:
        RECORD.write_text(json.dumps(now, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
