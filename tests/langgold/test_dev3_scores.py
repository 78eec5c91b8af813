"""The packs on the third development part of each chat-register gold set
(``tests/langgold/<code>/dev3.txt``: Portuguese and Spanish for issue 22, French, Italian and
Hindi for issue 23), written and labelled after the fixes made with ``dev2.txt`` did not carry
over to the frozen parts, and committed before any detector change made with it. ``FIRST3`` is
each pack's first score on it (the packs of commit 08c8e19; also in ``dev3_run1.md`` for fr, it
and hi), ``EXPECTED3`` what they reach now, after they were changed on its misses (general forms,
held in ``tests/nlp/test_pack_dev3_forms.py`` and ``tests/nlp/test_dev3_forms.py`` with near
misses beside them). Every detector with at least 10 positives is held to the goal the frozen
parts must reach (precision 0.85, recall 0.75), or to the lower floor of ``TARGETS3`` where a
pack is still below it (with the reason). Tuned on, so these say nothing fair.
"""

from __future__ import annotations

import pytest

from tests.langgold import score
from tests.langgold.part_cases import part_tests
from tests.nlp import gold

#: Messages in each dev3.
SIZES = {"pt": 183, "es": 154, "fr": 151, "it": 123, "hi": 129}

#: The first score on ``dev3.txt``, with the packs as they were when it was written, before any
#: change made with it: language -> detector -> (gold positives, true positives, false
#: positives, false negatives).
FIRST3: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "pt": {
        "F": (13, 11, 1, 2),
        "T>=2": (16, 13, 3, 3),
        "T3": (5, 3, 0, 2),
        "Q": (104, 100, 5, 4),
        "QO": (69, 54, 6, 15),
        "FU": (20, 10, 0, 10),
        "SUP": (8, 8, 2, 0),
        "INV": (5, 2, 2, 3),
        "CRI": (6, 5, 2, 1),
        "DEF": (5, 3, 0, 2),
        "REP": (5, 4, 0, 1),
        "MIN": (11, 7, 0, 4),
        "HED": (6, 3, 1, 3),
    },
    "es": {
        "F": (26, 20, 3, 6),
        "T>=2": (27, 22, 4, 5),
        "T3": (8, 6, 0, 2),
        "Q": (40, 34, 1, 6),
        "QO": (22, 14, 1, 8),
        "FU": (8, 4, 0, 4),
        "SUP": (13, 9, 4, 4),
        "INV": (7, 2, 1, 5),
        "CRI": (6, 3, 0, 3),
        "DEF": (5, 2, 0, 3),
        "REP": (5, 4, 1, 1),
        "MIN": (11, 10, 0, 1),
        "HED": (30, 15, 9, 15),
    },
    "fr": {
        "F": (18, 16, 0, 2),
        "T>=2": (19, 17, 0, 2),
        "T3": (6, 4, 0, 2),
        "Q": (55, 51, 1, 4),
        "QO": (31, 17, 2, 14),
        "FU": (36, 26, 0, 10),
        "SUP": (22, 12, 3, 10),
        "INV": (5, 1, 0, 4),
        "CRI": (5, 4, 0, 1),
        "DEF": (5, 4, 0, 1),
        "REP": (5, 5, 0, 0),
        "MIN": (6, 6, 0, 0),
        "HED": (17, 10, 4, 7),
    },
    "it": {
        "F": (10, 7, 0, 3),
        "T>=2": (12, 8, 0, 4),
        "T3": (4, 3, 2, 1),
        "Q": (61, 60, 7, 1),
        "QO": (29, 23, 16, 6),
        "FU": (14, 13, 0, 1),
        "SUP": (6, 6, 3, 0),
        "INV": (4, 1, 0, 3),
        "CRI": (4, 4, 0, 0),
        "DEF": (4, 2, 0, 2),
        "REP": (4, 4, 0, 0),
        "MIN": (6, 5, 0, 1),
        "HED": (6, 4, 1, 2),
    },
    "hi": {
        "F": (11, 8, 1, 3),
        "T>=2": (13, 11, 1, 2),
        "T3": (5, 3, 0, 2),
        "Q": (48, 36, 2, 12),
        "QO": (25, 12, 0, 13),
        "FU": (15, 13, 0, 2),
        "SUP": (6, 5, 2, 1),
        "INV": (4, 1, 0, 3),
        "CRI": (4, 2, 0, 2),
        "DEF": (4, 2, 0, 2),
        "REP": (4, 4, 0, 0),
        "MIN": (8, 8, 0, 0),
        "HED": (5, 4, 0, 1),
    },
}
#: The same counts on ``dev3.txt`` now.
EXPECTED3: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "pt": {
        # "nao liga nao, to so de mau humor" (a named mood in the pack, plain in dev3)
        "F": (13, 13, 1, 0),
        # and "como ta o pe, ainda doi?" (pain asked about, read as the writer's hurt)
        "T>=2": (16, 15, 2, 1),
        # "to mal, de verdade" is tier 2 in the pack ("estou mal"), tier 3 in dev3
        "T3": (5, 4, 0, 1),
        # missed: statements that ask only by their tone ("vc ta mais tranquila agora", "o mercado
        # fecha q horas hj"); read as questions: exclamations with "como" ("como vc é bobo kkk")
        "Q": (104, 100, 2, 4),
        "QO": (69, 65, 4, 4),
        "FU": (20, 18, 0, 2),
        # "espero q vc esteja bem" (a wish, plain in dev3) and "a viagem foi incrivel, vc ia amar"
        "SUP": (8, 8, 2, 0),
        "INV": (5, 4, 1, 1),
        "CRI": (6, 5, 1, 1),
        "DEF": (5, 3, 0, 2),
        "REP": (5, 4, 0, 1),
        "MIN": (11, 10, 0, 1),
        "HED": (6, 5, 1, 1),
    },
    "es": {
        # 25 and 27 (were 24 and 26) since a feeling softened inside its phrase keeps it ("me
        # dio un poco de pena": depth.tsv, es dev4)
        "F": (26, 25, 0, 1),
        "T>=2": (27, 27, 1, 0),
        "T3": (8, 8, 0, 0),
        "Q": (40, 38, 1, 2),
        "QO": (22, 20, 1, 2),
        "FU": (8, 6, 0, 2),
        # "espero q estes bien" (a wish, plain in dev3), "no te rayes" said of oneself, "no es
        # ninguna tonteria" and "pero bueno, normal" of one's own feeling
        "SUP": (13, 13, 4, 0),
        "INV": (7, 6, 1, 1),
        "CRI": (6, 5, 0, 1),
        # 3 (was 2) since an act denied and a lesser one owned defends ("no te grite, solo
        # hable alto": denied_then_less, es dev4)
        "DEF": (5, 3, 0, 2),
        "REP": (5, 4, 0, 1),
        "MIN": (11, 11, 0, 0),
        # still read as a hedge: "nada nuevo por aqui" ("no es nada grave, solo hay q cambiar una
        # pieza" no longer: the thing it is about, named after "solo", makes it none;
        # thing_not_serious; nor "ya no importa, encontre las llaves": the trouble gone,
        # trouble_gone; both in es/patterns_hedge_words.toml)
        "HED": (30, 27, 1, 3),
    },
    "fr": {
        "F": (18, 17, 0, 1),  # P 1.00 R 0.94
        "T>=2": (19, 18, 0, 1),  # P 1.00 R 0.95
        "T3": (6, 5, 0, 1),  # P 1.00 R 0.83
        "Q": (55, 53, 0, 2),  # P 1.00 R 0.96
        "QO": (31, 24, 2, 7),  # P 0.92 R 0.77
        "FU": (36, 32, 0, 4),  # P 1.00 R 0.89
        "SUP": (22, 22, 0, 0),  # P 1.00 R 1.00
        "INV": (5, 4, 0, 1),  # P 1.00 R 0.80
        "CRI": (5, 4, 0, 1),  # P 1.00 R 0.80
        "DEF": (5, 4, 0, 1),  # P 1.00 R 0.80
        "REP": (5, 5, 0, 0),  # P 1.00 R 1.00
        "MIN": (6, 6, 0, 0),  # P 1.00 R 1.00
        "HED": (17, 17, 0, 0),  # P 1.00 R 1.00
    },
    "it": {
        # "sono fierissimo di te" stays T1 validation, as the English pack reads "so proud of
        # you" (README.md says T2 F SUP; reading it so changed a sample chat's verdict)
        "F": (10, 8, 0, 2),  # P 1.00 R 0.80
        "T>=2": (12, 9, 0, 3),  # P 1.00 R 0.75
        "T3": (4, 4, 2, 0),  # P 0.67 R 1.00
        "Q": (61, 60, 1, 1),  # P 0.98 R 0.98
        "QO": (29, 27, 1, 2),  # P 0.96 R 0.93
        "FU": (14, 13, 0, 1),  # P 1.00 R 0.93
        "SUP": (6, 6, 3, 0),  # P 0.67 R 1.00
        "INV": (4, 1, 0, 3),  # P 1.00 R 0.25
        "CRI": (4, 4, 0, 0),  # P 1.00 R 1.00
        "DEF": (4, 2, 0, 2),  # P 1.00 R 0.50
        "REP": (4, 4, 0, 0),  # P 1.00 R 1.00
        "MIN": (6, 5, 0, 1),  # P 1.00 R 0.83
        "HED": (6, 5, 1, 1),  # P 0.83 R 0.83
    },
    "hi": {
        "F": (11, 9, 0, 2),  # P 1.00 R 0.82
        # the Hindi model retrained after the folding (threshold 0.565 -> 0.555) raises "kuch bhi
        # bolo, biryani toh hyderabad ki hi best h" (0.572): 1 -> 2 false
        "T>=2": (13, 12, 2, 1),  # P 0.86 R 0.92
        "T3": (5, 4, 0, 1),  # P 1.00 R 0.80
        # 46 (was 44) since "kya" asks inside a clause beside a verb ("wifi ka naya password kya
        # h bhai", "doodh laana h kya aate waqt": wh_inside_verb in hi/words.json, dev4)
        "Q": (48, 46, 0, 2),  # P 1.00 R 0.96
        "QO": (25, 19, 0, 6),  # P 1.00 R 0.76
        "FU": (15, 13, 0, 2),  # P 1.00 R 0.87
        "SUP": (6, 5, 1, 1),  # P 0.83 R 0.83
        # "इतनी सी बात पर इतना ड्रामा" since "इतनी सी" folds to "itni si" (issue 23)
        "INV": (4, 2, 0, 2),  # P 1.00 R 0.50
        "CRI": (4, 2, 0, 2),  # P 1.00 R 0.50
        "DEF": (4, 2, 0, 2),  # P 1.00 R 0.50
        "REP": (4, 4, 0, 0),  # P 1.00 R 1.00
        "MIN": (8, 8, 0, 0),  # P 1.00 R 1.00
        "HED": (5, 4, 0, 1),  # P 1.00 R 0.80
    },
}
#: language -> detector -> (precision floor, recall floor) on dev3 where a pack is below the goal
TARGETS3: dict[str, dict[str, tuple[float, float]]] = {
    "pt": {},
    # see EXPECTED3 for the four false positives
    "es": {"SUP": (0.75, 0.75)},
    "fr": {},
    "it": {},
    "hi": {},
}
(
    test_dev3_exact_counts,
    test_dev3_goals,
    test_targets3_are_only_for_detectors_below_the_goal,
    test_dev3_labels_are_those_of_the_first_score,
) = part_tests("dev3", FIRST3, EXPECTED3, TARGETS3)


@pytest.mark.parametrize("code", tuple(EXPECTED3))
def test_no_dev3_message_is_in_dev_or_dev2(code):
    earlier = {
        it.text for part in ("dev", "dev2") for it in gold.load_gold(score.part_file(code, part))
    }
    dev3 = [it.text for it in gold.load_gold(score.part_file(code, "dev3"))]
    assert len(dev3) == SIZES[code] == len(set(dev3))
    assert not earlier & set(dev3)
