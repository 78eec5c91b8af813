r"""``--anonymize``: every participant becomes "Person A", "Person B", ... everywhere.

Privacy by construction: ``analyze`` replaces each author by its label right after loading,
before any stage runs, so turns, sessions, replies, measures, signs and any table added later
hold labels only. :func:`anonymize_analysis` then treats what is left at the output edge:

- ``--pair`` as the user typed it is mapped to the labels;
- free text (messages, sign summaries, caveats, notes, examples, source warnings) is scrubbed by
  :func:`make_scrubber`, in this order:

  1. e-mail addresses become ``[email]`` and file paths (``/home/...``, ``C:\...``,
     ``~/...``) ``[path]``;
  2. phone numbers become ``[phone]``: found by the ``phonenumbers`` library (Google's
     libphonenumber metadata) in international form and in the national forms of the chat's
     likely region (the country of the international numbers in the chat) and of a few common
     ones, dotted, slashed, spaced, with any dash, or run into a word; any other run of seven or
     more digits becomes ``[number]``;
  3. handles and hashtags that hold a name (``@priya_sharma``, ``#TeamPriya``) become the
     person's label after the ``@``/``#``;
  4. every *surface form* of each name (:func:`surface_forms`): the full name, each part of two
     or more letters, the parts joined (``PriyaSharma``, ``priya_sharma``, ``priya.sharma``,
     ``Tom_W``), the name with digits after it (``priya123``), and a few diminutives made from
     the name itself (``Tommy``, ``Sam`` of ``Samantha``), case-insensitively in any script;
     scripts written without spaces (Chinese, Japanese, Thai, ...) are matched inside words.
     A part shared by two people becomes ``[name]``. Common words (``me``, ``will``, ``may``,
     ... :data:`COMMON_WORDS`) are never taken for a name, even for a participant called "Me";
- names the user adds (``--also-hide NAME ...``) are scrubbed as ``[name]`` the same way;
- the source's file names become ``chat-1.txt``, ``chat-2.txt``, ... (suffix kept), in warnings
  too, and its chat name "Chat", since export names usually carry a person's name.

Names of people who are neither participants nor given with ``--also-hide`` are not detected
(the report says so). Labels follow the order of ``all_participants``: A..Z, then AA, AB, ...
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import pandas as pd

from analyzer.parse_warnings import ParseWarning
from analyzer.result import Analysis

#: Words that are names too rarely to be scrubbed as one (a participant may be called "Me").
COMMON_WORDS = frozenset(
    """
a about after all also am an and any are as at be been but by can could did do does for from
get go got had has have he her hers him his how i if in into is it its just let may me might
mine more most must my no not now of off on one or our out over says see she should so some
than that the their them then there these they this to too up us very was way we well were
what when where which who why will with would yes yet you your
""".split()
)
#: Letters of scripts written without spaces between words: a name is matched inside a word.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff]"
)
_NAME_PART = re.compile(r"[^\W\d_]{2,}")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PATH = re.compile(
    r"(?<![\w/:.])(?:~|\.{1,2})?/(?:[^\s/]+/)+[^\s/,;:)]*"  # /home/x/..., ~/x/..., ./x/y
    r"|(?<![\w])[A-Za-z]:\\(?:[^\s\\]+\\)*[^\s\\,;:)]*"  # C:\Users\x\...
)
#: Regions whose national number forms are always looked for, besides the chat's likely one.
COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN")
_INTERNATIONAL = re.compile(r"\+\d[\d\s().\-\u2010-\u2015]{5,}\d")
_DIGITS = re.compile(r"\d")
_LONG_DIGITS = re.compile(r"\d{7,}")
#: A date (with a four-digit year) at the start of a match: "12.03.2024 10:30" is no number.
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)")
_DECIMAL = re.compile(r"\d+\.\d+")
_HANDLE = re.compile(r"(?<![\w@#])([@#])([\w.\-]*\w)")


def person_label(i: int) -> str:
    """0 -> "Person A", 25 -> "Person Z", 26 -> "Person AA"."""
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = chr(65 + rest) + letters
    return f"Person {letters}"


def labels_for(names: Sequence[str]) -> dict[str, str]:
    return {name: person_label(i) for i, name in enumerate(names)}


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def diminutives(part: str) -> set[str]:
    """A few pet forms made from a first name itself: Tom -> Tommy, Tommie, Tomi; Samantha ->
    Sam, Sammy, Sami; Benjamin -> Ben, Benji, Benny. Only for names in a cased script."""
    forms: set[str] = set()
    if len(part) < 3 or not part.isalpha() or part.lower() == part.upper():
        return forms
    stems = {part}
    if len(part) >= 5:
        stems |= {part[:3], part[:4]}
    for stem in stems:
        forms |= {stem, stem + "i"}
        if stem[-1].lower() not in "aeiouy":
            forms |= {stem + "y", stem + "ie", stem + stem[-1] + "y", stem + stem[-1] + "ie"}
    forms.discard(part)
    return forms


def surface_forms(name: str) -> set[str]:
    """Every way a chat is likely to write ``name``: see the module docstring (step 4)."""
    full = " ".join(_nfc(str(name)).split())
    parts = _NAME_PARTS(full)
    forms = {full} if full else set()
    forms |= {p for p in parts if len(p) >= 2}
    if len(parts) >= 2:
        first, last = parts[0], parts[-1]
        for sep in ("", "_", ".", "-"):
            forms |= {
                sep.join(parts),
                first + sep + last,
                last + sep + first,
                first + sep + last[0],
                first[0] + sep + last,
            }
        forms |= diminutives(first)
    elif parts:
        forms |= diminutives(parts[0])
        if _UNSPACED.match(parts[0]) and len(parts[0]) == 3:  # 王小明: the given name 小明
            forms.add(parts[0][1:])
    return {f for f in forms if len(f) >= 2 and f.casefold() not in COMMON_WORDS}


def _NAME_PARTS(full: str) -> list[str]:
    return _NAME_PART.findall(full)


def likely_regions(texts: Iterable[str]) -> list[str]:
    """The countries of the international numbers (``+44 ...``) in ``texts``, most frequent
    first, then :data:`COMMON_REGIONS`."""
    import phonenumbers

    found: Counter[str] = Counter()
    for text in texts:
        for raw in _INTERNATIONAL.findall(text or ""):
            try:
                number = phonenumbers.parse(raw, None)
            except phonenumbers.NumberParseException:
                continue
            region = phonenumbers.region_code_for_number(number)
            if region and region != "ZZ":
                found[region] += 1
    regions = [r for r, _ in found.most_common(3)]
    return regions + [r for r in COMMON_REGIONS if r not in regions]


def _phone_spans(text: str, regions: Sequence[str]) -> list[tuple[int, int]]:
    import phonenumbers

    spans: list[tuple[int, int]] = []
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.POSSIBLE
        ):
            raw = match.raw_string
            digits = len(_DIGITS.findall(raw))
            if digits < 7 or _DATE.match(raw) or _DECIMAL.fullmatch(raw):
                continue
            spans.append((match.start, match.end))
    return spans


def _replace_spans(text: str, spans: list[tuple[int, int]], token: str) -> str:
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [text[at:start], token]
        at = end
    out.append(text[at:])
    return "".join(out)


def make_scrubber(
    mapping: Mapping[str, str],
    *,
    also_hide: Sequence[str] = (),
    regions: Sequence[str] = COMMON_REGIONS,
) -> Callable[[str], str]:
    """A function scrubbing names, handles, e-mails, paths and numbers from a string (module
    docstring). ``mapping`` gives each participant's label; ``also_hide`` more names, shown as
    ``[name]``; ``regions`` the phone-number regions to look for national forms of."""
    targets: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    people = [(n, lab) for n, lab in mapping.items()] + [(n, "[name]") for n in also_hide]
    for name, label in people:
        full = " ".join(_nfc(str(name)).split())
        for form in surface_forms(name):
            key = _key(form)
            if form == full:
                targets[key] = label
            else:
                owners.setdefault(key, set()).add(label)
    for key, labels in owners.items():
        if key not in targets:
            targets[key] = labels.pop() if len(labels) == 1 else "[name]"
    spaced = sorted((t for t in targets if not _UNSPACED.search(t)), key=len, reverse=True)
    unspaced = sorted((t for t in targets if _UNSPACED.search(t)), key=len, reverse=True)
    alternatives = []
    if spaced:
        words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in spaced)
        # the form, an initial joined by "_" (Tom_W), digits (priya123), and no letter after
        alternatives.append(
            rf"(?<![^\W_])(?P<word>{words})(?:_[^\W\d_](?![^\W\d_]))?\d*(?![^\W\d_])"
        )
    if unspaced:
        alternatives.append("(?P<inside>" + "|".join(re.escape(t) for t in unspaced) + ")")
    names = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
    parts = sorted(
        {
            _key(p)
            for name, _ in people
            for p in _NAME_PARTS(_nfc(str(name)))
            if len(p) >= 3 and _key(p) not in COMMON_WORDS
        },
        key=len,
        reverse=True,
    )

    def name_label(match: re.Match) -> str:
        found = (
            match.group("word")
            if "word" in match.re.groupindex and match.group("word")
            else match.group(0)
        )
        return targets.get(_key(found), match.group(0))

    def handle(match: re.Match) -> str:
        body = _key(match.group(2))
        for part in parts:
            if part in body:
                owner = targets.get(part, "[name]")
                return match.group(1) + owner
        return match.group(0)

    def scrub(text: str) -> str:
        if not isinstance(text, str) or not text:
            return text
        out = _nfc(text)
        out = EMAIL.sub("[email]", out)
        out = PATH.sub("[path]", out)
        if len(_DIGITS.findall(out)) >= 7:
            out = _replace_spans(out, _phone_spans(out, regions), "[phone]")
            out = _LONG_DIGITS.sub("[number]", out)
        if parts:
            out = _HANDLE.sub(handle, out)
        if names is not None:
            out = names.sub(name_label, out)
        return out

    return scrub


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def relabel(authors: pd.Series, names: Mapping[str, str]) -> pd.Series:
    """The author column with every name replaced by its label (:func:`labels_for`), exactly."""
    if isinstance(authors.dtype, pd.CategoricalDtype):
        cats = authors.cat.categories
        renamed = [names.get(str(c), c) for c in cats]
        if len(set(renamed)) == len(renamed):
            return authors.cat.rename_categories(renamed)
        authors = authors.astype("object")
    return authors.map(lambda v: names.get(v, v) if isinstance(v, str) else v)


def _scrub_text(series: pd.Series, scrub: Callable[[str], str]) -> pd.Series:
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = [scrub(str(c)) for c in series.cat.categories]
        if len(set(cats)) == len(cats):
            return series.cat.rename_categories(cats)
        series = series.astype("object")
    if pd.api.types.is_string_dtype(series.dtype) and not series.dtype == object:
        return series.map(scrub, na_action="ignore").astype(series.dtype)
    return series.map(lambda v: scrub(v) if isinstance(v, str) else v)


def anonymize_analysis(result: Analysis, names: Mapping[str, str]) -> Analysis:
    """The output edge of ``--anonymize`` (module docstring). The analysis already ran on
    relabelled authors (``analyze`` replaces every name by its label right after loading, so no
    table it builds can hold one); what is left is free text, which still names people: the
    messages, the signs' summaries, caveats, notes and examples, the source's file names, chat
    name and warnings, and the settings the user typed (``--pair``, ``--also-hide``).
    ``names`` maps each real name to its label."""
    texts = result.messages["text"] if "text" in result.messages.columns else pd.Series([])
    numbered = texts[texts.astype("string").str.contains("+", regex=False).fillna(False)]
    regions = likely_regions([*names, *numbered.astype(str).head(5000)])
    scrub = make_scrubber(names, also_hide=result.settings.also_hide, regions=regions)
    signs = tuple(
        replace(
            s,
            summary=scrub(s.summary),
            caveat=scrub(s.caveat),
            evidence=tuple(replace(e, note=scrub(e.note)) for e in s.evidence),
            examples=tuple(replace(x, text=scrub(x.text)) for x in s.examples),
        )
        for s in result.signs
    )
    src = result.source
    files = [f"chat-{i + 1}{os.path.splitext(f)[1]}" for i, f in enumerate(src.files)]
    known = sorted(zip(src.files, files, strict=True), key=lambda pair: -len(pair[0]))

    def warning(text: str) -> str:  # a file's full path names its owner's home folder
        for original, renamed in known:
            text = text.replace(original, renamed)
        return scrub(text)

    source = replace(
        src,
        files=files,
        chat_name="Chat" if src.chat_name else "",
        warnings=[
            w.map_text(warning) if isinstance(w, ParseWarning) and w.code else warning(w)
            for w in src.warnings
        ],
        lines=src.lines,
    )
    settings = result.settings
    if settings.pair:
        settings = settings.with_(pair=tuple(names.get(p, p) for p in settings.pair))
    settings = settings.with_(anonymize=True, also_hide=("[name]",) * len(settings.also_hide))
    messages = result.messages
    if "text" in messages.columns:
        messages = messages.assign(text=_scrub_text(messages["text"], scrub))
    if "source_file" in messages.columns:
        renamed = dict(zip(src.files, files, strict=True))
        cats = messages["source_file"].astype("category")
        new = [renamed.get(str(c)) or scrub(os.path.basename(str(c))) for c in cats.cat.categories]
        if len(set(new)) == len(new):
            messages = messages.assign(source_file=cats.cat.rename_categories(new))
        else:
            messages = messages.assign(
                source_file=pd.Categorical(
                    cats.map(dict(zip(cats.cat.categories, new, strict=True))).astype("object")
                )
            )
    return replace(result, source=source, settings=settings, messages=messages, signs=signs)
