"""Whose feeling it is, and the support families with open slots.

A feeling word whose experiencer is the reader is a reflection (support), never the writer's
tier or feeling statement; the writer's own reaction stays theirs; a third party's feeling is a
disclosure about one's life. Each support family fires on several wordings (adverbs, typos the
normaliser fixes, a following clause) and not on its look-alikes: plain advice, praise of a
third person, sarcasm, agreement.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import experiencer
from analyzer.nlp.features import build_pipeline
from analyzer.nlp.normalise import normalise_doc
from tests.nlp.pack_cases import whose_reading
from tests.realtext.evaluate import features_of

# text, tier, feeling statement, support (cat_support or cat_validation), reflection, reflected
CASES = [
    # --- the reader's feeling: a reflection, never the writer's tier
    ("I can definitely understand why you'd be upset", 1, False, True, True, "upset"),
    ("I understand that it's hard to be left out of plans", 1, False, True, True, "left_out"),
    ("I can see how that would hurt", 1, False, True, True, "hurt"),
    ("I can tell you're exhausted", 1, False, True, True, "exhausted"),
    ("I can tell that you have been so stressed lately", 1, False, True, True, "stressed"),
    ("it sounds like the deadline is weighing on you", 1, False, True, True, "weighing"),
    ("you seem really worn down", 1, False, True, True, "down"),
    ("it must be so lonely for you out there", 1, False, True, True, "lonely"),
    # a question or a condition about the reader's feeling: not the writer's, not a reflection
    ("are you still angry about it?", 1, False, False, False, ""),
    ("if you're worried, call the doctor", 1, False, False, False, ""),
    # an accusation is no reflection
    ("you're always so angry at me", 1, False, False, False, ""),
    # --- the writer's own reaction stays theirs, at its tier, beside the support
    ("I feel awful for you, that's so unfair", 2, True, True, False, ""),
    ("I'm so sorry, I feel awful", 2, True, True, False, ""),
    ("I'm so anxious, I can't sleep", 2, True, False, False, ""),
    ("it makes me so sad when you ignore me", 2, True, False, False, ""),
    # --- a third party's feeling: a disclosure, no feeling statement of the writer's
    ("my boss is furious with me", 2, False, False, False, ""),
    ("my sister is so anxious about her exams", 2, False, False, False, ""),
    # a generic "you" ("when you ...") is left to the writer
    ("when you feel alone it's the worst", 3, False, False, False, ""),
    # ... but "when you're *this* stressed" points at the reader's state now
    ("i get it. when you're this stressed it comes out sideways", 1, False, True, False, ""),
    # a bond or an event with the reader as its subject is the reader's ...
    ("that's super common, you miss the people and the routine", 1, False, True, False, ""),
    # ... unless it is inside the writer's own feeling
    ("I'm scared you're going to leave", 3, True, False, False, ""),
    # a gerund subject with the reader later: the reader's, and no reflection
    ("being easily offended doesn't make you right", 1, False, False, False, ""),
    ("being so anxious is exhausting", 2, False, False, False, ""),
    # "it gets so ..." has no first person: no feeling statement of the writer's
    ("I really do understand, it gets so draining", 1, False, True, False, ""),
    ("it makes me so tired and anxious", 2, True, False, False, ""),
    # --- general forms: a bare noun subject, an elided "you", adverbs and typos between, the
    # writer's frame before the reader's clause
    ("the whole custody thing is obviously wearing on you", 1, False, True, True, "wearing"),
    ("must be exhausting having to chase them every single week", 1, False, True, True,
     "exhausting"),
    ("sounds rough ngl, sorry", 1, False, True, True, "rough"),
    ("must feel so lonely in that flat", 1, False, True, True, "lonely"),
    ("it must be hard for you to see her like this", 1, False, True, True, "hard"),
    ("you sound genuinly worn out", 1, False, True, True, "worn_out"),
    ("u look so stressed today", 1, False, True, True, "stressed"),
    ("you seemed really shaken after the call", 1, False, True, True, "shaken"),
    ("i can tell that youre anxious about monday", 1, False, True, True, "anxious"),
    # an anger word said of the reader reflects when the writer frames it ...
    ("i get that you're angry with her", 1, False, True, True, "angry"),
    ("i think you're more hurt than you let on", 1, False, True, True, "hurt"),
    ("i can sense you're not ok", 1, False, True, False, ""),
    ("i can feel how worried you are about him", 1, False, True, True, "worried"),
    # ... and not in a quarrel ("act like you're ...": a subject after all)
    ("don't act like you're upset, you did this", 1, False, False, False, ""),
    # a general truth told to the reader: a gerund subject with a feeling verb reflects; a
    # feeling noun heading the subject reflects when its clause names the reader
    ("being left out like that hurts. it's not your fault", 1, False, True, True, "hurt"),
    ("the grief of the last months is really showing on you", 1, False, True, True, "grief"),
    ("crying won't fix anything. you need a plan", 1, False, False, False, ""),
    # a feeling inside a normalising support act is nobody's statement
    ("feeling numb after a loss like that is completely normal", 1, False, True, False, ""),
    # a reflection said of a third party is no support; their feeling counts as theirs
    ("he sounds exhausted lately", 0, False, False, False, ""),
    ("my cousin must be so lonely out there", 3, False, False, False, ""),
    # an apology for one's own fault, and a quarrel's "that's so unfair", are no support
    ("so sorry that i was late again", 1, False, False, False, ""),
    ("so sorry i forgot to call you back", 1, False, False, False, ""),
    ("that's so unfair. you promised you'd come", 1, False, False, False, ""),
    ("that's so unfair to you, you earned that spot", 1, False, True, False, ""),
    # "get" before an adjective is the writer's own feeling, not a frame ("I get *extreme*
    # anxiety"); before a gerund or an article next to the feeling it is understanding
    ("I get extreme anxiety before exams", 2, True, False, False, ""),
    ("i get the worst anxiety before exams", 2, True, False, False, ""),
    ("i get so anxious before every flight", 2, True, False, False, ""),
    ("i totally get the guilt", 1, False, True, True, "guilt"),
    # "ur" for "you're" before a state word; "bet" with "I" left out frames the reader's state
    ("i'm guessing ur still pretty shaken up", 1, False, True, True, "shaken_up"),
    ("bet ur nervous as hell", 1, False, True, True, "nervous"),
    ("bet she's buzzing about the promotion", 2, False, False, False, ""),
    # a tease names the reader's feeling as someone's: not the writer's, no reflection
    ("someone's grumpy today", 1, False, False, False, ""),
    ("look who's all nervous lol", 1, False, False, False, ""),
    # a thing of the reader's that sounded / looked a feeling: the reader's state
    ("your texts sounded really anxious last night", 1, False, True, True, "anxious"),
    ("u were prob scared stiff when the lights went out", 1, False, True, True, "scared"),
]


@pytest.fixture(scope="module")
def frame():
    return features_of([c[0] for c in CASES]).reset_index(drop=True)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_whose_feeling(frame, i):
    text, tier, feeling, support, reflection, reflected = CASES[i]
    assert whose_reading(frame.iloc[i]) == (tier, feeling, support, reflection, reflected)


# family -> (wordings that must fire, look-alikes that must not)
FAMILIES = {
    "understanding": (
        ["i totaly get it, that would drive anyone crazy", "I can definitely understand why",
         "i can really see why that stung", "I understand that it's hard to be left out"],
        ["I see what you mean but I disagree", "i got a new phone, i see why people like it"],
    ),
    "reflection": (
        ["you seem really worn down", "I can tell you're exhausted",
         "it sounds like the deadline is weighing on you"],
        ["you seem to have missed the point", "she seems really worn down"],
    ),
    "normalising": (
        ["so many people go through exactly this after a breakup",
         "that's a really common reaction", "it's pretty normal to struggle after a move",
         "anyone would be upset after that", "you're not the only one who feels this way"],
        ["so many people showed up to the party", "that's a really common name"],
    ),
    "naming the difficulty": (
        ["that is a tough spot to be in", "what a nightmare, I'm sorry", "ugh that's so rough",
         "it's so frustrating when nobody calls you back"],
        ["what a game last night", "what a tough exam that was"],
    ),
    "affirmation": (
        ["that's the right attitude", "you should be proud of yourself",
         "I admire that you kept going", "good on you for asking for help", "look at you go",
         "you're so brave for telling her", "that takes real courage",
         "great job on the interview!!"],
        ["she's so brave for telling him", "his attitude is great",
         "that's the right attitude for the team to have",
         "great job breaking the printer, genius", "oh great job, you ruined it again"],
    ),
    "warm wishes": (
        ["wishing you all the best with it", "take good care of yourself",
         "be gentle with yourself this week", "thinking of you today"],
        ["take care of the dog while I'm gone", "thinking of getting a new phone"],
    ),
    # the general forms (patterns_4_support_general.toml), each beside its look-alikes
    "perceiving the reader's feeling": (
        ["i can sense you're really on edge about it", "i could see how drained you were at dinner",
         "it's so obvious how much you care about them"],
        ["i can tell you the time later", "i could see the stage from my seat"],
    ),
    "something doing a feeling to the reader": (
        ["all this waiting must be eating at you", "the move has clearly been getting to you",
         "that visit must have stirred up a lot for you"],
        ["the printer is eating my paper again"],
    ),
    "needless feelings": (
        ["you don't have to feel guilty about resting", "no reason to be embarrassed, it happens",
         "never be afraid to ask me for anything"],
        ["you don't have to bring anything saturday"],
    ),
    "praise in general forms": (
        ["the way you handled your brother was honestly amazing",
         "you put so much heart into that speech", "look at how far you've come since january",
         "you have really good instincts about people",
         "not many people would have had the courage to leave",
         "your effort does not go unnoticed", "good for you for saying no to him",
         "you made the right call leaving early", "you're one of the kindest people i know"],
        ["the way you described the film was so detailed", "you put the keys on the counter"],
    ),
    "normalising in general forms": (
        ["most of my friends went through this same thing in their first year",
         "that happens to way more people than you'd expect",
         "no one has it all figured out, honestly", "doubting yourself is part of the process",
         "grief comes in waves, be patient with it"],
        ["most of my friends went to the lake", "that happens a lot with this app",
         "my sister has it all figured out", "is part of the order still missing?"],
    ),
    "naming the difficulty in general forms": (
        ["moving twice in a year is no joke",
         "looking after a newborn is one of the hardest jobs there is"],
        [],
    ),
    "care and offers in general forms": (
        ["please be kind to yourself today", "give yourself a break, you've earned it",
         "call me whenever, even at 3am", "whatever you choose i'll support you",
         "i've got your back on this", "you didn't do anything wrong here",
         "you didn't ruin the party, everyone loved it"],
        ["give yourself plenty of time to get to the airport", "call me when you land",
         "whatever you choose, order me the same"],
    ),
    "look-alikes of support": (
        [],
        ["stay safe out there folks", "take care all, see you next week",
         "i understand the rules now", "i get it now, the blue one",
         "that's so unfair, i did all the dishes and you know it",
         "you get angry about everything lately", "he sounds stressed out these days",
         "my friend must be so overwhelmed with the twins", "so sorry that i forgot to text back"],
    ),
    "plain advice": (
        [],
        ["you should call a lawyer", "just book the flight and stop overthinking",
         "try drinking more water"],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def family_frame():
    texts = [t for pos, neg in FAMILIES.values() for t in pos + neg]
    feats = features_of(texts).reset_index(drop=True)
    fired = (feats["cat_support"] + feats["cat_validation"] > 0).to_numpy()
    return dict(zip(texts, fired, strict=True))


@pytest.mark.parametrize("family", list(FAMILIES))
def test_support_family(family_frame, family):
    pos, neg = FAMILIES[family]
    assert [t for t in pos if not family_frame[t]] == []
    assert [t for t in neg if family_frame[t]] == []


def _words(text: str) -> tuple[str, ...]:
    return normalise_doc(build_pipeline().make_doc(text), text).words


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        ("you seem so tired", "tired", experiencer.READER),
        ("i am so tired", "tired", experiencer.WRITER),
        ("it scares me", "scares", experiencer.WRITER),
        ("my boss is furious", "furious", experiencer.THIRD),
        ("your mom is worried", "worried", experiencer.THIRD),
        ("i know how lonely it gets", "lonely", experiencer.READER),
        ("i do not know why i am sad", "sad", experiencer.WRITER),
        ("i do not know why everything is so sad", "sad", experiencer.WRITER),
        ("that must be embarrassing", "embarrassing", experiencer.READER),
        ("ana must be embarrassed", "embarrassed", experiencer.UNDECIDED),
        ("so happy for you", "happy", experiencer.UNDECIDED),
        ("it must be hard for you", "hard", experiencer.READER),
        ("do not be so anxious", "anxious", experiencer.READER),
        ("i miss talking to you like we used to", "talking", experiencer.WRITER),
        ("when you feel alone it is the worst", "alone", experiencer.UNDECIDED),
        ("when you are so stressed it comes out", "stressed", experiencer.UNDECIDED),
        ("when you are this stressed it comes out", "stressed", experiencer.READER),
        ("when you are that tired everything is hard", "tired", experiencer.READER),
        ("being offended does not make you right", "offended", experiencer.READER),
        ("feeling guilty will not help you", "guilty", experiencer.READER),
        ("feeling guilty will not help me", "guilty", experiencer.UNDECIDED),
        ("being offended is the worst", "offended", experiencer.UNDECIDED),
        ("feeling so guilty today", "guilty", experiencer.UNDECIDED),
    ],
)
def test_experiencer(text, word, who):
    words = _words(text)
    k = words.index(word)
    assert experiencer.experiencer(words, k, k + 1, experiencer.load_rules())[0] == who


R, F, S = experiencer.READER, experiencer.BY_FRAME, experiencer.BY_SUBJECT


@pytest.mark.parametrize(
    ("text", "word", "length", "decided"),
    [
        # the writer's frame before the reader's clause makes a reflection (by frame) ...
        ("i can tell that you are anxious", "anxious", 1, (R, F)),
        ("i get that you are angry with her", "angry", 1, (R, F)),
        ("i think you are more upset than you let on", "upset", 1, (R, F)),
        # ... where the bare statement is a state (by subject) or none at all
        ("you are angry with her", "angry", 1, (R, S)),
        ("you are more upset than you let on", "upset", 1, (R, "")),
        # an adverb no list holds (a typo) stands between "you" and the feeling
        ("you sound completly burnt out", "burnt", 2, (R, S)),
        # "like you are": a subject after a preposition, its verb follows
        ("do not act like you are hurt", "hurt", 1, (R, S)),
        ("it sounds like you are in a really frustrating place", "frustrating", 1, (R, F)),
        # a noun subject with the reader as the object right after the feeling
        ("work seems to be crushing you", "crushing", 1, (R, F)),
        ("the icing on the fuck you cake", "fuck", 1, ("", "")),
        # a gerund subject with a feeling verb, told to the reader
        ("being left out like that hurts . it is not your fault", "hurts", 1, (R, F)),
        ("being left out like that hurts . it is not your fault", "left", 2, (R, "")),
        # a feeling noun heading the subject: reflects only with the reader in its clause
        ("the stress is really showing on you", "stress", 1, (R, F)),
        ("grief like that does not go away . give yourself time", "grief", 1, (R, "")),
        ("crying will not fix anything . you need a plan", "crying", 1, (R, "")),
        # no reader named, or the writer in the sentence: left undecided (the writer's default)
        ("feeling numb after that is normal", "numb", 1, ("", "")),
        ("stress at work is killing me", "stress", 1, ("", "")),
        ("smoking kills you", "kills", 1, ("", "")),
        # "get" takes a clause only after a gerund, a dummy, the reader or an article
        ("i get extreme anxiety", "anxiety", 1, ("writer", S)),
        ("i get the guilt", "guilt", 1, (R, F)),
        # "ur" (= you're) before a state word is the subject; a thing of the reader's that
        # sounded a feeling is the reader's state; a person of the reader's is not
        ("so your feeling left out", "left", 2, (R, S)),
        ("your voice sounded so anxious", "anxious", 1, (R, S)),
        ("your mum sounded so anxious", "anxious", 1, ("third", S)),
        # a tease opened by "someone's" or "look who's"; a real third person stays theirs
        ("someone 's grumpy today", "grumpy", 1, (R, "")),
        ("look who is all nervous", "nervous", 1, (R, "")),
        ("she is grumpy today", "grumpy", 1, ("third", S)),
        # "bet" and "reckon" with "I" left out, and "I'm sure", frame the reader's clause
        ("bet you are nervous", "nervous", 1, (R, F)),
        ("reckon you are nervous", "nervous", 1, (R, F)),
        ("i am sure you are exhausted", "exhausted", 1, (R, F)),
        ("i am not sure you are nervous", "nervous", 1, (R, S)),
        # a guess at the reader's past state is a reflection; the plain past is not
        ("you were probably terrified", "terrified", 1, (R, S)),
        ("you were obviously hurt by it", "hurt", 1, (R, S)),
        ("you were terrified on that ride", "terrified", 1, (R, "")),
        ("he was probably terrified", "terrified", 1, ("third", S)),
    ],
)
def test_experiencer_and_how(text, word, length, decided):
    words = _words(text)
    k = words.index(word)
    assert experiencer.experiencer(words, k, k + length, experiencer.load_rules()) == decided
