"""Plots: each returns a labelled Figure, colours stay with a person, SVG ids are unique."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from analyzer.report import plots
from analyzer.report.pdf import pdf_text
from analyzer.report.view import FIGURES, figures

# matplotlib measures emoji names (the group below has one) with DejaVu Sans, which lacks them
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

TITLES = {
    "talk_shares": "Talk shares by dimension",
    "balance_profile": "Balance profile",
    "share_over_time": "Share of words, week by week",
    "turn_lengths": "Messages per turn (monologue length)",
    "initiations": "Who starts the conversations",
    "reply_latency": "Reply time within sessions",
    "depth_tiers": "Depth of messages, by deepest tier",
    "depth_over_time": "Emotion words per 100 words, week by week",
    "disclosure_responses": "Feeling statements and the replies they met",
    "weekly_volume": "Messages per week",
    "activity_heatmap": "When messages are sent (weekday × hour)",
}


@pytest.fixture(scope="module")
def figs(fake):
    return figures(fake)


def test_one_figure_per_report_plot(figs):
    assert list(figs) == [key for key, _s, _c in FIGURES]


@pytest.mark.parametrize("key", list(TITLES))
def test_title_and_axis_label(figs, key):
    fig = figs[key]
    ax = fig.axes[0]
    assert isinstance(fig, Figure)
    assert ax.get_title() == TITLES[key]
    assert ax.get_xlabel() != ""


@pytest.mark.parametrize("key", ["talk_shares", "weekly_volume", "turn_lengths"])
def test_same_colour_for_a_person_everywhere(fake, figs, key):
    person = fake.participants[1]
    expected = plots.person_colors(fake.participants)[person].lower()
    bars = [c for c in figs[key].axes[0].containers if c.get_label().startswith(person)]
    assert to_hex(bars[0].patches[0].get_facecolor()) == expected == "#e69f00"


@pytest.mark.parametrize(
    ("func", "args"),
    [
        pytest.param(plots.turn_lengths, "turns", id="turn_lengths"),
        pytest.param(plots.initiations, "sessions", id="initiations"),
        pytest.param(plots.reply_latency, "replies", id="reply_latency"),
    ],
)
def test_empty_tables_say_not_enough_data(fake, func, args):
    empty = getattr(fake, args).iloc[0:0]
    fig = func(empty, fake.participants)
    assert [t.get_text() for t in fig.axes[0].texts] == ["not enough data to plot"]


def test_empty_weekly_says_not_enough_data(fake):
    fig = plots.share_over_time(fake.measures.weekly.iloc[0:0], fake.participants)
    assert [t.get_text() for t in fig.axes[0].texts] == ["not enough data to plot"]


def test_a_plot_with_nothing_to_show_says_why(fake, figs):
    empty = plots.disclosure_responses(fake.measures.disclosures.iloc[0:0], fake.participants)
    assert (plots.no_data_reason(empty), plots.no_data_reason(figs["disclosure_responses"])) == (
        "no feeling statements",
        None,
    )


def test_svg_ids_prefixed_and_title_escaped(figs):
    svg = plots.to_svg(figs["talk_shares"], "fig-x", title="a <b> & c")
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids and all(i.startswith("fig-x-") for i in ids)
    assert '<title id="fig-x-title">a &lt;b&gt; &amp; c</title>' in svg
    assert not svg.startswith("<?xml")


def test_svg_text_is_real_text(figs):
    svg = plots.to_svg(figs["talk_shares"], "k")
    assert "<text" in svg and ">Talk shares by dimension</text>" in svg


def test_svg_is_deterministic(fake):
    a = plots.to_svg(plots.talk_shares(fake.measures.values, fake.participants), "k")
    b = plots.to_svg(plots.talk_shares(fake.measures.values, fake.participants), "k")
    assert a == b


def test_png_bytes(figs):
    assert plots.to_png(figs["initiations"], dpi=40)[:8] == b"\x89PNG\r\n\x1a\n"


def test_heatmap_counts_every_message(fake, figs):
    image = figs["activity_heatmap"].axes[0].images[0].get_array()
    assert int(image.sum()) == int(fake.messages["author"].notna().sum())


def test_depth_tiers_without_lexicon(factory):
    result = factory(lexicon_applied=False)
    fig = plots.depth_tiers(result.measures.values, result.participants)
    assert [t.get_text() for t in fig.axes[0].texts] == [
        "depth lexicon not applied or no text messages"
    ]


def test_group_colours_cycle_after_eight():
    people = [f"P{i}" for i in range(9)]
    colors = plots.person_colors(people)
    assert colors["P8"] == colors["P0"] and len(set(colors.values())) == 8


def test_turn_lengths_shares_per_person(fake):
    fig = plots.turn_lengths(fake.turns, fake.participants)
    first = fig.axes[0].containers[0]
    total = sum(bar.get_height() for bar in first)
    assert total == pytest.approx(100.0)


@pytest.fixture(scope="module")
def long_chat(factory_module):
    return factory_module(n_messages=2500, weeks=150, seed=4)


@pytest.fixture(scope="module")
def factory_module():
    from tests.report.fake import make_analysis

    return make_analysis


def test_long_chat_volume_is_areas_not_bars(long_chat):
    fig = plots.weekly_volume(long_chat.measures.weekly, long_chat.participants)
    ax = fig.axes[0]
    assert (len(ax.patches), len(ax.collections)) == (0, 2)
    assert [t.get_text() for t in fig.legends[0].get_texts()][-1] == "13-week mean"


def test_long_chat_share_has_no_markers(long_chat):
    fig = plots.share_over_time(long_chat.measures.weekly, long_chat.participants)
    assert fig.axes[0].collections == [] or all(
        len(c.get_offsets()) == 0 for c in fig.axes[0].collections
    )
    assert fig.axes[0].get_xlabel() == "week (gaps: too few messages to count)"


@pytest.mark.parametrize(
    ("person", "label"),
    [("Ana", "Ana"), ("x" * 24, "x" * 24), ("y" * 30, "y" * 23 + "…")],
    ids=["short", "at-limit", "cut"],
)
def test_long_names_cut_in_plot_labels(person, label):
    assert plots.name(person) == label


def _layout(fig) -> list[tuple[float, ...]]:
    return [tuple(round(v, 6) for v in ax.get_position().bounds) for ax in fig.axes]


def test_frozen_layout_is_reused_by_the_png(fake):
    fig = plots.turn_lengths(fake.turns, list(fake.participants))
    plots.to_svg(fig, "t")
    after_svg = _layout(fig)
    plots.freeze_layout(fig)
    plots.to_png(fig, dpi=120, text=pdf_text)  # the PDF's text: nothing to change here
    assert (fig.get_layout_engine().__class__.__name__, _layout(fig)) == (
        "PlaceHolderLayoutEngine",
        after_svg,
    )
    unfrozen = plots.turn_lengths(fake.turns, list(fake.participants))
    plots.to_svg(unfrozen, "t")
    plots.to_png(unfrozen, dpi=120)  # laid out again at 120 dpi: the axes move a little
    assert _layout(unfrozen) != after_svg


@pytest.mark.parametrize("what", ["title", "tick label"])
def test_frozen_layout_is_redone_when_the_png_text_changes(fake, what):
    fig = (
        plots.initiations(fake.sessions, ["Ana ❤️", "Ben"])
        if what == "tick label"
        else plots.turn_lengths(fake.turns, list(fake.participants))
    )
    plots.to_svg(fig, "t")
    plots.freeze_layout(fig)
    before = _layout(fig)
    longer = {
        "title": lambda t: t + " (a much longer label)" if t.startswith("Messages") else t,
        "tick label": pdf_text,
    }[what]  # the heart becomes "[heart]"
    plots.to_png(fig, dpi=120, text=longer)
    # laid out for the longer text, then frozen again; the text is restored
    assert (
        fig.get_layout_engine().__class__.__name__,
        _layout(fig) != before,
        fig.axes[0].get_yticklabels()[0].get_text()
        if what == "tick label"
        else fig.axes[0].get_title(),
    ) == (
        "PlaceHolderLayoutEngine",
        True,
        "Ana ❤️" if what == "tick label" else "Messages per turn (monologue length)",
    )


# ---------------------------------------------------------------- layout: legends, text, weeks

GROUP = ("Hannah Montgomery-Smith", "Chloe", "+44 7700 900123", "Dev 🎸", "Sam", "Alex")


@pytest.fixture(scope="module")
def group_figs(factory_module):
    return figures(factory_module(participants=GROUP, n_messages=900, seed=5))


def _drawn(fig, key):
    """Lay ``fig`` out as the report does (its SVG) and return a renderer that measures text as
    the SVG sets it (points, 72 per inch; the figure's dpi set to match)."""
    import io

    from matplotlib.backends.backend_svg import RendererSVG

    plots.to_svg(fig, key)
    fig.set_dpi(72)
    width, height = fig.get_size_inches()
    return RendererSVG(width, height, io.StringIO(), image_dpi=72)


@pytest.mark.parametrize("chat", ["pair", "group"])
@pytest.mark.parametrize("key", [k for k in TITLES if k != "activity_heatmap"])
def test_legend_is_inside_the_figure_and_off_the_plot(figs, group_figs, chat, key):
    fig = (figs if chat == "pair" else group_figs)[key]
    renderer = _drawn(fig, key)
    (legend,) = fig.legends
    box = legend.get_window_extent(renderer)
    area = fig.bbox
    plot = fig.axes[0].get_window_extent(renderer)
    assert (legend.get_gid(), fig.axes[0].get_legend()) == (plots.LEGEND, None)
    assert area.x0 - 0.5 <= box.x0 and box.x1 <= area.x1 + 0.5  # nothing cut at the sides
    assert area.y0 - 0.5 <= box.y0 and box.y1 <= plot.y0  # below the plot, not over its bars


@pytest.mark.parametrize("chat", ["pair", "group"])
@pytest.mark.parametrize("key", list(TITLES))
def test_all_text_at_least_ten_points_inside_the_figure(figs, group_figs, chat, key):
    import matplotlib.text

    fig = (figs if chat == "pair" else group_figs)[key]
    renderer = _drawn(fig, key)
    texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text()]
    small = {t.get_text(): t.get_fontsize() for t in texts if t.get_fontsize() < plots.FONT}
    # tick labels are measured through their axis, which skips the ticks it does not draw
    ticks = {id(t) for ax in fig.axes for t in ax.get_xticklabels() + ax.get_yticklabels()}
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in texts if id(t) not in ticks}
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            boxes[f"{axis.axis_name} axis of {ax.get_label() or 'the plot'}"] = (
                axis.get_tightbbox(renderer)  # None for an axis without ticks (colour bar)
            )
    outside = [
        what
        for what, box in boxes.items()
        if box is not None and (box.x0 < -0.5 or box.x1 > fig.bbox.x1 + 0.5)
    ]
    assert (fig.get_figwidth(), small, outside) == (4.8, {}, [])


def test_weekly_ticks_on_the_mondays_of_the_weekly_bins(fake, figs):
    import matplotlib.dates as mdates

    weeks = {pd.Timestamp(w) for w in fake.measures.weekly["week"].unique()}
    for key in ("share_over_time", "depth_over_time", "weekly_volume"):
        ax = figs[key].axes[0]
        def when(locs):
            return [pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in locs]

        ticks = when(ax.get_xticks())
        assert set(ticks) <= weeks
        assert [t.get_text() for t in ax.get_xticklabels()] == [
            "1 Jan\n2024",
            "15 Jan",
            "29 Jan",
            "12 Feb",
            "26 Feb",
        ]
        minor = when(ax.get_xticks(minor=True))
        assert sorted(ticks + minor) == sorted(weeks)  # a minor tick on every other week


def test_weekly_volume_bars_centred_on_their_week(fake, figs):
    import matplotlib.dates as mdates

    bars = figs["weekly_volume"].axes[0].containers[0].patches
    centres = [pd.Timestamp(mdates.num2date(b.get_x() + b.get_width() / 2)) for b in bars]
    first = pd.Timestamp(fake.measures.weekly["week"].min())
    assert [c.tz_localize(None) for c in centres[:2]] == [first, first + pd.Timedelta(days=7)]


def test_long_chat_ticks_every_half_year_with_the_year_where_it_changes(long_chat):
    fig = plots.weekly_volume(long_chat.measures.weekly, long_chat.participants)
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["1 Jan\n2024", "1 Jul", "30 Dec", "30 Jun\n2025", "29 Dec", "29 Jun\n2026"]
    assert fig.axes[0].get_xticks(minor=True).size == 0  # too many weeks for a tick each


@pytest.mark.parametrize(
    ("labels", "columns"),
    [
        (["Tom", "Priya"], 2),
        (["0 logistics", "1 surface", "2 named emotion", "3 vulnerable"], 2),
        (["responsive", "minimal", "shift to own story", "invalidating", "no reply"], 3),
        (["Tom (median 2 min, n = 183)", "Priya (median 2 min, n = 189)"], 1),
    ],
    ids=["two-names", "four-tiers", "five-replies", "long-labels"],
)
def test_legend_columns_fit_the_width(labels, columns):
    assert plots._legend_columns(labels, plots._WIDTH) == columns


def test_initiations_legend_below_the_bars(fake, figs):
    fig = figs["initiations"]
    renderer = _drawn(fig, "initiations")
    legend = fig.legends[0].get_window_extent(renderer)
    tops = [t.get_window_extent(renderer).y0 for t in fig.axes[0].texts]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["not answered by anyone"]
    assert legend.y1 < min(tops)


def _overlapping_tick_labels(fig, renderer) -> list[tuple[str, str]]:
    out = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            drawn = [t.label1 for t in axis._update_ticks() if t.label1.get_visible()]
            boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in drawn if t.get_text()]
            out += [
                (a, b)
                for i, (a, box) in enumerate(boxes)
                for b, other in boxes[i + 1 :]
                if box.overlaps(other)
            ]
    return out


@pytest.mark.parametrize("chat", ["pair", "group", "long"])
def test_no_tick_labels_overlap(figs, group_figs, long_chat, chat):
    found = {}
    shown = {"pair": figs, "group": group_figs}.get(chat) or figures(long_chat)
    for key, fig in shown.items():
        if overlaps := _overlapping_tick_labels(fig, _drawn(fig, key)):
            found[key] = overlaps
    assert found == {}


def test_reply_time_ticks_apart_over_a_whole_day():
    seconds = np.geomspace(1, 86_400, 300)
    replies = pd.DataFrame({"author": ["Ana", "Ben"] * 150, "latency_s": seconds})
    fig = plots.reply_latency(replies, ["Ana", "Ben"])
    renderer = _drawn(fig, "r")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["1 s", "10 s", "1 min", "10 min", "1 h", "4 h", "1 day"]
    assert _overlapping_tick_labels(fig, renderer) == []


def test_devanagari_names_are_drawn_with_the_shipped_font_not_as_boxes():
    import warnings

    import matplotlib.text

    from tests.report.fake import make_analysis

    hindi = make_analysis(participants=("प्रिया", "राहुल"))
    fig = plots.turn_lengths(hindi.turns, hindi.participants)
    texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    assert any(text.startswith("प्रिया (") for text in texts)  # the legend entry
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise here
        assert plots.to_png(fig, dpi=40)[:8] == b"\x89PNG\r\n\x1a\n"
