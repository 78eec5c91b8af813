"""The Italian pack on the development part of its chat-register gold set: what is specific to
Italian. The exact counts of every detector, the English floors and the frozen part's registration
are checked for every language in ``tests/langgold/test_dev_scores.py``."""

from __future__ import annotations

from tests.langgold.it import score


def test_dev_part_is_read_as_italian():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 260
    row = {it.text: k for k, it in enumerate(items)}
    # whose feeling: the reader's anger said of them is no disclosure, a reflection is support,
    # a third person's anger keeps its tier; "mi manchi" is the writer missing the reader
    when = "quando sei arrabbiata diventi rossa ahah"
    assert not feats["feeling"][row[when]] and feats["tier"][row[when]] == 1
    assert feats["reflection"][row["sembri triste amore"]]
    boss = "il mio capo era furioso stamattina"
    assert feats["tier"][row[boss]] == 2 and not feats["feeling"][row[boss]]
    assert feats["tier"][row["mi manchi"]] == 3 and feats["feeling"][row["mi manchi"]]
    # pro-drop and chat spellings: "sono giù", "nn ce la faccio più", "tvb"
    for text in ("sono giù", "nn ce la faccio più", "tvb"):
        assert feats["feeling"][row[text]] and feats["tier"][row[text]] == 3, text
    # questions by intonation; the polite "Lei" concedes like "tu"
    for text in ("come stai?", "tutto bene?", "come state voi?"):
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text
    assert feats["cat_repair"][row["ha ragione Lei, mi sono sbagliato"]] > 0
