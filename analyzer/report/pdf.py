"""The PDF report: the same view model as the HTML, drawn with fpdf2 (pip-only, no system
libraries).

Fonts: DejaVu Sans (regular, bold, oblique), the copies matplotlib ships, so a bare machine has
them, and Noto Sans Devanagari (regular, bold; shipped in ``report/fonts/`` under the OFL) as the
fallback for Hindi, with HarfBuzz shaping switched on when a Devanagari letter is present. Text
flows with ``multi_cell``; tables use fpdf2's ``table`` with the header repeated on every page
and rows never split; each section starts a page; sign cards and figures are kept whole. Plots
are embedded as PNG.

Characters: DejaVu Sans has no colour emoji, so every emoji is written as a short word in the
report's language between square brackets (:mod:`analyzer.report.emoji_words`: ❤️ -> "[heart]",
in a German report "[Herz]"), consistently, in quotes and names alike;
a participant's name the font cannot draw (CJK or Arabic, for instance) becomes "[Person A]",
"[Person B]", ... by the person's place in the list (the first page says so), so people stay
apart; any other character the font lacks becomes ``?``. The Method section says so.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyzer.report import check_writable, write_report_file
from analyzer.report.blocks import (
    Block,
    Cell,
    Definition,
    Definitions,
    Fact,
    Person,
    ReportView,
    Row,
    Section,
    SignCard,
)
from analyzer.report.i18n import N_, Nn_, _, plural
from analyzer.report.pdf_glance import _INK, _MUTED, _STATUS_COLORS, GlanceDrawing

if TYPE_CHECKING:
    from fpdf import FPDF
    from matplotlib.figure import Figure

    from analyzer.result import Analysis

FONT = "DejaVu"
#: The fallback font for Devanagari letters, which DejaVu Sans lacks (shipped in report/fonts/).
DEVANAGARI = "NotoDevanagari"
DEVANAGARI_FILES = {"": "NotoSansDevanagari-Regular.ttf", "B": "NotoSansDevanagari-Bold.ttf"}
#: The Devanagari letters the fallback font draws (the main block and its extensions).
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")
#: Invisible joiners and variation selectors left over once emoji are named.
_INVISIBLE = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]")
#: A character that :func:`pdf_text` may have to change (outside printable ASCII, tab, newline).
_NOT_PLAIN = re.compile("[^\x20-\x7e\t\n]")
#: Resolution of the plots in the PDF (170 mm wide: about 125 pixels per inch on paper).
PNG_DPI = 120
MAX_COLUMNS = 6
PDF_EXAMPLES = 1  # example messages per sign in print (the HTML shows up to three)
#: Plots print at this share of their drawn size (their 10 pt text prints at about 7.5 pt, as in
#: a journal figure), so that two of the phone-shaped plots, legends below, share a page.
PLOT_SCALE = 0.74
_SOFT = (245, 245, 248)


#: What a group's PDF leaves to the HTML and JSON reports (the most active people only).
FOLDED_COLUMNS = Nn_(
    "(the {shown} most active people; {n} more in the HTML and JSON reports)",
    "(the {shown} most active people; {n} more in the HTML and JSON reports)",
)
FOLDED_PAIRS = N_(
    "({kept} of {rows} rows: the busiest pairs among the {shown} most active people; all in the "
    "HTML and JSON reports)"
)
FOLDED_ROWS = N_(
    "({kept} of {rows} rows: those of the {shown} most active people; all in the HTML and JSON "
    "reports)"
)
MORE_PEOPLE = Nn_(
    "… and {n} more person, listed in the HTML and JSON reports.",
    "… and {n} more people, listed in the HTML and JSON reports.",
)
FOLDED_EVIDENCE = Nn_(
    "Evidence for the {shown} most active people ({n} more row in the HTML and JSON reports)",
    "Evidence for the {shown} most active people ({n} more rows in the HTML and JSON reports)",
)


def _count(n: int) -> str:
    from analyzer.report.formatting import fmt_count

    return fmt_count(n)


def font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def shipped_fonts() -> Path:
    """The fonts the package ships (Noto Sans Devanagari): ``analyzer/report/fonts``."""
    return Path(__file__).resolve().parent / "fonts"


@cache
def _covered() -> frozenset[int]:
    """Every character the PDF can draw: DejaVu Sans's and, as its fallback, Noto Sans
    Devanagari's (only the Devanagari block is taken from it)."""
    from fontTools.ttLib import TTFont

    with TTFont(font_dir() / "DejaVuSans.ttf", lazy=True) as font:
        covered = set(font.getBestCmap())
    with TTFont(shipped_fonts() / DEVANAGARI_FILES[""], lazy=True) as font:
        covered |= {c for c in font.getBestCmap() if _DEVANAGARI.match(chr(c))}
    return frozenset(covered)


#: Names the font cannot draw -> what the PDF writes instead, set while a PDF is rendered.
_STAND_INS: dict[str, str] = {}


def stand_ins(people: list[str]) -> dict[str, str]:
    """For each name with a letter the font lacks (a CJK name) or written right to left (Arabic,
    Hebrew: drawn unjoined and reversed without text shaping), "[Person A]" ("[Person B]", ... by
    its place in ``people``), so two such people never both print as ``??``."""
    from analyzer.anonymize import person_label

    covered = _covered()
    out = {}
    for i, name in enumerate(people):
        shown = _INVISIBLE.sub("", _demojize(name))
        # right-to-left letters: the PDF would draw them unjoined and in reverse order
        if any(ord(c) not in covered or unicodedata.bidirectional(c) in ("R", "AL") for c in shown):
            out[name] = f"[{person_label(i)}]"
    return out


def _demojize(text: str) -> str:
    from analyzer.report.emoji_words import emoji_as_words

    return emoji_as_words(str(text))


def pdf_text(text: Any, names: dict[str, str] | None = None) -> str:
    """``text`` as the PDF writes it: names the font cannot draw as their stand-in (``names``,
    longest first, or those of the PDF being rendered; :func:`stand_ins`), emoji as words,
    other characters the font lacks as ``?``."""
    text = str(text)
    if not _NOT_PLAIN.search(text):  # most labels and numbers: nothing to name or replace
        return text  # (a name that needs a stand-in is never plain ASCII)
    for name, stand_in in (_STAND_INS if names is None else names).items():
        text = text.replace(name, stand_in)
    text = _demojize(text)
    text = _INVISIBLE.sub("", text)
    covered = _covered()
    if all(ord(c) in covered or c in "\n\t" for c in text):
        return text
    return "".join(c if ord(c) in covered or c in "\n" else "?" for c in text)


#: Hebrew and Arabic letters (their blocks and presentation forms), and Devanagari with its
#: extensions and Vedic signs: text that needs shaping (joined letters, reordered vowel signs).
_SHAPED = re.compile(
    "[\u0590-\u08ff\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff\ufb1d-\ufdff\ufe70-\ufefc]"
)


def _needs_shaping(view: Any, names: dict[str, str]) -> bool:
    """Whether any text the PDF will write (names already replaced by their stand-ins) has
    right-to-left or Devanagari letters. Text shaping costs time, so it is switched on only
    then."""
    return _has_letters(view, names, _SHAPED)


def _has_letters(view: Any, names: dict[str, str], letters: re.Pattern) -> bool:
    """Whether any text of ``view`` the PDF will write (names already replaced by their
    stand-ins) has one of ``letters``."""
    if isinstance(view, str):
        if not letters.search(view):
            return False
        for name, stand_in in names.items():
            view = view.replace(name, stand_in)
        return bool(letters.search(view))
    if is_dataclass(view):
        return any(_has_letters(getattr(view, f.name), names, letters) for f in fields(view))
    if isinstance(view, list | tuple):
        return any(_has_letters(v, names, letters) for v in view)
    return False


def _leading_number(text: str) -> float:
    """The number a table cell starts with ("1,234" -> 1234.0; 0 when there is none)."""
    found = re.match(r"[\d,]+(?:\.\d+)?", str(text))
    return float(found.group().replace(",", "")) if found else 0.0


def _make_pdf(title: str, created: datetime | None, devanagari: bool = False) -> FPDF:
    """An empty A4 document with the report's fonts (Noto Sans Devanagari as the fallback only
    when ``devanagari``: loading a font costs time), margins and metadata."""
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(*_MUTED)
            footer = _("chat-balance report · describes, does not diagnose · page {page}/{pages}")
            self.cell(0, 5, footer.format(page=self.page_no(), pages="{nb}"), align="C")

    pdf = ReportPDF(orientation="P", unit="mm", format="A4")
    fonts = font_dir()
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    if devanagari:
        for style, file in DEVANAGARI_FILES.items():
            pdf.add_font(DEVANAGARI, style, str(shipped_fonts() / file))
        # a letter DejaVu Sans lacks is drawn with Noto Sans Devanagari (bold stays bold;
        # italic Devanagari is drawn upright, as the font has no italic)
        pdf.set_fallback_fonts([DEVANAGARI], exact_match=False)
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(title)
    pdf.set_creator("chat-balance")
    pdf.set_producer("chat-balance (fpdf2)")
    if created is not None:
        pdf.set_creation_date(created)
    pdf.set_lang("en")
    pdf.alias_nb_pages()
    return pdf


class _Writer(GlanceDrawing):
    """Draws the view model's blocks onto an FPDF (page one's own blocks: :mod:`.pdf_glance`)."""

    def __init__(
        self,
        pdf: FPDF,
        png: Callable[[str], bytes],
        sizes: dict[str, tuple[float, float]],
        empty: dict[str, str] | None = None,
        people: tuple[set[str], set[str]] = (set(), set()),
    ):
        self.everyone, self.shown = people  # everyone; the people per-person tables show
        self.pdf = pdf
        self.png = png  # figure key -> its PNG, asked for when the page reaches the figure
        self.sizes = sizes
        self.empty = empty or {}  # figure key -> why it has nothing to show
        self.links: dict[str, int] = {}  # sign id -> the link from its chip to its card
        #: Scale of text and spacing: below 1 only on page one, when its blocks would not fit on
        #: one page at full size (longer sentences in some languages; see :data:`PAGE_ONE_ZOOMS`).
        self.zoom = 1.0

    # -- text
    def font(self, size: float = 9.5, style: str = "", color=_INK) -> None:
        self.pdf.set_font(FONT, style, size * self.zoom)
        self.pdf.set_text_color(*color)

    def para(
        self,
        text: str,
        *,
        size: float = 9.5,
        style: str = "",
        color=_INK,
        fill: bool = False,
        gap: float = 2.0,
        indent: float = 0.0,
    ) -> None:
        pdf = self.pdf
        self.font(size, style, color)
        if fill:
            pdf.set_fill_color(*_SOFT)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            pdf.epw - indent,
            size * 0.5 * self.zoom,
            pdf_text(text),
            fill=fill,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
            padding=(1.5, 2) if fill else 0,
        )
        pdf.ln(gap * self.zoom)

    def heading(self, text: str, size: float) -> None:
        pdf = self.pdf
        if pdf.will_page_break(size * 1.6 + 12):
            pdf.add_page()
        self.font(size, "B")
        pdf.multi_cell(
            pdf.epw,
            size * 0.55 * self.zoom,
            pdf_text(text),
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(1.5 * self.zoom)

    def bullets(self, items: list[str]) -> None:
        pdf = self.pdf
        for item in items:
            self.font(9.5)
            y = pdf.get_y()
            if pdf.will_page_break(6):
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 1, y)
            pdf.cell(4, 4.75, "•")
            pdf.multi_cell(
                pdf.epw - 5, 4.75, pdf_text(item), align="L", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(0.8)
        pdf.ln(1.5)

    # -- tables
    def table(
        self,
        head: list[str],
        rows: Sequence[Row],
        caption: str = "",
        *,
        widths: list[float] | None = None,
        size: float = 8.0,
        headings: bool = True,
    ) -> None:
        pdf = self.pdf
        n_values = len(head) - 1
        if self.shown and n_values > len(self.shown) and set(head[1:]) <= self.everyone:
            # a table with a column per person, for very many people: the most active ones only
            keep = [i for i, h in enumerate(head[1:]) if h in self.shown]
            left = n_values - len(keep)
            head = [head[0], *(head[1 + i] for i in keep)]
            rows = [replace(r, cells=tuple(r.cells[i] for i in keep)) for r in rows]
            caption = (f"{caption} " if caption else "") + plural(FOLDED_COLUMNS, left).format(
                shown=_count(len(keep)), n=_count(left)
            )
            n_values = len(keep)
        if (
            self.shown
            and len(rows) > len(self.shown)
            and all(set(str(r.key).split("->")) <= self.everyone for r in rows)
        ):
            # a row per person or per pair of people (49,062 pairs for 222 people): the rows
            # among the most active people only
            kept = [r for r in rows if set(str(r.key).split("->")) <= self.shown]
            busiest = bool(kept) and "->" in str(kept[0].key) and len(kept) > len(self.shown)
            if busiest:  # pairs: only as many as people, the busiest by the first column
                kept = sorted(kept, key=lambda r: -_leading_number(r.cells[0].text))
                kept = kept[: len(self.shown)]
            caption = (f"{caption} " if caption else "") + _(
                FOLDED_PAIRS if busiest else FOLDED_ROWS
            ).format(kept=_count(len(kept)), rows=_count(len(rows)), shown=_count(len(self.shown)))
            rows = kept
        if n_values > MAX_COLUMNS and widths is None:  # split wide (group) tables
            for start in range(0, n_values, MAX_COLUMNS):
                part = list(range(start, min(start + MAX_COLUMNS, n_values)))
                self.table(
                    [head[0], *(head[1 + i] for i in part)],
                    [replace(r, cells=tuple(r.cells[i] for i in part)) for r in rows],
                    caption + (" (continued)" if start else ""),
                    size=size,
                )
            return
        if caption:
            if pdf.will_page_break(20):
                pdf.add_page()
            self.para(caption, size=9, style="B", gap=0.8)
        from fpdf.fonts import FontFace

        self.font(size)
        if widths is None:
            first = 0.36 if n_values <= 3 else 0.28
            widths = [first] + [(1 - first) / max(n_values, 1)] * n_values
        pdf.set_draw_color(200, 200, 208)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_line_width(0.2)
        with pdf.table(
            first_row_as_headings=headings,
            col_widths=[w * 100 for w in widths],
            width=pdf.epw,
            text_align="LEFT",
            line_height=size * 0.47,
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 240)),
            repeat_headings=1,
            padding=(0.9, 1.2),
            v_align="TOP",
            markdown=False,
        ) as table:
            if headings:
                heading = table.row()
                for h in head:
                    heading.cell(pdf_text(h))
            for r in rows:
                row = table.row()
                row.cell(pdf_text(r.label))
                for c in r.cells:
                    row.cell(pdf_text(c.text + (f"\n{c.sub}" if c.sub else "")))
        pdf.ln(3)

    def facts(self, items: Sequence[Fact]) -> None:
        self.table(
            ["", ""],
            [Row("", f.label, (Cell(f.value),)) for f in items],
            widths=[0.24, 0.76],
            size=8.5,
            headings=False,
        )

    def people(self, items: Sequence[Person]) -> None:
        pdf = self.pdf
        left = 0
        if self.shown and len(items) > len(self.shown):  # very many people: the most active
            shown = [p for p in items if p.name in self.shown]
            left, items = len(items) - len(shown), shown
        x = pdf.l_margin
        for p in items:  # one line, wrapping when full: swatch, name, detail
            name, detail = pdf_text(p.name), pdf_text(p.detail)
            self.font(10, "B")
            w_name = pdf.get_string_width(name)
            self.font(8.5)
            width = 6 + w_name + 2 + pdf.get_string_width(detail) + 6
            if x > pdf.l_margin and x + width > pdf.l_margin + pdf.epw:
                x = pdf.l_margin
                pdf.ln(6 * self.zoom)
            y = pdf.get_y()
            self.swatch(x + 2, y + 2.5 * self.zoom, p.color)
            pdf.set_xy(x + 6, y)
            self.font(10, "B")
            pdf.cell(w_name + 2, 5 * self.zoom, name)
            self.font(8.5, "", _MUTED)
            pdf.cell(min(width - w_name - 8, pdf.epw), 5 * self.zoom, detail)
            pdf.set_xy(x, y)
            x += width
        pdf.ln(6.5 * self.zoom)
        pdf.set_fill_color(255, 255, 255)
        if left:
            self.para(
                plural(MORE_PEOPLE, left).format(n=_count(left)),
                size=8.5,
                color=_MUTED,
                indent=6,
                gap=1,
            )
        pdf.ln(1)

    def definitions(self, items: Sequence[Definition]) -> None:
        for d in items:
            if self.pdf.will_page_break(12):
                self.pdf.add_page()
            self.para(d.term, size=9, style="B", gap=0.3)
            self.para(d.text, size=9, gap=1.5)

    def figure(self, key: str, caption: str) -> None:
        pdf = self.pdf
        if key not in self.sizes or key in self.empty:
            if key in self.empty:
                self.para(
                    f"{caption} " + _("Not drawn: %(reason)s.") % {"reason": self.empty[key]},
                    size=8,
                    style="I",
                    color=_MUTED,
                    gap=4,
                )
            return
        png = self.png(key)
        w_in, h_in = self.sizes[key]
        width = min(pdf.epw, w_in * 25.4 * PLOT_SCALE)
        height = width * h_in / w_in
        if pdf.will_page_break(height + 10):
            pdf.add_page()
        pdf.image(
            io.BytesIO(png),
            x=pdf.l_margin + (pdf.epw - width) / 2,
            w=width,
            h=height,
            alt_text=pdf_text(caption),
        )
        self.para(caption, size=8, style="I", color=_MUTED, gap=4)

    def _lines(self, text: str, size: float, width: float, style: str = "") -> int:
        self.font(size, style)
        return len(
            self.pdf.multi_cell(
                width, size * 0.5 * self.zoom, pdf_text(text), dry_run=True, output="LINES"
            )
        )

    def card_height(self, card: SignCard) -> float:
        """An estimate (mm) of a sign card's height, to start a page instead of splitting it.

        (fpdf2's ``unbreakable()`` would measure exactly but deep-copies the document per call.)
        """
        epw = self.pdf.epw
        height = 6 + 5.5 + self._lines(card.summary, 9, epw) * 4.5 + 1.2
        full = card.status == "observed"
        height += self._lines(card.rule, 8.5, epw) * 4.25 + 0.8
        height += self._lines(card.change, 8.5, epw) * 4.25 + 1.2
        for t in card.to_try:
            height += self._lines(t, 8.5, epw) * 4.25 + 4
        rows, caption = self.evidence_rows(card) if full else ([], "")
        height += 6 + 7.5 * len(rows) + (5 if caption else 0) if rows else 0
        for x in card.examples[:PDF_EXAMPLES]:
            height += self._lines(f"“{x.text}”", 8.5, epw - 3) * 4.25 + 3 + 5
        for text in (card.examples_note, card.caveat if full else ""):
            if text:
                height += self._lines(text, 8, epw) * 4 + 1
        return height + 6

    def evidence_rows(self, card: SignCard) -> tuple[Sequence[Row], str]:
        """A sign's evidence rows as printed, and their caption: in a chat with very many people,
        only the rows of the most active ones (and of the whole chat)."""
        rows = card.evidence.rows
        if not self.shown:
            return rows, ""
        kept = [
            r
            for r in rows
            if r.cells[0].text not in self.everyone or r.cells[0].text in self.shown
        ]
        if len(kept) == len(rows):
            return rows, ""
        left = len(rows) - len(kept)
        return kept, plural(FOLDED_EVIDENCE, left).format(
            shown=_count(len(self.shown)), n=_count(left)
        )

    def sign(self, card: SignCard) -> None:
        pdf = self.pdf
        if pdf.will_page_break(min(self.card_height(card), pdf.eph - 10)):
            pdf.add_page()
        if card.id in self.links:  # the chip on page one points here
            pdf.set_link(self.links[card.id], y=pdf.get_y(), page=pdf.page_no())
        self.font(10.5, "B")
        pdf.multi_cell(
            pdf.epw, 5.5, pdf_text(card.title), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.font(8.5, "B", _STATUS_COLORS.get(card.status, _INK))
        meta = card.status_label.upper()
        pdf.cell(pdf.get_string_width(meta) + 2, 4.5, meta)
        self.font(9, "B")
        lead = pdf_text(f" {card.lead}")
        pdf.cell(pdf.get_string_width(lead) + 2, 4.5, lead)
        meta = pdf_text(_card_meta(card))
        room = pdf.l_margin + pdf.epw - pdf.get_x()
        for size in (8, 7.5, 7, 6.5):  # the quieter words beside the lead, on its line if they fit
            self.font(size, "", _MUTED)
            if pdf.get_string_width(meta) <= room - 1:
                break
        pdf.multi_cell(0, 4.5, meta, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        self.para(card.summary, size=9, gap=1.2)
        full = card.status == "observed"
        self.para(f"{_('Rule:')} {card.rule}", size=8.5, gap=0.8)
        self.para(f"{_('What would change it:')} {card.change}", size=8.5, gap=1.2)
        if full and card.evidence.rows:
            head = card.evidence.head
            rows, caption = self.evidence_rows(card)
            self.table(
                head,
                rows,
                caption,
                widths=[0.27, 0.15, 0.2, 0.14, 0.24] if len(head) == 5 else [0.36, 0.2, 0.24, 0.2],
                size=7.5,
            )
        for t in card.to_try:
            tried = _("To try: {suggestion}").format(suggestion=t)
            self.para(tried, size=8.5, fill=True, gap=0.8)
        for x in card.examples[:PDF_EXAMPLES]:
            self.para(f"“{x.text}”", size=8.5, fill=True, gap=0.3, indent=3)
            self.para(f"{x.author}, {x.when}", size=7.5, color=_MUTED, gap=1.2, indent=3)
        if card.examples_note:
            self.para(card.examples_note, size=8, color=_MUTED, gap=1)
        if card.caveat and full:
            self.para(card.caveat, size=8, style="I", color=_MUTED, gap=1)
        pdf.set_draw_color(200, 200, 208)
        y = pdf.get_y() + 1
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
        pdf.ln(5)

    def block(self, b: Block) -> None:
        kind = b.kind
        if kind == "para":
            self.para(b.text)
        elif kind == "note":
            self.para(b.text, fill=True, gap=3)
        elif kind == "list":
            if b.title:
                self.heading(b.title, 11)
            self.bullets(b.items)
        elif kind == "facts" and b.compact:
            self.para(
                " · ".join(f"{f.label}: {f.value}" for f in b.items),
                size=7.5,
                color=_MUTED,
                gap=2,
            )
        elif kind == "facts":
            self.facts(b.items)
        elif kind == "balance":
            self.balance(b)
        elif kind == "findings":
            self.findings(b.title, b.items)
        elif kind == "signgrid":
            self.signgrid(b)
        elif kind == "people":
            self.people(b.items)
        elif kind == "table":
            self.table(b.head, b.rows, b.caption)
        elif kind == "figure":
            self.figure(b.key, b.caption)
        elif kind == "signs":
            if b.items and self.pdf.will_page_break(20 + self.card_height(b.items[0])):
                self.pdf.add_page()
            self.heading(b.title, 12)
            for card in b.items:
                self.sign(card)
        elif kind == "definitions":
            self.heading(b.title, 11)
            self.definitions(b.items)


def _card_meta(card: SignCard) -> str:
    """Who, how strongly and how well text shows it: the quieter end of a card's first lines."""
    who = _("who: %(who)s") % {"who": card.who} + " · " if card.who else ""
    how = _("how strongly: %(how)s") % {"how": card.how}
    shows = _("text shows it: %(strength)s") % {"strength": card.strength_label}
    return f"{who}{how} · {shows}"


def figure_png(fig: Figure, names: dict[str, str] | None = None) -> bytes:
    """A figure as the PDF embeds it: PNG at 120 dpi, its text as :func:`pdf_text` writes it
    (with the stand-ins ``names``, when drawn outside :func:`render_pdf`)."""
    from analyzer.report import plots

    return plots.to_png(fig, dpi=PNG_DPI, text=lambda text: pdf_text(text, names))


def stand_ins_longest_first(analysis: Analysis) -> dict[str, str]:
    """:func:`stand_ins` of the analysis's people, longest name first (replaced in that order)."""
    names = stand_ins(list(analysis.all_participants))
    return dict(sorted(names.items(), key=lambda item: -len(item[0])))


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
    stand_ins: bool,
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
        _title_lines(writer, view, stand_ins)
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


def _title_lines(writer: _Writer, view: ReportView, stand_ins: bool) -> None:
    """The report's title and subtitle at the top of page one (and the note on stand-in names)."""
    writer.para(view.title, size=18, style="B", gap=1)
    writer.para(view.subtitle, size=10, color=_MUTED, gap=4)
    if stand_ins:
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
