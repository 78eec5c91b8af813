"""A language pack's reading on its BRIGHTER splits (texts nobody here wrote), for the languages
without an emotion model of their own yet (German, Hindi): ``brighter_deu.py`` and
``brighter_hin.py`` bind this to their language.

    python -m tests.realtext.brighter_deu train          # development: figures and misses
    python -m tests.realtext.brighter_deu dev --write    # the report: score dev, record it

The pack was developed on ``train_<code>.csv`` (its misses were read to choose words) and never
on ``dev_<code>.csv``; dev is scored for the record, once per version of the pack, and written
to ``brighter_<code>.json`` with the pack's hash, which the language's test checks.

A row labelled with any of anger, disgust, fear, joy or sadness should reach tier >= 2; a row
with no emotion at all should not. Rows labelled with surprise only are left out of both.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).with_name("brighter")
EMOTIONS = ("anger", "disgust", "fear", "joy", "sadness")


@dataclass(frozen=True)
class PackOnBrighter:
    """BRIGHTER's files of ``brighter`` (its code: "deu", "hin") read by the pack ``pack``."""

    brighter: str
    pack: str

    @property
    def files(self) -> dict[str, Path]:
        return {split: FOLDER / f"{split}_{self.brighter}.csv" for split in ("train", "dev")}

    @property
    def record(self) -> Path:
        return Path(__file__).with_name(f"brighter_{self.brighter}.json")

    def pack_version(self) -> str:
        """SHA-256 (first 16 hex digits) over the pack's files."""
        digest = hashlib.sha256()
        for path in sorted((ROOT / "analyzer" / "lexicons" / self.pack).iterdir()):
            if path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()[:16]

    def frame(self, split: str) -> pd.DataFrame:
        from tests.realtext.evaluate import features_of

        rows = pd.read_csv(self.files[split], dtype={"text": str}, keep_default_na=False)
        feats = features_of(rows["text"].tolist())
        return rows.assign(
            emotional=rows[list(EMOTIONS)].sum(axis=1).to_numpy() > 0,
            none=rows.drop(columns=["id", "text"]).sum(axis=1).to_numpy() == 0,
            tier=feats["tier"].fillna(0).to_numpy(),
        )

    def score(self, split: str) -> dict[str, float | int]:
        data = self.frame(split)
        deep = data["tier"].to_numpy() >= 2
        emotional, none = data["emotional"].to_numpy(), data["none"].to_numpy()
        return {
            "rows": len(data),
            "emotional": int(emotional.sum()),
            "none": int(none.sum()),
            "tier2_on_emotional": round(float(deep[emotional].mean()), 4),
            "tier2_on_none": round(float(deep[none].mean()), 4),
        }

    def recorded(self) -> dict:
        return json.loads(self.record.read_text(encoding="utf-8"))

    def main(self, argv: list[str]) -> int:
        if not argv or argv[0] not in self.files:
            print(
                f"usage: python -m tests.realtext.brighter_{self.brighter} {{train,dev}} [--write]",
                file=sys.stderr,
            )
            return 2
        split = argv[0]
        if split == "train" and "--misses" in argv:
            data = self.frame(split)
            for _, r in data[data["emotional"] & (data["tier"] < 2)].head(80).iterrows():
                print("MISS", r["text"][:160].replace("\n", " "))
            for _, r in data[data["none"] & (data["tier"] >= 2)].head(40).iterrows():
                print("FP  ", r["text"][:160].replace("\n", " "))
        result = self.score(split)
        print(json.dumps({split: result}, indent=2))
        if split == "dev" and "--write" in argv:
            entry = {"pack": self.pack_version(), **result}
            self.record.write_text(json.dumps({"dev": entry}, indent=2) + "\n", encoding="utf-8")
        return 0
