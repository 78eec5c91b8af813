"""Questions that are not about the reader, as Italian film dialogue asks them (XED Italian's
tuning part, judged in tests/realtext/it_qo_fires.tsv), each beside near misses that stay
questions about the reader. Each text maps to (question, question about the other)."""

from __future__ import annotations

import pytest

from tests.nlp.pack_cases import frame_of, read

CASES = {
    # offers and invitations ("ti va una pizza?" is Q, not QO, in the gold)
    "vuoi un caffè?": (True, False),
    "vuoi che passi a prenderti?": (True, False),
    "se vuoi ti posso accompagnare?": (True, False),
    "ne faccio una per te. che ne dici?": (True, False),
    "vuoi parlarne?": (True, True),
    "che ne pensi?": (True, True),
    # asking leave
    "ti dispiace se andiamo fuori a parlare?": (True, False),
    "le dispiace se fumo?": (True, False),
    "ti va di parlarne?": (True, True),
    # indignation: an oath after the question word
    "cosa cazzo hai mangiato?": (True, False),
    "ma che diavolo stai facendo?": (True, False),
    "hai mangiato?": (True, True),
    "cosa fai stasera?": (True, True),
    # dismissal
    "che ti frega di lei?": (True, False),
    "che te ne importa?": (True, False),
    "che ti prende?": (True, True),
    # reproach
    "perché non me l'hai detto?": (True, False),
    "perché non mi hai mai chiamato?": (True, False),
    "non ti ho detto che finiva male?": (True, False),
    "perché sei triste?": (True, True),
    # attention and incredulity
    "mi stai ascoltando?": (True, False),
    "di cosa stai parlando?": (True, False),
    "ti stai riguardando?": (True, True),
    # what the reader does to or gives the writer
    "cosa mi state dando?": (True, False),
    "che mi hai portato?": (True, False),
    "che mi dici di bello?": (True, True),
    "cos'altro hai da raccontare?": (True, True),
    # how a thing is possible, how it goes on
    "com'è possibile? era sull'elicottero": (True, False),
    "e poi come va avanti?": (True, False),
    "come va?": (True, True),
    "com'è andata?": (True, True),
    # suspicion, dismissal, a hearing check: about what is said or hidden, not the reader
    "cos'è che non mi stai dicendo?": (True, False),
    "che ne sai tu?": (True, False),
    "cosa vuoi da me?": (True, False),
    "che hai detto?": (True, False),
    "perché hai detto che balboa è più bravo di me?": (True, False),
    "cosa ti ha detto?": (True, True),
    "che hai fatto di bello nel weekend?": (True, True),
    # "perché" before the writer's love answers, as before "sono", "ero"
    "perché ti amo.": (False, False),
    "perché ti voglio bene": (False, False),
    "perché ti sei arrabbiata?": (True, True),
    # incredulity; a third person after "sta bene" (the polite reader is "Lei")
    "stai scherzando?": (True, False),
    "stai bene?": (True, True),
    "sta bene tua madre?": (True, False),
    "sta bene Lei?": (True, True),
    "sta bene?": (True, True),
    # "sai dove...?", "hai sentito cosa...?": a fact or news asked for, as dev4's "sai se la
    # farmacia è aperta domenica" (Q, not QO)
    "sai dove sta la stazione?": (True, False),
    "sai cosa è successo ieri in ufficio?": (True, False),
    "hai sentito cosa è successo a luca?": (True, False),
    "sai, stai bene?": (True, True),
    # what happened to a third person or in a thing ("che c'è di strano?" asks nothing)
    "cosa è successo a tua sorella?": (True, False),
    "cosa ti è successo?": (True, True),
    "cos'è successo al lavoro?": (True, True),
    "che c'è di strano?": (True, False),
    "cosa c'è da ridere?": (True, False),
    "che c'è?": (True, True),
    "cosa c'è che non va?": (True, True),
    # indignation and orders worded as questions
    "ma come ti permetti?": (True, False),
    "come hai potuto?": (True, False),
    "ma che problemi hai?": (True, False),
    "la vuoi smettere?": (True, False),
    "ma ti vuoi calmare?": (True, False),
    "come ti senti adesso?": (True, True),
    "vuoi parlarne adesso?": (True, True),
    # "come ti ho detto" compares, it asks nothing
    "come ti ho già detto, ora ho un problema peggiore": (False, False),
    "come ti senti oggi": (True, True),
}


@pytest.fixture(scope="module")
def frame():
    extracted = read(CASES)
    assert extracted.language == "it"
    return frame_of(extracted)


@pytest.mark.parametrize("text", tuple(CASES))
def test_question_about_the_reader(frame, text):
    row = frame.iloc[list(CASES).index(text)]
    assert (bool(row["question"]), bool(row["question_other"])) == CASES[text]
