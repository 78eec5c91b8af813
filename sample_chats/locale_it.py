"""Italian (Italy) for make_samples.py: which chats are written, the people's names, and how
WhatsApp in it-IT writes an export. The exchanges themselves are in pools_it.py.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/it/
FILES = {
    "android_en_gb.txt": "android_it_it.txt",
    "ios_en_us.txt": "ios_it_it.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f" for the endings that agree with a person, {X:o/a}).
#: Each person keeps the English one's habits (case, emoji, typos). No name here is also a
#: friend's or colleague's name in pools_it.VALUES_* (a chat would mention its own people);
#: pools_it.py names Lia, Bruno, Marco, Asia, Jacopo, Fabiana and Gemma.
PEOPLE = {
    "Priya": ("Giorgia", "", "f"),
    "Tom": ("Tommaso", "Tommy", "m"),
    "Maddie": ("Marta", "", "f"),
    "Luis": ("Alessandro", "Ale", "m"),
    "Hannah": ("Anna", "", "f"),
    "Dev 🎸": ("Dario 🎸", "Dario", "m"),
    "+44 7700 900123": ("+39 347 123 4567", "Pippo", "m"),
    "Chloe": ("Camilla", "Cami", "f"),
    "Jo": ("Giovanna", "Gio", "f"),
    "Sam": ("Samuele", "Samu", "m"),
    # the scenario chats
    "Maya": ("Mia", "", "f"),
    "Leon": ("Leonardo", "Leo", "m"),
    "Chris": ("Cristian", "", "m"),
    "Ella": ("Elena", "", "f"),
    "Leah": ("Lia", "", "f"),
    "Nina": ("Nina", "", "f"),
    "Ollie": ("Ottavio", "Otto", "m"),
    "Jess": ("Jessica", "Jessi", "f"),
    "Dan": ("Daniele", "Dani", "m"),
    "Kate": ("Caterina", "Cate", "f"),
    "Ryan": ("Raffaele", "Lele", "m"),
    "Zoe": ("Zoe", "", "f"),
    "Amara": ("Amanda", "", "f"),
    "Ben": ("Bruno", "", "m"),
    "Marcus": ("Marco", "", "m"),
    "Aisha": ("Asia", "", "f"),
    "Josh": ("Jacopo", "", "m"),
    "Freya": ("Fabiana", "", "f"),
    "Gemma": ("Gemma", "", "f"),
    "Raj": ("Rocco", "", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "Quelli dell'uni 🎓",
    "Cottage weekend 🏡": "Weekend in baita 🏡",
    "Five-a-side ⚽": "Calcetto ⚽",
}

# as people type them: lower case, without the accent
WEEKDAYS = ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"]
MONTHS = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" ahah", " ahahah", " ahaha", " haha")

#: system notices: (English text as make_samples.py writes it, the it-IT notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS.
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Il tuo codice di sicurezza con {a} è cambiato. Tocca per saperne di più.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', '{a} ha creato il gruppo "{s}"'),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        "{a} ha cambiato l'oggetto da \"{s}\" a \"{t}\"",
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} ha cambiato l'immagine di questo gruppo"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} ha aggiunto {b}"),
    (r"(?P<a>.+) left", "{a} è uscito"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "scusate!! sono uscita per sbaglio, "
    "mi e' scivolato il dito 🙈",
}

_ENCRYPTION = (
    "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa "
    "chat, nemmeno WhatsApp, può leggerli o ascoltarli."
)

#: the export's formats (fields of make_samples.Formats): it-IT writes two-digit years with
#: slashes and a 24-hour clock, with seconds on iOS.
FORMATS = {
    "android_stamp": "%d/%m/%y, %H:%M",
    "ios_stamp": "[%d/%m/%y, %H:%M:%S]",
    "android_encryption": _ENCRYPTION + " Tocca per saperne di più.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Media omessi>",
    "deleted_android": "Questo messaggio è stato eliminato",
    "deleted_ios": "Questo messaggio è stato eliminato.",
    "missed_call": "Chiamata vocale persa",
    "ios_media": {
        "image": "immagine omessa",
        "video": "video omesso",
        "audio": "audio omesso",
        "sticker": "sticker omesso",
        "gif": "GIF omessa",
    },
}
