"""Every summary template of the rulebook renders with the facts its rule produces: a key a
template needs and the verdict lacks raises (it never prints a placeholder)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import analyzer
from analyzer.signs import Status
from analyzer.signs.context import Context
from analyzer.signs.engine import in_dependency_order, judge, render
from analyzer.signs.predicates import PREDICATES
from analyzer.signs.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
CHATS = sorted((ROOT / "sample_chats" / "scenarios").glob("*.txt"))
DECIDED = (Status.OBSERVED, Status.NOT_OBSERVED)


@cache
def verdicts(path: Path) -> dict:
    result = analyzer.analyze(analyzer.load_chat(path))
    ctx = Context(result.measures, result.participants, result.settings)
    done = {}
    for rule in in_dependency_order(RULES):
        done[rule.id] = judge(rule, ctx, done)
    return done


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_template_renders_with_the_facts_of_the_verdicts_that_use_it(rule):
    """The template of a verdict's own status renders with its facts, in every scenario chat; a
    template no scenario reaches renders with the facts the rule's verdicts give elsewhere."""
    decided = [verdicts(path)[rule.id] for path in CHATS]
    decided = [v for v in decided if v.status in DECIDED]
    assert decided, f"no scenario chat decides {rule.id}"
    templates = {Status.OBSERVED: rule.observed, Status.NOT_OBSERVED: rule.not_observed}
    every_fact: dict = {"who": "Ana"}
    for verdict in decided:
        facts = {**verdict.facts, "who": verdict.facts.get("who") or verdict.who or ""}
        every_fact.update(facts)
        text = render(templates[verdict.status], facts)
        assert "{" not in text and "}" not in text, text
    for status in set(templates) - {v.status for v in decided}:
        text = render(templates[status], every_fact)
        assert "{" not in text and "}" not in text, text


def test_a_missing_key_raises_and_names_it():
    with pytest.raises(KeyError, match="needs 'share'"):
        render("met {share} of the time", {"who": "Ana"})


def test_every_predicate_named_by_a_rule_is_registered_and_every_registered_one_is_used():
    named = {rule.predicate for rule in RULES if rule.predicate}
    assert named == set(PREDICATES)


def test_rules_run_after_the_rules_they_depend_on():
    order = [rule.id for rule in in_dependency_order(RULES)]
    assert order.index("dumping_ground") < order.index("find_balance")
    assert sorted(order) == sorted(rule.id for rule in RULES)


def test_context_is_read_only():
    result = analyzer.analyze(analyzer.load_chat(CHATS[0]))
    ctx = Context(result.measures, result.participants, result.settings)
    with pytest.raises(AttributeError, match="read-only"):
        ctx.pad = 3
    padded = ctx.with_pad(3)
    assert (padded.pad, ctx.pad) == (3, 0)
