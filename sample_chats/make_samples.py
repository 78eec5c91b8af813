"""Write the bundled sample chats (WhatsApp exports this project composes itself).

Usage::

    python sample_chats/make_samples.py [--out DIR] [--stats]

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
"""

from __future__ import annotations

import argparse
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
    kind: str = "text"  # text | media | deleted | system
    media: str = "image"  # for iOS: image | video | audio | sticker | GIF


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

    def __init__(self, name: str, items: list[str], rng: random.Random, ordered: bool = False) -> None:
        if not items:
            raise ValueError(f"pool {name} is empty")
        self.name = name
        self.items = [parse_exchange(s) for s in items]
        self.rng = rng
        self.ordered = ordered  # tell a story in order (a crisis), instead of shuffling
        self.order: list[int] = []

    def draw(self) -> Exchange:
        if not self.order:
            self.order = list(range(len(self.items)))
            if self.ordered:
                self.order.reverse()
            else:
                self.rng.shuffle(self.order)
        return self.items[self.order.pop()]


_SLOT = re.compile(r"\{([^{}]*)\}")


class Filler:
    """Fills ``{...}`` in a template; values stay the same within one exchange."""

    def __init__(self, rng: random.Random, values: dict[str, list[str]]) -> None:
        self.rng = rng
        self.values = values
        self.fragment_cycles: dict[str, list[str]] = {}

    def fragment(self, name: str) -> str:
        cyc = self.fragment_cycles.get(name)
        if not cyc:
            cyc = list(pools.FRAGMENTS[name])
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
                if key in names:
                    return names[key]
                if key in pools.FRAGMENTS:
                    return self.fragment(key)
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

    def __post_init__(self) -> None:
        if not self.first:
            self.first = self.name.split()[0]

    def style(self, text: str, rng: random.Random, emoji_ok: bool = True) -> str:
        if text.startswith("<"):
            return text
        if self.lowercase and rng.random() < self.lowercase:
            text = text.lower()
        elif text[:1].isupper() and not text.startswith(("I ", "I'", "OMG", "OK")):
            if rng.random() < self.no_caps_start:
                text = text[0].lower() + text[1:]
        if text.endswith(".") and not text.endswith("..") and rng.random() < self.drop_stop:
            text = text[:-1]
        if emoji_ok and self.emoji and rng.random() < self.emoji_rate and "\n" not in text and len(text) > 12:
            if not any(ord(c) > 0x2500 for c in text[-2:]):
                text = text + " " + rng.choice(self.emoji)
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


HOUR_WEIGHTS_WEEKDAY = {
    7: 2, 8: 4, 9: 2, 10: 1, 11: 1, 12: 4, 13: 4, 14: 1, 15: 1, 16: 1, 17: 3, 18: 5,
    19: 8, 20: 11, 21: 12, 22: 9, 23: 3,
}
HOUR_WEIGHTS_WEEKEND = {
    9: 2, 10: 4, 11: 5, 12: 5, 13: 4, 14: 4, 15: 3, 16: 3, 17: 3, 18: 4, 19: 6, 20: 8,
    21: 9, 22: 7, 23: 3,
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


NIGHT_ONLY = re.compile(r"\{BYE\}|\b(bed|sleep|night|evening|gn|passing out)\b", re.I)
MORNING_ONLY = re.compile(r"^X: (good )?morning", re.I)
TEA_TIME = re.compile(r"\b(for tea|dinner's ready|tonight)\b", re.I)


def time_fits(ex: Exchange, hour: int) -> bool:
    """Keep greetings and goodnights at plausible hours."""
    first = ex.parts[0]
    text = "\n".join(f"{ln.role}: {ln.text}" for ln in first)
    head = f"{first[0].role}: {first[0].text}"
    if MORNING_ONLY.search(head):
        return 6 <= hour <= 11
    if NIGHT_ONLY.search(head) or (len(first) <= 3 and NIGHT_ONLY.search(text)):
        return hour >= 20 or hour <= 1
    if TEA_TIME.search(head):
        return 15 <= hour <= 21
    return True


# light kinds, where a person's habitual emoji may be added at the end of a message
EMOJI_KINDS = {"light", "open", "close", "couple", "news", "group", "others", "short",
               "seq_short", "mono", "react", "logi", "sopen", "mid"}


class Composer:
    """Builds the message list of one chat from its spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.pools = {
            k: Pool(k, v, random.Random(f"{spec.seed}-{k}"), ordered=k.startswith("seq_"))
            for k, v in spec.pools.items()
        }
        self.filler = Filler(random.Random(f"{spec.seed}-fill"), spec.values)
        self.people = {p.name: p for p in spec.people}
        self.pending: list[tuple[int, Inst, list[Line]]] = []

    def assign_roles(self, role_list: list[str], fixed: dict[str, str]) -> dict[str, str]:
        roles = sorted(set(role_list))
        names = [p.name for p in self.spec.people]
        mapping: dict[str, str] = {}
        free = [n for n in names if n not in fixed.values()]
        self.rng.shuffle(free)
        for r in roles:
            if r in fixed:
                mapping[r] = fixed[r]
            else:
                mapping[r] = free.pop() if free else self.rng.choice(names)
        return mapping

    def draw_fitting(self, kind: str, hour: int) -> Exchange | None:
        """Draw from a pool, passing over exchanges that do not suit the time of day
        (None when nothing suits: the session goes without it)."""
        pool = self.pools[kind]
        skipped: list[int] = []
        found = None
        for _ in range(min(8, len(pool.items))):
            ex = pool.draw()
            if time_fits(ex, hour):
                found = ex
                break
            skipped.append(pool.items.index(ex))
        pool.order.extend(reversed(skipped))  # passed-over ones come back next
        return found

    def session_lines(self, day: int, plan: SessionPlan, hour: int) -> list[tuple[str, str, int, str]]:
        """(author, text, exchange number, kind) for one session."""
        due = [p for p in self.pending if p[0] <= day]
        self.pending = [p for p in self.pending if p[0] > day]
        now: list[tuple[Inst, list[Line]]] = []
        for kind in plan.kinds:
            ex = self.draw_fitting(kind, hour)
            if ex is None:
                continue
            inst = Inst(kind)
            now.append((inst, ex.parts[0]))
            for later in ex.parts[1:]:
                self.pending.append((day + self.rng.randint(1, 3), inst, later))
        # follow-ups come right after the session's opener, if it has one
        at = 1 if plan.kinds and plan.kinds[0] in ("open", "sopen") else 0
        for _d, inst, lines in due:
            now.insert(at, (inst, lines))
            at += 1
        out: list[tuple[str, str, int, str]] = []
        prev_last: tuple[str, str] | None = None  # (author, text) ending the previous exchange
        for seq, (inst, lines) in enumerate(now):
            if inst.mapping is None:
                fixed = dict(plan.roles)
                first = lines[0].role
                if prev_last and prev_last[1].rstrip().endswith("?") and first not in fixed:
                    others = [p.name for p in self.spec.people if p.name != prev_last[0]]
                    if len(others) == 1 and others[0] not in fixed.values():
                        fixed[first] = others[0]  # the one who was asked speaks next
                roles = [ln.role for ln in lines]
                inst.mapping = self.assign_roles(roles + self.later_roles(inst), fixed)
            names = {r: self.people[n].first for r, n in inst.mapping.items()}
            for ln in lines:
                author = inst.mapping[ln.role]
                text = self.filler.fill(ln.text, inst.cache, names)
                out.append((author, text, seq, inst.kind))
                prev_last = (author, text)
        return out

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
                for i, (author, text, seq, kind) in enumerate(lines):
                    if i:
                        if author == prev_author:
                            t += same_author_gap(self.rng, text)
                        else:
                            factor = self.people[author].reply_factor
                            t += reply_gap(
                                self.rng, plan.reply_median_min * factor, plan.reply_max_min
                            )
                        if seq != prev_seq:  # a new topic: a pause first
                            t += timedelta(seconds=self.rng.randint(60, 900))
                    msgs.append(self.make(t, author, text, kind in EMOJI_KINDS))
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

    def make(self, when: datetime, author: str, text: str, emoji_ok: bool) -> Msg:
        person = self.people[author]
        if text.startswith("<media"):
            kind = text[7:-1] or "image"
            return Msg(when, author, "", "media", kind)
        if text == "<deleted>":
            return Msg(when, author, "", "deleted")
        return Msg(when, author, person.style(text, self.rng, emoji_ok))


# --------------------------------------------------------------------------- renderers


def android_stamp(t: datetime) -> str:
    return f"{t:%d/%m/%Y}, {t:%H:%M}"


def render_android(msgs: list[Msg], start: datetime) -> str:
    out = [f"{android_stamp(start)} - {ANDROID_ENCRYPTION}"]
    for m in msgs:
        head = android_stamp(m.when)
        if m.kind == "system":
            out.append(f"{head} - {m.text}")
        elif m.kind == "media":
            out.append(f"{head} - {m.author}: <Media omitted>")
        elif m.kind == "deleted":
            out.append(f"{head} - {m.author}: This message was deleted")
        else:
            out.append(f"{head} - {m.author}: {m.text}")
    return "\n".join(out) + "\n"


def ios_stamp(t: datetime) -> str:
    hour = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"[{t.month}/{t.day}/{t:%y}, {hour}:{t:%M:%S}{NNBSP}{ampm}]"


IOS_MEDIA = {
    "image": "image omitted",
    "video": "video omitted",
    "audio": "audio omitted",
    "sticker": "sticker omitted",
    "gif": "GIF omitted",
}


def render_ios(msgs: list[Msg], start: datetime, chat_name: str) -> str:
    out = [f"{ios_stamp(start)} {chat_name}: {LRM}{ENCRYPTION}"]
    for m in msgs:
        head = ios_stamp(m.when)
        if m.kind == "system":
            out.append(f"{LRM}{head} {chat_name}: {LRM}{m.text}")
        elif m.kind == "media":
            out.append(f"{LRM}{head} {m.author}: {LRM}{IOS_MEDIA.get(m.media, m.media)}")
        elif m.kind == "deleted":
            out.append(f"{LRM}{head} {m.author}: {LRM}This message was deleted.")
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


def framed(rng: random.Random, body: list[str], p_open: float, p_close: float,
           open_kind: str = "open", close_kind: str = "close") -> list[str]:
    kinds = list(body)
    if rng.random() < p_open:
        kinds.insert(0, open_kind)
    if rng.random() < p_close:
        kinds.append(close_kind)
    return kinds


UK_CORE = {"open": P.OPEN_UK, "close": P.CLOSE_UK, "light": P.LIGHT_UK, "deep": P.DEEP_UK,
           "news": P.NEWS_UK}


def spec_android() -> Spec:
    """Priya and Tom: a couple, balanced and fairly deep; the README's quick start."""
    repair_days = {17, 44}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for i in range(n_sessions(rng, 0.3)):
            if day in repair_days and i == 0:
                body = ["repair"]
            else:
                body = pick(rng, {"light": 5, "deep": 1.1, "news": 0.5, "couple": 1.6},
                            rng.choice([1, 1, 2]))
            plans.append(SessionPlan(framed(rng, body, 0.45, 0.35), reply_median_min=1.3))
        return plans

    return Spec(
        filename="android_en_gb.txt",
        people=[
            Person("Priya", no_caps_start=0.15, drop_stop=0.5,
                   emoji=("😂", "❤️", "🥲", "😊", "✨", "🙈"), emoji_rate=0.14),
            Person("Tom", lowercase=0.75, drop_stop=0.9, emoji=("😂", "👍", "🙃"),
                   emoji_rate=0.05, reply_factor=1.3),
        ],
        start=date(2024, 1, 8), days=70, seed=101, fmt="android",
        day_active=lambda day, rng: 1.0 if day in repair_days else 0.68,
        sessions=sessions,
        pools={**UK_CORE, "couple": P.COUPLE_UK, "repair": P.REPAIR_UK},
        values=P.VALUES_UK,
    )


def spec_balanced_deep() -> Spec:
    """Maya and Leon: close friends; both share, ask, follow up, validate, repair."""
    repair_days = {12, 33, 55}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for i in range(n_sessions(rng, 0.3)):
            if day in repair_days and i == 0:
                body = ["repair"]
            else:
                body = pick(rng, {"light": 4, "deep": 1.6, "news": 0.6}, rng.choice([1, 1, 2]))
            plans.append(SessionPlan(framed(rng, body, 0.4, 0.35), reply_median_min=1.5))
        return plans

    return Spec(
        filename="scenarios/balanced_deep.txt",
        people=[
            Person("Maya", no_caps_start=0.2, emoji=("😂", "💛", "🥹", "✨"), emoji_rate=0.1),
            Person("Leon", lowercase=0.5, drop_stop=0.8, emoji=("😂", "🙌"), emoji_rate=0.05),
        ],
        start=date(2024, 2, 5), days=63, seed=202, fmt="android",
        day_active=lambda day, rng: 1.0 if day in repair_days else 0.66,
        sessions=sessions,
        pools={**UK_CORE, "repair": P.REPAIR_UK},
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
                body = pick(rng, {"mono": 5, "react": 1.2, "short": 1.0, "bid": 0.7},
                            rng.choice([1, 1, 2]))
                if body[0] == "react":
                    body[0] = "mono"
            plans.append(SessionPlan(body, roles=roles, reply_median_min=1.5))
        return plans

    return Spec(
        filename="scenarios/dominating.txt",
        people=[
            Person("Chris", no_caps_start=0.1, drop_stop=0.7, emoji=("💪", "😂", "🔥"),
                   emoji_rate=0.06),
            Person("Ella", lowercase=0.9, drop_stop=1.0, reply_factor=3.0),
        ],
        start=date(2024, 3, 4), days=63, seed=303, fmt="android",
        day_active=lambda day, rng: 1.0 if day in complaint_days else 0.7,
        sessions=sessions,
        pools={"mono": P.DOM_MONO, "react": P.DOM_REACT, "short": P.DOM_SHORT,
               "bid": P.DOM_BID, "complaint": P.DOM_COMPLAINT},
        values=P.VALUES_UK,
    )


def spec_dumping() -> Spec:
    """Leah offloads her problems week after week; Nina supports and is rarely heard."""
    roles = {"X": "Leah", "Y": "Nina"}

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(rng, {"dump": 4, "shift": 1.0, "light": 2.2, "thanks": 0.4},
                        rng.choice([1, 1, 2]))
            plans.append(SessionPlan(body, roles=roles, reply_median_min=1.4))
        return plans

    return Spec(
        filename="scenarios/dumping_ground.txt",
        people=[
            Person("Leah", no_caps_start=0.3, emoji=("😭", "🙃", "😩", "💔"), emoji_rate=0.08),
            Person("Nina", no_caps_start=0.2, emoji=("❤️", "🫂", "💛"), emoji_rate=0.1),
        ],
        start=date(2024, 1, 15), days=63, seed=404, fmt="android",
        day_active=lambda day, rng: 0.72,
        sessions=sessions,
        pools={"dump": P.DUMP, "shift": P.DUMP_SHIFT, "light": P.DUMP_LIGHT,
               "thanks": P.DUMP_THANKS},
        values=P.VALUES_UK,
    )


def spec_waning() -> Spec:
    """Ollie and Jess: lively and deep at first, then fewer, shorter, slower messages."""

    # a little fewer talking days each week, and far less said on each
    plan_rng = random.Random(5050)
    active_days: set[int] = set()
    for wk, k in enumerate([6, 6, 6, 6, 5, 5, 5, 5, 5, 5]):
        active_days.update(plan_rng.sample(range(wk * 7, wk * 7 + 7), k))

    def active(day: int, rng: random.Random) -> float:
        return 1.0 if day in active_days else 0.0

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        wk = week(day)
        f = wk / 9  # 0 at the start, 1 in the last week
        weights = {"light": 3 * (1 - f) + 0.2, "deep": 1.8 * (1 - f) ** 2,
                   "news": 0.7 * (1 - f) ** 2, "mid": 4 * f * (1 - f), "min": 4 * f ** 1.5}
        plans = []
        for _ in range(n_sessions(rng, 0.6 - 0.5 * f)):
            n = rng.choice([1, 2, 2]) if rng.random() > f else rng.choice([1, 2])
            body = framed(rng, pick(rng, weights, n), 0.5 * (1 - f), 0.4 * (1 - f))
            # later on, Ollie is usually the one who still starts conversations
            roles = {"X": "Ollie"} if rng.random() < 0.5 + 0.3 * f else {}
            plans.append(SessionPlan(body, roles=roles, reply_median_min=1.0 * 1.45 ** wk,
                                     reply_max_min=110))
        return plans

    return Spec(
        filename="scenarios/waning_interest.txt",
        people=[
            Person("Ollie", no_caps_start=0.3, emoji=("😂", "🙌", "😅"), emoji_rate=0.08),
            Person("Jess", lowercase=0.6, emoji=("😂", "🥰"), emoji_rate=0.06, reply_factor=1.4),
        ],
        start=date(2024, 4, 1), days=70, seed=505, fmt="android",
        day_active=active, sessions=sessions,
        pools={**UK_CORE, "mid": P.WANE_MID, "min": P.WANE_MIN},
        values=P.VALUES_UK,
    )


def spec_superficial() -> Spec:
    """Dan and Kate: flatmates; logistics and small talk only, both equal, no feelings."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(rng, {"logi": 1}, rng.choice([1, 2, 2]))
            plans.append(SessionPlan(framed(rng, body, 0.2, 0.0, open_kind="sopen"),
                                     reply_median_min=2.0))
        return plans

    return Spec(
        filename="scenarios/superficial.txt",
        people=[
            Person("Dan", lowercase=0.7, drop_stop=1.0),
            Person("Kate", no_caps_start=0.3, emoji=("👍", "😂"), emoji_rate=0.05),
        ],
        start=date(2024, 9, 2), days=63, seed=606, fmt="android",
        day_active=lambda day, rng: 0.8,
        sessions=sessions,
        pools={"logi": P.SUPERFICIAL, "sopen": P.SUPERFICIAL_OPEN},
        values=P.VALUES_UK,
    )


def spec_critical() -> Spec:
    """Ryan and Zoe: criticism and defensiveness both ways, reassurance seeking, few repairs."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        plans = []
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(rng, {"crit": 2.2, "reassure": 0.9, "light": 2.2, "repair": 0.3},
                        rng.choice([1, 1, 2]))
            roles = {"X": "Zoe"} if "reassure" in body and rng.random() < 0.75 else {}
            plans.append(SessionPlan(body, roles=roles, reply_median_min=2.0))
        return plans

    return Spec(
        filename="scenarios/critical_defensive.txt",
        people=[
            Person("Ryan", lowercase=0.5, drop_stop=0.9, emoji=("🙄", "😂"), emoji_rate=0.05),
            Person("Zoe", no_caps_start=0.2, emoji=("🙄", "😔", "🙃"), emoji_rate=0.06),
        ],
        start=date(2024, 5, 6), days=63, seed=707, fmt="android",
        day_active=lambda day, rng: 0.85,
        sessions=sessions,
        pools={"crit": P.CRIT, "reassure": P.CRIT_REASSURE, "light": P.CRIT_LIGHT,
               "repair": P.CRIT_REPAIR},
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
            if day == 21 and i == 0:
                plans.append(SessionPlan(["seq_crisis"], roles=amara, reply_median_min=0.8))
                continue
            if 3 <= wk <= 5:
                body = pick(rng, {"seq_crisis": 2.2, "light": 0.8}, rng.choice([1, 1, 2]))
                roles = amara
            elif wk == 6:
                body = pick(rng, {"recover": 1, "light": 2, "deep": 0.6}, rng.choice([1, 2]))
                roles = amara if rng.random() < 0.5 else ben
            elif wk >= 7:
                body = pick(rng, {"seq_ben": 1.6, "light": 2, "news": 0.4}, rng.choice([1, 1, 2]))
                roles = ben
            else:
                body = pick(rng, {"light": 4, "deep": 1.0, "news": 0.5}, rng.choice([1, 1, 2]))
                roles = {}
            plans.append(SessionPlan(framed(rng, body, 0.35, 0.3), roles=roles,
                                     reply_median_min=1.4))
        return plans

    def active(day: int, rng: random.Random) -> float:
        if day == 21:
            return 1.0
        if day < 21:
            return 0.62
        return 0.9 if day < 42 else 0.68

    return Spec(
        filename="scenarios/crisis_support.txt",
        people=[
            Person("Amara", no_caps_start=0.2, emoji=("😭", "❤️", "🙏", "😂"), emoji_rate=0.08),
            Person("Ben", lowercase=0.4, drop_stop=0.8, emoji=("❤️", "😂", "🫶"), emoji_rate=0.06),
        ],
        start=date(2024, 6, 3), days=70, seed=808, fmt="android",
        day_active=active, sessions=sessions,
        pools={**UK_CORE, "seq_crisis": P.CRISIS, "recover": P.CRISIS_RECOVER,
               "seq_ben": P.CRISIS_BEN},
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
        for _ in range(n_sessions(rng, 0.3)):
            body = pick(rng, {"mono": 3, "others": 1.1}, rng.choice([1, 1, 2]))
            plans.append(SessionPlan(body, roles={"M": "Marcus"}, reply_median_min=2.5))
        return plans

    names = ("Marcus", "Aisha", "Josh", "Freya")
    return Spec(
        filename="scenarios/group_dominated.txt",
        people=[
            Person("Marcus", no_caps_start=0.05, drop_stop=0.7, emoji=("⚽", "💪"), emoji_rate=0.05),
            Person("Aisha", lowercase=0.5, reply_factor=2),
            Person("Josh", lowercase=0.8, drop_stop=1.0, reply_factor=2),
            Person("Freya", no_caps_start=0.3, emoji=("😂",), emoji_rate=0.1, reply_factor=2),
        ],
        start=date(2024, 9, 9), days=63, seed=909, fmt="android",
        day_active=lambda day, rng: 0.7,
        sessions=sessions,
        pools={"mono": P.GDOM_MONO, "others": P.GDOM_OTHERS},
        values=P.VALUES_UK,
        role_pool=("M", "A", "B", "C"),
        system=[(i, n) for i, n in reversed(group_notices(names, "Five-a-side ⚽"))],
    )


def spec_too_short() -> Spec:
    """Gemma and Raj: the first four days after meeting at a climbing wall."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        return [SessionPlan(["seq_short"] * rng.choice([2, 3])) for _ in range(n_sessions(rng, 0.4))]

    return Spec(
        filename="scenarios/too_short.txt",
        people=[Person("Gemma", emoji=("😊", "😂"), emoji_rate=0.15), Person("Raj", lowercase=0.4)],
        start=date(2024, 10, 3), days=4, seed=1010, fmt="android",
        day_active=lambda day, rng: 1.0,
        sessions=sessions,
        pools={"seq_short": P.SHORT},
        values=P.VALUES_UK,
    )


def spec_group_chat() -> Spec:
    """Four old university friends; a phone-number member and an emoji in a name."""
    names = ("Hannah", "Dev 🎸", "+44 7700 900123", "Chloe")

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        return [SessionPlan(pick(rng, {"group": 1}, rng.choice([1, 1, 2])), reply_median_min=3.0)
                for _ in range(n_sessions(rng, 0.2))]

    def post(msgs: list[Msg], rng: random.Random) -> list[Msg]:
        # Chloe leaves by mistake during a stretch where she says nothing, and is added back
        n = len(msgs)
        for i in range(n // 2, n - 12):
            if all(m.author != "Chloe" for m in msgs[i:i + 9]):
                left = Msg(msgs[i].when, None, "Chloe left", "system")
                back = Msg(msgs[i + 8].when, None, "Hannah added Chloe", "system")
                oops = Msg(back.when, "Chloe",
                           "sorry!! left by accident, my thumb slipped 🙈")
                msgs = msgs[:i] + [left] + msgs[i:i + 8] + [back, oops] + msgs[i + 8:]
                break
        # the subject and the icon change a third of the way in
        k = n // 3
        t = msgs[k].when
        msgs.insert(k, Msg(t, None, 'Dev 🎸 changed the subject from "Uni lot 🎓" to '
                                    '"Cottage weekend 🏡"', "system"))
        k2 = 2 * n // 3
        msgs.insert(k2, Msg(msgs[k2].when, None, "+44 7700 900123 changed this group's icon",
                            "system"))
        return msgs

    return Spec(
        filename="group_chat.txt",
        people=[
            Person("Hannah", no_caps_start=0.2, emoji=("😂", "❤️", "🥳"), emoji_rate=0.1),
            Person("Dev 🎸", first="Dev", lowercase=0.7, drop_stop=1.0),
            Person("+44 7700 900123", first="Kieran", no_caps_start=0.4, emoji=("👍",),
                   emoji_rate=0.05),
            Person("Chloe", no_caps_start=0.2, emoji=("💕", "😂", "🙈"), emoji_rate=0.12),
        ],
        start=date(2024, 2, 12), days=63, seed=1111, fmt="android",
        day_active=lambda day, rng: 0.7,
        sessions=sessions,
        pools={"group": P.GROUP},
        values=P.VALUES_UK,
        role_pool=("A", "B", "C", "D"),
        system=[(i, n) for i, n in reversed(group_notices(names, "Uni lot 🎓"))],
        post=post,
    )


US_CORE = {"open": P.OPEN_US, "close": P.CLOSE_US, "light": P.LIGHT_US, "deep": P.DEEP_US,
           "news": P.NEWS_US}


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
            Person("Maddie", no_caps_start=0.3, emoji=("😂", "🥲", "💀", "🫶"), emoji_rate=0.12),
            Person("Luis", lowercase=0.6, drop_stop=0.9, emoji=("😂", "🙏"), emoji_rate=0.05),
        ],
        start=date(2024, 1, 16), days=60, seed=1212, fmt="ios",
        day_active=lambda day, rng: 0.72,
        sessions=sessions,
        pools=US_CORE,
        values=P.VALUES_US,
        chat_name="Maddie",
    )


def spec_jo() -> Spec:
    """Jo and Sam: three weeks, iOS, shared as a zip with two photos."""

    def sessions(day: int, rng: random.Random) -> list[SessionPlan]:
        body = pick(rng, {"light": 5, "deep": 0.6, "news": 0.5}, rng.choice([1, 2]))
        return [SessionPlan(framed(rng, body, 0.4, 0.3), reply_median_min=1.2)]

    return Spec(
        filename="whatsapp_chat_with_jo.zip",
        people=[
            Person("Jo", no_caps_start=0.2, emoji=("😂", "💛"), emoji_rate=0.1),
            Person("Sam", lowercase=0.5),
        ],
        start=date(2024, 3, 1), days=24, seed=1313, fmt="ios",
        day_active=lambda day, rng: 0.8,
        sessions=sessions,
        pools=US_CORE,
        values=P.VALUES_US,
        chat_name="Jo",
    )


def specs() -> list[Spec]:
    return [
        spec_android(), spec_ios(), spec_group_chat(), spec_jo(),
        spec_balanced_deep(), spec_dominating(), spec_dumping(), spec_waning(),
        spec_superficial(), spec_critical(), spec_crisis(), spec_group_dominated(),
        spec_too_short(),
    ]

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
        week_msgs[(m.when.date() - start).days // 7] = week_msgs.get((m.when.date() - start).days // 7, 0) + 1
        by_person[m.author] += 1
        n = len(m.text.split()) if m.kind == "text" else 0
        words[m.author] += n
        wk = (m.when.date() - start).days // 7
        weeks.setdefault(wk, {p: 0 for p in people})[m.author] += n
    return {"messages": by_person, "words": words, "weeks": weeks, "week_msgs": week_msgs}


def render(spec: Spec, msgs: list[Msg]) -> str:
    first = msgs[0].when - timedelta(minutes=3)
    if spec.fmt == "android":
        return render_android(msgs, first)
    return render_ios(msgs, first, spec.chat_name or spec.people[0].name)


def write_zip(path: Path, chat_text: str, msgs: list[Msg]) -> None:
    """A zip as WhatsApp on iOS shares it: ``_chat.txt`` plus the attached photos."""
    members: list[tuple[str, bytes]] = []
    lines = chat_text.split("\n")
    counter = 11
    media_idx = [i for i, ln in enumerate(lines) if ln.endswith(f"{LRM}image omitted")]
    for i in media_idx[:2]:
        counter += 1
        m = re.match(r"\u200e?\[(\d+)/(\d+)/(\d+), (\d+):(\d+):(\d+)\u202f(AM|PM)\] ([^:]+): ", lines[i])
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                    help="folder to write into (default: sample_chats/ itself)")
    ap.add_argument("--stats", action="store_true", help="print counts and weekly word shares")
    ap.add_argument("--only", default="", help="write only files whose name contains this")
    args = ap.parse_args(argv)
    summary = {}
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
        people = [p.name for p in spec.people]
        st = stats(msgs, people, spec.start)
        summary[spec.filename] = st
        if args.stats:
            n_sys = sum(1 for m in msgs if m.kind == "system")
            days = (msgs[-1].when.date() - msgs[0].when.date()).days + 1
            print(f"{spec.filename}: {len(msgs)} messages ({n_sys} system), {days} days, "
                  f"{msgs[0].when:%Y-%m-%d} .. {msgs[-1].when:%Y-%m-%d}")
            tot_w = sum(st["words"].values()) or 1
            for p in people:
                print(f"   {p:>18}: {st['messages'][p]:4d} msgs, {st['words'][p]:5d} words "
                      f"({st['words'][p] / tot_w:.2f})")
            row = []
            for wk in sorted(st["weeks"]):
                w = st["weeks"][wk]
                tw = sum(w.values()) or 1
                row.append(f"{wk}:" + "/".join(f"{w[p] / tw:.2f}" for p in people[:2]) + f"({tw})")
            print("   weeks", " ".join(row))
            print("   msgs/week", [st["week_msgs"].get(w, 0) for w in range(max(st["week_msgs"]) + 1)])
    if args.stats:
        print(json.dumps({k: v["messages"] for k, v in summary.items()}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
