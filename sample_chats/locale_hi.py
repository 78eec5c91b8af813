"""Hindi (India) for make_samples.py: which chats are written, the people's names, and how
WhatsApp writes an export on an Indian phone. The exchanges themselves are in pools_hi.py.

Which export: WhatsApp writes the export in the phone's display language, and most Indian
smartphones are set to English (India), also by people who chat in Hindi; a Hindi phone language
is the minority. So the chats are Hindi and Hinglish but the export's own lines are en-IN ones:
day-first dates with a two-digit year and a 12-hour clock with a lower-case "am"/"pm" after a
narrow no-break space (U+202F), on Android (``dd/mm/yy, h:mm pm - Name: text``) and on iOS
(``[dd/mm/yy, h:mm:ss pm] Name: text``); the encryption notice, ``<Media omitted>``, deleted
messages, missed calls and group notices read as in English.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/hi/
FILES = {
    "android_en_gb.txt": "android_en_in.txt",
    "ios_en_us.txt": "ios_en_in.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f" for the verb endings that agree with the speaker,
#: {X:a/i}). Each person keeps the English one's habits (case, emoji, typos). No name here is
#: also a friend's or colleague's name in pools_hi.VALUES_* (a chat would mention its own people).
PEOPLE = {
    "Priya": ("Ananya", "", "f"),
    "Tom": ("Rohan", "", "m"),
    "Maddie": ("Meera", "", "f"),
    "Luis": ("Kabir", "", "m"),
    "Hannah": ("Shruti", "", "f"),
    "Dev 🎸": ("Dev 🎸", "Dev", "m"),
    "+44 7700 900123": ("+91 98765 43210", "Karan", "m"),
    "Chloe": ("Pooja", "", "f"),
    "Jo": ("Jyoti", "Jo", "f"),
    "Sam": ("Samar", "Sam", "m"),
    # the scenario chats
    "Maya": ("Maya", "", "f"),
    "Leon": ("Kunal", "", "m"),
    "Chris": ("Kartik", "", "m"),
    "Ella": ("Esha", "", "f"),
    "Leah": ("Lavanya", "", "f"),
    "Nina": ("Nisha", "", "f"),
    "Ollie": ("Omkar", "Om", "m"),
    "Jess": ("Jasleen", "Jas", "f"),
    "Dan": ("Dhruv", "", "m"),
    "Kate": ("Kirti", "", "f"),
    "Ryan": ("Rehan", "", "m"),
    "Zoe": ("Zeenat", "", "f"),
    "Amara": ("Amrita", "", "f"),
    "Ben": ("Bharat", "", "m"),
    "Marcus": ("Manav", "", "m"),
    "Aisha": ("Ayesha", "", "f"),
    "Josh": ("Jatin", "", "m"),
    "Freya": ("Farah", "", "f"),
    "Gemma": ("Gauri", "", "f"),
    "Raj": ("Rajat", "", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "College gang 🎓",
    "Cottage weekend 🏡": "Pahadon wala weekend 🏡",
    "Five-a-side ⚽": "Sunday football ⚽",
}

# as people type them in Hinglish: the English names
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" lol", " hahaha", " 😂", " hehe")

#: system notices: (English text as make_samples.py writes it, the en-IN notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS.
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Your security code with {a} changed. Tap to learn more.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', '{a} created group "{s}"'),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        '{a} changed the subject from "{s}" to "{t}"',
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} changed this group's icon"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} added {b}"),
    (r"(?P<a>.+) left", "{a} left"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "sorry!! galti se left ho gaya, "
    "thumb slip ho gaya 🙈",
}

_ENCRYPTION = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them."
)

#: the export's formats (fields of make_samples.Formats): en-IN, {h} and {am} as in
#: make_samples.strftime12.
FORMATS = {
    "android_stamp": "%d/%m/%y, {h}:%M\u202f{am}",
    "ios_stamp": "[%d/%m/%y, {h}:%M:%S\u202f{am}]",
    "android_encryption": _ENCRYPTION + " Tap to learn more.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Media omitted>",
    "deleted_android": "This message was deleted",
    "deleted_ios": "This message was deleted.",
    "missed_call": "Missed voice call",
    "ios_media": {
        "image": "image omitted",
        "video": "video omitted",
        "audio": "audio omitted",
        "sticker": "sticker omitted",
        "gif": "GIF omitted",
    },
}
