"""Pick up to three messages that best show an observed sign.

A picker takes the messages ``frame`` (joined with NLP features), the
:class:`~analyzer.signs.context.Context` and the sign's ``who``, and returns positions in
``frame`` (``iloc``), best first. Feature columns that are missing simply yield no examples.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analyzer.nlp.aim import AIMED_CATEGORIES
from analyzer.schema import Col
from analyzer.signs import Example
from analyzer.signs.context import Context

MAX_EXAMPLES = 3
MAX_CHARS = 280

Picker = Callable[[pd.DataFrame, Context, "str | None"], list[int]]


def _rows(d: pd.DataFrame, column: str, order: pd.Series, ascending: bool) -> list[int]:
    keyed = d.assign(_key=order.to_numpy()).sort_values(
        ["_key", column], ascending=[ascending, True], kind="stable"
    )
    rows = [int(r) for r in keyed[column] if int(r) >= 0]
    return list(dict.fromkeys(rows))


def _disclosure_rows(
    frame, ctx, who, *, negative=None, deep=False, response_rows=False, responder=None
):
    d = ctx.disclosures()
    if d.empty:
        return []
    keep = d["response"] == "responsive"
    if negative is not None:
        keep &= d["negative"].astype(bool) == negative
    if deep:
        keep &= d["tier"] >= 3
    if responder is not None:
        keep &= d["responder"].astype("object") == responder
    d = d[keep]
    column = "response_row" if response_rows else "row"
    return _rows(d, column, d["valence"].abs().fillna(0), ascending=False)


#: Grievance columns that count only in messages aimed at the partner (``at_partner``).
_AIMED = frozenset(f"cat_{c}" for c in AIMED_CATEGORIES)  # counted only when aimed at the partner


def _marker_rows(
    frame: pd.DataFrame,
    column: str,
    *,
    authors: tuple[str, ...] | None = None,
    rank: str | None = None,
) -> list[int]:
    if column not in frame:
        return []
    hits = pd.Series(frame[column]).fillna(0).astype(float).to_numpy() > 0
    if column in _AIMED and "at_partner" in frame:
        hits &= pd.Series(frame["at_partner"]).fillna(False).astype(bool).to_numpy()
    if authors is not None:
        hits &= frame[Col.AUTHOR].astype("object").isin(authors).to_numpy()
    pos = pd.Series(range(len(frame)))[hits]
    if rank and rank in frame:
        strength = pd.Series(frame[rank]).fillna(0).astype(float).to_numpy()[pos.to_numpy()]
        pos = pos.iloc[pd.Series(-strength).argsort(kind="stable").to_numpy()]
    return [int(p) for p in pos]


def _interleave(*lists: list[int]) -> list[int]:
    """Round robin over the lists, without repeats."""
    out: list[int] = []
    for i in range(max((len(lst) for lst in lists), default=0)):
        out.extend(lst[i] for lst in lists if i < len(lst))
    return list(dict.fromkeys(out))


def met_disclosures(frame, ctx, who):
    """Feeling statements that got a responsive reply, strongest valence first."""
    return _disclosure_rows(frame, ctx, who)


def met_negative(frame, ctx, who):
    """Negative feeling statements that got a responsive reply."""
    return _disclosure_rows(frame, ctx, who, negative=True)


def supportive_replies(frame, ctx, who):
    """The responsive replies to negative feeling statements."""
    return _disclosure_rows(frame, ctx, who, negative=True, response_rows=True)


def compassion(frame, ctx, who):
    """The responsive replies to deeply painful feeling statements."""
    return _disclosure_rows(frame, ctx, who, negative=True, deep=True, response_rows=True)


def complaints(frame, ctx, who):
    """Complaints about the other, then repair."""
    return _interleave(_marker_rows(frame, "cat_complaint"), _marker_rows(frame, "cat_repair"))


def unheard(frame, ctx, who):
    """Complaints by the unheard person, then their feeling statements that got no reply."""
    authors = (who,) if who else ctx.people
    d = ctx.disclosures()
    ignored = d[
        d[Col.AUTHOR].astype("object").isin(authors) & d["response"].isin(["none", "minimal"])
    ]
    return _marker_rows(frame, "cat_complaint", authors=authors) + _rows(
        ignored, "row", ignored["valence"].fillna(0), True
    )


def criticism(frame, ctx, who):
    """Criticism aimed at the person, then their reassurance seeking."""
    others = tuple(p for p in ctx.people if p != who) if who else ctx.people
    mine = (who,) if who else ctx.people
    return _marker_rows(
        frame, "cat_criticism", authors=others, rank="cat_criticism"
    ) + _marker_rows(frame, "cat_reassurance", authors=mine)


def disappointment(frame, ctx, who):
    return _marker_rows(
        frame,
        "cat_disappointment",
        authors=(who,) if who else ctx.people,
        rank="cat_disappointment",
    )


def loneliness(frame, ctx, who):
    return _marker_rows(
        frame, "cat_loneliness", authors=(who,) if who else ctx.people, rank="cat_loneliness"
    )


def hedges(frame, ctx, who):
    return _marker_rows(frame, "cat_hedge", authors=(who,) if who else ctx.people)


def _alternating(frame, ctx, first: str, second: str):
    """Messages marked ``first`` or ``second``, alternating between the two and between people."""
    per = [
        _interleave(
            _marker_rows(frame, first, authors=(p,)), _marker_rows(frame, second, authors=(p,))
        )
        for p in ctx.people
    ]
    return _interleave(*per)


def care(frame, ctx, who):
    """Affection and check-ins, alternating between people."""
    return _alternating(frame, ctx, "cat_affection", "question_other")


def interest(frame, ctx, who):
    """Questions about the other and follow-ups, alternating between people."""
    return _alternating(frame, ctx, "question_other", "followup")


def deep(frame, ctx, who):
    """The deepest messages (tier 3 before tier 2), most emotion words first."""
    if "tier" not in frame:
        return []
    tier = pd.Series(frame["tier"]).fillna(-1).to_numpy()
    words = (
        pd.Series(frame["emotion_words"]).fillna(0).to_numpy()
        if "emotion_words" in frame
        else tier * 0
    )
    keyed = pd.DataFrame({"pos": range(len(frame)), "tier": tier, "words": words})
    keyed = keyed[keyed["tier"] >= 2].sort_values(
        ["tier", "words", "pos"], ascending=[False, False, True]
    )
    return [int(p) for p in keyed["pos"]]


def longest(frame, ctx, who):
    """The dominant person's longest messages."""
    if who is None or "words" not in frame:
        return []
    return _marker_rows(frame, "words", authors=(who,), rank="words")


def offloading(frame, ctx, who):
    """The offloader's most negative feeling statements."""
    if who is None:
        return []
    d = ctx.disclosures()
    mine = d[(d[Col.AUTHOR].astype("object") == who) & d["negative"].astype(bool)]
    return _rows(mine, "row", mine["valence"].fillna(0), True)


PICKERS: dict[str, Picker] = {
    "met_disclosures": met_disclosures,
    "met_negative": met_negative,
    "supportive_replies": supportive_replies,
    "compassion": compassion,
    "complaints": complaints,
    "unheard": unheard,
    "criticism": criticism,
    "disappointment": disappointment,
    "loneliness": loneliness,
    "hedges": hedges,
    "care": care,
    "interest": interest,
    "deep": deep,
    "longest": longest,
    "offloading": offloading,
}


def pick(name: str, frame: pd.DataFrame, ctx: Context, who: str | None) -> tuple[Example, ...]:
    """Up to MAX_EXAMPLES messages for picker ``name``, as :class:`Example` (text shortened)."""
    if not name or frame is None or frame.empty:
        return ()
    out: list[Example] = []
    seen: set[tuple[str, str]] = set()
    for r in dict.fromkeys(PICKERS[name](frame, ctx, who)):
        if not 0 <= r < len(frame):
            continue
        msg = frame.iloc[r]
        text = str(msg["text"]) if pd.notna(msg["text"]) else ""
        if (str(msg[Col.AUTHOR]), text) in seen:  # the same words again show nothing new
            continue
        seen.add((str(msg[Col.AUTHOR]), text))
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS - 1].rstrip() + "…"
        when = pd.Timestamp(msg["timestamp"]).isoformat()
        out.append(Example(when, str(msg[Col.AUTHOR]), text, row=int(r)))
        if len(out) == MAX_EXAMPLES:
            break
    return tuple(out)
