"""Which readings the French pack's whose-feeling keys change, on French text nobody here wrote
(XED's French tuning third, never the report part) and on our own French development parts
(``tests/langgold/fr/dev*.txt``, never the frozen part).

    python -m tests.realtext.fr_keys_check              # every message whose readings change
                                                        # when every key takes its old value
    python -m tests.realtext.fr_keys_check --each       # and, per key, what blanking it alone
                                                        # changes
    python -m tests.realtext.fr_keys_check --base REV   # old values from REV (default 062ea58)

The keys are those the French pack received at the release after 062ea58 (the last version the
frozen French gold was scored at before its support recall fell, 1.00 -> 0.92):
``experiencer.json`` ``tag_questions``, ``nonfinite_openers``, ``nonfinite_gap``,
``imperative_joins``, ``future_aux``, ``list_joins``, ``reader_offers`` and ``words.json``
``negators_cancelled`` (the mock keys came empty). At 062ea58, and at a0515cd, every one of them
was empty or absent, so the "old" pack is the pack as it is with those keys emptied.

Each variant of the pack is read in a fresh process (the NLP pass caches what it derives from a
pack for the life of a process): the pack is loaded, the keys are set in its dictionaries before
anything reads them, and the texts are read as the scoring scripts read them (XED: one chat of
one-message sessions, :func:`tests.realtext.evaluate.features_of`; a dev part: its gold items
with their partner turns, :func:`tests.langgold.score.features_of`).

The changed messages, judged by hand, are kept in ``fr_keys_fires.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

#: The French keys added at that release: file -> keys.
KEYS = {
    "experiencer.json": (
        "tag_questions",
        "nonfinite_openers",
        "nonfinite_gap",
        "imperative_joins",
        "future_aux",
        "list_joins",
        "reader_offers",
    ),
    "words.json": ("negators_cancelled",),
}
BASE = "062ea58"
#: French messages written here to reach the keys (none of the real text does), judged first.
PROBE = Path(__file__).with_name("fr_keys_probe.tsv")
#: The readings compared: feature column -> how it is read (a flag, or the value itself).
READINGS = (
    "tier",
    "feeling",
    "feeling_tier",
    "question",
    "question_other",
    "followup",
    "reflection",
    "about_self",
    "at_partner",
    "minimal",
    "support",  # cat_support + cat_validation > 0, as the gold scores it
    "cat_hedge",
    "cat_invalidation",
    "cat_criticism",
    "cat_defensiveness",
    "cat_repair",
    "cat_reassurance",
)


def old_values(base: str, language: str = "fr") -> dict[str, dict[str, list]]:
    """Each key of :data:`KEYS` as it was at ``base`` (``[]`` when it was absent)."""
    root = Path(__file__).resolve().parents[2]
    out: dict[str, dict[str, list]] = {}
    for name, keys in KEYS.items():
        text = subprocess.run(
            ["git", "show", f"{base}:analyzer/lexicons/{language}/{name}"],
            cwd=root, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        data = json.loads(text)
        out[name] = {k: data.get(k, []) for k in keys}
    return out


def _readings(feats) -> dict[str, list]:
    out = {}
    for col in READINGS:
        if col == "support":
            v = ((feats["cat_support"] + feats["cat_validation"]) > 0).to_numpy()
        elif col.startswith("cat_"):
            v = (feats[col].fillna(0) > 0).to_numpy()
        elif col in ("tier", "feeling_tier"):
            v = feats[col].fillna(0).astype(int).to_numpy()
        else:
            v = feats[col].fillna(False).astype(bool).to_numpy()
        out[col] = [int(x) for x in v]
    return out


def texts(language: str = "fr") -> dict[str, list[tuple[str, str]]]:
    """Per set, (context, text) of each message: the XED tune lines of ``language`` (no context),
    its dev parts (the partner turn before, or "") and, for French, :data:`PROBE`."""
    from tests.langgold.score import dev_parts
    from tests.nlp import gold
    from tests.realtext import xed

    out = {f"xed_{language}": [("", t) for t in xed.lines(language, "tune")["text"]]}
    for path in dev_parts(language):
        items = gold.load_gold(path)
        out[f"{language}_{path.stem}"] = [(it.context or "", it.text) for it in items]
    if language == "fr":
        out["probe"] = [("", r["text"]) for r in probe()]
    return out


def probe() -> list[dict[str, str]]:
    """The rows of :data:`PROBE` (id, key, sup, note, text)."""
    with PROBE.open(encoding="utf-8") as f:
        body = (line for line in f if not line.startswith("#"))
        return list(csv.DictReader(body, delimiter="\t"))


def read_all(overrides: dict[str, dict[str, list]], language: str = "fr") -> dict[str, dict]:
    """The readings of every set of :func:`texts` with the pack's keys set to ``overrides`` (in
    this process: call it before anything has read the pack)."""
    from analyzer.nlp.pack import load_pack
    from tests.langgold.score import dev_parts
    from tests.langgold.score import features_of as gold_features
    from tests.realtext import xed
    from tests.realtext.evaluate import features_of

    pack = load_pack(language)
    for name, keys in overrides.items():
        target = pack.experiencer if name == "experiencer.json" else pack.words
        for k, v in keys.items():
            target[k] = v
    tune = xed.lines(language, "tune")["text"].tolist()
    out = {f"xed_{language}": _readings(features_of(tune))}
    for path in dev_parts(language):
        _, feats = gold_features(language, path)
        out[f"{language}_{path.stem}"] = _readings(feats)
    if language == "fr":
        out["probe"] = _readings(features_of([r["text"] for r in probe()]))
    return out


def _child(overrides: dict, language: str) -> dict:
    child = ["--child", json.dumps(overrides), "--language", language]
    proc = subprocess.run(
        [sys.executable, "-m", "tests.realtext.fr_keys_check", *child],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(proc.stdout.splitlines()[-1])


def changes(now: dict, then: dict) -> list[tuple[str, int, str, object, object]]:
    """(set, index, reading, old value, new value) of every reading that differs."""
    out = []
    for name, cols in now.items():
        for col in READINGS:
            a, b = np.array(then[name][col]), np.array(cols[col])
            for i in np.flatnonzero(a != b):
                out.append((name, int(i), col, int(a[i]), int(b[i])))
    return out


def variants(base: str, each: bool, language: str = "fr") -> dict[str, dict]:
    """Name -> overrides: ``old`` (every key at ``base``) and, with ``each``, ``-KEY`` (that key
    alone at ``base``)."""
    old = old_values(base, language)
    out = {"old": old}
    if each:
        for name, keys in old.items():
            for k, v in keys.items():
                out[f"-{k}"] = {name: {k: v}}
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realtext.fr_keys_check")
    parser.add_argument("--base", default=BASE)
    parser.add_argument("--each", action="store_true")
    parser.add_argument("--language", default="fr", help="another pack's XED tune and dev parts")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(read_all(json.loads(args.child), args.language)))
        return 0
    now = _child({}, args.language)
    sets = texts(args.language)
    print("set\tindex\treading\told\tnew\tvariant\tcontext\ttext")
    for name, overrides in variants(args.base, args.each, args.language).items():
        found = changes(now, _child(overrides, args.language))
        for s, i, col, a, b in found:
            ctx, text = sets[s][i]
            print(f"{s}\t{i}\t{col}\t{a}\t{b}\t{name}\t{ctx}\t{text}")
        print(f"# {name}: {len(found)} readings changed on "
              f"{len({(s, i) for s, i, *_ in found})} messages", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
