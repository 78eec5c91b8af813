"""Token patterns for responses to the reader: support, validation, repair, criticism, invalidation.

The depth lexicon (``lexicons/depth_en.tsv``) lists fixed phrases. People comfort and attack each
other in open-ended forms ("sounds like you're *completely drained*", "I can *totally* see why
you'd *feel that way*", "you *absolute* clown"), so these families are written as regular
expressions over the normalised words of a message (``ChatText.words`` joined by single spaces:
"you're" is already "you are", "dont" is "do not", markers ``.`` ``?`` ``,`` are tokens). Macros in
angle brackets expand to word families (``<INT>`` optional intensifiers, ``<DIFF>`` a difficulty or
a painful feeling, ``<INSULT>`` a name for a person, ...).

A pattern match consumes its words: the lexicon does not match inside it, so "I'm really sorry
you're dealing with this" is one support match and not also the repair "i'm sorry". Each family
lists trigger words; a message without any of them skips the family (this keeps the pass fast).
Categories are those of the lexicon plus two helpers resolved in ``match_lexicon``: ``reassure``
("don't worry") is ``hedge`` in a message about oneself and ``support`` otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from analyzer.nlp.normalise import FIRST_PERSON
from analyzer.nlp.support_patterns import SUPPORT_SPECS

_MACROS = {
    # optional intensifiers, each followed by a space
    "INT": r"(?:(?:so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely|super|"
    r"extremely|"
    r"absolutely|totally|completely|pretty|quite|just|such|kind of|"
    r"kinda|a bit|a little|fucking|damn|"
    r"bloody|awfully|insanely|seriously|honestly|incredibly|utterly|"
    r"too|especially|still|always|probably|maybe|actually|surely|"
    r"definitely|certainly|clearly|obviously|much|a lot) )*",
    # a difficulty or a painful feeling (what support reflects back)
    "DIFF": r"(?:hard|tough|rough|difficult|awful|terrible|horrible|horrific|brutal|painful|scary|"
    r"frightening|terrifying|stressful|exhausting|draining|frustrating|overwhelming|upsetting|"
    r"heartbreaking|heart breaking|devastating|traumatic|traumatizing|lonely|isolating|miserable|"
    r"depressing|sad|shitty|crappy|sucky|infuriating|maddening|"
    r"unfair|hellish|challenging|confusing|"
    r"tiring|harrowing|hurtful|distressing|worrying|nerve wracking|"
    r"nerve racking|nightmare|a nightmare|"
    r"hell|a lot|so much|a lot to (?:deal with|handle|take in)|stressed|stressed out|overwhelmed|"
    r"depressed|anxious|scared|afraid|frightened|terrified|upset|"
    r"hurt|hurting|lonely|alone|frustrated|"
    r"exhausted|burnt out|burned out|burnt|stuck|worried|nervous|heartbroken|devastated|grieving|"
    r"struggling|suffering|in pain|drained|worn out|fed up|at the end of your rope|"
    r"hopeless|helpless|trapped|isolated|deflating|discouraging|disheartening|demoralizing|"
    r"demoralising|crushing|gutting|running on fumes|"
    r"betrayed|neglected|unappreciated|invisible|heartbroken|carrying (?:a lot|so much|the weight)|"
    r"(?:a lot|so much|too much) on your plate|under (?:INT)(?:a lot of |"
    r"so much )?(?:pressure|stress)|in a (?:INT)(?:hard|tough|"
    r"rough|bad|dark|difficult) (?:place|spot|situation)|"
    r"(?:a|an|such a) (?:INT)(?:hard|tough|rough|difficult|awful|"
    r"terrible|horrible|shitty|crappy|bad|"
    r"painful|scary|stressful|frustrating|heartbreaking|traumatic|brutal|lonely|sad|miserable) "
    r"(?:time|day|week|year|situation|thing|spot|place|experience|road|period|position|loss|ordeal|"
    r"journey|deal|night|month|life|childhood|breakup|relationship)s?|"
    r"going through (?:a lot|so much|it|hell|a (?:INT)(?:hard|tough|rough|difficult|lot))|"
    r"dealing with (?:a lot|so much)|been through (?:a lot|so much|hell|it)|"
    r"having a (?:INT)(?:hard|tough|rough|bad|difficult|shitty|"
    r"crappy) (?:time|day|week|year|night))",
    # a name for a person, as an insult (singular or plural)
    "INSULT": r"(?:idiot|moron|troll|fool|bastard|dummy|dumbass|dumb ass|imbecile|retard|clown|"
    r"loser|"
    r"asshole|arsehole|jerk|prick|dick|dickhead|cunt|twat|degenerate|hypocrite|liar|coward|"
    r"snowflake|muppet|douche|douchebag|douche bag|shill|incel|scumbag|wanker|cretin|buffoon|"
    r"nutjob|lunatic|psycho|piece of (?:shit|garbage|trash|work)|waste of (?:space|oxygen|air)|"
    r"sheep|bigot|racist|sexist|creep|weirdo|nerd|dork|simp|hack|fraud|sociopath|narcissist|"
    r"joke|embarrassment|disgrace|child|toddler|baby|crybaby|cry baby|karen|boomer|bot|shitposter|"
    r"edgelord|neckbeard|nazi|fascist|commie|idiots|morons|trolls|fools|bastards|clowns|losers|"
    r"assholes|hypocrites|liars|cowards|snowflakes|sheeple|degenerates|cunts|twats|dicks|pricks)",
    # a bad quality in a person or in what they said
    "BAD": r"(?:stupid|dumb|retarded|ignorant|delusional|pathetic|clueless|brainwashed|insane|"
    r"ridiculous|absurd|rude|childish|immature|arrogant|condescending|toxic|disgusting|gross|"
    r"hypocritical|dishonest|disingenuous|full of (?:shit|it|crap)|lying|trolling|misinformed|"
    r"uninformed|naive|entitled|petty|obnoxious|insufferable|unbearable|embarrassing|blind|dense|"
    r"illiterate|biased|deluded|unhinged|butthurt|butt hurt|projecting|"
    r"garbage|trash|useless|worthless|"
    r"irrelevant|cringe|cringy|cringey|creepy|sick in the head|a joke|an embarrassment|bullshit|"
    r"nonsense|idiotic|moronic|laughable|wrong|flawed|invalid|weak|lame|nonsensical|misleading|"
    r"shit|shitty|terrible|awful|horrible|bad|dumber|stupider|not very (?:bright|smart)|not smart|"
    r"not funny|salty|triggered|mental|crazy|nuts|out of your mind|"
    r"talking (?:shit|bullshit|out of your ass)|"
    r"making (?:it|this|that|shit|things|stuff) up|reaching|a (?:INT)(?:\S+ )?<INSULT>|"
    r"an (?:INT)(?:\S+ )?<INSULT>)",
}

#: Families that name the reader's feeling or difficulty back to them (a *reflection*: the
#: ``reflection`` column, with the words they name in ``reflected_terms``).
REFLECTIONS = frozenset({"reflect", "understand", "must_be", "reflect_you", "understand_open"})
#: ... of which these always name a difficulty, so their last word stands for it when the span
#: holds no lexicon feeling ("that sounds *exhausting*", "it's weighing on you")
REFLECTIONS_NAMED = frozenset({"reflect", "must_be", "reflect_you", "understand"})
#: Families in which the writer may say their own feeling ("I feel *awful* for you", "so *happy*
#: for you"): the feeling stays the writer's, at its tier, beside the support.
OWN_REACTIONS = frozenset({"sympathy", "blessing", "glad_for_you", "sorry_for_you"})

# one word, not a clause marker
_W = r"[^ .?,]+"


class Pattern(NamedTuple):
    family: str
    regex: re.Pattern
    cats: tuple[str, ...]
    triggers: frozenset[str]
    polarity: int
    needs_no_first_person: bool


# family, categories, polarity, trigger words (one must occur), regex (macros expanded); the
# support and validation families come first, from :mod:`~analyzer.nlp.support_patterns`
_SPECS: tuple[tuple[str, str, int, str, str, bool], ...] = SUPPORT_SPECS + (
    # ------------------------------------------------------------------- repair
    (
        "own_apology",
        "repair",
        0,
        "sorry apologies apologize apologise bad mistake stand "
        "wrong mistaken corrected point retract back misread misunderstood",
        r"(?:i am |i )?(?:INT)sorry (?:for|about) (?:the |my |any )?(?:INT)(?:late|"
        r"delayed|slow|long|confusion|misunderstanding|rant|typo|"
        r"mistake|wall of text|formatting|double post|misinformation|"
        r"error|being|that|this|not|the late)"
        r"|(?:my )?(?:sincere |deepest )?apologies|(?<!not )(?<!no )my (?:INT)(?:bad|"
        r"mistake|fault|error)|i stand corrected|i (?:INT)(?:was|"
        r"am) (?:INT)(?:wrong|mistaken|incorrect)"
        r"|i (?:INT)(?:misread|misunderstood|misspoke|overreacted|"
        r"jumped the gun|messed up|screwed up|fucked up)|i take (?:it|"
        r"that|this|everything) back|i retract"
        r"|(?:fair|good|valid) point(?:s)?(?= [.?,]|$| (?:actually|"
        r"tho|though|man|dude|i|,))|(?:ok|okay|alright|fine) (?:that is )?fair(?= [.?,]|"
        r"$)|point taken",
        False,
    ),
    # ------------------------------------------------------------------- criticism of the reader
    (
        "insult_you",
        "criticism",
        -1,
        "you your",
        r"(?:you are|you were|are you|you|your|you guys are|you people are|"
        r"you all are) (?:such )?(?:(?:a|an) )?(?:INT)(?:(?:big|"
        r"little|absolute|complete|total|utter|fucking|stupid|dumb|"
        r"ignorant|pathetic|lying|sad|silly|damn|damned|sick|useless|"
        r"worthless|dirty|filthy|commie|insufferable|condescending|"
        r"arrogant|smug|delusional|entitled) )?(?:INT)<INSULT>(?= [.?,]|"
        r"$| (?:and|or|lol|lmao|haha|who|if|for|because|to|of|with|"
        r"man|dude|bro|here|there|you|your|are|just|should|can|have|is|at|like))"
        r"|you (?:must|have to|gotta|got to|would have to|need to|"
        r"would) be (?:a|an|such a) (?:INT)(?:" + _W + r" )?<INSULT>"
        r"|you are (?:such )?(?:a|an) (?:INT)(?:angry|bitter|sad|"
        r"pathetic|stupid|dumb|ugly|miserable|terrible|horrible|"
        r"awful|disgusting|lazy|selfish|toxic|vile|hateful|insecure|"
        r"petty|fragile|ignorant|arrogant|smug|lying|nasty|rude|"
        r"shitty|crappy|bad|sick|worthless|useless|evil|creepy|"
        r"sorry|spineless|gutless|clueless|delusional|entitled|"
        r"condescending|dishonest|obnoxious|insufferable) (?:"
        + _W
        + r" )?(?:person|human|man|woman|guy|dude|girl|boy|kid|individual|excuse|"
        + _W
        + r")(?= [.?,]|$| (?:and|or|lol|lmao|haha|who|if|because|man|dude|bro))"
        r"|as (?:INT)(?:ugly|stupid|dumb|dense|thick|annoying|fat|"
        r"clueless|ignorant|pathetic|useless) as you(?! are not)"
        r"|(?:you (?:look|sound|act|are acting|write|talk)|you are being) like (?:a|"
        r"an|such a) (?:INT)(?:\S+ )?<INSULT>",
        False,
    ),
    (
        "bad_you",
        "criticism",
        -1,
        "you",
        r"(?:you are|you were|are you|you are being|you were being|"
        r"you have been|you sound|you seem) (?:INT)(?:just |clearly |"
        r"obviously |being |actually )?(?:INT)<BAD>(?= [.?,]|$|"
        r" (?:and|or|lol|lmao|haha|if|for|because|as|about|man|dude|bro|here|there|to|in|of|with))"
        r"|you (?:INT)(?:lie|lied|are lying|troll|are trolling|"
        r"make no sense|are not making (?:any )?sense|have (?:INT)no (?:idea|"
        r"clue) what you are (?:talking|saying)|do not know what you are talking about|"
        r"do not have a clue|missed the (?:whole )?point|have missed everything|"
        r"missed everything|clearly did not|obviously did not|clearly do not|"
        r"obviously do not|clearly have not|obviously have not|"
        r"did not (?:even )?(?:read|watch|bother)|can not read|"
        r"can not even read|should be ashamed|should feel bad|should know better|"
        r"disgust me|make me sick|are the problem|are part of the problem)"
        r"|(?:what the (?:hell|fuck|heck|actual fuck|f) (?:are|"
        r"is|were) you (?:INT)(?:talking|on|going on|smoking|doing|"
        r"saying)|what are you (?:even )?(?:talking|on) about|what are you smoking|"
        r"shame on you|how dare you|what you think (?:it|that) means|"
        r"what (?:point )?are you (?:even )?trying to (?:argue|"
        r"prove)|who hurt you|are you (?:INT)(?:stupid|dumb|retarded|"
        r"high|drunk|blind|illiterate|trolling|serious right now|"
        r"kidding me|insane|mental|on drugs|an idiot|a troll|a bot|"
        r"okay in the head|ok in the head))",
        False,
    ),
    (
        "put_down",
        "criticism",
        -1,
        "research learn read get grow shut stfu fuck screw piss "
        "kill kys off educate stop use try argument logic reasoning "
        "point comment claim take opinion post response reply answer statement analogy",
        r"(?:^|(?<=[.?,] ))(?:(?:please|just|maybe|go|so|now|seriously|"
        r"dude|man|bro|mate|lol|also|and|then|or) )*(?:do (?:some|"
        r"your|a little|more|any) (?:INT)(?:research|reading|homework|"
        r"googling)|learn (?:INT)(?:to read|how to read|some|basic|"
        r"the difference|what|how to (?:spell|use|read))|get (?:a clue|"
        r"a life|a grip|over yourself|educated|your facts straight|a brain|some help)"
        r"|grow (?:up|a (?:pair|brain|spine))|shut (?:up|the fuck up|"
        r"your mouth|it)|stfu|go fuck yourself|fuck (?:you|off|"
        r"yourself)|screw you|piss off|get lost|kill yourself|kys|"
        r"off yourself|educate yourself|(?:try|maybe try) (?:reading|"
        r"watching|thinking|using your)|use your (?:brain|head)"
        r"|stop (?:INT)(?:lying|trolling|talking|spreading|spewing|"
        r"being (?:INT)(?:a |an )?(?:INT)(?:<INSULT>|<BAD>)|embarrassing yourself|"
        r"commenting|posting|pretending))"
        r"|you (?:INT)(?:need to|should|ought to|might want to) (?:INT)(?:learn to read|"
        r"learn (?:how to|some|basic|more|what)|read (?:the|it|"
        r"more|up|a book)|grow up|do (?:some|your|more) research|"
        r"educate yourself|get a life|get a clue|stop talking|take a step back|"
        r"shut up|reread|re read|think before|watch (?:it|the) |"
        r"try (?:reading|watching|thinking|learning|listening|actually))"
        r"|(?:read|watch|look at|play) (?:it|the \S+|this|that) (?:first )?before (?:commenting|"
        r"posting|you comment|you post|talking|making)"
        r"|(?:your|that|this|the) (?:INT)(?:argument|logic|reasoning|"
        r"point|comment|claim|take|opinion|post|response|reply|"
        r"answer|statement|analogy|comparison|username|comprehension|"
        r"understanding)s? (?:is|are|was|makes|make|does|do|has|"
        r"have|holds|hold) (?:INT)(?:not )?(?:INT)(?:no sense|not make (?:any )?sense|"
        r"not (?:work|hold (?:up|water))|no (?:merit|basis|value)|<BAD>)"
        r"|(?:bad|terrible|awful|dumb|stupid|shit|shitty|garbage|"
        r"trash|worst|idiotic|braindead|brain dead|moronic|lazy) (?:take|"
        r"post|comment|argument|opinion|reasoning|logic|analogy|comparison|joke)(?= [.?,]|$)",
        False,
    ),
    # ------------------------------------------------------------------- invalidation
    (
        "you_sound_angry",
        "criticism,invalidation",
        -1,
        "sound seem",
        r"you (?:sound|seem|are being|are getting|are) (?:INT)(?:angry|"
        r"mad|pissed|upset|butthurt|butt hurt|salty|bitter|triggered|"
        r"jealous|defensive|insecure|emotional|hysterical|hysteric|"
        r"touchy|sensitive|dramatic|worked up|offended|sore)(?= [.?,]|"
        r"$| (?:lol|lmao|haha|man|dude|bro|about|over|much|right now))",
        False,
    ),
    (
        "mock_feeling",
        "criticism,invalidation",
        -1,
        "crying whining complaining bitching moaning being getting",
        r"you (?:INT)(?:crying|whining|complaining|bitching|moaning) (?:about|"
        r"over)|you (?:being|getting) (?:INT)(?:worried|upset|butthurt|"
        r"offended|triggered|mad|angry|emotional|dramatic|salty) (?:about|over)",
        False,
    ),
    (
        "nobody_cares",
        "invalidation",
        -1,
        "cares care asked",
        r"(?:^|(?<=[.?,] ))(?:(?:lol|so|well|and|but|honestly|seriously|"
        r"dude|man|lmao|yeah|ok|okay|haha) )*(?:nobody|no one|noone|"
        r"who) (?:INT)(?:cares|asked|gives a (?:shit|fuck|damn))(?= [.?,]|"
        r"$| (?:lol|lmao|haha|man|dude|bro|though|tho|anyway|about (?:your|"
        r"you|it|that|this|what you)|what you))"
        r"",
        True,
    ),
    (
        "dismiss",
        "invalidation",
        -1,
        "bad sucks stop quit cry crying whining boo deal suck "
        "toughen man get cope seethe complain complaining whine being getting",
        r"(?:too|to) (?:INT)bad (?:for you|so sad)|(?:sucks|suck) to be you|"
        r"tough (?:luck|shit)(?= [.?,]|$| (?:man|dude|bro|buddy|"
        r"kid))|(?:stop|quit) (?:INT)(?:crying|whining|complaining|"
        r"bitching|moaning|sulking|pouting|being (?:INT)(?:so )?(?:sensitive|"
        r"dramatic|butthurt|emotional|a baby|a child|triggered|"
        r"salty|a snowflake|a crybaby|offended|a victim))"
        r"|cry (?:me a river|about it|more|harder|some more)|boo (?:fucking )?hoo|"
        r"(?:just )?deal with it(?= [.?,]|$)|suck it up|grow a thicker skin|"
        r"get (?:a )?thicker skin|toughen up|man up|get over (?:it|"
        r"yourself)|(?:^|(?<=[.?,] ))(?:cope|seethe)(?: (?:harder|more|and seethe))?(?= [.?,]|$)"
        r"|you are (?:INT)(?:crying|whining|complaining|bitching|"
        r"moaning)(?= [.?,]|$| (?:about|over|again|lol|like))",
        False,
    ),
)


def _expand(rx: str) -> str:
    for _ in range(3):  # macros may use macros
        for name, body in _MACROS.items():
            rx = rx.replace(f"<{name}>", body)
    rx = rx.replace("(?:INT)", _MACROS["INT"])
    return rx


@lru_cache(maxsize=1)
def compiled() -> tuple[Pattern, ...]:
    out = []
    for family, cats, pol, triggers, rx, no_fp in _SPECS:
        body = _expand(rx)
        regex = re.compile(r"(?<![^ ])(?:" + body + r")(?![^ ])")
        out.append(
            Pattern(
                family,
                regex,
                tuple(c for c in cats.split(",") if c),
                frozenset(triggers.split()),
                pol,
                no_fp,
            )
        )
    return tuple(out)


#: Every trigger word of every family (a message with none of them skips the patterns at once).
@lru_cache(maxsize=1)
def all_triggers() -> frozenset[str]:
    return frozenset().union(*(p.triggers for p in compiled()))


def find(words: tuple[str, ...]) -> list[tuple[int, int, Pattern]]:
    """Non-overlapping pattern matches in ``words`` as ``(start, end, pattern)`` (word indices),
    leftmost first; of overlapping matches the earlier, then the longer, wins."""
    present = all_triggers().intersection(words)
    if not present:
        return []
    text = " ".join(words)
    starts: dict[int, int] | None = None  # word index of each character offset a word starts at
    first_person = None
    found: list[tuple[int, int, Pattern]] = []
    for pat in compiled():
        if pat.triggers.isdisjoint(present):
            continue
        if pat.needs_no_first_person:
            if first_person is None:
                first_person = not FIRST_PERSON.isdisjoint(words)
            if first_person:
                continue
        for m in pat.regex.finditer(text):
            a, b = m.span()
            if starts is None:
                starts = {}
                pos = 0
                for k, w in enumerate(words):
                    starts[pos] = k
                    pos += len(w) + 1
            if b <= a or a not in starts:
                continue
            k0 = starts[a]
            k1 = starts.get(b + 1, len(words)) if b < len(text) else len(words)
            found.append((k0, k1, pat))
    if len(found) > 1:
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept = []
        last_end = -1
        for f in found:
            if f[0] >= last_end:
                kept.append(f)
                last_end = f[1]
        found = kept
    return found
