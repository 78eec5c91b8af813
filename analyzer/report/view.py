"""The view model: a finished Analysis turned into plain, already-formatted values for the
templates.

Templates format nothing and compute nothing: every number here is a string already, every
table a list of rows, every plot a key into :func:`figures`. The HTML (Jinja2) and the PDF (fpdf2)
walk the same structure, so they show the same content:

``build(analysis) -> dict`` with ``title``, ``subtitle``, ``people`` (name, colour), ``sections``:
a list of ``{"id", "title", "blocks"}``, each block a dict with a ``type``:

- ``para`` / ``note``: ``text``;
- ``list``: ``items`` (strings);
- ``facts``: ``items`` of ``{"label", "value"}``;
- ``people``: ``items`` of ``{"name", "color", "detail"}``;
- ``table``: ``caption``, ``head`` (strings), ``rows`` of ``{"key", "label", "cells"}`` with cells
  ``{"text", "sub"}`` (``key`` is the measure name, for tests and for the reader's lookup; a row
  may add ``code``, the key a user sets, shown under its label: the Method section's settings;
  ``cards``: True shows the rows as cards on a phone, as a table of more than three columns is);
- ``figure``: ``key``, ``caption``;
- ``signs``: ``title``, ``items`` of sign cards (see :func:`sign_card`);
- ``definitions``: ``items`` of ``{"term", "code", "text"}``;
- ``balance``: the balance picture of page one (:mod:`analyzer.report.picture`);
- ``findings``: ``title``, ``items`` of ``{"lead", "detail"}`` (a plain sentence, then its numbers);
- ``signgrid``: ``title``, ``note``, ``groups`` of ``{"key", "title", "items"}``, each item a sign's
  ``{"id", "title", "status", "shape", "word", "who", "lack"}`` (:func:`signcards.grid_block`).

The wording decisions (what a headline says, when a balance counts as "about even") are
documented where they are made; the thresholds they use are the Settings' own.

This module assembles the sections (and holds the measure sections: balance, depth,
one-sidedness, trend, signs); the parts live beside it, and every name stays importable from
here: :mod:`analyzer.report.view_parts` (value lookup, figures, tables, sign labels and cards),
:mod:`analyzer.report.view_glance` (the first page), :mod:`analyzer.report.view_method` (the
method section and the facts it states).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from analyzer.report import i18n, plots
from analyzer.report.formatting import (  # noqa: F401  (view.fmt_* is used by the writers)
    _FORMATS,
    DASH,
    NBSP,
    _missing,
    _name_list,
    _spec,
    _suffix,
    cell,
    fmt_count,
    fmt_date,
    fmt_datetime,
    fmt_evidence,
    fmt_interval,
    fmt_n,
    fmt_number,
    fmt_p,
    fmt_ratio,
    fmt_seconds,
    fmt_share,
    fmt_signed,
    fmt_trend,
    fmt_value,
    label,
    truncate,
)
from analyzer.report.i18n import N_, _
from analyzer.report.json import disclosure_responses
from analyzer.report.prose import SCALE_EXPLAINED, score_words
from analyzer.report.view_glance import _glance, _signs_glance, _what_to_try  # noqa: F401
from analyzer.report.view_method import (  # noqa: F401  (view.* is one namespace)
    CANNOT_SHOW,
    MESSAGE_KINDS,
    RESEARCH,
    _language_fact,
    _message_kind,
    _method,
    _parse_warnings,
    _period,
    _plain,
    _report_language_fact,
    _source_line,
    _whole,
    lexicon_reason,
)
from analyzer.report.view_parts import (  # noqa: F401  (view.* is one namespace)
    _ADDITIVE,
    FIGURES,
    GROUP_TITLES,
    MEASURES_IN_HTML,
    OPTIONAL_SECTION_TITLES,
    PLOT_PEOPLE,
    SECTION_TITLES,
    STATUS_LABELS,
    STRENGTH_LABELS,
    STRENGTH_RANGES,
    _chat_table,
    _figure_blocks,
    _fold,
    _fold_measures,
    _measure_tables,
    _participant_table,
    _Values,
    figures,
    plot_people,
    sign_card,
    strength_label,
)

if TYPE_CHECKING:
    from analyzer.result import Analysis


#: Tables with at most this many rows are kept on one printed page.
KEEP_ROWS = 12


def _balance(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": _(
                "Who writes how much. Shares count words, messages, turns (runs of messages by one "
                "person) and characters; a conversation (session) starts after {gap} of silence. "
                "Compare words with messages: one person may write few long messages and the "
                "other many short ones."
            ).format(gap=fmt_seconds(analysis.settings.session_gap.total_seconds())),
        }
    ]
    blocks += _measure_tables(
        vals, "balance", people, _("Talk time, per person"), _("Talk time, whole chat")
    )
    pairwise = analysis.measures.pairwise
    pairwise = pairwise[pairwise["replies"] > 0]  # a group lists only the pairs that talked
    if len(pairwise):
        rows = [
            {
                "key": f"{r.author}->{r.to_author}",
                "label": f"{r.author} → {r.to_author}",
                "cells": [
                    {"text": fmt_count(r.replies), "sub": ""},
                    {"text": fmt_seconds(r.median_latency_s), "sub": ""},
                ],
            }
            for r in pairwise.itertuples(index=False)
        ]
        blocks.append(
            {
                "type": "table",
                "caption": _("Who replies to whom"),
                "head": [_("Reply"), _("Replies"), _("Median reply time")],
                "rows": rows,
            }
        )
    return blocks + _figure_blocks("balance")


def _depth(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": _(
                "How deep the talk goes, from words alone. Each text message gets the deepest "
                "tier it reaches in the project's depth lexicon: 0 logistics, 1 surface, 2 named "
                "emotion, 3 vulnerable or relational. Feeling statements are first-person "
                "statements about one's own feelings (“I feel…”, “I'm so scared…”), not counted "
                "inside questions or conditionals; “I'm not okay” still counts."
            ),
        }
    ]
    if not analysis.measures.lexicon_applied:
        blocks.append(
            {
                "type": "note",
                "text": lexicon_reason(analysis),
            }
        )
    blocks += _measure_tables(
        vals, "depth", people, _("Depth, per person"), _("Depth, whole chat")
    )
    return blocks + _figure_blocks("depth")


def _one_sided(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": _(
                "Does the interest run both ways? Questions (with or without “?”), questions "
                "about the other person, follow-ups on what they said, and how each person's "
                "feeling statements were answered: responsive (validation, support, a follow-up "
                "question, a disclosure in return), minimal (“ok”, 👍), a shift to one's own "
                "story, invalidation, or no reply."
            ),
        }
    ]
    blocks += _measure_tables(
        vals,
        "one_sidedness",
        people,
        _("One-sidedness and responsiveness, per person"),
        _("Whole chat"),
    )
    counts = disclosure_responses(analysis)
    heads = list(plots.RESPONSES)
    rows = []
    for p in people:
        total = sum(counts[p].values())
        rows.append(
            {
                "key": p,
                "label": _("by {person}").format(person=p),
                "cells": [
                    {
                        "text": fmt_count(counts[p][r]),
                        "sub": fmt_share(counts[p][r] / total) if total else "",
                    }
                    for r in heads
                ]
                + [{"text": fmt_count(total), "sub": ""}],
            }
        )
    blocks.append(
        {
            "type": "table",
            "caption": _("Feeling statements and the reply they met"),
            "head": [
                _("Feeling statements"),
                *(_(plots.RESPONSE_LABELS[r]) for r in heads),
                _("total"),
            ],
            "rows": rows,
        }
    )
    return blocks + _figure_blocks("one_sidedness")


def _trend(analysis: Analysis, vals: _Values) -> list[dict]:
    mins = analysis.settings.minimum
    weekly = analysis.measures.weekly
    n_weeks = int(weekly["week"].nunique()) if len(weekly) else 0
    counted = (
        int(weekly.loc[weekly["counted"].astype(bool), "week"].nunique()) if len(weekly) else 0
    )
    blocks: list[dict] = [
        {
            "type": "para",
            "text": _(
                "How the chat changes over time. Each trend is a Theil–Sen slope over weekly "
                "values, given as a fraction of the mean week, with Kendall's tau test; it needs "
                "at least {need} weeks. This chat has {weeks} weeks with messages, {counted} of "
                "them with at least {per_week} messages (the weeks that count)."
            ).format(
                need=mins.weeks_for_trend,
                weeks=n_weeks,
                counted=counted,
                per_week=mins.messages_per_week,
            ),
        }
    ]
    rows = []
    for measure in vals.measures("trend", "c"):
        row = vals.row(measure, "")
        rows.append(
            {
                "key": measure,
                "label": label(measure),
                "cells": [
                    {"text": fmt_value(measure, row.get("value")), "sub": ""},
                    {"text": fmt_p(row.get("p_value")) or DASH, "sub": ""},
                    {"text": fmt_count(row.get("n")), "sub": ""},
                ],
            }
        )
    if rows:
        blocks.append(
            {
                "type": "table",
                "caption": _("Weekly trends"),
                "head": [_("Trend"), _("Slope"), _("Test"), _("Weeks (n)")],
                "rows": rows,
            }
        )
    return blocks + _figure_blocks("trend")


def _signs(analysis: Analysis) -> list[dict]:
    blocks: list[dict] = [
        {
            "type": "para",
            "text": _(
                "Every sign is checked. Observed: the evidence meets the rule; not observed: it "
                "does not; insufficient data: too little data to tell."
            )
            + " "
            + _(SCALE_EXPLAINED),
        }
    ]
    overview = [
        {
            "key": s.id,
            "label": _(s.title),
            "cells": [
                {"text": _(STATUS_LABELS.get(s.status, s.status)), "sub": ""},
                {"text": s.who or "", "sub": ""},
                {
                    "text": (
                        score_words(s.score, s.status)
                        if s.status != "insufficient_data"
                        else DASH
                    ),
                    "sub": "",
                },
                {"text": strength_label(s.strength), "sub": ""},
            ],
        }
        for s in analysis.signs
    ]
    blocks.append(
        {
            "type": "table",
            "caption": _("All signs at a glance"),
            "head": [
                _("Sign"), _("Status"), _("Who"), _("How strongly"), _("How well text shows it")
            ],
            "rows": overview,
            "screen_only": True,  # the PDF has the signs at a glance on its first page
        }
    )
    for group, title in GROUP_TITLES.items():
        items = [
            sign_card(s, quotes=analysis.settings.quotes, settings=analysis.settings)
            for s in analysis.signs
            if s.group == group
        ]
        if items:
            blocks.append({"type": "signs", "title": _(title), "items": items})
    return blocks


#: In print, a chat below the minimum data keeps only its first page and the method: the
#: measure sections and the signs say this instead of showing tables of dashes.
TOO_SHORT_TO_PRINT = N_(
    "Not printed: this chat is below the minimum data (see the first page), so this section "
    "cannot be judged yet. The HTML report shows what could be counted."
)


def _print_short(sections: list[tuple[str, list[dict]]]) -> None:
    for sid, blocks in sections:
        if sid in ("glance", "method"):
            continue
        for block in blocks:
            block["screen_only"] = _(TOO_SHORT_TO_PRINT)


def build(analysis: Analysis) -> dict[str, Any]:
    """The whole report as plain, formatted values (see the module docstring)."""
    vals = _Values(analysis.measures.values)
    colors = plots.person_colors(list(analysis.participants))
    start, end = analysis.period
    sections = [
        ("glance", _glance(analysis, vals, colors)),
        ("balance", _balance(analysis, vals)),
        ("depth", _depth(analysis, vals)),
        ("one_sidedness", _one_sided(analysis, vals)),
        ("trend", _trend(analysis, vals)),
        ("signs", _signs(analysis)),
        ("method", _method(analysis)),
    ]
    if analysis.comparison is not None:  # --compare: first when a real change stands out
        from analyzer.report import compare as compare_section

        sections = compare_section.place(sections, analysis)
    from analyzer.report.context import attach

    attach(sections, analysis)  # the conversation around each example quote
    from analyzer.report.findings import shortfalls

    if shortfalls(analysis):
        _print_short(sections)
    for _sid, blocks in sections:
        for block in blocks:
            if block["type"] == "list":
                block.setdefault("title", "")
            if block["type"] == "table":  # short tables print whole, caption and all
                block["keep"] = len(block["rows"]) <= KEEP_ROWS
    return {
        "title": _("Chat balance report"),
        "language": i18n.current(),
        "subtitle": _("{people} · {start} to {end}").format(
            people=_name_list(analysis.participants), start=fmt_date(start), end=fmt_date(end)
        ),
        "people": [{"name": p, "color": colors[p]} for p in analysis.participants],
        "sections": [
            {
                "id": sid,
                "title": _((SECTION_TITLES | OPTIONAL_SECTION_TITLES)[sid]),
                "blocks": blocks,
            }
            for sid, blocks in sections
        ],
    }
