"""The reading on XED's film subtitles, per emotion label, and its relative recall per language.

    python -m tests.realtext.xed            # the figures of the code as it is
    python -m tests.realtext.xed --write    # and record them in xed.json and xed_relative.json

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
12 in German, 239 in French) are left out, and counted.
"""

from __future__ import annotations

import json
import re
import sys
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


def malformed(language: str) -> int:
    """Lines of the half of ``language`` that are not ``text<TAB>labels`` (left out)."""
    raw = (DIR / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
    return sum(1 for line in raw if line and not _LINE.match(line))


def lines(language: str) -> pd.DataFrame:
    """The subtitle lines of ``language`` with one 0/1 column per label of :data:`LABELS`
    (malformed lines left out: :func:`malformed`)."""
    raw = (DIR / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
    found = [m.groups() for m in map(_LINE.match, raw) if m]
    frame = pd.DataFrame(found, columns=["text", "labels"], dtype=str)
    numbers = frame["labels"].str.split(",").map(lambda ls: {int(x) for x in ls})
    return frame.assign(
        **{name: numbers.map(lambda ns, k=k: k in ns).to_numpy() for k, name in LABELS.items()}
    )


def score(language: str) -> dict:
    """For each label, its lines and the share of them at tier >= 2; the same over all lines."""
    from tests.realtext.evaluate import features_of

    data = lines(language)
    deep = (features_of(data["text"].tolist())["tier"].fillna(0) >= 2).to_numpy()
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
    return {language: score(language) for language in LANGUAGES}


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def relative(scores: dict[str, dict] | None = None) -> dict:
    """Per language of :data:`LANGUAGES` and :data:`COMPARED`: whether it is read, its lines,
    the lines left out, the share of its lines at tier >= 2 and that share over the mean of
    :data:`LANGUAGES`' (``ratio``); ``reference`` is that mean."""
    scores = scores if scores is not None else {}
    every = {code: scores.get(code) or score(code) for code in (*LANGUAGES, *COMPARED)}
    reference = float(np.mean([every[code]["tier2"] for code in LANGUAGES]))
    return {
        "reference": round(reference, 4),
        "languages": {
            code: {
                "read": s["read"],
                "lines": s["lines"],
                "left_out": malformed(code),
                "tier2": s["tier2"],
                "ratio": round(s["tier2"] / reference, 3) if reference else None,
            }
            for code, s in every.items()
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
    lines_.append(f"The Portuguese and Spanish mean is {rec['reference']:.3f}.")
    return "\n".join(lines_)


def main(argv: list[str]) -> int:
    now = score_all()
    print(json.dumps(now, indent=2))
    rel = relative(now)
    print(json.dumps(rel, indent=2))
    if "--write" in argv:
        RECORD.write_text(json.dumps(now, indent=2) + "\n", encoding="utf-8")
        RELATIVE.write_text(json.dumps(rel, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
