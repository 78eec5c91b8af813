"""The PDF's PNGs handed from the HTML's process to the forked PDF writer."""

from __future__ import annotations

import json
import os
import sys

import pytest

from analyzer.report.handoff import PngHandoff

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs os.fork")


def _run(tmp_path, sent: list[str], asked: list[str], *, child_exits_first: bool = False):
    """Fork a child that asks for ``asked`` while this process sends ``sent``; returns what the
    child got for each key (which process drew it) and the handoff folder."""
    parent = os.getpid()

    def draw(key: str) -> bytes:
        return f"{key} drawn by {'parent' if os.getpid() == parent else 'child'}".encode()

    handoff = PngHandoff(draw)
    out = tmp_path / "got.json"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = 0
        try:
            png = handoff.receiver()
            got = {key: png(key).decode() for key in asked}
            if asked:  # a second request is answered from memory
                got["again"] = png(asked[0]).decode()
            out.write_text(json.dumps(got))
        except BaseException:  # noqa: B036 - any failure is the test's failure
            status = 1
        finally:
            os._exit(status)
    send = handoff.sender()
    if child_exits_first:
        os.waitpid(pid, 0)
    for key in sent:
        send(key, None)
    handoff.close()
    if not child_exits_first:
        _pid, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    folder = handoff._folder
    handoff.remove()
    return json.loads(out.read_text()), folder


def test_child_takes_what_the_parent_drew_and_draws_the_rest(tmp_path):
    got, folder = _run(
        tmp_path,
        ["talk_shares", "turn_lengths"],
        ["turn_lengths", "talk_shares", "activity_heatmap"],
    )
    assert got == {
        "turn_lengths": "turn_lengths drawn by parent",
        "talk_shares": "talk_shares drawn by parent",
        "activity_heatmap": "activity_heatmap drawn by child",  # never sent: drawn after EOF
        "again": "turn_lengths drawn by parent",
    }
    assert not folder.exists()


def test_parent_goes_on_when_the_child_has_gone(tmp_path):
    # the child (a PDF without plots, or one that failed) has exited before anything is sent:
    # sending must not fail the HTML
    got, folder = _run(tmp_path, ["talk_shares", "turn_lengths"], [], child_exits_first=True)
    assert got == {}
    assert not folder.exists()
