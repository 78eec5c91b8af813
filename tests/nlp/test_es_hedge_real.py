"""Spanish hedge false alarms found on real text nobody here wrote (BRIGHTER esp train, XED es
tune part; judged in ``tests/realtext/es_hedge_fires.tsv``) and hedge words that hedge nothing in
forms seen there or in the dev parts ("no importa lo que digan", "ya no importa, encontre las
llaves") or beside them (an offer after "no te preocupes"), kept as general forms in
``analyzer/lexicons/es/patterns_hedge_words.toml``, each beside true hedges of the same words.
A message is read after its partner's turn, as the gold sets are, after the Spanish ``dev.txt``
(so the chat is read in Spanish); each case names only the detectors it is about
(:func:`tests.nlp.gold.predictions` keys). The messages are our own, none a gold message.
"""

from __future__ import annotations

from tests.langgold import score
from tests.nlp import gold
from tests.nlp.pack_cases import gold_table_tests

#: (partner's turn or "", message) -> detector -> expected
ES = {
    # "nada" set against another person who does: no hedge (family nothing_but_other)
    ("q te pasa?", "nada, pero tu si"): {"HED": False},
    ("que hiciste el finde?", "nada, pero mi hermana si salio"): {"HED": False},
    ("te molesta el ruido?", "nada, pero a ella si"): {"HED": False},
    # ... "nada" alone or before one's own reasons stays a hedge
    ("q te pasa?", "nada"): {"HED": True},
    ("q te pasa?", "nada, pero gracias"): {"HED": True},
    ("q te pasa?", "nada, cosas mias, tu tranqui"): {"HED": True},
    # "ya fue" after a bad word about a thing or a person writes it off: no hedge (written_off)
    ("", "otra peli estupida y sin gracia. ya fue"): {"HED": False},
    ("", "que serie tan mala, ya fue"): {"HED": False},
    ("", "el concierto fue una porqueria jaja ya fue"): {"HED": False},
    # ... with the writer in it, or after a hedge, it stays one
    ("", "me dolio bastante, ya fue"): {"HED": True},
    ("", "bueno, no importa, ya fue"): {"HED": True},
    ("estas enojada?", "un poco, ya fue"): {"HED": True},
    # "no importa" / "da igual" opening a "no matter what" clause: no hedge (no_matter_what)
    ("", "pero no importa lo que digan, yo te quiero"): {"HED": False},
    ("", "ya da igual quien gane"): {"HED": False},
    ("", "bueno da igual si llueve, hay techo"): {"HED": False},
    ("", "pero da igual el color, elige tu"): {"HED": False},
    # ... alone, or a request taken back with "si no", it stays a hedge
    ("", "bueno da igual"): {"HED": True},
    ("", "pero no importa si no vienes, lo entiendo"): {"HED": True},
    # "never mind" when the trouble is gone: no hedge (trouble_gone)
    ("", "no importa, encontre el cargador"): {"HED": False},
    ("", "da igual, ya lo arregle"): {"HED": False},
    ("", "ya no importa, ya llego el paquete"): {"HED": False},
    ("", "olvidalo, ya lo encontre"): {"HED": False},
    ("q paso?", "nada, ya aparecio"): {"HED": False},
    ("q paso?", "nada, olvidalo, no es importante"): {"HED": True},
    # ... before one's own feeling passing or a write-off it stays a hedge
    ("", "da igual, ya se me pasara"): {"HED": True},
    ("", "no importa, ya fue"): {"HED": True},
    ("", "no importa, tengo que irme"): {"HED": True},
    # an offer after "no te preocupes" / "dejalo": support, no hedge (offer_after_dont_worry)
    ("", "no te preocupes, yo lo llevo"): {"HED": False, "SUP": True},
    ("no llego a hacer la cena", "tranqui, yo me encargo de la cena"): {"HED": False, "SUP": True},
    ("", "dejalo, yo lo friego"): {"HED": False},
    ("", "no te preocupes por el coche, ya lo llevo yo al taller"): {"HED": False, "SUP": True},
    # ... about oneself it stays a hedge
    ("", "no te preocupes, yo estoy bien"): {"HED": True},
    ("", "no te preocupes por mi, yo me apaño"): {"HED": True},
    ("", "no te preocupes por mi, ya estoy bien"): {"HED": True},
    # "lo de siempre" as the thing ordered, eaten or bought: no hedge (the_usual_thing)
    ("", "pedimos lo de siempre"): {"HED": False},
    ("", "esta noche cenamos lo de siempre, pizza"): {"HED": False},
    # ... said of oneself it stays a hedge
    ("que tal todo?", "bien, lo de siempre"): {"HED": True},
    ("", "ando con lo de siempre"): {"HED": True},
}

TABLES = {"es": ES}
predicted, test_real_hedge_form = gold_table_tests(TABLES)


def test_no_case_is_a_dev_message():
    dev = {it.text for path in score.dev_parts("es") for it in gold.load_gold(path)}
    assert not dev & {text for _ctx, text in ES}
