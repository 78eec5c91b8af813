"""Each language's pack on the development part of its chat-register gold set
(``tests/langgold/<code>/dev.txt``): every detector of :func:`tests.nlp.gold.predictions` is
scored and held to the English gold set's floors (precision 0.90, recall 0.80), and the exact
counts pin what the pack reaches, so any change to a word list shows here. The frozen parts are
never scored by a test: ``python -m tests.frozen score gold-<code> --note WHAT`` scores each once
per version of the detectors. (Spanish keeps its own file, ``es/test_es_gold.py``.)

The Italian pack was also partly tuned on the Italian sample chats' pools
(``sample_chats/pools_it.py``, read with ``python -m tests.realtext.pools_check it``): open forms
of support and validation, feeling statements, follow-up questions. Each change was kept only if
the Italian counts below stayed as they were (they did: the same true and false positives before
and after), so the pools are not part of what these figures measure.
"""

from __future__ import annotations

import pytest

from tests import frozen
from tests.langgold import score
from tests.nlp import gold

#: language -> detector -> (gold positives, true positives, false positives, false negatives)
EXPECTED: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "pt": {
        "F": (39, 39, 0, 0),
        "T>=2": (42, 42, 0, 0),
        "T3": (18, 18, 0, 0),
        "Q": (55, 55, 3, 0),
        # 31 since a question may leave "voce" out before "ta" ("ta cansada?") and asks after
        # what a third person said or has ("ele falou o q pode ser?", "foi por causa do q?")
        "QO": (32, 31, 0, 1),
        "FU": (21, 20, 0, 1),
        "SUP": (18, 18, 0, 0),
        "INV": (8, 8, 0, 0),
        "CRI": (18, 18, 0, 0),
        "DEF": (22, 21, 0, 1),
        "REP": (19, 19, 0, 0),
        "MIN": (27, 27, 0, 0),
        "HED": (18, 17, 0, 1),
    },
    "de": {
        "F": (44, 44, 0, 0),
        "T>=2": (46, 46, 1, 0),
        "T3": (19, 19, 0, 0),
        "Q": (69, 69, 3, 0),
        "QO": (37, 36, 1, 1),
        "FU": (26, 21, 0, 5),
        "SUP": (27, 27, 1, 0),
        "INV": (16, 16, 0, 0),
        "CRI": (21, 21, 0, 0),
        "DEF": (21, 21, 0, 0),
        "REP": (25, 25, 1, 0),
        "MIN": (22, 22, 0, 0),
        "HED": (29, 28, 1, 1),
    },
    "fr": {
        "F": (37, 37, 1, 0),
        "T>=2": (38, 38, 2, 0),
        "T3": (16, 16, 0, 0),
        "Q": (53, 50, 1, 3),
        "QO": (26, 26, 1, 0),
        # 20 since questions about what the reader did or was at the event they tell of
        # follow it up ("t'as pris un parapluie ?", "t'étais près de la scène ?")
        "FU": (20, 20, 1, 0),
        "SUP": (26, 26, 0, 0),
        "INV": (29, 29, 0, 0),
        "CRI": (23, 23, 0, 0),
        "DEF": (20, 20, 0, 0),
        "REP": (31, 31, 1, 0),
        "MIN": (33, 33, 0, 0),
        "HED": (17, 17, 0, 0),
    },
    "it": {
        "F": (40, 40, 2, 0),
        "T>=2": (44, 44, 3, 0),
        "T3": (20, 20, 0, 0),
        # 1 (was 2) and 0 (was 1) since "perché" before the writer's own verb answers ("perche ero
        # stanca, tutto qui")
        "Q": (54, 54, 1, 0),
        "QO": (21, 21, 1, 0),
        "FU": (22, 22, 0, 0),
        "SUP": (22, 22, 0, 0),
        # 17 since the language guess weighs shared words: "l'ansia te la crei da sola" was
        # taken for Spanish ("te", "la") in the Italian chat and is now read by the Italian pack
        "INV": (19, 17, 0, 2),
        "CRI": (27, 27, 0, 0),
        "DEF": (19, 18, 0, 1),
        "REP": (16, 16, 0, 0),
        "MIN": (31, 31, 0, 0),
        "HED": (25, 25, 1, 0),
    },
    "hi": {
        # F 28 -> 29: a feeling with no subject before its verb is the writer's ("exam ki wajah
        # se bht tension ho rhi h"), feeling_subjects_after in hi/words.json
        "F": (31, 29, 0, 2),
        # the Hindi emotion model raises "yahan toh bahut baarish ho rhi h" (it rains a lot
        # here): on BRIGHTER's formal Hindi, "bahut" (very) mostly comes with a feeling
        "T>=2": (33, 31, 1, 2),
        "T3": (15, 15, 0, 0),
        # no false positive since a counter-question of a quarrel asks nothing, even with a
        # question word and a "?" ("aur tu kya h?", "itni chhoti si baat pe ...?": rhetorical in
        # hi/words.json, the second written after reading this miss)
        "Q": (39, 38, 0, 1),
        # 23 since Hindi asks about the reader at the end of the question too ("interview kaisa
        # gaya?", "naraz ho?") and leaves "tum" out ("kuch soch rha tha kya?")
        "QO": (24, 23, 0, 1),
        "FU": (19, 18, 0, 1),
        "SUP": (22, 22, 1, 0),
        "INV": (25, 24, 0, 1),
        "CRI": (18, 18, 1, 0),
        "DEF": (16, 15, 0, 1),
        "REP": (23, 23, 0, 0),
        "MIN": (24, 24, 0, 0),
        "HED": (17, 17, 1, 0),
    },
}
CASES = [(code, key) for code, counts in EXPECTED.items() for key in counts]


@pytest.mark.parametrize("code", tuple(EXPECTED))
def test_every_detector_is_scored(code):
    assert tuple(score.dev_scores(code)) == tuple(gold.NAMES) == tuple(EXPECTED[code])


@pytest.mark.parametrize(("code", "key"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_exact_counts(code, key):
    s = score.dev_scores(code)[key]
    assert (s.support, s.tp, s.fp, s.fn) == EXPECTED[code][key]


@pytest.mark.parametrize(("code", "key"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_english_floors(code, key):
    s = score.dev_scores(code)[key]
    assert s.precision >= gold.PRECISION_MIN, s
    assert s.recall >= gold.RECALL_MIN, s


@pytest.mark.parametrize("code", (*EXPECTED, "es"))
def test_frozen_part_is_registered_and_not_scored_here(code):
    what, scorer = frozen.PARTS[f"gold-{code}"]
    assert f"tests/langgold/{code}/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
