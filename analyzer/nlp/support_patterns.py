"""Token patterns for support and validation: the families ``patterns.py`` compiles first.

Written like the rest of :mod:`~analyzer.nlp.patterns` (one tuple per family: name, categories,
polarity, trigger words, regular expression with macros, "only without first person"), and kept
apart because they are most of the patterns: reflection ("sounds like you're exhausted", "I can
tell you're worried"), understanding, sympathy, normalising, naming the difficulty, affirmation
and praise of the other, reassurance, good and warm wishes, and offers of help. Each is a pattern
over the normalised words with open slots (``<INT>`` adverbs, ``<DIFF>`` a difficulty, any words
``_W``, a following clause), not a list of sentences. The macros are expanded in ``patterns.py``.
"""

from __future__ import annotations

# one word, not a clause marker (the same as ``patterns._W``)
_W = r"[^ .?,]+"

#: family, categories, polarity, trigger words (one must occur), regex, needs no first person
SUPPORT_SPECS: tuple[tuple[str, str, int, str, str, bool], ...] = (
    # ---------------------------------------------------------------- support and validation
    # "sounds like you're going through a lot", "that sounds exhausting", "seems like a rough week"
    (
        "reflect",
        "validation",
        1,
        "sounds sound sounded seems seem seemed looks look",
        r"(?:(?:^|(?<=[.?,] ))(?:(?:oh|wow|man|damn|yeah|god|ugh|"
        r"aw|aww|oof|geez|jeez|well|honestly|omg|so|and|but|ok|"
        r"okay|dude|yikes) )*|(?:it|that|this|which|all) )(?:INT)(?:sounds|"
        r"sound|sounded) (?:INT)(?:like (?:INT)(?:you (?:are|were|"
        r"have been|had|have|feel|felt|re|may be|might be) (?:INT)(?:feeling )?(?:INT)(?:been )?(?"
        r":INT)|it (?:is|was|has been) (?:INT)|that (?:is|was) )?)?(?:INT)<DIFF>"
        r"|(?:it |that |this )?(?:seems|seem|seemed|looks|look) (?:INT)like (?:INT)(?:you (?:are|"
        r"were|have been|had|have|feel|felt) (?:INT)(?:feeling )?(?:INT)(?:been )?(?:INT)|"
        r"you are going through |it (?:is|was|has been) (?:INT))<DIFF>"
        r"|(?:(?:^|(?<=[.?,] ))|(?:it|that|this) )(?:sounds|seems|"
        r"looks) (?:INT)like you (?:are|have been|were) (?:INT)(?:going through|"
        r"dealing with|struggling|fighting|in a (?:INT)(?:bad|dark|tough|hard|rough))"
        r"|you (?:sound|seem|look) (?:INT)(?:worn down|run down|low|not yourself|on edge|upset|"
        r"sad|stressed|stressed out|overwhelmed|"
        r"exhausted|drained|tired|down|lonely|sad|hurt|worn out|"
        r"burnt out|burned out|anxious|scared|worried)",
        False,
    ),
    # "I can see why you'd be upset", "I can only imagine", "I can't imagine how hard that is"
    (
        "understand",
        "validation",
        1,
        "see understand imagine tell",
        r"i (?:can|could|totally|definitely|completely) (?:INT)(?:only )?(?:totally |"
        r"definitely |completely |fully |really )?(?:see|understand) (?:why|"
        r"how) (?:you|that|this|it|someone|anyone|one|people|a person) (?:"
        + _W
        + r" ){0,8}?(?:<DIFF>|feel|felt|feeling|feels|would|upset|"
        + r"angry|mad|annoyed|frustrated|want|wanted|hurt)"
        r"|i (?:can|could) (?:INT)only imagine|i (?:can|could) (?:INT)imagine(?= [.?,]|"
        r"$)|i can not (?:INT)imagine(?= [.?,]|$)"
        r"|i (?:can|could) (?:INT)imagine (?:how|what) (?:"
        + _W
        + r" ){0,6}?(?:<DIFF>|feel|feels|must|going through|went through|like)"
        r"|i can not (?:INT)(?:even )?(?:begin to )?imagine (?:how|what) (?:"
        + _W
        + r" ){0,6}?(?:<DIFF>|feel|feels|must|going through|went through|like for you|you)"
        r"|i (?:can|could) (?:INT)tell (?:that )?(?:you are|you have been|"
        r"you were|you feel|it is|it has been|this is) (?:INT)(?:feeling )?(?:INT)<DIFF>"
        r"|i (?:INT)(?:understand|get) (?:how|why) (?:you|that|this|it) (?:"
        + _W
        + r" ){0,6}?(?:<DIFF>|feel|felt|feeling|would|upset|angry|mad|frustrated)",
        False,
    ),
    # "I know how you feel", "been there", "I feel for you", "I sympathize",
    # "my heart goes out to you"
    (
        "sympathy",
        "validation,support",
        1,
        "know been feel sympathize sympathise empathize empathise heart condolences relate",
        r"i (?:INT)know (?:exactly )?(?:how you (?:feel|felt|are feeling)|"
        r"the feeling|that feeling|what (?:it|that) (?:feels|is|"
        r"is like|was like|felt) like|how (?:INT)(?:<DIFF>) (?:it|"
        r"that|this) (?:is|was|can be|gets))"
        r"|(?:i have|we have all|we all have|i) (?:INT)been there(?= [.?,]|"
        r"$| (?:too|before|myself|as well|man|dude|friend|op|bro|buddy))"
        r"|^been there(?: (?:too|before|myself|man|dude|friend))?(?= [.?,]|$)"
        r"|i (?:INT)feel (?:INT)(?:for you|your pain|you(?= [.?,]|"
        r"$| (?:man|dude|bro|friend|op|there|on (?:this|that)))|"
        r"so bad for you|bad for you|terrible for you|awful for you)"
        r"|i (?:INT)(?:sympathize|sympathise|empathize|empathise)|"
        r"(?:^|(?<=[.?,] ))feel your pain|(?:^|(?<=[.?,] ))poor (?:you|"
        r"baby|thing|dear|darling|sweetie)(?= [.?,]|$)"
        r"|(?:that is |it is |so |really )?(?:INT)(?:sad|awful|"
        r"terrible|heartbreaking|horrible|upsetting|hard) to (?:hear|"
        r"read)(?! about (?:him|her|them))"
        r"|my heart (?:INT)(?:goes out|go out|breaks|broke|is breaking|"
        r"aches|hurts|bleeds) (?:for|to)? ?(?:you|your|op)"
        r"|(?:my )?(?:deepest |sincere )?condolences"
        r"|i can (?:INT)relate(?= [.?,]|$| to (?:this|that|you))",
        False,
    ),
    # "it's okay to feel that way", "it's completely normal", "you're not crazy",
    # "I don't think it's crazy"
    (
        "okay_to_feel",
        "validation",
        1,
        "ok okay alright normal understandable valid natural human "
        "fine allowed crazy selfish alone weird stupid broken burden overreacting silly dumb",
        r"(?:it is |that is |it was |is |are |totally |completely |"
        r"perfectly )?(?:INT)(?:ok|okay|alright|all right|normal|"
        r"understandable|valid|natural|human|fine|allowed|acceptable) (?:for you )?to (?:not(?= )|"
        r"(?:INT)feel|be (?:INT)(?:<DIFF>|sad|upset|angry|mad|confused|"
        r"unsure|nervous|emotional|selfish|scared|afraid|not okay|"
        r"not ok)|cry|grieve|struggle|miss|mourn|ask for help|need|"
        r"take (?:a |some )?(?:INT)(?:break|time)|make mistakes|"
        r"have (?:bad|off|hard) days|have (?:those |these |such |"
        r"mixed )?feelings|vent|want|say no|walk away|leave|let go|hate|love|be upset)"
        r"|(?:it is|that is|this is|feelings are|feeling is|reaction is|"
        r"feelings are all|that was|it was|is) (?:INT)(?:completely |"
        r"totally |perfectly |very |so )?(?:understandable|valid|"
        r"natural|normal)(?= [.?,]|$| and| to feel| (?:for|in) (?:your|"
        r"that|this|a|someone) (?:situation|position|case))"
        r"|(?:(?:i do not think|i doubt) (?:you are|it is|that is|"
        r"this is|it was) |(?:you are|you were|it is|that is|this is|"
        r"it was) not )(?:INT)(?:alone|crazy|insane|weird|broken|"
        r"selfish|stupid|a bad person|a burden|overreacting|being dramatic|"
        r"being unreasonable|unreasonable|dumb|silly|a failure|"
        r"the only one|being selfish|wrong to (?:feel|be|want))"
        r"|(?:no one|nobody|noone) is perfect|(?:we all|everyone|"
        r"everybody|we) (?:make|makes|made) mistakes|happens to (?:the best of us|"
        r"everyone|everybody|all of us)",
        False,
    ),
    # "must be so hard", "that must have been awful", "you must be exhausted", "must suck"
    (
        "must_be",
        "validation",
        1,
        "must",
        r"(?:(?:that|it|this|you|which) )?must (?:INT)(?:have )?(?:be|"
        r"been|feel|felt) (?:INT)(?:like )?(?:INT)<DIFF>"
        r"|(?:that|it|this) must (?:INT)(?:have )?(?:suck|sucked|hurt|hurts|stung|sting|stings)"
        r"|(?:that|it|this) must (?:INT)(?:have )?(?:feel|felt|bring|brought|stir|stirred) "
        r"(?:INT)(?:like|up|so many|a lot)",
        False,
    ),
    # "you're doing the right thing", "you did nothing wrong", "you deserve better", "good on you"
    (
        "affirm",
        "validation",
        1,
        "doing did made make deserve proud",
        r"you (?:are|were|have been|re) (?:INT)doing (?:INT)(?:the right thing|"
        r"great|good|amazing|awesome|well|fine|fantastic|wonderful|"
        r"brilliant|(?:a |an )(?:INT)(?:great|good|amazing|fantastic|"
        r"wonderful|awesome|excellent|incredible) job|your best|"
        r"everything (?:you can|right)|what you can|the best you can|"
        r"(?:so )?much better than you think|everything right)"
        r"|you (?:INT)(?:did|made|have made|are making|made) (?:INT)(?:the right (?:thing|"
        r"choice|call|decision|move)|nothing wrong|(?:a |an )(?:INT)(?:good|"
        r"great|amazing|awesome|brave|smart|wise|excellent) (?:job|"
        r"work|choice|call|decision|move|thing)|your best|everything (?:you could|"
        r"right)|what you could|the best you could|what you had to|what you needed to)"
        r"|you (?:INT)deserve (?:INT)(?:better|to be happy|happiness|"
        r"the best|love|so much better|more|good things|a break|"
        r"to be (?:INT)(?:happy|loved|treated better|respected|heard)|someone (?:who|that) )"
        r"|(?:i am|we are|i was) (?:INT)proud of you",
        False,
    ),
    # "I'm really sorry you're dealing with this", "sorry you had to go through that",
    # "so sorry for your loss"
    (
        "sorry_for_you",
        "support",
        1,
        "sorry",
        r"(?:i am |i was |we are )?(?:INT)sorry (?!you feel that way|"
        r"if |you are too |you (?:do|can) not (?:understand|read|"
        r"get|grasp|comprehend))(?:that |to hear (?:that )?)?(?:you are|"
        r"you have been|you were|you had|you have|you went|you feel|"
        r"you felt|you lost|you got|you experienced|you dealt|you are going|"
        r"you had to|you have to|you need|you must|your|you|this happened|"
        r"that happened|it happened|what happened|he|she|they|about your|"
        r"for (?:this|that|the|all|such) (?:INT)(?:whole |entire )?(?:experience|loss|situation|"
        r"ordeal|news|"
        r"trouble|pain|mess|hell)|"
        r"for your|for you|for what (?:happened|you|he|she|they))",
        False,
    ),
    # "hope you feel better", "I hope it works out", "hope the goose is ok", "praying for you"
    (
        "well_wish",
        "support",
        1,
        "hope hoping hopefully wish wishing pray praying prayers",
        r"(?:i |we )?(?:INT)(?:hope|hoping|hopefully|wish|wishing|"
        r"pray|praying) (?:that )?(?:you|your|things|everything|"
        r"it|all|he|she|they|the|this|that|yours|life|tomorrow|"
        r"today|2019|2020|next|u|op|we|both|mom|dad|whatever) (?:" + _W + r" ){0,7}?"
        r"(?:better(?! at| than)|ok|okay|alright|well(?! be)|safe|"
        r"happy|happiness|the best|recover|recovers|recovery|heal|"
        r"heals|healing|get through|gets through|works out|work out|"
        r"worked out|goes well|go well|went well|peace|speedy|luck|"
        r"strength|find (?:someone|something|peace|a way|happiness|"
        r"what|the)|is fine|are fine|be fine|fine soon|soon(?! as)|"
        r"comfort|feel good|incredible|amazing|great|all good|sorted|"
        r"improve|improves|easier|fixed|get well|pull through|make it|"
        r"made it|love|fun|blast|wonderful|lovely|fantastic|nice (?:day|"
        r"time|one|night|weekend|trip)|good (?:day|time|one|night|"
        r"weekend|life|trip|news)|strenght|happier|happiest|safely|"
        r"smoothly|works for you|helps you|support)"
        r"|(?:praying|pray|prayers|thoughts and prayers|positive thoughts|"
        r"good thoughts|good vibes) (?:for|to|with|going out to) (?:you|"
        r"your|op|him|her|them|the family)"
        r"|(?:wish|wishing) (?:you |for you )?(?:INT)(?:all )?(?:the (?:INT)(?:very )?best|"
        r"you (?:and|both)|many|luck|well|a (?:INT)(?:speedy|quick|"
        r"fast|full|great|good|happy|wonderful|fantastic|nice|merry|"
        r"safe|calm|calmer|better|restful|peaceful|easier|gentle|gentler|lovely|quiet|"
        r"quieter)|happiness|all the|nothing but)",
        False,
    ),
    # good wishes about a difficulty and encouragement
    (
        "good_luck",
        "support",
        1,
        "luck",
        r"(?<!bad )(?<!no )(?<!any )(?<!of )(?<!tough )(?<!some )(?<!with )(?<!the )(?<!your )(?<!"
        r"his )(?<!her )(?<!their )(?<!my )(?<!for )(?<!a )(?:good|best of) luck(?! (?:"
        + _W
        + r"ing (?!your)|with that|on that|lol|haha|charm))",
        False,
    ),
    (
        "farewell",
        "support",
        1,
        "fingers careful take stay keep strong safe hang faith "
        "chin head wishes best love hugs hug sending send sent",
        r"fingers crossed(?: for you)?|(?:please )?be (?:INT)careful(?= [.?,]|"
        r"$| (?:out there|please|ok|okay|man|dude|friend|op|buddy|bro|girl|and stay|and take))"
        r"|(?<!him )(?<!her )(?<!them )all the (?:INT)best(?= [.?,]|"
        r"$| (?:to|for|with|on|in) )|best wishes|(?:^|(?<=[.?,] ))much love|"
        r"love and (?:light|hugs|support)"
        r"|take care(?! of)|(?:stay|keep|be) (?:INT)(?:strong|safe|"
        r"positive|healthy|well|warm|sane|hopeful|awesome|beautiful|"
        r"cool)(?! (?:of|from|by|and|on|in|off))|(?<!to )be safe|"
        r"have faith|hang in there|hang tight|chin up|keep your (?:chin|"
        r"head) up|head up(?= [.?,]|$| (?:man|dude|bro|friend|op|king|queen))"
        r"|(?:^|(?<=[.?,] ))(?:big |huge |virtual |internet |many |"
        r"lots of )?(?:hugs|hug)(?= [.?,]|$| (?:to|from|for) )"
        r"|(?:sending|send|sent) (?:you |your way |over )?(?:INT)(?:some |"
        r"lots of |all my |my |a (?:INT)(?:big |huge |virtual |"
        r"warm )?)?(?:love|hugs|hug|good vibes|vibes|positive|strength|"
        r"prayers|healing|thoughts|virtual|warm|good|best|support|light|hope|luck)",
        False,
    ),
    (
        "get_well",
        "support",
        1,
        "well better",
        r"get well soon|(?:^|(?<=[.?,] ))(?:INT)feel better(?: soon)?(?= [.?,]|"
        r"$| (?:soon|man|dude|bro|friend|op|buddy))",
        False,
    ),
    (
        "encourage",
        "support",
        1,
        "got can keep give lose stop believe rooting proud",
        r"(?:you have|you) (?:INT)got this|you can (?:INT)(?:get|"
        r"make it) through (?:it|this|that)|you can (?:INT)do (?:it|"
        r"this)(?= [.?,]|$| (?:man|dude|bro|friend|op|buddy|!))"
        r"|keep (?:INT)(?:going|it up|up the (?:INT)(?:good|great|"
        r"amazing|awesome|hard) (?:work|job|fight)|at it|fighting|"
        r"pushing|on pushing|trying|on trying|your (?:head|chin) up|"
        r"smiling|on smiling|on keeping on|on going|moving forward|"
        r"your head high|your chin high|the faith|on working|working on it)(?= [.?,]|"
        r"$| (?:man|dude|bro|friend|op|buddy|girl|sis|brother|sister|mate|you|and|king|queen|my))"
        r"|(?:do not|never) (?:INT)(?:give up|lose hope|stop (?:trying|"
        r"fighting|believing))|i (?:INT)believe in you|believe in yourself|"
        r"rooting for you|(?:i am |we are )?(?:INT)proud of you",
        False,
    ),
    (
        "it_will_pass",
        "support",
        1,
        "will going gonna gets get getting pass day let steps step",
        r"you (?:will|are going to|are gonna) (?:INT)(?:get through (?:this|"
        r"it|that)|make it|get there|figure (?:it|this|that|something) out|"
        r"figure out (?:a way|what)|find (?:someone|something|a way|"
        r"your way|the one|the right|somebody|love|happiness|your person)|"
        r"be (?:INT)(?:ok|okay|alright|all right|great|just fine)|"
        r"pull through|get better|be back|feel better|recover|heal|bounce back|come out)"
        r"|(?:it|things|everything|life|this|all) (?:will|is going to|"
        r"are going to|is gonna|are gonna|gets|get|will get|is getting) (?:INT)(?:all )?(?:get bet"
        r"ter|be (?:INT)(?:ok|okay|alright|all right|fine|worth it|"
        r"better)|work out|pass|get easier|look up|improve|easier|"
        r"better)(?= [.?,]|$| (?:i promise|eventually|over time|"
        r"with time|trust me|soon|and|for you|in time|one day|someday|"
        r"i swear|though|tho|man|dude|friend|op|buddy))"
        r"|(?:this|it) too shall pass|(?:do not|can not|never|try not to) let (?:"
        + _W
        + r" ){1,4}?(?:get (?:to you|you down|in your head|the best of you)|bring you down|"
        + r"grind you down|break you|"
        + r"define you|stop you|ruin your)|tomorrow is (?:a )?(?:new|"
        + r"another) day|(?:one|a) (?:day|step) at a time|(?:small|baby) steps(?= [.?,]|$)",
        False,
    ),
    # "so happy for you", "glad you're safe", "good on you", "I care about you"
    (
        "glad_for_you",
        "support",
        1,
        "happy glad pleased thrilled stoked excited proud relieved good care",
        r"(?:INT)(?:glad|happy|relieved|pleased) (?:to (?:hear|"
        r"see|know) )?(?:that )?(?:you|your|yours|everyone|everybody|"
        r"everything|things|you two|you both|it) (?:"
        + _W
        + r" ){0,4}?(?:ok|okay|alright|safe|better|fine|alive|well(?! be)|"
        + r"home|recovering|found|made it|fun|happy|improving|worked out|"
        + r"out of there|got out|healing|on the mend|doing good|doing great)"
        r"|(?:^|(?<=[.?,] ))(?:(?:well|oh|hey|and|so|wow|nice|man|"
        r"dude) )*good on (?:you|ya|u|op)(?= [.?,]|$| (?:man|dude|"
        r"bro|friend|op|buddy|mate|for|and))"
        r"|(?<!that )(?:i|we|people|someone|somebody|everyone) (?:INT)(?:still )?care(?: (?:about|"
        r"for) you| so much)?(?= [.?,]|$)",
        False,
    ),
    # blessings and good wishes in a religious or formal register: "bless you", "may your
    # recovery be swift", "prayers for everyone there", "peace to you both", "all my hugs"
    (
        "blessing",
        "support",
        1,
        "bless may prayers praying blessings love hugs thoughts peace happy glad thrilled "
        "stoked excited relieved sympathy sympathies there here support good gutted heartbroken "
        "devastated sad proud tears",
        r"(?:god |bless )?bless (?:you|your (?:soul|efforts|family|kids|"
        r"heart and soul)|y all|you all|you both|u)(?= [.?,]|$| (?:and|for|man|dude|friend|op))"
        r"|(?:^|(?<=[.?,] ))may (?:you|your|he|she|they|it|the|"
        r"god|\S+ bless) (?:"
        + _W
        + r" ){0,6}?(?:be (?:INT)(?:swift|quick|speedy|negative|happy|well|"
        r"easy|peaceful|blessed|safe|fine|ok|okay|better|healed|over)|"
        r"find (?:peace|happiness|comfort|love)|heal|recover|rest in peace|bless|"
        r"get (?:better|well|through)|have (?:a|an|the) (?:INT)(?:good|great|happy|"
        r"peaceful|easy|speedy|quick|long|wonderful|safe))"
        r"|(?:prayers|praying|blessings|love|hugs|thoughts) (?:for|to|with) (?:everyone|"
        r"everybody|all of you|y all|you all|both of you|you both|your family|all involved)"
        r"|peace (?:to|be with) (?:you|your|y all|you all|both|everyone)"
        r"|(?:all |lots of |so many )?my (?:INT)(?:hugs|love|sympathy|sympathies|prayers)"
        r" (?:to|for|go to|goes to|are with|is with) (?:you|your|op|both)"
        r"|(?:is|are|will be|am|will always be) (?:INT)(?:always )?(?:there|here) for you"
        r"(?= [.?,]|$| (?:and|if|man|dude|friend|op|always|whenever|no matter))"
        r"|you have (?:INT)(?:my|our) (?:INT)(?:full )?(?:support|sympathy|sympathies)"
        r"|(?:^|(?<=[.?,] ))(?:(?:well|oh|hey|and|so|wow|man|dude|hahaha|haha) )*good for "
        r"(?:you|u|ya)(?= [.?,]|$| (?:man|dude|bro|friend|op|buddy|mate|!))"
        r"|(?:INT)(?:happy|glad|thrilled|stoked|excited|relieved|gutted|heartbroken|devastated|"
        r"sad|proud) for (?:you|u|ya|both of you|you both|you two|op|your (?:family|kids|"
        r"mom|mum|dad|sister|brother))(?= [.?,]|$| (?:and|man|dude|friend|op|!|buddy|bro|girl|"
        r"mate|you|,))"
        r"|(?:INT)(?:happy )?tears for (?:you|your)",
        False,
    ),
    # naming a shared human experience: "we all have something embarrassing in our past",
    # "people make mistakes", "it's never easy", "no one deserves to be treated like that"
    (
        "normalise",
        "validation",
        1,
        "mistakes mistake easy deserves deserve nothing rejected through days way like",
        r"(?:people|everyone|everybody|we all|all of us|we) (?:INT)(?:make|makes|made) "
        r"(?:INT)(?:mistakes|a mistake)"
        r"|(?:it is|that is|this is|it was|that was|it can be|it is just) (?:INT)(?:never|"
        r"not) (?:INT)easy(?= [.?,]|$| (?:for you|when you|being|man|dude|to (?:be|deal|"
        r"go through|lose|watch|hear|feel|let go|leave|say goodbye|admit|accept|ask)))"
        r"|(?:no one|nobody|noone) (?:INT)deserves (?:to be treated|that|this|to go through"
        r"|to feel|what)|you (?:INT)(?:do not|did not) deserve (?:that|this|to be treated|"
        r"to feel|any of (?:that|this|it)|what)"
        r"|(?:everyone|everybody|we all|all of us) (?:INT)(?:gets|get|goes|go|has|have|feels|"
        r"feel|went|has had|have had) (?:INT)(?:rejected|through (?:this|that|it)|days like "
        r"(?:this|that)|bad days|that way|like that)(?= [.?,]|$| (?:at some point|sometimes|"
        r"now and then|too|man|dude))"
        r"|you have nothing to (?:INT)(?:feel|be) (?:INT)(?:bad|guilty|ashamed|sorry|"
        r"embarrassed) (?:about|for|of)",
        False,
    ),
    # understanding with open slots: "I can definitely understand why", "i totally get it",
    # "I understand that it's hard to be left out", "I see how that would hurt"
    (
        "understand_open",
        "validation",
        1,
        "understand get see",
        r"i (?:(?:can |could |do )?(?:INT)understand|(?:can|could) (?:INT)see) (?:INT)(?:why|"
        r"how you feel|your "
        r"(?:feelings|frustration|pain|worry|fear|hurt|anger|sadness))(?= [.?,]|$| (?:man|dude|"
        r"op|friend|completely|totally|too|now|though|tho))"
        r"|(?:^|(?<=[.?,] ))i (?:INT)(?:totally |completely |fully )?understand(?= [.?,]|$)"
        r"|i (?:INT)get (?:that|it|this) (?:INT)so much"
        r"|i (?:can |could |do )?(?:totally|completely|definitely|really|fully|honestly|so) "
        r"(?:INT)get (?:it|that|this|why|you)(?= [.?,]|$| (?:man|dude|op|friend|too|now|"
        r"though|tho))"
        r"|i (?:can |could |do )?(?:INT)(?:(?:understand|see|imagine) (?:INT)(?:that|how|why"
        r"|what)|get (?:INT)(?:how|why|what)) (?:" + _W + r" ){0,8}?(?:<DIFF>|hurt|hurts|sting|"
        r"stings|stung|feel|feels|"
        r"felt|feeling|upset|angry|mad|annoyed|annoying|frustrated|be left out|left out|"
        r"weigh on you|mattered to you|matters to you|means to you|meant to you|"
        r"weighing on you|get to you|like for you)(?= [.?,]|$| )",
        False,
    ),
    # the reader's state named back: "you seem really worn down", "I can tell you're exhausted",
    # "sounds like the deadline is weighing on you"
    (
        "reflect_you",
        "validation",
        1,
        "tell weighing weigh weighs weighed toll",
        r"i (?:can |could )?(?:INT)tell (?:that )?(?:you are|you have been|you were|you feel|"
        r"this is|it is|that is|it has been) (?:INT)(?:feeling )?(?:INT)(?:" + _W + r" ){0,2}?"
        r"(?:<DIFF>|upset|down|low|off|not yourself|worn down|on edge|not (?:INT)(?:fine|ok|"
        r"okay|alright|yourself))"
        r"|i (?:can |could )?(?:INT)tell (?:that )?(?:this|it|that|they) (?:INT)(?:"
        + _W
        + r" ){0,3}?"
        r"(?:mattered|matters|means|meant) (?:INT)(?:to you|a lot|so much)"
        r"|(?:is|are|has been|have been|was|been) (?:INT)(?:weighing|taking a toll|"
        r"wearing) on you|(?:weighs|weighed|weigh) (?:INT)on you",
        False,
    ),
    # normalising: "so many people go through exactly this", "that's a really common reaction",
    # "anyone would be upset", "you're not the only one"
    (
        "normalise_open",
        "validation",
        1,
        "people common normal natural anyone anybody everyone only reaction human happens happened",
        r"(?:so many|a lot of|lots of|many|most|plenty of|tons of) (?:other )?people (?:INT)"
        r"(?:go through|went through|feel|felt|struggle with|deal with|dealt with|have|had|"
        r"experience|get|are in|have been in|have been through|end up) (?:INT)(?:exactly |"
        r"something like |the same )?(?:this|that|it|the same(?: thing)?|like this|like that|"
        r"what you are)"
        r"|(?:so many|a lot of|lots of|many|most|plenty of|tons of) (?:other )?people (?:INT)"
        r"(?:feel|felt|get|struggle|freak out|panic|grieve|cry|need|go through)(?= )"
        r"|(?:that is|it is|this is|that was|it was|that sounds like|is) (?:INT)(?:a |an )?"
        r"(?:INT)(?:common|normal|natural|understandable|human|valid|reasonable|healthy) "
        r"(?:reaction|response|feeling|thing to feel|way to feel|thing to go through|"
        r"experience|thing to (?:want|need|worry about))"
        r"|(?:that is|it is|this is|is|are|that was) (?:INT)(?:so |super |really |very |pretty |"
        r"totally |completely )?(?:common|normal|human)(?= [.?,]|$| (?:and|tbh|honestly|you|to|"
        r"after|in|when|for|with|at|right now|man|dude|op))"
        r"|(?:that|it|this) (?:INT)(?:happens|happened) to (?:INT)(?:everyone|everybody|all of us|"
        r"the best of us|most people|so many people|a lot of people)"
        r"|(?:anyone|anybody|everyone|most people|any of us) (?:in your (?:shoes|position|"
        r"situation|spot|place) )?(?:would|could|will) (?:INT)(?:be|feel|have been|have felt|"
        r"get|react|struggle|freak|worry)"
        r"|you are (?:INT)not the only one(?= [.?,]|$| (?:who|that|to|man|dude|op))",
        False,
    ),
    # naming the other's situation as hard without "sounds": "that's a tough spot to be in",
    # "what a nightmare", "that's so rough", "it's so frustrating when nobody calls you back"
    (
        "name_difficulty",
        "validation",
        1,
        "what that this tough rough brutal nightmare ordeal spot position worst situation thing "
        "time conversation exhausting draining heavy",
        r"(?:^|(?<=[.?,] ))(?:(?:oh|ugh|man|wow|god|damn|jeez|geez|oof|aw|aww|omg|ok|okay) )*"
        r"what a (?:INT)(?:nightmare|ordeal|mess|rough (?:day|week|time|year)|tough (?:day|week|"
        r"time|year|spot)|hard (?:day|week|time|year)|shitty (?:day|week|situation)|"
        r"horrible (?:day|week|situation|thing)|awful (?:day|week|situation|thing)|"
        r"terrible (?:day|week|situation|thing)|stressful (?:day|week|time))(?= [.?,]|$| (?:to|"
        r"man|dude|i am|sorry|that|for you))"
        r"|(?:^|(?<=[.?,] ))(?:(?:oh|ugh|man|wow|god|damn|jeez|geez|oof|aw|aww|omg|ok|okay|"
        r"yeah) )*(?:that is|that was|that has been|that sounds) (?:INT)(?:rough|"
        r"tough|brutal|so hard|really hard|heartbreaking|awful|terrible|horrible|a lot|so much|"
        r"hard|the worst)(?= [.?,]|$| (?:man|dude|buddy|friend|op|sorry|i am sorry|i am so sorry))"
        r"|(?:that is|that was|that sounds like|what|this is) (?:INT)(?:such )?(?:a |an )?(?:INT)"
        r"(?:impossible|isolating|crappy|shitty|awful|terrible|horrible|unfair|tough|hard|"
        r"difficult|rough|brutal|scary|painful|lonely|stressful|exhausting|draining|heavy|"
        r"frightening|upsetting|heartbreaking|sad|crushing|nasty|cruel|horrid) (?:position|"
        r"situation|spot|place|thing|time|week|day|year|experience|road|conversation|feeling|"
        r"loss|blow|way to|stretch|period|news)"
        r"|(?:that is|that was|that sounds|it is|it must be) (?:INT)(?:exhausting|draining|"
        r"brutal|a lot|so much|hard|tough|heavy|scary|stressful) to (?:deal with|go through|"
        r"live with|carry|handle|hear|be going through|face)",
        False,
    ),
    # ... and as a general truth, in a message that says nothing of the writer: "it's so
    # frustrating when nobody calls you back" (a venter's "it's so frustrating when I ..." is not)
    (
        "name_difficulty_when",
        "validation",
        1,
        "when",
        r"(?:it is|it can be|it gets|it is just) (?:INT)<DIFF> when (?:you|your|nobody|no one|"
        r"people|someone|they|things)",
        True,
    ),
    # affirmation and praise of the other: "that's the right attitude", "I admire that you
    # kept going", "look at you go!", "you're so brave", "that takes courage"
    (
        "praise_you",
        "validation",
        1,
        "attitude mindset approach outlook admire respect applaud look job work done proud "
        "brave strong resilient courage guts strength impressed inspired inspiring inspiration "
        "props kudos are were have had can did that what",
        r"(?:that is|this is|what|that was|such) (?:INT)(?:the |a |an )?(?:INT)(?:right|great|"
        r"good|healthy|positive|mature|smart|wise|perfect|best|awesome|amazing|solid) "
        r"(?:attitude|mindset|approach|outlook|way to (?:look at|think about|see|handle) "
        r"(?:it|this|that|things))(?= [.?,]|$| (?:to have|man|dude|op|friend|and|!))"
        r"|(?:i|we) (?:INT)(?:admire|respect|applaud) (?:INT)(?:that you|you|your|how you)"
        r"|(?:^|(?<=[.?,] ))look at you go(?= [.?,]|$)"
        r"|(?:^|(?<=[.?,] ))(?:(?:wow|oh|well|so|and|man|dude|hey) )*(?:INT)(?:good|great|"
        r"nice|amazing|awesome) (?:job|work)(?= [.?]|$| (?:man|dude|op|friend|buddy|on "
        r"(?:that|this|it|the|your)|for (?:INT)(?:asking|reaching|speaking|standing|getting|taking|"
        r"being|telling|sticking|trying|doing|going|making|seeking|saying)))"
        r"|(?:^|(?<=[.?,] ))(?:well done|way to go|props to you|kudos to you|hats off to you|"
        r"respect to you)(?= [.?,]|$| (?:man|dude|op|friend|buddy|!|for|on))"
        r"|you (?:should|can|must|ought to) (?:INT)(?:be|feel) (?:INT)proud(?: of (?:yourself|"
        r"that|this|it|what you))?"
        r"|you (?:are|were|have been) (?:INT)(?:so |such )?(?:strong|brave|resilient|"
        r"courageous|an inspiration|inspiring|a (?:INT)(?:good|great|wonderful|amazing) "
        r"(?:friend|mom|mum|dad|person|parent|partner|sister|brother|daughter|son))(?= [.?,]|"
        r"$| (?:and|for|to|man|dude|op|friend|!))"
        r"|(?:that|it|this) (?:takes|took|must have taken|must take) (?:INT)(?:a lot of |real |"
        r"so much |some )?(?:courage|guts|strength|balls|bravery)"
        r"|(?:that is|that was|it is|it was) (?:INT)(?:brave|strong|mature|big|kind|"
        r"impressive|admirable) of you"
        r"|i am (?:INT)(?:impressed|inspired)(?= [.?,]|$| (?:by you|with you|that you|man|dude))"
        r"|you are (?:INT)(?:such )?(?:a |an )(?:INT)(?:good|great|kind|amazing|wonderful|"
        r"caring|lovely|thoughtful|generous|loving|patient|brilliant|fantastic) (?:mom|mum|dad|"
        r"person|friend|parent|partner|human|sister|brother|teacher|boss|listener|soul|"
        r"daughter|son|wife|husband)(?= [.?,]|$| )"
        r"|you (?:are|were) (?:INT)(?:so |such )?(?:INT)(?:kind|caring|thoughtful|talented|"
        r"capable|smart|dedicated|strong|stronger|braver|tougher|smarter) (?:than you "
        r"(?:think|know|realise|realize|give yourself credit for))"
        r"|you (?:have|had) (?:INT)(?:grown|come) (?:INT)(?:so far|so much|a long way)"
        r"|you (?:can|could) (?:INT)do (?:anything|this|it)(?= [.?,]|$| )"
        r"|(?:^|(?<=[.?,] ))you did it(?= [.?,]|$)"
        r"|(?:that is|that was|what) (?:INT)(?:such )?(?:a |an )?(?:INT)(?:great|good|huge|big|"
        r"amazing|awesome|brilliant|solid|healthy|smart|brave|mature) (?:start|step|habit|"
        r"achievement|accomplishment|move|call|parenting|effort|progress|decision|choice)"
        r"(?= [.?,]|$| (?:you|,|honestly|tbh|man|dude|op|!|and|showing|for))",
        False,
    ),
    # warm wishes in plain words: "take good care of yourself", "be gentle with yourself",
    # "thinking of you"
    (
        "warm_wish",
        "support",
        1,
        "care look gentle kind easy thinking rest",
        r"take (?:INT)(?:good |great |extra )?care of (?:yourself|you)"
        r"|look after (?:yourself|you)(?= [.?,]|$| (?:ok|okay|please|man|dude|friend|op|and))"
        r"|(?:be|go) (?:INT)(?:gentle|kind|easy|patient) (?:with|on|to) (?:yourself|you)"
        r"|(?:i am |i have been |we are |been )?thinking (?:of|about) you(?= [.?,]|$| (?:and|"
        r"today|guys|both|always|all|friend|op|during|in|through))",
        False,
    ),
    # "don't worry", "don't be so hard on yourself", "no need to apologize"
    (
        "dont_worry",
        "reassure",
        1,
        "worry stress panic fret sorry ashamed embarrassed afraid "
        "hard beat blame apologize apologise apologizing bad",
        r"i would not (?:INT)(?:worry|stress|panic|fret)(?= [.?,]|$| (?:about|too|much|man))"
        r"|do not (?:you )?(?:INT)(?:worry|stress|panic|fret|feel (?:INT)bad|"
        r"be (?:INT)(?:sorry|ashamed|embarrassed|afraid|scared|"
        r"hard on yourself|down on yourself)|beat yourself up|blame yourself|apologi[sz]e)"
        r"|no need to (?:apologi[sz]e|be (?:INT)(?:sorry|ashamed|"
        r"embarrassed|afraid|scared)|worry)|(?:you have|there is|"
        r"it is|that is) nothing to (?:be (?:INT)(?:ashamed|embarrassed|"
        r"sorry) (?:of|about)|worry about|apologi[sz]e for)",
        False,
    ),
    # offers of help
    (
        "offer_help",
        "support",
        1,
        "help talk listen vent dm pm message msg hmu hit reach let chat want can could will would",
        r"(?:would love|love) to help(?= [.?,]|$| (?:you|with (?:that|this|it)|if|out|"
        r"anytime|any time))|(?:happy|glad|willing|here|able) to (?:help|talk|listen|"
        r"chat|lend)|(?:glad|happy) (?:i|we) could help"
        r"|let me know if (?:you )?(?:INT)(?:need|want|ever|have any)|"
        r"(?:feel free to|you can (?:always )?|do not hesitate to) (?:message|"
        r"dm|pm|reach out|talk to me|contact|text|call|hit me up|ask me|pm me|dm me|vent)"
        r"|(?:^|(?<=[.?,] ))(?:(?:just|so|and|also|please|pls|ok|okay) )*(?:dm|pm|message|msg|"
        r"text|hmu|hit me up)(?: me)? (?:if|anytime|any time|whenever)"
        r"|if you (?:ever )?(?:INT)(?:need|want) (?:someone |somebody |"
        r"a friend |an ear |a hand |anything|help|to talk|to vent|to chat|someone to talk to)"
        r"|i (?:can|could|will|would|am here to) (?:INT)(?:help you|help if|help out)"
        r"|(?:^|(?<=[.?,] ))(?:do you )?want me to (?:INT)(?:come|call|take|bring|help|drive|"
        r"pick|go|do|handle|talk|check|send|stay|make|grab|get|look|cover|watch|sit|cook)"
        r"|i (?:can|could|will|would be happy to|am happy to|am going to) (?:INT)(?:drive|"
        r"pick|take|bring|come|cover|watch|lend|send|call|go|stay|sit|cook|make|drop|handle|"
        r"check|look|read|do) (?:" + _W + r" ){0,6}?(?:with you|for you|if (?:that|it) helps|"
        r"if you (?:want|need|like)|you)(?= [.?,]|$| )",
        False,
    ),
    # words that look like an act but are not one: consumed with no category
    (
        "not_own",
        "",
        0,
        "mean never always ever",
        r"(?:he|she|they|you|it|that|this|someone|people|who) (?:does|"
        r"do|did) not (?:INT)mean (?:it|that|to)"
        r"|(?:ways|places|than) you (?:INT)(?:never|always|ever)",
        False,
    ),
)
