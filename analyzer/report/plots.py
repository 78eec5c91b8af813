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

The plots live by the report section that shows them (:mod:`.plots_balance`,
:mod:`.plots_depth`, :mod:`.plots_activity`) over what they share (:mod:`.plot_frame`);
this module gathers them and renders a figure as SVG or PNG.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable
from xml.sax.saxutils import escape as xml_escape

import matplotlib
import matplotlib.ticker
from matplotlib.figure import Figure

from analyzer.report.plot_frame import (  # noqa: F401  (gathered: callers use plots.<name>)
    _RC,
    _WIDTH,
    DOMINANCE,
    FONT,
    LEGEND,
    LONG_SERIES,
    NAME_LIMIT,
    NO_DATA,
    OKABE_ITO,
    WEEK_TICKS,
    WEEKDAYS,
    WITH_DEVANAGARI,
    _legend_columns,
    _text_width,
    name,
    no_data_reason,
    no_data_reasons,
    person_colors,
)
from analyzer.report.plots_activity import (  # noqa: F401  (gathered: callers use plots.<name>)
    activity_heatmap,
    weekly_volume,
)
from analyzer.report.plots_balance import (  # noqa: F401  (gathered: callers use plots.<name>)
    PROFILE_DIMENSIONS,
    SHARE_DIMENSIONS,
    _share_table,
    balance_profile,
    initiations,
    reply_latency,
    share_over_time,
    talk_shares,
    turn_lengths,
)
from analyzer.report.plots_depth import (  # noqa: F401  (gathered: callers use plots.<name>)
    RESPONSE_COLORS,
    RESPONSE_LABELS,
    RESPONSES,
    TIER_COLORS,
    TIER_LABELS,
    depth_over_time,
    depth_tiers,
    disclosure_responses,
)

__all__ = [
    "DOMINANCE",
    "FONT",
    "LEGEND",
    "LONG_SERIES",
    "NAME_LIMIT",
    "NO_DATA",
    "OKABE_ITO",
    "PROFILE_DIMENSIONS",
    "RESPONSES",
    "RESPONSE_COLORS",
    "RESPONSE_LABELS",
    "SHARE_DIMENSIONS",
    "TIER_COLORS",
    "TIER_LABELS",
    "WEEKDAYS",
    "WEEK_TICKS",
    "activity_heatmap",
    "balance_profile",
    "depth_over_time",
    "depth_tiers",
    "disclosure_responses",
    "initiations",
    "name",
    "no_data_reason",
    "no_data_reasons",
    "person_colors",
    "reply_latency",
    "share_over_time",
    "talk_shares",
    "turn_lengths",
    "weekly_volume",
    "freeze_layout",
    "to_png",
    "to_svg",
]

_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^)"]+)')


def _fallback_fonts(fig: Figure) -> dict[str, object]:
    """When a text of ``fig`` (a tick label included) has a Devanagari letter, give every text
    of it the font list that falls back to the shipped Noto Sans Devanagari
    (:data:`WITH_DEVANAGARI`), and return the setting that gives it to the texts drawing creates
    (tick labels); else change nothing and return no setting."""
    texts = fig.findobj(matplotlib.text.Text)
    texts += [t for ax in fig.axes for t in (*ax.get_xticklabels(), *ax.get_yticklabels())]
    if not any(_DEVANAGARI.search(text.get_text()) for text in texts):
        return {}
    for text in texts:
        if text.get_fontfamily() != WITH_DEVANAGARI:
            text.set_fontfamily(WITH_DEVANAGARI)
    return {"font.family": WITH_DEVANAGARI}


#: A Devanagari letter (the main block, its extensions and Vedic signs).
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")


def to_svg(fig: Figure, key: str, *, title: str = "") -> str:
    """Inline SVG markup of ``fig`` (real text, no XML prologue), every id prefixed by ``key``.

    Matplotlib names elements ``figure_1``, ``axes_1``, ... in every figure, and clip paths by a
    hash; several figures in one page would clash, so ids and their ``url(#...)``/``href="#..."``
    references are rewritten. The hash salt is fixed so the same figure gives the same markup.
    ``title`` becomes the SVG's accessible name (escaped).
    """
    fonts = _fallback_fonts(fig)
    buffer = io.StringIO()
    with matplotlib.rc_context({**_RC, **fonts, "svg.hashsalt": key}), warnings.catch_warnings():
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
    fonts = _fallback_fonts(fig)
    buffer = io.BytesIO()
    try:
        with matplotlib.rc_context({**_RC, **fonts}):
            fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    finally:
        for step in reversed(undo):
            step()
        if relayout:
            fig.set_layout_engine("none")
    return buffer.getvalue()
