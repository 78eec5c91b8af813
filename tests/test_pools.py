"""Every translated twin of sample_chats/pools.py (``pools_<lang>.py``) mirrors it exactly.

A translated sample chat replays the English draw and takes each message from the same place in
the language's pools, so each of its pools has the same number of exchanges in the same order as
the English pool of the same name, each with the same people speaking in the same turns, the
same number of lines per message, the same placeholders (<media>, <media:audio>, <deleted>,
<call>) and the same named slots (values, fragments, names) and {a|b} choices in the same
messages; FRAGMENTS, FRAGMENTS_US and the VALUES tables have the same keys. What is said is the
language's own, so the words are not compared, only that they are not the English ones. An ending
that agrees with the person in a role, ``{X:o/a}``, is the language's own too: it must name a
role that speaks in the exchange. Where the language has ``locale_<lang>.py`` (names, notices,
export formats for ``make_samples.py --language``), it names every person of the sample chats,
and what it makes WhatsApp write reads back as that language's export.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_chats"

#: languages whose twin of pools.py is not held to these checks yet, and why
NOT_YET: dict[str, str] = {}
#: every language with a twin of pools.py
LANGS = sorted(
    p.stem.removeprefix("pools_")
    for p in SAMPLES.glob("pools_*.py")
    if p.stem.removeprefix("pools_") not in NOT_YET
)
#: ... and those that also have the locale of --language
LOCALES = [lang for lang in LANGS if (SAMPLES / f"locale_{lang}.py").is_file()]
#: languages whose adjectives (Hindi: verbs) agree with the speaker ({X:o/a}, {X:a/i}); German
#: needs no such endings
AGREEING = {"es", "fr", "hi", "it", "pt"}
#: languages where no exchange with English words comes back unchanged (German keeps "yo")
NEVER_COPIED = {"es", "fr", "it", "pt"}
#: languages typed mixed with English: Hinglish keeps English nouns and set phrases ("happy
#: birthday", "airbnb ya hotel", "proper date night", "cute"), so an exchange may keep more than
#: half of its English words; one that keeps them all is still untranslated
MIXED = {"hi"}


def load(name: str):
    sys.path.insert(0, str(SAMPLES))
    try:
        path = SAMPLES / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"_pools_test_{name}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SAMPLES))


EN = load("pools")
MAKE = load("make_samples")
SLOT = re.compile(r"\{([^{}]*)\}")
ANGLED = re.compile(r"<[^<>]*>")
PLACEHOLDER = re.compile(r"^<(media\w*(?::\w+)?|deleted|call)>$")
EXCHANGE = re.compile(r"^[A-Z]: ")
AGREE = re.compile(r"^([A-Z]):([^/{}|]*)/([^/{}|]*)$")  # {X:o/a}: an ending agreeing with X


def public(module) -> dict[str, object]:
    return {k: v for k, v in vars(module).items() if k.isupper() and not k.startswith("_")}


EN_NAMES = public(EN)
LISTS = sorted(k for k, v in EN_NAMES.items() if isinstance(v, list))
POOLS = [k for k in LISTS if all(EXCHANGE.match(x) for x in EN_NAMES[k])]
PLAIN = [k for k in LISTS if k not in POOLS]  # lists of lines (fragments), not exchanges
TABLES = sorted(k for k, v in EN_NAMES.items() if isinstance(v, dict))
# what the three bundled chats draw from (spec_android, spec_ios, spec_group_chat)
BUNDLED = [
    "OPEN_UK", "CLOSE_UK", "LIGHT_UK", "DEEP_UK", "NEWS_UK", "REPAIR_UK", "COUPLE_UK",
    "ANEC_EXCHANGES", "ANEC_UK", "OPEN_US", "CLOSE_US", "LIGHT_US", "DEEP_US", "NEWS_US",
    "GROUP", "GROUP_OPEN",
]  # fmt: skip


@cache
def twin(lang: str):
    return load(f"pools_{lang}")


@cache
def locale(lang: str):
    return load(f"locale_{lang}")


def shape(src: str) -> list[list[tuple]]:
    """Per part, per message: who speaks, how many lines the message has, its placeholder (if
    it is one), the named slots it fills (values, fragments, names) and how many options each of
    its {a|b} choices offers. Endings that agree with a person ({X:o/a}) are left out."""
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
                    [s.count("|") + 1 for s in slots if "|" in s],
                )
            )
        out.append(rows)
    return out


def words(src: str) -> set[str]:
    """Words of four letters or more (any alphabet), slots and placeholders (<media>) left out."""
    text = ANGLED.sub(" ", SLOT.sub(" ", src.lower()))
    return {w for w in re.findall(r"(?:[^\W\d_]|')+", text) if len(w) >= 4}


def pool_cases() -> list[tuple[str, str]]:
    return [(lang, name) for lang in LANGS for name in POOLS]


def test_every_language_and_pool_is_found():
    assert {"de", "es", "fr", "it"} <= set(LANGS)
    assert {"de", "es", "fr", "it"} <= set(LOCALES) and set(PHONE) == set(LOCALES)
    assert all((SAMPLES / f"pools_{lang}.py").is_file() for lang in NOT_YET)
    assert len(POOLS) > 30 and "LIGHT_UK" in POOLS and "GROUP" in POOLS
    assert set(BUNDLED) <= set(LISTS)


@pytest.mark.parametrize("lang", LANGS)
def test_every_pool_list_and_table_is_there(lang):
    names = public(twin(lang))
    assert sorted(k for k, v in names.items() if isinstance(v, list)) == LISTS
    assert sorted(k for k, v in names.items() if isinstance(v, dict)) == TABLES
    assert [k for k in BUNDLED if k not in names] == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_name_that_english_lacks(lang):
    names = public(twin(lang))
    assert sorted(set(names) - set(EN_NAMES)) == []
    assert all(type(names[k]) is type(EN_NAMES[k]) for k in names)


@pytest.mark.parametrize("lang", LANGS)
def test_there_are_as_many_exchanges_as_in_english(lang):
    total = sum(len(getattr(twin(lang), k)) for k in POOLS)
    assert total == sum(len(EN_NAMES[k]) for k in POOLS)
    assert total > 500


@pytest.mark.parametrize(("lang", "name"), pool_cases())
def test_pool_has_the_same_exchanges_in_the_same_order(lang, name):
    en, tr = getattr(EN, name), getattr(twin(lang), name)
    assert len(tr) == len(en), name
    for i, (a, b) in enumerate(zip(en, tr, strict=True)):
        assert shape(b) == shape(a), f"{name}[{i}]: {b!r}"


@pytest.mark.parametrize(("lang", "name"), pool_cases())
def test_pool_is_translated(lang, name):
    """No exchange with words of its own is left in English: at most half of its English words
    (names, brands, loanwords such as 'podcast' or 'cool') come back in the translated one (any
    share in a language typed mixed with English, MIXED), and never all of them."""
    for i, (a, b) in enumerate(zip(getattr(EN, name), getattr(twin(lang), name), strict=True)):
        en_words = words(a)
        if not en_words:
            continue
        shared = en_words & words(b)
        if lang not in MIXED:
            assert len(shared) <= max(3, len(en_words) // 2), f"{name}[{i}]: {sorted(shared)}"
        assert len(en_words) < 2 or len(shared) < len(en_words), f"{name}[{i}] is English"
        text = SLOT.sub("", re.sub(r"(?m)^[A-Z]: ?|<[^>]*>", "", a))
        if lang in NEVER_COPIED and re.search(r"[a-z]{3}", text):
            assert b != a, f"{name}[{i}] is copied"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PLAIN)
def test_line_list_has_as_many_lines(lang, name):
    en, tr = getattr(EN, name), getattr(twin(lang), name)
    assert len(tr) == len(en)
    assert all(not EXCHANGE.match(x) and "{" not in x for x in tr)
    assert not set(tr) & set(en)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TABLES)
def test_fragments_and_values_have_the_same_keys(lang, name):
    en, tr = getattr(EN, name), getattr(twin(lang), name)
    assert sorted(tr) == sorted(en)
    for key, options in tr.items():
        assert options and all(isinstance(o, str) and o.strip() for o in options), key
        assert len(set(options)) >= min(3, len(set(en[key]))), key
        # a fragment may hold another fragment ({LAUGH} in REACT), the same ones as English;
        # a value holds none
        assert sorted(set(SLOT.findall(" ".join(options)))) == sorted(
            set(SLOT.findall(" ".join(en[key])))
        ), key
        assert not any("{" in o for o in options) or name.startswith("FRAGMENTS"), key


@pytest.mark.parametrize("lang", LANGS)
def test_every_slot_has_a_value_or_fragment(lang):
    """Every {name} used in a translated pool can be filled: a fragment, a value, a role's name
    or a date slot the generator fills itself."""
    mod = twin(lang)
    known = set(mod.FRAGMENTS) | set(mod.FRAGMENTS_US) | set(mod.VALUES_UK) | set(mod.VALUES_US)
    known |= {"X", "Y", "A", "B", "C", "D", "M", "day", "month", "month_now", "month_past"}
    for name in POOLS:
        for src in getattr(mod, name):
            for slot in SLOT.findall(src):
                if "|" not in slot and not AGREE.match(slot):
                    assert slot.rstrip("0123456789") in known, (name, slot)


@pytest.mark.parametrize("lang", LANGS)
def test_endings_agree_with_someone_in_the_exchange(lang):
    """{X:o/a} names a role that speaks in the exchange and gives both endings; no other slot
    has a colon. Languages whose adjectives agree use it often, German never."""
    seen = 0
    for name in POOLS:
        for src in getattr(twin(lang), name):
            roles = set(re.findall(r"^([A-Z]):", src, re.M))
            for slot in SLOT.findall(src):
                if ":" in slot:
                    m = AGREE.match(slot)
                    assert m and m.group(1) in roles and (m.group(2) or m.group(3)), (name, slot)
                    seen += 1
    if lang in AGREEING:
        assert seen >= 20
    else:
        assert seen == 0


#: the country code of the group's member known by number, where the language has a locale
PHONE = {"de": "+49 ", "es": "+34 ", "fr": "+33 ", "hi": "+91 ", "it": "+39 ", "pt": "+55 "}


@pytest.mark.parametrize("lang", LANGS)
def test_the_group_names_are_its_four_people(lang):
    """The group's members as the language's export names them (the English names where the
    language has no locale yet)."""
    names = twin(lang).GROUP_SYSTEM_NAMES
    assert len(names) == len(EN.GROUP_SYSTEM_NAMES) == 4
    if lang in LOCALES:
        people = locale(lang).PEOPLE
        assert names == tuple(people[n][0] for n in EN.GROUP_SYSTEM_NAMES)
        assert names[2].startswith(PHONE[lang])
    else:
        assert names == EN.GROUP_SYSTEM_NAMES


# --------------------------------------------------------------------------- pools_check

#: (language, template, gender, filled): pools_check fills an agreeing ending either way
FILLS = [
    ("fr", "fi{Y:er/ère} de toi", "m", "fier de toi"),
    ("fr", "fi{Y:er/ère} de toi", "f", "fière de toi"),
    ("fr", "un peu crevé{Y:/e}. et toi ?", "f", "un peu crevée. et toi ?"),
    ("it", "fier{Y:o/a} di te", "m", "fiero di te"),
    ("it", "un po stanc{Y:o/a}. e tu?", "f", "un po stanca. e tu?"),
]
#: language -> the first two messages of DEEP_UK[0], English and translated
DEEP_FIRST = {
    "de": [("can I be honest about something", "darf ich mal ehrlich sein"), ("always", "immer")],
    "it": [("can I be honest about something", "posso essere sincero su una cosa"),
           ("always", "sempre")],
}  # fmt: skip


@pytest.mark.parametrize(("lang", "template", "gender", "filled"), FILLS)
def test_pools_check_fills_the_agreeing_endings_of_either_gender(lang, template, gender, filled):
    from tests.realtext import pools_check

    month = pools_check.MONTH[lang]
    assert pools_check._fill(template, twin(lang), month, gender) == filled


@pytest.mark.parametrize("lang", sorted(DEEP_FIRST))
def test_the_pack_check_pairs_every_message_with_its_english_one(lang):
    """tests/realtext/pools_check.py reads pools_<lang>.py next to pools.py, message by
    message."""
    from tests.realtext import pools_check

    rows = pools_check.pairs(lang)
    assert len(rows) > 3000
    assert len({w.split("[")[0] for w, _, _ in rows}) == len(POOLS) + 2  # + the fragment tables
    deep = [(e, t) for w, e, t in rows if w == "DEEP_UK[0]"]
    assert deep[:2] == DEEP_FIRST[lang]
    assert all("{" not in e + t and "}" not in e + t for _, e, t in rows)


def test_the_pack_check_pairs_all_french_lines():
    from tests.realtext import pools_check

    rows = pools_check.pairs("fr")
    assert len(rows) == 3883
    assert not any("{" in fr or "}" in fr for _, _, fr in rows)


def test_the_pack_check_refuses_a_language_without_pools(capsys, monkeypatch, tmp_path):
    from tests.realtext import pools_check

    monkeypatch.setattr(pools_check, "SAMPLES", tmp_path)  # a folder with no pools_de.py
    assert pools_check.main(["de"]) == 2
    assert capsys.readouterr().err.strip() == "error: there is no sample_chats/pools_de.py"


# --------------------------------------------------------------------------- locales


@pytest.mark.parametrize("lang", LOCALES)
def test_locale_names_every_person_of_the_sample_chats(lang):
    people = {p.name for spec in MAKE.specs() for p in spec.people}
    assert sorted(locale(lang).PEOPLE) == sorted(people)
    assert all(g in ("m", "f") for _, _, g in locale(lang).PEOPLE.values())


@pytest.mark.parametrize("lang", LOCALES)
def test_the_people_are_not_also_friends_in_the_values(lang):
    """A person of a translated chat is never also a friend or colleague its messages mention
    ("me he encontrado a Javi" in Javi's own chat)."""
    names = {first or name.split()[0] for name, first, _ in locale(lang).PEOPLE.values()}
    for table in (twin(lang).VALUES_UK, twin(lang).VALUES_US):
        for key in ("friend", "friend_m", "colleague", "colleague_m"):
            assert not names & set(table[key]), key


@pytest.mark.parametrize("lang", LOCALES)
def test_the_export_lines_read_back_as_their_kinds(lang):
    """What locale_<lang>.py makes WhatsApp write (stamps, notices, placeholders) is what the
    parser reads as that language's export: each line comes back with its author and kind."""
    from analyzer.parsers.whatsapp import parse_text

    loc = locale(lang)
    fmt = loc.FORMATS
    when = datetime(2024, 1, 8, 19, 5, 7)
    group = [loc.PEOPLE[n][0] for n in EN.GROUP_SYSTEM_NAMES]
    subjects = list(loc.SUBJECTS.values())
    names = {"a": group[1], "b": group[3], "s": subjects[0], "t": subjects[1]}
    notices = [t.format(**names) for _, t in loc.SYSTEM]
    bodies = [fmt["android_encryption"], *notices]
    stamp = MAKE.strftime12(when, fmt["android_stamp"])
    lines = [f"{stamp} - {b}" for b in bodies]
    said = [(fmt["media"], "media"), (fmt["deleted_android"], "deleted"), ("ok", "text")]
    lines += [f"{stamp} - {group[0]}: {b}" for b, _ in said]
    frame, _ = parse_text("\n".join(lines) + "\n")
    got = [
        (str(a) if a == a and a is not None else None, str(k))
        for a, k in zip(frame["author"], frame["kind"], strict=True)
    ]
    assert got == [(None, "system")] * len(bodies) + [(group[0], k) for _, k in said]

    stamp = MAKE.strftime12(when, fmt["ios_stamp"])
    ios = [f"{stamp} Samuel: \u200e{m}" for m in fmt["ios_media"].values()]
    ios += [f"{stamp} Samuel: \u200e{fmt['missed_call']}", f"{stamp} Samuel: ok"]
    frame, _ = parse_text("\n".join(ios) + "\n")
    kinds = [str(k) for k in frame["kind"]]
    assert kinds == ["media", "media", "media", "sticker", "media", "call", "text"]
    assert set(map(str, frame["author"])) == {"Samuel"}


@pytest.mark.parametrize("lang", LOCALES)
def test_the_written_exports_read_without_a_skipped_line(lang):
    """Every line of the committed translated exports is read: a header, a continuation or a
    system notice, never skipped, and without a warning."""
    from analyzer.parsers.whatsapp import parse_text

    for name in locale(lang).FILES.values():
        text = (SAMPLES / lang / name).read_text(encoding="utf-8")
        frame, info = parse_text(text)
        lines = info.lines
        assert lines.skipped == {}, name
        assert lines.header + lines.continuation + lines.system == lines.total, name
        assert info.warnings == [], name
        assert len(frame) == lines.header + lines.system, name
