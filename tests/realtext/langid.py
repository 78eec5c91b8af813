"""The per-message language guess on real texts whose language is known, by length.

    python -m tests.realtext.langid                  # the table of the code as it is
    python -m tests.realtext.langid --write          # also record it in langid.json
    python -m tests.realtext.langid --library --write   # also measure py3langid (it must be
                                                        # importable; it is not a dependency)
    python -m tests.realtext.langid --part frozen [--write]   # the gold figure on the frozen
                                                              # parts (once, at a release)

Texts: English from GoEmotions dev and BRIGHTER English dev; Portuguese and Spanish from our
chat-register gold (development parts only), BRIGHTER dev and XED; German, French, Italian,
Dutch, Hindi (Devanagari) and Russian from the sample in ``langid/`` (see its PROVENANCE.md).
None of them was used to choose the word lists or the thresholds, with one exception: six
Spanish words (aqui, asi, queria, perdona, perdon, cumple) were added to the Spanish list after
three messages of the Spanish gold's development part were guessed Portuguese, so the Spanish
rows are a little optimistic; and when the word lists were extended on the gold's development
parts and ``mixed.tsv``, the count of these texts going to each wrong language was looked at
(not the texts), and a few words that are also English, Spanish or Portuguese words ("has",
"he", "war", "va", "son") were taken back out of the lists of the languages they had been added
to.

Each text is guessed three ways: with no prior (``NO_PRIOR``: the message's own evidence only),
in a chat of its own language (the usual case: it should stay), and in a chat of another
language (English for every language but English, Portuguese for English: it should leave).
Accuracy is the share guessed right, per language and length (words split at spaces).
``tests/realtext/test_langid.py`` checks that the recorded figures of our method reproduce;
README's table is :func:`readme_block` (``python -m tests.figures``). The speed of both is
measured by ``benchmarks/langid.py``.

Two more figures, of our method only:

- *gold*: on each language's chat-register gold (``tests/langgold/<code>/``, development part;
  ``--part frozen`` scores the frozen parts instead, recorded apart), the share of the messages
  with three or more words whose language is guessed right (a language read by the language's
  pack: Hindi in either script), in the chat of that part (its language guessed over all its
  messages, as a report does), with no prior, and in an English chat. These development parts
  were read while the word lists were extended: the frozen figure is the fair one.
- *mixed*: ``langid/mixed.tsv``, short messages (3-6 words) we wrote to develop the tell-apart of
  romanised Hindi, Hinglish, Indonesian and Malay, and short German, French, Italian, Spanish,
  Portuguese and English (a development set: the word lists were extended looking at it), in a
  chat of its own language, with no prior, and in an English chat (Portuguese for English).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
RECORD = HERE / "langid.json"
BUCKETS = ((1, 2, "1-2"), (3, 5, "3-5"), (6, 10, "6-10"), (11, 10**9, "11+"))
MODES = ("none", "own", "other")
#: The languages the library may answer with: those of our language data that it knows.
LIBRARY_LANGUAGES = ("en", "pt", "es", "fr", "de", "it", "nl", "ru", "uk", "hi", "mr", "ar", "fa")
#: The library leaves the chat's language only with at least this (normalised) probability,
#: chosen on BRIGHTER train (en, pt, es, de) as ours were: it keeps 99.9 % of short texts in their
#: own chat there.
LIBRARY_SURE = 0.8


#: The languages with a chat-register gold (``tests/langgold/<code>/``).
GOLD_LANGUAGES = ("de", "es", "fr", "hi", "it", "pt")
#: Parts of the gold the *gold* figure reads: "dev" while developing, "frozen" once per release.
PARTS = ("dev", "frozen")


def _gold(code: str, part: str = "dev") -> list[str]:
    lines = (HERE.parent / "langgold" / code / f"{part}.txt").read_text("utf-8").splitlines()
    return [ln.split(" | ", 2)[2] for ln in lines if ln and not ln.startswith("#")]


def gold_table(part: str = "dev") -> list[dict]:
    """Per gold language: the share of its messages with 3+ words guessed right (read by its
    pack), in the chat of its part (``chat``: guessed over all the part's messages), with no
    prior and in an English chat."""
    from analyzer.nlp.language import NO_PRIOR, detect_language, message_languages, pack_of

    rows = []
    for code in GOLD_LANGUAGES:
        every = pd.Series(_gold(code, part), dtype=object)
        long = every[every.str.split().str.len() >= 3].reset_index(drop=True)
        chat = detect_language(every)
        row: dict = {"language": code, "chat": chat, "n": len(long)}
        for mode, prior in (("own", chat), ("none", NO_PRIOR), ("english", "en")):
            got = message_languages(long, prior)
            row[mode] = round(float(np.mean([pack_of(g) == code for g in got])), 3)
        rows.append(row)
    return rows


def mixed_table() -> list[dict]:
    """Per kind of ``langid/mixed.tsv``: the share guessed right (its exact code) in a chat of
    its language, with no prior and in an English chat (Portuguese for English)."""
    from analyzer.nlp.language import NO_PRIOR, message_languages

    data = pd.read_csv(HERE / "langid" / "mixed.tsv", sep="\t", quoting=3, dtype=str)
    rows = []
    for kind, part in data.groupby("kind", sort=False):
        code = str(part["language"].iloc[0])
        row: dict = {"kind": kind, "language": code, "n": len(part)}
        texts_ = part["text"].reset_index(drop=True)
        for mode, prior in (("own", code), ("none", NO_PRIOR), ("other", other_prior(code))):
            row[mode] = round(float((message_languages(texts_, prior) == code).mean()), 3)
        rows.append(row)
    return rows


def texts() -> pd.DataFrame:
    """Every text with its language and source."""
    parts = [
        pd.DataFrame({"language": code, "source": f"chat-gold-{code}", "text": _gold(code)})
        for code in ("pt", "es")
    ]
    goemotions = pd.read_csv(
        HERE / "goemotions" / "dev.tsv", sep="\t", header=None, usecols=[0], quoting=3
    )[0]
    parts.append(pd.DataFrame({"language": "en", "source": "goemotions-dev", "text": goemotions}))
    eng = pd.read_csv(HERE / "brighter" / "dev_eng.csv", dtype={"text": str})["text"]
    parts.append(pd.DataFrame({"language": "en", "source": "brighter-dev-eng", "text": eng}))
    rows = [
        ln.split("\t", 2)
        for ln in (HERE / "langid" / "sample.tsv").read_text("utf-8").splitlines()[1:]
    ]
    parts.append(pd.DataFrame(rows, columns=["language", "source", "text"]))
    out = pd.concat(parts, ignore_index=True)
    out["text"] = out["text"].astype(str)
    words = out["text"].str.split().str.len().to_numpy()
    out["bucket"] = ""
    for lo, hi, name in BUCKETS:
        out.loc[(words >= lo) & (words <= hi), "bucket"] = name
    return out


def other_prior(code: str) -> str:
    return "pt" if code == "en" else "en"


def ours(data: pd.DataFrame) -> dict[str, np.ndarray]:
    """Our guess of every text in the three modes."""
    from analyzer.nlp.language import NO_PRIOR, message_languages

    got: dict[str, np.ndarray] = {m: np.empty(len(data), dtype=object) for m in MODES}
    for code, rows in data.groupby("language", sort=True):
        at = data.index.get_indexer(rows.index)
        got["none"][at] = message_languages(rows["text"], NO_PRIOR)
        got["own"][at] = message_languages(rows["text"], str(code))
        got["other"][at] = message_languages(rows["text"], other_prior(str(code)))
    return got


def _library():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LIBRARY_LANGUAGES))
    return ident


def library(data: pd.DataFrame) -> dict[str, np.ndarray]:
    """py3langid's guess of every text: its top language (no prior), or the chat's language
    unless the top language differs with probability >= LIBRARY_SURE."""
    ident = _library()
    top = [ident.classify(t) for t in data["text"]]
    lang = np.array([c for c, _p in top], dtype=object)
    sure = np.array([p >= LIBRARY_SURE for _c, p in top])
    own = data["language"].to_numpy(dtype=object)
    other = np.array([other_prior(c) for c in own], dtype=object)
    return {
        "none": lang,
        "own": np.where(sure, lang, own),
        "other": np.where(sure, lang, other),
    }


def table(data: pd.DataFrame, got: dict[str, np.ndarray]) -> list[dict]:
    """Accuracy per language and length bucket (and over all lengths), in each mode."""
    rows = []
    truth = data["language"].to_numpy(dtype=object)
    for code in sorted(data["language"].unique()):
        for _lo, _hi, name in (*BUCKETS, (0, 0, "all")):
            mask = (truth == code) & ((data["bucket"] == name).to_numpy() | (name == "all"))
            n = int(mask.sum())
            if not n:
                continue
            row = {"language": code, "words": name, "n": n}
            for mode in MODES:
                row[mode] = round(float((got[mode][mask] == code).mean()), 3)
            rows.append(row)
    return rows


def recorded() -> dict:
    return json.loads(RECORD.read_text("utf-8"))


def readme_block() -> str:
    """README's table: per language, the share guessed right by length, in a chat of its own
    language / in a chat of another (ours, as scored now), and py3langid's on 3-5 words (as
    recorded); then the share right with no prior on short texts, ours and py3langid's."""
    rec = recorded()
    lib = {(r["language"], r["words"]): r for r in rec["library"]["table"]}
    data = texts()
    now = {(r["language"], r["words"]): r for r in table(data, ours(data))}
    langs = sorted({code for code, _w in now}, key=lambda c: (c not in ("pt", "es", "en"), c))

    def pair(r: dict | None) -> str:
        return "-" if r is None else f"{r['own']:.2f} / {r['other']:.2f}"

    lines = [
        "| language (texts) | 1-2 words | 3-5 words | 6-10 words | 11+ words "
        f"| {rec['library']['name']}, 3-5 words |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code in langs:
        cells = [pair(now.get((code, b))) for _lo, _hi, b in BUCKETS]
        lines.append(
            f"| {code} ({now[(code, 'all')]['n']}) | "
            + " | ".join(cells)
            + f" | {pair(lib.get((code, '3-5')))} |"
        )
    lines += [
        "",
        "With no prior (each text on its own evidence), the share right on 1-2 and 3-5 words, "
        f"ours / {rec['library']['name']}:",
        "",
        "| language | 1-2 words | 3-5 words |",
        "|---|---:|---:|",
    ]
    for code in langs:
        cells = []
        for b in ("1-2", "3-5"):
            mine, theirs = now.get((code, b)), lib.get((code, b))
            cells.append(
                "-"
                if mine is None or theirs is None
                else f"{mine['none']:.2f} / {theirs['none']:.2f}"
            )
        lines.append(f"| {code} | " + " | ".join(cells) + " |")
    return "\n".join([*lines, "", *gold_block(rec)])


def gold_block(rec: dict) -> list[str]:
    """README's lines on the gold figure (development parts scored now, the frozen parts as
    recorded by ``--part frozen``, when they have been) and on ``mixed.tsv`` (scored now)."""
    frozen = {r["language"]: r for r in rec.get("gold_frozen", [])}
    lines = [
        "On each language's chat-register gold, the share of the messages with 3 or more words "
        "guessed right (read by the language's pack), in the chat of the part / with no prior / "
        "in an English chat; development parts (read while extending the word lists)"
        + (", and the frozen parts as scored once at the release:" if frozen else ":"),
        "",
        "| language | messages (dev) | dev |" + (" messages (frozen) | frozen |" if frozen else ""),
        "|---|---:|---:|" + ("---:|---:|" if frozen else ""),
    ]
    for r in gold_table("dev"):
        cell = f"{r['own']:.2f} / {r['none']:.2f} / {r['english']:.2f}"
        row = f"| {r['language']} | {r['n']} | {cell} |"
        if frozen:
            f = frozen[r["language"]]
            row += f" {f['n']} | {f['own']:.2f} / {f['none']:.2f} / {f['english']:.2f} |"
        lines.append(row)
    lines += [
        "",
        "On short messages we wrote (3-6 words, `tests/realtext/langid/mixed.tsv`, a development "
        "set), the share guessed right in a chat of the message's language / with no prior / in "
        "an English chat (Portuguese for English):",
        "",
        "| messages | code | n | right |",
        "|---|---|---:|---:|",
    ]
    for r in mixed_table():
        lines.append(
            f"| {r['kind']} | {r['language']} | {r['n']} | "
            f"{r['own']:.2f} / {r['none']:.2f} / {r['other']:.2f} |"
        )
    return lines


def _print(name: str, rows: list[dict]) -> None:
    print(f"\n{name}: accuracy (no prior / in a chat of its language / in another's chat)")
    print(f"{'lang':6} {'words':5} {'n':>5}  {'none':>5} {'own':>5} {'other':>5}")
    for r in rows:
        print(
            f"{r['language']:6} {r['words']:5} {r['n']:5}  "
            f"{r['none']:5.3f} {r['own']:5.3f} {r['other']:5.3f}"
        )


def _print_gold(part: str, rows: list[dict]) -> None:
    print(
        f"\ngold ({part}), messages with 3+ words: share right "
        "(in the part's chat / no prior / in an English chat)"
    )
    for r in rows:
        print(
            f"{r['language']:4} chat {r['chat']:8} {r['n']:4}  {r['own']:5.3f} {r['none']:5.3f} "
            f"{r['english']:5.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realtext.langid")
    parser.add_argument("--write", action="store_true", help="record the figures in langid.json")
    parser.add_argument("--library", action="store_true", help="measure py3langid too")
    parser.add_argument(
        "--part",
        choices=PARTS,
        default="dev",
        help="the gold part of the gold figure: dev (default) or frozen (once, at a release)",
    )
    args = parser.parse_args(argv)
    if args.part == "frozen":  # the frozen parts alone: nothing else is measured or written
        record = json.loads(RECORD.read_text("utf-8")) if RECORD.exists() else {}
        record["gold_frozen"] = gold_table("frozen")
        _print_gold("frozen", record["gold_frozen"])
        if args.write:
            RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")
        return 0
    data = texts()
    record = json.loads(RECORD.read_text("utf-8")) if RECORD.exists() else {}
    record["texts"] = {k: int(v) for k, v in data.groupby("source").size().items()}
    record["ours"] = table(data, ours(data))
    _print("stopwords, words and letters (ours)", record["ours"])
    if args.library:
        import py3langid

        record["library"] = {
            "name": "py3langid",
            "version": getattr(py3langid, "__version__", "0.4.0"),
            "sure": LIBRARY_SURE,
            "languages": list(LIBRARY_LANGUAGES),
            "table": table(data, library(data)),
        }
    if "library" in record:
        _print(f"{record['library']['name']} (recorded)", record["library"]["table"])
    record["gold"] = gold_table("dev")
    _print_gold("dev", record["gold"])
    record["mixed"] = mixed_table()
    print("\nmixed.tsv: share right (in a chat of its language / no prior / in another's chat)")
    for r in record["mixed"]:
        print(
            f"{r['kind']:12} {r['language']:8} {r['n']:4}  {r['own']:5.3f} {r['none']:5.3f} "
            f"{r['other']:5.3f}"
        )
    if args.write:
        RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
