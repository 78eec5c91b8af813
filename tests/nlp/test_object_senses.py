"""The English pack's word senses: a feeling word followed by a thing names the thing
("a broken hip", "crushed garlic"), "crush" is a feeling only as a noun, "huge" is not "hug",
and the feelings told through the body that were added after reading BRIGHTER's English train
split ("tears streaming down my face", "I was shaking"). "X is killing me" is none of them: in
a chat it is as often shoes that pinch, a joke or a wait ("mine are killing me", "lol this is
killing me"), so it stays out of the lexicon."""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import lexicon, lexrules, normalise
from analyzer.nlp.pack import LEXICON_DIR, english, load_pack
from tests.realtext.evaluate import features_of


def _read(texts: list[str]) -> list[tuple[int, str]]:
    feats = features_of(texts)
    return list(
        zip(feats["tier"].astype(int).tolist(), feats["emotion_terms"].astype(str), strict=True)
    )


@pytest.mark.parametrize(
    "text, tier, terms",
    [
        pytest.param("grandma has a broken hip", 0, "", id="broken-hip"),
        pytest.param("add the crushed garlic", 0, "", id="crushed-garlic"),
        pytest.param("he has broken some ribs", 0, "", id="broken-some-ribs"),
        pytest.param("a broken phone screen", 0, "", id="broken-phone"),
        pytest.param("I feel broken", 3, "feel_broken", id="feel-broken"),
        pytest.param("I was crushed", 3, "crushed", id="crushed-alone"),
        pytest.param("crushed, the garlic too", 3, "crushed", id="marker-stops-the-object"),
        pytest.param("my broken heart", 3, "broken_heart", id="broken-heart"),
    ],
)
def test_a_feeling_word_before_a_thing_names_the_thing(text, tier, terms):
    assert _read([text]) == [(tier, terms)]


@pytest.mark.parametrize(
    "text, tier, terms",
    [
        pytest.param("I have a huge crush on her", 2, "crush_on", id="crush-on"),
        pytest.param("my crush texted me", 2, "my_crush", id="my-crush"),
        pytest.param("they crush the garlic", 0, "", id="crush-verb"),
        pytest.param("you are crushing it", 1, "", id="crushing-it"),
        pytest.param("this is huge", 0, "", id="huge"),
        pytest.param("a huge relief", 2, "relief", id="huge-relief"),
        pytest.param("I need a hug", 3, "need_a_hug", id="hug"),
    ],
)
def test_crush_is_a_noun_and_huge_is_not_hug(text, tier, terms):
    assert _read([text]) == [(tier, terms)]


def test_huge_keeps_its_own_stem():
    stem = normalise.normaliser(english()).stem
    assert [stem(w) for w in ("huge", "hug", "hugs", "hugged")] == ["huge", "hug", "hug", "hug"]


@pytest.mark.parametrize(
    "text, tier, terms",
    [
        pytest.param("my back is killing me", 0, "", id="killing-me-is-no-feeling"),
        pytest.param("tears streaming down my face", 3, "tears_streaming", id="tears"),
        pytest.param(
            "the hair on the back of my neck stood up", 2, "hair_on_the_back_of_my_neck", id="hair"
        ),
        pytest.param("she smiled at me all day", 2, "smiled", id="smiled"),
        pytest.param("this freaking pizza", 1, "", id="freaking-is-an-intensifier"),
        pytest.param("pain in the neck", 1, "", id="pain-in-the-neck"),
        pytest.param("I'm shaking my head at this", 1, "", id="shaking-my-head"),
        pytest.param("I was shaking", 2, "i_was_shaking", id="shaking"),
        pytest.param("use the past tense", 0, "", id="past-tense"),
    ],
)
def test_feelings_told_through_the_body(text, tier, terms):
    assert _read([text]) == [(tier, terms)]


def test_object_follows_reads_the_pack():
    rules = lexicon.load_lexicon("en").rules
    stem = normalise.normaliser(english()).stem

    def follows(text: str, end: int) -> bool:
        return lexrules.object_follows(tuple(stem(w) for w in text.split()), end, rules)

    assert "broken" in rules.object_senses
    assert follows("broken my hip", 1)
    assert follows("crushed some garlic", 1)
    assert follows("broken ribs", 1)
    assert not follows("a broken left hip", 2)  # "left" is no pronoun, article or quantifier
    assert not follows("broken , hip", 1)
    assert not follows("broken my the a hip", 1)  # at most two words between


def test_every_pack_has_the_object_keys():
    for code in sorted(p.name for p in LEXICON_DIR.iterdir() if (p / "pack.json").is_file()):
        words = json.loads((LEXICON_DIR / code / "words.json").read_text(encoding="utf-8"))
        assert isinstance(words["object_senses"], list), code
        assert isinstance(words["object_sense_after"], list), code
        assert load_pack(code).word_set("object_senses") == frozenset(words["object_senses"])
    en = json.loads((LEXICON_DIR / "en" / "words.json").read_text(encoding="utf-8"))
    assert en["object_senses"] == ["broken", "crushed", "hurt", "shattered", "upset"]
