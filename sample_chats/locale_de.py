"""German (Germany) for make_samples.py: which chats are written, the people's names, and how
WhatsApp in de-DE writes an export. The exchanges themselves are in pools_de.py.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/de/
FILES = {
    "android_en_gb.txt": "android_de_de.txt",
    "ios_en_us.txt": "ios_de_de.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f"; pools_de.py needs no endings that agree with a person,
#: the gender is kept for the format). Each person keeps the English one's habits (case, emoji,
#: typos). No name here is also a friend's or colleague's name in pools_de.VALUES_* (a chat would
#: mention its own people); pools_de.py names Leah, Ben, Marcus, Greta, Aylin, Luca and Frieda.
PEOPLE = {
    "Priya": ("Selin", "", "f"),
    "Tom": ("Jan", "", "m"),
    "Maddie": ("Paula", "", "f"),
    "Luis": ("Luis", "", "m"),
    "Hannah": ("Hanna", "", "f"),
    "Dev 🎸": ("Deniz 🎸", "Deniz", "m"),
    "+44 7700 900123": ("+49 151 23456789", "Kai", "m"),
    "Chloe": ("Leonie", "", "f"),
    "Jo": ("Johanna", "Jo", "f"),
    "Sam": ("Samuel", "Sam", "m"),
    # the scenario chats
    "Maya": ("Maja", "", "f"),
    "Leon": ("Leon", "", "m"),
    "Chris": ("Christian", "Chris", "m"),
    "Ella": ("Ella", "", "f"),
    "Leah": ("Leah", "", "f"),
    "Nina": ("Nina", "", "f"),
    "Ollie": ("Oliver", "Olli", "m"),
    "Jess": ("Jessica", "Jessi", "f"),
    "Dan": ("Daniel", "", "m"),
    "Kate": ("Katja", "", "f"),
    "Ryan": ("Ruben", "", "m"),
    "Zoe": ("Zoe", "", "f"),
    "Amara": ("Amara", "", "f"),
    "Ben": ("Ben", "", "m"),
    "Marcus": ("Marcus", "", "m"),
    "Aisha": ("Aylin", "", "f"),
    "Josh": ("Luca", "", "m"),
    "Freya": ("Frieda", "", "f"),
    "Gemma": ("Greta", "", "f"),
    "Raj": ("Raphael", "Rapha", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "Unileute 🎓",
    "Cottage weekend 🏡": "Ferienhaus Wochenende 🏡",
    "Five-a-side ⚽": "Kleinfeld ⚽",
}

# as people type them: lower case
WEEKDAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
MONTHS = [
    "januar", "februar", "märz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" haha", " hahaha", " xD", " hehe")

#: system notices: (English text as make_samples.py writes it, the de-DE notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS.
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Deine Sicherheitsnummer für {a} hat sich geändert. Tippe, um mehr zu erfahren.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', '{a} hat die Gruppe "{s}" erstellt'),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        '{a} hat den Betreff von "{s}" zu "{t}" geändert',
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} hat das Gruppenbild geändert"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} hat {b} hinzugefügt"),
    (r"(?P<a>.+) left", "{a} hat die Gruppe verlassen"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "sorry!! bin aus versehen raus, "
    "bin mitm daumen abgerutscht 🙈",
}

_ENCRYPTION = (
    "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats, "
    "nicht einmal WhatsApp, kann sie lesen oder anhören."
)

#: the export's formats (fields of make_samples.Formats): de-DE writes dotted two-digit-year
#: dates and a 24-hour clock, with seconds on iOS.
FORMATS = {
    "android_stamp": "%d.%m.%y, %H:%M",
    "ios_stamp": "[%d.%m.%y, %H:%M:%S]",
    "android_encryption": _ENCRYPTION + " Tippe, um mehr zu erfahren.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Medien ausgeschlossen>",
    "deleted_android": "Diese Nachricht wurde gelöscht",
    "deleted_ios": "Diese Nachricht wurde gelöscht.",
    "missed_call": "Verpasster Sprachanruf",
    "ios_media": {
        "image": "Bild weggelassen",
        "video": "Video weggelassen",
        "audio": "Audio weggelassen",
        "sticker": "Sticker weggelassen",
        "gif": "GIF weggelassen",
    },
}
