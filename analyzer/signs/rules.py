"""The rulebook: one row per sign (docs/signs.md), in the order of ``SIGN_IDS``.

A sign is either a list of :class:`Condition` rows over measures or the name of one predicate in
:mod:`analyzer.signs.predicates`. Conditions: any that fails makes the sign ``not_observed``;
otherwise any that cannot be measured (NaN, or short of the gate it ``needs``) makes it
``insufficient_data``; otherwise it is ``observed``. Below the minimum of disclosures (the
``disclosures`` gate), shares over disclosures are judged at their best case (as if the missing
ones were all met): a sign that fails even then is ``not_observed``, one that could pass is
``insufficient_data``. ``needs`` names
the minimum-data gates (``base`` is always checked first). Thresholds are names of fields of
:class:`analyzer.settings.Thresholds`, never numbers.

Summaries are plain sentences in our own words; ``{who}`` and the predicate's facts fill them.
They and the caveats are marked with ``N_`` for the report's catalogue (a report in another
language says them in its own words).
"""

from __future__ import annotations

from typing import NamedTuple

from analyzer.signs.wording import N_


class Condition(NamedTuple):
    measure: str  # a CATALOGUE name, or "a+b" for the sum of two
    agg: str  # see analyzer.signs.context: chat | min | max | pooled | sum | parity | min_rate
    op: str  # ">=" or "<="
    threshold: str  # a field of Thresholds
    min_n_each: int = 0  # leave out people whose n is below this (min / max / pooled)
    over_disclosures: bool = (
        False  # a share over feeling statements: judged at its best case below the minimum
    )
    needs: str = (
        ""  # a gate this comparison alone needs (e.g. "latency"); short of it, it lacks data
    )


class Score(NamedTuple):
    """The score: the mean of these aggregates (``1-measure`` for one minus it), clipped to 0..1."""

    terms: tuple[tuple[str, str], ...]  # (measure, agg)


class Rule(NamedTuple):
    id: str
    title: str
    strength: str
    needs: tuple[str, ...]  # gates beyond "base": disclosures | latency | trend | style | lexicon
    observed: str  # summary when observed
    not_observed: str  # summary when not observed
    caveat: str  # what text cannot show
    conditions: tuple[Condition, ...] = ()
    predicate: str = ""  # a name in analyzer.signs.predicates.PREDICATES
    depends_on: tuple[str, ...] = ()  # rules whose verdicts the predicate reads (as keywords)
    score: Score | None = None
    examples: str = ""  # a picker in analyzer.signs.examples ("" for none)


RULES: tuple[Rule, ...] = (
    Rule(
        "safe_sharing", "Private worries are shared, and met with care", "M",
        ("lexicon", "disclosures"),
        N_("Both of you say how you feel, and {pooled_responsiveness_received} "
        "of those feelings got a caring reply."),
        N_("Feelings are not shared by both of you, or they rarely get a caring reply."),
        N_("Feeling statements are found with a word list; sarcasm and private code words escape "
        "it. "
        "Only what was written in this chat counts; calls, voice notes and time together are "
        "not seen."),
        conditions=(
            Condition("feeling_rate", "min", ">=", "safe_feeling_rate"),
            Condition("responsiveness_received", "pooled", ">=", "safe_responsive_share",
                      over_disclosures=True),
        ),
        score=Score((("responsiveness_received", "pooled"),)),
        examples="met_disclosures",
    ),
    Rule(
        "feel_supported", "Someone has your back", "M", ("lexicon", "disclosures"),
        N_("When one of you shares something hard, the other answers with care ({share} of the "
        "time)."),
        N_("Hard feelings often go without a caring answer (met {share} of the time)."),
        N_("A caring reply in text is a proxy for support; help given in person does not show. "
        "Only what was written in this chat counts; calls, voice notes and time together are "
        "not seen."),
        predicate="feel_supported",
        examples="met_negative",
    ),
    Rule(
        "listen_without_judgment", "Listened to without judgment", "M-W",
        ("lexicon", "disclosures"),
        N_("Feelings are met with attention rather than dismissal or criticism."),
        N_("Feelings are often met without attention, or with dismissal."),
        N_("Judgment is read from a few marker phrases; tone of voice "
        "and irony are invisible in text."),
        conditions=(
            Condition("responsive_share", "min", ">=", "listen_responsive_share", 3,
                      over_disclosures=True),
            Condition("invalidating_share", "max", "<=", "listen_invalidating_share", 3,
                      over_disclosures=True),
        ),
        score=Score((("responsive_share", "pooled"),)),
        examples="supportive_replies",
    ),
    Rule(
        "can_raise_issues", "You can say what bothers you", "M", ("lexicon",),
        N_("Complaints about how the other acts are raised and met "
        "with repair rather than defence ({ratio} repair)."),
        N_("Complaints about each other are rare, or are met with defence more than repair."),
        N_("Complaints and repair are found with marker phrases; many issues are raised in "
        "person."),
        predicate="can_raise_issues",
        examples="complaints",
    ),
    Rule(
        "share_ups_and_downs", "Good news and bad news both have a place", "M", ("lexicon",),
        N_("Good news and bad news are both shared and both get a warm answer ({good} and {bad})."),
        N_("Good news and bad news are not both shared and welcomed "
        "here (good met {good}, bad met {bad})."),
        N_("Good news is told with a word list and valence scores; "
        "some joy is shown in photos or emoji only."),
        predicate="share_ups_and_downs",
        examples="met_disclosures",
    ),
    Rule(
        "mutual_care", "The care goes both ways", "R", (),
        N_("Affection, check-ins, starting conversations and asking "
        "questions come from both of you in similar measure."),
        N_("Care runs more one way than the other: affection, check-ins, "
        "starts or questions come mostly from one side."),
        N_("Measures who shows care in text, not how much anyone cares."),
        conditions=(
            Condition("affection", "parity", ">=", "care_parity"),
            Condition("questions_about_other", "parity", ">=", "care_parity"),
            Condition("initiations", "parity", ">=", "care_parity"),
            Condition("questions", "parity", ">=", "care_parity"),
            Condition("affection+questions_about_other", "sum", ">=", "care_min_acts"),
        ),
        score=Score((("affection", "parity"), ("questions_about_other", "parity"),
                     ("initiations", "parity"), ("questions", "parity"))),
        examples="care",
    ),
    Rule(
        "light_to_deep", "Talk moves easily from light to deep", "M", ("lexicon",),
        N_("{chat_deep_session_share} of conversations hold both small talk and feelings."),
        N_("Few conversations move from small talk to feelings ({chat_deep_session_share})."),
        N_("Depth is read from an emotion word list; deep talk without emotion words is missed."),
        conditions=(Condition("deep_session_share", "chat", ">=", "light_to_deep_share"),),
        score=Score((("deep_session_share", "chat"),)),
        examples="deep",
    ),
    Rule(
        "empathy", "You feel for each other", "W-M", ("lexicon", "disclosures"),
        N_("Each of you answers the other's distress with warmth (at least {share} of the time)."),
        N_("Distress is not met with warmth from both sides (lowest {share})."),
        N_("Empathy is felt more than written; a few supportive phrases are all text can show."),
        predicate="empathy",
        examples="supportive_replies",
    ),
    Rule(
        "genuine_interest", "Real interest in each other's life and feelings", "M", (),
        N_("Both of you ask questions, including about the other and following up on what they "
        "said."),
        N_("At least one of you rarely asks about the other."),
        N_("Question detection misses questions asked by voice or in person. "
        "Only what was written in this chat counts; calls, voice notes and time together are "
        "not seen."),
        conditions=(
            Condition("questions", "min_rate", ">=", "interest_question_rate"),
            Condition("questions_about_other+followups", "min_rate", ">=", "interest_other_rate"),
        ),
        examples="interest",
    ),
    Rule(
        "presence", "Attentive rather than distracted", "W", (),
        N_("Within conversations both of you reply promptly, and rarely with a one-word answer."),
        N_("Within conversations someone replies slowly or often with one word."),
        N_("Reply times depend on work, sleep and time zones; a slow "
        "reply is not absence of attention."),
        conditions=(
            Condition("median_latency_s", "max", "<=", "presence_latency_s", needs="latency"),
            Condition("minimal_share", "max", "<=", "presence_minimal_share"),
        ),
    ),
    Rule(
        "compassion_when_suffering", "Their pain moves you", "W-M", ("lexicon", "disclosures"),
        N_("Deeply painful moments ({n}) were met with support {share} of the time."),
        N_("Deeply painful moments were met with support only {share} of the time."),
        N_("Only written support counts; someone may have called or come over instead."),
        predicate="compassion_when_suffering",
        examples="compassion",
    ),
    Rule(
        "afraid_to_be_vulnerable", "Vulnerable feelings stay unsaid", "W-M", ("lexicon",),
        N_("Vulnerable feelings mostly stay unsaid by {who}."),
        N_("Both of you put feelings into words."),
        N_("Some people show feelings by voice, in person or in another "
        "language; a quiet chat is not proof of fear."),
        predicate="afraid_to_be_vulnerable",
        examples="hedges",
    ),
    Rule(
        "superficial", "The talk stays on the surface", "M", ("lexicon",),
        N_("Almost everything is logistics and small talk ({pooled_tier0_share_tier1_share} "
        "of messages), and feelings rarely come up."),
        N_("The talk is not confined to logistics and small talk."),
        N_("Some chats are just for logistics because the deep talk happens elsewhere."),
        conditions=(
            Condition("deep_session_share", "chat", "<=", "superficial_deep_share"),
            Condition("tier0_share+tier1_share", "pooled", ">=", "superficial_light_share"),
        ),
        # the light share is high in deep chats too (most messages are logistics and small
        # talk); the share of conversations that never go deep tells the two apart
        score=Score((("1-deep_session_share", "chat"),)),
    ),
    Rule(
        "not_seen_heard", "Not seen or heard", "M", ("lexicon",),
        N_("Feelings or complaints from {who} often get no real answer."),
        N_("Both of you get answers when you share feelings or raise complaints."),
        N_("An answer may come later, by phone or in person; only replies in this chat count."),
        predicate="not_seen_heard",
        examples="unheard",
    ),
    Rule(
        "judged_criticized", "Unsure where you stand", "W-M", ("lexicon",),
        N_("Criticism, or a need for reassurance, weighs on {who}."),
        N_("Criticism and anxious reassurance seeking are rare."),
        N_("Criticism is read from marker phrases; teasing between close friends can look the "
        "same."),
        predicate="judged_criticized",
        examples="criticism",
    ),
    Rule(
        "disappointment", "Often let down", "W", (),
        N_("Let-downs show for {who}: disappointment in the other, or openings left unanswered."),
        N_("Disappointment in each other and unanswered messages are rare."),
        N_("Plans made and broken in person, and unspoken disappointment, do not show."),
        predicate="disappointment",
        examples="disappointment",
    ),
    Rule(
        "one_sided", "One person does most of the talking", "R", (),
        N_("{who} wrote at least {share} of the words in {weeks} of the weeks, and also "
        "{support}."),
        N_("Nobody holds most of the conversation week after week."),
        N_("Counts written words only; a partner who talks more on the phone is not seen."),
        predicate="one_sided",
        examples="longest",
    ),
    Rule(
        "waning_interest", "Running out of things to say", "M", ("trend",),
        N_("Over the weeks the chat is fading: {what}."),
        N_("The chat is not fading over the weeks."),
        N_("Less chat can mean more time together, a new channel or a busy season."),
        predicate="waning_interest",
    ),
    Rule(
        "loneliness", "Lonely while together", "W", ("lexicon",),
        N_("Loneliness shows for {who}: said outright, while reaching out goes unanswered."),
        N_("Nobody says they feel lonely here."),
        N_("Loneliness is rarely put into words; its absence in text proves little."),
        predicate="loneliness",
        examples="loneliness",
    ),
    Rule(
        "find_balance", "Give and take are balanced", "R", (),
        N_("No dimension is lopsided: talk, starting conversations, "
        "questions, feelings, support and responsiveness go both ways."),
        N_("Lopsided: {dims}."),
        N_("A partner in crisis may need more for a while; calls and time together are not seen."),
        predicate="find_balance",
        depends_on=("dumping_ground",),
    ),
    Rule(
        "dumping_ground", "One person offloads onto the other", "M", ("lexicon",),
        N_("{who} brings most of the troubles ({share}), week after "
        "week, and gets support far more than giving it.{skip}"),
        N_("Troubles are not offloaded one way: {why}."),
        N_("Problem talk in itself is healthy; a crisis can make it lopsided for a while."),
        predicate="dumping_ground",
        examples="offloading",
    ),
)  # fmt: skip
