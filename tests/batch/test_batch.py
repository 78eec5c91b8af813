"""analyze_many over a folder of 40 generated chats: 37 good ones in five layouts, 3 broken."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import analyzer
from analyzer.batch import (
    CHATS_FILE,
    ERRORS_FILE,
    MEASURES_FILE,
    SALT_FILE,
    BatchOptions,
    ChatJob,
    Outcome,
    _outcome_of,
    analyze_many,
    chat_id,
    discover,
)
from analyzer.settings import Settings
from tests.batch.chats import BROKEN, FORMAT_NAMES, PEOPLE, plan, write_folder

GOOD = plan()


def parts_of(folder: Path, rel: str) -> tuple[Path, ...]:
    """The file(s) of one chat: a Meta chat is its folder's two parts."""
    path = folder / rel
    if path.name == "message_1.json":
        return (path, path.parent / "message_2.json")
    return (path,)


def id_of(out: Path, folder: Path, rel: str) -> str:
    salt = (out / SALT_FILE).read_text().strip()
    return chat_id(parts_of(folder, rel), salt)


def test_analyze_many_is_public():
    import analyzer.batch

    assert analyzer.analyze_many is analyzer.batch.analyze_many
    assert "analyze_many" in analyzer.__all__


# --- finding the chats ------------------------------------------------------------------------


def test_discover_finds_one_chat_per_export_and_groups_meta_parts(folder):
    found = discover([folder])
    assert len(found.chats) == 40
    meta = [c for c in found.chats if c[0].name.startswith("message_")]
    assert [tuple(p.name for p in c) for c in meta] == [("message_1.json", "message_2.json")] * 5
    assert found.attachments == []


def test_discover_skips_attachments_of_an_unzipped_whatsapp_export(tmp_path):
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "_chat.txt").write_text("01/02/2024, 10:00 - Ana: hi\n")
    (tmp_path / "export" / "notes.txt").write_text("a shared text file, not the chat\n")
    (tmp_path / "export" / "IMG-0001.jpg").write_bytes(b"\xff\xd8")
    found = discover([tmp_path])
    assert found.chats == [(tmp_path / "export" / "_chat.txt",)]
    assert found.attachments == [tmp_path / "export" / "notes.txt"]


def test_discover_expands_glob_patterns(folder):
    found = discover([str(folder / "tables" / "*.csv"), str(folder / "whatsapp" / "ios_*.zip")])
    assert [c[0].name for c in found.chats] == [f"chat_{i}.csv" for i in range(7)] + [
        f"ios_{i}.zip" for i in range(8)
    ]


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("nowhere", "nowhere: no such file or folder"),
        ("nothing-*.txt", "nothing-*.txt: no file matches this pattern"),
    ],
    ids=["missing-path", "empty-pattern"],
)
def test_discover_names_a_bad_path(tmp_path, monkeypatch, given, reason):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(analyzer.AnalyzerError) as caught:
        discover([given])
    assert str(caught.value) == reason


# --- the 40-chat run (slow: about 15 s of analysis on an idle 2-core machine) ---------------------


@pytest.mark.slow
def test_37_chats_and_3_errors_are_written(batch_run):
    out, result = batch_run
    chats = pd.read_parquet(out / CHATS_FILE)
    errors = pd.read_parquet(out / ERRORS_FILE)
    assert (len(chats), len(errors)) == (37, 3)
    assert (result.analysed, result.failed, result.already_done) == (37, 3, 0)
    assert chats["chat_id"].is_unique and not set(chats["chat_id"]) & set(errors["chat_id"])


@pytest.mark.slow
def test_formats_are_detected_as_load_chat_does(batch_run):
    out, _ = batch_run
    chats = pd.read_parquet(out / CHATS_FILE)
    expected: dict[str, int] = {}
    for _rel, label, _seed in GOOD:
        expected[FORMAT_NAMES[label]] = expected.get(FORMAT_NAMES[label], 0) + 1
    assert chats["format"].value_counts().to_dict() == expected
    assert chats["messages"].tolist() == [60] * 37
    assert set(chats["measured"]) == {"AB"}


@pytest.mark.slow
@pytest.mark.parametrize("rel", sorted(BROKEN), ids=["binary", "zip-bomb", "empty"])
def test_each_broken_chat_fails_alone_with_its_reason(batch_run, folder, rel):
    out, _ = batch_run
    errors = pd.read_parquet(out / ERRORS_FILE).set_index("chat_id")
    row = errors.loc[id_of(out, folder, rel)]
    assert row["reason"].startswith(BROKEN[rel])
    assert row["kind"] == ("too_big" if rel.endswith("bomb.zip") else "input")
    assert "\n" not in row["reason"]


@pytest.mark.slow
def test_outputs_hold_no_name_and_no_path(batch_run, folder):
    out, _ = batch_run
    names = {part for pair in PEOPLE for name in pair for part in name.split()}
    for file in (CHATS_FILE, MEASURES_FILE, ERRORS_FILE):
        frame = pd.read_parquet(out / file)
        text = " ".join(frame.select_dtypes(exclude="number").astype(str).to_numpy().ravel())
        assert [n for n in names if n in text] == [], file
        assert str(folder) not in text and "WhatsApp Chat with" not in text
    measures = pd.read_parquet(out / MEASURES_FILE)
    assert set(measures["participant"]) == {"", "Person A", "Person B"}
    assert set(measures["role"]) == {"", "A", "B"}


@pytest.mark.slow
def test_salt_is_kept_and_ids_are_salted_content_hashes(batch_run, folder):
    out, _ = batch_run
    salt = (out / SALT_FILE).read_text().strip()
    assert len(salt) == 32
    chats = pd.read_parquet(out / CHATS_FILE)
    expected = {chat_id(parts_of(folder, rel), salt) for rel, _label, _seed in GOOD}
    assert set(chats["chat_id"]) == expected
    assert chat_id(parts_of(folder, GOOD[0][0]), "0" * 32) not in expected


@pytest.mark.slow
def test_a_rerun_does_no_work(batch_run, folder, client):
    out, _ = batch_run
    before = {f: (out / f).read_bytes() for f in (CHATS_FILE, MEASURES_FILE, ERRORS_FILE)}
    ticks = []
    again = analyze_many(folder, output=out, scheduler=client, progress=lambda *a: ticks.append(a))
    assert (again.analysed, again.failed, again.already_done) == (0, 0, 40)
    assert ticks == []
    assert {f: (out / f).read_bytes() for f in before} == before
    assert (len(again.chats), len(again.errors)) == (37, 3)


@pytest.mark.slow
@pytest.mark.parametrize("rel", [g[0] for g in GOOD], ids=[f"{g[1]}-{g[2]}" for g in GOOD])
def test_results_are_those_of_analyze(batch_run, folder, rel):
    out, _ = batch_run
    cid = id_of(out, folder, rel)
    parts = parts_of(folder, rel)
    result = analyzer.analyze(
        analyzer.load_chat(list(parts) if len(parts) > 1 else parts[0]),
        settings=Settings(anonymize=True),
    )
    measures = pd.read_parquet(out / MEASURES_FILE)
    mine = measures[measures["chat_id"] == cid].drop(columns=["chat_id", "role"])
    pd.testing.assert_frame_equal(
        mine.reset_index(drop=True).astype(object),
        result.measures.values.reset_index(drop=True).astype(object),
        check_exact=True,
    )
    row = pd.read_parquet(out / CHATS_FILE).set_index("chat_id").loc[cid]
    for sign in result.signs:
        assert row[f"{sign.id}_status"] == sign.status, sign.id
        score = float("nan") if sign.score is None else sign.score
        assert row[f"{sign.id}_score"] == score or (
            math.isnan(score) and math.isnan(row[f"{sign.id}_score"])
        )
    assert row["word_share_A"] == result.measures.get("word_share", "Person A")
    assert row["messages"] == len(result.messages)
    assert (row["start"], row["end"]) == result.period


# --- resuming, forcing, limits, failures ------------------------------------------------------


@pytest.fixture
def small(tmp_path) -> Path:
    root = tmp_path / "chats"
    write_folder(root, per_format=(("csv", 2), ("android", 1)), broken=False)
    return root


def test_ctrl_c_leaves_complete_parquet_and_the_rerun_finishes(small, tmp_path, client):
    out = tmp_path / "out"

    def interrupt(analysed, failed, total):
        if analysed == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze_many(small, output=out, scheduler=client, progress=interrupt)
    assert len(pd.read_parquet(out / CHATS_FILE)) == 2
    assert pd.read_parquet(out / MEASURES_FILE)["chat_id"].nunique() == 2
    assert len(pd.read_parquet(out / ERRORS_FILE)) == 0
    rest = analyze_many(small, output=out, scheduler=client)
    assert (rest.analysed, rest.already_done, len(pd.read_parquet(out / CHATS_FILE))) == (1, 2, 3)


def test_force_and_a_changed_chat_are_redone(small, tmp_path, client):
    out = tmp_path / "out"
    analyze_many(small, output=out, scheduler=client)
    changed = small / "tables" / "chat_0.csv"
    changed.write_text(changed.read_text() + "2024-03-01 10:00:00,Tom,one more line\n")
    again = analyze_many(small, output=out, scheduler=client)
    assert (again.analysed, again.already_done) == (1, 2)
    chats = pd.read_parquet(out / CHATS_FILE).set_index("chat_id")
    assert len(chats) == 3
    assert chats.loc[chat_id([changed], (out / SALT_FILE).read_text().strip()), "messages"] == 61
    forced = analyze_many(small, output=out, scheduler=client, force=True)
    assert (forced.analysed, forced.already_done, len(forced.chats)) == (3, 0, 3)


def test_a_salt_file_not_written_by_the_tool_is_refused(small, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / SALT_FILE).write_text("password123\n")
    with pytest.raises(analyzer.AnalyzerError) as caught:
        analyze_many(small, output=out)
    assert (
        str(caught.value)
        == f"{out / SALT_FILE} is not a salt written by chat-balance; move it away"
    )


def test_two_copies_of_one_export_are_one_chat_and_the_copy_is_counted(tmp_path, client):
    root = tmp_path / "chats"
    write_folder(root, per_format=(("csv", 1),), broken=False)
    (root / "copy").mkdir()
    (root / "copy" / "chat_0.csv").write_bytes((root / "tables" / "chat_0.csv").read_bytes())
    result = analyze_many(root, output=tmp_path / "out", scheduler=client)
    assert (result.analysed, result.copies_skipped, len(result.chats), len(result.errors)) == (
        1,
        1,
        1,
        0,
    )


def test_other_settings_are_other_work(small, tmp_path, client):
    out = tmp_path / "out"
    analyze_many(small, output=out, scheduler=client)
    from datetime import timedelta

    again = analyze_many(small, output=out, scheduler=client, session_gap=timedelta(hours=5))
    assert (again.analysed, again.already_done) == (3, 0)


def test_a_chat_too_big_for_the_limit_fails_alone(small, tmp_path, client):
    big = small / "tables" / "chat_1.csv"
    with big.open("a") as fh:
        fh.writelines(
            f"2024-03-01 10:{i % 60:02d}:00,Tom,line {i} of a long paste\n" for i in range(1500)
        )
    result = analyze_many(small, output=tmp_path / "out", scheduler=client, max_chat_mb=0.02)
    assert (result.analysed, result.failed) == (2, 1)
    assert result.errors["reason"].tolist() == [
        f"the chat holds {big.stat().st_size / 1024**2:.2f} MB of chat text, above the per-chat "
        "limit of 0.02 MB (raise it with --max-chat-mb)"
    ]
    assert result.errors["kind"].tolist() == ["too_big"]


def test_a_bug_on_one_chat_does_not_stop_the_batch(small, tmp_path, client, monkeypatch):
    import analyzer.batch.worker as worker

    real = worker.analyze_one

    def flaky(job, options, names=None):
        if job.parts[0].endswith("chat_1.csv"):
            raise ZeroDivisionError("division by zero")
        return real(job, options, names)

    monkeypatch.setattr(worker, "analyze_one", flaky)
    result = analyze_many(small, output=tmp_path / "out", scheduler=client)
    assert (result.analysed, result.failed) == (2, 1)
    assert result.errors["reason"].tolist() == [
        "internal error (ZeroDivisionError: division by zero); please report it"
    ]
    assert result.errors["kind"].tolist() == ["bug"]


def test_a_worker_that_dies_fails_its_chat_with_the_reason():
    from distributed import KilledWorker

    class Dead:
        def result(self):
            raise KilledWorker("chat-x", "tcp://127.0.0.1:1", None)

    job = ChatJob(parts=("/x/a.txt",), chat_id="0" * 16, source="", key="k")
    outcome = _outcome_of(Dead(), job, BatchOptions(settings=Settings(anonymize=True)), "2GB")
    assert outcome == Outcome(
        job=job,
        kind="worker_died",
        reason=(
            "the worker analysing this chat died, most likely out of memory (the limit is 2GB per "
            "worker); give workers more memory or lower --max-chat-mb to skip such chats early"
        ),
    )


@pytest.mark.slow
def test_reports_are_written_per_chat(small, tmp_path, client):
    import json

    out = tmp_path / "out"
    result = analyze_many(small, output=out, scheduler=client, reports=["json", "html"])
    ids = sorted(result.chats["chat_id"])
    assert sorted(p.name for p in (out / "reports").iterdir()) == sorted(
        f"{i}.{k}" for i in ids for k in ("html", "json")
    )
    doc = json.loads((out / "reports" / f"{ids[0]}.json").read_text())
    assert doc["participants"] == ["Person A", "Person B"]


def test_without_anonymize_the_source_and_names_are_kept(small, tmp_path, client):
    result = analyze_many(
        small / "tables",
        output=tmp_path / "out",
        scheduler=client,
        settings=Settings(anonymize=False),
    )
    assert sorted(Path(s).name for s in result.chats["source"]) == ["chat_0.csv", "chat_1.csv"]
    names = set(result.measures["participant"]) - {""}
    assert names <= {n for pair in PEOPLE for n in pair} and len(names) >= 2


@pytest.mark.parametrize(
    ("anonymize", "expected"),
    [
        (True, "[chat]: cannot read; [chat] again"),
        (False, "/x/WhatsApp Chat with Sam.txt: cannot read; WhatsApp Chat with Sam.txt again"),
    ],
    ids=["anonymised", "kept"],
)
def test_a_reason_names_no_path_when_anonymised(anonymize, expected):
    from analyzer.batch import scrub_reason

    job = ChatJob(parts=("/x/WhatsApp Chat with Sam.txt",), chat_id="0" * 16, source="", key="k")
    reason = "/x/WhatsApp Chat with Sam.txt: cannot\nread; WhatsApp Chat with Sam.txt again"
    assert (
        scrub_reason(reason, job, BatchOptions(settings=Settings(anonymize=anonymize))) == expected
    )
