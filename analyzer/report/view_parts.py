"""The report's building blocks: the lookup of measure values, the figures and their people,
the measure tables, and a sign's labels and card (used by every section of
:mod:`analyzer.report.view`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.metrics import catalogue
from analyzer.report import plots
from analyzer.report.blocks import Plot, Row, SignCard, Table
from analyzer.report.formatting import (
    _missing,
    cell,
    label,
)
from analyzer.report.i18n import N_, _
from analyzer.schema import Col
from analyzer.settings import Settings

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from analyzer.result import Analysis
    from analyzer.signs import Sign


SECTION_TITLES: dict[str, str] = {
    "glance": N_("At a glance"),
    "balance": N_("Talk-time balance"),
    "depth": N_("Emotional depth"),
    "one_sidedness": N_("One-sidedness and responsiveness"),
    "trend": N_("Rhythm and trend"),
    "signs": N_("Signs scorecard"),
    "method": N_("Method and caveats"),
}
#: Sections only some reports have: "What changed" with --compare.
OPTIONAL_SECTION_TITLES: dict[str, str] = {"compare": N_("What changed")}


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
        N_(
            "Each person's share of words, messages, turns, characters, "
            "conversations started, questions and feeling statements."
        ),
    ),
    (
        "balance_profile",
        "balance",
        N_(
            "The balance profile: every dimension as shares between the people, with bootstrap "
            "intervals where measured. Grey: beyond the dominance threshold."
        ),
    ),
    (
        "share_over_time",
        "balance",
        N_(
            "Share of words week by week, with the 50 % mark and the "
            "band where a week counts as dominated."
        ),
    ),
    (
        "turn_lengths",
        "balance",
        N_("How many messages each turn holds: long turns are monologues."),
    ),
    (
        "initiations",
        "balance",
        N_("Conversations (sessions) each person started; hatched: nobody else wrote in them."),
    ),
    (
        "reply_latency",
        "balance",
        N_("Reply times within conversations: the share of replies sent within a given time."),
    ),
    ("depth_tiers", "depth", N_("Each person's text messages by their deepest tier.")),
    ("depth_over_time", "depth", N_("Emotion words per 100 words, week by week.")),
    (
        "disclosure_responses",
        "one_sidedness",
        N_("Feeling statements by each person and the reply they met from the other."),
    ),
    ("weekly_volume", "trend", N_("Messages per week, by person, with a 4-week mean.")),
    ("activity_heatmap", "trend", N_("Messages by weekday and hour of day.")),
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


def _figure_blocks(section: str) -> list[Plot]:
    return [Plot(key, _(caption)) for key, where, caption in FIGURES if where == section]


# ---------------------------------------------------------------- tables


def _participant_table(
    vals: _Values, dimension: str, people: Sequence[str], caption: str
) -> Table:
    rows = tuple(
        Row(measure, label(measure), tuple(cell(measure, vals.row(measure, p)) for p in people))
        for measure in vals.measures(dimension, "p")
    )
    return Table(caption, (_("Measure"), *people), rows)


def _measure_tables(vals: _Values, dimension: str, people: Sequence[str], per_person: str,
                    whole_chat: str) -> list[Table]:
    """The per-person table of ``dimension``, and its whole-chat table when it has rows."""
    chat = _chat_table(vals, dimension, whole_chat)
    tables = [_participant_table(vals, dimension, people, per_person), *([chat] if chat else [])]
    return [replace(t, screen_only=_(MEASURES_IN_HTML)) for t in tables]


#: Said in the PDF where it leaves out the full tables of measures (the plots stay).
MEASURES_IN_HTML = N_(
    "Every measure of this section, with its n and interval, is listed in the HTML and JSON "
    "reports; the printed report shows the plots."
)


def _chat_table(vals: _Values, dimension: str, caption: str) -> Table | None:
    rows = tuple(
        Row(measure, label(measure), (cell(measure, vals.row(measure, "")),))
        for measure in vals.measures(dimension, "c")
    )
    if not rows:
        return None
    return Table(caption, (_("Measure"), _("Whole chat")), rows)


# ---------------------------------------------------------------- signs

STATUS_LABELS = {
    "observed": N_("observed"),
    "not_observed": N_("not observed"),
    "insufficient_data": N_("insufficient data"),
}
STRENGTH_LABELS = {
    "R": N_("robust indicator"),
    "M": N_("moderate indicator"),
    "W": N_("weak proxy"),
}
STRENGTH_RANGES = {
    ("W", "M"): N_("weak to moderate"),
    ("M", "W"): N_("moderate to weak"),
    ("M", "R"): N_("moderate to robust"),
    ("R", "M"): N_("robust to moderate"),
    ("W", "R"): N_("weak to robust"),
    ("R", "W"): N_("robust to weak"),
}
GROUP_TITLES = {
    "intimacy": N_("Signs of emotional intimacy"),
    "lack": N_("Signs that it is missing"),
    "balance": N_("Balance"),
}


def strength_label(code: str) -> str:
    """``"W-M"`` -> ``"weak to moderate"``; ``"R"`` -> ``"robust indicator"``."""
    parts = [p for p in code.replace("–", "-").split("-") if p]
    if len(parts) == 2 and tuple(parts) in STRENGTH_RANGES:
        return _(STRENGTH_RANGES[tuple(parts)])
    return _(STRENGTH_LABELS[code]) if code in STRENGTH_LABELS else code


def sign_card(sign: Sign, *, quotes: bool, settings: Settings | None = None) -> SignCard:
    """One sign as the report shows it: status, who, how strongly, the rule in words, what would
    change the verdict, evidence with units and n, what to try, examples, caveat
    (:mod:`analyzer.report.signcards`)."""
    from analyzer.report import signcards

    return signcards.card(sign, quotes=quotes, settings=settings or Settings())
