"""Brazilian Portuguese for make_samples.py: which chats are written, the people's names, and
how WhatsApp in pt-BR writes an export. The exchanges themselves are in pools_pt.py.

Written for chat-balance; every person is invented.
"""

from __future__ import annotations

#: English sample -> the file written in sample_chats/pt/
FILES = {
    "android_en_gb.txt": "android_pt_br.txt",
    "ios_en_us.txt": "ios_pt_br.txt",
    "group_chat.txt": "group_chat.txt",
}

#: English name -> (name as the export shows it, first name used inside messages ("" = the
#: first word of the name), "m" or "f" for the endings that agree with a person, {X:o/a}).
#: Each person keeps the English one's habits (case, emoji, typos).
PEOPLE = {
    "Priya": ("Camila", "", "f"),
    "Tom": ("Thiago", "", "m"),
    "Maddie": ("Duda", "", "f"),
    "Luis": ("Rafa", "", "m"),
    "Hannah": ("Bruna", "", "f"),
    "Dev 🎸": ("Davi 🎸", "Davi", "m"),
    "+44 7700 900123": ("+55 11 98765-4321", "Caio", "m"),
    "Chloe": ("Letícia", "Lê", "f"),
    "Jo": ("Jô", "", "f"),
    "Sam": ("Samuel", "Samu", "m"),
    # the scenario chats (pools_pt.py names some of them in its exchanges)
    "Maya": ("Maíra", "", "f"),
    "Leon": ("Léo", "", "m"),
    "Chris": ("Cristiano", "", "m"),
    "Ella": ("Ellen", "", "f"),
    "Leah": ("Larissa", "", "f"),
    "Nina": ("Nina", "", "f"),
    "Ollie": ("Otávio", "", "m"),
    "Jess": ("Jéssica", "", "f"),
    "Dan": ("Daniel", "", "m"),
    "Kate": ("Kátia", "", "f"),
    "Ryan": ("Renan", "", "m"),
    "Zoe": ("Sofia", "", "f"),
    "Amara": ("Amanda", "", "f"),
    "Ben": ("Bruno", "", "m"),
    "Marcus": ("Marcos", "", "m"),
    "Aisha": ("Aline", "", "f"),
    "Josh": ("João", "", "m"),
    "Freya": ("Fernanda", "", "f"),
    "Gemma": ("Giovana", "", "f"),
    "Raj": ("Rodrigo", "", "m"),
}

#: group subjects in system notices
SUBJECTS = {
    "Uni lot 🎓": "Galera da facul 🎓",
    "Cottage weekend 🏡": "Fds no sítio 🏡",
    "Five-a-side ⚽": "Pelada de quarta ⚽",
}

WEEKDAYS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
MONTHS = [
    "janeiro", "fevereiro", "março", "abril", "maio", "junho",
    "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
]  # fmt: skip

#: a laugh at the end of a message that an emoji may replace (as " lol" in English)
LAUGHS = (" kkkk", " kkkkk", " kkk", " rsrs")

#: system notices: (English text as make_samples.py writes it, the pt-BR notice). Names are
#: mapped through PEOPLE, subjects through SUBJECTS.
SYSTEM = (
    (
        r"Your security code with (?P<a>.+) changed\. Tap to learn more\.",
        "Seu código de segurança com {a} mudou. Toque para saber mais.",
    ),
    (r'(?P<a>.+) created group "(?P<s>.+)"', '{a} criou o grupo "{s}"'),
    (
        r'(?P<a>.+) changed the subject from "(?P<s>.+)" to "(?P<t>.+)"',
        '{a} mudou o assunto de "{s}" para "{t}"',
    ),
    (r"(?P<a>.+) changed this group's icon", "{a} mudou a imagem deste grupo"),
    (r"(?P<a>.+) added (?P<b>.+)", "{a} adicionou {b}"),
    (r"(?P<a>.+) left", "{a} saiu"),
)

#: messages make_samples.py writes itself (outside the pools)
TEXTS = {
    "sorry!! left by accident, my thumb slipped 🙈": "gente foi mal!! saí sem querer, o dedo "
    "escorregou 🙈",
}

_ENCRYPTION = (
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam "
    "somente entre você e os participantes desta conversa. Nem mesmo o WhatsApp pode ler ou "
    "ouvi-las."
)

#: the export's formats (fields of make_samples.Formats): Android pt-BR has no comma between
#: date and time; iOS pt-BR is 24-hour with seconds.
FORMATS = {
    "android_stamp": "%d/%m/%Y %H:%M",
    "ios_stamp": "[%d/%m/%Y %H:%M:%S]",
    "android_encryption": _ENCRYPTION + " Toque para saber mais.",
    "ios_encryption": _ENCRYPTION,
    "media": "<Mídia oculta>",
    "deleted_android": "Esta mensagem foi apagada",
    "deleted_ios": "Esta mensagem foi apagada.",
    "missed_call": "Chamada de voz perdida",
    "ios_media": {
        "image": "imagem ocultada",
        "video": "vídeo omitido",
        "audio": "áudio ocultado",
        "sticker": "figurinha omitida",
        "gif": "GIF omitido",
    },
}
