"""The Spanish pack (analyzer/lexicons/es/) read message by message: chat spellings, pro-drop
and clitics, questions without inversion, the second person (tu, vos, usted, ustedes,
vosotros), minimal replies and laughter, and whose feeling it is ("pareces triste" names the
reader's sadness back: support, never the writer's disclosure)."""

from __future__ import annotations

import pytest

from tests.realtext.evaluate import features_of

# text -> (tier, feeling statement, support, reflection, question, about the other, minimal,
#          the categories found besides support/validation)
CASES = {
    # the writer's feelings, pro-drop and clitics, accents or none
    "me siento muy sola": (3, True, False, False, False, False, False, {"loneliness"}),
    "Me siento FATAL": (2, True, False, False, False, False, False, {"soft"}),
    "toy triste": (2, True, False, False, False, False, False, {"soft"}),
    "tengo miedo": (2, True, False, False, False, False, False, {"fear"}),
    "me da miedo perderte": (3, True, False, False, False, False, False, {"fear"}),
    "te echo de menos": (3, True, False, False, False, False, False, {"affection"}),
    "te extraño muchísimo": (3, True, False, False, False, False, False, {"affection"}),
    # the reader's feeling named back: a reflection, not the writer's tier
    "pareces triste": (1, False, True, True, False, False, False, set()),
    "se te ve agotada": (1, False, True, True, False, False, False, set()),
    "se nota q estás agobiado": (1, False, True, True, False, False, False, set()),
    "debe ser durísimo para ti": (1, False, True, True, False, False, False, set()),
    "entiendo perfectamente q estés enfadada": (1, False, True, True, False, False, False, set()),
    "me imagino lo difícil que es": (1, False, True, True, False, False, False, set()),
    "es normal sentirse así": (1, False, True, False, False, False, False, set()),
    "a cualquiera le pasaría": (1, False, True, False, False, False, False, set()),
    # asked or in a condition: the reader's, and no reflection
    "¿estás enojado conmigo?": (1, False, False, False, True, True, False, {"reassurance"}),
    "estas triste?": (1, False, False, False, True, True, False, set()),
    "si estás preocupada llámame": (1, False, False, False, False, False, False, set()),
    # a third party's feeling: a disclosure about one's life, not a statement of the writer's
    "mi hermana está muy preocupada": (2, False, False, False, False, False, False, {"fear"}),
    "mi madre me llamó llorando anoche": (3, False, False, False, False, False, False, {"soft"}),
    "mi jefe está enfadado conmigo": (2, False, False, False, False, False, False, {"hard"}),
    # the writer's own reaction stays theirs beside the support
    "estoy muy orgullosa de ti": (2, True, True, False, False, False, False, set()),
    # support, offers, wishes
    "lo hiciste genial": (1, False, True, False, False, False, False, set()),
    "cuídate mucho": (1, False, True, False, False, False, False, set()),
    "mucho ánimo!!": (1, False, True, False, False, False, False, set()),
    "¿quieres que vaya?": (1, False, True, False, True, False, False, set()),
    "¿necesitas algo?": (1, False, True, False, True, False, False, set()),
    "aquí estoy para lo que necesites": (1, False, True, False, False, False, False, set()),
    "cuenta conmigo": (1, False, True, False, False, False, False, set()),
    "necesito un abrazo": (2, True, False, False, False, False, False, {"soft"}),
    # conflict and repair
    "tú nunca me escuchas": (1, False, False, False, False, False, False, {"criticism"}),
    "siempre haces lo mismo": (1, False, False, False, False, False, False, {"criticism"}),
    "no es mi culpa": (1, False, False, False, False, False, False, {"defensiveness"}),
    "estás exagerando": (1, False, False, False, False, False, False, {"invalidation"}),
    "relájate": (1, False, False, False, False, False, False, {"invalidation"}),
    "perdón, me pasé": (1, False, False, False, False, False, False, {"repair"}),
    "nada, olvídalo": (1, False, False, False, False, False, False, {"hedge"}),
    # minimal replies and laughter
    "jajaja": (0, False, False, False, False, False, True, set()),
    "jsjsjs": (0, False, False, False, False, False, True, set()),
    "xd": (0, False, False, False, False, False, True, set()),
    "vale": (0, False, False, False, False, False, True, set()),
    "dale": (0, False, False, False, False, False, True, set()),
    "sip": (0, False, False, False, False, False, True, set()),
    "grax": (1, False, False, False, False, False, True, {"gratitude"}),
    # questions, with or without marks, to tu / vos / usted / ustedes / vosotros
    "¿qué tal?": (0, False, False, False, True, True, False, set()),
    "¿y tú?": (0, False, False, False, True, True, False, set()),
    "q tal el finde?": (0, False, False, False, True, True, False, set()),
    "como estas": (0, False, False, False, True, True, False, set()),
    "vos como andas?": (0, False, False, False, True, True, False, set()),
    "usted como se encuentra?": (0, False, False, False, True, True, False, set()),
    "¿Cómo están ustedes?": (0, False, False, False, True, True, False, set()),
    "¿y vosotros qué tal?": (0, False, False, False, True, True, False, set()),
    "donde estas": (0, False, False, False, True, False, False, set()),
    "q calor hace hoy, no?": (1, False, False, False, False, False, False, set()),
}
ACTS = {"support", "validation"}


@pytest.fixture(scope="module")
def frame():
    feats = features_of(list(CASES)).reset_index(drop=True)
    return feats


def test_the_messages_are_read_as_spanish():
    from analyzer.nlp import features
    from tests.realtext.evaluate import comment_frame

    assert features.extract(comment_frame(list(CASES))).language == "es"


@pytest.mark.parametrize("i", range(len(CASES)), ids=list(CASES))
def test_spanish_message(frame, i):
    text = list(CASES)[i]
    row = frame.iloc[i]
    cats = {c[4:] for c in frame.columns if c.startswith("cat_") and row[c] > 0} - ACTS
    got = (
        int(row["tier"]),
        bool(row["feeling"]),
        bool(row["cat_support"] + row["cat_validation"] > 0),
        bool(row["reflection"]),
        bool(row["question"]),
        bool(row["question_other"]),
        bool(row["minimal"]),
        cats,
    )
    assert got == CASES[text]


#: text -> the message counts a hedge (minimising or taking back one's own feeling); the second
#: half are near misses: "da igual" or "no es nada" said of a thing, a joke asked about, a
#: reassurance to the reader, an hour that went by
HEDGES = {
    "da igual, olvídalo": True,
    "nada, déjalo": True,
    "es una tontería, no me hagas caso": True,
    "ignórame": True,
    "bueno nada": True,
    "era broma jaja": True,
    "no importa ya": True,
    "ya se me pasará": True,
    "ya está, se me pasó": True,
    "cosas mías": True,
    "tonterías mías": True,
    "no es nada": True,
    "tranqui, no es nada grave": True,
    "bah, da igual": True,
    "estoy triste pero bueno, da igual": True,
    "me dolió un poco pero no pasa nada": True,
    "nah, es una tontería mía": True,
    "olvida lo que dije": True,
    "no me hagas caso, estoy cansada": True,
    "nada nada, cosas mías": True,
    "déjalo estar": True,
    "estoy bien en serio": True,
    # "en serio" after a comma or a full stop still takes the state back
    "estoy bien, en serio": True,
    "todo bien, de verdad": True,
    "estoy bien. todo bien. en serio": True,
    "es broma": True,
    "da igual el color, elige tú": False,
    "da igual lo que diga mi jefe": False,
    "no es nada fácil": False,
    "no es nada barato ese sitio": False,
    "era broma lo del viernes?": False,
    "me da igual la peli q veamos": False,
    "no importa la hora, ven cuando puedas": False,
    "se me pasó la hora": False,
    "olvidé las llaves en casa": False,
    "nada que ver con lo otro": False,
    "no pasa nada si llegas tarde": False,
    "la verdad es que no importa lo que piensen": False,
    "no es una tontería lo que sientes": False,
    # a joke asked about alone, a feeling that is not fine, a "fine" asked back
    "es broma?": False,
    "era broma?": False,
    "¿es una broma?": False,
    "no estoy bien, en serio": False,
    "estoy bien, en serio?": False,
    "está bien, en serio, vete": False,
}


@pytest.fixture(scope="module")
def hedge_frame():
    from tests.nlp.pack_cases import frame_of, read

    extracted = read(list(HEDGES))
    assert extracted.language == "es"
    return frame_of(extracted)


@pytest.mark.parametrize("text", tuple(HEDGES))
def test_spanish_hedge(hedge_frame, text):
    row = hedge_frame.iloc[list(HEDGES).index(text)]
    assert bool(row["cat_hedge"] > 0) == HEDGES[text]


def test_the_spanish_notes_state_the_sizes():
    """The sizes in the Spanish pack's notes (analyzer/lexicons/es/README.md) are its files' own."""
    import json
    import re
    from pathlib import Path

    from analyzer.nlp.pack import load_pack

    folder = Path(__file__).resolve().parents[2] / "analyzer" / "lexicons"
    readme = (folder / "es" / "README.md").read_text(encoding="utf-8")
    pack = load_pack("es")
    rows = pack.depth_rows
    phrases = sum(1 for term, *_ in rows if " " in term.strip("^$"))
    slang = [k for k in json.loads((folder / "es" / "slang.json").read_text()) if k[0] != "_"]
    fw = json.loads((folder / "es" / "function_words.json").read_text(encoding="utf-8"))
    n_fw = sum(len(v) for k, v in fw.items() if not k.startswith("_"))
    toml = "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((folder / "es").glob("patterns*.toml"))
    )
    families = len(re.findall(r"^\[\[family\]\]", toml, re.M))
    assert f"| `es/depth.tsv` | {len(rows):,} entries, {phrases} of them phrases" in readme
    assert f"| `es/slang.json` | {len(slang)} chat spellings" in readme
    assert f"| `es/function_words.json` | {n_fw} words" in readme
    assert f"| `es/patterns.toml` | {families} families" in readme
