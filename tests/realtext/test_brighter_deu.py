"""The German reading on BRIGHTER's German dev split: the copied files are the recorded ones,
and the figures in brighter_deu.json are what the German pack gives now (re-record them with
``python -m tests.realtext.brighter_deu dev --write`` when the pack changes)."""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.realtext import brighter_deu


def test_the_copies_are_the_recorded_files():
    provenance = (brighter_deu.FOLDER / "PROVENANCE.md").read_text(encoding="utf-8")
    for split, path in brighter_deu.FILES.items():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        row = re.search(rf"\| `{split}_deu\.csv` \| (\d+) \| `([0-9a-f]{{64}})` \|", provenance)
        assert row is not None, split
        assert row[2] == digest


@pytest.fixture(scope="module")
def dev():
    return brighter_deu.score("dev")


def test_dev_was_recorded_for_this_version_of_the_pack():
    assert brighter_deu.recorded()["dev"]["pack"] == brighter_deu.pack_version()


def test_recorded_dev_figures_reproduce(dev):
    recorded = dict(brighter_deu.recorded()["dev"])
    recorded.pop("pack")
    assert dev == recorded
    assert (dev["rows"], dev["emotional"], dev["none"]) == (200, 145, 49)


def test_dev_figures_as_reported(dev):
    # what the German pack reaches without an emotion model (the goal is 0.40 and at most 0.08)
    # 20 of 145: a post naming others' lost jobs in passing ("Job verloren") is no longer tier 3,
    # as "verloren" is deep only of a person ("fuehl mich verloren"), not of a lost thing
    assert dev["tier2_on_emotional"] == 0.1379
    assert dev["tier2_on_none"] == 0.0408
