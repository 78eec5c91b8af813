"""The Spanish chat gold set: format, exact counts, and the hash split (no detector runs here)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.langgold.es import split
from tests.nlp.gold import load_gold

HERE = Path(__file__).parent

EXPECTED = {
    "dev.txt": {
        "messages": 188, "T0": 22, "T1": 129, "T2": 19, "T3": 18, "F": 36, "Q": 46, "QO": 17,
        "FU": 16, "SUP": 21, "INV": 11, "CRI": 10, "DEF": 14, "REP": 12, "MIN": 16, "HED": 8,
    },
    "frozen.txt": {
        "messages": 109, "T0": 11, "T1": 77, "T2": 10, "T3": 11, "F": 21, "Q": 31, "QO": 9,
        "FU": 12, "SUP": 7, "INV": 7, "CRI": 12, "DEF": 5, "REP": 5, "MIN": 9, "HED": 9,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts_per_file_and_label(name):
    assert split.counts(HERE / name) == EXPECTED[name]


def test_every_label_has_twelve_positives_overall():
    for code in split.COLUMNS:
        assert EXPECTED["dev.txt"][code] + EXPECTED["frozen.txt"][code] >= 12, code


def test_no_message_in_both_files_and_none_repeated():
    dev = [it.text for it in load_gold(HERE / "dev.txt")]
    frozen = [it.text for it in load_gold(HERE / "frozen.txt")]
    assert not set(dev) & set(frozen)
    assert len(set(dev)) == len(dev)
    assert len(set(frozen)) == len(frozen)


def _first_hash_byte(text: str) -> int:
    return hashlib.sha256(text.encode("utf-8")).digest()[0]


def test_split_follows_the_hash():
    assert all(_first_hash_byte(it.text) % 3 == 0 for it in load_gold(HERE / "frozen.txt"))
    assert all(_first_hash_byte(it.text) % 3 != 0 for it in load_gold(HERE / "dev.txt"))


def test_split_script_moves_only_new_frozen_lines(tmp_path, monkeypatch):
    dev, frozen = tmp_path / "dev.txt", tmp_path / "frozen.txt"
    dev.write_text((HERE / "dev.txt").read_text(encoding="utf-8"), encoding="utf-8")
    frozen.write_text((HERE / "frozen.txt").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(split, "DEV_FILE", dev)
    monkeypatch.setattr(split, "FROZEN_FILE", frozen)
    assert split.split() == (0, 188)
    # "vale" hashes into the frozen third, "ok" does not.
    assert _first_hash_byte("vale") % 3 == 0 and _first_hash_byte("ok") % 3 != 0
    with dev.open("a", encoding="utf-8") as fh:
        fh.write("# nuevo\nT1 MIN | - | vale\nT1 MIN | - | ok\n")
    assert split.split() == (1, 189)
    assert frozen.read_text(encoding="utf-8").endswith("# nuevo\nT1 MIN | - | vale\n")
    assert dev.read_text(encoding="utf-8").endswith("# nuevo\nT1 MIN | - | ok\n")


def test_readme_counts_table_is_current():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert split.counts_table() in readme
