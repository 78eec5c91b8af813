"""Material for make_samples.py in Italian: pools.py's exchanges as people in Italy write them on
WhatsApp (lower case, accents often dropped or typed as an apostrophe: "perche", "gia", "e'";
"cmq", "nn", "xke", "tvb", "ahah", "boh", "dai", "raga", "mi sento giu", "ho paura", tu/voi,
emoji).

Written for chat-balance; the people are invented. Not a word-for-word translation: each
exchange keeps its parts, its messages and their roles, its placeholders and what each message
does (a feeling of the same kind and strength, a question about the other, support, criticism,
a minimal reply), said the way it would be said in Italy. Every list has the same name, length
and order as in pools.py (tests/test_pools.py checks it). ``{X:o/a}`` is an ending that agrees
with the person in role X (masculine/feminine), as in the other languages' pools.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "sembra davvero pesante",
        "oh no, sembra proprio dura",
        "mi dispiace un sacco per te",
        "guarda chiunque ci starebbe male",
        "sembra orribile sul serio",
        "uff. e' tanta roba",
        "ti capisco benissimo",
        "ovvio che la vivi cosi",
        "e' normale sentirsi cosi",
        "dio che brutto",
        "mi dispiace tanto che stai passando questo",
        "sembra stressantissimo",
        "amore mio. e' dura",
        "e' davvero dura",
        "ti sento",
        "che brutto, mi dispiace tantissimo",
    ],
    "SUPPORT": [
        "io ci sono per te",
        "ci sono se vuoi parlare",
        "vuoi che ti chiamo?",
        "ci sono sempre tvb",
        "non devi affrontarlo senza nessuno",
        "dimmi se posso fare qualcosa",
        "posso passare se vuoi",
        "sono qui, conta su di me",
        "chiamami quando vuoi, dico sul serio",
        "non vado da nessuna parte",
        "davvero chiamami se diventa troppo",
        "qui quando ti serve tvb",
    ],
    "HYPE": [
        "omg!!",
        "SIIIII",
        "nooo non ci credo!!",
        "che figata",
        "troppo troppo felice per te",
        "FINALMENTE!!",
        "lo sapevo che ce l'avresti fatta",
        "ma dai e' fantastico",
        "AAAAH",
        "aspetta cosa!! grande",
        "che gioia per te",
        "te l'avevo detto!!",
    ],
    "LAUGH": [
        "ahahah",
        "ahahahah",
        "😂😂",
        "ahahahahah muoio",
        "ahah smettila",
        "sto morendo 😂",
        "💀",
        "ahahahahahah",
        "ahaha",
        "😂",
    ],
    "ACK": [
        "ok", "okk", "top", "va bene", "👍", "ok top", "si", "certo", "perfetto",
        "ottimo",
    ],
    "BYE": [
        "notte un bacio",
        "buonanotte!",
        "dormi bene",
        "vado a letto",
        "ci sentiamo domani",
        "devo scappare, a dopo",
        "notteee 😴",
        "ok vado a dormire",
        "ok nanna. notte",
        "notte bacioni",
    ],
    "ANSWER": ["bene grazie!", "non male, giornata lunga", "bene! di corsa", "si tutto ok",
               "mah. tutto ok", "bene bene", "abbastanza bene dai", "lunga. ma ok",
               "si bene grazie", "non mi lamento", "bene, ma che sonno"],
    "QREPLY": ["magari dopo, grazie", "si forse", "ti faccio sapere", "si dai",
               "in realta si", "tutto ok, mi ha fatto bene parlarne", "grazie tvb",
               "forse. grazie", "stasera no ma grazie", "credo di stare meglio",
               "si, mi farebbe piacere"],
    "MINIMAL": ["ok", "k", "ahah", "si", "👍", "top", "mm", "ahahah", "figo", "vero", "sisi",
                "ok."],
}

FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["omg!!", "SIIIII", "nooo non ci credo!!", "che figata",
             "troppo troppo felice per te", "lo sapevo che ce l'avresti fatta",
             "ma dai e' pazzesco", "AAAAH", "aspetta cosa!! grande", "VAIIII",
             "te l'avevo detto!!"],
    "VALIDATE": ["sembra davvero pesante", "oh no, sembra proprio dura",
                 "mi dispiace un sacco", "e' piu che giusto sentirsi cosi",
                 "ovvio che la vivi cosi", "sembra orribile",
                 "mi dispiace tanto che stai passando questo", "e' tanta roba",
                 "che schifo davvero"],
    "ACK": ["ok", "okk", "top", "va bene", "👍", "vai", "si", "certo", "perfetto"],
}

# --- values (Italy: the UK chats in and around Milan, the US ones across the country)

VALUES_UK: dict[str, list[str]] = {
    "place": ["Rossopomodoro", "Poke House", "Da Zero", "Spontini", "Luini", "Miscusi",
              "Sushi Ko", "Osteria del Binari", "Gino Sorbillo", "Pescaria", "Flower Burger",
              "Trattoria Milanese"],
    "food": ["la pasta", "un curry", "le fajitas", "un wok", "le patate al forno", "la pizza",
             "un risotto", "le piadine", "il pollo arrosto", "un dal", "i toast",
             "gli gnocchi", "un katsu curry"],
    "day": ["sabato", "domenica", "venerdi", "giovedi", "mercoledi"],
    "time": ["alle 7", "alle 7 e mezza", "alle 8", "alle 6 e qualcosa",
             "alle 8 meno un quarto", "alle 7 e mezzo"],
    "film": ["il nuovo Dune", "Paddington 2", "il thriller coreano", "Past Lives",
             "il film della rapina", "Aftersun", "il Wes Anderson"],
    "show": ["Mare fuori", "MasterChef", "Slow Horses", "The Bear", "L'amica geniale",
             "Severance", "Gomorra", "Boris", "Skam Italia"],
    "friend": ["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Valentina", "Silvia",
               "Elisa"],
    "friend_m": ["Matteo", "Davide", "Simone", "Andrea", "Lorenzo"],
    "colleague": ["Patrizia", "Roberta", "Daniela", "Monica", "Cinzia", "Barbara"],
    "colleague_m": ["Massimo", "Stefano", "Roberto", "Fabrizio", "Paolo"],
    "town": ["Como", "Bergamo", "Varenna", "Pavia", "Lecco", "Sirmione", "Stresa"],
    "shop": ["Esselunga", "Lidl", "Carrefour", "Eurospin", "Coop", "Pam"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Centrale", "Porta Garibaldi", "Cadorna", "Lambrate", "Rogoredo"],
    "band": ["Calcutta", "Måneskin", "Coez", "Cosmo", "Marco Mengoni", "Elodie"],
    "drink": ["una birra", "uno spritz", "un bicchiere di rosso", "un caffe", "un negroni"],
    "weather": ["piove a dirotto", "fa un freddo cane", "stranamente c'e il sole",
                "tutto grigio", "c'e un vento assurdo", "ancora pioggerella"],
    "thing": ["caricatore", "ombrello", "abbonamento atm", "cappello", "portafoglio",
              "caricabatterie"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["Five Guys", "Old Wild West", "Poke House", "Burger King", "Roadhouse",
              "Pizzeria da Michele", "Cioccolatitaliani", "Rossopomodoro", "Temakinho",
              "Autogrill ahah"],
    "food": ["la pasta al sugo", "i tacos", "il ramen", "una poke", "le crepes",
             "le alette", "un toast", "un pho", "la pizza avanzata", "un chili"],
    "day": ["sabato", "domenica", "venerdi", "giovedi"],
    "time": ["alle 7", "alle 7 e mezza", "alle 8", "alle 6 e qualcosa", "a pranzo"],
    "film": ["il nuovo Dune", "Oppenheimer", "l'horror della A24", "Past Lives", "Barbie",
             "il nuovo Spider-Verse"],
    "show": ["The Bear", "Mare fuori", "Severance", "Love Is Blind", "Succession",
             "Only Murders", "Il Paradiso delle signore"],
    "friend": ["Alessia", "Federica", "Noemi", "Beatrice", "Serena"],
    "friend_m": ["Luca", "Riccardo", "Nicola"],
    "colleague": ["Antonella", "Loredana", "Tiziana", "Manuela"],
    "colleague_m": ["Giorgio", "Claudio", "Sergio"],
    "town": ["Napoli", "Bologna", "Torino", "Firenze", "Bari", "Palermo"],
    "shop": ["Conad", "Esselunga", "Ikea", "Decathlon", "Tigota"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Termini", "l'aeroporto", "Santa Maria Novella"],
    "band": ["Annalisa", "Ultimo", "Angelina Mango", "Mahmood", "Gazzelle"],
    "drink": ["una birra", "un caffe freddo", "un margarita", "un bubble tea"],
    "weather": ["un caldo assurdo", "diluvia", "fa freddissimo", "stranamente bello",
                "un'afa pazzesca"],
    "thing": ["caricatore", "portafoglio", "portachiavi", "custodia delle AirPods",
              "caricatore del pc", "badge"],
}


# --- shared UK pools

OPEN_UK = [
    "X: ciaoo\nY: ciaooo\nY: com'e andata la giornata?",
    "X: buongiorno ☀️\nY: buongiorno! dormito bene?\nX: nn tanto ahah, ancora i vicini\n"
    "Y: noo",
    "X: ci sei?\nY: si dimmi",
    "X: ehiii\nY: ciao 👋",
    "X: ehi, come stai?\nY: bene grazie! un po stanc{Y:o/a}. e tu?\nX: uguale dai",
    "X: qui {weather}\nY: anche qui, mi sono inzuppat{Y:o/a} tornando a casa",
    "X: buonasera\nY: buonasera! sono appena rientrat{Y:o/a}",
    "X: sei viv{Y:o/a}?\nY: a malapena ahah\nY: giornata lunga",
    "X: ciaooo\nY: ehi!! stavo letteralmente per scriverti",
    "X: sei a casa?\nY: in bus, 10 min",
    "X: indovina chi ha staccato prima\nY: invidios{Y:o/a}\nY: che fai di bello?",
    "X: com'e andata oggi?\nY: lunga! ma ok. tu?\nX: tutto ok, niente di che",
]

CLOSE_UK = [
    "X: ok devo dormire\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok provo a dormire\nY: in bocca al lupo ahah\nY: notte",
    "X: devo andare, si mangia\nY: buon appetito!",
    "X: batteria al 2% ciao\nY: ahah ciao",
    "X: cmq ci sentiamo domani?\nY: si! {BYE}",
    "X: ok, a letto\nY: notte 💤",
    "X: ok mi sto addormentando a meta frase\nY: vai a letto allora 😂\nX: si mamma",
    "X: ok, torno al lavoro\nY: forza!",
    "X: scappo, riunione\nY: vai vai",
    "X: ok ti lascio\nY: a dopo bacio",
    "X: 2 sec, suonano alla porta\nY: 👍",
]

LIGHT_UK = [
    "X: cosa mangi stasera\nY: {food} probabilmente. tu?\nX: {food2}\nY: che lusso",
    "X: hai visto il nuovo {show}\nY: no!! niente spoiler\nX: mai\n"
    "X: ...pero il finale 😳",
    "X: <media>\nX: guarda chi e' comparso in giardino\nY: omg una volpe!!\n"
    "Y: sembra super fiera di se",
    "X: {weather} di nuovo\nY: ma che paese e'\nX: {LAUGH}",
    "X: sempre ok per {place} {day}?\nY: si! {time}?\nX: perfetto 👍",
    "X: ho appena preso in pieno una porta a vetri al lavoro\nY: {LAUGH}\nY: tutto ok?\n"
    "X: il mio ego no",
    "X: sai se {shop} e' aperto fino a tardi la domenica\nY: fino alle 13 credo\n"
    "X: uff ok grazie",
    "X: ho appena incontrato {friend} da {shop}, ti saluta\nY: ooh ciao {friend}\n"
    "Y: fa ancora la cosa della maratona?\nX: a quanto pare si, pazza",
    "X: <media>\nY: e'... una torta?\nX: doveva esserlo\n"
    "Y: 😂😂 e' il pensiero che conta",
    "X: non trovo piu il mio {thing}\nY: hai guardato nella tasca del cappotto\n"
    "X: ...trovato\nX: zitt{Y:o/a}",
    "X: treno di nuovo in ritardo\nX: 40 min stavolta\nY: noo\n"
    "Y: porta degli snack la prossima volta",
    "X: consigliami un podcast per il viaggio\nY: hai sentito quello sulla setta?\n"
    "X: no! venduto",
    "X: sto pensando di prendere una pianta\nY: hai ucciso un cactus\nX: e' successo una volta",
    "X: ok ho iniziato {show}\nY: FINALMENTE\nY: che episodio\n"
    "X: 3. perche sono tutti cosi sospetti\nY: aspetta e vedrai",
    "X: ti va {film} nel weekend?\nY: ooh si\nY: {day} pomeriggio?\nX: per me va bene",
    "X: mia mamma ha scoperto i vocali\nY: oh no\n"
    "X: me ne ha mandati 6 stamattina. uno era solo lei che respirava\nY: {LAUGH}",
    "X: ho appena mangiato {food}. il pasto migliore della mia vita\nY: dove\nX: {place}\n"
    "Y: lo aggiungo alla lista",
    "X: hai ancora il mio {thing}?\nY: oh cavolo si scusa\nY: te lo porto {day}",
    "X: a che ora stacchi?\nY: alle 6 spero\nX: {drink} dopo?\nY: dai",
    "X: <media>\nX: il cielo stasera!!\nY: wow. sembra finto",
    "X: come si fa il riso che non viene appiccicoso\nY: meno acqua ahah\n"
    "X: genio. grazie chef",
    "X: domanda veloce, facciamo ancora il regalo per il compleanno di {friend}\n"
    "Y: mi sa avevamo detto {num} a testa\nX: ok top ci penso io\nX: il biglietto dice:\n"
    "+ tanti auguri!!\n+ un abbraccio da tutti noi\nX: troppo banale?\nY: perfetto",
    "X: sono 3 ore che sto su questo excel\nY: sembra divertente\nX: non lo e'\n"
    "Y: quasi weekend",
    "X: l'autista del bus mi ha appena augurato buona serata\nY: ooh\n"
    "X: sinceramente mi ha svoltato la settimana",
    "X: oggi sono andat{X:o/a} a {town}\nY: ah bello, per cosa?\n"
    "X: solo a fare un giro. patatine sul lago\nY: giornata perfetta dai",
    "X: <media>\nY: che fila assurda\nX: tutta {town} ha avuto la stessa idea",
    "X: hai visto la partita\nY: non me ne parlare\nX: cosi male?\nY: ci hanno derubato",
    "X: ho appena capito che lo pronuncio sbagliato da anni\nY: cosa\nX: 'quinoa'\n"
    "Y: {LAUGH}",
    "X: mi faccio la frangia?\nY: no\nX: ok ma ascoltami\nY: sempre no 😂",
    "X: ho finalmente preso appuntamento dal dentista\nY: fier{Y:o/a} di te\n"
    "X: e' a {month}, il primo libero",
    "X: il nuovo album di {band} e' bellissimo\nY: non l'ho ancora sentito!\n"
    "X: traccia 4. non dico altro",
    "X: il riscaldamento e' di nuovo rotto\nY: noo\nY: hai avvisato il padrone di casa?\n"
    "X: dice che 'ci da un'occhiata'",
    "X: com'era il posto che mi dicevi, quello dei ravioli\nY: {place}?\n"
    "X: si quello",
    "X: mi hanno chiesto di correre una 5 km per beneficenza\nY: tu??\nX: lo so\n"
    "Y: ti sponsorizzo 5 euro ahah",
    "X: random ma ti ricordi il nome della canzone al matrimonio\nY: quale\n"
    "X: quella che hanno urlato tutti\nY: Gloria ovvio",
    "X: <media>\nY: e' la tua nuova scrivania?\nX: era dello smart working\nY: che classe",
    "X: sono bloccat{X:o/a} dietro un trattore\nY: {LAUGH}\nY: la vita di campagna",
    "X: ho mangiato un pacco intero di ovetti kinder e non e' nemmeno pasqua\nY: rispetto",
    "X: ho preso una multa 🙃\nY: noo dove\n"
    "X: davanti a {shop}. sono stat{X:o/a} li 4 minuti\nY: criminale",
    "X: aiuto. cosa regalo a mio padre per il compleanno\nY: calzini\n"
    "X: ha 400 paia di calzini\nY: 401 allora",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: posso essere sincer{X:o/a} su una cosa\nY: sempre\n"
    "X: mi sento davvero male per il lavoro ultimamente\n"
    "+ tipo ho l'ansia la domenica sera\n"
    "Y: {VALIDATE}\nY: e' successo qualcosa o si sta accumulando?\n"
    "X: si accumula credo. {colleague} continua a scaricarmi roba e non riesco a dire di no\n"
    "Y: e' sfiancante. ne hai parlato con qualcuno?\nX: non proprio\nY: {SUPPORT}\n~~~\n"
    "Y: il lavoro oggi? un po meglio?\nX: un po. sono riuscit{X:o/a} a dire di no a "
    "{colleague} una volta 😅\n"
    "Y: ma guardati!! come ti sei sentit{X:o/a}\nX: terrorizzat{X:o/a}. ma fa bene",
    "X: ho il colloquio {day}\nX: sinceramente ho paura di fare un casino\n"
    "Y: non farai nessun casino. sai il fatto tuo\nY: cos'e' che ti preoccupa di piu?\n"
    "X: la presentazione. vado in blackout quando la gente mi fissa\n"
    "Y: vuoi provarla con me domani?\nX: lo faresti? mi aiuterebbe tantissimo\n~~~\n"
    "Y: allora il colloquio??\nX: bene credo!! la presentazione e' andata\n"
    "Y: te l'avevo detto\nY: cosa ti hanno chiesto?\n"
    "X: un sacco di cose sul lavoro di squadra. mi fanno sapere la settimana prossima",
    "X: ha chiamato mia mamma, i risultati dell'ecografia non sono buoni\n"
    "X: non so bene cosa fare di me\nY: oh no. mi dispiace davvero tanto\n"
    "Y: cosa ti ha detto?\n"
    "X: devono fare altri esami. fa finta che non e' niente ma si sente che e' preoccupata\n"
    "Y: {VALIDATE}\nY: e tu come stai? sinceramente\n"
    "X: non benissimo. ho la nausea\nY: {SUPPORT}\n~~~\n"
    "Y: novita da tua mamma?\nX: gli esami sono {day}. sembra un po piu tranquilla\n"
    "Y: gia qualcosa. e tu come te la cavi?\n"
    "X: meglio dopo averne parlato sinceramente. grazie",
    "X: non ti senti mai indietro rispetto a tutti\nY: sempre\n"
    "Y: perche lo dici?\nX: {friend} si e' fidanzata e ha comprato casa nella stessa settimana\n"
    "X: e sono content{X:o/a} per lei ma ho anche pianto sotto la doccia ahah\n"
    "Y: ci sta. possono essere vere tutte e due\n"
    "Y: non sei indietro, hai solo preso un'altra strada\n"
    "X: lo so. avevo solo bisogno di dirlo",
    "X: stamattina ho avuto un attacco di panico in metro\nY: oddio\n"
    "Y: va meglio adesso? dove sei\nX: alla scrivania. tutto ok. tremo solo\nY: {VALIDATE}\n"
    "Y: ti era gia successo?\n"
    "X: una o due volte. non te l'ho detto perche mi sentivo stupid{X:o/a}\n"
    "Y: non e' per niente stupido\nY: {SUPPORT}\n~~~\n"
    "Y: come ti senti oggi? dopo ieri\nX: meglio. ho preso appuntamento dal medico\n"
    "Y: che bello. fier{Y:o/a} di te",
    "X: mi sembra di sbagliare tutto ultimamente\nY: ehi. che succede?\n"
    "X: in ritardo con le scadenze\n+ la casa e' un cantiere\n"
    "+ non chiamo mia nonna da settimane\n"
    "+ e ho cenato con le patatine\nY: e' un sacco di roba da gestire insieme\n"
    "Y: cos'e' che ti stressa di piu?\nX: le scadenze credo\n"
    "Y: ok. e' una cosa, non tutto. facciamo una lista insieme?\n"
    "X: si. grazie. scusa se mi lamento\nY: non ti stai lamentando, te l'ho chiesto io",
    "X: sono cosi stressat{X:o/a} per i soldi questo mese\nY: cos'e' successo?\n"
    "X: c'era da cambiare la frizione della macchina. {num}0 euro che non avevo\n"
    "Y: {VALIDATE}\n"
    "Y: posso fare qualcosa? posso prestarti qualcosa\n"
    "X: no no ce la faccio. e' solo stretto. ma grazie\nY: l'offerta resta",
    "X: sinceramente mi sento un po pers{X:o/a} da quando ho traslocato\n"
    "Y: pers{X:o/a} in che senso?\n"
    "X: tipo non conosco nessuno qui e le serate sono lunghissime\n"
    "Y: sembra dura. le citta nuove ci vogliono tempo\n"
    "Y: hai provato il gruppo di corsa che dicevi?\n"
    "X: non ancora. mi tiro indietro ogni volta\n"
    "Y: vuoi che ti videochiamo prima della prima volta per darti coraggio\n"
    "X: ahah si in realta",
    "X: sono preoccupat{X:o/a} per mio fratello\nY: cos'ha?\n"
    "X: non risponde piu a nessuno. anche mia mamma e' preoccupata\n"
    "Y: fa paura. quando l'hai sentito l'ultima volta?\nX: tipo 2 settimane fa\n"
    "Y: potresti passare da lui?\nX: si. credo che ci vado {day}\n~~~\n"
    "Y: hai visto tuo fratello?\n"
    "X: si. non sta per niente bene. pero ha accettato di vedere qualcuno\n"
    "Y: e' tantissimo. e tu come la vivi?\nX: sollevat{X:o/a}. e triste. tutte e due",
    "X: giornata di merda\nY: oh no, cos'e' successo\n"
    "X: {colleague} mi ha attaccat{X:o/a} davanti a tutti\n"
    "X: ho retto ma da allora tremo\nY: non e' per niente ok\n"
    "Y: stai bene?\nX: mi sento umiliat{X:o/a} sinceramente\n"
    "Y: {VALIDATE}. non te lo meritavi\nY: {SUPPORT}",
    "X: ho un'ansia per {day}\nY: la cosa di famiglia?\n"
    "X: si. finisco sempre per sentirmi come se avessi 12 anni con loro\n"
    "Y: {VALIDATE}\n"
    "Y: non puoi andare via prima?\nX: potrei dire che lavoro il giorno dopo\n"
    "Y: fallo. e scrivimi dal bagno se si mette male 😂\nX: affare fatto",
    "X: non l'ho preso\nX: il lavoro\nY: oh no. mi dispiace tantissimo\n"
    "Y: come ti senti?\n"
    "X: a pezzi sinceramente. pensavo davvero fosse quello giusto\nY: {VALIDATE}\n"
    "Y: ti hanno dato un feedback?\nX: 'secondo molto vicino'. che e' quasi peggio\n"
    "Y: comunque e' vicino. al prossimo",
    "X: posso sfogarmi un attimo\nY: vai\n"
    "X: sono stufissim{X:o/a} di essere quell{X:o/a} che organizza tutto\n"
    "X: nessuno dice nemmeno grazie\n"
    "Y: {VALIDATE}\nY: stancherebbe chiunque\nY: con chi stavolta?\n"
    "X: quelli dell'universita. la rimpatriata\n"
    "Y: magari lascia organizzare qualcun altro la prossima?\nX: si hai ragione",
    "X: sto dormendo malissimo\nY: da quando?\n"
    "X: due settimane. mi sveglio alle 4 con il cervello che gira\n"
    "Y: sembra sfiancante\n"
    "Y: c'e qualcosa in particolare che ti tiene sveglio?\n"
    "X: soprattutto l'incertezza sul contratto\n"
    "Y: ci credo. e' un peso\nY: {SUPPORT}",
    "X: oggi mi manca mio papa\nY: oh amore\nY: e' l'anniversario?\n"
    "X: no e' solo che. hanno messo la canzone nel negozio\nY: {VALIDATE}\n"
    "Y: vuoi parlarmi di lui? mi piacerebbe ascoltarti\n"
    "X: la cantava in macchina stonatissimo\nX: tipo stonato apposta\n"
    "Y: sembra che fosse fantastico\nX: lo era",
    "X: credo di dover dire una cosa a {friend} ma ho paura di rovinare l'amicizia\n"
    "Y: che succede con lei?\n"
    "X: disdice sempre all'ultimo e mi sembra di non essere una priorita\nY: {VALIDATE}\n"
    "Y: cosa vorresti dirle?\nX: solo che ci sto male. niente drammi\n"
    "Y: mi sembra giusto e gentile. secondo me vorrebbe saperlo\n~~~\n"
    "Y: alla fine hai parlato con {friend}?\n"
    "X: si!! si e' scusata. dice che e' sommersa\n"
    "Y: oh che bello. come ti senti?\n"
    "X: piu legger{X:o/a} sinceramente",
    "X: sono in ansia per i risultati di domani\nY: quelli delle analisi del sangue?\n"
    "X: si. sara niente ma il mio cervello immagina il peggio\n"
    "Y: e' normalissimo. l'attesa e' la parte peggiore\nY: vuoi che vengo con te?\n"
    "X: non ti pesa?\nY: ma figurati",
    "X: la sera mi sento davvero in ansia\n"
    "Y: in ansia per qualcosa in particolare?\nX: non proprio. arriva e basta\n"
    "Y: sembra orribile. ti era gia successo?\nX: a periodi da anni\n"
    "Y: grazie di avermelo detto\nY: cosa ti aiuta quando succede?\n"
    "X: camminare. o parlare con te sinceramente",
]

NEWS_UK = [
    "X: INDOVINA\nY: cosa cosa\nX: mi hanno promoss{X:o/a}!!\nY: {HYPE}\n"
    "Y: quando l'hai saputo??\nX: adesso, {colleague} mi ha chiamat{X:o/a}\n"
    "Y: strameritato. festeggiamo {day}",
    "X: ho preso la patente 🚗\nY: {HYPE}\nY: al primo colpo??\n"
    "X: al primo colpo!! 2 erroretti\n"
    "Y: adesso mi devi portare da qualche parte",
    "X: la presentazione gli e' piaciuta tantissimo\nY: lo sapevo!!\nY: cosa hanno detto?\n"
    "X: che e' la piu chiara che hanno visto quest'anno\nY: grandissim{X:o/a}. fier{Y:o/a} di te",
    "X: ci hanno dato la casa!!\nY: {HYPE}\nY: quella con la finestra grande?\n"
    "X: proprio quella!! traslochiamo a {month}\n"
    "Y: vengo ad aiutare. e a giudicare il divano",
    "X: ho finalmente finito il quadro\nX: <media>\nY: aspetta e' bellissimo\n"
    "Y: quanto ci hai messo?\nX: 3 mesi di domeniche ahah\n"
    "Y: ne e' valsa la pena. incornicialo",
    "X: ho corso la 5 km senza fermarmi\nY: {HYPE}\nY: come ti senti\n"
    "X: mort{X:o/a}. ma mort{X:o/a} felice\nY: 😂 fier{Y:o/a}",
    "X: piccola vittoria ma oggi il mio capo mi ha detto grazie\n"
    "Y: non e' piccola! per cosa?\n"
    "X: per aver sistemato la cosa col cliente\nY: finalmente qualcuno se ne accorge",
    "X: mi hanno pres{X:o/a} al corso!!\nY: {HYPE}\nY: quello serale?\n"
    "X: si! inizia a {month}\n"
    "Y: come ti senti?\nX: non vedo l'ora e sono un po terrorizzat{X:o/a}",
    "X: ho finalmente detto a mia sorella cosa provavo per le storie del matrimonio\n"
    "Y: e allora??\n"
    "X: benissimo in realta. mi ha ascoltat{X:o/a}\nY: che bello. ci voleva coraggio",
    "X: il bagno e' finalmente finito\nX: <media>\nY: sembra un hotel!!\n"
    "Y: le piastrelle le hai messe tu?\nX: ogni singola\nY: incredibile",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: posso dirti una cosa senza che diventi un dramma\nY: certo\n"
    "X: ci sono rimast{X:o/a} un po male che hai disdetto {day} con un messaggio un'ora prima\n"
    "Y: hai ragione. e' stato brutto da parte mia, scusa\n"
    "Y: ero sommers{Y:o/a} e l'ho gestita male\nX: grazie di dirlo. tutto ok\n"
    "Y: posso farmi perdonare? {place}, offro io\nX: affare fatto 😊",
    "X: ieri sera mi hai un po interrott{X:o/a}\n"
    "X: quando raccontavo a tutti del lavoro\n"
    "Y: oh cavolo davvero? scusa\n"
    "Y: non volevo che sembrasse cosi. mi faccio prendere\n"
    "X: lo so. mi sono solo sentit{X:o/a} un po scem{X:o/a}\n"
    "Y: ci sta. staro attent{Y:o/a}. grazie di avermelo detto",
    "X: ehi, mi e' un po dispiaciuto che non hai risposto per mio nonno\n"
    "Y: oh no. hai ragione\n"
    "Y: l'ho letto in treno e poi me ne sono completamente dimenticat{Y:o/a}, scusami "
    "davvero\n"
    "Y: come sta?\n"
    "X: stabile adesso. grazie\nY: avrei dovuto chiedere prima. ci sono",
    "X: possiamo parlare della cosa dei soldi\nY: certo\n"
    "X: mi sembra che pago sempre io i biglietti e comincia a essere tanto\n+ \n"
    "+ non e' grave, solo non volevo che lo diventasse\nY: e' vero in effetti\n"
    "Y: non avevo capito quanto faceva in totale, scusa\n"
    "Y: ti mando la mia meta subito\n"
    "X: grazie. odiavo tirarlo fuori\nY: sono content{Y:o/a} che l'hai fatto",
]

# --- Priya & Tom (couple)

COUPLE_UK = [
    "X: mi manchi\nY: mi manchi di piu\nX: impossibile\nY: 🙄 ❤️",
    "X: cosa vuoi fare {day}?\nY: stare a casa, tu, {food}, {show}\n"
    "X: risposta perfetta",
    "X: oggi ti ho pensato\nY: in bene spero\nX: sempre\nY: ❤️",
    "X: tua mamma mi ha appena scritto\nY: oh no cosa voleva\n"
    "X: controllare che ti 'nutrissi come si deve'\nY: 😂😂 scusa tantissimo",
    "X: mi e' piaciuta un sacco ieri sera\n"
    "Y: anche a me. era una vita che non parlavamo davvero\n"
    "X: dovremmo farlo piu spesso\nY: si. telefoni via, niente tv",
    "X: non vedo l'ora di vederti\nY: ancora 2 notti\n"
    "X: smettila di contare che si allunga",
    "X: <media>\nX: ho ritrovato questa del nostro primo viaggio\nY: oddio guarda i tuoi capelli\n"
    "X: grazie eh\nY: li adoro. ti amo",
    "X: grazie per oggi\nY: per cosa?\n"
    "X: per esserci stat{Y:o/a}. lo so che ero un po pesante\n"
    "Y: non eri pesante. mi piace esserci",
    "X: torni presto?\nY: 20 min\nX: metto su l'acqua\nY: sposami",
    "X: non dimenticare il latte\nY: gia preso\nX: ma chi sei\nY: un uomo nuovo",
]

# --- US pools (Maddie & Luis, Jo & Sam)

OPEN_US = [
    "X: ehii\nY: ehi! che si dice",
    "X: sei sveglio?\nY: purtroppo ahah",
    "X: buongiorno ☀️\nY: buongiornooo!! dormito bene?",
    "X: bella\nY: bellaaa",
    "X: come va la settimana\nY: sinceramente tanta roba. e tu?\nX: uguale ahah",
    "X: mi sto annoiando a morte al lavoro\nY: anch'io, intrattienimi",
    "X: hai un attimo per parlare?\nY: si dimmi",
]

CLOSE_US = [
    "X: ok devo andare\nY: a dopo!",
    "X: vado a letto, notte!\nY: notte!!",
    "X: ok esco, a piu tardi\nY: divertiti!",
    "X: crollo, bn\nY: bn 😴",
    "X: ti voglio bene, ci sentiamo domani\nY: anch'io ti voglio bene",
]

LIGHT_US = [
    "X: che fai questo weekend\nY: letteralmente niente e non vedo l'ora\n"
    "X: obiettivo di vita",
    "X: <media>\nX: guarda il cane che ho appena incontrato\nY: OMG\nY: le orecchie!!",
    "X: hai visto {show}?\nY: non ancora niente spoiler!!\nX: muto come un pesce 🤐",
    "X: ho appena speso {num} euro da {shop} per niente\nY: classico {shop}\n"
    "X: ero andat{X:o/a} per lo shampoo",
    "X: qui {weather}\nY: uff anche qui. rivoglio l'estate",
    "X: ricordami il nome del posto dove abbiamo mangiato {food}\nY: {place}?\n"
    "X: si!! grazie",
    "X: stasera faccio {food}\nY: tienimene un po\nX: vieni allora ahah",
    "X: il mio collega ha appena scaldato il pesce nel microonde\nY: noo\n"
    "X: puzza tutto il piano\nY: {LAUGH}",
    "X: sempre ok per {day}?\nY: si! {time}?\nX: perfetto a dopo",
    "X: ho perso di nuovo il {thing}\nY: guarda in frigo ahah\n"
    "X: ...perche era in frigo",
    "X: credo che inizio a correre\nY: ma chi sei\nX: boh ho visto un video\n"
    "Y: ahahah ok fammi sapere",
    "X: <media>\nY: e' la tua nuova casa??\nX: si!! ancora senza divano pero\n"
    "Y: e' carinissima",
    "X: conosci un dentista bravo\nY: il mio e' bravo? ti mando il numero\nX: grazie",
    "X: {band} va in tour!!\nY: COSA\nY: quando\n"
    "X: a {month}. i biglietti escono venerdi\nY: andiamo",
    "X: mia mamma ha appena scoperto TikTok\nY: oh no\n"
    "X: mi ha mandato 12 video stamattina\nY: {LAUGH}",
    "X: oggi sono entrat{X:o/a} nell'aula sbagliata\nY: ahah\n"
    "X: e sono rimast{X:o/a} 10 minuti perche mi vergognavo troppo ad andarmene\n"
    "Y: leggenda",
    "X: c'e un traffico pazzesco\nY: dove sei\n"
    "X: in tangenziale. faro tardi\nY: prendo io un tavolo",
    "X: mi taglio i capelli corti?\nY: si\nX: non ci hai nemmeno pensato\n"
    "Y: sono 3 anni che aspetto che me lo chiedi",
    "X: <media>\nX: ho fatto il pane!!\nY: ok era panettiere\nY: e' buono?\n"
    "X: e' un po compatto ma sono fier{X:o/a}",
    "X: {friend} si sposa??\nY: LO SO\n"
    "Y: l'ho scoperto su insta come tutti\nX: ahahah",
    "X: mi serve una serie nuova\nY: hai visto {show}\nX: no e' bella?\n"
    "Y: fidati",
    "X: ho appena preso una multa 🙃\nY: noo quanto\nX: {num}0 euro\n"
    "Y: e' un furto",
    "X: com'era la ricetta che mi hai mandato\nY: quella con {food}?\n"
    "X: si l'ho persa\nY: <media>",
    "X: la palestra oggi e' stata brutale\nY: gambe?\n"
    "X: gambe. non cammino piu\nY: ahah rispetto",
    "X: ci credi che siamo gia a {month_now}\nY: no e non mi piace",
]

DEEP_US = [
    "X: posso dirti una cosa un po imbarazzante\nY: sempre\n"
    "X: sto facendo davvero fatica da quando ho traslocato\n"
    "+ tipo passo weekend interi senza parlare con nessuno\n"
    "Y: non e' per niente imbarazzante. sembra davvero dura\n"
    "Y: da quanto tempo va cosi?\nX: sinceramente da {month_past}\n"
    "Y: sono davvero content{Y:o/a} che me l'hai detto\n"
    "Y: ci mettiamo una chiamata fissa la domenica?\n"
    "X: mi piacerebbe tantissimo",
    "X: sono stressatissim{X:o/a} per la valutazione annuale\nY: qual e' la parte peggiore?\n"
    "X: la fa {colleague} e mi sembra che abbia gia deciso che sono una frana\n"
    "Y: e' tanta pressione. cosa te lo fa pensare?\n"
    "X: non dice mai niente di positivo. solo quello che non va\n"
    "Y: sembra sfiancante. comunque non sei una frana nel tuo lavoro\n"
    "X: grazie. avevo bisogno di sentirmelo dire\n~~~\nY: allora la valutazione??\n"
    "X: meglio del previsto! ha detto pure cose carine\nY: visto!! cosa ha detto?\n"
    "X: che sono 'affidabile sotto pressione' ahah\nY: vero",
    "X: i miei litigano di nuovo\nY: oh no. tipo pesante?\n"
    "X: si. mia mamma mi ha chiamat{X:o/a} piangendo ieri sera\n"
    "Y: mi dispiace tantissimo. tu come stai?\n"
    "X: non tanto bene. mi sembra di stare sempre in mezzo\n"
    "Y: e' un posto durissimo in cui stare\nY: hai il diritto di fare un passo indietro sai\n"
    "X: lo so. mi sento solo in colpa",
    "X: credo di essere in burnout\nY: che succede?\n"
    "X: non riesco a concentrarmi, sono stanc{X:o/a} sempre, ho pianto davanti a una pubblicita\n"
    "Y: uff. sembra proprio burnout\nY: puoi prenderti qualche giorno?\n"
    "X: forse qualche giorno a {month}\n"
    "Y: fallo. sul serio. sono preoccupat{Y:o/a} per te",
    "X: non mi hanno pres{X:o/a} al master\nY: oh no. mi dispiace tantissimo\n"
    "Y: come ti senti?\n"
    "X: un po vuot{X:o/a} sinceramente\nX: lo volevo davvero quello\n"
    "Y: lo so. e' una delusione enorme\n"
    "Y: vuoi parlarne o distrarti?\nX: distrarmi ti prego\n"
    "Y: ok. {show} e {food}, arrivo",
    "X: ho l'ansia per la cosa dal medico domani\nY: la visita di controllo?\n"
    "X: si. continuo a immaginare il peggio\n"
    "Y: ti capisco benissimo. l'attesa e' la cosa peggiore\n"
    "Y: scrivimi appena esci ok?\n~~~\nY: allora il medico??\nX: tutto a posto!!\n"
    "Y: oh grazie a dio\nY: come ti senti\nX: come se potessi finalmente respirare",
    "X: non ti sembra mai di fare solo finta di essere adult{X:o/a}\n"
    "Y: tutti i giorni ahah\n"
    "Y: perche, cos'e' successo?\n"
    "X: ho dovuto chiamare l'assicurazione e ho quasi pianto\n"
    "Y: e' piu che giusto, quelle chiamate sono un inferno\n"
    "X: ahah grazie. mi consola che non sono l'unic{X:o/a}",
    "X: mi manca tanto casa ultimamente\nY: oh. cosa ti manca di piu?\n"
    "X: la cucina di mia nonna. i pranzi della domenica. il casino\n"
    "Y: e' dolcissimo e tristissimo insieme\n"
    "Y: potresti tornare un weekend?\n"
    "X: forse a {month}. ma i biglietti costano un occhio\n"
    "Y: spero che riesci",
]

NEWS_US = [
    "X: HO PRESO IL LAVORO\nY: {HYPE}\nY: quello al museo??\nX: si!!! inizio a {month}\n"
    "Y: sono cosi fier{Y:o/a} di te. come ti senti?\n"
    "X: come se dovessi vomitare ma in senso buono",
    "X: indovina chi ha finalmente finito di pagare il prestito\nY: TU??\nX: io!!!\n"
    "Y: e' enorme omg",
    "X: mia sorella ha partorito!!\nX: <media>\nY: OMG e' perfetta\n"
    "Y: e tua sorella come sta?\n"
    "X: distrutta ma felicissima",
    "X: ho corso la mia prima 10 km\nY: {HYPE}\nY: che tempo hai fatto?\n"
    "X: 58 minuti!!\nY: sotto l'ora!! grandissim{X:o/a}",
    "X: pubblicano il mio articolo\nY: ma dai davvero!! quale?\nX: quello sul banco alimentare\n"
    "Y: e' incredibile. mandami il link quando esce",
]


# --- superficial (flatmates)

SUPERFICIAL = [
    "X: comunque stasera tocca alla spazzatura\nY: ci penso io",
    "X: puoi stendere la lavatrice quando finisce\nY: si",
    "X: pacco per te, e' sulle scale\nY: grazie",
    "X: l'affitto scade {day}\nY: gia mandato",
    "X: e' finito il latte\nY: lo prendo tornando",
    "X: ci sei stasera?\nY: fuori fino a tardi, perche\n"
    "X: forse passa il tecnico del gas tra le 6 e le 8\n"
    "Y: ah ok, lascio la chiave sotto lo zerbino",
    "X: hai visto il risultato\nY: si 2-1\nX: difesa imbarazzante\nY: come sempre",
    "X: il wifi non va di nuovo\nY: lo riavvio quando torno\nX: top",
    "X: il padrone di casa passa {day} per la caldaia\nY: a che ora\nX: verso le 10\n"
    "Y: ok io saro al lavoro",
    "X: chi ha lasciato acceso il fornello\nY: non io\nX: mmh\nY: davvero non io ahah",
    "X: <media>\nX: e' tuo?\nY: no\nX: maglione misterioso",
    "X: fuori {weather}\nY: si mi sono inzuppat{Y:o/a}\nX: {LAUGH}",
    "X: vuoi qualcosa da {shop}\nY: pane e te per favore\nX: 👍",
    "X: e' arrivata la bolletta della tari\nY: quanto\nX: come l'anno scorso\n"
    "Y: ok",
    "X: hai preso tu l'aspirapolvere\nY: e' in camera mia, scusa, prendilo\nX: grazie",
    "X: pizza stasera?\nY: si dai\nX: la solita?\nY: si, meta e meta",
    "X: stai guardando {show}\nY: si siamo all'ep 4\nX: niente spoiler\nY: 🤐",
    "X: c'e di nuovo qualcuno parcheggiato davanti al passo carrabile\nY: la stessa macchina "
    "blu?\nX: si\n"
    "Y: lascio un biglietto",
    "X: a che ora e' l'uber\nY: 8:15\nX: ok",
    "X: bolletta della luce {num}0 euro questo mese\nY: dividiamo come sempre\n"
    "X: si ti ho mandato il link",
    "X: {day} invito gente, va bene?\nY: si nessun problema\nX: non facciamo tardi",
    "X: la raccolta della plastica passa al martedi\nY: ok segnato",
    "X: <media>\nY: cos'e'\nX: il quadro elettrico. qual e' l'interruttore della cucina\n"
    "Y: il terzo",
    "X: abbiamo la carta stagnola\nY: cassetto vicino al forno\nX: trovata",
    "X: traffico orribile, arrivo con un'ora di ritardo\nY: ok",
    "X: il frigo fa di nuovo quel rumore\nY: dagli un colpo ahah\nX: ha funzionato",
    "X: hai ancora le credenziali di Netflix\nY: si stessa password\nX: grazie",
    "X: sciopero dei treni {day}\nY: fantastico. smart working allora\nX: idem",
    "X: pastiglie per la lavastoviglie?\nY: sotto il lavandino\nX: 👍",
    "X: e' passato l'idraulico\nY: si, ha sistemato il rubinetto\nX: top",
    "X: com'e' finita alla fine\nY: 3-3\nX: partita assurda",
    "X: info il rilevatore di fumo fa bip\nY: la pila. ce ne sono nel cassetto",
    "X: posso prendere in prestito la tua scala\nY: e' in cantina\nX: grazie",
    "X: quiz da {place} {day}?\nY: forse, chi viene\nX: io, {friend}, {friend2}\n"
    "Y: ok ci sono",
    "X: tua mamma ha lasciato un tupperware\nY: ah mi aveva detto che forse passava",
    "X: la posta chiude alle 17 {day}\nY: ok ci vado la mattina",
    "X: hai riordinato la carta igienica\nY: si arriva {day}",
    "X: domani niente acqua dalle 9 alle 12, lettera del comune\nY: ok mi faccio la doccia "
    "stasera",
    "X: la pianta dell'ingresso e' morta\nY: e' mai stata viva\nX: {LAUGH}",
    "X: palestra alle 6?\nY: meglio 6 e mezza\nX: ok",
    "X: qualcuno prende la macchina {day}?\nY: io no\nX: top la prendo per andare a {town}",
    "X: <media>\nX: il divano nuovo arriva {day}\nY: top, che colore\nX: grigio\n"
    "Y: pratico",
    "X: hai pagato il lavavetri\nY: no, quanto\nX: {num}\n"
    "Y: lascio i contanti sul mobile",
    "X: spesa grossa dopo, lista?\nY: pasta\n+ uova\n+ sacchi della spazzatura\n"
    "+ la carta igienica buona non quella economica",
    "X: la luce del modem e' rossa\nY: staccalo 10 sec\nX: risolto",
]

SUPERFICIAL_OPEN = [
    "X: ci sei?\nY: si",
    "X: ciao\nY: ciao",
    "X: domanda veloce\nY: dimmi",
    "X: buongiorno\nY: buongiorno",
    "X: sei in zona dopo?\nY: credo di si",
]

# --- dominating (Chris talks, Ella replies)

DOM_MONO = [
    "X: allora non ci crederai cos'e' successo al lavoro\n"
    "X: {colleague_m} ha provato a prendersi il merito della MIA presentazione in riunione\n"
    "X: tipo si e' alzato e ha detto 'allora ho messo insieme un paio di idee'\n"
    "X: quelle idee le ho messe insieme io. alle 11 di sera. di domenica\n"
    "X: cmq ho detto con calma 'perfetto, vi presento i numeri visto che li ho fatti io'\n"
    "X: dovevi vedere la sua faccia\nY: ahah",
    "X: ok ascoltami bene\nX: credo che apro un podcast\n"
    "X: sulla produttivita ma per gente con un lavoro vero, non gli influencer\n"
    "X: ho gia il nome, 'Deep Work Daily'\n"
    "X: e penso che se pubblico 3 volte a settimana trovo degli sponsor entro l'estate\n"
    "X: che ne pensi\nY: sembra figo",
    "X: ho appena spaccato il mio record in palestra\nX: 120 di stacco\n"
    "X: il tipo accanto mi ha pure fatto un cenno con la testa\n"
    "X: faccio una scheda nuova, 5 giorni a settimana, sovraccarico progressivo, tutto\n"
    "X: e adesso conto i macro per bene, 180g di proteine al giorno\nY: figo",
    "X: hai visto la partita\nX: sinceramente il mister ha perso lo spogliatoio\n"
    "X: non puoi giocare a tre dietro con quei terzini, e' tatticamente da scemi\n"
    "X: l'avevo detto ad agosto\nX: l'ho letteralmente scritto nel gruppo ad agosto\n"
    "Y: ahah si",
    "X: allora ci ho pensato per la casa\n"
    "X: credo di poter abbassare l'affitto di {num}0 euro se tiro fuori l'umidita\n"
    "X: ho scritto una bozza di mail, decisa ma corretta\n"
    "X: tipo gli ho citato la legge sugli affitti in pratica\n"
    "X: la mando domani mattina cosi e' la prima cosa che vede\nY: ok",
    "X: ho mangiato {food} pazzesco da {place}\nX: sinceramente ti cambia la vita\n"
    "X: ho parlato anche con lo chef, si e' formato a Parma\n"
    "X: mi ha detto che ho un palato ottimo, cosa che sapevo gia eh\n"
    "X: dobbiamo andarci. cioe io ci torno comunque\nY: sembra buono",
    "X: notizione\nX: mi hanno chiesto di guidare il nuovo progetto\n"
    "X: che ha senso, nessun altro capisce davvero il cliente\n"
    "X: in pratica e' una promozione senza il titolo per ora\n"
    "X: dovro riorganizzare tutto il team\n"
    "X: prima cosa, basta riunioni prima delle 10\nY: bravo",
    "X: allora l'appuntamento di ieri sera\n"
    "X: era simpatica ma ha parlato del suo gatto tipo 40 minuti\n"
    "X: e io cercavo di raccontarle della preparazione per la maratona e lei tornava sempre al "
    "gatto\n"
    "X: non so se ci sara un secondo appuntamento sinceramente\nY: ahah",
    "X: ho deciso di fare un ultra l'anno prossimo\nX: 50 km\n"
    "X: lo so sembra folle ma ho fatto i calcoli per l'allenamento\n"
    "X: 16 settimane, la settimana piu pesante e' circa 90 km\n"
    "X: mi serviranno scarpe nuove ovviamente, guardo quelle con la piastra in carbonio\n"
    "Y: wow",
    "X: sai cosa mi fa impazzire\nX: la gente che cammina piano in mezzo al marciapiede\n"
    "X: tipo scegli un lato\n"
    "X: ho quasi perso il treno per colpa di una famiglia di 6 nell'atrio di {station}\n"
    "X: ho pure detto permesso due volte\nY: ahah",
    "X: oggi ho sentito un podcast incredibile sullo stoicismo\n"
    "X: in pratica non controlli quello che succede, solo come reagisci\n"
    "X: che e' sinceramente come ho sempre vissuto\n"
    "X: penso sia per quello che non mi stresso come gli altri\n"
    "X: magari dopo leggo Marco Aurelio\nY: figo",
    "X: allora la mia capa mi ha chiesto un parere sulla riorganizzazione\n"
    "X: le ho dato tipo 8 punti\n"
    "X: si e' segnata tutto\nX: secondo me meta finiscono nel piano finale\n"
    "X: senza montarmi la testa ma ormai sono un po lo stratega ufficioso\n"
    "Y: ben fatto",
    "X: ho comprato una macchina del caffe\nX: una vera, col macinino\n"
    "X: {num}0 euro di sconto coi saldi\n"
    "X: ho regolato la macinatura tutta la sera\nX: la crema e' irreale\n"
    "X: sinceramente non prendo piu il caffe fuori\nY: ahah che lusso",
    "X: un po rosicato in realta\nX: non mi hanno convocato per la squadra della domenica\n"
    "X: l'amico del capitano e' passato davanti a me ed e' lentissimo\n"
    "X: non sono acido ma e' chiaramente politica\n"
    "X: mi allenero di piu e faro in modo che non possano piu lasciarmi fuori\n"
    "Y: che nervi",
    "X: penso di fare l'alta via delle Dolomiti a {month}\n"
    "X: io, {friend_m} e forse suo fratello\n"
    "X: ho gia pianificato tutto il percorso\n"
    "X: tappe una dietro l'altra, ho fatto un excel con gli orari al minuto\n"
    "X: te lo mando, e' davvero bellissimo\nY: ok",
    "X: ho appena finito il libro sulle abitudini\nX: ho gia cambiato la mia routine del "
    "mattino\n"
    "X: sveglia alle 5:30, doccia fredda, 10 min di diario, poi palestra\n"
    "X: sinceramente mi sento un'altra persona\nX: dovresti provare\n"
    "Y: forse ahah",
    "X: mio fratello e' insopportabile per il compleanno di mamma\n"
    "X: lui vuole fare un ristorante, io un weekend fuori\n"
    "X: il mio e' ovviamente meglio, lei ha sempre detto che voleva andare a {town}\n"
    "X: ho gia trovato l'hotel\nX: secondo me si adegua\nY: spero che funzioni",
    "X: allora ho finalmente venduto la bici vecchia\n"
    "X: {num}0 euro in piu di quanto l'avevo pagata ahah\n"
    "X: il tipo ha provato a trattare ma ho tenuto duro\n"
    "X: trattare e' solo stare comodi col silenzio in realta\nY: figo",
    "X: sinceramente sono distrutto\nX: il lavoro e' una follia, in pratica ho portato io "
    "tutto il lancio\n"
    "X: {colleague_m} era in malattia (di nuovo) quindi ho fatto anche le sue cose\n"
    "X: e sono riuscito comunque ad andare in palestra\n"
    "X: non so se reggo questo ritmo a lungo ma tutto ok\nY: fai una pausa",
    "X: <media>\nX: scarpe nuove\n"
    "X: edizione limitata, ho dovuto fare la coda online un'ora\n"
    "X: e' un investimento in realta, tra un anno varranno il doppio\nY: figo",
    "X: una cosa un po strana con {friend_m}\nX: mi ha detto che riporto sempre tutto a me\n"
    "X: il che e' assurdo perche gli ho letteralmente organizzato il compleanno\n"
    "X: secondo me e' solo stressato\nX: cmq adesso tra noi e' tutto ok\nY: ah",
    "X: allora il telefono nuovo\nX: la fotocamera e' pazzesca\nX: <media>\n"
    "X: questa e' zoomata dall'altra parte della strada\n"
    "X: sinceramente forse mi metto a fare foto sul serio\nY: wow",
    "X: ieri sera ho visto {film}\nX: sopravvalutato in realta\n"
    "X: il ritmo era zoppo e il terzo atto non aveva senso\n"
    "X: avevo capito il colpo di scena dopo 20 minuti\n"
    "X: dovrei scrivere recensioni sinceramente\nY: ahah",
    "X: scusa il silenzio, giornata assurda\n"
    "X: 3 riunioni di fila poi una call con gli americani\n"
    "X: e poi il treno era cancellato quindi ho dovuto prendere un uber\nX: {num} euro!!\n"
    "X: cmq sono a casa, mangio {food}\nY: ah",
]

DOM_BID = [
    # Ella tries to share; Chris barely engages, then back to himself
    "Y: sono un po in ansia per l'esame di domani\nX: andra bene\n"
    "X: cmq ti ho raccontato la cosa di {colleague_m}?\nY: no\n"
    "X: ha iniziato a mettere la mia capa in copia su tutto\n"
    "X: ogni mail. passivo aggressivo o cosa\nX: faro lo stesso\nY: ahah",
    "Y: mia mamma non sta molto bene\nY: sono un po preoccupata in realta\nX: ah che palle\n"
    "X: mia mamma ha avuto quella cosa dell'influenza l'anno scorso, e' andata bene\n"
    "X: a proposito vieni da me {day}? faccio {food}, la mia specialita\nY: forse\n"
    "Y: lascia stare non e' niente",
    "Y: giornata abbastanza schifosa in realta\nX: idem sinceramente\n"
    "X: al lavoro era il caos, in pratica ho dovuto salvare tutto io\n"
    "X: {colleague_m} me ne deve una grossa\nY: ah ok",
    "Y: mi sento un po giu in questo periodo\nX: dovresti provare le docce fredde\n"
    "X: sinceramente mi hanno cambiato la vita\nX: adesso ne faccio 2 min ogni mattina\n"
    "Y: ahah ok\n"
    "Y: niente, lascia",
    "Y: comunque ho preso la casa\nX: figo\n"
    "X: la mia il mese prossimo avra la cucina nuova tra l'altro\n"
    "X: il padrone di casa ha finalmente ceduto\nY: figo",
    "Y: posso chiederti un parere su una cosa\nX: dimmi\n"
    "X: ah aspetta un attimo, ho appena visto il risultato, stiamo perdendo 2-0\n"
    "X: incredibile\n"
    "Y: lascia stare, un'altra volta",
    "Y: sto pensando di lasciare il lavoro\nX: sul serio?\n"
    "X: io stavo per lasciare il mio l'anno scorso, ti ricordi, prima che mi aumentassero\n"
    "X: la cosa migliore che ho fatto e' restare e trattare\n"
    "X: dovresti solo chiedere piu soldi\n"
    "Y: non e' proprio una questione di soldi\nY: non importa",
    "Y: sono un po stressata per i soldi\nX: ti serve un'app per il budget\n"
    "X: io ne uso una che classifica tutto\n"
    "X: da allora ho risparmiato tipo {num}0 euro al mese\n"
    "Y: ok",
]

DOM_COMPLAINT = [
    "Y: non mi hai nemmeno chiesto com'e' andato l'esame\nX: stavo per farlo!\n"
    "X: sono solo stato troppo impegnato\n"
    "X: cmq com'e' andato\nY: bene\nX: top. allora la mia settimana e' stata assurda",
    "Y: ma li leggi i miei messaggi\nX: cosa? si\nX: rispondo veloce e basta, sono "
    "impegnato\n"
    "X: non prenderla cosi\nY: ok",
    "Y: a volte mi sembra che non mi ascolti davvero\nX: non e' giusto\n"
    "X: ti ho letteralmente chiesto di tua mamma la settimana scorsa\nY: ok\nX: cmq",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: ho visto questo e ho pensato a te\nX: ahah\n"
    "X: e' praticamente la mia palestra, ti ho detto che hanno i rack nuovi\n"
    "X: quelli veri da gara\nY: figo",
    "Y: sei liber{X:o/a} {day}?\nX: credo, palestra la mattina pero\nX: perche\n"
    "Y: un drink con {friend}\nX: forse. vedo come sto dopo le gambe",
    "Y: come va la settimana\nX: una follia\n"
    "X: ho la cosa col cliente giovedi e in pratica presento tutta la strategia\n"
    "X: ho rifatto la presentazione 3 volte\nY: in bocca al lupo",
    "Y: che fai\nX: meal prep\nX: pollo, riso, broccoli x 5\n"
    "X: sono sceso a 40 min\nY: efficiente",
]

DOM_REACT = [
    "X: cmq basta parlare di me\nX: anzi no aspetta, ti ho raccontato la cosa in palestra\n"
    "Y: no\nX: c'era un tipo che occupava il rack da 30 min\n"
    "X: e gli ho solo chiesto gentilmente se potevamo alternarci\n"
    "X: alla fine e' stato gentile\nY: meglio cosi",
    "X: e ho iniziato spagnolo\nX: 40 giorni di fila sull'app\n"
    "X: vado a {town} piu avanti quest'anno quindi voglio saper ordinare come si deve\n"
    "Y: figo",
    "X: ah e ho prenotato le vacanze\nX: il Portogallo a {month}\n"
    "X: trovata una villa con piscina per due spicci\n"
    "X: in pratica ho passato tutto il weekend a confrontare i voli\nY: invidiosa",
    "X: piccolo aggiornamento sul podcast tra l'altro\nX: registrato il primo episodio\n"
    "X: 45 min, senza appunti\n"
    "X: credo che sia innato in realta\nY: ahah figo",
]

# --- dumping ground (Leah offloads to Nina)

DUMP = [
    "X: uff oggi e' stata la giornata peggiore\nX: {colleague} mi ha fatto rifare tutto il "
    "report\n"
    "+ davanti a tutti\n+ tipo davvero davanti a tutto il team\n"
    "X: sono cosi arrabbiat{X:o/a} che potrei piangere\nY: {VALIDATE}\n"
    "Y: cosa ti ha detto esattamente?\n"
    "X: che 'non era all'altezza'. andava benissimo!! mi odia e basta\n"
    "X: mi sembra di non poter fare niente di giusto li\n"
    "Y: e' cosi ingiusto. lavori tantissimo\n"
    "Y: {SUPPORT}",
    "X: non riesco a smettere di pensare a Manuel\n"
    "X: ho visto che posta foto con una nuova\n"
    "X: mi sento cosi stupida che mi importa ancora\n"
    "Y: non sei stupida. sono passati solo pochi mesi\n"
    "Y: come ti senti adesso?\nX: malissimo sinceramente. ho la nausea\n"
    "Y: {VALIDATE}\n"
    "Y: potresti silenziarlo per un po?\nX: si forse",
    "X: sono cosi stressat{X:o/a} che non riesco a respirare\n"
    "X: il padrone di casa vuole che ce ne andiamo entro {month}\n"
    "X: dove vado\nX: costa tutto tantissimo\nY: oh no, fa cosi paura\n"
    "Y: {SUPPORT}\nY: vuoi che ti aiuto a cercare case stasera?\n"
    "X: lo faresti? mi sento cosi sopraffatt{X:o/a}",
    "X: mia sorella mi ha detto che sono egoista\n"
    "X: solo perche non sono potut{X:o/a} venire al compleanno di mamma\n"
    "X: ci sto cosi male\nY: {VALIDATE}\nY: cos'e' successo esattamente?\n"
    "X: ha detto che non aiuto mai in niente\n"
    "X: quando a me sembra di fare tantissimo\n"
    "Y: sembra davvero doloroso. non sei egoista",
    "X: ho avuto un altro attacco di panico al lavoro\nX: in bagno stavolta\n"
    "X: mi vergogno tantissimo\n"
    "Y: oh Lia\nY: va meglio adesso?\nX: piu o meno. tremo\nY: {VALIDATE}\n"
    "Y: hai pensato di parlarne col medico?\nX: non so. forse\nY: {SUPPORT}",
    "X: mi sembra che tutti se la cavino meglio di me\n"
    "X: {friend} e' stata promossa di nuovo\n"
    "X: e io sono ancora bloccat{X:o/a} in questo lavoro senza futuro\n"
    "Y: e' una sensazione davvero dura\n"
    "Y: ma non sei bloccat{X:o/a} per sempre. cosa vorresti fare invece?\n"
    "X: non lo so nemmeno. e' quello il peggio\nY: {SUPPORT}",
    "X: scusa se ti scarico di nuovo tutto addosso\n"
    "X: ma la mia manager mi ha mess{X:o/a} sotto piano di miglioramento\n"
    "X: ho una paura tremenda di essere licenziat{X:o/a}\nY: non scusarti. {VALIDATE}\n"
    "Y: ti hanno detto cosa devi fare?\nX: raggiungere obiettivi quasi impossibili\n"
    "X: sono cosi in ansia che non ho mangiato niente\n"
    "Y: mangia qualcosa ti prego. {SUPPORT}",
    "X: la casa e' cosi silenziosa da quando ci siamo lasciati\nX: odio tornare a casa\n"
    "X: lascio la tv accesa solo per il rumore\nY: {VALIDATE}\n"
    "Y: vuoi venire {day}? cucino io\n"
    "X: si. grazie. non so cosa farei senza di te",
    "X: posso lamentarmi\nY: sempre\nX: mia mamma continua a paragonarmi a mia cugina\n"
    "X: 'lei ha il mutuo, e' fidanzata'\n"
    "X: mi sento una tale delusione\n"
    "Y: non sei una delusione\nY: {VALIDATE}\nY: come vi siete lasciate?\n"
    "X: ho riattaccato. e poi mi sono sentita in colpa",
    "X: ho pianto tutta la sera\nY: oh no. cos'e' successo?\n"
    "X: niente di preciso. tutto\nX: il lavoro, Manuel, i soldi, proprio tutto\n"
    "Y: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: vuoi che ti chiamo?\nX: puoi?",
    "X: sono cosi arrabbiat{X:o/a} con {friend}\nX: non mi ha invitat{X:o/a} alla sua festa\n"
    "X: e poi ha postato tutte le foto\n"
    "X: mi sento cosi esclus{X:o/a} e umiliat{X:o/a}\n"
    "Y: ferirebbe chiunque\nY: sai perche non ti ha invitat{X:o/a}?\n"
    "X: no e ho troppa paura di chiederlo",
    "X: credo di essere in depressione sinceramente\n"
    "X: nel weekend non riesco ad alzarmi dal letto\n"
    "X: mi sento solo vuot{X:o/a}\nY: sono davvero content{Y:o/a} che me lo dici\n"
    "Y: {VALIDATE}\n"
    "Y: penseresti di parlarne con qualcuno? posso aiutarti a trovare qualcuno\n"
    "X: forse. ho paura che non serva a niente",
    "X: coi soldi e' un disastro\nX: di nuovo in rosso e siamo solo al 15\n"
    "X: sono cosi stressat{X:o/a} che ho la nausea\nY: {VALIDATE}\n"
    "Y: vuoi che lo guardiamo insieme? a volte fa meno paura una volta scritto\n"
    "X: si. magari {day}",
    "X: mi ha scritto Manuel\nX: solo 'spero che stai bene'\n"
    "X: e adesso sono di nuovo a pezzi\n"
    "X: perche lui puo fare cosi\nY: uff, e' cosi ingiusto per te\n"
    "Y: come ti senti?\n"
    "X: pers{X:o/a}. arrabbiat{X:o/a}. triste. tutto",
    "X: oggi il mio capo mi ha urlato contro\nX: davanti a tutto il team\n"
    "X: mi sento cosi una nullita\n"
    "Y: non deve urlare contro nessuno\nY: {VALIDATE}\nY: stai bene?\n"
    "X: no. odio quel posto",
    "X: ho un'ansia per questo weekend\nX: cosa di famiglia e mio papa berra\n"
    "X: sono sempre cosi in ansia con lui\nY: {VALIDATE}\n"
    "Y: devi per forza andare?\n"
    "X: mia mamma mi uccide se non vado\nY: scrivimi quando vuoi. {SUPPORT}",
    "X: di nuovo non ho dormito\nX: la testa non si ferma\n"
    "X: ripasso in loop tutto quello che ho detto al lavoro\nY: sembra sfiancante\n"
    "Y: cosa ripassi?\nX: la riunione. credo di essere sembrat{X:o/a} scem{X:o/a}\n"
    "Y: ne dubito davvero",
    "X: la visita alla casa e' stata un disastro\n"
    "X: l'agente si e' pure messo a ridere del mio budget\n"
    "X: finiro per tornare da mia mamma\n"
    "X: mi sento {X:un/una} tale fallit{X:o/a}\n"
    "Y: non sei {X:un/una} fallit{X:o/a}. il mercato e' impazzito\nY: {SUPPORT}",
    "X: oggi mi sento cosi brutta\nX: non mi sta bene niente\n"
    "X: ho disdetto con {friend} perche non avevo la forza\n"
    "Y: oh tesoro. {VALIDATE}\n"
    "Y: se conta qualcosa sei bellissima\nX: devi dirlo per forza",
    "X: sinceramente sono cosi stanc{X:o/a} di tutto\nX: gli stessi problemi ogni settimana\n"
    "X: non cambia niente\n"
    "Y: ti sento. {VALIDATE}\n"
    "Y: cosa renderebbe questa settimana anche solo un pochino piu facile?\n"
    "X: non lo so. una vita nuova",
]

DUMP_SHIFT = [
    # Nina shares; Leah shifts back to her own story
    "Y: posso dirti una cosa\nY: sono davvero in ansia per l'operazione di mio papa\n"
    "X: oh no\nX: a proposito, mio papa e' stranissimo ultimamente\n"
    "X: non mi ha nemmeno chiamata per il compleanno\nX: mi sembra che non gli importi\n"
    "Y: sembra dura\n"
    "Y: cmq la sua e' {day}. tutto ok",
    "Y: anche io ho avuto una giornata schifosa in realta\n"
    "Y: mi hanno sgridata per una cosa che non era colpa mia\n"
    "X: uff e' come quello che e' successo a me la settimana scorsa\n"
    "X: sinceramente {colleague} e' sempre orribile\n"
    "X: oggi mi ha ignorata in cucina\n"
    "Y: che brutto\nY: niente, la mia e' una cavolata",
    "Y: comunque ho preso il lavoro!!\nX: ah figo\n"
    "X: vorrei che succedesse qualcosa di bello anche a me\n"
    "X: ho mandato 3 candidature e nessuno mi ha risposto\nY: arrivera. promesso\n"
    "Y: sono sicura che avrai notizie presto",
    "Y: mi manca tantissimo {friend} da quando si e' trasferita\n"
    "X: conosco benissimo quella sensazione\n"
    "X: sinceramente da quando ci siamo lasciati la casa e' silenziosissima\n"
    "X: parlo piu col gatto che con le persone\n"
    "Y: si\nY: lascia, non e' niente",
    "Y: sono in ansia per la presentazione di domani\n"
    "X: andra bene, sei brava in queste cose\nX: io sono cosi in ansia per la mia di venerdi\n"
    "X: la mia manager guardera e io mi blocchero\n"
    "Y: non ti bloccherai. sarai bravissima\nY: lo saremo tutte e due ahah",
    "Y: mia nonna e' in ospedale\nX: oh no mi dispiace\n"
    "X: gli ospedali mi mettono un'ansia tremenda\n"
    "X: faccio ancora incubi di quando mi sono rotta il braccio\nY: si\n"
    "Y: cmq e' stabile",
    "Y: ho litigato col mio ragazzo\nX: uff le coppie\nX: almeno tu ce l'hai\n"
    "X: di questo passo finisco con 12 gatti\nY: ma no ahah\n"
    "Y: non e' niente, lo risolviamo",
    "Y: credo di essere un po in burnout\nX: idem sinceramente\n"
    "X: credo che per me sia peggio di un burnout\n"
    "X: oggi ho pianto sul bus\nY: oh no. cos'e' successo?\n"
    "X: niente, tutto. lo sai",
    "Y: abbiamo finalmente prenotato le vacanze!\nX: che fortuna\n"
    "X: io non posso permettermi le vacanze\n"
    "X: a malapena posso permettermi {food} in realta\nY: oh no. ancora strett{X:o/a} coi "
    "soldi?\n"
    "X: sempre",
    "Y: sono un po in ansia per il trasloco\n"
    "X: almeno tu hai un posto dove traslocare\n"
    "X: l'agente non mi ha ancora risposto\nX: finiro per strada\n"
    "Y: non finirai per strada. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: guarda questo vestito che non mettero mai\n"
    "Y: e' carinissimo!! mettilo {day}",
    "X: che fai\nY: appena tornata. faccio {food}\nX: invidiosa. io cereali",
    "X: stai guardando {show}\nY: si! l'ultimo episodio!!\nX: lo so!! ho urlato",
    "Y: sempre ok per {day}?\nX: si ti prego. devo uscire da questa casa\n"
    "Y: {place} {time}?\nX: perfetto",
    "X: {weather} di nuovo\nY: uff. tempo da divano\n"
    "X: tempo da divano per sempre",
    "Y: buongiorno! dormito bene?\nX: male ma sono viva",
    "X: grazie per stasera\nY: quando vuoi. mi sono divertita\n"
    "X: anch'io. ne avevo bisogno",
    "X: <media>\nX: la mia gatta mi giudica\nY: ha ragione in realta\nX: {LAUGH}",
    "Y: sei arrivata a casa?\nX: si! grazie di avermi accompagnata al bus",
    "X: ti va {place} {day}?\nY: si!! {time}?\nX: top",
]

DUMP_THANKS = [
    "X: scusa se mi lamento sempre\nY: ma figurati. io ci sono\n"
    "X: sei l'unica persona con cui posso parlare",
    "X: grazie di avermi ascoltata ieri sera\nY: ci mancherebbe. oggi come va?\n"
    "X: sempre uno schifo ma un po meglio",
    "X: non so come fai a sopportarmi\nY: non dire scemenze\n"
    "Y: le amiche servono a questo",
]

# --- waning interest (Ollie & Jess)

WANE_MIN = [
    "X: ciao\nY: ciao",
    "X: come stai?\nY: ok. di corsa",
    "X: sei liber{Y:o/a} questo weekend?\nY: non so ancora\nY: ti faccio sapere",
    "X: <media>\nY: ahah",
    "X: ho visto questo e ho pensato a te\nX: <media>\nY: ah",
    "X: com'e' andata la settimana\nY: bene grazie",
    "X: hai visto {show}\nY: non ancora",
    "X: ti va {place} {day}?\nY: non posso questa settimana scusa",
    "X: tutto bene?\nY: si",
    "X: spero che il lavoro vada bene\nY: 👍",
    "X: e' da un po che non ti sento\nY: scusa, di corsa",
    "X: qui {weather}\nY: anche qui",
    "X: {friend} come sta?\nY: bene credo",
    "X: tu tutto ok?\nY: si solo stanc{Y:o/a}",
    "X: hai visto il mio messaggio per {day}\nY: ah scusa si\nY: forse",
    "X: ho finito {show}\nY: figo",
    "X: comunque sono in vendita i biglietti per {band}\nY: ah figo\nY: non so se riesco",
    "X: allora com'e' andata quella cosa\nY: bene",
    "X: mi mancano le nostre chiacchierate\nY: si scusa, solo di corsa",
    "X: che fai?\nY: niente di che",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
]

WANE_MID = [
    "X: com'e' andata oggi\nY: lunga. tu?\nX: si uguale, un po pesante\n"
    "Y: vabbe. quasi venerdi",
    "X: alla fine sei andat{Y:o/a} da {place}?\nY: si {day}, carino\n"
    "X: top, cosa hai preso?\nY: {food}. buono",
    "X: corri ancora?\nY: piu o meno. una volta a settimana forse\n"
    "X: e' gia qualcosa\n"
    "Y: immagino",
    "X: <media>\nX: ti ricordi?\nY: ahah si\nY: sembra una vita fa",
    "X: che fai questo weekend\nY: vedo {friend} probabilmente. tu?\n"
    "X: niente di che. magari vado a {town}\nY: figo",
    "X: finalmente ho visto {film}\nY: bello?\nX: si bellissimo, il finale mi ha distrutt{X:o/a}\n"
    "Y: top, prima o poi lo guardo",
    "X: questa settimana al lavoro e' stato un delirio\nY: ah si? anche per me\n"
    "X: {colleague} e' assente quindi la sostituisco io\n"
    "Y: che palle",
    "X: ci vediamo presto?\nY: si sarebbe bello\n"
    "Y: non so bene quando pero, e' un periodo folle\n"
    "X: nessun problema, quando vuoi",
]

# --- critical / defensive (Ryan & Zoe)

CRIT = [
    "X: hai lasciato di nuovo la cucina un casino\nY: lo facevo dopo\n"
    "X: dici sempre cosi\nY: vabbe tu non porti mai fuori la spazzatura quindi\n"
    "X: non e' questo il punto\n"
    "Y: vabbe 🙄",
    "X: perche non mi hai risposto\nX: ti ho mandato 4 messaggi\nY: ero al lavoro??\n"
    "X: hai sempre una scusa\nY: non e' colpa mia se ho un lavoro\nX: wow ok",
    "X: avevi detto che prenotavi tu il tavolo\nY: me ne sono dimenticat{Y:o/a} ok\n"
    "X: di nuovo?\n"
    "X: non porti mai a termine niente\nY: vabbe potevi prenotare tu\n"
    "X: non e' questo il punto",
    "X: che hai oggi\nY: non ho niente\nY: sei TU che hai qualcosa\n"
    "X: ho solo fatto una domanda\nY: con quel tono\n"
    "X: non c'e nessun tono. sei ridicol{Y:o/a}",
    "X: ti sei dimenticat{Y:o/a} il compleanno di mia mamma\nY: non e' colpa mia se nessuno "
    "me l'ha ricordato\n"
    "X: e' MIA madre e non sono la tua segretaria\n"
    "X: non ti ricordi mai niente di quello che conta per me\n"
    "Y: e' cosi ingiusto\nY: vabbe tu ti sei dimenticat{X:o/a} la mia cosa del lavoro il mese "
    "scorso",
    "X: perche devi sempre fare una battuta quando sono seri{X:o/a}\n"
    "Y: cercavo di alleggerire\nX: e' sprezzante\n"
    "Y: vabbe tu fai sempre un dramma per tutto\nX: eccoci",
    "X: sei stat{Y:o/a} sul telefono tutta la cena\nY: controllavo una cosa\n"
    "X: per un'ora\nY: vabbe tu hai parlato con {friend} tutta la sera comunque\n"
    "X: incredibile",
    "X: ti avevo chiesto di ritirare il pacco\nY: non avevo tempo\n"
    "X: hai avuto il tempo di andare in palestra\nY: non e' colpa mia se la posta chiude alle "
    "17\n"
    "X: vieni sempre prima tu",
    "X: mi hai fatto fare una figuraccia davanti a {friend}\nY: come??\n"
    "X: il commento sul mio lavoro\n"
    "Y: era una battuta. sei cosi permalos{X:o/a}\n"
    "X: non prendi mai sul serio niente di quello che dico",
    "X: avevi detto che tornavi per le 8\nY: mi hanno trattenut{Y:o/a}\n"
    "X: avevi detto che mi scrivevi se facevi tardi\n"
    "Y: avevo il telefono scarico, non e' colpa mia\n"
    "X: si scarica sempre quando ti fa comodo",
    "X: ma che problema hai\nX: te ne sei andat{Y:o/a} e basta\n"
    "Y: perche urlavi\n"
    "X: non urlavo\nY: vabbe usavi quella voce\nX: non c'e nessuna voce",
    "X: fai sempre cosi\nY: cosa\nX: ti chiudi e poi fai finta di niente\n"
    "Y: vabbe tu non lasci mai perdere niente\nX: perche non si risolve mai niente",
    "X: non mi chiedi mai com'e' andata la giornata\n"
    "Y: te l'ho letteralmente chiesto ieri\nX: una volta\n"
    "Y: vabbe neanche tu me lo chiedi\nX: ok",
    "X: non mi hai nemmeno detto brav{X:o/a}\nX: per il colloquio\nY: si invece??\n"
    "X: hai detto 'figo'. basta\nY: cosa vuoi che dica, un discorso?\n"
    "X: lascia stare",
    "X: puoi smettere di lasciare la tua roba sulle scale\n"
    "Y: puoi smettere di lamentarti una volta\n"
    "X: non dovrei se lo facessi\n"
    "Y: non e' colpa mia se sei cosi rigid{X:o/a} su queste cose",
    "X: avevi promesso che andavamo a {town} questo weekend\nY: avevo detto forse\n"
    "X: avevi detto si\n"
    "Y: vabbe e' saltato fuori un imprevisto\nX: salta sempre fuori un imprevisto",
    "X: sei cosi egoista a volte\nY: wow\n"
    "Y: detto da chi ha passato tutto il weekend da {friend}\n"
    "X: era programmato da settimane\nY: vabbe",
    "X: perche sei cosi fredd{Y:o/a}\nY: non sono fredd{Y:o/a}\nX: si che lo sei\n"
    "Y: vabbe forse se non mi aggredissi appena entro\n"
    "X: non ti ho aggredit{Y:o/a}",
    "X: hai il mio {thing} da una settimana\nY: te lo ridò\n"
    "X: dici sempre cosi\n"
    "Y: non e' grave\nX: per me si",
    "X: hai disdetto di nuovo\nY: sono distrutt{Y:o/a}, non posso farci niente\n"
    "X: avevi detto che venivi\n"
    "Y: non e' colpa mia se il lavoro e' una follia\nX: e' sempre il lavoro",
    "X: non mi ascolti mai\nY: ti sto ascoltando adesso\nX: chiaramente no\n"
    "Y: vabbe cosa vuoi da me\nX: niente. lascia stare",
    "X: ieri sera non mi hai difes{X:o/a} per niente\n"
    "Y: era tua sorella, cosa dovevo dire\n"
    "X: qualsiasi cosa!!\nY: vabbe potevi difenderti da sol{X:o/a}\nX: wow. grazie",
]

CRIT_REASSURE = [
    "X: sei arrabbiat{Y:o/a} con me?\nY: no\nX: sembri arrabbiat{Y:o/a}\n"
    "Y: non sono arrabbiat{Y:o/a}. sono stanc{Y:o/a}\nX: ok",
    "X: tutto ok tra noi?\nY: si perche\nX: non hai detto niente tutto il giorno\n"
    "Y: sono solo impegnat{Y:o/a}\nX: ok scusa",
    "X: ho fatto qualcosa di male?\nY: no\nX: me lo diresti se fosse cosi?\nY: si\n"
    "X: scusa, mi preoccupo subito",
    "X: sei ancora arrabbiat{Y:o/a} per prima\nY: un po\nX: scusa\n"
    "X: odio quando siamo cosi\nY: anch'io",
    "X: non mi lasci vero\nY: cosa? no\nY: perche lo dici\n"
    "X: boh. lascia stare ahah",
    "X: sii sincer{Y:o/a}, pensi che esagero\nY: a volte\nX: ah\nX: ok\n"
    "Y: non intendevo in quel senso\nX: niente",
    "X: scusa per ieri sera\nY: ok\nX: sei ancora offes{Y:o/a}?\nY: passera",
    "X: scusa se prima ero pesante\nY: non lo eri\n"
    "X: sicur{Y:o/a}? non hai piu detto niente\n"
    "Y: sicur{Y:o/a}",
]

CRIT_LIGHT = [
    "X: cosa vuoi stasera\nY: boh. {food}?\nX: ok",
    "X: sono da {shop}, ti serve qualcosa\nY: latte\nX: ok",
    "X: sei a casa?\nY: 10 min",
    "X: {day} da tua mamma sempre?\nY: si ha detto {time}\nX: ok",
    "X: <media>\nY: ahah\nY: dov'e'",
    "X: hai pagato la tari\nY: si\nX: ok bene",
    "X: guardi {show}?\nY: dopo\nX: ok non iniziare senza di me",
    "X: la cosa di {friend} a che ora e'\nY: {time}\nX: ok",
    "X: puoi prendere il pane\nY: si",
    "X: in ritardo\nY: ok",
    "X: <media>\nX: il cucciolo nuovo di {friend}\nY: carino",
    "X: ho lasciato le chiavi della macchina sul mobile\nY: 👍",
]

CRIT_REPAIR = [
    "X: scusa per prima. non lo pensavo\nY: lo so. neanch'io\n"
    "X: tregua?\nY: tregua",
    "X: hai ragione sulla spazzatura. ci penso io\nY: grazie",
    "X: scusa se mi sono arrabbiat{X:o/a}\nY: niente. anch'io ero pesante",
]

CRISIS = [
    "X: Bruno non so cosa fare\nX: mio papa e' svenuto al lavoro\n+ siamo in ospedale\n"
    "+ al Niguarda, al pronto soccorso\nY: oddio. mi dispiace tantissimo\n"
    "Y: come sta? e tu come stai?\n"
    "X: pensano sia il cuore. ho cosi tanta paura\n"
    "Y: sono qui. vuoi che vengo?\n"
    "X: puoi? non voglio stare da sola\nY: parto adesso",
    "X: lo tengono\nX: ho una paura tremenda di perderlo\nY: {VALIDATE}\n"
    "Y: cosa dicono i medici?\nX: deve essere operato. forse questa settimana\n"
    "Y: ok. una cosa alla volta. {SUPPORT}",
    "X: non ho dormito\nX: sento le macchine appena chiudo gli occhi\n"
    "Y: sembra orribile\nY: hai mangiato qualcosa oggi?\nX: non proprio\n"
    "Y: ti porto da mangiare alle 6. non si discute",
    "X: l'operazione e' domani alle 8\nX: ho la nausea\n"
    "Y: ovvio. e' un peso enorme da portare\n"
    "Y: tengo il telefono acceso tutto il giorno. scrivimi qualsiasi cosa, anche solo un "
    "punto\n"
    "X: grazie. davvero\n~~~\nY: ti penso stamattina. novita?\n"
    "X: e' uscito dalla sala operatoria. e' andata bene\nX: ho singhiozzato nel corridoio\n"
    "Y: oh grazie a dio. sono cosi sollevato per te\nY: come ti senti?\n"
    "X: svuotata. ma lui sta bene",
    "X: ho dovuto dire alla mia manager che non potevo andare\n"
    "X: mi sento cosi in colpa, abbiamo la scadenza\n"
    "Y: non hai nessun motivo di sentirti in colpa\n"
    "Y: tuo papa e' in ospedale. il lavoro sopravvivra\n"
    "X: lo so. mi sembra solo di deludere tutti\n"
    "Y: non e' cosi. {SUPPORT}",
    "X: mia mamma non regge\nX: cerco di essere forte per lei ma sto crollando\n"
    "Y: {VALIDATE}\nY: e a te chi ti sostiene?\nX: tu. sinceramente\n"
    "Y: allora lasciami fare. cosa posso toglierti di dosso questa settimana?",
    "X: oggi ho risposto male all'infermiera e mi odio\n"
    "Y: sei esausta e terrorizzata. e' umano\nY: le hai chiesto scusa?\n"
    "X: si. e' stata gentilissima\nY: visto. sii gentile anche con te",
    "X: scusa se sono stata cosi concentrata su di me ultimamente\n"
    "X: e tu come stai davvero? com'e' andata la cosa col tuo capo?\n"
    "Y: non scusarti!! sto bene sinceramente\n"
    "Y: e' andata bene, mi fa cambiare team\n"
    "X: che bello. sono contenta\nX: te lo meriti",
    "X: e' tornato a casa\nX: ma e' cosi fragile. fa paura vederlo cosi\n"
    "Y: immagino. {VALIDATE}\nY: e lui come la vive?\n"
    "X: brontolone, che secondo l'infermiera e' un buon segno ahah\nY: 😂 e' proprio tuo papa",
    "X: oggi ho pianto da {shop}\nX: nel reparto biscotti. i suoi preferiti\n"
    "Y: oh tesoro\n"
    "Y: il dolore e la paura escono nei posti piu strani\n"
    "X: non e' nemmeno morto, e' questo che e' stupido\n"
    "Y: non e' stupido. hai rischiato di perderlo. {SUPPORT}",
    "X: mi sembra di annegare\nX: l'ospedale, mamma, il lavoro, tutto\nY: {VALIDATE}\n"
    "Y: qual e' la cosa di cui hai piu bisogno questa settimana?\n"
    "X: dormire. e qualcuno che pensi al cane\n"
    "Y: posso prendere io il cane. mercoledi e giovedi?\nX: mi salvi la vita",
    "X: continuo a pensare e se non avessi risposto\nX: stavo per ignorare la chiamata\n"
    "Y: ma hai risposto. e ci sei andata\nY: e' normale essere scossa\n"
    "X: adesso sono sempre cosi in ansia\n"
    "Y: {SUPPORT}. e magari parlarne con qualcuno quando si calmano le cose?",
    "X: la tua settimana com'e' andata? mi sembra di non chiedertelo da una vita\n"
    "Y: avevi tanto da gestire!\n"
    "Y: la mia bene, un po stanco. {friend} viene {day}\n"
    "X: oh bello!! salutala da parte mia\n"
    "X: e grazie di tutto. davvero",
    "X: fisioterapia oggi\nX: ha camminato fino in fondo al corridoio\n"
    "Y: fantastico!!\n"
    "Y: com'era?\nX: fiero di se ahah. e io sono cosi sollevata\n"
    "Y: sono felicissimo per voi due",
    "X: brutta notte. ha avuto di nuovo dolori al petto\n"
    "X: falso allarme ma tremo\n"
    "Y: oh no. {VALIDATE}\nY: dove sei adesso?\nX: a casa. dorme\n"
    "Y: vuoi parlare o vuoi che ti mando video stupidi\nX: tutte e due ahah",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amara, Y = Ben)
    "Y: <media>\nY: un cane con un impermeabile minuscolo, per il morale\n"
    "X: ok mi ha aiutata un po 😂",
    "Y: ti ho lasciato la zuppa davanti alla porta\nX: sei un santo\nX: grazie",
    "Y: non serve rispondere, ti penso e basta un abbraccio\nX: ❤️",
    "Y: Polpetta come la vive tutto questo avanti e indietro?\n"
    "X: confusa ma contenta. adora le passeggiate extra con te ahah",
    "X: le visite sono dalle 14 alle 20 quindi in pratica vivo li\n"
    "Y: vuoi che ti porto un caricatore e degli snack?\n"
    "X: si ti prego. il distributore e' una tragedia",
    "Y: <media>\nY: passato davanti all'orto di tuo papa, i fagioli sono impazziti\n"
    "X: oh. gli piacera tantissimo, glielo faccio vedere",
    "X: oggi ha chiesto le parole crociate\nY: e' un buon segno!!\n"
    "X: lo so. le piccole cose",
    "Y: ti serve qualcosa dalla spesa?\nX: latte e i biscotti all'avena\n"
    "Y: ci penso io",
    "Y: ti mando un video stupido per farti ridere\nY: <media:video>\n"
    "X: odio che abbia funzionato 😂",
    "X: mamma ti ringrazia per i fiori\nY: figurati\nX: non era niente di scontato",
    "Y: com'e' il parcheggio all'ospedale, ti porto io domani?\n"
    "X: orribile. si ti prego\nY: passo a prenderti alle 13",
    "X: le infermiere del suo reparto sono angeli\n"
    "Y: oh. sono contento che sia in buone mani",
]

CRISIS_RECOVER = [
    "X: volevo solo dirti grazie\n"
    "X: per queste ultime settimane. i pasti, il cane, i messaggi alle 2 di notte\n+ \n"
    "+ non ce l'avrei fatta senza di te\nY: tu faresti lo stesso per me\n"
    "X: si. spero che lo sai",
    "X: prima giornata normale da una vita\n"
    "X: sono andata a correre e non ho pensato all'ospedale nemmeno una volta\n"
    "Y: che bello sentirlo\nY: come ti senti in generale?\n"
    "X: piu leggera. ancora fragile ma piu leggera",
    "X: papa e' tornato nell'orto ahah\nY: ovvio\nY: e tua mamma come sta?\n"
    "X: molto meglio. dorme di nuovo\nY: sono davvero contento",
]

CRISIS_BEN = [
    # later: Ben struggles, Amara supports him back (Ben is X here)
    "X: posso parlarti di una cosa\nY: certo. che succede?\n"
    "X: arrivano dei licenziamenti al lavoro e io sono nella lista\n"
    "X: sinceramente ho paura\n"
    "Y: oh no. {VALIDATE}\nY: quando lo saprai?\nX: fine mese\n"
    "Y: {SUPPORT}. tu mi hai sostenuta per settimane, lascia che ricambi",
    "X: dormito poco. la cosa del lavoro\nY: mi dispiace. quest'attesa e' orribile\n"
    "Y: cosa ti passa per la testa?\n"
    "X: i soldi. la casa. e se non trovo niente\n"
    "Y: e' tanta roba. ma sei cosi bravo in quello che fai\n"
    "Y: vuoi che guardiamo il tuo cv insieme?\n"
    "X: si. mi aiuterebbe davvero",
    "X: mi sento un po un fallito in realta\nY: ehi. no\n"
    "Y: essere in una lista non parla di te, parla di budget\n"
    "Y: come ti senti oggi?\n"
    "X: un po meglio dopo averlo detto\n~~~\nY: novita sui licenziamenti?\n"
    "X: mi tengono!!\n"
    "Y: {HYPE}\nY: come ti senti?\nX: sollevato oltre ogni parola",
    "X: sono davvero stressato per mio fratello\n"
    "X: torna a vivere da me e non so se reggo\n"
    "Y: e' tanto in piu a tutto il resto\nY: cosa ti preoccupa di piu?\n"
    "X: che litighiamo come prima\n"
    "Y: ci sta. magari mettete delle regole dall'inizio?\n"
    "X: si. grazie di ascoltarmi",
    "X: mi sento un po giu questa settimana\nX: niente di preciso\n"
    "Y: mi dispiace. giu come?\n"
    "X: piatto. stanco. come se niente fosse piu divertente\n"
    "Y: {VALIDATE}. vuoi uscire di casa {day}? passeggiata e {drink}?\nX: si ti prego",
    "X: colloquio domani per il lavoro di riserva\nX: sono in ansia\n"
    "Y: andrai benissimo\n"
    "Y: cos'e' che ti preoccupa?\n"
    "X: le domande sullo stipendio. mi svendo sempre\n"
    "Y: facciamo pratica. che cifra dirai?\n~~~\nY: allora il colloquio??\n"
    "X: benissimo! ho detto la cifra e non hanno battuto ciglio\nY: fiera di te!!",
]


# --- group: old uni friends (balanced)

GROUP = [
    "A: chi c'e {day}?\nB: io!\nC: dipende dall'ora\nA: pensavo {place} tipo {time}\n"
    "D: ci sto\nC: ok si dai",
    "A: <media>\nA: guardate cosa ho trovato in soffitta\nB: NO la foto della festa delle "
    "matricole\n"
    "D: cancellala subito\nC: {LAUGH}\nC: i capelli di {B} 😭",
    "A: buon compleanno {B}!! 🎂\nC: auguriii!!!\nD: tanti auguriii 🥳\n"
    "B: grazie a tutti ❤️ mi sento vecchi{B:o/a}",
    "A: qualcuno ha visto la novita di {friend}\nB: il bambino??\nA: si!!\nC: aspetta cosa\n"
    "D: visto! che tenerezza\nC: come ho fatto a perdermelo?",
    "A: risultati del quiz: siamo quarti\nB: derubati\nD: il giro di musica era truccato\n"
    "C: ci serve qualcuno che sa di sport\n"
    "A: ci serve qualcuno che sa qualsiasi cosa",
    "A: qualcuno ha un {thing} da prestarmi {day}\nC: io ce l'ho\nA: sei un grande\n"
    "D: il gruppo funziona",
    "A: allora {film}. pareri\nB: adorato\nC: troppo lungo\nD: non l'ho visto, niente spoiler\n"
    "A: ok ma il finale 😳\nD: COSA HO APPENA DETTO",
    "A: <media>\nA: il mio tentativo: {food}\nB: sinceramente sembra buonissimo\n"
    "C: dovrebbe essere di quel colore?\nA: si {C}\nD: {LAUGH}",
    "A: ok domanda seria, il kebab e' un panino\nB: no\nC: si\n"
    "D: silenzio il gruppo",
    "A: ho un biglietto in piu per {band} {day} se qualcuno vuole\nD: omg io\n"
    "B: cavolo non ci sono\nD: quanto?\nA: gratis se paghi da bere\nD: affare fatto",
    "A: come va la settimana\nB: lunga\nC: bene, {weather} qui\n"
    "D: terzo giorno di raffreddore quindi insomma\nA: oh no, riguardati\nD: grazie 🤧",
    "A: possiamo finalmente prenotare il weekend pls?\nB: si. {town}?\n"
    "C: io posso il primo weekend di {month}\nD: idem\n"
    "A: stasera guardo le case",
    "A: <media>\nA: casa opzione 1\nA: <media>\nA: opzione 2\nB: la 2 ha la jacuzzi\nC: 2\n"
    "D: 2 ovvio",
    "A: sono da {place} e stanno mettendo la nostra canzone\nC: quale\n"
    "A: lo sai quale\nB: 🎶\nD: fai un video!!",
    "A: promemoria {day} c'e l'aperitivo d'addio di {friend}\nB: a che ora\n"
    "A: si parte {time}, {place}\nD: arrivo tardi ma vengo",
    "A: qualcun altro ha una settimana strana o sono solo io?\nC: strana come\n"
    "A: mi sento solo un po giu. cose di lavoro\n"
    "B: oh tesoro, ti va {drink} questa settimana?\n"
    "A: si ti prego\nD: anche io sono liber{D:o/a} giovedi se vuoi compagnia",
    "A: notizia: l'ho preso!!\nB: SIIII\nC: lo sapevo\nD: congratulazioni!! 🎉\n"
    "A: grazie raga, sinceramente ero in ansia da morire",
    "A: chi ha la password di Netflix\nC: l'hanno cambiata di nuovo\nB: la mando io\n"
    "D: nessuno lo dica a mio fratello",
    "A: brunch {day}?\nB: si\nC: non posso, scusate, vengono i miei\n"
    "D: si! {place}?\nA: prenotato per 4, {C} vieni dopo se riesci",
    "A: <media>\nB: e' un PICCIONE nella tua cucina??\n"
    "A: e' entrato dalla finestra e non se ne va\nC: dagli un nome\nD: Gianfranco",
    "A: importante: mi servono idee regalo per il compleanno di mia mamma\nB: una candela\n"
    "C: una bella candela\nD: una bellissima candela\nA: grazie raga mi aiutate un sacco",
    "A: non ci credo che ci conosciamo da 10 anni\n"
    "B: smettila. mi sento preistoric{B:o/a}\n"
    "C: eravamo dei bambini\nD: ti devo ancora 10 euro dalla festa delle matricole\n"
    "A: lo so. non l'ho dimenticato",
    "A: scusate il silenzio, il trasloco e' stato tanta roba\n"
    "B: non scusarti! come va?\n"
    "A: scatoloni ovunque. ma la casa nuova mi piace\n"
    "C: manda le foto quando hai finito!\n"
    "D: ti serve aiuto {day}?\nA: sarebbe fantastico in realta",
    "A: qualcuno guarda {show}?\nC: ossessionat{C:o/a}\nB: iniziato ieri sera\n"
    "A: niente spoiler sull'ep 5 sono indietro\n"
    "D: io non lo guardo e mi sento esclus{D:o/a}",
    "A: in ritardo, tenetemi un posto\nB: ok\nC: cosa bevi\nA: {drink} grazie un bacio",
    "A: grazie per ieri sera a tutti, e' stato bellissimo\nB: anche per me!! ho mal di testa\n"
    "C: chi ha preso il mio ombrello\nD: ops\nD: te lo porto {day}",
]

GROUP_SYSTEM_NAMES = ("Anna", "Dario 🎸", "+39 347 123 4567", "Camilla")

# --- group dominated (five-a-side; Marcus dominates)

GDOM_MONO = [
    "M: allora ragazzi, tattica per {day}\nM: ci ho pensato tutta la settimana\n+ \n"
    "+ messaggio lungo in arrivo\nM: siamo troppo stretti, e' per questo che ne abbiamo presi 6 "
    "la settimana scorsa\n"
    "M: se Jacopo resta largo e Asia gioca piu bassa possiamo davvero tenere la forma\n"
    "M: e nessuno, ripeto nessuno, sale insieme a me\n"
    "M: faccio uno schema\nA: ok\nB: 👍",
    "M: <media>\nM: lavagna tattica per {day}\n"
    "M: le frecce sono i movimenti, i tratteggi i passaggi\n"
    "M: la croce rossa e' dove ci fregano sempre\nM: imparatela\nC: ahah\n"
    "A: sono tante frecce",
    "M: piccolo resoconto di ieri sera\nM: nel primo tempo dormivamo\n"
    "M: secondo tempo molto meglio, il pressing funzionava davvero\n"
    "M: ma dobbiamo parlarci di piu, ero l'unico che urlava\n"
    "M: e Fabiana l'ultimo gol era in parte colpa tua, senza offesa\nC: ok\n"
    "A: abbiamo vinto pero",
    "M: qualcuno ha visto la classifica di serie A\n"
    "M: sinceramente se non vinciamo domenica e' finita\n"
    "M: il mister deve cambiare, il centrocampo e' troppo lento\n"
    "M: lo dico da agosto\nB: si",
    "M: ok momento burocrazia\nM: il campo e' prenotato {day} {time}\n"
    "M: {num} euro a testa, mandatemeli entro giovedi\n"
    "M: stavolta non rincorro nessuno\n"
    "M: l'ultima volta ho anticipato i soldi per 3 settimane\nA: mandati\nC: 👍",
    "M: e poi, regola nuova\nM: se arrivi in ritardo vai in porta\nM: nessuna eccezione\n"
    "M: me compreso. ovviamente io non arrivero in ritardo\nB: ahah",
    "M: qualcuno ha visto il video che ho postato\nM: quello della punizione\n"
    "M: e' da settimane che lavoro proprio su quella tecnica\n"
    "M: e' tutto nel piede d'appoggio\n"
    "M: ve la faccio vedere {day}\nA: figo",
    "M: pensavo che dovremmo iscriverci al torneo invernale\nM: ho guardato\n"
    "M: 10 partite, il martedi sera, {num}0 euro a squadra\n"
    "M: se vinciamo c'e un trofeo e un conto aperto al bar\n"
    "M: secondo me arriviamo tra i primi 3 facile se la gente viene davvero\n"
    "C: sembra divertente\nB: forse",
    "M: pagelle di stasera perche mi annoio\n"
    "M: io 8, Jacopo 6, Asia 7, Fabiana 6, il resto dei random 5\n"
    "M: siamo onesti mi sono un po caricato la squadra sulle spalle\nA: ahah ok\nC: duro",
    "M: qualcuno conosce un buon fisioterapista\nM: il flessore e' ancora tirato\n"
    "M: faccio stretching due volte al giorno ma non basta\n"
    "M: sara il volume di corsa, sono a 40 km a settimana\nB: no scusa",
    "M: allora ho visto un sacco di conferenze stampa di Pep\n"
    "M: e sinceramente la cosa del gioco di posizione\n"
    "M: potremmo proprio farne una versione nostra\n"
    "M: e' tutta una questione di triangoli\nM: porto i conetti {day}\nA: i conetti 😂",
    "M: vi ricordo che sono capitano e le pettorine le scelgo io\n"
    "M: non e' una democrazia ragazzi\n"
    "M: cioe si ma il mio voto conta di piu\nC: {LAUGH}",
    "M: <media>\nM: scarpe nuove\n"
    "M: le stesse dei pro, ordinate dalla Germania\n"
    "M: il mio primo controllo sara d'elite\nB: figo",
    "M: domenica e' stata una vergogna in realta\nM: eravamo 3-0 e abbiamo mollato tutto\n"
    "M: niente forma, niente comunicazione, tutti a guardare la palla\n"
    "M: non sono arrabbiato sono solo deluso\n"
    "A: un po arrabbiato",
    "M: dettaglio ma potete smettere di passarla indietro al portiere\n"
    "M: e' calcetto, il portiere non sa rinviare\n"
    "M: a meno che in porta ci sia io ovviamente\nC: ok",
]

GDOM_OTHERS = [
    "A: qualcuno fa qualcosa {day}?\nM: allenamento ovvio\n"
    "M: e dopo vado a correre\n"
    "B: io sono libero\nC: idem",
    "C: <media>\nC: il mio cane al parco\nM: carino\n"
    "M: a proposito, devo prenotare il sintetico per il mese prossimo\n"
    "A: che carino!!",
    "B: non posso venire questa settimana scusate, cosa di lavoro\n"
    "M: sono due settimane di fila\n"
    "M: saremo di nuovo uno in meno\nB: scusate\nA: nessun problema",
    "A: auguri {C}!!\nB: buon compleanno 🎉\nM: buon compleanno\n"
    "M: adesso offri un giro a tutti, e' la regola\nC: grazie ragazzi",
    "C: qualcuno guarda la partita stasera\nA: si!\nM: ovvio\n"
    "M: e ho un pronostico, 2-1, e la decide chi entra nel secondo tempo\n"
    "B: audace",
    "B: {place} dopo {day}?\nA: si\nC: ci sono\n"
    "M: vengo per un drink. prima lo shaker di proteine",
    "A: porto io il pallone questa settimana\nM: quello buono, non quello sgonfio\nA: si Marco",
]

# --- too short (Gemma & Raj, first days)

SHORT = [
    "X: ciao sono Gemma della palestra di arrampicata!\n"
    "Y: ehi!! che bello sentirti\n"
    "X: e' stato carino martedi\nY: troppo! ho ancora le braccia distrutte ahah",
    "X: ci vai {day}?\nY: credo, tipo {time}\nX: top a dopo",
    "X: <media>\nX: la prova che ho chiuso la via arancione\nY: siii brava!!\n"
    "Y: te l'avevo detto che ce l'avresti fatta",
    "Y: sei arrivata a casa?\nX: si grazie! la pioggia era orribile\n"
    "Y: ah si mi sono inzuppat{Y:o/a}",
    "X: che scarpette usi? le mie mi uccidono\n"
    "Y: ho quelle economiche del decathlon\n"
    "Y: si allargano dopo qualche settimana\nX: ok buono a sapersi",
    "Y: com'e' andata la settimana?\nX: piena! il lavoro e' un po intenso\nX: e tu?\n"
    "Y: non male, non vedo l'ora del weekend",
    "X: ti va un caffe prima di arrampicare {day}?\nY: si volentieri!\n"
    "X: il bar all'ingresso?\nY: perfetto",
    "Y: <media>\nY: ecco come sono i miei avambracci adesso\nX: 😂 uguale sinceramente",
    "X: grazie per i consigli oggi\nY: quando vuoi! migliori velocissimo\n"
    "X: oh grazie",
]

LIGHT_UK += [
    "X: il tipo del piano di sopra sta imparando la tromba\nY: noo\nX: sa 3 note\n"
    "+ e le suona alle 7 di mattina\nY: {LAUGH}",
    "X: ho rimesso le lucine di natale\nY: siamo a {month_now}\n"
    "X: mi rendono felice ok",
    "X: dici che posso mettere le sneakers al matrimonio\nY: dipende dalle sneakers\n"
    "X: <media>\nY: ...no",
    "X: notizia: la volpe e' tornata e ha portato un amico\nY: una gang di volpi\n"
    "X: sono in inferiorita numerica",
    "X: com'e' il nome dell'attore, quello della cosa col faro\n"
    "Y: mi devi dire di piu\nX: barba. urla\nY: quello del film di vampiri?\n"
    "X: SI. grazie. mi stava facendo impazzire",
    "X: ho fatto rispondi a tutti a tutto l'ufficio senza volerlo\n"
    "Y: oh no cosa diceva\nX: 'ahah ok'\n"
    "Y: {LAUGH}\nY: sinceramente poteva andare peggio",
    "X: mi hanno mandat{X:o/a} a casa col raffreddore\nY: oh noo. brodo e {show}?\n"
    "X: gia in corso 🤧",
    "X: e' strano mangiare i cereali la sera\nY: e' un classico\n"
    "X: grazie per convalidare le mie scelte di vita",
    "X: il cane di {friend} ha mangiato una torta di compleanno intera\nY: NO\nY: sta bene?\n"
    "X: lui si. {friend} no",
    "X: le casse automatiche mi odiano\nY: articolo inatteso nell'area di imbustamento?\n"
    "X: ogni. singola. volta",
    "X: pensiero random ma dovremmo fare un picnic quando fa piu caldo\n"
    "Y: si!! {town}?\n"
    "X: o il parco, meno sbatti\nY: affare fatto, i panini li faccio io",
    "X: mi sono appena sedut{X:o/a} sugli occhiali\nY: quanto e' grave\nX: <media>\n"
    "Y: ah si e' grave",
    "X: ho iniziato a fare le parole crociate in treno\nY: ma chi sei\n"
    "X: ne ho trovate 3. 3!",
    "X: qualcuno ha lasciato una lasagna intera sul muretto qui fuori\nY: intera??\n"
    "X: ancora calda\n"
    "Y: non ti azzardare",
    "X: il correttore ha cambiato 'a presto' in 'a pesto'\nY: gustoso\n"
    "X: e l'ho mandato al mio capo",
    "X: sto provando a montare un armadio\nX: avanzano 4 viti\n"
    "Y: sono viti bonus\nX: pende",
    "X: <media>\nX: tramonto dall'ufficio, quasi compensa\nY: quasi",
    "X: {friend} ti ha scritto per il weekend?\nY: si, pensa a {place}?\n"
    "X: per me va bene\n"
    "Y: glielo dico",
    "X: domanda. vale la pena iniziare {show}\n"
    "Y: stagione 1 si, stagione 2 no\nX: segnato",
    "X: ho appena spiegato a mia nonna cos'e' un meme\nY: e allora\n"
    "X: me ne ha rimandato uno. era una foto di un gatto senza testo\nY: leggendaria",
    "X: la fila alla posta arriva fino in strada\nY: {day} e' sempre cosi\n"
    "X: saro qui fino alla pensione",
    "X: qual e' un bel film per una domenica di pioggia\nY: {film}\nX: visto due volte\n"
    "Y: non c'e due senza tre",
    "X: ho finalmente pulito il forno\nY: fier{Y:o/a}\nX: ho trovato una patatina del 2021",
    "X: e' grave se penso gia al pranzo\nY: sono le 10\nX: non e' un no",
    "X: ok mi serve una cover nuova, pareri\nX: <media>\nX: <media>\nY: quella verde\n"
    "X: lo sapevo che dicevi cosi",
    "X: ho incontrato il mio vecchio prof di matematica da {shop}\n"
    "Y: ti ha riconosciut{X:o/a}\n"
    "X: mi ha chiamat{X:o/a} col nome di mia sorella\nY: {LAUGH}",
    "X: pres{X:o/a} sotto la pioggia senza giacca\nY: il meteo diceva sole\n"
    "X: il meteo ha mentito",
    "X: a che ora e' la partita {day}\nY: alle 3 credo\nX: bar?\nY: ovvio",
    "X: il gatto dei vicini mi ha adottat{X:o/a}\nY: oh no. gli dai da mangiare vero\n"
    "X: solo un pochino\n+ gli ho comprato una ciotola",
    "X: sono 45 minuti che sono in attesa\nY: con chi\n"
    "X: la banca. la musichetta ce l'ho stampata nel cervello",
    "X: ho appena visto un tipo che portava a spasso una tartaruga al guinzaglio\n"
    "Y: foto o non e' successo\nX: <media>\n"
    "Y: incredibile",
    "X: sto pensando di imparare l'uncinetto\nY: farai una sciarpa e smetterai\n"
    "X: una sciarpa e' tutto quello che mi serve",
    "X: il tuo wifi fa le bizze o solo il mio\nY: il mio va\n"
    "X: perfetto, e' personale allora",
    "X: stanotte ho fatto un sogno stranissimo su di te\nY: racconta\n"
    "X: facevi {Y:il cameriere/la cameriera} e mi portavi zuppa a ripetizione\n"
    "Y: non e' strano e' un bel sogno",
    "X: non riesco a smettere di ascoltare {band}\nY: il nuovo?\n"
    "X: si. in loop da martedi",
]

ANEC_UK = [
    "mi ha appena inseguito un'oca al parco",
    "il barista ha scritto 'Tim' sul bicchiere. neanche vicino",
    "c'e uno sul bus che si sta mangiando un pollo arrosto intero",
    "ho appena messo il telefono in frigo e il latte nella borsa",
    "la mia pianta ha una foglia nuova!!",
    "c'e un piccione sul davanzale che mi fissa",
    "sono gia a 4 caffe oggi",
    "ho salutato uno che non stava salutando me",
    "ho appena trovato 10 euro nel cappotto invernale",
    "l'ascensore del lavoro e' rotto da una settimana e io sto al sesto piano",
    "credo di sbagliare il nome della mia collega da un anno",
    "il furgone dei gelati suona la sua musichetta sotto la pioggia",
    "starnutisco da stamattina, credo di avere l'allergia alla mia scrivania",
    "mi hanno chiesto indicazioni nella mia via e ho dato quelle sbagliate",
    "mia mamma mi ha mandato una foto del suo tagliasiepi nuovo. zero contesto",
    "e' scattato l'allarme antincendio perche ho fatto i toast",
    "c'e un tipo che fa tai chi nel parcheggio",
    "ho tenuto il maglione al rovescio tutta la mattina",
    "ho appena scoperto che i biscotti buoni sono nascosti nell'armadio della cancelleria",
    "in ufficio c'e una macchinetta del caffe nuova e tutti fanno come se fosse natale",
    "il gatto mi ha rovesciato il te sul pc. tutto ok. credo",
    "ho appena visto un negozio che vende solo calzini",
    "ho dormito in treno e ho saltato la mia fermata di due",
    "mio papa ha scoperto i podcast e adesso mi manda puntate tutti i giorni",
    "una signora anziana stilosissima mi ha fatto i complimenti per il cappotto",
    "un bambino in treno mi ha appena detto che ho i capelli buffi",
    "oggi ho mangiato solo pane e burro. giornata pane e burro",
    "taglio nuovo, non so se mi piace",
    "alla radio c'era una domanda del quiz, l'ho indovinata e non c'era nessuno a vedermi",
    "il mio vicino ha fatto l'orto e mi ha dato una zucchina grossa come il mio braccio",
    "oggi ho scoperto che i fenicotteri sono rosa per quello che mangiano",
    "ho appena fatto la prova antincendio sotto la pioggia battente",
    "in treno c'era un cane con gli stivaletti",
    "ho appena fatto una lavatrice con un calzino rosso dentro. tutto rosa",
    "il mio capo ha mandato una mail che dice solo 'chiamami'. il terrore",
    "ho finito il libro sul bus e adesso non so cosa fare della mia vita",
    "visto un doppio arcobaleno tornando a casa",
    "iscrizione in palestra. di nuovo",
    "qualcuno ha parcheggiato una macchina minuscola di traverso su due posti",
    "si e' acceso il riscaldamento per la prima volta e tutta la casa sa di polvere bruciata",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "no dai", "cosa 😂", "classico", "fantastico", "e' cosi da te", "smettila",
    "adoro", "ah. ovvio", "oh no 😂", "perche fa cosi ridere", "eccellente",
    "mi serve una foto", "il dramma", "sinceramente leggendario", "di nuovo",
]
FRAGMENTS["ASKMORE"] = [
    "aspetta cos'e' successo", "dove", "come", "e poi", "ma perche",
    "racconta tutto", "qualcuno ha visto", "ma e' normale",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {sinceramente non ne ho idea|non chiedere|lunga storia|e' la mia vita ultimamente}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {cmq la tua giornata|cmq. tu come stai|cmq e' tutto per me. tu?}\n"
    "Y: {bene! tranquilla in confronto|meno emozionante della tua|bene grazie, di corsa}",
    "X: notizie dalla mia vita: {ANEC}\nY: {REACT}",
]

DEEP_UK += [
    "X: ultimamente non dormo bene\n"
    "X: resto svegli{X:o/a} a chiedermi se faccio il lavoro giusto\n"
    "Y: oh no. da quanto va avanti?\nX: qualche mese a essere sincer{X:o/a}\n"
    "Y: {VALIDATE}\nY: cos'e' del lavoro che ti pesa?\n"
    "X: credo di non sentirmi piu brav{X:o/a}\n"
    "Y: se conta qualcosa sei una delle persone piu competenti che conosco\n"
    "X: questo mi tocca davvero",
    "X: lo so che e' una cavolata ma mi ferisce davvero che nessuno si sia ricordato dei miei "
    "10 anni in azienda\n"
    "Y: non e' una cavolata\nY: 10 anni sono tantissimi\n"
    "X: mi ha fatto solo sentire un po invisibile\n"
    "Y: {VALIDATE}\nY: ti porto fuori {day}. festa vera\nX: non sei obbligat{Y:o/a}\n"
    "Y: mi va",
    "X: ho un'ansia tremenda all'idea di rivedere tutti alla rimpatriata\n"
    "Y: cosa ti preoccupa?\n"
    "X: che tutti abbiano fatto un sacco di cose e io non abbia niente da dire\n"
    "Y: ti capisco. ma la gente vuole solo sapere come stai\n"
    "Y: e tu hai un sacco di cose da dire. te lo dimentichi e basta\nX: ah. forse\n"
    "Y: vuoi che vengo con te?\nX: si ti prego",
    "X: posso dirti una cosa che non ho detto a nessuno\nY: certo\n"
    "X: ho iniziato ad andare da una psicologa\nX: mi vergogno stranamente\n"
    "Y: io lo trovo fantastico sinceramente\nY: come sta andando?\n"
    "X: dura. ma dura nel senso buono. mi fa domande che nessuno mi ha mai fatto\n"
    "Y: cosa ti ha detto?\n"
    "X: soprattutto 'e come l'ha fatta sentire' ahah. ma aiuta\n"
    "Y: sono fier{Y:o/a} di te che ci vai. {SUPPORT}",
    "X: oggi grosso crollo\nX: ho pianto nel parcheggio prima di entrare al lavoro\n"
    "Y: oh no. sembra cosi dura\nY: cosa l'ha scatenato?\n"
    "X: non lo so nemmeno. si e' accumulato tutto\nY: {VALIDATE}\nY: va meglio adesso?\n"
    "X: meglio. sono solo stufissim{X:o/a} di sentirmi cosi\nY: {SUPPORT}\n~~~\n"
    "Y: come va oggi? ti ho pensato\n"
    "X: un po meglio grazie. per una volta ho dormito come si deve\n"
    "Y: che bello sentirlo davvero",
    "X: sinceramente il trasloco mi fa una paura tremenda\nY: quale parte?\n"
    "X: tutto. citta nuova, lavoro nuovo, non conoscere nessuno\n"
    "Y: ovvio. sono un sacco di cambiamenti tutti insieme\n"
    "Y: cosa renderebbe piu facili le prime settimane?\n"
    "X: sapere che posso chiamarti quando fa schifo\n"
    "Y: puoi. quando vuoi, dico sul serio",
    "X: credo che mia mamma stia iniziando a perdere la memoria\n"
    "X: si e' dimenticata il mio compleanno e mi ha raccontato la stessa storia 3 volte\n"
    "Y: oh fa paura\n"
    "Y: gliene hai parlato?\nX: non ancora. non so come tirare fuori l'argomento\n"
    "Y: {VALIDATE}\nY: magari insieme a tuo fratello?\nX: si. forse sarebbe piu facile",
    "X: mi sembra di essermi un po pers{X:o/a} da quando c'e il bambino\n"
    "X: lo amo tantissimo ma non riconosco piu la mia vita\nY: sembra davvero dura\n"
    "Y: e davvero normale, se conta qualcosa\nY: cosa ti manca di piu?\n"
    "X: solo avere un'ora per me\n"
    "Y: lascialo a me un pomeriggio {day}. vai a fare quello che vuoi\nX: lo faresti?\n"
    "Y: certo",
    "X: sono un po invidios{X:o/a} di {friend} e lo odio\nY: invidios{X:o/a} in che senso?\n"
    "X: sembra che per lei sia tutto facile\nY: ti capisco. e' molto umano\n"
    "Y: lo sai che anche lei fa fatica vero?\nX: lo so. non toglie la sensazione\n"
    "Y: no. ma grazie di essere sincer{X:o/a} su questo",
    "X: e' l'anniversario questa settimana\nX: 5 anni\nY: lo so. ti ho pensato\n"
    "Y: come la stai vivendo?\nX: pesante. non diventa piu facile, solo diverso\n"
    "Y: {VALIDATE}\nY: vuoi compagnia quel giorno o spazio?\n"
    "X: compagnia credo\n"
    "Y: passo io",
    "X: credo di aver fatto un casino al lavoro oggi\nX: mandato il file sbagliato a un cliente\n"
    "Y: oh no. grave?\nX: se ne sono accorti. il mio capo non era contento\n"
    "X: mi sento cosi scem{X:o/a}\n"
    "Y: non sei scem{X:o/a}, sei umano\nY: hai rimediato?\n"
    "X: si, mandato subito quello giusto\nY: allora hai fatto quello che andava fatto. "
    "passera",
    "X: sono cosi sopraffatt{X:o/a} dall'organizzazione del matrimonio\n"
    "Y: oh no. qual e' la parte peggiore?\n"
    "X: tutti hanno un'opinione e mi sembra di deludere tutti\n"
    "Y: {VALIDATE}\n"
    "Y: e' comunque il tuo giorno, non il loro\n"
    "X: lo so. odio solo deludere la gente\n"
    "Y: vuoi che guardiamo la lista insieme {day}?",
    "X: non mi hanno pres{X:o/a} in squadra\nX: di nuovo\nY: oh no, mi dispiace\n"
    "Y: come ti senti?\n"
    "X: sinceramente un po distrutt{X:o/a}. mi sono allenat{X:o/a} tantissimo\n"
    "Y: {VALIDATE}. tutto quell'impegno non e' perso\nX: adesso non mi sembra\n"
    "Y: lo so. {SUPPORT}",
    "X: litigata pesante con mia sorella\nY: oh no, su cosa?\n"
    "X: su papa. dice che non faccio abbastanza\n"
    "X: e il peggio e' che forse ha ragione\n"
    "Y: sembra davvero doloroso\nY: fai tanto comunque. piu di quanto pensi\n"
    "X: forse. mi sento sempre in colpa\nY: {SUPPORT}",
    "X: ultimamente mi sento pienissim{X:o/a} di complessi\nY: per qualcosa in particolare?\n"
    "X: soprattutto il mio aspetto. e' una cavolata\n"
    "Y: non e' una cavolata. incide su come ti senti ogni giorno\n"
    "Y: c'e qualcosa che l'ha scatenato?\nX: solo le foto del matrimonio\n"
    "Y: se conta qualcosa sembravi felice e bellissim{X:o/a}",
    "X: ho paura di bere troppo\nY: grazie di dirmelo\n"
    "Y: cosa te lo fa pensare?\nX: ormai e' tutte le sere, non solo nel weekend\n"
    "Y: {VALIDATE}. e' coraggioso rendersene conto\n"
    "Y: proviamo un mese senza alcol insieme? farebbe bene anche a me\n"
    "X: si. mi aiuterebbe",
    "X: mi sembra di essere sempre io a fare lo sforzo con i miei amici\n"
    "Y: e' sfiancante\nY: e' successo qualcosa?\n"
    "X: nessuno mi ha scritto per il compleanno tranne te e mamma\n"
    "Y: oh amore. fa davvero male\n"
    "Y: mi dispiace\nX: tutto ok. avevo solo bisogno di dirlo",
    "X: il medico vuole che faccio altri esami\nX: cerco di non andare nel panico\n"
    "Y: ovvio che sei preoccupat{X:o/a}\nY: cosa ha detto esattamente?\n"
    "X: solo che vogliono escludere alcune cose\n"
    "Y: spesso e' solo quello. ma fa paura lo stesso\n"
    "Y: quand'e' l'appuntamento? posso venire\n"
    "~~~\nY: novita sugli esami?\nX: tutto normale!!\nY: oh grazie a dio\n"
    "Y: come ti senti?\n"
    "X: come se mi avessero tolto un peso",
    "X: sono cosi stanc{X:o/a} di essere single sinceramente\n"
    "Y: oh. cosa te lo fa dire?\n"
    "X: al lavoro si fidanzano tutti\n"
    "X: e io torno in una casa vuota con un piatto al microonde\nY: {VALIDATE}\n"
    "Y: se conta qualcosa chiunque sarebbe fortunato\nX: dillo alle app 😅\n"
    "Y: le app sono un inferno. non sei tu",
    "X: non ti sembra mai di fingere al lavoro\nY: sempre\n"
    "Y: perche, cos'e' successo?\n"
    "X: mi hanno chiesto di condurre la riunione del team e sono andat{X:o/a} nel panico\n"
    "X: mi sembra che scopriranno che non so cosa sto facendo\n"
    "Y: questa e' la sindrome dell'impostore che parla\n"
    "Y: te l'hanno chiesto perche pensano che puoi farcela\n"
    "X: spero che hai ragione",
    "X: sono un po giu da quando sono finite le vacanze\nY: il magone del rientro?\n"
    "X: piu che altro ho capito quanto odio la mia routine qui\n"
    "Y: oh. e' una bella presa di coscienza\n"
    "Y: cosa ti e' piaciuto dell'essere via?\n"
    "X: avere tempo. non correre. stare all'aperto\n"
    "Y: potresti averne di piu anche qui in qualche modo?\n"
    "X: forse. devo pensarci",
    "X: {friend} ha detto una cosa che mi ha ferit{X:o/a} davvero\nY: cosa ha detto?\n"
    "X: che sono 'intens{X:o/a}'. per scherzo pero\nY: ahia. {VALIDATE}\n"
    "Y: non sei troppo. sei tu\nX: grazie. credo che abbia toccato un tasto dolente\n"
    "Y: vuoi parlarne con lei?\nX: forse quando saro meno arrabbiat{X:o/a}",
]

NEWS_UK += [
    "X: mi hanno dato l'aumento!!\nY: {HYPE}\nY: quanto?\n"
    "X: abbastanza da smettere di controllare il conto prima di prendere un caffe\n"
    "Y: sinceramente e' il sogno",
    "X: il padrone di casa ha detto si al gatto\nY: SMETTILA\nY: quando lo prendi?\n"
    "X: vado al gattile {day}\nY: manda subito le foto",
    "X: hanno pubblicato il mio articolo!\nX: <media>\nY: {HYPE}\nY: di cosa parla gia?\n"
    "X: la cosa dell'orto condiviso\nY: lo leggo adesso",
    "X: ho finito la prima stesura\nY: del romanzo??\nX: del romanzo!!\nY: {HYPE}\n"
    "Y: che effetto fa?\nX: irreale. e un po spaventoso",
    "X: mi hanno offerto il lavoro a {town}\nY: {HYPE}\nY: accetti?\n"
    "X: credo di si!! non vedo l'ora\n"
    "Y: sono felicissim{Y:o/a} per te. e triste per me ahah",
    "X: oggi 100 giorni senza alcol\nY: e' enorme. sono cosi fier{Y:o/a} di te\n"
    "Y: come ti senti?\n"
    "X: piu lucid{X:o/a}. e fier{X:o/a} di me per una volta\nY: ne hai motivo",
    "X: ho superato il periodo di prova\nY: {HYPE}\nY: hanno detto qualcosa di carino?\n"
    "X: 'una vera risorsa per il team'\nY: da incorniciare",
    "X: mio fratello si sposa!!\nY: ooh!! con Sofia?\n"
    "X: si! e mi hanno chiesto di fare un discorso alla cerimonia\n"
    "Y: oh che bello. piangerai\n"
    "X: sto gia piangendo",
]

COUPLE_UK += [
    "X: ho prenotato una cosa per il tuo compleanno\nY: dove??\nX: non dico niente\n"
    "Y: 🙈 sei {X:il migliore/la migliore}",
    "X: sono fier{X:o/a} di te, lo sai\nY: per cosa?\n"
    "X: tutto in questo periodo. il lavoro, tua mamma, tutto\n"
    "Y: fa davvero bene sentirlo. grazie",
    "X: ordiniamo da mangiare stasera\nY: {place}?\nX: mi leggi nel pensiero",
    "X: scusa se stamattina ero di cattivo umore\nY: tranquill{X:o/a}. dormito male?\n"
    "X: si. e me la sono pres{X:o/a} con te\nY: grazie di dirlo. ti amo",
    "X: qual e' il tuo ricordo preferito di noi\nY: domanda impegnativa per un martedi\n"
    "Y: probabilmente la sera che la macchina si e' rotta a {town} e abbiamo mangiato le "
    "patatine sotto la pioggia\nX: anche il mio",
    "X: la tua pianta ti reclama\nY: solo la pianta?\nX: e io. soprattutto io",
    "X: pensavo che dovremmo organizzare un viaggio\nY: si. dove?\n"
    "X: da qualche parte al caldo. a {month}?\n"
    "Y: guardiamo questo weekend",
    "X: hai mangiato oggi?\nY: piu o meno. un tramezzino\n"
    "X: non e' un pasto\n"
    "Y: c'e scritto 'menu pranzo'",
    "X: adoro quando canti sotto la doccia\nY: non canto sotto la doccia\n"
    "X: eccome se canti. male\nY: 😂",
    "X: giornata lunga. ho bisogno di un abbraccio\nY: vieni qui allora\nY: torno {time}",
    "X: e' strano dormire senza di te\nY: ancora 3 notti\nX: il letto e' troppo grande\n"
    "Y: approfittane per fare la stella marina",
    "X: grazie per esserti pres{Y:o/a} cura di me quando stavo male\nY: e' il mio lavoro\n"
    "X: non e' il tuo lavoro\n"
    "Y: e' il mio lavoro preferito",
    "X: facciamo un vero appuntamento {day}\nY: tipo vestiti bene?\n"
    "X: tipo vestiti bene. {place}\n"
    "Y: e' un appuntamento ❤️",
]

SUPERFICIAL += [
    "X: la caldaia rifa quel rumore di ferraglia\nY: scrivo al padrone di casa",
    "X: hai visto la lettera dell'acqua\nY: si, lettura del contatore. ci penso io",
    "X: puoi firmare per un pacco domani se ci sei\nY: dovrei esserci fino alle 2\n"
    "X: grazie",
    "X: ho messo una lavatrice di asciugamani, stendili se non sono rientrat{X:o/a}\n"
    "Y: si nessun problema",
    "X: la tua bici blocca il corridoio\nY: la sposto",
    "X: quanto ti devo per la spesa\nY: 14,50\nX: mandati",
    "X: la lettura la facciamo noi o il padrone di casa\nY: noi credo\n"
    "X: ok faccio una foto",
    "X: la macchina deve fare la revisione entro fine {month}\nY: prendo appuntamento\n"
    "X: l'officina qui vicino e' la meno cara",
    "X: che giorno passa l'indifferenziata\nY: un giovedi si e uno no\nX: quindi questo?\n"
    "Y: il prossimo",
    "X: stasera torno tardi, non mettere la catena\nY: ok",
    "X: hai delle pile\nY: AA?\nX: AAA\nY: no, scusa",
    "X: l'agenzia fa un'ispezione {day}\nY: a che ora\n"
    "X: alle 11. puoi sistemare un po il salotto\nY: si",
    "X: c'e la partita alle 8 se vuoi guardarla\nY: quale\nX: quella di coppa\n"
    "Y: si ci saro",
    "X: da {shop} hanno i barattoli grandi di caffe in offerta\nY: prendine due",
    "X: hai spostato la mia posta\nY: e' sul tavolo vicino alla porta",
    "X: il contratto del wifi sta scadendo\nY: cambiamo?\nX: guardo i prezzi\n"
    "Y: 👍",
    "X: chi ha le chiavi di scorta\nY: io, perche\nX: mia sorella passa a prendere una cosa "
    "alle 4\n"
    "Y: le lascio al solito posto",
    "X: a che ora inizia il quiz\nY: alle 8\nX: ok, ci vediamo li",
    "X: c'e un ragno grande come la mia mano nella vasca\nY: non e' un mio problema\n"
    "X: e' un NOSTRO problema\nY: {LAUGH} ok prendo il bicchiere",
    "X: ti serve la macchina domani\nY: no, prendila\nX: grazie",
    "X: prendiamo l'albero questo weekend\nY: domenica?\n"
    "X: ok, il posto vicino al vivaio",
    "X: bus o a piedi per {place}\nY: a piedi, non piove\nX: ok usciamo alle 7:45",
    "X: la lavastoviglie ha finito se vuoi svuotarla\nY: lo faccio dopo",
    "X: puoi alzare il riscaldamento quando torni\nY: e' col timer\n"
    "X: alza il timer allora\nY: ahah ok",
    "X: ordinato un soffione della doccia nuovo, arriva {day}\nY: finalmente",
    "X: sono passati per il ritiro del divano\nY: si stamattina\nX: top",
    "X: prova antincendio al lavoro quindi faro tardi\nY: ok",
    "X: {friend} viene a dormire {day}, va bene\nY: si nessun problema, divano letto?\nX: si",
    "X: puoi spostare la macchina, sono bloccat{X:o/a}\nY: arrivo",
    "X: c'e una perdita sotto il lavandino\nY: grossa?\nX: goccia a goccia\n"
    "Y: mettici sotto una ciotola, chiamo qualcuno",
    "X: il corriere Amazon ha lasciato un pacco dai vicini\nY: quale lato\nX: il 14\n"
    "Y: ok lo recupero io",
    "X: info, ho finito il latte\nY: lo prendo io",
    "X: calcetto alle 7?\nY: si, prendi la pompa\nX: ok",
    "X: com'era la password del wifi, il pc se l'e' dimenticata\nY: e' sul modem\n"
    "X: ah gia",
    "X: lavavetri {day} mattina\nY: ok",
    "X: arrivato il sollecito per il canone rai\nY: lo pago io, l'anno scorso l'hai fatto tu",
    "X: stai usando il ferro\nY: no, e' nell'armadio",
    "X: c'e un tipo che legge il contatore del gas, lo faccio entrare?\nY: si va bene",
    "X: consegna {shop} tra le 6 e le 7\nY: ci saro",
    "X: faccio {food} se ne vuoi\nY: si grazie, torno alle 7",
    "X: l'assicurazione della macchina e' a nome tuo o mio\nY: mio\n"
    "X: ok, e' arrivata la lettera del rinnovo",
    "X: sono rimast{X:o/a} chius{X:o/a} fuori\nY: sono a 10 min\nX: sei un mito",
]

SUPERFICIAL_OPEN += [
    "X: torni stasera?\nY: si verso le 7",
    "X: oh\nY: cosa",
    "X: domanda\nY: si",
]

JO = [
    "X: allora {town} ad aprile. lo facciamo davvero\n"
    "Y: si!! guardo i voli\nX: mandami cosa hai trovato\nY: <media>",
    "X: quante notti stiamo\nY: 3? da ven a lun\n"
    "X: perfetto, chiedo il lunedi",
    "X: airbnb o hotel\nY: airbnb, cosi possiamo cucinare\nX: chi cucina\nY: tu\n"
    "X: offensivo ma giusto",
    "X: <media>\nX: e questo\nY: quello con la terrazza??\n"
    "Y: si. prenota prima che lo prenda qualcun altro",
    "X: prenotato!!\nY: AAAAH\nY: si fa\nX: si fa",
    "X: cosa vuoi fare li\nY: mangiare\nX: a parte mangiare\n"
    "Y: mangiare ancora. e il museo che dicevi",
    "X: ho fatto una lista di ristoranti\nX: 1. il posto dei tacos\n+ 2. il brunch con la fila\n"
    "+ 3. il bar dei ravioli\n+ ...\n+ 14. quello elegante se ci sentiamo ricchi\n"
    "Y: 14 ristoranti??\nY: per 3 giorni\nX: ce la faremo",
    "X: ci serve una macchina\nY: credo di no, possiamo fare tutto a piedi\n"
    "X: meglio perche non ho voglia di guidare",
    "X: com'e' andata la settimana\nY: lunga, al lavoro e' il caos\nY: e tu?\n"
    "X: uguale. conto i giorni al viaggio",
    "X: mia sorella ti saluta comunque\nY: ciao a lei!! fa ancora la maratona\n"
    "X: si, e' pazza",
    "X: in realta ho un po d'ansia per l'aereo\nY: ah si? non lo sapevo\n"
    "X: si e' peggiorata ultimamente\n"
    "Y: ci sediamo vicini e ti distraggo tutto il tempo\n"
    "X: mi aiuta davvero tanto in realta",
    "X: domanda valigia, fa freddo li ad aprile\nY: tipo 15 gradi?\n"
    "X: quindi una giacca\n"
    "Y: porta una giacca",
    "X: mi hanno promoss{X:o/a}!!\nY: {HYPE}\nY: ok il viaggio diventa un viaggio per festeggiare\n"
    "X: approvato",
    "X: <media>\nX: valigia nuova\nY: che classe\nX: ha il portabicchiere",
    "X: allora non arrabbiarti ma forse ho prenotato un corso di cucina per noi\n"
    "Y: perche dovrei arrabbiarmi e' fantastico\nX: e' alle 8 di mattina\n"
    "Y: ok adesso mi arrabbio",
    "X: tua mamma come sta\nY: meglio grazie, le medicine nuove la aiutano\n"
    "X: che bello sentirlo\nY: grazie di chiedere ❤️",
    "X: giornata difficile\nY: oh no, cos'e' successo?\n"
    "X: ho avuto un brutto feedback sul mio progetto e mi ha punt{X:o/a}\n"
    "Y: che schifo. cosa hanno detto?\n"
    "X: che non era abbastanza ambizioso\n"
    "Y: che rabbia, ci hai messo tanto di te\n"
    "X: grazie. non vedo l'ora del viaggio",
    "X: una settimana!!\nY: UNA SETTIMANA\nX: ho gia iniziato la valigia\n"
    "Y: ovvio",
    "X: mi mandi l'indirizzo dell'airbnb\nY: <media>\nX: grazie",
    "X: a che ora e' il nostro volo gia\nY: 7:10\n"
    "X: perche ci siamo fatti questo\n"
    "Y: voli economici tesoro",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

GROUP += [
    "A: a chi tocca ospitare?\nB: non a me, ho ospitato l'ultima volta\nC: io posso {day}\n"
    "D: da {C} allora\nC: l'aperitivo lo prendo io",
    "A: ho appena visto un tipo che somiglia TROPPO al nostro vecchio padrone di casa\n"
    "B: quello col codino?\n"
    "A: il codino e' ancora vivo\nC: {LAUGH}",
    "A: non ci credo che {friend} si trasferisce a {town}\nB: lo so, e' la fine di un'epoca\n"
    "C: dovremo andarla a trovare\nD: road trip!!",
    "A: <media>\nA: la vista stasera\nB: dov'e'?\nA: {town}, in cima alla collina\n"
    "D: stupenda\nC: invidios{C:o/a}",
    "A: qualcuno conosce un idraulico bravo?\nC: mio zio\nA: e' bravo?\nC: e' mio zio\n"
    "D: questo non e' un si",
    "A: faccio una playlist per la casa del weekend, mandate le richieste\nB: {band}\n"
    "C: tutto tranne {band}\n"
    "D: gli abba ovvio\nA: gli abba sono scontati",
    "A: ho appena realizzato che oggi ho parlato con tutti voi tranne {B}\nB: ciao\n"
    "A: ecco",
    "A: chi porta cosa alla grigliata\nB: gli hamburger\nC: l'insalata (qualcuno deve)\n"
    "D: da bere\n"
    "A: io le salsicce e l'atmosfera",
    "A: finale di {show} stasera!!\nC: non scrivete durante\n"
    "B: la guardo domani, silenziatemi\n"
    "D: non prometto niente",
    "A: mi serve un telefono nuovo, iphone o android, via\nB: iphone\nC: android\n"
    "D: un Nokia 3310\nA: grazie a tutti",
    "A: <media>\nA: guardate chi ho trovato\nB: e' il Signor Biscotto??\n"
    "C: il gatto dell'universita!!\nD: e' cosi vecchio adesso",
    "A: com'e' che siamo gia a {month_now}\nB: basta\n"
    "C: non ho ancora fatto i buoni propositi\nD: va tutto bene va tutto bene va tutto bene",
    "A: opinione impopolare: l'ananas sulla pizza e' buono\nB: vero\nC: fuori\n"
    "D: sto con {A}",
    "A: ho appena prenotato i voli per il matrimonio\nC: anch'io! quale hai preso\n"
    "A: quello delle 7\n"
    "C: oh no. anch'io\nD: io prendo il treno come una persona ragionevole",
    "A: <deleted>\nB: cosa hai cancellato\nA: niente\nC: adesso devo saperlo\n"
    "D: screenshot o non e' successo",
    "A: solo da me non va il riscaldamento o gela tutta la citta?\n"
    "B: gela anche qui\nC: ho il berretto in casa\nD: idem",
    "A: ho appena finito la settimana piu stressante della mia vita\nB: brav{A:o/a} che sei "
    "sopravvissut{A:o/a}\n"
    "C: cos'e' successo?\nA: scadenza dopo scadenza, non ho quasi dormito\n"
    "D: ti meriti un gran riposo questo weekend\nA: non ho intenzione di muovermi",
    "A: piccolo messaggio d'amore: siete i migliori\n"
    "B: chi ti ha hackerato il telefono\nC: ooh ❤️\n"
    "D: ti vogliamo bene anche noi stran{A:o/a}",
    "A: {day}: bar o cinema\nB: bar\nC: cinema\nD: bar cinema\nA: non esiste\n"
    "D: adesso si",
    "A: qualcuno vuole dividere un kit gia pronto per {food}\nC: cos'e' un kit per {food}\n"
    "A: un kit. per fare {food}\n"
    "B: ci sto",
    "A: ho iniziato a correre\nB: da quando\nA: da ieri\nC: un giorno di fila!!\n"
    "D: fier{D:o/a} di te",
    "A: mia mamma chiede se veniamo tutti a cena {day} prima della casa\n"
    "B: si!! la cucina di tua mamma e' il top\nC: porto il vino\n"
    "D: porto la fame",
    "A: <media>\nA: ritrovata la nostra vecchia foto di gruppo\n"
    "B: perche avevamo tutti il cappello\n"
    "C: era il periodo dei cappelli\nD: un'epoca buia",
    "A: tutti bene? e' tutto tranquillo qui\nB: solo di corsa\nC: idem, al lavoro e' una "
    "follia\n"
    "D: ci sono, leggo e basta\nA: ok controllavo 😊",
    "A: la mia macchina fa un rumore\nB: che tipo di rumore?\nA: tipo un'anatra triste\n"
    "C: costera caro\n"
    "D: e' il rumore dei soldi che se ne vanno",
    "A: sto avendo una settimana difficile con mia mamma in realta\n"
    "B: oh no, che succede?\n"
    "A: non sta bene e sono preoccupat{A:o/a}\n"
    "C: tanto amore ❤️ vuoi parlarne?\n"
    "A: magari dopo, grazie\nD: qui se ti serve qualsiasi cosa",
    "A: chi vuole il mio {thing} in piu\nB: io!\nC: perche ne hai uno in piu\n"
    "A: lunga storia",
    "A: vi ricordate il campeggio dove ha piovuto 3 giorni\n"
    "B: ho ancora i piedi ammuffiti\n"
    "C: la vacanza piu bella della mia vita sinceramente\nD: sei mal{C:ato/ata}",
]

GROUP_OPEN = [
    "A: buongiorno a tutti ☀️\nB: buongiorno!\nC: 👋",
    "A: ciao ciao\nC: ciao\nD: buonasera",
    "A: allora, chi e' sveglio\nB: io purtroppo",
]

LIGHT_US += [
    "X: il padrone di casa ha finalmente sistemato il riscaldamento\nY: ci ha messo solo 3 mesi\n"
    "X: giusto in tempo per la primavera ahah",
    "X: mi sono iscritt{X:o/a} a un corso di ceramica\nY: ok era Ghost\nX: ahahah smettila",
    "X: il tipo accanto a me in aereo si sta tagliando le unghie\nY: NO\nX: mi metto a urlare\n"
    "Y: {LAUGH}",
    "X: e' strano portare una parmigiana a una festa per la casa nuova\n"
    "Y: e' molto da nonna\n"
    "X: lo prendo per un si",
    "X: <media>\nX: la mia gatta ha scoperto la scatola della stampante\nY: e' felicissima\n"
    "Y: valeva la stampante sinceramente",
    "X: hai mai cenato con i cereali\nY: si chiama martedi",
    "X: ho preso una pianta per la scrivania\nY: di che tipo\nX: del tipo che non muore spero\n"
    "Y: in bocca al lupo 🪴",
    "X: il vicino di sopra sta imparando il tip tap\nY: di notte??\nX: alle 11 di sera\n"
    "Y: {LAUGH} ok e' una scelta",
    "X: mi mandi la playlist del road trip\n"
    "Y: quella con le canzoni imbarazzanti degli anni 2000?\nX: si quella\nY: <media>",
    "X: ho appena visto un tipo che portava il gatto al guinzaglio in centro\n"
    "Y: sta vivendo la sua vita migliore",
    "X: cosa regali a chi ha tutto\nY: una candela\nX: ha gia le candele\n"
    "Y: un'altra candela",
    "X: ho provato a parcheggiare in parallelo e ho rinunciato\nY: ahah dove\n"
    "X: davanti a tipo 8 persone al mercato\nY: leggenda",
    "X: hai ancora la felpa che ho lasciato da te\nY: forse\nX: vuol dire si\n"
    "Y: ormai e' mia",
    "X: il bar vicino al lavoro ha chiuso 😭\nY: noo quello col barista carino?\n"
    "X: IL barista carino. sparito",
    "X: notizia: il pane e' diventato una storia di lievito madre\n"
    "Y: oh no sei diventat{X:o/a} un{X:o/a} di loro\nX: si chiama Gino",
    "X: random ma ti ricordi il nome del bar a {town}\n"
    "Y: quello col toro meccanico?\nX: si!!\nY: zero idee ahahah",
    "X: provo a guardare {film} ma mi addormento sempre\nY: dura tipo 3 ore\n"
    "X: tipo 4",
    "X: indovina chi e' rimast{X:o/a} bloccat{X:o/a} in ascensore oggi\nY: NO\nY: stai bene??\n"
    "X: 20 minuti con un tipo che mangiava tonno\nY: mi dispiace tantissimo 💀",
    "X: finalmente nevica qui\nX: <media>\nY: bellissimo\nY: qui e' piovuto. come sempre",
    "X: mi faccio la frangia\nY: no\nX: dici sempre no\nY: e ho sempre ragione",
    "X: sto andando da {shop}, ti serve qualcosa\nY: sono a 800 km\n"
    "X: lo so volevo solo dirlo a qualcuno",
    "X: weekend lungo in arrivo!!\nY: programmi?\n"
    "X: assolutamente nessuno e non vedo l'ora",
    "X: com'era la serie di cui eri ossessionat{Y:o/a} l'anno scorso\nY: {show}?\n"
    "X: no l'altra\n"
    "Y: sono ossessionat{Y:o/a} da un sacco di serie",
    "X: <media>\nY: e' una crostata intera\nX: allenamento per natale\nY: siamo a {month_now}\n"
    "X: allenamento",
    "X: mio fratello mi ha appena chiamato per sapere come si fa un uovo sodo\nY: ha 26 anni\n"
    "X: ha 26 anni",
]

DEEP_US += [
    "X: posso essere sincer{X:o/a} con te un attimo\nY: sempre\n"
    "X: ultimamente sono davvero in ansia. tipo sempre\n"
    "Y: mi dispiace. sembra sfiancante\nY: e' il lavoro o un po tutto?\n"
    "X: tutto credo. non riesco a spegnere il cervello\n"
    "Y: ne hai parlato con qualcuno?\n"
    "X: solo con te sinceramente\n"
    "Y: sono content{Y:o/a} che me lo dici. io ci sono, e penso che parlare con qualcuno "
    "potrebbe aiutarti davvero",
    "X: mi sento un po esclus{X:o/a} in questo periodo\n"
    "X: gli amici dell'universita si vedono tutti senza di me ormai\n"
    "Y: oh no, fa davvero male\nY: pensi che se ne rendano conto?\n"
    "X: probabilmente no. mi sono trasferit{X:o/a}, non e' colpa loro\nY: fa male lo stesso\n"
    "Y: io ti chiamero sempre, lo sai",
    "X: il mio cane sta male\nX: il veterinario pensa che potrebbe essere grave\n"
    "Y: oh no. mi dispiace tantissimo\n"
    "Y: cosa hanno detto?\nX: devono fare le analisi del sangue. ho una paura tremenda\n"
    "Y: fa troppa paura. e' il tuo bambino\n~~~\nY: come sta il cagnolino?? risultati?\n"
    "X: si cura!!\nY: oh grazie a dio\nY: dagli un bacio da parte mia",
    "X: credo di dover lasciare Alex\nY: wow. stai bene?\n"
    "X: non proprio. lo sento da mesi\nY: e' una situazione durissima\n"
    "Y: cosa te lo fa sentire?\nX: non vogliamo le stesse cose e basta\n"
    "Y: ci sta. qualsiasi cosa decidi io ci sono",
    "X: sono cosi stufo di fingere che va tutto bene al lavoro\n"
    "Y: cosa succede li?\n"
    "X: la mia manager continua a prendersi il merito del mio lavoro\n"
    "Y: che rabbia. ti sentirai per niente riconosciut{X:o/a}\n"
    "X: esatto. sto pensando di andarmene\n"
    "Y: sinceramente ti appoggerei",
    "X: giornata pesante\nX: mio nonno e' caduto\nY: oh no. sta bene?\n"
    "X: rotto il femore. e' in ospedale\nY: mi dispiace tantissimo. e tu come stai?\n"
    "X: solo preoccupat{X:o/a}. ha 89 anni\nY: ovvio che lo sei. tienimi aggiornat{Y:o/a} ok?",
]

NEWS_US += [
    "X: mi hanno pres{X:o/a} al master!!\nY: {HYPE}\nY: quale??\nX: la mia prima scelta!!\n"
    "Y: sto letteralmente urlando",
    "X: ci siamo fidanzati!!\nX: <media>\nY: OMG\nY: come te l'ha chiesto??\n"
    "X: al lago dove ci siamo conosciuti\n"
    "Y: sto piangendo",
    "X: firmato il contratto della casa nuova!\nY: quella col balcone?\n"
    "X: quella col balcone!!\nY: troppo content{Y:o/a} per te",
    "X: il mio capo mi ha detto che avro un aumento\nY: finalmente!!\n"
    "Y: ti sei fatt{X:o/a} in quattro per questo",
]

OPEN_US += [
    "X: ciaooo\nY: ehi tu!",
    "X: allooora\nY: oh oh cosa",
    "X: sei viv{Y:o/a}?\nY: a malapena ahah",
]

CLOSE_US += [
    "X: ok ti lascio\nY: a dopo!",
    "X: scappo, riunione\nY: in bocca al lupo!",
]

DOM_MONO += [
    "X: allora in pratica ho capito come investire\n"
    "X: ETF, ovviamente, ma anche un po di crypto per il potenziale\n"
    "X: ho letto tipo 6 libri sull'argomento ormai\n"
    "X: il segreto e' solo non andare nel panico quando scende\n"
    "X: la maggior parte della gente va nel panico. io no\nY: figo",
    "X: riunione con la direttrice oggi\nX: solo io e lei, 30 min\n"
    "X: mi ha chiesto dove mi vedo tra 5 anni\nX: ho detto al suo posto ahah\n"
    "X: ha riso ma io non stavo proprio ridendo\nY: ahah",
    "X: casa mia e' molto meglio da quando ho rifatto il salotto\n"
    "X: ho preso il tappeto, la lampada, la pianta grande\n"
    "X: e ho appeso tutti i quadri da solo, con la livella e tutto\n"
    "X: sinceramente potrei farne un mestiere\nX: <media>\nY: carino",
    "X: fatto il parkrun stamattina\nX: 21:40, record battuto di 15 secondi\n"
    "X: dodicesimo assoluto\n"
    "X: c'e un tipo che mi batte sempre di tipo 10 secondi quindi adesso l'obiettivo e' lui\n"
    "X: la settimana prossima cade\nY: figo",
    "X: allora il discorso per il matrimonio\nX: ho scritto 3 versioni\n"
    "X: il testimone dovrebbe essere divertente ma penso di fare una cosa piu sincera\n"
    "X: con due o tre battute alla fine\n"
    "X: prima o poi te lo leggo, dura circa 8 minuti\nY: ok",
    "X: sto pensando di prendere un cane\n"
    "X: ho fatto un sacco di ricerche, sara un cockapoo\n"
    "X: saro in smart working 3 giorni quindi va bene\n"
    "X: e ho trovato un dog sitter per gli altri 2\n"
    "X: ho anche scelto il nome. Biscotto\nY: carino",
    "X: sai cosa ho capito\nX: la maggior parte della gente semplicemente non pianifica\n"
    "X: tipo io pianifico la settimana la domenica sera, ogni pasto, ogni allenamento\n"
    "X: ed e' per questo che faccio cosi tanto\n"
    "X: dovrei farci un corso sinceramente\nY: ahah forse",
    "X: giornata assurda\nX: e' scattato l'allarme antincendio in piena presentazione\n"
    "X: ma ho continuato fuori nel parcheggio\n"
    "X: il cliente ha detto che e' stato il pitch piu memorabile che abbia mai visto\n"
    "X: secondo me il contratto e' nostro\nY: wow",
    "X: piccolo sfogo\nX: perche la gente non risponde alle mail\n"
    "X: ho mandato 3 mail a {colleague_m} questa settimana\nX: niente\n"
    "X: sono letteralmente dovuto andare alla sua scrivania\n"
    "X: cmq e' risolto perche l'ho risolto io\n"
    "Y: che palle",
    "X: un mio amico ha messo su una band e mi ha chiesto di fargli da manager\n"
    "X: ok non l'ho mai fatto ma non puo essere cosi difficile\n"
    "X: gli ho gia trovato una serata da {place}\nX: e gestisco i social\n"
    "Y: ben fatto",
    "X: ho deciso di fare un master\n"
    "X: part time, la sera. in economia, ovviamente\n+ \n"
    "+ ho fatto i conti: 2 anni, 2 sere a settimana, e andro comunque 4 volte in palestra\n"
    "X: probabilmente mi lancera a direttore\n"
    "X: le candidature chiudono a {month}, la mia e' quasi finita\nY: in bocca al lupo",
    "X: ho appena visto un documentario sul sonno\n"
    "X: in pratica sbagliavo tutto\n"
    "X: regola nuova, niente schermi dopo le 10, camera a 18 gradi\n"
    "X: ho ordinato anche una sveglia che simula l'alba\nX: ti dico come va\n"
    "Y: ok",
    "X: allora il tipo che parcheggia sempre al mio posto\nX: ho lasciato un biglietto\n"
    "X: molto educato ma deciso\n"
    "X: ha spostato la macchina. risultato\nY: ahah",
    "X: mi sono preso un orologio nuovo\nX: <media>\nX: automatico, vetro zaffiro, tutto\n"
    "X: lo so che e' caro ma e' il tipo di cosa che tieni tutta la vita\nY: figo",
    "X: calcetto stasera\nX: tripletta\n"
    "X: il secondo era una volée, sotto l'incrocio\nX: i ragazzi mi chiamavano Del Piero\n"
    "Y: ahah figo",
    "X: sto pensando di trasferirmi a {town}\nX: gli affitti costano meno, c'e lavoro\n"
    "X: probabilmente comprerei invece di affittare, ho l'anticipo\n"
    "X: guardo trilocali col giardino\nY: oh wow",
]

GDOM_MONO += [
    "M: allora, le quote\nM: mancano 10 euro del mese scorso\n"
    "M: so chi e' ma non faccio nomi\nM: controllate solo le app della banca\n"
    "M: grazie\nA: scusa credo di essere io, li mando",
    "M: il meteo per {day} sembra pessimo\nM: ma si gioca con qualsiasi tempo\n"
    "M: forma il carattere\n"
    "M: portatevi un secondo paio di calzini, mi ringrazierete\nB: ok",
    "M: mi ha scritto uno dell'altra squadra\nM: vogliono la rivincita\n"
    "M: ovviamente ho detto si\n"
    "M: dovremo essere piu cattivi pero, avevano quello alto in difesa\n"
    "M: ho un piano per lui\nC: 👍",
    "M: ho rivisto gli highlights di domenica\n"
    "M: sinceramente la nostra forma nei primi 10 minuti era da serie A\n"
    "M: poi e' crollato tutto quando sono andato in porta\n"
    "M: il che dimostra che servo in campo\nA: ahah",
    "M: controllo forma\nM: chi ha corso davvero questa settimana\n"
    "M: perche io ho fatto 3 uscite e una palestra\n"
    "M: e non voglio essere di nuovo l'unico a pressare\nB: sono andato al lavoro a piedi\n"
    "C: {LAUGH}",
    "M: partita grossa questa settimana ragazzi\nM: c'e in palio il primo posto\n"
    "M: a letto presto sabato, niente birre\nM: sono serio\nM: ok forse una birra\n"
    "A: segnato",
    "M: vi ho fatto una playlist per il riscaldamento\n"
    "M: sono soprattutto hit degli anni 2000\n"
    "M: niente lamentele, sono il capitano\nM: link in bio. scherzo, la mando\n"
    "C: ahah ok",
    "M: pareri sulle maglie nuove\nM: pensavo blu navy con il bordo dorato\n"
    "M: ho una bozza\n"
    "M: <media>\nM: i nomi dietro ovviamente\nB: sta bene\nA: quanto",
    "M: ok ho fatto un calendario per chi porta i palloni\nM: CALENDARIO PALLONI\n"
    "+ settimana 1: io\n"
    "+ settimana 2: Jacopo\n+ settimana 3: Asia\n+ settimana 4: Fabiana\n+ (e si ricomincia)\n"
    "M: segnatevelo in agenda\n"
    "M: niente scuse\nB: ok",
    "M: due parole sull'arbitro di ieri sera\nM: lo so che mi sono un po scaldato\n"
    "M: ma non era mai fallo\nM: l'ho rivisto 10 volte\n"
    "M: cmq gli ho chiesto scusa, piu o meno\nC: 😂",
    "M: domanda tattica\nM: giochiamo 2-2 o 1-2-1\n"
    "M: io penso 1-2-1 ma voglio i vostri pareri\n"
    "M: anzi no e' 1-2-1\nM: deciso\nA: ok",
    "M: la votazione per il migliore in campo chiude stasera\n"
    "M: dico solo che ho fatto 2 assist e un gol\n"
    "M: nessuna pressione\nM: votate con la testa\nB: ahah",
    "M: faccio allenamenti extra al parco\nM: solo io, un pallone e i conetti\n"
    "M: il mio sinistro sta diventando davvero buono\n"
    "M: forse adesso le punizioni le tiro di sinistro\nC: figo",
    "M: ricordo che la cena di fine stagione e' {day}\nM: ho prenotato {place}\n"
    "M: faccio dei trofei\n"
    "M: magari ce ne sara uno per me, magari no\nA: {LAUGH}",
    "M: sto leggendo un libro sulla cultura di squadra\n"
    "M: a quanto pare le squadre migliori hanno un leader forte e ruoli chiari\n"
    "M: che e' in pratica quello che dico dall'inizio\n"
    "M: quindi. i ruoli. ve li mando\nB: ok",
]

GDOM_OTHERS += [
    "C: in ritardo scusate\nM: quanto\nC: 10 min\nM: riscaldamento senza di te allora\n"
    "A: nessun problema",
    "A: bravi tutti 🙌\nB: bella partita\n"
    "M: discreta. dobbiamo lavorare sul secondo tempo\n"
    "M: mando i miei appunti",
    "B: <media>\nB: il mio ginocchio dopo domenica\nA: ahia\n"
    "M: RICE. ghiaccio, riposo, compressione, elevazione\n"
    "M: posso mandarti gli esercizi che mi ha dato il fisio",
    "C: qualcuno vuole un passaggio {day}\nA: si grazie!\n"
    "M: io vengo in bici, fa parte del mio riscaldamento",
    "A: si gioca anche con la pioggia\nM: ovvio\nB: ok",
    "B: grazie per l'organizzazione Marco\nM: figurati\nM: qualcuno deve pur farlo",
    "A: <media>\nA: foto di squadra dell'ultima volta\nC: sembriamo cosi seri\n"
    "M: si chiama concentrazione\nB: ahah",
    "C: qualcun altro puo portare le pettorine, le mie sono a lavare\n"
    "A: le ho io\n"
    "M: quelle blu sono meglio, quelle arancioni puzzano",
]

DUMP += [
    "X: scusa se ci torno ma sto facendo davvero fatica\nX: il lavoro va sempre peggio\n"
    "X: {colleague} mi ha tolta dall'unico progetto che mi piaceva\nY: {VALIDATE}\n"
    "Y: ti hanno detto perche?\n"
    "X: 'riorganizzazione'. ma sembra una cosa personale\nX: sono cosi stufa\n"
    "Y: ovvio. {SUPPORT}",
    "X: non ce la faccio piu\nX: mi sembra di annegare sotto tutto\n+ \n"
    "+ scusa. lo so che lo dico spesso\nY: ehi. io ci sono\n"
    "Y: qual e' la cosa piu grossa adesso?\n"
    "X: i soldi credo. e il lavoro. e tutta la storia con Manuel\n"
    "Y: ok. e' tanta roba tutta insieme. {VALIDATE}\n"
    "Y: una cosa alla volta. cominciamo dai soldi?\nX: si ok",
    "X: nella valutazione annuale mi hanno detto che sono 'troppo emotiva'\n"
    "X: ci sono rimasta malissimo\n"
    "X: dopo ho pianto in bagno\nY: e' orribile scrivere una cosa del genere in una "
    "valutazione\n"
    "Y: {VALIDATE}\nY: cos'altro hanno detto?\n"
    "X: che devo 'gestire le mie reazioni'\n"
    "X: mi sento cosi umiliata\n"
    "Y: hai il diritto di avere delle emozioni al lavoro. {SUPPORT}",
    "X: il padrone di casa non vuole ridarmi la caparra\nX: dice che la moquette e' rovinata\n"
    "X: era cosi quando sono arrivata!!\n"
    "X: sono cosi stressata, mi servono quei soldi\n"
    "Y: e' cosi ingiusto\nY: hai fatto delle foto all'ingresso?\n"
    "X: qualcuna credo\n"
    "Y: ok bene. aiuta. ti aiuto a scrivergli",
    "X: sono cosi in ansia per tutto ultimamente\n"
    "X: continuo a controllare il telefono per le mail del capo\nX: anche alle 11 di sera\n"
    "Y: sembra sfiancante\nY: {VALIDATE}\n"
    "Y: potresti togliere le notifiche la sera?\nX: ho paura di perdermi qualcosa\n"
    "Y: ti capisco. {SUPPORT}",
    "X: notte peggiore\nX: non riuscivo a smettere di piangere per Manuel\n"
    "X: pensavo di averlo superato\n"
    "Y: oh tesoro. il dolore non va in linea retta\nY: cosa l'ha scatenato?\n"
    "X: al supermercato hanno messo la nostra canzone\nY: {VALIDATE}",
    "X: i miei amici vanno tutti a {town} per il weekend e io non me lo posso permettere\n"
    "X: mi sento cosi esclusa\nX: e mi vergogno\nY: {VALIDATE}\n"
    "Y: non devi vergognarti. un sacco di gente e' stretta coi soldi\n"
    "Y: vuoi che facciamo qualcosa di economico qui {day}?\n"
    "X: forse. mi sento cosi indietro rispetto a tutti",
    "X: mi sembra che al lavoro non piaccio a nessuno\n"
    "X: sono andati tutti a pranzo senza chiedermelo\n"
    "Y: oh no. fa male\nY: {VALIDATE}\nY: era programmato o improvvisato?\n"
    "X: non lo so. non e' grave. ci sono rimasta male lo stesso",
    "X: il medico dice che ho la pressione alta\nX: per lo stress a quanto pare\n"
    "X: fantastico perche adesso sono stressata di essere stressata\nY: {VALIDATE}\n"
    "Y: ti ha dato qualcosa?\nX: mi ha solo detto di 'rilassarmi' ahah\n"
    "Y: utilissimo. vuoi che andiamo a camminare insieme? potrebbe aiutare un po",
    "X: credo che mia mamma sia delusa da me\n"
    "X: continua a chiedermi quando avro un 'lavoro vero'\n"
    "X: e mi fa sentire una tale nullita\n"
    "Y: e' dura sentirselo dire da tua mamma\nY: {VALIDATE}\n"
    "Y: cosa le hai risposto?\nX: niente. sono stata zitta\nY: ci sta",
    "X: oggi ho fatto un casino enorme\nX: mi sono completamente dimenticata un appuntamento "
    "con un cliente\n"
    "X: la mia manager e' furiosa\nX: sono cosi arrabbiata con me stessa\nY: {VALIDATE}\n"
    "Y: a tutti capita di dimenticare qualcosa\nY: ti sei scusata?\n"
    "X: si. non cambia come mi sento\nY: {SUPPORT}",
    "X: mi sembra di fallire in tutto\nX: il lavoro, le relazioni, la casa\n"
    "X: tutti sembrano avere la vita a posto\n"
    "Y: non stai fallendo. stai passando un periodo davvero duro\nY: {VALIDATE}\n"
    "X: non sembra un periodo. sembra per sempre\nY: lo so. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: ho passato un weekend bellissimo in realta, sono andata a {town} con mia sorella\n"
    "X: figo\n"
    "X: io ho passato tutto il weekend a piangere per il lavoro ahah\n"
    "X: {colleague} mi ha mandato una mail sabato\n"
    "Y: oh no. di sabato?\nX: si!! chi fa una cosa del genere",
    "Y: sono un po preoccupata per la mia coinquilina, non sta per niente bene\n"
    "X: almeno lei ha te\n"
    "X: io non ho nessuno a casa\nX: la casa e' cosi silenziosa\n"
    "Y: hai anche me\n"
    "Y: cmq lei si riprendera",
    "Y: allora sto pensando di lasciare il lavoro\nX: omg anch'io\n"
    "X: non ne posso piu di {colleague}\n"
    "X: oggi ha letteralmente alzato gli occhi al cielo in riunione\n"
    "Y: uff che brutto\n"
    "Y: del mio parliamo un'altra volta",
    "Y: l'operazione di mio papa e' andata bene comunque\nX: ah meno male\n"
    "X: mio papa non mi ha ancora chiamata\n"
    "X: mi sembra che non si ricordi nemmeno che esisto\n"
    "Y: mi dispiace. e' davvero dura",
]

DUMP_LIGHT += [
    "X: <media>\nX: ho fatto il banana bread\nY: sembra incredibile!\n"
    "X: e' un po bruciato sopra",
    "Y: hai visto il nuovo {show}\nX: non ancora! e' bello\n"
    "Y: bellissimo. ti piacera tantissimo",
    "X: pranzo {day}?\nY: si! dove?\nX: {place}?\nY: perfetto",
    "Y: <media>\nY: questo cane al parco\nX: omg lo voglio",
    "X: oggi c'e un sole pazzesco\nY: finalmente!!\nX: magari esco pure",
    "Y: allora il taglio nuovo?\nX: mi piace sempre di piu\nX: e soprattutto ricresce ahah",
    "X: hai visto la finale di bake off\nY: si!! rubata\nX: RUBATA",
    "Y: qui {weather}, e da te?\nX: uguale. non mi sono mossa tutto il giorno",
]

CRIT += [
    "X: hai lasciato di nuovo la macchina senza benzina\nY: ero in ritardo\n"
    "X: sei sempre in ritardo\nY: vabbe potevi fare benzina tu\n"
    "X: non e' questo il punto e lo sai",
    "X: perche fai sempre cosi quando c'e la mia famiglia\nY: faccio cosa\n"
    "X: stai zitt{Y:o/a} e tieni il muso\n"
    "Y: non tengo il muso\nY: tuo fratello mi e' saltato addosso e tu non hai detto niente\n"
    "X: non e' colpa mia",
    "X: non ti sei nemmeno accort{Y:o/a} che mi sono tagliat{X:o/a} i capelli\n"
    "Y: si che me ne sono accort{Y:o/a}\n"
    "X: non hai detto niente\n"
    "Y: vabbe neanche tu noti mai quando faccio le cose\nX: tipo cosa\n"
    "Y: lascia stare",
    "X: sono 3 volte che ti chiedo di chiamare l'idraulico\nY: sono stat{Y:o/a} impegnat{Y:o/a}\n"
    "X: non sei mai troppo impegnat{Y:o/a} per il bar\nY: wow ok\n"
    "Y: non e' colpa mia se sei l'unic{X:o/a} a cui interessa il rubinetto\nX: incredibile",
    "X: che hai, sei nervos{Y:o/a} tutto il giorno\nY: non ho niente\n"
    "Y: magari smetti di chiedermi cos'ho ogni 5 minuti\n"
    "X: ok. non mi disturbero piu",
    "X: avevi promesso di venire alla mia cosa del lavoro\nY: avevo detto che ci provavo\n"
    "X: avevi detto che venivi\n"
    "X: tutti mi hanno chiesto dov'eri\nY: vabbe non me l'hai ricordato\n"
    "X: non devo essere io a ricordartelo",
    "X: hai speso {num}0 euro per COSA??\nY: era un affare\n"
    "X: avevamo detto che risparmiavamo\n"
    "Y: tu hai comprato le scarpe la settimana scorsa\nX: non e' la stessa cosa\n"
    "Y: non e' mai la stessa cosa quando sei tu",
    "X: organizzi sempre le cose senza chiedermi\nY: te l'ho chiesto\n"
    "X: mi hai avvisat{X:o/a}. non e' chiedere\n"
    "Y: vabbe non rispondi mai quando chiedo\nX: vabbe 🙄",
    "X: ti importa almeno che sto male\nY: certo che si\n"
    "X: non sembra\n"
    "Y: cosa vuoi che faccia\nX: non lo so, che te ne accorgi per una volta",
    "X: avevi detto che pensavi tu alle vacanze\nY: lo faro\n"
    "X: lo dicevi a {month_past}\n"
    "Y: sono stat{Y:o/a} impegnat{Y:o/a}, non e' colpa mia\nX: sei sempre impegnat{Y:o/a}",
]

CRIT_REASSURE += [
    "X: sei silenzios{Y:o/a}. tutto ok tra noi?\n"
    "Y: si. guardo la partita\n"
    "X: ok. scusa",
    "X: ti ho fatto arrabbiare ieri sera?\nY: non proprio\n"
    "X: 'non proprio' sembra un si\n"
    "Y: era tutto ok\nX: ok. scusa comunque",
    "X: mi ami ancora\nY: certo, perche\n"
    "X: non so. e' strano ultimamente\n"
    "Y: e' stata solo una settimana piena",
    "X: sei infastidit{Y:o/a} con me?\nY: perche dovrei essere infastidit{Y:o/a}\n"
    "X: hai risposto a monosillabi tutto il giorno\nY: ero al lavoro\n"
    "X: scusa. penso troppo a tutto",
]

CRIT_LIGHT += [
    "X: a che ora e' il tuo treno\nY: 6:10\nX: ok",
    "X: vuoi qualcosa dal kebab\nY: patatine grandi\nX: ok",
    "X: mia mamma ti saluta\nY: salutala",
    "X: spazzatura\nY: fatto",
    "X: <media>\nX: trovato questo nel cassetto\nY: ah, la vecchia casa",
    "X: palestra stasera?\nY: forse\nX: ok fammi sapere",
    "X: il drink per il compleanno di {friend} {day}\nY: ok a che ora\nX: {time}",
    "X: la lavatrice ha finito\nY: ok la stendo",
    "X: cuciniamo o ordiniamo\nY: ordiniamo\nX: {place}?\nY: ok",
    "X: ho i biglietti per {film}\nY: a che ora\nX: {time}",
    "X: la macchina e' dal meccanico {day}\nY: ok",
    "X: hai visto la notizia su {town}\nY: si assurdo",
]

CRIT_REPAIR += [
    "X: scusa per la cosa con mio fratello. avevi ragione\n"
    "Y: grazie. conta tanto",
    "X: non pensavo quello che ho detto prima\nY: lo so. anch'io ero stanc{Y:o/a}\n"
    "X: ti amo\nY: ti amo",
]

WANE_MIN += [
    "X: <media>\nX: questo mi ha fatto ridere\nY: ah",
    "X: spero che la settimana vada bene\nY: grazie, anche a te",
    "X: liber{Y:o/a} {day}?\nY: impegnat{Y:o/a} scusa",
    "X: hai visto la novita di {friend}\nY: si",
    "X: allora il lavoro nuovo\nY: bene, di corsa",
    "X: ah volevo chiederti, com'era {town}?\nY: bello grazie",
    "X: scusa, non l'avevo visto\nY: tranqui",
    "X: quanto tempo!\nY: ahah si",
    "X: ti penso, spero che vada tutto bene\nY: 👍 grazie",
    "X: dobbiamo vederci presto\nY: si assolutamente",
    "X: e' tornato {show}\nY: ah figo",
]

WANE_MID += [
    "X: {friend} ti saluta comunque\nY: ooh salutala\nY: sta bene?\n"
    "X: bene, sempre a {town}",
    "X: andat{X:o/a} a correre stamattina\nY: figo, quanto?\nX: 5 km, tranquilla\n"
    "Y: conta comunque",
    "X: <media>\nX: pianta nuova\nY: carina. cos'e'?\nX: zero idee ahah",
    "X: a tua mamma e' piaciuto il regalo?\nY: si le e' piaciuto\nX: meno male",
    "X: stanc{X:o/a} oggi\nY: idem\nX: troppe serate fino a tardi\nY: si",
    "X: {show} era bello questa settimana\nY: non l'ho ancora visto\nX: ah ok",
]

SHORT += [
    "Y: domanda random ma conosci un buon posto per il brunch in zona\n"
    "X: {place} fa delle uova incredibili!\nY: ooh provo, grazie",
    "X: hai visto che organizzano una gara di boulder il mese prossimo\n"
    "Y: no! ti iscrivi?\n"
    "X: ahah no. magari guardo",
    "Y: buongiorno! prima volta che arrampico due volte in una settimana, non riesco piu ad "
    "alzare le braccia\n"
    "X: 😂 benvenut{Y:o/a} nel club",
]

REPAIR_UK.append(
    "X: posso essere sincer{X:o/a} su una piccola cosa\nY: dimmi\n"
    "X: quando ieri sera ti parlavo del lavoro sei stat{Y:o/a} sul telefono tutto il tempo\n"
    "X: e mi sembrava un po di parlare da sol{X:o/a}\n"
    "Y: oh. hai ragione, lo ero. scusa\n"
    "Y: rispondevo a meta a una cosa di lavoro e non dovevo\n"
    "Y: me lo racconti di nuovo? davvero stavolta\nX: grazie. ok allora"
)

COUPLE_UK += [
    "X: <deleted>\nX: ignora, chat sbagliata 🙈\nY: adesso sono curios{Y:o/a}\n"
    "X: era per il tuo regalo di compleanno\nY: ok ignoro!! lalala",
    "X: <media:audio>\nY: non posso sentire, sono in riunione\n"
    "X: sono solo io che canto buon lunedi\nY: lo sento a pranzo",
]
LIGHT_UK += [
    "X: <media:audio>\nY: scusa, sembra che sei in una galleria del vento\n"
    "X: ero in bici ahah\nX: in pratica: bar {time}?\nY: si",
    "X: <media:video>\nY: COME ha fatto\nX: il cane e' un genio\n"
    "Y: un genio che mangia calzini",
]
LIGHT_US += [
    "X: <call>\nX: scusa, chiamata partita per sbaglio ahah\nY: ahahah stavo per preoccuparmi",
    "X: <call>\nX: mi chiami quando sei liber{Y:o/a}? niente di grave, solo una storia\n"
    "Y: sto tornando, chiamo tra 20 min",
    "X: <deleted>\nY: ??\nX: chat sbagliata ahah\nY: sospetto",
    "X: <media:sticker>\nY: ma dove le trovi",
    "X: <media:audio>\nY: omg il vocale romanzo\nX: ascoltalo\nY: ok lo sento adesso",
    "X: <media:video>\nX: i primi passi di mio nipote!!\nY: OMG\n"
    "Y: e' cosi fiero di se",
    "X: <media:gif>\nY: ahahahah verissimo",
]
GROUP += [
    "A: <media:audio>\nB: non ascolto un vocale di 4 minuti\nC: riassunto pls\n"
    "A: ho detto che prenoto la casa\nD: potevi scriverlo",
    "A: <media:video>\nB: chi ti ha lasciat{A:o/a} avere un karaoke\n"
    "C: finira nel discorso del matrimonio\nD: {LAUGH}",
]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: cosa strana ma ho un po di nostalgia di casa\nY: di casa di tua mamma?\n"
    "X: di tutto. il paese, il cane, il casino\n"
    "Y: ci sta. e' stato un anno pesante\nY: quando torni la prossima volta?\n"
    "X: non prima di {month}\n"
    "Y: e' lontano. vuoi che facciamo un pranzo della domenica qui nel frattempo?\n"
    "X: si ti prego",
    "X: mi sono di nuovo paragonat{X:o/a} a tutti su insta\n"
    "X: e adesso mi sento una schifezza\n"
    "Y: uff, quell'app a volte e' veleno\nY: cosa l'ha scatenato?\n"
    "X: le foto delle vacanze di {friend}. e il suo lavoro nuovo. e i suoi capelli\n"
    "Y: {VALIDATE}. vedi solo il meglio\n"
    "X: lo so. saperlo pero non aiuta molto\n"
    "Y: no. vuoi cancellarla per una settimana con me?",
    "X: credo di avercela ancora per la cosa con mio papa\n"
    "Y: la litigata a natale?\n"
    "X: si. da allora non ci siamo piu parlati davvero\nY: e' tanto tempo da portarsi dietro\n"
    "Y: vuoi sistemare le cose, o ti serve un po di distanza?\n"
    "X: voglio sistemare. solo non so da dove iniziare\n"
    "Y: magari un messaggino? non serve dire tutto subito",
    "X: ho un nodulo che devo far controllare\n"
    "X: sara niente ma ho paura\n"
    "Y: ovvio che hai paura\nY: hai preso appuntamento dal medico?\nX: giovedi\n"
    "Y: vuoi che vengo con te?\n"
    "X: lo faresti? non ho voglia di aspettare da sol{X:o/a} in sala d'attesa\n~~~\n"
    "Y: allora il medico?\nX: e' una cisti. completamente benigna\n"
    "Y: oh grazie a dio. come ti senti?\nX: come se potessi finalmente respirare",
    "X: oggi al lavoro ho avuto una notizia bruttissima\nX: chiudono il nostro ufficio\n"
    "Y: oh no. cosa significa per te?\n"
    "X: trasferirmi a {town} o accettare il licenziamento\n"
    "Y: e' una decisione enorme che ti piomba addosso\nY: come ti senti?\n"
    "X: scioccat{X:o/a}. un po di nausea\n"
    "Y: {SUPPORT}. ne parliamo quando vuoi",
    "X: ho davvero l'ansia per l'esame di guida\n"
    "X: l'ultima volta l'ho sbagliato e continuo a pensarci\n"
    "Y: ci sta. l'ultima volta e' stata dura\nY: cos'era successo?\n"
    "X: sono andat{X:o/a} nel panico a una rotonda\nY: da allora hai fatto un sacco di guide "
    "pero\n"
    "X: lo so. ho solo paura di bloccarmi di nuovo\n"
    "Y: non ti bloccherai. e se succede, lo rifai",
    "X: la mia migliore amica delle medie mi ha ricontattat{X:o/a} dopo 5 anni\n"
    "X: e sono stranamente emozionat{X:o/a} tutto il giorno\n"
    "Y: oh. emozionat{X:o/a} in bene o triste?\n"
    "X: tutte e due. avevamo litigato per una cavolata\n"
    "Y: e' tanta roba da sentire tutta insieme\n"
    "Y: vi vedrete?\nX: credo. ho un po di agitazione\n"
    "Y: e' davvero coraggioso. spero che vada bene",
    "X: mi sembra di non essere all'altezza di questo lavoro\n"
    "Y: ehi. cos'e' successo?\n"
    "X: ho fatto un errore davanti a tutto il team\n"
    "X: e adesso mi sembra che tutti aspettino che sbaglio\n"
    "Y: {VALIDATE}\n"
    "Y: un errore non e' quello che sei\nX: lo so. brucia e basta\n"
    "Y: ovvio",
    "X: a essere sincer{X:o/a} faccio fatica da quando ci siamo lasciati\n"
    "Y: grazie di dirmelo. me lo chiedevo\nY: come stai, davvero?\n"
    "X: le sere sono la cosa peggiore. e' tutto cosi silenzioso\nY: {VALIDATE}\n"
    "Y: facciamo una cena fissa il giovedi? da me\nX: mi piacerebbe tantissimo",
    "X: mia nonna va in casa di riposo\n"
    "X: so che e' la decisione giusta ma sono cosi triste\n"
    "Y: oh, e' davvero dura\nY: e lei come la vive?\n"
    "X: con coraggio. con piu coraggio di me\n"
    "Y: e' normale essere tristi. e' un grosso cambiamento per tutti voi\n"
    "X: si. grazie di capire",
    "X: credo di aver bisogno di una pausa dal lavoro, ho la testa a pezzi\n"
    "Y: cosa succede?\n"
    "X: solo la pressione continua e nessuna fine in vista\nY: sembra sfiancante\n"
    "Y: potresti prenderti una settimana?\n"
    "X: forse. mi sento in colpa solo a pensarci\n"
    "Y: hai il diritto di riposarti. davvero",
    "X: questo mese mi sono davvero preoccupat{X:o/a} per i soldi\n"
    "Y: e' successo qualcosa?\n"
    "X: l'affitto e' aumentato e la macchina non ha passato la revisione\n"
    "Y: uff. e' tanta roba tutta insieme\n"
    "Y: vuoi una mano a fare il punto?\nX: forse. e' imbarazzante\n"
    "Y: per niente. un sacco di gente e' sulla stessa barca",
]

DUMP += [
    "X: indovina chi e' stata ghostata di nuovo\nX: tre appuntamenti e poi il nulla\n"
    "X: cosa c'e che non va in me\nY: non c'e niente che non va in te\nY: {VALIDATE}\n"
    "Y: come ti senti?\nX: stupida. e rifiutata. come sempre",
    "X: ho fatto un sogno orribile su Manuel e adesso sono di malumore tutto il giorno\n"
    "X: mi sento cosi patetica\n"
    "Y: non sei patetica. i sogni sanno essere orribili\n"
    "Y: vuoi parlarne o distrarti?\n"
    "X: distrarmi. no, parlare. non lo so",
    "X: mi hanno scassinato la macchina\nX: hanno preso la borsa del pc\n"
    "X: sono rimasta seduta nel parcheggio a piangere\nY: oh no. stai bene?\n"
    "Y: {VALIDATE}\n"
    "Y: hai chiamato la polizia?\n"
    "X: si. mi hanno dato un numero di denuncia e basta\n"
    "X: perche succede tutto a me",
    "X: mamma ha disdetto di nuovo il nostro pranzo\nX: terza volta questo mese\n"
    "X: mi sembra di non essere la priorita di nessuno\nY: {VALIDATE}\n"
    "Y: ha detto perche?\n"
    "X: 'impegnata'. per me e' sempre impegnata\n"
    "Y: fa davvero male. mi dispiace",
    "X: sono cosi in ansia che non riesco a concentrarmi su niente\n"
    "X: ho letto la stessa mail 5 volte\n"
    "Y: sembra sfiancante\nY: c'e qualcosa che l'ha scatenato?\n"
    "X: la ristrutturazione. tutti bisbigliano\n"
    "Y: {VALIDATE}. non sapere e' la cosa peggiore\n"
    "X: ho una paura tremenda di essere la prima a andarmene",
    "X: mi sono pesata e adesso vorrei sparire\n"
    "Y: ehi. quel numero non ti definisce\n"
    "Y: {VALIDATE}\nX: mi sento solo disgustosa\n"
    "Y: non lo sei. vorrei che potessi vederti come ti vedo io",
    "X: la mia coinquilina se ne va e non posso pagare l'affitto da sola\n"
    "X: sono in panico\n"
    "Y: oh no. quando se ne va?\nX: fine del mese prossimo\n"
    "Y: ok. almeno lascia un po di tempo. {SUPPORT}\n"
    "Y: vuoi che lo metto su insta, vediamo se qualcuno cerca una stanza?\n"
    "X: si ti prego. sono cosi stressata",
    "X: l'aperitivo del lavoro e' stato orribile\nX: nessuno mi ha parlato\n"
    "X: sono rimasta vicino alle patatine per un'ora\n"
    "X: mi sento cosi una sfigata\nY: sembra davvero orribile\n"
    "Y: non sei una sfigata. quelle cose sono difficili\n"
    "X: per tutti gli altri era cosi facile",
    "X: credo che i miei amici siano stufi di me\n"
    "X: nessuno ha risposto nel gruppo per tutto il giorno\n"
    "Y: oh no. {VALIDATE}\nY: magari sono solo impegnati?\n"
    "X: forse. mi sembra comunque che mi ignorino\n"
    "Y: io non ti ignoro. {SUPPORT}",
    "X: di nuovo non riesco a dormire\n"
    "X: sono le 2 e sono qui sdraiata a rimuginare su tutto\n"
    "X: scusa, lo so che dormi\nY: sono sveglia, tranquilla\n"
    "Y: cosa ti gira in testa?\n"
    "X: tutto. il lavoro. Manuel. i soldi. mamma\n"
    "Y: {VALIDATE}. vuoi che ti chiamo un po?",
]

# Ben's story in order: the list, the waiting, a backup interview, the news, then life goes on
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

GDOM_MONO += [
    "M: ok opinione controcorrente in arrivo\nM: dovremmo allenarci anche il giovedi\n"
    "M: solo un'ora, esercizi di passaggio\n"
    "M: ho gia chiesto per il campo, e' libero alle 7\n"
    "M: nessuna pressione ma anche un po di pressione\n"
    "B: il giovedi e' complicato per me\nA: forse",
    "M: relazione sulla squadra di domenica\n"
    "M: il loro portiere e' debole sulla sinistra\n"
    "M: il numero 9 non difende\n"
    "M: e hanno uno che si tuffa come se fossero i mondiali\n"
    "M: quindi niente entrate stupide\nC: segnato",
    "M: ho guardato le nostre statistiche\n"
    "M: abbiamo preso il 70% dei gol negli ultimi 10 minuti\n"
    "M: e' la condizione. solo la condizione\n"
    "M: aggiungo gli scatti al riscaldamento\nA: noo",
    "M: vi ricordo che le pettorine NON sono un accessorio di moda\n"
    "M: qualcuno se n'e' portata una a casa la settimana scorsa\n"
    "M: la voglio per domenica\nM: lavata\nB: ahah non io",
    "M: tra l'altro complimenti a me per la parata di domenica\n"
    "M: con la punta delle dita, sul palo\n"
    "M: nessuno ha detto niente sul momento quindi lo dico adesso\n"
    "C: gran parata Marco\n"
    "M: grazie {C}",
    "M: ho fatto un excel per chi deve cosa\nM: con i colori\n"
    "M: verde pagato, arancione in ritardo, rosso molto in ritardo\n"
    "M: c'e tanto arancione\nA: li mando",
    "M: sto pensando di cambiare il nome della squadra\nM: 'FC Mercoledi' e' un po debole\n"
    "M: ho una lista di 12\nM: il mio preferito e' 'Atletico Ma Non Troppo'\n"
    "M: voteremo ma i voti li conto io\nB: ahah\n"
    "C: atletico ma non troppo e' bello",
    "M: consiglio podcast per tutti voi\n"
    "M: sono due ex professionisti che analizzano la tattica\n"
    "M: ho sentito tutte le puntate\n"
    "M: la puntata 40 e' in pratica come dovremmo giocare\n"
    "M: compiti per la settimana\nA: ok mister",
    "M: aggiornamento infortunio\nM: la caviglia sta bene\n"
    "M: il fisio dice 2 settimane ma io dico 1\n"
    "M: ci gioco sopra se serve\nC: magari ascolta il fisio",
    "M: possiamo parlare delle rimesse\n"
    "M: due mani, dietro la testa, piedi a terra\n"
    "M: ne abbiamo perse 3 domenica\nM: faccio una dimostrazione prima del fischio\n"
    "A: 😂 ok",
]
