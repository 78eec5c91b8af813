"""Replies to disclosures, questions, reciprocity, support, markers and style matching."""

from __future__ import annotations

import math

import pytest

from analyzer.settings import MinimumData
from tests.metrics.metrics_chat import msg, run

SAD = dict(
    feeling=True,
    feeling_valence=-0.6,
    feeling_tier=2.0,
    tier=2.0,
    emotion_words=1.0,
    emotion_terms="sad",
)


def _classify(*reply, later: bool = False) -> str:
    """Ana discloses at minute 0; ``reply`` rows (Ben's turn) follow one minute later."""
    start = 500 if later else 1
    rows = [msg(0, "Ana", "i feel sad", **SAD)]
    rows += [msg(start + i, "Ben", text, **feats) for i, (text, feats) in enumerate(reply)]
    return str(run(rows).disclosures["response"].iloc[0])


CASES = [
    ("validation", [("that makes sense", dict(cat_validation=1.0))], "responsive"),
    ("support", [("i am here for you", dict(cat_support=1.0))], "responsive"),
    ("followup", [("why sad?", dict(question=True, followup=True))], "responsive"),
    (
        "question_about_other",
        [("are you ok?", dict(question=True, question_other=True))],
        "responsive",
    ),
    ("reciprocal_same_term", [("i feel sad too", SAD)], "responsive"),
    (
        "feeling_other_term",
        [("i feel angry", dict(SAD, emotion_terms="angry", about_self=True))],
        "self_focused",
    ),
    ("own_story", [("i went to the gym", dict(about_self=True))], "self_focused"),
    ("minimal", [("ok", dict(minimal=True))], "minimal"),
    ("minimal_two_messages", [("ok", dict(minimal=True)), ("👍", dict(minimal=True))], "minimal"),
    ("question_to_them", [("did you fix it?", dict(question=True))], "responsive"),
    ("clarifying_question", [("the family thing?", dict(question=True))], "responsive"),
    (
        "own_question",
        [("did i tell you about my trip?", dict(question=True, about_self=True))],
        "minimal",
    ),
    ("invalidation", [("you're overreacting", dict(cat_invalidation=1.0))], "invalidating"),
    ("criticism", [("you always do this", dict(cat_criticism=1.0))], "invalidating"),
    (
        "invalidation_beats_validation",
        [("i get it but calm down", dict(cat_validation=1.0, cat_invalidation=1.0))],
        "invalidating",
    ),
    ("first_person_pt", [("to indo dormir", dict(about_self=True))], "self_focused"),
    ("no_first_person", [("the weather is nice", {})], "minimal"),
]


@pytest.mark.parametrize(
    "reply, expected", [(r, e) for _, r, e in CASES], ids=[c[0] for c in CASES]
)
def test_reply_classification(reply, expected):
    assert _classify(*reply) == expected


def test_no_reply_in_session_is_none():
    assert _classify(("ok", dict(minimal=True)), later=True) == "none"


def test_own_continuation_is_not_the_reply():
    rows = [
        msg(0, "Ana", "i feel sad", **SAD),
        msg(1, "Ana", "really", cat_validation=1.0),  # Ana's own turn goes on
        msg(2, "Ben", "ok", minimal=True),
    ]
    d = run(rows).disclosures
    assert (str(d["response"].iloc[0]), int(d["response_row"].iloc[0]), d["responder"].iloc[0]) == (
        "minimal",
        2,
        "Ben",
    )


def test_disclosure_row_columns():
    rows = [msg(0, None, "created"), msg(1, "Ana", "i feel sad", **SAD), msg(2, "Ben", "oh no")]
    d = run(rows).disclosures.iloc[0]
    assert (int(d["row"]), d["author"], int(d["session_id"]), d["tier"], bool(d["negative"])) == (
        1,
        "Ana",
        0,
        2.0,
        True,
    )


# Ana discloses 5 times: Ben responsive, minimal, none (Ben silent until the next session),
# invalidating, and Ana's own "sad too" (last of its session: none).
# Ben discloses twice: Ana responsive twice (a reciprocal disclosure, then support).
SHARES = [
    msg(0, "Ana", "i feel sad", **SAD),
    msg(1, "Ben", "so sorry", cat_support=1.0),
    msg(300, "Ana", "i feel sad again", **SAD),
    msg(301, "Ben", "ok", minimal=True),
    msg(600, "Ana", "still sad", **SAD),
    msg(900, "Ana", "sad", **SAD),
    msg(901, "Ben", "stop whining", cat_invalidation=1.0),
    msg(1200, "Ben", "i feel sad", **SAD),
    msg(1201, "Ana", "i feel sad too", **SAD),
    msg(1500, "Ben", "i feel sad", **SAD),
    msg(1501, "Ana", "here for you", cat_support=1.0),
]


@pytest.fixture(scope="module")
def shares():
    return run(SHARES)


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        # Ben is accountable for all 5 of Ana's (two unanswered: nobody else could answer)
        ("responsive_share", "Ben", 0.2, 5),
        ("minimal_response_share", "Ben", 0.2, 5),
        ("invalidating_share", "Ben", 0.2, 5),
        ("self_focused_share", "Ben", 0.0, 5),
        ("unanswered_disclosure_share", "Ana", 0.4, 5),
        ("responsiveness_received", "Ana", 0.2, 5),
        ("responsive_share", "Ana", 1.0, 2),
        ("responsiveness_received", "Ben", 1.0, 2),
        ("unanswered_disclosure_share", "Ben", 0.0, 2),
        ("support_given", "Ben", 1, 5),
        ("support_given", "Ana", 1, 6),
        # pair: every turn of the partner is addressed to you
        ("support_received", "Ana", 1, 5),
        ("support_received", "Ben", 1, 6),
    ],
    ids=lambda x: str(x),
)
def test_response_shares(shares, measure, who, value, n):
    row = shares.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        # seven negative statements, all in one week: Ana made five of them
        ("negative_disclosure_share", "Ana", 5 / 7, 7),
        ("negative_disclosure_share", "Ben", 2 / 7, 7),
        ("offloading_weeks_share", "Ana", 1.0, 1),
        ("offloading_weeks_share", "Ben", 0.0, 1),
        # Ana's five met one responsive reply; Ben's two met two
        ("responsive_replies_received", "Ana", 1, 5),
        ("responsive_replies_received", "Ben", 2, 2),
        # Ben replied to three of Ana's (support, "ok", "stop whining"); two went unanswered
        ("responsive_replies_given", "Ben", 1, 3),
        ("responsive_replies_given", "Ana", 2, 2),
        ("answered_self_focus_share", "Ben", 0.0, 3),
        ("answered_self_focus_share", "Ana", 0.0, 2),
    ],
    ids=lambda x: str(x),
)
def test_offloading_measures(shares, measure, who, value, n):
    row = shares.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


def test_response_counts_per_discloser(shares):
    assert shares.response_counts(["Ana", "Ben", "Cy"]) == {
        "Ana": {"responsive": 1, "minimal": 1, "self_focused": 0, "invalidating": 1, "none": 2},
        "Ben": {"responsive": 2, "minimal": 0, "self_focused": 0, "invalidating": 0, "none": 0},
        "Cy": {"responsive": 0, "minimal": 0, "self_focused": 0, "invalidating": 0, "none": 0},
    }


def test_answered_self_focus_counts_only_replies_given():
    rows = [
        msg(0, "Ana", "i feel sad", **SAD),
        msg(1, "Ben", "i had a long day at work", about_self=True),
        msg(300, "Ana", "i feel sad again", **SAD),
    ]
    got = run(rows)
    # Ben turned the one reply he gave to his own day; the unanswered statement does not count
    assert (got.row("answered_self_focus_share", "Ben")[["value", "n"]].tolist()) == [1.0, 1]
    assert (got.row("self_focused_share", "Ben")[["value", "n"]].tolist()) == [0.5, 2]


def test_responsive_share_interval_is_seeded(shares):
    again = run(SHARES)
    assert (
        shares.row("responsive_share", "Ben")[["ci_low", "ci_high"]].tolist()
        == again.row("responsive_share", "Ben")[["ci_low", "ci_high"]].tolist()
    )


# One session, six turns: t0 Ana discloses, t1 Ben discloses, t2..t5 plain.
RECIPROCITY = [
    msg(0, "Ana", "i feel sad", **SAD),
    msg(1, "Ben", "i feel sad too", **SAD),
    msg(2, "Ana", "hm"),
    msg(3, "Ben", "hm"),
    msg(4, "Ana", "hm"),
    msg(5, "Ben", "hm"),
]


@pytest.fixture(scope="module")
def reciprocal():
    return run(RECIPROCITY)


@pytest.mark.parametrize(
    "who, value",
    # Ben: after Ana's disclosure turn he discloses within 3 turns (1/1); after any Ana turn 1/3.
    # Ana: after Ben's disclosure she does not (0/1); after any Ben turn 0/3.
    [("Ben", 1 - 1 / 3), ("Ana", 0.0)],
    ids=["Ben", "Ana"],
)
def test_reciprocity(reciprocal, who, value):
    row = reciprocal.row("reciprocity", who)
    assert (row["value"], row["n"]) == (pytest.approx(value), 1)


def test_reciprocity_window_stops_at_session_end():
    rows = [msg(0, "Ana", "i feel sad", **SAD), msg(500, "Ben", "i feel sad", **SAD)]
    row = run(rows).row("reciprocity", "Ben")
    assert (row["value"], row["n"]) == (0.0, 1)


@pytest.fixture(scope="module")
def questions():
    return run(QUESTIONS)


QUESTIONS = [
    msg(0, "Ana", "how are you?", question=True, question_other=True),
    msg(1, "Ben", "fine. and the dog?", question=True, followup=True),
    msg(2, "Ana", "good", minimal=True),
    msg(3, "Ana", "ok", minimal=True),
    msg(4, "Ben", "where?", question=True),
    msg(5, "Ana", "you always forget", cat_criticism=1.0, cat_complaint=1.0, at_partner=True),
    msg(6, "Ben", "not my fault", cat_defensiveness=1.0),
    msg(
        7,
        "Ben",
        "sorry, are you mad at me? ❤️",
        cat_repair=1.0,
        cat_reassurance=1.0,
        emoji_affection=1,
    ),
    msg(8, "Ana", "love you", cat_affection=1.0),
    msg(
        9,
        "Ben",
        "you said you would. i feel so alone",
        cat_disappointment=1.0,
        cat_loneliness=1.0,
        at_partner=True,
    ),
    msg(10, "Ben", "nvm it's fine", cat_hedge=2.0),
]


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        ("questions", "Ben", 2, 6),
        ("questions", "Ana", 1, 5),
        ("question_share", "Ben", 2 / 3, 3),
        ("questions_about_other", "Ana", 1, 5),
        ("followups", "Ben", 1, 6),
        ("criticism", "Ana", 1, 5),
        ("complaints", "Ana", 1, 5),
        ("defensiveness", "Ben", 1, 6),
        ("repair", "Ben", 1, 6),
        ("reassurance_seeking", "Ben", 1, 6),
        ("affection", "Ben", 1, 6),
        ("affection", "Ana", 1, 5),
        ("disappointment", "Ben", 1, 6),
        ("loneliness", "Ben", 1, 6),
        ("hedges", "Ben", 2, 6),
        # Ana's turns: [how are you], [good, ok] (all minimal), [you always], [love you]
        ("minimal_share", "Ana", 0.25, 4),
        ("minimal_share", "Ben", 0.0, 4),
    ],
    ids=lambda x: str(x),
)
def test_questions_and_markers(questions, measure, who, value, n):
    row = questions.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value), n)


def _style(ana_ppron: int, ben_ppron: int, words: int = 100):
    text = " ".join(["w"] * words)
    return [msg(0, "Ana", text, fw_ppron=ana_ppron), msg(1, "Ben", text, fw_ppron=ben_ppron)]


def test_lsm_identical_style_is_one():
    assert run(_style(10, 10)).get("lsm") == pytest.approx(1.0)


def test_lsm_value():
    # ppron 10 % vs 5 %: 1 - 5/15.0001; the other 8 categories are 0 vs 0 -> 1
    expected = (8 + 1 - 5 / 15.0001) / 9
    row = run(_style(10, 5)).row("lsm")
    assert (row["value"], row["n"]) == (pytest.approx(expected), 100)


def test_lsm_too_few_words_is_nan():
    row = run(_style(10, 5, words=40)).row("lsm")
    assert math.isnan(row["value"]) and row["n"] == 40


def test_lsm_threshold_from_settings():
    assert run(_style(10, 10, words=40), minimum=MinimumData(words_for_style=40)).get("lsm") == 1.0


def test_lsm_in_pairwise():
    pw = run(_style(10, 5)).pairwise
    assert pw["lsm"].tolist() == pytest.approx([(8 + 1 - 5 / 15.0001) / 9] * 2)


GROUP_DISCLOSURES = [
    msg(0, "Ana", "i feel sad", **SAD),
    msg(1, "Cy", "aw, here for you", cat_support=1.0),
    msg(2, "Ben", "lunch?", question=True),
    msg(300, "Ana", "i feel sad", **SAD),  # nobody answers: in a group nobody is accountable
]


@pytest.fixture(scope="module")
def group_disclosures():
    return run(GROUP_DISCLOSURES)


@pytest.mark.parametrize(
    "measure, who, value, n",
    [
        ("responsive_share", "Cy", 1.0, 1),
        ("responsive_share", "Ben", math.nan, 0),
        ("responsiveness_received", "Ana", 0.5, 2),
        ("unanswered_disclosure_share", "Ana", 0.5, 2),
    ],
    ids=lambda x: str(x),
)
def test_group_accountability(group_disclosures, measure, who, value, n):
    row = group_disclosures.row(measure, who)
    assert (row["value"], row["n"]) == (pytest.approx(value, nan_ok=True), n)


def test_pair_in_group_reply_by_outsider_counts_as_received():
    m = run(GROUP_DISCLOSURES, participants=["Ana", "Ben"])
    assert (m.get("responsiveness_received", "Ana"), m.row("responsive_share", "Ben")["n"]) == (
        0.5,
        0,
    )


def test_pair_in_group_disclosures_name_outside_responder():
    d = run(GROUP_DISCLOSURES, participants=["Ana", "Ben"]).disclosures
    assert d["responder"].fillna("-").tolist() == ["Cy", "-"]
