"""The PDF's sign cards: each kept whole on a page, its evidence table (in a chat with very
many people, the rows of the most active ones), what to try, one example and the caveat.

:class:`SignDrawing` is a mixin of the PDF writer (:class:`analyzer.report.pdf_writer._Writer`):
it uses the writer's ``pdf``, ``font``, ``para``, ``table``, ``_lines``, ``links``, ``everyone``
and ``shown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analyzer.report.i18n import Nn_, _, plural
from analyzer.report.pdf_fonts import _count, pdf_text
from analyzer.report.pdf_glance import _INK, _MUTED, _STATUS_COLORS

if TYPE_CHECKING:
    from analyzer.report.blocks import Row, SignCard

PDF_EXAMPLES = 1  # example messages per sign in print (the HTML shows up to three)

FOLDED_EVIDENCE = Nn_(
    "Evidence for the {shown} most active people ({n} more row in the HTML and JSON reports)",
    "Evidence for the {shown} most active people ({n} more rows in the HTML and JSON reports)",
)


class SignDrawing:
    """A sign card for the PDF writer."""

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


def _card_meta(card: SignCard) -> str:
    """Who, how strongly and how well text shows it: the quieter end of a card's first lines."""
    who = _("who: %(who)s") % {"who": card.who} + " · " if card.who else ""
    how = _("how strongly: %(how)s") % {"how": card.how}
    shows = _("text shows it: %(strength)s") % {"strength": card.strength_label}
    return f"{who}{how} · {shows}"
