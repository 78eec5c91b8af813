"""The languages of a chat's messages in the report: a Portuguese chat with some English
messages, end to end (JSON ``depth.languages``, the method facts of the HTML page and the PDF)."""

from __future__ import annotations

import html

import pandas as pd
import pytest

import analyzer
from analyzer.report.json import analysis_to_dict
from analyzer.report.view import _language_fact

A, B = "Ana", "Ben"
ROUND = (
    (A, "oi amor, tudo bem? estou com saudade de você"),
    (B, "tudo ótimo, e você? hoje o dia foi muito corrido"),
    (A, "kkkk"),
    (B, "I'm so tired, can you call me later?"),
    (A, "claro, te ligo depois do jantar"),
    (B, "ok"),
    (A, "love you"),
    (B, "também te amo, você é tudo pra mim"),
    (A, "boa noite, durma bem"),
    (B, "boa noite ❤️"),
)
ROUNDS = 4
#: "kkkk", "ok", "boa noite ❤️" keep the chat's language; two messages a round are English
FACT = (
    "Portuguese (pt); no emotion reading yet. Messages: Portuguese 80\u00a0%, English 20\u00a0%; "
    "English read, Portuguese not read yet"
)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    path = tmp_path_factory.mktemp("mixed") / "WhatsApp Chat with Ben.txt"
    lines = []
    for k in range(ROUNDS):
        day = pd.Timestamp("2024-03-01 20:00") + pd.Timedelta(days=3 * k)
        for i, (who, text) in enumerate(ROUND):
            lines.append(f"{day + pd.Timedelta(minutes=2 * i):%d/%m/%Y, %H:%M} - {who}: {text}")
    lines.insert(3, "01/03/2024, 20:05 - Ana: <Media omitted>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyzer.analyze(analyzer.load_chat(path))


def test_json_lists_each_language_with_its_share(mixed):
    depth = analysis_to_dict(mixed)["depth"]
    assert (depth["language"], depth["lexicon_applied"]) == ("pt", False)
    assert depth["languages"] == [
        {"code": "pt", "name": "Portuguese", "messages": 32, "share": 0.8, "read": False},
        {"code": "en", "name": "English", "messages": 8, "share": 0.2, "read": True},
    ]


def test_the_method_facts_say_which_languages_were_read(mixed):
    assert _language_fact(mixed) == FACT


def test_the_html_page_shows_the_fact(mixed):
    from analyzer.report.html import render_html

    page = render_html(mixed)
    assert f"<dt>Language</dt><dd>{html.escape(FACT)}</dd>" in page


def test_the_pdf_shows_the_fact(mixed, tmp_path):
    from analyzer.report.pdf import write_pdf
    from tests.report.helpers import pdf_text

    out = tmp_path / "r.pdf"
    write_pdf(mixed, out)
    text = " ".join(pdf_text(out).replace("\u00a0", " ").split())
    assert "Messages: Portuguese 80 %, English 20 %; English read, Portuguese not read yet" in text


def test_a_chat_in_one_language_lists_it_alone(factory):
    from dataclasses import replace

    fake = factory()
    one = replace(fake, measures=replace(fake.measures, languages={"en": 400}))
    assert analysis_to_dict(one)["depth"]["languages"] == [
        {"code": "en", "name": "English", "messages": 400, "share": 1.0, "read": True}
    ]
    assert _language_fact(one) == (
        "English (en); emotion reading applied. Messages: English 100\u00a0%; English read"
    )
    # an Analysis without the count (no text messages) keeps the plain fact
    assert analysis_to_dict(fake)["depth"]["languages"] == []
    assert _language_fact(fake) == "English (en); emotion reading applied"
