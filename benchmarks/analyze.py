"""Time ``analyze()`` (structure, NLP, measures, signs) on a long chat.

The chat is built from the bundled sample chats: their messages are tiled, each copy shifted
forward in time past the previous one, until there are ``--messages`` rows (default 200k). So the
text is varied, realistic chat text, and the time structure (sessions, weeks) keeps its shape.

    python benchmarks/analyze.py [--messages 200000] [--varied]

``--varied`` replaces every text with the varied messages of ``benchmarks/nlp.py`` (63 % distinct),
so the NLP pass cannot lean on repeated texts.

Target (docs/design.md, section 6): under 25 s on a 2-core machine, NLP included; for 1,000,000
messages (``--messages 1000000``) a peak under 1.5 GB. Prints a per-stage breakdown, peak memory
(ru_maxrss) and a digest of the results (equal digests: the same measures and signs).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import analyzer  # noqa: E402
from analyzer.chat import Chat  # noqa: E402
from analyzer.schema import Col  # noqa: E402

SAMPLES = [
    "sample_chats/android_en_gb.txt",
    "sample_chats/scenarios/balanced_deep.txt",
    "sample_chats/scenarios/dumping_ground.txt",
    "sample_chats/scenarios/critical_defensive.txt",
    "sample_chats/scenarios/crisis_support.txt",
]


def long_chat(n_messages: int) -> Chat:
    """A two-person chat of ``n_messages`` made by tiling sample chats in time."""
    base = analyzer.load_chat(ROOT / SAMPLES[0])
    names = base.participants[:2]
    parts = []
    for rel in SAMPLES:
        chat = analyzer.load_chat(ROOT / rel)
        msgs = chat.messages[chat.messages[Col.AUTHOR].notna()].copy()
        people = list(pd.unique(msgs[Col.AUTHOR].astype("object")))[:2]
        msgs = msgs[msgs[Col.AUTHOR].isin(people)]
        msgs[Col.AUTHOR] = (
            msgs[Col.AUTHOR].astype("object").map(dict(zip(people, names, strict=True)))
        )
        # every sample starts at time 0, so a tile spans ~10 weeks and 1M messages stay in range
        msgs[Col.TIMESTAMP] = msgs[Col.TIMESTAMP] - msgs[Col.TIMESTAMP].min()
        parts.append(msgs)
    unit = pd.concat(parts, ignore_index=True)
    span = unit[Col.TIMESTAMP].max() + pd.Timedelta(days=1)
    copies = -(-n_messages // len(unit))
    tiles = []
    start = pd.Timestamp("1990-01-01")
    for i in range(copies):
        tile = unit.copy()
        tile[Col.TIMESTAMP] = tile[Col.TIMESTAMP] + start + i * span
        tiles.append(tile)
    msgs = pd.concat(tiles, ignore_index=True).iloc[:n_messages]
    msgs = msgs.sort_values(Col.TIMESTAMP, kind="stable").reset_index(drop=True)
    from analyzer.schema import normalize_messages

    return Chat(messages=normalize_messages(msgs), source=base.source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument(
        "--varied", action="store_true", help="texts from benchmarks/nlp.py, mostly distinct"
    )
    args = parser.parse_args()
    chat = long_chat(args.messages)
    if args.varied:
        from nlp import make_texts

        texts = make_texts(len(chat.messages))
        chat.messages[Col.TEXT] = pd.Series(texts, index=chat.messages.index).where(
            chat.messages[Col.TEXT].notna()
        )
    words = int(chat.messages[Col.TEXT].str.split().str.len().sum())
    print(f"chat: {len(chat.messages)} messages, {words} words")
    stamps: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    result = analyzer.analyze(
        chat, progress=lambda stage: stamps.append((stage, time.perf_counter()))
    )
    total = time.perf_counter() - t0
    stamps.append(("end", time.perf_counter()))
    for (stage, t), (_, t_next) in zip(stamps, stamps[1:], strict=False):
        print(f"  {stage:<10} {t_next - t:6.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    observed = sum(s.status == "observed" for s in result.signs)
    print(
        f"analyze: {total:.2f} s (target < 25 s); peak RSS {peak:.0f} MB (target for 1M "
        f"messages < 1500 MB); {observed} signs observed"
    )
    print(f"results digest: {results_digest(result)} (equal digests: the same measures and signs)")


def results_digest(result: analyzer.Analysis) -> str:
    """A short hash of every measure value and every sign's status and score, so that two runs
    (say, before and after a memory change) can be shown to give the same results."""
    values = result.measures.values.round(12).to_csv(index=False)
    signs = "".join(f"{s.id}:{s.status}:{s.score!r};" for s in result.signs)
    return hashlib.sha256((values + signs).encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    main()
