"""The German chat-register gold set: format, exact counts and the hash split.

Format only: no detector runs on these files here (the frozen part stays unseen; it is scored
once per version of the detectors by ``python -m tests.frozen score gold-de``).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from tests.langgold.split import ROOT, counts_table, label_counts, part_of, split_lines
from tests.nlp.gold import FLAGS, load_gold

DE = ROOT / "de"

EXPECTED = {
    "gold": {
        "messages": 427,
        "T0": 39,
        "T1": 314,
        "T2": 43,
        "T3": 31,
        "F": 70,
        "Q": 99,
        "QO": 55,
        "FU": 35,
        "SUP": 38,
        "INV": 30,
        "CRI": 32,
        "DEF": 31,
        "REP": 36,
        "MIN": 36,
        "HED": 37,
    },
    "frozen": {
        "messages": 140,
        "T0": 10,
        "T1": 102,
        "T2": 16,
        "T3": 12,
        "F": 26,
        "Q": 30,
        "QO": 18,
        "FU": 9,
        "SUP": 11,
        "INV": 14,
        "CRI": 11,
        "DEF": 10,
        "REP": 11,
        "MIN": 14,
        "HED": 8,
    },
    "dev": {
        "messages": 287,
        "T0": 29,
        "T1": 212,
        "T2": 27,
        "T3": 19,
        "F": 44,
        "Q": 69,
        "QO": 37,
        "FU": 26,
        "SUP": 27,
        "INV": 16,
        "CRI": 21,
        "DEF": 21,
        "REP": 25,
        "MIN": 22,
        "HED": 29,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_counts_per_file_and_label(name):
    assert dict(label_counts(DE / f"{name}.txt")) == EXPECTED[name]


def test_every_message_is_unique():
    texts = Counter(item.text for item in load_gold(DE / "gold.txt"))
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_message_is_in_both_parts():
    frozen = {item.text for item in load_gold(DE / "frozen.txt")}
    dev = {item.text for item in load_gold(DE / "dev.txt")}
    assert frozen & dev == set()
    assert len(frozen) + len(dev) == EXPECTED["gold"]["messages"]


def test_split_follows_the_hash():
    for item in load_gold(DE / "frozen.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 == 0, item.text
    for item in load_gold(DE / "dev.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 != 0, item.text


def test_part_files_are_exactly_what_split_writes():
    for part, lines in split_lines(DE / "gold.txt").items():
        assert (DE / f"{part}.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_part_of_known_messages():
    # first SHA-256 bytes: "ok" 38, "ich liebe dich" 241, "hdgdl" 132, "mimimi" 174
    assert part_of("ok") == "dev"
    assert part_of("ich liebe dich") == "dev"
    assert part_of("hdgdl") == "frozen"
    assert part_of("mimimi") == "frozen"


def test_every_labelled_flag_has_thirty_positives():
    gold = EXPECTED["gold"]
    assert min(gold[flag] for flag in FLAGS) == 30


def test_readme_counts_table_matches_the_files():
    readme = (DE / "README.md").read_text(encoding="utf-8")
    assert counts_table(DE) in readme


def test_readme_names_the_flags_short_of_ten_in_the_frozen_part():
    frozen = EXPECTED["frozen"]
    short = [flag for flag in FLAGS if frozen[flag] < 10]
    assert short == ["FU", "HED"]
    readme = " ".join((DE / "README.md").read_text(encoding="utf-8").split())
    assert "`FU` and `HED` fall short" in readme
