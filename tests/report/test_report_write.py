"""Report files are written whole, beside their place and moved in, readable by their owner
alone; a failure is one line."""

from __future__ import annotations

import os
import stat

import pytest

from analyzer.errors import AnalyzerError
from analyzer.report import write_report_file


def test_a_report_file_is_private_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "r.json"
    write_report_file(target, "{\"a\": 1}\n")
    assert target.read_bytes() == b'{"a": 1}\n'
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_an_old_report_is_replaced_whole(tmp_path):
    target = tmp_path / "r.html"
    target.write_text("old text that is longer than the new one", "utf-8")
    write_report_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_folder_that_cannot_be_written_is_one_line(tmp_path):
    if os.geteuid() == 0:
        folder = tmp_path / "missing"  # root writes anywhere; a missing folder fails for all
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(AnalyzerError) as caught:
        write_report_file(folder / "r.pdf", b"%PDF")
    message = str(caught.value)
    assert message.startswith(f"cannot write {folder / 'r.pdf'}: ")
    assert "\n" not in message
    assert not (folder / "r.pdf").exists()


def test_a_failed_move_leaves_no_part_file_and_keeps_the_old_report(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_text("old", "utf-8")

    def refuse(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(AnalyzerError, match=r"^cannot write .*r\.json: No space left on device$"):
        write_report_file(target, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]
    assert target.read_text("utf-8") == "old"
