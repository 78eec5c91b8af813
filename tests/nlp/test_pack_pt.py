"""The Portuguese pack on Brazilian chat forms: questions about the reader's day and wellbeing
without inversion, with or without "?" ("vc ta bem", "ja comeu?", "curtiu a festa?"), their near
misses (logistics, a third person, a thing that arrived), and the named feelings of Brazilian
social-media writing ("amo esse filme", "que susto", "to puta", "pqp") beside what stays below
tier 2 (swearing that only stresses, "odeio" of a thing, "isolado"/"realizado" said of a fact);
scorn said as an exclamation ("que ridículo", "tá um lixo") beside the bare judging word (tier 1),
praise however stressed (tier 1, as English "so cute": a reaction, not a disclosure) beside praise
said to the reader (a compliment), a swear word alone at a sentence's edge (an outburst, as "pqp")
beside one inside it, and bare exclamations ("eca", "ufa": tier 1). Every line is written by us."""

from __future__ import annotations

import json

import pytest
import spacy

from analyzer.nlp.normalise import normalise_doc, normaliser
from analyzer.nlp.pack import LEXICON_DIR, load_pack
from tests.nlp.pack_cases import counted, frame_of, missing, read, reading

#: text -> (tier, feeling, question, question_other, categories that must be counted)
CASES = {
    # questions about the other: wellbeing, day, care, with or without "?"
    "vc ta bem?": (0, False, True, True, ()),
    "vc ta bem": (0, False, True, True, ()),
    "cê tá bem?": (0, False, True, True, ()),
    "como foi seu dia": (0, False, True, True, ()),
    "como foi teu dia hj?": (0, False, True, True, ()),
    "e vc?": (0, False, True, True, ()),
    "e tu, como ta?": (0, False, True, True, ()),
    "tá tudo bem aí?": (0, False, True, True, ()),
    "como vc ta se sentindo": (0, False, True, True, ()),
    "como vc ta lidando com isso": (0, False, True, True, ()),
    "como tá sua mãe?": (0, False, True, True, ()),
    "como vcs tão?": (0, False, True, True, ()),
    "vcs chegaram bem?": (0, False, True, True, ()),
    "e o trabalho, como ta?": (0, False, True, True, ()),
    "e a cabeça, melhorou?": (0, False, True, True, ()),
    "aconteceu alguma coisa?": (0, False, True, True, ()),
    # a past verb asked alone is the reader's (Portuguese leaves "voce" out)
    "conseguiu dormir?": (0, False, True, True, ()),
    "conseguiu dormir": (0, False, True, True, ()),
    "dormiu bem?": (0, False, True, True, ()),
    "descansou um pouco?": (0, False, True, True, ()),
    "curtiu a festa?": (0, False, True, True, ()),
    "se divertiu?": (0, False, True, True, ()),
    "sentiu minha falta?": (0, False, True, True, ()),
    "foi bem na entrevista?": (0, False, True, True, ()),
    "sobreviveu a segunda?": (0, False, True, True, ()),
    "chegou em casa?": (0, False, True, True, ()),
    # "ja" + a verb of care: eating, medicine, getting better
    "ja comeu?": (0, False, True, True, ()),
    "ja comeu": (0, False, True, True, ()),
    "vc ja almoçou?": (0, False, True, True, ()),
    "ja tomou o remedio?": (0, False, True, True, ()),
    "ja melhorou da gripe?": (0, False, True, True, ()),
    # calm and pain asked about
    "vc ta de boa?": (1, False, True, True, ()),
    "ta de boa?": (1, False, True, True, ()),
    "tudo tranquilo por ai?": (1, False, True, True, ()),
    "vc ta mais tranquila?": (1, False, True, True, ()),
    "ainda ta doendo?": (1, False, True, True, ()),
    "quer conversar?": (1, False, True, True, ("support",)),
    # near misses: questions, but about a third person, a thing or logistics
    "ele ja comeu?": (0, False, True, False, ()),
    "ja chegou o pedido?": (0, False, True, False, ()),
    "a pizza chegou?": (0, False, True, False, ()),
    "vc viu minha chave?": (0, False, True, False, ()),
    "que horas vc chega?": (0, False, True, False, ()),
    "vc pode pegar o pão?": (0, False, True, False, ()),
    "vc comprou o pão?": (0, False, True, False, ()),
    "onde vc ta?": (0, False, True, False, ()),
    "vc viu o jogo ontem?": (0, False, True, False, ()),
    "ja pagou a conta de luz?": (0, False, True, False, ()),
    "foi bem caro?": (0, False, True, False, ()),
    "quem vai levar o cachorro?": (0, False, True, False, ()),
    # asking leave is a question, not one about the other: "tudo bem se eu ...", "..., td bem?"
    # after the writer's own plan (qo_exceptions); "q foi isso ..." is about a thing
    "tudo bem se eu chegar mais tarde?": (0, False, True, False, ()),
    "vou sair com as meninas hoje, td bem?": (0, False, True, False, ()),
    "amor, vou sair hoje, td bem?": (1, False, True, False, ()),
    "amanha vou no medico, pode ser?": (0, False, True, False, ()),
    "q foi isso ontem, nem te conto": (0, False, True, False, ()),
    # ... and their near misses still ask about the other
    "e ai, tudo bem?": (0, False, True, True, ()),
    "q foi, ta tudo bem?": (0, False, True, True, ()),
    "to preocupada, ta tudo bem?": (2, True, True, True, ("fear",)),
    "vc ta bem? td bem msm?": (0, False, True, True, ()),
    "o q foi isso? vc ta bem?": (0, False, True, True, ()),
    "q foi?": (0, False, True, True, ()),
    # named feelings of social-media writing: an outburst, love of a thing, fright, anger
    "pqp, perdi o onibus de novo": (2, True, False, False, ()),
    "amo esse filme": (2, True, False, False, ("joy",)),
    "adoro dia de chuva": (2, True, False, False, ("joy",)),
    "amei o presente!!": (2, True, False, False, ("joy",)),
    "que susto kkkk": (2, True, False, False, ("fear",)),
    "to puta com isso": (2, True, False, False, ("hard",)),
    "to odiando esse emprego": (2, True, False, False, ("hard",)),
    "to surtando com a prova": (2, True, False, False, ("fear",)),
    "me arrependi de ter ido": (2, True, False, False, ("soft",)),
    "me emocionei no casamento": (2, True, False, False, ()),
    "ta foda esse mes": (2, True, False, False, ("soft",)),
    "que vergonha alheia": (2, True, False, False, ("soft",)),
    "acho q me apaixonei por ele": (3, True, False, False, ("affection",)),
    "me sinto isolada aqui": (3, True, False, False, ("loneliness",)),
    "amo vc": (3, True, False, False, ("affection",)),
    # a swear word alone at a sentence's edge is an outburst, as "pqp"
    "porra, esqueci a chave": (2, True, False, False, ()),
    "partiu praia porra": (2, False, False, False, ()),
    "puta merda, perdi a hora": (2, True, False, False, ()),
    "que se foda": (2, True, False, False, ("hard",)),
    # scorn and indignation said as exclamations
    "que ridículo isso": (2, True, False, False, ("hard",)),
    "que absurdo": (2, True, False, False, ("hard",)),
    "que palhaçada": (2, True, False, False, ("hard",)),
    "a internet tá um lixo": (2, False, False, False, ("hard",)),
    "lamentável": (2, True, False, False, ("disappointment",)),
    "pena que vc não vem": (2, True, False, False, ("disappointment",)),
    # said to the reader, praise is a compliment, at tier 1 as English reads "you're beautiful"
    "vc é linda demais": (1, False, False, False, ("validation", "affection")),
    # named feelings in the forms people write
    "fiquei chocada com isso": (2, True, False, False, ()),
    "fiquei maravilhada com a vista": (2, True, False, False, ("joy",)),
    "me arrepiei toda": (2, True, False, False, ()),
    "nada me deixa mais puta q isso": (2, True, False, False, ("hard",)),
    "tô gorda": (2, True, False, False, ("soft",)),
    "to chateadíssima com isso": (2, True, False, False, ("soft",)),
    "tô com raivinha dele": (2, True, False, False, ("hard",)),
    "to um caco hj": (2, True, False, False, ("flat",)),
    "to nas nuvens": (2, True, False, False, ("joy",)),
    "sou mto idiota": (3, True, False, False, ("soft",)),
    # below tier 2: swearing that only stresses, "odeio" of a thing, a fact, a bare judging
    # word, a bare exclamation
    "ta frio pra caralho": (1, False, False, False, ()),
    "que lindo demais": (1, False, False, False, ()),
    "q fofo": (1, False, False, False, ()),
    "q incrivel. me manda o link": (1, False, False, False, ()),
    "essa porra do link não abre": (1, False, False, False, ()),
    "o preço tá absurdo": (1, False, False, False, ()),
    "detesto fila": (1, False, False, False, ()),
    "eca": (1, False, False, False, ()),
    "ufa": (1, False, False, False, ()),
    "vale a pena": (0, False, False, False, ()),
    "que comentário infeliz": (1, False, False, False, ()),
    "odeio segunda": (1, False, False, False, ()),
    "caso isolado": (0, False, False, False, ()),
    "o evento vai ser realizado sabado": (0, False, False, False, ()),
    # a feeling just told, granted in an elliptic "claro": validation ("of course you are")
    "claro q ta. me manda noticias ok?": (1, False, False, False, ("validation",)),
    "mas claro que fica": (1, False, False, False, ("validation",)),
}

#: text -> categories that must not be counted (near misses)
NOT = {
    "caso isolado": ("loneliness",),
    "o evento vai ser realizado sabado": ("joy",),
    "porra, esqueci a chave": ("hard",),
    "vc é linda demais": ("joy",),
    "ta frio pra caralho": ("hard",),
    "amo esse filme": ("affection",),
    "quer conversar?": ("criticism",),
    # the clause goes on or asks: nothing granted
    "claro q ta aberto, pode ir": ("validation",),
    "claro que ta?": ("validation",),
}


@pytest.fixture(scope="module")
def frame():
    extracted = read(list(CASES) + list(NOT))
    assert extracted.language == "pt"
    return frame_of(extracted)


@pytest.mark.parametrize("text", tuple(CASES))
def test_portuguese_forms(frame, text):
    row = frame.iloc[list(CASES).index(text)]
    *expected, cats = CASES[text]
    assert reading(row) == tuple(expected)
    assert missing(row, cats) == []


@pytest.mark.parametrize("text", tuple(NOT))
def test_near_misses(frame, text):
    row = frame.iloc[len(CASES) + list(NOT).index(text)]
    assert counted(row, NOT[text]) == []


def test_compliment_is_no_reflection(frame):
    """Praise said to the reader is a compliment, never the reader's feeling reflected back."""
    row = frame.iloc[list(CASES).index("vc é linda demais")]
    assert (bool(row["reflection"]), str(row["reflected_terms"])) == (False, "")


def test_accents_are_folded_before_slang():
    """Brazilians often type without accents, so the pack folds them (``fold_letters``) and
    ``slang.json`` holds chat spellings only: accented and plain spellings are one word."""
    norm = normaliser(load_pack("pt"))
    words = {w: norm.token_info(w).words for w in ("tô", "você", "cansaço", "preocupação", "é")}
    assert words == {
        "tô": ("estou",),
        "você": ("voce",),
        "cansaço": ("cansaco",),
        "preocupação": ("preocupacao",),
        "é": ("e",),
    }
    folder = LEXICON_DIR / "pt"
    for name in ("slang.json", "experiencer.json", "function_words.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data.pop("_about", None)
        assert not any(ch in json.dumps(data, ensure_ascii=False) for ch in "áàâãéêíóôõúç"), name
    terms = [line for line in (folder / "depth.tsv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]  # fmt: skip
    assert [t for t in terms if any(ch in t for ch in "áàâãéêíóôõúç")] == []


def test_grandmother_is_not_going():
    """'vo' is chat for 'vou' (I go), but after a possessive or an article it is the
    grandmother, accented or not ('minha vó', 'da vo')."""
    pack = load_pack("pt")
    nlp = spacy.blank("pt")
    said = {
        t: normalise_doc(nlp(t), t, normaliser(pack)).words
        for t in ("minha vó caiu", "fui na casa da vo", "vo dormir")
    }
    assert said == {
        "minha vó caiu": ("minha", "vo", "caiu"),
        "fui na casa da vo": ("fui", "na", "casa", "da", "vo"),
        "vo dormir": ("vou", "dormir"),
    }
