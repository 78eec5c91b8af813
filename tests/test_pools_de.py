"""sample_chats/pools_de.py is the German twin of sample_chats/pools.py: each of its pools has the
same number of exchanges in the same order as the English pool of the same name, each with the
same people speaking in the same turns, the same number of lines per message, the same
placeholders (<media>, <deleted>) and the same named slots (values, fragments, names) and {a|b}
choices in the same messages; FRAGMENTS, FRAGMENTS_US and the VALUES tables have the same keys.
Every pool is there, the three bundled chats' (android_en_gb, ios_en_us, group_chat) and the
scenarios'. What is said is German, so the words are not compared, only that they are not the
English ones. sample_chats/locale_de.py (names, notices, export formats for --language de) names
every person of the sample chats, and what it makes WhatsApp write reads back as a de-DE export."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_chats"


def load(name: str):
    sys.path.insert(0, str(SAMPLES))
    try:
        path = SAMPLES / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"_pools_de_test_{name}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SAMPLES))


EN = load("pools")
DE = load("pools_de")
MAKE = load("make_samples")

SLOT = re.compile(r"\{([^{}]*)\}")
PLACEHOLDER = re.compile(r"^<(media\w*|deleted|call)>$")
EXCHANGE = re.compile(r"^[A-Z]: ")


def public(module) -> dict[str, object]:
    return {k: v for k, v in vars(module).items() if k.isupper() and not k.startswith("_")}


EN_NAMES = public(EN)
DE_NAMES = public(DE)
LISTS = sorted(k for k, v in EN_NAMES.items() if isinstance(v, list))
POOLS = [k for k in LISTS if all(EXCHANGE.match(x) for x in EN_NAMES[k])]
PLAIN = [k for k in LISTS if k not in POOLS]  # lists of lines (fragments), not exchanges
TABLES = sorted(k for k, v in EN_NAMES.items() if isinstance(v, dict))

# what the three bundled chats draw from (spec_android, spec_ios, spec_group_chat)
BUNDLED = [
    "OPEN_UK",
    "CLOSE_UK",
    "LIGHT_UK",
    "DEEP_UK",
    "NEWS_UK",
    "REPAIR_UK",
    "COUPLE_UK",
    "ANEC_EXCHANGES",
    "ANEC_UK",
    "OPEN_US",
    "CLOSE_US",
    "LIGHT_US",
    "DEEP_US",
    "NEWS_US",
    "GROUP",
    "GROUP_OPEN",
]
DE_POOLS = [k for k in POOLS if k in DE_NAMES]


def shape(src: str) -> list[list[tuple]]:
    """Per part, per message: who speaks, how many lines the message has, its placeholder (if it
    is one), the named slots it fills and how many {a|b} choices it makes."""
    out = []
    for part in MAKE.parse_exchange(src).parts:
        rows = []
        for line in part:
            slots = SLOT.findall(line.text)
            rows.append(
                (
                    line.role,
                    line.text.count("\n") + 1,
                    line.text if PLACEHOLDER.match(line.text) else None,
                    sorted(s for s in slots if "|" not in s),
                    [s.count("|") + 1 for s in slots if "|" in s],
                )
            )
        out.append(rows)
    return out


def words(src: str) -> set[str]:
    return set(re.findall(r"[a-zäöüß']{4,}", SLOT.sub(" ", src.lower())))


def test_the_bundled_chats_pools_are_all_there():
    assert set(BUNDLED) <= set(LISTS)
    missing = [k for k in BUNDLED if k not in DE_NAMES]
    assert missing == []
    assert sorted(k for k, v in DE_NAMES.items() if isinstance(v, dict)) == TABLES


def test_every_pool_and_list_is_there():
    assert len(POOLS) > 30 and "LIGHT_UK" in POOLS and "GROUP" in POOLS
    assert sorted(k for k, v in DE_NAMES.items() if isinstance(v, list)) == LISTS
    assert DE_POOLS == POOLS


def test_no_name_that_english_lacks():
    extra = sorted(set(DE_NAMES) - set(EN_NAMES))
    assert extra == []
    assert all(type(DE_NAMES[k]) is type(EN_NAMES[k]) for k in DE_NAMES)


@pytest.mark.parametrize("name", DE_POOLS)
def test_pool_has_the_same_exchanges_in_the_same_order(name):
    en, de = getattr(EN, name), getattr(DE, name)
    assert len(de) == len(en), name
    for i, (a, b) in enumerate(zip(en, de, strict=True)):
        assert shape(b) == shape(a), f"{name}[{i}]: {b!r}"


@pytest.mark.parametrize("name", DE_POOLS)
def test_pool_is_written_in_german(name):
    """No exchange is left in English: at most half of its English words (names, brands,
    loanwords such as 'cool' or 'podcast') come back in the German one."""
    for i, (a, b) in enumerate(zip(getattr(EN, name), getattr(DE, name), strict=True)):
        en_words = words(a)
        if not en_words:
            continue
        shared = en_words & words(b)
        assert len(shared) <= max(3, len(en_words) // 2), f"{name}[{i}]: {sorted(shared)}"


@pytest.mark.parametrize("name", [k for k in PLAIN if k in DE_NAMES])
def test_line_list_has_as_many_lines(name):
    en, de = getattr(EN, name), getattr(DE, name)
    assert len(de) == len(en)
    assert all(not EXCHANGE.match(x) and "{" not in x for x in de)
    assert not set(de) & set(en)


@pytest.mark.parametrize("name", TABLES)
def test_fragments_and_values_have_the_same_keys(name):
    en, de = getattr(EN, name), getattr(DE, name)
    assert sorted(de) == sorted(en)
    for key, options in de.items():
        assert options and all(isinstance(o, str) and o.strip() for o in options), key
        assert len(set(options)) >= min(3, len(set(en[key]))), key
        # a fragment may hold another fragment ({LAUGH} in REACT), the same ones as English
        assert sorted(set(SLOT.findall(" ".join(options)))) == sorted(
            set(SLOT.findall(" ".join(en[key])))
        ), key


def test_every_slot_has_a_value_or_fragment():
    """Every {name} used in a German pool can be filled: a fragment, a value, a role's name or a
    date slot the generator fills itself."""
    known = set(DE.FRAGMENTS) | set(DE.FRAGMENTS_US) | set(DE.VALUES_UK) | set(DE.VALUES_US)
    known |= {"X", "Y", "A", "B", "C", "D", "M", "day", "month", "month_now", "month_past"}
    for name in DE_POOLS:
        for src in getattr(DE, name):
            for slot in SLOT.findall(src):
                if "|" not in slot:
                    assert slot.rstrip("0123456789") in known, (name, slot)


def test_the_group_names_are_four_people():
    assert len(DE.GROUP_SYSTEM_NAMES) == len(EN.GROUP_SYSTEM_NAMES) == 4
    assert DE.GROUP_SYSTEM_NAMES[2].startswith("+49 ")


def test_the_pack_check_pairs_every_message_with_its_english_one():
    """tests/realtext/pools_check.py reads pools_de.py next to pools.py, message by message."""
    from tests.realtext import pools_check

    rows = pools_check.pairs("de")
    assert len(rows) > 3000
    assert len({w.split("[")[0] for w, _, _ in rows}) == len(POOLS) + 2  # + the fragment tables
    # the first exchange of DEEP_UK: its messages, English and German, in the same order
    deep = [(e, g) for w, e, g in rows if w == "DEEP_UK[0]"]
    assert deep[0] == ("can I be honest about something", "darf ich mal ehrlich sein")
    assert deep[1] == ("always", "immer")
    assert all("{" not in e + g for _, e, g in rows)


def test_the_pack_check_refuses_a_language_without_pools(capsys, monkeypatch, tmp_path):
    from tests.realtext import pools_check

    monkeypatch.setattr(pools_check, "SAMPLES", tmp_path)  # a folder with no pools_de.py
    assert pools_check.main(["de"]) == 2
    assert capsys.readouterr().err.strip() == "error: there is no sample_chats/pools_de.py"


LOCALE = load("locale_de")


def test_locale_names_every_person_of_the_sample_chats():
    people = {p.name for spec in MAKE.specs() for p in spec.people}
    assert sorted(LOCALE.PEOPLE) == sorted(people)
    assert all(g in ("m", "f") for _, _, g in LOCALE.PEOPLE.values())
    # the group's members as the German export names them
    assert DE.GROUP_SYSTEM_NAMES == tuple(LOCALE.PEOPLE[n][0] for n in EN.GROUP_SYSTEM_NAMES)


def test_the_people_are_not_also_friends_in_the_values():
    """A person of a German chat is never also a friend or colleague its messages mention."""
    names = {first or name.split()[0] for name, first, _ in LOCALE.PEOPLE.values()}
    for table in (DE.VALUES_UK, DE.VALUES_US):
        for key in ("friend", "friend_m", "colleague", "colleague_m"):
            assert not names & set(table[key]), key


def test_the_german_export_lines_read_back_as_their_kinds():
    """What locale_de.py makes WhatsApp write (stamps, notices, placeholders) is what the parser
    reads as a de-DE export: each line comes back with its author and kind."""
    from datetime import datetime

    from analyzer.parsers.whatsapp import parse_text

    fmt = LOCALE.FORMATS
    when = datetime(2024, 1, 8, 19, 5, 7)
    names = {"a": "Deniz 🎸", "b": "Leonie", "s": "Unileute 🎓", "t": "Ferienhaus Wochenende 🏡"}
    notices = [t.format(**names) for _, t in LOCALE.SYSTEM]
    bodies = [fmt["android_encryption"], *notices]
    lines = [f"{when.strftime(fmt['android_stamp'])} - {b}" for b in bodies]
    said = [(fmt["media"], "media"), (fmt["deleted_android"], "deleted"), ("na du", "text")]
    lines += [f"{when.strftime(fmt['android_stamp'])} - Hanna: {b}" for b, _ in said]
    frame, _ = parse_text("\n".join(lines) + "\n")
    got = [
        (str(a) if a == a and a is not None else None, str(k))
        for a, k in zip(frame["author"], frame["kind"], strict=True)
    ]
    assert got == [(None, "system")] * len(bodies) + [("Hanna", k) for _, k in said]

    stamp = when.strftime(fmt["ios_stamp"])
    ios = [f"{stamp} Samuel: \u200e{m}" for m in fmt["ios_media"].values()]
    ios += [f"{stamp} Samuel: \u200e{fmt['missed_call']}", f"{stamp} Samuel: jo"]
    frame, _ = parse_text("\n".join(ios) + "\n")
    kinds = [str(k) for k in frame["kind"]]
    assert kinds == ["media", "media", "media", "sticker", "media", "call", "text"]
    assert set(map(str, frame["author"])) == {"Samuel"}
