"""Material for make_samples.py in Brazilian Portuguese: pools.py's exchanges as Brazilians write
them on WhatsApp (lower case, few accents, "vc", "q", "pq", "tb", "kkkk", emoji).

Written for chat-balance; the people are invented. Not a word-for-word translation: each
exchange keeps its parts, its messages and their roles, its placeholders and what each message
does (a feeling of the same kind and strength, a question about the other, support, criticism,
a minimal reply), said the way it would be said in Brazil. Every list has the same name, length
and order as in pools.py (tests/test_translated_samples.py checks it); see locale_pt.py for the
people's names and the export's own lines.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "nossa, q barra",
        "ai não, q situação pesada",
        "aff sinto muito",
        "sinceramente isso abalaria qualquer um",
        "isso parece horrível de verdade",
        "puts. é muita coisa",
        "faz todo sentido vc se sentir assim",
        "claro q vc ta se sentindo assim",
        "é super normal se sentir assim",
        "meu deus q horror",
        "sinto mto q vc ta passando por isso",
        "q estresse, nossa",
        "ai meu bem. q difícil",
        "isso é muito difícil",
        "te entendo",
        "q horrível, sinto muito",
    ],
    "SUPPORT": [
        "to aqui com vc",
        "to aqui se quiser conversar",
        "quer q eu te ligue?",
        "to sempre aqui viu",
        "vc nao precisa passar por isso sem ninguem",
        "me fala se eu puder fazer qualquer coisa",
        "posso passar ai se vc quiser",
        "conta cmg",
        "me liga a hora q for, to falando sério",
        "nao vou a lugar nenhum",
        "sério, me liga se ficar demais",
        "to aqui pro q precisar ❤️",
    ],
    "HYPE": [
        "aaaa!!",
        "SIMMM",
        "mentiraaa!!",
        "q incrível",
        "to mto feliz por vc",
        "isso!!",
        "eu sabia q vc ia conseguir",
        "paraaa q demais",
        "AAAAA",
        "pera oq!! q demais",
        "q orgulho de vc",
        "eu falei!!",
    ],
    "LAUGH": [
        "kkkk",
        "kkkkkkk",
        "😂😂",
        "KKKKKKK",
        "kkkk para",
        "to chorando 😂",
        "💀",
        "kkkkkkkkkk",
        "rsrsrs",
        "😂",
    ],
    "ACK": [
        "ok", "blz", "beleza", "fechou", "👍", "ok blz", "aham", "pode ser", "perfeito", "show",
    ],
    "BYE": [
        "boa noite ❤️",
        "boa noite!",
        "dorme bem",
        "vou dormir",
        "amanha a gente se fala",
        "tenho q ir, depois a gente se fala",
        "boa noitee 😴",
        "to indo dormir",
        "ok cama. boa noite",
        "bjs boa noite",
    ],
    "ANSWER": ["tudo bem e vc?", "de boa, dia longo", "tudo! corrido", "td certo", "meh. indo",
               "tudo tudo", "bem até", "longo. mas ok", "tudo sim, obg",
               "nao posso reclamar", "bem, so cansaço"],
    "QREPLY": ["talvez mais tarde, obg", "pode ser", "te aviso", "quero sim",
               "sinceramente quero", "ta tudo bem, conversar ajudou", "obg ❤️", "talvez. valeu",
               "hj nao mas obg", "acho q to bem agora", "quero, ia gostar"],
    "MINIMAL": ["ok", "k", "kkk", "é", "👍", "legal", "hm", "rs", "blz", "vdd", "aham", "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": ["o bar do Zé", "aquele japa da Augusta", "o boteco da esquina", "a padaria nova",
              "o Coco Bambu", "aquele italiano perto da estação", "o Bar Brahma", "o Outback",
              "aquele árabe", "o Bar da Dona Onça", "o Madero", "aquele lámen da Liberdade"],
    "food": ["macarrão", "strogonoff", "tapioca", "arroz com feijão", "escondidinho", "pizza",
             "risoto", "wrap de frango", "churrasquinho", "sopa", "pão na chapa", "nhoque",
             "yakisoba"],
    "day": ["sábado", "domingo", "sexta", "quinta", "quarta"],
    "time": ["7", "7 e meia", "8", "6 e pouco", "7h15", "19h30"],
    "film": ["o novo Duna", "Ainda Estou Aqui", "aquele suspense coreano", "Vidas Passadas",
             "o filme de assalto", "Aftersun", "aquele do Wes Anderson"],
    "show": ["BBB", "MasterChef", "Sintonia", "The Bear", "A Fazenda", "Ruptura",
             "Cidade Invisível", "Casamento às Cegas", "a maratona de Friends"],
    "friend": ["Bia", "Carol", "Ju", "Mari", "Nat", "Lari", "Gabi", "Fer"],  # "ela"
    "friend_m": ["Pedro", "Henrique", "Gui", "Lucas", "Digo"],
    "colleague": ["Cláudia", "Patrícia", "Renata", "Simone", "Vera", "Sandra"],  # "ela"
    "colleague_m": ["Marcelo", "Roberto", "Fábio", "Sérgio", "André"],
    "town": ["Santos", "Campinas", "Floripa", "Ubatuba", "BH", "Curitiba", "Paraty"],
    "shop": ["Carrefour", "Extra", "Pão de Açúcar", "Assaí", "Dia", "Atacadão"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Barra Funda", "Tietê", "Sé", "Paulista", "Luz"],
    "band": ["Anavitória", "Liniker", "Os Garotin", "Jão", "Marisa Monte", "Tim Bernardes"],
    "drink": ["uma cerveja", "uma caipirinha", "um vinho", "um cafezinho", "um drink"],
    "weather": ["chovendo horrores", "um frio do cão", "um sol estranho", "tudo cinza",
                "ventando mto", "garoando de novo"],
    "thing": ["carregador", "cartão", "guarda-chuva", "fone", "cachecol bom",
              "carregador do cel"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["o Méqui", "aquele food truck de taco", "a Casa Azul", "a lanchonete",
              "o Burger King", "aquele lámen", "o Outback kkk", "a cervejaria", "aquele de salada",
              "a pizzaria do Zé"],
    "food": ["miojo", "taco", "lámen", "açaí", "panqueca", "asinha de frango",
             "misto quente", "pho", "pizza caseira", "feijoada"],
    "day": ["sábado", "domingo", "sexta", "quinta"],
    "time": ["7", "7 e meia", "8", "6 e pouco", "meio dia"],
    "film": ["o novo Duna", "Oppenheimer", "aquele terror da A24", "Vidas Passadas", "Barbie",
             "o novo do Aranhaverso"],
    "show": ["The Bear", "No Limite", "Ruptura", "Casamento às Cegas", "reprise de Succession",
             "Only Murders", "Sintonia"],
    "friend": ["Ká", "Paula", "Dani", "Priscila", "Jé"],
    "friend_m": ["Matheus", "Vitor", "Nando"],
    "colleague": ["Denise", "Lúcia", "Érica", "Tânia"],
    "colleague_m": ["Paulo", "Gustavo", "Rafael"],
    "town": ["Recife", "Salvador", "Porto Alegre", "Goiânia", "Fortaleza", "Manaus"],
    "shop": ["Atacadão", "Assaí", "Extra", "Dia", "Hortifruti"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["a rodoviária", "o aeroporto", "a estação"],
    "band": ["Marília Mendonça", "Anitta", "Luísa Sonza", "Djavan", "Henrique e Juliano"],
    "drink": ["uma cerveja", "um café gelado", "uma margarita", "um bubble tea"],
    "weather": ["mto calor", "chovendo mto", "congelando", "um tempo bom do nada",
                "abafado demais"],
    "thing": ["carregador", "RG", "fone", "estojo do fone", "carregador do note",
              "guarda-chuva"],
}

# --- shared pools (pt: UK and US are two Brazilian registers of the same friends)

OPEN_UK = [
    "X: oi vc\nY: oiiii\nY: como foi seu dia?",
    "X: bom dia ☀️\nY: bom dia! dormiu bem?\nX: nao mto kkkk, os vizinhos de novo\nY: nãooo",
    "X: ta por ai?\nY: to sim, q foi",
    "X: oieeee\nY: oi oi 👋",
    "X: e ai, tudo certo?\nY: tudo sim! so o pó. e vc?\nX: igual vdd",
    "X: {weather} aqui\nY: aqui tb, me molhei inteir{Y:o/a} voltando",
    "X: boa noite\nY: boa noite! acabei de chegar",
    "X: sobreviveu ao dia?\nY: mal kkkk\nY: dia longo",
    "X: oiii\nY: oi!! ia te mandar msg agora mesmo",
    "X: ja chegou em casa?\nY: no busão, 10 min",
    "X: adivinha quem saiu mais cedo do trampo\nY: invejaaa\nY: vai fazer oq da vida?",
    "X: como foi seu dia?\nY: longo! mas ok. e o seu?\nX: de boa, nada demais",
]

CLOSE_UK = [
    "X: bom, preciso dormir\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok vou tentar dormir\nY: boa sorte kkkk\nY: boa noite",
    "X: tenho q ir, a janta ta pronta\nY: bom apetite!",
    "X: bateria em 2% tchau\nY: kkk tchau",
    "X: enfim, amanha a gente se fala?\nY: sim! {BYE}",
    "X: bom, vou pra cama\nY: boa noite 💤",
    "X: ok to dormindo no meio da frase\nY: vai dormir entao 😂\nX: sim mãe",
    "X: bom, voltando pro trampo\nY: boa sorte!",
    "X: tenho q correr, reunião\nY: vai vai vai",
    "X: ok vou te deixar em paz\nY: depois a gente se fala bjs",
    "X: pera, tem alguem na porta\nY: 👍",
]

LIGHT_UK = [
    "X: oq vc vai jantar\nY: {food} provavelmente. e vc?\nX: {food2}\nY: chiquee",
    "X: ja viu o novo de {show}\nY: nao!! sem spoiler\nX: jamais\n"
    "X: ...mas o final 😳",
    "X: <media>\nX: olha quem apareceu no quintal\nY: mds um gambá!!\nY: ele ta mto se achando",
    "X: {weather} de novo\nY: sinceramente q cidade é essa\nX: {LAUGH}",
    "X: {day} ainda ta de pé {place}?\nY: simm! {time}?\nX: perfeito 👍",
    "X: acabei de dar de cara numa porta de vidro no trampo\nY: {LAUGH}\nY: vc ta bem\n"
    "X: meu orgulho nao",
    "X: sabe se o {shop} abre ate tarde no domingo\nY: ate as 4 acho\nX: aff ok valeu",
    "X: acabei de ver a {friend} no {shop}, mandou um oi\nY: own oi {friend}\n"
    "Y: ela ainda ta nessa de maratona?\nX: pelo jeito sim, doida",
    "X: <media>\nY: isso é... um bolo?\nX: era pra ser\n"
    "Y: 😂😂 o q vale é a intenção",
    "X: nao acho meu {thing} em lugar nenhum\nY: olhou no bolso do casaco\nX: ...achei\n"
    "X: nao fala nada",
    "X: trem atrasado de novo\nX: 40 min dessa vez\nY: nãooo\nY: leva lanchinho da proxima",
    "X: me indica um podcast pra viagem\nY: ja ouviu aquele da seita?\n"
    "X: nao! fechou",
    "X: pensando em comprar uma planta\nY: vc matou um cacto\nX: foi uma vez so",
    "X: ok comecei {show}\nY: FINALMENTE\nY: q episodio\nX: 3. pq todo mundo é tao suspeito\n"
    "Y: só espera",
    "X: bora ver {film} no fds?\nY: ahh bora\nY: {day} a tarde?\nX: fechou",
    "X: minha mae descobriu o audio\nY: ai nao\n"
    "X: mandou 6 hj de manha. um era so ela respirando\nY: {LAUGH}",
    "X: acabei de comer {food} e foi o melhor da minha vida\nY: onde\nX: {place}\nY: anotado",
    "X: vc ainda ta com meu {thing}?\nY: nossa sim desculpa\nY: levo {day}",
    "X: q horas vc sai hj?\nY: 6 se deus quiser\nX: bora tomar {drink} depois?\nY: bora",
    "X: <media>\nX: o céu hj!!\nY: uau. parece fake",
    "X: como faz arroz sem virar papa\nY: menos agua kkkk\nX: genia. obg chef",
    "X: pergunta rapida, a gente vai dar presente pro niver da {friend}\n"
    "Y: acho q combinamos {num} cada\nX: ok blz eu resolvo\nX: o cartão ta assim:\n"
    "+ feliz aniversário!!\n+ com carinho, a gente ❤️\nX: mto sem graça?\nY: perfeito",
    "X: to nessa planilha faz 3 horas\nY: q delicia\nX: nao é\nY: quase sexta",
    "X: o motorista do onibus me desejou uma otima noite\nY: owwn\nX: sério, ganhei a semana",
    "X: fui pra {town} hj\nY: q legal, fazer oq?\nX: só passear. comi pastel na orla\n"
    "Y: dia perfeito vdd",
    "X: <media>\nY: olha o tamanho dessa fila\nX: todo mundo de {town} teve a mesma ideia",
    "X: viu o jogo\nY: nem fala\nX: tao ruim assim?\nY: fomos roubados",
    "X: acabei de perceber q falo errado ha anos\nY: fala oq\nX: 'quinoa'\n"
    "Y: {LAUGH}",
    "X: faço franja?\nY: nao\nX: ok mas me escuta\nY: continua nao 😂",
    "X: finalmente marquei dentista\nY: orgulho\nX: é pra {month}, foi o mais cedo",
    "X: o album novo de {band} é mto bom\nY: nao ouvi ainda!\nX: faixa 4. so isso q vou dizer",
    "X: o chuveiro quebrou de novo\nY: nãooo\nY: falou com o proprietario?\n"
    "X: ele 'vai ver'",
    "X: qual é aquele lugar q vc falou, dos guiozas\nY: {place}?\nX: esse mesmo",
    "X: me chamaram pra correr 5k beneficente\nY: vc??\nX: pois é\n"
    "Y: te patrocino com 5 reais kkkk",
    "X: aleatorio mas lembra o nome daquela musica do casamento\nY: qual\n"
    "X: aquela q todo mundo gritou\nY: Evidências obvio",
    "X: <media>\nY: essa é sua mesa nova?\nX: era do home office\nY: mto chique",
    "X: preso atras de um trator agora\nY: {LAUGH}\nY: vida no interior",
    "X: comi um pacote inteiro de bis e nem é pascoa\nY: respeito",
    "X: levei multa 🙃\nY: nãooo onde\nX: na frente do {shop}. fiquei 4 minutos\n"
    "Y: crime",
    "X: socorro. oq eu dou pro meu pai de aniversario\nY: meia\nX: ele tem 400 meias\n"
    "Y: 401 entao",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: posso ser sincer{X:o/a} sobre uma coisa\nY: sempre\n"
    "X: tenho me sentido mto pra baixo com o trabalho ultimamente\n"
    "+ tipo, tenho pavor do domingo a noite\n"
    "Y: {VALIDATE}\nY: aconteceu alguma coisa ou foi acumulando?\n"
    "X: acumulando acho. a {colleague} fica jogando coisa em cima de mim e eu nao consigo dizer n"
    "ao\n"
    "Y: q cansativo. vc ja falou com alguem?\nX: nao mto\nY: {SUPPORT}\n~~~\n"
    "Y: como foi o trampo hj? melhorou?\n"
    "X: um pouco. consegui dizer nao pra {colleague} uma vez 😅\n"
    "Y: olha vc!! e como foi\nX: apavorante. mas bom",
    "X: a entrevista é {day}\nX: sinceramente to com medo de estragar tudo\n"
    "Y: nao vai. vc manja mto\nY: qual parte te preocupa mais?\n"
    "X: a apresentação. me dá branco qdo todo mundo fica me olhando\n"
    "Y: quer treinar cmg amanha?\nX: serio? ia me ajudar mto\n~~~\n"
    "Y: e a entrevista??\nX: acho q foi bem!! a apresentação foi tranquila\nY: eu falei\n"
    "Y: oq eles perguntaram?\n"
    "X: mta coisa sobre trabalho em equipe. disseram q me avisam semana q vem",
    "X: minha mae ligou, os exames nao vieram bons\n"
    "X: nem sei oq fazer cmg\nY: ai nao. sinto mto\n"
    "Y: oq ela falou?\n"
    "X: vao ter q fazer mais exames. ela ta tentando fingir q ta de boa mas da pra ver q ta preocup"
    "ada\nY: {VALIDATE}\nY: e vc ta bem? sério\nX: nao mto. to com o estomago embrulhado\n"
    "Y: {SUPPORT}\n~~~\n"
    "Y: alguma noticia da sua mae?\nX: os exames sao {day}. ela ta um pouco mais calma\n"
    "Y: ja é alguma coisa. e vc, como ta?\nX: melhor depois de falar disso vdd. obg",
    "X: vc as vezes sente q ta atrasad{Y:o/a} em relação a todo mundo\nY: o tempo todo\n"
    "Y: pq isso agora?\nX: a {friend} ficou noiva e comprou apê na mesma semana\n"
    "X: e to feliz por ela mas tb chorei no banho kkkk\n"
    "Y: pode. as duas coisas podem ser vdd\n"
    "Y: vc nao ta atrasad{X:o/a}, so ta num caminho diferente\n"
    "X: eu sei. so precisava falar em voz alta",
    "X: tive uma crise de ansiedade no metro hj de manha\nY: meu deus\n"
    "Y: vc ta bem agora? onde vc ta\nX: na minha mesa. to bem. so tremendo\nY: {VALIDATE}\n"
    "Y: ja tinha acontecido antes?\nX: uma ou duas vezes. nao te contei pq me senti idiota\n"
    "Y: nao tem nada de idiota\nY: {SUPPORT}\n~~~\n"
    "Y: como vc ta hj? depois de ontem\nX: melhor. marquei medico\n"
    "Y: q bom mesmo. orgulho de vc",
    "X: sinto q to falhando em tudo agora\nY: ei. oq ta acontecendo?\n"
    "X: atrasad{X:o/a} nos prazos\n+ a casa ta um lixo\n+ nao ligo pra minha vó faz semanas\n"
    "+ e jantei salgadinho\nY: é mto prato pra equilibrar\n"
    "Y: qual ta te estressando mais?\nX: os prazos acho\n"
    "Y: ok. isso é uma coisa, nao tudo. quer fazer uma lista juntos?\n"
    "X: quero. obg. desculpa o desabafo\nY: nao é desabafo, eu perguntei",
    "X: to mto estressad{X:o/a} com dinheiro esse mes\nY: q aconteceu?\n"
    "X: o carro precisou de embreagem nova. {num}00 reais q eu nao tinha\nY: {VALIDATE}\n"
    "Y: tem algo q eu possa fazer? posso te emprestar um pouco\n"
    "X: nao nao vou ficar bem. so apertado. mas obg\nY: a oferta continua",
    "X: sinceramente tenho me sentido meio perdid{X:o/a} desde a mudança\nY: perdid{X:o/a} como?\n"
    "X: tipo nao conheço ninguem aqui ainda e as noites sao mto longas\n"
    "Y: isso é dificil. lugar novo demora\n"
    "Y: vc chegou a ir naquele grupo de corrida q vc falou?\nX: ainda nao. sempre amarelo\n"
    "Y: quer q eu te ligue antes da primeira vez pra dar coragem\nX: kkkk quero sim",
    "X: to preocupad{X:o/a} com meu irmao\nY: oq ta rolando com ele?\n"
    "X: ele parou de responder todo mundo. minha mae ta preocupada tb\n"
    "Y: q medo. qdo vc falou com ele a ultima vez?\nX: tipo 2 semanas atras\n"
    "Y: vc consegue ir la?\nX: sim. acho q vou {day}\n~~~\n"
    "Y: vc viu seu irmao?\n"
    "X: vi. ele ta mto pra baixo. mas topou conversar com alguem\n"
    "Y: isso é enorme. e vc ta se sentindo como?\nX: aliviad{X:o/a}. e triste. os dois",
    "X: hj foi pesado\nY: ai nao, q aconteceu\n"
    "X: a {colleague} veio pra cima de mim na frente de todo mundo\n"
    "X: segurei mas to tremendo desde entao\nY: q absurdo\n"
    "Y: vc ta bem?\nX: me sinto humilhad{X:o/a} sinceramente\nY: {VALIDATE}. vc nao merecia isso\n"
    "Y: {SUPPORT}",
    "X: to com pavor de {day}\nY: a coisa da familia?\n"
    "X: é. sempre acabo me sentindo com 12 anos perto deles\nY: {VALIDATE}\n"
    "Y: tem como vc sair mais cedo?\nX: posso dizer q trabalho cedo no dia seguinte\n"
    "Y: faz isso. e me manda msg do banheiro se ficar ruim 😂\nX: fechado",
    "X: nao passei\nX: na vaga\nY: ai nao. sinto mto\nY: como vc ta se sentindo?\n"
    "X: arrasad{X:o/a} vdd. achei mesmo q era essa\nY: {VALIDATE}\n"
    "Y: deram algum retorno?\nX: 'por pouco, ficou em segundo lugar'. q é quase pior\n"
    "Y: mas foi por pouco. a proxima vem",
    "X: posso desabafar rapidinho\nY: manda\n"
    "X: to tao cansad{X:o/a} de ser sempre quem organiza tudo\nX: ninguem nem agradece\n"
    "Y: {VALIDATE}\nY: isso desgasta qualquer um\nY: é com quem dessa vez?\n"
    "X: o pessoal da facul. o reencontro\nY: deixa outra pessoa pegar a proxima parte?\n"
    "X: é vc tem razao",
    "X: to dormindo mto mal\nY: desde qdo?\n"
    "X: umas duas semanas. acordo as 4 com a cabeça a mil\nY: q exaustivo\n"
    "Y: tem alguma coisa especifica te tirando o sono?\nX: mais a incerteza com o contrato\n"
    "Y: faz sentido. é mta coisa pra carregar\nY: {SUPPORT}",
    "X: to com saudade do meu pai hj\nY: ai meu bem\nY: é o aniversario?\n"
    "X: nao so. tocou a musica no mercado\nY: {VALIDATE}\n"
    "Y: quer me contar dele? eu queria ouvir\n"
    "X: ele cantava ela no carro mto mal\nX: tipo mal de proposito\n"
    "Y: ele parece incrivel\nX: ele era",
    "X: acho q preciso falar uma coisa pra {friend} mas to com medo de estragar a amizade\n"
    "Y: oq ta rolando com ela?\n"
    "X: ela vive desmarcando em cima da hora e sinto q nao sou prioridade\nY: {VALIDATE}\n"
    "Y: oq vc queria falar pra ela?\nX: so q isso magoa. nada dramatico\n"
    "Y: parece justo e gentil. acho q ela ia querer saber\n~~~\n"
    "Y: vc falou com a {friend} no fim?\n"
    "X: falei!! ela pediu desculpa. disse q ta sobrecarregada\nY: ai q bom. e como vc se sente?\n"
    "X: mais leve sinceramente",
    "X: to nervos{X:o/a} com o resultado amanha\nY: o do exame de sangue?\n"
    "X: é. provavelmente nao é nada mas minha cabeça ta indo pro pior\n"
    "Y: super normal. esperar é a pior parte\nY: quer q eu va com vc?\n"
    "X: vc se importa?\nY: claro q nao",
    "X: tenho me sentido mto ansios{X:o/a} a noite\n"
    "Y: ansios{X:o/a} com alguma coisa especifica?\nX: nao mto. so meio q chega\n"
    "Y: q horrivel. ja teve isso antes?\nX: vai e volta faz anos\n"
    "Y: obg por me contar\nY: oq ajuda qdo vem?\nX: caminhar. ou falar com vc vdd",
]

NEWS_UK = [
    "X: ADIVINHA\nY: oq oq\nX: fui promovid{X:o/a}!!\nY: {HYPE}\n"
    "Y: qdo vc soube??\nX: agora, a {colleague} me chamou na sala\n"
    "Y: mto merecido. a gente vai comemorar {day}",
    "X: passei na prova de direção 🚗\nY: {HYPE}\nY: de primeira??\n"
    "X: de primeira!! 2 faltas leves\n"
    "Y: agora vc tem q me levar pra passear",
    "X: eles amaram a apresentação\nY: eu sabia!!\nY: oq eles falaram?\n"
    "X: q foi a mais clara q viram no ano todo\nY: q demais. orgulho de vc",
    "X: conseguimos o apê!!\nY: {HYPE}\nY: aquele da janela grande?\n"
    "X: esse!! mudança em {month}\nY: vou ajudar. e julgar seu sofa",
    "X: finalmente terminei o quadro\nX: <media>\nY: pera q lindo\n"
    "Y: quanto tempo levou?\nX: 3 meses de domingos kkkk\nY: valeu a pena. emoldura",
    "X: corri os 5k inteiros sem parar\nY: {HYPE}\nY: e como vc ta\n"
    "X: mort{X:o/a}. mas mort{X:o/a} feliz\nY: 😂 orgulho",
    "X: vitoria pequena mas meu chefe me agradeceu hj\nY: nao é pequena! pelo q?\n"
    "X: por resolver a treta com o cliente\nY: ate q enfim alguem percebeu",
    "X: passei no curso!!\nY: {HYPE}\nY: aquele da noite?\nX: sim! começa em {month}\n"
    "Y: e como vc ta se sentindo?\nX: animad{X:o/a} e meio apavorad{X:o/a}",
    "X: finalmente falei pra minha irma como me senti com as coisas do casamento\nY: e ai??\n"
    "X: foi mto bem na vdd. ela me ouviu\nY: q bom. isso foi coragem",
    "X: o banheiro finalmente ficou pronto\nX: <media>\nY: parece hotel!!\n"
    "Y: vc mesm{X:o/a} que colocou o azulejo?\nX: cada um deles\nY: inacreditavel",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: posso falar uma coisa sem virar um drama\nY: claro\n"
    "X: me chateou um pouco vc desmarcar {day} por msg uma hora antes\n"
    "Y: vc tem razao. foi mancada minha, desculpa\n"
    "Y: eu tava sobrecarregad{Y:o/a} e lidei mal\nX: obg por falar isso. ta tudo bem\n"
    "Y: posso compensar? {place}, eu pago\nX: fechado 😊",
    "X: vc meio q falou por cima de mim ontem\nX: qdo eu tava contando pra todo mundo do trampo\n"
    "Y: nossa sério? desculpa\nY: nao foi por mal. eu fico empolgad{Y:o/a}\n"
    "X: eu sei. so me senti meio pequen{X:o/a}\nY: justo. vou me ligar. obg por me falar",
    "X: ei, me incomodou um pouco vc nao ter respondido sobre meu vô\n"
    "Y: ai nao. vc tem razao\n"
    "Y: li no trem e esqueci completamente, desculpa mesmo\nY: como ele ta?\n"
    "X: estavel agora. obg\nY: devia ter perguntado antes. to aqui",
    "X: podemos falar da coisa do dinheiro\nY: claro\n"
    "X: sinto q sou sempre eu q pago os ingressos e ta ficando meio pesado\n+ \n"
    "+ nada demais, so nao queria q virasse\nY: justo na vdd\n"
    "Y: nao tinha percebido quanto tinha somado, desculpa\nY: te mando minha metade agora\n"
    "X: obg. odiei ter q tocar no assunto\nY: q bom q vc falou",
]

# --- Camila & Thiago (couple)

COUPLE_UK = [
    "X: saudade\nY: eu mais\nX: impossivel\nY: 🙄 ❤️",
    "X: oq vc quer fazer {day}?\nY: ficar em casa, vc, {food}, {show}\nX: resposta perfeita",
    "X: pensei em vc hj\nY: coisa boa espero\nX: sempre\nY: ❤️",
    "X: sua mae acabou de me mandar msg\nY: ai nao oq ela queria\n"
    "X: saber se eu tava 'te alimentando direito'\nY: 😂😂 desculpa",
    "X: gostei mto de ontem a noite\nY: eu tb. fazia tempo q a gente nao conversava de vdd\n"
    "X: a gente devia fazer isso mais\nY: é. celular longe, sem tv",
    "X: nao vejo a hora de te ver\nY: mais 2 noites\nX: para de contar q demora mais",
    "X: <media>\nX: achei isso da nossa primeira viagem\nY: meu deus olha seu cabelo\nX: grossa\n"
    "Y: eu amo. te amo",
    "X: obg por hj\nY: pelo q?\nX: so por estar la. sei q eu tava meio demais\n"
    "Y: nao tava. gosto de estar la",
    "X: vc ta chegando?\nY: 20 min\nX: vou passar um café\nY: casa cmg",
    "X: nao esquece o leite\nY: ja comprei\nX: quem é vc\nY: {Y:um homem mudado/uma mulher mudada}",
]

# --- US pools (Duda & Rafa, Jô & Samuel)

OPEN_US = [
    "X: oii\nY: oi! oq manda",
    "X: acordad{Y:o/a}?\nY: infelizmente kkkk",
    "X: bom dia ☀️\nY: bom diaa!! dormiu bem",
    "X: salve\nY: salveee",
    "X: como ta sua semana\nY: sinceramente meio puxada. e a sua?\nX: igual kkkk",
    "X: to mto entediad{X:o/a} no trampo\nY: eu tb, me distrai",
    "X: pode falar rapidinho?\nY: posso oq foi",
]

CLOSE_US = [
    "X: ok tenho q ir\nY: depois a gente se fala!",
    "X: indo dormir, boa noite!\nY: boa noitee!!",
    "X: ok saindo, flw\nY: divirta-se!",
    "X: to apagando, bn\nY: bn 😴",
    "X: te amo, amanha a gente se fala\nY: tb te amo",
]

LIGHT_US = [
    "X: oq vc vai fazer no fds\nY: absolutamente nada e to mto feliz com isso\n"
    "X: meta",
    "X: <media>\nX: olha esse cachorro q acabei de conhecer\nY: MDS\nY: as orelhas!!",
    "X: ja viu {show}\nY: ainda nao sem spoiler!!\nX: boca fechada 🤐",
    "X: acabei de gastar R${num} no {shop} com nada\nY: classico {shop}\n"
    "X: entrei pra comprar shampoo",
    "X: ta {weather} aqui\nY: aff aqui tb. quero o verao de volta",
    "X: me lembra o nome daquele lugar q a gente comeu {food}\nY: {place}?\nX: isso!! obg",
    "X: vou fazer {food} hj\nY: guarda um pouco pra mim\nX: vem pra ca entao kkkk",
    "X: meu colega de trabalho esquentou peixe no microondas\nY: nãooo\n"
    "X: o andar inteiro fedendo\nY: {LAUGH}",
    "X: ainda ta de pé {day}?\nY: sim! {time}?\nX: perfeito te vejo la",
    "X: perdi meu {thing} de novo\nY: olha na geladeira kkkk\nX: ...pq tava na geladeira",
    "X: acho q vou começar a correr\nY: quem é vc\nX: sei la vi um video\n"
    "Y: kkkkkk ok me conta como foi",
    "X: <media>\nY: esse é seu apê novo??\nX: é!! ainda sem sofa\nY: q fofo",
    "X: vc conhece um dentista bom\nY: o meu é ok? te mando o numero\nX: vlw",
    "X: {band} vai fazer turnê!!\nY: OQ\nY: qdo\nX: {month}. ingresso abre sexta\n"
    "Y: a gente vai",
    "X: minha mae descobriu o tiktok\nY: ai nao\nX: me mandou 12 videos hj de manha\nY: {LAUGH}",
    "X: entrei na sala errada hj\nY: kkkk\n"
    "X: e fiquei 10 minutos pq tava com vergonha de sair\nY: icônico",
    "X: o transito ta insano agora\nY: onde vc ta\nX: na marginal. vou atrasar\n"
    "Y: eu pego uma mesa pra gente",
    "X: corto o cabelo curto?\nY: sim\nX: vc nem pensou\n"
    "Y: to esperando vc perguntar faz 3 anos",
    "X: <media>\nX: fiz pão!!\nY: ok fase padeir{X:o/a}\nY: ficou bom?\n"
    "X: ficou meio pesado mas to orgulhos{X:o/a}",
    "X: a {friend} vai casar??\nY: EU SEI\n"
    "Y: descobri pelo insta igual todo mundo\nX: kkkkk",
    "X: preciso de uma serie nova\nY: ja viu {show}\nX: nao é boa?\nY: confia",
    "X: acabei de levar multa 🙃\nY: nãooo quanto\nX: R${num}0\nY: isso é roubo",
    "X: qual era aquela receita q vc me mandou\nY: a de {food}?\nX: essa perdi\nY: <media>",
    "X: academia foi brutal hj\nY: dia de perna?\nX: dia de perna. nao consigo andar\n"
    "Y: kkkk respeito",
    "X: acredita q ja é {month_now}\nY: nao e nao gosto disso",
]

DEEP_US = [
    "X: posso te contar uma coisa meio vergonhosa\nY: sempre\n"
    "X: to passando por um momento mto dificil desde a mudança\n"
    "+ tipo passo fds inteiros sem falar com ninguem\n"
    "Y: nao tem nada de vergonhoso. parece mto dificil mesmo\n"
    "Y: faz quanto tempo ta assim?\nX: sinceramente desde {month_past}\n"
    "Y: q bom q vc me contou\nY: bora fazer uma ligação fixa todo domingo?\n"
    "X: ia gostar mto",
    "X: to mto estressad{X:o/a} com essa avaliação no trampo\nY: qual a pior parte?\n"
    "X: é a {colleague} q vai fazer e sinto q ela ja decidiu q sou ruim no q faço\n"
    "Y: q pressão. pq vc acha isso?\n"
    "X: ela nunca fala nada de bom. so oq ta errado\n"
    "Y: q cansativo. mas vc nao é ruim no q faz\n"
    "X: obg. precisava ouvir isso\n~~~\nY: e a avaliação??\n"
    "X: melhor do q eu pensava! ela falou umas coisas legais\nY: viu!! oq ela disse?\n"
    "X: q eu sou 'confiável sob pressão' kkkk\nY: fato",
    "X: meus pais tao brigando de novo\nY: ai nao. tipo briga feia?\n"
    "X: é. minha mae me ligou chorando ontem\nY: sinto mto. vc ta bem?\n"
    "X: nao mto. sinto q to sempre no meio\n"
    "Y: q lugar dificil de estar\nY: vc pode se afastar um pouco, sabia\n"
    "X: eu sei. so me sinto culpad{X:o/a}",
    "X: acho q to com burnout\nY: oq ta acontecendo?\n"
    "X: nao consigo focar, to cansad{X:o/a} o tempo todo, chorei com um comercial\n"
    "Y: puts. parece burnout msm\nY: vc consegue tirar uns dias?\n"
    "X: talvez uns dias em {month}\nY: tira. sério. to preocupad{Y:o/a} com vc",
    "X: nao passei no programa\nY: ai nao. sinto mto\nY: como vc ta se sentindo?\n"
    "X: meio anestesiad{X:o/a} sinceramente\nX: eu queria mto esse\n"
    "Y: eu sei q queria. q decepção\n"
    "Y: quer falar disso ou quer distração?\nX: distração pfv\n"
    "Y: ok. {show} e {food}, to indo ai",
    "X: to nervos{X:o/a} com a coisa do medico amanha\nY: o retorno?\n"
    "X: é. fico pensando no pior\nY: faz todo sentido. esperar é a pior parte\n"
    "Y: me manda msg assim q sair ok?\n~~~\nY: e o medico??\nX: tudo certo!!\n"
    "Y: ai graças a deus\nY: como vc ta\nX: como se eu conseguisse respirar de novo",
    "X: vc as vezes sente q ta so fingindo ser adulto\nY: todo dia kkkk\n"
    "Y: pq, q aconteceu?\nX: tive q ligar pro seguro e quase chorei\n"
    "Y: super valido, essas ligações sao horriveis\n"
    "X: kkkk obg. me sinto melhor sabendo q nao é so cmg",
    "X: to com mta saudade de casa ultimamente\nY: own. do q vc sente mais falta?\n"
    "X: da cozinha da minha vó. do almoço de domingo. do barulho\nY: q fofo e q triste\n"
    "Y: vc consegue ir um fds?\nX: talvez em {month}. mas as passagens tao absurdas\n"
    "Y: espero q consiga",
]

NEWS_US = [
    "X: CONSEGUI O EMPREGO\nY: {HYPE}\nY: aquele do museu??\nX: sim!!! começo em {month}\n"
    "Y: q orgulho de vc. como vc ta se sentindo?\nX: com vontade de vomitar mas no bom sentido",
    "X: adivinha quem finalmente quitou o cartão\nY: VC??\nX: eu!!!\nY: q demais mds",
    "X: minha irma teve o bebe!!\nX: <media>\nY: MDS ela é perfeita\nY: e sua irma como ta?\n"
    "X: cansada mas mto feliz",
    "X: corri meus primeiros 10k\nY: {HYPE}\nY: qual foi seu tempo?\nX: 58 minutos!!\n"
    "Y: menos de uma hora!! incrivel",
    "X: vao publicar meu artigo\nY: mentira!! qual?\nX: aquele do banco de alimentos\n"
    "Y: q incrivel. me manda o link qdo sair",
]

GROUP = [
    "A: quem ta livre {day}?\nB: eu!\nC: depende do horario\nA: pensando: {place}, umas {time}\n"
    "D: to dentro\nC: ok bora",
    "A: <media>\nA: olha oq eu achei no maleiro\nB: NAO a foto do trote\n"
    "D: apaga isso agora\nC: {LAUGH}\nC: o cabelo d{B:o/a} {B} 😭",
    "A: feliz aniversario {B}!! 🎂\nC: parabens!!!\nD: feliz niver 🥳\n"
    "B: obg gente ❤️ me sentindo velh{B:o/a}",
    "A: alguem mais viu a novidade da {friend}\nB: o bebe??\nA: sim!!\nC: pera oq\n"
    "D: vi! mto fofo\nC: como eu perdi isso",
    "A: resultado do quiz: ficamos em 4º\nB: roubado\nD: a rodada de musica foi armada\n"
    "C: a gente precisa de alguem q manja de esporte\n"
    "A: a gente precisa de alguem q manja de qualquer coisa",
    "A: alguem tem um {thing} pra me emprestar {day}\nC: eu tenho\nA: lenda\nD: o grupo entrega",
    "A: entao, {film}. opinioes\nB: amei\nC: longo demais\nD: nao vi, sem spoiler\n"
    "A: ok mas o final 😳\nD: OQ EU ACABEI DE FALAR",
    "A: <media>\nA: minha tentativa de {food}\nB: sinceramente ta com cara otima\n"
    "C: era pra ter essa cor\nA: era sim {C}\nD: {LAUGH}",
    "A: ok pergunta seria, cachorro quente é sanduiche\nB: nao\nC: sim\n"
    "D: vou silenciar esse grupo",
    "A: tenho um ingresso sobrando pro show de {band} {day} se alguem quiser\nD: mds eu\n"
    "B: droga vou ta viajando\nD: quanto\nA: de graça se vc pagar as bebidas\nD: fechado",
    "A: como ta a semana de vcs\nB: longa\nC: de boa, {weather} aqui\n"
    "D: to no 3º dia de gripe entao\nA: ai nao, melhoras\nD: obg 🤧",
    "A: gente vamos fechar logo esse fds fora\nB: bora. {town}?\n"
    "C: eu consigo no primeiro fds de {month}\nD: eu tb\nA: vou olhar casas hj a noite",
    "A: <media>\nA: opção 1 de casa\nA: <media>\nA: opção 2\nB: a 2 tem ofurô\nC: 2\n"
    "D: 2 obvio",
    "A: adivinha onde eu to: {place}. e ta tocando nossa musica\nC: qual\nA: vc sabe qual\nB: 🎶\n"
    "D: grava!!",
    "A: lembrete q é a despedida da {friend} {day}\nB: q horas\n"
    "A: a partir das {time}. local: {place}\n"
    "D: vou chegar atrasad{D:o/a} mas vou",
    "A: alguem mais ta tendo uma semana estranha ou so eu\nC: estranha como\n"
    "A: so me sinto meio pra baixo. coisa do trampo\nB: poxa, quer tomar {drink} essa semana?\n"
    "A: quero sim\nD: to livre quinta tb se quiser companhia",
    "A: atualização: passei!!\nB: SIMMM\nC: sabia q vc ia passar\nD: parabens!! 🎉\n"
    "A: obg gente, sinceramente tava mto nervos{A:o/a}",
    "A: quem tem a senha da netflix\nC: mudou de novo\nB: eu mando\n"
    "D: ninguem conta pro meu irmao",
    "A: brunch {day}?\nB: bora\nC: nao posso, desculpa, meus pais vem me visitar\n"
    "D: bora! {place}?\n"
    "A: reservei pra 4, {C} aparece depois se der",
    "A: <media>\nB: isso é um POMBO na sua cozinha\n"
    "A: entrou pela janela e nao quer sair\nC: dá um nome\nD: Geraldo",
    "A: importante: preciso de ideia de presente pra minha mae\nB: vela\nC: vela boa\n"
    "D: vela mto boa\nA: obg gente ajudou mto",
    "A: nem acredito q faz 10 anos q a gente se conheceu\nB: nem fala. me sinto um fossil\n"
    "C: a gente era bebe\nD: ainda te devo 10 conto do trote\nA: eu sei. nao esqueci",
    "A: desculpa o sumiço, ta sendo mta coisa com a mudança\nB: nao pede desculpa! e ai como ta?\n"
    "A: caixa pra todo lado. mas to gostando do lugar novo\nC: manda foto qdo ficar pronto!\n"
    "D: precisa de ajuda {day}?\nA: ia ser otimo na vdd",
    "A: alguem vendo {show}\nC: obcecad{C:o/a}\nB: comecei ontem\n"
    "A: sem spoiler do ep 5 to atrasad{A:o/a}\nD: nao to vendo e me sinto excluid{D:o/a}",
    "A: atrasad{A:o/a}, guarda um lugar\nB: ok\nC: vai beber oq\nA: {drink} pfv ❤️",
    "A: obg por ontem gente, foi mto divertido\nB: demais!! minha cabeça ta doendo\n"
    "C: quem pegou meu guarda-chuva\nD: opa\nD: devolvo {day}",
]

GROUP_SYSTEM_NAMES = ("Bruna", "Davi 🎸", "+55 11 98765-4321", "Letícia")

LIGHT_UK += [
    "X: o cara do apê de cima ta aprendendo trompete\nY: nãooo\nX: ele sabe 3 notas\n"
    "+ e toca elas as 7 da manha\nY: {LAUGH}",
    "X: coloquei o pisca-pisca de natal de novo\nY: é {month_now}\nX: me deixa feliz ok",
    "X: vc acha q posso ir de tenis no casamento\nY: depende do tenis\n"
    "X: <media>\nY: ...nao",
    "X: atualização: o gambá voltou e trouxe um amigo\nY: uma gangue de gambá\n"
    "X: to em desvantagem",
    "X: qual o nome daquele ator, aquele do filme do farol\n"
    "Y: vai ter q me dar mais q isso\nX: barbudo. gritao\nY: aquele do vampiro?\n"
    "X: ESSE. obg. tava me enlouquecendo",
    "X: respondi sem querer pra todo o departamento\nY: ai nao oq dizia\nX: 'kkkk ok'\n"
    "Y: {LAUGH}\nY: sinceramente podia ser pior",
    "X: me mandaram pra casa gripad{X:o/a}\nY: ai nao. sopinha e {show}?\nX: ja to nessa 🤧",
    "X: é estranho jantar cereal\nY: é um classico\n"
    "X: obg por validar minhas escolhas de vida",
    "X: o cachorro da {friend} comeu um bolo de aniversario inteiro\nY: NAO\nY: ele ta bem?\n"
    "X: ele ta otimo. a {friend} nao",
    "X: o caixa de autoatendimento me odeia\nY: item inesperado na area de ensacamento?\n"
    "X: toda. santa. vez",
    "X: pensamento aleatorio mas a gente devia fazer um piquenique qdo esquentar\n"
    "Y: simm!! {town}?\n"
    "X: ou o parque, menos trabalho\nY: fechado, eu faço os sanduiches",
    "X: acabei de sentar no meu oculos\nY: quao ruim\nX: <media>\nY: nossa ta ruim",
    "X: comecei a fazer palavra cruzada no trem\nY: quem é vc\nX: acertei 3. TRES!",
    "X: alguem deixou uma lasanha inteira no muro aqui fora\nY: inteira??\nX: ainda quente\n"
    "Y: nem ouse",
    "X: meu celular corrigiu 'te vejo logo' pra 'te vejo lodo'\nY: poético\n"
    "X: e eu mandei pro meu chefe",
    "X: tentando montar um guarda-roupa\nX: sobraram 4 parafusos\n"
    "Y: sao parafusos bonus\nX: ta torto",
    "X: <media>\nX: por do sol do escritorio, quase compensa\nY: quase",
    "X: a {friend} te mandou msg sobre o fds\nY: mandou, pensando: {place}?\nX: por mim ok\n"
    "Y: vou falar pra ela",
    "X: pergunta. vale a pena começar {show}\nY: primeira temporada sim, segunda nao\nX: anotado",
    "X: acabei de explicar pra minha vó oq é meme\nY: e ai como foi\n"
    "X: ela me mandou um de volta. era foto de um gato sem nada escrito\nY: icônica",
    "X: a fila do correio ta saindo pela porta\nY: {day} é sempre assim\n"
    "X: vou ficar aqui ate me aposentar",
    "X: qual um filme bom pra domingo de chuva\nY: {film}\nX: ja vi duas vezes\n"
    "Y: a terceira é a que vale",
    "X: finalmente limpei o forno\nY: orgulho\nX: achei uma batata frita de 2021",
    "X: é ruim eu ja estar pensando no almoço\nY: são 10 da manha\nX: isso nao é um nao",
    "X: ok preciso de capinha nova, opinioes\nX: <media>\nX: <media>\nY: a verde\n"
    "X: sabia q vc ia falar isso",
    "X: encontrei meu antigo professor de matematica no {shop}\nY: ele te reconheceu\n"
    "X: me chamou pelo nome da minha irma\nY: {LAUGH}",
    "X: peguei chuva sem casaco\nY: a previsao disse sol\nX: a previsao mentiu",
    "X: q horas é o jogo {day}\nY: 4 acho\nX: bar?\nY: obvio",
    "X: o gato do vizinho me adotou\nY: ai nao. vc ta dando comida né\n"
    "X: so um pouquinho\n+ comprei um potinho pra ele",
    "X: to na espera faz 45 minutos\nY: com quem\n"
    "X: o banco. a musiquinha ta gravada no meu cerebro",
    "X: acabei de ver um cara passeando com um jabuti na coleira\nY: sem foto nao aconteceu\n"
    "X: <media>\n"
    "Y: inacreditavel",
    "X: pensando em aprender croche\nY: vc vai fazer um cachecol e parar\n"
    "X: um cachecol é tudo q eu preciso",
    "X: sua internet ta estranha ou so a minha\nY: a minha ta ok\nX: otimo, entao é pessoal",
    "X: tive o sonho mais estranho com vc ontem\nY: conta\n"
    "X: vc era garçom e ficava me trazendo sopa\nY: isso nao é estranho é um sonho bom",
    "X: nao consigo parar de ouvir {band}\nY: o novo?\nX: sim. no repeat desde terça",
]

ANEC_UK = [
    "um ganso acabou de me perseguir no parque",
    "o barista escreveu 'Tati' no meu copo. nem perto",
    "tem um cara no busão comendo um frango assado inteiro",
    "acabei de colocar o celular na geladeira e o leite na bolsa",
    "minha planta tem uma folha nova!!",
    "tem um pombo na minha janela me encarando",
    "ja tomei 4 cafés hj",
    "acenei sem querer pra alguem q nao tava acenando pra mim",
    "achei 50 reais no bolso do casaco de inverno",
    "o elevador do trampo ta quebrado faz uma semana e eu fico no 6º andar",
    "acho q to falando o nome da minha colega errado faz um ano",
    "o carro do gás ta tocando a musiquinha na chuva",
    "espirrando o dia todo, acho q tenho alergia ao meu proprio escritorio",
    "acabaram de me pedir informação na minha propria rua e eu errei",
    "minha mae me mandou foto do cortador de grama novo dela. sem contexto",
    "o alarme de incendio disparou pq eu fiz torrada",
    "tem um senhor fazendo tai chi no estacionamento",
    "passei a manha toda com a blusa do avesso",
    "descobri q as bolachas boas ficam escondidas no armario do material",
    "o escritorio ganhou cafeteira nova e todo mundo ta agindo como se fosse natal",
    "o gato derrubou meu cha no notebook. ta tudo bem. acho",
    "acabei de passar por uma loja q so vende meia",
    "dormi no trem e acordei duas estações depois",
    "meu pai descobriu podcast e agora me manda episodio todo dia",
    "uma senhorinha mto estilosa elogiou meu casaco",
    "uma criança no trem acabou de dizer q meu cabelo é engraçado",
    "so comi torrada hj. um dia de torrada",
    "cortei o cabelo, nao sei se gostei",
    "acertei uma pergunta do quiz do radio e nao tinha ninguem aqui pra ver",
    "a vizinha começou uma horta e me deu uma abobrinha do tamanho do meu braço",
    "aprendi hj q flamingo é rosa por causa do q come",
    "tive q fazer simulado de incendio debaixo de chuva",
    "tinha um cachorro no trem de botinha",
    "lavei roupa com uma meia vermelha. ta tudo rosa",
    "meu gerente mandou um email escrito so 'me liga'. to com medo",
    "terminei meu livro no busão e agora nao sei oq fazer da vida",
    "vi um arco-iris duplo voltando pra casa",
    "me matriculei na academia. de novo",
    "alguem estacionou um carrinho minusculo atravessado em duas vagas",
    "o aquecedor ligou pela primeira vez e a casa toda ta cheirando poeira queimada",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "mentira", "oq 😂", "classico", "incrivel", "isso é a sua cara", "para",
    "amei", "ha. claro", "ai nao 😂", "pq isso é tao engraçado", "genial",
    "preciso de foto", "o drama", "icônico sinceramente", "de novo nao",
]
FRAGMENTS["ASKMORE"] = [
    "pera q aconteceu", "onde foi isso", "como", "e ai", "mas pq", "me conta tudo",
    "alguem viu", "isso é normal",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {sinceramente nao faço ideia|nem pergunta|longa historia|so minha vida agora}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {enfim como ta seu dia|enfim. e vc, como ta|enfim essa é minha novidade. e vc?}\n"
    "Y: {tudo bem! nada perto disso|nada tao emocionante qto o seu|tudo bem obg, corrido}",
    "X: atualização da minha vida: {ANEC}\nY: {REACT}",
]

DEEP_UK += [
    "X: nao to dormindo mto bem esses dias\n"
    "X: fico acordad{X:o/a} preocupad{X:o/a} se to no emprego certo\n"
    "Y: ai nao. faz quanto tempo isso?\nX: uns dois meses sendo sincer{X:o/a}\n"
    "Y: {VALIDATE}\nY: oq no trampo ta te pegando?\n"
    "X: acho q so nao sinto mais q sou bo{X:m/a} nisso\n"
    "Y: se serve de algo vc é uma das pessoas mais capazes q eu conheço\n"
    "X: isso significa mto na vdd",
    "X: sei q é bobeira mas to mto magoad{X:o/a} q ninguem lembrou dos meus 10 anos de empresa\n"
    "Y: nao é bobeira\nY: 10 anos é mta coisa\nX: so me fez sentir meio invisivel\n"
    "Y: {VALIDATE}\nY: vou te levar pra sair {day}. comemoração de vdd\nX: nao precisa\n"
    "Y: eu quero",
    "X: to mto ansios{X:o/a} pra ver todo mundo no reencontro\n"
    "Y: oq te preocupa?\n"
    "X: q todo mundo fez mil coisas e eu nao vou ter nada pra falar\n"
    "Y: entendo. mas o pessoal so quer botar o papo em dia\n"
    "Y: e vc tem mto pra contar. vc q esquece\nX: ha. talvez\n"
    "Y: quer q eu va de acompanhante?\nX: quero sim",
    "X: posso te contar uma coisa q nao contei pra ninguem\nY: claro\n"
    "X: comecei terapia\nX: tenho uma vergonha estranha disso\n"
    "Y: acho isso incrivel sinceramente\nY: e ta gostando?\n"
    "X: é dificil. mas dificil bom. ela pergunta coisas q ninguem nunca me perguntou\n"
    "Y: oq ela disse?\n"
    "X: mais 'e como isso te fez sentir' kkkk. mas ajuda\n"
    "Y: orgulho de vc por ir. {SUPPORT}",
    "X: desabei hj\nX: chorei no estacionamento antes do trampo\n"
    "Y: ai nao. q dificil\nY: oq desencadeou?\n"
    "X: nem sei. tudo acumulou\nY: {VALIDATE}\nY: vc ta bem agora?\n"
    "X: melhor. so to tao cansad{X:o/a} de me sentir assim\nY: {SUPPORT}\n~~~\n"
    "Y: como vc ta hj? fiquei pensando em vc\n"
    "X: um pouco melhor obg. dormi direito pra variar\nY: q bom ouvir isso",
    "X: to com mto medo da mudança sendo sincer{X:o/a}\nY: de qual parte?\n"
    "X: de tudo. cidade nova, emprego novo, nao conhecer ninguem\n"
    "Y: claro. é mta mudança de uma vez\n"
    "Y: oq deixaria as primeiras semanas mais faceis?\n"
    "X: saber q posso te ligar qdo tiver ruim\nY: pode. qualquer hora, to falando sério",
    "X: acho q minha mae ta ficando esquecida\n"
    "X: esqueceu meu aniversario e depois me contou a mesma historia 3 vezes\nY: nossa q medo\n"
    "Y: vc falou alguma coisa pra ela?\nX: ainda nao. nao sei como tocar no assunto\n"
    "Y: {VALIDATE}\nY: talvez com seu irmao junto?\nX: é. talvez seja mais facil",
    "X: sinto q me perdi um pouco desde q o bebe nasceu\n"
    "X: amo ela demais mas nao reconheço minha vida\nY: parece mto dificil\n"
    "Y: e mto normal, se serve de algo\nY: do q vc sente mais falta?\n"
    "X: so de ter uma hora q seja minha\n"
    "Y: deixa ela cmg uma tarde {day}. vai fazer qualquer coisa\nX: vc faria isso?\nY: claro",
    "X: tenho sentido um pouco de inveja da {friend} e odeio isso\nY: inveja como?\n"
    "X: ela faz tudo parecer tao facil\nY: entendo. é mto humano\n"
    "Y: vc sabe q ela tb tem as dificuldades dela né?\nX: sei. mas nao faz o sentimento passar\n"
    "Y: nao. mas obg por ser honest{X:o/a} sobre isso",
    "X: é essa semana\nX: 5 anos\nY: eu sei. tenho pensado em vc\n"
    "Y: como vc ta se sentindo?\nX: pesad{X:o/a}. nao fica mais facil, so fica diferente\n"
    "Y: {VALIDATE}\nY: quer companhia no dia ou espaço?\nX: companhia acho\n"
    "Y: vou ai",
    "X: acho q fiz besteira no trampo hj\nX: mandei o arquivo errado pra um cliente\n"
    "Y: ai nao. qto grave?\nX: eles perceberam. meu chefe nao gostou\nX: me sinto tao burr{X:o/a}\n"
    "Y: vc nao é burr{X:o/a}, vc é humano\nY: vc resolveu?\n"
    "X: sim, mandei o certo na hora\nY: entao vc fez a coisa certa. isso passa",
    "X: to tao sobrecarregad{X:o/a} com o planejamento do casamento\n"
    "Y: ai nao. qual a pior parte?\n"
    "X: todo mundo tem opiniao e sinto q to decepcionando todo mundo\nY: {VALIDATE}\n"
    "Y: mas o dia é seu, nao deles\nX: eu sei. so odeio decepcionar as pessoas\n"
    "Y: quer passar a lista junt{Y:o/a} cmg {day}?",
    "X: nao fui escolhid{X:o/a} pro time\nX: de novo\nY: ai nao, sinto mto\n"
    "Y: como vc ta se sentindo?\nX: sinceramente meio arrasad{X:o/a}. treinei tanto\n"
    "Y: {VALIDATE}. mas esse esforço nao foi em vao\nX: nao parece agora\n"
    "Y: eu sei. {SUPPORT}",
    "X: eu e minha irma tivemos uma briga enorme\nY: ai nao, sobre oq?\n"
    "X: o cuidado com meu pai. ela acha q eu nao faço o suficiente\n"
    "X: e o pior é q ela pode ter razao\n"
    "Y: isso parece mto doloroso\nY: mas vc faz mto. mais do q vc pensa\n"
    "X: talvez. so me sinto culpad{X:o/a} o tempo todo\nY: {SUPPORT}",
    "X: tenho me sentido mto insegur{X:o/a} ultimamente\nY: com alguma coisa especifica?\n"
    "X: com minha aparencia principalmente. é besteira\n"
    "Y: nao é besteira. afeta como vc se sente todo dia\n"
    "Y: teve algo q desencadeou?\nX: so as fotos do casamento\n"
    "Y: se serve de algo vc tava feliz e lind{X:o/a} nelas",
    "X: to preocupad{X:o/a} q to bebendo demais\nY: obg por me contar\n"
    "Y: oq te fez pensar isso?\nX: agora é toda noite, nao so fds\n"
    "Y: {VALIDATE}. é corajoso perceber\n"
    "Y: quer tentar um mes sem beber junt{Y:o/a}? eu bem q preciso tb\nX: sim. ia ajudar",
    "X: sinto q sou sempre eu q me esforço com meus amigos\n"
    "Y: q cansativo\nY: aconteceu alguma coisa?\n"
    "X: ninguem mandou msg no meu aniversario tirando vc e minha mae\nY: ai meu bem. isso doi mto\n"
    "Y: sinto mto\nX: ta tudo bem. so precisava falar",
    "X: o medico quer q eu faça mais exames\nX: tentando nao entrar em panico\n"
    "Y: claro q vc ta preocupad{X:o/a}\nY: oq eles falaram exatamente?\n"
    "X: so q querem descartar umas coisas\n"
    "Y: mtas vezes é so isso. mas continua dando medo\nY: qdo é a consulta? posso ir\n"
    "~~~\nY: alguma noticia dos exames?\nX: tudo normal!!\nY: ai graças a deus\nY: como vc ta?\n"
    "X: como se tivesse tirado um peso",
    "X: to tao cansad{X:o/a} de ser solteir{X:o/a} sinceramente\nY: own. pq isso agora?\n"
    "X: todo mundo no trampo ta ficando noivo\n"
    "X: e eu volto pra um apê vazio e comida de microondas\nY: {VALIDATE}\n"
    "Y: se serve de algo qualquer um teria sorte\nX: fala isso pros apps 😅\n"
    "Y: os apps sao um pesadelo. nao é vc",
    "X: vc as vezes sente q ta fingindo no trampo\nY: o tempo todo\nY: pq, q aconteceu?\n"
    "X: me pediram pra conduzir a reuniao do time e eu entrei em panico\n"
    "X: sinto q vao descobrir q eu nao sei oq to fazendo\n"
    "Y: isso é a sindrome do impostor falando\nY: te pediram pq acham q vc consegue\n"
    "X: espero q vc tenha razao",
    "X: to meio pra baixo desde q as ferias acabaram\nY: deprê pós ferias?\n"
    "X: mais tipo percebi o qto odeio minha rotina aqui\nY: nossa. isso é uma grande percepção\n"
    "Y: oq vc amou de estar fora?\nX: ter tempo. nao correr. ficar ao ar livre\n"
    "Y: tem como ter mais disso aqui de algum jeito?\nX: talvez. preciso pensar",
    "X: a {friend} falou uma coisa q me magoou mto\nY: oq ela disse?\n"
    "X: q eu sou 'intensa demais'. de brincadeira mas\nY: ai. {VALIDATE}\n"
    "Y: vc nao é demais. vc é vc\nX: obg. acho q tocou numa ferida\n"
    "Y: quer conversar com ela sobre isso?\nX: talvez qdo eu tiver menos chatead{X:o/a}",
]

NEWS_UK += [
    "X: ganhei aumento!!\nY: {HYPE}\nY: quanto?\n"
    "X: o suficiente pra parar de olhar o saldo antes de comprar um café\n"
    "Y: sinceramente esse é o sonho",
    "X: o proprietario deixou ter gato\nY: PARA\nY: qdo vc vai pegar um?\n"
    "X: vou no abrigo {day}\nY: manda foto na hora",
    "X: meu artigo foi publicado!\nX: <media>\nY: {HYPE}\nY: é sobre oq mesmo?\n"
    "X: aquele da horta comunitaria\nY: to lendo agora",
    "X: terminei o primeiro rascunho\nY: do livro??\nX: do livro!!\nY: {HYPE}\n"
    "Y: e como é a sensação?\nX: surreal. e meio assustador",
    "X: me ofereceram a vaga em {town}\nY: {HYPE}\nY: vc vai aceitar?\n"
    "X: acho q sim!! to animad{X:o/a}\nY: to mto feliz por vc. e triste por mim kkkk",
    "X: 100 dias sem beber hj\nY: isso é enorme. q orgulho de vc\nY: como vc ta se sentindo?\n"
    "X: com a cabeça mais limpa. e orgulhos{X:o/a} de mim pra variar\nY: vc devia estar mesmo",
    "X: passei na experiencia\nY: {HYPE}\nY: falaram algo legal?\n"
    "X: 'um grande trunfo pro time'\nY: vou emoldurar",
    "X: meu irmao vai casar!!\nY: own!! com a Sofia?\n"
    "X: sim! e me pediram pra fazer uma leitura\nY: ai q lindo. vc vai chorar\n"
    "X: ja to chorando",
]

COUPLE_UK += [
    "X: reservei um lugar pro seu aniversario\nY: onde??\nX: nao conto\nY: 🙈 vc é {X:o/a} melhor",
    "X: tenho orgulho de vc, sabia\nY: pelo q?\n"
    "X: por tudo ultimamente. o trampo, sua mae, tudo\n"
    "Y: q bom ouvir isso. obg",
    "X: vamos pedir delivery hj\nY: {place}?\nX: leu minha mente",
    "X: desculpa pelo mau humor de manha\nY: tudo bem. dormiu mal?\n"
    "X: é. e descontei em vc\nY: obg por falar. te amo",
    "X: qual sua memoria favorita da gente\nY: pergunta grande pra uma terça\n"
    "Y: acho q a noite q o carro quebrou em {town} e a gente comeu pastel na chuva\nX: a minha tb",
    "X: sua planta ta com saudade\nY: so a planta?\nX: e eu. mais eu",
    "X: tava pensando q a gente devia planejar uma viagem\nY: sim. pra onde?\n"
    "X: algum lugar quente. {month}?\n"
    "Y: vamos olhar no fds",
    "X: vc comeu hj?\nY: mais ou menos. um salgado\nX: isso nao é refeição\n"
    "Y: alimenta do mesmo jeito",
    "X: amo como vc canta no chuveiro\nY: eu nao canto no chuveiro\n"
    "X: canta sim. mal\nY: 😂",
    "X: dia longo. preciso de um abraço\nY: vem ca entao\nY: chego em casa as {time}",
    "X: é estranho dormir sem vc\nY: mais 3 noites\nX: a cama é grande demais\n"
    "Y: aproveita e dorme atravessad{Y:o/a}",
    "X: obg por cuidar de mim qdo eu tava doente\nY: é meu trabalho\nX: nao é seu trabalho\n"
    "Y: é meu trabalho favorito",
    "X: bora fazer um date de verdade {day}\nY: tipo arrumadinhos?\nX: tipo arrumadinhos. {place}\n"
    "Y: ta marcado ❤️",
]

GROUP += [
    "A: é a vez de quem receber\nB: eu nao, recebi da ultima vez\nC: posso {day}\n"
    "D: na casa d{C:o/a} {C} entao\nC: eu compro os petiscos",
    "A: acabei de ver um cara IGUALZINHO nosso antigo senhorio\nB: aquele do rabo de cavalo?\n"
    "A: o rabo de cavalo vive\nC: {LAUGH}",
    "A: nem acredito q a {friend} vai mudar pra {town}\nB: pois é, fim de uma era\n"
    "C: a gente vai ter q visitar\nD: roadtrip!!",
    "A: <media>\nA: a vista de hj\nB: onde é isso?\nA: {town}, no alto do morro\nD: lindo\n"
    "C: inveja",
    "A: alguem conhece um encanador bom\nC: meu tio\nA: ele é bom\nC: ele é meu tio\n"
    "D: isso nao é um sim",
    "A: to fazendo uma playlist pro sitio, mandem pedidos\nB: {band}\nC: tudo menos {band}\n"
    "D: abba obvio\nA: abba ja ta garantido",
    "A: acabei de perceber q falei com todo mundo hj menos {B}\nB: oi\nA: pronto",
    "A: quem leva oq pro churrasco\nB: hamburguer\nC: salada (alguem tem q levar)\nD: bebida\n"
    "A: eu levo a linguiça e a vibe",
    "A: final de {show} hj!!\nC: nao manda msg durante\nB: vou ver amanha, me silenciem\n"
    "D: sem promessas",
    "A: preciso de celular novo, iphone ou android, vai\nB: iphone\nC: android\n"
    "D: um tijolao da nokia\n"
    "A: obg a todos",
    "A: <media>\nA: olha quem eu achei\nB: é o Bolacha??\nC: o gato da facul!!\n"
    "D: ele ta tao velhinho",
    "A: como ja é {month_now}\nB: nem fala\n"
    "C: ainda nem fiz minhas metas de ano novo\nD: ta tudo bem ta tudo bem ta tudo bem",
    "A: opiniao polemica: pizza com abacaxi é boa\nB: correto\nC: sai\nD: to com {A}",
    "A: acabei de comprar as passagens pro casamento\nC: eu tb! qual voo\nA: o das 7 da manha\n"
    "C: ai meu deus. eu tb\nD: vou de onibus como uma pessoa sensata",
    "A: <deleted>\nB: oq vc apagou\nA: nada\nC: agora preciso saber\n"
    "D: print ou nao aconteceu",
    "A: o aquecedor de alguem mais quebrou ou a cidade toda ta gelada\n"
    "B: aqui ta congelando tb\nC: to de gorro dentro de casa\nD: eu tb",
    "A: acabei de terminar a semana mais estressante da minha vida\nB: parabens por sobreviver\n"
    "C: q aconteceu?\nA: prazo atras de prazo, mal dormi\n"
    "D: vc merece um descanso enorme nesse fds\nA: planejando nem me mexer",
    "A: post aleatorio de gratidão: vcs sao os melhores\nB: quem hackeou seu celular\nC: own ❤️\n"
    "D: tb te amamos esquisit{A:o/a}",
    "A: {day}: bar ou cinema\nB: bar\nC: cinema\nD: bar cinema\nA: isso nao existe\n"
    "D: agora existe",
    "A: alguem quer rachar um kit de {food}\nC: oq é um kit de {food}\nA: um kit. de {food}\n"
    "B: to dentro",
    "A: comecei a correr\nB: desde qdo\nA: desde ontem\nC: 1 dia seguido!!\n"
    "D: orgulho de vc",
    "A: minha mae perguntou se a gente vai jantar la {day} antes do sitio\n"
    "B: simm!! a comida da sua mae é outro nivel\nC: levo vinho\nD: levo minha fome",
    "A: <media>\nA: achei nossa foto antiga do grupo\nB: pq todo mundo tava de chapeu\n"
    "C: foi a fase do chapeu\nD: tempos sombrios",
    "A: ta todo mundo bem? silencio aqui\nB: so corrido\nC: eu tb, trampo ta insano\n"
    "D: to aqui, so observando\nA: ok so conferindo 😊",
    "A: meu carro ta fazendo um barulho\nB: q tipo de barulho\nA: tipo um pato triste\n"
    "C: isso é caro\n"
    "D: é o som do dinheiro indo embora",
    "A: to tendo uma semana dificil com minha mae vdd\nB: ai nao, oq ta acontecendo?\n"
    "A: ela nao ta bem e to preocupad{A:o/a}\nC: mandando amor ❤️ quer conversar sobre isso?\n"
    "A: talvez mais tarde, obg\nD: to aqui se precisar de qualquer coisa",
    "A: quem quer meu {thing} reserva\nB: eu!\nC: pq vc tem um reserva\nA: longa historia",
    "A: lembra do acampamento q choveu 3 dias\nB: meu pé ainda ta enrugado\n"
    "C: melhor viagem da vida sinceramente\nD: vc nao ta bem",
]

GROUP_OPEN = [
    "A: bom dia gente ☀️\nB: bom dia!\nC: 👋",
    "A: alô alô\nC: oii\nD: boa noite",
    "A: bom, quem ta acordado\nB: eu infelizmente",
]

LIGHT_US += [
    "X: o proprietario finalmente consertou o aquecedor\nY: so levou 3 meses\n"
    "X: bem a tempo da primavera kkkk",
    "X: me inscrevi numa aula de ceramica\nY: ok fase ghost\nX: kkkkk para",
    "X: o cara do meu lado no aviao ta cortando a unha\nY: NAO\nX: vou gritar\n"
    "Y: {LAUGH}",
    "X: é estranho levar uma travessa de lasanha num open house\nY: mto tia de vc\n"
    "X: vou entender isso como um sim",
    "X: <media>\nX: minha gata descobriu a caixa da impressora\nY: ela ta tao feliz\n"
    "Y: valeu a impressora sinceramente",
    "X: vc nunca janta cereal\nY: isso se chama terça",
    "X: comprei uma planta pra minha mesa\nY: de q tipo\nX: do tipo q espero q nao morra\n"
    "Y: boa sorte 🪴",
    "X: o vizinho de cima ta aprendendo sapateado\nY: de noite??\nX: as 11 da noite\n"
    "Y: {LAUGH} ok é uma escolha",
    "X: me manda aquela playlist da viagem de carro\n"
    "Y: aquela com as musicas vergonhosas dos anos 2000?\nX: essa\nY: <media>",
    "X: acabei de ver um cara passeando com um gato de coleira no centro\n"
    "Y: vivendo o melhor da vida",
    "X: oq dar pra alguem q tem tudo\nY: uma vela\nX: ela tem velas\n"
    "Y: uma vela diferente",
    "X: tentei fazer baliza e desisti\nY: kkkk onde\n"
    "X: na frente de tipo 8 pessoas na feira\nY: icônico",
    "X: vc ainda ta com aquele moletom q deixei ai\nY: talvez\nX: isso quer dizer sim\n"
    "Y: agora é meu",
    "X: o café perto do meu trampo fechou 😭\nY: nãooo aquele do barista gato?\n"
    "X: O barista gato. foi embora",
    "X: atualização: o pão virou uma situação de fermento natural\n"
    "Y: ai nao agora vc é uma dessas pessoas\nX: o nome dele é Dudu",
    "X: aleatorio mas lembra o nome daquele bar em {town}\n"
    "Y: aquele do touro mecanico?\nX: esse!!\nY: nao faço ideia kkkkk",
    "X: tentando ver {film} mas fico dormindo\nY: tem tipo 3 horas\nX: tem tipo 4",
    "X: adivinha quem ficou pres{X:o/a} no elevador hj\nY: NAO\nY: vc ta bem??\n"
    "X: 20 minutos com um cara comendo atum\nY: sinto mto 💀",
    "X: finalmente ta fazendo frio de verdade aqui\nX: <media>\nY: q lindo\n"
    "Y: aqui choveu. como sempre",
    "X: faço franja\nY: nao\nX: vc sempre fala nao\nY: e sempre to cert{Y:o/a}",
    "X: indo no {shop}, precisa de algo\nY: to a 1000 km de distancia\n"
    "X: eu sei so queria contar pra alguem",
    "X: feriadão de 4 dias chegando!!\nY: planos?\nX: absolutamente nenhum e nao vejo a hora",
    "X: qual era aquela serie q vc tava obcecad{Y:o/a} ano passado\nY: {show}?\nX: nao a outra\n"
    "Y: fico obcecad{Y:o/a} com mtas series",
    "X: <media>\nY: isso é uma torta inteira\nX: treino pro natal\nY: é {month_now}\n"
    "X: treino",
    "X: meu irmao acabou de me ligar pra perguntar como cozinha ovo\nY: ele tem 26\nX: ele tem 26",
]

DEEP_US += [
    "X: posso ser sincer{X:o/a} com vc rapidinho\nY: sempre\n"
    "X: tenho andado mto ansios{X:o/a} ultimamente. tipo o tempo todo\n"
    "Y: sinto mto. parece exaustivo\nY: é o trampo ou tudo?\n"
    "X: tudo acho. nao consigo desligar a cabeça\nY: vc ja falou com alguem sobre isso?\n"
    "X: so com vc sinceramente\n"
    "Y: q bom q vc me contou. to aqui, e acho q conversar com um profissional pode ajudar mto",
    "X: tenho me sentido meio excluid{X:o/a} ultimamente\nX: o pessoal da facul sai sem mim agora\n"
    "Y: ai nao, isso doi mto\nY: vc acha q eles percebem?\n"
    "X: provavelmente nao. eu mudei, nao é culpa deles\nY: mas doi mesmo assim\n"
    "Y: eu sempre vou te ligar, vc sabe",
    "X: meu cachorro ta doente\nX: o veterinario acha q pode ser grave\nY: ai nao. sinto mto\n"
    "Y: oq ele falou?\nX: precisa fazer exame de sangue. to com tanto medo\n"
    "Y: q medo. ele é seu bebe\n~~~\nY: e o dog?? saiu resultado?\n"
    "X: tem tratamento!!\nY: ai graças a deus\nY: da um beijo nele por mim",
    "X: acho q preciso terminar com a Ale\nY: nossa. vc ta bem?\n"
    "X: nao mto. to sentindo isso faz meses\nY: q situação dificil\n"
    "Y: oq ta te fazendo sentir assim?\nX: a gente so quer coisas diferentes\n"
    "Y: faz sentido. oq vc decidir to aqui",
    "X: to tao cansad{X:o/a} de fingir q to bem no trampo\nY: oq ta rolando la?\n"
    "X: minha gerente vive levando credito pelas minhas coisas\n"
    "Y: q frustrante. vc deve se sentir mto desvalorizad{X:o/a}\nX: me sinto. to pensando em sair\n"
    "Y: sinceramente eu apoiaria",
    "X: hj foi mta coisa\nX: meu vô caiu\nY: ai nao. ele ta bem?\n"
    "X: quebrou o quadril. ta no hospital\nY: sinto mto. e vc como ta?\n"
    "X: so preocupad{X:o/a}. ele tem 89\nY: claro q ta. me manda noticias ok?",
]

NEWS_US += [
    "X: passei no mestrado!!\nY: {HYPE}\nY: qual??\nX: minha primeira opção!!\n"
    "Y: to literalmente gritando",
    "X: a gente noivou!!\nX: <media>\nY: MDS\nY: como foi o pedido??\n"
    "X: no lago onde a gente se conheceu\n"
    "Y: to chorando",
    "X: assinei o contrato do apê novo!\nY: aquele da varanda?\n"
    "X: aquele da varanda!!\nY: mto feliz por vc",
    "X: meu chefe disse q vou ganhar aumento\nY: finalmente!!\n"
    "Y: vc ta se matando de trabalhar por isso",
]

OPEN_US += [
    "X: oiii\nY: oi vc!",
    "X: entaooo\nY: xi oq foi",
    "X: ta viv{Y:o/a}?\nY: mal kkkk",
]

CLOSE_US += [
    "X: ok vou te deixar ir\nY: depois a gente se fala!",
    "X: tenho q correr, reunião\nY: boa sorte!",
]

REPAIR_UK.append(
    "X: posso ser sincer{X:o/a} sobre uma coisinha\nY: fala\n"
    "X: qdo eu tava te contando do trampo ontem vc ficou no celular o tempo to"
    "do\nX: e me senti meio falando sozinh{X:o/a}\nY: poxa. vc tem razao, fiquei. desculpa\n"
    "Y: tava respondendo uma coisa do trabalho pela metade e nao devia\n"
    "Y: me conta de novo? direito dessa vez\nX: obg. ok entao"
)

COUPLE_UK += [
    "X: <deleted>\nX: ignora, conversa errada 🙈\nY: agora fiquei curios{Y:o/a}\n"
    "X: era sobre seu presente de aniversario\nY: ok ignorando!! la la la",
    "X: <media:audio>\nY: nao consigo ouvir, to em reunião\n"
    "X: é so eu cantando feliz segunda\nY: ouço no almoço",
]
LIGHT_UK += [
    "X: <media:audio>\nY: desculpa, parece q vc ta num tunel de vento\n"
    "X: tava de bike kkkk\nX: resumindo: bar as {time}?\nY: bora",
    "X: <media:video>\nY: COMO ele fez isso\nX: o cachorro é um genio\nY: um genio q come meia",
]
LIGHT_US += [
    "X: <call>\nX: foi mal, liguei sem querer kkkk\nY: kkkkk ia entrar em panico",
    "X: <call>\nX: me liga qdo puder? nada de ruim, so uma historia\n"
    "Y: indo pra casa, te ligo em 20",
    "X: <deleted>\nY: ??\nX: conversa errada kkkk\nY: suspeito",
    "X: <media:sticker>\nY: onde vc acha essas",
    "X: <media:audio>\nY: mds o audio-podcast\nX: so ouve\nY: ok ouvindo agora",
    "X: <media:video>\nX: os primeiros passos do meu sobrinho!!\nY: MDS\n"
    "Y: ele ta tao orgulhoso de si",
    "X: <media:gif>\nY: kkkkkk exatamente",
]
GROUP += [
    "A: <media:audio>\nB: nao vou ouvir audio de 4 minutos\nC: resumo pfv\n"
    "A: eu disse q vou reservar a casa\nD: dava pra ter digitado",
    "A: <media:video>\nB: quem deixou vc ter uma maquina de karaoke\n"
    "C: isso vai pro discurso do casamento\nD: {LAUGH}",
]

# US English replacements for the few British fragments: here a second, more "internet" register
FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["aaaa!!", "SIMMMM", "mentiraaa!!", "q incrivel", "to mto feliz por vc",
             "eu sabia q vc ia conseguir", "paraaa q enorme", "AAAAA", "pera oq!! incrivel",
             "BORAAA", "eu falei!!"],
    "VALIDATE": ["nossa, q barra", "ai nao, q situação pesada", "aff sinto muito",
                 "super valido", "claro q vc ta se sentindo assim", "q horrivel",
                 "sinto mto q vc ta passando por isso", "é mta coisa", "q droga, sério"],
    "ACK": ["ok", "blz", "show", "fechou", "👍", "bora", "aham", "pode ser", "perfeito"],
}

# --- superficial (flatmates)

SUPERFICIAL = [
    "X: o lixo sai hj a noite viu\nY: deixa cmg",
    "X: tira a roupa da maquina qdo terminar?\nY: aham",
    "X: chegou encomenda pra vc, ta na escada\nY: valeu",
    "X: o aluguel vence {day}\nY: ja mandei",
    "X: acabou o leite\nY: compro na volta",
    "X: vc ta em casa hj?\nY: volto tarde, pq\nX: o cara do gás pode vir entre 6 e 8\n"
    "Y: ah ok, deixo a chave debaixo do tapete",
    "X: viu o placar\nY: vi 2 a 1\nX: defesa vergonhosa\nY: como sempre",
    "X: a internet caiu de novo\nY: reinicio o roteador qdo chegar\nX: lenda",
    "X: o proprietario vem {day} ver o aquecedor\nY: q horas\nX: umas 10\n"
    "Y: ok vou ta no trampo",
    "X: quem deixou o fogao ligado\nY: nao fui eu\nX: hmm\nY: sério nao fui kkkk",
    "X: <media>\nX: isso é seu\nY: nao\nX: blusa misteriosa",
    "X: {weather} la fora\nY: é me molhei inteir{Y:o/a}\nX: {LAUGH}",
    "X: quer algo do {shop}\nY: pão e cha pfv\nX: 👍",
    "X: chegou o boleto do iptu\nY: quanto\nX: igual ano passado\nY: blz",
    "X: vc pegou o aspirador\nY: ta no meu quarto, foi mal, pode pegar\nX: vlw",
    "X: pizza hj?\nY: bora\nX: a de sempre?\nY: isso, meia meia",
    "X: vc ta vendo {show}\nY: to, no ep 4\nX: sem spoiler\nY: 🤐",
    "X: estacionaram na frente da garagem de novo\nY: o mesmo carro azul?\nX: é\n"
    "Y: vou deixar um bilhete",
    "X: q horas é o uber\nY: 8:15\nX: ok",
    "X: a conta de luz veio {num}0 reais esse mes\nY: divide como sempre\n"
    "X: isso te mandei o pix",
    "X: vou chamar uns amigos {day}, td bem?\nY: de boa\nX: nao vai ser ate tarde",
    "X: a coleta de reciclavel mudou pra terça\nY: ok anotado",
    "X: <media>\nY: oq é isso\nX: o quadro de luz. qual disjuntor é da cozinha\n"
    "Y: o terceiro",
    "X: tem papel aluminio\nY: gaveta do lado do fogao\nX: achei",
    "X: transito horrivel, vou atrasar uma hora\nY: ok",
    "X: a geladeira ta fazendo aquele barulho de novo\nY: chuta kkkk\nX: funcionou",
    "X: vc ainda tem o login da netflix\nY: tenho mesma senha\nX: valeu",
    "X: greve do metro {day}\nY: otimo. vou trabalhar de casa entao\nX: eu tb",
    "X: pastilha da lava louça?\nY: debaixo da pia\nX: 👍",
    "X: o encanador veio\nY: veio, arrumou a torneira\nX: boa",
    "X: quanto ficou no final\nY: 3 a 3\nX: jogo doido",
    "X: aviso o detector de fumaça ta apitando\nY: bateria. tem na gaveta",
    "X: me empresta sua escada\nY: ta na area\nX: vlw",
    "X: quiz {day}? {place}\nY: talvez, quem vai\nX: eu, {friend}, {friend2}\n"
    "Y: ok to dentro",
    "X: sua mae deixou um pote aqui\nY: ah ela disse q ia passar",
    "X: o correio fecha as 5 {day}\nY: ok vou de manha",
    "X: vc pediu mais papel higienico\nY: pedi chega {day}",
    "X: vai faltar agua das 9 as 12 amanha, aviso da sabesp\nY: ok tomo banho hj a noite",
    "X: a planta do corredor morreu\nY: ela ja foi viva algum dia\nX: {LAUGH}",
    "X: academia as 6?\nY: 6 e meia\nX: ok",
    "X: alguem vai usar o carro {day}?\nY: eu nao\nX: blz vou levar pra {town}",
    "X: <media>\nX: o sofa novo chega {day}\nY: boa, q cor\nX: cinza\nY: pratico",
    "X: vc pagou a diarista\nY: nao, quanto\nX: {num}0\nY: deixo o dinheiro na mesa",
    "X: compra grande no mercado mais tarde, lista?\nY: macarrao\n+ ovo\n+ saco de lixo\n"
    "+ o papel higienico bom nao o barato",
    "X: a luz do roteador ta vermelha\nY: tira da tomada por 10 seg\nX: resolvido",
]

SUPERFICIAL_OPEN = [
    "X: ta em casa?\nY: to",
    "X: oi\nY: oi",
    "X: rapidinho\nY: fala",
    "X: bom dia\nY: bom dia",
    "X: vai ta por ai mais tarde?\nY: devo",
]

# --- dominating (Chris talks, Ella replies)

DOM_MONO = [
    "X: entao vc nao vai acreditar no q aconteceu no trampo\n"
    "X: o {colleague_m} tentou levar o credito pela MINHA apresentação na reuniao\n"
    "X: tipo literalmente levantou e falou 'entao eu juntei umas ideias'\n"
    "X: EU juntei essas ideias. as 11 da noite. num domingo\n"
    "X: enfim eu so falei calmo 'otimo, quer q eu explique os numeros ja q fui eu q fiz'"
    "\nX: e vc tinha q ver a cara dele\nY: kkk",
    "X: ok me escuta\nX: acho q vou começar um podcast\n"
    "X: sobre produtividade mas pra quem trabalha de verdade, nao pra influencer\n"
    "X: ja tenho ate o nome, 'Foco Total'\n"
    "X: e acho q se eu postar 3 vezes por semana consigo patrocinio ate o meio do ano\n"
    "X: oq vc acha\nY: legal",
    "X: acabei de bater meu recorde na academia\nX: 120 no levantamento terra\n"
    "X: o cara do lado ate fez sinal de joinha\n"
    "X: to fazendo um treino novo, 5 dias por semana, sobrecarga progressiva, tudo\n"
    "X: e to contando macro direitinho agora, 180g de proteina por dia\nY: legal",
    "X: viu o jogo\nX: sinceramente o tecnico perdeu o vestiario\n"
    "X: nao da pra jogar com 3 zagueiros com esses laterais, é analfabetismo tatico\n"
    "X: eu falei isso em agosto\nX: eu literalmente falei no grupo em agosto\nY: kkk é",
    "X: entao tava pensando no apê\n"
    "X: acho q consigo baixar {num}0 reais do aluguel se falar da infiltração\n"
    "X: fiz um rascunho de email, ta firme mas justo\n"
    "X: tipo basicamente citei a lei do inquilinato pra ele\n"
    "X: vou mandar amanha cedo pra ser a primeira coisa q ele ve\nY: ok",
    "X: comi o melhor {food} da vida hj, {place}\nX: sinceramente mudou minha vida\n"
    "X: fiquei conversando com o chef tb, ele estudou em Lyon\n"
    "X: disse q eu tenho um paladar mto bom o q sinceramente eu ja sabia\n"
    "X: a gente devia ir. bom eu vou de novo de qualquer jeito\nY: boa",
    "X: novidade grande\nX: me chamaram pra liderar o projeto novo\n"
    "X: o q faz sentido, ninguem mais entende o cliente\n"
    "X: é basicamente uma promoção so q sem o cargo ainda\n"
    "X: vou ter q reestruturar como o time inteiro trabalha\n"
    "X: primeira coisa, nada de reuniao antes das 10\nY: parabens",
    "X: entao o date ontem\n"
    "X: ela era legal mas falou do gato dela tipo 40 minutos\n"
    "X: e eu tentando contar do meu treino pra maratona e ela voltava pro"
    " gato\nX: acho q nao rola segundo date\nY: kkk",
    "X: decidi q vou fazer uma ultra ano q vem\nX: 50k\n"
    "X: sei q parece loucura mas ja fiz a conta do treino\n"
    "X: 16 semanas, a semana mais pesada é uns 90k\n"
    "X: vou precisar de tenis novo obvio, to olhando os de placa de carbono\nY: nossa",
    "X: sabe oq me irrita\nX: gente q anda devagar no meio da calçada\n"
    "X: tipo escolhe um lado\n"
    "X: quase perdi o trem por causa de uma familia de 6 na {station}\n"
    "X: eu falei com licença duas vezes\nY: kkk",
    "X: ouvi um podcast incrivel hj sobre estoicismo\n"
    "X: basicamente vc nao controla oq acontece, so como vc reage\n"
    "X: q sinceramente é como eu sempre vivi\n"
    "X: acho q é por isso q nao me estresso igual os outros\n"
    "X: talvez leia Marco Aurelio agora\nY: legal",
    "X: entao minha chefe pediu minha opiniao sobre a reestruturação\n"
    "X: dei tipo 8 pontos\nX: ela anotou todos\n"
    "X: aposto q metade vai parar no plano final\n"
    "X: nao querendo me achar mas meio q virei o cara da estrategia nao oficial\nY: boa",
    "X: comprei uma cafeteira\nX: das boas, de grao\nX: {num}0 reais de desconto na promo\n"
    "X: passei a noite toda regulando a moagem\nX: a crema ta surreal\n"
    "X: sinceramente nunca mais compro café na rua\nY: kkk chique",
    "X: meio chateado na vdd\nX: nao fui escalado pro time de domingo\n"
    "X: o amigo do capitao entrou na minha frente e ele é mto lento\n"
    "X: nao to sendo amargo mas obviamente é politica\n"
    "X: vou so treinar mais e tornar impossivel me deixar de fora\nY: q chato",
    "X: pensando em fazer a travessia da serra em {month}\n"
    "X: eu, o {friend_m} e talvez o irmao dele\n"
    "X: ja planejei a rota toda\n"
    "X: a gente dirige de noite entre os trechos, fiz planilha com horario ate o minuto\n"
    "X: vou te mandar, ta linda\nY: ok",
    "X: terminei aquele livro dos habitos\nX: ja mudei minha rotina da manha\n"
    "X: acordo 5:30, banho gelado, 10 min de diario, depois academia\n"
    "X: sinceramente me sinto outra pessoa\nX: vc devia tentar\nY: talvez kkk",
    "X: meu irmao ta sendo um pesadelo com o aniversario da minha mae\n"
    "X: ele quer fazer um jantar, eu quero um fds fora\n"
    "X: o meu é obviamente melhor, ela sempre disse q queria ir pra {town}\n"
    "X: ja achei o hotel\nX: ele vai ceder\nY: espero q de certo",
    "X: finalmente vendi minha bike velha\nX: consegui {num}0 a mais do q paguei kkk\n"
    "X: o cara tentou chorar o preço mas eu fiquei firme\n"
    "X: negociar é basicamente ficar confortavel com o silencio\nY: boa",
    "X: sinceramente to morto\nX: o trampo ta insano, basicamente carreguei o lançamento sozinho\n"
    "X: o {colleague_m} tava doente (de novo) entao fiz a parte dele tb\n"
    "X: e mesmo assim fui na academia\n"
    "X: nao sei quanto tempo aguento esse ritmo mas tudo bem\nY: descansa",
    "X: <media>\nX: tenis novo\nX: edição limitada, fiquei uma hora na fila online\n"
    "X: na vdd é investimento, vai valer o dobro em um ano\nY: legal",
    "X: rolou um lance estranho com o {friend_m}\n"
    "X: ele disse q eu sempre faço tudo ser sobre mim\n"
    "X: o q é loucura pq eu literalmente organizei o aniversario dele\n"
    "X: acho q ele so ta estressado vdd\nX: enfim ja ta tudo bem\nY: ah",
    "X: ok entao o celular novo\nX: a camera é absurda\nX: <media>\n"
    "X: isso é com zoom do outro lado da rua\n"
    "X: sinceramente acho q vou entrar em fotografia de vez\nY: nossa",
    "X: vi {film} ontem\nX: superestimado vdd\n"
    "X: o ritmo todo errado e o terceiro ato nao fez sentido\n"
    "X: matei a reviravolta com uns 20 minutos\nX: eu devia escrever critica sério\nY: kkk",
    "X: desculpa o sumiço, dia insano\nX: 3 reunioes seguidas e depois call com os EUA\n"
    "X: e ai o trem foi cancelado e tive q pegar uber\nX: {num} reais!!\n"
    "X: enfim to em casa agora, comendo {food}\nY: ah",
]

DOM_BID = [
    # Ella tries to share; Chris barely engages, then back to himself
    "Y: to meio nervosa com a prova amanha\nX: vc vai bem\n"
    "X: enfim te contei do lance com o {colleague_m}\nY: nao\n"
    "X: entao ele começou a copiar meu chefe em tudo\n"
    "X: todo santo email. passivo agressivo né\nX: vou começar a fazer igual\nY: kkk",
    "Y: minha mae nao ta mto bem\nY: to meio preocupada vdd\nX: ah q droga\n"
    "X: minha mae teve aquela gripe ano passado, ficou de boa\n"
    "X: alias vc vem aqui {day}? vou fazer meu famoso {food}\nY: talvez\nY: deixa pra la",
    "Y: tive um dia bem pesado vdd\nX: eu tb sinceramente\n"
    "X: o trampo foi um caos, basicamente tive q salvar tudo\n"
    "X: o {colleague_m} me deve uma\nY: ah ok",
    "Y: tenho me sentido meio pra baixo ultimamente\nX: vc devia tentar banho gelado\n"
    "X: sinceramente mudou minha vida\nX: faço 2 min toda manha agora\nY: kkk ok\n"
    "Y: deixa, ignora",
    "Y: consegui o apê alias\nX: legal\nX: o meu vai ganhar cozinha nova mes q vem na vdd\n"
    "X: o proprietario finalmente cedeu\nY: legal",
    "Y: posso te pedir um conselho\nX: claro\n"
    "X: pera ai, acabei de ver o placar, ta 2 a 0 pra eles\nX: inacreditavel\n"
    "Y: deixa, outra hora",
    "Y: to pensando em pedir demissao\nX: sério?\n"
    "X: eu quase pedi ano passado, lembra, antes de me darem aumento\n"
    "X: a melhor coisa q fiz foi ficar e negociar\nX: vc devia so pedir mais dinheiro\n"
    "Y: nao é bem sobre dinheiro\nY: nao importa",
    "Y: to meio estressada com dinheiro\nX: vc precisa de um app de orçamento\n"
    "X: uso um q categoriza tudo\nX: economizei tipo {num}0 reais por mes desde entao\n"
    "Y: ok",
]

DOM_COMPLAINT = [
    "Y: vc nem perguntou como foi minha prova\nX: eu ia perguntar!\nX: so tava mto ocupado\n"
    "X: enfim como foi\nY: foi ok\nX: legal. entao minha semana foi insana",
    "Y: vc pelo menos le minhas msgs\nX: oq? leio\nX: so respondo rapido, to ocupado\n"
    "X: nao fica assim\nY: ok",
    "Y: as vezes parece q vc nao me escuta de verdade\nX: isso nao é justo\n"
    "X: eu literalmente perguntei da sua mae semana passada\nY: ok\nX: enfim",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: vi isso e lembrei de vc\nX: kkk\n"
    "X: é tipo minha academia, te contei q chegaram racks novos\n"
    "X: de competição mesmo\nY: legal",
    "Y: vc ta livre {day}?\nX: devo, mas academia de manha\nX: pq\n"
    "Y: drinks com a {friend}\nX: talvez. vejo como fico depois do treino de perna",
    "Y: como ta sua semana\nX: insana\n"
    "X: tenho a coisa do cliente quinta e basicamente vou apresentar a estrategia toda\n"
    "X: refiz a apresentação 3 vezes\nY: boa sorte",
    "Y: fazendo oq\nX: marmitas da semana\nX: frango, arroz, brocolis x 5\n"
    "X: consegui fazer em 40 min\nY: eficiente",
]

DOM_REACT = [
    "X: enfim chega de falar de mim\nX: pera na vdd nao, te contei do lance na academia\n"
    "Y: nao\nX: entao um cara tava monopolizando o rack fazia 30 min\n"
    "X: e eu so perguntei educadamente se podia revezar\nX: no fim ele foi de boa\nY: q bom",
    "X: alias comecei a aprender espanhol\nX: 40 dias seguidos no app\n"
    "X: vou pra {town} no fim do ano entao quero conseguir pedir direito\nY: legal",
    "X: ah e marquei ferias\nX: Portugal em {month}\n"
    "X: achei uma casa com piscina baratissima\n"
    "X: basicamente passei o fds todo comparando voo\nY: inveja",
    "X: atualização rapida do podcast alias\nX: gravei o primeiro episodio\n"
    "X: 45 min, sem roteiro\nX: acho q sou natural vdd\nY: kkk legal",
]

# --- dumping ground (Leah offloads to Nina)

DUMP = [
    "X: aff hj foi o pior dia\nX: a {colleague} me fez refazer o relatorio inteiro\n"
    "+ na frente de todo mundo\n+ tipo literalmente na frente do time todo\n"
    "X: to com tanta raiva q podia chorar\nY: {VALIDATE}\nY: oq ela falou exatamente?\n"
    "X: q 'nao tava no padrao'. tava otimo!! ela so me odeia\n"
    "X: sinto q nao consigo fazer nada certo la\nY: q injusto. vc trabalha tanto\n"
    "Y: {SUPPORT}",
    "X: nao consigo parar de pensar no Diego\nX: vi q ele ta postando com outra\n"
    "X: me sinto tao idiota de ainda ligar\nY: vc nao é idiota. so faz uns meses\n"
    "Y: como vc ta se sentindo agora?\nX: horrivel sinceramente. enjoada\nY: {VALIDATE}\n"
    "Y: silencia ele um tempo?\nX: é talvez",
    "X: to tao estressada q nao consigo respirar\nX: o proprietario quer a gente fora ate {month}\n"
    "X: pra onde eu vou\nX: ta tudo tao caro\nY: ai nao, q medo\n"
    "Y: {SUPPORT}\nY: quer q eu te ajude a procurar lugar hj a noite?\n"
    "X: vc faria isso? to tao sobrecarregada",
    "X: minha irma disse q sou egoista\nX: so pq nao consegui ir no aniversario da minha mae\n"
    "X: to tao magoada\nY: {VALIDATE}\nY: oq aconteceu exatamente?\n"
    "X: ela ficou falando q eu nunca ajudo em nada\nX: e eu sinto q faço tanto\n"
    "Y: isso parece mto doloroso. vc nao é egoista",
    "X: tive outra crise de ansiedade no trampo\nX: no banheiro dessa vez\n"
    "X: to com tanta vergonha\n"
    "Y: ai amiga\nY: vc ta bem agora?\nX: mais ou menos. to tremendo\nY: {VALIDATE}\n"
    "Y: ja pensou em falar com um medico?\nX: nao sei. talvez\nY: {SUPPORT}",
    "X: sinto q todo mundo ta melhor q eu\nX: a {friend} foi promovida de novo\n"
    "X: e eu continuo presa nesse emprego sem futuro\nY: esse sentimento é mto dificil\n"
    "Y: mas vc nao ta presa pra sempre. oq vc queria fazer?\n"
    "X: nem sei. essa é a pior parte\nY: {SUPPORT}",
    "X: desculpa despejar isso em vc de novo\n"
    "X: mas minha gerente me colocou num plano de desempenho\n"
    "X: to apavorada q vou ser demitida\nY: nao pede desculpa. {VALIDATE}\n"
    "Y: oq falaram q vc precisa fazer?\nX: bater metas q sao basicamente impossiveis\n"
    "X: to tao ansiosa q nao comi\nY: por favor come alguma coisa. {SUPPORT}",
    "X: o apê ta tao silencioso desde o termino\nX: odeio chegar em casa\n"
    "X: fico deixando a tv ligada so pelo barulho\nY: {VALIDATE}\n"
    "Y: quer vir aqui {day}? eu cozinho\n"
    "X: quero. obg. nao sei oq seria de mim sem vc",
    "X: posso desabafar\nY: sempre\nX: minha mae fica me comparando com minha prima\n"
    "X: 'ela tem apê financiado, ta noiva'\nX: me sinto uma decepção\n"
    "Y: vc nao é uma decepção\nY: {VALIDATE}\nY: e como vcs terminaram a conversa?\n"
    "X: eu so desliguei. e depois me senti culpada",
    "X: passei a noite toda chorando\nY: ai nao. q aconteceu?\n"
    "X: nada especifico. tudo\nX: trampo, Diego, dinheiro, tudo junto\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: quer q eu ligue?\nX: pode?",
    "X: to com tanta raiva da {friend}\nX: ela nao me chamou pro rolê dela\n"
    "X: e depois postou todas as fotos\nX: me sinto tao excluida e humilhada\n"
    "Y: isso magoaria qualquer uma\nY: vc sabe pq ela nao te chamou?\n"
    "X: nao e to com medo de perguntar",
    "X: acho q to deprimida sinceramente\nX: nao consigo sair da cama no fds\n"
    "X: so me sinto vazia\nY: q bom q vc me contou\nY: {VALIDATE}\n"
    "Y: vc pensaria em conversar com alguem? posso te ajudar a achar um psicologo\n"
    "X: talvez. tenho medo de nao ajudar",
    "X: dinheiro ta um desastre\nX: cheque especial de novo e ainda é dia 15\n"
    "X: to tao estressada q to enjoada\nY: {VALIDATE}\n"
    "Y: quer olhar junto cmg? as vezes assusta menos no papel\n"
    "X: quero. talvez {day}",
    "X: o Diego me mandou msg\nX: so 'espero q vc esteja bem'\nX: e agora to um caco de novo\n"
    "X: pq ele pode fazer isso\nY: aff, isso é tao injusto com vc\n"
    "Y: como vc ta se sentindo?\n"
    "X: confusa. com raiva. triste. tudo",
    "X: meu chefe gritou cmg hj\nX: na frente do time todo\nX: me sinto tao pequena\n"
    "Y: ele nao devia gritar com ninguem\nY: {VALIDATE}\nY: vc ta bem?\n"
    "X: nao. odeio aquele lugar",
    "X: to com pavor desse fds\nX: coisa de familia e meu pai vai ta bebendo\n"
    "X: sempre fico tao ansiosa perto dele\nY: {VALIDATE}\nY: vc precisa ir?\n"
    "X: minha mae me mata se eu nao for\nY: me manda msg a hora q for. {SUPPORT}",
    "X: nao dormi de novo\nX: minha cabeça nao cala a boca\n"
    "X: fico repassando tudo q falei no trampo\nY: q exaustivo\n"
    "Y: oq vc ta repassando?\nX: a reuniao. acho q pareci burra\n"
    "Y: duvido mto",
    "X: a visita no apê foi um desastre\nX: o corretor basicamente riu do meu orçamento\n"
    "X: vou acabar voltando pra casa da minha mae\nX: me sinto um fracasso\n"
    "Y: vc nao é um fracasso. o mercado ta louco\nY: {SUPPORT}",
    "X: me sinto tao feia hj\nX: nada serve\n"
    "X: desmarquei com a {friend} pq nao tava conseguindo\nY: ai amiga. {VALIDATE}\n"
    "Y: se serve de algo vc é linda\nX: vc tem q dizer isso",
    "X: sinceramente to tao cansada de tudo\nX: os mesmos problemas toda semana\n"
    "X: nada muda\n"
    "Y: te entendo. {VALIDATE}\nY: oq deixaria essa semana um pouquinho mais facil?\n"
    "X: nao sei. uma vida nova",
]

DUMP_SHIFT = [
    # Nina shares; Leah shifts back to her own story
    "Y: posso te contar uma coisa\nY: to mto estressada com a cirurgia do meu pai\n"
    "X: ai nao\nX: isso me lembrou, meu pai ta tao estranho ultimamente\n"
    "X: nem ligou no meu aniversario\nX: sinto q ele nao liga\nY: parece dificil\n"
    "Y: enfim a dele é {day}. ta tudo bem",
    "Y: eu tb tive um dia bem ruim na vdd\n"
    "Y: levei bronca por uma coisa q nao foi culpa minha\n"
    "X: aff isso é tipo oq aconteceu cmg semana passada\n"
    "X: sinceramente a {colleague} continua horrivel\nX: hj ela me ignorou na copa\n"
    "Y: q horrivel\nY: deixa, o meu nao é nada",
    "Y: consegui o emprego alias!!\nX: ah legal\nX: queria q acontecesse algo bom cmg\n"
    "X: me candidatei pra 3 coisas e nada\nY: vai acontecer. prometo\n"
    "Y: tenho ctz q vc vai ter noticia logo",
    "Y: to com mta saudade da {friend} desde q ela mudou\nX: conheço mto esse sentimento\n"
    "X: sinceramente desde o termino o apê ta tao silencioso\n"
    "X: falo mais com o gato do q com gente\n"
    "Y: é\nY: ignora, nao é nada",
    "Y: to nervosa com minha apresentação amanha\n"
    "X: vc vai bem, vc é boa nisso\nX: to tao estressada com a minha de sexta\n"
    "X: minha gerente vai ta assistindo e eu vou travar\n"
    "Y: vc nao vai travar. vai arrasar\nY: nós duas vamos kkkk",
    "Y: minha vó ta no hospital\nX: ai nao sinto mto\nX: hospital me deixa tao ansiosa\n"
    "X: ainda tenho pesadelo de qdo quebrei o braço\nY: é\nY: enfim ela ta estavel",
    "Y: briguei com meu namorado\nX: aff relacionamentos\nX: pelo menos vc tem um\n"
    "X: vou acabar com 12 gatos desse jeito\nY: nao vai nada kkkk\n"
    "Y: ta tudo bem, a gente resolve",
    "Y: acho q to meio com burnout\nX: eu tb sinceramente\nX: acho q to pior q burnout\n"
    "X: chorei no busão hj\nY: ai nao. q aconteceu?\nX: nada, tudo. vc sabe",
    "Y: finalmente fechamos as ferias!\nX: sortuda\nX: nao tenho dinheiro pra ferias\n"
    "X: mal tenho dinheiro pra {food} vdd\nY: ai nao. dinheiro ainda ta apertado?\n"
    "X: sempre",
    "Y: tenho me sentido meio ansiosa com a mudança\n"
    "X: pelo menos vc tem pra onde ir\n"
    "X: o corretor ainda nao me respondeu\nX: vou ficar sem teto\n"
    "Y: vc nao vai ficar sem teto. {SUPPORT}",
]

DUMP_LIGHT = [
    "X: <media>\nX: olha essa roupa q nunca vou usar\nY: é fofa!! usa {day}",
    "X: fazendo oq\nY: acabei de chegar. fazendo {food}\nX: inveja. eu tenho cereal",
    "X: vc ta vendo {show}\nY: simm! o ultimo episodio!!\nX: EU SEI!! gritei",
    "Y: ainda ta de pé {day}?\nX: simm pfv. preciso sair desse apê\n"
    "Y: {place} as {time}?\nX: perfeito",
    "X: {weather} de novo\nY: aff. tempo de ficar em casa\nX: tempo de ficar em casa pra sempre",
    "Y: bom dia! dormiu bem?\nX: mal mas to viva",
    "X: obg por hj\nY: sempre. me diverti\nX: eu tb. tava precisando",
    "X: <media>\nX: minha gata ta me julgando\nY: ela ta certa vdd\nX: {LAUGH}",
    "Y: chegou bem em casa?\nX: cheguei! obg por me levar no ponto",
    "X: bora {place} {day}?\nY: simm!! {time}?\nX: otimo",
]

DUMP_THANKS = [
    "X: desculpa eu ta sempre reclamando\nY: vc nao ta. to aqui\n"
    "X: vc é a unica pessoa com quem consigo falar",
    "X: obg por me ouvir ontem\nY: imagina. como vc ta hj?\n"
    "X: ainda uma droga mas um pouco melhor",
    "X: nao sei como vc me aguenta\nY: deixa de bobeira\nY: amiga é pra isso",
]

# --- waning interest (Ollie & Jess)

WANE_MIN = [
    "X: oi\nY: oi",
    "X: como ta\nY: ok. corrido",
    "X: vc ta por ai esse fds?\nY: nao sei ainda\nY: te aviso",
    "X: <media>\nY: kkk",
    "X: vi isso e lembrei de vc\nX: <media>\nY: ha",
    "X: como foi sua semana\nY: ok obg",
    "X: viu {show}\nY: ainda nao",
    "X: bora {place} {day}?\nY: essa semana nao da desculpa",
    "X: tudo certo?\nY: aham",
    "X: espero q o trampo esteja ok\nY: 👍",
    "X: faz tempo q vc nao aparece\nY: desculpa, corrido",
    "X: {weather} aqui\nY: aqui tb",
    "X: e a {friend}?\nY: bem acho",
    "X: vc ta bem?\nY: to so cansad{Y:o/a}",
    "X: vc viu minha msg sobre {day}\nY: ah desculpa vi\nY: talvez",
    "X: terminei {show}\nY: legal",
    "X: abriu a venda pro show de {band} alias\nY: ah legal\nY: nao sei se consigo",
    "X: como foi aquela coisa\nY: ok",
    "X: sinto falta das nossas conversas\nY: é desculpa, so corrido",
    "X: fazendo oq?\nY: nada demais",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
]

WANE_MID = [
    "X: como foi seu dia\nY: longo. e o seu?\nX: igual, meio arrastado\nY: fazer oq. quase sexta",
    "X: vc acabou indo naquele lugar, {place}?\nY: fui {day}, foi legal\n"
    "X: boa, pediu oq?\nY: {food}. tava ok",
    "X: vc ainda ta correndo?\nY: mais ou menos. uma vez por semana talvez\n"
    "X: ainda é bom\nY: acho q sim",
    "X: <media>\nX: lembra disso?\nY: kkk lembro\nY: parece q faz seculos",
    "X: oq vc vai fazer no fds\nY: ver a {friend} provavelmente. e vc?\n"
    "X: nada demais. talvez va pra {town}\nY: legal",
    "X: finalmente vi {film}\nY: é bom?\nX: é mto bom, o final me pegou\n"
    "Y: legal, vejo uma hora",
    "X: o trampo ta puxado essa semana\nY: é? aqui tb\n"
    "X: a {colleague} ta de folga entao to cobrindo\n"
    "Y: q chato",
    "X: bora se ver logo?\nY: seria bom\nY: nao sei qdo, ta tudo uma loucura\n"
    "X: tranquilo, qdo der",
]

# --- critical / defensive (Ryan & Zoe)

CRIT = [
    "X: vc deixou a cozinha um lixo de novo\nY: eu ia limpar depois\n"
    "X: vc sempre fala isso\nY: bom vc nunca tira o lixo entao\nX: nao é essa a questao\n"
    "Y: tanto faz 🙄",
    "X: pq vc nao me respondeu\nX: mandei 4 msgs\nY: eu tava trabalhando??\n"
    "X: vc sempre tem uma desculpa\nY: nao é culpa minha q eu trabalho\nX: nossa ok",
    "X: vc disse q ia reservar a mesa\nY: esqueci ta\nX: de novo?\n"
    "X: vc nunca cumpre nada\nY: bom vc podia ter reservado vc mesm{X:o/a}\n"
    "X: nao é essa a questao",
    "X: qual o seu problema hj\nY: nao tenho problema nenhum\nY: qual o SEU problema\n"
    "X: eu so fiz uma pergunta\nY: nesse tom\nX: nao tem tom nenhum. vc ta sendo ridicul{Y:o/a}",
    "X: vc esqueceu o aniversario da minha mae\nY: nao é culpa minha se ninguem me lembrou\n"
    "X: ela é MINHA mae e eu nao sou sua secretaria\n"
    "X: vc nunca lembra de nada q importa pra mim\n"
    "Y: isso é mto injusto\nY: bom vc esqueceu a minha coisa do trampo mes passado",
    "X: pq vc sempre tem q fazer piada qdo eu to falando sério\n"
    "Y: tava tentando aliviar o clima\nX: é desdenhoso\n"
    "Y: bom vc é sempre tao dramatic{X:o/a} com tudo\nX: la vamos nós",
    "X: vc ficou no celular o jantar inteiro\nY: tava vendo uma coisa so\n"
    "X: por uma hora\nY: bom vc ficou falando com a {friend} a noite toda mesmo\n"
    "X: inacreditavel",
    "X: pedi pra vc buscar a encomenda\nY: nao deu tempo\n"
    "X: deu tempo de ir pra academia\nY: nao é culpa minha q o correio fecha as 5\n"
    "X: vc sempre se coloca em primeiro lugar",
    "X: vc me fez passar vergonha na frente da {friend}\nY: como??\n"
    "X: o comentario sobre meu trabalho\n"
    "Y: era piada. vc é tao sensivel\nX: vc nunca leva nada q eu falo a sério",
    "X: vc disse q voltava as 8\nY: me enrolei\n"
    "X: vc disse q ia mandar msg se atrasasse\nY: meu celular morreu, nao é culpa minha\n"
    "X: ele sempre morre qdo é conveniente",
    "X: qual o seu problema\nX: vc simplesmente saiu\nY: pq vc tava gritando\n"
    "X: eu nao tava gritando\nY: bom vc tava fazendo a voz\nX: nao tem voz nenhuma",
    "X: vc sempre faz isso\nY: faço oq\n"
    "X: fica quiet{Y:o/a} e depois age como se nada tivesse acontecido\n"
    "Y: bom vc nunca deixa nada pra la\nX: pq nada nunca se resolve",
    "X: vc nunca pergunta do meu dia\nY: eu literalmente perguntei ontem\nX: uma vez\n"
    "Y: bom vc tb nao pergunta do meu\nX: ta bom",
    "X: vc nem falou parabens\nX: pela avaliação\nY: falei??\n"
    "X: vc falou 'legal'. so isso\nY: queria oq, um discurso?\nX: esquece",
    "X: da pra nao deixar suas coisas espalhadas na escada\nY: da pra nao encher o saco um dia\n"
    "X: eu nao precisaria se vc so fizesse\nY: nao é culpa minha se vc é tao chat{X:o/a} com isso",
    "X: vc prometeu q a gente ia pra {town} esse fds\nY: eu disse talvez\nX: vc disse q ia\n"
    "Y: bom surgiu uma coisa\nX: sempre surge uma coisa",
    "X: vc é tao egoista as vezes\nY: nossa\n"
    "Y: disse a pessoa q passou o fds inteiro na casa da {friend}\n"
    "X: isso tava marcado fazia semanas\nY: tanto faz",
    "X: pq vc ta tao fri{Y:o/a}\nY: nao to\nX: claramente ta\n"
    "Y: bom talvez se vc nao começasse a brigar assim q eu entro\nX: eu nao comecei",
    "X: vc ta com meu {thing} faz uma semana\nY: vou devolver\nX: vc sempre fala isso\n"
    "Y: nao é nada demais\nX: pra mim é",
    "X: vc desmarcou de novo\nY: to mort{Y:o/a}, nao consigo evitar\nX: vc disse q vinha\n"
    "Y: nao é culpa minha se o trampo ta uma loucura\nX: é sempre o trampo",
    "X: vc nunca me escuta\nY: to escutando agora\nX: claramente nao ta\n"
    "Y: bom oq vc quer de mim\nX: nada. esquece",
    "X: vc nem me defendeu ontem\nY: era sua irma, oq eu ia falar\n"
    "X: qualquer coisa!!\nY: bom vc podia ter se defendido\nX: nossa. valeu",
]

CRIT_REASSURE = [
    "X: vc ta brav{Y:o/a} cmg?\nY: nao\nX: parece brav{Y:o/a}\n"
    "Y: nao to brav{Y:o/a}. to cansad{Y:o/a}\nX: ok",
    "X: a gente ta bem?\nY: sim pq\nX: vc ficou quiet{Y:o/a} o dia todo\nY: so to ocupad{Y:o/a}\n"
    "X: ok desculpa",
    "X: eu fiz alguma coisa errada?\nY: nao\nX: vc me contaria se eu tivesse feito?\nY: sim\n"
    "X: desculpa, eu so fico preocupad{X:o/a}",
    "X: vc ainda ta chatead{Y:o/a} com mais cedo\nY: um pouco\nX: desculpa\n"
    "X: odeio qdo a gente fica assim\nY: eu tb",
    "X: vc nao vai me deixar né\nY: oq? nao\nY: pq vc ta falando isso\n"
    "X: sei la. esquece kkkk",
    "X: fala sério, vc acha q eu sou demais\nY: as vezes\nX: ah\nX: ok\n"
    "Y: nao foi isso q eu quis dizer\nX: ta tudo bem",
    "X: desculpa por ontem\nY: ok\nX: vc ainda ta chatead{Y:o/a}?\nY: vai passar",
    "X: desculpa se fui chat{X:o/a} mais cedo\nY: nao foi\nX: ctz? vc ficou quiet{Y:o/a}\n"
    "Y: ctz",
]

CRIT_LIGHT = [
    "X: oq vc quer jantar\nY: tanto faz. {food}?\nX: pode ser",
    "X: to no {shop}, precisa de algo\nY: leite\nX: ok",
    "X: ta em casa?\nY: 10 min",
    "X: {day} na sua mae ainda?\nY: sim ela disse {time}\nX: ok",
    "X: <media>\nY: kkk\nY: onde é isso",
    "X: vc pagou o iptu\nY: sim\nX: ok boa",
    "X: vendo {show}?\nY: daqui a pouco\nX: ok nao começa sem mim",
    "X: q horas é o rolê da {friend}\nY: {time}\nX: ok",
    "X: pega pão?\nY: pego",
    "X: atrasad{X:o/a}\nY: ok",
    "X: <media>\nX: o filhote novo da {friend}\nY: fofo",
    "X: deixei a chave do carro no balcao\nY: 👍",
]

CRIT_REPAIR = [
    "X: desculpa por mais cedo. nao foi por mal\nY: eu sei. eu tb\nX: tregua?\nY: tregua",
    "X: vc tem razao sobre o lixo. eu tiro\nY: obg",
    "X: desculpa ter estourado\nY: tudo bem. eu tb tava chat{Y:o/a}",
]

# --- crisis support (Amanda goes through a crisis; Bruno supports; later the reverse)

CRISIS = [
    "X: Bruno nao sei oq fazer\nX: meu pai desmaiou no trabalho\n+ a gente ta no hospital\n"
    "+ Santa Casa, pronto socorro\nY: meu deus. sinto mto\nY: ele ta bem? vc ta bem?\n"
    "X: acham q é o coração. to com tanto medo\nY: to aqui. quer q eu va?\n"
    "X: vc pode? nao quero ficar sozinha\nY: saindo agora",
    "X: vao deixar ele internado\nX: to apavorada de perder ele\nY: {VALIDATE}\n"
    "Y: oq os medicos tao falando?\nX: ele precisa operar. talvez essa semana\n"
    "Y: ok. uma coisa de cada vez. {SUPPORT}",
    "X: nao dormi\nX: fico ouvindo as maquinas qdo fecho o olho\n"
    "Y: q horrivel\nY: vc comeu alguma coisa hj?\nX: nao mto\n"
    "Y: vou levar comida as 6. sem discussao",
    "X: a cirurgia é amanha as 8\nX: to enjoada\nY: claro q ta. é mta coisa pra carregar\n"
    "Y: vou ficar com o celular ligado o dia todo. me manda qualquer coisa, ate um ponto\n"
    "X: obg. de verdade\n~~~\nY: pensando em vc hj cedo. alguma noticia?\n"
    "X: ele saiu. deu tudo certo\nX: chorei mto no corredor\n"
    "Y: ai graças a deus. q alivio\nY: como vc ta se sentindo?\nX: acabada. mas ele ta bem",
    "X: tive q avisar minha chefe q nao vou\nX: me sinto tao culpada, a gente ta com prazo\n"
    "Y: vc nao tem nada do q se sentir culpada\nY: seu pai ta no hospital. o trampo sobrevive\n"
    "X: eu sei. so sinto q to decepcionando todo mundo\nY: nao ta. {SUPPORT}",
    "X: minha mae nao ta dando conta\n"
    "X: to tentando segurar as pontas por ela mas to desmoronando\n"
    "Y: {VALIDATE}\nY: e quem ta te segurando?\nX: vc. sinceramente\n"
    "Y: entao deixa. oq eu posso tirar das suas costas essa semana?",
    "X: estourei com a enfermeira hj e to me sentindo pessima\n"
    "Y: vc ta exausta e apavorada. é humano\nY: vc pediu desculpa?\n"
    "X: pedi. ela foi super gentil\nY: entao pronto. seja gentil com vc tb",
    "X: desculpa eu ta so falando de mim ultimamente\n"
    "X: e vc como ta de verdade? como foi a coisa com seu chefe?\n"
    "Y: nao pede desculpa!! to bem sério\nY: foi ok, ele vai me deixar mudar de time\n"
    "X: q bom mesmo. fico feliz\nX: vc merece",
    "X: ele ta em casa\nX: mas ta tao fragil. da medo ver ele assim\n"
    "Y: imagino. {VALIDATE}\nY: e ele como ta?\n"
    "X: rabugento, o q a enfermeira disse q é bom sinal kkkk\nY: 😂 esse é seu pai",
    "X: chorei no {shop} hj\nX: no corredor das bolachas. as favoritas dele\nY: ai meu bem\n"
    "Y: medo e tristeza aparecem nos lugares mais estranhos\n"
    "X: ele nem foi embora, é isso q é tao idiota\n"
    "Y: nao é idiota. vc quase perdeu ele. {SUPPORT}",
    "X: sinto q to me afogando\nX: hospital, minha mae, trampo, tudo\nY: {VALIDATE}\n"
    "Y: qual a coisa q vc mais precisa essa semana?\n"
    "X: dormir. e alguem pra cuidar da cachorra\n"
    "Y: eu cuido da cachorra. quarta e quinta?\nX: vc salvou minha vida",
    "X: fico pensando e se eu nao tivesse atendido o telefone\nX: eu ia ignorar\n"
    "Y: mas vc atendeu. e chegou la\nY: é normal ficar abalada com isso\n"
    "X: to tao ansiosa o tempo todo agora\n"
    "Y: {SUPPORT}. e talvez conversar com alguem sobre isso qdo as coisas acalmarem?",
    "X: como foi sua semana? sinto q nao te pergunto nada faz seculos\n"
    "Y: vc ta com mta coisa!\n"
    "Y: a minha foi ok, meio cansado. a {friend} vem me visitar {day}\n"
    "X: ah q legal!! manda um oi\n"
    "X: e obg por tudo. de verdade",
    "X: fisioterapia hj\nX: ele andou ate o fim do corredor\nY: q incrivel!!\n"
    "Y: e como ele tava?\nX: orgulhoso de si kkkk. e eu to tao aliviada\n"
    "Y: to mto feliz por vcs dois",
    "X: noite ruim. ele teve dor no peito de novo\nX: alarme falso mas to tremendo\n"
    "Y: ai nao. {VALIDATE}\nY: onde vc ta agora?\nX: em casa. ele ta dormindo\n"
    "Y: quer conversar ou quer q eu so te mande video idiota\nX: os dois kkkk",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amanda, Y = Bruno)
    "Y: <media>\nY: um cachorro de capinha de chuva, pra levantar o moral\n"
    "X: ok isso ajudou um pouco 😂",
    "Y: deixei uma sopa na sua porta\nX: vc é um santo\nX: obg",
    "Y: nao precisa responder, so pensando em vc ❤️\nX: ❤️",
    "Y: como a Pipoca ta lidando com esse vai e vem?\n"
    "X: confusa mas feliz. ta amando os passeios extras com vc kkkk",
    "X: a visita é das 2 as 8 entao basicamente to morando la\n"
    "Y: quer q eu leve carregador e lanche?\nX: quero pfv. a maquininha de lanche é tragica",
    "Y: <media>\nY: passei na horta do seu pai, o feijao ta crescendo mto\n"
    "X: own. ele vai amar, vou mostrar pra ele",
    "X: ele pediu palavra cruzada hj\nY: isso é bom sinal!!\nX: eu sei. coisas pequenas",
    "Y: precisa de algo do mercado?\nX: leite e aquela bolacha de aveia\nY: deixa cmg",
    "Y: mandando um video idiota pra vc rir\nY: <media:video>\n"
    "X: odeio q isso funcionou 😂",
    "X: minha mae mandou agradecer as flores\nY: nao foi nada\nX: foi sim",
    "Y: como é o estacionamento do hospital, te levo amanha?\n"
    "X: horrivel. leva sim pfv\nY: te pego a 1",
    "X: as enfermeiras da ala dele sao uns anjos\nY: own. q bom q ele ta em boas maos",
]

CRISIS_RECOVER = [
    "X: so queria te agradecer\n"
    "X: pelas ultimas semanas. a comida, a cachorra, as msgs as 2 da manha\n+ \n"
    "+ nao teria conseguido sem vc\nY: vc faria o mesmo por mim\n"
    "X: faria. espero q vc saiba disso",
    "X: primeiro dia normal em seculos\nX: fui correr e nao pensei em hospital nenhuma vez\n"
    "Y: q bom ouvir isso\nY: e no geral como vc ta se sentindo?\n"
    "X: mais leve. ainda meio bamba mas mais leve",
    "X: meu pai ja voltou pra horta kkkk\nY: claro q voltou\nY: e sua mae como ta?\n"
    "X: mto melhor. ta dormindo de novo\nY: fico mto feliz",
]

CRISIS_BEN = [
    # later: Bruno struggles, Amanda supports him back (Bruno is X here)
    "X: posso falar com vc sobre uma coisa\nY: claro. q foi?\n"
    "X: vai ter demissao no trampo e meu nome ta na lista\nX: sinceramente to com medo\n"
    "Y: ai nao. {VALIDATE}\nY: qdo vc vai saber?\nX: fim do mes\n"
    "Y: {SUPPORT}. vc me segurou por semanas, deixa eu fazer o mesmo",
    "X: dormi pouco. a coisa do trampo\nY: sinto mto. essa espera é horrivel\n"
    "Y: oq ta passando na sua cabeça?\n"
    "X: so dinheiro. o apê. e se eu nao achar nada\n"
    "Y: é mta coisa. mas vc é mto bom no q faz\nY: quer olhar seu curriculo junto cmg?\n"
    "X: quero. ia ajudar mto",
    "X: to me sentindo meio fracassado vdd\nY: ei. nao\n"
    "Y: ta numa lista nao é sobre vc, é sobre orçamento\nY: como vc ta se sentindo hj?\n"
    "X: um pouco melhor depois de falar\n~~~\nY: alguma noticia da demissao?\n"
    "X: vao me manter!!\n"
    "Y: {HYPE}\nY: como vc ta se sentindo?\nX: aliviado demais",
    "X: to mto estressado com meu irmao\n"
    "X: ele vai voltar a morar cmg e nao sei se dou conta\n"
    "Y: é mta coisa em cima de tudo\nY: oq te preocupa mais?\n"
    "X: q a gente brigue como antes\nY: faz sentido. talvez combinar umas regras logo no começo?\n"
    "X: é. obg por me ouvir",
    "X: tenho me sentido meio pra baixo essa semana\nX: nada especifico\n"
    "Y: sinto mto. pra baixo como?\n"
    "X: sem animo. cansado. como se nada tivesse graça\n"
    "Y: {VALIDATE}. quer sair de casa {day}? caminhar e tomar {drink}?\nX: quero sim",
    "X: entrevista amanha pro emprego reserva\nX: to nervoso\nY: vc vai arrasar\n"
    "Y: qual parte te preocupa?\nX: pergunta de salario. sempre me desvalorizo\n"
    "Y: vamos treinar. q numero vc vai falar?\n~~~\nY: e a entrevista??\n"
    "X: foi mto bem! falei o numero e eles nem piscaram\nY: orgulho de vc!!",
]

GDOM_MONO = [
    "M: bom galera, tatica pra {day}\nM: passei a semana pensando nisso\n+ \n"
    "+ textao vindo ai\nM: a gente ta mto fechado, por isso tomamos 6 semana passada\n"
    "M: se o João ficar aberto e a Aline jogar mais recuada a gente consegue manter a forma\n"
    "M: e ninguem, eu disse NINGUEM, sobe junto cmg\n"
    "M: vou fazer um desenho\nA: ok\nB: 👍",
    "M: <media>\nM: prancheta pra {day}\nM: seta é corrida, pontilhado é passe\n"
    "M: o X vermelho é onde a gente sempre toma\nM: decorem\nC: kkk\nA: q tanto de seta",
    "M: resumo rapido de ontem\nM: primeiro tempo a gente tava dormindo\n"
    "M: segundo tempo mto melhor, a pressao tava funcionando\n"
    "M: mas a gente tem q conversar mais, eu era o unico gritando\n"
    "M: e Fernanda aquele ultimo gol foi meio culpa sua, sem ofensa\nC: ok\n"
    "A: mas a gente ganhou",
    "M: alguem viu a tabela do brasileirao\n"
    "M: sinceramente se a gente nao ganhar domingo acabou\n"
    "M: o tecnico tem q mudar, o meio campo ta lento demais\n"
    "M: falo isso desde agosto\nB: é",
    "M: ok hora da burocracia\nM: quadra reservada {day} {time}\n"
    "M: {num} reais cada, manda pix ate quinta\nM: nao vou ficar cobrando ninguem dessa vez\n"
    "M: da ultima vez fiquei no prejuizo 3 semanas\nA: mandei\nC: 👍",
    "M: ah, regra nova\nM: quem chegar atrasado vai pro gol\nM: sem exceção\n"
    "M: inclusive eu. obvio q eu nao vou atrasar\nB: kkk",
    "M: alguem viu o video q eu postei\nM: aquele da falta\n"
    "M: to treinando essa tecnica ha semanas\nM: ta tudo no pé de apoio\n"
    "M: mostro pra vcs {day}\nA: boa",
    "M: tava pensando em a gente entrar na liga de inverno\nM: ja pesquisei\n"
    "M: 10 jogos, terça a noite, {num}0 reais por time\n"
    "M: se ganhar tem trofeu e conta aberta no bar\n"
    "M: acho q a gente fica entre os 3 facil se o povo aparecer\nC: parece divertido\n"
    "B: talvez",
    "M: notas de hj pq to entediado\n"
    "M: eu 8, João 6, Aline 7, Fernanda 6, o resto dos aleatorios 5\n"
    "M: sendo sincero eu carreguei um pouco\nA: kkk ok\nC: pesado",
    "M: alguem conhece um fisio bom\nM: minha posterior ta travada de novo\n"
    "M: to alongando duas vezes por dia mas nao ta adiantando\n"
    "M: provavelmente o volume de corrida, to em 40k por semana\nB: nao foi mal",
    "M: entao tenho visto mta coletiva do Guardiola\n"
    "M: e sinceramente aquele lance de jogo posicional\n"
    "M: a gente podia total fazer uma versao disso\n"
    "M: é tudo sobre triangulo\nM: levo cones {day}\nA: cones 😂",
    "M: lembrando q eu sou o capitao e eu escolho os coletes\nM: nao é democracia galera\n"
    "M: bom é mas eu tenho mais votos\nC: {LAUGH}",
    "M: <media>\nM: chuteira nova\nM: a mesma dos profissionais, tive q importar da alemanha\n"
    "M: o primeiro toque vai ser de elite\nB: boa",
    "M: domingo foi uma vergonha vdd\nM: tava 3 a 0 e a gente entregou\n"
    "M: sem forma, sem conversa, todo mundo so olhando a bola\n"
    "M: nao to bravo so decepcionado\n"
    "A: meio bravo",
    "M: coisa pequena mas da pra parar de recuar bola pro goleiro\n"
    "M: é society, o goleiro nao sabe chutar\nM: a nao ser q seja eu no gol obvio\nC: ok",
]

GDOM_OTHERS = [
    "A: alguem vai fazer algo {day}?\nM: treino obvio\nM: e vou correr depois\n"
    "B: to livre\nC: eu tb",
    "C: <media>\nC: meu cachorro no parque\nM: fofo\n"
    "M: lembrei, preciso reservar a quadra do mes q vem\nA: q fofo!!",
    "B: nao vou conseguir essa semana desculpa, coisa do trampo\n"
    "M: é a segunda semana seguida\n"
    "M: vamos ficar com um a menos de novo\nB: foi mal\nA: de boa",
    "A: feliz aniversario {C}!!\nB: parabens 🎉\nM: feliz aniversario\n"
    "M: agora vc deve uma cerveja pra todo mundo, é a regra\nC: valeu galera",
    "C: alguem vai ver o jogo hj\nA: eu!\nM: obvio\n"
    "M: e tenho um palpite, 2 a 1, e quem entra no segundo tempo decide\nB: ousado",
    "B: {place} depois {day}?\nA: bora\nC: to dentro\nM: vou pra uma. whey primeiro",
    "A: eu levo a bola essa semana\nM: a boa, nao a murcha\nA: sim Marcos",
]

# --- too short (Giovana & Rodrigo, first days)

SHORT = [
    "X: oi é a Giovana da escalada!\nY: oi!! q bom falar com vc\n"
    "X: foi divertido terça\nY: foi! meus braços ainda tao mortos kkkk",
    "X: vc vai {day}?\nY: acho q sim, umas {time}\nX: legal te vejo la",
    "X: <media>\nX: prova q consegui a via laranja\nY: simmm boa!!\n"
    "Y: falei q vc ia conseguir",
    "Y: chegou bem em casa?\nX: cheguei obg! a chuva tava horrivel\n"
    "Y: ha é me molhei todo",
    "X: qual sapatilha vc usa? a minha ta me matando\nY: uso aquela barata da decathlon\n"
    "Y: ela laceia depois de umas semanas\nX: ah bom saber",
    "Y: como foi sua semana?\nX: corrida! o trampo ta puxado\nX: e a sua?\n"
    "Y: nada mal, ansioso pro fds",
    "X: bora tomar um café antes da escalada {day}?\nY: bora seria otimo!\n"
    "X: aquele da entrada?\nY: perfeito",
    "Y: <media>\nY: é assim q meu antebraço ta agora\nX: 😂 o meu tb sinceramente",
    "X: obg pelas dicas hj\nY: imagina! vc ta pegando super rapido\nX: own obg",
]

SUPERFICIAL += [
    "X: o aquecedor ta fazendo aquele barulho de novo\nY: vou mandar msg pro proprietario",
    "X: vc viu a carta da sabesp\nY: vi, leitura do relogio. eu faço",
    "X: pode receber uma encomenda amanha se tiver em casa\nY: devo ta ate as 2\nX: valeu",
    "X: coloquei toalha pra lavar, estende se eu nao voltar\nY: aham tranquilo",
    "X: sua bike ta bloqueando o corredor\nY: tirando agora",
    "X: quanto te devo do mercado\nY: 14,50\nX: mandei",
    "X: é a gente q faz a leitura ou o proprietario\nY: a gente acho\nX: ok tiro uma foto",
    "X: o carro precisa fazer revisao ate o fim de {month}\nY: eu marco\n"
    "X: a oficina da esquina é a mais barata",
    "X: q dia passa o lixo grande\nY: quinta sim quinta nao\nX: entao essa?\nY: a proxima",
    "X: volto tarde hj, nao passa a corrente\nY: ok",
    "X: tem pilha\nY: AA?\nX: AAA\nY: nao, foi mal",
    "X: a imobiliaria vem fazer vistoria {day}\nY: q horas\n"
    "X: 11. da pra arrumar um pouco a sala\nY: aham",
    "X: o jogo é as 8 se quiser ver\nY: qual\nX: o da copa\nY: é vou ta em casa",
    "X: o {shop} ta com o pote grande de café em promoção\nY: pega dois",
    "X: vc mexeu nas minhas cartas\nY: tao na mesa do lado da porta",
    "X: o contrato da internet vai renovar\nY: vamos trocar\nX: vou ver preço\nY: 👍",
    "X: quem ta com a chave reserva\nY: eu, pq\nX: minha irma vem pegar uma coisa as 4\n"
    "Y: deixo no lugar de sempre",
    "X: q horas começa o quiz\nY: 8\nX: ok, encontro la",
    "X: tem uma aranha do tamanho da minha mao no box\nY: problema seu\n"
    "X: é problema NOSSO\nY: {LAUGH} ta bom vou pegar o copo",
    "X: vc precisa do carro amanha\nY: nao, pode usar\nX: valeu",
    "X: a gente vai comprar a arvore de natal esse fds\nY: domingo?\n"
    "X: fechou, naquele lugar perto do garden",
    "X: onibus ou a pé ate {place}\nY: a pé, ta seco\nX: ok saio 7:45",
    "X: a lava louça terminou se quiser esvaziar\nY: daqui a pouco",
    "X: aumenta o aquecedor qdo chegar\nY: ta no timer\n"
    "X: aumenta o timer entao\nY: kkk ok",
    "X: pedi um chuveiro novo, chega {day}\nY: finalmente",
    "X: a prefeitura veio buscar o sofa\nY: veio hj cedo\nX: otimo",
    "X: teste de alarme de incendio no trampo entao vou atrasar\nY: ok",
    "X: a {friend} vem ficar aqui {day}, td bem\nY: de boa, sofa cama?\nX: isso",
    "X: tira seu carro, to preso\nY: indo",
    "X: ta vazando debaixo da pia\nY: mto?\nX: pinga pinga\n"
    "Y: coloca uma bacia embaixo, vou chamar alguem",
    "X: o entregador deixou a encomenda no vizinho\nY: qual lado\nX: numero 14\n"
    "Y: ok eu pego",
    "X: aviso, usei o ultimo leite\nY: eu compro",
    "X: futebol as 7?\nY: aham, leva a bomba\nX: levo",
    "X: qual a senha do wifi mesmo, meu note esqueceu\nY: ta no roteador\nX: ah é",
    "X: o limpador de janela vem {day} de manha\nY: ok",
    "X: chegou o lembrete do ipva\nY: eu pago, vc pagou ano passado",
    "X: vc ta usando o ferro\nY: nao, ta no armario",
    "X: tem um cara lendo o relogio do gás, deixo entrar?\nY: deixa ele é de boa",
    "X: entrega do {shop} entre 6 e 7\nY: vou ta em casa",
    "X: fazendo {food} se quiser\nY: quero pfv, volto as 7",
    "X: o seguro do carro ta no seu nome ou no meu\nY: no meu\nX: ok chegou a carta da renovação",
    "X: me tranquei pra fora\nY: to a 10 min\nX: lenda",
]

SUPERFICIAL_OPEN += [
    "X: volta hj?\nY: volto umas 7",
    "X: ô\nY: q",
    "X: pergunta\nY: fala",
]

# Jô and Samuel: planning a long weekend away together, plus everyday chat
JO = [
    "X: ok entao {town} em abril. a gente vai mesmo fazer isso\n"
    "Y: simm!! to olhando passagem\nX: me manda oq vc achou\nY: <media>",
    "X: quantas noites a gente ta pensando\nY: 3? sex a seg\n"
    "X: perfeito, vou pedir folga na segunda",
    "X: airbnb ou hotel\nY: airbnb, da pra cozinhar\nX: quem vai cozinhar\nY: vc\n"
    "X: grosseiro mas justo",
    "X: <media>\nX: e esse lugar\nY: aquele com terraço??\n"
    "Y: sim. reserva antes q alguem pegue",
    "X: reservado!!\nY: AAAA\nY: vai acontecer\nX: vai acontecer",
    "X: oq vc quer fazer la\nY: comer\nX: alem de comer\n"
    "Y: comer mais. e aquele museu q vc falou",
    "X: fiz uma lista de restaurantes\nX: 1. o de taco\n+ 2. o do brunch com fila\n"
    "+ 3. o de guioza\n+ ...\n+ 14. o chique se a gente tiver se sentindo rico\n"
    "Y: 14 restaurantes??\nY: pra 3 dias\nX: a gente da conta",
    "X: a gente precisa de carro\nY: acho q nao, da pra ir a pé em tudo\n"
    "X: q bom pq nao quero dirigir",
    "X: como foi sua semana\nY: longa, o trampo ta um caos\nY: e a sua?\n"
    "X: igual. contando os dias pra viagem",
    "X: minha irma mandou um oi alias\nY: oi pra ela!! ela ainda ta na maratona\n"
    "X: ta, ela é doida",
    "X: to meio nervos{X:o/a} com o voo vdd\nY: sério? nao sabia\n"
    "X: é piorou ultimamente\n"
    "Y: a gente senta junto e eu te distraio o voo inteiro\nX: isso ajuda mto na vdd",
    "X: pergunta de mala, faz frio la em abril\nY: tipo 15 graus?\nX: entao casaco\n"
    "Y: leva casaco",
    "X: fui promovid{X:o/a}!!\nY: {HYPE}\nY: ok agora a viagem é de comemoração\nX: concordo",
    "X: <media>\nX: mala nova\nY: q chique\nX: tem porta copo",
    "X: ok nao fica brav{Y:o/a} mas talvez eu tenha reservado uma aula de culinaria pra gente\n"
    "Y: pq eu ficaria brav{Y:o/a} isso é incrivel\nX: é as 8 da manha\n"
    "Y: ok agora fiquei brav{Y:o/a}",
    "X: e sua mae como ta\nY: melhor obg, o remedio novo ta ajudando\n"
    "X: q bom ouvir isso\nY: obg por perguntar ❤️",
    "X: tive um dia ruim\nY: ai nao, q aconteceu?\n"
    "X: recebi um feedback ruim do meu projeto e doeu\nY: q droga. oq falaram?\n"
    "X: q nao era ambicioso o suficiente\nY: q frustrante, vc se dedicou tanto\n"
    "X: obg. essa viagem nao chega nunca",
    "X: uma semana!!\nY: UMA SEMANA\nX: ja comecei a fazer a mala\nY: claro q começou",
    "X: me manda o endereço do airbnb\nY: <media>\nX: vlw",
    "X: q horas é nosso voo mesmo\nY: 7:10 da manha\nX: pq a gente fez isso com a gente\n"
    "Y: passagem barata meu bem",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

DOM_MONO += [
    "X: entao basicamente descobri como investir\n"
    "X: fundo de indice, obvio, mas tb um pouco de cripto pro potencial\n"
    "X: ja li tipo 6 livros sobre isso\nX: o segredo é so nao entrar em panico qdo cai\n"
    "X: a maioria entra em panico. eu nao\nY: legal",
    "X: tive reuniao com a diretora hj\nX: so eu e ela, 30 min\n"
    "X: ela perguntou onde eu me vejo em 5 anos\nX: eu disse no cargo dela kkk\n"
    "X: ela riu mas eu nao tava bem brincando\nY: kkk",
    "X: meu apê ta mto melhor depois q refiz a sala\n"
    "X: comprei o tapete, o abajur, a planta grande\n"
    "X: e pendurei todos os quadros sozinho, com nivel e tudo\n"
    "X: sinceramente podia fazer isso profissionalmente\nX: <media>\nY: ficou bonito",
    "X: corri o parkrun hj cedo\nX: 21:40, recorde por 15 segundos\nX: fiquei em 12º geral\n"
    "X: tem um cara q sempre me ganha por uns 10 segundos entao agora ele é meu alvo\n"
    "X: semana q vem ele cai\nY: boa",
    "X: ok entao o discurso do casamento\nX: ja escrevi 3 versoes\n"
    "X: o padrinho é pra ser engraçado mas acho q vou mais pro emocionante\n"
    "X: com umas piadas pra fechar\n"
    "X: leio pra vc uma hora, tem uns 8 minutos\nY: ok",
    "X: to pensando em pegar um cachorro\n"
    "X: pesquisei mto, vai ser um golden\n"
    "X: trabalho de casa 3 dias entao de boa\nX: e achei um passeador pros outros 2\n"
    "X: ate ja escolhi o nome. Biscoito\nY: fofo",
    "X: sabe oq eu percebi\nX: a maioria das pessoas nao planeja\n"
    "X: tipo eu planejo minha semana domingo a noite, cada refeição, cada treino\n"
    "X: e é por isso q eu rendo tanto\nX: devia dar um curso sinceramente\nY: kkk talvez",
    "X: dia doido\nX: o alarme de incendio tocou no meio da minha apresentação\n"
    "X: mas eu so continuei la fora no estacionamento\n"
    "X: o cliente disse q foi a apresentação mais memoravel q ja viu\n"
    "X: acho q a gente fecha o contrato\nY: nossa",
    "X: desabafo rapido\nX: pq as pessoas nao respondem email\n"
    "X: mandei 3 emails pro {colleague_m} essa semana\nX: nada\n"
    "X: literalmente tive q ir ate a mesa dele\nX: enfim resolvido pq eu resolvi\n"
    "Y: chato",
    "X: um amigo montou uma banda e me pediu pra empresariar\n"
    "X: tipo nunca fiz isso mas quao dificil pode ser\n"
    "X: ja arrumei um show pra eles, {place}\nX: e to cuidando das redes\nY: boa",
    "X: decidi q vou fazer um mestrado\nX: meio periodo, a noite. administração, obvio\n+ \n"
    "+ ja fiz a conta: 2 anos, 2 noites por semana, e ainda vou na academia 4 vezes\n"
    "X: provavelmente me leva pra diretoria mais rapido\n"
    "X: as inscrições fecham em {month}, ja quase terminei a minha\nY: boa sorte",
    "X: acabei de ver um documentario sobre sono\nX: pelo jeito eu fazia tudo errado\n"
    "X: regra nova, sem tela depois das 10, quarto a 18 graus\n"
    "X: comprei um despertador q simula o nascer do sol tb\nX: te conto como foi\nY: ok",
    "X: entao o cara q sempre para na minha vaga\nX: deixei um bilhete\n"
    "X: mto educado mas firme\n"
    "X: ele tirou o carro. resultado\nY: kkk",
    "X: comprei relogio novo\nX: <media>\nX: automatico, vidro de safira, tudo\n"
    "X: sei q é mto mas é o tipo de coisa q vc guarda pra sempre\nY: legal",
    "X: joguei society hj\nX: fiz hat-trick\n"
    "X: o segundo foi de voleio, no angulo\nX: a galera tava me chamando de Zidane\n"
    "Y: kkk boa",
    "X: pensando em mudar pra {town}\nX: aluguel mais barato, mercado de trabalho bom\n"
    "X: na vdd eu compraria em vez de alugar, tenho a entrada\n"
    "X: to olhando 2 quartos com quintal\nY: nossa",
]

GDOM_MONO += [
    "M: bom, mensalidade\nM: ta faltando 10 reais do mes passado\n"
    "M: eu sei quem é mas nao vou citar nomes\nM: so confiram os apps do banco\n"
    "M: obg\nA: desculpa acho q fui eu, mandando agora",
    "M: a previsao ta feia pra {day}\nM: mas a gente joga com qualquer tempo\n"
    "M: forma o carater\nM: levem um segundo par de meia, vcs vao me agradecer\nB: ok",
    "M: um cara do outro time me mandou msg\nM: eles querem revanche\n"
    "M: obvio q eu disse sim\n"
    "M: mas a gente vai ter q ta mais ligado, eles tinham aquele alto na zaga\n"
    "M: tenho um plano pra ele\nC: 👍",
    "M: revi os melhores momentos de domingo\n"
    "M: sinceramente nossa forma nos primeiros 10 minutos foi de elite\n"
    "M: ai desandou qdo eu fui pro gol\n"
    "M: o q prova meu ponto de q eu preciso jogar na linha\nA: kkk",
    "M: checagem de condicionamento\nM: quem correu de verdade essa semana\n"
    "M: pq eu fiz 3 corridas e uma academia\n"
    "M: e nao quero ser o unico pressionando de novo\nB: fui a pé pro trampo\n"
    "C: {LAUGH}",
    "M: jogo grande essa semana galera\nM: a liderança ta em jogo\n"
    "M: dormir cedo sabado, sem cerveja\nM: to falando sério\nM: ok talvez uma cerveja\n"
    "A: anotado",
    "M: fiz uma playlist do grupo pro aquecimento\nM: é mais hit dos anos 2000\n"
    "M: sem reclamação, eu sou o capitao\nM: link na bio. brincadeira, vou mandar\nC: kkk ok",
    "M: opinioes sobre uniforme novo\nM: to pensando azul marinho com detalhe dourado\n"
    "M: tenho um modelo\n"
    "M: <media>\nM: nome nas costas obvio\nB: ficou bom\nA: quanto",
    "M: ok fiz uma escala de quem leva as bolas\nM: ESCALA DA BOLA\n+ semana 1: eu\n"
    "+ semana 2: João\n+ semana 3: Aline\n+ semana 4: Fernanda\n+ (repete)\n"
    "M: coloquem na agenda\n"
    "M: sem desculpa\nB: ok",
    "M: uma palavra rapida sobre o juiz ontem\nM: sei q me exaltei um pouco\n"
    "M: mas aquilo nunca foi falta\nM: revi 10 vezes\n"
    "M: enfim ja pedi desculpa pra ele, mais ou menos\nC: 😂",
    "M: pergunta tatica\nM: a gente vai de 2-2 ou 1-2-1\n"
    "M: acho q 1-2-1 mas quero a opiniao de vcs\n"
    "M: na vdd nao é 1-2-1\nM: ta decidido\nA: ok",
    "M: a votação do craque do jogo fecha hj\nM: so lembrando q dei 2 assistencias e fiz um gol\n"
    "M: sem pressao\nM: votem com a cabeça\nB: kkk",
    "M: to fazendo treino extra no parque\nM: so eu, uma bola e uns cones\n"
    "M: minha perna esquerda ta ficando mto boa\n"
    "M: talvez bata falta de esquerda agora\nC: boa",
    "M: lembrando q o jantar de fim de temporada é {day}\nM: reservei {place}\n"
    "M: vou fazer premiação\n"
    "M: pode ser q tenha ou nao um trofeu pra mim\nA: {LAUGH}",
    "M: lendo um livro sobre cultura de time\n"
    "M: pelo jeito os melhores times tem um lider forte e papeis claros\n"
    "M: q é basicamente oq eu venho dizendo\nM: entao. papeis. vou mandar\nB: ok",
]

GDOM_OTHERS += [
    "C: atrasad{C:o/a} desculpa\nM: quanto\nC: 10 min\nM: aquece sem vc entao\n"
    "A: de boa",
    "A: bom jogo galera 🙌\nB: bom jogo\nM: ok. a gente precisa melhorar o segundo tempo\n"
    "M: vou mandar anotações",
    "B: <media>\nB: meu joelho depois de domingo\nA: ai\n"
    "M: gelo, repouso, compressao, elevação\n"
    "M: posso te mandar os exercicios q meu fisio me passou",
    "C: alguem quer carona {day}\nA: quero pfv!\nM: vou de bike, faz parte do meu aquecimento",
    "A: ainda ta de pé com essa chuva\nM: obvio\nB: ok",
    "B: valeu por organizar Marcos\nM: de nada\nM: alguem tem q fazer",
    "A: <media>\nA: foto do time do ultimo\nC: a gente ta tao serio\nM: isso é foco\nB: kkk",
    "C: alguem pode levar os coletes, os meus tao lavando\nA: tenho uns\n"
    "M: os azuis sao melhores, os laranjas fedem",
]

DUMP += [
    "X: desculpa falar disso de novo mas to mto mal\nX: o trampo so piora\n"
    "X: a {colleague} me tirou do projeto q eu gostava de verdade\nY: {VALIDATE}\n"
    "Y: falaram pq?\nX: 'reestruturação'. mas parece pessoal\nX: to de saco cheio\n"
    "Y: claro q ta. {SUPPORT}",
    "X: nao aguento mais\nX: sinto q to me afogando em tudo\n+ \n"
    "+ desculpa. sei q falo isso mto\nY: ei. to aqui\nY: qual a maior coisa agora?\n"
    "X: dinheiro acho. e trampo. e tudo com o Diego\n"
    "Y: ok. é mta coisa de uma vez. {VALIDATE}\n"
    "Y: uma coisa de cada vez. quer começar pelo dinheiro?\nX: é pode ser",
    "X: falaram na minha avaliação q eu sou 'emotiva demais'\nX: to tao chateada\n"
    "X: chorei no banheiro depois\nY: q coisa horrivel de colocar numa avaliação\n"
    "Y: {VALIDATE}\nY: oq mais falaram?\nX: q preciso 'controlar minhas reações'\n"
    "X: me sinto tao humilhada\nY: vc pode ter sentimentos no trabalho. {SUPPORT}",
    "X: o proprietario nao quer devolver o caução\nX: diz q o carpete ta estragado\n"
    "X: ja tava assim qdo eu mudei!!\nX: to tao estressada, preciso desse dinheiro\n"
    "Y: q injusto\nY: vc tirou foto qdo mudou?\nX: algumas acho\n"
    "Y: ok otimo. isso ajuda. te ajudo a escrever pra ele",
    "X: to tao ansiosa com tudo no momento\n"
    "X: nao consigo parar de olhar o celular esperando email do meu chefe\n"
    "X: ate as 11 da noite\n"
    "Y: q exaustivo\nY: {VALIDATE}\n"
    "Y: da pra desligar as notificações a noite?\nX: tenho medo de perder alguma coisa\n"
    "Y: entendo. {SUPPORT}",
    "X: tive a pior noite\nX: nao conseguia parar de chorar pelo Diego\n"
    "X: achei q ja tinha superado\n"
    "Y: ai amiga. luto nao é uma linha reta\nY: oq desencadeou?\n"
    "X: tocou nossa musica no mercado\nY: {VALIDATE}",
    "X: meus amigos vao todos pra {town} no fds e eu nao tenho dinheiro\n"
    "X: me sinto tao excluida\nX: e com vergonha\nY: {VALIDATE}\n"
    "Y: vc nao devia ter vergonha. dinheiro ta apertado pra mta gente\n"
    "Y: quer fazer algo barato aqui {day}?\nX: talvez. so me sinto tao atras de todo mundo",
    "X: sinto q ninguem no trampo gosta de mim\nX: foram todos almoçar sem me chamar\n"
    "Y: ai nao. isso doi\nY: {VALIDATE}\nY: foi combinado ou coisa de momento?\n"
    "X: nao sei. nao importa. doeu mesmo assim",
    "X: o medico disse q minha pressao ta alta\nX: por causa de estresse pelo jeito\n"
    "X: o q é otimo pq agora to estressada por estar estressada\nY: {VALIDATE}\n"
    "Y: ele te passou alguma coisa?\nX: so mandou eu 'relaxar' kkkk\n"
    "Y: q ajuda. quer caminhar junto cmg? pode ajudar um pouco",
    "X: acho q minha mae ta decepcionada cmg\n"
    "X: ela vive perguntando qdo vou ter um 'emprego de verdade'\n"
    "X: e me faz sentir tao pequena\nY: q dificil ouvir isso da sua mae\nY: {VALIDATE}\n"
    "Y: e vc respondeu oq?\nX: nada. so fiquei quieta\nY: compreensivel",
    "X: fiz uma besteira enorme hj\nX: esqueci completamente uma reuniao com cliente\n"
    "X: minha gerente ta furiosa\nX: to com tanta raiva de mim\nY: {VALIDATE}\n"
    "Y: todo mundo esquece coisas as vezes\nY: vc pediu desculpa?\n"
    "X: pedi. nao muda como me sinto\nY: {SUPPORT}",
    "X: sinto q to falhando em tudo\nX: trabalho, relacionamentos, o apê\n"
    "X: todo mundo parece ta ganhando na vida\n"
    "Y: vc nao ta falhando. vc ta passando por uma fase mto dificil\nY: {VALIDATE}\n"
    "X: nao parece uma fase. parece pra sempre\nY: eu sei. {SUPPORT}",
]

DUMP_SHIFT += [
    "Y: tive um fds mto gostoso na vdd, fui pra {town} com minha irma\nX: legal\n"
    "X: passei o fds inteiro chorando pelo trampo kkkk\n"
    "X: a {colleague} me mandou email no sabado\n"
    "Y: ai nao. num sabado?\nX: sim!! quem faz isso",
    "Y: to meio preocupada com minha colega de apê, ela ta mto pra baixo\n"
    "X: pelo menos ela tem vc\n"
    "X: eu nao tenho ninguem em casa\nX: o apê é tao silencioso\nY: vc tb me tem\n"
    "Y: enfim ela vai ficar bem",
    "Y: entao to pensando em sair do emprego\nX: mds eu tb\n"
    "X: to tao cansada da {colleague}\n"
    "X: hj ela literalmente revirou os olhos pra mim numa reuniao\nY: aff q horrivel\n"
    "Y: a gente fala do meu outra hora",
    "Y: a cirurgia do meu pai deu certo alias\nX: ah q bom\nX: meu pai ainda nao me ligou\n"
    "X: sinto q ele nem lembra q eu existo\nY: sinto mto. isso é mto dificil",
]

DUMP_LIGHT += [
    "X: <media>\nX: fiz bolo de banana\nY: ta com uma cara otima!\nX: queimou um pouco em cima",
    "Y: vc viu a nova de {show}\nX: ainda nao! é boa\nY: mto boa. vc vai amar",
    "X: almoço {day}?\nY: bora! onde?\nX: {place}?\nY: perfeito",
    "Y: <media>\nY: esse cachorro no parque\nX: mds eu quero ele",
    "X: q sol hj\nY: finalmente!!\nX: talvez eu ate saia de casa",
    "Y: e o corte novo?\nX: to me acostumando\nX: ta crescendo em mim. literalmente",
    "X: vc viu a final do masterchef\nY: vi!! roubado\nX: ROUBADO",
    "Y: {weather} aqui, e ai?\nX: igual. fiquei em casa o dia todo",
]

CRIT += [
    "X: vc deixou o carro sem gasolina de novo\nY: tava atrasad{Y:o/a}\n"
    "X: vc ta sempre atrasad{Y:o/a}\nY: bom vc podia ter abastecido vc mesm{X:o/a}\n"
    "X: nao é essa a questao e vc sabe",
    "X: pq vc sempre faz isso qdo minha familia ta por perto\nY: faço oq\n"
    "X: fica quiet{Y:o/a} e emburrad{Y:o/a}\n"
    "Y: eu nao fico emburrad{Y:o/a}\nY: seu irmao tava me atacando e vc nao falou nada\n"
    "X: isso nao é culpa minha",
    "X: vc nem percebeu q eu cortei o cabelo\nY: percebi sim\nX: vc nao falou nada\n"
    "Y: bom vc tb nunca percebe qdo eu faço as coisas\nX: tipo oq\nY: esquece",
    "X: te pedi 3 vezes pra chamar o encanador\nY: tava ocupad{Y:o/a}\n"
    "X: pro bar vc nunca ta ocupad{Y:o/a}\nY: nossa ok\n"
    "Y: nao é culpa minha se vc é a unica pessoa q liga pra torneira\nX: inacreditavel",
    "X: qual o seu problema, vc ta gross{Y:o/a} o dia todo\nY: nao tenho problema nenhum\n"
    "Y: talvez para de perguntar qual o meu problema a cada 5 minutos\n"
    "X: ta bom. nao pergunto mais",
    "X: vc prometeu q ia no evento do meu trampo\nY: eu disse q ia tentar\nX: vc disse q ia\n"
    "X: todo mundo perguntou de vc\nY: bom vc nao me lembrou\n"
    "X: eu nao devia ter q te lembrar",
    "X: vc gastou {num}0 reais com OQ??\nY: tava barato\nX: a gente disse q ia economizar\n"
    "Y: vc comprou tenis novo semana passada\nX: é diferente\n"
    "Y: é sempre diferente qdo é vc",
    "X: vc sempre faz plano sem me perguntar\nY: eu te perguntei\n"
    "X: vc me avisou. isso nao é perguntar\nY: bom vc nunca responde qdo eu pergunto\n"
    "X: tanto faz 🙄",
    "X: vc pelo menos liga q eu to chatead{X:o/a}\nY: claro q ligo\nX: nao parece\n"
    "Y: oq vc quer q eu faça\nX: sei la, percebe pelo menos uma vez",
    "X: vc disse q ia resolver as ferias\nY: vou resolver\nX: vc disse isso em {month_past}\n"
    "Y: tava ocupad{Y:o/a}, nao é culpa minha\nX: vc ta sempre ocupad{Y:o/a}",
]

CRIT_REASSURE += [
    "X: vc ficou quiet{Y:o/a}. ta tudo bem com a gente?\nY: ta. so to vendo o jogo\n"
    "X: ok. desculpa",
    "X: te chateei ontem?\nY: nao mto\nX: 'nao mto' parece sim\n"
    "Y: tava tudo bem\nX: ok. desculpa mesmo assim",
    "X: vc ainda me ama\nY: claro, pq\nX: sei la. ta estranho ultimamente\n"
    "Y: so foi uma semana corrida",
    "X: vc ta irritad{Y:o/a} cmg?\nY: pq eu estaria irritad{Y:o/a}\n"
    "X: vc so respondeu com uma palavra o dia todo\nY: eu tava no trampo\n"
    "X: desculpa. eu penso demais em tudo",
]

CRIT_LIGHT += [
    "X: q horas é seu trem\nY: 6:10\nX: ok",
    "X: quer algo da pastelaria\nY: pastel grande\nX: ok",
    "X: minha mae mandou oi\nY: oi pra ela",
    "X: lixo\nY: feito",
    "X: <media>\nX: achei isso na gaveta\nY: ha, o apê antigo",
    "X: academia hj?\nY: talvez\nX: ok me avisa",
    "X: drinks de aniversario da {friend} {day}\nY: ok q horas\nX: {time}",
    "X: a maquina terminou\nY: ok eu estendo",
    "X: jantar em casa ou delivery\nY: delivery\nX: {place}?\nY: pode ser",
    "X: comprei os ingressos pra {film}\nY: q horas\nX: {time}",
    "X: o carro ta marcado pra {day}\nY: ok",
    "X: viu a noticia de {town}\nY: vi doideira",
]

CRIT_REPAIR += [
    "X: desculpa pela coisa com meu irmao. vc tinha razao\nY: obg. isso significa mto",
    "X: nao quis dizer aquilo mais cedo\nY: eu sei. eu tb tava cansad{Y:o/a}\nX: te amo\n"
    "Y: te amo",
]

WANE_MIN += [
    "X: <media>\nX: isso me fez rir\nY: ha",
    "X: espero q sua semana esteja ok\nY: obg, a sua tb",
    "X: livre {day}?\nY: ocupad{Y:o/a} desculpa",
    "X: viu a novidade da {friend}\nY: vi",
    "X: e o emprego novo\nY: ok, corrido",
    "X: ah eu queria perguntar, como foi {town}?\nY: bom obg",
    "X: desculpa, nao vi antes\nY: de boa",
    "X: quanto tempo!\nY: kkk é",
    "X: pensando em vc, espero q ta tudo bem\nY: 👍 obg",
    "X: precisamos botar o papo em dia\nY: é com ctz",
    "X: {show} voltou\nY: ah legal",
]

WANE_MID += [
    "X: a {friend} mandou oi alias\nY: own oi pra ela\nY: como ela ta?\n"
    "X: bem, ainda em {town}",
    "X: fui correr hj cedo\nY: legal, quanto?\nX: 5k, devagar\nY: conta do mesmo jeito",
    "X: <media>\nX: planta nova\nY: fofa. q planta é?\nX: nao faço ideia kkk",
    "X: sua mae gostou do presente?\nY: gostou\nX: q bom",
    "X: cansad{X:o/a} hj\nY: eu tb\nX: mtas noites dormindo tarde\nY: é",
    "X: {show} tava bom essa semana\nY: ainda nao vi\nX: ah ok",
]

SHORT += [
    "Y: pergunta aleatoria mas vc conhece algum lugar bom pra brunch por aqui\n"
    "X: {place} tem um ovo incrivel!\nY: ah vou testar, obg",
    "X: viu q vai ter campeonato de boulder mes q vem\nY: nao! vc vai participar?\n"
    "X: kkkk nao. assistir talvez",
    "Y: bom dia! primeira vez escalando duas vezes na semana, nao consigo levantar o braço\n"
    "X: 😂 bem vindo ao clube",
]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: meio estranho mas tenho sentido saudade de casa\nY: da casa da sua mae?\n"
    "X: de tudo. da cidadezinha, do cachorro, do barulho\n"
    "Y: faz sentido. foi um ano e tanto\nY: qdo vc volta la?\nX: so em {month}\n"
    "Y: q tempao. quer fazer um almoço de domingo aqui pra matar a saudade?\nX: quero sim",
    "X: to me comparando com todo mundo no instagram de novo\nX: e agora me sinto um lixo\n"
    "Y: aff, esse app é veneno as vezes\nY: oq desencadeou?\n"
    "X: as fotos de viagem da {friend}. e o emprego novo dela. e o cabelo\n"
    "Y: {VALIDATE}. vc so ve os melhores momentos\n"
    "X: eu sei. saber nao ajuda mto\nY: nao. quer apagar por uma semana junto cmg?",
    "X: acho q ainda to chatead{X:o/a} com a coisa do meu pai\nY: a briga no natal?\n"
    "X: é. a gente nao conversou direito desde entao\nY: é mto tempo carregando isso\n"
    "Y: vc quer resolver, ou precisa de um tempo dele?\n"
    "X: quero resolver. so nao sei como começar\n"
    "Y: talvez uma msg curta? nao precisa ser tudo de uma vez",
    "X: tenho um caroço q preciso ver\nX: provavelmente nao é nada mas to com medo\n"
    "Y: claro q vc ta com medo\nY: ja marcou medico?\nX: quinta\n"
    "Y: quer q eu va com vc?\n"
    "X: vc iria? nao queria ficar sozinh{X:o/a} na sala de espera\n~~~\n"
    "Y: e o medico?\nX: é um cisto. totalmente inofensivo\n"
    "Y: ai graças a deus. como vc ta se sentindo?\nX: como se conseguisse respirar de novo",
    "X: recebi uma noticia mto ruim no trampo hj\nX: vao fechar nosso escritorio\n"
    "Y: ai nao. oq isso significa pra vc?\nX: mudar pra {town} ou aceitar a demissao\n"
    "Y: q decisao enorme pra cair assim em cima de vc\nY: como vc ta se sentindo?\n"
    "X: em choque. meio enjoad{X:o/a}\nY: {SUPPORT}. a gente conversa sobre isso qdo quiser",
    "X: to mto nervos{X:o/a} com a prova pratica de direção\n"
    "X: reprovei da ultima vez e nao consigo parar de pensar nisso\n"
    "Y: compreensivel. da ultima vez foi pesado\nY: oq aconteceu?\n"
    "X: entrei em panico numa rotatoria\nY: mas vc treinou mto desde entao\n"
    "X: eu sei. so tenho medo de travar de novo\nY: nao vai. e se travar, tenta de novo",
    "X: meu melhor amigo da escola me procurou depois de 5 anos\n"
    "X: e to estranhamente emotiv{X:o/a} com isso o dia todo\n"
    "Y: own. emotiv{X:o/a} bom ou triste?\n"
    "X: os dois. a gente brigou por uma besteira\nY: é mta coisa pra sentir de uma vez\n"
    "Y: vcs vao se encontrar?\nX: acho q sim. to nervos{X:o/a}\n"
    "Y: isso é mto corajoso. espero q de certo",
    "X: sinto q nao sou bo{X:m/a} o suficiente pra esse emprego\nY: ei. q aconteceu?\n"
    "X: errei na frente do time inteiro\n"
    "X: e agora sinto q todo mundo ta esperando eu falhar\nY: {VALIDATE}\n"
    "Y: um erro nao é quem vc é\nX: eu sei. so doi\nY: claro q doi",
    "X: to sofrendo desde o termino se for sincer{X:o/a}\n"
    "Y: obg por me contar. eu imaginava\nY: como vc ta de verdade?\n"
    "X: as noites sao as piores. é tudo tao silencioso\nY: {VALIDATE}\n"
    "Y: bora fazer um jantar fixo toda quinta? la em casa\nX: ia gostar mto",
    "X: minha vó vai pra uma casa de repouso\nX: sei q é o certo mas to tao triste\n"
    "Y: ai, isso é mto dificil\nY: e ela como ta com isso?\n"
    "X: corajosa. mais corajosa q eu\n"
    "Y: tudo bem ficar triste. é uma mudança grande pra todos vcs\n"
    "X: é. obg por entender",
    "X: acho q preciso de uma pausa do trampo, minha cabeça ta uma bagunça\n"
    "Y: oq ta acontecendo?\n"
    "X: so pressao constante e sem fim\nY: q exaustivo\n"
    "Y: da pra tirar uma semana?\nX: talvez. me sinto culpad{X:o/a} so de pensar\n"
    "Y: vc pode descansar. sério",
    "X: to mto preocupad{X:o/a} com dinheiro esse mes\nY: aconteceu alguma coisa?\n"
    "X: o aluguel subiu e o carro reprovou na vistoria\nY: aff. é mta coisa de uma vez\n"
    "Y: quer ajuda pra olhar as contas?\nX: talvez. é vergonhoso\n"
    "Y: nao é mesmo. mta gente ta no mesmo barco",
]

DUMP += [
    "X: adivinha quem levou ghosting de novo\nX: tres encontros e depois nada\n"
    "X: qual o meu problema\nY: vc nao tem problema nenhum\nY: {VALIDATE}\n"
    "Y: como vc ta se sentindo?\nX: idiota. e rejeitada. como sempre",
    "X: tive um sonho horrivel com o Diego e agora to de mau humor o dia todo\n"
    "X: me sinto tao patetica\n"
    "Y: vc nao é patetica. sonho é horrivel assim mesmo\n"
    "Y: quer falar disso ou quer distração?\nX: distração. nao, falar. sei la",
    "X: arrombaram meu carro\nX: levaram a bolsa do notebook\n"
    "X: so sentei no estacionamento e chorei\nY: ai nao. vc ta bem?\nY: {VALIDATE}\n"
    "Y: vc chamou a policia?\nX: chamei. me deram um numero de b.o. e foi isso\n"
    "X: pq tudo acontece cmg",
    "X: minha mae desmarcou nosso almoço de novo\nX: terceira vez esse mes\n"
    "X: sinto q nao sou prioridade pra ninguem\nY: {VALIDATE}\nY: ela disse pq?\n"
    "X: 'ocupada'. ela ta sempre ocupada pra mim\nY: isso doi mto. sinto muito",
    "X: to tao ansiosa q nao consigo me concentrar em nada\n"
    "X: li o mesmo email 5 vezes\n"
    "Y: q exaustivo\nY: teve algo q desencadeou?\n"
    "X: a reestruturação. ta todo mundo cochichando\n"
    "Y: {VALIDATE}. nao saber é o pior\n"
    "X: to com tanto medo de ser a primeira a sair",
    "X: me pesei e agora quero sumir\nY: ei. esse numero nao te define\n"
    "Y: {VALIDATE}\nX: so me sinto nojenta\n"
    "Y: vc nao é. queria q vc se visse do jeito q eu te vejo",
    "X: minha colega de apê vai sair e eu nao consigo pagar o aluguel sozinha\n"
    "X: to em panico\n"
    "Y: ai nao. qdo ela sai?\nX: fim do mes q vem\n"
    "Y: ok. pelo menos da um tempinho. {SUPPORT}\n"
    "Y: quer q eu poste no meu insta, ver se alguem precisa de quarto?\n"
    "X: quero pfv. to tao estressada",
    "X: o happy hour do trampo foi horrivel\nX: ninguem falou cmg\n"
    "X: fiquei do lado do salgadinho uma hora\n"
    "X: me sinto tao fracassada\nY: isso parece horrivel mesmo\n"
    "Y: vc nao é fracassada. essas coisas sao dificeis\n"
    "X: pra todo mundo foi tao facil",
    "X: acho q meus amigos tao de saco cheio de mim\n"
    "X: ninguem respondeu no grupo o dia todo\n"
    "Y: ai nao. {VALIDATE}\nY: sera q so tao ocupados?\n"
    "X: talvez. mesmo assim parece q tao me ignorando\nY: eu nao to te ignorando. {SUPPORT}",
    "X: nao consigo dormir de novo\n"
    "X: sao 2 da manha e to aqui deitada repassando tudo\n"
    "X: desculpa, sei q vc ta dormindo\nY: to acordada, relaxa\n"
    "Y: oq ta rodando na sua cabeça?\nX: tudo. trampo. Diego. dinheiro. minha mae\n"
    "Y: {VALIDATE}. quer q eu te ligue um pouco?",
]

# Bruno's story in order: the list, the waiting, a backup interview, the news, then life goes on
CRISIS_BEN = [CRISIS_BEN[i] for i in (0, 1, 5, 2, 3, 4)]

GDOM_MONO += [
    "M: ok opiniao polemica chegando\nM: a gente devia treinar quinta tb\n"
    "M: so uma hora, treino de passe\nM: ja perguntei da quadra, ta livre as 7\n"
    "M: sem pressao mas tb com um pouco de pressao\nB: quinta é dificil pra mim\nA: talvez",
    "M: relatorio de observação do time de domingo\nM: o goleiro deles é fraco na esquerda\n"
    "M: o camisa 9 nao volta pra marcar\n"
    "M: e eles tem um cara q se joga como se fosse copa do mundo\n"
    "M: entao nada de carrinho bobo\nC: anotado",
    "M: tava olhando nossas estatisticas\n"
    "M: 70% dos gols q a gente tomou foram nos ultimos 10 minutos\n"
    "M: isso é preparo fisico. puro preparo fisico\n"
    "M: vou colocar tiro no aquecimento\nA: naooo",
    "M: lembrando q colete NAO é item de moda\nM: alguem levou um pra casa semana passada\n"
    "M: quero de volta ate domingo\nM: lavado\nB: kkk nao fui eu",
    "M: aplausos pra mim pela defesa de domingo alias\nM: ponta dos dedos, na trave\n"
    "M: ninguem falou nada na hora entao to falando agora\nC: grande defesa Marcos\n"
    "M: obg {C}",
    "M: fiz uma planilha de quem deve quanto\nM: com cores\n"
    "M: verde pago, amarelo atrasado, vermelho mto atrasado\nM: tem mto amarelo\n"
    "A: mandando agora",
    "M: pensando em mudar o nome do time\nM: 'FC Quarta' é meio fraco\n"
    "M: tenho uma lista de 12\nM: meu favorito é 'Real Madruga'\n"
    "M: a gente vota mas eu conto os votos\nB: kkk\nC: real madruga é bom",
    "M: recomendação de podcast pra vcs\nM: sao dois ex jogadores analisando tatica\n"
    "M: ouvi todos os episodios\nM: o episodio 40 é basicamente como a gente devia jogar\n"
    "M: liçao de casa da semana\nA: ok professor",
    "M: atualização da lesao\nM: o tornozelo ta bem\n"
    "M: o fisio disse 2 semanas mas acho q 1\n"
    "M: jogo no sacrificio se precisar\nC: talvez escuta o fisio",
    "M: podemos falar de lateral\nM: é com as duas maos, por tras da cabeça, pé no chao\n"
    "M: a gente entregou 3 domingo\nM: vou demonstrar antes do jogo\nA: 😂 ok",
]
