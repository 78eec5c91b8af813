"""The Spanish gold set: format, exact counts, the hash split, and the Spanish pack's exact figures
on the development file (no detector ever runs on frozen.txt here)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.langgold.es import split
from tests.nlp.gold import load_gold

HERE = Path(__file__).parent

EXPECTED = {
    "dev.txt": {
        "messages": 219,
        "T0": 23,
        "T1": 154,
        "T2": 23,
        "T3": 19,
        "F": 41,
        "Q": 52,
        "QO": 18,
        "FU": 17,
        "SUP": 27,
        "INV": 14,
        "CRI": 13,
        "DEF": 19,
        "REP": 16,
        "MIN": 18,
        "HED": 12,
    },
    "frozen.txt": {
        "messages": 128,
        "T0": 12,
        "T1": 92,
        "T2": 10,
        "T3": 14,
        "F": 24,
        "Q": 33,
        "QO": 10,
        "FU": 13,
        "SUP": 10,
        "INV": 9,
        "CRI": 15,
        "DEF": 7,
        "REP": 8,
        "MIN": 10,
        "HED": 11,
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
    assert split.split() == (0, 219)
    # "vale" hashes into the frozen third, "ok" does not.
    assert _first_hash_byte("vale") % 3 == 0 and _first_hash_byte("ok") % 3 != 0
    with dev.open("a", encoding="utf-8") as fh:
        fh.write("# nuevo\nT1 MIN | - | vale\nT1 MIN | - | ok\n")
    assert split.split() == (1, 220)
    assert frozen.read_text(encoding="utf-8").endswith("# nuevo\nT1 MIN | - | vale\n")
    assert dev.read_text(encoding="utf-8").endswith("# nuevo\nT1 MIN | - | ok\n")


def test_readme_counts_table_is_current():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert split.counts_table() in readme


# --------------------------------------------------------------------------------------------
# the Spanish pack on the development file (never on frozen.txt: that one is scored once, by
# ``python -m tests.frozen score gold-es``)
# --------------------------------------------------------------------------------------------

#: Every detector on dev.txt with the Spanish pack: (gold positives, true positives, false
#: positives). Exact, so a change to the pack that moves any of them must update this table.
DEV_SCORES = {
    "F": (41, 41, 0),
    "T>=2": (42, 42, 0),
    "T3": (19, 19, 0),
    "Q": (52, 51, 2),
    "QO": (18, 17, 0),
    "FU": (17, 16, 0),
    "SUP": (27, 27, 1),
    "INV": (14, 13, 0),
    "CRI": (13, 13, 0),
    "DEF": (19, 17, 0),
    "REP": (16, 15, 1),
    "MIN": (18, 18, 0),
    # no false positive since "no pasa nada" / "no te preocupes" became a hedge only about
    # oneself (support otherwise) and "que va" only alone ("que va a ser" asks); 12 since
    # "en serio" after a comma or a full stop still takes back "estoy bien" (all_fine)
    "HED": (12, 12, 0),
}
#: The goals for a language's chat-register gold set (every detector with at least 10 positives).
PRECISION_MIN = 0.85
RECALL_MIN = 0.75


@pytest.fixture(scope="module")
def dev_scores():
    from tests.langgold.es.score import scores

    return scores(HERE / "dev.txt")


def test_dev_is_read_as_spanish():
    from tests.langgold.es.score import features_of_gold

    feats, language = features_of_gold(HERE / "dev.txt")
    assert language == "es"
    assert len(feats) == EXPECTED["dev.txt"]["messages"]


def test_dev_scores_are_exact(dev_scores):
    assert {c: (s.support, s.tp, s.fp) for c, s in dev_scores.items()} == DEV_SCORES


@pytest.mark.parametrize("code", sorted(DEV_SCORES))
def test_dev_goals(dev_scores, code):
    s = dev_scores[code]
    if s.support >= 10:
        assert s.precision >= PRECISION_MIN, s
        assert s.recall >= RECALL_MIN, s


def test_score_script_refuses_the_frozen_file_and_bad_usage(capsys):
    from tests.langgold.es import score

    assert score.main([str(HERE / "frozen.txt")]) == 2
    assert "python -m tests.frozen score gold-es" in capsys.readouterr().err
    assert score.main([]) == 2
    assert capsys.readouterr().err.startswith("usage: python -m tests.langgold.es.score FILE")
