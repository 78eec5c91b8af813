"""Move the frozen third of the Spanish gold set out of ``dev.txt`` into ``frozen.txt``.

A message belongs to the frozen third when the first byte of the SHA-256 of its text (UTF-8)
is divisible by 3, so the split depends on the text only, never on who ran it. New lines are
written into ``dev.txt``; running ``python -m tests.langgold.es.split`` moves the ones that
hash into the frozen third to the end of ``frozen.txt`` (under their batch comment). Lines
already in ``frozen.txt`` are never moved back. Idempotent.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).parent
DEV_FILE = HERE / "dev.txt"
FROZEN_FILE = HERE / "frozen.txt"


def message_text(line: str) -> str:
    """The MESSAGE field of a ``LABELS | PREVIOUS | MESSAGE`` line."""
    return line.split(" | ")[2].strip()


def is_frozen(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 3 == 0


def split() -> tuple[int, int]:
    """Move frozen-third lines from dev to frozen; return (moved, kept)."""
    dev_lines = DEV_FILE.read_text(encoding="utf-8").splitlines()
    frozen_lines = []
    if FROZEN_FILE.exists():
        frozen_lines = FROZEN_FILE.read_text(encoding="utf-8").splitlines()
    keep: list[str] = []
    moved: list[str] = []
    header = None
    header_written = False
    kept = 0
    for line in dev_lines:
        if not line.strip() or line.startswith("#"):
            keep.append(line)
            header, header_written = line, False
            continue
        if is_frozen(message_text(line)):
            if header is not None and not header_written:
                moved.append(header)
                header_written = True
            moved.append(line)
        else:
            keep.append(line)
            kept += 1
    if moved:
        DEV_FILE.write_text("\n".join(keep) + "\n", encoding="utf-8")
        FROZEN_FILE.write_text("\n".join(frozen_lines + moved) + "\n", encoding="utf-8")
    return sum(1 for line in moved if not line.startswith("#")), kept


COLUMNS = (
    "T0",
    "T1",
    "T2",
    "T3",
    "F",
    "Q",
    "QO",
    "FU",
    "SUP",
    "INV",
    "CRI",
    "DEF",
    "REP",
    "MIN",
    "HED",
)


def counts(path: Path) -> dict[str, int]:
    """Messages and positives per label in one file (format only: no detector runs)."""
    from tests.nlp.gold import load_gold

    items = load_gold(path)
    out = {"messages": len(items)}
    for code in COLUMNS:
        if code.startswith("T"):
            out[code] = sum(it.tier == int(code[1]) for it in items)
        else:
            out[code] = sum(code in it.flags for it in items)
    return out


def counts_table() -> str:
    """The counts table of README.md, in Markdown."""
    head = "| file | messages | " + " | ".join(COLUMNS) + " |"
    rule = "|---|" + "---:|" * (len(COLUMNS) + 1)
    rows = []
    for path in (DEV_FILE, FROZEN_FILE):
        c = counts(path)
        cells = " | ".join(str(c[k]) for k in COLUMNS)
        rows.append(f"| `{path.name}` | {c['messages']} | {cells} |")
    return "\n".join([head, rule, *rows])


if __name__ == "__main__":
    n_moved, n_kept = split()
    print(f"moved {n_moved} line(s) to {FROZEN_FILE.name}; {n_kept} stay in {DEV_FILE.name}")
    print(counts_table())
