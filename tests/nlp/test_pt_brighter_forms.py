"""The forms the Portuguese pack learnt from the misses on BRIGHTER's Portuguese train split
(session 36; never its dev split), each beside near misses that keep their old reading. Scorn
said as an exclamation of an insult ("que idiota", "bando de idiotas"; the bare insult stays tier
1), "foi um lixo" as "é um lixo" ("que merda" stays tier 1: as often sympathy as English "that
sucks"), "merda" opening a sentence as "porra" there, being struck ("fiquei boquiaberta", "to de
cara", "to passada", "to bege"), annoyance ("me enche o saco", "que ranço", "não tenho
paciência"), eagerness ("to louca pra ir"), chat spellings of swear words ("crlh", "prr", "kct"),
and outbursts and exclamations before a question, which are the writer's, not a question about
the reader ("pqp ele fez isso?", "que raiva, ele fez isso?"; "vc ta triste?" still asks the
reader), as the first-person past of a feeling verb is ("adorei a foto, onde foi?"; "vc
chorou?" asks). Every line is written by us."""

from __future__ import annotations

from tests.nlp.pack_cases import frame_of, read, reading, table_tests

#: text -> (tier, feeling statement, question, question about the other, categories counted)
CASES = {
    # scorn said as an exclamation of an insult; one's own shame
    "que idiota": (2, True, False, False, ("hard",)),
    "bando de idiotas": (2, True, False, False, ("hard",)),
    "que idiota eu sou": (3, True, False, False, ("soft",)),
    # a thing or a day that was rubbish
    "meu dia foi um lixo": (2, False, False, False, ("hard",)),
    "no começo estava uma merda": (2, False, False, False, ("hard",)),
    "isso às vezes é uma merda": (2, False, False, False, ("hard",)),
    # "merda" opening a sentence: an outburst, as "porra" there
    "merda, esqueci a chave": (2, True, False, False, ()),
    # annoyance
    "me enche o saco": (2, True, False, False, ("hard",)),
    "para de encher o saco": (2, False, False, False, ("hard",)),
    "que irritante": (2, True, False, False, ("hard",)),
    "que ranço": (2, True, False, False, ("hard",)),
    "me dá ranço": (2, True, False, False, ("hard",)),
    "não tenho paciência pra isso": (2, True, False, False, ("hard",)),
    # being struck
    "fiquei boquiaberta!": (2, True, False, False, ()),
    "to de cara com isso": (2, True, False, False, ()),
    "to passada": (2, True, False, False, ()),
    "to bege": (2, True, False, False, ()),
    "fiquei sem palavras": (2, True, False, False, ()),
    # eagerness and joy
    "to louca pra ir no show": (2, True, False, False, ("joy",)),
    "to adorando esse livro": (2, True, False, False, ("joy",)),
    "que satisfação": (2, True, False, False, ("joy",)),
    # fright down the spine; oneself as rubbish in a relative clause
    "me deu um frio na espinha": (2, True, False, False, ("fear",)),
    "e a espinha gelando..": (2, False, False, False, ("fear",)),
    "tratada por todos como o lixo q sou": (3, True, False, False, ("soft",)),
    # chat spellings of swear words, alone: outbursts
    "crlh": (2, True, False, False, ()),
    "essa prr de novo não, prr": (2, False, False, False, ()),
    "kct, que susto": (2, True, False, False, ("fear",)),
    # an outburst or an exclamation before a question is the writer's, not asked of the reader
    "pqp ele fez isso?": (2, False, True, False, ()),
    "caralho, como assim?": (2, True, True, False, ()),
    "porra, ele fez isso?": (2, True, True, False, ()),
    "que raiva, ele fez isso?": (2, True, True, False, ("hard",)),
    "caralho mano a ana fica linda de todo jeito???": (2, False, True, False, ()),
    # the first-person past of a feeling verb names the writer, before a question too
    "adorei a foto, onde foi?": (2, True, True, False, ("joy",)),
    "chorei vendo isso, vc viu?": (3, True, True, False, ()),
    "cansei disso, e vc?": (2, False, True, True, ()),
    "me assustei, o que foi aquilo?": (2, True, True, False, ("fear",)),
    # near misses, read beside the forms: the bare insult, the noun, a thing thrown away, nobody
    # annoying, flattery, a past week, another's madness, patience had, the reader asked
    "homem é idiota": (1, False, False, False, ()),
    "velho fdp": (1, False, False, False, ()),
    "q merda, sinto mto": (1, False, False, False, ()),
    "esse tipo de merda": (0, False, False, False, ()),
    "falou merda": (0, False, False, False, ()),
    "joguei no lixo": (0, False, False, False, ()),
    "joguei fora o lixo que sobrou": (0, False, False, False, ()),
    "ngm enche o saco": (1, False, False, False, ()),
    "puxar o saco": (0, False, False, False, ()),
    "a semana passada foi boa": (1, False, False, False, ()),
    "ela ta louca": (0, False, False, False, ()),
    "irritante": (1, False, False, False, ()),
    "tenho paciência": (0, False, False, False, ()),
    "correria do crlh": (1, False, False, False, ()),
    "vc ta triste?": (1, False, True, True, ()),
    "triste ainda?": (1, False, True, False, ()),
    "ainda triste, amor?": (1, False, True, False, ()),
    "cansada, é?": (1, False, True, False, ()),
    "vc chorou?": (1, False, True, True, ()),
    "cansou?": (0, False, True, False, ()),
}

#: near misses: text -> categories that must not be counted
NOT = {
    "vc é idiota": ("hard",),  # an insult to the reader: criticism, not the writer's anger word
    "homem é idiota": ("hard",),
    "ngm enche o saco": ("hard",),
    "vc ta triste?": ("soft",),
}

frame, test_pt_brighter_forms, test_pt_brighter_near_misses = table_tests("pt", CASES, NOT)

#: English: the exclamation before a question is the writer's too; a question with no subject
#: about a feeling still asks the reader -> tier
ENGLISH = {
    "so frustrating, why does he always do that?": 2,
    "so frustrating, right?": 1,
    "feeling better now, hun?": 1,
    "still anxious?": 1,
    "still anxious about the exam, or did it go ok?": 1,
    "still anxious, or better?": 1,
    "hey how was your day": 0,
    "the meeting is at 5": 0,
}


def test_english_exclamation_before_a_question():
    extracted = read(ENGLISH)
    assert extracted.language == "en"
    rows = frame_of(extracted).iterrows()
    got = {t: reading(r)[0] for t, (_, r) in zip(ENGLISH, rows, strict=True)}
    assert got == ENGLISH
