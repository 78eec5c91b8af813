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
             "risoto", "wrap de frango", "um churrasquinho", "sopa", "pão na chapa", "nhoque",
             "yakisoba"],
    "day": ["sábado", "domingo", "sexta", "quinta", "quarta"],
    "time": ["7", "7 e meia", "8", "6 e pouco", "7h15", "19h30"],
    "film": ["o novo Duna", "Ainda Estou Aqui", "aquele suspense coreano", "Vidas Passadas",
             "o filme de assalto", "Aftersun", "aquele do Wes Anderson"],
    "show": ["BBB", "MasterChef", "Sintonia", "The Bear", "A Fazenda", "Ruptura",
             "Cidade Invisível", "Casamento às Cegas", "a maratona de Friends"],
    "friend": ["Bia", "Carol", "Ju", "Mari", "Nat", "Lari", "Gabi", "Fer"],  # "ela"
    "friend_m": ["Pedro", "Caio", "Gui", "Lucas", "Digo"],
    "colleague": ["Cláudia", "Patrícia", "Renata", "Simone", "Vera", "Sandra"],  # "ela"
    "colleague_m": ["Marcelo", "Rodrigo", "Fábio", "Sérgio", "André"],
    "town": ["Santos", "Campinas", "Floripa", "Ubatuba", "BH", "Curitiba", "Paraty"],
    "shop": ["Carrefour", "Extra", "Pão de Açúcar", "Assaí", "Dia", "Americanas"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Barra Funda", "Tietê", "Sé", "Paulista", "Luz"],
    "band": ["Anavitória", "Liniker", "Os Garotin", "Jão", "Marisa Monte", "Tim Bernardes"],
    "drink": ["uma cerveja", "uma caipirinha", "um vinho", "um cafezinho", "um drink"],
    "weather": ["chovendo horrores", "um frio do cão", "um sol estranho", "tudo cinza",
                "ventando mto", "garoando de novo"],
    "thing": ["carregador", "cartão", "guarda-chuva", "garrafinha", "cachecol bom",
              "carregador do cel"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["o Méqui", "aquele food truck de taco", "a Casa Azul", "a lanchonete",
              "o Burger King", "aquele lámen", "o Outback kkk", "a cervejaria", "aquele de salada",
              "a pizzaria do Zé"],
    "food": ["miojo", "taco", "lámen", "um açaí", "panqueca", "asinha de frango",
             "misto quente", "pho", "pizza de ontem", "feijoada"],
    "day": ["sábado", "domingo", "sexta", "quinta"],
    "time": ["7", "7 e meia", "8", "6 e pouco", "meio dia"],
    "film": ["o novo Duna", "Oppenheimer", "aquele terror da A24", "Vidas Passadas", "Barbie",
             "o novo do Aranhaverso"],
    "show": ["The Bear", "No Limite", "Ruptura", "Casamento às Cegas", "reprise de Succession",
             "Only Murders", "Sintonia"],
    "friend": ["Ká", "Bruna", "Dani", "Priscila", "Jé"],
    "friend_m": ["Matheus", "Vitor", "Nando"],
    "colleague": ["Denise", "Lúcia", "Érica", "Tânia"],
    "colleague_m": ["Paulo", "Bruno", "Rafael"],
    "town": ["Recife", "Salvador", "Porto Alegre", "Goiânia", "Fortaleza", "Manaus"],
    "shop": ["Renner", "Riachuelo", "Atacadão", "Drogasil", "Hortifruti"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["a rodoviária", "o aeroporto", "a estação"],
    "band": ["Marília Mendonça", "Anitta", "Luísa Sonza", "Djavan", "Henrique e Juliano"],
    "drink": ["uma cerveja", "um café gelado", "uma margarita", "um bubble tea"],
    "weather": ["mto calor", "chovendo mto", "congelando", "um tempo bom do nada",
                "abafado demais"],
    "thing": ["carregador", "carteira", "garrafinha", "estojo do fone", "carregador do note", "RG"],
}

# --- shared pools (pt: UK and US are two Brazilian registers of the same friends)

OPEN_UK = [
    "X: oi vc\nY: oiiii\nY: como foi seu dia?",
    "X: bom dia ☀️\nY: bom dia! dormiu bem?\nX: nao mto kkkk, os vizinhos de novo\nY: nãooo",
    "X: ta por ai?\nY: to sim, q foi",
    "X: oieeee\nY: oi oi 👋",
    "X: e ai, tudo certo?\nY: tudo sim! so o pó. e vc?\nX: igual vdd",
    "X: {weather} aqui\nY: aqui tb, me molhei toda voltando",
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
    "X: {day} ainda ta de pé o {place}?\nY: simm! {time}?\nX: perfeito 👍",
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
    "X: acabei de comer o melhor {food} da minha vida\nY: onde\nX: {place}\nY: anotado",
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
    "X: o album novo do {band} é mto bom\nY: nao ouvi ainda!\nX: faixa 4. so isso q vou dizer",
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
    "Y: deram algum retorno?\nX: 'segunda colocada por pouco'. q é quase pior\n"
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
    "X: nao esquece o leite\nY: ja comprei\nX: quem é vc\nY: um homem mudado",
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
    "X: <media>\nX: fiz pão!!\nY: ok fase padeira\nY: ficou bom?\n"
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
    "A: quem ta livre {day}?\nB: eu!\nC: depende do horario\nA: pensando em {place} umas {time}\n"
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
    "A: tenho um ingresso sobrando pro {band} {day} se alguem quiser\nD: mds eu\n"
    "B: droga vou ta viajando\nD: quanto\nA: de graça se vc pagar as bebidas\nD: fechado",
    "A: como ta a semana de vcs\nB: longa\nC: de boa, {weather} aqui\n"
    "D: to no 3º dia de gripe entao\nA: ai nao, melhoras\nD: obg 🤧",
    "A: gente vamos fechar logo esse fds fora\nB: bora. {town}?\n"
    "C: eu consigo no primeiro fds de {month}\nD: eu tb\nA: vou olhar casas hj a noite",
    "A: <media>\nA: opção 1 de casa\nA: <media>\nA: opção 2\nB: a 2 tem ofurô\nC: 2\n"
    "D: 2 obvio",
    "A: to no {place} e ta tocando nossa musica\nC: qual\nA: vc sabe qual\nB: 🎶\n"
    "D: grava!!",
    "A: lembrete q é a despedida da {friend} {day}\nB: q horas\nA: a partir das {time} no {place}\n"
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
    "X: meu celular corrigiu 'te vejo logo' pra 'te vejo lodo'\nY: q nojo\n"
    "X: e eu mandei pro meu chefe",
    "X: tentando montar um guarda-roupa\nX: sobraram 4 parafusos\n"
    "Y: sao parafusos bonus\nX: ta torto",
    "X: <media>\nX: por do sol do escritorio, quase compensa\nY: quase",
    "X: a {friend} te mandou msg sobre o fds\nY: mandou, pensando em {place}?\nX: por mim ok\n"
    "Y: vou falar pra ela",
    "X: pergunta. vale a pena começar {show}\nY: primeira temporada sim, segunda nao\nX: anotado",
    "X: acabei de explicar pra minha vó oq é meme\nY: e ai como foi\n"
    "X: ela me mandou um de volta. era foto de um gato sem nada escrito\nY: icônica",
    "X: a fila do correio ta saindo pela porta\nY: sempre assim na {day}\n"
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
    "acabei de ser perseguid{X:o/a} por um ganso no parque",
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
    "espirrando o dia todo, acho q sou alergic{X:o/a} ao meu proprio escritorio",
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
    "meu gerente mandou um email escrito so 'me liga'. apavorad{X:o/a}",
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
    "X: reservei um lugar pro seu aniversario\nY: onde??\nX: nao conto\nY: 🙈 vc é o melhor",
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
    "X: posso ser sincer{X:o/a} cmg rapidinho\nY: sempre\n"
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
