"""Read a translated twin of sample_chats/pools.py through its language pack, message by message,
next to the English original, and list where the two disagree on support, on a feeling and on a
question about the other person.

    python -m tests.realtext.pools_check de          # sample_chats/pools_de.py
    python -m tests.realtext.pools_check de --all    # also the messages where both agree
    python -m tests.realtext.pools_check fr --gender f   # feminine endings ({X:é/ée})
    python -m tests.realtext.pools_check it          # sample_chats/pools_it.py ({X:o/a})
    python -m tests.realtext.pools_check hi              # Hinglish and Devanagari ({X:a/i})

The twin has the same exchanges with the same messages in the same places, so the n-th message of
an English exchange and the n-th message of the translated one say the same thing. Slots are filled
with the first value of each table (``{a|b}`` with its first choice, names with one name);
fragments are read from their own lists, and a message that is only a fragment is left to them.
An ending that agrees with a person, ``{X:é/ée}``, takes its masculine form, or its feminine one
with ``--gender f``. "support" is ``cat_support`` or ``cat_validation``, "feeling" the ``feeling``
column, "question" ``question_other`` and "criticism" ``cat_criticism`` or ``cat_complaint`` (see
``tests/realtext/evaluate.py``). Each sign's agreement is the share of the lines the English pack
marks that the translated one marks too. A line the English pack marks
and the translated one does not is a miss of the translated pack (or of the translation).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "sample_chats"
SLOT = re.compile(r"\{([^{}]*)\}")
AGREE = re.compile(r"^[A-Z]:([^/]*)/([^/]*)$")
EXCHANGE = re.compile(r"^[A-Z]: ")
MONTH = {
    "en": "March",
    "de": "März",
    "es": "marzo",
    "pt": "março",
    "fr": "mars",
    "it": "marzo",
    "hi": "March",
}
SIGNS = ("support", "feeling", "question", "criticism")


def _load(name: str):
    sys.path.insert(0, str(SAMPLES))
    try:
        spec = importlib.util.spec_from_file_location(
            f"_pools_check_{name}", SAMPLES / f"{name}.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SAMPLES))


def _fill(text: str, module, month: str, gender: str = "m") -> str:
    values = module.VALUES_UK

    def one(m: re.Match) -> str:
        slot = m.group(1)
        agree = AGREE.match(slot)
        if agree:
            return agree.group(1 if gender == "m" else 2)
        if "|" in slot:
            return slot.split("|")[0]
        key = slot.rstrip("0123456789")
        if key in values:
            return values[key][0]
        if slot in "XYABCDM":
            return "Sam"
        if key.startswith("month"):
            return month
        return ""  # a fragment: read from its own list

    return SLOT.sub(one, text).strip(" .")


def pairs(lang: str, gender: str = "m") -> list[tuple[str, str, str]]:
    """(where, English text, translated text) for every message and fragment line."""
    make = _load("make_samples")
    en, tr = _load("pools"), _load(f"pools_{lang}")
    out = []
    for name, en_pool in vars(en).items():
        tr_pool = getattr(tr, name, None)
        if not name.isupper() or not isinstance(en_pool, list) or tr_pool is None:
            continue
        if not all(EXCHANGE.match(x) for x in en_pool):
            continue
        for i, (a, b) in enumerate(zip(en_pool, tr_pool, strict=True)):
            parts_a, parts_b = make.parse_exchange(a).parts, make.parse_exchange(b).parts
            for part_a, part_b in zip(parts_a, parts_b, strict=True):
                for la, lb in zip(part_a, part_b, strict=True):
                    if la.text.startswith("<"):
                        continue
                    ta = _fill(la.text, en, MONTH["en"])
                    tb = _fill(lb.text, tr, MONTH[lang], gender)
                    if ta and tb:
                        out.append((f"{name}[{i}]", ta, tb))
    for table in ("FRAGMENTS", "FRAGMENTS_US"):
        for key, lines in getattr(en, table).items():
            for i, (a, b) in enumerate(zip(lines, getattr(tr, table)[key], strict=False)):
                if "{" not in a and "{" not in SLOT.sub(_agree_only(gender), b):
                    out.append((f"{table}[{key}][{i}]", a, SLOT.sub(_agree_only(gender), b)))
    return out


def _agree_only(gender: str):
    """Fill the agreeing endings of a fragment line and leave its other slots as they are."""

    def one(m: re.Match) -> str:
        agree = AGREE.match(m.group(1))
        if not agree:
            return m.group(0)
        return agree.group(1 if gender == "m" else 2)

    return one


def signs(texts: list[str]) -> dict[str, list[bool]]:
    from tests.realtext.evaluate import features_of

    f = features_of(texts)
    return {
        "support": ((f["cat_support"] + f["cat_validation"]) > 0).tolist(),
        "feeling": f["feeling"].astype(bool).tolist(),
        "question": f["question_other"].astype(bool).tolist(),
        "criticism": ((f["cat_criticism"] + f["cat_complaint"]) > 0).tolist(),
    }


def report(lang: str, show_all: bool = False, gender: str = "m") -> str:
    rows = pairs(lang, gender)
    se = signs([r[1] for r in rows])
    st = signs([r[2] for r in rows])
    lines = [f"{len(rows)} messages and fragment lines, English next to {lang}"]
    for sign in SIGNS:
        a, b = se[sign], st[sign]
        both = sum(x and y for x, y in zip(a, b, strict=True))
        miss = [r for r, x, y in zip(rows, a, b, strict=True) if x and not y]
        extra = [r for r, x, y in zip(rows, a, b, strict=True) if y and not x]
        lines.append(
            f"\n{sign}: English {sum(a)}, {lang} {sum(b)}, both {both}, "
            f"{lang} misses {len(miss)}, {lang} only {len(extra)}, "
            f"agreement {both / sum(a) if sum(a) else float('nan'):.2f}"
        )
        lines += [f"  miss  {w}: {t!r}  ({e!r})" for w, e, t in miss]
        lines += [f"  only  {w}: {t!r}  ({e!r})" for w, e, t in extra]
        if show_all:
            agree = [r for r, x, y in zip(rows, a, b, strict=True) if x and y]
            lines += [f"  both  {w}: {t!r}" for w, _, t in agree]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("language", choices=sorted(set(MONTH) - {"en"}))
    ap.add_argument("--all", action="store_true", help="also list the lines where both agree")
    ap.add_argument(
        "--gender",
        choices=("m", "f"),
        default="m",
        help="form of the endings that agree with a person (default: m)",
    )
    args = ap.parse_args(argv)
    if not (SAMPLES / f"pools_{args.language}.py").exists():
        print(f"error: there is no sample_chats/pools_{args.language}.py", file=sys.stderr)
        return 2
    print(report(args.language, args.all, args.gender))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
