"""The README's sign table and the Thresholds dataclass stay in step with the rulebook."""

import dataclasses
import re
from pathlib import Path

import pytest

from analyzer.settings import MinimumData, Settings, Thresholds, meanings
from analyzer.signs import SIGN_IDS
from analyzer.signs.rules import RULES

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = README.read_text(encoding="utf-8").split("## Method: the signs", 1)[-1]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_readme_row_gives_the_strength(rule):
    row = re.search(rf"^\| `{rule.id}` \| ([^|]+) \|", SECTION, re.M)
    assert row is not None and row.group(1).strip() == rule.strength


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.conditions], ids=[r.id for r in RULES if r.conditions]
)
def test_readme_names_each_threshold_of_a_data_rule(rule):
    row = re.search(rf"^\| `{rule.id}` \|.*$", SECTION, re.M).group(0)
    assert [c.threshold for c in rule.conditions if f"`{c.threshold}`" not in row] == []


def test_rulebook_covers_sign_ids_in_order():
    assert [r.id for r in RULES] == [sid for sid, _ in SIGN_IDS]


def test_every_rule_threshold_is_a_thresholds_field():
    fields = {f.name for f in dataclasses.fields(Thresholds)}
    assert sorted({c.threshold for r in RULES for c in r.conditions} - fields) == []


def test_every_setting_has_a_meaning():
    for cls in (MinimumData, Thresholds):
        meaning = meanings(cls)
        assert [f.name for f in dataclasses.fields(cls) if len(meaning.get(f.name, "")) < 10] == []
    assert set(meanings(Settings)) >= {"session_gap", "spacy_model", "nlp_processes"}


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_readme_data_column_names_the_lexicon_gate(rule):
    row = re.search(rf"^\| `{rule.id}` \|.*$", SECTION, re.M).group(0)
    data = row.rstrip(" |").rsplit("|", 1)[-1]
    assert ("lexicon" in data) == ("lexicon" in rule.needs)
