"""A realistic FAKE Analysis for the report tests: every table with the contract's columns and the
CATALOGUE's measure names, all 21 signs, deterministic (seeded), built without the pipeline.

Used for cases the sample chats cannot pose cheaply (hostile participant names, groups, the
lexicon switched off, empty weeks) and to keep the report tests independent of the NLP pass.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analyzer.chat import LineAccounting, Source
from analyzer.metrics import CATALOGUE, Measures
from analyzer.metrics.compute import VALUE_COLUMNS
from analyzer.result import Analysis
from analyzer.settings import Settings
from analyzer.signs import SIGN_IDS, Evidence, Example, Sign

HOSTILE_TEXTS = (
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "{{ 7*7 }} and {% raw %}",
    '=HYPERLINK("http://evil.example","click")',
    "+1 cell starting with plus",
    "@SUM(A1:A2)",
)

TEXTS = (
    "are you coming tonight?",
    "ok",
    "I feel so anxious about the interview tomorrow",
    "that sounds really hard, I'm here for you ❤️",
    "haha yes 😂",
    "can you pick up milk",
    "how are you feeling today?",
    "I'm not okay honestly",
    "you never listen to me",
    "sorry, you're right",
    "see you at 7",
    "I love you",
    "what happened at work?",
    "lol",
    "I'm so proud of you!",
    "call Ana later, her number is +44 7700 900123",
)


def _sessions_and_turns(frame: pd.DataFrame, gap_s: float) -> pd.DataFrame:
    is_msg = frame["author"].notna()
    ts = frame["timestamp"]
    gap = ts.diff().dt.total_seconds().fillna(np.inf) > gap_s
    session = gap.cumsum() - 1
    author = frame["author"].astype("object")
    new_turn = gap | (author != author.shift())
    turn = new_turn.cumsum() - 1
    return frame.assign(
        session_id=session.where(is_msg, -1).astype("int64"),
        turn_id=turn.where(is_msg, -1).astype("int64"),
    )


def make_analysis(
    *,
    participants: tuple[str, ...] = ("Ana Lopez", "Ben"),
    n_messages: int = 400,
    weeks: int = 10,
    hostile: bool = False,
    lexicon_applied: bool = True,
    language: str = "en",
    anonymize: bool = False,
    quotes: bool = True,
    seed: int = 3,
) -> Analysis:
    """A fake but consistent Analysis: ``n_messages`` over ``weeks`` weeks between
    ``participants``."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01 08:00")
    n_sessions = max(n_messages // 8, 1)
    starts = np.sort(rng.uniform(0, weeks * 7 * 86400 - 86400, n_sessions))
    session_of = np.sort(rng.integers(0, n_sessions, n_messages))
    gaps = rng.exponential(180, n_messages)
    within = pd.Series(gaps).groupby(session_of).cumsum().to_numpy()
    offsets = np.maximum.accumulate(starts[session_of] + within)
    ts = start + pd.to_timedelta(offsets, unit="s").round("s")
    weights = np.linspace(1.5, 1.0, len(participants))
    switch = rng.uniform(size=n_messages) < 0.6
    pick = rng.choice(len(participants), size=n_messages, p=weights / weights.sum())
    idx = np.zeros(n_messages, dtype=int)
    for i in range(1, n_messages):  # a test fixture, not a hot path
        idx[i] = pick[i] if switch[i] else idx[i - 1]
    authors = np.array(participants, dtype=object)[idx]
    pool = TEXTS + (HOSTILE_TEXTS if hostile else ())
    texts = [pool[i] for i in rng.integers(0, len(pool), n_messages)]
    if hostile:  # make sure each hostile text is there, early
        for i, text in enumerate(HOSTILE_TEXTS):
            texts[i + 1] = text
    kinds = np.where(rng.uniform(size=n_messages) < 0.05, "media", "text")
    messages = pd.DataFrame(
        {
            "timestamp": pd.Series(ts).astype("datetime64[ns]"),
            "author": pd.Categorical(authors),
            "text": pd.array(texts, dtype="string"),
            "kind": pd.Categorical(kinds, categories=("text", "media", "deleted", "system")),
            "source_file": pd.Categorical(["chat.txt"] * n_messages),
            "source_line": np.arange(1, n_messages + 1, dtype="int64"),
            "duration_s": np.full(n_messages, np.nan),
            "edited": np.zeros(n_messages, bool),
            "forwarded": np.zeros(n_messages, bool),
        }
    )
    frame = _sessions_and_turns(messages, 7200)
    words = frame["text"].str.split().str.len().fillna(0).astype("int64")
    tier = pd.Series(rng.choice([0, 1, 2, 3], n_messages, p=[0.3, 0.4, 0.2, 0.1]), dtype="float64")
    feeling = frame["text"].str.contains(r"\bI(?:'m| feel)", regex=True).fillna(False).astype(bool)
    feats = pd.DataFrame(
        {
            "words": words,
            "chars": frame["text"].str.len().astype("int64"),
            "emoji": frame["text"].str.count("[❤😂]").astype("int64"),
            "valence": rng.uniform(-1, 1, n_messages),
            "tier": tier if lexicon_applied else np.nan,
            "emotion_words": (tier >= 2).astype(float) if lexicon_applied else np.nan,
            "emotion_terms": pd.array(["" for _ in range(n_messages)], dtype="string"),
            "feeling": feeling,
            "question": frame["text"].str.endswith("?").astype(bool),
            "minimal": frame["text"].isin(["ok", "lol"]).astype(bool),
        },
        index=frame.index,
    )
    frame = frame.join(feats)

    msg = frame[frame["turn_id"] >= 0].reset_index(names="row")
    turns = (
        msg.groupby("turn_id")
        .agg(
            session_id=("session_id", "first"),
            author=("author", "first"),
            start=("timestamp", "min"),
            end=("timestamp", "max"),
            n_messages=("row", "size"),
            n_words=("words", "sum"),
            first_row=("row", "min"),
            last_row=("row", "max"),
        )
        .reset_index()
    )
    turns["author"] = turns["author"].astype("object")
    turns["duration_s"] = np.nan
    sessions = (
        msg.groupby("session_id")
        .agg(
            start=("timestamp", "min"),
            end=("timestamp", "max"),
            initiator=("author", "first"),
            n_messages=("row", "size"),
            n_turns=("turn_id", "nunique"),
            n_authors=("author", "nunique"),
        )
        .reset_index()
    )
    sessions["initiator"] = sessions["initiator"].astype("object")
    sessions["answered"] = sessions["n_authors"] > 1
    prev = turns.groupby("session_id")["turn_id"].shift()
    same = prev.notna()
    replies = pd.DataFrame(
        {
            "turn_id": turns["turn_id"],
            "author": turns["author"],
            "to_author": turns["author"].shift().where(same),
            "prev_turn_id": prev.fillna(-1).astype("int64"),
            "latency_s": (turns["start"] - turns["end"].shift()).dt.total_seconds().where(same),
        }
    )

    values = _values(participants, rng, lexicon_applied)
    weekly = _weekly(frame, participants, rng)
    disclosures = _disclosures(frame, participants, rng)
    pairwise = pd.DataFrame(
        {
            "author": list(participants),
            "to_author": list(participants[1:]) + [participants[0]],
            "replies": [int((replies["author"] == p).sum()) for p in participants],
            "median_latency_s": [
                float(replies.loc[replies["author"] == p, "latency_s"].median())
                for p in participants
            ],
        }
    )
    measures = Measures(
        values=values,
        weekly=weekly,
        pairwise=pairwise,
        disclosures=disclosures,
        language=language,
        lexicon_applied=lexicon_applied,
    )
    settings = Settings(anonymize=anonymize, quotes=quotes)
    signs = _signs(frame, participants, quotes)
    source = Source(
        format="whatsapp",
        variant="android",
        files=[f"/home/me/WhatsApp Chat with {participants[1]}.txt"],
        date_order="dmy",
        date_order_reason="field > 12",
        lines=LineAccounting(
            total=n_messages + 2,
            header=n_messages,
            continuation=1,
            system=0,
            skipped={"blank before first message": 1},
        ),
        warnings=[],
        chat_name=f"WhatsApp Chat with {participants[1]}",
    )
    result = Analysis(
        source=source,
        settings=settings,
        participants=tuple(participants),
        all_participants=tuple(participants),
        messages=frame,
        turns=turns,
        sessions=sessions,
        replies=replies,
        measures=measures,
        signs=tuple(signs),
    )
    if anonymize:
        result = _anonymized(result)
    return result


def _anonymized(result: Analysis) -> Analysis:
    """What ``analyze(..., anonymize=True)`` gives: labels in every table (the pipeline puts
    them in before any stage runs; this fake was built with names, so they are mapped here),
    then the output edge for the free text."""
    from dataclasses import replace

    from analyzer.anonymize import anonymize_analysis, labels_for, relabel

    names = labels_for(result.all_participants)

    def mapped(frame, *columns):
        return frame.assign(**{c: relabel(frame[c], names) for c in columns if c in frame})

    m = result.measures
    measures = replace(
        m,
        values=mapped(m.values, "participant"),
        weekly=mapped(m.weekly, "participant"),
        pairwise=mapped(m.pairwise, "author", "to_author"),
        disclosures=mapped(m.disclosures, "author", "responder"),
    )
    signs = tuple(
        replace(
            s,
            who=names.get(s.who, s.who),
            evidence=tuple(
                replace(e, participant=names.get(e.participant, e.participant)) for e in s.evidence
            ),
            examples=tuple(replace(x, author=names.get(x.author, x.author)) for x in s.examples),
        )
        for s in result.signs
    )
    labelled = replace(
        result,
        participants=tuple(names[p] for p in result.participants),
        all_participants=tuple(names[p] for p in result.all_participants),
        messages=mapped(result.messages, "author"),
        turns=mapped(result.turns, "author"),
        sessions=mapped(result.sessions, "initiator"),
        replies=mapped(result.replies, "author", "to_author"),
        measures=measures,
        signs=signs,
    )
    return anonymize_analysis(labelled, names)


def _values(participants, rng, lexicon_applied: bool) -> pd.DataFrame:
    rows = []
    k = len(participants)
    shares = rng.dirichlet(np.full(k, 5.0))
    tiers = rng.dirichlet(np.full(4, 3.0), size=k)
    for spec in CATALOGUE:
        who = list(participants) if spec.scope == "p" else [""]
        for i, person in enumerate(who):
            n = int(rng.integers(20, 400))
            lo = hi = p = np.nan
            if spec.name == "seconds_share":
                value, n = np.nan, 0
            elif spec.name.startswith("tier"):
                value = float(tiers[i % k, int(spec.name[4])])
            elif spec.name.endswith("_share") or spec.name in ("balance_index", "lsm"):
                value = float(shares[i % k]) if spec.scope == "p" else float(rng.uniform(0.5, 1))
                if spec.name in ("word_share", "message_share"):
                    lo, hi = max(value - 0.05, 0), min(value + 0.05, 1)
            elif spec.name in ("responsiveness_received", "double_text_rate", "emotion_richness"):
                value = float(rng.uniform(0.2, 0.9))
            elif spec.name in ("reciprocity", "mean_valence"):
                value = float(rng.uniform(-0.3, 0.3))
            elif spec.name == "latency_ratio":
                value = float(rng.uniform(1, 3))
            elif spec.name in ("emotion_word_rate", "feeling_rate", "typical_monologue"):
                value = float(rng.uniform(0.5, 6))
            elif spec.name == "median_latency_s":
                value = float(rng.uniform(30, 4000))
            elif spec.name.startswith("trend_"):
                value = float(rng.uniform(-0.1, 0.1))
                p = float(rng.uniform(0, 0.2))
            elif spec.name == "dominance_p_value":
                value, p = np.nan, 0.0312
            else:
                value = float(rng.integers(0, 300))
            if not lexicon_applied and spec.dimension == "depth":
                value, n = np.nan, 0
            rows.append((spec.dimension, spec.name, person, value, n, lo, hi, p))
    return pd.DataFrame(rows, columns=list(VALUE_COLUMNS))


def _weekly(frame, participants, rng) -> pd.DataFrame:
    sent = frame[frame["author"].notna()]
    week = sent["timestamp"].dt.to_period("W-SUN").dt.start_time
    counts = sent.groupby([week, sent["author"].astype("object")]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=list(participants), fill_value=0)
    words = (
        sent.groupby([week, sent["author"].astype("object")])["words"].sum().unstack(fill_value=0)
    )
    words = words.reindex(columns=list(participants), fill_value=0)
    rows = []
    for wk in counts.index:
        total_msgs = int(counts.loc[wk].sum())
        total_words = int(words.loc[wk].sum())
        for person in participants:
            m, w = int(counts.loc[wk, person]), int(words.loc[wk, person])
            for measure, value, n in (
                ("messages", m, m),
                ("words", w, w),
                ("word_share", w / total_words if total_words else np.nan, total_words),
                ("questions", int(rng.integers(0, 5)), m),
                ("median_latency_s", float(rng.uniform(60, 3000)), m),
                ("emotion_word_rate", float(rng.uniform(0, 5)), w),
                ("feeling_statements", int(rng.integers(0, 4)), m),
                ("minimal_share", float(rng.uniform(0, 0.3)), m),
            ):
                rows.append((wk, person, measure, float(value), int(n), total_msgs >= 20))
    return pd.DataFrame(rows, columns=["week", "participant", "measure", "value", "n", "counted"])


def _disclosures(frame, participants, rng) -> pd.DataFrame:
    rows = frame.index[frame["feeling"]]
    author = frame.loc[rows, "author"].astype("object").to_numpy()
    responses = rng.choice(
        ["responsive", "minimal", "self_focused", "invalidating", "none"],
        len(rows),
        p=[0.5, 0.2, 0.15, 0.05, 0.1],
    )
    other = {p: participants[(i + 1) % len(participants)] for i, p in enumerate(participants)}
    return pd.DataFrame(
        {
            "row": rows.to_numpy(dtype="int64"),
            "author": author,
            "timestamp": frame.loc[rows, "timestamp"].to_numpy(),
            "session_id": frame.loc[rows, "session_id"].to_numpy(),
            "tier": np.full(len(rows), 2.0),
            "valence": frame.loc[rows, "valence"].to_numpy(),
            "negative": frame.loc[rows, "valence"].to_numpy() < 0,
            "responder": [other[a] for a in author],
            "response": responses,
            "response_row": np.where(responses == "none", -1, rows.to_numpy() + 1),
        }
    )


_STATUS_CYCLE = ("observed", "not_observed", "insufficient_data")


def _signs(frame, participants, quotes: bool) -> list[Sign]:
    out = []
    texts = frame[frame["kind"] == "text"]
    for i, (sid, group) in enumerate(SIGN_IDS):
        status = _STATUS_CYCLE[i % 3]
        who = participants[0] if sid in ("one_sided", "dumping_ground", "feel_supported") else None
        examples: tuple[Example, ...] = ()
        if quotes and status == "observed":
            hostile = texts[texts["text"].isin(HOSTILE_TEXTS)]
            picked = (
                hostile.iloc[[(i // 3) % len(hostile)]]
                if len(hostile) and i < 18
                else texts.iloc[[i % len(texts), (i * 7 + 1) % len(texts)]]
            )
            rows = frame.index.get_indexer(picked.index)
            examples = tuple(
                Example(timestamp=t.isoformat(), author=str(a), text=str(x), row=int(r))
                for t, a, x, r in zip(
                    picked["timestamp"], picked["author"], picked["text"], rows, strict=True
                )
            )
        out.append(
            Sign(
                id=sid,
                group=group,
                title=sid.replace("_", " ").capitalize(),
                status=status,
                score=None if status == "insufficient_data" else round(0.1 + 0.04 * i, 3),
                who=who,
                summary=f"{participants[0]} and {participants[1]}: fake summary for {sid}.",
                strength=("R", "M", "W", "W-M")[i % 4],
                caveat="Text cannot show tone of voice." if i % 2 else "",
                evidence=(
                    Evidence(
                        "word_share", participants[0], 0.61, 1234, 0.55, 0.66, "threshold >= 0.65"
                    ),
                    Evidence("balance_index", "", 0.78, 1234),
                ),
                examples=examples,
            )
        )
    return out
