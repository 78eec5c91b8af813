"""Every measured figure in README (and the generated part of docs/signs.md), from its script.

    python -m tests.figures            # rewrite every block in place
    python -m tests.figures --check    # say which blocks differ from what the scripts give now

A block sits between ``<!-- figures:NAME -->`` and ``<!-- /figures -->`` in a file; this module
writes what is between them. ``tests/test_figures.py`` fails while any block differs from the
current output, so a change in a detector that moves a figure fails until this command is run
(and the change is seen in the diff of README).

The blocks and where their numbers come from:

- ``gold``: the gold set (``tests/nlp/gold``): the development set scored now, the recorded
  first runs of the held-out batches pooled, and held-out batch 5's recorded run;
- ``goemotions-dev``: GoEmotions dev scored now (``tests/realtext/evaluate.py``);
- ``acts``: the hand-labelled acts: the dev part scored now, the frozen part's latest scoring
  from ``tests/frozen_log.jsonl`` (``python -m tests.frozen``);
- ``register``: the real-register set (``tests/realtext/register/``): its frozen part's latest
  scoring from the log, its dev part scored now (``tests/realtext/register_eval.py``);
- ``brighter``: BRIGHTER's English dev split scored now, beside the recorded score of the code
  before the whose-feeling work (``tests/realtext/brighter.py``);
- ``languages``: English, Portuguese, Spanish, German and Hindi side by side: what each pack reads,
  BRIGHTER's dev split of each scored now (``tests/realtext/brighter.py``), the emotion model
  alone on it, and XED's Portuguese and Spanish subtitles per emotion label
  (``tests/realtext/xed.py``); a language without its pack says "not read";
- ``ceiling``: the models README weighs against the shipped one, as recorded by
  ``python -m tests.realtext.ceiling --write`` in ``tests/realtext/ceiling.json``;
- ``ceiling-languages``: a plain classifier on each BRIGHTER language, as recorded by
  ``python -m tests.realtext.ceiling_languages --write``, beside the recorded reading of
  ``brighter.json``;
- ``langid``: the language of each message on real texts, by length, scored now, beside
  py3langid's recorded figures (``tests/realtext/langid.py``, ``langid.json``), and on the
  gold's development parts and our short mixed messages;
- ``xed-relative``: German, French and Italian beside Portuguese and Spanish on their XED halves,
  the share of lines at tier >= 2 and its ratio to the pt/es mean, as recorded by
  ``python -m tests.realtext.xed --write`` in ``xed_relative.json``;
- ``known-wrong``: the scenario verdicts the tool gets wrong (``tests/test_scenarios.py``);
- ``rulebook`` (docs/signs.md): every sign's rule, gates and thresholds from
  ``analyzer/signs/rules.py``, ``predicates.py`` and ``analyzer/settings.py``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SIGNS_DOC = ROOT / "docs" / "signs.md"
BLOCK = re.compile(r"(<!-- figures:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /figures -->)", re.S)


def _f(x: float) -> str:
    return "-" if x != x else f"{x:.2f}"


def _num(x: float | None) -> float:
    return float("nan") if x is None else x


def gold_block() -> str:
    from tests.nlp import gold

    dev = gold.development_scores()
    pooled = gold.pooled_first_runs()
    last = gold.first_run(gold.FIRST_RUNS[-1])
    n_dev = len(gold.development_set())
    n_pooled = sum(
        len(gold.load_gold(gold.GOLD_FILE.with_name(f))) for f in gold.DEVELOPMENT_FILES[1:]
    )
    n_pooled += len(gold.load_gold(gold.HELDOUT_FILE))
    n_last = len(gold.load_gold(gold.HELDOUT_FILE))
    lines = [
        f"| detector | development set ({n_dev}): n, P, R | first runs of held-out batches 1-5 "
        f"pooled ({n_pooled}): n, P, R | held-out batch 5 ({n_last}), never tuned on: n, P, R |",
        "|---|---|---|---|",
    ]
    for code, name in gold.NAMES.items():
        s = dev[code]
        n, p, r = pooled[code]
        n5, p5, r5 = last[code]
        lines.append(
            f"| {name} | {s.support}, {_f(s.precision)}, {_f(s.recall)} | {n}, {_f(p)}, {_f(r)} "
            f"| {n5}, {_f(p5)}, {_f(r5)} |"
        )
    return "\n".join(lines)


GOEMOTIONS_ROWS = (
    ("tier2_on_clear", "tier >= 2 on comments with a clear emotion (17)", "clear", "0.75"),
    ("tier2_on_disclosed", "tier >= 2 on comments disclosing an emotion (14)", "disclosed", "0.75"),
    ("tier2_on_neutral", "tier >= 2 on neutral-only comments", "neutral", "at most 0.10"),
    ("support_on_caring", "support fires on caring comments", "caring", "0.50"),
    ("support_on_neutral", "support fires on neutral-only comments", "neutral", "at most 0.05"),
)


def goemotions_block() -> str:
    from tests.realtext import baseline
    from tests.realtext.evaluate import dev_counts, dev_scores

    scores, counts = dev_scores(), dev_counts()
    before = baseline.recorded()["goemotions_dev"]
    lines = [
        f"| check on GoEmotions dev ({counts['all']:,} comments) | comments | before this work "
        "| now | goal |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, label, group, goal in GOEMOTIONS_ROWS:
        digits = 3 if key == "support_on_neutral" else 2
        lines.append(
            f"| {label} | {counts[group]:,} | {before[key]:.{digits}f} "
            f"| {scores[key]:.{digits}f} | {goal} |"
        )
    return "\n".join(lines)


#: What each act still misses on real comments (our reading of the misses of the dev part).
ACTS_ROWS = (
    (
        "SUP",
        "support / validation (SUP)",
        "good wishes and encouragement in words no pattern holds; false hits are sarcasm "
        '("don\'t worry dude, ...")',
    ),
    (
        "REP",
        "repair (REP)",
        "fires on apologies that are formulas or sarcasm (\"I'm sorry I gave you this much "
        'time"); low precision',
    ),
    (
        "CRI",
        "criticism aimed at the reader (CRI)",
        'sarcasm, mockery and implicit digs ("compelling argument", "thank you, oh wise one")',
    ),
    ("INV", "invalidation (INV)", "too few examples to judge (13 in the first batch)"),
    (
        "ATP",
        "aimed at the reader (`at_partner`, ATP)",
        "as criticism: it needs a grievance match first",
    ),
)


def acts_block() -> str:
    from tests import frozen
    from tests.realtext import baseline
    from tests.realtext.evaluate import (
        ACT_CODES,
        ACTS_FILE_2,
        act_predictions,
        features_of,
        load_acts,
        pr,
    )

    dev = load_acts("dev")
    pred = act_predictions(features_of(dev["text"].tolist()))
    last = frozen.latest("acts")
    second = frozen.latest("acts2")
    n_second = len(load_acts("frozen", ACTS_FILE_2))
    before = baseline.recorded()["acts_frozen"]
    n_frozen = len(load_acts("frozen"))
    lines = [
        f"| act (real comments) | dev part ({len(dev)}): n, P, R | frozen part ({n_frozen}), "
        f"the fair estimate, scored {last['date']} at {last['commit'].split('+')[0][:7]}: n, P, R "
        f"| second frozen batch ({n_second}), scored {second['date']} at "
        f"{second['commit'].split('+')[0][:7]}: n, P, R "
        "| frozen part, before this work (`tests/realtext/baseline.py`): P, R "
        "| what it still misses |",
        "|---|---|---|---|---|---|",
    ]
    assert tuple(code for code, *_ in ACTS_ROWS) == ACT_CODES
    for code, label, misses in ACTS_ROWS:
        gold = dev["labels"].str.split().map(lambda ls, c=code: c in ls).to_numpy()
        n, p, r = pr(pred[code], gold)
        fn, fp, fr = last["figures"][code]
        sn, sp, sr = second["figures"][code]
        old = before[code]
        then = "(no such column)" if old is None else f"{_f(_num(old[1]))}, {_f(old[2])}"
        lines.append(
            f"| {label} | {n}, {_f(p)}, {_f(r)} | {fn}, **{_f(fp)}, {_f(fr)}** "
            f"| {sn}, **{_f(sp)}, {_f(sr)}** | {then} | {misses} |"
        )
    return "\n".join(lines)


def register_block() -> str:
    from tests import frozen
    from tests.realtext.evaluate import features_of
    from tests.realtext.register_eval import frame, scores

    last = frozen.latest("register")
    fresh = frozen.latest("register2")
    n_frozen, n_fresh = len(frame("frozen")), len(frame("register2"))
    fn_, fp_, fr_ = fresh["figures"]["SUP"]
    frn, frshare = fresh["figures"]["RFL->OWN"]
    ftn, ftp, ftr = fresh["figures"]["TIER2"]
    dev = frame("dev")
    now = scores(dev, features_of(dev["text"].tolist()).reset_index(drop=True))
    sn, sp, sr = last["figures"]["SUP"]
    rn, rshare = last["figures"]["RFL->OWN"]
    tn, tp, tr = last["figures"]["TIER2"]
    misread = now["read as the writer's"]
    lines = [
        "| real-register set | messages | support: n, P, R | `RFL` without `OWN` read as the "
        "writer's feeling statement or tier >= 2 | `TIER2`: n, P, R |",
        "|---|---:|---|---:|---|",
        f"| second set, all frozen: the fair estimate, scored {fresh['date']} at "
        f"{fresh['commit'].split('+')[0][:7]} | {n_fresh} | {fn_}, **{_f(fp_)}, {_f(fr_)}** "
        f"| **{_f(frshare)}** (of {frn}) | {ftn}, {_f(ftp)}, {_f(ftr)} |",
        f"| first set's frozen third, scored {last['date']} at "
        f"{last['commit'].split('+')[0][:7]} (scored at earlier releases too; tuned on since) "
        f"| {n_frozen} | {sn}, {_f(sp)}, {_f(sr)} | {_f(rshare)} (of {rn}) "
        f"| {tn}, {_f(tp)}, {_f(tr)} |",
        f"| dev (tuned on), now | {now['messages']} | {now['SUP']}, {_f(now['support P'])}, "
        f"{_f(now['support R'])} | {_f(misread)} (of {now['RFL without OWN']}) "
        f"| {now['TIER2']}, {_f(now['tier>=2 P'])}, {_f(now['tier>=2 R'])} |",
    ]
    return "\n".join(lines)


def brighter_block() -> str:
    from tests.realtext import brighter

    before, now = brighter.recorded()["before"], brighter.score()
    return "\n".join(
        [
            f"| check on BRIGHTER English dev ({now['rows']} rows) | rows | before this work "
            f"({before['commit']}) | now |",
            "|---|---:|---:|---:|",
            f"| tier >= 2 on rows labelled anger, fear, joy or sadness | {now['emotional']} "
            f"| {before['tier2_on_emotional']:.2f} | {now['tier2_on_emotional']:.2f} |",
            f"| tier >= 2 on rows with no emotion | {now['none']} | {before['tier2_on_none']:.2f} "
            f"| {now['tier2_on_none']:.2f} |",
        ]
    )


#: Each language of the ``languages`` block: the tool's code, BRIGHTER's code, its name.
LANGUAGE_ROWS = (
    ("en", "eng", "English"),
    ("pt", "ptbr", "Portuguese"),
    ("es", "esp", "Spanish"),
    ("de", "deu", "German"),
    ("hi", "hin", "Hindi"),
)
#: What a pack reads, by its files (English's before it became a pack: the second name).
PACK_PARTS = (
    ("depth.tsv", "depth_en.tsv", "depth lexicon"),
    ("patterns.toml", "", "act patterns"),
    ("experiencer.json", "experiencer_en.json", "whose-feeling rule"),
    ("slang.json", "slang_en.json", "chat spellings"),
    ("emotion_model.json", "emotion_model.json", "emotion model"),
)
#: What each language's reading still misses on BRIGHTER dev (our reading of its misses).
LANGUAGE_MISSES = {
    "en": "most emotional texts name no feeling of the writer's in words the reading holds "
    "(stories, accounts of events)",
    "pt": "indignation and sarcasm about public figures and the news said as questions "
    '("Q tipo de Deus esses caras seguem??"); praise however stressed ("que lindo demais") and '
    "congratulations stay at tier 1, as in English: in a chat they are reactions to what the other "
    "shared; on BRIGHTER the rows without emotion read much like the emotional ones, so the model "
    "cannot raise more of these without flagging more of those",
    "es": 'insults and disgust in slang and emoji ("es una mierda 🤮", "no mames"), sadness in '
    'emoji alone ("traigo examen😭💔"), regional slang ("ptm", "vale vergaaa"); how often text '
    "without emotion is flagged is not measured here (no such row)",
    "de": "most emotional rows are political posts whose anger or disgust names no feeling in "
    "words; the model raises some, but on BRIGHTER the rows without emotion read much like them",
    "hi": "formal written Hindi in Devanagari, which the model (trained on BRIGHTER's Hindi train "
    "split) reads well; romanised chat Hindi it learnt from our own messages alone, so this figure "
    "says more about formal Hindi than about chats",
    "fr": "no BRIGHTER split in French: only our own chat messages (below) measure it",
    "it": "no BRIGHTER split in Italian: only our own chat messages (below) measure it",
}


def _pack_reads(code: str) -> str:
    from tests.realtext.brighter import is_read

    if not is_read(code):
        return "not read"
    lexicons = ROOT / "analyzer" / "lexicons"
    found = [
        name
        for file, old, name in PACK_PARTS
        if (lexicons / code / file).is_file()
        or (code == "en" and old and (lexicons / old).is_file())
    ]
    return ", ".join(found) or "its pack"


def _of(share: float | None, n: int) -> str:
    return "no such row" if share is None else f"{share:.2f} (of {n})"


def languages_block() -> str:
    from tests.realtext import brighter, xed

    dev, subtitles = brighter.score_all(), xed.score_all()
    lines = [
        "| language | what is read | BRIGHTER dev: tier >= 2 on rows labelled anger, disgust, "
        "fear, joy or sadness | on rows with no emotion | the emotion model alone on BRIGHTER "
        "dev: AUC (rows against rows) | XED subtitles: tier >= 2 over all lines "
        "| still missed |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for code, bcode, name in LANGUAGE_ROWS:
        d = dev[bcode]
        read = d["read"]
        m = d["model_alone"]
        model = (
            "no model"
            if m is None
            else f"{m['auc']:.2f} ({m['positives']} against {m['negatives']}"
            + ("" if m["auc_against"] == "no emotion" else f" labelled {m['auc_against']}")
            + ")"
        )
        x = subtitles.get(code)
        subs = (
            ("no such half" if code == "en" else "not scored yet")
            if x is None
            else f"{x['tier2']:.2f} (of {x['lines']:,})"
            if read
            else "not read"
        )
        lines.append(
            f"| {name} (`{code}`) | {_pack_reads(code)} "
            f"| {_of(d['tier2_on_emotional'], d['emotional']) if read else 'not read'} "
            f"| {_of(d['tier2_on_none'], d['none']) if read else 'not read'} | {model} | {subs} "
            f"| {LANGUAGE_MISSES[code] if read else 'everything: no pack yet'} |"
        )
    for code, name in (("fr", "French"), ("it", "Italian")):
        lines.append(
            f"| {name} (`{code}`) | {_pack_reads(code)} | no BRIGHTER split | no BRIGHTER split "
            f"| no model | not scored yet | {LANGUAGE_MISSES[code]} |"
        )
    lines += [
        "",
        "| XED label | " + " | ".join(f"{c}: lines, tier >= 2" for c in xed.LANGUAGES) + " |",
        "|---|" + "---:|" * len(xed.LANGUAGES),
    ]
    for label in xed.LABELS.values():
        cells = [
            f"{s['labels'][label]['lines']:,}, "
            + (f"{s['labels'][label]['tier2']:.2f}" if s["read"] else "not read")
            for s in (subtitles[c] for c in xed.LANGUAGES)
        ]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: The chat-register gold sets of the other languages, in README's order.
LANGGOLD = (("pt", "Portuguese"), ("es", "Spanish"), ("de", "German"), ("fr", "French"),
            ("it", "Italian"), ("hi", "Hindi"))  # fmt: skip
#: The goal for a detector with at least this many positives in a frozen part.
LANGGOLD_GOAL = (10, 0.85, 0.75)


def langgold_block() -> str:
    """Each language's frozen gold part as scored once (tests/frozen_log.jsonl): precision and
    recall per detector; a detector with at least 10 positives is held to P >= 0.85 and
    R >= 0.75 (a miss is marked), one with fewer shows its count only."""
    from tests import frozen
    from tests.nlp.gold import NAMES

    least, goal_p, goal_r = LANGGOLD_GOAL
    scored = {code: frozen.latest(f"gold-{code}") for code, _ in LANGGOLD}
    head = "| detector | " + " | ".join(name for _, name in LANGGOLD) + " |"
    lines = [head, "|---|" + "---:|" * len(LANGGOLD)]
    met = held = 0
    for key in scored[LANGGOLD[0][0]]["figures"]:
        cells = []
        for code, _ in LANGGOLD:
            n, p, r = scored[code]["figures"][key]
            if n < least:
                cells.append(f"({n} positives)")
                continue
            ok = p >= goal_p and r >= goal_r
            met, held = met + ok, held + 1
            cells.append(f"{_f(p)} / {_f(r)} ({n})" + ("" if ok else " **missed**"))
        lines.append(f"| {NAMES[key]} | " + " | ".join(cells) + " |")
    dates = sorted({f"{e['date']} at {e['commit'].split('+')[0][:7]}" for e in scored.values()})
    lines += [
        "",
        f"Precision / recall (positives), each part scored once, {', '.join(dates)}. Of the "
        f"{held} detector-language pairs with at least {least} positives, {met} reach "
        f"P >= {goal_p} and R >= {goal_r}.",
    ]
    return "\n".join(lines)


def langid_block() -> str:
    from tests.realtext import langid

    return langid.readme_block()


def xed_relative_block() -> str:
    from tests.realtext import xed

    return xed.readme_block()


def ceiling_block() -> str:
    from tests.realtext import ceiling

    rec = ceiling.recorded()
    bag, every, care = rec["bag_of_ngrams"], rec["model_everywhere"], rec["caring_model"]
    return "\n".join(
        [
            "| model (trained on GoEmotions train; `python -m tests.realtext.ceiling`) "
            "| what it reaches | at what cost |",
            "|---|---|---|",
            f"| bag of n-grams: word 1-2-grams + character 2-5-grams, logistic regression, no "
            f"rules | {bag['recall_at_0.10']:.2f} of clearly emotional dev comments "
            f"(AUC {bag['auc']:.2f}) | 0.10 of neutral-only dev comments flagged |",
            f"| the emotion model on every message, deciding tier >= 2 alone "
            f"| {every['dev_clear_at_tier2']:.2f} of clearly emotional dev comments "
            f"({every['dev_neutral_at_tier2']:.2f} of neutral-only) "
            f"| gold development set, tier >= 2: precision {every['gold_tier2_precision']:.2f}, "
            f"recall {every['gold_tier2_recall']:.2f} |",
            f"| a second model for caring, beside the support rules "
            f"| support on {care['dev_caring_support']:.2f} of caring dev comments "
            f"({care['dev_neutral_support']:.3f} of neutral-only) "
            f"| support on the labelled dev part: precision "
            f"{care['acts_dev_support_precision']:.2f}, recall "
            f"{care['acts_dev_support_recall']:.2f} |",
        ]
    )


def _shipped_out_of_fold(code: str) -> str:
    """The shipped reading on a language's own BRIGHTER train rows, out of fold, from its model
    card (English's model holds back GoEmotions comments instead: no such figure)."""
    import json

    card = ROOT / "tests" / "realtext" / f"model_card_{code}.json"
    if not card.is_file():
        return "no such figure"
    held = json.loads(card.read_text(encoding="utf-8"))["out_of_fold_train"]
    return f"{held['tier2_on_positive']:.2f}, {held['tier2_on_brighter_negatives']:.2f}"


def ceiling_languages_block() -> str:
    from tests.realtext import brighter, ceiling_languages

    rec, shipped = ceiling_languages.recorded(), brighter.recorded()["dev"]
    lines = [
        "| BRIGHTER language | plain classifier, out of fold on train: emotional rows flagged "
        "at 0.07 / 0.08 of rows without emotion (AUC) | plain classifier on dev: at most 0.08 "
        "of rows without emotion (AUC) | the reading this tool ships, out of fold on its training "
        "rows (BRIGHTER train and our chat messages): emotional rows, BRIGHTER rows without "
        "emotion | the reading this tool ships, on dev: "
        "emotional rows, rows without emotion |",
        "|---|---:|---:|---:|---:|",
    ]
    for code, lang, name in LANGUAGE_ROWS:
        if lang not in rec:
            continue
        r, s = rec[lang], shipped[lang]
        lines.append(
            f"| {name} ({r['train_emotional']:,} against {r['train_none']} train rows; "
            f"{r['dev_emotional']} against {r['dev_none']} dev rows) "
            f"| {r['oof_recall_at_0.07']:.2f} / {r['oof_recall_at_0.08']:.2f} ({r['oof_auc']:.2f}) "
            f"| {r['dev_recall_at_0.08']:.2f} ({r['dev_auc']:.2f}) "
            f"| {_shipped_out_of_fold(code)} "
            f"| {s['tier2_on_emotional']:.2f}, {s['tier2_on_none']:.2f} |"
        )
    return "\n".join(lines)


def known_wrong_block() -> str:
    from tests import test_scenarios as scen

    wrong = scen.KNOWN_WRONG
    lines = [
        f"{len(wrong)} of the {len(scen.CASES)} scenario verdicts are known to be wrong: each "
        "is a strict expected failure in `tests/test_scenarios.py`, so the day the tool gets one "
        "right the test fails until it is taken off this list.",
        "",
        "| chat | sign | expected (core: what the chat was written to show) | why the tool "
        "misses it |",
        "|---|---|---|---|",
    ]
    for (chat, sid), why in wrong.items():
        want = scen.EXPECTED[chat][sid]
        core = ", core" if want["core"] else ""
        lines.append(f"| `{chat}` | `{sid}` | {want['status'].replace('_', ' ')}{core} | {why} |")
    return "\n".join(lines)


def rulebook_block() -> str:
    from tests.signs_doc import rulebook_markdown

    return rulebook_markdown()


BLOCKS: dict[str, tuple[Path, Callable[[], str]]] = {
    "gold": (README, gold_block),
    "goemotions-dev": (README, goemotions_block),
    "acts": (README, acts_block),
    "register": (README, register_block),
    "brighter": (README, brighter_block),
    "languages": (README, languages_block),
    "ceiling": (README, ceiling_block),
    "ceiling-languages": (README, ceiling_languages_block),
    "langid": (README, langid_block),
    "xed-relative": (README, xed_relative_block),
    "langgold": (README, langgold_block),
    "known-wrong": (README, known_wrong_block),
    "rulebook": (SIGNS_DOC, rulebook_block),
}


def blocks_in(text: str) -> dict[str, str]:
    return {m["name"]: m["body"] for m in BLOCK.finditer(text)}


def render(names: tuple[str, ...] | None = None) -> dict[str, str]:
    """Each block's content as the scripts give it now (set apart by blank lines, so that
    Markdown reads a table inside it as a table)."""
    return {name: "\n" + BLOCKS[name][1]() + "\n\n" for name in (names or tuple(BLOCKS))}


def rewrite(text: str, fresh: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        body = fresh.get(m["name"], m["body"])
        return m.group(1) + body + m.group(4)

    return BLOCK.sub(sub, text)


def main(argv: list[str]) -> int:
    fresh = render()
    stale = []
    for path in sorted({p for p, _ in BLOCKS.values()}):
        text = path.read_text(encoding="utf-8")
        found = blocks_in(text)
        for name, (where, _fn) in BLOCKS.items():
            if where == path and name not in found:
                raise SystemExit(f"{path.name} has no block <!-- figures:{name} -->")
        stale += [f"{path.name}: {n}" for n in found if n in fresh and found[n] != fresh[n]]
        if "--check" not in argv:
            path.write_text(rewrite(text, fresh), encoding="utf-8")
    if "--check" in argv:
        print("\n".join(stale) if stale else "every block is current")
        return 1 if stale else 0
    print("rewrote: " + (", ".join(stale) if stale else "nothing changed"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
