"""The ``chat-balance`` command: ``report``, ``parse`` and ``formats``.

Heavy libraries are imported inside the commands so that ``--help`` stays fast. User errors
(:class:`analyzer.errors.AnalyzerError`) print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="How balanced, how deep and how one-sided is a conversation? Offline, private.",
)

ChatArgs = Annotated[list[Path], typer.Argument(help="Chat export(s): file, folder or zip.", show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", help="Source format, or auto (see `formats`).")]
DateOrderOpt = Annotated[
    str | None, typer.Option("--date-order", help="Override the detected date order: dmy, mdy or ymd.")
]


def fail(message: str) -> None:
    """One line on stderr, exit code 2."""
    typer.echo(f"chat-balance: error: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def parse(
    chat: ChatArgs,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write messages to .csv, .parquet or .jsonl.")
    ] = None,
    format: FormatOpt = "auto",
    date_order: DateOrderOpt = None,
) -> None:
    """Parse a chat export into messages and print a short summary."""
    from analyzer.errors import AnalyzerError
    from analyzer.export import summary_lines, write_messages
    from analyzer.parsers.registry import load_chat

    try:
        loaded = load_chat(chat, format=format, date_order=date_order)
        if output is not None:
            write_messages(loaded.messages, output)
    except AnalyzerError as exc:
        fail(str(exc))
    for line in summary_lines(loaded):
        typer.echo(line)
    if output is not None:
        typer.echo(f"wrote {len(loaded.messages)} messages to {output}")


@app.command()
def formats() -> None:
    """List the supported source formats, with an example line each."""
    from analyzer.parsers.registry import PARSERS

    for parser in PARSERS:
        typer.echo(f"{parser.name:<12} {parser.title}")
        typer.echo(f"{'':<12} e.g. {parser.example}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("chat-balance: interrupted", err=True)
        sys.exit(130)
