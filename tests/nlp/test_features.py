"""features.extract: the contract's columns and dtypes, non-text rows, language switch,
follow-ups across turns, errors, and invariants (renaming, reordering sessions)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.errors import AnalyzerError
from analyzer.nlp import features
from analyzer.schema import normalize_messages

CONTRACT_COLUMNS = (
    ["words", "chars", "emoji"]
    + [
        f"emoji_{c}"
        for c in ("affection", "laughter", "sadness", "annoyance", "support", "ambiguous")
    ]
    + ["emphasis", "valence", "tier", "emotion_words", "emotion_terms"]
    + [
        f"cat_{c}"
        for c in (
            "hard",
            "soft",
            "flat",
            "fear",
            "affection",
            "gratitude",
            "repair",
            "validation",
            "support",
            "invalidation",
            "criticism",
            "defensiveness",
            "reassurance",
            "hedge",
            "disappointment",
            "loneliness",
            "complaint",
        )
    ]
    + [
        "feeling",
        "feeling_valence",
        "feeling_tier",
        "question",
        "question_other",
        "followup",
        "minimal",
        "laughter",
    ]
    + [
        f"fw_{c}"
        for c in (
            "ppron",
            "ipron",
            "article",
            "prep",
            "auxverb",
            "adverb",
            "conj",
            "negate",
            "quant",
        )
    ]
)


def chat(rows: list[tuple[str | None, str, str, int, int]]) -> pd.DataFrame:
    """rows: (author, kind, text, session_id, turn_id) -> an annotated frame."""
    frame = pd.DataFrame(rows, columns=["author", "kind", "text", "session_id", "turn_id"])
    frame["timestamp"] = pd.Timestamp("2024-03-01") + pd.to_timedelta(
        np.arange(len(rows)), unit="min"
    )
    msgs = normalize_messages(frame[["timestamp", "author", "text", "kind"]])
    return msgs.assign(
        session_id=frame["session_id"].astype("int64").to_numpy(),
        turn_id=frame["turn_id"].astype("int64").to_numpy(),
    )


CONVO = [
    ("Ana", "text", "I had the interview today, I'm so nervous about the results", 0, 0),
    ("Ben", "text", "omg how did it go??", 0, 1),
    ("Ben", "text", "are you ok?", 0, 1),
    ("Ana", "text", "ok", 0, 2),
    (None, "system", "Ben changed the group name", -1, -1),
    ("Ben", "media", "<Media omitted>", 0, 3),
    ("Ana", "text", "what time is dinner", 1, 4),
    ("Ben", "text", "7 😂😂", 1, 5),
]


@pytest.fixture(scope="module")
def convo():
    return features.extract(chat(CONVO))


def test_contract_columns_present_with_dtypes(convo):
    for col in CONTRACT_COLUMNS:
        assert col in convo.frame.columns, col
        assert str(convo.frame[col].dtype) == features.COLUMNS[col], col


def test_index_and_language(convo):
    assert list(convo.frame.index) == list(range(len(CONVO)))
    assert (convo.language, convo.lexicon_applied) == ("en", True)


@pytest.mark.parametrize("row", [4, 5], ids=["system", "media"])
def test_non_text_rows_are_empty(convo, row):
    r = convo.frame.iloc[row]
    assert (r["words"], r["chars"], r["emoji"], r["question"], r["feeling"]) == (
        0,
        0,
        0,
        False,
        False,
    )
    assert np.isnan(r["valence"]) and np.isnan(r["tier"]) and np.isnan(r["cat_hard"])
    assert r["emotion_terms"] == ""


def test_disclosure_row(convo):
    r = convo.frame.iloc[0]
    assert (
        bool(r["feeling"]),
        r["feeling_tier"],
        r["tier"],
        r["cat_fear"],
        r["emotion_terms"],
    ) == (True, 2.0, 2.0, 1.0, "nervous")


@pytest.mark.parametrize(
    "row, followup",
    [(1, True), (2, True), (3, False), (6, False)],
    ids=["cue-how-did-it-go", "care-after-disclosure", "not-a-question", "first-turn-of-session"],
)
def test_followup(convo, row, followup):
    assert bool(convo.frame["followup"].iloc[row]) is followup


def test_minimal_and_emoji(convo):
    f = convo.frame
    assert (
        bool(f["minimal"].iloc[3]),
        f["emoji"].iloc[7],
        f["emoji_laughter"].iloc[7],
        bool(f["laughter"].iloc[7]),
    ) == (True, 2, 2, True)


def test_followup_needs_the_partner_turn_in_the_same_session():
    rows = [
        ("Ana", "text", "my car broke down on the highway again", 0, 0),
        ("Ben", "text", "is the car ok? did the car break down again", 1, 1),
        ("Ben", "text", "did the car break down again", 1, 1),
    ]
    f = features.extract(chat(rows)).frame
    assert f["followup"].tolist() == [False, False, False]


def test_followup_by_content_overlap():
    rows = [
        ("Ana", "text", "we finally went to that new climbing gym", 0, 0),
        ("Ben", "text", "was the climbing hard?", 0, 1),
        ("Ben", "text", "did you see my text about sunday?", 0, 1),
    ]
    assert features.extract(chat(rows)).frame["followup"].tolist() == [False, True, False]


def test_chat_without_a_pack_switches_lexicon_off():
    rows = [
        ("Ana", "text", "hallo, wie geht's? ich bin sehr müde aber gut", 0, 0),
        ("Ben", "text", "ich auch, danke der Nachfrage. und wie geht es deiner Mama?", 0, 1),
        ("Ana", "text", "es geht ihr gut, danke. morgen sehe ich sie mit meiner Schwester", 0, 2),
        ("Ben", "text", "wie schön, ich schicke euch allen eine ganz feste Umarmung", 0, 3),
        ("Ana", "text", "ok", 0, 4),
    ]
    feats = features.extract(chat(rows))
    f = feats.frame
    assert (feats.language, feats.lexicon_applied) == ("de", False)
    assert (
        f["tier"].isna().all()
        and f["cat_sadness" if False else "cat_soft"].isna().all()
        and f["valence"].isna().all()
    )
    assert not f["feeling"].any() and (f["emotion_terms"] == "").all()
    # structure-level measures still work
    assert f["question"].tolist() == [True, True, False, False, False]
    assert f["words"].tolist() == [9, 11, 12, 10, 1]


def test_missing_model_names_it_and_downloads_nothing():
    with pytest.raises(
        AnalyzerError, match="'xx_not_a_model_sm' is not installed.*never downloads"
    ):
        features.extract(chat(CONVO), spacy_model="xx_not_a_model_sm")


def test_missing_columns_say_what_is_needed():
    msgs = chat(CONVO).drop(columns=["turn_id"])
    with pytest.raises(AnalyzerError, match="'turn_id'.*structure.annotate"):
        features.extract(msgs)


def test_empty_chat():
    f = features.extract(chat([])).frame
    assert list(f.columns) == list(features.COLUMNS) and len(f) == 0


def test_a_long_paste_is_read_in_part_and_counted_whole(monkeypatch):
    monkeypatch.setattr(features, "READ_CHARS", 40)
    head = "I feel so sad about the move, honestly"  # 38 characters: all read
    rest = " and the boxes are everywhere now ok"  # past the limit: counted, not read
    rows = [("Ana", "text", head + rest, 0, 0), ("Ben", "text", head, 0, 1)]
    got = features.extract(chat(rows))
    f = got.frame
    assert got.read_in_part == 1
    assert (f.at[0, "words"], f.at[0, "chars"]) == (15, len(head + rest))
    assert (f.at[0, "tier"], f.at[0, "feeling"]) == (f.at[1, "tier"], True)
    late = features.extract(chat([("Ana", "text", "x " * 30 + "I feel so sad", 0, 0)]))
    assert (late.read_in_part, late.frame.at[0, "feeling"], late.frame.at[0, "words"]) == (
        1,
        False,
        34,
    )


def test_duplicate_texts_get_identical_features():
    rows = [
        ("Ana", "text", "ok", 0, 0), ("Ben", "text", "I miss you", 0, 1),
        ("Ana", "text", "ok", 0, 2),
    ]  # fmt: skip
    f = features.extract(chat(rows)).frame.drop(columns=["followup"])
    pd.testing.assert_series_equal(f.iloc[0], f.iloc[2], check_names=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("the cat is on my bed and you are not", "en"),
        ("je suis très fatigué mais c'est bien, merci pour tout et pour toi", "fr"),
        ("ich bin sehr müde aber das ist gut, danke dir und wir sehen uns", "de"),
    ],
    ids=["en", "fr", "de"],
)
def test_detect_language(text, language):
    assert features.detect_language(pd.Series([text] * 5)) == language


def test_detect_language_defaults_to_english_when_too_little_text():
    assert features.detect_language(pd.Series(["😂", "ok"])) == "en"


def test_parallel_workers_give_the_same_frame():
    texts = [
        f"message {i}: i'm so {'happy' if i % 2 else 'sad'} about {i} things, are you ok?"
        for i in range(1200)
    ]
    rows = [("Ana" if i % 2 else "Ben", "text", t, i // 10, i) for i, t in enumerate(texts)]
    ann = chat(rows)
    one = features.extract(ann, batch_size=100).frame
    two = features.extract(ann, n_process=2, batch_size=100).frame
    pd.testing.assert_frame_equal(one, two)


# ---------------------------------------------------------------- invariants

MESSAGES = st.sampled_from(
    [
        "I'm so stressed about tomorrow",
        "how did it go?",
        "ok",
        "lol",
        "you never listen",
        "sorry, my bad",
        "what happened?",
        "i miss you ❤️",
        "that sounds hard, I'm here for you",
        "are you ok",
        "nvm it's fine",
        "the bus is late",
        "😂😂",
        "did you eat yet",
        "I feel alone",
    ]
)


@st.composite
def sessions(draw):
    n_sessions = draw(st.integers(1, 4))
    out = []
    for _ in range(n_sessions):
        out.append(
            draw(
                st.lists(
                    st.tuples(st.sampled_from(["Ana", "Ben"]), MESSAGES), min_size=1, max_size=5
                )
            )
        )
    return out


def build(sess: list[list[tuple[str, str]]]) -> pd.DataFrame:
    rows = []
    turn = -1
    for s, msgs in enumerate(sess):
        prev = None
        for author, text in msgs:
            if author != prev:
                turn += 1
                prev = author
            rows.append((author, "text", text, s, turn))
    return chat(rows)


@settings(max_examples=25, deadline=None)
@given(sessions())
def test_renaming_authors_only_relabels(sess):
    renamed = [[({"Ana": "Zoë", "Ben": "Kwame"}[a], t) for a, t in msgs] for msgs in sess]
    pd.testing.assert_frame_equal(
        features.extract(build(sess)).frame, features.extract(build(renamed)).frame
    )


@settings(max_examples=25, deadline=None)
@given(sessions(), st.randoms(use_true_random=False))
def test_shuffling_sessions_keeps_per_message_features(sess, rnd):
    order = list(range(len(sess)))
    rnd.shuffle(order)
    a = features.extract(build(sess)).frame
    b = features.extract(build([sess[i] for i in order])).frame
    # positions of each session's rows in the shuffled frame
    starts = np.cumsum([0] + [len(m) for m in sess])
    mapping = np.concatenate([np.arange(starts[i], starts[i + 1]) for i in order])
    expected = a.iloc[mapping].reset_index(drop=True)
    # followup depends only on order inside a session, which shuffling sessions keeps
    pd.testing.assert_frame_equal(expected, b.reset_index(drop=True))


def test_very_long_message_is_processed_in_linear_time():
    import time

    from analyzer.nlp.valence import CRITICISM_CEILING

    long = "I'm so happy but you never listen to me and I feel alone. " * 1000  # 58k characters
    rows = [("Ana", "text", long, 0, 0), ("Ben", "text", "ok", 0, 1)]
    t0 = time.process_time()
    f = features.extract(chat(rows)).frame
    assert time.process_time() - t0 < 10
    assert (f["words"].iloc[0], bool(f["feeling"].iloc[0]), f["cat_criticism"].iloc[0]) == (
        13000,
        True,
        1000.0,
    )
    assert -1.0 <= f["valence"].iloc[0] <= CRITICISM_CEILING
