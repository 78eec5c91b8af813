"""Score support and "whose feeling" on the real-register set (``tests/realtext/register/``).

    python -m tests.realtext.register_eval dev        # the part the detectors may be tuned on
    python -m tests.realtext.register_eval frozen     # the old frozen third (development now)
    python -m tests.realtext.register_eval all -v     # both, with every miss and false hit
    python -m tests.realtext.register_eval written3   # the third written set (all dev)
    python -m tests.realtext.register_eval written4   # the small check written after it
    python -m tests.realtext.register_eval written5   # the fifth set ("causing" verbs, sarcasm)
    python -m tests.realtext.register_eval goemotions6  # real comments: support, praise, wishes
    python -m tests.realtext.register_eval written7   # the reader's feeling guessed, past, teased
    python -m tests.realtext.register_eval written8   # ... in conditions, questions, orders
    python -m tests.realtext.register_eval written9   # support in the chat register
    python -m tests.realtext.register_eval written9c  # the small check written after it
    python -m tests.realtext.register_eval written9d  # a second check, after widening on the first
    python -m tests.realtext.register_eval written9e  # a third check
    python -m tests.realtext.register_eval written9f  # a fourth, held out from the third's widening
    python -m tests.realtext.register_eval written9g  # a fifth, after the widening on the fourth
    python -m tests.realtext.register_eval goemotions10  # real comments: a feeling near "you"
    python -m tests.realtext.register_eval goemotions11  # a check drawn after the tenth's changes
    python -m tests.realtext.register_eval goemotions12  # a second check, after both sets' changes
    python -m tests.realtext.register_eval goemotions13  # a third check, after three sets' changes
    python -m tests.realtext.register_eval goemotions14  # a fourth check, after four sets' changes
    python -m tests.realtext.register_eval goemotions15  # a fifth check, after five sets' changes
    python -m tests.realtext.register_eval goemotions16  # a sixth check, after six sets' changes

The fair estimate is the second set, ``register2`` (``written2.tsv``, ``goemotions2.tsv``, all
frozen); it is scored only by ``python -m tests.frozen score register2``, once per version of
the detectors, and this script refuses to show it.

Each message is read on its own (as a one-message chat). Figures, pooled over the written
messages and the GoEmotions comments, and per file:

- support (``cat_support + cat_validation > 0``) against ``SUP``: precision and recall;
- a feeling about the reader read as the writer's: among messages labelled ``RFL`` and not
  ``OWN`` (no feeling of the writer's own), the share with a feeling statement or tier >= 2;
- ``reflection`` against ``RFL`` outside questions is not scored (``RFL`` also covers questions,
  orders and sarcasm); its share among ``RFL`` messages is printed for information;
- tier >= 2 against ``TIER2``: precision and recall.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

from tests.realtext.evaluate import features_of, pr, support_fired
from tests.realtext.register import FILES, FROZEN_FILES, load

#: the sets of :data:`DEV_FILES` by the name this script takes
WRITTEN_DEV = {
    "written3": "written3_dev",
    "written4": "written4_check",
    "written5": "written5_dev",
    "goemotions6": "goemotions6_dev",
    "written7": "written7_dev",
    "written8": "written8_dev",
    "written9": "written9_dev",
    "written9c": "written9_check",
    "written9d": "written9_check2",
    "written9e": "written9_check3",
    "written9f": "written9_check4",
    "written9g": "written9_check5",
    "goemotions10": "goemotions10_dev",
    "goemotions11": "goemotions11_dev",
    "goemotions12": "goemotions12_dev",
    "goemotions13": "goemotions13_dev",
    "goemotions14": "goemotions14_dev",
    "goemotions15": "goemotions15_dev",
    "goemotions16": "goemotions16_dev",
}
KINDS = ("dev", "frozen", "all", *WRITTEN_DEV)


def frame(kind: str) -> pd.DataFrame:
    """The messages of ``kind`` with a ``file`` column (``written`` / ``goemotions``): "dev",
    "frozen" (the first set's old frozen third), "all" (both), or "register2" (the second set).
    """
    if kind == "register2":
        parts = [load(name).assign(file=name.rstrip("2")) for name in FROZEN_FILES]
    elif kind in WRITTEN_DEV:
        name = WRITTEN_DEV[kind]
        parts = [load(name).assign(file=name.split("_")[0].rstrip("0123456789"))]
    else:
        parts = [load(name, None if kind == "all" else kind).assign(file=name) for name in FILES]
    return pd.concat(parts, ignore_index=True)


def scores(data: pd.DataFrame, feats: pd.DataFrame) -> dict[str, float]:
    labels = data["labels"]
    sup_gold = labels.map(lambda s: "SUP" in s).to_numpy()
    rfl_only = labels.map(lambda s: "RFL" in s and "OWN" not in s).to_numpy()
    rfl = labels.map(lambda s: "RFL" in s).to_numpy()
    t2_gold = labels.map(lambda s: "TIER2" in s).to_numpy()
    sup = support_fired(feats)
    tier2 = feats["tier"].fillna(0).to_numpy() >= 2
    own = feats["feeling"].to_numpy(dtype=bool) | tier2
    n_sup, p_sup, r_sup = pr(sup, sup_gold)
    n_t2, p_t2, r_t2 = pr(tier2, t2_gold)
    return {
        "messages": len(data),
        "SUP": n_sup,
        "support P": p_sup,
        "support R": r_sup,
        "RFL without OWN": int(rfl_only.sum()),
        "read as the writer's": float(own[rfl_only].mean()) if rfl_only.any() else np.nan,
        "reflection on RFL": float(feats["reflection"].to_numpy()[rfl].mean())
        if rfl.any()
        else np.nan,
        "TIER2": n_t2,
        "tier>=2 P": p_t2,
        "tier>=2 R": r_t2,
    }


def report(kind: str, verbose: bool = False) -> str:
    data = frame(kind)
    feats = features_of(data["text"].tolist()).reset_index(drop=True)
    rows = {"both files": scores(data, feats)}
    for name in FILES:
        mask = (data["file"] == name).to_numpy()
        if not mask.any():
            continue
        rows[name] = scores(data[mask].reset_index(drop=True), feats[mask].reset_index(drop=True))
    keys = list(rows["both files"])
    lines = [
        f"Real-register set, {kind} part",
        "| " + " | ".join(["set", *keys]) + " |",
        "|" + "---|" * (len(keys) + 1),
    ]
    for name, sc in rows.items():
        cells = [f"{v:.2f}" if isinstance(v, float) else str(v) for v in sc.values()]
        lines.append("| " + " | ".join([name, *cells]) + " |")
    if verbose:
        sup = support_fired(feats)
        tier2 = feats["tier"].fillna(0).to_numpy() >= 2
        own = feats["feeling"].to_numpy(dtype=bool) | tier2
        for i, labels in enumerate(data["labels"]):
            text = data["text"].iat[i].replace("\n", " ")
            if sup[i] != ("SUP" in labels):
                lines.append(f"SUP {'FP' if sup[i] else 'FN'} | {text}")
            if "RFL" in labels and "OWN" not in labels and own[i]:
                lines.append(f"RFL-OWN {feats['emotion_terms'].iat[i]} | {text}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    kind = argv[0] if argv else "dev"
    if kind not in KINDS:
        print(
            "usage: python -m tests.realtext.register_eval "
            "dev|frozen|all|written3|written4|written5|goemotions6|written7|written8|written9"
            "|written9c|written9d|written9e|written9f|written9g|goemotions10|goemotions11"
            "|goemotions12|goemotions13|goemotions14|goemotions15|goemotions16 [-v]\n"
            "(register2 is scored only by: python -m tests.frozen score register2)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    print(report(kind, verbose="-v" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
