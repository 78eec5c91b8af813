"""Material for make_samples.py in French: pools.py's exchanges as people in France write them
on WhatsApp (lower case, few accents, no "ne", elision: "j'suis", "t'es", "chui"; "jsp", "tkt",
"mdr", "ptdr", "bcp", "stp", emoji).

Written for chat-balance; the people are invented. Not a word-for-word translation: each
exchange keeps its parts, its messages and their roles, its placeholders and what each message
does (a feeling of the same kind and strength, a question about the other, support, criticism,
a minimal reply), said the way it would be said in France. Every list has the same name, length
and order as in pools.py (tests/test_pools.py checks it). ``{X:é/ée}`` is an ending that
agrees with the person in role X (masculine/feminine), as in the other languages' pools.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "ça a l'air trop dur",
        "oh non, ça a l'air vraiment chaud",
        "rhoo ça me fait tellement de peine pour toi",
        "franchement n'importe qui serait touché",
        "ça a l'air horrible sérieux",
        "ouf. ça fait bcp",
        "ça se comprend totalement",
        "évidemment que tu le vis comme ça",
        "c'est normal de ressentir ça",
        "mon dieu c'est affreux",
        "ça me fait vraiment de la peine que tu traverses ça",
        "ça a l'air tellement stressant",
        "oh mon cœur. c'est dur",
        "c'est vraiment dur",
        "je t'entends",
        "c'est horrible, ça me fait de la peine",
    ],
    "SUPPORT": [
        "chui là pour toi",
        "chui là si tu veux parler",
        "tu veux que je t'appelle ?",
        "chui toujours là bisous",
        "t'as pas à gérer ça sans personne",
        "dis moi si je peux faire quoi que ce soit",
        "je peux passer si tu veux",
        "je suis là, compte sur moi",
        "appelle moi quand tu veux, je rigole pas",
        "je vais nulle part",
        "sérieux appelle moi si ça devient trop",
        "là quand t'as besoin bisous",
    ],
    "HYPE": [
        "omg!!",
        "OUIIII",
        "nan c'est pas vrai!!",
        "c'est trop bien",
        "trop trop bien pour toi",
        "ENFIN!!",
        "je savais que tu l'aurais",
        "arrête c'est génial",
        "AAAAH",
        "attends quoi!! trop fort",
        "je kiffe trop pour toi",
        "j'te l'avais dit!!",
    ],
    "LAUGH": [
        "mdr",
        "hahaha",
        "😂😂",
        "ptdr",
        "haha arrête",
        "jsuis morte 😂",
        "💀",
        "hahahaha",
        "mdrrr",
        "😂",
    ],
    "ACK": [
        "ok", "okay", "cool", "ça marche", "👍", "ok cool", "ouais", "carrément", "parfait",
        "nickel",
    ],
    "BYE": [
        "bonne nuit bisous",
        "bonne nuit!",
        "dors bien",
        "bon au lit",
        "on se parle demain",
        "faut que j'y aille, à plus",
        "bonne nuiiit 😴",
        "bon je vais dormir",
        "ok dodo. bonne nuit",
        "bonne nuit bisous bisous",
    ],
    "ANSWER": ["bien merci!", "pas mal, longue journée", "ça va! speed", "ouais ça va",
               "bof. ça va", "bien bien", "plutôt bien en vrai", "longue. mais ça va",
               "ouais ça va merci", "je me plains pas", "ça va, la fatigue"],
    "QREPLY": ["plus tard peut-être, merci", "ouais peut-être", "je te dis", "oui stp",
               "franchement oui", "ça va, ça m'a fait du bien de parler", "merci bisous",
               "peut-être. merci", "pas ce soir mais merci", "je crois que ça va mieux",
               "ouais, j'aimerais bien"],
    "MINIMAL": ["ok", "k", "mdr", "ouais", "👍", "cool", "mm", "haha", "stylé", "grave", "ui",
                "ok."],
}

FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["omg!!", "OUIIII", "nan c'est pas vrai!!", "c'est trop bien",
             "trop trop bien pour toi", "je savais que tu l'aurais", "arrête c'est énorme", "AAAAH",
             "attends quoi!! trop fort", "ALLEZZZ", "j'te l'avais dit!!"],
    "VALIDATE": ["ça a l'air trop dur", "oh non, ça a l'air vraiment chaud",
                 "rhoo ça me fait trop de peine", "c'est tellement légitime",
                 "évidemment que tu le vis comme ça", "ça a l'air horrible",
                 "ça me fait vraiment de la peine que tu traverses ça", "ça fait bcp",
                 "ça craint tellement"],
    "ACK": ["ok", "okay", "cool", "ça marche", "👍", "vas-y", "ouais", "carrément", "parfait"],
}

# --- values (France: the UK chats in and around Paris, the US ones across the country)

VALUES_UK: dict[str, list[str]] = {
    "place": ["Big Mamma", "Pokawa", "Léon", "Hippopotamus", "Bouillon Chartier",
              "Pink Mamma", "Sushi Shop", "Bistrot Valois", "Momo", "Pitaya", "Blend",
              "Bouillon Pigalle"],
    "food": ["des pâtes", "un curry", "des fajitas", "un wok", "des patates au four", "une pizza",
             "un risotto", "des wraps halloumi", "un poulet rôti", "un dal", "des croque-monsieur",
             "des gnocchis", "un katsu curry"],
    "day": ["samedi", "dimanche", "vendredi", "jeudi", "mercredi"],
    "time": ["19h", "19h30", "20h", "18h quelque chose", "20h moins le quart", "7h et demie"],
    "film": ["le nouveau Dune", "Paddington 2", "le thriller coréen", "Past Lives",
             "le film de braquage", "Aftersun", "le Wes Anderson"],
    "show": ["Lupin", "Top Chef", "Slow Horses", "The Bear", "Koh-Lanta", "Severance",
             "Engrenages", "Quotidien", "Kaamelott"],
    "friend": ["Camille", "Léa", "Manon", "Chloé", "Sarah", "Margaux", "Clara", "Juliette"],
    "friend_m": ["Mehdi", "Julien", "Karim", "Théo", "Maxime"],
    "colleague": ["Sandrine", "Nathalie", "Sophie", "Samia", "Véronique", "Mélanie"],
    "colleague_m": ["Philippe", "Nicolas", "Stéphane", "Thierry", "Pascal"],
    "town": ["Deauville", "Lille", "Lyon", "Rouen", "Étretat", "Nantes", "Trouville"],
    "shop": ["Carrefour", "Aldi", "Monop'", "Lidl", "Franprix", "Picard"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["la gare du Nord", "la gare de Lyon", "la gare Montparnasse",
                "la gare Saint-Lazare", "la gare de l'Est"],
    "band": ["Christine and the Queens", "Juliette Armanet", "Phoenix", "PNL",
             "Feu! Chatterton", "Justice"],
    "drink": ["une pinte", "un spritz", "un verre de rouge", "un café", "un mojito"],
    "weather": ["il pleut des cordes", "il caille", "bizarrement y'a du soleil", "tout gris",
                "y'a un vent de malade", "encore de la bruine"],
    "thing": ["chargeur", "parapluie", "pass navigo", "bonnet", "portefeuille",
              "chargeur de tel"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["Five Guys", "O'Tacos", "Pitaya", "Big Fernand", "Cojean", "Pizza Hut",
              "Buffalo Grill mdr", "Bagelstein", "Pokawa", "Prêt A Manger"],
    "food": ["des coquillettes jambon", "des tacos", "des ramen", "un poke bowl", "des crêpes",
             "des wings", "un croque", "un pho", "un reste de pizza", "un chili"],
    "day": ["samedi", "dimanche", "vendredi", "jeudi"],
    "time": ["19h", "19h30", "20h", "18h quelque chose", "midi"],
    "film": ["le nouveau Dune", "Oppenheimer", "le film d'horreur A24", "Past Lives", "Barbie",
             "le nouveau Spider-Verse"],
    "show": ["The Bear", "Koh-Lanta", "Severance", "Love Is Blind", "Succession",
             "Only Murders", "Dix pour cent"],
    "friend": ["Lucie", "Jade", "Pauline", "Priscilla", "Mélissa"],
    "friend_m": ["Hugo", "Kevin", "Nathan"],
    "colleague": ["Sylvie", "Brigitte", "Laetitia", "Nadia"],
    "colleague_m": ["Fabrice", "Jérémy", "Rachid"],
    "town": ["Marseille", "Toulouse", "Bordeaux", "Lyon", "Montpellier", "Nice"],
    "shop": ["Auchan", "Monop'", "Leclerc", "Intermarché", "Naturalia"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["la gare Saint-Charles", "l'aéroport", "la Part-Dieu"],
    "band": ["Stromae", "Clara Luciani", "Zaho de Sagazan", "Pomme", "Vianney"],
    "drink": ["une bière", "un café glacé", "une margarita", "un bubble tea"],
    "weather": ["trop chaud", "il pleut à verse", "il caille", "étrangement beau", "super lourd"],
    "thing": ["chargeur", "portefeuille", "porte-clés", "boîtier AirPods",
              "chargeur d'ordi", "badge"],
}


# --- shared UK pools

OPEN_UK = [
    "X: coucou toi\nY: coucouuu\nY: ta journée ça a été ?",
    "X: bonjour ☀️\nY: bonjour! bien dormi ?\nX: pas trop mdr, encore les voisins\nY: nooon",
    "X: t'es dispo ?\nY: ouais quoi de neuf",
    "X: hellooo\nY: coucou 👋",
    "X: hey, ça va ?\nY: ça va merci! un peu crevé{Y:/e}. et toi ?\nX: pareil en vrai",
    "X: {weather} ici\nY: pareil, j'me suis fait tremper en rentrant",
    "X: bonsoir\nY: bonsoir! je viens de rentrer",
    "X: t'es vivant{Y:/e}\nY: à peine mdr\nY: longue journée",
    "X: coucouuu\nY: hey!! j'allais littéralement t'écrire",
    "X: t'es rentré{Y:/e} ?\nY: dans le bus, 10 min",
    "X: devine qui a fini le taf plus tôt\nY: jalou{Y:x/se}\nY: tu vas faire quoi de ta vie ?",
    "X: ta journée ça a été ?\nY: longue! mais ok. et toi ?\nX: ça va, rien de fou",
]

CLOSE_UK = [
    "X: bon faut que je dorme\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok je vais essayer de dormir\nY: bon courage mdr\nY: bonne nuit",
    "X: faut que j'y aille, on mange\nY: bon app!",
    "X: batterie à 2% bye\nY: mdr bye",
    "X: bref, on se parle demain ?\nY: oui! {BYE}",
    "X: bon, au lit\nY: bonne nuit 💤",
    "X: ok je m'endors au milieu des phrases\nY: va te coucher alors 😂\nX: oui maman",
    "X: bon, j'y retourne\nY: bon courage!",
    "X: je file, réunion\nY: vas-y vas-y",
    "X: ok je te laisse\nY: à plus bisous",
    "X: 2 sec, on sonne à la porte\nY: 👍",
]

LIGHT_UK = [
    "X: tu manges quoi ce soir\nY: {food} sûrement. et toi ?\nX: {food2}\nY: la classe",
    "X: t'as vu le nouveau {show}\nY: non!! pas de spoil\nX: jamais de la vie\n"
    "X: ...mais la fin 😳",
    "X: <media>\nX: regarde qui s'est pointé dans le jardin\nY: omg un renard!!\n"
    "Y: il a l'air tellement fier de lui",
    "X: {weather} encore\nY: franchement c'est quoi ce pays\nX: {LAUGH}",
    "X: toujours ok pour {place} {day} ?\nY: oui! {time} ?\nX: parfait 👍",
    "X: je viens de me prendre une porte vitrée au taf\nY: {LAUGH}\nY: ça va ?\n"
    "X: mon ego non",
    "X: tu sais si {shop} est ouvert tard le dimanche\nY: jusqu'à 13h je crois\n"
    "X: pff ok merci",
    "X: je viens de croiser {friend} à {shop}, elle te passe le bonjour\nY: ooh coucou {friend}\n"
    "Y: elle fait toujours son truc de marathon ?\nX: apparemment oui, folle",
    "X: <media>\nY: c'est... un gâteau ?\nX: c'était censé l'être\n"
    "Y: 😂😂 c'est l'intention qui compte",
    "X: je trouve plus mon {thing}\nY: t'as regardé dans la poche de ton manteau\n"
    "X: ...trouvé\nX: dis rien",
    "X: train encore en retard\nX: 40 min cette fois\nY: nooon\n"
    "Y: prends des snacks la prochaine fois",
    "X: conseille moi un podcast pour la route\nY: t'as fait celui sur la secte ?\n"
    "X: non! vendu",
    "X: j'pense prendre une plante\nY: t'as tué un cactus\nX: c'était une fois",
    "X: ok j'ai commencé {show}\nY: ENFIN\nY: quel épisode\n"
    "X: 3. pourquoi tout le monde est louche\nY: attends de voir",
    "X: ça te dit {film} ce weekend ?\nY: ooh oui\nY: {day} aprem ?\nX: ça me va",
    "X: ma mère a découvert les vocaux\nY: oh non\n"
    "X: elle en a envoyé 6 ce matin. y'en a un c'était juste elle qui respire\nY: {LAUGH}",
    "X: je viens de manger {food}. meilleur repas de ma vie\nY: où ça\nX: {place}\n"
    "Y: je l'ajoute à la liste",
    "X: t'as toujours mon {thing} ?\nY: oh mince oui pardon\nY: je te le ramène {day}",
    "X: tu finis à quelle heure ?\nY: 18h j'espère\nX: on va boire {drink} après ?\nY: allez",
    "X: <media>\nX: le ciel ce soir!!\nY: wow. on dirait un faux",
    "X: comment on fait du riz sans qu'il soit pâteux\nY: moins d'eau mdr\n"
    "X: génie. merci chef",
    "X: petite question, on fait toujours un cadeau pour l'anniv de {friend}\n"
    "Y: je crois qu'on avait dit {num} chacun\nX: ok cool je m'en occupe\nX: la carte dit :\n"
    "+ joyeux anniversaire!!\n+ gros bisous de nous tous\nX: trop nul ?\nY: parfait",
    "X: ça fait 3h que je suis sur ce tableur\nY: ça a l'air fun\nX: ça l'est pas\n"
    "Y: bientôt le weekend",
    "X: le chauffeur de bus vient de me souhaiter une bonne soirée\nY: ooh\n"
    "X: franchement ça a fait ma semaine",
    "X: suis allé{X:/e} à {town} aujourd'hui\nY: ah sympa, pour quoi faire ?\n"
    "X: juste me balader. frites sur la plage\nY: journée parfaite en vrai",
    "X: <media>\nY: la queue de malade\nX: tout {town} a eu la même idée",
    "X: t'as vu le match\nY: m'en parle pas\nX: si nul que ça ?\nY: on s'est fait voler",
    "X: je viens de capter que je le prononce mal depuis des années\nY: quoi\nX: 'quinoa'\n"
    "Y: {LAUGH}",
    "X: je me fais une frange ?\nY: non\nX: ok mais écoute moi\nY: toujours non 😂",
    "X: j'ai enfin pris rdv chez le dentiste\nY: fi{Y:er/ère} de toi\n"
    "X: c'est en {month}, le plus tôt possible",
    "X: le nouvel album de {band} est trop bien\nY: je l'ai pas encore écouté!\n"
    "X: piste 4. je dis rien de plus",
    "X: le chauffage est encore en panne\nY: nooon\nY: t'as prévenu le proprio ?\n"
    "X: il va 'regarder ça'",
    "X: c'est quoi l'endroit dont tu m'as parlé, avec les raviolis\nY: {place} ?\n"
    "X: oui celui là",
    "X: on m'a demandé de courir un 5 km pour une asso\nY: toi??\nX: je sais\n"
    "Y: je te sponsorise 5 balles mdr",
    "X: random mais tu te rappelles le nom de la chanson au mariage\nY: laquelle\n"
    "X: celle que tout le monde a hurlée\nY: Les Démons de minuit évidemment",
    "X: <media>\nY: c'est ton nouveau bureau ?\nX: ère du télétaf\nY: trop classe",
    "X: là je suis bloqué{X:/e} derrière un tracteur\nY: {LAUGH}\nY: la vie à la campagne",
    "X: j'ai mangé un paquet entier de kinder et c'est même pas pâques\nY: respect",
    "X: je me suis pris une amende 🙃\nY: nooon où\n"
    "X: devant {shop}. j'y suis resté{X:/e} 4 minutes\nY: criminel",
    "X: au secours. j'offre quoi à mon père pour son anniv\nY: des chaussettes\n"
    "X: il a 400 paires de chaussettes\nY: 401 alors",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: je peux être honnête sur un truc\nY: toujours\n"
    "X: j'me sens vraiment pas bien par rapport au taf en ce moment\n"
    "+ genre j'angoisse le dimanche soir\n"
    "Y: {VALIDATE}\nY: il s'est passé un truc ou ça s'accumule ?\n"
    "X: ça s'accumule je crois. {colleague} arrête pas de me refiler des trucs et j'arrive pas "
    "à dire non\n"
    "Y: c'est épuisant. t'en as parlé à quelqu'un ?\nX: pas vraiment\nY: {SUPPORT}\n~~~\n"
    "Y: le taf aujourd'hui ? un peu mieux ?\nX: un peu. j'ai réussi à dire non à {colleague} "
    "une fois 😅\n"
    "Y: mais regarde toi!! ça t'a fait quoi\nX: j'étais terrifié{X:/e}. mais ça fait du bien",
    "X: j'ai l'entretien {day}\nX: franchement j'ai peur de tout foirer\n"
    "Y: tu vas pas foirer. tu maîtrises ton sujet\nY: c'est quoi qui t'inquiète le plus ?\n"
    "X: la présentation. j'ai un trou noir quand les gens me fixent\n"
    "Y: tu veux t'entraîner sur moi demain ?\nX: tu ferais ça ? ça m'aiderait trop\n~~~\n"
    "Y: alors l'entretien??\nX: bien je crois!! la présentation ça allait\n"
    "Y: j'te l'avais dit\nY: ils t'ont demandé quoi ?\n"
    "X: plein de trucs sur le travail en équipe. ils me disent la semaine pro",
    "X: ma mère a appelé, les résultats de l'écho sont pas top\n"
    "X: je sais pas trop quoi faire de moi\nY: oh non. chui vraiment désolé{Y:/e}\n"
    "Y: elle t'a dit quoi ?\n"
    "X: ils doivent faire d'autres examens. elle fait genre c'est rien mais je sens qu'elle "
    "s'inquiète\nY: {VALIDATE}\nY: et toi ça va ? franchement\n"
    "X: pas vraiment. j'ai la nausée\nY: {SUPPORT}\n~~~\n"
    "Y: des nouvelles de ta mère ?\nX: les examens c'est {day}. elle a l'air un peu plus calme\n"
    "Y: c'est déjà ça. et toi tu tiens le coup ?\n"
    "X: mieux d'en avoir parlé en vrai. merci",
    "X: t'as jamais l'impression d'être en retard sur tout le monde\nY: tout le temps\n"
    "Y: pourquoi tu dis ça ?\nX: {friend} s'est fiancée et a acheté un appart la même semaine\n"
    "X: et chui content{X:/e} pour elle mais j'ai aussi pleuré sous la douche mdr\n"
    "Y: t'as le droit. les deux peuvent être vrais\n"
    "Y: t'es pas en retard, t'as juste pris une autre route\n"
    "X: je sais. j'avais juste besoin de le dire",
    "X: j'ai fait une crise d'angoisse dans le métro ce matin\nY: oh mon dieu\n"
    "Y: ça va mieux là ? t'es où\nX: à mon bureau. ça va. juste je tremble\nY: {VALIDATE}\n"
    "Y: ça t'était déjà arrivé ?\n"
    "X: une ou deux fois. je t'ai rien dit parce que je me sentais bête\n"
    "Y: c'est pas bête du tout\nY: {SUPPORT}\n~~~\n"
    "Y: tu te sens comment aujourd'hui ? après hier\nX: mieux. j'ai pris rdv chez le médecin\n"
    "Y: trop content{Y:/e}. fi{Y:er/ère} de toi",
    "X: j'ai l'impression de tout rater en ce moment\nY: hey. qu'est ce qui se passe ?\n"
    "X: en retard sur mes deadlines\n+ l'appart est un chantier\n"
    "+ j'ai pas appelé ma grand-mère depuis des semaines\n"
    "+ et j'ai mangé des chips au dîner\nY: ça fait bcp de trucs à gérer en même temps\n"
    "Y: c'est quoi qui te stresse le plus ?\nX: les deadlines je crois\n"
    "Y: ok. c'est un truc, pas tout. on fait une liste ensemble ?\n"
    "X: ouais. merci. désolé{X:/e} de me plaindre\nY: tu te plains pas, c'est moi qui ai demandé",
    "X: chui tellement stressé{X:/e} par l'argent ce mois-ci\nY: qu'est ce qui s'est passé ?\n"
    "X: fallait changer l'embrayage de la voiture. {num}0 balles que j'avais pas\n"
    "Y: {VALIDATE}\n"
    "Y: je peux faire quelque chose ? je peux te prêter un peu\n"
    "X: non non ça va aller. c'est juste serré. mais merci\nY: la proposition tient",
    "X: franchement chui un peu perdu{X:/e} depuis le déménagement\nY: perdu{X:/e} comment ?\n"
    "X: genre je connais personne ici et les soirées sont trop longues\n"
    "Y: ça a l'air dur. les nouvelles villes ça prend du temps\n"
    "Y: t'as essayé le club de course dont tu parlais ?\n"
    "X: pas encore. je me dégonfle à chaque fois\n"
    "Y: tu veux que je t'appelle en visio avant la première pour te donner du courage\n"
    "X: mdr oui en fait",
    "X: je m'inquiète pour mon frère\nY: qu'est ce qu'il a ?\n"
    "X: il répond plus à personne. ma mère s'inquiète aussi\n"
    "Y: ça fait peur. t'as eu des nouvelles quand la dernière fois ?\nX: genre il y a 2 semaines\n"
    "Y: tu pourrais passer chez lui ?\nX: ouais. je crois que j'y vais {day}\n~~~\n"
    "Y: t'as vu ton frère ?\n"
    "X: ouais. il va vraiment pas bien. mais il a accepté de voir quelqu'un\n"
    "Y: c'est énorme. et toi tu le vis comment ?\nX: soulagé{X:/e}. et triste. les deux",
    "X: journée de merde\nY: oh non, il s'est passé quoi\n"
    "X: {colleague} m'a pris{X:/e} à partie devant tout le monde\n"
    "X: j'ai tenu le coup mais je tremble depuis\nY: c'est tellement pas ok\n"
    "Y: ça va ?\nX: je me sens humilié{X:/e} franchement\n"
    "Y: {VALIDATE}. tu méritais pas ça\nY: {SUPPORT}",
    "X: j'appréhende trop {day}\nY: le truc de famille ?\n"
    "X: ouais. je finis toujours par me sentir comme si j'avais 12 ans avec eux\n"
    "Y: {VALIDATE}\n"
    "Y: tu peux pas partir plus tôt ?\nX: je pourrais dire que je bosse le lendemain\n"
    "Y: fais ça. et écris moi depuis les toilettes si ça devient chaud 😂\nX: deal",
    "X: je l'ai pas eu\nX: le poste\nY: oh non. chui tellement désolé{Y:/e}\n"
    "Y: tu te sens comment ?\n"
    "X: dégoûté{X:/e} en vrai. je pensais vraiment que c'était le bon\nY: {VALIDATE}\n"
    "Y: ils t'ont fait un retour ?\nX: 'deuxième très proche'. ce qui est presque pire\n"
    "Y: c'est quand même proche. au prochain",
    "X: je peux vider mon sac deux sec\nY: vas-y\n"
    "X: j'en ai tellement marre d'être {X:celui/celle} qui organise tout\n"
    "X: personne dit même merci\n"
    "Y: {VALIDATE}\nY: ça userait n'importe qui\nY: c'est avec qui cette fois ?\n"
    "X: la bande de la fac. les retrouvailles\n"
    "Y: laisse peut-être quelqu'un d'autre gérer la suite ?\nX: ouais t'as raison",
    "X: je dors tellement mal\nY: depuis quand ?\n"
    "X: deux semaines. je me réveille à 4h avec le cerveau qui tourne\n"
    "Y: ça a l'air épuisant\n"
    "Y: y'a un truc précis qui t'empêche de dormir ?\n"
    "X: surtout l'incertitude avec le contrat\n"
    "Y: ça se comprend. c'est lourd à porter\nY: {SUPPORT}",
    "X: mon père me manque aujourd'hui\nY: oh mon cœur\nY: c'est l'anniversaire ?\n"
    "X: non juste. la chanson est passée dans le magasin\nY: {VALIDATE}\n"
    "Y: tu veux me parler de lui ? j'aimerais bien t'écouter\n"
    "X: il la chantait dans la voiture hyper faux\nX: genre exprès faux\n"
    "Y: il avait l'air génial\nX: il l'était",
    "X: je crois que faut que je dise un truc à {friend} mais j'ai peur que ça casse l'amitié\n"
    "Y: qu'est ce qui se passe avec elle ?\n"
    "X: elle annule tout le temps au dernier moment et j'ai l'impression de pas être une "
    "priorité\nY: {VALIDATE}\n"
    "Y: tu voudrais lui dire quoi ?\nX: juste que ça me blesse. pas un gros drama\n"
    "Y: ça a l'air juste et gentil. je pense qu'elle voudrait le savoir\n~~~\n"
    "Y: t'as parlé à {friend} finalement ?\n"
    "X: ouais!! elle s'est excusée. elle dit qu'elle est débordée\n"
    "Y: oh trop content{Y:/e}. tu te sens comment ?\n"
    "X: plus léger{X:/e} franchement",
    "X: chui stressé{X:/e} pour les résultats demain\nY: ceux de la prise de sang ?\n"
    "X: ouais. c'est sûrement rien mais mon cerveau imagine le pire\n"
    "Y: c'est tellement normal. l'attente c'est le pire\nY: tu veux que je vienne avec toi ?\n"
    "X: ça te dérange pas ?\nY: bien sûr que non",
    "X: j'me sens vraiment angoissé{X:/e} le soir\n"
    "Y: angoissé{X:/e} par un truc en particulier ?\nX: pas vraiment. ça arrive comme ça\n"
    "Y: ça a l'air horrible. ça t'était déjà arrivé ?\nX: par périodes depuis des années\n"
    "Y: merci de me le dire\nY: qu'est ce qui t'aide quand ça arrive ?\n"
    "X: marcher. ou te parler en vrai",
]

NEWS_UK = [
    "X: DEVINE QUOI\nY: quoi quoi\nX: j'ai eu la promotion!!\nY: {HYPE}\n"
    "Y: t'as su quand??\nX: à l'instant, {colleague} m'a convoqué{X:/e}\n"
    "Y: tellement mérité. on fête ça {day}",
    "X: j'ai eu mon permis 🚗\nY: {HYPE}\nY: du premier coup??\n"
    "X: du premier coup!! 2 petites fautes\n"
    "Y: faut que tu m'emmènes quelque part maintenant",
    "X: ils ont adoré la présentation\nY: je savais!!\nY: ils ont dit quoi ?\n"
    "X: que c'était la plus claire qu'ils aient vue de l'année\nY: trop bien. fi{Y:er/ère} de toi",
    "X: on a eu l'appart!!\nY: {HYPE}\nY: celui avec la grande fenêtre ?\n"
    "X: celui là!! on emménage en {month}\n"
    "Y: je viens aider. et juger ton canapé",
    "X: j'ai enfin fini le tableau\nX: <media>\nY: attends il est trop beau\n"
    "Y: ça t'a pris combien de temps ?\nX: 3 mois de dimanches mdr\n"
    "Y: ça valait le coup. encadre le",
    "X: j'ai couru les 5 km sans m'arrêter\nY: {HYPE}\nY: tu te sens comment\n"
    "X: mort{X:/e}. mais mort{X:/e} heureu{X:x/se}\nY: 😂 fi{Y:er/ère}",
    "X: petite victoire mais mon boss m'a dit merci aujourd'hui\n"
    "Y: c'est pas petit! pour quoi ?\n"
    "X: pour avoir réglé le truc avec le client\nY: enfin quelqu'un qui remarque",
    "X: j'suis pris{X:/e} à la formation!!\nY: {HYPE}\nY: celle du soir ?\n"
    "X: oui! ça commence en {month}\n"
    "Y: tu le vis comment ?\nX: trop hâte et un peu terrifié{X:/e}",
    "X: j'ai enfin dit à ma sœur ce que je ressentais pour les histoires du mariage\n"
    "Y: et alors??\n"
    "X: super bien en fait. elle m'a écouté{X:/e}\nY: trop content{Y:/e}. fallait oser",
    "X: la salle de bain est enfin finie\nX: <media>\nY: on dirait un hôtel!!\n"
    "Y: t'as posé le carrelage toi même ?\nX: chaque carreau\nY: incroyable",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: je peux te dire un truc sans que ça devienne un drame\nY: bien sûr\n"
    "X: ça m'a un peu blessé{X:/e} que t'annules {day} par texto une heure avant\n"
    "Y: t'as raison. c'était nul de ma part, pardon\n"
    "Y: j'étais débordé{Y:/e} et j'ai mal géré\nX: merci de le dire. c'est ok\n"
    "Y: je peux me rattraper ? {place}, c'est moi qui invite\nX: deal 😊",
    "X: tu m'as un peu coupé la parole hier soir\n"
    "X: quand je racontais à tout le monde pour le boulot\n"
    "Y: oh mince c'est vrai ? pardon\n"
    "Y: je voulais pas que ça fasse ça. je m'emballe\n"
    "X: je sais. je me suis juste senti{X:/e} un peu nul{X:/le}\n"
    "Y: c'est normal. je vais faire gaffe. merci de me l'avoir dit",
    "X: hey, ça m'a un peu embêté{X:/e} que tu répondes pas pour mon grand-père\n"
    "Y: oh non. t'as raison\n"
    "Y: je l'ai lu dans le train et après j'ai complètement zappé, chui vraiment désolé{Y:/e}\n"
    "Y: il va comment ?\n"
    "X: stable là. merci\nY: j'aurais dû demander plus tôt. chui là",
    "X: on peut parler du truc d'argent\nY: bien sûr\n"
    "X: j'ai l'impression que c'est toujours moi qui paie les places et ça commence à faire "
    "beaucoup\n+ \n"
    "+ c'est pas grave, je voulais juste pas que ça le devienne\nY: c'est vrai en fait\n"
    "Y: j'avais pas capté combien ça faisait au total, pardon\n"
    "Y: je t'envoie ma moitié tout de suite\n"
    "X: merci. j'avais horreur d'en parler\nY: chui content{Y:/e} que tu l'aies fait",
]

# --- Priya & Tom (couple)

COUPLE_UK = [
    "X: tu me manques\nY: tu me manques plus\nX: impossible\nY: 🙄 ❤️",
    "X: tu veux faire quoi {day} ?\nY: rester à la maison, toi, {food}, {show}\n"
    "X: réponse parfaite",
    "X: j'ai pensé à toi aujourd'hui\nY: en bien j'espère\nX: toujours\nY: ❤️",
    "X: ta mère vient de m'écrire\nY: oh non elle voulait quoi\n"
    "X: vérifier que je te 'nourrissais correctement'\nY: 😂😂 chui tellement désolé{Y:/e}",
    "X: j'ai trop aimé hier soir\n"
    "Y: moi aussi. ça faisait une éternité qu'on avait pas vraiment parlé\n"
    "X: faudrait le faire plus souvent\nY: ouais. téléphones rangés, pas de télé",
    "X: trop hâte de te voir\nY: plus que 2 dodos\n"
    "X: arrête de compter ça rallonge",
    "X: <media>\nX: retrouvé ça de notre premier voyage\nY: oh mon dieu regarde tes cheveux\n"
    "X: sympa\nY: je les adore. je t'aime",
    "X: merci pour aujourd'hui\nY: pour quoi ?\n"
    "X: juste d'avoir été là. je sais que j'étais un peu relou\n"
    "Y: t'étais pas relou. j'aime être là",
    "X: tu rentres bientôt ?\nY: 20 min\nX: je mets l'eau à chauffer\nY: épouse moi",
    "X: oublie pas le lait\nY: déjà pris\nX: t'es qui\nY: un homme nouveau",
]

# --- US pools (Maddie & Luis, Jo & Sam)

OPEN_US = [
    "X: heyy\nY: hey! quoi de neuf",
    "X: t'es réveillé{Y:/e} ?\nY: malheureusement mdr",
    "X: bonjour ☀️\nY: bonjouur!! bien dormi ?",
    "X: wesh\nY: weshhh",
    "X: ta semaine ça va\nY: franchement ça fait bcp. et toi ?\nX: pareil mdr",
    "X: je m'ennuie tellement au taf\nY: pareil, divertis moi",
    "X: t'es dispo pour parler deux sec ?\nY: ouais quoi de neuf",
]

CLOSE_US = [
    "X: ok faut que j'y aille\nY: à plus!",
    "X: je vais me coucher, bonne nuit!\nY: bonne nuit!!",
    "X: ok je sors, à plus tard\nY: amuse toi bien!",
    "X: je m'écroule, bn\nY: bn 😴",
    "X: je t'aime fort, on se parle demain\nY: moi aussi je t'aime",
]

LIGHT_US = [
    "X: tu fais quoi ce weekend\nY: littéralement rien et j'ai trop hâte\n"
    "X: objectif de vie",
    "X: <media>\nX: regarde le chien que je viens de croiser\nY: OMG\nY: les oreilles!!",
    "X: t'as regardé {show} ?\nY: pas encore pas de spoil!!\nX: motus et bouche cousue 🤐",
    "X: je viens de claquer {num} balles chez {shop} pour rien\nY: classique {shop}\n"
    "X: j'étais venu{X:/e} pour du shampoing",
    "X: {weather} ici\nY: pff pareil. je veux que l'été revienne",
    "X: rappelle moi le nom de l'endroit où on a mangé {food}\nY: {place} ?\n"
    "X: oui!! merci",
    "X: je fais {food} ce soir\nY: garde m'en\nX: viens alors mdr",
    "X: mon collègue vient de réchauffer du poisson au micro-ondes\nY: nooon\n"
    "X: tout l'étage pue\nY: {LAUGH}",
    "X: toujours ok pour {day} ?\nY: oui! {time} ?\nX: parfait à tout à l'heure",
    "X: j'ai encore perdu mon {thing}\nY: regarde dans le frigo mdr\n"
    "X: ...pourquoi il était dans le frigo",
    "X: je crois que je vais me mettre à courir\nY: t'es qui\nX: jsp j'ai vu une vidéo\n"
    "Y: ptdrrr ok tiens moi au courant",
    "X: <media>\nY: c'est ton nouvel appart??\nX: oui!! toujours pas de canapé par contre\n"
    "Y: il est trop mignon",
    "X: tu connais un bon dentiste\nY: le mien est bien ? je t'envoie le numéro\nX: merci",
    "X: {band} part en tournée!!\nY: QUOI\nY: quand\n"
    "X: en {month}. les places sortent vendredi\nY: on y va",
    "X: ma mère vient de découvrir TikTok\nY: oh non\n"
    "X: elle m'a envoyé 12 vidéos ce matin\nY: {LAUGH}",
    "X: je suis entré{X:/e} dans la mauvaise salle de cours aujourd'hui\nY: mdr\n"
    "X: et je suis resté{X:/e} 10 minutes parce que j'avais trop honte de partir\n"
    "Y: légendaire",
    "X: y'a des bouchons de malade là\nY: t'es où\n"
    "X: sur le périph. je vais être en retard\nY: je nous prends une table",
    "X: je me coupe les cheveux court ?\nY: oui\nX: t'as même pas réfléchi\n"
    "Y: ça fait 3 ans que j'attends que tu demandes",
    "X: <media>\nX: j'ai fait du pain!!\nY: ok ère boulangerie\nY: il est bon ?\n"
    "X: il est un peu compact mais chui fi{X:er/ère}",
    "X: {friend} se marie??\nY: JE SAIS\n"
    "Y: je l'ai appris sur insta comme tout le monde\nX: ptdr",
    "X: il me faut une nouvelle série\nY: t'as vu {show}\nX: non c'est bien ?\n"
    "Y: fais moi confiance",
    "X: je viens de me prendre une amende 🙃\nY: nooon combien\nX: {num}0 balles\n"
    "Y: c'est du vol",
    "X: c'était quoi la recette que tu m'as envoyée\nY: celle avec {food} ?\n"
    "X: oui je l'ai perdue\nY: <media>",
    "X: la salle était violente aujourd'hui\nY: jambes ?\n"
    "X: jambes. j'arrive plus à marcher\nY: mdr respect",
    "X: t'y crois qu'on est déjà en {month_now}\nY: non et j'aime pas ça",
]

DEEP_US = [
    "X: je peux te dire un truc un peu gênant\nY: toujours\n"
    "X: j'ai vraiment du mal depuis le déménagement\n"
    "+ genre je passe des weekends entiers sans parler à personne\n"
    "Y: c'est pas gênant du tout. ça a l'air vraiment dur\n"
    "Y: ça fait combien de temps que c'est comme ça ?\nX: franchement depuis {month_past}\n"
    "Y: chui vraiment content{Y:/e} que tu me l'aies dit\n"
    "Y: on se cale un appel fixe le dimanche ?\n"
    "X: j'aimerais trop",
    "X: chui trop stressé{X:/e} par mon entretien annuel\nY: c'est quoi le pire ?\n"
    "X: c'est {colleague} qui le fait et j'ai l'impression qu'elle a déjà décidé que j'étais "
    "nul{X:/le}\n"
    "Y: ça fait bcp de pression. qu'est ce qui te fait penser ça ?\n"
    "X: elle dit jamais rien de positif. que ce qui va pas\n"
    "Y: ça a l'air épuisant. t'es pas nul{X:/le} dans ton taf en tout cas\n"
    "X: merci. j'avais besoin de l'entendre\n~~~\nY: alors cet entretien??\n"
    "X: mieux que prévu! elle a même dit des trucs sympas\nY: tu vois!! elle a dit quoi ?\n"
    "X: que je suis 'fiable sous pression' mdr\nY: vrai",
    "X: mes parents se disputent encore\nY: oh non. genre grave ?\n"
    "X: ouais. ma mère m'a appelé{X:/e} en pleurs hier soir\n"
    "Y: chui tellement désolé{Y:/e}. ça va toi ?\n"
    "X: pas trop. j'ai l'impression d'être toujours coincé{X:/e} au milieu\n"
    "Y: c'est tellement dur comme place\nY: t'as le droit de prendre du recul tu sais\n"
    "X: je sais. je culpabilise juste",
    "X: je crois que chui en burn out\nY: qu'est ce qui se passe ?\n"
    "X: j'arrive pas à me concentrer, chui crevé{X:/e} tout le temps, j'ai pleuré devant une pub\n"
    "Y: ouf. ça ressemble vraiment à un burn out\nY: tu peux poser des jours ?\n"
    "X: peut-être quelques jours en {month}\n"
    "Y: fais le. sérieux. je m'inquiète pour toi",
    "X: j'ai été refusé{X:/e} au master\nY: oh non. chui tellement désolé{Y:/e}\n"
    "Y: tu te sens comment ?\n"
    "X: un peu vide franchement\nX: je le voulais vraiment celui-là\n"
    "Y: je sais. c'est tellement décevant\n"
    "Y: tu veux en parler ou te changer les idées ?\nX: me changer les idées stp\n"
    "Y: ok. {show} et {food}, j'arrive",
    "X: j'appréhende le truc chez le médecin demain\nY: le rdv de suivi ?\n"
    "X: ouais. j'arrête pas d'imaginer le pire\n"
    "Y: ça se comprend totalement. l'attente c'est le pire\n"
    "Y: écris moi dès que tu sors ok ?\n~~~\nY: alors le médecin??\nX: tout est bon!!\n"
    "Y: oh merci mon dieu\nY: tu te sens comment\nX: comme si je pouvais enfin respirer",
    "X: t'as jamais l'impression de juste faire semblant d'être adulte\n"
    "Y: tous les jours mdr\n"
    "Y: pourquoi, il s'est passé quoi ?\n"
    "X: j'ai dû appeler l'assurance et j'ai failli pleurer\n"
    "Y: c'est tellement légitime, ces appels c'est l'enfer\n"
    "X: mdr merci. ça me rassure que ce soit pas que moi",
    "X: la maison me manque bcp en ce moment\nY: oh. qu'est ce qui te manque le plus ?\n"
    "X: la cuisine de ma grand-mère. les repas du dimanche. le bruit\n"
    "Y: c'est trop mignon et trop triste à la fois\n"
    "Y: tu pourrais y retourner un weekend ?\n"
    "X: peut-être en {month}. mais les billets sont hors de prix\n"
    "Y: j'espère que tu pourras",
]

NEWS_US = [
    "X: J'AI EU LE POSTE\nY: {HYPE}\nY: celui au musée??\nX: oui!!! je commence en {month}\n"
    "Y: chui tellement fi{Y:er/ère} de toi. tu te sens comment ?\n"
    "X: comme si j'allais vomir mais dans le bon sens",
    "X: devine qui a enfin fini de rembourser son crédit\nY: TOI??\nX: moi!!!\n"
    "Y: c'est énorme omg",
    "X: ma sœur a accouché!!\nX: <media>\nY: OMG elle est parfaite\n"
    "Y: et ta sœur elle va comment ?\n"
    "X: crevée mais tellement heureuse",
    "X: j'ai couru mon premier 10 km\nY: {HYPE}\nY: t'as fait quel temps ?\n"
    "X: 58 minutes!!\nY: moins d'une heure!! trop fort",
    "X: ils publient mon article\nY: nan sérieux!! lequel ?\nX: celui sur la banque alimentaire\n"
    "Y: c'est incroyable. envoie moi le lien quand il sort",
]


# --- superficial (flatmates)

SUPERFICIAL = [
    "X: poubelles ce soir au fait\nY: je m'en occupe",
    "X: tu peux sortir le linge quand c'est fini\nY: ouais",
    "X: colis pour toi, il est dans l'escalier\nY: merci",
    "X: le loyer c'est {day}\nY: déjà envoyé",
    "X: y'a plus de lait\nY: j'en prends en rentrant",
    "X: t'es là ce soir ?\nY: dehors jusqu'à tard, pourquoi\n"
    "X: le technicien du gaz passe peut-être entre 18h et 20h\n"
    "Y: ah ok, je laisse la clé sous le paillasson",
    "X: t'as vu le score\nY: ouais 2-1\nX: défense catastrophique\nY: comme d'hab",
    "X: la box marche plus encore\nY: je la redémarre en rentrant\nX: top",
    "X: le proprio passe {day} pour la chaudière\nY: à quelle heure\nX: vers 10h\n"
    "Y: ok je serai au taf",
    "X: qui a laissé la plaque allumée\nY: pas moi\nX: hmm\nY: vraiment pas moi mdr",
    "X: <media>\nX: c'est à toi ?\nY: non\nX: pull mystère",
    "X: {weather} dehors\nY: ouais je me suis fait tremper\nX: {LAUGH}",
    "X: tu veux un truc de {shop}\nY: du pain et du thé stp\nX: 👍",
    "X: l'avis de taxe d'habitation est arrivé\nY: combien\nX: pareil que l'an dernier\n"
    "Y: ok",
    "X: t'as pris l'aspirateur\nY: il est dans ma chambre, désolé{Y:/e}, prends le\nX: merci",
    "X: pizza ce soir ?\nY: ouais allez\nX: comme d'hab ?\nY: ouais, moitié moitié",
    "X: tu regardes {show}\nY: ouais on en est à l'ép 4\nX: pas de spoil\nY: 🤐",
    "X: quelqu'un est encore garé devant l'entrée\nY: la même voiture bleue ?\nX: ouais\n"
    "Y: je laisse un mot",
    "X: l'uber c'est à quelle heure\nY: 8h15\nX: ok",
    "X: facture d'électricité à {num}0 balles ce mois-ci\nY: on partage comme d'hab\n"
    "X: ouais je t'ai envoyé le lien",
    "X: j'invite des gens {day}, ça va ?\nY: ouais pas de souci\nX: ça finira pas tard",
    "X: la collecte du tri passe au mardi\nY: ok noté",
    "X: <media>\nY: c'est quoi\nX: le tableau électrique. c'est quel bouton la cuisine\n"
    "Y: le troisième",
    "X: on a du papier alu\nY: tiroir à côté du four\nX: trouvé",
    "X: bouchons horribles, j'aurai une heure de retard\nY: ok",
    "X: le frigo refait ce bruit\nY: tape le mdr\nX: ça a marché",
    "X: t'as toujours les identifiants Netflix\nY: ouais même mdp\nX: merci",
    "X: grève des trains {day}\nY: génial. télétaf alors\nX: pareil",
    "X: pastilles lave-vaisselle ?\nY: sous l'évier\nX: 👍",
    "X: le plombier est passé\nY: ouais, il a réparé le robinet\nX: top",
    "X: c'était quoi le score à la fin\nY: 3-3\nX: match de fou",
    "X: info le détecteur de fumée bipe\nY: la pile. y'en a dans le tiroir",
    "X: je peux emprunter ton escabeau\nY: il est dans la cave\nX: merci",
    "X: quiz à {place} {day} ?\nY: peut-être, qui vient\nX: moi, {friend}, {friend2}\n"
    "Y: ok compte sur moi",
    "X: ta mère a déposé un tupperware\nY: ah elle m'avait dit qu'elle passerait peut-être",
    "X: la poste ferme à 17h {day}\nY: ok j'irai le matin",
    "X: t'as recommandé du PQ\nY: ouais ça arrive {day}",
    "X: coupure d'eau 9h-12h demain, courrier de la mairie\nY: ok je me douche ce soir",
    "X: la plante de l'entrée est morte\nY: elle a été vivante un jour\nX: {LAUGH}",
    "X: salle à 18h ?\nY: plutôt 18h30\nX: ok",
    "X: quelqu'un prend la voiture {day} ?\nY: pas moi\nX: cool je la prends pour {town}",
    "X: <media>\nX: le nouveau canapé arrive {day}\nY: cool, quelle couleur\nX: gris\n"
    "Y: pratique",
    "X: t'as payé le laveur de vitres\nY: non, combien\nX: {num}\n"
    "Y: je laisse du liquide sur le meuble",
    "X: grosses courses plus tard, liste ?\nY: des pâtes\n+ des œufs\n+ des sacs poubelle\n"
    "+ le bon PQ pas le premier prix",
    "X: le voyant de la box est rouge\nY: débranche la 10 sec\nX: réglé",
]

SUPERFICIAL_OPEN = [
    "X: t'es là ?\nY: ouais",
    "X: salut\nY: salut",
    "X: petite question\nY: vas-y",
    "X: bonjour\nY: bonjour",
    "X: t'es dans le coin plus tard ?\nY: normalement",
]

# --- dominating (Chris talks, Ella replies)

DOM_MONO = [
    "X: bon tu vas pas croire ce qui s'est passé au taf\n"
    "X: {colleague_m} a essayé de s'attribuer MA présentation en réunion\n"
    "X: genre il s'est levé et il a dit 'alors j'ai rassemblé quelques idées'\n"
    "X: c'est moi qui ai rassemblé ces idées. à 23h. un dimanche\n"
    "X: bref j'ai juste dit calmement 'super, je vous présente les chiffres puisque c'est moi qui "
    "les ai faits'\nX: t'aurais dû voir sa tête\nY: mdr",
    "X: ok écoute moi bien\nX: je crois que je vais lancer un podcast\n"
    "X: sur la productivité mais pour les gens qui ont un vrai taf, pas les influenceurs\n"
    "X: j'ai déjà un nom, 'Deep Work Daily'\n"
    "X: et je pense que si je poste 3 fois par semaine je peux avoir des sponsors d'ici l'été\n"
    "X: t'en penses quoi\nY: ça a l'air cool",
    "X: je viens d'exploser mon record à la salle\nX: 120 au soulevé de terre\n"
    "X: le mec à côté m'a carrément fait un signe de tête\n"
    "X: je fais un nouveau programme, 5 jours par semaine, surcharge progressive, tout\n"
    "X: et je compte mes macros correctement maintenant, 180g de protéines par jour\nY: cool",
    "X: t'as vu le match\nX: franchement le coach a perdu le vestiaire\n"
    "X: tu peux pas jouer à trois derrière avec ces latéraux, c'est tactiquement débile\n"
    "X: je l'ai dit en août\nX: je l'ai littéralement dit sur le groupe en août\n"
    "Y: haha ouais",
    "X: bon j'ai réfléchi pour l'appart\n"
    "X: je pense pouvoir faire baisser le loyer de {num}0 balles si je parle de l'humidité\n"
    "X: j'ai fait un brouillon de mail, ferme mais juste\n"
    "X: genre je lui ai cité la loi sur les baux en gros\n"
    "X: je l'envoie demain matin comme ça c'est la première chose qu'il voit\nY: ok",
    "X: j'ai mangé {food} de dingue chez {place}\nX: franchement ça change une vie\n"
    "X: j'ai parlé avec le chef aussi, il a été formé à Lyon\n"
    "X: il m'a dit que j'avais un super palais, ce que je savais déjà en vrai\n"
    "X: faut qu'on y aille. enfin moi j'y retourne de toute façon\nY: ça a l'air bien",
    "X: grosse nouvelle\nX: on m'a demandé de piloter le nouveau projet\n"
    "X: ce qui est logique, personne d'autre comprend vraiment le client\n"
    "X: c'est en gros une promotion sans le titre pour l'instant\n"
    "X: je vais devoir réorganiser toute l'équipe\n"
    "X: première chose, plus de réunions avant 10h\nY: bravo",
    "X: bon alors le date d'hier soir\n"
    "X: elle était sympa mais elle a parlé de son chat pendant genre 40 minutes\n"
    "X: et j'essayais de lui parler de ma prépa marathon et elle revenait toujours au chat\n"
    "X: pas sûr qu'il y ait un deuxième date en vrai\nY: haha",
    "X: j'ai décidé de faire un ultra l'an prochain\nX: 50 km\n"
    "X: je sais que ça a l'air fou mais j'ai fait les calculs pour l'entraînement\n"
    "X: 16 semaines, la plus grosse semaine c'est environ 90 km\n"
    "X: il me faudra des nouvelles chaussures évidemment, je regarde celles avec plaque carbone\n"
    "Y: wow",
    "X: tu sais ce qui m'énerve\nX: les gens qui marchent lentement au milieu du trottoir\n"
    "X: genre choisis un côté\n"
    "X: j'ai failli rater mon train à cause d'une famille de 6 dans le hall de {station}\n"
    "X: j'ai carrément dit pardon deux fois\nY: mdr",
    "X: écouté un podcast incroyable aujourd'hui sur le stoïcisme\n"
    "X: en gros tu contrôles pas ce qui arrive, juste comment tu réagis\n"
    "X: ce qui est franchement comme ça que j'ai toujours vécu\n"
    "X: je pense que c'est pour ça que je stresse pas comme les autres\n"
    "X: je vais peut-être lire Marc Aurèle après\nY: cool",
    "X: bon ma boss m'a demandé mon avis sur la réorg\nX: je lui ai donné genre 8 points\n"
    "X: elle a tout noté\nX: je pense que la moitié vont finir dans le plan final\n"
    "X: sans prendre la grosse tête mais je suis un peu le stratège officieux maintenant\n"
    "Y: bien joué",
    "X: j'ai acheté une machine à café\nX: une vraie, avec broyeur\n"
    "X: {num}0 balles de réduc en soldes\n"
    "X: j'ai réglé la mouture toute la soirée\nX: la crema est irréelle\n"
    "X: franchement j'achète plus jamais de café dehors\nY: haha la classe",
    "X: un peu dégoûté en vrai\nX: pas sélectionné pour l'équipe du dimanche\n"
    "X: le pote du capitaine est passé devant moi et il est tellement lent\n"
    "X: je suis pas aigri mais c'est clairement politique\n"
    "X: je vais juste m'entraîner plus dur et faire en sorte qu'ils puissent plus me laisser de "
    "côté\nY: c'est agaçant",
    "X: je pense faire le tour du Mont-Blanc en {month}\n"
    "X: moi, {friend_m} et peut-être son frère\n"
    "X: j'ai déjà planifié tout l'itinéraire\n"
    "X: on enchaîne les étapes, j'ai fait un tableur avec les horaires à la minute\n"
    "X: je te l'envoie, il est vraiment magnifique\nY: ok",
    "X: je viens de finir le bouquin sur les habitudes\nX: j'ai déjà changé ma routine du matin\n"
    "X: debout à 5h30, douche froide, 10 min de journal, puis la salle\n"
    "X: je me sens comme une autre personne franchement\nX: tu devrais essayer\n"
    "Y: peut-être mdr",
    "X: mon frère est insupportable pour l'anniv de maman\n"
    "X: il veut faire un resto, moi je veux faire un weekend\n"
    "X: le mien est évidemment mieux, elle a toujours dit qu'elle voulait aller à {town}\n"
    "X: j'ai déjà trouvé l'hôtel\nX: il va se ranger à mon avis\nY: j'espère que ça va marcher",
    "X: bon j'ai enfin vendu mon vieux vélo\nX: {num}0 balles de plus que ce que je l'ai payé mdr\n"
    "X: le mec a essayé de négocier mais j'ai tenu bon\n"
    "X: négocier c'est juste être à l'aise avec le silence en vrai\nY: cool",
    "X: franchement chui crevé\nX: le taf c'est la folie, j'ai porté tout le lancement en gros\n"
    "X: {colleague_m} était en arrêt (encore) donc j'ai fait ses trucs aussi\n"
    "X: et j'ai quand même réussi à aller à la salle\n"
    "X: pas sûr de pouvoir tenir ce rythme longtemps mais ça va\nY: fais une pause",
    "X: <media>\nX: nouvelles baskets\n"
    "X: édition limitée, j'ai dû faire la queue en ligne une heure\n"
    "X: c'est un investissement en vrai, elles vaudront le double dans un an\nY: cool",
    "X: un truc un peu bizarre avec {friend_m}\nX: il m'a dit que je ramenais toujours tout à moi\n"
    "X: ce qui est fou parce que j'ai littéralement organisé son anniv\n"
    "X: je pense qu'il est juste stressé en vrai\nX: bref ça va entre nous maintenant\nY: ah",
    "X: bon alors le nouveau tel\nX: l'appareil photo est dingue\nX: <media>\n"
    "X: ça c'est zoomé depuis l'autre côté de la rue\n"
    "X: franchement je vais peut-être me mettre à la photo sérieusement\nY: wow",
    "X: regardé {film} hier soir\nX: surcoté en vrai\n"
    "X: le rythme était bancal et le troisième acte avait aucun sens\n"
    "X: j'avais deviné le twist au bout de 20 minutes\n"
    "X: je devrais écrire des critiques franchement\nY: haha",
    "X: désolé pour le silence, journée de fou\n"
    "X: 3 réunions d'affilée puis un call avec les US\n"
    "X: et après le train était annulé donc j'ai dû prendre un uber\nX: {num} balles!!\n"
    "X: bref chui rentré, je mange {food}\nY: ah",
]

DOM_BID = [
    # Ella tries to share; Chris barely engages, then back to himself
    "Y: chui un peu stressée pour mon exam demain\nX: ça va aller\n"
    "X: bref je t'ai raconté le truc avec {colleague_m} ?\nY: non\n"
    "X: il s'est mis à mettre ma boss en copie de tout\n"
    "X: chaque mail. passif agressif ou quoi\nX: je vais faire pareil\nY: mdr",
    "Y: ma mère va pas très bien\nY: je m'inquiète un peu en vrai\nX: ah c'est nul\n"
    "X: ma mère a eu le truc de la grippe l'an dernier, ça allait\n"
    "X: au fait tu viens chez moi {day} ? je fais {food}, ma spécialité\nY: peut-être\n"
    "Y: laisse tomber c'est rien",
    "Y: journée assez pourrie en vrai\nX: pareil franchement\n"
    "X: le taf c'était le chaos, j'ai dû sauver tout le truc en gros\n"
    "X: {colleague_m} me doit une fière chandelle\nY: ha ok",
    "Y: je me sens un peu down ces temps-ci\nX: tu devrais essayer les douches froides\n"
    "X: franchement ça a changé ma vie\nX: j'en fais 2 min tous les matins maintenant\n"
    "Y: mdr ok\n"
    "Y: c'est rien, laisse",
    "Y: j'ai eu l'appart au fait\nX: cool\n"
    "X: le mien va avoir une nouvelle cuisine le mois prochain d'ailleurs\n"
    "X: le proprio a enfin cédé\nY: cool",
    "Y: je peux te demander ton avis sur un truc\nX: vas-y\n"
    "X: ah attends deux sec, je viens de voir le score, on perd 2-0\nX: incroyable\n"
    "Y: laisse tomber, une autre fois",
    "Y: je pense quitter mon taf\nX: sérieux ?\n"
    "X: j'ai failli quitter le mien l'an dernier, tu te rappelles, avant qu'ils m'augmentent\n"
    "X: le meilleur truc que j'ai fait c'est rester et négocier\n"
    "X: tu devrais juste demander plus d'argent\n"
    "Y: c'est pas vraiment une question d'argent\nY: c'est pas grave",
    "Y: chui un peu stressée par l'argent\nX: il te faut une appli de budget\n"
    "X: j'en utilise une qui classe tout\n"
    "X: j'ai économisé genre {num}0 balles par mois depuis\n"
    "Y: ok",
]

DOM_COMPLAINT = [
    "Y: tu m'as même pas demandé comment s'était passé mon exam\nX: j'allais le faire!\n"
    "X: j'ai juste été trop occupé\n"
    "X: bref ça s'est passé comment\nY: bien\nX: cool. bon ma semaine a été dingue",
    "Y: tu lis mes messages au moins\nX: quoi ? oui\nX: je réponds vite c'est tout, chui occupé\n"
    "X: le prends pas comme ça\nY: ok",
    "Y: des fois j'ai l'impression que tu m'écoutes pas vraiment\nX: c'est pas juste\n"
    "X: je t'ai littéralement demandé pour ta mère la semaine dernière\nY: ok\nX: bref",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: vu ça et j'ai pensé à toi\nX: haha\n"
    "X: c'est carrément comme ma salle, je t'ai dit qu'ils avaient des nouvelles cages\n"
    "X: des vraies de compèt\nY: cool",
    "Y: t'es dispo {day} ?\nX: normalement, salle le matin par contre\nX: pourquoi\n"
    "Y: un verre avec {friend}\nX: peut-être. je verrai comment je me sens après les jambes",
    "Y: ta semaine ça va\nX: de la folie\n"
    "X: j'ai le truc client jeudi et je présente toute la stratégie en gros\n"
    "X: j'ai refait la présentation 3 fois\nY: bon courage",
    "Y: tu fais quoi\nX: meal prep\nX: poulet, riz, brocolis x 5\n"
    "X: je suis descendu à 40 min\nY: efficace",
]

DOM_REACT = [
    "X: bref assez parlé de moi\nX: en fait non attends, je t'ai raconté le truc à la salle\n"
    "Y: non\nX: y'avait un mec qui squattait la cage depuis 30 min\n"
    "X: et je lui ai juste demandé poliment si je pouvais alterner avec lui\n"
    "X: il a été cool au final\nY: tant mieux",
    "X: aussi je me suis mis à l'espagnol\nX: 40 jours d'affilée sur l'appli\n"
    "X: je vais à {town} plus tard dans l'année donc je veux pouvoir commander correctement\n"
    "Y: cool",
    "X: ah et j'ai réservé des vacances\nX: le Portugal en {month}\n"
    "X: trouvé une villa avec piscine pour trois fois rien\n"
    "X: j'ai passé tout le weekend à comparer les vols en gros\nY: jalouse",
    "X: petite update sur le podcast au fait\nX: enregistré le premier épisode\n"
    "X: 45 min, sans notes\n"
    "X: je crois que c'est inné chez moi en vrai\nY: haha cool",
]

# --- dumping ground (Leah offloads to Nina)

DUMP = [
    "X: pff aujourd'hui c'était la pire journée\nX: {colleague} m'a fait refaire tout le rapport\n"
    "+ devant tout le monde\n+ genre vraiment devant toute l'équipe\n"
    "X: chui tellement en colère que je pourrais pleurer\nY: {VALIDATE}\n"
    "Y: elle a dit quoi exactement ?\n"
    "X: que c'était 'pas au niveau'. il était très bien!! elle me déteste c'est tout\n"
    "X: j'ai l'impression de rien pouvoir faire de bien là-bas\n"
    "Y: c'est tellement injuste. tu bosses tellement\n"
    "Y: {SUPPORT}",
    "X: j'arrive pas à arrêter de penser à Jérém\n"
    "X: j'ai vu qu'il poste des photos avec une nouvelle\n"
    "X: je me sens trop bête de m'en soucier encore\n"
    "Y: t'es pas bête. ça fait que quelques mois\n"
    "Y: tu te sens comment là tout de suite ?\nX: horrible franchement. j'ai la nausée\n"
    "Y: {VALIDATE}\n"
    "Y: tu pourrais le masquer un moment ?\nX: ouais peut-être",
    "X: chui tellement stressé{X:/e} que j'arrive plus à respirer\n"
    "X: le proprio veut qu'on parte d'ici {month}\n"
    "X: je vais aller où\nX: tout est tellement cher\nY: oh non, ça fait tellement peur\n"
    "Y: {SUPPORT}\nY: tu veux que je t'aide à chercher des apparts ce soir ?\n"
    "X: tu ferais ça ? chui tellement submergé{X:/e}",
    "X: ma sœur m'a dit que j'étais égoïste\n"
    "X: juste parce que j'ai pas pu venir à l'anniv de maman\n"
    "X: ça me blesse tellement\nY: {VALIDATE}\nY: il s'est passé quoi exactement ?\n"
    "X: elle a dit que j'aidais jamais pour rien\n"
    "X: alors que j'ai l'impression d'en faire tellement\n"
    "Y: ça a l'air vraiment douloureux. t'es pas égoïste",
    "X: j'ai refait une crise d'angoisse au taf\nX: aux toilettes cette fois\n"
    "X: j'ai tellement honte\n"
    "Y: oh Lila\nY: ça va mieux là ?\nX: à peu près. je tremble\nY: {VALIDATE}\n"
    "Y: t'as pensé à en parler à ton médecin ?\nX: je sais pas. peut-être\nY: {SUPPORT}",
    "X: j'ai l'impression que tout le monde s'en sort mieux que moi\n"
    "X: {friend} a encore été promue\n"
    "X: et moi chui toujours coincé{X:/e} dans ce taf sans avenir\n"
    "Y: c'est un sentiment vraiment dur\n"
    "Y: mais t'es pas coincé{X:/e} pour toujours. tu voudrais faire quoi à la place ?\n"
    "X: je sais même pas. c'est ça le pire\nY: {SUPPORT}",
    "X: désolé{X:/e} de te déballer encore tout ça\n"
    "X: mais ma manager m'a mis{X:/e} sous plan d'amélioration\n"
    "X: j'ai tellement peur de me faire virer\nY: t'excuse pas. {VALIDATE}\n"
    "Y: ils t'ont dit qu'il fallait faire quoi ?\nX: atteindre des objectifs quasi impossibles\n"
    "X: chui tellement angoissé{X:/e} que j'ai rien mangé\n"
    "Y: mange un truc stp. {SUPPORT}",
    "X: l'appart est tellement calme depuis la rupture\nX: je déteste rentrer\n"
    "X: je laisse la télé allumée juste pour le bruit\nY: {VALIDATE}\n"
    "Y: tu veux venir {day} ? je cuisine\n"
    "X: ouais. merci. je sais pas ce que je ferais sans toi",
    "X: je peux râler\nY: toujours\nX: ma mère arrête pas de me comparer à ma cousine\n"
    "X: 'elle a un crédit immobilier, elle est fiancée'\n"
    "X: j'ai l'impression d'être une telle déception\n"
    "Y: t'es pas une déception\nY: {VALIDATE}\nY: vous vous êtes quittées comment ?\n"
    "X: j'ai raccroché. et après j'ai culpabilisé",
    "X: j'ai pleuré toute la soirée\nY: oh non. il s'est passé quoi ?\n"
    "X: rien de précis. tout\nX: le taf, Jérém, l'argent, juste tout\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: tu veux que je t'appelle ?\nX: tu peux ?",
    "X: chui tellement en colère contre {friend}\nX: elle m'a pas invité{X:/e} à son truc\n"
    "X: et après elle a posté toutes les photos\n"
    "X: je me sens tellement mis{X:/e} à l'écart et humilié{X:/e}\n"
    "Y: ça blesserait n'importe qui\nY: tu sais pourquoi elle t'a pas invité{X:/e} ?\n"
    "X: non et j'ai trop peur de demander",
    "X: je crois que je suis en dépression franchement\n"
    "X: j'arrive pas à sortir du lit le weekend\n"
    "X: je me sens juste vide\nY: chui vraiment content{Y:/e} que tu me le dises\n"
    "Y: {VALIDATE}\n"
    "Y: tu penserais à en parler à quelqu'un ? je peux t'aider à trouver quelqu'un\n"
    "X: peut-être. j'ai peur que ça serve à rien",
    "X: l'argent c'est une catastrophe\nX: encore à découvert et on est que le 15\n"
    "X: chui tellement stressé{X:/e} que j'ai la nausée\nY: {VALIDATE}\n"
    "Y: tu veux qu'on regarde ensemble ? des fois ça fait moins peur une fois écrit\n"
    "X: ouais. peut-être {day}",
    "X: Jérém m'a écrit\nX: juste 'j'espère que tu vas bien'\n"
    "X: et maintenant chui de nouveau en miettes\n"
    "X: pourquoi il a le droit de faire ça\nY: pff, c'est tellement injuste pour toi\n"
    "Y: tu te sens comment ?\n"
    "X: perdu{X:/e}. en colère. triste. tout",
    "X: mon boss m'a crié dessus aujourd'hui\nX: devant toute l'équipe\n"
    "X: je me sens tellement minable\n"
    "Y: il a pas à crier sur qui que ce soit\nY: {VALIDATE}\nY: ça va ?\n"
    "X: non. je déteste cet endroit",
    "X: j'appréhende trop ce weekend\nX: truc de famille et mon père va boire\n"
    "X: je suis toujours tellement angoissé{X:/e} avec lui\nY: {VALIDATE}\n"
    "Y: t'es obligé{X:/e} d'y aller ?\n"
    "X: ma mère va me tuer si j'y vais pas\nY: écris moi quand tu veux. {SUPPORT}",
    "X: encore pas dormi\nX: ma tête arrête pas\n"
    "X: je repasse en boucle tout ce que j'ai dit au taf\nY: ça a l'air épuisant\n"
    "Y: tu repasses quoi ?\nX: la réunion. je crois que j'ai eu l'air con{X:/ne}\n"
    "Y: j'en doute vraiment",
    "X: la visite de l'appart c'était une catastrophe\n"
    "X: l'agent a carrément rigolé de mon budget\n"
    "X: je vais finir par retourner chez ma mère\n"
    "X: j'ai l'impression d'être un{X:/e} tel{X:/le} raté{X:/e}\n"
    "Y: t'es pas un{X:/e} raté{X:/e}. le marché est dingue\nY: {SUPPORT}",
    "X: je me trouve tellement moche aujourd'hui\nX: rien me va\n"
    "X: j'ai annulé avec {friend} parce que j'avais pas la force\n"
    "Y: oh ma belle. {VALIDATE}\n"
    "Y: si ça compte t'es magnifique\nX: t'es obligée de dire ça",
    "X: franchement j'en ai tellement marre de tout\nX: les mêmes problèmes chaque semaine\n"
    "X: rien change\n"
    "Y: je t'entends. {VALIDATE}\n"
    "Y: qu'est ce qui rendrait cette semaine même un tout petit peu plus facile ?\n"
    "X: je sais pas. une nouvelle vie",
]

DUMP_SHIFT = [
    # Nina shares; Leah shifts back to her own story
    "Y: je peux te dire un truc\nY: chui vraiment stressée par l'opération de mon père\n"
    "X: oh non\nX: ça me fait penser, mon père est trop bizarre en ce moment\n"
    "X: il m'a même pas appelée pour mon anniv\nX: j'ai l'impression qu'il s'en fout\n"
    "Y: ça a l'air dur\n"
    "Y: bref la sienne c'est {day}. ça va",
    "Y: j'ai eu une journée assez pourrie aussi en fait\n"
    "Y: je me suis fait engueuler pour un truc qui était pas ma faute\n"
    "X: pff c'est comme ce qui m'est arrivé la semaine dernière\n"
    "X: franchement {colleague} est toujours horrible\n"
    "X: aujourd'hui elle m'a ignorée dans la cuisine\n"
    "Y: c'est horrible\nY: c'est rien, le mien c'est rien",
    "Y: j'ai eu le poste au fait!!\nX: ah cool\n"
    "X: j'aimerais bien qu'il m'arrive un truc bien à moi\n"
    "X: j'ai postulé à 3 trucs et j'ai eu aucune réponse\nY: ça va venir. promis\n"
    "Y: chui sûre que t'auras des nouvelles bientôt",
    "Y: {friend} me manque trop depuis qu'elle a déménagé\n"
    "X: je connais tellement ce sentiment\n"
    "X: franchement depuis la rupture l'appart est tellement calme\n"
    "X: je parle plus au chat qu'aux gens\n"
    "Y: ouais\nY: laisse, c'est rien",
    "Y: chui stressée pour ma présentation demain\n"
    "X: ça va aller, t'es forte pour ça\nX: chui tellement stressée pour la mienne vendredi\n"
    "X: ma manager va regarder et je vais me figer\n"
    "Y: tu vas pas te figer. tu vas être géniale\nY: on va l'être toutes les deux mdr",
    "Y: ma grand-mère est à l'hôpital\nX: oh non désolée\n"
    "X: les hôpitaux me rendent tellement angoissée\n"
    "X: je fais encore des cauchemars de quand je me suis cassé le bras\nY: ouais\n"
    "Y: bref elle est stable",
    "Y: je me suis disputée avec mon copain\nX: pff les couples\nX: au moins t'en as un\n"
    "X: je vais finir avec 12 chats à ce rythme\nY: mais non mdr\n"
    "Y: c'est rien, on va régler ça",
    "Y: je crois que chui un peu en burn out\nX: pareil franchement\n"
    "X: je crois que c'est pire qu'un burn out pour moi\n"
    "X: j'ai pleuré dans le bus aujourd'hui\nY: oh non. il s'est passé quoi ?\n"
    "X: rien, tout. tu sais",
    "Y: on a enfin réservé les vacances!\nX: la chance\nX: moi je peux pas me payer de vacances\n"
    "X: je peux à peine me payer {food} en vrai\nY: oh non. c'est toujours serré niveau thune ?\n"
    "X: toujours",
    "Y: chui un peu angoissée par le déménagement\n"
    "X: au moins t'as un endroit où déménager\n"
    "X: l'agent m'a toujours pas répondu\nX: je vais finir à la rue\n"
    "Y: tu vas pas finir à la rue. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: regarde cette tenue que je mettrai jamais\n"
    "Y: elle est trop mignonne!! mets la {day}",
    "X: tu fais quoi\nY: je viens de rentrer. je fais {food}\nX: jalouse. moi c'est céréales",
    "X: tu regardes {show}\nY: oui! le dernier épisode!!\nX: je sais!! j'ai hurlé",
    "Y: toujours ok pour {day} ?\nX: oui stp. faut que je sorte de cet appart\n"
    "Y: {place} à {time} ?\nX: parfait",
    "X: {weather} encore\nY: pff. temps à rester chez soi\n"
    "X: temps à rester chez soi pour toujours",
    "Y: bonjour! bien dormi ?\nX: mal mais chui vivante",
    "X: merci pour ce soir\nY: quand tu veux. je me suis bien amusée\n"
    "X: moi aussi. j'en avais besoin",
    "X: <media>\nX: ma chatte me juge\nY: elle a raison en vrai\nX: {LAUGH}",
    "Y: t'es bien rentrée ?\nX: oui! merci de m'avoir accompagnée au bus",
    "X: ça te dit {place} {day} ?\nY: oui!! {time} ?\nX: top",
]

DUMP_THANKS = [
    "X: désolée je me plains tout le temps\nY: mais non. chui là\n"
    "X: t'es la seule personne à qui je peux parler",
    "X: merci de m'avoir écoutée hier soir\nY: évidemment. ça va aujourd'hui ?\n"
    "X: toujours nul mais un peu mieux",
    "X: je sais pas comment tu me supportes\nY: dis pas de bêtises\n"
    "Y: c'est à ça que servent les amies",
]

# --- waning interest (Ollie & Jess)

WANE_MIN = [
    "X: coucou\nY: salut",
    "X: ça va ?\nY: ok. speed",
    "X: t'es dispo ce weekend ?\nY: sais pas encore\nY: je te dis",
    "X: <media>\nY: mdr",
    "X: vu ça et j'ai pensé à toi\nX: <media>\nY: ha",
    "X: ta semaine ça a été\nY: ça va merci",
    "X: t'as regardé {show}\nY: pas encore",
    "X: ça te dit {place} {day} ?\nY: peux pas cette semaine désolé{Y:/e}",
    "X: tout va bien ?\nY: ouais",
    "X: j'espère que le taf ça va\nY: 👍",
    "X: ça fait un moment que j'ai pas de nouvelles\nY: désolé{Y:/e}, speed",
    "X: {weather} ici\nY: pareil",
    "X: {friend} ça va ?\nY: ça va je crois",
    "X: ça va toi ?\nY: ouais juste fatigué{Y:/e}",
    "X: t'as eu mon message pour {day}\nY: ah pardon ouais\nY: peut-être",
    "X: j'ai fini {show}\nY: cool",
    "X: les places pour {band} sont en vente au fait\nY: ah cool\nY: pas sûr{Y:/e} de pouvoir",
    "X: alors ce truc ça s'est passé comment\nY: bien",
    "X: nos discussions me manquent\nY: ouais désolé{Y:/e}, juste speed",
    "X: tu fais quoi ?\nY: pas grand chose",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
]

WANE_MID = [
    "X: ta journée ça a été\nY: longue. et toi ?\nX: ouais pareil, un peu relou\n"
    "Y: bon. bientôt vendredi",
    "X: t'es allé{Y:/e} à {place} finalement ?\nY: ouais {day}, c'était sympa\n"
    "X: cool, t'as pris quoi ?\nY: {food}. c'était bien",
    "X: tu cours toujours ?\nY: plus ou moins. une fois par semaine peut-être\n"
    "X: c'est déjà bien\n"
    "Y: j'imagine",
    "X: <media>\nX: tu te rappelles ?\nY: haha ouais\nY: ça paraît loin",
    "X: tu fais quoi ce weekend\nY: je vois {friend} sûrement. et toi ?\n"
    "X: pas grand chose. j'irai peut-être à {town}\nY: cool",
    "X: enfin vu {film}\nY: c'était bien ?\nX: ouais trop bien, la fin m'a eu{X:/e}\n"
    "Y: cool, je le regarderai un de ces jours",
    "X: le taf c'était chargé cette semaine\nY: ah ouais ? pareil\n"
    "X: {colleague} est absente donc je la remplace\n"
    "Y: ça a l'air relou",
    "X: on se voit bientôt ?\nY: ouais ce serait bien\n"
    "Y: sais pas trop quand par contre, c'est la folie\n"
    "X: pas de souci, quand tu veux",
]

# --- critical / defensive (Ryan & Zoe)

CRIT = [
    "X: t'as encore laissé la cuisine en vrac\nY: j'allais le faire après\n"
    "X: tu dis toujours ça\nY: bah toi tu sors jamais les poubelles donc\n"
    "X: c'est pas la question\n"
    "Y: bref 🙄",
    "X: pourquoi tu m'as pas répondu\nX: je t'ai envoyé 4 messages\nY: j'étais au taf??\n"
    "X: t'as toujours une excuse\nY: c'est pas ma faute si j'ai un boulot\nX: wow ok",
    "X: t'avais dit que tu réservais la table\nY: j'ai oublié ok\nX: encore ?\n"
    "X: tu vas jamais au bout de rien\nY: bah t'avais qu'à réserver toi même\n"
    "X: c'est pas la question",
    "X: qu'est ce que t'as aujourd'hui\nY: j'ai rien\nY: c'est TOI qu'est ce que t'as\n"
    "X: j'ai juste posé une question\nY: sur ce ton\n"
    "X: y'a pas de ton. t'es ridicule",
    "X: t'as oublié l'anniv de ma mère\nY: c'est pas ma faute si personne me l'a rappelé\n"
    "X: c'est MA mère et chui pas ta secrétaire\n"
    "X: tu te rappelles jamais de rien qui compte pour moi\n"
    "Y: c'est tellement injuste\nY: bah toi t'as oublié mon truc du taf le mois dernier",
    "X: pourquoi faut toujours que tu fasses une blague quand chui sérieu{X:x/se}\n"
    "Y: j'essayais de détendre l'atmosphère\nX: c'est méprisant\n"
    "Y: bah toi t'en fais toujours des tonnes pour tout\nX: et c'est reparti",
    "X: t'as été sur ton tel tout le dîner\nY: je vérifiais un truc\n"
    "X: pendant une heure\nY: bah toi t'as parlé à {friend} toute la soirée de toute façon\n"
    "X: incroyable",
    "X: je t'avais demandé de récupérer le colis\nY: j'avais pas le temps\n"
    "X: t'as eu le temps d'aller à la salle\nY: c'est pas ma faute si la poste ferme à 17h\n"
    "X: tu passes toujours en premier",
    "X: tu m'as mis{X:/e} la honte devant {friend}\nY: comment ??\n"
    "X: la remarque sur mon taf\n"
    "Y: c'était une blague. t'es tellement susceptible\n"
    "X: tu prends jamais rien de ce que je dis au sérieux",
    "X: t'avais dit que tu rentrais pour 20h\nY: j'ai été retenu{Y:/e}\n"
    "X: t'avais dit que tu m'écrirais si t'étais en retard\n"
    "Y: mon tel était mort, c'est pas ma faute\n"
    "X: il meurt toujours quand ça t'arrange",
    "X: mais qu'est ce qui va pas chez toi\nX: t'es juste parti{Y:/e}\n"
    "Y: parce que tu criais\n"
    "X: je criais pas\nY: bah tu prenais la voix\nX: y'a pas de voix",
    "X: tu fais toujours ça\nY: quoi\nX: tu te tais et après tu fais comme si de rien n'était\n"
    "Y: bah toi tu lâches jamais rien\nX: parce que rien est jamais réglé",
    "X: tu me demandes jamais comment s'est passée ma journée\n"
    "Y: je t'ai littéralement demandé hier\nX: une fois\n"
    "Y: bah toi non plus tu me demandes pas\nX: ok",
    "X: tu m'as même pas dit bravo\nX: pour l'entretien\nY: si ??\n"
    "X: t'as dit 'cool'. c'est tout\nY: tu veux que je dise quoi, un discours ?\n"
    "X: laisse tomber",
    "X: tu peux arrêter de laisser tes affaires partout dans l'escalier\n"
    "Y: tu peux arrêter de râler un jour\n"
    "X: j'aurais pas besoin si tu le faisais\n"
    "Y: c'est pas ma faute si t'es aussi rigide là-dessus",
    "X: t'avais promis qu'on irait à {town} ce weekend\nY: j'avais dit peut-être\n"
    "X: t'avais dit oui\n"
    "Y: bah y'a eu un imprévu\nX: y'a toujours un imprévu",
    "X: t'es tellement égoïste des fois\nY: wow\n"
    "Y: dit la personne qui a passé tout le weekend chez {friend}\n"
    "X: c'était prévu depuis des semaines\nY: bref",
    "X: pourquoi t'es aussi froid{Y:/e}\nY: chui pas froid{Y:/e}\nX: si clairement\n"
    "Y: bah peut-être si tu me tombais pas dessus dès que je rentre\n"
    "X: je t'ai pas tombé dessus",
    "X: t'as mon {thing} depuis une semaine\nY: je vais te le rendre\n"
    "X: tu dis toujours ça\n"
    "Y: c'est pas grave\nX: pour moi si",
    "X: t'as encore annulé\nY: chui crevé{Y:/e}, j'y peux rien\nX: t'avais dit que tu viendrais\n"
    "Y: c'est pas ma faute si le taf c'est la folie\nX: c'est toujours le taf",
    "X: tu m'écoutes jamais\nY: je t'écoute là\nX: clairement pas\n"
    "Y: bah tu veux quoi de moi\nX: rien. laisse tomber",
    "X: tu m'as pas du tout défendu{X:/e} hier soir\n"
    "Y: c'était ta sœur, j'étais censé{Y:/e} dire quoi\n"
    "X: n'importe quoi!!\nY: bah t'aurais pu te défendre toi même\nX: wow. merci",
]

CRIT_REASSURE = [
    "X: t'es fâché{Y:/e} contre moi ?\nY: non\nX: t'as l'air fâché{Y:/e}\n"
    "Y: chui pas fâché{Y:/e}. chui fatigué{Y:/e}\nX: ok",
    "X: ça va entre nous ?\nY: ouais pourquoi\nX: t'as rien dit de la journée\n"
    "Y: chui juste occupé{Y:/e}\nX: ok pardon",
    "X: j'ai fait un truc de mal ?\nY: non\nX: tu me le dirais si c'était le cas ?\nY: oui\n"
    "X: pardon, je m'inquiète vite",
    "X: t'es encore énervé{Y:/e} pour tout à l'heure\nY: un peu\nX: pardon\n"
    "X: je déteste quand on est comme ça\nY: moi aussi",
    "X: tu vas pas me quitter hein\nY: quoi ? non\nY: pourquoi tu dis ça\n"
    "X: je sais pas. laisse tomber mdr",
    "X: sois honnête, tu trouves que j'en fais trop\nY: des fois\nX: ah\nX: ok\n"
    "Y: je voulais pas dire ça comme ça\nX: c'est rien",
    "X: pardon pour hier soir\nY: ok\nX: t'es encore contrarié{Y:/e} ?\nY: ça va passer",
    "X: désolé{X:/e} si j'étais relou tout à l'heure\nY: tu l'étais pas\n"
    "X: t'es sûr{Y:/e} ? t'as plus rien dit\n"
    "Y: chui sûr{Y:/e}",
]

CRIT_LIGHT = [
    "X: tu veux quoi ce soir\nY: m'en fiche. {food} ?\nX: ok",
    "X: chui à {shop}, besoin de quelque chose\nY: du lait\nX: ok",
    "X: t'es rentré{Y:/e} ?\nY: 10 min",
    "X: {day} chez ta mère toujours ?\nY: ouais elle a dit {time}\nX: ok",
    "X: <media>\nY: mdr\nY: c'est où",
    "X: t'as payé la taxe d'habitation\nY: oui\nX: ok bien",
    "X: tu regardes {show} ?\nY: tout à l'heure\nX: ok commence pas sans moi",
    "X: le truc de {friend} c'est à quelle heure\nY: {time}\nX: ok",
    "X: tu peux prendre du pain\nY: ouais",
    "X: en retard\nY: ok",
    "X: <media>\nX: le nouveau chiot de {friend}\nY: mignon",
    "X: j'ai laissé les clés de la voiture sur le meuble\nY: 👍",
]

CRIT_REPAIR = [
    "X: pardon pour tout à l'heure. je le pensais pas\nY: je sais. moi non plus\n"
    "X: trêve ?\nY: trêve",
    "X: t'as raison pour les poubelles. je m'en occupe\nY: merci",
    "X: pardon de m'être énervé{X:/e}\nY: c'est rien. j'étais pénible aussi",
]

CRISIS = [
    "X: Ben je sais pas quoi faire\nX: mon père a fait un malaise au taf\n+ on est à l'hôpital\n"
    "+ Saint-Antoine, aux urgences\nY: oh mon dieu. chui tellement désolé\n"
    "Y: il va bien ? et toi ça va ?\n"
    "X: ils pensent que c'est le cœur. j'ai tellement peur\n"
    "Y: chui là. tu veux que je vienne ?\n"
    "X: tu peux ? je veux pas rester toute seule\nY: je pars maintenant",
    "X: ils le gardent\nX: j'ai tellement peur de le perdre\nY: {VALIDATE}\n"
    "Y: les médecins disent quoi ?\nX: il doit être opéré. peut-être cette semaine\n"
    "Y: ok. une chose à la fois. {SUPPORT}",
    "X: j'ai pas dormi\nX: j'entends les machines dès que je ferme les yeux\n"
    "Y: ça a l'air horrible\nY: t'as mangé quelque chose aujourd'hui ?\nX: pas vraiment\n"
    "Y: je t'apporte à manger à 18h. pas de discussion",
    "X: l'opération c'est demain à 8h\nX: j'ai la nausée\n"
    "Y: évidemment. c'est tellement lourd à porter\n"
    "Y: je garde mon tel allumé toute la journée. écris moi n'importe quoi, même juste un point\n"
    "X: merci. sincèrement\n~~~\nY: je pense à toi ce matin. des nouvelles ?\n"
    "X: il est sorti du bloc. ça s'est bien passé\nX: j'ai sangloté dans le couloir\n"
    "Y: oh merci mon dieu. chui tellement soulagé pour toi\nY: tu te sens comment ?\n"
    "X: vidée. mais il va bien",
    "X: j'ai dû dire à ma manager que je pouvais pas venir\n"
    "X: je culpabilise tellement, on a la deadline\n"
    "Y: t'as aucune raison de culpabiliser\n"
    "Y: ton père est à l'hôpital. le taf survivra\n"
    "X: je sais. j'ai juste l'impression de laisser tout le monde tomber\n"
    "Y: c'est pas le cas. {SUPPORT}",
    "X: ma mère tient pas le coup\nX: j'essaie de tenir pour elle mais je m'effondre\n"
    "Y: {VALIDATE}\nY: et toi qui te tient ?\nX: toi. franchement\n"
    "Y: alors laisse moi faire. je peux te décharger de quoi cette semaine ?",
    "X: j'ai mal parlé à l'infirmière aujourd'hui et je m'en veux trop\n"
    "Y: t'es épuisée et terrifiée. c'est humain\nY: tu t'es excusée ?\n"
    "X: ouais. elle a été super gentille\nY: tu vois. sois gentille avec toi aussi",
    "X: désolée d'avoir été autant centrée sur moi ces temps-ci\n"
    "X: et toi tu vas comment en vrai ? ça a donné quoi le truc avec ton boss ?\n"
    "Y: t'excuse pas!! ça va franchement\n"
    "Y: ça s'est bien passé, il me laisse changer d'équipe\n"
    "X: c'est trop bien. chui contente\nX: tu le mérites",
    "X: il est rentré\nX: mais il est tellement fragile. ça fait peur de le voir comme ça\n"
    "Y: j'imagine. {VALIDATE}\nY: et lui il le vit comment ?\n"
    "X: grognon, ce qui est bon signe d'après l'infirmière mdr\nY: 😂 c'est bien ton père",
    "X: j'ai pleuré à {shop} aujourd'hui\nX: au rayon biscuits. ses préférés\n"
    "Y: oh ma belle\n"
    "Y: le chagrin et la peur sortent à des endroits bizarres\n"
    "X: il est même pas parti, c'est ça qui est trop bête\n"
    "Y: c'est pas bête. t'as failli le perdre. {SUPPORT}",
    "X: j'ai l'impression de me noyer\nX: l'hôpital, maman, le taf, tout\nY: {VALIDATE}\n"
    "Y: c'est quoi le truc dont t'as le plus besoin cette semaine ?\n"
    "X: dormir. et quelqu'un pour s'occuper du chien\n"
    "Y: je peux prendre le chien. mercredi et jeudi ?\nX: tu me sauves la vie",
    "X: j'arrête pas de penser et si j'avais pas décroché\nX: j'allais ignorer l'appel\n"
    "Y: mais t'as décroché. et t'y es allée\nY: c'est normal d'être secouée\n"
    "X: chui tellement angoissée tout le temps maintenant\n"
    "Y: {SUPPORT}. et peut-être en parler à quelqu'un quand ça se sera calmé ?",
    "X: ta semaine ça a été ? j'ai l'impression de pas t'avoir demandé depuis une éternité\n"
    "Y: t'avais bcp de choses à gérer!\n"
    "Y: la mienne ça va, un peu crevé. {friend} vient {day}\n"
    "X: oh cool!! dis lui bonjour de ma part\n"
    "X: et merci pour tout. sincèrement",
    "X: rdv de rééducation aujourd'hui\nX: il a marché jusqu'au bout du couloir\n"
    "Y: c'est génial!!\n"
    "Y: il avait l'air comment ?\nX: fier de lui mdr. et moi chui tellement soulagée\n"
    "Y: chui trop content pour vous deux",
    "X: mauvaise nuit. il a encore eu des douleurs à la poitrine\n"
    "X: fausse alerte mais je tremble\n"
    "Y: oh non. {VALIDATE}\nY: t'es où là ?\nX: à la maison. il dort\n"
    "Y: tu veux parler ou tu veux que je t'envoie des vidéos débiles\nX: les deux mdr",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amara, Y = Ben)
    "Y: <media>\nY: un chien avec un tout petit ciré, pour le moral\n"
    "X: ok ça m'a aidée un peu 😂",
    "Y: je t'ai laissé de la soupe devant la porte\nX: t'es un saint\nX: merci",
    "Y: pas besoin de répondre, je pense juste à toi bisous\nX: ❤️",
    "Y: Pepper le vit comment tous ces allers-retours ?\n"
    "X: perdue mais contente. elle adore les balades en plus avec toi mdr",
    "X: les visites c'est de 14h à 20h donc en gros je vis là-bas\n"
    "Y: tu veux que je t'apporte un chargeur et des snacks ?\n"
    "X: oui stp. le distributeur est une tragédie",
    "Y: <media>\nY: passé devant le jardin ouvrier de ton père, les haricots sont en folie\n"
    "X: oh. il va adorer, je lui montrerai",
    "X: il a demandé des mots croisés aujourd'hui\nY: c'est bon signe!!\n"
    "X: je sais. les petites choses",
    "Y: t'as besoin de quelque chose en courses ?\nX: du lait et les biscuits à l'avoine\n"
    "Y: je m'en occupe",
    "Y: je t'envoie une vidéo débile pour te faire rire\nY: <media:video>\n"
    "X: je déteste que ça ait marché 😂",
    "X: maman te dit merci pour les fleurs\nY: c'était rien\nX: c'était pas rien",
    "Y: c'est comment le parking à l'hôpital, je t'emmène demain ?\n"
    "X: horrible. oui stp\nY: je passe te prendre à 13h",
    "X: les infirmières de son service sont des anges\n"
    "Y: oh. chui content qu'il soit entre de bonnes mains",
]

CRISIS_RECOVER = [
    "X: je voulais juste te dire merci\n"
    "X: pour ces dernières semaines. les repas, le chien, les messages à 2h du mat\n+ \n"
    "+ j'aurais pas pu sans toi\nY: tu ferais pareil pour moi\n"
    "X: oui. j'espère que tu le sais",
    "X: première journée normale depuis une éternité\n"
    "X: je suis allée courir et j'ai pas pensé une seule fois à l'hôpital\n"
    "Y: ça fait tellement plaisir à entendre\nY: tu te sens comment dans l'ensemble ?\n"
    "X: plus légère. encore fragile mais plus légère",
    "X: papa est retourné au jardin mdr\nY: évidemment\nY: et ta mère elle va comment ?\n"
    "X: tellement mieux. elle dort à nouveau\nY: chui vraiment content",
]

CRISIS_BEN = [
    # later: Ben struggles, Amara supports him back (Ben is X here)
    "X: je peux te parler d'un truc\nY: bien sûr. qu'est ce qui se passe ?\n"
    "X: y'a des licenciements qui arrivent au taf et chui sur la liste\n"
    "X: franchement j'ai peur\n"
    "Y: oh non. {VALIDATE}\nY: tu sauras quand ?\nX: fin du mois\n"
    "Y: {SUPPORT}. tu m'as portée pendant des semaines, laisse moi te rendre la pareille",
    "X: pas beaucoup dormi. le truc du taf\nY: chui désolée. cette attente c'est horrible\n"
    "Y: qu'est ce qui te passe par la tête ?\n"
    "X: juste l'argent. l'appart. et si je trouve rien\n"
    "Y: ça fait bcp. mais t'es tellement bon dans ce que tu fais\n"
    "Y: tu veux qu'on regarde ton CV ensemble ?\n"
    "X: ouais. ça m'aiderait vraiment",
    "X: je me sens un peu nul en vrai\nY: hey. non\n"
    "Y: être sur une liste ça parle pas de toi, ça parle de budget\n"
    "Y: tu te sens comment aujourd'hui ?\n"
    "X: un peu mieux de l'avoir dit\n~~~\nY: des nouvelles pour les licenciements ?\n"
    "X: ils me gardent!!\n"
    "Y: {HYPE}\nY: tu te sens comment ?\nX: soulagé au-delà des mots",
    "X: chui vraiment stressé pour mon frère\n"
    "X: il revient vivre chez moi et chui pas sûr de tenir\n"
    "Y: ça fait bcp en plus de tout le reste\nY: qu'est ce qui t'inquiète le plus ?\n"
    "X: qu'on se dispute comme avant\n"
    "Y: ça se comprend. peut-être poser des règles dès le début ?\n"
    "X: ouais. merci de m'écouter",
    "X: je me sens un peu down cette semaine\nX: rien de précis\n"
    "Y: chui désolée. down comment ?\n"
    "X: à plat. fatigué. comme si plus rien était drôle\n"
    "Y: {VALIDATE}. tu veux sortir de chez toi {day} ? balade et {drink} ?\nX: oui stp",
    "X: entretien demain pour le poste de secours\nX: chui stressé\n"
    "Y: tu vas être génial\n"
    "Y: c'est quoi qui t'inquiète ?\n"
    "X: les questions de salaire. je me sous-vends toujours\n"
    "Y: on s'entraîne. tu vas dire quel chiffre ?\n~~~\nY: alors l'entretien??\n"
    "X: trop bien! j'ai dit le chiffre et ils ont pas cillé\nY: fière de toi!!",
]


# --- group: old uni friends (balanced)

GROUP = [
    "A: qui est dispo {day} ?\nB: moi!\nC: ça dépend l'heure\nA: je pensais {place} vers {time}\n"
    "D: chui chaud\nC: ok ouais allez",
    "A: <media>\nA: regardez ce que j'ai trouvé au grenier\nB: PAS la photo de l'inté\n"
    "D: supprime ça tout de suite\nC: {LAUGH}\nC: les cheveux de {B} 😭",
    "A: joyeux anniversaire {B}!! 🎂\nC: joyeux anniv!!!\nD: joyeux anniiiv 🥳\n"
    "B: merci à tous ❤️ je me sens vieu{B:x/ille}",
    "A: quelqu'un a vu la nouvelle de {friend}\nB: le bébé??\nA: oui!!\nC: attends quoi\n"
    "D: j'ai vu! trop mignon\nC: comment j'ai pu rater ça",
    "A: résultats du quiz : on est 4e\nB: volés\nD: la manche musique était truquée\n"
    "C: il nous faut quelqu'un qui connaît le sport\n"
    "A: il nous faut quelqu'un qui connaît quoi que ce soit",
    "A: quelqu'un aurait un {thing} à me prêter {day}\nC: moi j'ai\nA: t'es un boss\n"
    "D: le groupe assure",
    "A: alors {film}. vos avis\nB: adoré\nC: trop long\nD: pas vu, spoilez pas\n"
    "A: ok mais la fin 😳\nD: J'AI DIT QUOI À L'INSTANT",
    "A: <media>\nA: ma tentative : {food}\nB: franchement ça a l'air top\n"
    "C: c'est censé être de cette couleur\nA: oui {C}\nD: {LAUGH}",
    "A: ok vraie question, un hot-dog c'est un sandwich\nB: non\nC: oui\n"
    "D: je mets ce groupe en sourdine",
    "A: j'ai une place en trop pour {band} {day} si quelqu'un veut\nD: omg moi\n"
    "B: mince je suis pas là\nD: combien\nA: gratuit si tu paies les verres\nD: deal",
    "A: votre semaine ça va\nB: longue\nC: ça va, {weather} ici\n"
    "D: 3e jour de rhume donc bon\nA: oh non, soigne toi bien\nD: merci 🤧",
    "A: on peut enfin réserver le weekend svp\nB: oui. {town} ?\n"
    "C: je peux le premier weekend de {month}\nD: pareil\n"
    "A: je regarde les gîtes ce soir",
    "A: <media>\nA: gîte option 1\nA: <media>\nA: option 2\nB: le 2 a un jacuzzi\nC: 2\n"
    "D: 2 évidemment",
    "A: chui à {place} et ils passent notre chanson\nC: laquelle\n"
    "A: tu sais laquelle\nB: 🎶\nD: filme!!",
    "A: rappel c'est le pot de départ de {friend} {day}\nB: à quelle heure\n"
    "A: à partir de {time}, {place}\nD: j'arriverai en retard mais je viens",
    "A: quelqu'un d'autre a une semaine bizarre ou c'est que moi\nC: bizarre comment\n"
    "A: je me sens juste un peu à plat. des trucs de taf\n"
    "B: oh mon cœur, on va boire {drink} cette semaine ?\n"
    "A: oui stp\nD: chui dispo jeudi aussi si tu veux de la compagnie",
    "A: news : je l'ai eu!!\nB: OUIIII\nC: je savais\nD: félicitations!! 🎉\n"
    "A: merci les gars, franchement j'étais trop stressé{A:/e}",
    "A: qui a le mot de passe Netflix\nC: il a encore changé\nB: je l'envoie\n"
    "D: personne le dit à mon frère",
    "A: brunch {day} ?\nB: oui\nC: peux pas, désolé{C:/e}, mes parents viennent\n"
    "D: oui! {place} ?\nA: réservé pour 4, {C} viens après si tu peux",
    "A: <media>\nB: c'est un PIGEON dans ta cuisine\n"
    "A: il est entré par la fenêtre et veut pas partir\nC: donne lui un nom\nD: Gérard",
    "A: important : il me faut des idées de cadeau d'anniv pour ma mère\nB: une bougie\n"
    "C: une belle bougie\nD: une très belle bougie\nA: merci les gars vous m'aidez trop",
    "A: j'arrive pas à croire que ça fait 10 ans qu'on se connaît\n"
    "B: arrête. je me sens préhistorique\n"
    "C: on était des bébés\nD: je te dois toujours 10 balles de l'inté\n"
    "A: je sais. j'ai pas oublié",
    "A: désolé{A:/e} pour le silence, le déménagement c'était bcp\n"
    "B: t'excuse pas! ça se passe comment ?\n"
    "A: des cartons partout. mais j'aime bien le nouvel appart\n"
    "C: envoie des photos quand c'est fini!\n"
    "D: besoin d'aide {day} ?\nA: ce serait génial en vrai",
    "A: quelqu'un regarde {show}\nC: obsédé{C:/e}\nB: commencé hier soir\n"
    "A: pas de spoil sur l'ép 5 chui en retard\n"
    "D: je regarde pas et je me sens exclu{D:/e}",
    "A: en retard, gardez moi une place\nB: ok\nC: tu bois quoi\nA: {drink} stp bisous",
    "A: merci pour hier soir tout le monde, c'était trop bien\nB: pareil!! j'ai mal au crâne\n"
    "C: qui a pris mon parapluie\nD: oups\nD: je le ramène {day}",
]

GROUP_SYSTEM_NAMES = ("Anaïs", "Yanis 🎸", "+33 6 12 34 56 78", "Élodie")

# --- group dominated (five-a-side; Marcus dominates)

GDOM_MONO = [
    "M: bon les gars, tactique pour {day}\nM: j'y ai réfléchi toute la semaine\n+ \n"
    "+ long message en approche\nM: on est trop resserrés, c'est pour ça qu'on en a pris 6 la "
    "semaine dernière\n"
    "M: si Jules reste large et Aïcha joue plus bas on peut vraiment tenir notre bloc\n"
    "M: et personne, je dis bien personne, monte en même temps que moi\n"
    "M: je vais faire un schéma\nA: ok\nB: 👍",
    "M: <media>\nM: tableau tactique pour {day}\n"
    "M: les flèches c'est les courses, les pointillés les passes\n"
    "M: la croix rouge c'est là où on se fait toujours prendre\nM: apprenez le\nC: mdr\n"
    "A: ça fait bcp de flèches",
    "M: petit débrief d'hier soir\nM: en première mi-temps on dormait\n"
    "M: deuxième mi-temps bcp mieux, le pressing marchait vraiment\n"
    "M: mais faut qu'on se parle plus, j'étais le seul à crier\n"
    "M: et Flora le dernier but c'était en partie pour toi, sans vouloir te vexer\nC: ok\n"
    "A: on a gagné quand même",
    "M: quelqu'un a vu le classement de Ligue 1\n"
    "M: franchement si on gagne pas dimanche c'est fini\n"
    "M: le coach doit changer, le milieu est beaucoup trop lent\n"
    "M: je le dis depuis août\nB: ouais",
    "M: ok moment admin\nM: le terrain est réservé {day} {time}\n"
    "M: {num} balles chacun, envoyez moi ça avant jeudi\n"
    "M: je relance personne cette fois\n"
    "M: la dernière fois j'ai avancé l'argent pendant 3 semaines\nA: envoyé\nC: 👍",
    "M: aussi, nouvelle règle\nM: si t'es en retard t'es dans les cages\nM: pas d'exception\n"
    "M: moi compris. évidemment je serai pas en retard\nB: mdr",
    "M: quelqu'un a vu la vidéo que j'ai postée\nM: celle du coup franc\n"
    "M: je bosse exactement cette technique depuis des semaines\n"
    "M: tout est dans le pied d'appui\n"
    "M: je vous montre {day}\nA: cool",
    "M: je me disais qu'on devrait s'inscrire au championnat d'hiver\nM: j'ai regardé\n"
    "M: 10 matchs, le mardi soir, {num}0 balles par équipe\n"
    "M: si on gagne y'a un trophée et une ardoise au bar\n"
    "M: je pense qu'on serait top 3 facile si les gens viennent vraiment\n"
    "C: ça a l'air sympa\nB: peut-être",
    "M: notes des joueurs de ce soir parce que je m'ennuie\n"
    "M: moi 8, Jules 6, Aïcha 7, Flora 6, le reste des randoms 5\n"
    "M: soyons honnêtes je portais un peu l'équipe\nA: mdr ok\nC: dur",
    "M: quelqu'un connaît un bon kiné\nM: mon ischio est encore tendu\n"
    "M: je m'étire deux fois par jour mais ça suffit pas\n"
    "M: sûrement le volume de course, je suis à 40 km par semaine\nB: non désolé",
    "M: bon j'ai regardé plein de conf de presse de Pep\n"
    "M: et franchement le truc sur le jeu de position\n"
    "M: on pourrait carrément faire une version de ça\n"
    "M: tout est une question de triangles\nM: je ramène des plots {day}\nA: des plots 😂",
    "M: rappel que chui capitaine et c'est moi qui choisis les chasubles\n"
    "M: c'est pas une démocratie les gars\n"
    "M: enfin si mais j'ai plus de voix\nC: {LAUGH}",
    "M: <media>\nM: nouvelles chaussures\n"
    "M: les mêmes que les pros, commandées en Allemagne\n"
    "M: ma première touche va être d'élite\nB: cool",
    "M: dimanche c'était une honte en vrai\nM: on menait 3-0 et on a tout lâché\n"
    "M: pas de bloc, pas de communication, tout le monde regardait le ballon\n"
    "M: chui pas en colère chui juste déçu\n"
    "A: un peu en colère",
    "M: petit détail mais vous pouvez arrêter de faire des passes en retrait au gardien\n"
    "M: c'est du foot à 5, le gardien sait pas dégager\n"
    "M: sauf si c'est moi dans les cages évidemment\nC: ok",
]

GDOM_OTHERS = [
    "A: quelqu'un fait un truc {day} ?\nM: entraînement évidemment\n"
    "M: et je vais courir après\n"
    "B: chui libre\nC: pareil",
    "C: <media>\nC: mon chien au parc\nM: mignon\n"
    "M: ça me fait penser, faut que je réserve le synthé pour le mois prochain\n"
    "A: trop mignon!!",
    "B: peux pas venir cette semaine désolé, truc de taf\n"
    "M: ça fait deux semaines d'affilée\n"
    "M: on va encore être à un de moins\nB: désolé\nA: pas de souci",
    "A: joyeux anniv {C}!!\nB: joyeux anniversaire 🎉\nM: joyeux anniversaire\n"
    "M: tu dois une tournée à tout le monde maintenant, c'est la règle\nC: merci les gars",
    "C: quelqu'un regarde le match ce soir\nA: oui!\nM: évidemment\n"
    "M: et j'ai un prono, 2-1, et c'est le remplaçant de la deuxième mi-temps qui le fait gagner\n"
    "B: audacieux",
    "B: {place} après {day} ?\nA: oui\nC: chui dedans\n"
    "M: je viens pour un verre. shaker de protéines d'abord",
    "A: je ramène le ballon cette semaine\nM: le bon, pas le dégonflé\nA: oui Marc",
]

# --- too short (Gemma & Raj, first days)

SHORT = [
    "X: coucou c'est Gaëlle de la salle d'escalade!\n"
    "Y: hey!! content{Y:/e} d'avoir de tes nouvelles\n"
    "X: c'était sympa mardi\nY: trop! j'ai encore les bras morts mdr",
    "X: tu y vas {day} ?\nY: je pense, vers {time}\nX: cool à toute",
    "X: <media>\nX: la preuve que j'ai fini la voie orange\nY: ouiii bien joué!!\n"
    "Y: je t'avais dit que tu y arriverais",
    "Y: t'es bien rentrée ?\nX: oui merci! la pluie c'était horrible\n"
    "Y: ha ouais je me suis fait tremper",
    "X: tu grimpes avec quels chaussons ? les miens me tuent\n"
    "Y: j'ai ceux pas chers de chez décathlon\n"
    "Y: ils se détendent au bout de quelques semaines\nX: ok bon à savoir",
    "Y: ta semaine ça a été ?\nX: chargée! le taf est un peu intense\nX: et toi ?\n"
    "Y: pas mal, hâte d'être au weekend",
    "X: ça te dit un café avant de grimper {day} ?\nY: ouais avec plaisir!\n"
    "X: le café à l'entrée ?\nY: parfait",
    "Y: <media>\nY: voilà à quoi ressemblent mes avant-bras maintenant\nX: 😂 pareil franchement",
    "X: merci pour les conseils aujourd'hui\nY: quand tu veux! tu progresses super vite\n"
    "X: oh merci",
]

LIGHT_UK += [
    "X: le mec de l'appart du dessus apprend la trompette\nY: nooon\nX: il connaît 3 notes\n"
    "+ et il les joue à 7h du mat\nY: {LAUGH}",
    "X: j'ai remis les guirlandes de noël\nY: on est en {month_now}\n"
    "X: elles me rendent heureu{X:x/se} ok",
    "X: tu crois que je peux mettre des baskets au mariage\nY: ça dépend des baskets\n"
    "X: <media>\nY: ...non",
    "X: news : le renard est revenu et il a ramené un pote\nY: un gang de renards\n"
    "X: je suis en infériorité numérique",
    "X: c'est quoi le nom de l'acteur, celui du truc avec le phare\n"
    "Y: va falloir m'en dire plus\nX: barbe. il crie\nY: celui du film de vampires ?\n"
    "X: OUI. merci. ça me rendait fou{X:/lle}",
    "X: j'ai fait répondre à tous à tout le service sans faire exprès\n"
    "Y: oh non ça disait quoi\nX: 'mdr ok'\n"
    "Y: {LAUGH}\nY: franchement ça aurait pu être pire",
    "X: on m'a renvoyé{X:/e} chez moi avec un rhume\nY: oh nooon. soupe et {show} ?\n"
    "X: déjà en cours 🤧",
    "X: c'est chelou de manger des céréales le soir\nY: c'est un classique\n"
    "X: merci de valider mes choix de vie",
    "X: le chien de {friend} a mangé un gâteau d'anniv entier\nY: NON\nY: il va bien ?\n"
    "X: lui oui. {friend} non",
    "X: les caisses automatiques me détestent\nY: article inattendu dans la zone d'emballage ?\n"
    "X: à. chaque. fois",
    "X: pensée random mais faudrait faire un pique-nique quand il fera plus chaud\n"
    "Y: oui!! {town} ?\n"
    "X: ou le parc, moins galère\nY: deal, je fais les sandwichs",
    "X: je viens de m'asseoir sur mes lunettes\nY: c'est grave\nX: <media>\n"
    "Y: ah oui c'est grave",
    "X: je me suis mis{X:/e} aux mots croisés dans le train\nY: t'es qui\n"
    "X: j'ai trouvé 3 réponses. 3!",
    "X: quelqu'un a laissé une lasagne entière sur le muret dehors\nY: entière??\n"
    "X: encore chaude\n"
    "Y: t'as pas intérêt",
    "X: mon tel a corrigé 'à bientôt' en 'à bateau'\nY: marin\n"
    "X: et je l'ai envoyé à mon boss",
    "X: j'essaie de monter une armoire\nX: il reste 4 vis\n"
    "Y: c'est des vis bonus\nX: elle penche",
    "X: <media>\nX: coucher de soleil depuis le bureau, ça compense presque\nY: presque",
    "X: {friend} t'a écrit pour le weekend ?\nY: ouais, elle pense à {place} ?\n"
    "X: ça me va\n"
    "Y: je lui dis",
    "X: question. ça vaut le coup de commencer {show}\n"
    "Y: saison 1 oui, saison 2 non\nX: noté",
    "X: je viens d'expliquer à ma grand-mère ce qu'est un mème\nY: et alors\n"
    "X: elle m'en a renvoyé un. c'était une photo de chat sans texte\nY: légendaire",
    "X: la queue à la poste déborde dehors\nY: c'est toujours comme ça le {day}\n"
    "X: je vais être là jusqu'à la retraite",
    "X: c'est quoi un bon film pour un dimanche pluvieux\nY: {film}\nX: vu deux fois\n"
    "Y: jamais deux sans trois",
    "X: j'ai enfin nettoyé le four\nY: fi{Y:er/ère}\nX: j'ai trouvé une frite de 2021",
    "X: c'est grave si je pense déjà au déj\nY: il est 10h\nX: c'est pas un non",
    "X: ok il me faut une nouvelle coque, avis\nX: <media>\nX: <media>\nY: la verte\n"
    "X: je savais que tu dirais ça",
    "X: je suis tombé{X:/e} sur mon ancien prof de maths à {shop}\n"
    "Y: il t'a reconnu{X:/e}\n"
    "X: il m'a appelé{X:/e} par le prénom de ma sœur\nY: {LAUGH}",
    "X: pris{X:/e} sous la pluie sans manteau\nY: la météo disait soleil\n"
    "X: la météo a menti",
    "X: le match c'est à quelle heure {day}\nY: 15h je crois\nX: bar ?\nY: évidemment",
    "X: le chat des voisins m'a adopté{X:/e}\nY: oh non. tu le nourris c'est ça\n"
    "X: juste un peu\n+ je lui ai acheté une gamelle",
    "X: ça fait 45 minutes que je suis en attente\nY: avec qui\n"
    "X: la banque. la musique est gravée dans mon cerveau",
    "X: je viens de voir un mec promener une tortue en laisse\n"
    "Y: photo ou ça s'est pas passé\nX: <media>\n"
    "Y: incroyable",
    "X: j'pense apprendre le crochet\nY: tu vas faire une écharpe et arrêter\n"
    "X: une écharpe c'est tout ce qu'il me faut",
    "X: ton wifi bug ou c'est que le mien\nY: le mien ça va\n"
    "X: super, c'est personnel alors",
    "X: j'ai fait un rêve trop chelou sur toi cette nuit\nY: vas-y\n"
    "X: t'étais serveur{Y:/se} et tu m'apportais de la soupe en boucle\n"
    "Y: c'est pas chelou c'est un joli rêve",
    "X: j'arrive pas à arrêter d'écouter {band}\nY: le nouveau ?\n"
    "X: oui. en boucle depuis mardi",
]

ANEC_UK = [
    "je viens de me faire courser par une oie au parc",
    "le barista a écrit 'Tim' sur mon gobelet. même pas proche",
    "y'a quelqu'un dans le bus qui mange un poulet rôti entier",
    "je viens de mettre mon tel au frigo et le lait dans mon sac",
    "ma plante a une nouvelle feuille!!",
    "y'a un pigeon sur le rebord de ma fenêtre qui me fixe",
    "j'en suis déjà à 4 cafés aujourd'hui",
    "j'ai fait coucou à quelqu'un qui me faisait pas coucou",
    "je viens de trouver 10 balles dans mon manteau d'hiver",
    "l'ascenseur du taf est en panne depuis une semaine et chui au 6e",
    "je crois que je prononce mal le prénom de ma collègue depuis un an",
    "le camion de glaces joue sa musique sous la pluie",
    "j'éternue depuis ce matin, je crois que chui allergique à mon propre bureau",
    "on m'a demandé mon chemin dans ma propre rue et j'ai donné le mauvais",
    "ma mère m'a envoyé une photo de son nouveau taille-haie. aucun contexte",
    "l'alarme incendie s'est déclenchée parce que j'ai fait des toasts",
    "y'a un mec qui fait du tai-chi sur le parking",
    "j'ai mis mon pull à l'envers toute la matinée",
    "je viens de découvrir que les bons gâteaux sont cachés dans le placard des fournitures",
    "on a une nouvelle machine à café au bureau et tout le monde fait comme si c'était noël",
    "le chat a renversé mon thé sur mon ordi. ça va. je crois",
    "je viens de passer devant une boutique qui vend que des chaussettes",
    "j'ai dormi dans le train et raté mon arrêt de deux stations",
    "mon père a découvert les podcasts et maintenant il m'envoie des épisodes tous les jours",
    "une vieille dame hyper stylée m'a fait un compliment sur mon manteau",
    "un petit dans le train vient de me dire que mes cheveux étaient rigolos",
    "j'ai mangé que des tartines aujourd'hui. journée tartines",
    "nouvelle coupe, je sais pas si j'aime",
    "y'avait une question de quiz à la radio, j'ai trouvé et personne était là pour voir",
    "mon voisin a fait un potager et m'a donné une courgette grosse comme mon bras",
    "appris aujourd'hui que les flamants sont roses à cause de ce qu'ils mangent",
    "je viens de faire un exercice incendie sous une pluie battante",
    "y'avait un chien dans le train avec des petites bottes",
    "je viens de lancer une machine avec une chaussette rouge dedans. tout est rose",
    "mon manager a envoyé un mail qui dit juste 'appelle moi'. la terreur",
    "j'ai fini mon livre dans le bus et maintenant je sais plus quoi faire de ma vie",
    "vu un double arc-en-ciel en rentrant",
    "inscription à la salle. encore",
    "quelqu'un a garé une minuscule voiture en travers de deux places",
    "le chauffage s'est allumé pour la première fois et tout l'appart sent la poussière brûlée",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "nan", "quoi 😂", "classique", "génial", "c'est tellement toi", "arrête",
    "j'adore", "ha. évidemment", "oh non 😂", "pourquoi c'est si drôle", "excellent",
    "il me faut une photo", "le drama", "franchement légendaire", "pas encore",
]
FRAGMENTS["ASKMORE"] = [
    "attends il s'est passé quoi", "c'était où", "comment", "et après", "mais pourquoi",
    "raconte tout", "quelqu'un a vu", "c'est normal ça",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {franchement aucune idée|demande même pas|longue histoire|c'est ma vie en ce moment}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {bref et ta journée|bref. et toi ça va|bref c'est tout pour moi. et toi ?}\n"
    "Y: {ça va! calme à côté de ça|moins palpitant que la tienne|bien merci, speed}",
    "X: news de ma vie : {ANEC}\nY: {REACT}",
]

DEEP_UK += [
    "X: je dors pas top en ce moment\n"
    "X: je reste éveillé{X:/e} à me demander si chui dans le bon taf\n"
    "Y: oh non. ça dure depuis combien de temps ?\nX: quelques mois pour être honnête\n"
    "Y: {VALIDATE}\nY: c'est quoi dans le taf qui te pèse ?\n"
    "X: je crois que j'ai plus l'impression d'être bon{X:/ne}\n"
    "Y: si ça compte t'es une des personnes les plus compétentes que je connaisse\n"
    "X: ça me touche vraiment",
    "X: je sais que c'est bête mais ça me blesse vraiment que personne se soit souvenu de mes "
    "10 ans dans la boîte\n"
    "Y: c'est pas bête\nY: 10 ans c'est énorme\n"
    "X: ça m'a juste fait me sentir un peu invisible\n"
    "Y: {VALIDATE}\nY: je t'invite {day}. vraie fête\nX: t'es pas obligé{Y:/e}\n"
    "Y: j'ai envie",
    "X: j'suis trop angoissé{X:/e} à l'idée de revoir tout le monde aux retrouvailles\n"
    "Y: qu'est ce qui t'inquiète ?\n"
    "X: que tout le monde ait fait plein de trucs et que j'aie rien à dire\n"
    "Y: je comprends. mais les gens veulent surtout prendre des nouvelles\n"
    "Y: et t'as plein de choses à dire. t'oublies juste\nX: ha. peut-être\n"
    "Y: tu veux que je vienne avec toi ?\nX: oui stp",
    "X: je peux te dire un truc que j'ai dit à personne\nY: bien sûr\n"
    "X: j'ai commencé à voir une psy\nX: j'en ai bizarrement honte\n"
    "Y: je trouve ça génial franchement\nY: ça se passe comment ?\n"
    "X: dur. mais dur dans le bon sens. elle me pose des questions que personne m'a jamais "
    "posées\nY: elle t'a dit quoi ?\n"
    "X: surtout 'et qu'est ce que ça vous a fait ressentir' mdr. mais ça aide\n"
    "Y: chui fi{Y:er/ère} de toi d'y aller. {SUPPORT}",
    "X: gros coup de mou aujourd'hui\nX: j'ai pleuré sur le parking avant le taf\n"
    "Y: oh non. ça a l'air tellement dur\nY: qu'est ce qui l'a déclenché ?\n"
    "X: je sais même pas. tout s'est accumulé\nY: {VALIDATE}\nY: ça va mieux là ?\n"
    "X: mieux. j'en ai juste tellement marre de me sentir comme ça\nY: {SUPPORT}\n~~~\n"
    "Y: ça va aujourd'hui ? j'ai pensé à toi\n"
    "X: un peu mieux merci. j'ai dormi correctement pour une fois\n"
    "Y: ça fait vraiment plaisir à entendre",
    "X: franchement le déménagement me fait super peur\nY: quelle partie ?\n"
    "X: tout. nouvelle ville, nouveau taf, connaître personne\n"
    "Y: évidemment. ça fait bcp de changements d'un coup\n"
    "Y: qu'est ce qui rendrait les premières semaines plus faciles ?\n"
    "X: savoir que je peux t'appeler quand c'est nul\n"
    "Y: tu peux. n'importe quand, je suis sérieu{Y:x/se}",
    "X: je crois que ma mère commence à perdre la mémoire\n"
    "X: elle a oublié mon anniv et m'a raconté la même histoire 3 fois\n"
    "Y: oh ça fait peur\n"
    "Y: tu lui en as parlé ?\nX: pas encore. je sais pas comment amener le sujet\n"
    "Y: {VALIDATE}\nY: peut-être avec ton frère ?\nX: ouais. ce serait peut-être plus simple",
    "X: j'ai l'impression de m'être un peu perdu{X:/e} depuis le bébé\n"
    "X: je l'aime tellement mais je reconnais plus ma vie\nY: ça a l'air vraiment dur\n"
    "Y: et vraiment normal, si ça compte\nY: qu'est ce qui te manque le plus ?\n"
    "X: juste avoir une heure à moi\n"
    "Y: laisse la moi un aprem {day}. va faire ce que tu veux\nX: tu ferais ça ?\n"
    "Y: bien sûr",
    "X: je suis un peu jalou{X:x/se} de {friend} et je déteste ça\nY: jalou{X:x/se} comment ?\n"
    "X: elle donne l'impression que tout est facile\nY: je comprends. c'est très humain\n"
    "Y: tu sais qu'elle galère aussi hein ?\nX: je sais. ça empêche pas le sentiment\n"
    "Y: non. mais merci d'être honnête là-dessus",
    "X: c'est l'anniversaire cette semaine\nX: 5 ans\nY: je sais. j'ai pensé à toi\n"
    "Y: tu le vis comment ?\nX: lourd. ça devient pas plus facile, juste différent\n"
    "Y: {VALIDATE}\nY: tu veux de la compagnie ce jour-là ou de l'espace ?\n"
    "X: de la compagnie je crois\n"
    "Y: je passerai",
    "X: je crois que j'ai merdé au taf aujourd'hui\nX: envoyé le mauvais fichier à un client\n"
    "Y: oh non. grave ?\nX: ils ont remarqué. mon boss était pas content\n"
    "X: je me sens tellement con{X:/ne}\n"
    "Y: t'es pas con{X:/ne}, t'es humain{X:/e}\nY: t'as réparé ?\n"
    "X: ouais, envoyé le bon direct\nY: alors t'as fait ce qu'il fallait. ça va passer",
    "X: chui tellement submergé{X:/e} par l'orga du mariage\nY: oh non. c'est quoi le pire ?\n"
    "X: tout le monde a un avis et j'ai l'impression de décevoir tout le monde\n"
    "Y: {VALIDATE}\n"
    "Y: c'est ton jour à toi quand même, pas le leur\n"
    "X: je sais. je déteste juste décevoir les gens\n"
    "Y: tu veux qu'on passe la liste ensemble {day} ?",
    "X: j'ai pas été pris{X:/e} dans l'équipe\nX: encore\nY: oh non, chui désolé{Y:/e}\n"
    "Y: tu te sens comment ?\n"
    "X: franchement un peu anéanti{X:/e}. je me suis tellement entraîné{X:/e}\n"
    "Y: {VALIDATE}. tous ces efforts sont pas perdus\nX: j'ai pas l'impression là\n"
    "Y: je sais. {SUPPORT}",
    "X: grosse engueulade avec ma sœur\nY: oh non, à propos de quoi ?\n"
    "X: de papa. elle trouve que j'en fais pas assez\n"
    "X: et le pire c'est qu'elle a peut-être raison\n"
    "Y: ça a l'air vraiment douloureux\nY: t'en fais bcp quand même. plus que tu crois\n"
    "X: peut-être. je culpabilise tout le temps\nY: {SUPPORT}",
    "X: je me sens super complexé{X:/e} ces temps-ci\nY: par un truc en particulier ?\n"
    "X: mon physique surtout. c'est débile\n"
    "Y: c'est pas débile. ça joue sur comment tu te sens tous les jours\n"
    "Y: y'a un truc qui l'a déclenché ?\nX: juste les photos du mariage\n"
    "Y: si ça compte t'avais l'air heureu{X:x/se} et magnifique dessus",
    "X: j'ai peur de boire trop\nY: merci de me le dire\n"
    "Y: qu'est ce qui te fait penser ça ?\nX: c'est tous les soirs maintenant, pas que le weekend\n"
    "Y: {VALIDATE}. c'est courageux de s'en rendre compte\n"
    "Y: on essaie un mois sans alcool ensemble ? ça me ferait du bien aussi\n"
    "X: ouais. ça m'aiderait",
    "X: j'ai l'impression que c'est toujours moi qui fais des efforts avec mes potes\n"
    "Y: c'est épuisant\nY: il s'est passé un truc ?\n"
    "X: personne m'a écrit pour mon anniv à part toi et maman\n"
    "Y: oh mon cœur. ça fait vraiment mal\n"
    "Y: chui désolé{Y:/e}\nX: ça va. j'avais juste besoin de le dire",
    "X: le médecin veut que je fasse d'autres examens\nX: j'essaie de pas paniquer\n"
    "Y: évidemment que t'es inquiet{X:/e}\nY: il a dit quoi exactement ?\n"
    "X: juste qu'ils veulent écarter certaines choses\n"
    "Y: c'est souvent que ça. mais ça fait peur quand même\n"
    "Y: c'est quand le rdv ? je peux venir\n"
    "~~~\nY: des nouvelles des examens ?\nX: tout est normal!!\nY: oh merci mon dieu\n"
    "Y: tu te sens comment ?\n"
    "X: comme si on m'enlevait un poids",
    "X: j'en ai tellement marre d'être célibataire franchement\n"
    "Y: oh. qu'est ce qui te fait dire ça ?\n"
    "X: tout le monde se fiance au taf\n"
    "X: et moi je rentre dans un appart vide avec un plat micro-ondes\nY: {VALIDATE}\n"
    "Y: si ça compte n'importe qui aurait de la chance\nX: dis ça aux applis 😅\n"
    "Y: les applis c'est l'enfer. c'est pas toi",
    "X: t'as jamais l'impression de faire semblant au taf\nY: tout le temps\n"
    "Y: pourquoi, il s'est passé quoi ?\n"
    "X: on m'a demandé d'animer la réunion d'équipe et j'ai paniqué\n"
    "X: j'ai l'impression qu'ils vont découvrir que je sais pas ce que je fais\n"
    "Y: ça c'est le syndrome de l'imposteur qui parle\n"
    "Y: ils t'ont demandé parce qu'ils pensent que tu peux\n"
    "X: j'espère que t'as raison",
    "X: chui un peu down depuis la fin des vacances\nY: le blues de la rentrée ?\n"
    "X: plutôt que j'ai capté à quel point je déteste ma routine ici\n"
    "Y: oh. c'est une grosse prise de conscience\n"
    "Y: qu'est ce que t'as aimé en étant loin ?\n"
    "X: avoir du temps. pas courir. être dehors\n"
    "Y: tu pourrais en avoir plus ici d'une façon ou d'une autre ?\n"
    "X: peut-être. faut que j'y réfléchisse",
    "X: {friend} a dit un truc qui m'a vraiment blessé{X:/e}\nY: elle a dit quoi ?\n"
    "X: que je suis 'intense'. pour rigoler mais\nY: aïe. {VALIDATE}\n"
    "Y: t'es pas trop. t'es toi\nX: merci. je crois que ça a touché un point sensible\n"
    "Y: tu veux lui en parler ?\nX: peut-être quand je serai moins contrarié{X:/e}",
]

NEWS_UK += [
    "X: j'ai été augmenté{X:/e}!!\nY: {HYPE}\nY: combien ?\n"
    "X: assez pour arrêter de checker mon compte avant d'acheter un café\n"
    "Y: franchement c'est le rêve",
    "X: le proprio a dit oui pour un chat\nY: ARRÊTE\nY: tu le prends quand ?\n"
    "X: je vais au refuge {day}\nY: envoie des photos direct",
    "X: mon article est publié!\nX: <media>\nY: {HYPE}\nY: il parle de quoi déjà ?\n"
    "X: le truc du jardin partagé\nY: je le lis là",
    "X: j'ai fini le premier jet\nY: du roman??\nX: du roman!!\nY: {HYPE}\n"
    "Y: ça fait quoi ?\nX: irréel. et un peu flippant",
    "X: ils m'ont proposé le poste à {town}\nY: {HYPE}\nY: tu vas accepter ?\n"
    "X: je crois!! j'ai trop hâte\n"
    "Y: chui trop content{Y:/e} pour toi. et triste pour moi mdr",
    "X: 100 jours sans alcool aujourd'hui\nY: c'est énorme. chui tellement fi{Y:er/ère} de toi\n"
    "Y: tu te sens comment ?\n"
    "X: plus clair{X:/e}. et fi{X:er/ère} de moi pour une fois\nY: tu peux",
    "X: j'ai validé ma période d'essai\nY: {HYPE}\nY: ils ont dit un truc sympa ?\n"
    "X: 'un vrai atout pour l'équipe'\nY: à encadrer",
    "X: mon frère se marie!!\nY: ooh!! avec Sophie ?\n"
    "X: oui! et ils m'ont demandé de faire un texte à la cérémonie\n"
    "Y: oh c'est trop beau. tu vas pleurer\n"
    "X: je pleure déjà",
]

COUPLE_UK += [
    "X: j'ai réservé un truc pour ton anniv\nY: où??\nX: je dis rien\n"
    "Y: 🙈 t'es {X:le/la} meilleur{X:/e}",
    "X: chui fi{X:er/ère} de toi, tu sais\nY: pour quoi ?\n"
    "X: tout ces derniers temps. le taf, ta mère, tout\n"
    "Y: ça fait vraiment du bien à entendre. merci",
    "X: on se commande à manger ce soir\nY: {place} ?\nX: tu lis dans mes pensées",
    "X: désolé{X:/e} d'avoir été de mauvaise humeur ce matin\nY: c'est rien. mal dormi ?\n"
    "X: ouais. et je me suis défoulé{X:/e} sur toi\nY: merci de le dire. je t'aime",
    "X: c'est quoi ton souvenir préféré de nous\nY: grosse question pour un mardi\n"
    "Y: sûrement le soir où la voiture est tombée en panne à {town} et on a mangé des frites "
    "sous la pluie\nX: moi aussi",
    "X: ta plante te réclame\nY: que la plante ?\nX: et moi. surtout moi",
    "X: je me disais qu'on devrait prévoir un voyage\nY: oui. où ?\n"
    "X: quelque part au chaud. en {month} ?\n"
    "Y: on regarde ce weekend",
    "X: t'as mangé aujourd'hui ?\nY: en quelque sorte. un sandwich triangle\n"
    "X: c'est pas un repas\n"
    "Y: y'a 'formule déj' écrit dessus",
    "X: j'adore quand tu chantes sous la douche\nY: je chante pas sous la douche\n"
    "X: complètement que si. mal\nY: 😂",
    "X: longue journée. besoin d'un câlin\nY: viens là alors\nY: je rentre à {time}",
    "X: c'est bizarre de dormir sans toi\nY: plus que 3 nuits\nX: le lit est trop grand\n"
    "Y: profite pour faire l'étoile de mer",
    "X: merci de t'être occupé{Y:/e} de moi quand j'étais malade\nY: c'est mon boulot\n"
    "X: c'est pas ton boulot\n"
    "Y: c'est mon boulot préféré",
    "X: on se fait un vrai date {day}\nY: genre habillés ?\nX: genre habillés. {place}\n"
    "Y: c'est un date ❤️",
]

SUPERFICIAL += [
    "X: la chaudière refait son bruit de ferraille\nY: j'écris au proprio",
    "X: t'as vu le courrier de la compagnie des eaux\nY: ouais, relevé de compteur. je m'en occupe",
    "X: tu peux signer pour un colis demain si t'es là\nY: normalement là jusqu'à 14h\n"
    "X: merci",
    "X: j'ai lancé une machine de serviettes, étends les si chui pas rentré{X:/e}\n"
    "Y: ouais pas de souci",
    "X: ton vélo bloque le couloir\nY: je le bouge",
    "X: je te dois combien pour les courses\nY: 14,50\nX: envoyé",
    "X: c'est nous qui faisons le relevé ou le proprio\nY: nous je crois\n"
    "X: ok je prends une photo",
    "X: la voiture doit passer le contrôle technique avant fin {month}\nY: je prends rdv\n"
    "X: le garage du coin est le moins cher",
    "X: c'est quel jour le gros bac\nY: un jeudi sur deux\nX: donc celui-là ?\n"
    "Y: le prochain",
    "X: je rentre tard ce soir, mets pas la chaîne\nY: ok",
    "X: t'as des piles\nY: AA ?\nX: AAA\nY: non, désolé{Y:/e}",
    "X: l'agence du proprio fait une inspection {day}\nY: à quelle heure\n"
    "X: 11h. tu peux ranger un peu le salon\nY: ouais",
    "X: y'a le match à 20h si tu veux regarder\nY: lequel\nX: celui de la coupe\n"
    "Y: ouais je serai là",
    "X: {shop} a les gros pots de café en promo\nY: prends en deux",
    "X: t'as déplacé mon courrier\nY: il est sur la table à côté de la porte",
    "X: le contrat de la box arrive à échéance\nY: on change ?\nX: je regarde les prix\n"
    "Y: 👍",
    "X: qui a le double des clés\nY: moi, pourquoi\nX: ma sœur passe récupérer un truc à 16h\n"
    "Y: je le laisse à l'endroit habituel",
    "X: le quiz commence à quelle heure\nY: 20h\nX: ok, on se retrouve là-bas",
    "X: y'a une araignée grosse comme ma main dans la baignoire\nY: pas mon problème\n"
    "X: c'est NOTRE problème\nY: {LAUGH} ok je prends le verre",
    "X: t'as besoin de la voiture demain\nY: non, vas-y\nX: merci",
    "X: on prend le sapin ce weekend\nY: dimanche ?\n"
    "X: ok, l'endroit à côté de la jardinerie",
    "X: bus ou à pied pour {place}\nY: à pied, il pleut pas\nX: ok on part à 7h45",
    "X: le lave-vaisselle a fini si tu veux le vider\nY: je le fais tout à l'heure",
    "X: tu peux monter le chauffage en rentrant\nY: il est sur minuterie\n"
    "X: monte la minuterie alors\nY: mdr ok",
    "X: commandé un nouveau pommeau de douche, il arrive {day}\nY: enfin",
    "X: les encombrants sont passés pour le canapé\nY: ouais ce matin\nX: top",
    "X: test alarme incendie au taf donc je serai en retard\nY: ok",
    "X: {friend} vient dormir {day}, ça va\nY: ouais pas de souci, canapé-lit ?\nX: ouais",
    "X: tu peux bouger ta voiture, chui bloqué{X:/e}\nY: j'arrive",
    "X: y'a une fuite sous l'évier\nY: grosse ?\nX: goutte à goutte\n"
    "Y: mets un bol dessous, j'appelle quelqu'un",
    "X: le livreur Amazon a laissé un colis chez les voisins\nY: quel côté\nX: le 14\n"
    "Y: ok je le récupère",
    "X: info, j'ai fini le lait\nY: j'en prends",
    "X: foot à 19h ?\nY: ouais, prends la pompe\nX: ok",
    "X: c'est quoi le mdp du wifi déjà, mon ordi l'a oublié\nY: il est sur la box\n"
    "X: ah ouais",
    "X: laveur de vitres {day} matin\nY: ok",
    "X: reçu le rappel pour la redevance\nY: je la paie, tu l'as fait l'an dernier",
    "X: tu utilises le fer\nY: non, il est dans le placard",
    "X: y'a un mec qui relève le compteur de gaz, je le fais entrer ?\nY: ouais c'est bon",
    "X: livraison {shop} entre 18h et 19h\nY: je serai là",
    "X: je fais {food} si t'en veux\nY: oui stp, je rentre à 19h",
    "X: l'assurance de la voiture est à ton nom ou au mien\nY: au mien\n"
    "X: ok, le courrier de renouvellement est arrivé",
    "X: je me suis enfermé{X:/e} dehors\nY: chui à 10 min\nX: t'es au top",
]

SUPERFICIAL_OPEN += [
    "X: tu rentres ce soir ?\nY: ouais vers 19h",
    "X: oh\nY: quoi",
    "X: question\nY: ouais",
]

JO = [
    "X: bon alors {town} en avril. on le fait vraiment\n"
    "Y: oui!! je regarde les vols\nX: envoie moi ce que t'as trouvé\nY: <media>",
    "X: on part combien de nuits\nY: 3 ? du ven au lun\n"
    "X: parfait, je demande mon lundi",
    "X: airbnb ou hôtel\nY: airbnb, on pourra cuisiner\nX: qui cuisine\nY: toi\n"
    "X: vexant mais juste",
    "X: <media>\nX: et celui-là\nY: celui avec le rooftop??\n"
    "Y: oui. réserve avant que quelqu'un d'autre le prenne",
    "X: réservé!!\nY: AAAAH\nY: ça se fait\nX: ça se fait",
    "X: tu veux faire quoi là-bas\nY: manger\nX: à part manger\n"
    "Y: manger encore. et le musée dont tu parlais",
    "X: j'ai fait une liste de restos\nX: 1. le resto de tacos\n+ 2. le brunch avec la queue\n"
    "+ 3. le bar à raviolis\n+ ...\n+ 14. le chic si on se sent riches\n"
    "Y: 14 restos??\nY: pour 3 jours\nX: on va gérer",
    "X: on a besoin d'une voiture\nY: je crois pas, on peut tout faire à pied\n"
    "X: tant mieux parce que j'ai pas envie de conduire",
    "X: ta semaine ça a été\nY: longue, le taf c'est le chaos\nY: et toi ?\n"
    "X: pareil. je compte les jours avant le voyage",
    "X: ma sœur te dit coucou au fait\nY: coucou à elle!! elle fait toujours le marathon\n"
    "X: oui, elle est folle",
    "X: j'appréhende un peu l'avion en vrai\nY: ah bon ? je savais pas\n"
    "X: ouais c'est pire ces derniers temps\n"
    "Y: on se mettra à côté et je te distrairai tout le long\n"
    "X: ça m'aide vraiment bcp en fait",
    "X: question valise, il fait froid là-bas en avril\nY: genre 15 degrés ?\n"
    "X: donc une veste\n"
    "Y: prends une veste",
    "X: j'ai eu la promotion!!\nY: {HYPE}\nY: ok le voyage devient un voyage pour fêter ça\n"
    "X: validé",
    "X: <media>\nX: nouvelle valise\nY: trop classe\nX: elle a un porte-gobelet",
    "X: bon t'énerve pas mais j'ai peut-être réservé un cours de cuisine pour nous\n"
    "Y: pourquoi je m'énerverais c'est génial\nX: c'est à 8h du mat\n"
    "Y: ok là je m'énerve",
    "X: ta mère va comment\nY: mieux merci, les nouveaux médocs l'aident\n"
    "X: ça fait trop plaisir à entendre\nY: merci de demander ❤️",
    "X: journée difficile\nY: oh non, il s'est passé quoi ?\n"
    "X: j'ai eu un mauvais retour sur mon projet et ça m'a piqué{X:/e}\n"
    "Y: c'est nul. ils ont dit quoi ?\n"
    "X: que c'était pas assez ambitieux\n"
    "Y: c'est rageant, t'y as mis tellement de toi\n"
    "X: merci. vivement le voyage",
    "X: une semaine!!\nY: UNE SEMAINE\nX: j'ai déjà commencé la valise\n"
    "Y: évidemment",
    "X: tu peux m'envoyer l'adresse de l'airbnb\nY: <media>\nX: merci",
    "X: c'est à quelle heure notre vol déjà\nY: 7h10\n"
    "X: pourquoi on s'est fait ça\n"
    "Y: vols pas chers bébé",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

GROUP += [
    "A: c'est à qui de recevoir\nB: pas moi, j'ai reçu la dernière fois\nC: je peux {day}\n"
    "D: chez {C} alors\nC: je prends l'apéro",
    "A: je viens de voir un mec qui ressemble TROP à notre ancien proprio\n"
    "B: celui avec la queue de cheval ?\n"
    "A: la queue de cheval est toujours vivante\nC: {LAUGH}",
    "A: j'arrive pas à croire que {friend} part à {town}\nB: je sais, c'est la fin d'une époque\n"
    "C: faudra aller la voir\nD: road trip!!",
    "A: <media>\nA: la vue ce soir\nB: c'est où ?\nA: {town}, en haut de la colline\n"
    "D: magnifique\nC: jalou{C:x/se}",
    "A: quelqu'un connaît un bon plombier\nC: mon oncle\nA: il est bien\nC: c'est mon oncle\n"
    "D: c'est pas un oui ça",
    "A: je fais une playlist pour le gîte, envoyez vos demandes\nB: {band}\n"
    "C: tout sauf {band}\n"
    "D: abba évidemment\nA: abba c'est acquis",
    "A: je viens de capter que j'ai parlé à vous tous aujourd'hui sauf {B}\nB: coucou\n"
    "A: voilà",
    "A: qui ramène quoi au barbeuc\nB: les burgers\nC: la salade (faut bien)\nD: les boissons\n"
    "A: moi les merguez et l'ambiance",
    "A: finale de {show} ce soir!!\nC: écrivez pas pendant\n"
    "B: je regarde demain, mettez moi en sourdine\n"
    "D: je promets rien",
    "A: il me faut un nouveau tel, iphone ou android, go\nB: iphone\nC: android\n"
    "D: un Nokia 3310\nA: merci à tous",
    "A: <media>\nA: regardez qui j'ai trouvé\nB: c'est Monsieur Biscuit??\n"
    "C: le chat de la fac!!\nD: il est tellement vieux maintenant",
    "A: comment ça se fait qu'on soit déjà en {month_now}\nB: arrête\n"
    "C: j'ai toujours pas fait mes bonnes résolutions\nD: tout va bien tout va bien tout va bien",
    "A: avis impopulaire : l'ananas sur la pizza c'est bon\nB: exact\nC: dehors\n"
    "D: je suis avec {A}",
    "A: je viens de réserver mes vols pour le mariage\nC: pareil! t'as pris lequel\n"
    "A: celui de 7h\n"
    "C: oh non. moi aussi\nD: moi je prends le train comme une personne raisonnable",
    "A: <deleted>\nB: t'as supprimé quoi\nA: rien\nC: maintenant faut que je sache\n"
    "D: capture ou ça s'est pas passé",
    "A: y'a que chez moi que le chauffage marche pas ou toute la ville caille\n"
    "B: ça caille ici aussi\nC: j'ai un bonnet à l'intérieur\nD: pareil",
    "A: je viens de finir la semaine la plus stressante de ma vie\nB: bravo d'avoir survécu\n"
    "C: il s'est passé quoi ?\nA: deadline sur deadline, j'ai quasi pas dormi\n"
    "D: tu mérites un gros repos ce weekend\nA: je compte pas bouger du tout",
    "A: petit message d'amour : vous êtes les meilleurs\n"
    "B: qui a piraté ton tel\nC: ooh ❤️\n"
    "D: on t'aime aussi espèce de chelou",
    "A: {day} : bar ou ciné\nB: bar\nC: ciné\nD: bar ciné\nA: ça existe pas\n"
    "D: maintenant si",
    "A: quelqu'un veut partager un kit tout prêt pour {food}\nC: c'est quoi un kit pour {food}\n"
    "A: un kit. pour faire {food}\n"
    "B: chui dedans",
    "A: je me suis mis{A:/e} à courir\nB: depuis quand\nA: depuis hier\nC: un jour de série!!\n"
    "D: fi{D:er/ère} de toi",
    "A: ma mère demande si on vient tous dîner {day} avant le gîte\n"
    "B: oui!! la cuisine de ta mère c'est le top\nC: je ramène du vin\n"
    "D: je ramène mon appétit",
    "A: <media>\nA: retrouvé notre vieille photo de groupe\n"
    "B: pourquoi on avait tous des chapeaux\n"
    "C: c'était la période chapeaux\nD: une sombre époque",
    "A: tout le monde va bien ? c'est calme ici\nB: juste speed\nC: pareil, le taf c'est la folie\n"
    "D: chui là, je lis juste\nA: ok je vérifiais 😊",
    "A: ma voiture fait un bruit\nB: quel genre de bruit\nA: genre un canard triste\n"
    "C: ça va coûter cher\n"
    "D: c'est le bruit de l'argent qui s'en va",
    "A: j'ai une semaine difficile avec ma mère en vrai\nB: oh non, qu'est ce qui se passe ?\n"
    "A: elle va pas bien et je m'inquiète\n"
    "C: plein d'amour ❤️ tu veux en parler ?\n"
    "A: plus tard peut-être, merci\nD: là si t'as besoin de quoi que ce soit",
    "A: qui veut mon {thing} en rab\nB: moi!\nC: pourquoi t'en as un en rab\n"
    "A: longue histoire",
    "A: vous vous rappelez le camping où il a plu 3 jours\n"
    "B: j'ai encore les pieds moisis\n"
    "C: meilleures vacances de ma vie franchement\nD: t'es malade",
]

GROUP_OPEN = [
    "A: bonjour tout le monde ☀️\nB: bonjour!\nC: 👋",
    "A: coucou coucou\nC: hello\nD: bonsoir",
    "A: bon, qui est réveillé\nB: moi malheureusement",
]

LIGHT_US += [
    "X: mon proprio a enfin réparé le chauffage\nY: ça lui a pris que 3 mois\n"
    "X: pile pour le printemps mdr",
    "X: je me suis inscrit{X:/e} à un cours de poterie\nY: ok ère Ghost\nX: ptdr arrête",
    "X: le mec à côté de moi dans l'avion se coupe les ongles\nY: NON\nX: je vais hurler\n"
    "Y: {LAUGH}",
    "X: c'est chelou de ramener un gratin à une crémaillère\nY: c'est très province de ta part\n"
    "X: je prends ça pour un oui",
    "X: <media>\nX: ma chatte a découvert le carton de l'imprimante\nY: elle est trop contente\n"
    "Y: ça valait l'imprimante franchement",
    "X: t'as jamais mangé des céréales au dîner\nY: ça s'appelle un mardi",
    "X: j'ai pris une plante pour mon bureau\nY: quel genre\nX: le genre qui meurt pas j'espère\n"
    "Y: bon courage 🪴",
    "X: mon voisin du dessus apprend les claquettes\nY: la nuit??\nX: à 23h\n"
    "Y: {LAUGH} ok c'est un choix",
    "X: tu peux m'envoyer la playlist du road trip\n"
    "Y: celle avec les sons gênants des années 2000 ?\nX: oui celle là\nY: <media>",
    "X: je viens de voir un mec promener son chat en laisse en centre-ville\n"
    "Y: il vit sa meilleure vie",
    "X: tu offres quoi à quelqu'un qui a tout\nY: une bougie\nX: elle a des bougies\n"
    "Y: une autre bougie",
    "X: j'ai essayé de faire un créneau et j'ai abandonné\nY: mdr où\n"
    "X: devant genre 8 personnes au marché\nY: légendaire",
    "X: t'as toujours le sweat que j'ai oublié chez toi\nY: peut-être\nX: ça veut dire oui\n"
    "Y: il est à moi maintenant",
    "X: le café à côté de mon taf a fermé 😭\nY: nooon celui avec le barista mignon ?\n"
    "X: LE barista mignon. parti",
    "X: news : le pain est devenu une histoire de levain\n"
    "Y: oh non t'es devenu{X:/e} l'un d'eux\nX: il s'appelle Doudou",
    "X: random mais tu te rappelles le nom du bar à {town}\n"
    "Y: celui avec le taureau mécanique ?\nX: oui!!\nY: aucune idée ptdr",
    "X: j'essaie de regarder {film} mais je m'endors tout le temps\nY: ça dure genre 3h\n"
    "X: genre 4",
    "X: devine qui est resté coincé dans un ascenseur aujourd'hui\nY: NON\nY: ça va??\n"
    "X: 20 minutes avec un mec qui mangeait du thon\nY: chui tellement désolé{Y:/e} 💀",
    "X: il neige enfin ici\nX: <media>\nY: trop beau\nY: nous on a eu de la pluie. comme d'hab",
    "X: je me fais une frange\nY: non\nX: tu dis toujours non\nY: et j'ai toujours raison",
    "X: en route pour {shop}, t'as besoin de quoi\nY: chui à 800 km\n"
    "X: je sais je voulais juste le dire à quelqu'un",
    "X: weekend de 4 jours qui arrive!!\nY: des plans ?\n"
    "X: absolument aucun et j'ai trop hâte",
    "X: c'est quoi la série qui t'obsédait l'an dernier\nY: {show} ?\nX: non l'autre\n"
    "Y: je suis obsédé{Y:/e} par plein de séries",
    "X: <media>\nY: c'est une tarte entière\nX: entraînement pour noël\nY: on est en {month_now}\n"
    "X: entraînement",
    "X: mon frère vient de m'appeler pour savoir comment on fait un œuf dur\nY: il a 26 ans\n"
    "X: il a 26 ans",
]

DEEP_US += [
    "X: je peux être franc{X:/he} avec toi deux sec\nY: toujours\n"
    "X: chui vraiment angoissé{X:/e} ces temps-ci. genre tout le temps\n"
    "Y: je suis désolé{Y:/e}. ça a l'air épuisant\nY: c'est le taf ou plutôt tout ?\n"
    "X: tout je crois. j'arrive pas à éteindre mon cerveau\n"
    "Y: t'en as parlé à quelqu'un ?\n"
    "X: juste à toi franchement\n"
    "Y: chui content{Y:/e} que tu me le dises. chui là, et je pense que parler à quelqu'un "
    "pourrait vraiment t'aider",
    "X: je me sens un peu mis{X:/e} à l'écart en ce moment\n"
    "X: tous les potes de la fac se voient sans moi maintenant\n"
    "Y: oh non, ça fait vraiment mal\nY: tu crois qu'ils s'en rendent compte ?\n"
    "X: sûrement pas. j'ai déménagé, c'est pas leur faute\nY: ça fait mal quand même\n"
    "Y: moi je t'appellerai toujours, tu le sais",
    "X: mon chien est malade\nX: le véto pense que ça pourrait être grave\n"
    "Y: oh non. chui tellement désolé{Y:/e}\n"
    "Y: ils ont dit quoi ?\nX: ils doivent faire une prise de sang. j'ai tellement peur\n"
    "Y: ça fait trop peur. c'est ton bébé\n~~~\nY: comment va le toutou?? des résultats ?\n"
    "X: ça se soigne!!\nY: oh merci mon dieu\nY: fais lui un bisou de ma part",
    "X: je crois que je dois rompre avec Alex\nY: wow. ça va ?\n"
    "X: pas vraiment. je le sens depuis des mois\nY: c'est tellement dur comme situation\n"
    "Y: qu'est ce qui te fait ressentir ça ?\nX: on veut juste pas les mêmes choses\n"
    "Y: ça se comprend. quoi que tu décides chui là",
    "X: j'en ai tellement marre de faire semblant que ça va au taf\n"
    "Y: qu'est ce qui se passe là-bas ?\n"
    "X: ma manager arrête pas de s'attribuer mon travail\n"
    "Y: c'est tellement rageant. tu dois te sentir pas du tout reconnu{X:/e}\n"
    "X: carrément. je pense à partir\n"
    "Y: franchement je te soutiendrais",
    "X: journée chargée\nX: mon grand-père est tombé\nY: oh non. il va bien ?\n"
    "X: col du fémur cassé. il est à l'hôpital\nY: chui tellement désolé{Y:/e}. et toi ça va ?\n"
    "X: juste inquiet{X:/e}. il a 89 ans\nY: évidemment que tu l'es. tiens moi au courant ok ?",
]

NEWS_US += [
    "X: j'ai été pris{X:/e} en master!!\nY: {HYPE}\nY: lequel??\nX: mon premier choix!!\n"
    "Y: je suis littéralement en train de crier",
    "X: on est fiancés!!\nX: <media>\nY: OMG\nY: il a fait sa demande comment??\n"
    "X: au lac où on s'est rencontrés\n"
    "Y: je pleure",
    "X: signé le bail du nouvel appart!\nY: celui avec le balcon ?\n"
    "X: celui avec le balcon!!\nY: trop content{Y:/e} pour toi",
    "X: mon boss m'a dit que j'allais être augmenté{X:/e}\nY: enfin!!\n"
    "Y: tu t'es tellement donné{X:/e} pour ça",
]

OPEN_US += [
    "X: coucouuu\nY: hey toi!",
    "X: alooors\nY: oh oh quoi",
    "X: t'es vivant{Y:/e} ?\nY: à peine mdr",
]

CLOSE_US += [
    "X: ok je te laisse\nY: à plus!",
    "X: je file, réunion\nY: bon courage!",
]

DOM_MONO += [
    "X: bon en gros j'ai compris comment investir\n"
    "X: des ETF, évidemment, mais aussi un peu de crypto pour le potentiel\n"
    "X: j'ai lu genre 6 livres dessus maintenant\n"
    "X: le secret c'est juste de pas paniquer quand ça baisse\n"
    "X: la plupart des gens paniquent. moi non\nY: cool",
    "X: réunion avec la directrice aujourd'hui\nX: juste elle et moi, 30 min\n"
    "X: elle m'a demandé où je me voyais dans 5 ans\nX: j'ai dit à sa place mdr\n"
    "X: elle a rigolé mais je rigolais pas vraiment\nY: haha",
    "X: mon appart est tellement mieux depuis que j'ai refait le salon\n"
    "X: j'ai pris le tapis, la lampe, la grande plante\n"
    "X: et j'ai accroché tous les cadres moi même, niveau à bulle et tout\n"
    "X: franchement je pourrais en faire mon métier\nX: <media>\nY: c'est joli",
    "X: fait le parkrun ce matin\nX: 21:40, record battu de 15 secondes\nX: 12e au général\n"
    "X: y'a un mec qui me bat toujours de genre 10 secondes donc c'est lui ma cible maintenant\n"
    "X: la semaine pro il tombe\nY: cool",
    "X: bon alors le discours du mariage\nX: j'ai écrit 3 versions\n"
    "X: le témoin est censé être drôle mais je pense partir sur un truc plus sincère\n"
    "X: avec deux trois blagues pour finir\n"
    "X: je te le lirai un de ces jours, ça dure environ 8 minutes\nY: ok",
    "X: je pense prendre un chien\n"
    "X: j'ai fait plein de recherches, ce sera un cockapoo\n"
    "X: je serai en télétaf 3 jours donc ça va\n"
    "X: et j'ai trouvé un promeneur pour les 2 autres\n"
    "X: j'ai même choisi le nom. Biscuit\nY: mignon",
    "X: tu sais ce que j'ai compris\nX: la plupart des gens planifient juste pas\n"
    "X: genre moi je planifie ma semaine le dimanche soir, chaque repas, chaque séance\n"
    "X: et c'est pour ça que j'abats autant de boulot\n"
    "X: je devrais faire une formation là-dessus franchement\nY: haha peut-être",
    "X: journée de fou\nX: l'alarme incendie s'est déclenchée en pleine présentation\n"
    "X: mais j'ai juste continué dehors sur le parking\n"
    "X: le client a dit que c'était le pitch le plus mémorable qu'il ait vu\n"
    "X: on va avoir le contrat je pense\nY: wow",
    "X: petit coup de gueule\nX: pourquoi les gens répondent pas aux mails\n"
    "X: j'ai envoyé 3 mails à {colleague_m} cette semaine\nX: rien\n"
    "X: j'ai littéralement dû aller jusqu'à son bureau\n"
    "X: bref c'est réglé parce que je l'ai réglé\n"
    "Y: relou",
    "X: mon pote a monté un groupe et m'a demandé d'être leur manager\n"
    "X: bon je l'ai jamais fait mais ça peut pas être si dur\n"
    "X: je leur ai déjà trouvé un concert chez {place}\nX: et je gère les réseaux\n"
    "Y: bien joué",
    "X: j'ai décidé de faire un master\n"
    "X: à temps partiel, le soir. en commerce, évidemment\n+ \n"
    "+ j'ai fait le calcul : 2 ans, 2 soirs par semaine, et j'irai quand même 4 fois à la salle\n"
    "X: ça va sûrement me propulser directeur\n"
    "X: les candidatures ferment en {month}, j'ai presque fini la mienne\nY: bonne chance",
    "X: je viens de regarder un docu sur le sommeil\n"
    "X: en fait je faisais tout de travers\n"
    "X: nouvelle règle, pas d'écran après 22h, chambre à 18 degrés\n"
    "X: j'ai commandé un réveil simulateur d'aube aussi\nX: je te dirai ce que ça donne\n"
    "Y: ok",
    "X: bon le mec qui se gare toujours à ma place\nX: j'ai laissé un mot\n"
    "X: très poli mais ferme\n"
    "X: il a bougé sa voiture. résultat\nY: mdr",
    "X: je me suis pris une nouvelle montre\nX: <media>\nX: automatique, verre saphir, tout\n"
    "X: je sais que c'est cher mais c'est le genre de truc qu'on garde toute sa vie\nY: cool",
    "X: foot à 5 ce soir\nX: triplé\n"
    "X: le deuxième c'était une volée, lucarne\nX: les gars m'appelaient Zidane\n"
    "Y: haha cool",
    "X: je pense déménager à {town}\nX: les loyers sont moins chers, y'a du taf\n"
    "X: j'achèterais sûrement plutôt que louer en fait, j'ai l'apport\n"
    "X: je regarde des T3 avec jardin\nY: oh wow",
]

GDOM_MONO += [
    "M: bon, les cotisations\nM: il manque 10 balles du mois dernier\n"
    "M: je sais qui c'est mais je vais pas balancer\nM: regardez juste vos applis de banque\n"
    "M: merci\nA: pardon je crois que c'était moi, j'envoie",
    "M: la météo s'annonce pourrie pour {day}\nM: mais on joue par tous les temps\n"
    "M: ça forge le caractère\n"
    "M: prenez une deuxième paire de chaussettes, vous me remercierez\nB: ok",
    "M: quelqu'un de l'autre équipe m'a écrit\nM: ils veulent une revanche\n"
    "M: évidemment j'ai dit oui\n"
    "M: faudra être plus tranchants par contre, ils avaient le grand en défense\n"
    "M: j'ai un plan pour lui\nC: 👍",
    "M: j'ai revu les résumés de dimanche\n"
    "M: franchement notre bloc les 10 premières minutes c'était du haut niveau\n"
    "M: puis tout s'est écroulé quand je suis allé dans les cages\n"
    "M: ce qui prouve qu'il me faut sur le terrain\nA: mdr",
    "M: check forme\nM: qui a vraiment couru cette semaine\n"
    "M: parce que moi j'ai fait 3 sorties et une séance de salle\n"
    "M: et je veux pas encore être le seul à presser\nB: je suis allé au taf à pied\n"
    "C: {LAUGH}",
    "M: gros match cette semaine les gars\nM: la première place est en jeu\n"
    "M: couchés tôt samedi, pas de bières\nM: je suis sérieux\nM: ok peut-être une bière\n"
    "A: noté",
    "M: je nous ai fait une playlist pour l'échauffement\n"
    "M: c'est surtout des tubes des années 2000\n"
    "M: pas de plainte, chui capitaine\nM: lien dans ma bio. je rigole, je l'envoie\n"
    "C: mdr ok",
    "M: avis sur les nouveaux maillots\nM: je pense bleu marine avec liseré doré\n"
    "M: j'ai une maquette\n"
    "M: <media>\nM: les noms dans le dos évidemment\nB: ça rend bien\nA: combien",
    "M: ok j'ai fait un planning pour qui ramène les ballons\nM: PLANNING BALLONS\n"
    "+ semaine 1 : moi\n"
    "+ semaine 2 : Jules\n+ semaine 3 : Aïcha\n+ semaine 4 : Flora\n+ (et on recommence)\n"
    "M: mettez le dans vos agendas\n"
    "M: pas d'excuses\nB: ok",
    "M: petit mot sur l'arbitre hier soir\nM: je sais que je me suis un peu emporté\n"
    "M: mais y'avait jamais faute\nM: je l'ai revu 10 fois\n"
    "M: bref je me suis excusé auprès de lui, à peu près\nC: 😂",
    "M: question tactique\nM: on joue en 2-2 ou en 1-2-1\n"
    "M: je pense 1-2-1 mais je veux vos avis\n"
    "M: en fait non c'est 1-2-1\nM: c'est décidé\nA: ok",
    "M: le vote de l'homme du match ferme ce soir\n"
    "M: je dis juste que j'ai fait 2 passes dé et un but\n"
    "M: aucune pression\nM: votez avec votre tête\nB: mdr",
    "M: je fais des séances en plus au parc\nM: juste moi, un ballon et des plots\n"
    "M: mon pied gauche devient vraiment bon\n"
    "M: je vais peut-être tirer les coups francs du gauche maintenant\nC: cool",
    "M: rappel le repas de fin de saison c'est {day}\nM: j'ai réservé {place}\n"
    "M: je fais des trophées\n"
    "M: y'en aura peut-être un pour moi, peut-être pas\nA: {LAUGH}",
    "M: je lis un livre sur la culture d'équipe\n"
    "M: apparemment les meilleures équipes ont un leader fort et des rôles clairs\n"
    "M: ce qui est en gros ce que je dis depuis le début\n"
    "M: donc. les rôles. je vous les envoie\nB: ok",
]

GDOM_OTHERS += [
    "C: en retard désolé\nM: combien\nC: 10 min\nM: échauffement sans toi alors\n"
    "A: pas de souci",
    "A: bien joué tout le monde 🙌\nB: beau match\n"
    "M: correct. faut bosser la deuxième mi-temps\n"
    "M: j'envoie mes notes",
    "B: <media>\nB: mon genou après dimanche\nA: aïe\n"
    "M: GREC. glace, repos, élévation, compression\n"
    "M: je peux t'envoyer les exos que mon kiné m'a donnés",
    "C: quelqu'un veut que je le dépose {day}\nA: oui stp!\n"
    "M: moi je viens à vélo, ça fait partie de mon échauffement",
    "A: c'est maintenu avec la pluie\nM: évidemment\nB: ok",
    "B: merci d'organiser Marc\nM: pas de souci\nM: faut bien que quelqu'un le fasse",
    "A: <media>\nA: photo d'équipe de la dernière fois\nC: on a l'air tellement sérieux\n"
    "M: ça s'appelle la concentration\nB: mdr",
    "C: quelqu'un d'autre peut ramener les chasubles, les miennes sont au lavage\n"
    "A: j'en ai\n"
    "M: les bleues sont mieux, les oranges puent",
]

DUMP += [
    "X: désolée de remettre ça mais j'ai vraiment du mal\nX: le taf c'est de pire en pire\n"
    "X: {colleague} m'a retirée du seul projet que j'aimais\nY: {VALIDATE}\n"
    "Y: ils ont dit pourquoi ?\n"
    "X: 'réorganisation'. mais ça a l'air personnel\nX: j'en ai tellement marre\n"
    "Y: évidemment. {SUPPORT}",
    "X: j'en peux plus\nX: j'ai l'impression de me noyer sous tout\n+ \n"
    "+ pardon. je sais que je dis ça souvent\nY: hey. chui là\n"
    "Y: c'est quoi le plus gros truc là maintenant ?\n"
    "X: l'argent je crois. et le taf. et tout ce qui se passe avec Jérém\n"
    "Y: ok. ça fait bcp d'un coup. {VALIDATE}\n"
    "Y: une chose à la fois. on commence par l'argent ?\nX: ouais ok",
    "X: on m'a dit que j'étais 'trop émotive' dans mon entretien annuel\n"
    "X: chui tellement blessée\n"
    "X: j'ai pleuré aux toilettes après\nY: c'est horrible de mettre ça dans un entretien\n"
    "Y: {VALIDATE}\nY: ils ont dit quoi d'autre ?\n"
    "X: que je dois 'gérer mes réactions'\n"
    "X: je me sens tellement humiliée\n"
    "Y: t'as le droit d'avoir des émotions au taf. {SUPPORT}",
    "X: mon proprio refuse de me rendre la caution\nX: il dit que la moquette est abîmée\n"
    "X: elle était comme ça quand je suis arrivée!!\n"
    "X: chui tellement stressée, j'ai besoin de cet argent\n"
    "Y: c'est tellement injuste\nY: t'as pris des photos à l'état des lieux ?\n"
    "X: quelques unes je crois\n"
    "Y: ok bien. ça aide. je t'aide à lui écrire",
    "X: chui tellement angoissée par tout en ce moment\n"
    "X: j'arrête pas de regarder mon tel pour les mails de mon boss\nX: même à 23h\n"
    "Y: ça a l'air épuisant\nY: {VALIDATE}\n"
    "Y: tu pourrais couper les notifs le soir ?\nX: j'ai peur de rater un truc\n"
    "Y: je comprends. {SUPPORT}",
    "X: pire nuit\nX: j'ai pas pu arrêter de pleurer pour Jérém\n"
    "X: je pensais que c'était passé\n"
    "Y: oh ma belle. le chagrin c'est pas une ligne droite\nY: qu'est ce qui l'a déclenché ?\n"
    "X: notre chanson est passée au supermarché\nY: {VALIDATE}",
    "X: mes potes partent tous à {town} pour le weekend et j'ai pas les moyens\n"
    "X: je me sens tellement mise à l'écart\nX: et j'ai honte\nY: {VALIDATE}\n"
    "Y: t'as pas à avoir honte. plein de gens sont serrés niveau argent\n"
    "Y: tu veux qu'on fasse un truc pas cher ici {day} ?\n"
    "X: peut-être. je me sens tellement en retard sur tout le monde",
    "X: j'ai l'impression que personne m'aime au taf\n"
    "X: ils sont tous allés déjeuner sans me demander\n"
    "Y: oh non. ça fait mal\nY: {VALIDATE}\nY: c'était prévu ou improvisé ?\n"
    "X: je sais pas. c'est pas grave. ça m'a blessée quand même",
    "X: le médecin dit que j'ai de la tension\nX: à cause du stress apparemment\n"
    "X: génial parce que maintenant je stresse d'être stressée\nY: {VALIDATE}\n"
    "Y: il t'a donné quelque chose ?\nX: il m'a juste dit de me 'détendre' mdr\n"
    "Y: super utile. tu veux qu'on aille marcher ensemble ? ça pourrait aider un peu",
    "X: je crois que ma mère est déçue de moi\n"
    "X: elle arrête pas de me demander quand j'aurai un 'vrai travail'\n"
    "X: et ça me fait me sentir tellement minable\n"
    "Y: c'est dur à entendre de la part de sa mère\nY: {VALIDATE}\n"
    "Y: tu lui as répondu quoi ?\nX: rien. je me suis tue\nY: ça se comprend",
    "X: j'ai tellement merdé aujourd'hui\nX: complètement oublié un rdv client\n"
    "X: ma manager est furieuse\nX: chui tellement en colère contre moi\nY: {VALIDATE}\n"
    "Y: tout le monde oublie des trucs parfois\nY: tu t'es excusée ?\n"
    "X: ouais. ça change rien à ce que je ressens\nY: {SUPPORT}",
    "X: j'ai l'impression de tout rater\nX: le taf, les relations, l'appart\n"
    "X: tout le monde a l'air de réussir sa vie\n"
    "Y: tu rates rien. tu traverses une période vraiment dure\nY: {VALIDATE}\n"
    "X: ça ressemble pas à une période. ça ressemble à toujours\nY: je sais. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: j'ai passé un super weekend en fait, je suis allée à {town} avec ma sœur\nX: cool\n"
    "X: moi j'ai passé tout le weekend à pleurer à cause du taf mdr\n"
    "X: {colleague} m'a envoyé un mail samedi\n"
    "Y: oh non. un samedi ?\nX: oui!! qui fait ça",
    "Y: je m'inquiète un peu pour ma coloc, elle va vraiment pas bien\n"
    "X: au moins elle t'a toi\n"
    "X: moi j'ai personne à la maison\nX: l'appart est tellement calme\n"
    "Y: tu m'as moi aussi\n"
    "Y: bref elle va s'en remettre",
    "Y: bon je pense quitter mon taf\nX: omg moi aussi\n"
    "X: j'en peux tellement plus de {colleague}\n"
    "X: aujourd'hui elle a littéralement levé les yeux au ciel en réunion\n"
    "Y: pff c'est horrible\n"
    "Y: on parlera du mien une autre fois",
    "Y: l'opération de mon père s'est bien passée au fait\nX: ah tant mieux\n"
    "X: mon père m'a toujours pas appelée\n"
    "X: j'ai l'impression qu'il se souvient même plus que j'existe\n"
    "Y: chui désolée. c'est vraiment dur",
]

DUMP_LIGHT += [
    "X: <media>\nX: j'ai fait un banana bread\nY: il a l'air incroyable!\n"
    "X: il est un peu brûlé dessus",
    "Y: t'as vu le nouveau {show}\nX: pas encore! c'est bien\n"
    "Y: trop bien. tu vas adorer",
    "X: déj {day} ?\nY: oui! où ?\nX: {place} ?\nY: parfait",
    "Y: <media>\nY: ce chien au parc\nX: omg je le veux",
    "X: y'a tellement de soleil aujourd'hui\nY: enfin!!\nX: je vais peut-être même sortir",
    "Y: alors la nouvelle coupe ?\nX: elle me plaît de plus en plus\nX: et elle pousse surtout mdr",
    "X: t'as regardé la finale du meilleur pâtissier\nY: oui!! volé\nX: VOLÉ",
    "Y: {weather} ici, et chez toi ?\nX: pareil. pas bougé de la journée",
]

CRIT += [
    "X: t'as encore laissé la voiture sans essence\nY: j'étais en retard\n"
    "X: t'es toujours en retard\nY: bah t'avais qu'à faire le plein toi même\n"
    "X: c'est pas la question et tu le sais",
    "X: pourquoi tu fais toujours ça quand ma famille est là\nY: je fais quoi\n"
    "X: tu te tais et tu boudes\n"
    "Y: je boude pas\nY: ton frère m'est tombé dessus et t'as rien dit\n"
    "X: c'est pas ma faute",
    "X: t'as même pas remarqué que je m'étais coupé les cheveux\nY: si j'ai remarqué\n"
    "X: t'as rien dit\n"
    "Y: bah toi tu remarques jamais quand je fais des trucs non plus\nX: genre quoi\n"
    "Y: laisse tomber",
    "X: ça fait 3 fois que je te demande d'appeler le plombier\nY: j'ai été occupé{Y:/e}\n"
    "X: t'es jamais trop occupé{Y:/e} pour le bar\nY: wow ok\n"
    "Y: c'est pas ma faute si t'es {X:le/la} seul{X:/e} que le robinet intéresse\nX: incroyable",
    "X: qu'est ce que t'as, t'es sur les nerfs toute la journée\nY: j'ai rien\n"
    "Y: arrête peut-être de me demander ce que j'ai toutes les 5 minutes\n"
    "X: ok. je me fatiguerai plus",
    "X: t'avais promis de venir à mon truc du taf\nY: j'avais dit que j'essaierais\n"
    "X: t'avais dit que tu viendrais\n"
    "X: tout le monde m'a demandé où t'étais\nY: bah tu me l'as pas rappelé\n"
    "X: j'ai pas à te le rappeler",
    "X: t'as dépensé {num}0 balles pour QUOI ??\nY: c'était une bonne affaire\n"
    "X: on avait dit qu'on économisait\n"
    "Y: t'as acheté des baskets la semaine dernière\nX: c'est pas pareil\n"
    "Y: c'est toujours pas pareil quand c'est toi",
    "X: tu prévois toujours des trucs sans me demander\nY: je t'ai demandé\n"
    "X: tu m'as prévenu{X:/e}. c'est pas demander\n"
    "Y: bah tu réponds jamais quand je demande\nX: bref 🙄",
    "X: ça te fait quelque chose au moins que je sois mal\nY: évidemment que oui\n"
    "X: on dirait pas\n"
    "Y: tu veux que je fasse quoi\nX: je sais pas, que tu remarques pour une fois",
    "X: t'avais dit que tu t'occupais des vacances\nY: je vais le faire\n"
    "X: tu disais ça en {month_past}\n"
    "Y: j'ai été occupé{Y:/e}, c'est pas ma faute\nX: t'es toujours occupé{Y:/e}",
]

CRIT_REASSURE += [
    "X: t'es tout{Y:/e} silencieu{Y:x/se}. tout va bien entre nous ?\n"
    "Y: oui. je regarde le match\n"
    "X: ok. pardon",
    "X: je t'ai contrarié{Y:/e} hier soir ?\nY: pas vraiment\n"
    "X: 'pas vraiment' ça ressemble à un oui\n"
    "Y: c'était bien\nX: ok. pardon quand même",
    "X: tu m'aimes toujours\nY: bien sûr, pourquoi\n"
    "X: je sais pas. c'est bizarre ces derniers temps\n"
    "Y: c'était juste une semaine chargée",
    "X: t'es agacé{Y:/e} contre moi ?\nY: pourquoi je serais agacé{Y:/e}\n"
    "X: t'as répondu en un mot toute la journée\nY: j'étais au taf\n"
    "X: pardon. je réfléchis trop à tout",
]

CRIT_LIGHT += [
    "X: ton train c'est à quelle heure\nY: 6h10\nX: ok",
    "X: tu veux un truc du kebab\nY: grande frite\nX: ok",
    "X: ma mère te dit bonjour\nY: bonjour à elle",
    "X: poubelles\nY: fait",
    "X: <media>\nX: trouvé ça dans le tiroir\nY: ha, l'ancien appart",
    "X: salle ce soir ?\nY: peut-être\nX: ok dis moi",
    "X: le verre d'anniv de {friend} {day}\nY: ok à quelle heure\nX: {time}",
    "X: la machine a fini\nY: ok je l'étends",
    "X: on cuisine ou on commande\nY: on commande\nX: {place} ?\nY: ok",
    "X: j'ai les places pour {film}\nY: à quelle heure\nX: {time}",
    "X: la voiture est au garage {day}\nY: ok",
    "X: t'as vu les infos sur {town}\nY: ouais dingue",
]

CRIT_REPAIR += [
    "X: pardon pour le truc avec mon frère. t'avais raison\n"
    "Y: merci. ça compte beaucoup",
    "X: je pensais pas ce que j'ai dit tout à l'heure\nY: je sais. j'étais fatigué{Y:/e} aussi\n"
    "X: je t'aime\nY: je t'aime",
]

WANE_MIN += [
    "X: <media>\nX: ça m'a fait rire\nY: ha",
    "X: j'espère que ta semaine se passe bien\nY: merci, toi aussi",
    "X: dispo {day} ?\nY: pris{Y:/e} désolé{Y:/e}",
    "X: t'as vu la nouvelle de {friend}\nY: ouais",
    "X: alors le nouveau taf\nY: ça va, speed",
    "X: ah je voulais te demander, c'était comment {town} ?\nY: bien merci",
    "X: pardon, j'avais pas vu\nY: tkt",
    "X: ça fait longtemps!\nY: haha ouais",
    "X: je pense à toi, j'espère que tout va bien\nY: 👍 merci",
    "X: faut qu'on se voie bientôt\nY: ouais grave",
    "X: {show} est de retour\nY: ah cool",
]

WANE_MID += [
    "X: {friend} te passe le bonjour au fait\nY: ooh bonjour à elle\nY: elle va bien ?\n"
    "X: bien, toujours à {town}",
    "X: allé{X:/e} courir ce matin\nY: cool, combien ?\nX: 5 km, tranquille\n"
    "Y: ça compte quand même",
    "X: <media>\nX: nouvelle plante\nY: mignonne. c'est quoi ?\nX: aucune idée mdr",
    "X: ta mère a aimé le cadeau ?\nY: ouais elle a aimé\nX: tant mieux",
    "X: fatigué{X:/e} aujourd'hui\nY: pareil\nX: trop de soirées tardives\nY: ouais",
    "X: {show} était bien cette semaine\nY: je l'ai pas encore regardé\nX: ah ok",
]

SHORT += [
    "Y: question random mais tu connais un bon endroit pour bruncher dans le coin\n"
    "X: {place} fait des œufs incroyables!\nY: ooh je vais tester, merci",
    "X: t'as vu qu'ils organisent une compèt de bloc le mois prochain\n"
    "Y: non! tu vas t'inscrire ?\n"
    "X: mdr non. regarder peut-être",
    "Y: bonjour! première fois que je grimpe deux fois dans la semaine, j'arrive plus à lever "
    "les bras\n"
    "X: 😂 bienvenue au club",
]

REPAIR_UK.append(
    "X: je peux être honnête sur un petit truc\nY: vas-y\n"
    "X: quand je te parlais du taf hier soir t'étais sur ton tel tout le long\n"
    "X: et j'avais un peu l'impression de parler tout{X:/e} seul{X:/e}\n"
    "Y: oh. t'as raison, je l'étais. pardon\n"
    "Y: je répondais à moitié à un truc du taf et j'aurais pas dû\n"
    "Y: tu me racontes à nouveau ? vraiment cette fois\nX: merci. ok alors"
)

COUPLE_UK += [
    "X: <deleted>\nX: ignore, mauvaise conv 🙈\nY: maintenant chui curieu{Y:x/se}\n"
    "X: c'était pour ton cadeau d'anniv\nY: ok j'ignore!! lalala",
    "X: <media:audio>\nY: je peux pas écouter, chui en réunion\n"
    "X: c'est juste moi qui chante bon lundi\nY: j'écoute à midi",
]
LIGHT_UK += [
    "X: <media:audio>\nY: désolé{Y:/e}, on dirait que t'es dans une soufflerie\n"
    "X: j'étais à vélo mdr\nX: en gros : bar à {time} ?\nY: oui",
    "X: <media:video>\nY: COMMENT il a fait ça\nX: le chien est un génie\n"
    "Y: un génie qui mange des chaussettes",
]
LIGHT_US += [
    "X: <call>\nX: désolé{X:/e}, appel de poche mdr\nY: ptdr j'allais paniquer",
    "X: <call>\nX: tu m'appelles quand t'es dispo ? rien de grave, juste une histoire\n"
    "Y: je rentre, j'appelle dans 20 min",
    "X: <deleted>\nY: ??\nX: mauvaise conv mdr\nY: louche",
    "X: <media:sticker>\nY: mais où tu trouves ça",
    "X: <media:audio>\nY: omg le vocal roman\nX: écoute le\nY: ok j'écoute là",
    "X: <media:video>\nX: les premiers pas de mon neveu!!\nY: OMG\n"
    "Y: il est trop fier de lui",
    "X: <media:gif>\nY: ptdrrr trop vrai",
]
GROUP += [
    "A: <media:audio>\nB: j'écoute pas un vocal de 4 minutes\nC: résumé stp\n"
    "A: j'ai dit que je réservais le gîte\nD: t'aurais pu l'écrire",
    "A: <media:video>\nB: qui t'a laissé{A:/e} avoir une machine à karaoké\n"
    "C: ça va finir dans le discours du mariage\nD: {LAUGH}",
]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: truc bizarre mais j'ai un peu le mal du pays\nY: de chez ta mère ?\n"
    "X: de tout. le village, le chien, le bruit\n"
    "Y: ça se comprend. c'était une grosse année\nY: tu rentres quand la prochaine fois ?\n"
    "X: pas avant {month}\n"
    "Y: c'est loin. tu veux qu'on fasse un repas du dimanche ici en attendant ?\nX: oui stp",
    "X: je me suis encore comparé{X:/e} à tout le monde sur insta\n"
    "X: et maintenant je me sens nul{X:/le}\n"
    "Y: pff, cette appli c'est du poison parfois\nY: qu'est ce qui l'a déclenché ?\n"
    "X: les photos de vacances de {friend}. et son nouveau taf. et ses cheveux\n"
    "Y: {VALIDATE}. tu vois que le best of\n"
    "X: je sais. le savoir aide pas beaucoup par contre\n"
    "Y: non. tu veux la supprimer une semaine avec moi ?",
    "X: je crois que je suis encore contrarié{X:/e} par le truc avec mon père\n"
    "Y: la dispute à noël ?\n"
    "X: ouais. on s'est pas vraiment parlé depuis\nY: ça fait longtemps à porter\n"
    "Y: tu veux arranger les choses, ou t'as besoin de prendre de la distance ?\n"
    "X: je veux arranger les choses. je sais juste pas par où commencer\n"
    "Y: peut-être un petit message ? pas besoin de tout dire d'un coup",
    "X: j'ai une grosseur qu'il faut que je fasse vérifier\n"
    "X: sûrement rien mais j'ai peur\n"
    "Y: évidemment que t'as peur\nY: t'as pris rdv chez le médecin ?\nX: jeudi\n"
    "Y: tu veux que je vienne avec toi ?\n"
    "X: tu ferais ça ? j'ai pas envie d'attendre seul{X:/e} dans la salle d'attente\n~~~\n"
    "Y: alors le médecin ?\nX: c'est un kyste. complètement bénin\n"
    "Y: oh merci mon dieu. tu te sens comment ?\nX: comme si je pouvais enfin respirer",
    "X: j'ai eu une très mauvaise nouvelle au taf aujourd'hui\nX: ils ferment notre bureau\n"
    "Y: oh non. ça veut dire quoi pour toi ?\n"
    "X: partir à {town} ou accepter le licenciement\n"
    "Y: c'est une énorme décision à se prendre dans la figure\nY: tu te sens comment ?\n"
    "X: choqué{X:/e}. un peu la nausée\n"
    "Y: {SUPPORT}. on peut en parler quand tu veux",
    "X: j'appréhende vraiment le permis\n"
    "X: je l'ai raté la dernière fois et j'arrête pas d'y penser\n"
    "Y: ça se comprend. la dernière fois c'était dur\nY: il s'était passé quoi ?\n"
    "X: j'ai paniqué à un rond-point\nY: t'as fait plein d'heures depuis quand même\n"
    "X: je sais. j'ai juste peur de me figer encore\n"
    "Y: tu vas pas te figer. et si ça arrive, tu le repasses",
    "X: ma meilleure amie du collège m'a recontacté{X:/e} après 5 ans\n"
    "X: et chui bizarrement ému{X:/e} toute la journée\n"
    "Y: oh. ému{X:/e} en bien ou triste ?\n"
    "X: les deux. on s'était fâché{X:s/es} pour un truc débile\n"
    "Y: ça fait bcp à ressentir d'un coup\n"
    "Y: vous allez vous voir ?\nX: je crois. j'ai le trac\n"
    "Y: c'est vraiment courageux. j'espère que ça va bien se passer",
    "X: j'ai l'impression de pas être à la hauteur pour ce taf\n"
    "Y: hey. il s'est passé quoi ?\n"
    "X: j'ai fait une erreur devant toute l'équipe\n"
    "X: et maintenant j'ai l'impression que tout le monde attend que je me plante\n"
    "Y: {VALIDATE}\n"
    "Y: une erreur c'est pas ce que t'es\nX: je sais. ça pique c'est tout\n"
    "Y: évidemment",
    "X: j'ai du mal depuis la rupture pour être honnête\n"
    "Y: merci de me le dire. je me posais la question\nY: tu vas comment, vraiment ?\n"
    "X: les soirées c'est le pire. c'est tellement calme\nY: {VALIDATE}\n"
    "Y: on se fait un dîner fixe le jeudi ? chez moi\nX: j'aimerais trop",
    "X: ma grand-mère part en maison de retraite\n"
    "X: je sais que c'est la bonne décision mais chui tellement triste\n"
    "Y: oh, c'est vraiment dur\nY: et elle, elle le vit comment ?\n"
    "X: courageusement. plus courageusement que moi\n"
    "Y: c'est normal d'être triste. c'est un gros changement pour vous tous\n"
    "X: ouais. merci de comprendre",
    "X: je crois que j'ai besoin d'une pause au taf, j'ai la tête en vrac\n"
    "Y: qu'est ce qui se passe ?\n"
    "X: juste la pression constante et aucune fin en vue\nY: ça a l'air épuisant\n"
    "Y: tu pourrais prendre une semaine ?\n"
    "X: peut-être. je culpabilise rien que d'y penser\n"
    "Y: t'as le droit de te reposer. vraiment",
    "X: je me suis vraiment inquiété{X:/e} pour l'argent ce mois-ci\n"
    "Y: il s'est passé un truc ?\n"
    "X: le loyer a augmenté et la voiture a raté le contrôle technique\n"
    "Y: pff. ça fait bcp d'un coup\n"
    "Y: tu veux de l'aide pour faire le point ?\nX: peut-être. c'est gênant\n"
    "Y: vraiment pas. plein de gens sont dans le même bateau",
]

DUMP += [
    "X: devine qui s'est encore fait ghoster\nX: trois dates et puis plus rien\n"
    "X: qu'est ce qui va pas chez moi\nY: rien va pas chez toi\nY: {VALIDATE}\n"
    "Y: tu te sens comment ?\nX: bête. et rejetée. comme d'hab",
    "X: j'ai fait un rêve horrible sur Jérém et du coup je suis de mauvaise humeur toute la "
    "journée\nX: je me sens tellement pathétique\n"
    "Y: t'es pas pathétique. les rêves c'est horrible comme ça\n"
    "Y: tu veux en parler ou te changer les idées ?\n"
    "X: me changer les idées. non, parler. je sais pas",
    "X: on a fracturé ma voiture\nX: ils ont pris la sacoche de mon ordi\n"
    "X: je suis restée assise sur le parking et j'ai pleuré\nY: oh non. ça va ?\nY: {VALIDATE}\n"
    "Y: t'as appelé la police ?\n"
    "X: ouais. ils m'ont donné un numéro de dépôt de plainte et c'est tout\n"
    "X: pourquoi tout m'arrive à moi",
    "X: maman a encore annulé notre déj\nX: troisième fois ce mois-ci\n"
    "X: j'ai l'impression d'être la priorité de personne\nY: {VALIDATE}\n"
    "Y: elle a dit pourquoi ?\n"
    "X: 'occupée'. elle est toujours occupée pour moi\n"
    "Y: ça fait vraiment mal. chui désolée",
    "X: chui tellement angoissée que j'arrive à me concentrer sur rien\n"
    "X: j'ai lu le même mail 5 fois\n"
    "Y: ça a l'air épuisant\nY: y'a un truc qui l'a déclenché ?\n"
    "X: la restructuration. tout le monde chuchote\n"
    "Y: {VALIDATE}. pas savoir c'est le pire\n"
    "X: j'ai tellement peur d'être la première à partir",
    "X: je me suis pesée et maintenant j'ai envie de disparaître\n"
    "Y: hey. ce chiffre te définit pas\n"
    "Y: {VALIDATE}\nX: je me sens juste dégoûtante\n"
    "Y: tu l'es pas. j'aimerais que tu puisses te voir comme je te vois",
    "X: ma coloc déménage et je peux pas payer le loyer toute seule\nX: chui en panique\n"
    "Y: oh non. elle part quand ?\nX: fin du mois prochain\n"
    "Y: ok. ça laisse un peu de temps au moins. {SUPPORT}\n"
    "Y: tu veux que je le mette sur mon insta, voir si quelqu'un cherche une chambre ?\n"
    "X: oui stp. chui tellement stressée",
    "X: le pot du taf c'était horrible\nX: personne m'a parlé\n"
    "X: je suis restée à côté des chips pendant une heure\n"
    "X: je me sens tellement nulle\nY: ça a l'air vraiment horrible\n"
    "Y: t'es pas nulle. ces trucs sont durs\n"
    "X: tous les autres trouvaient ça tellement facile",
    "X: je crois que mes potes en ont marre de moi\n"
    "X: personne a répondu sur le groupe de toute la journée\n"
    "Y: oh non. {VALIDATE}\nY: ils sont peut-être juste occupés ?\n"
    "X: peut-être. j'ai quand même l'impression qu'ils m'ignorent\n"
    "Y: moi je t'ignore pas. {SUPPORT}",
    "X: j'arrive encore pas à dormir\n"
    "X: il est 2h et je suis allongée là à tout ressasser\n"
    "X: pardon, je sais que tu dors\nY: chui réveillée, t'inquiète\n"
    "Y: qu'est ce qui tourne dans ta tête ?\n"
    "X: tout. le taf. Jérém. l'argent. maman\n"
    "Y: {VALIDATE}. tu veux que je t'appelle un peu ?",
]

# Ben's story in order: the list, the waiting, a backup interview, the news, then life goes on
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

GDOM_MONO += [
    "M: ok avis à contre-courant en approche\nM: on devrait s'entraîner le jeudi aussi\n"
    "M: juste une heure, exercices de passes\n"
    "M: j'ai déjà demandé pour le terrain, il est libre à 19h\n"
    "M: aucune pression mais un peu de pression quand même\n"
    "B: le jeudi c'est compliqué pour moi\nA: peut-être",
    "M: rapport de scouting sur l'équipe de dimanche\n"
    "M: leur gardien est faible sur sa gauche\n"
    "M: le numéro 9 défend pas\n"
    "M: et ils ont un gars qui plonge comme si c'était la coupe du monde\n"
    "M: donc pas de tacles débiles\nC: noté",
    "M: j'ai regardé nos stats\n"
    "M: on a encaissé 70% de nos buts dans les 10 dernières minutes\n"
    "M: c'est le physique. que le physique\n"
    "M: j'ajoute des sprints à l'échauffement\nA: nooon",
    "M: rappel que les chasubles sont PAS un accessoire de mode\n"
    "M: quelqu'un en a ramené une chez lui la semaine dernière\n"
    "M: je la veux pour dimanche\nM: lavée\nB: mdr pas moi",
    "M: au passage bravo à moi pour l'arrêt de dimanche\n"
    "M: du bout des doigts, sur le poteau\n"
    "M: personne a rien dit sur le moment donc je le dis maintenant\n"
    "C: super arrêt Marc\n"
    "M: merci {C}",
    "M: j'ai fait un tableur pour qui doit quoi\nM: avec des couleurs\n"
    "M: vert payé, orange en retard, rouge très en retard\n"
    "M: y'a beaucoup d'orange\nA: j'envoie",
    "M: je pense à changer le nom de l'équipe\nM: 'FC Mercredi' c'est un peu faible\n"
    "M: j'ai une liste de 12\nM: mon préféré c'est 'Olympique de Mousseille'\n"
    "M: on votera mais c'est moi qui compte les voix\nB: mdr\n"
    "C: olympique de mousseille c'est bien",
    "M: reco de podcast pour vous tous\n"
    "M: c'est deux anciens pros qui décortiquent la tactique\n"
    "M: j'ai écouté tous les épisodes\n"
    "M: l'épisode 40 c'est en gros comment on devrait jouer\n"
    "M: devoirs pour la semaine\nA: ok coach",
    "M: nouvelles de la blessure\nM: la cheville va bien\n"
    "M: le kiné dit 2 semaines mais je pense 1\n"
    "M: je jouerai avec s'il faut\nC: écoute peut-être le kiné",
    "M: on peut parler des touches\n"
    "M: c'est deux mains, derrière la tête, pieds au sol\n"
    "M: on en a perdu 3 dimanche\nM: je fais une démo avant le coup d'envoi\nA: 😂 ok",
]
