"""Reader-facing texts of the report, kept as data: how each sign is judged in plain words, what
would change its verdict, what to try, the scale of a sign's score, and the units of measures.

Nothing here computes a result. Thresholds are never written as numbers: every ``{name}`` in a
text is a field of :class:`analyzer.settings.Thresholds` or :class:`analyzer.settings.MinimumData`,
filled in by :func:`fill` in the reader's units (``{pct:name}`` as a percentage, ``{dur:name}`` as
a duration, ``{name}`` as a plain number), so a changed setting changes the text too.

The texts speak of the chat, not of the people in it, and name no internal identifier.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING

from analyzer.report import i18n
from analyzer.report.formatting import fmt_count, fmt_number
from analyzer.report.i18n import N_, Nn_, _, plural

if TYPE_CHECKING:
    from analyzer.settings import Settings

NBSP = "\u00a0"

# ---------------------------------------------------------------- the score scale

#: The named scale of a sign's score (0..1): upper bound (exclusive) and word, in order.
SCORE_SCALE: tuple[tuple[float, str], ...] = (
    (0.25, N_("faint")),
    (0.5, N_("some")),
    (0.75, N_("clear")),
    (float("inf"), N_("strong")),
)

SCALE_EXPLAINED = N_(
    "How strongly: where a sign has a score (0 to 1, how far the evidence points towards the "
    "sign), it is named on one scale: faint (below 0.25), some (0.25 to 0.5), clear (0.5 to 0.75) "
    "and strong (0.75 and up). A sign that is “not observed” shows its score without a word "
    "(“rule not met; score 0.54”): some evidence may point towards it, but not the whole rule. "
    "How well text shows a sign at all is a second, "
    "separate scale: robust, moderate or weak (a weak proxy is a prompt to look, not a finding)."
)


def score_words(score: float | None, status: str = "observed") -> str:
    """``0.62`` -> ``"clear (0.62)"``; no score -> ``"no single score"``. A sign that is not
    observed gets no word of the scale (``"rule not met; score 0.54"``): "clear" beside "not
    observed" would read as if the sign were clearly there."""
    if score is None or score != score:
        return _("no single score; see the evidence")
    if status == "not_observed":
        return _("rule not met; score {score}").format(score=fmt_number(score, 2))
    word = next(w for bound, w in SCORE_SCALE if score < bound)
    return _("{word} ({score})").format(word=_(word), score=fmt_number(score, 2))


# ---------------------------------------------------------------- rules in words

#: How each sign is judged, in the reader's words.
RULES: dict[str, str] = {
    "safe_sharing": N_(
        "Each person makes at least {safe_feeling_rate} feeling statements per 100 messages, and "
        "at least {pct:safe_responsive_share} of all feeling statements meet a caring reply."
    ),
    "feel_supported": N_(
        "At least {pct:supported_share} of each person's hard feelings (negative feeling "
        "statements) meet a caring reply; judged from {min_negative_disclosures} such statements."
    ),
    "listen_without_judgment": N_(
        "Each person answers at least {pct:listen_responsive_share} of the other's feeling "
        "statements with attention, and at most {pct:listen_invalidating_share} with dismissal."
    ),
    "can_raise_issues": N_(
        "At least {raise_min_complaints} complaints about how the other acts, and at least "
        "{pct:raise_repair_share} of them met with repair rather than defence."
    ),
    "share_ups_and_downs": N_(
        "At least {ups_downs_min_each} pieces of good news and {ups_downs_min_each} of bad news, "
        "each kind met warmly at least {pct:ups_downs_share} of the time."
    ),
    "mutual_care": N_(
        "Affection, questions about the other, conversation starts and questions all come from "
        "both sides: the quieter side does at least {pct:care_parity} of the average, with at "
        "least {care_min_acts} acts of affection or questions about the other in all."
    ),
    "light_to_deep": N_(
        "At least {pct:light_to_deep_share} of conversations hold both small talk and emotion "
        "words."
    ),
    "empathy": N_(
        "Each person answers at least {pct:empathy_share} of the other's hard feelings warmly "
        "and writes at least {empathy_min_support} supportive messages."
    ),
    "genuine_interest": N_(
        "Each person asks at least {interest_question_rate} questions per 100 messages, and at "
        "least {interest_other_rate} per 100 messages about the other or following up on what "
        "they said."
    ),
    "presence": N_(
        "Within conversations the slower person's typical (median) reply comes within "
        "{dur:presence_latency_s}, and at most {pct:presence_minimal_share} of anyone's turns are "
        "one-word replies; reply times need {replies_for_latency} replies from each person."
    ),
    "compassion_when_suffering": N_(
        "At least {pct:compassion_share} of deeply painful feeling statements meet support; "
        "judged from {compassion_min} such statements."
    ),
    "afraid_to_be_vulnerable": N_(
        "Seen when someone makes fewer than {vulnerable_feeling_rate} feeling statements per 100 "
        "messages while the other makes at least {safe_feeling_rate}, or one person makes at "
        "least {pct:vulnerable_disclosure_share} of all of them, or someone takes a feeling back "
        "(“it's fine”, “nvm”) at least {vulnerable_hedges} times."
    ),
    "superficial": N_(
        "Seen when at most {pct:superficial_deep_share} of conversations move from small talk to "
        "feelings and at least {pct:superficial_light_share} of messages are logistics or small "
        "talk."
    ),
    "not_seen_heard": N_(
        "Seen when fewer than {pct:unheard_share} of someone's feeling statements meet a caring "
        "reply (judged from {unheard_min_disclosures} statements), or when someone complains at "
        "least {unheard_complaints} times and fewer than {pct:raise_repair_share} of those "
        "complaints meet repair."
    ),
    "judged_criticized": N_(
        "Seen when someone receives at least {criticism_min} critical remarks, at least "
        "{criticism_rate} per 100 of the other's messages, or asks for reassurance at least "
        "{reassurance_min} times."
    ),
    "disappointment": N_(
        "Seen when someone voices disappointment in the other at least {disappointment_min} "
        "times, or at least {pct:unanswered_bid_share} of the conversations they start (out of "
        "at least {unanswered_min_initiations}) get no answer."
    ),
    "one_sided": N_(
        "Seen when one person writes at least {pct:one_sided_share} of the words in at least "
        "{pct:one_sided_weeks} of the weeks that count (weeks with at least {messages_per_week} "
        "messages), and also starts most conversations, asks few of the questions or often "
        "writes several messages in a row."
    ),
    "waning_interest": N_(
        "Seen when at least {waning_min_trends} weekly trends fade by more than "
        "{pct:waning_slope} a week (each with p at most {trend_p}), one of them the number or "
        "length of messages; trends need {weeks_for_trend} weeks."
    ),
    "loneliness": N_(
        "Seen when someone says they feel lonely at least {loneliness_min} times while their "
        "feelings or the conversations they start often go unanswered."
    ),
    "find_balance": N_(
        "Seen when nothing is lopsided: nobody holds most of the words week after week, and "
        "conversation starts, questions, feeling statements and support come from both sides "
        "(a dimension is lopsided from {pct:balance_half} of it on one side); caring replies "
        "differ by less than {points:balance_responsive_gap} and writing styles match at least "
        "{balance_lsm_min} on a 0 to 1 scale."
    ),
    "dumping_ground": N_(
        "Seen when one person brings at least {pct:dumping_negative_share} of the hard feelings, "
        "most of them in at least {pct:dumping_weeks} of the weeks with any (at least "
        "{dumping_min_weeks} weeks), and receives at least {dumping_response_ratio} times the "
        "caring replies they give."
    ),
}

#: What the verdict turns on: the evidence that, if it moved across the rule, would change it.
LEVERS: dict[str, str] = {
    "safe_sharing": N_("how often each person says how they feel, and how those feelings are met"),
    "feel_supported": N_("how hard feelings are answered"),
    "listen_without_judgment": N_("how feelings are answered, with attention or with dismissal"),
    "can_raise_issues": N_("how complaints about each other are answered"),
    "share_ups_and_downs": N_("how good and bad news are answered"),
    "mutual_care": N_("how evenly affection, check-ins, starts and questions come from each side"),
    "light_to_deep": N_("how many conversations go from small talk to feelings"),
    "empathy": N_("how each person answers the other's hard feelings"),
    "genuine_interest": N_("how often each person asks about the other"),
    "presence": N_("reply times within conversations, and one-word replies"),
    "compassion_when_suffering": N_("how deeply painful moments are answered"),
    "afraid_to_be_vulnerable": N_("how many feeling statements each person makes"),
    "superficial": N_("how many conversations reach feelings"),
    "not_seen_heard": N_("how each person's feelings and complaints are answered"),
    "judged_criticized": N_("critical remarks and requests for reassurance"),
    "disappointment": N_("voiced disappointment, and conversation starts left unanswered"),
    "one_sided": N_("each person's share of the words, week by week"),
    "waning_interest": N_("the weekly trends in volume, length, questions and replies"),
    "loneliness": N_("statements of loneliness, and whether reaching out is answered"),
    "find_balance": N_("every dimension of the balance profile"),
    "dumping_ground": N_("who brings the hard feelings, week after week, and who answers them"),
}


def what_would_change(sign_id: str, status: str, reason: str = "") -> str:
    """One sentence: what would turn this sign's verdict."""
    lever = _(LEVERS.get(sign_id, EVIDENCE_BELOW))
    if status == "insufficient_data":
        if reason:
            return _(
                "More chat would let this be judged (now: {reason}); then it turns on {lever}."
            ).format(reason=reason, lever=lever)
        return _("More chat would let this be judged; then it turns on {lever}.").format(
            lever=lever
        )
    if status == "observed":
        return _(
            "The verdict turns on {lever}: it would change if that moved short of the rule above."
        ).format(lever=lever)
    return _(
        "The verdict turns on {lever}: it would change if that moved across the rule above."
    ).format(lever=lever)


EVIDENCE_BELOW = N_("the evidence below")


# ---------------------------------------------------------------- what to try

#: For each sign that can point to something to work on: one or two suggestions in our own words,
#: drawn from the ways of building closeness (saying how one feels, listening without judging,
#: real interest, being present, empathy, raising issues kindly, finding balance). Each
#: describes the chat, never a person. Keyed by sign id; used when the sign is observed (for
#: signs of a lack and dumping_ground) or not observed (find_balance).
SUGGESTIONS: dict[str, tuple[str, ...]] = {
    "afraid_to_be_vulnerable": (
        N_("Feelings could get more room here: a short “I felt …” about one's own day invites the "
        "same in return."),
        N_("When a feeling is taken back (“it's fine”, “nvm”), a gentle question about it can "
        "bring it back into the chat."),
    ),
    "superficial": (
        N_("The chat stays with plans and small talk; one question a day about how something felt, "
        "not just what happened, opens a deeper line."),
        N_("In this chat, following up on something mentioned earlier (“how did that go?”) is an "
        "easy step from light to deep."),
    ),
    "not_seen_heard": (
        N_("Feelings shared here often get no real answer; naming what was heard (“that sounds "
        "hard”) before anything else changes how a chat feels."),
        N_("Here, a follow-up question on a feeling, rather than a move to another topic, would "
        "show it landed."),
    ),
    "judged_criticized": (
        N_("Complaints here often take the form “you always/never”; describing one moment and "
        "how it felt is easier to hear."),
        N_("Reassurance is asked for often in this chat; saying plainly where things stand can "
        "settle it."),
    ),
    "disappointment": (
        N_("Openings and plans here often go unanswered; a short reply, even “can't talk now, "
        "later?”, keeps a thread alive."),
    ),
    "one_sided": (
        N_("The talk here runs mostly one way; leaving room (a question, then waiting for the "
        "answer) lets the quieter side in."),
        N_("Taking turns starting conversations spreads the effort of keeping the chat going."),
    ),
    "waning_interest": (
        N_("The chat has been thinning out; a new shared topic, plan or question can bring "
        "fresh things to say."),
    ),
    "loneliness": (
        N_("Loneliness is put into words here while reaching out goes unanswered; answering those "
        "messages first, however briefly, matters most."),
    ),
    "find_balance": (
        N_("Some give and take here is lopsided (the balance sign lists where); chats feel more "
        "equal when questions, starts and caring replies come from both sides."),
        N_("A lopsided stretch in a chat can be fine for a while (a crisis, a busy season); it is "
        "the lasting pattern that matters."),
    ),
    "dumping_ground": (
        N_("Troubles here flow mostly one way; asking the other side how they are, and staying "
        "with their answer, balances the load."),
        N_("Problem talk is healthy; the chat gains when support is offered in both directions."),
    ),
}


def suggestions(sign_id: str, group: str, status: str) -> tuple[str, ...]:
    """The suggestions that apply to a sign with this verdict (none for most)."""
    if sign_id == "find_balance":
        found = SUGGESTIONS[sign_id] if status == "not_observed" else ()
    elif group in ("lack", "balance") and status == "observed":
        found = SUGGESTIONS.get(sign_id, ())
    else:
        found = ()
    return tuple(_(text) for text in found)


# ---------------------------------------------------------------- units and rows

#: Units of rates and indices that the catalogue's unit alone does not carry.
SUFFIX: dict[str, str] = {
    "feeling_rate": N_("per 100 messages"),
    "emotion_word_rate": N_("per 100 words"),
    "balance_index": N_("(1 = even)"),
    "balance_index_messages": N_("(1 = even)"),
    "lsm": N_("(1 = same style)"),
    "emotion_richness": N_("(0 to 1)"),
    "span_days": N_("days"),
}

#: How a sign's rule takes a measure over the people (the evidence's "who" column).
AGGREGATES: dict[str, str] = {
    "min": N_("lowest person"),
    "max": N_("highest person"),
    "pooled": N_("everyone together"),
    "chat": N_("whole chat"),
    "parity": N_("quieter side vs average"),
    "sum": N_("all together"),
    "min_rate": N_("lowest person"),
}

#: Labels of measures that only signs use (not in the catalogue).
EXTRA_LABELS: dict[str, str] = {
    "unanswered_start_share": N_("Conversations started that got no answer"),
    "dominated_weeks_share": N_("Weeks with most of the words"),
    "negative_disclosure_share": N_("Share of the hard feelings"),
    "offloading_weeks_share": N_("Weeks with most of the hard feelings"),
    "responsive_replies_received": N_("Caring replies received"),
    "responsive_replies_given": N_("Caring replies given"),
}

#: What the n of a measure counts, for "n = 9 feeling statements".
N_UNITS: dict[str, str] = {
    "responsiveness_received": "feeling statements",
    "responsive_share": "feeling statements",
    "invalidating_share": "feeling statements",
    "minimal_response_share": "feeling statements",
    "self_focused_share": "feeling statements",
    "unanswered_disclosure_share": "feeling statements",
    "disclosure_share": "feeling statements",
    "negative_disclosure_share": "feeling statements",
    "feeling_statements": "feeling statements",
    "median_latency_s": "replies",
    "unanswered_start_share": "conversation starts",
    "initiation_share": "conversations",
    "complaint_repair_share": "complaints",
    "dominated_weeks_share": "weeks",
    "feeling_rate": "messages",
    "messages": "messages",
    "question_share": "questions",
}

#: Measures of one person's feeling statements and the replies they met: below
#: ``unheard_min_disclosures`` of them (the minimum the signs use per person) they are too few to
#: judge, in the summary and in the signs alike (:func:`too_few`).
OVER_DISCLOSURES = frozenset(
    {
        "responsiveness_received",
        "responsive_share",
        "invalidating_share",
        "minimal_response_share",
        "self_focused_share",
        "unanswered_disclosure_share",
    }
)


def minimum_for(measure: str, settings: Settings) -> int:
    """The one minimum n below which the report calls a measure's value too few to judge."""
    if measure in OVER_DISCLOSURES:
        return settings.thresholds.unheard_min_disclosures
    if measure == "median_latency_s":
        return settings.minimum.replies_for_latency
    return 0


#: A count of what a measure's n counts ("9 feeling statements"), by :data:`N_UNITS`' unit.
COUNTS: dict[str, tuple[str, str]] = {
    "feeling statements": Nn_("{n} feeling statement", "{n} feeling statements"),
    "replies": Nn_("{n} reply", "{n} replies"),
    "conversation starts": Nn_("{n} conversation start", "{n} conversation starts"),
    "conversations": Nn_("{n} conversation", "{n} conversations"),
    "complaints": Nn_("{n} complaint", "{n} complaints"),
    "weeks": Nn_("{n} week", "{n} weeks"),
    "messages": Nn_("{n} message", "{n} messages"),
    "questions": Nn_("{n} question", "{n} questions"),
    "items": Nn_("{n} item", "{n} items"),
}
TOO_FEW = N_("too few to judge: fewer than {count}")


def counted(measure: str, n: int) -> str:
    """``n`` with what the measure's n counts, in the report's language ("9 feeling
    statements")."""
    return plural(COUNTS[N_UNITS.get(measure, "items")], int(n)).format(n=fmt_count(n))


def too_few(measure: str, n: int, settings: Settings) -> str:
    """``""`` when ``n`` is enough, else the plain reason (same words in summary and signs)."""
    need = minimum_for(measure, settings)
    if need and n < need:
        return _(TOO_FEW).format(count=counted(measure, need))
    return ""


# ---------------------------------------------------------------- filling in thresholds


def _pct(x: float) -> str:
    if i18n.current() == i18n.SOURCE:
        return f"{x * 100:g}{NBSP}%"
    from babel.numbers import format_percent

    # the locale's own percent pattern, with up to two decimals ("12,5%")
    pattern = i18n.babel_locale().percent_formats[None].pattern.replace("0", "0.##", 1)
    return format_percent(x, pattern, locale=i18n.babel_locale()).replace(" ", NBSP)


def _g(value: float) -> str:
    """A setting's number as written: ``2.5``, ``10`` (``2,5`` in a Portuguese report)."""
    if i18n.current() == i18n.SOURCE:
        return f"{value:g}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=i18n.babel_locale())


def _dur(seconds: float) -> str:
    if seconds >= 60:
        n = seconds / 60
        return i18n.ngettext("{n}\u00a0minute", "{n}\u00a0minutes", _count(n)).format(n=_g(n))
    return i18n.ngettext("{n}\u00a0second", "{n}\u00a0seconds", _count(seconds)).format(
        n=_g(seconds)
    )


def _count(value: float) -> int:
    """The plural form's count of a number that may have decimals (``1.5`` takes the plural)."""
    return int(value) if float(value).is_integer() else 2


_FIELD = re.compile(r"\{(?:(pct|dur|points):)?(\w+)\}")


def setting_values(settings: Settings) -> dict[str, float]:
    """Every threshold and minimum by name, plus ``balance_half`` (the share of two people that
    the lopsidedness threshold means)."""
    out: dict[str, float] = {}
    for group in (settings.minimum, settings.thresholds):
        out.update({f.name: getattr(group, f.name) for f in fields(group)})
    out["balance_half"] = (1 + settings.thresholds.balance_excess) / 2
    return out


def fill(text: str, settings: Settings) -> str:
    """``text`` with every ``{name}``, ``{pct:name}``, ``{dur:name}`` and ``{points:name}``
    replaced by the setting's value in the reader's units."""
    values = setting_values(settings)

    def one(m: re.Match) -> str:
        kind, name = m.group(1), m.group(2)
        value = values[name]
        if kind == "pct":
            return _pct(value)
        if kind == "dur":
            return _dur(value)
        if kind == "points":
            points = value * 100
            return i18n.ngettext(
                "{n} percentage point", "{n} percentage points", _count(points)
            ).format(n=_g(points))
        return _g(value)

    return _FIELD.sub(one, text)


def rule_text(sign_id: str, settings: Settings) -> str:
    """How the sign is judged, in the report's language, with the settings' values."""
    return fill(_(RULES[sign_id]), settings)


# ---------------------------------------------------------------- internal words out


_OPS = ((">=", "at least"), ("<=", "at most"), (" x ", " times "))


def plain(text: str, names: dict[str, str]) -> str:
    """``text`` with comparison signs in words and any identifier of ``names`` (sign ids,
    measure and setting names) replaced by its plain words."""
    for op, words in _OPS:
        text = text.replace(op, words)
    if not names:
        return text
    return _pattern(tuple(names)).sub(lambda m: names[m.group(1)], text)


@cache
def _pattern(names: tuple[str, ...]) -> re.Pattern:
    """One regex for all ``names``, longest first (so ``a_b_c`` wins over ``a_b``)."""
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len)[::-1]) + r")\b")
