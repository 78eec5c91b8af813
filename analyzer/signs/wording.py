"""A sign's sentences kept apart from their values, so that a report can say them in its own
language.

The rulebook and the predicates write their sentences in English, marked with :func:`N_` (one
sentence) or :func:`Nn_` (a sentence with a plural) so that the report's catalogue finds them
(``babel.cfg`` extracts ``analyzer/signs``). A :class:`Phrase` is one such sentence with the
values that fill it; ``str(phrase)`` is the English a Sign's ``summary`` holds, and the report
(:func:`analyzer.report.signcards.say`) writes the same phrase in the report's language. Values
that are written differently per language keep what they are made of: a :class:`Share` its
fraction, :class:`Names` the people, :class:`Items` the catalogue texts it lists,
:class:`LanguageName` the language's code.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


def N_(message: str) -> str:
    """Marks a sentence for the report's catalogue (translated where the report shows it)."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a sentence with a plural for the report's catalogue."""
    return singular, plural


class Share(str):
    """A share as the English summary writes it ("73 %", "n/a"), with its ``value``."""

    value: float

    def __new__(cls, value: float | None) -> Share:
        missing = value is None or math.isnan(value)
        made = super().__new__(cls, "n/a" if missing else f"{round(100 * value)} %")
        made.value = math.nan if missing else float(value)
        return made

    def __getnewargs__(self):
        return (self.value,)


class Names(str):
    """People named together ("Ana and Ben"), with the ``names``."""

    names: tuple[str, ...]

    def __new__(cls, names) -> Names:
        names = tuple(names)
        made = super().__new__(cls, " and ".join(names))
        made.names = names
        return made

    def __getnewargs__(self):
        return (self.names,)


class Items(str):
    """Catalogue texts listed in a sentence: joined by ``joiner`` in English ("and" is said as
    the report's language says a list), ``empty`` when there is none."""

    items: tuple[str, ...]
    joiner: str
    empty: str

    def __new__(cls, items, joiner: str = ", ", empty: str = "") -> Items:
        items = tuple(items)
        made = super().__new__(cls, joiner.join(items) if items else empty)
        made.items, made.joiner, made.empty = items, joiner, empty
        return made

    def __getnewargs__(self):
        return (self.items, self.joiner, self.empty)


class LanguageName(str):
    """A language's English name, with its ``code``."""

    code: str

    def __new__(cls, code: str) -> LanguageName:
        from analyzer.nlp.language import language_name

        made = super().__new__(cls, language_name(code))
        made.code = code
        return made

    def __getnewargs__(self):
        return (self.code,)


class Measure(str):
    """A measure's name (the report writes its label)."""


@dataclass(frozen=True)
class Phrase:
    """One marked sentence (or part of one a translator sees whole: a reason completes "Not
    enough to judge: {reason}.") and the values that fill its named placeholders. ``text`` is a
    :func:`N_` text or a :func:`Nn_` pair, whose form ``n`` chooses. A value may itself be a
    Phrase, or a tuple of Phrases (said one after another, separated by "; "). ``after``: the
    phrase follows another sentence (written with a space before it)."""

    text: str | tuple[str, str]
    facts: dict = field(default_factory=dict)
    n: int | None = None
    after: bool = False

    def __str__(self) -> str:
        if isinstance(self.text, tuple):
            text = self.text[0] if self.n == 1 else self.text[1]
        else:
            text = self.text
        said = text.format_map({k: english(v) for k, v in self.facts.items()})
        return " " + said if self.after and said else said


def english(value: object) -> str:
    """A value of a phrase as the English summary writes it."""
    if isinstance(value, tuple):
        return "; ".join(english(v) for v in value)
    return str(value)


def phrases(reason: Phrase | str | tuple) -> tuple[Phrase, ...]:
    """``reason`` as a tuple of phrases (a plain string is a phrase with no values)."""
    if isinstance(reason, tuple):
        said = [p for r in reason for p in phrases(r)]
        return tuple({str(p): p for p in reversed(said)}[t] for t in dict.fromkeys(map(str, said)))
    if isinstance(reason, Phrase):
        return (reason,)
    return (Phrase(reason),) if reason else ()
