"""The token patterns as data: lexicons/<language>/patterns.toml, its loader and its checks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from analyzer.nlp import patterns

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
[macros]
W = '[^ .?,]+'
INT = '''(?:(?:so|really) )*'''
DIFF = '''(?:hard
|tough|<INT>rough)'''

[[family]]
name = "must_be"
categories = "validation"
polarity = 1
triggers = "must"
role = "reflection_named"
regex = '''(?:that|it) must be (?:INT)<DIFF>
|must (?:<W> ){0,2}?suck'''

[[family]]
name = "nobody"
categories = "invalidation"
polarity = -1
triggers = "nobody"
no_first_person = true
regex = 'nobody cares'
"""


def family(**changes) -> str:
    keys = {
        "name": '"fam"',
        "categories": '"support"',
        "polarity": "1",
        "triggers": '"hope"',
        "role": '""',
        "regex": "'hope you are ok'",
    }
    keys.update({k: v for k, v in changes.items() if v is not None})
    for k in [k for k, v in changes.items() if v is None]:
        del keys[k]
    body = "\n".join(f"{k} = {v}" for k, v in keys.items())
    return "[macros]\nINT = '(?:(?:so|really) )*'\n\n[[family]]\n" + body + "\n"


def test_english_file_loads_every_family_with_its_role():
    pats = patterns.compiled("en")
    # s35: sorry_dismissive, sorry_but_funny, pity_putdown, pity_order; s37: like_your_work;
    # s38: comfort_short, answer_fear; s39: granted_chat
    assert len(pats) == 76
    roles = {p.family: p.role for p in pats}
    assert {f for f, r in roles.items() if r == "reflection_named"} == {
        "reflect", "must_be", "reflect_you", "understand", "affect_you", "hope_you_feel",
    }  # fmt: skip
    assert {f for f, r in roles.items() if r == "reflection"} == {
        "understand_open", "reflect_open", "perceive_you", "hate_that_you",
    }  # fmt: skip
    assert {f for f, r in roles.items() if r == "own_reaction"} == {
        "sympathy", "blessing", "glad_for_you", "sorry_for_you",
    }  # fmt: skip
    assert roles["insult_you"] == "" and roles["dont_worry"] == ""
    assert [p.family for p in pats][:3] == ["reflect", "understand", "sympathy"]
    nobody = next(p for p in pats if p.family == "nobody_cares")
    assert nobody.needs_no_first_person and nobody.cats == ("invalidation",)
    assert nobody.polarity == -1
    assert patterns.compiled("en") is pats  # cached


def test_english_pack_reads_its_pattern_files_in_name_order():
    """English splits its families over patterns.toml (the macros) and numbered
    patterns_*.toml files; they compile as one set, in name order."""
    folder = ROOT / "analyzer" / "lexicons" / "en"
    files = [f.name for f in patterns.pattern_files(folder)]
    assert files == [
        "patterns.toml",
        "patterns_1_support.toml",
        "patterns_2_support_open.toml",
        "patterns_3_repair_criticism.toml",
        "patterns_4_support_general.toml",
        "patterns_5_support_reader.toml",
        "patterns_6_support_chat.toml",
    ]
    together = patterns.parse_files(
        [(f.read_text(encoding="utf-8"), f.name) for f in patterns.pattern_files(folder)]
    )
    assert together == patterns.compiled("en")
    fams = [p.family for p in together]
    assert fams.index("normalise") + 1 == fams.index("understand_open")  # file 1 -> file 2
    assert fams.index("not_own") + 1 == fams.index("own_apology")  # file 2 -> file 3
    assert fams.index("dismiss") + 1 == fams.index("perceive_you")  # file 3 -> file 4
    assert fams.index("feeling_criticism") + 1 == fams.index("praise_seem")  # file 4 -> file 5
    assert fams.index("offer_when_you_feel") + 1 == fams.index("comfort_short")
    assert fams.index("answer_fear") + 1 == fams.index("encourage_chat")  # file 5 -> 6
    assert fams[-1] == "granted_chat"


def test_pattern_files_share_macros_and_names(tmp_path):
    (tmp_path / "patterns.toml").write_text("[macros]\nINT = '(?:(?:so|really) )*'\n")
    (tmp_path / "patterns_b.toml").write_text(family(name='"second"'), encoding="utf-8")
    (tmp_path / "patterns_a.toml").write_text(
        "[[family]]\n" + family().split("[[family]]\n", 1)[1].replace("hope you", "hope <INT>you"),
        encoding="utf-8",
    )
    (tmp_path / "patterns-old.toml").write_text("not read", encoding="utf-8")
    (tmp_path / "other.toml").write_text("not read", encoding="utf-8")
    files = patterns.pattern_files(tmp_path)
    assert [f.name for f in files] == ["patterns.toml", "patterns_a.toml", "patterns_b.toml"]
    with pytest.raises(
        ValueError,
        match=r"^patterns_b\.toml: macro INT is already defined in "
        r"patterns\.toml$",
    ):
        patterns.parse_files([(f.read_text(encoding="utf-8"), f.name) for f in files])
    (tmp_path / "patterns_b.toml").write_text(
        family(name='"second"').split("\n\n", 1)[1], encoding="utf-8"
    )
    pats = patterns.parse_files([(f.read_text(encoding="utf-8"), f.name) for f in files])
    assert [p.family for p in pats] == ["fam", "second"]
    assert pats[0].regex.search("hope really you are ok")  # a macro of another file
    (tmp_path / "patterns_b.toml").write_text(family().split("\n\n", 1)[1], encoding="utf-8")
    with pytest.raises(ValueError, match=r"^patterns_b\.toml: family 'fam': a family needs a name"):
        patterns.parse_files([(f.read_text(encoding="utf-8"), f.name) for f in files])
    with pytest.raises(ValueError, match=r"^patterns\.toml: no \[\[family\]\] tables"):
        patterns.parse_files([(files[0].read_text(encoding="utf-8"), "patterns.toml")])
    assert patterns.pattern_files(tmp_path / "missing") == []


def test_english_patterns_find_reflections_and_criticism():
    found = patterns.find(("that", "sounds", "so", "exhausting", ".", "you", "are", "an", "idiot"))
    assert [(a, b, p.family, p.role) for a, b, p in found] == [
        (0, 4, "reflect", "reflection_named"),
        (5, 9, "insult_you", ""),
    ]
    assert patterns.find(("nobody", "cares")) != []
    assert patterns.find(("nobody", "cares", "about", "me")) == []  # first person: loneliness


@pytest.mark.parametrize(
    "code", sorted(p.parent.name for p in (ROOT / "analyzer" / "lexicons").glob("*/patterns.toml"))
)
def test_every_pack_s_patterns_load(code):
    """Every language folder's patterns.toml passes the checks at load, with triggers and a role
    the pass knows for every family."""
    pats = patterns.compiled(code)
    assert pats and all(p.triggers and p.role in patterns.ROLES for p in pats)
    assert len({p.family for p in pats}) == len(pats)


def test_a_language_without_the_file_has_no_patterns():
    assert patterns.compiled("xx") == ()
    assert patterns.all_triggers("xx") == frozenset()
    assert patterns.find(("that", "sounds", "exhausting"), "xx") == []


def test_a_language_code_must_be_a_code():
    with pytest.raises(ValueError, match="not a language code"):
        patterns.compiled("../en")


def test_macros_line_breaks_and_first_person():
    pats = patterns.parse(GOOD, "t.toml")
    assert [p.family for p in pats] == ["must_be", "nobody"]
    rx = pats[0].regex
    assert rx.search("that must be so rough") and rx.search("it must be tough")
    assert rx.search("must really suck")
    assert not rx.search("that must be toughest")  # a match ends at a word's end
    assert not rx.search("\n")
    assert pats[0].role == "reflection_named" and pats[1].role == ""
    assert pats[1].needs_no_first_person and not pats[0].needs_no_first_person


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (family(categories='"support,kindness"'), "family 'fam': unknown category 'kindness'"),
        (family(role='"reflected"'), "family 'fam': unknown role 'reflected'"),
        (family(regex="'hope <NICE>'"), "family 'fam': macro NICE is used but not defined"),
        (family(regex="'hope (?:NICE)'"), "family 'fam': macro NICE is used but not defined"),
        (family(regex="'hope (you'"), "family 'fam': regex does not compile"),
        (family(polarity="2"), "family 'fam': polarity must be -1, 0 or 1"),
        (family(polarity="true"), "family 'fam': 'polarity' must be a whole number"),
        (family(no_first_person='"yes"'), "family 'fam': 'no_first_person' must be true or false"),
        (family(triggers='" "'), "family 'fam': no trigger words"),
        (family(trigger='"hope"'), "family 'fam': unknown key 'trigger'"),
        (family(regex=None), "family 'fam': missing 'regex'"),
        (family(name=None), "family #1: missing 'name'"),
        (family() + family().split("\n\n", 1)[1], "family 'fam': a family needs a name of its own"),
        (family().replace("[[family]]", "[[families]]"), "unknown section 'families'"),
        ("[macros]\nINT = 'so'\n", "no [[family]] tables"),
        ("[macros]\nA = '<B>'\nB = '<A>'\n" + family().split("\n\n", 1)[1], "uses itself"),
        ("[macros]\nlower = 'x'\n", "macro 'lower' must be named in capitals"),
        ("[macros]\nBAD = '(?:a'\n" + family().split("\n\n", 1)[1], "macro BAD: does not compile"),
        ("[[family]\n", "not valid TOML"),
        (family(regex="'''hope you \n|hope it'''"), "family 'fam': a line of the regex starts"),
        (family(regex="'''hope you\n  |hope it'''"), "family 'fam': a line of the regex starts"),
        ("[macros]\nX = '''(?:a\n |b)'''\n", "macro X: a line of the regex starts or ends"),
    ],
)
def test_malformed_files_name_the_family(text, message):
    with pytest.raises(ValueError, match=r"^t\.toml: ") as err:
        patterns.parse(text, "t.toml")
    assert message in str(err.value)


def test_package_data_ships_every_lexicon_file():
    """pyproject's package-data globs cover every file under analyzer/lexicons, the language
    folders (lexicons/<language>/patterns.toml) included."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["analyzer"]
    files = [
        p.relative_to(ROOT / "analyzer").as_posix()
        for p in (ROOT / "analyzer" / "lexicons").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert "lexicons/en/patterns.toml" in files
    # as setuptools reads them: "*" stays inside one folder
    shipped = [re.compile(re.escape(g).replace(r"\*", "[^/]*")) for g in globs]
    missing = [f for f in files if not any(rx.fullmatch(f) for rx in shipped)]
    assert missing == []
