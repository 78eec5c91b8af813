"""The Italian pack on the Italian forms it was written for: pro-drop and clitics ("sono giù",
"mi sento sola", "mi manchi"), chat spellings ("nn", "xké", "cmq", "tvb"), accents typed or not
("perché"/"perche", "è"/"e'"), elision ("l'ansia", "com'è"), questions by intonation, tu/voi/Lei."""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import features, pack
from tests.realtext.evaluate import comment_frame

#: text -> (tier, feeling, question, question_other, categories that must be counted)
CASES = {
    "mi sento sola stasera": (3, True, False, False, ("loneliness",)),
    "sono proprio giù oggi": (3, True, False, False, ("soft",)),
    "ho paura di perderti": (3, True, False, False, ("fear",)),
    "ho tanta paura per domani": (2, True, False, False, ("fear",)),
    "nn ce la faccio più": (3, True, False, False, ("fear",)),
    "tvb": (3, True, False, False, ("affection",)),
    "mi manchi da morire": (3, True, False, False, ("affection",)),
    "sono incazzatissima col mio capo": (2, True, False, False, ("hard",)),
    "ho l'ansia per l'esame": (2, True, False, False, ("fear",)),
    "come stai?": (0, False, True, True, ()),
    "com'è andata la giornata": (0, False, True, True, ()),
    "come state voi?": (0, False, True, True, ()),
    "xké nn mi hai chiamato": (0, False, True, False, ()),
    "sei arrabbiata con me?": (2, False, True, True, ("reassurance",)),
    "sembri stanchissima amore": (1, False, False, False, ("validation",)),
    "deve essere durissima per te": (1, False, False, False, ("validation",)),
    "se hai bisogno ci sono": (1, False, False, False, ("support",)),
    "scusa, ho sbagliato io": (1, False, False, False, ("repair",)),
    "ha ragione Lei, mi scusi": (1, False, False, False, ("repair",)),
    "non mi ascolti mai": (1, False, False, False, ("criticism",)),
    "sei un egoista": (1, False, False, False, ("criticism",)),
    "sei troppo sensibile": (1, False, False, False, ("invalidation",)),
    "non è colpa mia": (1, False, False, False, ("defensiveness",)),
    "lascia perdere": (1, False, False, False, ("hedge",)),
    "mia sorella è tristissima": (2, False, False, False, ("soft",)),
    "come sta Lei oggi?": (0, False, True, True, ()),
    "a che ora arrivi": (0, False, True, False, ()),
    "fa freddo eh": (1, False, False, False, ()),
    "ti voglio bene sai": (3, True, False, False, ("affection",)),
    "hai ragione tu": (1, False, False, False, ("repair",)),
    "mi dispiace per tua nonna": (1, False, False, False, ("support",)),
    "ieri sembravi triste": (1, False, False, False, ()),
    "non sto per niente bene": (3, True, False, False, ()),
    "sei sempre il solito egoista": (1, False, False, False, ("criticism",)),
    "non ti interessa mai niente di quello che dico": (1, False, False, False, ("criticism",)),
    "passerà, non farne un dramma": (1, False, False, False, ("invalidation",)),
    "mi dispiace tanto amore": (1, False, False, False, ("support",)),
    "scusami tanto, ho esagerato": (1, False, False, False, ("repair",)),
    "tranquillo, sto bene": (1, False, False, False, ("hedge",)),
    "chi porta il vino sabato": (0, False, True, False, ()),
    "vi va un aperitivo domani": (0, False, True, False, ()),
    "Lei come si sente oggi?": (0, False, True, True, ()),
}

#: text -> categories that must not be counted (near misses of the families)
NOT = {
    "sei sempre così gentile": ("criticism",),
    "mio fratello non ascolta mai nessuno": ("criticism",),
    "sono qui al bar, arrivo": ("support",),
    "sono stanca": ("support", "validation"),
    "il gatto ha buttato giù il vaso": ("soft",),
    "non mi preoccupa il traffico": ("support",),
    "scusami tanto, ho fatto tardi": ("support",),
    "ho un blocco con la tesi": ("fear",),
}


@pytest.fixture(scope="module")
def frame():
    extracted = features.extract(comment_frame(list(CASES) + list(NOT)))
    assert extracted.language == "it"
    return extracted.frame.reset_index(drop=True)


@pytest.mark.parametrize("text", tuple(CASES))
def test_italian_forms(frame, text):
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


def test_accents_are_folded():
    words = pack.load_pack("it").words
    assert words["fold_letters"]["è"] == "e" and words["fold_letters"]["ù"] == "u"


def test_the_pack_is_written_without_accents():
    folder = pack.LEXICON_DIR / "it"
    for name in ("words.json", "experiencer.json", "function_words.json", "slang.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data.pop("_about", None)
        data.pop("fold_letters", None)
        assert not any(ch in json.dumps(data, ensure_ascii=False) for ch in "àèéìòù"), name
    terms = (folder / "depth.tsv").read_text(encoding="utf-8")
    assert not any(ch in terms for ch in "àèéìòù")
