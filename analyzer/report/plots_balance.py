"""The plots of the report's balance section: talk shares and the balance profile, the share of
words week by week, turn lengths, who starts the conversations, and reply times."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analyzer.report import formatting
from analyzer.report.i18n import N_, _, ngettext
from analyzer.report.plot_frame import (
    _LABEL_SHARE,
    DOMINANCE,
    LONG_SERIES,
    _colors,
    _english,
    _figure,
    _legend,
    _no_data,
    _percent,
    _share_label,
    _title,
    _value,
    _week_axis,
    name,
)
from analyzer.schema import Col

#: (measure, label) of the talk-share dimensions, in plotting order.
SHARE_DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("word_share", N_("words")),
    ("message_share", N_("messages")),
    ("turn_share", N_("turns")),
    ("char_share", N_("characters")),
    ("seconds_share", N_("speaking time")),
    ("initiation_share", N_("initiations")),
    ("question_share", N_("questions")),
    ("disclosure_share", N_("feeling statements")),
)


def _share_table(values: pd.DataFrame, participants: Sequence[str]) -> pd.DataFrame:
    rows = {}
    for measure, label in SHARE_DIMENSIONS:
        got = [_value(values, measure, p)[0] for p in participants]
        if not all(np.isnan(got)):
            rows[_(label)] = got
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(participants))


def talk_shares(
    values: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Stacked bars: each person's share of words, messages, turns, characters, ... (0..100 %)."""
    colors = _colors(participants, colors)
    table = _share_table(values, participants)
    fig, (ax,) = _figure(0.45 * max(len(table), 2) + 1.0)
    _title(ax, _("Talk shares by dimension"))
    if table.empty:
        _no_data(ax)
        return fig
    y = np.arange(len(table))[::-1]
    left = np.zeros(len(table))
    for person in participants:
        share = table[person].fillna(0).to_numpy() * 100
        bars = ax.barh(y, share, left=left, color=colors[person], label=name(person), height=0.6)
        for bar, s in zip(bars, share, strict=True):
            if s >= _LABEL_SHARE:
                _share_label(
                    ax,
                    bar.get_x() + bar.get_width() / 2,
                    bar.get_y() + bar.get_height() / 2,
                    s,
                    colors[person],
                )
        left += share
    ax.axvline(50, color="#333333", lw=0.8, ls="--")
    ax.set_yticks(y, table.index.tolist())
    ax.set_xlim(0, 100)
    ax.set_xlabel(_("share of the chat (%)"))
    _legend(fig)
    return fig


def share_over_time(
    weekly: pd.DataFrame,
    participants: Sequence[str],
    *,
    dominance: float = DOMINANCE,
    colors: Mapping[str, str] | None = None,
) -> Figure:
    """Weekly word share per person, with the 50 % line and the band where a week counts as
    dominated.

    Weeks with fewer messages than the weekly minimum (``counted`` False) are drawn hollow.
    """
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(2.8)
    _title(ax, _("Share of words, week by week"))
    sub = weekly[weekly["measure"] == "word_share"]
    if sub.empty or sub["value"].notna().sum() == 0:
        _no_data(ax)
        return fig
    ax.axhspan(dominance * 100, 100, color="#EEEEEE", zorder=0, lw=0)
    if len(participants) == 2:
        ax.axhspan(0, (1 - dominance) * 100, color="#EEEEEE", zorder=0, lw=0)
    lines = (
        _("{share} (equal)").format(share=_percent(0.5, "50 %")),
        _("dominated week (≥ {share})").format(share=_percent(dominance, f"{dominance:.0%}")),
    )
    ax.axhline(50, color="#333333", lw=0.8, ls="--", label=lines[0])
    ax.axhline(dominance * 100, color="#777777", lw=0.6, ls=":", label=lines[1])
    for person in participants:
        mine = sub[sub["participant"] == person].sort_values("week")
        if mine.empty:
            continue
        x = pd.to_datetime(mine["week"])
        yv = mine["value"].to_numpy(dtype=float) * 100
        counted = (
            mine["counted"].to_numpy(dtype=bool) if "counted" in mine else np.ones(len(mine), bool)
        )
        if len(mine) > LONG_SERIES:  # markers would crowd: a line with gaps where not counted
            ax.plot(
                x, np.where(counted, yv, np.nan), color=colors[person], lw=0.9, label=name(person)
            )
            continue
        ax.plot(x, yv, color=colors[person], lw=1.2, label=name(person))
        ax.scatter(x[counted], yv[counted], color=colors[person], s=12, zorder=3)
        ax.scatter(
            x[~counted], yv[~counted], facecolors="white", edgecolors=colors[person], s=12, zorder=3
        )
    ax.set_ylim(0, 100)
    ax.set_ylabel(_("share of words (%)"))
    long = sub["week"].nunique() > LONG_SERIES
    ax.set_xlabel(
        _("week (gaps: too few messages to count)")
        if long
        else _("week (hollow: too few messages to count)")
    )
    _week_axis(ax, sub["week"])
    _legend(fig, last=lines)
    return fig


_TURN_BINS = (1, 2, 3, 4, 5, 6, 10)
_TURN_LABELS = ("1", "2", "3", "4", "5", "6-9", "10+")


def turn_lengths(
    turns: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """How many messages each turn holds, per person (long turns are monologues)."""
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(2.6)
    _title(ax, _("Messages per turn (monologue length)"))
    mine = turns[turns[Col.AUTHOR].isin(participants)] if len(turns) else turns
    if mine.empty:
        _no_data(ax)
        return fig
    binned = pd.cut(
        mine["n_messages"], bins=[*_TURN_BINS, np.inf], right=False, labels=_TURN_LABELS
    )
    counts = pd.crosstab(binned, mine[Col.AUTHOR].astype("object")).reindex(
        index=list(_TURN_LABELS), columns=list(participants), fill_value=0
    )
    share = counts / counts.sum().replace(0, np.nan) * 100
    x = np.arange(len(_TURN_LABELS))
    width = 0.8 / len(participants)
    for i, person in enumerate(participants):
        ax.bar(
            x + (i - (len(participants) - 1) / 2) * width,
            share[person].fillna(0),
            width,
            color=colors[person],
            label=ngettext(
                "{person} ({n} turn)", "{person} ({n} turns)", int(counts[person].sum())
            ).format(person=name(person), n=formatting.fmt_count(int(counts[person].sum()))),
        )
    ax.set_xticks(x, _TURN_LABELS)
    ax.set_xlabel(_("messages in one turn"))
    ax.set_ylabel(_("share of own turns (%)"))
    _legend(fig)
    return fig


def initiations(
    sessions: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Sessions each person started, and how many of those nobody else answered."""
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(0.45 * max(len(participants), 2) + 1.0)
    _title(ax, _("Who starts the conversations"))
    started = sessions[sessions["initiator"].isin(participants)] if len(sessions) else sessions
    if started.empty:
        _no_data(ax)
        return fig
    who = started["initiator"].astype("object")
    total = who.value_counts().reindex(participants, fill_value=0)
    unanswered = (
        who[~started["answered"].astype(bool)].value_counts().reindex(participants, fill_value=0)
    )
    y = np.arange(len(participants))[::-1]
    ax.barh(y, total.to_numpy(), color=[colors[p] for p in participants], height=0.6)
    ax.barh(
        y,
        unanswered.to_numpy(),
        color="none",
        edgecolor="#222222",
        hatch="///",
        height=0.6,
        label=_("not answered by anyone"),
    )
    for yi, t in zip(y, total.to_numpy(), strict=True):
        ax.text(t, yi, f" {t:,}", va="center")
    ax.set_yticks(y, [name(p) for p in participants])
    ax.set_xlabel(_("sessions started"))
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.margins(x=0.12)
    _legend(fig)
    return fig


def reply_latency(
    replies: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Distribution of reply times within sessions: the share of replies sent within x minutes."""
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(2.6)
    _title(ax, _("Reply time within sessions"))
    lat = (
        replies[replies["latency_s"].notna() & replies[Col.AUTHOR].isin(participants)]
        if len(replies)
        else replies
    )
    if lat.empty:
        _no_data(ax)
        return fig
    q = np.linspace(0, 1, 101)
    for person in participants:
        seconds = lat.loc[lat[Col.AUTHOR] == person, "latency_s"].to_numpy(dtype=float)
        if len(seconds) == 0:
            continue
        minutes = np.maximum(np.quantile(seconds, q) / 60, 1 / 60)
        ax.step(
            minutes,
            q * 100,
            where="post",
            color=colors[person],
            label=_("{person} (median {median}, n = {n})").format(
                person=name(person),
                median=_short_duration(float(np.median(seconds))),
                n=formatting.fmt_count(len(seconds)),
            ),
        )
    ax.set_xscale("log")
    low, high = ax.get_xlim()
    ticks = [(m, label) for m, label in _LATENCY_TICKS if low <= m <= high]
    ax.set_xticks([m for m, _tick in ticks], [_tick_label(m, text) for m, text in ticks])
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    ax.set_xlabel(_("time to reply (log scale)"))
    ax.set_ylabel(_("replies sent within (%)"))
    ax.axhline(50, color="#999999", lw=0.6, ls=":")
    ax.set_ylim(0, 100)
    _legend(fig)
    return fig


#: Reply-time ticks, at least 0.6 decades apart: their labels stay apart on a 4.8 in plot.
_LATENCY_TICKS = (
    (1 / 60, "1 s"),
    (10 / 60, "10 s"),
    (1, "1 min"),
    (10, "10 min"),
    (60, "1 h"),
    (240, "4 h"),
    (1440, "1 day"),
)


def _tick_label(minutes: float, english: str) -> str:
    """A reply-time tick ("1 min", "1 day") in the report's language (Babel's short units)."""
    return english if _english() else formatting.fmt_seconds(minutes * 60).replace("\u00a0", " ")


def _short_duration(seconds: float) -> str:
    if not _english():
        return formatting.fmt_seconds(seconds)
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


#: (measure, label) of the balance profile, in plotting order.
PROFILE_DIMENSIONS: tuple[tuple[str, str], ...] = (
    *SHARE_DIMENSIONS,
    ("support_given", N_("support given")),
    ("questions_about_other", N_("questions about the other")),
    ("followups", N_("follow-up questions")),
    ("affection", N_("affection")),
)


def balance_profile(
    values: pd.DataFrame,
    participants: Sequence[str],
    *,
    dominance: float = DOMINANCE,
    colors: Mapping[str, str] | None = None,
) -> Figure:
    """Each person's share on every dimension (counts turned into shares between the people),
    with bootstrap intervals where the measures carry them, the 50 % line and the dominance band.
    """
    colors = _colors(participants, colors)
    rows = []
    for measure, label in PROFILE_DIMENSIONS:
        got = [_value(values, measure, p) for p in participants]
        vals = np.array([g[0] for g in got], dtype=float)
        if np.isnan(vals).all():
            continue
        if not measure.endswith("_share"):  # a count: share between the people
            total = np.nansum(vals)
            if total <= 0:
                continue
            rows.append((_(label), vals / total, None))
        else:
            rows.append((_(label), vals, np.array([[g[1], g[2]] for g in got], dtype=float)))
    fig, (ax,) = _figure(0.32 * max(len(rows), 3) + 1.2)
    _title(ax, _("Balance profile"))
    if not rows:
        _no_data(ax)
        return fig
    y = np.arange(len(rows))[::-1]
    ax.axvspan(dominance * 100, 100, color="#EEEEEE", lw=0, zorder=0)
    if len(participants) == 2:
        ax.axvspan(0, (1 - dominance) * 100, color="#EEEEEE", lw=0, zorder=0)
    ax.axvline(50, color="#333333", lw=0.8, ls="--")
    offsets = np.linspace(-0.15, 0.15, len(participants)) if len(participants) > 1 else [0.0]
    for i, person in enumerate(participants):
        xs = np.array([r[1][i] for r in rows], dtype=float) * 100
        ax.scatter(xs, y + offsets[i], color=colors[person], s=22, zorder=3, label=name(person))
        for yi, (_label, _vals, ci) in zip(y, rows, strict=True):
            if ci is not None and not np.isnan(ci[i]).any():
                ax.plot(ci[i] * 100, [yi + offsets[i]] * 2, color=colors[person], lw=1.4)
    ax.set_yticks(y, [r[0] for r in rows])
    ax.set_xlim(0, 100)
    ax.set_xlabel(_("share (%)"))
    _legend(fig)
    return fig
