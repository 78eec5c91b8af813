"""The "before this work" figures in README: the detectors as they were when the real-text work
began, scored on GoEmotions dev and on the frozen acts part.

    python -m tests.realtext.baseline --write   # about a minute; needs the git history

It takes the code of :data:`COMMIT` (the commit that added the hand-labelled acts, before any
detector ran on them) out of git into a temporary folder, scores it there in a fresh process
and records the figures in ``tests/realtext/baseline.json``, which ``python -m tests.figures``
reads. The old code is never imported into this process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

COMMIT = "29a9eac"
ROOT = Path(__file__).resolve().parents[2]
RECORD = Path(__file__).with_name("baseline.json")

#: Run inside the old checkout: its own evaluate.py, plus the checks added later.
SCRIPT = r"""
import json
import numpy as np
from tests.realtext.evaluate import act_predictions, features_of, load_acts, pr, support_fired
from tests.realtext.goemotions import CLEAR, load

dev = load("dev")
f = features_of(dev["text"].tolist())
labels = dev["labels"]
deep = (f["tier"] >= 2).to_numpy()
sup = support_fired(f)
disclosed = CLEAR - {"caring", "gratitude", "remorse"}
mask = {
    "clear": labels.map(lambda ls: bool(ls & CLEAR)).to_numpy(),
    "disclosed": labels.map(lambda ls: bool(ls & disclosed)).to_numpy(),
    "neutral": labels.map(lambda ls: ls == {"neutral"}).to_numpy(),
    "caring": labels.map(lambda ls: "caring" in ls).to_numpy(),
}
out = {"goemotions_dev": {
    "tier2_on_clear": round(float(deep[mask["clear"]].mean()), 4),
    "tier2_on_disclosed": round(float(deep[mask["disclosed"]].mean()), 4),
    "tier2_on_neutral": round(float(deep[mask["neutral"]].mean()), 4),
    "support_on_caring": round(float(sup[mask["caring"]].mean()), 4),
    "support_on_neutral": round(float(sup[mask["neutral"]].mean()), 4),
}}
acts = load_acts("frozen")
pred = act_predictions(features_of(acts["text"].tolist()))
has_column = {"ATP": False}
frozen = {}
for code in ("SUP", "REP", "CRI", "INV", "ATP"):
    if code not in pred or not has_column.get(code, True):
        frozen[code] = None
        continue
    gold = acts["labels"].str.split().map(lambda ls, c=code: c in ls).to_numpy()
    n, p, r = pr(pred[code], gold)
    frozen[code] = [n, None if p != p else round(p, 4), round(r, 4)]
out["acts_frozen"] = frozen
print(json.dumps(out))
"""


def run() -> dict:
    archive = subprocess.run(
        ["git", "archive", COMMIT, "analyzer", "tests/__init__.py", "tests/realtext"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], cwd=tmp, capture_output=True, text=True, check=True
        )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {"commit": COMMIT, **result}


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    result = run()
    text = json.dumps(result, indent=2) + "\n"
    print(text, end="")
    if "--write" in argv:
        RECORD.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
