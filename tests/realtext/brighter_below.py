"""BRIGHTER train rows labelled with an emotion that the lexicon-only reading leaves below tier 2,
sorted by cause; development on a TRAIN split only (never dev).

    python -m tests.realtext.brighter_below ptbr            # one tab-separated row per miss
    python -m tests.realtext.brighter_below ptbr --count    # the figures and the count per cause
    python -m tests.realtext.brighter_below ptbr --none     # rows without emotion it raises

The lexicon-only reading is the lexicon's and the feeling statement's tier (as a language without
an emotion model reads; each row read in the language the pass finds for it, as
``brighter.tiers``), so a change of the pack's words shows in it before the model is retrained.
A miss's cause (read with the language's own pack) is the first that holds of:

- ``negated``: a word of tier >= 2 under negation ("nao to triste");
- ``reader``: a feeling of tier >= 2 read as the reader's ("vc ta triste?");
- ``generic``: a feeling of tier >= 2 read as part of a support act, of no one in particular;
- ``third`` / ``undecided``: a feeling of tier >= 2 whose experiencer is a third person or
  undecided (``experiencer``), yet the tally kept it below tier 2;
- ``tier1``: only words of tier 1 (praise, swearing, opinion words), listed;
- ``none``: no lexicon word at all.
"""

from __future__ import annotations

import sys
from collections import Counter

import numpy as np

from analyzer.nlp import components
from analyzer.nlp import experiencer as exp
from analyzer.nlp import lexicon as lexmod
from analyzer.nlp.features import _lexicon_only, build_pipeline
from tests.realtext.brighter import LANGUAGES, tiers

CAUSES = ("negated", "reader", "generic", "third", "undecided", "tier1", "none")


def reading(text: str, nlp) -> tuple[int, str, str]:
    """``(lexicon-only tier, cause, words)`` of one message: the cause of a tier below 2 as the
    module's doc lists them (``-`` at tier >= 2), and the words behind it."""
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    rules = components.language_rules(lexicon.pack.code)
    disable = [n for n in components.PIPE_NAMES if n in nlp.pipe_names]
    doc = next(iter(nlp.pipe([text], disable=disable)))
    t, e, lx, a, f, _fw, val = components.analyse_doc(doc, text, lexicon, scorer, rules)
    tier, terms, _ = _lexicon_only(t, e, lx, a, f, val)
    if tier >= 2:
        return int(tier), "-", " ".join(terms)
    exp_rules = lexicon.rules.experiencer
    found: dict[str, list[str]] = {c: [] for c in CAUSES}
    for m in lx.matches:
        name = m.entry.term.replace(" ", "_")
        if m.entry.tier < 2:
            if m.entry.tier == 1 and not m.negated:
                found["tier1"].append(name)
            continue
        if m.negated:
            found["negated"].append(name)
        elif m.start in lx.readers:
            found["reader"].append(name)
        elif m.start in lx.generic:
            found["generic"].append(name)
        elif lexmod._is_feeling(m.entry, lexicon.rules):
            who, _how = exp.experiencer(t.words, m.start, m.end, exp_rules)
            found["third" if who == exp.THIRD else "undecided"].append(name)
        else:
            found["undecided"].append(name)
    for cause in CAUSES[:-1]:
        if found[cause]:
            return int(tier), cause, " ".join(found[cause])
    return int(tier), "none", ""


def lexicon_deep(data) -> np.ndarray:
    """Tier >= 2 by the lexicon and the feeling statement alone (the model is asked only below
    tier 2, so a row it scored was not raised by them)."""
    return (data["tier"].to_numpy() >= 2) & ~data["by_model"].to_numpy()


def listing(code: str, which: str = "emotional") -> list[tuple[str, str, str, str]]:
    """``(cause, words, id, text)`` of the train rows of ``code`` that are ``which`` (emotional:
    below tier 2; none: at tier >= 2), sorted by cause then id."""
    data = tiers("train", code)
    deep = lexicon_deep(data)
    pick = (
        data["emotional"].to_numpy() & ~deep
        if which == "emotional"
        else data["none"].to_numpy() & deep
    )
    nlp = build_pipeline(language=LANGUAGES[code])
    out = []
    for rid, text in zip(data.loc[pick, "id"], data.loc[pick, "text"], strict=True):
        _tier, cause, words = reading(text, nlp)
        out.append((cause, words, rid, text.replace("\n", " ").replace("\t", " ")))
    order = {c: i for i, c in enumerate((*CAUSES, "-"))}
    return sorted(out, key=lambda r: (order[r[0]], r[2]))


def figures(code: str) -> dict[str, float]:
    """The lexicon-only reading's share at tier >= 2 of the emotional rows and of the rows without
    emotion of ``code``'s train split."""
    data = tiers("train", code)
    deep = lexicon_deep(data)
    emo, none = data["emotional"].to_numpy(), data["none"].to_numpy()
    return {
        "emotional": round(float(deep[emo].mean()), 4),
        "none": round(float(deep[none].mean()), 4),
    }


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in LANGUAGES:
        print(__doc__)
        return 2
    code = argv[0]
    if "--count" in argv:
        print(figures(code))
        for cause, n in Counter(r[0] for r in listing(code)).most_common():
            print(f"{cause}\t{n}")
        return 0
    for row in listing(code, "none" if "--none" in argv else "emotional"):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
