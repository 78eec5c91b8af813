"""Plain words first: the sentences of page one that a reader without statistics reads, and the
quieter lines of numbers beneath them, kept as data.

Every sentence is one whole template with named placeholders (``{person}``, ``{amount}``, ...),
never glued from fragments, marked for the report's catalogue (:mod:`analyzer.report.i18n`) and
translated where it is filled in (:func:`fill`, :func:`say`); a count's noun comes with its
plural forms (``Nn_``). A detail line is clauses, each whole, joined by "; " (:func:`clauses`).
A *lead* is one short sentence: at most :data:`LEAD_MAX_WORDS` words, no
parentheses, and numbers only as words a reader uses ("two in three", "about half", "most") or
one single percentage (:func:`lead_problems` checks exactly that). A *detail* line carries what
the lead leaves out: the n, the interval, the rule's line and whether it could still be even.

The amounts are read from published values only (shares, counts turned into shares, medians):
nothing here measures anything.
"""

from __future__ import annotations

import re

from analyzer.report import i18n
from analyzer.report.formatting import fmt_count, fmt_share
from analyzer.report.i18n import N_, Nn_, _, plural

NBSP = "\u00a0"
LEAD_MAX_WORDS = 20

# ---------------------------------------------------------------- amounts in words

#: Simple fractions a reader says, nearest first when within :data:`ABOUT` of the share.
#: Translators: each is said of a whole ("{amount} of the conversations"), so a translation
#: may use a fraction noun ("dois terços") that agrees with any noun it is said of.
FRACTIONS: tuple[tuple[float, str], ...] = (
    (0.0, N_("none")),
    (0.1, N_("one in ten")),
    (0.2, N_("one in five")),
    (0.25, N_("one in four")),
    (1 / 3, N_("one in three")),
    (0.4, N_("two in five")),
    (0.5, N_("half")),
    (0.6, N_("three in five")),
    (2 / 3, N_("two in three")),
    (0.75, N_("three in four")),
    (0.8, N_("four in five")),
    (0.9, N_("nine in ten")),
    (1.0, N_("all")),
)
#: Within this of a fraction, the fraction is said as it is; within ABOUT, "about" it.
EXACT, ABOUT = 0.005, 0.02
#: Ranges said in words when no fraction is near: (low, high, words), low inclusive.
RANGES: tuple[tuple[float, float, str], ...] = (
    (0.005, 0.05, N_("almost none")),
    (0.42, 0.5, N_("a little under half")),
    (0.5, 0.58, N_("a little over half")),
    (0.95, 0.995, N_("nearly all")),
)
# Translators: {words} is one of the fractions above ("two in three").
AMOUNT_TEMPLATES = {"exact": "{words}", "about": N_("about {words}")}


def amount(share: float) -> str:
    """A share in the words a reader uses: ``0.654`` -> ``"about two in three"``, ``0.5`` ->
    ``"half"``, ``0.46`` -> ``"a little under half"``; a share no simple word fits is one
    percentage (``0.62`` -> ``"62 %"``)."""
    value, words = min(FRACTIONS, key=lambda f: abs(f[0] - share))
    if abs(value - share) <= EXACT:
        return _(words)
    if abs(value - share) <= ABOUT and value not in (0.0, 1.0):  # never "about none"
        return fill(AMOUNT_TEMPLATES["about"], words=_(words))
    for low, high, words in RANGES:
        if low <= share < high:
            return _(words)
    return fmt_share(share)


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_word(n: int) -> str:
    """``7`` -> ``"seven"``, ``45`` -> ``"forty-five"`` (0 to 99; larger as digits). Number
    words are English only: in another report language a number is written in digits (a word
    there would have to agree with its noun)."""
    if i18n.current() != i18n.SOURCE:
        return fmt_count(n)
    if 0 <= n < 20:
        return _ONES[n]
    if 20 <= n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    return f"{n:,}"


#: A typical wait in words: (upper bound in seconds, its sentence, with ``{n}`` as a number word
#: and a plural form where there is a number).
DURATIONS: tuple[tuple[float, str | tuple[str, str]], ...] = (
    (60, N_("under a minute")),
    (90, N_("about a minute")),
    (3600, Nn_("about {n} minute", "about {n} minutes")),
    (5400, N_("about an hour")),
    (86400, Nn_("about {n} hour", "about {n} hours")),
    (1.5 * 86400, N_("about a day")),
    (float("inf"), Nn_("about {n} day", "about {n} days")),
)


def duration(seconds: float) -> str:
    """A typical wait in words: ``130`` -> ``"about two minutes"``, ``1500`` -> ``"about
    twenty-five minutes"``, ``7200`` -> ``"about two hours"``."""
    bound, template = next((b, t) for b, t in DURATIONS if seconds < b)
    if isinstance(template, str):
        return _(template)
    if bound <= 3600:
        minutes = seconds / 60
        n = round(minutes) if minutes <= 10 else 5 * round(minutes / 5)
    elif bound <= 86400:
        n = round(seconds / 3600)
    else:
        n = round(seconds / 86400)
    return plural(template, n).format(n=number_word(n))


# ---------------------------------------------------------------- what stands out

#: A split between people (one template per measure and case): ``more`` for two people,
#: ``most`` for a group, ``even`` when no one is ahead by the report's even line.
#: Translators: {amount} is a share in words ("about two in three", "half") or one percentage.
SPLIT_LEADS: dict[str, dict[str, str]] = {
    "word_share": {
        "more": N_("{person} writes more of the words: {amount}."),
        "most": N_("{person} writes the most words: {amount}."),
        "even": N_("The words are shared about evenly."),
    },
    "initiation_share": {
        "more": N_("{person} starts more of the conversations: {amount}."),
        "most": N_("{person} starts the most conversations: {amount}."),
        "even": N_("Conversations are started about evenly by each side."),
    },
    "question_share": {
        "more": N_("{person} asks more of the questions: {amount}."),
        "most": N_("{person} asks the most questions: {amount}."),
        "even": N_("Questions come about evenly from each side."),
    },
    "disclosure_share": {
        "more": N_("{person} shares more of the feelings: {amount}."),
        "most": N_("{person} shares the most feelings: {amount}."),
        "even": N_("Feelings are shared about evenly."),
    },
}

#: The quieter line beneath a split: its first clause, by measure, with the count's plural.
#: ``{shares}``: "Priya 65 %, Tom 35 %". Further clauses follow after "; ".
SPLIT_COUNTS: dict[str, tuple[str, str]] = {
    "word_share": Nn_("{shares} of {n} word", "{shares} of {n} words"),
    "initiation_share": Nn_("{shares} of {n} conversation", "{shares} of {n} conversations"),
    "question_share": Nn_("{shares} of {n} question", "{shares} of {n} questions"),
    "disclosure_share": Nn_(
        "{shares} of {n} feeling statement", "{shares} of {n} feeling statements"
    ),
}
INTERVAL = N_("likely {low} to {high} for {person}")
ONE_SIDED_FROM = N_("one-sided from {line}")
COULD_BE_EVEN = N_("could still be even")
#: What a split too thin to weigh is called in the closing "too little data" finding.
SPLIT_THIN: dict[str, str] = {
    "word_share": N_("the words in all ({count})"),
    "initiation_share": N_("the conversation starts in all ({count})"),
    "question_share": N_("the questions in all ({count})"),
    "disclosure_share": N_("the feeling statements in all ({count})"),
}

# Translators: {high_amount}, {low_amount} and {amount} are shares in words ("about half").
CARING_LEADS = {
    "two": N_("{high_amount} of {high}'s feelings met a caring reply; {low_amount} of {low}'s."),
    "more_often": N_(
        "{high}'s feelings met a caring reply more often than {low}'s: {high_amount}."
    ),
    "same": N_("{amount} of each person's feelings met a caring reply."),
    "one": N_("{amount} of {person}'s feelings met a caring reply."),
}
CARING_PART = Nn_("{person} {share} of {n} feeling statement",
                  "{person} {share} of {n} feeling statements")
CARING_GAP = N_("lopsided when people differ by {gap} percentage points or more")
CARING_SAFE = N_("sharing counts as safe from {safe} met with care")
CARING_THIN = N_("{person}'s feeling statements ({count})")

LATENCY_LEADS = {
    "quick": N_("Replies come quickly: typically in {wait}, from each side."),
    "slow": N_("{person} often takes a while to answer: typically {wait}."),
}
LATENCY_DETAIL = N_(
    "Typical reply time within a conversation: {parts}; the attentiveness sign allows up to "
    "{limit} for the slower person."
)
LATENCY_PART = Nn_("{person} {wait} of {n} reply", "{person} {wait} of {n} replies")

DEPTH_LEAD = N_("{amount} of the conversations go from small talk to feelings.")
DEPTH_DETAIL = Nn_(
    "{share} of {n} conversation; moving easily from light to deep from {deep}, staying on "
    "the surface at {surface} or less.",
    "{share} of {n} conversations; moving easily from light to deep from {deep}, staying on "
    "the surface at {surface} or less.",
)

TREND_LEADS = {
    "rising": N_("The chat has grown busier week by week."),
    "falling": N_("The chat has grown quieter week by week."),
}
TREND_DETAIL = Nn_(
    "Messages per week: {trend} over {n} week, p = {p}; a weekly change beyond {limit} counts "
    "towards a fading chat.",
    "Messages per week: {trend} over {n} weeks, p = {p}; a weekly change beyond {limit} counts "
    "towards a fading chat.",
)

TOO_SHORT_LEAD = N_("Too little chat yet to say what stands out.")
TOO_SHORT_DETAIL = N_(
    "Too little chat to say what stands out: {shortfalls}. Most findings need at least {weeks} "
    "weeks, {messages} messages and {per_person} from each person; nothing is ranked here."
)
#: What the whole chat misses of the minimum data (joined by "; " in the detail above).
SHORT_SPAN = N_("it spans less than {weeks} weeks")
SHORT_MESSAGES = N_("it has fewer than {messages} messages ({sent})")
SHORT_PERSON = N_("{person} wrote fewer than {messages} messages")
THIN_LEAD = N_("Too few feelings were shared yet to weigh everything here.")
THIN_DETAIL = N_(
    "Too little data to rank: {thin}, fewer than {need} each; shown in the tables, but not "
    "weighed."
)
#: The same words as :data:`analyzer.nlp.language.NOT_READ` (a test keeps them equal), here to
#: be translated: a chat whose language has no emotion reading yet.
NOT_READ_LEAD = N_("This chat is in {language}, which has no emotion reading yet.")
NOT_READ_MEASURES = N_(
    "Feelings, depth, support, criticism and questions about the other need the emotion "
    "reading, which this chat's language ({language}) does not have yet: those measures "
    "show as “—”, and the signs that rest on them are not judged (“not enough to judge”). "
    "Words, questions marked with “?”, reply times and who starts the conversations are "
    "read in any language."
)


def fill(template: str | tuple[str, str], n: int | None = None, **values: object) -> str:
    """``template`` in the report's language, filled in (a :func:`Nn_` pair: its form for
    ``n``, and ``{n}`` the count as the report writes it)."""
    if isinstance(template, tuple):
        assert n is not None, "a plural template needs its count"
        return plural(template, n).format(n=fmt_count(n), **values)
    return _(template).format(**values)


def say(template: str | tuple[str, str], n: int | None = None, **values: object) -> str:
    """:func:`fill`, its first letter a capital (a template may start with an amount: "two in
    three of ...")."""
    text = fill(template, n, **values)
    return text[:1].upper() + text[1:]


# Translators: joins the clauses of one detail line ("Ana 63 %, Ben 37 % of 35 conversations;
# likely 44 % to 80 % for Ana"); French sets a narrow no-break space before the semicolon.
CLAUSE_JOIN = N_("; ")
# Translators: closes one detail line, its clauses already joined; Hindi closes a sentence with
# the danda ("{clauses}।").
CLAUSE_END = N_("{clauses}.")


def separator() -> str:
    """What joins the clauses of one line in the report's language ("; ", French " ;")."""
    return _(CLAUSE_JOIN)


def clauses(*parts: str) -> str:
    """Clauses of one detail line, each a whole sentence part, joined by :func:`separator`
    and closed by the language's full stop (empty parts are left out)."""
    return _(CLAUSE_END).format(clauses=separator().join(p for p in parts if p))


# ---------------------------------------------------------------- the balance picture

#: The word of each row of the balance picture and its label; ``{person}`` is who is ahead.
VERDICTS = {
    "even": N_("even"),
    "leaning": N_("leaning to {person}"),
    "one_sided": N_("one-sided: {person}"),
}
#: Above the bars of two people: what the ends and the middle mean.
SCALE = (N_("one-sided"), N_("even"), N_("one-sided"))
VERDICT_UNSURE = N_("could still be even")
NO_INTERVAL = N_("no interval measured")
PICTURE_TITLE = N_("Balance at a glance")
PICTURE_INTRO = N_(
    "Each bar splits one kind of give and take between the two. A split reaching a shaded end "
    "is one-sided; the thin line across it is where it likely lies. Even below {even}."
)
PICTURE_INTRO_GROUP = N_(
    "Each bar is one person's share of one kind of give and take; the dashed tick is an even "
    "share. A bar reaching the shaded part is one-sided; the thin line is where it likely lies. "
    "Even below {even}."
)
#: The picture's rows: measure, label, its detail line (with the plural of what its n counts)
#: and the setting whose value is the least n for a verdict ("" for none: the chat's minimum
#: data is enough). ``{shares}``: "Priya 65 % · Tom 35 %".
PICTURE_ROWS: tuple[tuple[str, str, tuple[str, str], str], ...] = (
    ("word_share", N_("Words"), Nn_("{shares} · {n} word", "{shares} · {n} words"), ""),
    (
        "initiation_share",
        N_("Conversations started"),
        Nn_("{shares} · {n} conversation", "{shares} · {n} conversations"),
        "",
    ),
    (
        "questions_about_other",
        N_("Questions about the other"),
        Nn_(
            "{shares} · {n} question about the other",
            "{shares} · {n} questions about the other",
        ),
        "care_min_acts",
    ),
    (
        "disclosure_share",
        N_("Feelings shared"),
        Nn_("{shares} · {n} feeling statement", "{shares} · {n} feeling statements"),
        "unheard_min_disclosures",
    ),
    (
        "responsive_replies_received",
        N_("Caring replies received"),
        Nn_("{shares} · {n} caring reply", "{shares} · {n} caring replies"),
        "unheard_min_disclosures",
    ),
)
#: A row with fewer items than its least n: drawn, but not judged.
VERDICT_THIN = N_("too little data to tell")
THIN_NOTE = N_("fewer than {need}")
SHORT_NOTE = N_("the chat is below the minimum data")
#: A row's one-line summary (a screen reader's label of its bar).
ROW_SUMMARY = N_("{label}: {verdict}. {detail}")
ROW_SUMMARY_UNSURE = N_("{label}: {verdict}, could still be even. {detail}")
#: A group's bar: one person's share.
BAR_LABEL = N_("{label}: {person} {share}")

# ---------------------------------------------------------------- signs

#: The first line of a sign card: by verdict, how strongly, and whether the sign is one of
#: closeness (good when seen) or of its lack (worth a talk when seen).
SIGN_LEADS: dict[tuple[str, str], str] = {
    ("observed", "strong"): N_("Strongly seen in this chat."),
    ("observed", "clear"): N_("Clearly seen in this chat."),
    ("observed", "some"): N_("Seen to some degree in this chat."),
    ("observed", "faint"): N_("Faintly seen in this chat."),
    ("observed", ""): N_("Seen in this chat."),
    ("not_observed", ""): N_("Not seen in this chat."),
    ("insufficient_data", ""): N_("Too little chat to tell yet."),
}
#: Added to the lead of a sign of a lack that is seen.
LACK_SEEN = N_("Seen in this chat: a prompt to talk, not a verdict.")
LACK_SEEN_STRONGLY = N_("Clearly seen in this chat: a prompt to talk, not a verdict.")

#: The signs grid on page one: each status's shape (drawn, and said) and word.
CHIPS = {
    "observed": ("●", N_("seen")),
    "not_observed": ("○", N_("not seen")),
    "insufficient_data": ("◌", N_("too little data")),
}
GRID_TITLE = N_("The signs at a glance")
GRID_NOTE = N_("● seen · ○ not seen · ◌ too little data to tell. Each links to its card below.")


def sign_lead(status: str, word: str, *, lack: bool) -> str:
    """The plain first line of a sign card (``word``: the score's word on the named scale, or
    ""); a sign of a lack that is seen is named a prompt, not a verdict."""
    if status == "observed" and lack:
        return _(LACK_SEEN_STRONGLY if word in ("clear", "strong") else LACK_SEEN)
    key = (status, word if status == "observed" else "")
    return _(SIGN_LEADS.get(key, SIGN_LEADS[(status, "")]))


# ---------------------------------------------------------------- the check

_PERCENT = re.compile(rf"\d+(?:[.,]\d+)?[{NBSP} ]?%")


def lead_problems(lead: str) -> list[str]:
    """Why ``lead`` is not a plain lead sentence (empty when it is): more than
    :data:`LEAD_MAX_WORDS` words, parentheses, or a number other than one single percentage."""
    problems = []
    words = len(lead.replace(NBSP, " ").split())
    if words > LEAD_MAX_WORDS:
        problems.append(f"{words} words")
    if re.search(r"[()\[\]]", lead):
        problems.append("parentheses")
    percents = _PERCENT.findall(lead)
    if len(percents) > 1:
        problems.append("more than one percentage")
    if re.search(r"\d", _PERCENT.sub("", lead)):
        problems.append("a number in digits")
    return problems
