"""The warnings of reading a chat: each one a code, its values and a whole sentence.

A parser (or the pipeline) that has something to say about the input it read makes a
:class:`ParseWarning` with :func:`warn`: a stable ``code`` (``"not_utf8_replaced"``), the values
the sentence needs (``file``, ``n``, ``line``, ...) and, as the string itself, the English
sentence. So ``source.warnings`` stays a list of English sentences (the JSON's
``source.warnings``, the command line's stderr, tests), while the report writes each warning
again from its code and values in the report's language (:func:`render` with the report's
gettext). The sentences are :data:`TEXTS`, one entry per code; they are in the report's gettext
catalogue (babel.cfg reads this file). A sentence with a count is a plural pair selected by the
value ``n``. Values are machine values: counts are ints, file names and quoted lines strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any


def N_(message: str) -> str:  # the report's catalogue marks (analyzer/report/i18n.py)
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    return singular, plural


#: Repeated warnings of one kind name this many examples, then count the rest.
SHOWN_EXAMPLES = 3

# Translators: a warning from reading the chat, shown at the top of the report and in its Method
# section. {file} is a file name, {n} a count; keep every {name}, and keep --options, format
# codes (dmy, mdy, ymd), U+FFFD, cp1252, data.json, <div> and messages*.html as they are.
TEXTS: dict[str, str | tuple[str, str]] = {
    # reading the inputs (analyzer/parsers/inputs.py, registry.py)
    "unreadable_file": N_(
        "{file}: could not be read (no permission, or a broken link) and was skipped"
    ),
    "unreadable_files": Nn_(
        "{n} file could not be read (no permission, or a broken link) and was skipped; "
        "the first {shown}: {examples}",
        "{n} files could not be read (no permission, or a broken link) and were skipped; "
        "the first {shown}: {examples}",
    ),
    "not_regular_file": N_("{file}: is not a regular file and was skipped"),
    "not_regular_files": Nn_(
        "{n} file is not a regular file and was skipped; the first {shown}: {examples}",
        "{n} files are not regular files and were skipped; the first {shown}: {examples}",
    ),
    "empty_file": N_("{file}: is empty and was ignored"),
    "empty_files": Nn_(
        "{n} file is empty and was ignored; the first {shown}: {examples}",
        "{n} files are empty and were ignored; the first {shown}: {examples}",
    ),
    "not_recognised": N_("{file}: not recognised as a {format} export; ignored"),
    "not_recognised_files": Nn_(
        "{n} file was not recognised as a {format} export and ignored; "
        "the first {shown}: {examples}",
        "{n} files were not recognised as a {format} export and ignored; "
        "the first {shown}: {examples}",
    ),
    "unsafe_zip_member": N_("{file}: skipped zip member with unsafe name '{member}'"),
    "given_twice": N_("{file}: given twice; read once"),
    "same_content": N_("{file}: the same content as {other}; read once"),
    "chat_picked": N_("--chat '{chat}' picked {picked}; not read: {left}"),
    "lines_lost": Nn_(
        "{n} of {total} lines or records could not be read and was skipped ({reasons}; "
        "--lenient)",
        "{n} of {total} lines or records could not be read and were skipped ({reasons}; "
        "--lenient)",
    ),
    "duplicates_dropped": Nn_(
        "dropped {n} duplicate message found in several files",
        "dropped {n} duplicate messages found in several files",
    ),
    "out_of_order": Nn_(
        "{n} message was out of time order; sorted by time (stable, file order kept for ties)",
        "{n} messages were out of time order; sorted by time (stable, file order kept for ties)",
    ),
    # the formats
    "broken_escapes": Nn_(
        "{file}: {n} broken character escape (half of a UTF-16 pair) replaced by U+FFFD",
        "{file}: {n} broken character escapes (half of a UTF-16 pair) replaced by U+FFFD",
    ),
    "time_from_fallback": Nn_(
        "{file}: {n} record without a readable {field}; its time was read from {used}",
        "{file}: {n} records without a readable {field}; their time was read from {used}",
    ),
    "signal_twin": N_("{file}: the same chat as data.json beside it; read data.json"),
    "cp1252": N_("{file}: not UTF-8; read as Windows-1252 (cp1252)"),
    "pages_missing": Nn_(
        "{n} page of this chat's HTML export not given ({pages}): the messages on it are not "
        "read; give the folder with every messages*.html page",
        "{n} pages of this chat's HTML export not given ({pages}): the messages on them are not "
        "read; give the folder with every messages*.html page",
    ),
    "unclosed_messages": Nn_(
        "{file}: {n} message without its closing </div> (the first is message {first} of the "
        "page); it was ended where the next message begins",
        "{file}: {n} messages without their closing </div> (the first is message {first} of the "
        "page); each was ended where the next message begins",
    ),
    "unplaced_parts": Nn_(
        "{file}: {n} part of a message (name, date or text) outside any message <div> could not "
        "be placed and was left out",
        "{file}: {n} parts of a message (name, date or text) outside any message <div> could not "
        "be placed and were left out",
    ),
    "cues_without_speaker": Nn_(
        "{file}: {n} cue had no speaker; it was given to the speaker of the cue before it",
        "{file}: {n} cues had no speaker; each was given to the speaker of the cue before it",
    ),
    "blocks_outside_cues": Nn_(
        "{file}: {n} block of text outside any cue was skipped",
        "{file}: {n} blocks of text outside any cue were skipped",
    ),
    "year_ambiguous_first": N_(
        "the place of the 2-digit year is ambiguous (every reading fits the dates); read it "
        "first — pass --date-order ymd if the year comes first"
    ),
    "year_ambiguous_middle": N_(
        "the place of the 2-digit year is ambiguous (every reading fits the dates); read it in "
        "the middle — pass --date-order ymd if the year comes first"
    ),
    "year_ambiguous_last": N_(
        "the place of the 2-digit year is ambiguous (every reading fits the dates); read it "
        "last — pass --date-order ymd if the year comes first"
    ),
    "date_fields_conflict": N_(
        "both date fields exceed 12 in different lines; read them as {order} and kept "
        "impossible dates as text"
    ),
    "day_month_ambiguous": N_(
        "day and month order is ambiguous (no field above 12, both orders equally "
        "chronological); read as {order} — pass date_order='{other}' (--date-order {other}) if "
        "that is wrong"
    ),
    "day_month_ambiguous_us": N_(
        "day and month order is ambiguous (no field above 12, both orders equally "
        "chronological); read as {order} (M/D/YY without leading zeros and AM/PM, as US English "
        "writes dates) — pass date_order='{other}' (--date-order {other}) if that is wrong"
    ),
    "day_month_ambiguous_dotted": N_(
        "day and month order is ambiguous (no field above 12, both orders equally "
        "chronological); read as {order} (dotted dates are written day first) — pass "
        "date_order='{other}' (--date-order {other}) if that is wrong"
    ),
    "impossible_headers_kept": Nn_(
        "{n} line that looks like a message header but has an impossible date or time in "
        "{order} order was kept as text of the message above (--lenient)",
        "{n} lines that look like message headers but have an impossible date or time in "
        "{order} order were kept as text of the message above (--lenient)",
    ),
    "quoted_headers_kept": Nn_(
        "{n} line shaped like a message header in another layout but dated before the message "
        "above was kept as text of that message (a quoted line; the first is line {line}: "
        "{quote})",
        "{n} lines shaped like a message header in another layout but dated before the message "
        "above were kept as text of that message (a quoted line; the first is line {line}: "
        "{quote})",
    ),
    "lines_before_first_header": Nn_(
        "{n} line before the first message header was skipped (--lenient)",
        "{n} lines before the first message header were skipped (--lenient)",
    ),
    "lines_before_first_header_bad": Nn_(
        "{n} line before the first message header ({bad} with an impossible date or time) was "
        "skipped (--lenient)",
        "{n} lines before the first message header ({bad} with an impossible date or time) were "
        "skipped (--lenient)",
    ),
    "not_whatsapp": N_("{file}: not a WhatsApp export; ignored"),
    "not_utf8_replaced": N_(
        "{file}: not valid UTF-8; undecodable bytes were replaced by U+FFFD"
    ),
    "impossible_timestamps": Nn_(
        "{file}: {n} timestamp line holds an impossible date (line {line}: {quote}); that "
        "message was skipped (--lenient)",
        "{file}: {n} timestamp lines hold an impossible date (line {line}: {quote}); those "
        "messages were skipped (--lenient)",
    ),
    # the analysis (analyzer/pipeline.py, analyzer/table_check.py)
    "read_in_part": Nn_(
        "{n} message longer than {chars} characters: feelings and acts were read in the first "
        "{chars} characters of it; all its words are counted",
        "{n} messages longer than {chars} characters: feelings and acts were read in the first "
        "{chars} characters of each; all their words are counted",
    ),
    "index_renumbered": Nn_(
        "{n} row of the messages table shares an index value with another row (a pd.concat "
        "without ignore_index=True?); the rows were renumbered from 0",
        "{n} rows of the messages table share an index value with another row (a pd.concat "
        "without ignore_index=True?); the rows were renumbered from 0",
    ),
    "rows_repeated": Nn_(
        "{n} row of the messages table repeats a message already in it (same file, line, time, "
        "author and text); each message was read once",
        "{n} rows of the messages table repeat a message already in it (same file, line, time, "
        "author and text); each message was read once",
    ),
    "rows_out_of_order": Nn_(
        "{n} message was out of time order; sorted by time (messages of the same time in the "
        "order of their source line)",
        "{n} messages were out of time order; sorted by time (messages of the same time in the "
        "order of their source line)",
    ),
}

#: What a line or record was skipped for (``LineAccounting.skipped``), counted inside the
#: ``lines_lost`` warning's ``{reasons}``; a reason without an entry is written "{n} {reason}".
REASONS: dict[str, tuple[str, str]] = {
    "record without a readable time": Nn_(
        "{n} record without a readable time", "{n} records without a readable time"
    ),
    "record without a readable date": Nn_(
        "{n} record without a readable date", "{n} records without a readable date"
    ),
    "row without a readable time": Nn_(
        "{n} row without a readable time", "{n} rows without a readable time"
    ),
    "message without a readable date": Nn_(
        "{n} message without a readable date", "{n} messages without a readable date"
    ),
    "message without an author": Nn_(
        "{n} message without an author", "{n} messages without an author"
    ),
    "text before the first message": Nn_(
        "{n} line of text before the first message", "{n} lines of text before the first message"
    ),
    "text before the first utterance": Nn_(
        "{n} line of text before the first utterance",
        "{n} lines of text before the first utterance",
    ),
    "text outside any cue": Nn_(
        "{n} line of text outside any cue", "{n} lines of text outside any cue"
    ),
    "timestamp with no sender": Nn_(
        "{n} timestamp with no sender", "{n} timestamps with no sender"
    ),
}
#: Between the reasons of ``lines_lost`` ("; ").
REASON_JOINER = N_("; ")
#: Values that are the place of a line in a file: written without grouping ("line 1234").
PLACES = frozenset({"line", "first"})


# Translators: why the dates were read in this order (day, month, year), in the Method section
# after the order ("dmy (...)").
#: The reasons a parser gives for the order of a date's fields (``Source.date_order_reason``), in
#: words the report translates; :func:`date_order_reason` reads them.
DATE_ORDER_REASONS: dict[str, str] = {
    "given": N_("as given"),
    "field > 12": N_("a field above 12 shows which one is the day"),
    "field > 12 (conflicting)": N_(
        "fields above 12 on both sides; the side with more of them decides"
    ),
    "chronology": N_("the order that keeps the messages in time order"),
    "default": N_("the usual order, as nothing else decides"),
    "day and month equal everywhere": N_("day and month are the same in every date"),
    "locale: M/D/YY without leading zeros and AM/PM, as US English writes dates": N_(
        "the file writes dates as US English does (M/D/YY without leading zeros, with AM/PM)"
    ),
    "locale: dotted dates are written day first": N_(
        "the file writes dotted dates, which put the day first"
    ),
}
#: Where a 2-digit year was read (after "; 2-digit year " in the reason), with why.
YEAR_PLACES: dict[str, str] = {
    "first": N_("2-digit year first: {why}"),
    "in the middle": N_("2-digit year in the middle: {why}"),
    "last": N_("2-digit year last: {why}"),
}
YEAR_REASONS: dict[str, str] = {
    "the only place that makes every date valid": N_("the only place that makes every date valid"),
    "chronology": N_("the dates then keep their time order"),
    "the year field changes least": N_("the year field changes least"),
    "the shortest span": N_("the shortest span of time"),
    "default": N_("the usual place, as nothing else decides"),
}
_YEAR_NOTE = re.compile(r"^(?P<main>.*?); 2-digit year (?P<place>first|in the middle|last) "
                        r"\((?P<why>[^()]*)\)$")


def date_order_reason(reason: str, gettext: Callable[[str], str]) -> str:
    """``Source.date_order_reason`` ("field > 12; 2-digit year last (chronology)") in the words
    of :data:`DATE_ORDER_REASONS` through ``gettext``; a reason they do not hold stays as it is."""
    m = _YEAR_NOTE.match(reason)
    main = m["main"] if m else reason
    if main not in DATE_ORDER_REASONS:
        return reason
    parts = [gettext(DATE_ORDER_REASONS[main])]
    if m:
        if m["place"] not in YEAR_PLACES or m["why"] not in YEAR_REASONS:
            return reason
        why = gettext(YEAR_REASONS[m["why"]])
        parts.append(gettext(YEAR_PLACES[m["place"]]).format(why=why))
    return gettext(REASON_JOINER).join(parts)


class ParseWarning(str):
    """A warning's English sentence (the string itself) with its ``code`` and ``values``."""

    code: str
    values: dict[str, Any]

    def __new__(cls, text: str, code: str = "", values: Mapping[str, Any] | None = None):
        self = super().__new__(cls, text)
        self.code = code
        self.values = dict(values or {})
        return self

    def map_text(self, change: Callable[[str], str]) -> ParseWarning:
        """The same warning with ``change`` applied to each of its text values (and list items)
        and its sentence written again (``--anonymize`` scrubs names and file names with it)."""

        def each(value: Any) -> Any:
            if isinstance(value, str):
                return change(value)
            if isinstance(value, list | tuple):
                return [each(v) for v in value]
            return value

        return warn(self.code, **{k: each(v) for k, v in self.values.items()})

    def to_dict(self) -> dict[str, Any]:
        """``{"code", "values"}``: the warning's identity for the JSON."""
        return {"code": self.code, "values": dict(self.values)}


def warn(code: str, **values: Any) -> ParseWarning:
    """The warning ``code`` (a key of :data:`TEXTS`) with ``values``, its sentence in English."""
    return ParseWarning(render(code, values), code, values)


def _english_count(n: int) -> str:
    return f"{n:,}"


def render(
    code: str,
    values: Mapping[str, Any],
    *,
    gettext: Callable[[str], str] = lambda s: s,
    ngettext: Callable[[str, str, int], str] = lambda s, p, n: s if n == 1 else p,
    count: Callable[[int], str] = _english_count,
    join: Callable[[list[str]], str] = ", ".join,
) -> str:
    """The sentence of warning ``code`` with ``values``; in English with the defaults, in the
    report's language with its gettext, ngettext, number and list formatting."""
    text = TEXTS[code]
    if isinstance(text, tuple):
        template = ngettext(text[0], text[1], int(values.get("n", 0)))
    else:
        template = gettext(text)
    filled: dict[str, str] = {}
    for key, value in values.items():
        if key == "reasons":
            filled[key] = gettext(REASON_JOINER).join(
                ngettext(*REASONS[r], int(n)).format(n=count(int(n))) if r in REASONS
                else f"{count(int(n))} {r}"
                for r, n in value.items()
            )
        elif isinstance(value, bool):
            filled[key] = str(value)
        elif isinstance(value, int):
            filled[key] = str(value) if key in PLACES else count(value)
        elif isinstance(value, list | tuple):
            more = len(value) > SHOWN_EXAMPLES and key == "left"
            filled[key] = join([str(v) for v in value[:SHOWN_EXAMPLES]] if more
                               else [str(v) for v in value]) + (" ..." if more else "")
        else:
            filled[key] = str(value)
    return template.format_map(filled)


def aggregate(names: list[str], one: str, many: str, **values: Any) -> list[ParseWarning]:
    """Warnings about ``names`` that share one reason: warning ``one`` for each of a few, else
    one warning ``many`` with their count and the first :data:`SHOWN_EXAMPLES`."""
    if not names:
        return []
    if len(names) <= SHOWN_EXAMPLES:
        return [warn(one, file=name, **values) for name in names]
    return [
        warn(
            many,
            n=len(names),
            shown=SHOWN_EXAMPLES,
            examples=list(names[:SHOWN_EXAMPLES]),
            **values,
        )
    ]
