"""What every plot shares: the palette, the fonts and text sizes, the figure and legend layout,
week axes, labels in the report's language and the "not enough data" message.

The plots themselves are in :mod:`.plots_balance`, :mod:`.plots_depth` and
:mod:`.plots_activity` (by the report section that shows them); :mod:`.plots` gathers them.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analyzer.report import formatting, i18n
from analyzer.report.i18n import _
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
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: The smallest text in a plot, in points. Figures are :data:`_WIDTH` wide and the report scales
#: them to the page: on a 390 px phone (358 px of text width) one point is about one CSS pixel,
#: so no text is smaller than about 10 px there; on a wide screen the page caps the plot's width.
FONT = 10
#: The font list of a figure with Devanagari text (:func:`analyzer.report.plots.fallback_fonts`):
#: named, not only "sans-serif" (a generic family resolves to one font), so a letter DejaVu Sans
#: lacks falls back to the shipped Noto Sans Devanagari; sans-serif stays last for the SVG in a
#: browser without either font. Other figures keep DejaVu Sans alone (a fallback costs time).
WITH_DEVANAGARI = ["DejaVu Sans", "Noto Sans Devanagari", "sans-serif"]
_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
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
        item.set_fontfamily("sans-serif")
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
            plain, FontProperties(family=WITH_DEVANAGARI, size=size), ismath=False
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

    return format_skeleton("MMMd", day.date(), locale=i18n.babel_locale())


def _weekdays() -> tuple[str, ...]:
    """Monday to Sunday, abbreviated, in the report's language."""
    if _english():
        return WEEKDAYS
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", context="stand-alone", locale=i18n.babel_locale())
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
