"""Many chats: :func:`analyze_many` and ``chat-balance batch``.

Dask tasks on a local ``dask.distributed`` cluster (one single-threaded worker process per core)
or on any Dask cluster given by its scheduler address. Each task reads a chat with
:func:`analyzer.load_chat` (the same detection as one chat), runs :func:`analyzer.analyze` with
the batch's settings and returns a small result: one row for ``chats.parquet``, the tidy measures
for ``measures.parquet``, or a one-line reason for ``errors.parquet``. Small chats go a few to a
task, so that a task's fixed cost (sending, scheduling, the result's trip back) is paid once for
several of them.

Every option is checked before a chat is looked at or a worker starts (:func:`check_options`), and
the results folder before a worker starts: a mistake is one line (:class:`AnalyzerError`).

Finding the chats (:func:`discover`): a file or zip is one chat; a folder is searched
recursively, and each file in it with a chat suffix (``.txt``, ``.json``, ``.csv``, ``.zip``, ...)
is one chat, except that ``message_1.json``, ``message_2.json``, ... in one folder are the parts
of one Meta chat, and a folder holding a WhatsApp chat file (``_chat.txt``, ``WhatsApp Chat with
X.txt``) is an unzipped WhatsApp export whose other ``.txt`` files are attachments (skipped and
counted). The results folder is never searched. A file that is not a chat export, or cannot be
read, is still a chat to the batch: it fails alone, with its reason, so every file found is
accounted for; a folder that cannot be read is named in a warning.

Identity: a chat id is a salted hash of the chat's content, so a chat keeps its id when its folder
is moved or renamed, and two copies of one export are one chat (the copy is counted, not redone).
Each row also keeps ``place``, a salted hash of the path, so that a chat changed in place (a new
export over the old file) replaces its old rows. The salt is kept in ``salt.txt`` in the output
folder (written atomically), so ids stay stable across reruns and nobody without the salt can
test a guessed chat or path against them.

Privacy (anonymised by default): participants are labelled by role (A, B, ... in order of first
appearance), the path is withheld from every output, and an error's reason goes through the
report's scrubber (:func:`analyzer.batch.worker.scrub_reason`).

Resuming: each chat has a key, the hash of its content and of everything that changes its result
(settings, parser options, report kinds, size limit, tool version). A rerun into the same folder
skips every chat whose id and key are already in ``chats.parquet`` or ``errors.parquet`` and whose
reports (when asked for) are still there and readable; a chat whose report could not be written
(kind ``output``: a full disk) is tried again. ``force`` redoes all.

Memory: a chat larger than ``max_chat_mb`` (file size, or the sizes a zip declares for its chat
files) fails before it is read; a worker that dies while analysing a chat (out of memory, killed)
fails that chat alone, with the reason.

The Parquet files are written to a temporary name and renamed into place, every few seconds and at
the end, so an interruption (Ctrl-C) leaves complete files holding the chats finished so far and
raises :class:`BatchInterrupted` saying how many are done.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyzer.batch.cluster import Progress, _Cluster, _worker_plugin, progress_reporter
from analyzer.batch.find import (
    DEFAULT_MAX_CHAT_MB,
    REPORT_KINDS,
    REPORTS_DIR,
    SALT_FILE,
    BatchOptions,
    ChatJob,
    Found,
    chat_id,
    check_options,
    content_hash,
    discover,
    make_jobs,
    place_id,
    prepare_output,
    read_salt,
)
from analyzer.batch.tables import (
    CHATS_FILE,
    ERROR_COLUMNS,
    ERRORS_FILE,
    MEASURES_FILE,
    RETRIED_KINDS,
    Tables,
    reports_ok,
)
from analyzer.batch.worker import Outcome, run_job, run_jobs, scrub_reason
from analyzer.errors import AnalyzerError
from analyzer.settings import Settings

__all__ = [
    "CHATS_FILE",
    "DEFAULT_MAX_CHAT_MB",
    "ERRORS_FILE",
    "ERROR_COLUMNS",
    "MAX_CHATS_PER_TASK",
    "MEASURES_FILE",
    "REPORTS_DIR",
    "REPORT_KINDS",
    "SALT_FILE",
    "SMALL_CHAT_BYTES",
    "BatchInterrupted",
    "BatchOptions",
    "BatchResult",
    "ChatJob",
    "Found",
    "Outcome",
    "Tables",
    "analyze_many",
    "chat_id",
    "check_options",
    "content_hash",
    "discover",
    "place_id",
    "run_job",
    "run_jobs",
    "scrub_reason",
    "task_groups",
]

#: Seconds between two checkpoints of the Parquet files while a batch runs.
CHECKPOINT_SECONDS = 5.0
#: A chat below this size (bytes of its files) may share a task with others.
SMALL_CHAT_BYTES = 256 * 1024
#: At most this many small chats to a task (more would leave a worker idle longer at the end,
#: while the last tasks finish, than the task's own cost saves).
MAX_CHATS_PER_TASK = 4


@dataclass(frozen=True)
class BatchResult:
    """The three tables of a batch (as written to the output folder, if one was given) and counts
    of this run: chats analysed, failed, skipped as already done, files skipped as copies of a
    chat found earlier in this run or as attachments of an unzipped export, and warnings (such as
    folders that could not be read)."""

    chats: pd.DataFrame
    measures: pd.DataFrame
    errors: pd.DataFrame
    analysed: int = 0
    failed: int = 0
    already_done: int = 0
    attachments_skipped: int = 0
    output: Path | None = None
    seconds: float = 0.0
    copies_skipped: int = 0
    warnings: tuple[str, ...] = ()


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: the tables were written with the chats finished so far."""

    def __init__(self, done: int, total: int):
        super().__init__(done, total)
        self.done, self.total = done, total

    def __str__(self) -> str:
        if self.done == self.total:
            return f"interrupted: all {self.total} chats were done; nothing is left to run"
        return (
            f"interrupted: {self.done} of {self.total} chats done; run the same command again "
            "to finish"
        )


def analyze_many(
    paths: str | os.PathLike | Sequence[str | os.PathLike],
    *,
    output: str | os.PathLike | None = None,
    settings: Settings | None = None,
    format: str = "auto",
    date_order: str | None = None,
    parse_options: dict[str, str] | None = None,
    reports: Sequence[str] = (),
    scheduler=None,
    workers: int | None = None,
    memory_limit: str | None = None,
    max_chat_mb: float = DEFAULT_MAX_CHAT_MB,
    force: bool = False,
    progress: bool | Progress = False,
    **changes,
) -> BatchResult:
    """Analyse every chat under ``paths`` (files, zips, folders, glob patterns) as Dask tasks.

    ``settings`` (or keyword changes such as ``session_gap=timedelta(hours=3)``) are those of
    :func:`analyzer.analyze`; ``anonymize`` defaults to True here. With ``output`` (a folder) the
    tables are written there as ``chats.parquet``, ``measures.parquet`` and ``errors.parquet``,
    and a rerun skips chats already done unless ``force``; ``reports`` (``"html"``, ``"pdf"``,
    ``"json"``) are written per chat to ``output/reports/<chat_id>.<kind>``.

    ``scheduler`` is a Dask scheduler address (``"tcp://host:8786"``) or a
    ``distributed.Client``; without one, ``DASK_SCHEDULER_ADDRESS`` is used if set, else a
    LocalCluster of ``workers`` processes (default: one per core), each limited to
    ``memory_limit`` (Dask's syntax, "2GB"; default: the machine's memory shared out).
    ``progress``: True for a progress bar on stderr, or a function called with (analysed,
    failed, total) after each chat.

    Every option is checked first (:class:`AnalyzerError`, one line). Ctrl-C writes the tables
    with the chats finished and raises :class:`BatchInterrupted`.
    """
    started = time.perf_counter()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    settings = settings or Settings(anonymize=True)
    if changes:
        settings = settings.with_(**changes)
    settings = settings.with_(nlp_processes=1)  # the parallelism is across chats
    reports = tuple(dict.fromkeys(reports))
    check_options(
        settings=settings,
        format=format,
        date_order=date_order,
        reports=reports,
        max_chat_mb=max_chat_mb,
        memory_limit=memory_limit,
        scheduler=scheduler,
        workers=workers,
    )
    out = Path(output).absolute() if output is not None else None
    if out is not None and out.exists() and not out.is_dir():
        raise AnalyzerError(f"{output}: exists and is not a folder; -o names the results folder")
    found = discover(paths, skip=out)
    if out is not None:
        prepare_output(out)
    options = BatchOptions(
        settings=settings,
        format=format,
        date_order=date_order,
        parse_options=tuple(sorted((parse_options or {}).items())),
        reports=reports,
        reports_dir=os.fspath(out / REPORTS_DIR) if out is not None and reports else None,
        max_chat_mb=float(max_chat_mb),
    )
    results_exist = out is not None and any((out / f).exists() for f in (CHATS_FILE, ERRORS_FILE))
    every = make_jobs(found, options, read_salt(out, results_exist=results_exist))
    jobs, ids = [], set()
    for job in every:  # the first copy of each chat; the others are counted
        if job.chat_id not in ids:
            ids.add(job.chat_id)
            jobs.append(job)
    copies = len(every) - len(jobs)
    tables = Tables.read(out, current=ids)
    done = tables.done()
    todo: list[ChatJob] = []
    moved: dict[str, str] = {}
    for job in jobs:
        had = done.get(job.chat_id)
        if (
            force
            or had is None
            or had.key != job.key
            or had.kind in RETRIED_KINDS
            or (had.kind == "" and not reports_ok(out, job, options.reports))
        ):
            todo.append(job)
        elif had.place != job.place:
            moved[job.chat_id] = job.place
    changed = tables.move(moved)
    already = len(jobs) - len(todo)
    counts = {"analysed": 0, "failed": 0}
    if todo:
        cluster = _Cluster(scheduler, workers, memory_limit)
        _run(todo, options, tables, out, cluster, memory_limit, progress, counts, already)
    elif out is not None and (changed or not (out / CHATS_FILE).exists()):
        tables.write(out)
    return BatchResult(
        chats=tables.chats,
        measures=tables.measures,
        errors=tables.errors,
        analysed=counts["analysed"],
        failed=counts["failed"],
        already_done=already,
        attachments_skipped=len(found.attachments),
        output=out,
        seconds=time.perf_counter() - started,
        copies_skipped=copies,
        warnings=_warnings(found, settings.anonymize),
    )


def _warnings(found: Found, anonymize: bool) -> tuple[str, ...]:
    """Folders that could not be read: counted, and named unless anonymised (a folder's name
    may be a person's)."""
    n = len(found.unreadable)
    if not n:
        return ()
    if anonymize:
        which = " (--no-anonymize names them)"
    else:
        which = ": " + ", ".join(map(os.fspath, found.unreadable[:3])) + (" ..." if n > 3 else "")
    were = "folders could not be read and were" if n > 1 else "folder could not be read and was"
    return (f"{n} {were} skipped{which}",)


def task_groups(jobs: Sequence[ChatJob], slots: int) -> list[list[ChatJob]]:
    """The chats, a few small ones to a task: at most :data:`MAX_CHATS_PER_TASK`, and no more
    than leaves every worker slot eight tasks to share out; a chat above
    :data:`SMALL_CHAT_BYTES` goes alone (a worker dying on it fails it alone)."""
    per_task = max(1, min(MAX_CHATS_PER_TASK, len(jobs) // (8 * max(slots, 1))))
    groups: list[list[ChatJob]] = []
    batch: list[ChatJob] = []
    for job in jobs:
        if _size(job) > SMALL_CHAT_BYTES:
            groups.append([job])
            continue
        batch.append(job)
        if len(batch) == per_task:
            groups.append(batch)
            batch = []
    if batch:
        groups.append(batch)
    return groups


def _size(job: ChatJob) -> int:
    try:
        return sum(os.path.getsize(p) for p in job.parts)
    except OSError:
        return 0


def _run(todo, options, tables, out, cluster, memory_limit, progress, counts, already) -> None:
    """The Dask part of :func:`analyze_many`: submit, collect, checkpoint; Ctrl-C and a failed
    write of the tables are handled here."""
    total = already + len(todo)
    interrupted = False
    report = progress_reporter(progress, len(todo))
    try:
        with report as tick, cluster as client:
            from distributed import as_completed

            client.register_plugin(_worker_plugin(options.settings.spacy_model))
            slots = sum(client.nthreads().values()) or 1
            futures = {}
            for group in task_groups(todo, slots):
                key = f"chats-{group[0].chat_id}-{group[0].key[:12]}-{len(group)}"
                futures[client.submit(run_jobs, group, options, key=key, pure=False)] = group
            last = time.monotonic()
            try:
                for future in as_completed(futures):
                    for outcome in _outcomes_of(future, futures[future], options, memory_limit):
                        tables.add(outcome)
                        counts["analysed" if outcome.row is not None else "failed"] += 1
                        tick(counts["analysed"], counts["failed"], len(todo))
                    if out is not None and time.monotonic() - last > CHECKPOINT_SECONDS:
                        tables.write(out)
                        last = time.monotonic()
            finally:  # also on Ctrl-C: what finished is written, whole
                for future in futures:
                    if not future.done():
                        future.cancel()
                if out is not None:
                    tables.write(out)
    except KeyboardInterrupt:
        interrupted = True
    if interrupted:
        if out is not None:
            tables.write(out)
        raise BatchInterrupted(already + counts["analysed"] + counts["failed"], total) from None


def _outcomes_of(
    future, group: Sequence[ChatJob], options: BatchOptions, memory_limit: str | None
) -> list[Outcome]:
    """The task's outcomes; a task that died with its worker fails each of its chats with the
    reason."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        limit = f" (the limit is {memory_limit} per worker)" if memory_limit else ""
        return [
            Outcome(
                job=job,
                kind="worker_died",
                reason=(
                    "the worker analysing this chat died, most likely out of memory"
                    + limit
                    + "; give workers more memory or lower --max-chat-mb to skip such chats early"
                ),
            )
            for job in group
        ]
    except Exception as exc:  # noqa: BLE001 - e.g. the chat could not be sent to a worker
        return [
            Outcome(
                job=job,
                kind="bug",
                reason=scrub_reason(
                    f"the task failed on the cluster ({type(exc).__name__}: {exc})", job, options
                ),
            )
            for job in group
        ]


def _outcome_of(future, job: ChatJob, options: BatchOptions, memory_limit: str | None) -> Outcome:
    """:func:`_outcomes_of` for a task of one chat."""

    class One:
        def result(self):
            return [future.result()]

    return _outcomes_of(One(), [job], options, memory_limit)[0]
