"""Frozen settings: the session gap, the minimum data and every threshold a sign uses.

Every heuristic threshold ([H] in SIGNS.md) lives here with its default and a one-line
meaning, so the report's Method section can list them and users can change them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta

from analyzer.errors import SettingsError


@dataclass(frozen=True)
class MinimumData:
    """Below these amounts a measure or sign reports ``insufficient_data`` (SIGNS.md)."""

    weeks: int = 2  # span of the chat, in weeks
    messages: int = 100  # messages in all
    messages_per_person: int = 20  # from each person
    messages_per_week: int = 20  # for a weekly window to count
    words_for_style: int = 50  # per person per unit, for style matching
    replies_for_latency: int = 30  # per person
    disclosures_for_responsiveness: int = 10
    weeks_for_trend: int = 8


@dataclass(frozen=True)
class Thresholds:
    """Heuristic thresholds of the signs ([H] in SIGNS.md). The signs issue owns this list."""

    dominance_share: float = 0.60  # a week is "dominated" when one person holds >= this word share
    one_sided_share: float = 0.65  # one_sided: word share at least this ...
    one_sided_weeks: float = 0.70  # ... in at least this fraction of counted weeks
    dumping_negative_share: float = 0.70  # dumping_ground: share of negative disclosures


@dataclass(frozen=True)
class Settings:
    """Everything that changes a result. Frozen; make a changed copy with :meth:`with_`."""

    session_gap: timedelta = timedelta(hours=2)
    pair: tuple[str, str] | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    spacy_model: str | None = None  # None: spacy.blank("en") plus our components
    anonymize: bool = False
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
        return d


_DURATION = re.compile(r"^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")


def parse_duration(text: str) -> timedelta:
    """Parse ``"2h"``, ``"90m"``, ``"1h30m"``, ``"45s"`` into a timedelta (> 0)."""
    m = _DURATION.match(text or "")
    if not m or not any(m.groups()):
        raise SettingsError(f"cannot read duration {text!r}: use e.g. 2h, 90m or 1h30m")
    hours, minutes, seconds = (float(g) if g else 0.0 for g in m.groups())
    value = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    if value <= timedelta(0):
        raise SettingsError(f"duration {text!r} must be greater than zero")
    return value


def format_duration(value: timedelta) -> str:
    total = int(value.total_seconds())
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = [f"{h}h" if h else "", f"{m}m" if m else "", f"{s}s" if s else ""]
    return "".join(parts) or "0s"
