"""The French pack's own forms: accents folded, elision and clitics made words, questions by
intonation, "est-ce que" and inversion, whose feeling with object clitics, negation without "ne".

Exact outputs on sentences written for this test (not from the French gold set)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analyzer.nlp import features, lexicon, normalise, pack
from analyzer.schema import normalize_messages


def _words(text: str) -> str:
    norm = normalise.normaliser(pack.load_pack("fr"))
    doc = lexicon.blank("fr").make_doc(text)
    return " ".join(normalise.normalise_doc(doc, text, norm).words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("J'suis crevée", "je suis crevee"),
        ("chui vénère", "je suis venere"),
        ("jsp pk", "je sais pas pourquoi"),
        ("t'es où", "tu es ou"),
        ("je t'aime", "je te aime"),
        ("ça t'a plu ?", "ca te a plu ?"),
        ("tu t'inquiètes pour rien", "tu te inquietes pour rien"),
        ("veux-tu venir", "veux tu venir"),
        ("qu'est-ce que tu fais", "que est ce que tu fais"),
        ("tkt", "tu inquiete pas"),
        ("STRESSÉE", "stressee"),
        ("j'ai le cœur lourd", "je ai le coeur lourd"),
    ],
)
def test_normalised_words(text, words):
    assert _words(text) == words


def test_accents_and_feminine_plural_forms_share_a_stem():
    stem = normalise.normaliser(pack.load_pack("fr")).stem
    assert {stem(w) for w in ("stressees", "stressee", "stresse", "stresser")} == {"stress"}
    assert stem("heureuse") == stem("heureux") == "heureux"
    assert stem("nulle") == stem("nul") == "nul"


def _frame(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    ts = pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(n) * 60, unit="s")
    authors = np.where(np.arange(n) % 2 == 0, "Ana", "Ben")
    msgs = normalize_messages(pd.DataFrame({"timestamp": ts, "author": authors, "text": texts}))
    ann = msgs.assign(session_id=np.arange(n, dtype="int64"), turn_id=np.arange(n, dtype="int64"))
    out = features.extract(ann)
    assert out.languages == {"fr": n}
    return out.frame


ROWS = {
    # text: (tier, feeling, question, question about the other, support or validation)
    "tu me manques tellement": (3, True, False, False, False),
    "ça me saoule grave ce bruit": (2, True, False, False, False),
    "ce que tu as dit hier m'a blessée": (3, True, False, False, False),
    "je vais pas bien du tout": (3, True, False, False, False),
    "ma soeur est super triste depuis lundi": (2, False, False, False, False),
    "t'as l'air épuisée ce soir": (1, False, False, False, True),
    "tu avais l'air triste ce midi": (1, False, False, False, False),
    "tu es triste ?": (1, False, True, True, False),
    "est-ce que tu peux passer prendre le pain": (0, False, True, False, False),
    "as-tu bien dormi": (1, False, True, True, False),
    "vous êtes où": (0, False, True, False, False),
    "je suis là pour toi, vraiment": (1, False, False, False, True),
    # read at the English lexicon's tiers: wishes are formulas, a need of a hug is tier 3 and
    # "come here" support, boredom tier 1, giving up a task no abandonment
    "joyeux anniversaire Yanis!! 🎂": (1, False, False, False, False),
    "longue journée. besoin d'un câlin": (3, True, False, False, False),
    "viens là alors, je fais du thé": (1, False, False, False, True),
    "je m'ennuie tellement au taf": (1, False, False, False, False),
    "j'ai essayé de faire un créneau et j'ai abandonné": (1, False, False, False, False),
    "il m'a abandonnée du jour au lendemain": (3, True, False, False, False),
    # a reflection never runs across the writer's own words: the hurt is the writer's
    "je sais que c'est bête mais ça me blesse vraiment": (2, True, False, False, False),
    # a feeling inside an apology stays the writer's tier ("sorry I was grumpy")
    "désolée d'avoir été de mauvaise humeur ce matin": (2, False, False, False, False),
    # availability is logistics, not a question about the other; "lequel" and "quel genre de"
    # ask without a verb
    "tu m'appelles quand t'es dispo ?": (0, False, True, False, False),
    "pareil! t'as pris lequel": (0, False, True, False, False),
    "quel genre de bruit ça fait": (0, False, True, False, False),
}


def test_it_is_fine_said_as_a_statement_is_a_hedge():
    """A hedge: "tout va bien" said of oneself as English says "it's fine", each time; never the
    question "tout va bien ?"."""
    texts = ["tout va bien tout va bien tout va bien", "ça va, tout va bien", "tout va bien ?",
             "tout va bien de ton côté ?"]  # fmt: skip
    f = _frame(texts)
    assert f["cat_hedge"].astype(int).tolist() == [3, 1, 0, 0]


def test_french_messages_read_as_a_french_speaker_reads_them():
    f = _frame(list(ROWS))
    got = {
        t: (
            int(f["tier"][k]),
            bool(f["feeling"][k]),
            bool(f["question"][k]),
            bool(f["question_other"][k]),
            bool(f["cat_support"][k] + f["cat_validation"][k] > 0),
        )
        for k, t in enumerate(ROWS)
    }
    assert got == ROWS


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("j'ai pas peur", True),
        ("j'ai plus peur du tout", True),  # "plus" without "ne": no longer
        ("je suis encore plus stressée qu'hier", False),  # "encore plus": more
        ("de plus en plus stressée", False),
        ("non je suis triste", False),  # "non" is an interjection, no negator
    ],
)
def test_negation_without_ne(text, negated):
    lex = lexicon.load_lexicon("fr")
    norm = normalise.normaliser(pack.load_pack("fr"))
    doc = lexicon.blank("fr").make_doc(text)
    found = lexicon.match_lexicon(normalise.normalise_doc(doc, text, norm), text, lex)
    feeling = [m for m in found.matches if m.entry.tier >= 2]
    assert len(feeling) == 1 and feeling[0].negated == negated


RESPONSES = {
    "tu fais jamais la vaisselle": {"criticism"},
    "tu me prends pour une idiote": {"criticism"},
    "arrête de faire ta victime": {"invalidation"},
    "tu en fais pas une montagne quand même": {"invalidation"},
    "moi au moins je fais des efforts": {"defensiveness"},
    "c'est pas ce que je voulais dire": {"repair"},
    "ça doit pas être facile pour toi": {"validation"},
    "tu vas tout déchirer demain": {"validation"},
    "bref oublie": {"hedge"},
    "prends bien soin de toi": {"support"},
}


def test_responses_to_the_reader():
    f = _frame(list(RESPONSES))
    cats = (
        "support", "validation", "criticism", "invalidation", "defensiveness", "repair", "hedge",
    )  # fmt: skip
    got = {t: {c for c in cats if f[f"cat_{c}"][k] > 0} for k, t in enumerate(RESPONSES)}
    assert got == RESPONSES


# Open forms of comfort, feelings, questions without "?" and blame, each next to a near miss
# that shares its words and must not fire: (support or validation, feeling, question about the
# other, criticism).
OPEN_FORMS = {
    "oh non c'est trop injuste comme décision": (True, False, False, False),
    "c'est dur de trouver un appart en ce moment": (False, False, False, False),
    "ça fait vraiment beaucoup à gérer": (True, False, False, False),
    "ça fait beaucoup de monde ce soir": (False, False, False, False),
    "je t'entends, vraiment": (True, False, False, False),
    "t'excuse pas pour ça": (True, False, False, False),
    "merci de m'en parler": (True, False, False, False),
    "franchement c'est pas débile du tout": (True, False, False, False),
    "t'es pas nul, t'es juste fatigué": (True, False, False, False),
    "je suis toujours là hein": (True, False, False, False),
    "je suis là dans dix minutes": (False, False, False, False),
    "je peux venir ce soir si tu veux": (True, False, False, False),
    "tu veux que je t'apporte à manger ?": (True, False, False, False),
    "tu veux que je dise quoi": (False, False, False, False),
    # glad to be told validates the telling, as English "glad you told me" and German "bin froh
    # dass dus mir erzählst" read it: support, not the writer's feeling
    "je suis trop contente que tu m'en parles": (True, False, False, False),
    "trop contente que tu sois venue": (False, True, False, False),
    "j'appréhende grave l'oral de demain": (False, True, False, False),
    "je me sens complètement submergée": (False, True, False, False),
    "j'ai vraiment du mal en ce moment": (False, True, False, False),
    "je m'en veux tellement": (False, True, False, False),
    "mes potes me manquent": (False, True, False, False),
    "j'ai l'impression d'être nulle au boulot": (False, True, False, False),
    # a breakup is a feeling word, as English reads "break up"; someone else's is not the writer's
    # feeling, and "largué" alone is being lost, not left
    "je crois que je dois rompre avec lui": (False, True, False, False),
    "il m'a larguée hier soir": (False, True, False, False),
    "ma soeur a rompu avec son copain": (False, False, False, False),
    "je suis largué en maths": (False, False, False, False),
    "tu bois quoi ce soir": (False, False, True, False),
    "ta journée ça a été": (False, False, True, False),
    "vous en pensez quoi": (False, False, True, False),
    "ça te dérange pas si je passe": (False, False, True, False),
    "tu dis toujours que t'as pas le temps": (False, False, False, True),
    "tu dis toujours des trucs drôles": (False, False, False, False),
    "t'as toujours une bonne excuse": (False, False, False, True),
    "tu vas jamais changer": (False, False, False, True),
    "tu vas jamais croire ce qui m'est arrivé": (False, False, False, False),
    "t'avais dit que tu rangerais": (False, False, False, True),
    "t'as même pas appelé": (False, False, False, True),
    "t'as même pas besoin de venir": (False, False, False, False),
    "t'as encore oublié": (False, False, False, True),
    "qu'est-ce qui va pas chez toi": (False, False, False, True),
    "tu m'écoutes jamais quand je parle": (False, False, False, True),
}


def test_open_forms_and_their_near_misses():
    f = _frame(list(OPEN_FORMS))
    got = {
        t: (
            bool(f["cat_support"][k] + f["cat_validation"][k] > 0),
            bool(f["feeling"][k]),
            bool(f["question_other"][k]),
            bool(f["cat_criticism"][k] + f["cat_complaint"][k] > 0),
        )
        for k, t in enumerate(OPEN_FORMS)
    }
    assert {t: g for t, g in got.items() if g != OPEN_FORMS[t]} == {}


# Follow-up questions (a question picking up what the partner just said): forms written after the
# development gold's misses, each after a partner's turn; the near misses ask something else after
# the same kind of turn ("et tu viens ce soir ?" changes the subject, "et il fait beau ?" too).
FOLLOWUPS = {
    ("j'ai démissionné ce matin", "c'est vrai ?"): True,
    ("mon chef m'a encore engueulé", "il a dit quoi exactement"): True,
    ("j'ai vu Marc au ciné", "et il t'a reconnue ?"): True,
    ("j'ai vu Marc au ciné", "c'était bien ?"): True,
    ("j'ai passé l'entretien aujourd'hui", "tu l'as senti comment ?"): True,
    ("j'ai passé l'entretien aujourd'hui", "ils t'ont posé quelles questions ?"): True,
    ("j'ai passé l'entretien aujourd'hui", "et tu penses que ça a marché ?"): True,
    ("ma mère est à l'hôpital", "c'est grave ?"): True,
    ("j'ai fini mes courses", "et tu viens ce soir ?"): False,
    ("j'ai fini mes courses", "et il fait beau chez toi ?"): False,
    ("j'ai fini mes courses", "tu le veux ce pull ou pas ?"): False,
    ("j'ai fini mes courses", "il te reste des tickets de métro ?"): False,
    ("j'ai fini mes courses", "c'est quand l'anniv de Léa déjà ?"): False,
}


def test_follow_up_questions_and_their_near_misses():
    from tests.nlp import gold

    items = [gold.GoldItem(1, frozenset(), prev, text) for prev, text in FOLLOWUPS]
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    assert extracted.language == "fr"
    rows = extracted.frame.iloc[positions]
    got = dict(zip(FOLLOWUPS, rows["followup"].astype(bool), strict=True))
    assert {k: v for k, v in got.items() if v != FOLLOWUPS[k]} == {}
    assert rows["question"].astype(bool).all()
