"""Measures: pure functions from messages + features + structure to tidy tables (DESIGN.md s.5).

CONTRACT (the metrics work implements it; signs and the report rely on these names):

``analyzer.metrics.compute(frame, turns, sessions, replies, *, participants, settings,
language="", lexicon_applied=True) -> Measures``
where ``frame`` is the annotated messages joined with the NLP feature columns
(``annotated.join(features.frame)``), ``participants`` the people to measure (all, or the
``--pair``), ``settings`` an :class:`analyzer.settings.Settings`, ``language`` and
``lexicon_applied`` copied from the NLP pass (lexicon measures are NaN, n kept, when False).

Conventions: shares are taken over the measured participants (they sum to 1 across them);
replies by and to people outside the pair still count (latency, pairwise, who answers a
disclosure). ``n`` of a share is its denominator, of a count the items it was counted over
(text messages, turns, ...), of a rate its denominator. How replies to disclosures are classified,
and the precedence of the classes, is in :mod:`analyzer.metrics.responsiveness`.

``Measures`` (frozen dataclass) holds:

``values``: tidy DataFrame, one row per (measure, participant), columns
    ``dimension`` (balance | depth | one_sidedness | trend), ``measure`` (a name from
    :data:`CATALOGUE`), ``participant`` (a name, or "" for a chat-level value), ``value``
    (float, NaN when it cannot be computed), ``n`` (int: the items behind the value),
    ``ci_low``, ``ci_high`` (bootstrap over sessions where it applies, else NaN),
    ``p_value`` (tests only, else NaN).
``weekly``: tidy DataFrame ``week`` (Monday, datetime64), ``participant``, ``measure``,
    ``value``, ``n`` for: messages, words, word_share, questions, median_latency_s,
    emotion_word_rate, feeling_statements, minimal_share. ``counted`` (bool) marks weeks with at
    least ``settings.minimum.messages_per_week`` messages.
``pairwise``: ``author``, ``to_author``, ``replies``, ``median_latency_s`` (who replies to whom),
    ``lsm`` (the pair's language style matching; NaN for pairs with a non-participant).
``disclosures``: one row per feeling statement: ``row`` (position in frame), ``author``,
    ``timestamp``, ``session_id``, ``tier``, ``valence``, ``negative`` (bool), ``responder``,
    ``response`` (responsive | minimal | self_focused | invalidating | none),
    ``response_row`` (position of the first message of the reply turn, -1 when none).
``language``, ``lexicon_applied``: copied from the NLP pass.

Helper for consumers: ``measures.get(measure, participant="") -> float`` and
``measures.row(measure, participant="")`` (a Series with value, n, ci_low, ci_high, p_value).

CATALOGUE below lists every measure name, its dimension, whether it is per participant ("p") or
chat-level ("c"), and its definition (used verbatim by the report's Method section).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd


class MeasureSpec(NamedTuple):
    name: str
    dimension: str
    scope: str  # "p": per participant, "c": chat level
    definition: str


CATALOGUE: tuple[MeasureSpec, ...] = (
    # --- balance (talk time)
    MeasureSpec(
        "messages", "balance", "p", "Messages written (text and media, not system notices)."
    ),
    MeasureSpec("words", "balance", "p", "Words written in text messages."),
    MeasureSpec("word_share", "balance", "p", "Share of all words. 0..1."),
    MeasureSpec("message_share", "balance", "p", "Share of all messages. 0..1."),
    MeasureSpec(
        "turn_share", "balance", "p", "Share of all turns (runs of messages by one person). 0..1."
    ),
    MeasureSpec("char_share", "balance", "p", "Share of all characters. 0..1."),
    MeasureSpec(
        "seconds_share", "balance", "p", "Share of speaking time (transcripts only). 0..1."
    ),
    MeasureSpec(
        "balance_index",
        "balance",
        "c",
        "Two people: 1 - |2*word_share - 1|; groups: 1 - normalised Gini of word shares. 1 = equal.",
    ),
    MeasureSpec("balance_index_messages", "balance", "c", "The balance index over message shares."),
    MeasureSpec(
        "dominant_weeks_share",
        "balance",
        "p",
        "Fraction of counted weeks in which this person held >= the dominance share of words; n = counted weeks.",
    ),
    MeasureSpec(
        "dominance_p_value",
        "balance",
        "c",
        "Two-sided sign test: are the weeks dominated by one person more than chance? value = fraction of counted weeks (ties dropped) in which the top talker held more than an equal share of words; n = those weeks; p_value = exact binomial test against 1/2.",
    ),
    MeasureSpec(
        "initiations",
        "balance",
        "p",
        "Sessions this person started (first message after a silence longer than the session gap).",
    ),
    MeasureSpec("initiation_share", "balance", "p", "Share of sessions this person started. 0..1."),
    MeasureSpec("longest_monologue", "balance", "p", "Most messages in one turn."),
    MeasureSpec("typical_monologue", "balance", "p", "Median messages per turn."),
    MeasureSpec(
        "double_text_rate",
        "balance",
        "p",
        "Share of this person's turns made of two or more messages.",
    ),
    MeasureSpec(
        "unanswered_sessions",
        "balance",
        "p",
        "Sessions this person started that nobody else wrote in.",
    ),
    MeasureSpec(
        "median_latency_s",
        "balance",
        "p",
        "Median seconds this person took to reply, within sessions only.",
    ),
    MeasureSpec(
        "latency_ratio",
        "balance",
        "c",
        "Slower person's median latency divided by the faster one's (two people; in groups the slowest over the fastest).",
    ),
    MeasureSpec(
        "span_days", "balance", "c", "Days from the first to the last message; n = messages in all."
    ),
    # --- depth
    MeasureSpec(
        "emotion_word_rate", "depth", "p", "Emotion words and phrases (tier >= 2) per 100 words."
    ),
    MeasureSpec(
        "tier0_share", "depth", "p", "Share of text messages whose deepest tier is 0 (logistics)."
    ),
    MeasureSpec(
        "tier1_share", "depth", "p", "Share of text messages whose deepest tier is 1 (surface)."
    ),
    MeasureSpec(
        "tier2_share",
        "depth",
        "p",
        "Share of text messages whose deepest tier is 2 (named emotion).",
    ),
    MeasureSpec(
        "tier3_share",
        "depth",
        "p",
        "Share of text messages whose deepest tier is 3 (vulnerable, relational).",
    ),
    MeasureSpec("feeling_statements", "depth", "p", "First-person feeling statements."),
    MeasureSpec("feeling_rate", "depth", "p", "Feeling statements per 100 text messages."),
    MeasureSpec("negative_disclosures", "depth", "p", "Feeling statements with negative valence."),
    MeasureSpec(
        "disclosure_share", "depth", "p", "Share of all feeling statements made by this person."
    ),
    MeasureSpec(
        "mean_valence", "depth", "p", "Mean corrected VADER compound over text messages, -1..1."
    ),
    MeasureSpec(
        "emotion_richness",
        "depth",
        "p",
        "Distinct emotion terms / emotion terms used (type-token ratio), 0..1.",
    ),
    MeasureSpec(
        "deep_session_share",
        "depth",
        "c",
        "Share of conversations (sessions in which at least two people wrote) holding both light (tier <= 1) and deep (tier >= 2) messages; n = those conversations.",
    ),
    # --- one-sidedness and responsiveness
    MeasureSpec("questions", "one_sidedness", "p", "Questions asked (with or without '?')."),
    MeasureSpec(
        "question_share", "one_sidedness", "p", "Share of all questions asked by this person."
    ),
    MeasureSpec(
        "questions_about_other",
        "one_sidedness",
        "p",
        "Questions about the other person ('how are you feeling?').",
    ),
    MeasureSpec(
        "followups", "one_sidedness", "p", "Follow-up questions on the partner's previous turn."
    ),
    MeasureSpec(
        "responsive_share",
        "one_sidedness",
        "p",
        "Share of the partner's disclosures this person met with a responsive reply (validation, support, follow-up, question about them, reciprocal disclosure); n = those disclosures (the ones this person answered, plus the unanswered ones in a two-person chat).",
    ),
    MeasureSpec(
        "minimal_response_share",
        "one_sidedness",
        "p",
        "Share of the partner's disclosures met with a minimal reply.",
    ),
    MeasureSpec(
        "self_focused_share",
        "one_sidedness",
        "p",
        "Share of the partner's disclosures met with a shift to this person's own story.",
    ),
    MeasureSpec(
        "invalidating_share",
        "one_sidedness",
        "p",
        "Share of the partner's disclosures met with invalidation.",
    ),
    MeasureSpec(
        "unanswered_disclosure_share",
        "one_sidedness",
        "p",
        "Share of this person's disclosures that got no reply in the session.",
    ),
    MeasureSpec(
        "responsiveness_received",
        "one_sidedness",
        "p",
        "Share of this person's disclosures that met a responsive reply.",
    ),
    MeasureSpec(
        "complaint_repair_share",
        "one_sidedness",
        "p",
        "Share of this person's complaints about the partner whose reply turn (the next turn in"
        " the session) holds repair and no defensiveness; n = complaint messages.",
    ),
    MeasureSpec(
        "reciprocity",
        "one_sidedness",
        "p",
        "P(this person discloses within 3 turns after the partner's disclosure) minus the same probability after any of the partner's turns (their base rate); -1..1, n = the partner's disclosure turns.",
    ),
    MeasureSpec(
        "support_given", "one_sidedness", "p", "Support, validation and empathy messages written."
    ),
    MeasureSpec(
        "support_received",
        "one_sidedness",
        "p",
        "Support, validation and empathy messages received (written by others in turns replying to this person; in a two-person chat every turn of the partner).",
    ),
    MeasureSpec(
        "criticism", "one_sidedness", "p",
        "Criticism markers in sentences addressed to the partner ('you always', 'you never', ...); criticism of anyone else is not counted.",
    ),
    MeasureSpec(
        "defensiveness", "one_sidedness", "p", "Defensiveness markers ('not my fault', ...)."
    ),
    MeasureSpec(
        "repair",
        "one_sidedness",
        "p",
        "Repair attempts ('sorry', 'you're right', 'I didn't mean').",
    ),
    MeasureSpec(
        "complaints",
        "one_sidedness",
        "p",
        "Complaints about how the partner treats them, in sentences addressed to the partner ('you don't listen').",
    ),
    MeasureSpec(
        "reassurance_seeking", "one_sidedness", "p", "Reassurance seeking ('are you mad at me?')."
    ),
    MeasureSpec(
        "disappointment",
        "one_sidedness",
        "p",
        "Disappointment aimed at the partner: in a sentence addressed to them ('you said you would', 'again' after 'you'); being let down by anyone else is a disclosure, not counted here.",
    ),
    MeasureSpec(
        "loneliness", "one_sidedness", "p",
        "Explicit loneliness statements addressed to the partner ('I feel so alone even when you're here'); loneliness told as news about one's life is a disclosure, not counted here.",
    ),
    MeasureSpec(
        "hedges",
        "one_sidedness",
        "p",
        "Hedges taking back emotional content ('it's fine', 'nvm', 'jk').",
    ),
    MeasureSpec("affection", "one_sidedness", "p", "Affection words and emoji."),
    MeasureSpec(
        "minimal_share",
        "one_sidedness",
        "p",
        "Share of this person's turns that are minimal replies.",
    ),
    MeasureSpec(
        "lsm",
        "one_sidedness",
        "c",
        "Language style matching over 9 function-word categories, 0..1 (1 = identical style).",
    ),
    # --- trend (Theil-Sen slope per week, relative to the mean; p_value from Kendall's tau)
    MeasureSpec(
        "trend_messages",
        "trend",
        "c",
        "Weekly messages: Theil-Sen slope per week as a fraction of the mean week.",
    ),
    MeasureSpec(
        "trend_words_per_message", "trend", "c", "Words per message: relative slope per week."
    ),
    MeasureSpec("trend_questions", "trend", "c", "Questions per week: relative slope per week."),
    MeasureSpec(
        "trend_latency", "trend", "c", "Median reply latency per week: relative slope per week."
    ),
    MeasureSpec(
        "trend_depth", "trend", "c", "Emotion-word rate per week: relative slope per week."
    ),
    MeasureSpec(
        "trend_minimal", "trend", "c", "Share of minimal replies per week: relative slope per week."
    ),
)


@dataclass(frozen=True)
class Measures:
    """Every measure of one chat as tidy tables (see the module docstring)."""

    values: pd.DataFrame
    weekly: pd.DataFrame
    pairwise: pd.DataFrame
    disclosures: pd.DataFrame
    language: str
    lexicon_applied: bool

    def row(self, measure: str, participant: str = "") -> pd.Series:
        """The row of ``values`` for ``measure`` and ``participant`` (KeyError if absent)."""
        hit = self.values[
            (self.values["measure"] == measure) & (self.values["participant"] == participant)
        ]
        if hit.empty:
            raise KeyError(f"no measure {measure!r} for participant {participant!r}")
        return hit.iloc[0]

    def get(self, measure: str, participant: str = "") -> float:
        """The value of ``measure`` for ``participant`` (NaN when it could not be computed)."""
        return float(self.row(measure, participant)["value"])


from analyzer.metrics.compute import compute  # noqa: E402  (compute reads CATALOGUE above)

__all__ = ["CATALOGUE", "Measures", "MeasureSpec", "compute"]
