"""The French, Italian and Hindi forms written into the packs after reading the misses on the
second development parts (``tests/langgold/<code>/dev2.txt``), one sentence or more per form and
near misses beside them. The sentences are new (none is a dev2 message), so each form is held as
the general pattern it is, not as the sentence that showed it missing.

Each table: text -> (tier, feeling statement, question, question about the other, categories that
must be counted); near misses: text -> categories that must not be counted; follow-ups:
(partner's turn, reply) -> whether the reply is a follow-up question.
"""

from __future__ import annotations

from tests.nlp.pack_cases import languages_table_tests

CASES: dict[str, dict[str, tuple]] = {
    "fr": {
        # "must have hurt you": a cause said to have hurt the reader is a reflection
        "il a dû te vexer grave": (1, False, False, False, ("validation",)),
        "ça doit te faire de la peine": (1, False, False, False, ("validation",)),
        # a cause that made the writer feel, in the past
        "ta lettre m'a fait tellement plaisir": (2, True, False, False, ("joy",)),
        # questions that end in "comment"
        "tu le vis comment ?": (0, False, True, True, ()),
        "ta mère a réagi comment ?": (0, False, True, True, ()),
        # blame, insults, dismissal, denial
        "tu réfléchis jamais à ce que tu dis": (1, False, False, False, ("criticism",)),
        "tu me réponds même pas": (1, False, False, False, ("criticism",)),
        "tu fais toujours passer ton taf avant nous": (1, False, False, False, ("criticism",)),
        "t'es d'une hypocrisie incroyable": (1, False, False, False, ("criticism",)),
        "t'es toujours stressée pour rien": (1, False, False, False, ("invalidation",)),
        "tu fais tout un cinéma pour trois fois rien": (1, False, False, False, ("invalidation",)),
        "pleurer pour une pub sérieux": (1, False, False, False, ("invalidation",)),
        "j'ai jamais dit ça, relis": (1, False, False, False, ("defensiveness",)),
        "j'étais dans le métro, pas de réseau": (1, False, False, False, ("defensiveness",)),
        # hedges, repair, support
        "ça va, t'inquiète": (1, False, False, False, ("hedge",)),
        "on s'en fout de mes problèmes": (1, False, False, False, ("hedge",)),
        "je raconte n'importe quoi": (1, False, False, False, ("hedge",)),
        "c'est moi qui ai tort": (1, False, False, False, ("repair",)),
        "tu l'auras la prochaine fois": (1, False, False, False, ("support",)),
        "tout va bien se passer, promis": (1, False, False, False, ("support",)),
        "mais non c'est pas grave, tu feras mieux demain": (1, False, False, False, ("support",)),
        "roh ça va, c'était juste une blague": (1, False, False, False, ("invalidation",)),
        "franchement y a rien de grave là-dedans": (1, False, False, False, ("invalidation",)),
    },
    "it": {
        "ti avrà ferita tantissimo": (1, False, False, False, ("validation",)),
        "ti sarà pesato parecchio": (1, False, False, False, ("validation",)),
        "mi fa male quando non rispondi": (2, True, False, False, ("soft",)),
        "mi ha fatto piacere vederti": (2, True, False, False, ("joy",)),
        # "quando" before the writer's own verb opens a clause; before the reader's it asks
        "quando esco dal lavoro ti chiamo": (0, False, False, False, ()),
        "quando torni da Milano": (0, False, True, False, ()),
        # "e allora?" asks on before a question about the other's news, and is "so what" alone
        "e allora? come ti è sembrato?": (0, False, True, True, ()),
        "e lei come l'ha presa?": (0, False, True, True, ()),
        "sì che l'ho fatto, chiedi a tua madre": (1, False, True, False, ("defensiveness",)),
        "ero al lavoro, non potevo rispondere": (1, False, False, False, ("defensiveness",)),
        "non ti ho mai urlato contro": (1, False, False, False, ("defensiveness",)),
        "ho il diritto di pensarla diversamente": (1, False, False, False, ("defensiveness",)),
        "hai iniziato tu": (1, False, False, False, ("defensiveness",)),
        "sei solo una bugiarda": (1, False, False, False, ("criticism",)),
        "sei di una superficialità incredibile": (1, False, False, False, ("criticism",)),
        "sei sempre in ritardo": (1, False, False, False, ("criticism",)),
        "faccio sempre tutto io qui": (1, False, False, False, ("criticism",)),
        "non mi rispondi neanche": (1, False, False, False, ("criticism",)),
        "ma era solo uno scherzo": (1, False, False, False, ("invalidation",)),
        "agitarsi per questo, seriamente": (1, False, False, False, ("invalidation",)),
        "la prossima volta andrà meglio": (1, False, False, False, ("support",)),
        "vedrai che spaccherai": (1, False, False, False, ("support",)),
        "ma niente, sono solo stanco": (1, False, False, False, ("hedge",)),
        "avrei dovuto dirtelo prima": (1, False, False, False, ("repair",)),
        # "ma che dici" retorts in a quarrel: it asks nothing
        "ma che dici, non è vero": (1, False, False, False, ("defensiveness",)),
    },
    "hi": {
        # questions about the other that end in their verb
        "ab kaisa feel ho rha h?": (0, False, True, True, ()),
        "naya flat kaisa chal rha h?": (0, False, True, True, ()),
        "sar ka dard kaisa h ab": (0, False, True, True, ()),
        "mujhse naraz ho kya?": (2, False, True, True, ("hard",)),
        "unhone kya bola?": (0, False, True, True, ()),
        # the presumptive "hoga" guesses the reader's hurt
        "tujhe bahut takleef hui hogi": (1, False, False, False, ("validation",)),
        # "tumse" is no subject: the feeling before "hu" is the writer's
        "main tumse bahut naraz hu": (2, True, False, False, ("hard",)),
        "maine aisa kuch nahi bola": (1, False, False, False, ("defensiveness",)),
        "bhooli nahi thi, bas late ho gayi": (1, False, False, False, ("defensiveness",)),
        "bas mazak tha yaar": (1, False, False, False, ("invalidation",)),
        "tum waada kabhi nahi nibhate": (1, False, False, False, ("criticism",)),
        "tum hamesha itni rude kyu ho?": (1, False, True, False, ("criticism",)),
        "tu phod degi kal": (1, False, False, False, ("support",)),
        "himmat rakho, sab theek hoga": (1, False, False, False, ("support",)),
        "agli baar pakka ho jayega": (1, False, False, False, ("support",)),
        # a mocking question asks nothing (as "itni chhoti si baat pe ro rhi ho?" in the gold)
        "ek test pe itna tension?": (1, False, False, False, ("invalidation",)),
        "tum kis baat pe ro rahi ho?": (1, False, True, True, ()),
        "thoda sad hu par chalega": (2, True, False, False, ("hedge",)),
        "sach me proud hoon tum par": (2, True, False, False, ("support",)),
        "tension vension chhod, so ja": (1, False, False, False, ("invalidation",)),
        "tu hi kabhi nahi sunta": (1, False, False, False, ("defensiveness",)),
        "aa ja phir, chai banati hu": (1, False, False, False, ("support",)),
        "rona allowed hai yaar": (1, False, False, False, ("validation",)),
    },
}

NOT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "tu dois avoir faim": ("validation",),
        "je pleure pour un rien": ("invalidation",),
        "c'est moi qui ai eu tort": ("defensiveness",),
        "la prochaine fois je viens avec toi": ("hedge",),
        "je rigole, c'était une blague": ("invalidation",),
        "c'est pas grave, je m'en remettrai": ("support",),
        "t'inquiète, ça va bien se passer": ("hedge",),
        "je serai là vers midi": ("support",),
        "pardon, j'étais crevée": ("defensiveness",),
    },
    "it": {
        "domani avrà fatto bel tempo": ("validation",),
        "la prossima volta chiamo prima": ("support",),
        "e allora? com'è andata?": ("defensiveness",),
        "sei sempre nei miei pensieri": ("criticism",),
    },
    "hi": {
        "tum hamesha itne pyaare lagte ho": ("criticism",),
        "theek, kuch khaas nahi": ("hedge",),
        "kal baarish hogi shayad": ("validation",),
        "ye tension wali baat nahi h": ("invalidation",),
        "main hi nahi samajhta kabhi": ("defensiveness",),
    },
}

FOLLOWUPS: dict[str, dict[tuple[str, str], bool]] = {
    "fr": {
        ("mon frère a quitté sa copine", "ah mince, il le prend comment ?"): True,
        ("j'ai eu mon concours", "avec quelle note ?"): True,
        ("Paul m'a traitée de menteuse", "ça t'a blessée ?"): True,
        ("j'ai vu un film hier soir", "c'est quoi le titre ?"): True,
    },
    "it": {
        ("Marco ha finito la tesi", "con che voto?"): True,
        ("ho iniziato un corso di yoga", "come si chiama l'insegnante?"): True,
        ("mia madre mi ha criticata davanti a tutti", "ti ha ferita?"): True,
    },
    "hi": {
        ("bhai ne car le li", "kaunsi?"): True,
        ("didi se ladai ho gayi", "kis baat pe?"): True,
        ("office me boss ne sabke saamne daanta", "tujhe bura laga?"): True,
        ("meri dost shaadi kar rhi h", "tu iske baare me kya sochti h?"): True,
        ("usne mera laptop theek kar diya", "ye kaise kiya usne?"): True,
    },
}

LANGUAGES = {"fr": ("fr",), "it": ("it",), "hi": ("hi", "hi-Latn")}

frames, test_dev2_forms, test_dev2_near_misses, test_dev2_follow_ups = languages_table_tests(
    CASES, NOT, FOLLOWUPS, LANGUAGES
)
