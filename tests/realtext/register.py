"""Read the real-register check in ``tests/realtext/register/`` (see the README there).

Two files, one line per message, ``id <TAB> part <TAB> labels <TAB> context <TAB> text``:

- ``written.tsv``: chat messages written and labelled by the project in the styles of real
  supporters and venters;
- ``goemotions.tsv``: real Reddit comments from GoEmotions train, labelled by hand in the same
  scheme (drawn by ``python -m tests.realtext.register_draw``);
- ``written2.tsv`` and ``goemotions2.tsv``: the second set (``register2``), all of it frozen,
  written, drawn (``python -m tests.realtext.register_draw 2``) and labelled the same way;
- ``written3_dev.tsv``: a third written set, all of it ``dev`` (development material from the
  start), written to vary the wordings of reflection and support;
- ``written4_check.tsv``: a small fourth set, all ``dev``, written after the detectors had been
  widened on the third set and before they read it;
- ``written5_dev.tsv``: a fifth written set, all ``dev``, written before the "causing" verbs and
  the sarcasm markers were added (the reader as the object of "stress / scare / hurt ... you");
- ``goemotions6_dev.tsv``: a sixth set, all ``dev``, of real GoEmotions train comments drawn by
  ``python -m tests.realtext.register_draw6`` (leaning on support, praise and wishes to the
  reader) and labelled before the support families were widened for it;
- ``written7_dev.tsv``: a seventh written set, all ``dev``: the reader's feeling guessed,
  inferred, past, future, reported or teased, beside look-alikes that are the writer's own;
- ``written8_dev.tsv``: an eighth written set, all ``dev``: the reader named by a nickname, the
  reader's feeling in the future, a condition, a subordinate clause, a question or an order,
  beside look-alikes that are the writer's own or a third person's;
- ``written9_dev.tsv``: a ninth written set, all ``dev``: support in the chat register
  (encouragement, offers, solidarity, validation of a choice, taking the reader's side, comfort
  in slang, reassurance, praise of effort) beside look-alikes that are not support;
- ``written9_check.tsv``: a small check, all ``dev``, written after the chat-register families
  were first widened on the ninth set, in wordings chosen to differ from it, and
  ``written9_check2.tsv``, a second one written after they were widened on the first check, and
  ``written9_check3.tsv``, a third written after the widening on the second, and
  ``written9_check4.tsv``, a fourth written before the slots were widened on the third, and
  ``written9_check5.tsv``, a fifth written after the widening on the fourth.

Fields are raw, as in ``labelled/acts.tsv`` (no quoting). A field never holds a real tab or line
break: a line break inside a chat turn is written ``\\n``, a tab ``\\t`` and a backslash ``\\\\``.
``labels`` is ``-`` or codes from :data:`CODES`, space-separated; ``context`` is the other
person's previous message or ``-``. ``part`` is fixed by :func:`part`.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

DIR = Path(__file__).parent / "register"
#: the files split by :func:`part` into ``dev`` and ``frozen``; their ``frozen`` third was scored
#: at two releases and is development material now (see the README)
FILES = ("written", "goemotions")
#: the second set, ``register2``: every message in it is ``frozen`` (no dev split)
FROZEN_FILES = ("written2", "goemotions2")
#: sets written later, every message in them ``dev``: the third set (development) and a small
#: check written after the third set's changes and scored once with them, and a fifth set written
#: before the "causing" verbs were added, a sixth set of real GoEmotions comments, and a seventh
#: on the reader's feelings guessed, past, future, reported or teased, an eighth on the reader's
#: feeling in the future, conditions, subordinate clauses, questions, orders and teases, and a
#: ninth of support in the chat register (with five small checks written after it), and a tenth
#: of real GoEmotions comments naming a feeling near a second-person word, and an eleventh drawn
#: after the changes made with the tenth, as a check, and a twelfth drawn the same way after the
#: changes made with both, and a thirteenth drawn the same way after the changes made with all
#: three, and a fourteenth after the changes made with all four, and a fifteenth after the
#: changes made with all five, and a sixteenth after the changes made with all six
DEV_FILES = (
    "written3_dev",
    "written4_check",
    "written5_dev",
    "goemotions6_dev",
    "written7_dev",
    "written8_dev",
    "written9_dev",
    "written9_check",
    "written9_check2",
    "written9_check3",
    "written9_check4",
    "written9_check5",
    "goemotions10_dev",
    "goemotions11_dev",
    "goemotions12_dev",
    "goemotions13_dev",
    "goemotions14_dev",
    "goemotions15_dev",
    "goemotions16_dev",
)
CODES = ("SUP", "RFL", "OWN", "TIER2")
COLUMNS = ["id", "part", "labels", "context", "text"]

_UNESCAPE = {"\\n": "\n", "\\t": "\t", "\\\\": "\\"}
_ESCAPE = {"\n": "\\n", "\t": "\\t", "\\": "\\\\"}
_ESCAPED = re.compile(r"\\[nt\\]")


def part(message_id: str) -> str:
    """``frozen`` for about a third of the ids, by a hash (stable across runs and machines)."""
    return "frozen" if hashlib.sha256(message_id.encode()).digest()[0] % 3 == 0 else "dev"


def escape(field: str) -> str:
    """One field as it is written in the files (backslash, tab and line break escaped)."""
    return "".join(_ESCAPE.get(ch, ch) for ch in field)


def unescape(field: str) -> str:
    """The inverse of :func:`escape`."""
    return _ESCAPED.sub(lambda m: _UNESCAPE[m.group()], field)


def parse_line(
    line: str, all_frozen: bool = False, all_dev: bool = False
) -> tuple[str, str, frozenset[str], str, str]:
    """``(id, part, labels, context, text)`` of one line; ``ValueError`` naming what is wrong.

    In a file of :data:`FROZEN_FILES` (``all_frozen``) every part must be ``frozen``, in one of
    :data:`DEV_FILES` (``all_dev``) every part must be ``dev``.
    """
    fields = line.rstrip("\n").split("\t")
    if len(fields) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} tab-separated fields, got {len(fields)}")
    mid, kind, labels, context, text = fields
    if all_frozen and kind != "frozen":
        raise ValueError(f"{mid}: part is {kind!r}, every message of this file is 'frozen'")
    if all_dev and kind != "dev":
        raise ValueError(f"{mid}: part is {kind!r}, every message of this file is 'dev'")
    if not all_frozen and not all_dev and kind != part(mid):
        raise ValueError(f"{mid}: part is {kind!r}, the id's hash says {part(mid)!r}")
    codes = frozenset() if labels == "-" else frozenset(labels.split(" "))
    unknown = codes - set(CODES)
    if unknown or (labels != "-" and len(codes) != len(labels.split(" "))):
        raise ValueError(f"{mid}: bad labels {labels!r} (codes: {', '.join(CODES)} or -)")
    if not text.strip():
        raise ValueError(f"{mid}: empty text")
    return mid, kind, codes, "" if context == "-" else unescape(context), unescape(text)


def load(name: str, kind: str | None = None) -> pd.DataFrame:
    """One file as a frame: ``id``, ``part``, ``labels`` (a frozenset), ``context``, ``text``,
    and one boolean column per code; only the ``dev`` or ``frozen`` rows when ``kind`` is given.
    """
    if name not in FILES + FROZEN_FILES + DEV_FILES:
        known = ", ".join(FILES + FROZEN_FILES + DEV_FILES)
        raise ValueError(f"unknown register file {name!r}; choose from {known}")
    lines = (DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    rows = []
    for number, line in enumerate(lines, 1):
        try:
            rows.append(
                parse_line(line, all_frozen=name in FROZEN_FILES, all_dev=name in DEV_FILES)
            )
        except ValueError as err:
            raise ValueError(f"{name}.tsv line {number}: {err}") from None
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for code in CODES:
        frame[code] = frame["labels"].map(lambda codes, c=code: c in codes)
    if kind is not None:
        frame = frame[frame["part"] == kind].reset_index(drop=True)
    return frame
