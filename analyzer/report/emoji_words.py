"""Emoji as words, for the PDF (its font, DejaVu Sans, has no emoji): a short word in the
report's language between square brackets ("[heart]", "[coração]", "[Herz]").

The emoji people send most have our own short words, in the report's catalogue
(:data:`WORDS`, by the emoji's English Unicode name). Any other emoji is named by its Unicode
(CLDR) short name in the report's language, as the ``emoji`` package holds it, or in English
when it has none for that language. Skin tones and other modifiers are left out of the word.
"""

from __future__ import annotations

import re
from functools import cache

from analyzer.report import i18n
from analyzer.report.i18n import N_, _

#: Our own words for the emoji chats use most, by the emoji's English name (``emoji``'s
#: ``:red_heart:`` without its colons).
WORDS = {
    "red_heart": N_("heart"),
    "red_heart_selector": N_("heart"),
    "two_hearts": N_("hearts"),
    "sparkling_heart": N_("hearts"),
    "thumbs_up": N_("thumbs up"),
    "face_with_tears_of_joy": N_("laughing"),
    "rolling_on_the_floor_laughing": N_("laughing"),
    "folded_hands": N_("folded hands"),
    "smiling_face_with_smiling_eyes": N_("smile"),
    "slightly_smiling_face": N_("smile"),
    "smiling_face_with_heart-eyes": N_("heart eyes"),
    "smiling_face_with_hearts": N_("in love"),
    "face_blowing_a_kiss": N_("kiss"),
    "crying_face": N_("crying"),
    "loudly_crying_face": N_("sobbing"),
    "grinning_face_with_sweat": N_("nervous laugh"),
    "winking_face": N_("wink"),
    "smiling_face_with_open_hands": N_("hug"),
    "hugging_face": N_("hug"),
    "pensive_face": N_("sad"),
    "waving_hand": N_("waving"),
    "party_popper": N_("party"),
    "fire": N_("fire"),
    "OK_hand": N_("OK"),
}
#: An emoji's word as the PDF writes it.
IN_BRACKETS = N_("[{word}]")
#: Skin tones, hair styles and the joiners and selectors around them.
_MODIFIERS = re.compile(
    "[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]|\u200d[\U0001f9b0-\U0001f9b3]"
)
#: Languages the ``emoji`` package names emoji in.
_NAMED_IN = frozenset({"en", "es", "ja", "ko", "pt", "it", "fr", "de", "fa", "id", "zh", "ru"})


@cache
def _load(code: str) -> bool:
    import emoji

    if code in _NAMED_IN and code != "en":
        emoji.config.load_language(code)
    return True


def word(english: str, data: dict) -> str:
    """The word for an emoji: ours (:data:`WORDS`) when we have one, else its short name in
    the report's language (or in English), without colons or underscores."""
    name = english.strip(":")
    if name in WORDS:
        return _(WORDS[name])
    code = i18n.current()
    local = data.get(code) if code in _NAMED_IN else None
    return (local or english).strip(":").replace("_", " ")


def emoji_as_words(text: str) -> str:
    """``text`` with every emoji as its word in square brackets, in the report's language."""
    import emoji

    _load(i18n.current())
    bracket = _(IN_BRACKETS)

    def named(chars: str, data: dict) -> str:
        base = _MODIFIERS.sub("", chars)
        found = emoji.EMOJI_DATA.get(base) or emoji.EMOJI_DATA.get(base + "\ufe0f") or data
        return bracket.format(word=word(found["en"], found))

    return emoji.replace_emoji(text, replace=named)
