"""The Portuguese pack on the development part of its chat-register gold set: what is specific
to Portuguese. The exact counts of every detector, the English floors and the frozen part's
registration are checked for every language in ``tests/langgold/test_dev_scores.py``."""

from __future__ import annotations

from tests.langgold.pt import score


def test_dev_part_is_read_as_portuguese():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 242
    # whose feeling: the reader's sadness in a question and a past observation of the reader's
    # nervousness are not the writer's feeling
    row = {it.text: k for k, it in enumerate(items)}
    assert feats["tier"][row["vc ta triste?"]] == 1
    assert not feats["feeling"][row["ontem vc tava mto nervoso na festa"]]
