"""``batch`` used carelessly: names in error rows, resuming over missing or broken outputs, moved
folders, an output folder inside the input, bad options, an output that cannot be written,
unreadable files and folders. Each test pins a bug found by trying; invented people only."""

from __future__ import annotations

import errno
import json
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import analyzer
from analyzer.batch import (
    CHATS_FILE,
    ERRORS_FILE,
    SALT_FILE,
    BatchInterrupted,
    analyze_many,
)
from analyzer.cli import app
from analyzer.settings import Settings
from tests.batch.chats import conversation, table, telegram, write_folder

runner = CliRunner()


def one_error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (2, 1), result.output
    assert lines[0].startswith("chat-balance: error: ")
    return lines[0].removeprefix("chat-balance: error: ")


@pytest.fixture
def small(tmp_path) -> Path:
    root = tmp_path / "chats"
    write_folder(root, per_format=(("csv", 2), ("android", 1)), broken=False)
    return root


# --- no name in an error row under anonymising --------------------------------------------------

NAMES = ("Priya Sharma", "Tom Weller", "Sam Okafor", "Zed Quill", "Nadia Brook")


def two_people(path: Path) -> None:
    msgs = [(t, {0: "Priya Sharma", 1: "Tom Weller"}[i % 2], x) for i, (t, _, x) in
            enumerate(conversation(3, 20))]  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(table(msgs))


def account_export(path: Path) -> None:
    """A Telegram full-account export holding two chats, titled by the other person's name."""
    chats = []
    for i, title in enumerate(("Sam Okafor", "Nadia Brook")):
        one = json.loads(telegram(conversation(i + 5, 6), title))
        one["id"] = i + 1
        chats.append(one)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"chats": {"list": chats}}))


def named_member_zip(path: Path) -> None:
    """A WhatsApp export zip whose chat member names the contact, holding no chat."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with Sam Okafor.txt", "not a chat at all\n" * 3)


def test_error_rows_hold_no_name_under_anonymising(tmp_path, client):
    root = tmp_path / "in"
    two_people(root / "pair" / "chat.csv")
    account_export(root / "telegram" / "result.json")
    named_member_zip(root / "zips" / "export.zip")
    result = analyze_many(
        root,
        output=tmp_path / "out",
        scheduler=client,
        settings=Settings(anonymize=True, pair=("Priya Sharma", "Zed Quill")),
    )
    errors = pd.read_parquet(tmp_path / "out" / ERRORS_FILE)
    text = " ".join(errors["reason"])
    assert [n for name in NAMES for n in name.split() if n in text] == []
    assert (result.analysed, result.failed) == (0, 3)
    assert sorted(errors["reason"]) == [
        "--pair names ['[name]'] not in this chat; participants are: Person A, Person B",
        "[chat]: this Telegram export holds 2 chats; choose one with --chat NAME or --chat ID "
        "(chat= in Python): [name] (id 1, 6 messages); [name] (id 2, 6 messages)",
        "[chat]:[file]: not a chat export this tool recognises (best guesses: whatsapp 0.00, "
        "signal 0.00, telegram 0.00); choose one with --format (whatsapp, signal, telegram, "
        "meta, discord, imessage, transcript, csv)",
    ]


def test_without_anonymising_the_error_rows_keep_the_names(tmp_path, client):
    root = tmp_path / "in"
    account_export(root / "telegram" / "result.json")
    result = analyze_many(
        root, output=tmp_path / "out", scheduler=client, settings=Settings(anonymize=False)
    )
    assert "Sam Okafor (id 1, 6 messages); Nadia Brook (id 2" in result.errors["reason"][0]


def test_an_error_pickled_keeps_the_names_it_lists():
    import pickle

    from analyzer.errors import ChatFormatError

    again = pickle.loads(pickle.dumps(ChatFormatError("two chats", names=["Sam Okafor"])))
    assert (type(again), str(again), again.names) == (ChatFormatError, "two chats", ("Sam Okafor",))


# --- resume checks its outputs ------------------------------------------------------------------


def test_a_deleted_or_broken_report_is_redone(small, tmp_path, client):
    out = tmp_path / "out"
    first = analyze_many(small, output=out, scheduler=client, reports=["json"])
    ids = sorted(first.chats["chat_id"])
    (out / "reports" / f"{ids[0]}.json").unlink()
    broken = out / "reports" / f"{ids[1]}.json"
    broken.write_bytes(broken.read_bytes()[:100])
    again = analyze_many(small, output=out, scheduler=client, reports=["json"])
    assert (again.analysed, again.already_done) == (2, 1)
    for chat in ids:
        assert json.loads((out / "reports" / f"{chat}.json").read_text())["participants"] == [
            "Person A",
            "Person B",
        ]
    assert len(pd.read_parquet(out / CHATS_FILE)) == 3


def test_a_report_that_could_not_be_written_is_an_output_error_and_retried(
    small, tmp_path, client, monkeypatch
):
    import analyzer.report as report

    out = tmp_path / "out"
    real = report.tempfile.mkstemp

    def full_disk(*args, dir=None, **kwargs):  # only the reports' folder is full
        if Path(dir).name == "reports":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(report.tempfile, "mkstemp", full_disk)
    failed = analyze_many(small, output=out, scheduler=client, reports=["json"])
    monkeypatch.setattr(report.tempfile, "mkstemp", real)
    assert (failed.analysed, failed.failed) == (0, 3)
    assert set(failed.errors["kind"]) == {"output"}
    chat = failed.errors["chat_id"][0]
    assert failed.errors["reason"][0] == (
        f"its report could not be written (cannot write reports/{chat}.json: No space left on "
        "device); the next run of the same command tries again"
    )
    again = analyze_many(small, output=out, scheduler=client, reports=["json"])
    assert (again.analysed, again.failed, again.already_done) == (3, 0, 0)
    assert (len(again.chats), len(again.errors)) == (3, 0)


# --- a chat is its content, not its path --------------------------------------------------------


def test_a_moved_input_folder_is_not_analysed_again(small, tmp_path, client):
    out = tmp_path / "out"
    first = analyze_many(small, output=out, scheduler=client)
    moved = small.rename(tmp_path / "renamed")
    again = analyze_many(moved, output=out, scheduler=client)
    assert (again.analysed, again.already_done) == (0, 3)
    chats = pd.read_parquet(out / CHATS_FILE)
    assert sorted(chats["chat_id"]) == sorted(first.chats["chat_id"])
    assert set(chats["place"]).isdisjoint(first.chats["place"])  # where they are now
    # a chat changed in place after the move replaces its row (found by its new place)
    changed = moved / "tables" / "chat_0.csv"
    changed.write_text(changed.read_text() + "2024-03-01 10:00:00,Tom,one more line\n")
    third = analyze_many(moved, output=out, scheduler=client)
    assert (third.analysed, third.already_done, len(third.chats)) == (1, 2, 3)


def test_an_output_folder_inside_the_input_is_not_read_as_chats(small, client):
    out = small / "results"
    analyze_many(small, output=out, scheduler=client, reports=["json", "html"])
    again = analyze_many(small, output=out, scheduler=client, reports=["json", "html"])
    assert (again.analysed, again.failed, again.already_done) == (0, 0, 3)
    assert len(pd.read_parquet(out / ERRORS_FILE)) == 0


# --- every option is checked before anything runs -----------------------------------------------


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--since", "garbage"], "cannot read --since 'garbage': use YYYY-MM-DD"),
        (["--until", "2024-13-45"], "cannot read --until '2024-13-45': use YYYY-MM-DD"),
        (
            ["--since", "2024-05-01", "--until", "2024-04-01"],
            "--since 2024-05-01 is after --until 2024-04-01",
        ),
        (
            ["--format", "nosuch"],
            "unknown format 'nosuch'; choose auto or one of whatsapp, signal, telegram, meta, "
            "discord, imessage, transcript, csv",
        ),
        (
            ["--date-order", "xyz"],
            "unknown date order 'xyz'; choose one of dmy, mdy, ymd, ydm, myd, dym",
        ),
        (
            ["--worker-memory", "nonsense"],
            "cannot read --worker-memory 'nonsense': use a size such as 2GB or 512MB",
        ),
        (
            ["--worker-memory", "-1GB"],
            "--worker-memory '-1GB' is too little for a worker (at least 256.00MiB); use a size "
            "such as 2GB or 512MB",
        ),
        (
            ["--worker-memory", "1KB"],
            "--worker-memory '1KB' is too little for a worker (at least 256.00MiB); use a size "
            "such as 2GB or 512MB",
        ),
        (
            ["--scheduler", "nonsense"],
            "cannot use --scheduler 'nonsense': give a Dask scheduler address such as "
            "tcp://HOST:8786 (protocols: inproc, tcp, tls, ucx, ws, wss)",
        ),
        (
            ["--scheduler", "udp://127.0.0.1:8786"],
            "cannot use --scheduler 'udp://127.0.0.1:8786': give a Dask scheduler address such "
            "as tcp://HOST:8786 (protocols: inproc, tcp, tls, ucx, ws, wss)",
        ),
        (
            ["--max-chat-mb", "inf"],
            "--max-chat-mb must be a positive finite number of MB (e.g. 100), got inf",
        ),
        (
            ["--max-chat-mb", "nan"],
            "--max-chat-mb must be a positive finite number of MB (e.g. 100), got nan",
        ),
        (
            ["--max-chat-mb", "0"],
            "--max-chat-mb must be a positive finite number of MB (e.g. 100), got 0",
        ),
        (
            ["--max-chat-mb", "lots"],
            "--max-chat-mb must be a positive finite number of MB (e.g. 100), got 'lots'",
        ),
        (["--workers", "0"], "--workers must be a whole number of 1 or more, got '0'"),
        (["--workers", "two"], "--workers must be a whole number of 1 or more, got 'two'"),
        (
            ["--spacy-model", "xx_no_such_model"],
            "spaCy model 'xx_no_such_model' is not installed; install it yourself or drop "
            "--spacy-model (chat-balance never downloads models)",
        ),
    ],
    ids=[
        "since-garbage",
        "until-impossible",
        "since-after-until",
        "format",
        "date-order",
        "memory-nonsense",
        "memory-negative",
        "memory-tiny",
        "scheduler-nonsense",
        "scheduler-udp",
        "max-inf",
        "max-nan",
        "max-zero",
        "max-word",
        "workers-zero",
        "workers-word",
        "spacy-model",
    ],
)
def test_a_bad_option_is_one_line_before_anything_runs(small, tmp_path, flags, expected):
    out = tmp_path / "out"
    line = one_error_line(runner.invoke(app, ["batch", str(small), "-o", str(out), *flags]))
    assert line == expected
    assert not out.exists()


# --- an output folder that cannot be used -------------------------------------------------------


def test_an_output_under_a_file_is_one_line(small, tmp_path):
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "results"
    line = one_error_line(runner.invoke(app, ["batch", str(small), "-o", str(out)]))
    assert (
        line == f"cannot make the results folder {out}: {tmp_path / 'file'} is a file, not a folder"
    )


def test_an_output_that_cannot_be_written_is_one_line(small, tmp_path, monkeypatch):
    import analyzer.batch.find as find

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(find.os, "access", lambda path, mode: not mode & os.W_OK)
    line = one_error_line(runner.invoke(app, ["batch", str(small), "-o", str(out)]))
    assert line == (
        f"cannot write into the results folder {out}: permission denied; choose another -o"
    )


def test_a_full_disk_is_one_line_and_leaves_no_salt(small, tmp_path, monkeypatch):
    out = tmp_path / "out"

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    line = one_error_line(runner.invoke(app, ["batch", str(small), "-o", str(out)]))
    assert line == (
        f"cannot write {out / SALT_FILE}: No space left on device; free some space (or fix the "
        "folder) and run the same command again"
    )
    assert sorted(p.name for p in out.iterdir()) == []


def test_an_empty_salt_left_by_a_full_disk_is_made_again(small, tmp_path, client):
    out = tmp_path / "out"
    out.mkdir()
    (out / SALT_FILE).write_text("")
    result = analyze_many(small, output=out, scheduler=client)
    assert result.analysed == 3
    assert len((out / SALT_FILE).read_text().strip()) == 32


def test_a_full_disk_while_writing_the_tables_is_one_line(small, tmp_path, client, monkeypatch):
    import analyzer.batch.tables as tables

    def full(path, data):
        raise analyzer.AnalyzerError(f"cannot write {path}: No space left on device")

    monkeypatch.setattr(tables, "write_atomically", full)
    with pytest.raises(analyzer.AnalyzerError) as caught:
        analyze_many(small, output=tmp_path / "out", scheduler=client)
    assert str(caught.value) == (
        f"cannot write {tmp_path / 'out' / CHATS_FILE}: No space left on device"
    )


# --- unreadable files and folders ---------------------------------------------------------------


def test_an_unreadable_file_is_an_input_error(small, tmp_path, client):
    (small / "tables" / "gone.csv").symlink_to(tmp_path / "nowhere.csv")
    result = analyze_many(small, output=tmp_path / "out", scheduler=client)
    assert (result.analysed, result.failed) == (3, 1)
    assert result.errors[["kind", "reason"]].values.tolist() == [
        ["input", "[chat]: cannot read (No such file or directory)"]
    ]


def test_an_unreadable_folder_is_a_warning(small, tmp_path, client, monkeypatch):
    locked = small / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    kept = analyze_many(
        small, output=tmp_path / "kept", scheduler=client, settings=Settings(anonymize=False)
    )
    assert kept.warnings == (f"1 folder could not be read and was skipped: {locked}",)
    hidden = analyze_many(small, output=tmp_path / "hidden", scheduler=client)
    assert hidden.warnings == (
        "1 folder could not be read and was skipped (--no-anonymize names them)",
    )
    assert hidden.analysed == 3


# --- Ctrl-C -------------------------------------------------------------------------------------


def test_ctrl_c_says_how_many_chats_are_done(small, tmp_path, client):
    def interrupt(analysed, failed, total):
        if analysed == 2:
            raise KeyboardInterrupt

    with pytest.raises(BatchInterrupted) as caught:
        analyze_many(small, output=tmp_path / "out", scheduler=client, progress=interrupt)
    assert (
        str(caught.value) == "interrupted: 2 of 3 chats done; run the same command again to finish"
    )


@pytest.mark.slow
def test_ctrl_c_on_the_command_is_one_line_and_the_rerun_finishes(tmp_path, client):
    """The terminal sends Ctrl-C to every process of the command: here SIGINT to its process
    group, once the first chats are in the tables. Before: about 70 lines of worker tracebacks
    and no word of what was done."""
    import re
    import signal
    import subprocess
    import sys
    import time

    root = tmp_path / "chats"
    write_folder(root, per_format=(("csv", 40), ("android", 40)), broken=False, n=200)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analyzer", "batch", str(root), "-o", str(out)]
    run = subprocess.Popen(
        [*command, "--workers", "1", "-q"],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600
    while not (out / CHATS_FILE).exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert run.poll() is None, run.stderr.read()
    os.killpg(run.pid, signal.SIGINT)
    stdout, stderr = run.communicate(timeout=300)
    assert (run.returncode, stdout) == (130, "")
    assert len(stderr.splitlines()) == 1, stderr
    found = re.fullmatch(
        r"chat-balance: interrupted: (\d+) of 80 chats done; run the same command again to "
        r"finish\n",
        stderr,
    )
    assert found, stderr
    done = int(found.group(1))
    assert len(pd.read_parquet(out / CHATS_FILE)) == done
    rest = analyze_many(root, output=out, scheduler=client)
    assert (rest.analysed, rest.already_done, len(rest.chats)) == (80 - done, done, 80)


def test_a_missing_salt_beside_results_is_refused(small, tmp_path, client):
    out = tmp_path / "out"
    analyze_many(small, output=out, scheduler=client)
    (out / SALT_FILE).unlink()
    with pytest.raises(analyzer.AnalyzerError) as caught:
        analyze_many(small, output=out, scheduler=client)
    assert str(caught.value) == (
        f"{out / SALT_FILE} is missing but {out} holds results: without their salt every chat "
        "would get a new id and be added again; put salt.txt back or use a new -o"
    )


def test_tables_of_the_previous_version_are_replaced_not_doubled(small, tmp_path, client):
    """The previous version keyed chats by a salted hash of the path and had no `place`."""
    out = tmp_path / "out"
    first = analyze_many(small, output=out, scheduler=client)
    chats = pd.read_parquet(out / CHATS_FILE)
    old = chats.drop(columns="place").assign(chat_id=chats["place"], key="old")  # path ids
    old.to_parquet(out / CHATS_FILE)
    again = analyze_many(small, output=out, scheduler=client)
    assert (again.analysed, len(again.chats)) == (3, 3)
    assert sorted(again.chats["chat_id"]) == sorted(first.chats["chat_id"])


# --- small chats share a task -------------------------------------------------------------------


def test_small_chats_go_a_few_to_a_task_and_a_big_one_alone(tmp_path):
    from analyzer.batch import ChatJob, task_groups

    def job(name: str, size: int) -> ChatJob:
        path = tmp_path / name
        path.write_bytes(b"x" * size)
        return ChatJob(parts=(str(path),), chat_id=name, source="", key="k")

    jobs = [job(f"s{i}", 100) for i in range(80)] + [job("big", 300 * 1024)]
    groups = task_groups(jobs, slots=2)  # 81 chats: 4 a task leaves each slot 10 tasks
    assert [len(g) for g in groups] == [4] * 20 + [1]
    assert [j.chat_id for g in groups for j in g] == [*(f"s{i}" for i in range(80)), "big"]
    assert [len(g) for g in task_groups(jobs[:40], slots=2)] == [2] * 20
    assert [len(g) for g in task_groups(jobs[:10], slots=2)] == [1] * 10


def test_the_command_counts_copies_and_warns_of_an_unreadable_folder(
    small, tmp_path, client, monkeypatch
):
    (small / "copy").mkdir()
    (small / "copy" / "again.csv").write_bytes((small / "tables" / "chat_0.csv").read_bytes())
    locked = small / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["batch", str(small), "-o", str(out), "--scheduler", client.scheduler.address]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "chat-balance: warning: 1 folder could not be read and was skipped (--no-anonymize "
        "names them)\n"
    )
    assert result.stdout == (
        f"3 chats analysed, 0 failed, 0 already done; 3 in {out / CHATS_FILE}, 0 in "
        f"{out / ERRORS_FILE}\n"
        "1 file(s) skipped: the same chat as another file found\n"
    )
