"""French (France) for make_samples.py: which chats are written, the people's names, and how
WhatsApp in fr-FR writes an export. The exchanges themselves are in pools_fr.py.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/fr/
FILES = {
    "android_en_gb.txt": "android_fr_fr.txt",
    "ios_en_us.txt": "ios_fr_fr.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f" for the endings that agree with a person, {X:é/ée}).
#: Each person keeps the English one's habits (case, emoji, typos). No name here is also a
#: friend's or colleague's name in pools_fr.VALUES_* (a chat would mention its own people); the
#: scenario people are named as pools_fr.py names them in its exchanges (Lila, Marc, Aïcha,
#: Jules, Flora, Gaëlle, Ben).
PEOPLE = {
    "Priya": ("Inès", "", "f"),
    "Tom": ("Bastien", "", "m"),
    "Maddie": ("Emma", "", "f"),
    "Luis": ("Louis", "", "m"),
    "Hannah": ("Anaïs", "", "f"),
    "Dev 🎸": ("Yanis 🎸", "Yanis", "m"),
    "+44 7700 900123": ("+33 6 12 34 56 78", "Seb", "m"),
    "Chloe": ("Élodie", "Élo", "f"),
    "Jo": ("Joséphine", "Jo", "f"),
    "Sam": ("Samuel", "Sam", "m"),
    # the scenario chats
    "Maya": ("Maëlle", "", "f"),
    "Leon": ("Léo", "", "m"),
    "Chris": ("Christophe", "Chris", "m"),
    "Ella": ("Ella", "", "f"),
    "Leah": ("Lila", "", "f"),
    "Nina": ("Nina", "", "f"),
    "Ollie": ("Olivier", "Oli", "m"),
    "Jess": ("Jessica", "Jess", "f"),
    "Dan": ("Damien", "", "m"),
    "Kate": ("Capucine", "", "f"),
    "Ryan": ("Romain", "", "m"),
    "Zoe": ("Zoé", "", "f"),
    "Amara": ("Amara", "", "f"),
    "Ben": ("Ben", "", "m"),
    "Marcus": ("Marc", "", "m"),
    "Aisha": ("Aïcha", "", "f"),
    "Josh": ("Jules", "", "m"),
    "Freya": ("Flora", "", "f"),
    "Gemma": ("Gaëlle", "", "f"),
    "Raj": ("Rayan", "", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "Les potes de la fac 🎓",
    "Cottage weekend 🏡": "Week-end au gîte 🏡",
    "Five-a-side ⚽": "Foot à 5 ⚽",
}

# as people type them: lower case, accents kept (the keyboard suggests them)
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" mdr", " mdrr", " ptdr", " hahaha")

#: system notices: (English text as make_samples.py writes it, the fr-FR notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS. French quotes a group's name in « ».
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Votre code de sécurité avec {a} a changé. Appuyez pour en savoir plus.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', "{a} a créé le groupe « {s} »"),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        "{a} a modifié le sujet de « {s} » en « {t} »",
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} a changé l'icône de ce groupe"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} a ajouté {b}"),
    (r"(?P<a>.+) left", "{a} est parti(e)"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "pardon!! je suis sorti sans faire exprès, "
    "mon pouce a glissé 🙈",
}

_ENCRYPTION = (
    "Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette "
    "discussion, pas même WhatsApp, ne peut les lire ou les écouter."
)

#: the export's formats (fields of make_samples.Formats): fr-FR writes four-digit-year dates
#: with no comma before a 24-hour clock (iOS in brackets, with seconds).
FORMATS = {
    "android_stamp": "%d/%m/%Y %H:%M",
    "ios_stamp": "[%d/%m/%Y %H:%M:%S]",
    "android_encryption": _ENCRYPTION + " Appuyez pour en savoir plus.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Médias omis>",
    "deleted_android": "Ce message a été supprimé",
    "deleted_ios": "Ce message a été supprimé.",
    "missed_call": "Appel vocal manqué",
    "ios_media": {
        "image": "image absente",
        "video": "vidéo absente",
        "audio": "audio omis",
        "sticker": "autocollant omis",
        "gif": "GIF omis",
    },
}
