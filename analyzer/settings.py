"""Frozen settings: the session gap, the minimum data and every threshold a sign uses.

Every heuristic threshold (see docs/signs.md) lives here with its default, a one-line
meaning (:func:`meanings`) and a short name in plain words (:func:`names`) in the field's
metadata, so the report's Method section can list them in the reader's language under their
names, each with the key a user sets, and users can change them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from analyzer.errors import SettingsError

if TYPE_CHECKING:
    import pandas as pd


def N_(message: str) -> str:
    """Marks a setting's name for the report's catalogue (translated where the report shows it)."""
    return message


def _help(default, meaning: str, *, name: str | None = None):
    """A setting's default with its one-line meaning and, for the settings the report's Method
    section lists, its name in plain words (both read by that section, in its language)."""
    metadata = {"help": meaning} if name is None else {"help": meaning, "name": name}
    return field(default=default, metadata=metadata)


def meanings(cls: type) -> dict[str, str]:
    """Each setting of ``cls`` (MinimumData, Thresholds, Settings) with its one-line meaning."""
    return {f.name: f.metadata["help"] for f in fields(cls) if "help" in f.metadata}


def names(cls: type) -> dict[str, str]:
    """Each setting of ``cls`` that has one with its name in plain words (English, the
    catalogue's source: the report translates it)."""
    return {f.name: f.metadata["name"] for f in fields(cls) if "name" in f.metadata}


@dataclass(frozen=True)
class MinimumData:
    """Below these amounts a measure or sign reports ``insufficient_data`` (docs/signs.md)."""

    weeks: int = _help(2, "span of the chat, in weeks", name=N_("Shortest chat, in weeks"))
    messages: int = _help(100, "messages in all", name=N_("Fewest messages"))
    messages_per_person: int = _help(
        20, "messages from each person", name=N_("Fewest messages per person")
    )
    messages_per_week: int = _help(
        20, "messages in a week for that week to count", name=N_("Messages for a week to count")
    )
    words_for_style: int = _help(
        50, "words per person for style matching", name=N_("Words for style matching")
    )
    replies_for_latency: int = _help(
        30, "replies per person for reply times", name=N_("Replies for reply times")
    )
    disclosures_for_responsiveness: int = _help(
        10,
        "feeling statements for responsiveness",
        name=N_("Feeling statements for responsiveness"),
    )
    weeks_for_trend: int = _help(8, "weeks for a trend", name=N_("Weeks for a trend"))


@dataclass(frozen=True)
class Thresholds:
    """Heuristic thresholds of the signs (see docs/signs.md). The signs work owns this list.

    Shares are 0..1; "rates" are per 100 messages of the person; "parity" is the smallest
    person's amount divided by the mean amount (1 = equal, 0 = one person does none of it);
    "excess" is a share above the fair share, scaled so 0 = fair and 1 = everything
    (``(s - 1/k) / (1 - 1/k)`` for k people; ``2s - 1`` for two).
    """

    # --- talk time and one_sided
    dominance_share: float = _help(
        0.60,
        'a week is "dominated" when one person holds >= this word share',
        name=N_("Word share of a dominated week"),
    )
    one_sided_share: float = _help(
        0.65,
        "one_sided: word share at least this (two people; groups use the same excess) ...",
        name=N_("One-sided talk: word share"),
    )
    one_sided_weeks: float = _help(
        0.70,
        "... in at least this fraction of counted weeks",
        name=N_("One-sided talk: share of weeks"),
    )
    one_sided_support_share: float = _help(
        0.60,
        "one_sided support: initiation share >= this (excess-scaled for groups)",
        name=N_("One-sided talk: conversations started"),
    )
    one_sided_question_share: float = _help(
        0.40,
        "one_sided support: the dominant person asks <= this share of questions (fair-scaled)",
        name=N_("One-sided talk: share of questions"),
    )
    one_sided_double_text_gap: float = _help(
        0.15,
        "one_sided support: double-text rate above everyone else's by >= this",
        name=N_("One-sided talk: extra double texts"),
    )
    # --- dumping_ground
    dumping_negative_share: float = _help(
        0.70,
        "dumping_ground: share of negative disclosures",
        name=N_("Offloading: share of hard feelings"),
    )
    dumping_weeks: float = _help(
        0.70,
        "... and the majority of them in at least this fraction of weeks with any",
        name=N_("Offloading: share of weeks"),
    )
    dumping_min_weeks: int = _help(
        3,
        "... counting at least this many weeks with negative disclosures",
        name=N_("Offloading: fewest weeks"),
    )
    dumping_response_ratio: float = _help(
        3.0,
        "responsive replies received >= this times those given",
        name=N_("Offloading: care received per care given"),
    )
    dumping_self_focus: float = _help(
        0.30,
        "the offloader's replies to others' disclosures shift to self this often",
        name=N_("Offloading: replies turned to oneself"),
    )
    dumping_min_partner_disclosures: int = _help(
        3,
        "fewer partner disclosures: the self-focus test is skipped",
        name=N_("Offloading: fewest feelings shared by the other"),
    )
    # --- sharing and support
    safe_feeling_rate: float = _help(
        2.0,
        "safe_sharing: every person makes >= this many feeling statements per 100 messages",
        name=N_("Safe sharing: feelings per 100 messages"),
    )
    safe_responsive_share: float = _help(
        0.50,
        "safe_sharing: share of all disclosures met responsively",
        name=N_("Safe sharing: share met with care"),
    )
    supported_share: float = _help(
        0.60,
        "feel_supported: share of negative disclosures met responsively",
        name=N_("Support: hard feelings met with care"),
    )
    min_negative_disclosures: int = _help(
        3,
        "feel_supported / empathy: fewer negative disclosures is insufficient data",
        name=N_("Fewest hard feelings shared"),
    )
    listen_responsive_share: float = _help(
        0.50,
        "listen_without_judgment: each person's responsive share >= this",
        name=N_("Listening: share of caring replies"),
    )
    listen_invalidating_share: float = _help(
        0.10,
        "listen_without_judgment: each person's invalidating share <= this",
        name=N_("Listening: share of dismissive replies"),
    )
    raise_min_complaints: int = _help(
        2,
        "can_raise_issues: complaints about the other needed to judge",
        name=N_("Raising issues: fewest complaints"),
    )
    raise_repair_share: float = _help(
        0.60,
        "can_raise_issues: repair / (repair + defensiveness) >= this",
        name=N_("Raising issues: share of repair"),
    )
    ups_downs_share: float = _help(
        0.50,
        "share_ups_and_downs: good and bad news each met responsively this often",
        name=N_("Ups and downs: share met with care"),
    )
    ups_downs_min_each: int = _help(
        3,
        "share_ups_and_downs: at least this many good and this many bad disclosures",
        name=N_("Ups and downs: fewest of each"),
    )
    care_parity: float = _help(
        0.60,
        "mutual_care: parity of affection, check-ins, initiations, questions >= this",
        name=N_("Mutual care: evenness"),
    )
    care_min_acts: int = _help(
        5,
        "mutual_care: at least this many affection words + questions about the other",
        name=N_("Mutual care: fewest signs of care"),
    )
    light_to_deep_share: float = _help(
        0.25,
        "light_to_deep: share of sessions with light and deep talk >= this",
        name=N_("Light to deep: share of conversations"),
    )
    empathy_share: float = _help(
        0.50,
        "empathy: each person meets others' negative disclosures responsively this often",
        name=N_("Empathy: hard feelings met with care"),
    )
    empathy_min_support: int = _help(
        2,
        "empathy: each person writes at least this many support messages",
        name=N_("Empathy: fewest support messages"),
    )
    interest_question_rate: float = _help(
        4.0,
        "genuine_interest: every person asks >= this many questions per 100 messages",
        name=N_("Interest: questions per 100 messages"),
    )
    interest_other_rate: float = _help(
        4.0,
        "genuine_interest: every person asks >= this many questions about the other or "
        "follow-ups per 100 messages",
        name=N_("Interest: questions about the other per 100 messages"),
    )
    presence_latency_s: float = _help(
        900.0,
        "presence: slowest person's median reply within sessions <= this",
        name=N_("Attention: slowest usual reply, in seconds"),
    )
    presence_minimal_share: float = _help(
        0.30,
        "presence: every person's share of minimal turns <= this",
        name=N_("Attention: share of minimal replies"),
    )
    compassion_share: float = _help(
        0.60,
        "compassion_when_suffering: tier-3 negative disclosures met responsively",
        name=N_("Compassion: deep pain met with care"),
    )
    compassion_min: int = _help(
        3,
        "compassion_when_suffering: fewer tier-3 negative disclosures is insufficient data",
        name=N_("Compassion: fewest moments of deep pain"),
    )
    # --- signs of a lack
    vulnerable_feeling_rate: float = _help(
        1.0,
        "afraid_to_be_vulnerable: someone below this many feeling statements per 100 messages",
        name=N_("Unsaid feelings: feelings per 100 messages"),
    )
    vulnerable_disclosure_share: float = _help(
        0.85,
        "afraid_to_be_vulnerable: or one person makes >= this share of them",
        name=N_("Unsaid feelings: one person's share"),
    )
    vulnerable_hedges: int = _help(
        3,
        "afraid_to_be_vulnerable: or someone hedges after emotional content this often",
        name=N_("Unsaid feelings: hedging after feelings"),
    )
    superficial_deep_share: float = _help(
        0.15,
        "superficial: share of light-and-deep sessions <= this (the lexicon's noise floor is "
        "~0.1) ...",
        name=N_("Surface talk: share of deep conversations"),
    )
    superficial_light_share: float = _help(
        0.90,
        "... and share of messages at tier 0-1 >= this",
        name=N_("Surface talk: share of light messages"),
    )
    unheard_share: float = _help(
        0.35,
        "not_seen_heard: a person's disclosures met responsively < this",
        name=N_("Not heard: feelings met with care"),
    )
    unheard_min_disclosures: int = _help(
        5,
        "a person's responsiveness (received, or given in find_balance) needs this many "
        "disclosures behind it",
        name=N_("Fewest feelings behind responsiveness"),
    )
    unheard_complaints: int = _help(
        2,
        "not_seen_heard: or this many complaints about not being heard",
        name=N_("Not heard: complaints of not being heard"),
    )
    criticism_min: int = _help(
        3,
        "judged_criticized: criticism markers aimed at a person, at least this many ...",
        name=N_("Criticism: fewest marks of criticism"),
    )
    criticism_rate: float = _help(
        1.0,
        "... and this many per 100 messages of the critics",
        name=N_("Criticism: per 100 messages"),
    )
    reassurance_min: int = _help(
        3,
        "judged_criticized: or a person seeks reassurance this often",
        name=N_("Seeking reassurance: how often"),
    )
    disappointment_min: int = _help(
        3,
        "disappointment: disappointment markers from one person",
        name=N_("Disappointment: fewest marks"),
    )
    unanswered_bid_share: float = _help(
        0.30,
        "disappointment/loneliness: share of a person's initiations left unanswered",
        name=N_("Unanswered openings: share"),
    )
    unanswered_min_initiations: int = _help(
        5,
        "... out of at least this many initiations",
        name=N_("Unanswered openings: fewest openings"),
    )
    loneliness_min: int = _help(
        2,
        "loneliness: explicit loneliness statements from one person, while their bids go unmet",
        name=N_("Loneliness: fewest statements"),
    )
    waning_slope: float = _help(
        0.03,
        "waning_interest: relative weekly slope beyond this, in the waning direction ...",
        name=N_("Waning interest: weekly slope"),
    )
    trend_p: float = _help(
        0.05, "... with Kendall p <= this", name=N_("Waning interest: test threshold (p)")
    )
    waning_min_trends: int = _help(
        2,
        "waning_interest: at least this many trends waning, one of them volume or length",
        name=N_("Waning interest: fewest waning trends"),
    )
    # --- find_balance profile
    balance_excess: float = _help(
        0.30,
        "a dimension is lopsided when one person's excess share >= this (0.65 of two)",
        name=N_("Balance: lopsided share"),
    )
    balance_responsive_gap: float = _help(
        0.30,
        "responsiveness differs between people by >= this",
        name=N_("Balance: gap in responsiveness"),
    )
    balance_lsm_min: float = _help(
        0.50,
        "style matching below this counts as an imbalance",
        name=N_("Balance: lowest style matching"),
    )
    # --- the report's wording
    even_word_gap: float = _help(
        0.10,
        'report: a split whose excess share is below this reads as "about even" (0.55 of two); '
        "from it up to the lopsided line it leans to one side",
        name=N_("Report: margin of “about even”"),
    )


@dataclass(frozen=True)
class Settings:
    """Everything that changes a result. Frozen; make a changed copy with :meth:`with_`."""

    session_gap: timedelta = _help(
        timedelta(hours=2),
        "silence after which a new conversation starts",
        name=N_("Pause between conversations"),
    )
    pair: tuple[str, str] | None = None
    since: str | None = _help(None, "ISO date, inclusive")
    until: str | None = _help(None, "ISO date, inclusive")
    spacy_model: str | None = _help(None, 'None: spacy.blank("en") plus our components')
    nlp_processes: int | str = _help(
        "auto",
        'NLP pass workers: "auto" (2 for > 20k distinct texts on Linux with >= 2 CPUs) or a count;'
        " results are identical",
    )
    anonymize: bool = False
    also_hide: tuple[str, ...] = _help(
        (), 'more names --anonymize scrubs from text (shown as "[name]")'
    )
    quotes: bool = True
    bootstrap_samples: int = 500
    seed: int = 7
    minimum: MinimumData = field(default_factory=MinimumData)
    thresholds: Thresholds = field(default_factory=Thresholds)

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["session_gap"] = format_duration(self.session_gap)
        d["pair"] = list(self.pair) if self.pair else None
        d["also_hide"] = list(self.also_hide)
        return d


_DURATION = re.compile(
    r"^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$"
)


def parse_duration(text: str) -> timedelta:
    """Parse ``"2h"``, ``"90m"``, ``"1h30m"``, ``"45s"`` into a timedelta (> 0)."""
    m = _DURATION.match(text or "")
    if not m or not any(m.groups()):
        raise SettingsError(f"cannot read duration {text!r}: use e.g. 2h, 90m or 1h30m")
    hours, minutes, seconds = (float(g) if g else 0.0 for g in m.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total > MAX_DURATION.total_seconds():
        raise SettingsError(
            f"duration {text!r} is too long; the most is {format_duration(MAX_DURATION)} (a year)"
        )
    value = timedelta(seconds=total)
    if value <= timedelta(0):
        raise SettingsError(f"duration {text!r} must be greater than zero")
    return value


#: The longest session gap: a silence of a year already makes the whole chat one session.
MAX_DURATION = timedelta(days=365)
#: Dates this tool can hold (pandas' nanosecond timestamps run from 1677-09-21 to 2262-04-11).
FIRST_DAY, LAST_DAY = "1678-01-01", "2261-12-31"


#: A date written day and month first with slashes, dots or dashes (``03/02/2024``,
#: ``3.2.24``), then perhaps a time.
_DAY_MONTH_FIRST = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?P<time>[ T].*)?$"
)


def _numeric_day(text: str, option: str) -> str:
    """``text`` with a day-and-month-first date rewritten as ISO when only one order can read
    it (``15/02/2024`` -> ``2024-02-15``); refused when both can (``03/02/2024``: 3 February
    or 2 March; the date order of the chat is not known here, and a guess would silently pick
    the wrong weeks). Other text is returned as it is."""
    m = _DAY_MONTH_FIRST.match(text)
    if m is None:
        return text
    a, b = int(m.group("a")), int(m.group("b"))
    year = m.group("y") if len(m.group("y")) == 4 else f"20{m.group('y')}"
    if a <= 12 and b <= 12 and a != b:
        raise SettingsError(
            f"{option} {text!r} is ambiguous ({a} {_MONTHS[b - 1]} or {b} {_MONTHS[a - 1]}); "
            f"write the date as YYYY-MM-DD, e.g. {year}-{b:02}-{a:02} for {a} {_MONTHS[b - 1]}"
        )
    day, month = (a, b) if a > 12 or a == b else (b, a)
    return f"{year}-{month:02}-{day:02}{m.group('time') or ''}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def parse_day(text: str, option: str) -> pd.Timestamp:
    """A ``--since``/``--until`` (or ``base_date=``, ``--compare``) value: a date or date and
    time, with or without a UTC offset, between :data:`FIRST_DAY` and :data:`LAST_DAY`.

    ISO ``YYYY-MM-DD`` is the form to use. A date written day and month first (``15/02/2024``,
    ``15.02.2024``) is read when only one order fits it, and refused with a one-line
    :class:`SettingsError` when both do (``03/02/2024``)."""
    import pandas as pd

    try:
        when = pd.Timestamp(_numeric_day(str(text).strip(), option))
    except (ValueError, TypeError, OverflowError):
        when = None
    if when is None or when is pd.NaT:
        raise SettingsError(f"cannot read {option} {text!r}: use YYYY-MM-DD") from None
    if not pd.Timestamp(FIRST_DAY) <= when.tz_localize(None) <= pd.Timestamp(LAST_DAY):
        raise SettingsError(
            f"{option} {text!r} is outside the dates this tool handles ({FIRST_DAY} to {LAST_DAY})"
        )
    return when.as_unit("ns")


def format_duration(value: timedelta) -> str:
    total = int(value.total_seconds())
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = [f"{h}h" if h else "", f"{m}m" if m else "", f"{s}s" if s else ""]
    return "".join(parts) or "0s"
