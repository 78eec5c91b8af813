"""Spain's Spanish for make_samples.py: which chats are written, the people's names, and how
WhatsApp in es-ES writes an export. The exchanges themselves are in pools_es.py.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/es/
FILES = {
    "android_en_gb.txt": "android_es_es.txt",
    "ios_en_us.txt": "ios_es_es.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f" for the endings that agree with a person, {X:o/a}).
#: Each person keeps the English one's habits (case, emoji, typos). No name here is also a
#: friend's or colleague's name in pools_es.VALUES_* (a chat would mention its own people).
PEOPLE = {
    "Priya": ("Nerea", "", "f"),
    "Tom": ("Tomás", "", "m"),
    "Maddie": ("Irene", "", "f"),
    "Luis": ("Luis", "", "m"),
    "Hannah": ("Ana", "", "f"),
    "Dev 🎸": ("Diego 🎸", "Diego", "m"),
    "+44 7700 900123": ("+34 612 34 56 78", "Quique", "m"),
    "Chloe": ("Cristina", "Cris", "f"),
    "Jo": ("Julia", "Juli", "f"),
    "Sam": ("Samuel", "Samu", "m"),
    # the scenario chats (pools_es.py names some of them in its exchanges)
    "Maya": ("Lorena", "", "f"),
    "Leon": ("Rubén", "", "m"),
    "Chris": ("Cristian", "", "m"),
    "Ella": ("Elsa", "", "f"),
    "Leah": ("Lidia", "", "f"),
    "Nina": ("Inés", "", "f"),
    "Ollie": ("Óscar", "", "m"),
    "Jess": ("Judit", "", "f"),
    "Dan": ("Daniel", "", "m"),
    "Kate": ("Carla", "", "f"),
    "Ryan": ("Rodrigo", "", "m"),
    "Zoe": ("Zoe", "", "f"),
    "Amara": ("Amaia", "", "f"),
    "Ben": ("Bruno", "", "m"),
    "Marcus": ("Mario", "", "m"),
    "Aisha": ("Ainhoa", "", "f"),
    "Josh": ("Joel", "", "m"),
    "Freya": ("Fátima", "", "f"),
    "Gemma": ("Gema", "", "f"),
    "Raj": ("Rafa", "", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "Los de la uni 🎓",
    "Cottage weekend 🏡": "Finde casa rural 🏡",
    "Five-a-side ⚽": "Fútbol 7 ⚽",
}

# as people type them: lower case, usually without the accent
WEEKDAYS = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]
MONTHS = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" jajaja", " jaja", " jajajaja", " jsjs")

#: system notices: (English text as make_samples.py writes it, the es-ES notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS.
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Tu código de seguridad con {a} cambió. Toca para obtener más información.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', '{a} creó el grupo "{s}"'),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        '{a} cambió el asunto de "{s}" a "{t}"',
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} cambió la imagen del grupo"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} añadió a {b}"),
    (r"(?P<a>.+) left", "{a} salió del grupo"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "perdon!! me he salido sin querer, se me "
    "ha ido el dedo 🙈",
}

_ENCRYPTION = (
    "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, "
    "ni siquiera WhatsApp, puede leerlos ni escucharlos."
)

#: the export's formats (fields of make_samples.Formats): es-ES writes two-digit years on
#: Android and a 24-hour clock with seconds on iOS.
FORMATS = {
    "android_stamp": "%d/%m/%y, %H:%M",
    "ios_stamp": "[%d/%m/%y, %H:%M:%S]",
    "android_encryption": _ENCRYPTION + " Toca para obtener más información.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Multimedia omitido>",
    "deleted_android": "Se eliminó este mensaje",
    "deleted_ios": "Se eliminó este mensaje.",
    "missed_call": "Llamada de voz perdida",
    "ios_media": {
        "image": "imagen omitida",
        "video": "vídeo omitido",
        "audio": "audio omitido",
        "sticker": "sticker omitido",
        "gif": "GIF omitido",
    },
}
