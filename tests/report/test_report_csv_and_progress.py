"""Hostile chat text written to CSV is inert; the progress bar follows the stages."""

from __future__ import annotations

import csv

import pytest

from analyzer.cli import STAGES, _stage_reporter
from analyzer.export import write_messages
from analyzer.schema import COLUMNS
from tests.report.fake import HOSTILE_TEXTS


@pytest.fixture(scope="module")
def csv_cells(hostile, tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "messages.csv"
    write_messages(hostile.messages[list(COLUMNS)], path)
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["text"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        pytest.param(
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
            id="equals",
        ),
        pytest.param("+1 cell starting with plus", "'+1 cell starting with plus", id="plus"),
        pytest.param("@SUM(A1:A2)", "'@SUM(A1:A2)", id="at"),
        pytest.param(
            "<script>alert('x')</script>", "<script>alert('x')</script>", id="markup-kept"
        ),
    ],
)
def test_formula_cells_neutralised(csv_cells, raw, written):
    assert raw in HOSTILE_TEXTS
    assert written in csv_cells


def test_no_cell_starts_a_formula(csv_cells):
    assert [c for c in csv_cells if c[:1] in ("=", "+", "-", "@")] == []


class _Progress:
    """Records what the CLI tells a rich Progress."""

    def __init__(self):
        self.calls = []

    def add_task(self, description, total):
        self.calls.append(("add", description, total))
        return 1

    def update(self, task, description, completed):
        self.calls.append(("update", description, completed))


def test_progress_steps_through_the_stages():
    progress = _Progress()
    stage = _stage_reporter(progress)
    for name in ("parse", "structure", "nlp", "measures", "signs", "plots", "writing", "done"):
        stage(name)
    assert progress.calls == [("add", "parse", len(STAGES) - 1)] + [
        ("update", name, i) for i, name in enumerate(STAGES)
    ]


def test_no_progress_object_means_silence():
    assert _stage_reporter(None)("nlp") is None
