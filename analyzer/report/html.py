"""The HTML report: one self-contained file (docs/design.md, section 5).

Jinja2 with autoescape on and ``StrictUndefined`` renders the view model of
:mod:`analyzer.report.view`; the stylesheet and the plots (inline SVG with real text) are
embedded, so the page makes no request at all. A Content-Security-Policy meta tag forbids
scripts and any fetch except inline ``data:`` images, as a second line of defence.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from markupsafe import Markup

from analyzer.report import check_writable, write_report_file

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from analyzer.report.blocks import ReportView
    from analyzer.result import Analysis


@cache
def _environment():
    import jinja2

    from analyzer.report import i18n

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("analyzer.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # the template's sentences come from the report's catalogue, in the language in use
    env.install_gettext_callables(i18n._, i18n.ngettext, newstyle=True)
    return env


@cache
def _css() -> str:
    return resources.files("analyzer.report").joinpath("templates/report.css").read_text("utf-8")


def figure_svgs(
    figures: dict[str, Figure], *, each: Callable[[str, Figure], None] | None = None
) -> dict[str, Markup]:
    """Inline SVG of every figure that has something to show, keyed like ``figures``.

    Each figure keeps the layout its SVG computed (:func:`analyzer.report.plots.freeze_layout`),
    so a PNG of it drawn afterwards skips the layout; ``each(key, figure)``, when given, is
    called after each SVG (the report draws the PDF's PNG there while the figure is fresh).
    """
    from analyzer.report import plots
    from analyzer.report import view as view_module

    captions = {key: view_module._(caption) for key, _section, caption in view_module.FIGURES}
    empty = plots.no_data_reasons(figures)
    svgs = {}
    for key, fig in figures.items():
        if key in empty:
            continue
        svgs[key] = Markup(plots.to_svg(fig, f"fig-{key}", title=captions.get(key, key)))
        plots.freeze_layout(fig)
        if each is not None:
            each(key, fig)
    return svgs


def render_html(
    analysis: Analysis,
    *,
    figures: dict[str, Figure] | None = None,
    view: ReportView | None = None,
    svgs: dict[str, Markup] | None = None,
    report_language: str | None = None,
) -> str:
    """The report as one HTML string. ``figures``/``view`` may be passed in to reuse them, and
    ``svgs`` (:func:`figure_svgs` of those figures) if already drawn. ``report_language``:
    "auto" (the chat's language when the report has a catalogue for it, else English), "en",
    "pt", "es", "de" or "fr"; None keeps the language in use (English unless a caller chose one)."""
    from analyzer.report import i18n

    with i18n.for_chat(report_language, analysis.measures.language):
        return _render_html(analysis, figures=figures, view=view, svgs=svgs)


def _render_html(analysis, *, figures, view, svgs) -> str:
    from analyzer import __version__
    from analyzer.report import plots
    from analyzer.report import view as view_module

    view = view if view is not None else view_module.build(analysis)
    figures = figures if figures is not None else view_module.figures(analysis)
    empty = plots.no_data_reasons(figures)
    svgs = svgs if svgs is not None else figure_svgs(figures)
    template = _environment().get_template("report.html.j2")
    page = template.render(
        view=view, svgs=svgs, empty=empty, css=Markup(_css()), version=__version__, fonts=None
    )
    letters = "".join(sorted(set(_DEVANAGARI.findall(page))))
    if letters:  # drawn with the shipped font when the reader's system has none
        page = template.render(
            view=view,
            svgs=svgs,
            empty=empty,
            css=Markup(_css()),
            version=__version__,
            fonts=Markup(devanagari_font_faces(letters)),
        )
    return visible_controls(page)


#: Letters of the Devanagari script (the main block, its extensions and Vedic signs).
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")


@cache
def devanagari_font_faces(letters: str) -> str:
    """``@font-face`` rules for Noto Sans Devanagari (regular and bold, shipped in
    ``report/fonts/``) as "chat-balance Devanagari", first in the page's font lists, each
    subset to ``letters`` with the glyphs their conjuncts and vowel signs need, as WOFF data
    URIs (about 40 kB each), limited by ``unicode-range`` to the Devanagari blocks: a Hindi page
    stays self-contained and reads the same on every machine."""
    import base64
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    from analyzer.report.pdf_fonts import DEVANAGARI_FILES, shipped_fonts

    rules = []
    for weight, style in ((400, ""), (700, "B")):
        font = TTFont(shipped_fonts() / DEVANAGARI_FILES[style], recalcTimestamp=False)
        options = subset.Options()
        options.layout_features = ["*"]  # every shaping feature: conjuncts, reordered signs
        options.flavor = "woff"
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=letters)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "chat-balance Devanagari"; font-weight: {weight}; '
            f"src: url(data:font/woff;base64,{data}) format(\"woff\"); "
            "font-display: block; "
            "unicode-range: U+0900-097F, U+1CD0-1CFF, U+A8E0-A8FF, U+200C-200D, U+25CC; }"
        )
    # the plots' text names its fonts inline (DejaVu Sans first): Devanagari takes this one
    rules.append(
        'svg.plot text { font-family: "chat-balance Devanagari", "DejaVu Sans", sans-serif '
        "!important; }"
    )
    return "\n".join(rules)


#: Characters HTML does not allow in a document (a parse error; a browser shows NUL as U+FFFD and
#: may drop others): C0 controls other than tab, line feed, form feed and carriage return, DEL and
#: the C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _picture(match: re.Match) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: NUL -> U+2400, ESC -> U+241B
    return "\u2421" if code == 0x7F else "\ufffd"


def visible_controls(page: str) -> str:
    """``page`` with each control character a chat may hold drawn as its visible symbol."""
    return _CONTROLS.sub(_picture, page)


def write_html(
    analysis: Analysis,
    path: str | os.PathLike,
    *,
    figures: dict[str, Figure] | None = None,
    view: ReportView | None = None,
    svgs: dict[str, Markup] | None = None,
    report_language: str | None = None,
) -> None:
    """Write :func:`render_html` to ``path`` (UTF-8); an unwritable path is an AnalyzerError."""
    check_writable(path)
    text = render_html(
        analysis, figures=figures, view=view, svgs=svgs, report_language=report_language
    )
    write_report_file(path, text)
