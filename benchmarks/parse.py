"""Time WhatsApp parsing: ``analyzer.load_chat`` against whatstk 0.9.1 and chat-miner 0.6.0.

    python benchmarks/parse.py [--messages 100000 200000] [--repeat 3] [--venv DIR]

whatstk runs as it is normally called, detecting the header format itself (as ``load_chat``
does); its time with the format given (``hformat=``) is shown too. The script writes synthetic
Android exports (``dd/mm/yy, HH:MM - Name: text``, 24-hour, two
people, ~65 bytes a message, 8 % multi-line, some media and system lines) with
:mod:`analyzer.parsers.render`, then times each parser on the same file, each in its own fresh
process (best of ``--repeat``; the time covers reading the file and building the table, not the
interpreter start-up or imports). Each child prints the number of messages it found, as a check.

The other tools are not project dependencies: they live in their own virtual environment
(``--venv``, by default ``benchmarks/_env``, which git ignores), created on first run with
``pip install whatstk==0.9.1 chat-miner==0.6.0``. Our parser runs from the current interpreter
with the repository on the path.
Target (docs/design.md, section 6): >= 10x faster than whatstk, >= 25x faster than chat-miner.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.parsers.render import render  # noqa: E402

WORDS = (
    "ok yes no maybe tonight tomorrow love you miss feel think really sorry thanks haha "
    "work home dinner train late early weekend call later good bad tired happy sad why what "
    "when where how coffee movie sure great fine honestly actually wait see meet"
).split()


def synthetic_chat(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` messages between two people, a minute or more apart, with varied text."""
    rng = np.random.default_rng(seed)
    gaps = rng.integers(1, 240, size=n).cumsum()
    ts = pd.Timestamp("2019-01-01 08:00") + pd.to_timedelta(gaps, unit="min")
    authors = np.where(rng.random(n) < 0.5, "Sam Taylor", "Alex Morgan").astype(object)
    lengths = rng.integers(2, 16, size=n)
    words = rng.choice(WORDS, size=int(lengths.sum()))
    cuts = np.cumsum(lengths)[:-1]
    texts = np.array([" ".join(w) for w in np.split(words, cuts)], dtype=object)
    multi = rng.random(n) < 0.08
    texts[multi] = texts[multi] + "\n" + texts[np.roll(multi, 1)][: multi.sum()]
    media = rng.random(n) < 0.03
    texts[media] = "<Media omitted>"
    system = rng.random(n) < 0.002
    texts[system] = "Sam Taylor changed the group description"
    authors[system] = None
    return pd.DataFrame({"timestamp": ts, "author": authors, "text": texts})


CHILD = {
    "chat-balance": (
        "import sys, time; sys.path.insert(0, {root!r}); import analyzer\n"
        "best = 1e9\n"
        "for _ in range({repeat}):\n"
        "    t = time.perf_counter(); chat = analyzer.load_chat({path!r}); best = min(best, time.p"
        "erf_counter() - t)\n"
        "print(best, len(chat.messages))\n"
    ),
    "whatstk": (
        "import time; from whatstk import WhatsAppChat\n"
        "best = 1e9\n"
        "for _ in range({repeat}):\n"
        "    t = time.perf_counter(); chat = WhatsAppChat.from_source(filepath={path!r}); best = m"
        "in(best, time.perf_counter() - t)\n"
        "print(best, len(chat.df))\n"
    ),
    "whatstk-hformat": (
        "import time; from whatstk import WhatsAppChat\n"
        "best = 1e9\n"
        "for _ in range({repeat}):\n"
        "    t = time.perf_counter(); chat = WhatsAppChat.from_source(filepath={path!r}, hformat='"
        "%d/%m/%y, %H:%M - %name:'); best = min(best, time.perf_counter() - t)\n"
        "print(best, len(chat.df))\n"
    ),
    "chat-miner": (
        "import time, logging; logging.disable(logging.CRITICAL); from chatminer.chatparsers impor"
        "t WhatsAppParser\n"
        "best = 1e9\n"
        "for _ in range({repeat}):\n"
        "    t = time.perf_counter(); p = WhatsAppParser({path!r}); p.parse_file(); df = p.parsed_"
        "messages.get_df(); best = min(best, time.perf_counter() - t)\n"
        "print(best, len(df))\n"
    ),
}


def ensure_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "whatstk==0.9.1", "chat-miner==0.6.0"],
            check=True,
        )
    return python


def time_tool(tool: str, python: str, path: Path, repeat: int) -> tuple[float, int]:
    code = CHILD[tool].format(root=str(ROOT), path=str(path), repeat=repeat)
    out = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True)
    seconds, count = out.stdout.split()[-2:]
    return float(seconds), int(count)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, nargs="+", default=[100_000, 200_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--venv", type=Path, default=ROOT / "benchmarks" / "_env")
    ap.add_argument("--only", choices=sorted(CHILD), nargs="+", default=sorted(CHILD))
    args = ap.parse_args()
    other_python = str(ensure_venv(args.venv)) if set(args.only) - {"chat-balance"} else ""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.messages:
            path = Path(tmp) / f"chat_{n}.txt"
            path.write_text(render(synthetic_chat(n), "android-dmy-24h"), encoding="utf-8")
            size_mb = path.stat().st_size / 1e6
            row = {"messages": n, "MB": round(size_mb, 1)}
            for tool in args.only:
                python = sys.executable if tool == "chat-balance" else other_python
                seconds, count = time_tool(tool, python, path, args.repeat)
                row[tool] = round(seconds, 3)
                row[f"{tool} rows"] = count
            results.append(row)
            print(json.dumps(row), flush=True)
    print()
    print(
        "| messages | MB | chat-balance s | whatstk s | chat-miner s | vs whatstk | vs chat-miner "
        "| whatstk, format given s | vs that |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    nan = float("nan")
    for row in results:
        ours = row.get("chat-balance", nan)
        w, c, wh = (
            row.get("whatstk", nan),
            row.get("chat-miner", nan),
            row.get("whatstk-hformat", nan),
        )
        print(
            f"| {row['messages']:,} | {row['MB']} | {ours:.2f} | {w:.2f} | {c:.2f} "
            f"| {w / ours:.1f}x | {c / ours:.1f}x | {wh:.2f} | {wh / ours:.1f}x |"
        )


if __name__ == "__main__":
    main()
