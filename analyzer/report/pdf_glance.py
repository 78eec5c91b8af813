"""The PDF's page one: the balance picture, what stands out (a plain lead, then its numbers)
and the signs as chips linking to their cards, drawn with fpdf2's shapes from the same view
model as the HTML (:mod:`analyzer.report.picture`, :mod:`analyzer.report.plainwords`).

:class:`GlanceDrawing` is a mixin of the PDF writer (:class:`analyzer.report.pdf._Writer`): it
uses the writer's ``pdf``, ``font``, ``para``, ``heading``, ``people``, ``_lines``, ``links`` and
``zoom`` (every size and space of page one is multiplied by it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from analyzer.report.blocks import Balance, Bar, BarRow, Chip, Finding, SignGrid

_INK = (29, 29, 31)
_MUTED = (91, 91, 102)
_STATUS_COLORS = {
    "observed": (11, 110, 79),
    "not_observed": (91, 91, 102),
    "insufficient_data": (138, 90, 0),
}


def _rgb(color: str) -> tuple[int, int, int]:
    """``"#0072B2"`` -> ``(0, 114, 178)``."""
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def pdf_text(text):
    from analyzer.report.pdf import pdf_text as write

    return write(text)


class GlanceDrawing:
    """Page one's blocks for the PDF writer."""

    def swatch(self, x: float, y: float, color: str, radius: float = 1.8) -> None:
        pdf = self.pdf
        pdf.set_fill_color(*_rgb(color))
        pdf.set_draw_color(80, 80, 80)
        pdf.set_line_width(0.2)
        pdf.circle(x=x, y=y, radius=radius, style="FD")
        pdf.set_fill_color(255, 255, 255)

    # -- page one
    def balance(self, b: Balance) -> None:
        """The balance picture (:mod:`analyzer.report.picture`): a label column, the bars (for a
        group one per person, the name beside it), and the numbers beneath, as vector shapes."""
        pdf, z = self.pdf, self.zoom
        label_w = 44.0
        split = b.split
        bar_h, step = (4.0 * z, 5.8 * z) if split else (2.6 * z, 3.5 * z)
        name_w = 0.0 if split else 26.0
        bar_x = pdf.l_margin + label_w + name_w
        bar_w = pdf.epw - label_w - name_w
        first = self._row_height(b.rows[0], label_w, bar_w + name_w, step)
        if pdf.will_page_break(24 + first):
            pdf.add_page()
        self.heading(b.title, 11)
        self.para(b.intro, size=7.5, color=_MUTED, gap=0.8)
        if b.key:
            self.people([replace(p, detail="") for p in b.people])
        if split:
            self.font(7.5, "", _MUTED)
            y = pdf.get_y()
            left, middle, right = (pdf_text(t) for t in b.scale)
            pdf.set_xy(bar_x, y)
            pdf.cell(bar_w / 3, 3.5 * z, left, align="L")
            pdf.cell(bar_w / 3, 3.5 * z, middle, align="C")
            pdf.cell(bar_w / 3, 3.5 * z, right, align="R")
            pdf.set_xy(pdf.l_margin, y + 4 * z)
        for r in b.rows:
            if pdf.will_page_break(self._row_height(r, label_w, bar_w + name_w, step)):
                pdf.add_page()
            top = pdf.get_y()
            self.font(8, "B")
            pdf.set_xy(pdf.l_margin, top)
            pdf.multi_cell(label_w - 2, 3.8 * z, pdf_text(r.label), align="L",
                           new_x="LMARGIN", new_y="NEXT")
            self.font(8, "B" if r.kind == "one_sided" else "",
                      _MUTED if r.kind == "thin" else _INK)
            pdf.multi_cell(label_w - 2, 3.6 * z, pdf_text(r.verdict), align="L",
                           new_x="LMARGIN", new_y="NEXT")
            left_bottom = pdf.get_y()
            y = top + 0.6 * z
            for bar in r.bars:
                if bar.name:
                    self.font(6.5, "", _INK)
                    name = pdf_text(bar.name)
                    while pdf.get_string_width(name) > name_w - 1.5 and len(name) > 4:
                        name = name[:-2].rstrip() + "…"
                    pdf.set_xy(bar_x - name_w, y - 0.4)
                    pdf.cell(name_w - 1, bar_h + 0.8, name)
                self.bar(bar, bar_x, y, bar_w, bar_h)
                y += step
            self.font(7.5, "", _MUTED)
            pdf.set_xy(bar_x - name_w, y - 0.6 * z)
            detail = f"{r.unsure}; {r.detail}" if r.unsure else r.detail
            pdf.multi_cell(bar_w + name_w, 3.4 * z, pdf_text(detail), align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), left_bottom) + 1.0 * z)
        pdf.ln(1.5 * z)

    def _row_height(self, r: BarRow, label_w: float, width: float, step: float) -> float:
        """The height (mm) of one row of the balance picture, to keep it on one page."""
        detail = f"{r.unsure}; {r.detail}" if r.unsure else r.detail
        z = self.zoom
        right = len(r.bars) * step + self._lines(detail, 7.5, width) * 3.4 * z
        left = (self._lines(r.label, 8, label_w - 2, "B") * 3.8 + 3.6) * z
        return max(right, left) + 1.6 * z

    def bar(self, bar: Bar, x: float, y: float, w: float, h: float) -> None:
        pdf = self.pdf
        pdf.set_line_width(0.2)
        pdf.set_fill_color(211, 211, 220)
        for band in bar.bands:
            pdf.rect(x + w * band.x / 100, y - 0.8, w * band.w / 100, h + 1.6, style="F")
        pdf.set_draw_color(255, 255, 255)
        for seg in bar.segments:
            if seg.w > 0:
                pdf.set_fill_color(*_rgb(seg.color))
                pdf.rect(x + w * seg.x / 100, y, w * seg.w / 100, h, style="FD")
        pdf.set_draw_color(*_INK)
        pdf.set_line_width(0.35)
        even = x + w * bar.even / 100
        with pdf.local_context(dash_pattern={"dash": 0.8, "gap": 0.5}):
            pdf.line(even, y - 1.2, even, y + h + 1.2)
        if bar.interval:
            low, high = (x + w * v / 100 for v in bar.interval)
            mid = y + h / 2
            pdf.line(low, mid, high, mid)
            pdf.line(low, mid - 1.1, low, mid + 1.1)
            pdf.line(high, mid - 1.1, high, mid + 1.1)
        pdf.set_line_width(0.2)
        pdf.set_fill_color(255, 255, 255)

    def findings(self, title: str, items: Sequence[Finding]) -> None:
        pdf = self.pdf
        self.heading(title, 11)
        for f in items:
            if pdf.will_page_break(10):
                pdf.add_page()
            self.para(f.lead, size=9, style="B", gap=0.1, indent=1)
            self.para(f.detail, size=7.2, color=_MUTED, gap=1.2, indent=1)
        pdf.ln(self.zoom)

    def signgrid(self, b: SignGrid) -> None:
        """One chip per sign, as many to a row as fit, grouped; each links to its card."""
        pdf = self.pdf
        self.heading(b.title, 11)
        self.para(b.note, size=7.5, color=_MUTED, gap=1)
        z = self.zoom
        gap, chip_h = 1.6 * z, 4.6 * z
        right = pdf.l_margin + pdf.epw
        for g in b.groups:
            if pdf.will_page_break(6 + chip_h):
                pdf.add_page()
            self.font(8.5, "B")
            pdf.cell(0, 4.5 * z, pdf_text(g.title), new_x="LMARGIN", new_y="NEXT")
            x, y = pdf.l_margin, pdf.get_y()
            for c in g.items:
                width = min(self.chip_width(c), pdf.epw)
                if x > pdf.l_margin and x + width > right:
                    x, y = pdf.l_margin, y + chip_h + 1.0 * z
                    if pdf.will_page_break(y - pdf.get_y() + chip_h + 1):
                        pdf.add_page()
                        y = pdf.get_y()
                self.chip(c, x, y, width, chip_h)
                x += width + gap
            pdf.set_xy(pdf.l_margin, y + chip_h + 1.8 * z)
        pdf.ln(z)

    def chip_width(self, c: Chip) -> float:
        self.font(7.2)
        title = self.pdf.get_string_width(pdf_text(c.title))
        self.font(6.5)
        word = self.pdf.get_string_width(pdf_text(c.word))
        return (4.2 + 2 + 2.5) * self.zoom + title + word

    def chip(self, c: Chip, x: float, y: float, w: float, h: float) -> None:
        pdf = self.pdf
        color = _STATUS_COLORS.get(c.status, _INK)
        pdf.set_draw_color(*(color if c.status == "observed" else (190, 190, 198)))
        pdf.set_line_width(0.45 if c.status == "observed" else 0.2)
        if c.status == "insufficient_data":
            with pdf.local_context(dash_pattern={"dash": 0.8, "gap": 0.6}):
                pdf.rect(x, y, w, h, style="D", round_corners=True, corner_radius=1)
        else:
            pdf.rect(x, y, w, h, style="D", round_corners=True, corner_radius=1)
        pdf.set_line_width(0.2)
        self.font(8, "", color)
        z = self.zoom
        pdf.set_xy(x + 0.8 * z, y + 0.4 * z)
        pdf.cell(3.4 * z, h - 0.8 * z, c.shape)
        word = pdf_text(c.word)
        self.font(6.5, "", _MUTED)
        w_word = pdf.get_string_width(word) + 1.5 * z
        self.font(7.2)
        title = pdf_text(c.title)
        room = w - 4.2 * z - w_word - 1 * z
        while pdf.get_string_width(title) > room and len(title) > 4:  # only a very long title
            title = title[:-2].rstrip() + "…"
        link = self.links.setdefault(c.id, pdf.add_link())
        pdf.cell(room, h - 0.8 * z, title, link=link)
        self.font(6.5, "", _MUTED)
        pdf.cell(w_word, h - 0.8 * z, word, align="R")

