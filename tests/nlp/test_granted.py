"""A feeling just told, granted in an elliptic "of course" ("just worried. he's 89" -> "of course
you are."): validation in every pack that has the form, beside look-alikes where the clause goes
on, asks, or names no feeling. And "can't wait to see you" as affection in the packs that read it
as joy alone. Every line is written for this test."""

from __future__ import annotations

import pytest
import spacy

from analyzer.nlp import patterns
from analyzer.nlp.normalise import normalise_doc, normaliser
from analyzer.nlp.pack import load_pack


def words_of(text: str, language: str) -> tuple[str, ...]:
    pack = load_pack(language)
    nlp = spacy.blank("xx" if language == "hi" else language)
    return tuple(normalise_doc(nlp(text), text, normaliser(pack)).words)


def granted(text: str, language: str) -> list[str]:
    words = words_of(text, language)
    return [
        " ".join(words[a:b])
        for a, b, p in patterns.find(words, language)
        if p.family in ("granted", "granted_chat")
    ]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "of course you are. text me any updates ok?", "of course you are"),
        ("de", "klar machst du das. schreib mir wenns was neues gibt", "klar machst du das"),
        ("de", "natürlich bist du das", "natuerlich bist du das"),
        ("fr", "évidemment que tu l'es. tiens moi au courant", "evidemment que tu le es"),
        ("fr", "mais bien sûr que vous l'êtes", "mais bien sur que vous le etes"),
        ("it", "ovvio che lo sei. tienimi aggiornata", "ovvio che lo sei"),
        ("it", "ma certo che lo siete", "ma certo che lo siete"),
        ("hi", "chinta toh hogi hi. updates bhejte rehna", "chinta toh hogi hi"),
        ("hi", "arre dar to lagega hi", "arre dar toh lagega hi"),
    ],
)
def test_an_elliptic_grant_is_found(language, text, words):
    assert granted(text, language) == [words]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "of course you are invited"),
        ("de", "klar machst du das morgen"),  # a plan
        ("de", "klar bist du das?"),
        ("fr", "évidemment que tu l'es pas"),
        ("fr", "bien sûr que tu l'es ?"),
        ("it", "certo che sei invitata"),
        ("it", "ovvio che lo sei?"),
        ("hi", "baarish toh hogi hi"),  # no feeling: the rain will come
        ("hi", "chinta toh hogi hi?"),
    ],
)
def test_look_alikes_grant_nothing(language, text):
    assert granted(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "term"),
    [
        ("fr", "trop hâte de te voir", "trop_hate_de_te_voir"),
        ("pt", "nao vejo a hora de te ver", "nao_vejo_a_hora_de_te_ver"),
        ("de", "kanns kaum erwarten dich zu sehen", "kann_es_kaum_erwarten_dich_zu_sehen"),
        ("hi", "tujhse milne ka wait nhi ho raha", "milne_ka_wait_nahi"),
    ],
)
def test_longing_to_see_the_reader_is_affection(language, text, term):
    """As English "can't wait to see you": affection said to the reader (a bid of its own), not
    only the writer's joy; the same words about a thing stay joy alone."""
    from tests.nlp.pack_cases import frame_of, read

    row = frame_of(read([text]))
    assert row["emotion_terms"].iloc[0] == term
    assert row["cat_affection"].iloc[0] == 1


@pytest.mark.parametrize(
    "text",
    ["trop hâte de voir le film", "nao vejo a hora do show", "ich kanns kaum erwarten bis freitag"],
)
def test_longing_for_a_thing_is_no_affection(text):
    from tests.nlp.pack_cases import frame_of, read

    row = frame_of(read([text]))
    assert (row["tier"].iloc[0], row["cat_affection"].iloc[0]) == (2, 0)
