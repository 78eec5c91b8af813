"""Deutsches Material für make_samples.py: the German twin of ``pools.py``.

Same names, same pool kinds, the same exchanges in the same order with the same roles,
placeholders and fragment names as ``pools.py``; written as people in Germany text on WhatsApp
(lower case, "hab", "nich", "grad", "vllt", "haha", "xD", umlauts now and then as ae/oe/ue), not
translated word for word. A feeling keeps its kind and strength, a question about the other stays
one, support stays support, criticism stays criticism and a minimal reply stays minimal. Values
(places, shops, towns, names) are German ones; a ``{place}`` value carries its own preposition
("beim Griechen") so that it reads right wherever it stands. Everything here was written for this
project; the people are invented. ``tests/test_pools.py`` checks the structure against
``pools.py``.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "das klingt echt hart",
        "oh nein, das klingt richtig mies",
        "ach mann, tut mir so leid",
        "ehrlich, das würde jeden fertig machen",
        "das klingt wirklich furchtbar",
        "uff. das is echt viel",
        "macht total sinn ehrlich gesagt",
        "klar fühlst du dich so",
        "is völlig okay, dass du dich so fühlst",
        "gott das klingt schrecklich",
        "tut mir echt leid, dass du dich damit rumschlagen musst",
        "das klingt so stressig",
        "ach mensch. das is hart",
        "das is echt schwer",
        "versteh ich total",
        "das is furchtbar, tut mir leid",
    ],
    "SUPPORT": [
        "ich bin für dich da",
        "ich bin da, wenn du reden willst",
        "soll ich dich anrufen?",
        "ich bin immer für dich da",
        "da musst du nich alleine durch",
        "sag bescheid, wenn ich irgendwas tun kann",
        "ich kann auch vorbeikommen, wenn du willst",
        "ich hab dich",
        "ruf mich an, egal wann, ich mein das ernst",
        "ich geh nirgendwo hin",
        "im ernst, ruf an, wenns zu viel wird",
        "bin da, wann immer du mich brauchst",
    ],
    "HYPE": [
        "omg!!",
        "JAAA",
        "niemals!!",
        "wie geil",
        "freu mich so für dich",
        "boah yes!!",
        "wusste ich doch",
        "hör auf, das is ja mega",
        "AHHH",
        "warte was!! krass",
        "ich feier das so",
        "hab ichs nich gesagt!!",
    ],
    "LAUGH": [
        "haha",
        "hahaha",
        "😂😂",
        "xD",
        "haha hör auf",
        "ich lieg am boden 😂",
        "💀",
        "hahahaha",
        "hahah",
        "😂",
    ],
    "ACK": [
        "ok",
        "okay",
        "cool",
        "klingt gut",
        "👍",
        "ok cool",
        "jo",
        "klar",
        "perfekt",
        "passt",
    ],
    "BYE": [
        "gute nacht",
        "nacht!",
        "schlaf gut",
        "ok ich geh ins bett",
        "bis morgen",
        "muss los, bis später",
        "gute nacht 😴",
        "so ich schlaf jetzt",
        "ok bett. nacht",
        "gn8",
    ],
    "ANSWER": [
        "gut danke!",
        "ganz ok, langer tag",
        "gut! viel los",
        "joa passt",
        "meh. geht so",
        "gut gut",
        "eigentlich ziemlich gut",
        "lang. aber ok",
        "ja passt, danke",
        "kann nich klagen",
        "ganz gut, bin müde",
    ],
    "QREPLY": [
        "vllt später, danke",
        "ja vllt",
        "sag ich dir noch",
        "ja bitte",
        "ehrlich gesagt ja",
        "passt schon, reden hat geholfen",
        "danke dir",
        "vllt. danke",
        "heut nich, aber danke",
        "glaub mir gehts jetzt besser",
        "ja, das fänd ich schön",
    ],
    "MINIMAL": ["ok", "k", "haha", "ja", "👍", "nice", "mhm", "xD", "cool", "stimmt", "jo", "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": [
        "beim Griechen",
        "bei Luigi",
        "beim Thai in der Gartenstraße",
        "im Hirschen",
        "in der Markthalle",
        "beim Italiener am Bahnhof",
        "im Goldenen Anker",
        "beim Vietnamesen an der Ecke",
        "im Café Lotte",
        "im Biergarten",
        "bei Ali",
        "in der kleinen Ramen-Bar",
    ],
    "food": [
        "nudeln",
        "curry",
        "fajitas",
        "gemüsepfanne",
        "ofenkartoffeln",
        "pizza",
        "risotto",
        "halloumi-wraps",
        "schnitzel",
        "dal",
        "spätzle",
        "gnocchi",
        "käsespätzle",
    ],
    "day": ["samstag", "sonntag", "freitag", "donnerstag", "mittwoch"],
    "time": ["7", "halb 8", "8", "6", "viertel vor 8", "19:30"],
    "film": [
        "Dune 2",
        "Paddington 2",
        "Das Lehrerzimmer",
        "Past Lives",
        "Aftersun",
        "Anatomie eines Falls",
        "Asteroid City",
    ],
    "show": [
        "Tatort",
        "Dark",
        "Babylon Berlin",
        "The Bear",
        "Severance",
        "4 Blocks",
        "How to Sell Drugs Online",
        "Der Tatortreiniger",
        "Stromberg",
    ],
    "friend": ["Lena", "Jule", "Mia", "Caro", "Anni", "Nele", "Marie", "Steffi"],  # "sie"
    "friend_m": ["Jonas", "Tobi", "Murat", "Flo", "Basti"],
    "colleague": ["Sabine", "Claudia", "Petra", "Birgit", "Anja", "Melanie"],  # "sie" in the pools
    "colleague_m": ["Thomas", "Jürgen", "Stefan", "Uwe", "Dirk"],
    "town": ["Leipzig", "Hamburg", "Freiburg", "Lübeck", "Rostock", "Köln", "Bamberg"],
    "shop": ["Rewe", "Aldi", "Lidl", "Edeka", "dm", "Rossmann"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Hauptbahnhof", "Ostkreuz", "Südkreuz", "Altona", "Alexanderplatz"],
    "band": ["AnnenMayKantereit", "Giant Rooks", "Kraftklub", "Deichkind", "Die Ärzte", "Provinz"],
    "drink": ["n bier", "n aperol", "n glas rotwein", "n kaffee", "ne weinschorle"],
    "weather": [
        "am schütten",
        "arschkalt",
        "komischerweise sonnig",
        "so grau",
        "mega stürmig",
        "nur am nieseln",
    ],
    "thing": [
        "ladekabel",
        "portemonnaie",
        "fahrradschloss",
        "netzteil",
        "lieblingsshirt",
        "handyladekabel",
    ],
}

VALUES_US: dict[str, list[str]] = {
    "place": [
        "beim Burgerladen am Markt",
        "beim Dönerstand am Ring",
        "im Blauen Haus",
        "in der Mensa haha",
        "bei Hans im Glück",
        "in der Ramen-Bar",
        "bei Vapiano",
        "in der Brauerei",
        "bei dean&david",
        "bei Mario",
    ],
    "food": [
        "käsespätzle",
        "tacos",
        "ramen",
        "bowl",
        "pfannkuchen",
        "chicken wings",
        "toast hawaii",
        "pho",
        "pizza von gestern",
        "chili",
    ],
    "day": ["samstag", "sonntag", "freitag", "donnerstag"],
    "time": ["7", "halb 8", "8", "6", "12"],
    "film": [
        "Dune 2",
        "Oppenheimer",
        "Talk to Me",
        "Past Lives",
        "Barbie",
        "Spider-Man: Across the Spider-Verse",
    ],
    "show": [
        "The Bear",
        "Love Is Blind",
        "Severance",
        "Germany's Next Topmodel",
        "Succession",
        "Only Murders",
        "Sketch History",
    ],
    "friend": ["Ronja", "Svenja", "Lara", "Pia", "Jana"],
    "friend_m": ["Kevin", "Malte", "Niklas"],
    "colleague": ["Heike", "Sandra", "Kerstin", "Tanja"],
    "colleague_m": ["Frank", "Sven", "Ralf"],
    "town": ["München", "Köln", "Dresden", "Münster", "Stuttgart", "Kiel"],
    "shop": ["Ikea", "dm", "Primark", "Saturn", "Kaufland"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Hauptbahnhof", "Flughafen", "Ostbahnhof"],
    "band": ["Paula Hartmann", "Nina Chuba", "Von Wegen Lisbeth", "Bilderbuch", "Casper"],
    "drink": ["n bier", "n eiskaffee", "n spritz", "n bubble tea"],
    "weather": ["so heiß", "am schütten", "arschkalt", "komisch schön", "so schwül"],
    "thing": [
        "ladekabel",
        "portemonnaie",
        "trinkflaschen-ding",
        "airpods-case",
        "netzteil",
        "fahrradschloss",
    ],
}

# --- shared UK pools

OPEN_UK = [
    "X: hey du\nY: heyyy\nY: wie war dein tag?",
    "X: moin ☀️\nY: moin! gut geschlafen?\nX: nich wirklich haha, wieder die nachbarn\nY: neiiin",
    "X: bist du da?\nY: jo was gibts",
    "X: hallooo\nY: hii 👋",
    "X: hey, wie gehts so?\nY: gut danke! bisschen platt. und dir?\nX: same ehrlich gesagt",
    "X: hier is {weather}\nY: hier auch, bin aufm heimweg komplett nass geworden",
    "X: n abend\nY: abend! grad heimgekommen",
    "X: lebst du noch\nY: gerade so haha\nY: langer tag",
    "X: hiii\nY: hey!! wollte dir grad schreiben",
    "X: schon zuhause?\nY: im bus, 10 min",
    "X: rate mal wer früher feierabend hat\nY: neidisch\nY: was machst du jetzt mit dir?",
    "X: wie war dein tag?\nY: lang! aber ok. und deiner?\nX: ganz ok, nix spannendes",
]

CLOSE_UK = [
    "X: so ich muss schlafen\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok ich versuch jetzt mal zu schlafen\nY: viel glück haha\nY: nacht",
    "X: muss los, essen is fertig\nY: guten hunger!",
    "X: akku auf 2% tschüss\nY: haha tschüss",
    "X: egal, hören wir uns morgen?\nY: ja! {BYE}",
    "X: so, ab ins bett\nY: nacht 💤",
    "X: ok ich schlaf mitten im satz ein\nY: dann geh halt ins bett 😂\nX: ja mama",
    "X: so, weiter gehts\nY: viel erfolg!",
    "X: muss flitzen, meeting\nY: los los los",
    "X: ok ich lass dich mal machen\nY: bis später",
    "X: bin kurz weg, klingelt an der tür\nY: 👍",
]

LIGHT_UK = [
    "X: was gibts bei dir zum abendessen\nY: wahrscheinlich {food}. bei dir?\nX: {food2}\n"
    "Y: schick",
    "X: hast du schon die neue staffel {show} gesehen\nY: nein!! keine spoiler\nX: würd ich nie\n"
    "X: ...aber das ende 😳",
    "X: <media>\nX: guck mal wer im garten aufgetaucht is\nY: omg ein fuchs!!\n"
    "Y: der guckt so selbstzufrieden",
    "X: schon wieder {weather}\nY: ehrlich was is das fürn land\nX: {LAUGH}",
    "X: {day} {place}, steht das noch?\nY: ja! um {time}?\nX: perfekt 👍",
    "X: bin grad auf der arbeit gegen ne glastür gelaufen\nY: {LAUGH}\nY: alles ok?\n"
    "X: mein stolz nich",
    "X: weißt du ob {shop} heut bis 22 uhr aufhat\nY: glaub bis 21\nX: menno ok danke",
    "X: hab grad {friend} bei {shop} getroffen, soll dich grüßen\nY: aww hi {friend}\n"
    "Y: macht sie immer noch das marathon ding?\nX: anscheinend ja, verrückt",
    "X: <media>\nY: is das... ein kuchen?\nX: sollte einer werden\nY: 😂😂 der gedanke zählt",
    "X: find mein {thing} nirgends\nY: hast du in der jackentasche geguckt\nX: ...gefunden\n"
    "X: sag nix",
    "X: zug hat schon wieder verspätung\nX: diesmal 40 min\nY: neiiin\n"
    "Y: nimm nächstes mal snacks mit",
    "X: empfiehl mir n podcast für die fahrt\nY: kennst du schon den über die sekte?\n"
    "X: nein! gekauft",
    "X: überleg mir ne pflanze zu holen\nY: du hast nen kaktus umgebracht\nX: das war EINMAL",
    "X: ok ich hab mit {show} angefangen\nY: ENDLICH\nY: welche folge\n"
    "X: 3. warum sind alle so zwielichtig\nY: wart mal ab",
    "X: bock auf {film} am wochenende?\nY: ohh ja\nY: {day} nachmittag?\nX: passt mir",
    "X: meine mama hat sprachnachrichten entdeckt\nY: oh nein\n"
    "X: sie hat heut morgen 6 geschickt. eine war nur atmen\nY: {LAUGH}",
    "X: hatte grad das beste {food} meines lebens\nY: wo\nX: {place}\nY: kommt auf die liste",
    "X: hast du noch mein {thing}?\nY: oh gott ja sorry\nY: bring ichs dir {day} mit",
    "X: wann hast du schluss?\nY: hoffentlich um 6\nX: auf {drink} danach?\nY: na gut",
    "X: <media>\nX: der himmel heute!!\nY: wow. sieht fake aus",
    "X: wie kocht man reis ohne dass er matschig wird\nY: weniger wasser haha\n"
    "X: genie. danke chefkoch",
    "X: kurze frage, schenken wir {friend} noch was zum geburtstag\n"
    "Y: glaub wir hatten {num} pro person gesagt\nX: ok cool ich kümmer mich\n"
    "X: auf der karte steht:\n+ alles gute zum geburtstag!!\n+ alles liebe von uns\n"
    "X: zu langweilig?\nY: perfekt",
    "X: sitz seit 3 stunden an dieser excel tabelle\nY: klingt spaßig\nX: is es nich\n"
    "Y: bald wochenende",
    "X: der busfahrer hat mir grad nen schönen abend gewünscht\nY: awww\n"
    "X: ehrlich, hat meine woche gerettet",
    "X: war heut in {town}\nY: oh schön, wofür?\n"
    "X: einfach bisschen rumlaufen. hab pommes am hafen gegessen\nY: perfekter tag ehrlich",
    "X: <media>\nY: wie krass is die schlange\nX: ganz {town} hatte dieselbe idee",
    "X: hast du das spiel gesehen\nY: frag nich\nX: so schlimm?\nY: wir wurden beschissen",
    "X: hab grad gemerkt dass ich das seit jahren falsch ausspreche\nY: was denn\n"
    "X: 'quinoa'\nY: {LAUGH}",
    "X: soll ich mir nen pony schneiden lassen\nY: nein\nX: ok aber hör mir zu\n"
    "Y: immer noch nein 😂",
    "X: hab endlich nen zahnarzttermin gemacht\nY: stolz auf dich\n"
    "X: is im {month}, früher ging nich",
    "X: das neue {band} album is so gut\nY: habs noch nich gehört!\nX: lied 4. mehr sag ich nich",
    "X: heizung is schon wieder kaputt\nY: neiiin\nY: hast du dem vermieter bescheid gesagt\n"
    "X: er 'kümmert sich drum'",
    "X: wie hieß nochmal der laden den du erwähnt hast, mit den dumplings\nY: {place}?\n"
    "X: ja genau der",
    "X: ich soll für nen guten zweck 5 km laufen\nY: du??\nX: ich weiß\n"
    "Y: ich spende dir nen fünfer haha",
    "X: random aber weißt du noch wie das lied auf der hochzeit hieß\nY: welches\n"
    "X: das wo alle mitgegrölt haben\nY: Atemlos natürlich",
    "X: <media>\nY: is das dein neuer schreibtisch\nX: homeoffice ära\nY: sehr schick",
    "X: häng grad hinter nem traktor fest\nY: {LAUGH}\nY: landleben",
    "X: hab ne ganze tüte schokoeier gegessen und es is nich mal ostern\nY: respekt",
    "X: hab n knöllchen gekriegt 🙃\nY: neiiin wo\nX: vor {shop}. war 4 minuten drin\nY: kriminell",
    "X: hilfe. was schenk ich meinem papa zum geburtstag\nY: socken\nX: der hat 400 paar socken\n"
    "Y: dann halt 401",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: darf ich mal ehrlich sein\nY: immer\n"
    "X: mir gehts wegen der arbeit in letzter zeit echt mies\n"
    "+ so richtig, sonntagabends graut mir schon\n"
    "Y: {VALIDATE}\nY: is was passiert oder hat sich das eher so aufgestaut?\n"
    "X: aufgestaut glaub ich. {colleague} lädt mir ständig zeug auf und ich kann nich nein sagen\n"
    "Y: das is anstrengend. hast du mit jemandem drüber geredet?\nX: nich wirklich\nY: {SUPPORT}\n"
    "~~~\n"
    "Y: wie wars heut auf der arbeit? bisschen besser?\n"
    "X: bisschen. hab tatsächlich einmal nein zu {colleague} gesagt 😅\n"
    "Y: guck dich an!! wie hat sich das angefühlt\nX: beängstigend. aber gut",
    "X: {day} is das vorstellungsgespräch\nX: ehrlich, ich hab angst dass ichs verkacke\n"
    "Y: wirst du nich. du kennst dich aus\nY: wovor hast du am meisten schiss?\n"
    "X: die präsentation. ich hab voll den blackout wenn mich leute anstarren\n"
    "Y: willst du morgen mit mir üben?\nX: echt? das würd mir so helfen\n~~~\n"
    "Y: wie wars beim vorstellungsgespräch??\nX: ganz gut glaub ich!! die präsi lief\n"
    "Y: hab ichs nich gesagt\nY: was haben die gefragt?\n"
    "X: viel zum team zeug. melden sich nächste woche",
    "X: mama hat angerufen, die ergebnisse vom scan waren nich so gut\n"
    "X: ich weiß grad nich wohin mit mir\nY: oh nein. das tut mir so leid\n"
    "Y: was hat sie gesagt?\n"
    "X: die müssen noch mehr tests machen. sie tut ganz locker aber ich merk dass sie sich sorgen m"
    "acht\nY: {VALIDATE}\nY: gehts dir gut? ehrlich\nX: nich wirklich. mir is schlecht\n"
    "Y: {SUPPORT}\n~~~\n"
    "Y: gibts was neues von deiner mama?\nX: tests sind am {day}. sie klingt bisschen ruhiger\n"
    "Y: immerhin. und wie hältst du dich?\nX: besser seit ich drüber geredet hab. danke dir",
    "X: hast du manchmal das gefühl, dass alle anderen weiter sind als du\nY: ständig\n"
    "Y: wie kommst du grad drauf?\n"
    "X: {friend} hat sich verlobt und in derselben woche ne wohnung gekauft\n"
    "X: und ich freu mich für sie aber hab auch unter der dusche geheult haha\n"
    "Y: darfst du. beides kann stimmen\n"
    "Y: du bist nich hinterher, du nimmst nur nen anderen weg\n"
    "X: ich weiß. musste es nur mal laut sagen",
    "X: hatte heut morgen in der ubahn ne panikattacke\nY: oh gott\n"
    "Y: gehts dir jetzt gut? wo bist du\nX: am schreibtisch. gehts. bin nur noch zittrig\n"
    "Y: {VALIDATE}\n"
    "Y: hattest du das schon mal?\n"
    "X: ein zwei mal. hab dir nix gesagt weil ich mich dumm gefühlt hab\n"
    "Y: das is überhaupt nich dumm\nY: {SUPPORT}\n~~~\n"
    "Y: wie gehts dir heute? nach gestern\nX: besser. hab nen termin beim hausarzt gemacht\n"
    "Y: da bin ich echt froh. stolz auf dich",
    "X: hab grad das gefühl ich versag bei allem\nY: hey. was is los?\n"
    "X: hänge bei deadlines hinterher\n+ wohnung is ein saustall\n"
    "+ hab oma seit wochen nich angerufen\n"
    "+ und hab chips zum abendessen gegessen\nY: das sind ganz schön viele baustellen\n"
    "Y: was stresst dich davon am meisten?\nX: die deadlines glaub ich\n"
    "Y: ok. das is eine sache, nich alles. wollen wir zusammen ne liste machen?\n"
    "X: ja. danke. sorry fürs jammern\nY: du jammerst nich, ich hab gefragt",
    "X: ich bin diesen monat so gestresst wegen geld\nY: was is passiert?\n"
    "X: auto brauchte ne neue kupplung. {num}0 euro die ich nich hatte\nY: {VALIDATE}\n"
    "Y: kann ich irgendwas machen? ich kann dir was leihen\n"
    "X: nee nee geht schon. wird halt knapp. aber danke\nY: angebot steht",
    "X: ehrlich gesagt fühl ich mich seit dem umzug bisschen verloren\nY: verloren wie?\n"
    "X: so, ich kenn hier noch niemanden und die abende sind echt lang\n"
    "Y: das klingt hart. neue orte brauchen ewig\n"
    "Y: warst du schon bei dem lauftreff von dem du erzählt hast?\n"
    "X: noch nich. kneif jedes mal\n"
    "Y: soll ich dich vorm ersten mal anfacetimen, für mut\nX: haha ja tatsächlich",
    "X: ich mach mir sorgen um meinen bruder\nY: was is mit ihm?\n"
    "X: er antwortet niemandem mehr. mama macht sich auch sorgen\n"
    "Y: das is beängstigend. wann hast du zuletzt was von ihm gehört?\nX: vor so 2 wochen\n"
    "Y: kannst du mal vorbeifahren?\nX: ja. mach ich glaub am {day}\n~~~\n"
    "Y: hast du deinen bruder gesehen?\n"
    "X: ja. dem gehts echt schlecht. aber er will mit jemandem reden\n"
    "Y: das is riesig. wie gehts dir damit?\nX: erleichtert. und traurig. beides",
    "X: heute war übel\nY: oh nein, was war los\n"
    "X: {colleague} hat mich vor allen zusammengeschissen\n"
    "X: hab mich zusammengerissen aber ich zitter seitdem\nY: das geht gar nich\n"
    "Y: alles ok bei dir?\nX: ich fühl mich ehrlich gesagt total gedemütigt\n"
    "Y: {VALIDATE}. das hast du nich verdient\nY: {SUPPORT}",
    "X: mir graut vor {day}\nY: das familiending?\n"
    "X: ja. ich fühl mich bei denen immer wie 12\nY: {VALIDATE}\n"
    "Y: kannst du irgendwie früher gehen?\nX: könnte sagen ich muss morgens arbeiten\n"
    "Y: mach das. und schreib mir vom klo aus wenns schlimm wird 😂\nX: deal",
    "X: hab ihn nich bekommen\nX: den job\nY: oh nein. tut mir so leid\nY: wie gehts dir?\n"
    "X: bin echt am boden. dachte wirklich das wär er\nY: {VALIDATE}\n"
    "Y: haben die dir feedback gegeben?\nX: 'ganz knapp zweite'. was fast schlimmer is\n"
    "Y: immerhin ganz knapp. nächstes mal",
    "X: darf ich mal kurz ablästern\nY: schieß los\n"
    "X: ich hab so die schnauze voll, immer alles organisieren zu müssen\n"
    "X: keiner sagt mal danke\n"
    "Y: {VALIDATE}\nY: das würd jeden zermürben\nY: mit wem isses diesmal?\n"
    "X: die unileute. das treffen\n"
    "Y: vllt soll sich mal jemand anders um den nächsten teil kümmern?\n"
    "X: ja hast recht",
    "X: ich schlaf so schlecht\nY: seit wann?\n"
    "X: paar wochen. wach immer um 4 auf und mein kopf rattert\nY: das klingt anstrengend\n"
    "Y: is es was bestimmtes das dich wach hält?\nX: hauptsächlich das hin und her mitm vertrag\n"
    "Y: macht sinn. das is viel zu tragen\nY: {SUPPORT}",
    "X: ich vermiss papa heute\nY: ach du\nY: is der jahrestag?\n"
    "X: nee nur. das lied lief im laden\nY: {VALIDATE}\n"
    "Y: magst du mir von ihm erzählen? würd ich gern hören\n"
    "X: er hat das immer im auto gesungen, so richtig schief\nX: absichtlich schief\n"
    "Y: klingt als wär er großartig gewesen\nX: war er",
    "X: ich glaub ich muss {friend} was sagen aber hab angst dass das die freundschaft kaputt"
    " macht\n"
    "Y: was is los mit ihr?\n"
    "X: sie sagt ständig kurzfristig ab und ich hab das gefühl ich bin ihr nich wichtig\n"
    "Y: {VALIDATE}\n"
    "Y: was würdest du ihr gern sagen?\nX: nur dass es weh tut. kein großes drama\n"
    "Y: das klingt fair und lieb. ich glaub sie würds wissen wollen\n~~~\n"
    "Y: hast du am ende mit {friend} geredet?\n"
    "X: ja!! sie hat sich entschuldigt. meinte sie is grad total überfordert\n"
    "Y: oh bin ich froh. wie fühlst du dich?\n"
    "X: ehrlich gesagt leichter",
    "X: bin nervös wegen der ergebnisse morgen\nY: die vom bluttest?\n"
    "X: ja. wahrscheinlich nix aber mein kopf spielt den worst case durch\n"
    "Y: das is so normal. das warten is das schlimmste\nY: soll ich mitkommen?\n"
    "X: würde dir das nix ausmachen?\nY: quatsch, klar nich",
    "X: ich bin abends in letzter zeit echt ängstlich\n"
    "Y: wegen was bestimmtem?\nX: nich wirklich. es kommt einfach so\n"
    "Y: das klingt furchtbar. hattest du das schon mal?\nX: immer mal wieder seit jahren\n"
    "Y: danke dass du mir das erzählst\nY: was hilft dir wenns kommt?\n"
    "X: spazieren gehen. oder mit dir reden ehrlich gesagt",
]

NEWS_UK = [
    "X: RATE MAL\nY: was was\nX: ich hab die beförderung!!\nY: {HYPE}\n"
    "Y: wann hast dus erfahren??\nX: grad eben, {colleague} hat mich reingerufen\n"
    "Y: so verdient. {day} wird gefeiert",
    "X: führerschein bestanden 🚗\nY: {HYPE}\nY: beim ersten mal??\n"
    "X: beim ersten mal!! 2 kleine fehler\nY: jetzt musst du mich irgendwo hinfahren",
    "X: die fanden die präsentation super\nY: wusst ichs doch!!\nY: was haben sie gesagt?\n"
    "X: dass es die klarste war die sie dieses jahr gesehen haben\n"
    "Y: wie geil. bin stolz auf dich",
    "X: wir haben die wohnung!!\nY: {HYPE}\nY: die mit dem großen fenster?\n"
    "X: genau die!! einzug im {month}\nY: ich komm helfen. und dein sofa bewerten",
    "X: hab das bild endlich fertig\nX: <media>\nY: warte das is so gut\n"
    "Y: wie lang hast du gebraucht?\nX: 3 monate lang sonntage haha\n"
    "Y: hat sich gelohnt. rahm das ein",
    "X: bin die ganzen 5 km ohne pause gelaufen\nY: {HYPE}\nY: wie fühlst du dich\n"
    "X: wie tot. aber glücklich tot\nY: 😂 stolz",
    "X: kleiner erfolg aber mein chef hat heut danke gesagt\nY: das is nich klein! wofür?\n"
    "X: dass ich das mit dem kunden geregelt hab\nY: wurde auch zeit dass das mal einer merkt",
    "X: bin im kurs drin!!\nY: {HYPE}\nY: der abendkurs?\nX: ja! geht im {month} los\n"
    "Y: wie gehts dir damit?\nX: freu mich und hab bisschen schiss",
    "X: hab meiner schwester endlich gesagt wie ich das mit der hochzeit finde\n"
    "Y: und wie lief es??\n"
    "X: echt gut eigentlich. sie hat zugehört\nY: bin so froh. das hat mut gebraucht",
    "X: das bad is endlich fertig\nX: <media>\nY: sieht aus wie im hotel!!\n"
    "Y: hast du die fliesen selbst gemacht?\nX: jede einzelne\nY: unglaublich",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: darf ich was sagen ohne dass es gleich n thema wird\nY: klar\n"
    "X: hat mich bisschen getroffen dass du {day} ne stunde vorher per nachricht abgesagt hast\n"
    "Y: du hast recht. das war mies von mir, tut mir leid\n"
    "Y: ich war überfordert und bin blöd damit umgegangen\nX: danke dass du das sagst. is ok\n"
    "Y: darf ichs wieder gutmachen? {place}, ich lad dich ein\nX: deal 😊",
    "X: du hast mir gestern abend irgendwie übern mund gefahren\n"
    "X: als ich allen von dem job erzählt hab\n"
    "Y: oh gott echt? tut mir leid\nY: war nich so gemeint. ich werd immer so aufgedreht\n"
    "X: ich weiß. hab mich nur bisschen klein gefühlt\n"
    "Y: is fair. ich pass auf. danke dass dus mir sagst",
    "X: hey, hat mich bisschen gestört dass du nich auf das mit opa geantwortet hast\n"
    "Y: oh nein. du hast recht\n"
    "Y: hab das in der bahn gelesen und dann komplett vergessen, tut mir so leid\n"
    "Y: wie gehts ihm?\n"
    "X: jetzt stabil. danke\nY: hätte früher fragen sollen. ich bin da",
    "X: können wir mal über das geld ding reden\nY: klar\n"
    "X: ich hab das gefühl ich zahl immer die tickets und langsam wirds bisschen viel\n+ \n"
    "+ kein drama, wollte nur nich dass eins draus wird\nY: is eigentlich fair\n"
    "Y: hab nich gemerkt wie viel sich da angesammelt hat, tut mir leid\n"
    "Y: ich schick dir jetzt direkt meine hälfte\n"
    "X: danke. ich fands furchtbar das anzusprechen\nY: bin froh dass dus gemacht hast",
]

# --- Priya & Tom (couple)

COUPLE_UK = [
    "X: vermiss dich\nY: ich dich mehr\nX: unmöglich\nY: 🙄 ❤️",
    "X: was willst du {day} machen?\nY: zuhause bleiben, du, {food}, {show}\nX: perfekte antwort",
    "X: hab heut an dich gedacht\nY: hoffentlich was gutes\nX: immer\nY: ❤️",
    "X: deine mama hat mir grad geschrieben\nY: oh nein was wollte sie\n"
    "X: checken ob ich dich 'ordentlich füttere'\nY: 😂😂 tut mir so leid",
    "X: fand gestern abend echt schön\n"
    "Y: ich auch. kam mir vor als hätten wir ewig nich richtig geredet\n"
    "X: sollten wir öfter machen\nY: ja. handys weg, kein fernseher",
    "X: kanns kaum erwarten dich zu sehen\nY: noch 2 mal schlafen\n"
    "X: hör auf zu zählen dann dauerts länger",
    "X: <media>\nX: hab das von unserem ersten urlaub gefunden\nY: oh mein gott deine haare\n"
    "X: frech\nY: ich liebs. ich lieb dich",
    "X: danke für heute\nY: wofür?\n"
    "X: einfach dass du da warst. ich weiß ich war bisschen anstrengend\n"
    "Y: warst du nich. ich bin gern für dich da",
    "X: bist du bald zuhause?\nY: 20 min\nX: ich setz schon mal tee auf\nY: heirate mich",
    "X: vergiss die milch nich\nY: hab schon\nX: wer bist du\nY: ein geläuterter mann",
]

# --- the second pair's pools (Maddie & Luis, Jo & Sam in English): two friends from uni who
# now live in different cities

OPEN_US = [
    "X: heyy\nY: hey! was geht",
    "X: noch wach?\nY: leider ja haha",
    "X: guten morgen ☀️\nY: morgen!! wie hast du geschlafen",
    "X: yo\nY: yooo",
    "X: wie läuft deine woche\nY: ehrlich gesagt ganz schön viel. und deine?\nX: same haha",
    "X: mir is so langweilig auf der arbeit\nY: mir auch, unterhalt mich",
    "X: hast du kurz zeit zum reden?\nY: ja was is los",
]

CLOSE_US = [
    "X: ok ich muss los\nY: bis später!",
    "X: geh ins bett, nacht!\nY: nacht!!",
    "X: ok bin dann weg, bis dann\nY: viel spaß!",
    "X: ich penn gleich weg, gn8\nY: gn8 😴",
    "X: hab dich lieb, bis morgen\nY: ich dich auch",
]

LIGHT_US = [
    "X: was machst du am wochenende\nY: absolut gar nix und ich freu mich so drauf\nX: lebensziel",
    "X: <media>\nX: guck dir diesen hund an den ich grad getroffen hab\nY: OMG\nY: die ohren!!",
    "X: hast du {show} schon geguckt\nY: noch nich, keine spoiler!!\n"
    "X: meine lippen sind versiegelt 🤐",
    "X: hab grad {num} euro bei {shop} für nix ausgegeben\nY: typisch {shop}\n"
    "X: wollte nur shampoo",
    "X: hier is es {weather}\nY: boah hier auch. ich will den sommer zurück",
    "X: wie hieß nochmal der laden wo wir {food} gegessen haben\nY: {place}?\nX: ja!! danke",
    "X: ich mach heut abend {food}\nY: heb mir was auf\nX: dann komm halt rüber haha",
    "X: mein kollege hat grad fisch in der mikrowelle warm gemacht\nY: neiiin\n"
    "X: das ganze stockwerk stinkt\nY: {LAUGH}",
    "X: bleibts bei {day}?\nY: ja! um {time}?\nX: perfekt bis dann",
    "X: hab mein {thing} schon wieder verloren\nY: guck mal im kühlschrank haha\n"
    "X: ...warum war das im kühlschrank",
    "X: ich glaub ich fang mit laufen an\nY: wer bist du\nX: kp hab n video gesehen\n"
    "Y: hahaha ok sag bescheid wies läuft",
    "X: <media>\nY: is das deine neue wohnung??\nX: ja!! aber immer noch kein sofa\n"
    "Y: die is so süß",
    "X: kennst du nen guten zahnarzt\nY: meiner is ok? ich schick dir die nummer\nX: danke",
    "X: {band} geht auf tour!!\nY: WAS\nY: wann\nX: im {month}. vorverkauf is freitag\n"
    "Y: wir gehen hin",
    "X: meine mama hat tiktok entdeckt\nY: oh nein\n"
    "X: sie hat mir heut morgen 12 videos geschickt\nY: {LAUGH}",
    "X: bin heut in den falschen hörsaal gelaufen\nY: haha\n"
    "X: und bin 10 minuten geblieben weil mirs zu peinlich war zu gehen\nY: legendär",
    "X: der verkehr is grad irre\nY: wo bist du\nX: auf der a9. ich komm zu spät\n"
    "Y: ich halt uns nen tisch frei",
    "X: soll ich mir die haare kurz schneiden\nY: ja\nX: du hast nich mal nachgedacht\n"
    "Y: ich wart seit 3 jahren dass du fragst",
    "X: <media>\nX: hab brot gebacken!!\nY: ok bäckerei ära\nY: is es gut?\n"
    "X: bisschen kompakt aber ich bin stolz",
    "X: {friend} heiratet??\nY: ICH WEISS\nY: habs wie alle anderen auf insta erfahren\nX: hahaha",
    "X: ich brauch ne neue serie\nY: kennst du {show}\nX: nee is die gut?\nY: vertrau mir",
    "X: hab grad n knöllchen bekommen 🙃\nY: neee wie viel\nX: {num}0 euro\nY: das is raub",
    "X: was war das für n rezept das du mir geschickt hast\nY: das mit {food}?\n"
    "X: ja habs verloren\nY: <media>",
    "X: gym war heut brutal\nY: beintag?\nX: beintag. ich kann nich laufen\nY: haha respekt",
    "X: kannst du glauben dass schon {month_now} is\nY: nein und ich finds nich gut",
]

DEEP_US = [
    "X: darf ich dir was peinliches erzählen\nY: immer\n"
    "X: mir gehts seit dem umzug echt nich gut\n"
    "+ so, ich red manchmal das ganze wochenende mit niemandem\n"
    "Y: das is gar nich peinlich. das klingt echt hart\n"
    "Y: wie lange is das schon so?\nX: ehrlich gesagt seit {month_past}\n"
    "Y: ich bin echt froh dass dus mir erzählst\nY: wollen wir jeden sonntag fest telefonieren?\n"
    "X: das fänd ich richtig schön",
    "X: bin so gestresst wegen dem mitarbeitergespräch\nY: was is das schlimmste daran?\n"
    "X: {colleague} machts und ich hab das gefühl sie hat schon entschieden dass ich schlecht bin\n"
    "Y: das is viel druck. wie kommst du drauf?\n"
    "X: sie sagt nie was gutes. nur was falsch is\n"
    "Y: das klingt anstrengend. du bist aber nich schlecht in deinem job\n"
    "X: danke. das musste ich hören\n~~~\nY: wie wars beim gespräch??\n"
    "X: besser als gedacht! sie hat sogar was nettes gesagt\nY: siehste!! was hat sie gesagt?\n"
    "X: dass ich 'auch unter druck zuverlässig' bin haha\nY: fakt",
    "X: meine eltern streiten schon wieder\nY: oh nein. so richtig schlimm?\n"
    "X: ja. mama hat mich gestern abend heulend angerufen\n"
    "Y: tut mir so leid. gehts dir gut?\n"
    "X: nich wirklich. ich steh immer dazwischen\n"
    "Y: das is so ne schwere position\nY: du darfst dich auch mal rausnehmen, weißt du\n"
    "X: ich weiß. ich fühl mich nur schuldig",
    "X: ich glaub ich bin ausgebrannt\nY: was is los?\n"
    "X: kann mich nich konzentrieren, bin die ganze zeit müde, hab bei ner werbung geheult\n"
    "Y: uff. das klingt echt nach burnout\nY: kannst du dir n paar tage frei nehmen?\n"
    "X: vllt n paar tage im {month}\nY: mach das. im ernst. ich mach mir sorgen um dich",
    "X: hab ne absage fürs programm bekommen\nY: oh nein. tut mir so leid\n"
    "Y: wie gehts dir?\n"
    "X: irgendwie taub ehrlich gesagt\nX: das wollt ich echt\n"
    "Y: ich weiß. das is so enttäuschend\n"
    "Y: willst du drüber reden oder abgelenkt werden?\nX: ablenkung bitte\n"
    "Y: ok. {show} und {food}, ich komm rüber",
    "X: bin nervös wegen dem arzttermin morgen\nY: die nachuntersuchung?\n"
    "X: ja. ich denk ständig ans schlimmste\nY: macht total sinn. warten is das schlimmste\n"
    "Y: schreib mir sobald du raus bist ok?\n~~~\nY: wie wars beim arzt??\n"
    "X: alles gut!!\n"
    "Y: gott sei dank\nY: wie fühlst du dich\nX: als könnt ich wieder atmen",
    "X: hast du manchmal das gefühl du tust nur so als wärst du erwachsen\n"
    "Y: jeden tag haha\n"
    "Y: wieso, was is passiert?\nX: musste bei der versicherung anrufen und hätt fast geheult\n"
    "Y: total verständlich, die anrufe sind die hölle\n"
    "X: haha danke. tut gut dass es nich nur mir so geht",
    "X: ich hab in letzter zeit voll heimweh\nY: aww. was vermisst du am meisten?\n"
    "X: omas küche. das sonntagsessen. den lärm\nY: das is so süß und so traurig\n"
    "Y: kannst du mal übers wochenende hin?\nX: vllt im {month}. die züge sind aber teuer\n"
    "Y: ich hoffs für dich",
]

NEWS_US = [
    "X: ICH HAB DEN JOB\nY: {HYPE}\nY: den im museum??\nX: ja!!! fang im {month} an\n"
    "Y: bin so stolz auf dich. wie fühlst du dich?\n"
    "X: als müsst ich kotzen aber im guten sinne",
    "X: rate mal wer endlich den dispo abbezahlt hat\nY: DU??\nX: ich!!!\nY: krass omg",
    "X: meine schwester hat das baby bekommen!!\nX: <media>\nY: OMG sie is perfekt\n"
    "Y: wie gehts deiner schwester?\n"
    "X: müde aber so glücklich",
    "X: bin meine ersten 10 km gelaufen\nY: {HYPE}\nY: was war deine zeit?\nX: 58 minuten!!\n"
    "Y: unter ner stunde!! wahnsinn",
    "X: die veröffentlichen meinen artikel\nY: niemals!! welchen?\n"
    "X: den über die tafel\nY: wie krass. schick mir den link wenn er online is",
]

# --- superficial (flatmates)

SUPERFICIAL = [
    "X: müll muss heut raus übrigens\nY: mach ich",
    "X: kannst du die wäsche rausnehmen wenn sie fertig is\nY: jo",
    "X: paket für dich kam, liegt auf der treppe\nY: danke",
    "X: miete is {day} fällig\nY: schon überwiesen",
    "X: milch is alle\nY: bring aufm rückweg welche mit",
    "X: bist du heut abend da?\nY: bis spät weg, wieso\n"
    "X: der ablesetyp kommt vllt zwischen 6 und 8\n"
    "Y: ah ok, ich leg den schlüssel unter die matte",
    "X: hast du das ergebnis gesehen\nY: ja 2-1\nX: katastrophale abwehr\nY: wie immer",
    "X: wlan is schon wieder weg\nY: ich starte den router neu wenn ich da bin\nX: legende",
    "X: vermieter kommt {day} wegen der therme\nY: wann\nX: so um 10\nY: ok da bin ich arbeiten",
    "X: wer hat den herd angelassen\nY: ich nich\nX: hmm\nY: echt nich haha",
    "X: <media>\nX: is das deins\nY: nee\nX: mysteriöser pulli",
    "X: draußen is {weather}\nY: ja bin nass geworden\nX: {LAUGH}",
    "X: brauchst du was von {shop}\nY: brot und teebeutel bitte\nX: 👍",
    "X: brief von der stadt wegen grundsteuer kam\nY: wie viel\nX: wie letztes jahr\nY: passt",
    "X: hast du den staubsauger\nY: der is in meinem zimmer, sorry, nimm ihn dir\nX: danke",
    "X: pizza heut abend?\nY: ja na gut\nX: wie immer?\nY: jo, halb halb",
    "X: guckst du {show}\nY: ja sind bei folge 4\nX: keine spoiler\nY: 🤐",
    "X: schon wieder parkt einer die einfahrt zu\nY: dasselbe blaue auto?\nX: ja\n"
    "Y: ich leg n zettel hin",
    "X: wann kommt das taxi\nY: 8:15\nX: ok",
    "X: strom sind diesen monat {num}0 euro\nY: teilen wie immer\n"
    "X: jo hab dir den paypal link geschickt",
    "X: ich hab {day} leute da, ok?\nY: ja passt\nX: wird nich spät",
    "X: gelber sack wird jetzt dienstags abgeholt\nY: ok notiert",
    "X: <media>\nY: was is das\nX: der sicherungskasten. welcher schalter is die küche\n"
    "Y: der dritte",
    "X: haben wir alufolie\nY: schublade neben dem ofen\nX: gefunden",
    "X: verkehr is übel, bin ne stunde später da\nY: ok",
    "X: der kühlschrank macht wieder das geräusch\nY: tritt dagegen haha\nX: hat geklappt",
    "X: hast du noch den netflix login\nY: ja selbes passwort\nX: danke",
    "X: {day} bahnstreik\nY: super. dann homeoffice\nX: same",
    "X: spülmaschinentabs?\nY: unter der spüle\nX: 👍",
    "X: war der klempner da\nY: ja, hat den wasserhahn repariert\nX: sehr gut",
    "X: wie isses am ende ausgegangen\nY: 3-3\nX: verrücktes spiel",
    "X: achtung der rauchmelder piept\nY: batterie. sind welche in der schublade",
    "X: kann ich deine leiter leihen\nY: is im keller\nX: danke",
    "X: quiz {place} {day}?\nY: vllt, wer kommt\nX: ich, {friend}, {friend2}\nY: ok bin dabei",
    "X: deine mama hat ne tupperdose vorbeigebracht\nY: ah hat sie schon gesagt",
    "X: post macht {day} um 5 zu\nY: ok geh morgens hin",
    "X: hast du klopapier bestellt\nY: jo kommt {day}",
    "X: morgen von 9-12 kein wasser, brief von den stadtwerken\nY: ok dann dusch ich heut abend",
    "X: die pflanze im flur is tot\nY: hat die je gelebt\nX: {LAUGH}",
    "X: gym um 6?\nY: lieber halb 7\nX: ok",
    "X: braucht jemand {day} das auto?\nY: ich nich\nX: cool dann fahr ich nach {town}",
    "X: <media>\nX: neues sofa kommt {day}\nY: nice, welche farbe\nX: grau\nY: praktisch",
    "X: hast du den fensterputzer bezahlt\nY: nee, wie viel\nX: {num}\nY: ich leg dir bargeld hin",
    "X: großer einkauf später, liste?\nY: nudeln\n+ eier\n+ müllbeutel\n"
    "+ das gute klopapier nich das billige",
    "X: das licht am router is rot\nY: zieh 10 sek den stecker\nX: läuft",
]

SUPERFICIAL_OPEN = [
    "X: bist du da?\nY: jo",
    "X: hey\nY: hey",
    "X: kurze frage\nY: schieß los",
    "X: morgen\nY: morgen",
    "X: bist du später da?\nY: sollte",
]

# --- dominating (Chris talks, Ella replies)

DOM_MONO = [
    "X: ok du glaubst nich was auf der arbeit passiert is\n"
    "X: {colleague_m} wollte sich im meeting MEINE präsentation auf die fahne schreiben\n"
    "X: is echt aufgestanden und meinte 'ich hab mir da mal ein paar gedanken gemacht'\n"
    "X: ICH hab mir die gedanken gemacht. um 23 uhr. an nem sonntag\n"
    "X: jedenfalls hab ich ganz ruhig gesagt 'super, soll ich alle kurz durch die zahlen führen, "
    "hab sie ja gebaut'\nX: und du hättest sein gesicht sehen sollen\nY: haha",
    "X: ok hör mir zu\nX: ich glaub ich starte n podcast\n"
    "X: über produktivität aber für leute mit echten jobs, nich influencer\n"
    "X: hab schon n namen, 'Deep Work Daily'\n"
    "X: und wenn ich 3 mal die woche poste hab ich bis zum sommer sponsoren\n"
    "X: was meinst du\nY: klingt cool",
    "X: grad neuen rekord im gym\nX: 120 beim kreuzheben\nX: der typ neben mir hat echt genickt\n"
    "X: ich mach jetzt dieses neue programm, 5 tage die woche, progressive overload, volles"
    " programm\n"
    "X: und ich track jetzt richtig makros, 180g protein am tag\nY: nice",
    "X: hast du das spiel gesehen\nX: ehrlich der trainer hat die kabine verloren\n"
    "X: mit den außenverteidigern kannst du keine dreierkette spielen, das is taktisch"
    " analphabetisch\n"
    "X: hab ich im august gesagt\nX: hab ich wortwörtlich im august in die gruppe geschrieben\n"
    "Y: haha ja",
    "X: also ich hab über die wohnung nachgedacht\n"
    "X: ich glaub ich krieg den vermieter {num}0 euro runter wenn ich den schimmel erwähne\n"
    "X: hab ne mail aufgesetzt, ziemlich bestimmt aber fair\n"
    "X: hab ihm quasi das mietrecht zitiert\n"
    "X: schick ich morgen früh ab damit ers als erstes sieht\nY: ok",
    "X: hatte das beste {food} {place}\nX: ehrlich lebensverändernd\n"
    "X: hab auch mitm koch gequatscht, der hat in Lyon gelernt\n"
    "X: meinte ich hab nen richtig guten gaumen was ich ehrlich gesagt schon wusste\n"
    "X: sollten wir mal hin. also ich geh eh nochmal\nY: klingt gut",
    "X: große news\nX: ich soll das neue projekt leiten\n"
    "X: macht sinn, sonst versteht ja keiner den kunden\n"
    "X: is quasi ne beförderung nur noch ohne titel\n"
    "X: ich werd die komplette arbeitsweise vom team umstellen müssen\n"
    "X: erstens, keine meetings mehr vor 10\nY: glückwunsch",
    "X: ok also das date gestern\n"
    "X: sie war nett aber hat so 40 minuten über ihre katze geredet\n"
    "X: und ich wollte ihr vom marathontraining erzählen und sie kam immer wieder auf die katze"
    "\nX: weiß nich ob es n zweites date gibt ehrlich gesagt\nY: haha",
    "X: hab entschieden ich lauf nächstes jahr n ultra\nX: 50 km\n"
    "X: ich weiß klingt verrückt aber ich hab das training durchgerechnet\n"
    "X: 16 wochen, spitzenwoche sind so 90 km\n"
    "X: brauch natürlich neue schuhe, ich guck mir die mit carbonplatte an\nY: wow",
    "X: weißt du was mich nervt\nX: leute die langsam mitten aufm gehweg laufen\n"
    "X: such dir halt ne seite aus\n"
    "X: hätte fast meinen zug verpasst wegen ner 6 köpfigen familie am {station}\n"
    "X: hab echt zweimal entschuldigung gesagt\nY: haha",
    "X: hab heut n krassen podcast über stoizismus gehört\n"
    "X: im grunde kannst du nich kontrollieren was passiert, nur wie du reagierst\n"
    "X: und ehrlich so leb ich ja schon immer\n"
    "X: ich glaub deswegen stress ich mich nich so wie andere\n"
    "X: vllt les ich als nächstes Marc Aurel\nY: cool",
    "X: meine chefin wollte meine meinung zur umstrukturierung\nX: hab ihr so 8 punkte genannt\n"
    "X: sie hat alle aufgeschrieben\nX: ich wette die hälfte landet im finalen plan\n"
    "X: will ja nich angeben aber ich bin jetzt quasi der inoffizielle strategie typ\n"
    "Y: stark",
    "X: hab ne kaffeemaschine gekauft\nX: ne richtige, vollautomat\n"
    "X: {num}0 euro reduziert im sale\n"
    "X: hab den ganzen abend den mahlgrad eingestellt\nX: die crema is unwirklich\n"
    "X: ehrlich ich kauf nie wieder kaffee unterwegs\nY: haha schick",
    "X: bin eigentlich bisschen geknickt\nX: wurde nich fürs sonntagsteam aufgestellt\n"
    "X: der kumpel vom kapitän kam vor mir rein und der is so langsam\n"
    "X: ich bin nich verbittert aber is offensichtlich politik\n"
    "X: ich trainier einfach härter und mach es unmöglich mich draußen zu lassen\n"
    "Y: das is ärgerlich",
    "X: überleg im {month} die drei gipfel tour zu machen\n"
    "X: ich, {friend_m} und vllt sein bruder\n"
    "X: hab die ganze route schon geplant\n"
    "X: wir fahren nachts dazwischen, hab ne tabelle mit minutengenauen zeiten gemacht\n"
    "X: ich schick sie dir, die is echt wunderschön\nY: ok",
    "X: hab grad das buch über gewohnheiten durch\nX: hab schon meine morgenroutine umgestellt\n"
    "X: um 5:30 auf, kalt duschen, 10 min journaling, dann gym\n"
    "X: ich fühl mich wie n anderer mensch ehrlich\nX: solltest du auch probieren\nY: vllt haha",
    "X: mein bruder macht voll stress wegen mamas geburtstag\n"
    "X: er will essen gehen, ich will n wochenende weg\n"
    "X: meins is natürlich besser, sie wollte schon immer mal nach {town}\n"
    "X: hab das hotel schon rausgesucht\nX: der kommt schon noch drauf\n"
    "Y: hoffe es klappt",
    "X: hab endlich mein altes fahrrad verkauft\nX: {num}0 mehr bekommen als ich bezahlt hab haha\n"
    "X: der typ wollte handeln aber ich bin hart geblieben\n"
    "X: verhandeln heißt im grunde nur, mit stille klarzukommen\nY: nice",
    "X: ehrlich ich bin fertig\nX: arbeit war irre, ich hab quasi den ganzen launch getragen\n"
    "X: {colleague_m} war (mal wieder) krank also hab ich seinen kram auch gemacht\n"
    "X: und war trotzdem noch im gym\n"
    "X: weiß nich wie lang ich das tempo durchhalte aber passt schon\nY: mach mal pause",
    "X: <media>\nX: neue sneaker\nX: limited edition, musste ne stunde online anstehen\n"
    "X: die sind eigentlich ne investition, in nem jahr doppelt so viel wert\nY: nice",
    "X: hatte ne komische sache mit {friend_m}\nX: er meinte ich mach immer alles zu meinem thema\n"
    "X: was verrückt is weil ich hab wortwörtlich seinen geburtstag organisiert\n"
    "X: glaub der is einfach gestresst ehrlich\nX: egal jetzt is wieder gut\nY: oh",
    "X: ok also das neue handy\nX: die kamera is lächerlich\nX: <media>\n"
    "X: das is von der anderen straßenseite rangezoomt\n"
    "X: ehrlich vllt fang ich richtig mit fotografie an\nY: wow",
    "X: hab gestern {film} geguckt\nX: überbewertet ehrlich\n"
    "X: das tempo hat gar nich gepasst und der dritte akt hat null sinn gemacht\n"
    "X: hab den twist nach 20 minuten erraten\nX: ich sollte echt kritiken schreiben\nY: haha",
    "X: sorry war ruhig, irrer tag\nX: 3 meetings am stück dann n call mit den usa\n"
    "X: und dann fiel der zug aus also musste ich n uber nehmen\nX: {num} euro!!\n"
    "X: egal bin jetzt daheim, ess {food}\nY: ah",
]

DOM_BID = [
    # Ella tries to share; Chris barely engages, then back to himself
    "Y: bin bisschen nervös wegen meiner prüfung morgen\nX: wird schon\n"
    "X: egal hab ich dir von der sache mit {colleague_m} erzählt\nY: nein\n"
    "X: also der setzt jetzt bei allem meinen chef in cc\n"
    "X: bei jeder einzelnen mail. passiv aggressiv oder was\nX: ich mach das jetzt auch\n"
    "Y: haha",
    "Y: meiner mama gehts nich so gut\nY: ich mach mir bisschen sorgen ehrlich gesagt\n"
    "X: oh das is blöd\n"
    "X: meine mama hatte letztes jahr die grippe, war nach ner woche wieder fit\n"
    "X: übrigens kommst du {day} zu mir? ich mach mein berühmtes {food}\nY: vllt\n"
    "Y: egal passt schon",
    "Y: hatte ehrlich gesagt nen ziemlich miesen tag\nX: ich auch ehrlich\n"
    "X: arbeit war chaos, ich musste quasi alles retten\n"
    "X: {colleague_m} schuldet mir richtig was\nY: ha ok",
    "Y: mir gehts in letzter zeit bisschen schlecht\nX: du solltest kalt duschen\n"
    "X: hat ehrlich mein leben verändert\nX: ich mach jetzt jeden morgen 2 min\nY: haha ok\n"
    "Y: passt schon, vergiss es",
    "Y: ich hab übrigens die wohnung\nX: nice\n"
    "X: meine kriegt nächsten monat ne neue küche übrigens\n"
    "X: der vermieter hat endlich nachgegeben\nY: cool",
    "Y: kann ich dich mal was fragen\nX: klar\n"
    "X: oh warte mal, seh grad den spielstand, wir liegen 2 hinten\nX: unfassbar\n"
    "Y: egal, n andermal",
    "Y: ich überleg zu kündigen\nX: echt?\n"
    "X: ich hätt letztes jahr fast gekündigt, weißt du noch, bevor ich die gehaltserhöhung"
    " gekriegt hab\n"
    "X: das beste was ich je gemacht hab war zu bleiben und zu verhandeln\n"
    "X: frag einfach nach mehr geld\n"
    "Y: gehts eigentlich nich ums geld\nY: egal",
    "Y: ich bin bisschen gestresst wegen geld\nX: du brauchst ne budget app\n"
    "X: ich hab eine die alles kategorisiert\nX: spar seitdem so {num}0 euro im monat\n"
    "Y: ok",
]

DOM_COMPLAINT = [
    "Y: du hast nich mal gefragt wie meine prüfung war\nX: wollt ich noch!\n"
    "X: war nur so viel los\n"
    "X: egal wie wars\nY: gut\nX: cool. also meine woche war irre",
    "Y: liest du meine nachrichten überhaupt\nX: was? ja\n"
    "X: ich antworte halt schnell, hab viel zu tun\n"
    "X: sei doch nich so\nY: ok",
    "Y: manchmal hab ich das gefühl du hörst mir nich richtig zu\nX: das is unfair\n"
    "X: ich hab letzte woche wortwörtlich nach deiner mama gefragt\nY: ok\nX: egal",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: hab das gesehen und an dich gedacht\nX: haha\n"
    "X: is eigentlich wie mein gym, hab ich dir erzählt dass die neue racks haben\n"
    "X: richtige wettkampf racks\nY: nice",
    "Y: bist du {day} da?\nX: sollte, aber morgens gym\nX: wieso\n"
    "Y: was trinken mit {friend}\nX: vllt. mal gucken wie ich mich nach beintag fühl",
    "Y: wie läuft deine woche\nX: irre\n"
    "X: donnerstag is das kundending und ich präsentier quasi die ganze strategie\n"
    "X: hab die folien 3 mal neu gemacht\nY: viel erfolg",
    "Y: was machst du\nX: meal prep\nX: hähnchen, reis, brokkoli x 5\n"
    "X: schaff das jetzt in 40 min\nY: effizient",
]

DOM_REACT = [
    "X: egal genug von mir\nX: ne warte, hab ich dir von der sache im gym erzählt\n"
    "Y: nein\nX: also so n typ hat 30 min das rack blockiert\n"
    "X: und ich hab nur höflich gefragt ob ich mit rein kann\nX: war am ende ok für ihn\n"
    "Y: gut",
    "X: außerdem lern ich jetzt spanisch\nX: 40 tage streak in der app\n"
    "X: fahr später im jahr nach {town} und will richtig bestellen können\nY: nice",
    "X: ach und ich hab urlaub gebucht\nX: portugal im {month}\n"
    "X: ne villa mit pool für n schnäppchen gefunden\n"
    "X: hab quasi das ganze wochenende flüge verglichen\nY: neidisch",
    "X: kurzes update zum podcast übrigens\nX: erste folge aufgenommen\n"
    "X: 45 min, ohne notizen\n"
    "X: ich glaub ich bin n naturtalent ehrlich\nY: haha cool",
]

# --- dumping ground (Leah offloads to Nina)

DUMP = [
    "X: boah heute war der schlimmste tag\n"
    "X: {colleague} hat mich den ganzen bericht neu machen lassen\n"
    "+ vor allen\n+ so wirklich vor dem ganzen team\n"
    "X: ich bin so wütend ich könnt heulen\nY: {VALIDATE}\nY: was hat sie genau gesagt?\n"
    "X: dass er 'nich dem standard entspricht'. der war gut!! sie hasst mich einfach\n"
    "X: ich hab das gefühl ich kann da nix richtig machen\n"
    "Y: das is so unfair. du arbeitest so viel\n"
    "Y: {SUPPORT}",
    "X: ich muss ständig an Lukas denken\nX: hab gesehen er postet mit ner neuen\n"
    "X: ich fühl mich so dumm dass es mich noch juckt\n"
    "Y: du bist nich dumm. is erst n paar monate her\n"
    "Y: wie gehts dir grad?\nX: ehrlich furchtbar. mir is schlecht\nY: {VALIDATE}\n"
    "Y: vllt schaltest du ihn mal ne weile stumm?\nX: ja vllt",
    "X: ich bin so gestresst ich krieg keine luft\n"
    "X: der vermieter will uns bis {month} raushaben\n"
    "X: wo soll ich denn hin\nX: alles is so teuer\nY: oh nein, das is so beängstigend\n"
    "Y: {SUPPORT}\nY: soll ich dir heut abend beim wohnungen suchen helfen?\n"
    "X: echt? ich bin so überfordert",
    "X: meine schwester hat gesagt ich bin egoistisch\n"
    "X: nur weil ich mamas geburtstag nich machen konnte\n"
    "X: das verletzt mich so\nY: {VALIDATE}\nY: was is genau passiert?\n"
    "X: sie hat rumgemeckert dass ich nie bei irgendwas helfe\n"
    "X: und ich hab das gefühl ich mach so viel\n"
    "Y: das klingt echt schmerzhaft. du bist nich egoistisch",
    "X: hatte wieder ne panikattacke auf der arbeit\nX: diesmal aufm klo\n"
    "X: is mir so peinlich\n"
    "Y: oh Leah\nY: gehts jetzt wieder?\nX: so halb. ich zitter\nY: {VALIDATE}\n"
    "Y: hast du mal überlegt mit deiner hausärztin zu reden?\nX: weiß nich. vllt\n"
    "Y: {SUPPORT}",
    "X: ich hab das gefühl allen gehts besser als mir\nX: {friend} wurde schon wieder befördert\n"
    "X: und ich häng immer noch in diesem sackgassen job\nY: das is echt n hartes gefühl\n"
    "Y: aber du hängst da nich für immer fest. was würdest du stattdessen gern machen?\n"
    "X: weiß ich nich mal. das is das schlimmste\nY: {SUPPORT}",
    "X: sorry dass ich dich schon wieder zutexte\n"
    "X: aber meine chefin hat mir n leistungsplan verpasst\n"
    "X: ich hab solche angst dass ich rausfliege\nY: entschuldig dich nich. {VALIDATE}\n"
    "Y: was sollst du laut denen machen?\nX: ziele erreichen die quasi unmöglich sind\n"
    "X: ich bin so ängstlich ich hab nix gegessen\nY: bitte iss was. {SUPPORT}",
    "X: die wohnung is so still seit der trennung\nX: ich hasse es heimzukommen\n"
    "X: ich lass immer den fernseher an nur wegen dem geräusch\nY: {VALIDATE}\n"
    "Y: willst du {day} rüberkommen? ich koch\n"
    "X: ja. danke. ich weiß nich was ich ohne dich machen würde",
    "X: darf ich mich aufregen\nY: immer\n"
    "X: meine mama vergleicht mich ständig mit meiner cousine\n"
    "X: 'die hat n eigenheim, die is verlobt'\nX: ich fühl mich wie so ne enttäuschung\n"
    "Y: du bist keine enttäuschung\nY: {VALIDATE}\nY: wie seid ihr verblieben?\n"
    "X: hab einfach aufgelegt. und mich dann schuldig gefühlt",
    "X: ich heul schon den ganzen abend\nY: oh nein. was is passiert?\n"
    "X: nix bestimmtes. alles\nX: arbeit, Lukas, geld, einfach alles\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: soll ich anrufen?\nX: kannst du?",
    "X: ich bin so sauer auf {friend}\nX: sie hat mich nich zu ihrem ding eingeladen\n"
    "X: und dann alle fotos gepostet\nX: ich fühl mich so ausgeschlossen und gedemütigt\n"
    "Y: das würd jedem weh tun\nY: weißt du warum sie dich nich eingeladen hat?\n"
    "X: nein und ich trau mich nich zu fragen",
    "X: ich glaub ich bin ehrlich gesagt depressiv\nX: ich komm am wochenende nich aus dem bett\n"
    "X: ich fühl mich einfach leer\nY: ich bin echt froh dass dus mir sagst\nY: {VALIDATE}\n"
    "Y: würdest du drüber nachdenken mit jemandem zu reden? ich helf dir wen zu finden\n"
    "X: vllt. ich hab angst dass es nich hilft",
    "X: geld is so ne katastrophe\nX: schon wieder im dispo und es is erst der 15.\n"
    "X: ich bin so gestresst mir is schlecht\nY: {VALIDATE}\n"
    "Y: willst du das zusammen durchgehen? aufgeschrieben isses manchmal weniger schlimm\n"
    "X: ja. vllt {day}",
    "X: Lukas hat mir geschrieben\nX: nur 'hoffe dir gehts gut'\n"
    "X: und jetzt bin ich wieder n wrack\n"
    "X: warum darf er das einfach\nY: boah, das is so unfair dir gegenüber\n"
    "Y: wie gehts dir damit?\n"
    "X: verwirrt. wütend. traurig. alles",
    "X: mein chef hat mich heut angeschrien\nX: vor dem ganzen team\nX: ich fühl mich so klein\n"
    "Y: der sollte niemanden anschreien\nY: {VALIDATE}\nY: gehts dir gut?\n"
    "X: nein. ich hasse es da",
    "X: mir graut vor diesem wochenende\nX: familienfeier und mein papa wird trinken\n"
    "X: ich bin in seiner nähe immer so ängstlich\nY: {VALIDATE}\nY: musst du hin?\n"
    "X: mama bringt mich um wenn nich\nY: schreib mir jederzeit. {SUPPORT}",
    "X: wieder nich geschlafen\nX: mein kopf hält einfach nich die klappe\n"
    "X: ich geh immer wieder alles durch was ich auf der arbeit gesagt hab\n"
    "Y: das klingt anstrengend\n"
    "Y: was gehst du durch?\nX: das meeting. ich glaub ich klang dumm\n"
    "Y: das bezweifle ich echt",
    "X: die wohnungsbesichtigung war ne katastrophe\n"
    "X: der makler hat quasi über mein budget gelacht\n"
    "X: ich lande wieder bei meiner mama\nX: ich fühl mich wie so ne versagerin\n"
    "Y: du bist keine versagerin. der markt is irre\nY: {SUPPORT}",
    "X: ich fühl mich heut so hässlich\nX: nix passt\n"
    "X: hab {friend} abgesagt weil ich es nich gepackt hab\nY: ach süße. {VALIDATE}\n"
    "Y: nur so nebenbei, du bist wunderschön\nX: das musst du ja sagen",
    "X: ich bin ehrlich gesagt so müde von allem\nX: jede woche dieselben probleme\n"
    "X: nix ändert sich\n"
    "Y: versteh ich. {VALIDATE}\n"
    "Y: was würde diese woche auch nur n kleines bisschen leichter machen?\n"
    "X: weiß nich. n neues leben",
]

DUMP_SHIFT = [
    # Nina shares; Leah shifts back to her own story
    "Y: darf ich dir was erzählen\nY: ich bin total gestresst wegen papas op\n"
    "X: oh nein\nX: da fällt mir ein, mein papa is in letzter zeit so komisch\n"
    "X: der hat nich mal an meinem geburtstag angerufen\n"
    "X: ich hab das gefühl er kümmert sich nich\n"
    "Y: das klingt hart\n"
    "Y: egal seine is am {day}. passt schon",
    "Y: ich hatte eigentlich auch n ziemlich miesen tag\n"
    "Y: hab ärger für was gekriegt wofür ich nix konnte\n"
    "X: boah das is wie das was mir letzte woche passiert is\n"
    "X: ehrlich {colleague} is immer noch furchtbar\nX: heut hat sie mich in der küche ignoriert\n"
    "Y: das is furchtbar\nY: egal, meins is nix",
    "Y: ich hab übrigens den job!!\nX: oh nice\nX: ich wünschte mir würde mal was gutes passieren\n"
    "X: hab mich auf 3 sachen beworben und nix gehört\nY: wird schon. versprochen\n"
    "Y: du hörst bestimmt bald was",
    "Y: ich vermiss {friend} so seit sie weggezogen is\nX: das gefühl kenn ich so gut\n"
    "X: ehrlich seit der trennung is die wohnung so still\n"
    "X: ich red mehr mit der katze als mit menschen\n"
    "Y: ja\nY: vergiss es, is nix",
    "Y: bin nervös wegen meiner präsentation morgen\n"
    "X: wird schon, du kannst sowas\nX: ich bin so gestresst wegen meiner am freitag\n"
    "X: meine chefin guckt zu und ich werd einfrieren\n"
    "Y: du frierst nich ein. du wirst super\nY: wir beide haha",
    "Y: meine oma is im krankenhaus\nX: oh nein tut mir leid\n"
    "X: krankenhäuser machen mich so nervös\n"
    "X: ich hab immer noch albträume von damals als ich mir den arm gebrochen hab\nY: ja\n"
    "Y: egal sie is stabil",
    "Y: hatte streit mit meinem freund\nX: boah beziehungen\nX: du hast wenigstens einen\n"
    "X: ich end noch mit 12 katzen so wie das läuft\nY: tust du nich haha\n"
    "Y: passt schon, wir kriegen das hin",
    "Y: ich glaub ich bin bisschen ausgebrannt\nX: ich auch ehrlich\n"
    "X: ich glaub mir gehts schlimmer als ausgebrannt\n"
    "X: hab heut im bus geheult\nY: oh nein. was is passiert?\nX: nix, alles. du weißt schon",
    "Y: wir haben endlich den urlaub gebucht!\nX: glückspilz\n"
    "X: ich kann mir keinen urlaub leisten\n"
    "X: ich kann mir ehrlich gesagt kaum {food} leisten\nY: oh nein. is geld immer noch knapp?\n"
    "X: immer",
    "Y: bin bisschen nervös wegen dem umzug\nX: du hast wenigstens wo du hinziehen kannst\n"
    "X: der makler hat sich immer noch nich gemeldet\nX: ich werd obdachlos\n"
    "Y: du wirst nich obdachlos. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: guck dir das outfit an das ich nie anziehen werd\n"
    "Y: das is süß!! zieh es {day} an",
    "X: was machst du\nY: grad heimgekommen. mach {food}\nX: neidisch. ich hab müsli",
    "X: guckst du {show}\nY: ja! die letzte folge!!\nX: ich weiß!! ich hab geschrien",
    "Y: bleibts bei {day}?\nX: ja bitte. ich muss hier raus\nY: {place} um {time}?\nX: perfekt",
    "X: schon wieder {weather}\nY: boah. drinbleib wetter\nX: für immer drinbleib wetter",
    "Y: morgen! wie hast du geschlafen?\nX: schlecht aber ich leb",
    "X: danke für heut abend\nY: immer. hat spaß gemacht\nX: mir auch. hab ich gebraucht",
    "X: <media>\nX: meine katze verurteilt mich\nY: zu recht ehrlich\nX: {LAUGH}",
    "Y: gut heimgekommen?\nX: ja! danke dass du mich zum bus gebracht hast",
    "X: wollen wir {day} {place}?\nY: ja!! um {time}?\nX: super",
]

DUMP_THANKS = [
    "X: sorry dass ich immer nur jammer\nY: tust du nich. ich bin da\n"
    "X: du bist die einzige mit der ich reden kann",
    "X: danke dass du mir gestern zugehört hast\nY: klar. wie gehts dir heute?\n"
    "X: immer noch mies aber bisschen besser",
    "X: ich weiß nich wie du es mit mir aushältst\nY: red keinen quatsch\nY: dafür sind freunde da",
]

# --- waning interest (Ollie & Jess)

WANE_MIN = [
    "X: hey\nY: hey",
    "X: wie läufts\nY: ok. viel los",
    "X: bist du am wochenende da?\nY: weiß noch nich\nY: sag bescheid",
    "X: <media>\nY: haha",
    "X: hab das gesehen und an dich gedacht\nX: <media>\nY: ha",
    "X: wie war deine woche\nY: gut danke",
    "X: hast du {show} geguckt\nY: noch nich",
    "X: bock auf {place} am {day}?\nY: kann diese woche nich sorry",
    "X: alles gut?\nY: jo",
    "X: hoffe arbeit is ok\nY: 👍",
    "X: hab ne weile nix von dir gehört\nY: sorry, war viel los",
    "X: hier is {weather}\nY: hier auch",
    "X: wie gehts {friend}?\nY: gut glaub ich",
    "X: alles ok?\nY: ja nur müde",
    "X: hast du meine nachricht wegen {day} gesehen\nY: oh sorry ja\nY: vllt",
    "X: hab {show} durch\nY: nice",
    "X: das {band} ding is übrigens im vorverkauf\nY: ah cool\nY: weiß nich ob ich kann",
    "X: wie lief das ding\nY: gut",
    "X: vermiss unsere gespräche\nY: ja sorry, nur viel los",
    "X: was machst du?\nY: nich viel",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
]

WANE_MID = [
    "X: wie war dein tag\nY: lang. deiner?\nX: ja auch, bisschen zäh\nY: naja. bald freitag",
    "X: warst du am ende {place}?\nY: ja am {day}, war schön\n"
    "X: nice, was hattest du?\nY: {food}. war ok",
    "X: gehst du noch laufen?\nY: so halb. vllt einmal die woche\nX: is doch trotzdem gut\n"
    "Y: schätze",
    "X: <media>\nX: weißt du das noch?\nY: haha ja\nY: is ewig her",
    "X: was machst du am wochenende\nY: wahrscheinlich mit {friend} treffen. du?\n"
    "X: nich viel. vllt nach {town}\nY: nice",
    "X: hab endlich {film} gesehen\nY: war er gut?\n"
    "X: ja echt gut, das ende hat mich fertig gemacht\n"
    "Y: nice, guck ich irgendwann mal",
    "X: arbeit war echt viel diese woche\nY: ja? bei mir auch\n"
    "X: {colleague} is weg also vertret ich\n"
    "Y: klingt nervig",
    "X: wollen wir uns bald mal sehen?\nY: ja wär gut\nY: weiß aber nich wann, is grad so viel\n"
    "X: kein stress, wann immer",
]

# --- critical / defensive (Ryan & Zoe)

CRIT = [
    "X: du hast die küche schon wieder wie sau hinterlassen\nY: wollt ich nachher machen\n"
    "X: das sagst du immer\nY: na du bringst ja nie den müll raus\nX: darum gehts nich\n"
    "Y: egal 🙄",
    "X: warum hast du nich zurückgeschrieben\nX: ich hab 4 nachrichten geschickt\n"
    "Y: ich war arbeiten??\n"
    "X: du hast immer ne ausrede\nY: is nich meine schuld dass ich n job hab\nX: wow ok",
    "X: du hast gesagt du reservierst den tisch\nY: hab ichs halt vergessen\nX: schon wieder?\n"
    "X: du ziehst nie irgendwas durch\nY: du hättest ja auch selbst reservieren können\n"
    "X: darum gehts nich",
    "X: was is heute los mit dir\nY: mit mir is gar nix los\nY: was is mit DIR los\n"
    "X: ich hab nur was gefragt\nY: in dem ton\nX: da is kein ton. du bist lächerlich",
    "X: du hast den geburtstag meiner mama vergessen\n"
    "Y: is nich meine schuld dass mich keiner erinnert hat\n"
    "X: das is MEINE mama und ich bin nich dein terminkalender\n"
    "X: du vergisst immer alles was mir wichtig is\n"
    "Y: das is so unfair\nY: du hast letzten monat mein arbeitsding vergessen",
    "X: warum musst du immer n witz machen wenn ich was ernst mein\n"
    "Y: ich wollte die stimmung auflockern\nX: das is abwertend\n"
    "Y: naja du machst ja auch aus allem immer n drama\nX: jetzt gehts los",
    "X: du warst beim essen die ganze zeit am handy\nY: ich hab eine sache gecheckt\n"
    "X: ne stunde lang\nY: du hast doch eh den ganzen abend mit {friend} geredet\n"
    "X: unfassbar",
    "X: ich hab dich gebeten das paket abzuholen\nY: hatte keine zeit\n"
    "X: fürs gym hattest du zeit\nY: is nich meine schuld dass die post um 5 zumacht\n"
    "X: du stellst dich immer an erste stelle",
    "X: du hast mich vor {friend} blamiert\nY: wie??\nX: der kommentar über meinen job\n"
    "Y: war n witz. du bist so empfindlich\n"
    "X: du nimmst nie ernst was ich sage",
    "X: du hast gesagt du bist um 8 zurück\nY: wurde aufgehalten\n"
    "X: du hast gesagt du schreibst wenn du später kommst\n"
    "Y: mein akku war leer, is nich meine schuld\n"
    "X: der is immer leer wenns grad passt",
    "X: was is los mit dir\nX: du bist einfach rausgelaufen\nY: weil du rumgeschrien hast\n"
    "X: ich hab nich geschrien\nY: naja du hattest diese stimme drauf\nX: da is keine stimme",
    "X: das machst du immer\nY: was\nX: erst still werden und dann so tun als wär nix gewesen\n"
    "Y: naja du kannst ja nie was gut sein lassen\nX: weil nie was geklärt wird",
    "X: du fragst nie wie mein tag war\nY: hab ich wortwörtlich gestern gefragt\nX: einmal\n"
    "Y: du fragst nach meinem ja auch nich\nX: schön",
    "X: du hast nich mal gut gemacht gesagt\nX: wegen der beurteilung\nY: hab ich doch??\n"
    "X: du hast 'nice' gesagt. das wars\nY: was willst du denn, ne rede?\nX: vergiss es",
    "X: kannst du mal nich dein zeug auf der ganzen treppe liegen lassen\n"
    "Y: kannst du mal einen tag nich nörgeln\n"
    "X: müsst ich nich wenn dus einfach machen würdest\n"
    "Y: nich meine schuld dass du da so verkrampft bist",
    "X: du hast versprochen dass wir am wochenende nach {town} fahren\nY: ich hab vllt gesagt\n"
    "X: du hast gesagt du machst es\n"
    "Y: naja es is halt was dazwischen gekommen\nX: es kommt immer was dazwischen",
    "X: du bist manchmal so egoistisch\nY: wow\n"
    "Y: sagt die person die das ganze wochenende bei {friend} war\n"
    "X: das war seit wochen geplant\nY: egal",
    "X: warum bist du so kalt\nY: bin ich nich\nX: bist du eindeutig\n"
    "Y: naja vllt wenn du mich nich gleich anmachen würdest sobald ich reinkomm\n"
    "X: ich hab dich nich angemacht",
    "X: du hast mein {thing} seit ner woche\nY: ich geb es dir zurück\nX: das sagst du immer\n"
    "Y: is doch keine große sache\nX: für mich schon",
    "X: du hast schon wieder abgesagt\nY: ich bin fertig, ich kann nix dafür\n"
    "X: du hast gesagt du kommst\n"
    "Y: nich meine schuld dass die arbeit grad irre is\nX: es is immer die arbeit",
    "X: du hörst mir nie zu\nY: ich hör grad zu\nX: tust du eindeutig nich\n"
    "Y: was willst du denn von mir\nX: nix. vergiss es",
    "X: du hast mich gestern abend null verteidigt\n"
    "Y: das war deine schwester, was sollt ich denn sagen\n"
    "X: irgendwas!!\nY: du hättest dich ja auch selbst verteidigen können\nX: wow. danke",
]

CRIT_REASSURE = [
    "X: bist du sauer auf mich?\nY: nein\nX: du wirkst sauer\nY: ich bin nich sauer. ich bin müde\n"
    "X: ok",
    "X: is zwischen uns alles ok?\nY: ja wieso\nX: du warst den ganzen tag so still\n"
    "Y: hab nur viel zu tun\nX: ok sorry",
    "X: hab ich was falsch gemacht?\nY: nein\nX: du würdest es mir sagen oder?\nY: ja\n"
    "X: sorry, ich mach mir nur schnell sorgen",
    "X: bist du noch genervt wegen vorhin\nY: bisschen\nX: sorry\n"
    "X: ich hasse es wenn wir so sind\nY: ich auch",
    "X: du verlässt mich aber nich oder\nY: was? nein\nY: wie kommst du darauf\n"
    "X: weiß nich. vergiss es haha",
    "X: sei ehrlich, findest du ich bin zu viel\nY: manchmal\nX: oh\nX: ok\n"
    "Y: so hab ichs nich gemeint\nX: passt schon",
    "X: sorry wegen gestern abend\nY: ok\nX: bist du noch sauer?\nY: komm schon drüber weg",
    "X: sorry falls ich vorhin genervt hab\nY: hast du nich\nX: sicher? du warst so still\n"
    "Y: sicher",
]

CRIT_LIGHT = [
    "X: was willst du zum abendessen\nY: egal. {food}?\nX: ok",
    "X: bin bei {shop}, brauchst du was\nY: milch\nX: ok",
    "X: bist du daheim?\nY: 10 min",
    "X: {day} bei deiner mama steht noch?\nY: ja sie meinte {time}\nX: ok",
    "X: <media>\nY: haha\nY: wo is das",
    "X: hast du die grundsteuer bezahlt\nY: ja\nX: ok gut",
    "X: guckst du {show}?\nY: gleich\nX: ok fang nich ohne mich an",
    "X: wann is das ding von {friend}\nY: {time}\nX: ok",
    "X: kannst du brot mitbringen\nY: jo",
    "X: bin spät dran\nY: ok",
    "X: <media>\nX: {friend}s neuer welpe\nY: süß",
    "X: autoschlüssel liegt auf der kommode\nY: 👍",
]

CRIT_REPAIR = [
    "X: sorry wegen vorhin. war nich so gemeint\nY: ich weiß. ich auch\nX: frieden?\nY: frieden",
    "X: du hast recht mit dem müll. ich machs\nY: danke",
    "X: sorry dass ich dich angeblafft hab\nY: is ok. ich war auch anstrengend",
]

# --- crisis support (Amara goes through a crisis; Ben supports; later the reverse)

CRISIS = [
    "X: Ben ich weiß nich was ich machen soll\nX: papa is auf der arbeit zusammengebrochen\n"
    "+ wir sind im krankenhaus\n"
    "+ St. Marien, notaufnahme\nY: oh gott. das tut mir so leid\n"
    "Y: gehts ihm gut? gehts dir gut?\n"
    "X: die denken es is das herz. ich hab solche angst\n"
    "Y: ich bin da. soll ich kommen?\n"
    "X: kannst du? ich will nich alleine sein\nY: fahr jetzt los",
    "X: die behalten ihn da\nX: ich hab so angst dass ich ihn verlier\nY: {VALIDATE}\n"
    "Y: was sagen die ärzte?\nX: er muss operiert werden. vllt diese woche\n"
    "Y: ok. eins nach dem anderen. {SUPPORT}",
    "X: ich hab nich geschlafen\nX: ich hör die geräte sobald ich die augen zumach\n"
    "Y: das klingt furchtbar\nY: hast du heut schon was gegessen?\nX: nich wirklich\n"
    "Y: ich bring dir um 6 essen vorbei. keine widerrede",
    "X: op is morgen um 8\nX: mir is schlecht\nY: klar. das is so viel zu tragen\n"
    "Y: ich hab den ganzen tag mein handy an. schreib mir alles, auch nur nen punkt\n"
    "X: danke. ich mein das ernst\n~~~\nY: denk heut morgen an dich. gibts was neues?\n"
    "X: er is raus. is gut gelaufen\nX: ich hab grad im flur nur geschluchzt\n"
    "Y: oh gott sei dank. ich bin so erleichtert für dich\nY: wie gehts dir?\n"
    "X: ausgewrungen. aber ihm gehts gut",
    "X: ich musste meiner chefin sagen dass ich nich kommen kann\n"
    "X: ich fühl mich so schuldig, wir haben die deadline\n"
    "Y: du musst dich für gar nix schuldig fühlen\n"
    "Y: dein papa is im krankenhaus. die arbeit überlebt das\n"
    "X: ich weiß. ich hab nur das gefühl ich lass alle hängen\nY: tust du nich. {SUPPORT}",
    "X: mama kommt nich klar\n"
    "X: ich versuch mich für sie zusammenzureißen aber ich fall auseinander\n"
    "Y: {VALIDATE}\nY: und wer hält dich?\nX: du. ehrlich\n"
    "Y: dann lass mich. was kann ich dir diese woche abnehmen?",
    "X: ich hab heut die krankenschwester angeblafft und fühl mich furchtbar\n"
    "Y: du bist erschöpft und hast todesangst. das is menschlich\nY: hast du dich entschuldigt?\n"
    "X: ja. sie war echt lieb deswegen\nY: na siehst du. sei auch lieb zu dir",
    "X: sorry dass es in letzter zeit nur um mich ging\n"
    "X: wie gehts dir eigentlich? wie war das mit deinem chef?\n"
    "Y: entschuldig dich nich!! mir gehts gut ehrlich\n"
    "Y: lief ok, ich darf ins andere team wechseln\n"
    "X: das is echt gut. freut mich\nX: hast du verdient",
    "X: er is zuhause\nX: aber er is so schwach. is beängstigend ihn so zu sehen\n"
    "Y: kann ich mir vorstellen. {VALIDATE}\nY: wie is er so drauf?\n"
    "X: grummelig, was laut der schwester n gutes zeichen is haha\n"
    "Y: 😂 das is dein papa",
    "X: ich hab heut bei {shop} geheult\nX: beim kekse regal. seine lieblingskekse\n"
    "Y: ach süße\n"
    "Y: trauer und angst kommen an komischen stellen raus\n"
    "X: er is ja nich mal weg, das is ja das dumme\n"
    "Y: is nich dumm. du hättest ihn fast verloren. {SUPPORT}",
    "X: ich hab das gefühl ich ertrinke\nX: krankenhaus, mama, arbeit, alles\nY: {VALIDATE}\n"
    "Y: was brauchst du diese woche am meisten?\n"
    "X: schlaf. und jemand der sich um den hund kümmert\n"
    "Y: den hund kann ich machen. mittwoch und donnerstag?\nX: du rettest mir das leben",
    "X: ich denk ständig was wäre wenn ich nich rangegangen wär\n"
    "X: ich wollte es ignorieren\n"
    "Y: aber du bist rangegangen. und du warst da\n"
    "Y: is ok dass dich das mitnimmt\n"
    "X: ich bin jetzt die ganze zeit so ängstlich\n"
    "Y: {SUPPORT}. und vllt redest du mal mit wem drüber wenn sich alles beruhigt hat?",
    "X: wie war deine woche? ich hab das gefühl ich hab ewig nich gefragt\n"
    "Y: du hattest viel um die ohren!\n"
    "Y: meine war ok, bisschen müde. {friend} kommt {day} zu besuch\n"
    "X: oh schön!! grüß sie von mir\n"
    "X: und danke für alles. ich mein das ernst",
    "X: heut reha termin\nX: er is bis zum ende vom flur gelaufen\nY: wie toll!!\n"
    "Y: wie wirkte er?\nX: stolz auf sich haha. und ich bin so erleichtert\n"
    "Y: ich freu mich so für euch beide",
    "X: schlimme nacht. er hatte wieder schmerzen in der brust\n"
    "X: falscher alarm aber ich zitter\n"
    "Y: oh nein. {VALIDATE}\nY: wo bist du jetzt?\nX: zuhause. er schläft\n"
    "Y: willst du reden oder soll ich dir einfach bescheuerte videos schicken\nX: beides haha",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amara, Y = Ben)
    "Y: <media>\nY: n hund in nem winzigen regenmantel, für die moral\n"
    "X: ok das hat bisschen geholfen 😂",
    "Y: hab dir suppe vor die tür gestellt\nX: du bist ein engel\nX: danke",
    "Y: musst nich antworten, denk nur an dich\nX: ❤️",
    "Y: wie kommt Pepper mit dem ganzen hin und her klar?\n"
    "X: verwirrt aber glücklich. sie liebt die extra runden mit dir haha",
    "X: besuchszeit is von 2 bis 8 also wohn ich quasi da\n"
    "Y: soll ich dir n ladekabel und snacks bringen?\n"
    "X: ja bitte. der automat is ne tragödie",
    "Y: <media>\nY: bin am schrebergarten von deinem papa vorbei, die bohnen drehen durch\n"
    "X: aww. das wird ihn freuen, zeig ich ihm",
    "X: er wollte heut n kreuzworträtsel\nY: das is n gutes zeichen!!\nX: ich weiß. kleine dinge",
    "Y: brauchst du was aus dem laden?\nX: milch und die haferkekse\nY: mach ich",
    "Y: schick dir n bescheuertes video damit du lachst\nY: <media:video>\n"
    "X: ich hasse es dass das funktioniert hat 😂",
    "X: mama sagt danke für die blumen\nY: war doch nix\nX: war nich nix",
    "Y: wie is das mit parken am krankenhaus, soll ich dich morgen fahren?\n"
    "X: furchtbar. ja bitte\nY: hol dich um 1 ab",
    "X: die pflegekräfte auf seiner station sind engel\n"
    "Y: aww. bin froh dass er in guten händen is",
]

CRISIS_RECOVER = [
    "X: ich wollt einfach mal danke sagen\n"
    "X: für die letzten wochen. das essen, den hund, die nachrichten um 2 uhr nachts\n+ \n"
    "+ ich hätte das ohne dich nich geschafft\nY: du würdest dasselbe für mich tun\n"
    "X: würde ich. ich hoffe das weißt du",
    "X: erster normaler tag seit ewigkeiten\n"
    "X: war laufen und hab kein einziges mal an krankenhäuser gedacht\n"
    "Y: das is so schön zu hören\nY: wie gehts dir so insgesamt?\n"
    "X: leichter. immer noch wackelig aber leichter",
    "X: papa is wieder im schrebergarten haha\nY: natürlich is er das\n"
    "Y: wie gehts deiner mama?\n"
    "X: so viel besser. sie schläft wieder\nY: bin echt froh",
]

CRISIS_BEN = [
    # later: Ben struggles, Amara supports him back (Ben is X here)
    "X: kann ich mit dir über was reden\nY: klar. was is los?\n"
    "X: auf der arbeit werden stellen gestrichen und ich steh auf der liste\n"
    "X: ich hab ehrlich gesagt angst\n"
    "Y: oh nein. {VALIDATE}\nY: wann weißt du bescheid?\nX: ende des monats\n"
    "Y: {SUPPORT}. du hast mich wochenlang gehalten, lass mich das zurückgeben",
    "X: kaum geschlafen. das arbeitsding\nY: tut mir leid. das warten is furchtbar\n"
    "Y: was geht dir durch den kopf?\n"
    "X: einfach geld. die wohnung. was wenn ich nix finde\n"
    "Y: das is viel. aber du bist so gut in dem was du machst\n"
    "Y: wollen wir zusammen über deinen lebenslauf gucken?\n"
    "X: ja. das würd echt helfen",
    "X: ich fühl mich ehrlich gesagt bisschen wie n versager\nY: hey. nein\n"
    "Y: auf so ner liste zu stehen hat nix mit dir zu tun, da gehts ums budget\n"
    "Y: wie gehts dir heute?\n"
    "X: bisschen besser seit ichs gesagt hab\n~~~\nY: gibts was neues wegen der kündigungen?\n"
    "X: die behalten mich!!\n"
    "Y: {HYPE}\nY: wie fühlst du dich?\nX: unbeschreiblich erleichtert",
    "X: ich bin echt gestresst wegen meinem bruder\n"
    "X: er zieht wieder bei mir ein und ich weiß nich ob ich das pack\n"
    "Y: das is viel zu allem anderen dazu\nY: was macht dir am meisten sorgen?\n"
    "X: dass wir uns streiten wie früher\n"
    "Y: macht sinn. vllt gleich am anfang n paar regeln festlegen?\n"
    "X: ja. danke fürs zuhören",
    "X: mir gehts diese woche bisschen schlecht\nX: nix bestimmtes\n"
    "Y: tut mir leid. schlecht wie?\n"
    "X: platt. müde. als würd nix spaß machen\n"
    "Y: {VALIDATE}. willst du {day} mal raus? spazieren und {drink}?\nX: ja bitte",
    "X: morgen vorstellungsgespräch für den plan b job\nX: ich bin nervös\n"
    "Y: du wirst großartig\n"
    "Y: wovor hast du am meisten sorge?\n"
    "X: gehaltsfragen. ich verkauf mich immer unter wert\n"
    "Y: lass uns üben. welche zahl sagst du?\n~~~\nY: wie wars beim vorstellungsgespräch??\n"
    "X: echt gut! ich hab die zahl gesagt und die haben nich mal gezuckt\nY: stolz auf dich!!",
]

# Ben's story in order: the list, the waiting, a backup interview, the news, then life goes on
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

# --- group: old uni friends (balanced)

GROUP = [
    "A: wer hat {day} zeit?\nB: ich!\nC: kommt drauf an wann\nA: dachte {place} so um {time}\n"
    "D: bin dabei\nC: ok ja na gut",
    "A: <media>\nA: guckt mal was ich aufm dachboden gefunden hab\n"
    "B: NICH das foto von der ersti-woche\n"
    "D: lösch das sofort\nC: {LAUGH}\nC: {B}s haare 😭",
    "A: alles gute zum geburtstag {B}!! 🎂\nC: happy birthday!!!\nD: alles liebe 🥳\n"
    "B: danke euch allen ❤️ fühl mich alt",
    "A: hat noch wer die news von {friend} gesehen\nB: das baby??\nA: ja!!\nC: warte was\n"
    "D: hab ich gesehen! so süß\nC: wie hab ich das verpasst",
    "A: quiz ergebnis: wir sind 4. geworden\nB: beschissen\nD: die musikrunde war manipuliert\n"
    "C: wir brauchen wen der sich mit sport auskennt\n"
    "A: wir brauchen wen der sich mit irgendwas auskennt",
    "A: hat wer {day} n {thing} zum leihen\nC: hab ich\nA: legende\nD: die gruppe liefert",
    "A: also {film}. meinungen\nB: geliebt\nC: zu lang\nD: noch nich gesehen, nich spoilern\n"
    "A: ok aber das ende 😳\nD: WAS HAB ICH GRAD GESAGT",
    "A: <media>\nA: mein versuch von {food}\nB: sieht ehrlich gut aus\n"
    "C: soll das die farbe haben\nA: ja {C}\nD: {LAUGH}",
    "A: ok ernste frage, is ein hotdog ein sandwich\nB: nein\nC: ja\nD: ich schalt den chat stumm",
    "A: hab ne karte übrig für {band} am {day} falls wer will\nD: omg ich\n"
    "B: mist bin weg\nD: wie viel\nA: umsonst wenn du die getränke zahlst\nD: deal",
    "A: wie läuft eure woche so\nB: lang\nC: ganz ok, hier is {weather}\n"
    "D: tag 3 mit erkältung also\nA: oh nein, gute besserung\nD: danke 🤧",
    "A: können wir das wochenende weg bitte endlich buchen\nB: ja. {town}?\n"
    "C: ich kann am ersten wochenende im {month}\nD: same\n"
    "A: ich guck heut abend nach ferienhäusern",
    "A: <media>\nA: ferienhaus option 1\nA: <media>\nA: option 2\nB: 2 hat nen whirlpool\nC: 2\n"
    "D: 2 natürlich",
    "A: bin {place} und die spielen unser lied\nC: welches\nA: ihr wisst welches\nB: 🎶\n"
    "D: nimm n video auf!!",
    "A: erinnerung: {day} is {friend}s abschiedsfeier\nB: wann\nA: ab {time} {place}\n"
    "D: komm später aber ich komm",
    "A: hat noch wer ne komische woche oder nur ich\nC: komisch wie\n"
    "A: fühl mich einfach bisschen platt. arbeitszeug\n"
    "B: ach mensch, sollen wir diese woche auf {drink}?\n"
    "A: ja bitte\nD: ich hab donnerstag auch zeit falls du gesellschaft willst",
    "A: update: bestanden!!\nB: JAAA\nC: wusst ichs doch\nD: glückwunsch!! 🎉\n"
    "A: danke leute, war echt so nervös",
    "A: wer hat das netflix passwort\nC: hat sich schon wieder geändert\nB: ich schicks\n"
    "D: keiner sagts meinem bruder",
    "A: {day} brunch?\nB: ja\nC: kann nich, sorry, meine eltern kommen zu besuch\n"
    "D: ja! {place}?\n"
    "A: für 4 gebucht, {C} komm danach wenn du kannst",
    "A: <media>\nB: is das ne TAUBE in deiner küche\n"
    "A: kam durchs fenster und will nich mehr gehen\nC: gib ihr nen namen\nD: Günther",
    "A: wichtig: brauch geschenkideen für meine mama\nB: kerze\nC: schöne kerze\n"
    "D: sehr schöne kerze\nA: danke leute echt hilfreich",
    "A: kaum zu glauben dass wir uns vor 10 jahren kennengelernt haben\n"
    "B: hör auf. fühl mich uralt\n"
    "C: wir waren babys\nD: ich schuld dir immer noch nen zehner aus der ersti-woche\n"
    "A: ich weiß. hab ich nich vergessen",
    "A: sorry war ruhig, mit dem umzug war echt viel\nB: entschuldig dich nich! wie läufts?\n"
    "A: überall kisten. aber ich mag die neue wohnung\nC: schick bilder wenns fertig is!\n"
    "D: brauchst du {day} hilfe?\nA: das wär tatsächlich mega",
    "A: guckt wer {show}\nC: besessen\nB: gestern angefangen\n"
    "A: keine spoiler für folge 5 ich häng hinterher\n"
    "D: ich guck es nich und fühl mich ausgeschlossen",
    "A: bin spät dran, haltet mir nen platz frei\nB: ok\nC: was trinkst du\nA: {drink} bitte",
    "A: danke für gestern abend leute, das war so lustig\nB: same!! mein kopf tut weh\n"
    "C: wer hat meinen regenschirm\nD: ups\nD: bring ihn {day} zurück",
]

GROUP_SYSTEM_NAMES = ("Hanna", "Deniz 🎸", "+49 151 23456789", "Leonie")

# --- more UK material (second pass)

LIGHT_UK += [
    "X: der typ in der wohnung über mir lernt trompete\nY: neiiin\nX: er kann 3 töne\n"
    "+ und die spielt er um 7 uhr morgens\nY: {LAUGH}",
    "X: hab die lichterkette wieder aufgehängt\nY: es is {month_now}\n"
    "X: sie macht mich glücklich ok",
    "X: meinst du ich kann auf der hochzeit sneaker tragen\nY: kommt auf die sneaker an\n"
    "X: <media>\nY: ...nein",
    "X: update: der fuchs is zurück und hat n kumpel mitgebracht\nY: ne fuchsgang\n"
    "X: ich bin in der unterzahl",
    "X: wie heißt nochmal der schauspieler, der aus dem ding mit dem leuchtturm\n"
    "Y: da musst du mir schon mehr geben\nX: bart. schreit viel\nY: der vampir typ?\n"
    "X: JA. danke. das hat mich wahnsinnig gemacht",
    "X: hab aus versehen allen in der abteilung geantwortet\nY: oh nein was stand drin\n"
    "X: 'haha ok'\nY: {LAUGH}\nY: ehrlich, hätte schlimmer sein können",
    "X: bin mit erkältung nach hause geschickt worden\nY: oh nee. suppe und {show}?\n"
    "X: schon dabei 🤧",
    "X: is es komisch müsli zum abendessen zu essen\nY: n klassiker\n"
    "X: danke dass du meine lebensentscheidungen absegnest",
    "X: {friend}s hund hat nen ganzen geburtstagskuchen gefressen\nY: NEIN\nY: gehts ihm gut?\n"
    "X: ihm gehts gut. {friend} nich",
    "X: die selbstbedienungskasse hasst mich\nY: unbekannter artikel im ablagebereich?\n"
    "X: jedes. einzelne. mal",
    "X: random gedanke aber wir sollten picknicken wenns wärmer is\nY: ja!! in {town}?\n"
    "X: oder im park, weniger aufwand\nY: deal, ich mach die brote",
    "X: hab mich grad auf meine brille gesetzt\nY: wie schlimm\nX: <media>\nY: oh das is schlimm",
    "X: ich mach jetzt kreuzworträtsel in der bahn\nY: wer bist du\nX: hab 3 wörter. 3!",
    "X: jemand hat ne ganze lasagne draußen auf die mauer gestellt\nY: ne ganze??\n"
    "X: noch warm\nY: wehe du",
    "X: mein handy hat 'bis gleich' zu 'bis gleis' korrigiert\nY: sehr bahnig\n"
    "X: und ich habs meinem chef geschickt",
    "X: versuch nen kleiderschrank aufzubauen\nX: es sind 4 schrauben übrig\n"
    "Y: das sind bonusschrauben\nX: er steht schief",
    "X: <media>\nX: sonnenuntergang vom büro aus, macht es fast wieder gut\nY: fast",
    "X: hat {friend} dir wegen dem wochenende geschrieben\nY: ja, denkt an {place}?\n"
    "X: passt mir\nY: ich sags ihr",
    "X: frage. lohnt sich {show}\nY: erste staffel ja, zweite nein\nX: notiert",
    "X: musste grad meiner oma erklären was n meme is\nY: und wie lief das\n"
    "X: sie hat mir eins zurückgeschickt. n bild von ner katze ohne text\nY: legendär",
    "X: die schlange bei der post geht bis vor die tür\nY: is {day}s immer so\n"
    "X: ich steh hier bis zur rente",
    "X: was is n guter film für nen verregneten sonntag\nY: {film}\nX: schon zweimal gesehen\n"
    "Y: aller guten dinge sind drei",
    "X: hab endlich den backofen geputzt\nY: stolz\nX: hab ne pommes von 2021 gefunden",
    "X: is es schlimm dass ich schon ans mittagessen denk\nY: es is 10 uhr\nX: das is kein nein",
    "X: ok ich brauch ne neue handyhülle, meinungen\nX: <media>\nX: <media>\nY: die grüne\n"
    "X: wusst ich dass du das sagst",
    "X: bin bei {shop} meinem alten mathelehrer übern weg gelaufen\nY: hat er dich erkannt\n"
    "X: er hat mich mit dem namen meiner schwester angesprochen\nY: {LAUGH}",
    "X: ohne jacke in den regen gekommen\nY: die wetter app hat sonne gesagt\n"
    "X: die wetter app hat gelogen",
    "X: wann is das spiel am {day}\nY: 15:30 glaub ich\nX: kneipe?\nY: logisch",
    "X: die katze vom nachbarn hat mich adoptiert\nY: oh nein. du fütterst sie oder\n"
    "X: nur bisschen\n+ hab ihr ne schüssel gekauft",
    "X: häng seit 45 minuten in der warteschleife\nY: bei wem\n"
    "X: der bank. die musik hat sich in mein hirn gebrannt",
    "X: hab grad n mann gesehen der ne schildkröte an der leine ausführt\n"
    "Y: bild oder es is nie passiert\nX: <media>\n"
    "Y: unglaublich",
    "X: überleg häkeln zu lernen\nY: du machst einen schal und hörst auf\n"
    "X: ein schal is alles was ich brauch",
    "X: spinnt dein wlan auch oder nur meins\nY: meins geht\nX: super, is also was persönliches",
    "X: hatte letzte nacht den komischsten traum von dir\nY: erzähl\n"
    "X: du warst kellner und hast mir die ganze zeit suppe gebracht\n"
    "Y: das is nich komisch das is n schöner traum",
    "X: ich kann nich aufhören {band} zu hören\nY: das neue?\n"
    "X: ja. seit dienstag in dauerschleife",
]

ANEC_UK = [
    "wurde grad im park von ner gans gejagt",
    "die barista hat 'Tim' auf meinen becher geschrieben. nich mal annähernd",
    "im bus isst einer n ganzes brathähnchen",
    "hab grad mein handy in den kühlschrank gelegt und die milch in meine tasche",
    "meine pflanze hat n neues blatt!!",
    "aufm fensterbrett sitzt ne taube und starrt mich an",
    "hatte heut schon 4 kaffee",
    "hab aus versehen jemandem zurückgewinkt der gar nich mir gewinkt hat",
    "hab grad nen zehner in meiner winterjacke gefunden",
    "der aufzug auf der arbeit is seit ner woche kaputt und ich sitz im 6. stock",
    "glaub ich sprech den namen von meinem kollegen seit nem jahr falsch aus",
    "der eiswagen spielt im regen seine melodie",
    "muss den ganzen tag niesen, glaub ich bin allergisch gegen mein eigenes büro",
    "wurde grad in meiner eigenen straße nach dem weg gefragt und hab den falschen gesagt",
    "mama hat mir n foto von ihrer neuen heckenschere geschickt. ohne kontext",
    "der rauchmelder is angegangen weil ich toast gemacht hab",
    "aufm parkplatz macht einer tai chi",
    "hab den ganzen morgen meinen pulli auf links angehabt",
    "hab grad rausgefunden dass die guten kekse im schrank mit dem büromaterial versteckt sind",
    "wir haben ne neue kaffeemaschine im büro und alle tun als wär weihnachten",
    "die katze hat meinen tee über den laptop gekippt. alles gut. glaub ich",
    "bin grad an nem laden vorbei der nur socken verkauft",
    "bin in der bahn eingepennt und zwei stationen zu weit aufgewacht",
    "papa hat podcasts entdeckt und schickt mir jetzt jeden tag folgen",
    "ne sehr stylische ältere dame hat meinen mantel gelobt",
    "n kleinkind in der bahn hat mir grad gesagt meine haare sind lustig",
    "hab heut nur toast gegessen. n toasttag",
    "war beim friseur, bin mir nich sicher",
    "im radio kam ne quizfrage die ich richtig hatte und keiner hats gesehen",
    "mein nachbar hat n gemüsebeet und mir ne zucchini so groß wie mein arm geschenkt",
    "heut gelernt dass flamingos wegen ihrem essen pink sind",
    "mussten grad bei strömendem regen ne feuerübung machen",
    "in der bahn war n hund mit kleinen stiefeln",
    "hab ne wäsche mit ner roten socke angemacht. alles is rosa",
    "mein chef hat ne mail geschickt in der nur 'ruf mich an' steht. panik",
    "hab mein buch im bus ausgelesen und weiß jetzt nich was ich mit meinem leben anfangen soll",
    "aufm heimweg n doppelten regenbogen gesehen",
    "hab mich im fitnessstudio angemeldet. mal wieder",
    "jemand hat n winziges auto schräg über zwei parkplätze gestellt",
    "die heizung is zum ersten mal angegangen und die ganze wohnung riecht nach verbranntem staub",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}",
    "niemals",
    "was 😂",
    "typisch",
    "geil",
    "das is so du",
    "hör auf",
    "lieb ich",
    "ha. natürlich",
    "oh nein 😂",
    "warum is das so lustig",
    "großartig",
    "ich brauch n foto",
    "das drama",
    "ehrlich legendär",
    "nich schon wieder",
]
FRAGMENTS["ASKMORE"] = [
    "warte was is passiert",
    "wo war das",
    "wie",
    "und dann",
    "aber warum",
    "erzähl alles",
    "hats wer gesehen",
    "is das normal",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {ehrlich keine ahnung|frag nich|lange geschichte|so is mein leben grad halt}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {egal wie läuft dein tag|egal. wie gehts dir|so das waren meine news. und du?}\n"
    "Y: {gut! langweilig im vergleich|nich so spannend wie deiner|gut danke, viel zu tun}",
    "X: update aus meinem leben: {ANEC}\nY: {REACT}",
]

# --- group dominated (five-a-side; Marcus dominates)

GDOM_MONO = [
    "M: so jungs, taktik für {day}\nM: hab die ganze woche drüber nachgedacht\n+ \n"
    "+ lange nachricht kommt\nM: wir stehen zu eng, deswegen haben wir letzte woche 6 kassiert\n"
    "M: wenn Luca außen bleibt und Aylin tiefer steht können wir die ordnung halten\n"
    "M: und keiner, wirklich KEINER, geht gleichzeitig mit mir nach vorne\n"
    "M: ich mach ne skizze\nA: ok\nB: 👍",
    "M: <media>\nM: taktiktafel für {day}\nM: pfeile sind laufwege, gestrichelt sind pässe\n"
    "M: das rote X is wo wir immer ausgekontert werden\nM: lernt das\nC: haha\n"
    "A: das sind echt viele pfeile",
    "M: kurze nachbesprechung von gestern\nM: erste halbzeit haben wir gepennt\n"
    "M: zweite halbzeit viel besser, das pressing hat echt funktioniert\n"
    "M: aber wir müssen mehr reden, ich war der einzige der gerufen hat\n"
    "M: und Frieda das letzte tor ging teilweise auf dich, nich böse gemeint\nC: ok\n"
    "A: wir haben aber gewonnen",
    "M: hat wer die tabelle gesehen\nM: ehrlich wenn wir sonntag nich gewinnen sind wir raus\n"
    "M: der trainer muss was ändern, das mittelfeld is viel zu langsam\n"
    "M: sag ich seit august\nB: jo",
    "M: ok orga zeit\nM: platz is gebucht {day} {time}\n"
    "M: {num} euro pro person, bis donnerstag an mich\n"
    "M: diesmal lauf ich keinem hinterher\n"
    "M: letztes mal hab ich 3 wochen draufgezahlt\nA: geschickt\nC: 👍",
    "M: außerdem, neue regel\nM: wer zu spät kommt geht ins tor\nM: keine ausnahmen\n"
    "M: auch ich. ich komm natürlich nich zu spät\nB: haha",
    "M: hat wer das video gesehen das ich gepostet hab\nM: das vom freistoß\n"
    "M: ich üb genau die technik seit wochen\nM: das geheimnis is das standbein\n"
    "M: ich zeigs euch {day}\nA: nice",
    "M: ich find wir sollten bei der winterliga mitmachen\nM: hab mich schlau gemacht\n"
    "M: 10 spiele, dienstagabends, {num}0 euro pro team\n"
    "M: wenn wir gewinnen gibts n pokal und n deckel an der bar\n"
    "M: ich sag wir sind locker top 3 wenn die leute auch kommen\nC: klingt lustig\nB: vllt",
    "M: spielerbewertungen von heute weil mir langweilig is\n"
    "M: ich 8, Luca 6, Aylin 7, Frieda 6, der rest 5\n"
    "M: ehrlich gesagt hab ich bisschen getragen\nA: haha ok\nC: hart",
    "M: kennt wer n guten physio\nM: mein oberschenkel is wieder fest\n"
    "M: ich dehn zweimal am tag aber reicht nich\n"
    "M: wahrscheinlich wegen dem laufumfang, bin bei 40 km die woche\nB: nee sorry",
    "M: also ich hab mir viele pressekonferenzen von Pep angeguckt\n"
    "M: und ehrlich das mit dem positionsspiel\nM: davon könnten wir voll ne version machen\n"
    "M: geht alles um dreiecke\nM: ich bring {day} hütchen mit\nA: hütchen 😂",
    "M: erinnerung dass ich kapitän bin und die leibchen verteil\n"
    "M: is keine demokratie jungs\n"
    "M: also schon aber ich hab mehr stimmen\nC: {LAUGH}",
    "M: <media>\nM: neue schuhe\nM: dieselben wie die profis, musste die aus england bestellen\n"
    "M: erster kontakt wird elite\nB: nice",
    "M: sonntag war ehrlich gesagt ne schande\nM: wir haben mit 3 toren geführt und es verschenkt\n"
    "M: keine ordnung, kein reden, alle nur dem ball hinterhergeguckt\n"
    "M: ich bin nich sauer ich bin nur enttäuscht\n"
    "A: bisschen sauer",
    "M: kleinigkeit aber könnt ihr aufhören zum torwart zurückzuspielen\n"
    "M: is kleinfeld, der torwart kann nich schießen\n"
    "M: außer ich steh im tor natürlich\nC: ok",
]

GDOM_OTHERS = [
    "A: macht wer was {day}?\nM: training natürlich\nM: und danach geh ich laufen\n"
    "B: ich hab zeit\nC: same",
    "C: <media>\nC: mein hund im park\nM: süß\n"
    "M: da fällt mir ein ich muss den kunstrasen für nächsten monat buchen\nA: so süß!!",
    "B: schaff es diese woche nich sorry, arbeitsding\nM: das is die zweite woche am stück\n"
    "M: dann sind wir wieder einer weniger\nB: sorry\nA: kein ding",
    "A: alles gute zum geburtstag {C}!!\nB: alles gute 🎉\nM: alles gute\n"
    "M: jetzt schuldest du allen n bier, is die regel\nC: danke leute",
    "C: guckt wer heut abend das spiel\nA: ja!\nM: natürlich\n"
    "M: und ich hab nen tipp, 2-1, und der joker in der zweiten halbzeit machts\n"
    "B: mutig",
    "B: danach {place} am {day}?\nA: ja\nC: bin dabei\nM: ich komm auf eins. erst proteinshake",
    "A: ich bring diese woche den ball mit\nM: den guten, nich den platten\nA: ja Marcus",
]

# --- too short (Gemma & Raj, first days)

SHORT = [
    "X: hey hier is Greta von der kletterhalle!\nY: hey!! schön von dir zu hören\n"
    "X: war lustig am dienstag\nY: wars! meine arme sind immer noch tot haha",
    "X: gehst du {day}?\nY: glaub schon, so um {time}\nX: cool bis dann",
    "X: <media>\nX: beweis dass ich die orange route hochgekommen bin\nY: jaaa stark!!\n"
    "Y: hab doch gesagt du schaffst das",
    "Y: gut heimgekommen?\nX: ja danke! der regen war übel\nY: ha ja ich bin nass geworden",
    "X: in welchen schuhen kletterst du? meine bringen mich um\n"
    "Y: ich hab die billigen von decathlon\n"
    "Y: die weiten sich nach n paar wochen\nX: ok gut zu wissen",
    "Y: wie war deine woche?\nX: voll! arbeit is grad bisschen heftig\nX: deine?\n"
    "Y: ganz ok, freu mich aufs wochenende",
    "X: hast du lust {day} vorm klettern auf n kaffee?\nY: ja das wär schön!\n"
    "X: das café am eingang?\nY: perfekt",
    "Y: <media>\nY: so sehen meine unterarme jetzt aus\nX: 😂 same ehrlich",
    "X: danke für die tipps heute\nY: immer! du lernst das echt schnell\nX: aww danke",
]

DEEP_UK += [
    "X: ich schlaf grad nich so gut\n"
    "X: lieg ständig wach und grübel ob ich im richtigen job bin\n"
    "Y: oh nein. wie lange geht das schon so?\nX: paar monate wenn ich ehrlich bin\n"
    "Y: {VALIDATE}\nY: was genau am job macht dir so zu schaffen?\n"
    "X: ich glaub ich hab einfach nich mehr das gefühl dass ich gut darin bin\n"
    "Y: nur so nebenbei, du bist einer der fähigsten menschen die ich kenne\n"
    "X: das bedeutet mir echt viel",
    "X: ich weiß das is albern aber es verletzt mich echt dass keiner an mein jubiläum gedacht"
    " hat\n"
    "Y: das is nich albern\nY: 10 jahre sind ne große sache\n"
    "X: ich hab mich dadurch einfach bisschen unsichtbar gefühlt\n"
    "Y: {VALIDATE}\nY: ich führ dich {day} aus. richtig feiern\nX: musst du nich\n"
    "Y: ich will aber",
    "X: hab echt bammel alle beim klassentreffen wiederzusehen\n"
    "Y: was macht dir daran sorgen?\n"
    "X: dass alle voll viel erreicht haben und ich nix zu erzählen hab\n"
    "Y: versteh ich. aber die meisten wollen einfach nur quatschen\n"
    "Y: und du hast voll viel zu erzählen. du vergisst es nur\nX: haha. vllt\n"
    "Y: soll ich als deine begleitung mitkommen?\nX: ja bitte",
    "X: darf ich dir was erzählen was ich noch niemandem erzählt hab\nY: klar\n"
    "X: ich geh jetzt zur therapie\nX: is mir irgendwie komisch peinlich\n"
    "Y: ich find das ehrlich gesagt großartig\nY: wie findest dus bisher?\n"
    "X: schwer. aber gut schwer. sie fragt sachen die mich noch nie wer gefragt hat\n"
    "Y: was hat sie gesagt?\n"
    "X: meistens 'und wie hat sich das angefühlt' haha. aber es hilft\n"
    "Y: ich bin stolz auf dich dass du hingehst. {SUPPORT}",
    "X: hatte heut so richtig n tief\nX: hab vor der arbeit aufm parkplatz geheult\n"
    "Y: oh nein. das klingt so hart\nY: was hat das ausgelöst?\n"
    "X: weiß ich nich mal. alles hat sich aufgestaut\nY: {VALIDATE}\nY: gehts jetzt wieder?\n"
    "X: besser. ich bin nur so müde davon mich so zu fühlen\nY: {SUPPORT}\n~~~\n"
    "Y: wie gehts dir heute? hab an dich gedacht\n"
    "X: bisschen besser danke. hab mal richtig geschlafen\nY: das is echt schön zu hören",
    "X: ehrlich gesagt hab ich richtig angst vorm umzug\nY: vor welchem teil?\n"
    "X: allem. neue stadt, neuer job, keinen kennen\n"
    "Y: klar. das is viel veränderung auf einmal\n"
    "Y: was würde die ersten wochen leichter machen?\n"
    "X: zu wissen dass ich dich anrufen kann wenns scheiße is\n"
    "Y: kannst du. jederzeit, ich mein das ernst",
    "X: ich glaub meine mama wird vergesslich\n"
    "X: sie hat meinen geburtstag vergessen und mir dann 3 mal dieselbe geschichte erzählt\n"
    "Y: oh das is beängstigend\n"
    "Y: hast du sie drauf angesprochen?\nX: noch nich. weiß nich wie ich das anspreche\n"
    "Y: {VALIDATE}\nY: vllt wenn dein bruder dabei is?\nX: ja. das wär vllt einfacher",
    "X: ich hab das gefühl ich hab mich seit dem baby bisschen verloren\n"
    "X: ich lieb sie so sehr aber ich erkenn mein leben nich wieder\nY: das klingt echt hart\n"
    "Y: und echt normal, nur so nebenbei\nY: was vermisst du am meisten?\n"
    "X: einfach mal ne stunde die mir gehört\n"
    "Y: gib sie mir {day} mal nen nachmittag. mach irgendwas\nX: das würdest du machen?\n"
    "Y: na klar",
    "X: ich bin grad bisschen neidisch auf {friend} und ich hass es\nY: neidisch wie?\n"
    "X: bei ihr sieht alles so einfach aus\nY: versteh ich. is total menschlich\n"
    "Y: du weißt dass sie auch zu kämpfen hat, oder?\n"
    "X: ich weiß. das gefühl geht trotzdem nich weg\n"
    "Y: nee. aber danke dass du so ehrlich bist",
    "X: diese woche is der jahrestag\nX: 5 jahre\nY: ich weiß. ich hab an dich gedacht\n"
    "Y: wie gehts dir damit?\n"
    "X: schwer. es wird nich leichter, nur anders\n"
    "Y: {VALIDATE}\nY: willst du an dem tag gesellschaft oder ruhe?\nX: gesellschaft glaub ich\n"
    "Y: ich komm vorbei",
    "X: ich glaub ich hab heut auf der arbeit mist gebaut\n"
    "X: hab ner kundin die falsche datei geschickt\n"
    "Y: oh nein. wie schlimm?\nX: sie hats gemerkt. mein chef war nich begeistert\n"
    "X: ich fühl mich so dumm\n"
    "Y: du bist nich dumm, du bist ein mensch\nY: hast dus geradegebogen?\n"
    "X: ja, sofort die richtige hinterher geschickt\n"
    "Y: dann hast du alles richtig gemacht. das legt sich",
    "X: ich bin so überfordert mit der hochzeitsplanung\nY: oh nein. was is das schlimmste?\n"
    "X: alle haben ne meinung und ich hab das gefühl ich enttäusch alle\nY: {VALIDATE}\n"
    "Y: es is aber dein tag, nich ihrer\n"
    "X: ich weiß. ich hasse es einfach leute zu enttäuschen\n"
    "Y: wollen wir {day} zusammen die liste durchgehen?",
    "X: ich wurde nich fürs team ausgewählt\nX: schon wieder\nY: oh nein, tut mir leid\n"
    "Y: wie gehts dir damit?\nX: ehrlich gesagt bin ich bisschen am boden. hab so hart trainiert\n"
    "Y: {VALIDATE}. die mühe is aber nich umsonst\nX: fühlt sich grad nich so an\n"
    "Y: ich weiß. {SUPPORT}",
    "X: meine schwester und ich hatten nen riesen streit\nY: oh nein, worüber?\n"
    "X: papas pflege. sie findet ich mach nich genug\n"
    "X: und das schlimmste is, vllt hat sie recht\n"
    "Y: das klingt echt schmerzhaft\nY: du machst aber viel. mehr als du denkst\n"
    "X: vllt. ich fühl mich nur ständig schuldig\nY: {SUPPORT}",
    "X: fühl mich in letzter zeit echt unsicher\nY: wegen was bestimmtem?\n"
    "X: wie ich ausseh hauptsächlich. is dumm\n"
    "Y: is nich dumm. das beeinflusst wie du dich jeden tag fühlst\n"
    "Y: hat was das ausgelöst?\nX: einfach die fotos von der hochzeit\n"
    "Y: nur so nebenbei, du sahst darauf glücklich und wunderschön aus",
    "X: ich mach mir sorgen dass ich zu viel trinke\nY: danke dass du mir das sagst\n"
    "Y: wie kommst du drauf?\nX: is jetzt jeden abend, nich nur am wochenende\n"
    "Y: {VALIDATE}. is mutig das zu merken\n"
    "Y: wollen wir zusammen nen monat ohne alkohol machen? könnt ich auch gebrauchen\n"
    "X: ja. das würd helfen",
    "X: ich hab das gefühl nur ich geb mir bei meinen freunden mühe\n"
    "Y: das is anstrengend\nY: is was passiert?\n"
    "X: an meinem geburtstag hat mir keiner geschrieben außer dir und mama\n"
    "Y: ach du. das tut echt weh\n"
    "Y: tut mir leid\nX: is ok. musste es nur mal sagen",
    "X: die ärztin will noch mehr tests machen\nX: versuch nich in panik zu geraten\n"
    "Y: klar machst du dir sorgen\nY: was hat sie genau gesagt?\n"
    "X: nur dass sie ein paar sachen ausschließen will\n"
    "Y: meistens is es auch nur das. aber trotzdem beängstigend\n"
    "Y: wann is der termin? ich kann mitkommen\n"
    "~~~\nY: gibts was neues von den tests?\nX: alles normal!!\nY: gott sei dank\n"
    "Y: wie fühlst du dich?\n"
    "X: als wär mir n stein vom herzen gefallen",
    "X: ich hab ehrlich gesagt so die schnauze voll vom single sein\n"
    "Y: aww. wie kommst du grad drauf?\n"
    "X: auf der arbeit verloben sich alle\n"
    "X: und ich komm heim in ne leere wohnung und n mikrowellengericht\nY: {VALIDATE}\n"
    "Y: nur so nebenbei, jeder könnte sich glücklich schätzen\n"
    "X: sag das mal den apps 😅\n"
    "Y: die apps sind ein albtraum. liegt nich an dir",
    "X: hast du manchmal das gefühl du tust auf der arbeit nur so\nY: ständig\n"
    "Y: wieso, was is passiert?\n"
    "X: sollte das teammeeting leiten und hab panik gekriegt\n"
    "X: ich hab das gefühl die merken bald dass ich keine ahnung hab was ich mach\n"
    "Y: das is das hochstapler-syndrom das da redet\n"
    "Y: die haben dich gefragt weil sie glauben dass dus kannst\n"
    "X: hoffentlich hast du recht",
    "X: seit der urlaub vorbei is bin ich bisschen down\nY: urlaubsblues?\n"
    "X: eher dass ich gemerkt hab wie sehr ich meinen alltag hier hasse\n"
    "Y: oh. das is ne große erkenntnis\n"
    "Y: was hast du am wegsein geliebt?\nX: zeit haben. nich hetzen. draußen sein\n"
    "Y: kannst du davon hier irgendwie mehr kriegen?\nX: vllt. muss ich drüber nachdenken",
    "X: {friend} hat was gesagt das echt weh getan hat\nY: was hat sie gesagt?\n"
    "X: dass ich 'anstrengend' bin. als witz aber\nY: autsch. {VALIDATE}\n"
    "Y: du bist nich zu viel. du bist du\nX: danke. ich glaub das hat nen nerv getroffen\n"
    "Y: willst du mit ihr drüber reden?\nX: vllt wenn ich nich mehr so aufgewühlt bin",
]

NEWS_UK += [
    "X: ich krieg mehr gehalt!!\nY: {HYPE}\nY: wie viel?\n"
    "X: genug dass ich nich mehr aufs konto gucken muss bevor ich mir n kaffee kauf\n"
    "Y: ehrlich das is der traum",
    "X: der vermieter hat ja zu ner katze gesagt\nY: HÖR AUF\nY: wann holst du eine?\n"
    "X: {day} gehts ins tierheim\nY: schick sofort bilder",
    "X: mein artikel is erschienen!\nX: <media>\nY: {HYPE}\nY: worum gings nochmal?\n"
    "X: das gemeinschaftsgarten ding\nY: ich lese ihn grad",
    "X: hab die erste fassung fertig\nY: vom roman??\nX: vom roman!!\nY: {HYPE}\n"
    "Y: wie fühlt sich das an?\nX: surreal. und bisschen gruselig",
    "X: die haben mir den job in {town} angeboten\nY: {HYPE}\nY: nimmst du ihn?\n"
    "X: ich glaub ja!! ich freu mich so\n"
    "Y: ich freu mich so für dich. und bin traurig für mich haha",
    "X: heute 100 tage trocken\nY: das is riesig. ich bin so stolz auf dich\n"
    "Y: wie fühlst du dich?\n"
    "X: klarer. und zur abwechslung mal stolz auf mich\nY: solltest du auch sein",
    "X: hab die probezeit bestanden\nY: {HYPE}\nY: haben die was nettes gesagt?\n"
    "X: 'eine echte bereicherung fürs team'\nY: das wird eingerahmt",
    "X: mein bruder heiratet!!\nY: aww!! Sophie?\n"
    "X: ja! und die wollen dass ich was vorlese\nY: oh wie schön. du wirst heulen\n"
    "X: ich heul jetzt schon",
]

COUPLE_UK += [
    "X: hab uns für deinen geburtstag was gebucht\nY: wo??\nX: verrat ich nich\n"
    "Y: 🙈 du bist der wahnsinn",
    "X: ich bin stolz auf dich, weißt du\nY: wofür?\n"
    "X: alles in letzter zeit. das job ding, deine mama, alles\n"
    "Y: das is echt schön zu hören. danke",
    "X: können wir heut was bestellen\nY: {place}?\nX: du kannst gedanken lesen",
    "X: sorry dass ich heut morgen so grummelig war\nY: is ok. schlecht geschlafen?\n"
    "X: ja. und habs an dir ausgelassen\nY: danke dass dus sagst. lieb dich",
    "X: was is deine lieblingserinnerung an uns\nY: große frage für nen dienstag\n"
    "Y: wahrscheinlich der abend als das auto in {town} liegen geblieben is und wir im regen"
    " pommes gegessen haben\n"
    "X: meine auch",
    "X: deine pflanze vermisst dich\nY: nur die pflanze?\nX: und ich. hauptsächlich ich",
    "X: ich dachte wir sollten mal ne reise planen\nY: ja. wohin?\n"
    "X: irgendwo warm. im {month}?\n"
    "Y: lass uns am wochenende gucken",
    "X: hast du heut was gegessen?\nY: so halb. n mittagsmenü von der tanke\n"
    "X: das is keine mahlzeit\n"
    "Y: steht aber menü drauf",
    "X: ich lieb es wie du unter der dusche singst\nY: ich sing nich unter der dusche\n"
    "X: tust du absolut. schief\nY: 😂",
    "X: langer tag. brauch ne umarmung\nY: dann komm her\nY: bin um {time} daheim",
    "X: is komisch ohne dich zu schlafen\nY: noch 3 nächte\nX: das bett is zu groß\n"
    "Y: mach dich breit solange du kannst",
    "X: danke dass du dich um mich gekümmert hast als ich krank war\nY: is mein job\n"
    "X: is nich dein job\n"
    "Y: is mein lieblingsjob",
    "X: wollen wir {day} mal n richtiges date machen\nY: so mit schick anziehen?\n"
    "X: so mit schick anziehen. {place}\n"
    "Y: abgemacht ❤️",
]

SUPERFICIAL += [
    "X: die therme macht wieder das klappergeräusch\nY: ich schreib dem vermieter",
    "X: hast du den brief von den stadtwerken gesehen\nY: ja, zählerstand. mach ich",
    "X: kannst du morgen n paket annehmen wenn du da bist\nY: bin bis 2 da\nX: danke",
    "X: hab handtücher angemacht, häng sie auf wenn ich nich da bin\nY: jo kein ding",
    "X: dein fahrrad blockiert den flur\nY: stell es grad weg",
    "X: was schuld ich dir vom einkauf\nY: 14,50\nX: geschickt",
    "X: lesen wir den zähler ab oder der vermieter\nY: wir glaub ich\nX: ok ich mach n foto",
    "X: das auto muss bis ende {month} zum tüv\nY: ich mach n termin\n"
    "X: die werkstatt an der ecke is am billigsten",
    "X: wann is die blaue tonne\nY: jeden zweiten donnerstag\nX: also diese woche?\nY: nächste",
    "X: komm heut spät, mach die kette nich vor\nY: ok",
    "X: hast du batterien\nY: AA?\nX: AAA\nY: nee, sorry",
    "X: die hausverwaltung macht {day} ne begehung\nY: wann\n"
    "X: 11. kannst du das wohnzimmer bisschen aufräumen\nY: jo",
    "X: spiel is um 8 falls du gucken willst\nY: welches\nX: pokal\nY: ja bin da",
    "X: {shop} hat die großen kaffeepackungen im angebot\nY: nimm zwei",
    "X: hast du meine post weggelegt\nY: liegt auf dem tisch an der tür",
    "X: der internetvertrag läuft aus\nY: wechseln wir\nX: ich guck mal preise\nY: 👍",
    "X: wer hat den ersatzschlüssel\nY: ich, wieso\n"
    "X: meine schwester kommt um 4 was abholen\n"
    "Y: ich leg ihn an die übliche stelle",
    "X: wann fängt das quiz an\nY: 8\nX: ok, treffen uns da",
    "X: in der badewanne sitzt ne spinne so groß wie meine hand\nY: nich mein problem\n"
    "X: das is UNSER problem\nY: {LAUGH} ok ich hol das glas",
    "X: brauchst du morgen das auto\nY: nee, nimm ruhig\nX: danke",
    "X: holen wir dieses wochenende den weihnachtsbaum\nY: sonntag?\n"
    "X: ok, der stand beim gartencenter",
    "X: bus oder laufen {place}\nY: laufen, is trocken\nX: ok los um 7:45",
    "X: spülmaschine is fertig falls du sie ausräumen willst\nY: mach ich gleich",
    "X: kannst du die heizung hochdrehen wenn du heimkommst\nY: läuft über timer\n"
    "X: dann dreh den timer hoch\nY: haha ok",
    "X: neuen duschkopf bestellt, kommt {day}\nY: endlich",
    "X: hat der sperrmüll das sofa geholt\nY: ja heut morgen\nX: super",
    "X: feueralarmprobe auf der arbeit, ich komm später\nY: ok",
    "X: {friend} übernachtet {day} hier, passt das\nY: ja klar, schlafsofa?\nX: jo",
    "X: kannst du dein auto wegfahren, bin zugeparkt\nY: komme",
    "X: unter der spüle is was undicht\nY: schlimm?\nX: tropf tropf\n"
    "Y: stell ne schüssel drunter, ich ruf wen an",
    "X: der amazon typ hat n paket beim nachbarn abgegeben\nY: welcher\nX: nummer 14\n"
    "Y: ok ich hols",
    "X: kurz bescheid, hab die letzte milch genommen\nY: ich hol welche",
    "X: fußball um 7?\nY: jo, bring die pumpe mit\nX: mach ich",
    "X: wie war nochmal das wlan passwort, mein laptop hats vergessen\nY: steht am router\n"
    "X: ah ja",
    "X: fensterputzer {day} morgen\nY: ok",
    "X: die erinnerung vom rundfunkbeitrag kam\nY: ich zahl, du hast letztes jahr",
    "X: brauchst du das bügeleisen\nY: nee, is im schrank",
    "X: da is n mann der den gaszähler abliest, reinlassen?\nY: ja der is ok",
    "X: {shop} lieferung zwischen 6 und 7\nY: ich bin da",
    "X: koch {food} falls du was willst\nY: ja bitte, bin um 7 zurück",
    "X: is die kfz versicherung auf dich oder mich\nY: mich\nX: ok, verlängerungsbrief kam",
    "X: hab mich ausgesperrt\nY: bin 10 min weg\nX: legende",
]

SUPERFICIAL_OPEN += [
    "X: bist du heut abend da?\nY: jo so um 7",
    "X: ey\nY: was",
    "X: frage\nY: jo",
]

GROUP += [
    "A: wer is dran mit gastgeber sein\nB: nich ich, ich war letztes mal\nC: ich kann {day}\n"
    "D: dann {C}\nC: ich hol snacks",
    "A: hab grad nen typen gesehen der GENAU so aussieht wie unser alter vermieter\n"
    "B: der mitm zopf?\n"
    "A: der zopf lebt weiter\nC: {LAUGH}",
    "A: kaum zu glauben dass {friend} nach {town} zieht\nB: ich weiß, ende einer ära\n"
    "C: dann müssen wir halt besuchen\nD: roadtrip!!",
    "A: <media>\nA: die aussicht heute abend\nB: wo is das?\nA: {town}, oben aufm berg\n"
    "D: traumhaft\n"
    "C: neidisch",
    "A: kennt wer nen guten klempner\nC: mein onkel\nA: is der gut\nC: er is mein onkel\n"
    "D: das is kein ja",
    "A: ich mach ne playlist fürs ferienhaus, schickt wünsche\nB: {band}\n"
    "C: alles außer {band}\n"
    "D: abba natürlich\nA: abba is gesetzt",
    "A: hab grad gemerkt dass ich heut mit euch allen geschrieben hab außer mit {B}\nB: hi\n"
    "A: na also",
    "A: wer bringt was zum grillen mit\nB: burger\nC: salat (einer muss ja)\nD: getränke\n"
    "A: ich mach würstchen und stimmung",
    "A: heut abend {show} finale!!\nC: schreibt mir nich währenddessen\n"
    "B: ich guck morgen, schaltet mich stumm\n"
    "D: keine versprechen",
    "A: ich brauch n neues handy, iphone oder android, los\nB: iphone\nC: android\n"
    "D: n nokia 3310\n"
    "A: danke an alle",
    "A: <media>\nA: guckt mal wen ich gefunden hab\nB: is das herr keks??\nC: die unikatze!!\n"
    "D: der is so alt geworden",
    "A: wie kann schon {month_now} sein\nB: hör auf\n"
    "C: ich hab meine vorsätze fürs neue jahr immer noch nich gemacht\n"
    "D: alles gut alles gut alles gut",
    "A: unpopuläre meinung: ananas auf pizza is gut\nB: korrekt\nC: raus\nD: ich bin bei {A}",
    "A: hab grad meine flüge für die hochzeit gebucht\nC: same! welcher flug\nA: der um 7\n"
    "C: oh gott. ich auch\nD: ich nehm den zug wie ein vernünftiger mensch",
    "A: <deleted>\nB: was hast du gelöscht\nA: nix\nC: jetzt muss ichs wissen\n"
    "D: screenshot oder es is nie passiert",
    "A: is bei noch wem die heizung kaputt oder is die ganze stadt einfach kalt\n"
    "B: hier auch eiskalt\nC: ich trag drinnen ne mütze\nD: same",
    "A: hab grad die stressigste woche meines lebens hinter mir\n"
    "B: glückwunsch zum überleben\n"
    "C: was war los?\nA: deadline nach deadline, hab kaum geschlafen\n"
    "D: du hast dir am wochenende ne große pause verdient\n"
    "A: plan is mich gar nich zu bewegen",
    "A: random liebeserklärung: ihr seid die besten\nB: wer hat dein handy gehackt\nC: aww ❤️\n"
    "D: wir lieben dich auch du spinner",
    "A: {day}: kneipe oder kino\nB: kneipe\nC: kino\nD: kneipenkino\nA: das gibts nich\n"
    "D: jetzt schon",
    "A: will wer sich n {food} set teilen\nC: was is n {food} set\n"
    "A: n set. für {food}\n"
    "B: bin dabei",
    "A: ich hab mit laufen angefangen\nB: seit wann\nA: seit gestern\nC: ein tag streak!!\n"
    "D: stolz auf dich",
    "A: mama fragt ob wir {day} vorm ferienhaus alle zum essen kommen\n"
    "B: ja!! deine mama kocht einfach elite\nC: ich bring wein\nD: ich bring hunger mit",
    "A: <media>\nA: hab unser altes gruppenfoto gefunden\nB: warum tragen wir alle hüte\n"
    "C: das war ne hut phase\nD: dunkle zeiten",
    "A: gehts allen gut? is so ruhig hier\nB: nur viel zu tun\nC: same, arbeit is irre\n"
    "D: bin da, lese nur mit\nA: ok wollt nur mal fragen 😊",
    "A: mein auto macht n geräusch\nB: was für n geräusch\nA: wie ne traurige ente\n"
    "C: das wird teuer\n"
    "D: das is das geräusch von geld das geht",
    "A: ich hab ehrlich gesagt ne harte woche mit meiner mama\nB: oh nein, was is los?\n"
    "A: ihr gehts nich gut und ich mach mir sorgen\n"
    "C: fühl dich gedrückt ❤️ willst du drüber reden?\n"
    "A: vllt später, danke\nD: bin da wenn du was brauchst",
    "A: wer will mein übriges {thing}\nB: ich!\nC: warum hast du eins übrig\nA: lange geschichte",
    "A: wisst ihr noch der campingurlaub wo es 3 tage durchgeregnet hat\n"
    "B: ich hab immer noch schwimmhäute\n"
    "C: ehrlich bester urlaub überhaupt\nD: du bist krank",
]

GROUP_OPEN = [
    "A: moin zusammen ☀️\nB: moin!\nC: 👋",
    "A: hallo hallo\nC: hii\nD: n abend",
    "A: so, wer is wach\nB: ich leider",
]

LIGHT_US += [
    "X: mein vermieter hat endlich die heizung repariert\nY: hat ja nur 3 monate gedauert\n"
    "X: gerade rechtzeitig zum frühling haha",
    "X: hab mich für nen töpferkurs angemeldet\nY: ok ghost ära\nX: hahaha hör auf",
    "X: der typ neben mir im flugzeug schneidet sich die fußnägel\nY: NEIN\n"
    "X: ich schrei gleich\n"
    "Y: {LAUGH}",
    "X: is es komisch zur einweihungsparty nen auflauf mitzubringen\n"
    "Y: sehr oma-mäßig von dir\n"
    "X: ich nehm das als ja",
    "X: <media>\nX: meine katze hat den karton vom drucker entdeckt\nY: sie is so glücklich\n"
    "Y: hat sich der drucker ehrlich gelohnt",
    "X: isst du manchmal einfach müsli zum abendessen\nY: nennt sich dienstag",
    "X: hab mir ne pflanze für den schreibtisch geholt\nY: was für eine\n"
    "X: die art die hoffentlich nich stirbt\n"
    "Y: viel glück 🪴",
    "X: mein nachbar von oben lernt stepptanz\nY: nachts??\nX: um 23 uhr\n"
    "Y: {LAUGH} ok das is ne entscheidung",
    "X: kannst du mir die playlist vom roadtrip schicken\n"
    "Y: die mit den peinlichen 2000er songs?\nX: ja genau die\nY: <media>",
    "X: hab grad in der innenstadt nen typen gesehen der seine katze an der leine ausführt\n"
    "Y: der lebt sein bestes leben",
    "X: was schenkt man jemandem der alles hat\nY: ne kerze\nX: sie hat kerzen\nY: ne andere kerze",
    "X: hab versucht einzuparken und aufgegeben\nY: haha wo\n"
    "X: vor so 8 leuten aufm wochenmarkt\nY: legendär",
    "X: hast du noch den hoodie den ich bei dir vergessen hab\nY: vllt\nX: heißt ja\n"
    "Y: is jetzt meiner",
    "X: das café bei meiner arbeit hat zugemacht 😭\nY: neiiin das mit dem süßen barista?\n"
    "X: DER süße barista. weg",
    "X: update: aus dem brot is ne sauerteig situation geworden\n"
    "Y: oh nein jetzt bist du einer von denen\nX: er heißt Detlef",
    "X: random aber weißt du noch wie die bar in {town} hieß\n"
    "Y: die mit dem bullenreiten?\nX: ja!!\nY: keine ahnung hahaha",
    "X: versuch {film} zu gucken aber ich schlaf ständig ein\nY: der is ja auch 3 stunden\n"
    "X: gefühlt 4",
    "X: rate mal wer heut im aufzug stecken geblieben is\nY: NEIN\nY: alles ok??\n"
    "X: 20 minuten mit nem typen der thunfisch isst\nY: tut mir so leid 💀",
    "X: endlich schneits hier\nX: <media>\nY: wie schön\nY: wir hatten regen. wie immer",
    "X: soll ich mir nen pony schneiden\nY: nein\nX: du sagst immer nein\n"
    "Y: und ich hab immer recht",
    "X: bin auf dem weg zu {shop}, brauchst du was\nY: ich wohn 600 km weg\n"
    "X: ich weiß ich wollts nur wem erzählen",
    "X: langes wochenende steht an!!\nY: pläne?\nX: absolut keine und ich freu mich so",
    "X: wie hieß die serie von der du letztes jahr so besessen warst\nY: {show}?\n"
    "X: nee die andere\n"
    "Y: ich bin von vielen serien besessen",
    "X: <media>\nY: is das n ganzer kuchen\nX: übung für weihnachten\nY: es is {month_now}\n"
    "X: übung",
    "X: mein bruder hat mich grad angerufen und gefragt wie man n ei kocht\nY: der is 26\n"
    "X: der is 26",
]

DEEP_US += [
    "X: darf ich mal kurz ehrlich sein\nY: immer\n"
    "X: ich bin in letzter zeit echt ängstlich. so die ganze zeit\n"
    "Y: tut mir leid. das klingt anstrengend\nY: is es die arbeit oder eher alles?\n"
    "X: alles glaub ich. ich krieg meinen kopf nich aus\n"
    "Y: hast du mit jemandem drüber geredet?\n"
    "X: ehrlich gesagt nur mit dir\n"
    "Y: ich bin froh dass dus mir erzählst. ich bin da, und ich glaub mit jemandem zu reden"
    " könnte echt helfen",
    "X: ich fühl mich in letzter zeit irgendwie ausgeschlossen\n"
    "X: die leute von der uni treffen sich jetzt alle ohne mich\n"
    "Y: oh nein, das tut echt weh\nY: meinst du die merken das?\n"
    "X: wahrscheinlich nich. ich bin weggezogen, is nich ihre schuld\n"
    "Y: tut trotzdem weh\n"
    "Y: ich ruf dich immer an, das weißt du",
    "X: mein hund is krank\nX: die tierärztin meint es könnte was ernstes sein\n"
    "Y: oh nein. tut mir so leid\n"
    "Y: was hat sie gesagt?\nX: die müssen n blutbild machen. ich hab so angst\n"
    "Y: das is so beängstigend. er is dein baby\n~~~\nY: wie gehts dem kleinen?? ergebnisse?\n"
    "X: is behandelbar!!\nY: gott sei dank\nY: gib ihm n kuss von mir",
    "X: ich glaub ich muss mit Alex schluss machen\nY: wow. gehts dir gut?\n"
    "X: nich wirklich. ich spür das schon seit monaten\n"
    "Y: das is so ne schwere situation\n"
    "Y: woran liegts dass du dich so fühlst?\nX: wir wollen einfach verschiedene dinge\n"
    "Y: macht sinn. egal wie du dich entscheidest ich bin da",
    "X: ich hab es so satt auf der arbeit so zu tun als wär alles gut\nY: was is da los?\n"
    "X: meine chefin heimst ständig die lorbeeren für mein zeug ein\n"
    "Y: das is so frustrierend. du fühlst dich bestimmt total unterschätzt\n"
    "X: ja. ich überleg zu kündigen\n"
    "Y: ehrlich, da wär ich voll dafür",
    "X: heute war echt viel\nX: mein opa is gestürzt\nY: oh nein. gehts ihm gut?\n"
    "X: hüfte gebrochen. er is im krankenhaus\nY: tut mir so leid. wie gehts dir?\n"
    "X: mach mir einfach sorgen. er is 89\n"
    "Y: klar machst du das. schreib mir wenns was neues gibt ok?",
]

NEWS_US += [
    "X: ich bin im master angenommen!!\nY: {HYPE}\nY: welcher??\nX: mein erstwunsch!!\n"
    "Y: ich schrei grad wirklich",
    "X: wir sind verlobt!!\nX: <media>\nY: OMG\nY: wie hat er gefragt??\n"
    "X: am see wo wir uns kennengelernt haben\n"
    "Y: ich heul",
    "X: mietvertrag für die neue wohnung unterschrieben!\nY: die mit dem balkon?\n"
    "X: die mit dem balkon!!\nY: freu mich so für dich",
    "X: mein chef hat gesagt ich krieg ne gehaltserhöhung\nY: endlich!!\n"
    "Y: du hast so hart dafür gearbeitet",
]

OPEN_US += [
    "X: hiii\nY: hey du!",
    "X: sooo\nY: oh oh was",
    "X: lebst du noch?\nY: gerade so haha",
]

CLOSE_US += [
    "X: ok ich lass dich mal\nY: bis bald!",
    "X: muss los, meeting\nY: viel glück!",
]

# Jo and Sam: planning a long weekend away together, plus everyday chat
JO = [
    "X: ok also {town} im april. machen wir das echt\n"
    "Y: ja!! ich guck schon nach zügen\nX: schick mir was du gefunden hast\nY: <media>",
    "X: wie viele nächte denken wir\nY: 3? fr bis mo\nX: perfekt, ich frag wegen montag frei",
    "X: airbnb oder hotel\nY: airbnb, dann können wir kochen\nX: wer kocht\nY: du\n"
    "X: frech aber fair",
    "X: <media>\nX: was is mit der wohnung\nY: die mit der dachterrasse??\n"
    "Y: ja. buch die bevor jemand anders es tut",
    "X: gebucht!!\nY: AHHH\nY: es passiert\nX: es passiert",
    "X: was willst du machen wenn wir da sind\nY: essen\nX: außer essen\n"
    "Y: mehr essen. und das museum von dem du erzählt hast",
    "X: hab ne liste mit restaurants gemacht\nX: 1. der taco laden\n"
    "+ 2. der brunch laden mit der schlange\n"
    "+ 3. die dumpling bar\n+ ...\n+ 14. das schicke falls wir uns reich fühlen\n"
    "Y: 14 restaurants??\nY: für 3 tage\nX: wir kriegen das hin",
    "X: brauchen wir n auto\nY: glaub nich, is alles zu fuß erreichbar\n"
    "X: gut weil ich will nich fahren",
    "X: wie war deine woche\nY: lang, auf der arbeit is chaos\nY: deine?\n"
    "X: same. zähl die tage bis zum trip",
    "X: meine schwester lässt übrigens grüßen\n"
    "Y: grüß zurück!! macht sie immer noch das marathon ding\n"
    "X: ja, die is wahnsinnig",
    "X: ich hab ehrlich gesagt bisschen angst vorm fliegen\n"
    "Y: oh echt? wusst ich gar nich\n"
    "X: ja is in letzter zeit schlimmer geworden\n"
    "Y: wir können zusammen sitzen und ich lenk dich die ganze zeit ab\n"
    "X: das hilft tatsächlich voll",
    "X: pack frage, is es da im april kalt\nY: so 15 grad?\nX: also ne jacke\nY: nimm ne jacke mit",
    "X: ich hab die beförderung!!\nY: {HYPE}\nY: ok der trip is jetzt ne feier reise\nX: abgemacht",
    "X: <media>\nX: neuer koffer\nY: so schick\nX: der hat n becherhalter",
    "X: ok sei nich sauer aber ich hab vllt nen kochkurs für uns gebucht\n"
    "Y: warum sollt ich sauer sein das is toll\nX: der is um 8 uhr morgens\n"
    "Y: ok jetzt bin ich sauer",
    "X: wie gehts deiner mama\nY: besser danke, die neuen medikamente helfen\n"
    "X: das is so schön zu hören\nY: danke dass du fragst ❤️",
    "X: ich hatte nen miesen tag\nY: oh nein, was is passiert?\n"
    "X: hab schlechtes feedback zu meinem projekt gekriegt und das hat weh getan\n"
    "Y: das is doof. was haben die gesagt?\n"
    "X: dass es nich ambitioniert genug is\n"
    "Y: das is frustrierend, du hast so viel reingesteckt\n"
    "X: danke. der trip kann nich schnell genug kommen",
    "X: eine woche!!\nY: EINE WOCHE\nX: ich hab schon angefangen zu packen\n"
    "Y: natürlich hast du das",
    "X: kannst du mir die airbnb adresse schicken\nY: <media>\nX: danke",
    "X: wann geht nochmal unser flug\nY: 7:10 uhr morgens\n"
    "X: warum haben wir uns das angetan\n"
    "Y: billigflüge baby",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

DOM_MONO += [
    "X: also ich hab das mit dem investieren quasi durchschaut\n"
    "X: etfs natürlich, aber auch bisschen krypto fürs potenzial\n"
    "X: hab jetzt so 6 bücher dazu gelesen\nX: das wichtigste is nich panisch werden wenns fällt\n"
    "X: die meisten werden panisch. ich nich\nY: cool",
    "X: hatte heut n meeting mit der direktorin\nX: nur ich und sie, 30 min\n"
    "X: sie hat gefragt wo ich mich in 5 jahren seh\nX: hab gesagt auf ihrem posten haha\n"
    "X: sie hat gelacht aber ich hab nich wirklich gescherzt\nY: haha",
    "X: meine wohnung is so viel schöner seit ich das wohnzimmer neu gemacht hab\n"
    "X: den teppich, die lampe, die große pflanze\n"
    "X: und ich hab alle bilder selbst aufgehängt, mit wasserwaage und allem\n"
    "X: ehrlich ich könnt das beruflich machen\nX: <media>\nY: sieht schön aus",
    "X: war heut morgen beim parkrun\nX: 21:40, bestzeit um 15 sekunden\nX: war 12. insgesamt\n"
    "X: da is einer der mich immer um so 10 sekunden schlägt, das is jetzt mein ziel\n"
    "X: nächste woche is er fällig\nY: nice",
    "X: ok also die hochzeitsrede\nX: hab 3 entwürfe geschrieben\n"
    "X: der trauzeuge soll ja lustig sein aber ich glaub ich geh eher gefühlvoll\n"
    "X: mit n paar witzen zum abrunden\n"
    "X: les ich dir irgendwann vor, sind so 8 minuten\nY: ok",
    "X: überleg mir nen hund zu holen\n"
    "X: hab viel recherchiert, wird n cockapoo\n"
    "X: ich bin 3 tage im homeoffice also passt das\n"
    "X: und für die anderen 2 hab ich ne gassigeherin\n"
    "X: hab sogar schon n namen. Keks\nY: süß",
    "X: weißt du was mir aufgefallen is\nX: die meisten leute planen einfach nich\n"
    "X: ich plan meine woche sonntagabends, jedes essen, jedes workout\n"
    "X: und deswegen krieg ich so viel geschafft\nX: ich sollt ehrlich n kurs dazu machen\n"
    "Y: haha vllt",
    "X: wilder tag\nX: mitten in meiner präsentation is der feueralarm losgegangen\n"
    "X: aber ich hab einfach draußen aufm parkplatz weitergemacht\n"
    "X: der kunde meinte das war der denkwürdigste pitch den sie je gesehen haben\n"
    "X: wir kriegen den auftrag schätz ich\nY: wow",
    "X: kurz aufregen\nX: warum antworten leute nich auf mails\n"
    "X: hab {colleague_m} diese woche 3 mails geschickt\nX: nix\n"
    "X: musste echt zu seinem schreibtisch laufen\nX: egal is geklärt weil ichs geklärt hab\n"
    "Y: nervig",
    "X: mein kumpel hat ne band gegründet und will dass ich sie manage\n"
    "X: ich mein hab ich nie gemacht aber wie schwer kanns sein\n"
    "X: hab ihnen schon n gig {place} besorgt\nX: und ich mach social media\nY: stark",
    "X: hab entschieden ich mach n master\nX: berufsbegleitend, abends. bwl natürlich\n+ \n"
    "+ hab durchgerechnet: 2 jahre, 2 abende die woche, und ich schaff trotzdem 4 mal gym\n"
    "X: bringt mich wahrscheinlich auf die überholspur zum direktor\n"
    "X: bewerbungsschluss is im {month}, meine is fast fertig\nY: viel glück",
    "X: hab grad ne doku über schlaf geguckt\nX: anscheinend mach ich alles falsch\n"
    "X: neue regel, keine bildschirme nach 10, zimmer auf 18 grad\n"
    "X: hab auch nen lichtwecker bestellt\nX: ich sag dir wies läuft\nY: ok",
    "X: also der typ der immer auf meinem platz parkt\nX: hab n zettel hingelegt\n"
    "X: sehr höflich aber bestimmt\n"
    "X: er hat sein auto weggefahren. ergebnis\nY: haha",
    "X: hab ne neue uhr\nX: <media>\nX: automatik, saphirglas, volles programm\n"
    "X: ich weiß is viel aber sowas behält man für immer\nY: nice",
    "X: heut abend kleinfeld gespielt\nX: hattrick\n"
    "X: das zweite war n volley, oben in den winkel\nX: die jungs haben mich Zidane genannt\n"
    "Y: haha nice",
    "X: überleg nach {town} zu ziehen\nX: miete is billiger, der arbeitsmarkt is gut\n"
    "X: würd eigentlich eher kaufen statt mieten, hab das eigenkapital\n"
    "X: hab mir 3 zimmer wohnungen mit garten angeguckt\nY: oh wow",
]

GDOM_MONO += [
    "M: so, beiträge\nM: uns fehlt n zehner vom letzten monat\n"
    "M: ich weiß wer es is aber ich nenn keine namen\nM: guckt einfach in eure banking apps\n"
    "M: danke\nA: sorry glaub das war ich, schick jetzt",
    "M: wetter sieht für {day} übel aus\nM: aber wir spielen bei jedem wetter\n"
    "M: das formt den charakter\nM: bringt n zweites paar socken mit, ihr werdet mir danken\n"
    "B: ok",
    "M: einer vom anderen team hat mir geschrieben\nM: die wollen ne revanche\n"
    "M: natürlich hab ich ja gesagt\n"
    "M: wir müssen aber wacher sein, die hatten den langen in der abwehr\n"
    "M: ich hab n plan für den\nC: 👍",
    "M: hab mir die highlights vom sonntag nochmal angeguckt\n"
    "M: ehrlich unsere ordnung in den ersten 10 minuten war elite\n"
    "M: dann is alles auseinandergefallen als ich ins tor bin\n"
    "M: was beweist dass ich ins feld gehör\nA: haha",
    "M: fitness check\nM: wer war diese woche wirklich laufen\n"
    "M: ich war nämlich 3 mal laufen und einmal im gym\n"
    "M: und ich will nich wieder der einzige sein der presst\nB: ich bin zur arbeit gelaufen\n"
    "C: {LAUGH}",
    "M: großes spiel diese woche jungs\nM: es geht um die tabellenführung\n"
    "M: samstag früh ins bett, kein bier\nM: ich mein das ernst\nM: ok vllt ein bier\n"
    "A: notiert",
    "M: hab uns ne gruppen playlist fürs aufwärmen gemacht\nM: hauptsächlich 2000er hits\n"
    "M: keine beschwerden, ich bin kapitän\nM: link in bio. spaß, ich schick ihn\n"
    "C: haha ok",
    "M: meinungen zu neuen trikots\nM: ich denk an dunkelblau mit goldrand\n"
    "M: hab n entwurf\n"
    "M: <media>\nM: namen hinten drauf natürlich\nB: sieht gut aus\nA: wie teuer",
    "M: ok ich hab nen plan gemacht wer die bälle mitbringt\nM: BALL PLAN\n+ woche 1: ich\n"
    "+ woche 2: Luca\n+ woche 3: Aylin\n+ woche 4: Frieda\n+ (wiederholen)\n"
    "M: tragt euch das in den kalender ein\n"
    "M: keine ausreden\nB: ok",
    "M: kurz zum schiri gestern\nM: ich weiß ich war bisschen hitzig\n"
    "M: aber das war niemals n foul\nM: hab es mir 10 mal angeguckt\n"
    "M: egal ich hab mich bei ihm entschuldigt, so halb\nC: 😂",
    "M: taktikfrage\nM: spielen wir 2-2 oder 1-2-1\n"
    "M: ich denk 1-2-1 aber will eure meinung\n"
    "M: nee doch 1-2-1\nM: is entschieden\nA: ok",
    "M: abstimmung spieler des spiels endet heut abend\n"
    "M: nur so, ich hatte 2 vorlagen und n tor\n"
    "M: kein druck\nM: stimmt mit dem kopf ab\nB: haha",
    "M: ich mach extra einheiten im park\nM: nur ich, n ball und n paar hütchen\n"
    "M: mein linker fuß wird echt gut\nM: vllt schieß ich freistöße jetzt mit links\nC: nice",
    "M: erinnerung das saisonabschlussessen is {day}\nM: hab {place} reserviert\n"
    "M: ich mach ne preisverleihung\n"
    "M: kann sein dass es n pokal für mich gibt, kann auch nich sein\nA: {LAUGH}",
    "M: les grad n buch über teamkultur\n"
    "M: anscheinend haben die besten teams n starken anführer und klare rollen\n"
    "M: was quasi das is was ich die ganze zeit sag\n"
    "M: also. rollen. schick ich rum\nB: ok",
]

GDOM_OTHERS += [
    "C: bin spät dran sorry\nM: wie spät\nC: 10 min\nM: dann wärmen wir uns ohne dich auf\n"
    "A: kein ding",
    "A: gut gespielt alle 🙌\nB: gutes spiel\n"
    "M: ganz ok. an der zweiten halbzeit müssen wir arbeiten\n"
    "M: ich schick notizen",
    "B: <media>\nB: mein knie nach sonntag\nA: autsch\n"
    "M: PECH. pause, eis, compression, hochlagern\n"
    "M: ich kann dir die übungen von meinem physio schicken",
    "C: will wer {day} mitfahren\nA: ja bitte!\nM: ich fahr rad, is teil von meinem aufwärmen",
    "A: findet das bei dem regen noch statt\nM: natürlich\nB: ok",
    "B: danke fürs organisieren Marcus\nM: kein ding\nM: einer muss es ja machen",
    "A: <media>\nA: teamfoto vom letzten mal\nC: wir gucken so ernst\nM: das is fokus\nB: haha",
    "C: kann wer anders die leibchen mitbringen, meine sind in der wäsche\nA: ich hab welche\n"
    "M: die blauen sind besser, die orangen stinken",
]

SHORT += [
    "Y: random frage aber kennst du hier in der nähe was gutes zum brunchen\n"
    "X: {place} gibts mega eier!\nY: ohh probier ich, danke",
    "X: hast du gesehen dass nächsten monat n boulder wettkampf is\n"
    "Y: nein! machst du mit?\n"
    "X: haha nein. vllt zugucken",
    "Y: morgen! zum ersten mal zweimal in einer woche klettern, ich kann die arme nich heben\n"
    "X: 😂 willkommen im club",
]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: komische sache aber ich hab bisschen heimweh\nY: nach deiner mama?\n"
    "X: nach allem. dem dorf, dem hund, dem trubel\n"
    "Y: macht sinn. war n großes jahr\nY: wann bist du das nächste mal da?\n"
    "X: erst im {month}\n"
    "Y: das is ewig. wollen wir hier n sonntagsbraten machen als überbrückung?\nX: ja bitte",
    "X: ich vergleich mich schon wieder mit allen auf insta\nX: und jetzt fühl ich mich mies\n"
    "Y: boah, die app is manchmal echt gift\nY: was hat das ausgelöst?\n"
    "X: die urlaubsbilder von {friend}. und ihr neuer job. und ihre haare\n"
    "Y: {VALIDATE}. du siehst nur die highlights\n"
    "X: ich weiß. das wissen hilft aber nich viel\n"
    "Y: nee. willst du sie mit mir ne woche löschen?",
    "X: ich glaub mich beschäftigt das mit papa immer noch\nY: der streit an weihnachten?\n"
    "X: ja. wir haben seitdem nich richtig geredet\nY: das is lang mit sowas rumzulaufen\n"
    "Y: willst du das klären oder brauchst du abstand von ihm?\n"
    "X: ich wills klären. ich weiß nur nich wie ich anfangen soll\n"
    "Y: vllt ne kurze nachricht? muss ja nich alles auf einmal sein",
    "X: ich hab nen knoten den ich abchecken lassen muss\n"
    "X: wahrscheinlich nix aber ich hab angst\n"
    "Y: klar hast du angst\nY: hast du nen arzttermin gemacht?\nX: donnerstag\n"
    "Y: soll ich mitkommen?\n"
    "X: echt? ich will nich alleine im wartezimmer sitzen\n~~~\n"
    "Y: wie wars beim arzt?\nX: is ne zyste. völlig harmlos\n"
    "Y: oh gott sei dank. wie fühlst du dich?\nX: als könnt ich wieder atmen",
    "X: hab heut echt schlechte nachrichten auf der arbeit gekriegt\n"
    "X: die machen unser büro zu\n"
    "Y: oh nein. was heißt das für dich?\nX: nach {town} ziehen oder abfindung nehmen\n"
    "Y: das is so ne riesige entscheidung die dich da trifft\nY: wie gehts dir damit?\n"
    "X: geschockt. mir is bisschen schlecht\n"
    "Y: {SUPPORT}. wir können das jederzeit durchsprechen",
    "X: ich bin echt nervös wegen der fahrprüfung\n"
    "X: letztes mal bin ich durchgefallen und muss ständig dran denken\n"
    "Y: verständlich. letztes mal war echt blöd\nY: was is passiert?\n"
    "X: ich hab im kreisverkehr panik gekriegt\nY: du hast seitdem aber viel geübt\n"
    "X: ich weiß. ich hab nur angst dass ich wieder einfrier\n"
    "Y: wirst du nich. und wenn doch, versuchst dus nochmal",
    "X: meine beste freundin aus der schule hat sich nach 5 jahren gemeldet\n"
    "X: und ich bin deswegen den ganzen tag komisch emotional\n"
    "Y: aww. emotional gut oder traurig?\n"
    "X: beides. wir haben uns wegen was dummem zerstritten\n"
    "Y: das is viel auf einmal zu fühlen\n"
    "Y: trefft ihr euch?\nX: ich glaub schon. ich bin nervös\n"
    "Y: das is echt mutig. ich hoffe es läuft gut",
    "X: ich hab das gefühl ich bin nich gut genug für den job\nY: hey. was is passiert?\n"
    "X: ich hab vorm ganzen team n fehler gemacht\n"
    "X: und jetzt hab ich das gefühl alle warten nur drauf dass ich versag\nY: {VALIDATE}\n"
    "Y: ein fehler is nich wer du bist\nX: ich weiß. tut nur weh\nY: klar tut es das",
    "X: wenn ich ehrlich bin gehts mir seit der trennung nich gut\n"
    "Y: danke dass du mir das sagst. hab ich mich schon gefragt\n"
    "Y: wie gehts dir, wirklich?\n"
    "X: die abende sind das schlimmste. is so still\nY: {VALIDATE}\n"
    "Y: wollen wir jeden donnerstag fest zusammen essen? bei mir\n"
    "X: das fänd ich richtig schön",
    "X: meine oma zieht ins pflegeheim\n"
    "X: ich weiß es is das richtige aber ich bin so traurig\n"
    "Y: oh, das is echt hart\nY: wie geht sie damit um?\nX: tapfer. tapferer als ich\n"
    "Y: is ok traurig deswegen zu sein. is ne große veränderung für euch alle\n"
    "X: ja. danke dass du das verstehst",
    "X: ich glaub ich brauch ne pause von der arbeit, mein kopf is total durcheinander\n"
    "Y: was is los?\n"
    "X: einfach dauerdruck und kein ende in sicht\nY: das klingt anstrengend\n"
    "Y: kannst du ne woche frei nehmen?\n"
    "X: vllt. ich fühl mich schon schuldig wenn ich nur dran denk\n"
    "Y: du darfst dich ausruhen. wirklich",
    "X: ich mach mir diesen monat echt sorgen wegen geld\nY: is was dazwischen gekommen?\n"
    "X: die miete is hoch gegangen und das auto is durch den tüv gefallen\n"
    "Y: boah. das is viel auf einmal\n"
    "Y: willst du hilfe das durchzugehen?\nX: vllt. is mir peinlich\n"
    "Y: is es echt nich. ganz viele sind in derselben lage",
]

DUMP += [
    "X: sorry dass ich schon wieder damit anfang aber mir gehts echt nich gut\n"
    "X: die arbeit wird einfach immer schlimmer\n"
    "X: {colleague} hat mich aus dem projekt genommen das ich echt mochte\nY: {VALIDATE}\n"
    "Y: hat sie gesagt warum?\nX: 'umstrukturierung'. aber es fühlt sich persönlich an\n"
    "X: ich hab so die schnauze voll\n"
    "Y: klar hast du das. {SUPPORT}",
    "X: ich kann nich mehr\nX: ich hab das gefühl ich ertrink in allem\n+ \n"
    "+ sorry. ich weiß ich sag das oft\nY: hey. ich bin da\nY: was is grad das größte?\n"
    "X: geld glaub ich. und arbeit. und alles mit Lukas\n"
    "Y: ok. das is viel auf einmal. {VALIDATE}\n"
    "Y: eins nach dem anderen. wollen wir mit dem geld anfangen?\nX: ja ok",
    "X: in meiner beurteilung steht ich bin 'zu emotional'\nX: ich bin so fertig\n"
    "X: hab danach aufm klo geheult\nY: das is so was furchtbares für ne beurteilung\n"
    "Y: {VALIDATE}\nY: was haben die noch gesagt?\nX: dass ich 'meine reaktionen managen' soll\n"
    "X: ich fühl mich so gedemütigt\nY: du darfst auf der arbeit gefühle haben. {SUPPORT}",
    "X: mein vermieter will die kaution nich zurückgeben\nX: sagt der teppich is kaputt\n"
    "X: der war schon so als ich eingezogen bin!!\nX: ich bin so gestresst, ich brauch das geld\n"
    "Y: das is so unfair\nY: hast du beim einzug fotos gemacht?\nX: paar glaub ich\n"
    "Y: ok gut. das hilft. ich helf dir ihm zu schreiben",
    "X: ich bin grad wegen allem so ängstlich\n"
    "X: ich kann nich aufhören meine mails zu checken ob mein chef was geschrieben hat\n"
    "X: sogar um 23 uhr\n"
    "Y: das klingt anstrengend\nY: {VALIDATE}\n"
    "Y: kannst du abends die benachrichtigungen ausmachen?\n"
    "X: ich hab angst dass ich was verpasse\n"
    "Y: versteh ich. {SUPPORT}",
    "X: hatte die schlimmste nacht\nX: konnte nich aufhören wegen Lukas zu heulen\n"
    "X: ich dachte ich bin drüber weg\n"
    "Y: ach süße. trauer is keine gerade linie\nY: was hat das ausgelöst?\n"
    "X: unser lied lief im supermarkt\nY: {VALIDATE}",
    "X: meine freunde fahren alle übers wochenende nach {town} und ich kann mirs nich leisten\n"
    "X: ich fühl mich so ausgeschlossen\nX: und es is mir peinlich\nY: {VALIDATE}\n"
    "Y: muss dir nich peinlich sein. geld is bei so vielen knapp\n"
    "Y: wollen wir {day} hier was günstiges machen?\n"
    "X: vllt. ich fühl mich einfach so hinter allen",
    "X: ich hab das gefühl auf der arbeit mag mich keiner\n"
    "X: die sind alle mittagessen gegangen ohne mich zu fragen\n"
    "Y: oh nein. das tut weh\nY: {VALIDATE}\nY: war das geplant oder eher spontan?\n"
    "X: weiß nich. is auch egal. hat trotzdem weh getan",
    "X: die ärztin sagt mein blutdruck is zu hoch\nX: wegen stress anscheinend\n"
    "X: super, jetzt bin ich gestresst weil ich gestresst bin\nY: {VALIDATE}\n"
    "Y: hat sie dir was gegeben?\nX: nur gesagt ich soll mich 'entspannen' haha\n"
    "Y: hilfreich. wollen wir zusammen spazieren gehen? könnte bisschen helfen",
    "X: ich glaub meine mama is enttäuscht von mir\n"
    "X: sie fragt ständig wann ich n 'richtigen job' hab\n"
    "X: und ich fühl mich dann so klein\nY: das is hart von der eigenen mama zu hören\n"
    "Y: {VALIDATE}\n"
    "Y: was hast du geantwortet?\nX: nix. bin einfach still geworden\nY: verständlich",
    "X: ich hab heut so richtig mist gebaut\nX: hab n kundentermin komplett vergessen\n"
    "X: meine chefin is stinksauer\nX: ich bin so wütend auf mich\nY: {VALIDATE}\n"
    "Y: jeder vergisst mal was\nY: hast du dich entschuldigt?\n"
    "X: ja. hilft aber nich wie ich mich fühl\nY: {SUPPORT}",
    "X: ich hab das gefühl ich versag bei allem\nX: job, beziehungen, die wohnung\n"
    "X: alle anderen scheinen das leben zu gewinnen\n"
    "Y: du versagst nich. du machst grad ne echt harte zeit durch\nY: {VALIDATE}\n"
    "X: fühlt sich nich wie ne zeit an. fühlt sich an wie für immer\nY: ich weiß. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: hatte eigentlich n richtig schönes wochenende, war mit meiner schwester in {town}\n"
    "X: nice\n"
    "X: ich hab das ganze wochenende wegen der arbeit geheult haha\n"
    "X: {colleague} hat mir am samstag gemailt\n"
    "Y: oh nein. an nem samstag?\nX: ja!! wer macht sowas",
    "Y: ich mach mir bisschen sorgen um meine mitbewohnerin, der gehts echt schlecht\n"
    "X: sie hat wenigstens dich\n"
    "X: ich hab zuhause niemanden\nX: die wohnung is so still\nY: du hast mich doch auch\n"
    "Y: egal sie wird schon",
    "Y: also ich überleg meinen job zu kündigen\nX: omg ich auch\n"
    "X: ich hab so die nase voll von {colleague}\n"
    "X: heut hat sie im meeting wortwörtlich die augen über mich verdreht\n"
    "Y: boah das is furchtbar\n"
    "Y: über meins reden wir n andermal",
    "Y: papas op is übrigens gut gelaufen\nX: oh gut\n"
    "X: mein papa hat mich immer noch nich angerufen\n"
    "X: ich hab das gefühl der weiß nich mal mehr dass es mich gibt\n"
    "Y: tut mir leid. das is echt hart",
]

DUMP_LIGHT += [
    "X: <media>\nX: hab bananenbrot gebacken\nY: sieht mega aus!\nX: oben bisschen verbrannt",
    "Y: hast du schon die neue staffel {show} gesehen\nX: noch nich! is sie gut\n"
    "Y: so gut. wirst du lieben",
    "X: mittagessen {day}?\nY: ja! wo?\nX: {place}?\nY: perfekt",
    "Y: <media>\nY: der hund im park\nX: omg ich will ihn",
    "X: heut is es so sonnig\nY: endlich!!\nX: geh vllt tatsächlich mal raus",
    "Y: und der neue haarschnitt?\nX: wächst mir ans herz\nX: wortwörtlich",
    "X: hast du das finale von das große backen gesehen\nY: ja!! beschissen\nX: BESCHISSEN",
    "Y: hier is {weather}, bei dir?\nX: auch. war den ganzen tag drin",
]

CRIT += [
    "X: du hast das auto schon wieder ohne sprit stehen lassen\nY: ich war spät dran\n"
    "X: du bist immer spät dran\nY: du hättest ja auch selbst tanken können\n"
    "X: darum gehts nich und das weißt du",
    "X: warum machst du das immer wenn meine familie da is\nY: was\n"
    "X: still werden und schmollen\n"
    "Y: ich schmoll nich\nY: dein bruder hat mich angemacht und du hast nix gesagt\n"
    "X: das is nich meine schuld",
    "X: du hast nich mal gemerkt dass ich beim friseur war\nY: hab ich gemerkt\n"
    "X: du hast nix gesagt\n"
    "Y: naja du merkst auch nie wenn ich was mach\nX: zum beispiel\nY: vergiss es",
    "X: ich hab dich 3 mal gebeten den klempner anzurufen\nY: hatte viel zu tun\n"
    "X: für die kneipe hast du nie zu viel zu tun\nY: wow ok\n"
    "Y: nich meine schuld dass dich als einzige der wasserhahn juckt\nX: unfassbar",
    "X: was is los mit dir, du bist schon den ganzen tag so pampig\n"
    "Y: mit mir is nix los\n"
    "Y: vllt hörst du mal auf alle 5 minuten zu fragen was mit mir los is\n"
    "X: schön. dann frag ich halt nich mehr",
    "X: du hast versprochen zu meinem arbeitsding zu kommen\nY: ich hab gesagt ich versuchs\n"
    "X: du hast gesagt du kommst\n"
    "X: alle haben gefragt wo du bist\nY: du hast mich ja nich erinnert\n"
    "X: ich sollte dich nich erinnern müssen",
    "X: du hast {num}0 euro für WAS ausgegeben??\nY: war n gutes angebot\n"
    "X: wir hatten gesagt wir sparen\n"
    "Y: du hast letzte woche neue sneaker gekauft\nX: das is was anderes\n"
    "Y: is immer was anderes wenns um dich geht",
    "X: du machst immer pläne ohne mich zu fragen\nY: ich hab dich gefragt\n"
    "X: du hast es mir gesagt. das is nich fragen\n"
    "Y: naja du antwortest ja nie wenn ich frag\nX: egal 🙄",
    "X: is dir überhaupt egal dass ich traurig bin\nY: natürlich is mir das nich egal\n"
    "X: so verhältst du dich aber nich\n"
    "Y: was soll ich denn machen\nX: weiß nich, einmal was merken",
    "X: du hast gesagt du kümmerst dich um den urlaub\nY: mach ich\n"
    "X: das hast du im {month_past} gesagt\n"
    "Y: ich hatte viel zu tun, is nich meine schuld\nX: du hast immer viel zu tun",
]

CRIT_REASSURE += [
    "X: du bist so still geworden. is zwischen uns alles ok?\nY: ja. ich guck nur das spiel\n"
    "X: ok. sorry",
    "X: hab ich dich gestern abend verletzt?\nY: nich wirklich\n"
    "X: 'nich wirklich' klingt nach ja\n"
    "Y: war ok\nX: ok. trotzdem sorry",
    "X: liebst du mich noch\nY: natürlich, wieso\n"
    "X: weiß nich. fühlt sich in letzter zeit komisch an\n"
    "Y: war einfach ne volle woche",
    "X: bist du genervt von mir?\nY: warum sollte ich genervt sein\n"
    "X: du hast den ganzen tag nur mit einem wort geantwortet\nY: ich war arbeiten\n"
    "X: sorry. ich zerdenk immer alles",
]

CRIT_LIGHT += [
    "X: wann fährt dein zug\nY: 6:10\nX: ok",
    "X: willst du was von der pommesbude\nY: große pommes\nX: ok",
    "X: meine mama sagt hallo\nY: hallo zurück",
    "X: müll\nY: erledigt",
    "X: <media>\nX: hab das in der schublade gefunden\nY: ha, die alte wohnung",
    "X: gym heut abend?\nY: vllt\nX: ok sag bescheid",
    "X: {friend}s geburtstag {day} auf n drink\nY: ok wann\nX: {time}",
    "X: die waschmaschine is fertig\nY: ok ich häng sie auf",
    "X: kochen oder bestellen\nY: bestellen\nX: {place}?\nY: ok",
    "X: hab die karten für {film}\nY: wann\nX: {time}",
    "X: auto is für {day} in der werkstatt angemeldet\nY: ok",
    "X: hast du die news aus {town} gesehen\nY: ja krass",
]

CRIT_REPAIR += [
    "X: sorry wegen der sache mit meinem bruder. du hattest recht\nY: danke. das bedeutet mir viel",
    "X: ich hab nich gemeint was ich vorhin gesagt hab\nY: ich weiß. ich war auch müde\n"
    "X: lieb dich\nY: lieb dich",
]

WANE_MIN += [
    "X: <media>\nX: musste da so lachen\nY: ha",
    "X: hoffe deine woche is ok\nY: danke, dir auch",
    "X: {day} zeit?\nY: hab was vor sorry",
    "X: hast du die news von {friend} gesehen\nY: jo",
    "X: wie is der neue job\nY: gut, viel los",
    "X: ach wollt ich noch fragen, wie war {town}?\nY: gut danke",
    "X: sorry, hab das vorhin verpasst\nY: kein ding",
    "X: lang nix gehört!\nY: haha ja",
    "X: denk an dich, hoffe alles gut\nY: 👍 danke",
    "X: müssen uns bald mal sehen\nY: ja auf jeden",
    "X: {show} is zurück\nY: oh nice",
]

WANE_MID += [
    "X: {friend} lässt übrigens grüßen\nY: aww grüß zurück\nY: wie gehts ihr?\n"
    "X: gut, immer noch in {town}",
    "X: war heut morgen laufen\nY: nice, wie weit?\nX: 5 km, langsam\nY: zählt trotzdem",
    "X: <media>\nX: neue pflanze\nY: süß. was is das?\nX: keine ahnung haha",
    "X: hat deiner mama das geschenk gefallen?\nY: ja hat es\nX: gut",
    "X: bin heut müde\nY: same\nX: zu viele späte abende\nY: ja",
    "X: {show} war diese woche gut\nY: noch nich geguckt\nX: ah ok",
]

# the second pair's fragments where the first pair's do not fit
FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": [
        "omg!!",
        "JAAA",
        "niemals!!",
        "wie geil",
        "freu mich so für dich",
        "wusst ichs doch",
        "hör auf das is ja riesig",
        "AHHH",
        "warte was!! krass",
        "LETS GOOO",
        "hab ichs nich gesagt!!",
    ],
    "VALIDATE": [
        "das klingt echt hart",
        "oh nein, das klingt richtig mies",
        "ach mann, tut mir so leid",
        "total verständlich",
        "klar fühlst du dich so",
        "das klingt furchtbar",
        "tut mir echt leid, dass du dich damit rumschlagen musst",
        "das is echt viel",
        "das is so scheiße",
    ],
    "ACK": ["ok", "okay", "cool", "klingt gut", "👍", "passt", "jo", "klar", "perfekt"],
}

REPAIR_UK.append(
    "X: darf ich kurz ehrlich sein wegen ner kleinigkeit\nY: schieß los\n"
    "X: als ich dir gestern abend von dem job zeug erzählt hab warst du die ganze zeit am han"
    "dy\nX: und ich kam mir bisschen vor als würd ich mit mir selbst reden\n"
    "Y: oh. du hast recht, war ich. tut mir leid\n"
    "Y: hab nebenbei was für die arbeit beantwortet und das hätt ich nich machen sollen\n"
    "Y: erzählst dus mir nochmal? diesmal richtig\nX: danke. ok also"
)

COUPLE_UK += [
    "X: <deleted>\nX: vergiss das, falscher chat 🙈\nY: jetzt bin ich neugierig\n"
    "X: es ging um dein geburtstagsgeschenk\nY: ok vergessen!! lalala",
    "X: <media:audio>\nY: kann grad nich hören, bin im meeting\n"
    "X: is nur ich wie ich happy monday singe\nY: hör ichs mir in der mittagspause an",
]
LIGHT_UK += [
    "X: <media:audio>\nY: sorry, du klingst als wärst du im windkanal\n"
    "X: war aufm fahrrad haha\nX: kurz gesagt: kneipe um {time}?\nY: ja",
    "X: <media:video>\nY: WIE hat er das gemacht\nX: der hund is n genie\n"
    "Y: n genie das socken frisst",
]
LIGHT_US += [
    "X: <call>\nX: sorry, hosentaschenanruf haha\nY: hahaha wollt grad panik kriegen",
    "X: <call>\nX: ruf mich an wenn du zeit hast? nix schlimmes, nur ne geschichte\n"
    "Y: bin aufm heimweg, ruf in 20 an",
    "X: <deleted>\nY: ??\nX: falscher chat haha\nY: verdächtig",
    "X: <media:sticker>\nY: wo findest du die überhaupt",
    "X: <media:audio>\nY: omg die sprachnachricht als aufsatz\nX: hörs dir einfach an\n"
    "Y: ok hör grad",
    "X: <media:video>\nX: die ersten schritte von meinem neffen!!\nY: OMG\n"
    "Y: der is so stolz auf sich",
    "X: <media:gif>\nY: hahaha so wahr",
]
GROUP += [
    "A: <media:audio>\nB: ich hör mir keine 4 minuten sprachnachricht an\n"
    "C: zusammenfassung bitte\n"
    "A: ich hab gesagt ich buch das ferienhaus\nD: hättest du auch tippen können",
    "A: <media:video>\nB: wer hat dir ne karaokemaschine gegeben\n"
    "C: das kommt in die hochzeitsrede\nD: {LAUGH}",
]

DUMP += [
    "X: rate mal wer schon wieder geghostet wurde\nX: drei dates und dann nix\n"
    "X: was stimmt nich mit mir\nY: mit dir stimmt alles\nY: {VALIDATE}\n"
    "Y: wie gehts dir damit?\nX: dumm. und abgelehnt. wie immer",
    "X: hatte n furchtbaren traum von Lukas und jetzt bin ich den ganzen tag schlecht drauf\n"
    "X: ich fühl mich so erbärmlich\n"
    "Y: du bist nich erbärmlich. träume sind so gemein\n"
    "Y: willst du drüber reden oder abgelenkt werden?\n"
    "X: ablenkung. nee, reden. weiß nich",
    "X: in mein auto wurde eingebrochen\nX: die haben meine laptoptasche mitgenommen\n"
    "X: ich hab einfach aufm parkplatz gesessen und geheult\nY: oh nein. gehts dir gut?\n"
    "Y: {VALIDATE}\n"
    "Y: hast du die polizei angerufen?\n"
    "X: ja. die haben mir ne vorgangsnummer gegeben und das wars\n"
    "X: warum passiert immer alles mir",
    "X: mama hat unser mittagessen schon wieder abgesagt\nX: dritte mal diesen monat\n"
    "X: ich hab das gefühl ich bin niemandem wichtig\nY: {VALIDATE}\n"
    "Y: hat sie gesagt warum?\n"
    "X: 'viel zu tun'. für mich hat sie immer viel zu tun\nY: das tut echt weh. tut mir leid",
    "X: ich bin so ängstlich ich kann mich auf nix konzentrieren\n"
    "X: ich hab dieselbe mail 5 mal gelesen\n"
    "Y: das klingt anstrengend\nY: hat was das ausgelöst?\n"
    "X: die umstrukturierung. alle tuscheln\nY: {VALIDATE}. das nich wissen is das schlimmste\n"
    "X: ich hab solche angst dass ich als erste gehen muss",
    "X: hab mich gewogen und jetzt will ich verschwinden\n"
    "Y: hey. die zahl sagt nix über dich aus\n"
    "Y: {VALIDATE}\nX: ich fühl mich einfach ekelhaft\n"
    "Y: bist du nich. ich wünschte du könntest dich so sehen wie ich dich seh",
    "X: meine mitbewohnerin zieht aus und ich kann die miete allein nich zahlen\n"
    "X: ich krieg panik\n"
    "Y: oh nein. wann geht sie?\nX: ende nächsten monat\n"
    "Y: ok. das is wenigstens bisschen zeit. {SUPPORT}\n"
    "Y: soll ich es auf insta posten, vllt sucht wer n zimmer?\n"
    "X: ja bitte. ich bin so gestresst",
    "X: der feierabend drink mit der arbeit war furchtbar\nX: keiner hat mit mir geredet\n"
    "X: ich stand ne stunde bei den chips\n"
    "X: ich fühl mich wie so ne loserin\nY: das klingt echt furchtbar\n"
    "Y: du bist keine loserin. sowas is schwer\nX: allen anderen fiel es so leicht",
    "X: ich glaub meine freunde haben die schnauze voll von mir\n"
    "X: keiner hat den ganzen tag in der gruppe geantwortet\n"
    "Y: oh nein. {VALIDATE}\nY: vllt haben die einfach viel zu tun?\n"
    "X: vllt. fühlt sich trotzdem an als würden die mich ignorieren\n"
    "Y: ich ignorier dich nich. {SUPPORT}",
    "X: ich kann schon wieder nich schlafen\n"
    "X: is 2 uhr und ich lieg hier und geh alles durch\n"
    "X: sorry, ich weiß du schläfst\nY: bin wach, keine sorge\n"
    "Y: was geht dir durch den kopf?\nX: alles. arbeit. Lukas. geld. mama\n"
    "Y: {VALIDATE}. soll ich kurz anrufen?",
]

GDOM_MONO += [
    "M: ok unpopuläre meinung kommt\nM: wir sollten auch donnerstags trainieren\n"
    "M: nur ne stunde, passübungen\nM: hab schon wegen dem platz gefragt, der is um 7 frei\n"
    "M: kein druck aber auch bisschen druck\nB: donnerstags is schwierig für mich\nA: vllt",
    "M: scoutingbericht zu den gegnern am sonntag\nM: ihr torwart is links schwach\n"
    "M: die nummer 9 arbeitet nich nach hinten\n"
    "M: und die haben einen der fällt als wärs die wm\n"
    "M: also keine dummen fouls\nC: notiert",
    "M: hab mir unsere statistik angeguckt\n"
    "M: wir kassieren 70% unserer tore in den letzten 10 minuten\n"
    "M: das is fitness. reine fitness\n"
    "M: ich nehm sprints ins aufwärmen mit auf\nA: neiiin",
    "M: erinnerung dass die leibchen KEIN mode accessoire sind\n"
    "M: einer hat letzte woche eins mit heim genommen\n"
    "M: ich wills bis sonntag zurück\nM: gewaschen\nB: haha nich ich",
    "M: shoutout an mich übrigens für die parade am sonntag\n"
    "M: fingerspitzen, um den pfosten\n"
    "M: hat in dem moment keiner was gesagt also sag ichs jetzt\nC: starke parade Marcus\n"
    "M: danke {C}",
    "M: hab ne tabelle gemacht wer was schuldet\nM: farbcodiert\n"
    "M: grün bezahlt, gelb spät, rot sehr spät\nM: da is viel gelb\nA: schick jetzt",
    "M: ich denk über nen neuen teamnamen nach\nM: 'FC Mittwoch' is bisschen schwach\n"
    "M: hab ne shortlist mit 12\nM: mein favorit is 'Real Kadaver'\n"
    "M: wir stimmen ab aber ich zähl die stimmen\nB: haha\nC: real kadaver is gut",
    "M: podcast empfehlung für euch alle\nM: zwei ex profis analysieren taktik\n"
    "M: ich hab jede folge gehört\nM: folge 40 is quasi wie wir spielen sollten\n"
    "M: hausaufgabe für die woche\nA: ok trainer",
    "M: verletzungsupdate\nM: dem knöchel gehts gut\n"
    "M: physio sagt 2 wochen aber ich schätz 1\n"
    "M: ich spiel zur not durch\nC: hör vllt auf den physio",
    "M: können wir über einwürfe reden\nM: beide hände, hinterm kopf, füße am boden\n"
    "M: wir haben sonntag 3 verschenkt\nM: ich zeigs vorm anpfiff\nA: 😂 ok",
]
