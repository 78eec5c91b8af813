"""A sign as the report shows it: what was seen, how strongly (on the named scale of
:data:`analyzer.report.prose.SCORE_SCALE`), the rule in the reader's words, what would change
the verdict, the evidence with units and n, and what to try.

Evidence notes written by the rulebook for its own use (``"min >= 2 (safe_feeling_rate)"``) are
not shown as they are: a condition's note becomes the group it was taken over ("lowest person",
"everyone together"); a predicate's note keeps its description and drops its threshold part,
which the plain rule sentence states once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analyzer.report import formatting as v
from analyzer.report import i18n, prose
from analyzer.report import plainwords as words
from analyzer.report.blocks import (
    Bullets,
    Cell,
    Chip,
    ChipGroup,
    Example,
    Row,
    SignCard,
    SignGrid,
    Table,
)
from analyzer.report.formatting import language_name
from analyzer.report.i18n import N_, Nn_, _, ngettext, plural
from analyzer.signs import wording

if TYPE_CHECKING:
    from analyzer.settings import Settings
    from analyzer.signs import Evidence, Sign

_CONDITION_NOTE = re.compile(r"^(\w+) (>=|<=) ([\d.eE+-]+) \((\w+)\)$")
#: Parts of a predicate's note that state its threshold (said once, in the rule sentence).
_THRESHOLD_PARTS = ("needs", "flag", "lopsided", "support at", "unmet", "waning", "offloading")
_SHARE_MEASURES = frozenset(
    {
        "unanswered_start_share",
        "dominated_weeks_share",
        "negative_disclosure_share",
        "offloading_weeks_share",
    }
)


def identifiers() -> dict[str, str]:
    """Internal names the report might meet in a note, with their plain words in the report's
    language."""
    return _identifiers(i18n.current())


@cache
def _identifiers(code: str) -> dict[str, str]:
    from analyzer.metrics import catalogue
    from analyzer.signs.rules import RULES

    def lower(label: str) -> str:  # a label inside a sentence (German keeps its capitals)
        said = _(label)
        if code == i18n.SOURCE:
            return said.lower()
        return said if code in i18n.KEEPS_CAPITALS else said[:1].lower() + said[1:]

    names = {r.id: _(QUOTED).format(title=_(r.title)) for r in RULES}
    names.update({s.name: lower(s.label) for s in catalogue.CATALOGUE})
    names.update({k: lower(w) for k, w in prose.EXTRA_LABELS.items()})
    # a name that is itself a word of its plain words ("complaints" -> "complaints about the
    # other") is already plain: replacing it would double words in a sentence that uses it
    return {k: w for k, w in names.items() if not re.search(rf"\b{re.escape(k)}\b", w)}


def measure_label(measure: str) -> str:
    """A measure's label, also for the sum of two (``"a+b"``) and for measures only signs use."""
    parts = [
        _(prose.EXTRA_LABELS[m]) if m in prose.EXTRA_LABELS else v.label(m)
        for m in measure.split("+")
    ]
    return " + ".join([parts[0], *(p[0].lower() + p[1:] for p in parts[1:])])


def evidence_value(measure: str, value: float, agg: str = "") -> str:
    """The value in its unit: rates per 100 messages, parity on its 0 to 1 scale, shares in %."""
    first = measure.split("+")[0]
    if v._missing(value):
        return v.DASH
    if agg == "min_rate":
        return _(PER_100_MESSAGES).format(value=v.fmt_number(value, 1))
    if agg == "parity":
        return _(EQUAL_AT_ONE).format(value=v.fmt_number(value, 2))
    if first in _SHARE_MEASURES or first == "self_focused_share":
        return v.fmt_share(value)
    if first.startswith("responsive_replies"):
        return v.fmt_count(value)
    return v.fmt_evidence(first, value)  # with the measure's unit (prose.SUFFIX)


def _note(e: Evidence, names: dict[str, str]) -> tuple[str, str]:
    """(who, about) for an evidence row."""
    if _CONDITION_NOTE.match(e.note):
        return e.participant or note_text(e, names), ""
    return e.participant or _(WHOLE_CHAT), note_text(e, names)


def note_text(e: Evidence, names: dict[str, str] | None = None) -> str:
    """An evidence note as the report words it, in the report's language: a condition's note
    is the group its measure was taken over ("lowest person", "everyone together"; the "Who"
    column when the row names no one); a predicate's note is its parts without their
    thresholds (the "About" column; "" when the note only states a threshold, which the rule
    sentence states once)."""
    m = _CONDITION_NOTE.match(e.note)
    if m:
        return _(prose.AGGREGATES.get(m.group(1), WHOLE_CHAT))
    names = identifiers() if names is None else names
    parts = [p.strip() for p in e.note.split(";")]
    kept = [p for p in parts if p and not p.startswith(_THRESHOLD_PARTS)]
    return _(ABOUT_JOINER).join(about_part(p, names) for p in kept)


def about_part(part: str, names: dict[str, str]) -> str:
    """A part of an evidence note the report shows, in the report's language: one of
    :data:`ABOUT` (its values filled in), else as the rulebook wrote it, in plain words."""
    for pattern, text, values in ABOUT:
        m = pattern.fullmatch(part)
        if m:
            if isinstance(text, tuple):
                n, filled = values(m)
                return plural(text, n).format(**filled)
            return _(text).format(**values(m))
    return prose.plain(part, names)


def _share_of(number: str) -> str:
    return v.fmt_share(float(number))


#: The parts of the rulebook's evidence notes the report shows (the rest state a threshold,
#: which the rule sentence states once): (the part, as a regex; its text; its values).
ABOUT: tuple = (
    (re.compile(r"good news met"), N_("good news met"), lambda m: {}),
    (re.compile(r"bad news met"), N_("bad news met"), lambda m: {}),
    (
        re.compile(r"below the fair share: few long messages, not domination"),
        N_("below the fair share: few long messages, not domination"),
        lambda m: {},
    ),
    (
        re.compile(r"few long messages excuse it when below the fair share"),
        N_("few long messages excuse it when below the fair share"),
        lambda m: {},
    ),
    (
        re.compile(r"counted weeks with word share >= ([\d.]+)"),
        N_("counted weeks with word share at least {share}"),
        lambda m: {"share": _share_of(m.group(1))},
    ),
    (
        re.compile(r"gap ([\d.]+)"),
        Nn_("a gap of {n} point", "a gap of {n} points"),
        lambda m: (round(float(m.group(1)) * 100), {"n": round(float(m.group(1)) * 100)}),
    ),
    (
        re.compile(r"negative feeling statements only"),
        N_("negative feeling statements only"),
        lambda m: {},
    ),
    (re.compile(r"received"), N_("received"), lambda m: {}),
    (
        re.compile(r"tier-3 negative disclosures met"),
        N_("deeply painful feeling statements met"),
        lambda m: {},
    ),
    (
        re.compile(r"to others' feeling statements"),
        N_("to others' feeling statements"),
        lambda m: {},
    ),
    (
        re.compile(r"to others' negative disclosures"),
        N_("to others' negative feeling statements"),
        lambda m: {},
    ),
    (
        re.compile(r"weeks where (.+) made most of them"),
        N_("weeks where {person} made most of them"),
        lambda m: {"person": m.group(1)},
    ),
)
#: Between two parts of one evidence note.
ABOUT_JOINER = N_("; ")


WHOLE_CHAT = N_("whole chat")
#: A sign's name quoted inside a sentence.
QUOTED = N_("“{title}”")
PER_100_MESSAGES = N_("{value}\u00a0per 100 messages")
EQUAL_AT_ONE = N_("{value} (1 = equal)")


def _agg(e: Evidence) -> str:
    m = _CONDITION_NOTE.match(e.note)
    return m.group(1) if m else ""


def evidence_rows(sign: Sign, settings: Settings) -> list[Row]:
    names = identifiers()
    rows = []
    for e in sign.evidence:
        who, about = _note(e, names)
        value = evidence_value(e.measure, e.value, _agg(e))
        interval = v.fmt_interval(e.measure, e.ci_low, e.ci_high)
        thin = prose.too_few(e.measure, int(e.n), settings) if e.participant else ""
        count = prose.counted(e.measure, e.n) if e.measure in prose.N_UNITS else v.fmt_count(e.n)
        rows.append(
            Row(
                e.measure,
                measure_label(e.measure),
                (
                    Cell(who),
                    Cell(value, "; ".join(x for x in (interval, thin) if x)),
                    Cell(count),
                    Cell(about),
                ),
            )
        )
    return rows


def _evidence_table(sign: Sign, settings: Settings) -> Table:
    """The evidence table; its "About" column only when some row has something to say."""
    rows = evidence_rows(sign, settings)
    head = tuple(_(h) for h in EVIDENCE_HEAD)
    if not any(r.cells[3].text for r in rows):
        head = head[:-1]
        rows = [replace(r, cells=r.cells[:3]) for r in rows]
    return Table("", head, tuple(rows), keep=True)


#: The evidence table's column headings.
EVIDENCE_HEAD = (N_("Evidence"), N_("Who"), N_("Value"), N_("Out of (n)"), N_("About"))
#: The signs' names (as the rulebook titles them), for the catalogue: a sign's title is
#: translated where it is shown (:func:`title`).
SIGN_TITLES = (
    N_("Private worries are shared, and met with care"),
    N_("Someone has your back"),
    N_("Listened to without judgment"),
    N_("You can say what bothers you"),
    N_("Good news and bad news both have a place"),
    N_("The care goes both ways"),
    N_("Talk moves easily from light to deep"),
    N_("You feel for each other"),
    N_("Real interest in each other's life and feelings"),
    N_("Attentive rather than distracted"),
    N_("Their pain moves you"),
    N_("Vulnerable feelings stay unsaid"),
    N_("The talk stays on the surface"),
    N_("Not seen or heard"),
    N_("Unsure where you stand"),
    N_("Often let down"),
    N_("One person does most of the talking"),
    N_("Running out of things to say"),
    N_("Lonely while together"),
    N_("Give and take are balanced"),
    N_("One person offloads onto the other"),
)
GIVE_AND_TAKE = N_("Give and take")
WHAT_TO_TRY = N_("What to try")
TRY_ITEM = N_("{sign}: {suggestion}")
NO_QUOTES = N_("Examples left out (--no-quotes).")
NOT_JUDGED = N_("not judged")


def title(sign: Sign) -> str:
    """The sign's name in the report's language."""
    return _(sign.title)


def _reason(sign: Sign) -> str:
    if i18n.current() != i18n.SOURCE and sign.said is not None:
        return say(sign.said.facts.get("reason", ())) if sign.status == INSUFFICIENT else ""
    prefix = "Not enough to judge: "
    return sign.summary[len(prefix) :].rstrip(".") if sign.summary.startswith(prefix) else ""


INSUFFICIENT = "insufficient_data"


def summary(sign: Sign) -> str:
    """The sign's summary in the report's language (English: the summary the analysis wrote)."""
    if i18n.current() == i18n.SOURCE or sign.said is None:
        return sign.summary
    return say(sign.said)


def caveat(sign: Sign) -> str:
    """What text cannot show of this sign, in the report's language."""
    return _(sign.caveat) if sign.caveat else ""


def say(value: object) -> str:
    """A phrase of :mod:`analyzer.signs.wording` (or one of its values) in the report's language:
    its catalogue text, with shares, names, lists and language names written as the language
    writes them."""
    if isinstance(value, wording.Phrase):
        if isinstance(value.text, tuple):
            text = ngettext(value.text[0], value.text[1], value.n or 0)
        else:
            text = _(value.text)
        said = text.format_map({k: say(x) for k, x in value.facts.items()})
        return " " + said if value.after and said else said
    if isinstance(value, tuple):
        return "; ".join(say(p) for p in value)
    if isinstance(value, wording.Share):
        return v.DASH if v._missing(value.value) else v.fmt_share(value.value)
    if isinstance(value, wording.Names):
        return v._name_list(list(value.names))
    if isinstance(value, wording.Items):
        if not value.items:
            return _(value.empty)
        items = [_(item) for item in value.items]
        if value.joiner.strip() == "and":
            return v._name_list(items)
        return _(LIST_JOINER).join(items)
    if isinstance(value, wording.LanguageName):
        return language_name(value.code)
    if isinstance(value, wording.Measure):
        return measure_label(str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return v.fmt_count(value)
    return str(value)


#: Between the items of a list that is not a list of people (", ").
LIST_JOINER = N_(", ")


def card(sign: Sign, *, quotes: bool, settings: Settings) -> SignCard:
    """The card's fields (see :func:`analyzer.report.view.sign_card`)."""
    from analyzer.report import view_parts  # the plots' side of the report, not the JSON's

    names = identifiers()
    examples = (
        tuple(
            Example(v.fmt_datetime(x.timestamp), x.author, v.truncate(x.text))
            for x in sign.examples
        )
        if quotes
        else ()
    )
    judged = sign.status != "insufficient_data"
    word = _score_word(sign.score) if sign.status == "observed" else ""
    return SignCard(
        id=sign.id,
        title=title(sign),
        status=sign.status,
        status_label=_(view_parts.STATUS_LABELS.get(sign.status, sign.status)),
        lead=words.sign_lead(sign.status, word, lack=is_lack(sign)),
        who=sign.who or "",
        score=v.DASH if sign.score is None or v._missing(sign.score) else f"{sign.score:.2f}",
        how=prose.score_words(sign.score, sign.status) if judged else _(NOT_JUDGED),
        summary=prose.plain(summary(sign), names),
        rule=prose.rule_text(sign.id, settings),
        change=prose.what_would_change(sign.id, sign.status, prose.plain(_reason(sign), names)),
        to_try=tuple(prose.suggestions(sign.id, sign.group, sign.status)),
        strength=sign.strength,
        strength_label=view_parts.strength_label(sign.strength),
        caveat=prose.plain(caveat(sign), names),
        evidence=_evidence_table(sign, settings),
        examples=examples,
        examples_note="" if quotes else _(NO_QUOTES),
    )


def is_lack(sign: Sign) -> bool:
    """Whether seeing the sign points to something missing (the signs of a lack, and one person
    offloading onto the other), rather than to closeness or balance."""
    return sign.group == "lack" or (sign.group == "balance" and sign.id != "find_balance")


def _score_word(score: float | None) -> str:
    """The score's word on the named scale, or "" when there is no score."""
    if score is None or v._missing(score):
        return ""
    return next(w for bound, w in prose.SCORE_SCALE if score < bound)


def grid_block(signs: list[Sign]) -> SignGrid:
    """All signs as a grid of chips, grouped as the signs section groups them: each chip its
    status as a shape and a word (not colour alone), and a link to its card."""
    from analyzer.report import view_parts

    groups = []
    for group, group_title in view_parts.GROUP_TITLES.items():
        mine = [s for s in signs if s.group == group]
        if not mine:
            continue
        items = []
        for s in mine:
            shape, word = words.CHIPS.get(s.status, ("", s.status))
            items.append(
                Chip(
                    id=s.id,
                    title=title(s),
                    status=s.status,
                    shape=shape,
                    word=_(word),
                    who=s.who or "",
                    lack=is_lack(s),
                )
            )
        groups.append(ChipGroup(group, _(group_title), tuple(items)))
    return SignGrid(_(words.GRID_TITLE), _(words.GRID_NOTE), tuple(groups))


def plain_setting(text: str) -> str:
    """A setting's meaning with the sign and measure names in it put into words. The signs it
    is for come first, before a colon ("disappointment/loneliness: ..."): each becomes the
    sign's name, also where a measure shares its id (the measure "disappointment")."""
    m = _SIGNS_FIRST.match(text)
    if m:
        names = [_(QUOTED).format(title=_(_sign_titles()[s])) for s in re.split(r"\s*/\s*", m[1])]
        text = " / ".join(names) + text[m.end(1) :]
    return prose.plain(text, identifiers())


@cache
def _sign_titles() -> dict[str, str]:
    from analyzer.signs.rules import RULES

    return {r.id: r.title for r in RULES}


def _signs_first() -> re.Pattern:
    ids = "|".join(sorted(map(re.escape, _sign_titles()), key=len, reverse=True))
    return re.compile(rf"^((?:{ids})(?:\s*/\s*(?:{ids}))*)(?=\s*:)")


_SIGNS_FIRST = _signs_first()


def try_block(signs: list[Sign]) -> Bullets | None:
    """The first suggestion of every sign that has one (observed signs of a lack, offloading,
    and balance not found), as one list for the first page; None when there is none."""
    items = []
    for s in signs:
        found = prose.suggestions(s.id, s.group, s.status)
        if found:
            # a balance not found is named by what it is about, not by the title it missed
            label = _(GIVE_AND_TAKE) if s.id == "find_balance" else title(s)
            items.append(_(TRY_ITEM).format(sign=label, suggestion=found[0]))
    if not items:
        return None
    return Bullets(tuple(items), title=_(WHAT_TO_TRY))
