"""WhatsApp .txt / .zip exports: Android and iOS, 12- and 24-hour clocks, every date spelling.

How a file is read (docs/design.md, section 2):

1. **Layout.** A WhatsApp header is ``[marks] DATE SEP TIME SEP`` followed by ``Name: text`` or a
   system notice. The frames are a table of data (:data:`LAYOUTS`): ``android``
   (``12/03/2021, 21:15 - ``, also without the comma, with ``à``/``klo`` between date and time,
   a dot after the time, an en dash), ``ios`` (``[12/03/2021, 21:15:02] ``), ``old``
   (``13.06.18 21.25.15: ``) and ``bare`` (Croatian ``13. 6. 2018. 21:25:15 ``). The first 200
   lines that start like a date are matched against every frame; the frame with most hits wins
   (ties go to the earlier row), and its date separator, year position and width, time
   separator, seconds, AM/PM and the separator before the body are pinned from the majority of
   those lines (:class:`HeaderStyle`). One RE2 regex built for exactly that layout then marks
   the header lines of the whole file in one vectorised pass (pyarrow), the bodies are split
   off at the pinned separator, and the date fields are read as fixed-width slices when every
   header has the same shape (else with one regex extraction). Lines that start like a date
   but not in that layout are read in the layout they match (exports merged by hand mix them),
   except **a line in another layout dated before the message above it: that is text** of
   that message (a line quoted from another chat), said in a warning.
2. **Dates.** The field with four digits is the year (two-digit years are 20yy and last, unless
   a first field above 31 shows they come first). The order of day and month is decided from
   the whole file: a field above 12 decides; if none does, the order that keeps the timestamps
   chronological (fewer backward steps) wins; if both are equally chronological, day-first
   (year-month-day for year-first dates) with a warning. ``date_order=`` overrides it.
   12-hour times become 24-hour (12 AM = 00h, 12 PM = 12h; an hour above 12 with PM is kept). A
   header whose date is impossible in the
   chosen order is not a header: its line joins the message above as text, with a warning.
3. **Bodies.** Each message is its header line plus every following line up to the next header
   (blank lines kept, CRLF read as LF), joined in Arrow; lines before the first header are
   skipped and counted. ``Name: text`` splits at the first colon followed by a
   space, the end of the line or a dot (so ``Name:.`` is Name writing ``.``). A header without
   such a colon is a system notice; so is a known notice after a name (iOS prints group notices
   and the encryption notice after the chat's name).
4. **Kinds.** One alternation regex per kind (:data:`KIND_PATTERNS`), applied to the text column
   (after one pre-filter, their union): media placeholders and attachments, deleted, missed
   calls, locations, contacts, polls, stickers, view-once. ``<This message was edited>`` is removed
   from the text and sets
   ``edited``. A media message keeps its whole body (attachment name and caption) as text.

Invisible marks (U+200E, U+200F, U+FEFF, bidi embeddings, ...) are ignored in headers and
removed from author names; text is never normalised (emoji and joiners stay as written).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.chat import LineAccounting, Source
from analyzer.errors import ChatFormatError
from analyzer.parse_warnings import ParseWarning, warn
from analyzer.parsers.base import InputFile, decode, to_utf8
from analyzer.schema import KINDS, LINES, Col, normalize_messages

# --------------------------------------------------------------------------------------------
# Header grammar (data)
# --------------------------------------------------------------------------------------------

#: Format characters that exports put before headers, inside brackets and before names.
MARK_CHARS = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c"
MARKS = f"[{MARK_CHARS}]*"
#: The same, minus the joiners (U+200C, U+200D) that are part of emoji: removed from names.
NAME_MARKS_RE = re.compile(
    "[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]"
)
#: A space in a header: normal, no-break or narrow no-break.
SP = "[ \u00a0\u202f]"
#: Space inside a 12-hour marker (``p. m.``), marks allowed.
SPM = f"[ \u00a0\u202f{MARK_CHARS}]"
#: Words some locales put between date and time.
DATE_TIME_WORDS = ("à", "klo", "um", "alle", "às", "om", "в")


@dataclass(frozen=True)
class Layout:
    """One header frame: ``frame`` (with ``{date}`` and ``{time}`` placeholders) then ``end``,
    the separator before the body. ``literal_end``: the separator, once pinned for a file,
    first occurs in a header line right where the header ends (so a plain split finds it)."""

    name: str
    frame: str
    end: str
    literal_end: bool
    example: str


_DT_WORDS = "|".join(DATE_TIME_WORDS)

#: Header frames, most specific first (ties in detection go to the earlier one).
LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "ios",
        MARKS + r"\[" + MARKS + "{date},?" + SP + "{time}" + MARKS,
        r"\]" + MARKS + SP,
        True,
        "[12/03/2021, 21:15:02] Sam: See you tomorrow!",
    ),
    Layout(
        "android",
        MARKS + "{date}" + f"(?:,{SP}?|{SP}(?:(?:{_DT_WORDS}){SP})?)" + "{time}" + MARKS + r"\.?",
        SP + "[-–]" + SP,
        True,
        "12/03/2021, 21:15 - Sam: See you tomorrow!",
    ),
    Layout(
        "old",
        MARKS + "{date}" + SP + "{time}",
        ":" + SP,
        True,
        "13.06.18 21.25.15: Sam: See you tomorrow!",
    ),
    Layout(
        "bare",
        MARKS + "{date}" + SP + "{time}",
        SP,
        False,
        "13. 6. 2018. 21:25:15 Sam: See you tomorrow!",
    ),
)


@dataclass(frozen=True)
class HeaderStyle:
    """A file's exact header layout, found by :func:`detect_style`."""

    layout: Layout
    date_sep: str  # "/", ".", "-"
    time_sep: str  # ":", "."
    seconds: bool
    twelve_hour: bool
    year_pos: int | None  # 0, 1 or 2: which date field is the year (None: 2-digit, not yet known)
    year_digits: int = 4  # 2 or 4
    end: str = ""  # the literal separator before the body, when the layout has one
    ampm_before: bool = False  # the AM/PM word comes before the time (오후 9:15, 下午9:15)
    ampm_latin: bool = True  # the AM/PM marker is a/p + m (not vorm./nachm. or a CJK word)
    padded: bool = True  # days and months below 10 are written with two digits
    ampm_caps: bool = False  # the marker is written AM / PM (not am, a.m., p. m.)

    @property
    def variant(self) -> str:
        return f"{self.layout.name}-{'12h' if self.twelve_hour else '24h'}"


def _date_re(sep: str | None, year_pos: int | None = None, year_digits: int = 4) -> str:
    """Three date fields. Loose (any separator, 1-4 digits each) when ``sep`` is None; else
    with the file's separator, a 4-digit year at ``year_pos`` and the other fields of one or
    two digits (all three of one or two digits for 2-digit years, whose place is decided later
    from the dates themselves)."""
    s = "(?P<ds>[./-])" if sep is None else re.escape(sep)
    back = "(?P=ds)" if sep is None else re.escape(sep)
    width = [r"\d{1,4}"] * 3 if sep is None else [r"\d{1,2}"] * 3
    if sep is not None and year_pos is not None and year_digits == 4:
        width[year_pos] = r"\d{4}"
    a, b, c = width
    return rf"(?P<a>{a}){s}{SP}?(?P<b>{b}){back}{SP}?(?P<c>{c})\.?"


#: AM/PM words written before the time (Korean, Chinese, Japanese), the PM ones first.
AMPM_BEFORE_PM = ("오후", "下午", "午後")
AMPM_BEFORE_AM = ("오전", "上午", "午前")
_AMPM_BEFORE = "|".join(AMPM_BEFORE_PM + AMPM_BEFORE_AM)
#: AM/PM markers after the time: ``PM``, ``p.m.``, ``p. m.`` and German ``vorm.``/``nachm.``.
_AMPM_AFTER = rf"[AaPp]\.?{SPM}?[Mm]\.?|vorm\.|nachm\."


def _time_re(
    sep: str | None, seconds: bool | None, twelve: bool | None, before: bool | None = None
) -> str:
    """The time: hour, minute, maybe seconds, maybe an AM/PM marker after it (group ``P``) or
    an AM/PM word before it (group ``Q``). ``None`` leaves a part optional (detection)."""
    s = "(?P<ts>[:.])" if sep is None else re.escape(sep)
    back = "(?P=ts)" if sep is None else re.escape(sep)
    sec = rf"{back}(?P<S>\d{{2}})"
    sec = f"(?:{sec})?" if seconds is None else (sec if seconds else "(?P<S>)")
    after = rf"{SPM}*(?P<P>{_AMPM_AFTER})"
    pre = rf"(?P<Q>{_AMPM_BEFORE}){SPM}*"
    if twelve is None:
        after, pre = f"(?:{after})?", f"(?:{pre})?"
    elif not twelve:
        after, pre = "(?P<P>)", "(?P<Q>)"
    elif before:
        after = "(?P<P>)"
    else:
        pre = "(?P<Q>)"
    return rf"{pre}(?P<H>\d{{1,2}}){s}(?P<M>\d{{2}}){sec}{after}"


def _possessive(pattern: str) -> str:
    """Python-only: make runs of marks possessive, so a line of a million marks cannot make the
    backtracking engine take quadratic time (RE2, used on whole files, is linear anyway)."""
    return pattern.replace(MARKS, MARKS + "+").replace(f"{SPM}*", f"{SPM}*+")


def _probe(layout: Layout) -> re.Pattern[str]:
    """A loose regex for ``layout`` (any separators, seconds and clock) used for detection."""
    frame = layout.frame.format(date=_date_re(None), time=_time_re(None, None, None, None))
    return re.compile(_possessive(f"{frame}(?P<end>{layout.end})"))


_PROBES = tuple((layout, _probe(layout)) for layout in LAYOUTS)
#: A line that starts like a header of any layout (cheap pre-filter for detection).
_HEADERISH = re.compile(rf"^{MARKS}+\[?{MARKS}+\d[^\n]*", re.M)


def header_patterns(style: HeaderStyle) -> tuple[str, str, str]:
    """RE2 patterns for a header line in ``style``, run by pyarrow over every line: the whole
    header without groups (fast matching), the whole header with named groups (``a b c`` date
    fields, ``H M S`` clock, ``P`` the AM/PM letter) and the part before the separator with
    those groups."""
    frame = "^" + style.layout.frame.format(
        date=_date_re(style.date_sep, style.year_pos, style.year_digits),
        time=_time_re(style.time_sep, style.seconds, style.twelve_hour, style.ampm_before),
    )
    end = re.escape(style.end) if style.end else style.layout.end
    bare = re.sub(r"\(\?P<\w+>", "(?:", frame + end)
    return bare, frame + end, frame + "$"


def detect_style(
    text: str,
    *,
    sample: int = 200,
    layouts: tuple[tuple[Layout, re.Pattern[str]], ...] | None = None,
) -> tuple[HeaderStyle | None, int, int]:
    """Find the header layout of ``text`` from its first ``sample`` date-like lines.

    Returns the style (None if no line is a header), the number of sampled lines that match it
    and the number sampled.
    """
    lines = [m.group(0) for m in itertools.islice(_HEADERISH.finditer(text), sample)]
    if not lines:
        return None, 0, 0
    best: tuple[int, Layout, list[re.Match[str]]] | None = None
    for layout, probe in layouts or _PROBES:
        hits = [m for m in map(probe.match, lines) if m is not None]
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), layout, hits)
    if best is None:
        return None, 0, len(lines)
    n, layout, hits = best

    def mode(values: list) -> Any:
        return max(set(values), key=values.count)

    widths = [tuple(len(m.group(g)) for g in "abc") for m in hits]
    four = [w.index(4) if 4 in w else -1 for w in widths]
    year_pos: int | None = mode(four)
    year_digits = 4
    if year_pos == -1:  # 2-digit years: their place is decided from the whole file
        year_pos, year_digits = None, 2
    short = [(m, w) for m, w in zip(hits, widths, strict=True) if year_pos is None or 4 not in w]
    padded = not any(
        len(m.group(g)) == 1 for m, w in short[:50] for i, g in enumerate("abc") if i != year_pos
    )
    ampm = [m.group("P") or m.group("Q") for m in hits]
    twelve = mode([a is not None for a in ampm])
    marked = [m for m, a in zip(hits, ampm, strict=True) if a is not None] if twelve else []
    style = HeaderStyle(
        layout=layout,
        date_sep=mode([m.group("ds") for m in hits]),
        time_sep=mode([m.group("ts") for m in hits]),
        seconds=mode([m.group("S") is not None for m in hits]),
        twelve_hour=twelve,
        year_pos=year_pos,
        year_digits=year_digits,
        end=mode([m.group("end") for m in hits]) if layout.literal_end else "",
        ampm_before=bool(marked) and mode([m.group("Q") is not None for m in marked]),
        ampm_latin=not marked
        or mode([(m.group("P") or "")[:1] in "AaPp" and m.group("P") is not None for m in marked]),
        padded=padded,
        ampm_caps=bool(marked) and mode([m.group("P") in ("AM", "PM") for m in marked]),
    )
    return style, n, len(lines)


# --------------------------------------------------------------------------------------------
# System notices and kinds (data). Patterns stay RE2-compatible: pandas runs them with pyarrow.
# --------------------------------------------------------------------------------------------

_LRM = "\u200e?"

#: Notices that appear without an author, in the languages we know. A header whose whole body
#: (before any ``Name:`` split) matches one of these is a notice even if it contains a colon.
_NOTICE_PHRASES = (
    # encryption
    r"Messages and calls are end-to-end encrypted",
    r"Messages to this (?:group|chat) are now secured with end-to-end encryption",
    r"Messages you send to this (?:group|"
    r"chat) and calls are (?:now )?secured with end-to-end encryption",
    r"Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
    r"Los mensajes y las llamadas están cifrados de extremo a extremo",
    r"Les messages et les appels sont chiffrés de bout en bout",
    r"I messaggi e le chiamate sono crittografati end-to-end",
    r"As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    r"Berichten en oproepen zijn end-to-end versleuteld",
    r"Сообщения и звонки защищены сквозным шифрованием",
    r"Mesajlar ve aramalar uçtan uca şifrelidir",
    # security code
    r"Your security code with .+ changed",
    r"Deine Sicherheitsnummer für .+ hat sich geändert",
    r"Tu código de seguridad con .+ cambió",
    r"Votre code de sécurité avec .+ a changé",
    r"Il tuo codice di sicurezza con .+ è cambiato",
    r"Seu código de segurança com .+ mudou",
    r"Je beveiligingscode met .+ is gewijzigd",
    r"Ваш код безопасности для .+ изменился",
    r".+ ile güvenlik kodunuz değişti",
    # disappearing messages
    r".*(?:disappearing messages|selbstlöschende Nachrichten|mensajes temporales|messages éphémères"
    r"|messaggi effimeri|mensagens temporárias|verdwijnende berichten|исчезающие сообщения"
    r"|süreli mesajlar)",
    # group life (a name without a colon, then the verb phrase)
    r"[^:]+ (?:created group|created this group|added|removed|left|"
    r"joined using this group's invite link"
    r"|changed the subject|changed this group's icon|deleted this group's icon"
    r"|changed the group description|changed their phone number|changed the group settings)",
    r"(?:You were added|You joined|You're now an admin|You are now an admin|"
    r"You blocked this contact"
    r"|You unblocked this contact|Waiting for this message)",
    r"[^:]+ (?:hat die Gruppe|hat .+ hinzugefügt|hat .+ entfernt|hat den Betreff|"
    r"hat das Gruppenbild"
    r"|hat die Gruppenbeschreibung|ist über den Einladungslink|wurde hinzugefügt)",
    r"(?:Du wurdest hinzugefügt|Du bist beigetreten)",
    r"[^:]+ (?:creó el grupo|añadió a|salió del grupo|eliminó a|se unió usando el enlace"
    r"|cambió el asunto|cambió la imagen del grupo|cambió la descripción del grupo)",
    r"(?:Te añadieron|Te uniste)",
    r"[^:]+ (?:a créé le groupe|a ajouté|est parti|a retiré|a rejoint ce groupe"
    r"|a modifié le sujet|a changé l'icône|a modifié la description)",
    r"[^:]+ (?:ha creato il gruppo|ha aggiunto|è uscito|ha rimosso|si è unito"
    r"|ha cambiato l'oggetto|ha cambiato l'immagine|ha cambiato la descrizione)",
    r"[^:]+ (?:criou o grupo|adicionou|saiu|removeu|entrou usando o link"
    r"|mudou o assunto|mudou a imagem|mudou a descrição)",
    r"[^:]+ (?:heeft groep|heeft .+ toegevoegd|is vertrokken|heeft .+ verwijderd"
    r"|neemt deel via de uitnodigingslink|heeft het onderwerp|heeft de afbeelding|"
    r"heeft de groepsbeschrijving)",
    r"[^:]+ (?:создал\S* группу|добавил|вышел|вышла|удалил|присоединил\S* к группе"
    r"|изменил\S* тему|изменил\S* изображение|изменил\S* описание)",
    r"[^:]+ (?:grubunu oluşturdu|ekledi|ayrıldı|çıkardı|davet bağlantısıyla katıldı"
    r"|konuyu|simgesini değiştirdi|açıklamasını değiştirdi)",
)

#: A header body that is a notice as a whole (checked before the ``Name:`` split).
#: After a group verb, a notice's word ends ("Kim left", not "Kim leftover").
_WORD_END = r"(?:$|[^\p{L}\p{N}_])"
_NOTICE_PHRASES = tuple(f"{p}{_WORD_END}" if p.startswith("[^:]+ ") else p for p in _NOTICE_PHRASES)
NOTICE_RE = "^" + _LRM + "(?:" + "|".join(_NOTICE_PHRASES) + ")"

#: After ``Name:``, iOS prints the encryption notice and (with U+200E) group notices.
_ENCRYPTION = "|".join(_NOTICE_PHRASES[:11])
NOTICE_AFTER_NAME_RE = (
    "^(?:" + _LRM + "(?:" + _ENCRYPTION + ")|\u200e(?:" + "|".join(_NOTICE_PHRASES[11:]) + "))"
)

_OMITTED = (
    "Media omitted|Medien ausgeschlossen|Medien weggelassen|Multimedia omitido|Médias omis"
    "|Media omessi|Mídia oculta|Arquivo de mídia oculto|Media weggelaten|Без медиафайлов"
    "|Medya dahil edilmedi|Medya atlanmış"
)
_ATTACHED = (
    "file attached|Datei angehängt|archivo adjunto|fichier joint|file allegato|arquivo anexado"
    "|bestand bijgevoegd|файл добавлен|dosya ekli"
)
_IOS_OMITTED = (
    "(?:image|video|audio|GIF|document|Bild|Video|Audio|Dokument|imagen|vídeo|video|audio"
    "|documento|image|vidéo|document|immagine|imagem|áudio|afbeelding|изображение|видео"
    "|аудио|görüntü|ses|belge) "
    "(?:omitted|weggelassen|omitido|omitida|absente|absent|omis|omise|omessa|omesso|ocultad[oa]"
    "|omitid[oa]|weggelaten|отсутствует|dahil edilmedi)"
)

#: (kind, regex over the message text), first match wins. RE2 syntax (no lookarounds).
KIND_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "deleted",
        "^"
        + _LRM
        + "(?:This message was deleted|You deleted this message|Diese Nachricht wurde gelöscht"
        "|Du hast diese Nachricht gelöscht|Se eliminó este mensaje|Eliminaste este mensaje"
        "|Ce message a été supprimé|Vous avez supprimé ce message|Questo messaggio è stato "
        "eliminato"
        "|Hai eliminato questo messaggio|Esta mensagem foi apagada|Você apagou esta mensagem"
        "|Dit bericht is verwijderd|Je hebt dit bericht verwijderd|Данное сообщение удалено"
        "|Вы удалили данное сообщение|Bu mesaj silindi|Bu mesajı sildiniz)\\.?$",
    ),
    (
        "call",
        "^" + _LRM + "(?:Missed (?:group )?(?:voice|video) call|Verpasster (?:Sprach|Video)anruf"
        "|Llamada (?:de voz )?perdida|Videollamada perdida|Appel (?:vocal|vidéo) manqué"
        "|Chiamata vocale persa|Videochiamata persa|Chamada de (?:voz|vídeo) perdida"
        "|Gemiste (?:spraak|video-)oproep|Пропущенный (?:аудио|видео)звонок"
        "|Cevapsız (?:sesli|görüntülü) arama)(?:, .*)?$",
    ),
    (
        "contact",
        "(?i)^"
        + _LRM
        + "(?:.+\\.vcf(?: "
        + _LRM
        + "\\((?:"
        + _ATTACHED
        + ")\\)| ?"
        + _LRM
        + "<attached>)|<attached: [^>]+\\.vcf ?>|Contact card omitted|Kontaktkarte ausgelassen)",
    ),
    (
        "sticker",
        "(?i)^" + _LRM + "(?:sticker omitted|Sticker weggelassen|sticker omitido|autocollant omis"
        "|sticker omesso|figurinha omitida|sticker weggelaten|стикер отсутствует|çıkartma dahil "
        "edilmedi"
        "|STK-\\S+\\.webp (?:"
        + _LRM
        + "\\((?:"
        + _ATTACHED
        + ")\\))|<attached: \\S*STICKER\\S*\\.webp>)$",
    ),
    (
        "view_once",
        "(?i)^" + _LRM + "(?:view once (?:photo|video|voice message)(?: omitted)?|<view once "
        "(?:photo|video|voice message) omitted>)$",
    ),
    (
        "media",
        "(?i)^"
        + _LRM
        + "(?:<(?:"
        + _OMITTED
        + ")>|"
        + _IOS_OMITTED
        + "|< ?attached: [^>\n]+ ?>|[^\n]*?\\.[A-Za-z0-9]{1,5} "
        + _LRM
        + "\\((?:"
        + _ATTACHED
        + ")\\)|[^\n]*?\\.[A-Za-z0-9]{1,5} "
        + _LRM
        + "<"
        + _LRM
        + "attached>)",
    ),
    (
        "location",
        "(?i)^"
        + _LRM
        + "(?:(?:location|standort|ubicación|localisation|posizione|localização|locatie"
        "|местоположение|konum) ?: https?://\\S+$|live location shared|Live-Standort geteilt"
        "|https://maps\\.google\\.com/\\S+$)",
    ),
    (
        "poll",
        "^" + _LRM + "(?:POLL|UMFRAGE|ENCUESTA|SONDAGE|SONDAGGIO|ENQUETE|PEILING|ОПРОС|ANKET) ?:\n",
    ),
)

#: ``<This message was edited>`` and its translations, at the end of a message.
EDITED_RE = (
    SP + "?" + _LRM + "<(?:This message was edited|Diese Nachricht wurde bearbeitet"
    "|Se editó este mensaje\\.?|Ce message a été modifié|Questo messaggio è stato modificato"
    "|Esta mensagem foi editada|Dit bericht is bewerkt|Сообщение изменено|Bu mesaj düzenlendi)>$"
)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

#: Every order of day, month and year that ``--date-order`` accepts.
DATE_ORDERS = ("dmy", "mdy", "ymd", "ydm", "myd", "dym")
#: The two orders for each place of the year: (day before month, month before day).
ORDERS_BY_YEAR_POS = {2: ("dmy", "mdy"), 0: ("ydm", "ymd"), 1: ("dym", "myd")}
#: Where a 2-digit year most often stands when the dates cannot tell: last, first, middle.
YEAR_POS_PREFERENCE = (2, 0, 1)
_YEAR_PLACE = {0: "first", 1: "in the middle", 2: "last"}
#: Days per month (February 28; leap years add one).
_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _ymd(fields: tuple[np.ndarray, np.ndarray, np.ndarray], order: str) -> tuple[np.ndarray, ...]:
    """(year, month, day) read from the three date fields in ``order``; 2-digit years are 20yy."""
    by = {letter: fields[i] for i, letter in enumerate(order)}
    year = by["y"]
    return np.where(year < 100, year + 2000, year), by["m"], by["d"]


def _valid_dates(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    ok = (month >= 1) & (month <= 12) & (day >= 1)
    length = _MONTH_DAYS[np.clip(month, 1, 12) - 1] + ((month == 2) & leap)
    return ok & (day <= length)


def _sort_keys(
    year: np.ndarray, month: np.ndarray, day: np.ndarray, clock: np.ndarray
) -> np.ndarray:
    return ((year * 100 + month) * 100 + day) * 1_000_000 + clock


def _backward_steps(year, month, day, clock) -> int:
    key = _sort_keys(year, month, day, clock)
    return int((np.diff(key) < 0).sum()) if len(key) > 1 else 0


def _runs(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
    """The fields of each run of headers with the same date, and the run lengths. Every order
    reads equal fields as equal dates, so comparing orders on runs (weighted by their length)
    gives the same answers as on every header, about ten times faster for a long chat."""
    a, b, c = fields
    if len(a) < 2:
        return fields, np.ones(len(a), np.int64)
    key = (a * 10_000 + b) * 10_000 + c
    starts = np.concatenate(([0], np.flatnonzero(np.diff(key) != 0) + 1))
    weights = np.diff(np.append(starts, len(a)))
    return (a[starts], b[starts], c[starts]), weights


def _fit(fields, clock, order: str, weights: np.ndarray | None = None) -> tuple[int, int, int]:
    """How well ``order`` reads the dates: (impossible dates, backward steps, span in days).
    With ``weights`` (see :func:`_runs`), ``fields`` are runs, and ``clock`` is not used:
    backward steps are then counted between dates only."""
    year, month, day = _ymd(fields, order)
    ok = _valid_dates(year, month, day)
    if weights is None:
        n_bad = int(len(ok) - ok.sum())
        back = _backward_steps(year, month, day, clock)
    else:
        n_bad = int(weights[~ok].sum())
        back = _backward_steps(year, month, day, np.zeros(len(year), np.int64))
    good = np.flatnonzero(ok)
    span = 0
    if len(good) > 1:
        days = year[good] * 372 + month[good] * 31 + day[good]
        span = int(days.max() - days.min())
    return n_bad, back, span


def decide_year_position(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray], clock: np.ndarray
) -> tuple[int, str | None, bool]:
    """Where 2-digit years stand: (position, why or None when nothing had to be decided,
    ambiguous?).

    Each place is scored by its better order: impossible dates first, then backward steps (a
    chat is almost chronological), then how often the year field changes between messages (a
    year changes least often; a day read as a year makes a chat span decades), then the span
    of the chat; a full tie goes to :data:`YEAR_POS_PREFERENCE`.
    """
    scores = {}
    fields, weights = _runs(fields)
    for pos in YEAR_POS_PREFERENCE:
        fit = min(_fit(fields, clock, order, weights) for order in ORDERS_BY_YEAR_POS[pos])
        changes = int((np.diff(fields[pos]) != 0).sum()) if len(fields[pos]) > 1 else 0
        scores[pos] = (fit[0], fit[1], changes, fit[2], YEAR_POS_PREFERENCE.index(pos))
    ranked = sorted(scores, key=scores.__getitem__)
    best, runner = ranked[0], ranked[1]
    a, b = scores[best], scores[runner]
    decided_by = next(i for i in range(5) if a[i] != b[i])
    why = (
        "the only place that makes every date valid",
        "chronology",
        "the year field changes least",
        "the shortest span",
        "default",
    )[decided_by]
    if decided_by == 0 and best == 2:
        return best, None, False
    return best, why, decided_by == 4


def decide_date_order(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
    clock: np.ndarray,
    year_pos: int | None,
    given: str | None,
    clue: tuple[str, str] | None = None,
) -> tuple[str, str, list[ParseWarning]]:
    """Pick the order of the date fields. Returns (order, reason, warnings).

    ``order`` names the fields left to right, e.g. ``"dmy"``; ``year_pos`` is the place of a
    4-digit year, or None for 2-digit years (then every place is tried, see
    :func:`decide_year_position`). ``given`` (one of :data:`DATE_ORDERS`) wins over the data;
    with a 4-digit year elsewhere it says only whether the day comes before the month.
    ``clue``: (order, why) that the file's locale favours when day and month stay ambiguous.
    """
    if given is not None:
        if year_pos is None or given.index("y") == year_pos:
            return given, "given", []
        day_first, month_first = ORDERS_BY_YEAR_POS[year_pos]
        return (day_first if given.index("d") < given.index("m") else month_first), "given", []
    year_note, year_warning = "", None
    if year_pos is None:
        year_pos, why, ambiguous = decide_year_position(fields, clock)
        if why is not None and (year_pos != 2 or ambiguous):
            year_note = f"; 2-digit year {_YEAR_PLACE[year_pos]} ({why})"
        if ambiguous:
            year_warning = warn(_YEAR_WARNING[year_pos])
    order, reason, warning = _day_month_order(fields, clock, year_pos, clue)
    return order, reason + year_note, [w for w in (year_warning, warning) if w]


def _day_month_order(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
    clock: np.ndarray,
    year_pos: int,
    clue: tuple[str, str] | None,
) -> tuple[str, str, ParseWarning | None]:
    """Day before month or month before day, with the year at ``year_pos``."""
    day_first, month_first = ORDERS_BY_YEAR_POS[year_pos]
    p, q = [f for i, f in enumerate(fields) if i != year_pos]
    p_big, q_big = bool((p > 12).any()), bool((q > 12).any())
    if p_big and not q_big:
        return day_first, "field > 12", None
    if q_big and not p_big:
        return month_first, "field > 12", None
    if p_big and q_big:
        order = day_first if (p > 12).sum() >= (q > 12).sum() else month_first
        return order, "field > 12 (conflicting)", warn("date_fields_conflict", order=order)
    if np.array_equal(p, q):
        return day_first, "day and month equal everywhere", None
    runs, weights = _runs(fields)
    back_dm = _fit(runs, clock, day_first, weights)[1]
    back_md = _fit(runs, clock, month_first, weights)[1]
    if back_dm < back_md:
        return day_first, "chronology", None
    if back_md < back_dm:
        return month_first, "chronology", None
    # undecided: the locale's order when the file shows one; else day first, except year-first
    # dates, which are year-month-day everywhere
    default, other = (month_first, "dmy") if year_pos == 0 else (day_first, "mdy")
    reason = "default"
    if clue is not None and clue[0] in (day_first, month_first) and year_pos != 0:
        default, reason = clue[0], f"locale: {clue[1]}"
        other = month_first if default == day_first else day_first
    code = "day_month_ambiguous" if reason == "default" else _CLUE_WARNING[clue[1]]
    return default, reason, warn(code, order=default, other=other)


_US_CLUE = "M/D/YY without leading zeros and AM/PM, as US English writes dates"
_DOTTED_CLUE = "dotted dates are written day first"
#: The warning of an ambiguous day and month order read as a clue in the file favours.
_CLUE_WARNING = {_US_CLUE: "day_month_ambiguous_us", _DOTTED_CLUE: "day_month_ambiguous_dotted"}
#: The warning of an ambiguous place of a 2-digit year, by the place it was read at.
_YEAR_WARNING = {0: "year_ambiguous_first", 1: "year_ambiguous_middle", 2: "year_ambiguous_last"}


def locale_clue(style: HeaderStyle) -> tuple[str, str] | None:
    """The order a header's spelling favours when the dates cannot tell: US English writes
    ``3/4/21, 9:07 PM`` (slashes, no leading zeros, AM/PM), so month first; dotted dates and
    words between date and time (``à``, ``klo``, ``um``) come from day-first locales."""
    if style.date_sep == "/" and style.ampm_caps and not style.padded:
        return "mdy", _US_CLUE
    if style.date_sep == ".":
        return "dmy", _DOTTED_CLUE
    return None


def build_timestamps(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
    order: str,
    hour: np.ndarray,
    minute: np.ndarray,
    second: np.ndarray,
    *,
    two_digit_years: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """datetime64[ns] timestamps from integer fields (24-hour ``hour``), and a validity mask
    (False where the date or time is impossible, e.g. month 13 or 31 April). Years below 100
    are 20yy only where the file writes two-digit years; years outside 1678-2261 (which
    :func:`years_outside` finds first) are clipped so that nothing wraps round."""
    by = {letter: fields[i] for i, letter in enumerate(order)}
    year, month, day = by["y"], by["m"], by["d"]
    year = np.where((year < 100) & two_digit_years, year + 2000, year)
    year = np.clip(year, 1678, 2261)
    ok = (month >= 1) & (month <= 12) & (day >= 1) & (hour <= 23) & (minute <= 59) & (second <= 59)
    months = ((year - 1970) * 12 + np.clip(month, 1, 12) - 1).astype("datetime64[M]")
    start = months.astype("datetime64[D]")
    length = ((months + 1).astype("datetime64[D]") - start).astype(np.int64)
    ok &= day <= length
    days = start + np.where(ok, day - 1, 0).astype("timedelta64[D]")
    secs = np.where(ok, hour * 3600 + minute * 60 + second, 0).astype("timedelta64[s]")
    return (days.astype("datetime64[s]") + secs).astype("datetime64[ns]"), ok


def years_outside(groups: list, orders: list[str]) -> tuple[int, int] | None:
    """(first line index, count) of headers whose year lies outside 1678-2261, or None."""
    found: list[np.ndarray] = []
    for group, order in zip(groups, orders, strict=True):
        year = group.fields[order.index("y")]
        if group.style.year_digits == 2:
            year = np.where(year < 100, year + 2000, year)
        found.append(group.lines[(year < 1678) | (year > 2261)])
    outside = np.concatenate(found) if found else np.array([], np.int64)
    return (int(outside.min()), len(outside)) if len(outside) else None


def to_24h(hour: np.ndarray, pm: np.ndarray) -> np.ndarray:
    """12-hour clock to 24-hour: 12 AM = 0, 12 PM = 12, 1-11 PM + 12; an hour above 12 stays."""
    return np.where(hour > 12, hour, np.where(hour == 12, 0, hour) + np.where(pm, 12, 0))


# --------------------------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------------------------


#: Invisible marks removed from the start of a message's text (joiners are kept).
_TEXT_MARKS_RE = "^[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+"
#: Texts of any kind but ``text``: the union of the kind patterns, run once over all texts.
_KIND_PREFILTER = "|".join(
    f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for _, p in KIND_PATTERNS
)


def _matches(values: pa.Array, pattern: str) -> np.ndarray:
    """Boolean mask: where ``pattern`` (RE2) matches ``values`` (nulls count as no match)."""
    hit = pc.match_substring_regex(values, pattern)
    return hit.fill_null(False).to_numpy(zero_copy_only=False)


def classify_kinds(text: pa.Array) -> np.ndarray:
    """The kind of each message from its text (:data:`KIND_PATTERNS`, first match wins), as
    codes into :data:`analyzer.schema.KINDS`.

    A cheap pre-filter (one regex over all texts) picks the few candidates; each kind's regex
    then runs on those only.
    """
    kind = np.zeros(len(text), dtype=np.int8)  # KINDS[0] == "text"
    candidates = np.flatnonzero(_matches(text, _KIND_PREFILTER))
    if len(candidates):
        sub = text.take(pa.array(candidates))
        for name, pattern in reversed(KIND_PATTERNS):
            kind[candidates[_matches(sub, pattern)]] = KINDS.index(name)
    return kind


def normalize_newlines(text: str) -> str:
    """CRLF and a bare CR (old Mac files) as LF, and no final newline: the file's lines are then
    ``text.split("\\n")``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text


_EMPTY = pa.scalar("", pa.large_string())
_NEWLINE = pa.scalar("\n", pa.large_string())
#: ``Name:`` at the end of a line, or ``Name:.``: the colon ends the name without a space.
_AUTHOR_NO_SPACE = rf"^[^:]+:(?:\.|$|{SP})"


def _int_field(struct: pa.StructArray, name: str) -> np.ndarray:
    return pc.cast(struct.field(name), pa.int64()).to_numpy()


def _mask(values: np.ndarray) -> pa.Array:
    return pa.array(values, pa.bool_())


def header_fields(
    values: pa.Array, pattern: str, style: HeaderStyle, *, prefixes: bool
) -> tuple[np.ndarray, ...]:
    """Date fields ``a b c``, hour, minute, second (0 without seconds) and a PM flag for each
    header (``values``: header prefixes matching ``pattern``).

    Fast path (``prefixes``: ``values`` hold only the header, not the body): when every prefix
    is ASCII with the digits where the first has them (as with leading zeros), the fields are
    read from a byte matrix with numpy; otherwise with one regex extraction.
    """
    n = len(values)
    want = 6 if style.seconds else 5
    fixed = _fixed_width_fields(values, want) if prefixes and style.ampm_latin else None
    if fixed is not None:
        return fixed
    zeros = np.zeros(n, np.int64)
    found = pc.extract_regex(values, pattern)
    out = tuple(_int_field(found, g) for g in "abcHM") + (
        _int_field(found, "S") if style.seconds else zeros,
    )
    if not style.twelve_hour:
        pm = np.zeros(n, bool)
    elif style.ampm_before:
        pm = pc.is_in(found.field("Q"), pa.array(AMPM_BEFORE_PM)).to_numpy(zero_copy_only=False)
    else:
        pm = _matches(found.field("P"), "^(?:[Pp]|nachm)")
    return (*out, pm)


def _fixed_width_fields(values: pa.Array, want: int) -> tuple[np.ndarray, ...] | None:
    """The header fields as numbers straight from the bytes, if every header has the first
    one's shape: same length, digits in the same columns, the same other characters (an
    AM/PM letter may differ). None if not (the caller then extracts with a regex)."""
    first = values[0].as_py()
    runs = [m.span() for m in re.finditer(r"[0-9]+", first)]
    if not first.isascii() or len(runs) != want:
        return None
    n, width = len(values), len(first)
    values = values.cast(pa.large_string())
    offsets = np.frombuffer(values.buffers()[1], np.int64)[values.offset : values.offset + n + 1]
    if not (np.diff(offsets) == width).all():
        return None
    raw = np.frombuffer(values.buffers()[2], np.uint8)[offsets[0] : offsets[-1]].reshape(n, width)
    template = np.frombuffer(first.encode("ascii"), np.uint8)
    is_digit = (template >= 48) & (template <= 57)
    is_letter = np.isin(template, np.frombuffer(b"AaPp", np.uint8))
    same = raw[:, ~is_digit & ~is_letter] == template[~is_digit & ~is_letter]
    digits_ok = (raw[:, is_digit] >= 48) & (raw[:, is_digit] <= 57)
    letters_ok = np.isin(raw[:, is_letter], np.frombuffer(b"AaPp", np.uint8))
    if not (same.all() and digits_ok.all() and letters_ok.all()):
        return None
    fields = []
    for start, stop in runs:
        number = np.zeros(n, np.int64)
        for col in range(start, stop):
            number = number * 10 + (raw[:, col].astype(np.int64) - 48)
        fields.append(number)
    if want == 5:
        fields.append(np.zeros(n, np.int64))
    pm = (
        np.isin(raw[:, np.flatnonzero(is_letter)[0]], np.frombuffer(b"Pp", np.uint8))
        if is_letter.any()
        else np.zeros(n, bool)
    )
    return (*fields, pm)


def lf_line_ends(data: bytes) -> bytes:
    """``data`` with every line end as LF when it has bare CRs (old Mac files, or CR and CRLF
    mixed): CR, LF and CRLF end lines alike. Files with only LF or CRLF are returned as they are
    (no copy; :func:`split_lines` drops the CR of a CRLF)."""
    if b"\r" not in data or data.count(b"\r") == data.count(b"\r\n"):
        return data
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def split_lines(data: bytes) -> pa.Array:
    """The lines of UTF-8 ``data`` as an Arrow string array (LF or CRLF; no final empty line).

    ``data`` is wrapped without a copy; raises ``pa.ArrowInvalid`` if it is not valid UTF-8.
    """
    size = len(data) - 1 if data.endswith(b"\n") else len(data)
    offsets = pa.py_buffer(np.array([0, size], dtype=np.int64).tobytes())
    whole = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, pa.py_buffer(data)])
    whole = whole.cast(pa.large_string())
    lines = pc.split_pattern(whole, "\n").flatten()
    if b"\r" in data:
        lines = pc.replace_substring_regex(lines, "\r$", "")
    return lines


def split_author(rest: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Split header bodies into (author, text); author is "" where there is none.

    The name ends at the first colon that is followed by a space, a dot or the end of the line
    (``Name: text``, ``Name:.``, ``Name:``); a body without one is a system notice.
    """
    parts = pc.split_pattern(rest, ": ", max_splits=1)
    starts = parts.offsets.to_numpy()
    two = np.diff(starts) == 2
    # the part after ": " where there is one, else the whole body: one take from the parts
    text = parts.values.take(pa.array(np.where(two, starts[:-1] + 1, starts[:-1])))
    author = pc.list_element(parts, 0)
    if not two.all():
        none = ~two
        author = pc.replace_with_mask(
            author, _mask(none), pa.array([""] * int(none.sum()), author.type)
        )
    # a colon inside the name (not followed by a space) means the first colon does not end a
    # name; and a body with no ": " may still end its name with "Name:" or "Name:."
    redo = pc.match_substring(author, ":").to_numpy(zero_copy_only=False)
    if not two.all():
        single = np.flatnonzero(~two)
        redo[single] |= _matches(rest.take(pa.array(single)), _AUTHOR_NO_SPACE)
    if redo.any():
        idx = np.flatnonzero(redo)
        sub = rest.take(pa.array(idx))
        found = pc.extract_regex(sub, rf"^(?P<author>[^:]+):(?:{SP}(?P<t1>.*)|(?P<t2>\..*)|$)")
        ok = found.is_valid().to_numpy(zero_copy_only=False)
        new_author = pc.if_else(_mask(ok), found.field("author"), _EMPTY)
        new_text = pc.if_else(
            _mask(ok),
            pc.binary_join_element_wise(found.field("t1"), found.field("t2"), _EMPTY),
            sub,
        )
        author = pc.replace_with_mask(author, _mask(redo), new_author.cast(author.type))
        text = pc.replace_with_mask(text, _mask(redo), new_text.cast(text.type))
    return author, text


def join_continuations(
    lines: pa.Array, candidate: np.ndarray, n_cont: np.ndarray, first_line: pa.Array
) -> pa.Array:
    """Each message's text: its first line, plus ``"\n"`` and its continuation lines where it
    has any. Only the lines of multi-line messages are copied and joined (in Arrow)."""
    multi = np.flatnonzero(n_cont)
    if not len(multi):
        return first_line
    span = n_cont[multi] + 1  # lines per multi-line message
    ends = np.cumsum(span)
    starts = ends - span
    # line numbers of every line of every multi-line message, in order
    line_idx = np.arange(ends[-1]) - np.repeat(starts - candidate[multi], span)
    values = lines.take(pa.array(line_idx))
    is_first = np.zeros(len(line_idx), dtype=bool)
    is_first[starts] = True
    values = pc.replace_with_mask(
        values, _mask(is_first), first_line.take(pa.array(multi)).cast(values.type)
    )
    offsets = pa.array(np.append(starts, ends[-1]).astype(np.int64))
    joined = pc.binary_join(pa.LargeListArray.from_arrays(offsets, values), _NEWLINE)
    is_multi = np.zeros(len(first_line), dtype=bool)
    is_multi[multi] = True
    return pc.replace_with_mask(first_line, _mask(is_multi), joined.cast(first_line.type))


#: A line that starts like a date (RE2, run over every line to find headers of other layouts).
_DATE_START_RE = "^" + MARKS + r"\[?" + MARKS + r"\d{1,4}" + SP + r"?[./-]" + SP + r"?\d"
#: Layouts a line may have in a file whose main layout is another (``bare`` is too loose: in
#: such a file, ``12.03.2021 21:15 we met`` is text).
_SECONDARY = tuple(item for item in _PROBES if item[0].name != "bare")
#: At most this many header layouts are read in one file.
MAX_LAYOUTS = 12


@dataclass
class _Headers:
    """The header lines of one layout in a file: line numbers, bodies and raw fields."""

    style: HeaderStyle
    lines: np.ndarray
    rest: pa.Array
    fields: tuple[np.ndarray, np.ndarray, np.ndarray]
    hour: np.ndarray
    minute: np.ndarray
    second: np.ndarray

    @property
    def clock(self) -> np.ndarray:
        return self.hour * 10_000 + self.minute * 100 + self.second


def _headers(
    lines: pa.Array, style: HeaderStyle, subset: np.ndarray | None = None
) -> _Headers | None:
    """The lines (all, or those in ``subset``) that are headers in ``style``, with their bodies
    and date/time fields; None if there are none."""
    bare, with_groups, prefix_groups = header_patterns(style)
    pool = lines if subset is None else lines.take(pa.array(subset, pa.int64()))
    hit = np.flatnonzero(pc.match_substring_regex(pool, bare).to_numpy(zero_copy_only=False))
    if not len(hit):
        return None
    candidate = hit if subset is None else subset[hit]
    if style.end:  # the first occurrence of the pinned separator ends the header
        if subset is not None or len(hit) < len(pool) // 2:
            pool, hit = pool.take(pa.array(hit)), np.arange(len(hit))
        parts = pc.split_pattern(pool, style.end, max_splits=1)
        first = parts.offsets.to_numpy()[hit]  # header lines always split in two
        rest = parts.values.take(pa.array(first + 1))
        a, b, c, hour, minute, second, pm = header_fields(
            parts.values.take(pa.array(first)), prefix_groups, style, prefixes=True
        )
        del parts
    else:
        head_lines = pool.take(pa.array(hit))
        rest = pc.replace_substring_regex(head_lines, bare, "", max_replacements=1)
        a, b, c, hour, minute, second, pm = header_fields(
            head_lines, with_groups, style, prefixes=False
        )
        del head_lines
    if style.twelve_hour:
        hour = to_24h(hour, pm)
    return _Headers(style, candidate, rest, (a, b, c), hour, minute, second)


def _other_layouts(lines: pa.Array, taken: np.ndarray) -> list[_Headers]:
    """Headers in other layouts than the main one, among the lines not ``taken`` by it: each
    line is read with the layout it matches (old exports merged by hand mix them)."""
    others = np.ones(len(lines), dtype=bool)
    others[taken] = False
    left = np.flatnonzero(others)
    if not len(left):
        return []
    left = left[_matches(lines.take(pa.array(left)), _DATE_START_RE)]
    if not len(left):
        return []
    texts = lines.take(pa.array(left)).to_pylist()
    shaped = [any(probe.match(t) for _, probe in _SECONDARY) for t in texts]
    left = left[np.array(shaped, dtype=bool)]
    found: list[_Headers] = []
    tries = 0
    while len(left) and len(found) < MAX_LAYOUTS and tries < 20 * MAX_LAYOUTS:
        tries += 1
        # the layout of the first such line, pinned from that line, then read in all of them
        style, _, _ = detect_style(lines[int(left[0])].as_py(), sample=1, layouts=_SECONDARY)
        group = _headers(lines, style, left) if style is not None else None
        if group is None:
            left = left[1:]
            continue
        found.append(group)
        left = np.setdiff1d(left, group.lines, assume_unique=True)
    return found


def _show(line: str, limit: int = 80) -> str:
    """A line of the chat quoted for a one-line message: cut, control characters escaped."""
    cut = line[:limit] + ("..." if len(line) > limit else "")
    return "'" + "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in cut) + "'"


def _lines_word(n: int) -> str:
    return f"{n} line{'s' if n != 1 else ''}"


def parse_bytes(
    data: bytes,
    *,
    file_name: str = "chat.txt",
    date_order: str | None = None,
    style: HeaderStyle | None = None,
    lenient: bool = False,
) -> tuple[pd.DataFrame, Source]:
    """Parse one export given as UTF-8 bytes (no BOM). Returns the normalized frame (with
    ``_lines``) and its Source.

    Every line is classified by one RE2 regex run by pyarrow (a header of this file's layout or
    not); lines that start like a date but are not headers of that layout are tried against the
    other layouts. Each message is its header line plus the lines up to the next header.

    Nothing is lost silently: a header whose date or time is impossible in the order chosen, or
    more than 1 % of the lines before the first header, raise :class:`ChatFormatError` naming
    the first such line and the fix; with ``lenient`` the lines are kept as text (or skipped)
    and counted in ``source.losses`` and ``source.warnings``.
    """
    source = Source(format="whatsapp", files=[file_name])
    data = lf_line_ends(data)
    if style is None:
        style, _, _ = detect_style(normalize_newlines(data[: 256 * 1024].decode("utf-8", "ignore")))
        if style is None and len(data) > 256 * 1024:
            style, _, _ = detect_style(normalize_newlines(data.decode("utf-8", "ignore")))
    if style is None:
        raise ChatFormatError(
            f"{file_name}: no line looks like a WhatsApp message header "
            "(expected e.g. '12/03/2021, 21:15 - Sam: hi' or '[12/03/2021, 21:15:02] Sam: hi')"
        )
    lines = split_lines(data)
    total = len(lines) if data else 0
    source.lines = LineAccounting(total=total)
    main = _headers(lines, style)
    if main is None:
        raise ChatFormatError(f"{file_name}: no WhatsApp message header found")
    groups = [main, *_other_layouts(lines, main.lines)]

    order, reason, warned = decide_date_order(
        main.fields, main.clock, style.year_pos, date_order, locale_clue(style)
    )
    source.warnings.extend(warned)
    orders = [order] + [_follow_order(g, order, date_order) for g in groups[1:]]
    outside = years_outside(groups, orders)
    if outside is not None:
        at, count = outside
        more = f" (and {count - 1} more)" if count > 1 else ""
        raise ChatFormatError(
            f"{file_name}: line {at + 1} has a date outside the years 1678-2261: "
            f"{_show(lines[at].as_py())}{more}; check the export: this tool reads dates in that "
            "range only"
        )
    built = [
        build_timestamps(
            g.fields, o, g.hour, g.minute, g.second, two_digit_years=g.style.year_digits == 2
        )
        for g, o in zip(groups, orders, strict=True)
    ]
    if len(groups) == 1:
        candidate, rest = main.lines, main.rest
        (stamps, valid), group_of = built[0], np.zeros(len(candidate), np.int64)
    else:  # the headers of every layout, in file order
        candidate = np.concatenate([g.lines for g in groups])
        by_line = np.argsort(candidate, kind="stable")
        candidate = candidate[by_line]
        stamps = np.concatenate([b[0] for b in built])[by_line]
        valid = np.concatenate([b[1] for b in built])[by_line]
        group_of = np.concatenate([np.full(len(g.lines), i) for i, g in enumerate(groups)])[by_line]
        rest = pa.concat_arrays([g.rest.cast(pa.large_string()) for g in groups]).take(
            pa.array(by_line)
        )
    bad_before = 0
    if not valid.all():
        bad = np.flatnonzero(~valid)
        first_bad = int(candidate[bad[0]])
        bad_group = int(group_of[bad[0]])
        if not lenient:
            raise ChatFormatError(
                f"{file_name}: line {first_bad + 1} looks like a message header but its date or "
                f"time "
                f"is impossible in {orders[bad_group]} order: {_show(lines[first_bad].as_py())}; "
                + _order_fix(groups[bad_group], orders[bad_group])
            )
        # those before the first valid header have no message above: they are skipped with the
        # other lines before it, and said so there
        first_valid = int(candidate[valid][0]) if valid.any() else total
        bad_before = int((candidate[bad] < first_valid).sum())
        kept = len(bad) - bad_before
        if kept:
            loss = warn("impossible_headers_kept", n=kept, order=orders[bad_group])
            source.losses.append(loss)
            source.warnings.append(loss)
        candidate, stamps, group_of = candidate[valid], stamps[valid], group_of[valid]
        rest = rest.filter(_mask(valid))
        if not len(candidate):
            raise ChatFormatError(f"{file_name}: no WhatsApp message header with a valid date")
    only_quoted: set[int] = set()  # layouts whose every header was a quoted line
    if len(groups) > 1:
        quoted = _quoted_headers(stamps, group_of)
        if quoted.any():
            first = int(candidate[quoted][0])
            n = int(quoted.sum())
            source.warnings.append(
                warn("quoted_headers_kept", n=n, line=first + 1, quote=_show(lines[first].as_py()))
            )
            quoted_groups = set(np.unique(group_of[quoted]).tolist())
            candidate, stamps, group_of = candidate[~quoted], stamps[~quoted], group_of[~quoted]
            rest = rest.filter(_mask(~quoted))
            only_quoted = quoted_groups - set(np.unique(group_of).tolist())
    before = int(candidate[0])
    if before > total / 100 or bad_before:  # bad_before > 0 only when lenient
        if not lenient:
            raise ChatFormatError(
                f"{file_name}: {_lines_word(before)} before the first message header would be lost "
                f"(line 1: {_show(lines[0].as_py())}); export the chat again, or pass --lenient to "
                "skip them"
            )
        loss = (
            warn("lines_before_first_header_bad", n=before, bad=bad_before)
            if bad_before
            else warn("lines_before_first_header", n=before)
        )
        source.losses.append(loss)
        source.warnings.append(loss)
    variants = list(
        dict.fromkeys(
            f"{g.style.variant} {o}"
            for i, (g, o) in enumerate(zip(groups, orders, strict=True))
            if i not in only_quoted
        )
    )

    n_msgs = len(candidate)
    next_start = np.append(candidate[1:], total)
    n_cont = next_start - candidate - 1
    source.lines.skip("before the first message", int(candidate[0]))

    author, head_text = split_author(rest)
    has_author = pc.not_equal(author, "").to_numpy(zero_copy_only=False)
    # A body with a name is still a notice when the part before its first ": " is one (e.g. a
    # subject with a colon): checked once per distinct "name", not per message.
    names = pc.dictionary_encode(author)
    notice_names = _matches(names.dictionary, NOTICE_RE)
    notice_whole = has_author & notice_names[names.indices.to_numpy(zero_copy_only=False)]
    notice_named = has_author & _matches(head_text, NOTICE_AFTER_NAME_RE)
    system = ~has_author | notice_whole | notice_named
    first_line = pc.if_else(_mask(notice_whole), rest, head_text)
    full = join_continuations(lines, candidate, n_cont, first_line)
    del lines
    if pc.any(pc.match_substring_regex(full, _TEXT_MARKS_RE)).as_py():
        full = pc.replace_substring_regex(full, _TEXT_MARKS_RE, "", max_replacements=1)
    kind = classify_kinds(full)
    kind[system] = KINDS.index("system")
    edited = _matches(full, EDITED_RE) & ~system
    if edited.any():
        full = pc.if_else(_mask(edited), pc.replace_substring_regex(full, EDITED_RE, ""), full)

    if notice_named.any():
        source.chat_name = NAME_MARKS_RE.sub(
            "", author[int(np.flatnonzero(notice_named)[0])].as_py()
        )
    frame = pd.DataFrame(
        {
            Col.TIMESTAMP: stamps,
            Col.AUTHOR: _authors(author, system),
            Col.TEXT: pd.array(full, dtype=pd.StringDtype("pyarrow")),
            Col.KIND: pd.Categorical.from_codes(kind, categories=KINDS),
            Col.SOURCE_FILE: pd.Categorical.from_codes(np.zeros(n_msgs, np.int8), [file_name]),
            Col.SOURCE_LINE: candidate.astype(np.int64) + 1,
            Col.EDITED: edited,
            LINES: (n_cont + 1).astype(np.int64),
        }
    )
    n_system = int(system.sum())
    source.lines.system = n_system
    source.lines.header = n_msgs - n_system
    source.lines.continuation = int(n_cont.sum())
    source.variant = "; ".join(variants)
    source.date_order = order
    source.date_order_reason = reason
    frame = normalize_messages(frame)
    pa.default_memory_pool().release_unused()  # hand the intermediates back to the system
    return frame, source


def _quoted_headers(stamps: np.ndarray, group_of: np.ndarray) -> np.ndarray:
    """Which headers (in file order) are quoted lines, not messages: a header in another layout
    than the file's own (``group_of`` > 0) dated before the last header in the file's own layout
    above it (a line copied from another chat into a message). Headers of the other layouts
    that run forward from there (a hand-merged export) stay messages."""
    own = group_of == 0
    last_own = np.maximum.accumulate(np.where(own, np.arange(len(own)), -1))
    above = last_own >= 0
    quoted = np.zeros(len(own), dtype=bool)
    quoted[above] = stamps[above] < stamps[last_own[above]]
    return quoted & ~own


_WEAK_REASONS = ("default", "locale", "day and month equal")


def _follow_order(group: _Headers, main_order: str, given: str | None) -> str:
    """The date order for headers in a secondary layout: the given one, else what their own dates
    show, else (when they cannot tell) the main layout's order, or the order at their year's
    place that puts day and month as the main one does."""
    style = group.style
    own, reason, _ = decide_date_order(
        group.fields, group.clock, style.year_pos, given, locale_clue(style)
    )
    if given is not None or not reason.startswith(_WEAK_REASONS):
        return own
    if style.year_pos is None or main_order.index("y") == style.year_pos:
        follow = main_order
    else:
        day_first, month_first = ORDERS_BY_YEAR_POS[style.year_pos]
        follow = day_first if main_order.index("d") < main_order.index("m") else month_first
    return follow if _fit(group.fields, group.clock, follow)[0] == 0 else own


def _order_fix(group: _Headers, order: str) -> str:
    """What to pass when headers have impossible dates in ``order``: the order that makes
    most of them valid, if another does better, and --lenient in any case."""
    style = group.style
    orders = DATE_ORDERS if style.year_pos is None else ORDERS_BY_YEAR_POS[style.year_pos]
    bad = {o: _fit(group.fields, group.clock, o)[0] for o in orders}
    best = min(orders, key=lambda o: (bad[o], o != order))
    lenient = "pass --lenient to keep such lines as text of the message above"
    if best != order and bad[best] < bad[order]:
        return f"if the dates are written {best}, pass --date-order {best}; else {lenient}"
    return f"check the line, or {lenient}"


def parse_text(
    text: str,
    *,
    file_name: str = "chat.txt",
    date_order: str | None = None,
    style: HeaderStyle | None = None,
    lenient: bool = False,
) -> tuple[pd.DataFrame, Source]:
    """:func:`parse_bytes` for a decoded export (tests, other readers)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse_bytes(
        text.encode("utf-8", "surrogatepass"),
        file_name=file_name,
        date_order=date_order,
        style=style,
        lenient=lenient,
    )


def _authors(author: pa.Array, system: np.ndarray) -> pd.Categorical:
    """Author names as a categorical, invisible marks removed (once per distinct name);
    missing for system notices."""
    encoded = (
        pc.dictionary_encode(author).combine_chunks()
        if isinstance(author, pa.ChunkedArray)
        else pc.dictionary_encode(author)
    )
    names = [NAME_MARKS_RE.sub("", n) for n in encoded.dictionary.to_pylist()]
    unique = list(dict.fromkeys(n for n in names))
    position = {n: i for i, n in enumerate(unique)}
    remap = np.array([position[n] for n in names], dtype=np.int64)
    codes = remap[encoded.indices.to_numpy(zero_copy_only=False)]
    codes[system] = -1
    used = np.unique(codes[codes >= 0])
    keep = [unique[i] for i in used]
    relabel = np.full(len(unique) + 1, -1, dtype=np.int64)
    relabel[used] = np.arange(len(used))
    return pd.Categorical.from_codes(np.where(codes >= 0, relabel[codes], -1), keep)


class WhatsAppParser:
    """The registry's WhatsApp entry: detection from the head, parsing per :func:`parse_text`."""

    name = "whatsapp"
    title = "WhatsApp (Android and iOS, .txt or the shared .zip)"
    example = "12/03/2021, 21:15 - Sam: See you tomorrow!"
    extensions = (".txt", ".zip")

    def detect(self, file: InputFile) -> float:
        """0 for no header; else 0.6..0.95 by the share of date-like lines that are headers when
        the first non-blank line is a header (an export starts with one), at most 0.55 when it
        is not (a text that merely contains a header-like line).

        A bracketed year-first header with a comma and no seconds (``[2019-12-24, 12:23]``) is
        signal-export's text format, so it scores 0.6, below Signal's own parser (0.9), which the
        registry then picks; ``--format whatsapp`` still reads it as WhatsApp.
        """
        if not file.basename.lower().endswith(".txt"):
            return 0.0
        head = normalize_newlines(file.head())
        style, hits, sampled = detect_style(head)
        if style is None or hits == 0:
            return 0.0
        score = 0.6 + 0.35 * hits / sampled
        first = next((ln for ln in head.split("\n", 50) if ln.strip()), "")
        probe = dict(_PROBES)[style.layout]
        if probe.match(first) is None:
            score = min(score, 0.55)
        if style.layout.name == "ios" and style.year_pos == 0 and not style.seconds:
            m = re.search(rf"^{MARKS}\[\d{{4}}-\d\d-\d\d, ", head, re.M)
            if m is not None:
                return 0.6
        return round(score, 3)

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        """Parse every file (exports of one chat) and concatenate them in the given order."""
        frames: list[pd.DataFrame] = []
        merged: Source | None = None
        date_order = options.get("date_order")
        lenient = bool(options.get("lenient"))
        skipped: list[str] = []
        for file in files:
            try:
                frame, source = _parse_file(file, date_order, lenient)
            except ChatFormatError:
                if len(files) == 1:
                    raise
                skipped.append(file.name)
                continue
            frames.append(frame)
            if merged is None:
                merged = source
            else:
                merged.files.extend(source.files)
                merged.lines = merged.lines.merge(source.lines)
                merged.warnings.extend(source.warnings)
                merged.losses.extend(source.losses)
                if source.variant not in merged.variant.split("; "):
                    merged.variant = f"{merged.variant}; {source.variant}"
                if source.encoding not in merged.encoding.split(", "):
                    merged.encoding = f"{merged.encoding}, {source.encoding}"
        if merged is None:
            raise ChatFormatError(
                "none of the files is a WhatsApp export: " + ", ".join(f.name for f in files[:3])
            )
        for name in skipped:
            merged.warnings.append(warn("not_whatsapp", file=name))
        merged.chat_name = merged.chat_name or _chat_name(files[0].name)
        if len(frames) == 1:
            return frames[0], merged
        return normalize_messages(pd.concat(frames, ignore_index=True)), merged


def _parse_file(
    file: InputFile, date_order: str | None, lenient: bool = False
) -> tuple[pd.DataFrame, Source]:
    data, encoding = to_utf8(file.data, name=file.name)
    try:
        frame, source = parse_bytes(
            data, file_name=file.name, date_order=date_order, lenient=lenient
        )
    except pa.ArrowInvalid:  # not valid UTF-8: read it with replacement characters, and say so
        text, _ = decode(data, name=file.name, strict=False)
        frame, source = parse_text(
            text, file_name=file.name, date_order=date_order, lenient=lenient
        )
        encoding += "+replace"
        source.warnings.append(warn("not_utf8_replaced", file=file.name))
    source.encoding = encoding
    return frame, source


def _chat_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = base.rsplit(":", 1)[-1] if ":" in base else base
    stem = base.rsplit(".", 1)[0]
    m = re.match(r"WhatsApp Chat (?:with|mit|con|avec|com|met|с) (.+)", stem)
    return m.group(1) if m else stem


PARSER = WhatsAppParser()
