"""The reader-facing texts: rules in words with the settings' own numbers, one named scale for
scores, suggestions only where a sign calls for them and always about the chat."""

from __future__ import annotations

import re

import pytest

from analyzer.report import prose, signcards
from analyzer.settings import Settings
from analyzer.signs import SIGN_IDS, Evidence, Sign

LACK = [sid for sid, group in SIGN_IDS if group == "lack"]


@pytest.mark.parametrize("sid", [sid for sid, _ in SIGN_IDS])
def test_every_rule_is_filled_and_plain(sid):
    text = prose.rule_text(sid, Settings())
    assert "{" not in text and "}" not in text
    assert not re.search(r"[a-z]+_[a-z]+", text), text


def test_rule_numbers_come_from_the_settings():
    assert prose.rule_text("safe_sharing", Settings()) == (
        "Each person makes at least 2 feeling statements per 100 messages, and at least "
        "50\u00a0% of all feeling statements meet a caring reply."
    )
    changed = Settings().with_(
        thresholds=Settings().thresholds.__class__(safe_feeling_rate=3.5)
    )
    assert "at least 3.5 feeling statements per 100 messages" in prose.rule_text(
        "safe_sharing", changed
    )
    assert "within 15\u00a0minutes" in prose.rule_text("presence", Settings())


@pytest.mark.parametrize(
    ("score", "words"),
    [
        (0.0, "faint (0.00)"),
        (0.249, "faint (0.25)"),
        (0.25, "some (0.25)"),
        (0.6, "clear (0.60)"),
        (0.75, "strong (0.75)"),
        (1.0, "strong (1.00)"),
        (None, "no single score; see the evidence"),
    ],
)
def test_score_scale(score, words):
    assert prose.score_words(score) == words


def test_a_sign_not_observed_gets_its_score_without_a_scale_word():
    assert prose.score_words(0.54, "not_observed") == "rule not met; score 0.54"
    assert prose.score_words(0.54, "observed") == "clear (0.54)"
    assert prose.score_words(None, "not_observed") == "no single score; see the evidence"


@pytest.mark.parametrize("sid", [*LACK, "find_balance", "dumping_ground"])
def test_one_or_two_suggestions_about_the_chat(sid):
    found = prose.SUGGESTIONS[sid]
    assert 1 <= len(found) <= 2
    for text in found:
        assert re.search(r"\b(here|chat|chats)\b", text, re.I), text
        assert not re.match(r"(you|try to|tell)\b", text, re.I), text


@pytest.mark.parametrize(
    ("sid", "group", "status", "count"),
    [
        ("one_sided", "lack", "observed", 2),
        ("one_sided", "lack", "not_observed", 0),
        ("one_sided", "lack", "insufficient_data", 0),
        ("find_balance", "balance", "not_observed", 2),
        ("find_balance", "balance", "observed", 0),
        ("dumping_ground", "balance", "observed", 2),
        ("dumping_ground", "balance", "not_observed", 0),
        ("safe_sharing", "intimacy", "not_observed", 0),
    ],
)
def test_suggestions_only_where_the_sign_calls_for_them(sid, group, status, count):
    assert len(prose.suggestions(sid, group, status)) == count


def _sign(evidence, status="observed", score=0.4):
    return Sign(
        "safe_sharing", "intimacy", "Private worries are shared", status, score, None,
        "Both of you say how you feel.", "M", "", tuple(evidence),
    )


def test_card_rows_speak_plainly_with_units():
    ev = [
        Evidence("feeling_rate", "Tom", 3.409, 264, note="min >= 2 (safe_feeling_rate)"),
        Evidence("responsiveness_received", "", 0.577, 26, note="pooled >= 0.5 (safe_x)"),
        Evidence("responsiveness_received", "Ana", 0.5, 4, note="flag below 0.35 with n >= 5"),
        Evidence("questions", "Ben", 22.222, 264, note="min_rate >= 4 (interest_question_rate)"),
        Evidence("dominated_weeks_share", "Tom", 0.0, 10,
                 note="counted weeks with word share >= 0.65; needs >= 0.7"),
    ]
    card = signcards.card(_sign(ev), quotes=True, settings=Settings())
    rows = [[r.label, *(c.text for c in r.cells)] for r in card.evidence.rows]
    assert rows == [
        ["Feeling statements per 100 messages", "Tom", "3.4 per 100 messages", "264 messages", ""],
        ["Own disclosures met responsively", "everyone together", "58\u00a0%",
         "26 feeling statements", ""],
        ["Own disclosures met responsively", "Ana", "50\u00a0%", "4 feeling statements", ""],
        ["Questions asked", "Ben", "22.2\u00a0per 100 messages", "264", ""],
        ["Weeks with most of the words", "Tom", "0\u00a0%", "10 weeks",
         "counted weeks with word share at least 65\u00a0%"],
    ]
    assert card.evidence.rows[2].cells[1].sub == (
        "too few to judge: fewer than 5 feeling statements"
    )
    assert card.how == "some (0.40)"
    unmet = signcards.card(_sign(ev, "not_observed", 0.62), quotes=True, settings=Settings())
    assert unmet.how == "rule not met; score 0.62"
    assert card.change.startswith("The verdict turns on how often each person says")


def test_what_to_try_lists_the_signs_that_call_for_it():
    signs = [
        _sign([], status="observed").__class__(
            "one_sided", "lack", "One person does most of the talking", "observed", 1.0, "Chris",
            "", "R", "",
        ),
        _sign([]).__class__(
            "find_balance", "balance", "Give and take are balanced", "not_observed", 0.2, None,
            "", "R", "",
        ),
        _sign([]).__class__(
            "superficial", "lack", "The talk stays on the surface", "not_observed", 0.2, None,
            "", "M", "",
        ),
    ]
    block = signcards.try_block(signs)
    assert block.title == "What to try"
    assert block.items == (
        "One person does most of the talking: " + prose.SUGGESTIONS["one_sided"][0],
        "Give and take: " + prose.SUGGESTIONS["find_balance"][0],
    )
    assert signcards.try_block(signs[2:]) is None
