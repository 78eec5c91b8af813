"""Hindi in Devanagari is read as romanised Hindi (issue 23): the pack is written once, in
romanised Hindi, and ``slang.json`` reads each Devanagari word the rules rely on as its romanised
spelling, function words as well as feeling words ("आपको" -> "aapko", "तुम्हे" -> "tumhe",
"उन्होंने" -> "unhone", "टूट" -> "toot"), so a Devanagari feeling statement, question about the
other or reflection reads as it does in Latin letters.

Spelling variants are one word: ``fold_letters`` of ``words.json`` reads the candrabindu as the
anusvara ("हूँ"/"हूं", "कहाँ"/"कहां") and a nasal half-letter before a consonant of its own class
as the anusvara ("चिन्ता"/"चिंता", "गन्दा"/"गंदा", "ठण्ड"/"ठंड", "कम्बल"/"कंबल"), so the pack is
written in the anusvara spelling. Near misses: a nasal before a consonant of another class is
left as written ("तुम्हें", "उन्हें", "प्रसन्न"), and "इस" / "उस" are not folded to "is" / "us"
(English words of other meaning).

"Don't be sad / worried" said to the reader ("udaas mat ho yaar", "परेशान मत हो") is reassurance,
not the writer's feeling, and "take care of yourself" ("apna khayal rakhna") support, as data in
``depth.tsv``; near misses: "mujhe udaas mat karo" keeps the writer's feeling, and a request
("kha lena!", "khana kha lena", "is baat ka dhyan rakhna") is no act at all (not a question, not
support).
"""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import pack
from analyzer.nlp.normalise import normaliser
from tests.nlp.pack_cases import table_tests

#: one word in its spellings and the normalised word every spelling is read as
SPELLINGS = {
    ("चिंता", "चिन्ता"): ("chinta",),
    ("गंदा", "गन्दा"): ("ganda",),
    ("ठंड", "ठण्ड"): ("thand",),
    ("हूं", "हूँ"): ("hoon",),
    ("कहां", "कहाँ"): ("kahan",),
    ("मां", "माँ"): ("maa",),
    ("आंसू", "आँसू"): ("aansu",),
    ("जाएंगे", "जाएँगे"): ("jayenge",),
}

#: spellings with "य" for a vowel, or without the nasal, that slang.json lists beside the usual
#: one (no fold: "ये" / "ए" differ elsewhere)
VARIANTS = {
    ("लिए", "लिये"): ("liye",),
    ("गए", "गये"): ("gaye",),
    ("आई", "आयी"): ("aayi",),
    ("हुई", "हुयी"): ("hui",),
    ("चाहिए", "चाहिये"): ("chahiye",),
    ("क्योंकि", "क्यूंकि", "क्योकि", "क्युकी"): ("kyunki",),
}

#: near misses: nasal clusters of another class stay as written and still meet their entry
KEPT = {
    "तुम्हें": ("tumhe",),
    "उन्हें": ("unhe",),
    "प्रसन्न": ("prasann",),
    "उन्होंने": ("unhone",),
    "इस": ("इस",),
    "उस": ("उस",),
}


def test_nasal_spellings_are_folded():
    fold = pack.load_pack("hi").words["fold_letters"]
    assert fold["\u0901"] == "\u0902"
    assert fold["न्त"] == "ंत" and fold["म्ब"] == "ंब" and fold["ण्ड"] == "ंड"
    assert "म्ह" not in fold and "न्ह" not in fold and "न्न" not in fold
    assert len(fold) == 30


@pytest.mark.parametrize("spellings", tuple(SPELLINGS))
def test_every_spelling_is_one_word(spellings):
    norm = normaliser(pack.load_pack("hi"))
    assert [norm.token_info(s).words for s in spellings] == [SPELLINGS[spellings]] * 2


@pytest.mark.parametrize("spellings", tuple(VARIANTS))
def test_variant_spellings_meet_one_entry(spellings):
    norm = normaliser(pack.load_pack("hi"))
    words = [norm.token_info(s).words for s in spellings]
    assert words == [VARIANTS[spellings]] * len(spellings)


def test_other_clusters_are_kept():
    norm = normaliser(pack.load_pack("hi"))
    assert {w: norm.token_info(w).words for w in KEPT} == KEPT


def test_the_pack_is_written_in_the_folded_spelling():
    folder = pack.LEXICON_DIR / "hi"
    fold = pack.load_pack("hi").words["fold_letters"]
    unfolded = [k for k in fold if len(k) > 1 or k == "\u0901"]
    for name in ("words.json", "experiencer.json", "function_words.json", "slang.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data.pop("_about", None)
        data.pop("fold_letters", None)
        text = json.dumps(data, ensure_ascii=False)
        assert [k for k in unfolded if k in text] == [], name


#: text -> (tier, feeling statement, question, question about the other, categories counted)
CASES = {
    # the writer's worry in both spellings of "chinta"
    "मुझे चिंता हो रही है": (2, True, False, False, ("fear",)),
    "मुझे चिन्ता हो रही है": (2, True, False, False, ("fear",)),
    "मेरा दिल टूट गया": (3, True, False, False, ("soft",)),
    # questions about the other with the reader's pronouns folded
    "आपको बुरा लगा क्या?": (1, False, True, True, ()),
    "aapko bura laga kya?": (1, False, True, True, ()),
    "तुमको गुस्सा आ रहा है क्या?": (1, False, True, True, ()),
    # the reader's fear, reflected (no feeling of the writer's) in both scripts
    "तुम्हे डर लग रहा है क्या": (1, False, False, False, ("validation",)),
    "tumhe dar lag raha hai kya": (1, False, False, False, ("validation",)),
    # a feeling in a "when" clause is no feeling statement, in both scripts
    "जब भी मैं अकेला होता हूं, रोना आता है": (3, False, False, False, ("loneliness",)),
    # "आपकी" / "aapki" is a possessive ("your win"): the joy stays the writer's, in both scripts
    "मुझे आपकी जीत पर बहुत खुशी है": (2, True, False, False, ("joy",)),
    "mujhe aapki jeet par bahut khushi hai": (2, True, False, False, ("joy",)),
    # near misses: "आपको" is no reader of a feeling ("अपने आपको" is oneself; "glad to see you")
    "मैंने अपने आपको बिल्कुल अकेला पाया": (3, False, False, False, ("loneliness",)),
    "आपको देख के बहुत खुशी हुई": (2, False, False, False, ("joy",)),
    # "घबराई / घबराया" (frightened), as "घबरा"
    "मैं घबराई हुई हूँ": (2, True, False, False, ("fear",)),
    "main ghabraya hua tha": (2, True, False, False, ("fear",)),
    # "don't be sad / worried": reassurance of the reader, not the writer's feeling
    "udaas mat ho yaar": (1, False, False, False, ("support",)),
    "उदास मत हो यार": (1, False, False, False, ("support",)),
    "pareshan mat ho": (1, False, False, False, ("support",)),
    "परेशान मत हो": (1, False, False, False, ("support",)),
    "घबराओ मत": (1, False, False, False, ("support",)),
    "ro mat yaar": (1, False, False, False, ("support",)),
    "himmat mat haaro": (1, False, False, False, ("support",)),
    "अपना ख्याल रखना": (1, False, False, False, ("support",)),
    "apna dhyan rakhna": (1, False, False, False, ("support",)),
    # near misses read in full: the writer's own feeling stays theirs
    "mujhe udaas mat karo": (2, True, False, False, ("soft",)),
    "मैं बहुत घबरा रही हूँ": (2, True, False, False, ("fear",)),
    # requests are no act: not a question, not support
    "kha lena!": (0, False, False, False, ()),
    "khana kha lena": (0, False, False, False, ()),
    "खाना खा लेना": (0, False, False, False, ()),
    "is baat ka dhyan rakhna": (0, False, False, False, ()),
}

#: near misses: text -> categories that must not be counted
NOT = {
    "kha lena!": ("support",),
    "dhyan rakhna": ("support",),
    "is baat ka dhyan rakhna": ("support",),
    "mujhe udaas mat karo": ("support",),
    # a third person's anger keeps its tier and is nobody's reassurance
    "उसे बहुत गुस्सा आया": ("support", "validation"),
    # "उस" / "इस" are not the English "us" / "is"
    "उस दिन मैं घर पर था": ("joy", "soft", "hard", "fear", "support"),
}

frame, test_folded_forms, test_near_misses = table_tests("hi", CASES, NOT)
