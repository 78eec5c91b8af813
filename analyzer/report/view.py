"""The view model: a finished Analysis turned into plain, already-formatted values for the
templates.

Templates format nothing and compute nothing: every number here is a string already, every
table a list of rows, every plot a key into :func:`figures`. The HTML (Jinja2) and the PDF (fpdf2)
walk the same structure, so they show the same content:

``build(analysis) -> ReportView`` with ``title``, ``subtitle``, ``people`` (name, colour) and
``sections``, each a :class:`~analyzer.report.blocks.Section` (``id``, ``title``, ``blocks``). The
blocks are the typed pieces of :mod:`analyzer.report.blocks`, each built here where its sentence
is written: ``Para`` and ``Note`` (a sentence), ``Bullets`` (sentences under a title), ``Facts``,
``People``, ``Table`` (rows of cells with their n; a row's ``key`` is the measure name, for tests
and the reader's lookup, and a settings row adds ``code``, the key a user sets), ``Plot`` (a
figure's key and caption), ``Signs`` (sign cards, :func:`sign_card`), ``Definitions``, and on the
first page ``Balance`` (:mod:`analyzer.report.picture`), ``Findings`` and ``SignGrid``
(:func:`signcards.grid_block`). Each names its ``kind`` for the HTML template's dispatch.

The wording decisions (what a headline says, when a balance counts as "about even") are
documented where they are made; the thresholds they use are the Settings' own.

This module assembles the sections (and holds the measure sections: balance, depth,
one-sidedness, trend, signs); the parts live beside it, and every name stays importable from
here: :mod:`analyzer.report.view_parts` (value lookup, figures, tables, sign labels and cards),
:mod:`analyzer.report.view_glance` (the first page), :mod:`analyzer.report.view_method` (the
method section and the facts it states).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analyzer.report import i18n, plots
from analyzer.report.blocks import (
    Block,
    Cell,
    Note,
    Para,
    Person,
    ReportView,
    Row,
    Section,
    Signs,
    Table,
)
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


def _balance(analysis: Analysis, vals: _Values) -> list[Block]:
    people = list(analysis.participants)
    blocks: list[Block] = [
        Para(
            _(
                "Who writes how much. Shares count words, messages, turns (runs of messages by one "
                "person) and characters; a conversation (session) starts after {gap} of silence. "
                "Compare words with messages: one person may write few long messages and the "
                "other many short ones."
            ).format(gap=fmt_seconds(analysis.settings.session_gap.total_seconds()))
        )
    ]
    blocks += _measure_tables(
        vals, "balance", people, _("Talk time, per person"), _("Talk time, whole chat")
    )
    pairwise = analysis.measures.pairwise
    pairwise = pairwise[pairwise["replies"] > 0]  # a group lists only the pairs that talked
    if len(pairwise):
        rows = tuple(
            Row(
                f"{r.author}->{r.to_author}",
                f"{r.author} → {r.to_author}",
                (Cell(fmt_count(r.replies)), Cell(fmt_seconds(r.median_latency_s))),
            )
            for r in pairwise.itertuples(index=False)
        )
        blocks.append(
            Table(
                _("Who replies to whom"),
                (_("Reply"), _("Replies"), _("Median reply time")),
                rows,
            )
        )
    return blocks + _figure_blocks("balance")


def _depth(analysis: Analysis, vals: _Values) -> list[Block]:
    people = list(analysis.participants)
    blocks: list[Block] = [
        Para(
            _(
                "How deep the talk goes, from words alone. Each text message gets the deepest "
                "tier it reaches in the project's depth lexicon: 0 logistics, 1 surface, 2 named "
                "emotion, 3 vulnerable or relational. Feeling statements are first-person "
                "statements about one's own feelings (“I feel…”, “I'm so scared…”), not counted "
                "inside questions or conditionals; “I'm not okay” still counts."
            )
        )
    ]
    if not analysis.measures.lexicon_applied:
        blocks.append(Note(lexicon_reason(analysis)))
    blocks += _measure_tables(
        vals, "depth", people, _("Depth, per person"), _("Depth, whole chat")
    )
    return blocks + _figure_blocks("depth")


def _one_sided(analysis: Analysis, vals: _Values) -> list[Block]:
    people = list(analysis.participants)
    blocks: list[Block] = [
        Para(
            _(
                "Does the interest run both ways? Questions (with or without “?”), questions "
                "about the other person, follow-ups on what they said, and how each person's "
                "feeling statements were answered: responsive (validation, support, a follow-up "
                "question, a disclosure in return), minimal (“ok”, 👍), a shift to one's own "
                "story, invalidation, or no reply."
            )
        )
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
            Row(
                p,
                _("by {person}").format(person=p),
                (
                    *(
                        Cell(
                            fmt_count(counts[p][r]),
                            fmt_share(counts[p][r] / total) if total else "",
                        )
                        for r in heads
                    ),
                    Cell(fmt_count(total)),
                ),
            )
        )
    blocks.append(
        Table(
            _("Feeling statements and the reply they met"),
            (
                _("Feeling statements"),
                *(_(plots.RESPONSE_LABELS[r]) for r in heads),
                _("total"),
            ),
            tuple(rows),
        )
    )
    return blocks + _figure_blocks("one_sidedness")


def _trend(analysis: Analysis, vals: _Values) -> list[Block]:
    mins = analysis.settings.minimum
    weekly = analysis.measures.weekly
    n_weeks = int(weekly["week"].nunique()) if len(weekly) else 0
    counted = (
        int(weekly.loc[weekly["counted"].astype(bool), "week"].nunique()) if len(weekly) else 0
    )
    blocks: list[Block] = [
        Para(
            _(
                "How the chat changes over time. Each trend is a Theil–Sen slope over weekly "
                "values, given as a fraction of the mean week, with Kendall's tau test; it needs "
                "at least {need} weeks. This chat has {weeks} weeks with messages, {counted} of "
                "them with at least {per_week} messages (the weeks that count)."
            ).format(
                need=mins.weeks_for_trend,
                weeks=n_weeks,
                counted=counted,
                per_week=mins.messages_per_week,
            )
        )
    ]
    rows = []
    for measure in vals.measures("trend", "c"):
        row = vals.row(measure, "")
        rows.append(
            Row(
                measure,
                label(measure),
                (
                    Cell(fmt_value(measure, row.get("value"))),
                    Cell(fmt_p(row.get("p_value")) or DASH),
                    Cell(fmt_count(row.get("n"))),
                ),
            )
        )
    if rows:
        blocks.append(
            Table(
                _("Weekly trends"),
                (_("Trend"), _("Slope"), _("Test"), _("Weeks (n)")),
                tuple(rows),
            )
        )
    return blocks + _figure_blocks("trend")


def _signs(analysis: Analysis) -> list[Block]:
    blocks: list[Block] = [
        Para(
            _(
                "Every sign is checked. Observed: the evidence meets the rule; not observed: it "
                "does not; insufficient data: too little data to tell."
            )
            + " "
            + _(SCALE_EXPLAINED)
        )
    ]
    overview = tuple(
        Row(
            s.id,
            _(s.title),
            (
                Cell(_(STATUS_LABELS.get(s.status, s.status))),
                Cell(s.who or ""),
                Cell(
                    score_words(s.score, s.status) if s.status != "insufficient_data" else DASH
                ),
                Cell(strength_label(s.strength)),
            ),
        )
        for s in analysis.signs
    )
    blocks.append(
        Table(
            _("All signs at a glance"),
            (_("Sign"), _("Status"), _("Who"), _("How strongly"), _("How well text shows it")),
            overview,
            screen_only=True,  # the PDF has the signs at a glance on its first page
        )
    )
    for group, title in GROUP_TITLES.items():
        items = tuple(
            sign_card(s, quotes=analysis.settings.quotes, settings=analysis.settings)
            for s in analysis.signs
            if s.group == group
        )
        if items:
            blocks.append(Signs(_(title), items))
    return blocks


#: In print, a chat below the minimum data keeps only its first page and the method: the
#: measure sections and the signs say this instead of showing tables of dashes.
TOO_SHORT_TO_PRINT = N_(
    "Not printed: this chat is below the minimum data (see the first page), so this section "
    "cannot be judged yet. The HTML report shows what could be counted."
)


def _print_short(sections: list[tuple[str, list[Block]]]) -> None:
    for sid, blocks in sections:
        if sid in ("glance", "method"):
            continue
        blocks[:] = [replace(block, screen_only=_(TOO_SHORT_TO_PRINT)) for block in blocks]


def build(analysis: Analysis) -> ReportView:
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
    for _sid, blocks in sections:  # short tables print whole, caption and all
        blocks[:] = [
            replace(b, keep=len(b.rows) <= KEEP_ROWS) if isinstance(b, Table) else b
            for b in blocks
        ]
    return ReportView(
        title=_("Chat balance report"),
        language=i18n.current(),
        subtitle=_("{people} · {start} to {end}").format(
            people=_name_list(analysis.participants), start=fmt_date(start), end=fmt_date(end)
        ),
        people=tuple(Person(p, colors[p]) for p in analysis.participants),
        sections=tuple(
            Section(sid, _((SECTION_TITLES | OPTIONAL_SECTION_TITLES)[sid]), tuple(blocks))
            for sid, blocks in sections
        ),
    )
