"""The writer's frames around a feeling in the whose-feeling rule (:mod:`analyzer.nlp.experiencer`):
a verb of understanding or perception said by the writer ("I can *tell* you're worried", "I *get*
dreading it", "*bet* you're buzzing") and the state words allowed between the reader and a
feeling ("you *must be so* tired"). Only the rule's helpers; the words are the pack's
(``experiencer.json``, read by :mod:`analyzer.nlp.experiencer_rules`).
"""

from __future__ import annotations

from analyzer.nlp.experiencer_rules import (
    BY_FRAME,
    BY_SUBJECT,
    READER,
    THIRD,
    WRITER,
    ExperiencerRules,
)
from analyzer.nlp.normalise import MARKERS, SENT_END


def _frame_verb_said(words: tuple[str, ...], v: int, lo: int, rules: ExperiencerRules) -> bool:
    """``words[v]`` is a frame verb that takes the feeling directly ("get *dreading* it"), said
    by the writer (within four words, not negated)."""
    return words[v] in rules.frame_direct and _said_by_writer(words, v, lo, rules)


def _frame_at(
    words: tuple[str, ...], j: int, lo: int, rules: ExperiencerRules, start: int = -1
) -> bool:
    """``words[j]`` opens the clause of a frame of understanding said by the writer: the verb
    before it takes it ("see why", "know how"), and the writer is its subject within the four
    words before the verb, with no negator between ("I can totally see why"; not "I don't know
    why")."""
    if j < 1:
        return False
    verb = words[j - 1]
    opens = rules.frames.get(verb)
    if opens is None:
        return False
    if words[j] not in opens and not (
        verb in rules.frame_direct
        and words[j] not in rules.writer
        and words[j] not in rules.third
        and not (verb in rules.gerund_only and not _gerund_clause(words, j, start, rules))
    ):
        return False  # "I know how ...", "I understand the guilt", "I know it's hard"
    if verb in rules.elided_frames and _opens_clause_elided(words, j - 1, rules):
        return True  # "so sorry that the move was stressful": "I'm" left out
    for k in range(j - 2, max(lo, j - 6) - 1, -1):
        w = words[k]
        if w in rules.frame_negators:
            return False
        if w in rules.frame_subject:
            return True
        if w in MARKERS:
            return False
    return False


def _opens_clause_elided(words: tuple[str, ...], v: int, rules: ExperiencerRules) -> bool:
    """The frame verb ``words[v]`` opens its clause with its subject left out: only
    interjections and intensifiers stand before it ("*so* sorry that ...", "*really* sorry
    that ..."; not "not sorry that ...", not "she's sorry that ...")."""
    for k in range(v - 1, -1, -1):
        w = words[k]
        if w in MARKERS:
            return True
        if w in rules.frame_negators or not (w in rules.leaders or w in rules.state_path):
            return False
    return True


def _gerund_clause(words: tuple[str, ...], j: int, start: int, rules: ExperiencerRules) -> bool:
    """After a verb that takes a feeling only as a gerund ("get"), ``words[j]`` opens a clause
    about the reader: a gerund, a dummy or a reader word, or an article right before a feeling
    noun ("i get *dreading* it", "i get *the* guilt"); not an adjective or an adverb of the
    writer's own feeling ("I get *extreme* anxiety", "i get *so* nervous")."""
    w = words[j]
    if w.endswith(rules.gerund_suffix) or w in rules.dummy or w in rules.reader:
        return True
    return w in rules.determiners and w not in rules.state_path and j + 1 == start


def _state_words(ws: tuple[str, ...], rules: ExperiencerRules) -> bool:
    """Every word of ``ws`` says a state or is an adverb ("you *must be so* tired", "you sound
    *completly* burnt out")."""
    return all(
        w in rules.state_path or (len(w) > 4 and w.endswith(rules.state_suffixes)) for w in ws
    )


def _said_by_writer(words: tuple[str, ...], v: int, lo: int, rules: ExperiencerRules) -> bool:
    """The writer is the subject of the verb ``words[v]`` (within the four words before it, no
    negator or marker between)."""
    for k in range(v - 1, max(lo, v - 5) - 1, -1):
        w = words[k]
        if w in rules.frame_negators or w in MARKERS:
            return False
        if w in rules.frame_subject:
            return True
    return False


def _reader_framed(words: tuple[str, ...], j: int, lo: int, rules: ExperiencerRules) -> bool:
    """The reader word ``words[j]`` opens a clause that a verb of understanding or perception
    said by the writer takes: "I can tell (that) *you*'re ...", "I get that *you*'re ...",
    "I think *you*'re more upset than ...", "I can see *you*'re hurting"."""
    if j < 1:
        return False
    k = j - 1
    if _frame_at(words, j, lo, rules) or (
        k >= 1 and words[k] in rules.frames.get(words[k - 1], ()) and _frame_at(words, k, lo, rules)
    ):
        return True  # "I know you're ...", "I get that you're ...", "I see why you're ..."
    if k >= 1 and any(words[k] in opens for opens in rules.frames.values()):
        k -= 1  # "I can tell *that* you're ..."
    if words[k] in rules.elided_frames and all(w in rules.leaders for w in words[lo:k]):
        return True  # "bet you're buzzing", "guessing you're nervous": "I" left out
    return words[k] in rules.reader_frames and _said_by_writer(words, k, lo, rules)


def _guessed_past(ws: tuple[str, ...], rules: ExperiencerRules) -> bool:
    """Between the reader and a feeling, a past copula with a word of guessing and otherwise
    state words: "you *were probably* terrified", "u *were prob* scared stiff" (a guess at the
    reader's state then, a reflection), not the plain past "you were terrified on that ride"."""
    past = [w for w in ws if w in rules.past_state]
    if not past or rules.guess_words.isdisjoint(ws):
        return False
    return _state_words(tuple(w for w in ws if w not in rules.past_state), rules)


def _nickname(
    words: tuple[str, ...], start: int, end: int, c0: int, rules: ExperiencerRules
) -> bool:
    """The feeling at ``words[start:end]`` is part of a name the writer calls the reader by: a
    title before it ("chill out *mr* grumpy", "look at *little miss* anxious ...") or a tail after
    it ("calm down grumpy *pants*"), said as an address (the name ends its clause) or pointed at
    ("*look at* ..."). Not a name the writer gives themselves ("call *me* little miss anxious") or
    a predicate ("he is *such a* grumpy pants")."""
    n = len(words)

    def closes(k: int) -> bool:
        return k >= n or words[k] in MARKERS or words[k] in rules.laughter

    if end < n and words[end] in rules.nickname_tails:
        before = words[start - 1] if start > c0 else ""
        if before in rules.determiners or before in rules.possessives or before in rules.writer:
            return False
        return closes(end + 1)
    for seq in sorted(rules.address_titles, key=len, reverse=True):  # "little miss" first
        a = start - len(seq)
        if a < c0 or words[a:start] != seq:
            continue
        if a > 0 and (words[a - 1] in rules.writer or words[a - 1] in rules.determiners):
            return False
        pointed = any(a >= len(p) and words[a - len(p) : a] == p for p in rules.pointing_at)
        return pointed or closes(end)
    return False


def _offer_after(words: tuple[str, ...], end: int, rules: ExperiencerRules) -> bool:
    """After ``end``, in the same sentence, the writer offers or bids the reader something ("when
    you're anxious just *text me*", "..., *you can call* me"): the "you" before is the reader."""
    s1 = end
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    rest = words[end:s1]
    return any(
        rest[k : k + len(seq)] == seq for k in range(len(rest)) for seq in rules.reader_offers
    )


def reader_goes_on(words: tuple[str, ...], end: int, rules: ExperiencerRules) -> bool:
    """After a "when you ..." clause ending at ``end``, the main clause has the reader as its
    subject (past a comma, leaders and an object of the writer's: "when you're angry (at me)
    *you* say things you don't mean"): a habit of the reader's, not a generic "you" of the
    writer's ("when you feel lonely *it's* the worst feeling" stays undecided)."""
    n = len(words)
    i = end
    if i + 1 < n and words[i] in rules.prepositions and words[i + 1] in rules.objects:
        i += 2  # "... angry *at me*"
    if i < n and words[i] == ",":
        i += 1
    while i < n and words[i] in rules.leaders:
        i += 1
    return i + 1 < n and words[i] in rules.reader_subject and words[i + 1] not in MARKERS


def own_gerund(words: tuple[str, ...], k: int, start: int, rules: ExperiencerRules) -> bool:
    """The feeling word is itself a gerund opening its clause, with only adverbs before it
    ("*worrying* about her", "constantly *worrying* ..."): a subject phrase, not a verb."""
    return (
        words[start].endswith(rules.gerund_suffix)
        and words[start] not in rules.state_path
        and bool(rules.list_joins)
        and all(len(w) > 4 and w.endswith(rules.state_suffixes) for w in words[k:start])
    )


def gerund_joined(words: tuple[str, ...], i: int, rules: ExperiencerRules) -> bool:
    """``words[i]`` joins a further gerund to a gerund subject ("relaxing *and* slowing down",
    "worrying ... *and not* feeling pleasure")."""
    if words[i] not in rules.list_joins:
        return False
    j = i + 1
    if j < len(words) and words[j] in rules.frame_negators:
        j += 1
    return j < len(words) and words[j].endswith(rules.gerund_suffix)


def reader_elided(words: tuple[str, ...], c0: int, rules: ExperiencerRules) -> bool:
    """The clause opening at ``c0`` has no subject of its own: after a comma, a list join and an
    auxiliary (``words.json`` ``auxiliaries``) take the subject of the clause before, and that is
    the reader ("you are grieving a hard loss, *and might* benefit from some grief therapy"; not
    "i'm so tired, and might cry")."""
    if not rules.elided_aux or c0 < 2 or words[c0 - 1] != "," or words[c0] not in rules.list_joins:
        return False
    if c0 + 1 >= len(words) or words[c0 + 1] not in rules.elided_aux:
        return False
    p = c0 - 1
    while p > 0 and words[p - 1] not in MARKERS:
        p -= 1
    while p < c0 - 1 and words[p] in rules.leaders:
        p += 1
    return words[p] in rules.reader_subject


def repeated_at(words: tuple[str, ...], start: int, end: int, rules: ExperiencerRules) -> int:
    """Where the same feeling of "it" stands earlier in the sentence: "it will hurt, try to take
    your mind off things, and try to understand why *it hurts*" repeats the foretold "it will
    hurt" (the reader's), so the repeat is whoever's the first is; that word's index, or -1."""
    if end != start + 1 or start == 0 or words[start - 1] not in rules.dummy:
        return -1
    s0, _ = sentence_span(words, start)
    stem = rules.stem(words[start])
    for p in range(start - 2, s0, -1):
        if rules.stem(words[p]) == stem and not rules.dummy.isdisjoint(words[max(s0, p - 3) : p]):
            return p
    return -1


def _degree_subject(
    words: tuple[str, ...], c0: int, start: int, end: int, rules: ExperiencerRules
) -> tuple[str, bool]:
    """The subject right after a feeling that a degree word opens ("*how* anxious", "*wie*
    nervös"), and whether the verb stands before it (a direct question: "how anxious *are you*",
    "how nervous do you get", "wie nervös bist du") or not ("how exhausted *you* must be",
    "(ich weiß,) wie nervös *du* bist"): :data:`READER`, :data:`WRITER` or :data:`THIRD`, or ""
    when the subject is none of these ("how awful", "how sad is that": a dummy decides nothing).
    What comes before the degree word does not matter: only a question puts the verb first, and
    a frame before it ("i know how anxious you are") has already decided."""
    k = start - 1
    while k >= c0 and words[k] in rules.state_path:
        k -= 1  # "how *very* nervous", "wie *richtig* nervös"
    n = len(words)
    if k < c0 or words[k] not in rules.exclamative_wh or end >= n:
        return "", False  # "how he *treats* you is cruel": the feeling is not what is asked about
    j, inverted = end, words[end] in rules.question_starts
    if inverted:
        j += 1
    if j >= n:
        return "", False
    subject = words[j]
    if subject in rules.possessives and j + 1 < n and words[j + 1] in rules.person_nouns:
        who = THIRD  # "how mad was *your mom*"
    elif subject in rules.reader:
        who = READER
    elif subject in rules.writer:
        return WRITER, inverted
    elif subject in rules.third or subject in rules.person_nouns:
        who = THIRD
    else:
        return "", False
    after = words[j + 1 : j + 3]
    if not rules.writer.isdisjoint(after) and MARKERS.isdisjoint(after):
        return WRITER, inverted  # "how angry you make me": the writer's, caused by the reader
    return who, inverted


def _reader_after(
    words: tuple[str, ...], start: int, end: int, rules: ExperiencerRules
) -> str | None:
    """The reader named right after the feeling makes it theirs: as its reflexive object ("just
    love *yourself*", "don't hate *yourself* for it": "", no reflection, when no subject stands
    before it in its clause) or as the subject of a relative clause on a feeling noun
    (`relative_heads`: "all the stress *you have* right now", "the pain *you feel*": a
    reflection, by frame); None when neither ("i'm so sad you have to go": no head, the
    writer's)."""
    n = len(words)
    nxt = words[end] if end < n else ""
    if nxt in rules.reflexive and nxt in rules.reader:
        c0 = start
        while c0 > 0 and words[c0 - 1] not in MARKERS:
            c0 -= 1
        before = words[c0:start]
        if rules.reader.isdisjoint(before) and rules.writer.isdisjoint(before):
            return ""  # (not "you're frustrating yourself": a subject decides as before)
    if (
        start > 0
        and words[start - 1] in rules.relative_heads
        and nxt in rules.reader_subject
        and end + 1 < n
        and words[end + 1] in rules.state_path
    ):
        return BY_FRAME
    return None


def _nonfinite_governor(
    words: tuple[str, ...], start: int, k: int, rules: ExperiencerRules
) -> tuple[str, str] | None:
    """The feeling at ``start`` stands inside a non-finite clause (`nonfinite_openers`, with
    only state words or `nonfinite_gap` words between the opener and the feeling: "learn history
    *instead of getting* angry", "*to avoid more* hurt feelings", "*without being* scared")
    that follows the verb of its clause (which opens at ``k``, after its leaders). Such a clause
    has no subject of its own: its feeling is felt by whoever the governing clause is about.
    That is the nearest subject before the opener (objects after a preposition and persons
    after a verb, "have *a friend* come with you", passed over): the reader ("you
    should have a friend come with you instead to avoid more hurt feelings", "i told you to
    avoid getting upset": the reader's, no reflection, it is advice), the writer ("i went for
    a walk instead of getting angry": the writer's) or a third person ("my sister tries to
    avoid getting upset"); with no subject, an order said to the reader (the reader named in
    the sentence, the writer nowhere in it, no question: "remember to apply yourself and learn
    history instead of getting angry") is the reader's. None when there is no such clause or
    no governor (an elided "I": "went for a run instead of getting angry")."""
    if not rules.nonfinite_openers:
        return None
    opener = -1
    g = start
    while g > k and opener < 0:
        for seq in rules.nonfinite_openers:
            if g - len(seq) > k and words[g - len(seq) : g] == seq:
                opener = g - len(seq)
                break
        else:
            if words[g - 1] not in rules.state_path and words[g - 1] not in rules.nonfinite_gap:
                return None
            g -= 1
    if opener < 0:
        return None
    for j in range(opener - 1, k - 1, -1):
        w = words[j]
        if j > k and words[j - 1] in rules.prepositions:
            continue  # "come with *you*": an object
        if w in rules.reflexive:
            continue  # "apply *yourself*"
        if w in rules.reader and w not in rules.possessives:
            return READER, ""
        if w in rules.writer and w not in rules.possessives and w not in rules.objects:
            return WRITER, BY_SUBJECT
        if (w in rules.third or w in rules.person_nouns) and (
            j == k or (j == k + 1 and words[k] in rules.possessive_of_person)
        ):
            # a third person opening the clause ("my sister tries to avoid getting upset"); one
            # after a verb is its object ("tell your boss rather than feeling guilty", "have a
            # friend come with you")
            return THIRD, BY_SUBJECT
    if _advice_to_reader(words, start, rules):
        return READER, ""  # an order about the reader: "remember to apply yourself ..."
    return None


def _joined_order(words: tuple[str, ...], k: int, start: int, rules: ExperiencerRules) -> bool:
    """An order about the reader's feeling (`imperatives`) joined to a first order by
    `imperative_joins` inside the clause that opens at ``k`` ("prepare for it *and become*
    happy with yourself"): no subject before it (objects after a preposition passed over), the
    reader named in the sentence and the writer nowhere in it, no question. The reader's, no
    reflection (advice); "i want to go out and be happy" (a subject) is not one."""
    if not rules.imperative_joins or k >= start or words[k] in rules.question_starts:
        return False
    subjects = rules.reader | rules.writer | rules.third | rules.person_nouns | rules.dummy
    for p in range(k + 1, start):
        if words[p - 1] in rules.imperative_joins and any(
            words[p : p + len(imp)] == imp and p + len(imp) <= start for imp in rules.imperatives
        ):
            break
    else:
        return False
    if any(
        w in subjects and not (j > k and words[j - 1] in rules.prepositions)
        for j, w in enumerate(words[k : p - 1], k)
    ):
        return False
    return _advice_to_reader(words, start, rules)


def list_clause_start(words: tuple[str, ...], c0: int, start: int, rules: ExperiencerRules) -> int:
    """Where the clause of a feeling that ends a list opens: back over the list's commas when
    the feeling is its last item, joined by `list_joins`, and each item before it is one or two
    words with no person or dummy in them ("may god grant you love, guidance *and happiness*":
    the clause of "grant you"); else ``c0``. "thanks, i'm good and happy" has a subject after
    its comma and keeps its clause. A comma between a repeated intensifier ("so, so proud")
    opens no clause either: the clause goes on back over it."""
    while c0 > 1 and words[c0 - 1] == "," and words[c0 - 2] == words[c0] in rules.state_path:
        c0 -= 2  # "you must be so, so proud", "much, much more worried": a repeat, no new clause
        while c0 > 0 and words[c0 - 1] not in MARKERS:
            c0 -= 1
    if not rules.list_joins or start == 0 or words[start - 1] not in rules.list_joins:
        return c0
    people = rules.reader | rules.writer | rules.third | rules.person_nouns | rules.dummy
    item_end = start - 1
    while c0 > 1 and words[c0 - 1] == ",":
        item = words[c0:item_end]
        if not 1 <= len(item) <= 2 or not people.isdisjoint(item):
            break
        k = c0 - 1
        while k > 0 and words[k - 1] not in MARKERS:
            k -= 1
        item_end, c0 = c0 - 1, k
    return c0


def sentence_span(words: tuple[str, ...], i: int) -> tuple[int, int]:
    """The sentence around ``words[i]``: from after the last sentence end before it to the next
    one (``words[s1]`` is that end, or ``s1`` is the length)."""
    s0 = i
    while s0 > 0 and words[s0 - 1] not in SENT_END:
        s0 -= 1
    s1 = i
    while s1 < len(words) and words[s1] not in SENT_END:
        s1 += 1
    return s0, s1


def _advice_to_reader(words: tuple[str, ...], start: int, rules: ExperiencerRules) -> bool:
    """The sentence of ``words[start]`` names the reader and not the writer, and asks nothing:
    what it says of a feeling is advice to the reader."""
    s0, s1 = sentence_span(words, start)
    sentence = words[s0:s1]
    return (
        not rules.reader.isdisjoint(sentence)
        and rules.writer.isdisjoint(sentence)
        and not (s1 < len(words) and words[s1] == "?")
    )


def echoed_at(words: tuple[str, ...], start: int, end: int, rules: ExperiencerRules) -> int:
    """Where the feeling a bare fragment repeats stands: a sentence that is only the feeling
    word, with nothing but leaders and state words (intensifiers) and commas before it ("super,
    super proud.", "so, so tired."), repeats the same word of the sentence right before it ("you
    should be super proud of yourself."); that word's index, or -1. The fragment has no subject
    of its own, so the word it echoes decides whose it is."""
    if end != start + 1:
        return -1
    s0, s1 = sentence_span(words, start)
    if s1 != end or s0 < 2:
        return -1
    if not all(w == "," or w in rules.leaders or w in rules.state_path for w in words[s0:start]):
        return -1
    p0, _ = sentence_span(words, s0 - 2)
    stem = rules.stem(words[start])
    for p in range(s0 - 2, p0 - 1, -1):
        if rules.stem(words[p]) == stem:
            return p
    return -1


def coordinated_item(words: tuple[str, ...], k: int, start: int, rules: ExperiencerRules) -> bool:
    """The feeling at ``start`` is the last item of a list that opens its clause at ``k``,
    joined by `list_joins` after one or two words with no person in them ("*support and* love
    would be your best bet", "*time and* patience"): it is one item of the subject, not a
    subject of its own."""
    if not rules.list_joins or start - 1 <= k or words[start - 1] not in rules.list_joins:
        return False
    items = words[k : start - 1]
    people = rules.reader | rules.writer | rules.third | rules.person_nouns | rules.dummy
    return len(items) <= 2 and people.isdisjoint(items) and rules.list_joins.isdisjoint(items)


def thing_predicate(
    words: tuple[str, ...], k: int, start: int, end: int, rules: ExperiencerRules
) -> bool:
    """The feeling is said of a thing as its predicate ("*break ups are* painful", "*childhood
    is* happiness"): the clause opens at ``k`` with one to three words that no list names (no
    person, pronoun, dummy, possessive or state word; determiners allowed), then a copula, then
    only state words before the feeling; and it is told to the reader (the reader named after
    the feeling in the message, the writer nowhere in its sentence, nothing asked): a general
    truth, not the writer's. "exams are so stressful, i'm dreading mine" (the writer there) and
    "my exams are so stressful" (a writer's subject) stay the writer's."""
    if not rules.determiners or k >= start or words[k].endswith(rules.gerund_suffix):
        return False  # a gerund subject ("losing a pet is so hard") is read by its own rule
    c = next((c for c in range(k + 1, min(start, k + 4)) if words[c] in rules.copulas), -1)
    if c < 0 or not _state_words(words[c + 1 : start], rules):
        return False
    named = (
        rules.reader
        | rules.writer
        | rules.third
        | rules.person_nouns
        | rules.dummy
        | rules.possessives
        | rules.leaders
        | rules.prepositions
        | rules.copulas
        | rules.question_starts
        | rules.wh_questions
    )
    subject = words[k:c]
    if not named.isdisjoint(subject) or any(
        w not in rules.determiners and _state_words((w,), rules) for w in subject
    ):
        return False
    s0, s1 = sentence_span(words, start)
    asked = s1 < len(words) and words[s1] == "?"
    return (
        not asked
        and rules.writer.isdisjoint(words[s0:s1])
        and not rules.reader.isdisjoint(words[end:])
    )
