"""The language of each message (analyzer.nlp.language.message_languages over
analyzer/lexicons/languages.json), and its count per language in the NLP pass (Features.languages).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analyzer.nlp import features
from analyzer.nlp.language import NO_PRIOR, message_evidence, message_languages
from tests.nlp.test_features import chat


def guess(texts: list[str | None], chat_language: str) -> list[str]:
    got = message_languages(pd.Series(texts, dtype="object"), chat_language)
    assert got.dtype == object and len(got) == len(texts)
    return got.tolist()


SHORT = ["ok", "😂", "kkkk", "Maria", "12:30", "👍 ok", "hahaha", "lol", "", None, "¯\\_(ツ)_/¯"]


@pytest.mark.parametrize("chat_language", ["pt", "en", "es", "ru", "hi-Latn", "zh", "und-Cyrl"])
def test_short_or_ambiguous_messages_keep_the_chat_language(chat_language):
    assert guess(SHORT, chat_language) == [chat_language] * len(SHORT)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'm so tired today, can you call me later?", "en"),
        ("love you", "en"),
        ("estou muito cansada hoje, você pode me ligar?", "pt"),
        ("vc ta em casa?", "pt"),
        ("¿qué haces hoy?", "es"),
        ("no sé", "es"),
        ("Ich bin so müde heute, kannst du mich anrufen?", "de"),
        ("je suis très fatiguée, tu peux m'appeler ?", "fr"),
        ("ciao, come stai? tutto bene?", "it"),
        ("ik ben zo moe, kun je me bellen?", "nl"),
        ("tum theek ho? kya hua", "hi-Latn"),
    ],
)
def test_clear_evidence_switches_whatever_the_chat(text, code):
    assert guess([text], "pt" if code != "pt" else "en") == [code]
    assert guess([text], code) == [code]


def test_two_hits_are_needed_to_leave_the_chat_language():
    # "tired" is no listed word: one English hit ("so") is not enough in a Portuguese chat
    assert guess(["so tired", "so tired you"], "pt") == ["pt", "en"]


def test_code_switching_goes_to_the_language_with_more_evidence_and_a_tie_stays():
    # "i'm", "really" (English) against "hoje" (Portuguese): English has more
    assert guess(["I'm really tired hoje"], "pt") == ["en"]
    # a word several languages list weighs less: "so" (English and German) is half a hit, so
    # English leads by half a hit only, not enough to leave the chat's language
    assert guess(["I'm so tired hoje"], "pt") == ["pt"]
    # "bora", "hoje" against "i'm", "so": a tie, the chat's language stays
    assert guess(["bora? I'm so tired hoje"], "pt") == ["pt"]
    assert guess(["bora? I'm so tired hoje"], "en") == ["en"]
    # "love", "you" against "muito", "você": a tie keeps the chat's language, whichever it is
    assert guess(["love you muito, você"], "pt") == ["pt"]
    assert guess(["love you muito, você"], "en") == ["en"]
    # two other languages tied and ahead of the chat's: the chat's language stays
    assert guess(["vc tá, ¿qué?"], "en") == ["en"]


def test_another_script_moves_a_message_but_latin_needs_words():
    texts = ["ты где? мне скучно", "你好", "मुझे तुम्हारी याद आती है", "ok", "love you"]
    assert guess(texts, "pt") == ["ru", "zh", "hi", "pt", "en"]
    # in a Russian chat the Latin "ok" stays Russian, English words still leave it
    assert guess(texts, "ru") == ["ru", "zh", "hi", "ru", "en"]
    # a Cyrillic message with no listed word: its script's language is undetermined
    assert guess(["пожалуйста"], "en") == ["und-Cyrl"]


def test_without_a_prior_a_message_takes_any_hit_or_stays_undetermined():
    assert guess(["ok", "kkkk", "love you", "", "привет"], NO_PRIOR) == [
        "und",
        "pt",
        "en",
        "und",
        "ru",
    ]


def test_each_message_is_guessed_on_its_own_whatever_its_index():
    texts = [
        "estou muito cansada hoje",
        "I'm so tired today",
        "a\x00b you are so",
        None,
        "¿qué haces hoy?",
        "ok",
    ]
    series = pd.Series(texts, index=[10, 3, 3, 7, -1, 0], dtype="object")
    together = message_languages(series, "pt").tolist()
    alone = [message_languages(pd.Series([t], dtype="object"), "pt")[0] for t in texts]
    assert together == alone == ["pt", "en", "en", "pt", "es", "pt"]


def test_evidence_counts_words_letters_and_scripts():
    letters, hits = message_evidence(pd.Series(["não, ñ", "ok привет"]))
    from analyzer.nlp.language import _word_table, languages

    codes = _word_table()[0]
    scripts = [s.code for s in languages().scripts]
    assert letters[:, scripts.index("Latn")].tolist() == [4, 2]
    assert letters[:, scripts.index("Cyrl")].tolist() == [0, 6]
    # "não": a word and a letter of Portuguese; "ñ": a letter of Spanish
    assert hits[0, codes.index("pt")] == 2 and hits[0, codes.index("es")] == 1
    assert hits[1, codes.index("ru")] == 1 and hits[1].sum() == 1


def test_empty_input():
    got = message_languages(pd.Series([], dtype="object"), "pt")
    assert got.dtype == object and got.shape == (0,)


# ------------------------------------------------------------------ in the NLP pass

MIXED = [
    ("Ana", "text", "oi amor, tudo bem? estou com saudade de você", 0, 0),
    ("Ben", "text", "tudo ótimo, e você? hoje o dia foi muito corrido", 0, 1),
    ("Ana", "text", "kkkk", 0, 2),
    ("Ben", "text", "I'm so tired, can you call me later?", 0, 3),
    ("Ana", "media", "<Media omitted>", 0, 4),
    ("Ana", "text", "claro, te ligo depois do jantar", 0, 5),
    ("Ben", "text", "ok", 0, 6),
    ("Ana", "text", "love you", 0, 7),
    ("Ben", "text", "também te amo, você é tudo pra mim", 0, 8),
    ("Ana", "text", "ok", 0, 9),
]


def test_the_pass_counts_text_messages_per_language():
    rows = [
        (who, kind, text, k, 10 * k + turn) for k in range(3) for who, kind, text, _s, turn in MIXED
    ]
    feats = features.extract(chat(rows))
    assert feats.language == "pt"
    # nine text messages a time: "kkkk" and both "ok" stay Portuguese; two are English
    assert feats.languages == {"pt": 21, "en": 6}
    assert list(feats.languages) == ["pt", "en"]


def test_an_english_chat_with_one_portuguese_message():
    rows = [
        ("Ana", "text", "how was the interview today? I was thinking about you", 0, 0),
        ("Ben", "text", "it went well I think, they asked so many questions", 0, 1),
        ("Ana", "text", "estou muito orgulhosa de você", 0, 2),
        ("Ben", "text", "haha thanks, what are you doing tonight?", 0, 3),
        ("Ana", "text", "nothing much, just reading on the sofa", 0, 4),
    ]
    feats = features.extract(chat(rows))
    assert (feats.language, feats.languages) == ("en", {"en": 4, "pt": 1})


def test_no_text_messages_no_languages():
    rows = [("Ana", "media", "<Media omitted>", 0, 0)]
    assert features.extract(chat(rows)).languages == {}


def test_counts_follow_the_distinct_texts_back_to_every_message():
    texts = ["ok", "I'm so tired, can you call me?", "ok", "I'm so tired, can you call me?"]
    rows = [("Ana" if i % 2 else "Ben", "text", t, 0, i) for i, t in enumerate(texts)]
    rows += [("Ben", "text", "estou muito cansada hoje, você pode me ligar depois?", 0, 9)] * 3
    feats = features.extract(chat(rows))
    # too little Portuguese to make the chat Portuguese: "ok" takes English, the chat's language
    assert (feats.language, feats.languages) == ("en", {"en": 4, "pt": 3})


def test_readme_states_the_thresholds_of_the_data():
    from pathlib import Path

    from analyzer.nlp.language import languages
    from tests.realtext import langid

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    readme = " ".join(readme.split())
    data = languages()
    more = {1: "one", 2: "two"}[data.message_lead]
    assert (
        f"with at least {data.message_hits} hits and at least {more} more than the chat's "
        "language has" in readme
    )
    assert f"a probability of at least {langid.LIBRARY_SURE} (chosen on BRIGHTER train)" in readme


def test_indonesian_and_malay_are_recognised_and_never_read_by_a_pack():
    from analyzer.nlp.language import is_read

    texts = ["kamu udah makan belum?", "awak dah makan ke?", "saya tak tahu lah", "aku sayang kamu"]
    for chat_language in ("en", "hi-Latn", "pt", NO_PRIOR):
        got = guess(texts, chat_language)
        assert got == ["id", "ms", "ms", "id"], chat_language
        assert not any(is_read(code) for code in got)


def test_hinglish_goes_to_hindi_once_it_has_two_hindi_words():
    # "yaar", "bahut" (Hindi) against "i", "so", "you" (English): English's words do not count
    # against romanised Hindi once it has two hits
    assert guess(["i miss you so much yaar, bahut"], "en") == ["hi-Latn"]
    # one Hindi word is not enough: the English chat's language stays
    assert guess(["i miss you so much yaar"], "en") == ["en"]
    # "main" alone (an English word too) does not take an English message to Hindi
    assert guess(["the main thing is that you came"], "en") == ["en"]


def test_another_script_without_a_listed_word_takes_the_chats_pack_language():
    # "पुस्तक" (book) is no listed word: undetermined Devanagari in an English chat, Hindi in a
    # chat in Hindi in Latin letters (one pack reads both scripts)
    assert guess(["पुस्तक लाना"], "en") == ["und-Deva"]
    assert guess(["पुस्तक लाना"], "hi-Latn") == ["hi"]
    assert guess(["पुस्तक लाना"], "hi") == ["hi"]
