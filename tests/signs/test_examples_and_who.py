"""who follows the person (swap the people, who swaps); examples show the sign, or are off."""

import pytest

from analyzer.settings import Settings
from tests.signs.factory import healthy_pair
from tests.signs.test_rules import DOMINANT, both, offloading_chat, sets

WHO_CASES = [
    ("afraid_to_be_vulnerable", sets("Ben", feeling_rate=(0.5, 150))),
    ("not_seen_heard", sets("Ben", responsiveness_received=(0.3, 8))),
    ("judged_criticized", sets("Ana", criticism=(3, 150))),
    ("disappointment", sets("Ben", disappointment=(3, 150))),
    ("loneliness", sets("Ben", loneliness=(2, 150), responsiveness_received=(0.3, 8))),
    ("one_sided", both(DOMINANT, sets("Ana", initiation_share=(0.6, 20)))),
]


@pytest.mark.parametrize(("sid", "edit"), WHO_CASES, ids=[c[0] for c in WHO_CASES])
def test_swapping_people_swaps_who(sid, edit):
    chat = healthy_pair()
    edit(chat)
    before = chat.signs()[sid].who
    after = chat.swapped("Ana", "Ben").signs()[sid].who
    assert (before, after) == (
        {"Ana": "Ana", "Ben": "Ben"}[before],
        {"Ana": "Ben", "Ben": "Ana"}[before],
    )


def test_swapping_dumping_ground():
    assert (
        offloading_chat().signs()["dumping_ground"].who,
        offloading_chat().swapped("Ana", "Ben").signs()["dumping_ground"].who,
    ) == ("Ana", "Ben")


def _criticised():
    chat = healthy_pair()
    chat.set("Ana", criticism=(3, 150))
    chat.message("Ana", 1, "you always forget", cat_criticism=1, at_partner=True)
    chat.message("Ben", 1, "you never listen either", cat_criticism=1, at_partner=True)
    chat.message(
        "Ana", 2, "what is wrong with you, you never ever call", cat_criticism=2, at_partner=True
    )
    chat.message("Ben", 3, "are you mad at me?", cat_reassurance=1)
    chat.message("Ana", 4, "you always do this", cat_criticism=1, at_partner=True)
    return chat


def test_criticism_examples_are_aimed_at_who_strongest_first():
    sign = _criticised().signs()["judged_criticized"]
    assert [(e.author, e.text) for e in sign.examples] == [
        ("Ana", "what is wrong with you, you never ever call"),
        ("Ana", "you always forget"),
        ("Ana", "you always do this"),
    ]


def test_example_timestamps_are_iso():
    sign = _criticised().signs()["judged_criticized"]
    assert sign.examples[1].timestamp == "2026-01-12T09:32:00"


def test_no_examples_when_quotes_are_off():
    chat = _criticised()
    found = chat.signs(settings=Settings(quotes=False))
    assert [s.id for s in found.values() if s.examples] == []


def test_quotes_on_gives_examples_to_observed_signs_only():
    found = healthy_pair().signs()
    with_examples = sorted(s.id for s in found.values() if s.examples)
    assert with_examples == [
        "compassion_when_suffering",
        "empathy",
        "feel_supported",
        "listen_without_judgment",
        "safe_sharing",
        "share_ups_and_downs",
    ]


def test_supported_examples_are_the_hard_feelings_that_were_met():
    sign = healthy_pair().signs()["feel_supported"]
    assert [(e.author, e.text) for e in sign.examples] == [
        ("Ana", "I feel awful #0"),
        ("Ben", "I feel awful #3"),
        ("Ana", "I feel awful #4"),
    ]


def test_one_sided_examples_are_the_dominant_persons_longest_messages():
    chat = healthy_pair()
    DOMINANT(chat)
    chat.set("Ana", initiation_share=(0.6, 20))
    chat.message("Ana", 0, "a " * 40)
    chat.message("Ben", 0, "b " * 60)
    chat.message("Ana", 1, "c " * 50)
    texts = [e.text[:1] for e in chat.signs()["one_sided"].examples]
    assert texts == ["c", "a", "I"]


def test_dumping_examples_are_the_most_negative_offloading():
    chat = offloading_chat()
    chat.disclosures[4]["valence"] = -0.9
    found = chat.signs()["dumping_ground"]
    assert [(e.author, e.text) for e in found.examples] == [
        ("Ana", "I feel awful #4"),
        ("Ana", "I feel awful #0"),
        ("Ana", "I feel awful #1"),
    ]


def test_repeated_words_are_one_example():
    chat = _criticised()
    chat.message(
        "Ana", 5, "what is wrong with you, you never ever call", cat_criticism=2, at_partner=True
    )
    texts = [e.text for e in chat.signs()["judged_criticized"].examples]
    assert texts == [
        "what is wrong with you, you never ever call",
        "you always forget",
        "you always do this",
    ]


def test_long_example_text_is_shortened():
    chat = healthy_pair()
    chat.set("Ben", loneliness=(2, 150), responsiveness_received=(0.3, 8))
    chat.message("Ben", 2, "I feel so alone " + "x" * 400, cat_loneliness=1, at_partner=True)
    text = chat.signs()["loneliness"].examples[0].text
    assert (len(text), text[-1]) == (280, "…")


SUMMARIES = [
    (
        "one_sided",
        both(DOMINANT, sets("Ana", initiation_share=(0.6, 20))),
        "Ana wrote at least 65 % of the words in 78 % of the weeks, "
        "and also starts most conversations.",
    ),
    (
        "afraid_to_be_vulnerable",
        both(sets("Ana", hedges=(3, 150)), sets("Ben", hedges=(3, 150))),
        "Vulnerable feelings mostly stay unsaid by Ana and Ben.",
    ),
    ("find_balance", sets(lsm=(0.4, 3000)), "Lopsided: style matching."),
    (
        "waning_interest",
        sets(trend_messages=(-0.05, 9, 0.01), trend_latency=(0.04, 9, 0.02)),
        "Over the weeks the chat is fading: fewer messages, slower replies.",
    ),
    (
        "light_to_deep",
        sets(deep_session_share=(0.05, 40)),
        "Few conversations move from small talk to feelings (5 %).",
    ),
    (
        "loneliness",
        sets("Ben", loneliness=(2, 150), unanswered_sessions=(3, 10)),
        "Loneliness shows for Ben: said outright, while reaching out goes unanswered.",
    ),
    (
        "waning_interest",
        sets(trend_messages=(0.0, 5, 0.9)),
        "Not enough to judge: 5 weeks of data, fewer than the 8 a trend needs.",
    ),
]


@pytest.mark.parametrize(
    ("sid", "edit", "summary"), SUMMARIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SUMMARIES)]
)
def test_summary(sid, edit, summary):
    chat = healthy_pair()
    edit(chat)
    assert chat.signs()[sid].summary == summary


def test_weak_signs_carry_a_caveat():
    found = healthy_pair().signs()
    assert [s.id for s in found.values() if "W" in s.strength and not s.caveat] == []


def test_thresholds_are_settings():
    chat = healthy_pair()
    chat.set_chat(deep_session_share=(0.1, 40))
    loose = Settings().with_(thresholds=Settings().thresholds.__class__(light_to_deep_share=0.1))
    assert (
        chat.signs()["light_to_deep"].status,
        chat.signs(settings=loose)["light_to_deep"].status,
    ) == ("not_observed", "observed")


RENAME = {"Ana": "Dev 🎸", "Ben": "+44 7700 900123"}


@pytest.mark.parametrize(("sid", "edit"), WHO_CASES, ids=[c[0] for c in WHO_CASES])
def test_renaming_people_only_relabels(sid, edit):
    chat = healthy_pair()
    edit(chat)
    before = chat.signs()
    after = chat.renamed(RENAME).signs()
    assert [(s.status, s.score, RENAME.get(s.who, s.who)) for s in before.values()] == [
        (s.status, s.score, s.who) for s in after.values()
    ]
    assert after[sid].summary == before[sid].summary.replace("Ana", RENAME["Ana"]).replace(
        "Ben", RENAME["Ben"]
    )
