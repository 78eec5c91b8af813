"""The English reading on BRIGHTER's English dev split (texts nobody here wrote or tuned on).

    python -m tests.realtext.brighter            # the figures of the code as it is
    python -m tests.realtext.brighter --write    # also score the code of BEFORE (from git) and
                                                 # record both in brighter.json

A row labelled with any of anger, fear, joy or sadness (English has no disgust column) should
reach tier >= 2; a row with no emotion at all should not. Rows labelled with surprise only are
left out of both. ``python -m tests.figures`` writes README's table from the recorded "before"
and the figures scored now.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).with_name("brighter") / "dev_eng.csv"
RECORD = Path(__file__).with_name("brighter.json")
#: The code before the whose-feeling work, the emotion model with character n-grams and the
#: language guess by script.
BEFORE = "dea0881"
EMOTIONS = ("anger", "fear", "joy", "sadness")


def score(data: Path = DATA) -> dict[str, float | int]:
    from tests.realtext.evaluate import features_of

    rows = pd.read_csv(data, dtype={"text": str}, keep_default_na=False)
    emotional = rows[list(EMOTIONS)].sum(axis=1).to_numpy() > 0
    none = rows.drop(columns=["id", "text"]).sum(axis=1).to_numpy() == 0
    deep = (features_of(rows["text"].tolist())["tier"].fillna(0) >= 2).to_numpy()
    return {
        "rows": len(rows),
        "emotional": int(emotional.sum()),
        "none": int(none.sum()),
        "tier2_on_emotional": round(float(deep[emotional].mean()), 4),
        "tier2_on_none": round(float(deep[none].mean()), 4),
    }


def score_before() -> dict[str, float | int]:
    """:func:`score` run on the code of :data:`BEFORE`, in a fresh process (never imported here)."""
    archive = subprocess.run(
        ["git", "archive", BEFORE, "analyzer", "tests/__init__.py", "tests/realtext"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    script = (
        "import json, sys; sys.path.insert(0, '.'); from pathlib import Path\n"
        "from tests.realtext.brighter import score\n"
        f"print(json.dumps(score(Path({str(DATA)!r}))))\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        # this module beside the old code, which did not have it
        (Path(tmp) / "tests" / "realtext" / "brighter.py").write_text(
            Path(__file__).read_text(encoding="utf-8"), encoding="utf-8"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=tmp, capture_output=True, text=True, check=True
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    now = score()
    print(json.dumps({"now": now}, indent=2))
    if "--write" in argv:
        before = {"commit": BEFORE, **score_before()}
        print(json.dumps({"before": before}, indent=2))
        RECORD.write_text(json.dumps({"before": before}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
