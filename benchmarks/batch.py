"""Many chats: ``analyze_many`` on 1 and 2 Dask workers against plain loops
(docs/design.md, section 6).

Writes ``--chats`` WhatsApp (Android) exports of about ``--messages`` messages each into a
temporary folder, then times, on the same files:

- ``batch`` with a LocalCluster of 1 worker process, then of 2 (each a fresh cluster: worker
  start-up and the pipeline load are included, as a user would pay them; the time to the first
  chat finished shows that start-up, the steady rate after it the per-chat cost);
- a plain Python loop ``load_chat`` + ``analyze`` in one process (the pipeline loaded once);
- a loop over the CLI, ``chat-balance report CHAT -o CHAT.json -q`` (a new process per chat, the
  cheapest report), on ``--cli-chats`` of the chats, extrapolated per chat.

    python benchmarks/batch.py [--chats 200] [--messages 300] [--cli-chats 20]
                               [--steps one,two,loop,cli,profile]

Each chat is cut from the bundled sample chats tiled in time (as in benchmarks/analyze.py), from
its own starting offset, with its own two names, so no two chats are the same text. Target: 2
workers at least 1.6x one on 200 small chats; the batch at least 3x faster per chat than the
loop over the CLI. The load average is printed before and after each step: on a shared machine
it says how much of the two cores the run had.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

NAMES = ("Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun")


def write_chats(folder: Path, n_chats: int, n_messages: int) -> int:
    """``n_chats`` Android WhatsApp exports; returns the messages written in all."""
    from analyze import long_chat

    from analyzer.schema import Col

    unit = long_chat(n_messages * 4).messages
    unit = unit[unit[Col.KIND].eq("text") & unit[Col.AUTHOR].notna()].reset_index(drop=True)
    people = list(dict.fromkeys(unit[Col.AUTHOR].astype(str)))[:2]
    total = 0
    for i in range(n_chats):
        start = (i * 997) % (len(unit) - n_messages)
        part = unit.iloc[start : start + n_messages]
        names = {people[0]: NAMES[i % len(NAMES)], people[1]: NAMES[(i + 3) % len(NAMES)] + str(i)}
        stamps = part[Col.TIMESTAMP].dt.strftime("%d/%m/%Y, %H:%M")
        authors = part[Col.AUTHOR].astype(str).map(names)
        lines = stamps + " - " + authors + ": " + part[Col.TEXT].astype(str)
        (folder / f"chat_{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        total += len(part)
    return total


def time_batch(folder: Path, out: Path, workers: int) -> tuple[float, int, float, float]:
    """Wall time, chats analysed, the steady rate in chats/s after the first chat finished
    (leaving out the cluster's start-up: worker processes, imports, the pipeline load), and the
    seconds to that first chat."""
    from analyzer.batch import analyze_many

    shutil.rmtree(out, ignore_errors=True)
    done: list[float] = []
    start = time.perf_counter()
    result = analyze_many(
        folder, output=out, workers=workers, progress=lambda *_: done.append(time.perf_counter())
    )
    wall = time.perf_counter() - start
    steady = (len(done) - 1) / (done[-1] - done[0]) if len(done) > 1 else float("nan")
    return wall, result.analysed, steady, done[0] - start if done else float("nan")


def profile_batch(folder: Path, out: Path, workers: int) -> str:
    """Where the CPU time of a batch goes: this process (scheduler, collecting results, writing
    the tables) against each worker process (the chats), read just before the cluster closes."""
    import psutil

    from analyzer.batch import analyze_many, cluster

    seen: dict[str, tuple[float, float]] = {}
    close = cluster._Cluster.__exit__

    def read_workers_then_close(self, *exc_info):
        if self.client is not None:
            seen.update(self.client.run(lambda: tuple(psutil.Process().cpu_times())[:2]))
        return close(self, *exc_info)

    shutil.rmtree(out, ignore_errors=True)
    me = psutil.Process()
    before = me.cpu_times()
    cluster._Cluster.__exit__ = read_workers_then_close
    start = time.perf_counter()
    try:
        result = analyze_many(folder, output=out, workers=workers)
    finally:
        cluster._Cluster.__exit__ = close
    wall = time.perf_counter() - start
    after = me.cpu_times()
    own = (after.user - before.user) + (after.system - before.system)
    each = ", ".join(f"{u + s:.1f} s" for u, s in seen.values())
    return (
        f"{result.analysed} chats, {workers} workers, {wall:.1f} s wall: this process used "
        f"{own:.1f} s of CPU ({own / wall:.0%} of one core, {own / result.analysed * 1000:.0f} ms "
        f"per chat); the workers {each}"
    )


def time_loop(files: list[Path]) -> float:
    import analyzer

    start = time.perf_counter()
    for path in files:
        analyzer.analyze(analyzer.load_chat(path))
    return time.perf_counter() - start


def time_cli(files: list[Path], out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    exe = shutil.which("chat-balance") or sys.executable
    prefix = [exe] if exe.endswith("chat-balance") else [exe, "-m", "analyzer"]
    start = time.perf_counter()
    for path in files:
        subprocess.run(
            [*prefix, "report", str(path), "-o", str(out / f"{path.stem}.json"), "-q"], check=True
        )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--cli-chats", type=int, default=20, help="chats in the CLI loop")
    parser.add_argument(
        "--steps",
        default="one,two,loop,cli",
        help="what to time, in this order: one, two (batch workers), loop, cli; profile: "
        "where the CPU time of a two-worker batch goes",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chat-balance-batch-") as tmp:
        folder = Path(tmp) / "chats"
        folder.mkdir()
        total = write_chats(folder, args.chats, args.messages)
        files = sorted(folder.iterdir())
        print(
            f"{args.chats} chats, {total / args.chats:.0f} messages each on average; "
            f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        rows = []
        for step in args.steps.split(","):
            if step in ("one", "two"):
                workers = 1 if step == "one" else 2
                seconds, done, steady, first = time_batch(
                    folder, Path(tmp) / f"out{workers}", workers
                )
                assert done == args.chats, f"only {done} of {args.chats} chats analysed"
                rows.append(
                    (
                        f"batch, {workers} worker{'s' if workers > 1 else ''}",
                        args.chats,
                        seconds,
                        steady,
                        first,
                    )
                )
            elif step == "profile":
                print(profile_batch(folder, Path(tmp) / "profile", 2), flush=True)
                continue
            elif step == "loop":
                rows.append(
                    (
                        "loop over analyze()",
                        args.chats,
                        time_loop(files),
                        float("nan"),
                        float("nan"),
                    )
                )
            elif step == "cli":
                subset = files[: args.cli_chats]
                rows.append(
                    (
                        f"loop over the CLI ({len(subset)} chats, extrapolated)",
                        len(subset),
                        time_cli(subset, Path(tmp) / "cli"),
                        float("nan"),
                        float("nan"),
                    )
                )
            else:
                parser.error(f"unknown step {step!r}")
            print(rows[-1], f"load average now: {os.getloadavg()[0]:.1f}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        if not rows:
            return
        print()
        print(
            "| run | chats timed | wall time | chats/s | s per chat | first chat after | "
            "chats/s after the first |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, n, seconds, steady, first in rows:
            print(
                f"| {name} | {n} | {seconds:.1f} s | {n / seconds:.2f} | {seconds / n:.2f} | "
                f"{'' if first != first else f'{first:.1f} s'} | "
                f"{'' if steady != steady else f'{steady:.2f}'} |"
            )
        timed = {r[0]: r[2] for r in rows}
        if "batch, 1 worker" in timed and "batch, 2 workers" in timed:
            ratio = timed["batch, 1 worker"] / timed["batch, 2 workers"]
            print(f"\n2 workers: {ratio:.2f}x one worker (wall time)")


if __name__ == "__main__":
    main()
