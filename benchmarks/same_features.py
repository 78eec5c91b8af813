"""Check that a change leaves the NLP pass's readings as they were: save the feature frame of
``features.extract`` on the benchmark messages (benchmarks/nlp.py) with one version of the code,
then with another, and compare the two frames cell by cell.

    python benchmarks/same_features.py save OUT.pkl [--language en] [--messages 40000]
    python benchmarks/same_features.py compare A.pkl B.pkl

``save`` reads the code of the repository this script stands in (run the copy in each checkout);
it also keeps every distinct word sequence the pass hands to the token patterns
(``patterns.find``), for comparing patterns on them.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def save(out: str, language: str, messages: int) -> None:
    from nlp import annotated_frame, make_texts

    from analyzer.nlp import patterns

    seen: set[tuple[str, ...]] = set()
    find = patterns.find

    def recording(words, *args, **kwargs):
        seen.add(tuple(words))
        return find(words, *args, **kwargs)

    patterns.find = recording  # before the pipeline binds it
    from analyzer.nlp import features

    ann = annotated_frame(make_texts(messages, 1, language))
    frame = features.extract(ann, n_process=1).frame
    with open(out, "wb") as fh:
        pickle.dump({"language": language, "frame": frame, "words": sorted(seen)}, fh)
    print(f"{language}: {len(frame)} rows, {frame.shape[1]} columns, {len(seen)} word sequences")


def compare(a: str, b: str) -> int:
    with open(a, "rb") as fh:
        old = pickle.load(fh)
    with open(b, "rb") as fh:
        new = pickle.load(fh)
    fa, fb = old["frame"], new["frame"]
    if list(fa.columns) != list(fb.columns) or fa.shape != fb.shape:
        print(f"{old['language']}: the frames differ in shape or columns")
        return 1
    try:
        pd.testing.assert_frame_equal(fa, fb, check_exact=True)
    except AssertionError as exc:
        print(f"{old['language']}: the frames differ: {exc}")
        return 1
    print(
        f"{old['language']}: identical ({fa.shape[0]} rows x {fa.shape[1]} columns, "
        f"{len(old['words'])} vs {len(new['words'])} word sequences for the patterns)"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("out")
    s.add_argument("--language", default="en")
    s.add_argument("--messages", type=int, default=40_000)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    args = parser.parse_args()
    if args.cmd == "save":
        save(args.out, args.language, args.messages)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    raise SystemExit(main())
