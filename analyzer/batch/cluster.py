"""The Dask side of a batch: the cluster (given, or a local one), the worker plugin that loads the
pipeline once per worker, and the progress bar."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable

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

    The local worker processes are started with Ctrl-C ignored: the terminal sends it to every
    process of the command, and this process alone stops the batch (and then the workers);
    without that each worker printed its own traceback."""

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
        # a worker that dies on a chat (out of memory) fails that chat at once, not after retries
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}), _ctrl_c_ignored():
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


class _ctrl_c_ignored:
    """SIGINT ignored while the worker processes start (they inherit it); restored after."""

    def __enter__(self):
        self.old = None
        if threading.current_thread() is threading.main_thread():
            self.old = signal.signal(signal.SIGINT, signal.SIG_IGN)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.old is not None:
            signal.signal(signal.SIGINT, self.old)


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
