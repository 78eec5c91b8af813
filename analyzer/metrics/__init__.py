"""Measures: pure functions from messages + features + structure to tidy tables
(docs/design.md, section 3).

``analyzer.metrics.compute(frame, turns, sessions, replies, *, participants, settings,
language="", lexicon_applied=True, languages=None) -> Measures``
where ``frame`` is the annotated messages joined with the NLP feature columns
(``annotated.join(features.frame)``), ``participants`` the people to measure (all, or the
``--pair``), ``settings`` an :class:`analyzer.settings.Settings`, ``language`` and
``lexicon_applied`` copied from the NLP pass (the measures marked ``reading`` in the catalogue
are NaN, n kept, when False).

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
``language``, ``lexicon_applied``, ``languages`` (text messages per language code): copied from
the NLP pass.

Helper for consumers: ``measures.get(measure, participant="") -> float`` and
``measures.row(measure, participant="")`` (a Series with value, n, ci_low, ci_high, p_value).

:data:`CATALOGUE` (in :mod:`analyzer.metrics.catalogue`) declares every measure: its name,
dimension, scope ("p" per participant, "c" chat level), unit, label, function and definition.
"""

from analyzer.metrics.catalogue import CATALOGUE, MeasureSpec
from analyzer.metrics.compute import compute
from analyzer.metrics.measures import Measures

__all__ = ["CATALOGUE", "Measures", "MeasureSpec", "compute"]
