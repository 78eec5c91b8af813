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
clause markers, emoji, the word-list files), :mod:`~analyzer.nlp.lexicon` (the depth lexicon,
read and indexed in :mod:`~analyzer.nlp.lexicon_index`, and its matching, in
:mod:`~analyzer.nlp.lexicon_scan`, with the token patterns of :mod:`~analyzer.nlp.patterns` (read
from each language's ``lexicons/<language>/patterns.toml``), and whose feeling each word is,
:mod:`~analyzer.nlp.experiencer`), :mod:`~analyzer.nlp.acts`
(questions, minimal replies, laughter), :mod:`~analyzer.nlp.feelings` (feeling statements and
function words) and :mod:`~analyzer.nlp.valence`. This module only wraps them as components.

The components are the NLP pass's public spaCy interface (``nlp.add_pipe("depth_lexicon")`` in
a pipeline of one's own). ``features.py`` calls the very same functions in the same order through
:func:`analyse_doc`, one call per Doc, instead of letting ``nlp.pipe`` run seven components: that
saves the per-component Doc-extension traffic (5-15 % of the pass), and a test checks on real text
that both ways give the same results.

Every factory takes a ``language`` config (default ``"en"``): the components read that language's
pack (``analyzer/lexicons/<code>/``, :mod:`~analyzer.nlp.pack`), and build its structures once,
when the pipeline is made (``nlp.add_pipe("depth_lexicon", config={"language": "pt"})``;
:func:`add_components` passes it to all of them). ``features.py`` reads each message with the pack
of its language and switches the lexicon columns off for messages in a language without one.
Nothing here downloads anything.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.acts import ActRules, act_rules, detect_acts
from analyzer.nlp.aim import AimRules, aim_rules
from analyzer.nlp.feelings import FeelingRules, count_function_words, detect_feeling, feeling_rules
from analyzer.nlp.lexicon import Lexicon, load_lexicon, match_lexicon
from analyzer.nlp.normalise import (
    Normaliser,
    count_emoji,
    function_word_map,
    normalise_doc,
    normaliser,
)
from analyzer.nlp.pack import Pack, load_pack
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


class LanguageRules(NamedTuple):
    """Everything the components derive from one language pack, built once per pack."""

    pack: Pack
    norm: Normaliser
    acts: ActRules
    feelings: FeelingRules
    function_words: dict[str, int]
    aim: AimRules


@cache
def _language_rules(pack: Pack) -> LanguageRules:
    return LanguageRules(
        pack,
        normaliser(pack),
        act_rules(pack),
        feeling_rules(pack),
        function_word_map(pack),
        aim_rules(pack),
    )


def language_rules(language: str = "en") -> LanguageRules:
    """The :class:`LanguageRules` of ``language`` (its pack's, built once per process)."""
    return _language_rules(load_pack(language))


class ChatNormalizer:
    def __init__(self, language: str = "en") -> None:
        self.norm = language_rules(language).norm

    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_text", normalise_doc(doc, None, self.norm))
        return doc


class ChatEmoji:
    def __call__(self, doc: Doc) -> Doc:
        _set(doc, "chat_emoji", count_emoji(_require(doc, "chat_text", "chat_emoji").raw))
        return doc


class DepthLexicon:
    def __init__(self, language: str = "en") -> None:
        self.lexicon = load_lexicon(language)

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "depth_lexicon")
        _set(doc, "chat_lex", match_lexicon(text, text.raw, self.lexicon))
        return doc


class ChatActs:
    def __init__(self, language: str = "en") -> None:
        self.rules = language_rules(language).acts

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_acts")
        lex = _require(doc, "chat_lex", "chat_acts")
        emoji = _require(doc, "chat_emoji", "chat_acts")
        _set(doc, "chat_acts", detect_acts(text, lex, emoji, self.rules))
        return doc


class FeelingDetector:
    def __init__(self, language: str = "en") -> None:
        self.rules = language_rules(language).feelings

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "feeling_detector")
        lex = _require(doc, "chat_lex", "feeling_detector")
        acts = _require(doc, "chat_acts", "feeling_detector")
        _set(doc, "chat_feeling", detect_feeling(text, lex, acts, self.rules))
        return doc


class FunctionWords:
    def __init__(self, language: str = "en") -> None:
        self.table = language_rules(language).function_words

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "function_words")
        _set(doc, "chat_fw", count_function_words(text, self.table))
        return doc


class ChatValence:
    def __init__(self, language: str = "en") -> None:
        self.scorer = ValenceScorer(language)

    def __call__(self, doc: Doc) -> Doc:
        text = _require(doc, "chat_text", "chat_valence")
        lex = _require(doc, "chat_lex", "chat_valence")
        emoji = _require(doc, "chat_emoji", "chat_valence")
        feeling = _require(doc, "chat_feeling", "chat_valence")
        _set(doc, "chat_valence", self.scorer.score(text.raw, text, lex, emoji, feeling))
        return doc


@Language.factory("chat_normalizer", default_config={"language": "en"})
def make_chat_normalizer(nlp: Language, name: str, language: str) -> ChatNormalizer:
    """Slang expansion, de-elongation, clause markers, word count, emphasis."""
    return ChatNormalizer(language)


@Language.factory("chat_emoji", default_config={"language": "en"})
def make_chat_emoji(nlp: Language, name: str, language: str) -> ChatEmoji:
    """Emoji counts per relational category (shared by every language)."""
    return ChatEmoji()


@Language.factory("depth_lexicon", default_config={"language": "en"})
def make_depth_lexicon(nlp: Language, name: str, language: str) -> DepthLexicon:
    """Depth-lexicon matches: tier, categories, emotion terms."""
    return DepthLexicon(language)


@Language.factory("chat_acts", default_config={"language": "en"})
def make_chat_acts(nlp: Language, name: str, language: str) -> ChatActs:
    """Questions, questions about the other, follow-up cues, minimal replies, laughter."""
    return ChatActs(language)


@Language.factory("feeling_detector", default_config={"language": "en"})
def make_feeling_detector(nlp: Language, name: str, language: str) -> FeelingDetector:
    """First-person feeling statements."""
    return FeelingDetector(language)


@Language.factory("function_words", default_config={"language": "en"})
def make_function_words(nlp: Language, name: str, language: str) -> FunctionWords:
    """Function-word counts for style matching."""
    return FunctionWords(language)


@Language.factory("chat_valence", default_config={"language": "en"})
def make_chat_valence(nlp: Language, name: str, language: str) -> ChatValence:
    """VADER valence with chat corrections."""
    return ChatValence(language)


def analyse_doc(
    doc: Doc,
    raw: str,
    lexicon: Lexicon,
    scorer: ValenceScorer,
    rules: LanguageRules | None = None,
) -> tuple:
    """Every component's result for one tokenised ``doc`` made from ``raw``, in one call:
    ``(ChatText, EmojiCounts, LexResult, Acts, Feeling, function-word counts, valence)``.

    The same functions, in the same order, as the components of :data:`PIPE_NAMES`; used by
    ``features.py`` to skip the per-component Doc-extension traffic on the hot path. ``rules``
    are the language's (:func:`language_rules`; by default those of ``lexicon``'s pack).
    """
    if rules is None:
        rules = _language_rules(lexicon.pack)
    text = normalise_doc(doc, raw, rules.norm)
    emoji = count_emoji(raw)
    lex = match_lexicon(text, raw, lexicon)
    acts = detect_acts(text, lex, emoji, rules.acts)
    feeling = detect_feeling(text, lex, acts, rules.feelings)
    return (
        text,
        emoji,
        lex,
        acts,
        feeling,
        count_function_words(text, rules.function_words),
        scorer.score(raw, text, lex, emoji, feeling),
    )


def add_components(nlp: Language, language: str = "en") -> Language:
    """Append every component of :data:`PIPE_NAMES` to ``nlp`` (in order), reading the pack of
    ``language``, and return it."""
    for name in PIPE_NAMES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config={"language": language})
    return nlp
