"""The ``chat-balance`` command: ``report``, ``batch``, ``parse`` and ``formats``.

Heavy libraries are imported inside the commands so that ``--help`` stays fast. User errors
(:class:`analyzer.errors.AnalyzerError`) print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def _leave_ctrl_c_to_the_command() -> None:
    """In a worker process of a local ``batch`` cluster, Ctrl-C is ignored.

    The terminal sends Ctrl-C to every process of the command; the command's own process stops
    the batch, writes the tables, says so in one line and then stops its workers. A worker that
    took the signal too printed a traceback of its own (about 70 lines for two workers).
    multiprocessing starts such a worker by running the command's main module again, which
    imports this module first thing, before the worker imports anything heavy.
    """
    import signal

    if "--multiprocessing-fork" in getattr(sys, "orig_argv", ()):  # how such a worker starts
        signal.signal(signal.SIGINT, signal.SIG_IGN)


_leave_ctrl_c_to_the_command()

# Plain click help (no rich panels): flags show no type, values show the metavar given here.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="How balanced, how deep and how one-sided is a conversation? Offline, private.",
)

ChatArgs = Annotated[
    list[Path],
    typer.Argument(
        help="Chat export(s): file, folder or zip; several are merged as one chat.",
        show_default=False,
        metavar="CHAT",
    ),
]
FormatOpt = Annotated[
    str, typer.Option("--format", help="Source format, or auto (see `formats`).", metavar="NAME")
]
ChatOpt = Annotated[
    str | None,
    typer.Option(
        "--chat",
        help="Pick one chat from a multi-chat export (Telegram, Meta) by name or "
        "id, or from inputs holding several chats by file name or by a person only "
        "that chat has.",
        metavar="NAME|ID",
    ),
]
OptionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--option",
        help="A parser option KEY=VALUE, repeatable: tz=Europe/Berlin, base_date=2024-05-01, "
        "time_col=, author_col=, text_col=.",
        metavar="KEY=VALUE",
    ),
]
DateOrderOpt = Annotated[
    str | None,
    typer.Option(
        "--date-order",
        help="Override the detected date order: dmy, mdy, ymd, ydm, myd or dym.",
        metavar="ORDER",
    ),
]
LenientOpt = Annotated[
    bool,
    typer.Option(
        "--lenient",
        help="Go on when lines cannot be read (header-like lines with impossible "
        "dates, text before the first message), counting them, instead of stopping.",
    ),
]

# Settings flags shared by `report` and `batch` (one definition each).
NoQuotesOpt = Annotated[bool, typer.Option("--no-quotes", help="Leave out every message text.")]
PairOpt = Annotated[
    tuple[str, str] | None,
    typer.Option(
        "--pair",
        help="In a group chat, measure these two people.",
        show_default=False,
        metavar="NAME NAME",
    ),
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="First day to include (YYYY-MM-DD).", metavar="DATE")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Last day to include (YYYY-MM-DD).", metavar="DATE")
]
SessionGapOpt = Annotated[
    str,
    typer.Option(
        "--session-gap",
        help="Silence that starts a new conversation (2h, 90m, ...).",
        metavar="DURATION",
    ),
]
SpacyModelOpt = Annotated[
    str | None,
    typer.Option(
        "--spacy-model",
        help="An installed spaCy pipeline to use instead of the built-in one.",
        metavar="NAME",
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress, no warnings and no messages.")
]


def _show_version(value: bool) -> None:
    if value:
        from analyzer import __version__

        typer.echo(f"chat-balance {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_show_version
        ),
    ] = False,
) -> None:
    """How balanced, how deep and how one-sided is a conversation? Offline, private."""


def parser_options(chat: str | None, options: list[str] | None) -> dict[str, str]:
    """``--chat`` and ``--option KEY=VALUE`` as keyword options for ``load_chat``."""
    found: dict[str, str] = {}
    for item in options or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isidentifier():
            fail(f"cannot read --option {item!r}: write KEY=VALUE, e.g. tz=Europe/Berlin")
        found[key.strip()] = value
    if found.get("base_date"):
        from analyzer.errors import AnalyzerError
        from analyzer.settings import parse_day

        try:
            parse_day(found["base_date"], "--option base_date=")
        except AnalyzerError as exc:
            fail(str(exc).replace("base_date= '", "base_date='"))
    if chat is not None:
        found["chat"] = chat
    return found


def settings_from_flags(
    *,
    anonymize: bool,
    quotes: bool,
    pair: tuple[str, str] | None,
    since: str | None,
    until: str | None,
    session_gap: str,
    spacy_model: str | None,
    nlp_processes: int | str = "auto",
    also_hide: tuple[str, ...] = (),
):
    """The :class:`analyzer.settings.Settings` that the shared settings flags ask for."""
    from analyzer.settings import Settings, parse_duration

    return Settings(
        session_gap=parse_duration(session_gap),
        pair=tuple(pair) if pair else None,
        since=since,
        until=until,
        spacy_model=spacy_model,
        anonymize=anonymize,
        also_hide=tuple(also_hide),
        quotes=quotes,
        nlp_processes=nlp_processes,
    )


def _processes(value: str) -> int | str:
    """``--nlp-processes``: "auto" or a positive whole number."""
    if value == "auto":
        return value
    if not value.isdigit() or int(value) < 1:
        fail(f"cannot read --nlp-processes {value!r}: use auto or a whole number such as 1 or 2")
    return int(value)


def fail(message: str) -> None:
    """One line on stderr, exit code 2."""
    from analyzer.terminal import safe

    typer.echo(f"chat-balance: error: {safe(message)}", err=True)
    raise typer.Exit(2)


@app.command()
def parse(
    chat: ChatArgs,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write messages to .csv (cells a spreadsheet would run as a formula get a "
            "leading '), .parquet or .jsonl.",
        ),
    ] = None,
    format: FormatOpt = "auto",
    date_order: DateOrderOpt = None,
    lenient: LenientOpt = False,
    chat_name: ChatOpt = None,
    option: OptionOpt = None,
) -> None:
    """Parse a chat export into messages and print a short summary."""
    from analyzer.errors import AnalyzerError
    from analyzer.export import MESSAGE_SUFFIXES, summary_lines, write_messages
    from analyzer.parsers.registry import load_chat
    from analyzer.report import check_writable
    from analyzer.terminal import safe

    options = parser_options(chat_name, option)
    try:
        if output is not None:
            if output.suffix.lower() not in MESSAGE_SUFFIXES:
                raise AnalyzerError(
                    f"cannot write {output.name}: use a .csv, .parquet or .jsonl name"
                )
            check_writable(output, chat)
        loaded = load_chat(chat, format=format, date_order=date_order, lenient=lenient, **options)
        if output is not None:
            write_messages(loaded.messages, output)
    except AnalyzerError as exc:
        fail(str(exc))
    for loss in loaded.source.losses:  # what --lenient let through, on stderr as in `report`
        typer.echo(f"chat-balance: warning: {loss}", err=True)
    for line in summary_lines(loaded):
        typer.echo(line)
    if output is not None:
        typer.echo(f"wrote {len(loaded.messages)} messages to {safe(output)}")


#: Output suffixes ``report -o`` understands, and what each writes.
REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json"}


def default_report_name(chat_name: str, first_file: Path, *, anonymize: bool = False) -> Path:
    """``<chat-name>.report.html`` in the current directory (unsafe characters replaced);
    ``chat.report.html`` under ``--anonymize``, whose file name must not hold a person's name."""
    import re

    if anonymize:
        return Path("chat.report.html")
    stem = chat_name or first_file.name.split(".")[0] or "chat"
    stem = re.sub(r"[^\w\-. ]+", "_", stem).strip(" .") or "chat"
    # A long group name (90 CJK characters are 270 bytes) must not pass the file system's limit
    # of 255 bytes a name: keep at most DEFAULT_STEM_BYTES of it, cut between characters.
    cut = stem.encode("utf-8")[:DEFAULT_STEM_BYTES].decode("utf-8", "ignore").strip(" .")
    return Path(f"{cut or 'chat'}.report.html")


#: The most bytes (UTF-8) of a chat's name that go into a default report name.
DEFAULT_STEM_BYTES = 100


@app.command()
def report(
    chat: ChatArgs,
    output: Annotated[
        list[Path] | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the report to .html, .pdf or .json (repeat for several).",
        ),
    ] = None,
    format: FormatOpt = "auto",
    anonymize: Annotated[
        bool,
        typer.Option("--anonymize", help="Replace names (and phone numbers) by Person A/B/..."),
    ] = False,
    also_hide: Annotated[
        list[str] | None,
        typer.Option(
            "--also-hide",
            help="With --anonymize: another name to scrub from the text "
            "(repeatable), e.g. a friend who is talked about.",
            metavar="NAME",
        ),
    ] = None,
    no_quotes: NoQuotesOpt = False,
    pair: PairOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    session_gap: SessionGapOpt = "2h",
    spacy_model: SpacyModelOpt = None,
    date_order: DateOrderOpt = None,
    lenient: LenientOpt = False,
    chat_name: ChatOpt = None,
    option: OptionOpt = None,
    nlp_processes: Annotated[
        str,
        typer.Option(
            "--nlp-processes",
            help="Worker processes for the NLP pass: auto (2 for long chats on Linux) or a number.",
            metavar="auto|N",
        ),
    ] = "auto",
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            help="What changed: the last period of this length (12w, 30d, 6m, 1y) against the "
            "one before it, or before a date (YYYY-MM-DD) against from it on.",
            metavar="LENGTH|DATE",
        ),
    ] = None,
    report_language: Annotated[
        str,
        typer.Option(
            "--report-language",
            help="The report's language: auto (the chat's language when the report has it, "
            "else English), en, pt, es, de, fr, it or hi. JSON keys stay English.",
            metavar="auto|en|pt|es|de|fr|it|hi",
        ),
    ] = "auto",
    quiet: QuietOpt = False,
) -> None:
    """Measure a chat and write the report (HTML by default; PDF and JSON with -o)."""
    from analyzer.errors import AnalyzerError
    from analyzer.settings import parse_day
    from analyzer.terminal import safe

    outputs = list(output or [])
    for path in outputs:
        if path.suffix.lower() not in REPORT_SUFFIXES:
            fail(f"cannot write {path.name}: the report is written to .html, .pdf or .json")
    from analyzer.report.i18n import CHOICES

    report_language = report_language.strip().lower()
    if report_language not in CHOICES:
        fail(f"--report-language {safe(report_language)}: choose one of {', '.join(CHOICES)}")
    hidden = tuple(n.strip() for n in also_hide or [] if n.strip())
    if hidden and not anonymize:
        fail("--also-hide only works with --anonymize; add --anonymize")
    try:
        for name, value in (("--since", since), ("--until", until)):
            if value:
                parse_day(value, name)
        if compare is not None:
            from analyzer.compare import parse_spec

            parse_spec(compare)
    except AnalyzerError as exc:
        fail(str(exc))
    try:
        written = _run_report(
            chat,
            outputs,
            format=format,
            anonymize=anonymize,
            quotes=not no_quotes,
            pair=pair,
            since=since,
            until=until,
            session_gap=session_gap,
            spacy_model=spacy_model,
            date_order=date_order,
            quiet=quiet,
            also_hide=hidden,
            parse_options={**parser_options(chat_name, option), "lenient": lenient},
            nlp_processes=_processes(nlp_processes),
            compare=compare,
            report_language=report_language,
        )
    except AnalyzerError as exc:
        fail(str(exc))
    if not quiet:
        for path in written:
            typer.echo(f"wrote {safe(path)}")


def _run_report(
    chat: list[Path],
    outputs: list[Path],
    *,
    format: str,
    anonymize: bool,
    quotes: bool,
    pair: tuple[str, str] | None,
    since: str | None,
    until: str | None,
    session_gap: str,
    spacy_model: str | None,
    date_order: str | None,
    quiet: bool,
    parse_options: dict[str, str] | None = None,
    nlp_processes: int | str = "auto",
    also_hide: tuple[str, ...] = (),
    compare: str | None = None,
    report_language: str = "auto",
) -> list[Path]:
    """Parse, analyze, plot and write; returns the paths written."""
    from contextlib import nullcontext

    from analyzer.parsers.registry import load_chat
    from analyzer.pipeline import analyze
    from analyzer.terminal import safe

    settings = settings_from_flags(
        anonymize=anonymize,
        quotes=quotes,
        pair=pair,
        since=since,
        until=until,
        session_gap=session_gap,
        spacy_model=spacy_model,
        nlp_processes=nlp_processes,
        also_hide=also_hide,
    )
    from analyzer.report import check_writable

    for path in outputs:
        check_writable(path, chat)
    show = not quiet and sys.stderr.isatty()
    bar = _progress() if show else nullcontext(None)
    with bar as progress:
        stage = _stage_reporter(progress)
        stage("parse")
        loaded = load_chat(chat, format=format, date_order=date_order, **(parse_options or {}))
        if not outputs:
            outputs = [default_report_name(loaded.source.chat_name, chat[0], anonymize=anonymize)]
            check_writable(outputs[0], chat)
        _keep_out_of_full_collections()  # the imported modules and the chat
        result = analyze(loaded, settings=settings, progress=stage)
        _keep_out_of_full_collections()  # the language pipeline and the analysis
        if compare is not None:
            stage("compare")
            result = result.with_comparison(compare)
        if not quiet:  # the report shows them at the top too; names scrubbed under --anonymize
            for warning in result.source.warnings:
                _echo_err(progress, f"chat-balance: warning: {safe(warning)}")
        from analyzer.report import i18n

        with i18n.for_chat(report_language, result.measures.language):
            _write_reports(result, outputs, stage, progress)
        stage("done")
    return outputs


def _write_reports(result, outputs: list[Path], stage, progress) -> None:
    """Draw the plots and write each report file, in the report language in use."""
    kinds = [REPORT_SUFFIXES[p.suffix.lower()] for p in outputs]
    figures = view = None
    if "html" in kinds or "pdf" in kinds:
        from analyzer.report import view as view_module

        stage("plots")
        figures = view_module.figures(result)
        view = view_module.build(result)
    stage("writing")

    png = handoff = None

    def write_pdfs() -> None:
        from analyzer.report.pdf import write_pdf

        for path, kind in zip(outputs, kinds, strict=True):
            if kind == "pdf":
                write_pdf(result, path, figures=figures, view=view, png=png)

    # The PDF (laying out pages) is the slowest output: with HTML or JSON to write as well, a
    # forked process writes it on the second CPU meanwhile, and with HTML this process draws
    # each plot's PNG for it right after the plot's SVG (see analyzer.report.handoff).
    others = [k for k in kinds if k != "pdf"]
    wait = None
    if "pdf" in kinds and others and _can_fork():
        if "html" in kinds:
            from analyzer.report.handoff import PngHandoff
            from analyzer.report.pdf import figure_png, stand_ins_longest_first

            names = stand_ins_longest_first(result)
            handoff = PngHandoff(lambda key: figure_png(figures[key], names))

            def write_pdfs_in_child() -> None:
                nonlocal png
                png = handoff.receiver()
                write_pdfs()

            wait = _in_child(write_pdfs_in_child)
            png = None
        else:
            wait = _in_child(write_pdfs)
    try:
        svgs = None
        for path, kind in zip(outputs, kinds, strict=True):
            if kind == "html":
                from analyzer.report.html import figure_svgs, write_html

                if svgs is None:
                    svgs = figure_svgs(figures, each=handoff.sender() if handoff else None)
                    if handoff is not None:
                        handoff.close()
                write_html(result, path, figures=figures, view=view, svgs=svgs)
            elif kind == "json":
                from analyzer.report.json import write_json

                write_json(result, path)  # in the language in use
        if wait is None:  # after the HTML: the PNGs reuse the layout the SVGs computed
            write_pdfs()
    finally:
        try:
            if handoff is not None:
                handoff.close()
            if wait is not None:
                wait()
        finally:
            if handoff is not None:
                handoff.remove()


#: True when this process ends with the command (set by :func:`main`; not when a caller or a
#: test runs the command inside its own process).
_OWN_PROCESS = False


def _keep_out_of_full_collections() -> None:
    """Move the objects made so far out of the garbage collector's full passes (``gc.freeze``).

    A report keeps nearly everything it makes to the end (modules, the language pipeline, the
    analysis, the figures), and every full pass of the collector walks all of it again: several
    times per report, about a tenth of its CPU time. Only in a process that ends with the
    command (see :data:`_OWN_PROCESS`), as what is kept this way is freed only at exit.
    """
    if _OWN_PROCESS:
        import gc

        gc.freeze()


def _can_fork() -> bool:
    """Linux with at least two CPUs (macOS's system libraries are not fork-safe)."""
    import os

    return sys.platform.startswith("linux") and (os.cpu_count() or 1) >= 2


def _in_child(work, what: str = "writing the PDF"):
    """Start ``work()`` in a forked process; return a function that waits for it and raises its
    :class:`AnalyzerError` (a RuntimeError for a bug, KeyboardInterrupt for Ctrl-C) here."""
    import os
    import traceback

    from analyzer.errors import AnalyzerError

    read_end, write_end = os.pipe()
    _keep_out_of_full_collections()  # the child's collections need not walk the parent's objects
    pid = os.fork()
    if pid == 0:  # the child: do the work, report a failure through the pipe, never return
        status = 0
        try:
            os.close(read_end)
            work()
        except AnalyzerError as exc:
            os.write(write_end, str(exc).encode("utf-8", "replace"))
            status = 2
        except KeyboardInterrupt:
            status = 130
        except BaseException:  # noqa: B036 - a bug: hand its traceback to the parent
            os.write(write_end, traceback.format_exc().encode("utf-8", "replace"))
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)

    def wait() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode("utf-8", "replace")
        _pid, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == 2:
            raise AnalyzerError(message)
        if code == 130:
            raise KeyboardInterrupt
        if code != 0:
            raise RuntimeError(f"{what} failed (exit {code}):\n{message}")

    return wait


#: Stages in the order they run, for the progress bar.
STAGES = ("parse", "structure", "nlp", "measures", "signs", "plots", "writing", "done")


def _progress():
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _echo_err(progress, line: str) -> None:
    """One line on stderr, above the progress bar when there is one."""
    if progress is None:
        typer.echo(line, err=True)
    else:
        progress.console.print(line, markup=False, highlight=False)


def _stage_reporter(progress):
    if progress is None:
        return lambda _stage: None
    task = progress.add_task("parse", total=len(STAGES) - 1)

    def stage(name: str) -> None:
        done = STAGES.index(name) if name in STAGES else None
        progress.update(task, description=name, completed=done)

    return stage


@app.command()
def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Folders, files, zips or glob patterns holding the chats (one chat each).",
            show_default=False,
            metavar="DIR_OR_GLOB",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            metavar="FOLDER",
            help="Results folder: chats.parquet, measures.parquet, errors.parquet.",
        ),
    ],
    reports: Annotated[
        str | None,
        typer.Option(
            "--reports",
            metavar="html,pdf,json",
            help="Also write these reports per chat into FOLDER/reports/.",
        ),
    ] = None,
    format: FormatOpt = "auto",
    anonymize: Annotated[
        bool,
        typer.Option(
            "--anonymize/--no-anonymize",
            help="Chat ids and roles (A, B, ...) instead of paths and names (default: on).",
        ),
    ] = True,
    no_quotes: NoQuotesOpt = False,
    pair: PairOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    session_gap: SessionGapOpt = "2h",
    spacy_model: SpacyModelOpt = None,
    date_order: DateOrderOpt = None,
    chat_name: ChatOpt = None,
    option: OptionOpt = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="A Dask scheduler (tcp://host:8786); default: DASK_SCHEDULER_ADDRESS, "
            "else a local cluster on this machine's cores.",
        ),
    ] = None,
    workers: Annotated[
        str | None,
        typer.Option(
            "--workers",
            metavar="N",
            help="Worker processes of the local cluster (default: one per core).",
        ),
    ] = None,
    worker_memory: Annotated[
        str | None,
        typer.Option(
            "--worker-memory",
            metavar="SIZE",
            help="Memory limit of each local worker, e.g. 2GB (default: memory shared out).",
        ),
    ] = None,
    max_chat_mb: Annotated[
        str,
        typer.Option(
            "--max-chat-mb",
            metavar="MB",
            help="A chat with more chat text than this fails alone, before it is read.",
        ),
    ] = "100",
    force: Annotated[
        bool, typer.Option("--force", help="Redo chats already in the results folder.")
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Analyse many chats (one Dask task each) into Parquet tables; resumable."""
    from analyzer.errors import AnalyzerError

    # read here, not by click: a mistake is one line like every other (see check_options)
    if workers is not None and not (workers.strip().isdigit() and int(workers) >= 1):
        fail(f"--workers must be a whole number of 1 or more, got {workers!r}")
    try:
        max_mb = float(max_chat_mb)
    except ValueError:
        fail(
            f"--max-chat-mb must be a positive finite number of MB (e.g. 100), got {max_chat_mb!r}"
        )
    kinds = [k.strip().lower() for k in (reports or "").split(",") if k.strip()]
    for kind in kinds:
        if kind not in ("html", "pdf", "json"):
            fail(
                f"cannot write {kind!r} reports: choose from html, pdf, json (e.g. --reports "
                f"html,json)"
            )
    import logging

    # a Ctrl-C while the workers start leaves Dask futures whose error nobody asked for: asyncio
    # would log each with its traceback, after the one line that says the run was interrupted
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    try:
        from analyzer.batch import BatchInterrupted, analyze_many

        settings = settings_from_flags(
            anonymize=anonymize,
            quotes=not no_quotes,
            pair=pair,
            since=since,
            until=until,
            session_gap=session_gap,
            spacy_model=spacy_model,
        )
        result = analyze_many(
            paths,
            output=output,
            settings=settings,
            format=format,
            date_order=date_order,
            parse_options=parser_options(chat_name, option),
            reports=kinds,
            scheduler=scheduler,
            workers=int(workers) if workers is not None else None,
            memory_limit=worker_memory,
            max_chat_mb=max_mb,
            force=force,
            progress=not quiet and sys.stderr.isatty(),
        )
    except AnalyzerError as exc:
        fail(str(exc))
    except BatchInterrupted as stop:  # the tables hold what finished; a rerun does the rest
        typer.echo(f"chat-balance: {stop}", err=True)
        raise typer.Exit(130) from None
    for warning in result.warnings:
        typer.echo(f"chat-balance: warning: {warning}", err=True)
    if not quiet:
        typer.echo(
            f"{result.analysed} chat{'s' if result.analysed != 1 else ''} analysed, "
            f"{result.failed} failed, {result.already_done} already done; "
            f"{len(result.chats)} in {output / 'chats.parquet'}, "
            f"{len(result.errors)} in {output / 'errors.parquet'}"
        )
        if result.copies_skipped:
            typer.echo(
                f"{result.copies_skipped} file(s) skipped: the same chat as another file found"
            )
        if result.attachments_skipped:
            typer.echo(
                f"{result.attachments_skipped} attachment file(s) of unzipped WhatsApp "
                "exports skipped"
            )


@app.command()
def formats() -> None:
    """List the supported source formats, with an example line each."""
    from analyzer.parsers.registry import PARSERS

    for parser in PARSERS:
        typer.echo(f"{parser.name:<12} {parser.title}")
        typer.echo(f"{'':<12} e.g. {parser.example}")


def main() -> None:
    global _OWN_PROCESS
    _OWN_PROCESS = True  # the command is all this process does (see _keep_out_of_full_collections)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("chat-balance: interrupted", err=True)
        sys.exit(130)
