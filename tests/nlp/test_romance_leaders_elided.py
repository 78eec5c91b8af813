"""Issues 22 and 23 (session 38): Portuguese and Spanish depth.

- A leading "e" (pt) or "y" (es), as "mas"/"pero" before it, is a leader (words.json
  "leaders"): a question or a feeling reads as the clause without it ("e vc sabe se a farmacia
  abre domingo", "y necesitas algo?"). A listed start that opens with the leader itself still
  counts ("e vc?", "e ai?", "y tu mama, ya esta mejor?" as a question about the other; "y?"
  alone as a follow-up), and Spanish "y quien me lo iba a decir" is rhetorical (words.json
  "rhetorical"), as it was when "y" hid the question word.
- Portuguese elided subjects before a feeling in a verbless phrase (words.json "elided_ok":
  "com", "de", "morrendo", "morta", ...): "com muito medo", "morta de medo", "cheia de raiva" are
  the writer's; "ele ta com medo", "minha mae com medo" are not.
- Portuguese first-person forms read off BRIGHTER ptbr train misses (depth.tsv, session 38):
  "me sentir mal", "me sinto (mais) em paz", "me sinto segura", "to com dó", "to sem saco",
  "fiquei abalada", "to num surto", "me traumatizou", "nunca vou superar", beside near misses
  that stay below tier 2 or are someone else's.

CASES: language -> text -> (tier, feeling statement, question, question about the other,
categories that must be counted). Every near miss is in CASES too, with its exact reading.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.nlp.pack_cases import frame_of, missing, read, reading

CASES: dict[str, dict[str, tuple]] = {
    "pt": {
        # a leading "e": questions read as without it
        "e sabe se a farmacia abre domingo": (0, False, True, False, ()),
        "sabe se a farmacia abre domingo": (0, False, True, False, ()),
        "e que horas vc sai do trabalho": (0, False, True, False, ()),
        "e vc ta bem?": (0, False, True, True, ()),
        "e dormiu bem?": (0, False, True, True, ()),
        # ... and a listed start that opens with "e" still counts
        "e vc?": (0, False, True, True, ()),
        "to de boa, e vc?": (1, False, True, True, ()),
        "e ai? foi bem?": (0, False, True, True, ()),
        # ... and feelings
        "e to com medo": (2, True, False, False, ("fear",)),
        "e estou triste": (2, True, False, False, ("soft",)),
        # elided subjects in a verbless phrase
        "com muito medo": (2, True, False, False, ("fear",)),
        "com medo": (2, True, False, False, ("fear",)),
        "com tanto medo": (2, True, False, False, ("fear",)),
        "ai com muito medo": (2, True, False, False, ("fear",)),
        "com muita raiva": (2, True, False, False, ()),
        "com ciumes": (2, True, False, False, ()),
        "morrendo de saudade": (3, True, False, False, ("affection",)),
        "morrendo de raiva": (2, True, False, False, ()),
        "morta de medo": (2, True, False, False, ("fear",)),
        "cheia de raiva": (2, True, False, False, ()),
        "de novo com raiva": (2, True, False, False, ()),
        "com medo de te perder": (3, True, False, False, ("fear",)),
        # ... not someone else's
        "ele ta com medo": (2, False, False, False, ("fear",)),
        "minha mae com medo": (2, False, False, False, ("fear",)),
        "o cachorro morrendo de medo": (2, False, False, False, ("fear",)),
        "com ele triste": (2, False, False, False, ("soft",)),
        # ... and no feeling word, no feeling
        "com certeza": (0, False, False, False, ()),
        "com fome": (1, False, False, False, ()),
        "morrendo de rir": (0, False, False, False, ()),
        "cheia de coisa pra fazer": (0, False, False, False, ()),
        # first-person forms (BRIGHTER ptbr train)
        "me sentir mal pra fazer a vontade dos outros": (2, True, False, False, ("soft",)),
        "agora pelo menos me sinto mais em paz": (2, True, False, False, ("joy",)),
        "to mais em paz agora": (2, True, False, False, ("joy",)),
        "me sinto segura com vc": (2, True, False, False, ("joy",)),
        "to com dó dele": (2, True, False, False, ("soft",)),
        "to sem saco pra isso": (2, True, False, False, ()),
        "tô abalada com tudo isso": (2, True, False, False, ("soft",)),
        "fiquei muito abalada com a notícia": (2, True, False, False, ("soft",)),
        "já tô num surto de ansiedade": (2, True, False, False, ("fear",)),
        "tive um surto ontem": (2, True, False, False, ("fear",)),
        "comecei meu surto de não querer voltar": (2, True, False, False, ("fear",)),
        "porra vou sentir uma falta da escola": (3, True, False, False, ("soft",)),
        "uma coisa que me traumatizou na adolescência": (2, True, False, False, ("fear",)),
        "to traumatizada": (2, True, False, False, ("fear",)),
        "trauma de correr pra atravessar rua": (2, True, False, False, ("fear",)),
        "peguei trauma de cachorro": (2, True, False, False, ("fear",)),
        "nunca vou superar isso": (2, True, False, False, ("soft",)),
        "ameii o uber": (2, True, False, False, ("joy",)),
        "te admiro muito": (2, True, False, False, ("affection",)),
        "tenho muita admiração por ele": (2, True, False, False, ("joy",)),
        # ... near misses
        "ele tem admiração pelo pai": (0, False, False, False, ()),
        "teve um surto de dengue na cidade": (0, False, False, False, ()),
        "seu pai tem uns traumas cabulosos": (0, False, False, False, ()),
        "o trauma de infancia dele": (0, False, False, False, ()),
        "ele ficou traumatizado": (2, False, False, False, ("fear",)),
        "tentando superar": (0, False, False, False, ()),
        "o prédio ficou abalado com o terremoto": (0, False, False, False, ()),
        "me deixa em paz": (0, False, False, False, ()),
        "descanse em paz": (1, False, False, False, ()),
        "ele ta em paz agora": (0, False, False, False, ()),
        "a casa é segura": (0, False, False, False, ()),
        "ele se sente seguro": (0, False, False, False, ()),
        "ela ta com dó de mim": (2, False, False, False, ("soft",)),
    },
    "es": {
        # a leading "y": questions read as without it
        "y necesitas algo?": (1, False, True, False, ("support",)),
        "y estás bien?": (1, False, True, True, ()),
        "y estoy bien, en serio": (1, False, False, False, ("hedge",)),
        "y me siento fatal": (2, True, False, False, ("soft",)),
        "y tengo miedo": (2, True, False, False, ("fear",)),
        # ... a listed start that opens with "y" still counts
        "y tu mama, ya esta mejor?": (0, False, True, True, ()),
        "y tú?": (0, False, True, True, ()),
        # ... and "quien me lo iba a decir" tells, with or without "y"
        "y quien me lo iba a decir": (0, False, False, False, ()),
        "quien me lo iba a decir": (0, False, False, False, ()),
        "quien lo diria": (0, False, False, False, ()),
        "quien te lo dijo?": (0, False, True, False, ()),
        "y quien viene mañana": (0, False, True, False, ()),
        # ... a third person's feeling stays theirs
        "y él está triste": (2, False, False, False, ("soft",)),
    },
}

CASE_IDS = [(code, text) for code, table in CASES.items() for text in table]


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    out = {}
    for code, table in CASES.items():
        extracted = read(list(table))
        assert extracted.language == code
        out[code] = frame_of(extracted)
    return out


@pytest.mark.parametrize(("code", "text"), CASE_IDS, ids=[f"{c}:{t}" for c, t in CASE_IDS])
def test_forms(frames, code, text):
    row = frames[code].iloc[list(CASES[code]).index(text)]
    *expected, cats = CASES[code][text]
    assert reading(row) == tuple(expected)
    assert missing(row, cats) == []
