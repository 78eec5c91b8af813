"""Mockery that takes the support out of a whole message.

Praise, sympathy and good wishes said in mockery are not support: "u got this... said no one
ever", "wow ur so brave, u ordered ur own pizza 🙄", "you are brave for still using the site
sweatie", "Look at you, Mr Independent! You're such a big boy! I'm so proud of you!", "I'm
cringing for you. Good luck in your future after this." The words are the pack's
``experiencer.json`` (``mock_markers``, ``mock_signs``, ``mock_vocatives``, ``warmth_signs``,
with ``address_titles`` for "mr ...", "little miss ..."); a pack that leaves them empty reads no
mockery.

The rule, from the strongest cue to the weakest:

- a mock marker anywhere ("said no one ever", "sweatie", "bucko", "cringing for you", "you have
  it all figured out") mocks the message on its own: these words are not said in earnest;
- a mock sign of the raw text ("🙄") mocks when the message speaks to the reader and names no
  third person (an eye-roll at "him" or "her" beside support for the reader is the reader's
  side taken, not a taunt);
- a condescending name for the reader in address position ("..., kiddo.", "sweetie", "champ",
  "mr independent") is said as often in affection as in contempt ("ur doing amazing sweetie",
  "you deserve it all champ", "so proud of you kiddo ❤️"), so it mocks only in a hostile
  message (criticism, invalidation, complaint or defensiveness counted: "Look at you, Mr
  Independent! You're such a big boy!") and then not beside a sign of warmth ("❤️", "xx"): a
  parent's "you're such a big boy, so proud of you kiddo ❤️" stays support, though "you're
  such a" counts as criticism. Two such names with no hostility ("proud of you buddy, you did
  great pal") are not read as mockery: friends talk like that.
"""

from __future__ import annotations

from analyzer.nlp.experiencer import _has_sequence
from analyzer.nlp.experiencer_rules import ExperiencerRules
from analyzer.nlp.normalise import MARKERS

#: words that stand for a name the data sets replaced ("[NAME]"): "Mr [NAME]" is a real name
_NAME_SLOT = frozenset({"name"})


def _closes(words: tuple[str, ...], k: int, rules: ExperiencerRules) -> bool:
    """``words[k]`` ends a clause: the end of the message, punctuation, or laughter."""
    return k >= len(words) or words[k] in MARKERS or words[k] in rules.laughter


def _not_a_predicate(words: tuple[str, ...], k: int, rules: ExperiencerRules) -> bool:
    """The name at ``words[k]`` is said to the reader, not of someone: no determiner, possessive
    or word of the writer's before it ("like *a* champ", "*my* kid", "call *me* little miss")."""
    if k == 0:
        return True
    before = words[k - 1]
    return not (
        before in rules.determiners or before in rules.possessives or before in rules.writer
    )


def _name_at(words: tuple[str, ...], k: int, rules: ExperiencerRules) -> int:
    """The length of a condescending name said to the reader at ``words[k]`` (0: none)."""
    if not _not_a_predicate(words, k, rules):
        return 0
    for seq in rules.mock_vocatives:
        if words[k : k + len(seq)] == seq and _closes(words, k + len(seq), rules):
            return len(seq)
    for seq in sorted(rules.address_titles, key=len, reverse=True):  # "little miss" first
        end = k + len(seq)
        if (
            words[k:end] == seq
            and end < len(words)
            and words[end] not in MARKERS
            and words[end] not in _NAME_SLOT
            and _closes(words, end + 1, rules)
        ):
            return len(seq) + 1
    return 0


def vocatives(words: tuple[str, ...], rules: ExperiencerRules) -> int:
    """How many condescending names the message calls the reader, in address position: a
    ``mock_vocatives`` entry or an address title with one word after it ("mr independent", not
    "Mr [NAME]"), ending its clause and not a predicate ("ur handling this like a champ")."""
    count = k = 0
    while k < len(words):
        n = _name_at(words, k, rules)
        count += n > 0
        k += n or 1
    return count


def mocking(words: tuple[str, ...], raw: str, hostile: bool, rules: ExperiencerRules) -> bool:
    """The message mocks the reader (the rule is in the module's docstring); ``hostile``: the
    message counts criticism, invalidation, complaint or defensiveness."""
    if rules.mock_markers and _has_sequence(words, rules.mock_markers):
        return True
    if (
        any(sign in raw for sign in rules.mock_signs)
        and not rules.reader.isdisjoint(words)
        and rules.third.isdisjoint(words)
    ):
        return True
    if not rules.mock_vocatives:
        return False
    if not hostile or not vocatives(words, rules):
        return False
    low = raw.lower()
    return not any(sign in low for sign in rules.warmth_signs)
