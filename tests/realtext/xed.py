"""The reading on XED's film subtitles, per emotion label, and its relative recall per language.

    python -m tests.realtext.xed            # the figures of the code as it is
    python -m tests.realtext.xed --write    # and record them in xed.json and xed_relative.json
    python -m tests.realtext.xed --misses de    # development: the lines of de's tuning part
                                                # the reading leaves below tier 2 (never the
                                                # reporting part)

Each language's half is split once, by a hash of each line's text (:func:`part`), into a
*tuning* part (a third) and a *reporting* part (two thirds), by the same rule for every
language. The packs may be developed on the tuning part's misses; every figure recorded and
shown in README is the reporting part's (Portuguese's and Spanish's references included), and
the tuning part's share is recorded beside it only to show how far tuning drifted from it.

XED's labels come from the scene, carried over from English or Finnish subtitles ("projected"),
so many lines carry no emotion word at all, and every line carries at least one label (there is
no line without emotion to flag wrongly). What is measured is therefore a relative figure: for
each label, the share of its lines that the reading takes to tier >= 2. It says which emotions
a language's reading finds less often than the others, and whether a change found more or
fewer; it is not a recall. This copy has no English half, so the languages are compared with
each other and with earlier versions, never with English. ``test_languages.py`` checks that the
recorded figures are the ones scored now.

The *relative recall* (:func:`relative`, recorded in ``xed_relative.json``, README's
``xed-relative`` block) sets German, French and Italian beside them: for each language, the share
of all its lines at tier >= 2, and that share over the mean of Portuguese's and Spanish's (the
same construct on the same kind of text, each language read by its own pack). Lines of a half
that are not ``text<TAB>labels`` (rows of the raw alignment that slipped into the projections:
12 in German, 239 in French) are left out, and counted. ``lexicon_only`` holds the same shares
and ratios with no emotion model asked in any language (the word lists and rules alone), so the
languages can be set side by side on like terms.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from tests.realtext.brighter import is_read

DIR = Path(__file__).with_name("xed")
RECORD = Path(__file__).with_name("xed.json")
#: XED's label numbers (Plutchik's eight emotions).
LABELS = {
    1: "anger",
    2: "anticipation",
    3: "disgust",
    4: "fear",
    5: "joy",
    6: "sadness",
    7: "surprise",
    8: "trust",
}
LANGUAGES = ("pt", "es")
#: The languages set beside :data:`LANGUAGES` by the relative recall.
COMPARED = ("de", "fr", "it")
RELATIVE = Path(__file__).with_name("xed_relative.json")
#: A well-formed line: its text, a tab, and label numbers separated by commas.
_LINE = re.compile(r"^([^\t]*)\t\s*([1-8](?:\s*,\s*[1-8])*)\s*$")
#: The two parts of every half (:func:`part`); figures are reported on ``report``.
PARTS = ("tune", "report")


def part(text: str) -> str:
    """The part a line belongs to, fixed by its text: ``tune`` when the first byte of
    ``sha256("xed-part:" + text)`` is divisible by 3 (about a third of the lines), else ``report``.
    The same text always falls in the same part, in every language."""
    digest = hashlib.sha256(f"xed-part:{text}".encode()).digest()
    return "tune" if digest[0] % 3 == 0 else "report"


def malformed(language: str) -> int:
    """Lines of the half of ``language`` that are not ``text<TAB>labels`` (left out)."""
    raw = (DIR / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
    return sum(1 for line in raw if line and not _LINE.match(line))


def lines(language: str, which: str | None = None) -> pd.DataFrame:
    """The subtitle lines of ``language`` with their ``part`` (:func:`part`) and one 0/1 column
    per label of :data:`LABELS` (malformed lines left out: :func:`malformed`); only the lines of
    part ``which`` when it is given."""
    raw = (DIR / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
    found = [m.groups() for m in map(_LINE.match, raw) if m]
    frame = pd.DataFrame(found, columns=["text", "labels"], dtype=str)
    numbers = frame["labels"].str.split(",").map(lambda ls: {int(x) for x in ls})
    frame = frame.assign(
        part=frame["text"].map(part),
        **{name: numbers.map(lambda ns, k=k: k in ns).to_numpy() for k, name in LABELS.items()},
    )
    if which is None:
        return frame
    return frame[frame["part"] == which].reset_index(drop=True)


@cache
def _deep(language: str, model: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Whether each line of :func:`lines` (all parts) reaches tier >= 2, and its part (the
    reading runs once per language, setting and process). With ``model`` False no language's
    emotion model is asked: the word lists and rules alone."""
    from contextlib import nullcontext
    from unittest import mock

    from analyzer.nlp import emotion
    from tests.realtext.evaluate import features_of

    data = lines(language)
    off = mock.patch.object(emotion, "load_model", return_value=None)
    with nullcontext() if model else off:
        tiers = features_of(data["text"].tolist())["tier"]
    return (tiers.fillna(0) >= 2).to_numpy(), data["part"].to_numpy()


def score(language: str, which: str = "report") -> dict:
    """On part ``which`` (the reporting part unless told): for each label, its lines and the
    share of them at tier >= 2; the same over all lines of the part."""
    data = lines(language, which)
    every, parts = _deep(language)
    deep = every[parts == which]
    per_label = {
        name: {"lines": int(data[name].sum()), "tier2": round(float(deep[data[name]].mean()), 4)}
        for name in LABELS.values()
    }
    return {
        "read": is_read(language),
        "lines": len(data),
        "tier2": round(float(np.mean(deep)), 4),
        "labels": per_label,
    }


def score_all() -> dict[str, dict]:
    """:func:`score` of :data:`LANGUAGES` on their reporting parts."""
    return {language: score(language) for language in LANGUAGES}


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def _ratios(every: dict[str, dict]) -> tuple[float, dict[str, float | None]]:
    reference = float(np.mean([every[code]["tier2"] for code in LANGUAGES]))
    return reference, {
        code: round(s["tier2"] / reference, 3) if reference else None for code, s in every.items()
    }


def relative(scores: dict[str, dict] | None = None) -> dict:
    """Per language of :data:`LANGUAGES` and :data:`COMPARED`, on its reporting part: whether
    it is read, its lines, the lines of the half left out, the share of its lines at tier >= 2
    and that share over the mean of :data:`LANGUAGES`' (``ratio``); ``reference`` is that mean.
    ``tune`` holds the same shares and ratios on the tuning parts (lines and share, the mean of
    Portuguese's and Spanish's tuning parts as its reference), for comparison only.
    ``scores`` may hold reporting-part scores already computed (:func:`score`)."""
    scores = scores if scores is not None else {}
    every = {code: scores.get(code) or score(code) for code in (*LANGUAGES, *COMPARED)}
    reference, ratios = _ratios(every)
    tuned = {code: score(code, "tune") for code in every}
    tune_reference, tune_ratios = _ratios(tuned)
    alone = {code: float(np.mean(_deep(code, model=False)[0][_deep(code)[1] == "report"]))
             for code in every}  # fmt: skip
    alone_reference = float(np.mean([alone[code] for code in LANGUAGES]))
    return {
        "part": "report",
        "reference": round(reference, 4),
        "languages": {
            code: {
                "read": s["read"],
                "lines": s["lines"],
                "left_out": malformed(code),
                "tier2": s["tier2"],
                "ratio": ratios[code],
            }
            for code, s in every.items()
        },
        "tune": {
            "reference": round(tune_reference, 4),
            "languages": {
                code: {"lines": s["lines"], "tier2": s["tier2"], "ratio": tune_ratios[code]}
                for code, s in tuned.items()
            },
        },
        # the same reporting parts read by the word lists and rules alone, no emotion model in
        # any language: the construct each pack's words carry, on like terms
        "lexicon_only": {
            "reference": round(alone_reference, 4),
            "languages": {
                code: {"tier2": round(v, 4), "ratio": round(v / alone_reference, 3)}
                for code, v in alone.items()
            },
        },
    }


def recorded_relative() -> dict:
    return json.loads(RELATIVE.read_text(encoding="utf-8"))


def readme_block() -> str:
    """README's table of the relative recall, as recorded (``--write``)."""
    rec = recorded_relative()
    names = {"pt": "Portuguese", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian"}
    lines_ = [
        "| language | lines | tier >= 2 | over the pt/es mean |",
        "|---|---:|---:|---:|",
    ]
    for code, r in rec["languages"].items():
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}"
        read = "" if r["read"] else " (not read)"
        lines_.append(
            f"| {names.get(code, code)}{read} | {r['lines']:,} | {r['tier2']:.3f} | {ratio} |"
        )
    lines_.append("")
    lines_.append(
        f"The Portuguese and Spanish mean is {rec['reference']:.3f}. These are the reporting "
        "parts (two thirds of each half); the packs were tuned on the other third, where the "
        "ratios are "
        + ", ".join(
            f"{names[code]} {r['ratio']:.2f}"
            for code, r in rec["tune"]["languages"].items()
            if code in COMPARED and r["ratio"] is not None
        )
        + "."
    )
    alone = rec["lexicon_only"]
    lines_.append("")
    lines_.append(
        "Read by the word lists and rules alone (no emotion model in any language), the "
        f"Portuguese and Spanish mean is {alone['reference']:.3f} and the ratios are "
        + ", ".join(
            f"{names[code]} {r['ratio']:.2f}"
            for code, r in alone["languages"].items()
            if code in COMPARED
        )
        + "."
    )
    return "\n".join(lines_)


def misses(language: str) -> int:
    """Development on ``language``'s tuning part: the lines the reading leaves below tier 2
    (the first 150), then the part's figures. The reporting part is never shown."""
    data = lines(language, "tune")
    every, parts = _deep(language)
    for text in data.loc[~every[parts == "tune"], "text"].head(150):
        print("MISS", text[:160])
    print(json.dumps({"tune": score(language, "tune")}, indent=2))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.realtext.xed",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--write", action="store_true", help="record the figures (xed.json, xed_relative.json)"
    )
    parser.add_argument(
        "--misses",
        choices=[*LANGUAGES, *COMPARED],
        help="a language's misses on its tuning part (never the reporting part)",
    )
    args = parser.parse_args(argv)  # an unknown option stops here, before any line is read
    if args.misses:
        return misses(args.misses)
    now = score_all()
    print(json.dumps(now, indent=2))
    rel = relative(now)
    print(json.dumps(rel, indent=2))
    if args.write:
        RECORD.write_text(json.dumps(now, indent=2) + "\n", encoding="utf-8")
        RELATIVE.write_text(json.dumps(rel, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
