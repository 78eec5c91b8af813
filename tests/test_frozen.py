"""A frozen part is scored once per version of the detectors, and every scoring is logged."""

from __future__ import annotations

import json

import pytest

from tests import frozen


@pytest.fixture
def fake_part(monkeypatch):
    calls = []

    def scorer():
        calls.append(1)
        return {"SUP": [5, 0.8, 0.4]}

    monkeypatch.setitem(frozen.PARTS, "fake", ("a part for this test", scorer))
    return calls


def test_second_scoring_of_one_version_is_refused(tmp_path, fake_part):
    log = tmp_path / "log.jsonl"
    with pytest.raises(SystemExit, match="--note is needed"):
        frozen.score("fake", path=log)
    first = frozen.score("fake", note="the release of the packs", path=log)
    assert first["figures"] == {"SUP": [5, 0.8, 0.4]}
    assert first["detectors"] == frozen.detectors_version()
    with pytest.raises(SystemExit, match="already scored at this version of the detectors"):
        frozen.score("fake", note="again", path=log)
    with pytest.raises(SystemExit, match="--note is needed"):
        frozen.score("fake", force=True, path=log)
    again = frozen.score("fake", force=True, note="checking a fix of the scorer", path=log)
    assert again["note"] == "checking a fix of the scorer"
    assert len(fake_part) == 2  # the refused attempts never ran the detectors
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e["note"] for e in entries] == [
        "the release of the packs",
        "checking a fix of the scorer",
    ]
    assert frozen.latest("fake", path=log)["note"] == "checking a fix of the scorer"


def test_the_version_moves_with_any_detector_file(tmp_path):
    for top in frozen.DETECTOR_PATHS:
        (tmp_path / top).mkdir(parents=True)
        (tmp_path / top / "rules.py").write_text("x = 1\n", encoding="utf-8")
    before = frozen.detectors_version(tmp_path)
    (tmp_path / "analyzer" / "lexicons" / "rules.py").write_text("x = 2\n", encoding="utf-8")
    after = frozen.detectors_version(tmp_path)
    (tmp_path / "analyzer" / "lexicons" / "rules.py").write_text("x = 1\n", encoding="utf-8")
    assert before != after and frozen.detectors_version(tmp_path) == before
    (tmp_path / "README.md").write_text("not a detector\n", encoding="utf-8")
    assert frozen.detectors_version(tmp_path) == before


def test_unknown_part_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="unknown frozen part 'nope'"):
        frozen.score("nope", path=tmp_path / "log.jsonl")


def test_the_log_records_every_scoring_of_the_acts_part():
    acts = [e for e in frozen.read_log() if e["part"] == "acts"]
    assert len(acts) >= 4
    assert acts[0]["figures"]["SUP"] == [55, 0.92, 0.62]
    assert acts[3]["figures"]["SUP"] == [55, 0.89, 0.62]
