"""The PDF report: the same view model as the HTML, drawn with fpdf2 (pip-only, no system
libraries), each section starting a page, page one scaled down (from the start) when its blocks
would spill onto a second page.

Its parts: :mod:`analyzer.report.pdf_fonts` (the fonts, and text as the PDF writes it: emoji as
words, names the font cannot draw as "[Person A]"), :mod:`analyzer.report.pdf_writer` (the pieces
of a page and the blocks), :mod:`analyzer.report.pdf_glance` (page one's picture, findings and
chips), :mod:`analyzer.report.pdf_signs` (the sign cards); every name stays importable from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from analyzer.report import check_writable, write_report_file
from analyzer.report.blocks import Definitions
from analyzer.report.i18n import N_, _
from analyzer.report.pdf_fonts import (  # noqa: F401  (pdf.* is one namespace)
    _DEVANAGARI,
    _STAND_INS,
    DEVANAGARI,
    DEVANAGARI_FILES,
    FONT,
    _covered,
    _has_letters,
    _make_pdf,
    _needs_shaping,
    font_dir,
    pdf_text,
    shipped_fonts,
    stand_ins,
    stand_ins_longest_first,
)
from analyzer.report.pdf_glance import _MUTED
from analyzer.report.pdf_signs import PDF_EXAMPLES, SignDrawing  # noqa: F401
from analyzer.report.pdf_writer import MAX_COLUMNS, PLOT_SCALE, _Writer  # noqa: F401

if TYPE_CHECKING:
    from fpdf import FPDF
    from matplotlib.figure import Figure

    from analyzer.report.blocks import ReportView, Section
    from analyzer.result import Analysis

#: Resolution of the plots in the PDF (170 mm wide: about 125 pixels per inch on paper).
PNG_DPI = 120


def figure_png(fig: Figure, names: dict[str, str] | None = None) -> bytes:
    """A figure as the PDF embeds it: PNG at 120 dpi, its text as :func:`pdf_text` writes it
    (with the stand-ins ``names``, when drawn outside :func:`render_pdf`)."""
    from analyzer.report import plots

    return plots.to_png(fig, dpi=PNG_DPI, text=lambda text: pdf_text(text, names))


def render_pdf(
    analysis: Analysis,
    *,
    figures: dict[str, Figure] | None = None,
    view: ReportView | None = None,
    png: Callable[[str], bytes] | None = None,
    report_language: str | None = None,
) -> bytes:
    """The report as PDF bytes. ``figures``/``view`` may be passed in to reuse them; ``png``
    (figure key -> PNG bytes, as :func:`figure_png` draws them) may supply the figures' PNGs,
    else each is drawn when the page reaches it. ``report_language``: as for
    :func:`analyzer.report.html.render_html`."""
    from analyzer.report import i18n

    with i18n.for_chat(report_language, analysis.measures.language):
        return _render_pdf(analysis, figures=figures, view=view, png=png)


def _render_pdf(analysis, *, figures, view, png) -> bytes:
    from analyzer.report import plots
    from analyzer.report import view as view_module

    view = view if view is not None else view_module.build(analysis)
    figures = figures if figures is not None else view_module.figures(analysis)
    names = stand_ins_longest_first(analysis)
    _STAND_INS.clear()
    _STAND_INS.update(names)
    try:
        return _render(analysis, view, figures, plots, bool(names), png)
    finally:
        _STAND_INS.clear()


def _render(
    analysis: Analysis,
    view: ReportView,
    figures: dict[str, Figure],
    plots,
    has_stand_ins: bool,
    png: Callable[[str], bytes] | None,
) -> bytes:
    empty = plots.no_data_reasons(figures)
    if png is None:

        def png(key: str) -> bytes:
            return figure_png(figures[key])

    sizes = {key: tuple(fig.get_size_inches()) for key, fig in figures.items()}
    end = analysis.period[1]
    created = None if end is None else end.to_pydatetime().replace(tzinfo=None, microsecond=0)
    shaping = _needs_shaping(view, _STAND_INS)
    from analyzer.report.view import PLOT_PEOPLE, plot_people

    shown, folded = plot_people(analysis, limit=2 * PLOT_PEOPLE)
    everyone = set(analysis.participants)
    people = (everyone, set(shown) - set(folded.values()) if folded else set())

    def writer_on(pdf: FPDF) -> _Writer:
        if shaping:
            # Arabic and Hebrew in quotes joined and laid out right to left, Devanagari's vowel
            # signs and conjuncts in place: by HarfBuzz
            pdf.set_text_shaping(use_shaping_engine=True)
        return _Writer(pdf, png, sizes, empty, people)

    devanagari = _has_letters(view, _STAND_INS, _DEVANAGARI)
    for zoom in PAGE_ONE_ZOOMS:
        pdf = _make_pdf(view.title, created, devanagari)
        writer = writer_on(pdf)
        writer.zoom = zoom
        pdf.add_page()
        _title_lines(writer, view, has_stand_ins)
        pdf.start_section(pdf_text(view.sections[0].title))
        _section(writer, view.sections[0])
        if pdf.page == 1:
            break  # page one fits: the rest follows at full size (else: smaller, from the start)
    writer.zoom = 1.0
    for section in view.sections[1:]:
        pdf.start_section(pdf_text(section.title))
        _section(writer, section)
    return bytes(pdf.output())


#: Scales tried for page one, largest first, until its blocks fit on one page (a language whose
#: sentences run longer than English's, or a group with many people); the last is used anyway.
#: The document is begun again at the next scale when page one spills over.
PAGE_ONE_ZOOMS = (1.0, 0.94, 0.88, 0.82, 0.76)


def _title_lines(writer: _Writer, view: ReportView, has_stand_ins: bool) -> None:
    """The report's title and subtitle at the top of page one (and the note on stand-in names)."""
    writer.para(view.title, size=18, style="B", gap=1)
    writer.para(view.subtitle, size=10, color=_MUTED, gap=4)
    if has_stand_ins:
        writer.para(
            _(
                "Some names are written in letters this PDF's font lacks: they are "
                "shown as [Person A], [Person B], ... by their place in the list of "
                "participants. The HTML report shows them as written."
            ),
            size=9,
            color=_MUTED,
            gap=3,
        )


def _section(writer: _Writer, section: Section) -> None:
    """One section of the view: its heading and its blocks (the HTML's long reference lists
    left out, with a note saying so once)."""
    writer.heading(section.title, 15)
    said = set()
    for block in section.blocks:
        only = block.screen_only
        if only:  # long reference tables and lists: in the HTML and JSON only
            note = only if isinstance(only, str) else _(SCREEN_ONLY_NOTE)
            if note not in said and (isinstance(only, str) or isinstance(block, Definitions)):
                writer.para(note, size=8.5, color=_MUTED, gap=3)
                said.add(note)
            continue
        writer.block(block)


#: Said once where the PDF leaves out the long reference lists, to keep it short to print.
SCREEN_ONLY_NOTE = N_(
    "The definition of every measure and the list of every threshold and minimum are in the "
    "HTML and JSON reports; this printed report leaves them out to stay short."
)


def write_pdf(
    analysis: Analysis,
    path: str | os.PathLike,
    *,
    figures: dict[str, Figure] | None = None,
    view: ReportView | None = None,
    png: Callable[[str], bytes] | None = None,
    report_language: str | None = None,
) -> None:
    """Write :func:`render_pdf` to ``path``; an unwritable path is an AnalyzerError."""
    check_writable(path)
    data = render_pdf(
        analysis, figures=figures, view=view, png=png, report_language=report_language
    )
    write_report_file(path, data)
