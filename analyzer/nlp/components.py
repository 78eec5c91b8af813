"""The project's spaCy components: every ``@Language.factory`` of the NLP pass is registered here.

Each component reads what the ones before it stored and writes one Doc extension holding a small
immutable value (tuples, ints, floats), so docs pickle cheaply across ``n_process`` workers and
``features.py`` can turn them into plain columns. Order in the pipeline (see :data:`PIPE_NAMES`):

1. ``chat_normalizer`` -> ``doc._.chat_text`` (:class:`ChatText`): lowercased words after slang
   expansion ("idk" -> "i do not know") and de-elongation ("sooo" -> "so"), with clause markers
   ``.`` ``?`` ``,``; light stems of those words; word count; emphasis flag.
2. ``chat_emoji`` -> ``doc._.chat_emoji`` (:class:`EmojiCounts`): emoji per relational category.
3. ``depth_lexicon`` -> ``doc._.chat_lex`` (:class:`LexResult`): lexicon matches (longest
   phrase first), negation, tier, categories, emotion terms.
4. ``chat_acts`` -> ``doc._.chat_acts`` (:class:`Acts`): question, question about the other,
   follow-up cue, minimal reply, laughter, content stems (for follow-up overlap).
5. ``feeling_detector`` -> ``doc._.chat_feeling`` (:class:`Feeling`): first-person feeling
   statement, its tier, and whether a vulnerable statement was laughed off.
6. ``function_words`` -> ``doc._.chat_fw``: counts for the nine style-matching categories.
7. ``chat_valence`` -> ``doc._.chat_valence``: VADER compound with the chat corrections.

The rules themselves live in one module per stage: :mod:`~analyzer.nlp.normalise` (words, stems,
clause markers, emoji, the word-list files), :mod:`~analyzer.nlp.lexicon` (the depth lexicon and
its matching, with the token patterns of :mod:`~analyzer.nlp.patterns` (read from each
language's ``lexicons/<language>/patterns.toml``), and whose feeling each word is,
:mod:`~analyzer.nlp.experiencer`), :mod:`~analyzer.nlp.acts`
(questions, minimal replies, laughter), :mod:`~analyzer.nlp.feelings` (feeling statements and
function words) and :mod:`~analyzer.nlp.valence`. This module only wraps them as components.

The components are the NLP pass's public spaCy interface (``nlp.add_pipe("depth_lexicon")`` in
a pipeline of one's own). ``features.py`` calls the very same functions in the same order through
:func:`analyse_doc`, one call per Doc, instead of letting ``nlp.pipe`` run seven components: that
saves the per-component Doc-extension traffic (5-15 % of the pass), and a test checks on real text
that both ways give the same results.

All rules are written for English; ``features.py`` switches the lexicon columns off for chats in
other languages. Nothing here downloads anything.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.acts import detect_acts
from analyzer.nlp.feelings import count_function_words, detect_feeling
from analyzer.nlp.lexicon import Lexicon, load_lexicon, match_lexicon
from analyzer.nlp.normalise import count_emoji, normalise_doc
from analyzer.nlp.valence import ValenceScorer

#: Component names in pipeline order.
PIPE_NAMES: tuple[str, ...] = (
    "chat_normalizer",
    "chat_emoji",
    "depth_lexicon",
    "chat_acts",
    "feeling_detector",
    "function_words",
    "chat_valence",
)

# --------------------------------------------------------------------------------------------
# spaCy factories
# --------------------------------------------------------------------------------------------

_EXTENSIONS = (
    "chat_text", "chat_emoji", "chat_lex", "chat_acts", "chat_feeling", "chat_fw", "chat_valence",
)  # fmt: skip
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


_KEYS = {name: ("._.", name, None, None) for name in _EXTENSIONS}


def _require(doc: Doc, name: str, by: str):
    value = doc.user_data.get(_KEYS[name])
    if value is None:
        raise ValueError(
            f"component {by!r} needs {name!r}; add the components "
            f"in this order: {', '.join(PIPE_NAMES)}"
        )
    return value


def _set(doc: Doc, name: str, value) -> None:
    doc.user_data[_KEYS[name]] = value


class ChatNormalizer:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_text", normalise_doc(doc))
        return doc


class ChatEmoji:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_emoji", count_emoji(_require(doc, "chat_text", "chat_emoji").raw))
        return doc


class DepthLexicon:
    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "depth_lexicon")
        _set(doc, "chat_lex", match_lexicon(text, text.raw, self.lexicon))
        return doc


class ChatActs:
    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_acts")
        lex = _require(doc, "chat_lex", "chat_acts")
        emoji = _require(doc, "chat_emoji", "chat_acts")
        _set(doc, "chat_acts", detect_acts(text, lex, emoji))
        return doc


class FeelingDetector:
    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "feeling_detector")
        lex = _require(doc, "chat_lex", "feeling_detector")
        acts = _require(doc, "chat_acts", "feeling_detector")
        _set(doc, "chat_feeling", detect_feeling(text, lex, acts))
        return doc


class FunctionWords:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_fw", count_function_words(_require(doc, "chat_text", "function_words")))
        return doc


class ChatValence:
    def __init__(self) -> None:
        self.scorer = ValenceScorer()

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_valence")
        lex = _require(doc, "chat_lex", "chat_valence")
        emoji = _require(doc, "chat_emoji", "chat_valence")
        feeling = _require(doc, "chat_feeling", "chat_valence")
        _set(doc, "chat_valence", self.scorer.score(text.raw, text, lex, emoji, feeling))
        return doc


@Language.factory("chat_normalizer")
def make_chat_normalizer(nlp: Language, name: str) -> ChatNormalizer:
    """Slang expansion, de-elongation, clause markers, word count, emphasis."""
    return ChatNormalizer()


@Language.factory("chat_emoji")
def make_chat_emoji(nlp: Language, name: str) -> ChatEmoji:
    """Emoji counts per relational category."""
    return ChatEmoji()


@Language.factory("depth_lexicon")
def make_depth_lexicon(nlp: Language, name: str) -> DepthLexicon:
    """Depth-lexicon matches: tier, categories, emotion terms."""
    return DepthLexicon()


@Language.factory("chat_acts")
def make_chat_acts(nlp: Language, name: str) -> ChatActs:
    """Questions, questions about the other, follow-up cues, minimal replies, laughter."""
    return ChatActs()


@Language.factory("feeling_detector")
def make_feeling_detector(nlp: Language, name: str) -> FeelingDetector:
    """First-person feeling statements."""
    return FeelingDetector()


@Language.factory("function_words")
def make_function_words(nlp: Language, name: str) -> FunctionWords:
    """Function-word counts for style matching."""
    return FunctionWords()


@Language.factory("chat_valence")
def make_chat_valence(nlp: Language, name: str) -> ChatValence:
    """VADER valence with chat corrections."""
    return ChatValence()


def analyse_doc(doc: Doc, raw: str, lexicon: Lexicon, scorer: ValenceScorer) -> tuple:
    """Every component's result for one tokenised ``doc`` made from ``raw``, in one call:
    ``(ChatText, EmojiCounts, LexResult, Acts, Feeling, function-word counts, valence)``.

    The same functions, in the same order, as the components of :data:`PIPE_NAMES`; used by
    ``features.py`` to skip the per-component Doc-extension traffic on the hot path.
    """
    text = normalise_doc(doc, raw)
    emoji = count_emoji(raw)
    lex = match_lexicon(text, raw, lexicon)
    acts = detect_acts(text, lex, emoji)
    feeling = detect_feeling(text, lex, acts)
    return (
        text,
        emoji,
        lex,
        acts,
        feeling,
        count_function_words(text),
        scorer.score(raw, text, lex, emoji, feeling),
    )


def add_components(nlp: Language) -> Language:
    """Append every component of :data:`PIPE_NAMES` to ``nlp`` (in order) and return it."""
    for name in PIPE_NAMES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
