"""Hindi forms of "no disclosure by the writer" that the emotion model raised to tier 2, kept below
it as data of the pack ("Languages II"), and the near misses where the writer's own feeling stays:

- formulas the model may not raise (``model_formulas`` in ``hi/words.json``, as greetings and
  congratulations already were): an arrival check-in ("hello! abhi ghar pahunchi bas", from the
  Hindi sample chat), a chore asked of the reader ("yaad se bhar dena", "kha lena", "rakh dena",
  "hata do", "kripya") and a photo sent ("mummy ne ... ki photo bheji", the sample chat's hedge
  trimmer). Found among BRIGHTER's Hindi train rows without emotion
  (``python -m tests.realtext.hi_none_fires``) and in the sample chat; the wordings here are ours.
  Each is read twice by the same model: as shipped, and with a language whose pack lists nothing,
  so the test shows the list is what keeps it below tier 2;
- "naraz mat ho" / "gussa mat ho" said to the reader is reassurance, as "udaas mat ho" is;
- "mujhe tum par garv hai" (I'm proud of you) is the writer's pride beside the support, as "I'm
  proud of you" is in our gold sets ("tum pe" read as the oblique "tujh pe");
- the ordinary, "nothing special" ("saamanya", "saadharan", "koi khaas nahi", "theek thaak") is
  surface, tier 1, as English's "okay" and "meh";
- "yourself" said to the reader ("apne aap ko blame mat karo", "khud ka khayal rakhna") is
  support, about the reader; "apne aap" is read as "apne khud", so "main apne aap se naraz hoon"
  stays the writer's.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import emotion
from tests.nlp.pack_cases import table_tests
from tests.nlp.test_hi_model_formulas import SHIPPED, UNLISTED, _read


@pytest.mark.parametrize(
    "text",
    [
        # an arrival check-in (the Hindi sample chat's)
        "hello! abhi ghar pahunchi bas",
        # a photo sent: a third person's event, no one's feeling
        "meri zindagi ka update: mummy ne apne naye hedge trimmer ki photo bheji. "
        "bina kisi context ke",
        "papa ne apni nayi car ki photo bheji!",
        "मेरे दोस्त ने मुझे अपनी शादी की तस्वीरें भेजी हैं!",
        # a chore asked of the reader
        "kal bijli ka bill bharna hai, yaad se bhar dena!",
        "sabzi bana di hai, roti ke saath kha lena!",
        "सुनो! मेरी कमीज़ इस्त्री करके रख देना।",
        "ye purane kapde ab kaam ke nahi, inhe hata do!",
    ],
)
def test_formulas_of_no_disclosure_are_not_raised(text):
    assert _read(UNLISTED, text) == 2  # the model alone would raise it
    assert _read(SHIPPED, text) == 0


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # the writer's own feeling beside them is the lexicon's, and stays
        ("ghar pahunch gayi, bahut dar lag raha tha raaste mein", 2),
        ("papa ne photo bheji, mujhe unki bahut yaad aa rahi hai", 3),
        ("yaad se bhar dena, main bahut pareshan hoon", 3),
        ("hello, aaj main bahut udaas hoon", 2),
    ],
)
def test_the_writers_feeling_beside_them_stays(text, tier):
    assert _read(SHIPPED, text) == tier


def test_the_formulas_are_listed():
    formulas = emotion.not_raised("hi")[0]
    assert ("ghar", "pahunchi") in formulas["ghar"]
    assert ("yaad", "se") in formulas["yaad"]
    assert ("photo", "bheji") in formulas["photo"]
    assert formulas["hello"] == (("hello",),)


#: text -> (tier, feeling statement, question, question about the other, categories counted)
CASES = {
    # don't be upset / angry, said to the reader: reassurance (support), no feeling of the writer's
    "naraz mat ho": (1, False, False, False, ("support",)),
    "arre naraz mat ho yaar, main aa rahi hoon": (1, False, False, False, ("support",)),
    "gussa mat ho please": (1, False, False, False, ("support",)),
    "नाराज मत हो": (1, False, False, False, ("support",)),
    # ... the writer's own anger stays
    "mujhe naraz mat karo": (2, True, False, False, ("hard",)),
    "main tumse naraz hoon": (2, True, False, False, ("hard",)),
    "mujhe bahut gussa aa raha hai": (2, True, False, False, ("hard",)),
    # I'm proud of you: the writer's pride beside the support
    "mujhe tum par garv hai": (2, True, False, False, ("support",)),
    "mujhe tum pe bahut garv hai": (2, True, False, False, ("support",)),
    "मुझे तुम पर गर्व है": (2, True, False, False, ("support",)),
    "mujhe aap par garv hai": (2, True, False, False, ("support",)),
    "mujhe tujhpe garv hai": (2, True, False, False, ("support",)),
    # ... and the writer's anger at the reader is the writer's
    "mujhe tum pe bahut gussa aa raha hai": (2, True, False, False, ("hard",)),
    # yourself, said to the reader: support, about the reader
    "apne aap ko blame mat karo": (1, False, False, False, ("support",)),
    "khud ko blame mat karo yaar": (1, False, False, False, ("support",)),
    "अपने आप को दोष मत दो": (1, False, False, False, ("support",)),
    "apne aap ka khayal rakhna": (1, False, False, False, ("support",)),
    "khud ka dhyan rakhna": (1, False, False, False, ("support",)),
    "अपने आप से नाराज मत हो": (1, False, False, False, ("support",)),
    # ... "apne aap" is no "aap" (you): the writer's anger at themselves stays theirs
    "main apne aap se naraz hoon": (2, True, False, False, ("hard",)),
    "mujhe apne aap pe bahut gussa aa raha hai": (2, True, False, False, ("hard",)),
    # ... and "aap" alone is still the reader
    "aap bahut pareshan lag rahe ho": (1, False, False, False, ("validation",)),
    # the ordinary, "nothing special": surface, tier 1
    "मेरे भाई-बहनों से बस सामान्य बातचीत होती है, कोई खास नहीं।": (1, False, False, False, ()),
    "ye sapna bilkul saadharan tha": (1, False, False, False, ()),
    "kaisa tha din? theek thaak": (1, False, True, False, ()),
    # ... a feeling beside the word stays the writer's
    "mujhe saamanya se zyada dar lag raha hai": (2, True, False, False, ("fear",)),
    "मैं बहुत उदास हूँ, सब कुछ सामान्य नहीं लगता": (2, True, False, False, ("soft",)),
}

#: near misses: text -> categories that must not be counted
NOT = {
    "mujhe naraz mat karo ": ("support",),
    "main apne aap se naraz hoon ": ("support",),
    "main apne aap ko blame karti hoon": ("support",),
    "gussa mat karo, itni si baat hai": ("support",),
    "tum pe bahut pressure hai": ("support",),
}

frame, test_no_disclosure_forms, test_near_misses = table_tests(
    "hi-Latn", CASES, NOT, {"hi-Latn": 26, "hi": 6}
)
