"""The PDF's letters: its fonts, and text as the PDF writes it.

Fonts: DejaVu Sans (regular, bold, oblique), the copies matplotlib ships, so a bare machine has
them, and Noto Sans Devanagari (regular, bold; shipped in ``report/fonts/`` under the OFL) as the
fallback for Hindi, with HarfBuzz shaping switched on when a Devanagari letter is present.

Characters: DejaVu Sans has no colour emoji, so every emoji is written as a short word in the
report's language between square brackets (:mod:`analyzer.report.emoji_words`: ❤️ -> "[heart]",
in a German report "[Herz]"), consistently, in quotes and names alike;
a participant's name the font cannot draw (CJK or Arabic, for instance) becomes "[Person A]",
"[Person B]", ... by the person's place in the list (the first page says so), so people stay
apart; any other character the font lacks becomes ``?``. The Method section says so.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import fields, is_dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyzer.report.i18n import _
from analyzer.report.pdf_glance import _MUTED

if TYPE_CHECKING:
    from fpdf import FPDF

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


def stand_ins_longest_first(analysis: Analysis) -> dict[str, str]:
    """:func:`stand_ins` of the analysis's people, longest name first (replaced in that order)."""
    names = stand_ins(list(analysis.all_participants))
    return dict(sorted(names.items(), key=lambda item: -len(item[0])))


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
    _memoise_shaped_widths(pdf)  # only asked when text shaping is on (Devanagari, RTL names)
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


def _memoise_shaped_widths(pdf: FPDF) -> None:
    """Make each font of ``pdf`` remember the widths it works out with text shaping on.

    fpdf2's line breaking measures the line afresh, fragment by fragment, for every character it
    adds; with shaping on, each measure is a HarfBuzz call: about a million for a Hindi report,
    whose lines alternate between the two fonts in many fragments, and most of its time. The
    same fragments are measured over and over, so each font keeps the widths it has worked out,
    by text, size and shaping settings. A width depends on nothing else: the PDF is unchanged.

    fpdf2's fonts have ``__slots__`` (no attribute can shadow the method), so each font object
    of this document becomes an instance of a subclass of its own class made for it alone, with
    the memo; other documents and fpdf2's classes are left as they are, and drawing the text
    (which shapes too, for the glyphs) is not touched.
    """
    for font in pdf.fonts.values():
        if hasattr(font, "shaped_text_width"):  # TrueType fonts (no shaping for core fonts)
            font.__class__ = _remembering(type(font))


def _remembering(font_class: type) -> type:
    """A subclass of ``font_class`` (without slots of its own, so an object can switch to it)
    whose ``shaped_text_width(text, font_size_pt, text_shaping_params)`` keeps every answer,
    by its arguments (the shaping settings, a dict, made a tuple)."""
    widths: dict[tuple, tuple[int, float]] = {}
    measure = font_class.shaped_text_width
    # the settings last seen (a copy) and their frozen form: equal settings come back for
    # nearly every call, and comparing them is much cheaper than freezing them again
    last: list[Any] = [None, None]

    class RememberingFont(font_class):
        __slots__ = ()

        def shaped_text_width(self, text, font_size_pt, text_shaping_params):
            if text_shaping_params != last[0]:
                last[:] = [copy.deepcopy(text_shaping_params), _frozen(text_shaping_params)]
            key = (text, font_size_pt, last[1])
            found = widths.get(key)
            if found is None:
                found = widths[key] = measure(self, text, font_size_pt, text_shaping_params)
            return found

    return RememberingFont


def _frozen(value: Any) -> Any:
    """``value`` with every dict as a sorted tuple of its items and every list as a tuple, so
    that it can be part of a dict key."""
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value
