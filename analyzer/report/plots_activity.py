"""The plots of the report's activity section: messages per week and when they are sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analyzer.report.i18n import _
from analyzer.report.plot_frame import (
    LONG_SERIES,
    _colors,
    _figure,
    _legend,
    _no_data,
    _title,
    _week_axis,
    _weekdays,
    _weekly,
    name,
)
from analyzer.schema import Col


def activity_heatmap(messages: pd.DataFrame) -> Figure:
    """Messages by weekday and hour of day (all participants)."""
    fig, (ax,) = _figure(2.6)
    _title(ax, _("When messages are sent (weekday × hour)"))
    sent = messages[messages[Col.AUTHOR].notna()] if len(messages) else messages
    if sent.empty:
        _no_data(ax)
        return fig
    ts = pd.to_datetime(sent["timestamp"])
    grid = np.zeros((7, 24))
    counts = pd.crosstab(ts.dt.day_of_week, ts.dt.hour)
    for day in counts.index:
        grid[int(day), counts.columns.astype(int)] = counts.loc[day].to_numpy()
    image = ax.imshow(grid, aspect="auto", cmap="cividis", interpolation="nearest")
    ax.set_yticks(range(7), _weekdays())
    ax.set_xticks(range(0, 24, 3), [str(h) for h in range(0, 24, 3)])
    ax.set_xlabel(_("hour of day (as exported)"))
    ax.spines["left"].set_visible(False)
    ax.spines["bottom"].set_visible(False)
    bar = fig.colorbar(image, ax=ax, shrink=0.9)
    bar.set_label(_("messages"))
    return fig


def weekly_volume(
    weekly: pd.DataFrame, participants: Sequence[str], *, colors: Mapping[str, str] | None = None
) -> Figure:
    """Messages per week, stacked by person, with a 4-week rolling mean of the total (13 weeks,
    and stacked areas instead of bars, for chats longer than two years)."""
    colors = _colors(participants, colors)
    fig, (ax,) = _figure(2.6)
    _title(ax, _("Messages per week"))
    table = _weekly(weekly, "messages")
    if table.empty:
        _no_data(ax)
        return fig
    table = table.reindex(columns=list(participants)).fillna(0)
    bottom = np.zeros(len(table))
    if len(table) > LONG_SERIES:  # stacked areas: one shape per person however long the chat
        full = table.asfreq("7D", fill_value=0) if table.index.is_monotonic_increasing else table
        ax.stackplot(
            full.index,
            *[full[p].to_numpy() for p in participants],
            colors=[colors[p] for p in participants],
            labels=[name(p) for p in participants],
            lw=0,
        )
        table = full
        bottom = full.sum(axis=1).to_numpy()
    else:
        for person in participants:
            ax.bar(
                table.index,
                table[person],
                bottom=bottom,
                width=5.5,
                color=colors[person],
                label=name(person),
            )
            bottom += table[person].to_numpy()
    window = 4 if len(table) <= LONG_SERIES else 13
    mean = _("{weeks}-week mean").format(weeks=window)
    rolling = pd.Series(bottom, index=table.index).rolling(window, min_periods=1).mean()
    ax.plot(
        table.index,
        rolling,
        color="#222222",
        lw=1.2,
        label=mean,
    )
    ax.set_ylabel(_("messages"))
    ax.set_xlabel(_("week"))
    _week_axis(ax, table.index)
    _legend(fig, last=(mean,))
    return fig
