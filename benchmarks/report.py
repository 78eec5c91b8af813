"""Time the report (plots, HTML, PDF, JSON) for a long chat, after ``analyze()``.

The chat is the tiled sample chat of ``benchmarks/analyze.py`` (``--messages``, default 200k).

    python benchmarks/report.py [--messages 200000] [--out DIR] [--cli]

With ``--cli`` it also writes the chat as an Android WhatsApp export and times the whole
command, ``chat-balance report chat.txt -o r.html -o r.pdf -o r.json``, in a subprocess.

Target (docs/design.md, section 6): HTML + PDF under 30 s on a 2-core machine. Prints the time of
analyze() for context, then each report stage, the file sizes and peak memory (ru_maxrss).
The machine is shared: run it when the load average is low, and report the load with the numbers.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from analyze import long_chat  # noqa: E402

import analyzer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--out", type=Path, default=None, help="keep the files in this folder")
    parser.add_argument("--cli", action="store_true", help="also time the whole command")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="chat-balance-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    chat = long_chat(args.messages)
    t0 = time.perf_counter()
    result = analyzer.analyze(chat)
    print(f"chat: {len(chat.messages)} messages; analyze {time.perf_counter() - t0:.2f} s")

    from analyzer.report import view as view_module
    from analyzer.report.html import write_html
    from analyzer.report.json import write_json
    from analyzer.report.pdf import write_pdf

    stages: list[tuple[str, float]] = []
    start = time.perf_counter()

    def lap(name: str, t: float) -> float:
        now = time.perf_counter()
        stages.append((name, now - t))
        return now

    t = time.perf_counter()
    figures = view_module.figures(result)
    t = lap("plots (build figures)", t)
    view = view_module.build(result)
    t = lap("view model", t)
    write_html(result, out / "report.html", figures=figures, view=view)
    t = lap("html (svg + render)", t)
    write_pdf(result, out / "report.pdf", figures=figures, view=view)
    t = lap("pdf (png + fpdf2)", t)
    write_json(result, out / "report.json")
    lap("json", t)
    total = time.perf_counter() - start
    for name, secs in stages:
        print(f"  {name:<24} {secs:6.2f} s")
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.2f} MB" for p in sorted(out.iterdir()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report: {total:.2f} s (target < 30 s for HTML + PDF); {sizes}; peak RSS {peak:.0f} MB")
    print(f"files in {out}")
    if args.cli:
        time_cli(chat, out)


def time_cli(chat, out: Path) -> None:
    """Write ``chat`` as an Android export and time ``chat-balance report`` on it end to end."""
    import subprocess

    msgs = chat.messages
    sent = msgs[msgs["author"].notna()]
    stamps = sent["timestamp"].dt.strftime("%d/%m/%Y, %H:%M")
    lines = stamps + " - " + sent["author"].astype(str) + ": " + sent["text"].astype(str)
    export = out / "chat.txt"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "analyzer",
        "report",
        str(export),
        "-o",
        str(out / "cli.html"),
        "-o",
        str(out / "cli.pdf"),
        "-o",
        str(out / "cli.json"),
        "--quiet",
    ]
    t = time.perf_counter()
    done = subprocess.run(command, cwd=HERE.parent, capture_output=True, text=True)
    secs = time.perf_counter() - t
    print(
        f"whole command (parse + analyze + HTML + PDF + JSON): {secs:.2f} s, exit {done.returncode}"
        f"{'; ' + done.stderr.strip() if done.returncode else ''} "
        f"({export.stat().st_size / 1e6:.1f} MB export)"
    )


if __name__ == "__main__":
    main()
