"""``compute()``: every measure of :data:`analyzer.metrics.CATALOGUE` into one :class:`Measures`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from analyzer.metrics import CATALOGUE, Measures
from analyzer.metrics import balance as bal
from analyzer.metrics import bootstrap as boot
from analyzer.metrics import depth as dep
from analyzer.metrics import responsiveness as rsp
from analyzer.metrics import trend as trd
from analyzer.metrics.balance import normalised_gini
from analyzer.metrics.base import Prepared, chat_level, prepare
from analyzer.settings import Settings

VALUE_COLUMNS = (
    "dimension",
    "measure",
    "participant",
    "value",
    "n",
    "ci_low",
    "ci_high",
    "p_value",
)
PAIRWISE_COLUMNS = ("author", "to_author", "replies", "median_latency_s", "lsm")

#: Shares given a bootstrap interval (plus responsive_share and balance_index).
BOOTSTRAPPED = (
    "word_share", "message_share", "turn_share", "initiation_share", "question_share",
    "disclosure_share", "responsive_share",
)  # fmt: skip


def _per_person_measures(
    p: Prepared, s: Settings, disc: pd.DataFrame
) -> dict[str, Callable[[], pd.DataFrame]]:
    mini, th = s.minimum, s.thresholds
    return {
        "messages": lambda: bal.messages(p),
        "words": lambda: bal.words(p),
        "word_share": lambda: bal.word_share(p),
        "message_share": lambda: bal.message_share(p),
        "turn_share": lambda: bal.turn_share(p),
        "char_share": lambda: bal.char_share(p),
        "seconds_share": lambda: bal.seconds_share(p),
        "dominant_weeks_share": lambda: bal.dominant_weeks_share(
            p, messages_per_week=mini.messages_per_week, dominance_share=th.dominance_share
        ),
        "initiations": lambda: bal.initiations(p),
        "initiation_share": lambda: bal.initiation_share(p),
        "longest_monologue": lambda: bal.longest_monologue(p),
        "typical_monologue": lambda: bal.typical_monologue(p),
        "double_text_rate": lambda: bal.double_text_rate(p),
        "unanswered_sessions": lambda: bal.unanswered_sessions(p),
        "median_latency_s": lambda: bal.median_latency_s(p),
        "emotion_word_rate": lambda: dep.emotion_word_rate(p),
        "tier0_share": lambda: dep.tier_share(p, tier=0),
        "tier1_share": lambda: dep.tier_share(p, tier=1),
        "tier2_share": lambda: dep.tier_share(p, tier=2),
        "tier3_share": lambda: dep.tier_share(p, tier=3),
        "feeling_statements": lambda: dep.feeling_statements(p),
        "feeling_rate": lambda: dep.feeling_rate(p),
        "negative_disclosures": lambda: dep.negative_disclosures(p),
        "disclosure_share": lambda: dep.disclosure_share(p),
        "mean_valence": lambda: dep.mean_valence(p),
        "emotion_richness": lambda: dep.emotion_richness(p),
        "questions": lambda: rsp.questions(p),
        "question_share": lambda: rsp.question_share(p),
        "questions_about_other": lambda: rsp.questions_about_other(p),
        "followups": lambda: rsp.followups(p),
        "responsive_share": lambda: rsp.response_share(p, disc, response="responsive"),
        "minimal_response_share": lambda: rsp.response_share(p, disc, response="minimal"),
        "self_focused_share": lambda: rsp.response_share(p, disc, response="self_focused"),
        "invalidating_share": lambda: rsp.response_share(p, disc, response="invalidating"),
        "unanswered_disclosure_share": lambda: rsp.received_share(p, disc, response="none"),
        "responsiveness_received": lambda: rsp.received_share(p, disc, response="responsive"),
        "complaint_repair_share": lambda: rsp.complaint_repair_share(p),
        "reciprocity": lambda: rsp.reciprocity(p),
        "support_given": lambda: rsp.support_given(p),
        "support_received": lambda: rsp.support_received(p),
        "criticism": lambda: rsp.criticism(p),
        "defensiveness": lambda: rsp.defensiveness(p),
        "repair": lambda: rsp.repair(p),
        "complaints": lambda: rsp.complaints(p),
        "reassurance_seeking": lambda: rsp.reassurance_seeking(p),
        "disappointment": lambda: rsp.disappointment(p),
        "loneliness": lambda: rsp.loneliness(p),
        "hedges": lambda: rsp.hedges(p),
        "affection": lambda: rsp.affection(p),
        "minimal_share": lambda: rsp.minimal_share(p),
    }


def compute(
    frame: pd.DataFrame,
    turns: pd.DataFrame,
    sessions: pd.DataFrame,
    replies: pd.DataFrame,
    *,
    participants: Sequence[str],
    settings: Settings,
    language: str = "",
    lexicon_applied: bool = True,
) -> Measures:
    """Every measure of CATALOGUE for ``participants`` (see the package docstring)."""
    p = prepare(
        frame,
        turns,
        sessions,
        replies,
        participants=list(participants),
        lexicon_applied=lexicon_applied,
    )
    disc = rsp.disclosures(p)
    tables: dict[str, pd.DataFrame] = {}
    for name, fn in _per_person_measures(p, settings, disc).items():
        tables[name] = fn()
    p_values: dict[str, float] = {}
    tables["balance_index"] = bal.balance_index(tables["word_share"])
    tables["balance_index_messages"] = bal.balance_index(tables["message_share"])
    dom, dom_p = bal.dominance_test(p, messages_per_week=settings.minimum.messages_per_week)
    tables["dominance_p_value"] = dom
    p_values["dominance_p_value"] = dom_p
    tables["latency_ratio"] = bal.latency_ratio(tables["median_latency_s"])
    tables["span_days"] = bal.span_days(p)
    tables["deep_session_share"] = dep.deep_session_share(p)
    pairs = rsp.lsm_pairs(p, words_for_style=settings.minimum.words_for_style)
    tables["lsm"] = rsp.lsm(pairs)
    wk = trd.weekly(p, messages_per_week=settings.minimum.messages_per_week)
    for name, (value, n, pv) in trd.trends(
        wk, weeks_for_trend=settings.minimum.weeks_for_trend
    ).items():
        tables[name] = chat_level(value, n)
        p_values[name] = pv
    if not lexicon_applied:
        tables["trend_depth"] = tables["trend_depth"].assign(value=np.nan)
        p_values["trend_depth"] = np.nan

    cis = _intervals(p, disc, settings)
    values = _values_table(p, tables, cis, p_values)
    return Measures(
        values=values,
        weekly=trd.weekly_table(wk),
        pairwise=_pairwise(p, pairs),
        disclosures=disc.loc[:, list(rsp.DISCLOSURE_COLUMNS)].reset_index(drop=True),
        language=language,
        lexicon_applied=lexicon_applied,
    )


def _intervals(
    p: Prepared, disc: pd.DataFrame, s: Settings
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    if len(p.sessions) == 0 or s.bootstrap_samples <= 0 or not p.people:
        return {}
    num, den = boot.share_totals(p, disc)
    extra = {}
    if len(p.people) >= 2:
        extra["balance_index"] = ("word_share", lambda r: 1.0 - normalised_gini(r))
        extra["balance_index_messages"] = ("message_share", lambda r: 1.0 - normalised_gini(r))
    cis = boot.intervals(num, den, samples=s.bootstrap_samples, seed=s.seed, extra=extra)
    if not p.lexicon_applied:
        for name in ("disclosure_share", "responsive_share"):
            cis.pop(name, None)
    return cis


def _values_table(p: Prepared, tables: dict, cis: dict, p_values: dict) -> pd.DataFrame:
    cols: dict[str, list] = {c: [] for c in VALUE_COLUMNS}
    for spec in CATALOGUE:
        t = tables[spec.name]
        k = len(t)
        low, high = cis.get(spec.name, (np.full(k, np.nan), np.full(k, np.nan)))
        cols["dimension"] += [spec.dimension] * k
        cols["measure"] += [spec.name] * k
        cols["participant"] += list(t.index)
        cols["value"].append(t["value"].to_numpy(dtype=np.float64))
        cols["n"].append(t["n"].to_numpy(dtype=np.int64))
        cols["ci_low"].append(np.asarray(low, dtype=np.float64))
        cols["ci_high"].append(np.asarray(high, dtype=np.float64))
        cols["p_value"].append(np.full(k, p_values.get(spec.name, np.nan), dtype=np.float64))
    out = {}
    for c in VALUE_COLUMNS:
        if c in ("dimension", "measure", "participant"):
            out[c] = pd.array(cols[c], dtype="string")
        else:
            out[c] = np.concatenate(cols[c]) if cols[c] else np.array([], dtype=np.float64)
    return pd.DataFrame(out)


def _pairwise(p: Prepared, pairs: pd.DataFrame) -> pd.DataFrame:
    """Who replies to whom: replies and median latency per (author, to_author) where at least
    one of the two is measured; every ordered pair of participants is listed (0 replies when
    none). ``lsm`` is the pair's style matching (NaN for pairs with a non-participant)."""
    r = p.replies[p.replies["prev_turn_id"].to_numpy() >= 0]
    ev = np.array(p.everyone, dtype=object)
    g = pd.DataFrame(
        {
            "a": r["code"].to_numpy(),
            "b": r["to_code"].to_numpy(),
            "lat": r["latency_s"].to_numpy(dtype=np.float64),
        }
    ).groupby(["a", "b"])["lat"]
    got = pd.DataFrame({"replies": g.size(), "median_latency_s": g.median()}).reset_index()
    got["author"] = ev[got["a"].to_numpy()] if len(got) else pd.Series([], dtype=object)
    got["to_author"] = ev[got["b"].to_numpy()] if len(got) else pd.Series([], dtype=object)
    frame = got[["author", "to_author", "replies", "median_latency_s"]]
    grid = pd.DataFrame(
        [(a, b) for a in p.people for b in p.people if a != b], columns=["author", "to_author"]
    )
    frame = grid.merge(frame, on=["author", "to_author"], how="outer") if len(grid) else frame
    measured = set(p.people)
    frame = frame[frame["author"].isin(measured) | frame["to_author"].isin(measured)]
    frame = frame.assign(replies=frame["replies"].fillna(0).astype("int64"))
    lsm = {}
    for a, b, v in pairs[["a", "b", "value"]].itertuples(index=False):
        lsm[(a, b)] = v
        lsm[(b, a)] = v
    keys = list(zip(frame["author"], frame["to_author"], strict=True))
    frame = frame.assign(lsm=np.array([lsm.get(k, np.nan) for k in keys], dtype=np.float64))
    order = {
        name: i for i, name in enumerate(p.people + [e for e in p.everyone if e not in measured])
    }
    frame = frame.assign(
        _a=frame["author"].map(order), _b=frame["to_author"].map(order)
    ).sort_values(["_a", "_b"])
    out = frame.loc[:, list(PAIRWISE_COLUMNS)].reset_index(drop=True)
    out["author"] = out["author"].astype("string")
    out["to_author"] = out["to_author"].astype("string")
    out["median_latency_s"] = out["median_latency_s"].astype("float64")
    return out
