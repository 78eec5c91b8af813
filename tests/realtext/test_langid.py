"""The per-message language guess on real texts (tests/realtext/langid.py): the figures recorded
in langid.json are what the code gives now, and they hold what README says of them."""

from __future__ import annotations

import pytest

from tests.realtext import langid


@pytest.fixture(scope="module")
def now():
    data = langid.texts()
    return data, langid.table(data, langid.ours(data))


def test_the_texts_are_the_recorded_ones(now):
    data, _table = now
    counts = {k: int(v) for k, v in data.groupby("source").size().items()}
    assert counts == langid.recorded()["texts"]
    assert len(data) == 9285 and set(data["language"]) == {
        "en", "pt", "es", "de", "fr", "it", "nl", "hi", "ru",
    }  # fmt: skip


def test_our_recorded_figures_reproduce(now):
    _data, table = now
    assert table == langid.recorded()["ours"]


def _row(table: list[dict], code: str, words: str) -> dict:
    return next(r for r in table if r["language"] == code and r["words"] == words)


def test_a_message_in_the_chat_language_keeps_it(now):
    _data, table = now
    # in a chat of its own language almost nothing leaves it, at any length
    for r in table:
        assert r["own"] >= 0.92, r
    for code in ("pt", "es", "en"):
        assert _row(table, code, "all")["own"] >= 0.99


def test_short_messages_rarely_leave_and_longer_ones_do(now):
    _data, table = now
    for code in ("pt", "es", "en", "de", "fr", "it", "nl"):
        assert _row(table, code, "1-2")["other"] < 0.2  # too little to leave the chat's language
        assert _row(table, code, "11+")["other"] >= 0.92


def test_the_library_comparison_is_recorded_with_its_settings():
    lib = langid.recorded()["library"]
    assert (lib["name"], lib["version"], lib["sure"]) == ("py3langid", "0.4.0", langid.LIBRARY_SURE)
    assert {(r["language"], r["words"]) for r in lib["table"]} == {
        (r["language"], r["words"]) for r in langid.recorded()["ours"]
    }


def test_the_gold_and_mixed_figures_reproduce():
    rec = langid.recorded()
    assert rec["gold"] == langid.gold_table("dev")
    assert rec["mixed"] == langid.mixed_table()


def test_gold_messages_of_three_words_or_more_are_guessed_right_in_their_chat():
    rows = {r["language"]: r for r in langid.gold_table("dev")}
    assert set(rows) == set(langid.GOLD_LANGUAGES)
    # the chat of each part is taken for its language (Hindi's gold is mostly in Latin letters)
    assert {c: r["chat"] for c, r in rows.items()} == {
        "de": "de", "es": "es", "fr": "fr", "hi": "hi-Latn", "it": "it", "pt": "pt",
    }  # fmt: skip
    for r in rows.values():
        assert r["own"] >= 0.95, r  # the goal, in the chat of the language
        assert r["none"] >= 0.9 and r["english"] >= 0.85, r


def test_short_indonesian_malay_and_hindi_are_told_apart():
    rows = {r["kind"]: r for r in langid.mixed_table()}
    for kind in ("indonesian", "malay", "romanised", "hinglish"):
        assert rows[kind]["own"] == 1.0 and rows[kind]["none"] >= 0.9, rows[kind]
        assert rows[kind]["other"] >= 0.9, rows[kind]  # in an English chat
