"""The few signs that need logic, and the minimum-data gates (docs/signs.md), as small pure
functions.

Every predicate takes a :class:`~analyzer.signs.context.Context` and returns a :class:`Verdict`.
Thresholds come from ``ctx.t`` (:class:`analyzer.settings.Thresholds`), minimum data from
``ctx.minimum``; nothing here is a literal threshold.

Group chats: a predicate that speaks of "the partner" treats everyone else as one partner
(replies by anyone else count as replies to the person; a person's replies are the turns that
answered someone else's turn).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from analyzer.schema import Col
from analyzer.signs import Evidence, Status
from analyzer.signs.context import EPS, NAN, Context
from analyzer.signs.wording import N_, Items, LanguageName, Names, Nn_, Phrase, Share, phrases

OBSERVED, NOT_OBSERVED, INSUFFICIENT = Status.OBSERVED, Status.NOT_OBSERVED, Status.INSUFFICIENT


@dataclass(frozen=True)
class Verdict:
    """What a predicate or a rule decided, before it is dressed as a Sign."""

    status: Status
    score: float | None = None
    who: str | None = None
    evidence: tuple[Evidence, ...] = ()
    facts: dict = field(default_factory=dict)  # values for the summary template
    reason: str = ""  # for insufficient_data: what is missing
    said: tuple[Phrase, ...] = ()  # the reason's phrases (see analyzer.signs.wording)


def insufficient(
    reason: Phrase | tuple[Phrase, ...], evidence: tuple[Evidence, ...] = ()
) -> Verdict:
    """Not enough data, for ``reason`` (one phrase or several, said with "; " between)."""
    said = phrases(reason)
    return Verdict(INSUFFICIENT, evidence=evidence, reason="; ".join(map(str, said)), said=said)


def _pct(x: float) -> Share:
    return Share(x)


def _count(text: tuple[str, str], n: int, **facts: object) -> Phrase:
    """A phrase whose plural form the count ``n`` chooses (``{n}`` in it)."""
    return Phrase(text, {"n": int(n), **facts}, int(n))


def _ev(
    measure: str, participant: str, value: float, n: int, note: str = "", ci=(NAN, NAN)
) -> Evidence:
    return Evidence(measure, participant, float(value), int(n), float(ci[0]), float(ci[1]), note)


def _one(people: list[str]) -> str | None:
    """The person when exactly one is named, else None (both/all)."""
    return people[0] if len(people) == 1 else None


def _flagged(flagged: list[str], evidence: list[Evidence], **facts: str) -> Verdict:
    """Observed when anyone is flagged (``who`` is the one person, if only one), with the names
    for the summary and any further ``facts``."""
    who = _one(flagged)
    return Verdict(
        OBSERVED if flagged else NOT_OBSERVED,
        None,
        who,
        tuple(evidence),
        {"who": Names(flagged), **facts},
    )


# --------------------------------------------------------------------------- gates


def gate_base(ctx: Context) -> Verdict | None:
    """At least ``minimum.weeks`` weeks, ``minimum.messages`` messages, and per person the minimum.

    Returns None when met, else an insufficient Verdict naming what is short.
    """
    m = ctx.minimum
    per = {p: ctx.value("messages", p) for p in ctx.people}
    per = {p: (0.0 if math.isnan(v) else v) for p, v in per.items()}
    total = sum(per.values())
    ev = [_ev("span_days", "", ctx.span_days, int(total), f"needs >= {7 * m.weeks} days")]
    ev += [
        _ev("messages", p, v, int(v), f"needs >= {m.messages_per_person}") for p, v in per.items()
    ]
    short = []
    if ctx.k < 2:
        short.append(Phrase(N_("it needs at least two people")))
    if math.isnan(ctx.span_days):
        short.append(
            Phrase(
                N_("the chat covers an unknown span, fewer than {need} weeks"), {"need": m.weeks}
            )
        )
    elif ctx.span_days < 7 * m.weeks:
        short.append(
            _count(
                Nn_(
                    "the chat covers {n} day, fewer than {need} weeks",
                    "the chat covers {n} days, fewer than {need} weeks",
                ),
                round(ctx.span_days),
                need=m.weeks,
            )
        )
    if total < m.messages:
        short.append(
            _count(
                Nn_(
                    "{n} message in all, fewer than {need}",
                    "{n} messages in all, fewer than {need}",
                ),
                total,
                need=m.messages,
            )
        )
    for p, v in per.items():
        if v < m.messages_per_person:
            short.append(
                _count(
                    Nn_(
                        "{person} wrote {n} message, fewer than {need}",
                        "{person} wrote {n} messages, fewer than {need}",
                    ),
                    v,
                    person=p,
                    need=m.messages_per_person,
                )
            )
    return insufficient(tuple(short), tuple(ev)) if short else None


def gate_disclosures(ctx: Context) -> Verdict | None:
    """At least ``minimum.disclosures_for_responsiveness`` feeling statements in all."""
    n = len(ctx.disclosures())
    need = ctx.minimum.disclosures_for_responsiveness
    if n >= need:
        return None
    return insufficient(
        _count(FEELINGS_IN_ALL, n, need=need),
        (_ev("feeling_statements", "", n, n, f"needs >= {need}"),),
    )


def gate_latency(ctx: Context) -> Verdict | None:
    """At least ``minimum.replies_for_latency`` timed replies from each person."""
    need = ctx.minimum.replies_for_latency
    short = [p for p in ctx.people if ctx.n("median_latency_s", p) < need]
    if not short:
        return None
    return insufficient(
        tuple(
            _count(
                Nn_(
                    "{person} has {n} timed reply, fewer than {need}",
                    "{person} has {n} timed replies, fewer than {need}",
                ),
                ctx.n("median_latency_s", p),
                person=p,
                need=need,
            )
            for p in short
        ),
        tuple(
            _ev(
                "median_latency_s",
                p,
                ctx.value("median_latency_s", p),
                ctx.n("median_latency_s", p),
                f"needs n >= {need}",
            )
            for p in short
        ),
    )


def gate_trend(ctx: Context) -> Verdict | None:
    """At least ``minimum.weeks_for_trend`` weeks behind the weekly trends (n of trend_messages)."""
    need = ctx.minimum.weeks_for_trend
    weeks = ctx.n("trend_messages")
    if weeks >= need:
        return None
    return insufficient(
        _count(
            Nn_(
                "{n} week of data, fewer than the {need} a trend needs",
                "{n} weeks of data, fewer than the {need} a trend needs",
            ),
            weeks,
            need=need,
        ),
        (
            _ev(
                "trend_messages", "", ctx.value("trend_messages"), weeks, f"needs n >= {need} weeks"
            ),
        ),
    )


def gate_style(ctx: Context) -> Verdict | None:
    """At least ``minimum.words_for_style`` words from each person."""
    need = ctx.minimum.words_for_style
    short = [p for p in ctx.people if not ctx.value("words", p) >= need]
    if not short:
        return None
    return insufficient(
        tuple(
            Phrase(N_("{person} wrote fewer than {need} words"), {"person": p, "need": need})
            for p in short
        )
    )


def gate_lexicon(ctx: Context) -> Verdict | None:
    """The chat's language has the emotion reading (the lexicon columns were filled)."""
    if ctx.measures.lexicon_applied:
        return None
    return insufficient(no_reading(ctx))


def no_reading(ctx: Context) -> Phrase:
    """Why a sign is not judged when the chat's language has no emotion reading (the words of
    :func:`analyzer.nlp.language.no_reading_reason`)."""
    return Phrase(NOT_READ_SIGN, {"language": LanguageName(ctx.measures.language)})


#: The same words as ``analyzer.nlp.language.NOT_READ["sign"]`` (a test keeps them equal).
NOT_READ_SIGN = N_(
    "it needs the emotion reading, which this chat's language ({language}) does not have yet"
)
FEELINGS_IN_ALL = Nn_(
    "{n} feeling statement in all, fewer than {need}",
    "{n} feeling statements in all, fewer than {need}",
)


GATES = {
    "base": gate_base,
    "disclosures": gate_disclosures,
    "latency": gate_latency,
    "trend": gate_trend,
    "style": gate_style,
    "lexicon": gate_lexicon,
}


# --------------------------------------------------------------------------- helpers


def talk_dominance(ctx: Context) -> tuple[str | None, float, int]:
    """(person, fraction of counted weeks, weeks): who most often holds an excess word share
    (the measure ``dominated_weeks_share``; ties go to the larger word share, then the name)."""
    weeks = max((ctx.n("dominated_weeks_share", p) for p in ctx.people), default=0)
    if weeks == 0 or ctx.k < 2:
        return None, NAN, weeks
    top = max(
        ctx.people,
        key=lambda p: (
            ctx.value("dominated_weeks_share", p),
            _or_zero(ctx.value("word_share", p)),
            p,
        ),
    )
    return top, ctx.value("dominated_weeks_share", top), weeks


def _or_zero(x: float) -> float:
    return 0.0 if math.isnan(x) else x


def _chances(d: pd.DataFrame, responder: str, pair: bool) -> pd.DataFrame:
    """Others' disclosures that ``responder`` could answer: all of them between two people, the
    ones they did answer in a group."""
    others = d[d[Col.AUTHOR].astype("object") != responder]
    if pair:
        return others
    return others[others["responder"].astype("object") == responder]


# --------------------------------------------------------------------------- intimacy


def best_share(hits: float, n: int, pad: int) -> float:
    """The share ``hits / n`` at its best if ``pad`` more items all counted: (hits+pad)/(n+pad).

    Used below the minimum of disclosures: a sign that fails even at its best case is already
    decided (not observed); one that could pass lacks data."""
    return (hits + pad) / (n + pad) if n + pad else NAN


def feel_supported(ctx: Context) -> Verdict:
    """Every person with >= min_negative_disclosures negative disclosures has >= supported_share
    of them met with a responsive reply (with nobody at that many, the pooled share decides).
    Score: pooled share of negative disclosures met."""
    t = ctx.t
    d = ctx.disclosures()
    neg = d[d["negative"].astype(bool)]
    if len(neg) + ctx.pad < t.min_negative_disclosures:
        return insufficient(
            _count(
                Nn_(
                    "{n} negative feeling statement, fewer than {need}",
                    "{n} negative feeling statements, fewer than {need}",
                ),
                len(neg),
                need=t.min_negative_disclosures,
            )
        )
    met = neg["response"] == "responsive"
    groups = {p: met[neg[Col.AUTHOR].astype("object") == p] for p in ctx.people}
    groups = {p: g for p, g in groups.items() if len(g) >= t.min_negative_disclosures} or {"": met}
    ev = []
    low = []
    for p, g in groups.items():
        share = float(g.mean()) if len(g) else NAN
        ev.append(
            _ev(
                "responsiveness_received",
                p,
                share,
                len(g),
                f"negative feeling statements only; needs >= {t.supported_share}",
            )
        )
        if not best_share(float(g.sum()), len(g), ctx.pad) >= t.supported_share - EPS:
            low.append(p)
    pooled = float(met.mean()) if len(met) else NAN
    return Verdict(
        NOT_OBSERVED if low else OBSERVED, pooled, None, tuple(ev), {"share": _pct(pooled)}
    )


def empathy(ctx: Context) -> Verdict:
    """Each person with >= min_negative_disclosures chances meets others' negative disclosures
    responsively >= empathy_share of the time, and everyone writes >= empathy_min_support support
    messages. Score: the lowest such share."""
    t = ctx.t
    d = ctx.disclosures()
    neg = d[d["negative"].astype(bool)]
    shares = {}
    ev = []
    fails = False
    for p in ctx.people:
        ch = _chances(neg, p, ctx.pair)
        if len(ch) >= t.min_negative_disclosures:
            hits = float((ch["response"] == "responsive").sum())
            shares[p] = hits / len(ch)
            ev.append(
                _ev(
                    "responsive_share",
                    p,
                    shares[p],
                    len(ch),
                    f"to others' negative disclosures; needs >= {t.empathy_share}",
                )
            )
            fails |= not best_share(hits, len(ch), ctx.pad) >= t.empathy_share - EPS
    if not shares:
        return insufficient(
            Phrase(
                N_("nobody met {need} or more negative feeling statements from the other"),
                {"need": t.min_negative_disclosures},
            )
        )
    support = {p: ctx.count("support_given", p) for p in ctx.people}
    ev += [
        _ev("support_given", p, v, ctx.n("support_given", p), f"needs >= {t.empathy_min_support}")
        for p, v in support.items()
    ]
    fails |= not all(not math.isnan(v) and v >= t.empathy_min_support for v in support.values())
    low = min(shares.values())
    return Verdict(NOT_OBSERVED if fails else OBSERVED, low, None, tuple(ev), {"share": _pct(low)})


def compassion_when_suffering(ctx: Context) -> Verdict:
    """Tier-3 negative disclosures (>= compassion_min of them) met responsively >=
    compassion_share of the time. Score: that share."""
    t = ctx.t
    d = ctx.disclosures()
    deep = d[d["negative"].astype(bool) & (d["tier"] >= 3)]
    if len(deep) < t.compassion_min:
        return insufficient(
            _count(
                Nn_(
                    "{n} deeply painful feeling statement, fewer than {need}",
                    "{n} deeply painful feeling statements, fewer than {need}",
                ),
                len(deep),
                need=t.compassion_min,
            )
        )
    hits = float((deep["response"] == "responsive").sum())
    share = hits / len(deep)
    note = f"tier-3 negative disclosures met; needs >= {t.compassion_share}"
    ev = (_ev("responsiveness_received", "", share, len(deep), note),)
    ok = best_share(hits, len(deep), ctx.pad) >= t.compassion_share - EPS
    return Verdict(
        OBSERVED if ok else NOT_OBSERVED, share, None, ev, {"share": _pct(share), "n": len(deep)}
    )


def share_ups_and_downs(ctx: Context) -> Verdict:
    """Both good news (positive disclosures) and bad news (negative ones), at least
    ups_downs_min_each of each, are each met responsively >= ups_downs_share of the time.
    Fewer than that of either: not observed (news is not shared). Enough of both but fewer than
    ``minimum.disclosures_for_responsiveness`` in all: insufficient data, unless a share fails
    even at its best case (:func:`best_share`). Score: the mean of the two shares."""
    t = ctx.t
    d = ctx.disclosures()
    need = ctx.minimum.disclosures_for_responsiveness
    pad = max(0, need - len(d))
    neg = d[d["negative"].astype(bool)]
    pos = d[~d["negative"].astype(bool) & (d["valence"] > 0)]
    res = {}
    ev = []
    for name, part in (("good news", pos), ("bad news", neg)):
        hits = float((part["response"] == "responsive").sum())
        share = hits / len(part) if len(part) else NAN
        res[name] = (share, len(part), best_share(hits, len(part), pad))
        ev.append(
            _ev(
                "responsiveness_received",
                "",
                share,
                len(part),
                f"{name} met; needs >= {t.ups_downs_share} of >= {t.ups_downs_min_each}",
            )
        )
    shares = [s for s, _n, _b in res.values() if not math.isnan(s)]
    score = sum(shares) / len(shares) if shares else None
    facts = {"good": _pct(res["good news"][0]), "bad": _pct(res["bad news"][0])}
    enough = all(n >= t.ups_downs_min_each for _s, n, _b in res.values())
    could = enough and all(b >= t.ups_downs_share - EPS for _s, _n, b in res.values())
    if could and pad:
        return insufficient(_count(FEELINGS_IN_ALL, len(d), need=need), tuple(ev))
    return Verdict(OBSERVED if could else NOT_OBSERVED, score, None, tuple(ev), facts)


def can_raise_issues(ctx: Context) -> Verdict:
    """At least raise_min_complaints complaints about the other (fewer: insufficient data), and
    >= raise_repair_share of them answered with repair and no defensiveness in the reply turn
    (``complaint_repair_share`` pooled over everyone's complaints). Score: that share."""
    t = ctx.t
    complaints = sum(_z(ctx.count("complaints", p)) for p in ctx.people)
    pooled = ctx.aggregate("complaint_repair_share", "pooled")
    ev = (
        _ev("complaints", "", complaints, int(complaints), f"needs >= {t.raise_min_complaints}"),
        _ev(
            "complaint_repair_share", "", pooled.value, pooled.n, f"needs >= {t.raise_repair_share}"
        ),
    )
    if complaints < t.raise_min_complaints:
        return insufficient(
            _count(
                Nn_(
                    "{n} complaint about the other, fewer than {need}",
                    "{n} complaints about the other, fewer than {need}",
                ),
                complaints,
                need=t.raise_min_complaints,
            ),
            ev,
        )
    if math.isnan(pooled.value):
        return insufficient(Phrase(N_("replies to complaints could not be measured")), ev)
    ok = pooled.value >= t.raise_repair_share - EPS
    return Verdict(
        OBSERVED if ok else NOT_OBSERVED,
        pooled.value,
        None,
        ev,
        {"complaints": int(complaints), "ratio": _pct(pooled.value)},
    )


def _z(x: float) -> float:
    return 0.0 if math.isnan(x) else x


# --------------------------------------------------------------------------- lack


def afraid_to_be_vulnerable(ctx: Context) -> Verdict:
    """A person is flagged when they make fewer than vulnerable_feeling_rate feeling statements
    per 100 messages while someone else makes at least safe_feeling_rate (feelings kept back
    where the other shares them; when nobody shares feelings the chat is superficial, not
    guarded), or someone else makes >= vulnerable_disclosure_share of all of them, or they
    hedge after emotional content >= vulnerable_hedges times. who: the one flagged person."""
    t = ctx.t
    flagged: dict[str, str] = {}
    ev = []
    total = sum(_z(ctx.count("feeling_statements", p)) for p in ctx.people)
    rates = {p: ctx.value("feeling_rate", p) for p in ctx.people}
    for p in ctx.people:
        rate = rates[p]
        ev.append(
            _ev(
                "feeling_rate",
                p,
                rate,
                ctx.n("feeling_rate", p),
                f"flag below {t.vulnerable_feeling_rate} while another "
                f"makes >= {t.safe_feeling_rate}",
            )
        )
        sharer = any(rates[q] >= t.safe_feeling_rate for q in ctx.others(p))
        if not math.isnan(rate) and rate < t.vulnerable_feeling_rate and sharer:
            flagged[p] = "rarely says how they feel"
    for p in ctx.people:
        share = ctx.value("disclosure_share", p)
        if (
            total >= ctx.minimum.disclosures_for_responsiveness
            and share >= t.vulnerable_disclosure_share
        ):
            ev.append(
                _ev(
                    "disclosure_share",
                    p,
                    share,
                    int(total),
                    f"flag at >= {t.vulnerable_disclosure_share}",
                )
            )
            for q in ctx.others(p):
                flagged.setdefault(q, "leaves the feelings to the other")
    for p in ctx.people:
        hedges = ctx.count("hedges", p)
        if hedges >= t.vulnerable_hedges:
            ev.append(_ev("hedges", p, hedges, int(hedges), f"flag at >= {t.vulnerable_hedges}"))
            flagged.setdefault(p, "takes back what they feel")
    if any(math.isnan(ctx.value("feeling_rate", p)) for p in ctx.people) and not flagged:
        return insufficient(Phrase(N_("feeling statements could not be counted")))
    people = [p for p in ctx.people if p in flagged]
    who = _one(people)
    return Verdict(
        OBSERVED if people else NOT_OBSERVED,
        None,
        who,
        tuple(ev),
        {
            "who": Names(people),
            "why": flagged.get(who, "") if who else "rarely say how they feel",
        },
    )


def not_seen_heard(ctx: Context) -> Verdict:
    """A person is flagged when, over >= unheard_min_disclosures of their feeling statements,
    fewer than unheard_share met a responsive reply; or when they complained >= unheard_complaints
    times and fewer than raise_repair_share of those complaints met repair.
    who: the one flagged person. With nobody flagged and fewer than the minimum disclosures in
    all, the data are insufficient."""
    t = ctx.t
    flagged = []
    ev = []
    for p in ctx.people:
        c = ctx.cell("responsiveness_received", p)
        ev.append(
            _ev(
                "responsiveness_received",
                p,
                c.value,
                c.n,
                f"flag below {t.unheard_share} with n >= {t.unheard_min_disclosures}",
                (c.ci_low, c.ci_high),
            )
        )
        low = c.n >= t.unheard_min_disclosures and c.value < t.unheard_share
        complaints = _z(ctx.count("complaints", p))
        repaired = ctx.value("complaint_repair_share", p)
        unrepaired = complaints >= t.unheard_complaints and repaired < t.raise_repair_share
        if complaints:
            ev.append(
                _ev(
                    "complaints",
                    p,
                    complaints,
                    int(complaints),
                    f"flag at >= {t.unheard_complaints}",
                )
            )
            ev.append(
                _ev(
                    "complaint_repair_share",
                    p,
                    repaired,
                    ctx.n("complaint_repair_share", p),
                    f"flag below {t.raise_repair_share}",
                )
            )
        if low or unrepaired:
            flagged.append(p)
    if not flagged and len(ctx.disclosures()) < ctx.minimum.disclosures_for_responsiveness:
        return insufficient(
            Phrase(
                N_("fewer than {need} feeling statements in all"),
                {"need": ctx.minimum.disclosures_for_responsiveness},
            )
        )
    who = _one(flagged)
    share = ctx.value("responsiveness_received", who) if who else NAN
    return Verdict(
        OBSERVED if flagged else NOT_OBSERVED,
        None,
        who,
        tuple(ev),
        {"who": Names(flagged), "share": _pct(share)},
    )


def judged_criticized(ctx: Context) -> Verdict:
    """A person is flagged when the others aim >= criticism_min criticism markers at them at
    >= criticism_rate per 100 of the others' messages, or they seek reassurance >=
    reassurance_min times. who: the one flagged person."""
    t = ctx.t
    flagged = []
    ev = []
    for p in ctx.people:
        crit = sum(_z(ctx.count("criticism", q)) for q in ctx.others(p))
        msgs = sum(_z(ctx.value("messages", q)) for q in ctx.others(p))
        rate = 100.0 * crit / msgs if msgs else NAN
        reass = _z(ctx.count("reassurance_seeking", p))
        ev.append(
            _ev(
                "criticism",
                p,
                crit,
                int(msgs),
                f"received; flag at >= {t.criticism_min} and >= {t.criticism_rate} "
                f"per 100 messages",
            )
        )
        ev.append(
            _ev("reassurance_seeking", p, reass, int(reass), f"flag at >= {t.reassurance_min}")
        )
        if (crit >= t.criticism_min and rate >= t.criticism_rate) or reass >= t.reassurance_min:
            flagged.append(p)
    return _flagged(flagged, ev)


def _unanswered_share(ctx: Context, p: str) -> tuple[float, int]:
    starts = _z(ctx.count("initiations", p))
    if starts < ctx.t.unanswered_min_initiations:
        return NAN, int(starts)
    return _z(ctx.count("unanswered_sessions", p)) / starts, int(starts)


def disappointment(ctx: Context) -> Verdict:
    """A person is flagged when they voice disappointment in the other >= disappointment_min
    times, or >= unanswered_bid_share of their >= unanswered_min_initiations conversation starts
    got no answer. who: the one flagged person. Nobody flagged in a chat whose language has no
    emotion reading is insufficient data (disappointment in words could not be read)."""
    t = ctx.t
    flagged = []
    ev = []
    for p in ctx.people:
        dis = ctx.count("disappointment", p)
        share, starts = _unanswered_share(ctx, p)
        ev.append(
            _ev(
                "disappointment",
                p,
                dis,
                0 if math.isnan(dis) else int(dis),
                f"flag at >= {t.disappointment_min}",
            )
        )
        ev.append(
            _ev(
                "unanswered_start_share",
                p,
                share,
                starts,
                f"flag at >= {t.unanswered_bid_share} of >= {t.unanswered_min_initiations} starts",
            )
        )
        if (not math.isnan(dis) and dis >= t.disappointment_min) or (
            not math.isnan(share) and share >= t.unanswered_bid_share
        ):
            flagged.append(p)
    if not flagged and not ctx.measures.lexicon_applied:
        # unanswered starts are read in any language, disappointment in words is not
        return insufficient(no_reading(ctx), tuple(ev))
    return _flagged(flagged, ev)


def loneliness(ctx: Context) -> Verdict:
    """A person is flagged when they say they feel lonely >= loneliness_min times while their
    bids go unmet: fewer than unheard_share of their (>= unheard_min_disclosures) feeling
    statements met a responsive reply, or >= unanswered_bid_share of their (>=
    unanswered_min_initiations) conversation starts got no answer. Loneliness said to a partner
    who answers warmly is shared, not lonely. who: the one flagged person."""
    t = ctx.t
    flagged = []
    ev = []
    for p in ctx.people:
        lonely = ctx.count("loneliness", p)
        share, starts = _unanswered_share(ctx, p)
        heard = ctx.cell("responsiveness_received", p)
        ev.append(
            _ev(
                "loneliness",
                p,
                lonely,
                0 if math.isnan(lonely) else int(lonely),
                f"flag at >= {t.loneliness_min} with bids unmet",
            )
        )
        ev.append(
            _ev(
                "responsiveness_received",
                p,
                heard.value,
                heard.n,
                f"unmet below {t.unheard_share} with n >= {t.unheard_min_disclosures}",
            )
        )
        ev.append(
            _ev(
                "unanswered_start_share",
                p,
                share,
                starts,
                f"unmet at >= {t.unanswered_bid_share} of >= {t.unanswered_min_initiations} starts",
            )
        )
        unmet = (heard.n >= t.unheard_min_disclosures and heard.value < t.unheard_share) or (
            not math.isnan(share) and share >= t.unanswered_bid_share
        )
        if not math.isnan(lonely) and lonely >= t.loneliness_min and unmet:
            flagged.append(p)
    if all(math.isnan(ctx.count("loneliness", p)) for p in ctx.people):
        return insufficient(
            Phrase(N_("loneliness statements were not counted for this chat")), tuple(ev)
        )
    return _flagged(flagged, ev)


def one_sided(ctx: Context) -> Verdict:
    """One person holds >= one_sided_share of the words (its excess, for groups) in >=
    one_sided_weeks of the counted weeks (at least ``minimum.weeks`` of them), supported by at
    least one of: initiation excess >= that of one_sided_support_share; asking <= the
    one_sided_question_share of questions (scaled to the fair share); a double-text rate
    one_sided_double_text_gap above everyone else's; and not when that person writes a below-fair
    share of the messages (a few long messages against many short ones). who: that person.
    Score: the fraction of counted weeks they dominated."""
    t = ctx.t
    top, frac, weeks = talk_dominance(ctx)
    if weeks < ctx.minimum.weeks or top is None:
        return insufficient(
            _count(
                Nn_(
                    "{n} week with at least {messages} messages, fewer than {need}",
                    "{n} weeks with at least {messages} messages, fewer than {need}",
                ),
                weeks,
                messages=ctx.minimum.messages_per_week,
                need=ctx.minimum.weeks,
            )
        )
    note = f"counted weeks with word share >= {t.one_sided_share}; needs >= {t.one_sided_weeks}"
    ev = [_ev("dominated_weeks_share", top, frac, weeks, note)]
    ws = ctx.cell("word_share", top)
    ev.append(_ev("word_share", top, ws.value, ws.n, "", (ws.ci_low, ws.ci_high)))
    supports = []
    init = ctx.value("initiation_share", top)
    if ctx.excess(init) >= ctx.excess_threshold(t.one_sided_support_share) - EPS:
        supports.append(N_("starts most conversations"))
    ev.append(
        _ev(
            "initiation_share",
            top,
            init,
            ctx.n("initiation_share", top),
            f"support at >= {t.one_sided_support_share}",
        )
    )
    q = ctx.value("question_share", top)
    if not math.isnan(q) and q <= t.one_sided_question_share * 2.0 / ctx.k + EPS:
        supports.append(N_("asks few of the questions"))
    ev.append(
        _ev(
            "question_share",
            top,
            q,
            ctx.n("question_share", top),
            f"support at <= {t.one_sided_question_share}",
        )
    )
    dt = ctx.value("double_text_rate", top)
    rest = [ctx.value("double_text_rate", p) for p in ctx.others(top)]
    rest = [r for r in rest if not math.isnan(r)]
    if not math.isnan(dt) and rest and dt - max(rest) >= t.one_sided_double_text_gap - EPS:
        supports.append(N_("sends runs of messages"))
    ev.append(
        _ev(
            "double_text_rate",
            top,
            dt,
            ctx.n("double_text_rate", top),
            f"support at >= others + {t.one_sided_double_text_gap}",
        )
    )
    ms = ctx.cell("message_share", top)
    ev.append(
        _ev(
            "message_share",
            top,
            ms.value,
            ms.n,
            "below the fair share: few long messages, not domination",
        )
    )
    few_long = ms.value < 1.0 / ctx.k
    ok = frac >= t.one_sided_weeks - EPS and bool(supports) and not few_long
    return Verdict(
        OBSERVED if ok else NOT_OBSERVED,
        frac,
        top if ok else None,
        tuple(ev),
        {
            "who": top,
            "weeks": _pct(frac),
            "share": _pct(t.one_sided_share),
            "support": Items(supports, " and ", N_("nothing else")),
        },
    )


def waning_interest(ctx: Context) -> Verdict:
    """Count the weekly trends that move the waning way (messages, words per message, questions,
    depth falling; latency, minimal replies rising) by >= waning_slope per week with Kendall
    p <= trend_p. Observed with >= waning_min_trends of them, messages or words per message
    among them. Score: waning trends / trends computed."""
    t = ctx.t
    direction = {
        "trend_messages": -1,
        "trend_words_per_message": -1,
        "trend_questions": -1,
        "trend_depth": -1,
        "trend_latency": 1,
        "trend_minimal": 1,
    }
    waning = []
    computed = 0
    ev = []
    for m, sign in direction.items():
        c = ctx.cell(m)
        if math.isnan(c.value):
            continue
        computed += 1
        ev.append(
            Evidence(
                m,
                "",
                c.value,
                c.n,
                c.ci_low,
                c.ci_high,
                f"waning when {'<= -' if sign < 0 else '>= '}{t.waning_slope}, p <= {t.trend_p}",
            )
        )
        p_ok = math.isnan(c.p_value) or c.p_value <= t.trend_p
        if sign * c.value >= t.waning_slope - EPS and p_ok:
            waning.append(m)
    if computed == 0:
        return insufficient(Phrase(N_("no weekly trend could be computed")))
    ok = len(waning) >= t.waning_min_trends and bool(
        {"trend_messages", "trend_words_per_message"} & set(waning)
    )
    names = {
        "trend_messages": N_("fewer messages"),
        "trend_words_per_message": N_("shorter messages"),
        "trend_questions": N_("fewer questions"),
        "trend_depth": N_("less feeling"),
        "trend_latency": N_("slower replies"),
        "trend_minimal": N_("more one-word replies"),
    }
    return Verdict(
        OBSERVED if ok else NOT_OBSERVED,
        len(waning) / computed,
        None,
        tuple(ev),
        {"what": Items((names[m] for m in waning), ", ", N_("no waning trend"))},
    )


# --------------------------------------------------------------------------- balance


def dumping_ground(ctx: Context) -> Verdict:
    """A offloads onto the others when all hold:

    - A makes >= dumping_negative_share of the negative disclosures;
    - sustained: A makes most of them in >= dumping_weeks of the (>= dumping_min_weeks) weeks
      that have any;
    - responsive replies A received >= dumping_response_ratio x those A gave to others'
      disclosures;
    - A's replies to others' disclosures shift to A's own story >= dumping_self_focus of the
      time (skipped, and said so, when A answered fewer than dumping_min_partner_disclosures).

    Fewer than ``minimum.disclosures_for_responsiveness`` feeling statements, or fewer than
    min_negative_disclosures negative ones, is not observed rather than insufficient data: there is
    too little talk of troubles for anyone to offload. who: A. Score: A's share of the negative
    disclosures.
    """
    t = ctx.t
    d = ctx.disclosures()
    neg = d[d["negative"].astype(bool)]
    need = ctx.minimum.disclosures_for_responsiveness
    if len(neg) < t.min_negative_disclosures or len(d) < need:
        return Verdict(
            NOT_OBSERVED,
            None,
            None,
            (
                _ev("feeling_statements", "", len(d), len(d), f"offloading needs >= {need}"),
                _ev(
                    "negative_disclosures",
                    "",
                    len(neg),
                    len(neg),
                    f"offloading needs >= {t.min_negative_disclosures}",
                ),
            ),
            {
                "who": "",
                "why": Phrase(N_("there is too little talk of troubles for anyone to offload")),
            },
        )
    a = max(ctx.people, key=lambda p: (_or_zero(ctx.value("negative_disclosure_share", p)), p))
    share = ctx.value("negative_disclosure_share", a)
    week_frac = ctx.value("offloading_weeks_share", a)
    n_weeks = ctx.n("offloading_weeks_share", a)
    resp_to_a = int(ctx.value("responsive_replies_received", a))
    resp_by_a = int(ctx.value("responsive_replies_given", a))
    n_answered = ctx.n("responsive_replies_given", a)
    self_focus = ctx.value("answered_self_focus_share", a)
    ev = (
        _ev(
            "negative_disclosure_share",
            a,
            share,
            ctx.n("negative_disclosure_share", a),
            f"needs >= {t.dumping_negative_share}",
        ),
        _ev(
            "offloading_weeks_share",
            a,
            week_frac,
            n_weeks,
            f"weeks where {a} made most of them; needs >= {t.dumping_weeks} "
            f"of >= {t.dumping_min_weeks} weeks",
        ),
        _ev(
            "responsive_replies_received",
            a,
            resp_to_a,
            ctx.n("responsive_replies_received", a),
            f"needs >= {t.dumping_response_ratio} x those given",
        ),
        _ev("responsive_replies_given", a, resp_by_a, n_answered, "to others' feeling statements"),
        _ev(
            "answered_self_focus_share",
            a,
            self_focus,
            n_answered,
            f"needs >= {t.dumping_self_focus} (skipped below {t.dumping_min_partner_disclosures} "
            f"replies)",
        ),
    )
    heavy = share >= t.dumping_negative_share - EPS
    sustained = n_weeks >= t.dumping_min_weeks and week_frac >= t.dumping_weeks - EPS
    lopsided = resp_to_a > 0 and resp_to_a >= t.dumping_response_ratio * resp_by_a
    skipped = n_answered < t.dumping_min_partner_disclosures
    shifts = skipped or self_focus >= t.dumping_self_focus - EPS
    ok = heavy and sustained and lopsided and shifts
    missing = [
        why
        for cond, why in (
            (heavy, N_("the negative disclosures are not mostly one person's")),
            (sustained, N_("it is not sustained across weeks")),
            (lopsided, N_("support flows both ways")),
            (shifts, N_("replies to the other's feelings stay on them")),
        )
        if not cond
    ]
    return Verdict(
        OBSERVED if ok else NOT_OBSERVED,
        float(share),
        a if ok else None,
        ev,
        {
            "who": a,
            "share": _pct(share),
            "weeks": _pct(week_frac),
            "why": Phrase(missing[0]) if missing else "",
            "skip": Phrase(
                N_(
                    "Too few of the other's feelings reached {who} to tell whether the replies "
                    "turn to {who}'s own story."
                ),
                {"who": a},
                after=True,
            )
            if skipped
            else "",
        },
    )


def find_balance(ctx: Context, *, dumping_ground: Verdict | None = None) -> Verdict:
    """The balance profile: observed when no dimension is large and persistently lopsided.

    Dimensions (each gives a balance 0..1 for the score, and a flag):

    - talk: one person dominates >= one_sided_weeks of the counted weeks (as for one_sided,
      without the supports), unless they write a below-fair share of the messages (few long
      messages against many short ones is not domination);
    - initiations, questions: the top person's excess share >= balance_excess, and, when a
      bootstrap interval exists, its low end is above the fair share;
    - offloading (disclosures, support given vs received): lopsided only when dumping_ground is
      observed (one partner in a crisis, met with support, is a legitimate asymmetry);
    - responsiveness: responsive_share differs by >= balance_responsive_gap (each over >=
      unheard_min_disclosures of the other's disclosures);
    - style matching: lsm < balance_lsm_min (when each wrote >= minimum.words_for_style words).

    Nothing lopsided in a chat whose language has no emotion reading is insufficient data
    (feelings, support and responsiveness were not read). Score: the mean balance of the
    dimensions computed.
    """
    t = ctx.t
    flags: list[str] = []
    balances: list[float] = []
    ev: list[Evidence] = []
    fair = 1.0 / ctx.k
    top, frac, weeks = talk_dominance(ctx)
    if top is not None and weeks >= ctx.minimum.weeks:
        ws = ctx.value("word_share", top)
        ms = ctx.value("message_share", top)
        ev.append(
            _ev(
                "dominated_weeks_share",
                top,
                frac,
                weeks,
                f"counted weeks with word share >= {t.one_sided_share}; "
                f"lopsided at >= {t.one_sided_weeks}",
            )
        )
        wc = ctx.cell("word_share", top)
        ev.append(_ev("word_share", top, wc.value, wc.n, "", (wc.ci_low, wc.ci_high)))
        ev.append(
            _ev(
                "message_share",
                top,
                ms,
                ctx.n("message_share", top),
                "few long messages excuse it when below the fair share",
            )
        )
        balances.append(1.0 - max(0.0, ctx.excess(ws)) if not math.isnan(ws) else 1.0 - frac)
        if frac >= t.one_sided_weeks - EPS and not (ms < fair):
            flags.append(N_("talk"))
    for label, measure in (
        (N_("initiations"), "initiation_share"),
        (N_("questions"), "question_share"),
    ):
        agg = ctx.aggregate(measure, "max")
        if math.isnan(agg.value):
            continue
        ex = ctx.excess(agg.value)
        balances.append(1.0 - max(0.0, ex))
        ev.append(
            _ev(
                measure,
                agg.participant,
                agg.value,
                agg.n,
                f"lopsided at excess >= {t.balance_excess}",
                (agg.ci_low, agg.ci_high),
            )
        )
        persistent = math.isnan(agg.ci_low) or agg.ci_low > fair
        if ex >= t.balance_excess - EPS and persistent:
            flags.append(label)
    ds = ctx.aggregate("disclosure_share", "max")
    if not math.isnan(ds.value):
        ev.append(
            _ev(
                "disclosure_share",
                ds.participant,
                ds.value,
                ds.n,
                "lopsided only when dumping_ground is observed",
            )
        )
    ev += [
        _ev(
            "support_given",
            p,
            ctx.value("support_given", p),
            ctx.n("support_given", p),
            "lopsided only when dumping_ground is observed",
        )
        for p in ctx.people
    ]
    if dumping_ground is not None and dumping_ground.status == OBSERVED:
        flags.append(N_("offloading"))
        balances.append(1.0 - max(0.0, ctx.excess(ds.value)) if not math.isnan(ds.value) else 0.0)
    rs = {p: ctx.cell("responsive_share", p) for p in ctx.people}
    rs = {
        p: c.value
        for p, c in rs.items()
        if c.n >= t.unheard_min_disclosures and not math.isnan(c.value)
    }
    if len(rs) == ctx.k and ctx.k >= 2:
        gap = max(rs.values()) - min(rs.values())
        balances.append(1.0 - gap)
        ev += [
            _ev(
                "responsive_share",
                p,
                v,
                ctx.n("responsive_share", p),
                f"gap {gap:.2f}; lopsided at >= {t.balance_responsive_gap}",
            )
            for p, v in rs.items()
        ]
        if gap >= t.balance_responsive_gap - EPS:
            flags.append(N_("responsiveness"))
    if gate_style(ctx) is None and not math.isnan(ctx.value("lsm")):
        lsm = ctx.value("lsm")
        balances.append(lsm)
        ev.append(_ev("lsm", "", lsm, ctx.n("lsm"), f"lopsided below {t.balance_lsm_min}"))
        if lsm < t.balance_lsm_min:
            flags.append(N_("style matching"))
    if not balances:
        return insufficient(Phrase(N_("no balance dimension could be measured")))
    if not flags and not ctx.measures.lexicon_applied:
        # talk, starts and questions are even, but feelings, support and responsiveness were
        # not read: "give and take are balanced" cannot be said
        return insufficient(no_reading(ctx), tuple(ev))
    score = sum(balances) / len(balances)
    return Verdict(
        NOT_OBSERVED if flags else OBSERVED,
        score,
        None,
        tuple(ev),
        {"dims": Items(flags), "n_dims": len(balances)},
    )


#: The signs decided by logic rather than conditions, by name (a rule's ``predicate``). A
#: predicate takes the Context and, as keywords, the verdicts of the rules it ``depends_on``.
PREDICATES = {
    fn.__name__: fn
    for fn in (
        feel_supported, empathy, compassion_when_suffering, share_ups_and_downs,
        can_raise_issues, afraid_to_be_vulnerable, not_seen_heard, judged_criticized,
        disappointment, loneliness, one_sided, waning_interest, dumping_ground, find_balance,
    )
}  # fmt: skip
