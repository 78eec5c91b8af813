"""The JSON document (docs/design.md, section 5): ``Analysis.to_dict()`` and ``-o report.json``.

Layout (keys in this order, always present)::

    schema_version   "1.0"
    report_language  the language of the document's human-readable fields: ``code`` ("en",
                     "pt", ...) and ``chosen`` ("asked", "chat" for auto with the chat's language,
                     "fallback" for auto without a catalogue, "default" when no language was
                     given: English)
    source           format, variant, files, encoding, date order, chat name, line accounting,
                     warnings (English sentences, as the parser wrote them),
                     ``warning_details`` (per warning its ``code``, ``values`` and ``text``, the
                     sentence in the report language; a warning without a code has code null),
                     and ``counts`` (messages in all, by kind, by participant)
    participants     the people measured (the --pair when one was chosen)
    all_participants everyone who wrote in the chat
    period           start, end (ISO 8601), days, weeks
    settings         every setting, threshold and minimum that changed a result
    balance, depth, one_sidedness, trend
                     {"participants": {name: {measure: VALUE}}, "chat": {measure: VALUE}, ...}
                     where VALUE = {"value", "n", "ci_low", "ci_high", "p_value"}; measures in
                     CATALOGUE order. balance adds ``replies`` (who replies to whom), depth adds
                     ``language``, ``lexicon_applied``, ``languages`` (the languages of the
                     text messages, most first: code, name, messages, share, read) and
                     ``not_read`` (null, or for a
                     language without the emotion reading the ``reason`` and the ``measures``
                     it leaves unmeasured), one_sidedness adds
                     ``disclosure_responses`` (per discloser: count per kind of reply), trend adds
                     ``weekly`` (``weeks``, ``counted`` and per participant per measure the
                     ``value`` and ``n`` lists, aligned with ``weeks``)
    signs            one object per sign, in SIGN_IDS order: id, group, title, status, score, who,
                     summary, strength, caveat, evidence [measure, participant, value, n, ci_low,
                     ci_high, note, text], examples [timestamp, author, text, context] (title,
                     summary and caveat in the report language; an evidence ``note`` stays as
                     the rulebook writes it, in English with measures and thresholds by their
                     ids, and its ``text`` is the note as the report shows it, in the report
                     language: for a condition the group its measure was taken over ("lowest
                     person"), else the note's words without its thresholds, "" when it only
                     states a threshold; examples empty with --no-quotes; context: the 5
                     messages either side and the quote itself, each timestamp, author, text,
                     quoted)
    stands_out       the report's "what stands out": 1 to 6 objects, most telling first, each
                     text (lead and detail together), lead (one plain sentence), detail (its n,
                     interval and line), measure, person ("" for the chat), value, n; a chat below
                     the minimum data gets one object saying so (analyzer.report.findings)
    compare          only with ``--compare``: :meth:`analyzer.compare.Comparison.to_dict`

Keys, ids, codes, statuses, numbers and the English ``source.warnings`` are the same in every
report language; the human-readable fields (``report_language`` says which language they are
in) are the signs' title, summary, caveat and ``evidence[].text``, ``warning_details[].text``,
``stands_out`` texts, ``depth.languages[].name`` and ``depth.not_read.reason``.

Determinism: no "now" anywhere, floats rounded to 6 decimals, NaN and infinities become null,
timestamps ISO 8601, keys in a fixed order; the same Analysis gives byte-identical output.
"""

from __future__ import annotations

import json
import math
import os
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from analyzer.metrics import catalogue
from analyzer.nlp.language import language_table
from analyzer.report import check_writable, write_report_file
from analyzer.report.context import example_context
from analyzer.schema import Col

if TYPE_CHECKING:
    from analyzer.result import Analysis

SCHEMA_VERSION = "1.0"
DIMENSIONS = ("balance", "depth", "one_sidedness", "trend")
#: Weekly measures exported in ``trend.weekly`` (the contract's list, in its order).
WEEKLY_MEASURES = (
    "messages",
    "words",
    "word_share",
    "questions",
    "median_latency_s",
    "emotion_word_rate",
    "feeling_statements",
    "minimal_share",
)
DECIMALS = 6


def clean(value: Any) -> Any:
    """A JSON-safe scalar: NaN/inf/NA -> None, numpy -> Python, floats rounded to 6 decimals."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        value = float(value)
        if not math.isfinite(value):
            return None
        rounded = round(value, DECIMALS)
        return 0.0 if rounded == 0 else rounded  # no "-0.0"
    if isinstance(value, pd.Timestamp | np.datetime64):
        return iso(value)
    return value


def iso(value: Any) -> str | None:
    """ISO 8601 text of a timestamp (None when missing)."""
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).isoformat()


def measure_entry(row: pd.Series) -> dict[str, Any]:
    """``{"value", "n", "ci_low", "ci_high", "p_value"}`` of one row of ``Measures.values``."""
    n = row.get("n")
    return {
        "value": clean(row.get("value")),
        "n": None if n is None or pd.isna(n) else int(n),
        "ci_low": clean(row.get("ci_low")),
        "ci_high": clean(row.get("ci_high")),
        "p_value": clean(row.get("p_value")),
    }


def _dimension(analysis: Analysis, dimension: str) -> dict[str, Any]:
    values = analysis.measures.values
    sub = values[values["dimension"] == dimension]
    lookup = {(str(r.measure), str(r.participant)): r for r in sub.itertuples(index=False)}
    order = [spec.name for spec in catalogue.CATALOGUE if spec.dimension == dimension]
    extra = sorted(set(sub["measure"].astype(str)) - set(order))  # measures added later
    names = order + extra
    people: dict[str, Any] = {}
    for person in analysis.participants:
        people[person] = {
            m: measure_entry(pd.Series(lookup[(m, person)]._asdict()))
            for m in names
            if (m, person) in lookup
        }
    chat = {
        m: measure_entry(pd.Series(lookup[(m, "")]._asdict())) for m in names if (m, "") in lookup
    }
    return {"participants": people, "chat": chat}


def _counts(analysis: Analysis) -> dict[str, Any]:
    msgs = analysis.messages
    kinds = msgs["kind"].astype("object").value_counts()
    authors = msgs[Col.AUTHOR].dropna().astype("object").value_counts()
    return {
        "messages": len(msgs),
        "by_kind": {str(k): int(kinds[k]) for k in sorted(kinds.index)},
        "by_participant": {p: int(authors.get(p, 0)) for p in analysis.all_participants},
    }


def _period(analysis: Analysis) -> dict[str, Any]:
    start, end = analysis.period
    if start is None:
        return {"start": None, "end": None, "days": None, "weeks": None}
    days = (end - start).total_seconds() / 86400
    return {"start": iso(start), "end": iso(end), "days": clean(days), "weeks": clean(days / 7)}


def _replies(analysis: Analysis) -> list[dict[str, Any]]:
    pw = analysis.measures.pairwise
    return [
        {
            "author": str(r.author),
            "to_author": str(r.to_author),
            "replies": int(r.replies),
            "median_latency_s": clean(r.median_latency_s),
        }
        for r in pw.itertuples(index=False)
    ]


def disclosure_responses(analysis: Analysis) -> dict[str, dict[str, int]]:
    """Per discloser: how many of their feeling statements met each kind of reply."""
    return analysis.measures.response_counts(analysis.participants)


def _weekly(analysis: Analysis) -> dict[str, Any]:
    weekly = analysis.measures.weekly
    if weekly.empty:
        return {"weeks": [], "counted": [], "participants": {p: {} for p in analysis.participants}}
    weeks = sorted(pd.unique(weekly["week"]))
    counted = weekly.groupby("week")["counted"].any().reindex(weeks, fill_value=False)
    people: dict[str, Any] = {}
    for person in analysis.participants:
        mine = weekly[weekly["participant"] == person]
        per: dict[str, Any] = {}
        for measure in WEEKLY_MEASURES:
            rows = mine[mine["measure"] == measure].set_index("week").reindex(weeks)
            if mine["measure"].eq(measure).any():
                per[measure] = {
                    "value": [clean(v) for v in rows["value"]],
                    "n": [None if pd.isna(n) else int(n) for n in rows["n"]],
                }
        people[person] = per
    return {
        "weeks": [iso(w) for w in weeks],
        "counted": [bool(c) for c in counted],
        "participants": people,
    }


def _sign_words(sign) -> tuple[str, str, str]:
    """The sign's title, summary and caveat: as the analysis wrote them in English, else in the
    report language as its card says them."""
    from analyzer.report import i18n

    if i18n.current() == i18n.SOURCE:
        return sign.title, sign.summary, sign.caveat
    from analyzer.report import prose, signcards

    names = signcards.identifiers()
    return (
        signcards.title(sign),
        prose.plain(signcards.summary(sign), names),
        prose.plain(signcards.caveat(sign), names),
    )


def _sign(sign, quotes: bool, analysis: Analysis | None = None) -> dict[str, Any]:
    from analyzer.report import signcards

    title, summary, caveat = _sign_words(sign)
    names = signcards.identifiers()
    return {
        "id": sign.id,
        "group": sign.group,
        "title": title,
        "status": sign.status,
        "score": clean(sign.score),
        "who": sign.who,
        "summary": summary,
        "strength": sign.strength,
        "caveat": caveat,
        "evidence": [
            {
                "measure": e.measure,
                "participant": e.participant,
                "value": clean(e.value),
                "n": int(e.n),
                "ci_low": clean(e.ci_low),
                "ci_high": clean(e.ci_high),
                "note": e.note,
                "text": signcards.note_text(e, names),
            }
            for e in sign.evidence
        ],
        "examples": [
            {
                "timestamp": x.timestamp,
                "author": x.author,
                "text": x.text,
                "context": example_context(analysis, x) if analysis is not None else [],
            }
            for x in sign.examples
        ]
        if quotes
        else [],
    }


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The JSON document (see the module docstring). Pure: the same Analysis, the same dict."""
    source = analysis.source.to_dict()
    source["warning_details"] = _warning_details(analysis.source.warnings)
    source["counts"] = _counts(analysis)
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "report_language": _report_language(),
        "source": source,
        "participants": list(analysis.participants),
        "all_participants": list(analysis.all_participants),
        "period": _period(analysis),
        "settings": _settings(analysis),
    }
    for dimension in DIMENSIONS:
        doc[dimension] = _dimension(analysis, dimension)
    doc["balance"]["replies"] = _replies(analysis)
    doc["depth"]["language"] = analysis.measures.language
    doc["depth"]["lexicon_applied"] = bool(analysis.measures.lexicon_applied)
    doc["depth"]["languages"] = _languages(analysis)
    doc["depth"]["not_read"] = _not_read(analysis)
    doc["one_sidedness"]["disclosure_responses"] = disclosure_responses(analysis)
    doc["trend"]["weekly"] = _weekly(analysis)
    doc["signs"] = [_sign(s, analysis.settings.quotes, analysis) for s in analysis.signs]
    from analyzer.report.findings import stands_out

    doc["stands_out"] = [f.to_dict() for f in stands_out(analysis)]
    if analysis.comparison is not None:  # only with --compare
        doc["compare"] = analysis.comparison.to_dict()
    return _deep_clean(doc)


def _report_language() -> dict[str, str]:
    """Which language the human-readable fields are in, and how it was chosen."""
    from analyzer.report import i18n

    return {"code": i18n.current(), "chosen": i18n.how() or "default"}


def _warning_details(warnings: list[str]) -> list[dict[str, Any]]:
    """Each warning's code and values (:mod:`analyzer.parse_warnings`) and its sentence in the
    report language."""
    from analyzer.parse_warnings import ParseWarning
    from analyzer.report.formatting import warning_text

    return [
        {
            **(w.to_dict() if isinstance(w, ParseWarning) and w.code else
               {"code": None, "values": {}}),
            "text": warning_text(w),
        }
        for w in warnings
    ]


def _languages(analysis: Analysis) -> list[dict[str, Any]]:
    """:func:`language_table`, each language named in the report language."""
    from analyzer.report.formatting import language_name

    return [
        {**row, "name": language_name(str(row["code"]))}
        for row in language_table(analysis.measures.languages)
    ]


def _not_read(analysis: Analysis) -> dict[str, Any] | None:
    """None when the chat's language has the emotion reading; else why not, and the measures
    left unmeasured (null values) for it."""
    if analysis.measures.lexicon_applied:
        return None
    from analyzer.report.view_method import lexicon_reason

    return {
        "reason": lexicon_reason(analysis),
        "measures": [s.name for s in catalogue.CATALOGUE if s.reading],
    }


def _settings(analysis: Analysis) -> dict[str, Any]:
    return analysis.settings.to_dict()


def _deep_clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _deep_clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_deep_clean(v) for v in value]
    return clean(value)


def dumps(analysis: Analysis) -> str:
    """The JSON text: UTF-8, indented, a final newline, never NaN."""
    return (
        json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    )


def write_json(
    analysis: Analysis, path: str | os.PathLike, *, report_language: str | None = None
) -> None:
    """Write :func:`dumps` to ``path``; an unwritable path raises :class:`AnalyzerError`. The
    keys are the same in every report language; ``report_language`` (as for
    :func:`analyzer.report.html.render_html`) changes only the human-readable fields (see the
    module docstring), and the document's ``report_language`` says which language they are in."""
    from analyzer.report import i18n

    check_writable(path)
    with i18n.for_chat(report_language, analysis.measures.language):
        text = dumps(analysis)
    write_report_file(path, text)
