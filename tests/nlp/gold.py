"""Load the hand-labelled gold set and score the NLP detectors against it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analyzer.schema import normalize_messages

GOLD_FILE = Path(__file__).parent / "gold" / "messages.txt"
FLAGS = ("F", "Q", "QO", "FU", "SUP", "INV", "CRI", "DEF", "REP", "MIN", "HED")
PRECISION_MIN = 0.90
RECALL_MIN = 0.80


@dataclass(frozen=True)
class GoldItem:
    tier: int
    flags: frozenset[str]
    context: str | None
    text: str


def load_gold(path: Path = GOLD_FILE) -> list[GoldItem]:
    items = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        labels, context, text = (part.strip() for part in raw.split(" | "))
        codes = labels.split()
        tiers = [c for c in codes if c.startswith("T")]
        flags = frozenset(c for c in codes if not c.startswith("T"))
        if len(tiers) != 1 or not flags <= set(FLAGS):
            raise ValueError(f"bad gold labels: {raw}")
        items.append(GoldItem(int(tiers[0][1]), flags, None if context == "-" else context, text))
    return items


#: Files the detectors were developed against (enforced by tests/nlp/test_gold.py).
DEVELOPMENT_FILES = ("messages.txt", "heldout.txt", "heldout2.txt", "heldout3.txt", "heldout4.txt")
#: Written after all development and evaluated once: the honest estimate (not enforced).
HELDOUT_FILE = GOLD_FILE.with_name("heldout5.txt")


def development_set() -> list[GoldItem]:
    return [it for name in DEVELOPMENT_FILES for it in load_gold(GOLD_FILE.with_name(name))]


@lru_cache(maxsize=1)
def development_scores() -> dict[str, Score]:
    """Every detector's score on the development set (computed once per process)."""
    from analyzer.nlp import features

    items = development_set()
    annotated, positions = gold_frame(items)
    feats = features.extract(annotated).frame.iloc[positions].reset_index(drop=True)
    return score(items, feats)


def first_run(path: Path) -> dict[str, tuple[int, float, float]]:
    """A recorded first run (``heldout*_run1.md``): code -> (positives, precision, recall)."""
    codes = {name: code for code, name in NAMES.items()}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] in codes:
            out[codes[cells[0]]] = (int(cells[1]), float(cells[2]), float(cells[3]))
    if set(out) != set(NAMES):
        raise ValueError(f"{path.name}: not every detector has a row")
    return out


#: The recorded first run of each held-out batch, before it was used (batch 5: never used).
FIRST_RUNS = tuple(GOLD_FILE.with_name(f"heldout{k}_run1.md") for k in ("", "2", "3", "4", "5"))


def pooled_first_runs() -> dict[str, tuple[int, float, float]]:
    """The first runs of held-out batches 1-5 pooled: true and false positives are rebuilt
    from each batch's rounded precision and recall (exact for these small counts)."""
    tp: dict[str, int] = {}
    fired: dict[str, int] = {}
    pos: dict[str, int] = {}
    for path in FIRST_RUNS:
        for code, (n, p, r) in first_run(path).items():
            hits = round(r * n)
            tp[code] = tp.get(code, 0) + hits
            fired[code] = fired.get(code, 0) + (round(hits / p) if hits else 0)
            pos[code] = pos.get(code, 0) + n
    return {c: (pos[c], tp[c] / fired[c], tp[c] / pos[c]) for c in NAMES}


def gold_frame(items: list[GoldItem]) -> tuple[pd.DataFrame, np.ndarray]:
    """An annotated frame: each item is its own session; a context is the partner's turn before.

    Returns the frame and the positions of the gold messages in it.
    """
    rows = []
    positions = []
    t0 = pd.Timestamp("2024-01-01")
    turn = 0
    for k, item in enumerate(items):
        if item.context is not None:
            rows.append((t0 + pd.Timedelta(hours=3 * k), "Sam", item.context, k, turn))
            turn += 1
        positions.append(len(rows))
        rows.append((t0 + pd.Timedelta(hours=3 * k, minutes=1), "Alex", item.text, k, turn))
        turn += 1
    frame = pd.DataFrame(rows, columns=["timestamp", "author", "text", "session_id", "turn_id"])
    messages = normalize_messages(frame[["timestamp", "author", "text"]])
    annotated = messages.assign(
        session_id=frame["session_id"].astype("int64").to_numpy(),
        turn_id=frame["turn_id"].astype("int64").to_numpy(),
    )
    return annotated, np.array(positions)


def predictions(feats: pd.DataFrame) -> dict[str, np.ndarray]:
    """Detector outputs as booleans, keyed like the gold flags (plus tier codes)."""
    return {
        "F": feats["feeling"].to_numpy(),
        "T>=2": (feats["tier"] >= 2).to_numpy(),
        "T3": (feats["tier"] == 3).to_numpy(),
        "Q": feats["question"].to_numpy(),
        "QO": feats["question_other"].to_numpy(),
        "FU": feats["followup"].to_numpy(),
        "SUP": ((feats["cat_support"] + feats["cat_validation"]) > 0).to_numpy(),
        "INV": (feats["cat_invalidation"] > 0).to_numpy(),
        "CRI": (feats["cat_criticism"] > 0).to_numpy(),
        "DEF": (feats["cat_defensiveness"] > 0).to_numpy(),
        "REP": (feats["cat_repair"] > 0).to_numpy(),
        "MIN": feats["minimal"].to_numpy(),
        "HED": (feats["cat_hedge"] > 0).to_numpy(),
    }


def truth(items: list[GoldItem]) -> dict[str, np.ndarray]:
    out = {f: np.array([f in it.flags for it in items]) for f in FLAGS}
    out["T>=2"] = np.array([it.tier >= 2 for it in items])
    out["T3"] = np.array([it.tier == 3 for it in items])
    return out


NAMES = {
    "F": "feeling statement",
    "T>=2": "tier >= 2 (emotional)",
    "T3": "tier 3 (vulnerable)",
    "Q": "question",
    "QO": "question about the other",
    "FU": "follow-up question",
    "SUP": "support / validation",
    "INV": "invalidation",
    "CRI": "criticism",
    "DEF": "defensiveness",
    "REP": "repair",
    "MIN": "minimal reply",
    "HED": "hedge / minimising",
}


@dataclass(frozen=True)
class Score:
    code: str
    support: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")


def score(items: list[GoldItem], feats: pd.DataFrame) -> dict[str, Score]:
    pred, gold = predictions(feats), truth(items)
    out = {}
    for code, p in pred.items():
        g = gold[code]
        out[code] = Score(
            code, int(g.sum()), int((p & g).sum()), int((p & ~g).sum()), int((~p & g).sum())
        )
    return out


def table(scores: dict[str, Score], n: int) -> str:
    lines = [
        f"NLP gold set: {n} messages "
        f"(development set: tests/nlp/gold/{', '.join(DEVELOPMENT_FILES)})",
        "| detector | gold positives | precision | recall |",
        "|---|---:|---:|---:|",
    ]
    for code, s in scores.items():
        lines.append(f"| {NAMES[code]} | {s.support} | {s.precision:.2f} | {s.recall:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the precision/recall table (and the misses) for one gold file."""
    import sys

    from analyzer.nlp import features

    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else GOLD_FILE
    items = load_gold(path)
    annotated, positions = gold_frame(items)
    feats = features.extract(annotated).frame.iloc[positions].reset_index(drop=True)
    first, rest = table(score(items, feats), len(items)).split("\n", 1)
    print(first.split(" (development set")[0] + f" ({path})\n" + rest)
    pred, gold = predictions(feats), truth(items)
    for code in pred:
        for i, it in enumerate(items):
            if pred[code][i] != gold[code][i]:
                print(
                    f"{code:5} {'FP' if pred[code][i] else 'FN'} | {it.context or '-'} | {it.text}"
                )


if __name__ == "__main__":
    main()
