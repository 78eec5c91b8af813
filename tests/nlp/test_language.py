"""The language guess (analyzer/nlp/language.py over analyzer/lexicons/languages.json)."""

from __future__ import annotations

import pandas as pd
import pytest

from analyzer.nlp import language
from analyzer.nlp.pack import available


def guess(text: str, times: int = 5) -> str:
    return language.detect_language(pd.Series([text] * times))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the cat is on my bed and you are not", "en"),
        ("ciao come stai? tutto bene, grazie, e tu cosa fai questo weekend", "it"),
        ("oi amor, tudo bem? estou com saudade de você, isso está muito difícil", "pt"),
        ("tum theek ho? main bahut pareshan hoon yaar, kya hua tha", "hi-Latn"),
        ("tum theek ho?", "hi-Latn"),
        ("ты где? мне очень скучно без тебя, когда ты придёшь", "ru"),
        ("ти де? мені дуже сумно без тебе, коли ти прийдеш", "uk"),
        ("तुम कहाँ हो? मुझे तुम्हारी बहुत याद आती है", "hi"),
        ("तू कुठे आहेस? मला तुझी खूप आठवण येते", "mr"),
        ("هل انت بخير؟ انا في البيت", "ar"),
        ("こんにちは、元気ですか？", "ja"),
        ("你好吗？我很想你", "zh"),
        ("안녕하세요, 잘 지내요?", "ko"),
        ("γεια σου, τι κάνεις;", "el"),
        ("שלום, מה נשמע?", "he"),
    ],
    ids=lambda x: x if len(x) < 10 else None,
)
def test_guess(text, code):
    assert guess(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("привет", "und-Cyrl"), ("नमस्ते", "und-Deva"), ("سلام", "und-Arab")],
    ids=["cyrillic", "devanagari", "arabic"],
)
def test_a_script_whose_languages_cannot_be_told_apart_is_undetermined_never_english(text, code):
    assert guess(text, 1) == code


@pytest.mark.parametrize(("text"), ["😂", "ok", "ok 👍", "", "12:30"])
def test_too_little_latin_text_stays_english(text):
    assert guess(text, 2) == "en"


def test_a_chat_mostly_in_another_script_is_not_english_even_with_english_words():
    texts = pd.Series(["ok", "lol", "привет, как ты? что делаешь", "я тоже, всё хорошо"] * 3)
    assert language.detect_language(texts) == "ru"


def test_romanised_hindi_with_italian_ho_is_not_italian():
    texts = pd.Series(["kaise ho?", "main theek hoon, tum?", "kya kar rahi ho", "ho gaya"] * 6)
    assert language.detect_language(texts) == "hi-Latn"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("en", "English"),
        ("hi-Latn", "Hindi in Latin letters"),
        ("zh", "Chinese"),
        ("und-Cyrl", "a language in Cyrillic script"),
        ("", "unknown"),
    ],
)
def test_language_name(code, name):
    assert language.language_name(code) == name


def test_script_letters_counts_each_script():
    assert language.script_letters("ok привет 你好 ✓ 3") == {"Latn": 2, "Cyrl": 6, "Hani": 2}


def test_the_data_is_consistent():
    data = language.languages()
    scripts = {s.code for s in data.scripts}
    assert set(data.script_of.values()) <= scripts
    assert all(s.default in data.names for s in data.scripts if s.default)
    assert (data.starts[1:] >= data.ends[:-1]).all()  # ranges sorted, none overlapping
    assert all(words for words in data.stopwords.values())


def test_the_languages_with_a_pack_have_the_reading():
    # a pack folder, or a language whose languages.json entry names the pack that reads it
    assert language.READ_LANGUAGES == available() | {"hi-Latn"}
    assert language.pack_of("hi-Latn") == "hi" and language.pack_of("hi") == "hi"
    assert language.pack_of("nl") == "nl"  # no "pack" key: its own code
    assert {"en", "pt", "es", "de"} <= language.READ_LANGUAGES
    assert "nl" not in language.READ_LANGUAGES
    assert language.no_reading_reason("nl") == (
        "it needs the emotion reading, which this chat's language (Dutch) does not have yet"
    )


@pytest.mark.parametrize(
    ("text", "code", "asked"),
    [
        ("tudo bem?", "pt", True),
        ("¿qué tal", "es", True),
        ("هل انت بخير؟", "ar", True),
        ("元気ですか？", "ja", True),
        ("как дела", "ru", False),
        ("τι κάνεις;", "el", True),
        ("ok; see you", "pt", False),
        ("look https://example.com/page?id=3", "pt", False),
        ("see www.example.com/?q=1 ok?", "pt", True),
    ],
    ids=[
        "pt", "es-open", "ar", "ja-fullwidth", "ru-no-mark", "el-semicolon",
        "pt-semicolon", "link", "link-then-mark",
    ],
)  # fmt: skip
def test_a_question_in_any_language_is_a_question_mark_outside_a_link(text, code, asked):
    from analyzer.nlp import features

    assert features.marked_questions(pd.Series([text]), code).tolist() == [asked]


def test_readme_states_the_minimums_of_the_data():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    readme = " ".join(readme.split())
    data = language.languages()
    words = {3: "three"}
    assert (
        f"given {data.min_hits_latin} hits in Latin script or {data.min_hits_other} in another"
        in readme
    )
    assert f"at least {data.min_hits_other} hits and {words[data.short_text_lead]} times" in readme
    assert len(data.scripts) == 25 and len(data.stopwords) == 17  # as analyzer/lexicons/README.md
