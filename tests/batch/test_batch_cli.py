"""``chat-balance batch``: on a LocalCluster of two worker processes started here and reached
through ``--scheduler`` (and DASK_SCHEDULER_ADDRESS); mistakes are one line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.batch import CHATS_FILE, ERRORS_FILE, MEASURES_FILE
from analyzer.cli import app
from tests.batch.chats import write_folder

runner = CliRunner()


def one_error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (2, 1), result.output
    assert lines[0].startswith("chat-balance: error: ")
    return lines[0].removeprefix("chat-balance: error: ")


def by_key(out: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The three tables with the salted chat id replaced by the chat's key, and the salted place
    left out (salt-free)."""
    chats = pd.read_parquet(out / CHATS_FILE)
    keys = dict(zip(chats["chat_id"], chats["key"], strict=True))
    measures = pd.read_parquet(out / MEASURES_FILE)
    measures = (
        measures.assign(chat_id=measures["chat_id"].map(keys))
        .sort_values(["chat_id", "measure", "participant"], kind="stable")
        .reset_index(drop=True)
    )
    errors = pd.read_parquet(out / ERRORS_FILE).drop(columns=["chat_id", "place"])
    errors = errors.sort_values("key")
    chats = chats.drop(columns=["chat_id", "place"]).sort_values("key").reset_index(drop=True)
    return chats, measures, errors.reset_index(drop=True)


@pytest.mark.slow
def test_two_worker_local_cluster_through_the_scheduler_address(
    folder, batch_run, tmp_path, monkeypatch
):
    from distributed import Client, LocalCluster

    out = tmp_path / "results"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        result = runner.invoke(
            app, ["batch", str(folder), "-o", str(out), "--scheduler", cluster.scheduler_address]
        )
        assert result.exit_code == 0, result.output
        assert result.stdout == (
            f"37 chats analysed, 3 failed, 0 already done; 37 in {out / CHATS_FILE}, "
            f"3 in {out / ERRORS_FILE}\n"
        )
        with Client(cluster.scheduler_address) as client:
            # each worker process built the pipeline once, when it joined (the plugin)
            plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
            assert [
                p for names in plugins.values() for p in names if p == "chat-balance-pipeline"
            ] == ["chat-balance-pipeline"] * 2
            workers_used = {
                w
                for w, n in client.run(
                    lambda: (
                        __import__("analyzer.nlp.features", fromlist=["x"])
                        .build_pipeline.cache_info()
                        .currsize
                    )
                ).items()
                if n == 1
            }
            assert len(workers_used) == 2

        # the same job through DASK_SCHEDULER_ADDRESS; a local cluster must not be started
        import distributed

        def no_local_cluster(*args, **kwargs):
            raise AssertionError("started a LocalCluster despite DASK_SCHEDULER_ADDRESS")

        monkeypatch.setattr(distributed, "LocalCluster", no_local_cluster)
        monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
        small = tmp_path / "small"
        write_folder(small, per_format=(("csv", 1),), broken=False)
        again = runner.invoke(app, ["batch", str(small), "-o", str(tmp_path / "env"), "-q"])
        assert (again.exit_code, again.stdout) == (0, "")
        assert len(pd.read_parquet(tmp_path / "env" / CHATS_FILE)) == 1

    in_process, _ = batch_run
    for mine, theirs in zip(by_key(out), by_key(in_process), strict=True):
        pd.testing.assert_frame_equal(mine, theirs, check_exact=True)


def test_a_folder_without_chats_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    line = one_error_line(
        runner.invoke(app, ["batch", str(tmp_path / "empty"), "-o", str(tmp_path / "out")])
    )
    assert line == (
        f"no chat export found in {tmp_path / 'empty'} "
        "(looked for .txt, .json, .csv, .zip, ... files)"
    )
    assert not (tmp_path / "out").exists()


def test_an_unknown_report_kind_is_one_line(tmp_path):
    line = one_error_line(
        runner.invoke(
            app, ["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--reports", "html,docx"]
        )
    )
    assert (
        line
        == "cannot write 'docx' reports: choose from html, pdf, json (e.g. --reports html,json)"
    )


def test_an_output_that_is_a_file_is_one_line(tmp_path):
    write_folder(tmp_path / "chats", per_format=(("csv", 1),), broken=False)
    (tmp_path / "taken").write_text("x")
    line = one_error_line(
        runner.invoke(app, ["batch", str(tmp_path / "chats"), "-o", str(tmp_path / "taken")])
    )
    assert line == f"{tmp_path / 'taken'}: exists and is not a folder; -o names the results folder"


def test_a_bad_session_gap_is_one_line(tmp_path):
    line = one_error_line(
        runner.invoke(
            app, ["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--session-gap", "soon"]
        )
    )
    assert line == "cannot read duration 'soon': use e.g. 2h, 90m or 1h30m"


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line(tmp_path):
    write_folder(tmp_path / "chats", per_format=(("csv", 1),), broken=False)
    result = runner.invoke(
        app,
        [
            "batch",
            str(tmp_path / "chats"),
            "-o",
            str(tmp_path / "o"),
            "--scheduler",
            "tcp://127.0.0.1:9",
        ],
    )
    line = one_error_line(result)
    assert line.startswith("cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert line.endswith(
        "start it with `dask scheduler` or leave out --scheduler to run on this machine"
    )
