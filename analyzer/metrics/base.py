"""Shared preparation and small helpers for the measure functions.

Every measure function reads a :class:`Prepared` chat (built once by :func:`prepare`) and returns
a small DataFrame indexed by participant ("" for a chat-level value) with columns ``value``
(float, NaN when it cannot be computed) and ``n`` (int, the items behind the value).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from analyzer.schema import Col

#: NLP category columns whose matches are counted (see analyzer/nlp/__init__.py).
CATEGORIES: tuple[str, ...] = (
    "hard", "soft", "flat", "fear", "affection", "gratitude", "repair", "validation", "support",
    "invalidation", "criticism", "defensiveness", "reassurance", "hedge", "disappointment",
    "loneliness", "complaint",
)  # fmt: skip

#: Function-word categories for language style matching (docs/signs.md).
FW_CATEGORIES: tuple[str, ...] = (
    "ppron", "ipron", "article", "prep", "auxverb", "adverb", "conj", "negate", "quant",
)  # fmt: skip

#: Feature columns compute() needs, with the value a missing one would mean.
REQUIRED_FEATURES: tuple[str, ...] = (
    "words", "chars", "valence", "tier", "emotion_words", "emotion_terms", "feeling",
    "feeling_valence", "feeling_tier", "question", "question_other", "followup", "minimal",
    "at_partner", "about_self",
    "emoji_affection",
    *(f"cat_{c}" for c in CATEGORIES),
    *(f"fw_{c}" for c in FW_CATEGORIES),
)  # fmt: skip

#: VADER's usual cut-off: a compound score at or below this is negative.
NEGATIVE_VALENCE = -0.05

PERSON = "person"


@dataclass(frozen=True)
class Prepared:
    """The chat as the measures read it.

    ``msgs``: participant messages (system notices dropped) with the feature columns plus
    ``row`` (position in the frame), ``person`` (categorical over ``people``; NaN for authors who
    are not measured), ``code`` (index into ``everyone``), ``week`` (Monday 00:00, naive),
    ``is_text``. ``turns``/``replies``/``sessions`` are the structure tables with ``person`` and
    ``code`` added (``replies`` also ``to_code``, -1 when none; ``sessions`` ``init_person``).
    ``turn_agg``: per turn sums of a few message columns (aligned with ``turns``).
    """

    people: list[str]
    everyone: list[str]
    msgs: pd.DataFrame
    turns: pd.DataFrame
    replies: pd.DataFrame
    sessions: pd.DataFrame
    lexicon_applied: bool

    @cached_property
    def text_msgs(self) -> pd.DataFrame:
        """The text messages with the columns measures read (see :func:`text_messages`): taken
        once and shared by every measure, which only reads it."""
        msgs = self.msgs
        keep = [c for c in msgs.columns if c not in NOT_MEASURED]
        return msgs.loc[msgs["is_text"].to_numpy(), keep]


def _only(values: pd.Series, names: list[str]) -> pd.Series:
    """The authors as objects, with names outside ``names`` (and missing ones) as None."""
    values = values.astype("object")
    return values.where(values.isin(names), None)


def _codes(values: pd.Series, everyone: list[str]) -> np.ndarray:
    """Integer code of each author in ``everyone`` (-1 when missing)."""
    cat = pd.Categorical(_only(values, everyone), categories=everyone)
    return np.asarray(cat.codes, dtype=np.int64)


def _person(values: pd.Series, people: list[str]) -> pd.Categorical:
    return pd.Categorical(_only(values, people), categories=people)


def week_of(ts: pd.Series) -> pd.Series:
    """Monday 00:00 of each timestamp's week, as naive local time (datetime64[ns])."""
    if isinstance(ts.dtype, pd.DatetimeTZDtype):
        ts = ts.dt.tz_localize(None)
    day = ts.dt.normalize()
    return (day - pd.to_timedelta(day.dt.day_of_week, unit="D")).astype("datetime64[ns]")


def prepare(
    frame: pd.DataFrame,
    turns: pd.DataFrame,
    sessions: pd.DataFrame,
    replies: pd.DataFrame,
    *,
    participants: list[str],
    lexicon_applied: bool,
) -> Prepared:
    """Build the :class:`Prepared` view once; raise ValueError naming missing feature columns."""
    missing = [c for c in REQUIRED_FEATURES if c not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks NLP feature columns {missing}; join features.frame first")
    if not np.array_equal(turns["turn_id"].to_numpy(), np.arange(len(turns))):
        raise ValueError("turns must be structure.turns(annotated): one row per turn, in order")
    if len(replies) != len(turns) or not np.array_equal(
        replies["turn_id"].to_numpy(), turns["turn_id"].to_numpy()
    ):
        raise ValueError("replies must be structure.replies(turns), aligned with turns")
    people = [str(p) for p in participants]
    pos = np.flatnonzero(frame["turn_id"].to_numpy() >= 0)
    msgs = frame.iloc[pos].reset_index(drop=True)
    everyone = [str(a) for a in pd.unique(msgs[Col.AUTHOR].astype("object"))]
    is_text = msgs[Col.KIND].astype("object").to_numpy() == "text"
    msgs = msgs.assign(
        row=pos.astype(np.int64),
        code=_codes(msgs[Col.AUTHOR], everyone),
        person=_person(msgs[Col.AUTHOR], people),
        week=week_of(msgs[Col.TIMESTAMP]),
        is_text=is_text,
        words=msgs["words"].where(is_text, 0).astype("int64"),
    )
    turns = turns.reset_index(drop=True)
    turns = turns.assign(
        code=_codes(turns[Col.AUTHOR], everyone),
        person=_person(turns[Col.AUTHOR], people),
        week=week_of(turns["start"]),
    )
    replies = replies.reset_index(drop=True)
    replies = replies.assign(
        code=_codes(replies[Col.AUTHOR], everyone),
        to_code=_codes(replies["to_author"], everyone),
        person=_person(replies[Col.AUTHOR], people),
        week=turns["week"].to_numpy(),
        session_id=turns["session_id"].to_numpy(),
    )
    sessions = sessions.reset_index(drop=True)
    sessions = sessions.assign(init_person=_person(sessions["initiator"], people))
    return Prepared(
        people=people,
        everyone=everyone,
        msgs=msgs,
        turns=turns,
        replies=replies,
        sessions=sessions,
        lexicon_applied=lexicon_applied,
    )


#: Columns of ``Prepared.msgs`` no measure reads from the text messages: left out of the copy
#: :func:`text_messages` takes (held while the measures run; the text is the largest part).
NOT_MEASURED: frozenset[str] = frozenset({
    Col.TEXT, Col.SOURCE_FILE, Col.SOURCE_LINE, Col.EDITED, Col.FORWARDED, Col.DURATION,
    "emoji", "emoji_laughter", "emoji_sadness", "emoji_annoyance", "emoji_support",
    "emoji_ambiguous", "emphasis", "emotion_score", "laughter", "cat_joy",
})  # fmt: skip


def text_messages(prepared: Prepared) -> pd.DataFrame:
    """The text messages of ``prepared.msgs`` with the columns measures read: one frame per
    chat, taken on first use and shared (a measure must not change it)."""
    return prepared.text_msgs


def turn_sums(msgs: pd.DataFrame, columns: dict[str, np.ndarray], n_turns: int) -> pd.DataFrame:
    """Per-turn sums of the given per-message arrays (messages are contiguous per turn)."""
    tid = msgs["turn_id"].to_numpy()
    out = {}
    for name, arr in columns.items():
        out[name] = np.bincount(tid, weights=np.asarray(arr, dtype=np.float64), minlength=n_turns)
    return pd.DataFrame(out)


# ------------------------------------------------------------------ result helpers


def per_person(
    value: pd.Series | np.ndarray, n: pd.Series | np.ndarray, people: list[str]
) -> pd.DataFrame:
    """A per-participant result table (index = participant)."""
    return pd.DataFrame(
        {
            "value": np.asarray(value, dtype=np.float64),
            "n": np.asarray(n, dtype=np.int64),
        },
        index=pd.Index(people, name="participant"),
    )


def chat_level(value: float, n: int) -> pd.DataFrame:
    """A chat-level result table (index = [""])."""
    return pd.DataFrame(
        {"value": [float(value)], "n": [int(n)]}, index=pd.Index([""], name="participant")
    )


def safe_ratio(num, den, *, scale: float = 1.0) -> np.ndarray:
    """``scale * num / den`` element-wise; NaN where ``den`` is 0 (never 0 for "unknown")."""
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = scale * num / den
    return np.where(den > 0, out, np.nan)


def by_person(frame: pd.DataFrame, column: str | np.ndarray, how: str = "sum") -> pd.Series:
    """Aggregate ``column`` per measured participant (all participants present, in order).

    ``how`` "sum" and "size" run as one ``np.bincount`` (missing values count as 0); other
    reductions go through a pandas groupby.
    """
    person = frame[PERSON]
    people = list(person.cat.categories)
    if how in ("sum", "size"):
        codes = np.asarray(person.cat.codes, dtype=np.int64)
        keep = codes >= 0
        if how == "size":
            weights = None
        else:
            raw = frame[column] if isinstance(column, str) else column
            weights = np.nan_to_num(np.asarray(raw, dtype=np.float64)[keep])
        out = np.bincount(codes[keep], weights=weights, minlength=len(people))
        return pd.Series(out, index=pd.Index(people, name=PERSON))
    values = frame[column] if isinstance(column, str) else pd.Series(column, index=frame.index)
    return values.groupby(person, observed=False).agg(how)


def lexicon_off(table: pd.DataFrame, applied: bool) -> pd.DataFrame:
    """Blank the values (keep n) of a lexicon measure when the lexicon does not apply."""
    if applied:
        return table
    return table.assign(value=np.nan)
