"""The French pack on the development part of its chat-register gold set: what is specific to
French. The exact counts of every detector, the English floors and the frozen part's registration
are checked for every language in ``tests/langgold/test_dev_scores.py``."""

from __future__ import annotations

from tests.langgold.fr import score


def test_dev_part_is_read_as_french():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 286
    row = {it.text: k for k, it in enumerate(items)}
    # whose feeling: a past observation of the reader's stress is not the writer's feeling;
    # "tu me manques" is the writer missing the reader (tier 3, a feeling statement)
    assert not feats["feeling"][row["hier t'étais trop stressé a la soirée"]]
    assert feats["tier"][row["hier t'étais trop stressé a la soirée"]] == 1
    assert feats["tier"][row["tu me manques"]] == 3 and feats["feeling"][row["tu me manques"]]
    # elision ("j'suis", "chui"); questions by intonation, "est-ce que" and inversion
    assert feats["feeling"][row["j'suis hyper stressée pour l'exam de demain"]]
    assert feats["tier"][row["chui trop triste aujourd'hui"]] == 2
    asking = ("tu fais quoi", "est-ce que ça va toi ?", "comment allez-vous depuis l'opération ?")
    for text in asking:
        assert feats["question"][row[text]] and feats["question_other"][row[text]], text
