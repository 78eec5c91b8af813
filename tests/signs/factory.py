"""Hand-made measures for the sign tests: a healthy two-person chat to start from, then edits.

``HandChat`` holds plain dicts (per-person measures, chat-level measures, weekly words, feeling
statements, messages) and builds an :class:`analyzer.metrics.Measures` and a messages frame from
them. Values are ``value`` or ``(value, n)``; a bare value gets ``n = DEFAULT_N``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import pandas as pd

from analyzer.metrics import CATALOGUE, Measures
from analyzer.metrics.catalogue import READING_MEASURES
from analyzer.settings import Settings
from analyzer.signs import evaluate

DEFAULT_N = 100
START = pd.Timestamp("2026-01-05 09:00")  # a Monday
DIMENSION = {spec.name: spec.dimension for spec in CATALOGUE}
FEATURES = (
    "cat_criticism",
    "cat_complaint",
    "cat_repair",
    "cat_reassurance",
    "cat_disappointment",
    "cat_loneliness",
    "cat_hedge",
    "cat_affection",
    "question_other",
    "followup",
    "at_partner",
)


def healthy_person() -> dict:
    return {
        "messages": (150, 150),
        "words": (1500, 150),
        "word_share": 0.5,
        "message_share": 0.5,
        "turn_share": 0.5,
        "initiations": (10, 10),
        "initiation_share": (0.5, 20),
        "questions": (20, 150),
        "question_share": (0.5, 40),
        "questions_about_other": (5, 150),
        "followups": (4, 150),
        "affection": (6, 150),
        "feeling_statements": (8, 150),
        "feeling_rate": (5.3, 150),
        "negative_disclosures": (4, 8),
        "disclosure_share": (0.5, 16),
        "responsive_share": (0.75, 8),
        "invalidating_share": (0.0, 8),
        "self_focused_share": (0.125, 8),
        "minimal_response_share": (0.125, 8),
        "responsiveness_received": (0.75, 8),
        "support_given": (5, 150),
        "support_received": (5, 150),
        "criticism": (0, 150),
        "defensiveness": (0, 150),
        "repair": (2, 150),
        "complaints": (0, 150),
        "reassurance_seeking": (0, 150),
        "complaint_repair_share": (float("nan"), 0),
        "disappointment": (0, 150),
        "loneliness": (0, 150),
        "hedges": (0, 150),
        "unanswered_sessions": (1, 10),
        "double_text_rate": (0.2, 100),
        "median_latency_s": (120.0, 100),
        "minimal_share": (0.1, 100),
        "tier0_share": (0.4, 150),
        "tier1_share": (0.4, 150),
        "tier2_share": (0.15, 150),
        "tier3_share": (0.05, 150),
    }


def healthy_chat_level() -> dict:
    return {
        "span_days": (60.0, 300),
        "deep_session_share": (0.3, 40),
        "lsm": (0.85, 3000),
        "balance_index": 1.0,
        "trend_messages": (0.0, 9, 0.9),
        "trend_words_per_message": (0.0, 9, 0.9),
        "trend_questions": (0.0, 9, 0.9),
        "trend_latency": (0.0, 9, 0.9),
        "trend_depth": (0.0, 9, 0.9),
        "trend_minimal": (0.0, 9, 0.9),
    }


@dataclass
class HandChat:
    people: dict[str, dict] = field(default_factory=dict)
    chat: dict = field(default_factory=dict)
    weekly_words: dict[str, list[float]] = field(default_factory=dict)
    disclosures: list[dict] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    lexicon: bool = True

    # --- editing
    def set(self, person: str, **values) -> HandChat:
        self.people[person].update(values)
        return self

    def set_chat(self, **values) -> HandChat:
        self.chat.update(values)
        return self

    def message(self, author: str, week: int, text: str, **features) -> int:
        """Append a message in week ``week`` (0-based); returns its row."""
        ts = START + pd.Timedelta(days=7 * week, minutes=len(self.messages))
        self.messages.append({"timestamp": ts, "author": author, "text": text, **features})
        return len(self.messages) - 1

    def disclose(
        self,
        author: str,
        week: int,
        *,
        negative: bool = True,
        response: str = "responsive",
        tier: int = 2,
        valence: float | None = None,
        responder: str | None = None,
        text: str = "",
        reply: str = "",
    ) -> None:
        """Append a feeling statement and (unless response is 'none') the reply to it."""
        other = responder or next(p for p in self.people if p != author)
        v = valence if valence is not None else (-0.6 if negative else 0.6)
        row = self.message(
            author,
            week,
            text or f"I feel {'awful' if negative else 'great'} #{len(self.disclosures)}",
        )
        reply_row = -1
        if response != "none":
            reply_row = self.message(
                other, week, reply or f"reply {response} #{len(self.disclosures)}"
            )
        self.disclosures.append(
            {
                "row": row,
                "author": author,
                "timestamp": self.messages[row]["timestamp"],
                "session_id": len(self.disclosures),
                "tier": float(tier),
                "valence": v,
                "negative": negative,
                "responder": other if response != "none" else None,
                "response": response,
                "response_row": reply_row,
            }
        )

    # --- building
    def derived(self, settings: Settings) -> dict[str, dict]:
        """The measures metrics derives from the weekly words and the feeling statements (the
        ones the talk-domination and offloading signs compare), worked out by hand here so the
        tests' weekly words and statements decide them."""
        people = list(self.people)
        k = len(people)
        out: dict[str, dict] = {p: {} for p in people}
        weeks = max((len(w) for w in self.weekly_words.values()), default=0)
        totals = [
            sum(self.weekly_words.get(p, [0.0] * weeks)[i] for p in people) for i in range(weeks)
        ]
        counted = [i for i in range(weeks) if totals[i] > 0]
        need = 2.0 * settings.thresholds.one_sided_share - 1.0
        for p in people:
            words = self.weekly_words.get(p, [0.0] * weeks)
            hits = [(words[i] / totals[i] - 1 / k) / (1 - 1 / k) >= need - 1e-12 for i in counted]
            frac = sum(hits) / len(hits) if hits and k > 1 else float("nan")
            out[p]["dominated_weeks_share"] = (frac, len(counted))
        neg = [d for d in self.disclosures if d["negative"]]
        by_week: dict[pd.Timestamp, list[str]] = {}
        for d in neg:
            ts = d["timestamp"]
            by_week.setdefault((ts - pd.Timedelta(days=ts.day_of_week)).normalize(), []).append(
                d["author"]
            )
        for p in people:
            mine = sum(d["author"] == p for d in neg)
            out[p]["negative_disclosure_share"] = (
                mine / len(neg) if neg else float("nan"),
                len(neg),
            )
            most = sum(authors.count(p) / len(authors) > 0.5 for authors in by_week.values())
            out[p]["offloading_weeks_share"] = (
                most / len(by_week) if by_week else float("nan"),
                len(by_week),
            )
            own = [d for d in self.disclosures if d["author"] == p]
            got = sum(d["response"] == "responsive" for d in own)
            out[p]["responsive_replies_received"] = (got, len(own))
            answered = [d for d in self.disclosures if d["author"] != p and d["responder"] == p]
            gave = sum(d["response"] == "responsive" for d in answered)
            out[p]["responsive_replies_given"] = (gave, len(answered))
            shifted = sum(d["response"] == "self_focused" for d in answered)
            out[p]["answered_self_focus_share"] = (
                shifted / len(answered) if answered else float("nan"),
                len(answered),
            )
        return out

    def measures(self, settings: Settings | None = None) -> Measures:
        rows = []
        derived = self.derived(settings or Settings())
        people = [(p, {**derived[p], **v}) for p, v in self.people.items()]
        for person, values in [*people, ("", self.chat)]:
            for name, spec in values.items():
                value, n, p_value, lo, hi = _unpack(spec)
                if not self.lexicon and name in READING_MEASURES:
                    # as compute() leaves them for a language without the emotion reading
                    value = p_value = lo = hi = float("nan")
                rows.append(
                    {
                        "dimension": DIMENSION.get(name, "balance"),
                        "measure": name,
                        "participant": person,
                        "value": float(value),
                        "n": int(n),
                        "ci_low": lo,
                        "ci_high": hi,
                        "p_value": p_value,
                    }
                )
        values = pd.DataFrame(rows)
        weekly = []
        for person, words in self.weekly_words.items():
            for i, w in enumerate(words):
                weekly.append(
                    {
                        "week": START.normalize() + pd.Timedelta(days=7 * i),
                        "participant": person,
                        "measure": "words",
                        "value": float(w),
                        "n": 25,
                        "counted": True,
                    }
                )
        weekly = pd.DataFrame(
            weekly, columns=["week", "participant", "measure", "value", "n", "counted"]
        )
        disclosures = pd.DataFrame(
            self.disclosures,
            columns=[
                "row",
                "author",
                "timestamp",
                "session_id",
                "tier",
                "valence",
                "negative",
                "responder",
                "response",
                "response_row",
            ],
        )
        pairwise = pd.DataFrame(columns=["author", "to_author", "replies", "median_latency_s"])
        return Measures(
            values, weekly, pairwise, disclosures, "en" if self.lexicon else "de", self.lexicon
        )

    def frame(self) -> pd.DataFrame:
        f = pd.DataFrame(
            self.messages, columns=["timestamp", "author", "text", *FEATURES, "words", "tier"]
        )
        for col in FEATURES:
            f[col] = f[col].fillna(0)
        f["words"] = f["words"].fillna(f["text"].str.split().str.len())
        return f

    def copy(self) -> HandChat:
        return copy.deepcopy(self)

    def swapped(self, a: str, b: str) -> HandChat:
        """The same chat with ``a`` and ``b`` trading places (the people keep their order)."""
        out = self.renamed({a: b, b: a})
        out.people = {p: out.people[p] for p in self.people}
        return out

    def renamed(self, swap: dict[str, str]) -> HandChat:
        """The same chat with people renamed by ``swap``."""
        out = self.copy()
        out.people = {swap.get(p, p): v for p, v in out.people.items()}
        out.weekly_words = {swap.get(p, p): v for p, v in out.weekly_words.items()}
        for d in out.disclosures:
            d["author"] = swap.get(d["author"], d["author"])
            d["responder"] = swap.get(d["responder"], d["responder"])
        for m in out.messages:
            m["author"] = swap.get(m["author"], m["author"])
        return out

    def signs(
        self, settings: Settings | None = None, participants: list[str] | None = None
    ) -> dict:
        settings = settings or Settings()
        found = evaluate(
            self.measures(settings),
            self.frame(),
            participants=participants or list(self.people),
            settings=settings,
        )
        return {s.id: s for s in found}


def _unpack(spec) -> tuple[float, int, float, float, float]:
    """value | (value, n) | (value, n, p_value) | (value, n, ci_low, ci_high)."""
    nan = float("nan")
    if not isinstance(spec, tuple):
        return spec, DEFAULT_N, nan, nan, nan
    if len(spec) == 2:
        return spec[0], spec[1], nan, nan, nan
    if len(spec) == 3:
        return spec[0], spec[1], spec[2], nan, nan
    return spec[0], spec[1], nan, spec[2], spec[3]


def healthy_pair(a: str = "Ana", b: str = "Ben") -> HandChat:
    """Two people who talk evenly for 9 weeks and answer each other's 16 feelings with care."""
    chat = HandChat(
        people={a: healthy_person(), b: healthy_person()},
        chat=healthy_chat_level(),
        weekly_words={a: [170.0] * 9, b: [170.0] * 9},
    )
    for week in range(8):
        chat.disclose(a, week, negative=week % 2 == 0, tier=3 if week % 4 == 0 else 2)
        chat.disclose(b, week, negative=week % 2 == 1, tier=3 if week % 4 == 1 else 2)
    return chat
