"""The Hindi pack on the question words it reads inside a clause (``wh_inside``,
``wh_inside_verb`` in ``analyzer/lexicons/hi/words.json``), learnt from the fourth development
part of its chat-register gold set (``tests/langgold/hi/dev4.txt``, issue 23): a question word in
the middle or at the end of a clause asks ("ghar ka kiraya kitna h abhi"), but an exclamation
("kitni bheed thi mall me", "kitne saal baad"), a question told ("usne bataya nahi ...", "bata
dena ...", "koi nahi jaanta ..."), a relative clause ("jo kab se ..."), "kab ka" (long ago) and a
counter-question of a quarrel ("maine kab bola") ask nothing, and "kaha" (said, read "kahan") asks
nothing after an ergative subject ("usne kaha ki ..."). Each form has a near miss beside it.
A message is read after the partner's turn (none here) and after ``dev.txt``, so that a chat of a
few short lines is read in Hindi; each case names only the detectors it is about
(:func:`tests.nlp.gold.predictions` keys). The messages are our own and none is a dev4 message.
"""

from __future__ import annotations

import json

import pytest

from analyzer.nlp import pack
from tests.langgold import score
from tests.nlp import gold
from tests.nlp.pack_cases import gold_flags_after_dev

#: message -> detector -> expected
CASES: dict[str, dict[str, bool]] = {
    # a question word inside the clause asks, in both scripts
    "bhai tera flat kahan pe h": {"Q": True},
    "ghar ka kiraya kitna h abhi": {"Q": True},
    "train kitne baje chhutegi": {"Q": True},
    "college me sabse pehle kaun pahuncha": {"Q": True},
    "कौनसी ड्रेस लूँ": {"Q": True},
    "ये फ़ोटो किसने खींची": {"Q": True},
    # "kya" asks inside a clause beside a verb ...
    "lunch me kya bana h": {"Q": True},
    "usko bola tha kya tune kal": {"Q": True},
    "kal tak bhejna h kya report": {"Q": True},
    # ... not elsewhere, nor after a verb with only a name for the reader after it
    "isme kya badi baat h yaar": {"Q": False},
    "pagal h kya yaar": {"Q": False},
    # exclamations: a state, the weather, a feeling, "after so many days", "how lousy"
    "kitni bheed thi mall me": {"Q": False},
    "kitne saal baad school gayi aaj": {"Q": False},
    "kitna time waste kiya maine": {"Q": False},
    "kaisa banda h yaar ye": {"Q": False},
    "kitna kuch badal gaya yaar": {"Q": False},
    "kaisi kismat h yaar": {"Q": False},
    "mummy kitni naraz thi kal": {"Q": False, "F": False, "T>=2": True},
    "kitna dar lagta h mujhe andhere se": {"Q": False, "F": True, "T>=2": True},
    "कितनी ठंड है आज": {"Q": False},
    "कितने सालों बाद मिले": {"Q": False},
    # ... near misses: the same words asking
    "kitne din ke liye aa rhi ho": {"Q": True},
    "kitne ka pada ye phone": {"Q": True},
    "kitni thand h wahan?": {"Q": True},
    # pain and stress are asked about more often than exclaimed: they ask
    "ab kitna dard h": {"Q": True},
    "kitna stress h tujhe abhi": {"Q": True, "QO": True},
    # told questions ...
    "usne bataya nahi kitne baje aana h": {"Q": False},
    "उसने बताया नहीं कब निकलना है": {"Q": False},
    "bata dena kahan milna h": {"Q": False},
    "koi nahi jaanta kisne kiya": {"Q": False},
    "पता नहीं किसने खाया": {"Q": False},
    "dekho kaun aa gaya": {"Q": False},
    "dekhte h kitne din chalta h ye phone": {"Q": False},
    "wo batayega kab tak khulega": {"Q": False},
    "jaanti hu kitni busy h tu": {"Q": False},
    "देखते हैं कौन जीतता है": {"Q": False},
    # ... near misses: the same verbs asked about
    "hum kab dekhte h wo nayi movie?": {"Q": True},
    "tu kab batayega result": {"Q": True},
    # ... but a "?" still asks
    "bata dena kab aa rahe ho?": {"Q": True},
    # a relative clause and "kab ka" (long ago) ...
    "wo report jo kab se atki thi aaj clear hui": {"Q": False},
    "wo kab ka so gaya": {"Q": False},
    "वो कब की जा चुकी": {"Q": False},
    # ... near misses: "kab se", "kab ka" and "kab tak" asking
    "tu kab se office ja rha h": {"Q": True},
    "ye kab ka plan h": {"Q": True},
    "kab tak aayegi tu": {"Q": True},
    # a counter-question of a quarrel asks nothing, even with "?", and denies what one is blamed
    # for having said
    "maine kab bola ki main nahi aaunga": {"Q": False, "DEF": True},
    "maine kab bola?": {"Q": False, "DEF": True},
    "maine kabhi nahi kaha aisa": {"Q": False, "DEF": True},
    # "kaha" is "said" as well as "where" (both read "kahan"): said after an ergative subject ...
    "usne kaha ki wo kal aayega": {"Q": False},
    "tune kaha tha tu call karega": {"Q": False},
    # ... or after a relative word ("as much as I was told") or "kuch" (said something) ...
    "jitna kaha utna kar diya maine": {"Q": False},
    "jaisa kaha tha waisa hi hua": {"Q": False},
    "usne bhi kuch kaha tha": {"Q": False},
    # ... where before the verb of putting or going
    "tune kaha rakha mera chashma": {"Q": True},
    "tu kal kaha tha": {"Q": True},
    # "kabhi ... nahi hota" of the reader blames them; of oneself, a thing or a talk, no one
    "tujhse kabhi ek kaam dhang se nahi hota": {"CRI": True},
    "mujhse kabhi kuch nahi hota": {"CRI": False},
    "tumse kabhi baat nahi hoti": {"CRI": False},
}


@pytest.fixture(scope="module")
def predicted() -> dict[str, dict[str, bool]]:
    return gold_flags_after_dev("hi", CASES)


@pytest.mark.parametrize("text", tuple(CASES))
def test_question_word_inside_a_clause(predicted, text):
    got = predicted[text]
    assert {k: got[k] for k in CASES[text]} == CASES[text]


def test_no_case_is_a_dev4_message():
    dev4 = {it.text for it in gold.load_gold(score.part_file("hi", "dev4"))}
    assert len(dev4) == 123
    assert not dev4 & set(CASES)


def test_only_hindi_asks_with_a_question_word_beside_a_verb():
    for code in sorted(pack.available()):
        words = json.loads((pack.LEXICON_DIR / code / "words.json").read_text(encoding="utf-8"))
        assert words["wh_inside_verb"] == (["kya"] if code == "hi" else []), code


def test_exclamations_of_several_words_are_read_in_full():
    from analyzer.nlp.acts import act_rules

    rules = act_rules(pack.load_pack("hi"))
    assert ("din", "baad") in rules.wh_exclamation_after["kitne"]
    assert "din baad" not in rules.wh_exclamation_next["kitne"]
    assert "din" not in rules.wh_exclamation_next["kitne"]  # "kitne din ke liye" asks
    assert act_rules(pack.english()).wh_exclamation_after == {"what": (), "how": ()}
