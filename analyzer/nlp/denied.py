"""A feeling the partner has just denied, named back in a fragment: the partner's, not the writer's.

"I'm not angry I'm just disappointed" answered by "bit angry" (or "kinda mad tho", "little bit
upset") contradicts the partner's denial: it says the *partner* is angry, a tease or a
challenge. Read alone, a feeling with no subject is the writer's ("bit angry" = "I'm a bit
angry"), so such a reply used to be counted as the writer's own feeling statement.

The rule, the same for every pack (its words: ``words.json`` ``feeling_subjects``,
``feeling_objects``, ``other_subjects`` and the lexicon's negation): a message of at most
:data:`MAX_WORDS` words that is a feeling statement, names nobody (no subject or object word of
the pack), and whose feeling term was said *negated* by a first person in the message right
before it, by someone else in the same session. Such a fragment is no feeling statement of the
writer's and no tier above 1 (the feeling it names is the reader's, as in
``docs/whose-feeling.md``). "me too", "same, so tired" and "i'm a bit angry" name the writer and
keep their reading; a reply that echoes a feeling the partner *stated* ("i'm so tired" ->
"so tired") is shared, not contradicted, and keeps it too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Longest fragment read as answering a denial ("a little bit angry tho": 5 words is a sentence).
MAX_WORDS = 4


#: The categories of a feeling (not of an act): the fragment's are the reader's.
FEELING_CATEGORIES = ("hard", "soft", "flat", "fear", "affection", "joy", "loneliness")


def find(
    annotated: pd.DataFrame,
    read: pd.Series,
    feeling: np.ndarray,
    rows_lang: np.ndarray,
    pipeline,
) -> np.ndarray:
    """Rows whose feeling statement names back a feeling the partner's message right before it
    denied. ``feeling`` is the feeling-statement flag per row, ``rows_lang`` the pipeline
    language of each row (``""`` where no pack reads it); ``pipeline(code)`` gives that language's
    spaCy pipeline (the pass's ``build_pipeline``, cached)."""
    from analyzer.nlp.feelings import feeling_rules
    from analyzer.nlp.pack import load_pack

    n = len(read)
    out = np.zeros(n, dtype=bool)
    if n < 2:
        return out
    authors = annotated["author"].astype("object").to_numpy()
    sessions = annotated["session_id"].to_numpy()
    lang = np.asarray(rows_lang, dtype=object)
    short = read.str.split().str.len().fillna(99).to_numpy() <= MAX_WORDS
    prev_ok = np.r_[False, (sessions[1:] == sessions[:-1]) & (authors[1:] != authors[:-1])]
    prev_ok &= np.r_[False, lang[1:] == lang[:-1]]
    cand = np.flatnonzero(np.asarray(feeling, dtype=bool) & short & prev_ok & (lang != ""))
    for i in cand:
        nlp = pipeline(lang[i])
        r = feeling_rules(load_pack(lang[i]))
        doc = nlp(str(read.iat[i]))
        words = doc._.chat_text.words
        persons = r.subjects | r.objects | r.other_subjects
        if not persons.isdisjoint(words):
            continue  # "i'm a bit angry", "you're a bit angry", "me too": someone is named
        said = {m.entry.term for m in doc._.chat_lex.matches if not m.negated}
        prev = nlp(str(read.iat[i - 1]))
        pwords = prev._.chat_text.words
        denied = {
            m.entry.term
            for m in prev._.chat_lex.matches
            if m.negated and m.entry.tier >= 2 and not r.subjects.isdisjoint(pwords[: m.start])
        }
        if said & denied:
            out[i] = True
    return out


def apply(rows: np.ndarray, cats: np.ndarray, floats: np.ndarray, flags: np.ndarray, terms) -> None:
    """The fragments of ``rows`` hold the reader's feeling: no feeling statement, emotion word,
    feeling category or tier above 1 of the writer's (in place, on
    :func:`analyzer.nlp.features.extract`'s arrays)."""
    if not rows.any():
        return
    from analyzer.nlp.normalise import CATEGORIES

    for c in FEELING_CATEGORIES:
        cats[rows, CATEGORIES.index(c)] = 0.0
    flags[rows, 1] = False  # feeling statement
    floats[rows, 1] = np.minimum(np.nan_to_num(floats[rows, 1], nan=0.0), 1.0)  # tier
    floats[rows, 2] = 0.0  # emotion words
    floats[rows, 3] = 0.0  # feeling tier
    terms[rows] = ""
