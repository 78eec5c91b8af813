"""The two families at the end of ``lexicons/en/patterns_5_support_reader.toml``: caring replies
to a feeling said in a few words in the chat register (``comfort_short``: "oh love", "here
whenever you need x", "let me know if i can do anything", "i've got you", "we can talk it
through"; ``answer_fear``: "that's impostor syndrome talking", "you're not a failure", "you've
practised loads"). The scenario chats' replies of these kinds were read as not engaging (rule 6
of analyzer/metrics/responsiveness.py: ``minimal``), or as the replier's own story.

The sentences are new wordings written for this test, beside the scenario chats' own lines.
Each case pins the family that wins and the words it consumes; the near misses must find
neither family, and the short acknowledgements ("ok", "k", "lol", "nice") stay minimal replies
with no support. The last test runs the whole tool on a chat and pins how each reply to a
disclosure is classified.
"""

from __future__ import annotations

import pytest

import analyzer
from tests.nlp.test_support_reader import families
from tests.realtext.evaluate import features_of, support_fired

NEW = {"comfort_short", "answer_fear"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oh love", [("comfort_short", "oh love")]),
        ("aw hun x", [("comfort_short", "aw hun x")]),
        ("oh my poor darling", [("comfort_short", "oh my poor darling")]),
        ("oh no, sweetheart.", [("comfort_short", "oh no , sweetheart")]),
        ("here whenever you need x", [("comfort_short", "here whenever you need")]),
        ("always here if u need me", [("comfort_short", "always here if you need me")]),
        (
            "please eat something. let me know if I can do anything",
            [("comfort_short", "let me know if i can do anything")],
        ),
        (
            "let me know if there's anything i can do",
            [("comfort_short", "let me know if there is anything i can do")],
        ),
        ("I've got you", [("comfort_short", "i have got you")]),
        ("i got you babe", [("comfort_short", "i got you")]),
        ("we can talk it through whenever", [("comfort_short", "we can talk it through")]),
        ("we can talk through it whenever", [("comfort_short", "we can talk through it")]),
        (
            "that's impostor syndrome talking",
            [("answer_fear", "that is impostor syndrome talking")],
        ),
        (
            "that's just your anxiety talking",
            [("answer_fear", "that is just your anxiety talking")],
        ),
        (
            "you're not a failure. the market is mad",
            [("answer_fear", "you are not a failure")],
        ),
        ("ur not a fraud", [("answer_fear", "you are not a fraud")]),
        ("you've practised loads since though", [("answer_fear", "you have practised loads")]),
        ("u have revised so hard for this", [("answer_fear", "you have revised so hard")]),
    ],
)
def test_family_and_words(text, expected):
    assert [f for f in families(text) if f[0] in NEW] == expected


@pytest.mark.parametrize(
    "text",
    [
        "oh love that",
        "oh love it",
        "aw love you",
        "oh baby!",
        "oh man",
        "oh honey mustard is the best",
        "it's here whenever you need it",
        "the keys are here if you need them",
        "i've got you a coffee",
        "got you down for tuesday",
        "we can talk through the plan tomorrow",
        "that's my brain talking",
        "you're not a doctor",
        "i'm not a failure",
        "i've practised loads",
        "have you practised loads?",
        "ok",
        "k",
        "lol",
        "nice",
    ],
)
def test_near_misses_find_neither_family(text):
    assert [f for f in families(text) if f[0] in NEW] == []


def test_whole_pass_support_and_minimal():
    caring = [
        "oh love",
        "here whenever you need x. we can talk through it whenever",
        "please eat something. let me know if I can do anything",
        "that's impostor syndrome talking",
        "you've practised loads since though",
    ]
    short = ["ok", "k", "lol", "nice"]
    feats = features_of(caring + short)
    assert support_fired(feats).tolist() == [True] * 5 + [False] * 4
    assert feats["minimal"].tolist() == [False] * 5 + [True] * 4
    assert feats["feeling"].tolist() == [False] * 9


#: reply to "i've been feeling really low about work lately" -> how the tool classifies it
REPLIES = {
    "oh love": "responsive",
    "here whenever you need x": "responsive",
    "that's impostor syndrome talking": "responsive",
    "you've practised loads since though": "responsive",
    "what's happened?": "responsive",
    "that's really hard": "responsive",
    "ok": "minimal",
    "k": "minimal",
    "lol": "minimal",
    "nice": "minimal",
    "oh love that": "minimal",
    "i've got you a coffee": "self_focused",
}


def test_replies_to_a_disclosure(tmp_path):
    lines = []
    for day, reply in enumerate(REPLIES, start=1):
        lines.append(
            f"{day:02d}/03/2024, 20:00 - Ana: i've been feeling really low about work lately"
        )
        lines.append(f"{day:02d}/03/2024, 20:01 - Ben: {reply}")
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = analyzer.analyze(analyzer.load_chat(path))
    got = result.measures.disclosures
    assert got["author"].tolist() == ["Ana"] * len(REPLIES)
    assert dict(zip(REPLIES, got["response"].astype(str), strict=True)) == REPLIES
