"""The scenario chats, run end to end, against the verdicts a careful reader gives them.

``sample_chats/scenarios/expected.json`` holds, per chat and sign, the status a careful reader
gives (and ``who`` where it names someone; ``core`` marks verdicts the chat was written to show).
Every (chat, sign) is a case. Where our verdict differs and we stand by ours, or where an earlier
stage still misreads the text, the case is listed in :data:`DIFFERENCES` with the reason, and the
test pins our verdict there, so any change shows up.
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

# Why a verdict differs. UPSTREAM: an earlier stage misreads the text (to fix there, then drop
# the line); OURS: we stand by our verdict (reported to the lead with the reason).
REPLIES = (
    "UPSTREAM: the reply classifier reads many caring replies as minimal ('what's happened?', "
    "'that's really hard', 'oh love'): 44 % of balanced_deep's disclosures count as met"
)
COMPLAINTS = "UPSTREAM: none of the three small complaints is found, so nothing can be judged"
TIER3 = "UPSTREAM: only 1 tier-3 painful statement is found, fewer than the 3 needed"
TIER3_WANING = (
    "UPSTREAM: only 2 tier-3 painful statements are found ('I'm crying 😂' is laughter, "
    "not tears), fewer than the 3 needed"
)
NOISE = (
    "UPSTREAM: lexicon false positives ('bit angry', 'as usual') make feeling statements of banter"
)
MUTUAL = (
    "OURS: the support / interest here runs one way (Nina to Leah); an intimacy sign needs both "
    "directions (or, for support, each person who shares troubles to be met)"
)
STARTS = "OURS: one person starts most conversations (about 72-74 %), a large, lasting asymmetry"
FEW = (
    "OURS: 8 feeling statements, fewer than the 10 the minimum asks, and more could still "
    "change the verdict, so insufficient_data"
)
HEATED = (
    "OURS: sessions mixing small talk and emotion words count as light-to-deep; text cannot "
    "tell heated or self-centred feeling talk from tender talk"
)
WEAK_PRESENCE = (
    "OURS: replies stay within minutes in the median (weak indicator; the slowdown shows as "
    "waning_interest)"
)
ASKS = "OURS: both ask questions about the other at over 4 per 100 messages, even while fighting"
DEPTH = (
    "OURS: 31 % of conversations carry feeling words (Chris's about himself); the lexicon "
    "cannot tell self-centred depth"
)

#: (chat, sign) -> (our status, why it differs from the expected verdict).
DIFFERENCES: dict[tuple[str, str], tuple[str, str]] = {
    ("balanced_deep.txt", "can_raise_issues"): ("insufficient_data", COMPLAINTS),
    ("balanced_deep.txt", "share_ups_and_downs"): ("not_observed", REPLIES),
    ("dominating.txt", "light_to_deep"): ("observed", HEATED),
    ("dominating.txt", "compassion_when_suffering"): ("insufficient_data", TIER3),
    ("dominating.txt", "superficial"): ("not_observed", DEPTH),
    ("dumping_ground.txt", "feel_supported"): ("not_observed", MUTUAL),
    ("dumping_ground.txt", "listen_without_judgment"): ("not_observed", MUTUAL),
    ("dumping_ground.txt", "empathy"): ("not_observed", MUTUAL),
    ("dumping_ground.txt", "genuine_interest"): ("not_observed", MUTUAL),
    ("waning_interest.txt", "listen_without_judgment"): ("not_observed", REPLIES),
    # share_ups_and_downs and not_seen_heard now agree with the expected verdicts: "I'm so happy
    # for you" (Ollie, twice, to Jess's good news) is read as support by the "blessing"
    # family of analyzer/nlp/patterns.py, so those good-news disclosures count as met.
    ("waning_interest.txt", "mutual_care"): ("not_observed", STARTS),
    ("waning_interest.txt", "presence"): ("observed", WEAK_PRESENCE),
    ("waning_interest.txt", "compassion_when_suffering"): ("insufficient_data", TIER3_WANING),
    ("waning_interest.txt", "find_balance"): ("not_observed", STARTS),
    ("superficial.txt", "not_seen_heard"): ("insufficient_data", NOISE),
    ("critical_defensive.txt", "safe_sharing"): ("insufficient_data", FEW),
    ("critical_defensive.txt", "feel_supported"): ("insufficient_data", FEW),
    ("critical_defensive.txt", "listen_without_judgment"): ("insufficient_data", FEW),
    ("critical_defensive.txt", "light_to_deep"): ("observed", HEATED),
    ("critical_defensive.txt", "genuine_interest"): ("observed", ASKS),
    ("critical_defensive.txt", "presence"): ("observed", WEAK_PRESENCE),
    ("critical_defensive.txt", "compassion_when_suffering"): ("insufficient_data", FEW),
    ("critical_defensive.txt", "find_balance"): ("not_observed", STARTS),
    ("crisis_support.txt", "share_ups_and_downs"): ("not_observed", REPLIES),
    ("group_dominated.txt", "afraid_to_be_vulnerable"): ("observed", NOISE),
    ("group_dominated.txt", "not_seen_heard"): ("insufficient_data", NOISE),
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
    "other's news as a disclosure awaiting an answer (good news met 3 of 7, Ollie met 3 of 9)"
)
WHOSE_FEELING: dict[tuple[str, str], tuple[str, str]] = {
    ("waning_interest.txt", "share_ups_and_downs"): ("not_observed", OWN_REACTION_AS_NEWS),
    ("waning_interest.txt", "not_seen_heard"): ("observed", OWN_REACTION_AS_NEWS),
}
DIFFERENCES.update(WHOSE_FEELING)

CASES = [(chat, sid) for chat in EXPECTED for sid, _group in SIGN_IDS]


@cache
def signs_of(chat: str) -> dict:
    result = analyzer.analyze(analyzer.load_chat(HERE / chat))
    return {s.id: s for s in result.signs}


@pytest.mark.parametrize(
    ("chat", "sid"), CASES, ids=[f"{c.removesuffix('.txt')}-{s}" for c, s in CASES]
)
def test_scenario_verdict(chat, sid):
    sign = signs_of(chat)[sid]
    want = EXPECTED[chat][sid]
    if (chat, sid) in DIFFERENCES:
        assert sign.status == DIFFERENCES[chat, sid][0]
        return
    assert sign.status == want["status"]
    if want["who"] is not None:
        assert sign.who == want["who"]


def test_every_scenario_chat_has_expected_verdicts():
    chats = sorted(p.name for p in HERE.glob("*.txt"))
    assert chats == sorted(EXPECTED)


def test_every_difference_is_a_real_difference():
    same = [
        key
        for key, (ours, _why) in DIFFERENCES.items()
        if EXPECTED[key[0]][key[1]]["status"] == ours
    ]
    assert same == []
