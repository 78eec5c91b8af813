"""Hand-written material for make_samples.py: exchanges, fragments and slot values.

Everything here was written for this project; the people are invented. Syntax: see the
docstring of make_samples.py. ``X`` is the person an exchange is about (the one who discloses,
brings news, or starts), ``Y`` the other; groups use ``A``..``D`` and ``M``.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "that sounds so hard",
        "oh no, that sounds really rough",
        "ugh I'm so sorry",
        "honestly that would get to anyone",
        "that sounds genuinely horrible",
        "oof. that's a lot",
        "that makes total sense tbh",
        "of course you feel like that",
        "that's completely fair to feel",
        "god that sounds awful",
        "I'm really sorry you're dealing with this",
        "that sounds so stressful",
        "oh love. that's hard",
        "that's really hard",
        "I hear you",
        "that's horrible, I'm sorry",
    ],
    "SUPPORT": [
        "I'm here for you",
        "I'm here if you want to talk",
        "want me to call?",
        "I'm always here x",
        "you don't have to deal with this on your own",
        "let me know if I can do anything",
        "I can come round if you want",
        "I've got you",
        "ring me whenever, I mean it",
        "I'm not going anywhere",
        "seriously, call me if it gets too much",
        "here whenever you need x",
    ],
    "HYPE": [
        "omg!!",
        "YESSS",
        "no way!!",
        "that's amazing",
        "so happy for you",
        "get in!!",
        "I knew you would",
        "stoppp that's brilliant",
        "AHHH",
        "wait what!! amazing",
        "buzzing for you",
        "told you!!",
    ],
    "LAUGH": [
        "lol",
        "hahaha",
        "😂😂",
        "lmao",
        "haha stop",
        "I'm crying 😂",
        "💀",
        "hahahaha",
        "lolll",
        "😂",
    ],
    "ACK": [
        "ok", "okay", "cool", "sounds good", "👍", "ok cool", "yep", "sure", "perfect", "grand",
    ],
    "BYE": [
        "night x",
        "night!",
        "sleep well",
        "ok off to bed",
        "speak tmrw",
        "gotta go, talk later",
        "night night 😴",
        "right I'm going to sleep",
        "ok bed. night",
        "night xx",
    ],
    "ANSWER": ["good thanks!", "not bad, long one", "fine! busy", "alright yeah", "meh. ok",
               "good good", "pretty good actually", "long. but fine", "yeah ok thanks",
               "can't complain", "fine, tired"],
    "QREPLY": ["maybe later, thank you", "yeah maybe", "I'll let you know", "yes please",
               "honestly yes", "it's ok, talking helped", "thank you x", "maybe. thanks",
               "not tonight but thank you", "I think I'm ok now", "yeah, I'd like that"],
    "MINIMAL": ["ok", "k", "lol", "yeah", "👍", "nice", "mm", "haha", "cool", "true", "ye", "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": ["the Crown", "Dishoom", "that Thai place on Mill Rd", "the Lamb", "Franco Manca",
              "the Italian by the station", "the Red Lion", "Wagamama", "the Greek place",
              "the Bell", "Côte", "that little ramen bar"],
    "food": ["pasta", "a curry", "fajitas", "stir fry", "jacket potatoes", "pizza", "risotto",
             "halloumi wraps", "a roast", "dal", "beans on toast", "gnocchi", "katsu curry"],
    "day": ["Saturday", "Sunday", "Friday", "Thursday", "Wednesday"],
    "time": ["7", "half 7", "8", "6ish", "quarter to 8", "7:30"],
    "film": ["the new Dune", "Paddington 2", "that Korean thriller", "Past Lives",
             "the heist film", "Aftersun", "the Wes Anderson one"],
    "show": ["Traitors", "Bake Off", "Slow Horses", "The Bear", "Taskmaster", "Severance",
             "Line of Duty", "Gogglebox", "the Gavin & Stacey rewatch"],
    "friend": ["Hannah", "Soph", "Ellie", "Becca", "Lauren", "Zara", "Naomi", "Amy"],  # "she"
    "friend_m": ["Marcus", "Kieran", "Raj", "Jamie", "Ollie"],
    "colleague": ["Deborah", "Claire", "Fiona", "Priti", "Janet", "Megan"],  # "she" in the pools
    "colleague_m": ["Graham", "Nikhil", "Stuart", "Dave", "Callum"],
    "town": ["Brighton", "Leeds", "Bristol", "York", "Margate", "Manchester", "Whitstable"],
    "shop": ["Tesco", "Aldi", "Sainsbury's", "Lidl", "the Co-op", "M&S"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Euston", "King's Cross", "Paddington", "Waterloo", "St Pancras"],
    "band": ["Arctic Monkeys", "Wet Leg", "Fontaines", "Little Simz", "Self Esteem", "Blur"],
    "drink": ["a pint", "a G&T", "a glass of red", "a cuppa", "an espresso martini"],
    "weather": ["absolutely chucking it down", "freezing", "weirdly sunny", "so grey",
                "blowing a gale", "drizzly again"],
    "thing": ["charger", "bank card", "umbrella", "water bottle", "good scarf", "phone charger"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["Chipotle", "that taco truck on 5th", "Blue Door", "the diner", "Shake Shack",
              "the ramen spot", "Olive Garden lol", "the brewery", "Sweetgreen", "Joe's Pizza"],
    "food": ["mac and cheese", "tacos", "ramen", "a burrito bowl", "pancakes", "wings",
             "grilled cheese", "pho", "leftover pizza", "chili"],
    "day": ["Saturday", "Sunday", "Friday", "Thursday"],
    "time": ["7", "7:30", "8", "6ish", "noon"],
    "film": ["the new Dune", "Oppenheimer", "that A24 horror one", "Past Lives", "Barbie",
             "the Spider-Verse sequel"],
    "show": ["The Bear", "Survivor", "Severance", "Love Is Blind", "Succession reruns",
             "Only Murders", "Abbott Elementary"],
    "friend": ["Kayla", "Bri", "Dani", "Priscilla", "Jen"],
    "friend_m": ["Marcus", "Tyler", "Nate"],
    "colleague": ["Denise", "Linda", "Heather", "Tanya"],
    "colleague_m": ["Greg", "Brandon", "Raj"],
    "town": ["Austin", "Denver", "Portland", "Chicago", "Nashville", "San Diego"],
    "shop": ["Target", "Trader Joe's", "Costco", "Walgreens", "Whole Foods"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Union Station", "the airport", "Penn Station"],
    "band": ["Phoebe Bridgers", "boygenius", "Mitski", "Bon Iver", "Zach Bryan"],
    "drink": ["a beer", "an iced coffee", "a margarita", "a boba"],
    "weather": ["so hot", "pouring", "freezing", "weirdly nice", "super humid"],
    "thing": ["charger", "wallet", "water bottle", "AirPods case", "laptop charger", "ID"],
}

# --- shared UK pools

OPEN_UK = [
    "X: hey you\nY: heyyy\nY: how's your day been?",
    "X: morning ☀️\nY: morning! sleep ok?\nX: not really lol, neighbours again\nY: noooo",
    "X: you about?\nY: yep what's up",
    "X: helloooo\nY: hiya 👋",
    "X: hey, how's things?\nY: good ta! bit knackered. you?\nX: same tbh",
    "X: {weather} here\nY: same, I got soaked walking back",
    "X: evening\nY: evening! just got in",
    "X: u alive\nY: barely lol\nY: long day",
    "X: hiii\nY: hey!! was literally about to message you",
    "X: you home yet?\nY: on the bus, 10 mins",
    "X: guess who just finished work early\nY: jealous\nY: what are you gonna do with yourself?",
    "X: how was your day?\nY: long! but ok. yours?\nX: fine, nothing exciting",
]

CLOSE_UK = [
    "X: right I need to sleep\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok I'm going to try and sleep\nY: good luck lol\nY: night",
    "X: gotta go, dinner's ready\nY: enjoy!",
    "X: battery on 2% bye\nY: lol bye",
    "X: anyway, speak tomorrow?\nY: yes! {BYE}",
    "X: right, off to bed\nY: night 💤",
    "X: ok I'm falling asleep mid sentence\nY: go to bed then 😂\nX: yes mum",
    "X: right, back to it\nY: good luck!",
    "X: got to dash, meeting\nY: go go go",
    "X: ok I'll let you get on\nY: speak later x",
    "X: brb, someone's at the door\nY: 👍",
]

LIGHT_UK = [
    "X: what are you having for tea\nY: {food} probably. you?\nX: {food2}\nY: fancy",
    "X: have you watched the new {show} yet\nY: no!! no spoilers\nX: I would never\n"
    "X: ...but the ending 😳",
    "X: <media>\nX: look who turned up in the garden\nY: omg a fox!!\nY: he looks so smug",
    "X: {weather} again\nY: honestly what even is this country\nX: {LAUGH}",
    "X: {day} still on for {place}?\nY: yes! {time}?\nX: perfect 👍",
    "X: I just walked into a glass door at work\nY: {LAUGH}\nY: are you ok\nX: my pride isn't",
    "X: do you know if {shop} is open late on Sundays\nY: till 4 I think\nX: ugh ok thanks",
    "X: just seen {friend} in {shop}, she says hi\nY: aw hi {friend}\n"
    "Y: is she still doing the marathon thing?\nX: apparently yes, mad",
    "X: <media>\nY: is that... a cake?\nX: it was meant to be\n"
    "Y: 😂😂 it's the thought that counts",
    "X: can't find my {thing} anywhere\nY: did you check your coat pocket\nX: ...found it\n"
    "X: don't say anything",
    "X: train's delayed again\nX: 40 mins this time\nY: nooo\nY: bring snacks next time",
    "X: recommend me a podcast for the drive\nY: have you done the one about the cult yet\n"
    "X: no! sold",
    "X: thinking of getting a plant\nY: you killed a cactus\nX: that was one time",
    "X: ok I've started {show}\nY: FINALLY\nY: what episode\nX: 3. why is everyone so shady\n"
    "Y: just wait",
    "X: fancy {film} at the weekend?\nY: ooh yes\nY: {day} afternoon?\nX: works for me",
    "X: my mum has discovered voice notes\nY: oh no\n"
    "X: she sent 6 this morning. one was just her breathing\nY: {LAUGH}",
    "X: just had the best {food} of my life\nY: where\nX: {place}\nY: adding it to the list",
    "X: do you still have my {thing}?\nY: oh god yes sorry\nY: I'll bring it {day}",
    "X: what time are you finishing?\nY: 6 hopefully\nX: want to get {drink} after?\nY: go on then",
    "X: <media>\nX: the sky tonight!!\nY: wow. that looks fake",
    "X: how do you cook rice without it going mushy\nY: less water lol\nX: genius. thank you chef",
    "X: quick q, are we still doing presents for {friend}'s birthday\n"
    "Y: think we said {num} each\nX: ok cool I'll sort it\nX: card says:\n+ happy birthday!!\n"
    "+ love from us x\nX: too boring?\nY: perfect",
    "X: I've been at this spreadsheet for 3 hours\nY: sounds fun\nX: it is not\nY: nearly weekend",
    "X: bus driver just wished me a lovely evening\nY: aww\nX: honestly made my week",
    "X: went to {town} today\nY: oh nice, what for?\nX: just a wander. had chips on the front\n"
    "Y: perfect day tbh",
    "X: <media>\nY: the state of that queue\nX: everyone in {town} had the same idea",
    "X: did you see the match\nY: don't\nX: that bad?\nY: we were robbed",
    "X: I've just realised I've been saying it wrong for years\nY: saying what\nX: 'quinoa'\n"
    "Y: {LAUGH}",
    "X: should I get a fringe\nY: no\nX: ok but hear me out\nY: still no 😂",
    "X: booked the dentist finally\nY: proud of you\nX: it's for {month}, that's the earliest",
    "X: new {band} album is so good\nY: I haven't listened yet!\nX: track 4. that's all I'm saying",
    "X: the heating's broken again\nY: noooo\nY: did you tell the landlord\n"
    "X: he 'will look into it'",
    "X: what's that place you said about, with the dumplings\nY: {place}?\nX: yes that one",
    "X: I've been asked to do a 5k for charity\nY: you??\nX: I know\n"
    "Y: I'll sponsor you a fiver lol",
    "X: random but do you remember the name of that song from the wedding\nY: which one\n"
    "X: the one everyone screamed to\nY: Mr Brightside obviously",
    "X: <media>\nY: is that your new desk setup\nX: work from home era\nY: very fancy",
    "X: currently stuck behind a tractor\nY: {LAUGH}\nY: rural life",
    "X: I ate a whole bag of mini eggs and it's not even Easter\nY: respect",
    "X: got a parking ticket 🙃\nY: noooo where\nX: outside {shop}. I was there 4 minutes\n"
    "Y: criminal",
    "X: help. what do I get my dad for his birthday\nY: socks\nX: he has 400 socks\nY: 401 then",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: can I be honest about something\nY: always\n"
    "X: I've been feeling really low about work lately\n+ like I dread Sunday nights\n"
    "Y: {VALIDATE}\nY: has something happened or is it more a build up?\n"
    "X: build up I think. {colleague} keeps piling stuff on me and I can't say no\n"
    "Y: that's exhausting. have you told anyone?\nX: not really\nY: {SUPPORT}\n~~~\n"
    "Y: how was work today? any better?\nX: a bit. I actually said no to {colleague} once 😅\n"
    "Y: look at you!! how did it feel\nX: terrifying. but good",
    "X: I've got the interview on {day}\nX: honestly I'm scared I'll mess it up\n"
    "Y: you won't. you know your stuff\nY: what's the bit you're most worried about?\n"
    "X: the presentation. my mind goes blank when people stare\n"
    "Y: want to practise it on me tomorrow?\nX: would you? that would help so much\n~~~\n"
    "Y: how did the interview go??\nX: ok I think!! the presentation was fine\nY: told you\n"
    "Y: what did they ask?\n"
    "X: loads about the team stuff. they said they'll let me know next week",
    "X: my mum rang, the scan results weren't great\n"
    "X: I don't really know what to do with myself\nY: oh no. I'm so sorry\n"
    "Y: what did she say?\n"
    "X: they need to do more tests. she's trying to be breezy about it but I can tell she's worri"
    "ed\nY: {VALIDATE}\nY: are you ok? honestly\nX: not really. I feel sick\nY: {SUPPORT}\n~~~\n"
    "Y: any news from your mum?\nX: tests are on {day}. she sounds a bit calmer\n"
    "Y: that's something. how are you holding up?\nX: better for talking about it tbh. thank you",
    "X: do you ever just feel like you're behind everyone\nY: all the time\n"
    "Y: what's brought this on?\nX: {friend} got engaged and bought a house in the same week\n"
    "X: and I'm happy for her but I also cried in the shower lol\n"
    "Y: that's allowed. both things can be true\n"
    "Y: you're not behind, you're just on a different route\n"
    "X: I know. I just needed to say it out loud",
    "X: I had a panic attack on the tube this morning\nY: oh god\n"
    "Y: are you ok now? where are you\nX: at my desk. I'm ok. just shaky\nY: {VALIDATE}\n"
    "Y: has that happened before?\nX: once or twice. I didn't tell you because I felt stupid\n"
    "Y: it's not stupid at all\nY: {SUPPORT}\n~~~\n"
    "Y: how are you feeling today? after yesterday\nX: better. I booked a GP appointment\n"
    "Y: I'm really glad. proud of you",
    "X: I feel like I'm failing at everything rn\nY: hey. what's going on?\n"
    "X: behind on deadlines\n+ flat's a tip\n+ haven't called my nan in weeks\n"
    "+ and I ate crisps for dinner\nY: that's a lot of plates spinning\n"
    "Y: which one is stressing you out the most?\nX: the deadlines I think\n"
    "Y: ok. that's one thing, not everything. want to make a list together?\n"
    "X: yeah. thank you. sorry for moaning\nY: you're not moaning, I asked",
    "X: I'm so stressed about money this month\nY: what's happened?\n"
    "X: the car needed a new clutch. {num}0 quid I didn't have\nY: {VALIDATE}\n"
    "Y: is there anything I can do? I can lend you a bit\n"
    "X: no no I'll be ok. just tight. but thank you\nY: offer stands",
    "X: honestly I've been feeling a bit lost since the move\nY: lost how?\n"
    "X: like I don't know anyone here yet and evenings are really long\n"
    "Y: that sounds hard. new places take ages\n"
    "Y: have you tried that running club you mentioned?\nX: not yet. I keep chickening out\n"
    "Y: want me to FaceTime you before the first one for courage\nX: lol yes actually",
    "X: I'm worried about my brother\nY: what's up with him?\n"
    "X: he's stopped replying to anyone. mum's worried too\n"
    "Y: that's scary. when did you last hear from him?\nX: like 2 weeks ago\n"
    "Y: could you go round?\nX: yeah. I think I will on {day}\n~~~\n"
    "Y: did you see your brother?\n"
    "X: yeah. he's been really down. he's agreed to talk to someone though\n"
    "Y: that's huge. how are you feeling about it?\nX: relieved. and sad. both",
    "X: today was rough\nY: oh no, what happened\n"
    "X: {colleague} had a go at me in front of everyone\n"
    "X: I held it together but I've been shaking since\nY: that's so out of order\n"
    "Y: are you ok?\nX: I feel humiliated honestly\nY: {VALIDATE}. you didn't deserve that\n"
    "Y: {SUPPORT}",
    "X: I'm dreading {day}\nY: the family thing?\n"
    "X: yeah. I always end up feeling about 12 years old around them\nY: {VALIDATE}\n"
    "Y: is there a way you can leave early?\nX: I could say I've got work in the morning\n"
    "Y: do that. and text me from the loo if it gets bad 😂\nX: deal",
    "X: I didn't get it\nX: the job\nY: oh no. I'm so sorry\nY: how are you feeling?\n"
    "X: gutted tbh. I really thought this was the one\nY: {VALIDATE}\n"
    "Y: did they give any feedback?\nX: 'very close second'. which is almost worse\n"
    "Y: it's still close though. next one",
    "X: can I vent for a sec\nY: go for it\n"
    "X: I'm just so tired of being the one who organises everything\nX: nobody even says thanks\n"
    "Y: {VALIDATE}\nY: that would wear anyone down\nY: who's it with this time?\n"
    "X: the uni lot. the reunion\nY: maybe let someone else pick up the next bit?\n"
    "X: yeah you're right",
    "X: I've been sleeping so badly\nY: since when?\n"
    "X: couple of weeks. I keep waking up at 4 with my brain going\nY: that sounds exhausting\n"
    "Y: is it something specific keeping you up?\nX: mostly the uncertainty with the contract\n"
    "Y: makes sense. that's a lot to carry\nY: {SUPPORT}",
    "X: I miss my dad today\nY: oh love\nY: is it the anniversary?\n"
    "X: no just. the song came on in the shop\nY: {VALIDATE}\n"
    "Y: do you want to tell me about him? I'd like to hear\n"
    "X: he used to sing it in the car really badly\nX: like on purpose badly\n"
    "Y: he sounds brilliant\nX: he was",
    "X: I think I need to say something to {friend} but I'm scared it'll wreck the friendship\n"
    "Y: what's going on with her?\n"
    "X: she keeps cancelling last minute and I feel like I'm not a priority\nY: {VALIDATE}\n"
    "Y: what would you want to say to her?\nX: just that it hurts. not a big dramatic thing\n"
    "Y: that sounds fair and kind. I think she'd want to know\n~~~\n"
    "Y: did you talk to {friend} in the end?\n"
    "X: yeah!! she apologised. said she's been overwhelmed\nY: oh I'm so glad. how do you feel?\n"
    "X: lighter honestly",
    "X: I'm nervous about the results tomorrow\nY: the blood test ones?\n"
    "X: yeah. probably nothing but my brain's doing the worst case thing\n"
    "Y: that's so normal. waiting is the worst part\nY: want me to come with you?\n"
    "X: would you mind?\nY: course not",
    "X: I've been feeling really anxious in the evenings\n"
    "Y: anxious about anything in particular?\nX: not really. it just sort of arrives\n"
    "Y: that sounds horrible. have you had that before?\nX: on and off for years\n"
    "Y: thanks for telling me\nY: what helps when it comes?\nX: walking. or talking to you tbh",
]

NEWS_UK = [
    "X: GUESS WHAT\nY: what what\nX: I got the promotion!!\nY: {HYPE}\n"
    "Y: when did you find out??\nX: just now, {colleague} called me in\n"
    "Y: so deserved. we're celebrating {day}",
    "X: passed my driving test 🚗\nY: {HYPE}\nY: first time??\nX: first time!! 2 minors\n"
    "Y: you have to drive me somewhere now",
    "X: they loved the presentation\nY: I knew they would!!\nY: what did they say?\n"
    "X: that it was the clearest one they'd seen all year\nY: that's brilliant. proud of you",
    "X: we got the flat!!\nY: {HYPE}\nY: the one with the big window?\n"
    "X: that one!! move in {month}\nY: I'm coming to help. and to judge your sofa",
    "X: finally finished the painting\nX: <media>\nY: wait that's so good\n"
    "Y: how long did it take?\nX: 3 months of Sundays lol\nY: worth it. frame it",
    "X: I ran the whole 5k without stopping\nY: {HYPE}\nY: how do you feel\n"
    "X: like death. but happy death\nY: 😂 proud",
    "X: small win but my boss said thank you today\nY: that's not small! for what?\n"
    "X: sorting the thing with the client\nY: about time someone noticed",
    "X: got into the course!!\nY: {HYPE}\nY: the evening one?\nX: yes! starts in {month}\n"
    "Y: how are you feeling about it?\nX: excited and a bit terrified",
    "X: I finally told my sister how I felt about the wedding stuff\nY: how did it go??\n"
    "X: really well actually. she listened\nY: I'm so glad. that took guts",
    "X: the bathroom is finally done\nX: <media>\nY: it looks like a hotel!!\n"
    "Y: did you do the tiles yourself?\nX: every single one\nY: incredible",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: can I say something without it being a thing\nY: course\n"
    "X: it stung a bit when you cancelled on {day} by text an hour before\n"
    "Y: you're right. that was rubbish of me, I'm sorry\n"
    "Y: I was overwhelmed and handled it badly\nX: thanks for saying that. it's ok\n"
    "Y: can I make it up to you? {place}, my treat\nX: deal 😊",
    "X: you kind of talked over me last night\nX: when I was telling everyone about the job\n"
    "Y: oh god did I? I'm sorry\nY: I didn't mean it like that. I get overexcited\n"
    "X: I know. just felt a bit small\nY: that's fair. I'll watch it. thank you for telling me",
    "X: hey, it bothered me a bit that you didn't reply about my grandad\n"
    "Y: oh no. you're right\n"
    "Y: I read it on the train and then completely lost it, I'm so sorry\nY: how is he?\n"
    "X: stable now. thanks\nY: I should've asked sooner. I'm here",
    "X: can we talk about the money thing\nY: sure\n"
    "X: I feel like I'm always the one paying for tickets and it's getting a bit much\n+ \n"
    "+ not a big deal, I just didn't want it to turn into one\nY: that's fair actually\n"
    "Y: I didn't realise how much it had added up, I'm sorry\nY: let me send you my half now\n"
    "X: thank you. I hated bringing it up\nY: I'm glad you did",
]

# --- Priya & Tom (couple)

COUPLE_UK = [
    "X: miss you\nY: miss you more\nX: not possible\nY: 🙄 ❤️",
    "X: what do you want to do {day}?\nY: stay in, you, {food}, {show}\nX: perfect answer",
    "X: I was thinking about you today\nY: good things I hope\nX: always\nY: ❤️",
    "X: your mum just texted me\nY: oh no what did she want\n"
    "X: to check I was 'feeding you properly'\nY: 😂😂 I'm so sorry",
    "X: I really liked last night\nY: me too. it felt like ages since we properly talked\n"
    "X: we should do that more\nY: yeah. phones away, no telly",
    "X: can't wait to see you\nY: 2 more sleeps\nX: stop counting it makes it longer",
    "X: <media>\nX: found this from our first trip\nY: oh my god look at your hair\nX: rude\n"
    "Y: I love it. I love you",
    "X: thank you for today\nY: for what?\nX: just being there. I know I was a bit much\n"
    "Y: you weren't. I like being there",
    "X: are you home soon?\nY: 20 mins\nX: I'll put the kettle on\nY: marry me",
    "X: don't forget the milk\nY: already got it\nX: who are you\nY: a reformed man",
]

# --- US pools (Maddie & Luis, Jo & Sam)

OPEN_US = [
    "X: heyy\nY: hey! what's up",
    "X: you up?\nY: unfortunately lol",
    "X: good morning ☀️\nY: morning!! how'd you sleep",
    "X: yo\nY: yooo",
    "X: how's your week going\nY: honestly kind of a lot. you?\nX: same lol",
    "X: I'm so bored at work\nY: same, entertain me",
    "X: you free to talk for a sec?\nY: yeah what's up",
]

CLOSE_US = [
    "X: ok I gotta go\nY: talk later!",
    "X: going to bed, night!\nY: night!!",
    "X: ok heading out, ttyl\nY: have fun!",
    "X: I'm passing out, gn\nY: gn 😴",
    "X: love ya, talk tmrw\nY: love you too",
]

LIGHT_US = [
    "X: what are you doing this weekend\nY: literally nothing and I'm so excited about it\n"
    "X: goals",
    "X: <media>\nX: look at this dog I just met\nY: OMG\nY: the ears!!",
    "X: did you watch {show} yet\nY: not yet no spoilers!!\nX: my lips are sealed 🤐",
    "X: I just spent ${num} at {shop} on nothing\nY: classic {shop}\nX: I went in for shampoo",
    "X: it's {weather} here\nY: ugh same. I want summer back",
    "X: remind me the name of that place we got {food}\nY: {place}?\nX: yes!! thank you",
    "X: I'm making {food} tonight\nY: save me some\nX: come over then lol",
    "X: my coworker just microwaved fish\nY: noooo\nX: the whole floor smells\nY: {LAUGH}",
    "X: are we still on for {day}?\nY: yes! {time}?\nX: perfect see you then",
    "X: lost my {thing} again\nY: check the fridge lol\nX: ...why was it in the fridge",
    "X: I think I'm gonna try running\nY: who are you\nX: idk I saw a video\n"
    "Y: lmaooo ok let me know how it goes",
    "X: <media>\nY: is that your new apartment??\nX: yes!! still no couch tho\nY: it's so cute",
    "X: do you know a good dentist\nY: mine is fine? I'll send you the number\nX: ty",
    "X: {band} is touring!!\nY: WHAT\nY: when\nX: {month}. tickets go on sale friday\n"
    "Y: we're going",
    "X: my mom just discovered TikTok\nY: oh no\nX: she sent me 12 videos this morning\nY: {LAUGH}",
    "X: I walked into the wrong classroom today\nY: lol\n"
    "X: and stayed for 10 minutes because I was too embarrassed to leave\nY: iconic",
    "X: traffic is insane rn\nY: where are you\nX: on the 101. I'm gonna be late\n"
    "Y: I'll grab us a table",
    "X: should I cut my hair short\nY: yes\nX: you didn't even think about it\n"
    "Y: I've been waiting for you to ask for 3 years",
    "X: <media>\nX: made bread!!\nY: ok bakery era\nY: is it good?\n"
    "X: it's kind of dense but I'm proud",
    "X: {friend} is getting married??\nY: I KNOW\n"
    "Y: I found out on instagram like everyone else\nX: lmao",
    "X: I need a new show to watch\nY: have you seen {show}\nX: no is it good?\nY: trust me",
    "X: just got a parking ticket 🙃\nY: nooo how much\nX: ${num}0\nY: that's robbery",
    "X: what was that recipe you sent me\nY: the {food} one?\nX: yes I lost it\nY: <media>",
    "X: gym was brutal today\nY: leg day?\nX: leg day. I can't walk\nY: lol respect",
    "X: can you believe it's already {month_now}\nY: no and I don't like it",
]

DEEP_US = [
    "X: can I tell you something kind of embarrassing\nY: always\n"
    "X: I've been having a really hard time since the move\n"
    "+ like I go whole weekends without talking to anyone\n"
    "Y: that's not embarrassing at all. that sounds really hard\n"
    "Y: how long has it been like that?\nX: honestly since {month_past}\n"
    "Y: I'm really glad you told me\nY: can we do a standing call on sundays?\n"
    "X: I'd really like that",
    "X: I'm so stressed about this review at work\nY: what's the worst part?\n"
    "X: {colleague} is doing it and I feel like she already decided I'm bad at my job\n"
    "Y: that's a lot of pressure. what makes you think that?\n"
    "X: she never says anything good. only what's wrong\n"
    "Y: that sounds exhausting. you're not bad at your job though\n"
    "X: thanks. I needed to hear that\n~~~\nY: how did the review go??\n"
    "X: better than I thought! she actually said some nice stuff\nY: see!! what did she say?\n"
    "X: that I'm 'reliable under pressure' lol\nY: facts",
    "X: my parents are fighting again\nY: oh no. like the bad kind?\n"
    "X: yeah. mom called me crying last night\nY: I'm so sorry. are you ok?\n"
    "X: not really. I feel like I'm always stuck in the middle\n"
    "Y: that's such a hard place to be\nY: you're allowed to step back, you know\n"
    "X: I know. I just feel guilty",
    "X: I think I'm burnt out\nY: what's going on?\n"
    "X: I can't focus, I'm tired all the time, I cried at a commercial\n"
    "Y: oof. that sounds like burnout for real\nY: can you take any time off?\n"
    "X: maybe a few days in {month}\nY: do it. seriously. I'm worried about you",
    "X: I got rejected from the program\nY: oh no. I'm so sorry\nY: how are you feeling?\n"
    "X: kind of numb honestly\nX: I really wanted this one\n"
    "Y: I know you did. that's so disappointing\n"
    "Y: do you want to talk about it or be distracted?\nX: distracted pls\n"
    "Y: ok. {show} and {food}, I'm coming over",
    "X: I'm nervous about the doctor thing tomorrow\nY: the follow-up?\n"
    "X: yeah. I keep thinking the worst\nY: that makes total sense. waiting is the worst part\n"
    "Y: text me as soon as you're out ok?\n~~~\nY: how did the doctor go??\nX: all clear!!\n"
    "Y: oh thank god\nY: how do you feel\nX: like I can breathe again",
    "X: do you ever feel like you're just pretending to be an adult\nY: every day lol\n"
    "Y: why, what happened?\nX: I had to call the insurance company and I almost cried\n"
    "Y: that's so valid, those calls are the worst\n"
    "X: lol thanks. I feel better that it's not just me",
    "X: I miss home a lot lately\nY: aw. what do you miss most?\n"
    "X: my grandma's kitchen. sunday dinners. the noise\nY: that's so sweet and so sad\n"
    "Y: could you go back for a weekend?\nX: maybe in {month}. flights are crazy though\n"
    "Y: I hope you can",
]

NEWS_US = [
    "X: I GOT THE JOB\nY: {HYPE}\nY: the one at the museum??\nX: yes!!! start in {month}\n"
    "Y: I'm so proud of you. how do you feel?\nX: like I'm gonna throw up but in a good way",
    "X: guess who finally paid off their credit card\nY: YOU??\nX: me!!!\nY: that's huge omg",
    "X: my sister had the baby!!\nX: <media>\nY: OMG she's perfect\nY: how's your sister doing?\n"
    "X: tired but so happy",
    "X: I ran my first 10k\nY: {HYPE}\nY: what was your time?\nX: 58 minutes!!\n"
    "Y: under an hour!! amazing",
    "X: they're publishing my article\nY: no way!! which one?\nX: the one about the food bank\n"
    "Y: that's incredible. send me the link when it's up",
]

# --- superficial (flatmates)

SUPERFICIAL = [
    "X: bins go out tonight btw\nY: on it",
    "X: can you move the washing when it's done\nY: yep",
    "X: parcel came for you, it's on the stairs\nY: cheers",
    "X: rent's due {day}\nY: already sent",
    "X: we're out of milk\nY: I'll grab some on the way back",
    "X: are you in tonight?\nY: out till late, why\nX: gas man might come between 6 and 8\n"
    "Y: ah ok, I'll leave the key under the mat",
    "X: did you see the score\nY: yeah 2-1\nX: shocking defending\nY: as usual",
    "X: the wifi's down again\nY: I'll restart the router when I'm back\nX: legend",
    "X: landlord's coming {day} to look at the boiler\nY: what time\nX: about 10\n"
    "Y: ok I'll be at work",
    "X: who left the hob on\nY: wasn't me\nX: hmm\nY: genuinely wasn't lol",
    "X: <media>\nX: is this yours\nY: nope\nX: mystery jumper",
    "X: {weather} out there\nY: yeah I got soaked\nX: {LAUGH}",
    "X: want anything from {shop}\nY: bread and teabags please\nX: 👍",
    "X: council tax letter came\nY: how much\nX: same as last year\nY: fine",
    "X: did you take the hoover\nY: it's in my room, sorry, grab it\nX: ta",
    "X: pizza tonight?\nY: yeah go on\nX: usual?\nY: yep, half and half",
    "X: are you watching {show}\nY: yeah we're on ep 4\nX: no spoilers\nY: 🤐",
    "X: someone's parked across the drive again\nY: same blue car?\nX: yeah\nY: I'll leave a note",
    "X: what time is the Uber\nY: 8:15\nX: ok",
    "X: electric bill is {num}0 quid this month\nY: split as usual\nX: yep sent you the link",
    "X: I'm having people over {day}, that ok?\nY: yeah fine\nX: won't be late",
    "X: recycling collection moved to Tuesday\nY: ok noted",
    "X: <media>\nY: what's that\nX: the fuse box. which switch is the kitchen\nY: the third one",
    "X: do we have any foil\nY: drawer by the oven\nX: found it",
    "X: traffic's awful, I'll be an hour late\nY: ok",
    "X: fridge is making that noise again\nY: kick it lol\nX: it worked",
    "X: you still got the Netflix login\nY: yeah same password\nX: cheers",
    "X: train strike {day}\nY: great. I'll work from home then\nX: same",
    "X: dishwasher tablets?\nY: under the sink\nX: 👍",
    "X: did the plumber come\nY: yeah, fixed the tap\nX: nice one",
    "X: what was the score in the end\nY: 3-3\nX: mad game",
    "X: heads up the smoke alarm's beeping\nY: battery. there's some in the drawer",
    "X: can I borrow your ladder\nY: it's in the shed\nX: ta",
    "X: quiz at {place} {day}?\nY: maybe, who's going\nX: me, {friend}, {friend2}\n"
    "Y: ok count me in",
    "X: your mum dropped off a tupperware\nY: ah she said she might",
    "X: post office closes at 5 {day}\nY: ok I'll go in the morning",
    "X: did you order more loo roll\nY: yep arriving {day}",
    "X: water's off 9-12 tomorrow, letter from the council\nY: ok I'll shower tonight",
    "X: the plant in the hall is dead\nY: was it ever alive\nX: {LAUGH}",
    "X: gym at 6?\nY: make it half 6\nX: ok",
    "X: anyone using the car {day}?\nY: not me\nX: cool I'll take it to {town}",
    "X: <media>\nX: new sofa arrives {day}\nY: nice, what colour\nX: grey\nY: practical",
    "X: did you pay the window cleaner\nY: no, how much\nX: {num}\nY: I'll leave cash on the side",
    "X: big tesco run later, list?\nY: pasta\n+ eggs\n+ bin bags\n"
    "+ the good loo roll not the cheap one",
    "X: the router light is red\nY: unplug it for 10 secs\nX: sorted",
]

SUPERFICIAL_OPEN = [
    "X: you in?\nY: yep",
    "X: hey\nY: hey",
    "X: quick one\nY: go",
    "X: morning\nY: morning",
    "X: you about later?\nY: should be",
]

# --- dominating (Chris talks, Ella replies)

DOM_MONO = [
    "X: right so you won't believe what happened at work\n"
    "X: {colleague_m} tried to take credit for MY deck in the meeting\n"
    "X: like literally stood up and said 'so I put together some thoughts'\n"
    "X: I put together those thoughts. at 11pm. on a Sunday\n"
    "X: anyway I just calmly went 'great, shall I walk everyone through the numbers since I built"
    " them'\nX: and you should have seen his face\nY: lol",
    "X: ok hear me out\nX: I think I'm going to start a podcast\n"
    "X: about productivity but like for people who actually have jobs, not influencers\n"
    "X: I've already got a name, 'Deep Work Daily'\n"
    "X: and I reckon if I post 3 times a week I could have sponsors by summer\n"
    "X: what do you think\nY: sounds cool",
    "X: just smashed a PB at the gym\nX: 120 on deadlift\nX: the guy next to me actually nodded\n"
    "X: I've been doing this new programme, 5 days a week, progressive overload, the works\n"
    "X: and I'm tracking macros properly now, 180g protein a day\nY: nice",
    "X: did you watch the match\nX: honestly the manager has lost the dressing room\n"
    "X: you can't play a back three with those full backs, it's tactically illiterate\n"
    "X: I said this in August\nX: I literally said it in the group chat in August\nY: haha yeah",
    "X: so I've been thinking about the flat\n"
    "X: I reckon I can get the landlord down {num}0 quid if I mention the damp\n"
    "X: I've drafted an email, it's quite firm but fair\n"
    "X: like I've basically quoted the tenancy act at him\n"
    "X: I'll send it tomorrow morning so it's the first thing he sees\nY: ok",
    "X: had the best {food} at {place}\nX: honestly life changing\n"
    "X: I got talking to the chef as well, turns out he trained in Lyon\n"
    "X: he said I had a really good palate which tbh I already knew\n"
    "X: we should go. well I'll go again anyway\nY: sounds good",
    "X: big news\nX: I've been asked to lead the new project\n"
    "X: which makes sense, nobody else really gets the client\n"
    "X: it's basically a promotion without the title yet\n"
    "X: I'm going to have to restructure how the whole team works\n"
    "X: first thing, no more meetings before 10\nY: congrats",
    "X: ok so the date last night\n"
    "X: she was nice but she talked about her cat for like 40 minutes\n"
    "X: and I was trying to tell her about the marathon training and she kept bringing it back to"
    " the cat\nX: not sure there's a second date tbh\nY: haha",
    "X: I've decided I'm doing an ultra next year\nX: 50k\n"
    "X: I know it sounds mad but I've done the maths on the training\n"
    "X: 16 weeks, peak week is about 90k\n"
    "X: I'll need new shoes obviously, I'm looking at the carbon plated ones\nY: wow",
    "X: you know what annoys me\nX: people who walk slowly in the middle of the pavement\n"
    "X: like pick a side\n"
    "X: I nearly missed my train because of a family of 6 on {station} concourse\n"
    "X: I actually said excuse me twice\nY: lol",
    "X: listened to this amazing podcast today about stoicism\n"
    "X: basically you can't control what happens, only how you react\n"
    "X: which is honestly how I've always lived\n"
    "X: I think that's why I don't get stressed like other people\n"
    "X: I might read Marcus Aurelius next\nY: cool",
    "X: so my boss asked for my opinion on the restructure\nX: I gave her like 8 points\n"
    "X: she wrote them all down\nX: I reckon half of them will end up in the final plan\n"
    "X: not to be big headed but I'm kind of the unofficial strategy guy now\nY: nice one",
    "X: I bought a coffee machine\nX: proper one, bean to cup\nX: {num}0 quid off in the sale\n"
    "X: I've been dialling in the grind all evening\nX: the crema is unreal\n"
    "X: honestly I'm never buying coffee out again\nY: haha fancy",
    "X: bit gutted actually\nX: didn't get picked for the Sunday team\n"
    "X: the captain's mate got in ahead of me and he's so slow\n"
    "X: I'm not being bitter but it's obviously politics\n"
    "X: I'll just train harder and make it impossible to leave me out\nY: that's annoying",
    "X: thinking of doing the Three Peaks in {month}\nX: me, {friend_m} and maybe his brother\n"
    "X: I've planned the whole route already\n"
    "X: we drive overnight between them, I've done a spreadsheet with timings to the minute\n"
    "X: I'll send it to you, it's actually beautiful\nY: ok",
    "X: just finished that book about habits\nX: I've already changed my morning routine\n"
    "X: up at 5:30, cold shower, 10 min journaling, then the gym\n"
    "X: I feel like a different person honestly\nX: you should try it\nY: maybe lol",
    "X: my brother's being a nightmare about mum's birthday\n"
    "X: he wants to do a meal, I want to do a weekend away\n"
    "X: mine is obviously better, she's always said she wants to go to {town}\n"
    "X: I've already found the hotel\nX: he'll come round\nY: hope it works out",
    "X: so I finally sold my old bike\nX: got {num}0 more than I paid for it lol\n"
    "X: the guy tried to haggle but I just held firm\n"
    "X: negotiation is basically just being comfortable with silence\nY: nice",
    "X: honestly I'm knackered\nX: work's been insane, I've basically carried the whole launch\n"
    "X: {colleague_m} was off sick (again) so I did his bits as well\n"
    "X: and then I still made it to the gym\n"
    "X: not sure how long I can keep this pace up but it's fine\nY: take a break",
    "X: <media>\nX: new trainers\nX: limited edition, had to queue online for an hour\n"
    "X: they're actually an investment, they'll be worth double in a year\nY: nice",
    "X: had a bit of a weird one with {friend_m}\nX: he said I always make everything about me\n"
    "X: which is mad because I literally organised his birthday\n"
    "X: I think he's just stressed tbh\nX: anyway we're fine now\nY: oh",
    "X: ok so the new phone\nX: camera is ridiculous\nX: <media>\n"
    "X: that's zoomed in from across the street\n"
    "X: honestly I might get into photography properly\nY: wow",
    "X: watched {film} last night\nX: overrated tbh\n"
    "X: the pacing was all off and the third act made no sense\n"
    "X: I called the twist about 20 minutes in\nX: I should honestly write reviews\nY: haha",
    "X: sorry been quiet, manic day\nX: 3 back to back meetings then a call with the States\n"
    "X: and then the train was cancelled so I had to get an Uber\nX: {num} quid!!\n"
    "X: anyway I'm home now, having {food}\nY: ah",
]

DOM_BID = [
    # Ella tries to share; Chris barely engages, then back to himself
    "Y: I'm kinda nervous about my exam tomorrow\nX: you'll be fine\n"
    "X: anyway did I tell you about the thing with {colleague_m}\nY: no\n"
    "X: so he's started cc'ing my boss on everything\n"
    "X: every single email. passive aggressive much\nX: I'm going to start doing it back\nY: lol",
    "Y: my mum's not been very well\nY: I'm a bit worried tbh\nX: oh that's rubbish\n"
    "X: my mum had that flu thing last year, she was fine\n"
    "X: btw are you coming to mine {day}? I'm doing my famous {food}\nY: maybe\nY: nvm it's fine",
    "Y: had a pretty rough day tbh\nX: same honestly\n"
    "X: work was chaos, I basically had to rescue the whole thing\n"
    "X: {colleague_m} owes me big time\nY: ha ok",
    "Y: I've been feeling a bit low lately\nX: you should try cold showers\n"
    "X: honestly changed my life\nX: I do 2 mins every morning now\nY: lol ok\n"
    "Y: it's fine, ignore me",
    "Y: I got the flat by the way\nX: nice\nX: mine's getting a new kitchen next month actually\n"
    "X: the landlord finally caved\nY: cool",
    "Y: can I ask your advice on something\nX: sure\n"
    "X: oh wait hang on, just seen the score, we're 2 down\nX: unbelievable\n"
    "Y: never mind, another time",
    "Y: I'm thinking of quitting my job\nX: really?\n"
    "X: I nearly quit mine last year, remember, before they gave me the raise\n"
    "X: best thing I ever did was stay and negotiate\nX: you should just ask for more money\n"
    "Y: it's not really about the money\nY: doesn't matter",
    "Y: I've been a bit stressed about money\nX: you need a budget app\n"
    "X: I use one that categorises everything\nX: I've saved like {num}0 quid a month since\n"
    "Y: ok",
]

DOM_COMPLAINT = [
    "Y: you didn't even ask how my exam went\nX: I was going to!\nX: I've just been so busy\n"
    "X: anyway how was it\nY: fine\nX: cool. so my week has been insane",
    "Y: do you even read my messages\nX: what? yes\nX: I just reply quickly, I'm busy\n"
    "X: don't be like that\nY: ok",
    "Y: sometimes it feels like you don't really listen to me\nX: that's not fair\n"
    "X: I literally asked about your mum last week\nY: ok\nX: anyway",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: saw this and thought of you\nX: haha\n"
    "X: that's actually like my gym, did I tell you they got new racks\n"
    "X: proper competition ones\nY: nice",
    "Y: you around {day}?\nX: should be, gym in the morning though\nX: why\n"
    "Y: drinks with {friend}\nX: maybe. I'll see how I feel after legs",
    "Y: how's your week going\nX: mad\n"
    "X: I've got the client thing Thursday and I'm basically presenting the whole strategy\n"
    "X: I've redone the deck 3 times\nY: good luck",
    "Y: what you up to\nX: meal prepping\nX: chicken, rice, broccoli x 5\n"
    "X: I've got it down to 40 mins\nY: efficient",
]

DOM_REACT = [
    "X: anyway enough about me\nX: actually no wait, did I tell you about the thing at the gym\n"
    "Y: no\nX: so this guy was hogging the rack for 30 mins\n"
    "X: and I just politely asked if I could work in\nX: he was fine about it in the end\nY: good",
    "X: also I've started learning Spanish\nX: 40 day streak on the app\n"
    "X: going to {town} later in the year so I want to be able to order properly\nY: nice",
    "X: oh and I've booked a holiday\nX: Portugal in {month}\n"
    "X: found a villa with a pool for a steal\n"
    "X: I basically spent all weekend comparing flights\nY: jealous",
    "X: quick update on the podcast btw\nX: recorded the first episode\nX: 45 mins, no notes\n"
    "X: I think I'm a natural tbh\nY: haha cool",
]

# --- dumping ground (Leah offloads to Nina)

DUMP = [
    "X: ugh today was the worst\nX: {colleague} made me redo the whole report\n"
    "+ in front of everyone\n+ like actually in front of the whole team\n"
    "X: I'm so angry I could cry\nY: {VALIDATE}\nY: what did she actually say?\n"
    "X: that it 'wasn't up to standard'. it was fine!! she just hates me\n"
    "X: I feel like I can't do anything right there\nY: that's so unfair. you work so hard\n"
    "Y: {SUPPORT}",
    "X: I can't stop thinking about Jake\nX: I saw he's posting with someone new\n"
    "X: I feel so stupid for still caring\nY: you're not stupid. it's only been a few months\n"
    "Y: how are you feeling right now?\nX: horrible honestly. sick\nY: {VALIDATE}\n"
    "Y: maybe mute him for a bit?\nX: yeah maybe",
    "X: I'm so stressed I can't breathe\nX: the landlord wants us out by {month}\n"
    "X: where am I meant to go\nX: everything's so expensive\nY: oh no, that's so scary\n"
    "Y: {SUPPORT}\nY: do you want me to help you look at places tonight?\n"
    "X: would you? I feel so overwhelmed",
    "X: my sister said I'm selfish\nX: just because I couldn't do mum's birthday\n"
    "X: I'm so hurt\nY: {VALIDATE}\nY: what happened exactly?\n"
    "X: she went on about how I never help with anything\nX: and I feel like I do so much\n"
    "Y: that sounds really painful. you're not selfish",
    "X: I had another panic attack at work\nX: in the loos this time\nX: I'm so embarrassed\n"
    "Y: oh Leah\nY: are you ok now?\nX: kind of. I'm shaking\nY: {VALIDATE}\n"
    "Y: have you thought about talking to your GP?\nX: I don't know. maybe\nY: {SUPPORT}",
    "X: I feel like everyone is doing better than me\nX: {friend} got promoted again\n"
    "X: and I'm still stuck in this dead end job\nY: that's a really hard feeling\n"
    "Y: but you're not stuck forever. what would you want to do instead?\n"
    "X: I don't even know. that's the worst bit\nY: {SUPPORT}",
    "X: sorry to dump this on you again\nX: but my manager put me on a performance plan\n"
    "X: I'm terrified I'm going to get sacked\nY: don't apologise. {VALIDATE}\n"
    "Y: what did they say you need to do?\nX: hit targets that are basically impossible\n"
    "X: I'm so anxious I haven't eaten\nY: please eat something. {SUPPORT}",
    "X: the flat's so quiet since the breakup\nX: I hate coming home to it\n"
    "X: I keep leaving the telly on just for noise\nY: {VALIDATE}\n"
    "Y: do you want to come over {day}? I'll cook\n"
    "X: yeah. thank you. I don't know what I'd do without you",
    "X: can I rant\nY: always\nX: my mum keeps comparing me to my cousin\n"
    "X: 'she's got a mortgage, she's engaged'\nX: I feel like such a disappointment\n"
    "Y: you're not a disappointment\nY: {VALIDATE}\nY: how did you leave it with her?\n"
    "X: I just hung up. and then felt guilty",
    "X: I've been crying all evening\nY: oh no. what's happened?\n"
    "X: nothing specific. everything\nX: work, Jake, money, just all of it\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: want me to call?\nX: can you?",
    "X: I'm so angry with {friend}\nX: she didn't invite me to her thing\n"
    "X: and then posted all the pics\nX: I feel so left out and humiliated\n"
    "Y: that would hurt anyone\nY: do you know why she didn't invite you?\n"
    "X: no and I'm too scared to ask",
    "X: I think I'm depressed honestly\nX: I can't get out of bed at weekends\n"
    "X: I just feel empty\nY: I'm really glad you told me\nY: {VALIDATE}\n"
    "Y: would you think about talking to someone? I can help you find someone\n"
    "X: maybe. I'm scared it won't help",
    "X: money is such a disaster\nX: overdraft again and it's only the 15th\n"
    "X: I'm so stressed I feel sick\nY: {VALIDATE}\n"
    "Y: do you want to go through it together? sometimes it's less scary written down\n"
    "X: yeah. maybe {day}",
    "X: Jake messaged me\nX: just 'hope you're ok'\nX: and now I'm a wreck again\n"
    "X: why does he get to do that\nY: ugh, that's so unfair on you\nY: how are you feeling?\n"
    "X: confused. angry. sad. all of it",
    "X: my boss shouted at me today\nX: in front of the whole team\nX: I feel so small\n"
    "Y: he shouldn't be shouting at anyone\nY: {VALIDATE}\nY: are you ok?\nX: no. I hate it there",
    "X: I'm dreading this weekend\nX: family thing and my dad will be drinking\n"
    "X: I always feel so anxious around him\nY: {VALIDATE}\nY: do you have to go?\n"
    "X: mum will kill me if I don't\nY: text me whenever. {SUPPORT}",
    "X: didn't sleep again\nX: my head won't shut up\n"
    "X: I keep replaying everything I said at work\nY: that sounds exhausting\n"
    "Y: what are you replaying?\nX: the meeting. I think I sounded stupid\n"
    "Y: I really doubt you did",
    "X: the flat viewing was a disaster\nX: the agent basically laughed at my budget\n"
    "X: I'm going to end up back at my mum's\nX: I feel like such a failure\n"
    "Y: you're not a failure. the market is mad\nY: {SUPPORT}",
    "X: I feel so ugly today\nX: nothing fits\n"
    "X: I cancelled on {friend} because I couldn't face it\nY: oh love. {VALIDATE}\n"
    "Y: for what it's worth you're gorgeous\nX: you have to say that",
    "X: I'm honestly so tired of everything\nX: same problems every week\nX: nothing changes\n"
    "Y: I hear you. {VALIDATE}\nY: what would make this week even a tiny bit easier?\n"
    "X: I don't know. a new life",
]

DUMP_SHIFT = [
    # Nina shares; Leah shifts back to her own story
    "Y: can I tell you something\nY: I've been really stressed about my dad's operation\n"
    "X: oh no\nX: that reminds me, my dad's been so weird lately\n"
    "X: he didn't even call on my birthday\nX: I feel like he doesn't care\nY: that sounds hard\n"
    "Y: anyway mine's on {day}. it's fine",
    "Y: I had a pretty bad day too actually\n"
    "Y: I got told off for something that wasn't my fault\n"
    "X: ugh that's like what happened to me last week\n"
    "X: honestly {colleague} is still being awful\nX: today she ignored me in the kitchen\n"
    "Y: that's horrible\nY: it's fine, mine's nothing",
    "Y: I got the job by the way!!\nX: oh nice\nX: I wish something good would happen to me\n"
    "X: I applied for 3 things and heard nothing\nY: it will. I promise\n"
    "Y: I'm sure you'll hear soon",
    "Y: I've been missing {friend} loads since she moved away\nX: I know that feeling so much\n"
    "X: honestly since the breakup the flat is so quiet\nX: I talk to the cat more than people\n"
    "Y: yeah\nY: ignore me, it's nothing",
    "Y: I'm nervous about my presentation tomorrow\n"
    "X: you'll be fine, you're good at that stuff\nX: I'm so stressed about mine on Friday\n"
    "X: my manager will be watching and I'm going to freeze\n"
    "Y: you won't freeze. you'll be great\nY: we both will lol",
    "Y: my grandma's in hospital\nX: oh no I'm sorry\nX: hospitals make me so anxious\n"
    "X: I still have nightmares about when I broke my arm\nY: yeah\nY: anyway she's stable",
    "Y: I had a fight with my boyfriend\nX: ugh relationships\nX: at least you have one\n"
    "X: I'm going to end up with 12 cats at this rate\nY: you are not lol\n"
    "Y: it's fine, we'll sort it",
    "Y: I think I'm a bit burnt out\nX: same honestly\nX: I think I'm worse than burnt out\n"
    "X: I cried on the bus today\nY: oh no. what happened?\nX: nothing, everything. you know",
    "Y: we finally booked the holiday!\nX: lucky\nX: I can't afford a holiday\n"
    "X: I can barely afford {food} tbh\nY: oh no. is money still tight?\nX: always",
    "Y: been feeling a bit anxious about the move\nX: at least you have somewhere to move to\n"
    "X: the agent still hasn't got back to me\nX: I'm going to be homeless\n"
    "Y: you won't be homeless. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: look at this outfit I'm never going to wear\nY: it's cute!! wear it {day}",
    "X: what you up to\nY: just got in. making {food}\nX: jealous. I've got cereal",
    "X: are you watching {show}\nY: yes! the last episode!!\nX: I know!! I screamed",
    "Y: still on for {day}?\nX: yes please. I need to get out of this flat\n"
    "Y: {place} at {time}?\nX: perfect",
    "X: {weather} again\nY: ugh. stay in weather\nX: stay in forever weather",
    "Y: morning! how did you sleep?\nX: badly but I'm alive",
    "X: thanks for tonight\nY: anytime. I had fun\nX: me too. needed that",
    "X: <media>\nX: my cat is judging me\nY: she's right to tbh\nX: {LAUGH}",
    "Y: did you get home ok?\nX: yes! thanks for walking me to the bus",
    "X: do you want to do {place} {day}?\nY: yes!! {time}?\nX: great",
]

DUMP_THANKS = [
    "X: sorry I'm always moaning\nY: you're not. I'm here\nX: you're the only person I can talk to",
    "X: thank you for listening last night\nY: of course. how are you today?\n"
    "X: still rubbish but a bit better",
    "X: I don't know how you put up with me\nY: don't be daft\nY: that's what friends are for",
]

# --- waning interest (Ollie & Jess)

WANE_MIN = [
    "X: hey\nY: hey",
    "X: how's it going\nY: ok. busy",
    "X: you around this weekend?\nY: not sure yet\nY: will let you know",
    "X: <media>\nY: lol",
    "X: saw this and thought of you\nX: <media>\nY: ha",
    "X: how was your week\nY: fine thanks",
    "X: did you watch {show}\nY: not yet",
    "X: fancy {place} {day}?\nY: can't this week sorry",
    "X: all good?\nY: yeah",
    "X: hope work's ok\nY: 👍",
    "X: haven't heard from you in a bit\nY: sorry, been busy",
    "X: {weather} here\nY: same",
    "X: how's {friend}?\nY: fine I think",
    "X: you ok?\nY: yeah just tired",
    "X: did you get my message about {day}\nY: oh sorry yeah\nY: maybe",
    "X: I finished {show}\nY: nice",
    "X: the {band} thing is on sale btw\nY: ah cool\nY: not sure I can",
    "X: how did the thing go\nY: fine",
    "X: miss our chats\nY: yeah sorry, just busy",
    "X: what you up to?\nY: not much",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
]

WANE_MID = [
    "X: how was your day\nY: long. you?\nX: yeah same, bit of a drag\nY: ah well. nearly friday",
    "X: did you end up going to {place}?\nY: yeah on {day}, it was nice\n"
    "X: nice, what did you get?\nY: {food}. was fine",
    "X: are you still doing the running?\nY: kind of. once a week maybe\nX: that's still good\n"
    "Y: I guess",
    "X: <media>\nX: remember this?\nY: haha yeah\nY: feels ages ago",
    "X: what are you up to this weekend\nY: seeing {friend} probably. you?\n"
    "X: not much. might go to {town}\nY: nice",
    "X: saw {film} finally\nY: was it good?\nX: yeah really good, the ending got me\n"
    "Y: nice, I'll watch it at some point",
    "X: work's been a lot this week\nY: yeah? same\nX: {colleague} is off so I'm covering\n"
    "Y: sounds annoying",
    "X: want to catch up soon?\nY: yeah would be good\nY: not sure when though, things are mad\n"
    "X: no worries, whenever",
]

# --- critical / defensive (Ryan & Zoe)

CRIT = [
    "X: you left the kitchen in a state again\nY: I was going to do it after\n"
    "X: you always say that\nY: well you never do the bins so\nX: that's not the point\n"
    "Y: whatever 🙄",
    "X: why didn't you text me back\nX: I sent 4 messages\nY: I was at work??\n"
    "X: you always have an excuse\nY: it's not my fault I have a job\nX: wow ok",
    "X: you said you would book the table\nY: I forgot ok\nX: again?\n"
    "X: you never follow through on anything\nY: well you could have booked it yourself\n"
    "X: that's not the point",
    "X: what's wrong with you today\nY: nothing's wrong with me\nY: what's wrong with YOU\n"
    "X: I just asked a question\nY: in that tone\nX: there's no tone. you're being ridiculous",
    "X: you forgot my mum's birthday\nY: it's not my fault nobody reminded me\n"
    "X: she's MY mum and I'm not your PA\nX: you never remember anything that matters to me\n"
    "Y: that's so unfair\nY: well you forgot my work thing last month",
    "X: why do you always have to make a joke when I'm being serious\n"
    "Y: I was trying to lighten the mood\nX: it's dismissive\n"
    "Y: well you're always so dramatic about everything\nX: here we go",
    "X: you were on your phone the whole time at dinner\nY: I was checking one thing\n"
    "X: for an hour\nY: well you were talking to {friend} the whole night anyway\nX: unbelievable",
    "X: I asked you to pick up the parcel\nY: I didn't have time\n"
    "X: you had time to go to the gym\nY: not my fault the post office shuts at 5\n"
    "X: you always put yourself first",
    "X: you embarrassed me in front of {friend}\nY: how??\nX: the comment about my job\n"
    "Y: it was a joke. you're so sensitive\nX: you never take anything I say seriously",
    "X: you said you'd be back by 8\nY: I got held up\n"
    "X: you said you would text if you were late\nY: my phone died, it's not my fault\n"
    "X: it always dies when it's convenient",
    "X: what is wrong with you\nX: you just walked out\nY: because you were shouting\n"
    "X: I wasn't shouting\nY: well you were doing the voice\nX: there's no voice",
    "X: you always do this\nY: do what\nX: go quiet and then act like nothing happened\n"
    "Y: well you never let anything go\nX: because nothing ever gets fixed",
    "X: you never ask about my day\nY: I literally asked yesterday\nX: once\n"
    "Y: well you don't ask about mine either\nX: fine",
    "X: you didn't even say well done\nX: about the review\nY: I did??\n"
    "X: you said 'nice'. that's it\nY: what do you want me to say, a speech?\nX: forget it",
    "X: can you not leave your stuff all over the stairs\nY: can you not nag for one day\n"
    "X: I wouldn't have to if you just did it\nY: not my fault you're so uptight about it",
    "X: you promised we'd go to {town} this weekend\nY: I said maybe\nX: you said you would\n"
    "Y: well something came up\nX: something always comes up",
    "X: you're so selfish sometimes\nY: wow\n"
    "Y: says the person who spent the whole weekend at {friend}'s\n"
    "X: that was planned weeks ago\nY: whatever",
    "X: why are you being so cold\nY: I'm not\nX: you clearly are\n"
    "Y: well maybe if you didn't start on me as soon as I walk in\nX: I didn't start on you",
    "X: you've had my {thing} for a week\nY: I'll give it back\nX: you always say that\n"
    "Y: it's not a big deal\nX: it is to me",
    "X: you cancelled again\nY: I'm knackered, I can't help it\nX: you said you would come\n"
    "Y: not my fault work's been mental\nX: it's always work",
    "X: you never listen to me\nY: I'm listening right now\nX: you're clearly not\n"
    "Y: well what do you want from me\nX: nothing. forget it",
    "X: you didn't defend me at all last night\nY: it was your sister, what was I meant to say\n"
    "X: anything!!\nY: well you could've defended yourself\nX: wow. thanks",
]

CRIT_REASSURE = [
    "X: are you mad at me?\nY: no\nX: you seem mad\nY: I'm not mad. I'm tired\nX: ok",
    "X: are we ok?\nY: yeah why\nX: you've been quiet all day\nY: I'm just busy\nX: ok sorry",
    "X: did I do something wrong?\nY: no\nX: you'd tell me if I had?\nY: yes\n"
    "X: sorry, I just get worried",
    "X: are you still annoyed about earlier\nY: a bit\nX: sorry\n"
    "X: I hate it when we're like this\nY: me too",
    "X: you're not going to leave me are you\nY: what? no\nY: why would you say that\n"
    "X: I don't know. forget it lol",
    "X: be honest, do you think I'm too much\nY: sometimes\nX: oh\nX: ok\n"
    "Y: I didn't mean it like that\nX: it's fine",
    "X: I'm sorry about last night\nY: ok\nX: are you still upset?\nY: I'll get over it",
    "X: sorry if I was annoying earlier\nY: you weren't\nX: are you sure? you went quiet\n"
    "Y: I'm sure",
]

CRIT_LIGHT = [
    "X: what do you want for tea\nY: don't mind. {food}?\nX: fine",
    "X: I'm at {shop}, need anything\nY: milk\nX: ok",
    "X: you home?\nY: 10 mins",
    "X: {day} at your mum's still?\nY: yeah she said {time}\nX: ok",
    "X: <media>\nY: lol\nY: where's that",
    "X: did you pay the council tax\nY: yes\nX: ok good",
    "X: watching {show}?\nY: in a bit\nX: ok don't start without me",
    "X: what time is {friend}'s thing\nY: {time}\nX: ok",
    "X: can you grab bread\nY: yep",
    "X: running late\nY: ok",
    "X: <media>\nX: {friend}'s new puppy\nY: cute",
    "X: left the car keys on the side\nY: 👍",
]

CRIT_REPAIR = [
    "X: sorry about earlier. I didn't mean it\nY: I know. me too\nX: truce?\nY: truce",
    "X: you're right about the bins. I'll do them\nY: thank you",
    "X: I'm sorry I snapped\nY: it's ok. I was being a pain too",
]

# --- crisis support (Amara goes through a crisis; Ben supports; later the reverse)

CRISIS = [
    "X: Ben I don't know what to do\nX: dad collapsed at work\n+ we're at the hospital\n"
    "+ St Mary's, A&E\nY: oh god. I'm so sorry\nY: is he ok? are you ok?\n"
    "X: they think it's his heart. I'm so scared\nY: I'm here. do you want me to come?\n"
    "X: can you? I don't want to be on my own\nY: leaving now",
    "X: they're keeping him in\nX: I'm so frightened I'm going to lose him\nY: {VALIDATE}\n"
    "Y: what are the doctors saying?\nX: he needs surgery. maybe this week\n"
    "Y: ok. one thing at a time. {SUPPORT}",
    "X: I haven't slept\nX: I keep hearing the machines when I close my eyes\n"
    "Y: that sounds awful\nY: have you eaten anything today?\nX: not really\n"
    "Y: I'm bringing food round at 6. no arguments",
    "X: surgery is tomorrow at 8\nX: I feel sick\nY: of course you do. that's so much to carry\n"
    "Y: I'll have my phone on all day. text me anything, even just a full stop\n"
    "X: thank you. I mean it\n~~~\nY: thinking of you this morning. any news?\n"
    "X: he's out. it went ok\nX: I just sobbed in the corridor\n"
    "Y: oh thank god. I'm so relieved for you\nY: how are you feeling?\nX: wrung out. but he's ok",
    "X: I had to tell my manager I can't come in\nX: I feel so guilty, we've got the deadline\n"
    "Y: you've got nothing to feel guilty about\nY: your dad is in hospital. work will survive\n"
    "X: I know. I just feel like I'm letting everyone down\nY: you're not. {SUPPORT}",
    "X: mum's not coping\nX: I'm trying to hold it together for her but I'm falling apart\n"
    "Y: {VALIDATE}\nY: who's holding you up though?\nX: you. honestly\n"
    "Y: then let me. what can I take off your plate this week?",
    "X: I snapped at the nurse today and I feel awful\n"
    "Y: you're exhausted and terrified. that's human\nY: did you say sorry?\n"
    "X: yeah. she was really kind about it\nY: there you go. be kind to yourself too",
    "X: sorry I've been so all about me lately\n"
    "X: how are you actually? how was the thing with your boss?\n"
    "Y: don't apologise!! I'm fine honestly\nY: it went ok, he's letting me move teams\n"
    "X: that's really good. I'm glad\nX: you deserve that",
    "X: he's home\nX: but he's so frail. it's scary seeing him like that\n"
    "Y: I can imagine. {VALIDATE}\nY: how's he in himself?\n"
    "X: grumpy, which the nurse said is a good sign lol\nY: 😂 that's your dad",
    "X: I cried in {shop} today\nX: at the biscuit aisle. his favourite ones\nY: oh love\n"
    "Y: grief and fear come out in weird places\nX: he's not even gone, that's what's so stupid\n"
    "Y: it's not stupid. you nearly lost him. {SUPPORT}",
    "X: I feel like I'm drowning\nX: hospital, mum, work, all of it\nY: {VALIDATE}\n"
    "Y: what's the one thing you need most this week?\nX: sleep. and someone to sort the dog\n"
    "Y: I can do the dog. wednesday and thursday?\nX: you're a lifesaver",
    "X: I keep thinking what if I hadn't picked up the phone\nX: I was going to ignore it\n"
    "Y: but you did pick up. and you got there\nY: it's ok to feel shaken by it\n"
    "X: I'm so anxious all the time now\n"
    "Y: {SUPPORT}. and maybe talk to someone about it when things settle?",
    "X: how was your week? I feel like I've not asked in forever\nY: you've had a lot on!\n"
    "Y: mine's been fine, bit tired. {friend} is visiting {day}\nX: oh nice!! say hi from me\n"
    "X: and thank you for everything. I mean it",
    "X: rehab appointment today\nX: he walked to the end of the corridor\nY: that's amazing!!\n"
    "Y: how did he seem?\nX: proud of himself lol. and I'm so relieved\n"
    "Y: I'm so happy for you both",
    "X: bad night. he had chest pains again\nX: false alarm but I'm shaking\n"
    "Y: oh no. {VALIDATE}\nY: where are you now?\nX: home. he's asleep\n"
    "Y: do you want to talk or do you want me to just send you stupid videos\nX: both lol",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amara, Y = Ben)
    "Y: <media>\nY: a dog in a tiny raincoat, for morale\nX: ok that helped a bit 😂",
    "Y: left some soup on your doorstep\nX: you're a saint\nX: thank you",
    "Y: no need to reply, just thinking of you x\nX: ❤️",
    "Y: how's Pepper coping with all the back and forth?\n"
    "X: confused but happy. she loves the extra walks from you lol",
    "X: visiting hours are 2 till 8 so I'm basically living there\n"
    "Y: want me to bring a charger and snacks?\nX: yes please. the vending machine is tragic",
    "Y: <media>\nY: walked past your dad's allotment, the beans are going mad\n"
    "X: aw. he'll love that, I'll show him",
    "X: he asked for a crossword today\nY: that's a good sign!!\nX: I know. small things",
    "Y: anything you need from the shops?\nX: milk and those oat biscuits\nY: on it",
    "Y: sending a stupid video to make you laugh\nY: <media:video>\nX: I hate that that worked 😂",
    "X: mum says thank you for the flowers\nY: it was nothing\nX: it wasn't nothing",
    "Y: what's the parking like at the hospital, shall I drive you tomorrow?\n"
    "X: awful. yes please\nY: pick you up at 1",
    "X: the nurses on his ward are angels\nY: aw. I'm glad he's in good hands",
]

CRISIS_RECOVER = [
    "X: I just wanted to say thank you\n"
    "X: for the last few weeks. the food, the dog, the 2am messages\n+ \n"
    "+ I couldn't have done it without you\nY: you'd do the same for me\n"
    "X: I would. I hope you know that",
    "X: first normal day in ages\nX: went for a run and didn't think about hospitals once\n"
    "Y: that's so good to hear\nY: how are you feeling overall?\n"
    "X: lighter. still wobbly but lighter",
    "X: dad's back at the allotment lol\nY: of course he is\nY: how's your mum doing?\n"
    "X: so much better. she's sleeping again\nY: I'm really glad",
]

CRISIS_BEN = [
    # later: Ben struggles, Amara supports him back (Ben is X here)
    "X: can I talk to you about something\nY: of course. what's up?\n"
    "X: there are redundancies coming at work and I'm on the list\nX: I'm honestly scared\n"
    "Y: oh no. {VALIDATE}\nY: when will you know?\nX: end of the month\n"
    "Y: {SUPPORT}. you've held me up for weeks, let me do it back",
    "X: didn't sleep much. the work thing\nY: I'm sorry. that waiting is horrible\n"
    "Y: what's going through your head?\nX: just money. the flat. what if I can't find anything\n"
    "Y: that's a lot. but you're so good at what you do\nY: want to look at your CV together?\n"
    "X: yeah. that would really help",
    "X: I feel like a bit of a failure tbh\nY: hey. no\n"
    "Y: being put on a list isn't about you, it's about budgets\nY: how are you feeling today?\n"
    "X: bit better for saying it\n~~~\nY: any news on the redundancy?\nX: they're keeping me!!\n"
    "Y: {HYPE}\nY: how do you feel?\nX: relieved beyond words",
    "X: I'm really stressed about my brother\n"
    "X: he's moving back in with me and I'm not sure I can cope\n"
    "Y: that's a lot on top of everything\nY: what worries you most?\n"
    "X: that we'll fight like we used to\nY: makes sense. maybe set some ground rules early?\n"
    "X: yeah. thanks for listening",
    "X: I've been feeling a bit low this week\nX: nothing specific\nY: I'm sorry. low how?\n"
    "X: flat. tired. like nothing's fun\n"
    "Y: {VALIDATE}. want to get out of the house {day}? walk and {drink}?\nX: yes please",
    "X: interview tomorrow for the backup job\nX: I'm nervous\nY: you'll be brilliant\n"
    "Y: what's the bit you're worried about?\nX: salary questions. I always undersell myself\n"
    "Y: let's practise. what number are you going to say?\n~~~\nY: how did the interview go??\n"
    "X: really well! I said the number and they didn't blink\nY: proud of you!!",
]

# --- group: old uni friends (balanced)

GROUP = [
    "A: who's around {day}?\nB: me!\nC: depends what time\nA: thinking {place} about {time}\n"
    "D: I'm in\nC: ok yeah go on",
    "A: <media>\nA: look what I found in my loft\nB: NOT the freshers photo\n"
    "D: delete this immediately\nC: {LAUGH}\nC: {B}'s hair 😭",
    "A: happy birthday {B}!! 🎂\nC: happy birthday!!!\nD: happy bday 🥳\n"
    "B: thank you all ❤️ feeling old",
    "A: did anyone else see {friend}'s news\nB: the baby??\nA: yes!!\nC: wait what\n"
    "D: I saw! so cute\nC: how did I miss this",
    "A: quiz results: we came 4th\nB: robbed\nD: the music round was rigged\n"
    "C: we need a sports person\nA: we need a person who knows anything",
    "A: anyone got a {thing} I can borrow {day}\nC: I have\nA: legend\nD: the group chat delivers",
    "A: so {film}. thoughts\nB: loved it\nC: too long\nD: haven't seen it, don't spoil it\n"
    "A: fine but the ending 😳\nD: WHAT DID I JUST SAY",
    "A: <media>\nA: my attempt at {food}\nB: honestly looks great\n"
    "C: is it meant to be that colour\nA: yes {C}\nD: {LAUGH}",
    "A: ok real question, is a hotdog a sandwich\nB: no\nC: yes\nD: I'm muting this chat",
    "A: I've got a spare ticket for {band} on {day} if anyone wants it\nD: omg me\n"
    "B: damn I'm away\nD: how much\nA: free if you buy the drinks\nD: deal",
    "A: how's everyone's week going\nB: long\nC: fine, {weather} here\n"
    "D: I'm on day 3 of a cold so\nA: oh no, get well soon\nD: thank you 🤧",
    "A: can we please actually book the weekend away\nB: yes. {town}?\n"
    "C: I can do the first weekend of {month}\nD: same\nA: I'll look at cottages tonight",
    "A: <media>\nA: cottage option 1\nA: <media>\nA: option 2\nB: 2 has a hot tub\nC: 2\n"
    "D: 2 obviously",
    "A: I'm at {place} and they're playing our song\nC: which one\nA: you know which one\nB: 🎶\n"
    "D: take a video!!",
    "A: reminder it's {friend}'s leaving do {day}\nB: what time\nA: from {time} at {place}\n"
    "D: I'll be late but I'll come",
    "A: is anyone else having a weird week or is it just me\nC: weird how\n"
    "A: just feel a bit flat. work stuff\nB: sorry love, want to grab {drink} this week?\n"
    "A: yes please\nD: I'm around thursday too if you want company",
    "A: update: I passed!!\nB: YESSS\nC: knew you would\nD: congratulations!! 🎉\n"
    "A: thank you guys, honestly was so nervous",
    "A: who has the Netflix password\nC: it's changed again\nB: I'll send it\n"
    "D: nobody tell my brother",
    "A: {day} brunch?\nB: yes\nC: can't, sorry, my parents are visiting\nD: yes! {place}?\n"
    "A: booked for 4, {C} come after if you can",
    "A: <media>\nB: is that a PIGEON in your kitchen\n"
    "A: it came in through the window and won't leave\nC: name it\nD: Gerald",
    "A: important: I need birthday present ideas for my mum\nB: candle\nC: nice candle\n"
    "D: very nice candle\nA: thanks guys really helpful",
    "A: can't believe it's been 10 years since we met\nB: don't. I feel ancient\n"
    "C: we were babies\nD: I still owe you a tenner from freshers\nA: I know. I haven't forgotten",
    "A: sorry been quiet, it's been a lot with the move\nB: don't apologise! how's it going?\n"
    "A: boxes everywhere. but I like the new place\nC: send pics when it's done!\n"
    "D: need any help on {day}?\nA: that would be amazing actually",
    "A: anyone watching {show}\nC: obsessed\nB: started it last night\n"
    "A: no spoilers for ep 5 I'm behind\nD: I'm not watching it and I feel left out",
    "A: running late, save me a seat\nB: ok\nC: what are you drinking\nA: {drink} please x",
    "A: thanks for last night everyone, that was so fun\nB: same!! my head hurts\n"
    "C: who took my umbrella\nD: oops\nD: bringing it back {day}",
]

GROUP_SYSTEM_NAMES = ("Hannah", "Dev 🎸", "+44 7700 900123", "Chloe")

# --- group dominated (five-a-side; Marcus dominates)

GDOM_MONO = [
    "M: right lads, tactics for {day}\nM: I've been thinking about it all week\n+ \n"
    "+ long message incoming\nM: we're too narrow, that's why we conceded 6 last week\n"
    "M: if Josh stays wide and Aisha sits deeper we can actually keep shape\n"
    "M: and nobody, and I mean nobody, goes forward at the same time as me\n"
    "M: I'll do a diagram\nA: ok\nB: 👍",
    "M: <media>\nM: tactics board for {day}\nM: arrows are runs, dotted lines are passes\n"
    "M: the red X is where we always get caught\nM: learn it\nC: lol\nA: there's a lot of arrows",
    "M: quick debrief from last night\nM: first half we were asleep\n"
    "M: second half much better, the press was actually working\n"
    "M: but we have to talk to each other more, I was the only one shouting\n"
    "M: and Freya that last goal was partly on you, no offence\nC: ok\nA: we won though",
    "M: anyone seen the prem table\nM: honestly if we don't win on Sunday we're done\n"
    "M: the manager has to change it, the midfield is way too slow\n"
    "M: I've said this since August\nB: yeah",
    "M: ok admin time\nM: pitch is booked {day} {time}\n"
    "M: {num} quid each, send it to me by Thursday\nM: I'm not chasing anyone this time\n"
    "M: last time I was out of pocket for 3 weeks\nA: sent\nC: 👍",
    "M: also, new rule\nM: if you're late you're in goal\nM: no exceptions\n"
    "M: including me. obviously I won't be late\nB: lol",
    "M: did anyone see that video I posted\nM: the one of the free kick\n"
    "M: I've been practising that exact technique for weeks\nM: it's all in the plant foot\n"
    "M: I'll show you all on {day}\nA: nice",
    "M: been thinking we should enter the winter league\nM: I've looked into it\n"
    "M: 10 games, Tuesday nights, {num}0 quid per team\n"
    "M: if we win it there's a trophy and a bar tab\n"
    "M: I reckon we'd be top 3 easy if people actually turn up\nC: sounds fun\nB: maybe",
    "M: player ratings from tonight because I'm bored\n"
    "M: me 8, Josh 6, Aisha 7, Freya 6, the rest of the randoms 5\n"
    "M: be honest I was carrying a bit\nA: lol ok\nC: harsh",
    "M: anyone know a good physio\nM: my hamstring is tight again\n"
    "M: I've been stretching twice a day but it's not enough\n"
    "M: probably the volume of running I'm doing, I'm up to 40k a week\nB: no sorry",
    "M: so I've been watching a lot of Pep's press conferences\n"
    "M: and honestly the stuff about positional play\nM: we could totally do a version of that\n"
    "M: it's all about triangles\nM: I'll bring cones {day}\nA: cones 😂",
    "M: reminder that I'm captain and I pick the bibs\nM: it's not a democracy lads\n"
    "M: well it is but I have more votes\nC: {LAUGH}",
    "M: <media>\nM: new boots\nM: same ones as the pros, had to order from Germany\n"
    "M: first touch is going to be elite\nB: nice",
    "M: Sunday was a disgrace tbh\nM: we were 3 up and threw it\n"
    "M: no shape, no talking, everyone ball watching\nM: I'm not angry I'm just disappointed\n"
    "A: bit angry",
    "M: small thing but can people stop passing back to the keeper\n"
    "M: it's five-a-side, the keeper can't kick\nM: unless it's me in goal obviously\nC: ok",
]

GDOM_OTHERS = [
    "A: anyone doing anything {day}?\nM: training obviously\nM: and I'm doing a run after\n"
    "B: I'm free\nC: same",
    "C: <media>\nC: my dog at the park\nM: cute\n"
    "M: reminds me, I need to book the astro for next month\nA: so cute!!",
    "B: can't make it this week sorry, work thing\nM: that's the second week running\n"
    "M: we'll be a player down again\nB: sorry\nA: no worries",
    "A: happy birthday {C}!!\nB: happy birthday 🎉\nM: happy birthday\n"
    "M: you owe everyone a pint now, that's the rule\nC: thanks guys",
    "C: anyone watching the game tonight\nA: yes!\nM: obviously\n"
    "M: and I've got a prediction, 2-1, and the second half sub wins it\nB: bold",
    "B: {place} after on {day}?\nA: yes\nC: I'm in\nM: I'll come for one. protein shake first",
    "A: I'll bring the ball this week\nM: the good one, not the flat one\nA: yes Marcus",
]

# --- too short (Gemma & Raj, first days)

SHORT = [
    "X: hey it's Gemma from the climbing wall!\nY: hey!! good to hear from you\n"
    "X: was fun on Tuesday\nY: it was! my arms are still dead lol",
    "X: are you going on {day}?\nY: think so, about {time}\nX: cool see you there",
    "X: <media>\nX: proof I made it up the orange route\nY: yesss nice one!!\n"
    "Y: told you you'd get it",
    "Y: did you get home ok?\nX: yes thanks! rain was grim\nY: ha yeah I got soaked",
    "X: what shoes do you climb in? mine are killing me\nY: I've got the cheap decathlon ones\n"
    "Y: they stretch after a few weeks\nX: ok good to know",
    "Y: how was your week?\nX: busy! work's a bit full on\nX: yours?\n"
    "Y: not bad, looking forward to the weekend",
    "X: do you fancy a coffee before climbing {day}?\nY: yeah that would be nice!\n"
    "X: the place by the entrance?\nY: perfect",
    "Y: <media>\nY: this is what my forearms look like now\nX: 😂 same honestly",
    "X: thanks for the tips today\nY: any time! you're picking it up really fast\nX: aw thanks",
]

# --- more UK material (second pass)

LIGHT_UK += [
    "X: the man in the flat upstairs is learning the trumpet\nY: noooo\nX: he knows 3 notes\n"
    "+ and he plays them at 7am\nY: {LAUGH}",
    "X: I've put the Christmas lights back up\nY: it's {month_now}\nX: they make me happy ok",
    "X: do you reckon I can wear trainers to the wedding\nY: depends on the trainers\n"
    "X: <media>\nY: ...no",
    "X: update: the fox is back and he's brought a friend\nY: a fox gang\nX: I'm outnumbered",
    "X: what's the name of that actor, the one from the thing with the lighthouse\n"
    "Y: you'll have to give me more than that\nX: beard. shouty\nY: the vampire one?\n"
    "X: YES. thank you. it was driving me mad",
    "X: accidentally replied-all to the whole department\nY: oh no what did it say\nX: 'lol ok'\n"
    "Y: {LAUGH}\nY: honestly could be worse",
    "X: I've been sent home with a cold\nY: aw no. soup and {show}?\nX: already on it 🤧",
    "X: is it weird to have cereal for tea\nY: it's a classic\n"
    "X: thank you for validating my life choices",
    "X: {friend}'s dog ate a whole birthday cake\nY: NO\nY: is he ok?\n"
    "X: he's fine. {friend} is not",
    "X: the self checkout hates me\nY: unexpected item in the bagging area?\n"
    "X: every. single. time",
    "X: random thought but we should do a picnic when it's warmer\nY: yes!! {town}?\n"
    "X: or the park, less faff\nY: deal, I'll make the sandwiches",
    "X: just sat on my glasses\nY: how bad\nX: <media>\nY: oh that's bad",
    "X: I've started doing the crossword on the train\nY: who are you\nX: I got 3 answers. 3!",
    "X: someone left a whole lasagne on the wall outside\nY: a whole one??\nX: still warm\n"
    "Y: don't you dare",
    "X: my phone autocorrected 'see you soon' to 'sea you soon'\nY: nautical\n"
    "X: and I sent it to my boss",
    "X: trying to assemble a wardrobe\nX: there are 4 screws left over\n"
    "Y: that's just bonus screws\nX: it's leaning",
    "X: <media>\nX: sunset from the office, almost makes up for it\nY: almost",
    "X: has {friend} text you about the weekend\nY: yeah, thinking {place}?\nX: works for me\n"
    "Y: I'll tell her",
    "X: question. is {show} worth starting\nY: first season yes, second season no\nX: noted",
    "X: just had to explain to my nan what a meme is\nY: how did that go\n"
    "X: she sent me one back. it was a picture of a cat with no words\nY: iconic",
    "X: the queue at the post office is out the door\nY: it's always like that on {day}s\n"
    "X: I'm going to be here till I retire",
    "X: what's a good film for a rainy sunday\nY: {film}\nX: seen it twice\n"
    "Y: third time's the charm",
    "X: finally cleaned the oven\nY: proud\nX: found a chip from 2021",
    "X: is it bad that I'm already thinking about lunch\nY: it's 10am\nX: that's not a no",
    "X: ok I need a new phone case, thoughts\nX: <media>\nX: <media>\nY: the green one\n"
    "X: knew you'd say that",
    "X: bumped into my old maths teacher in {shop}\nY: did he recognise you\n"
    "X: he called me by my sister's name\nY: {LAUGH}",
    "X: got caught in the rain without a coat\nY: the weather said sunny\nX: the weather lied",
    "X: what time's the match on {day}\nY: 3 I think\nX: pub?\nY: obviously",
    "X: the neighbour's cat has adopted me\nY: oh no. you're feeding it aren't you\n"
    "X: only a bit\n+ I bought it a bowl",
    "X: I've been on hold for 45 minutes\nY: with who\n"
    "X: the bank. the music is burned into my brain",
    "X: just saw a man walking a tortoise on a lead\nY: picture or it didn't happen\nX: <media>\n"
    "Y: incredible",
    "X: thinking of learning to crochet\nY: you'll make one scarf and stop\n"
    "X: one scarf is all I need",
    "X: is your wifi being weird or just mine\nY: mine's fine\nX: great, it's personal then",
    "X: had the weirdest dream about you last night\nY: go on\n"
    "X: you were a waiter and you kept bringing me soup\nY: that's not weird that's a nice dream",
    "X: can't stop listening to {band}\nY: the new one?\nX: yes. on repeat since Tuesday",
]

ANEC_UK = [
    "just got chased by a goose in the park",
    "the barista wrote 'Tim' on my cup. not even close",
    "someone on the bus is eating a whole rotisserie chicken",
    "I've just put my phone in the fridge and the milk in my bag",
    "my plant has a new leaf!!",
    "there's a pigeon on my windowsill staring at me",
    "I've had 4 coffees already today",
    "accidentally waved at someone who wasn't waving at me",
    "just found a tenner in my winter coat",
    "the lift at work has been broken for a week and I'm on the 6th floor",
    "I think I've been pronouncing my colleague's name wrong for a year",
    "the ice cream van is playing Greensleeves in the rain",
    "been sneezing all day, I think I'm allergic to my own office",
    "just got asked for directions in my own street and gave the wrong ones",
    "my mum has sent me a picture of her new hedge trimmer. no context",
    "the smoke alarm went off because I made toast",
    "there's a man doing tai chi in the car park",
    "I've been wearing my jumper inside out all morning",
    "just discovered the good biscuits are hidden in the stationery cupboard",
    "our office has a new coffee machine and everyone's acting like it's Christmas",
    "the cat knocked my tea over my laptop. it's fine. I think",
    "just walked past a shop selling only socks",
    "I fell asleep on the train and woke up two stops past mine",
    "my dad has discovered podcasts and now he sends me episode recommendations every day",
    "got complimented on my coat by a very stylish old lady",
    "a toddler on the train just told me my hair was funny",
    "I've eaten nothing but toast today. a toast day",
    "got a new haircut, not sure about it",
    "there's a pub quiz question on the radio I got right and nobody was here to see it",
    "my neighbour's started a veg patch and gave me a courgette the size of my arm",
    "learnt today that flamingos are pink because of what they eat",
    "just had to do a fire drill in the pouring rain",
    "the train had a dog on it wearing little boots",
    "just put a wash on with a red sock in it. everything's pink",
    "my manager sent an email that just said 'call me'. terrified",
    "finished my book on the bus and now I don't know what to do with my life",
    "saw a double rainbow on the way home",
    "I've signed up for the gym. again",
    "someone has parked a tiny car diagonally across two spaces",
    "the heating came on for the first time and the whole flat smells of burnt dust",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "no way", "what 😂", "classic", "amazing", "that's so you", "stop it",
    "love that", "ha. of course", "oh no 😂", "why is that so funny", "brilliant",
    "I need a picture", "the drama", "honestly iconic", "not again",
]
FRAGMENTS["ASKMORE"] = [
    "wait what happened", "where was this", "how", "and then what", "why though",
    "tell me everything", "was anyone watching", "is that normal",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {honestly no idea|don't even ask|long story|just my life at the moment}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {anyway how's your day going|anyway. how are you|anyway that's my news. you?}\n"
    "Y: {fine! uneventful compared to that|not as exciting as yours|good thanks, busy}",
    "X: update on my life: {ANEC}\nY: {REACT}",
]

DEEP_UK += [
    "X: I'm not sleeping great at the moment\n"
    "X: keep lying awake worrying about whether I'm in the right job\n"
    "Y: oh no. how long's that been going on?\nX: a couple of months if I'm honest\n"
    "Y: {VALIDATE}\nY: what is it about the job that's getting to you?\n"
    "X: I think I just don't feel like I'm good at it anymore\n"
    "Y: for what it's worth you're one of the most capable people I know\n"
    "X: that means a lot actually",
    "X: I know this is silly but I'm really hurt that nobody remembered my work anniversary\n"
    "Y: that's not silly\nY: 10 years is a big deal\nX: it just made me feel a bit invisible\n"
    "Y: {VALIDATE}\nY: I'm taking you out {day}. proper celebration\nX: you don't have to\n"
    "Y: I want to",
    "X: feeling really anxious about seeing everyone at the reunion\n"
    "Y: what's worrying you about it?\n"
    "X: that everyone's done loads and I'll have nothing to say\n"
    "Y: I get that. but people mostly just want to catch up\n"
    "Y: and you have loads to say. you just forget\nX: ha. maybe\n"
    "Y: want me to come as your plus one?\nX: yes please",
    "X: can I tell you something I haven't told anyone\nY: of course\n"
    "X: I've started seeing a therapist\nX: I feel weirdly embarrassed about it\n"
    "Y: I think that's brilliant honestly\nY: how are you finding it?\n"
    "X: hard. but good hard. she asks things nobody's ever asked me\nY: what did she say?\n"
    "X: mostly 'and how did that make you feel' lol. but it helps\n"
    "Y: I'm proud of you for going. {SUPPORT}",
    "X: had a proper wobble today\nX: cried in the car park before work\n"
    "Y: oh no. that sounds so hard\nY: what brought it on?\n"
    "X: I don't even know. everything piled up\nY: {VALIDATE}\nY: are you ok now?\n"
    "X: better. I just feel so tired of feeling like this\nY: {SUPPORT}\n~~~\n"
    "Y: how are you doing today? been thinking about you\n"
    "X: a bit better thanks. slept properly for once\nY: that's really good to hear",
    "X: I'm really scared about the move if I'm honest\nY: which bit?\n"
    "X: all of it. new city, new job, not knowing anyone\n"
    "Y: of course. that's a lot of change at once\n"
    "Y: what would make the first few weeks easier?\n"
    "X: knowing I can ring you when it's rubbish\nY: you can. any time, I mean it",
    "X: I think my mum's getting forgetful\n"
    "X: she forgot my birthday and then told me the same story 3 times\nY: oh that's scary\n"
    "Y: have you said anything to her?\nX: not yet. I don't know how to bring it up\n"
    "Y: {VALIDATE}\nY: maybe with your brother there?\nX: yeah. that might be easier",
    "X: I feel like I've lost myself a bit since the baby\n"
    "X: I love her so much but I don't recognise my life\nY: that sounds really hard\n"
    "Y: and really normal, for what it's worth\nY: what do you miss most?\n"
    "X: just having an hour that's mine\n"
    "Y: let me have her for an afternoon {day}. go do anything\nX: you'd do that?\nY: of course",
    "X: I've been feeling a bit jealous of {friend} and I hate it\nY: jealous how?\n"
    "X: she makes everything look so easy\nY: I get that. it's very human\n"
    "Y: you know she struggles too, right?\nX: I know. doesn't stop the feeling though\n"
    "Y: no. but thanks for being honest about it",
    "X: the anniversary is this week\nX: 5 years\nY: I know. I've been thinking about you\n"
    "Y: how are you feeling about it?\nX: heavy. it doesn't get easier, it just gets different\n"
    "Y: {VALIDATE}\nY: do you want company on the day or space?\nX: company I think\n"
    "Y: I'll come round",
    "X: I think I messed up at work today\nX: sent the wrong file to a client\n"
    "Y: oh no. how bad?\nX: they noticed. my boss wasn't happy\nX: I feel so stupid\n"
    "Y: you're not stupid, you're human\nY: did you fix it?\n"
    "X: yeah, sent the right one straight away\nY: then you did the right thing. it'll blow over",
    "X: I'm so overwhelmed with the wedding planning\nY: oh no. what's the worst bit?\n"
    "X: everyone has opinions and I feel like I'm disappointing everyone\nY: {VALIDATE}\n"
    "Y: it's your day though, not theirs\nX: I know. I just hate letting people down\n"
    "Y: want to go through the list together {day}?",
    "X: I didn't get picked for the team\nX: again\nY: oh no, I'm sorry\n"
    "Y: how are you feeling about it?\nX: honestly a bit crushed. I trained so hard\n"
    "Y: {VALIDATE}. that effort isn't wasted though\nX: doesn't feel like it right now\n"
    "Y: I know. {SUPPORT}",
    "X: me and my sister had a massive row\nY: oh no, what about?\n"
    "X: dad's care. she thinks I don't do enough\nX: and the worst part is she might be right\n"
    "Y: that sounds really painful\nY: you do a lot though. more than you think\n"
    "X: maybe. I just feel guilty all the time\nY: {SUPPORT}",
    "X: been feeling really insecure lately\nY: about anything in particular?\n"
    "X: how I look mostly. it's stupid\nY: it's not stupid. it affects how you feel every day\n"
    "Y: has something set it off?\nX: just photos from the wedding\n"
    "Y: for what it's worth you looked happy and gorgeous in them",
    "X: I'm worried I'm drinking too much\nY: thank you for telling me\n"
    "Y: what's made you think that?\nX: it's every night now, not just weekends\n"
    "Y: {VALIDATE}. it's brave to notice\n"
    "Y: want to try a dry month together? I could do with one too\nX: yeah. that would help",
    "X: I feel like I'm always the one who makes the effort with my friends\n"
    "Y: that's exhausting\nY: has something happened?\n"
    "X: nobody messaged on my birthday apart from you and mum\nY: oh love. that really hurts\n"
    "Y: I'm sorry\nX: it's ok. just needed to say it",
    "X: the doctor wants me to have more tests\nX: trying not to panic\n"
    "Y: of course you're worried\nY: what did they say exactly?\n"
    "X: just that they want to rule some things out\n"
    "Y: that's often all it is. but it's still scary\nY: when's the appointment? I can come\n"
    "~~~\nY: any news from the tests?\nX: all normal!!\nY: oh thank god\nY: how do you feel?\n"
    "X: like a weight's gone",
    "X: I'm so tired of being single honestly\nY: aw. what's brought this on?\n"
    "X: everyone at work is getting engaged\n"
    "X: and I go home to an empty flat and a microwave meal\nY: {VALIDATE}\n"
    "Y: for what it's worth anyone would be lucky\nX: tell that to the apps 😅\n"
    "Y: the apps are a nightmare. it's not you",
    "X: do you ever feel like you're faking it at work\nY: constantly\nY: why, what's happened?\n"
    "X: got asked to lead the team meeting and I panicked\n"
    "X: I feel like they'll find out I don't know what I'm doing\n"
    "Y: that's impostor syndrome talking\nY: they asked you because they think you can\n"
    "X: I hope you're right",
    "X: I've been a bit low since the holiday ended\nY: post holiday blues?\n"
    "X: more like I realised how much I hate my routine here\nY: oh. that's a big realisation\n"
    "Y: what did you love about being away?\nX: having time. not rushing. being outside\n"
    "Y: could you get more of that here somehow?\nX: maybe. I need to think about it",
    "X: {friend} said something that really stung\nY: what did she say?\n"
    "X: that I'm 'a lot'. as a joke but\nY: ouch. {VALIDATE}\n"
    "Y: you're not too much. you're you\nX: thanks. I think it hit a nerve\n"
    "Y: do you want to talk to her about it?\nX: maybe when I'm less upset",
]

NEWS_UK += [
    "X: I got a pay rise!!\nY: {HYPE}\nY: how much?\n"
    "X: enough that I can stop checking my bank balance before buying a coffee\n"
    "Y: honestly that's the dream",
    "X: the landlord said yes to a cat\nY: STOP\nY: when are you getting one?\n"
    "X: going to the rescue centre {day}\nY: send pics immediately",
    "X: my article got published!\nX: <media>\nY: {HYPE}\nY: what's it about again?\n"
    "X: the community garden thing\nY: I'm reading it now",
    "X: I finished the first draft\nY: of the novel??\nX: of the novel!!\nY: {HYPE}\n"
    "Y: how does it feel?\nX: surreal. and a bit scary",
    "X: they offered me the job in {town}\nY: {HYPE}\nY: are you going to take it?\n"
    "X: I think so!! I'm excited\nY: I'm so happy for you. and sad for me lol",
    "X: hit 100 days sober today\nY: that's huge. I'm so proud of you\nY: how are you feeling?\n"
    "X: clearer. and proud of myself for once\nY: you should be",
    "X: I passed my probation\nY: {HYPE}\nY: did they say anything nice?\n"
    "X: 'a real asset to the team'\nY: framing that",
    "X: my brother's getting married!!\nY: aw!! to Sophie?\n"
    "X: yes! and they asked me to do a reading\nY: oh that's lovely. you'll cry\n"
    "X: I'm already crying",
]

COUPLE_UK += [
    "X: I booked us somewhere for your birthday\nY: where??\nX: not telling\nY: 🙈 you're the best",
    "X: I'm proud of you, you know\nY: what for?\n"
    "X: everything lately. the job stuff, your mum, all of it\n"
    "Y: that's really nice to hear. thank you",
    "X: can we get a takeaway tonight\nY: {place}?\nX: you read my mind",
    "X: I'm sorry I was grumpy this morning\nY: it's ok. bad sleep?\n"
    "X: yeah. and I took it out on you\nY: thanks for saying. love you",
    "X: what's your favourite memory of us\nY: that's a big question for a tuesday\n"
    "Y: probably the night the car broke down in {town} and we ate chips in the rain\nX: mine too",
    "X: your plant misses you\nY: just the plant?\nX: and me. mostly me",
    "X: I've been thinking we should plan a trip\nY: yes. where?\nX: somewhere warm. {month}?\n"
    "Y: let's look at the weekend",
    "X: did you eat today?\nY: sort of. a meal deal\nX: that's not a meal\n"
    "Y: it's literally in the name",
    "X: I love how you sing in the shower\nY: I don't sing in the shower\n"
    "X: you absolutely do. badly\nY: 😂",
    "X: long day. need a hug\nY: come here then\nY: I'll be home at {time}",
    "X: it's weird sleeping without you\nY: 3 more nights\nX: the bed is too big\n"
    "Y: starfish it while you can",
    "X: thanks for looking after me when I was ill\nY: that's my job\nX: it's not your job\n"
    "Y: it's my favourite job",
    "X: shall we do a proper date night {day}\nY: like dressed up?\nX: like dressed up. {place}\n"
    "Y: it's a date ❤️",
]

SUPERFICIAL += [
    "X: boiler's making the clanking noise again\nY: I'll text the landlord",
    "X: did you see the letter from the water people\nY: yeah, meter reading. I'll do it",
    "X: can you sign for a parcel tomorrow if you're in\nY: should be in till 2\nX: cheers",
    "X: I've put a load of towels on, hang them if I'm not back\nY: yep no worries",
    "X: your bike's blocking the hallway\nY: moving it now",
    "X: how much do I owe you for the shop\nY: 14.50\nX: sent",
    "X: are we doing the meter reading or is the landlord\nY: us I think\nX: ok I'll take a photo",
    "X: the car needs an MOT by the end of {month}\nY: I'll book it\n"
    "X: the garage on the corner is cheapest",
    "X: what day is the big bin\nY: every other Thursday\nX: so this one?\nY: next one",
    "X: back late tonight, don't lock the chain\nY: ok",
    "X: got any batteries\nY: AA?\nX: AAA\nY: nope, sorry",
    "X: the landlord's agent is doing an inspection {day}\nY: what time\n"
    "X: 11. can you tidy the lounge a bit\nY: yep",
    "X: match is on at 8 if you want to watch\nY: which one\nX: the cup one\nY: yeah I'll be in",
    "X: {shop} has the big tubs of coffee on offer\nY: grab two",
    "X: did you move my post\nY: it's on the table by the door",
    "X: the broadband contract's up for renewal\nY: shall we switch\nX: I'll look at prices\nY: 👍",
    "X: who's got the spare key\nY: me, why\nX: my sister's coming to pick something up at 4\n"
    "Y: I'll leave it in the usual place",
    "X: what time's the quiz start\nY: 8\nX: ok, meet there",
    "X: there's a spider the size of my hand in the bath\nY: not my problem\n"
    "X: it's OUR problem\nY: {LAUGH} fine I'll get the glass",
    "X: do you need the car tomorrow\nY: no, go for it\nX: thanks",
    "X: are we getting the Christmas tree this weekend\nY: sunday?\n"
    "X: fine, the place by the garden centre",
    "X: bus or walk to {place}\nY: walk, it's dry\nX: ok leaving at 7:45",
    "X: dishwasher's done if you want to empty it\nY: will do in a bit",
    "X: can you turn the heating up when you get in\nY: it's on a timer\n"
    "X: turn the timer up then\nY: lol ok",
    "X: ordered a new shower head, arrives {day}\nY: finally",
    "X: did the council come for the sofa\nY: yeah this morning\nX: great",
    "X: fire alarm test at work so I'll be late\nY: ok",
    "X: {friend}'s coming to stay {day}, that ok\nY: yeah fine, sofa bed?\nX: yeah",
    "X: can you move your car, I'm blocked in\nY: coming",
    "X: there's a leak under the sink\nY: big?\nX: drip drip\n"
    "Y: put a bowl under it, I'll call someone",
    "X: the Amazon guy left a parcel next door\nY: which side\nX: number 14\nY: ok I'll grab it",
    "X: heads up, I've used the last of the milk\nY: I'll get some",
    "X: football at 7?\nY: yep, bring the pump\nX: will do",
    "X: what's the wifi password again, my laptop forgot it\nY: it's on the router\nX: ah yeah",
    "X: window cleaner {day} morning\nY: ok",
    "X: got the TV licence reminder\nY: I'll pay it, you did last year",
    "X: are you using the iron\nY: no, it's in the cupboard",
    "X: there's a man reading the gas meter, let him in?\nY: yeah he's fine",
    "X: {shop} delivery between 6 and 7\nY: I'll be in",
    "X: cooking {food} if you want some\nY: yes please, back at 7",
    "X: is the car insurance in your name or mine\nY: mine\nX: ok, renewal letter came",
    "X: locked myself out\nY: I'm 10 mins away\nX: legend",
]

SUPERFICIAL_OPEN += [
    "X: you back tonight?\nY: yep about 7",
    "X: oi\nY: what",
    "X: question\nY: yep",
]

GROUP += [
    "A: whose turn is it to host\nB: not me, I hosted last time\nC: I can do {day}\n"
    "D: {C}'s it is then\nC: I'll get snacks",
    "A: just seen a man who looks EXACTLY like our old landlord\nB: the one with the ponytail?\n"
    "A: the ponytail lives on\nC: {LAUGH}",
    "A: can't believe {friend} is moving to {town}\nB: I know, the end of an era\n"
    "C: we'll just have to visit\nD: road trip!!",
    "A: <media>\nA: tonight's view\nB: where's that?\nA: {town}, up the hill\nD: gorgeous\n"
    "C: jealous",
    "A: anyone know a good plumber\nC: my uncle\nA: is he good\nC: he's my uncle\n"
    "D: that's not a yes",
    "A: I'm making a playlist for the cottage, send requests\nB: {band}\nC: anything but {band}\n"
    "D: abba obviously\nA: abba is a given",
    "A: just realised I've had a chat with all of you today except {B}\nB: hi\nA: there we go",
    "A: who's bringing what to the bbq\nB: burgers\nC: salad (someone has to)\nD: drinks\n"
    "A: I'll do the sausages and the vibes",
    "A: {show} finale tonight!!\nC: don't message during it\nB: I'm watching tomorrow, mute me\n"
    "D: no promises",
    "A: I need a new phone, iphone or android, go\nB: iphone\nC: android\nD: a Nokia 3310\n"
    "A: thank you all",
    "A: <media>\nA: look who I found\nB: is that Mr Biscuits??\nC: the uni cat!!\n"
    "D: he's so old now",
    "A: how is it {month_now} already\nB: don't\n"
    "C: I still haven't done my new year's resolutions\nD: it's fine it's fine it's fine",
    "A: hot take: pineapple on pizza is good\nB: correct\nC: leave\nD: I'm with {A}",
    "A: just booked my flights for the wedding\nC: same! which one are you on\nA: the 7am\n"
    "C: oh god. me too\nD: I'm getting the train like a sensible person",
    "A: <deleted>\nB: what did you delete\nA: nothing\nC: now I need to know\n"
    "D: screenshot or it didn't happen",
    "A: is anyone else's heating broken or is the whole city just cold\n"
    "B: it's freezing here too\nC: I'm wearing a hat indoors\nD: same",
    "A: just finished the most stressful week of my life\nB: well done for surviving\n"
    "C: what happened?\nA: deadline after deadline, I barely slept\n"
    "D: you deserve a big rest this weekend\nA: planning to not move at all",
    "A: random appreciation post: you lot are the best\nB: who hacked your phone\nC: aw ❤️\n"
    "D: we love you too weirdo",
    "A: {day}: pub or cinema\nB: pub\nC: cinema\nD: pub cinema\nA: that's not a thing\n"
    "D: it is now",
    "A: anyone want to go halves on a {food} kit\nC: what's a {food} kit\nA: a kit. for {food}\n"
    "B: I'm in",
    "A: I've started running\nB: since when\nA: since yesterday\nC: one day streak!!\n"
    "D: proud of you",
    "A: mum's asked if we're all coming for dinner {day} before the cottage\n"
    "B: yes!! your mum's cooking is elite\nC: I'll bring wine\nD: I'll bring my appetite",
    "A: <media>\nA: found our old group photo\nB: why did we all wear hats\n"
    "C: it was a hat phase\nD: a dark time",
    "A: is everyone ok? quiet in here\nB: just busy\nC: same, work is mad\n"
    "D: I'm here, just lurking\nA: ok just checking 😊",
    "A: my car's making a noise\nB: what kind of noise\nA: like a sad duck\nC: that's expensive\n"
    "D: that's the sound of money leaving",
    "A: I've been having a rough week with my mum tbh\nB: oh no, what's going on?\n"
    "A: she's not well and I'm worried\nC: sending love ❤️ do you want to talk about it?\n"
    "A: maybe later, thanks\nD: here if you need anything",
    "A: who wants my spare {thing}\nB: me!\nC: why do you have a spare\nA: long story",
    "A: remember the camping trip where it rained for 3 days\nB: I still have trench foot\n"
    "C: best holiday ever honestly\nD: you're unwell",
]

GROUP_OPEN = [
    "A: morning all ☀️\nB: morning!\nC: 👋",
    "A: hello hello\nC: hiya\nD: evening",
    "A: right, who's awake\nB: me unfortunately",
]

LIGHT_US += [
    "X: my landlord finally fixed the heater\nY: it only took 3 months\n"
    "X: just in time for spring lol",
    "X: I signed up for a pottery class\nY: ok ghost era\nX: lmao stop",
    "X: the guy next to me on the plane is clipping his nails\nY: NO\nX: I'm gonna scream\n"
    "Y: {LAUGH}",
    "X: is it weird to bring a casserole to a housewarming\nY: it's very midwest of you\n"
    "X: I'm taking that as a yes",
    "X: <media>\nX: my cat discovered the box the printer came in\nY: she's so happy\n"
    "Y: worth the printer honestly",
    "X: you ever just eat cereal for dinner\nY: that's called a tuesday",
    "X: I got a plant for my desk\nY: what kind\nX: the kind that hopefully doesn't die\n"
    "Y: good luck 🪴",
    "X: my upstairs neighbor is learning to tap dance\nY: at night??\nX: at 11pm\n"
    "Y: {LAUGH} ok that's a choice",
    "X: can you send me that playlist from the road trip\n"
    "Y: the one with the embarrassing 2000s songs?\nX: yes that one\nY: <media>",
    "X: just saw a guy walking a cat on a leash downtown\nY: living his best life",
    "X: what do you get someone who has everything\nY: a candle\nX: she has candles\n"
    "Y: a different candle",
    "X: I tried to parallel park and gave up\nY: lol where\n"
    "X: in front of like 8 people at the farmers market\nY: iconic",
    "X: do you still have that hoodie I left at your place\nY: maybe\nX: that means yes\n"
    "Y: it's mine now",
    "X: the coffee place by my work closed 😭\nY: noooo the one with the cute barista?\n"
    "X: THE cute barista. gone",
    "X: update: the bread has become a sourdough starter situation\n"
    "Y: oh no you're one of them now\nX: his name is Doug",
    "X: random but do you remember the name of that bar in {town}\n"
    "Y: the one with the mechanical bull?\nX: yes!!\nY: no idea lmao",
    "X: trying to watch {film} but I keep falling asleep\nY: it's like 3 hours\nX: it's like 4",
    "X: guess who got stuck in an elevator today\nY: NO\nY: you ok??\n"
    "X: 20 minutes with a guy eating tuna\nY: I'm so sorry 💀",
    "X: it's finally snowing here\nX: <media>\nY: that's so pretty\nY: we got rain. as always",
    "X: should I get bangs\nY: no\nX: you always say no\nY: and I'm always right",
    "X: omw to {shop}, need anything\nY: I'm 800 miles away\n"
    "X: I know I just wanted to tell someone",
    "X: 4 day weekend coming up!!\nY: plans?\nX: absolutely none and I can't wait",
    "X: what's that show you were obsessed with last year\nY: {show}?\nX: no the other one\n"
    "Y: I'm obsessed with a lot of shows",
    "X: <media>\nY: is that a whole pie\nX: thanksgiving practice\nY: it's {month_now}\n"
    "X: practice",
    "X: my brother just called me to ask how to boil an egg\nY: he's 26\nX: he's 26",
]

DEEP_US += [
    "X: can I be real with you for a sec\nY: always\n"
    "X: I've been really anxious lately. like all the time\n"
    "Y: I'm sorry. that sounds exhausting\nY: is it work or more everything?\n"
    "X: everything I think. I can't turn my brain off\nY: have you talked to anyone about it?\n"
    "X: just you honestly\n"
    "Y: I'm glad you told me. I'm here, and I think talking to someone could really help",
    "X: I feel kind of left out lately\nX: everyone from college hangs out without me now\n"
    "Y: oh no, that really hurts\nY: do you think they realize?\n"
    "X: probably not. I moved, it's not their fault\nY: it still hurts though\n"
    "Y: I'll always call you, you know that",
    "X: my dog is sick\nX: the vet thinks it might be serious\nY: oh no. I'm so sorry\n"
    "Y: what did they say?\nX: they need to do bloodwork. I'm so scared\n"
    "Y: that's so scary. he's your baby\n~~~\nY: how's the pup?? any results?\n"
    "X: it's treatable!!\nY: oh thank god\nY: give him a kiss from me",
    "X: I think I need to break up with Alex\nY: whoa. are you ok?\n"
    "X: not really. I've been feeling it for months\nY: that's such a hard place to be\n"
    "Y: what's making you feel that way?\nX: we just want different things\n"
    "Y: that makes sense. whatever you decide I'm here",
    "X: I'm so tired of pretending I'm fine at work\nY: what's going on there?\n"
    "X: my manager keeps taking credit for my stuff\n"
    "Y: that's so frustrating. you must feel so undervalued\nX: I do. I'm thinking of leaving\n"
    "Y: honestly I'd support that",
    "X: today was a lot\nX: my grandpa had a fall\nY: oh no. is he ok?\n"
    "X: broken hip. he's in the hospital\nY: I'm so sorry. how are you doing?\n"
    "X: just worried. he's 89\nY: of course you are. text me any updates ok?",
]

NEWS_US += [
    "X: I got into grad school!!\nY: {HYPE}\nY: which one??\nX: my first choice!!\n"
    "Y: I'm literally screaming",
    "X: we're engaged!!\nX: <media>\nY: OMG\nY: how did he ask??\nX: at the lake where we met\n"
    "Y: I'm crying",
    "X: signed the lease on the new place!\nY: the one with the balcony?\n"
    "X: the one with the balcony!!\nY: so happy for you",
    "X: my boss said I'm getting a raise\nY: finally!!\nY: you've been working so hard for this",
]

OPEN_US += [
    "X: hiii\nY: hey you!",
    "X: sooo\nY: uh oh what",
    "X: you alive?\nY: barely lol",
]

CLOSE_US += [
    "X: ok I'll let you go\nY: talk soon!",
    "X: gotta run, meeting\nY: good luck!",
]

# Jo and Sam: planning a long weekend away together, plus everyday chat
JO = [
    "X: ok so {town} in april. are we actually doing this\n"
    "Y: yes!! I've been looking at flights\nX: send me what you've found\nY: <media>",
    "X: how many nights are we thinking\nY: 3? fri to mon\nX: perfect, I'll ask for the monday off",
    "X: airbnb or hotel\nY: airbnb, we can cook\nX: who's cooking\nY: you\nX: rude but fair",
    "X: <media>\nX: what about this place\nY: the one with the rooftop??\n"
    "Y: yes. book it before someone else does",
    "X: booked!!\nY: AHHH\nY: it's happening\nX: it's happening",
    "X: what do you want to do while we're there\nY: eat\nX: besides eating\n"
    "Y: eat more. and that museum you mentioned",
    "X: made a list of restaurants\nX: 1. the taco place\n+ 2. the brunch place with the line\n"
    "+ 3. the dumpling bar\n+ ...\n+ 14. the fancy one if we're feeling rich\n"
    "Y: 14 restaurants??\nY: for 3 days\nX: we'll manage",
    "X: do we need a car\nY: I don't think so, everything's walkable\n"
    "X: good bc I don't want to drive",
    "X: how was your week\nY: long, work is chaos\nY: yours?\nX: same. counting down to the trip",
    "X: my sister says hi btw\nY: hi to her!! is she still doing the marathon\n"
    "X: she is, she's insane",
    "X: I'm kind of nervous about flying tbh\nY: oh really? I didn't know that\n"
    "X: yeah it's gotten worse lately\n"
    "Y: we can sit together and I'll distract you the whole time\nX: that actually helps a lot",
    "X: packing question, is it cold there in april\nY: like 60s?\nX: so a jacket\n"
    "Y: bring a jacket",
    "X: I got the promotion!!\nY: {HYPE}\nY: ok the trip is now a celebration trip\nX: agreed",
    "X: <media>\nX: new suitcase\nY: so fancy\nX: it has a cup holder",
    "X: ok don't be mad but I might have booked a cooking class for us\n"
    "Y: why would I be mad that's amazing\nX: it's at 8am\nY: ok now I'm mad",
    "X: how's your mom doing\nY: better thanks, the new meds are helping\n"
    "X: that's so good to hear\nY: thanks for asking ❤️",
    "X: I had a rough day\nY: oh no, what happened?\n"
    "X: got some bad feedback on my project and it stung\nY: that sucks. what did they say?\n"
    "X: that it wasn't ambitious enough\nY: that's frustrating, you put so much into it\n"
    "X: thanks. trip can't come soon enough",
    "X: one week!!\nY: ONE WEEK\nX: I've already started packing\nY: of course you have",
    "X: can you send me the airbnb address\nY: <media>\nX: ty",
    "X: what time's our flight again\nY: 7:10am\nX: why did we do this to ourselves\n"
    "Y: cheap flights baby",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

DOM_MONO += [
    "X: so I've basically figured out investing\n"
    "X: index funds, obviously, but also a bit of crypto for the upside\n"
    "X: I've read like 6 books on it now\nX: the key is just not panicking when it dips\n"
    "X: most people panic. I don't\nY: cool",
    "X: had a meeting with the director today\nX: just me and her, 30 mins\n"
    "X: she asked where I see myself in 5 years\nX: I said her job lol\n"
    "X: she laughed but I wasn't really joking\nY: haha",
    "X: my flat is so much nicer since I redid the lounge\n"
    "X: got the rug, the lamp, the big plant\n"
    "X: and I've hung all the prints myself, spirit level and everything\n"
    "X: honestly I could do this professionally\nX: <media>\nY: looks nice",
    "X: did the parkrun this morning\nX: 21:40, PB by 15 seconds\nX: I was 12th overall\n"
    "X: there's a guy who always beats me by like 10 seconds so that's my target now\n"
    "X: next week he's going down\nY: nice",
    "X: ok so the wedding speech\nX: I've written 3 drafts\n"
    "X: the best man is meant to be funny but I think I'm going to go more heartfelt\n"
    "X: with a couple of jokes to land it\n"
    "X: I'll read it to you at some point, it's about 8 minutes\nY: ok",
    "X: been thinking about getting a dog\n"
    "X: I've done loads of research, it's going to be a cockapoo\n"
    "X: I'll work from home 3 days so that's fine\nX: and I've found a walker for the other 2\n"
    "X: I've even picked a name. Biscuit\nY: cute",
    "X: you know what I've realised\nX: most people just don't plan\n"
    "X: like I plan my week on Sunday night, every meal, every workout\n"
    "X: and it's why I get so much done\nX: I should do a course on it honestly\nY: haha maybe",
    "X: wild day\nX: the fire alarm went off in the middle of my presentation\n"
    "X: but I just carried on outside in the car park\n"
    "X: the client said it was the most memorable pitch they'd seen\n"
    "X: we're getting the contract I reckon\nY: wow",
    "X: quick rant\nX: why do people not reply to emails\n"
    "X: I sent {colleague_m} 3 emails this week\nX: nothing\n"
    "X: I literally had to walk to his desk\nX: anyway it's sorted because I sorted it\n"
    "Y: annoying",
    "X: my mate's started a band and asked me to manage them\n"
    "X: I mean I've never done it but how hard can it be\n"
    "X: I've already got them a gig at {place}\nX: and I'm doing the social media\nY: nice one",
    "X: I've decided I'm going to do a masters\nX: part time, evenings. business, obviously\n+ \n"
    "+ I've done the maths: 2 years, 2 evenings a week, and I'll still hit the gym 4 times\n"
    "X: it'll probably fast track me to director\n"
    "X: applications close in {month}, I've nearly finished mine\nY: good luck",
    "X: just watched a documentary about sleep\nX: turns out I've been doing it all wrong\n"
    "X: new rule, no screens after 10, room at 18 degrees\n"
    "X: I've ordered a sunrise alarm clock as well\nX: I'll let you know how it goes\nY: ok",
    "X: so the guy who always parks in my space\nX: I left a note\nX: very polite but firm\n"
    "X: he's moved his car. result\nY: lol",
    "X: I got a new watch\nX: <media>\nX: automatic, sapphire glass, all that\n"
    "X: I know it's a lot but it's the kind of thing you keep forever\nY: nice",
    "X: played 5-a-side tonight\nX: scored a hat-trick\n"
    "X: the second one was a volley, top corner\nX: the lads were calling me Zidane\nY: haha nice",
    "X: thinking of moving to {town}\nX: rent is cheaper, the job market's good\n"
    "X: I'd probably buy instead of rent actually, I've got the deposit\n"
    "X: I've been looking at 2 beds with a garden\nY: oh wow",
]

GDOM_MONO += [
    "M: right, subs\nM: we're a tenner short from last month\n"
    "M: I know who it is but I'm not going to name names\nM: just check your banking apps\n"
    "M: thanks\nA: sorry think it was me, sending now",
    "M: weather looks grim for {day}\nM: but we play in all weathers\n"
    "M: it's character building\nM: bring a second pair of socks, you'll thank me\nB: ok",
    "M: someone from the other team messaged me\nM: they want a rematch\n"
    "M: obviously I said yes\n"
    "M: we'll need to be sharper though, they had that tall lad in defence\n"
    "M: I've got a plan for him\nC: 👍",
    "M: watched the highlights back from Sunday\n"
    "M: honestly our shape in the first 10 minutes was elite\n"
    "M: then it fell apart when I went in goal\n"
    "M: which proves my point about needing me outfield\nA: lol",
    "M: fitness check\nM: who's actually been running this week\n"
    "M: because I've done 3 runs and a gym session\n"
    "M: and I don't want to be the only one doing the pressing again\nB: I walked to work\n"
    "C: {LAUGH}",
    "M: big one this week lads\nM: top of the league is on the line\n"
    "M: early night Saturday, no beers\nM: I'm serious\nM: ok maybe one beer\nA: noted",
    "M: I've made us a group playlist for the warm up\nM: it's mostly 2000s bangers\n"
    "M: no complaints, I'm captain\nM: link's in my bio. joking, I'll send it\nC: lol ok",
    "M: thoughts on new kits\nM: I'm thinking navy with a gold trim\nM: I've got a mock up\n"
    "M: <media>\nM: names on the back obviously\nB: looks good\nA: how much",
    "M: ok I've done a rota for who brings the balls\nM: BALL ROTA\n+ week 1: me\n"
    "+ week 2: Josh\n+ week 3: Aisha\n+ week 4: Freya\n+ (repeat)\nM: put it in your calendars\n"
    "M: no excuses\nB: ok",
    "M: quick word about the ref last night\nM: I know I got a bit heated\n"
    "M: but that was never a foul\nM: I watched it back 10 times\n"
    "M: anyway I've apologised to him, sort of\nC: 😂",
    "M: tactics question\nM: do we go 2-2 or 1-2-1\nM: I think 1-2-1 but I want your thoughts\n"
    "M: actually no it's 1-2-1\nM: that's decided\nA: ok",
    "M: man of the match voting closes tonight\nM: just saying I had 2 assists and a goal\n"
    "M: no pressure\nM: vote with your heads\nB: lol",
    "M: I've been doing extra sessions in the park\nM: just me and a ball and some cones\n"
    "M: my left foot is getting really good\nM: might take free kicks with my left now\nC: nice",
    "M: reminder the end of season meal is {day}\nM: I've booked {place}\nM: I'm doing awards\n"
    "M: there may or may not be a trophy for me\nA: {LAUGH}",
    "M: reading a book about team culture\n"
    "M: apparently the best teams have a strong leader and clear roles\n"
    "M: which is basically what I've been saying\nM: so. roles. I'll send them round\nB: ok",
]

GDOM_OTHERS += [
    "C: running late sorry\nM: how late\nC: 10 mins\nM: warm up without you then\nA: no worries",
    "A: well played everyone 🙌\nB: good game\nM: decent. we need to work on the second half\n"
    "M: I'll send notes",
    "B: <media>\nB: my knee after sunday\nA: ouch\nM: RICE. rest, ice, compression, elevation\n"
    "M: I can send you the exercises my physio gave me",
    "C: anyone want a lift {day}\nA: yes please!\nM: I'm cycling, it's part of my warm up",
    "A: is it still on with the rain\nM: obviously\nB: ok",
    "B: thanks for organising Marcus\nM: no worries\nM: someone has to",
    "A: <media>\nA: team photo from the last one\nC: we look so serious\nM: that's focus\nB: lol",
    "C: can someone else bring the bibs, mine are in the wash\nA: I've got some\n"
    "M: the blue ones are better, the orange ones smell",
]

DUMP += [
    "X: sorry for going on again but I'm really struggling\nX: work is just getting worse\n"
    "X: {colleague} took me off the project I actually liked\nY: {VALIDATE}\n"
    "Y: did they say why?\nX: 'restructuring'. but it feels personal\nX: I'm so fed up\n"
    "Y: of course you are. {SUPPORT}",
    "X: I can't do this anymore\nX: I feel like I'm drowning in everything\n+ \n"
    "+ sorry. I know I say this a lot\nY: hey. I'm here\nY: what's the biggest thing right now?\n"
    "X: money I think. and work. and everything with Jake\n"
    "Y: ok. that's a lot at once. {VALIDATE}\n"
    "Y: one thing at a time. want to start with the money?\nX: yeah ok",
    "X: I got told I'm 'too emotional' in my review\nX: I'm so upset\n"
    "X: I cried in the toilets after\nY: that's such a horrible thing to put in a review\n"
    "Y: {VALIDATE}\nY: what else did they say?\nX: that I need to 'manage my reactions'\n"
    "X: I feel so humiliated\nY: you're allowed to have feelings at work. {SUPPORT}",
    "X: my landlord is refusing to give the deposit back\nX: says the carpet's damaged\n"
    "X: it was like that when I moved in!!\nX: I'm so stressed, I need that money\n"
    "Y: that's so unfair\nY: did you take photos when you moved in?\nX: some I think\n"
    "Y: ok good. that helps. I'll help you write to him",
    "X: I'm so anxious about everything at the moment\n"
    "X: I can't stop checking my phone for emails from my boss\nX: even at 11pm\n"
    "Y: that sounds exhausting\nY: {VALIDATE}\n"
    "Y: could you turn notifications off in the evenings?\nX: I'm scared I'll miss something\n"
    "Y: I get it. {SUPPORT}",
    "X: had the worst night\nX: couldn't stop crying about Jake\nX: I thought I was over it\n"
    "Y: oh love. grief isn't a straight line\nY: what set it off?\n"
    "X: our song came on in the supermarket\nY: {VALIDATE}",
    "X: my friends are all going to {town} for the weekend and I can't afford it\n"
    "X: I feel so left out\nX: and embarrassed\nY: {VALIDATE}\n"
    "Y: you shouldn't feel embarrassed. money is tight for loads of people\n"
    "Y: want to do something cheap here {day}?\nX: maybe. I just feel so behind everyone",
    "X: I feel like nobody at work likes me\nX: they all went for lunch without asking me\n"
    "Y: oh no. that hurts\nY: {VALIDATE}\nY: was it planned or just a spontaneous thing?\n"
    "X: I don't know. it doesn't matter. it still hurt",
    "X: the doctor says my blood pressure is high\nX: because of stress apparently\n"
    "X: which is great because now I'm stressed about being stressed\nY: {VALIDATE}\n"
    "Y: did they give you anything?\nX: just told me to 'relax' lol\n"
    "Y: helpful. want to go for walks together? might help a bit",
    "X: I think my mum is disappointed in me\nX: she keeps asking when I'll get a 'proper job'\n"
    "X: and it makes me feel so small\nY: that's hard to hear from your mum\nY: {VALIDATE}\n"
    "Y: how did you answer?\nX: I didn't. I just went quiet\nY: that's understandable",
    "X: I messed up so badly today\nX: forgot a client meeting completely\n"
    "X: my manager is furious\nX: I'm so angry at myself\nY: {VALIDATE}\n"
    "Y: everyone forgets things sometimes\nY: did you apologise?\n"
    "X: yeah. doesn't help how I feel\nY: {SUPPORT}",
    "X: I feel like I'm failing at everything\nX: job, relationships, the flat\n"
    "X: everyone else seems to be winning at life\n"
    "Y: you're not failing. you're going through a really hard time\nY: {VALIDATE}\n"
    "X: it doesn't feel like a time. it feels like forever\nY: I know. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: had a really lovely weekend actually, went to {town} with my sister\nX: nice\n"
    "X: I spent the whole weekend crying about work lol\nX: {colleague} emailed me on saturday\n"
    "Y: oh no. on a saturday?\nX: yes!! who does that",
    "Y: I'm a bit worried about my flatmate, she's been really down\nX: at least she's got you\n"
    "X: I don't have anyone at home\nX: the flat's so quiet\nY: you've got me too\n"
    "Y: anyway she'll be ok",
    "Y: so I've been thinking of leaving my job\nX: omg me too\nX: I'm so done with {colleague}\n"
    "X: today she literally rolled her eyes at me in a meeting\nY: ugh that's awful\n"
    "Y: we'll talk about mine another time",
    "Y: my dad's op went well btw\nX: oh good\nX: my dad still hasn't called me\n"
    "X: I feel like he doesn't even remember I exist\nY: I'm sorry. that's really hard",
]

DUMP_LIGHT += [
    "X: <media>\nX: made banana bread\nY: it looks amazing!\nX: it's a bit burnt on top",
    "Y: have you seen the new {show}\nX: not yet! is it good\nY: so good. you'll love it",
    "X: lunch {day}?\nY: yes! where?\nX: {place}?\nY: perfect",
    "Y: <media>\nY: this dog at the park\nX: omg I want him",
    "X: it's so sunny today\nY: finally!!\nX: might actually go outside",
    "Y: how's the new haircut?\nX: growing on me\nX: literally",
    "X: did you watch the bake off final\nY: yes!! robbed\nX: ROBBED",
    "Y: {weather} here, you?\nX: same. stayed in all day",
]

CRIT += [
    "X: you've left the car with no petrol again\nY: I was running late\n"
    "X: you're always running late\nY: well you could have filled it up yourself\n"
    "X: that's not the point and you know it",
    "X: why do you always do this when my family's around\nY: do what\nX: go quiet and sulk\n"
    "Y: I don't sulk\nY: your brother was having a go at me and you said nothing\n"
    "X: that's not my fault",
    "X: you didn't even notice I'd had my hair cut\nY: I did notice\nX: you didn't say anything\n"
    "Y: well you never notice when I do things either\nX: like what\nY: forget it",
    "X: I've asked you 3 times to call the plumber\nY: I've been busy\n"
    "X: you're never too busy for the pub\nY: wow ok\n"
    "Y: not my fault you're the only one who cares about the tap\nX: unbelievable",
    "X: what's wrong with you, you've been snappy all day\nY: nothing's wrong with me\n"
    "Y: maybe stop asking what's wrong with me every 5 minutes\nX: fine. I won't bother",
    "X: you promised you'd come to my work thing\nY: I said I'd try\nX: you said you would\n"
    "X: everyone asked where you were\nY: well you didn't remind me\n"
    "X: I shouldn't have to remind you",
    "X: you spent {num}0 quid on what??\nY: it was a good deal\nX: we said we were saving\n"
    "Y: you bought new trainers last week\nX: that's different\n"
    "Y: it's always different when it's you",
    "X: you always make plans without asking me\nY: I did ask you\n"
    "X: you told me. that's not asking\nY: well you never answer when I do ask\nX: whatever 🙄",
    "X: do you even care that I'm upset\nY: of course I care\nX: you don't act like it\n"
    "Y: what do you want me to do\nX: I don't know, notice for once",
    "X: you said you'd sort the holiday\nY: I will\nX: you said that in {month_past}\n"
    "Y: I've been busy, it's not my fault\nX: you're always busy",
]

CRIT_REASSURE += [
    "X: you've gone quiet. is everything ok with us?\nY: yes. I'm just watching the match\n"
    "X: ok. sorry",
    "X: did I upset you last night?\nY: not really\nX: 'not really' sounds like yes\n"
    "Y: it was fine\nX: ok. sorry anyway",
    "X: do you still love me\nY: of course, why\nX: I don't know. just feels weird lately\n"
    "Y: it's just been a busy week",
    "X: are you annoyed with me?\nY: why would I be annoyed\n"
    "X: you only sent one word replies all day\nY: I was at work\n"
    "X: sorry. I overthink everything",
]

CRIT_LIGHT += [
    "X: what time's your train\nY: 6:10\nX: ok",
    "X: you want anything from the chippy\nY: large chips\nX: ok",
    "X: my mum says hi\nY: hi back",
    "X: bins\nY: done",
    "X: <media>\nX: found this in the drawer\nY: ha, the old flat",
    "X: gym tonight?\nY: maybe\nX: ok let me know",
    "X: {friend}'s birthday drinks {day}\nY: ok what time\nX: {time}",
    "X: the washing machine's finished\nY: ok I'll hang it",
    "X: tea or takeaway\nY: takeaway\nX: {place}?\nY: fine",
    "X: got the tickets for {film}\nY: what time\nX: {time}",
    "X: car's booked in for {day}\nY: ok",
    "X: did you see the news about {town}\nY: yeah mad",
]

CRIT_REPAIR += [
    "X: sorry about the thing with my brother. you were right\nY: thank you. that means a lot",
    "X: I didn't mean what I said earlier\nY: I know. I was tired too\nX: love you\nY: love you",
]

WANE_MIN += [
    "X: <media>\nX: this made me laugh\nY: ha",
    "X: hope your week's ok\nY: thanks, you too",
    "X: free {day}?\nY: busy sorry",
    "X: did you see {friend}'s news\nY: yeah",
    "X: how's the new job\nY: fine, busy",
    "X: oh I meant to ask, how was {town}?\nY: good thanks",
    "X: sorry, missed this earlier\nY: np",
    "X: long time no speak!\nY: haha yeah",
    "X: thinking of you, hope all's good\nY: 👍 thanks",
    "X: need to catch up soon\nY: yeah defo",
    "X: {show} is back\nY: oh nice",
]

WANE_MID += [
    "X: {friend} says hi btw\nY: aw hi to her\nY: how is she?\nX: good, still in {town}",
    "X: went for a run this morning\nY: nice, how far?\nX: 5k, slow one\nY: still counts",
    "X: <media>\nX: new plant\nY: cute. what is it?\nX: no idea lol",
    "X: did your mum like the present?\nY: yeah she did\nX: good",
    "X: tired today\nY: same\nX: too many late nights\nY: yeah",
    "X: {show} was good this week\nY: haven't watched it yet\nX: ah ok",
]

SHORT += [
    "Y: random question but do you know anywhere good for brunch around here\n"
    "X: {place} does amazing eggs!\nY: ooh I'll try it, thanks",
    "X: did you see they're doing a bouldering comp next month\nY: no! are you going to enter?\n"
    "X: lol no. watch maybe",
    "Y: morning! first time climbing twice in a week, I can't lift my arms\n"
    "X: 😂 welcome to the club",
]

REPAIR_UK.append(
    "X: can I be honest about something small\nY: go on\n"
    "X: when I was telling you about the job stuff last night you were on your phone the whole tim"
    "e\nX: and I felt a bit like I was talking to myself\nY: oh. you're right, I was. I'm sorry\n"
    "Y: I was half answering a work thing and I shouldn't have been\n"
    "Y: tell me again? properly this time\nX: thank you. ok so"
)

COUPLE_UK += [
    "X: <deleted>\nX: ignore that, wrong chat 🙈\nY: now I'm curious\n"
    "X: it was about your birthday present\nY: ok ignoring!! la la la",
    "X: <media:audio>\nY: I can't listen, I'm in a meeting\n"
    "X: it's just me singing happy monday\nY: I'm listening at lunch",
]
LIGHT_UK += [
    "X: <media:audio>\nY: sorry, you sound like you're in a wind tunnel\n"
    "X: I was on my bike lol\nX: basically: pub at {time}?\nY: yes",
    "X: <media:video>\nY: HOW did he do that\nX: the dog's a genius\nY: a genius that eats socks",
]
LIGHT_US += [
    "X: <call>\nX: sorry, butt dial lol\nY: lmao I was about to panic",
    "X: <call>\nX: call me when you're free? nothing bad, just a story\n"
    "Y: omw home, will call in 20",
    "X: <deleted>\nY: ??\nX: wrong chat lol\nY: suspicious",
    "X: <media:sticker>\nY: where do you even find these",
    "X: <media:audio>\nY: omg the voice memo essay\nX: just listen to it\nY: ok listening now",
    "X: <media:video>\nX: my nephew's first steps!!\nY: OMG\nY: he's so proud of himself",
    "X: <media:gif>\nY: lmaooo accurate",
]
GROUP += [
    "A: <media:audio>\nB: I'm not listening to a 4 minute voice note\nC: summary please\n"
    "A: I said I'll book the cottage\nD: could've typed that",
    "A: <media:video>\nB: who let you have a karaoke machine\n"
    "C: this is going in the wedding speech\nD: {LAUGH}",
]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: weird one but I've been feeling a bit homesick\nY: for your mum's?\n"
    "X: for all of it. the village, the dog, the noise\n"
    "Y: that makes sense. it's been a big year\nY: when are you next back?\nX: not till {month}\n"
    "Y: that's ages. want to do a sunday roast here to tide you over?\nX: yes please",
    "X: I've been comparing myself to everyone on instagram again\nX: and now I feel rubbish\n"
    "Y: ugh, that app is poison sometimes\nY: what set it off?\n"
    "X: {friend}'s holiday pics. and her new job. and her hair\n"
    "Y: {VALIDATE}. you only see the highlight reel\n"
    "X: I know. knowing doesn't help much though\nY: no. want to delete it for a week with me?",
    "X: I think I'm still upset about the thing with my dad\nY: the argument at christmas?\n"
    "X: yeah. we haven't properly spoken since\nY: that's a long time to carry it\n"
    "Y: do you want to fix it, or do you need space from him?\n"
    "X: I want to fix it. I just don't know how to start\n"
    "Y: maybe a short message? doesn't have to be everything at once",
    "X: I've got a lump I need to get checked\nX: probably nothing but I'm scared\n"
    "Y: of course you're scared\nY: have you booked the doctor?\nX: thursday\n"
    "Y: do you want me to come with you?\n"
    "X: would you? I don't want to sit in the waiting room on my own\n~~~\n"
    "Y: how did the doctor go?\nX: it's a cyst. totally harmless\n"
    "Y: oh thank god. how are you feeling?\nX: like I can breathe again",
    "X: I got really bad news at work today\nX: they're closing our office\n"
    "Y: oh no. what does that mean for you?\nX: move to {town} or take redundancy\n"
    "Y: that's such a huge decision to be hit with\nY: how are you feeling?\n"
    "X: shocked. a bit sick\nY: {SUPPORT}. we can talk through it whenever",
    "X: I'm really nervous about the driving test\n"
    "X: I failed last time and I can't stop thinking about it\n"
    "Y: that's understandable. last time was rough\nY: what happened?\n"
    "X: I panicked at a roundabout\nY: you've practised loads since though\n"
    "X: I know. I'm just scared I'll freeze again\nY: you won't. and if you do, you try again",
    "X: my best friend from school got in touch after 5 years\n"
    "X: and I've been weirdly emotional about it all day\nY: aw. emotional good or sad?\n"
    "X: both. we fell out over something stupid\nY: that's a lot to feel at once\n"
    "Y: are you going to meet up?\nX: I think so. I'm nervous\n"
    "Y: that's really brave. I hope it goes well",
    "X: I feel like I'm not good enough for this job\nY: hey. what's happened?\n"
    "X: I made a mistake in front of the whole team\n"
    "X: and now I feel like everyone's waiting for me to fail\nY: {VALIDATE}\n"
    "Y: one mistake isn't who you are\nX: I know. it just stings\nY: course it does",
    "X: I've been struggling since the breakup if I'm honest\n"
    "Y: thanks for telling me. I wondered\nY: how are you doing, really?\n"
    "X: the evenings are the worst. it's so quiet\nY: {VALIDATE}\n"
    "Y: want to do a standing thursday dinner? my place\nX: I'd really like that",
    "X: my grandma's moving into a home\nX: I know it's the right thing but I'm so sad\n"
    "Y: oh, that's really hard\nY: how is she about it?\nX: brave. braver than me\n"
    "Y: it's ok to be sad about it. it's a big change for all of you\n"
    "X: yeah. thank you for getting it",
    "X: I think I need a break from work, my head's all over the place\nY: what's going on?\n"
    "X: just constant pressure and no end to it\nY: that sounds exhausting\n"
    "Y: could you take a week off?\nX: maybe. I feel guilty even thinking about it\n"
    "Y: you're allowed to rest. really",
    "X: I've been really worried about money this month\nY: has something come up?\n"
    "X: the rent went up and the car failed its MOT\nY: ugh. that's a lot at once\n"
    "Y: do you want help going through it?\nX: maybe. it's embarrassing\n"
    "Y: it really isn't. loads of people are in the same boat",
]

# US English replacements for the few British fragments
FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["omg!!", "YESSS", "no way!!", "that's amazing", "so happy for you", "I knew you would",
             "stoppp that's huge", "AHHH", "wait what!! amazing", "LET'S GO", "told you!!"],
    "VALIDATE": ["that sounds so hard", "oh no, that sounds really rough", "ugh I'm so sorry",
                 "that's so valid", "of course you feel like that", "that sounds awful",
                 "I'm really sorry you're dealing with this", "that's a lot", "that sucks so much"],
    "ACK": ["ok", "okay", "cool", "sounds good", "👍", "bet", "yep", "sure", "perfect"],
}

DUMP += [
    "X: guess who's been ghosted again\nX: three dates and then nothing\n"
    "X: what is wrong with me\nY: nothing is wrong with you\nY: {VALIDATE}\n"
    "Y: how are you feeling about it?\nX: stupid. and rejected. like always",
    "X: had a horrible dream about Jake and now I'm in a mood all day\nX: I feel so pathetic\n"
    "Y: you're not pathetic. dreams are horrible like that\n"
    "Y: want to talk about it or be distracted?\nX: distracted. no, talk. I don't know",
    "X: my car got broken into\nX: they took my laptop bag\n"
    "X: I just sat in the car park and cried\nY: oh no. are you ok?\nY: {VALIDATE}\n"
    "Y: have you called the police?\nX: yeah. they gave me a crime number and that's it\n"
    "X: why does everything happen to me",
    "X: mum cancelled our lunch again\nX: third time this month\n"
    "X: I feel like I'm not a priority to anyone\nY: {VALIDATE}\nY: did she say why?\n"
    "X: 'busy'. she's always busy for me\nY: that really hurts. I'm sorry",
    "X: I've been so anxious I can't concentrate on anything\nX: I read the same email 5 times\n"
    "Y: that sounds exhausting\nY: has something set it off?\n"
    "X: the restructure. everyone's whispering\nY: {VALIDATE}. the not knowing is the worst\n"
    "X: I'm so scared I'll be the first to go",
    "X: I weighed myself and now I want to disappear\nY: hey. that number doesn't define you\n"
    "Y: {VALIDATE}\nX: I just feel disgusting\n"
    "Y: you're not. I wish you could see yourself the way I do",
    "X: my flatmate's moving out and I can't afford the rent on my own\nX: I'm panicking\n"
    "Y: oh no. when does she go?\nX: end of next month\n"
    "Y: ok. that's a bit of time at least. {SUPPORT}\n"
    "Y: want me to put it on my instagram, see if anyone needs a room?\n"
    "X: yes please. I'm so stressed",
    "X: work drinks were awful\nX: nobody talked to me\nX: I stood by the crisps for an hour\n"
    "X: I feel like such a loser\nY: that sounds really horrible\n"
    "Y: you're not a loser. those things are hard\nX: everyone else found it so easy",
    "X: I think my friends are sick of me\nX: nobody replied in the group chat all day\n"
    "Y: oh no. {VALIDATE}\nY: could they just be busy?\n"
    "X: maybe. it still feels like they're ignoring me\nY: I'm not ignoring you. {SUPPORT}",
    "X: I can't sleep again\nX: it's 2am and I'm lying here going over everything\n"
    "X: sorry, I know you're asleep\nY: I'm awake, don't worry\n"
    "Y: what's going round your head?\nX: all of it. work. Jake. money. mum\n"
    "Y: {VALIDATE}. want me to ring for a bit?",
]

# Ben's story in order: the list, the waiting, a backup interview, the news, then life goes on
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

GDOM_MONO += [
    "M: ok hot take incoming\nM: we should train on Thursdays as well\n"
    "M: just an hour, passing drills\nM: I've already asked about the pitch, it's free at 7\n"
    "M: no pressure but also some pressure\nB: thursdays are hard for me\nA: maybe",
    "M: scouting report on Sunday's lot\nM: their keeper is weak on his left\n"
    "M: number 9 doesn't track back\nM: and they've got a lad who dives like it's the world cup\n"
    "M: so no silly tackles\nC: noted",
    "M: I've been looking at our stats\n"
    "M: we've conceded 70% of our goals in the last 10 minutes\nM: that's fitness. pure fitness\n"
    "M: I'm adding sprints to the warm up\nA: nooo",
    "M: reminder that the bibs are NOT a fashion item\nM: someone took one home last week\n"
    "M: I want it back by Sunday\nM: washed\nB: lol not me",
    "M: shout out to me for that save on Sunday by the way\nM: fingertip, round the post\n"
    "M: nobody said anything at the time so I'm saying it now\nC: great save Marcus\n"
    "M: thank you {C}",
    "M: I've made a spreadsheet for who owes what\nM: colour coded\n"
    "M: green paid, amber late, red very late\nM: there is a lot of amber\nA: sending now",
    "M: thinking about a team name change\nM: 'FC Wednesday' is a bit weak\n"
    "M: I've got a shortlist of 12\nM: my favourite is 'Real Ale Madrid'\n"
    "M: we'll vote but I'll count the votes\nB: lol\nC: real ale madrid is good",
    "M: podcast recommendation for you all\nM: it's two ex pros breaking down tactics\n"
    "M: I've listened to every episode\nM: episode 40 is basically how we should play\n"
    "M: homework for the week\nA: ok coach",
    "M: injury update\nM: the ankle's fine\nM: physio says 2 weeks but I reckon 1\n"
    "M: I'll play through it if I have to\nC: maybe listen to the physio",
    "M: can we talk about throw ins\nM: it's two hands, behind the head, feet on the ground\n"
    "M: we gave away 3 on Sunday\nM: I'll demonstrate before kick off\nA: 😂 ok",
]
