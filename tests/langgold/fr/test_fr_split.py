"""The French chat-register gold set: format, exact counts and the hash split.

Format only: no detector runs on these files here (the frozen part stays unseen until the French
pack is finished; it is scored through ``python -m tests.frozen score gold-fr``).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from tests.langgold.split import ROOT, counts_table, label_counts, part_of, split_lines
from tests.nlp.gold import FLAGS, load_gold

FR = ROOT / "fr"

EXPECTED = {
    "gold": {
        "messages": 430,
        "T0": 38,
        "T1": 330,
        "T2": 36,
        "T3": 26,
        "F": 58,
        "Q": 90,
        "QO": 49,
        "FU": 34,
        "SUP": 38,
        "INV": 39,
        "CRI": 34,
        "DEF": 31,
        "REP": 40,
        "MIN": 44,
        "HED": 31,
    },
    "frozen": {
        "messages": 144,
        "T0": 15,
        "T1": 105,
        "T2": 14,
        "T3": 10,
        "F": 21,
        "Q": 37,
        "QO": 23,
        "FU": 14,
        "SUP": 12,
        "INV": 10,
        "CRI": 11,
        "DEF": 11,
        "REP": 9,
        "MIN": 11,
        "HED": 14,
    },
    "dev": {
        "messages": 286,
        "T0": 23,
        "T1": 225,
        "T2": 22,
        "T3": 16,
        "F": 37,
        "Q": 53,
        "QO": 26,
        "FU": 20,
        "SUP": 26,
        "INV": 29,
        "CRI": 23,
        "DEF": 20,
        "REP": 31,
        "MIN": 33,
        "HED": 17,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_counts_per_file_and_label(name):
    assert dict(label_counts(FR / f"{name}.txt")) == EXPECTED[name]


def test_every_message_is_unique():
    texts = Counter(item.text for item in load_gold(FR / "gold.txt"))
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_message_is_in_both_parts():
    frozen = {item.text for item in load_gold(FR / "frozen.txt")}
    dev = {item.text for item in load_gold(FR / "dev.txt")}
    assert frozen & dev == set()
    assert len(frozen) + len(dev) == EXPECTED["gold"]["messages"]


def test_split_follows_the_hash():
    for item in load_gold(FR / "frozen.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 == 0, item.text
    for item in load_gold(FR / "dev.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 != 0, item.text


def test_part_files_are_exactly_what_split_writes():
    for part, lines in split_lines(FR / "gold.txt").items():
        assert (FR / f"{part}.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_part_of_known_messages():
    # first SHA-256 bytes: "tu me manques" 232, "rien rien" 190, "ça va ?" 32, "je vais pas bien" 15
    assert part_of("tu me manques") == "dev"
    assert part_of("rien rien") == "dev"
    assert part_of("ça va ?") == "dev"
    assert part_of("je vais pas bien") == "frozen"


def test_every_flag_has_thirty_positives():
    assert min(EXPECTED["gold"][flag] for flag in FLAGS) >= 30


def test_readme_counts_table_matches_the_files():
    readme = (FR / "README.md").read_text(encoding="utf-8")
    assert counts_table(FR) in readme


def test_readme_names_the_flag_short_of_ten_in_the_frozen_part():
    short = [flag for flag in FLAGS if EXPECTED["frozen"][flag] < 10]
    assert short == ["REP"]
    readme = " ".join((FR / "README.md").read_text(encoding="utf-8").split())
    assert "`REP` falls short (9)" in readme
