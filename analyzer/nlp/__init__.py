"""The NLP pass: one ``nlp.pipe`` over every text message, turned into plain feature columns.

The interface the measures rely on:

``analyzer.nlp.features.extract(annotated, *, spacy_model=None, n_process=1) -> Features``
where ``annotated`` is ``structure.annotate(messages)`` and ``Features`` is a small frozen
dataclass with ``frame`` (a DataFrame with the same index as ``annotated``) and ``language``
(the code guessed for the whole chat by :mod:`analyzer.nlp.language`: "en", "pt", "hi-Latn",
"ru", or "und-Cyrl" for a script whose languages could not be told apart) and
``lexicon_applied`` (bool: False when the language has no emotion reading; then the lexicon
columns are NaN / False / "", only question marks make a question, and the report says why)
and ``languages`` (text messages per language code, most first: each message's own language by
:func:`analyzer.nlp.language.message_languages`, the chat's language as the prior).
``n_process > 1`` forks that many workers over the distinct texts (where ``fork`` exists); each
returns plain arrays, so the frame is identical to ``n_process=1``. ``n_process="auto"`` (what
``analyze()`` passes by default, from ``Settings.nlp_processes``) uses 2 workers for more than
20k distinct texts on a Linux machine with at least 2 CPUs, else 1.

Feature columns (non-text messages get 0 / False / NaN as noted):

===================  ========  ====================================================================
column               dtype     meaning
===================  ========  ====================================================================
words                int64     word tokens (not punctuation, not emoji)
chars                int64     characters of text
emoji                int64     emoji count
emoji_affection ...  int64     emoji per relational category: emoji_affection, emoji_laughter,
                               emoji_sadness, emoji_annoyance, emoji_support, emoji_ambiguous
emphasis             bool      elongation ("sooo"), repeated !!!/???, or ALL CAPS word
valence              float64   VADER compound with chat corrections, -1..1 (NaN for non-text)
tier                 float64   deepest depth tier in the message 0..3 (NaN when lexicon off); the
                               lexicon's, raised to 2 where the emotion model reads a clear emotion
emotion_words        float64   count of lexicon words/phrases of tier >= 2 (NaN when lexicon off)
emotion_terms        string    those terms' lemmas, space-separated ("" when none); a statement
                               the emotion model raised to tier 2 lists the model's strongest word
emotion_score        float64   emotion model's probability that the message states a clear emotion
                               (``analyzer/nlp/emotion.py``), for the statements it may raise:
                               NaN where the lexicon already gave tier >= 2, for questions, minimal
                               replies, responses (support, thanks, criticism ...) and messages
                               that name a feeling of the reader, and when the lexicon is off
cat_<category>       float64   matches per category: hard, soft, flat, fear, affection, gratitude,
                               repair, validation, support, invalidation, criticism,
                               defensiveness, reassurance, hedge, disappointment, loneliness,
                               complaint (about the partner: "you don't listen"); added by the
                               NLP work: cat_joy (positive named emotions: happy, relieved)
feeling              bool      first-person feeling statement (not in a question/conditional)
feeling_valence      float64   valence of that statement (NaN when none)
feeling_tier         float64   tier of that statement (NaN when none)
question             bool      asks a question (with or without "?")
question_other       bool      asks about the other person ("how are you", "are you ok")
followup             bool      follow-up to the partner's previous turn in the session
at_partner           bool      a criticism, complaint, disappointment or loneliness match in a
                               sentence addressed to the reader ("you"): about the partner, not
                               about someone else (``analyzer/nlp/aim.py``)
reflection           bool      names a feeling whose experiencer is the reader, outside a question
                               or a condition ("you seem exhausted", "I can tell you're worried",
                               "it must be hard for you"): a reflection of the other's feeling,
                               counted as validation (``cat_validation``), never as the writer's
                               tier, emotion words/terms, categories or feeling statement
                               (``analyzer/nlp/experiencer.py``; rule in docs/whose-feeling.md)
reflected_terms      string    the reflected feeling terms, space-separated ("" when none), so a
                               report can say "reflected Ana's feeling" with the words that did it
minimal              bool      minimal reply ("ok", "k", a lone 👍 or emoji)
laughter             bool      "haha", "lol", 😂 ...
fw_<category>        int64     function words per LSM category: fw_ppron, fw_ipron, fw_article,
                               fw_prep, fw_auxverb, fw_adverb, fw_conj, fw_negate, fw_quant
===================  ========  ====================================================================
"""
