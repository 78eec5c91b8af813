"""Many chats: :func:`analyze_many` and ``chat-balance batch`` (DESIGN.md s.9).

One Dask task per chat, on a local ``dask.distributed`` cluster (one single-threaded worker
process per core) or on any Dask cluster given by its scheduler address. Each task reads its
chat with :func:`analyzer.load_chat` (the same detection as one chat), runs :func:`analyzer.analyze`
with the batch's settings and returns a small result: one row for ``chats.parquet``, the tidy
measures for ``measures.parquet``, or a one-line reason for ``errors.parquet``.

Finding the chats (:func:`discover`): a file or zip is one chat; a folder is searched
recursively, and each file in it with a chat suffix (``.txt``, ``.json``, ``.csv``, ``.zip``, ...)
is one chat, except that ``message_1.json``, ``message_2.json``, ... in one folder are the parts
of one Meta chat, and a folder holding a WhatsApp chat file (``_chat.txt``, ``WhatsApp Chat with
X.txt``) is an unzipped WhatsApp export whose other ``.txt`` files are attachments (skipped and
counted). A file that is not a chat export is still a chat to the batch: it fails alone, with
load_chat's reason, so every file found is accounted for.

Privacy (anonymised by default): a chat id is a salted hash of the chat's absolute path(s); the
salt is kept in ``salt.txt`` in the output folder, so ids stay stable across reruns and nobody
without the salt can test a guessed path against them. Participants are labelled by role (A, B,
... in order of first appearance) and the path is withheld from every output.

Resuming: each chat has a key, the hash of its content and of everything that changes its result
(settings, parser options, report kinds, size limit, tool version). A rerun into the same folder
skips every chat whose id and key are already in ``chats.parquet`` or ``errors.parquet``
(unless ``force``); a chat whose content or settings changed is redone and its old row replaced.

Memory: a chat larger than ``max_chat_mb`` (file size, or the sizes a zip declares for its chat
files) fails before it is read; a worker that dies while analysing a chat (out of memory, killed)
fails that chat alone, with the reason.

The Parquet files are written to a temporary name and renamed into place, every few seconds and at
the end, so an interruption (Ctrl-C) leaves complete files holding the chats finished so far.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analyzer.errors import AnalyzerError
from analyzer.settings import Settings

CHATS_FILE = "chats.parquet"
MEASURES_FILE = "measures.parquet"
ERRORS_FILE = "errors.parquet"
SALT_FILE = "salt.txt"
REPORTS_DIR = "reports"
REPORT_KINDS = ("html", "pdf", "json")

#: A chat larger than this (MB of chat files) fails before it is read.
DEFAULT_MAX_CHAT_MB = 100.0
#: Seconds between two checkpoints of the Parquet files while a batch runs.
CHECKPOINT_SECONDS = 5.0

#: Per-person measures copied into chats.parquet, one column per role: ``word_share_A``, ...
ROLE_MEASURES = (
    "messages",
    "word_share",
    "message_share",
    "initiation_share",
    "median_latency_s",
    "emotion_word_rate",
    "feeling_rate",
    "question_share",
    "responsive_share",
    "responsiveness_received",
)
#: Chat-level measures copied into chats.parquet.
CHAT_MEASURES = ("balance_index", "deep_session_share", "latency_ratio", "lsm", "span_days")

_GLOB_CHARS = re.compile(r"[*?\[]")
_META_PART = re.compile(r"^message_\d+\.json$", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# what a batch is made of
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChatJob:
    """One chat to analyse: its file(s), id, where it came from and its resume key."""

    parts: tuple[str, ...]  # absolute paths: one file or zip, or the parts of one Meta chat
    chat_id: str
    source: str  # the path as found ("" under anonymize)
    key: str


@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs besides the chat: settings, parser options, outputs."""

    settings: Settings
    format: str = "auto"
    date_order: str | None = None
    parse_options: tuple[tuple[str, str], ...] = ()
    reports: tuple[str, ...] = ()
    reports_dir: str | None = None
    max_chat_mb: float = DEFAULT_MAX_CHAT_MB

    @property
    def max_chat_bytes(self) -> int:
        return int(self.max_chat_mb * 1024**2)

    def fingerprint(self) -> str:
        """A hash of everything here that changes a chat's result, and the tool's version."""
        from analyzer import __version__

        settings = self.settings.to_dict()
        settings.pop("nlp_processes", None)  # results are identical for any count
        text = json.dumps(
            {
                "settings": settings,
                "format": self.format,
                "date_order": self.date_order,
                "options": list(self.parse_options),
                "reports": list(self.reports),
                "max_chat_mb": self.max_chat_mb,
                "version": __version__,
            },
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Outcome:
    """What one task returns: a row and its measures, or the reason it failed."""

    job: ChatJob
    row: dict | None = None
    measures: pd.DataFrame | None = None
    reason: str = ""
    kind: str = ""  # input | too_big | worker_died | bug, for a failure
    seconds: float = 0.0


@dataclass(frozen=True)
class BatchResult:
    """The three tables of a batch (as written to the output folder, if one was given) and counts
    of this run: chats analysed, failed, skipped as already done, and files skipped as
    attachments of an unzipped export."""

    chats: pd.DataFrame
    measures: pd.DataFrame
    errors: pd.DataFrame
    analysed: int = 0
    failed: int = 0
    already_done: int = 0
    attachments_skipped: int = 0
    output: Path | None = None
    seconds: float = 0.0


# --------------------------------------------------------------------------------------------
# finding the chats
# --------------------------------------------------------------------------------------------


@dataclass
class Found:
    """The chats found under the paths given, and files passed over as attachments."""

    chats: list[tuple[Path, ...]] = field(default_factory=list)
    attachments: list[Path] = field(default_factory=list)


def discover(paths: Iterable[str | os.PathLike]) -> Found:
    """The chats under ``paths`` (files, zips, folders or glob patterns), in a stable order.

    See the module docstring for what counts as one chat. A path that does not exist and a
    pattern that matches nothing are errors; so is finding no chat at all.
    """
    from analyzer.parsers.inputs import CHAT_SUFFIXES, WHATSAPP_CHAT_MEMBER

    suffixes = CHAT_SUFFIXES + (".zip",)
    found = Found()
    seen: set[tuple[Path, ...]] = set()

    def add(chat: tuple[Path, ...]) -> None:
        if chat not in seen:
            seen.add(chat)
            found.chats.append(chat)

    expanded: list[Path] = []
    for raw in paths:
        text = os.fspath(raw)
        if not os.path.exists(text) and _GLOB_CHARS.search(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise AnalyzerError(f"{text}: no file matches this pattern")
            expanded.extend(Path(m) for m in matches)
        elif not os.path.exists(text):
            raise AnalyzerError(f"{text}: no such file or folder")
        else:
            expanded.append(Path(text))
    for path in expanded:
        path = path.absolute()
        if path.is_file():
            add((path,))
            continue
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            here = sorted(Path(folder) / f for f in files if f.lower().endswith(suffixes))
            whatsapp = [p for p in here if WHATSAPP_CHAT_MEMBER.match(p.name)]
            meta = [p for p in here if _META_PART.match(p.name)]
            if meta:
                add(tuple(meta))
            for file in here:
                if file in meta:
                    continue
                if whatsapp and file.suffix.lower() == ".txt" and file not in whatsapp:
                    found.attachments.append(file)
                    continue
                add((file,))
    if not found.chats:
        raise AnalyzerError(
            f"no chat export found in {', '.join(os.fspath(p) for p in paths)} "
            "(looked for .txt, .json, .csv, .zip, ... files)"
        )
    return found


def content_hash(parts: Sequence[Path | str]) -> str:
    """SHA-256 over the parts' names and bytes, read in chunks (a big file is never held whole)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(Path(part).name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            with open(part, "rb") as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
        except OSError as exc:  # unreadable: the task reports it; hash what is known
            digest.update(f"unreadable {exc.errno}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


def chat_id(parts: Sequence[Path | str], salt: str) -> str:
    """16 hex digits: a salted SHA-256 of the chat's absolute path(s)."""
    text = "\0".join(os.fspath(Path(p).absolute()) for p in parts)
    return hashlib.sha256(f"{salt}\0{text}".encode("utf-8", "surrogateescape")).hexdigest()[:16]


def read_salt(output: Path | None) -> str:
    """The salt kept in ``output/salt.txt``, made on first use (random, 32 hex digits)."""
    if output is None:
        return secrets.token_hex(16)
    path = output / SALT_FILE
    if path.exists():
        salt = path.read_text(encoding="ascii").strip()
        if not re.fullmatch(r"[0-9a-f]{32}", salt):
            raise AnalyzerError(f"{path} is not a salt written by chat-balance; move it away")
        return salt
    salt = secrets.token_hex(16)
    path.write_text(salt + "\n", encoding="ascii")
    return salt


def make_jobs(found: Found, options: BatchOptions, salt: str) -> list[ChatJob]:
    fingerprint = options.fingerprint()
    jobs = []
    for parts in found.chats:
        key = hashlib.sha256(f"{content_hash(parts)}\0{fingerprint}".encode()).hexdigest()[:32]
        source = "" if options.settings.anonymize else " + ".join(os.fspath(p) for p in parts)
        jobs.append(
            ChatJob(
                parts=tuple(os.fspath(p) for p in parts),
                chat_id=chat_id(parts, salt),
                source=source,
                key=key,
            )
        )
    return jobs


# --------------------------------------------------------------------------------------------
# one chat (runs on a worker)
# --------------------------------------------------------------------------------------------

#: Threads of one worker process take turns on the shared spaCy pipeline.
_PIPELINE_LOCK = threading.Lock()


def chat_bytes(parts: Sequence[str]) -> int:
    """Bytes of chat text a chat holds: file sizes, and for a zip the sizes it declares for its
    members with a chat suffix (what would be decompressed)."""
    import zipfile

    from analyzer.parsers.inputs import CHAT_SUFFIXES

    total = 0
    for part in parts:
        size = os.path.getsize(part)
        with open(part, "rb") as fh:
            head = fh.read(4)
        if head in (b"PK\x03\x04", b"PK\x05\x06") or part.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(part) as archive:
                    size = sum(
                        i.file_size
                        for i in archive.infolist()
                        if i.filename.lower().endswith(CHAT_SUFFIXES)
                    )
            except (zipfile.BadZipFile, OSError, ValueError):
                pass  # load_chat says what is wrong with it
        total += size
    return total


def run_job(job: ChatJob, options: BatchOptions) -> Outcome:
    """Analyse one chat; never raises for a problem with the chat (it becomes the reason)."""
    start = time.perf_counter()
    try:
        size = chat_bytes(job.parts)
        if size > options.max_chat_bytes:
            return _failed(
                job,
                options,
                "too_big",
                start,
                f"the chat holds {size / 1024**2:.2f} MB of chat text, above the "
                f"per-chat limit of {options.max_chat_mb:g} MB "
                "(raise it with --max-chat-mb)",
            )
        row, measures = analyze_one(job, options)
    except AnalyzerError as exc:
        return _failed(job, options, "input", start, str(exc))
    except MemoryError:
        return _failed(
            job,
            options,
            "too_big",
            start,
            "ran out of memory while analysing this chat; give workers more memory "
            "or lower --max-chat-mb to skip such chats early",
        )
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch; it is reported
        return _failed(
            job,
            options,
            "bug",
            start,
            f"internal error ({type(exc).__name__}: {exc}); please report it",
        )
    return Outcome(job=job, row=row, measures=measures, seconds=time.perf_counter() - start)


def _failed(job: ChatJob, options: BatchOptions, kind: str, start: float, reason: str) -> Outcome:
    return Outcome(
        job=job,
        reason=scrub_reason(reason, job, options),
        kind=kind,
        seconds=time.perf_counter() - start,
    )


def scrub_reason(reason: str, job: ChatJob, options: BatchOptions) -> str:
    """One line; under anonymize the chat's paths (which often carry a name) become "[chat]"."""
    reason = " ".join(reason.split())
    if options.settings.anonymize:
        for part in sorted(job.parts, key=len, reverse=True):
            reason = reason.replace(part, "[chat]")
            name = re.escape(os.path.basename(part))
            reason = re.sub(rf"(?<![\w.]){name}(?![\w.])", "[chat]", reason)
    return reason


def analyze_one(job: ChatJob, options: BatchOptions) -> tuple[dict, pd.DataFrame]:
    """load_chat + analyze + the chat's row and measures (and its reports, when asked)."""
    from analyzer.parsers.registry import load_chat
    from analyzer.pipeline import analyze

    target = list(job.parts) if len(job.parts) > 1 else job.parts[0]
    chat = load_chat(
        target, format=options.format, date_order=options.date_order, **dict(options.parse_options)
    )
    with _PIPELINE_LOCK:
        result = analyze(chat, settings=options.settings)
    if options.reports and options.reports_dir:
        write_reports(result, Path(options.reports_dir), job.chat_id, options.reports)
    return chat_row(result, job), measures_rows(result, job)


def write_reports(result, folder: Path, name: str, kinds: Sequence[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kind in kinds:
        path = folder / f"{name}.{kind}"
        getattr(result, f"to_{kind}")(path)


def role_of(result) -> dict[str, str]:
    """Person -> role letter (A, B, ..., AA, ...) in order of first appearance in the chat."""
    from analyzer.anonymize import person_label

    return {
        p: person_label(i).removeprefix("Person ") for i, p in enumerate(result.all_participants)
    }


def chat_row(result, job: ChatJob) -> dict:
    """The chat's row of chats.parquet (see README: "What each column means")."""
    roles = role_of(result)
    source = result.source
    start, end = result.period
    values = result.measures.values
    row: dict = {
        "chat_id": job.chat_id,
        "source": job.source,
        "key": job.key,
        "format": source.format,
        "variant": source.variant,
        "files": len(source.files),
        "start": start,
        "end": end,
        "messages": len(result.messages),
        "participants": len(result.all_participants),
        "measured": "".join(roles[p] for p in result.participants),
        "sessions": len(result.sessions),
        "turns": len(result.turns),
        "lines": source.lines.total,
        "lines_skipped": sum(source.lines.skipped.values()),
        "warnings": len(source.warnings),
    }
    chat_level = values[values["participant"] == ""].set_index("measure")["value"]
    for name in CHAT_MEASURES:
        row[name] = float(chat_level.get(name, float("nan")))
    per_person = values[values["measure"].isin(ROLE_MEASURES) & (values["participant"] != "")]
    table = per_person.pivot_table(
        index="participant", columns="measure", values="value", aggfunc="first", dropna=False
    )
    for person in result.participants:
        for name in ROLE_MEASURES:
            value = table.at[person, name] if person in table.index and name in table else None
            row[f"{name}_{roles[person]}"] = float("nan") if value is None else float(value)
    for sign in result.signs:
        row[f"{sign.id}_status"] = sign.status
        row[f"{sign.id}_score"] = float("nan") if sign.score is None else float(sign.score)
        row[f"{sign.id}_who"] = roles.get(sign.who, "") if sign.who else ""
    return row


def measures_rows(result, job: ChatJob) -> pd.DataFrame:
    """The chat's tidy measures table with its chat id and each participant's role."""
    roles = role_of(result)
    values = result.measures.values
    frame = values.assign(role=values["participant"].map(roles).fillna("").astype("string"))
    frame.insert(0, "chat_id", job.chat_id)
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Dask
# --------------------------------------------------------------------------------------------


def warm_worker(spacy_model: str | None) -> None:
    """Build the NLP pipeline in this process (cached: once per worker process)."""
    from analyzer.nlp.features import build_pipeline

    build_pipeline(spacy_model)


def _worker_plugin(spacy_model: str | None):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads the spaCy pipeline when a worker starts, before its first chat."""

        name = "chat-balance-pipeline"

        def setup(self, worker) -> None:
            warm_worker(spacy_model)

    return LoadPipeline()


class _Cluster:
    """A Client on the scheduler given (argument, else ``DASK_SCHEDULER_ADDRESS``), else on a
    new LocalCluster of ``workers`` single-threaded processes; closed on exit."""

    def __init__(self, scheduler, workers: int | None, memory_limit: str | None):
        self.scheduler = scheduler
        self.workers = workers
        self.memory_limit = memory_limit
        self.cluster = None
        self.client = None
        self.owned = True

    def __enter__(self):
        import logging

        import dask
        from distributed import Client, LocalCluster

        for name in (
            "distributed",
            "distributed.worker",
            "distributed.nanny",
            "distributed.scheduler",
            "distributed.core",
        ):
            logging.getLogger(name).setLevel(logging.ERROR)
        if isinstance(self.scheduler, Client):
            self.client, self.owned = self.scheduler, False
            return self.client
        address = self.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        if address:
            try:
                self.client = Client(address, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise AnalyzerError(
                    f"cannot reach the Dask scheduler at {address} ({exc}); start it with "
                    "`dask scheduler` or leave out --scheduler to run on this machine"
                ) from None
            return self.client
        n = self.workers or os.cpu_count() or 1
        # a worker that dies on a chat (out of memory) fails that chat at once, not after retries
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
            self.cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                memory_limit=self.memory_limit or "auto",
            )
        self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc_info) -> None:
        if self.owned and self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --------------------------------------------------------------------------------------------
# the batch
# --------------------------------------------------------------------------------------------

Progress = Callable[[int, int, int], None]  # (analysed, failed, total) after each chat


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
    """Analyse every chat under ``paths`` (files, zips, folders, glob patterns), one Dask task each.

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
    """
    started = time.perf_counter()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    settings = settings or Settings(anonymize=True)
    if changes:
        settings = settings.with_(**changes)
    settings = settings.with_(nlp_processes=1)  # the parallelism is across chats
    unknown = [k for k in reports if k not in REPORT_KINDS]
    if unknown:
        raise AnalyzerError(f"unknown report kind {unknown[0]!r}; choose from html, pdf, json")
    if not max_chat_mb > 0:
        raise AnalyzerError(f"--max-chat-mb must be above 0, got {max_chat_mb}")
    out = Path(output) if output is not None else None
    if out is not None and out.exists() and not out.is_dir():
        raise AnalyzerError(f"{out}: exists and is not a folder; -o names the results folder")
    found = discover(paths)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    options = BatchOptions(
        settings=settings,
        format=format,
        date_order=date_order,
        parse_options=tuple(sorted((parse_options or {}).items())),
        reports=tuple(dict.fromkeys(reports)),
        reports_dir=os.fspath(out / REPORTS_DIR) if out is not None and reports else None,
        max_chat_mb=max_chat_mb,
    )
    jobs = make_jobs(found, options, read_salt(out))
    tables = Tables.read(out)
    done = tables.done()
    todo = jobs if force else [j for j in jobs if (j.chat_id, j.key) not in done]
    already = len(jobs) - len(todo)
    analysed = failed = 0
    if todo:
        report = _progress_reporter(progress, len(todo))
        with report as tick, _Cluster(scheduler, workers, memory_limit) as client:
            from distributed import as_completed

            client.register_plugin(_worker_plugin(settings.spacy_model))
            futures = {
                client.submit(
                    run_job, job, options, key=f"chat-{job.chat_id}-{job.key[:12]}", pure=False
                ): job
                for job in todo
            }
            last = time.monotonic()
            try:
                for future in as_completed(futures):
                    outcome = _outcome_of(future, futures[future], options, memory_limit)
                    tables.add(outcome)
                    if outcome.row is not None:
                        analysed += 1
                    else:
                        failed += 1
                    tick(analysed, failed, len(todo))
                    if out is not None and time.monotonic() - last > CHECKPOINT_SECONDS:
                        tables.write(out)
                        last = time.monotonic()
            finally:  # also on Ctrl-C: what finished is written, whole
                for future in futures:
                    if not future.done():
                        future.cancel()
                if out is not None:
                    tables.write(out)
    elif out is not None and not (out / CHATS_FILE).exists():
        tables.write(out)
    return BatchResult(
        chats=tables.chats,
        measures=tables.measures,
        errors=tables.errors,
        analysed=analysed,
        failed=failed,
        already_done=already,
        attachments_skipped=len(found.attachments),
        output=out,
        seconds=time.perf_counter() - started,
    )


def _outcome_of(future, job: ChatJob, options: BatchOptions, memory_limit: str | None) -> Outcome:
    """The task's Outcome; a task that died with its worker becomes a failure with the reason."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        limit = f" (the limit is {memory_limit} per worker)" if memory_limit else ""
        return Outcome(
            job=job,
            kind="worker_died",
            reason=(
                "the worker analysing this chat died, most likely out of memory"
                + limit
                + "; give workers more memory or lower --max-chat-mb to skip such chats early"
            ),
        )
    except Exception as exc:  # noqa: BLE001 - e.g. the chat could not be sent to a worker
        return Outcome(
            job=job,
            kind="bug",
            reason=scrub_reason(
                f"the task failed on the cluster ({type(exc).__name__}: {exc})", job, options
            ),
        )


class _NoBar:
    def __enter__(self):
        return lambda *_: None

    def __exit__(self, *exc_info) -> None:
        return None


class _Callback(_NoBar):
    def __init__(self, fn: Progress):
        self.fn = fn

    def __enter__(self):
        return self.fn


class _RichBar(_NoBar):
    """chats done, failed, elapsed and ETA on stderr."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("chats"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.total = total

    def __enter__(self):
        self.bar.__enter__()
        task = self.bar.add_task("chats", total=self.total, failed=0)

        def tick(analysed: int, failed: int, _total: int) -> None:
            self.bar.update(task, completed=analysed + failed, failed=failed)

        return tick

    def __exit__(self, *exc_info) -> None:
        self.bar.__exit__(*exc_info)


def _progress_reporter(progress: bool | Progress, total: int) -> _NoBar:
    if callable(progress):
        return _Callback(progress)
    return _RichBar(total) if progress else _NoBar()


# --------------------------------------------------------------------------------------------
# the three tables
# --------------------------------------------------------------------------------------------

ERROR_COLUMNS = ("chat_id", "source", "key", "kind", "reason")


class Tables:
    """chats, measures and errors so far; a new outcome for a chat replaces its old rows."""

    def __init__(self, chats: pd.DataFrame, measures: pd.DataFrame, errors: pd.DataFrame):
        self._chats = chats
        self._measures = measures
        self._errors = errors
        self._new: list[Outcome] = []

    @property
    def chats(self) -> pd.DataFrame:
        self._flush()
        return self._chats

    @property
    def measures(self) -> pd.DataFrame:
        self._flush()
        return self._measures

    @property
    def errors(self) -> pd.DataFrame:
        self._flush()
        return self._errors

    @classmethod
    def read(cls, out: Path | None) -> Tables:
        def load(name: str, columns: Sequence[str] = ("chat_id", "key")) -> pd.DataFrame:
            path = out / name if out is not None else None
            if path is not None and path.exists():
                try:
                    return pd.read_parquet(path)
                except Exception as exc:  # noqa: BLE001 - any reader error: the file is not ours
                    raise AnalyzerError(
                        f"{path} cannot be read ({type(exc).__name__}); move it away or use a new "
                        f"-o"
                    ) from None
            return pd.DataFrame(columns=list(columns))

        return cls(
            load(CHATS_FILE), load(MEASURES_FILE, ("chat_id",)), load(ERRORS_FILE, ERROR_COLUMNS)
        )

    def done(self) -> set[tuple[str, str]]:
        """(chat_id, key) of every chat with a row in chats or errors."""
        return {
            (c, k)
            for frame in (self.chats, self.errors)
            for c, k in zip(frame["chat_id"], frame["key"], strict=True)
        }

    def add(self, outcome: Outcome) -> None:
        self._new.append(outcome)

    def _flush(self) -> None:
        if not self._new:
            return
        ids = {o.job.chat_id for o in self._new}
        rows = [o.row for o in self._new if o.row is not None]
        measures = [o.measures for o in self._new if o.measures is not None]
        errors = [
            {
                "chat_id": o.job.chat_id,
                "source": o.job.source,
                "key": o.job.key,
                "kind": o.kind,
                "reason": o.reason,
            }
            for o in self._new
            if o.row is None
        ]
        self._new = []
        self._chats = _concat(self._chats[~self._chats["chat_id"].isin(ids)], pd.DataFrame(rows))
        self._measures = _concat(self._measures[~self._measures["chat_id"].isin(ids)], *measures)
        self._errors = _concat(
            self._errors[~self._errors["chat_id"].isin(ids)],
            pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
        )

    def write(self, out: Path) -> None:
        """Each table to a temporary file, then renamed over the old one (atomic)."""
        for name, frame in (
            (CHATS_FILE, self.chats),
            (MEASURES_FILE, self.measures),
            (ERRORS_FILE, self.errors),
        ):
            tmp = out / f".{name}.tmp"
            _tidy(frame).to_parquet(tmp, index=False)
            os.replace(tmp, out / name)


def _concat(*frames: pd.DataFrame) -> pd.DataFrame:
    kept = [f for f in frames if len(f.columns)]
    nonempty = [f for f in kept if len(f)]
    if not nonempty:
        return kept[-1].iloc[0:0] if kept else pd.DataFrame()
    return pd.concat(nonempty, ignore_index=True)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns that hold only strings become strings (Parquet needs one type per column)."""
    frame = frame.reset_index(drop=True)
    text = [
        c
        for c in frame.columns
        if frame[c].dtype == object
        and pd.api.types.infer_dtype(frame[c], skipna=True) in ("string", "empty")
    ]
    return frame.astype(dict.fromkeys(text, "string")) if text else frame
