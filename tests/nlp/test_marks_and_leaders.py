"""Issues 22 and 23, what was left: "?!" and "!?" (and "?!?!") keep the question of their "?"
in every language, while "!" alone ends a sentence as "." does; a leading "but" ("ma", "pero",
"mas", "aber", "lekin", "magar") leaves the reading of the clause after it as it is; and the
Spanish "no es nada (grave)" said of a third person or a thing named in the clause before it is
reassurance about them, not a hedge. Each language's table holds the forms beside near misses.

CASES: text -> (tier, feeling statement, question, question about the other, categories that must
be counted); NOT: near misses, text -> categories that must not be counted.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analyzer.nlp.features import build_pipeline
from tests.nlp.pack_cases import counted, frame_of, missing, read, reading

CASES: dict[str, dict[str, tuple]] = {
    "it": {
        # "?!", "!?" and "?!?!" ask as "?" does; "!" alone asks nothing
        "ma sei serio?!": (0, False, True, False, ()),
        "ma sei serio!?": (0, False, True, False, ()),
        "ma sei serio?!?!": (0, False, True, False, ()),
        "ma sei serio?": (0, False, True, False, ()),
        "ma stai bene?!": (0, False, True, True, ()),
        "sono stanca!!!": (1, False, False, False, ()),
        # a leading "ma": questions, reproach, feelings read as without it
        "ma stai bene?": (0, False, True, True, ()),
        "ma perché non mi hai scritto?": (0, False, True, False, ()),
        "ma sono triste": (2, True, False, False, ("soft",)),
        # ... and the families that open a clause (the MA macro of it/patterns.toml)
        "ma ci sta": (1, False, False, False, ("validation",)),
        "ma ti sento": (1, False, False, False, ("validation",)),
        "ma che brutto": (1, False, False, False, ("validation",)),
        "ma sono qui se hai bisogno": (1, False, False, False, ("support",)),
        "ma posso passare se vuoi": (1, False, False, False, ("support",)),
        "ma sono con te": (1, False, False, False, ("support",)),
        "ma hai dimenticato il compleanno di mia mamma": (1, False, False, False, ("complaint",)),
    },
    "es": {
        "¿¡en serio!?": (0, False, True, False, ()),
        "¿en serio?!": (0, False, True, False, ()),
        "¿me lo dices en serio?!": (0, False, True, False, ()),
        "en serio!!!": (0, False, False, False, ()),
        # a leading "pero" (now one of the openers, OPEN, of es/patterns.toml)
        "pero ¿necesitas algo?": (1, False, True, False, ("support",)),
        "pero estoy bien, en serio": (1, False, False, False, ("hedge",)),
        "pero estás bien?": (1, False, True, True, ()),
        "pero estoy triste": (2, True, False, False, ("soft",)),
        "pero es broma?": (1, False, True, False, ()),
        "pero no estoy bien, en serio": (3, True, False, False, ("soft",)),
        # "no es nada (grave)" of a third person or a thing named before: no hedge
        "mi abuela está bien, no es nada grave": (1, False, False, False, ()),
        "mi abuela se cayó, no es nada grave": (1, False, False, False, ()),
        "el coche hizo un ruido, no es nada": (1, False, False, False, ()),
        "mi perro está malito, no es nada serio": (1, False, False, False, ()),
        # ... of the writer, or with nothing named before it: a hedge
        "no es nada, estoy bien": (1, False, False, False, ("hedge",)),
        "tranqui, no es nada": (1, False, False, False, ("hedge",)),
        "estoy bien, no es nada grave": (1, False, False, False, ("hedge",)),
        "mi cabeza me duele, no es nada grave": (2, True, False, False, ("soft", "hedge")),
        "mi amor, no es nada grave": (1, False, False, False, ("affection", "hedge")),
        "la verdad, no es nada grave": (1, False, False, False, ("hedge",)),
        "no es nada grave": (1, False, False, False, ("hedge",)),
        "tuve un accidente pero no es nada grave": (1, False, False, False, ("hedge",)),
    },
    "pt": {
        "mas você está bem?!": (0, False, True, True, ()),
        "você está bem!?": (0, False, True, True, ()),
        "sério?!?!": (0, False, True, False, ()),
        "sério!!!": (0, False, False, False, ()),
        "mas estou triste": (2, True, False, False, ("soft",)),
        "mas por que você não me escreveu?": (0, False, True, False, ()),
        # "mas tudo bem" is a hedge, but not when it asks leave
        "mas tudo bem se eu chegar mais tarde?": (1, False, True, False, ()),
        "mas tudo bem se você não puder": (1, False, False, False, ("hedge",)),
        "mas tudo bem": (1, False, False, False, ("hedge",)),
    },
    "de": {
        "geht es dir gut?!": (1, False, True, True, ()),
        "geht es dir gut!?": (1, False, True, True, ()),
        "echt jetzt?!": (0, False, True, False, ()),
        "aber ich komm vorbei": (1, False, False, False, ("support",)),
        "aber ich komm morgen vorbei": (1, False, False, False, ("support",)),
    },
    "hi": {
        "tum theek ho?!": (0, False, True, True, ()),
        "tum theek ho!?": (0, False, True, True, ()),
        "kya hua yaar?!": (0, False, True, True, ()),
        "main bahut khush hoon!!!": (2, True, False, False, ("joy",)),
        # "lekin" and "magar" (but) are leaders, as "but" is
        "lekin kya khaoge": (0, False, True, True, ()),
        "magar kya khaoge": (0, False, True, True, ()),
    },
}

NOT: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "ma fa male": ("validation",),  # the writer's own pain
        "ma bravo che sei arrivato in ritardo": ("support",),  # irony
        "ma ci credo": ("validation",),
        "ma hai dimenticato le chiavi?": ("complaint",),  # asked
    },
    "es": {
        "pero es broma?": ("hedge",),
        "pero era broma?": ("hedge",),
        "mi abuela está bien, no es nada grave": ("hedge",),
        "mi abuela se cayó, no es nada grave": ("hedge",),
        "el coche hizo un ruido, no es nada": ("hedge",),
        "mi perro está malito, no es nada serio": ("hedge",),
    },
    "pt": {"sério!!!": ("hedge",), "mas tudo bem se eu chegar mais tarde?": ("hedge",)},
    "de": {"aber ich komme nicht vorbei": ("support",)},
    "hi": {"lekin main thak gaya hoon": ("support",)},
}

#: the language each table is read as (Hindi in Latin letters)
LANGUAGES = {"it": "it", "es": "es", "pt": "pt", "de": "de", "hi": "hi-Latn"}

CASE_IDS = [(code, text) for code, table in CASES.items() for text in table]
NEAR_IDS = [(code, text) for code, table in NOT.items() for text in table]


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    out = {}
    for code in CASES:
        extracted = read(list(CASES[code]) + list(NOT[code]))
        assert extracted.language == LANGUAGES[code]
        out[code] = frame_of(extracted)
    return out


@pytest.mark.parametrize(("code", "text"), CASE_IDS, ids=[f"{c}:{t}" for c, t in CASE_IDS])
def test_forms(frames, code, text):
    row = frames[code].iloc[list(CASES[code]).index(text)]
    *expected, cats = CASES[code][text]
    assert reading(row) == tuple(expected)
    assert missing(row, cats) == []


@pytest.mark.parametrize(("code", "text"), NEAR_IDS, ids=[f"{c}:{t}" for c, t in NEAR_IDS])
def test_near_misses(frames, code, text):
    row = frames[code].iloc[len(CASES[code]) + list(NOT[code]).index(text)]
    assert counted(row, NOT[code][text]) == []


#: (pack, text) -> normalised words: the marks merge into one, "?" above "." above ","
WORDS = {
    ("it", "ma sei serio?!"): ("ma", "sei", "serio", "?"),
    ("it", "ma sei serio!?"): ("ma", "sei", "serio", "?"),
    ("it", "ma sei serio?!?!"): ("ma", "sei", "serio", "?"),
    ("it", "ma sei serio!!!"): ("ma", "sei", "serio", "."),
    ("es", "¿¡en serio!?"): ("en", "serio", "?"),
    ("es", "en serio!!! ok"): ("en", "serio", ".", "ok"),
    ("hi", "kya hua yaar!"): ("kya", "hua", "yaar", "."),
    ("hi", "sab theek hai?? !!"): ("sab", "theek", "hai", "?"),
}


@pytest.mark.parametrize(("code", "text"), tuple(WORDS), ids=[f"{c}:{t}" for c, t in WORDS])
def test_marks_are_merged(code, text):
    assert build_pipeline(None, code)(text)._.chat_text.words == WORDS[(code, text)]
