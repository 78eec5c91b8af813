"""What the pack tests share: reading a list of chat messages with the pass, and comparing one
message's reading with the tuple its test table expects.

A pack test holds two tables: ``CASES`` (text -> tier, feeling statement, question, question
about the other, categories that must be counted) and ``NOT`` (near misses: text -> categories
that must not be counted). Both are read in one pass, cases first; :func:`table_tests` gives a
module the fixture and the two tests over its tables.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import pytest

from analyzer.nlp import features
from tests.realtext.evaluate import comment_frame


def read(texts: Iterable[str]) -> features.Features:
    """The pass over ``texts`` as one chat of comments (one author each)."""
    return features.extract(comment_frame(list(texts)))


def frame_of(extracted: features.Features) -> pd.DataFrame:
    """The feature frame, one row per text in order."""
    return extracted.frame.reset_index(drop=True)


def reading(row: pd.Series) -> tuple[int, bool, bool, bool]:
    """(tier, feeling statement, question, question about the other) of one message."""
    return (int(row["tier"]), bool(row["feeling"]), bool(row["question"]),
            bool(row["question_other"]))  # fmt: skip


def whose_reading(row: pd.Series) -> tuple[int, bool, bool, bool, str]:
    """(tier, feeling statement, support or validation, reflection, reflected terms) of one
    message: what the whose-feeling rule decides."""
    return (
        int(row["tier"]),
        bool(row["feeling"]),
        bool(row["cat_support"] + row["cat_validation"] > 0),
        bool(row["reflection"]),
        str(row["reflected_terms"]),
    )


def missing(row: pd.Series, categories: Iterable[str]) -> list[str]:
    """The categories of ``categories`` the message does not count."""
    return [c for c in categories if row[f"cat_{c}"] <= 0]


def counted(row: pd.Series, categories: Iterable[str]) -> list[str]:
    """The categories of ``categories`` the message counts."""
    return [c for c in categories if row[f"cat_{c}"] > 0]


def table_tests(
    language: str,
    cases: dict[str, tuple],
    near: dict[str, tuple[str, ...]],
    languages: dict[str, int] | None = None,
):
    """The fixture and the two table tests a pack test module shares, bound to its tables:
    ``frame`` (``cases`` then ``near`` read in one pass, as ``language``; with ``languages``,
    also the count of messages read per language), a test of each text of ``cases`` (its
    reading and the categories it must count) and one of each near miss of ``near`` (the
    categories it must not count). A module binds them to its own names::

        frame, test_german_forms, test_near_misses = table_tests("de", CASES, NOT)
    """
    texts = list(cases) + list(near)

    @pytest.fixture(scope="module")
    def frame() -> pd.DataFrame:
        extracted = read(texts)
        assert extracted.language == language
        if languages is not None:
            assert extracted.languages == languages
        return frame_of(extracted)

    @pytest.mark.parametrize("text", tuple(cases))
    def test_forms(frame, text):
        row = frame.iloc[texts.index(text)]
        *expected, cats = cases[text]
        assert reading(row) == tuple(expected)
        assert missing(row, cats) == []

    @pytest.mark.parametrize("text", tuple(near))
    def test_near_misses(frame, text):
        row = frame.iloc[len(cases) + list(near).index(text)]
        assert counted(row, near[text]) == []

    return frame, test_forms, test_near_misses


def languages_table_tests(
    cases: dict[str, dict[str, tuple]],
    near: dict[str, dict[str, tuple[str, ...]]],
    followups: dict[str, dict[tuple[str, str], bool]],
    languages: dict[str, tuple[str, ...]],
):
    """:func:`table_tests` for tables keyed by language (each language's ``cases`` then ``near``
    read in one pass, its language guess one of ``languages[code]``), and a third test:
    each (partner's turn, reply) of ``followups`` is a question, and a follow-up question exactly
    where the table says so. A module binds them to its own names::

        frames, test_dev2_forms, test_dev2_near_misses, test_dev2_follow_ups = (
            languages_table_tests(CASES, NOT, FOLLOWUPS, LANGUAGES)
        )
    """
    from tests.nlp import gold

    case_ids = [(code, text) for code, table in cases.items() for text in table]
    near_ids = [(code, text) for code, table in near.items() for text in table]

    @pytest.fixture(scope="module")
    def frames() -> dict[str, pd.DataFrame]:
        out = {}
        for code in cases:
            extracted = read(list(cases[code]) + list(near[code]))
            assert extracted.language in languages[code]
            out[code] = frame_of(extracted)
        return out

    @pytest.mark.parametrize(("code", "text"), case_ids, ids=[f"{c}:{t}" for c, t in case_ids])
    def test_forms(frames, code, text):
        row = frames[code].iloc[list(cases[code]).index(text)]
        *expected, cats = cases[code][text]
        assert reading(row) == tuple(expected)
        assert missing(row, cats) == []

    @pytest.mark.parametrize(("code", "text"), near_ids, ids=[f"{c}:{t}" for c, t in near_ids])
    def test_near_misses(frames, code, text):
        row = frames[code].iloc[len(cases[code]) + list(near[code]).index(text)]
        assert counted(row, near[code][text]) == []

    @pytest.mark.parametrize("code", tuple(followups))
    def test_follow_ups(code):
        table = followups[code]
        items = [gold.GoldItem(1, frozenset(), prev, text) for prev, text in table]
        annotated, positions = gold.gold_frame(items)
        extracted = features.extract(annotated)
        assert extracted.language in languages[code]
        rows = extracted.frame.iloc[positions]
        got = dict(zip(table, rows["followup"].astype(bool), strict=True))
        assert {k: v for k, v in got.items() if v != table[k]} == {}
        assert rows["question"].astype(bool).all()

    return frames, test_forms, test_near_misses, test_follow_ups


def gold_table_tests(tables: dict[str, dict[tuple[str, str], dict[str, bool]]]):
    """A fixture and a test for tables keyed by language of (partner's turn or "", message) ->
    {gold detector: expected}: each table is read after its language's development part (so the
    chat is read in that language, which is checked), and the detectors it names are compared
    with what it expects. A module binds them to its own names::

        predicted, test_dev4_form = gold_table_tests({"es": ES, "it": IT})
    """
    from tests.langgold import score
    from tests.nlp import gold

    cases = [(code, key) for code, table in tables.items() for key in table]

    def predictions(code: str, table: dict) -> dict[tuple[str, str], dict[str, bool]]:
        before = gold.load_gold(score.dev_file(code))
        items = before + [gold.GoldItem(1, frozenset(), ctx or None, text) for ctx, text in table]
        annotated, positions = gold.gold_frame(items)
        extracted = features.extract(annotated)
        assert extracted.language == code
        pred = gold.predictions(extracted.frame.iloc[positions].reset_index(drop=True))
        n = len(before)
        return {key: {k: bool(v[n + i]) for k, v in pred.items()} for i, key in enumerate(table)}

    @pytest.fixture(scope="module")
    def predicted() -> dict[str, dict[tuple[str, str], dict[str, bool]]]:
        return {code: predictions(code, table) for code, table in tables.items()}

    @pytest.mark.parametrize(("code", "key"), cases, ids=[f"{c}: {k[1]}" for c, k in cases])
    def test_form(predicted, code, key):
        want = tables[code][key]
        got = predicted[code][key]
        assert {k: got[k] for k in want} == want

    return predicted, test_form


def gold_flags_after_dev(code: str, texts: Iterable[str]) -> dict[str, dict[str, bool]]:
    """The gold detectors' reading of each of ``texts``, read after the development part of
    language ``code``'s gold (so the chat is read in that language, as a real one would be)."""
    from tests.langgold import score
    from tests.nlp import gold

    texts = list(texts)
    before = gold.load_gold(score.dev_file(code))
    items = before + [gold.GoldItem(1, frozenset(), None, text) for text in texts]
    annotated, positions = gold.gold_frame(items)
    extracted = features.extract(annotated)
    assert extracted.language in (code, f"{code}-Latn")
    pred = gold.predictions(extracted.frame.iloc[positions].reset_index(drop=True))
    n = len(before)
    return {text: {k: bool(v[n + i]) for k, v in pred.items()} for i, text in enumerate(texts)}


def tier_feeling_support(frame: pd.DataFrame, i: int) -> tuple[int, bool, bool]:
    """Row ``i``'s tier, whether it holds the writer's feeling statement, and whether support
    fired on it (the three values the whose-feeling form tests compare)."""
    from tests.realtext.evaluate import support_fired

    return (
        int(frame["tier"].iat[i]),
        bool(frame["feeling"].iat[i]),
        bool(support_fired(frame.iloc[[i]])[0]),
    )
