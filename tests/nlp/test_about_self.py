"""``about_self``: a message speaks of its writer, in the words of its own language's pack
(pronouns, and in Portuguese and Spanish the verb forms that can only be the writer's). The
responsiveness measures read it to tell a reply about oneself from one about the other."""

from __future__ import annotations

import pytest

from analyzer.nlp import features
from tests.realtext.evaluate import comment_frame

CHATS = {
    "en": [
        ("I’m off to bed", True),
        ("did i tell you about my trip?", True),
        ("that is so good to hear, how was the rest of the day for you", False),
        ("the weather is nice and the kids are at the park with their dad", False),
        ("honestly mine was worse", True),
        ("what are you doing this weekend? is it the one with the wedding", False),
    ],
    "pt": [
        ("to indo dormir", True),
        ("eu te contei da minha viagem?", True),
        ("que bom que deu tudo certo com a entrevista, e como foi o resto do dia", False),
        ("o tempo ta bom e as criancas estao no parque com o pai delas", False),
        ("estou muito cansada hoje", True),
        ("o que vc vai fazer no fim de semana? e aquele casamento da sua prima", False),
    ],
    "es": [
        ("me voy a dormir", True),
        ("yo tambien tuve un dia horrible en el trabajo", True),
        ("que bien que todo salio bien con la entrevista, y como fue el resto del dia", False),
        ("el tiempo esta bueno y los ninos estan en el parque con su padre", False),
        ("estoy muy cansada hoy", True),
        ("que vas a hacer el finde? es la boda de tu prima o no", False),
    ],
}


@pytest.mark.parametrize("language", sorted(CHATS))
def test_about_self_reads_each_languages_first_person(language):
    texts = [t for t, _ in CHATS[language]]
    got = features.extract(comment_frame(texts))
    assert got.language == language
    assert got.frame["about_self"].tolist() == [want for _, want in CHATS[language]]


def test_a_message_in_a_language_without_a_pack_is_never_about_self():
    texts = ["ik ben zo moe vandaag, en jij? hoe was je dag met de kinderen, was het leuk"] * 3
    got = features.extract(comment_frame(texts))
    assert (got.language, got.lexicon_applied) == ("nl", False)
    assert not got.frame["about_self"].any()
