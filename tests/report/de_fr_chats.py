"""A German and a French chat for the report in those languages (``--report-language auto``
picks the chat's language now that both have a pack). Written by hand for these tests (our own
lines, no source): eight everyday conversations between Ana and Ben per language, with
greetings, errands, a football evening, feelings said outright and worries met with care,
played on the timeline of :mod:`tests.no_pack_chats` (35 conversations, 210 messages, 105 each).
"""

from __future__ import annotations

from pathlib import Path

from tests.no_pack_chats import A, B, play

DE = (
    ((A, "hallo schatz, wie geht's dir?"), (B, "gut, und dir?"),
     (A, "ich bin müde, der tag war anstrengend"), (B, "oh nein... willst du darüber reden?"),
     (A, "später, jetzt muss ich schlafen"), (B, "okay, schlaf gut ❤️")),
    ((A, "hast du gestern das spiel gesehen?"), (B, "ja!! was für ein tor haha"),
     (A, "der schiedsrichter war eine katastrophe"), (B, "frag nicht, ich war so sauer"),
     (A, "samstag spielen sie wieder, kommst du zu mir?"), (B, "klar, ich bringe das bier mit")),
    ((B, "ich vermisse dich so sehr"), (A, "ich dich auch, nächste woche sehen wir uns"),
     (B, "ich zähle die tage"), (A, "ich habe angst vor dem vorstellungsgespräch morgen"),
     (B, "das wird schon, ich bin für dich da"), (A, "danke, wirklich")),
    ((A, "hast du das brot gekauft?"), (B, "vergessen 🤦"), (A, "echt? schon wieder?"),
     (B, "sorry, ich gehe gleich noch zum bäcker"), (A, "ok"), (B, "bin in 10 minuten da")),
    ((B, "wie war der termin bei der ärztin?"), (A, "gut, sie sagt, es ist nichts schlimmes"),
     (B, "was für eine erleichterung! ich war den ganzen tag besorgt"),
     (A, "haha entspann dich, alles ist gut"), (B, "sag bescheid, wenn du etwas brauchst"),
     (A, "mach ich")),
    ((A, "heute hat mich meine chefin vor allen angeschrien"),
     (B, "das ist ja unmöglich, was hat sie gesagt?"), (A, "dass ich nie aufpasse"),
     (B, "das stimmt doch nicht, du arbeitest so viel"), (A, "ich habe mich so gedemütigt gefühlt"),
     (B, "das tut mir leid, soll ich nach der arbeit vorbeikommen?")),
    ((B, "guten morgen ☀️"), (A, "morgeeen"), (B, "hast du gut geschlafen?"),
     (A, "geht so, ich bin ein paar mal aufgewacht"), (B, "trink heute einen starken kaffee haha"),
     (A, "hatte schon zwei haha")),
    ((A, "gehen wir am sonntag zu carlas geburtstag?"), (B, "um wie viel uhr?"),
     (A, "um vier, bei ihrer mutter"), (B, "passt, ich besorge das geschenk"),
     (A, "perfekt, ich liebe dich"), (B, "ich dich auch")),
)  # fmt: skip

FR = (
    ((A, "coucou mon cœur, ça va ?"), (B, "oui et toi ?"),
     (A, "je suis fatiguée, la journée a été dure"), (B, "oh non... tu veux en parler ?"),
     (A, "plus tard, là il faut que je dorme"), (B, "d'accord, dors bien ❤️")),
    ((A, "t'as vu le match hier ?"), (B, "oui !! quel but mdr"), (A, "l'arbitre était nul"),
     (B, "m'en parle pas, j'étais furieux"), (A, "ils rejouent samedi, tu viens le voir ici ?"),
     (B, "carrément, j'apporte les bières")),
    ((B, "tu me manques tellement"), (A, "toi aussi, on se voit la semaine prochaine"),
     (B, "je compte les jours"), (A, "j'ai peur de l'entretien de demain"),
     (B, "ça va bien se passer, je suis là pour toi"), (A, "merci, vraiment")),
    ((A, "t'as acheté le pain ?"), (B, "oublié 🤦"), (A, "sérieux ? encore ?"),
     (B, "désolé, je passe à la boulangerie tout de suite"), (A, "ok"),
     (B, "j'arrive dans 10 min")),
    ((B, "alors, le rendez-vous chez la médecin ?"),
     (A, "bien, elle dit que ce n'est rien de grave"),
     (B, "quel soulagement ! j'étais inquiet toute la journée"),
     (A, "mdr détends-toi, tout va bien"), (B, "dis-moi si tu as besoin de quoi que ce soit"),
     (A, "promis")),
    ((A, "aujourd'hui ma cheffe m'a engueulée devant tout le monde"),
     (B, "c'est n'importe quoi, qu'est-ce qu'elle a dit ?"), (A, "que je ne fais jamais attention"),
     (B, "c'est pas vrai, tu travailles tellement"), (A, "je me suis sentie humiliée"),
     (B, "je suis désolé, tu veux que je passe après le travail ?")),
    ((B, "bonjour ☀️"), (A, "bonjouuur"), (B, "bien dormi ?"),
     (A, "bof, je me suis réveillée plusieurs fois"),
     (B, "prends un café bien fort aujourd'hui haha"),
     (A, "j'en ai déjà bu deux mdr")),
    ((A, "on va à l'anniversaire de carla dimanche ?"), (B, "à quelle heure ?"),
     (A, "à quatre heures, chez sa mère"), (B, "ça marche, j'apporte le cadeau"),
     (A, "parfait, je t'aime"), (B, "moi aussi je t'aime")),
)  # fmt: skip

CHATS = {"de": DE, "fr": FR}


def write(folder: Path, code: str) -> Path:
    path = folder / f"WhatsApp Chat with Ben ({code}).txt"
    path.write_text("\n".join(play(CHATS[code])) + "\n", encoding="utf-8")
    return path
