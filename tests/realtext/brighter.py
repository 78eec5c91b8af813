"""The reading on BRIGHTER's dev splits (texts nobody here wrote or tuned on), per language:
English (eng), Brazilian Portuguese (ptbr), Spanish (esp), German (deu), Hindi (hin).

    python -m tests.realtext.brighter            # the figures of the code as it is
    python -m tests.realtext.brighter --write    # also score English on the code of BEFORE
                                                 # (from git) and record all in brighter.json
    python -m tests.realtext.brighter --misses deu   # development: a language's train split,
                                                     # its figures and its misses (never dev)

A row labelled with any of anger, disgust, fear, joy or sadness (English has no disgust column)
should reach tier >= 2; a row with no emotion at all should not (the Spanish split has no such
row). Rows labelled with surprise only are left out of both. A language the tool does not read
yet (no language pack) is scored all the same, and recorded with ``"read": false``.
``python -m tests.figures`` writes README's tables from the recorded English "before" and the
figures scored now; ``test_languages.py`` checks that the recorded figures are the ones scored
now.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DIR = Path(__file__).with_name("brighter")
DATA = DIR / "dev_eng.csv"
RECORD = Path(__file__).with_name("brighter.json")
#: The code before the whose-feeling work, the emotion model with character n-grams and the
#: language guess by script.
BEFORE = "dea0881"
EMOTIONS = ("anger", "disgust", "fear", "joy", "sadness")
#: BRIGHTER's code of each language scored here -> the tool's language code.
LANGUAGES = {"eng": "en", "ptbr": "pt", "esp": "es", "deu": "de", "hin": "hi"}


def rows(split: str, code: str, data: Path | None = None) -> pd.DataFrame:
    """One BRIGHTER file (``split`` train or dev, ``code`` one of :data:`LANGUAGES`; or the file
    ``data``) with two more columns: ``emotional`` (any of :data:`EMOTIONS`) and ``none`` (no
    emotion at all)."""
    path = data or DIR / f"{split}_{code}.csv"
    frame = pd.read_csv(path, dtype={"text": str}, keep_default_na=False)
    labels = frame.drop(columns=["id", "text"])
    five = [c for c in EMOTIONS if c in labels]
    return frame.assign(
        emotional=labels[five].sum(axis=1).to_numpy() > 0,
        none=labels.sum(axis=1).to_numpy() == 0,
    )


def _share(flags, mask) -> float | None:
    return round(float(flags[mask].mean()), 4) if mask.any() else None


def tiers(split: str, code: str, data: Path | None = None) -> pd.DataFrame:
    """:func:`rows` with the reading's ``tier`` of each row (each message read in the language
    the pass finds for it, as in a chat)."""
    from tests.realtext.evaluate import features_of

    frame = rows(split, code, data)
    feats = features_of(frame["text"].tolist())
    return frame.assign(
        tier=feats["tier"].fillna(0).to_numpy(),
        terms=feats["emotion_terms"].fillna("").to_numpy(),
        feeling_tier=feats["feeling_tier"].fillna(0).to_numpy(),
        # the model is asked only when the lexicon and the feeling statement leave the row
        # below tier 2: a score there means the model raised it
        by_model=feats["emotion_score"].notna().to_numpy(),
    )


def score(
    code: str = "eng", data: Path | None = None, split: str = "dev"
) -> dict[str, float | int | None]:
    """Tier >= 2 on the ``split`` (dev unless told) of ``code``: its share of the emotional rows
    and of the rows with no emotion (None where there is none)."""
    dev = tiers(split, code, data)
    emotional, none = dev["emotional"].to_numpy(), dev["none"].to_numpy()
    deep = dev["tier"].to_numpy() >= 2
    return {
        "rows": len(dev),
        "emotional": int(emotional.sum()),
        "none": int(none.sum()),
        "tier2_on_emotional": _share(deep, emotional),
        "tier2_on_none": _share(deep, none),
    }


def is_read(language: str) -> bool:
    """The tool reads ``language`` (a tool code: en, pt, es): English always; another language
    when its pack is there."""
    if language == "en":
        return True
    lexicons = ROOT / "analyzer" / "lexicons"
    try:
        from analyzer.nlp.pack import available
    except ImportError:
        return False
    return language in available() and (lexicons / language / "pack.json").is_file()


def model_alone(language: str) -> dict | None:
    """The language's emotion model alone on its dev split (``train.dev_model_alone``), None
    when it ships none."""
    from tests.realtext import train

    path = train.model_file(language)
    return train.dev_model_alone(language, train.read_model(path)) if path.is_file() else None


def score_all() -> dict[str, dict]:
    """:func:`score` of every language of :data:`LANGUAGES`, each with whether it is read and
    what its emotion model alone reaches."""
    return {
        code: {"read": is_read(lang), **score(code), "model_alone": model_alone(lang)}
        for code, lang in LANGUAGES.items()
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
        f"print(json.dumps(score('eng', Path({str(DATA)!r}))))\n"
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


def misses(code: str) -> int:
    """Development on ``code``'s train split: its figures, then emotional rows the reading leaves
    below tier 2 (the first 80) and every row without emotion it raises, with what raised it:
    ``lexicon`` (its emotion terms and the feeling statement's tier) or ``model`` (its strongest
    word). The model's figures on train are in-sample (it was trained on these rows)."""
    data = tiers("train", code)
    deep = data["tier"].to_numpy() >= 2
    for text in data.loc[data["emotional"].to_numpy() & ~deep, "text"].head(80):
        print("MISS", text[:160].replace("\n", " "))
    alarms = data.loc[data["none"].to_numpy() & deep]
    for row in alarms.itertuples():
        source = "model  " if row.by_model else "lexicon"
        why = f"{source} tier {int(row.tier)} feeling {int(row.feeling_tier)} [{row.terms}]"
        print("FP  ", why, "|", row.text[:160].replace("\n", " "))
    emotional, none = data["emotional"].to_numpy(), data["none"].to_numpy()
    by_model = data["by_model"].to_numpy()
    figures = {
        "rows": len(data),
        "emotional": int(emotional.sum()),
        "none": int(none.sum()),
        "tier2_on_emotional": _share(deep, emotional),
        "tier2_on_none": _share(deep, none),
        "none_raised_by_lexicon": int((none & deep & ~by_model).sum()),
        "none_raised_by_model": int((none & deep & by_model).sum()),
        "emotional_raised_by_lexicon": int((emotional & deep & ~by_model).sum()),
        "emotional_raised_by_model": int((emotional & deep & by_model).sum()),
    }
    print(json.dumps({"train": figures}, indent=2))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.realtext.brighter",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--write", action="store_true", help="record the figures (brighter.json)")
    parser.add_argument(
        "--misses", choices=list(LANGUAGES), help="a language's train figures and misses (not dev)"
    )
    args = parser.parse_args(argv)  # an unknown option stops here, before any split is read
    if args.misses:
        return misses(args.misses)
    now = score_all()
    print(json.dumps({"dev": now}, indent=2))
    if args.write:
        before = {"commit": BEFORE, **score_before()}
        print(json.dumps({"before": before}, indent=2))
        RECORD.write_text(
            json.dumps({"before": before, "dev": now}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
