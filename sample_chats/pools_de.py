"""Deutsches Material für make_samples.py: the German twin of ``pools.py``.

Same names, same pool kinds, the same exchanges in the same order with the same roles,
placeholders and fragment names as ``pools.py``; written as people in Germany text on WhatsApp
(lower case, "hab", "nich", "grad", "vllt", "haha", "xD", umlauts now and then as ae/oe/ue), not
translated word for word. A feeling keeps its kind and strength, a question about the other stays
one, support stays support, criticism stays criticism and a minimal reply stays minimal. Values
(places, shops, towns, names) are German ones; a ``{place}`` value carries its own preposition
("beim Griechen") so that it reads right wherever it stands. Everything here was written for this
project; the people are invented. ``tests/test_pools_de.py`` checks the structure against
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
        "ach süße. das is hart",
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
        "ok", "okay", "cool", "klingt gut", "👍", "ok cool", "jo", "klar", "perfekt", "passt",
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
    "ANSWER": ["gut danke!", "ganz ok, langer tag", "gut! viel los", "joa passt", "meh. geht so",
               "gut gut", "eigentlich ziemlich gut", "lang. aber ok", "ja passt, danke",
               "kann nich klagen", "ganz gut, bin müde"],
    "QREPLY": ["vllt später, danke", "ja vllt", "sag ich dir noch", "ja bitte",
               "ehrlich gesagt ja", "passt schon, reden hat geholfen", "danke dir",
               "vllt. danke", "heut nich, aber danke", "glaub mir gehts jetzt besser",
               "ja, das fänd ich schön"],
    "MINIMAL": ["ok", "k", "haha", "ja", "👍", "nice", "mhm", "xD", "cool", "stimmt", "jo", "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": ["beim Griechen", "bei Luigi", "beim Thai in der Gartenstraße", "im Hirschen",
              "in der Markthalle", "beim Italiener am Bahnhof", "im Goldenen Anker",
              "beim Vietnamesen an der Ecke", "im Café Lotte", "im Biergarten", "bei Ali",
              "in der kleinen Ramen-Bar"],
    "food": ["nudeln", "curry", "fajitas", "gemüsepfanne", "ofenkartoffeln", "pizza", "risotto",
             "halloumi-wraps", "schnitzel", "dal", "spätzle", "gnocchi", "käsespätzle"],
    "day": ["samstag", "sonntag", "freitag", "donnerstag", "mittwoch"],
    "time": ["7", "halb 8", "8", "6", "viertel vor 8", "19:30"],
    "film": ["Dune 2", "Paddington 2", "Das Lehrerzimmer", "Past Lives", "Aftersun",
             "Anatomie eines Falls", "Asteroid City"],
    "show": ["Tatort", "Dark", "Babylon Berlin", "The Bear", "Severance", "4 Blocks",
             "How to Sell Drugs Online", "Der Tatortreiniger", "Stromberg"],
    "friend": ["Lena", "Jule", "Mia", "Caro", "Anni", "Nele", "Marie", "Steffi"],  # "sie"
    "friend_m": ["Jonas", "Tobi", "Murat", "Flo", "Basti"],
    "colleague": ["Sabine", "Claudia", "Petra", "Birgit", "Anja", "Melanie"],  # "sie" in the pools
    "colleague_m": ["Thomas", "Jürgen", "Stefan", "Uwe", "Dirk"],
    "town": ["Leipzig", "Hamburg", "Freiburg", "Lübeck", "Rostock", "Köln", "Bamberg"],
    "shop": ["Rewe", "Aldi", "Lidl", "Edeka", "dm", "Rossmann"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Hauptbahnhof", "Ostkreuz", "Südkreuz", "Altona", "Alexanderplatz"],
    "band": ["AnnenMayKantereit", "Giant Rooks", "Kraftklub", "Deichkind", "Die Ärzte",
             "Provinz"],
    "drink": ["n bier", "n aperol", "n glas rotwein", "n kaffee", "ne weinschorle"],
    "weather": ["am schütten", "arschkalt", "komischerweise sonnig", "so grau", "mega stürmig",
                "nur am nieseln"],
    "thing": ["ladekabel", "portemonnaie", "fahrradschloss", "netzteil", "lieblingsshirt",
              "handyladekabel"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["beim Burgerladen am Markt", "beim Dönerstand am Ring", "im Blauen Haus",
              "in der Mensa haha", "bei Hans im Glück", "in der Ramen-Bar", "bei Vapiano",
              "in der Brauerei", "bei dean&david", "bei Mario"],
    "food": ["käsespätzle", "tacos", "ramen", "bowl", "pfannkuchen", "chicken wings",
             "toast hawaii", "pho", "pizza von gestern", "chili"],
    "day": ["samstag", "sonntag", "freitag", "donnerstag"],
    "time": ["7", "halb 8", "8", "6", "12"],
    "film": ["Dune 2", "Oppenheimer", "Talk to Me", "Past Lives", "Barbie",
             "Spider-Man: Across the Spider-Verse"],
    "show": ["The Bear", "Love Is Blind", "Severance", "Germany's Next Topmodel", "Succession",
             "Only Murders", "Sketch History"],
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
    "thing": ["ladekabel", "portemonnaie", "trinkflaschen-ding", "airpods-case", "netzteil",
              "fahrradschloss"],
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
    "X: <media>\nY: is das... ein kuchen?\nX: sollte einer werden\n"
    "Y: 😂😂 der gedanke zählt",
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
    "X: hatte grad das beste {food} meines lebens\nY: wo\nX: {place}\n"
    "Y: kommt auf die liste",
    "X: hast du noch mein {thing}?\nY: oh gott ja sorry\nY: bring ichs dir {day} mit",
    "X: wann hast du schluss?\nY: hoffentlich um 6\nX: auf {drink} danach?\nY: na gut",
    "X: <media>\nX: der himmel heute!!\nY: wow. sieht fake aus",
    "X: wie kocht man reis ohne dass er matschig wird\nY: weniger wasser haha\n"
    "X: genie. danke chefkoch",
    "X: kurze frage, schenken wir {friend} noch was zum geburtstag\n"
    "Y: glaub wir hatten {num} pro person gesagt\nX: ok cool ich kümmer mich\n"
    "X: auf der karte steht:\n+ alles gute zum geburtstag!!\n+ hab dich lieb, deine mädels\n"
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
    "X: das neue {band} album is so gut\nY: habs noch nich gehört!\n"
    "X: lied 4. mehr sag ich nich",
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
    "X: hab n knöllchen gekriegt 🙃\nY: neiiin wo\nX: vor {shop}. war 4 minuten drin\n"
    "Y: kriminell",
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
    "Y: knapp is aber knapp. nächstes mal",
    "X: darf ich mal kurz ablästern\nY: schieß los\n"
    "X: ich hab so die schnauze voll, immer die zu sein die alles organisiert\n"
    "X: keiner sagt mal danke\n"
    "Y: {VALIDATE}\nY: das würd jeden zermürben\nY: mit wem isses diesmal?\n"
    "X: die unileute. das treffen\n"
    "Y: vllt soll sich mal jemand anders um den nächsten teil kümmern?\n"
    "X: ja hast recht",
    "X: ich schlaf so schlecht\nY: seit wann?\n"
    "X: paar wochen. wach immer um 4 auf und mein kopf rattert\nY: das klingt anstrengend\n"
    "Y: is es was bestimmtes das dich wach hält?\nX: hauptsächlich das hin und her mitm vertrag\n"
    "Y: macht sinn. das is viel zu tragen\nY: {SUPPORT}",
    "X: ich vermiss papa heute\nY: ach süße\nY: is der jahrestag?\n"
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
    "X: ich pennen gleich weg, gn8\nY: gn8 😴",
    "X: hab dich lieb, bis morgen\nY: ich dich auch",
]

LIGHT_US = [
    "X: was machst du am wochenende\nY: absolut gar nix und ich freu mich so drauf\n"
    "X: ziele",
    "X: <media>\nX: guck dir diesen hund an den ich grad getroffen hab\nY: OMG\nY: die ohren!!",
    "X: hast du {show} schon geguckt\nY: noch nich, keine spoiler!!\n"
    "X: meine lippen sind versiegelt 🤐",
    "X: hab grad {num} euro bei {shop} für nix ausgegeben\nY: typisch {shop}\n"
    "X: wollte nur shampoo",
    "X: hier is es {weather}\nY: boah hier auch. ich will den sommer zurück",
    "X: wie hieß nochmal der laden wo wir {food} gegessen haben\nY: {place}?\n"
    "X: ja!! danke",
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
    "X: {friend} heiratet??\nY: ICH WEISS\n"
    "Y: habs wie alle anderen auf insta erfahren\nX: hahaha",
    "X: ich brauch ne neue serie\nY: kennst du {show}\nX: nee is die gut?\nY: vertrau mir",
    "X: hab grad n knöllchen bekommen 🙃\nY: neee wie viel\nX: {num}0 euro\n"
    "Y: das is raub",
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
    "X: hab mich grad auf meine brille gesetzt\nY: wie schlimm\nX: <media>\n"
    "Y: oh das is schlimm",
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
    "{LAUGH}", "niemals", "was 😂", "typisch", "geil", "das is so du", "hör auf",
    "lieb ich", "ha. natürlich", "oh nein 😂", "warum is das so lustig", "großartig",
    "ich brauch n foto", "das drama", "ehrlich legendär", "nich schon wieder",
]
FRAGMENTS["ASKMORE"] = [
    "warte was is passiert", "wo war das", "wie", "und dann", "aber warum",
    "erzähl alles", "hats wer gesehen", "is das normal",
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
