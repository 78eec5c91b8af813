"""The Hindi pack on the development part of its chat-register gold set: what is specific to
Hindi. The exact counts of every detector, the English floors and the frozen part's registration
are checked for every language in ``tests/langgold/test_dev_scores.py``."""

from __future__ import annotations

from tests.langgold.hi import score


def test_language_of_messages_of_three_words_or_more():
    # in a chat in romanised Hindi (how the gold set is read), and in an English chat (each
    # message must leave English on its own evidence); a Hinglish message with one Hindi word and
    # more English ones ("proud of you yaar") goes to English and counts as wrong here; with two
    # Hindi words its English ones no longer count against it ("sorry yaar, late ho gaya")
    assert score.language_right(score.DEV_FILE, "hi-Latn") == (205, 202)
    assert score.language_right(score.DEV_FILE, "en") == (205, 199)
    assert 199 / 205 >= 0.95


def test_dev_part_is_read_by_the_hindi_pack_in_both_scripts():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 236
    row = {it.text: k for k, it in enumerate(items)}
    # romanised spellings people type, and Devanagari, read alike
    assert feats["tier"][row["tum theek ho?"]] < 2  # asking after the reader is no disclosure
    assert feats["question"][row["tum theek ho?"]] and feats["question_other"][row["tum theek ho?"]]
    for text in ("आज का दिन कैसा रहा?", "क्या हुआ?"):
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text
    assert feats["tier"][row["mujhe tumhari yaad aati hai"]] == 3
    assert feats["feeling"][row["mujhe tumhari yaad aati hai"]]
    assert feats["feeling"][row["yaar main bahut pareshan hoon"]]
    assert feats["tier"][row["मैं अकेला महसूस कर रहा हूँ"]] == 3
    # whose feeling: the reader's trouble said back to them is a reflection (support), not the
    # writer's feeling; a third person's keeps its tier without being a feeling statement
    seen = "tu pareshan lag rhi h, sab thik ho jayega"
    assert not feats["feeling"][row[seen]] and feats["tier"][row[seen]] == 1
    assert feats["cat_support"][row[seen]] + feats["cat_validation"][row[seen]] > 0
    assert feats["tier"][row["mummy bahut pareshan thi kal raat"]] == 2
    assert not feats["feeling"][row["mummy bahut pareshan thi kal raat"]]
