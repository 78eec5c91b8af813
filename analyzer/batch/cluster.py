"""The Dask side of a batch: the cluster (given, or a local one), the worker plugin that loads the
pipeline once per worker, and the progress bar."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager

from analyzer.errors import AnalyzerError

Progress = Callable[[int, int, int], None]  # (analysed, failed, total) after each chat


def _worker_plugin(spacy_model: str | None):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads the spaCy pipeline when a worker starts, before its first chat."""

        name = "chat-balance-pipeline"

        def setup(self, worker) -> None:
            from analyzer.batch.worker import warm_worker

            warm_worker(spacy_model)

    return LoadPipeline()


class _Cluster:
    """A Client on the scheduler given (argument, else ``DASK_SCHEDULER_ADDRESS``), else on a
    new LocalCluster of ``workers`` single-threaded processes; closed on exit.
    (a Ctrl-C while it starts stops what was started; see ``analyzer.cli`` for how local workers
    leave Ctrl-C to the command)."""

    def __init__(self, scheduler, workers: int | None, memory_limit: str | None):
        self.scheduler = scheduler
        self.workers = workers
        self.memory_limit = memory_limit
        self.cluster = None
        self.client = None
        self.owned = True
        self.config = None

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
            "distributed.client",
        ):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        if hasattr(self.scheduler, "submit"):  # a distributed.Client
            self.client, self.owned = self.scheduler, False
            return self.client
        address = self.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        if address:
            from analyzer.batch.find import check_scheduler_address

            check_scheduler_address(address)
            try:
                self.client = Client(address, timeout="10s")
            except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError, ...
                raise AnalyzerError(
                    f"cannot reach the Dask scheduler at {address} ({_one_line(exc)}); start it "
                    "with `dask scheduler` or leave out --scheduler to run on this machine"
                ) from None
            return self.client
        n = self.workers or os.cpu_count() or 1
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
        # workers are forked from one process that imported the analysis and built the pipeline
        # once (instead of each worker importing it all again); this stays set while the cluster
        # runs, so that a worker restarted after a crash is made the same way
        self.config = dask.config.set(
            {"distributed.worker.multiprocessing-method": method} if method else {}
        )
        try:
            if method:
                _preload_forkserver()
            # a worker that dies on a chat (out of memory) fails that chat at once, not after
            # retries
            with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                self.cluster = LocalCluster(
                    n_workers=0,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    memory_limit=self.memory_limit or "auto",
                )
            self.client = Client(self.cluster)
            with _deaf_while_spawning(n):
                self.cluster.scale(n)
            self.client.wait_for_workers(n, timeout=WORKER_START_SECONDS)
        except (TimeoutError, OSError) as exc:
            self.__exit__(None, None, None)
            raise AnalyzerError(
                f"the {n} local worker process{'es' if n != 1 else ''} did not start "
                f"({_one_line(exc)}); is the machine out of memory or processes?"
            ) from None
        except BaseException:  # Ctrl-C while starting: stop what was started
            self.__exit__(None, None, None)
            raise
        return self.client

    def __exit__(self, *exc_info) -> None:
        if self.owned and self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self.config is not None:
            self.config.__exit__(None, None, None)
            self.config = None


def _preload_forkserver() -> None:
    """What the process that local workers are forked from imports first (once per process:
    it keeps running for later batches): Dask, pandas, and the analysis with its pipeline built
    (:mod:`analyzer.batch.preload`)."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(
        ["distributed", "numpy", "pandas", "analyzer.batch.preload"]
    )


#: How long local workers may take to start (imports on a busy machine) before it is an error.
WORKER_START_SECONDS = 300
_WORKER_ENVIRON = {
    "DASK_LOGGING__DISTRIBUTED": "critical",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


@contextmanager
def _deaf_while_spawning(n: int):
    """Ctrl-C ignored from here until ``n`` new worker processes exist.

    The terminal sends Ctrl-C to every process of the command; the command's own process stops
    the batch, writes the tables, says so in one line and stops the workers. A worker that took
    the signal too printed a traceback of its own (about 70 lines for two). An ignored signal
    is the one setting a new process keeps, so the workers are started while this process
    ignores it: only for the moment they take to appear (a Ctrl-C in that moment is lost, one
    later is not). ``analyzer.cli`` ignores it again in a worker that a restart brings back.
    """
    import psutil

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    me = psutil.Process()
    before = {c.pid for c in me.children()}
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    # and a worker logs only what is critical: a heartbeat cut short by the end of the batch
    # is no news (the environment is read as a worker starts, before its logging is set up)
    # (one thread per worker for the numeric libraries too, set before they are first imported)
    saved = {k: os.environ.get(k) for k in _WORKER_ENVIRON}
    os.environ.update(_WORKER_ENVIRON)
    try:
        yield
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _spawned(me, before) < n:
            time.sleep(0.02)
    finally:
        signal.signal(signal.SIGINT, old)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _spawned(me, before: set[int]) -> int:
    """New processes under ``me`` that are multiprocessing workers past their start (spawned:
    marked ``--multiprocessing-fork``), or the fork server they come from and its children."""
    import psutil

    count = 0
    for child in me.children(recursive=True):
        if child.pid in before:
            continue
        try:
            line = " ".join(child.cmdline())
        except psutil.Error:
            continue
        count += "--multiprocessing-fork" in line or "multiprocessing.forkserver" in line
    return count


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


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


def progress_reporter(progress: bool | Progress, total: int) -> _NoBar:
    if callable(progress):
        return _Callback(progress)
    return _RichBar(total) if progress else _NoBar()
