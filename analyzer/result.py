"""The finished analysis: frozen; everything after it (report, JSON) only reads it."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from analyzer.chat import Source, day_span, short_names
from analyzer.metrics import Measures
from analyzer.settings import Settings
from analyzer.signs import STATUSES, Sign

if TYPE_CHECKING:
    from analyzer.compare import Comparison

_SIGN_COLUMNS = (
    "sign",
    "group",
    "title",
    "status",
    "score",
    "who",
    "strength",
    "summary",
    "caveat",
    "examples",
)
_EVIDENCE_COLUMNS = ("measure", "participant", "value", "n", "ci_low", "ci_high", "note")


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyzer.analyze` computed for one chat.

    ``messages`` is the annotated messages table joined with the NLP feature columns (after
    ``--since/--until`` filtering, and with names replaced when ``settings.anonymize``);
    ``participants`` the people measured (the pair, when one was chosen); ``all_participants``
    everyone in the chat. ``comparison``, when set (:meth:`with_comparison`), is written into
    the report and the JSON as "What changed".
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
    comparison: Comparison | None = None

    @property
    def period(self) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        ts = self.messages["timestamp"]
        if ts.empty:
            return None, None
        return ts.min(), ts.max()

    def __repr__(self) -> str:
        """One line: who, period, counts and how the signs came out (not the tables)."""
        counts = {status: 0 for status in STATUSES}
        for sign in self.signs:
            counts[sign.status] = counts.get(sign.status, 0) + 1
        signs = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in counts.items())
        return (
            f"Analysis({short_names(list(self.participants))}; "
            f"{day_span(self.messages['timestamp'])}; "
            f"{len(self.messages):,} messages in {len(self.sessions):,} sessions; "
            f"signs: {signs})"
        )

    def signs_frame(self, *, evidence: bool = False) -> pd.DataFrame:
        """The signs as a tidy table: one row per sign (``evidence=True``: one row per number
        behind a sign, with its measure, participant, value, n and interval).

        Columns: sign, group, title, status, score, who, strength, summary, caveat, examples
        (how many example messages), then with ``evidence`` measure, participant, value, n,
        ci_low, ci_high, note. ``score`` is NaN and ``who`` None where they do not apply.
        """
        rows = []
        for sign in self.signs:
            base = {
                "sign": sign.id,
                "group": sign.group,
                "title": sign.title,
                "status": sign.status,
                "score": float("nan") if sign.score is None else float(sign.score),
                "who": sign.who,
                "strength": sign.strength,
                "summary": sign.summary,
                "caveat": sign.caveat,
                "examples": len(sign.examples),
            }
            if not evidence:
                rows.append(base)
                continue
            for item in sign.evidence:
                rows.append(
                    {
                        **base,
                        "measure": item.measure,
                        "participant": item.participant,
                        "value": item.value,
                        "n": item.n,
                        "ci_low": item.ci_low,
                        "ci_high": item.ci_high,
                        "note": item.note,
                    }
                )
        columns = list(_SIGN_COLUMNS) + (list(_EVIDENCE_COLUMNS) if evidence else [])
        frame = pd.DataFrame(rows, columns=columns)
        frame["status"] = pd.Categorical(frame["status"], categories=list(STATUSES))
        return frame.astype({"examples": "int64"} | ({"n": "int64"} if evidence else {}))

    def compare(self, spec: str) -> Comparison:
        """The later period against the one before it: ``"12w"`` (the last 12 weeks against
        the 12 before; also ``30d``, ``6m``, ``1y``) or a date ``"2024-03-01"`` (before that day
        against from it on). Per person, per measure and per sign, with intervals; see
        :mod:`analyzer.compare` for what counts as a real change. A spec that selects no
        message raises :class:`analyzer.errors.SettingsError` naming the chat's dates."""
        from analyzer.compare import compare

        return compare(self, spec)

    def with_comparison(self, comparison: Comparison | str) -> Analysis:
        """This analysis with ``comparison`` (or ``self.compare(spec)``) attached, so that
        :meth:`to_html`, :meth:`to_pdf` and :meth:`to_json` include it."""
        if isinstance(comparison, str):
            comparison = self.compare(comparison)
        return replace(self, comparison=comparison)

    def to_dict(self) -> dict:
        """The JSON document (docs/design.md, section 5; stable key order)."""
        from analyzer.report.json import analysis_to_dict

        return analysis_to_dict(self)

    def to_json(self, path: str | os.PathLike, *, report_language: str = "auto") -> None:
        """The JSON document; its keys are English in every language, and ``report_language``
        (as for :meth:`to_html`) changes only the sentences of ``stands_out``."""
        from analyzer.report.json import write_json

        write_json(self, path, report_language=report_language)

    def to_html(self, path: str | os.PathLike, *, report_language: str = "auto") -> None:
        """The HTML report. ``report_language``: "auto" (the chat's language when the report
        has a catalogue for it, else English; the report says which), "en", "pt", "es", "de",
        "fr", "it" or "hi"."""
        from analyzer.report.html import write_html

        write_html(self, path, report_language=report_language)

    def to_pdf(self, path: str | os.PathLike, *, report_language: str = "auto") -> None:
        """The PDF report; ``report_language`` as for :meth:`to_html`."""
        from analyzer.report.pdf import write_pdf

        write_pdf(self, path, report_language=report_language)
