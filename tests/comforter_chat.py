"""A two-person chat in which one person only comforts and the other discloses.

Robin tells Jo about a hard few months (a sick father, a job that drains her, a friendship
cooling off); Jo only reflects, reassures, praises and wishes well, and never says a feeling of
her own. Every line below was written for this test by the project. :func:`chat` arranges them,
seeded, into 220 exchanges over 20 weeks: each exchange is one message of Robin's (a disclosure,
or small talk) and Jo's answer (a comforting reply to a disclosure, small talk to small talk),
with light variation (an opening word, a closing emoji, lowercase) so that no two weeks read
alike.

A careful reader sees who opens up here: Robin. The chat is the test of the "whose feeling"
rule: Jo's reflections ("you seem so worn down", "I can tell you're worried about him") name
feelings, but they are Robin's feelings, named back to her.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 21
EXCHANGES = 220

#: Robin's disclosures: her own feelings, in the first person.
DISCLOSURES = (
    "I'm so worried about my dad, the scan results come back friday",
    "honestly I feel like I'm falling apart this week",
    "I cried in the car before work again",
    "I'm scared the treatment won't work",
    "I feel so guilty that I can't visit him more",
    "work is draining me, I'm exhausted all the time",
    "I'm so anxious I can barely sleep",
    "I feel really lonely since Maya stopped texting back",
    "I'm hurt she didn't even ask how my dad is",
    "I'm angry at myself for snapping at my mum",
    "I feel like a failure at everything right now",
    "I'm so tired of pretending I'm fine",
    "I was so relieved when the doctor called, it's not spreading",
    "I'm nervous about talking to my manager tomorrow",
    "I feel overwhelmed by all the hospital paperwork",
    "I'm frustrated with myself, I keep forgetting things",
    "I'm sad that this year went like this",
    "I'm proud of myself for asking for a week off",
    "I feel numb most evenings",
    "I'm terrified of losing him",
    "I'm embarrassed I broke down in the meeting",
    "I'm really happy he laughed today, first time in weeks",
    "I feel stuck, I don't know what to do about the job",
    "I'm so stressed about money with all the travel",
    "I miss how things were before all this",
    "I feel ashamed that I'm relieved to be home",
    "I'm disappointed that my brother isn't helping",
    "I'm grateful my aunt is there with him",
    "I feel so alone in the evenings",
    "I'm upset that nobody at work noticed",
)

#: Jo's answers to a disclosure: reflection, validation, reassurance, praise, warm wishes.
COMFORT = (
    "you seem so worn down lately",
    "I can tell you're really worried about him",
    "it sounds like the waiting is weighing on you",
    "that must be so hard for you",
    "of course you're scared, anyone would be",
    "it's completely normal to feel guilty about that, you're doing everything you can",
    "you must be exhausted",
    "I can see why you'd be anxious",
    "that sounds so lonely",
    "that must have really hurt",
    "don't be so hard on yourself, you've been carrying so much",
    "you're not failing, you're doing so much right now",
    "you don't have to pretend with me",
    "you must be so relieved!!",
    "I get why that feels scary, you'll be fine tomorrow",
    "it's a lot to deal with on top of everything",
    "that sounds really frustrating",
    "it's okay to feel sad about it",
    "you should be proud, that took courage",
    "so many people feel numb when they're carrying this much",
    "I understand that it's hard to imagine losing him",
    "please don't feel embarrassed, you're human",
    "it must be so good to hear him laugh",
    "I can tell you've been stuck on this for a while",
    "that sounds like so much pressure",
    "of course you miss it, it was a good time",
    "you have nothing to be ashamed of",
    "it makes sense that you'd be disappointed in him",
    "I'm really glad your aunt is with him",
    "you're not alone in this, I'm here",
    "I'm here for you, always",
    "you're doing amazing, honestly",
    "take good care of yourself tonight",
    "sending you a big hug",
    "I'm sorry you're going through this",
    "hang in there, you're stronger than you think",
    "I admire how you keep going",
    "wishing you a calmer week",
)

#: Small talk, either side.
SMALL_ROBIN = (
    "did you watch the match last night",
    "what are you making for dinner",
    "the train was late again",
    "I finally finished that book",
    "it's raining here all day",
    "are you still going to the market on saturday",
    "the cat knocked over my plant lol",
    "I need a new phone charger",
    "we got pizza at work today",
    "my neighbour is painting the fence",
)
SMALL_JO = (
    "yes! what a finish",
    "probably pasta, nothing fancy",
    "ugh trains",
    "nice, which one was it",
    "sunny here for once",
    "yes, around ten",
    "haha classic cat",
    "there's one in the drawer by the door",
    "lucky you",
    "what colour",
)

_OPENERS = ("", "", "", "hey ", "honestly ", "so ")
_JO_OPENERS = ("", "", "", "oh ", "aw ", "hey, ")
_CLOSERS = ("", "", "", " ❤️", " x", " 🫂")


def chat() -> pd.DataFrame:
    """``timestamp``, ``author``, ``text`` of the chat: 220 messages each, seeded."""
    rng = np.random.default_rng(SEED)
    rows = []
    start = pd.Timestamp("2025-01-06 19:00")
    for k in range(EXCHANGES):
        day = start + pd.Timedelta(days=int(k * 140 / EXCHANGES), minutes=int(rng.integers(0, 90)))
        if rng.random() < 0.6:
            robin = str(rng.choice(DISCLOSURES))
            jo = str(rng.choice(_JO_OPENERS)) + str(rng.choice(COMFORT))
            jo += str(rng.choice(_CLOSERS))
        else:
            i = int(rng.integers(len(SMALL_ROBIN)))
            robin, jo = SMALL_ROBIN[i], SMALL_JO[i]
        robin = str(rng.choice(_OPENERS)) + robin
        if rng.random() < 0.3:
            robin = robin.lower()
        rows.append((day, "Robin", robin))
        rows.append((day + pd.Timedelta(minutes=int(rng.integers(1, 20))), "Jo", jo))
    return pd.DataFrame(rows, columns=["timestamp", "author", "text"])
