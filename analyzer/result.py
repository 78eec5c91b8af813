"""The finished analysis: frozen; everything after it (report, JSON) only reads it."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd

from analyzer.chat import Source
from analyzer.metrics import Measures
from analyzer.settings import Settings
from analyzer.signs import Sign


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyzer.analyze` computed for one chat.

    ``messages`` is the annotated messages table joined with the NLP feature columns (after
    ``--since/--until`` filtering, and with names replaced when ``settings.anonymize``);
    ``participants`` the people measured (the pair, when one was chosen); ``all_participants``
    everyone in the chat.
    """

    source: Source
    settings: Settings
    participants: tuple[str, ...]
    all_participants: tuple[str, ...]
    messages: pd.DataFrame
    turns: pd.DataFrame
    sessions: pd.DataFrame
    replies: pd.DataFrame
    measures: Measures
    signs: tuple[Sign, ...]

    @property
    def period(self) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        ts = self.messages["timestamp"]
        if ts.empty:
            return None, None
        return ts.min(), ts.max()

    def to_dict(self) -> dict:
        """The JSON document of DESIGN.md section 7 (stable key order)."""
        from analyzer.report.json import analysis_to_dict

        return analysis_to_dict(self)

    def to_json(self, path: str | os.PathLike) -> None:
        from analyzer.report.json import write_json

        write_json(self, path)

    def to_html(self, path: str | os.PathLike) -> None:
        from analyzer.report.html import write_html

        write_html(self, path)

    def to_pdf(self, path: str | os.PathLike) -> None:
        from analyzer.report.pdf import write_pdf

        write_pdf(self, path)
