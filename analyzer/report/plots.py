"""Plots: one function per plot, each taking computed tables and returning a matplotlib Figure.

Every function works in a notebook
(``plots.talk_shares(result.measures.values, result.participants)``) and in the report. They only
draw: the numbers come from :class:`analyzer.metrics.Measures` and the
structure tables; the few aggregations here (counting turns by length, messages by weekday and hour,
latency quantiles) are presentation of tables that are already computed.

Figures are built with :class:`matplotlib.figure.Figure` (no pyplot, no display) and rendered by
:func:`to_svg` (inline SVG with real text and ids made unique per plot) or :func:`to_png`.
Colours: the Okabe-Ito palette, safe for the common colour-vision deficiencies; a person keeps
the same colour in every plot (:func:`person_colors`).
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from xml.sax.saxutils import escape as xml_escape

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analyzer.report import formatting, i18n
from analyzer.report.i18n import N_, _, ngettext
from analyzer.schema import Col
from analyzer.settings import Thresholds

#: Okabe & Ito (2008) colour-blind-safe palette, in the order people get them.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
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
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: The smallest text in a plot, in points. Figures are :data:`_WIDTH` wide and the report scales
#: them to the page: on a 390 px phone (358 px of text width) one point is about one CSS pixel,
#: so no text is smaller than about 10 px there; on a wide screen the page caps the plot's width.
FONT = 10
_RC = {
    # named, not "sans-serif" (a generic family resolves to one font): a Devanagari letter,
    # which DejaVu Sans lacks, falls back to the shipped Noto Sans Devanagari
    "font.family": ["DejaVu Sans", "Noto Sans Devanagari"],
    "font.sans-serif": ["DejaVu Sans", "Noto Sans Devanagari"],
    "font.size": FONT,
    "axes.titlesize": FONT + 1,
    "axes.titleweight": "bold",
    "axes.labelsize": FONT,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": FONT,
    "ytick.labelsize": FONT,
    "legend.fontsize": FONT,
    "legend.frameon": False,
    "svg.fonttype": "none",
    "svg.image_inline": True,
}


def _add_shipped_fonts() -> None:
    """Make the shipped fonts (``report/fonts/``) known to matplotlib, which draws a letter
    DejaVu Sans lacks with the next family of ``font.sans-serif`` that has it."""
    from pathlib import Path

    from matplotlib import font_manager

    for path in sorted((Path(__file__).resolve().parent / "fonts").glob("*.ttf")):
        font_manager.fontManager.addfont(str(path))


_add_shipped_fonts()

#: Figure width in inches (345.6 points): 358 px of phone screen draw it at 1.04 px per point.
_WIDTH = 4.8
#: Height of one row of a legend below the plot, in inches.
_LEGEND_ROW = 0.25
#: Above this many weeks, weekly plots drop markers and bars for lines and areas (a long chat
#: would otherwise draw thousands of shapes).
LONG_SERIES = 104


#: Longer names are cut in plot labels (the tables show them whole).
NAME_LIMIT = 24


def name(person: str) -> str:
    """``person`` as a plot label: at most :data:`NAME_LIMIT` characters, cut with "…"."""
    person = str(person)
    return person if len(person) <= NAME_LIMIT else person[: NAME_LIMIT - 1] + "…"


def person_colors(participants: Sequence[str]) -> dict[str, str]:
    """One Okabe-Ito colour per participant, in order (cycling after eight people)."""
    return {p: OKABE_ITO[i % len(OKABE_ITO)] for i, p in enumerate(participants)}


def _figure(height: float, ncols: int = 1, width: float = _WIDTH) -> tuple[Figure, list]:
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(1, ncols, squeeze=False)[0].tolist()
    for ax in axes:
        _style(ax)
    return fig, axes


def _title(ax, text: str) -> None:
    """``text`` as the plot's title, set flush with the figure's left edge rather than centred
    on the axes: long tick labels then never push a long title off the figure."""
    from matplotlib.transforms import blended_transform_factory

    title = ax.set_title(text, fontsize=FONT + 1, fontweight="bold")
    title.set_transform(blended_transform_factory(ax.figure.transSubfigure, title.get_transform()))
    title.set_x(0.01)
    title.set_horizontalalignment("left")


def _style(ax) -> None:
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    for item in [ax.title, ax.xaxis.label, ax.yaxis.label]:
        item.set_fontfamily(_RC["font.family"])
    ax.tick_params(labelsize=FONT)


#: gid of an Axes (and its message) that has nothing to plot: see :func:`no_data_reason`.
#: The dominance band's default: the setting a report uses (``Thresholds.dominance_share``).
DOMINANCE = Thresholds.dominance_share

NO_DATA = "no-data"


def _share_label(ax, x: float, y: float, share: float, background: str) -> None:
    """A percentage written in the middle of its bar, in ink that reads on the bar's colour."""
    ax.text(
        x,
        y,
        f"{share:.0f} %",
        ha="center",
        va="center",
        fontsize=FONT,
        color=_ink(background),
        clip_on=True,
    )


#: gid of every plot's legend; in the SVG its group's id ends in ``-legend``.
LEGEND = "legend"


def _text_width(text: str, size: float = FONT) -> float:
    """Width of ``text`` in points as DejaVu Sans sets it (Devanagari with Noto Sans
    Devanagari; emoji, which neither has, counted as
    the browser's wider glyphs)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    plain = "".join(c for c in text if ord(c) < 0x2000 or ord(c) in range(0x2010, 0x2300))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        width = text_to_path.get_text_width_height_descent(
            plain, FontProperties(family=_RC["font.sans-serif"], size=size), ismath=False
        )[0]
    return width + (len(text) - len(plain)) * 1.3 * size


def _legend_columns(labels: Sequence[str], width_in: float) -> int:
    """Legend columns (entries filled column by column, as matplotlib does): as few rows as
    fit in ``width_in`` inches with the handle, padding and column spacing, and then as few
    columns as give those rows (4 entries that fit 3 to a row make 2 x 2, not 3 + 1)."""
    entry = [2.0 * FONT + 0.8 * FONT + _text_width(label) for label in labels]
    room = width_in * 72 * 0.96
    fits = 1
    for ncol in range(len(entry), 1, -1):
        columns = [c for c in np.array_split(np.array(entry), ncol) if len(c)]
        if sum(float(c.max()) for c in columns) + 2.0 * FONT * (len(columns) - 1) <= room:
            fits = ncol
            break
    rows = -(-len(entry) // fits)
    return -(-len(entry) // rows)


def _legend(fig: Figure, *, last: Sequence[str] = ()) -> None:
    """The figure's legend, below the plot (never over the data), in as many columns as fit
    the width, with the entries labelled ``last`` (reference lines) after the people; the
    figure grows by the legend's rows so the plot keeps its height."""
    handles, labels = fig.axes[0].get_legend_handles_labels()
    if not handles:
        return
    order = sorted(range(len(labels)), key=lambda i: labels[i] in last)
    handles, labels = [handles[i] for i in order], [labels[i] for i in order]
    ncol = _legend_columns(labels, fig.get_figwidth())
    rows = -(-len(handles) // ncol)
    with matplotlib.rc_context(_RC):
        legend = fig.legend(handles, labels, loc="outside lower center", ncols=ncol)
    legend.set_gid(LEGEND)
    fig.set_figheight(fig.get_figheight() + _LEGEND_ROW * rows + 0.1)


#: At most this many labelled ticks on a weekly axis.
WEEK_TICKS = 6
#: Weeks between labelled ticks, the smallest that keeps to :data:`WEEK_TICKS`.
_WEEK_STEPS = (1, 2, 4, 8, 13, 26, 52, 104, 208, 520)


def _week_axis(ax, weeks) -> None:
    """Date ticks on the weeks the weekly tables are binned by (their Monday), labelled
    "8 Jan", with the year under the first label and wherever it changes; a minor tick marks
    every week between the labelled ones."""
    import matplotlib.dates as mdates

    weeks = pd.DatetimeIndex(pd.to_datetime(pd.Series(list(weeks))).dropna().unique())
    if len(weeks) == 0:
        return
    every = pd.date_range(weeks.min(), weeks.max(), freq="7D")
    step = next((s for s in _WEEK_STEPS if -(-len(every) // s) <= WEEK_TICKS), _WEEK_STEPS[-1])
    ticks = every[::step]
    labels, year = [], None
    for day in ticks:
        label = _day_month(day)
        labels.append(label if day.year == year else f"{label}\n{day.year}")
        year = day.year
    ax.set_xticks(mdates.date2num(ticks.to_pydatetime()), labels)
    if 1 < step and len(every) <= LONG_SERIES:
        ax.set_xticks(mdates.date2num(every.to_pydatetime()), minor=True)
    half = pd.Timedelta(days=3.5)
    ax.set_xlim(mdates.date2num(every[0] - half), mdates.date2num(every[-1] + half))


def _english() -> bool:
    return i18n.current() == i18n.SOURCE


def _percent(share: float, english: str) -> str:
    """A percentage in a plot's label: the English form as given, else the report language's."""
    return english if _english() else formatting.fmt_share(share)


def _day_month(day: pd.Timestamp) -> str:
    """A week's tick: "8 Jan" in English, else the locale's day and month ("8. Jan.")."""
    if _english():
        return f"{day.day} {day:%b}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day.date(), locale=i18n.locale())


def _weekdays() -> tuple[str, ...]:
    """Monday to Sunday, abbreviated, in the report's language."""
    if _english():
        return WEEKDAYS
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", context="stand-alone", locale=i18n.locale())
    return tuple(names[k] for k in range(7))


def _no_data(ax, what: str | None = None) -> None:
    ax.text(
        0.5,
        0.5,
        what or _("not enough data to plot"),
        ha="center",
        va="center",
        transform=ax.transAxes,
        color="#555555",
        gid=NO_DATA,
    )
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_gid(NO_DATA)


def no_data_reason(fig: Figure) -> str | None:
    """Why ``fig`` shows nothing (e.g. "not enough data to plot") when every panel of it is
    empty, else None. The report writes this line instead of rendering an empty plot."""
    if not fig.axes or any(ax.get_gid() != NO_DATA for ax in fig.axes):
        return None
    reasons = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == NO_DATA]
    return "; ".join(dict.fromkeys(reasons)) or None


def no_data_reasons(figures: Mapping[str, Figure]) -> dict[str, str]:
    """Figure key -> :func:`no_data_reason`, for the figures that show nothing."""
    return {
        key: reason for key, fig in figures.items() if (reason := no_data_reason(fig)) is not None
    }


def _colors(participants: Sequence[str], colors: Mapping[str, str] | None) -> dict[str, str]:
    return dict(colors) if colors else person_colors(participants)


def _value(values: pd.DataFrame, measure: str, participant: str) -> tuple[float, float, float]:
    hit = values[(values["measure"] == measure) & (values["participant"] == participant)]
    if hit.empty:
        return float("nan"), float("nan"), float("nan")
    row = hit.iloc[0]
    return float(row["value"]), float(row.get("ci_low", np.nan)), float(row.get("ci_high", np.nan))


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


#: Bars narrower than this share (%) carry no percentage: it would not fit inside.
_LABEL_SHARE = 12


def _ink(hex_color: str) -> str:
    """Black or white text, whichever reads better on ``hex_color``."""
    r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#FFFFFF"


def _weekly(weekly: pd.DataFrame, measure: str) -> pd.DataFrame:
    """``week`` x participant table of one weekly measure (NaN where missing)."""
    sub = weekly[weekly["measure"] == measure]
    if sub.empty:
        return pd.DataFrame()
    return sub.pivot_table(
        index="week",
        columns="participant",
        values="value",
        aggfunc="first",
        observed=True,
        dropna=False,
    ).sort_index()


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


_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^)"]+)')


def to_svg(fig: Figure, key: str, *, title: str = "") -> str:
    """Inline SVG markup of ``fig`` (real text, no XML prologue), every id prefixed by ``key``.

    Matplotlib names elements ``figure_1``, ``axes_1``, ... in every figure, and clip paths by a
    hash; several figures in one page would clash, so ids and their ``url(#...)``/``href="#..."``
    references are rewritten. The hash salt is fixed so the same figure gives the same markup.
    ``title`` becomes the SVG's accessible name (escaped).
    """
    buffer = io.StringIO()
    with matplotlib.rc_context({**_RC, "svg.hashsalt": key}), warnings.catch_warnings():
        # the SVG keeps real text, which the browser draws with its own fonts (emoji included);
        # matplotlib only lays it out with DejaVu Sans and would warn about glyphs it lacks
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = _ID.sub(lambda m: f'id="{key}-{m.group(1)}"', text)
    text = _REF.sub(lambda m: f"{m.group(1)}{key}-{m.group(2)}", text)
    text = re.sub(
        r'<svg ([^>]*?)width="[^"]*" height="[^"]*"',
        rf'<svg \1role="img" aria-labelledby="{key}-title" class="plot"',
        text,
        count=1,
    )
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, count=1, flags=re.S)
    head = text.index(">") + 1
    return f'{text[:head]}<title id="{key}-title">{xml_escape(title)}</title>{text[head:]}'


#: Figures whose layout :func:`freeze_layout` fixed (their constrained layout is not re-run).
_FROZEN = "_chat_balance_frozen_layout"


def freeze_layout(fig: Figure) -> None:
    """Keep ``fig``'s layout as its last rendering left it: later renderings skip matplotlib's
    constrained layout, about a third of drawing a figure.

    The report freezes each figure once its SVG is drawn, so the PNG for the PDF reuses that
    layout instead of computing it again (sizes are in points, the same at any dpi).
    """
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
        fig.set_layout_engine("none")
        setattr(fig, _FROZEN, True)


def to_png(fig: Figure, *, dpi: int = 150, text: Callable[[str], str] | None = None) -> bytes:
    """PNG bytes of ``fig`` (for the PDF).

    ``text``, when given, rewrites every label for the raster (the PDF passes its emoji-to-name
    function, since DejaVu Sans has no emoji glyphs); the figure is restored afterwards, so the
    same Figure still renders its original text as SVG. A figure whose layout was frozen
    (:func:`freeze_layout`) is laid out again for this raster when a label changed, since the
    new text may be longer.
    """
    import matplotlib.text

    undo: list[Callable[[], None]] = []
    if text is not None:
        for axis in [a for ax in fig.axes for a in (ax.xaxis, ax.yaxis)]:
            formatter = axis.get_major_formatter()
            if not isinstance(
                formatter, matplotlib.ticker.FixedFormatter | matplotlib.ticker.FuncFormatter
            ):
                continue
            labels = formatter.format_ticks(axis.get_majorticklocs())
            if all(text(str(label)) == str(label) for label in labels):
                continue  # no tick label changes
            axis.set_major_formatter(
                matplotlib.ticker.FuncFormatter(lambda x, pos, f=formatter: text(str(f(x, pos))))
            )
            undo.append(lambda a=axis, f=formatter: a.set_major_formatter(f))
        for artist in fig.findobj(matplotlib.text.Text):
            original = artist.get_text()
            changed = text(original)
            if changed != original:
                artist.set_text(changed)
                undo.append(lambda a=artist, t=original: a.set_text(t))
    relayout = bool(undo) and getattr(fig, _FROZEN, False)  # some text changed: lay out anew
    if relayout:
        fig.set_layout_engine("constrained")
    buffer = io.BytesIO()
    try:
        with matplotlib.rc_context(_RC):
            fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    finally:
        for step in reversed(undo):
            step()
        if relayout:
            fig.set_layout_engine("none")
    return buffer.getvalue()
