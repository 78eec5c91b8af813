"""The PDF writer: the pieces of a page (paragraphs, headings, lists, tables, the people,
definitions, figures) and the dispatch of the view's blocks to them; page one's own blocks are
drawn by :mod:`analyzer.report.pdf_glance`, the sign cards by :mod:`analyzer.report.pdf_signs`.

Text flows with ``multi_cell``; tables use fpdf2's ``table`` with the header repeated on every page
and rows never split; figures are kept whole. Plots are embedded as PNG.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from analyzer.report.blocks import Block, Cell, Definition, Fact, Person, Row
from analyzer.report.i18n import N_, Nn_, _, plural
from analyzer.report.pdf_fonts import FONT, _count, pdf_text
from analyzer.report.pdf_glance import _INK, _MUTED, GlanceDrawing
from analyzer.report.pdf_signs import SignDrawing

if TYPE_CHECKING:
    from fpdf import FPDF

MAX_COLUMNS = 6
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


def _leading_number(text: str) -> float:
    """The number a table cell starts with ("1,234" -> 1234.0; 0 when there is none)."""
    found = re.match(r"[\d,]+(?:\.\d+)?", str(text))
    return float(found.group().replace(",", "")) if found else 0.0


class _Writer(GlanceDrawing, SignDrawing):
    """Draws the view model's blocks onto an FPDF (page one's own blocks:
    :mod:`.pdf_glance`, the sign cards: :mod:`.pdf_signs`)."""

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
