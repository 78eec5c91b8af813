"""German forms the pack learnt from the misses of BRIGHTER's German train split (session 36;
never its dev split): feelings told by the body or by a reaction the writer could not hold, in
general forms (``analyzer/lexicons/de/depth.tsv``), each beside near misses that must keep their
old tier: the body alone ("musste kotzen"), someone else's or anyone's reaction ("du musst
lachen", "lässt einen erschaudern"), everyday "muss". The messages are our own, none a BRIGHTER
row. Read as one German chat, the whole pass (lexicon, then the emotion model) included.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.nlp.pack_cases import frame_of, read

#: text -> (tier, the emotion terms it must name)
CASES = {
    # a shudder at a sight or a thought
    "der Gedanke an die nächste Prüfung lässt mich erschaudern": (2, "laesst_mich_erschaudern"),
    "der anblick lässt mich schaudern": (2, "laesst_mich_schaudern"),
    "bei dem film schaudert es mich": (2, "schaudert_es_mich"),
    "mich schaudert bei dem gedanken": (2, "mich_schaudert"),
    # wanting to throw up at something
    "da will ich einfach nur kotzen": (2, "will_ich_nur_kotzen"),
    "wenn ich das lese will ich nur kotzen": (2, "will_ich_nur_kotzen"),
    "bei so einer propaganda kriegt man das kotzen": (2, "kriegt_man_das_kotzen"),
    "ich krieg das kotzen wenn ich den sehe": (2, "kriege_das_kotzen"),
    # laughter the writer could not hold
    "ich musste so schmunzeln": (2, "musste_so_schmunzeln"),
    "musste sehr laut lachen bei dem video": (2, "musste_laut_lachen"),
    "ich muss lachen wenn ich das sehe": (2, "ich_muss_lachen"),
    "wir haben uns totgelacht": (2, "totgelacht"),
    "hab mich tot gelacht": (2, "tot_gelacht"),
    # surprise said of oneself
    "Ich fass es nicht. der ganze chat ist voll": (2, "ich_fass_es_nicht"),
    "ich fasse es nicht": (2, "ich_fass_es_nicht"),
    "ich kann es kaum glauben - ich hab die stelle!": (2, "ich_kann_es_kaum_glauben"),
    "ich kann das nicht glauben dass er das gesagt hat": (2, "ich_kann_das_nicht_glauben"),
    "was für eine überraschung! mama hat mir blumen geschickt": (2, "was_fuer_eine_ueberraschung"),
    # news that hits the writer
    "die nachricht von seinem tod trifft mich sehr": (2, "trifft_mich_sehr"),
    "das trifft mich echt hart": (2, "trifft_mich_hart"),
    # a fear that will not let go
    "der gedanke an einbrecher lässt mich nicht zur ruhe kommen": (
        2,
        "laesst_mich_nicht_zur_ruhe_kommen",
    ),
    "der schrei ging mir durch mark und bein": (2, "durch_mark_und_bein"),
}

#: text -> tier: near misses that keep their old reading
NOT = {
    "im zweiten trimester musste ich immer kotzen": 1,
    "mir ist schlecht, ich muss gleich kotzen": 1,
    "der film lässt einen erschaudern": 0,
    "du musst lachen wenn du das siehst": 0,
    "hör auf zu lachen": 0,
    "da muss man lachen": 0,
    "musste heute lange warten": 0,
    "die bahn ist wieder zu spät, ich muss los": 0,
    "mein Hund muss raus": 0,
    "er trifft mich morgen am bahnhof": 0,
    "ich glaube es nicht, der zug fällt aus": 0,
    "ich hab keine zeit mehr": 0,
    # no wish for something is a mild state
    "auf ausflüge hatte ich keine lust mehr": 0,
    "der lärm lässt mich nicht schlafen": 0,
}

TEXTS = list(CASES) + list(NOT)


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    extracted = read(TEXTS)
    assert extracted.language == "de"
    return frame_of(extracted)


@pytest.mark.parametrize("text", tuple(CASES))
def test_brighter_forms(frame, text):
    row = frame.iloc[TEXTS.index(text)]
    tier, term = CASES[text]
    assert int(row["tier"]) == tier
    assert term in str(row["emotion_terms"]).split()


@pytest.mark.parametrize("text", tuple(NOT))
def test_brighter_near_misses(frame, text):
    row = frame.iloc[TEXTS.index(text)]
    assert int(row["tier"]) == NOT[text]
