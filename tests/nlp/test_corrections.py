"""Typo corrections (analyzer/nlp/corrections.py): "*crying" after "im so tired and crting" is
read into that message, and carries no feeling of its own."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analyzer.nlp import corrections, features
from analyzer.schema import normalize_messages


def _chat(rows: list[tuple[str, str]], sessions: list[int] | None = None) -> pd.DataFrame:
    t0 = pd.Timestamp("2024-01-01")
    frame = pd.DataFrame(
        {
            "timestamp": [t0 + pd.Timedelta(minutes=i) for i in range(len(rows))],
            "author": [a for a, _ in rows],
            "text": [t for _, t in rows],
        }
    )
    return normalize_messages(frame).assign(
        session_id=sessions or [0] * len(rows), turn_id=list(range(len(rows)))
    )


@pytest.mark.parametrize(
    "text, fix",
    [
        pytest.param("*crying", True, id="star-before"),
        pytest.param("crying*", True, id="star-after"),
        pytest.param(" * really tired ", True, id="two-words"),
        pytest.param("*hugs*", False, id="action"),
        pytest.param("*2", False, id="number"),
        pytest.param("a b c d*", False, id="four-words"),
        pytest.param("I'm *so* tired", False, id="emphasis"),
    ],
)
def test_what_is_a_correction(text, fix):
    assert bool(corrections.CORRECTION.match(text)) is fix


@pytest.mark.parametrize(
    "text, fix, out",
    [
        ("im so tired and crting", "*crying", "im so tired and crying"),
        ("feeling so lonly.", "lonely*", "feeling so lonely."),
        ("see you at 5", "*tomorrow", "see you at 5 tomorrow"),
        ("i am so sad", "* really sad", "i am so sad really sad"),
    ],
)
def test_the_closest_word_is_replaced(text, fix, out):
    assert corrections.corrected(text, fix) == out


def test_find_needs_the_same_author_and_session():
    chat = _chat(
        [("Ana", "so tred"), ("Ana", "*tired"), ("Ben", "*tired"), ("Ben", "ok"), ("Ben", "*k")],
        sessions=[0, 0, 0, 1, 2],
    )
    texts = chat["text"].astype(object)
    found = corrections.find(texts, chat["author"], chat["session_id"], np.ones(5, bool))
    assert found.tolist() == [-1, 0, -1, -1, -1]


def test_a_correction_is_read_into_the_message_it_corrects():
    chat = _chat(
        [
            ("Ana", "im so tired and crting"),
            ("Ana", "*crying"),
            ("Ben", "oh no"),
            ("Ana", "feeling lonly"),
            ("Ben", "lonely*"),
        ]
    )
    frame = features.extract(chat).frame
    assert frame["tier"].tolist() == [3.0, 0.0, 0.0, 0.0, 3.0]
    assert frame["emotion_terms"].tolist() == ["crying", "", "", "", "lonely"]
    assert frame["feeling"].tolist() == [True, False, False, False, True]
    assert frame["cat_soft"].tolist() == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert frame["valence"].iloc[1] == 0.0
    assert frame["words"].tolist() == [5, 1, 2, 2, 1]  # the words sent are still counted


def test_no_correction_leaves_the_pass_as_it_was():
    chat = _chat([("Ana", "im so tired"), ("Ben", "*hugs*")])
    frame = features.extract(chat).frame
    assert frame["tier"].tolist() == [1.0, 1.0]
    assert frame["cat_support"].tolist() == [0.0, 1.0]
