"""The languages of a chat's messages in the report: a German chat (a language without a pack
yet) with some English messages, end to end (JSON ``depth.languages``, the method facts of the
HTML page and the PDF); and a Portuguese one, where both languages are read."""

from __future__ import annotations

import html

import pandas as pd
import pytest

import analyzer
from analyzer.report.json import analysis_to_dict
from analyzer.report.view import _language_fact

A, B = "Ana", "Ben"
ROUND = (
    (A, "hey schatz, wie geht es dir? ich vermisse dich und das ist nicht schön"),
    (B, "mir geht es gut, und dir? heute war der tag so voll, ich bin echt müde"),
    (A, "haha"),
    (B, "I'm so tired, can you call me later?"),
    (A, "klar, ich rufe dich nach dem essen an"),
    (B, "ok"),
    (A, "love you"),
    (B, "ich dich auch, du bist alles für mich"),
    (A, "gute nacht, schlaf gut"),
    (B, "gute nacht ❤️"),
)
PT_ROUND = (
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
#: "haha", "ok", "gute nacht ❤️" keep the chat's language; two messages a round are English
FACT = (
    "German (de); no emotion reading yet. Messages: German 80\u00a0%, English 20\u00a0%; "
    "English read, German not read yet"
)


def _chat(folder, rounds):
    path = folder / "WhatsApp Chat with Ben.txt"
    lines = []
    for k in range(ROUNDS):
        day = pd.Timestamp("2024-03-01 20:00") + pd.Timedelta(days=3 * k)
        for i, (who, text) in enumerate(rounds):
            lines.append(f"{day + pd.Timedelta(minutes=2 * i):%d/%m/%Y, %H:%M} - {who}: {text}")
    lines.insert(3, "01/03/2024, 20:05 - Ana: <Media omitted>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyzer.analyze(analyzer.load_chat(path))


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return _chat(tmp_path_factory.mktemp("mixed"), ROUND)


def test_a_portuguese_chat_with_english_messages_reads_both(tmp_path):
    chat = _chat(tmp_path, PT_ROUND)
    assert analysis_to_dict(chat)["depth"]["languages"] == [
        {"code": "pt", "name": "Portuguese", "messages": 32, "share": 0.8, "read": True},
        {"code": "en", "name": "English", "messages": 8, "share": 0.2, "read": True},
    ]
    assert _language_fact(chat) == (
        "Portuguese (pt); emotion reading applied. Messages: Portuguese 80\u00a0%, "
        "English 20\u00a0%; Portuguese and English read"
    )


def test_json_lists_each_language_with_its_share(mixed):
    depth = analysis_to_dict(mixed)["depth"]
    assert (depth["language"], depth["lexicon_applied"]) == ("de", False)
    assert depth["languages"] == [
        {"code": "de", "name": "German", "messages": 32, "share": 0.8, "read": False},
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
    assert "Messages: German 80 %, English 20 %; English read, German not read yet" in text


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
