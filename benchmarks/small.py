"""Time a first contact: ``chat-balance --help`` and the bundled sample chat's report.

    python benchmarks/small.py [--runs 5] [--stages]

Each command runs in a fresh subprocess (imports included, as a user pays them) and the best of
``--runs`` is printed with the median; the machine's load average is printed too, since a shared
machine slows every figure. ``--stages`` adds one in-process run split into its stages (imports,
parse, analyze, plots, SVG, HTML, PNG, PDF), run one after another.

Targets (DESIGN.md section 9): ``--help`` under 0.5 s; the sample chat (538 messages) as HTML +
PDF under 3 s.
"""

from __future__ import annotations

import argparse
import os
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


def time_command(args: list[str], runs: int, cwd: Path) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*COMMAND, *args], cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


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
    lap("import pandas, spaCy, scipy")
    chat = analyzer.load_chat(SAMPLE)
    lap("parse")
    result = analyzer.analyze(chat)
    lap("analyze")
    from analyzer.report import plots
    from analyzer.report import view as view_module
    from analyzer.report.html import write_html
    from analyzer.report.pdf import pdf_text, write_pdf

    lap("import matplotlib, fpdf2")
    figures = view_module.figures(result)
    view = view_module.build(result)
    lap("plots (drawn once)")
    for key, fig in figures.items():
        plots.to_svg(fig, key)
    lap("plots as SVG")
    write_html(result, cwd / "s.html", figures=figures, view=view)
    lap("HTML (SVG again)")
    for fig in figures.values():
        plots.to_png(fig, dpi=120, text=pdf_text)
    lap("plots as PNG")
    write_pdf(result, cwd / "s.pdf", figures=figures, view=view)
    lap("PDF (PNG again)")
    return laps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="also split one run into stages")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="chat-balance-small-") as folder:
        cwd = Path(folder)
        print("| command | best | median |")
        print("|---|---:|---:|")
        for name, case in CASES:
            times = time_command(case, args.runs, cwd)
            print(f"| `chat-balance {name}` | {min(times):.2f} s | {statistics.median(times):.2f} s |",
                  flush=True)
        if args.stages:
            print("\n| stage (in process) | time |")
            print("|---|---:|")
            for name, seconds in stages(cwd):
                print(f"| {name} | {seconds:.2f} s |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
