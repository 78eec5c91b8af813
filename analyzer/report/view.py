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
  ``{"text", "sub"}`` (``key`` is the measure name, for tests and for the reader's lookup);
- ``figure``: ``key``, ``caption``;
- ``signs``: ``title``, ``items`` of sign cards (see :func:`sign_card`);
- ``definitions``: ``items`` of ``{"term", "code", "text"}``;
- ``balance``: the balance picture of page one (:mod:`analyzer.report.picture`);
- ``findings``: ``title``, ``items`` of ``{"lead", "detail"}`` (a plain sentence, then its numbers);
- ``signgrid``: ``title``, ``note``, ``groups`` of ``{"key", "title", "items"}``, each item a sign's
  ``{"id", "title", "status", "shape", "word", "who", "lack"}`` (:func:`signcards.grid_block`).

The wording decisions (what a headline says, when a balance counts as "about even") are
documented where they are made; the thresholds they use are the Settings' own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.metrics import catalogue
from analyzer.report import plots
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
from analyzer.report.json import disclosure_responses
from analyzer.report.prose import SCALE_EXPLAINED, score_words
from analyzer.schema import Col
from analyzer.settings import Settings
from analyzer.settings import meanings as settings_meanings

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from analyzer.result import Analysis
    from analyzer.signs import Sign


SECTION_TITLES: dict[str, str] = {
    "glance": "At a glance",
    "balance": "Talk-time balance",
    "depth": "Emotional depth",
    "one_sidedness": "One-sidedness and responsiveness",
    "trend": "Rhythm and trend",
    "signs": "Signs scorecard",
    "method": "Method and caveats",
}
#: Sections only some reports have: "What changed" with --compare.
OPTIONAL_SECTION_TITLES: dict[str, str] = {"compare": "What changed"}


class _Values:
    """Row lookup over ``measures.values`` (dicts keyed by (measure, participant))."""

    def __init__(self, values: pd.DataFrame):
        self.rows: dict[tuple[str, str], dict[str, Any]] = {
            (str(r["measure"]), str(r["participant"])): r for r in values.to_dict("records")
        }
        self.dims: dict[str, str] = {
            str(m): str(d) for m, d in zip(values["measure"], values["dimension"], strict=True)
        }

    def row(self, measure: str, participant: str = "") -> dict[str, Any] | None:
        return self.rows.get((measure, participant))

    def value(self, measure: str, participant: str = "") -> float:
        row = self.row(measure, participant)
        if row is None or _missing(row.get("value")):
            return float("nan")
        return float(row["value"])

    def measures(self, dimension: str, scope: str) -> list[str]:
        """Measure names present for ``dimension``, CATALOGUE order first, then any others."""
        chat = scope == "c"
        order = [s.name for s in catalogue.CATALOGUE if s.dimension == dimension]
        present = {m for (m, p) in self.rows if self.dims.get(m) == dimension and (p == "") == chat}
        return [m for m in order if m in present] + sorted(present - set(order))


# ---------------------------------------------------------------- figures

#: (key, section, caption) of every plot, in the order the report shows them.
FIGURES: tuple[tuple[str, str, str], ...] = (
    (
        "talk_shares",
        "balance",
        "Each person's share of words, messages, turns, characters, "
        "conversations started, questions and feeling statements.",
    ),
    (
        "balance_profile",
        "balance",
        "The balance profile: every dimension as shares between the "
        "people, with bootstrap intervals where measured. Grey: beyond the dominance threshold.",
    ),
    (
        "share_over_time",
        "balance",
        "Share of words week by week, with the 50 % line and the "
        "band where a week counts as dominated.",
    ),
    ("turn_lengths", "balance", "How many messages each turn holds: long turns are monologues."),
    (
        "initiations",
        "balance",
        "Conversations (sessions) each person started; hatched: nobody else wrote in them.",
    ),
    (
        "reply_latency",
        "balance",
        "Reply times within conversations: the share of replies sent within a given time.",
    ),
    ("depth_tiers", "depth", "Each person's text messages by their deepest tier."),
    ("depth_over_time", "depth", "Emotion words per 100 words, week by week."),
    (
        "disclosure_responses",
        "one_sidedness",
        "Feeling statements by each person and the reply they met from the other.",
    ),
    ("weekly_volume", "trend", "Messages per week, by person, with a 4-week mean."),
    ("activity_heatmap", "trend", "Messages by weekday and hour of day."),
)


#: Plots show at most this many people: the most active ones, and "N others" for the rest.
PLOT_PEOPLE = 8
#: Measures that add up over people (shares between them, and counts); any other measure of
#: "N others" is the mean of theirs, weighted by the n behind each.
_ADDITIVE = frozenset(
    {m for m, _ in plots.SHARE_DIMENSIONS}
    | {
        "messages",
        "words",
        "initiations",
        "questions",
        "feeling_statements",
        "affection",
        "complaints",
        "criticism",
        "defensiveness",
        "disappointment",
        "followups",
        "hedges",
        "loneliness",
        "negative_disclosures",
        "questions_about_other",
        "reassurance_seeking",
        "repair",
        "support_given",
        "support_received",
        "unanswered_sessions",
    }
)


def plot_people(analysis: Analysis, limit: int = PLOT_PEOPLE) -> tuple[list[str], dict[str, str]]:
    """The people the plots show, and who is folded into "N others": with more than ``limit``
    participants, the ``limit - 1`` who wrote most, then one "N others" for the rest."""
    people = list(analysis.participants)
    if len(people) <= limit:
        return people, {}
    counts = analysis.messages[Col.AUTHOR].astype("object").value_counts()
    ranked = sorted(people, key=lambda p: (-int(counts.get(p, 0)), people.index(p)))
    top = set(ranked[: limit - 1])
    others = f"{len(people) - len(top)} others"
    shown = [p for p in people if p in top] + [others]
    return shown, {p: others for p in people if p not in top}


def _fold(frame: pd.DataFrame, folded: Mapping[str, str], columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` with the folded people's names in ``columns`` replaced by "N others"."""
    changes = {
        c: frame[c].astype("object").replace(dict(folded)) for c in columns if c in frame.columns
    }
    return frame.assign(**changes) if changes else frame


def _fold_measures(
    frame: pd.DataFrame, folded: Mapping[str, str], keys: Sequence[str]
) -> pd.DataFrame:
    """One row per ``keys`` + measure for "N others": the sum of additive measures, else the
    n-weighted mean; intervals and p-values are left out (they were measured per person)."""
    mine = frame["participant"].astype("object").isin(list(folded))
    if not mine.any():
        return frame
    rest = frame.loc[mine].assign(participant=next(iter(folded.values())))
    rest = rest.assign(
        weight=rest["n"].astype(float).where(rest["n"] > 0, 0.0), value=rest["value"].astype(float)
    )
    rest = rest.assign(weighted=rest["value"] * rest["weight"])
    group = [*keys, "measure", "participant"]
    sums = rest.groupby(group, sort=False, dropna=False).agg(
        value=("value", "sum"),
        weighted=("weighted", "sum"),
        weight=("weight", "sum"),
        n=("n", "sum"),
    )
    additive = sums.index.get_level_values("measure").isin(list(_ADDITIVE))
    mean = sums["weighted"] / sums["weight"].where(sums["weight"] > 0)
    sums["value"] = sums["value"].where(additive, mean)
    folded_rows = sums.drop(columns=["weighted", "weight"]).reset_index()
    for column in frame.columns:
        if column not in folded_rows.columns:
            folded_rows[column] = (
                frame[column].iloc[0] if column in ("dimension", "counted") else float("nan")
            )
    kept = frame.loc[~mine].assign(participant=frame.loc[~mine, "participant"].astype("object"))
    return pd.concat([kept, folded_rows[frame.columns]], ignore_index=True)


def figures(analysis: Analysis) -> dict[str, Figure]:
    """Every report plot for ``analysis``, keyed as in :data:`FIGURES`. With many participants
    the plots show the most active ones and "N others" (:func:`plot_people`)."""
    m = analysis.measures
    people, folded = plot_people(analysis)
    values, weekly, disclosures = m.values, m.weekly, m.disclosures
    turns, sessions, replies = analysis.turns, analysis.sessions, analysis.replies
    if folded:
        values = _fold_measures(values, folded, [])
        weekly = _fold_measures(weekly, folded, ["week"])
        disclosures = _fold(disclosures, folded, [Col.AUTHOR, "responder"])
        turns = _fold(turns, folded, [Col.AUTHOR])
        sessions = _fold(sessions, folded, ["initiator"])
        replies = _fold(replies, folded, ["author", "to_author"])
    colors = plots.person_colors(people)
    dominance = analysis.settings.thresholds.dominance_share
    return {
        "talk_shares": plots.talk_shares(values, people, colors=colors),
        "balance_profile": plots.balance_profile(
            values, people, dominance=dominance, colors=colors
        ),
        "share_over_time": plots.share_over_time(
            weekly, people, dominance=dominance, colors=colors
        ),
        "turn_lengths": plots.turn_lengths(turns, people, colors=colors),
        "initiations": plots.initiations(sessions, people, colors=colors),
        "reply_latency": plots.reply_latency(replies, people, colors=colors),
        "depth_tiers": plots.depth_tiers(values, people, colors=colors),
        "depth_over_time": plots.depth_over_time(weekly, people, colors=colors),
        "disclosure_responses": plots.disclosure_responses(disclosures, people, colors=colors),
        "weekly_volume": plots.weekly_volume(weekly, people, colors=colors),
        "activity_heatmap": plots.activity_heatmap(analysis.messages),
    }


def _figure_blocks(section: str) -> list[dict[str, Any]]:
    return [
        {"type": "figure", "key": key, "caption": caption}
        for key, where, caption in FIGURES
        if where == section
    ]


# ---------------------------------------------------------------- tables


def _participant_table(vals: _Values, dimension: str, people: Sequence[str], caption: str) -> dict:
    rows = []
    for measure in vals.measures(dimension, "p"):
        rows.append(
            {
                "key": measure,
                "label": label(measure),
                "cells": [cell(measure, vals.row(measure, p)) for p in people],
            }
        )
    return {"type": "table", "caption": caption, "head": ["Measure", *people], "rows": rows}


def _measure_tables(vals: _Values, dimension: str, people: Sequence[str], per_person: str,
                    whole_chat: str) -> list[dict]:
    """The per-person table of ``dimension``, and its whole-chat table when it has rows."""
    chat = _chat_table(vals, dimension, whole_chat)
    tables = [_participant_table(vals, dimension, people, per_person), *([chat] if chat else [])]
    return [{**t, "screen_only": MEASURES_IN_HTML} for t in tables]


#: Said in the PDF where it leaves out the full tables of measures (the plots stay).
MEASURES_IN_HTML = (
    "Every measure of this section, with its n and interval, is listed in the HTML and JSON "
    "reports; the printed report shows the plots."
)


def _chat_table(vals: _Values, dimension: str, caption: str) -> dict | None:
    rows = []
    for measure in vals.measures(dimension, "c"):
        rows.append(
            {
                "key": measure,
                "label": label(measure),
                "cells": [cell(measure, vals.row(measure, ""))],
            }
        )
    if not rows:
        return None
    return {"type": "table", "caption": caption, "head": ["Measure", "Whole chat"], "rows": rows}


# ---------------------------------------------------------------- signs

STATUS_LABELS = {
    "observed": "observed",
    "not_observed": "not observed",
    "insufficient_data": "insufficient data",
}
STRENGTH_LABELS = {
    "R": "robust indicator",
    "M": "moderate indicator",
    "W": "weak proxy",
}
GROUP_TITLES = {
    "intimacy": "Signs of emotional intimacy",
    "lack": "Signs that it is missing",
    "balance": "Balance",
}


def strength_label(code: str) -> str:
    """``"W-M"`` -> ``"weak to moderate"``; ``"R"`` -> ``"robust indicator"``."""
    parts = [p for p in code.replace("–", "-").split("-") if p]
    if len(parts) == 2 and all(p in STRENGTH_LABELS for p in parts):
        words = {"R": "robust", "M": "moderate", "W": "weak"}
        return f"{words[parts[0]]} to {words[parts[1]]}"
    return STRENGTH_LABELS.get(code, code)


def sign_card(sign: Sign, *, quotes: bool, settings: Settings | None = None) -> dict[str, Any]:
    """One sign as the report shows it: status, who, how strongly, the rule in words, what would
    change the verdict, evidence with units and n, what to try, examples, caveat
    (:mod:`analyzer.report.signcards`)."""
    from analyzer.report import signcards

    return signcards.card(sign, quotes=quotes, settings=settings or Settings())


# ---------------------------------------------------------------- sections



#: Tables with at most this many rows are kept on one printed page.
KEEP_ROWS = 12


def _language_fact(analysis: Analysis) -> str:
    """The chat's language by name and code, whether its emotion reading applied, and the
    languages of the text messages with their shares, each read or not ("Messages: Portuguese
    92 %, English 8 %; English read, Portuguese not read yet")."""
    from analyzer.nlp.language import language_name, language_table

    code = analysis.measures.language
    reading = (
        "emotion reading applied" if analysis.measures.lexicon_applied else "no emotion reading yet"
    )
    fact = f"{language_name(code)} ({code or 'unknown'}); {reading}"
    table = language_table(analysis.measures.languages)
    if not table:
        return fact
    shares = ", ".join(f"{row['name']} {fmt_share(row['share'])}" for row in table)
    read = [str(row["name"]) for row in table if row["read"]]
    unread = [str(row["name"]) for row in table if not row["read"]]
    says = [f"{_name_list(read)} read"] if read else []
    says += [f"{_name_list(unread)} not read yet"] if unread else []
    return f"{fact}. Messages: {shares}; {', '.join(says)}"


def lexicon_reason(analysis: Analysis) -> str:
    """What a chat whose language has no emotion reading does not get (one sentence, kept with
    the language data)."""
    from analyzer.nlp.language import not_read_note

    return not_read_note(analysis.measures.language)


def _glance(analysis: Analysis, vals: _Values, colors: Mapping[str, str]) -> list[dict]:
    msgs = analysis.messages
    sent = msgs[msgs[Col.AUTHOR].notna()]
    per = sent[Col.AUTHOR].astype("object").value_counts()
    people = [
        {
            "name": p,
            "color": colors[p],
            "detail": f"{fmt_count(per.get(p, 0))} messages, "
            f"{fmt_count(vals.value('words', p))} words",
        }
        for p in analysis.participants
    ]
    start, end = analysis.period
    span = "" if start is None else f" ({(end - start).total_seconds() / 604800:.1f} weeks)"
    kinds = msgs["kind"].astype("object").value_counts()
    facts = [
        {"label": "Period", "value": f"{fmt_date(start)} to {fmt_date(end)}{span}"},
        {
            "label": "Messages",
            "value": f"{len(msgs):,} ("
            + ", ".join(f"{int(v):,} {k}" for k, v in kinds.items() if v)
            + ")",
        },
        {
            "label": "Conversations",
            "value": f"{len(analysis.sessions):,} (a new one after "
            f"{fmt_seconds(analysis.settings.session_gap.total_seconds())} of silence)",
        },
        {"label": "Source", "value": _source_line(analysis)},
    ]
    from analyzer.report import findings, picture
    from analyzer.report.findings import shortfalls as chat_shortfalls

    blocks: list[dict] = [*_parse_warnings(analysis), {"type": "people", "items": people}]
    shortfalls = chat_shortfalls(analysis)
    if shortfalls:
        blocks.append(
            {
                "type": "note",
                "text": "Less data than the minimum: "
                + "; ".join(shortfalls)
                + ". Signs that need more data say "
                "“insufficient data”.",
            }
        )
    drawn = picture.build(analysis)
    if drawn is not None:
        blocks.append(drawn)
    blocks.append(
        {
            "type": "findings",
            "title": "What stands out",
            "items": [
                {"lead": f.lead, "detail": f.detail} for f in findings.stands_out(analysis)
            ],
        }
    )
    blocks.append(_signs_glance(analysis))
    blocks.extend(_what_to_try(analysis))
    blocks.append({"type": "facts", "items": facts, "compact": True})  # print: one line
    others = [p for p in analysis.all_participants if p not in analysis.participants]
    if others:
        blocks.append(
            {
                "type": "note",
                "text": f"Measured: {_name_list(analysis.participants)} "
                f"(--pair). Also in the chat: {_name_list(others)}.",
            }
        )
    blocks.append(
        {
            "type": "note",
            "text": "This report describes a conversation as written; it "
            "does not diagnose a person or a relationship. Much of a relationship happens "
            "outside the chat.",
            # print: every page's footer says so, and the method section opens with it
            "screen_only": True,
        }
    )
    return blocks


def _signs_glance(analysis: Analysis) -> dict:
    from analyzer.report.signcards import grid_block

    return grid_block(list(analysis.signs))


def _what_to_try(analysis: Analysis) -> list[dict]:
    from analyzer.report.signcards import try_block

    block = try_block(list(analysis.signs))
    return [block] if block else []


def _plain(text: str) -> str:
    from analyzer.report.signcards import plain_setting

    return plain_setting(text)


def _parse_warnings(analysis: Analysis) -> list[dict]:
    """The parser's warnings (e.g. lines it could not read as headers), first in the report."""
    warnings = list(analysis.source.warnings)
    if not warnings:
        return []
    return [{"type": "list", "title": "Warnings from reading the chat", "items": warnings}]


def _source_line(analysis: Analysis) -> str:
    src = analysis.source
    n = len(src.files)
    fmt = src.format + (f" ({src.variant})" if src.variant else "")
    return f"{fmt}, {n} file{'s' if n != 1 else ''}"


def _balance(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": (
                "Who writes how much. Shares count words, messages, turns (runs of messages by one "
                "person) and characters; a conversation (session) starts after "
                f"{fmt_seconds(analysis.settings.session_gap.total_seconds())} of silence. "
                f"Compare words "
                "with messages: one person may write few long messages and the other many short "
                "ones."
            ),
        }
    ]
    blocks += _measure_tables(vals, "balance", people, "Talk time, per person",
                              "Talk time, whole chat")
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
                "caption": "Who replies to whom",
                "head": ["Reply", "Replies", "Median reply time"],
                "rows": rows,
            }
        )
    return blocks + _figure_blocks("balance")


def _depth(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": (
                "How deep the talk goes, from words alone. Each text message gets the deepest "
                "tier it "
                "reaches in the project's depth lexicon: 0 logistics, 1 surface, 2 named emotion, "
                "3 vulnerable or relational. Feeling statements are first-person statements about "
                "one's "
                "own feelings (“I feel…”, “I'm so scared…”), not counted inside questions or "
                "conditionals; “I'm not okay” still counts."
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
    blocks += _measure_tables(vals, "depth", people, "Depth, per person", "Depth, whole chat")
    return blocks + _figure_blocks("depth")


def _one_sided(analysis: Analysis, vals: _Values) -> list[dict]:
    people = list(analysis.participants)
    blocks: list[dict] = [
        {
            "type": "para",
            "text": (
                "Does the interest run both ways? Questions (with or without “?”), questions "
                "about the "
                "other person, follow-ups on what they said, and how each person's feeling "
                "statements "
                "were answered: responsive (validation, support, a follow-up question, a "
                "disclosure in "
                "return), minimal (“ok”, 👍), a shift to one's own story, invalidation, or no "
                "reply."
            ),
        }
    ]
    blocks += _measure_tables(vals, "one_sidedness", people,
                              "One-sidedness and responsiveness, per person", "Whole chat")
    counts = disclosure_responses(analysis)
    heads = list(plots.RESPONSES)
    rows = []
    for p in people:
        total = sum(counts[p].values())
        rows.append(
            {
                "key": p,
                "label": f"by {p}",
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
            "caption": "Feeling statements and the reply they met",
            "head": ["Feeling statements", *(plots.RESPONSE_LABELS[r] for r in heads), "all"],
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
            "text": (
                "How the chat changes over time. Each trend is a Theil–Sen slope over weekly "
                "values, "
                "given as a fraction of the mean week, with Kendall's tau test; it needs at least "
                f"{mins.weeks_for_trend} weeks. This chat has {n_weeks} weeks with messages, "
                f"{counted} "
                f"of them with at least {mins.messages_per_week} messages (the weeks that count)."
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
                "caption": "Weekly trends",
                "head": ["Trend", "Slope", "Test", "Weeks (n)"],
                "rows": rows,
            }
        )
    return blocks + _figure_blocks("trend")


def _signs(analysis: Analysis) -> list[dict]:
    blocks: list[dict] = [
        {
            "type": "para",
            "text": (
                "Every sign is checked. Observed: the evidence meets the rule; not observed: it "
                "does not; insufficient data: too little data to tell. "
                + SCALE_EXPLAINED
            ),
        }
    ]
    overview = [
        {
            "key": s.id,
            "label": s.title,
            "cells": [
                {"text": STATUS_LABELS.get(s.status, s.status), "sub": ""},
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
            "caption": "All signs at a glance",
            "head": ["Sign", "Status", "Who", "How strongly", "How well text shows it"],
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
            blocks.append({"type": "signs", "title": title, "items": items})
    return blocks


#: Minimum data, in words (the comments in settings.py are terse).
CANNOT_SHOW: tuple[str, ...] = (
    "Tone of voice, facial expression, and everything said in person, on calls or in voice "
    "notes: the chat is only part of the relationship.",
    "Irony, in-jokes and sarcasm: a word list reads words, not intent.",
    "Why someone replies late: work, sleep and time zones look the same as disinterest.",
    "Legitimate asymmetries: one person in a crisis, one who writes few long messages and one "
    "who writes many short ones.",
    "Feelings that are never written down. A missing sign is not proof of a missing feeling.",
    "Names of people who are not participants are not detected or replaced by --anonymize, "
    "unless given with --also-hide.",
)

RESEARCH: tuple[str, ...] = (
    "Talk-time balance: Woolley et al. 2010 (equal turn-taking and group performance); "
    "ConvoKit's talk-time sharing for spoken conversations.",
    "Questions and follow-ups: Huang et al. 2017 (asking questions, especially follow-ups, "
    "increases liking).",
    "Disclosure: Altman & Taylor (social penetration); Laurenceau et al. 1998 (emotional "
    "disclosure matters more than factual).",
    "Responsiveness: the intimacy process model of Reis & Shaver; “shift” versus “support” "
    "responses (conversational narcissism).",
    "Reciprocity of disclosure: Sprecher et al. 2013.",
    "Language style matching: Ireland & Pennebaker 2010; Ireland et al. 2011 (couples' "
    "instant messages). Our function-word lists are our own, not LIWC's.",
    "Conflict markers: Gottman's criticism, defensiveness and repair; his 5:1 ratio is not "
    "applied to texting.",
    "Responses to good news: Gable et al. 2004.",
    "Reply latency: Templeton et al. 2022 (spoken turns; the transfer to texting is loose).",
)


def _method(analysis: Analysis) -> list[dict]:
    src = analysis.source
    settings = analysis.settings
    acc = src.lines
    skipped = sum(acc.skipped.values())
    data_facts = [
        {"label": "Format", "value": src.format + (f" ({src.variant})" if src.variant else "")},
        {"label": "Files", "value": ", ".join(os.path.basename(f) for f in src.files) or DASH},
        {"label": "Encoding", "value": src.encoding},
        {
            "label": "Date order",
            "value": (
                f"{src.date_order} ({src.date_order_reason})" if src.date_order else "not needed"
            ),
        },
        {
            "label": "Lines read",
            "value": (
                f"{acc.total:,} = {acc.header:,} message headers + {acc.continuation:,} "
                f"continuation "
                f"lines + {acc.system:,} system notices + {skipped:,} skipped"
                + (
                    " (" + "; ".join(f"{k}: {v:,}" for k, v in sorted(acc.skipped.items())) + ")"
                    if acc.skipped
                    else ""
                )
            ),
        },
        {
            "label": "Period measured",
            "value": (
                f"{settings.since or 'start'} to {settings.until or 'end'}"
                if settings.since or settings.until
                else "the whole chat"
            ),
        },
        {
            "label": "People measured",
            "value": _name_list(analysis.participants) + (" (--pair)" if settings.pair else ""),
        },
        {
            "label": "Language",
            "value": _language_fact(analysis),
        },
        {
            "label": "NLP",
            "value": settings.spacy_model
            or "spaCy blank English tokenizer with the project's own components",
        },
        {
            "label": "Privacy",
            "value": (
                (
                    "names replaced by “Person A/B/…” (authors, names in the text, phone numbers)"
                    if settings.anonymize
                    else "names as in the export"
                )
                + "; "
                + (
                    "no message text shown (--no-quotes)"
                    if not settings.quotes
                    else "up to three short example messages per sign"
                )
            ),
        },
    ]
    blocks: list[dict] = [
        {
            "type": "note",
            "text": "This report describes; it does not diagnose. The numbers count "
            "what was written, how often and in reply to what. They cannot say what anyone felt or "
            "meant, and no number here is a verdict on a person or a relationship.",
        },
        {
            "type": "para",
            "text": (
                "How it was made: the export was read into messages (every input line accounted "
                "for, below), split into conversations at silences longer than the session gap and "
                "into turns (runs of messages by one person), and every text message went through "
                "one language pass (word counts, emotion words from the project's own depth "
                "lexicon, "
                "valence from VADER with known chat mis-scores corrected, questions, feeling "
                "statements). The measures below were computed from those columns, the signs from "
                "the measures; this report only shows them. Nothing left this computer."
            ),
        },
        {"type": "facts", "items": data_facts},
    ]
    if src.warnings:
        blocks.append({"type": "list", "items": [f"Warning: {w}" for w in src.warnings]})
    if not analysis.measures.lexicon_applied:
        blocks.append(
            {
                "type": "note",
                "text": lexicon_reason(analysis),
            }
        )
    for dimension in ("balance", "depth", "one_sidedness", "trend"):
        items = [
            {"term": label(s.name), "code": s.name, "text": _plain(s.definition)}
            for s in catalogue.CATALOGUE
            if s.dimension == dimension
        ]
        blocks.append(
            {
                "type": "definitions",
                "title": f"Definitions: {SECTION_TITLES[dimension]}",
                "items": items,
                "screen_only": True,
            }
        )
    rows = []
    for group_name, group in (("minimum", settings.minimum), ("thresholds", settings.thresholds)):
        meanings = settings_meanings(type(group))
        for f in fields(group):
            value = getattr(group, f.name)
            rows.append(
                {
                    "key": f"{group_name}.{f.name}",
                    "label": f.name.replace("_", " "),
                    "cells": [
                        {
                            "text": f"{value:g}" if isinstance(value, float) else str(value),
                            "sub": "",
                        },
                        {"text": _plain(meanings.get(f.name, "")), "sub": ""},
                    ],
                }
            )
    rows.insert(
        0,
        {
            "key": "session_gap",
            "label": "session gap",
            "cells": [
                {"text": fmt_seconds(settings.session_gap.total_seconds()), "sub": ""},
                {"text": settings_meanings(Settings)["session_gap"], "sub": ""},
            ],
        },
    )
    blocks.append(
        {
            "type": "table",
            "caption": "Thresholds and minimum data (our heuristics; change them in Settings)",
            "head": ["Setting", "Value", "Meaning"],
            "rows": rows,
            "screen_only": True,
        }
    )
    blocks.append(
        {
            "type": "para",
            "text": (
                "Below a minimum a measure is missing (“—”, with its n) rather than zero, and a "
                "sign "
                "that needs it reads “insufficient data”. Intervals are bootstrap intervals over "
                "conversations, not messages. Every value shows its n: the number of items behind "
                "it."
            ),
        }
    )
    blocks.append({"type": "list", "title": "What text cannot show", "items": list(CANNOT_SHOW)})
    blocks.append(
        {
            "type": "list",
            "screen_only": True,  # print: the signs section explains the scale once
            "title": "Strength of a sign",
            "items": [
                "Robust: the measure tracks the sign closely (e.g. talk share for one-sidedness).",
                "Moderate: a fair indicator with known exceptions.",
                "Weak proxy: text shows only a trace of the sign; read it as a prompt, not a "
                "finding.",
            ],
        }
    )
    blocks.append(
        {"type": "list", "title": "Research behind the measures", "items": list(RESEARCH)}
    )
    blocks.append(
        {
            "type": "para",
            "text": (
                "In the PDF, emoji (in quotes, names and labels alike) are written as their names "
                "between colons (a red heart becomes :red_heart:) and characters its font lacks as "
                "“?”; the HTML shows them as sent."
            ),
        }
    )
    return blocks


#: In print, a chat below the minimum data keeps only its first page and the method: the
#: measure sections and the signs say this instead of showing tables of dashes.
TOO_SHORT_TO_PRINT = (
    "Not printed: this chat is below the minimum data (see the first page), so this section "
    "cannot be judged yet. The HTML report shows what could be counted."
)


def _print_short(sections: list[tuple[str, list[dict]]]) -> None:
    for sid, blocks in sections:
        if sid in ("glance", "method"):
            continue
        for block in blocks:
            block["screen_only"] = TOO_SHORT_TO_PRINT


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
        "title": "Chat balance report",
        "subtitle": f"{_name_list(analysis.participants)} · {fmt_date(start)} to {fmt_date(end)}",
        "people": [{"name": p, "color": colors[p]} for p in analysis.participants],
        "sections": [
            {"id": sid, "title": (SECTION_TITLES | OPTIONAL_SECTION_TITLES)[sid], "blocks": blocks}
            for sid, blocks in sections
        ],
    }
