"""Signs: the rulebook over measures (docs/signs.md).

``analyzer.signs.evaluate(measures, frame, *, participants, settings) -> list[Sign]``
returns one :class:`Sign` per id in :data:`SIGN_IDS`, in that order. ``frame`` is the messages
joined with features (for picking example messages); ``measures`` an
:class:`analyzer.metrics.Measures`.

How it works: the rulebook (:mod:`analyzer.signs.rules`) holds one row per sign. Each sign first
passes the minimum-data gates of docs/signs.md (``base``: ``settings.minimum.weeks`` weeks,
``minimum.messages`` messages and ``minimum.messages_per_person`` from each person; then the
rule's own: ``disclosures``, ``latency``, ``trend``, ``style``, ``lexicon``); short of them it is
``insufficient_data`` and its summary names what is missing. Then either all the rule's
conditions over measures must hold (``observed``; NaN in any condition is insufficient data) or
its predicate (:mod:`analyzer.signs.predicates`) decides. Thresholds are
:class:`analyzer.settings.Thresholds` fields. Examples (at most three, only for observed signs,
none when ``settings.quotes`` is False) come from :mod:`analyzer.signs.examples`.

Group chats: the signs concern the ``participants`` passed in (everyone, or the ``--pair``).
Signs about two people (responsiveness, support, care, balance) are taken over all of them in
aggregate: per-person measures are compared across everyone (the lowest / highest person, or
pooled over everyone's items, see :mod:`analyzer.signs.context`), everyone else counts as "the
partner" of a person, and shares are judged by their excess over the fair share 1/k, so the
thresholds written for two people (0.65 of the words) mean the same distance from equal in a
group. ``one_sided`` names the member who dominates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzer.signs.wording import Phrase

SIGN_IDS: tuple[tuple[str, str], ...] = (
    ("safe_sharing", "intimacy"),
    ("feel_supported", "intimacy"),
    ("listen_without_judgment", "intimacy"),
    ("can_raise_issues", "intimacy"),
    ("share_ups_and_downs", "intimacy"),
    ("mutual_care", "intimacy"),
    ("light_to_deep", "intimacy"),
    ("empathy", "intimacy"),
    ("genuine_interest", "intimacy"),
    ("presence", "intimacy"),
    ("compassion_when_suffering", "intimacy"),
    ("afraid_to_be_vulnerable", "lack"),
    ("superficial", "lack"),
    ("not_seen_heard", "lack"),
    ("judged_criticized", "lack"),
    ("disappointment", "lack"),
    ("one_sided", "lack"),
    ("waning_interest", "lack"),
    ("loneliness", "lack"),
    ("find_balance", "balance"),
    ("dumping_ground", "balance"),
)


class Status(StrEnum):
    """A sign's verdict (a plain string in JSON and tables)."""

    OBSERVED = "observed"
    NOT_OBSERVED = "not_observed"
    INSUFFICIENT = "insufficient_data"


STATUSES = tuple(Status)


@dataclass(frozen=True)
class Evidence:
    """One number behind a sign."""

    measure: str
    participant: str  # "" for chat level
    value: float
    n: int
    ci_low: float = float("nan")
    ci_high: float = float("nan")
    note: str = ""  # e.g. "threshold >= 0.65"


@dataclass(frozen=True)
class Example:
    """A message that shows the sign."""

    timestamp: str  # ISO 8601
    author: str
    text: str
    row: int = -1  # position in the messages frame (the report shows the talk around it)


@dataclass(frozen=True)
class Sign:
    id: str
    group: str  # intimacy | lack | balance
    title: str
    status: Status
    score: float | None  # 0..1 where one fits
    who: str | None  # the person it concerns, where it concerns one
    summary: str  # one plain sentence for the report
    strength: str  # R, M, W, "W-M", ... (docs/signs.md)
    caveat: str  # what text cannot show; always set for weak indicators
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    examples: tuple[Example, ...] = field(default_factory=tuple)
    #: the summary as a phrase (analyzer.signs.wording), for a report in another language
    said: Phrase | None = field(default=None, compare=False, repr=False)


def evaluate(measures, frame, *, participants, settings) -> list[Sign]:
    """Check every sign of :data:`SIGN_IDS` against ``measures``; see the module docstring.

    ``measures``: :class:`analyzer.metrics.Measures`; ``frame``: messages joined with features
    (only read to pick examples, and for the chat's span when the ``span_days`` measure is
    absent); ``participants``: the people judged; ``settings``: :class:`analyzer.settings.Settings`.
    """
    from analyzer.signs.engine import evaluate_all

    return evaluate_all(measures, frame, participants=participants, settings=settings)
