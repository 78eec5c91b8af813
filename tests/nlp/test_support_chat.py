"""The families of ``lexicons/en/patterns_6_support_chat.toml``: support in the chat register
(encouragement, offers stated, solidarity, validation of a choice, taking the reader's side,
slang comfort, reassurance about the future, praise of effort), on forms written for this test
(none is in a register set or the gold set).

Each case pins the family that wins and the words it consumes; the look-alikes beside them must
find none of these families. The last test pins what the whole pass makes of them: support, and
never the writer's own feeling.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_support_reader import families
from tests.realtext.evaluate import features_of, support_fired

NEW = {
    "encourage_chat",
    "offer_chat",
    "together_chat",
    "fair_choice",
    "take_side",
    "sorry_chat",
    "reassure_future",
    "praise_effort",
    "rough_chat",
    "granted_chat",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok now go get em champ", [("encourage_chat", "ok now go get them")]),
        ("go ace that exam tomorrow", [("encourage_chat", "go ace that exam")]),
        ("knock em dead at the pitch", [("encourage_chat", "knock them dead")]),
        ("break a leg out there!!", [("encourage_chat", "break a leg")]),
        ("honestly u were built for this role", [("encourage_chat", "you were built for this")]),
        ("we're all cheering u on", [("encourage_chat", "cheering you on")]),
        (
            "keeping my thumbs crossed for u",
            [("encourage_chat", "keeping my thumbs crossed for you")],
        ),
        ("u've done the prep, trust urself", [("encourage_chat", "you have done the prep")]),
        ("im just a phone call away", [("offer_chat", "i am just a phone call away")]),
        ("say the word and i'm on the next train", [("offer_chat", "say the word")]),
        ("u can always stay with us", [("offer_chat", "you can always stay with us")]),
        ("my door's always open", [("offer_chat", "my door 's always open")]),
        ("i'd be happy to proofread it tonight", [("offer_chat", "i 'd be happy to proofread")]),
        (
            "let me deal with the landlord, u rest",
            [("offer_chat", "let me deal with the landlord")],
        ),
        ("whatever u need tonight, i mean it", [("offer_chat", "whatever you need")]),
        (
            "if u need a place to stay, we have a sofa bed",
            [("offer_chat", "if you need a place to stay")],
        ),
        ("team u all the way", [("together_chat", "team you")]),
        ("you and me against the world", [("together_chat", "you and me against the world")]),
        (
            "ur not facing this alone anymore",
            [("together_chat", "you are not facing this alone anymore")],
        ),
        ("quitting was the smart move", [("fair_choice", "was the smart move")]),
        (
            "it's okay to take a step back from them",
            [("fair_choice", "it is ok to take a step back")],
        ),
        ("you're within your rights to refuse", [("fair_choice", "you are within your rights")]),
        ("u owe that guy nothing", [("fair_choice", "you owe that guy nothing")]),
        ("you were right to say something", [("fair_choice", "you were right to say")]),
        ("anyone would have walked out", [("fair_choice", "anyone would have walked out")]),
        (
            "you don't have to call her back if you don't want to",
            [("fair_choice", "you do not have to call her back if you do not want")],
        ),
        ("ur manager was way out of line", [("take_side", "your manager was way out of line")]),
        ("honestly that's not on you at all", [("take_side", "that is not on you")]),
        (
            "the school had no right to share your grades",
            [("take_side", "the school had no right to share your")],
        ),
        (
            "ur sister should be apologising to u",
            [("take_side", "your sister should be apologising to you")],
        ),
        ("i'm firmly in your corner", [("take_side", "i am firmly in your corner")]),
        (
            "the way she spoke to you was gross",
            [("take_side", "the way she spoke to you was gross")],
        ),
        ("oof i'm so sorry hun", [("sorry_chat", "oof i am so sorry hun")]),
        ("*hugs u tight*", [("sorry_chat", "hugs you")]),
        ("this pain won't last forever", [("reassure_future", "this pain will not last forever")]),
        (
            "it won't always hurt like this",
            [("reassure_future", "it will not always hurt like this")],
        ),
        (
            "u'll find someone even better",
            [("reassure_future", "you will find someone even better")],
        ),
        ("u always figure it out", [("reassure_future", "you always figure it out")]),
        (
            "one day ur gonna look back on all this",
            [("reassure_future", "you are going to look back on all this")],
        ),
        ("the worst part is over", [("reassure_future", "the worst part is over")]),
        ("things should settle down after exams", [("reassure_future", "things should settle")]),
        ("the right flat will come along", [("reassure_future", "the right flat will come along")]),
        ("ur trying so hard and it shows", [("praise_effort", "trying so hard and it shows")]),
        (
            "the effort ur making is inspiring",
            [("praise_effort", "the effort you are making is inspiring")],
        ),
        (
            "ur handling the move like a pro",
            [("praise_effort", "you are handling the move like a pro")],
        ),
        ("u kept showing up even when it sucked", [("praise_effort", "you kept showing up")]),
        ("well done you!!", [("praise_effort", "well done")]),
        (
            "ur way stronger than u realise",
            [("praise_effort", "your way stronger than you realise")],
        ),
        (
            "the fact you even asked says so much",
            [("praise_effort", "the fact you even asked says so much")],
        ),
        ("honestly that was brave", [("praise_effort", "honestly that was brave")]),
        ("what a crap week", [("rough_chat", "what a crap week")]),
        ("that call sounded awful", [("rough_chat", "that call sounded awful")]),
        ("we got this babe", [("together_chat", "we got this")]),
        ("it'll all blow over by monday", [("reassure_future", "it will all blow over")]),
        ("u'll get the hang of it", [("reassure_future", "you will get the hang of it")]),
        (
            "you'll be back on your feet in no time",
            [("reassure_future", "you will be back on your feet")],
        ),
        ("u nailed it tonight", [("praise_effort", "you nailed it")]),
        ("you did so well up there", [("praise_effort", "you did so well")]),
        ("u worked ur ass off for this", [("praise_effort", "you worked your ass off")]),
        ("that took a lot out of u", [("rough_chat", "took a lot out of you")]),
        (
            "that couldn't have been easy for you",
            [("rough_chat", "that could not have been easy for you")],
        ),
        (
            "four years ago u couldnt swim and now look at you",
            [("praise_effort", "and now look at you")],
        ),
        (
            "u'll get used to the new office",
            [("reassure_future", "you will get used to the new office")],
        ),
        ("ur crushing it lately", [("praise_effort", "you are crushing it")]),
        ("so proud of how u handled the meeting", [("praise_effort", "how you handled")]),
        ("i love the way you stood up for her", [("praise_effort", "the way you stood up for")]),
        ("that's a brave thing to admit tbh", [("praise_effort", "a brave thing to admit")]),
        ("that's such a heavy load to carry", [("rough_chat", "a heavy load to carry")]),
        ("fingers and toes crossed for tmrw", [("encourage_chat", "fingers and toes crossed")]),
        ("go in there and smash it", [("encourage_chat", "go in there and smash it")]),
        ("u're gonna nail it", [("it_will_pass", "you are going to nail it")]),
        ("ur not by yourself in this", [("together_chat", "you are not by yourself in this")]),
        ("i'm with you all the way", [("take_side", "i am with you all the way")]),
        (
            "that's on your brother, not on you",
            [("take_side", "that is on your brother , not on you")],
        ),
        (
            "wanting a day to yourself is totally normal",
            [("fair_choice", "wanting a day to yourself is totally normal")],
        ),
        (
            "you don't have to justify yourself to them",
            [("fair_choice", "you do not have to justify yourself")],
        ),
        ("big hugs headed your way", [("sorry_chat", "big hugs headed your way")]),
        (
            "in a year this will feel like a distant memory",
            [("reassure_future", "will feel like a distant memory")],
        ),
        ("u'll find something soon", [("reassure_future", "you will find something soon")]),
        ("ur too good for that job", [("reassure_future", "you are too good for that job")]),
        ("mad respect for the way u handled him", [("praise_effort", "the way you handled")]),
        ("ur killing it with the new routine", [("praise_effort", "you are killing it")]),
        ("the time u put in really shows", [("praise_effort", "the time you put in really shows")]),
        ("u stuck it out", [("praise_effort", "you stuck it out")]),
        ("go knock it out of the park", [("encourage_chat", "knock it out of the park")]),
        ("if u wanna offload later, i'm free", [("offer_chat", "if you want to offload")]),
        (
            "we'll sort it out next week together",
            [("together_chat", "we will sort it out next week together")],
        ),
        ("ur never alone in this", [("together_chat", "you are never alone in this")]),
        ("u made a sound call", [("fair_choice", "you made a sound call")]),
        ("ur entitled to be annoyed", [("fair_choice", "you are entitled to be annoyed")]),
        (
            "you're allowed to have an off day",
            [("fair_choice", "you are allowed to have an off day")],
        ),
        ("none of this was your fault", [("fair_choice", "none of this was your fault")]),
        (
            "the landlord had zero right to enter your flat",
            [("take_side", "the landlord had zero right to enter your")],
        ),
        (
            "your coach was being so harsh on you",
            [("take_side", "your coach was being so harsh on you")],
        ),
        ("that was so unfair on you", [("take_side", "that was so unfair on you")]),
        ("it'll all come good", [("reassure_future", "it will all come good")]),
        (
            "this will all be a distant memory",
            [("reassure_future", "will all be a distant memory")],
        ),
        (
            "u dealt with it like a real pro",
            [("praise_effort", "you dealt with it like a real pro")],
        ),
        (
            "nobody could have done that better",
            [("praise_effort", "nobody could have done that better")],
        ),
        ("aw that's so grim", [("rough_chat", "aw that is so grim")]),
        ("go show em what u've got", [("encourage_chat", "show them what you have got")]),
        ("i'll pop round with cake later", [("offer_chat", "i will pop round with cake")]),
        ("say when and i'll come get you", [("offer_chat", "say when and i will")]),
        ("we're a team, remember", [("together_chat", "we are a team")]),
        ("we'll figure it out babe", [("together_chat", "we will figure it out")]),
        ("u don't owe her a reply", [("fair_choice", "you do not owe her a reply")]),
        ("taking a sick day is your right", [("fair_choice", "is you are right")]),
        ("no, that's on him not you", [("take_side", "no , that is on him not you")]),
        ("massive squeeze for u", [("sorry_chat", "massive squeeze")]),
        ("it'll all be a funny story one day", [("reassure_future", "will all be a funny story")]),
        ("the hardest bit is over", [("reassure_future", "the hardest bit is over")]),
        ("u did amazing", [("praise_effort", "you did amazing")]),
        (
            "how you kept going was inspiring",
            [("praise_effort", "how you kept going was inspiring")],
        ),
        ("u've got so much on", [("rough_chat", "you have got so much on")]),
        ("go for gold on saturday", [("encourage_chat", "go for gold")]),
        ("best of british with the driving test", [("encourage_chat", "best of british")]),
        ("if u need a breather, my flat is free", [("offer_chat", "if you need a breather")]),
        ("we'll get u through this", [("offer_chat", "we will get you through this")]),
        ("we're all behind u on this", [("together_chat", "we are all behind you")]),
        ("so many of us have been there", [("together_chat", "so many of us have been there")]),
        ("ur honestly not alone", [("together_chat", "you are honestly not alone")]),
        (
            "fine to bail on the dinner if you're knackered",
            [("fair_choice", "fine to bail on the dinner if you")],
        ),
        ("you had every reason to walk out", [("fair_choice", "you had every reason to")]),
        ("it's not your problem to fix", [("fair_choice", "it is not your problem to fix")]),
        ("it'll be alright eventually", [("reassure_future", "it will be alright eventually")]),
        (
            # said first by the older "you will feel ..." family (both are support; nothing counted
            # twice)
            "you'll feel like yourself again",
            [("it_will_pass", "you will feel like yourself again")],
        ),
        ("your luck will turn around", [("reassure_future", "your luck will turn around")]),
        ("you nailed that interview", [("praise_effort", "you nailed that interview")]),
        ("fair play to you", [("praise_effort", "fair play")]),
        (
            "not many people would have stayed so calm",
            [("praise_effort", "not many people would have stayed")],
        ),
        ("that's too much to juggle", [("rough_chat", "too much to juggle")]),
        ("long day for you huh", [("rough_chat", "long day")]),
        ("argh that's so unlucky", [("rough_chat", "argh that is so unlucky")]),
        ("of course you are. text me any updates ok?", [("granted_chat", "of course you are")]),
        ("aw course u do hun", [("granted_chat", "aw course you do")]),
        ("i mean of course you were", [("granted_chat", "i mean of course you were")]),
        ("well course you would babe", [("granted_chat", "well course you would")]),
    ],
)
def test_chat_support_finds_its_family(text, expected):
    assert families(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "want me to come over later?",  # an offer asked is a question
        "can u go get them from the car",  # an errand
        "i broke a leg skiing once",
        "you were made to wait two hours lol",
        "text me when you get there",  # logistics
        "whatever you need to do, do it before friday",  # advice
        "we'll figure out the rota tomorrow",  # planning, not together through a hardship
        "it was a fair thing for him to ask",  # a third person's side against the reader
        "that was the right call by the ref",  # a third person's choice
        "you were out of line last night",  # criticism of the reader
        "he wasnt out of line, you started it",
        "that one's on you",  # blame
        "you had no right to read my messages",
        "my citations were in the wrong format",
        "i'm sorry babe, i forgot to call",  # an apology that goes on
        "i am sorry",  # bare: an apology as much as sympathy
        "well done genius, you broke it",  # sarcasm
        "that was brave of him",  # a third person
        "you showed up late again",
        "the meeting sounded like it went fine",
        "rooting around in the attic",
        "i got a new phone, call whenever you want to hear the ringtone?",  # a question
        "i'm sorry babe",  # bare: an apology as much as sympathy
        "you did it again didn't you",
        "we got this one on sale",
        "you'll get used to me being late lol",
        "it was easy for you",
        "i hate how you handled that",  # criticism
        "the bass is crushing it tonight",  # a thing
        "everyone went through the checkout",
        "ha, i'm with you on that one",  # agreement
        "he was out of line with the waiter",  # a third person wronged
        "parking is fine on sundays",
        "the love your dog shows is sweet",
        "you're allowed to park here after six",  # a rule, not a permission to rest
        "that film was crap",  # a thing
        "you were being so harsh on me",  # criticism of the reader
        "if you want to talk about the budget, call me?",
        "we did the quiz together last year",
        "i need a big hug",  # the writer's own need
        "say when you're ready to order",
        "we're a team of six",
        "we'll figure it out later, not hungry yet",  # planning
        "how you got the job is a mystery",
        "the hard part is finding parking",
        "long day. going to bed",  # the writer's own day
        "i'm behind you in the queue",
        "fair play is important in sport",
        "of course you are invited",  # the clause goes on: no feeling granted
        "of course you're coming to the party?",
        "of course you are?",  # a question
        "of course you did it wrong again",
        "of course i am",  # the writer's own
    ],
)
def test_look_alikes_find_no_chat_family(text):
    assert not [f for f, _ in families(text) if f in NEW]


def test_chat_support_is_support_and_not_the_writers_feeling():
    texts = [
        "ur manager was way out of line",
        "this pain won't last forever",
        "quitting was the smart move",
        "im just a phone call away",
        "he wasnt out of line, you started it",
        "i'm sorry babe, i forgot to call",
        "oof i'm so sorry hun",
        "the worst part is over",
    ]
    feats = features_of(texts)
    assert list(support_fired(feats)) == [True, True, True, True, False, False, True, True]
    assert list(feats["tier"]) == [1, 1, 1, 1, 1, 1, 1, 1]
    assert not feats["feeling"].any()
