"""Time a first contact: ``chat-balance --help`` and the bundled sample chat's report.

    python benchmarks/small.py [--runs 5] [--stages] [--against DIR]

Each command runs in a fresh subprocess (imports included, as a user pays them). Printed per
command: the best and the median wall-clock time of ``--runs`` runs, and the best CPU time
(user + system, the forked PDF writer included). A shared machine slows the wall clock of every
figure; CPU time is less affected by other work, so both are shown, with the load average.
``--against DIR`` times another checkout of the project too (e.g. an older commit unpacked
with ``git archive``), alternating the two run by run so that both meet the same load.
``--stages`` adds one in-process run split into its stages (imports, parse, analyze, plots,
SVG, HTML, PNG, PDF), run one after another.

Targets (docs/design.md, section 6): ``--help`` under 0.5 s; the sample chat (538 messages) as
HTML + PDF under 3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"
COMMAND = [sys.executable, "-m", "analyzer"]

CASES = (
    ("--help", ["--help"]),
    ("report -o a.json", ["report", str(SAMPLE), "-o", "a.json"]),
    ("report -o a.html", ["report", str(SAMPLE), "-o", "a.html"]),
    ("report -o a.html -o a.pdf", ["report", str(SAMPLE), "-o", "a.html", "-o", "a.pdf"]),
)


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_once(args: list[str], cwd: Path, source: Path | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run (CPU: the command and every process it forked)."""
    env = dict(os.environ)
    if source is not None:  # import the analyzer package from that checkout
        env["PYTHONPATH"] = str(source)
    cpu = _cpu_of_children()
    start = time.perf_counter()
    subprocess.run([*COMMAND, *args], cwd=cwd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start, _cpu_of_children() - cpu


def _row(name: str, runs: list[tuple[float, float]], label: str = "") -> str:
    walls = [w for w, _ in runs]
    return (
        f"| `chat-balance {name}`{f' ({label})' if label else ''} | {min(walls):.2f} s "
        f"| {statistics.median(walls):.2f} s | {min(c for _, c in runs):.2f} s |"
    )


def stages(cwd: Path) -> list[tuple[str, float]]:
    """One in-process run, stage by stage (no forked PDF: each stage is timed alone)."""
    laps: list[tuple[str, float]] = []
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        laps.append((name, now - mark))
        mark = now

    import analyzer

    analyzer.load_chat  # noqa: B018 - the lazy import happens here
    analyzer.analyze  # noqa: B018
    lap("import pandas")
    chat = analyzer.load_chat(SAMPLE)
    lap("parse")
    result = analyzer.analyze(chat)
    lap("analyze")
    from analyzer.report import plots
    from analyzer.report import view as view_module
    from analyzer.report.html import figure_svgs, write_html
    from analyzer.report.pdf import figure_png, write_pdf

    lap("import matplotlib")
    figures = view_module.figures(result)
    view = view_module.build(result)
    lap("plots (figures built)")
    svgs = figure_svgs(figures)
    lap("plots as SVG (layout computed, then kept)")
    write_html(result, cwd / "s.html", figures=figures, view=view, svgs=svgs)
    lap("HTML")
    empty = plots.no_data_reasons(figures)
    pngs = {key: figure_png(fig) for key, fig in figures.items() if key not in empty}
    lap("plots as PNG (layout reused)")
    write_pdf(result, cwd / "s.pdf", figures=figures, view=view, png=pngs.__getitem__)
    lap("PDF (fpdf2 import, text and pages)")
    return laps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="also split one run into stages")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="also time the checkout in DIR, alternating run by run",
    )
    args = parser.parse_args()
    print(
        f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )
    sources = {"this checkout": None}
    if args.against:
        sources = {"before": args.against.resolve(), "after": None}
    with tempfile.TemporaryDirectory(prefix="chat-balance-small-") as folder:
        cwd = Path(folder)
        print("| command | best | median | best CPU |")
        print("|---|---:|---:|---:|")
        for name, case in CASES:
            runs: dict[str, list[tuple[float, float]]] = {label: [] for label in sources}
            for _ in range(args.runs):
                for label, source in sources.items():
                    runs[label].append(time_once(case, cwd, source))
            for label in sources:
                print(_row(name, runs[label], label if len(sources) > 1 else ""), flush=True)
        if args.stages:
            print("\n| stage (in process) | time |")
            print("|---|---:|")
            for name, seconds in stages(cwd):
                print(f"| {name} | {seconds:.2f} s |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
