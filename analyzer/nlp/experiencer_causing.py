"""The reader as the object of a causing verb: "this must be stressing *you* out", "i hate that
he hurt *you*", "dont let him get to *you*". Such a feeling is the reader's whoever the subject
is, and a reflection unless the writer is the one who causes it ("did *i* upset you", "sorry to
bother you"). Step 1 of the rule in ``docs/whose-feeling.md``; the phrases are ``causing`` in
each pack's ``experiencer.json``, with ``*`` for the reader's slot."""

from __future__ import annotations

from analyzer.nlp.experiencer_rules import ExperiencerRules
from analyzer.nlp.normalise import MARKERS


def causing_at(
    words: tuple[str, ...], i: int, rules: ExperiencerRules, stems: tuple[str, ...] | None = None
) -> int:
    """The end of a causing phrase that starts at ``words[i]`` with the reader as its object
    ("stressing *you* out", "get to *you*", "break *your* heart"), or 0. Not when a blocker
    follows it ("it won't hurt you *to* ask")."""
    if not rules.causing:
        return 0
    entries = rules.causing.get(stems[i] if stems is not None else rules.stem(words[i]))
    if entries is None:
        return 0
    n = len(words)
    if not words[i].endswith(rules.gerund_suffix):
        k = i - 1
        while k >= 0 and (
            words[k] in rules.state_path
            and words[k] not in rules.copulas
            or (len(words[k]) > 4 and words[k].endswith(rules.state_suffixes))
        ):
            k -= 1
        if k >= 0 and words[k] in rules.copulas:
            return 0  # "i'm so scared you ...", "you seem upset": an adjective, no cause
    slot = rules.causing_slot
    if rules.causing_generic and not rules.generic_modals.isdisjoint(words[max(0, i - 3) : i]):
        slot = slot | rules.causing_generic
    for rest in entries:
        k = i + 1
        for tok in rest:
            if k >= n or not (words[k] in slot if tok == "*" else words[k] == tok):
                break
            k += 1
        else:
            if k > i + 1 and (
                k >= n
                or (
                    words[k] not in rules.causing_blockers
                    and not (rest[-1] == "*" and words[k] in rules.verbs_after_object)
                    and not (rest[-1] == "*" and words[k] in rules.question_starts)
                    and not (rest[-1] == "*" and words[k] in rules.reader_frames)
                )
            ):
                return k  # not "worried *you are* ...", "embarrassing *you think* ...": the slot
                # is a new clause's subject
    return 0


def caused_by_writer(words: tuple[str, ...], i: int, rules: ExperiencerRules) -> bool:
    """The writer is the one who causes the feeling at ``words[i]`` ("did *i* upset you", "i'm
    sorry *i* scared you", "sorry to bother you", "i didn't mean to hurt you"): an apology or
    an admission, not a reflection. Auxiliaries, negators and adverbs before the verb are
    passed over; after an infinitive marker, the writer causes it unless the clause has another
    subject ("it's starting to get to you", "work seems to be crushing you")."""
    k = i - 1
    while (
        k >= 0
        and words[k] not in rules.infinitive
        and (
            words[k] in rules.state_path
            or words[k] in rules.question_starts
            or words[k] in rules.frame_negators
            or (len(words[k]) > 4 and words[k].endswith(rules.state_suffixes))
        )
    ):
        k -= 1
    if k < 0:
        return False
    if words[k] in rules.writer:
        return True
    if words[k] in rules.infinitive:
        c0 = k
        while c0 > 0 and words[c0 - 1] not in MARKERS:
            c0 -= 1
        before = words[c0:k]
        if not rules.writer.isdisjoint(before):
            return True
        return not any(
            w in rules.dummy
            or w in rules.third
            or w in rules.person_nouns
            or w in rules.determiners
            or w in rules.like_frames
            for w in before
        )  # "sorry to bother you" (not "work seems to be crushing you", "it's starting to ...")
    return False
