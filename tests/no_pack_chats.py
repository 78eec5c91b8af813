"""Chats in languages that have no language pack yet: German, Russian, Hindi in
Devanagari and Hindi in Latin letters (as many Indians text it). Written by hand for these tests
(our own lines, no source): eight short everyday conversations per language between Ana and Ben,
with greetings, errands, jokes, feelings said outright, worries met with care, questions marked
with "?", laughter and emoji.

:func:`lines` plays the eight conversations round and round, one conversation every other
evening for ten weeks (35 conversations, 210 messages, 105 each), replies a few minutes apart, in
WhatsApp's Android format. The same timing for every language, so only the words differ.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

START = pd.Timestamp("2025-03-03 19:00")  # a Monday
CONVERSATIONS = 35
EVERY_DAYS = 2

A, B = "Ana", "Ben"

DE = (
    ((A, "hey schatz, wie geht's dir?"), (B, "gut und dir?"), (A, "bin müde, der tag war lang"),
     (B, "oh nein... willst du darüber reden?"), (A, "später, jetzt muss ich schlafen"),
     (B, "okay, schlaf gut ❤️")),
    ((A, "hast du das spiel gestern gesehen?"), (B, "ja!! was für ein tor haha"),
     (A, "der schiri war eine katastrophe"), (B, "frag nicht, ich war so sauer"),
     (A, "am samstag spielen sie wieder, kommst du zu mir?"), (B, "klar, ich bringe das bier mit")),
    ((B, "ich vermisse dich so sehr"), (A, "ich dich auch, nächste woche sehen wir uns"),
     (B, "ich zähle die tage"), (A, "ich habe angst vor dem vorstellungsgespräch morgen"),
     (B, "das wird schon, ich bin für dich da"), (A, "danke, wirklich")),
    ((A, "hast du das brot gekauft?"), (B, "vergessen 🤦"), (A, "echt? schon wieder?"),
     (B, "sorry, ich gehe gleich noch zum bäcker"), (A, "ok"), (B, "bin in 10 minuten da")),
    ((B, "wie war der termin bei der ärztin?"), (A, "gut, sie sagt es ist nichts schlimmes"),
     (B, "was für eine erleichterung! ich war den ganzen tag besorgt"),
     (A, "haha keine sorge, alles gut"), (B, "sag bescheid, wenn du etwas brauchst"),
     (A, "mache ich")),
    ((A, "heute hat meine chefin mich vor allen angeschrien"),
     (B, "das ist ja unmöglich, was hat sie gesagt?"), (A, "dass ich nie aufpasse"),
     (B, "das stimmt doch nicht, du arbeitest so viel"), (A, "ich habe mich gedemütigt gefühlt"),
     (B, "das tut mir leid, soll ich nach der arbeit vorbeikommen?")),
    ((B, "guten morgen ☀️"), (A, "morgeeen"), (B, "hast du gut geschlafen?"),
     (A, "geht so, bin ein paar mal aufgewacht"), (B, "trink heute einen starken kaffee haha"),
     (A, "hatte schon zwei haha")),
    ((A, "gehen wir am sonntag zu carlas geburtstag?"), (B, "um wie viel uhr?"),
     (A, "um vier, bei ihrer mutter"), (B, "klingt gut, ich bringe das geschenk mit"),
     (A, "perfekt, ich liebe dich"), (B, "ich dich auch")),
)  # fmt: skip

RU = (
    ((A, "привет, как ты?"), (B, "нормально, устал немного. а ты?"),
     (A, "тоже, весь день на работе"), (B, "может созвонимся вечером?"),
     (A, "давай, после девяти"), (B, "хорошо 👍")),
    ((B, "ты купила молоко?"), (A, "забыла, извини"), (B, "опять?"),
     (A, "сейчас схожу в магазин"), (B, "ладно, возьми ещё хлеб"), (A, "ок")),
    ((A, "мне очень грустно сегодня"), (B, "что случилось?"),
     (A, "с мамой поругалась по телефону"), (B, "мне жаль, хочешь поговорить об этом?"),
     (A, "да, можно я позвоню?"), (B, "конечно, я рядом")),
    ((B, "ты видела новый фильм?"), (A, "нет ещё, он хороший?"),
     (B, "очень, хаха, концовка просто огонь"), (A, "пойдём в субботу вместе?"),
     (B, "давай, я возьму билеты"), (A, "отлично")),
    ((A, "доброе утро ☀️"), (B, "доброе! как спалось?"),
     (A, "плохо, соседи шумели до двух ночи"), (B, "ужас, выпей кофе покрепче"),
     (A, "уже пью вторую чашку"), (B, "держись 😄")),
    ((B, "я так скучаю по тебе"), (A, "я тоже скучаю, осталось пять дней"),
     (B, "считаю каждый день"), (A, "я боюсь экзамена в пятницу"),
     (B, "ты справишься, я в тебя верю"), (A, "спасибо, мне это важно")),
    ((A, "как прошёл приём у врача?"), (B, "нормально, сказал, что ничего серьёзного"),
     (A, "слава богу, я волновалась весь день"), (B, "всё хорошо, не переживай"),
     (A, "если что-то нужно, скажи"), (B, "обязательно")),
    ((B, "в воскресенье день рождения у Лены, пойдём?"), (A, "во сколько?"),
     (B, "в четыре, у неё дома"), (A, "пойдём, я куплю цветы"), (B, "люблю тебя"),
     (A, "и я тебя люблю")),
)  # fmt: skip

HI_DEVA = (
    ((A, "हाय, कैसे हो?"), (B, "ठीक हूँ, थोड़ा थका हुआ हूँ। तुम?"),
     (A, "मैं भी, पूरा दिन ऑफिस में थी"), (B, "शाम को फ़ोन करें?"),
     (A, "हाँ, नौ बजे के बाद"), (B, "ठीक है 👍")),
    ((B, "दूध लाई?"), (A, "भूल गई, सॉरी"), (B, "फिर से?"), (A, "अभी दुकान जाती हूँ"),
     (B, "ठीक है, ब्रेड भी ले आना"), (A, "ओके")),
    ((A, "आज मैं बहुत उदास हूँ"), (B, "क्या हुआ?"), (A, "मम्मी से फ़ोन पर झगड़ा हो गया"),
     (B, "सुनकर बुरा लगा, बात करना चाहोगी?"), (A, "हाँ, मैं कॉल करूँ?"),
     (B, "हाँ ज़रूर, मैं यहीं हूँ")),
    ((B, "नई फ़िल्म देखी?"), (A, "अभी नहीं, अच्छी है क्या?"),
     (B, "बहुत अच्छी, हाहा अंत तो कमाल का है"), (A, "शनिवार को साथ चलें?"),
     (B, "चलो, मैं टिकट ले लूँगा"), (A, "बढ़िया")),
    ((A, "सुप्रभात ☀️"), (B, "गुड मॉर्निंग! नींद कैसी आई?"),
     (A, "खराब, पड़ोसी रात दो बजे तक शोर कर रहे थे"), (B, "उफ़, आज कड़क चाय पी लेना"),
     (A, "दूसरी पी रही हूँ"), (B, "हिम्मत रखो 😄")),
    ((B, "मुझे तुम्हारी बहुत याद आती है"), (A, "मुझे भी, बस पाँच दिन और"),
     (B, "एक एक दिन गिन रहा हूँ"), (A, "शुक्रवार की परीक्षा से डर लग रहा है"),
     (B, "तुम कर लोगी, मुझे तुम पर भरोसा है"), (A, "शुक्रिया, यह मेरे लिए बहुत मायने रखता है")),
    ((A, "डॉक्टर ने क्या कहा?"), (B, "सब ठीक है, कुछ गंभीर नहीं"),
     (A, "भगवान का शुक्र है, मैं सारा दिन परेशान थी"), (B, "सब ठीक है, चिंता मत करो"),
     (A, "कुछ चाहिए तो बताना"), (B, "ज़रूर")),
    ((B, "रविवार को नेहा का जन्मदिन है, चलोगी?"), (A, "कितने बजे?"),
     (B, "चार बजे, उसके घर पर"), (A, "चलेंगे, मैं फूल ले आऊँगी"), (B, "आई लव यू"),
     (A, "लव यू टू")),
)  # fmt: skip

HI_LATN = (
    ((A, "hi, kaise ho?"), (B, "theek hoon, thoda thaka hua hoon. tum?"),
     (A, "main bhi, pura din office mein thi"), (B, "shaam ko call karein?"),
     (A, "haan, nau baje ke baad"), (B, "theek hai 👍")),
    ((B, "doodh laayi?"), (A, "bhool gayi yaar, sorry"), (B, "phir se?"),
     (A, "abhi dukaan jaati hoon"), (B, "thik hai, bread bhi le aana"), (A, "ok")),
    ((A, "aaj main bahut udaas hoon"), (B, "kya hua?"), (A, "mummy se phone pe jhagda ho gaya"),
     (B, "sunke bura laga, baat karni hai?"), (A, "haan, call karun?"),
     (B, "haan zaroor, main yahin hoon")),
    ((B, "nayi movie dekhi?"), (A, "abhi nahi, acchi hai kya?"),
     (B, "bahut acchi, hahaha end toh kamaal ka hai"), (A, "saturday ko saath chalein?"),
     (B, "chalo, main tickets le lunga"), (A, "badhiya")),
    ((A, "good morning ☀️"), (B, "gm! neend kaisi aayi?"),
     (A, "kharab, padosi raat do baje tak shor kar rahe the"), (B, "uff, aaj kadak chai pee lena"),
     (A, "doosri pee rahi hoon"), (B, "himmat rakho 😄")),
    ((B, "mujhe tumhari bahut yaad aati hai"), (A, "mujhe bhi, bas paanch din aur"),
     (B, "ek ek din gin raha hoon"), (A, "friday ke exam se dar lag raha hai"),
     (B, "tum kar logi, mujhe tum pe bharosa hai"),
     (A, "thanks, ye mere liye bahut important hai")),
    ((A, "doctor ne kya kaha?"), (B, "sab theek hai, kuch serious nahi"),
     (A, "thank god, main pura din pareshan thi"), (B, "sab theek hai, tension mat lo"),
     (A, "kuch chahiye toh batana"), (B, "zaroor")),
    ((B, "sunday ko Neha ka birthday hai, chalogi?"), (A, "kitne baje?"),
     (B, "chaar baje, uske ghar pe"), (A, "chalenge, main flowers le aaungi"), (B, "love you"),
     (A, "love you too")),
)  # fmt: skip

#: file stem -> conversations
CHATS: dict[str, tuple] = {"de": DE, "ru": RU, "hi_deva": HI_DEVA, "hi_latn": HI_LATN}


def lines(name: str) -> list[str]:
    """The chat ``name`` of :data:`CHATS` as WhatsApp (Android) export lines."""
    convos = CHATS[name]
    out = []
    for k in range(CONVERSATIONS):
        day = START + pd.Timedelta(days=EVERY_DAYS * k, minutes=k % 5)
        for i, (who, text) in enumerate(convos[k % len(convos)]):
            when = day + pd.Timedelta(minutes=2 * i + (i * k) % 3)
            out.append(f"{when:%d/%m/%Y, %H:%M} - {who}: {text}")
    return out


def write(folder: Path, name: str) -> Path:
    path = folder / f"WhatsApp Chat with Ben ({name}).txt"
    path.write_text("\n".join(lines(name)) + "\n", encoding="utf-8")
    return path
