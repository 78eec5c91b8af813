"""No English sentence is left in a report written in another language.

The sample chat's report is written in Portuguese, Spanish, German and French (HTML and PDF),
and its text is read as a reader sees it: the HTML's text outside its style, plots and tags
(``_visible`` of test_report_i18n, which also keeps the text of closed ``<details>``, so it is
stricter than the screen), the PDF's through pdftotext. Every English sentence of the report's
catalogue is cut at its placeholders into the runs of words a reader would see whole; no run of
:data:`MIN_WORDS` words or more may appear in the report. The signs' own sentences (summaries,
caveats) are checked from the rulebook too, so that a sentence left out of the catalogue would
still be found. A run that the chat itself contains (the sample chat is English, and the report
quotes it) is the chat's own text, not a fallback, and is not counted.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import i18n
from tests.report.helpers import pdf_text
from tests.report.test_report_i18n import _visible

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"
LANGUAGES = ("pt", "es", "de", "fr", "it", "hi")
#: A run of this many words is a sentence, or enough of one to be told apart from a name or a
#: word two languages share ("OK", "Chat").
MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

runner = CliRunner()


def _runs(text: str) -> list[str]:
    """The runs of words of an English text between its placeholders, with :data:`MIN_WORDS`
    words or more, stripped of the spaces and punctuation at their ends."""
    parts = []
    for literal, *_rest in string.Formatter().parse(re.sub(r"%\(\w+\)s", "{x}", text)):
        run = " ".join(literal.replace("\u00a0", " ").split()).strip(" ,;:.()“”\"'")
        if len(_WORD.findall(run)) >= MIN_WORDS:
            parts.append(run)
    return parts


@cache
def english_runs() -> tuple[str, ...]:
    """Every run of the English catalogue (each form of a plural) and of the signs' rulebook."""
    from analyzer.signs.rules import RULES

    with open(i18n.LOCALE_DIR / "report.pot", "rb") as handle:
        texts = [
            form
            for m in read_po(handle)
            if m.id
            for form in (m.id if isinstance(m.id, tuple) else (m.id,))
        ]
    texts += [t for r in RULES for t in (r.observed, r.not_observed, r.caveat)]
    return tuple(sorted({run for text in texts for run in _runs(text)}))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def english_left(text: str, chat: str) -> list[str]:
    """The English runs found in ``text`` that are not the chat's own words."""
    flat, own = _flat(text), _flat(chat)
    return [run for run in english_runs() if run in flat and run not in own]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """``chat-balance report`` of the sample chat in each of :data:`LANGUAGES`: the HTML's
    visible text and the PDF's path."""
    folder = tmp_path_factory.mktemp("no_english")
    out = {}
    for code in LANGUAGES:
        html, pdf = folder / f"{code}.html", folder / f"{code}.pdf"
        result = runner.invoke(
            app,
            [
                "report",
                str(SAMPLE),
                "-o",
                str(html),
                "-o",
                str(pdf),
                "-q",
                "--report-language",
                code,
            ],
        )
        assert result.exit_code == 0, result.output
        out[code] = ("\n".join(_visible(html.read_text("utf-8"))), pdf)
    return out


def test_the_check_finds_english_where_it_is():
    """The check can fail: an English sign summary and caveat in a page are found, the chat's
    own words are not, and a translated page has none."""
    from analyzer.signs.rules import RULES

    rule = next(r for r in RULES if r.id == "presence")
    page = f"<p>{rule.observed}</p><p>{rule.caveat}</p><p>see you at the station later</p>"
    found = english_left("\n".join(_visible(page)), chat="see you at the station later tonight")
    assert found == [
        "Reply times depend on work, sleep and time zones; a slow reply is not absence of "
        "attention",
        "Within conversations both of you reply promptly, and rarely with a one-word answer",
    ]
    with i18n.using("de"):
        translated = f"<p>{i18n._(rule.observed)}</p><p>{i18n._(rule.caveat)}</p>"
    assert english_left("\n".join(_visible(translated)), chat="") == []


def test_the_runs_cover_the_catalogue_and_the_rulebook():
    runs = english_runs()
    assert len(runs) > 400
    assert (  # a sign's summary
        "No dimension is lopsided: talk, starting conversations, questions, feelings, support "
        "and responsiveness go both ways" in runs
    )
    assert "Not enough to judge" in runs  # the part of a sentence before its placeholder
    assert "Give and take" not in runs  # three words: too short to tell apart from a name


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_sentence_in_the_html(reports, code):
    shown, _pdf = reports[code]
    assert english_left(shown, SAMPLE.read_text("utf-8")) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_sentence_in_the_pdf(reports, code):
    _shown, pdf = reports[code]
    assert english_left(pdf_text(pdf), SAMPLE.read_text("utf-8")) == []


def test_every_evidence_note_shown_is_in_the_catalogue(real):
    """The parts of the rulebook's evidence notes a sign card shows (in the sample chat and the
    Brazilian sample chat) are each a text of the catalogue
    (:data:`analyzer.report.signcards.ABOUT`), never English left as it was."""
    import analyzer
    from analyzer.report import signcards

    brazilian = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats/pt/android_pt_br.txt"))
    shown = {
        part.strip()
        for result in (real, brazilian)
        for sign in result.signs
        for e in sign.evidence
        if not signcards._CONDITION_NOTE.match(e.note)
        for part in e.note.split(";")
        if part.strip() and not part.strip().startswith(signcards._THRESHOLD_PARTS)
    }
    unknown = sorted(p for p in shown if not any(a.fullmatch(p) for a, _t, _v in signcards.ABOUT))
    assert len(shown) >= 8 and unknown == []
    note = next(e for s in real.signs for e in s.evidence if e.note.startswith("counted weeks"))
    with i18n.using("de"):
        assert signcards._note(note, signcards.identifiers())[1] == (
            "gezählte Wochen mit einem Wortanteil von mindestens 65\u00a0%"
        )


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """The chat of tests/compare_chat.py with its last 10 weeks compared against the 10
    before (``--compare 10w``): Ana's share of questions falls from 50 % to 20 %."""
    import analyzer
    from tests import compare_chat

    chat = analyzer.analyze(analyzer.load_chat(compare_chat.write(tmp_path_factory.mktemp("c"))))
    return chat.with_comparison(chat.compare("10w")), compare_chat


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compare_section_has_no_english(compared, code):
    from analyzer.report import view

    attached, _chat = compared
    with i18n.using(code):
        section = view.build(attached).sections[0]
    assert section.id == "compare"
    texts = []
    for block in section.blocks:
        texts += [getattr(block, "title", ""), getattr(block, "text", "")]
        texts += [getattr(block, "caption", "")]
        texts += [str(x) for x in getattr(block, "items", ())] + list(getattr(block, "head", ()))
        for row in getattr(block, "rows", ()):
            texts += [row.label, *(c.text + " " + c.sub for c in row.cells)]
    assert english_left("\n".join(texts), chat="") == []


def test_the_compare_section_in_german():
    """A change in German: the measure keeps its capital, the points are percentage points, and
    the interval's level is written as German writes it."""
    from analyzer.report import compare

    row = type("Row", (), {})()
    row.name, row.participant = "question_share", "Ana"
    row.earlier, row.later, row.earlier_n, row.later_n = 0.5, 0.2, 140, 70
    row.change, row.change_low, row.change_high = -0.3, -0.39, -0.19
    with i18n.using("de"):
        said = compare.finding(row)
    assert said == (
        "Anteil der Fragen bei Ana sank von 50\u00a0% (n\u00a0=\u00a0140) auf 20\u00a0% "
        "(n\u00a0=\u00a070): −30\u00a0Prozentpunkte (95\u00a0%-Intervall −39 bis "
        "−19\u00a0Prozentpunkte)."
    )
