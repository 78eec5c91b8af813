"""The plots of the report's depth and responsiveness sections: messages by deepest tier,
emotion words week by week, and the replies feeling statements met."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analyzer.report.i18n import N_, _
from analyzer.report.plot_frame import (
    _LABEL_SHARE,
    LONG_SERIES,
    _colors,
    _figure,
    _legend,
    _no_data,
    _share_label,
    _title,
    _value,
    _week_axis,
    _weekly,
    name,
)
from analyzer.schema import Col

#: Depth tiers 0..3: light to dark, so the order reads without colour.
TIER_COLORS: tuple[str, ...] = ("#D9D9D9", "#9ECAE1", "#4292C6", "#08306B")
TIER_LABELS: tuple[str, ...] = (
    N_("0 logistics"),
    N_("1 surface"),
    N_("2 named emotion"),
    N_("3 vulnerable"),
)
#: Responses to a disclosure, best to worst.
RESPONSES: tuple[str, ...] = ("responsive", "minimal", "self_focused", "invalidating", "none")
RESPONSE_LABELS: dict[str, str] = {
    "responsive": N_("responsive"),
    "minimal": N_("minimal"),
    "self_focused": N_("shift to own story"),
    "invalidating": N_("invalidating"),
    "none": N_("no reply"),
}
RESPONSE_COLORS: dict[str, str] = {
    "responsive": "#009E73",
    "minimal": "#F0E442",
    "self_focused": "#E69F00",
    "invalidating": "#D55E00",
    "none": "#BBBBBB",
}


def depth_tiers(
    values: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Each person's text messages by their deepest tier: logistics, surface, emotion,
    vulnerable."""
    fig, (ax,) = _figure(0.45 * max(len(participants), 2) + 1.6)
    _title(ax, _("Depth of messages, by deepest tier"))
    table = np.array(
        [[_value(values, f"tier{t}_share", p)[0] for t in range(4)] for p in participants],
        dtype=float,
    )
    if np.isnan(table).all():
        _no_data(ax, _("depth lexicon not applied or no text messages"))
        return fig
    y = np.arange(len(participants))[::-1]
    left = np.zeros(len(participants))
    for t in range(4):
        share = np.nan_to_num(table[:, t]) * 100
        ax.barh(
            y,
            share,
            left=left,
            color=TIER_COLORS[t],
            label=_(TIER_LABELS[t]),
            height=0.6,
            edgecolor="white",
            linewidth=0.5,
        )
        for yi, lft, s in zip(y, left, share, strict=True):
            if s >= _LABEL_SHARE:
                _share_label(ax, lft + s / 2, yi, s, TIER_COLORS[t])
        left += share
    ax.set_yticks(y, [name(p) for p in participants])
    ax.set_xlim(0, 100)
    ax.set_xlabel(_("share of own text messages (%)"))
    _legend(fig)
    return fig


def depth_over_time(
    weekly: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Weekly emotion-word rate (tier >= 2 words per 100 words) per person."""
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(2.6)
    _title(ax, _("Emotion words per 100 words, week by week"))
    table = _weekly(weekly, "emotion_word_rate")
    if table.empty or table.notna().sum().sum() == 0:
        _no_data(ax, _("depth lexicon not applied or too few weeks"))
        return fig
    long = len(table) > LONG_SERIES
    for person in participants:
        if person in table:
            ax.plot(
                table.index,
                table[person],
                color=colors[person],
                marker=None if long else "o",
                ms=3,
                lw=0.9 if long else 1.2,
                label=name(person),
            )
    ax.set_ylabel(_("per 100 words"))
    ax.set_xlabel(_("week"))
    ax.set_ylim(bottom=0)
    _week_axis(ax, table.index)
    _legend(fig)
    return fig


def disclosure_responses(
    disclosures: pd.DataFrame,
    participants: Sequence[str],
    *,
    colors: Mapping[str, str] | None = None,
) -> Figure:
    """Feeling statements by each person, split by the reply they met."""
    fig, (ax,) = _figure(0.45 * max(len(participants), 2) + 1.6)
    _title(ax, _("Feeling statements and the replies they met"))
    mine = (
        disclosures[disclosures[Col.AUTHOR].isin(participants)] if len(disclosures) else disclosures
    )
    if mine.empty:
        _no_data(ax, _("no feeling statements"))
        return fig
    counts = pd.crosstab(
        mine[Col.AUTHOR].astype("object"), mine["response"].astype("object")
    ).reindex(index=list(participants), columns=list(RESPONSES), fill_value=0)
    y = np.arange(len(participants))[::-1]
    left = np.zeros(len(participants))
    for response in RESPONSES:
        n = counts[response].to_numpy(dtype=float)
        ax.barh(
            y,
            n,
            left=left,
            color=RESPONSE_COLORS[response],
            height=0.6,
            label=_(RESPONSE_LABELS[response]),
            edgecolor="white",
            linewidth=0.5,
        )
        left += n
    for yi, total in zip(y, left, strict=True):
        ax.text(total, yi, f" {int(total):,}", va="center")
    ax.set_yticks(y, [_("by {person}").format(person=name(p)) for p in participants])
    ax.set_xlabel(_("feeling statements"))
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.margins(x=0.1)
    _legend(fig)
    return fig
