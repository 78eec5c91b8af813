"""Plain words first: the sentences of page one that a reader without statistics reads, and the
quieter lines of numbers beneath them, kept as data.

Every sentence is one whole template with named placeholders (``{person}``, ``{amount}``, ...),
never glued from fragments, so that putting the report into another language is putting this
file into it. A *lead* is one short sentence: at most :data:`LEAD_MAX_WORDS` words, no
parentheses, and numbers only as words a reader uses ("two in three", "about half", "most") or
one single percentage (:func:`lead_problems` checks exactly that). A *detail* line carries what
the lead leaves out: the n, the interval, the rule's line and whether it could still be even.

The amounts are read from published values only (shares, counts turned into shares, medians):
nothing here measures anything.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
LEAD_MAX_WORDS = 20

# ---------------------------------------------------------------- amounts in words

#: Simple fractions a reader says, nearest first when within :data:`ABOUT` of the share.
FRACTIONS: tuple[tuple[float, str], ...] = (
    (0.0, "none"),
    (0.1, "one in ten"),
    (0.2, "one in five"),
    (0.25, "one in four"),
    (1 / 3, "one in three"),
    (0.4, "two in five"),
    (0.5, "half"),
    (0.6, "three in five"),
    (2 / 3, "two in three"),
    (0.75, "three in four"),
    (0.8, "four in five"),
    (0.9, "nine in ten"),
    (1.0, "all"),
)
#: Within this of a fraction, the fraction is said as it is; within ABOUT, "about" it.
EXACT, ABOUT = 0.005, 0.02
#: Ranges said in words when no fraction is near: (low, high, words), low inclusive.
RANGES: tuple[tuple[float, float, str], ...] = (
    (0.005, 0.05, "almost none"),
    (0.42, 0.5, "a little under half"),
    (0.5, 0.58, "a little over half"),
    (0.95, 0.995, "nearly all"),
)
AMOUNT_TEMPLATES = {"exact": "{words}", "about": "about {words}"}


def amount(share: float) -> str:
    """A share in the words a reader uses: ``0.654`` -> ``"about two in three"``, ``0.5`` ->
    ``"half"``, ``0.46`` -> ``"a little under half"``; a share no simple word fits is one
    percentage (``0.62`` -> ``"62 %"``)."""
    value, words = min(FRACTIONS, key=lambda f: abs(f[0] - share))
    if abs(value - share) <= EXACT:
        return AMOUNT_TEMPLATES["exact"].format(words=words)
    if abs(value - share) <= ABOUT and value not in (0.0, 1.0):  # never "about none"
        return AMOUNT_TEMPLATES["about"].format(words=words)
    for low, high, words in RANGES:
        if low <= share < high:
            return words
    return f"{share * 100:.0f}{NBSP}%"


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_word(n: int) -> str:
    """``7`` -> ``"seven"``, ``45`` -> ``"forty-five"`` (0 to 99; larger as digits)."""
    if 0 <= n < 20:
        return _ONES[n]
    if 20 <= n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    return f"{n:,}"


#: A typical wait in words: (upper bound in seconds, template with {n} as a number word).
DURATIONS: tuple[tuple[float, str], ...] = (
    (60, "under a minute"),
    (90, "about a minute"),
    (3600, "about {n} minutes"),
    (5400, "about an hour"),
    (86400, "about {n} hours"),
    (1.5 * 86400, "about a day"),
    (float("inf"), "about {n} days"),
)


def duration(seconds: float) -> str:
    """A typical wait in words: ``130`` -> ``"about two minutes"``, ``1500`` -> ``"about
    twenty-five minutes"``, ``7200`` -> ``"about two hours"``."""
    bound, template = next((b, t) for b, t in DURATIONS if seconds < b)
    if bound <= 3600:
        minutes = seconds / 60
        n = round(minutes) if minutes <= 10 else 5 * round(minutes / 5)
    elif bound <= 86400:
        n = round(seconds / 3600)
    else:
        n = round(seconds / 86400)
    return template.format(n=number_word(n))


# ---------------------------------------------------------------- what stands out

#: A split between people (one template per measure and case): ``more`` for two people,
#: ``most`` for a group, ``even`` when no one is ahead by the report's even line.
SPLIT_LEADS: dict[str, dict[str, str]] = {
    "word_share": {
        "more": "{person} writes more of the words: {amount}.",
        "most": "{person} writes the most words: {amount}.",
        "even": "The words are shared about evenly.",
    },
    "initiation_share": {
        "more": "{person} starts more of the conversations: {amount}.",
        "most": "{person} starts the most conversations: {amount}.",
        "even": "Conversations are started about evenly by each side.",
    },
    "question_share": {
        "more": "{person} asks more of the questions: {amount}.",
        "most": "{person} asks the most questions: {amount}.",
        "even": "Questions come about evenly from each side.",
    },
    "disclosure_share": {
        "more": "{person} shares more of the feelings: {amount}.",
        "most": "{person} shares the most feelings: {amount}.",
        "even": "Feelings are shared about evenly.",
    },
}

#: The quieter line beneath a split. ``{shares}``: "Priya 65 %, Tom 35 %".
SPLIT_DETAIL = "{shares} of {n} {unit}{interval}; one-sided from {line}{maybe}."
INTERVAL = "; likely {low} to {high} for {person}"
COULD_BE_EVEN = "; could still be even"

CARING_LEADS = {
    "two": "{high_amount} of {high}'s feelings met a caring reply; {low_amount} of {low}'s.",
    "more_often": "{high}'s feelings met a caring reply more often than {low}'s: {high_amount}.",
    "same": "{amount} of each person's feelings met a caring reply.",
    "one": "{amount} of {person}'s feelings met a caring reply.",
}
CARING_DETAIL = "{parts}{gap}{safe}."
CARING_PART = "{person} {share} of {n} feeling statements"
CARING_GAP = "; lopsided when people differ by {gap} percentage points or more"
CARING_SAFE = "; sharing counts as safe from {safe} met with care"

LATENCY_LEADS = {
    "quick": "Replies come quickly: typically in {wait}, from each side.",
    "slow": "{person} often takes a while to answer: typically {wait}.",
}
LATENCY_DETAIL = (
    "Typical reply time within a conversation: {parts}; the attentiveness sign allows up to "
    "{limit} for the slower person."
)
LATENCY_PART = "{person} {wait} of {n} replies"

DEPTH_LEAD = "{amount} of the conversations go from small talk to feelings."
DEPTH_DETAIL = (
    "{share} of {n} conversations; moving easily from light to deep from {deep}, staying on "
    "the surface at {surface} or less."
)

TREND_LEADS = {
    "rising": "The chat has grown busier week by week.",
    "falling": "The chat has grown quieter week by week.",
}
TREND_DETAIL = (
    "Messages per week: {trend} over {n} weeks, p = {p}; a weekly change beyond {limit} counts "
    "towards a fading chat."
)

TOO_SHORT_LEAD = "Too little chat yet to say what stands out."
TOO_SHORT_DETAIL = (
    "Too little chat to say what stands out: {shortfalls}. Most findings need at least {weeks} "
    "weeks, {messages} messages and {per_person} from each person; nothing is ranked here."
)
THIN_LEAD = "Too few feelings were shared yet to weigh everything here."
THIN_DETAIL = (
    "Too little data to rank: {thin}, fewer than {need} each; shown in the tables, but not "
    "weighed."
)


def say(template: str, **values: object) -> str:
    """``template`` filled in, its first letter a capital (a template may start with an
    amount: "two in three of ...")."""
    text = template.format(**values)
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- the balance picture

#: The word of each row of the balance picture and its label; ``{person}`` is who is ahead.
VERDICTS = {
    "even": "even",
    "leaning": "leaning to {person}",
    "one_sided": "one-sided: {person}",
}
#: Above the bars of two people: what the ends and the middle mean.
SCALE = ("one-sided", "even", "one-sided")
VERDICT_UNSURE = "could still be even"
NO_INTERVAL = "no interval measured"
PICTURE_TITLE = "Balance at a glance"
PICTURE_INTRO = (
    "Each bar splits one kind of give and take between the two. A split reaching a shaded end "
    "is one-sided; the thin line across it is where it likely lies. Even below {even}."
)
PICTURE_INTRO_GROUP = (
    "Each bar is one person's share of one kind of give and take; the dashed tick is an even "
    "share. A bar reaching the shaded part is one-sided; the thin line is where it likely lies. "
    "Even below {even}."
)
#: The picture's rows: measure, label, what its n counts (one, many), and the setting whose
#: value is the least n for a verdict ("" for none: the chat's minimum data is enough).
PICTURE_ROWS: tuple[tuple[str, str, tuple[str, str], str], ...] = (
    ("word_share", "Words", ("word", "words"), ""),
    ("initiation_share", "Conversations started", ("conversation", "conversations"), ""),
    (
        "questions_about_other",
        "Questions about the other",
        ("question about the other", "questions about the other"),
        "care_min_acts",
    ),
    (
        "disclosure_share",
        "Feelings shared",
        ("feeling statement", "feeling statements"),
        "unheard_min_disclosures",
    ),
    (
        "responsive_replies_received",
        "Caring replies received",
        ("caring reply", "caring replies"),
        "unheard_min_disclosures",
    ),
)
ROW_DETAIL = "{shares} · {n} {unit}"
#: A row with fewer items than its least n: drawn, but not judged.
VERDICT_THIN = "too little data to tell"
THIN_NOTE = "fewer than {need}"
SHORT_NOTE = "the chat is below the minimum data"

# ---------------------------------------------------------------- signs

#: The first line of a sign card: by verdict, how strongly, and whether the sign is one of
#: closeness (good when seen) or of its lack (worth a talk when seen).
SIGN_LEADS: dict[tuple[str, str], str] = {
    ("observed", "strong"): "Strongly seen in this chat.",
    ("observed", "clear"): "Clearly seen in this chat.",
    ("observed", "some"): "Seen to some degree in this chat.",
    ("observed", "faint"): "Faintly seen in this chat.",
    ("observed", ""): "Seen in this chat.",
    ("not_observed", ""): "Not seen in this chat.",
    ("insufficient_data", ""): "Too little chat to tell yet.",
}
#: Added to the lead of a sign of a lack that is seen.
LACK_SEEN = "Seen in this chat: a prompt to talk, not a verdict."
LACK_SEEN_STRONGLY = "Clearly seen in this chat: a prompt to talk, not a verdict."

#: The signs grid on page one: each status's shape (drawn, and said) and word.
CHIPS = {
    "observed": ("●", "seen"),
    "not_observed": ("○", "not seen"),
    "insufficient_data": ("◌", "too little data"),
}
GRID_TITLE = "The signs at a glance"
GRID_NOTE = "● seen · ○ not seen · ◌ too little data to tell. Each links to its card below."


def sign_lead(status: str, word: str, *, lack: bool) -> str:
    """The plain first line of a sign card (``word``: the score's word on the named scale, or
    ""); a sign of a lack that is seen is named a prompt, not a verdict."""
    if status == "observed" and lack:
        return LACK_SEEN_STRONGLY if word in ("clear", "strong") else LACK_SEEN
    return SIGN_LEADS.get((status, word if status == "observed" else ""), SIGN_LEADS[(status, "")])


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
