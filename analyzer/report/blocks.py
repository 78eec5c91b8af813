"""The report's section blocks as types: what one piece of a section holds, already formatted.

The view (:mod:`analyzer.report.view` and its parts) builds these where it writes each sentence;
the HTML template, the PDF writer and the tests read their attributes. Every value is a string
already (or a number of the balance picture's geometry, in percent of a bar's width): the
writers format nothing. A block's :attr:`kind` names it for the template's dispatch.

Blocks are frozen: a later step that changes one (the conversation around each example, a short
chat's print note) makes a new one with :func:`dataclasses.replace`.

Every block may carry ``screen_only``: True leaves it out of the PDF (the HTML and JSON keep it),
a sentence leaves it out with that sentence said once in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Block:
    """What every section block has: its kind, and whether print leaves it out."""

    kind: ClassVar[str] = ""
    #: True: shown on screen only; a sentence: shown on screen only, the PDF says it instead.
    screen_only: bool | str = field(default=False, kw_only=True)


# ---------------------------------------------------------------- text


@dataclass(frozen=True)
class Para(Block):
    """A paragraph."""

    kind: ClassVar[str] = "para"
    text: str


@dataclass(frozen=True)
class Note(Block):
    """A paragraph set apart (a caveat, a missing reading)."""

    kind: ClassVar[str] = "note"
    text: str


@dataclass(frozen=True)
class Bullets(Block):
    """A list of sentences under an optional title."""

    kind: ClassVar[str] = "list"
    items: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class Fact:
    """One line of a list of facts: ``label``: ``value``."""

    label: str
    value: str


@dataclass(frozen=True)
class Facts(Block):
    """Facts about the chat; ``compact``: printed as one line."""

    kind: ClassVar[str] = "facts"
    items: tuple[Fact, ...]
    compact: bool = False


@dataclass(frozen=True)
class Person:
    """A participant as the report lists them: name, colour and a few words (may be empty)."""

    name: str
    color: str
    detail: str = ""


@dataclass(frozen=True)
class People(Block):
    """Who wrote how much (first page)."""

    kind: ClassVar[str] = "people"
    items: tuple[Person, ...]


@dataclass(frozen=True)
class Finding:
    """A plain sentence, then its numbers."""

    lead: str
    detail: str


@dataclass(frozen=True)
class Findings(Block):
    """What stands out (first page)."""

    kind: ClassVar[str] = "findings"
    title: str
    items: tuple[Finding, ...]


@dataclass(frozen=True)
class Definition:
    """A measure's label (``term``), its name (``code``) and its definition in words."""

    term: str
    code: str
    text: str


@dataclass(frozen=True)
class Definitions(Block):
    """The definitions of one section's measures."""

    kind: ClassVar[str] = "definitions"
    title: str
    items: tuple[Definition, ...]


# ---------------------------------------------------------------- tables and figures


@dataclass(frozen=True)
class Cell:
    """A value and, beneath it, its n or interval (may be empty)."""

    text: str
    sub: str = ""


@dataclass(frozen=True)
class Row:
    """A table row: ``key`` is the measure (or person, pair, setting) for tests and lookups;
    ``code``, when set, is the key a user sets, shown under the label (the settings table)."""

    key: str
    label: str
    cells: tuple[Cell, ...]
    code: str = ""


@dataclass(frozen=True)
class Table(Block):
    """A table: ``head`` the column headings (the first over the labels); ``cards``: on a phone
    every row is a card (as for any table of more than three columns); ``keep``: printed whole
    on one page."""

    kind: ClassVar[str] = "table"
    caption: str
    head: tuple[str, ...]
    rows: tuple[Row, ...]
    cards: bool = False
    keep: bool = False


@dataclass(frozen=True)
class Plot(Block):
    """A plot and its caption, by its key into :func:`analyzer.report.view.figures`."""

    kind: ClassVar[str] = "figure"
    key: str
    caption: str


# ---------------------------------------------------------------- signs


@dataclass(frozen=True)
class Said:
    """A message around an example quote (``quoted``: the example itself)."""

    when: str
    author: str
    text: str
    quoted: bool


@dataclass(frozen=True)
class Example:
    """An example message of a sign, and the conversation around it (HTML only)."""

    when: str
    author: str
    text: str
    context: tuple[Said, ...] = ()


@dataclass(frozen=True)
class SignCard:
    """One sign as the report shows it (:func:`analyzer.report.signcards.card`)."""

    id: str
    title: str
    status: str
    status_label: str
    lead: str
    who: str
    score: str
    how: str
    summary: str
    rule: str
    change: str
    to_try: tuple[str, ...]
    strength: str
    strength_label: str
    caveat: str
    evidence: Table
    examples: tuple[Example, ...]
    examples_note: str


@dataclass(frozen=True)
class Signs(Block):
    """The sign cards of one group."""

    kind: ClassVar[str] = "signs"
    title: str
    items: tuple[SignCard, ...]


@dataclass(frozen=True)
class Chip:
    """A sign on the first page's grid: its status as a shape and a word, linking to its card."""

    id: str
    title: str
    status: str
    shape: str
    word: str
    who: str
    lack: bool


@dataclass(frozen=True)
class ChipGroup:
    key: str
    title: str
    items: tuple[Chip, ...]


@dataclass(frozen=True)
class SignGrid(Block):
    """All signs as chips, grouped as the signs section groups them."""

    kind: ClassVar[str] = "signgrid"
    title: str
    note: str
    groups: tuple[ChipGroup, ...]


# ---------------------------------------------------------------- the balance picture


@dataclass(frozen=True)
class Span:
    """A stretch of a bar, in percent of its width."""

    x: float
    w: float


@dataclass(frozen=True)
class Segment:
    """One person's part of a bar, with its share in words."""

    name: str
    color: str
    x: float
    w: float
    text: str


@dataclass(frozen=True)
class Bar:
    """One bar: ``name`` the person (a group's bars; "" for a pair's one bar), ``label`` what a
    screen reader says of it, the lopsided ``bands``, the ``even`` line and the bootstrap
    ``interval`` (low, high), all in percent."""

    name: str
    label: str
    segments: tuple[Segment, ...]
    bands: tuple[Span, ...]
    even: float
    interval: tuple[float, float] | None


@dataclass(frozen=True)
class BarRow:
    """One kind of give and take: ``kind`` is even, leaning, one_sided or thin (drawn, not
    judged)."""

    key: str
    label: str
    kind: str
    verdict: str
    unsure: str
    detail: str
    summary: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Balance(Block):
    """The balance picture of page one (:mod:`analyzer.report.picture`): ``split`` for two
    people (one bar per row), ``key`` when the people are listed in it (some are folded)."""

    kind: ClassVar[str] = "balance"
    title: str
    intro: str
    people: tuple[Person, ...]
    split: bool
    key: bool
    scale: tuple[str, ...]
    even: str
    lines: str
    rows: tuple[BarRow, ...]


# ---------------------------------------------------------------- the whole report


@dataclass(frozen=True)
class Section:
    """A section as the reader sees it: its id (the page anchor), title and blocks."""

    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ReportView:
    """The whole report (:func:`analyzer.report.view.build`)."""

    title: str
    language: str
    subtitle: str
    people: tuple[Person, ...]
    sections: tuple[Section, ...]
