"""Write the bundled sample chats (WhatsApp exports this project composes itself).

Usage::

    python sample_chats/make_samples.py [--out DIR] [--stats]
    python sample_chats/make_samples.py --language pt [--out DIR]   # sample_chats/pt/

Standard library only and deterministic: every file has its own fixed seed, nothing depends on
hash order or the clock, so running it twice gives byte-identical files. The committed files in
``sample_chats/`` are its output; ``tests/test_sample_chats.py`` checks that they match.

How a chat is made:

* ``pools.py`` holds hand-written exchanges (a few messages between roles ``X``/``Y`` or, in
  groups, ``A``..``D`` and ``M``), grouped by kind ("light", "deep", "good_news", ...). Each
  scenario draws from its own kinds; a pool is shuffled and used in order, so an exchange only
  comes back once the whole pool has been used.
* Template syntax, one message per line: ``X: text``; ``+ text`` continues the previous message
  on a new line (a multi-line message); ``<media>`` and ``<deleted>`` are placeholders;
  ``{a|b|c}`` picks one alternative; ``{place}`` fills a value from :data:`pools.VALUES` (the same
  value throughout one exchange); ``{VALIDATE}``-style upper-case names draw a fresh fragment from
  :data:`pools.FRAGMENTS`; ``{X}``/``{Y}`` are the first names of the people in those roles. A
  line ``~~~`` splits an exchange: what follows is told in a later session (a follow-up, one to
  three days on).
* A timeline walks day by day: whether the pair talks that day, how many sessions, when (evenings
  weighted), then replies within minutes inside a session (other author: a log-normal gap with a
  scenario's median; same author: seconds). Sessions are at least 2.5 hours apart.
* Renderers write Android en-GB (24 h) or iOS en-US (12 h, seconds, U+202F before AM/PM, U+200E
  before attachment lines) text; the zip is written with fixed member dates.
* ``--language xx`` writes the chats ``locale_xx.py`` names in that language: the English draw is
  replayed (same days, times, speakers, order) and every message is taken from the same place in
  ``pools_xx.py``, filled and styled with the language's own random streams, so the English files
  do not change. ``{X:o/a}`` in a translation is an ending that agrees with the person in role X
  (``locale_xx.PEOPLE`` gives each person's gender).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import io
import json
import math
import random
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pools  # noqa: E402  (the hand-written material, next to this file)
import verdicts  # noqa: E402  (what a careful reader concludes about each chat)

ENCRYPTION = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them."
)
ANDROID_ENCRYPTION = ENCRYPTION + " Tap to learn more."
LRM = "\u200e"
NNBSP = "\u202f"


# --------------------------------------------------------------------------- messages


@dataclass
class Msg:
    """One message as it will be written. ``author`` is None for system notices."""

    when: datetime
    author: str | None
    text: str
    kind: str = "text"  # text | media | deleted | call (iOS only) | system
    media: str = "image"  # for iOS: image | video | audio | sticker | GIF
    alt: str | None = None  # the same message in another language (see Voice); "" = left out


@dataclass
class Line:
    role: str
    text: str


@dataclass
class Exchange:
    parts: list[list[Line]]


_LINE = re.compile(r"^([A-Z]):\s?(.*)$")


def parse_exchange(src: str) -> Exchange:
    """Turn a pool string into an exchange (see the module docstring for the syntax)."""
    parts: list[list[Line]] = [[]]
    for raw in src.strip("\n").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == "~~~":
            parts.append([])
            continue
        if line.startswith("+ ") or line == "+":
            if not parts[-1]:
                raise ValueError(f"continuation without a message: {src!r}")
            parts[-1][-1].text += "\n" + line[2:]
            continue
        m = _LINE.match(line)
        if not m:
            raise ValueError(f"bad pool line {line!r} in {src[:60]!r}")
        parts[-1].append(Line(m.group(1), m.group(2)))
    return Exchange([p for p in parts if p])


class Pool:
    """A shuffled cycle over a list of exchanges: no repeat until all were used."""

    def __init__(
        self, name: str, items: list[str], rng: random.Random, ordered: bool = False
    ) -> None:
        if not items:
            raise ValueError(f"pool {name} is empty")
        self.name = name
        self.items = [parse_exchange(s) for s in items]
        self.rng = rng
        self.ordered = ordered  # tell a story in order (a crisis), once, instead of shuffling
        self.told = False
        self.order: list[int] = []

    def draw(self) -> Exchange | None:
        """The next exchange; an ordered pool (a story) is told once, then gives None."""
        if not self.order:
            if self.ordered and self.told:
                return None
            self.order = list(range(len(self.items)))
            if self.ordered:
                self.order.reverse()
                self.told = True
            else:
                self.rng.shuffle(self.order)
        return self.items[self.order.pop()]


_SLOT = re.compile(r"\{([^{}]*)\}")


class Filler:
    """Fills ``{...}`` in a template; values stay the same within one exchange."""

    def __init__(
        self,
        rng: random.Random,
        values: dict[str, list[str]],
        fragments: dict[str, list[str]] | None = None,
        base: dict[str, list[str]] | None = None,
    ) -> None:
        self.rng = rng
        self.values = values
        self.fragments = {**(pools.FRAGMENTS if base is None else base), **(fragments or {})}
        self.fragment_cycles: dict[str, list[str]] = {}
        self.today = date(2024, 1, 1)  # the composer sets this before each session

    def dated(self, key: str, cache: dict[str, str]) -> str | None:
        """Slots that depend on the day: {day} (a weekday 1-4 days ahead; the offset is kept so
        that a follow-up comes after it), {month} (1-3 months ahead), {month_now}, {month_past}."""
        if key == "day":
            offset = self.rng.randint(1, 4)
            cache["_day_offset"] = str(offset)
            return self.weekday(self.today + timedelta(days=offset))
        month = {
            "month": self.rng.randint(1, 3),
            "month_now": 0,
            "month_past": -self.rng.randint(1, 3),
        }.get(key)
        if month is None:
            return None
        m = (self.today.month - 1 + month) % 12 + 1
        return self.month_name(m)

    def weekday(self, d: date) -> str:
        return d.strftime("%A")

    def month_name(self, m: int) -> str:
        return date(2024, m, 1).strftime("%B")

    def agree(self, key: str) -> str:
        """``{X:o/a}``: an ending that agrees with the person in role X (languages whose
        adjectives agree with the speaker; a VoiceFiller knows the genders)."""
        raise KeyError(f"unknown slot {key!r}")

    def fragment(self, name: str) -> str:
        cyc = self.fragment_cycles.get(name)
        if not cyc:
            cyc = list(self.fragments[name])
            self.rng.shuffle(cyc)
            self.fragment_cycles[name] = cyc
        return cyc.pop()

    def fill(self, text: str, cache: dict[str, str], names: dict[str, str]) -> str:
        for _ in range(8):
            if "{" not in text:
                break

            def sub(m: re.Match[str]) -> str:
                key = m.group(1)
                if "|" in key:
                    return self.rng.choice(key.split("|"))
                if ":" in key:
                    return self.agree(key)
                if key in names:
                    return names[key]
                if key in self.fragments:
                    return self.fragment(key)
                if key in cache:
                    return cache[key]
                value = self.dated(key, cache)
                if value is not None:
                    cache[key] = value
                    return value
                base = key.rstrip("0123456789")
                if base in self.values:
                    if key not in cache:
                        options = [v for v in self.values[base] if v not in cache.values()]
                        cache[key] = self.rng.choice(options or self.values[base])
                    return cache[key]
                raise KeyError(f"unknown slot {key!r}")

            text = _SLOT.sub(sub, text)
        return text


# --------------------------------------------------------------------------- people


@dataclass
class Person:
    name: str
    first: str = ""
    lowercase: float = 0.0  # chance a message is typed all lower case
    no_caps_start: float = 0.3  # chance the first letter is not capitalised
    drop_stop: float = 0.6  # chance a final full stop is dropped
    emoji: tuple[str, ...] = ()
    emoji_rate: float = 0.0
    reply_factor: float = 1.0  # multiplies the session's reply-time median when this person replies
    typo_rate: float = 0.02  # chance a light message gets a slip of the thumb
    laughs: tuple[str, ...] = (" lol",)  # a laugh at the end that an emoji may replace

    def __post_init__(self) -> None:
        if not self.first:
            self.first = self.name.split()[0]

    def style(self, text: str, rng: random.Random, emoji_ok: bool = True) -> str:
        if text.startswith("<"):
            return text
        if self.lowercase and rng.random() < self.lowercase:
            text = text.lower()
        elif text[:1].isupper() and not text.split(" ")[0].isupper():
            if rng.random() < self.no_caps_start:
                text = text[0].lower() + text[1:]
        if text.endswith(".") and not text.endswith("..") and rng.random() < self.drop_stop:
            text = text[:-1]
        if emoji_ok and self.emoji and "\n" not in text:
            # habitual emoji where people put them: after excitement, or instead of "lol"
            if text.endswith("!!") and rng.random() < self.emoji_rate * 4:
                text = text + " " + rng.choice(self.emoji)
            elif (laugh := next((x for x in self.laughs if text.endswith(x)), "")) and (
                rng.random() < 0.35
            ):
                text = text[: -len(laugh)] + " 😂"
        return text


# --------------------------------------------------------------------------- timeline


@dataclass
class SessionPlan:
    """What a scenario asks of one session."""

    kinds: list[str]  # pool kinds, in order
    roles: dict[str, str] = field(default_factory=dict)  # fixed role -> person name
    reply_median_min: float = 1.5
    reply_max_min: float = 45.0


@dataclass
class Spec:
    """One chat: who, when, how sessions are made, how it is written."""

    filename: str
    people: list[Person]
    start: date
    days: int
    seed: int
    fmt: str  # android | ios
    day_active: Callable[[int, random.Random], float]  # day index -> chance of a session
    sessions: Callable[[int, random.Random], list[SessionPlan]]  # day index -> plans
    pools: dict[str, list[str]]
    values: dict[str, list[str]]
    role_pool: tuple[str, ...] = ("X", "Y")
    system: list[tuple[int, str]] = field(default_factory=list)  # (message index, notice)
    chat_name: str = ""  # iOS: the first line's author
    post: Callable[[list[Msg], random.Random], list[Msg]] | None = None  # final touches
    fragments: dict[str, list[str]] | None = None  # replacements for pools.FRAGMENTS
    alternate: tuple[str, ...] = ()  # kinds whose X takes turns between the two people
    after_story: dict[str, str] = field(default_factory=dict)  # told story kind -> kind instead


HOUR_WEIGHTS_WEEKDAY = {
    7: 2,
    8: 4,
    9: 2,
    10: 1,
    11: 1,
    12: 4,
    13: 4,
    14: 1,
    15: 1,
    16: 1,
    17: 3,
    18: 5,
    19: 8,
    20: 11,
    21: 12,
    22: 9,
    23: 3,
}
HOUR_WEIGHTS_WEEKEND = {
    9: 2,
    10: 4,
    11: 5,
    12: 5,
    13: 4,
    14: 4,
    15: 3,
    16: 3,
    17: 3,
    18: 4,
    19: 6,
    20: 8,
    21: 9,
    22: 7,
    23: 3,
}


def pick_hour(rng: random.Random, weekend: bool) -> int:
    table = HOUR_WEIGHTS_WEEKEND if weekend else HOUR_WEIGHTS_WEEKDAY
    hours = list(table)
    return rng.choices(hours, weights=[table[h] for h in hours])[0]


def reply_gap(rng: random.Random, median_min: float, max_min: float) -> timedelta:
    minutes = median_min * math.exp(rng.gauss(0.0, 0.9))
    minutes = min(max(minutes, 0.15), max_min)
    return timedelta(seconds=round(minutes * 60))


def same_author_gap(rng: random.Random, text: str) -> timedelta:
    seconds = 4 + rng.random() * 25 + min(len(text), 200) * 0.25
    return timedelta(seconds=round(seconds))


@dataclass
class Inst:
    """One use of an exchange: its role mapping and slot values, shared by its later parts."""

    kind: str
    mapping: dict[str, str] | None = None
    cache: dict[str, str] = field(default_factory=dict)
    ex: Exchange | None = None  # the exchange drawn
    alt: Exchange | None = None  # the same exchange in the other language (see Voice)
    alt_cache: dict[str, str] = field(default_factory=dict)


NIGHT_ONLY = re.compile(r"\{BYE\}|\b(bed|sleep|evening|gn|passing out)\b|(?<!last )\bnight\b", re.I)
MORNING_ONLY = re.compile(r"^[A-Z]: (good )?morning", re.I)
# (pattern anywhere in the exchange's first part, earliest hour, latest hour)
HOURS: tuple[tuple[re.Pattern[str], int, int], ...] = tuple(
    (re.compile(p, re.I), lo, hi)
    for p, lo, hi in (
        (r"sunset|the sky tonight", 16, 21),
        (r"finished work early", 12, 16),
        (r"it's 10am", 9, 11),
        (
            r"bored at work|coworker just|in a meeting|at this spreadsheet|from the office|"
            r"at work today|at my desk|what time are you finishing|on hold for|sent home with|"
            r"fire alarm test|got to dash, meeting|gotta run, meeting",
            8,
            17,
        ),
        (r"for tea|dinner's ready|home soon\?|be home at|did you eat today|tonight", 15, 21),
    )
)


def time_fits(ex: Exchange, hour: int) -> bool:
    """Keep greetings, goodnights, work talk and tea-time talk at plausible hours."""
    first = ex.parts[0]
    text = "\n".join(f"{ln.role}: {ln.text}" for ln in first)
    head = f"{first[0].role}: {first[0].text}"
    if MORNING_ONLY.search(head):
        return 6 <= hour <= 11
    if NIGHT_ONLY.search(head) or (len(first) <= 3 and NIGHT_ONLY.search(text)):
        return hour >= 21 or hour <= 1
    for pattern, lo, hi in HOURS:
        if pattern.search(text):
            return lo <= hour <= hi
    return True


KEYBOARD_NEIGHBOURS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        [
            "wa",
            "qes",
            "wrd",
            "etf",
            "ryg",
            "tuh",
            "yij",
            "uok",
            "ipl",
            "o",
            "qsz",
            "awdx",
            "sefc",
            "drgv",
            "fthb",
            "gyjn",
            "hukm",
            "jil",
            "ko",
            "asx",
            "zsdc",
            "xdfv",
            "cfgb",
            "vghn",
            "bhjm",
            "njk",
        ],
        strict=True,
    )
)


def typo(text: str, rng: random.Random) -> tuple[str, str | None]:
    """A slip of the thumb in one longer word of a light message: swapped, doubled, dropped or
    neighbouring letter. Returns the new text and the intended word (for a '*word' correction)."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not spots or "\n" in text:
        return text, None
    i = rng.choice(spots)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    how = rng.randrange(4)
    if how == 0:
        bad = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif how == 1:
        bad = w[:k] + w[k] + w[k:]
    elif how == 2:
        bad = w[:k] + w[k + 1 :]
    else:
        bad = w[:k] + rng.choice(KEYBOARD_NEIGHBOURS.get(w[k], w[k])) + w[k + 1 :]
    if bad == w:
        return text, None
    words[i] = bad
    return " ".join(words), w


# light kinds, where a person's habitual emoji may be added at the end of a message
EMOJI_KINDS = {
    "light",
    "open",
    "close",
    "couple",
    "news",
    "group",
    "others",
    "short",
    "anec",
    "g_open",
    "seq_trip",
    "day",
    "seq_short",
    "mono",
    "react",
    "logi",
    "sopen",
    "mid",
}


OPEN_KINDS = ("open", "sopen", "g_open")
HOW_ARE_YOU = re.compile(r"how('s| is| was| are) (your|you|things|it going)|\byou\?$")
OFFER = re.compile(
    r"^(want|do you want|shall i|should i|can i|could i|would you like)\b|"
    r"\b(want me to|do you want)\b"
)


ENGLISH_MONTHS = [date(2024, m, 1).strftime("%B") for m in range(1, 13)]


class VoiceFiller(Filler):
    """Fills a translated template. Weekdays and months follow what the English draw gave
    (``source``, the English exchange's slot values), so that "on Thursday" and its follow-up
    fall on the same days in every language."""

    def __init__(
        self,
        rng: random.Random,
        values: dict[str, list[str]],
        fragments: dict[str, list[str]] | None,
        base: dict[str, list[str]],
        weekdays: list[str],
        months: list[str],
    ) -> None:
        super().__init__(rng, values, fragments, base)
        self.weekdays = weekdays  # Monday first
        self.months = months  # January first
        self.source: dict[str, str] = {}
        self.genders: dict[str, str] = {}  # role -> "m" or "f", for {X:o/a}

    def agree(self, key: str) -> str:
        role, _, forms = key.partition(":")
        masculine, _, feminine = forms.partition("/")
        if role not in self.genders:
            raise KeyError(f"unknown slot {key!r}")
        return feminine if self.genders[role] == "f" else masculine

    def dated(self, key: str, cache: dict[str, str]) -> str | None:
        src = self.source
        if key == "day" and "_day_offset" in src:
            cache["_day_offset"] = src["_day_offset"]
            return self.weekday(self.today + timedelta(days=int(src["_day_offset"])))
        if key in ("month", "month_now", "month_past") and key in src:
            return self.months[ENGLISH_MONTHS.index(src[key])]
        return super().dated(key, cache)

    def weekday(self, d: date) -> str:
        return self.weekdays[d.weekday()]

    def month_name(self, m: int) -> str:
        return self.months[m - 1]


@dataclass
class Voice:
    """The same chat in another language: every exchange drawn from the English pools has its
    translation at the same place in ``pools``; the English draw decides the timeline, the roles
    and the slots that carry time, and the translation is filled and styled with its own random
    streams (so English output does not change when a language is added)."""

    lang: str
    pools: dict[str, list[Exchange]]  # kind -> translated exchanges, parallel to spec.pools
    filler: VoiceFiller
    people: dict[str, Person]  # English name -> the same person in this language
    genders: dict[str, str]  # English name -> "m" or "f" (for endings that agree, {X:o/a})
    rng: random.Random  # styles and typos of the translated text


class Composer:
    """Builds the message list of one chat from its spec."""

    def __init__(self, spec: Spec, voice: Voice | None = None) -> None:
        self.spec = spec
        self.voice = voice
        self.rng = random.Random(spec.seed)  # the timeline: which days, how many sessions, when
        self.grng = random.Random(f"{spec.seed}-gaps")  # reply times inside a session
        self.crng = random.Random(f"{spec.seed}-content")  # roles, styles, typos
        self.pools = {
            k: Pool(k, v, random.Random(f"{spec.seed}-{k}"), ordered=k.startswith("seq_"))
            for k, v in spec.pools.items()
        }
        self.filler = Filler(random.Random(f"{spec.seed}-fill"), spec.values, spec.fragments)
        self.people = {p.name: p for p in spec.people}
        self.pending: list[tuple[int, Inst, list[Line]]] = []
        self.turns: dict[str, int] = {}  # kind -> uses, for spec.alternate

    def assign_roles(self, role_list: list[str], fixed: dict[str, str]) -> dict[str, str]:
        roles = sorted(set(role_list))
        names = [p.name for p in self.spec.people]
        mapping: dict[str, str] = {}
        free = [n for n in names if n not in fixed.values()]
        self.crng.shuffle(free)
        for r in roles:
            if r in fixed:
                mapping[r] = fixed[r]
            else:
                mapping[r] = free.pop() if free else self.crng.choice(names)
        return mapping

    def draw_fitting(self, kind: str, hour: int) -> Exchange | None:
        """Draw from a pool, passing over exchanges that do not suit the time of day
        (None when nothing suits: the session goes without it)."""
        pool = self.pools[kind]
        if pool.ordered:
            return pool.draw()  # a story is told in order, whatever the hour
        skipped: list[int] = []
        found = None
        for _ in range(min(8, len(pool.items))):
            ex = pool.draw()
            assert ex is not None
            if time_fits(ex, hour):
                found = ex
                break
            skipped.append(pool.items.index(ex))
        pool.order.extend(reversed(skipped))  # passed-over ones come back next
        return found

    def session_lines(
        self, day: int, plan: SessionPlan, hour: int
    ) -> list[tuple[str, str, int, str, str | None]]:
        """(author, text, exchange number, kind, translation or None) for one session."""
        self.filler.today = self.spec.start + timedelta(days=day)
        due = [p for p in self.pending if p[0] <= day]
        self.pending = [p for p in self.pending if p[0] > day]
        now: list[tuple[Inst, list[Line]]] = []
        for kind in plan.kinds:
            ex = self.draw_fitting(kind, hour)
            if ex is None and kind in self.spec.after_story:
                kind = self.spec.after_story[kind]  # the story is over: everyday talk instead
                ex = self.draw_fitting(kind, hour)
            if ex is None:
                continue
            inst = Inst(kind, ex=ex)
            if self.voice:
                items = self.pools[kind].items
                inst.alt = self.voice.pools[kind][next(i for i, e in enumerate(items) if e is ex)]
            now.append((inst, ex.parts[0]))
            first_text = " ".join(ln.text for ln in ex.parts[0])
            gap = 1 if "tomorrow" in first_text else self.crng.randint(1, 3)
            for later in ex.parts[1:]:
                self.pending.append((day + gap, inst, later))
        # follow-ups come right after the session's opener, if it has one
        at = 1 if plan.kinds and plan.kinds[0] in OPEN_KINDS else 0
        for _d, inst, lines in due:
            now.insert(at, (inst, lines))
            at += 1
        out: list[tuple[str, str, int, str, str | None]] = []
        prev_last: tuple[str, str] | None = None  # (author, text) ending the previous exchange
        prev_kind = ""
        opener: str | None = None
        for seq, (inst, lines) in enumerate(now):
            if inst.mapping is None:
                fixed = dict(plan.roles)
                first = lines[0].role
                if inst.kind in self.spec.alternate and "X" not in fixed:
                    # both people disclose and bring news, in turn
                    n = self.turns.get(inst.kind, 0)
                    self.turns[inst.kind] = n + 1
                    fixed["X"] = self.spec.people[(n + self.spec.seed) % 2].name
                if prev_last and prev_last[1].rstrip().endswith("?") and first not in fixed:
                    others = [p.name for p in self.spec.people if p.name != prev_last[0]]
                    if len(others) == 1 and others[0] not in fixed.values():
                        fixed[first] = others[0]  # the one who was asked speaks next
                elif opener and first not in fixed and opener not in fixed.values():
                    fixed[first] = opener  # whoever said hello has something to say
                roles = [ln.role for ln in lines]
                inst.mapping = self.assign_roles(roles + self.later_roles(inst), fixed)
            names = {r: self.people[n].first for r, n in inst.mapping.items()}
            starter = inst.mapping[lines[0].role]
            if (
                prev_last
                and prev_last[1].rstrip().endswith("?")
                and starter != prev_last[0]
                and len(self.spec.people) == 2
            ):
                # answer the question that ended the last exchange before changing the subject
                q = prev_last[1].lower()
                frag = "ANSWER" if HOW_ARE_YOU.search(q) else "QREPLY" if OFFER.search(q) else None
                if frag:
                    alt = self.voice.filler.fragment(frag) if self.voice else None
                    out.append((starter, self.filler.fragment(frag), seq, prev_kind, alt))
            had_offset = "_day_offset" in inst.cache
            start = len(out)
            for ln in lines:
                author = inst.mapping[ln.role]
                text = self.filler.fill(ln.text, inst.cache, names)
                out.append((author, text, seq, inst.kind, None))
                prev_last = (author, text)
            if self.voice:
                self.translate_part(inst, lines, out, start)
            prev_kind = inst.kind
            opener = inst.mapping[lines[0].role] if inst.kind in OPEN_KINDS else None
            if not had_offset and "_day_offset" in inst.cache:
                # "the interview on Thursday": its follow-up comes on Thursday or the day after
                due = day + int(inst.cache["_day_offset"]) + self.crng.randint(0, 1)
                self.pending = [
                    (due, i, ls) if i is inst else (d, i, ls) for d, i, ls in self.pending
                ]
        return out

    def translate_part(self, inst: Inst, lines: list[Line], out: list[tuple], start: int) -> None:
        """Fill the translation of the part just written (out[start:]) into each entry's slot."""
        voice = self.voice
        assert voice and inst.ex and inst.alt and inst.mapping
        part = next(i for i, p in enumerate(inst.ex.parts) if p is lines)
        voice.filler.today = self.filler.today
        voice.filler.source = inst.cache
        names = {r: voice.people[n].first for r, n in inst.mapping.items()}
        voice.filler.genders = {r: voice.genders[n] for r, n in inst.mapping.items()}
        for j, ln in enumerate(inst.alt.parts[part]):
            text = voice.filler.fill(ln.text, inst.alt_cache, names)
            out[start + j] = out[start + j][:4] + (text,)

    def later_roles(self, inst: Inst) -> list[str]:
        return [ln.role for _d, i, lines in self.pending if i is inst for ln in lines]

    def build(self) -> list[Msg]:
        spec = self.spec
        msgs: list[Msg] = []
        last = datetime.combine(spec.start, datetime.min.time()) + timedelta(hours=8)
        for day in range(spec.days):
            d = spec.start + timedelta(days=day)
            if self.rng.random() >= spec.day_active(day, self.rng):
                continue
            plans = spec.sessions(day, self.rng)
            weekend = d.weekday() >= 5
            hours = sorted(pick_hour(self.rng, weekend) for _ in plans)
            for plan, hour in zip(plans, hours, strict=True):
                t = datetime.combine(d, datetime.min.time()) + timedelta(
                    hours=hour, minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59)
                )
                t = max(t, last + timedelta(hours=2, minutes=30 + self.rng.randint(0, 40)))
                if t.date() != d or t.hour == 23 and t.minute > 30:
                    continue  # too late in the day for another conversation
                lines = self.session_lines(day, plan, t.hour)
                prev_author = None
                prev_seq = 0
                for i, (author, text, seq, kind, alt) in enumerate(lines):
                    if i:
                        if author == prev_author:
                            t += same_author_gap(self.grng, text)
                        else:
                            factor = self.people[author].reply_factor
                            t += reply_gap(
                                self.grng, plan.reply_median_min * factor, plan.reply_max_min
                            )
                        if seq != prev_seq:  # a new topic: a pause first
                            t += timedelta(seconds=self.grng.randint(60, 900))
                    light = kind in EMOJI_KINDS
                    fix = alt_fix = None
                    if light and self.crng.random() < self.people[author].typo_rate:
                        text, fix = typo(text, self.crng)
                        if self.voice and alt is not None:
                            alt, alt_fix = typo(alt, self.voice.rng)
                    msgs.append(self.make(t, author, text, light, alt))
                    if fix and self.crng.random() < 0.35:
                        t += timedelta(seconds=self.grng.randint(4, 20))
                        # the correction (left out of a translation that made no slip)
                        msgs.append(Msg(t, author, "*" + fix, alt="*" + alt_fix if alt_fix else ""))
                    prev_author, prev_seq = author, seq
                last = t
        for index, notice in sorted(spec.system, key=lambda x: -x[0]):
            index = min(index, len(msgs))
            when = msgs[index].when - timedelta(seconds=40) if index < len(msgs) else last
            if index:
                when = max(when, msgs[index - 1].when)
            msgs.insert(index, Msg(when, None, notice, "system"))
        if spec.post:
            msgs = spec.post(msgs, self.rng)
        return msgs

    def make(
        self, when: datetime, author: str, text: str, emoji_ok: bool, alt: str | None = None
    ) -> Msg:
        person = self.people[author]
        if text.startswith("<media"):
            kind = text[7:-1] or "image"
            return Msg(when, author, "", "media", kind)
        if text == "<deleted>":
            return Msg(when, author, "", "deleted")
        if text == "<call>":
            return Msg(when, author, "", "call")
        msg = Msg(when, author, person.style(text, self.crng, emoji_ok))
        if self.voice and alt is not None:
            msg.alt = self.voice.people[author].style(alt, self.voice.rng, emoji_ok)
        return msg


# --------------------------------------------------------------------------- renderers


IOS_MEDIA = {
    "image": "image omitted",
    "video": "video omitted",
    "audio": "audio omitted",
    "sticker": "sticker omitted",
    "gif": "GIF omitted",
}


@dataclass(frozen=True)
class Formats:
    """How WhatsApp writes an export in one language (English by default; a language's
    ``locale_<lang>.py`` gives its own as ``FORMATS``)."""

    android_stamp: str = "%d/%m/%Y, %H:%M"
    ios_stamp: str = ""  # a strftime pattern; empty: en-US 12-hour with U+202F before AM/PM
    android_encryption: str = ANDROID_ENCRYPTION
    ios_encryption: str = ENCRYPTION
    media: str = "<Media omitted>"
    deleted_android: str = "This message was deleted"
    deleted_ios: str = "This message was deleted."
    missed_call: str = "Missed voice call"
    ios_media: dict[str, str] = field(default_factory=lambda: dict(IOS_MEDIA))


ENGLISH = Formats()


def strftime12(t: datetime, pattern: str) -> str:
    """``t.strftime(pattern)``, where ``{h}`` is the 12-hour clock's hour without a leading zero
    and ``{am}`` / ``{AM}`` is the period in lower / upper case (strftime has no portable
    directive for either; locales such as en-IN write "9:41 pm")."""
    if "{" in pattern:
        pattern = (
            pattern.replace("{h}", str(t.hour % 12 or 12))
            .replace("{am}", "am" if t.hour < 12 else "pm")
            .replace("{AM}", "AM" if t.hour < 12 else "PM")
        )
    return t.strftime(pattern)


def android_stamp(t: datetime, fmt: Formats = ENGLISH) -> str:
    return strftime12(t, fmt.android_stamp)


def render_android(msgs: list[Msg], start: datetime, fmt: Formats = ENGLISH) -> str:
    out = [f"{android_stamp(start, fmt)} - {fmt.android_encryption}"]
    for m in msgs:
        head = android_stamp(m.when, fmt)
        if m.kind == "system":
            out.append(f"{head} - {m.text}")
        elif m.kind == "media":
            out.append(f"{head} - {m.author}: {fmt.media}")
        elif m.kind == "deleted":
            out.append(f"{head} - {m.author}: {fmt.deleted_android}")
        elif m.kind == "call":
            raise ValueError("Android exports leave calls out: use <call> in iOS chats only")
        else:
            out.append(f"{head} - {m.author}: {m.text}")
    return "\n".join(out) + "\n"


def ios_stamp(t: datetime, fmt: Formats = ENGLISH) -> str:
    if fmt.ios_stamp:
        return strftime12(t, fmt.ios_stamp)
    hour = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"[{t.month}/{t.day}/{t:%y}, {hour}:{t:%M:%S}{NNBSP}{ampm}]"


def render_ios(msgs: list[Msg], start: datetime, chat_name: str, fmt: Formats = ENGLISH) -> str:
    out = [f"{ios_stamp(start, fmt)} {chat_name}: {LRM}{fmt.ios_encryption}"]
    for m in msgs:
        head = ios_stamp(m.when, fmt)
        if m.kind == "system":
            out.append(f"{LRM}{head} {chat_name}: {LRM}{m.text}")
        elif m.kind == "media":
            out.append(f"{LRM}{head} {m.author}: {LRM}{fmt.ios_media.get(m.media, m.media)}")
        elif m.kind == "deleted":
            out.append(f"{LRM}{head} {m.author}: {LRM}{fmt.deleted_ios}")
        elif m.kind == "call":
            out.append(f"{LRM}{head} {m.author}: {LRM}{fmt.missed_call}")
        else:
            out.append(f"{head} {m.author}: {m.text}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- scenarios

P = pools


def week(day: int) -> int:
    return day // 7


def pick(rng: random.Random, weights: dict[str, float], n: int) -> list[str]:
    kinds = list(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds], k=n)


def n_sessions(rng: random.Random, two: float, three: float = 0.0) -> int:
    r = rng.random()
    return 3 if r < three else 2 if r < three + two else 1


def steady(
    days_per_week: int, seed: int, weeks: int = 10, extra: frozenset[int] = frozenset()
) -> Callable[[int, random.Random], float]:
    """Talk on exactly this many (randomly chosen) days each week, plus the ``extra`` days: keeps
    every week of a scenario above the minimum a weekly measure needs."""
    rng = random.Random(seed)
    days = set(extra)
    for wk in range(weeks):
        days.update(rng.sample(range(wk * 7, wk * 7 + 7), days_per_week))
    return lambda day, _rng: 1.0 if day in days else 0.0


def framed(
    rng: random.Random,
    body: list[str],
    p_open: float,
    p_close: float,
    open_kind: str = "open",
    close_kind: str = "close",
) -> list[str]:
    kinds = list(body)
    if rng.random() < p_open:
        kinds.insert(0, open_kind)
    if rng.random() < p_close:
        kinds.append(close_kind)
    return kinds


def uk_core(light: int, deep: tuple[int, ...], news: int) -> dict[str, list[str]]:
    """The shared UK pools, sliced so that chats do not share their exchanges: ``light`` and
    ``news`` pick every other item (0 or 1), ``deep`` the items whose index mod 4 is listed."""
    return {
        "open": P.OPEN_UK,
        "close": P.CLOSE_UK,
        "anec": P.ANEC_EXCHANGES,
        "light": P.LIGHT_UK[light::2],
        "deep": [x for i, x in enumerate(P.DEEP_UK) if i % 4 in deep],
        "news": P.NEWS_UK[news::2],
    }


NOT_FOR_A_COUPLE = re.compile(r"single|the apps|plus one|since the baby|still have my", re.I)


def couple_only(pools_: dict[str, list[str]]) -> dict[str, list[str]]:
    """Leave out exchanges that would not fit two people who live together."""
    return {k: [x for x in v if not NOT_FOR_A_COUPLE.search(x)] for k, v in pools_.items()}


def spec_android() -> Spec:
    """Priya and Tom: a couple, balanced and fairly deep; the README's quick start."""
    repair_days = {17, 44}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for i in range(n_sessions(rng, 0.3)):
            if day in repair_days and i == 0:
                raiser = {17: "Tom", 44: "Priya"}[day]
                plans.append(SessionPlan(["repair"], roles={"X": raiser}, reply_median_min=1.3))
                continue
            body = pick(
                rng,
                {"light": 4, "anec": 1, "deep": 1.2, "news": 0.5, "couple": 1.6},
                rng.choice([1, 1, 2]),
            )
            plans.append(SessionPlan(framed(rng, body, 0.45, 0.35), reply_median_min=1.3))
        return plans

    return Spec(
        filename="android_en_gb.txt",
        people=[
            Person(
                "Priya",
                no_caps_start=0.15,
                drop_stop=0.5,
                emoji=("😂", "😊", "✨", "🙈"),
                emoji_rate=0.1,
            ),
            Person(
                "Tom",
                lowercase=0.75,
                drop_stop=0.9,
                typo_rate=0.06,
                emoji=("😂",),
                emoji_rate=0.05,
                reply_factor=1.3,
            ),
        ],
        start=date(2024, 1, 8),
        days=70,
        seed=101,
        fmt="android",
        day_active=lambda day, rng: 1.0 if day in repair_days else 0.68,
        sessions=sessions,
        pools={
            **couple_only(uk_core(0, (0, 3), 0)),
            "couple": P.COUPLE_UK,
            "repair": [P.REPAIR_UK[0], P.REPAIR_UK[4]],
        },
        alternate=("deep", "news"),
        system=[(260, "Your security code with Tom changed. Tap to learn more.")],
        values=P.VALUES_UK,
    )


def spec_balanced_deep() -> Spec:
    """Maya and Leon: close friends; both share, ask, follow up, validate, repair."""
    repair_days = {12, 33, 55}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for i in range(n_sessions(rng, 0.3)):
            if day in repair_days and i == 0:
                # the three complaints: Maya, then Leon, then Maya raises one
                raiser = {12: "Maya", 33: "Leon", 55: "Maya"}[day]
                plans.append(SessionPlan(["repair"], roles={"X": raiser}, reply_median_min=1.5))
                continue
            body = pick(
                rng, {"light": 3.2, "anec": 0.8, "deep": 1.7, "news": 0.6}, rng.choice([1, 1, 2])
            )
            plans.append(SessionPlan(framed(rng, body, 0.4, 0.35), reply_median_min=1.5))
        return plans

    return Spec(
        filename="scenarios/balanced_deep.txt",
        people=[
            Person("Maya", no_caps_start=0.2, emoji=("😂", "✨", "😅"), emoji_rate=0.1),
            Person(
                "Leon",
                lowercase=0.5,
                drop_stop=0.8,
                typo_rate=0.05,
                emoji=("😂", "🙌"),
                emoji_rate=0.05,
            ),
        ],
        start=date(2024, 2, 5),
        days=63,
        seed=202,
        fmt="android",
        day_active=steady(5, 2020, extra=frozenset(repair_days)),
        sessions=sessions,
        pools={**uk_core(1, (1, 2), 1), "repair": P.REPAIR_UK[1:4]}
        | {"deep": [x for i, x in enumerate(P.DEEP_UK) if i % 4 in (1, 2) or i == 0]},
        alternate=("deep", "news"),
        values=P.VALUES_UK,
    )


def spec_dominating() -> Spec:
    """Chris talks about himself at length; Ella answers in a word or two."""
    complaint_days = {24, 41, 53}
    roles = {"X": "Chris", "Y": "Ella"}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for i in range(n_sessions(rng, 0.35)):
            if day in complaint_days and i == 0:
                body = ["complaint"]
            else:
                body = pick(
                    rng, {"mono": 5, "react": 1.2, "short": 1.0, "bid": 1.3}, rng.choice([1, 1, 2])
                )
                if body[0] == "react":
                    body[0] = "mono"
            plans.append(SessionPlan(body, roles=roles, reply_median_min=1.5))
        return plans

    return Spec(
        filename="scenarios/dominating.txt",
        people=[
            Person(
                "Chris", no_caps_start=0.1, drop_stop=0.7, emoji=("💪", "😂", "🔥"), emoji_rate=0.06
            ),
            Person("Ella", lowercase=0.9, drop_stop=1.0, reply_factor=3.0),
        ],
        start=date(2024, 3, 4),
        days=63,
        seed=303,
        fmt="android",
        day_active=steady(4, 3030, extra=frozenset(complaint_days)),
        sessions=sessions,
        pools={
            "mono": P.DOM_MONO,
            "react": P.DOM_REACT,
            "short": P.DOM_SHORT,
            "bid": P.DOM_BID,
            "complaint": P.DOM_COMPLAINT,
        },
        values=P.VALUES_UK,
    )


def spec_dumping() -> Spec:
    """Leah offloads her problems week after week; Nina supports and is rarely heard."""
    roles = {"X": "Leah", "Y": "Nina"}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.45)):
            body = pick(
                rng, {"dump": 4, "shift": 1.4, "light": 2.2, "thanks": 0.4}, rng.choice([1, 1, 2])
            )
            plans.append(SessionPlan(body, roles=roles, reply_median_min=1.4))
        return plans

    return Spec(
        filename="scenarios/dumping_ground.txt",
        people=[
            Person("Leah", no_caps_start=0.3, emoji=("😂", "😅"), emoji_rate=0.08),
            Person("Nina", no_caps_start=0.2, emoji=("😂", "😊"), emoji_rate=0.1),
        ],
        start=date(2024, 1, 15),
        days=63,
        seed=404,
        fmt="android",
        day_active=steady(4, 4040),
        sessions=sessions,
        pools={
            "dump": P.DUMP,
            "shift": P.DUMP_SHIFT,
            "light": P.DUMP_LIGHT,
            "thanks": P.DUMP_THANKS,
        },
        values=P.VALUES_UK,
    )


def spec_waning() -> Spec:
    """Ollie and Jess: lively and deep at first, then fewer, shorter, slower messages."""

    # a little fewer talking days each week, and far less said on each
    plan_rng = random.Random(5050)
    active_days: set[int] = set()
    for wk, k in enumerate([7, 7, 6, 5, 5, 5, 5, 5, 5, 5]):
        active_days.update(plan_rng.sample(range(wk * 7, wk * 7 + 7), k))

    def active(day: int, rng: random.Random) -> float:
        return 1.0 if day in active_days else 0.0

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        wk = week(day)
        f = wk / 9  # 0 at the start, 1 in the last week
        weights = {
            "light": 3 * (1 - f) ** 2 + 0.1,
            "deep": 1.8 * (1 - f) ** 2,
            "news": 0.7 * (1 - f) ** 2,
            "mid": 4 * f * (1 - f),
            "min": 4 * f**1.5,
        }
        plans = []
        for _ in range(n_sessions(rng, 0.6 - 0.5 * f)):
            n = rng.choice([1, 2, 2]) if rng.random() > f else rng.choice([1, 2])
            body = framed(rng, pick(rng, weights, n), 0.5 * (1 - f), 0.4 * (1 - f))
            # later on, Ollie is usually the one who still starts conversations (disclosures
            # and news take turns between them, see alternate)
            ollie = rng.random() < 0.5 + 0.3 * f and not {"deep", "news"} & set(body)
            roles = {"X": "Ollie"} if ollie else {}
            plans.append(
                SessionPlan(body, roles=roles, reply_median_min=1.0 * 1.45**wk, reply_max_min=110)
            )
        return plans

    return Spec(
        filename="scenarios/waning_interest.txt",
        people=[
            Person("Ollie", no_caps_start=0.3, emoji=("😂", "🙌", "😅"), emoji_rate=0.08),
            Person(
                "Jess",
                lowercase=0.6,
                typo_rate=0.05,
                emoji=("😂",),
                emoji_rate=0.06,
                reply_factor=1.4,
            ),
        ],
        start=date(2024, 4, 1),
        days=70,
        seed=505,
        fmt="android",
        day_active=active,
        sessions=sessions,
        pools={**uk_core(1, (), 0), "deep": P.DEEP_UK_EXTRA, "mid": P.WANE_MID, "min": P.WANE_MIN},
        alternate=("deep", "news"),
        values=P.VALUES_UK,
    )


def spec_superficial() -> Spec:
    """Dan and Kate: flatmates; logistics and small talk only, both equal, no feelings."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(rng, {"logi": 1}, rng.choice([1, 2, 2]))
            plans.append(
                SessionPlan(framed(rng, body, 0.2, 0.0, open_kind="sopen"), reply_median_min=2.0)
            )
        return plans

    return Spec(
        filename="scenarios/superficial.txt",
        people=[
            Person("Dan", lowercase=0.7, drop_stop=1.0, typo_rate=0.06),
            Person("Kate", no_caps_start=0.3, emoji=("👍", "😂"), emoji_rate=0.05),
        ],
        start=date(2024, 9, 2),
        days=63,
        seed=606,
        fmt="android",
        day_active=steady(6, 6060),
        sessions=sessions,
        pools={"logi": P.SUPERFICIAL, "sopen": P.SUPERFICIAL_OPEN},
        values=P.VALUES_UK,
    )


def spec_critical() -> Spec:
    """Ryan and Zoe: criticism and defensiveness both ways, reassurance seeking, few repairs."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(
                rng,
                {"crit": 2.2, "reassure": 0.9, "light": 2.2, "repair": 0.3},
                rng.choice([1, 1, 2]),
            )
            roles = {"X": "Zoe"} if "reassure" in body and rng.random() < 0.75 else {}
            plans.append(SessionPlan(body, roles=roles, reply_median_min=2.0))
        return plans

    return Spec(
        filename="scenarios/critical_defensive.txt",
        people=[
            Person("Ryan", lowercase=0.5, drop_stop=0.9, emoji=("😂",), emoji_rate=0.05),
            Person("Zoe", no_caps_start=0.2, emoji=("😂", "🙃"), emoji_rate=0.06),
        ],
        start=date(2024, 5, 6),
        days=63,
        seed=707,
        fmt="android",
        day_active=steady(6, 7070),
        sessions=sessions,
        pools={
            "crit": P.CRIT,
            "reassure": P.CRIT_REASSURE,
            "light": P.CRIT_LIGHT,
            "repair": P.CRIT_REPAIR,
        },
        values=P.VALUES_UK,
    )


def spec_crisis() -> Spec:
    """Amara and Ben: balanced; Amara's father falls ill (weeks 4-6) and Ben carries her;
    she recovers and carries him through a redundancy scare (weeks 8-10)."""
    amara = {"X": "Amara", "Y": "Ben"}
    ben = {"X": "Ben", "Y": "Amara"}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        wk = week(day)
        plans = []
        for i in range(n_sessions(rng, 0.45 if 3 <= wk <= 5 else 0.25)):
            if 3 <= wk <= 5:
                # one piece of the story a day; the rest of the day is care and distraction
                body = ["seq_crisis"] if i == 0 else ["clight"]
                plans.append(SessionPlan(body, roles=amara, reply_median_min=0.9))
                continue
            if wk == 6:
                body = pick(rng, {"recover": 1, "light": 2, "deep": 0.6}, rng.choice([1, 2]))
                roles = amara if rng.random() < 0.5 else ben
            elif wk >= 7:
                body = pick(rng, {"seq_ben": 1.6, "light": 2, "news": 0.4}, rng.choice([1, 1, 2]))
                roles = ben
            else:
                body = pick(rng, {"light": 4, "deep": 1.0, "news": 0.5}, rng.choice([1, 1, 2]))
                roles = {}
            plans.append(
                SessionPlan(framed(rng, body, 0.35, 0.3), roles=roles, reply_median_min=1.4)
            )
        return plans

    def active(day: int, rng: random.Random) -> float:
        if day == 21:
            return 1.0
        if day < 21:
            return 0.62
        return 0.85 if day < 42 else 0.6

    return Spec(
        filename="scenarios/crisis_support.txt",
        people=[
            Person("Amara", no_caps_start=0.2, emoji=("😂", "🙏"), emoji_rate=0.08),
            Person("Ben", lowercase=0.4, drop_stop=0.8, emoji=("😂",), emoji_rate=0.06),
        ],
        start=date(2024, 6, 3),
        days=70,
        seed=808,
        fmt="android",
        day_active=active,
        sessions=sessions,
        pools={
            **uk_core(0, (), 1),
            "deep": P.DEEP_UK_EXTRA,
            "seq_crisis": P.CRISIS,
            "recover": P.CRISIS_RECOVER,
            "clight": P.CRISIS_LIGHT,
            "seq_ben": P.CRISIS_BEN,
        },
        alternate=("deep", "news"),
        after_story={"seq_crisis": "clight", "seq_ben": "light"},
        values=P.VALUES_UK,
    )


def group_notices(names: tuple[str, ...], subject: str) -> list[tuple[int, str]]:
    creator = names[0]
    return [(0, f'{creator} created group "{subject}"')] + [
        (0, f"{creator} added {n}") for n in names[1:]
    ]


def spec_group_dominated() -> Spec:
    """Five-a-side group: Marcus holds the floor every week."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.15)):
            body = pick(rng, {"mono": 3, "others": 1.1}, rng.choice([1, 1, 2]))
            plans.append(SessionPlan(body, roles={"M": "Marcus"}, reply_median_min=2.5))
        return plans

    names = ("Marcus", "Aisha", "Josh", "Freya")
    return Spec(
        filename="scenarios/group_dominated.txt",
        people=[
            Person(
                "Marcus", no_caps_start=0.05, drop_stop=0.7, emoji=("⚽", "💪"), emoji_rate=0.05
            ),
            Person("Aisha", lowercase=0.5, reply_factor=2),
            Person("Josh", lowercase=0.8, drop_stop=1.0, typo_rate=0.06, reply_factor=2),
            Person("Freya", no_caps_start=0.3, emoji=("😂",), emoji_rate=0.1, reply_factor=2),
        ],
        start=date(2024, 9, 9),
        days=63,
        seed=909,
        fmt="android",
        day_active=steady(5, 9090),
        sessions=sessions,
        pools={"mono": P.GDOM_MONO, "others": P.GDOM_OTHERS},
        values=P.VALUES_UK,
        role_pool=("M", "A", "B", "C"),
        system=[(i, n) for i, n in reversed(group_notices(names, "Five-a-side ⚽"))],
    )


def spec_too_short() -> Spec:
    """Gemma and Raj: the first four days after meeting at a climbing wall."""

    # every exchange once, in order: (day, exchanges) per session
    schedule = {0: [[2], [2]], 1: [[2], [1]], 2: [[2]], 3: [[1], [1]]}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        return [SessionPlan(["seq_short"] * n) for [n] in schedule[day]]

    return Spec(
        filename="scenarios/too_short.txt",
        people=[Person("Gemma", emoji=("😊", "😂"), emoji_rate=0.15), Person("Raj", lowercase=0.4)],
        start=date(2024, 10, 3),
        days=4,
        seed=1010,
        fmt="android",
        day_active=lambda day, rng: 1.0,
        sessions=sessions,
        pools={"seq_short": P.SHORT},
        values=P.VALUES_UK,
    )


def spec_group_chat() -> Spec:
    """Four old university friends; a phone-number member and an emoji in a name."""
    names = ("Hannah", "Dev 🎸", "+44 7700 900123", "Chloe")

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        return [
            SessionPlan(
                framed(
                    rng,
                    pick(rng, {"group": 1}, rng.choice([1, 1, 2])),
                    0.15,
                    0.0,
                    open_kind="g_open",
                ),
                reply_median_min=3.0,
            )
            for _ in range(n_sessions(rng, 0.2))
        ]

    def post(msgs: list[Msg], rng: random.Random) -> list[Msg]:
        # Chloe leaves by mistake during a stretch where she says nothing, and is added back
        n = len(msgs)
        for i in range(n // 2, n - 12):
            if all(m.author != "Chloe" for m in msgs[i : i + 9]):
                left = Msg(msgs[i].when, None, "Chloe left", "system")
                back = Msg(msgs[i + 8].when, None, "Hannah added Chloe", "system")
                oops = Msg(back.when, "Chloe", "sorry!! left by accident, my thumb slipped 🙈")
                msgs = msgs[:i] + [left] + msgs[i : i + 8] + [back, oops] + msgs[i + 8 :]
                break
        # the subject and the icon change a third of the way in
        k = n // 3
        t = msgs[k].when
        msgs.insert(
            k,
            Msg(
                t,
                None,
                'Dev 🎸 changed the subject from "Uni lot 🎓" to "Cottage weekend 🏡"',
                "system",
            ),
        )
        k2 = 2 * n // 3
        msgs.insert(
            k2, Msg(msgs[k2].when, None, "+44 7700 900123 changed this group's icon", "system")
        )
        return msgs

    return Spec(
        filename="group_chat.txt",
        people=[
            Person("Hannah", no_caps_start=0.2, emoji=("😂", "🥳"), emoji_rate=0.1),
            Person("Dev 🎸", first="Dev", lowercase=0.7, drop_stop=1.0, typo_rate=0.06),
            Person(
                "+44 7700 900123", first="Kieran", no_caps_start=0.4, emoji=("👍",), emoji_rate=0.05
            ),
            Person("Chloe", no_caps_start=0.2, emoji=("💕", "😂", "🙈"), emoji_rate=0.12),
        ],
        start=date(2024, 2, 12),
        days=63,
        seed=1111,
        fmt="android",
        day_active=lambda day, rng: 0.7,
        sessions=sessions,
        pools={"group": P.GROUP, "g_open": P.GROUP_OPEN},
        values=P.VALUES_UK,
        role_pool=("A", "B", "C", "D"),
        system=[(i, n) for i, n in reversed(group_notices(names, "Uni lot 🎓"))],
        post=post,
    )


US_CORE = {
    "open": P.OPEN_US,
    "close": P.CLOSE_US,
    "light": P.LIGHT_US[:40] + P.LIGHT_US[50:],
    "deep": P.DEEP_US,
    "news": P.NEWS_US,
}


def spec_ios() -> Spec:
    """Maddie and Luis: college friends in different cities, iOS en-US."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.25)):
            body = pick(rng, {"light": 5, "deep": 1.0, "news": 0.5}, rng.choice([1, 1, 2]))
            plans.append(SessionPlan(framed(rng, body, 0.4, 0.3), reply_median_min=1.6))
        return plans

    return Spec(
        filename="ios_en_us.txt",
        people=[
            Person("Maddie", no_caps_start=0.3, emoji=("😂", "💀", "✨"), emoji_rate=0.1),
            Person(
                "Luis",
                lowercase=0.6,
                drop_stop=0.9,
                typo_rate=0.06,
                emoji=("😂", "🙏"),
                emoji_rate=0.05,
            ),
        ],
        start=date(2024, 1, 16),
        days=60,
        seed=1212,
        fmt="ios",
        day_active=lambda day, rng: 0.7,
        sessions=sessions,
        pools=US_CORE,
        alternate=("deep", "news"),
        values=P.VALUES_US,
        fragments=P.FRAGMENTS_US,
        chat_name="Maddie",
    )


def spec_jo() -> Spec:
    """Jo and Sam: three weeks, iOS, shared as a zip with two photos."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        body = pick(rng, {"seq_trip": 2, "day": 1, "light": 1.2}, rng.choice([1, 2]))
        return [SessionPlan(framed(rng, body, 0.4, 0.3), reply_median_min=1.2)]

    return Spec(
        filename="whatsapp_chat_with_jo.zip",
        people=[
            Person("Jo", no_caps_start=0.2, emoji=("😂", "💛"), emoji_rate=0.1),
            Person("Sam", lowercase=0.5),
        ],
        start=date(2024, 3, 1),
        days=24,
        seed=1313,
        fmt="ios",
        day_active=lambda day, rng: 0.8,
        sessions=sessions,
        pools={
            "open": P.OPEN_US,
            "close": P.CLOSE_US,
            "seq_trip": P.JO_TRIP,
            "day": P.JO_DAY,
            "light": P.LIGHT_US[40:50],
        },
        alternate=("deep", "news"),
        values=P.VALUES_US,
        fragments=P.FRAGMENTS_US,
        chat_name="Jo",
    )


def specs() -> list[Spec]:
    return [
        spec_android(),
        spec_ios(),
        spec_group_chat(),
        spec_jo(),
        spec_balanced_deep(),
        spec_dominating(),
        spec_dumping(),
        spec_waning(),
        spec_superficial(),
        spec_critical(),
        spec_crisis(),
        spec_group_dominated(),
        spec_too_short(),
    ]


# --------------------------------------------------------------------------- languages
#
# A language ``xx`` brings two files next to this one: ``pools_xx.py`` (the same names as
# pools.py, each list the same length and in the same order, each exchange with the same parts,
# messages, roles and placeholders, translated as people of that language write) and
# ``locale_xx.py`` (which chats to write and under which names, the people's names, weekdays and
# months, the export's own system lines and formats). The English draw is replayed and each
# message is written in the language; English output is unchanged.


class LanguageError(Exception):
    """A language's files do not fit pools.py (said in one line, exit code 2)."""


def language_modules(lang: str) -> tuple[object, object]:
    here = Path(__file__).resolve().parent
    for name in (f"pools_{lang}", f"locale_{lang}"):
        if not (here / f"{name}.py").is_file():
            raise LanguageError(f"language {lang!r}: sample_chats/{name}.py is missing")
    return importlib.import_module(f"pools_{lang}"), importlib.import_module(f"locale_{lang}")


def exchange_lists(module: object) -> dict[str, list[str]]:
    """The module's pools: every list of strings, by name."""
    return {
        k: v
        for k, v in vars(module).items()
        if k.isupper()
        and isinstance(v, list)
        and v
        and all(isinstance(x, str) and _LINE.match(x.strip().splitlines()[0]) for x in v)
    }


def shape(ex: Exchange) -> list[list[tuple[str, str]]]:
    """What a translation must keep: parts, and per message its role and placeholder."""

    def mark(text: str) -> str:
        return text if text.startswith("<") and text.endswith(">") else ""

    return [[(ln.role, mark(ln.text)) for ln in p] for p in ex.parts]


def translation_table(alt: object) -> tuple[dict[str, str], list[str]]:
    """English exchange -> its translation, over every pool the language has that mirrors
    pools.py; and what is wrong with the pools that do not (they are left out: a chat that
    draws from one of them cannot be written, the others can)."""
    table: dict[str, str] = {}
    problems: list[str] = []
    mine = exchange_lists(pools)
    for name, items in exchange_lists(alt).items():
        if name not in mine:
            problems.append(f"{alt.__name__}.{name} is not a pool of pools.py")
            continue
        if len(items) != len(mine[name]):
            problems.append(
                f"{alt.__name__}.{name} has {len(items)} exchanges, pools.{name} {len(mine[name])}"
            )
            continue
        pairs = list(zip(mine[name], items, strict=True))
        bad = [
            i
            for i, (a, b) in enumerate(pairs)
            if shape(parse_exchange(a)) != shape(parse_exchange(b))
        ]
        if bad:
            problems.append(
                f"{alt.__name__}.{name}[{bad[0]}] differs from pools.{name}[{bad[0]}] in its "
                "parts, messages, roles or placeholders"
            )
            continue
        for src, dst in pairs:
            table.setdefault(src, dst)
    return table, problems


def name_in(module: object, obj: object) -> str:
    return next(k for k, v in vars(module).items() if v is obj)


def make_voice(spec: Spec, lang: str) -> tuple[Voice, object]:
    """The spec's chat in ``lang``: its translated pools, slot values, fragments and people."""
    alt, loc = language_modules(lang)
    table, problems = translation_table(alt)
    vpools: dict[str, list[Exchange]] = {}
    for kind, items in spec.pools.items():
        missing = [x for x in items if x not in table]
        if missing:
            why = f" ({problems[0]})" if problems else ""
            raise LanguageError(
                f"{spec.filename} ({kind}): {len(missing)} exchange(s) not in {alt.__name__}, "
                f"e.g. {missing[0][:50]!r}{why}"
            )
        vpools[kind] = [parse_exchange(table[x]) for x in items]
    values = getattr(alt, name_in(pools, spec.values))
    fragments = getattr(alt, name_in(pools, spec.fragments)) if spec.fragments else None
    filler = VoiceFiller(
        random.Random(f"{spec.seed}-fill-{lang}"),
        values,
        fragments,
        alt.FRAGMENTS,
        loc.WEEKDAYS,
        loc.MONTHS,
    )
    people, genders = {}, {}
    for p in spec.people:
        name, first, genders[p.name] = loc.PEOPLE[p.name]
        people[p.name] = dataclasses.replace(p, name=name, first=first, laughs=loc.LAUGHS)
    voice = Voice(lang, vpools, filler, people, genders, random.Random(f"{spec.seed}-style-{lang}"))
    return voice, loc


def system_line(text: str, loc: object, people: dict[str, Person]) -> str:
    """A system notice in the language: ``loc.SYSTEM`` holds (English pattern, template); names
    become the people's names in the language, group subjects come from ``loc.SUBJECTS``."""
    for pattern, template in loc.SYSTEM:
        m = re.fullmatch(pattern, text)
        if m:
            parts = {
                k: people[v].name if v in people else loc.SUBJECTS.get(v, v)
                for k, v in m.groupdict().items()
            }
            return template.format(**parts)
    raise LanguageError(f"{loc.__name__}: no translation for the notice {text!r}")


def translated(msgs: list[Msg], voice: Voice, loc: object) -> list[Msg]:
    """The chat's messages as the language writes them."""
    out = []
    for m in msgs:
        author = voice.people[m.author].name if m.author else None
        text = ""
        if m.kind == "system":
            text = system_line(m.text, loc, voice.people)
        elif m.kind == "text":
            if m.alt == "":
                continue  # a correction of a slip the translation did not make
            text = m.alt if m.alt is not None else loc.TEXTS.get(m.text, "")
            if not text:
                raise LanguageError(f"{loc.__name__}: no translation for {m.text!r}")
        out.append(Msg(m.when, author, text, m.kind, m.media))
    return out


def write_language(lang: str, out: Path, only: str = "") -> list[Path]:
    """Write the chats ``locale_<lang>.FILES`` names, in ``lang``, into ``out``."""
    _alt, loc = language_modules(lang)
    fmt = Formats(**loc.FORMATS)
    written = []
    for spec in specs():
        target_name = loc.FILES.get(spec.filename)
        if not target_name or (only and only not in spec.filename):
            continue
        voice, loc = make_voice(spec, lang)
        msgs = translated(Composer(spec, voice).build(), voice, loc)
        chat_name = voice.people[spec.chat_name].name if spec.chat_name else ""
        target = out / target_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(spec, msgs, fmt, chat_name), encoding="utf-8", newline="\n")
        written.append(target)
    return written


# --------------------------------------------------------------------------- writing


def stats(msgs: list[Msg], people: list[str], start: date) -> dict:
    """Counts used by the README and the tests (simple whitespace word counts)."""
    by_person = {p: 0 for p in people}
    words = {p: 0 for p in people}
    weeks: dict[int, dict[str, int]] = {}
    week_msgs: dict[int, int] = {}
    for m in msgs:
        if m.author is None:
            continue
        week_msgs[(m.when.date() - start).days // 7] = (
            week_msgs.get((m.when.date() - start).days // 7, 0) + 1
        )
        by_person[m.author] += 1
        n = len(m.text.split()) if m.kind == "text" else 0
        words[m.author] += n
        wk = (m.when.date() - start).days // 7
        weeks.setdefault(wk, {p: 0 for p in people})[m.author] += n
    return {"messages": by_person, "words": words, "weeks": weeks, "week_msgs": week_msgs}


def render(spec: Spec, msgs: list[Msg], fmt: Formats = ENGLISH, chat_name: str = "") -> str:
    first = msgs[0].when - timedelta(minutes=3)
    if spec.fmt == "android":
        return render_android(msgs, first, fmt)
    return render_ios(msgs, first, chat_name or spec.chat_name or spec.people[0].name, fmt)


def write_zip(path: Path, chat_text: str, msgs: list[Msg]) -> None:
    """A zip as WhatsApp on iOS shares it: ``_chat.txt`` plus the attached photos."""
    members: list[tuple[str, bytes]] = []
    lines = chat_text.split("\n")
    counter = 11
    media_idx = [i for i, ln in enumerate(lines) if ln.endswith(f"{LRM}image omitted")]
    for i in media_idx[:2]:
        counter += 1
        m = re.match(
            r"\u200e?\[(\d+)/(\d+)/(\d+), (\d+):(\d+):(\d+)\u202f(AM|PM)\] ([^:]+): ", lines[i]
        )
        assert m, lines[i]
        mo, dd, yy, hh, mi, ss, ampm, author = m.groups()
        h24 = int(hh) % 12 + (12 if ampm == "PM" else 0)
        fname = f"{counter:08d}-PHOTO-20{yy}-{int(mo):02d}-{int(dd):02d}-{h24:02d}-{mi}-{ss}.jpg"
        head = lines[i][: m.end()]
        lines[i] = f"{head}{LRM}<attached: {fname}>"
        fake = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + f"sample {counter}".encode() + b"\xff\xd9"
        members.append((fname, fake))
    text = "\n".join(lines)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("_chat.txt", text.encode("utf-8")), *members]:
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 2, 21, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    path.write_bytes(buf.getvalue())


STATUS_WORDS = {
    "observed": "observed",
    "not_observed": "not observed",
    "insufficient_data": "insufficient data",
}


def verdict_json(table: dict[str, dict[str, verdicts.V]]) -> str:
    data = {f: {k: v._asdict() for k, v in signs.items()} for f, signs in table.items()}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def readme(chats: list[tuple[Spec, list[Msg]]]) -> str:
    """README.md: how the chats are made, then per file who, when, how many and the verdicts."""
    out = [verdicts.README_HEAD]
    for spec, msgs in chats:
        name = spec.filename
        said = [m for m in msgs if m.author is not None]
        counts: dict[str, int] = {}
        for m in said:
            counts[m.author] = counts.get(m.author, 0) + 1
        n_system = 1 + sum(1 for m in msgs if m.author is None)  # + the encryption notice
        first, last = said[0].when.date(), said[-1].when.date()
        days = (last - first).days + 1
        people = ", ".join(f"{k} ({v})" for k, v in counts.items())
        table = (
            verdicts.SCENARIO_VERDICTS[name.split("/")[1]]
            if name.startswith("scenarios/")
            else verdicts.TOP_VERDICTS[name]
        )
        out += [
            f"### `{name}`\n",
            verdicts.DESCRIPTIONS[name] + "\n",
            f"- People (messages): {people}",
            f"- Period: {first} to {last} ({days} days); {len(said)} messages from people, "
            f"{n_system} system notice{'s' if n_system != 1 else ''}\n",
            "| sign | verdict | what a reader sees |",
            "|---|---|---|",
        ]
        for sign_id, v in table.items():
            who = f" ({v.who})" if v.who else ""
            mark = "" if v.core else " ¹"
            note = v.note.replace("|", "\\|")
            out.append(f"| `{sign_id}` | {STATUS_WORDS[v.status]}{who}{mark} | {note} |")
        out.append("")
    out.append(verdicts.README_TAIL)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder to write into (default: sample_chats/ itself, sample_chats/<lang>/ for a "
        "language)",
    )
    ap.add_argument("--stats", action="store_true", help="print counts and weekly word shares")
    ap.add_argument("--only", default="", help="write only files whose name contains this")
    ap.add_argument(
        "--language",
        default="en",
        help="en (default), or a language with pools_<lang>.py and locale_<lang>.py here: "
        "writes its chats into sample_chats/<lang>/ (or --out)",
    )
    args = ap.parse_args(argv)
    if args.language != "en":
        if not re.fullmatch(r"[a-z]{2,3}", args.language):
            ap.error(f"--language: {args.language!r} is not a language code such as pt or es")
        out = args.out or Path(__file__).resolve().parent / args.language
        try:
            for path in write_language(args.language, out, args.only):
                print(path.name)
        except LanguageError as e:
            print(f"make_samples.py: {e}", file=sys.stderr)
            return 2
        return 0
    args.out = args.out or Path(__file__).resolve().parent
    summary = {}
    chats: list[tuple[Spec, list[Msg]]] = []
    for spec in specs():
        if args.only and args.only not in spec.filename:
            continue
        msgs = Composer(spec).build()
        text = render(spec, msgs)
        target = args.out / spec.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        if spec.filename.endswith(".zip"):
            write_zip(target, text, msgs)
        else:
            target.write_text(text, encoding="utf-8", newline="\n")
        chats.append((spec, msgs))
        people = [p.name for p in spec.people]
        st = stats(msgs, people, spec.start)
        summary[spec.filename] = st
        if args.stats:
            n_sys = sum(1 for m in msgs if m.kind == "system")
            days = (msgs[-1].when.date() - msgs[0].when.date()).days + 1
            print(
                f"{spec.filename}: {len(msgs)} messages ({n_sys} system), {days} days, "
                f"{msgs[0].when:%Y-%m-%d} .. {msgs[-1].when:%Y-%m-%d}"
            )
            tot_w = sum(st["words"].values()) or 1
            for p in people:
                print(
                    f"   {p:>18}: {st['messages'][p]:4d} msgs, {st['words'][p]:5d} words "
                    f"({st['words'][p] / tot_w:.2f})"
                )
            row = []
            for wk in sorted(st["weeks"]):
                w = st["weeks"][wk]
                tw = sum(w.values()) or 1
                row.append(f"{wk}:" + "/".join(f"{w[p] / tw:.2f}" for p in people[:2]) + f"({tw})")
            print("   weeks", " ".join(row))
            print(
                "   msgs/week", [st["week_msgs"].get(w, 0) for w in range(max(st["week_msgs"]) + 1)]
            )
    if not args.only:
        (args.out / "README.md").write_text(readme(chats), encoding="utf-8", newline="\n")
        (args.out / "expected.json").write_text(
            verdict_json(verdicts.TOP_VERDICTS), encoding="utf-8", newline="\n"
        )
        (args.out / "scenarios" / "expected.json").write_text(
            verdict_json(verdicts.SCENARIO_VERDICTS), encoding="utf-8", newline="\n"
        )
    if args.stats:
        print(json.dumps({k: v["messages"] for k, v in summary.items()}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
