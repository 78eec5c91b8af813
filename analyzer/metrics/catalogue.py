"""The catalogue of measures: one :class:`MeasureSpec` per measure, the only place a measure is
declared.

A spec holds the measure's name, its dimension (balance | depth | one_sidedness | trend), its
scope ("p": per participant, "c": chat level), the unit it is shown in, its plain label, the
function that computes it, its definition (used verbatim by the report's Method section) and
whether it needs the emotion reading (``reading``: NaN, n kept, for a chat whose language has
none; :data:`READING_MEASURES`).
:func:`analyzer.metrics.compute.compute` walks :data:`CATALOGUE`; the report reads labels and
units from it. Adding a measure is adding one spec here.

Each function takes the :class:`Inputs` of one chat and returns a small DataFrame indexed by
participant ("" for a chat-level value) with columns ``value`` and ``n`` (see
:mod:`analyzer.metrics.base`), and ``p_value`` for a test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from analyzer.metrics import balance, depth, responsiveness, trend
from analyzer.metrics.base import Prepared, chat_level
from analyzer.settings import Settings

#: How a value reads best: a whole count, a share (as %), a duration, a ratio ("1.4×"), an index
#: (two decimals), a signed value, a rate (one decimal), a relative weekly trend, a p-value.
UNITS = ("count", "share", "seconds", "ratio", "index", "signed", "rate", "trend", "p")


class Inputs:
    """What the measure functions of one chat read: the prepared chat, the settings, the
    disclosures with their replies, and every table already computed (:meth:`table`)."""

    def __init__(
        self,
        prepared: Prepared,
        settings: Settings,
        disclosures: pd.DataFrame,
        specs: tuple[MeasureSpec, ...],
    ) -> None:
        self.prepared = prepared
        self.settings = settings
        self.disclosures = disclosures
        self._specs = {spec.name: spec for spec in specs}
        self._tables: dict[str, pd.DataFrame] = {}

    def table(self, name: str) -> pd.DataFrame:
        """The table of measure ``name``, computed once; a measure that needs the emotion
        reading is NaN (n and everything else kept) when the chat's language has none."""
        if name not in self._tables:
            spec = self._specs[name]
            table = spec.compute(self)
            if spec.reading and not self.prepared.lexicon_applied:
                table = table.assign(value=np.nan)
                if "p_value" in table:
                    table = table.assign(p_value=np.nan)
            self._tables[name] = table
        return self._tables[name]

    @cached_property
    def weekly(self) -> trend.Weekly:
        return trend.weekly(
            self.prepared, messages_per_week=self.settings.minimum.messages_per_week
        )

    @cached_property
    def trends(self) -> dict[str, tuple[float, int, float]]:
        return trend.trends(self.weekly, weeks_for_trend=self.settings.minimum.weeks_for_trend)

    @cached_property
    def style_pairs(self) -> pd.DataFrame:
        return responsiveness.lsm_pairs(
            self.prepared, words_for_style=self.settings.minimum.words_for_style
        )


@dataclass(frozen=True)
class MeasureSpec:
    """One measure: everything the computation and the report need to know of it."""

    name: str
    dimension: str
    scope: str  # "p": per participant, "c": chat level
    unit: str  # one of UNITS
    label: str  # plain words for the report
    compute: Callable[[Inputs], pd.DataFrame]
    definition: str
    #: reads a column of the emotion reading (the lexicon columns of the NLP pass: tiers,
    #: valence, feeling statements, support, criticism, questions about the other, function
    #: words); its value is NaN (n kept) for a chat whose language has no reading
    reading: bool = False


def _dominant_weeks_share(x: Inputs) -> pd.DataFrame:
    return balance.dominant_weeks_share(
        x.prepared,
        messages_per_week=x.settings.minimum.messages_per_week,
        dominance_share=x.settings.thresholds.dominance_share,
    )


def _dominance_test(x: Inputs) -> pd.DataFrame:
    table, p_value = balance.dominance_test(
        x.prepared, messages_per_week=x.settings.minimum.messages_per_week
    )
    return table.assign(p_value=p_value)


def _answered(response: str) -> Callable[[Inputs], pd.DataFrame]:
    """Share of the partner's disclosures this person met with ``response``."""
    return lambda x: responsiveness.response_share(x.prepared, x.disclosures, response=response)


def _received(response: str) -> Callable[[Inputs], pd.DataFrame]:
    """Share of this person's disclosures that met ``response``."""
    return lambda x: responsiveness.received_share(x.prepared, x.disclosures, response=response)


def _markers(*columns: str) -> Callable[[Inputs], pd.DataFrame]:
    """Matches of these feature columns in text messages; n = text messages."""
    return lambda x: responsiveness.markers(x.prepared, *columns)


def _aimed(column: str) -> Callable[[Inputs], pd.DataFrame]:
    """Matches of ``column`` in messages aimed at the partner; n = text messages."""
    return lambda x: responsiveness.aimed_markers(x.prepared, column)


def _trend(name: str) -> Callable[[Inputs], pd.DataFrame]:
    """A weekly trend (Theil-Sen slope relative to the mean, p-value from Kendall's tau)."""

    def compute(x: Inputs) -> pd.DataFrame:
        value, n, p_value = x.trends[name]
        return chat_level(value, n).assign(p_value=p_value)

    return compute


CATALOGUE: tuple[MeasureSpec, ...] = (
    # --- balance
    MeasureSpec(
        "messages", "balance", "p", "count", "Messages",
        lambda x: balance.messages(x.prepared),
        "Messages written (text and media, not system notices).",
    ),
    MeasureSpec(
        "words", "balance", "p", "count", "Words",
        lambda x: balance.words(x.prepared),
        "Words written in text messages.",
    ),
    MeasureSpec(
        "word_share", "balance", "p", "share", "Share of words",
        lambda x: balance.word_share(x.prepared),
        "Share of all words. 0..1.",
    ),
    MeasureSpec(
        "message_share", "balance", "p", "share", "Share of messages",
        lambda x: balance.message_share(x.prepared),
        "Share of all messages. 0..1.",
    ),
    MeasureSpec(
        "turn_share", "balance", "p", "share", "Share of turns",
        lambda x: balance.turn_share(x.prepared),
        "Share of all turns (runs of messages by one person). 0..1.",
    ),
    MeasureSpec(
        "char_share", "balance", "p", "share", "Share of characters",
        lambda x: balance.char_share(x.prepared),
        "Share of all characters. 0..1.",
    ),
    MeasureSpec(
        "seconds_share", "balance", "p", "share", "Share of speaking time",
        lambda x: balance.seconds_share(x.prepared),
        "Share of speaking time (transcripts only). 0..1.",
    ),
    MeasureSpec(
        "balance_index", "balance", "c", "index", "Balance index (words)",
        lambda x: balance.balance_index(x.table("word_share")),
        "Two people: 1 - |2*word_share - 1|; groups: 1 - normalised Gini of word shares. 1 = "
        "equal.",
    ),
    MeasureSpec(
        "balance_index_messages", "balance", "c", "index", "Balance index (messages)",
        lambda x: balance.balance_index(x.table("message_share")),
        "The balance index over message shares.",
    ),
    MeasureSpec(
        "dominant_weeks_share", "balance", "p", "share", "Weeks dominated",
        _dominant_weeks_share,
        "Fraction of counted weeks in which this person held >= the dominance share of words; "
        "n = counted weeks.",
    ),
    MeasureSpec(
        "dominated_weeks_share", "balance", "p", "share", "Weeks with a lopsided word share",
        lambda x: balance.dominated_weeks_share(
            x.prepared,
            messages_per_week=x.settings.minimum.messages_per_week,
            pair_share=x.settings.thresholds.one_sided_share,
        ),
        "Fraction of counted weeks in which this person's word share was above an equal share "
        "by at least as much as the one-sided share is above one half between two people; n = "
        "counted weeks.",
    ),
    MeasureSpec(
        "dominance_p_value", "balance", "c", "p", "Dominance sign test",
        _dominance_test,
        "Two-sided sign test: are the weeks dominated by one person more than chance? value = "
        "fraction of counted weeks (ties dropped) in which the top talker held more than an "
        "equal share of words; n = those weeks; p = exact binomial test against 1/2.",
    ),
    MeasureSpec(
        "initiations", "balance", "p", "count", "Conversations started",
        lambda x: balance.initiations(x.prepared),
        "Sessions this person started (first message after a silence longer than the session "
        "gap).",
    ),
    MeasureSpec(
        "initiation_share", "balance", "p", "share", "Share of conversations started",
        lambda x: balance.initiation_share(x.prepared),
        "Share of sessions this person started. 0..1.",
    ),
    MeasureSpec(
        "longest_monologue", "balance", "p", "count", "Longest turn (messages)",
        lambda x: balance.longest_monologue(x.prepared),
        "Most messages in one turn.",
    ),
    MeasureSpec(
        "typical_monologue", "balance", "p", "rate", "Typical turn (messages)",
        lambda x: balance.typical_monologue(x.prepared),
        "Median messages per turn.",
    ),
    MeasureSpec(
        "double_text_rate", "balance", "p", "share", "Turns of 2+ messages",
        lambda x: balance.double_text_rate(x.prepared),
        "Share of this person's turns made of two or more messages.",
    ),
    MeasureSpec(
        "unanswered_sessions", "balance", "p", "count", "Conversations left unanswered",
        lambda x: balance.unanswered_sessions(x.prepared),
        "Sessions this person started that nobody else wrote in.",
    ),
    MeasureSpec(
        "median_latency_s", "balance", "p", "seconds", "Median reply time",
        lambda x: balance.median_latency_s(x.prepared),
        "Median seconds this person took to reply, within sessions only.",
    ),
    MeasureSpec(
        "latency_ratio", "balance", "c", "ratio", "Reply-time ratio",
        lambda x: balance.latency_ratio(x.table("median_latency_s")),
        "Slower person's median latency divided by the faster one's (two people; in groups "
        "the slowest over the fastest).",
    ),
    MeasureSpec(
        "span_days", "balance", "c", "count", "Span (days)",
        lambda x: balance.span_days(x.prepared),
        "Days from the first to the last message; n = messages in all.",
    ),
    # --- depth
    MeasureSpec(
        "emotion_word_rate", "depth", "p", "rate", "Emotion words per 100 words",
        lambda x: depth.emotion_word_rate(x.prepared),
        "Emotion words and phrases (tier >= 2) per 100 words.",
        reading=True,
    ),
    MeasureSpec(
        "tier0_share", "depth", "p", "share", "Messages at tier 0 (logistics)",
        lambda x: depth.tier_share(x.prepared, tier=0),
        "Share of text messages whose deepest tier is 0 (logistics).",
        reading=True,
    ),
    MeasureSpec(
        "tier1_share", "depth", "p", "share", "Messages at tier 1 (surface)",
        lambda x: depth.tier_share(x.prepared, tier=1),
        "Share of text messages whose deepest tier is 1 (surface).",
        reading=True,
    ),
    MeasureSpec(
        "tier2_share", "depth", "p", "share", "Messages at tier 2 (named emotion)",
        lambda x: depth.tier_share(x.prepared, tier=2),
        "Share of text messages whose deepest tier is 2 (named emotion).",
        reading=True,
    ),
    MeasureSpec(
        "tier3_share", "depth", "p", "share", "Messages at tier 3 (vulnerable)",
        lambda x: depth.tier_share(x.prepared, tier=3),
        "Share of text messages whose deepest tier is 3 (vulnerable, relational).",
        reading=True,
    ),
    MeasureSpec(
        "feeling_statements", "depth", "p", "count", "Feeling statements",
        lambda x: depth.feeling_statements(x.prepared),
        "First-person feeling statements.",
        reading=True,
    ),
    MeasureSpec(
        "feeling_rate", "depth", "p", "rate", "Feeling statements per 100 messages",
        lambda x: depth.feeling_rate(x.prepared),
        "Feeling statements per 100 text messages.",
        reading=True,
    ),
    MeasureSpec(
        "negative_disclosures", "depth", "p", "count", "Negative feeling statements",
        lambda x: depth.negative_disclosures(x.prepared),
        "Feeling statements with negative valence.",
        reading=True,
    ),
    MeasureSpec(
        "disclosure_share", "depth", "p", "share", "Share of feeling statements",
        lambda x: depth.disclosure_share(x.prepared),
        "Share of all feeling statements made by this person.",
        reading=True,
    ),
    MeasureSpec(
        "mean_valence", "depth", "p", "signed", "Mean valence (−1..1)",
        lambda x: depth.mean_valence(x.prepared),
        "Mean corrected VADER compound over text messages, -1..1.",
        reading=True,
    ),
    MeasureSpec(
        "emotion_richness", "depth", "p", "index", "Emotion vocabulary richness",
        lambda x: depth.emotion_richness(x.prepared),
        "Distinct emotion terms / emotion terms used (type-token ratio), 0..1.",
        reading=True,
    ),
    MeasureSpec(
        "deep_session_share", "depth", "c", "share", "Conversations going light to deep",
        lambda x: depth.deep_session_share(x.prepared),
        "Share of conversations (sessions in which at least two people wrote) holding both "
        "light (tier <= 1) and deep (tier >= 2) messages; n = those conversations.",
        reading=True,
    ),
    # --- one_sidedness
    MeasureSpec(
        "questions", "one_sidedness", "p", "count", "Questions asked",
        lambda x: responsiveness.questions(x.prepared),
        "Questions asked (with or without '?').",
    ),
    MeasureSpec(
        "question_share", "one_sidedness", "p", "share", "Share of questions",
        lambda x: responsiveness.question_share(x.prepared),
        "Share of all questions asked by this person.",
    ),
    MeasureSpec(
        "questions_about_other", "one_sidedness", "p", "count", "Questions about the other",
        lambda x: responsiveness.questions_about_other(x.prepared),
        "Questions about the other person ('how are you feeling?').",
        reading=True,
    ),
    MeasureSpec(
        "followups", "one_sidedness", "p", "count", "Follow-up questions",
        lambda x: responsiveness.followups(x.prepared),
        "Follow-up questions on the partner's previous turn.",
    ),
    MeasureSpec(
        "responsive_share", "one_sidedness", "p", "share",
        "Replies to the other's disclosures: responsive",
        _answered("responsive"),
        "Share of the partner's disclosures this person met with a responsive reply "
        "(validation, support, follow-up, question about them, reciprocal disclosure); n = "
        "those disclosures (the ones this person answered, plus the unanswered ones in a "
        "two-person chat).",
        reading=True,
    ),
    MeasureSpec(
        "minimal_response_share", "one_sidedness", "p", "share", "… minimal",
        _answered("minimal"),
        "Share of the partner's disclosures met with a minimal reply.",
        reading=True,
    ),
    MeasureSpec(
        "self_focused_share", "one_sidedness", "p", "share", "… shift to own story",
        _answered("self_focused"),
        "Share of the partner's disclosures met with a shift to this person's own story.",
        reading=True,
    ),
    MeasureSpec(
        "answered_self_focus_share", "one_sidedness", "p", "share",
        "Replies to the other's disclosures that turn to own story",
        lambda x: responsiveness.answered_self_focus_share(x.prepared, x.disclosures),
        "Share of this person's replies to the others' disclosures that shift to their own "
        "story; n = those replies (statements left unanswered are not counted).",
        reading=True,
    ),
    MeasureSpec(
        "responsive_replies_given", "one_sidedness", "p", "count", "Responsive replies given",
        lambda x: responsiveness.responsive_given(x.prepared, x.disclosures),
        "Responsive replies this person gave to the others' disclosures; n = the others' "
        "disclosures this person replied to.",
        reading=True,
    ),
    MeasureSpec(
        "responsive_replies_received", "one_sidedness", "p", "count",
        "Responsive replies received",
        lambda x: responsiveness.responsive_received(x.prepared, x.disclosures),
        "Responsive replies this person's disclosures received; n = their disclosures.",
        reading=True,
    ),
    MeasureSpec(
        "negative_disclosure_share", "one_sidedness", "p", "share", "Share of troubles told",
        lambda x: responsiveness.negative_disclosure_share(x.prepared, x.disclosures),
        "This person's share of the negative disclosures (troubles told); n = negative "
        "disclosures by anyone.",
        reading=True,
    ),
    MeasureSpec(
        "offloading_weeks_share", "one_sidedness", "p", "share",
        "Weeks with most of the troubles told",
        lambda x: responsiveness.offloading_weeks_share(x.prepared, x.disclosures),
        "Fraction of the weeks with negative disclosures in which this person made most of "
        "them; n = those weeks.",
        reading=True,
    ),
    MeasureSpec(
        "invalidating_share", "one_sidedness", "p", "share", "… invalidating",
        _answered("invalidating"),
        "Share of the partner's disclosures met with invalidation.",
        reading=True,
    ),
    MeasureSpec(
        "unanswered_disclosure_share", "one_sidedness", "p", "share",
        "Own disclosures left unanswered",
        _received("none"),
        "Share of this person's disclosures that got no reply in the session.",
        reading=True,
    ),
    MeasureSpec(
        "responsiveness_received", "one_sidedness", "p", "share",
        "Own disclosures met responsively",
        _received("responsive"),
        "Share of this person's disclosures that met a responsive reply.",
        reading=True,
    ),
    MeasureSpec(
        "complaint_repair_share", "one_sidedness", "p", "share", "Complaints met with repair",
        lambda x: responsiveness.complaint_repair_share(x.prepared),
        "Share of this person's complaints about the partner whose reply turn (the next turn "
        "in the session) holds repair and no defensiveness; n = complaint messages.",
        reading=True,
    ),
    MeasureSpec(
        "reciprocity", "one_sidedness", "p", "signed", "Reciprocity of disclosure",
        lambda x: responsiveness.reciprocity(x.prepared),
        "P(this person discloses within 3 turns after the partner's disclosure) minus the "
        "same probability after any of the partner's turns (their base rate); -1..1, n = the "
        "partner's disclosure turns.",
        reading=True,
    ),
    MeasureSpec(
        "support_given", "one_sidedness", "p", "count", "Support given",
        lambda x: responsiveness.support_given(x.prepared),
        "Support, validation and empathy messages written.",
        reading=True,
    ),
    MeasureSpec(
        "support_received", "one_sidedness", "p", "count", "Support received",
        lambda x: responsiveness.support_received(x.prepared),
        "Support, validation and empathy messages received (written by others in turns "
        "replying to this person; in a two-person chat every turn of the partner).",
        reading=True,
    ),
    MeasureSpec(
        "criticism", "one_sidedness", "p", "count", "Criticism markers",
        _aimed("cat_criticism"),
        "Criticism markers in sentences addressed to the partner ('you always', 'you never', "
        "...); criticism of anyone else is not counted.",
        reading=True,
    ),
    MeasureSpec(
        "defensiveness", "one_sidedness", "p", "count", "Defensiveness markers",
        _markers("cat_defensiveness"),
        "Defensiveness markers ('not my fault', ...).",
        reading=True,
    ),
    MeasureSpec(
        "repair", "one_sidedness", "p", "count", "Repair attempts",
        _markers("cat_repair"),
        "Repair attempts ('sorry', 'you're right', 'I didn't mean').",
        reading=True,
    ),
    MeasureSpec(
        "complaints", "one_sidedness", "p", "count", "Complaints about the other",
        _aimed("cat_complaint"),
        "Complaints about how the partner treats them, in sentences addressed to the partner "
        "('you don't listen').",
        reading=True,
    ),
    MeasureSpec(
        "reassurance_seeking", "one_sidedness", "p", "count", "Reassurance seeking",
        _markers("cat_reassurance"),
        "Reassurance seeking ('are you mad at me?').",
        reading=True,
    ),
    MeasureSpec(
        "disappointment", "one_sidedness", "p", "count", "Disappointment markers",
        _aimed("cat_disappointment"),
        "Disappointment aimed at the partner: in a sentence addressed to them ('you said you "
        "would', 'again' after 'you'); being let down by anyone else is a disclosure, not "
        "counted here.",
        reading=True,
    ),
    MeasureSpec(
        "loneliness", "one_sidedness", "p", "count", "Loneliness statements",
        _aimed("cat_loneliness"),
        "Explicit loneliness statements addressed to the partner ('I feel so alone even when "
        "you're here'); loneliness told as news about one's life is a disclosure, not counted "
        "here.",
        reading=True,
    ),
    MeasureSpec(
        "hedges", "one_sidedness", "p", "count", "Hedges (“it's fine”, “nvm”)",
        _markers("cat_hedge"),
        "Hedges taking back emotional content ('it's fine', 'nvm', 'jk').",
        reading=True,
    ),
    MeasureSpec(
        "affection", "one_sidedness", "p", "count", "Affection",
        _markers("cat_affection", "emoji_affection"),
        "Affection words and emoji.",
        reading=True,
    ),
    MeasureSpec(
        "minimal_share", "one_sidedness", "p", "share", "Minimal replies (share of turns)",
        lambda x: responsiveness.minimal_share(x.prepared),
        "Share of this person's turns that are minimal replies.",
    ),
    MeasureSpec(
        "lsm", "one_sidedness", "c", "index", "Language style matching",
        lambda x: responsiveness.lsm(x.style_pairs),
        "Language style matching over 9 function-word categories, 0..1 (1 = identical style).",
        reading=True,
    ),
    # --- trend
    MeasureSpec(
        "trend_messages", "trend", "c", "trend", "Messages per week",
        _trend("trend_messages"),
        "Weekly messages: Theil-Sen slope per week as a fraction of the mean week.",
    ),
    MeasureSpec(
        "trend_words_per_message", "trend", "c", "trend", "Words per message",
        _trend("trend_words_per_message"),
        "Words per message: relative slope per week.",
    ),
    MeasureSpec(
        "trend_questions", "trend", "c", "trend", "Questions per week",
        _trend("trend_questions"),
        "Questions per week: relative slope per week.",
    ),
    MeasureSpec(
        "trend_latency", "trend", "c", "trend", "Reply time",
        _trend("trend_latency"),
        "Median reply latency per week: relative slope per week.",
    ),
    MeasureSpec(
        "trend_depth", "trend", "c", "trend", "Emotion-word rate",
        _trend("trend_depth"),
        "Emotion-word rate per week: relative slope per week.",
        reading=True,
    ),
    MeasureSpec(
        "trend_minimal", "trend", "c", "trend", "Minimal replies",
        _trend("trend_minimal"),
        "Share of minimal replies per week: relative slope per week.",
    ),

)  # fmt: skip


#: Measures that need the emotion reading: NaN (n kept) for a chat whose language has none.
READING_MEASURES: frozenset[str] = frozenset(spec.name for spec in CATALOGUE if spec.reading)
