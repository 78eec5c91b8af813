"""The PDF's fonts remember the widths of shaped text (pdf_fonts._memoise_shaped_widths): the
same bytes as without the memo, with far fewer HarfBuzz calls."""

from __future__ import annotations

from datetime import datetime

from fpdf.fonts import TTFFont

from analyzer.report import pdf_fonts
from analyzer.report.pdf_fonts import DEVANAGARI, FONT, _make_pdf

# Hindi words written by us, with Latin digits and punctuation between them, so that lines
# alternate between Noto Sans Devanagari (the words) and DejaVu Sans (the spaces, digits)
HINDI = (
    "यह रिपोर्ट बताती है कि बातचीत कितनी संतुलित है, और निदान नहीं करती। "
    "रोहन ने 42 संदेश लिखे, प्रिया ने 37; दोनों ने सवाल पूछे और जवाब दिए। "
) * 6


def _document() -> bytes:
    pdf = _make_pdf("test", datetime(2024, 1, 8, 17, 13), devanagari=True)
    pdf.set_text_shaping(use_shaping_engine=True)
    pdf.add_page()
    for size in (9.5, 8.0, 12.0):
        pdf.set_font(FONT, "", size)
        pdf.multi_cell(120, size * 0.5, HINDI, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "B", size)
        pdf.multi_cell(80, size * 0.5, HINDI[:150], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _count_shaping(monkeypatch) -> list[int]:
    calls = [0]
    shape = TTFFont.perform_harfbuzz_shaping

    def counted(self, *args, **kwargs):
        calls[0] += 1
        return shape(self, *args, **kwargs)

    monkeypatch.setattr(TTFFont, "perform_harfbuzz_shaping", counted)
    return calls


def test_same_pdf_with_far_fewer_shaping_calls(monkeypatch):
    calls = _count_shaping(monkeypatch)
    remembered = _document()
    with_memo = calls[0]
    monkeypatch.setattr(pdf_fonts, "_memoise_shaped_widths", lambda pdf: None)
    calls[0] = 0
    plain = _document()
    without = calls[0]
    assert remembered == plain
    assert without > 5 * with_memo > 0


def test_widths_as_measured_and_kept_apart_by_size_and_settings(monkeypatch):
    pdf = _make_pdf("test", None, devanagari=True)
    font = pdf.fonts[DEVANAGARI.lower()]
    assert type(font) is not TTFFont and isinstance(font, TTFFont)
    pdf.set_text_shaping(use_shaping_engine=True)
    ltr = dict(pdf.text_shaping)
    plain = TTFFont.shaped_text_width
    for text in ("बातचीत", "संतुलित", "बा"):
        for size in (8.0, 9.5):
            assert font.shaped_text_width(text, size, ltr) == plain(font, text, size, ltr)
    calls = _count_shaping(monkeypatch)
    font.shaped_text_width("बातचीत", 9.5, dict(ltr))  # remembered: an equal copy of the settings
    assert calls[0] == 0
    font.shaped_text_width("बातचीत", 10.0, ltr)  # another size
    no_kerning = {**ltr, "features": {"kern": False}}
    font.shaped_text_width("बातचीत", 9.5, no_kerning)  # other settings
    assert calls[0] == 2
    ltr["features"]["kern"] = False  # the settings changed in place: measured again
    font.shaped_text_width("संतुलित", 9.5, ltr)
    font.shaped_text_width("संतुलित", 9.5, ltr)
    assert calls[0] == 3


def test_other_documents_keep_fpdf2s_fonts():
    from fpdf import FPDF

    _make_pdf("test", None, devanagari=True)
    other = FPDF()
    other.add_font(FONT, "", str(pdf_fonts.font_dir() / "DejaVuSans.ttf"))
    assert type(other.fonts[FONT.lower()]) is TTFFont
