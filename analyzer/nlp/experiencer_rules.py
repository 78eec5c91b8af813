"""The words of one language's experiencer rule, read from its pack's ``experiencer.json``:
who is the subject of a state, which verbs frame a feeling, which cause one, and the rest of
what :mod:`analyzer.nlp.experiencer` decides with. Only data: the rule itself is in that module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from analyzer.nlp.normalise import normaliser
from analyzer.nlp.pack import load_pack

#: Whose feeling it is (:func:`analyzer.nlp.experiencer.experiencer`).
WRITER = "writer"
READER = "reader"
THIRD = "third"
UNDECIDED = ""
#: How the reader was found: as the subject of a state ("you *seem so* tired"), or by a frame,
#: an object or an imperative; "" for a reader's feeling not said as a state (no reflection).
BY_SUBJECT = "subject"
BY_FRAME = "frame"


@dataclass(frozen=True)
class ExperiencerRules:
    """The words of one language's experiencer rule (``lexicons/<lang>/experiencer.json``)."""

    reader: frozenset[str]
    writer: frozenset[str]
    third: frozenset[str]
    person_nouns: frozenset[str]
    possessives: frozenset[str]  # "*his* words hurt you": the owner of a thing, not a subject
    possessive_of_person: frozenset[str]
    dummy: frozenset[str]
    prepositions: frozenset[str]
    objects: frozenset[str]  # pronouns that after a preposition are no subject ("talking to you")
    reflexive: frozenset[str]  # never a subject ("you made *yourself* useless")
    state_path: frozenset[str]  # words between "you" and a feeling that say a state ("you *must
    # be so* proud"), unlike an act ("you made yourself useless")
    generic_before: frozenset[str]
    hypothetical: frozenset[str]
    frames: dict[str, frozenset[str]]  # frame verb -> the words that may open its clause
    frame_subject: frozenset[str]
    frame_negators: frozenset[str]
    like_frames: frozenset[str]
    inference: frozenset[str]
    wish_frames: frozenset[str]  # "hope (you) feel better": a wish is for the reader
    reaction_subjects: frozenset[str]  # "that's so scary": a reply's reaction to the reader's news
    frame_direct: frozenset[str]  # frame verbs that take a dummy subject or a noun directly
    to_reader: frozenset[str]
    to_writer: frozenset[str]
    imperatives: tuple[tuple[str, ...], ...]
    not_feelings: frozenset[str]  # lexicon terms naming an event or a bond, not a feeling
    leaders: frozenset[str]
    judging: frozenset[str]  # said of the reader these judge, not reflect ("you're so sensitive")
    laughter: frozenset[str]
    subordinators: frozenset[str]
    question_starts: frozenset[str]
    wh_questions: frozenset[str]
    like_word: frozenset[str]  # the word after "sounds / seems" in "sounds like ..."
    reader_subject: frozenset[str]  # reader words that are a subject ("you"), not a possessive
    reaction_alone: frozenset[str]  # reaction openers that need no reader later ("that's so ...")
    articles: frozenset[str]  # "what *a* week": an exclamation, not a question
    exclamative_wh: frozenset[str]  # "how awful": a question only before an auxiliary
    gerund_only: frozenset[str]  # frame verbs that take a feeling only as a gerund ("get")
    gerund_suffix: tuple[str, ...]
    # verbs of the writer's perception that take a clause about the reader directly ("I can
    # *tell* you're worried", "I *think* you're more upset than you let on"): with the writer as
    # their subject, the reader's feeling after them is a reflection, not a bare statement
    reader_frames: frozenset[str] = frozenset()
    # word endings that make a word an adverb between "you" and a feeling ("you sound
    # *completly* burnt out": a typo no list holds)
    state_suffixes: tuple[str, ...] = ()
    # words that may stand before a feeling noun that opens its clause ("*the* stress of ...")
    determiners: frozenset[str] = frozenset()
    # feeling words that are the verb of a clause whose subject is a gerund phrase ("being
    # ghosted like that *hurts*")
    predicate_feelings: frozenset[str] = frozenset()
    # verbs after which a pronoun that follows a preposition is a subject after all ("act like
    # you *are* hurt")
    verbs_after_object: frozenset[str] = frozenset()
    # "causing" phrases whose object is the experiencer ("this must be stressing *you* out", "i
    # hate that he hurt *you*", "sounds like it's wearing *you* down"): the stem of the verb ->
    # the words after it, longest first, where "*" is a slot for a word of :attr:`causing_slot`
    causing: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    causing_slot: frozenset[str] = frozenset()
    # everyone as the object, after a modal: "they'd upset *anyone*", "that would wear *anybody*
    # down" (a normalising reflection, not a third party's feeling)
    causing_generic: frozenset[str] = frozenset()
    generic_modals: frozenset[str] = frozenset()
    # words right after a causing phrase that make it something else ("it won't hurt you *to*
    # ask", "he threw you *a* party")
    causing_blockers: frozenset[str] = frozenset()
    # a copula before a participle makes it an adjective, not a causing verb ("i'm *scared* you're
    # going to leave"; but "it's *stressing* you out")
    copulas: frozenset[str] = frozenset()
    # the infinitive marker: "sorry *to* bother you", "i didn't mean *to* scare you"
    infinitive: frozenset[str] = frozenset()
    # word sequences that make a message sarcastic ("must be so tough *being you*", "*oh poor
    # you*"): a feeling named of the reader there is no reflection
    sarcasm: tuple[tuple[str, ...], ...] = ()
    # mockery that takes the support out of a whole message (analyzer/nlp/mockery.py): word
    # sequences that mock on their own ("u got this... *said no one ever*", "*sweatie*"), signs
    # of the raw text that do when said to the reader ("🙄"), condescending names for the reader
    # that mock only in a hostile message ("*kiddo*", "*champ*"), and signs of warmth that keep
    # such a name sincere even there ("you're such a big boy, so proud of you kiddo ❤️")
    mock_markers: tuple[tuple[str, ...], ...] = ()
    mock_signs: tuple[str, ...] = ()
    mock_vocatives: tuple[tuple[str, ...], ...] = ()
    warmth_signs: tuple[str, ...] = ()
    # verbs of a task after "hard to": "it must be hard to *find* parking" names no feeling
    task_verbs: tuple[tuple[str, ...], ...] = ()
    # past observations of the reader ("you *seemed* really happy at the party, who was that
    # guy"): followed by a question, a lead-in to small talk, not a reflection
    observation_past: frozenset[str] = frozenset()
    # the reader's own parts a causing verb may hurt ("hurt your *feelings*"); any other thing
    # of the reader's ("hurt your *chances*") names no feeling
    causing_owned: frozenset[str] = frozenset()
    # "don't *let* it get to you": the negation is the let's, the phrase a reassurance
    causing_let: frozenset[str] = frozenset()
    # question tags that end a sentence ("it's getting to you, *isn't it*"): a question
    tag_questions: tuple[tuple[str, ...], ...] = ()
    # reader possessives that chat also writes for "you're" ("*ur* still shaken up", "so *ur*
    # feeling left out"): before a state word they are the subject
    reader_contracted: frozenset[str] = frozenset()
    # openers of a tease that names the reader's feeling as someone's ("*someone's* grumpy
    # today", "*look who's* all nervous"): the reader's, no reflection
    teasing: tuple[tuple[str, ...], ...] = ()
    # frame verbs the writer says with "I" left out at the clause start ("*bet* you're buzzing")
    elided_frames: frozenset[str] = frozenset()
    # a past copula and the words of a guess that together make a past state of the reader a
    # reflection ("you *were probably* terrified"; not "you were terrified on that ride")
    past_state: frozenset[str] = frozenset()
    guess_words: frozenset[str] = frozenset()
    # a name the writer calls the reader by that holds a feeling: a title before it ("*mr*
    # grumpy", "*little miss* anxious") or a tail after it ("grumpy *pants*"), said as an address
    # (the name ends its clause) or pointed at ("*look at* little miss anxious ...")
    address_titles: tuple[tuple[str, ...], ...] = ()
    nickname_tails: frozenset[str] = frozenset()
    pointing_at: tuple[tuple[str, ...], ...] = ()
    # what the writer offers or bids the reader after a "when / if" clause ("when you're anxious
    # just *text me*", "if the panic comes back, *call me*"): the "you" of the clause is the reader
    reader_offers: tuple[tuple[str, ...], ...] = ()
    # words that make a feeling word a noun heading a relative clause whose subject is the
    # reader ("all *the* stress you have right now", "*the* pain you feel"): the reader's
    relative_heads: frozenset[str] = frozenset()
    # openers of a non-finite clause after the clause's verb ("learn history *instead of*
    # getting angry", "*to avoid* more hurt feelings", "*without* being scared") and the words
    # that may stand between the opener and the feeling besides the state words ("to avoid
    # *more* hurt feelings"): the feeling is felt by whoever the governing clause is about
    nonfinite_openers: tuple[tuple[str, ...], ...] = ()
    nonfinite_gap: frozenset[str] = frozenset()
    # words that join a second order to a first ("prepare for it *and* become happy with
    # yourself"): an order about the reader's feeling after them is one as at the clause start
    imperative_joins: frozenset[str] = frozenset()
    # auxiliaries of the future: a feeling foretold of a dummy subject in advice to the reader
    # ("it *will* hurt, try to take your mind off things") is the reader's, not the writer's
    future_aux: tuple[tuple[str, ...], ...] = ()
    # words that join the last item of a list ("wishing you health, love *and* happiness"): a
    # feeling in that item stands in the clause the list opened in, back over its commas
    list_joins: frozenset[str] = frozenset()
    #: auxiliaries (the pack's ``words.json`` ``auxiliaries``) that open a clause whose subject is
    #: elided after ", and" ("you are grieving, and *might* benefit from ..."): the one before
    elided_aux: frozenset[str] = frozenset()
    stem: Callable[[str], str] = field(default=str, compare=False, repr=False)
    window: int = 12


@lru_cache(maxsize=16)
def load_rules(language: str = "en") -> ExperiencerRules:
    """The experiencer words of ``language`` (its pack's ``experiencer.json``)."""
    pack = load_pack(language)
    data = pack.experiencer
    stem = normaliser(pack).stem

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    causing: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["causing"]:
        verb, *rest = phrase.split()
        causing.setdefault(stem(verb), []).append(tuple(rest))

    return ExperiencerRules(
        reader=words("reader"),
        writer=words("writer"),
        third=words("third"),
        person_nouns=words("person_nouns"),
        possessives=words("possessives"),
        possessive_of_person=words("possessive_of_person"),
        dummy=words("dummy"),
        prepositions=words("prepositions"),
        objects=words("objects"),
        reflexive=words("reflexive"),
        state_path=words("state_path"),
        generic_before=words("generic_before"),
        hypothetical=words("hypothetical"),
        frames={verb: frozenset(opens) for verb, opens in data["frames"].items()},
        frame_subject=words("frame_subject"),
        frame_negators=words("frame_negators"),
        like_frames=words("like_frames"),
        inference=words("inference"),
        wish_frames=words("wish_frames"),
        reaction_subjects=words("reaction_subjects"),
        frame_direct=words("frame_direct"),
        to_reader=words("to_reader"),
        to_writer=words("to_writer"),
        imperatives=tuple(tuple(p.split()) for p in data["imperatives"]),
        not_feelings=words("not_feelings"),
        leaders=words("leaders"),
        judging=words("judging"),
        laughter=words("laughter"),
        subordinators=words("subordinators"),
        question_starts=words("question_starts"),
        wh_questions=words("wh_questions"),
        like_word=words("like_word"),
        reader_subject=words("reader_subject"),
        reaction_alone=words("reaction_alone"),
        articles=words("articles"),
        exclamative_wh=words("exclamative_wh"),
        gerund_only=words("gerund_only"),
        gerund_suffix=tuple(data["gerund_suffix"]),
        reader_frames=words("reader_frames"),
        state_suffixes=tuple(data["state_suffixes"]),
        determiners=words("determiners"),
        predicate_feelings=words("predicate_feelings"),
        verbs_after_object=words("verbs_after_object"),
        causing={v: tuple(sorted(set(r), key=len, reverse=True)) for v, r in causing.items()},
        causing_slot=words("causing_slot"),
        causing_generic=words("causing_generic"),
        generic_modals=words("generic_modals"),
        causing_blockers=words("causing_blockers"),
        copulas=words("copulas"),
        infinitive=words("infinitive"),
        sarcasm=tuple(tuple(p.split()) for p in data["sarcasm"]),
        mock_markers=tuple(tuple(p.split()) for p in data["mock_markers"]),
        mock_signs=tuple(data["mock_signs"]),
        mock_vocatives=tuple(tuple(p.split()) for p in data["mock_vocatives"]),
        warmth_signs=tuple(data["warmth_signs"]),
        task_verbs=tuple(tuple(p.split()) for p in data["task_verbs"]),
        observation_past=words("observation_past"),
        causing_let=words("causing_let"),
        causing_owned=words("causing_owned"),
        tag_questions=tuple(tuple(p.split()) for p in data["tag_questions"]),
        reader_contracted=words("reader_contracted"),
        teasing=tuple(tuple(p.split()) for p in data["teasing"]),
        elided_frames=words("elided_frames"),
        past_state=words("past_state"),
        guess_words=words("guess_words"),
        address_titles=tuple(tuple(p.split()) for p in data["address_titles"]),
        nickname_tails=words("nickname_tails"),
        pointing_at=tuple(tuple(p.split()) for p in data["pointing_at"]),
        reader_offers=tuple(tuple(p.split()) for p in data["reader_offers"]),
        relative_heads=words("relative_heads"),
        nonfinite_openers=tuple(tuple(p.split()) for p in data["nonfinite_openers"]),
        nonfinite_gap=words("nonfinite_gap"),
        imperative_joins=words("imperative_joins"),
        future_aux=tuple(tuple(p.split()) for p in data["future_aux"]),
        list_joins=words("list_joins"),
        elided_aux=pack.word_set("auxiliaries"),
        stem=stem,
    )
