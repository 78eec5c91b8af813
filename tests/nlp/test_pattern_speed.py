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
