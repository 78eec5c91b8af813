"""A sentence that a "!" closes, with no "?", asks nothing, however it is worded: "kitna accha
hai!", "Qué bonito!", "Wow, did my head start to hurt!". The "!" is kept beside the words
(``ChatText.exclaimed``), not as a marker of its own: the markers stay "." "?" ",", which the
pattern families read as sentence bounds. Near misses: "?" (with or without "!") still asks, a
sentence with no mark still asks by its words, and a question in another sentence of the same
message still asks."""

from __future__ import annotations

import pytest

from analyzer.nlp.lexicon_index import blank
from analyzer.nlp.normalise import normalise_doc, normaliser
from analyzer.nlp.pack import load_pack
from tests.nlp.pack_cases import frame_of, read


def _text(language: str, text: str):
    pack = load_pack(language)
    return normalise_doc(blank(pack.spacy_lang).make_doc(text), text, normaliser(pack))


@pytest.mark.parametrize(
    ("language", "text", "words", "exclaimed"),
    [
        ("en", "what!", ("what", "."), {1}),
        ("en", "wow!! ok.", ("wow", ".", "ok", "."), {1}),
        ("en", "what 😍!", ("what", "."), {1}),  # an emoji and "!" end one sentence
        ("en", "what!,", ("what", "."), {1}),
        # "ur" becomes two words before the "!": the position moves with them
        ("en", "ur so dramatic! what", ("you", "are", "so", "dramatic", ".", "what"), {4}),
        ("hi", "kya hua! bata na", ("kya", "hua", ".", "bata", "na"), {2}),
        ("hi", "kya hua।!", ("kya", "hua", "."), {2}),
        # near misses: a "?" wins over "!"; "." alone is no "!"
        ("en", "what?!", ("what", "?"), set()),
        ("en", "what!?", ("what", "?"), set()),
        ("en", "what. ok", ("what", ".", "ok"), set()),
        ("en", "what", ("what",), set()),
    ],
)
def test_the_exclamation_marks_beside_the_words(language, text, words, exclaimed):
    got = _text(language, text)
    assert (got.words, set(got.exclaimed)) == (words, exclaimed)


#: language -> text -> question
QUESTIONS = {
    "hi": {
        "kitna accha hai!": False,
        "ye painting kisne banayi!": False,  # admiring: judged a borderline question, lost
        "kya hua!": False,
        # near misses
        "kya hua": True,
        "kya hua?": True,
        "kya hua?!": True,
        "bata na! kya hua": True,  # the question is the second sentence
        "kya hua! bata na": False,
    },
    "es": {
        "Qué bonito!": False,
        "Que paso, mierda!": False,  # a shouted question, lost (exclaim_fires.tsv)
        "Qué pasó?": True,
        "¿Qué pasó?": True,
        "Qué pasó": True,
    },
    "en": {
        "Wow, did my head start to hurt!": False,
        "Did my head start to hurt?": True,
        "did you eat": True,
    },
}


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_a_sentence_closed_by_an_exclamation_mark_asks_nothing(language):
    texts = QUESTIONS[language]
    extracted = read(texts)
    assert extracted.language == {"hi": "hi-Latn"}.get(language, language)
    frame = frame_of(extracted)
    got = dict(zip(texts, frame["question"].astype(bool), strict=True))
    assert got == texts


def test_a_feeling_no_longer_hidden_inside_an_exclaimed_question():
    # "... to kya hoga !!" no longer makes the sentence a question, so the fear in it is the
    # writer's (BRIGHTER hin train row 1228, exclaim_fires.tsv)
    texts = ["mujhe dar lagta hai ki kya hoga !!", "mujhe dar lagta hai ki kya hoga"]
    frame = frame_of(read(texts))
    assert frame["feeling"].astype(bool).tolist() == [True, False]
