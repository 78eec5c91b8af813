"""Shared fixtures of the batch tests: the generated folder and one batch run over it.

The run uses an in-process Dask client (worker threads in the test process: no process start-up);
the test that starts a two-process LocalCluster and reaches it through ``--scheduler`` is in
test_batch_cli.py. Under pytest-xdist the folder and the run are made once, by whichever test
worker gets there first (a file lock in the session's shared temporary folder), and reused.
"""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest

from tests.batch.chats import write_folder


@pytest.fixture(scope="module")
def client():
    from distributed import Client

    with Client(
        processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0"
    ) as running:
        yield running


def _shared(tmp_path_factory) -> Path:
    """A folder shared by every xdist worker of this session (the base temp's parent)."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if base.name.startswith("popen-gw") else base
    path = root / "batch40"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    shared = _shared(tmp_path_factory)
    with open(shared / "chats.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "chats.done").exists():
            write_folder(shared / "chats")
            (shared / "chats.done").touch()
    return shared / "chats"


@pytest.fixture(scope="module")
def batch_run(folder: Path, tmp_path_factory, client):
    """(results folder, BatchResult of the first run): the first worker's run, reused."""
    import pickle

    from analyzer.batch import analyze_many

    shared = _shared(tmp_path_factory)
    with open(shared / "run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "run.pickle").exists():
            result = analyze_many(folder, output=shared / "results", scheduler=client)
            (shared / "run.pickle").write_bytes(pickle.dumps(result))
        result = pickle.loads((shared / "run.pickle").read_bytes())
    return shared / "results", result
