"""The report's language: one gettext catalogue (domain ``report``) of the sentences the report
shows, and the language a report is being written in.

The English text in the code is the catalogue's source (``msgid``). Translations live in
``analyzer/report/locale/<lang>/LC_MESSAGES/report.po``; their compiled ``report.mo`` files are
committed beside them, so that installing the package needs no build step and no network (a test
checks that each ``.mo`` holds exactly what its ``.po`` says, and that the catalogue holds every
text the code marks, the measures' labels of ``analyzer/metrics/catalogue.py`` included: babel.cfg
reads them with :func:`extract_measure_labels`; and the sentences of the warnings from reading a
chat, ``TEXTS`` of ``analyzer/parse_warnings.py``, which the report writes with
:func:`analyzer.report.formatting.warning_text`). After editing a text, from the repository's root
with the package installed (the keywords are :data:`KEYWORDS`)::

    pybabel extract -F babel.cfg -k N_ -k Nn_:1,2 -k _help:2 -c Translators: --no-location \
        --sort-output -o analyzer/report/locale/report.pot .
    pybabel update -i analyzer/report/locale/report.pot -d analyzer/report/locale -D report
    pybabel compile -d analyzer/report/locale -D report

Texts kept in module-level tables are marked with :func:`N_` (one sentence) or :func:`Nn_` (a
sentence with a plural) where they are written (a setting's meaning is ``_help``'s second
argument, its name the ``name=N_(...)`` beside it in analyzer/settings.py), and translated
where they are used, with :func:`_` / :func:`ngettext` / :func:`pgettext` reading the language
of :func:`using`. A writer that is given a language wraps its work in ``with using(code):``;
outside one, the report is English. Placeholders are named (``{person}``), so a translation can
put them in any order.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "report"
SOURCE = "en"
#: Languages with a catalogue; English is the source text itself.
LANGUAGES: tuple[str, ...] = ("en", "pt", "es", "de", "fr", "it", "hi")
#: What ``--report-language`` and ``report_language=`` accept.
CHOICES: tuple[str, ...] = ("auto", *LANGUAGES)
#: Languages whose nouns keep their capital letter inside a sentence (a measure's label in a
#: setting's meaning: "Anteil der Wörter", where English writes "share of words").
KEEPS_CAPITALS = frozenset({"de"})
#: The Babel locale each report language formats dates and numbers with.
LOCALES = {
    "en": "en_GB",
    "pt": "pt_BR",
    "es": "es_ES",
    "de": "de_DE",
    "fr": "fr_FR",
    "it": "it_IT",
    "hi": "hi_IN",
}

#: The marking functions ``pybabel extract`` reads (Babel's keyword spec: the argument
#: positions of the singular and the plural); ``_`` and ``ngettext`` are Babel's defaults.
KEYWORDS = {"_": None, "N_": None, "Nn_": (1, 2), "ngettext": (1, 2), "_help": (2,)}

_current: ContextVar[str] = ContextVar("report_language", default=SOURCE)
#: How the current language was chosen (see :func:`resolve`); "" outside :func:`using`.
_how: ContextVar[str] = ContextVar("report_language_how", default="")


@cache
def translations(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``code`` (English: the source text as it is)."""
    if code == SOURCE:
        return _gettext.NullTranslations()
    with open(LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as handle:
        return _gettext.GNUTranslations(handle)


def current() -> str:
    """The language the report is being written in (``"en"`` outside :func:`using`)."""
    return _current.get()


def locale() -> str:
    """The Babel locale of the current report language (``"pt_BR"``)."""
    return LOCALES[current()]


def babel_locale():
    """The Babel ``Locale`` of the current report language, parsed once per language (given
    the name, Babel parses it again for every number and date it formats)."""
    return _babel_locale(locale())


@cache
def _babel_locale(name: str):
    from babel import Locale

    return Locale.parse(name)


def how() -> str:
    """How the current language was chosen: "asked", "chat", "fallback" or ""."""
    return _how.get()


@contextmanager
def using(code: str, how: str = "asked") -> Iterator[str]:
    """Write the report in ``code`` (one of :data:`LANGUAGES`) inside this block; ``how`` is
    what the report says of the choice (see :func:`resolve`)."""
    if code not in LANGUAGES:
        raise ValueError(f"no report language {code!r}; choose one of {', '.join(LANGUAGES)}")
    token, token_how = _current.set(code), _how.set(how)
    try:
        yield code
    finally:
        _current.reset(token)
        _how.reset(token_how)


@contextmanager
def for_chat(choice: str | None, chat_language: str | None) -> Iterator[str]:
    """:func:`using` the language :func:`resolve` picks for ``choice`` and the chat's
    language; ``choice=None`` keeps the language already in use (English by default)."""
    if choice is None:
        yield current()
        return
    code, chosen = resolve(choice, chat_language)
    with using(code, chosen) as active:
        yield active


def resolve(choice: str | None, chat_language: str | None) -> tuple[str, str]:
    """The report language for ``--report-language choice`` and how it was chosen: ``"asked"``
    (a language given), ``"chat"`` (auto, the chat's language has a catalogue) or ``"fallback"``
    (auto, it has none: English). Raises ValueError for a choice that is not one of
    :data:`CHOICES`."""
    choice = (choice or "auto").strip().lower()
    if choice not in CHOICES:
        raise ValueError(
            f"--report-language {choice}: choose one of {', '.join(CHOICES)}"
        )
    if choice != "auto":
        return choice, "asked"
    base = (chat_language or "").split("-")[0].lower()
    if base in LANGUAGES:
        return base, "chat"
    return SOURCE, "fallback"


# ---------------------------------------------------------------- lookups


def _(message: str) -> str:
    """``message`` in the current report language."""
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence for the count ``n`` in the current report language."""
    return translations(_current.get()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same English in another use."""
    return translations(_current.get()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Marks a text for the catalogue where it is written; translated where it is used."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a sentence with a plural for the catalogue; used with :func:`plural`."""
    return singular, plural


def plural(forms: tuple[str, str], n: int) -> str:
    """The form of a :func:`Nn_` pair for ``n``."""
    return ngettext(forms[0], forms[1], n)


def extract_measure_labels(fileobj, keywords, comment_tags, options):
    """A Babel extractor (``babel.cfg``) for the catalogue of measures: the ``label`` of every
    ``MeasureSpec(...)`` in ``analyzer/metrics/catalogue.py``, the words a table shows for a
    measure, translated where :func:`analyzer.report.formatting.label` reads them, and its
    ``definition``, which the Method section shows."""
    import ast

    tree = ast.parse(fileobj.read().decode(options.get("encoding", "utf-8")))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "MeasureSpec"):
            continue
        given = {k.arg: k.value for k in node.keywords}
        value = given.get("label", node.args[4] if len(node.args) > 4 else None)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            yield value.lineno, "_", value.value, ["Translators: a measure's name in a table."]
        value = given.get("definition", node.args[6] if len(node.args) > 6 else None)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            yield value.lineno, "_", value.value, [DEFINITION_NOTE]


#: What a translator is told of a measure's definition (and of a setting's meaning).
DEFINITION_NOTE = (
    "Translators: a measure's definition in the Method section; keep any name_with_underscores "
    "and sign or measure name as it is (the report puts it into words)."
)
