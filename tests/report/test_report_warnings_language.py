"""The warnings from reading a chat speak the report's language (analyzer/parse_warnings.py).

The sample chat is given with an impossible date in a header line (kept as text with
--lenient), a byte that is not UTF-8, the same file twice and an empty file: four warnings.
Its report in each language shows each warning in that language, at the top and in the Method
section, with no English sentence of the catalogue left in the HTML or the PDF; the JSON keeps
the English warnings and adds each one's code, values and sentence in the report's language.
"""

from __future__ import annotations

import json
import pickle
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer import load_chat
from analyzer.cli import app
from analyzer.parse_warnings import REASONS, TEXTS, ParseWarning, aggregate, render, warn
from analyzer.report import i18n
from analyzer.report.formatting import warning_text
from tests.report.helpers import json_keys, pdf_text
from tests.report.test_report_i18n import _visible
from tests.report.test_report_no_english import english_left

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"
LANGUAGES = ("pt", "es", "de", "fr", "it", "hi")
#: The warning of the header line with an impossible date, in each report language.
IMPOSSIBLE_LINE = {
    "en": "1 line that looks like a message header but has an impossible date or time in dmy "
    "order was kept as text of the message above (--lenient)",
    "pt": "1 linha que parece um cabeçalho de mensagem, mas tem data ou hora impossível na "
    "ordem dmy, foi mantida como texto da mensagem anterior (--lenient)",
    "es": "1 línea que parece una cabecera de mensaje pero tiene una fecha u hora imposible en "
    "el orden dmy se mantuvo como texto del mensaje anterior (--lenient)",
    "de": "1 Zeile, die wie ein Nachrichtenkopf aussieht, aber in der Reihenfolge dmy ein "
    "unmögliches Datum oder eine unmögliche Uhrzeit hat, blieb Text der Nachricht davor "
    "(--lenient)",
    "fr": "1 ligne qui ressemble à un en-tête de message mais porte une date ou une heure "
    "impossible dans l'ordre dmy a été gardée comme texte du message précédent (--lenient)",
    "it": "1 riga che sembra un'intestazione di messaggio ma ha una data o un'ora impossibile "
    "nell'ordine dmy è rimasta testo del messaggio precedente (--lenient)",
    "hi": "संदेश के हेडर जैसी दिखने वाली 1 पंक्ति, जिसकी तारीख़ या समय dmy क्रम में असंभव है, "
    "ऊपर वाले संदेश के टेक्स्ट के रूप में रखी गई (--lenient)",
}
#: The empty file's warning after its name, in each report language.
EMPTY = {
    "en": ": is empty and was ignored",
    "pt": ": está vazio e foi ignorado",
    "es": ": está vacío y no se tuvo en cuenta",
    "de": ": ist leer und wurde nicht berücksichtigt",
    "fr": "\u00a0: est vide et n'a pas été pris en compte",
    "it": ": è vuoto e non è stato considerato",
    "hi": ": खाली है, इसलिए इसे नहीं गिना गया",
}
CODES = ["empty_file", "given_twice", "impossible_headers_kept", "not_utf8_replaced"]

runner = CliRunner()


def _write_chat(folder: Path) -> tuple[Path, Path, str]:
    """The sample chat with a header line dated 31 February and a byte that is not UTF-8, and
    an empty file beside it; and the chat's text (the report may quote it)."""
    lines = SAMPLE.read_bytes().split(b"\n")
    bad = b"31/02/2024, 10:00 - Tom: this header has an impossible date"
    lines = [*lines[:10], bad, *lines[10:]]
    lines[5] += b" caf\xe9"
    chat, empty = folder / "chat.txt", folder / "empty.txt"
    chat.write_bytes(b"\n".join(lines))
    empty.write_bytes(b"")
    return chat, empty, b"\n".join(lines).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The report (HTML, PDF, JSON) of the chat in English and each of :data:`LANGUAGES`."""
    folder = tmp_path_factory.mktemp("warned")
    chat, empty, text = _write_chat(folder)
    out = {}
    for code in ("en", *LANGUAGES):
        html, pdf, js = (folder / f"{code}.{kind}" for kind in ("html", "pdf", "json"))
        args = ["report", str(chat), str(chat), str(empty), "--lenient", "-q"]
        args += ["-o", str(html), "-o", str(pdf), "-o", str(js), "--report-language", code]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        out[code] = {
            "shown": _visible(html.read_text("utf-8")),
            "pdf": pdf,
            "json": json.loads(js.read_text("utf-8")),
        }
    return {"reports": out, "chat": chat, "empty": empty, "text": text}


def test_the_chat_gives_the_four_warnings(tmp_path):
    chat, empty, _text = _write_chat(tmp_path)
    warnings = load_chat([chat, chat, empty], lenient=True).source.warnings
    assert [w.code for w in warnings] == CODES
    assert warnings[2] == IMPOSSIBLE_LINE["en"]
    assert warnings[2].values == {"n": 1, "order": "dmy"}
    assert warnings[0] == f"{empty}{EMPTY['en']}"


@pytest.mark.parametrize("code", ["en", *LANGUAGES])
def test_each_warning_is_shown_in_the_report_language(written, code):
    shown = written["reports"][code]["shown"]
    empty = str(written["empty"])
    assert IMPOSSIBLE_LINE[code] in shown  # at the top, an item of its own
    assert f"{empty}{EMPTY[code]}" in shown
    with i18n.using(code):
        method = i18n._("Warning: {warning}").format(warning=IMPOSSIBLE_LINE[code])
        note = i18n._(
            "These warnings are written in English, as the part of the program that reads the "
            "file gives them."
        )
    assert method in shown  # and again in the Method section
    assert note not in shown


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_sentence_in_the_html_or_the_pdf(written, code):
    report, chat = written["reports"][code], written["text"]
    assert english_left("\n".join(report["shown"]), chat) == []
    pdf = pdf_text(report["pdf"])
    assert english_left(pdf, chat) == []
    # the PDF shows the warning too ("(--lenient)" ends it; pdftotext may break its lines)
    assert " ".join(IMPOSSIBLE_LINE[code].split()[-4:]) in " ".join(pdf.split())


def test_the_english_report_has_the_english_warnings(written):
    shown = written["reports"]["en"]["shown"]
    assert english_left("\n".join(shown), written["text"]) != []  # the check sees English


def test_the_json_keeps_english_warnings_and_adds_codes_and_sentences(written):
    en, pt = (written["reports"][c]["json"] for c in ("en", "pt"))

    assert json_keys(pt) == json_keys(en)
    assert pt["report_language"] == {"code": "pt", "chosen": "asked"}
    assert pt["source"]["warnings"] == en["source"]["warnings"]
    assert pt["source"]["warnings"][2] == IMPOSSIBLE_LINE["en"]
    details = pt["source"]["warning_details"]
    assert [d["code"] for d in details] == CODES
    assert [d["values"] for d in details] == [d["values"] for d in en["source"]["warning_details"]]
    assert details[2] == {
        "code": "impossible_headers_kept",
        "values": {"n": 1, "order": "dmy"},
        "text": IMPOSSIBLE_LINE["pt"],
    }
    assert [d["text"] for d in en["source"]["warning_details"]] == en["source"]["warnings"]
    assert pt["signs"][0]["title"] != en["signs"][0]["title"]


# ---------------------------------------------------------------- the warnings' texts


def _values(code: str, n: int) -> dict:
    texts = TEXTS[code] if isinstance(TEXTS[code], tuple) else (TEXTS[code],)
    names = {f for t in texts for _, f, _, _ in string.Formatter().parse(t) if f}
    sample = {"n": n, "total": 1500, "shown": 3, "line": 1234, "first": 2, "bad": 1, "chars": 20000}
    lists = {"examples": ["a.txt", "b.txt", "c.txt"], "picked": ["a.txt"], "pages": ["m2.html"]}
    lists["left"] = ["b.txt", "c.txt", "d.txt", "e.txt"]
    reasons = {"reasons": {"text outside any cue": 1, "timestamp with no sender": n}}
    return {k: {**sample, **lists, **reasons}.get(k, f"<{k}>") for k in names}


@pytest.mark.parametrize("code", ["en", *LANGUAGES])
def test_every_warning_fills_every_placeholder_in_every_language(code):
    for key in TEXTS:
        for n in (1, 2, 1500):
            w = warn(key, **_values(key, n))
            with i18n.using(code):
                said = warning_text(w)
            assert "{" not in said and "}" not in said, (code, key)
            if code == "en":
                assert said == w
            else:
                assert said != w, (code, key)


def test_plural_forms_follow_the_count():
    one, many = warn("duplicates_dropped", n=1), warn("duplicates_dropped", n=1500)
    assert one == "dropped 1 duplicate message found in several files"
    assert many == "dropped 1,500 duplicate messages found in several files"
    with i18n.using("pt"):
        assert warning_text(one) == "1 mensagem repetida em vários arquivos foi contada uma vez só"
        assert warning_text(many) == (
            "1.500 mensagens repetidas em vários arquivos foram contadas uma vez só"
        )
    with i18n.using("de"):
        assert warning_text(many) == (
            "1.500 doppelte Nachrichten aus mehreren Dateien wurden nur einmal gezählt"
        )


def test_the_lost_lines_name_their_reasons_in_the_language():
    w = warn("lines_lost", n=3, total=40, reasons={"record without a readable time": 2,
                                                   "message without an author": 1})
    assert w == (
        "3 of 40 lines or records could not be read and were skipped (2 records without a "
        "readable time; 1 message without an author; --lenient)"
    )
    assert set(REASONS) >= set(w.values["reasons"])
    with i18n.using("es"):
        assert warning_text(w) == (
            "3 de 40 líneas o registros no se pudieron leer y se omitieron (2 registros sin hora "
            "legible; 1 mensaje sin autor; --lenient)"
        )


def test_many_files_are_counted_with_the_first_three_named():
    assert aggregate(["a", "b"], "empty_file", "empty_files") == [
        "a: is empty and was ignored",
        "b: is empty and was ignored",
    ]
    [w] = aggregate(["a", "b", "c", "d"], "empty_file", "empty_files")
    assert w == "4 files are empty and were ignored; the first 3: a, b, c"
    assert w.values == {"n": 4, "shown": 3, "examples": ["a", "b", "c"]}


def test_a_warning_keeps_its_code_through_pickle_and_anonymizing():
    w = warn("same_content", file="/home/ana/chat (1).txt", other="/home/ana/chat.txt")
    back = pickle.loads(pickle.dumps(w))
    assert (back, back.code, back.values) == (w, w.code, w.values)
    scrubbed = w.map_text(lambda s: s.replace("/home/ana/", ""))
    assert scrubbed == "chat (1).txt: the same content as chat.txt; read once"
    assert scrubbed.code == "same_content"
    assert scrubbed.values == {"file": "chat (1).txt", "other": "chat.txt"}


def test_a_warning_without_a_code_is_shown_as_given_and_said_so():
    from analyzer.report.formatting import untranslated_warnings

    plain = "something a caller wrote"
    with i18n.using("pt"):
        assert warning_text(plain) == plain
        assert untranslated_warnings([warn("cp1252", file="a.csv"), plain])
        assert not untranslated_warnings([warn("cp1252", file="a.csv")])
    assert not untranslated_warnings([plain])  # an English report: nothing to say
    assert isinstance(warn("cp1252", file="a.csv"), ParseWarning)


def test_render_refuses_an_unknown_code():
    with pytest.raises(KeyError):
        render("no_such_warning", {})


def test_no_parser_writes_a_warning_as_bare_text():
    """Every warning the parsers and the pipeline add is made by ``warn`` (so the report can say
    it in its language): no string, f-string or concatenation goes into a list of warnings."""
    import ast

    sources = [*(ROOT / "analyzer" / "parsers").glob("*.py")]
    sources += [ROOT / "analyzer" / name for name in ("pipeline.py", "table_check.py")]
    bare = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = ast.unparse(node.func.value)
            if node.func.attr in ("append", "extend") and owner.endswith(("warnings", "fixes")):
                for arg in node.args:
                    inner = arg.elt if isinstance(arg, ast.GeneratorExp) else arg
                    if isinstance(inner, ast.Constant | ast.JoinedStr | ast.BinOp):
                        bare.append(f"{path.name}:{node.lineno}")
    assert bare == []


def test_anonymized_warnings_keep_their_codes_and_lose_their_paths(tmp_path):
    chat, empty, _text = _write_chat(tmp_path)
    out = tmp_path / "anon.json"
    args = ["report", str(chat), str(chat), str(empty), "--lenient", "-q", "--anonymize"]
    result = runner.invoke(app, [*args, "-o", str(out), "--report-language", "de"])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert str(tmp_path) not in text
    details = json.loads(text)["source"]["warning_details"]
    assert [d["code"] for d in details] == CODES
    files = [d["values"].get("file") for d in details]
    assert files == ["[path]", "chat-1.txt", None, "chat-1.txt"]
    assert details[1]["text"] == "chat-1.txt: zweimal angegeben; einmal gelesen"


# ---------------------------------------------------------------- why the dates read as they do


def test_every_date_order_reason_a_parser_gives_has_words():
    from analyzer.parse_warnings import DATE_ORDER_REASONS
    from analyzer.parsers import whatsapp

    for _order, why in (("mdy", whatsapp._US_CLUE), ("dmy", whatsapp._DOTTED_CLUE)):
        assert f"locale: {why}" in DATE_ORDER_REASONS
    assert set(whatsapp._YEAR_PLACE.values()) == {"first", "in the middle", "last"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_date_order_reason_is_said_in_the_report_language(code):
    from analyzer.parse_warnings import DATE_ORDER_REASONS, YEAR_PLACES, YEAR_REASONS
    from analyzer.report.view_method import _date_order_reason

    with i18n.using(code):
        for reason in DATE_ORDER_REASONS:
            for place in ("", *(f"; 2-digit year {p} ({w})" for p in YEAR_PLACES
                                for w in YEAR_REASONS)):
                said = _date_order_reason(reason + place)
                assert english_left(said, "") == [] and "{" not in said, said
        assert _date_order_reason("something new") == "something new"  # as the parser said it
    with i18n.using("pt"):
        assert _date_order_reason("field > 12; 2-digit year last (chronology)") == (
            "um campo acima de 12 mostra qual é o dia; ano de 2 dígitos no fim: assim as datas "
            "seguem a ordem do tempo"
        )
    assert _date_order_reason("field > 12") == "field > 12"  # English: the parser's words


def test_the_method_section_says_why_in_portuguese(written):
    assert "dmy (um campo acima de 12 mostra qual é o dia)" in written["reports"]["pt"]["shown"]
    assert "dmy (field > 12)" in written["reports"]["en"]["shown"]
