"""Each language's pack on the development part of its chat-register gold set
(``tests/langgold/<code>/dev.txt``): every detector of :func:`tests.nlp.gold.predictions` is
scored and held to the English gold set's floors (precision 0.90, recall 0.80), and the exact
counts pin what the pack reaches, so any change to a word list shows here. The frozen parts are
never scored by a test: ``python -m tests.frozen score gold-<code> --note WHAT`` scores each once
per version of the detectors. (Spanish keeps its own file, ``es/test_es_gold.py``.)

A second development part, ``dev2.txt``, was written and labelled later (issues 22 and 23: pt,
es, fr, it, hi), before any detector change made with it, to see whether the packs' fixes on
``dev.txt`` generalise: ``EXPECTED2`` pins what each pack reaches on it, and every detector with
at least 10 positives there is held to the goal the frozen parts must reach (precision 0.85,
recall 0.75), or to the lower floor of ``TARGETS2`` where a pack is still weak (each with the
reason).

A third development part, ``dev3.txt`` (pt, es, fr, it, hi), was written and labelled after the
fixes made with dev2 did not carry over to the frozen parts; ``test_dev3_scores.py`` scores it.
A fourth, ``dev4.txt`` (es, it), written for the Spanish hedges and the Italian questions about the
other, is scored by ``test_dev4_scores.py``.

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
from tests.langgold.part_cases import part_tests
from tests.langgold.test_dev3_scores import EXPECTED3
from tests.langgold.test_dev4_scores import EXPECTED4
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
        # se bht tension ho rhi h"), feeling_subjects_after in hi/words.json; 29 -> 30 since "tum
        # pe / tum par" is the reader as an object (split_before in hi/words.json reads it as "tujh
        # pe"), so "मुझे तुम पर गर्व है" is the writer's pride beside the support, as labelled
        "F": (31, 30, 0, 1),
        # the Hindi emotion model raises "yahan toh bahut baarish ho rhi h" (it rains a lot
        # here): on BRIGHTER's formal Hindi, "bahut" (very) mostly comes with a feeling; 31 -> 32
        # with "मुझे तुम पर गर्व है" (I'm proud of you), the writer's pride at tier 2 (see F)
        "T>=2": (33, 32, 1, 1),
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


#: The first score on ``dev2.txt``, with the packs as they were when it was written (commit
#: fa53353), before any change made with it: (gold positives, true positives, false positives,
#: false negatives).
FIRST2: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "pt": {
        "F": (39, 38, 1, 1),
        "T>=2": (41, 41, 1, 0),
        "T3": (16, 14, 1, 2),
        "Q": (63, 61, 4, 2),
        "QO": (35, 29, 2, 6),
        "FU": (18, 8, 1, 10),
        "SUP": (17, 16, 7, 1),
        "INV": (12, 6, 1, 6),
        "CRI": (13, 11, 2, 2),
        "DEF": (15, 8, 1, 7),
        "REP": (13, 13, 0, 0),
        "MIN": (18, 12, 0, 6),
        "HED": (12, 8, 0, 4),
    },
    "es": {
        "F": (34, 28, 0, 6),
        "T>=2": (36, 32, 1, 4),
        "T3": (13, 11, 1, 2),
        "Q": (52, 50, 1, 2),
        "QO": (30, 21, 1, 9),
        "FU": (15, 10, 0, 5),
        "SUP": (15, 12, 2, 3),
        "INV": (11, 4, 0, 7),
        "CRI": (12, 8, 3, 4),
        "DEF": (14, 4, 0, 10),
        "REP": (11, 9, 0, 2),
        "MIN": (15, 13, 0, 2),
        "HED": (11, 9, 0, 2),
    },
}
#: language -> detector -> (gold positives, true positives, false positives, false negatives) on
#: ``dev2.txt`` now.
EXPECTED2: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "pt": {
        # "acabei de sair da academia, to destruida" (tired, not destroyed) is read as tier 3;
        # "vc ta sempre me fazendo rir" is affection in the pack (as "vc sempre me faz rir"),
        # plain in dev2
        "F": (39, 39, 2, 0),
        "T>=2": (41, 41, 2, 0),
        "T3": (16, 14, 1, 2),
        # 2 false positives (was 3) since "q dia lindo hj ne" exclaims (indirect_frames, dev3)
        "Q": (63, 61, 2, 2),
        "QO": (35, 32, 0, 3),
        # 13 (was 12) since a past verb asked alone after the partner's news follows it up
        # ("e ai, curtiu?": followup_alone, dev3)
        "FU": (18, 13, 0, 5),
        # "vc quer conversar sobre isso?" and "quer me contar?" are offers to the pack (support);
        # "vc ta mto linda nessa foto" a compliment, support in every pack ("you're beautiful")
        "SUP": (17, 17, 4, 0),
        "INV": (12, 11, 1, 1),
        "CRI": (13, 13, 0, 0),
        "DEF": (15, 12, 0, 3),
        "REP": (13, 13, 0, 0),
        "MIN": (18, 16, 0, 2),
        "HED": (12, 11, 0, 1),
    },
    "es": {
        # "siempre me haces reir" is tier-2 affection in the pack, plain in dev2
        "F": (34, 32, 1, 2),
        # 1 false positive (was 2) since "jo, q pena. ..." in reply is sympathy (pity_reply, dev3)
        "T>=2": (36, 36, 1, 0),
        "T3": (13, 12, 1, 1),
        "Q": (52, 50, 1, 2),
        "QO": (30, 27, 0, 3),
        "FU": (15, 14, 0, 1),
        "SUP": (15, 15, 2, 0),
        "INV": (11, 10, 0, 1),
        "CRI": (12, 12, 0, 0),
        "DEF": (14, 11, 0, 3),
        "REP": (11, 10, 0, 1),
        "MIN": (15, 15, 0, 0),
        "HED": (11, 10, 0, 1),
    },
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
        # the Hindi model retrained after the pack read fewer BRIGHTER rows without emotion
        # raises "bus nhi aayi toh main kya karu", a defence the pack does not catch
        "T>=2": (29, 26, 3, 3),  # P 0.90 R 0.90
        "T3": (11, 9, 0, 2),  # P 1.00 R 0.82
        # 40 (was 41) since a request in the imperative is no question (README's definition;
        # dev4 labels "unse sabzi le aana" so): the tail "le aana" is gone from hi/words.json,
        # and "aate hue bread le aana", labelled Q, is missed (issue 23)
        "Q": (41, 40, 0, 1),  # P 1.00 R 0.98
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
#: language -> detector -> (precision floor, recall floor) on dev2 where a pack is below the goal
TARGETS2: dict[str, dict[str, tuple[float, float]]] = {
    "pt": {
        # a follow-up needs a cue, a shared word or a tier-2 turn before it; "e ai, curtiu?",
        # "vc ta feliz?" after good news and "cancelaram pq?" have none of them
        "FU": (0.85, 0.60),
        # offers to talk and compliments to the reader, which dev2 labels plain, are support in
        # every pack (see EXPECTED2)
        "SUP": (0.80, 0.75),
    },
    "es": {},
    "fr": {},
    "it": {},
    "hi": {},
}


@pytest.mark.parametrize("code", tuple(EXPECTED2))
def test_dev2_every_detector_is_scored(code):
    assert tuple(score.dev_scores(code, "dev2")) == tuple(gold.NAMES) == tuple(EXPECTED2[code])


(
    test_dev2_exact_counts,
    test_dev2_goals,
    test_targets2_are_only_for_detectors_below_the_goal,
    test_dev2_labels_are_those_of_the_first_score,
) = part_tests("dev2", FIRST2, EXPECTED2, TARGETS2)


def test_dev_parts():
    assert score.DEV_PARTS == ("dev", "dev2", "dev3", "dev4")
    for code in EXPECTED2:
        parts = ("dev", "dev2", "dev3") if code in EXPECTED3 else ("dev", "dev2")
        parts += ("dev4",) if code in EXPECTED4 else ()
        assert score.dev_parts(code) == tuple(score.part_file(code, part) for part in parts)
    assert score.dev_parts("de") == (score.ROOT / "de" / "dev.txt",)
    with pytest.raises(ValueError):
        score.part_file("pt", "frozen")


@pytest.mark.parametrize("code", tuple(EXPECTED2))
def test_no_dev2_message_is_in_dev(code):
    dev = {it.text for it in gold.load_gold(score.dev_file(code))}
    dev2 = [it.text for it in gold.load_gold(score.part_file(code, "dev2"))]
    assert len(set(dev2)) == len(dev2)
    assert not dev & set(dev2)


def test_script_scores_a_part_and_refuses_others(capsys):
    assert score.main(["es", "--part", "dev2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Spanish gold, development part dev2: 188 messages\n")
    assert "| question about the other | 30 | 1.00 | 0.90 |" in out
    assert score.main(["es", "--part", "frozen"]) == 2
    assert score.main(["es", "--part"]) == 2
    assert capsys.readouterr().out.startswith("usage: python -m tests.langgold.score CODE")
