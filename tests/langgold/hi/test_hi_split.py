"""The Hindi chat-register gold set (both scripts): format, exact counts and the hash split.

Format only: no detector runs on these files here (the frozen part stays unseen until the Hindi
pack is finished; it is scored through ``python -m tests.frozen score gold-hi``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import pytest

from tests.langgold.split import ROOT, counts_table, label_counts, part_of, split_lines
from tests.nlp.gold import FLAGS, load_gold

HI = ROOT / "hi"

EXPECTED = {
    "gold": {
        "messages": 352,
        "T0": 18,
        "T1": 288,
        "T2": 26,
        "T3": 20,
        "F": 43,
        "Q": 64,
        "QO": 36,
        "FU": 31,
        "SUP": 32,
        "INV": 30,
        "CRI": 30,
        "DEF": 31,
        "REP": 30,
        "MIN": 32,
        "HED": 31,
    },
    "frozen": {
        "messages": 116,
        "T0": 6,
        "T1": 97,
        "T2": 8,
        "T3": 5,
        "F": 12,
        "Q": 25,
        "QO": 12,
        "FU": 12,
        "SUP": 10,
        "INV": 5,
        "CRI": 12,
        "DEF": 15,
        "REP": 7,
        "MIN": 8,
        "HED": 14,
    },
    "dev": {
        "messages": 236,
        "T0": 12,
        "T1": 191,
        "T2": 18,
        "T3": 15,
        "F": 31,
        "Q": 39,
        "QO": 24,
        "FU": 19,
        "SUP": 22,
        "INV": 25,
        "CRI": 18,
        "DEF": 16,
        "REP": 23,
        "MIN": 24,
        "HED": 17,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_counts_per_file_and_label(name):
    assert dict(label_counts(HI / f"{name}.txt")) == EXPECTED[name]


def test_every_message_is_unique():
    texts = Counter(item.text for item in load_gold(HI / "gold.txt"))
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_message_is_in_both_parts():
    frozen = {item.text for item in load_gold(HI / "frozen.txt")}
    dev = {item.text for item in load_gold(HI / "dev.txt")}
    assert frozen & dev == set()
    assert len(frozen) + len(dev) == EXPECTED["gold"]["messages"]


def test_split_follows_the_hash():
    for item in load_gold(HI / "frozen.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 == 0, item.text
    for item in load_gold(HI / "dev.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 != 0, item.text


def test_part_files_are_exactly_what_split_writes():
    for part, lines in split_lines(HI / "gold.txt").items():
        assert (HI / f"{part}.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_part_of_known_messages():
    # first SHA-256 bytes: "tum theek ho?" 5, "sorry yaar" 232, "kuch nahi" 159,
    # "तुम ठीक हो?" 168
    assert part_of("tum theek ho?") == "dev"
    assert part_of("sorry yaar") == "dev"
    assert part_of("kuch nahi") == "frozen"
    assert part_of("तुम ठीक हो?") == "frozen"


def test_both_scripts_are_in_the_set():
    items = load_gold(HI / "gold.txt")
    devanagari = [it for it in items if re.search("[\u0900-\u097f]", it.text)]
    assert len(items) - len(devanagari) == 277 >= 150
    assert len(devanagari) == 75 >= 50


def test_every_flag_has_thirty_positives():
    assert min(EXPECTED["gold"][flag] for flag in FLAGS) >= 30


def test_readme_counts_table_matches_the_files():
    readme = (HI / "README.md").read_text(encoding="utf-8")
    assert counts_table(HI) in readme


def test_readme_names_the_flags_short_of_ten_in_the_frozen_part():
    short = [flag for flag in FLAGS if EXPECTED["frozen"][flag] < 10]
    assert short == ["INV", "REP", "MIN"]
    readme = " ".join((HI / "README.md").read_text(encoding="utf-8").split())
    assert "`INV` (5), `REP` (7) and `MIN` (8)" in readme
