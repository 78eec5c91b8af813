"""The report in the reader's language: the catalogue is whole and translated, placeholders
survive translation, the compiled catalogues match their sources, numbers and dates follow the
language, a Portuguese chat gets a Portuguese first page (or English when asked), and a German
and a French chat get theirs with ``auto`` (an Italian and a Hindi chat: test_report_i18n_it_hi.py).

Not every sentence of the report is in the catalogue yet: :data:`FULLY_IN_CATALOGUE` lists the
modules whose own sentences are, and :func:`test_modules_in_the_catalogue_have_no_bare_sentences`
keeps them so (a literal of two or more words outside a marker fails it). The signs' summaries,
reasons and caveats (analyzer.signs, marked where the rulebook and the predicates write them),
the measures' definitions (read by ``extract_measure_labels``) and the settings' meanings (the
``_help`` texts of analyzer.settings) are in it too; tests/report/test_report_no_english.py
reads a whole report in each language for English left over, the "What changed" section
(compare.py) and the evidence notes of the sign cards (signcards.ABOUT) included; the settings'
names in the Method section's table are catalogue texts too (test_report_view.py). Still English
in every report language: the parser's warnings (a report in another language says so under
them); chat text is the chat's own."""

from __future__ import annotations

import ast
import gettext
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import i18n
from tests.pt_chat import write as write_chat
from tests.report.helpers import json_keys

REPORT = Path(i18n.__file__).parent
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]


def _po(code: str):
    with open(REPORT / "locale" / code / "LC_MESSAGES" / "report.po", "rb") as handle:
        return read_po(handle, locale=code)


def _ids(catalog) -> set:
    return {m.id for m in catalog if m.id}


def _extracted() -> set:
    """Every text the code marks for the catalogue, extracted now as ``pybabel extract`` does
    with the repository's babel.cfg."""
    from babel.messages.extract import extract_from_dir

    root = REPORT.parents[1]
    method_map = [
        ("analyzer/report/**.py", "python"),
        ("analyzer/signs/**.py", "python"),
        ("analyzer/settings.py", "python"),
        ("analyzer/parse_warnings.py", "python"),
        ("analyzer/report/templates/**.j2", "jinja2"),
        ("analyzer/metrics/catalogue.py", "analyzer.report.i18n:extract_measure_labels"),
    ]
    return {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            root, method_map, keywords={**i18n.KEYWORDS, "ngettext": (1, 2)}
        )
    }


# ---------------------------------------------------------------- the catalogue


def test_babel_cfg_extracts_the_report_and_its_template():
    cfg = (REPORT.parents[1] / "babel.cfg").read_text()
    sections = re.findall(r"^\[(\w+): ([^\]]+)\]", cfg, flags=re.M)
    assert sections == [
        ("python", "analyzer/report/**.py"),
        ("python", "analyzer/signs/**.py"),
        ("python", "analyzer/settings.py"),
        ("python", "analyzer/parse_warnings.py"),
        ("jinja2", "analyzer/report/templates/**.j2"),
        ("measure_labels", "analyzer/metrics/catalogue.py"),
    ]
    assert "measure_labels = analyzer.report.i18n:extract_measure_labels" in cfg


def test_every_measure_label_is_in_the_catalogue():
    from analyzer.metrics.catalogue import CATALOGUE

    labels = {spec.label for spec in CATALOGUE}
    assert len(labels) == len(CATALOGUE) and labels <= _extracted()
    with i18n.using("pt"):
        from analyzer.report.formatting import label

        assert label("word_share") == "Parte das palavras"


def test_every_marked_text_is_in_the_template_and_each_catalogue():
    extracted = _extracted()
    with open(REPORT / "locale" / "report.pot", "rb") as handle:
        template = _ids(read_po(handle))
    assert len(extracted) > 200
    assert extracted - template == set(), "run pybabel extract (see analyzer/report/i18n.py)"
    assert template - extracted == set(), "the template holds texts the code no longer marks"
    for code in TRANSLATED:
        assert _ids(_po(code)) == template, code


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_text_is_translated(code):
    catalog = _po(code)
    untranslated = [
        m.id
        for m in catalog
        if m.id and (m.fuzzy or not m.string or (isinstance(m.string, tuple) and not all(m.string)))
    ]
    assert untranslated == []
    assert catalog.num_plurals == len(next(m for m in catalog if m.pluralizable).string)


def _fields(text: str) -> list[str]:
    """The named placeholders of a text: ``{name}`` (str.format; a setting's ``{pct:name}``
    with its unit) and ``%(name)s``."""
    braces = [
        f"{name}:{spec}" if spec else name
        for _lit, name, spec, _conv in string.Formatter().parse(text)
        if name
    ]
    return sorted(braces + re.findall(r"%\((\w+)\)s", text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_placeholder_lost_or_renamed(code):
    wrong = []
    for m in _po(code):
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            # every form, the singular's included, carries the plural's placeholders ({n})
            expected = _fields(m.id[1])
            assert _fields(m.id[0]) == expected, m.id
            forms = m.string
        else:
            expected, forms = _fields(m.id), (m.string,)
        wrong += [(m.id, form) for form in forms if _fields(form) != expected]
    assert wrong == []


def test_no_placeholder_is_positional():
    """A translation can reorder a sentence's parts only if they are named."""
    positional = [
        text
        for text in _extracted()
        for part in (text if isinstance(text, tuple) else (text,))
        if re.search(r"\{\}|\{\d|%[sd]", part)
    ]
    assert positional == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_matches_its_source(code):
    """The committed .mo (what the report reads) holds exactly the .po's translations."""
    with open(REPORT / "locale" / code / "LC_MESSAGES" / "report.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    expected = {}
    for m in _po(code):
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            for k, form in enumerate(m.string):
                expected[(m.id[0], k)] = form
        else:
            expected[m.id] = m.string
    held = {key: value for key, value in compiled._catalog.items() if key != ""}
    assert held == expected
    # German and Italian have two forms (one, other: Italian as gettext writes it, without
    # CLDR's "many" for millions); pt, es and fr three (one, "many" for millions, other); Hindi
    # two, its "one" covering 0 as well as 1 (CLDR). The form of 0 and of 5, by language:
    zero_five = {"pt": (0, 2), "es": (2, 2), "de": (1, 1), "fr": (0, 2), "it": (1, 1), "hi": (0, 1)}
    assert (compiled.plural(1), compiled.plural(0), compiled.plural(5)) == (0, *zero_five[code])


def test_sign_titles_are_the_rulebook_titles():
    from analyzer.report.signcards import SIGN_TITLES
    from analyzer.signs.rules import RULES

    assert sorted(SIGN_TITLES) == sorted(r.title for r in RULES)


def test_not_read_texts_are_the_language_data_texts():
    from analyzer.nlp.language import NOT_READ
    from analyzer.report import plainwords

    assert plainwords.NOT_READ_LEAD == NOT_READ["lead"]
    assert plainwords.NOT_READ_MEASURES == NOT_READ["measures"]
    from analyzer.signs.predicates import NOT_READ_SIGN

    assert NOT_READ_SIGN == NOT_READ["sign"]
    from analyzer.compare import RULE
    from analyzer.report.compare import RULE_TEXT

    assert RULE_TEXT.format(level="95 %") == RULE


_NAME = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


@pytest.mark.parametrize("code", TRANSLATED)
def test_names_with_underscores_are_kept(code):
    """A sign's or measure's name inside a definition or a setting's meaning ("find_balance",
    "word_share") stays as it is in each translation: the report puts it into words."""
    wrong = [
        (m.id, m.string)
        for m in _po(code)
        if isinstance(m.id, str)
        and m.id
        and sorted(_NAME.findall(m.string)) != sorted(_NAME.findall(m.id))
    ]
    assert wrong == []


def test_a_sign_said_in_english_is_its_summary(real):
    """A sign's summary as a phrase (what a report in another language translates) says in
    English exactly what the analysis wrote, for every sign of the sample chat; in Portuguese
    it is another sentence, with its shares written as Portuguese writes them."""
    from analyzer.report.signcards import say, summary

    assert [say(s.said).replace(NBSP, " ") for s in real.signs] == [s.summary for s in real.signs]
    safe = next(s for s in real.signs if s.id == "safe_sharing")
    with i18n.using("pt"):
        said = summary(safe)
    assert said.startswith("Vocês dois dizem como se sentem, e ") and said.endswith(
        "% dessas falas receberam uma resposta acolhedora."
    )


#: Modules whose own sentences are all in the catalogue (view.py still shows the English texts
#: other modules hand it: see the module docstring).
FULLY_IN_CATALOGUE = (
    "plainwords.py",
    "picture.py",
    "findings.py",
    "view.py",
    "pdf_glance.py",
    "formatting.py",
    "html.py",
    "i18n.py",
    "plots.py",
    "plot_frame.py",
    "plots_balance.py",
    "plots_depth.py",
    "plots_activity.py",
)
MARKERS = {"_", "N_", "Nn_", "ngettext", "pgettext", "npgettext"}
#: Strings in those modules that are not sentences of the report, with why.
NOT_SHOWN = {
    # plainwords: English number words, used only by English reports (others write digits)
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety",
    # plainwords.lead_problems: why a lead is not plain (a message for tests, not the report)
    "more than one percentage",
    "a number in digits",
    # i18n.extract_measure_labels: the comments it hands translators with each measure label
    # and definition
    "Translators: a measure's name in a table.",
    "Translators: a measure's definition in the Method section; keep any name_with_underscores "
    "and sign or measure name as it is (the report puts it into words).",
    # plots: a font's name, an SVG tag, matplotlib's warning and legend placement
    "DejaVu Sans",
    "Noto Sans Devanagari",
    # html: the CSS that embeds the shipped Devanagari font in a Hindi page
    'svg.plot text { font-family: "chat-balance Devanagari", "DejaVu Sans", sans-serif '
    "!important; }",
    '@font-face { font-family: "chat-balance Devanagari"; font-weight: ',
    '<title id="',
    "Glyph .* missing from font",
    "outside lower center",
}


def _bare_sentences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    marked: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in MARKERS or name in {"ValueError", "AssertionError"}:
                marked.update(id(n) for a in node.args for n in ast.walk(a))
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
        if isinstance(node, ast.Assert):
            marked.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in marked | docstrings
            and re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", node.value)
            and node.value not in NOT_SHOWN
        ):
            found.append(node.value)
    return found


@pytest.mark.parametrize("module", FULLY_IN_CATALOGUE)
def test_modules_in_the_catalogue_have_no_bare_sentences(module):
    assert _bare_sentences(REPORT / module) == []


def test_the_template_has_no_bare_words():
    """Every word of the HTML template outside its tags and expressions comes from
    ``_()``/``{% trans %}``: what is left are attribute values."""
    text = (REPORT / "templates" / "report.html.j2").read_text("utf-8")
    text = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}|<[^>]+>", " ", text, flags=re.S)
    assert set(re.findall(r"[A-Za-z]{2,}", text)) == {"class", "wide"}


def test_the_scan_finds_a_bare_sentence(tmp_path):
    """The scan above can fail: a sentence outside a marker is found, a marked one is not."""
    path = tmp_path / "m.py"
    path.write_text('A = N_("Seen in this chat.")\nB = "Not seen in this chat."\n')
    assert _bare_sentences(path) == ["Not seen in this chat."]


# ---------------------------------------------------------------- choosing and formatting


@pytest.mark.parametrize(
    ("choice", "chat", "expected"),
    [
        ("auto", "pt", ("pt", "chat")),
        ("auto", "es", ("es", "chat")),
        ("auto", "en", ("en", "chat")),
        ("auto", "de", ("de", "chat")),
        ("auto", "fr", ("fr", "chat")),
        ("auto", "it", ("it", "chat")),
        ("auto", "hi", ("hi", "chat")),
        ("auto", "hi-Latn", ("hi", "chat")),  # Hindi in Latin letters: the report in Devanagari
        ("auto", "nl", ("en", "fallback")),
        ("auto", "und-Cyrl", ("en", "fallback")),
        ("auto", "", ("en", "fallback")),
        ("en", "pt", ("en", "asked")),
        ("ES", "pt", ("es", "asked")),
        ("de", "fr", ("de", "asked")),
        ("Fr", "en", ("fr", "asked")),
        ("IT", "hi", ("it", "asked")),
        ("hi", "en", ("hi", "asked")),
    ],
)
def test_resolve(choice, chat, expected):
    assert i18n.resolve(choice, chat) == expected


def test_resolve_refuses_an_unknown_language():
    with pytest.raises(ValueError, match=r"choose one of auto, en, pt, es, de, fr, it, hi$"):
        i18n.resolve("nl", "nl")


def test_outside_a_report_language_the_text_is_english():
    from analyzer.report.plainwords import amount

    assert i18n.current() == "en"
    with i18n.using("pt"):
        assert amount(2 / 3) == "dois terços"
        with i18n.using("es"):
            assert amount(2 / 3) == "dos tercios"
        assert i18n.current() == "pt"
    assert amount(2 / 3) == "two in three"


NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "en",
            [
                "8 Jan 2024",
                f"46{NBSP}%",
                "1,234",
                f"1{NBSP}h 05{NBSP}min",
                "Ana and Ben",
                f"2.5{NBSP}days",
                f"−3.2{NBSP}% a week",
                "48 % to 54 %",
            ],
        ),
        (
            "pt",
            [
                "8 de jan. de 2024",
                "46%",
                "1.234",
                f"1{NBSP}h 5{NBSP}min",
                "Ana e Ben",
                f"2,5{NBSP}dias",
                "−3,2% por semana",
                "48% a 54%",
            ],
        ),
        (
            "es",
            [
                "8 ene 2024",
                f"46{NBSP}%",
                "1.234",
                f"1{NBSP}h 5{NBSP}min",
                "Ana y Ben",
                f"2,5{NBSP}días",
                f"−3,2{NBSP}% por semana",
                f"48{NBSP}% a 54{NBSP}%",
            ],
        ),
        (
            "de",
            [
                "08.01.2024",
                f"46{NBSP}%",
                "1.234",
                f"1{NBSP}Std. 5{NBSP}Min.",
                "Ana und Ben",
                f"2,5{NBSP}Tage",
                f"−3,2{NBSP}% pro Woche",
                f"48{NBSP}% bis 54{NBSP}%",
            ],
        ),
        (
            "fr",
            [
                "8 janv. 2024",
                f"46{NBSP}%",
                "1\u202f234",  # French groups thousands with a narrow no-break space
                f"1\u202fh 5{NBSP}min",
                "Ana et Ben",
                f"2,5{NBSP}jours",
                f"−3,2{NBSP}% par semaine",
                f"48{NBSP}% à 54{NBSP}%",
            ],
        ),
        (
            "it",
            [
                "8 gen 2024",
                "46%",
                "1.234",
                f"1{NBSP}h 5{NBSP}min",
                "Ana e Ben",
                f"2,5{NBSP}giorni",
                "−3,2% a settimana",
                "da 48% a 54%",
            ],
        ),
        (
            "hi",
            [
                "8 जन॰ 2024",
                "46%",
                "1,234",
                f"1{NBSP}घं॰ 5{NBSP}मि॰",
                "Ana और Ben",
                f"2.5{NBSP}दिन",
                "−3.2% प्रति हफ़्ता",
                "48% से 54%",
            ],
        ),
    ],
)
def test_dates_numbers_and_durations_follow_the_language(code, expected):
    from analyzer.report import formatting as f

    with i18n.using(code):
        got = [
            f.fmt_date("2024-01-08"),
            f.fmt_share(0.46),
            f.fmt_count(1234),
            f.fmt_seconds(3900),
            f._name_list(["Ana", "Ben"]),
            f.fmt_seconds(2.5 * 86400),
            f.fmt_trend(-0.032),
            f.fmt_interval("word_share", 0.48, 0.54).replace(NBSP, " ")
            if code == "en"
            else f.fmt_interval("word_share", 0.48, 0.54),
        ]
    assert got == expected


def test_plural_forms_are_chosen_by_count():
    from analyzer.report import plainwords as words

    with i18n.using("pt"):
        assert words.duration(60 * 1) == "cerca de um minuto"
        assert words.duration(60 * 25) == "cerca de 25 minutos"
        assert words.fill(words.SPLIT_COUNTS["word_share"], 1, shares="Ana 100%") == (
            "Ana 100% de 1 palavra"
        )
        assert words.fill(words.SPLIT_COUNTS["word_share"], 2, shares="Ana 50%") == (
            "Ana 50% de 2 palavras"
        )
    with i18n.using("es"):
        assert words.duration(2 * 3600) == "alrededor de 2 horas"
    with i18n.using("de"):
        assert words.duration(60 * 1) == "etwa eine Minute"
        assert words.duration(2 * 3600) == "etwa 2 Stunden"
        assert words.fill(words.SPLIT_COUNTS["word_share"], 1, shares="Ana 100 %") == (
            "Ana 100 % von 1 Wort"
        )
        assert words.fill(words.SPLIT_COUNTS["word_share"], 2, shares="Ana 50 %") == (
            "Ana 50 % von 2 Wörtern"
        )
        assert words.amount(2 / 3) == "zwei Drittel" and words.amount(0.65) == "etwa zwei Drittel"
    with i18n.using("fr"):
        assert words.duration(60 * 25) == "environ 25 minutes"
        assert words.fill(words.SPLIT_COUNTS["word_share"], 1, shares="Ana 100 %") == (
            "Ana 100 % sur 1 mot"
        )
        assert words.fill(words.SPLIT_COUNTS["word_share"], 2, shares="Ana 50 %") == (
            "Ana 50 % sur 2 mots"
        )
        assert words.amount(1.0) == "la totalité" and words.amount(0.5) == "la moitié"
    with i18n.using("it"):
        assert words.duration(60 * 1) == "circa un minuto"
        assert words.duration(60 * 25) == "circa 25 minuti"
        assert words.fill(words.SPLIT_COUNTS["word_share"], 1, shares="Ana 100%") == (
            "Ana 100% su 1 parola"
        )
        assert words.fill(words.SPLIT_COUNTS["word_share"], 2, shares="Ana 50%") == (
            "Ana 50% su 2 parole"
        )
        assert words.amount(2 / 3) == "due terzi" and words.amount(0.65) == "circa due terzi"
        assert words.amount(0.0) == "zero"
    with i18n.using("hi"):
        # Hindi's "one" form covers 0 and 1; "about an hour" has its own sentence
        assert words.duration(2 * 3600) == "लगभग 2 घंटे"
        assert words.duration(4000) == "लगभग एक घंटा"
        assert words.fill(words.SPLIT_COUNTS["word_share"], 0, shares="Ana 0%") == (
            "Ana 0% (0 शब्द में से)"
        )
        assert words.fill(words.SPLIT_COUNTS["word_share"], 2, shares="Ana 50%") == (
            "Ana 50% (2 शब्दों में से)"
        )
        assert words.amount(2 / 3) == "दो-तिहाई" and words.amount(0.5) == "आधी"
        # a detail line closes with the danda; numbers group in lakhs
        assert words.clauses("Ana 63%", "Ben 37%") == "Ana 63%; Ben 37%।"
        from analyzer.report.formatting import fmt_count

        assert fmt_count(1234567) == "12,34,567"
    assert words.clauses("Ana 63 %", "Ben 37 %") == "Ana 63 %; Ben 37 %."
    assert words.duration(2 * 3600) == "about two hours"


# ---------------------------------------------------------------- a Portuguese chat, end to end

runner = CliRunner()


@pytest.fixture(scope="module")
def portuguese(tmp_path_factory):
    """``chat-balance report`` of the hand-written Portuguese chat (tests/pt_chat.py),
    with --report-language auto and en: HTML and JSON of each."""
    folder = tmp_path_factory.mktemp("pt")
    chat = write_chat(folder)
    out = {}
    for choice in ("auto", "en"):
        html, js = folder / f"{choice}.html", folder / f"{choice}.json"
        result = runner.invoke(
            app,
            [
                "report",
                str(chat),
                "-o",
                str(html),
                "-o",
                str(js),
                "-q",
                "--report-language",
                choice,
            ],
        )
        assert result.exit_code == 0, result.output
        out[choice] = (html.read_text("utf-8"), js.read_text("utf-8"))
    return out


def _visible(page: str) -> list[str]:
    import html

    body = re.sub(r"<style>.*?</style>|<svg.*?</svg>", "", page, flags=re.S)
    lines = html.unescape(re.sub(r"<[^>]+>", "\n", body)).split("\n")
    return [line.strip() for line in lines if line.strip()]


#: Sentences of the Portuguese report (page one, and the method section's language facts).
PT_SHOWN = [
    "Relatório de equilíbrio da conversa",
    "Ana e Ben · 3 de mar. de 2025 a 10 de mai. de 2025",
    "105 mensagens, 538 palavras",
    "O equilíbrio num relance",
    "Conversas iniciadas",
    "pende para Ana",
    "ainda pode estar equilibrado",
    "Ana 63% · Ben 37% · 35 conversas; provavelmente de 44% a 80% para Ana",
    "O que se destaca",
    "Ana inicia a maior parte das conversas: 63%.",
    "Ana 63%, Ben 37% de 35 conversas; provavelmente de 44% a 80% para Ana; desequilibrado a "
    "partir de 65%; ainda pode estar equilibrado.",
    "As respostas chegam rápido: costumam levar cerca de 2 minutos, dos dois lados.",
    "A totalidade dos sentimentos de Ana receberam uma resposta acolhedora; dos de Ben, 23%.",
    "Os sinais num relance",
    "Atenção em vez de distração",
    "Idioma do relatório",
    "Português (o idioma da conversa)",
    "Português (pt); leitura de emoções aplicada. Mensagens: português 100%; leitura feita em "
    "português",
]
EN_SHOWN = [
    "Chat balance report",
    "Ana and Ben · 3 Mar 2025 to 10 May 2025",
    "105 messages, 538 words",
    "Balance at a glance",
    "leaning to Ana",
    "Ana starts more of the conversations: 63 %.",
    "All of Ana's feelings met a caring reply; 23 % of Ben's.",
    "Attentive rather than distracted",
    "Report language",
    "English",
]


def test_auto_gives_a_portuguese_first_page(portuguese):
    page = portuguese["auto"][0]
    shown = _visible(page)
    assert [s for s in PT_SHOWN if s not in shown] == []
    assert '<html lang="pt">' in page
    assert [s for s in EN_SHOWN if s in shown] == []


def test_en_gives_english(portuguese):
    page = portuguese["en"][0]
    shown = [s.replace(NBSP, " ") for s in _visible(page)]
    assert [s for s in EN_SHOWN if s not in shown] == []
    assert '<html lang="en">' in page
    assert [s for s in PT_SHOWN if s in shown] == []


def test_json_keys_stay_english_and_only_sentences_change(portuguese):
    import json

    auto, en = (json.loads(portuguese[c][1]) for c in ("auto", "en"))

    assert json_keys(auto) == json_keys(en)
    # s39: Ben's five "tô contando os dias" after Ana's "semana que vem a gente se vê" are his
    # answers to her plan, not feelings awaiting one: 5 of 27 met became 5 of 22
    assert auto["stands_out"][0]["lead"] == (
        "A totalidade dos sentimentos de Ana receberam uma resposta acolhedora; dos de Ben, 23%."
    )
    assert en["stands_out"][0]["lead"] == (
        "All of Ana's feelings met a caring reply; 23\u00a0% of Ben's."
    )
    assert [f["measure"] for f in auto["stands_out"]] == [f["measure"] for f in en["stands_out"]]
    assert auto["report_language"] == {"code": "pt", "chosen": "chat"}
    assert en["report_language"] == {"code": "en", "chosen": "asked"}
    # the machine fields of every sign are the same (its evidence too, but for each row's
    # text); its title, summary, caveat and evidence texts are Portuguese
    machine = ("id", "group", "status", "score", "who", "strength", "examples")
    assert [{k: s[k] for k in machine} for s in auto["signs"]] == [
        {k: s[k] for k in machine} for s in en["signs"]
    ]

    def evidence(doc):
        return [
            [{k: v for k, v in e.items() if k != "text"} for e in s["evidence"]]
            for s in doc["signs"]
        ]

    assert evidence(auto) == evidence(en)
    texts = [
        (a["text"], e["text"])
        for sa, se in zip(auto["signs"], en["signs"], strict=True)
        for a, e in zip(sa["evidence"], se["evidence"], strict=True)
        if e["text"]
    ]
    assert texts and all(a and a != e for a, e in texts)
    assert ("todos juntos", "everyone together") in texts
    pt_signs, en_signs = ({s["id"]: s for s in doc["signs"]} for doc in (auto, en))
    assert en_signs["judged_criticized"]["title"] == "Unsure where you stand"
    assert pt_signs["judged_criticized"]["title"] == "Sem saber em que pé se está"
    with i18n.using("pt"):
        titles = {s: i18n._(en_signs[s]["title"]) for s in en_signs}
        caveats = {s: i18n._(en_signs[s]["caveat"]) for s in en_signs}
    assert {s: pt_signs[s]["title"] for s in pt_signs} == titles
    assert {s: pt_signs[s]["caveat"] for s in pt_signs} == caveats
    assert all(pt_signs[s]["summary"] != en_signs[s]["summary"] for s in pt_signs)
    assert auto["depth"]["languages"][0]["name"] == "português"
    assert en["depth"]["languages"][0]["name"] == "Portuguese"


def test_an_unknown_report_language_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "x.txt"), "--report-language", "klingon"])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        .splitlines()[-1]
        .endswith("--report-language klingon: choose one of auto, en, pt, es, de, fr, it, hi")
    )


# ---------------------------------------------------------------- a German and a French chat


@pytest.fixture(scope="module")
def de_fr(tmp_path_factory):
    """``chat-balance report --report-language auto`` of the hand-written German and French
    chats (tests/report/de_fr_chats.py): HTML and JSON of each."""
    from tests.report.de_fr_chats import write as write_de_fr

    folder = tmp_path_factory.mktemp("de_fr")
    out = {}
    for code in ("de", "fr"):
        chat = write_de_fr(folder, code)
        html, js = folder / f"{code}.html", folder / f"{code}.json"
        result = runner.invoke(app, ["report", str(chat), "-o", str(html), "-o", str(js), "-q"])
        assert result.exit_code == 0, result.output
        out[code] = (html.read_text("utf-8"), js.read_text("utf-8"))
    return out


#: Sentences of each report's first page and method section, as a reader sees them.
DE_FR_SHOWN = {
    "de": [
        "Bericht zum Gleichgewicht im Chat",
        "Ana und Ben · 03.03.2025 bis 10.05.2025",
        "105 Nachrichten, 549 Wörter",
        "Das Gleichgewicht auf einen Blick",
        "Begonnene Gespräche",
        "Übergewicht bei Ana",
        "könnte noch ausgeglichen sein",
        "Was auffällt",
        f"Auf 69{NBSP}% der Gefühle von Ana kam eine zugewandte Antwort; bei Ben auf keines.",
        f"Ana beginnt mehr der Gespräche: 63{NBSP}%.",
        "Antworten kommen schnell: meist nach etwa 2 Minuten, auf beiden Seiten.",
        "Die Anzeichen auf einen Blick",
        "Jemand hält zu dir",
        "Sprache des Berichts",
        "Deutsch (die Sprache des Chats)",
    ],
    "fr": [
        "Rapport sur l'équilibre de la conversation",
        "Ana et Ben · du 3 mars 2025 au 10 mai 2025",
        "105 messages, 557 mots",
        "L'équilibre en un coup d'œil",
        "Conversations lancées",
        "penche vers Ana",
        "peut encore être équilibré",
        "Ce qui ressort",
        # French typography: a narrow no-break space before ";", a no-break space before ":"
        f"Ana a reçu une réponse bienveillante pour la totalité de ses sentiments{NNBSP}; Ben, "
        f"pour 28{NBSP}%.",
        f"Ana lance la plus grande part des conversations{NBSP}: 63{NBSP}%.",
        f"Ben partage la plus grande part des sentiments{NBSP}: environ les trois cinquièmes.",
        "Les signes en un coup d'œil",
        "Quelqu'un est là pour vous",
        "Langue du rapport",
        "Français (la langue de la conversation)",
    ],
}


@pytest.mark.parametrize("code", ["de", "fr"])
def test_auto_gives_the_chats_language(de_fr, code):
    import json

    page, js = de_fr[code]
    shown = _visible(page)
    assert [s for s in DE_FR_SHOWN[code] if s not in shown] == []
    assert f'<html lang="{code}">' in page
    assert [s for s in EN_SHOWN if s in shown] == []
    other = DE_FR_SHOWN["fr" if code == "de" else "de"]
    assert [s for s in other if s in shown] == []
    lead = json.loads(js)["stands_out"][0]["lead"]
    assert lead == DE_FR_SHOWN[code][8]


@pytest.mark.parametrize(
    ("code", "title", "xlabel", "weekdays", "mean", "first_week"),
    [
        ("en", "Messages per week", "week", "Mon", "4-week mean", "8 Jan\n2024"),
        ("de", "Nachrichten pro Woche", "Woche", "Mo", "Mittel über 4 Wochen", "8. Jan.\n2024"),
        (
            "fr",
            "Messages par semaine",
            "semaine",
            "lun.",
            "moyenne sur 4 semaines",
            "8 janv.\n2024",
        ),  # noqa: E501
        ("pt", "Mensagens por semana", "semana", "seg.", "média de 4 semanas", "8 de jan.\n2024"),
        ("es", "Mensajes por semana", "semana", "lun", "media de 4 semanas", "8 ene\n2024"),
        ("it", "Messaggi per settimana", "settimana", "lun", "media su 4 settimane", "8 gen\n2024"),
        ("hi", "हर हफ़्ते संदेश", "हफ़्ता", "सोम", "4 हफ़्तों का औसत", "8 जन॰\n2024"),
    ],
)
def test_plots_speak_the_report_language(code, title, xlabel, weekdays, mean, first_week):
    """A plot's title, axis labels, legend, weekday and date ticks follow the report's language
    (titles and legends from the catalogue; weekdays and dates from Babel's locale data)."""
    import analyzer
    from analyzer.report import view

    root = REPORT.parents[1]
    chat = analyzer.analyze(analyzer.load_chat(root / "sample_chats" / "android_en_gb.txt"))
    with i18n.using(code):
        figures = view.figures(chat)
    volume = figures["weekly_volume"].axes[0]
    heat = figures["activity_heatmap"].axes[0]
    legend = [t.get_text() for t in figures["weekly_volume"].legends[0].get_texts()]
    assert (volume.get_title(), volume.get_xlabel(), legend[-1]) == (title, xlabel, mean)
    assert heat.get_yticklabels()[0].get_text() == weekdays
    assert volume.get_xticklabels()[0].get_text() == first_week


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["1.6 per 100 words", "0.80 (1 = same style)", "1.2 to 2.5 per 100 words"]),
        (
            "pt",
            ["1,6 a cada 100 palavras", "0,80 (1 = mesmo estilo)", "1,2 a 2,5 a cada 100 palavras"],
        ),  # noqa: E501
        (
            "es",
            [
                "1,6 por cada 100 palabras",
                "0,80 (1 = mismo estilo)",
                "1,2 a 2,5 por cada 100 palabras",
            ],
        ),  # noqa: E501
        ("de", ["1,6 pro 100 Wörter", "0,80 (1 = gleicher Stil)", "1,2 bis 2,5 pro 100 Wörter"]),
        ("fr", ["1,6 pour 100 mots", "0,80 (1 = même style)", "1,2 à 2,5 pour 100 mots"]),
        ("it", ["1,6 ogni 100 parole", "0,80 (1 = stesso stile)", "da 1,2 a 2,5 ogni 100 parole"]),
        ("hi", ["1.6 प्रति 100 शब्द", "0.80 (1 = एक जैसी शैली)", "1.2 से 2.5 प्रति 100 शब्द"]),
    ],
)
def test_measure_units_follow_the_language(code, expected):
    """A unit written after a value comes once, in the report's language, after an interval too."""
    from analyzer.report.formatting import fmt_interval, fmt_value

    with i18n.using(code):
        got = [
            fmt_value("emotion_word_rate", 1.6),
            fmt_value("lsm", 0.8),
            fmt_interval("emotion_word_rate", 1.2, 2.5),
        ]
    assert got == expected
