"""Each language's pack on the development part of its chat-register gold set
(``tests/langgold/<code>/dev.txt``): every detector of :func:`tests.nlp.gold.predictions` is
scored and held to the English gold set's floors (precision 0.90, recall 0.80), and the exact
counts pin what the pack reaches, so any change to a word list shows here. The frozen parts are
never scored by a test: ``python -m tests.frozen score gold-<code> --note WHAT`` scores each once
per version of the detectors. (Spanish keeps its own file, ``es/test_es_gold.py``.)

French, Italian and Hindi also have a second development part (``dev2.txt``), written after their
packs as new material and committed with its labels before any detector was run on it or
changed for it: ``EXPECTED2`` pins its counts (as they stand after the changes it led to; the
first scores, before them, are in each file's history). Its floors are the issue's targets for
the frozen parts (precision 0.85, recall 0.75) for every detector with at least 10 positives,
except the weak ones of ``WEAK2``, held to what they reach.

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

#: language -> detector -> counts on the second development part (``dev2.txt``)
EXPECTED2: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "fr": {
        "F": (24, 23, 0, 1),  # P 1.00 R 0.96
        "T>=2": (25, 24, 0, 1),  # P 1.00 R 0.96
        "T3": (8, 5, 2, 3),  # P 0.71 R 0.62
        "Q": (37, 36, 0, 1),  # P 1.00 R 0.97
        "QO": (23, 22, 0, 1),  # P 1.00 R 0.96
        "FU": (17, 17, 0, 0),  # P 1.00 R 1.00
        "SUP": (13, 12, 0, 1),  # P 1.00 R 0.92
        "INV": (10, 8, 0, 2),  # P 1.00 R 0.80
        "CRI": (10, 10, 0, 0),  # P 1.00 R 1.00
        "DEF": (10, 8, 0, 2),  # P 1.00 R 0.80
        "REP": (10, 10, 0, 0),  # P 1.00 R 1.00
        "MIN": (10, 10, 0, 0),  # P 1.00 R 1.00
        "HED": (10, 10, 1, 0),  # P 0.91 R 1.00
    },
    "it": {
        "F": (25, 22, 0, 3),  # P 1.00 R 0.88
        "T>=2": (26, 24, 0, 2),  # P 1.00 R 0.92
        "T3": (9, 7, 3, 2),  # P 0.70 R 0.78
        "Q": (38, 37, 2, 1),  # P 0.95 R 0.97
        "QO": (23, 22, 0, 1),  # P 1.00 R 0.96
        "FU": (17, 17, 0, 0),  # P 1.00 R 1.00
        "SUP": (13, 12, 0, 1),  # P 1.00 R 0.92
        "INV": (10, 8, 0, 2),  # P 1.00 R 0.80
        "CRI": (11, 11, 0, 0),  # P 1.00 R 1.00
        "DEF": (10, 9, 0, 1),  # P 1.00 R 0.90
        "REP": (10, 10, 0, 0),  # P 1.00 R 1.00
        "MIN": (10, 10, 0, 0),  # P 1.00 R 1.00
        "HED": (10, 10, 0, 0),  # P 1.00 R 1.00
    },
    "hi": {
        "F": (27, 23, 1, 4),  # P 0.96 R 0.85
        "T>=2": (29, 26, 2, 3),  # P 0.93 R 0.90
        "T3": (11, 9, 0, 2),  # P 1.00 R 0.82
        "Q": (41, 41, 0, 0),  # P 1.00 R 1.00
        "QO": (27, 27, 0, 0),  # P 1.00 R 1.00
        "FU": (18, 18, 0, 0),  # P 1.00 R 1.00
        "SUP": (13, 13, 0, 0),  # P 1.00 R 1.00
        "INV": (10, 8, 0, 2),  # P 1.00 R 0.80
        "CRI": (10, 9, 0, 1),  # P 1.00 R 0.90
        "DEF": (10, 8, 0, 2),  # P 1.00 R 0.80
        "REP": (10, 10, 0, 0),  # P 1.00 R 1.00
        "MIN": (12, 12, 0, 0),  # P 1.00 R 1.00
        "HED": (10, 9, 1, 1),  # P 0.90 R 0.90
    },
}
CASES2 = [(code, key) for code, counts in EXPECTED2.items() for key in counts]
#: the floors on dev2 (the issue's targets for the frozen parts) and the minimum positives
FLOOR2 = (0.85, 0.75)
MIN_POSITIVES2 = 10
#: detectors of dev2 below FLOOR2, with the floor each reaches (precision, recall)
WEAK2: dict[tuple[str, str], tuple[float, float]] = {}


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


def test_development_parts():
    assert score.DEV_PARTS == ("dev", "dev2")
    for code in EXPECTED:
        second = [score.dev_file(code, "dev2")] if code in EXPECTED2 else []
        assert score.dev_parts(code) == [score.dev_file(code), *second]
    with pytest.raises(ValueError):
        score.dev_file("fr", "frozen")


def test_the_scorer_prints_a_part_and_refuses_any_other(capsys):
    assert score.main(["it", "--part", "dev2"]) == 0
    assert "Italian gold, development part dev2: 143 messages" in capsys.readouterr().out
    assert score.main(["it", "--part", "frozen"]) == 2
    assert score.main(["it", "--part"]) == 2


@pytest.mark.parametrize("code", tuple(EXPECTED2))
def test_every_detector_is_scored_on_dev2(code):
    assert tuple(score.dev_scores(code, "dev2")) == tuple(gold.NAMES) == tuple(EXPECTED2[code])


@pytest.mark.parametrize(("code", "key"), CASES2, ids=[f"{c}-{k}" for c, k in CASES2])
def test_exact_counts_on_dev2(code, key):
    s = score.dev_scores(code, "dev2")[key]
    assert (s.support, s.tp, s.fp, s.fn) == EXPECTED2[code][key]


@pytest.mark.parametrize(("code", "key"), CASES2, ids=[f"{c}-{k}" for c, k in CASES2])
def test_floors_on_dev2(code, key):
    s = score.dev_scores(code, "dev2")[key]
    if s.support < MIN_POSITIVES2:
        assert (code, key) not in WEAK2
        return
    p_min, r_min = WEAK2.get((code, key), FLOOR2)
    assert s.precision >= p_min, s
    assert s.recall >= r_min, s
    if (code, key) in WEAK2:  # a weak floor is lifted as soon as the detector reaches FLOOR2
        assert s.precision < FLOOR2[0] or s.recall < FLOOR2[1], s


@pytest.mark.parametrize("code", (*EXPECTED, "es"))
def test_frozen_part_is_registered_and_not_scored_here(code):
    what, scorer = frozen.PARTS[f"gold-{code}"]
    assert f"tests/langgold/{code}/frozen.txt" in what
    assert scorer.__module__ == "tests.frozen"
