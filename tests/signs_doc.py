"""The generated part of docs/signs.md: each sign as the code defines it.

Read from the rulebook (``analyzer/signs/rules.py``), the predicates
(``analyzer/signs/predicates.py``: the thresholds and measures a predicate's code names), the
measure catalogue and the settings (defaults and meanings), so the page cannot drift from the
code: ``tests/test_figures.py`` fails until ``python -m tests.figures`` has rewritten it.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import fields

STRENGTH = {
    "R": "robust",
    "M": "moderate",
    "W": "weak",
    "W-M": "weak to moderate",
    "M-W": "moderate to weak",
}
#: What each sign checks, in words (observed when ...); the numbers are in the rule below.
CHECKS: dict[str, str] = {
    "safe_sharing": (
        "everyone makes feeling statements, and disclosures are met with a responsive reply"
    ),
    "feel_supported": ("negative disclosures are met responsively, for each person who makes them"),
    "listen_without_judgment": ("replies to disclosures are responsive and rarely invalidating"),
    "can_raise_issues": ("complaints about the other are raised and answered with repair"),
    "share_ups_and_downs": ("good news and bad news are both shared and both met responsively"),
    "mutual_care": (
        "affection, questions about the other, initiations and questions come from both"
    ),
    "light_to_deep": ("sessions hold both small talk and feelings, from both people"),
    "empathy": ("each person answers the other's distress with warmth and writes support "),
    "genuine_interest": ("everyone asks questions, some about the other or following up"),
    "presence": ("prompt replies within sessions, few one-word turns"),
    "compassion_when_suffering": (
        "deeply painful (tier-3 negative) disclosures are met with support"
    ),
    "afraid_to_be_vulnerable": (
        "someone rarely states feelings, leaves them to the other, or takes them back"
    ),
    "superficial": ("few deep sessions and almost all messages logistics or small talk"),
    "not_seen_heard": (
        "a person's disclosures rarely get a responsive reply, or their complaints meet no repair "
    ),
    "judged_criticized": ("criticism is aimed at a person, or they keep seeking reassurance"),
    "disappointment": (
        "someone says they are disappointed in the other, or their openings are left unanswered"
    ),
    "one_sided": ("one person holds most of the words week after week, with support"),
    "waning_interest": ("weekly trends move the waning way"),
    "loneliness": ("a person says they are lonely while their bids go unmet"),
    "find_balance": (
        "no dimension is large and persistently lopsided: talk (as `one_sided` without support; "
        "excused when the person writes fewer messages: few long vs many short), initiations and "
        "questions (excess >= `balance_excess`, interval above fair share), offloading "
        "(only when `dumping_ground` is observed: a partner in a crisis met with support is "
        "legitimate), responsiveness (gap >= `balance_responsive_gap`, each over >= "
        "`unheard_min_disclosures`), style matching (LSM < `balance_lsm_min`)"
    ),
    "dumping_ground": ("A offloads troubles onto the other(s), persistently and one way"),
}

GATES = {
    "base": "base (at least {weeks} weeks, {messages} messages, {messages_per_person} from "
    "each person)",
    "disclosures": "disclosures ({disclosures_for_responsiveness} feeling statements in all)",
    "latency": "latency ({replies_for_latency} timed replies from each person)",
    "trend": "trend ({weeks_for_trend} weeks)",
    "style": "style ({words_for_style} words from each person)",
    "lexicon": "lexicon (a language with the emotion reading: English for now)",
}
AGG = {
    "chat": "the chat's value",
    "min": "the lowest person",
    "max": "the highest person",
    "pooled": "pooled over everyone",
    "sum": "summed over everyone",
    "parity": "parity (smallest person over the mean)",
    "min_rate": "the lowest person's rate",
}


def _names_in(source: str, names: set[str]) -> list[str]:
    found = {m for m in re.findall(r"\b[a-z_][a-z0-9_]*\b", source) if m in names}
    return sorted(found)


def _predicate_source(name: str) -> str:
    """The predicate's code, with the code of the module's functions it calls (one level)."""
    from analyzer.signs import predicates

    fn = predicates.PREDICATES[name]
    source = inspect.getsource(fn)
    helpers = {
        n: f
        for n, f in vars(predicates).items()
        if inspect.isfunction(f) and f.__module__ == predicates.__name__ and n != name
    }
    for helper in _names_in(source, set(helpers)):
        source += inspect.getsource(helpers[helper])
    return source


def rulebook_markdown() -> str:
    from analyzer.metrics import CATALOGUE
    from analyzer.settings import MinimumData, Thresholds, meanings
    from analyzer.signs import SIGN_IDS
    from analyzer.signs.rules import RULES

    defaults = {f.name: f.default for f in fields(Thresholds)}
    helps = meanings(Thresholds)
    minimum = {f.name: f.default for f in fields(MinimumData)}
    labels = {m.name: m.label for m in CATALOGUE}
    groups = dict(SIGN_IDS)
    out: list[str] = []
    for rule in RULES:
        out.append(f"### `{rule.id}`: {rule.title}")
        out.append("")
        out.append(
            f"- **Group:** {groups[rule.id]}. **Strength:** {rule.strength} "
            f"({STRENGTH.get(rule.strength, rule.strength)})."
        )
        out.append(f"- **Checks:** observed when {CHECKS[rule.id].strip()}.")
        gates = ["base", *rule.needs]
        out.append("- **Minimum data:** " + "; ".join(GATES[g].format(**minimum) for g in gates))
        if rule.conditions:
            out.append("- **Rule:** observed when every comparison holds:")
            for c in rule.conditions:
                measure = " + ".join(f"`{m}`" for m in c.measure.split("+"))
                extra = []
                if c.min_n_each:
                    extra.append(f"people with n < {c.min_n_each} left out")
                if c.over_disclosures:
                    extra.append("judged at its best case below the minimum of disclosures")
                if c.needs:
                    extra.append(f"needs the {c.needs} gate")
                tail = f" ({'; '.join(extra)})" if extra else ""
                out.append(
                    f"  - {measure}, {AGG.get(c.agg, c.agg)}, {c.op} `{c.threshold}` "
                    f"({defaults[c.threshold]}){tail}"
                )
            thresholds = sorted({c.threshold for c in rule.conditions})
            measures = sorted({m for c in rule.conditions for m in c.measure.split("+")})
        else:
            source = _predicate_source(rule.predicate)
            thresholds = _names_in(source, set(defaults))
            measures = [m for m in _names_in(source, set(labels)) if f'"{m}"' in source]
            dep = (
                f", reading the verdict of `{'`, `'.join(rule.depends_on)}`"
                if rule.depends_on
                else ""
            )
            out.append(
                f"- **Rule:** the predicate `{rule.predicate}` in "
                f"`analyzer/signs/predicates.py`{dep}."
            )
        if measures:
            reads = "Reads (evidence)" if rule.conditions else "Measures its code names"
            out.append(
                f"- **{reads}:** " + "; ".join(f"`{m}` ({labels[m].lower()})" for m in measures)
            )
        if thresholds:
            out.append("- **Thresholds:**")
            for name in thresholds:
                out.append(f"  - `{name}` = {defaults[name]}: {helps.get(name, '')}")
        if rule.score is not None:
            terms = ", ".join(f"`{m}` ({AGG.get(a, a)})" for m, a in rule.score.terms)
            out.append(f"- **Score:** the mean of {terms}, clipped to 0..1.")
        out.append(f'- **Says when observed:** "{rule.observed}"')
        out.append(f'- **Says when not observed:** "{rule.not_observed}"')
        out.append(f"- **What text cannot show:** {rule.caveat}")
        out.append("")
    return "\n".join(out).rstrip("\n")
