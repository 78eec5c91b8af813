"""Depth: emotion-word rate, tier mix, feeling statements, valence, vocabulary richness.

Lexicon measures (everything here except ``mean_valence``) are NaN, with their n kept, when the
NLP pass could not apply a lexicon (``lexicon_applied`` False).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analyzer.metrics.base import (
    NEGATIVE_VALENCE,
    Prepared,
    by_person,
    chat_level,
    lexicon_off,
    per_person,
    safe_ratio,
    text_messages,
)

_text = text_messages


def emotion_word_rate(prepared: Prepared) -> pd.DataFrame:
    """100 * emotion words (tier >= 2) / words, text messages. Range >= 0; n = words."""
    t = _text(prepared)
    words = by_person(t, "words")
    emo = by_person(t, t["emotion_words"].fillna(0.0).to_numpy())
    return lexicon_off(
        per_person(safe_ratio(emo, words, scale=100.0), words, prepared.people),
        prepared.lexicon_applied,
    )


def tier_share(prepared: Prepared, *, tier: int) -> pd.DataFrame:
    """Share of text messages whose deepest tier equals ``tier``. Range 0..1; n = text messages
    with a tier."""
    t = _text(prepared)
    known = t["tier"].notna().to_numpy()
    hit = (t["tier"] == tier).fillna(False).to_numpy()
    den = by_person(t, known.astype(np.int64))
    return lexicon_off(
        per_person(safe_ratio(by_person(t, hit.astype(np.int64)), den), den, prepared.people),
        prepared.lexicon_applied,
    )


def feeling_statements(prepared: Prepared) -> pd.DataFrame:
    """First-person feeling statements (messages flagged ``feeling``). n = text messages."""
    t = _text(prepared)
    count = by_person(t, t["feeling"].fillna(False).astype(bool).to_numpy().astype(np.int64))
    return lexicon_off(
        per_person(count, by_person(t, "is_text"), prepared.people), prepared.lexicon_applied
    )


def feeling_rate(prepared: Prepared) -> pd.DataFrame:
    """100 * feeling statements / text messages. Range 0..100; n = text messages."""
    t = _text(prepared)
    count = by_person(t, t["feeling"].fillna(False).astype(bool).to_numpy().astype(np.int64))
    n = by_person(t, "is_text")
    return lexicon_off(
        per_person(safe_ratio(count, n, scale=100.0), n, prepared.people), prepared.lexicon_applied
    )


def negative_disclosures(prepared: Prepared) -> pd.DataFrame:
    """Feeling statements whose valence is <= -0.05 (VADER's negative cut-off).
    n = this person's feeling statements."""
    t = _text(prepared)
    feel = t["feeling"].fillna(False).astype(bool).to_numpy()
    neg = feel & (t["feeling_valence"].to_numpy(dtype=np.float64) <= NEGATIVE_VALENCE)
    return lexicon_off(
        per_person(
            by_person(t, neg.astype(np.int64)), by_person(t, feel.astype(np.int64)), prepared.people
        ),
        prepared.lexicon_applied,
    )


def disclosure_share(prepared: Prepared) -> pd.DataFrame:
    """feeling statements_p / all participants' feeling statements. Range 0..1; n = the total."""
    t = _text(prepared)
    count = by_person(t, t["feeling"].fillna(False).astype(bool).to_numpy().astype(np.int64))
    total = float(count.sum())
    table = per_person(
        safe_ratio(count, np.full(len(count), total)), np.full(len(count), total), prepared.people
    )
    return lexicon_off(table, prepared.lexicon_applied)


def mean_valence(prepared: Prepared) -> pd.DataFrame:
    """Mean valence (corrected VADER compound) of text messages. Range -1..1; n = messages with
    a valence."""
    t = _text(prepared)
    g = t["valence"].astype("float64").groupby(t["person"], observed=False)
    return per_person(
        g.mean().reindex(prepared.people), g.count().reindex(prepared.people), prepared.people
    )


def emotion_richness(prepared: Prepared) -> pd.DataFrame:
    """Distinct emotion terms / emotion terms used (type-token ratio). Range 0..1;
    n = emotion terms used (NaN with n=0)."""
    t = _text(prepared)
    terms = t["emotion_terms"].astype("string").fillna("").to_numpy(dtype=object)
    codes = np.asarray(t["person"].cat.codes, dtype=np.int64)
    used, distinct = [], []
    for j in range(len(prepared.people)):
        tokens = " ".join(terms[codes == j]).split()
        used.append(len(tokens))
        distinct.append(len(set(tokens)))
    return lexicon_off(
        per_person(safe_ratio(distinct, used), used, prepared.people), prepared.lexicon_applied
    )


def deep_session_share(prepared: Prepared) -> pd.DataFrame:
    """Share of conversations (sessions where at least two participants wrote text) that hold a
    light message (tier <= 1) and a deep one (tier >= 2). Range 0..1; n = those conversations."""
    t = _text(prepared)
    t = t[t["person"].notna()]
    sid = t["session_id"].to_numpy()
    tier = t["tier"].to_numpy(dtype=np.float64)
    frame = pd.DataFrame(
        {
            "sid": sid,
            "light": tier <= 1,
            "deep": tier >= 2,
            "who": t["person"].cat.codes.to_numpy(),
        }
    )
    g = frame.groupby("sid")
    both_people = g["who"].nunique() >= 2
    mixed = g["light"].any() & g["deep"].any()
    n = int(both_people.sum())
    value = float((mixed & both_people).sum()) / n if n else np.nan
    return lexicon_off(chat_level(value, n), prepared.lexicon_applied)
