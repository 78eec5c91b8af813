"""sample_chats/pools_fr.py mirrors sample_chats/pools.py exactly.

A French sample chat replays the English draw and takes each message from the same place in
pools_fr.py, so every list must have the English one's name and length, and every exchange its
parts, its messages with the same roles and placeholders (<media>, <media:audio>, <deleted>,
<call>, ...) and the same slots ({food}, {VALIDATE}, {X}, ...). What a message says is the
translation's own; what it is (a placeholder, a slot, a role) is not.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_chats"
sys.path.insert(0, str(SAMPLES))

import make_samples  # noqa: E402  (sample_chats/, standard library only)
import pools  # noqa: E402
import pools_fr  # noqa: E402

SLOT = re.compile(r"\{([^{}]*)\}")
ROLE_LINE = re.compile(r"^[A-Z]:")
#: an ending that agrees with the person in a role: {X:é/ée} (masculine/feminine)
AGREE = re.compile(r"^([A-Z]):([^/{}|]*)/([^/{}|]*)$")


def string_lists(module: object) -> dict[str, list[str]]:
    """Every upper-case module-level list of strings (the pools and ANEC_UK), by name."""
    return {
        k: v
        for k, v in vars(module).items()
        if k.isupper() and isinstance(v, list) and v and all(isinstance(x, str) for x in v)
    }


def exchange_lists(module: object) -> dict[str, list[str]]:
    return {k: v for k, v in string_lists(module).items() if ROLE_LINE.match(v[0])}


def shape(src: str) -> list[list[tuple[str, str]]]:
    """Parts, and per message its role and placeholder ("" for text)."""
    ex = make_samples.parse_exchange(src)
    return [
        [(ln.role, ln.text if ln.text.startswith("<") and ln.text.endswith(">") else "")
         for ln in part]
        for part in ex.parts
    ]  # fmt: skip


def slots(src: str) -> Counter:
    """Slots that carry a value, a fragment, a name or a date; not the alternatives ({a|b}) or
    the endings that agree with a person ({X:é/ée}), which are the language's own."""
    return Counter(k for k in SLOT.findall(src) if "|" not in k and ":" not in k)


EN = string_lists(pools)
FR = string_lists(pools_fr)
EN_EX = exchange_lists(pools)
PAIRS = [
    (name, i, src, FR[name][i] if i < len(FR.get(name, [])) else None)
    for name, items in EN_EX.items()
    for i, src in enumerate(items)
]


def test_the_same_lists_with_the_same_lengths():
    assert sorted(FR) == sorted(EN)
    assert {k: len(v) for k, v in FR.items()} == {k: len(v) for k, v in EN.items()}
    # the pools the three bundled chats draw from are among them
    for name in ("OPEN_UK", "LIGHT_UK", "DEEP_UK", "COUPLE_UK", "REPAIR_UK", "ANEC_EXCHANGES",
                 "OPEN_US", "LIGHT_US", "DEEP_US", "GROUP", "GROUP_OPEN"):  # fmt: skip
        assert name in FR


def test_there_are_as_many_exchanges_as_in_english():
    assert sum(len(v) for v in exchange_lists(pools_fr).values()) == sum(
        len(v) for v in EN_EX.values()
    )
    assert sum(len(v) for v in EN_EX.values()) > 500


@pytest.mark.parametrize(("name", "i", "en", "fr"), PAIRS, ids=[f"{n}[{i}]" for n, i, *_ in PAIRS])
def test_each_exchange_keeps_its_shape_and_slots(name, i, en, fr):
    assert fr is not None, f"{name}[{i}] is missing"
    assert shape(fr) == shape(en)
    assert slots(fr) == slots(en)
    if re.search(r"[a-z]{3}", SLOT.sub("", re.sub(r"(?m)^[A-Z]: ?|<[^>]*>", "", en))):
        assert fr != en  # translated, not copied


@pytest.mark.parametrize(("name", "i", "en", "fr"), PAIRS, ids=[f"{n}[{i}]" for n, i, *_ in PAIRS])
def test_agreeing_endings_name_a_role_of_the_exchange(name, i, en, fr):
    """{X:é/ée} must name a role that speaks in the exchange (else there is no gender to agree
    with) and be well-formed; no other slot may hold a colon."""
    roles = {ln.role for part in make_samples.parse_exchange(fr).parts for ln in part}
    for key in SLOT.findall(fr):
        if ":" in key:
            m = AGREE.match(key)
            assert m, key
            assert m.group(1) in roles, key


def test_fragments_and_values_have_the_english_keys():
    assert sorted(pools_fr.FRAGMENTS) == sorted(pools.FRAGMENTS)
    assert all(pools_fr.FRAGMENTS[k] for k in pools_fr.FRAGMENTS)
    assert sorted(pools_fr.FRAGMENTS_US) == sorted(pools.FRAGMENTS_US)
    assert sorted(pools_fr.VALUES_UK) == sorted(pools.VALUES_UK)
    assert sorted(pools_fr.VALUES_US) == sorted(pools.VALUES_US)
    # the group's members under their French names (test_locale_names_every_person_...)
    assert len(pools_fr.GROUP_SYSTEM_NAMES) == len(pools.GROUP_SYSTEM_NAMES)


def test_fragments_hold_no_slot_the_english_ones_do_not():
    """A fragment may only use slots its English counterpart uses (REACT's {LAUGH})."""
    for key, items in pools_fr.FRAGMENTS.items():
        en = set().union(*(set(SLOT.findall(x)) for x in pools.FRAGMENTS[key]))
        fr = set().union(*(set(SLOT.findall(x)) for x in items))
        assert fr <= en, key


def test_the_slots_used_have_values_or_fragments():
    """Every slot the French pools use is one the English pools fill."""
    known = set(pools_fr.FRAGMENTS) | set(pools_fr.VALUES_UK) | {"X", "Y", "A", "B", "C", "D", "M"}
    known |= {"day", "month", "month_now", "month_past"}
    used = Counter()
    for items in exchange_lists(pools_fr).values():
        for src in items:
            used.update(k.rstrip("0123456789") for k in slots(src))
    assert set(used) <= known, set(used) - known


def test_pools_check_fills_the_agreeing_endings_of_either_gender():
    from tests.realtext import pools_check

    assert pools_check._fill("fi{Y:er/ère} de toi", pools_fr, "mars") == "fier de toi"
    assert pools_check._fill("fi{Y:er/ère} de toi", pools_fr, "mars", "f") == "fière de toi"
    assert pools_check._fill("un peu crevé{Y:/e}. et toi ?", pools_fr, "mars", "f") == (
        "un peu crevée. et toi ?"
    )
    rows = pools_check.pairs("fr")
    assert len(rows) == 3883
    assert not any("{" in fr or "}" in fr for _, _, fr in rows)


# --------------------------------------------------------------------------- locale_fr.py

import locale_fr  # noqa: E402


def test_locale_names_every_person_of_the_sample_chats():
    people = {p.name for spec in make_samples.specs() for p in spec.people}
    assert sorted(locale_fr.PEOPLE) == sorted(people)
    assert all(g in ("m", "f") for _, _, g in locale_fr.PEOPLE.values())
    # the group's members as the French export names them
    assert pools_fr.GROUP_SYSTEM_NAMES == tuple(
        locale_fr.PEOPLE[n][0] for n in pools.GROUP_SYSTEM_NAMES
    )


def test_the_people_are_not_also_friends_in_the_values():
    """A person of a French chat is never also a friend or colleague its messages mention."""
    names = {first or name.split()[0] for name, first, _ in locale_fr.PEOPLE.values()}
    for table in (pools_fr.VALUES_UK, pools_fr.VALUES_US):
        for key in ("friend", "friend_m", "colleague", "colleague_m"):
            assert not names & set(table[key]), key


def test_the_french_export_lines_read_back_as_their_kinds():
    """What locale_fr.py makes WhatsApp write (stamps, notices, placeholders) is what the parser
    reads as a fr-FR export: each line comes back with its author and kind."""
    from datetime import datetime

    from analyzer.parsers.whatsapp import parse_text

    fmt = locale_fr.FORMATS
    when = datetime(2024, 1, 8, 19, 5, 7)
    names = {"a": "Yanis 🎸", "b": "Élodie", "s": "Les potes de la fac 🎓", "t": "Foot à 5 ⚽"}
    notices = [t.format(**names) for _, t in locale_fr.SYSTEM]
    bodies = [fmt["android_encryption"], *notices]
    lines = [f"{when.strftime(fmt['android_stamp'])} - {b}" for b in bodies]
    said = [(fmt["media"], "media"), (fmt["deleted_android"], "deleted"), ("coucou", "text")]
    lines += [f"{when.strftime(fmt['android_stamp'])} - Anaïs: {b}" for b, _ in said]
    frame, _ = parse_text("\n".join(lines) + "\n")
    got = [
        (str(a) if a == a and a is not None else None, str(k))
        for a, k in zip(frame["author"], frame["kind"], strict=True)
    ]
    assert got == [(None, "system")] * len(bodies) + [("Anaïs", k) for _, k in said]

    stamp = when.strftime(fmt["ios_stamp"])
    ios = [f"{stamp} Samuel: \u200e{m}" for m in fmt["ios_media"].values()]
    ios += [
        f"{stamp} Samuel: \u200e{fmt['missed_call']}",
        f"{stamp} Samuel: \u200e{fmt['deleted_ios']}",
    ]
    ios += [f"{stamp} Samuel: salut"]
    frame, _ = parse_text("\n".join(ios) + "\n")
    kinds = [str(k) for k in frame["kind"]]
    assert kinds == ["media", "media", "media", "sticker", "media", "call", "deleted", "text"]
    assert set(map(str, frame["author"])) == {"Samuel"}
    assert frame["timestamp"].iloc[0] == datetime(2024, 1, 8, 19, 5, 7)
