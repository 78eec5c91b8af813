"""List the dev register messages whose feeling is the reader's but are read as the writer's.

    python -m tests.realtext.rfl_misses            # one tab-separated row per miss
    python -m tests.realtext.rfl_misses --count    # the count per set only

A miss is a ``dev`` row (the ``part`` column is checked: frozen rows are never read) labelled
``RFL`` without ``OWN`` that the detectors give a feeling statement or tier >= 2 (as
``register_eval`` counts it). Each row names the set, the id, what made it the writer's
(``statement`` for the feeling detector, ``tier<N>`` for the lexicon's or the model's tier), the
feeling words of tier >= 2 with the experiencer decision of each (``who/how`` from
:func:`analyzer.nlp.experiencer.experiencer`; ``-`` for the model's word) and the text.

``rfl_misses.tsv`` beside this script is its output at s38-int 08857a5 (51 misses), each put by
hand under a cause (first column) and marked ``fixed`` or ``open`` by the changes of issue 21
(second column); with the nine misses of the sixteenth set's first reading added (s39-rfl16,
54 misses at its base) and the marks brought up to the changes made with it (46 open).
"""

from __future__ import annotations

import sys

from analyzer.nlp import components, emotion
from analyzer.nlp import experiencer as exp
from analyzer.nlp import lexicon as lexmod
from analyzer.nlp.features import _lexicon_only
from tests.realtext.register import DEV_FILES, FILES, load


def dev_rows():
    """``(set, id, text)`` of every dev row labelled RFL without OWN, frozen rows left out."""
    for name in FILES + DEV_FILES:
        frame = load(name, "dev")
        assert (frame["part"] == "dev").all()
        for mid, labels, text in zip(frame["id"], frame["labels"], frame["text"], strict=True):
            if "RFL" in labels and "OWN" not in labels:
                yield name, mid, text


def _pipeline():
    from analyzer.nlp.features import build_pipeline

    return build_pipeline()


def reading(text: str, nlp) -> tuple[bool, int, str]:
    """``(feeling statement, tier, the words that gave it)`` of one message."""
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    code = lexicon.pack.code
    rules = components.language_rules(code)
    model = emotion.load_model(code)
    read = model.read if model is not None else _lexicon_only
    disable = [n for n in components.PIPE_NAMES if n in nlp.pipe_names]
    doc = next(iter(nlp.pipe([text], disable=disable)))
    t, e, lx, a, f, _fw, val = components.analyse_doc(doc, text, lexicon, scorer, rules)
    tier, terms, _prob = read(t, e, lx, a, f, val)
    exp_rules = lexicon.rules.experiencer
    why = []
    for m in lx.matches:
        if m.negated or m.entry.tier < 2 or m.start in lx.readers or m.start in lx.generic:
            continue  # not counted for the writer
        if lexmod._is_feeling(m.entry, lexicon.rules):
            who, how = exp.experiencer(t.words, m.start, m.end, exp_rules)
            why.append(f"{m.entry.term}={who or 'undecided'}/{how or '-'}")
        else:
            why.append(f"{m.entry.term}=entry:{m.entry.role or 'not-feeling'}")
    if tier >= 2 and lx.tier < 2 and f.tier < 2:
        why.append(f"model:{'|'.join(terms)}")
    return bool(f.feeling), int(tier), " ".join(why)


def misses() -> list[tuple[str, str, str, str, str]]:
    nlp = _pipeline()
    out = []
    for name, mid, text in dev_rows():
        feeling, tier, why = reading(text, nlp)
        if feeling or tier >= 2:
            made = " ".join(
                [*(["statement"] if feeling else []), *([f"tier{tier}"] if tier >= 2 else [])]
            )
            out.append((name, mid, made, why or "-", text.replace("\n", " ")))
    return out


def main(argv: list[str]) -> None:
    rows = misses()
    if "--count" in argv:
        counts: dict[str, int] = {}
        for row in rows:
            counts[row[0]] = counts.get(row[0], 0) + 1
        for name, n in counts.items():
            print(f"{name}\t{n}")
        print(f"total\t{len(rows)}")
        return
    print("set\tid\tmade\twhy\ttext")
    for row in rows:
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1:])
