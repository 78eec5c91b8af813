"""Time the per-message language guess (``analyzer.nlp.language.message_languages``), and
py3langid on the same texts when it is importable (it is not a dependency).

    python benchmarks/langid.py [--runs 3]

Two sets of texts: the distinct texts of ``benchmarks/nlp.py``'s 200,000 generated messages
(English chat lines, 126,629 distinct: what the NLP pass hands to the guess), and the texts of
``tests/realtext/langid.py`` (eleven languages, longer) repeated to 100,000. Prints the best of
``--runs`` runs in seconds, and per 100,000 texts; py3langid's model loading is timed apart, and
its classifying is timed over the first 20,000 texts and scaled.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analyzer.nlp.language import message_languages  # noqa: E402


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average (1, 5, 15 min): {os.getloadavg()}; cpus: {os.cpu_count()}")
    from nlp import make_texts

    from tests.realtext.langid import LIBRARY_LANGUAGES, texts

    sets = {
        "nlp.py distinct texts": pd.Series(pd.unique(pd.Series(make_texts(200_000))), dtype=object),
        "langid texts x100k": pd.Series(np.resize(texts()["text"].to_numpy(object), 100_000)),
    }
    message_languages(sets["langid texts x100k"].iloc[:100], "en")  # load the data once
    for name, series in sets.items():
        took = _best(lambda s=series: message_languages(s, "en"), args.runs)
        print(
            f"ours, {name} ({len(series):,}): {took:.2f} s, "
            f"{took * 100_000 / len(series):.2f} s per 100k"
        )
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        print("py3langid is not importable: not timed")
        return
    start = time.perf_counter()
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LIBRARY_LANGUAGES))
    print(f"py3langid model load: {time.perf_counter() - start:.2f} s")
    for name, series in sets.items():
        head = series.iloc[:20_000].tolist()
        took = _best(lambda h=head: [ident.classify(t) for t in h], args.runs)
        print(f"py3langid, {name}: {took * 100_000 / len(head):.2f} s per 100k (from 20,000)")


if __name__ == "__main__":
    main()
