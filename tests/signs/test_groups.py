"""Group chats: shares judged against the fair share 1/k; --pair judges only the two."""

import pytest

from tests.signs.factory import HandChat, healthy_chat_level, healthy_person


def trio(cy_words: float) -> HandChat:
    rest = (400.0 - cy_words) / 2
    chat = HandChat(
        people={p: healthy_person() for p in ("Ana", "Ben", "Cy")},
        chat=healthy_chat_level(),
        weekly_words={"Ana": [rest] * 9, "Ben": [rest] * 9, "Cy": [cy_words] * 9},
    )
    for p in chat.people:
        chat.set(
            p,
            initiation_share=(1 / 3, 30),
            question_share=(1 / 3, 60),
            word_share=1 / 3,
            message_share=1 / 3,
        )
    chat.set("Cy", initiation_share=(0.5, 30))
    for week in range(6):
        chat.disclose("Ana", week, negative=week % 2 == 0, responder="Ben")
        chat.disclose("Ben", week, negative=week % 2 == 1, responder="Cy")
        chat.disclose("Cy", week, negative=week % 2 == 0, responder="Ana")
    return chat


@pytest.mark.parametrize(
    ("cy_words", "expected"),
    [(200.0, ("not_observed", 0.0, None)), (220.0, ("observed", 1.0, "Cy"))],
    ids=["half-of-three", "55-percent-of-three"],
)
def test_one_sided_in_a_group_uses_excess_over_fair_share(cy_words, expected):
    sign = trio(cy_words).signs()["one_sided"]
    assert (sign.status, sign.score, sign.who) == expected


def test_a_pair_inside_a_group_ignores_the_third():
    chat = trio(220.0)
    sign = chat.signs(participants=["Ana", "Ben"])["one_sided"]
    assert (sign.status, sign.score) == ("not_observed", 0.0)


def test_group_responsiveness_signs_pool_everyone():
    found = trio(133.0).signs()
    assert [
        found[s].status for s in ("feel_supported", "empathy", "dumping_ground", "find_balance")
    ] == ["observed", "observed", "not_observed", "observed"]
