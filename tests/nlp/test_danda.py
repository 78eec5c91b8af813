"""The Devanagari danda "।" and double danda "॥" end a sentence, as "." does, wherever they stand:
as a token of their own, glued to the word before ("हूँ॥") or between two words ("है।मैं"), so
the question and whose-feeling rules read the sentences apart. Near misses: the abbreviation
sign "॰" is no sentence end, nor is a sentence without any mark."""

from __future__ import annotations

import pytest

from analyzer.nlp.lexicon_index import blank
from analyzer.nlp.normalise import normalise_doc, normaliser
from analyzer.nlp.pack import load_pack
from tests.nlp.pack_cases import frame_of, read, reading


def _words(text: str) -> tuple[str, ...]:
    pack = load_pack("hi")
    return normalise_doc(blank(pack.spacy_lang).make_doc(text), text, normaliser(pack)).words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("वह कौन है। मैं ठीक हूँ", ("woh", "kaun", "hai", ".", "main", "theek", "hoon")),
        ("वह कौन है।मैं ठीक हूँ", ("woh", "kaun", "hai", ".", "main", "theek", "hoon")),
        ("क्या हुआ॥ ठीक", ("kya", "hua", ".", "theek")),
        ("ठीक है ॥ क्या", ("theek", "hai", ".", "kya")),
        ("ठीक है।। क्या", ("theek", "hai", ".", "kya")),
        ("kya hua।theek", ("kya", "hua", ".", "theek")),
        ("ठीक है?। क्या", ("theek", "hai", "?", "kya")),  # the question mark stays
        ("।मैं ठीक", ("main", "theek")),  # nothing before it to end
        # near misses: no sentence end
        ("वह कौन है मैं ठीक हूँ", ("woh", "kaun", "hai", "main", "theek", "hoon")),
        ("डॉ॰ शर्मा कैसे हैं", ("डॉ॰", "शर्मा", "kaise", "hain")),
        ("डॉ॰शर्मा", ("डॉ॰शर्मा",)),
    ],
)
def test_a_danda_ends_a_sentence(text, words):
    assert _words(text) == words


#: text -> (tier, feeling statement, question, question about the other)
READINGS = {
    # the question and the writer's feeling are two sentences
    "वह कैसा है॥ मैं बहुत उदास हूँ": (2, True, True, False),
    "वह कैसा है।मैं बहुत उदास हूँ": (2, True, True, False),
    "वह कैसा है। मैं बहुत उदास हूँ": (2, True, True, False),
    "मैं बहुत उदास हूँ॥": (2, True, False, False),
    "तुम कैसे हो॥": (0, False, True, True),
    # near miss: with no mark between them the feeling is read inside the question
    "वह कैसा है मैं बहुत उदास हूँ": (2, False, True, False),
}


def test_readings_across_a_danda():
    extracted = read(READINGS)
    assert extracted.language == "hi"
    frame = frame_of(extracted)
    got = {t: reading(row) for t, (_, row) in zip(READINGS, frame.iterrows(), strict=True)}
    assert got == READINGS
