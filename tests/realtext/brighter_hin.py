"""The Hindi reading on BRIGHTER's Hindi splits (texts nobody here wrote).

    python -m tests.realtext.brighter_hin train          # development: figures and misses
    python -m tests.realtext.brighter_hin dev --write    # the report: score dev, record it

The Hindi pack was developed on ``train_hin.csv`` (its misses were read to choose words) and
never on ``dev_hin.csv``; dev is scored for the record, once per version of the pack, and
written to ``brighter_hin.json`` with the pack's hash, which ``test_brighter_hin.py`` checks.

A row labelled with any of anger, disgust, fear, joy or sadness should reach tier >= 2; a row
with no emotion at all should not. Rows labelled with surprise only are left out of both.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).with_name("brighter")
FILES = {"train": FOLDER / "train_hin.csv", "dev": FOLDER / "dev_hin.csv"}
RECORD = Path(__file__).with_name("brighter_hin.json")
PACK = ROOT / "analyzer" / "lexicons" / "hi"
EMOTIONS = ("anger", "disgust", "fear", "joy", "sadness")


def pack_version() -> str:
    """SHA-256 (first 16 hex digits) over the Hindi pack's files."""
    digest = hashlib.sha256()
    for path in sorted(PACK.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def frame(split: str) -> pd.DataFrame:
    rows = pd.read_csv(FILES[split], dtype={"text": str}, keep_default_na=False)
    from tests.realtext.evaluate import features_of

    feats = features_of(rows["text"].tolist())
    return rows.assign(
        emotional=rows[list(EMOTIONS)].sum(axis=1).to_numpy() > 0,
        none=rows.drop(columns=["id", "text"]).sum(axis=1).to_numpy() == 0,
        tier=feats["tier"].fillna(0).to_numpy(),
    )


def score(split: str) -> dict[str, float | int]:
    data = frame(split)
    deep = data["tier"].to_numpy() >= 2
    emotional, none = data["emotional"].to_numpy(), data["none"].to_numpy()
    return {
        "rows": len(data),
        "emotional": int(emotional.sum()),
        "none": int(none.sum()),
        "tier2_on_emotional": round(float(deep[emotional].mean()), 4),
        "tier2_on_none": round(float(deep[none].mean()), 4),
    }


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in FILES:
        print("usage: python -m tests.realtext.brighter_hin {train,dev} [--write]", file=sys.stderr)
        return 2
    split = argv[0]
    if split == "train" and "--misses" in argv:
        data = frame(split)
        for _, r in data[data["emotional"] & (data["tier"] < 2)].head(80).iterrows():
            print("MISS", r["text"][:160].replace("\n", " "))
        for _, r in data[data["none"] & (data["tier"] >= 2)].head(40).iterrows():
            print("FP  ", r["text"][:160].replace("\n", " "))
    result = score(split)
    print(json.dumps({split: result}, indent=2))
    if split == "dev" and "--write" in argv:
        entry = {"pack": pack_version(), **result}
        RECORD.write_text(json.dumps({"dev": entry}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
