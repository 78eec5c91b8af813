"""Chats in languages that have no language pack yet (Dutch, Russian, Indonesian, Malay), and two
Hindi chats (in Devanagari and in Latin letters, as many Indians text it) written when Hindi had
none: the Hindi pack reads those now (``tests/nlp/test_pack_hi.py``). Written by hand for these
tests (our own lines, no source): eight short everyday conversations per language between Ana and
Ben, with greetings, errands, jokes, feelings said outright, worries met with care, questions marked
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

NL = (
    ((A, "hoi schat, hoe gaat het met je?"), (B, "goed en met jou?"),
     (A, "ik ben moe, de dag was lang"), (B, "ah nee... wil je erover praten?"),
     (A, "straks, nu moet ik echt slapen"), (B, "oké, slaap lekker ❤️")),
    ((A, "heb je de wedstrijd gisteren gezien?"), (B, "ja!! wat een goal haha"),
     (A, "de scheidsrechter was een ramp"), (B, "vraag maar niet, ik was zo boos"),
     (A, "zaterdag spelen ze weer, kom je naar mij?"), (B, "tuurlijk, ik neem het bier mee")),
    ((B, "ik mis je zo erg"), (A, "ik jou ook, volgende week zien we elkaar"),
     (B, "ik tel de dagen"), (A, "ik ben bang voor het sollicitatiegesprek morgen"),
     (B, "het komt goed, ik ben er voor je"), (A, "dank je, echt")),
    ((A, "heb je het brood gekocht?"), (B, "vergeten 🤦"), (A, "echt? alweer?"),
     (B, "sorry, ik ga zo nog even naar de bakker"), (A, "ok"), (B, "ben er over 10 minuten")),
    ((B, "hoe was de afspraak bij de dokter?"), (A, "goed, ze zegt dat het niets ergs is"),
     (B, "wat een opluchting! ik was de hele dag ongerust"),
     (A, "haha maak je geen zorgen, alles goed"), (B, "laat het weten als je iets nodig hebt"),
     (A, "doe ik")),
    ((A, "vandaag heeft mijn baas me voor iedereen uitgescholden"),
     (B, "dat kan toch niet, wat zei ze dan?"), (A, "dat ik nooit oplet"),
     (B, "dat is niet waar, jij werkt zo hard"), (A, "ik voelde me vernederd"),
     (B, "wat rot voor je, zal ik na het werk langskomen?")),
    ((B, "goedemorgen ☀️"), (A, "morgeeen"), (B, "heb je goed geslapen?"),
     (A, "gaat wel, ben een paar keer wakker geworden"), (B, "neem vandaag een sterke koffie haha"),
     (A, "heb er al twee op haha")),
    ((A, "gaan we zondag naar het verjaardagsfeest van carla?"), (B, "hoe laat?"),
     (A, "om vier uur, bij haar moeder"), (B, "klinkt goed, ik neem het cadeau mee"),
     (A, "perfect, ik hou van je"), (B, "ik ook van jou")),
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

ID = (
    ((A, "hai sayang, gimana kabarnya?"), (B, "baik, kamu gimana?"),
     (A, "aku capek banget, harinya panjang"), (B, "yah... mau cerita nggak?"),
     (A, "nanti aja, sekarang aku harus tidur"), (B, "oke, tidur yang nyenyak ya ❤️")),
    ((A, "kamu nonton pertandingan kemarin?"), (B, "iya!! golnya keren banget haha"),
     (A, "wasitnya parah sih"), (B, "jangan ditanya, aku kesel banget"),
     (A, "sabtu mereka main lagi, kamu ke rumahku?"), (B, "pasti, nanti aku bawa camilan")),
    ((B, "aku kangen banget sama kamu"), (A, "aku juga, minggu depan kita ketemu"),
     (B, "aku ngitung hari"), (A, "aku takut sama wawancara kerja besok"),
     (B, "pasti lancar, aku ada buat kamu"), (A, "makasih ya, beneran")),
    ((A, "kamu udah beli roti?"), (B, "lupa 🤦"), (A, "serius? lagi?"),
     (B, "maaf, aku ke toko bentar lagi"), (A, "ok"), (B, "10 menit lagi sampe")),
    ((B, "gimana tadi di dokter?"), (A, "baik, katanya nggak ada yang serius"),
     (B, "syukurlah! aku khawatir seharian"), (A, "haha jangan khawatir, semua aman"),
     (B, "kabarin ya kalo butuh apa apa"), (A, "siap")),
    ((A, "hari ini bosku marahin aku di depan semua orang"),
     (B, "kok bisa gitu, dia bilang apa?"), (A, "katanya aku nggak pernah fokus"),
     (B, "itu nggak bener, kamu kerja keras banget"), (A, "aku ngerasa dipermalukan"),
     (B, "kasihan banget, aku mampir habis kerja ya?")),
    ((B, "pagi ☀️"), (A, "pagiii"), (B, "tidurnya nyenyak?"),
     (A, "lumayan, kebangun beberapa kali"), (B, "minum kopi yang kental hari ini haha"),
     (A, "udah dua gelas haha")),
    ((A, "minggu kita ke ulang tahun carla?"), (B, "jam berapa?"),
     (A, "jam empat, di rumah ibunya"), (B, "oke, aku yang bawa kadonya"),
     (A, "sip, aku sayang kamu"), (B, "aku juga sayang kamu")),
)  # fmt: skip

MS = (
    ((A, "hai sayang, awak sihat?"), (B, "sihat, awak macam mana?"),
     (A, "penat sangat, hari ni panjang"), (B, "alahai... nak cerita tak?"),
     (A, "nanti je, sekarang aku nak tidur"), (B, "okay, tidur lena ❤️")),
    ((A, "awak tengok perlawanan semalam?"), (B, "tengok!! gol tu power gila haha"),
     (A, "pengadil tu teruk betul"), (B, "jangan tanya, aku geram sangat"),
     (A, "sabtu diorang main lagi, nak datang rumah aku?"), (B, "mestilah, aku bawa makanan")),
    ((B, "aku rindu awak sangat"), (A, "aku pun, minggu depan kita jumpa"),
     (B, "aku kira hari je ni"), (A, "aku takut temuduga kerja esok"),
     (B, "mesti okay punya, aku ada untuk awak"), (A, "terima kasih, betul")),
    ((A, "awak dah beli roti?"), (B, "terlupa 🤦"), (A, "serius? lagi?"),
     (B, "sorry, kejap lagi aku pergi kedai"), (A, "ok"), (B, "10 minit lagi sampai")),
    ((B, "macam mana jumpa doktor tadi?"), (A, "okay, dia kata takde apa yang serius"),
     (B, "lega nya! aku risau sepanjang hari"), (A, "haha jangan risau, semua okay"),
     (B, "bagitau kalau perlu apa apa"), (A, "baik")),
    ((A, "hari ni bos marah aku depan semua orang"),
     (B, "mana boleh macam tu, dia cakap apa?"), (A, "dia kata aku tak pernah fokus"),
     (B, "tak betul tu, awak kerja kuat sangat"), (A, "aku rasa malu sangat"),
     (B, "kesian awak, nak aku singgah lepas kerja?")),
    ((B, "selamat pagi ☀️"), (A, "pagiii"), (B, "tidur lena tak semalam?"),
     (A, "boleh la, terjaga beberapa kali"), (B, "minum kopi pekat hari ni haha"),
     (A, "dah dua cawan dah haha")),
    ((A, "ahad ni kita pergi hari jadi carla?"), (B, "pukul berapa?"),
     (A, "pukul empat, kat rumah mak dia"), (B, "okay, aku bawa hadiah"),
     (A, "cantik, aku sayang awak"), (B, "aku pun sayang awak")),
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
CHATS: dict[str, tuple] = {"nl": NL, "ru": RU, "id": ID, "ms": MS}
#: file stem -> conversations, in Hindi (read by the Hindi pack)
HINDI: dict[str, tuple] = {"hi_deva": HI_DEVA, "hi_latn": HI_LATN}


def lines(name: str) -> list[str]:
    """The chat ``name`` of :data:`CHATS` or :data:`HINDI` as WhatsApp (Android) export lines."""
    return play({**CHATS, **HINDI}[name])


def play(convos: tuple) -> list[str]:
    """``convos`` played round and round on the timeline above, as WhatsApp (Android) lines."""
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
