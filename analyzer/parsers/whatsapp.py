"""WhatsApp .txt / .zip exports: Android and iOS, 12- and 24-hour clocks, every date spelling.

How a file is read (DESIGN.md section 3):

1. **Layout.** A WhatsApp header is ``[marks] DATE SEP TIME SEP`` followed by ``Name: text`` or a
   system notice. The frames are a table of data (:data:`LAYOUTS`): ``android``
   (``12/03/2021, 21:15 - ``, also without the comma, with ``à``/``klo`` between date and time,
   a dot after the time, an en dash), ``ios`` (``[12/03/2021, 21:15:02] ``), ``old``
   (``13.06.18 21.25.15: ``) and ``bare`` (Croatian ``13. 6. 2018. 21:25:15 ``). The first 200
   lines that start like a date are matched against every frame; the frame with most hits wins
   (ties go to the earlier row), and its date separator, time separator, seconds and AM/PM are
   pinned from the majority of those lines. One regex built for exactly that layout then finds
   every header in the whole text in one pass. **A line in another layout is text**, not a new
   message: real exports never mix layouts, and a message may well quote a date.
2. **Dates.** The field with four digits is the year (two-digit years are 20yy and last, unless
   a first field above 31 shows they come first). The order of day and month is decided from
   the whole file: a field above 12 decides; if none does, the order that keeps the timestamps
   chronological (fewer backward steps) wins; if both are equally chronological, day-first with a
   warning. ``date_order=`` overrides it. 12-hour times become 24-hour (12 AM = 00h,
   12 PM = 12h; an hour above 12 with PM is kept). A header whose date is impossible in the
   chosen order is not a header: its line joins the message above as text, with a warning.
3. **Bodies.** Each message is its header line plus every following line up to the next header
   (blank lines kept, CRLF read as LF). ``Name: text`` splits at the first colon followed by a
   space, the end of the line or a dot (so ``Name:.`` is Name writing ``.``). A header without
   such a colon is a system notice; so is a known notice after a name (iOS prints group notices
   and the encryption notice after the chat's name).
4. **Kinds.** One alternation regex per kind (:data:`KIND_PATTERNS`), applied to the whole
   text column: media placeholders and attachments, deleted, missed calls, locations, contacts,
   polls, stickers, view-once. ``<This message was edited>`` is removed from the text and sets
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

from analyzer.chat import LineAccounting, Source
from analyzer.errors import ChatFormatError
from analyzer.parsers.base import InputFile, decode
from analyzer.schema import LINES, Col, normalize_messages

# --------------------------------------------------------------------------------------------
# Header grammar (data)
# --------------------------------------------------------------------------------------------

#: Format characters that exports put before headers, inside brackets and before names.
MARK_CHARS = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c"
MARKS = f"[{MARK_CHARS}]*"
#: The same, minus the joiners (U+200C, U+200D) that are part of emoji: removed from names.
NAME_MARKS_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")
#: A space in a header: normal, no-break or narrow no-break.
SP = "[ \u00a0\u202f]"
#: Space inside a 12-hour marker (``p. m.``), marks allowed.
SPM = f"[ \u00a0\u202f{MARK_CHARS}]"
#: Words some locales put between date and time.
DATE_TIME_WORDS = ("à", "klo", "um", "alle", "às", "om", "в")


@dataclass(frozen=True)
class Layout:
    """One header frame. ``frame`` has ``{date}`` and ``{time}`` placeholders."""

    name: str
    frame: str
    example: str


_DT_WORDS = "|".join(DATE_TIME_WORDS)

#: Header frames, most specific first (ties in detection go to the earlier one).
LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "ios",
        MARKS + r"\[" + MARKS + "{date},?" + SP + "{time}" + MARKS + r"\]" + MARKS + SP,
        "[12/03/2021, 21:15:02] Sam: See you tomorrow!",
    ),
    Layout(
        "android",
        MARKS + "{date}" + f"(?:,{SP}?|{SP}(?:(?:{_DT_WORDS}){SP})?)" + "{time}"
        + MARKS + r"\.?" + SP + "[-–]" + SP,
        "12/03/2021, 21:15 - Sam: See you tomorrow!",
    ),
    Layout(
        "old",
        MARKS + "{date}" + SP + "{time}:" + SP,
        "13.06.18 21.25.15: Sam: See you tomorrow!",
    ),
    Layout(
        "bare",
        MARKS + "{date}" + SP + "{time}" + SP,
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
    year_pos: int  # 0, 1 or 2: which date field is the year
    year_digits: int = 4  # 2 or 4

    @property
    def variant(self) -> str:
        return f"{self.layout.name}-{'12h' if self.twelve_hour else '24h'}"


def _date_re(sep: str | None, year_pos: int | None = None, year_digits: int = 4) -> str:
    """Three date fields. Loose (any separator, 1-4 digits each) when ``sep`` is None; else
    with the file's separator, the year at ``year_pos`` with ``year_digits`` digits and the
    other two fields of one or two digits."""
    s = "(?P<ds>[./-])" if sep is None else re.escape(sep)
    back = "(?P=ds)" if sep is None else re.escape(sep)
    width = [r"\d{1,4}"] * 3 if year_pos is None else [r"\d{1,2}"] * 3
    if year_pos is not None:
        width[year_pos] = rf"\d{{{year_digits}}}"
    a, b, c = width
    return rf"(?P<a>{a}){s}{SP}?(?P<b>{b}){back}{SP}?(?P<c>{c})\.?"


def _time_re(sep: str | None, seconds: bool | None, twelve: bool | None) -> str:
    s = "(?P<ts>[:.])" if sep is None else re.escape(sep)
    back = "(?P=ts)" if sep is None else re.escape(sep)
    sec = rf"{back}(?P<S>\d{{2}})"
    sec = f"(?:{sec})?" if seconds is None else (sec if seconds else "(?P<S>)")
    ampm = rf"{SPM}*(?P<P>[AaPp])\.?{SPM}?[Mm]\.?"
    ampm = f"(?:{ampm})?" if twelve is None else (ampm if twelve else "(?P<P>)")
    return rf"(?P<H>\d{{1,2}}){s}(?P<M>\d{{2}}){sec}{ampm}"


def _probe(layout: Layout) -> re.Pattern[str]:
    """A loose regex for ``layout`` (any separators, seconds and clock) used for detection."""
    return re.compile(layout.frame.format(date=_date_re(None), time=_time_re(None, None, None)))


_PROBES = tuple((layout, _probe(layout)) for layout in LAYOUTS)
#: A line that starts like a header of any layout (cheap pre-filter for detection).
_HEADERISH = re.compile(rf"^{MARKS}\[?{MARKS}\d[^\n]*", re.M)


def _strip_groups(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def header_regex(style: HeaderStyle) -> re.Pattern[str]:
    """The regex that finds every message of a file in ``style``, one match per message.

    Groups: 1 the header line, 2-4 date fields, 5-8 hour/minute/second/AM-PM letter, 9 the body
    on the header line, 10 author (empty for none), 11 text on the header line, 12 the
    continuation lines (each with its
    leading newline).
    """
    head = style.layout.frame.format(
        date=_date_re(style.date_sep, style.year_pos, style.year_digits),
        time=_time_re(style.time_sep, style.seconds, style.twelve_hour),
    )
    bare = _strip_groups(head)
    body = rf"(?P<body>(?:(?P<author>[^:\n]+?):(?:{SP}|(?=\.)|$))?(?P<text>.*))"
    pattern = rf"^(?P<line>{head}{body})(?P<cont>(?:\n(?!{bare}).*)*)"
    return re.compile(pattern, re.M)


_GROUPS = ("line", "a", "b", "c", "H", "M", "S", "P", "body", "author", "text", "cont")


def detect_style(text: str, *, sample: int = 200) -> tuple[HeaderStyle | None, int, int]:
    """Find the header layout of ``text`` from its first ``sample`` date-like lines.

    Returns the style (None if no line is a header), the number of sampled lines that match it
    and the number sampled.
    """
    lines = [m.group(0) for m in itertools.islice(_HEADERISH.finditer(text), sample)]
    if not lines:
        return None, 0, 0
    best: tuple[int, Layout, list[re.Match[str]]] | None = None
    for layout, probe in _PROBES:
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
    year_pos = mode(four)
    year_digits = 4
    if year_pos == -1:
        short = [m for m, f in zip(hits, four, strict=True) if f == -1]
        year_pos = 0 if any(int(m.group("a")) > 31 for m in short) else 2
        year_digits = 2
    style = HeaderStyle(
        layout=layout,
        date_sep=mode([m.group("ds") for m in hits]),
        time_sep=mode([m.group("ts") for m in hits]),
        seconds=mode([m.group("S") is not None for m in hits]),
        twelve_hour=mode([m.group("P") is not None for m in hits]),
        year_pos=year_pos,
        year_digits=year_digits,
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
    r"Messages you send to this (?:group|chat) and calls are (?:now )?secured with end-to-end encryption",
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
    r"[^:]+ (?:created group|created this group|added|removed|left|joined using this group's invite link"
    r"|changed the subject|changed this group's icon|deleted this group's icon"
    r"|changed the group description|changed their phone number|changed the group settings)",
    r"(?:You were added|You joined|You're now an admin|You are now an admin)",
    r"[^:]+ (?:hat die Gruppe|hat .+ hinzugefügt|hat .+ entfernt|hat den Betreff|hat das Gruppenbild"
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
    r"|neemt deel via de uitnodigingslink|heeft het onderwerp|heeft de afbeelding|heeft de groepsbeschrijving)",
    r"[^:]+ (?:создал\S* группу|добавил|вышел|вышла|удалил|присоединил\S* к группе"
    r"|изменил\S* тему|изменил\S* изображение|изменил\S* описание)",
    r"[^:]+ (?:grubunu oluşturdu|ekledi|ayrıldı|çıkardı|davet bağlantısıyla katıldı"
    r"|konuyu|simgesini değiştirdi|açıklamasını değiştirdi)",
)

#: A header body that is a notice as a whole (checked before the ``Name:`` split).
NOTICE_RE = "^" + _LRM + "(?:" + "|".join(_NOTICE_PHRASES) + ")"

#: After ``Name:``, iOS prints the encryption notice and (with U+200E) group notices.
_ENCRYPTION = "|".join(_NOTICE_PHRASES[:11])
NOTICE_AFTER_NAME_RE = "^(?:" + _LRM + "(?:" + _ENCRYPTION + ")|\u200e(?:" + "|".join(_NOTICE_PHRASES[11:]) + "))"

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
        "^" + _LRM + "(?:This message was deleted|You deleted this message|Diese Nachricht wurde gelöscht"
        "|Du hast diese Nachricht gelöscht|Se eliminó este mensaje|Eliminaste este mensaje"
        "|Ce message a été supprimé|Vous avez supprimé ce message|Questo messaggio è stato eliminato"
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
        "(?i)^" + _LRM + "(?:.+\\.vcf(?: " + _LRM + "\\((?:" + _ATTACHED + ")\\)| ?" + _LRM
        + "<attached>)|<attached: [^>]+\\.vcf ?>|Contact card omitted|Kontaktkarte ausgelassen)",
    ),
    (
        "sticker",
        "(?i)^" + _LRM + "(?:sticker omitted|Sticker weggelassen|sticker omitido|autocollant omis"
        "|sticker omesso|figurinha omitida|sticker weggelaten|стикер отсутствует|çıkartma dahil edilmedi"
        "|STK-\\S+\\.webp (?:" + _LRM + "\\((?:" + _ATTACHED + ")\\))|<attached: \\S*STICKER\\S*\\.webp>)$",
    ),
    (
        "view_once",
        "(?i)^" + _LRM + "(?:view once (?:photo|video|voice message)(?: omitted)?|<view once "
        "(?:photo|video|voice message) omitted>)$",
    ),
    (
        "media",
        "(?i)^" + _LRM + "(?:<(?:" + _OMITTED + ")>|" + _IOS_OMITTED
        + "|< ?attached: [^>\n]+ ?>|\\S[^\n]*? " + _LRM + "\\((?:" + _ATTACHED + ")\\)|\\S[^\n]* "
        + _LRM + "<" + _LRM + "attached>)",
    ),
    (
        "location",
        "(?i)^" + _LRM + "(?:(?:location|standort|ubicación|localisation|posizione|localização|locatie"
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

ORDERS_BY_YEAR_POS = {2: ("dmy", "mdy"), 0: ("ydm", "ymd"), 1: ("dym", "myd")}


def _ints(values: list[str]) -> np.ndarray:
    arr = np.asarray(values, dtype=object)
    out = np.zeros(len(arr), dtype=np.int64)
    mask = arr != ""
    if mask.any():
        out[mask] = np.asarray(arr[mask], dtype=str).astype(np.int64)
    return out


def _sort_keys(year: np.ndarray, month: np.ndarray, day: np.ndarray, clock: np.ndarray) -> np.ndarray:
    return ((year * 100 + month) * 100 + day) * 1_000_000 + clock


def _backward_steps(year, month, day, clock) -> int:
    key = _sort_keys(year, month, day, clock)
    return int((np.diff(key) < 0).sum()) if len(key) > 1 else 0


def decide_date_order(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
    clock: np.ndarray,
    year_pos: int,
    given: str | None,
) -> tuple[str, str, str | None]:
    """Pick the order of the date fields. Returns (order, reason, warning or None).

    ``order`` names the fields left to right, e.g. ``"dmy"``. ``given`` (dmy, mdy or ymd)
    says whether the day comes before the month; it wins over the data.
    """
    day_first, month_first = ORDERS_BY_YEAR_POS[year_pos]
    p, q = [f for i, f in enumerate(fields) if i != year_pos]
    if given is not None:
        return (day_first if given == "dmy" else month_first), "given", None
    p_big, q_big = bool((p > 12).any()), bool((q > 12).any())
    if p_big and not q_big:
        return day_first, "field > 12", None
    if q_big and not p_big:
        return month_first, "field > 12", None
    if p_big and q_big:
        order = day_first if (p > 12).sum() >= (q > 12).sum() else month_first
        return order, "field > 12 (conflicting)", (
            "both date fields exceed 12 in different lines; read them as "
            f"{order} and kept impossible dates as text"
        )
    year = fields[year_pos]
    if np.array_equal(p, q):
        return day_first, "day and month equal everywhere", None
    back_dm = _backward_steps(year, q, p, clock)
    back_md = _backward_steps(year, p, q, clock)
    if back_dm < back_md:
        return day_first, "chronology", None
    if back_md < back_dm:
        return month_first, "chronology", None
    return day_first, "default", (
        f"day and month order is ambiguous (no field above 12, both orders equally chronological); "
        f"read as {day_first} — pass date_order='mdy' (--date-order mdy) if that is wrong"
    )


def build_timestamps(
    fields: tuple[np.ndarray, np.ndarray, np.ndarray],
    order: str,
    hour: np.ndarray,
    minute: np.ndarray,
    second: np.ndarray,
    ampm: np.ndarray | None,
) -> pd.Series:
    """Vectorised timestamps (NaT where the date or time is impossible)."""
    by = {letter: fields[i] for i, letter in enumerate(order)}
    year = by["y"]
    year = np.where(year < 100, year + 2000, year)
    if ampm is not None:
        pm = ampm == "p"
        base = np.where(hour == 12, 0, hour)
        hour = np.where(hour > 12, hour, base + np.where(pm, 12, 0))
    frame = pd.DataFrame(
        {"year": year, "month": by["m"], "day": by["d"], "hour": hour, "minute": minute, "second": second}
    )
    bad = (hour > 23) | (minute > 59) | (second > 59)
    frame.loc[bad, "hour"] = 0
    ts = pd.to_datetime(frame, errors="coerce")
    ts[bad] = pd.NaT
    return ts


# --------------------------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------------------------


#: Invisible marks removed from the start of a message's text (joiners are kept).
_TEXT_MARK_STARTS = ("\u200b", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
                     "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u2060")
_TEXT_MARKS_RE = "^[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+"


def _kinds(text: pd.Series) -> np.ndarray:
    kind = np.full(len(text), "text", dtype=object)
    for name, pattern in reversed(KIND_PATTERNS):
        hit = text.str.contains(pattern, regex=True).fillna(False).to_numpy(dtype=bool)
        kind[hit] = name
    return kind


def normalize_newlines(text: str) -> str:
    """CRLF (and a final newline) as the file's line structure: LF only, no trailing newline."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text


def parse_text(
    text: str,
    *,
    file_name: str = "chat.txt",
    date_order: str | None = None,
    style: HeaderStyle | None = None,
) -> tuple[pd.DataFrame, Source]:
    """Parse one decoded export. Returns the normalized frame (with ``_lines``) and its Source."""
    text = normalize_newlines(text)
    total = text.count("\n") + 1 if text else 0
    source = Source(format="whatsapp", files=[file_name])
    source.lines = LineAccounting(total=total)
    if style is None:
        style, _, _ = detect_style(text)
    if style is None:
        raise ChatFormatError(
            f"{file_name}: no line looks like a WhatsApp message header "
            "(expected e.g. '12/03/2021, 21:15 - Sam: hi' or '[12/03/2021, 21:15:02] Sam: hi')"
        )
    regex = header_regex(style)
    first = regex.search(text)
    if first is None:  # the sample matched but the pinned style did not (cannot happen)
        raise ChatFormatError(f"{file_name}: no WhatsApp header found")
    lead_lines = text.count("\n", 0, first.start())
    source.lines.skip("before the first message", lead_lines)
    rows = regex.findall(text, first.start())
    cols = dict(zip(_GROUPS, zip(*rows, strict=True), strict=True))
    a, b, c = (_ints(cols[g]) for g in "abc")
    hour, minute, second = (_ints(cols[g]) for g in "HMS")
    ampm = np.char.lower(np.asarray(cols["P"], dtype=str)) if style.twelve_hour else None
    fields = (a, b, c)
    clock = hour * 10_000 + minute * 100 + second
    if ampm is not None:
        h24 = np.where(hour > 12, hour, np.where(hour == 12, 0, hour) + np.where(ampm == "p", 12, 0))
        clock = h24 * 10_000 + minute * 100 + second
    order, reason, warning = decide_date_order(fields, clock, style.year_pos, date_order)
    if warning:
        source.warnings.append(warning)
    ts = build_timestamps(fields, order, hour, minute, second, ampm)

    n_cont = np.fromiter(map(str.count, cols["cont"], itertools.repeat("\n")), np.int64, len(rows))
    parts = {g: np.asarray(cols[g], dtype=object) for g in ("line", "body", "author", "text", "cont")}
    bad = ts.isna().to_numpy()
    lead_extra = 0
    if bad.any():
        parts, n_cont, lead_extra = _demote_bad_headers(bad, parts, n_cont)
        ts = ts[~bad].reset_index(drop=True)
        source.lines.skip("before the first message", lead_extra)
        source.warnings.append(
            f"{int(bad.sum())} lines start like a header but have an impossible date in "
            f"{order} order; kept as text of the message above"
        )
    n_lines = n_cont + 1
    start_line = lead_lines + lead_extra + 1 + np.concatenate([[0], np.cumsum(n_lines)[:-1]])
    author = pd.Series(parts["author"], dtype="str")
    head_text = pd.Series(parts["text"], dtype="str")
    body_line = pd.Series(parts["body"], dtype="str")
    cont = pd.Series(parts["cont"], dtype="str")

    # system notices: no ``Name:`` at all, or a whole body that is a known notice
    has_author = (author != "").to_numpy()
    notice_whole = body_line.str.contains(NOTICE_RE, regex=True).fillna(False).to_numpy(dtype=bool)
    notice_named = head_text.str.contains(NOTICE_AFTER_NAME_RE, regex=True).fillna(False).to_numpy(dtype=bool)
    system = ~has_author | notice_whole | notice_named
    first_line = np.where(notice_whole & has_author, body_line.to_numpy(dtype=object), head_text.to_numpy(dtype=object))
    full_text = pd.Series(first_line, dtype="str") + cont
    marked = full_text.str.startswith(_TEXT_MARK_STARTS).to_numpy(dtype=bool)
    if marked.any():  # iOS puts U+200E before notices and attachments: export noise, not text
        full_text = full_text.where(~marked, full_text.str.replace(_TEXT_MARKS_RE, "", regex=True))
    kind = _kinds(full_text)
    kind[system] = "system"
    edited_hit = full_text.str.contains(EDITED_RE, regex=True).fillna(False).to_numpy(dtype=bool).copy()
    edited_hit &= ~system
    if edited_hit.any():
        full_text = full_text.where(~edited_hit, full_text.str.replace(EDITED_RE, "", regex=True))
        # an edited message whose body is now a placeholder keeps the kind found before
    authors_clean = _clean_authors(author.to_numpy(dtype=object))
    authors_clean[system] = None
    if notice_named.any() and not source.chat_name:
        named = author.to_numpy(dtype=object)[notice_named & has_author]
        if len(named):
            source.chat_name = NAME_MARKS_RE.sub("", str(named[0]))

    frame = pd.DataFrame(
        {
            Col.TIMESTAMP: ts.to_numpy(),
            Col.AUTHOR: authors_clean,
            Col.TEXT: full_text.to_numpy(dtype=object),
            Col.KIND: kind,
            Col.SOURCE_FILE: file_name,
            Col.SOURCE_LINE: start_line,
            Col.EDITED: edited_hit,
            LINES: n_lines,
        }
    )
    n_system = int(system.sum())
    source.lines.system = n_system
    source.lines.header = len(frame) - n_system
    source.lines.continuation = int(n_cont.sum())
    source.variant = f"{style.variant} {order}"
    source.date_order = order
    source.date_order_reason = reason
    return normalize_messages(frame), source


def _clean_authors(authors: np.ndarray) -> np.ndarray:
    """Remove invisible marks from names (computed once per distinct name)."""
    uniques, inverse = np.unique(authors.astype(str), return_inverse=True)
    cleaned = np.array([NAME_MARKS_RE.sub("", u) for u in uniques], dtype=object)
    return cleaned[inverse]


def _demote_bad_headers(
    bad: np.ndarray, parts: dict[str, np.ndarray], n_cont: np.ndarray
) -> tuple[dict[str, np.ndarray], np.ndarray, int]:
    """Fold headers with impossible dates into the message above: they are text (rare path)."""
    cont = parts["cont"].copy()
    n_cont = n_cont.copy()
    lead_extra = 0
    last = -1
    for i in np.flatnonzero(bad):
        prev = i - 1
        while prev >= 0 and bad[prev]:
            prev -= 1
        last = prev
        if last < 0:
            lead_extra += 1 + int(n_cont[i])
        else:
            cont[last] = cont[last] + "\n" + parts["line"][i] + cont[i]
            n_cont[last] += 1 + int(n_cont[i])
    keep = ~bad
    out = {k: v[keep] for k, v in parts.items()}
    out["cont"] = cont[keep]
    return out, n_cont[keep], lead_extra


class WhatsAppParser:
    """The registry's WhatsApp entry: detection from the head, parsing per :func:`parse_text`."""

    name = "whatsapp"
    title = "WhatsApp (Android and iOS, .txt or the shared .zip)"
    example = "12/03/2021, 21:15 - Sam: See you tomorrow!"
    extensions = (".txt", ".zip")

    def detect(self, file: InputFile) -> float:
        """0 for no header; else 0.5..0.95 by the share of date-like lines that are headers.

        A bracketed year-first header with a comma and no seconds (``[2019-12-24, 12:23]``) is
        signal-export's text format, so it scores 0.6 (Signal's own parser scores higher).
        """
        if not file.basename.lower().endswith(".txt"):
            return 0.0
        head = normalize_newlines(file.head())
        style, hits, sampled = detect_style(head)
        if style is None or hits == 0:
            return 0.0
        lines = head.count("\n") + 1
        if hits < 3 and lines > 20:
            return 0.3
        score = 0.6 + 0.35 * hits / sampled
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
        skipped: list[str] = []
        for file in files:
            text, encoding = decode(file.data, name=file.name, strict=False)
            try:
                frame, source = parse_text(text, file_name=file.name, date_order=date_order)
            except ChatFormatError:
                if len(files) == 1:
                    raise
                skipped.append(file.name)
                continue
            source.encoding = encoding
            if encoding.endswith("+replace"):
                source.warnings.append(
                    f"{file.name}: not valid UTF-8; undecodable bytes were replaced by U+FFFD"
                )
            frames.append(frame)
            if merged is None:
                merged = source
            else:
                merged.files.extend(source.files)
                merged.lines = merged.lines.merge(source.lines)
                merged.warnings.extend(source.warnings)
                if source.variant != merged.variant:
                    merged.variant = f"{merged.variant}; {source.variant}"
        if merged is None:
            raise ChatFormatError(
                "none of the files is a WhatsApp export: " + ", ".join(f.name for f in files[:3])
            )
        for name in skipped:
            merged.warnings.append(f"{name}: not a WhatsApp export; ignored")
        merged.chat_name = merged.chat_name or _chat_name(files[0].name)
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0], merged


def _chat_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = base.rsplit(":", 1)[-1] if ":" in base else base
    stem = base.rsplit(".", 1)[0]
    m = re.match(r"WhatsApp Chat (?:with|mit|con|avec|com|met|с) (.+)", stem)
    return m.group(1) if m else stem


PARSER = WhatsAppParser()
