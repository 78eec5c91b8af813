"""One-sidedness and responsiveness: questions, replies to disclosures, reciprocity, support,
conflict markers, minimal replies and language style matching.

How a reply to a disclosure is classified
-----------------------------------------
A disclosure is a text message flagged ``feeling`` written by a measured participant, unless it is
joy said in answer to the other's news (:func:`_shared_joy`: "they're keeping me!!" -> "buzzing for
you"), which is the reply to a disclosure, not one awaiting an answer. Its reply is
the next turn in the same session (by another person, by construction); all messages of that
turn are read together. The first rule that holds decides, in this order:

1. ``none``: there is no later turn in the session.
2. ``invalidating``: the reply holds an invalidation or criticism match.
3. ``responsive``: the reply holds a validation or support match (our lexicon's empathy
   phrases are part of these two categories), a follow-up question, a question about the other
   (the NLP flag), or any other question that does not speak of the replier ("what's
   happened?", "the family thing?", "did you fix it?"; not "did I tell you about my trip?").
   Wording alone cannot tell a clarifying question from a change of subject ("what's for
   dinner?"); right after a disclosure the first is by far the more common, so it counts.
   or a reciprocal disclosure: a feeling statement sharing at least one emotion term (lemma)
   with the disclosure (a lexical stand-in for "on the same topic").
4. ``minimal``: every message of the reply is a minimal reply ("ok", a lone 👍).
5. ``self_focused``: the reply speaks in the first person (I, me, my, ...) and asks no question:
   a shift to the responder's own story (including a feeling statement on another topic).
6. ``minimal`` otherwise: a reply that does not engage with the disclosure (e.g. a change of
   subject that is a question about something else).

Who is accountable for a disclosure: its responder; when nobody answered and the chat has exactly
two people, the other one (they could have answered and did not). In a group an unanswered
disclosure is nobody's (it still counts in the discloser's unanswered share).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analyzer.metrics.base import (
    FW_CATEGORIES,
    NEGATIVE_VALENCE,
    Prepared,
    by_person,
    chat_level,
    lexicon_off,
    per_person,
    safe_ratio,
    text_messages,
    turn_sums,
)

RESPONSES: tuple[str, ...] = ("responsive", "minimal", "self_focused", "invalidating", "none")


#: How many turns after the partner's disclosure count as "soon" for reciprocity.
RECIPROCITY_WINDOW = 3

DISCLOSURE_COLUMNS = (
    "row", "author", "timestamp", "session_id", "tier", "valence", "negative", "responder",
    "response", "response_row",
)  # fmt: skip


def _f(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A numeric feature column as float with NaN read as 0 (for counting matches)."""
    return frame[column].astype("float64").fillna(0.0).to_numpy()


def _b(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].fillna(False).astype(bool).to_numpy()


_text = text_messages


def _count(prepared: Prepared, flags: np.ndarray) -> pd.DataFrame:
    """Per person: how many text messages have ``flags``; n = text messages."""
    t = _text(prepared)
    return per_person(
        by_person(t, flags.astype(np.int64)), by_person(t, "is_text"), prepared.people
    )


def questions(prepared: Prepared) -> pd.DataFrame:
    """Questions asked (with or without '?'). n = text messages."""
    return _count(prepared, _b(_text(prepared), "question"))


def question_share(prepared: Prepared) -> pd.DataFrame:
    """questions_p / all participants' questions. Range 0..1; n = that total."""
    t = _text(prepared)
    count = by_person(t, _b(t, "question").astype(np.int64))
    total = np.full(len(count), float(count.sum()))
    return per_person(safe_ratio(count, total), total, prepared.people)


def questions_about_other(prepared: Prepared) -> pd.DataFrame:
    """Questions about the other person. n = text messages."""
    return _count(prepared, _b(_text(prepared), "question_other"))


def followups(prepared: Prepared) -> pd.DataFrame:
    """Follow-up questions on the partner's previous turn. n = text messages."""
    return _count(prepared, _b(_text(prepared), "followup"))


def markers(prepared: Prepared, *columns: str) -> pd.DataFrame:
    """Sum of lexicon category matches in text messages. n = text messages."""
    t = _text(prepared)
    total = sum(_f(t, c) for c in columns)
    table = per_person(by_person(t, total), by_person(t, "is_text"), prepared.people)
    return lexicon_off(table, prepared.lexicon_applied)


def aimed_markers(prepared: Prepared, column: str) -> pd.DataFrame:
    """Matches of ``column`` in messages aimed at the partner (``at_partner``): venting about a
    boss or a sister is a disclosure, not a grievance against the partner. n = text messages."""
    t = _text(prepared)
    total = _f(t, column) * _b(t, "at_partner").astype(np.float64)
    table = per_person(by_person(t, total), by_person(t, "is_text"), prepared.people)
    return lexicon_off(table, prepared.lexicon_applied)


def _support_flags(msgs: pd.DataFrame) -> np.ndarray:
    """Messages holding a validation or support match (text only)."""
    return msgs["is_text"].to_numpy() & ((_f(msgs, "cat_validation") + _f(msgs, "cat_support")) > 0)


def support_given(prepared: Prepared) -> pd.DataFrame:
    """Text messages by this person holding validation or support (empathy included).
    n = their text messages."""
    # one text copy at a time: _count takes its own
    flags = _support_flags(_text(prepared))
    return lexicon_off(_count(prepared, flags), prepared.lexicon_applied)


def addressee(prepared: Prepared) -> np.ndarray:
    """Per turn, the code of the person it is addressed to: the previous turn's author in the
    session; for a session's opening turn in a two-person chat, the other person; else -1."""
    to = prepared.replies["to_code"].to_numpy().copy()
    if len(prepared.everyone) == 2:
        opening = to < 0
        to[opening] = 1 - prepared.turns["code"].to_numpy()[opening]
    return to


def support_received(prepared: Prepared) -> pd.DataFrame:
    """Support/validation messages written by others in turns addressed to this person (see
    :func:`addressee`). n = text messages in turns addressed to this person."""
    to = addressee(prepared)[prepared.msgs["turn_id"].to_numpy()]
    flags = _support_flags(prepared.msgs)
    is_text = prepared.msgs["is_text"].to_numpy()
    codes = [prepared.everyone.index(x) if x in prepared.everyone else -2 for x in prepared.people]
    got = [int((flags & (to == c)).sum()) for c in codes]
    n = [int((is_text & (to == c)).sum()) for c in codes]
    return lexicon_off(per_person(got, n, prepared.people), prepared.lexicon_applied)


def minimal_share(prepared: Prepared) -> pd.DataFrame:
    """Share of this person's turns in which every message is a minimal reply. Range 0..1;
    n = their turns."""
    agg = turn_sums(prepared.msgs, {"minimal": _b(prepared.msgs, "minimal")}, len(prepared.turns))
    all_min = agg["minimal"].to_numpy() == prepared.turns["n_messages"].to_numpy()
    g = prepared.turns["person"]
    hit = (
        pd.Series(all_min.astype(np.int64))
        .groupby(g, observed=False)
        .sum()
        .reindex(prepared.people)
    )
    size = prepared.turns.groupby("person", observed=False).size().reindex(prepared.people)
    return per_person(safe_ratio(hit, size), size, prepared.people)


# ------------------------------------------------------------------ disclosures


def _reply_turn_features(prepared: Prepared, reply_turns: np.ndarray) -> pd.DataFrame:
    """Per turn: the sums needed to classify replies (first person only where needed)."""
    m = prepared.msgs
    need = np.isin(m["turn_id"].to_numpy(), reply_turns) & m["is_text"].to_numpy()
    # the writer speaks of themself (the NLP pass reads each message's language's first person)
    first_person = need & _b(m, "about_self")
    # A question that does not speak of the replier ("what's happened?", "the family thing?",
    # "did you fix it?") engages with what was just said; "did I tell you about my trip?" does not.
    you_question = _b(m, "question") & ~first_person
    return turn_sums(
        m,
        {
            "support": _f(m, "cat_validation") + _f(m, "cat_support"),
            "invalid": _f(m, "cat_invalidation") + _f(m, "cat_criticism"),
            "followup": _b(m, "followup"),
            "question_other": _b(m, "question_other"),
            "question": _b(m, "question"),
            "you_question": you_question,
            "feeling": _b(m, "feeling") & m["is_text"].to_numpy(),
            "minimal": _b(m, "minimal"),
            "first_person": first_person,
        },
        len(prepared.turns),
    )


def _terms(frame: pd.DataFrame, key: np.ndarray) -> pd.DataFrame:
    """Long table (key, term) of the emotion terms of ``frame``'s rows."""
    terms = frame["emotion_terms"].astype("string").fillna("").to_numpy()
    long = pd.DataFrame({"key": key, "term": terms})
    long = long[long["term"] != ""]
    long["term"] = long["term"].str.split()
    long = long.explode("term")
    return long[long["term"].notna()].drop_duplicates()


def _shared_joy(prepared: Prepared, feel: pd.DataFrame) -> np.ndarray:
    """Which of the feeling messages ``feel`` answer the other's news with one's own joy: a
    positive feeling statement opening a turn that follows another person's turn of the same
    session that asked nothing and offered no comfort ("they're keeping me!!" -> "buzzing for
    you"; "finally cleaned the oven" -> "proud"). Such a feeling is the reply to the other's news
    (an active-constructive response, Gable et al. 2004), not news of one's own awaiting an
    answer. After a question ("how do you feel?" -> "relieved beyond words") or after comfort
    ("hang in there" -> "I'm really happy he laughed today") the feeling is the writer's; affection
    said to the other ("love you", "miss you") is a bid of its own and stays a disclosure."""
    turns = prepared.turns
    tid = feel["turn_id"].to_numpy()
    prev = tid - 1
    has_prev = prev >= 0
    p = np.where(has_prev, prev, 0)
    sid = turns["session_id"].to_numpy()
    m = prepared.msgs
    care = _f(m, "cat_validation") + _f(m, "cat_support")
    sums = turn_sums(m, {"q": _b(m, "question"), "care": care}, len(turns))
    return (
        has_prev
        & (sid[p] == sid[tid])
        & (turns["code"].to_numpy()[p] != turns["code"].to_numpy()[tid])
        & (sums["q"].to_numpy()[p] == 0)
        & (sums["care"].to_numpy()[p] == 0)
        & (feel["row"].to_numpy() == turns["first_row"].to_numpy()[tid])
        & (feel["feeling_valence"].astype("float64").fillna(0.0).to_numpy() > 0)
        & (_f(feel, "cat_affection") == 0)
    )


def disclosures(prepared: Prepared) -> pd.DataFrame:
    """One row per feeling statement by a measured participant, with its reply classified (see
    the module docstring). Columns: :data:`DISCLOSURE_COLUMNS` plus ``code``, ``responder_code``
    and ``judge`` (code of the person accountable, -1 when none) for the measures."""
    m = prepared.msgs
    mask = m["is_text"].to_numpy() & _b(m, "feeling") & m["person"].notna().to_numpy()
    mask[mask] = ~_shared_joy(prepared, m[mask])
    d = m[mask]
    tid = d["turn_id"].to_numpy()
    n_turns = len(prepared.turns)
    nxt = tid + 1
    sid_t = prepared.turns["session_id"].to_numpy()
    has_reply = nxt < n_turns
    has_reply[has_reply] = sid_t[nxt[has_reply]] == sid_t[tid[has_reply]]
    reply = np.where(has_reply, nxt, -1)
    feats = _reply_turn_features(prepared, np.unique(reply[reply >= 0]))
    r = np.where(has_reply, reply, 0)

    def at(name: str) -> np.ndarray:
        return feats[name].to_numpy()[r] * has_reply

    # reciprocal disclosure: a feeling message in the reply turn sharing an emotion term
    feel_msgs = m[m["is_text"].to_numpy() & _b(m, "feeling")]
    theirs = _terms(feel_msgs, feel_msgs["turn_id"].to_numpy())
    mine = _terms(d, np.arange(len(d)))
    mine["reply"] = reply[mine["key"].to_numpy()]
    shared = mine.merge(theirs, left_on=["reply", "term"], right_on=["key", "term"])
    reciprocal = np.zeros(len(d), dtype=bool)
    reciprocal[shared["key_x"].to_numpy(dtype=np.int64)] = True

    n_msgs = prepared.turns["n_messages"].to_numpy()[r]
    invalid = at("invalid") > 0
    responsive = (
        (at("support") > 0)
        | (at("followup") > 0)
        | (at("question_other") > 0)
        | (at("you_question") > 0)
        | reciprocal
    )
    all_minimal = has_reply & (at("minimal") == n_msgs)
    self_focused = (at("first_person") > 0) & (at("question") == 0)
    response = np.select(
        [~has_reply, invalid, responsive, all_minimal, self_focused],
        ["none", "invalidating", "responsive", "minimal", "self_focused"],
        default="minimal",
    )
    resp_code = np.where(has_reply, prepared.turns["code"].to_numpy()[r], -1)
    judge = resp_code.copy()
    if len(prepared.everyone) == 2:
        judge = np.where(has_reply, resp_code, 1 - d["code"].to_numpy())
    first_row = prepared.turns["first_row"].to_numpy()[r]
    valence = d["feeling_valence"].astype("float64").to_numpy()
    everyone = np.array(prepared.everyone + [""], dtype=object)
    responder = pd.array(everyone[resp_code], dtype="string")
    responder[~has_reply] = pd.NA
    return pd.DataFrame(
        {
            "row": d["row"].to_numpy(dtype=np.int64),
            "author": pd.array(d["author"].astype("object").to_numpy(), dtype="string"),
            "timestamp": d["timestamp"].to_numpy()
            if not isinstance(d["timestamp"].dtype, pd.DatetimeTZDtype)
            else d["timestamp"].array,
            "session_id": d["session_id"].to_numpy(dtype=np.int64),
            "tier": d["feeling_tier"].astype("float64").to_numpy(),
            "valence": valence,
            "negative": valence <= NEGATIVE_VALENCE,
            "responder": responder,
            "response": pd.Categorical(response, categories=RESPONSES),
            "response_row": np.where(has_reply, first_row, -1).astype(np.int64),
            "code": d["code"].to_numpy(dtype=np.int64),
            "responder_code": resp_code.astype(np.int64),
            "judge": judge.astype(np.int64),
        }
    )


def _codes(prepared: Prepared) -> list[int]:
    return [prepared.everyone.index(x) if x in prepared.everyone else -2 for x in prepared.people]


def response_share(prepared: Prepared, disc: pd.DataFrame, *, response: str) -> pd.DataFrame:
    """Share of other participants' disclosures this person is accountable for (answered, or
    left unanswered in a two-person chat) that met ``response``. Range 0..1; n = those
    disclosures."""
    judge = disc["judge"].to_numpy()
    code = disc["code"].to_numpy()
    hit = (disc["response"] == response).to_numpy()
    num, den = [], []
    for c in _codes(prepared):
        mine = (judge == c) & (code != c)
        num.append(int((mine & hit).sum()))
        den.append(int(mine.sum()))
    return lexicon_off(
        per_person(safe_ratio(num, den), den, prepared.people), prepared.lexicon_applied
    )


def received_share(prepared: Prepared, disc: pd.DataFrame, *, response: str) -> pd.DataFrame:
    """Share of this person's own disclosures that met ``response``. n = their disclosures."""
    code = disc["code"].to_numpy()
    hit = (disc["response"] == response).to_numpy()
    num = [int(((code == c) & hit).sum()) for c in _codes(prepared)]
    den = [int((code == c).sum()) for c in _codes(prepared)]
    return lexicon_off(
        per_person(safe_ratio(num, den), den, prepared.people), prepared.lexicon_applied
    )


def negative_disclosure_share(prepared: Prepared, disc: pd.DataFrame) -> pd.DataFrame:
    """This person's share of the negative feeling statements (troubles told). Range 0..1;
    n = negative feeling statements by anyone."""
    neg = disc["negative"].to_numpy(dtype=bool)
    code = disc["code"].to_numpy()[neg]
    num = [int((code == c).sum()) for c in _codes(prepared)]
    den = [int(neg.sum())] * len(num)
    return lexicon_off(
        per_person(safe_ratio(num, den), den, prepared.people), prepared.lexicon_applied
    )


def offloading_weeks_share(prepared: Prepared, disc: pd.DataFrame) -> pd.DataFrame:
    """Fraction of the weeks (Monday to Sunday) with negative feeling statements in which this
    person made most of them. Range 0..1; n = those weeks."""
    neg = disc[disc["negative"].to_numpy(dtype=bool)]
    ts = pd.to_datetime(neg["timestamp"])
    weeks = (ts - pd.to_timedelta(ts.dt.day_of_week, unit="D")).dt.normalize().to_numpy()
    code = neg["code"].to_numpy()
    num, den = [], []
    for c in _codes(prepared):
        by_week = pd.Series(code == c).groupby(weeks).mean()
        num.append(int((by_week > 0.5).sum()))
        den.append(len(by_week))
    return lexicon_off(
        per_person(safe_ratio(num, den), den, prepared.people), prepared.lexicon_applied
    )


def responsive_received(prepared: Prepared, disc: pd.DataFrame) -> pd.DataFrame:
    """Responsive replies this person's feeling statements received (a count); n = their
    feeling statements."""
    code = disc["code"].to_numpy()
    hit = (disc["response"] == "responsive").to_numpy()
    num = [int(((code == c) & hit).sum()) for c in _codes(prepared)]
    den = [int((code == c).sum()) for c in _codes(prepared)]
    return lexicon_off(per_person(num, den, prepared.people), prepared.lexicon_applied)


def _answered_counts(
    prepared: Prepared, disc: pd.DataFrame, response: str
) -> tuple[list[int], list[int]]:
    """Per person: how many of the others' feeling statements they replied to met ``response``,
    and how many they replied to."""
    hit = (disc["response"] == response).to_numpy()
    code = disc["code"].to_numpy()
    replier = disc["responder_code"].to_numpy()
    num, den = [], []
    for c in _codes(prepared):
        mine = (code != c) & (replier == c)
        num.append(int((mine & hit).sum()))
        den.append(int(mine.sum()))
    return num, den


def responsive_given(prepared: Prepared, disc: pd.DataFrame) -> pd.DataFrame:
    """Responsive replies this person gave to others' feeling statements (a count); n = the
    others' feeling statements this person replied to."""
    num, den = _answered_counts(prepared, disc, "responsive")
    return lexicon_off(per_person(num, den, prepared.people), prepared.lexicon_applied)


def answered_self_focus_share(prepared: Prepared, disc: pd.DataFrame) -> pd.DataFrame:
    """Share of this person's replies to others' feeling statements that turn to their own story.
    Unlike ``self_focused_share`` it counts only the replies given, not statements left
    unanswered. Range 0..1; n = those replies."""
    num, den = _answered_counts(prepared, disc, "self_focused")
    return lexicon_off(
        per_person(safe_ratio(num, den), den, prepared.people), prepared.lexicon_applied
    )


def reciprocity(prepared: Prepared, *, window: int = RECIPROCITY_WINDOW) -> pd.DataFrame:
    """P(this person discloses within ``window`` turns after another participant's disclosure
    turn, same session) minus the same probability after any turn of another participant.

    Range -1..1; n = the other participants' disclosure turns (NaN with n=0).
    """
    m = prepared.msgs
    feel = m["is_text"].to_numpy() & _b(m, "feeling")
    disc_turn = turn_sums(m, {"f": feel}, len(prepared.turns))["f"].to_numpy() > 0
    code = prepared.turns["code"].to_numpy()
    sid = prepared.turns["session_id"].to_numpy()
    measured = prepared.turns["person"].notna().to_numpy()
    n_t = len(code)
    values, ns = [], []
    for c in _codes(prepared):
        mine = disc_turn & (code == c)
        soon = np.zeros(n_t, dtype=bool)
        for k in range(1, window + 1):
            if k >= n_t:
                break
            same = sid[k:] == sid[:-k]
            soon[:-k] |= mine[k:] & same
        others = measured & (code != c)
        cond = others & disc_turn
        n = int(cond.sum())
        base = others.sum()
        if n == 0 or base == 0:
            values.append(np.nan)
        else:
            values.append(soon[cond].mean() - soon[others].mean())
        ns.append(n)
    return lexicon_off(per_person(values, ns, prepared.people), prepared.lexicon_applied)


# ------------------------------------------------------------------ style matching


def _style_rates(prepared: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """Per participant: words (text) and the 9 function-word rates in percent of words."""
    t = _text(prepared)
    words = by_person(t, "words").reindex(prepared.people).to_numpy(dtype=np.float64)
    fw = np.column_stack(
        [by_person(t, _f(t, f"fw_{c}")).reindex(prepared.people).to_numpy() for c in FW_CATEGORIES]
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        rates = 100.0 * fw / words[:, None]
    return words, rates


def lsm_pairs(prepared: Prepared, *, words_for_style: int) -> pd.DataFrame:
    """Language style matching per pair of participants: mean over the 9 categories of
    1 - |pA - pB| / (pA + pB + 0.0001), p = percent of words (docs/signs.md). Range 0..1.

    Columns ``a``, ``b``, ``value``, ``n`` (the smaller word count); NaN when either person wrote
    fewer than ``words_for_style`` words, or the lexicon is off.
    """
    words, rates = _style_rates(prepared)
    rows = []
    for i in range(len(prepared.people)):
        for j in range(i + 1, len(prepared.people)):
            n = int(min(words[i], words[j]))
            if n < words_for_style or not prepared.lexicon_applied:
                value = np.nan
            else:
                a, b = rates[i], rates[j]
                value = float(np.mean(1.0 - np.abs(a - b) / (a + b + 0.0001)))
            rows.append((prepared.people[i], prepared.people[j], value, n))
    return pd.DataFrame(rows, columns=["a", "b", "value", "n"])


def lsm(pairs: pd.DataFrame) -> pd.DataFrame:
    """Chat-level LSM: the mean over pairs with a value (one pair for two people).
    n = the smallest word count behind the pairs used (or over all pairs when none has one)."""
    ok = pairs[pairs["value"].notna()]
    if ok.empty:
        return chat_level(np.nan, int(pairs["n"].min()) if len(pairs) else 0)
    return chat_level(float(ok["value"].mean()), int(ok["n"].min()))


def complaint_repair_share(prepared: Prepared) -> pd.DataFrame:
    """Share of this person's complaint messages (a complaint match) whose reply turn, the next
    turn in the same session, holds a repair match and no defensiveness match. Range 0..1;
    n = complaint messages; NaN with n=0 (and NaN values when the lexicon is off)."""
    m = prepared.msgs
    d = m[m["is_text"].to_numpy() & (_f(m, "cat_complaint") > 0) & _b(m, "at_partner")]
    tid = d["turn_id"].to_numpy()
    sid = prepared.turns["session_id"].to_numpy()
    nxt = tid + 1
    has_reply = nxt < len(prepared.turns)
    has_reply[has_reply] = sid[nxt[has_reply]] == sid[tid[has_reply]]
    sums = turn_sums(
        m,
        {"repair": _f(m, "cat_repair"), "defend": _f(m, "cat_defensiveness")},
        len(prepared.turns),
    )
    r = np.where(has_reply, nxt, 0)
    repaired = has_reply & (sums["repair"].to_numpy()[r] > 0) & (sums["defend"].to_numpy()[r] == 0)
    hits = by_person(d, repaired.astype(np.int64))
    n = by_person(d, np.ones(len(d), dtype=np.int64))
    return lexicon_off(
        per_person(safe_ratio(hits, n), n, prepared.people), prepared.lexicon_applied
    )
