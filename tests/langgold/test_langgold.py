"""The Portuguese chat-register gold set: format, exact counts and the hash split.

Format only: no detector runs on these files here (the frozen part must stay unseen until a
Portuguese pack exists).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from tests.langgold.split import ROOT, counts_table, label_counts, part_of, split_lines
from tests.nlp.gold import FLAGS, load_gold

PT = ROOT / "pt"

EXPECTED = {
    "gold": {
        "messages": 352,
        "T0": 41,
        "T1": 249,
        "T2": 35,
        "T3": 27,
        "F": 59,
        "Q": 82,
        "QO": 46,
        "FU": 28,
        "SUP": 30,
        "INV": 19,
        "CRI": 25,
        "DEF": 26,
        "REP": 24,
        "MIN": 35,
        "HED": 23,
    },
    "frozen": {
        "messages": 110,
        "T0": 17,
        "T1": 73,
        "T2": 11,
        "T3": 9,
        "F": 20,
        "Q": 27,
        "QO": 14,
        "FU": 7,
        "SUP": 12,
        "INV": 11,
        "CRI": 7,
        "DEF": 4,
        "REP": 5,
        "MIN": 8,
        "HED": 5,
    },
    "dev": {
        "messages": 242,
        "T0": 24,
        "T1": 176,
        "T2": 24,
        "T3": 18,
        "F": 39,
        "Q": 55,
        "QO": 32,
        "FU": 21,
        "SUP": 18,
        "INV": 8,
        "CRI": 18,
        "DEF": 22,
        "REP": 19,
        "MIN": 27,
        "HED": 18,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_counts_per_file_and_label(name):
    assert dict(label_counts(PT / f"{name}.txt")) == EXPECTED[name]


def test_every_message_is_unique():
    texts = Counter(item.text for item in load_gold(PT / "gold.txt"))
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_message_is_in_both_parts():
    frozen = {item.text for item in load_gold(PT / "frozen.txt")}
    dev = {item.text for item in load_gold(PT / "dev.txt")}
    assert frozen & dev == set()
    assert len(frozen) + len(dev) == EXPECTED["gold"]["messages"]


def test_split_follows_the_hash():
    for item in load_gold(PT / "frozen.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 == 0, item.text
    for item in load_gold(PT / "dev.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 != 0, item.text


def test_part_files_are_exactly_what_split_writes():
    for part, lines in split_lines(PT / "gold.txt").items():
        assert (PT / f"{part}.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_part_of_known_messages():
    # first SHA-256 bytes: "blz" 217, "to com saudade" 1, "vc ta bem" 219, "nada nao" 45
    assert part_of("blz") == "dev"
    assert part_of("to com saudade") == "dev"
    assert part_of("vc ta bem") == "frozen"
    assert part_of("nada nao") == "frozen"


def test_every_labelled_flag_is_well_represented():
    gold = EXPECTED["gold"]
    assert (
        min(
            gold[flag]
            for flag in ("F", "Q", "QO", "FU", "SUP", "INV", "CRI", "DEF", "REP", "MIN", "HED")
        )
        >= 12
    )


def test_readme_counts_table_matches_the_files():
    readme = (PT / "README.md").read_text(encoding="utf-8")
    assert counts_table(PT) in readme


def test_readme_names_the_flags_short_of_ten_in_the_frozen_part():
    frozen = EXPECTED["frozen"]
    short = [flag for flag in FLAGS if frozen[flag] < 10]
    assert short == ["FU", "CRI", "DEF", "REP", "MIN", "HED"]
    readme = " ".join((PT / "README.md").read_text(encoding="utf-8").split())
    listed = ", ".join(f"`{flag}`" for flag in short[:-1]) + f" and `{short[-1]}` fall short"
    assert listed in readme
