"""Material en español para make_samples.py: the Spanish twin of ``pools.py``.

Same names, same pool kinds, the same exchanges in the same order with the same roles,
placeholders and fragment names as ``pools.py``; written in Spain's Spanish as people text it on
WhatsApp (lower case, accents and "¿" often left out, "q", "xq", "pq", "tb", "tmb", "jajaja"),
not translated word for word. A feeling keeps its kind and strength, a question about the other
stays one, support stays support, criticism stays criticism and a minimal reply stays minimal.
An adjective that agrees with a person is written ``agobiad{X:o/a}`` (make_samples.py knows who
plays each role in the chats it writes in Spanish); elsewhere, where a role can be anyone, the
gender is left open ("sin pilas", "de bajon", "me agobia"). Everything here was written for this
project; the people are invented. ``tests/test_pools.py`` checks the structure against
``pools.py``.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "suena durisimo",
        "ay no, q palo de verdad",
        "uf lo siento muchisimo",
        "la verdad es q eso le afectaria a cualquiera",
        "eso suena horrible de verdad",
        "uff. es muchisimo",
        "tiene todo el sentido la verdad",
        "normal q te sientas asi",
        "es totalmente normal sentirse asi",
        "dios q horror",
        "siento mucho q estes pasando por esto",
        "q estres madre mia",
        "ay cariño. q duro",
        "es muy duro",
        "te entiendo",
        "q horror, lo siento",
    ],
    "SUPPORT": [
        "aqui estoy para lo q necesites",
        "aqui estoy si quieres hablar",
        "quieres q te llame?",
        "siempre estoy aqui 😘",
        "no tienes q pasar por esto sin nadie",
        "dime si puedo hacer algo",
        "si quieres me paso por tu casa",
        "cuenta conmigo",
        "llamame cuando sea, lo digo en serio",
        "no me voy a ningun sitio",
        "en serio, llamame si se te hace bola",
        "aqui me tienes para lo q sea, un beso",
    ],
    "HYPE": [
        "dios!!",
        "SIIII",
        "no me digas!!",
        "q pasada",
        "me alegro muchisimo por ti",
        "toma ya!!",
        "sabia q lo conseguirias",
        "calla calla q es buenisimo",
        "AAAAH",
        "espera q?? q fuerte",
        "q ilusion me hace",
        "te lo dije!!",
    ],
    "LAUGH": [
        "jajaja",
        "jajajaja",
        "😂😂",
        "jsjsjs",
        "jaja para",
        "me muero 😂",
        "💀",
        "jajajajaja",
        "jajajj",
        "😂",
    ],
    "ACK": [
        "ok", "vale", "guay", "me parece bien", "👍", "vale guay", "sip", "claro", "perfecto",
        "genial",
    ],
    "BYE": [
        "buenas noches 😘",
        "buenas noches!",
        "descansa",
        "bueno me voy a la cama",
        "hablamos mañana",
        "me tengo q ir, hablamos luego",
        "a dormir 😴",
        "venga me voy a dormir",
        "vale a la cama. buenas noches",
        "buenas noches, besitos",
    ],
    "ANSWER": ["bien gracias!", "no esta mal, dia largo", "bien! con lio", "bien si",
               "meh. ahi vamos", "bien bien", "pues bastante bien la verdad", "largo. pero bien",
               "sii bien gracias",
               "no me puedo quejar", "bien, con sueño"],
    "QREPLY": ["luego igual, gracias", "sii puede ser", "ya te digo", "si porfa",
               "la verdad q si", "no hace falta, hablarlo me ha ayudado", "gracias 😘",
               "puede. gracias", "esta noche no pero gracias", "creo q ya estoy mejor",
               "si, me encantaria"],
    "MINIMAL": ["ok", "k", "jaja", "ya", "👍", "guay", "mm", "jaja", "vale", "cierto", "sip",
                "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": ["el bar de Paco", "La Tagliatella", "el tailandes de la calle Mayor", "el Bodegon",
              "el 100 Montaditos", "el italiano de al lado de la estacion",
              "la cerveceria de la plaza", "el vietnamita nuevo", "el griego", "La Sureña",
              "el asturiano", "el ramen de Lavapies"],
    "food": ["pasta", "un curry", "fajitas", "un salteado de verduras", "patatas asadas", "pizza",
             "risotto", "tortilla", "lentejas", "huevos rotos", "croquetas", "macarrones",
             "un pisto"],
    "day": ["sabado", "domingo", "viernes", "jueves", "miercoles"],
    "time": ["las 7", "las 7 y media", "las 8", "las 6 o asi", "las 8 menos cuarto", "las 7:30"],
    "film": ["la nueva de Dune", "Paddington 2", "el thriller coreano ese", "Past Lives",
             "la de atracos", "Aftersun", "la de Wes Anderson"],
    "show": ["OT", "Supervivientes", "The Bear", "Pasapalabra", "Severance", "Elite",
             "La que se avecina", "Cuentame", "Aida otra vez"],
    "friend": ["Lucia", "Marta", "Paula", "Carmen", "Alicia", "Sara", "Noelia", "Bea"],  # "ella"
    "friend_m": ["Javi", "Dani", "Sergio", "Alvaro", "Pablo"],
    "colleague": ["Maribel", "Pilar", "Rocio", "Elena", "Conchi", "Silvia"],  # "ella"
    "colleague_m": ["Paco", "Jorge", "Manolo", "Ramon", "Nacho"],
    "town": ["Valencia", "Malaga", "Cadiz", "Santander", "Toledo", "Segovia", "San Sebastian"],
    "shop": ["Mercadona", "Dia", "Carrefour", "Lidl", "Alcampo", "Eroski"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Atocha", "Chamartin", "Sol", "Principe Pio", "Nuevos Ministerios"],
    "band": ["Rosalia", "Vetusta Morla", "Love of Lesbian", "C. Tangana", "Amaral", "Viva Suecia"],
    "drink": ["una caña", "un vermut", "un tinto de verano", "un cafe", "un gin tonic"],
    "weather": ["diluviando", "un frio q pela", "un sol rarisimo", "todo gris",
                "un viento q te lleva", "chispeando"],
    "thing": ["cargador", "paraguas", "tupper", "boli bueno", "cargador del movil", "jersey gordo"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["el Goiko", "la taqueria de la calle Verdi", "el bar de abajo", "el Vips",
              "el Foster's", "el sitio de ramen", "el Telepizza jaja", "la cerveceria",
              "el poke de al lado", "la pizzeria de Giuseppe"],
    "food": ["macarrones con queso", "tacos", "ramen", "un burrito", "tortitas", "alitas",
             "un sandwich mixto", "pho", "pizza de ayer", "chili"],
    "day": ["sabado", "domingo", "viernes", "jueves"],
    "time": ["las 7", "las 7 y media", "las 8", "las 6 o asi", "las 2"],
    "film": ["la nueva de Dune", "Oppenheimer", "la de miedo de A24", "Past Lives", "Barbie",
             "la nueva de Spiderman"],
    "show": ["The Bear", "Supervivientes", "Severance", "Love is Blind", "Succession",
             "Solo asesinatos en el edificio", "La Casa de Papel"],
    "friend": ["Andrea", "Nuria", "Clara", "Alba", "Laura"],
    "friend_m": ["Marcos", "Adrian", "Hugo"],
    "colleague": ["Mercedes", "Yolanda", "Raquel", "Susana"],
    "colleague_m": ["Gregorio", "Borja", "Raul"],
    "town": ["Barcelona", "Bilbao", "Sevilla", "Zaragoza", "Granada", "Palma"],
    "shop": ["Primark", "Zara", "Decathlon", "Mercadona", "Ikea"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Sants", "el aeropuerto", "la estacion de autobuses"],
    "band": ["Aitana", "Quevedo", "Bad Bunny", "Lola Indigo", "Estopa"],
    "drink": ["una cerveza", "un cafe con hielo", "un mojito", "un bubble tea"],
    "weather": ["un calor horrible", "diluviando", "un frio q pela", "un dia raro de bueno",
                "una humedad q te mueres"],
    "thing": ["cargador", "monedero", "termo", "estuche de los cascos", "cargador del portatil",
              "DNI"],
}

# --- shared UK pools

OPEN_UK = [
    "X: eyy\nY: holaaa\nY: q tal el dia?",
    "X: buenos dias ☀️\nY: buenas! has dormido bien?\n"
    "X: la verdad q no jaja, los vecinos otra vez\n"
    "Y: noooo",
    "X: estas por aqui?\nY: sip q pasa",
    "X: holaaaa\nY: holi 👋",
    "X: ey, q tal todo?\nY: bien! un poco reventad{Y:o/a} jaja. y tu?\nX: igual la verdad",
    "X: aqui {weather}\nY: aqui igual, me he calado volviendo a casa",
    "X: buenas\nY: buenas! acabo de llegar",
    "X: sigues viv{Y:o/a}\nY: a duras penas jaja\nY: dia largo",
    "X: holiii\nY: ey!! justo te iba a escribir",
    "X: ya estas en casa?\nY: en el bus, 10 min",
    "X: adivina quien ha salido antes del curro\nY: q envidia\nY: y q vas a hacer?",
    "X: q tal el dia?\nY: largo! pero bien. y el tuyo?\nX: bien, nada especial",
]

CLOSE_UK = [
    "X: bueno tengo q dormir\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: vale voy a intentar dormir\nY: suerte jaja\nY: buenas noches",
    "X: me voy q esta la cena\nY: q aproveche!",
    "X: me queda un 2% de bateria chao\nY: jaja chao",
    "X: bueno, hablamos mañana?\nY: si! {BYE}",
    "X: venga, a la cama\nY: buenas noches 💤",
    "X: vale me estoy durmiendo a mitad de frase\nY: pues a la cama 😂\nX: si mama",
    "X: bueno, a seguir\nY: animo!",
    "X: me tengo q ir corriendo, reunion\nY: corre corre",
    "X: bueno te dejo q sigas\nY: hablamos luego 😘",
    "X: ahora vuelvo, llaman a la puerta\nY: 👍",
]

LIGHT_UK = [
    "X: q vas a cenar\nY: {food} seguramente. y tu?\nX: {food2}\nY: q nivel",
    "X: has visto lo nuevo de {show}\nY: no!! nada de spoilers\nX: jamas\n"
    "X: ...pero el final 😳",
    "X: <media>\nX: mira quien se ha colado en el patio\nY: dios un gato!!\nY: q cara de chulo",
    "X: {weather} otra vez\nY: de verdad q tiempo mas loco\nX: {LAUGH}",
    "X: sigue en pie lo del {day} en {place}?\nY: si! a {time}?\nX: perfecto 👍",
    "X: me acabo de comer una puerta de cristal en el curro\nY: {LAUGH}\nY: estas bien\n"
    "X: mi orgullo no",
    "X: sabes si {shop} abre los domingos por la tarde\nY: hasta las 3 creo\nX: uf vale gracias",
    "X: me acabo de encontrar a {friend} en {shop}, dice q hola\nY: ay hola {friend}\n"
    "Y: sigue con lo de la maraton?\nX: pues si, esta fatal",
    "X: <media>\nY: eso es... una tarta?\nX: se suponia\n"
    "Y: 😂😂 lo q cuenta es la intencion",
    "X: no encuentro mi {thing} por ningun lado\nY: has mirado en el bolsillo del abrigo\n"
    "X: ...vale ya esta\nX: ni una palabra",
    "X: el tren lleva retraso otra vez\nX: 40 min esta vez\nY: nooo\nY: la proxima lleva picoteo",
    "X: recomiendame un podcast para el viaje en coche\nY: has escuchado ya el de la secta\n"
    "X: no! vendido",
    "X: estoy pensando en comprarme una planta\nY: se te murio un cactus\nX: eso fue una vez",
    "X: vale he empezado {show}\nY: POR FIN\nY: q capitulo\nX: el 3. xq son todos tan turbios\n"
    "Y: tu espera",
    "X: te apetece ver {film} el finde?\nY: uy si\nY: el {day} por la tarde?\nX: me va bien",
    "X: mi madre ha descubierto los audios\nY: ay no\n"
    "X: me ha mandado 6 esta mañana. uno era solo ella respirando\nY: {LAUGH}",
    "X: acabo de comer {food} y madre mia, lo mejor de mi vida\nY: donde\nX: en {place}\n"
    "Y: a la lista",
    "X: sigues teniendo mi {thing}?\nY: ay si perdona\nY: el {day} sin falta me acuerdo",
    "X: a q hora sales?\nY: a las 6 con suerte\nX: te apetece {drink} despues?\nY: venga va",
    "X: <media>\nX: el cielo esta noche!!\nY: hala. parece de mentira",
    "X: como se hace el arroz sin q se pase\nY: menos agua jaja\nX: genio. gracias chef",
    "X: pregunta rapida, al final hacemos regalo para el cumple de {friend}\n"
    "Y: creo q dijimos {num} cada uno\nX: vale guay yo me encargo\nX: la tarjeta pone:\n"
    "+ feliz cumple!!\n+ te queremos 😘\nX: muy sosa?\nY: perfecta",
    "X: llevo 3 horas con este excel\nY: q divertido\nX: no lo es\nY: ya casi es finde",
    "X: el conductor del bus me acaba de desear buena tarde\nY: oooh\n"
    "X: me ha alegrado la semana en serio",
    "X: hoy he ido a {town}\nY: q bien, a q?\nX: a dar una vuelta. comi pescaito en el paseo\n"
    "Y: plan perfecto la verdad",
    "X: <media>\nY: vaya cola\nX: todo {town} ha tenido la misma idea",
    "X: viste el partido\nY: ni me hables\nX: tan mal?\nY: nos robaron",
    "X: me acabo de dar cuenta de q llevo años diciendolo mal\nY: diciendo el q\n"
    "X: 'idiosincrasia'\nY: {LAUGH}",
    "X: me corto flequillo?\nY: no\nX: vale pero escuchame\nY: sigue siendo no 😂",
    "X: por fin he pedido cita en el dentista\nY: q orgullo\n"
    "X: para {month}, es lo primero q habia",
    "X: el disco nuevo de {band} es buenisimo\nY: aun no lo he escuchado!\n"
    "X: la 4. no digo mas",
    "X: se ha vuelto a romper la calefaccion\nY: noooo\nY: se lo has dicho al casero?\n"
    "X: 'ya lo mirara'",
    "X: como se llamaba el sitio q dijiste, el de las gyozas\nY: {place}?\nX: ese mismo",
    "X: me han pedido q corra una 5k solidaria\nY: tu??\nX: ya lo se\n"
    "Y: te patrocino con 5 euros jaja",
    "X: random pero te acuerdas de la cancion de la boda\nY: cual\n"
    "X: la q gritamos todos\nY: Mi gran noche obvio",
    "X: <media>\nY: eso es tu escritorio nuevo\nX: era teletrabajo\nY: q pijerio",
    "X: ahora mismo detras de un tractor\nY: {LAUGH}\nY: la vida de pueblo",
    "X: me he comido una caja entera de turron y ni es navidad\nY: respeto",
    "X: me han puesto una multa 🙃\nY: noooo donde\n"
    "X: en la puerta de {shop}. estuve 4 minutos\nY: un robo",
    "X: socorro. q le regalo a mi padre por su cumple\nY: calcetines\n"
    "X: tiene 400 calcetines\nY: pues 401",
]

DEEP_UK = [
    # X cuenta algo q le pesa, Y responde; "~~~" abre el seguimiento un dia o asi despues
    "X: te puedo contar una cosa con sinceridad\nY: siempre\n"
    "X: ultimamente estoy muy de bajon con el curro\n"
    "+ en plan q me da angustia q llegue el domingo por la noche\n"
    "Y: {VALIDATE}\nY: ha pasado algo o se te ha ido acumulando?\n"
    "X: acumulando creo. {colleague} no para de cargarme cosas y no se decir q no\n"
    "Y: q agotador. se lo has contado a alguien?\nX: la verdad q no\nY: {SUPPORT}\n~~~\n"
    "Y: q tal hoy el curro? algo mejor?\nX: un poco. le he dicho q no a {colleague} una vez 😅\n"
    "Y: mirate!! y q tal te sentiste\nX: un miedo q flipas. pero bien",
    "X: tengo la entrevista el {day}\nX: la verdad me da miedo cagarla\n"
    "Y: no la vas a cagar. te lo sabes todo\nY: q es lo q mas te preocupa?\n"
    "X: la presentacion. me quedo en blanco cuando me mira la gente\n"
    "Y: quieres ensayarla conmigo mañana?\nX: en serio? me ayudaria un monton\n~~~\n"
    "Y: q tal la entrevista??\nX: bien creo!! la presentacion fue bien\nY: te lo dije\n"
    "Y: q te preguntaron?\n"
    "X: un monton de cosas del equipo. me dicen algo la semana q viene",
    "X: me ha llamado mi madre, los resultados de la prueba no son buenos\n"
    "X: no se ni q hacer conmigo\nY: ay no. lo siento muchisimo\n"
    "Y: q te ha dicho?\n"
    "X: q tienen q hacerle mas pruebas. intenta quitarle hierro pero se le nota q esta preocupa"
    "da\nY: {VALIDATE}\nY: y tu como estas? de verdad\nX: pues mal. tengo el estomago revuelto\n"
    "Y: {SUPPORT}\n~~~\n"
    "Y: sabes algo de tu madre?\nX: las pruebas son el {day}. se la oye mas tranquila\n"
    "Y: algo es algo. y tu como lo llevas?\nX: mejor despues de hablarlo la verdad. gracias",
    "X: nunca sientes q vas por detras de todo el mundo\nY: todo el rato\n"
    "Y: y eso a q viene?\n"
    "X: {friend} se ha prometido y se ha comprado una casa en la misma semana\n"
    "X: y me alegro por ella pero tb he llorado en la ducha jaja\n"
    "Y: es normal. las dos cosas pueden ser verdad\n"
    "Y: no vas por detras, vas por otro camino\n"
    "X: ya. solo necesitaba decirlo en alto",
    "X: esta mañana me ha dado un ataque de ansiedad en el metro\nY: dios\n"
    "Y: estas bien ya? donde estas\nX: en mi mesa. estoy bien. solo temblando un poco\n"
    "Y: {VALIDATE}\n"
    "Y: te habia pasado antes?\nX: una o dos veces. no te lo conte pq me daba verguenza\n"
    "Y: no es ninguna tonteria\nY: {SUPPORT}\n~~~\n"
    "Y: como estas hoy? despues de lo de ayer\nX: mejor. he pedido cita con el medico de cabecera\n"
    "Y: me alegro un monton. q orgullo",
    "X: siento q estoy fallando en todo ahora mismo\nY: ey. q pasa?\n"
    "X: voy tarde con las entregas\n+ el piso es una leonera\n"
    "+ hace semanas q no llamo a mi abuela\n"
    "+ y he cenado patatas de bolsa\nY: son muchos frentes a la vez\n"
    "Y: cual es el q mas te agobia?\nX: las entregas creo\n"
    "Y: vale. eso es una cosa, no todo. te ayudo a hacer una lista?\n"
    "X: si. gracias. perdon por el rollo\nY: no es ningun rollo, te lo he preguntado yo",
    "X: estoy super agobiad{X:o/a} con el dinero este mes\nY: q ha pasado?\n"
    "X: al coche le han tenido q cambiar el embrague. {num}0 euros q no tenia\nY: {VALIDATE}\n"
    "Y: puedo hacer algo? te puedo dejar un poco\n"
    "X: no no, ya me apaño. el mes se va a hacer largo. pero gracias\nY: la oferta sigue en pie",
    "X: la verdad es q desde la mudanza me siento un poco fuera de lugar\nY: fuera de lugar como?\n"
    "X: pues q aun no conozco a nadie aqui y las tardes se hacen larguisimas\n"
    "Y: suena duro. los sitios nuevos cuestan un monton\n"
    "Y: has probado lo del club de running q dijiste?\nX: aun no. siempre me rajo\n"
    "Y: te hago una videollamada antes de la primera quedada para darte valor?\n"
    "X: jaja pues si la verdad",
    "X: me preocupa mi hermano\nY: q le pasa?\n"
    "X: ha dejado de contestar a todo el mundo. mi madre tb esta preocupada\n"
    "Y: q miedo. cuando fue la ultima vez q supiste de el?\nX: hace como 2 semanas\n"
    "Y: podrias pasarte por su casa?\nX: si. creo q ire el {day}\n~~~\n"
    "Y: viste a tu hermano?\n"
    "X: si. lo esta pasando muy mal. pero ha aceptado hablar con alguien\n"
    "Y: eso es enorme. y tu como lo llevas?\nX: con alivio. y pena. las dos cosas",
    "X: hoy ha sido un dia horrible\nY: ay no, q ha pasado\n"
    "X: {colleague} me ha echado la bronca delante de todo el mundo\n"
    "X: he aguantado el tipo pero llevo temblando desde entonces\nY: eso esta fatal\n"
    "Y: estas bien?\nX: me siento humillad{X:o/a} la verdad\n"
    "Y: {VALIDATE}. no te merecias eso\nY: {SUPPORT}",
    "X: me da pavor el {day}\nY: lo de la familia?\n"
    "X: si. con ellos siempre acabo sintiendome como si tuviera 12 años\nY: {VALIDATE}\n"
    "Y: puedes irte pronto?\nX: podria decir q al dia siguiente madrugo para currar\n"
    "Y: hazlo. y escribeme desde el baño si se pone feo 😂\nX: trato hecho",
    "X: no me lo han dado\nX: el trabajo\nY: ay no. lo siento muchisimo\nY: como estas?\n"
    "X: hech{X:o/a} polvo la verdad. pensaba q este era el bueno\nY: {VALIDATE}\n"
    "Y: te dieron algun feedback?\nX: 'un segundo puesto muy ajustado'. q casi es peor\n"
    "Y: aun asi estuviste cerca. al siguiente",
    "X: me puedo desahogar un momento\nY: venga, suelta\n"
    "X: estoy hart{X:o/a} de ser siempre yo quien lo organiza todo\n"
    "X: nadie da ni las gracias\n"
    "Y: {VALIDATE}\nY: eso quema a cualquiera\nY: con quien es esta vez?\n"
    "X: los de la uni. la quedada de los 10 años\n"
    "Y: y si dejas q otro se encargue de lo siguiente?\n"
    "X: si tienes razon",
    "X: estoy durmiendo fatal\nY: desde cuando?\n"
    "X: un par de semanas. me despierto a las 4 con la cabeza a mil\nY: q agotador\n"
    "Y: hay algo en concreto q te quite el sueño?\n"
    "X: sobre todo la incertidumbre con lo del contrato\n"
    "Y: normal. es mucho peso\nY: {SUPPORT}",
    "X: hoy echo de menos a mi padre\nY: ay cariño\nY: es el aniversario?\n"
    "X: no solo. ha sonado la cancion en la tienda\nY: {VALIDATE}\n"
    "Y: me quieres contar cosas de el? me gustaria escucharlas\n"
    "X: la cantaba en el coche fatal\nX: pero fatal aposta\n"
    "Y: parece q era un crack\nX: lo era",
    "X: creo q tengo q decirle algo a {friend} pero me da miedo cargarme la amistad\n"
    "Y: q pasa con ella?\n"
    "X: me cancela siempre en el ultimo momento y siento q no soy una prioridad\nY: {VALIDATE}\n"
    "Y: q te gustaria decirle?\nX: solo q me duele. nada dramatico\n"
    "Y: me parece justo y bonito. creo q le gustaria saberlo\n~~~\n"
    "Y: al final hablaste con {friend}?\n"
    "X: si!! me pidio perdon. dice q esta desbordada\nY: ay q bien. y tu como te sientes?\n"
    "X: como si me hubiera quitado un peso de encima",
    "X: estoy de los nervios con los resultados de mañana\nY: los del analisis de sangre?\n"
    "X: si. seguramente no sea nada pero mi cabeza se pone en lo peor\n"
    "Y: es super normal. esperar es lo peor\nY: quieres q te acompañe?\n"
    "X: no te importa?\nY: claro q no",
    "X: estoy teniendo mucha ansiedad por las noches\n"
    "Y: ansiedad por algo en concreto?\nX: no mucho. simplemente aparece\n"
    "Y: q horror. te habia pasado antes?\nX: a temporadas, desde hace años\n"
    "Y: gracias por contarmelo\nY: q te ayuda cuando te da?\n"
    "X: caminar. o hablar contigo la verdad",
]

NEWS_UK = [
    "X: ADIVINA\nY: q q\nX: me han ascendido!!\nY: {HYPE}\n"
    "Y: cuando te has enterado??\nX: ahora mismo, me ha llamado {colleague}\n"
    "Y: te lo mereces. el {day} lo celebramos",
    "X: he aprobado el carnet 🚗\nY: {HYPE}\nY: a la primera??\nX: a la primera!! 2 faltas leves\n"
    "Y: ahora me tienes q llevar a algun sitio",
    "X: les ha encantado la presentacion\nY: sabia q les encantaria!!\nY: q te han dicho?\n"
    "X: q era la mas clara q habian visto en todo el año\nY: q maravilla. q orgullo",
    "X: nos han dado el piso!!\nY: {HYPE}\nY: el del ventanal?\n"
    "X: ese!! entramos en {month}\nY: voy a ayudar. y a juzgar tu sofa",
    "X: por fin he terminado el cuadro\nX: <media>\nY: espera q es buenisimo\n"
    "Y: cuanto has tardado?\nX: 3 meses de domingos jaja\nY: merecio la pena. enmarcalo",
    "X: he corrido los 5k enteros sin parar\nY: {HYPE}\nY: como te sientes\n"
    "X: como si me hubiera pasado un camion. pero feliz\nY: 😂 q orgullo",
    "X: una tonteria pero hoy mi jefe me ha dado las gracias\nY: no es ninguna tonteria! por q?\n"
    "X: por arreglar lo del cliente\nY: ya era hora de q alguien se diera cuenta",
    "X: me han cogido en el curso!!\nY: {HYPE}\nY: el de por la tarde?\nX: si! empieza en {month}\n"
    "Y: y como lo llevas?\nX: con mucha ilusion y un poco de panico",
    "X: por fin le he dicho a mi hermana lo q sentia con lo de la boda\nY: y q tal??\n"
    "X: pues muy bien la verdad. me escucho\nY: me alegro un monton. eso tiene mucho merito",
    "X: por fin esta terminado el baño\nX: <media>\nY: parece un hotel!!\n"
    "Y: los azulejos los has puesto tu?\nX: todos y cada uno\nY: increible",
]

REPAIR_UK = [
    # X saca algo de como le trata Y; Y lo repara
    "X: te puedo decir una cosa sin q se lie\nY: claro\n"
    "X: me sento un poco mal q me cancelaras lo del {day} por whatsapp una hora antes\n"
    "Y: tienes razon. estuvo fatal por mi parte, lo siento\n"
    "Y: se me junto todo y lo gestione fatal\nX: gracias por decirlo. no pasa nada\n"
    "Y: te lo compenso? {place}, invito yo\nX: hecho 😊",
    "X: anoche me pisaste un poco al hablar\nX: cuando estaba contando a todos lo del trabajo\n"
    "Y: uy en serio? lo siento\nY: no era mi intencion. me emociono demasiado\n"
    "X: ya lo se. solo q me hizo sentir q no pintaba nada\n"
    "Y: es justo. lo tendre en cuenta. gracias por decirmelo",
    "X: oye, me molesto un poco q no contestaras a lo de mi abuelo\n"
    "Y: ay no. tienes razon\n"
    "Y: lo lei en el tren y se me fue completamente de la cabeza, lo siento muchisimo\n"
    "Y: como esta?\nX: estable ya. gracias\nY: tendria q haberte preguntado antes. aqui estoy",
    "X: podemos hablar de lo del dinero\nY: claro\n"
    "X: siento q siempre soy yo quien paga las entradas y ya empieza a ser mucho\n+ \n"
    "+ no es para tanto, solo no queria q se convirtiera en algo\nY: es justo la verdad\n"
    "Y: no me habia dado cuenta de todo lo q se habia juntado, lo siento\n"
    "Y: te mando mi mitad ahora\n"
    "X: gracias. odiaba sacar el tema\nY: me alegro de q lo hayas hecho",
]

# --- Priya y Tom (pareja)

COUPLE_UK = [
    "X: te echo de menos\nY: yo mas\nX: imposible\nY: 🙄 ❤️",
    "X: q quieres hacer el {day}?\nY: quedarnos en casa, tu, {food}, {show}\n"
    "X: respuesta perfecta",
    "X: hoy he estado pensando en ti\nY: cosas buenas espero\nX: siempre\nY: ❤️",
    "X: me acaba de escribir tu madre\nY: ay no q queria\n"
    "X: saber si te estoy 'alimentando bien'\nY: 😂😂 lo siento muchisimo",
    "X: me gusto mucho lo de anoche\nY: y a mi. hacia siglos q no hablabamos de verdad\n"
    "X: tendriamos q hacerlo mas\nY: si. sin moviles, sin tele",
    "X: tengo muchas ganas de verte\nY: 2 noches mas\nX: no cuentes q se hace mas largo",
    "X: <media>\nX: mira lo q he encontrado de nuestro primer viaje\nY: madre mia mira tu pelo\n"
    "X: q borde\nY: me encanta. te quiero",
    "X: gracias por lo de hoy\nY: por q?\nX: por estar ahi. se q estuve un poco pesad{X:o/a}\n"
    "Y: para nada. me gusta estar ahi",
    "X: llegas pronto?\nY: 20 min\nX: voy poniendo la cafetera\nY: casate conmigo",
    "X: no te olvides de la leche\nY: ya la tengo\nX: quien eres\nY: una persona nueva",
]

# --- pools US (Maddie y Luis, Jo y Sam)

OPEN_US = [
    "X: holaa\nY: ey! q tal",
    "X: duermes?\nY: por desgracia no jaja",
    "X: buenos dias ☀️\nY: buenos dias!! q tal has dormido",
    "X: eeey\nY: eeeey",
    "X: q tal la semana\nY: pues la verdad bastante intensa. y tu?\nX: igual jaja",
    "X: me aburro muchisimo en el curro\nY: yo igual, entretenme",
    "X: tienes un momento para hablar?\nY: si q pasa",
]

CLOSE_US = [
    "X: bueno me tengo q ir\nY: hablamos!",
    "X: me voy a la cama, buenas noches!\nY: buenas noches!!",
    "X: bueno me piro, luego hablamos\nY: pasalo bien!",
    "X: me caigo de sueño, buenas noches\nY: buenas noches 😴",
    "X: te quiero, hablamos mañana\nY: y yo a ti",
]

LIGHT_US = [
    "X: q haces este finde\nY: literalmente nada y me hace muchisima ilusion\n"
    "X: objetivo de vida",
    "X: <media>\nX: mira este perro q acabo de conocer\nY: DIOOOS\nY: las orejas!!",
    "X: has visto ya {show}\nY: aun no, nada de spoilers!!\nX: soy una tumba 🤐",
    "X: me acabo de gastar {num} pavos en {shop} en nada\nY: tipico de {shop}\n"
    "X: entre a por champu",
    "X: aqui {weather}\nY: uf igual. quiero q vuelva el verano",
    "X: recuerdame como se llamaba el sitio donde comimos {food}\nY: {place}?\n"
    "X: si!! gracias",
    "X: esta noche hago {food}\nY: guardame un poco\nX: pues vente jaja",
    "X: mi compi acaba de calentar pescado en el micro\nY: noooo\nX: huele toda la planta\n"
    "Y: {LAUGH}",
    "X: seguimos con lo del {day}?\nY: si! a {time}?\nX: perfecto nos vemos",
    "X: he vuelto a perder mi {thing}\nY: mira en la nevera jaja\nX: ...pq estaba en la nevera",
    "X: creo q voy a empezar a correr\nY: quien eres\nX: nse he visto un video\n"
    "Y: jajajaja vale ya me contaras",
    "X: <media>\nY: es tu piso nuevo??\nX: si!! aun sin sofa eso si\nY: es monisimo",
    "X: conoces algun dentista bueno\nY: el mio esta bien? te paso el numero\nX: graciass",
    "X: {band} sale de gira!!\nY: Q\nY: cuando\nX: en {month}. las entradas salen el viernes\n"
    "Y: vamos",
    "X: mi madre ha descubierto tiktok\nY: ay no\nX: me ha mandado 12 videos esta mañana\n"
    "Y: {LAUGH}",
    "X: hoy me he metido en la clase q no era\nY: jaja\n"
    "X: y me he quedado 10 min pq me daba verguenza irme\nY: icono",
    "X: hay un trafico horrible ahora mismo\nY: donde estas\nX: en la M-30. voy a llegar tarde\n"
    "Y: yo pillo mesa",
    "X: me corto el pelo corto?\nY: si\nX: ni lo has pensado\n"
    "Y: llevo 3 años esperando a q me lo preguntes",
    "X: <media>\nX: he hecho pan!!\nY: vale nueva era panadera\nY: esta bueno?\n"
    "X: un poco denso pero q orgullo",
    "X: {friend} se casa??\nY: YA LO SE\n"
    "Y: me he enterado por instagram como todo el mundo\nX: jajajaja",
    "X: necesito una serie nueva\nY: has visto {show}\nX: no esta bien?\nY: fiate de mi",
    "X: me acaban de poner una multa 🙃\nY: nooo cuanto\nX: {num}0 euros\nY: eso es un robo",
    "X: cual era la receta q me mandaste\nY: la de {food}?\nX: si la he perdido\nY: <media>",
    "X: el gym hoy ha sido brutal\nY: dia de pierna?\nX: dia de pierna. no puedo andar\n"
    "Y: jaja respeto",
    "X: te puedes creer q ya es {month_now}\nY: no y no me gusta",
]

DEEP_US = [
    "X: te puedo contar algo un poco vergonzoso\nY: siempre\n"
    "X: lo estoy pasando fatal desde la mudanza\n"
    "+ en plan paso fines de semana enteros sin hablar con nadie\n"
    "Y: eso no tiene nada de vergonzoso. suena muy duro\n"
    "Y: desde cuando estas asi?\nX: la verdad desde {month_past}\n"
    "Y: me alegro mucho de q me lo hayas contado\nY: hacemos una llamada fija los domingos?\n"
    "X: me encantaria",
    "X: me esta estresando muchisimo la evaluacion del curro\nY: q es lo peor?\n"
    "X: me la hace {colleague} y siento q ella ya ha decidido q no valgo para esto\n"
    "Y: es mucha presion. pq crees eso?\n"
    "X: nunca dice nada bueno. solo lo q esta mal\n"
    "Y: q agotador. pero tu si vales para tu trabajo\n"
    "X: gracias. necesitaba oirlo\n~~~\nY: q tal la evaluacion??\n"
    "X: mejor de lo q pensaba! hasta me dijo cosas bonitas\nY: ves!! q te dijo?\n"
    "X: q soy 'de fiar bajo presion' jaja\nY: es la verdad",
    "X: mis padres estan discutiendo otra vez\nY: ay no. de las feas?\n"
    "X: si. mi madre me llamo llorando anoche\nY: lo siento mucho. estas bien?\n"
    "X: la verdad q no. siento q siempre me toca estar en medio\n"
    "Y: es un sitio muy dificil\nY: puedes apartarte un poco, lo sabes no?\n"
    "X: ya. pero me siento culpable",
    "X: creo q estoy quemad{X:o/a}\nY: q te pasa?\n"
    "X: no me concentro, tengo sueño todo el rato, he llorado con un anuncio\n"
    "Y: uf. eso suena a burnout de verdad\nY: puedes cogerte unos dias?\n"
    "X: igual unos dias en {month}\nY: hazlo. en serio. me preocupas",
    "X: no me han cogido en el programa\nY: ay no. lo siento muchisimo\nY: como estas?\n"
    "X: la verdad q no siento nada, en blanco\nX: tenia muchisimas ganas de este\n"
    "Y: lo se. q decepcion\n"
    "Y: quieres hablarlo o q te distraiga?\nX: distraeme porfa\n"
    "Y: vale. {show} y {food}, voy para alla",
    "X: estoy de los nervios por lo del medico mañana\nY: la revision?\n"
    "X: si. no paro de pensar lo peor\nY: tiene todo el sentido. esperar es lo peor\n"
    "Y: escribeme en cuanto salgas vale?\n~~~\nY: q tal el medico??\nX: todo bien!!\n"
    "Y: gracias a dios\nY: como estas\nX: como si pudiera volver a respirar",
    "X: nunca sientes q solo finges ser una persona adulta\nY: todos los dias jaja\n"
    "Y: pq, q ha pasado?\nX: tuve q llamar al seguro y casi lloro\n"
    "Y: normalisimo, esas llamadas son lo peor\n"
    "X: jaja gracias. me alivia q no sea solo cosa mia",
    "X: ultimamente echo mucho de menos mi casa\nY: oo. q es lo q mas echas de menos?\n"
    "X: la cocina de mi abuela. las comidas de los domingos. el jaleo\n"
    "Y: q bonito y q triste a la vez\n"
    "Y: podrias ir un finde?\nX: igual en {month}. aunque los vuelos estan carisimos\n"
    "Y: ojala puedas",
]

NEWS_US = [
    "X: ME HAN DADO EL TRABAJO\nY: {HYPE}\nY: el del museo??\nX: si!!! empiezo en {month}\n"
    "Y: q orgullo. como te sientes?\nX: con ganas de vomitar pero en el buen sentido",
    "X: adivina quien ha terminado de pagar la tarjeta de credito\nY: TU??\nX: yo!!!\n"
    "Y: dios eso es enorme",
    "X: mi hermana ya ha tenido al bebe!!\nX: <media>\nY: DIOS es perfecta\n"
    "Y: y tu hermana q tal?\nX: cansada pero super feliz",
    "X: he corrido mi primera 10k\nY: {HYPE}\nY: q tiempo has hecho?\nX: 58 minutos!!\n"
    "Y: menos de una hora!! increible",
    "X: me van a publicar el articulo\nY: no me digas!! cual?\nX: el del banco de alimentos\n"
    "Y: q pasada. mandame el link cuando este",
]

LIGHT_UK += [
    "X: el del piso de arriba esta aprendiendo a tocar la trompeta\nY: noooo\n"
    "X: se sabe 3 notas\n+ y las toca a las 7 de la mañana\nY: {LAUGH}",
    "X: he vuelto a poner las luces de navidad\nY: estamos en {month_now}\n"
    "X: me hacen feliz vale",
    "X: crees q puedo ir en zapatillas a la boda\nY: depende de las zapatillas\n"
    "X: <media>\nY: ...no",
    "X: novedades: el gato ha vuelto y se ha traido a un amigo\nY: una banda de gatos\n"
    "X: me superan en numero",
    "X: como se llama el actor ese, el de la serie del faro\n"
    "Y: me vas a tener q dar algo mas\nX: barba. grita mucho\nY: el del vampiro?\n"
    "X: SI. gracias. me estaba volviendo loc{X:o/a}",
    "X: sin querer he respondido a todo el departamento\nY: ay no q ponia\nX: 'jaja vale'\n"
    "Y: {LAUGH}\nY: la verdad podria ser peor",
    "X: me han mandado a casa con catarro\nY: oh no. sopita y {show}?\nX: en ello 🤧",
    "X: es raro cenar cereales\nY: es un clasico\n"
    "X: gracias por validar mis decisiones vitales",
    "X: el perro de {friend} se ha comido una tarta de cumple entera\nY: NO\nY: esta bien?\n"
    "X: el si. {friend} no",
    "X: la caja de autopago me odia\nY: otra vez lo de 'espere a un empleado'?\n"
    "X: todas. las. veces",
    "X: idea random pero tenemos q hacer un picnic cuando haga mas bueno\nY: si!! {town}?\n"
    "X: o el parque, menos lio\nY: hecho, yo hago los bocatas",
    "X: me acabo de sentar encima de las gafas\nY: como de mal\nX: <media>\nY: uf eso esta fatal",
    "X: he empezado a hacer el crucigrama en el tren\nY: quien eres\nX: he sacado 3. 3!",
    "X: alguien ha dejado una lasaña entera en el muro de fuera\nY: entera??\nX: aun caliente\n"
    "Y: ni se te ocurra",
    "X: el movil me ha cambiado 'un beso' por 'un besugo'\nY: marinero\n"
    "X: y se lo he mandado a mi jefe",
    "X: intentando montar un armario\nX: me sobran 4 tornillos\n"
    "Y: son tornillos de regalo\nX: esta torcido",
    "X: <media>\nX: atardecer desde la ofi, casi compensa\nY: casi",
    "X: te ha escrito {friend} por lo del finde\nY: si, ha pensado en {place}?\nX: me va bien\n"
    "Y: se lo digo",
    "X: pregunta. merece la pena empezar {show}\nY: la primera temporada si, la segunda no\n"
    "X: apuntado",
    "X: le acabo de explicar a mi abuela q es un meme\nY: y q tal\n"
    "X: me ha mandado uno. era una foto de un gato sin texto\nY: icono",
    "X: la cola de correos llega hasta la calle\nY: normal, un {day} siempre esta asi\n"
    "X: voy a estar aqui hasta q me jubile",
    "X: una peli buena para un domingo de lluvia\nY: {film}\nX: la he visto dos veces\n"
    "Y: a la tercera va la vencida",
    "X: por fin he limpiado el horno\nY: q orgullo\nX: he encontrado una patata frita de 2021",
    "X: es grave q ya este pensando en la comida\nY: son las 10 de la mañana\n"
    "X: eso no es un no",
    "X: vale necesito funda nueva para el movil, opiniones\nX: <media>\nX: <media>\n"
    "Y: la verde\nX: sabia q dirias eso",
    "X: me he encontrado a mi antiguo profe de mates en {shop}\nY: te reconocio\n"
    "X: me llamo por el nombre de mi hermana\nY: {LAUGH}",
    "X: me ha pillado la lluvia sin abrigo\nY: decian sol\nX: mentian",
    "X: a q hora es el partido el {day}\nY: a las 3 creo\nX: bar?\nY: obvio",
    "X: el gato de los vecinos me ha adoptado\nY: ay no. le estas dando de comer verdad\n"
    "X: solo un poco\n+ le he comprado un cuenco",
    "X: llevo 45 minutos en espera al telefono\nY: con quien\n"
    "X: el banco. tengo la musiquita grabada a fuego",
    "X: acabo de ver a un señor paseando una tortuga con correa\nY: foto o no ha pasado\n"
    "X: <media>\nY: increible",
    "X: estoy pensando en aprender ganchillo\nY: haras una bufanda y lo dejaras\n"
    "X: con una bufanda me basta",
    "X: te va raro el wifi o solo a mi\nY: el mio va bien\nX: genial, es personal entonces",
    "X: anoche soñe la cosa mas rara contigo\nY: cuenta\n"
    "X: me ponias sopa en un bar sin parar\nY: eso no es raro es un sueño bonito",
    "X: no puedo dejar de escuchar a {band}\nY: lo nuevo?\nX: si. en bucle desde el martes",
]

ANEC_UK = [
    "me acaba de perseguir un ganso en el parque",
    "la del cafe ha escrito 'Tino' en mi vaso. ni de lejos",
    "uno en el bus se esta comiendo un pollo asado entero",
    "acabo de meter el movil en la nevera y la leche en el bolso",
    "a mi planta le ha salido una hoja nueva!!",
    "hay una paloma en mi ventana mirandome fijamente",
    "llevo ya 4 cafes hoy",
    "he saludado sin querer a alguien q no me saludaba a mi",
    "me acabo de encontrar 10 euros en el abrigo de invierno",
    "el ascensor del curro lleva una semana roto y yo estoy en el sexto",
    "creo q llevo un año pronunciando mal el nombre de mi compi",
    "acaba de pasar el afilador con su musiquita bajo la lluvia",
    "llevo todo el dia estornudando, creo q tengo alergia a mi propia oficina",
    "me han preguntado una direccion en mi propia calle y la he dicho mal",
    "mi madre me ha mandado una foto de su cortasetos nuevo. sin contexto",
    "ha saltado la alarma de humo por hacer una tostada",
    "hay un señor haciendo tai chi en el parking",
    "llevo toda la mañana con el jersey del reves",
    "acabo de descubrir q las galletas buenas estan escondidas en el armario del material",
    "en la ofi hay cafetera nueva y todo el mundo esta como si fuera navidad",
    "el gato me ha tirado el te encima del portatil. esta bien. creo",
    "acabo de pasar por una tienda q solo vende calcetines",
    "me he dormido en el tren y me he pasado dos paradas",
    "mi padre ha descubierto los podcasts y ahora me recomienda episodios todos los dias",
    "una señora mayor super elegante me ha dicho q le encanta mi abrigo",
    "un crio en el tren me acaba de decir q tengo el pelo raro",
    "hoy solo he comido tostadas. dia de tostadas",
    "me he cortado el pelo y no se yo",
    "han hecho una pregunta de trivial en la radio, la he acertado y no habia nadie para verlo",
    "mi vecino ha empezado un huerto y me ha dado un calabacin del tamaño de mi brazo",
    "hoy he aprendido q los flamencos son rosas por lo q comen",
    "acabamos de hacer un simulacro de incendio bajo la lluvia",
    "en el tren habia un perro con botitas",
    "he puesto una lavadora con un calcetin rojo. todo rosa",
    "mi jefa me ha mandado un mail q solo pone 'llamame'. q miedo",
    "he terminado el libro en el bus y ahora no se q hacer con mi vida",
    "he visto un arcoiris doble volviendo a casa",
    "me he apuntado al gym. otra vez",
    "alguien ha aparcado un coche diminuto en diagonal ocupando dos plazas",
    "se ha encendido la calefaccion por primera vez y todo el piso huele a polvo quemado",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "no puede ser", "q 😂", "clasico", "q maravilla", "es muy tuyo", "para ya",
    "me encanta", "ja. como no", "ay no 😂", "pq me hace tanta gracia", "genial",
    "necesito foto", "q drama", "icono total", "otra vez no",
]
FRAGMENTS["ASKMORE"] = [
    "espera q ha pasado", "donde ha sido", "como", "y luego q", "pero pq",
    "cuentamelo todo", "te vio alguien", "eso es normal?",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {ni idea la verdad|ni preguntes|es largo de contar|mi vida ultimamente}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {en fin q tal tu dia|bueno. y tu q tal|en fin esas son mis noticias. y tu?}\n"
    "Y: {bien! nada q ver con lo tuyo|menos emocionante q lo tuyo|bien gracias, con lio}",
    "X: novedades de mi vida: {ANEC}\nY: {REACT}",
]

DEEP_UK += [
    "X: ultimamente no duermo muy bien\n"
    "X: me paso la noche dandole vueltas a si estoy en el trabajo q me toca\n"
    "Y: ay no. desde cuando te pasa?\nX: un par de meses si te digo la verdad\n"
    "Y: {VALIDATE}\nY: q es lo q te esta afectando del trabajo?\n"
    "X: creo q ya no siento q se me de bien\n"
    "Y: para q lo sepas eres de las personas mas capaces q conozco\n"
    "X: eso significa mucho la verdad",
    "X: se q es una tonteria pero me ha dolido mucho q nadie se acordara de mis 10 años en el "
    "curro\n"
    "Y: no es ninguna tonteria\nY: 10 años es mucho\nX: me he sentido un poco invisible\n"
    "Y: {VALIDATE}\nY: el {day} te invito. celebracion como dios manda\nX: no hace falta\n"
    "Y: quiero hacerlo",
    "X: me da mucha ansiedad ver a todo el mundo en la quedada de antiguos alumnos\n"
    "Y: q es lo q te preocupa?\n"
    "X: q todos hayan hecho mil cosas y yo no tenga nada q contar\n"
    "Y: lo entiendo. pero la gente solo quiere ponerse al dia\n"
    "Y: y tu tienes un monton q contar. lo q pasa es q se te olvida\nX: ja. puede\n"
    "Y: quieres q vaya de acompañante?\nX: si porfa",
    "X: te puedo contar algo q no le he contado a nadie\nY: claro\n"
    "X: he empezado a ir a terapia\nX: me da una verguenza rarisima\n"
    "Y: la verdad me parece genial\nY: y q tal?\n"
    "X: duro. pero duro del bueno. me pregunta cosas q nadie me habia preguntado nunca\n"
    "Y: y q te dijo?\n"
    "X: sobre todo 'y como te hizo sentir eso' jaja. pero ayuda\n"
    "Y: q orgullo q vayas. {SUPPORT}",
    "X: hoy he tenido un bajon de los gordos\n"
    "X: he llorado en el parking antes de entrar a currar\n"
    "Y: ay no. q duro\nY: q lo ha provocado?\n"
    "X: ni idea. se me ha juntado todo\nY: {VALIDATE}\nY: estas mejor ya?\n"
    "X: mejor. pero estoy cansadisim{X:o/a} de sentirme asi\nY: {SUPPORT}\n~~~\n"
    "Y: como estas hoy? me he acordado mucho de ti\n"
    "X: un poco mejor gracias. por fin he dormido bien\nY: me alegra mucho oir eso",
    "X: la verdad es q me da mucho miedo la mudanza\nY: q parte?\n"
    "X: todo. ciudad nueva, trabajo nuevo, no conocer a nadie\n"
    "Y: claro. es mucho cambio de golpe\n"
    "Y: q te haria mas faciles las primeras semanas?\n"
    "X: saber q te puedo llamar cuando sea un asco\nY: puedes. cuando sea, lo digo en serio",
    "X: creo q mi madre se esta volviendo olvidadiza\n"
    "X: se le olvido mi cumple y luego me conto la misma historia 3 veces\nY: uf q miedo\n"
    "Y: le has dicho algo?\nX: aun no. no se como sacar el tema\n"
    "Y: {VALIDATE}\nY: y si lo hablas con tu hermano delante?\nX: si. igual es mas facil",
    "X: siento q me he perdido un poco desde q nacio la niña\n"
    "X: la quiero muchisimo pero no reconozco mi vida\nY: suena muy duro\n"
    "Y: y muy normal, para q lo sepas\nY: q es lo q mas echas de menos?\n"
    "X: tener una hora solo para mi\n"
    "Y: dejamela una tarde el {day}. vete a hacer lo q quieras\nX: harias eso?\nY: claro",
    "X: estoy sintiendo un poco de envidia de {friend} y lo odio\nY: envidia como?\n"
    "X: hace q todo parezca facilisimo\nY: te entiendo. es muy humano\n"
    "Y: sabes q ella tb lo pasa mal no?\nX: ya. pero eso no me quita lo q siento\n"
    "Y: no. pero gracias por contarmelo con tanta sinceridad",
    "X: esta semana es el aniversario\nX: 5 años\nY: lo se. me he acordado mucho de ti\n"
    "Y: como lo llevas?\nX: pesa mucho. no se hace mas facil, solo diferente\n"
    "Y: {VALIDATE}\nY: quieres compañia ese dia o espacio?\nX: compañia creo\n"
    "Y: me paso por tu casa",
    "X: creo q hoy la he liado en el curro\nX: le mande el archivo q no era a un cliente\n"
    "Y: ay no. como de grave?\nX: se dieron cuenta. mi jefe no estaba nada contento\n"
    "X: me siento idiota\n"
    "Y: no eres idiota, le pasa a cualquiera\nY: lo arreglaste?\n"
    "X: si, mande el bueno al momento\nY: pues hiciste lo correcto. se olvidara",
    "X: estoy desbordad{X:o/a} con la organizacion de la boda\nY: ay no. q es lo peor?\n"
    "X: todo el mundo opina y siento q estoy decepcionando a todos\nY: {VALIDATE}\n"
    "Y: pero es tu dia, no el suyo\nX: ya. es q odio fallarle a la gente\n"
    "Y: quieres q repasemos la lista el {day}?",
    "X: no me han elegido para el equipo\nX: otra vez\nY: ay no, lo siento\n"
    "Y: como estas?\nX: la verdad q hundid{X:o/a}. entrene muchisimo\n"
    "Y: {VALIDATE}. pero ese esfuerzo no se pierde\nX: ahora mismo no lo siento asi\n"
    "Y: lo se. {SUPPORT}",
    "X: mi hermana y yo hemos tenido una bronca enorme\nY: ay no, por q?\n"
    "X: por cuidar a papa. dice q no hago lo suficiente\nX: y lo peor es q igual tiene razon\n"
    "Y: suena muy doloroso\nY: pero tu haces mucho. mas de lo q crees\n"
    "X: puede. es q me siento culpable todo el rato\nY: {SUPPORT}",
    "X: ultimamente me siento muy insegur{X:o/a}\nY: con algo en concreto?\n"
    "X: con mi fisico sobre todo. es una tonteria\n"
    "Y: no es ninguna tonteria. afecta a como te sientes cada dia\n"
    "Y: ha pasado algo q lo haya disparado?\nX: las fotos de la boda\n"
    "Y: para q lo sepas en ellas se te ve feliz y radiante",
    "X: me preocupa estar bebiendo demasiado\nY: gracias por contarmelo\n"
    "Y: q te ha hecho pensarlo?\nX: ahora es todas las noches, no solo los findes\n"
    "Y: {VALIDATE}. es valiente darse cuenta\n"
    "Y: hacemos un mes sin alcohol? a mi tb me vendria bien\nX: si. eso me ayudaria",
    "X: siento q siempre soy yo quien se esfuerza con mis amigos\n"
    "Y: q agotador\nY: ha pasado algo?\n"
    "X: nadie me escribio por mi cumple menos tu y mi madre\nY: ay cariño. eso duele mucho\n"
    "Y: lo siento\nX: no pasa nada. solo necesitaba decirlo",
    "X: el medico quiere hacerme mas pruebas\nX: intentando no entrar en panico\n"
    "Y: normal q te preocupe\nY: q te han dicho exactamente?\n"
    "X: solo q quieren descartar cosas\n"
    "Y: muchas veces es solo eso. pero da miedo igual\n"
    "Y: cuando es la cita? te puedo acompañar\n"
    "~~~\nY: sabes algo de las pruebas?\nX: todo normal!!\nY: gracias a dios\nY: como estas?\n"
    "X: como si me hubiera quitado un peso de encima",
    "X: la verdad estoy hart{X:o/a} de estar solter{X:o/a}\nY: oo. y eso?\n"
    "X: en el curro se esta prometiendo todo el mundo\n"
    "X: y yo llego a un piso vacio y a un tupper al micro\nY: {VALIDATE}\n"
    "Y: para q lo sepas cualquiera tendria suerte contigo\nX: diselo a las apps 😅\n"
    "Y: las apps son una pesadilla. no eres tu",
    "X: nunca sientes q estas fingiendo en el curro\nY: todo el rato\nY: pq, q ha pasado?\n"
    "X: me han pedido q lleve la reunion de equipo y me ha entrado el panico\n"
    "X: siento q van a descubrir q no tengo ni idea de lo q hago\n"
    "Y: eso es el sindrome del impostor hablando\nY: te lo han pedido pq creen q puedes\n"
    "X: ojala tengas razon",
    "X: desde q se acabaron las vacaciones estoy un poco de bajon\n"
    "Y: depresion postvacacional?\n"
    "X: mas bien me he dado cuenta de lo mucho q odio mi rutina aqui\n"
    "Y: uf. eso es darse cuenta de algo gordo\n"
    "Y: q es lo q te encanto de estar fuera?\n"
    "X: tener tiempo. no ir con prisas. estar al aire libre\n"
    "Y: podrias tener mas de eso aqui de alguna forma?\nX: puede. tengo q pensarlo",
    "X: {friend} me dijo algo q me dolio mucho\nY: q te dijo?\n"
    "X: q soy 'demasiado'. en broma pero\nY: au. {VALIDATE}\n"
    "Y: no eres demasiado. eres tu\nX: gracias. creo q me toco la fibra\n"
    "Y: quieres hablarlo con ella?\nX: igual cuando se me pase un poco",
]

NEWS_UK += [
    "X: me han subido el sueldo!!\nY: {HYPE}\nY: cuanto?\n"
    "X: lo suficiente para dejar de mirar la cuenta antes de pedirme un cafe\n"
    "Y: la verdad es el sueño",
    "X: el casero ha dicho q si al gato\nY: CALLA\nY: cuando lo vas a coger?\n"
    "X: voy a la protectora el {day}\nY: manda fotos ya",
    "X: me han publicado el articulo!\nX: <media>\nY: {HYPE}\nY: de q iba?\n"
    "X: lo del huerto del barrio\nY: lo estoy leyendo ya",
    "X: he terminado el primer borrador\nY: de la novela??\nX: de la novela!!\nY: {HYPE}\n"
    "Y: q se siente?\nX: es surrealista. y da un poco de miedo",
    "X: me han ofrecido el trabajo en {town}\nY: {HYPE}\nY: lo vas a coger?\n"
    "X: creo q si!! q ilusion\nY: me alegro muchisimo por ti. y q pena por mi jaja",
    "X: hoy hago 100 dias sin beber\nY: eso es enorme. q orgullo\nY: como te sientes?\n"
    "X: con la cabeza mas clara. y por una vez con orgullo de mi\nY: normal",
    "X: he pasado el periodo de prueba\nY: {HYPE}\nY: te dijeron algo bonito?\n"
    "X: 'un gran fichaje para el equipo'\nY: eso se enmarca",
    "X: mi hermano se casa!!\nY: aaay!! con Sofia?\n"
    "X: si! y me han pedido q haga una lectura\nY: q bonito. vas a llorar\n"
    "X: ya estoy llorando",
]

COUPLE_UK += [
    "X: te he reservado algo para tu cumple\nY: donde??\nX: no te lo digo\nY: 🙈 eres lo mejor",
    "X: q orgullo me das, q lo sepas\nY: por q?\n"
    "X: por todo ultimamente. lo del curro, lo de tu madre, todo\n"
    "Y: me encanta oir eso. gracias",
    "X: pedimos comida esta noche\nY: {place}?\nX: me has leido la mente",
    "X: perdona por estar de mal humor esta mañana\nY: no pasa nada. dormiste mal?\n"
    "X: si. y lo pague contigo\nY: gracias por decirlo. te quiero",
    "X: cual es tu recuerdo favorito de nosotros\nY: pregunta muy gorda para un martes\n"
    "Y: seguramente la noche q se nos rompio el coche en {town} y cenamos patatas bajo la lluvia\n"
    "X: el mio tb",
    "X: tu planta te echa de menos\nY: solo la planta?\nX: y yo. sobre todo yo",
    "X: estaba pensando q podriamos planear un viaje\nY: si. a donde?\n"
    "X: a algun sitio con calor. en {month}?\nY: lo miramos el finde",
    "X: has comido hoy?\nY: mas o menos. un sandwich de maquina\nX: eso no es comer\n"
    "Y: tecnicamente si",
    "X: me encanta como cantas en la ducha\nY: yo no canto en la ducha\n"
    "X: claro q si. fatal\nY: 😂",
    "X: dia largo. necesito un abrazo\nY: pues ven aqui\nY: llego a casa a {time}",
    "X: se me hace raro dormir sin ti\nY: 3 noches mas\nX: la cama es demasiado grande\n"
    "Y: aprovecha y ponte en estrella",
    "X: gracias por cuidarme cuando estuve mal{X:o/a}\nY: es mi trabajo\nX: no es tu trabajo\n"
    "Y: es mi trabajo favorito",
    "X: hacemos una cita de verdad el {day}\nY: en plan arreglarnos?\n"
    "X: en plan arreglarnos. {place}\nY: hecho ❤️",
]

# --- el grupo de la uni

GROUP = [
    "A: quien se apunta el {day}?\nB: yo!\nC: depende de la hora\n"
    "A: estaba pensando en {place} sobre {time}\nD: me apunto\nC: vale venga",
    "A: <media>\nA: mirad lo q he encontrado en el trastero\nB: NO la foto de primero\n"
    "D: borra esto ahora mismo\nC: {LAUGH}\nC: el pelo de {B} 😭",
    "A: feliz cumple {B}!! 🎂\nC: feliz cumpleaños!!!\nD: felicidades 🥳\n"
    "B: gracias a todos ❤️ me siento mayor",
    "A: alguien ha visto la noticia de {friend}\nB: lo del bebe??\nA: si!!\nC: espera q\n"
    "D: lo vi! q monada\nC: como me he perdido esto",
    "A: resultados del trivial: cuartos\nB: nos robaron\nD: la ronda de musica estaba amañada\n"
    "C: nos falta alguien de deportes\nA: nos falta alguien q sepa algo",
    "A: alguien me puede dejar un {thing} el {day}\nC: yo tengo\nA: crack\n"
    "D: el grupo nunca falla",
    "A: bueno {film}. opiniones\nB: me encanto\nC: demasiado larga\n"
    "D: no la he visto, no hagais spoiler\nA: vale pero el final 😳\nD: Q ACABO DE DECIR",
    "A: <media>\nA: mi intento de {food}\nB: la verdad tiene muy buena pinta\n"
    "C: se supone q es de ese color\nA: si {C}\nD: {LAUGH}",
    "A: vale pregunta seria, un perrito caliente es un bocadillo\nB: no\nC: si\n"
    "D: silencio este grupo",
    "A: tengo una entrada de sobra para {band} el {day} si alguien la quiere\nD: dios yo\n"
    "B: jo estoy fuera\nD: cuanto\nA: gratis si pagas las cañas\nD: hecho",
    "A: q tal la semana\nB: larga\nC: bien, aqui {weather}\n"
    "D: llevo 3 dias con catarro asi q\nA: ay no, mejorate\nD: gracias 🤧",
    "A: podemos reservar ya el finde de una vez\nB: si. {town}?\n"
    "C: yo puedo el primer finde de {month}\nD: igual\nA: esta noche miro casas rurales",
    "A: <media>\nA: casa rural opcion 1\nA: <media>\nA: opcion 2\nB: la 2 tiene jacuzzi\n"
    "C: la 2\nD: la 2 obviamente",
    "A: estoy en {place} y esta sonando nuestra cancion\nC: cual\nA: ya sabes cual\nB: 🎶\n"
    "D: graba un video!!",
    "A: recordad q el {day} es la despedida de {friend}\nB: a q hora\n"
    "A: desde {time} en {place}\nD: llegare tarde pero voy",
    "A: alguien mas esta teniendo una semana rara o soy solo yo\nC: rara como\n"
    "A: estoy un poco de bajon. cosas del curro\n"
    "B: lo siento cariño, te apetece {drink} esta semana?\n"
    "A: si porfa\nD: yo el jueves tb puedo si quieres compañia",
    "A: actualizacion: he aprobado!!\nB: SIIII\nC: sabia q lo harias\nD: enhorabuena!! 🎉\n"
    "A: gracias de verdad, estaba de los nervios",
    "A: quien tiene la contraseña de netflix\nC: la han vuelto a cambiar\nB: ya la paso yo\n"
    "D: q nadie se lo diga a mi hermano",
    "A: brunch el {day}?\nB: si\nC: no puedo, lo siento, vienen mis padres\nD: si! {place}?\n"
    "A: reservado para 4, {C} vente despues si puedes",
    "A: <media>\nB: eso es una PALOMA en tu cocina\n"
    "A: ha entrado por la ventana y no se quiere ir\nC: ponle nombre\nD: Gerardo",
    "A: importante: necesito ideas de regalo para mi madre\nB: una vela\nC: una vela bonita\n"
    "D: una vela muy bonita\nA: gracias de verdad, super utiles",
    "A: no me creo q hagan 10 años desde q nos conocimos\nB: calla. me siento un vejestorio\n"
    "C: eramos bebes\nD: aun te debo 10 euros de primero\nA: lo se. no lo he olvidado",
    "A: perdon por no dar señales, con la mudanza no paro\nB: no te disculpes! q tal va?\n"
    "A: cajas por todas partes. pero me gusta el piso nuevo\nC: manda fotos cuando este!\n"
    "D: necesitas ayuda el {day}?\nA: pues me vendria genial la verdad",
    "A: alguien esta viendo {show}\nC: enganchadisim{C:o/a}\nB: la empece anoche\n"
    "A: nada de spoilers del 5 q voy con retraso\n"
    "D: yo no la estoy viendo y me siento excluid{D:o/a}",
    "A: llego tarde, guardadme sitio\nB: vale\nC: q quieres beber\nA: {drink} porfa 😘",
    "A: gracias por lo de anoche a todos, fue genial\nB: igual!! me duele la cabeza\n"
    "C: quien se llevo mi paraguas\nD: ups\nD: lo devuelvo el {day}",
]

GROUP_SYSTEM_NAMES = ("Ana", "Diego 🎸", "+34 612 34 56 78", "Cristina")

GROUP += [
    "A: en casa de quien toca\nB: en la mia no, la ultima fue en mi casa\nC: yo puedo el {day}\n"
    "D: pues en casa de {C}\nC: yo pongo el picoteo",
    "A: acabo de ver a un señor IGUALITO a nuestro antiguo casero\nB: el de la coleta?\n"
    "A: la coleta sigue viva\nC: {LAUGH}",
    "A: no me creo q {friend} se vaya a vivir a {town}\nB: ya, el fin de una era\n"
    "C: pues tendremos q ir a verla\nD: roadtrip!!",
    "A: <media>\nA: las vistas de esta noche\nB: donde es eso?\nA: {town}, subiendo la cuesta\n"
    "D: precioso\nC: q envidia",
    "A: alguien conoce un buen fontanero\nC: mi tio\nA: es bueno\nC: es mi tio\n"
    "D: eso no es un si",
    "A: estoy haciendo una playlist para la casa rural, pedid\nB: {band}\n"
    "C: cualquier cosa menos {band}\nD: abba obvio\nA: abba se da por hecho",
    "A: acabo de darme cuenta de q hoy he hablado con todos menos con {B}\nB: hola\n"
    "A: ahi esta",
    "A: quien trae q a la barbacoa\nB: hamburguesas\nC: ensalada (alguien tiene q hacerlo)\n"
    "D: bebida\nA: yo pongo las salchichas y el buen rollo",
    "A: final de {show} esta noche!!\nC: no escribais mientras\nB: yo la veo mañana, silenciadme\n"
    "D: no prometo nada",
    "A: necesito movil nuevo, iphone o android, ya\nB: iphone\nC: android\nD: un nokia 3310\n"
    "A: gracias a todos",
    "A: <media>\nA: mirad a quien me he encontrado\nB: es el Señor Galletas??\n"
    "C: el gato de la uni!!\nD: q mayor esta ya",
    "A: como puede ser ya {month_now}\nB: calla\n"
    "C: aun no he hecho los propositos de año nuevo\nD: todo bien todo bien todo bien",
    "A: opinion polemica: la piña en la pizza esta buena\nB: correcto\nC: fuera\n"
    "D: estoy con {A}",
    "A: acabo de coger los vuelos para la boda\nC: y yo! cual has cogido\n"
    "A: el de las 7 de la mañana\nC: dios. yo tb\nD: yo voy en tren como una persona sensata",
    "A: <deleted>\nB: q has borrado\nA: nada\nC: ahora necesito saberlo\n"
    "D: captura o no ha pasado",
    "A: a alguien mas se le ha roto la calefaccion o es q hace frio en toda la ciudad\n"
    "B: aqui tb hace un frio q pela\nC: estoy con gorro en casa\nD: igual",
    "A: acabo de terminar la semana mas estresante de mi vida\nB: enhorabuena por sobrevivir\n"
    "C: q ha pasado?\nA: entrega tras entrega, casi no he dormido\n"
    "D: te mereces un buen descanso este finde\nA: pienso no moverme del sofa",
    "A: post de agradecimiento random: sois lo mejor\nB: quien te ha hackeado el movil\n"
    "C: ooo ❤️\nD: y nosotros a ti, friki",
    "A: {day}: bar o cine\nB: bar\nC: cine\nD: bar-cine\nA: eso no existe\nD: ahora si",
    "A: alguien quiere ir a medias en un kit para hacer {food}\nC: q es un kit para hacer {food}\n"
    "A: un kit. para hacer {food}\nB: me apunto",
    "A: he empezado a correr\nB: desde cuando\nA: desde ayer\nC: racha de un dia!!\n"
    "D: q orgullo",
    "A: mi madre pregunta si vamos todos a cenar el {day} antes de la casa rural\n"
    "B: si!! tu madre cocina de lujo\nC: yo llevo vino\nD: yo llevo hambre",
    "A: <media>\nA: he encontrado nuestra foto de grupo antigua\n"
    "B: pq llevabamos todos gorro\nC: era la epoca de los gorros\nD: una epoca oscura",
    "A: estais todos bien? q silencio hay aqui\nB: liad{B:o/a} nada mas\n"
    "C: igual, el curro esta fatal\nD: aqui estoy, cotilleando en silencio\n"
    "A: vale solo preguntaba 😊",
    "A: el coche hace un ruido\nB: q tipo de ruido\nA: como un pato triste\nC: eso sale caro\n"
    "D: ese es el sonido del dinero yendose",
    "A: la verdad estoy teniendo una semana dura con mi madre\nB: ay no, q pasa?\n"
    "A: no esta bien y me preocupa\nC: te mando un abrazo ❤️ quieres hablarlo?\n"
    "A: luego igual, gracias\nD: aqui estoy si necesitas algo",
    "A: quien quiere mi {thing} de sobra\nB: yo!\nC: pq tienes uno de sobra\nA: larga historia",
    "A: os acordais de la acampada en la q llovio 3 dias\nB: aun tengo los pies arrugados\n"
    "C: las mejores vacaciones de mi vida la verdad\nD: estas fatal",
]

GROUP_OPEN = [
    "A: buenos dias a todos ☀️\nB: buenas!\nC: 👋",
    "A: holaa holaa\nC: holi\nD: buenas",
    "A: a ver, quien esta despierto\nB: yo por desgracia",
]

LIGHT_US += [
    "X: por fin el casero ha arreglado la calefaccion\nY: solo ha tardado 3 meses\n"
    "X: justo para la primavera jaja",
    "X: me he apuntado a clases de ceramica\nY: vale modo Ghost\nX: jajaja para",
    "X: el de al lado en el avion se esta cortando las uñas\nY: NO\nX: voy a gritar\n"
    "Y: {LAUGH}",
    "X: es raro llevar una tortilla a la fiesta de piso nuevo\nY: muy de pueblo por tu parte\n"
    "X: me lo tomo como un si",
    "X: <media>\nX: mi gata ha descubierto la caja de la impresora\nY: q feliz esta\n"
    "Y: la impresora ha merecido la pena la verdad",
    "X: tu nunca cenas cereales\nY: eso se llama martes",
    "X: me he comprado una planta para la mesa del curro\nY: de q tipo\n"
    "X: del tipo q ojala no se muera\nY: suerte 🪴",
    "X: mi vecina de arriba esta aprendiendo claque\nY: de noche??\nX: a las 11\n"
    "Y: {LAUGH} vale es una decision",
    "X: me pasas la playlist del viaje en coche\n"
    "Y: la de las canciones vergonzosas de los 2000?\nX: si esa\nY: <media>",
    "X: acabo de ver a un tio paseando un gato con correa por el centro\n"
    "Y: viviendo su mejor vida",
    "X: q le regalas a alguien q lo tiene todo\nY: una vela\nX: ya tiene velas\n"
    "Y: otra vela",
    "X: he intentado aparcar en linea y me he rendido\nY: jaja donde\n"
    "X: delante de como 8 personas en el mercadillo\nY: icono",
    "X: sigues teniendo la sudadera q me deje en tu casa\nY: puede\nX: eso es un si\n"
    "Y: ahora es mia",
    "X: han cerrado la cafeteria de al lado del curro 😭\nY: noooo la del camarero mono?\n"
    "X: EL camarero mono. se fue",
    "X: actualizacion: el pan se ha convertido en una masa madre\n"
    "Y: ay no ya eres de esos\nX: se llama Paco",
    "X: random pero te acuerdas de como se llamaba el bar de {town}\n"
    "Y: el del toro mecanico?\nX: si!!\nY: ni idea jajaja",
    "X: intentando ver {film} pero me duermo todo el rato\nY: dura como 3 horas\n"
    "X: dura como 4",
    "X: adivina a quien se le ha parado el ascensor hoy\nY: NO\nY: estas bien??\n"
    "X: 20 minutos con un tio comiendose una lata de atun\nY: lo siento muchisimo 💀",
    "X: por fin nieva aqui\nX: <media>\nY: q bonito\nY: aqui lluvia. como siempre",
    "X: me hago flequillo\nY: no\nX: siempre dices q no\nY: y siempre tengo razon",
    "X: voy de camino a {shop}, necesitas algo\nY: estoy a 800 km\n"
    "X: ya solo queria contarselo a alguien",
    "X: se viene puente de 4 dias!!\nY: planes?\nX: ninguno y q ganas",
    "X: como se llamaba la serie q te flipaba el año pasado\nY: {show}?\nX: no la otra\n"
    "Y: me flipan muchas series",
    "X: <media>\nY: eso es una tarta entera\nX: ensayo para navidad\nY: estamos en {month_now}\n"
    "X: ensayo",
    "X: mi hermano me acaba de llamar para preguntarme como se cuece un huevo\n"
    "Y: tiene 26 años\nX: tiene 26 años",
]

DEEP_US += [
    "X: te puedo hablar claro un momento\nY: siempre\n"
    "X: ultimamente tengo mucha ansiedad. en plan todo el rato\n"
    "Y: lo siento. q agotador\nY: es el curro o un poco todo?\n"
    "X: todo creo. no puedo apagar la cabeza\nY: lo has hablado con alguien?\n"
    "X: solo contigo la verdad\n"
    "Y: me alegro de q me lo hayas contado. aqui estoy, y creo q hablar con alguien te ayudaria",
    "X: ultimamente me siento un poco excluid{X:o/a}\nX: los de la uni quedan sin mi\n"
    "Y: ay no, eso duele mucho\nY: crees q se dan cuenta?\n"
    "X: seguramente no. me mude yo, no es culpa suya\nY: aun asi duele\n"
    "Y: yo siempre te voy a llamar, lo sabes",
    "X: mi perro esta malo\nX: el veterinario cree q puede ser grave\n"
    "Y: ay no. lo siento muchisimo\n"
    "Y: q te han dicho?\nX: tienen q hacerle analisis. tengo muchisimo miedo\n"
    "Y: q miedo. es tu bebe\n~~~\nY: q tal el perrete?? hay resultados?\n"
    "X: tiene tratamiento!!\nY: gracias a dios\nY: dale un beso de mi parte",
    "X: creo q tengo q dejarlo con Alex\nY: uf. estas bien?\n"
    "X: la verdad q no. llevo meses sintiendolo\nY: es un sitio muy dificil\n"
    "Y: q te hace sentir asi?\nX: queremos cosas distintas\n"
    "Y: tiene sentido. decidas lo q decidas aqui estoy",
    "X: estoy hart{X:o/a} de fingir q estoy bien en el curro\nY: q pasa alli?\n"
    "X: mi jefa no para de colgarse medallas por mi trabajo\n"
    "Y: q rabia. debe ser horrible sentir q no te valoran\n"
    "X: lo es. me estoy planteando irme\nY: la verdad es q te apoyaria",
    "X: hoy ha sido mucho\nX: mi abuelo se ha caido\nY: ay no. esta bien?\n"
    "X: se ha roto la cadera. esta en el hospital\nY: lo siento muchisimo. y tu como estas?\n"
    "X: preocupad{X:o/a}. tiene 89 años\nY: normal. me vas contando vale?",
]

NEWS_US += [
    "X: me han cogido en el master!!\nY: {HYPE}\nY: en cual??\nX: en mi primera opcion!!\n"
    "Y: estoy gritando literalmente",
    "X: nos casamos!!\nX: <media>\nY: DIOS\nY: como te lo pidio??\n"
    "X: en el lago donde nos conocimos\nY: estoy llorando",
    "X: he firmado el contrato del piso nuevo!\nY: el del balcon?\n"
    "X: el del balcon!!\nY: me alegro muchisimo",
    "X: mi jefe dice q me van a subir el sueldo\nY: por fin!!\n"
    "Y: llevas muchisimo currando por esto",
]

OPEN_US += [
    "X: holiii\nY: ey tu!",
    "X: pueees\nY: uy q pasa",
    "X: sigues viv{Y:o/a}?\nY: a duras penas jaja",
]

CLOSE_US += [
    "X: bueno te dejo\nY: hablamos pronto!",
    "X: me tengo q ir corriendo, reunion\nY: suerte!",
]

REPAIR_UK.append(
    "X: te puedo decir una cosa pequeña con sinceridad\nY: dime\n"
    "X: anoche cuando te estaba contando lo del curro estuviste con el movil todo el rato\n"
    "X: y senti q estaba hablando con la pared\n"
    "Y: uy. tienes razon, estaba con el movil. lo siento\n"
    "Y: estaba medio contestando una cosa del curro y no tendria q haberlo hecho\n"
    "Y: me lo cuentas otra vez? ahora bien\nX: gracias. vale pues"
)

COUPLE_UK += [
    "X: <deleted>\nX: ignora eso, chat equivocado 🙈\nY: ahora tengo curiosidad\n"
    "X: era sobre tu regalo de cumple\nY: vale lo ignoro!! lalala",
    "X: <media:audio>\nY: no lo puedo escuchar, estoy en una reunion\n"
    "X: solo soy yo cantando feliz lunes\nY: lo escucho en la comida",
]
LIGHT_UK += [
    "X: <media:audio>\nY: perdona, suenas como si estuvieras en un tunel de viento\n"
    "X: iba en bici jaja\nX: resumen: cañas a {time}?\nY: si",
    "X: <media:video>\nY: COMO ha hecho eso\nX: el perro es un genio\n"
    "Y: un genio q se come calcetines",
]
LIGHT_US += [
    "X: <call>\nX: perdon, se me ha llamado solo jaja\nY: jajaja ya me iba a asustar",
    "X: <call>\nX: me llamas cuando puedas? nada malo, solo una historia\n"
    "Y: voy de camino a casa, te llamo en 20",
    "X: <deleted>\nY: ??\nX: chat equivocado jaja\nY: sospechoso",
    "X: <media:sticker>\nY: de donde sacas estos",
    "X: <media:audio>\nY: dios el audio-podcast\nX: tu escuchalo\nY: vale escuchando",
    "X: <media:video>\nX: los primeros pasos de mi sobrino!!\nY: DIOOS\n"
    "Y: q orgulloso esta de si mismo",
    "X: <media:gif>\nY: jajajaja muy real",
]
GROUP += [
    "A: <media:audio>\nB: no pienso escuchar un audio de 4 minutos\nC: resumen porfa\n"
    "A: he dicho q reservo yo la casa rural\nD: podrias haberlo escrito",
    "A: <media:video>\nB: quien te ha dejado tener una maquina de karaoke\n"
    "C: esto va al discurso de la boda\nD: {LAUGH}",
]

# otras formas de decir lo mismo, para Maddie y Luis y para Jo y Sam
FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["dios!!", "SIIII", "no me digas!!", "q pasada", "me alegro un monton por ti",
             "sabia q lo conseguirias", "calla q eso es enorme", "AAAAH", "espera q?? q fuerte",
             "VAMOOOS", "te lo dije!!"],
    "VALIDATE": ["suena durisimo", "ay no, q palo", "uf lo siento muchisimo", "es super normal",
                 "normal q te sientas asi", "q horror", "siento mucho q estes pasando por esto",
                 "es muchisimo", "q mierda de verdad"],
    "ACK": ["ok", "vale", "guay", "me parece bien", "👍", "hecho", "sip", "claro", "perfecto"],
}

# --- superficial (compis de piso)

SUPERFICIAL = [
    "X: por cierto esta noche toca bajar la basura\nY: hecho",
    "X: puedes tender la lavadora cuando acabe\nY: sip",
    "X: ha llegado un paquete para ti, esta en la escalera\nY: gracias",
    "X: el alquiler se paga el {day}\nY: ya lo he mandado",
    "X: no queda leche\nY: compro a la vuelta",
    "X: estas esta noche?\nY: fuera hasta tarde, pq\n"
    "X: puede q venga el del gas entre las 6 y las 8\n"
    "Y: ah vale, dejo la llave debajo del felpudo",
    "X: viste el resultado\nY: si 2-1\nX: vaya defensa\nY: como siempre",
    "X: otra vez se ha caido el wifi\nY: reinicio el router cuando vuelva\nX: crack",
    "X: el casero viene el {day} a mirar la caldera\nY: a q hora\nX: sobre las 10\n"
    "Y: vale yo estare currando",
    "X: quien se ha dejado el fuego encendido\nY: yo no\nX: mmm\nY: de verdad q no jaja",
    "X: <media>\nX: esto es tuyo\nY: no\nX: jersey misterioso",
    "X: {weather} ahi fuera\nY: si me he calado\nX: {LAUGH}",
    "X: quieres algo de {shop}\nY: pan y bolsitas de te porfa\nX: 👍",
    "X: ha llegado la carta del IBI\nY: cuanto\nX: lo mismo q el año pasado\nY: bien",
    "X: te has llevado la aspiradora\nY: esta en mi cuarto, perdona, cogela\nX: gracias",
    "X: pizza esta noche?\nY: venga va\nX: la de siempre?\nY: sip, mitad y mitad",
    "X: estas viendo {show}\nY: si vamos por el 4\nX: nada de spoilers\nY: 🤐",
    "X: otra vez han aparcado tapando el vado\nY: el mismo coche azul?\nX: si\n"
    "Y: le dejo una nota",
    "X: a q hora es el taxi\nY: 8:15\nX: vale",
    "X: la luz este mes son {num}0 euros\nY: a medias como siempre\n"
    "X: sip te he mandado el bizum",
    "X: el {day} viene gente a casa, te parece bien?\nY: si claro\nX: no sera tarde",
    "X: la recogida de reciclaje ha pasado al martes\nY: vale apuntado",
    "X: <media>\nY: q es eso\nX: el cuadro de luces. cual es el de la cocina\nY: el tercero",
    "X: tenemos papel de aluminio\nY: en el cajon al lado del horno\nX: encontrado",
    "X: hay un trafico horrible, llego una hora tarde\nY: vale",
    "X: la nevera vuelve a hacer ese ruido\nY: dale una patada jaja\nX: ha funcionado",
    "X: sigues teniendo la cuenta de netflix\nY: si misma contraseña\nX: gracias",
    "X: huelga de trenes el {day}\nY: genial. pues teletrabajo\nX: igual",
    "X: pastillas del lavavajillas?\nY: debajo del fregadero\nX: 👍",
    "X: vino el fontanero\nY: si, arreglo el grifo\nX: genial",
    "X: al final como quedo el partido\nY: 3-3\nX: vaya partidazo",
    "X: aviso q esta pitando la alarma de humo\nY: la pila. hay en el cajon",
    "X: me dejas la escalera\nY: esta en el trastero\nX: gracias",
    "X: trivial en {place} el {day}?\nY: puede, quien va\nX: yo, {friend}, {friend2}\n"
    "Y: vale contad conmigo",
    "X: tu madre ha traido un tupper\nY: ah ya dijo q igual se pasaba",
    "X: correos cierra a las 5 el {day}\nY: vale ire por la mañana",
    "X: pediste mas papel higienico\nY: sip llega el {day}",
    "X: mañana cortan el agua de 9 a 12, carta del ayuntamiento\nY: vale me ducho esta noche",
    "X: la planta del pasillo esta muerta\nY: alguna vez estuvo viva\nX: {LAUGH}",
    "X: gym a las 6?\nY: mejor 6 y media\nX: vale",
    "X: alguien va a usar el coche el {day}?\nY: yo no\nX: guay me lo llevo a {town}",
    "X: <media>\nX: el sofa nuevo llega el {day}\nY: guay, de q color\nX: gris\nY: practico",
    "X: le pagaste al de los cristales\nY: no, cuanto es\nX: {num}\n"
    "Y: dejo el dinero en la encimera",
    "X: luego hago compra grande en el mercadona, lista?\nY: pasta\n+ huevos\n"
    "+ bolsas de basura\n+ el papel higienico bueno no el barato",
    "X: la luz del router esta en rojo\nY: desenchufalo 10 seg\nX: solucionado",
]

SUPERFICIAL_OPEN = [
    "X: estas en casa?\nY: sip",
    "X: ey\nY: ey",
    "X: una cosa rapida\nY: dime",
    "X: buenos dias\nY: buenas",
    "X: estas luego?\nY: deberia",
]

# --- dominar la conversacion (Chris habla, Ella contesta)

DOM_MONO = [
    "X: vale no te vas a creer lo q ha pasado en el curro\n"
    "X: {colleague_m} ha intentado colgarse MI presentacion en la reunion\n"
    "X: en plan se ha levantado y ha dicho 'bueno he preparado unas ideas'\n"
    "X: esas ideas las prepare yo. a las 11 de la noche. un domingo\n"
    "X: total q le he dicho tan tranquilo 'genial, quieres q explique yo los numeros ya q los hic"
    "e yo'\nX: tenias q haber visto su cara\nY: jaja",
    "X: vale escuchame\nX: creo q voy a empezar un podcast\n"
    "X: de productividad pero para gente q curra de verdad, no para influencers\n"
    "X: ya tengo nombre, 'Deep Work Diario'\n"
    "X: y si subo 3 a la semana creo q para verano tengo patrocinadores\n"
    "X: q te parece\nY: suena guay",
    "X: acabo de batir mi record en el gym\nX: 120 en peso muerto\n"
    "X: el de al lado me ha hecho un gesto y todo\n"
    "X: estoy con un programa nuevo, 5 dias a la semana, sobrecarga progresiva, todo\n"
    "X: y ahora cuento macros bien, 180g de proteina al dia\nY: q bien",
    "X: viste el partido\nX: de verdad el entrenador ha perdido el vestuario\n"
    "X: no puedes jugar con tres centrales con esos laterales, es tacticamente analfabeto\n"
    "X: lo dije en agosto\nX: lo dije literalmente en el grupo en agosto\nY: jaja ya",
    "X: he estado pensando en lo del piso\n"
    "X: creo q puedo bajarle al casero {num}0 euros si le menciono la humedad\n"
    "X: le he escrito un mail, firme pero justo\n"
    "X: vamos q basicamente le he citado la ley de arrendamientos\n"
    "X: se lo mando mañana por la mañana para q sea lo primero q vea\nY: vale",
    "X: me he comido {food} en {place} y madre mia\nX: te cambia la vida de verdad\n"
    "X: me puse a hablar con el cocinero, resulta q se formo en Lyon\n"
    "X: me dijo q tenia muy buen paladar, q bueno eso ya lo sabia\n"
    "X: tenemos q ir. bueno yo voy a volver igual\nY: suena bien",
    "X: noticion\nX: me han pedido q lleve el proyecto nuevo\n"
    "X: normal, nadie mas entiende al cliente\n"
    "X: es basicamente un ascenso sin el titulo todavia\n"
    "X: voy a tener q reorganizar como trabaja todo el equipo\n"
    "X: lo primero, se acabaron las reuniones antes de las 10\nY: enhorabuena",
    "X: bueno la cita de anoche\n"
    "X: era maja pero se tiro como 40 min hablando de su gato\n"
    "X: y yo intentando contarle lo del entreno para la maraton y ella todo el rato volviendo al "
    "gato\nX: no se yo si habra segunda cita\nY: jaja",
    "X: he decidido q el año q viene hago un ultra\nX: 50k\n"
    "X: se q suena a locura pero he hecho los calculos del entreno\n"
    "X: 16 semanas, la semana pico son unos 90k\n"
    "X: obviamente necesitare zapatillas nuevas, estoy mirando las de placa de carbono\nY: hala",
    "X: sabes lo q me saca de quicio\nX: la gente q anda despacio en medio de la acera\n"
    "X: elige un lado\n"
    "X: casi pierdo el tren por una familia de 6 en el vestibulo de {station}\n"
    "X: y eso q dije perdon dos veces\nY: jaja",
    "X: hoy he escuchado un podcast buenisimo sobre estoicismo\n"
    "X: basicamente no puedes controlar lo q pasa, solo como reaccionas\n"
    "X: q la verdad es como he vivido siempre\n"
    "X: creo q por eso no me estreso como otra gente\n"
    "X: igual me leo a Marco Aurelio\nY: guay",
    "X: mi jefa me ha pedido opinion sobre la reestructuracion\nX: le he dado como 8 puntos\n"
    "X: los ha apuntado todos\nX: yo creo q la mitad acabaran en el plan final\n"
    "X: no es por tirarme flores pero soy como el estratega extraoficial\nY: bien",
    "X: me he comprado una cafetera\nX: de las buenas, superautomatica\n"
    "X: {num}0 euros de descuento en rebajas\n"
    "X: llevo toda la tarde ajustando la molienda\nX: la crema es brutal\n"
    "X: no vuelvo a pagar un cafe fuera\nY: jaja q pijo",
    "X: un poco chafado la verdad\nX: no me han cogido para el equipo del domingo\n"
    "X: ha entrado el colega del capitan antes q yo y es lentisimo\n"
    "X: no es por picarme pero esta claro q es enchufe\n"
    "X: entrenare mas y les sera imposible dejarme fuera\nY: q rabia",
    "X: estoy pensando en hacer los tres picos en {month}\nX: yo, {friend_m} y igual su hermano\n"
    "X: ya tengo la ruta entera planeada\n"
    "X: conducimos de noche entre uno y otro, tengo un excel con los tiempos al minuto\n"
    "X: te lo paso, es precioso la verdad\nY: vale",
    "X: acabo de terminar el libro ese de los habitos\nX: ya he cambiado mi rutina de mañana\n"
    "X: arriba a las 5:30, ducha fria, 10 min de diario y luego gym\n"
    "X: me siento otra persona de verdad\nX: deberias probarlo\nY: igual jaja",
    "X: mi hermano esta insoportable con lo del cumple de mama\n"
    "X: el quiere una comida, yo quiero un finde fuera\n"
    "X: lo mio es obviamente mejor, ella siempre ha dicho q quiere ir a {town}\n"
    "X: ya he encontrado el hotel\nX: ya entrara en razon\nY: ojala salga bien",
    "X: por fin he vendido la bici vieja\nX: he sacado {num}0 mas de lo q me costo jaja\n"
    "X: el tio intento regatear pero me mantuve firme\n"
    "X: negociar es basicamente estar comodo con el silencio\nY: bien",
    "X: la verdad estoy reventado\n"
    "X: el curro esta siendo una locura, basicamente he sacado yo solo todo el lanzamiento\n"
    "X: {colleague_m} estaba de baja (otra vez) asi q hice lo suyo tb\n"
    "X: y aun asi fui al gym\n"
    "X: no se cuanto aguantare a este ritmo pero bueno\nY: descansa un poco",
    "X: <media>\nX: zapatillas nuevas\nX: edicion limitada, tuve q hacer cola online una hora\n"
    "X: son una inversion, en un año valen el doble\nY: q bien",
    "X: he tenido una un poco rara con {friend_m}\nX: me dijo q siempre lo hago todo sobre mi\n"
    "X: q es de locos pq literalmente le organice yo el cumple\n"
    "X: creo q esta estresado la verdad\nX: bueno ya estamos bien\nY: ah",
    "X: bueno el movil nuevo\nX: la camara es una pasada\nX: <media>\n"
    "X: eso es con zoom desde la otra acera\n"
    "X: igual me meto en la fotografia en serio\nY: hala",
    "X: anoche vi {film}\nX: sobrevalorada la verdad\n"
    "X: el ritmo fatal y el tercer acto no tenia sentido\n"
    "X: adivine el giro a los 20 minutos\nX: deberia escribir criticas\nY: jaja",
    "X: perdon q he estado desaparecido, dia de locos\n"
    "X: 3 reuniones seguidas y luego una llamada con Estados Unidos\n"
    "X: y luego cancelaron el tren y tuve q pillar un taxi\nX: {num} euros!!\n"
    "X: bueno ya estoy en casa, cenando {food}\nY: ah",
]

DOM_BID = [
    # Ella intenta contar algo; Chris casi ni entra, y vuelta a el
    "Y: estoy un poco nerviosa por el examen de mañana\nX: te ira bien\n"
    "X: oye te conte lo de {colleague_m}\nY: no\n"
    "X: pues ha empezado a poner a mi jefa en copia en todo\n"
    "X: cada mail. pasivo agresivo nivel dios\nX: voy a empezar a hacerle lo mismo\nY: jaja",
    "Y: mi madre no esta muy bien\nY: estoy un poco preocupada la verdad\nX: uf q rollo\n"
    "X: mi madre tuvo la gripe esa el año pasado y se puso bien\n"
    "X: por cierto vienes a mi casa el {day}? hago {food}, mi especialidad\nY: puede\n"
    "Y: nada da igual",
    "Y: la verdad he tenido un dia bastante malo\nX: yo igual\n"
    "X: el curro un caos, basicamente tuve q salvarlo todo yo\n"
    "X: {colleague_m} me debe una gorda\nY: ja vale",
    "Y: ultimamente estoy un poco de bajon\nX: deberias probar las duchas frias\n"
    "X: a mi me cambiaron la vida\nX: ahora hago 2 min cada mañana\nY: jaja vale\n"
    "Y: nada, ignorame",
    "Y: por cierto me han dado el piso\nX: guay\nX: al mio le ponen cocina nueva el mes q viene\n"
    "X: el casero por fin ha cedido\nY: guay",
    "Y: te puedo pedir consejo sobre una cosa\nX: claro\n"
    "X: espera un momento, acabo de ver el marcador, vamos perdiendo 2-0\nX: increible\n"
    "Y: nada, otro dia",
    "Y: estoy pensando en dejar el trabajo\nX: en serio?\n"
    "X: yo casi lo dejo el año pasado, te acuerdas, antes de q me subieran el sueldo\n"
    "X: lo mejor q hice fue quedarme y negociar\nX: deberias pedir mas dinero y ya\n"
    "Y: no es por el dinero\nY: da igual",
    "Y: estoy un poco agobiada con el dinero\nX: necesitas una app de presupuestos\n"
    "X: yo uso una q lo categoriza todo\nX: desde entonces ahorro como {num}0 euros al mes\n"
    "Y: vale",
]

DOM_COMPLAINT = [
    "Y: ni me has preguntado q tal el examen\nX: te lo iba a preguntar!\n"
    "X: es q he estado liadisimo\n"
    "X: bueno q tal\nY: bien\nX: guay. pues mi semana ha sido una locura",
    "Y: tu lees mis mensajes?\nX: q? si\nX: es q contesto rapido, estoy liado\n"
    "X: no te pongas asi\nY: vale",
    "Y: a veces siento q no me escuchas de verdad\nX: eso no es justo\n"
    "X: literalmente te pregunte por tu madre la semana pasada\nY: vale\nX: bueno",
]

DOM_SHORT = [
    # lo poco q abre la persona callada, contestado en dos palabras y vuelta a el
    "Y: <media>\nY: he visto esto y me he acordado de ti\nX: jaja\n"
    "X: es igualito a mi gym, te conte q han puesto racks nuevos\n"
    "X: de competicion de verdad\nY: q bien",
    "Y: estas el {day}?\nX: deberia, aunque por la mañana gym\nX: pq\n"
    "Y: unas cañas con {friend}\nX: puede. ya vere como estoy despues de pierna",
    "Y: q tal la semana\nX: una locura\n"
    "X: tengo lo del cliente el jueves y basicamente presento yo toda la estrategia\n"
    "X: he rehecho la presentacion 3 veces\nY: suerte",
    "Y: q haces\nX: tuppers de la semana\nX: pollo, arroz, brocoli x 5\n"
    "X: ya lo tengo en 40 min\nY: q eficiente",
]

DOM_REACT = [
    "X: bueno ya vale de hablar de mi\nX: no espera, te conte lo del gym\n"
    "Y: no\nX: pues un tio estaba acaparando el rack 30 min\n"
    "X: y yo le pregunte educadamente si podiamos turnarnos\nX: al final bien\nY: bien",
    "X: ah y he empezado a cocinar en serio\nX: 40 dias seguidos\n"
    "X: voy a ir a {town} este año y quiero probarlo todo para comparar\nY: q bien",
    "X: ah y he reservado vacaciones\nX: Portugal en {month}\n"
    "X: he encontrado una villa con piscina tirada de precio\n"
    "X: me he pasado el finde entero comparando vuelos\nY: q envidia",
    "X: por cierto actualizacion del podcast\nX: he grabado el primer episodio\n"
    "X: 45 min, sin guion\nX: creo q soy un natural la verdad\nY: jaja guay",
]

# --- el paño de lagrimas (Leah se desahoga con Nina)

DUMP = [
    "X: uf hoy ha sido el peor dia\nX: {colleague} me ha hecho rehacer el informe entero\n"
    "+ delante de todos\n+ en plan delante de todo el equipo\n"
    "X: tengo tanta rabia q me dan ganas de llorar\nY: {VALIDATE}\nY: q te dijo exactamente?\n"
    "X: q 'no estaba a la altura'. estaba bien!! es q me odia\n"
    "X: siento q alli no hago nada bien\nY: es muy injusto. con lo q te esfuerzas\n"
    "Y: {SUPPORT}",
    "X: no puedo dejar de pensar en Iker\nX: he visto q sube fotos con otra\n"
    "X: me siento idiota por q me siga importando\n"
    "Y: no eres idiota. solo han pasado unos meses\n"
    "Y: como estas ahora mismo?\nX: fatal la verdad. con el estomago revuelto\nY: {VALIDATE}\n"
    "Y: y si lo silencias un tiempo?\nX: si igual",
    "X: estoy tan agobiada q no puedo respirar\nX: el casero nos quiere fuera para {month}\n"
    "X: a donde se supone q voy\nX: esta todo carisimo\nY: ay no, q miedo\n"
    "Y: {SUPPORT}\nY: quieres q te ayude a mirar pisos esta noche?\n"
    "X: en serio? estoy desbordada",
    "X: mi hermana me ha llamado egoista\nX: solo pq no pude ir al cumple de mama\n"
    "X: me ha dolido muchisimo\nY: {VALIDATE}\nY: q paso exactamente?\n"
    "X: se puso a decir q nunca ayudo con nada\nX: y yo siento q hago un monton\n"
    "Y: suena muy doloroso. no eres egoista",
    "X: me ha dado otro ataque de ansiedad en el curro\nX: esta vez en el baño\n"
    "X: q verguenza\n"
    "Y: ay Lidia\nY: estas bien ya?\nX: mas o menos. estoy temblando\nY: {VALIDATE}\n"
    "Y: has pensado en hablarlo con tu medico?\nX: no se. puede\nY: {SUPPORT}",
    "X: siento q a todo el mundo le va mejor q a mi\nX: a {friend} la han vuelto a ascender\n"
    "X: y yo sigo atascada en este trabajo sin futuro\nY: es una sensacion muy dura\n"
    "Y: pero no vas a estar atascada siempre. q te gustaria hacer?\n"
    "X: ni lo se. eso es lo peor\nY: {SUPPORT}",
    "X: perdon por soltarte esto otra vez\nX: pero mi jefe me ha puesto un plan de mejora\n"
    "X: me aterra q me echen\nY: no te disculpes. {VALIDATE}\n"
    "Y: q te han dicho q tienes q hacer?\nX: llegar a unos objetivos q son imposibles\n"
    "X: tengo tanta ansiedad q no he comido\nY: porfa come algo. {SUPPORT}",
    "X: el piso esta tan silencioso desde la ruptura\nX: odio volver a casa\n"
    "X: dejo la tele puesta solo por el ruido\nY: {VALIDATE}\n"
    "Y: quieres venir el {day}? yo cocino\n"
    "X: si. gracias. no se q haria sin ti",
    "X: me puedo desahogar\nY: siempre\nX: mi madre no para de compararme con mi prima\n"
    "X: 'ella tiene hipoteca, esta prometida'\nX: me siento una decepcion\n"
    "Y: no eres ninguna decepcion\nY: {VALIDATE}\nY: como lo dejasteis?\n"
    "X: le colgue. y luego me senti culpable",
    "X: llevo toda la noche llorando\nY: ay no. q ha pasado?\n"
    "X: nada en concreto. todo\nX: el curro, Iker, el dinero, todo\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: quieres q te llame?\nX: puedes?",
    "X: estoy muy enfadada con {friend}\nX: no me invito a su fiesta\n"
    "X: y luego subio todas las fotos\nX: me siento excluida y humillada\n"
    "Y: eso le dolería a cualquiera\nY: sabes pq no te invito?\n"
    "X: no y me da miedo preguntar",
    "X: la verdad creo q tengo depresion\nX: los findes no puedo salir de la cama\n"
    "X: me siento vacia\nY: me alegro mucho de q me lo cuentes\nY: {VALIDATE}\n"
    "Y: te plantearias hablar con alguien? te ayudo a buscar\n"
    "X: puede. me da miedo q no sirva",
    "X: el dinero es un desastre\nX: otra vez en numeros rojos y estamos a 15\n"
    "X: estoy tan agobiada q me encuentro mal\nY: {VALIDATE}\n"
    "Y: quieres q lo miremos juntas? a veces por escrito da menos miedo\n"
    "X: si. igual el {day}",
    "X: Iker me ha escrito\nX: solo 'espero q estes bien'\nX: y ya estoy hecha polvo otra vez\n"
    "X: pq tiene derecho a hacer eso\nY: uf, es muy injusto para ti\nY: como estas?\n"
    "X: confundida. enfadada. triste. todo",
    "X: hoy me ha gritado mi jefe\nX: delante de todo el equipo\nX: me siento pequeñisima\n"
    "Y: no deberia gritarle a nadie\nY: {VALIDATE}\nY: estas bien?\nX: no. odio ese sitio",
    "X: me da pavor este finde\nX: reunion familiar y mi padre va a beber\n"
    "X: con el siempre me pongo de los nervios\nY: {VALIDATE}\nY: tienes q ir?\n"
    "X: mi madre me mata si no voy\nY: escribeme cuando quieras. {SUPPORT}",
    "X: otra noche sin dormir\nX: mi cabeza no se calla\n"
    "X: no paro de repasar todo lo q dije en el curro\nY: q agotador\n"
    "Y: q estas repasando?\nX: la reunion. creo q quede fatal\n"
    "Y: lo dudo mucho",
    "X: la visita al piso ha sido un desastre\n"
    "X: el de la inmobiliaria casi se rie de mi presupuesto\n"
    "X: voy a acabar otra vez en casa de mi madre\nX: me siento un fracaso\n"
    "Y: no eres ningun fracaso. el mercado esta loco\nY: {SUPPORT}",
    "X: hoy me siento horrible\nX: no me cabe nada\n"
    "X: le he cancelado a {friend} pq no podia con ello\nY: ay cariño. {VALIDATE}\n"
    "Y: para q lo sepas eres preciosa\nX: lo dices pq tienes q decirlo",
    "X: de verdad estoy harta de todo\nX: los mismos problemas cada semana\nX: no cambia nada\n"
    "Y: te entiendo. {VALIDATE}\nY: q haria esta semana aunque sea un poquito mas facil?\n"
    "X: no se. una vida nueva",
]

DUMP_SHIFT = [
    # Nina cuenta algo; Leah vuelve a lo suyo
    "Y: te puedo contar una cosa\nY: estoy muy agobiada con la operacion de mi padre\n"
    "X: ay no\nX: eso me recuerda q mi padre esta rarisimo ultimamente\n"
    "X: ni me llamo por mi cumple\nX: siento q le da igual\nY: suena duro\n"
    "Y: bueno la suya es el {day}. da igual",
    "Y: la verdad yo tb he tenido un dia bastante malo\n"
    "Y: me echaron la bronca por algo q no era culpa mia\n"
    "X: uf como lo q me paso a mi la semana pasada\n"
    "X: la verdad {colleague} sigue siendo horrible\nX: hoy me ha ignorado en la cocina\n"
    "Y: q horror\nY: bueno, lo mio no es nada",
    "Y: por cierto me han dado el trabajo!!\nX: ah q bien\nX: ojala me pasara algo bueno a mi\n"
    "X: he echado a 3 sitios y nada\nY: te pasara. te lo prometo\n"
    "Y: seguro q te dicen algo pronto",
    "Y: echo muchisimo de menos a {friend} desde q se mudo\nX: te entiendo tantisimo\n"
    "X: la verdad desde la ruptura el piso esta tan silencioso\n"
    "X: hablo mas con la gata q con la gente\n"
    "Y: ya\nY: ignorame, no es nada",
    "Y: estoy nerviosa por la presentacion de mañana\n"
    "X: te ira bien, eso se te da genial\nX: yo estoy agobiadisima con la mia del viernes\n"
    "X: va a estar mi jefe mirando y me voy a quedar en blanco\n"
    "Y: no te vas a quedar en blanco. lo vas a hacer genial\nY: las dos jaja",
    "Y: mi abuela esta en el hospital\nX: ay lo siento\n"
    "X: los hospitales me dan muchisima ansiedad\n"
    "X: aun tengo pesadillas con cuando me rompi el brazo\nY: ya\nY: bueno esta estable",
    "Y: me he peleado con mi novio\nX: uf las relaciones\nX: al menos tu tienes una\n"
    "X: a este paso acabo con 12 gatos\nY: q no jaja\n"
    "Y: da igual, ya lo arreglaremos",
    "Y: creo q estoy un poco quemada\nX: yo igual la verdad\nX: creo q yo estoy peor q quemada\n"
    "X: hoy he llorado en el bus\nY: ay no. q ha pasado?\nX: nada, todo. ya sabes",
    "Y: por fin hemos reservado las vacaciones!\nX: q suerte\n"
    "X: yo no me puedo permitir vacaciones\n"
    "X: casi no me puedo permitir {food} la verdad\nY: ay no. sigues justa de dinero?\n"
    "X: siempre",
    "Y: estoy un poco nerviosa con la mudanza\nX: al menos tu tienes a donde mudarte\n"
    "X: la inmobiliaria aun no me ha contestado\nX: me voy a quedar en la calle\n"
    "Y: no te vas a quedar en la calle. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: mira este conjunto q nunca me voy a poner\n"
    "Y: es monisimo!! ponlo el {day}",
    "X: q haces\nY: acabo de llegar. haciendo {food}\nX: q envidia. yo cereales",
    "X: estas viendo {show}\nY: si! el ultimo capitulo!!\nX: ya!! grite",
    "Y: sigue en pie lo del {day}?\nX: si porfa. necesito salir de este piso\n"
    "Y: {place} a {time}?\nX: perfecto",
    "X: {weather} otra vez\nY: uf. tiempo de quedarse en casa\n"
    "X: tiempo de quedarse en casa para siempre",
    "Y: buenos dias! q tal has dormido?\nX: mal pero sigo viva",
    "X: gracias por lo de esta noche\nY: cuando quieras. me lo pase genial\n"
    "X: y yo. lo necesitaba",
    "X: <media>\nX: mi gata me esta juzgando\nY: y con razon la verdad\nX: {LAUGH}",
    "Y: llegaste bien a casa?\nX: si! gracias por acompañarme al bus",
    "X: te apetece {place} el {day}?\nY: si!! a {time}?\nX: genial",
]

DUMP_THANKS = [
    "X: perdon por quejarme siempre\nY: no lo haces. aqui estoy\n"
    "X: eres la unica persona con la q puedo hablar",
    "X: gracias por escucharme anoche\nY: claro. q tal hoy?\n"
    "X: sigo fatal pero un poco mejor",
    "X: no se como me aguantas\nY: no digas tonterias\nY: para eso estan las amigas",
]

# --- interes q se apaga (Ollie y Jess)

WANE_MIN = [
    "X: ey\nY: ey",
    "X: q tal\nY: bien. con lio",
    "X: estas este finde?\nY: aun no se\nY: ya te digo",
    "X: <media>\nY: jaja",
    "X: he visto esto y me he acordado de ti\nX: <media>\nY: ja",
    "X: q tal la semana\nY: bien gracias",
    "X: viste {show}\nY: aun no",
    "X: te apetece {place} el {day}?\nY: esta semana no puedo perdona",
    "X: todo bien?\nY: si",
    "X: espero q el curro vaya bien\nY: 👍",
    "X: hace tiempo q no se nada de ti\nY: perdona, mucho lio",
    "X: aqui {weather}\nY: aqui igual",
    "X: q tal {friend}?\nY: bien creo",
    "X: estas bien?\nY: si solo con sueño",
    "X: viste mi mensaje de lo del {day}\nY: ah perdon si\nY: puede",
    "X: he terminado {show}\nY: guay",
    "X: ya han salido las entradas de {band}\nY: ah guay\nY: no se si puedo",
    "X: q tal fue lo tuyo\nY: bien",
    "X: echo de menos nuestras charlas\nY: ya perdona, mucho lio",
    "X: q haces?\nY: poca cosa",
    "X: <media>\nY: 👍",
    "X: vale\nY: k",
]

WANE_MID = [
    "X: q tal el dia\nY: largo. y tu?\nX: igual, un poco rollo\nY: bueno. ya casi es viernes",
    "X: al final estuviste en {place}?\nY: si el {day}, estuvo bien\n"
    "X: guay, q pediste?\nY: {food}. estaba bien",
    "X: sigues con lo de correr?\nY: mas o menos. una vez a la semana igual\n"
    "X: eso ya esta bien\nY: supongo",
    "X: <media>\nX: te acuerdas de esto?\nY: jaja si\nY: parece q hace siglos",
    "X: q haces este finde\nY: quedar con {friend} seguramente. y tu?\n"
    "X: poca cosa. igual voy a {town}\nY: q bien",
    "X: por fin vi {film}\nY: esta bien?\nX: si muy buena, el final me mato\n"
    "Y: guay, ya la vere en algun momento",
    "X: el curro esta siendo mucho esta semana\nY: si? igual\n"
    "X: {colleague} esta de baja asi q la estoy cubriendo\nY: q rollo",
    "X: quedamos pronto para ponernos al dia?\nY: si estaria bien\n"
    "Y: no se cuando eso si, esta todo fatal de lio\nX: tranqui, cuando sea",
]

# --- criticas y defensas (Ryan y Zoe)

CRIT = [
    "X: has vuelto a dejar la cocina hecha un desastre\nY: la iba a recoger luego\n"
    "X: siempre dices lo mismo\nY: ya bueno tu nunca bajas la basura asi q\n"
    "X: esa no es la cuestion\nY: lo q tu digas 🙄",
    "X: pq no me contestaste\nX: te mande 4 mensajes\nY: estaba currando??\n"
    "X: siempre tienes una excusa\nY: no es culpa mia tener trabajo\nX: vaya vale",
    "X: dijiste q reservarias mesa\nY: se me olvido vale\nX: otra vez?\n"
    "X: nunca cumples nada de lo q dices\nY: bueno podrias haberla reservado tu\n"
    "X: esa no es la cuestion",
    "X: q te pasa hoy\nY: a mi no me pasa nada\nY: q te pasa a TI\n"
    "X: solo he hecho una pregunta\nY: con ese tono\n"
    "X: no hay ningun tono. estas exagerando un monton",
    "X: se te olvido el cumple de mi madre\nY: no es culpa mia q nadie me lo recordara\n"
    "X: es MI madre y yo no soy tu agenda\nX: nunca te acuerdas de nada q me importe\n"
    "Y: eso es muy injusto\nY: bueno tu te olvidaste de lo de mi curro el mes pasado",
    "X: pq siempre tienes q hacer una broma cuando hablo en serio\n"
    "Y: intentaba relajar el ambiente\nX: es quitarme importancia\n"
    "Y: ya bueno tu siempre haces un drama de todo\nX: ya estamos",
    "X: estuviste con el movil toda la cena\nY: estaba mirando una cosa\n"
    "X: una hora\nY: ya bueno tu estuviste hablando con {friend} toda la noche\nX: increible",
    "X: te pedi q recogieras el paquete\nY: no me dio tiempo\n"
    "X: te dio tiempo a ir al gym\nY: no es culpa mia q correos cierre a las 5\n"
    "X: siempre te pones tu primero",
    "X: me dejaste en ridiculo delante de {friend}\nY: como??\nX: el comentario sobre mi trabajo\n"
    "Y: era una broma. eres muy sensible\nX: nunca te tomas en serio nada de lo q digo",
    "X: dijiste q volverias a las 8\nY: me lie\n"
    "X: dijiste q escribirias si llegabas tarde\nY: se me murio el movil, no es culpa mia\n"
    "X: siempre se muere cuando te viene bien",
    "X: q te pasa\nX: te has ido sin mas\nY: pq estabas gritando\n"
    "X: no estaba gritando\nY: ya bueno estabas poniendo la voz esa\nX: no hay ninguna voz",
    "X: siempre haces lo mismo\nY: el q\n"
    "X: te callas y luego haces como si no hubiera pasado nada\n"
    "Y: ya bueno tu nunca dejas pasar nada\nX: pq nunca se arregla nada",
    "X: nunca me preguntas q tal el dia\nY: te lo pregunte literalmente ayer\nX: una vez\n"
    "Y: ya bueno tu tampoco me preguntas por el mio\nX: vale",
    "X: ni siquiera me dijiste enhorabuena\nX: por lo de la evaluacion\nY: si q te lo dije??\n"
    "X: dijiste 'guay'. ya esta\nY: q quieres q te diga, un discurso?\nX: dejalo",
    "X: puedes no dejar tus cosas por toda la escalera\nY: puedes no darme la brasa un dia\n"
    "X: no tendria q hacerlo si lo hicieras\n"
    "Y: no es culpa mia q te obsesiones tanto con eso",
    "X: prometiste q iriamos a {town} este finde\nY: dije q igual\nX: dijiste q si\n"
    "Y: bueno ha surgido algo\nX: siempre surge algo",
    "X: a veces eres muy egoista\nY: vaya\n"
    "Y: dice quien se ha pasado el finde entero en casa de {friend}\n"
    "X: eso estaba planeado hace semanas\nY: lo q tu digas",
    "X: pq me hablas con esa frialdad\nY: no te hablo asi\nX: claramente si\n"
    "Y: bueno igual si no empezaras a atacarme nada mas entrar\nX: no te he atacado",
    "X: llevas una semana con mi {thing}\nY: ya te lo devuelvo\nX: siempre dices eso\n"
    "Y: no es para tanto\nX: para mi si",
    "X: has vuelto a cancelar\nY: estoy sin fuerzas, no lo puedo evitar\n"
    "X: dijiste q vendrias\n"
    "Y: no es culpa mia q el curro este fatal\nX: siempre es el curro",
    "X: nunca me escuchas\nY: te estoy escuchando ahora mismo\nX: esta claro q no\n"
    "Y: pues q quieres de mi\nX: nada. dejalo",
    "X: anoche no me defendiste nada\nY: era tu hermana, q querias q dijera\n"
    "X: algo!!\nY: bueno podrias haberte defendido tu\nX: vaya. gracias",
]

CRIT_REASSURE = [
    "X: te has enfadado conmigo?\nY: no\nX: pues lo parece\n"
    "Y: no me he enfadado. es q estoy sin pilas\nX: vale",
    "X: estamos bien?\nY: si pq\nX: no has dicho casi nada en todo el dia\n"
    "Y: es q tengo mucho lio\nX: vale perdon",
    "X: he hecho algo mal?\nY: no\nX: me lo dirias si lo hubiera hecho?\nY: si\n"
    "X: perdona, es q me preocupo",
    "X: sigue molestandote lo de antes\nY: un poco\nX: perdon\n"
    "X: odio cuando estamos asi\nY: yo tb",
    "X: no me vas a dejar verdad\nY: q? no\nY: pq dices eso\n"
    "X: no se. olvidalo jaja",
    "X: dime la verdad, crees q soy demasiado\nY: a veces\nX: ah\nX: vale\n"
    "Y: no lo decia en ese sentido\nX: no pasa nada",
    "X: perdon por lo de anoche\nY: vale\nX: sigue molestandote?\nY: ya se me pasara",
    "X: perdon si antes he dado la lata\nY: no la has dado\nX: seguro? has dejado de hablar\n"
    "Y: seguro",
]

CRIT_LIGHT = [
    "X: q quieres cenar\nY: me da igual. {food}?\nX: vale",
    "X: estoy en {shop}, necesitas algo\nY: leche\nX: vale",
    "X: estas en casa?\nY: 10 min",
    "X: sigue lo del {day} en casa de tu madre?\nY: si dijo a {time}\nX: vale",
    "X: <media>\nY: jaja\nY: donde es eso",
    "X: pagaste el IBI\nY: si\nX: vale bien",
    "X: vemos {show}?\nY: en un rato\nX: vale no empieces sin mi",
    "X: a q hora es lo de {friend}\nY: a {time}\nX: vale",
    "X: puedes pillar pan\nY: sip",
    "X: llego tarde\nY: vale",
    "X: <media>\nX: el cachorro nuevo de {friend}\nY: q mono",
    "X: he dejado las llaves del coche en la encimera\nY: 👍",
]

CRIT_REPAIR = [
    "X: perdon por lo de antes. no lo decia en serio\nY: lo se. yo tb\nX: tregua?\nY: tregua",
    "X: tienes razon con lo de la basura. la bajo yo\nY: gracias",
    "X: perdon por saltar asi\nY: no pasa nada. yo tb estaba insoportable",
]

# --- apoyo en una crisis (Amara pasa una crisis y Ben la apoya; luego al reves)

CRISIS = [
    "X: Bruno no se q hacer\nX: mi padre se ha desplomado en el trabajo\n+ estamos en el hospital\n"
    "+ en urgencias del Clinico\nY: dios. lo siento muchisimo\nY: esta bien? estas bien?\n"
    "X: creen q es el corazon. tengo muchisimo miedo\nY: aqui estoy. quieres q vaya?\n"
    "X: puedes? no quiero estar sola\nY: salgo ya",
    "X: se lo quedan ingresado\nX: tengo panico a perderlo\nY: {VALIDATE}\n"
    "Y: q dicen los medicos?\nX: hay q operarle. igual esta semana\n"
    "Y: vale. paso a paso. {SUPPORT}",
    "X: no he dormido\nX: oigo las maquinas cada vez q cierro los ojos\n"
    "Y: q horror\nY: has comido algo hoy?\nX: la verdad q no\n"
    "Y: a las 6 te llevo comida. sin discusion",
    "X: la operacion es mañana a las 8\nX: tengo el estomago revuelto\n"
    "Y: normal. es muchisimo peso\n"
    "Y: voy a tener el movil encendido todo el dia. escribeme lo q sea, aunque sea un punto\n"
    "X: gracias. de verdad\n~~~\nY: pensando en ti esta mañana. alguna noticia?\n"
    "X: ya ha salido. ha ido bien\nX: me he puesto a llorar en el pasillo\n"
    "Y: gracias a dios. q alivio\nY: como estas?\nX: hecha polvo. pero el esta bien",
    "X: le he tenido q decir a mi jefa q no puedo ir\n"
    "X: me siento muy culpable, tenemos la entrega\n"
    "Y: no tienes nada de q sentirte culpable\n"
    "Y: tu padre esta en el hospital. el curro sobrevivira\n"
    "X: ya. es q siento q estoy fallando a todos\nY: no es asi. {SUPPORT}",
    "X: mi madre no lo esta llevando bien\n"
    "X: intento aguantar por ella pero me estoy desmoronando\n"
    "Y: {VALIDATE}\nY: y a ti quien te sostiene?\nX: tu. de verdad\n"
    "Y: pues dejame. q te puedo quitar de encima esta semana?",
    "X: hoy le he saltado a la enfermera y me siento fatal\n"
    "Y: estas agotada y aterrada. es humano\nY: le pediste perdon?\n"
    "X: si. fue muy amable\nY: pues ya esta. se amable contigo tb",
    "X: perdona q ultimamente todo va de mi\n"
    "X: y tu q tal de verdad? q tal lo de tu jefe?\n"
    "Y: no te disculpes!! estoy bien de verdad\nY: fue bien, me deja cambiar de equipo\n"
    "X: q bien. me alegro\nX: te lo mereces",
    "X: ya esta en casa\nX: pero esta tan debil. da miedo verle asi\n"
    "Y: me lo imagino. {VALIDATE}\nY: y el como esta de animo?\n"
    "X: gruñon, q segun la enfermera es buena señal jaja\nY: 😂 ese es tu padre",
    "X: hoy he llorado en {shop}\nX: en el pasillo de las galletas. sus favoritas\n"
    "Y: ay cariño\n"
    "Y: el miedo y la pena salen en sitios raros\n"
    "X: si ni siquiera se ha ido, eso es lo q me parece tan tonto\n"
    "Y: no es ninguna tonteria. casi le pierdes. {SUPPORT}",
    "X: siento q me ahogo\nX: el hospital, mi madre, el curro, todo\nY: {VALIDATE}\n"
    "Y: q es lo q mas necesitas esta semana?\nX: dormir. y alguien q se encargue de la perra\n"
    "Y: yo me encargo de la perra. miercoles y jueves?\nX: me salvas la vida",
    "X: no paro de pensar y si no hubiera cogido el telefono\nX: iba a ignorarlo\n"
    "Y: pero lo cogiste. y llegaste\nY: es normal q te haya removido tanto\n"
    "X: ahora tengo ansiedad todo el rato\n"
    "Y: {SUPPORT}. y igual hablarlo con alguien cuando se calmen las cosas?",
    "X: q tal tu semana? siento q hace siglos q no te pregunto\nY: has tenido mucho encima!\n"
    "Y: la mia bien, un poco cansado. {friend} viene el {day}\n"
    "X: ay q bien!! saludala de mi parte\n"
    "X: y gracias por todo. de verdad",
    "X: cita de rehabilitacion hoy\nX: ha andado hasta el final del pasillo\nY: q pasada!!\n"
    "Y: y como le viste?\nX: orgulloso de si mismo jaja. y yo con un alivio enorme\n"
    "Y: me alegro muchisimo por los dos",
    "X: mala noche. ha vuelto a tener dolor en el pecho\nX: falsa alarma pero estoy temblando\n"
    "Y: ay no. {VALIDATE}\nY: donde estas ahora?\nX: en casa. el esta dormido\n"
    "Y: quieres hablar o prefieres q te mande videos tontos\nX: las dos cosas jaja",
]

CRISIS_LIGHT = [
    # lo pequeño de esas semanas: cuidados, distraccion y ayuda practica (X = Amara, Y = Ben)
    "Y: <media>\nY: un perro con un chubasquero diminuto, para la moral\n"
    "X: vale eso ha ayudado un poco 😂",
    "Y: te he dejado sopa en la puerta\nX: eres un santo\nX: gracias",
    "Y: no hace falta q contestes, solo q me acuerdo de ti 😘\nX: ❤️",
    "Y: q tal lleva Pepper tanto ir y venir?\n"
    "X: confundida pero feliz. le encantan los paseos extra contigo jaja",
    "X: las visitas son de 2 a 8 asi q basicamente vivo alli\n"
    "Y: quieres q te lleve un cargador y algo de picar?\n"
    "X: si porfa. la maquina expendedora es un drama",
    "Y: <media>\nY: he pasado por el huerto de tu padre, las judias estan desatadas\n"
    "X: ay. le va a encantar, se lo enseño",
    "X: hoy ha pedido un crucigrama\nY: eso es buena señal!!\nX: ya. cosas pequeñas",
    "Y: necesitas algo del super?\nX: leche y esas galletas de avena\nY: hecho",
    "Y: te mando un video tonto para q te rias\nY: <media:video>\n"
    "X: odio q haya funcionado 😂",
    "X: mi madre te da las gracias por las flores\nY: no fue nada\nX: no fue nada no",
    "Y: q tal el aparcamiento del hospital, te llevo mañana?\n"
    "X: horrible. si porfa\nY: te recojo a la 1",
    "X: las enfermeras de su planta son unos angeles\n"
    "Y: ay. me alegro de q este en buenas manos",
]

CRISIS_RECOVER = [
    "X: solo queria darte las gracias\n"
    "X: por estas semanas. la comida, la perra, los mensajes a las 2 de la mañana\n+ \n"
    "+ no lo habria podido hacer sin ti\nY: tu harias lo mismo por mi\n"
    "X: lo haria. espero q lo sepas",
    "X: primer dia normal en siglos\n"
    "X: he salido a correr y no he pensado en hospitales ni una vez\n"
    "Y: q bien oir eso\nY: y en general como estas?\n"
    "X: con mas ligereza. aun me tiemblan un poco las piernas pero mejor",
    "X: mi padre ya esta otra vez en el huerto jaja\nY: como no\nY: y tu madre q tal?\n"
    "X: muchisimo mejor. vuelve a dormir\nY: me alegro mucho",
]

CRISIS_BEN = [
    # despues: Ben lo pasa mal y Amara le devuelve el apoyo (aqui Ben es X)
    "X: te puedo hablar de una cosa\nY: claro. q pasa?\n"
    "X: va a haber despidos en el curro y estoy en la lista\nX: la verdad tengo miedo\n"
    "Y: ay no. {VALIDATE}\nY: cuando lo sabras?\nX: a final de mes\n"
    "Y: {SUPPORT}. tu me has sostenido semanas, dejame devolvertelo",
    "X: no he dormido mucho. lo del curro\nY: lo siento. esa espera es horrible\n"
    "Y: q se te pasa por la cabeza?\nX: el dinero. el piso. y si no encuentro nada\n"
    "Y: es mucho. pero eres muy bueno en lo tuyo\nY: miramos tu cv juntos?\n"
    "X: si. me ayudaria mucho",
    "X: la verdad me siento un poco fracasado\nY: ey. no\n"
    "Y: estar en una lista no va de ti, va de presupuestos\nY: como estas hoy?\n"
    "X: un poco mejor por haberlo dicho\n~~~\nY: sabes algo de los despidos?\nX: me quedo!!\n"
    "Y: {HYPE}\nY: como te sientes?\nX: aliviado q no veas",
    "X: estoy muy agobiado con mi hermano\n"
    "X: se vuelve a vivir conmigo y no se si voy a poder\n"
    "Y: es mucho encima de todo lo demas\nY: q es lo q mas te preocupa?\n"
    "X: q nos peleemos como antes\nY: tiene sentido. y si poneis unas normas desde el principio?\n"
    "X: si. gracias por escucharme",
    "X: esta semana estoy un poco de bajon\nX: nada en concreto\nY: lo siento. de bajon como?\n"
    "X: apagado. cansado. como q nada me hace gracia\n"
    "Y: {VALIDATE}. te apetece salir de casa el {day}? un paseo y {drink}?\nX: si porfa",
    "X: mañana tengo la entrevista del plan b\nX: estoy nervioso\nY: lo vas a hacer genial\n"
    "Y: q parte te preocupa?\nX: las preguntas de sueldo. siempre me vendo por debajo\n"
    "Y: vamos a ensayar. q cifra vas a decir?\n~~~\nY: q tal la entrevista??\n"
    "X: muy bien! dije la cifra y ni pestañearon\nY: q orgullo!!",
]

# --- grupo dominado (futbol 7; Marcus lleva la voz cantante)

GDOM_MONO = [
    "M: bueno chavales, tactica para el {day}\nM: llevo toda la semana pensandolo\n+ \n"
    "+ se viene mensaje largo\n"
    "M: somos demasiado estrechos, por eso nos metieron 6 la semana pasada\n"
    "M: si Joel se queda abierto y Ainhoa juega mas atras podemos mantener la forma\n"
    "M: y nadie, y digo nadie, sube a la vez q yo\n"
    "M: hare un dibujo\nA: vale\nB: 👍",
    "M: <media>\nM: pizarra tactica para el {day}\n"
    "M: las flechas son desmarques, las lineas de puntos pases\n"
    "M: la X roja es donde siempre nos pillan\nM: aprendedlo\nC: jaja\nA: hay muchas flechas",
    "M: resumen rapido de anoche\nM: la primera parte estabamos dormidos\n"
    "M: la segunda mucho mejor, la presion funcionaba de verdad\n"
    "M: pero tenemos q hablar mas, era el unico q gritaba\n"
    "M: y Fatima el ultimo gol fue en parte culpa tuya, sin acritud\nC: vale\nA: pero ganamos",
    "M: alguien ha visto la clasificacion\nM: de verdad si no ganamos el domingo estamos fuera\n"
    "M: el entrenador tiene q cambiar algo, el medio del campo es lentisimo\n"
    "M: lo llevo diciendo desde agosto\nB: ya",
    "M: vale temas de administracion\nM: campo reservado el {day} a {time}\n"
    "M: {num} euros cada uno, mandadmelo antes del jueves\n"
    "M: esta vez no pienso perseguir a nadie\n"
    "M: la ultima vez estuve 3 semanas poniendo yo la pasta\nA: enviado\nC: 👍",
    "M: ah, norma nueva\nM: el q llegue tarde va de portero\nM: sin excepciones\n"
    "M: yo incluido. obviamente yo no voy a llegar tarde\nB: jaja",
    "M: alguien vio el video q subi\nM: el de la falta\n"
    "M: llevo semanas practicando esa tecnica exacta\nM: todo esta en el pie de apoyo\n"
    "M: os lo enseño el {day}\nA: guay",
    "M: estaba pensando q deberiamos apuntarnos a la liga de invierno\nM: lo he mirado\n"
    "M: 10 partidos, martes por la noche, {num}0 euros por equipo\n"
    "M: si la ganamos hay trofeo y barra libre en el bar\n"
    "M: yo creo q quedariamos top 3 facil si la gente viene\nC: suena divertido\nB: puede",
    "M: notas de los jugadores de esta noche q me aburro\n"
    "M: yo 8, Joel 6, Ainhoa 7, Fatima 6, el resto de randoms 5\n"
    "M: siendo sinceros yo tire un poco del carro\nA: jaja vale\nC: duro",
    "M: alguien conoce un buen fisio\nM: tengo el isquio cargado otra vez\n"
    "M: estiro dos veces al dia pero no es suficiente\n"
    "M: sera por el volumen de carrera, ya voy por 40k a la semana\nB: no lo siento",
    "M: he estado viendo muchas ruedas de prensa de Pep\n"
    "M: y de verdad lo del juego de posicion\nM: podriamos hacer una version de eso\n"
    "M: todo va de triangulos\nM: el {day} traigo conos\nA: conos 😂",
    "M: recordad q soy el capitan y yo elijo los petos\n"
    "M: esto no es una democracia chavales\n"
    "M: bueno si lo es pero yo tengo mas votos\nC: {LAUGH}",
    "M: <media>\nM: botas nuevas\nM: las mismas q los profesionales, las pedi a Alemania\n"
    "M: mi primer toque va a ser de elite\nB: guay",
    "M: lo del domingo fue una verguenza la verdad\nM: ibamos 3 arriba y lo tiramos\n"
    "M: sin forma, sin hablar, todos mirando el balon\n"
    "M: no estoy enfadado, estoy decepcionado\n"
    "A: un poco enfadado si",
    "M: una cosa pequeña pero podeis dejar de pasarsela atras al portero\n"
    "M: es futbol 7, el portero no sabe chutar\nM: salvo q sea yo de portero obviamente\nC: vale",
]

GDOM_OTHERS = [
    "A: alguien hace algo el {day}?\nM: entreno obviamente\nM: y luego salgo a correr\n"
    "B: yo estoy libre\nC: igual",
    "C: <media>\nC: mi perro en el parque\nM: mono\n"
    "M: me recuerda q tengo q reservar el campo para el mes q viene\nA: q monada!!",
    "B: esta semana no puedo lo siento, cosa del curro\nM: es la segunda semana seguida\n"
    "M: volveremos a ir con uno menos\nB: perdon\nA: tranqui",
    "A: feliz cumple {C}!!\nB: feliz cumpleaños 🎉\nM: feliz cumple\n"
    "M: ahora le debes una caña a todo el mundo, es la norma\nC: gracias chicos",
    "C: alguien va a ver el partido esta noche\nA: si!\nM: obvio\n"
    "M: y tengo pronostico, 2-1, y lo gana el cambio de la segunda parte\nB: valiente",
    "B: {place} despues el {day}?\nA: si\nC: me apunto\n"
    "M: me tomo una. antes el batido de proteinas",
    "A: esta semana llevo yo el balon\nM: el bueno, no el deshinchado\nA: si Mario",
]

# --- demasiado poco (Gemma y Raj, los primeros dias)

SHORT = [
    "X: hola soy Gema, la del rocodromo!\nY: ey!! q bien saber de ti\n"
    "X: estuvo guay el martes\nY: si! aun tengo los brazos muertos jaja",
    "X: vas el {day}?\nY: creo q si, sobre {time}\nX: guay nos vemos alli",
    "X: <media>\nX: prueba de q he subido la via naranja\nY: siii bien hecho!!\n"
    "Y: te dije q lo conseguirias",
    "Y: llegaste bien a casa?\nX: si gracias! la lluvia era horrible\n"
    "Y: ja si a mi me pillo de lleno",
    "X: con q pies de gato escalas? los mios me estan matando\n"
    "Y: yo tengo los baratos del decathlon\n"
    "Y: dan de si en unas semanas\nX: vale bueno saberlo",
    "Y: q tal la semana?\nX: mucho lio! el curro esta intenso\nX: y la tuya?\n"
    "Y: no esta mal, con ganas de q llegue el finde",
    "X: te apetece un cafe antes de escalar el {day}?\nY: si estaria genial!\n"
    "X: el sitio de la entrada?\nY: perfecto",
    "Y: <media>\nY: asi tengo los antebrazos ahora\nX: 😂 igual la verdad",
    "X: gracias por los consejos de hoy\nY: cuando quieras! lo estas pillando rapidisimo\n"
    "X: ay gracias",
]

# --- mas material (segunda vuelta)

SUPERFICIAL += [
    "X: la caldera vuelve a hacer el ruido ese\nY: le escribo al casero",
    "X: viste la carta del agua\nY: si, lectura del contador. ya lo hago yo",
    "X: puedes recoger un paquete mañana si estas\nY: deberia estar hasta las 2\nX: gracias",
    "X: he puesto una lavadora de toallas, tiendelas si no he vuelto\nY: sip sin problema",
    "X: tu bici esta bloqueando el pasillo\nY: la quito ya",
    "X: cuanto te debo de la compra\nY: 14,50\nX: enviado",
    "X: la lectura del contador la hacemos nosotros o el casero\nY: nosotros creo\n"
    "X: vale hago una foto",
    "X: el coche tiene q pasar la ITV antes de final de {month}\nY: pido cita\n"
    "X: el taller de la esquina es el mas barato",
    "X: q dia toca el contenedor de carton\nY: jueves si jueves no\nX: o sea este?\n"
    "Y: el siguiente",
    "X: esta noche vuelvo tarde, no eches la cadena\nY: vale",
    "X: tienes pilas\nY: AA?\nX: AAA\nY: no, lo siento",
    "X: el de la inmobiliaria viene a hacer una inspeccion el {day}\nY: a q hora\n"
    "X: a las 11. puedes recoger un poco el salon\nY: sip",
    "X: el partido es a las 8 si quieres verlo\nY: cual\nX: el de copa\nY: si estare",
    "X: en {shop} tienen los botes grandes de cafe de oferta\nY: pilla dos",
    "X: has movido mi correo\nY: esta en la mesa de la entrada",
    "X: se acaba el contrato de la fibra\nY: cambiamos?\nX: miro precios\nY: 👍",
    "X: quien tiene la llave de repuesto\nY: yo, pq\n"
    "X: mi hermana viene a recoger una cosa a las 4\n"
    "Y: la dejo en el sitio de siempre",
    "X: a q hora empieza el trivial\nY: a las 8\nX: vale, nos vemos alli",
    "X: hay una araña del tamaño de mi mano en la bañera\nY: no es mi problema\n"
    "X: es NUESTRO problema\nY: {LAUGH} vale voy con el vaso",
    "X: necesitas el coche mañana\nY: no, cogelo\nX: gracias",
    "X: compramos el arbol de navidad este finde\nY: el domingo?\n"
    "X: vale, en el sitio de al lado del vivero",
    "X: bus o andando hasta {place}\nY: andando, no llueve\nX: vale salgo a las 7:45",
    "X: el lavavajillas ha terminado si lo quieres vaciar\nY: ahora en un rato",
    "X: puedes subir la calefaccion cuando llegues\nY: va con programador\n"
    "X: pues sube el programador\nY: jaja vale",
    "X: he pedido una alcachofa de ducha nueva, llega el {day}\nY: por fin",
    "X: vino el ayuntamiento a por el sofa\nY: si esta mañana\nX: genial",
    "X: simulacro de incendio en el curro asi q llego tarde\nY: vale",
    "X: {friend} viene a dormir el {day}, te parece bien\nY: si claro, sofa cama?\nX: si",
    "X: puedes mover el coche, me has encerrado\nY: voy",
    "X: hay una fuga debajo del fregadero\nY: grande?\nX: gota a gota\n"
    "Y: pon un cuenco debajo, llamo a alguien",
    "X: el de amazon ha dejado un paquete en casa del vecino\nY: de cual\nX: el del 14\n"
    "Y: vale lo recojo yo",
    "X: aviso, me he acabado la leche\nY: compro yo",
    "X: futbol a las 7?\nY: sip, trae el hinchador\nX: vale",
    "X: cual era la contraseña del wifi, el portatil se la ha olvidado\nY: esta en el router\n"
    "X: ah si",
    "X: el de los cristales el {day} por la mañana\nY: vale",
    "X: ha llegado el recibo de la basura\nY: lo pago yo, el año pasado lo pagaste tu",
    "X: estas usando la plancha\nY: no, esta en el armario",
    "X: hay un señor leyendo el contador del gas, le abro?\nY: si es normal",
    "X: el pedido de {shop} llega entre las 6 y las 7\nY: yo estare",
    "X: estoy haciendo {food} si quieres\nY: si porfa, vuelvo a las 7",
    "X: el seguro del coche esta a tu nombre o al mio\nY: al mio\n"
    "X: vale, ha llegado la carta de renovacion",
    "X: me he quedado fuera sin llaves\nY: estoy a 10 min\nX: crack",
]

SUPERFICIAL_OPEN += [
    "X: vuelves esta noche?\nY: sip sobre las 7",
    "X: oye\nY: q",
    "X: pregunta\nY: dime",
]

# --- Jo y Sam: planean un finde largo juntos, y lo de cada dia

JO = [
    "X: bueno {town} en abril. lo hacemos de verdad\n"
    "Y: si!! estoy mirando vuelos\nX: mandame lo q hayas encontrado\nY: <media>",
    "X: cuantas noches pensamos\nY: 3? de viernes a lunes\nX: perfecto, pido el lunes libre",
    "X: airbnb u hotel\nY: airbnb, asi cocinamos\nX: quien cocina\nY: tu\nX: q borde pero justo",
    "X: <media>\nX: y este sitio?\nY: el de la azotea??\n"
    "Y: si. reservalo antes de q lo pille otro",
    "X: reservado!!\nY: AAAAH\nY: va a pasar\nX: va a pasar",
    "X: q quieres hacer alli\nY: comer\nX: aparte de comer\n"
    "Y: comer mas. y el museo ese q dijiste",
    "X: he hecho una lista de restaurantes\nX: 1. el de tacos\n+ 2. el del brunch con cola\n"
    "+ 3. el de dumplings\n+ ...\n+ 14. el pijo si nos sentimos ricos\n"
    "Y: 14 restaurantes??\nY: para 3 dias\nX: nos apañaremos",
    "X: nos hace falta coche\nY: creo q no, se puede ir andando a todo\n"
    "X: mejor pq no me apetece conducir",
    "X: q tal la semana\nY: larga, el curro es un caos\nY: y la tuya?\n"
    "X: igual. contando los dias para el viaje",
    "X: por cierto mi hermana te manda saludos\nY: saludala!! sigue con lo de la maraton\n"
    "X: si, esta fatal",
    "X: la verdad es q me da un poco de miedo volar\nY: en serio? no lo sabia\n"
    "X: si ultimamente ha ido a peor\n"
    "Y: nos sentamos juntos y te distraigo todo el rato\nX: eso me ayuda un monton la verdad",
    "X: pregunta de maleta, hace frio alli en abril\nY: unos 15 grados?\nX: o sea chaqueta\n"
    "Y: lleva chaqueta",
    "X: me han ascendido!!\nY: {HYPE}\nY: vale ahora el viaje es de celebracion\n"
    "X: de acuerdo",
    "X: <media>\nX: maleta nueva\nY: q pija\nX: tiene portavasos",
    "X: vale no te enfades pero puede q haya reservado una clase de cocina para los dos\n"
    "Y: pq me iba a enfadar es genial\nX: es a las 8 de la mañana\nY: vale ahora si me enfado",
    "X: q tal tu madre\nY: mejor gracias, las pastillas nuevas le van bien\n"
    "X: me alegro mucho\nY: gracias por preguntar ❤️",
    "X: he tenido un dia malo\nY: ay no, q ha pasado?\n"
    "X: me han dado feedback malo del proyecto y me ha dolido\nY: q rabia. q te dijeron?\n"
    "X: q no era suficientemente ambicioso\nY: q frustrante, con todo lo q le has metido\n"
    "X: gracias. q llegue ya el viaje",
    "X: una semana!!\nY: UNA SEMANA\nX: ya he empezado a hacer la maleta\nY: como no",
    "X: me mandas la direccion del airbnb\nY: <media>\nX: gracias",
    "X: a q hora era el vuelo\nY: 7:10 de la mañana\nX: pq nos hacemos esto\n"
    "Y: vuelos baratos cariño",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

DOM_MONO += [
    "X: bueno basicamente ya he entendido lo de invertir\n"
    "X: fondos indexados, obvio, pero tb un poco de crypto para el potencial\n"
    "X: ya me he leido como 6 libros\nX: la clave es no entrar en panico cuando baja\n"
    "X: la mayoria entra en panico. yo no\nY: guay",
    "X: hoy he tenido reunion con la directora\nX: solo ella y yo, 30 min\n"
    "X: me pregunto donde me veo en 5 años\nX: le dije q en su puesto jaja\n"
    "X: se rio pero no era del todo broma\nY: jaja",
    "X: mi piso esta muchisimo mejor desde q rehice el salon\n"
    "X: alfombra, lampara, la planta grande\n"
    "X: y he colgado todos los cuadros yo, con nivel y todo\n"
    "X: de verdad podria dedicarme a esto\nX: <media>\nY: q bonito",
    "X: esta mañana hice la parkrun\nX: 21:40, record por 15 segundos\n"
    "X: quede 12 en la general\n"
    "X: hay un tio q siempre me gana por como 10 segundos asi q ese es mi objetivo\n"
    "X: la semana q viene cae\nY: bien",
    "X: bueno el discurso de la boda\nX: llevo 3 borradores\n"
    "X: se supone q el padrino tiene q ser gracioso pero creo q voy a ir mas a lo emotivo\n"
    "X: con un par de chistes para rematar\n"
    "X: te lo leo en algun momento, son unos 8 minutos\nY: vale",
    "X: estoy pensando en tener perro\n"
    "X: he investigado un monton, va a ser un cockapoo\n"
    "X: teletrabajo 3 dias asi q bien\nX: y he encontrado paseador para los otros 2\n"
    "X: hasta tengo nombre. Galleta\nY: q mono",
    "X: sabes de lo q me he dado cuenta\nX: la mayoria de la gente no planifica\n"
    "X: yo planifico la semana el domingo por la noche, cada comida, cada entreno\n"
    "X: y por eso hago tantas cosas\nX: deberia dar un curso de verdad\nY: jaja igual",
    "X: dia de locos\nX: salto la alarma de incendios en mitad de mi presentacion\n"
    "X: pero segui fuera en el parking\n"
    "X: el cliente dijo q era la presentacion mas memorable q habia visto\n"
    "X: yo creo q nos dan el contrato\nY: hala",
    "X: mini queja\nX: pq la gente no contesta los mails\n"
    "X: le mande 3 mails a {colleague_m} esta semana\nX: nada\n"
    "X: tuve q ir literalmente a su mesa\nX: bueno ya esta resuelto pq lo resolvi yo\n"
    "Y: q rabia",
    "X: un colega ha montado un grupo y me ha pedido q sea su manager\n"
    "X: vale nunca lo he hecho pero q dificil puede ser\n"
    "X: ya les he conseguido un concierto en {place}\nX: y llevo yo las redes\nY: bien",
    "X: he decidido q voy a hacer un master\n"
    "X: a tiempo parcial, por las tardes. de empresa, obvio\n"
    "+ \n"
    "+ he hecho los calculos: 2 años, 2 tardes a la semana, y sigo yendo al gym 4 veces\n"
    "X: seguramente me acelere el camino a director\n"
    "X: las solicitudes cierran en {month}, la mia casi esta\nY: suerte",
    "X: acabo de ver un documental sobre el sueño\nX: resulta q lo estaba haciendo todo mal\n"
    "X: norma nueva, nada de pantallas despues de las 10, habitacion a 18 grados\n"
    "X: me he pedido tb un despertador de luz\nX: ya te contare\nY: vale",
    "X: el tio q siempre aparca en mi plaza\nX: le deje una nota\nX: muy educada pero firme\n"
    "X: ha quitado el coche. toma\nY: jaja",
    "X: me he comprado un reloj nuevo\nX: <media>\nX: automatico, cristal de zafiro, todo eso\n"
    "X: ya se q es mucho pero es de esas cosas q guardas para siempre\nY: q bonito",
    "X: esta noche futbol sala\nX: hat-trick\n"
    "X: el segundo de volea, por la escuadra\nX: los chavales me llamaban Zidane\n"
    "Y: jaja q bien",
    "X: estoy pensando en mudarme a {town}\nX: el alquiler es mas barato, y hay curro\n"
    "X: seguramente compraria en vez de alquilar, tengo la entrada\n"
    "X: estoy mirando pisos de 2 habitaciones con jardin\nY: hala",
]

GDOM_MONO += [
    "M: vale, cuotas\nM: nos faltan 10 euros del mes pasado\n"
    "M: se quien es pero no voy a decir nombres\nM: mirad vuestras apps del banco\n"
    "M: gracias\nA: perdon creo q fui yo, lo mando ya",
    "M: el tiempo pinta fatal para el {day}\nM: pero jugamos llueva o nieve\n"
    "M: forja el caracter\nM: traed otro par de calcetines, me lo agradecereis\nB: vale",
    "M: me ha escrito uno del otro equipo\nM: quieren la revancha\n"
    "M: obviamente he dicho q si\n"
    "M: pero tenemos q estar mas finos, tenian al alto ese en defensa\n"
    "M: tengo un plan para el\nC: 👍",
    "M: he vuelto a ver el resumen del domingo\n"
    "M: de verdad nuestra forma en los primeros 10 minutos fue de elite\n"
    "M: luego se vino abajo cuando me puse de portero\n"
    "M: lo cual demuestra q me necesitais en el campo\nA: jaja",
    "M: control fisico\nM: quien ha salido a correr de verdad esta semana\n"
    "M: pq yo llevo 3 rodajes y una sesion de gym\n"
    "M: y no quiero ser otra vez el unico q presiona\nB: yo fui andando al curro\n"
    "C: {LAUGH}",
    "M: esta semana es gorda chavales\nM: nos jugamos el primer puesto\n"
    "M: el sabado a dormir pronto, nada de cervezas\nM: lo digo en serio\n"
    "M: vale igual una cerveza\nA: apuntado",
    "M: he hecho una playlist de grupo para calentar\nM: casi todo temazos de los 2000\n"
    "M: sin quejas, soy el capitan\nM: link en la bio. es broma, ahora la paso\nC: jaja vale",
    "M: q os parecen equipaciones nuevas\nM: estoy pensando azul marino con detalles dorados\n"
    "M: tengo un boceto\n"
    "M: <media>\nM: con nombres a la espalda obviamente\nB: queda bien\nA: cuanto cuesta",
    "M: vale he hecho un turno para ver quien trae los balones\nM: TURNO DE BALONES\n"
    "+ semana 1: yo\n+ semana 2: Joel\n+ semana 3: Ainhoa\n+ semana 4: Fatima\n+ (y se repite)\n"
    "M: apuntadlo en el calendario\nM: sin excusas\nB: vale",
    "M: una cosa sobre el arbitro de anoche\nM: se q me calente un poco\n"
    "M: pero eso no era falta ni de broma\nM: lo he visto 10 veces\n"
    "M: bueno ya le he pedido perdon, mas o menos\nC: 😂",
    "M: pregunta tactica\nM: jugamos 2-2 o 1-2-1\n"
    "M: yo creo q 1-2-1 pero quiero vuestra opinion\n"
    "M: bueno no, es 1-2-1\nM: decidido\nA: vale",
    "M: la votacion al mejor del partido cierra esta noche\n"
    "M: solo digo q di 2 asistencias y meti un gol\n"
    "M: sin presion\nM: votad con cabeza\nB: jaja",
    "M: he estado haciendo sesiones extra en el parque\nM: yo, un balon y unos conos\n"
    "M: la zurda me esta quedando muy bien\nM: igual ahora tiro las faltas con la izquierda\n"
    "C: guay",
    "M: recordad q la cena de fin de temporada es el {day}\nM: he reservado en {place}\n"
    "M: voy a dar premios\nM: puede q haya o no un trofeo para mi\nA: {LAUGH}",
    "M: estoy leyendo un libro sobre cultura de equipo\n"
    "M: por lo visto los mejores equipos tienen un lider fuerte y roles claros\n"
    "M: q es basicamente lo q llevo diciendo\nM: asi q. roles. ahora os los paso\nB: vale",
]

GDOM_OTHERS += [
    "C: llego tarde perdon\nM: cuanto\nC: 10 min\nM: pues calentamos sin ti\nA: tranqui",
    "A: bien jugado todos 🙌\nB: buen partido\n"
    "M: decente. tenemos q trabajar la segunda parte\nM: os paso notas",
    "B: <media>\nB: mi rodilla despues del domingo\nA: au\n"
    "M: RICE. reposo, hielo, compresion, elevacion\n"
    "M: te puedo pasar los ejercicios q me dio mi fisio",
    "C: alguien quiere q le lleve el {day}\nA: si porfa!\n"
    "M: yo voy en bici, es parte de mi calentamiento",
    "A: sigue en pie con la lluvia\nM: obvio\nB: vale",
    "B: gracias por organizar Mario\nM: nada\nM: alguien tiene q hacerlo",
    "A: <media>\nA: foto de equipo del ultimo\nC: q serios salimos\nM: eso es concentracion\n"
    "B: jaja",
    "C: alguien puede traer los petos, los mios estan lavandose\nA: yo tengo\n"
    "M: los azules son mejores, los naranjas huelen",
]

DUMP += [
    "X: perdon por darte la brasa otra vez pero lo estoy pasando fatal\n"
    "X: el curro va cada vez peor\n"
    "X: {colleague} me ha quitado del proyecto q me gustaba de verdad\nY: {VALIDATE}\n"
    "Y: te dijeron pq?\nX: 'reestructuracion'. pero parece algo personal\n"
    "X: estoy hasta las narices\n"
    "Y: normal. {SUPPORT}",
    "X: no puedo mas\nX: siento q me ahogo en todo\n+ \n"
    "+ perdon. se q lo digo mucho\nY: ey. aqui estoy\nY: q es lo mas gordo ahora mismo?\n"
    "X: el dinero creo. y el curro. y todo lo de Iker\n"
    "Y: vale. es mucho a la vez. {VALIDATE}\n"
    "Y: paso a paso. empezamos por el dinero?\nX: vale",
    "X: en la evaluacion me han dicho q soy 'demasiado emocional'\nX: estoy fatal\n"
    "X: llore en el baño despues\nY: q cosa mas horrible para poner en una evaluacion\n"
    "Y: {VALIDATE}\nY: q mas te dijeron?\nX: q tengo q 'gestionar mis reacciones'\n"
    "X: me siento humillada\nY: tienes derecho a tener sentimientos en el curro. {SUPPORT}",
    "X: el casero no me quiere devolver la fianza\nX: dice q la moqueta esta estropeada\n"
    "X: estaba asi cuando entre!!\nX: estoy agobiadisima, necesito ese dinero\n"
    "Y: es muy injusto\nY: hiciste fotos cuando entraste?\nX: algunas creo\n"
    "Y: vale bien. eso ayuda. te ayudo a escribirle",
    "X: tengo ansiedad con todo ultimamente\n"
    "X: no puedo parar de mirar el movil por si me escribe mi jefe\nX: hasta a las 11 de la noche\n"
    "Y: q agotador\nY: {VALIDATE}\n"
    "Y: podrias quitar las notificaciones por la noche?\nX: me da miedo perderme algo\n"
    "Y: te entiendo. {SUPPORT}",
    "X: he tenido la peor noche\nX: no podia parar de llorar por Iker\n"
    "X: pensaba q ya lo habia superado\n"
    "Y: ay cariño. el duelo no es una linea recta\nY: q lo ha provocado?\n"
    "X: ha sonado nuestra cancion en el super\nY: {VALIDATE}",
    "X: mis amigas se van todas a {town} el finde y yo no me lo puedo permitir\n"
    "X: me siento muy excluida\nX: y me da verguenza\nY: {VALIDATE}\n"
    "Y: no te tiene q dar verguenza. mucha gente va justa de dinero\n"
    "Y: hacemos algo barato aqui el {day}?\nX: puede. es q siento q voy por detras de todas",
    "X: siento q en el curro no le caigo bien a nadie\n"
    "X: se han ido todos a comer sin decirme nada\n"
    "Y: ay no. eso duele\nY: {VALIDATE}\nY: estaba planeado o fue algo improvisado?\n"
    "X: no se. da igual. me dolio igual",
    "X: el medico dice q tengo la tension alta\nX: por el estres por lo visto\n"
    "X: genial pq ahora me estresa estar estresada\nY: {VALIDATE}\n"
    "Y: te dio algo?\nX: solo me dijo q me 'relaje' jaja\n"
    "Y: muy util. salimos a caminar juntas? igual ayuda un poco",
    "X: creo q mi madre esta decepcionada conmigo\n"
    "X: no para de preguntar cuando voy a tener un 'trabajo de verdad'\n"
    "X: y me hace sentir pequeñisima\nY: es duro oir eso de tu madre\nY: {VALIDATE}\n"
    "Y: y q le contestaste?\nX: nada. me quede callada\nY: es comprensible",
    "X: hoy la he liado muchisimo\nX: se me olvido por completo una reunion con un cliente\n"
    "X: mi jefe esta furioso\nX: estoy muy enfadada conmigo misma\nY: {VALIDATE}\n"
    "Y: a todo el mundo se le olvidan cosas\nY: pediste perdon?\n"
    "X: si. no me hace sentir mejor\nY: {SUPPORT}",
    "X: siento q estoy fallando en todo\nX: el curro, las relaciones, el piso\n"
    "X: parece q a todo el mundo le va genial\n"
    "Y: no estas fallando. estas pasando una epoca muy dura\nY: {VALIDATE}\n"
    "X: no parece una epoca. parece para siempre\nY: lo se. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: la verdad he tenido un finde precioso, fui a {town} con mi hermana\nX: q bien\n"
    "X: yo me he pasado el finde llorando por el curro jaja\n"
    "X: {colleague} me escribio un mail el sabado\n"
    "Y: ay no. un sabado?\nX: si!! quien hace eso",
    "Y: estoy un poco preocupada por mi compi de piso, esta muy de bajon\n"
    "X: al menos te tiene a ti\n"
    "X: yo no tengo a nadie en casa\nX: el piso esta tan silencioso\nY: me tienes a mi tb\n"
    "Y: bueno ella estara bien",
    "Y: oye estoy pensando en dejar el trabajo\nX: dios yo tb\n"
    "X: no puedo mas con {colleague}\n"
    "X: hoy literalmente me ha puesto los ojos en blanco en una reunion\nY: uf q horror\n"
    "Y: ya hablamos de lo mio otro dia",
    "Y: por cierto la operacion de mi padre salio bien\nX: ah q bien\n"
    "X: mi padre sigue sin llamarme\n"
    "X: siento q ni se acuerda de q existo\nY: lo siento. eso es muy duro",
]

DUMP_LIGHT += [
    "X: <media>\nX: he hecho bizcocho de platano\nY: tiene una pinta increible!\n"
    "X: se me ha quemado un poco por arriba",
    "Y: has visto lo nuevo de {show}\nX: aun no! esta bien\nY: buenisimo. te va a encantar",
    "X: comemos el {day}?\nY: si! donde?\nX: {place}?\nY: perfecto",
    "Y: <media>\nY: este perro del parque\nX: dios lo quiero",
    "X: q sol hace hoy\nY: por fin!!\nX: igual hasta salgo a la calle",
    "Y: q tal el corte de pelo nuevo?\nX: me va gustando\nX: y creciendo",
    "X: viste la final de masterchef\nY: si!! robo\nX: UN ROBO",
    "Y: aqui {weather}, y ahi?\nX: igual. no he salido en todo el dia",
]

CRIT += [
    "X: has vuelto a dejar el coche sin gasolina\nY: llegaba tarde\n"
    "X: siempre llegas tarde\nY: bueno podrias haberlo llenado tu\n"
    "X: esa no es la cuestion y lo sabes",
    "X: pq siempre haces esto cuando esta mi familia\nY: hacer el q\n"
    "X: callarte y poner morros\n"
    "Y: yo no pongo morros\nY: tu hermano se estaba metiendo conmigo y tu no dijiste nada\n"
    "X: eso no es culpa mia",
    "X: ni te has dado cuenta de q me he cortado el pelo\nY: si me di cuenta\n"
    "X: no dijiste nada\n"
    "Y: bueno tu tampoco te das cuenta nunca cuando hago cosas\nX: como q\nY: dejalo",
    "X: te he pedido 3 veces q llames al fontanero\nY: he tenido mucho lio\n"
    "X: para el bar nunca tienes lio\nY: vaya vale\n"
    "Y: no es culpa mia q solo a ti te importe el grifo\nX: increible",
    "X: q te pasa, llevas todo el dia borde\nY: no me pasa nada\n"
    "Y: igual deja de preguntarme q me pasa cada 5 minutos\nX: vale. no me molesto mas",
    "X: prometiste q vendrias a lo de mi curro\nY: dije q lo intentaria\nX: dijiste q vendrias\n"
    "X: todo el mundo pregunto por ti\nY: bueno no me lo recordaste\n"
    "X: no deberia tener q recordartelo",
    "X: te has gastado {num}0 euros en q??\nY: era una oferta\nX: dijimos q ibamos a ahorrar\n"
    "Y: tu te compraste zapatillas la semana pasada\nX: eso es diferente\n"
    "Y: siempre es diferente cuando eres tu",
    "X: siempre haces planes sin preguntarme\nY: si te pregunte\n"
    "X: me lo dijiste. eso no es preguntar\nY: bueno tu nunca contestas cuando pregunto\n"
    "X: lo q tu digas 🙄",
    "X: te importa siquiera q este mal\nY: claro q me importa\nX: pues no lo parece\n"
    "Y: q quieres q haga\nX: no se, q te des cuenta por una vez",
    "X: dijiste q te encargarias de las vacaciones\nY: lo hare\n"
    "X: eso lo dijiste en {month_past}\n"
    "Y: he tenido mucho lio, no es culpa mia\nX: siempre tienes lio",
]

CRIT_REASSURE += [
    "X: no dices nada. todo bien entre nosotros?\nY: si. estoy viendo el partido\n"
    "X: vale. perdon",
    "X: te molesto algo anoche?\nY: no mucho\nX: 'no mucho' suena a q si\n"
    "Y: no pasa nada\nX: vale. perdon de todas formas",
    "X: me sigues queriendo\nY: claro, pq\nX: no se. ultimamente todo esta raro\n"
    "Y: es q ha sido una semana de mucho lio",
    "X: te has enfadado conmigo?\nY: pq me iba a enfadar\n"
    "X: llevas todo el dia contestando con monosilabos\nY: estaba currando\n"
    "X: perdon. le doy demasiadas vueltas a todo",
]

CRIT_LIGHT += [
    "X: a q hora es tu tren\nY: 6:10\nX: vale",
    "X: quieres algo del chino\nY: arroz tres delicias\nX: vale",
    "X: mi madre te manda saludos\nY: saludos de vuelta",
    "X: basura\nY: hecho",
    "X: <media>\nX: he encontrado esto en el cajon\nY: ja, el piso de antes",
    "X: gym esta noche?\nY: puede\nX: vale ya me dices",
    "X: cañas por el cumple de {friend} el {day}\nY: vale a q hora\nX: a {time}",
    "X: ha terminado la lavadora\nY: vale la tiendo yo",
    "X: cocinamos o pedimos\nY: pedimos\nX: {place}?\nY: vale",
    "X: tengo las entradas para {film}\nY: a q hora\nX: a {time}",
    "X: el coche tiene cita en el taller el {day}\nY: vale",
    "X: viste la noticia de {town}\nY: si q locura",
]

CRIT_REPAIR += [
    "X: perdon por lo de mi hermano. tenias razon\nY: gracias. significa mucho",
    "X: no lo decia en serio lo de antes\nY: lo se. yo tb estaba sin pilas\nX: te quiero\n"
    "Y: y yo a ti",
]

WANE_MIN += [
    "X: <media>\nX: esto me ha hecho gracia\nY: ja",
    "X: espero q vaya bien la semana\nY: gracias, igualmente",
    "X: libre el {day}?\nY: tengo lio perdona",
    "X: viste la noticia de {friend}\nY: si",
    "X: q tal el trabajo nuevo\nY: bien, con lio",
    "X: ah q te iba a preguntar, q tal {town}?\nY: bien gracias",
    "X: perdona, no habia visto esto\nY: nada",
    "X: cuanto tiempo!\nY: jaja ya",
    "X: me acuerdo de ti, espero q todo bien\nY: 👍 gracias",
    "X: tenemos q ponernos al dia pronto\nY: si claro",
    "X: ha vuelto {show}\nY: ah guay",
]

WANE_MID += [
    "X: por cierto {friend} te manda saludos\nY: ay saludala\nY: q tal esta?\n"
    "X: bien, sigue en {town}",
    "X: esta mañana he salido a correr\nY: q bien, cuanto?\nX: 5k, suavecito\nY: cuenta igual",
    "X: <media>\nX: planta nueva\nY: q mona. q es?\nX: ni idea jaja",
    "X: le gusto el regalo a tu madre?\nY: si le gusto\nX: q bien",
    "X: hoy estoy sin pilas\nY: yo igual\nX: demasiadas noches tarde\nY: ya",
    "X: {show} estuvo bien esta semana\nY: aun no lo he visto\nX: ah vale",
]

SHORT += [
    "Y: pregunta random pero sabes de algun sitio bueno para brunch por aqui\n"
    "X: en {place} hacen unos huevos increibles!\nY: uy lo pruebo, gracias",
    "X: has visto q hacen una competicion de bloque el mes q viene\n"
    "Y: no! te vas a apuntar?\n"
    "X: jaja no. igual a mirar",
    "Y: buenas! primera semana escalando dos veces, no puedo levantar los brazos\n"
    "X: 😂 pues esto es solo el principio",
]

# charlas profundas para los chats q tienen poca profundidad (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: una cosa rara pero estoy echando de menos mi casa\nY: la de tu madre?\n"
    "X: todo. el pueblo, el perro, el jaleo\n"
    "Y: tiene sentido. ha sido un año muy gordo\nY: cuando vuelves?\nX: hasta {month} no\n"
    "Y: eso es mucho. hacemos un cocido aqui para ir tirando?\nX: si porfa",
    "X: he vuelto a compararme con todo el mundo en instagram\nX: y ahora me siento fatal\n"
    "Y: uf, esa app a veces es veneno\nY: q lo ha provocado?\n"
    "X: las fotos de las vacaciones de {friend}. y su trabajo nuevo. y su pelo\n"
    "Y: {VALIDATE}. solo ves lo mejor de cada uno\n"
    "X: ya. pero saberlo no ayuda mucho\n"
    "Y: no. quieres q la borremos una semana, tu y yo?",
    "X: creo q aun me duele lo de mi padre\nY: la discusion de navidad?\n"
    "X: si. no hemos hablado bien desde entonces\nY: es mucho tiempo cargando con eso\n"
    "Y: quieres arreglarlo o necesitas distancia?\n"
    "X: quiero arreglarlo. es q no se por donde empezar\n"
    "Y: igual un mensaje corto? no tiene q ser todo de golpe",
    "X: me ha salido un bulto q me tengo q mirar\n"
    "X: seguramente no sea nada pero tengo miedo\n"
    "Y: normal q tengas miedo\nY: has pedido cita con el medico?\nX: el jueves\n"
    "Y: quieres q te acompañe?\n"
    "X: en serio? no quiero estar en la sala de espera sin nadie\n~~~\n"
    "Y: q tal el medico?\nX: es un quiste. nada grave\n"
    "Y: gracias a dios. como estas?\nX: como si pudiera volver a respirar",
    "X: hoy me han dado una noticia muy mala en el curro\nX: cierran nuestra oficina\n"
    "Y: ay no. y eso q significa para ti?\nX: irme a {town} o aceptar el despido\n"
    "Y: q decision mas enorme de golpe\nY: como estas?\n"
    "X: en shock. con el estomago revuelto\nY: {SUPPORT}. lo hablamos cuando quieras",
    "X: me dan muchos nervios el examen de conducir\n"
    "X: suspendi la ultima vez y no paro de pensarlo\n"
    "Y: es comprensible. la ultima vez fue dura\nY: q paso?\n"
    "X: me entro el panico en una rotonda\nY: pero desde entonces has practicado un monton\n"
    "X: ya. me da miedo bloquearme otra vez\n"
    "Y: no te vas a bloquear. y si pasa, lo vuelves a intentar",
    "X: mi mejor amiga del colegio me ha escrito despues de 5 años\n"
    "X: y llevo todo el dia con las emociones a flor de piel\n"
    "Y: oo. emociones buenas o tristes?\n"
    "X: las dos. nos peleamos por una tonteria\nY: es mucho q sentir a la vez\n"
    "Y: vais a quedar?\nX: creo q si. me dan nervios\n"
    "Y: eso es muy valiente. ojala salga bien",
    "X: siento q no valgo para este trabajo\nY: ey. q ha pasado?\n"
    "X: la he cagado delante de todo el equipo\n"
    "X: y ahora siento q todos esperan a q falle\nY: {VALIDATE}\n"
    "Y: un error no define quien eres\nX: lo se. pero escuece\nY: claro q si",
    "X: si te digo la verdad lo estoy pasando mal desde la ruptura\n"
    "Y: gracias por contarmelo. me lo imaginaba\nY: como estas de verdad?\n"
    "X: las noches son lo peor. hay tanto silencio\nY: {VALIDATE}\n"
    "Y: hacemos una cena fija los jueves? en mi casa\nX: me encantaria",
    "X: mi abuela se va a una residencia\n"
    "X: se q es lo correcto pero me da muchisima pena\n"
    "Y: uf, eso es muy duro\nY: y ella como lo lleva?\nX: con valentia. mas q yo\n"
    "Y: es normal q te de pena. es un cambio enorme para todos\n"
    "X: si. gracias por entenderlo",
    "X: creo q necesito un descanso del curro, tengo la cabeza hecha un lio\nY: q pasa?\n"
    "X: presion constante y sin final\nY: q agotador\n"
    "Y: podrias cogerte una semana?\nX: puede. me siento culpable solo de pensarlo\n"
    "Y: tienes derecho a descansar. de verdad",
    "X: este mes me preocupa mucho el dinero\nY: ha surgido algo?\n"
    "X: me han subido el alquiler y el coche no ha pasado la ITV\nY: uf. es mucho de golpe\n"
    "Y: quieres ayuda para repasarlo?\nX: puede. me da verguenza\n"
    "Y: de verdad q no. hay muchisima gente igual",
]

DUMP += [
    "X: adivina a quien le han hecho ghosting otra vez\nX: tres citas y luego nada\n"
    "X: q me pasa\nY: no te pasa nada\nY: {VALIDATE}\n"
    "Y: como te sientes?\nX: idiota. y rechazada. como siempre",
    "X: he tenido un sueño horrible con Iker y ahora estoy de mal humor todo el dia\n"
    "X: me siento patetica\n"
    "Y: no eres patetica. los sueños son asi de horribles\n"
    "Y: quieres hablarlo o q te distraiga?\nX: distraeme. no, hablarlo. no se",
    "X: me han abierto el coche\nX: se han llevado la bolsa del portatil\n"
    "X: me he quedado en el parking llorando\nY: ay no. estas bien?\nY: {VALIDATE}\n"
    "Y: has llamado a la policia?\nX: si. me han dado un numero de denuncia y ya\n"
    "X: pq me pasa todo a mi",
    "X: mi madre ha vuelto a cancelar nuestra comida\nX: tercera vez este mes\n"
    "X: siento q no soy prioridad para nadie\nY: {VALIDATE}\nY: te dijo pq?\n"
    "X: 'liada'. para mi siempre esta liada\nY: eso duele mucho. lo siento",
    "X: tengo tanta ansiedad q no me concentro en nada\nX: me he leido el mismo mail 5 veces\n"
    "Y: q agotador\nY: ha pasado algo q lo haya disparado?\n"
    "X: la reestructuracion. todo el mundo cuchicheando\nY: {VALIDATE}. no saber es lo peor\n"
    "X: me aterra ser la primera en irme",
    "X: me he pesado y ahora quiero desaparecer\nY: ey. ese numero no te define\n"
    "Y: {VALIDATE}\nX: me siento asquerosa\n"
    "Y: no lo eres. ojala te vieras como te veo yo",
    "X: mi compi de piso se va y yo sola no puedo pagar el alquiler\nX: estoy en panico\n"
    "Y: ay no. cuando se va?\nX: a final del mes q viene\n"
    "Y: vale. al menos hay un poco de tiempo. {SUPPORT}\n"
    "Y: quieres q lo ponga en mi instagram, a ver si alguien busca habitacion?\n"
    "X: si porfa. estoy agobiadisima",
    "X: las cañas del curro fueron horribles\nX: nadie hablo conmigo\n"
    "X: estuve una hora al lado de las patatas\n"
    "X: me siento una pringada\nY: suena horrible de verdad\n"
    "Y: no eres ninguna pringada. esas cosas son dificiles\n"
    "X: a todos los demas les resulta facilisimo",
    "X: creo q mis amigas estan hartas de mi\nX: nadie ha contestado en el grupo en todo el dia\n"
    "Y: ay no. {VALIDATE}\nY: igual estan liadas?\n"
    "X: puede. pero sigo sintiendo q me ignoran\nY: yo no te ignoro. {SUPPORT}",
    "X: otra vez sin poder dormir\nX: son las 2 y estoy aqui tumbada dandole vueltas a todo\n"
    "X: perdon, se q estas dormida\nY: estoy despierta, tranquila\n"
    "Y: q te ronda la cabeza?\nX: todo. el curro. Iker. el dinero. mi madre\n"
    "Y: {VALIDATE}. quieres q te llame un rato?",
]

# la historia de Ben en orden: la lista, la espera, una entrevista de reserva, la noticia, y la
# vida sigue
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

GDOM_MONO += [
    "M: vale opinion polemica\nM: deberiamos entrenar tb los jueves\n"
    "M: solo una hora, ejercicios de pase\nM: ya he preguntado por el campo, esta libre a las 7\n"
    "M: sin presion pero tb con un poco de presion\nB: los jueves me vienen fatal\nA: puede",
    "M: informe de los rivales del domingo\nM: su portero flojea por la izquierda\n"
    "M: el 9 no baja a defender\nM: y tienen uno q se tira como si fuera el mundial\n"
    "M: asi q nada de entradas tontas\nC: apuntado",
    "M: he estado mirando nuestras estadisticas\n"
    "M: el 70% de los goles nos los meten en los ultimos 10 minutos\n"
    "M: eso es fisico. fisico puro\n"
    "M: voy a meter sprints en el calentamiento\nA: nooo",
    "M: recordad q los petos NO son un complemento de moda\n"
    "M: alguien se llevo uno a casa la semana pasada\n"
    "M: lo quiero de vuelta el domingo\nM: lavado\nB: jaja yo no",
    "M: un aplauso para mi por la parada del domingo por cierto\n"
    "M: con la punta de los dedos, al palo\n"
    "M: nadie dijo nada en su momento asi q lo digo ahora\nC: paradon Mario\n"
    "M: gracias {C}",
    "M: he hecho un excel de quien debe q\nM: por colores\n"
    "M: verde pagado, ambar tarde, rojo muy tarde\nM: hay mucho ambar\nA: lo mando ya",
    "M: estoy pensando en cambiar el nombre del equipo\n"
    "M: 'FC Miercoles' se queda un poco corto\n"
    "M: tengo una lista de 12\nM: mi favorito es 'Real Caña Madrid'\n"
    "M: votaremos pero cuento yo los votos\nB: jaja\nC: real caña madrid esta bien",
    "M: recomendacion de podcast para todos\nM: son dos ex profesionales analizando tactica\n"
    "M: me he escuchado todos los episodios\nM: el 40 es basicamente como deberiamos jugar\n"
    "M: deberes para esta semana\nA: vale mister",
    "M: actualizacion de lesion\nM: el tobillo esta bien\n"
    "M: el fisio dice 2 semanas pero yo creo q 1\n"
    "M: si hace falta juego con dolor\nC: igual hazle caso al fisio",
    "M: podemos hablar de los saques de banda\n"
    "M: con las dos manos, por detras de la cabeza, pies en el suelo\n"
    "M: el domingo regalamos 3\nM: lo explico antes de empezar\nA: 😂 vale",
]
