"""Telegram Desktop's HTML export: ``messages.html``, ``messages2.html``, ... of one chat.

Each message is a ``<div class="message ...">``. What is read from it:

- time: the ``title`` of its ``date details`` div, ``DD.MM.YYYY HH:MM:SS`` and, in newer
  exports, ``UTC+01:00``: the wall-clock time as written, or with ``tz=`` the instant shown in
  that zone;
- author: its ``from_name`` div; a ``joined`` message (Telegram leaves the name out when the same
  person writes again) has the author of the message before it;
- text: its ``text`` div, ``<br>`` as a line break, entities decoded;
- kind: a ``service`` message is ``system``, at the time of the message before it (Telegram
  writes no time on them; the first takes the time of the one after); the date separators
  between days, whose id is negative, are not messages and are skipped with that reason; a message
  with a media block
  and no text is ``media`` (``sticker`` for stickers); a ``forwarded body`` marks it forwarded
  and its inner name and time (the original sender's) are ignored; a ``reply_to`` note is not
  text.

Files are read in the order Telegram numbers them (``messages.html``, then ``messages2.html``,
...). Each message is one record of the accounting. A page of the series that is not given (a gap
in the numbers, or a page a "Next messages" link names) is named in a warning. A message whose
``</div>`` is missing ends where the next message begins, and parts of a message found outside
any message div are left out; both are counted in a warning.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parse_warnings import warn
from analyzer.parsers.base import InputFile, decode
from analyzer.parsers.records import as_zone, record_frame
from analyzer.schema import Col

#: The file names Telegram gives the pages of one chat.
PAGE_NAME = re.compile(r"^messages(\d*)\.html$", re.IGNORECASE)
_TITLE = re.compile(
    r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}) (?P<clock>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?: UTC(?P<off>[+-]\d{1,2}:?\d{2}))?\s*$"
)
_SPACES = re.compile(r"[ \t\r]*\n[ \t\r]*")


def looks_like_page(file: InputFile) -> bool:
    if PAGE_NAME.match(file.basename) is None:
        return False
    head = file.head(8192)
    return 'class="message' in head and ("Exported Data" in head or 'class="history"' in head)


def page_number(file: InputFile) -> int:
    m = PAGE_NAME.match(file.basename)
    return int(m.group(1) or 1) if m else 0


#: Classes whose open divs the reader counts (what is inside them is read differently).
_COUNTED = ("forwarded", "reply_to", "page_header")


class _Page(HTMLParser):
    """Collects one record per message div.

    Linear in the page: the open divs are a stack of small tuples (the counted classes each one
    holds) and counters of the open ``forwarded``, ``reply_to`` and ``page_header`` divs, so no
    step looks back through the stack. Telegram never puts one message inside another: a message
    div that opens while a message is still open ends the open one there (its ``</div>`` is
    missing) and is counted in ``unclosed``; the parts of a message (name, date, text) found
    outside any message div are counted in ``unplaced``.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.records: list[dict] = []
        self.chat_name = ""
        self.unclosed: list[int] = []  # numbers (1-based) of messages whose div was not closed
        self.unplaced = 0
        self.pages: set[str] = set()  # pages named by the pagination links
        self._stack: list[tuple[str, ...]] = []  # the counted classes of each open div
        self._open = dict.fromkeys(_COUNTED, 0)
        self._message_depth: int | None = None
        self._grab: str | None = None  # "chat", "from", "text", "service"
        self._grab_depth = 0
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "br" and self._grab:
            self._buffer.append("\n")
            return
        classes = set((attr.get("class") or "").split())
        if tag == "a":
            self._link(attr, classes)
        if self._message_depth is not None and any("sticker" in c for c in classes):
            self.records[-1]["sticker"] = True
        if tag != "div":
            return
        if "message" in classes and self._message_depth is not None:
            self.unclosed.append(len(self.records))
            depth = self._message_depth
            while len(self._stack) > depth:
                self._pop()
        counted = tuple(c for c in _COUNTED if c in classes)
        self._stack.append(counted)
        for c in counted:
            self._open[c] += 1
        depth = len(self._stack) - 1
        if "message" in classes:
            self._message_depth = depth
            self.records.append(
                {
                    "id": attr.get("id") or "",
                    "service": "service" in classes,
                    "joined": "joined" in classes,
                    "title": None,
                    "from": None,
                    "text": None,
                    "media": False,
                    "sticker": False,
                    "forwarded": False,
                }
            )
            return
        if self._message_depth is None:
            if self._grab is None and "text" in classes and self._open["page_header"]:
                self._start("chat", depth)
            elif not self._open["page_header"] and (
                classes & {"from_name", "text"} or {"date", "details"} <= classes
            ):
                self.unplaced += 1
            return
        record = self.records[-1]
        forwarded = self._open["forwarded"] > 0
        if "forwarded" in classes:
            record["forwarded"] = True
        if "date" in classes and "details" in classes and not forwarded and record["title"] is None:
            record["title"] = attr.get("title")
        elif "from_name" in classes and not forwarded and record["from"] is None:
            self._start("from", depth)
        elif "text" in classes and self._grab is None and not self._open["reply_to"]:
            self._start("text", depth)
        elif record["service"] and "body" in classes and "details" in classes:
            self._start("service", depth)
        elif classes & {"media_wrap", "media"}:
            record["media"] = True

    def _link(self, attr: dict, classes: set[str]) -> None:
        """A "Next messages" / "Previous messages" link names a page of the series."""
        if "pagination" in classes:
            href = (attr.get("href") or "").rsplit("/", 1)[-1]
            if PAGE_NAME.match(href):
                self.pages.add(href)

    def _start(self, what: str, depth: int) -> None:
        self._grab, self._grab_depth, self._buffer = what, depth, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._grab:
            self._buffer.append("\n")
        elif tag == "a":
            attr = dict(attrs)
            self._link(attr, set((attr.get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._stack:
            self._pop()

    def _pop(self) -> None:
        """Close the innermost open div."""
        depth = len(self._stack) - 1
        for c in self._stack.pop():
            self._open[c] -= 1
        if self._grab is not None and depth == self._grab_depth:
            text = "".join(self._buffer)
            if self._grab == "chat":
                self.chat_name = text.strip()
            else:
                record = self.records[-1]
                value = _SPACES.sub("\n", text).strip() if self._grab != "text" else _text(text)
                key = {"from": "from", "text": "text", "service": "text"}[self._grab]
                if self._grab == "from":
                    value = " ".join(value.split())
                if record.get(key) is None:
                    record[key] = value
            self._grab = None
        if self._message_depth is not None and depth == self._message_depth:
            self._message_depth = None

    def handle_data(self, data: str) -> None:
        if self._grab is not None:
            self._buffer.append(data)

    def close(self) -> None:
        """End of the page: a message still open there was not closed either."""
        super().close()
        if self._message_depth is not None:
            self.unclosed.append(len(self.records))
        while self._stack:
            self._pop()


def _text(raw: str) -> str:
    """A text div's content: the exporter's indentation around it dropped, line breaks (from
    ``<br>``) kept."""
    lines = raw.split("\n")
    # the exporter puts a newline after the opening tag and before the closing one
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines).strip(" \t")


def parse_pages(files: list[InputFile], source: Source, tz: str | None) -> tuple[pd.DataFrame, str]:
    """Messages of the HTML pages of one chat, and the chat's name from the page header."""
    files = sorted(files, key=page_number)
    rows: list[dict] = []
    chat_name = ""
    linked: set[str] = set()
    for file in files:
        text, source.encoding = decode(file.data, name=file.name)
        page = _Page()
        page.feed(text)
        page.close()
        if not page.records:
            raise ChatFormatError(f"{file.name}: no Telegram messages found in this HTML page")
        chat_name = chat_name or page.chat_name
        linked |= page.pages
        _warn_page(file, page, source)
        for number, record in enumerate(page.records, start=1):
            record["file"], record["number"] = file.name, number
            rows.append(record)
    missing = _missing_pages(files, linked)
    if missing:
        source.warnings.append(warn("pages_missing", n=len(missing), pages=list(missing)))
    separators = [r for r in rows if r["service"] and r["id"].startswith("message-")]
    rows = [r for r in rows if not (r["service"] and r["id"].startswith("message-"))]
    author = None
    authors, kinds, texts = [], [], []
    for r in rows:
        if r["service"]:
            authors.append(None)
            kinds.append("system")
            texts.append(r["text"] or "")
            continue
        if r["from"] is not None:
            author = r["from"]
        elif not r["joined"]:
            author = None
        authors.append(author)
        text = r["text"] or ""
        kinds.append(
            "sticker"
            if r["sticker"] and not text
            else "media"
            if r["media"] and not text
            else "text"
        )
        texts.append(text)
    times = _times([r["title"] for r in rows], tz)
    # service messages carry no time of their own: the one of the message before (or after)
    service = pd.Series([r["service"] for r in rows], dtype=bool)
    if service.any():
        dated = times.where(~service)
        times = times.where(~service, dated.ffill().bfill())
    frame = record_frame(
        {
            Col.TIMESTAMP: times,
            Col.AUTHOR: authors,
            Col.TEXT: texts,
            Col.KIND: kinds,
            Col.SOURCE_FILE: [r["file"] for r in rows],
            Col.SOURCE_LINE: [r["number"] for r in rows],
            Col.FORWARDED: [r["forwarded"] for r in rows],
        },
        source,
        no_time_reason="message without a readable date",
    )
    source.lines.total += len(separators)
    source.lines.skip("date separator between days", len(separators))
    return frame, chat_name


def _warn_page(file: InputFile, page: _Page, source: Source) -> None:
    """What the page reader could not place, in ``source.warnings``."""
    if page.unclosed:
        n = len(page.unclosed)
        source.warnings.append(
            warn("unclosed_messages", file=file.name, n=n, first=int(page.unclosed[0]))
        )
    if page.unplaced:
        source.warnings.append(warn("unplaced_parts", file=file.name, n=int(page.unplaced)))


def _missing_pages(files: list[InputFile], linked: set[str]) -> list[str]:
    """Pages of the numbered series (``messages.html``, ``messages2.html``, ...) that are
    neither given nor present: the gaps up to the highest page given, and the pages the given
    ones link to ("Next messages"), in page order."""
    given = {page_number(f) for f in files} - {0}  # 0: a page under another name
    wanted = set(range(1, max(given, default=0) + 1)) | {
        int(m.group(1) or 1) for m in map(PAGE_NAME.match, linked) if m
    }
    return [f"messages{n if n > 1 else ''}.html" for n in sorted(wanted - given)]


def _times(titles: list[str | None], tz: str | None) -> pd.Series:
    """``DD.MM.YYYY HH:MM:SS [UTC+hh:mm]`` titles as naive times, or, with ``tz``, as instants
    shown in that zone (see the module doc)."""
    iso: list[str | None] = []
    for title in titles:
        m = _TITLE.match(title or "")
        if m is None:
            iso.append(None)
            continue
        clock = m.group("clock") if m.group("clock").count(":") == 2 else m.group("clock") + ":00"
        day = f"{m.group('y')}-{int(m.group('m')):02}-{int(m.group('d')):02}"
        stamp = f"{day}T{int(clock[:-6]):02}{clock[-6:]}"
        off = m.group("off")
        if off and tz:
            sign, rest = off[0], off[1:].replace(":", "")
            stamp += f"{sign}{int(rest[:-2]):02}:{rest[-2:]}"
        iso.append(stamp)
    raw = pd.Series(iso, dtype="object")
    has_offset = raw.str.contains(r"[+-]\d\d:\d\d$", regex=True, na=False)
    wall = pd.to_datetime(raw.where(~has_offset), errors="coerce", format="ISO8601")
    if tz and has_offset.any():
        shown = pd.to_datetime(raw.where(has_offset), utc=True, errors="coerce", format="ISO8601")
        shown = shown.dt.tz_convert(tz)
        zone = pd.DatetimeTZDtype("us", tz)
        return as_zone(wall, tz).astype(zone).where(~has_offset, shown.astype(zone))
    return wall
