"""The Italian chat-register gold set: format, exact counts and the hash split.

Format only: no detector runs on these files here (the frozen part stays unseen until the Italian
pack is finished; it is scored through ``python -m tests.frozen score gold-it``).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from tests.langgold.split import ROOT, counts_table, label_counts, part_of, split_lines
from tests.nlp.gold import FLAGS, load_gold

IT = ROOT / "it"

EXPECTED = {
    "gold": {
        "messages": 408,
        "T0": 22,
        "T1": 320,
        "T2": 38,
        "T3": 28,
        "F": 59,
        "Q": 83,
        "QO": 36,
        "FU": 34,
        "SUP": 37,
        "INV": 32,
        "CRI": 36,
        "DEF": 32,
        "REP": 35,
        "MIN": 42,
        "HED": 35,
    },
    "frozen": {
        "messages": 148,
        "T0": 8,
        "T1": 118,
        "T2": 14,
        "T3": 8,
        "F": 19,
        "Q": 29,
        "QO": 15,
        "FU": 12,
        "SUP": 15,
        "INV": 13,
        "CRI": 9,
        "DEF": 13,
        "REP": 19,
        "MIN": 11,
        "HED": 10,
    },
    "dev": {
        "messages": 260,
        "T0": 14,
        "T1": 202,
        "T2": 24,
        "T3": 20,
        "F": 40,
        "Q": 54,
        "QO": 21,
        "FU": 22,
        "SUP": 22,
        "INV": 19,
        "CRI": 27,
        "DEF": 19,
        "REP": 16,
        "MIN": 31,
        "HED": 25,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exact_counts_per_file_and_label(name):
    assert dict(label_counts(IT / f"{name}.txt")) == EXPECTED[name]


def test_every_message_is_unique():
    texts = Counter(item.text for item in load_gold(IT / "gold.txt"))
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_message_is_in_both_parts():
    frozen = {item.text for item in load_gold(IT / "frozen.txt")}
    dev = {item.text for item in load_gold(IT / "dev.txt")}
    assert frozen & dev == set()
    assert len(frozen) + len(dev) == EXPECTED["gold"]["messages"]


def test_split_follows_the_hash():
    for item in load_gold(IT / "frozen.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 == 0, item.text
    for item in load_gold(IT / "dev.txt"):
        assert hashlib.sha256(item.text.encode("utf-8")).digest()[0] % 3 != 0, item.text


def test_part_files_are_exactly_what_split_writes():
    for part, lines in split_lines(IT / "gold.txt").items():
        assert (IT / f"{part}.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_part_of_known_messages():
    # first SHA-256 bytes: "mi manchi" 34, "niente niente" 33, "come stai?" 152, "non sto bene"
    # 17, "sono giù" 157, "tvb" 121
    assert part_of("mi manchi") == "dev"
    assert part_of("niente niente") == "frozen"
    assert part_of("come stai?") == "dev"
    assert part_of("non sto bene") == "dev"
    assert part_of("sono giù") == "dev"
    assert part_of("tvb") == "dev"


def test_every_flag_has_thirty_positives():
    assert min(EXPECTED["gold"][flag] for flag in FLAGS) >= 30


def test_readme_counts_table_matches_the_files():
    readme = (IT / "README.md").read_text(encoding="utf-8")
    assert counts_table(IT) in readme


def test_readme_names_the_flag_short_of_ten_in_the_frozen_part():
    short = [flag for flag in FLAGS if EXPECTED["frozen"][flag] < 10]
    assert short == ["CRI"]
    readme = " ".join((IT / "README.md").read_text(encoding="utf-8").split())
    assert "`CRI` falls short (9)" in readme
