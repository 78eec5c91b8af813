"""Every sign on hand-made measures: exact status, score and who."""

import pytest

from analyzer.signs import SIGN_IDS
from tests.signs.factory import HandChat, healthy_chat_level, healthy_pair, healthy_person

HEALTHY = {
    "safe_sharing": ("observed", 0.75, None),
    "feel_supported": ("observed", 1.0, None),
    "listen_without_judgment": ("observed", 0.75, None),
    "can_raise_issues": ("insufficient_data", None, None),
    "share_ups_and_downs": ("observed", 1.0, None),
    "mutual_care": ("observed", 1.0, None),
    "light_to_deep": ("observed", 0.3, None),
    "empathy": ("observed", 1.0, None),
    "genuine_interest": ("observed", None, None),
    "presence": ("observed", None, None),
    "compassion_when_suffering": ("observed", 1.0, None),
    "afraid_to_be_vulnerable": ("not_observed", None, None),
    "superficial": ("not_observed", 0.7, None),
    "not_seen_heard": ("not_observed", None, None),
    "judged_criticized": ("not_observed", None, None),
    "disappointment": ("not_observed", None, None),
    "one_sided": ("not_observed", 0.0, None),
    "waning_interest": ("not_observed", 0.0, None),
    "loneliness": ("not_observed", None, None),
    "find_balance": ("observed", 0.97, None),
    "dumping_ground": ("not_observed", 0.5, None),
}


def _got(sign):
    score = None if sign.score is None else round(sign.score, 4)
    return sign.status, score, sign.who


@pytest.mark.parametrize("sid", [sid for sid, _ in SIGN_IDS])
def test_healthy_pair(sid):
    status, score, who = HEALTHY[sid]
    assert _got(healthy_pair().signs()[sid]) == (
        status,
        None if score is None else round(score, 4),
        who,
    )


def test_one_sign_per_id_in_order():
    found = list(healthy_pair().signs().values())
    assert [(s.id, s.group) for s in found] == list(SIGN_IDS)


# --------------------------------------------------------------------------- edits


def responses(author, response, *, negative=None):
    def edit(chat):
        for d in chat.disclosures:
            if d["author"] == author and (negative is None or d["negative"] == negative):
                d["response"] = response

    return edit


def only_negative(keep):
    def edit(chat):
        left = keep
        for d in chat.disclosures:
            if d["negative"]:
                if left:
                    left -= 1
                else:
                    d["negative"], d["valence"] = False, 0.5

    return edit


def only_positive(keep):
    def edit(chat):
        left = keep
        for d in chat.disclosures:
            if not d["negative"]:
                if left:
                    left -= 1
                else:
                    d["negative"], d["valence"] = True, -0.5

    return edit


def only_tier3(keep):
    def edit(chat):
        left = keep
        for d in chat.disclosures:
            if d["tier"] >= 3:
                if left:
                    left -= 1
                else:
                    d["tier"] = 2.0

    return edit


def weeks(ana, ben):
    def edit(chat):
        chat.weekly_words = {"Ana": list(ana), "Ben": list(ben)}

    return edit


def sets(person="", **values):
    def edit(chat):
        chat.set_chat(**values) if not person else chat.set(person, **values)

    return edit


def both(*edits):
    def edit(chat):
        for e in edits:
            e(chat)

    return edit


DOMINANT = weeks([260.0] * 7 + [170.0] * 2, [140.0] * 7 + [170.0] * 2)

CASES = [
    # safe_sharing
    (
        "safe_sharing",
        sets("Ben", feeling_rate=(0.9, 150)),
        ("not_observed", 0.75, None),
        "one-rarely-says",
    ),
    (
        "safe_sharing",
        both(
            sets("Ana", responsiveness_received=(0.3, 8)),
            sets("Ben", responsiveness_received=(0.5, 8)),
        ),
        ("not_observed", 0.4, None),
        "rarely-met",
    ),
    # feel_supported
    (
        "feel_supported",
        responses("Ben", "minimal", negative=True),
        ("not_observed", 0.5, None),
        "ben-unmet",
    ),
    ("feel_supported", only_negative(2), ("insufficient_data", None, None), "two-negative"),
    (
        "feel_supported",
        responses("Ben", "minimal", negative=False),
        ("observed", 1.0, None),
        "good-news-unmet-irrelevant",
    ),
    # listen_without_judgment
    (
        "listen_without_judgment",
        sets("Ben", invalidating_share=(0.2, 8)),
        ("not_observed", 0.75, None),
        "invalidating",
    ),
    (
        "listen_without_judgment",
        sets("Ben", responsive_share=(0.4, 8)),
        ("not_observed", 0.575, None),
        "unresponsive",
    ),
    (
        "listen_without_judgment",
        sets("Ben", responsive_share=(0.0, 2)),
        ("observed", 0.6, None),
        "too-few-to-judge-ben",
    ),
    # can_raise_issues
    (
        "can_raise_issues",
        both(
            sets("Ana", complaints=(2, 150), complaint_repair_share=(0.5, 2)),
            sets("Ben", complaints=(1, 150), complaint_repair_share=(1.0, 1)),
        ),
        ("observed", 0.6667, None),
        "two-of-three-repaired",
    ),
    (
        "can_raise_issues",
        sets("Ana", complaints=(2, 150), complaint_repair_share=(0.5, 2)),
        ("not_observed", 0.5, None),
        "one-of-two-repaired",
    ),
    (
        "can_raise_issues",
        sets("Ana", complaints=(1, 150), complaint_repair_share=(1.0, 1)),
        ("insufficient_data", None, None),
        "one-complaint",
    ),
    (
        "can_raise_issues",
        sets("Ana", complaints=(2, 150)),
        ("insufficient_data", None, None),
        "replies-unmeasured",
    ),
    # share_ups_and_downs
    ("share_ups_and_downs", only_positive(2), ("not_observed", 1.0, None), "two-good-news"),
    (
        "share_ups_and_downs",
        lambda c: c.disclosures.clear(),
        ("not_observed", None, None),
        "no-news",
    ),
    (
        "share_ups_and_downs",
        responses("Ana", "minimal", negative=False),
        ("observed", 0.75, None),
        "good-news-half-met",
    ),
    (
        "share_ups_and_downs",
        both(responses("Ana", "minimal", negative=False), responses("Ben", "none", negative=False)),
        ("not_observed", 0.5, None),
        "good-news-unmet",
    ),
    # mutual_care
    (
        "mutual_care",
        sets("Ben", affection=(1, 150)),
        ("not_observed", 0.8214, None),
        "affection-one-way",
    ),
    (
        "mutual_care",
        both(
            sets("Ana", affection=(0, 150), questions_about_other=(2, 150)),
            sets("Ben", affection=(0, 150), questions_about_other=(2, 150)),
        ),
        ("not_observed", 1.0, None),
        "too-little-care",
    ),
    (
        "mutual_care",
        both(sets("Ana", affection=(0, 150)), sets("Ben", affection=(0, 150))),
        ("observed", 1.0, None),
        "no-affection-but-check-ins",
    ),
    (
        "mutual_care",
        lambda c: c.people["Ben"].pop("initiations"),
        ("insufficient_data", None, None),
        "initiations-missing",
    ),
    (
        "mutual_care",
        both(lambda c: c.people["Ben"].pop("initiations"), sets("Ben", affection=(1, 150))),
        ("not_observed", 0.7619, None),
        "a-failure-needs-no-more-data",
    ),
    # light_to_deep
    (
        "light_to_deep",
        sets(deep_session_share=(0.25, 40)),
        ("observed", 0.25, None),
        "at-threshold",
    ),
    ("light_to_deep", sets(deep_session_share=(0.249, 40)), ("not_observed", 0.249, None), "below"),
    # empathy
    (
        "empathy",
        responses("Ana", "minimal", negative=True),
        ("not_observed", 0.0, None),
        "ben-cold",
    ),
    ("empathy", sets("Ben", support_given=(1, 150)), ("not_observed", 1.0, None), "little-support"),
    ("empathy", only_negative(2), ("insufficient_data", None, None), "no-distress"),
    # genuine_interest
    (
        "genuine_interest",
        sets("Ben", questions=(5, 150)),
        ("not_observed", None, None),
        "few-questions",
    ),
    (
        "genuine_interest",
        sets("Ben", questions=(6, 150)),
        ("observed", None, None),
        "four-per-hundred",
    ),
    (
        "genuine_interest",
        sets("Ben", questions_about_other=(0, 150), followups=(5, 150)),
        ("not_observed", None, None),
        "not-about-other",
    ),
    (
        "genuine_interest",
        sets("Ben", questions_about_other=(0, 150), followups=(6, 150)),
        ("observed", None, None),
        "four-follow-ups-per-hundred",
    ),
    # presence
    ("presence", sets("Ben", median_latency_s=(901.0, 100)), ("not_observed", None, None), "slow"),
    (
        "presence",
        sets("Ben", median_latency_s=(900.0, 100)),
        ("observed", None, None),
        "fifteen-minutes",
    ),
    ("presence", sets("Ana", minimal_share=(0.31, 100)), ("not_observed", None, None), "one-word"),
    # compassion_when_suffering
    (
        "compassion_when_suffering",
        lambda c: [
            d.update(response="none", responder=None, response_row=-1)
            for d in c.disclosures
            if d["tier"] >= 3 and d["author"] == "Ben"
        ],
        ("not_observed", 0.5, None),
        "half-unanswered",
    ),
    ("compassion_when_suffering", only_tier3(2), ("insufficient_data", None, None), "two-painful"),
    # afraid_to_be_vulnerable
    (
        "afraid_to_be_vulnerable",
        sets("Ben", feeling_rate=(0.5, 150)),
        ("observed", None, "Ben"),
        "ben-quiet",
    ),
    (
        "afraid_to_be_vulnerable",
        both(sets("Ana", feeling_rate=(0.5, 150)), sets("Ben", feeling_rate=(0.5, 150))),
        ("not_observed", None, None),
        "both-quiet-is-not-guarded",
    ),
    (
        "afraid_to_be_vulnerable",
        both(sets("Ana", feeling_rate=(1.9, 150)), sets("Ben", feeling_rate=(0.5, 150))),
        ("not_observed", None, None),
        "other-shares-little-too",
    ),
    (
        "afraid_to_be_vulnerable",
        both(
            sets("Ana", feeling_rate=(0.5, 150), hedges=(3, 150)),
            sets("Ben", feeling_rate=(0.5, 150), hedges=(4, 150)),
        ),
        ("observed", None, None),
        "both-hedge",
    ),
    (
        "afraid_to_be_vulnerable",
        sets("Ana", disclosure_share=(0.9, 16)),
        ("observed", None, "Ben"),
        "ana-does-the-feeling",
    ),
    (
        "afraid_to_be_vulnerable",
        sets("Ana", hedges=(3, 150)),
        ("observed", None, "Ana"),
        "ana-hedges",
    ),
    (
        "afraid_to_be_vulnerable",
        sets("Ana", hedges=(2, 150)),
        ("not_observed", None, None),
        "two-hedges",
    ),
    # superficial
    (
        "superficial",
        both(
            sets(deep_session_share=(0.08, 40)),
            sets("Ana", tier0_share=(0.5, 150), tier1_share=(0.45, 150)),
            sets("Ben", tier0_share=(0.5, 150), tier1_share=(0.45, 150)),
        ),
        ("observed", 0.92, None),
        "logistics",
    ),
    (
        "superficial",
        sets(deep_session_share=(0.08, 40)),
        ("not_observed", 0.92, None),
        "feelings-in-messages",
    ),
    (
        "superficial",
        both(
            sets(deep_session_share=(0.16, 40)),
            sets("Ana", tier0_share=(0.5, 150), tier1_share=(0.45, 150)),
            sets("Ben", tier0_share=(0.5, 150), tier1_share=(0.45, 150)),
        ),
        ("not_observed", 0.84, None),
        "some-deep-sessions",
    ),
    # not_seen_heard
    (
        "not_seen_heard",
        sets("Ben", responsiveness_received=(0.3, 8)),
        ("observed", None, "Ben"),
        "ben-unanswered",
    ),
    (
        "not_seen_heard",
        sets("Ben", responsiveness_received=(0.3, 4)),
        ("not_observed", None, None),
        "too-few",
    ),
    (
        "not_seen_heard",
        sets("Ben", complaints=(2, 150), complaint_repair_share=(0.5, 2)),
        ("observed", None, "Ben"),
        "complaints-unrepaired",
    ),
    (
        "not_seen_heard",
        sets("Ben", complaints=(2, 150), complaint_repair_share=(1.0, 2)),
        ("not_observed", None, None),
        "complaints-repaired",
    ),
    # judged_criticized
    (
        "judged_criticized",
        sets("Ana", criticism=(3, 150)),
        ("observed", None, "Ben"),
        "ana-criticises",
    ),
    (
        "judged_criticized",
        sets("Ana", criticism=(3, 400), messages=(400, 400)),
        ("not_observed", None, None),
        "rare-in-much",
    ),
    (
        "judged_criticized",
        sets("Ana", criticism=(2, 150)),
        ("not_observed", None, None),
        "two-criticisms",
    ),
    (
        "judged_criticized",
        sets("Ben", reassurance_seeking=(3, 150)),
        ("observed", None, "Ben"),
        "ben-reassurance",
    ),
    # disappointment
    (
        "disappointment",
        sets("Ben", disappointment=(3, 150)),
        ("observed", None, "Ben"),
        "ben-let-down",
    ),
    (
        "disappointment",
        sets("Ben", unanswered_sessions=(3, 10)),
        ("observed", None, "Ben"),
        "three-in-ten-unanswered",
    ),
    (
        "disappointment",
        sets("Ben", unanswered_sessions=(2, 10)),
        ("not_observed", None, None),
        "two-in-ten",
    ),
    (
        "disappointment",
        sets("Ben", initiations=(4, 4), unanswered_sessions=(4, 4)),
        ("not_observed", None, None),
        "few-starts",
    ),
    # loneliness
    (
        "loneliness",
        sets("Ben", loneliness=(2, 150), responsiveness_received=(0.3, 8)),
        ("observed", None, "Ben"),
        "says-twice-unheard",
    ),
    (
        "loneliness",
        sets("Ben", loneliness=(2, 150), unanswered_sessions=(3, 10)),
        ("observed", None, "Ben"),
        "says-twice-unanswered",
    ),
    (
        "loneliness",
        sets("Ben", loneliness=(2, 150)),
        ("not_observed", None, None),
        "says-twice-heard",
    ),
    (
        "loneliness",
        sets("Ben", loneliness=(1, 150), unanswered_sessions=(3, 10)),
        ("not_observed", None, None),
        "once-unanswered",
    ),
    (
        "loneliness",
        lambda c: [c.people[p].pop("loneliness") for p in c.people],
        ("insufficient_data", None, None),
        "not-counted",
    ),
    # one_sided
    (
        "one_sided",
        both(DOMINANT, sets("Ana", initiation_share=(0.6, 20))),
        ("observed", 0.7778, "Ana"),
        "ana-dominates",
    ),
    ("one_sided", DOMINANT, ("not_observed", 0.7778, None), "no-support"),
    (
        "one_sided",
        both(DOMINANT, sets("Ana", initiation_share=(0.6, 20), message_share=(0.45, 300))),
        ("not_observed", 0.7778, None),
        "few-long-messages",
    ),
    (
        "one_sided",
        both(DOMINANT, sets("Ana", question_share=(0.4, 40))),
        ("observed", 0.7778, "Ana"),
        "asks-few",
    ),
    (
        "one_sided",
        both(DOMINANT, sets("Ana", double_text_rate=(0.35, 100))),
        ("observed", 0.7778, "Ana"),
        "double-texts",
    ),
    (
        "one_sided",
        both(
            weeks([260.0] * 6 + [170.0] * 3, [140.0] * 6 + [170.0] * 3),
            sets("Ana", initiation_share=(0.6, 20)),
        ),
        ("not_observed", 0.6667, None),
        "six-of-nine-weeks",
    ),
    (
        "one_sided",
        both(weeks([256.0] * 9, [144.0] * 9), sets("Ana", initiation_share=(0.6, 20))),
        ("not_observed", 0.0, None),
        "share-0.64",
    ),
    ("one_sided", weeks([300.0], [100.0]), ("insufficient_data", None, None), "one-week"),
    # waning_interest
    (
        "waning_interest",
        sets(trend_messages=(-0.05, 9, 0.01), trend_questions=(-0.04, 9, 0.02)),
        ("observed", 0.3333, None),
        "fewer-messages-and-questions",
    ),
    (
        "waning_interest",
        sets(trend_questions=(-0.05, 9, 0.01), trend_latency=(0.1, 9, 0.01)),
        ("not_observed", 0.3333, None),
        "volume-steady",
    ),
    (
        "waning_interest",
        sets(trend_messages=(-0.05, 9, 0.2), trend_questions=(-0.04, 9, 0.02)),
        ("not_observed", 0.1667, None),
        "not-significant",
    ),
    # find_balance
    (
        "find_balance",
        sets("Ana", initiation_share=(0.7, 20)),
        ("not_observed", 0.89, None),
        "starts-lopsided",
    ),
    (
        "find_balance",
        sets("Ana", initiation_share=(0.7, 20, 0.45, 0.9)),
        ("observed", 0.89, None),
        "interval-includes-fair",
    ),
    (
        "find_balance",
        sets("Ana", disclosure_share=(0.8, 16)),
        ("observed", 0.97, None),
        "crisis-met-with-support",
    ),
    (
        "find_balance",
        both(DOMINANT, sets("Ana", word_share=(0.6, 3000), message_share=(0.3, 300))),
        ("observed", 0.93, None),
        "few-long-messages",
    ),
    (
        "find_balance",
        both(DOMINANT, sets("Ana", word_share=(0.6, 3000), message_share=(0.55, 300))),
        ("not_observed", 0.93, None),
        "talks-more",
    ),
    ("find_balance", sets(lsm=(0.4, 3000)), ("not_observed", 0.88, None), "styles-apart"),
    ("find_balance", sets("Ana", responsive_share=(0.9, 8)), ("observed", 0.94, None), "gap-0.15"),
    (
        "find_balance",
        both(sets("Ana", responsive_share=(0.9, 8)), sets("Ben", responsive_share=(0.5, 8))),
        ("not_observed", 0.89, None),
        "gap-0.4",
    ),
    (
        "find_balance",
        both(sets("Ana", responsive_share=(0.9, 4)), sets("Ben", responsive_share=(0.5, 4))),
        ("observed", 0.9625, None),
        "gap-0.4-on-four-each",
    ),
]


@pytest.mark.parametrize(
    ("sid", "edit", "expected"), [c[:3] for c in CASES], ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_sign(sid, edit, expected):
    chat = healthy_pair()
    edit(chat)
    assert _got(chat.signs()[sid]) == expected


# --------------------------------------------------------------------------- dumping_ground


def offloading_chat(
    *, ana_replies="self_focused", ana_weeks=6, ben_weeks=range(4), ben_discloses=True
) -> HandChat:
    """Ana pours out three troubles a week; Ben answers each with care; Ben's few feelings get
    Ana's reply ``ana_replies``."""
    chat = HandChat(
        people={"Ana": healthy_person(), "Ben": healthy_person()},
        chat=healthy_chat_level(),
        weekly_words={"Ana": [170.0] * 9, "Ben": [170.0] * 9},
    )
    for week in range(ana_weeks):
        for _ in range(3):
            chat.disclose("Ana", week, negative=True)
    if ben_discloses:
        for week in ben_weeks:
            chat.disclose("Ben", week, negative=True, response=ana_replies)
    return chat


DUMPING = [
    (offloading_chat(), ("observed", 0.8182, "Ana"), "offloads"),
    (offloading_chat().swapped("Ana", "Ben"), ("observed", 0.8182, "Ben"), "swapped"),
    (offloading_chat(ana_replies="responsive"), ("not_observed", 0.8182, None), "ana-listens-back"),
    (
        offloading_chat(ana_weeks=2, ben_weeks=range(6)),
        ("not_observed", 0.5, None),
        "two-week-crisis",
    ),
    (offloading_chat(ben_discloses=False), ("observed", 1.0, "Ana"), "ben-never-discloses"),
    (
        offloading_chat(ana_weeks=1, ben_discloses=False).copy(),
        ("not_observed", None, None),
        "three-disclosures",
    ),
]


@pytest.mark.parametrize(
    ("chat", "expected"), [c[:2] for c in DUMPING], ids=[c[2] for c in DUMPING]
)
def test_dumping_ground(chat, expected):
    assert _got(chat.signs()["dumping_ground"]) == expected


def test_dumping_ground_makes_balance_lopsided():
    sign = offloading_chat().signs()["find_balance"]
    assert (sign.status, sign.summary) == ("not_observed", "Lopsided: offloading.")


def test_dumping_ground_says_when_the_self_focus_test_was_skipped():
    sign = offloading_chat(ben_discloses=False).signs()["dumping_ground"]
    assert sign.summary == (
        "Ana brings most of the troubles (100 %), week after week, "
        "and gets support far more than giving it."
        " Too few of the other's feelings reached Ana to tell whether "
        "the replies turn to Ana's own story."
    )


def test_dumping_ground_says_why_not():
    sign = offloading_chat(ana_replies="responsive").signs()["dumping_ground"]
    assert (
        sign.summary
        == "Troubles are not offloaded one way: replies to the other's feelings stay on them."
    )


def test_crisis_is_not_one_sided_or_dumping():
    chat = offloading_chat(ana_weeks=2, ben_weeks=range(6), ana_replies="responsive")
    chat.weekly_words = {"Ana": [400.0, 400.0] + [170.0] * 7, "Ben": [100.0, 100.0] + [170.0] * 7}
    signs = chat.signs()
    assert [
        _got(signs[s])[0] for s in ("one_sided", "dumping_ground", "feel_supported", "find_balance")
    ] == ["not_observed", "not_observed", "observed", "observed"]


def test_balance_profile_gives_every_dimension_with_its_interval():
    chat = healthy_pair()
    weeks([180.0] * 9, [160.0] * 9)(chat)
    chat.set("Ana", word_share=(0.53, 3000, 0.47, 0.59))
    sign = chat.signs()["find_balance"]
    rows = [(e.measure, e.participant) for e in sign.evidence]
    talk = sign.evidence[1]
    assert (talk.value, talk.ci_low, talk.ci_high) == (0.53, 0.47, 0.59)
    assert rows == [
        ("dominated_weeks_share", "Ana"),
        ("word_share", "Ana"),
        ("message_share", "Ana"),
        ("initiation_share", "Ben"),
        ("question_share", "Ben"),
        ("disclosure_share", "Ben"),
        ("support_given", "Ana"),
        ("support_given", "Ben"),
        ("responsive_share", "Ana"),
        ("responsive_share", "Ben"),
        ("lsm", ""),
    ]
