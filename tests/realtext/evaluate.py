"""Score the NLP detectors on real text written by other people.

    python -m tests.realtext.evaluate            # GoEmotions dev split (the figures in README)
    python -m tests.realtext.evaluate train      # the split the detectors were tuned on
    python -m tests.realtext.evaluate acts [dev|frozen]   # the hand-labelled acts

GoEmotions labels map to our columns as written in README ("How well the detectors work on real
text"): a comment with any *clear* emotion should reach tier >= 2; a comment labelled only
``neutral`` should not; ``caring`` comments should be recognised as support; each emotion family
maps to one lexicon category (``EMOTION_CATEGORY``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analyzer.schema import normalize_messages
from tests.realtext.goemotions import CLEAR, DISCLOSED, load

#: GoEmotions label -> the ``cat_`` column that should fire for it.
EMOTION_CATEGORY = {
    "anger": "hard",
    "annoyance": "hard",
    "disgust": "hard",
    "sadness": "soft",
    "grief": "soft",
    "remorse": "soft",
    "embarrassment": "soft",
    "disappointment": "disappointment",
    "fear": "fear",
    "nervousness": "fear",
    "joy": "joy",
    "pride": "joy",
    "relief": "joy",
    "excitement": "joy",
    "love": "affection",
    "gratitude": "gratitude",
    "caring": "support",
}
ACTS_FILE = Path(__file__).parent / "labelled" / "acts.tsv"
#: The second frozen batch (every row frozen; see labelled/README.md).
ACTS_FILE_2 = ACTS_FILE.with_name("acts_frozen2.tsv")
ACT_CODES = ("SUP", "REP", "CRI", "INV", "ATP")


def comment_frame(texts: list[str]) -> pd.DataFrame:
    """Each comment as its own one-message session (no partner turn before it)."""
    n = len(texts)
    t0 = pd.Timestamp("2024-01-01")
    frame = pd.DataFrame(
        {
            "timestamp": t0 + pd.to_timedelta(np.arange(n) * 3, unit="h"),
            "author": "Alex",
            "text": texts,
        }
    )
    messages = normalize_messages(frame)
    return messages.assign(
        session_id=np.arange(n, dtype="int64"), turn_id=np.arange(n, dtype="int64")
    )


def features_of(texts: list[str]) -> pd.DataFrame:
    from analyzer.nlp import features

    return features.extract(comment_frame(texts)).frame.reset_index(drop=True)


def support_fired(feats: pd.DataFrame) -> np.ndarray:
    return ((feats["cat_support"] + feats["cat_validation"]) > 0).to_numpy()


def act_predictions(feats: pd.DataFrame) -> dict[str, np.ndarray]:
    return {
        "SUP": support_fired(feats),
        "REP": (feats["cat_repair"] > 0).to_numpy(),
        "CRI": ((feats["cat_criticism"] + feats["cat_complaint"]) > 0).to_numpy(),
        "INV": (feats["cat_invalidation"] > 0).to_numpy(),
        "ATP": feats["at_partner"].to_numpy()
        if "at_partner" in feats
        else np.zeros(len(feats), bool),
    }


def pr(pred: np.ndarray, gold: np.ndarray) -> tuple[int, float, float]:
    tp = int((pred & gold).sum())
    p = tp / pred.sum() if pred.sum() else float("nan")
    r = tp / gold.sum() if gold.sum() else float("nan")
    return int(gold.sum()), p, r


def goemotions_report(split: str) -> str:
    data = load(split)
    feats = features_of(data["text"].tolist())
    labels = data["labels"]
    clear = labels.map(lambda ls: bool(ls & CLEAR)).to_numpy()
    neutral = labels.map(lambda ls: ls == {"neutral"}).to_numpy()
    disclosed = labels.map(lambda ls: bool(ls & DISCLOSED)).to_numpy()
    deep = (feats["tier"] >= 2).to_numpy()
    sup = support_fired(feats)
    caring = labels.map(lambda ls: "caring" in ls).to_numpy()
    lines = [
        f"GoEmotions {split}: {len(data)} comments",
        "",
        "| check | comments | share |",
        "|---|---:|---:|",
        f"| tier >= 2 on clearly emotional comments (17 emotions) "
        f"| {clear.sum()} | {deep[clear].mean():.3f} |",
        f"| tier >= 2 on comments disclosing an emotion (14: not "
        f"caring, gratitude, remorse) | {disclosed.sum()} | {deep[disclosed].mean():.3f} |",
        f"| tier >= 2 on neutral-only comments | {neutral.sum()} | {deep[neutral].mean():.3f} |",
        f"| support fires on caring comments | {caring.sum()} | {sup[caring].mean():.3f} |",
        f"| support fires on neutral-only comments | {neutral.sum()} | {sup[neutral].mean():.3f} |",
        "",
        "| emotion | comments | tier >= 2 | category | P | R |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for emotion, cat in EMOTION_CATEGORY.items():
        has = labels.map(lambda ls, e=emotion: e in ls).to_numpy()
        family = labels.map(
            lambda ls, c=cat: any(EMOTION_CATEGORY.get(e) == c for e in ls)
        ).to_numpy()
        fired = support_fired(feats) if cat == "support" else (feats[f"cat_{cat}"] > 0).to_numpy()
        p = (fired & family).sum() / fired.sum() if fired.sum() else float("nan")
        r = (fired & has).sum() / has.sum()
        lines.append(
            f"| {emotion} | {has.sum()} | {deep[has].mean():.2f} | {cat} | {p:.2f} | {r:.2f} |"
        )
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _dev() -> tuple[pd.DataFrame, pd.DataFrame]:
    """GoEmotions dev and its features (computed once per process)."""
    data = load("dev")
    return data, features_of(data["text"].tolist())


def _dev_groups() -> dict[str, np.ndarray]:
    labels = _dev()[0]["labels"]
    return {
        "clear": labels.map(lambda ls: bool(ls & CLEAR)).to_numpy(),
        "disclosed": labels.map(lambda ls: bool(ls & DISCLOSED)).to_numpy(),
        "neutral": labels.map(lambda ls: ls == {"neutral"}).to_numpy(),
        "caring": labels.map(lambda ls: "caring" in ls).to_numpy(),
    }


def dev_counts() -> dict[str, int]:
    """How many dev comments each check reads (``all``: the whole split)."""
    counts = {name: int(mask.sum()) for name, mask in _dev_groups().items()}
    return {"all": len(_dev()[0]), **counts}


def dev_scores() -> dict[str, float]:
    """The headline dev figures (recorded in the model card, shown in README)."""
    feats = _dev()[1]
    g = _dev_groups()
    deep = (feats["tier"] >= 2).to_numpy()
    sup = support_fired(feats)
    return {
        "tier2_on_clear": round(float(deep[g["clear"]].mean()), 4),
        "tier2_on_disclosed": round(float(deep[g["disclosed"]].mean()), 4),
        "tier2_on_neutral": round(float(deep[g["neutral"]].mean()), 4),
        "support_on_caring": round(float(sup[g["caring"]].mean()), 4),
        "support_on_neutral": round(float(sup[g["neutral"]].mean()), 4),
    }


def load_acts(part: str | None = None, path: Path = ACTS_FILE) -> pd.DataFrame:
    acts = pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=["id", "part", "labels", "text"],
        quoting=3,
        keep_default_na=False,
        dtype=str,
    )
    return acts if part is None else acts[acts["part"] == part].reset_index(drop=True)


def acts_report(part: str) -> tuple[str, pd.DataFrame, dict[str, np.ndarray]]:
    acts = load_acts(part)
    feats = features_of(acts["text"].tolist())
    pred = act_predictions(feats)
    lines = [
        f"Hand-labelled real comments ({part}): {len(acts)}",
        "",
        "| act | positives | precision | recall |",
        "|---|---:|---:|---:|",
    ]
    for code in ACT_CODES:
        gold = acts["labels"].str.split().map(lambda ls, c=code: c in ls).to_numpy()
        n, p, r = pr(pred[code], gold)
        lines.append(f"| {code} | {n} | {p:.2f} | {r:.2f} |")
    return "\n".join(lines), acts, pred


def main(argv: list[str]) -> None:
    if argv and argv[0] == "acts":
        part = argv[1] if len(argv) > 1 else "dev"
        text, acts, pred = acts_report(part)
        print(text)
        if "-v" in argv:
            for code in ACT_CODES:
                for i, row in acts.iterrows():
                    gold = code in row["labels"].split()
                    if pred[code][i] != gold:
                        print(f"{code} {'FP' if pred[code][i] else 'FN'} | {row['text']}")
        return
    print(goemotions_report(argv[0] if argv else "dev"))


if __name__ == "__main__":
    main(sys.argv[1:])
