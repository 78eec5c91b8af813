"""Time the Telegram HTML reader on one message holding deeply nested ``<div>``s.

    python benchmarks/telegram_html.py [--depth 15000 30000 60000]

The reader must be linear in the page: doubling the depth should roughly double the time (the
quadratic reader it replaced took 15 s at 30,000 and 56 s at 60,000). Prints one line per depth:
depth, seconds (best of 3), and the ratio to the previous depth.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.chat import Source  # noqa: E402
from analyzer.parsers.base import InputFile  # noqa: E402
from analyzer.parsers.telegram_html import parse_pages  # noqa: E402

HEAD = (
    '<html><head><title>Exported Data</title></head><body><div class="history">'
    '<div class="message default clearfix" id="message1"><div class="body">'
    '<div class="pull_right date details" title="12.03.2021 21:30:00">21:30</div>'
    '<div class="from_name">Ana</div><div class="text">'
)
TAIL = "</div></div></div></div></body></html>"


def nested_page(depth: int) -> InputFile:
    html = HEAD + "<div>" * depth + "deep" + "</div>" * depth + TAIL
    return InputFile("messages.html", html.encode("utf-8"))


def best_time(depth: int, repeat: int = 3) -> float:
    page = nested_page(depth)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        frame, _ = parse_pages([page], Source(format="telegram", files=[page.name]), None)
        best = min(best, time.perf_counter() - start)
        assert list(frame["text"]) == ["deep"]
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, nargs="+", default=[15_000, 30_000, 60_000])
    args = parser.parse_args()
    previous = None
    for depth in args.depth:
        seconds = best_time(depth)
        ratio = f"{seconds / previous:.1f}x" if previous else "-"
        print(f"depth {depth:>7,}: {seconds:6.2f} s  (x previous: {ratio})")
        previous = seconds


if __name__ == "__main__":
    main()
