"""The German pack on the German forms the pack was written for: dative experiencers, separable
verbs, clipped chat spellings and umlauts typed or not, questions by inversion, du/ihr/Sie."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analyzer.nlp import features, pack
from analyzer.schema import normalize_messages

#: text -> (tier, feeling, question, question_other, categories that must be counted)
CASES = {
    "mir geht's echt mies": (3, True, False, False, ("soft",)),
    "Mir geht es gar nicht gut": (3, True, False, False, ()),
    "ich fühl mich allein gelassen": (3, True, False, False, ("loneliness",)),
    "ich fuehl mich allein gelassen": (3, True, False, False, ("loneliness",)),
    "hab Angst": (2, True, False, False, ("fear",)),
    "ich hab dich lieb": (3, True, False, False, ("affection",)),
    "hdgdl": (3, True, False, False, ("affection",)),
    "mir is so langweilig": (1, False, False, False, ("flat",)),
    "Hast du heute Zeit": (0, False, True, False, ()),
    "bist du sauer auf mich": (2, False, True, True, ("reassurance",)),
    "geht es Ihnen wieder besser?": (0, False, True, True, ()),
    "wie war euer urlaub": (0, False, True, True, ()),
    "es tut mir leid, das war unfair von mir": (1, False, False, False, ("repair",)),
    "oh nein, das tut mir so leid dass sie das gesagt hat": (1, False, False, False, ("support",)),
    "wenn du reden willst, ruf mich an": (1, False, False, False, ("support",)),
    "du wirkst voll müde": (1, False, False, False, ("validation",)),
    "meine Schwester ist total traurig": (2, False, False, False, ("soft",)),
    "ihr lasst mich immer alles alleine machen": (1, False, False, False, ("criticism",)),
    "hab voll die Prüfungsangst": (2, True, False, False, ("fear",)),
    "ich hab so liebeskummer": (3, True, False, False, ("soft",)),
}


#: text -> categories that must not be counted (near misses of the families)
NOT = {
    "du hast immer so schöne ideen": ("criticism",),
    "du bist immer für mich da": ("criticism",),
    "mein bruder hört nie zu": ("criticism",),
    "reg dich nicht auf, ich komm gleich": ("invalidation",),
    "ich bin da um 5": ("support",),
    "sorry, hast du kurz zeit?": ("repair",),
    "ich bin so müde": ("support", "validation"),
}


@pytest.fixture(scope="module")
def frame():
    texts = list(CASES) + list(NOT)
    stamps = pd.date_range("2024-05-01 18:00", periods=len(texts), freq="7min")
    rows = pd.DataFrame(
        {
            "timestamp": stamps,
            "author": [("Lena", "Jonas")[k % 2] for k in range(len(texts))],
            "text": texts,
        }
    )
    messages = normalize_messages(rows)
    annotated = messages.assign(session_id=range(len(texts)), turn_id=range(len(texts)))
    extracted = features.extract(annotated)
    assert extracted.language == "de"
    return extracted.frame.reset_index(drop=True)


@pytest.mark.parametrize("text", tuple(CASES))
def test_german_forms(frame, text):
    row = frame.iloc[list(CASES).index(text)]
    tier, feeling, question, qo, cats = CASES[text]
    got = (int(row["tier"]), bool(row["feeling"]), bool(row["question"]),
           bool(row["question_other"]))  # fmt: skip
    assert got == (tier, feeling, question, qo)
    assert [c for c in cats if row[f"cat_{c}"] <= 0] == []


@pytest.mark.parametrize("text", tuple(NOT))
def test_near_misses(frame, text):
    row = frame.iloc[len(CASES) + list(NOT).index(text)]
    assert [c for c in NOT[text] if row[f"cat_{c}"] > 0] == []


def test_umlaut_spellings_of_the_lexicon_words_are_in_slang():
    de = pack.load_pack("de")
    missing = []
    for term, *_ in de.depth_rows:
        for word in term.strip("^$").split():
            for plain, umlaut in (("ae", "ä"), ("oe", "ö"), ("ue", "ü")):
                if plain in word:
                    spelled = word.replace(plain, umlaut)
                    if de.slang.get(spelled) != de.slang.get(word, (word,)):
                        missing.append(spelled)
    assert missing == []


def test_the_pack_is_written_without_umlauts():
    folder = pack.LEXICON_DIR / "de"
    for name in ("words.json", "experiencer.json", "function_words.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data.pop("_about", None)
        assert not any(ch in json.dumps(data, ensure_ascii=False) for ch in "äöüß"), name
