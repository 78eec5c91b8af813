"""The faster form of a pattern family's regex matches exactly what the plain form matches."""

from __future__ import annotations

import re

import pytest

from analyzer.nlp import pattern_speed as ps

HEAD, TAIL = r"(?<![^ ])", r"(?![^ ])"


def plain(body: str) -> re.Pattern:
    return re.compile(f"{HEAD}(?:{body}){TAIL}")


def fast(body: str) -> re.Pattern:
    return re.compile(ps.faster(body, HEAD, TAIL))


def test_first_words_of_optional_words_and_lists():
    body = r"(?:(?:so|really) )*(?:a |an )?(?:fair|good) (?:thing|ask)|may (?:you|he)"
    assert ps.first_words(body) == {"so", "really", "a", "an", "fair", "good", "may"}
    # lookarounds and anchors take no text
    assert ps.first_words(r"(?:^|(?<=[.?,] ))you (?=are)are") == {"you"}
    assert ps.first_words(r"bless(?:ed)?") == {"bless", "blessed"}


def test_no_first_words_when_open_or_empty():
    assert ps.first_words(r"(?:he|[^ .?,]+) said") is None  # any word
    assert ps.first_words(r"(?:he|your [^ .?,]+) said") == {"he", "your"}  # any second word
    assert ps.first_words(r"[^ .?,]+ sounds hard") is None
    assert ps.first_words(r"(?:so )?") is None  # an empty match
    assert ps.first_words(r"(?:a)(b") is None  # does not compile alone


def test_word_lists_become_trees_only_when_no_entry_begins_another():
    assert ps._factor_lists("(?:so|really|super) sad") == r"(?:(?:really|s(?:o|uper))) sad"
    # "you" begins "you all": the order of the entries may decide a match, left as written
    assert ps._factor_lists("(?:you|you all) rock") == "(?:you|you all) rock"
    assert ps._factor_lists("(?:so|[a-z]+) sad") == "(?:so|[a-z]+) sad"  # not plain words


def test_inline_flags_leave_the_regex_as_written():
    assert ps.faster("(?i:so|really) sad", HEAD, TAIL) == f"{HEAD}(?:(?i:so|really) sad){TAIL}"


BODIES = [
    r"(?:(?:so|really|super) )*(?:sorry|sad) (?:for|about) (?:you|that)",
    r"(?:^|(?<=[.?,] ))(?:oh|ugh|aw) (?:no|man)",
    r"(?:you|you all|you guys) (?:are|were) (?:so )?(?:great|kind)",
    r"(?:he|she|your [^ .?,]+) (?:is|was) (?:right|wrong)",
    r"bless(?:ed)? (?:you|u)(?= [.?,]|$)",
]
TEXTS = [
    "i am so really sorry for you . oh no",
    "oh no man . ugh man you all are so great",
    "you guys were kind and you are so great",
    "your mum is right she was wrong he is right",
    "blessed you . bless u",
    "so sorry about that sorry for you",
    "a sorry for you",  # a near miss: "a" starts no match
    "you all are greatly kind",  # a near miss: "greatly" is no word of the list
]


@pytest.mark.parametrize("body", BODIES)
def test_the_same_spans_as_the_plain_form(body):
    for text in TEXTS:
        got = [m.span() for m in fast(body).finditer(text)]
        assert got == [m.span() for m in plain(body).finditer(text)]


def test_exact_spans_of_one_family():
    body = BODIES[0]
    text = "i am so really sorry for you . a sorry for you"
    assert [m.span() for m in fast(body).finditer(text)] == [(5, 28), (33, 46)]
    assert not fast(body).search("so sorry forever you")


def test_starts_with_compares_only_phrases_of_the_first_word():
    from analyzer.nlp.acts import _starts_with

    phrases = (("how", "are"), ("how", "was", "it"), ("what",))
    assert _starts_with(("how", "was", "it", "?"), phrases)
    assert _starts_with(("what",), phrases)
    assert not _starts_with(("how", "was", "he"), phrases)  # a near miss
    assert not _starts_with(("so", "how", "are"), phrases)  # not at the start
    assert not _starts_with((), phrases)
    assert _starts_with(("anything",), ((),))  # an empty phrase begins every sentence


@pytest.mark.parametrize("body", BODIES + [r"(?:so|[a-z]+) sad", r"(?P<who>you|we) (?P=who)"])
def test_compiled_once_parsed_is_the_pattern_re_compiles(body):
    # Pattern equality compares the pattern text, the flags and the compiled code
    assert ps.compile_faster(body, HEAD, TAIL) == re.compile(ps.faster(body, HEAD, TAIL))
    assert ps.compile_faster("(?i:so|really) sad", HEAD, TAIL).pattern == (
        f"{HEAD}(?:(?i:so|really) sad){TAIL}"
    )


def test_named_groups_survive_compiling_from_the_parsed_regex():
    rx = ps.compile_faster(r"(?P<who>you|we) (?P=who)", HEAD, TAIL)
    assert rx.groupindex == {"who": 1}
    assert [m.group("who") for m in rx.finditer("you you we you we we")] == ["you", "we"]


def test_a_regex_that_does_not_compile_raises():
    with pytest.raises(re.error):
        ps.compile_faster(r"(?:so|really sad", HEAD, TAIL)


def test_every_english_family_compiles_to_the_pattern_of_its_faster_form():
    import analyzer.nlp.patterns as pats

    bodies: list[str] = []
    real = pats.compile_faster

    def grab(body, head, tail):
        bodies.append(body)
        return real(body, head, tail)

    pats.compile_faster = grab
    try:
        pats.parse_files(
            [(f.read_text(encoding="utf-8"), f.name) for f in _english_pattern_files()]
        )
    finally:
        pats.compile_faster = real
    assert len(bodies) > 50
    for body in bodies:
        assert ps.compile_faster(body, HEAD, TAIL) == re.compile(ps.faster(body, HEAD, TAIL))


def _english_pattern_files():
    from importlib import resources

    from analyzer.nlp.pack import pattern_files

    return pattern_files(resources.files("analyzer").joinpath("lexicons", "en"))


def test_the_garbage_collector_is_back_as_it_was_after_compiling():
    import gc

    from analyzer.nlp.patterns import parse

    toml = """
[[family]]
name = "t"
categories = "support"
polarity = 1
triggers = "sorry"
regex = 'so sorry'
"""
    assert gc.isenabled()
    assert parse(toml)[0].regex.search("i am so sorry")
    assert gc.isenabled()
    gc.disable()
    try:
        parse(toml)
        assert not gc.isenabled()  # left off, as it was
    finally:
        gc.enable()
