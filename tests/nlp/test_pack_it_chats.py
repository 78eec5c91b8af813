"""The Italian pack on the forms found by reading the Italian sample chats next to the English
ones (``python -m tests.realtext.pools_check it``): support and validation in their open forms
(``it/patterns_2_support_open.toml``), criticism and complaints as an argument words them
(``it/patterns_3_conflict_open.toml``), and the feeling statements and questions added with
them. Each family has a sentence that must match and a near miss that must not."""

from __future__ import annotations

import pytest

from analyzer.nlp import features
from tests.realtext.evaluate import comment_frame

#: text -> (tier, feeling, question, question_other, categories that must be counted)
CASES = {
    # support and validation, open forms
    "sembra davvero dura": (1, False, False, False, ("validation",)),
    "oh no, sembra proprio pesante": (1, False, False, False, ("validation",)),
    "e' cosi ingiusto. lavori tantissimo": (1, False, False, False, ("validation",)),
    "e' una sensazione davvero dura": (1, False, False, False, ("validation",)),
    "uff che brutto": (1, False, False, False, ("validation",)),
    "oh no, fa davvero male": (1, False, False, False, ("validation",)),
    "ci sta": (1, False, False, False, ("validation",)),
    "io ci sono per te": (1, False, False, False, ("support",)),
    "ci sono se vuoi parlare": (1, False, False, False, ("support",)),
    "vuoi che ti chiamo?": (1, False, True, True, ("support",)),
    "posso passare se vuoi": (1, False, False, False, ("support",)),
    "non sei stupida. sono passati solo pochi mesi": (1, False, False, False, ("validation",)),
    "grazie di avermelo detto": (1, False, False, False, ("validation",)),
    "sono davvero contento che me l'hai detto": (1, False, False, False, ("validation",)),
    "mi dispiace davvero tanto": (1, False, False, False, ("support",)),
    "mi dispiace tanto che stai passando questo": (1, False, False, False, ("support",)),
    "spero che la settimana vada bene": (1, False, False, False, ("support",)),
    "bravo che sei sopravvissuto": (1, False, False, False, ("support",)),
    # criticism, complaints, defensiveness
    "dici sempre cosi": (1, False, False, False, ("criticism",)),
    "non porti mai a termine niente": (1, False, False, False, ("criticism",)),
    "avevi detto che venivi": (1, False, False, False, ("complaint",)),
    "non mi hai nemmeno chiesto com'e' andato l'esame": (1, False, False, False, ("complaint",)),
    "hai dimenticato il compleanno di mia mamma": (1, False, False, False, ("complaint",)),
    "ma che problema hai": (1, False, False, False, ("criticism",)),
    "vabbe tu non porti mai fuori la spazzatura": (1, False, False, False, ("defensiveness",)),
    # feeling statements
    "mi sento cosi stupida che mi importa ancora": (3, True, False, False, ("soft",)),
    "mi sento un po escluso in questo periodo": (3, True, False, False, ("loneliness",)),
    "sto facendo davvero fatica": (3, True, False, False, ("soft",)),
    "credo di essere depresso": (3, True, False, False, ("soft",)),
    "mi sembra di fallire in tutto": (3, True, False, False, ("soft",)),
    "sinceramente un po distrutto": (2, True, False, False, ("soft",)),
    "cosa strana ma ho un po di nostalgia di casa": (2, True, False, False, ("soft",)),
    "ho finito la settimana piu stressante della mia vita": (2, True, False, False, ("fear",)),
    "io sono cosi solo": (3, True, False, False, ("loneliness",)),
    "sono solo stasera": (3, True, False, False, ("loneliness",)),
    # a third party's feeling is counted, but it is not the writer's statement
    "credo che lei sia triste": (2, False, False, False, ("soft",)),
    # questions about the other and follow-ups
    "cosa bevi": (0, False, True, True, ()),
    "va meglio adesso?": (0, False, True, True, ()),
    "oh tesoro, ti va uno spritz questa settimana?": (1, False, True, True, ()),
}

#: text -> categories that must not be counted (near misses of the families)
NOT = {
    "sollevato. e triste. tutte e due": ("validation",),
    "e stanco morto": ("validation",),
    "ci sono 3 persone in fila": ("support",),
    "che schifo di film": ("validation",),
    "mi dispiace per il ritardo": ("support",),
    "grazie di avermi accompagnata al bus": ("validation",),
    "immagino": ("validation",),
    "mi fai sempre ridere": ("criticism",),
    "sei sempre gentile": ("criticism",),
    "hai mai cenato con i cereali": ("criticism",),
    "ti sei dimenticato le chiavi?": ("complaint",),
    "fiero di te": ("joy",),
    "sono solo impegnato": ("loneliness",),
    "sono solo stufissimo di sentirmi cosi": ("loneliness",),
    "qualcun altro ha una settimana strana o sono solo io?": ("loneliness",),
}


@pytest.fixture(scope="module")
def frame():
    extracted = features.extract(comment_frame(list(CASES) + list(NOT)))
    assert extracted.language == "it"
    return extracted.frame.reset_index(drop=True)


@pytest.mark.parametrize("text", tuple(CASES))
def test_chat_forms(frame, text):
    row = frame.iloc[list(CASES).index(text)]
    tier, feeling, question, qo = CASES[text][:4]
    got = (int(row["tier"]), bool(row["feeling"]), bool(row["question"]),
           bool(row["question_other"]))  # fmt: skip
    assert got == (tier, feeling, question, qo)
    assert [c for c in CASES[text][4] if row[f"cat_{c}"] <= 0] == []


@pytest.mark.parametrize("text", tuple(NOT))
def test_near_misses(frame, text):
    row = frame.iloc[len(CASES) + list(NOT).index(text)]
    assert [c for c in NOT[text] if row[f"cat_{c}"] > 0] == []


def test_near_misses_are_not_feelings_either(frame):
    """'fiero di te' praises the reader (no statement of the writer's) and 'sono solo io' is
    not loneliness; a feeling of one's own before a bare "e" stays one."""
    rows = frame.iloc[len(CASES) :].reset_index(drop=True)
    feeling = dict(zip(NOT, rows["feeling"].astype(bool), strict=True))
    assert not feeling["fiero di te"]
    assert not feeling["qualcun altro ha una settimana strana o sono solo io?"]
    assert feeling["sollevato. e triste. tutte e due"]
