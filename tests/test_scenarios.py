"""The scenario chats, run end to end, against the verdicts a careful reader gives them.

``sample_chats/scenarios/expected.json`` holds, per chat and sign, the status a careful reader
gives (and ``who`` where it names someone; ``core`` marks verdicts the chat was written to show).
Every (chat, sign) is a case, and every case asserts the expected verdict. Where the tool is
known to get it wrong, the case is listed in :data:`KNOWN_WRONG` with the reason and is a strict
expected failure: it is counted, README lists it ("Known wrong verdicts", written by
``python -m tests.figures``), and the day the tool gets it right the test fails until the line is
removed. No case compares the tool with its own earlier output.

Where an expected verdict itself was wrong (it contradicted the sign's rule as written in
docs/signs.md on facts a reader can check in the chat), it was changed in
``sample_chats/verdicts.py``, whose note says what it was and why.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import analyzer
from analyzer.signs import SIGN_IDS

HERE = Path(__file__).resolve().parent.parent / "sample_chats" / "scenarios"
EXPECTED: dict[str, dict[str, dict]] = json.loads(
    (HERE / "expected.json").read_text(encoding="utf-8")
)

# Why the tool's verdict is wrong. UPSTREAM: an earlier stage misreads the text (to fix there,
# then drop the line); LIMIT: what a text measure cannot tell apart.
# These two were once put down to the reply classifier reading caring replies as minimal
# ("what's happened?", "that's really hard", "oh love"). It no longer does: questions that do not
# speak of the replier count, and s38 made support of "oh love", "here whenever you need x",
# "that's impostor syndrome talking", "you've practised loads since though" (waning's
# listen_without_judgment became right with it: Jess met 5 of Ollie's 10 feelings, not 4). Bad
# news is met 92 % of the time in both. What fails is which feelings count as good news: the
# news itself ("yes! starts in may") names no feeling and is no disclosure, and what is read as
# good news instead is misread valence or the replier's own joy at the other's news.
GOOD_NEWS_BALANCED = (
    "UPSTREAM: good news met 0 of 3 ('I miss my dad today' and 'honestly a bit crushed', once "
    "read as good at +0.50, now read negative and count as bad news met): one is Leon's joy at "
    "Maya's news ('😂 proud') left unanswered as the session ends, and two are feelings said at "
    "bedtime whose reply is a goodnight ('excited and a bit terrified' -> 'ok bed. night')"
)
GOOD_NEWS_CRISIS = (
    "UPSTREAM: good news met 3 of 12: eight of the twelve are one's joy or relief at the other's "
    "news ('I'm so relieved for you', 'I'm so happy for you both', 'I'm really glad', 'proud'), "
    "counted as news of one's own awaiting an answer, four of them the last word of a session"
)
COMPLAINTS = "UPSTREAM: none of the three small complaints is found, so nothing can be judged"
TIER3 = "UPSTREAM: only 1 tier-3 painful statement is found, fewer than the 3 needed"
TIER3_WANING = (
    "UPSTREAM: only 2 tier-3 painful statements are found ('I'm crying 😂' is laughter, "
    "not tears), fewer than the 3 needed"
)
# Checked in session 38: not lexicon noise. Removing the banter ("bit angry", "shocking
# defending") only lowers the count further below the minimum; "as usual" is a tier-1
# disappointment phrase and never made a feeling statement.
UNHEARD_FEW = (
    "LIMIT: nobody names a feeling (superficial: Kate's 'mad game', twice; group_dominated: "
    "Marcus's 'I'm not angry I'm just disappointed'), and with nobody flagged not_seen_heard "
    "needs 10 feeling statements in all to say 'not observed': insufficient data, as for a sign "
    "whose situation never arises"
)
HEATED = (
    "LIMIT: sessions mixing small talk and emotion words count as light-to-deep; text cannot "
    "tell heated or self-centred feeling talk from tender talk"
)
ASKS = (
    "LIMIT: questions asked in a fight ('what is wrong with you?') count as questions about the "
    "other, over 4 per 100 messages from both"
)
DEPTH = (
    "LIMIT: 31 % of conversations carry feeling words (Chris's about himself); the lexicon "
    "cannot tell self-centred depth"
)

#: (chat, sign) -> why the tool's verdict differs from the expected one (a strict xfail each).
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("balanced_deep.txt", "can_raise_issues"): COMPLAINTS,
    ("balanced_deep.txt", "share_ups_and_downs"): GOOD_NEWS_BALANCED,
    ("dominating.txt", "light_to_deep"): HEATED,
    ("dominating.txt", "compassion_when_suffering"): TIER3,
    ("dominating.txt", "superficial"): DEPTH,
    ("waning_interest.txt", "compassion_when_suffering"): TIER3_WANING,
    ("superficial.txt", "not_seen_heard"): UNHEARD_FEW,
    ("critical_defensive.txt", "light_to_deep"): HEATED,
    ("critical_defensive.txt", "genuine_interest"): ASKS,
    ("crisis_support.txt", "share_ups_and_downs"): GOOD_NEWS_CRISIS,
    ("group_dominated.txt", "not_seen_heard"): UNHEARD_FEW,
}

# Verdicts changed by the whose-feeling rule (a feeling named of the reader is a reflection, the
# writer's own reaction inside sympathy or shared joy stays theirs; docs/whose-feeling.md). In
# waning_interest, Ollie's "I'm so happy for you. and sad for me lol" (said twice) is now Ollie's
# own feeling statement, and Jess does not answer it, so good news met falls from 3 of 5 to 3 of 7
# (below half) and Ollie's feelings met from 3 of 7 to 3 of 9 (below 0.35). A careful reader takes
# that line as a reply to Jess's news, not as news of Ollie's awaiting an answer; the
# responsiveness measure counts every feeling statement as a disclosure to be met.
OWN_REACTION_AS_NEWS = (
    "UPSTREAM: Ollie's shared joy ('I'm so happy for you. and sad for me lol', twice) is his own "
    "feeling statement and goes unanswered; responsiveness counts a feeling said in reply to the "
    "other's news as a disclosure awaiting an answer (good news met 3 of 8)"
)
# Later, Jess's "you're allowed to rest. really" after Ollie's tiredness became validation (the
# chat-register support families, fair_choice), so Ollie's feelings met rose to 4 of 10 (0.40, at
# least 0.35) and `not_seen_heard` is right again; good news met is 3 of 8, still below half.
KNOWN_WRONG.update({
    ("waning_interest.txt", "share_ups_and_downs"): OWN_REACTION_AS_NEWS,
})

CASES = [(chat, sid) for chat in EXPECTED for sid, _group in SIGN_IDS]


@cache
def signs_of(chat: str) -> dict:
    result = analyzer.analyze(analyzer.load_chat(HERE / chat))
    return {s.id: s for s in result.signs}


def _case(chat: str, sid: str):
    marks = ()
    if (chat, sid) in KNOWN_WRONG:
        marks = pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_WRONG[chat, sid])
    return pytest.param(chat, sid, marks=marks, id=f"{chat.removesuffix('.txt')}-{sid}")


@pytest.mark.parametrize(("chat", "sid"), [_case(c, s) for c, s in CASES])
def test_scenario_verdict(chat, sid):
    sign = signs_of(chat)[sid]
    want = EXPECTED[chat][sid]
    assert sign.status == want["status"]
    if want["who"] is not None:
        assert sign.who == want["who"]


def test_every_scenario_chat_has_expected_verdicts():
    chats = sorted(p.name for p in HERE.glob("*.txt"))
    assert chats == sorted(EXPECTED)
    assert len(CASES) == 9 * 21


def test_every_known_wrong_verdict_is_a_case():
    assert set(KNOWN_WRONG) <= set(CASES)
