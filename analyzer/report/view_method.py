"""The "Method and caveats" section and the facts it states: the source, the period, the
chat's language and the report's, the parser's warnings, what the minimum data cannot
show and the research behind the measures."""

from __future__ import annotations

import os
from dataclasses import fields
from typing import TYPE_CHECKING

from analyzer.metrics import catalogue
from analyzer.report import i18n
from analyzer.report.blocks import (
    Block,
    Bullets,
    Cell,
    Definition,
    Definitions,
    Fact,
    Facts,
    Note,
    Para,
    Row,
    Table,
)
from analyzer.report.formatting import (
    DASH,
    _missing,
    _name_list,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_seconds,
    fmt_share,
    label,
    untranslated_warnings,
    warning_text,
)
from analyzer.report.i18n import N_, Nn_, _
from analyzer.report.view_parts import SECTION_TITLES
from analyzer.settings import Settings
from analyzer.settings import meanings as settings_meanings
from analyzer.settings import names as settings_names

if TYPE_CHECKING:
    from analyzer.result import Analysis


def _language_fact(analysis: Analysis) -> str:
    """The chat's language by name and code, whether its emotion reading applied, and the
    languages of the text messages with their shares, each read or not ("Messages: Portuguese
    92 %, English 8 %; English read, Portuguese not read yet")."""
    from analyzer.nlp.language import language_table
    from analyzer.report.formatting import language_name as name_of

    code = analysis.measures.language
    reading = (
        _("emotion reading applied")
        if analysis.measures.lexicon_applied
        else _("no emotion reading yet")
    )
    fact = _("{language} ({code}); {reading}").format(
        language=name_of(code), code=code or _("unknown"), reading=reading
    )
    fact = fact[:1].upper() + fact[1:]  # "português (pt)" starts a fact: "Português (pt)"
    table = language_table(analysis.measures.languages)
    if not table:
        return fact
    shares = ", ".join(f"{name_of(str(row['code']))} {fmt_share(row['share'])}" for row in table)
    read = [name_of(str(row["code"])) for row in table if row["read"]]
    unread = [name_of(str(row["code"])) for row in table if not row["read"]]
    says = [_("{languages} read").format(languages=_name_list(read))] if read else []
    if unread:
        says.append(_("{languages} not read yet").format(languages=_name_list(unread)))
    return _("{fact}. Messages: {shares}; {reading}").format(
        fact=fact, shares=shares, reading=", ".join(says)
    )


def lexicon_reason(analysis: Analysis) -> str:
    """What a chat whose language has no emotion reading does not get (one sentence, kept with
    the language data; in another report language, its catalogue text)."""
    from analyzer.nlp.language import not_read_note

    if i18n.current() == i18n.SOURCE:
        return not_read_note(analysis.measures.language)
    from analyzer.report import plainwords as words
    from analyzer.report.formatting import language_name

    return words.fill(words.NOT_READ_MEASURES, language=language_name(analysis.measures.language))


def _plain(text: str) -> str:
    from analyzer.report.signcards import plain_setting

    return plain_setting(text)


def _parse_warnings(analysis: Analysis) -> list[Block]:
    """The parser's warnings (e.g. lines it could not read as headers), first in the report."""
    warnings = list(analysis.source.warnings)
    if not warnings:
        return []
    return [
        Bullets(
            tuple(warning_text(w) for w in warnings), title=_("Warnings from reading the chat")
        ),
        *_warnings_in_english(warnings),
    ]


#: Said under the warnings in a report that is not in English when one of them has no code
#: (put in ``Source.warnings`` by hand, not by a parser), so it is shown as it was given.
WARNINGS_IN_ENGLISH = N_(
    "These warnings are written in English, as the part of the program that reads the file "
    "gives them."
)


def _warnings_in_english(warnings: list[str]) -> list[Block]:
    if not untranslated_warnings(warnings):
        return []
    return [Note(_(WARNINGS_IN_ENGLISH))]


def _date_order_reason(reason: str) -> str:
    """Why the dates were read in their order: in English as the parser says it, else in the
    report's language (:func:`analyzer.parse_warnings.date_order_reason`)."""
    from analyzer.parse_warnings import date_order_reason

    if i18n.current() == i18n.SOURCE or not reason:
        return reason
    return date_order_reason(reason, _)


def _source_line(analysis: Analysis) -> str:
    src = analysis.source
    n = len(src.files)
    fmt = src.format + (f" ({src.variant})" if src.variant else "")
    return i18n.ngettext("{format}, {n} file", "{format}, {n} files", n).format(
        format=fmt, n=fmt_count(n)
    )


#: The kinds of message the facts count, by the parser's ``kind``.
MESSAGE_KINDS = {
    "text": Nn_("{n} text", "{n} text"),
    "media": Nn_("{n} media", "{n} media"),
    "system": Nn_("{n} system", "{n} system"),
    "deleted": Nn_("{n} deleted", "{n} deleted"),
    "call": Nn_("{n} call", "{n} call"),
    "location": Nn_("{n} location", "{n} location"),
    "contact": Nn_("{n} contact", "{n} contact"),
    "poll": Nn_("{n} poll", "{n} poll"),
    "sticker": Nn_("{n} sticker", "{n} sticker"),
    "view_once": Nn_("{n} view once", "{n} view once"),
}


def _message_kind(kind: str, count: int) -> str:
    forms = MESSAGE_KINDS.get(kind)
    if forms is None:
        return f"{fmt_count(count)} {kind}"
    return i18n.plural(forms, count).format(n=fmt_count(count))


def _whole(value: float) -> int:
    return 0 if _missing(value) else int(round(float(value)))


def _period(start, end) -> str:
    """``"8 Jan 2024 to 3 Mar 2024 (8.1 weeks)"`` in the report's language."""
    if start is None:
        return _("{start} to {end}").format(start=fmt_date(start), end=fmt_date(end))
    weeks = (end - start).total_seconds() / 604800
    return i18n.ngettext(
        "{start} to {end} ({weeks} week)", "{start} to {end} ({weeks} weeks)", _whole(weeks)
    ).format(start=fmt_date(start), end=fmt_date(end), weeks=fmt_number(weeks, 1))


def _report_language_fact(analysis: Analysis) -> str:
    """Which language the report is in and why: ``"Portuguese (the chat's language)"``."""
    from analyzer.report.formatting import language_name

    code = i18n.current()
    how = i18n.how()
    name = language_name(code)
    name = name[:1].upper() + name[1:]  # a fact's value starts with a capital
    chat = analysis.measures.language or ""
    if how == "chat":
        return _("{language} (the chat's language)").format(language=name)
    if how == "fallback" and chat and chat != code:
        return _("{language} (no report catalogue for {chat} yet)").format(
            language=name, chat=language_name(chat)
        )
    return name


#: Minimum data, in words (the comments in settings.py are terse).
CANNOT_SHOW: tuple[str, ...] = (
    N_(
        "Tone of voice, facial expression, and everything said in person, on calls or in voice "
        "notes: the chat is only part of the relationship."
    ),
    N_("Irony, in-jokes and sarcasm: a word list reads words, not intent."),
    N_("Why someone replies late: work, sleep and time zones look the same as disinterest."),
    N_(
        "Legitimate asymmetries: one person in a crisis, one who writes few long messages and one "
        "who writes many short ones."
    ),
    N_("Feelings that are never written down. A missing sign is not proof of a missing feeling."),
    N_(
        "Names of people who are not participants are not detected or replaced by --anonymize, "
        "unless given with --also-hide."
    ),
)

RESEARCH: tuple[str, ...] = (
    N_(
        "Talk-time balance: Woolley et al. 2010 (equal turn-taking and group performance); "
        "ConvoKit's talk-time sharing for spoken conversations."
    ),
    N_(
        "Questions and follow-ups: Huang et al. 2017 (asking questions, especially follow-ups, "
        "increases liking)."
    ),
    N_(
        "Disclosure: Altman & Taylor (social penetration); Laurenceau et al. 1998 (emotional "
        "disclosure matters more than factual)."
    ),
    N_(
        "Responsiveness: the intimacy process model of Reis & Shaver; “shift” versus “support” "
        "responses (conversational narcissism)."
    ),
    N_("Reciprocity of disclosure: Sprecher et al. 2013."),
    N_(
        "Language style matching: Ireland & Pennebaker 2010; Ireland et al. 2011 (couples' "
        "instant messages). Our function-word lists are our own, not LIWC's."
    ),
    N_(
        "Conflict markers: Gottman's criticism, defensiveness and repair; his 5:1 ratio is not "
        "applied to texting."
    ),
    N_("Responses to good news: Gable et al. 2004."),
    N_("Reply latency: Templeton et al. 2022 (spoken turns; the transfer to texting is loose)."),
)


def _method(analysis: Analysis) -> list[Block]:
    src = analysis.source
    settings = analysis.settings
    acc = src.lines
    skipped = sum(acc.skipped.values())
    data_facts = (
        Fact(_("Format"), src.format + (f" ({src.variant})" if src.variant else "")),
        Fact(_("Files"), ", ".join(os.path.basename(f) for f in src.files) or DASH),
        Fact(_("Encoding"), src.encoding),
        Fact(
            _("Date order"),
            (
                f"{src.date_order} ({_date_order_reason(src.date_order_reason)})"
                if src.date_order
                else _("not needed")
            ),
        ),
        Fact(
            _("Lines read"),
            _(
                "{total} = {headers} message headers + {continuation} continuation lines + "
                "{system} system notices + {skipped} skipped"
            ).format(
                total=fmt_count(acc.total),
                headers=fmt_count(acc.header),
                continuation=fmt_count(acc.continuation),
                system=fmt_count(acc.system),
                skipped=fmt_count(skipped),
            )
            + (
                " (" + "; ".join(f"{k}: {fmt_count(v)}" for k, v in sorted(acc.skipped.items()))
                + ")"
                if acc.skipped
                else ""
            ),
        ),
        Fact(
            _("Period measured"),
            (
                _("{start} to {end}").format(
                    start=settings.since or _("start"), end=settings.until or _("end")
                )
                if settings.since or settings.until
                else _("the whole chat")
            ),
        ),
        Fact(
            _("People measured"),
            _name_list(analysis.participants) + (" (--pair)" if settings.pair else ""),
        ),
        Fact(_("Language"), _language_fact(analysis)),
        Fact(_("Report language"), _report_language_fact(analysis)),
        Fact(
            _("NLP"),
            settings.spacy_model
            or _("spaCy blank English tokenizer with the project's own components"),
        ),
        Fact(
            _("Privacy"),
            _("{names}; {quotes}").format(
                names=_(
                    "names replaced by “Person A/B/…” (authors, names in the text, phone numbers)"
                )
                if settings.anonymize
                else _("names as in the export"),
                quotes=_("no message text shown (--no-quotes)")
                if not settings.quotes
                else _("up to three short example messages per sign"),
            ),
        ),
    )
    blocks: list[Block] = [
        Note(
            _(
                "This report describes; it does not diagnose. The numbers count what was "
                "written, how often and in reply to what. They cannot say what anyone felt or "
                "meant, and no number here is a verdict on a person or a relationship."
            )
        ),
        Para(
            _(
                "How it was made: the export was read into messages (every input line accounted "
                "for, below), split into conversations at silences longer than the session gap and "
                "into turns (runs of messages by one person), and every text message went through "
                "one language pass (word counts, emotion words from the project's own depth "
                "lexicon, valence from VADER with known chat mis-scores corrected, questions, "
                "feeling statements). The measures below were computed from those columns, the "
                "signs from the measures; this report only shows them. Nothing left this computer."
            )
        ),
        Facts(data_facts),
    ]
    if src.warnings:
        warned = tuple(
            _("Warning: {warning}").format(warning=warning_text(w)) for w in src.warnings
        )
        blocks.append(Bullets(warned))
        blocks += _warnings_in_english(list(src.warnings))
    if not analysis.measures.lexicon_applied:
        blocks.append(Note(lexicon_reason(analysis)))
    for dimension in ("balance", "depth", "one_sidedness", "trend"):
        items = tuple(
            Definition(label(s.name), s.name, _plain(_(s.definition)))
            for s in catalogue.CATALOGUE
            if s.dimension == dimension
        )
        blocks.append(
            Definitions(
                _("Definitions: {section}").format(section=_(SECTION_TITLES[dimension])),
                items,
                screen_only=True,
            )
        )
    rows = []
    for group_name, group in (("minimum", settings.minimum), ("thresholds", settings.thresholds)):
        meanings = settings_meanings(type(group))
        names = settings_names(type(group))
        for f in fields(group):
            value = getattr(group, f.name)
            key = f"{group_name}.{f.name}"
            rows.append(
                Row(
                    key,
                    # the setting's name in words, the key a user sets under it (screen only)
                    _(names[f.name]),
                    (
                        Cell(f"{value:g}" if isinstance(value, float) else str(value)),
                        Cell(_plain(_(meanings[f.name])) if f.name in meanings else ""),
                    ),
                    code=key,
                )
            )
    rows.insert(
        0,
        Row(
            "session_gap",
            _(settings_names(Settings)["session_gap"]),
            (
                Cell(fmt_seconds(settings.session_gap.total_seconds())),
                Cell(_(settings_meanings(Settings)["session_gap"])),
            ),
            code="session_gap",
        ),
    )
    blocks.append(
        Table(
            _("Thresholds and minimum data (our heuristics; change them in Settings)"),
            (_("Setting"), _("Value"), _("Meaning")),
            tuple(rows),
            cards=True,  # on a phone each setting is a card: long names and meanings fit
            screen_only=True,
        )
    )
    blocks.append(
        Para(
            _(
                "Below a minimum a measure is missing (“—”, with its n) rather than zero, and a "
                "sign that needs it reads “insufficient data”. Intervals are bootstrap intervals "
                "over conversations, not messages. Every value shows its n: the number of items "
                "behind it."
            )
        )
    )
    blocks.append(
        Bullets(tuple(_(text) for text in CANNOT_SHOW), title=_("What text cannot show"))
    )
    blocks.append(
        Bullets(
            (
                _(
                    "Robust: the measure tracks the sign closely (e.g. talk share for "
                    "one-sidedness)."
                ),
                _("Moderate: a fair indicator with known exceptions."),
                _(
                    "Weak proxy: text shows only a trace of the sign; read it as a prompt, not a "
                    "finding."
                ),
            ),
            title=_("Strength of a sign"),
            screen_only=True,  # print: the signs section explains the scale once
        )
    )
    blocks.append(
        Bullets(tuple(_(text) for text in RESEARCH), title=_("Research behind the measures"))
    )
    blocks.append(
        Para(
            _(
                "In the PDF, emoji (in quotes, names and labels alike) are written as a short word "
                "in square brackets (a red heart becomes “[heart]”) and characters its font lacks "
                "as “?”; the HTML shows them as sent."
            )
        )
    )
    return blocks
