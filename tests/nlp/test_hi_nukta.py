"""Hindi words typed with and without nukta are one word: people write "ज़्यादा" and "ज्यादा",
"ख़ुशी" and "खुशी", "बड़ा" and "बडा", and some keyboards give the nukta letter as one precomposed
character (U+0958-U+095F: "ज़" as one code point) where others give the letter and the nukta sign
(U+093C). The pack's ``fold_letters`` drops the nukta before anything else, so every spelling
meets the same entry of ``slang.json``, and the pack is written without nukta.

Near misses: a third person's anger typed with nukta is still a third person's (tier 2, no
feeling statement of the writer's), and a feeling word left unnamed is not found by folding.
"""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import pack
from analyzer.nlp.normalise import normaliser
from tests.nlp.pack_cases import table_tests

NUKTA = "\u093c"
#: the precomposed nukta letters and the letter each folds to
PRECOMPOSED = {
    "\u0958": "\u0915",  # क़ -> क
    "\u0959": "\u0916",  # ख़ -> ख
    "\u095a": "\u0917",  # ग़ -> ग
    "\u095b": "\u091c",  # ज़ -> ज
    "\u095c": "\u0921",  # ड़ -> ड
    "\u095d": "\u0922",  # ढ़ -> ढ
    "\u095e": "\u092b",  # फ़ -> फ
    "\u095f": "\u092f",  # य़ -> य
}

#: one word in its three spellings (letter + nukta sign, precomposed letter, no nukta) and the
#: normalised word all three are read as
SPELLINGS = {
    ("ज\u093c्यादा", "\u095b्यादा", "ज्यादा"): ("zyada",),
    ("ख\u093cुशी", "\u0959ुशी", "खुशी"): ("khushi",),
    ("ग\u093cुस्सा", "\u095aुस्सा", "गुस्सा"): ("gussa",),
    ("नाराज\u093c", "नारा\u095b", "नाराज"): ("naraz",),
    ("फ\u093cिक्र", "\u095eिक्र", "फिक्र"): ("fikar",),
    ("बड\u093cा", "ब\u095cा", "बडा"): ("bada",),
    ("झगड\u093cा", "झग\u095cा", "झगडा"): ("jhagda",),
    ("चिढ\u093c", "चि\u095d", "चिढ"): ("chidh",),
}


def test_nukta_is_folded():
    fold = pack.load_pack("hi").words["fold_letters"]
    # the nasal spellings folded beside them are test_hi_folding.py's
    assert {k: v for k, v in fold.items() if k == NUKTA or k in PRECOMPOSED} == {
        NUKTA: "",
        **PRECOMPOSED,
    }


@pytest.mark.parametrize("spellings", tuple(SPELLINGS))
def test_every_spelling_is_one_word(spellings):
    norm = normaliser(pack.load_pack("hi"))
    assert [norm.token_info(s).words for s in spellings] == [SPELLINGS[spellings]] * 3


def test_the_pack_is_written_without_nukta():
    folder = pack.LEXICON_DIR / "hi"
    letters = (NUKTA, *PRECOMPOSED)
    for name in ("words.json", "experiencer.json", "function_words.json", "slang.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data.pop("_about", None)
        data.pop("fold_letters", None)
        text = json.dumps(data, ensure_ascii=False)
        assert [ch for ch in letters if ch in text] == [], name
    terms = [
        line
        for line in (folder / "depth.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert [line for line in terms if any(ch in line for ch in letters)] == []


#: text -> (tier, feeling statement, question, question about the other, categories counted)
CASES = {
    # the writer's anger, joy and worry in each spelling: tier 2, a feeling statement
    "मुझे बहुत ग\u093cुस्सा आ रहा है": (2, True, False, False, ("hard",)),
    "मुझे बहुत \u095aुस्सा आ रहा है": (2, True, False, False, ("hard",)),
    "मुझे बहुत गुस्सा आ रहा है": (2, True, False, False, ("hard",)),
    "मैं तुमसे नारा\u095b हूँ": (2, True, False, False, ("hard",)),
    "आज मुझे बहुत \u0959ुशी है": (2, True, False, False, ("joy",)),
    # a third person's anger with nukta stays a third person's: tier 2, no feeling statement
    "वो आज बहुत नारा\u095b है": (2, False, False, False, ("hard",)),
    # the news register typed with nukta: a statement reported, tier 1
    "कंपनी ने नतीजों पर \u0959ुशी \u095bाहिर की": (1, False, False, False, ()),
}

#: near misses: text -> categories that must not be counted
NOT = {
    # "ज़रूर" (surely) folds to "जरूर", no feeling
    "मैं \u095bरूर आऊँगा": ("joy", "hard", "soft", "fear"),
    "कंपनी ने नतीजों पर खुशी जाहिर की": ("joy",),
}

frame, test_nukta_forms, test_near_misses = table_tests("hi", CASES, NOT)
