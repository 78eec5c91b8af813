"""insufficient_data exactly at the edges of the minimum data (docs/signs.md)."""

import pytest

from analyzer.signs import SIGN_IDS
from analyzer.signs.predicates import best_share
from tests.signs.factory import healthy_pair

ALL = [sid for sid, _ in SIGN_IDS]
LEXICON = [
    "safe_sharing",
    "feel_supported",
    "listen_without_judgment",
    "share_ups_and_downs",
    "light_to_deep",
    "empathy",
    "compassion_when_suffering",
    "afraid_to_be_vulnerable",
    "superficial",
    "dumping_ground",
]
#: Signs decided without the emotion reading (words, starts, reply times, "?" questions).
STRUCTURAL = ("presence", "one_sided", "waning_interest")
DISCLOSURE = [
    "feel_supported",
    "listen_without_judgment",
    "share_ups_and_downs",
    "empathy",
    "compassion_when_suffering",
]


def _statuses(chat):
    return {sid: s.status for sid, s in chat.signs().items()}


@pytest.mark.parametrize(
    ("edit", "insufficient"),
    [
        (lambda c: c.set_chat(span_days=(13.9, 300)), True),
        (lambda c: c.set_chat(span_days=(14.0, 300)), False),
        (lambda c: (c.set("Ana", messages=(50, 50)), c.set("Ben", messages=(49, 49))), True),
        (lambda c: (c.set("Ana", messages=(50, 50)), c.set("Ben", messages=(50, 50))), False),
        (lambda c: c.set("Ben", messages=(19, 19)), True),
        (lambda c: c.set("Ben", messages=(20, 20)), False),
    ],
    ids=["13.9-days", "14-days", "99-messages", "100-messages", "19-from-one", "20-from-one"],
)
def test_base_gate_edges(edit, insufficient):
    chat = healthy_pair()
    edit(chat)
    statuses = _statuses(chat)
    expected = {sid for sid in ALL if statuses[sid] == "insufficient_data"}
    assert (expected == set(ALL)) is insufficient


def test_base_gate_summary_names_the_shortfall():
    chat = healthy_pair()
    chat.set("Ben", messages=(12, 12))
    assert chat.signs()["one_sided"].summary == (
        "Not enough to judge: Ben wrote 12 messages, fewer than 20."
    )


def test_single_person_is_insufficient():
    chat = healthy_pair()
    signs = chat.signs(participants=["Ana"])
    assert {s.status for s in signs.values()} == {"insufficient_data"}


def _with_disclosures(n):
    chat = healthy_pair()
    chat.disclosures = chat.disclosures[:n]
    return chat


@pytest.mark.parametrize(
    ("n", "status"), [(9, "insufficient_data"), (10, "observed")], ids=["9", "10"]
)
def test_responsiveness_needs_ten_disclosures(n, status):
    assert _with_disclosures(n).signs()["feel_supported"].status == status


@pytest.mark.parametrize(
    ("n", "status"), [(9, "insufficient_data"), (10, "observed")], ids=["9", "10"]
)
def test_safe_sharing_needs_ten_disclosures(n, status):
    assert _with_disclosures(n).signs()["safe_sharing"].status == status


def _unmet(chat):
    for d in chat.disclosures:
        d["response"] = "minimal"
    return chat


@pytest.mark.parametrize(
    ("sid", "edit"),
    [
        ("feel_supported", _unmet),
        ("empathy", _unmet),
        ("compassion_when_suffering", _unmet),
        ("share_ups_and_downs", _unmet),
        (
            "safe_sharing",
            lambda c: (
                c.set("Ana", responsiveness_received=(0.2, 5)),
                c.set("Ben", responsiveness_received=(0.2, 4)),
            ),
        ),
        ("listen_without_judgment", lambda c: c.set("Ben", responsive_share=(0.2, 5))),
    ],
    ids=["feel_supported", "empathy", "compassion", "ups_and_downs", "safe_sharing", "listen"],
)
def test_below_the_minimum_a_sign_that_fails_even_at_best_is_not_observed(sid, edit):
    chat = _with_disclosures(9)
    edit(chat)
    assert chat.signs()[sid].status == "not_observed"


@pytest.mark.parametrize(
    ("hits", "status"),
    [(2, "insufficient_data"), (1, "not_observed")],
    ids=["could-reach", "cannot-reach"],
)
def test_best_case_pads_to_the_minimum(hits, status):
    """Six negative disclosures by Ana, ``hits`` met: four more could come, so the best case is
    (hits + 4) / 10 against supported_share 0.6."""
    chat = _with_disclosures(0)
    for week in range(6):
        chat.disclose(
            "Ana", week, negative=True, response="responsive" if week < hits else "minimal"
        )
    assert chat.signs()["feel_supported"].status == status


@pytest.mark.parametrize(
    ("hits", "n", "pad", "expected"),
    [(0, 5, 5, 0.5), (3, 6, 4, 0.7), (2, 2, 0, 1.0)],
    ids=["half", "seven-tenths", "no-pad"],
)
def test_best_share(hits, n, pad, expected):
    assert best_share(hits, n, pad) == pytest.approx(expected)


def test_decided_below_the_minimum_says_so():
    sign = _unmet(_with_disclosures(9)).signs()["feel_supported"]
    assert sign.summary == (
        "Hard feelings often go without a caring answer (met 0 "
        "% of the time). There is little to go on "
        "(9 feeling statements in all, fewer than 10), but more could not change this."
    )


def test_safe_sharing_without_feelings_is_not_observed_whatever_the_data():
    chat = _with_disclosures(0)
    chat.set("Ben", feeling_rate=(0.0, 150))
    assert chat.signs()["safe_sharing"].status == "not_observed"


def test_nine_disclosures_are_too_few_to_offload():
    sign = _with_disclosures(9).signs()["dumping_ground"]
    assert (sign.status, sign.summary) == (
        "not_observed",
        "Troubles are not offloaded one way: there is too little "
        "talk of troubles for anyone to offload.",
    )


def test_nine_disclosures_make_every_responsiveness_sign_insufficient():
    statuses = _statuses(_with_disclosures(9))
    assert [sid for sid in DISCLOSURE if statuses[sid] != "insufficient_data"] == []


@pytest.mark.parametrize(
    ("n", "status"), [(29, "insufficient_data"), (30, "observed")], ids=["29", "30"]
)
def test_latency_needs_thirty_replies_each(n, status):
    chat = healthy_pair()
    chat.set("Ben", median_latency_s=(60.0, n))
    assert chat.signs()["presence"].status == status


def test_one_word_replies_decide_presence_without_enough_timed_replies():
    chat = healthy_pair()
    chat.set("Ben", median_latency_s=(60.0, 12), minimal_share=(0.45, 80))
    assert chat.signs()["presence"].status == "not_observed"


@pytest.mark.parametrize(
    ("weeks", "status"), [(7, "insufficient_data"), (8, "not_observed")], ids=["7", "8"]
)
def test_trend_needs_eight_weeks(weeks, status):
    chat = healthy_pair()
    chat.set_chat(trend_messages=(0.0, weeks, 0.9))
    assert chat.signs()["waning_interest"].status == status


@pytest.mark.parametrize(("words", "counted"), [(49, False), (50, True)], ids=["49", "50"])
def test_style_matching_needs_fifty_words_each(words, counted):
    chat = healthy_pair()
    chat.set("Ben", words=(words, 10))
    evidence = [e.measure for e in chat.signs()["find_balance"].evidence]
    assert ("lsm" in evidence) is counted


NOT_READ_SUMMARY = (
    "Not enough to judge: it needs the emotion reading, which this chat's language (German) "
    "does not have yet."
)


def test_no_reading_makes_reading_signs_insufficient_and_says_why():
    chat = healthy_pair()
    chat.lexicon = False
    signs = chat.signs()
    assert {sid: signs[sid].status for sid in ALL} == {
        **{sid: "insufficient_data" for sid in ALL},
        "presence": "observed",
        "one_sided": "not_observed",
        "waning_interest": "not_observed",
    }
    assert {signs[sid].summary for sid in ALL if sid not in STRUCTURAL} == {NOT_READ_SUMMARY}


def test_no_reading_leaves_the_caveat_as_written():
    chat = healthy_pair()
    chat.lexicon = False
    assert chat.signs()["light_to_deep"].caveat == healthy_pair().signs()["light_to_deep"].caveat


def test_no_reading_still_decides_on_what_any_language_shows():
    chat = healthy_pair()
    chat.lexicon = False
    chat.set("Ana", initiations=(19, 20), initiation_share=(0.95, 20))
    chat.set("Ben", initiations=(1, 20), initiation_share=(0.05, 20))
    signs = chat.signs()
    # one person starts nearly every conversation: not mutual care, not balanced, in any language
    assert (signs["mutual_care"].status, signs["find_balance"].status) == (
        "not_observed",
        "not_observed",
    )


def test_no_reading_disappointment_from_unanswered_starts():
    chat = healthy_pair()
    chat.lexicon = False
    chat.set("Ana", unanswered_sessions=(8, 10))
    sign = chat.signs()["disappointment"]
    assert (sign.status, sign.who) == ("observed", "Ana")
