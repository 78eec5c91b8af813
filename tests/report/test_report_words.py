"""The report speaks the reader's language: no internal identifier (a snake_case name of a
setting, a measure or a sign, from their registries) in the visible text of the HTML or the PDF
of the sample chat; what stands out comes first; the printed report is short and has no
mostly-blank page; a chat below the minimum gets a short PDF that says so."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import fields

import pytest

import analyzer
from analyzer.metrics import catalogue
from analyzer.report import findings, prose
from analyzer.report.html import render_html
from analyzer.report.pdf import render_pdf
from analyzer.settings import MinimumData, Settings, Thresholds
from analyzer.signs import SIGN_IDS
from tests.tools import need

pytestmark = pytest.mark.slow  # the whole pipeline on the sample chat


def internal_names() -> set[str]:
    names = {f.name for cls in (Settings, MinimumData, Thresholds) for f in fields(cls)}
    names |= {spec.name for spec in catalogue.CATALOGUE}
    names |= {sid for sid, _group in SIGN_IDS}
    return {n for n in names if "_" in n}  # one-word names ("words", "lsm") read as words


def visible_html(page: str) -> str:
    page = re.sub(r"<(style|svg)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def pdf_text(data: bytes, tmp_path, first: int | None = None) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    pages = ["-f", str(first), "-l", str(first)] if first else []
    return subprocess.run(
        [need("pdftotext"), *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def leaks(text: str) -> list[str]:
    words = set(re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", text))
    return sorted(words & internal_names())


def test_internal_names_are_known():
    assert {"safe_sharing", "word_share", "unheard_min_disclosures"} <= internal_names()


def test_no_internal_name_in_html(real):
    assert leaks(visible_html(render_html(real))) == []


def test_no_internal_name_in_pdf(real, tmp_path):
    assert leaks(pdf_text(render_pdf(real), tmp_path)) == []


def doubled(text: str) -> list[str]:
    """Words or phrases (up to four words) written twice in a row."""
    return [m.group(0) for m in re.finditer(r"\b(\w+(?: \w+){0,3}) \1\b", text)]


def test_the_doubling_check_catches_a_phrase():
    assert doubled("0 complaints about the other about the other, ask questions asked asked") == [
        "about the other about the other",
        "asked asked",
    ]


def test_sign_cards_never_double_a_word(real):
    # a measure named by a plain word ("complaints", "questions") is not swapped for its label
    # ("complaints about the other", "questions asked") inside a sentence that already says it
    from analyzer.report import signcards

    texts = []
    for sign in real.signs:
        card = signcards.card(sign, quotes=False, settings=real.settings)
        texts += [card.summary, card.rule, card.change, card.caveat]
    assert [d for t in texts for d in doubled(t)] == []
    assert any("0 complaints about the other, fewer than 2" in t for t in texts)
    assert any("ask questions, including about the other" in t for t in texts)


def test_the_leak_check_catches_a_name():
    assert leaks("Rule: min >= 2 (safe_feeling_rate)") == ["safe_feeling_rate"]


def test_stands_out_first_in_html(real):
    page = render_html(real)
    balance = page.index('<section class="section" id="balance"')
    assert page.index("<h3>What stands out</h3>") < balance


def test_stands_out_in_json_with_its_numbers(real):
    doc = real.to_dict()
    got = doc["stands_out"]
    assert 3 <= len(got) <= 6
    first = got[0]
    assert list(first) == ["text", "lead", "detail", "measure", "person", "value", "n"]
    # the sample chat: 47 % of 68 conversations go from light to deep (32 of 68; 29 before the
    # emotion model was refitted with a stronger penalty, which raised two more statements, and
    # 31 before it also learnt from BRIGHTER's English train split, which raised "which is almost
    # worse"; 32, then 33 when the model refitted on the larger lexicon raised "enough that i can
    # stop checking my bank balance before buying a coffee"; 32 again since the model may not
    # raise a message on a mild state: "i'm just so tired of being the one who organises
    # everything" is tier 1, as "soooo tired of these meetings" is in the gold set; 30 since
    # the model reads no message of one or two words: "enjoy!" and "love that" are reactions)
    assert (first["measure"], first["person"], first["n"]) == ("deep_session_share", "", 68)
    assert first["value"] == round(30 / 68, 6)
    assert first["lead"] == (
        "A little under half of the conversations go from small talk to feelings."
    )
    assert first["detail"].startswith("44\u00a0% of 68 conversations;")
    assert first["text"] == f"{first['lead']} {first['detail']}"


def test_one_minimum_in_summary_and_signs(real):
    """Tom's 8 feeling statements (9 before s39 left his "proud" at Priya's news out as a
    reply): at or above the per-person minimum the signs use (5), so the
    summary states his share too, and neither calls it too few."""
    need = real.settings.thresholds.unheard_min_disclosures
    assert prose.minimum_for("responsiveness_received", real.settings) == need == 5
    texts = [f.text for f in findings.stands_out(real)]
    assert any("Tom 75\u00a0% of 8 feeling statements" in t for t in texts)
    assert prose.too_few("responsiveness_received", 9, real.settings) == ""
    assert prose.too_few("responsiveness_received", 4, real.settings) == (
        "too few to judge: fewer than 5 feeling statements"
    )


def _fill(data: bytes, tmp_path) -> list[float]:
    """Per page, how far down the text reaches (the footer left out), as a fraction of the page."""
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    box = subprocess.run(
        [need("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for _w, h, body in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', box,
                                  re.S):
        ys = [float(y) for y in re.findall(r'yMax="([\d.]+)"', body) if float(y) < float(h) - 45]
        out.append(max(ys) / float(h) if ys else 0.0)
    return out


def test_sample_pdf_is_short_and_full(real, tmp_path):
    fill = _fill(render_pdf(real), tmp_path)
    assert len(fill) <= 12
    assert min(fill) > 1 / 3, fill


def test_sample_pdf_first_page_is_the_summary(real, tmp_path):
    first = pdf_text(render_pdf(real), tmp_path, first=1)
    # pdftotext gives the no-break space before "%" as a plain space
    for words in ("Tom", "Priya", "8 Jan 2024 to 17 Mar 2024", "What stands out",
                  "The signs at a glance", "Balance at a glance", "leaning to Priya",
                  "Priya shares more of the feelings: 62 %.",
                  "Private worries are shared, and met with care"):
        assert words in first


def test_sign_chips_link_to_their_cards_inside_the_pdf(real):
    data = render_pdf(real)
    # one internal link per sign, from its chip on page one to its card; no web link
    assert data.count(b"/Subtype /Link") == len(real.signs) == 21
    assert b"/URI" not in data


def test_tiny_chat_gets_a_short_pdf_that_says_so(tmp_path):
    lines = [
        "12/03/2024, 09:00 - Ana: hi there",
        "12/03/2024, 09:05 - Ben: hello! how are you?",
        "12/03/2024, 09:06 - Ana: good, I feel a bit tired",
        "12/03/2024, 09:10 - Ben: oh no",
        "13/03/2024, 19:00 - Ana: dinner at 7?",
        "13/03/2024, 19:02 - Ben: yes",
        "13/03/2024, 19:03 - Ana: great",
    ]
    chat = tmp_path / "tiny.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = analyzer.analyze(analyzer.load_chat(chat))
    data = render_pdf(result)
    fill = _fill(data, tmp_path)
    assert len(fill) <= 4
    text = " ".join(pdf_text(data, tmp_path).split())
    assert "Too little chat to say what stands out: it spans less than 2 weeks" in text
    assert "cannot be judged yet" in text
