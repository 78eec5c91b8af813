"""Whose feeling is it: the experiencer of a feeling word, decided from its clause.

Every feeling word in a message belongs to someone: the *writer* ("I'm so anxious", "it makes me
sad"), the *reader* ("you seem exhausted", "I can tell you're worried", "it must be hard for
you", "sounds like the deadline is making you anxious") or a *third party* ("my boss is
furious"). Only the writer's own feelings are the writer's disclosure. A feeling named about the
reader is a reflection of the other's feeling, which is support; a third party's feeling is part
of a story about one's life. ``docs/whose-feeling.md`` states the rule in words; this module is
the rule, and ``lexicons/<lang>/experiencer.json`` holds the words it reads, so that a language
pack carries the same rule with its own words.

The rule, for a feeling match ``words[start:end]`` (normalised words, markers ``.`` ``?`` ``,``):

1. an object right after the word decides first when it is the writer ("it scares *me*");
2. else the nearest subject before the word inside its clause (a pronoun after a preposition,
   "talking *to you*", is an object and passed over) (back to the last marker, at most
   :attr:`ExperiencerRules.window` words) decides: a reader word ("you", "your") -> reader
   (but "when you ..." is a generic you: undecided, unless a demonstrative points at the
   reader's state now: "when you're *this* stressed"); a writer word -> writer, unless it owns a
   person ("*my boss* is furious": third party); a third-party word or a person noun -> third
   party. Dummy subjects ("it", "that", "this") are passed over;
3. on the way back, a frame of understanding said by the writer ("I can see *why* ...",
   "I know *how* ...", "I understand *that* ...", not negated) or a "sounds / seems / looks like"
   frame ends the search: the feeling inside it is the reader's;
4. with no subject found: a wish ("hope (you) feel better"), a reaction opened by "that"
   ("that's so scary") or by "it" with the reader later in the sentence ("it's so disappointing
   when people bail on you"), an inference ("that *must* be embarrassing"), a feeling word after a
   dummy subject and followed by "you" or by "for / on / to you" ("it must be hard *for you*";
   not "so happy for you", the writer's own), or an imperative about the reader at the clause
   start ("*don't be* so anxious") -> reader; a gerund subject with the reader later in the
   sentence ("*being* offended doesn't make you right") -> reader, no reflection; else
   undecided (the writer's by default, as an elided subject is: "so tired of this").

What the pass does with it (``lexicon.py``): a reader's feeling never counts for the writer's
tier, emotion words, emotion terms, emotion categories or feeling statement; outside a question
and a condition it is a *reflection*, which counts as validation (once per message, and not when
the message already supports or validates: nothing is counted twice). An anger word said of the
reader without a frame ("you're always angry") is no reflection, only not the writer's.
"""

from __future__ import annotations

from functools import lru_cache

# the reader as a causing verb's object; callers read these through this module too
from analyzer.nlp.experiencer_causing import caused_by_writer, causing_at  # noqa: F401
from analyzer.nlp.experiencer_frames import (
    _advice_to_reader,
    _degree_subject,
    _frame_at,
    _frame_verb_said,
    _guessed_past,
    _joined_order,
    _nickname,
    _nonfinite_governor,
    _offer_after,
    _reader_after,
    _reader_framed,
    _state_words,
    coordinated_item,
    echoed_at,
    gerund_joined,
    list_clause_start,
    own_gerund,
    reader_elided,
    reader_goes_on,
    repeated_at,
    sentence_span,
    thing_predicate,
)

# the rules' words and the four answers live in experiencer_rules; callers read them through
# this module too
from analyzer.nlp.experiencer_rules import (  # noqa: F401
    BY_FRAME,
    BY_SUBJECT,
    READER,
    THIRD,
    UNDECIDED,
    WRITER,
    ExperiencerRules,
    load_rules,
)
from analyzer.nlp.normalise import MARKERS, SENT_END


@lru_cache(maxsize=64)
def _by_first_word(seqs: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``seqs`` grouped by their first word (each list is read once per language)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        if seq:
            out.setdefault(seq[0], []).append(seq)
    return {w: tuple(group) for w, group in out.items()}


def _has_sequence(words: tuple[str, ...], seqs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``seqs`` occurs in ``words``: one pass over the words, looking only at
    the sequences that begin with each word."""
    firsts = _by_first_word(seqs)
    for k, word in enumerate(words):
        for seq in firsts.get(word, ()):
            if words[k : k + len(seq)] == seq:
                return True
    return False


def sarcastic(words: tuple[str, ...], rules: ExperiencerRules) -> bool:
    """The message holds a sarcasm marker of the language ("must be so tough *being you*")."""
    return bool(rules.sarcasm) and _has_sequence(words, rules.sarcasm)


def task_difficulty(words: tuple[str, ...], end: int, rules: ExperiencerRules) -> bool:
    """A difficulty that ends at ``end`` is that of a task, not a feeling: an infinitive of a
    task verb follows ("it must be hard *to find* parking around there") and the reader is
    named nowhere in its sentence ("... to find work at *your* age" stays a reflection)."""
    if end >= len(words) or words[end] not in rules.infinitive:
        return False
    if not any(words[end + 1 : end + 1 + len(v)] == v for v in rules.task_verbs):
        return False
    s0 = _sentence_start(words, end)
    s1 = end
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    return rules.reader.isdisjoint(words[s0:s1])


def let_before(words: tuple[str, ...], i: int, rules: ExperiencerRules) -> bool:
    """A "let" stands within the three words before the causing verb at ``words[i]`` ("don't
    *let* him get to you", "try not to let it stress you out"): a negation before it is the
    let's."""
    return not rules.causing_let.isdisjoint(words[max(0, i - 3) : i])


def tagged(words: tuple[str, ...], i: int, rules: ExperiencerRules) -> bool:
    """The sentence of ``words[i]`` ends with a question tag ("it's getting to you, *isn't
    it*."): a question, whatever its punctuation."""
    s1 = i
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    return any(words[s1 - len(t) : s1] == t for t in rules.tag_questions)


def leads_to_question(
    words: tuple[str, ...], start: int, end: int, positive: bool, rules: ExperiencerRules
) -> bool:
    """The reader's feeling at ``words[start:end]``, said as a past observation ("you *seemed*
    really happy") or a pleasant one ("you seem weirdly happy today"), is followed in the message
    by a question ("..., who was that guy", "what did you do"): a lead-in to small talk, not a
    reflection."""
    if not rules.observation_past:
        return False  # a pack without the words reads no lead-in
    s0 = _sentence_start(words, start)
    if not positive and rules.observation_past.isdisjoint(words[s0:start]):
        return False
    k = end
    while k < len(words):
        if words[k] == "?":
            return True
        if words[k] in MARKERS or words[k] in rules.laughter:
            j = k + 1
            while j < len(words) and (words[j] in rules.leaders or words[j] in rules.laughter):
                j += 1
            if (
                j < len(words)
                and (words[j] in rules.wh_questions or words[j] in rules.question_starts)
                and (j + 1 >= len(words) or words[j + 1] not in rules.articles)
            ):
                return True
        k += 1
    return False


def _subjectless(words: tuple[str, ...], k: int, c0: int, rules: ExperiencerRules) -> bool:
    """Nothing but interjections or a dummy subject stands before ``words[k]`` in its clause."""
    return all(w in rules.leaders or w in rules.dummy for w in words[c0:k])


def _opens_clause(words: tuple[str, ...], j: int, c0: int, rules: ExperiencerRules) -> bool:
    """``words[j]`` opens its clause (after interjections): "*your* anxiety makes sense", not
    "you are projecting *your* insecurities"."""
    return all(w in rules.leaders for w in words[c0:j])


def _owned_person(words: tuple[str, ...], j: int, end: int, rules: ExperiencerRules) -> bool:
    """``words[j]`` ("my", "your", "the") owns a person noun before ``end``: "my boss"."""
    return j + 1 < end and words[j + 1] in rules.person_nouns


def experiencer(
    words: tuple[str, ...], start: int, end: int, rules: ExperiencerRules
) -> tuple[str, str]:
    """Whose feeling ``words[start:end]`` is: ``(who, how)`` with ``who`` one of
    :data:`WRITER`, :data:`READER`, :data:`THIRD`, :data:`UNDECIDED` and ``how`` one of
    :data:`BY_SUBJECT`, :data:`BY_FRAME` (or "" when undecided). See the module docstring."""
    n = len(words)
    nxt = words[end] if end < n else ""
    if nxt in rules.to_writer:
        return WRITER, BY_SUBJECT
    after = _reader_after(words, start, end, rules)
    if after is not None:
        return READER, after
    if start < n and causing_at(words, start, rules):
        # the reader is the object of a causing verb: "i hate that he hurt you", "this must be
        # stressing you out"; the writer's own doing ("did i upset you") is no reflection
        return READER, "" if caused_by_writer(words, start, rules) else BY_FRAME
    if nxt in rules.possessives and rules.stem(words[end - 1]) in rules.causing:
        if end + 1 < n and words[end + 1] in rules.person_nouns:
            return THIRD, BY_SUBJECT  # "that must have scared your mum": hers
        if nxt in rules.reader and not (end + 1 < n and words[end + 1] in rules.causing_owned):
            return READER, ""  # "a late application could hurt your chances": not the writer's
            # (nor a feeling at all): no reflection
    c0 = start
    while c0 > 0 and words[c0 - 1] not in MARKERS:
        c0 -= 1
    c0 = list_clause_start(words, c0, start, rules)  # "grant you love, guidance and happiness"
    lo = max(c0, start - rules.window)
    if (
        start > 0
        and _frame_verb_said(words, start - 1, lo, rules)
        and (
            words[start - 1] not in rules.gerund_only or words[start].endswith(rules.gerund_suffix)
        )
    ):
        # "i totally get dreading it", "I understand the guilt" (not "I get nervous")
        return READER, BY_FRAME
    k = c0
    while k < start and words[k] in rules.leaders:
        k += 1
    for seq in rules.teasing:
        if words[k : k + len(seq)] == seq and _state_words(words[k + len(seq) : start], rules):
            return READER, ""  # "someone's grumpy today", "look who's all nervous": a tease
    if _nickname(words, start, end, c0, rules):
        return READER, ""  # "chill out mr grumpy", "calm down grumpy pants": a tease
    governed = _nonfinite_governor(words, start, k, rules)
    if governed is not None:
        return governed  # "learn history instead of getting angry": the governing clause's
    inferred = False
    for j in range(start - 1, lo - 1, -1):
        w = words[j]
        if (
            w in rules.possessives
            and j + 1 < start
            and words[j + 1] not in rules.person_nouns
            and words[j + 1] not in rules.reader
            and not (w in rules.reader_contracted and _state_words(words[j + 1 : j + 2], rules))
        ):
            if w in rules.reader and j + 2 < start and words[j + 2] in rules.like_frames:
                if _state_words(words[j + 3 : start], rules):
                    return READER, BY_SUBJECT  # "your voice sounded so tired": the reader's
            continue  # "his words really hurt you": the subject is a thing, not a person
        if w in rules.reflexive or (
            w in rules.objects
            and j > 0
            and words[j - 1] in rules.prepositions
            and not (j + 1 < start and words[j + 1] in rules.verbs_after_object)
        ):
            continue  # "talking to you", "angry at me": an object, not the subject (but "act
            # like *you* are hurt": a subject, its verb follows)
        if w in rules.reader:
            if _owned_person(words, j, start, rules):
                return THIRD, BY_SUBJECT
            if j > 0 and words[j - 1] in rules.generic_before:
                if (
                    words[start - 1] in rules.dummy
                    and j + 1 < start - 1
                    and rules.state_path.issuperset(words[j + 1 : start - 1])
                ):
                    return READER, BY_SUBJECT  # "when you're *this* stressed": the reader's now
                if _offer_after(words, end, rules) or reader_goes_on(words, end, rules):
                    return READER, ""  # "when you're anxious just text me", "when you're angry
                    # you say things": the reader, no reflection (a condition, a habit)
                return UNDECIDED, ""
            if (
                j >= 2
                and words[j - 1] in rules.like_word
                and words[j - 2] in rules.like_frames
                and _subjectless(words, j - 2, c0, rules)
            ):
                return READER, BY_FRAME  # "(it) sounds like you're in a really hard place"
            subject = (
                w in rules.reader_subject
                or w in rules.reader_contracted
                or _opens_clause(words, j, c0, rules)
            )  # "ur (= you're) still shaken up": a possessive before a state word is "you're"
            if subject and _reader_framed(words, j, lo, rules):
                # "I can tell you're upset", "I get that you're ...", "I think you're more
                # upset than you let on": the writer's frame makes it a reflection
                return READER, BY_FRAME
            if subject and _guessed_past(words[j + 1 : start], rules):
                return READER, BY_SUBJECT  # "you were probably terrified": a guess, not a story
            if subject and _state_words(words[j + 1 : start], rules):
                return READER, BY_SUBJECT  # "you seem so tired", "your anxiety ..."
            return READER, ""  # "you made yourself useless": the reader's, but no reflection
        if w in rules.writer:
            if w in rules.possessive_of_person and _owned_person(words, j, start, rules):
                return THIRD, BY_SUBJECT
            return WRITER, BY_SUBJECT
        if w in rules.third or w in rules.person_nouns:
            return THIRD, BY_SUBJECT
        if _frame_at(words, j, lo, rules, start):
            return READER, BY_FRAME
        if w in rules.like_word and j > 0 and words[j - 1] in rules.like_frames:
            if j > 1 and words[j - 2] in rules.writer:
                return WRITER, BY_SUBJECT  # "I feel like ...", "I look like ..."
            if _subjectless(words, j - 1, c0, rules):
                return READER, BY_FRAME  # "(it) sounds like ...", not "Ana sounds like ..."
            return UNDECIDED, ""
        if w in rules.inference and _subjectless(words, j, c0, rules):
            inferred = True  # "(that) must be ...", not "Ana must be ..."
        if w in rules.wish_frames:
            if _wished_object(words, j, start, rules):
                continue  # "hoping (that) the rain hid the tears": another subject's object
            return READER, BY_FRAME  # "hope (you) feel better soon"
    asked, inverted = _degree_subject(words, c0, start, end, rules)
    if asked:
        # "how anxious are you", "wie nervös bist du": asked, no reflection; "how exhausted you
        # must be", "(ich weiß,) wie nervös du bist": the reader's state, said
        return asked, "" if inverted else BY_SUBJECT
    # no subject in the clause; "it must be hard for you", "that scared you" (not "so happy for
    # you": with no dummy subject the feeling is the writer's own)
    dummy = not rules.dummy.isdisjoint(words[c0:start])
    if (dummy or inferred) and (
        nxt in rules.reader
        or (nxt in rules.to_reader and end + 1 < n and words[end + 1] in rules.reader)
    ):
        return READER, BY_FRAME
    if nxt in rules.reader and _noun_subject(words, c0, start, rules):
        return READER, BY_FRAME  # "work seems to be crushing you", "the news scared you"
    if inferred:
        return READER, BY_FRAME
    k = c0
    while k < start and words[k] in rules.leaders:
        k += 1
    for imp in rules.imperatives:
        if words[k : k + len(imp)] == imp:
            if imp[0] not in rules.elided_aux or imp[0] not in rules.state_path:
                return READER, BY_FRAME  # "don't be so anxious"; a modal's order needs the
            if _advice_to_reader(words, start, rules):  # reader named, the writer not there
                return READER, ""  # "should be more worried about your relatives": advice
    if _joined_order(words, k, start, rules):
        return READER, ""  # "prepare for it and become happy with yourself": advice
    if k < start and words[k] in rules.dummy and _foretold(words, k, start, end, rules):
        return READER, ""  # "it will hurt, try to take your mind off things": the reader's
        # feeling in the future, told in advice (no reflection, as "you'll feel better")
    if k < start and words[k] in rules.reaction_subjects and _reaction(words, k, start, rules):
        return READER, BY_FRAME
    if _gerund_subject(words, k, start, end, rules):
        return READER, ""  # "being offended doesn't make you right": the reader's, no reflection
    kind = _subject_phrase(words, k, start, end, rules)
    if kind and _said_to_reader(words, start, end, rules):
        # "being ghosted like that hurts. it's not on you", "losing a pet is so hard": a general
        # truth about a feeling, told to the reader, reflects it; a feeling noun as subject
        # ("grief like that doesn't just go away. give yourself time", "crying won't change
        # anything. you need a plan") is not the writer's, and reflects only when its clause
        # names the reader ("the stress of the last weeks is showing on you")
        if kind == _GERUND or (kind == _NOUN and _reader_in_clause(words, end, rules)):
            return READER, BY_FRAME
        return READER, ""  # also a feeling inside a gerund subject ("saying cancer isn't bad
        # precluded you from ..."): not the writer's, no reflection
    if thing_predicate(words, k, start, end, rules):
        return READER, ""  # "break ups are painful. be honest with your girl": a general truth
    if (
        k < start
        and (words[k] in rules.generic_before or words[k] in rules.hypothetical)
        and _offer_after(words, end, rules)
    ):
        return READER, ""  # "whenever the grief hits, you can call me": a condition, no reflection
    s0 = _sentence_start(words, start)
    s1 = end
    while s1 < n and words[s1] not in SENT_END:
        s1 += 1
    q = s0
    while q < start and words[q] in rules.leaders:
        q += 1
    if (
        q + 1 < start
        and words[q] in rules.question_starts
        and words[q + 1] in rules.dummy
        and not rules.reader.isdisjoint(words[end:s1])
        and rules.writer.isdisjoint(words[s0:s1])
    ):
        return READER, BY_FRAME  # "does it still hurt when you think about it": asks the reader
    if (
        s1 < n
        and words[s1] == "?"
        and c0 == s0
        and not _exclaimed(words, (c0, start, end, s1), rules)
    ):
        return READER, BY_FRAME  # "feeling better now?": a question with no subject asks the reader
    if reader_elided(words, c0, rules):
        return READER, ""  # "you are grieving, and might benefit from grief therapy"
    p = repeated_at(words, start, end, rules)
    if p >= 0:  # "it will hurt, ... try to understand why it hurts": the first one's owner
        return experiencer(words, p, p + 1, rules)[0], ""
    p = echoed_at(words, start, end, rules)
    if p >= 0:  # "you should be super proud of yourself. super, super proud.": the echoed word's
        return experiencer(words, p, p + 1, rules)[0], ""  # owner, no second reflection
    return UNDECIDED, ""


def _wished_object(words: tuple[str, ...], j: int, start: int, rules: ExperiencerRules) -> bool:
    """After the wish verb ``words[j]`` the clause has a subject of its own that is no reader
    and acts on the feeling noun at ``start``, its object after a determiner ("hoping that *the
    rain obscured the* tears"): the wish does not make the feeling the reader's. Not a feeling
    said of the wish's subject ("hope the tears stop soon", "i hope the surgery isn't too
    painful")."""
    if start - 1 <= j or words[start - 1] not in rules.determiners:
        return False
    return any(
        w not in rules.subordinators
        and w not in rules.determiners
        and w not in rules.state_path
        and w not in rules.dummy
        and w not in rules.leaders
        for w in words[j + 1 : start - 1]
    )


def _foretold(
    words: tuple[str, ...], k: int, start: int, end: int, rules: ExperiencerRules
) -> bool:
    """The dummy subject ``words[k]`` and the feeling at ``start`` hold a future auxiliary and
    otherwise state words ("it *will* hurt", "it's *going to* sting so much"), the reader is
    named after the feeling and the writer nowhere in the message: a prediction told to the
    reader about what they will feel ("it will hurt, try to take your mind off things"; not
    "it will hurt so much when she finds out", nor "it's gonna hurt tomorrow, my legs")."""
    between = words[k + 1 : start]
    for p in range(len(between)):
        for aux in rules.future_aux:
            if between[p : p + len(aux)] == aux and _state_words(
                between[:p] + between[p + len(aux) :], rules
            ):
                return not rules.reader.isdisjoint(words[end:]) and rules.writer.isdisjoint(words)
    return False


def _exclaimed(words: tuple[str, ...], span: tuple[int, ...], rules: ExperiencerRules) -> bool:
    """Alone in its clause (leaders before it, a comma after it), before a question of two words
    or more: the feeling is exclaimed, not asked ("que raiva, ele fez isso?", "so frustrating, why
    does he do that?"; not "still anxious about it, or ok?"). ``span``: c0, start, end, s1."""
    c0, start, end, s1 = span
    return words[end] == "," and s1 - end > 2 and rules.leaders.issuperset(words[c0:start])


def _gerund_subject(
    words: tuple[str, ...], k: int, start: int, end: int, rules: ExperiencerRules
) -> bool:
    """The feeling is inside a gerund phrase that is the subject of its clause ("*being* easily
    offended doesn't make you right", "feeling guilty won't help you"): the clause opens with a
    state gerund, only state words and adverbs stand before the feeling, an auxiliary follows it,
    and the reader comes later in the sentence (no first person in it)."""
    if k >= start or words[k] not in rules.state_path or not words[k].endswith(rules.gerund_suffix):
        return False
    if end >= len(words) or words[end] not in rules.question_starts:
        return False
    s1 = end
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    rest = words[end:s1]
    return not rules.reader.isdisjoint(rest) and rules.writer.isdisjoint(words[k:s1])


def _noun_subject(words: tuple[str, ...], c0: int, start: int, rules: ExperiencerRules) -> bool:
    """Before ``words[start]`` its clause holds a subject no list names (a noun: "*work* seems
    to be crushing you", "*the news* scared you"): at least two words, one of them neither an
    interjection nor a state word. Only in a pack that lists determiners (the noun-phrase
    readings are off without them)."""
    before = words[c0:start]
    if not before or before[-1] in rules.determiners or before[-1] in rules.prepositions:
        return False  # "the icing on *the* fuck you cake": the word is no verb here
    return (
        bool(rules.determiners)
        and len(before) >= 2
        and any(
            w not in rules.leaders and not _state_words((w,), rules) and w not in rules.dummy
            for w in before
        )
    )


_GERUND = "gerund"  # a gerund phrase is the subject, the feeling its verb ("being ghosted hurts")
_NOUN = "noun"  # the feeling noun heads the subject ("grief like that doesn't go away")
_INSIDE = "inside"  # the feeling is inside a gerund subject ("feeling low after that is normal")


def _subject_phrase(
    words: tuple[str, ...], k: int, start: int, end: int, rules: ExperiencerRules
) -> str:
    """The feeling is said of a subject that is no person: a gerund phrase opens the clause
    and the feeling is its verb ("*being ghosted like that* hurts"); or the feeling noun itself
    opens the clause (after determiners) and an auxiliary follows it ("*grief* like that
    doesn't go away", "*the stress* of the last weeks is showing"); or it stands inside a
    gerund phrase before an auxiliary ("*feeling overwhelmed* after that is normal"). Which
    (:data:`_GERUND`, :data:`_NOUN`, :data:`_INSIDE`), or ""."""
    if k >= len(words) or not rules.determiners:
        return ""  # a pack without determiners reads no noun or gerund subject
    gerund = k < start and words[k].endswith(rules.gerund_suffix) and words[k] not in rules.leaders
    kind = _INSIDE if gerund else _NOUN
    if gerund and words[start] in rules.predicate_feelings:
        return _GERUND
    own = own_gerund(words, k, start, rules)  # "(constantly) *worrying* about her ... could be"
    if own:
        kind = _INSIDE
    elif not gerund and not all(w in rules.determiners for w in words[k:start]):
        if not coordinated_item(words, k, start, rules):
            return ""
        kind = _INSIDE  # "support and love would be your best bet": an item of the subject
    for i in range(end, len(words)):
        w = words[i]
        if w in MARKERS:
            return False
        if words[i - 1] in rules.prepositions:
            continue  # "grief like *that*": an object, not a new subject
        if own and gerund_joined(words, i, rules):
            continue  # "*relaxing* and slowing down is ...": a list of gerunds
        if w in rules.subordinators:
            return ""
        if w in rules.question_starts or w in rules.predicate_feelings:
            return kind  # "*feeling* low after that is normal", "being *left out* like that hurts"
        if w in rules.reader or w in rules.writer or w in rules.third or w in rules.dummy:
            return ""
    return ""


def _reader_in_clause(words: tuple[str, ...], end: int, rules: ExperiencerRules) -> bool:
    """The reader is named after ``end`` in the same clause ("... is showing on *you*")."""
    for w in words[end:]:
        if w in MARKERS:
            return False
        if w in rules.reader:
            return True
    return False


def _said_to_reader(words: tuple[str, ...], start: int, end: int, rules: ExperiencerRules) -> bool:
    """The reader is named after the feeling in the message ("... it's not on *you*", "give
    *yourself* time") and the writer nowhere in its sentence."""
    s0 = _sentence_start(words, start)
    s1 = end
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    return rules.writer.isdisjoint(words[s0:s1]) and not rules.reader.isdisjoint(words[end:])


def _sentence_start(words: tuple[str, ...], i: int) -> int:
    while i > 0 and words[i - 1] not in SENT_END:
        i -= 1
    return i


def _reaction(words: tuple[str, ...], k: int, start: int, rules: ExperiencerRules) -> bool:
    """A clause opened by "that" ("that's so scary", a reply's reaction to what the reader
    told), or by "it"/"this" with the reader later in the sentence as an object ("it's so
    disappointing when people bail on you"), nothing but a state between it and the feeling,
    and no laughter in the message."""
    if not rules.state_path.issuperset(words[k + 1 : start]):
        return False
    if not rules.laughter.isdisjoint(words):
        return False  # "that's so sad lol the dog in the movie": banter, not a reply to trouble
    if words[k] in rules.reaction_alone:
        return True
    s1 = start
    while s1 < len(words) and words[s1] not in SENT_END:
        if words[s1] in rules.reader:
            # the reader as an object ("when nobody calls you back"), not as the one who acts
            # ("it hurts when you don't reply": the writer's hurt)
            return words[s1 - 1] not in rules.subordinators
        s1 += 1
    return False


def reflects(words: tuple[str, ...], start: int, rules: ExperiencerRules) -> bool:
    """A reader's feeling at ``start`` is said as a reflection: not a word that judges
    ("you're so sensitive"), not inside a question (its sentence ends with "?" or opens with an
    auxiliary or "why") and not in a condition ("if you're worried, ...")."""
    if words[start] in rules.judging:
        return False
    s0, s1 = sentence_span(words, start)
    if s1 < len(words) and words[s1] == "?":
        return False
    if tagged(words, start, rules):
        return False  # "it's getting to you isn't it."
    k = s0
    while k < start and (
        words[k] in rules.leaders or words[k] in rules.laughter or words[k] == ","
    ):
        k += 1
    if k < start and words[k] in rules.question_starts:
        return False
    if k + 1 < start and words[k] in rules.wh_questions and words[k + 1] not in rules.articles:
        # "what's been making you anxious", "how are you feeling" (not "what a week")
        nxt = words[k + 1]
        if words[k] not in rules.exclamative_wh or nxt in rules.question_starts:
            return False
    return rules.hypothetical.isdisjoint(words[s0:start])
