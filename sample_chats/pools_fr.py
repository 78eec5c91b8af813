"""Material for make_samples.py in French: pools.py's exchanges as people in France write them
on WhatsApp (lower case, few accents, no "ne", elision: "j'suis", "t'es", "chui"; "jsp", "tkt",
"mdr", "ptdr", "bcp", "stp", emoji).

Written for chat-balance; the people are invented. Not a word-for-word translation: each
exchange keeps its parts, its messages and their roles, its placeholders and what each message
does (a feeling of the same kind and strength, a question about the other, support, criticism,
a minimal reply), said the way it would be said in France. Every list has the same name, length
and order as in pools.py (tests/test_pools_fr.py checks it). ``{X:é/ée}`` is an ending that
agrees with the person in role X (masculine/feminine), as in the other languages' pools.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "ça a l'air trop dur",
        "oh non, ça a l'air vraiment chaud",
        "rhoo je suis tellement désolée",
        "franchement n'importe qui serait touché",
        "ça a l'air horrible sérieux",
        "ouf. ça fait bcp",
        "ça se comprend totalement",
        "évidemment que tu le vis comme ça",
        "c'est normal de ressentir ça",
        "mon dieu c'est affreux",
        "chui vraiment désolé que tu traverses ça",
        "ça a l'air tellement stressant",
        "oh ma belle. c'est dur",
        "c'est vraiment dur",
        "je t'entends",
        "c'est horrible, chui désolée",
    ],
    "SUPPORT": [
        "chui là pour toi",
        "chui là si tu veux parler",
        "tu veux que je t'appelle ?",
        "chui toujours là bisous",
        "t'es pas obligé de gérer ça tout seul",
        "dis moi si je peux faire quoi que ce soit",
        "je peux passer si tu veux",
        "je suis là, compte sur moi",
        "appelle moi quand tu veux, je suis sérieuse",
        "je vais nulle part",
        "sérieux appelle moi si ça devient trop",
        "là quand t'as besoin bisous",
    ],
    "HYPE": [
        "omg!!",
        "OUIIII",
        "nan c'est pas vrai!!",
        "c'est trop bien",
        "trop contente pour toi",
        "ENFIN!!",
        "je savais que tu l'aurais",
        "arrête c'est génial",
        "AAAAH",
        "attends quoi!! trop fort",
        "trop heureux pour toi",
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
        "ok", "okay", "cool", "ça marche", "👍", "ok cool", "ouais", "carrément", "parfait", "nickel",
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
    "ANSWER": ["bien merci!", "pas mal, longue journée", "ça va! speed", "ouais ça va", "bof. ça va",
               "bien bien", "plutôt bien en vrai", "longue. mais ça va", "ouais ça va merci",
               "je me plains pas", "ça va, crevé"],
    "QREPLY": ["plus tard peut-être, merci", "ouais peut-être", "je te dis", "oui stp",
               "franchement oui", "ça va, ça m'a fait du bien de parler", "merci bisous",
               "peut-être. merci", "pas ce soir mais merci", "je crois que ça va mieux",
               "ouais, j'aimerais bien"],
    "MINIMAL": ["ok", "k", "mdr", "ouais", "👍", "cool", "mm", "haha", "stylé", "grave", "ui", "ok."],
}

FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["omg!!", "OUIIII", "nan c'est pas vrai!!", "c'est trop bien", "trop contente pour toi",
             "je savais que tu l'aurais", "arrête c'est énorme", "AAAAH", "attends quoi!! trop fort",
             "ALLEZZZ", "j'te l'avais dit!!"],
    "VALIDATE": ["ça a l'air trop dur", "oh non, ça a l'air vraiment chaud",
                 "rhoo chui tellement désolée", "c'est tellement légitime",
                 "évidemment que tu le vis comme ça", "ça a l'air horrible",
                 "chui vraiment désolée que tu traverses ça", "ça fait bcp",
                 "ça craint tellement"],
    "ACK": ["ok", "okay", "cool", "ça marche", "👍", "vas-y", "ouais", "carrément", "parfait"],
}

# --- values (France: the UK chats in and around Paris, the US ones across the country)

VALUES_UK: dict[str, list[str]] = {
    "place": ["le Bistrot du coin", "chez Momo", "le thaï de la rue Oberkampf", "le Baratin",
              "Big Mamma", "l'italien à côté de la gare", "le Café des Sports", "Pokawa",
              "le grec", "la Cantine", "Léon", "le petit bar à ramen"],
    "food": ["des pâtes", "un curry", "des fajitas", "un wok", "des patates au four", "une pizza",
             "un risotto", "des wraps halloumi", "un poulet rôti", "un dal", "des croque-monsieur",
             "des gnocchis", "un katsu curry"],
    "day": ["samedi", "dimanche", "vendredi", "jeudi", "mercredi"],
    "time": ["19h", "19h30", "20h", "18h quelque chose", "20h moins le quart", "7h et demie"],
    "film": ["le nouveau Dune", "Paddington 2", "le thriller coréen", "Past Lives",
             "le film de braquage", "Aftersun", "le Wes Anderson"],
    "show": ["Lupin", "le Meilleur Pâtissier", "Slow Horses", "The Bear", "Koh-Lanta",
             "Severance", "Engrenages", "Quotidien", "la rediff de Kaamelott"],
    "friend": ["Camille", "Léa", "Manon", "Chloé", "Sarah", "Inès", "Clara", "Juliette"],
    "friend_m": ["Mehdi", "Julien", "Karim", "Théo", "Hugo"],
    "colleague": ["Sandrine", "Nathalie", "Isabelle", "Samia", "Véronique", "Mélanie"],
    "colleague_m": ["Philippe", "Nicolas", "Stéphane", "Thierry", "Olivier"],
    "town": ["Deauville", "Lille", "Lyon", "Rouen", "Étretat", "Nantes", "Trouville"],
    "shop": ["Carrefour", "Aldi", "Monop'", "Lidl", "le Franprix", "Picard"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Gare du Nord", "Gare de Lyon", "Montparnasse", "Saint-Lazare", "Gare de l'Est"],
    "band": ["Angèle", "Christine and the Queens", "Orelsan", "Juliette Armanet", "Phoenix",
             "PNL"],
    "drink": ["une pinte", "un spritz", "un verre de rouge", "un café", "un mojito"],
    "weather": ["il pleut des cordes", "il caille", "bizarrement y'a du soleil", "tout gris",
                "y'a un vent de malade", "encore de la bruine"],
    "thing": ["chargeur", "carte bleue", "parapluie", "gourde", "écharpe", "chargeur de tel"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["le Five Guys", "le food truck de tacos", "la Porte Bleue", "le diner",
              "le O'Tacos", "le spot de ramen", "le Buffalo Grill mdr", "la brasserie",
              "Cojean", "le Pizza Hut"],
    "food": ["des coquillettes jambon", "des tacos", "des ramen", "un poke bowl", "des crêpes",
             "des wings", "un croque", "un pho", "un reste de pizza", "un chili"],
    "day": ["samedi", "dimanche", "vendredi", "jeudi"],
    "time": ["19h", "19h30", "20h", "18h quelque chose", "midi"],
    "film": ["le nouveau Dune", "Oppenheimer", "le film d'horreur A24", "Past Lives", "Barbie",
             "le nouveau Spider-Verse"],
    "show": ["The Bear", "Koh-Lanta", "Severance", "Love Is Blind", "la rediff de Succession",
             "Only Murders", "Dix pour cent"],
    "friend": ["Lucie", "Jade", "Anaïs", "Priscilla", "Elodie"],
    "friend_m": ["Marc", "Kevin", "Nathan"],
    "colleague": ["Sylvie", "Brigitte", "Laetitia", "Nadia"],
    "colleague_m": ["Fabrice", "Jérémy", "Rachid"],
    "town": ["Marseille", "Toulouse", "Bordeaux", "Lyon", "Montpellier", "Nice"],
    "shop": ["Auchan", "Monop'", "Leclerc", "la pharmacie", "Naturalia"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["la gare Saint-Charles", "l'aéroport", "la Part-Dieu"],
    "band": ["Stromae", "Clara Luciani", "Zaho de Sagazan", "Eddy de Pretto", "Vianney"],
    "drink": ["une bière", "un café glacé", "une margarita", "un bubble tea"],
    "weather": ["trop chaud", "il pleut à verse", "il caille", "étrangement beau", "super lourd"],
    "thing": ["chargeur", "portefeuille", "gourde", "boîtier AirPods", "chargeur d'ordi",
              "carte d'identité"],
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
    "X: train encore en retard\nX: 40 min cette fois\nY: nooon\nY: prends des snacks la prochaine fois",
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
    "Y: t'as essayé le club de course dont tu parlais ?\nX: pas encore. je me dégonfle à chaque fois\n"
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
    "Y: ça t'a pris combien de temps ?\nX: 3 mois de dimanches mdr\nY: ça valait le coup. encadre le",
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
    "X: chui tellement en train de m'ennuyer au taf\nY: pareil, divertis moi",
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


# --- group: old uni friends (balanced)

GROUP = [
    "A: qui est dispo {day} ?\nB: moi!\nC: ça dépend l'heure\nA: je pensais {place} vers {time}\n"
    "D: chui chaud\nC: ok ouais allez",
    "A: <media>\nA: regardez ce que j'ai trouvé au grenier\nB: PAS la photo de l'inté\n"
    "D: supprime ça tout de suite\nC: {LAUGH}\nC: les cheveux de {B} 😭",
    "A: joyeux anniversaire {B}!! 🎂\nC: joyeux anniv!!!\nD: joyeux anniiiv 🥳\n"
    "B: merci à tous ❤️ je me sens vieux",
    "A: quelqu'un a vu la nouvelle de {friend}\nB: le bébé??\nA: oui!!\nC: attends quoi\n"
    "D: j'ai vu! trop mignon\nC: comment j'ai pu rater ça",
    "A: résultats du quiz : on est 4e\nB: volés\nD: la manche musique était truquée\n"
    "C: il nous faut quelqu'un qui connaît le sport\n"
    "A: il nous faut quelqu'un qui connaît quoi que ce soit",
    "A: quelqu'un aurait un {thing} à me prêter {day}\nC: moi j'ai\nA: t'es un boss\n"
    "D: le groupe assure",
    "A: alors {film}. vos avis\nB: adoré\nC: trop long\nD: pas vu, spoilez pas\n"
    "A: ok mais la fin 😳\nD: J'AI DIT QUOI À L'INSTANT",
    "A: <media>\nA: ma tentative de {food}\nB: franchement ça a l'air top\n"
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
    "B: oh ma belle, on va boire {drink} cette semaine ?\n"
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

GROUP_SYSTEM_NAMES = ("Hannah", "Dev 🎸", "+44 7700 900123", "Chloe")

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
    "A: quelqu'un veut partager un kit {food}\nC: c'est quoi un kit {food}\n"
    "A: un kit. pour {food}\n"
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
    "X: je crois que je dois quitter Alex\nY: wow. ça va ?\n"
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
    "X: juste inquiet{X:/e}. il a 89 ans\nY: évidemment. tiens moi au courant ok ?",
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
    "je me suis endormi dans le train et je me suis réveillé deux arrêts trop loin",
    "mon père a découvert les podcasts et maintenant il m'envoie des épisodes tous les jours",
    "une vieille dame hyper stylée m'a complimenté sur mon manteau",
    "un petit dans le train vient de me dire que mes cheveux étaient rigolos",
    "j'ai mangé que des tartines aujourd'hui. journée tartines",
    "nouvelle coupe, pas sûr que j'aime",
    "y'avait une question de quiz à la radio, j'ai trouvé et personne était là pour voir",
    "mon voisin a fait un potager et m'a donné une courgette grosse comme mon bras",
    "appris aujourd'hui que les flamants sont roses à cause de ce qu'ils mangent",
    "je viens de faire un exercice incendie sous une pluie battante",
    "y'avait un chien dans le train avec des petites bottes",
    "je viens de lancer une machine avec une chaussette rouge dedans. tout est rose",
    "mon manager a envoyé un mail qui dit juste 'appelle moi'. terrifié",
    "j'ai fini mon livre dans le bus et maintenant je sais plus quoi faire de ma vie",
    "vu un double arc-en-ciel en rentrant",
    "je me suis inscrit à la salle. encore",
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
    "Y: tu te sens comment ?\nX: franchement un peu anéanti{X:/e}. je me suis tellement entraîné{X:/e}\n"
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
    "Y: oh ma belle. ça fait vraiment mal\n"
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
