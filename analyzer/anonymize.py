"""``--anonymize``: every participant becomes "Person A", "Person B", ... everywhere.

:func:`anonymize_analysis` returns a new Analysis in which

- authors, participants, ``--pair``, ``who`` of the signs, evidence and every per-person table
  (turns, sessions, replies, measures) use the labels, mapped exactly;
- free text (messages, sign summaries, caveats, notes, examples, source warnings) has mentions of
  the names replaced: each full name and each part of it of two or more letters (first name,
  surname), case-insensitive, whole words only; a name part shared by two people becomes
  "[name]"; and phone numbers (a ``+`` and 7-15 digits, or 9-15 digits, in groups separated by
  spaces, dots, dashes or brackets) become "[phone]";
- the source's file names become ``chat-1.txt``, ``chat-2.txt``, ... (suffix kept) and its chat
  name "Chat", since export names usually carry a person's name.

Names of people who are not participants are not detected (the report says so).
Labels follow the order of ``all_participants``: A..Z, then AA, AB, ...
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import pandas as pd

from analyzer.result import Analysis

PHONE = re.compile(
    r"(?<![\w+])(?:\+\d[\d\s().\-]{5,}\d|\(?\d[\d\s().\-]{7,}\d)(?![\w])"
)
_NAME_PART = re.compile(r"[^\W\d_]{2,}")


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


_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _phone(match: re.Match) -> str:
    found = match.group(0)
    if _DATE.search(found):  # "12.03.2024 10:30" is a date, not a number to hide
        return found
    digits = sum(c.isdigit() for c in found)
    plus = found.startswith("+")
    if (plus and 7 <= digits <= 15) or 9 <= digits <= 15:
        return "[phone]"
    return match.group(0)


def make_scrubber(mapping: Mapping[str, str]) -> Callable[[str], str]:
    """A function replacing names (see the module docstring) and phone numbers in a string."""
    targets: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for name, label in mapping.items():
        full = " ".join(str(name).split())
        if full:
            targets[full.casefold()] = label
        for part in _NAME_PART.findall(full):
            owners.setdefault(part.casefold(), set()).add(label)
    for part, labels in owners.items():
        if part not in targets:
            targets[part] = labels.pop() if len(labels) == 1 else "[name]"
    if targets:
        alternatives = "|".join(re.escape(t) for t in sorted(targets, key=len, reverse=True))
        names = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    else:
        names = None

    def scrub(text: str) -> str:
        if not isinstance(text, str) or not text:
            return text
        out = PHONE.sub(_phone, text)
        if names is not None:
            out = names.sub(lambda m: targets.get(" ".join(m.group(0).split()).casefold(),
                                                  m.group(0)), out)
        return out

    return scrub


def _map_exact(series: pd.Series, mapping: Mapping[str, str]) -> pd.Series:
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        renamed = [mapping.get(str(c), c) for c in cats]
        if len(set(renamed)) == len(renamed):
            return series.cat.rename_categories(renamed)
        series = series.astype("object")
    return series.map(lambda v: mapping.get(v, v) if isinstance(v, str) else v)


def _scrub_text(series: pd.Series, scrub: Callable[[str], str]) -> pd.Series:
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = [scrub(str(c)) for c in series.cat.categories]
        if len(set(cats)) == len(cats):
            return series.cat.rename_categories(cats)
        series = series.astype("object")
    if pd.api.types.is_string_dtype(series.dtype) and not series.dtype == object:
        return series.map(scrub, na_action="ignore").astype(series.dtype)
    return series.map(lambda v: scrub(v) if isinstance(v, str) else v)


def _frame(frame: pd.DataFrame, mapping: Mapping[str, str], exact: Sequence[str],
           text: Sequence[str] = (), scrub: Callable[[str], str] | None = None) -> pd.DataFrame:
    changes = {c: _map_exact(frame[c], mapping) for c in exact if c in frame.columns}
    if scrub is not None:
        changes.update({c: _scrub_text(frame[c], scrub) for c in text if c in frame.columns})
    return frame.assign(**changes) if changes else frame


def anonymize_analysis(result: Analysis) -> Analysis:
    """A copy of ``result`` with every participant's name replaced (module docstring)."""
    mapping = labels_for(result.all_participants)
    scrub = make_scrubber(mapping)

    def exact(name: str | None) -> str | None:
        return mapping.get(name, name) if name else name

    m = result.measures
    measures = replace(
        m,
        values=_frame(m.values, mapping, ["participant"]),
        weekly=_frame(m.weekly, mapping, ["participant"]),
        pairwise=_frame(m.pairwise, mapping, ["author", "to_author"]),
        disclosures=_frame(m.disclosures, mapping, ["author", "responder"]),
    )
    signs = tuple(
        replace(
            s,
            who=exact(s.who),
            summary=scrub(s.summary),
            caveat=scrub(s.caveat),
            evidence=tuple(replace(e, participant=exact(e.participant) or "",
                                   note=scrub(e.note)) for e in s.evidence),
            examples=tuple(replace(x, author=exact(x.author) or "", text=scrub(x.text))
                           for x in s.examples),
        )
        for s in result.signs
    )
    src = result.source
    files = [f"chat-{i + 1}{os.path.splitext(f)[1]}" for i, f in enumerate(src.files)]
    source = replace(src, files=files, chat_name="Chat" if src.chat_name else "",
                     warnings=[scrub(w) for w in src.warnings], lines=src.lines)
    settings = result.settings
    if settings.pair:
        settings = settings.with_(pair=tuple(mapping.get(p, p) for p in settings.pair))
    settings = settings.with_(anonymize=True)
    messages = _frame(result.messages, mapping, ["author"], ["text"], scrub)
    if "source_file" in messages.columns:
        renamed = dict(zip(src.files, files, strict=True))
        cats = messages["source_file"].astype("category")
        new = [renamed.get(str(c)) or scrub(os.path.basename(str(c))) for c in cats.cat.categories]
        if len(set(new)) == len(new):
            messages = messages.assign(source_file=cats.cat.rename_categories(new))
        else:
            messages = messages.assign(source_file=pd.Categorical(
                cats.map(dict(zip(cats.cat.categories, new, strict=True))).astype("object")))
    return replace(
        result,
        source=source,
        settings=settings,
        participants=tuple(mapping.get(p, p) for p in result.participants),
        all_participants=tuple(mapping[p] for p in result.all_participants),
        messages=messages,
        turns=_frame(result.turns, mapping, ["author"]),
        sessions=_frame(result.sessions, mapping, ["initiator"]),
        replies=_frame(result.replies, mapping, ["author", "to_author"]),
        measures=measures,
        signs=signs,
    )
