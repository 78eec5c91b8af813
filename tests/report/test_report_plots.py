"""Plots: each returns a labelled Figure, colours stay with a person, SVG ids are unique."""

from __future__ import annotations

import re

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from analyzer.report import plots
from analyzer.report.pdf import pdf_text
from analyzer.report.view import FIGURES, figures

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
    }[what]  # the heart becomes ":red_heart:"
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
