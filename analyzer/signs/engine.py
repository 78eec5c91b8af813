"""Run the rulebook: gates, then conditions or a predicate, then the Sign with its summary."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from analyzer.metrics import Measures
from analyzer.settings import Settings
from analyzer.signs import SIGN_IDS, Evidence, Sign
from analyzer.signs import predicates as P
from analyzer.signs.context import NAN, Context
from analyzer.signs.examples import pick
from analyzer.signs.rules import RULES, Rule

GROUPS = dict(SIGN_IDS)
EPS = 1e-12


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "n/a"


def span_days(frame: pd.DataFrame | None) -> float:
    """Days from the first to the last message of ``frame`` (NaN when it has none)."""
    if frame is None or "timestamp" not in frame or frame.empty:
        return NAN
    ts = pd.to_datetime(frame["timestamp"])
    return float((ts.max() - ts.min()) / pd.Timedelta(days=1))


def check_conditions(rule: Rule, ctx: Context) -> P.Verdict:
    """Any condition failing on enough data: not observed; else any lacking data: insufficient
    data; else observed."""
    evidence = []
    facts: dict[str, str] = {}
    met = True
    missing = []
    for c in rule.conditions:
        agg = ctx.aggregate(c.measure, c.agg, min_n_each=c.min_n_each)
        thr = float(getattr(ctx.t, c.threshold))
        note = f"{c.agg} {c.op} {thr:g} ({c.threshold})"
        evidence.append(Evidence(c.measure, agg.participant, agg.value, int(agg.n), agg.ci_low, agg.ci_high, note))
        facts[f"{c.agg}_{c.measure.replace('+', '_')}"] = P._pct(agg.value)
        short = P.GATES[c.needs](ctx) if c.needs else None
        if short is not None:
            missing.append(short.reason)
            continue
        if math.isnan(agg.value):
            missing.append(f"{c.measure} could not be measured")
            continue
        value = agg.value
        if c.over_disclosures and ctx.pad:
            hits = value * agg.n if c.op == ">=" else (1 - value) * agg.n
            best = P.best_share(hits, agg.n, ctx.pad)
            value = best if c.op == ">=" else 1 - best
        met &= value >= thr - EPS if c.op == ">=" else value <= thr + EPS
    if missing and met:
        return P.insufficient("; ".join(missing), tuple(evidence))
    score = None
    if rule.score:
        vals = [_score_term(ctx, m, how) for m, how in rule.score.terms]
        vals = [v for v in vals if not math.isnan(v)]
        score = sum(vals) / len(vals) if vals else None
    return P.Verdict(P.OBSERVED if met else P.NOT_OBSERVED, score, None, tuple(evidence), facts)


def _score_term(ctx, measure: str, how: str) -> float:
    """One score term: the aggregate of ``measure``, or 1 minus it when written ``1-measure``."""
    if measure.startswith("1-"):
        return 1.0 - ctx.aggregate(measure[2:], how).value
    return ctx.aggregate(measure, how).value


def judge(rule: Rule, ctx: Context, done: dict[str, P.Verdict]) -> P.Verdict:
    """The verdict of one rule: the first failing gate, else its predicate or conditions."""
    for gate in ("base", *rule.needs):
        short = P.GATES[gate](ctx)
        if short is None:
            continue
        if gate != "disclosures":
            return short
        ctx.pad = ctx.minimum.disclosures_for_responsiveness - len(ctx.disclosures())
        try:
            best = _decide(rule, ctx, done)
        finally:
            ctx.pad = 0
        if best.status != P.NOT_OBSERVED:
            return short
        return replace(best, facts={**best.facts, "decided": short.reason})
    return _decide(rule, ctx, done)


def _decide(rule: Rule, ctx: Context, done: dict[str, P.Verdict]) -> P.Verdict:
    if rule.predicate == "find_balance":
        return P.find_balance(ctx, dumping=done.get("dumping_ground"))
    if rule.predicate:
        return getattr(P, rule.predicate)(ctx)
    return check_conditions(rule, ctx)


def dress(rule: Rule, verdict: P.Verdict, ctx: Context, frame: pd.DataFrame | None) -> Sign:
    """Turn a verdict into the Sign the report shows."""
    if verdict.status == P.INSUFFICIENT:
        summary = f"Not enough to judge: {verdict.reason}."
    else:
        template = rule.observed if verdict.status == P.OBSERVED else rule.not_observed
        summary = template.format_map(_Facts({**verdict.facts, "who": verdict.facts.get("who") or verdict.who or ""}))
        if verdict.facts.get("decided"):
            summary += f" There is little to go on ({verdict.facts['decided']}), but more could not change this."
    score = verdict.score
    if score is not None and verdict.status != P.INSUFFICIENT and not math.isnan(score):
        score = min(1.0, max(0.0, float(score)))
    else:
        score = None
    examples = ()
    if ctx.settings.quotes and verdict.status == P.OBSERVED and rule.examples:
        examples = pick(rule.examples, frame, ctx, verdict.who)
    caveat = rule.caveat
    if "lexicon" in rule.needs and not ctx.measures.lexicon_applied:
        caveat = f"{caveat} The emotion lexicon is English only, so this sign is not judged for this chat."
    return Sign(
        id=rule.id,
        group=GROUPS[rule.id],
        title=rule.title,
        status=verdict.status,
        score=score,
        who=verdict.who if verdict.status == P.OBSERVED else None,
        summary=summary,
        strength=rule.strength,
        caveat=caveat,
        evidence=verdict.evidence,
        examples=examples,
    )


def evaluate_all(
    measures: Measures,
    frame: pd.DataFrame | None,
    *,
    participants: list[str] | tuple[str, ...],
    settings: Settings,
) -> list[Sign]:
    """One Sign per id of SIGN_IDS, in that order (find_balance reads dumping_ground's verdict)."""
    ctx = Context(measures, participants, settings, span_days=span_days(frame))
    done: dict[str, P.Verdict] = {}
    for rule in sorted(RULES, key=lambda r: r.id == "find_balance"):
        done[rule.id] = judge(rule, ctx, done)
    by_id = {r.id: r for r in RULES}
    return [dress(by_id[sid], done[sid], ctx, frame) for sid, _group in SIGN_IDS]
