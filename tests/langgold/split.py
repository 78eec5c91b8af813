"""Split a language's chat-register gold set into its frozen and development parts.

The frozen part is chosen by a hash of the message text, not by hand:
``sha256(text)[0] % 3 == 0``. Run ``python -m tests.langgold.split pt`` after editing
``tests/langgold/pt/gold.txt``; it rewrites ``frozen.txt`` and ``dev.txt`` and prints the
counts table used in that folder's README.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

from tests.nlp.gold import FLAGS, load_gold

ROOT = Path(__file__).parent
PARTS = ("frozen", "dev")
HEADERS = {
    "frozen": "# Frozen part (sha256(message)[0] % 3 == 0), fixed before any detector for this "
    "language existed.",
    "dev": "# Development part (every other message of gold.txt).",
}


def part_of(text: str) -> str:
    """The part a message belongs to, from the first byte of the SHA-256 of its text."""
    return "frozen" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 3 == 0 else "dev"


def split_lines(gold: Path) -> dict[str, list[str]]:
    """The labelled lines of ``gold`` for each part, in the order they were written."""
    out: dict[str, list[str]] = {part: [HEADERS[part]] for part in PARTS}
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text = raw.split(" | ")[2].strip()
        out[part_of(text)].append(raw)
    return out


def label_counts(path: Path) -> Counter[str]:
    """Messages per label in one file ("messages" is the total)."""
    counts: Counter[str] = Counter()
    for item in load_gold(path):
        counts["messages"] += 1
        counts[f"T{item.tier}"] += 1
        counts.update(item.flags)
    return counts


def counts_table(folder: Path) -> str:
    """Markdown table of messages per label for gold.txt, frozen.txt and dev.txt."""
    files = ("gold", *PARTS)
    counts = {name: label_counts(folder / f"{name}.txt") for name in files}
    rows = [
        "| label | " + " | ".join(f"`{n}.txt`" for n in files) + " |",
        "|---|" + "---:|" * len(files),
    ]
    for label in ("messages", "T0", "T1", "T2", "T3", *FLAGS):
        rows.append(f"| {label} | " + " | ".join(str(counts[n][label]) for n in files) + " |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (ROOT / argv[0] / "gold.txt").is_file():
        print(
            "usage: python -m tests.langgold.split LANG (a folder holding gold.txt)",
            file=sys.stderr,
        )
        return 2
    folder = ROOT / argv[0]
    for part, lines in split_lines(folder / "gold.txt").items():
        (folder / f"{part}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(counts_table(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
