"""Score a frozen part exactly once per release of the detectors, and keep the log.

    python -m tests.frozen status              # each frozen part: its scorings, and whether the
                                               # detectors changed since the last one
    python -m tests.frozen score acts          # score the frozen acts part (once per version)
    python -m tests.frozen score acts --force --note "why a second scoring"

A frozen part is labelled and committed before any detector runs on it, never read to change a
detector, and scored once for each version of the detectors (the policy is in
``docs/evaluation.md``). The *version of the detectors* is a hash of every file that decides
what a detector says: ``analyzer/nlp/`` and ``analyzer/lexicons/``. A second scoring at the
same version is refused unless ``--force`` (with a ``--note`` saying why); each scoring is
appended to :data:`LOG` with its date, the commit it ran at and its figures. README shows the
latest scoring of each part (``python -m tests.figures``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = Path(__file__).with_name("frozen_log.jsonl")
#: What decides a detector's output (the report's signs read these outputs).
DETECTOR_PATHS = ("analyzer/nlp", "analyzer/lexicons")


def detectors_version(root: Path = ROOT) -> str:
    """SHA-256 (first 16 hex digits) over the paths and contents of the detectors' files."""
    digest = hashlib.sha256()
    for top in DETECTOR_PATHS:
        for path in sorted((root / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _acts(path: Path | None = None) -> dict[str, list]:
    from tests.realtext.evaluate import (
        ACT_CODES,
        ACTS_FILE,
        act_predictions,
        features_of,
        load_acts,
        pr,
    )

    acts = load_acts("frozen", path or ACTS_FILE)
    pred = act_predictions(features_of(acts["text"].tolist()))
    out = {}
    for code in ACT_CODES:
        gold = acts["labels"].str.split().map(lambda ls, c=code: c in ls).to_numpy()
        n, p, r = pr(pred[code], gold)
        out[code] = [n, round(p, 4), round(r, 4)]
    return out


def _gold_heldout() -> dict[str, list]:
    from analyzer.nlp import features
    from tests.nlp import gold

    items = gold.load_gold(gold.HELDOUT_FILE)
    annotated, positions = gold.gold_frame(items)
    feats = features.extract(annotated).frame.iloc[positions].reset_index(drop=True)
    return {
        code: [s.support, round(s.precision, 4), round(s.recall, 4)]
        for code, s in gold.score(items, feats).items()
    }


def _register(kind: str = "frozen") -> dict[str, list]:
    from tests.realtext.evaluate import features_of
    from tests.realtext.register_eval import frame, scores

    data = frame(kind)
    sc = scores(data, features_of(data["text"].tolist()).reset_index(drop=True))
    return {
        "SUP": [sc["SUP"], round(sc["support P"], 4), round(sc["support R"], 4)],
        "RFL->OWN": [sc["RFL without OWN"], round(sc["read as the writer's"], 4)],
        "TIER2": [sc["TIER2"], round(sc["tier>=2 P"], 4), round(sc["tier>=2 R"], 4)],
    }


def _gold_es() -> dict[str, list]:
    """The frozen third of the Spanish gold set, read with the Spanish pack."""
    from tests.langgold.es.score import scores

    path = Path(__file__).parent / "langgold" / "es" / "frozen.txt"
    return {
        code: [s.support, round(s.precision, 4), round(s.recall, 4)]
        for code, s in scores(path).items()
    }


def _langgold(code: str) -> dict[str, list]:
    """The frozen part of the chat-register gold set of ``code`` (tests/langgold/<code>/),
    read with that language's pack."""
    from tests.langgold import score

    return {
        key: [s.support, round(s.precision, 4), round(s.recall, 4)]
        for key, s in score.scores(code, score.frozen_file(code)).items()
    }


#: name -> (what it is, the function that scores it: {code: [positives, precision, recall]};
#: the register part's ``RFL->OWN`` is [messages, share read as the writer's feeling]).
PARTS: dict[str, tuple[str, Callable[[], dict[str, list]]]] = {
    "acts": ("tests/realtext/labelled/acts.tsv, part frozen (354 real comments)", _acts),
    "acts2": (
        "tests/realtext/labelled/acts_frozen2.tsv (120 real comments, the second frozen batch)",
        lambda: _acts(Path(__file__).parent / "realtext" / "labelled" / "acts_frozen2.tsv"),
    ),
    "register": (
        "tests/realtext/register/, part frozen (251 written messages, 135 real comments)",
        _register,
    ),
    "register2": (
        "tests/realtext/register/written2.tsv and goemotions2.tsv, all frozen "
        "(287 written messages, 120 real comments)",
        lambda: _register("register2"),
    ),
    "gold-heldout5": ("tests/nlp/gold/heldout5.txt (67 messages we wrote)", _gold_heldout),
    "gold-pt": (
        "tests/langgold/pt/frozen.txt (110 Brazilian Portuguese chat messages we wrote)",
        lambda: _langgold("pt"),
    ),
    "gold-es": ("tests/langgold/es/frozen.txt (128 Spanish chat messages we wrote)", _gold_es),
    "gold-de": (
        "tests/langgold/de/frozen.txt (140 German chat messages we wrote)",
        lambda: _langgold("de"),
    ),
    "gold-fr": (
        "tests/langgold/fr/frozen.txt (144 French chat messages we wrote)",
        lambda: _langgold("fr"),
    ),
    "gold-hi": (
        "tests/langgold/hi/frozen.txt (116 Hindi chat messages we wrote, romanised and "
        "Devanagari)",
        lambda: _langgold("hi"),
    ),
    "gold-it": (
        "tests/langgold/it/frozen.txt (148 Italian chat messages we wrote)",
        lambda: _langgold("it"),
    ),
}


def read_log(path: Path = LOG) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def latest(part: str, path: Path = LOG) -> dict:
    entries = [e for e in read_log(path) if e["part"] == part]
    if not entries:
        raise LookupError(f"no scoring of {part} in {path.name}")
    return entries[-1]


def _commit() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", *DETECTOR_PATHS],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    commit = head.stdout.strip() or "unknown"
    return commit + ("+uncommitted" if dirty.stdout.strip() else "")


def score(part: str, *, force: bool = False, note: str = "", path: Path = LOG) -> dict:
    """Score ``part`` once at this version of the detectors and append it to the log."""
    if part not in PARTS:
        raise SystemExit(f"unknown frozen part {part!r}; known: {', '.join(PARTS)}")
    version = detectors_version()
    done = [e for e in read_log(path) if e["part"] == part and e["detectors"] == version]
    if done and not force:
        raise SystemExit(
            f"{part} was already scored at this version of the detectors ({version}, "
            f"{done[-1]['date']}, commit {done[-1]['commit']}); a frozen part is scored once per "
            "version. Use --force --note WHY to score it again."
        )
    if not note:
        raise SystemExit(
            "--note is needed: say what this scoring marks (the release, or why it is scored again)"
        )
    entry = {
        "part": part,
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "commit": _commit(),
        "detectors": version,
        "figures": PARTS[part][1](),
        "note": note,
    }
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry


def status() -> str:
    version = detectors_version()
    lines = [f"detectors version now: {version}"]
    for part, (what, _fn) in PARTS.items():
        entries = [e for e in read_log() if e["part"] == part]
        lines.append(f"{part}: {what}; scored {len(entries)} time(s)")
        for e in entries:
            lines.append(f"  {e['date']} commit {e['commit']} detectors {e['detectors']}")
        if not any(e["detectors"] == version for e in entries):
            lines.append("  not yet scored at this version of the detectors")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.frozen")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status")
    one = sub.add_parser("score")
    one.add_argument("part", choices=sorted(PARTS))
    one.add_argument("--force", action="store_true")
    one.add_argument("--note", default="")
    args = parser.parse_args(argv)
    if args.command == "status":
        print(status())
        return 0
    entry = score(args.part, force=args.force, note=args.note)
    print(json.dumps(entry, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
