"""Golden cases for the non-WhatsApp parsers: input files beside their expected messages CSV.

Each case names an input under ``golden/``, the options given to ``load_chat``, and the expected
format and variant. ``python tests/parsers/golden_formats.py`` rewrites the expected CSVs from
the current parsers; review every changed line by hand before committing it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
#: Columns compared (``source_file`` holds the absolute path, so it is checked separately).
COMPARED = [
    "timestamp", "author", "text", "kind", "source_line", "duration_s", "edited", "forwarded",
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    path: str  # relative to golden/
    format: str
    variant: str
    options: dict = field(default_factory=dict)

    @property
    def input(self) -> Path:
        return GOLDEN / self.path

    @property
    def expected(self) -> Path:
        return self.input.parent / f"{self.id}.expected.csv"


CASES = [
    Case("telegram-single-chat", "telegram/single_chat.json", "telegram", "single chat"),
    Case(
        "telegram-account-by-id",
        "telegram/account_export.json",
        "telegram",
        "full account export",
        {"chat": "777"},
    ),
    Case(
        "telegram-account-by-name",
        "telegram/account_export.json",
        "telegram",
        "full account export",
        {"chat": "climbing CLUB"},
    ),
    Case("telegram-no-unixtime", "telegram/no_unixtime.json", "telegram", "single chat"),
    Case("telegram-html", "telegram/html", "telegram", "html export"),
    Case("meta-folder-two-files", "meta/inbox/zoe_123", "meta", "messenger or instagram"),
    Case("meta-e2ee", "meta/e2ee_ana_zoe.json", "meta", "messenger end-to-end encrypted export"),
    Case("discord-json", "discord/climbing-general.json", "discord", "json"),
    Case("discord-csv", "discord/climbing-general.csv", "discord", "csv"),
    Case("discord-csv-old-dates", "discord/old-layout.csv", "discord", "csv"),
    Case("signal-export-md", "signal/chat.md", "signal", "[date time]"),
    Case("signal-old-layout", "signal/old_layout.txt", "signal", "[date, time]"),
    Case("signal-data-json", "signal/Sam Lee/data.json", "signal", "data.json"),
    Case("imessage-txt", "imessage/Sam Lee.txt", "imessage", "imessage-exporter txt"),
    Case(
        "transcript-teams",
        "transcript/teams.vtt",
        "transcript",
        "webvtt (teams), times from 1970-01-01",
    ),
    Case(
        "transcript-zoom",
        "transcript/GMT20230512-150000_Recording.transcript.vtt",
        "transcript",
        "webvtt (zoom), times from the recording start in the file name (UTC)",
    ),
    Case("transcript-srt", "transcript/interview.srt", "transcript", "srt, times from 1970-01-01"),
    Case(
        "transcript-script-timed",
        "transcript/script_timed.txt",
        "transcript",
        "script with times, times from 1970-01-01",
    ),
    Case(
        "transcript-script-untimed",
        "transcript/script_untimed.txt",
        "transcript",
        "script without times, times from 1970-01-01",
        {"lenient": True},
    ),
    Case(
        "transcript-base-date",
        "transcript/interview.srt",
        "transcript",
        "srt, times from the given base_date",
        {"base_date": "2024-05-01 14:00"},
    ),
    Case("table-csv", "table/messages.csv", "csv", "csv", {"lenient": True}),
    Case("table-tsv-epoch", "table/epoch.tsv", "csv", "tsv"),
    Case(
        "table-columns-named",
        "table/epoch_ms.csv",
        "csv",
        "csv",
        {
            "format": "csv",
            "time_col": "when",
            "author_col": "who",
            "text_col": "what",
            "tz": "Europe/Berlin",
        },
    ),
    Case("table-date-time-dmy", "table/dmy_semicolon.csv", "csv", "csv (semicolons)"),
]


def comparable(messages: pd.DataFrame) -> pd.DataFrame:
    """The compared columns as strings, the way the expected CSVs hold them."""
    out = messages[COMPARED].copy()
    out["timestamp"] = out["timestamp"].map(lambda t: t.isoformat())
    out["author"] = out["author"].astype("object").fillna("")
    out["text"] = out["text"].astype("object")
    out["kind"] = out["kind"].astype("object")
    out["duration_s"] = out["duration_s"].map(lambda d: "" if pd.isna(d) else repr(float(d)))
    for col in ("source_line", "edited", "forwarded"):
        out[col] = out[col].astype(str)
    return out.astype(str).reset_index(drop=True)


def read_expected(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from analyzer.parsers.registry import load_chat

    for case in CASES:
        chat = load_chat(case.input, **case.options)
        comparable(chat.messages).to_csv(case.expected, index=False)
        print("wrote", case.expected.relative_to(GOLDEN))


if __name__ == "__main__":
    main()


def cases_for(fmt: str) -> list:
    """``pytest.param`` objects for the golden cases of one format, with readable ids."""
    import pytest

    return [pytest.param(c, id=c.id) for c in CASES if c.format == fmt]


def check_case(case: Case) -> None:
    """Parse ``case`` and compare with its expected CSV, format, variant and line accounting."""
    from analyzer.parsers.registry import load_chat

    chat = load_chat(case.input, **case.options)
    assert (chat.source.format, chat.source.variant) == (case.format, case.variant)
    pd.testing.assert_frame_equal(comparable(chat.messages), read_expected(case.expected))
    lines = chat.source.lines
    assert lines.total == lines.accounted
