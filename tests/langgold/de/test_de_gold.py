"""The German pack on the development part of its chat-register gold set: what is specific to
German. The exact counts of every detector, the English floors and the frozen part's registration
are checked for every language in ``tests/langgold/test_dev_scores.py``."""

from __future__ import annotations

from tests.langgold.de import score
from tests.nlp import gold


def test_dev_part_is_read_as_german():
    items, feats = score.features_of(score.DEV_FILE)
    assert len(items) == len(feats) == 287
    row = {it.text: k for k, it in enumerate(items)}
    # whose feeling: the reader's annoyance asked about and a past observation of the reader's
    # sadness are not the writer's feeling; a reflection of it is support; a third person's
    # anger keeps its tier without being the writer's feeling statement
    assert feats["tier"][row["bist du immer noch genervt wegen gestern"]] == 1
    assert not feats["feeling"][row["du sahst beim mittagessen traurig aus"]]
    assert feats["cat_validation"][row["du wirkst echt erschoepft"]] > 0
    mother = row["meine mutter war beim essen voll sauer"]
    assert (feats["tier"][mother], bool(feats["feeling"][mother])) == (2, False)
    # a dative experiencer ("mir is ...") is the writer's
    assert feats["feeling"][row["mir is so schlecht vor aufregung"]]
    assert feats["tier"][row["mir is so langweilig"]] == 1


def test_language_of_each_dev_message():
    """Messages of three words or more: all stay German in a German chat; on their own evidence
    (no chat prior) 254 of 258 are German, and in an English chat 246 of 258 leave English."""
    import pandas as pd

    from analyzer.nlp import language

    texts = pd.Series([it.text for it in gold.load_gold(score.DEV_FILE)])
    long = (texts.str.split().str.len() >= 3).to_numpy()
    assert int(long.sum()) == 258
    got = {
        prior: int((language.message_languages(texts, prior)[long] == "de").sum())
        for prior in ("de", language.NO_PRIOR, "en")
    }
    assert got == {"de": 258, language.NO_PRIOR: 254, "en": 246}
