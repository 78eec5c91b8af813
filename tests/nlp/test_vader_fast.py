"""The fast VADER compound of :mod:`analyzer.nlp.valence` equals vaderSentiment's own, rule by
rule."""

import pytest

from analyzer.nlp import valence

CASES = {
    "plain_positive": "what a great day",
    "no_lexicon_word": "see you at 5",
    "booster_and_caps": "this is EXTREMELY good but I am tired",
    "negation_nt": "I don't love it",
    "never_so": "I have never so enjoyed a film",
    "least": "at least it is fine, the least good one",
    "no_before_word": "no good at all",
    "kind_of": "kind of sad tbh",
    "special_idiom": "that movie was the bomb",
    "but_contrast": "good food but terrible service but ok",
    "emoji": "miss you 😭😭 ❤️",
    "emoticon": "ok :) see you :(",
    "punctuation_emphasis": "love it!!!! ???",
    "all_caps_text": "I HATE THIS",
    "empty": "   ",
}


@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_fast_compound_equals_vader(text: str) -> None:
    scorer = valence.ValenceScorer()
    assert scorer._fast.compound(text) == scorer.analyzer.polarity_scores(text)["compound"]
