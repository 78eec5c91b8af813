"""sample_chats/pools_es.py is the Spanish twin of sample_chats/pools.py: the same pools with the
same number of exchanges in the same order, each with the same people speaking in the same turns,
the same placeholders and fragments in the same messages, and the same fragment and value keys.
What is said is Spanish, so the words are not compared, only that they are not the English ones."""

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
        spec = importlib.util.spec_from_file_location(f"_pools_test_{name}", SAMPLES / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SAMPLES))


EN = load("pools")
ES = load("pools_es")
MAKE = load("make_samples")
LOCALE = load("locale_es")

SLOT = re.compile(r"\{([^{}]*)\}")
PLACEHOLDER = re.compile(r"^<(media\w*|deleted|call)>$")


def public(module) -> dict[str, object]:
    return {k: v for k, v in vars(module).items() if k.isupper() and not k.startswith("_")}


EN_NAMES = public(EN)
EXCHANGE = re.compile(r"^[A-Z]: ")
LISTS = sorted(k for k, v in EN_NAMES.items() if isinstance(v, list))
POOLS = [k for k in LISTS if all(EXCHANGE.match(x) for x in EN_NAMES[k])]
PLAIN = [k for k in LISTS if k not in POOLS]  # lists of lines (fragments), not exchanges
TABLES = sorted(k for k, v in EN_NAMES.items() if isinstance(v, dict))


AGREE = re.compile(r"^([A-Z]):([^/{}|]*)/([^/{}|]*)$")  # {X:o/a}: an ending agreeing with X


def shape(src: str) -> list[list[tuple]]:
    """Per part, per message: who speaks, how many lines the message has, its placeholder (if
    it is one), the named slots it fills (values, fragments, names) and how many {a|b} choices.
    Endings that agree with a person ({X:o/a}) are the language's own and left out."""
    out = []
    for part in MAKE.parse_exchange(src).parts:
        rows = []
        for line in part:
            slots = [k for k in SLOT.findall(line.text) if not AGREE.match(k)]
            rows.append(
                (
                    line.role,
                    line.text.count("\n") + 1,
                    line.text if PLACEHOLDER.match(line.text) else None,
                    sorted(s for s in slots if "|" not in s),
                    sum("|" in s for s in slots),
                )
            )
        out.append(rows)
    return out


def words(src: str) -> set[str]:
    return set(re.findall(r"[a-záéíóúñü']{4,}", SLOT.sub(" ", src.lower())))


def test_same_names_and_kinds():
    assert len(POOLS) > 30 and "LIGHT_UK" in POOLS and "GROUP" in POOLS
    es_names = public(ES)
    assert sorted(k for k, v in es_names.items() if isinstance(v, list)) == LISTS
    assert sorted(k for k, v in es_names.items() if isinstance(v, dict)) == TABLES
    # the group's members as the Spanish export names them
    assert ES.GROUP_SYSTEM_NAMES == tuple(LOCALE.PEOPLE[n][0] for n in EN.GROUP_SYSTEM_NAMES)


@pytest.mark.parametrize("name", POOLS)
def test_pool_has_the_same_exchanges_in_the_same_order(name):
    en, es = getattr(EN, name), getattr(ES, name)
    assert len(es) == len(en), name
    for i, (a, b) in enumerate(zip(en, es, strict=True)):
        assert shape(b) == shape(a), f"{name}[{i}]: {b!r}"


@pytest.mark.parametrize("name", POOLS)
def test_pool_is_written_in_spanish(name):
    """No exchange with words of its own is left in English: at most half of its English words
    (names, brands, loanwords such as 'spoilers' or 'podcast') come back in the Spanish one."""
    for i, (a, b) in enumerate(zip(getattr(EN, name), getattr(ES, name), strict=True)):
        en_words = words(a)
        if not en_words:
            continue
        shared = en_words & words(b)
        assert len(shared) <= max(3, len(en_words) // 2), f"{name}[{i}]: {sorted(shared)}"
        assert len(en_words) < 2 or len(shared) < len(en_words), f"{name}[{i}] is English"


@pytest.mark.parametrize("name", PLAIN)
def test_line_list_has_as_many_lines(name):
    en, es = getattr(EN, name), getattr(ES, name)
    assert PLAIN and len(es) == len(en)
    assert all(not EXCHANGE.match(x) and "{" not in x for x in es)
    assert not set(es) & set(en)


@pytest.mark.parametrize("name", TABLES)
def test_fragments_and_values_have_the_same_keys(name):
    en, es = getattr(EN, name), getattr(ES, name)
    assert sorted(es) == sorted(en)
    for key, options in es.items():
        assert options and all(isinstance(o, str) and o.strip() for o in options), key
        assert len(set(options)) >= min(3, len(set(en[key]))), key
        assert not any("{" in o for o in options) or name.startswith("FRAGMENTS"), key


def test_every_slot_has_a_value_or_fragment():
    """Every {name} used in a Spanish pool can be filled: a fragment, a value, a role's name or a
    date slot the generator fills itself."""
    known = set(ES.FRAGMENTS) | set(ES.FRAGMENTS_US) | set(ES.VALUES_UK) | set(ES.VALUES_US)
    known |= {"X", "Y", "A", "B", "C", "D", "M", "day", "month", "month_now", "month_past"}
    for name in POOLS:
        for src in getattr(ES, name):
            for slot in SLOT.findall(src):
                if "|" not in slot and not AGREE.match(slot):
                    assert slot.rstrip("0123456789") in known or slot in known, (name, slot)


def test_the_people_are_not_also_friends_in_the_values():
    """A person of a Spanish chat is never also a friend or colleague its messages mention
    ("me he encontrado a Javi" in Javi's own chat)."""
    names = {LOCALE.PEOPLE[n][1] or LOCALE.PEOPLE[n][0].split()[0] for n in LOCALE.PEOPLE}
    for table in (ES.VALUES_UK, ES.VALUES_US):
        for key in ("friend", "friend_m", "colleague", "colleague_m"):
            assert not names & set(table[key]), key


def test_endings_agree_with_someone_in_the_exchange():
    """{X:o/a} names a role that speaks in the exchange and gives both endings; no other slot
    has a colon."""
    seen = 0
    for name in POOLS:
        for src in getattr(ES, name):
            roles = set(re.findall(r"^([A-Z]):", src, re.M))
            for slot in SLOT.findall(src):
                if ":" in slot:
                    m = AGREE.match(slot)
                    assert m and m.group(1) in roles and (m.group(2) or m.group(3)), (name, slot)
                    seen += 1
    assert seen >= 20
