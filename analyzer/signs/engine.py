"""Run the rulebook: gates, then conditions or a predicate, then the Sign with its summary."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from analyzer.metrics import Measures
from analyzer.metrics.catalogue import READING_MEASURES
from analyzer.settings import Settings
from analyzer.signs import SIGN_IDS, Evidence, Sign, predicates
from analyzer.signs.context import EPS, NAN, Context
from analyzer.signs.examples import pick
from analyzer.signs.rules import RULES, Rule
from analyzer.signs.wording import N_, Measure, Phrase, english

#: A sign not judged, and why (``{reason}``: the phrases of its verdict, said with "; ").
NOT_ENOUGH = N_("Not enough to judge: {reason}.")
#: A summary decided on little data (``{summary}`` the sign's own sentence).
DECIDED = N_("{summary} There is little to go on ({decided}), but more could not change this.")

GROUPS = dict(SIGN_IDS)


def span_days(frame: pd.DataFrame | None) -> float:
    """Days from the first to the last message of ``frame`` (NaN when it has none)."""
    if frame is None or "timestamp" not in frame or frame.empty:
        return NAN
    ts = pd.to_datetime(frame["timestamp"])
    return float((ts.max() - ts.min()) / pd.Timedelta(days=1))


def check_conditions(rule: Rule, ctx: Context) -> predicates.Verdict:
    """Any condition failing on enough data: not observed; else any lacking data: insufficient
    data; else observed. A condition on a measure that needs the emotion reading lacks data
    when the chat's language has none (it is not judged on a blank)."""
    evidence = []
    facts: dict[str, str] = {}
    met = True
    missing = []
    for c in rule.conditions:
        agg = ctx.aggregate(c.measure, c.agg, min_n_each=c.min_n_each)
        thr = float(getattr(ctx.t, c.threshold))
        note = f"{c.agg} {c.op} {thr:g} ({c.threshold})"
        evidence.append(
            Evidence(
                c.measure, agg.participant, agg.value, int(agg.n), agg.ci_low, agg.ci_high, note
            )
        )
        facts[f"{c.agg}_{c.measure.replace('+', '_')}"] = predicates._pct(agg.value)
        if not ctx.measures.lexicon_applied and READING_MEASURES.intersection(c.measure.split("+")):
            missing.append(predicates.no_reading(ctx))
            continue
        short = predicates.GATES[c.needs](ctx) if c.needs else None
        if short is not None:
            missing.extend(short.said)
            continue
        if math.isnan(agg.value):
            missing.append(
                Phrase(N_("{measure} could not be measured"), {"measure": Measure(c.measure)})
            )
            continue
        value = agg.value
        if c.over_disclosures and ctx.pad:
            hits = value * agg.n if c.op == ">=" else (1 - value) * agg.n
            best = predicates.best_share(hits, agg.n, ctx.pad)
            value = best if c.op == ">=" else 1 - best
        met &= value >= thr - EPS if c.op == ">=" else value <= thr + EPS
    if missing and met:
        return predicates.insufficient(tuple(missing), tuple(evidence))
    score = None
    if rule.score:
        vals = [_score_term(ctx, m, how) for m, how in rule.score.terms]
        vals = [v for v in vals if not math.isnan(v)]
        score = sum(vals) / len(vals) if vals else None
    return predicates.Verdict(
        predicates.OBSERVED if met else predicates.NOT_OBSERVED, score, None, tuple(evidence), facts
    )


def _score_term(ctx, measure: str, how: str) -> float:
    """One score term: the aggregate of ``measure``, or 1 minus it when written ``1-measure``."""
    if measure.startswith("1-"):
        return 1.0 - ctx.aggregate(measure[2:], how).value
    return ctx.aggregate(measure, how).value


def judge(rule: Rule, ctx: Context, done: dict[str, predicates.Verdict]) -> predicates.Verdict:
    """The verdict of one rule: the first failing gate, else its predicate or conditions."""
    for gate in ("base", *rule.needs):
        short = predicates.GATES[gate](ctx)
        if short is None:
            continue
        if gate != "disclosures":
            return short
        pad = ctx.minimum.disclosures_for_responsiveness - len(ctx.disclosures())
        best = _decide(rule, ctx.with_pad(pad), done)
        if best.status != predicates.NOT_OBSERVED:
            return short
        return replace(best, facts={**best.facts, "decided": short.said})
    return _decide(rule, ctx, done)


def _decide(rule: Rule, ctx: Context, done: dict[str, predicates.Verdict]) -> predicates.Verdict:
    if rule.predicate:
        return predicates.PREDICATES[rule.predicate](
            ctx, **{dep: done[dep] for dep in rule.depends_on}
        )
    return check_conditions(rule, ctx)


def render(template: str, facts: dict) -> str:
    """A summary template filled with a verdict's facts; a key the facts lack is a bug in the
    rulebook, so it raises instead of printing a placeholder."""
    try:
        return template.format_map(facts)
    except KeyError as missing:
        raise KeyError(
            f"summary template {template!r} needs {missing}, which the verdict lacks"
        ) from None


def in_dependency_order(rules) -> list[Rule]:
    """The rules with every rule after the ones it ``depends_on``."""
    ordered: list[Rule] = []
    pending = list(rules)
    while pending:
        ready = [r for r in pending if all(d in {o.id for o in ordered} for d in r.depends_on)]
        if not ready:
            raise ValueError(f"rules depend on each other in a circle: {[r.id for r in pending]}")
        ordered += ready
        pending = [r for r in pending if r not in ready]
    return ordered


def dress(
    rule: Rule, verdict: predicates.Verdict, ctx: Context, frame: pd.DataFrame | None
) -> Sign:
    """Turn a verdict into the Sign the report shows."""
    if verdict.status == predicates.INSUFFICIENT:
        said = Phrase(NOT_ENOUGH, {"reason": verdict.said})
    else:
        template = rule.observed if verdict.status == predicates.OBSERVED else rule.not_observed
        facts = {**verdict.facts, "who": verdict.facts.get("who") or verdict.who or ""}
        render(template, facts)  # a key the facts lack raises here
        used = {name for name in facts if "{" + name + "}" in template}
        said = Phrase(template, {k: v for k, v in facts.items() if k in used})
        if verdict.facts.get("decided"):
            said = Phrase(DECIDED, {"summary": said, "decided": verdict.facts["decided"]})
    summary = english(said)
    score = verdict.score
    if score is not None and verdict.status != predicates.INSUFFICIENT and not math.isnan(score):
        score = min(1.0, max(0.0, float(score)))
    else:
        score = None
    examples = ()
    if ctx.settings.quotes and verdict.status == predicates.OBSERVED and rule.examples:
        examples = pick(rule.examples, frame, ctx, verdict.who)
    caveat = rule.caveat
    return Sign(
        id=rule.id,
        group=GROUPS[rule.id],
        title=rule.title,
        status=verdict.status,
        score=score,
        who=verdict.who if verdict.status == predicates.OBSERVED else None,
        summary=summary,
        strength=rule.strength,
        caveat=caveat,
        evidence=verdict.evidence,
        examples=examples,
        said=said,
    )


def evaluate_all(
    measures: Measures,
    frame: pd.DataFrame | None,
    *,
    participants: list[str] | tuple[str, ...],
    settings: Settings,
) -> list[Sign]:
    """One Sign per id of SIGN_IDS, in that order (a rule is judged after those it depends on)."""
    ctx = Context(measures, participants, settings, span_days=span_days(frame))
    done: dict[str, predicates.Verdict] = {}
    for rule in in_dependency_order(RULES):
        done[rule.id] = judge(rule, ctx, done)
    by_id = {r.id: r for r in RULES}
    return [dress(by_id[sid], done[sid], ctx, frame) for sid, _group in SIGN_IDS]
