"""README's measured figures and docs/signs.md's rulebook are what the scripts give now.

Each block between ``<!-- figures:NAME -->`` and ``<!-- /figures -->`` must equal the output of
its producer in :mod:`tests.figures`. A change in a detector that moves a figure (or a change in
the rulebook or a threshold) fails here until ``python -m tests.figures`` has rewritten the
block, so the move shows in the diff of README.
"""

from __future__ import annotations

import difflib
import json

import pytest

from tests import figures, frozen
from tests.realtext import baseline, ceiling


def _file_blocks(name: str) -> str:
    path = figures.BLOCKS[name][0]
    found = figures.blocks_in(path.read_text(encoding="utf-8"))
    assert name in found, f"{path.name} lacks <!-- figures:{name} -->"
    return found[name]


#: Blocks whose producer takes more than a few seconds (the NLP pass over 5,426 comments; over
#: 9,253 subtitle lines).
SLOW = {"goemotions-dev", "languages"}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in figures.BLOCKS],
)
def test_block_is_current(name):
    fresh = figures.render((name,))[name]
    written = _file_blocks(name)
    diff = "\n".join(
        difflib.unified_diff(
            written.splitlines(), fresh.splitlines(), "written", "now", lineterm="", n=0
        )
    )
    assert written == fresh, (
        f"block {name!r} of {figures.BLOCKS[name][0].name} is out of date; run "
        f"`python -m tests.figures` and check the diff:\n{diff}"
    )


def test_every_block_appears_once():
    for path in {p for p, _ in figures.BLOCKS.values()}:
        text = path.read_text(encoding="utf-8")
        names = [m["name"] for m in figures.BLOCK.finditer(text)]
        assert sorted(names) == sorted(n for n, (p, _) in figures.BLOCKS.items() if p == path)


def test_rewrite_replaces_only_the_block():
    text = "a\n<!-- figures:gold -->\nold\n<!-- /figures -->\nb\n"
    assert figures.rewrite(text, {"gold": "\nnew\n\n"}) == (
        "a\n<!-- figures:gold -->\n\nnew\n\n<!-- /figures -->\nb\n"
    )


def test_gold_table_holds_the_development_scores():
    # one cell checked against the scores directly, so the block cannot be empty or stale
    scores = figures.render(("gold",))["gold"]
    from tests.nlp import gold

    sup = gold.development_scores()["SUP"]
    row = f"| support / validation | {sup.support}, {sup.precision:.2f}, {sup.recall:.2f} |"
    assert row in scores


def test_recorded_experiments_are_complete():
    rec = ceiling.recorded()
    assert set(rec) == {"bag_of_ngrams", "model_everywhere", "caring_model"}
    assert rec["bag_of_ngrams"]["dev_clear"] == 1954
    assert rec["bag_of_ngrams"]["dev_neutral"] == 1592
    base = baseline.recorded()
    assert base["commit"] == baseline.COMMIT
    assert set(base["acts_frozen"]) == {"SUP", "REP", "CRI", "INV", "ATP"}


def test_frozen_log_is_well_formed():
    entries = frozen.read_log()
    assert {e["part"] for e in entries} <= set(frozen.PARTS)
    for e in entries:
        assert set(e) == {"part", "date", "commit", "detectors", "figures", "note"}
        assert e["note"], "every scoring says what it was"
        json.dumps(e)
    assert [e["commit"] for e in entries if e["part"] == "acts"][:4] == [
        "adba050",
        "4203db9",
        "f9b9f62",
        "bf5edd8",
    ]


def _inline_claims() -> list[tuple[str, str]]:
    """Figures README states in its prose, each with the text the scripts give for it."""
    from tests.nlp import gold
    from tests.realtext import train

    card = json.loads(train.CARD.read_text(encoding="utf-8"))
    pooled = gold.pooled_first_runs()
    last = gold.first_run(gold.FIRST_RUNS[-1])
    precisions = [p for c, (_n, p, _r) in pooled.items() if c != "T3"]
    sizes = [n for n, _p, _r in last.values()]
    lowest = sorted(pooled, key=lambda c: pooled[c][2])[:5]
    words = {
        "DEF": "defensiveness",
        "T3": "tier 3",
        "SUP": "support",
        "INV": "invalidation",
        "MIN": "minimal replies",
    }
    recalls = ", ".join(f"{words[c]} ({pooled[c][2]:.2f})" for c in lowest[:4])
    from analyzer.settings import MinimumData

    m = MinimumData()
    return [
        (
            "the minimum data of the signs",
            f"at least {m.weeks} weeks with {m.messages} messages, {m.messages_per_person} from "
            f'each person ("base"). On top: *disclosures* = {m.disclosures_for_responsiveness} '
            f"feeling statements in all; *latency* = {m.replies_for_latency} timed replies from "
            f"each person; *trend* = {m.weeks_for_trend} weeks; *style* = {m.words_for_style} "
            "words from each person",
        ),
        ("the emotion model's threshold", f"the model's threshold ({card['threshold']})"),
        ("held-out batch 5's positives", f"with {min(sizes)}-{max(sizes)} positives per detector"),
        (
            "pooled first-run precision",
            f"precision stays high ({min(precisions):.2f}-{max(precisions):.2f}, tier 3 aside at "
            f"{pooled['T3'][1]:.2f}:",
        ),
        (
            "the five lowest pooled first-run recalls",
            f"recall drops for {recalls}\nand {words[lowest[4]]} ({pooled[lowest[4]][2]:.2f})",
        ),
    ]


@pytest.mark.parametrize(("what", "claim"), _inline_claims(), ids=lambda x: x[:40])
def test_inline_figure_is_current(what, claim):
    readme = " ".join(figures.README.read_text(encoding="utf-8").split())
    assert " ".join(claim.split()) in readme, f"README's {what} is not {claim!r}"


def test_thresholds_named_in_readme_have_their_defaults():
    """README's table of signs writes each threshold as `name` (default): every such pair is
    the default in analyzer.settings, so a changed threshold fails until README says so."""
    import re
    from dataclasses import fields

    from analyzer.settings import Thresholds

    defaults = {f.name: f.default for f in fields(Thresholds)}
    readme = figures.README.read_text(encoding="utf-8")
    pairs = re.findall(r"`([a-z_]+)` \((\d+(?:\.\d+)?)(?:[ ;][^)]*)?\)", readme)
    named = [(name, float(value)) for name, value in pairs if name in defaults]
    assert {n for n, _v in named} >= set(defaults) - {"dominance_share", "even_word_gap"}
    assert [(n, v) for n, v in named if v != float(defaults[n])] == []
