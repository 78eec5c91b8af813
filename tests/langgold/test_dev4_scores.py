"""The packs on the fourth development part of their chat-register gold sets
(``tests/langgold/{es,it,hi}/dev4.txt``, issues 22 and 23), each written and labelled for the
detectors still below the goal on the frozen parts and their look-alikes, and committed before
any detector change made with it: Spanish hedges and Italian questions about the other (fee83b3);
Hindi questions with the question word left inside the clause (``wh_inside``: told questions,
exclamations, relative clauses, indefinites; 2299a3b). ``FIRST4`` is each pack's first score on
it (the packs of commit 70f3a8d; also ``hi/dev4_run1.md``), ``EXPECTED4`` what they reach now,
after they were changed on its misses (held in ``tests/nlp/test_pack_esit_dev4.py`` and
``tests/nlp/test_pack_hi_wh.py`` with near misses beside them). Every detector with at least
10 positives is held to the goal the frozen parts must reach (precision 0.85, recall 0.75), or to
the lower floor of ``TARGETS4`` where a pack is still below it (with the reason). Tuned on, so
these say nothing fair.
"""

from __future__ import annotations

import pytest

from tests.langgold import score
from tests.langgold.part_cases import part_tests
from tests.nlp import gold

#: Messages in each dev4.
SIZES = {"es": 105, "it": 105, "hi": 123}  # hi: 92 romanised, 31 in Devanagari

#: The first score on ``dev4.txt``, with the packs as they were when it was written, before any
#: change made with it: language -> detector -> (gold positives, true positives, false
#: positives, false negatives).
FIRST4: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "es": {
        "F": (38, 30, 0, 8),
        "T>=2": (39, 33, 2, 6),
        "T3": (5, 5, 0, 0),
        "Q": (11, 11, 0, 0),
        "QO": (3, 2, 1, 1),
        "FU": (1, 0, 0, 1),
        "SUP": (3, 1, 5, 2),
        "INV": (1, 0, 1, 1),
        "CRI": (0, 0, 0, 0),
        "DEF": (5, 0, 0, 5),
        "REP": (1, 1, 0, 0),
        "MIN": (0, 0, 0, 0),
        "HED": (45, 25, 2, 20),
    },
    "it": {
        "F": (0, 0, 0, 0),
        "T>=2": (1, 1, 0, 0),
        "T3": (0, 0, 0, 0),
        "Q": (86, 86, 11, 0),
        "QO": (45, 37, 12, 8),
        "FU": (8, 7, 1, 1),
        "SUP": (1, 1, 2, 0),
        "INV": (0, 0, 1, 0),
        "CRI": (0, 0, 0, 0),
        "DEF": (0, 0, 0, 0),
        "REP": (0, 0, 0, 0),
        "MIN": (0, 0, 0, 0),
        "HED": (0, 0, 0, 0),
    },
    "hi": {
        "F": (5, 0, 0, 5),
        "T>=2": (6, 5, 1, 1),
        "T3": (2, 0, 0, 2),
        "Q": (60, 55, 25, 5),  # P 0.69 R 0.92
        "QO": (15, 14, 2, 1),  # P 0.88 R 0.93
        "FU": (8, 6, 0, 2),
        "SUP": (2, 1, 0, 1),
        "INV": (1, 1, 0, 0),
        "CRI": (1, 0, 0, 1),
        "DEF": (1, 0, 0, 1),
        "REP": (1, 1, 0, 0),
        "MIN": (0, 0, 0, 0),
        "HED": (1, 1, 0, 0),
    },
}
#: The same counts on ``dev4.txt`` now.
EXPECTED4: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "es": {
        "F": (38, 35, 0, 3),  # P 1.00 R 0.92
        "T>=2": (39, 37, 2, 2),  # P 0.95 R 0.95
        "T3": (5, 5, 0, 0),  # P 1.00 R 1.00
        "Q": (11, 11, 0, 0),  # P 1.00 R 1.00
        "QO": (3, 2, 1, 1),  # P 0.67 R 0.67
        "FU": (1, 0, 0, 1),  # P nan R 0.00
        "SUP": (3, 1, 5, 2),  # P 0.17 R 0.33
        "INV": (1, 0, 1, 1),  # P 0.00 R 0.00
        "CRI": (0, 0, 0, 0),  # P nan R nan
        "DEF": (5, 5, 0, 0),  # P 1.00 R 1.00
        "REP": (1, 1, 0, 0),  # P 1.00 R 1.00
        "MIN": (0, 0, 0, 0),  # P nan R nan
        # missed: "si si, creo q si, no te preocupes" and "q si, de verdad, no te rayes" after a
        # question about the writer's state (read as reassuring the reader: the message alone
        # does not say it is about the writer), "no se, un poco triste, pero bien" (no feeling
        # of the writer's read after "no se"); "no es nada, solo un rasguño en el coche" is no
        # longer read as a hedge (the thing named after "solo")
        "HED": (45, 42, 0, 3),  # P 1.00 R 0.93
    },
    "it": {
        "F": (0, 0, 0, 0),  # P nan R nan
        "T>=2": (1, 1, 0, 0),  # P 1.00 R 1.00
        "T3": (0, 0, 0, 0),  # P nan R nan
        "Q": (86, 86, 3, 0),  # P 0.97 R 1.00
        # still read as about the reader: "e lei come sta?" after the partner's news of a third
        # person ("lei" may be the polite reader) and "e la tua amica, come l'ha presa?"; the
        # offer "vuoi che passi da te?" no longer (every "vuoi che ..." offers, s36-itq); missed:
        # "sei arrivata a casa?" (logistics to the pack), "ti è piaciuto il concerto?", "com'era
        # la cena dai tuoi?", "ci sei? ..., tutto ok?"
        "QO": (45, 41, 2, 4),  # P 0.95 R 0.91
        "FU": (8, 8, 0, 0),  # P 1.00 R 1.00
        "SUP": (1, 1, 1, 0),  # P 0.50 R 1.00
        "INV": (0, 0, 1, 0),  # P 0.00 R nan
        "CRI": (0, 0, 0, 0),  # P nan R nan
        "DEF": (0, 0, 0, 0),  # P nan R nan
        "REP": (0, 0, 0, 0),  # P nan R nan
        "MIN": (0, 0, 0, 0),  # P nan R nan
        "HED": (0, 0, 0, 0),  # P nan R nan
    },
    "hi": {
        # "kitna dar lag rha h ..." and "kitna gussa aa rha h mujhe ..." exclaim, so the feeling
        # is stated, not asked; "pata nahi kab tak aise akela feel karungi" has no subject
        "F": (5, 4, 0, 1),  # P 1.00 R 0.80
        # "kaisa ghatiya khana tha wahan": "ghatiya" (lousy) is tier 2 in the pack
        "T>=2": (6, 6, 1, 0),  # P 0.86 R 1.00
        # "kitna miss kar rhi hu tujhe": "miss" alone is tier 2 in the pack
        "T3": (2, 1, 0, 1),  # P 1.00 R 0.50
        # still read as a question: "pata h kitna kaam pada h abhi" (without "?" it may ask);
        # "jitne paise bache h ..." no longer: a correlative "jitna" clause asks nothing (an
        # indirect frame of the pack, from BRIGHTER hin train, tests/nlp/test_hi_q_real.py)
        "Q": (60, 60, 1, 0),  # P 0.98 R 1.00
        # "tu kitne din ke liye ja rha h" asks a plan ("din" is a cue of the reader's day);
        # missed: "tu aajkal kahan busy rehta h"
        "QO": (15, 14, 1, 1),  # P 0.93 R 0.93
        # "date kab ki h?" and "किराया कितना है?" pick up the partner's news with no cue
        "FU": (8, 6, 0, 2),
        "SUP": (2, 1, 0, 1),
        "INV": (1, 1, 0, 0),
        # "tumse kabhi ek kaam ... nahi hota" and "maine kab kaha tha ..." (hi_you_never_manage,
        # hi_when_did_i_say in hi/patterns_4_hindi.toml)
        "CRI": (1, 1, 0, 0),
        "DEF": (1, 1, 0, 0),
        "REP": (1, 1, 0, 0),
        "MIN": (0, 0, 0, 0),
        "HED": (1, 1, 0, 0),
    },
}
#: language -> detector -> (precision floor, recall floor) on dev4 where a pack is below the goal
TARGETS4: dict[str, dict[str, tuple[float, float]]] = {
    "es": {},
    "it": {},
    "hi": {},
}
(
    test_dev4_exact_counts,
    test_dev4_goals,
    test_targets4_are_only_for_detectors_below_the_goal,
    test_dev4_labels_are_those_of_the_first_score,
) = part_tests("dev4", FIRST4, EXPECTED4, TARGETS4)


@pytest.mark.parametrize("code", tuple(EXPECTED4))
def test_dev4_every_detector_is_scored(code):
    assert tuple(score.dev_scores(code, "dev4")) == tuple(gold.NAMES) == tuple(EXPECTED4[code])


@pytest.mark.parametrize("code", tuple(EXPECTED4))
def test_no_dev4_message_is_in_an_earlier_part(code):
    earlier = {
        it.text
        for part in ("dev", "dev2", "dev3")
        for it in gold.load_gold(score.part_file(code, part))
    }
    dev4 = [it.text for it in gold.load_gold(score.part_file(code, "dev4"))]
    assert len(dev4) == SIZES[code] == len(set(dev4))
    assert not earlier & set(dev4)
