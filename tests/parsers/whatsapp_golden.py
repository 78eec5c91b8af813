"""Reading and writing the golden CSVs beside the WhatsApp golden inputs.

The expected CSV holds what a careful reading of the input gives: ``timestamp`` (ISO, to the
second), ``author`` (empty for system notices), ``text`` (newlines kept), ``kind``,
``source_line`` and ``edited``. Regenerate one only after reading every row by eye:
``python -m tests.parsers.whatsapp_golden NAME``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

GOLDEN = Path(__file__).parent / "golden" / "whatsapp"
COLUMNS = ["timestamp", "author", "text", "kind", "source_line", "edited"]


def as_golden(messages: pd.DataFrame) -> pd.DataFrame:
    """The golden columns of a messages table, as plain strings and ints."""
    return pd.DataFrame(
        {
            "timestamp": messages["timestamp"].dt.strftime("%Y-%m-%d %H:%M:%S").astype(object),
            "author": messages["author"].astype(object).where(messages["author"].notna(), ""),
            "text": messages["text"].astype(object),
            "kind": messages["kind"].astype(object),
            "source_line": messages["source_line"].astype("int64"),
            "edited": messages["edited"].astype(bool),
        }
    )


def read_golden(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return pd.DataFrame(
        {
            "timestamp": frame["timestamp"].astype(object),
            "author": frame["author"].astype(object),
            "text": frame["text"].astype(object),
            "kind": frame["kind"].astype(object),
            "source_line": frame["source_line"].astype("int64"),
            "edited": frame["edited"].map({"True": True, "False": False}).astype(bool),
        }
    )


def write_golden(name: str) -> None:
    import analyzer

    chat = analyzer.load_chat(GOLDEN / f"{name}.txt")
    as_golden(chat.messages).to_csv(GOLDEN / f"{name}.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        write_golden(arg)
