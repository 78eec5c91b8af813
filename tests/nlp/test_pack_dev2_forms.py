"""The forms the Portuguese and Spanish packs learnt from the second development parts of their
chat-register gold sets (``tests/langgold/{pt,es}/dev2.txt``, issue 22), each with a near miss
that must keep its old reading. A message is read after its partner's turn, as the gold sets are
(follow-ups need one); each case names only the detectors it is about
(:func:`tests.nlp.gold.predictions` keys). The messages are our own, and most are not in dev2:
a fix is kept only as a general form.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import features
from tests.nlp import gold

#: (partner's turn or "", message) -> detector -> expected
PT = {
    # questions about the other: what caused the reader's state ("o q te deixou assim?")
    ("", "o q te deixou assim?"): {"Q": True, "QO": True},
    ("", "o q te deixou tao chateada ontem?"): {"Q": True, "QO": True},
    ("", "o q vc deixou na mesa?"): {"Q": True, "QO": False},
    # "o que rolou" is the generic follow-up "what happened"
    ("tive uma briga com a Carla", "nossa, o q rolou?"): {"FU": True},
    ("a reuniao foi tensa", "o q rolou depois?"): {"FU": True},
    # "o que vc falou (...) me magoou" tells what hurt the writer: no question (indirect_frames)
    ("", "o q vc falou ontem me magoou mto"): {"Q": False, "QO": False, "F": True},
    ("", "o q ele disse me irritou demais"): {"Q": False, "F": True},
    ("", "o q vc falou pra ela?"): {"Q": True},
    # an incredulous "serio q vc ...?" dismisses; it does not ask after the reader
    ("fiquei chateada com o q vc falou", "serio q vc ficou chateada com isso?"): {
        "QO": False,
        "FU": False,
        "INV": True,
    },
    # support: "vc consegue" cheers only at the end of its clause; "me sinto muito X" is a
    # feeling, not the sympathy "sinto muito"; "quando vc me liga" is no offer to call
    ("", "vc consegue me buscar no aeroporto sexta"): {"Q": True, "SUP": False},
    ("to com medo da prova", "vc consegue!!"): {"SUP": True},
    ("", "me sinto mto culpado por ter gritado com vc"): {"F": True, "SUP": False},
    ("minha avo morreu", "sinto muito, amor"): {"SUP": True},
    ("", "fico mto feliz qdo vc me liga"): {"F": True, "SUP": False},
    ("", "se precisar, me liga"): {"SUP": True},
    ("me sinto um fracasso", "vc nao é um fracasso, para com isso"): {"SUP": True, "INV": False},
    # hedges: "ta sim" answers for oneself, "é so cansaço", "mas nada demais"
    ("ta tudo bem msm?", "ta sim, juro, nao se preocupa"): {"HED": True, "SUP": False},
    ("vc ta bem?", "to sim, é so cansaco"): {"HED": True},
    ("", "to meio pra baixo mas nada demais"): {"F": True, "HED": True},
    ("to sobrecarregada com tudo", "nada demais, todo mundo tem problema"): {
        "INV": True,
        "HED": False,
    },
    # invalidation: "nem foi tão sério", "é paranoia sua", "vc é medrosa", "q sensível"
    ("to triste com o q aconteceu", "ah para, nem foi tao serio assim"): {"INV": True},
    ("", "me assustei mas nem foi tao serio"): {"INV": False, "HED": True},
    ("to chateada com a minha amiga", "ah, isso é paranoia sua"): {"INV": True},
    ("to com medo de dirigir na estrada", "vc é mto medrosa, credo"): {"INV": True},
    ("fiquei magoado com a brincadeira", "nossa, q sensivel vc ta hj"): {"INV": True},
    ("", "q sensivel essa pele do bebe"): {"INV": False},
    # a tantrum named ("q chilique", "para de piti"), "ninguem liga pra isso" said to the reader
    ("to chateada com o q ela falou", "credo, q chilique"): {"INV": True},
    ("", "para de piti"): {"INV": True},
    ("to triste com a nota", "ninguem liga pra isso"): {"INV": True},
    ("", "ninguem liga pra mim"): {"INV": False, "F": True},
    # support: "to contigo", "tb ficaria assim" (as "eu tb ficaria com medo")
    ("perdi o emprego", "to contigo, amor"): {"SUP": True},
    ("fiquei mal com a briga", "tb ficaria assim no seu lugar"): {"SUP": True},
    ("", "ela tambem ficaria brava"): {"SUP": False},
    # "curtiu?"/"gostou?" alone ask about the reader's time; "piorou ...?" their health
    ("voltei da viagem", "e ai, curtiu?"): {"Q": True, "QO": True},
    ("", "gostou?"): {"Q": True, "QO": True},
    ("to com dor de garganta", "piorou desde ontem?"): {"Q": True, "QO": True},
    ("", "o transito piorou?"): {"Q": True, "QO": False},
    # a state asked with its subject left out ("animada pra viagem?"), care and what bothered
    # the reader ("vc ta se cuidando?", "isso te incomodou?")
    ("", "animada pra viagem?"): {"Q": True, "QO": True},
    ("", "nervosa pra amanha?"): {"Q": True, "QO": True},
    ("", "a Ana ta nervosa?"): {"Q": True, "QO": False},
    ("", "vc ta se cuidando?"): {"Q": True, "QO": True},
    ("", "o barulho te incomodou ontem?"): {"Q": True, "QO": True},
    ("", "isso me incomodou muito"): {"Q": False, "QO": False},
    # follow-ups: "q coisas?", "de quantos meses?"
    ("o Pedro falou umas coisas estranhas", "q coisas?"): {"FU": True},
    ("a Mari ta gravida", "mentira!! de quantos meses?"): {"FU": True},
    # "vc sempre" that praises or teases is no criticism; "vc é sempre assim" is
    ("", "vc ta sempre me fazendo rir kkk"): {"CRI": False},
    ("to com medo de nao dar conta", "q exagero, vc sempre da conta"): {"CRI": False},
    ("", "esqueceu de novo. vc é sempre assim"): {"CRI": True},
    ("", "vc sempre chega atrasado"): {"CRI": True},
    ("vc sempre estraga tudo", "e vc q so sabe reclamar"): {"DEF": True, "CRI": True},
    # denials of what one is blamed for
    ("vc chegou tarde de novo", "nao foi minha culpa, o chefe me segurou"): {"DEF": True},
    ("vc mentiu pra mim", "eu nao menti, so nao contei tudo"): {"DEF": True},
    ("vc me ignorou na festa", "nao te ignorei, tava conversando com meu primo"): {"DEF": True},
    ("", "nao menti pra ninguem na minha vida toda"): {"DEF": True},
    # "oi?" is indignant at the start of a reply, but surprise when a question follows it
    ("vc nunca lava a louca", "oi? eu lavei a semana toda"): {"DEF": True},
    ("sumi o dia todo, desculpa", "oi?? vc ta bem?"): {"DEF": False},
    # feelings: anger at the reader's habit (not "odeio" of a thing), worry told through the
    # body, emotional exhaustion, "deprê"
    ("", "odeio qdo vc faz isso"): {"F": True, "T>=2": True},
    ("", "odeio segunda"): {"F": False, "T>=2": False},
    ("", "to com um aperto no peito"): {"F": True, "T>=2": True},
    ("", "a Bia ta com o coracao na mao"): {"F": False, "T>=2": True},
    ("", "to exausta emocionalmente"): {"F": True, "T>=2": True},
    ("", "to deprê"): {"F": True, "T>=2": True},
    # minimal replies
    ("", "tendi"): {"MIN": True},
    ("leva gelo e carvao", "fechado"): {"MIN": True},
    ("", "o mercado ta fechado hj?"): {"MIN": False},
    # acknowledgements with a doubled letter (slang.json: runs of three are de-elongated anyway)
    ("", "siim"): {"MIN": True},
    ("", "suavee"): {"MIN": True},
    ("", "certoo"): {"MIN": True},
}

ES = {
    # questions about the other: opinion of an outing, a cause of pain or stress, "paso algo?"
    ("", "q te parecio la peli"): {"Q": True, "QO": True},
    ("", "te gusto la fiesta?"): {"Q": True, "QO": True},
    ("", "eso te dolio?"): {"Q": True, "QO": True},
    ("", "el trabajo te esta estresando mucho?"): {"Q": True, "QO": True},
    ("", "q cara es esa, paso algo?"): {"Q": True, "QO": True},
    ("", "a tu hermana le gusto el regalo?"): {"Q": True},
    ("", "a ella le gusto el regalo?"): {"Q": True, "QO": False},
    ("", "nerviosa por lo de mañana?"): {"Q": True, "QO": True},
    ("", "contento con el resultado?"): {"Q": True, "QO": True},
    ("", "te divertiste?"): {"Q": True, "QO": True},
    ("", "te asustaste?"): {"Q": True, "QO": True},
    ("", "te hice daño?"): {"Q": True, "QO": True},
    ("", "le hice daño?"): {"Q": True, "QO": False},
    ("", "tienes hambre?"): {"Q": True, "QO": True},
    ("", "el perro tiene hambre?"): {"Q": True, "QO": False},
    # generic follow-ups
    ("compre los billetes para Cancun", "para cuando??"): {"FU": True},
    ("volvi del viaje", "q tal lo pasaste?"): {"FU": True},
    ("adopte un gatito", "ayyy q lindo, como se llama?"): {"FU": True},
    ("Marta esta embarazada", "noo en serio?? de cuantos meses?"): {"FU": True},
    # "y" + a question word picks up the partner's news (as "y que", "y como")
    ("he conocido a alguien", "uyyy y quien es?"): {"FU": True},
    ("me voy de viaje", "y cuando vuelves?"): {"FU": True},
    ("", "y quien me lo iba a decir"): {"Q": False, "FU": False},
    # criticism: "eres un borde", "nunca prestas atencion", "siempre lo dejas todo", ...
    ("", "eres un borde"): {"CRI": True},
    ("", "nunca prestas atencion a lo q digo"): {"CRI": True},
    ("", "siempre lo dejas todo para ultima hora"): {"CRI": True},
    ("siempre lo estropeas todo", "y tu q solo sabes quejarte"): {"CRI": True},
    ("", "siempre llegas tarde"): {"CRI": True},
    ("", "xq siempre me haces esto?"): {"CRI": True},
    # ... and "siempre" that praises or reassures
    ("", "siempre me haces reir jajaja"): {"CRI": False},
    ("me da miedo no llegar a todo", "q exagerada, siempre llegas"): {"CRI": False, "INV": True},
    # name-calling that answers a feeling is invalidation, not criticism (README)
    ("me siento sola aqui", "q dramatica, si tienes un monton de amigos"): {
        "INV": True,
        "CRI": False,
    },
    ("", "deja de llorar"): {"INV": True, "CRI": True},
    # invalidation
    ("me sento mal la broma", "te lo tomas todo muy a pecho"): {"INV": True},
    ("estoy chof", "te ahogas en un vaso de agua"): {"INV": True},
    ("estoy molesta con mi amiga", "eso son paranoias tuyas"): {"INV": True},
    ("me da miedo conducir", "eres una miedica, por dios"): {"INV": True},
    ("me dolio tu broma", "uy q sensible estas hoy"): {"INV": True},
    ("estoy triste por lo q paso", "bah, tampoco fue para tanto"): {"INV": True},
    ("", "me cai de la bici pero no fue para tanto"): {"INV": False, "HED": True},
    # support
    ("estoy nerviosisima por la entrevista", "te va a ir genial, estas super preparada"): {
        "SUP": True
    },
    ("me siento un fracaso", "no eres ningun fracaso, de verdad"): {"SUP": True},
    ("", "no eres ninguna santa eh"): {"SUP": False},
    # "yo tb estaria asi" (as "cualquiera estaria igual"): support, and no feeling of the writer
    ("me puse fatal con lo del examen", "yo tb estaria asi"): {"SUP": True},
    ("", "yo tambien me pondria nerviosa"): {"SUP": True, "F": False},
    ("", "mi hermana tambien estaria aqui"): {"SUP": False},
    # the writer's feelings: anger in the preterite, "de mala leche", being moved
    ("", "me enfade mucho con lo q paso hoy"): {"F": True, "T>=2": True},
    ("", "estoy de mala leche con todo"): {"F": True, "T>=2": True},
    ("", "me emociono mucho tu mensaje"): {"F": True, "T>=2": True},
    ("", "la leche esta mala, no la tomes"): {"F": False, "T>=2": False},
    ("", "me agobie mucho con la mudanza"): {"F": True, "T>=2": True},
    ("", "estoy de bajona"): {"F": True, "T>=2": True},
    ("", "tengo un nudo en el estomago"): {"F": True, "T>=2": True},
    ("", "mi madre tiene un nudo en el estomago"): {"F": False, "T>=2": True},
    ("", "estoy con el corazon en un puño"): {"F": True, "T>=2": True},
    ("", "me muero de miedo"): {"F": True, "T>=2": True},
    ("", "el tio se muere de miedo"): {"F": False},
    ("", "me muero de hambre"): {"F": False, "T>=2": False},
    ("", "me siento una basura"): {"F": True, "T3": True},
    ("", "saca la basura porfa"): {"F": False, "T>=2": False},
    # denials of what one is blamed for, and turning it back
    ("me ignoraste en la fiesta", "no te ignore, estaba hablando con mi primo"): {"DEF": True},
    ("se te olvido pagar la luz", "no se me olvido, la app dio error"): {"DEF": True},
    ("eres un borde", "borde no, solo dije lo q pensaba"): {"DEF": True},
    ("nunca prestas atencion", "si presto atencion, eres tu q hablas bajito"): {"DEF": True},
    ("me dejaste todos los platos", "yo frege ayer, hoy te tocaba a ti"): {"DEF": True},
    ("", "hoy te toca a ti elegir la peli"): {"DEF": False},
    # acknowledgements with a doubled letter
    ("", "valee"): {"MIN": True},
    ("", "graciass"): {"MIN": True},
    ("", "buenoo, mañana lo hablamos con calma"): {"MIN": False},
    # repair without "lo", and a hedge of one's state
    ("", "siento haberte gritado"): {"REP": True},
    ("estas bien?", "si si, es solo cansancio"): {"HED": True},
}

CASES = [(code, key) for code, table in (("pt", PT), ("es", ES)) for key in table]


def _predictions(code: str, table: dict) -> dict[tuple[str, str], dict[str, bool]]:
    items = [gold.GoldItem(1, frozenset(), ctx or None, text) for ctx, text in table]
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    assert extracted.language == code
    pred = gold.predictions(extracted.frame.iloc[positions].reset_index(drop=True))
    return {key: {k: bool(v[i]) for k, v in pred.items()} for i, key in enumerate(table)}


@pytest.fixture(scope="module")
def predicted():
    return {"pt": _predictions("pt", PT), "es": _predictions("es", ES)}


@pytest.mark.parametrize(("code", "key"), CASES, ids=[f"{c}: {k[1]}" for c, k in CASES])
def test_dev2_form(predicted, code, key):
    table = PT if code == "pt" else ES
    got = predicted[code][key]
    assert {k: got[k] for k in table[key]} == table[key]
