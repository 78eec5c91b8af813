"""Hindi material for make_samples.py: the Hindi (Hinglish) twin of ``pools.py``.

Same names, same pool kinds, the same exchanges in the same order with the same roles,
placeholders and fragment names as ``pools.py``; written as friends and couples in India text on
WhatsApp, not translated word for word: mostly romanised Hindi mixed with English inside the same
sentence ("yaar", "kya hua", "chal koi na", "bht", "nhi", "h" for "hai", "acha", "haan", "ok
done"), and some exchanges typed in Devanagari, as people with a Hindi keyboard do. A verb that
agrees with the speaker's gender is written ``{X:a/i}`` ("thak gay{X:a/i}": "thak gaya" or "thak
gayi"). A feeling keeps its kind and strength, a question about the other stays one, support stays
support, criticism stays criticism and a minimal reply stays minimal. Values (places, shops, towns,
names) are Indian ones. Everything here was written for this project; the people are invented.
``tests/test_translated_samples.py`` checks the structure against ``pools.py``.
"""

from __future__ import annotations

# --- fragments

FRAGMENTS: dict[str, list[str]] = {
    "VALIDATE": [
        "yaar ye toh sach mein bahut mushkil h",
        "oh no, ye toh bahut bura hua",
        "uff yaar I'm so sorry",
        "honestly koi bhi hota toh pareshan ho jata",
        "ye sunke sach mein bura lag raha h",
        "oof. ye bahut zyada h",
        "totally samajh aata h tbh",
        "obviously tujhe aisa lagega",
        "aisa feel karna bilkul normal h",
        "yaar ye toh bahut bura h",
        "mujhe sach mein bura lag raha h ki tu ye sab jhel raha h",
        "ye toh bahut stressful h",
        "arre yaar. ye mushkil h",
        "ये सच में बहुत मुश्किल है",
        "samajh aa raha h yaar",
        "ye toh horrible h, I'm sorry",
    ],
    "SUPPORT": [
        "main hoon na tere liye",
        "baat karni ho toh main hoon",
        "call karun?",
        "main hamesha hoon yaar",
        "tujhe ye sab akele nhi jhelna padega",
        "kuch bhi chahiye toh bata dena",
        "tu bole toh main ghar aa jaun",
        "main hoon na, tension mat le",
        "jab mann kare call kar dena, seriously",
        "main yahin hoon, kahin nhi jaana mujhe",
        "seriously, zyada ho jaye toh call kar",
        "जब भी ज़रूरत हो, मैं हूँ",
    ],
    "HYPE": [
        "omg!!",
        "YESSS",
        "kya baat h!!",
        "ye toh amazing h",
        "bahut khushi hui yaar",
        "let's gooo!!",
        "mujhe pata tha",
        "bas karrr ye toh kamaal h",
        "AHHH",
        "ruk kya!! amazing",
        "itna proud feel ho raha h",
        "bola tha na!!",
    ],
    "LAUGH": [
        "lol",
        "hahaha",
        "😂😂",
        "lmao",
        "haha bas kar",
        "hass hass ke pet dukh gaya 😂",
        "💀",
        "hahahaha",
        "lolll",
        "😂",
    ],
    "ACK": [
        "ok", "okay", "cool", "theek h", "👍", "ok cool", "haan", "done", "perfect", "sahi h",
    ],
    "BYE": [
        "gn",
        "good night!",
        "so ja ab",
        "chal ab sona h",
        "kal baat karte h",
        "jaana h, baad mein baat karte h",
        "gn gn 😴",
        "chal ab neend aa rahi h",
        "ok bed. gn",
        "gn sweet dreams",
    ],
    "ANSWER": ["acha tha thanks!", "theek tha, lamba din", "badhiya! busy tha", "haan theek",
               "meh. chal raha h", "badhiya badhiya", "actually kaafi acha", "lamba. par theek",
               "haan ok thanks", "sab badhiya", "theek, bas thakaan h"],
    "QREPLY": ["shayad baad mein, thank you", "haan shayad", "batati hoon", "haan please",
               "honestly haan", "it's ok, baat karke acha laga", "thank you yaar",
               "shayad. thanks", "aaj nhi par thank you", "I think ab theek hoon",
               "haan, acha lagega"],
    "MINIMAL": ["ok", "k", "lol", "haan", "👍", "nice", "hmm", "haha", "cool", "sahi", "ha",
                "ok."],
}

# --- values

VALUES_UK: dict[str, list[str]] = {
    "place": ["Haldiram's", "Social", "wo chaat wala near metro", "Big Chill", "Theobroma",
              "station wala Italian place", "Saravana Bhavan", "Barbeque Nation", "wo Greek cafe",
              "Connaught Place wala pub", "Cafe Delhi Heights", "wo chhota ramen place"],
    "food": ["pasta", "rajma chawal", "pav bhaji", "maggi", "aloo paratha", "pizza", "biryani",
             "paneer tikka wrap", "chole bhature", "dal chawal", "bread omelette", "momos",
             "kadhi chawal"],
    "day": ["Saturday", "Sunday", "Friday", "Thursday", "Wednesday"],
    "time": ["7", "saade 7", "8", "6 ish", "paune 8", "7:30"],
    "film": ["naya Dune", "Zindagi Na Milegi Dobara", "wo Korean thriller", "Laapataa Ladies",
             "wo heist wali film", "12th Fail", "wo Wes Anderson wali"],
    "show": ["Panchayat", "MasterChef", "Kota Factory", "The Bear", "Shark Tank", "Severance",
             "Paatal Lok", "Bigg Boss", "Friends ka rewatch"],
    "friend": ["Sneha", "Riya", "Ishita", "Tanvi", "Naina", "Zoya", "Aditi", "Kavya"],
    "friend_m": ["Arjun", "Varun", "Nikhil", "Siddharth", "Aman"],
    "colleague": ["Sunita ma'am", "Kavita", "Rashmi", "Preeti", "Neelam", "Shalini"],
    "colleague_m": ["Sharma sir", "Nitin", "Rajesh", "Deepak", "Manoj"],
    "town": ["Goa", "Jaipur", "Rishikesh", "Pune", "Shimla", "Udaipur", "Pondicherry"],
    "shop": ["Big Bazaar", "DMart", "Reliance Fresh", "Spencer's", "Nature's Basket",
             "More"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Rajiv Chowk", "Kashmere Gate", "New Delhi station", "Hauz Khas",
                "Dadar"],
    "band": ["Prateek Kuhad", "Local Train", "Ritviz", "Arijit", "When Chai Met Toast",
             "Coldplay"],
    "drink": ["ek beer", "cutting chai", "ek glass wine", "filter coffee", "cold coffee"],
    "weather": ["zor ki baarish", "bahut thand", "ajeeb si dhoop", "ekdum grey",
                "bahut hawa", "phir se boonda baandi"],
    "thing": ["charger", "debit card", "chhata", "water bottle", "wo acha wala stole",
              "phone charger"],
}

VALUES_US: dict[str, list[str]] = {
    "place": ["Chaayos", "wo momos wala stall on MG Road", "Toit", "wo dhaba", "Burger Singh",
              "wo ramen place", "Pizza Hut lol", "the brewery", "Subway", "Truffles"],
    "food": ["mac and cheese", "tacos", "ramen", "rajma chawal", "pancakes", "chicken wings",
             "grilled sandwich", "pho", "kal ka pizza", "chole"],
    "day": ["Saturday", "Sunday", "Friday", "Thursday"],
    "time": ["7", "7:30", "8", "6 ish", "12 baje"],
    "film": ["naya Dune", "Oppenheimer", "wo horror wali", "Laapataa Ladies", "Jawan",
             "naya Spider-Verse"],
    "show": ["The Bear", "Shark Tank", "Severance", "Indian Matchmaking", "Succession",
             "Kota Factory", "Panchayat"],
    "friend": ["Kritika", "Simran", "Diya", "Prachi", "Jhanvi"],
    "friend_m": ["Aarav", "Yash", "Rahul"],
    "colleague": ["Sunita", "Rekha", "Anjali", "Tanya"],
    "colleague_m": ["Gaurav", "Vikram", "Raj"],
    "town": ["Bangalore", "Hyderabad", "Pune", "Chandigarh", "Kolkata", "Chennai"],
    "shop": ["Zara", "Lifestyle", "DMart", "Nykaa", "Decathlon"],
    "num": ["20", "25", "15", "30", "40"],
    "station": ["Majestic", "the airport", "CST"],
    "band": ["Prateek Kuhad", "Anuv Jain", "Ritviz", "Taylor Swift", "Arijit"],
    "drink": ["ek beer", "iced coffee", "ek mojito", "bubble tea"],
    "weather": ["bahut garmi", "mooslaadhaar baarish", "bahut thand", "weirdly acha mausam",
                "bahut humid"],
    "thing": ["charger", "wallet", "water bottle", "AirPods case", "laptop charger", "ID card"],
}

# --- shared UK pools (Ananya & Rohan's chat: a couple in Delhi)

OPEN_UK = [
    "X: hey tu\nY: heyyy\nY: din kaisa gaya?",
    "X: good morning ☀️\nY: gm! neend aayi theek se?\nX: nhi yaar lol, padosi phir se\nY: noooo",
    "X: hai kya?\nY: haan bol kya hua",
    "X: helloooo\nY: hiii 👋",
    "X: hey, kya chal raha h?\nY: sab badhiya! thodi thakaan h. tu bata?\nX: same tbh",
    "X: yahan {weather} h\nY: same, ghar aate aate poora bheeg gay{Y:a/i}",
    "X: hello ji\nY: hello! abhi ghar pahunch{Y:a/i} bas",
    "X: zinda h?\nY: bas kisi tarah lol\nY: lamba din tha",
    "X: hiii\nY: hey!! main bas tujhe message karne hi wal{Y:a/i} tha",
    "X: ghar pahunch gay{Y:a/i}?\nY: auto mein hoon, 10 min",
    "X: guess kaun aaj jaldi free ho gay{X:a/i}\nY: jealous\nY: ab kya kar{X:ega/egi}?",
    "X: din kaisa tha?\nY: lamba! par theek. tera?\nX: theek, kuch khaas nhi",
]

CLOSE_UK = [
    "X: chal mujhe sona h ab\nY: {BYE}",
    "X: {BYE}\nY: {BYE}",
    "X: ok main sone ki koshish kar{X:ta/ti} hoon\nY: best of luck lol\nY: gn",
    "X: jaana h, khana ready h\nY: enjoy!",
    "X: battery 2% bye\nY: lol bye",
    "X: anyway, kal baat karein?\nY: haan! {BYE}",
    "X: chal, bed time\nY: gn 💤",
    "X: ok main beech sentence mein so rah{X:a/i} hoon\nY: toh so ja na 😂\nX: haan mummy",
    "X: chal, wapas kaam pe\nY: all the best!",
    "X: bhaagna h, meeting h\nY: jaa jaa jaa",
    "X: ok tujhe kaam karne de{X:ta/ti} hoon\nY: baad mein baat karte h",
    "X: brb, koi door pe h\nY: 👍",
]

LIGHT_UK = [
    "X: khane mein kya bana rahe ho\nY: {food} shayad. tu?\nX: {food2}\nY: fancy",
    "X: {show} ka naya season dekha?\nY: nhi!! no spoilers\nX: kabhi nhi\n"
    "X: ...par wo ending 😳",
    "X: <media>\nX: dekh garden mein kaun aaya\nY: omg bandar!!\nY: kitna attitude h iska",
    "X: phir se {weather}\nY: honestly is sheher ka kuch nhi ho sakta\nX: {LAUGH}",
    "X: {day} ko {place} fix h na?\nY: haan! {time}?\nX: perfect 👍",
    "X: main office mein glass door mein ghus gay{X:a/i}\nY: {LAUGH}\nY: tu theek h na\n"
    "X: meri izzat theek nhi h",
    "X: pata h {shop} Sunday ko late tak khula rehta h kya\nY: 4 baje tak shayad\n"
    "X: ugh ok thanks",
    "X: abhi {shop} mein {friend} mili, hi bola usne\nY: aww hi {friend}\n"
    "Y: wo abhi bhi marathon wala kar rahi h?\nX: haan apparently, pagal h",
    "X: <media>\nY: ye... cake h?\nX: banana toh cake hi tha\n"
    "Y: 😂😂 it's the thought that counts",
    "X: mera {thing} kahin nhi mil raha\nY: jacket ki pocket dekhi?\nX: ...mil gaya\n"
    "X: kuch mat bolna",
    "X: train phir se late h\nX: is baar 40 min\nY: nooo\nY: agli baar snacks le jaana",
    "X: drive ke liye koi podcast bata\nY: wo cult wala suna?\nX: nhi! done",
    "X: plant lene ka soch rah{X:a/i} hoon\nY: tune cactus maar diya tha\nX: ek hi baar hua tha",
    "X: ok maine {show} start kar diya\nY: FINALLY\nY: kaunsa episode\n"
    "X: 3. sab itne shady kyun h\nY: bas dekhta ja",
    "X: weekend pe {film} chalein?\nY: ooh haan\nY: {day} afternoon?\nX: done",
    "X: mummy ko voice notes mil gaye h\nY: oh no\n"
    "X: aaj subah 6 bheje. ek mein sirf saans ki awaaz thi\nY: {LAUGH}",
    "X: abhi life ka best {food} khaya\nY: kahan\nX: {place}\nY: list mein daal rah{Y:a/i} hoon",
    "X: mera {thing} abhi bhi tere paas h?\nY: oh god haan sorry\nY: {day} ko le aa{Y:unga/ungi}",
    "X: kitne baje free ho{Y:ga/gi}?\nY: 6 hopefully\nX: baad mein {drink}?\nY: chal theek h",
    "X: <media>\nX: आज का आसमान!!\nY: वाह. नकली लग रहा है",
    "X: chawal chipchipe na ho iske liye kya karun\nY: paani kam daal lol\n"
    "X: genius. thank you chef",
    "X: ek sawaal, {friend} ke birthday ka gift kar rahe h na\n"
    "Y: {num} each bola tha shayad\nX: ok cool main dekh le{X:ta/ti} hoon\nX: card pe likha h:\n"
    "+ happy birthday!!\n+ love, hum sab\nX: boring h?\nY: perfect",
    "X: 3 ghante se is spreadsheet pe hoon\nY: mazaa aa raha hoga\nX: bilkul nhi\n"
    "Y: weekend aane wala h",
    "X: bus driver ne bola have a nice evening\nY: awww\nX: honestly din ban gaya",
    "X: aaj {town} gay{X:a/i} th{X:a/i}\nY: arre wah, kis liye?\n"
    "X: bas ghoomne. beach pe bhutta khaya\n"
    "Y: perfect din tbh",
    "X: <media>\nY: line toh dekh\nX: poore {town} ka same plan tha",
    "X: match dekha?\nY: mat pooch\nX: itna bura?\nY: loot liya humein",
    "X: abhi realise hua main saalon se galat bol rah{X:a/i} th{X:a/i}\nY: kya galat\nX: 'quinoa'\n"
    "Y: {LAUGH}",
    "X: bangs kata loon?\nY: nhi\nX: ok par sun toh\nY: phir bhi nhi 😂",
    "X: finally dentist book kar liya\nY: proud of you\nX: {month} ka mila, sabse jaldi wala",
    "X: {band} ka naya album kamaal h\nY: maine abhi suna nhi!\n"
    "X: track 4. bas itna hi bol{X:unga/ungi}",
    "X: geyser phir kharab ho gaya\nY: noooo\nY: landlord ko bataya?\n"
    "X: uncle 'dekh lenge' bol rahe h",
    "X: wo jagah kaunsi thi jo tune boli thi, momos wali\nY: {place}?\nX: haan wahi",
    "X: mujhe charity ke liye 5k daudne bola h\nY: tujhe??\nX: pata h\n"
    "Y: main 100 rupaye sponsor kar d{Y:unga/ungi} lol",
    "X: random h par shaadi wala wo gaana yaad h\nY: kaunsa\n"
    "X: jispe sab chilla rahe the\nY: London Thumakda obviously",
    "X: <media>\nY: ye tera naya desk setup h?\nX: work from home era\nY: bahut fancy",
    "X: abhi ek tractor ke peeche phasa hua hoon\nY: {LAUGH}\nY: gaon ki life",
    "X: maine poora dabba laddoo kha liya aur Diwali bhi nhi h\nY: respect",
    "X: challan kat gaya 🙃\nY: noooo kahan\n"
    "X: {shop} ke bahar. bas 4 min ke liye ruk{X:a/i} th{X:a/i}\n"
    "Y: criminal",
    "X: help. papa ke birthday pe kya doon\nY: socks\nX: unke paas 400 socks h\nY: toh 401",
    "X: upar wale flat ke bhaiya trumpet seekh rahe h\nY: noooo\nX: unhe 3 notes aate h\n"
    "+ aur wo subah 7 baje bajate h\nY: {LAUGH}",
    "X: maine Diwali ki lights wapas laga di\nY: {month_now} chal raha h\n"
    "X: mujhe khushi milti h ok",
    "X: shaadi mein sneakers pehen sak{X:ta/ti} hoon kya\nY: sneakers pe depend karta h\n"
    "X: <media>\nY: ...nhi",
    "X: update: bandar wapas aaya h aur dost ko bhi laya h\nY: bandar gang\n"
    "X: main outnumbered hoon",
    "X: us actor ka naam kya h, wo lighthouse wali cheez mein tha\n"
    "Y: thoda aur batana padega\nX: daadhi. chillata h\nY: wo vampire wala?\n"
    "X: HAAN. thank you. pagal ho rah{X:a/i} th{X:a/i}",
    "X: galti se poore department ko reply-all kar diya\nY: oh no kya likha tha\n"
    "X: 'lol ok'\nY: {LAUGH}\nY: honestly isse bura ho sakta tha",
    "X: sardi ki wajah se ghar bhej diya\nY: aww. soup aur {show}?\nX: already chal raha h 🤧",
    "X: raat ko cornflakes khana weird h?\nY: classic h\n"
    "X: meri life choices validate karne ke liye thank you",
    "X: {friend} ke kutte ne poora birthday cake kha liya\nY: NO\nY: wo theek h?\n"
    "X: wo theek h. {friend} nhi",
    "X: self checkout machine mujhse nafrat karti h\nY: unexpected item in bagging area?\n"
    "X: har. baar.",
    "X: random thought par garmi aane pe picnic karte h\nY: haan!! {town}?\n"
    "X: ya park, kam jhanjhat\nY: deal, sandwich main banaa{Y:unga/ungi}",
    "X: abhi apne chashme pe baith gay{X:a/i}\nY: kitna bura\nX: <media>\n"
    "Y: oh ye toh bura h",
    "X: maine train mein crossword shuru kiya h\nY: tu kaun h\nX: 3 answers aaye. 3!",
    "X: kisi ne bahar deewar pe poora lasagne chhod diya\nY: poora??\nX: abhi bhi garam h\n"
    "Y: khabardaar",
    "X: mere phone ne 'see you soon' ko 'sea you soon' kar diya\nY: nautical\n"
    "X: aur boss ko bhej diya",
    "X: wardrobe assemble kar rah{X:a/i} hoon\nX: 4 screw bach gaye\nY: bonus screws h\n"
    "X: wo tedha h",
    "X: <media>\nX: office se sunset, thoda sa compensate karta h\nY: thoda sa",
    "X: {friend} ne weekend ke baare mein bola?\nY: haan, {place} soch rahe h?\n"
    "X: mere liye theek h\nY: main usko bata d{Y:unga/ungi}",
    "X: sawaal. {show} start karna worth h?\nY: pehla season haan, doosra nhi\nX: noted",
    "X: abhi naani ko meme samjhana pada\nY: kaisa raha\n"
    "X: unhone ek wapas bheja. billi ki photo, koi text nhi\nY: iconic",
    "X: post office ki line bahar tak h\nY: {day} ko hamesha aisa hi hota h\n"
    "X: main yahin retire ho jaa{X:unga/ungi}",
    "X: baarish wale sunday ke liye koi film\nY: {film}\nX: do baar dekh li\n"
    "Y: teesri baar ka charm",
    "X: finally oven saaf kiya\nY: proud\nX: 2021 ka ek chips mila",
    "X: bura h ki main abhi se lunch soch rah{X:a/i} hoon\nY: 10 baje h\nX: wo 'nhi' nhi h",
    "X: naya phone cover chahiye, bata\nX: <media>\nX: <media>\nY: green wala\n"
    "X: pata tha tu yahi bol{Y:ega/egi}",
    "X: {shop} mein mere purane maths teacher mile\nY: pehchana?\n"
    "X: meri behen ke naam se bulaya\nY: {LAUGH}",
    "X: bina chhate ke baarish mein phas gay{X:a/i}\nY: weather app ne dhoop boli thi\n"
    "X: app ne jhooth bola",
    "X: {day} ko match kitne baje h\nY: 3 shayad\nX: bahar dekhein?\nY: obviously",
    "X: padosi ki billi ne mujhe adopt kar liya\nY: oh no. tu usko khila{X:ta/ti} h na\n"
    "X: bas thoda sa\n+ ek katori bhi le aay{X:a/i}",
    "X: 45 min se hold pe hoon\nY: kiske saath\nX: bank. wo music dimaag mein chhap gaya",
    "X: abhi ek aadmi ko kachhua leash pe ghumate dekha\nY: photo nhi toh hua nhi\n"
    "X: <media>\nY: incredible",
    "X: crochet seekhne ka soch rah{X:a/i} hoon\n"
    "Y: ek muffler banaa{X:ega/egi} aur chhod d{X:ega/egi}\n"
    "X: ek muffler hi toh chahiye",
    "X: tera wifi bhi ajeeb chal raha h ya sirf mera\nY: mera theek h\n"
    "X: great, personal h phir",
    "X: kal raat tere baare mein ajeeb sapna aaya\nY: bol\n"
    "X: tu waiter th{Y:a/i} aur mujhe soup laata ja rah{Y:a/i} th{Y:a/i}\n"
    "Y: ye weird nhi, ye toh acha sapna h",
    "X: {band} sunna band hi nhi ho raha\nY: naya wala?\nX: haan. Tuesday se repeat pe",
    "X: <media:audio>\nY: sorry, lag raha h tu aandhi mein h\n"
    "X: bike pe th{X:a/i} lol\nX: basically: {time} baje bahar?\nY: haan",
    "X: <media:video>\nY: ye KAISE kiya usne\nX: kutta genius h\nY: genius jo socks khata h",
]

DEEP_UK = [
    # X discloses a negative feeling, Y responds; "~~~" starts the follow-up a day or so later
    "X: ek baat honestly bolun?\nY: hamesha\n"
    "X: kuch time se kaam ko leke bahut low feel ho raha h\n+ Sunday raat se hi dar lagne lagta h\n"
    "Y: {VALIDATE}\nY: kuch hua h ya dheere dheere build up hua?\n"
    "X: build up shayad. {colleague} mujhpe kaam daalti rehti h aur main mana nhi kar pa{X:ta/ti}\n"
    "Y: ye toh thaka dene wala h. kisi ko bataya?\nX: nhi really\nY: {SUPPORT}\n~~~\n"
    "Y: aaj kaam kaisa tha? thoda better?\nX: thoda. maine ek baar {colleague} ko mana kiya 😅\n"
    "Y: dekho toh!! kaisa laga\nX: dar laga. par acha bhi",
    "X: {day} ko interview h\nX: honestly dar lag raha h ki gadbad kar d{X:unga/ungi}\n"
    "Y: nhi kar{X:ega/egi}. tujhe sab aata h\nY: sabse zyada kis cheez ki tension h?\n"
    "X: presentation. sab ghoorte h toh dimaag blank ho jata h\n"
    "Y: kal mujhpe practice kar{X:ega/egi}?\nX: sach mein? bahut help hogi\n~~~\n"
    "Y: interview kaisa gaya??\nX: theek shayad!! presentation acha gaya\nY: bola tha na\n"
    "Y: kya kya poocha?\n"
    "X: team wali cheezon pe bahut kuch. bole next week batayenge",
    "X: mummy ka phone aaya, scan reports theek nhi aayi\n"
    "X: samajh nhi aa raha kya karun\nY: oh no. I'm so sorry\n"
    "Y: kya boli wo?\n"
    "X: aur tests karne h. wo normal dikhne ki koshish kar rahi h par pata chal raha h pareshan"
    " h\nY: {VALIDATE}\nY: tu theek h? sach bata\nX: nhi yaar. ghabrahat ho rahi h\nY: {SUPPORT}\n"
    "~~~\nY: mummy ki koi news?\nX: tests {day} ko h. thodi calm lag rahi h\n"
    "Y: chalo kuch toh. tu kais{X:a/i} h?\nX: baat karke thoda better. thank you",
    "X: kabhi lagta h ki sabse peeche reh gaye ho?\nY: hamesha\n"
    "Y: achanak kyun?\nX: {friend} ki engagement hui aur ghar bhi le liya ek hi week mein\n"
    "X: main khush hoon uske liye par shower mein ro bhi liya lol\n"
    "Y: allowed h. dono cheezein sach ho sakti h\n"
    "Y: tu peeche nhi h, bas tera raasta alag h\n"
    "X: pata h. bas bol ke nikaalna tha",
    "X: aaj subah metro mein panic attack aaya\nY: oh god\n"
    "Y: abhi theek h? kahan h tu\nX: desk pe. theek hoon. bas kaanp rah{X:a/i} hoon\n"
    "Y: {VALIDATE}\n"
    "Y: pehle bhi hua h aisa?\nX: ek do baar. bataya nhi kyunki stupid feel hua\n"
    "Y: bilkul stupid nhi h\nY: {SUPPORT}\n~~~\n"
    "Y: aaj kaisa feel ho raha h? kal ke baad\nX: better. doctor ka appointment le liya\n"
    "Y: bahut acha kiya. proud of you",
    "X: lag raha h main har cheez mein fail ho rah{X:a/i} hoon\nY: hey. kya chal raha h?\n"
    "X: deadlines peeche\n+ flat ganda pada h\n+ naani ko hafton se call nhi kiya\n"
    "+ aur dinner mein chips khaye\nY: bahut saari cheezein ek saath h\n"
    "Y: sabse zyada stress kis baat ka h?\nX: deadlines shayad\n"
    "Y: ok. wo ek cheez h, sab kuch nhi. saath mein list banayein?\n"
    "X: haan. thank you. sorry rona ro rah{X:a/i} hoon\nY: rona nhi h, maine poocha tha",
    "X: is mahine paison ko leke bahut stress h\nY: kya hua?\n"
    "X: gaadi ka clutch gaya. {num} hazaar jo the hi nhi\nY: {VALIDATE}\n"
    "Y: main kuch kar sak{Y:ta/ti} hoon? thoda udhaar de sak{Y:ta/ti} hoon\n"
    "X: nhi nhi ho jayega. bas tight h. par thank you\nY: offer khula h",
    "X: honestly shift hone ke baad se thoda lost feel ho raha h\nY: lost matlab?\n"
    "X: yahan kisi ko jaan{X:ta/ti} nhi aur shaamein bahut lambi lagti h\n"
    "Y: mushkil h yaar. nayi jagah mein time lagta h\n"
    "Y: wo running club try kiya jo bola tha?\n"
    "X: abhi nhi. har baar darr ke peeche hat jaa{X:ta/ti} hoon\n"
    "Y: pehle din se pehle FaceTime karun himmat ke liye?\nX: lol haan actually",
    "X: bhai ki chinta ho rahi h\nY: kya hua use?\n"
    "X: kisi ko reply nhi kar raha. mummy bhi pareshan h\n"
    "Y: ye toh darr wali baat h. last baat kab hui?\nX: 2 hafte pehle\n"
    "Y: uske ghar ja sak{X:ta/ti} h?\nX: haan. {day} ko jaa{X:unga/ungi}\n~~~\n"
    "Y: bhai se mili?\n"
    "X: haan. bahut down h wo. par kisi se baat karne ko maan gaya\n"
    "Y: ye bahut badi baat h. tujhe kaisa lag raha h?\nX: sukoon. aur dukh. dono",
    "X: aaj ka din bahut bura tha\nY: oh no, kya hua\n"
    "X: {colleague} ne sabke saamne mujhe daanta\n"
    "X: tab toh sambhal liya par tab se haath kaanp rahe h\nY: ye bilkul galat h\n"
    "Y: tu theek h?\nX: honestly bahut zaleel feel hua\n"
    "Y: {VALIDATE}. tu iski haqdaar nhi th{X:a/i}\n"
    "Y: {SUPPORT}",
    "X: {day} ka soch ke hi dar lag raha h\nY: family wala function?\n"
    "X: haan. unke beech main hamesha 12 saal ke bacche jaisa feel kar{X:ta/ti} hoon\n"
    "Y: {VALIDATE}\n"
    "Y: jaldi nikal sak{X:ta/ti} h kya?\nX: bol sak{X:ta/ti} hoon subah office h\n"
    "Y: wahi kar. aur bura lage toh washroom se mujhe text kar 😂\nX: deal",
    "X: nhi mila\nX: job\nY: oh no. I'm so sorry\nY: kaisa feel ho raha h?\n"
    "X: honestly dil toot gaya. laga tha yahi wali hogi\nY: {VALIDATE}\n"
    "Y: koi feedback diya?\nX: 'very close second'. jo aur bhi bura h\n"
    "Y: close toh tha na. agli wali",
    "X: thoda vent kar loon?\nY: haan bol\n"
    "X: main thak gay{X:a/i} hoon har baar sab kuch organise karne wal{X:a/i} banke\n"
    "X: koi thanks bhi nhi bolta\n"
    "Y: {VALIDATE}\nY: koi bhi thak jayega\nY: is baar kiske saath?\n"
    "X: college wale. reunion\nY: agla kaam kisi aur ko de de?\n"
    "X: haan tu sahi h",
    "X: neend bilkul nhi aa rahi theek se\nY: kab se?\n"
    "X: do hafte se. subah 4 baje aankh khul jaati h aur dimaag chalne lagta h\n"
    "Y: ye toh thaka dene wala h\n"
    "Y: koi khaas baat h jo jagaye rakhti h?\nX: zyada toh contract ki uncertainty\n"
    "Y: samajh aata h. bahut bojh h\nY: {SUPPORT}",
    "X: aaj papa ki bahut yaad aa rahi h\nY: oh yaar\nY: barsi h kya?\n"
    "X: nhi bas. dukaan mein wo gaana baj gaya\nY: {VALIDATE}\n"
    "Y: unke baare mein batay{X:ega/egi}? mujhe sunna acha lagega\n"
    "X: wo car mein bahut besura gaate the\nX: jaan boojh ke besura\n"
    "Y: bahut mast insaan lagte h\nX: the",
    "X: lagta h {friend} ko kuch bolna padega par dar h dosti na toot jaye\n"
    "Y: kya chal raha h uske saath?\n"
    "X: wo last minute cancel karti rehti h aur lagta h main uski priority hi nhi\n"
    "Y: {VALIDATE}\n"
    "Y: tu usse kya bolna chah{X:ta/ti} h?\nX: bas ki bura lagta h. koi bada drama nhi\n"
    "Y: ye fair bhi h aur pyaar se bhi. mujhe lagta h wo jaanna chahegi\n~~~\n"
    "Y: {friend} se baat hui aakhir?\n"
    "X: haan!! usne sorry bola. boli bahut overwhelmed thi\n"
    "Y: thank god. tu kaisa feel kar rah{X:a/i} h?\n"
    "X: honestly halka",
    "X: kal ke results ko leke nervous hoon\nY: blood test wale?\n"
    "X: haan. shayad kuch nhi h par dimaag worst case soch raha h\n"
    "Y: bilkul normal h. intezaar hi sabse bura hota h\nY: main saath chalun?\n"
    "X: chalega tujhe?\nY: obviously",
    "X: shaam ko bahut anxiety ho rahi h aajkal\n"
    "Y: kisi khaas cheez ki?\nX: nhi really. bas aa jaati h\n"
    "Y: ye toh bahut bura h. pehle bhi hua h?\nX: saalon se kabhi kabhi\n"
    "Y: batane ke liye thanks\nY: jab aati h toh kya help karta h?\nX: walk. ya tujhse baat tbh",
    "X: aajkal neend acchi nhi aa rahi\n"
    "X: raat bhar jaagti reh{X:ta/ti} hoon sochte hue ki sahi job mein hoon ya nhi\n"
    "Y: oh no. kab se chal raha h?\nX: sach bolun toh do teen mahine se\n"
    "Y: {VALIDATE}\nY: job mein kya cheez pareshan kar rahi h?\n"
    "X: lagta h ab main usmein acha hi nhi raha\n"
    "Y: jo bhi ho, tu sabse capable logon mein se h jinhe main jaan{Y:ta/ti} hoon\n"
    "X: ye sunke sach mein acha laga",
    "X: pata h silly h par bahut bura laga ki kisi ko meri work anniversary yaad nhi thi\n"
    "Y: silly nhi h\nY: 10 saal badi baat h\nX: bas thoda invisible feel hua\n"
    "Y: {VALIDATE}\nY: {day} ko main tujhe bahar le ja rah{Y:a/i} hoon. proper celebration\n"
    "X: zaroorat nhi h\nY: mann h mera",
    "X: reunion mein sabse milne ko leke bahut anxious hoon\n"
    "Y: kis baat ki tension h?\n"
    "X: ki sabne itna kuch kar liya aur mere paas bolne ko kuch nhi hoga\n"
    "Y: samajh sak{Y:ta/ti} hoon. par log bas milna chahte h\n"
    "Y: aur tere paas bahut kuch h bolne ko. tu bhool jaati h\nX: ha. shayad\n"
    "Y: main tera plus one banke chalun?\nX: haan please",
    "X: ek baat bataun jo kisi ko nhi batayi\nY: haan bol\n"
    "X: maine therapist ke paas jaana shuru kiya h\nX: ajeeb si sharam aa rahi h\n"
    "Y: mujhe toh ye bahut acha lag raha h honestly\nY: kaisa chal raha h?\n"
    "X: mushkil. par acha mushkil. wo aise sawaal poochti h jo kisi ne nhi pooche\n"
    "Y: kya boli wo?\n"
    "X: zyada toh 'aur aapko kaisa laga' lol. par help hoti h\n"
    "Y: proud of you ki tu gay{X:a/i}. {SUPPORT}",
    "X: aaj main poori tarah toot gay{X:a/i}\nX: office se pehle parking mein roy{X:a/i}\n"
    "Y: oh no. ye bahut mushkil h\nY: kya hua tha?\n"
    "X: pata bhi nhi. sab kuch jama ho gaya\nY: {VALIDATE}\nY: ab theek h?\n"
    "X: thoda better. bas aisa feel karte karte thak gay{X:a/i} hoon\nY: {SUPPORT}\n~~~\n"
    "Y: aaj kais{X:a/i} h? teri yaad aa rahi thi\n"
    "X: thodi better thanks. aakhir kaar theek se soy{X:a/i}\nY: sunke bahut acha laga",
    "X: sach bolun toh shift hone ko leke bahut dar lag raha h\nY: kis cheez ka?\n"
    "X: sab ka. naya sheher, nayi job, kisi ko nahi jaan{X:ta/ti}\n"
    "Y: obviously. ek saath itna badlaav\n"
    "Y: pehle kuch hafte kaise aasaan ho sakte h?\n"
    "X: ye pata ho ki bura lage toh tujhe call kar sak{X:ta/ti} hoon\n"
    "Y: kar sak{X:ta/ti} h. kabhi bhi, seriously",
    "X: lagta h mummy bhoolne lagi h\n"
    "X: mera birthday bhool gayi aur ek hi kissa 3 baar sunaya\nY: oh ye toh darr wali baat h\n"
    "Y: unse kuch bola?\nX: abhi nhi. samajh nhi aa raha kaise baat shuru karun\n"
    "Y: {VALIDATE}\nY: bhai ke saamne?\nX: haan. shayad wo aasaan hoga",
    "X: baby ke baad lagta h main khud ko kho chuk{X:a/i} hoon\n"
    "X: usse bahut pyaar h par apni life pehchaan mein nhi aati\nY: ye bahut mushkil h\n"
    "Y: aur bahut normal bhi, for what it's worth\nY: sabse zyada kya miss kar{X:ta/ti} h?\n"
    "X: bas ek ghanta jo sirf mera ho\n"
    "Y: {day} ko ek afternoon usko mere paas chhod. tu kuch bhi kar\nX: sach mein?\n"
    "Y: obviously",
    "X: {friend} se thodi jealousy ho rahi h aur mujhe ye feeling pasand nhi\n"
    "Y: jealousy kaisi?\n"
    "X: wo sab kuch itna aasaan dikhati h\nY: samajh aata h. bahut human h\n"
    "Y: tujhe pata h na wo bhi struggle karti h?\nX: pata h. phir bhi feeling nhi jaati\n"
    "Y: nhi jaati. par honestly batane ke liye thanks",
    "X: is hafte barsi h\nX: 5 saal\nY: pata h. tere baare mein soch rah{Y:a/i} th{Y:a/i}\n"
    "Y: kaisa lag raha h?\nX: bhaari. aasaan nhi hota, bas alag ho jata h\n"
    "Y: {VALIDATE}\nY: us din saath chahiye ya akele rehna h?\nX: saath shayad\n"
    "Y: main aa ja{Y:unga/ungi}",
    "X: lagta h aaj office mein gadbad kar di\nX: client ko galat file bhej di\n"
    "Y: oh no. kitna bura?\nX: unhone notice kiya. boss khush nhi the\n"
    "X: bahut stupid feel ho raha h\n"
    "Y: tu stupid nhi h, insaan h\nY: theek kiya?\n"
    "X: haan, turant sahi wali bhej di\nY: toh tune sahi kiya. nikal jayega",
    "X: shaadi ki planning se bahut overwhelmed hoon\nY: oh no. sabse bura kya h?\n"
    "X: sabki apni raaye h aur lagta h main sabko disappoint kar rah{X:a/i} hoon\nY: {VALIDATE}\n"
    "Y: par din tera h, unka nhi\nX: pata h. bas kisi ko niraash karna accha nhi lagta\n"
    "Y: {day} ko saath mein list dekhein?",
    "X: team mein select nhi hua\nX: phir se\nY: oh no, I'm sorry\n"
    "Y: kaisa lag raha h?\nX: honestly dil toot gaya. itni mehnat ki thi\n"
    "Y: {VALIDATE}. wo mehnat bekaar nhi gayi\nX: abhi toh aisa nhi lagta\n"
    "Y: pata h. {SUPPORT}",
    "X: meri aur didi ki bahut badi ladai hui\nY: oh no, kis baat pe?\n"
    "X: papa ki dekhbhaal. usko lagta h main kaafi nhi karti\n"
    "X: aur sabse buri baat ye ki shayad wo sahi h\n"
    "Y: ye bahut dard wali baat h\n"
    "Y: tu bahut kar{X:ta/ti} h. jitna tu soch{X:ta/ti} h usse zyada\n"
    "X: shayad. bas har waqt guilt feel hota h\nY: {SUPPORT}",
    "X: aajkal bahut insecure feel ho raha h\nY: kisi khaas baat ko leke?\n"
    "X: zyada toh kaisi dikh{X:ta/ti} hoon. stupid h\n"
    "Y: stupid nhi h. roz ke feel pe asar padta h\n"
    "Y: kuch hua kya?\nX: bas shaadi ki photos\n"
    "Y: for what it's worth un photos mein tu khush aur gorgeous lag rah{X:a/i} th{X:a/i}",
    "X: mujhe dar h ki main bahut zyada peene lag{X:a/i} hoon\nY: batane ke liye thank you\n"
    "Y: aisa kyun lag raha h?\nX: ab har raat hota h, sirf weekend nhi\n"
    "Y: {VALIDATE}. notice karna himmat ki baat h\n"
    "Y: saath mein ek dry month karein? mujhe bhi zaroorat h\nX: haan. help hogi",
    "X: lagta h doston ke saath hamesha main hi effort kar{X:ta/ti} hoon\n"
    "Y: ye thaka deta h\nY: kuch hua kya?\n"
    "X: birthday pe tere aur mummy ke alawa kisi ne message nhi kiya\n"
    "Y: oh yaar. ye sach mein dukh deta h\n"
    "Y: I'm sorry\nX: it's ok. bas bolna tha",
    "X: doctor aur tests karwana chahte h\nX: panic na karne ki koshish kar rah{X:a/i} hoon\n"
    "Y: obviously tension hogi\nY: exactly kya bola unhone?\n"
    "X: bas kuch cheezein rule out karni h\n"
    "Y: aksar bas itna hi hota h. par phir bhi darr lagta h\n"
    "Y: appointment kab h? main aa sak{Y:ta/ti} hoon\n"
    "~~~\nY: tests ki koi news?\nX: sab normal!!\nY: thank god\nY: kaisa feel ho raha h?\n"
    "X: jaise sir se bojh utar gaya",
    "X: honestly single reh reh ke thak gay{X:a/i} hoon\nY: aww. achanak kyun?\n"
    "X: office mein sabki engagement ho rahi h\n"
    "X: aur main khaali flat aur microwave khane ke paas wapas aa{X:ta/ti} hoon\nY: {VALIDATE}\n"
    "Y: for what it's worth koi bhi lucky hoga tujhe paake\nX: ye apps ko bata 😅\n"
    "Y: apps toh nightmare h. tu problem nhi h",
    "X: kabhi lagta h office mein bas acting kar rahe ho?\nY: hamesha\n"
    "Y: kyun, kya hua?\n"
    "X: team meeting lead karne ko bola aur main ghabra gay{X:a/i}\n"
    "X: lagta h sabko pata chal jayega ki mujhe kuch nhi aata\n"
    "Y: ye impostor syndrome bol raha h\n"
    "Y: unhone tujhe isliye bola kyunki unhe lagta h tu kar sak{X:ta/ti} h\n"
    "X: hope tu sahi ho",
    "X: chhuttiyan khatam hone ke baad se thoda low hoon\nY: post holiday blues?\n"
    "X: zyada ye realise hua ki yahan ka routine mujhe kitna bura lagta h\n"
    "Y: oh. ye toh badi realisation h\n"
    "Y: bahar rehke kya acha laga?\nX: time hona. jaldi na hona. bahar rehna\n"
    "Y: yahan thoda wo kaise ho sakta h?\nX: shayad. sochna padega",
    "X: {friend} ne kuch bola jo bahut chubh gaya\nY: kya bola?\n"
    "X: ki main 'bahut zyada' hoon. mazaak mein par\nY: ouch. {VALIDATE}\n"
    "Y: tu bahut zyada nhi h. tu tu h\nX: thanks. lagta h dukhti rag pe haath rakh diya\n"
    "Y: usse baat kar{X:ega/egi} is baare mein?\nX: shayad jab thoda kam upset hoon{X:ga/gi}",
]

NEWS_UK = [
    "X: GUESS KARO\nY: kya kya\nX: promotion mil gaya!!\nY: {HYPE}\n"
    "Y: kab pata chala??\nX: abhi abhi, {colleague} ne cabin mein bulaya\n"
    "Y: tu deserve kar{X:ta/ti} h. {day} ko party",
    "X: driving test pass ho gaya 🚗\nY: {HYPE}\nY: pehli baar mein??\n"
    "X: pehli baar!! bas 2 choti galtiyan\nY: ab tujhe mujhe kahin ghumana padega",
    "X: unhe presentation bahut pasand aayi\nY: mujhe pata tha!!\nY: kya bole?\n"
    "X: ki saal ki sabse clear presentation thi\nY: kamaal h. proud of you",
    "X: flat mil gaya!!\nY: {HYPE}\nY: wo badi khidki wala?\n"
    "X: wahi!! {month} mein shift\nY: main help karne aa{Y:unga/ungi}. aur tera sofa judge karne",
    "X: finally painting poori ho gayi\nX: <media>\nY: ruk ye toh bahut acchi h\n"
    "Y: kitna time laga?\nX: 3 mahine ke Sundays lol\nY: worth it. frame karwa",
    "X: poora 5k bina ruke daud liya\nY: {HYPE}\nY: kaisa lag raha h\n"
    "X: mar gay{X:a/i}. par khushi wali maut\nY: 😂 proud",
    "X: choti si jeet par aaj boss ne thank you bola\nY: choti nhi h! kis liye?\n"
    "X: client wala mamla sort karne ke liye\nY: finally kisi ne notice kiya",
    "X: course mein admission ho gaya!!\nY: {HYPE}\nY: evening wala?\n"
    "X: haan! {month} se start\nY: kaisa feel ho raha h?\nX: excited aur thoda darr bhi",
    "X: finally didi ko bata diya shaadi wali cheezon ke baare mein kaisa feel hua\n"
    "Y: kaisa raha??\nX: actually bahut acha. usne suna\nY: bahut khushi hui. himmat ka kaam tha",
    "X: bathroom finally ban gaya\nX: <media>\nY: hotel jaisa lag raha h!!\n"
    "Y: tiles khud lagaye?\nX: ek ek karke\nY: incredible",
    "X: salary badh gayi!!\nY: {HYPE}\nY: kitni?\n"
    "X: itni ki ab coffee lene se pehle bank balance check nhi karna padega\n"
    "Y: honestly yahi toh sapna h",
    "X: landlord ne billi ke liye haan bol diya\nY: STOP\nY: kab la rahe ho?\n"
    "X: {day} ko shelter ja rahe h\nY: turant photos bhejna",
    "X: mera article chhap gaya!\nX: <media>\nY: {HYPE}\nY: kis baare mein tha?\n"
    "X: wo community garden wala\nY: abhi padh rah{Y:a/i} hoon",
    "X: pehla draft khatam\nY: novel ka??\nX: novel ka!!\nY: {HYPE}\n"
    "Y: kaisa lag raha h?\nX: sapne jaisa. aur thoda darr",
    "X: {town} wali job offer ho gayi\nY: {HYPE}\nY: le rah{X:a/i} h?\n"
    "X: shayad haan!! main excited hoon\nY: bahut khush hoon tere liye. aur apne liye udaas lol",
    "X: aaj 100 din bina daaru ke\nY: ye bahut badi baat h. bahut proud hoon\n"
    "Y: kaisa lag raha h?\nX: saaf saaf. aur pehli baar khud pe proud\nY: hona bhi chahiye",
    "X: probation clear ho gaya\nY: {HYPE}\nY: kuch acha bola?\n"
    "X: 'team ke liye asset'\nY: frame kar rahe h isko",
    "X: bhai ki shaadi ho rahi h!!\nY: aww!! Sonal se?\n"
    "X: haan! aur mujhe speech dene bola h\nY: kitna pyaara. tu rone lag{X:ega/egi}\n"
    "X: main abhi se ro rah{X:a/i} hoon",
]

REPAIR_UK = [
    # X raises something about how Y treats them; Y repairs
    "X: ek baat bolun bina bada issue banaye?\nY: haan bol\n"
    "X: thoda bura laga jab tune {day} ka plan ek ghanta pehle text pe cancel kiya\n"
    "Y: tu sahi h. bahut bura kiya maine, sorry\n"
    "Y: main overwhelmed th{Y:a/i} aur galat tarike se handle kiya\n"
    "X: ye bolne ke liye thanks. it's ok\n"
    "Y: bharpaai karne de? {place}, meri treat\nX: deal 😊",
    "X: kal raat tu meri baat ke beech mein bol rah{Y:a/i} th{Y:a/i}\n"
    "X: jab main sabko job ke baare mein bata rah{X:a/i} th{X:a/i}\n"
    "Y: oh god sach mein? sorry yaar\n"
    "Y: aisa matlab nhi tha. main over excited ho jaa{Y:ta/ti} hoon\n"
    "X: pata h. bas thoda chhota feel hua\n"
    "Y: fair h. dhyaan rakh{Y:unga/ungi}. batane ke liye thank you",
    "X: hey, thoda bura laga ki tune dadu wali baat pe reply nhi kiya\n"
    "Y: oh no. tu sahi h\n"
    "Y: train mein padha aur phir dimaag se nikal gaya, I'm so sorry\nY: wo kaise h?\n"
    "X: ab stable h. thanks\nY: mujhe pehle poochna chahiye tha. main hoon",
    "X: paiso wali baat pe baat kar sakte h?\nY: haan\n"
    "X: lagta h tickets ke paise hamesha main hi de{X:ta/ti} hoon aur ab thoda zyada ho raha h\n"
    "+ \n+ koi badi baat nhi, bas nhi chah{X:ta/ti} th{X:a/i} ki ban jaye\nY: fair h actually\n"
    "Y: mujhe pata hi nhi chala kitna ho gaya, sorry\nY: abhi apna half bhej{Y:ta/ti} hoon\n"
    "X: thank you. ye baat uthana bahut awkward tha\nY: acha kiya jo bola",
    "X: ek choti si baat honestly bolun\nY: bol\n"
    "X: kal raat jab main job ki baat bata rah{X:a/i} th{X:a/i} tu poore time phone pe th{Y:a/i}\n"
    "X: aur laga jaise main khud se baat kar rah{X:a/i} hoon\n"
    "Y: oh. tu sahi h, main th{Y:a/i}. sorry\n"
    "Y: office ka kuch reply kar rah{Y:a/i} th{Y:a/i} aur nhi karna chahiye tha\n"
    "Y: phir se bata? is baar dhyaan se\nX: thank you. ok toh",
]

COUPLE_UK = [
    "X: miss you\nY: miss you more\nX: impossible\nY: 🙄 ❤️",
    "X: {day} ko kya karna h?\nY: ghar pe, tu, {food}, {show}\nX: perfect answer",
    "X: aaj tere baare mein soch rah{X:a/i} th{X:a/i}\nY: acchi baatein hopefully\nX: hamesha\n"
    "Y: ❤️",
    "X: teri mummy ka message aaya\nY: oh no kya chahiye tha\n"
    "X: poochh rahi thi main tujhe 'theek se khila' rah{X:a/i} hoon ya nhi\nY: 😂😂 sorry yaar",
    "X: kal raat bahut acchi lagi\nY: mujhe bhi. bahut time baad theek se baat hui\n"
    "X: aisa aur karna chahiye\nY: haan. phone side mein, TV band",
    "X: tujhse milne ka wait nhi ho raha\nY: bas 2 raatein aur\n"
    "X: ginna band kar, aur lamba lagta h",
    "X: <media>\nX: hamari pehli trip ki photo mili\nY: oh my god tere baal dekh\nX: rude\n"
    "Y: I love it. I love you",
    "X: aaj ke liye thank you\nY: kis liye?\n"
    "X: bas saath hone ke liye. pata h thoda zyada ho gaya tha\n"
    "Y: bilkul nhi. mujhe tere saath hona acha lagta h",
    "X: घर कब तक?\nY: 20 मिनट\nX: चाय चढ़ा दे{X:ता/ती} हूँ\nY: शादी कर लो मुझसे",
    "X: doodh mat bhoolna\nY: le bhi liya\nX: tum kaun ho\nY: sudhra hua insaan",
    "X: tere birthday ke liye kuch book kiya h\nY: kahan??\nX: nhi bataa{X:unga/ungi}\n"
    "Y: 🙈 you're the best",
    "X: pata h na tujhpe proud hoon\nY: kis liye?\n"
    "X: aajkal sab kuch. job wali cheez, teri mummy, sab\n"
    "Y: ye sunke bahut acha laga. thank you",
    "X: aaj bahar se mangwa lein?\nY: {place}?\nX: tune mera mann padh liya",
    "X: sorry subah chidchid{X:a/i} th{X:a/i}\nY: koi na. neend nhi aayi?\n"
    "X: haan. aur gussa tujhpe nikaal diya\nY: bolne ke liye thanks. love you",
    "X: hamari sabse favourite memory kaunsi h teri\nY: Tuesday ke liye bada sawaal h\n"
    "Y: shayad wo raat jab {town} mein gaadi kharab hui aur baarish mein maggi khayi\nX: meri bhi",
    "X: tera plant tujhe miss kar raha h\nY: sirf plant?\nX: aur main. zyada main",
    "X: soch rah{X:a/i} th{X:a/i} ek trip plan karein\nY: haan. kahan?\nX: kahin garam. {month}?\n"
    "Y: weekend pe dekhte h",
    "X: aaj kuch khaya?\nY: sort of. ek sandwich\nX: wo khana nhi h\n"
    "Y: khana hi toh h",
    "X: mujhe acha lagta h jab tu shower mein gaa{Y:ta/ti} h\n"
    "Y: main shower mein nhi gaa{Y:ta/ti}\n"
    "X: bilkul gaa{Y:ta/ti} h. besura\nY: 😂",
    "X: lamba din tha. hug chahiye\nY: aaja phir\nY: {time} baje tak ghar aa jaa{Y:unga/ungi}",
    "X: tere bina sona ajeeb lagta h\nY: 3 raatein aur\nX: bed bahut bada lagta h\n"
    "Y: tab tak poora bed tera",
    "X: beemar th{X:a/i} toh dhyaan rakhne ke liye thanks\nY: mera kaam h\nX: tera kaam nhi h\n"
    "Y: mera favourite kaam h",
    "X: {day} ko proper date night karein?\nY: matlab dress up wala?\n"
    "X: haan dress up wala. {place}\nY: it's a date ❤️",
    "X: <deleted>\nX: ignore kar, galat chat 🙈\nY: ab toh curiosity ho gayi\n"
    "X: tere birthday gift ke baare mein tha\nY: ok ignore!! la la la",
    "X: <media:audio>\nY: sun nhi sak{Y:ta/ti}, meeting mein hoon\n"
    "X: bas main happy monday ga rah{X:a/i} hoon\nY: lunch pe sun{Y:ta/ti} hoon",
]

# --- US pools (Meera & Kabir, college friends in different cities; Jo & Sam)

OPEN_US = [
    "X: heyy\nY: hey! kya scene h",
    "X: jaag rahe ho?\nY: unfortunately lol",
    "X: good morning ☀️\nY: morning!! neend kaisi aayi",
    "X: oye\nY: oyeee",
    "X: week kaisa chal raha h\nY: honestly bahut hectic. tera?\nX: same lol",
    "X: office mein itna bore ho rah{X:a/i} hoon\nY: same, entertain kar mujhe",
    "X: ek sec baat kar sakte h?\nY: haan bol kya hua",
    "X: hiii\nY: hey tu!",
    "X: sooo\nY: uh oh kya hua",
    "X: zinda ho?\nY: bas kisi tarah lol",
]

CLOSE_US = [
    "X: ok mujhe jaana h\nY: baad mein baat karte h!",
    "X: sone ja rah{X:a/i} hoon, gn!\nY: gn!!",
    "X: ok nikal rah{X:a/i} hoon, ttyl\nY: have fun!",
    "X: neend se gir rah{X:a/i} hoon, gn\nY: gn 😴",
    "X: love u, kal baat karte h\nY: love you too",
    "X: ok ab jaane de{X:ta/ti} hoon\nY: jaldi baat karte h!",
    "X: bhaagna h, meeting\nY: good luck!",
]

LIGHT_US = [
    "X: is weekend kya kar rahe ho\nY: literally kuch nhi aur main itna excited hoon\n"
    "X: goals",
    "X: <media>\nX: dekh abhi kis kutte se mil{X:a/i}\nY: OMG\nY: uske kaan!!",
    "X: {show} dekha?\nY: abhi nhi no spoilers!!\nX: mera munh band 🤐",
    "X: abhi {shop} pe bekaar cheezon pe {num}00 uda diye\nY: classic {shop}\n"
    "X: shampoo lene gay{X:a/i} th{X:a/i}",
    "X: yahan {weather} h\nY: ugh same. summer wapas chahiye",
    "X: yaad dila wo jagah ka naam jahan {food} khaya tha\nY: {place}?\nX: haan!! thank you",
    "X: aaj raat {food} bana rah{X:a/i} hoon\nY: mere liye bachana\nX: aa ja phir lol",
    "X: colleague ne abhi microwave mein machli garam ki\nY: noooo\n"
    "X: poore floor pe smell h\nY: {LAUGH}",
    "X: {day} fix h na?\nY: haan! {time}?\nX: perfect milte h",
    "X: phir se {thing} kho gaya\nY: fridge mein dekh lol\nX: ...fridge mein kyun tha",
    "X: lagta h running try kar{X:unga/ungi}\nY: tu kaun h\nX: pata nhi ek video dekha\n"
    "Y: lmaooo ok batana kaisa raha",
    "X: <media>\nY: ye tera naya flat h??\nX: haan!! sofa abhi bhi nhi h\nY: kitna cute h",
    "X: koi acha dentist pata h\nY: mera theek h? number bhej{Y:ta/ti} hoon\nX: ty",
    "X: {band} ka tour aa raha h!!\nY: KYA\nY: kab\nX: {month}. tickets friday ko khulenge\n"
    "Y: hum ja rahe h",
    "X: मम्मी ने इंस्टाग्राम रील्स ढूँढ ली\nY: oh no\n"
    "X: आज सुबह 12 रील्स भेजीं\nY: {LAUGH}",
    "X: aaj galat classroom mein chal{X:a/i} gay{X:a/i}\nY: lol\n"
    "X: aur 10 min baith{X:a/i} rah{X:a/i} kyunki nikalne mein sharam aa rahi thi\nY: iconic",
    "X: traffic pagal h abhi\nY: kahan h\nX: Silk Board pe. late ho ja{X:unga/ungi}\n"
    "Y: main table le le{Y:ta/ti} hoon",
    "X: baal chhote kara loon?\nY: haan\nX: tune socha bhi nhi\n"
    "Y: 3 saal se wait kar rah{Y:a/i} th{Y:a/i} tu poochhe",
    "X: <media>\nX: bread banayi!!\nY: ok bakery era\nY: acchi bani?\n"
    "X: thodi dense h par proud hoon",
    "X: {friend} ki shaadi ho rahi h??\nY: PATA H\n"
    "Y: mujhe bhi baaki sab ki tarah instagram se pata chala\nX: lmao",
    "X: naya show chahiye dekhne ko\nY: {show} dekha?\nX: nhi acha h kya?\nY: trust me",
    "X: abhi challan kata 🙃\nY: nooo kitna\nX: {num}00\nY: ye toh loot h",
    "X: wo recipe kya thi jo tune bheji thi\nY: {food} wali?\nX: haan kho gayi\nY: <media>",
    "X: aaj gym ne maar diya\nY: leg day?\nX: leg day. chal nhi pa rah{X:a/i}\nY: lol respect",
    "X: yakeen h {month_now} aa bhi gaya\nY: nhi aur mujhe pasand nhi",
    "X: landlord ne finally heater theek kiya\nY: bas 3 mahine lage\n"
    "X: bilkul garmiyon se pehle lol",
    "X: pottery class join ki\nY: ok ghost era\nX: lmao bas kar",
    "X: plane mein bagal wala banda naakhun kaat raha h\nY: NO\nX: main cheekhne wal{X:a/i} hoon\n"
    "Y: {LAUGH}",
    "X: housewarming pe ghar ka bana khana le jaana weird h?\nY: bahut aunty wali harkat h\n"
    "X: main isko haan samajh rah{X:a/i} hoon",
    "X: <media>\nX: meri billi ko printer ka dabba mil gaya\nY: kitni khush h\n"
    "Y: honestly printer worth tha",
    "X: kabhi dinner mein sirf cornflakes khaye h\nY: usko Tuesday kehte h",
    "X: desk ke liye plant liya\nY: kaunsa\nX: wo wala jo hopefully na mare\nY: good luck 🪴",
    "X: upar wali padosan tap dance seekh rahi h\nY: raat ko??\nX: raat 11 baje\n"
    "Y: {LAUGH} ok ye ek choice h",
    "X: road trip wali playlist bhej na\nY: wo 2000s ke embarrassing gaano wali?\n"
    "X: haan wahi\nY: <media>",
    "X: abhi ek banda billi ko leash pe ghuma raha tha\nY: apni best life jee raha h",
    "X: jiske paas sab kuch ho usko kya doon\nY: candle\nX: uske paas candles h\n"
    "Y: alag candle",
    "X: parallel park karne ki koshish ki aur haar maan li\nY: lol kahan\n"
    "X: sunday market mein 8 logon ke saamne\nY: iconic",
    "X: mera hoodie abhi bhi tere paas h?\nY: shayad\nX: matlab haan\nY: ab wo mera h",
    "X: office ke paas wala coffee place band ho gaya 😭\nY: noooo wo cute barista wala?\n"
    "X: WAHI cute barista. gaya",
    "X: update: bread ab sourdough starter ban gayi h\nY: oh no tu bhi unmein se h ab\n"
    "X: uska naam Doug h",
    "X: random h par {town} ke us bar ka naam yaad h\nY: jismein mechanical bull tha?\n"
    "X: haan!!\nY: no idea lmao",
    "X: {film} dekhne ki koshish kar rah{X:a/i} hoon par neend aa rahi h\nY: 3 ghante ki h\n"
    "X: 4 ki h",
    "X: guess kaun aaj lift mein phasa\nY: NO\nY: theek h??\n"
    "X: 20 min ek bande ke saath jo tuna kha raha tha\nY: I'm so sorry 💀",
    "X: finally yahan snow pad rahi h\nX: <media>\nY: kitna pyaara\n"
    "Y: yahan baarish. hamesha ki tarah",
    "X: bangs kata loon?\nY: nhi\nX: tu hamesha nhi bol{Y:ta/ti} h\n"
    "Y: aur main hamesha sahi ho{Y:ta/ti} hoon",
    "X: {shop} ja rah{X:a/i} hoon, kuch chahiye\nY: main 1500 km door hoon\n"
    "X: pata h bas kisi ko batana tha",
    "X: 4 din ka weekend aa raha h!!\nY: plans?\nX: bilkul koi nhi aur wait nhi ho raha",
    "X: wo show kaunsa tha jiska tu pichhle saal deewana tha\nY: {show}?\nX: nhi doosra\n"
    "Y: main bahut shows ka deewana hoon",
    "X: <media>\nY: ye poori pie h?\nX: Diwali ki practice\nY: abhi {month_now} h\n"
    "X: practice",
    "X: bhai ne abhi call karke poocha anda kaise ubaalte h\nY: wo 26 ka h\nX: wo 26 ka h",
    "X: <call>\nX: sorry, galti se lag gaya lol\nY: lmao main panic karne wal{Y:a/i} th{Y:a/i}",
    "X: <call>\nX: free hoke call karna? kuch bura nhi, bas ek kissa\n"
    "Y: ghar ja rah{Y:a/i} hoon, 20 min mein call kar{Y:ta/ti} hoon",
    "X: <deleted>\nY: ??\nX: galat chat lol\nY: suspicious",
    "X: <media:sticker>\nY: ye sab tujhe milte kahan se h",
    "X: <media:audio>\nY: omg voice note wala essay\nX: bas sun le\nY: ok sun rah{Y:a/i} hoon",
    "X: <media:video>\nX: bhatije ne pehla kadam rakha!!\nY: OMG\nY: kitna proud h wo khud pe",
    "X: <media:gif>\nY: lmaooo ekdum sahi",
]

DEEP_US = [
    "X: ek thodi embarrassing baat bataun\nY: hamesha\n"
    "X: shift hone ke baad se bahut mushkil time chal raha h\n"
    "+ poora weekend nikal jata h kisi se baat kiye bina\n"
    "Y: ismein embarrassing kuch nhi h. ye sach mein bahut mushkil h\n"
    "Y: kab se aisa h?\nX: honestly {month_past} se\n"
    "Y: acha kiya jo bataya\nY: har sunday fix call karein?\n"
    "X: mujhe bahut acha lagega",
    "X: office ke review ko leke bahut stress h\nY: sabse bura kya h?\n"
    "X: {colleague} kar rahi h aur lagta h usne pehle hi decide kar liya ki main bekaar hoon\n"
    "Y: bahut pressure h. aisa kyun lagta h?\n"
    "X: wo kabhi kuch acha nhi bolti. sirf galtiyan\n"
    "Y: ye thaka dene wala h. par tu apne kaam mein bekaar nhi h\n"
    "X: thanks. ye sunna tha mujhe\n~~~\nY: review kaisa gaya??\n"
    "X: socha tha usse acha! usne kuch acchi baatein bhi boli\nY: dekha!! kya bola?\n"
    "X: ki main 'pressure mein reliable' hoon lol\nY: facts",
    "X: mummy papa ka phir se jhagda ho raha h\nY: oh no. wo bura wala?\n"
    "X: haan. mummy ne kal raat rote hue call kiya\nY: I'm so sorry. tu theek h?\n"
    "X: nhi yaar. lagta h hamesha beech mein phas{X:a/i} reh{X:ta/ti} hoon\n"
    "Y: ye bahut mushkil jagah h\nY: tu peeche hat sak{X:ta/ti} h, pata h na\n"
    "X: pata h. bas guilty feel hota h",
    "X: lagta h main burnt out ho gay{X:a/i} hoon\nY: kya chal raha h?\n"
    "X: focus nhi hota, har waqt thakaan, ek ad dekh ke ro diya\n"
    "Y: oof. ye toh sach mein burnout lag raha h\nY: kuch din chhutti le sak{X:ta/ti} h?\n"
    "X: shayad {month} mein kuch din\nY: le le. seriously. mujhe teri chinta ho rahi h",
    "X: program mein reject ho gay{X:a/i}\nY: oh no. I'm so sorry\nY: kaisa feel ho raha h?\n"
    "X: honestly kuch feel hi nhi ho raha\nX: mujhe ye wala sach mein chahiye tha\n"
    "Y: pata h. bahut disappointing h\n"
    "Y: baat karni h ya dhyaan bhatkana h?\nX: dhyaan bhatka pls\n"
    "Y: ok. {show} aur {food}, main aa rah{Y:a/i} hoon",
    "X: kal ke doctor appointment ko leke nervous hoon\nY: follow-up wala?\n"
    "X: haan. bas worst hi soch rah{X:a/i} hoon\n"
    "Y: bilkul samajh aata h. intezaar sabse bura hota h\n"
    "Y: nikalte hi text karna ok?\n~~~\nY: doctor ne kya bola??\nX: sab clear!!\n"
    "Y: thank god\nY: kaisa lag raha h\nX: jaise phir se saans aa rahi ho",
    "X: kabhi lagta h bas adult hone ka natak kar rahe ho\nY: roz lol\n"
    "Y: kyun, kya hua?\n"
    "X: insurance company ko call karna pada aur main rone wal{X:a/i} th{X:a/i}\n"
    "Y: totally valid, wo calls sabse buri hoti h\n"
    "X: lol thanks. acha laga ki sirf main nhi hoon",
    "X: aajkal ghar ki bahut yaad aa rahi h\nY: aww. sabse zyada kya miss kar{X:ta/ti} h?\n"
    "X: dadi ki rasoi. sunday ka khana. wo shor\nY: kitna pyaara aur kitna udaas\n"
    "Y: ek weekend ke liye ja sak{X:ta/ti} h?\nX: shayad {month} mein. flights bahut mehngi h\n"
    "Y: hope ja paye",
    "X: ek sec real baat karun\nY: hamesha\n"
    "X: aajkal bahut anxious reh{X:ta/ti} hoon. har waqt\n"
    "Y: I'm sorry. ye thaka dene wala hoga\nY: kaam ki wajah se ya sab kuch?\n"
    "X: sab kuch shayad. dimaag band hi nhi hota\nY: kisi se baat ki is baare mein?\n"
    "X: bas tujhse honestly\n"
    "Y: acha kiya jo bataya. main hoon, aur lagta h kisi professional se baat karna help karega",
    "X: aajkal thoda left out feel ho raha h\nX: college wale sab mere bina milte h ab\n"
    "Y: oh no, ye sach mein dukh deta h\nY: unhe pata bhi h?\n"
    "X: shayad nhi. main hi shift hu{X:a/i}, unki galti nhi\nY: phir bhi dukh toh hota h\n"
    "Y: main hamesha call kar{Y:unga/ungi}, pata h na",
    "X: mera kutta beemar h\nX: vet ko lagta h serious ho sakta h\nY: oh no. I'm so sorry\n"
    "Y: kya bola unhone?\nX: blood test karne h. bahut dar lag raha h\n"
    "Y: ye bahut darr wali baat h. wo tera baccha h\n~~~\nY: bruno kaisa h?? results aaye?\n"
    "X: ilaaj ho sakta h!!\nY: thank god\nY: meri taraf se usko ek kiss",
    "X: lagta h Aditi se breakup karna padega\nY: whoa. tu theek h?\n"
    "X: nhi really. mahino se aisa feel ho raha h\nY: ye bahut mushkil jagah h\n"
    "Y: kya cheez aisa feel kara rahi h?\nX: hum dono alag cheezein chahte h\n"
    "Y: samajh aata h. jo bhi decide kare main hoon",
    "X: office mein theek hone ka natak karte karte thak gay{X:a/i} hoon\n"
    "Y: wahan kya chal raha h?\n"
    "X: manager mere kaam ka credit le leta h\n"
    "Y: ye kitna frustrating h. bahut undervalued feel hota hoga\n"
    "X: hota h. chhodne ka soch rah{X:a/i} hoon\n"
    "Y: honestly main support kar{Y:unga/ungi}",
    "X: aaj ka din bahut bhaari tha\nX: dadu gir gaye\nY: oh no. wo theek h?\n"
    "X: hip toot gayi. hospital mein h\nY: I'm so sorry. tu kais{X:a/i} h?\n"
    "X: bas chinta ho rahi h. 89 ke h\nY: chinta toh hogi hi. updates bhejte rehna ok?",
]

NEWS_US = [
    "X: JOB MIL GAYI\nY: {HYPE}\nY: museum wali??\nX: haan!!! {month} se start\n"
    "Y: bahut proud hoon. kaisa lag raha h?\nX: jaise ulti aa jayegi par acchi wali",
    "X: guess kisne finally credit card ka poora bill bhar diya\nY: TUNE??\nX: maine!!!\n"
    "Y: ye toh bahut badi baat h omg",
    "X: didi ko baby hua!!\nX: <media>\nY: OMG kitni perfect h\nY: didi kaisi h?\n"
    "X: thaki hui par bahut khush",
    "X: pehli 10k daud li\nY: {HYPE}\nY: time kya tha?\nX: 58 minute!!\n"
    "Y: ek ghante se kam!! amazing",
    "X: mera article publish ho raha h\nY: kya baat!! kaunsa?\nX: food bank wala\n"
    "Y: incredible. live ho toh link bhejna",
    "X: masters mein admission mil gaya!!\nY: {HYPE}\nY: kaunsi university??\n"
    "X: meri first choice!!\nY: main literally cheekh rah{Y:a/i} hoon",
    "X: engagement ho gayi!!\nX: <media>\nY: OMG\nY: kaise poocha usne??\n"
    "X: usi jheel pe jahan mile the\nY: main ro rah{Y:a/i} hoon",
    "X: naye flat ka agreement sign kar diya!\nY: balcony wala?\n"
    "X: balcony wala!!\nY: bahut khush hoon tere liye",
    "X: boss ne bola raise mil raha h\nY: finally!!\nY: kitni mehnat ki h tune iske liye",
]

# --- group: old college friends (balanced); some of them type in Devanagari

GROUP = [
    "A: {day} ko kaun free h?\nB: main!\nC: time pe depend karta h\n"
    "A: {place} soch rahe h {time} baje\nD: I'm in\nC: ok haan chalo",
    "A: <media>\nA: dekho loft mein kya mila\nB: NHI wo fresher wali photo\n"
    "D: abhi ke abhi delete kar\nC: {LAUGH}\nC: {B} ke baal 😭",
    "A: happy birthday {B}!! 🎂\nC: जन्मदिन मुबारक!!!\nD: happy bday 🥳\n"
    "B: thank you sabko ❤️ budha feel ho raha h",
    "A: kisi ne {friend} ki news dekhi\nB: baby wali??\nA: haan!!\nC: ruko kya\n"
    "D: maine dekhi! kitna cute\nC: mujhse kaise miss hua",
    "A: quiz result: hum 4th aaye\nB: loot liya\nD: music round fixed tha\n"
    "C: ek sports wala chahiye\nA: koi bhi chahiye jo kuch jaanta ho",
    "A: {day} ko kisi ke paas {thing} h udhaar ke liye\nC: mere paas h\nA: legend\n"
    "D: group chat deliver karta h",
    "A: toh {film}. kya laga\nB: bahut pasand aayi\nC: bahut lambi thi\n"
    "D: abhi dekhi nhi, spoil mat karna\nA: theek h par wo ending 😳\nD: ABHI KYA BOLA MAINE",
    "A: <media>\nA: {food} banane ki koshish\nB: honestly badhiya lag raha h\n"
    "C: iska rang aisa hi hona chahiye?\nA: haan {C}\nD: {LAUGH}",
    "A: ok asli sawaal, hotdog sandwich h kya\nB: nhi\nC: haan\n"
    "D: main ye chat mute kar rah{D:a/i} hoon",
    "A: {day} ko {band} ka ek extra ticket h kisi ko chahiye toh\nD: omg mujhe\n"
    "B: yaar main bahar hoon\nD: kitne ka\nA: free agar drinks tu pilaye\nD: deal",
    "A: sabka week kaisa chal raha h\nB: lamba\nC: theek, yahan {weather} h\n"
    "D: sardi ka teesra din h toh\nA: oh no, jaldi theek ho ja\nD: thank you 🤧",
    "A: please ab weekend trip book kar lein\nB: haan. {town}?\n"
    "C: {month} ka pehla weekend chalega mujhe\nD: same\nA: aaj raat cottages dekh{A:ta/ti} hoon",
    "A: <media>\nA: cottage option 1\nA: <media>\nA: option 2\nB: 2 mein hot tub h\nC: 2\n"
    "D: 2 pakka",
    "A: main {place} pe hoon aur hamara gaana baj raha h\nC: kaunsa\nA: pata h kaunsa\nB: 🎶\n"
    "D: video bana!!",
    "A: reminder {day} ko {friend} ki farewell h\nB: kitne baje\nA: {time} se {place} pe\n"
    "D: late ho{D:ga/gi} par aa{D:unga/ungi}",
    "A: किसी और का भी अजीब हफ़्ता जा रहा है या सिर्फ़ मेरा\nC: अजीब मतलब\n"
    "A: बस थोड़ा फ्लैट फ़ील हो रहा है. ऑफ़िस का सीन\nB: अरे यार, इस हफ़्ते {drink} पे चलें?\n"
    "A: हाँ प्लीज़\nD: थर्सडे को मैं भी फ़्री हूँ अगर कंपनी चाहिए",
    "A: update: pass ho gay{A:a/i}!!\nB: YESSS\nC: pata tha\nD: congratulations!! 🎉\n"
    "A: thank you guys, honestly bahut nervous th{A:a/i}",
    "A: Netflix ka password kiske paas h\nC: phir se badal gaya\nB: main bhej{B:ta/ti} hoon\n"
    "D: mere bhai ko koi mat batana",
    "A: {day} brunch?\nB: haan\nC: nhi ho payega, sorry, mummy papa aa rahe h\n"
    "D: haan! {place}?\nA: 4 logon ke liye book kiya, {C} baad mein aa jana agar ho sake",
    "A: <media>\nB: tere kitchen mein KABOOTAR h kya\n"
    "A: khidki se ghus gaya aur ja hi nhi raha\nC: naam rakh\nD: Gopal",
    "A: zaroori: mummy ke birthday ke liye gift ideas chahiye\nB: candle\nC: acchi candle\n"
    "D: bahut acchi candle\nA: thanks guys bahut help hui",
    "A: yakeen nhi hota 10 saal ho gaye mile hue\nB: mat bol. budha feel hota h\n"
    "C: hum bacche the\nD: fresher ke time ke 500 rupaye abhi bhi dene h tujhe\n"
    "A: pata h. bhool{A:a/i} nhi hoon",
    "A: सॉरी चुप थ{A:ा/ी}, शिफ़्टिंग में बहुत कुछ हो गया\n"
    "B: सॉरी मत बोल! कैसा चल रहा है?\n"
    "A: हर जगह डिब्बे. पर नया घर पसंद आ रहा है\nC: हो जाए तो फ़ोटो भेजना!\n"
    "D: {day} को हेल्प चाहिए?\nA: वो तो अमेज़िंग होगा actually",
    "A: koi {show} dekh raha h\nC: obsessed hoon\nB: kal raat shuru kiya\n"
    "A: ep 5 ke spoilers nhi main peeche hoon\nD: main nhi dekh raha aur left out feel ho raha h",
    "A: late ho rah{A:a/i} hoon, seat rakhna\nB: ok\nC: kya piyoge\nA: {drink} please",
    "A: kal raat ke liye thanks sabko, bahut mazaa aaya\nB: same!! sir dard ho raha h\n"
    "C: mera chhata kisne liya\nD: oops\nD: {day} ko wapas la rah{D:a/i} hoon",
    "A: host karne ki baari kiski h\nB: meri nhi, pichhli baar maine kiya\n"
    "C: main {day} ko kar sak{C:ta/ti} hoon\nD: toh {C} ke yahan\nC: snacks main la{C:unga/ungi}",
    "A: abhi ek aadmi dekha jo BILKUL hamare purane landlord jaisa tha\n"
    "B: ponytail wala?\nA: ponytail zinda h\nC: {LAUGH}",
    "A: yakeen nhi ho raha {friend} {town} shift ho rahi h\nB: pata h, ek era khatam\n"
    "C: milne jaana padega\nD: road trip!!",
    "A: <media>\nA: aaj raat ka view\nB: ye kahan h?\nA: {town}, pahadi ke upar\n"
    "D: gorgeous\nC: jealous",
    "A: koi acha plumber pata h\nC: mere chacha\nA: acche h?\nC: chacha h mere\n"
    "D: ye haan nhi hua",
    "A: cottage ke liye playlist bana rah{A:a/i} hoon, requests bhejo\nB: {band}\n"
    "C: {band} ke alawa kuch bhi\nD: abba obviously\nA: abba toh pakka",
    "A: abhi realise hua aaj {B} ke alawa sabse baat ho gayi\nB: hi\nA: ho gaya",
    "A: bbq pe kaun kya la raha h\nB: burgers\nC: salad (kisi ko toh lana padega)\nD: drinks\n"
    "A: main sausages aur vibes",
    "A: aaj {show} ka finale!!\nC: uske beech mein message mat karna\n"
    "B: main kal dekh{B:unga/ungi}, mujhe mute karo\nD: promise nhi karta",
    "A: naya phone chahiye, iphone ya android, bolo\nB: iphone\nC: android\nD: Nokia 3310\n"
    "A: thank you sabko",
    "A: <media>\nA: dekho kaun mila\nB: ye Mr Biscuit h??\nC: college wali billi!!\n"
    "D: kitni budhi ho gayi",
    "A: {month_now} aa bhi gaya kaise\nB: mat bol\n"
    "C: maine abhi tak new year resolutions nhi banaye\nD: theek h theek h sab theek h",
    "A: hot take: pizza pe pineapple acha lagta h\nB: sahi\nC: nikal\nD: main {A} ke saath hoon",
    "A: shaadi ki flights book kar li\nC: same! kaunsi wali\nA: subah 7 wali\n"
    "C: oh god. main bhi\nD: main train se ja rah{D:a/i} hoon samajhdar insaan ki tarah",
    "A: <deleted>\nB: kya delete kiya\nA: kuch nhi\nC: ab toh jaanna h\n"
    "D: screenshot nhi toh hua nhi",
    "A: kisi aur ka heater bhi kharab h ya poora sheher thanda h\n"
    "B: yahan bhi thand h\nC: ghar ke andar topi pehen ke baith{C:a/i} hoon\nD: same",
    "A: zindagi ka sabse stressful week abhi khatam hua\nB: bach gaye well done\n"
    "C: kya hua?\nA: deadline pe deadline, bilkul neend nhi\n"
    "D: is weekend bahut aaram deserve karte ho\nA: bilkul hilne ka plan nhi",
    "A: random appreciation post: tum log best ho\nB: phone kisne hack kiya\nC: aww ❤️\n"
    "D: hum bhi pyaar karte h weirdo",
    "A: {day}: bar ya movie\nB: bar\nC: movie\nD: bar movie\nA: aisa kuch nhi hota\n"
    "D: ab hota h",
    "A: koi {food} kit aadha aadha lega\nC: {food} kit kya hota h\nA: ek kit. {food} ke liye\n"
    "B: main in",
    "A: maine running shuru ki h\nB: kab se\nA: kal se\nC: ek din ki streak!!\n"
    "D: proud of you",
    "A: mummy pooch rahi h cottage se pehle {day} ko sab dinner pe aa rahe ho\n"
    "B: haan!! aunty ka khana elite h\nC: main mithai la{C:unga/ungi}\n"
    "D: main bhookh laa{D:unga/ungi}",
    "A: <media>\nA: purani group photo mili\nB: hum sabne topi kyun pehni thi\n"
    "C: topi ka phase tha\nD: kaala daur",
    "A: sab theek h? bahut shaanti h yahan\nB: bas busy\nC: same, office pagal h\n"
    "D: main hoon, bas chupke se padh rah{D:a/i} hoon\nA: ok bas check kar rah{A:a/i} th{A:a/i} 😊",
    "A: meri gaadi awaaz kar rahi h\nB: kaisi awaaz\nA: udaas batakh jaisi\nC: mehngi padegi\n"
    "D: ye paise jaane ki awaaz h",
    "A: सच बताऊँ तो मम्मी को लेकर हफ़्ता बहुत मुश्किल जा रहा है\nB: ओह नहीं, क्या हुआ?\n"
    "A: उनकी तबीयत ठीक नहीं है और मुझे चिंता हो रही है\n"
    "C: बहुत सारा प्यार ❤️ बात करना चाहोगे?\nA: शायद बाद में, thanks\nD: कुछ भी चाहिए तो बताना",
    "A: kisi ko mera extra {thing} chahiye\nB: mujhe!\nC: tere paas extra kyun h\nA: lambi kahani",
    "A: yaad h wo camping trip jab 3 din baarish hui thi\nB: mere pair abhi bhi gale hue h\n"
    "C: honestly best holiday\nD: tu beemar h",
    "A: <media:audio>\nB: main 4 minute ka voice note nhi sunne wal{B:a/i}\nC: summary please\n"
    "A: maine bola main cottage book kar d{A:unga/ungi}\nD: type kar dete",
    "A: <media:video>\nB: tujhe karaoke machine kisne di\n"
    "C: ye shaadi ki speech mein jayega\nD: {LAUGH}",
]

GROUP_OPEN = [
    "A: good morning sabko ☀️\nB: morning!\nC: 👋",
    "A: hello hello\nC: नमस्ते\nD: evening",
    "A: chalo, kaun jaag raha h\nB: main unfortunately",
]

ANEC_UK = [
    "abhi park mein ek batakh ne peecha kiya",
    "barista ne cup pe 'Tina' likh diya. paas bhi nhi",
    "metro mein koi poora tandoori chicken kha raha h",
    "maine abhi phone fridge mein rakha aur doodh bag mein",
    "mere plant mein naya patta aaya!!",
    "khidki pe ek kabootar baitha mujhe ghoor raha h",
    "aaj already 4 coffee ho gayi",
    "galti se kisi ko wave kar diya jo mujhe wave nhi kar raha tha",
    "sardi wali jacket mein 500 ka note mila",
    "office ki lift ek hafte se kharab h aur main 6th floor pe hoon",
    "lagta h ek saal se colleague ka naam galat bol rahe h",
    "baarish mein kulfi wala ghanti bajata ghoom raha h",
    "din bhar se chheenk rahe h, lagta h apne hi office se allergy h",
    "apni hi gali mein kisi ne raasta poocha aur galat bata diya",
    "mummy ne apne naye hedge trimmer ki photo bheji. bina kisi context ke",
    "toast banaya aur smoke alarm baj gaya",
    "parking mein ek uncle yoga kar rahe h",
    "poori subah se sweater ulta pehna hua tha",
    "abhi pata chala acche wale biscuit stationery wali almari mein chhupaye h",
    "office mein nayi coffee machine aayi h aur sab aise kar rahe h jaise Diwali ho",
    "billi ne chai laptop pe gira di. theek h. shayad",
    "abhi ek dukaan dekhi jo sirf socks bechti h",
    "train mein so gaye aur do stop aage aankh khuli",
    "papa ne podcasts dhoondh liye aur ab roz episode recommend karte h",
    "ek bahut stylish aunty ne meri jacket ki tareef ki",
    "metro mein ek bacche ne bola mere baal funny h",
    "aaj sirf toast khaya h. toast day",
    "naya haircut liya, pata nhi acha h ya nhi",
    "radio pe quiz question ka sahi jawab diya aur dekhne wala koi nhi tha",
    "padosi ne sabzi lagayi aur meri baanh jitni lauki de di",
    "aaj pata chala flamingo gulabi isliye hote h kyunki wo jo khaate h",
    "zor ki baarish mein fire drill karni padi",
    "metro mein ek kutta tha chhote chhote joote pehne",
    "laal mauze ke saath kapde dho diye. sab gulabi",
    "manager ka email aaya bas 'call me'. dar lag raha h",
    "bus mein kitaab khatam ho gayi aur ab samajh nhi aa raha life ka kya karun",
    "ghar aate hue double rainbow dekha",
    "gym join kar liya. phir se",
    "kisi ne choti si car do parking spaces mein tedhi khadi kar di",
    "pehli baar heater chalaya aur poore flat mein jali dhool ki smell",
]

FRAGMENTS["ANEC"] = ANEC_UK
FRAGMENTS["REACT"] = [
    "{LAUGH}", "kya baat", "kya 😂", "classic", "amazing", "ye toh bilkul tu h", "bas kar",
    "love it", "ha. obviously", "oh no 😂", "ye itna funny kyun h", "kamaal",
    "photo chahiye mujhe", "drama", "iconic honestly", "phir se nhi",
]
FRAGMENTS["ASKMORE"] = [
    "ruk kya hua", "ye kahan hua", "kaise", "phir kya hua", "par kyun",
    "sab bata", "koi dekh raha tha", "ye normal h kya",
]

ANEC_EXCHANGES = [
    "X: {ANEC}\nY: {REACT}",
    "X: {ANEC}\nY: {REACT}\nY: {ASKMORE}\n"
    "X: {honestly pata nhi|mat pooch|lambi kahani h|aajkal meri life aisi hi h}",
    "X: {ANEC}\nY: {REACT}\n"
    "X: {anyway tera din kaisa ja raha h|anyway. tu kaisa h|anyway ye thi meri news. tu bata}\n"
    "Y: {badhiya! uske saamne kuch nhi hua|tere jitna exciting nhi|acha thanks, busy}",
    "X: meri zindagi ka update: {ANEC}\nY: {REACT}",
]

# Indian English replacements for the few fragments the US chat uses
FRAGMENTS_US: dict[str, list[str]] = {
    "HYPE": ["omg!!", "YESSS", "kya baat h!!", "ye toh amazing h", "bahut khushi hui yaar",
             "mujhe pata tha", "bas karrr ye toh bahut bada h", "AHHH", "ruk kya!! amazing",
             "LET'S GOOO", "bola tha na!!"],
    "VALIDATE": ["yaar ye toh sach mein mushkil h", "oh no, ye toh bahut bura hua",
                 "uff I'm so sorry", "bilkul valid h", "obviously aisa lagega",
                 "ye toh bahut bura h", "sorry yaar ki tujhe ye sab jhelna pad raha h",
                 "ye bahut zyada h", "ye toh bahut bekaar h yaar"],
    "ACK": ["ok", "okay", "cool", "theek h", "👍", "done", "haan", "sure", "perfect"],
}

# --- superficial (flatmates)

SUPERFICIAL = [
    "X: btw aaj raat kachra bahar rakhna h\nY: kar dunga",
    "X: washing machine khatam ho toh kapde nikaal dena\nY: haan",
    "X: tera parcel aaya h, seedhi pe rakha h\nY: thanks",
    "X: rent {day} ko due h\nY: bhej diya already",
    "X: doodh khatam\nY: aate hue le aaunga",
    "X: aaj raat ghar pe h?\nY: late tak bahar, kyun\nX: gas wala 6 se 8 ke beech aa sakta h\n"
    "Y: acha ok, chaabi mat ke neeche rakh deta hoon",
    "X: score dekha\nY: haan 2-1\nX: defence bekaar thi\nY: hamesha ki tarah",
    "X: wifi phir se gaya\nY: wapas aake router restart karta hoon\nX: legend",
    "X: landlord {day} ko geyser dekhne aa rahe h\nY: kitne baje\nX: 10 ke aas paas\n"
    "Y: ok main office mein hounga",
    "X: gas kisne chalu chhodi\nY: maine nhi\nX: hmm\nY: sach mein maine nhi lol",
    "X: <media>\nX: ye tera h\nY: nhi\nX: mystery sweater",
    "X: bahar {weather} h\nY: haan main bheeg gaya\nX: {LAUGH}",
    "X: {shop} se kuch chahiye\nY: bread aur chai patti please\nX: 👍",
    "X: property tax ka letter aaya\nY: kitna\nX: pichhle saal jitna\nY: theek",
    "X: vacuum tune liya?\nY: mere room mein h, sorry, le le\nX: thanks",
    "X: aaj raat pizza?\nY: haan chalo\nX: wahi wala?\nY: haan, half half",
    "X: {show} dekh raha h?\nY: haan ep 4 pe hain\nX: no spoilers\nY: 🤐",
    "X: koi phir se gate ke aage gaadi laga gaya\nY: wahi neeli wali?\nX: haan\n"
    "Y: main note chhod deta hoon",
    "X: Uber kitne baje h\nY: 8:15\nX: ok",
    "X: is mahine bijli ka bill {num}00 h\nY: hamesha ki tarah split\nX: haan link bhej diya",
    "X: {day} ko kuch log aa rahe h, chalega?\nY: haan theek h\nX: late nhi karenge",
    "X: recycling wala din Tuesday ho gaya\nY: ok noted",
    "X: <media>\nY: ye kya h\nX: fuse box. kitchen ka kaunsa switch h\nY: teesra wala",
    "X: foil h kya\nY: oven ke paas wale drawer mein\nX: mil gaya",
    "X: traffic bahut h, ek ghanta late hounga\nY: ok",
    "X: fridge phir wahi awaaz kar raha h\nY: laat maar lol\nX: kaam kar gaya",
    "X: Netflix ka login abhi bhi h tere paas\nY: haan wahi password\nX: thanks",
    "X: {day} ko metro band h\nY: great. toh ghar se kaam karunga\nX: same",
    "X: dishwasher ki tablets?\nY: sink ke neeche\nX: 👍",
    "X: plumber aaya tha\nY: haan, nal theek kar diya\nX: badhiya",
    "X: last mein score kya raha\nY: 3-3\nX: pagal match",
    "X: btw smoke alarm beep kar raha h\nY: battery. drawer mein h",
    "X: teri seedhi udhaar milegi\nY: store room mein h\nX: thanks",
    "X: {day} ko {place} pe quiz?\nY: shayad, kaun kaun ja raha h\nX: main, {friend}, {friend2}\n"
    "Y: ok mujhe bhi gin le",
    "X: teri mummy tiffin chhod gayi\nY: haan boli thi shayad aayengi",
    "X: {day} ko post office 5 baje band hota h\nY: ok subah chala jaunga",
    "X: toilet paper order kiya?\nY: haan {day} ko aa raha h",
    "X: kal 9 se 12 paani nhi aayega, society ka notice\nY: ok raat ko naha leta hoon",
    "X: hall wala plant mar gaya\nY: kabhi zinda tha?\nX: {LAUGH}",
    "X: 6 baje gym?\nY: saade 6\nX: ok",
    "X: {day} ko gaadi kisi ko chahiye?\nY: mujhe nhi\nX: cool main {town} le jaunga",
    "X: <media>\nX: naya sofa {day} ko aayega\nY: nice, kaunsa colour\nX: grey\nY: practical",
    "X: khidki wale ko paise diye?\nY: nhi, kitne\nX: {num}0\nY: side pe cash rakh dunga",
    "X: baad mein bada DMart run, list?\nY: pasta\n+ ande\n+ kachre ki thailiyan\n"
    "+ acchi wali tissue, sasti nhi",
    "X: router ki light laal h\nY: 10 sec ke liye plug nikaal\nX: ho gaya",
    "X: geyser phir khat khat kar raha h\nY: landlord ko message karta hoon",
    "X: paani wale ka letter dekha\nY: haan, meter reading. main kar dunga",
    "X: kal ghar pe h toh parcel le lena\nY: 2 baje tak hoon\nX: thanks",
    "X: towels daale h, main na aaun toh sukha dena\nY: haan koi na",
    "X: teri cycle gallery mein aadi padi h\nY: abhi hatata hoon",
    "X: saamaan ke kitne dene h tujhe\nY: 1450\nX: bhej diya",
    "X: meter reading hum karenge ya landlord\nY: hum shayad\nX: ok main photo le leta hoon",
    "X: {month} khatam hone se pehle gaadi ki servicing karani h\nY: main book kar dunga\n"
    "X: kone wala garage sabse sasta h",
    "X: bada kachra kis din jaata h\nY: har doosre Thursday\nX: toh is wale?\nY: agle wale",
    "X: aaj raat late aaunga, kundi mat lagana\nY: ok",
    "X: battery h kya\nY: AA?\nX: AAA\nY: nhi, sorry",
    "X: landlord ka agent {day} ko inspection karega\nY: kitne baje\n"
    "X: 11. hall thoda saaf kar dega?\nY: haan",
    "X: 8 baje match h dekhna ho toh\nY: kaunsa\nX: cup wala\nY: haan ghar pe hounga",
    "X: {shop} pe coffee ke bade dabbe offer pe h\nY: do le le",
    "X: meri daak tune hatayi?\nY: darwaze ke paas wali table pe h",
    "X: broadband ka plan renew hona h\nY: badal dein?\nX: main rates dekhta hoon\nY: 👍",
    "X: extra chaabi kiske paas h\nY: mere, kyun\nX: behen 4 baje kuch lene aayegi\n"
    "Y: usual jagah rakh dunga",
    "X: quiz kitne baje shuru h\nY: 8\nX: ok, wahin milte h",
    "X: bathtub mein haath jitni badi makdi h\nY: meri problem nhi\n"
    "X: HAMARI problem h\nY: {LAUGH} theek h glass laata hoon",
    "X: kal gaadi chahiye?\nY: nhi, le ja\nX: thanks",
    "X: is weekend Diwali ki lights le aayein?\nY: Sunday?\nX: theek, nursery ke paas wali dukaan",
    "X: {place} tak auto ya paidal\nY: paidal, mausam sukha h\nX: ok 7:45 pe nikalte h",
    "X: dishwasher ho gaya, khaali karna ho toh\nY: thodi der mein karta hoon",
    "X: ghar aake heater tez kar dena\nY: timer pe h\nX: toh timer tez kar de\nY: lol ok",
    "X: naya shower head order kiya, {day} ko aayega\nY: finally",
    "X: nagar nigam wale sofa le gaye?\nY: haan aaj subah\nX: badhiya",
    "X: office mein fire drill h toh late hounga\nY: ok",
    "X: {friend} {day} ko rukne aa rahi h, chalega\nY: haan theek, sofa bed?\nX: haan",
    "X: gaadi hata de, main phas gaya hoon\nY: aa raha hoon",
    "X: sink ke neeche leak h\nY: bada?\nX: tip tip\n"
    "Y: neeche katori rakh de, main kisi ko bulata hoon",
    "X: Amazon wala parcel padosi ko de gaya\nY: kaunse wale\nX: 14 number\n"
    "Y: ok main le aata hoon",
    "X: btw aakhri doodh maine khatam kar diya\nY: le aaunga",
    "X: 7 baje football?\nY: haan, pump le aana\nX: pakka",
    "X: wifi ka password kya tha, laptop bhool gaya\nY: router pe likha h\nX: haan sahi",
    "X: {day} subah khidki wala\nY: ok",
    "X: cable TV ka reminder aaya\nY: main bhar dunga, pichhli baar tune bhara tha",
    "X: press use kar raha h?\nY: nhi, almari mein h",
    "X: gas meter wala aaya h, andar aane doon?\nY: haan wo theek h",
    "X: {shop} ki delivery 6 se 7 ke beech\nY: main ghar pe hounga",
    "X: {food} bana raha hoon chahiye toh\nY: haan please, 7 baje tak aata hoon",
    "X: gaadi ka insurance tere naam pe h ya mere\nY: mere\nX: ok, renewal ka letter aaya h",
    "X: main bahar lock ho gaya\nY: 10 min door hoon\nX: legend",
]

SUPERFICIAL_OPEN = [
    "X: ghar pe h?\nY: haan",
    "X: hey\nY: hey",
    "X: ek baat\nY: bol",
    "X: morning\nY: morning",
    "X: baad mein ghar pe hoga?\nY: hona chahiye",
    "X: aaj raat wapas aa raha h?\nY: haan 7 ke aas paas",
    "X: oye\nY: kya",
    "X: sawaal\nY: haan",
]

# --- dominating (Kartik talks, Esha replies)

DOM_MONO = [
    "X: toh sun, office mein aaj jo hua na yakeen nhi karega\n"
    "X: {colleague_m} ne meeting mein MERE deck ka credit lene ki koshish ki\n"
    "X: literally khada hoke bola 'toh maine kuch thoughts ready kiye h'\n"
    "X: wo thoughts maine banaye the. raat 11 baje. Sunday ko\n"
    "X: anyway maine aaram se bola 'great, numbers main hi samjha deta hoon kyunki maine banaye"
    " h'\n"
    "X: uska chehra dekhna chahiye tha\nY: lol",
    "X: ok sun pehle\nX: main podcast start karne ka soch rah{X:a/i} hoon\n"
    "X: productivity pe, par unke liye jinki asli naukri h, influencers ke liye nhi\n"
    "X: naam bhi soch liya, 'Deep Work Daily'\n"
    "X: hafte mein 3 baar post karun toh garmiyon tak sponsors mil jayenge\n"
    "X: kya lagta h\nY: cool h",
    "X: aaj gym mein PB tod diya\nX: deadlift pe 120\nX: bagal wale bande ne sar hilaya sach mein\n"
    "X: naya programme kar rah{X:a/i} hoon, hafte mein 5 din, progressive overload, sab kuch\n"
    "X: aur ab macros proper track karta hoon, roz 180g protein\nY: nice",
    "X: match dekha\nX: honestly manager ki dressing room pe pakad hi nhi rahi\n"
    "X: un full backs ke saath back three nhi khel sakte, tactically bekaar h\n"
    "X: maine August mein bola tha\nX: literally group chat mein August mein bola tha\n"
    "Y: haha haan",
    "X: flat ke baare mein soch rah{X:a/i} tha\n"
    "X: seelan ki baat karun toh landlord {num}00 kam kar dega\n"
    "X: maine email draft kiya h, thoda sakht par fair\n"
    "X: basically rent agreement ke clause quote kar diye\n"
    "X: kal subah bhejunga taaki sabse pehle wahi dekhe\nY: ok",
    "X: {place} pe life ka best {food} khaya\nX: honestly life changing\n"
    "X: chef se bhi baat hui, usne Lyon mein training li h\n"
    "X: bola mera taste bahut acha h jo tbh mujhe pata tha\n"
    "X: chalna chahiye. waise main toh phir jaunga hi\nY: sahi h",
    "X: badi news\nX: mujhe naya project lead karne ko bola h\n"
    "X: samajh aata h, client ko aur koi samajhta hi nhi\n"
    "X: basically promotion h bas title abhi nhi\n"
    "X: poori team ka kaam karne ka tareeka badalna padega\n"
    "X: pehli cheez, 10 baje se pehle koi meeting nhi\nY: congrats",
    "X: toh kal raat ki date\n"
    "X: wo achi thi par 40 minute apni billi ke baare mein baat karti rahi\n"
    "X: aur main marathon training ki baat karne ki koshish kar rah{X:a/i} tha aur wo phir billi pe"
    " aa jaati\nX: doosri date pata nhi tbh\nY: haha",
    "X: decide kar liya agle saal ultra karunga\nX: 50k\n"
    "X: pata h pagalpan lagta h par training ka hisaab laga liya h\n"
    "X: 16 hafte, peak week mein 90k ke aas paas\n"
    "X: naye joote chahiye honge, carbon plate wale dekh rah{X:a/i} hoon\nY: wow",
    "X: pata h kya cheez irritate karti h\nX: log jo footpath ke beech mein dheere chalte h\n"
    "X: ek side pakdo yaar\n"
    "X: {station} pe 6 logon ki family ki wajah se train chhootne wali thi\n"
    "X: maine do baar excuse me bola\nY: lol",
    "X: aaj stoicism pe ek amazing podcast suna\n"
    "X: basically jo hota h wo control nhi kar sakte, bas apna reaction\n"
    "X: jo honestly main hamesha se karta aaya hoon\n"
    "X: shayad isliye mujhe baaki logon jaisa stress nhi hota\n"
    "X: agli Marcus Aurelius padhunga shayad\nY: cool",
    "X: boss ne restructure pe meri raaye poochi\nX: maine 8 points diye\n"
    "X: unhone sab likh liye\nX: aadhe toh final plan mein aa hi jayenge\n"
    "X: ghamand nhi par ab main unofficial strategy wala banda hoon\nY: nice one",
    "X: coffee machine le li\nX: proper wali, bean to cup\nX: sale mein {num}00 kam mein\n"
    "X: poori shaam grind set karta raha\nX: crema kamaal ka h\n"
    "X: ab bahar ki coffee kabhi nhi\nY: haha fancy",
    "X: thoda bura laga actually\nX: Sunday wali team mein select nhi hua\n"
    "X: captain ka dost aage aa gaya aur wo itna slow h\n"
    "X: bitter nhi ho raha par clearly politics h\n"
    "X: aur mehnat karunga taaki mujhe bahar rakhna impossible ho jaye\nY: ye toh irritating h",
    "X: {month} mein Three Peaks karne ka soch rah{X:a/i} hoon\n"
    "X: main, {friend_m} aur shayad uska bhai\nX: poora route plan kar liya\n"
    "X: beech mein raat bhar drive, minute tak ka spreadsheet bana liya\n"
    "X: tujhe bhejta hoon, sach mein khoobsurat h\nY: ok",
    "X: habits wali kitaab khatam ki\nX: subah ka routine badal bhi diya\n"
    "X: 5:30 uthna, thanda shower, 10 min journaling, phir gym\n"
    "X: honestly naya insaan feel ho raha hoon\nX: tujhe bhi try karna chahiye\n"
    "Y: shayad lol",
    "X: bhai mummy ke birthday ko leke nightmare bana hua h\n"
    "X: usko dinner chahiye, mujhe weekend trip\n"
    "X: mera wala obviously better h, mummy hamesha {town} jaane ka bolti h\n"
    "X: hotel bhi dhoondh liya\nX: maan jayega wo\nY: hope sab set ho jaye",
    "X: finally purani bike bech di\nX: jitne mein li thi usse {num}00 zyada mile lol\n"
    "X: banda mol bhaav kar raha tha par main tika raha\n"
    "X: negotiation basically chup rehne mein comfortable hona h\nY: nice",
    "X: honestly thak gaya hoon\nX: kaam pagal h, poora launch akele uthaya\n"
    "X: {colleague_m} phir se beemar tha toh uska kaam bhi kiya\n"
    "X: aur phir bhi gym pahunch gaya\n"
    "X: pata nhi kab tak ye speed chalegi par theek h\nY: break le le",
    "X: <media>\nX: naye sneakers\nX: limited edition, ek ghanta online line mein laga\n"
    "X: ye investment h, ek saal mein double ke honge\nY: nice",
    "X: {friend_m} ke saath thoda ajeeb hua\n"
    "X: bola main har cheez apne baare mein bana deta hoon\n"
    "X: jo pagalpan h kyunki uska birthday maine organise kiya tha\n"
    "X: lagta h wo bas stressed h tbh\nX: anyway ab sab theek h\nY: oh",
    "X: toh naya phone\nX: camera pagal h\nX: <media>\n"
    "X: ye sadak ke us paar se zoom kiya h\n"
    "X: honestly photography seriously shuru kar sakta hoon\nY: wow",
    "X: kal raat {film} dekhi\nX: overrated tbh\n"
    "X: pacing bekaar, teesra act samajh hi nhi aaya\n"
    "X: twist 20 minute mein hi samajh gaya tha\nX: mujhe reviews likhne chahiye honestly\n"
    "Y: haha",
    "X: sorry chup tha, pagal din\nX: 3 meetings lagataar phir US wali call\n"
    "X: aur phir train cancel toh Uber lena pada\nX: {num}0 rupaye!!\n"
    "X: anyway ghar aa gaya, {food} kha raha hoon\nY: acha",
    "X: toh maine investing samajh li h basically\n"
    "X: index funds obviously, par thoda crypto bhi upside ke liye\n"
    "X: ab tak 6 kitaabein padh li\nX: bas girne pe panic nhi karna\n"
    "X: zyada log panic karte h. main nhi\nY: cool",
    "X: aaj director ke saath meeting thi\nX: bas main aur wo, 30 min\n"
    "X: poocha 5 saal mein khud ko kahan dekhta hoon\nX: maine bola aapki kursi pe lol\n"
    "X: wo hans di par main mazaak nhi kar raha tha\nY: haha",
    "X: living room redo karne ke baad flat kitna acha lagta h\n"
    "X: rug, lamp, bada plant le liya\n"
    "X: aur saare prints khud lagaye, spirit level ke saath\n"
    "X: honestly ye professionally kar sakta hoon\nX: <media>\nY: acha lag raha h",
    "X: aaj subah parkrun kiya\nX: 21:40, 15 second ka PB\nX: overall 12th aaya\n"
    "X: ek banda hamesha 10 second se aage nikal jaata h toh ab wahi target h\n"
    "X: agle hafte wo gaya\nY: nice",
    "X: toh shaadi ki speech\nX: 3 draft likh liye\n"
    "X: best man ko funny hona chahiye par main zyada dil se bolunga\n"
    "X: do chaar jokes ke saath\n"
    "X: kabhi sunaunga tujhe, 8 minute ki h\nY: ok",
    "X: kutta lene ka soch rah{X:a/i} hoon\n"
    "X: bahut research kar li, cockapoo lunga\n"
    "X: 3 din ghar se kaam karta hoon toh chalega\nX: baaki 2 din ke liye walker dhoondh liya\n"
    "X: naam bhi soch liya. Biscuit\nY: cute",
    "X: pata h maine kya realise kiya\nX: zyada log plan hi nhi karte\n"
    "X: main Sunday raat ko poora hafta plan karta hoon, har khana, har workout\n"
    "X: isliye itna kaam ho jaata h\nX: honestly iska course banana chahiye\n"
    "Y: haha shayad",
    "X: pagal din\nX: meri presentation ke beech fire alarm baj gaya\n"
    "X: par maine parking mein bahar hi continue kiya\n"
    "X: client bola ab tak ki sabse yaadgaar pitch thi\n"
    "X: contract mil jayega lagta h\nY: wow",
    "X: chhota sa rant\nX: log emails ka reply kyun nhi karte\n"
    "X: is hafte {colleague_m} ko 3 email bheje\nX: kuch nhi\n"
    "X: literally uski desk tak jaana pada\nX: anyway ho gaya kyunki maine kar diya\n"
    "Y: irritating",
    "X: dost ne band shuru kiya h aur mujhe manager banne ko bola\n"
    "X: matlab kabhi kiya nhi par kitna mushkil hoga\n"
    "X: {place} pe unka gig bhi fix kar diya\nX: aur social media main sambhal raha hoon\n"
    "Y: nice one",
    "X: decide kiya masters karunga\nX: part time, shaam ko. business, obviously\n+ \n"
    "+ hisaab laga liya: 2 saal, hafte mein 2 shaam, aur gym phir bhi 4 baar\n"
    "X: shayad seedha director tak fast track ho jaun\n"
    "X: {month} mein applications band, mera almost ho gaya\nY: good luck",
    "X: abhi neend pe ek documentary dekhi\nX: pata chala main sab galat kar raha tha\n"
    "X: naya rule, 10 ke baad screen nhi, kamra 18 degree\n"
    "X: sunrise alarm clock bhi order kar di\nX: batata hoon kaisa raha\nY: ok",
    "X: toh wo banda jo hamesha meri jagah gaadi lagata h\nX: maine note chhoda\n"
    "X: bahut polite par sakht\nX: usne gaadi hata li. result\nY: lol",
    "X: nayi ghadi li\nX: <media>\nX: automatic, sapphire glass, sab kuch\n"
    "X: pata h mehngi h par aisi cheez hamesha rehti h\nY: nice",
    "X: aaj raat 5-a-side khela\nX: hat-trick maari\n"
    "X: doosra wala volley tha, top corner\nX: sab mujhe Zidane bula rahe the\nY: haha nice",
    "X: {town} shift hone ka soch rah{X:a/i} hoon\nX: rent sasta h, jobs achi h\n"
    "X: shayad kiraye ki jagah khareed hi lunga, down payment h mere paas\n"
    "X: garden wale 2BHK dekh rah{X:a/i} hoon\nY: oh wow",
]

DOM_BID = [
    # Esha tries to share; Kartik barely engages, then back to himself
    "Y: kal ke exam ko leke thodi nervous hoon\nX: ho jayega\n"
    "X: anyway maine tujhe {colleague_m} wali baat batayi?\nY: nhi\n"
    "X: toh usne har cheez mein mere boss ko cc karna shuru kar diya h\n"
    "X: har ek email. kitna passive aggressive\nX: main bhi wapas yahi karunga\nY: lol",
    "Y: mummy ki tabiyat theek nhi h\nY: thodi chinta ho rahi h tbh\nX: oh ye toh bekaar h\n"
    "X: meri mummy ko pichhle saal wo flu hua tha, theek ho gayi thi\n"
    "X: btw {day} ko aa rahi h? apna famous {food} bana raha hoon\nY: shayad\n"
    "Y: chhod, koi na",
    "Y: aaj ka din kaafi bura tha tbh\nX: same honestly\n"
    "X: office mein chaos tha, basically poora mamla maine bachaya\n"
    "X: {colleague_m} ka mujhpe bada udhaar h\nY: ha ok",
    "Y: kuch time se thoda low feel ho raha h\nX: thande paani se nahaya kar\n"
    "X: honestly life badal gayi meri\nX: ab roz subah 2 min karta hoon\nY: lol ok\n"
    "Y: koi na, ignore kar",
    "Y: btw flat mil gaya\nX: nice\nX: mere wale mein agle mahine naya kitchen lag raha h\n"
    "X: landlord finally maan gaya\nY: cool",
    "Y: ek cheez pe teri advice chahiye\nX: haan bol\n"
    "X: oh ruk, score dekha, hum 2 goal peeche h\nX: unbelievable\n"
    "Y: rehne de, phir kabhi",
    "Y: job chhodne ka soch rahi hoon\nX: sach mein?\n"
    "X: maine bhi pichhle saal almost chhod di thi, yaad h, raise milne se pehle\n"
    "X: sabse acha faisla tha rukna aur negotiate karna\nX: tu bas zyada paise maang\n"
    "Y: baat paison ki nhi h\nY: chhod, farak nhi padta",
    "Y: paison ko leke thoda stress h\nX: budget app chahiye tujhe\n"
    "X: main ek use karta hoon jo sab categorise karta h\n"
    "X: tab se mahine ke {num}00 bacha raha hoon\nY: ok",
]

DOM_COMPLAINT = [
    "Y: tune poocha bhi nhi mera exam kaisa gaya\nX: poochne wala tha!\n"
    "X: bas itna busy tha\nX: anyway kaisa gaya\nY: theek\nX: cool. toh mera hafta pagal raha",
    "Y: tu mere messages padhta bhi h\nX: kya? haan\nX: bas jaldi reply karta hoon, busy hoon\n"
    "X: aise mat bol\nY: ok",
    "Y: kabhi kabhi lagta h tu meri baat sach mein sunta hi nhi\nX: ye fair nhi h\n"
    "X: pichhle hafte hi toh teri mummy ka poocha tha\nY: ok\nX: anyway",
]

DOM_SHORT = [
    # the quieter person's occasional light openers, answered briefly then taken over
    "Y: <media>\nY: ye dekha toh teri yaad aayi\nX: haha\n"
    "X: ye toh mere gym jaisa h, bataya tha unhone naye racks lagaye\n"
    "X: proper competition wale\nY: nice",
    "Y: {day} ko free h?\nX: hona chahiye, subah gym h par\nX: kyun\n"
    "Y: {friend} ke saath drinks\nX: shayad. leg day ke baad dekh{X:ta/ti} hoon",
    "Y: week kaisa chal raha h\nX: pagal\n"
    "X: Thursday ko client wala h aur basically poori strategy main present kar rah{X:a/i} hoon\n"
    "X: deck 3 baar dobara banaya\nY: good luck",
    "Y: kya kar raha h\nX: meal prep\nX: chicken, chawal, broccoli x 5\n"
    "X: 40 min mein ho jaata h ab\nY: efficient",
]

DOM_REACT = [
    "X: anyway meri baatein bahut ho gayi\nX: nhi ruk, gym wali baat batayi?\n"
    "Y: nhi\nX: toh ek banda 30 min se rack pe kabza karke baitha tha\n"
    "X: maine bas politely poocha beech mein kar loon\nX: last mein wo maan gaya\nY: acha",
    "X: aur maine Spanish seekhna shuru kiya h\nX: app pe 40 din ki streak\n"
    "X: saal mein {town} ja rah{X:a/i} hoon toh theek se order kar sakun\nY: nice",
    "X: aur haan holiday book kar li\nX: {month} mein Portugal\n"
    "X: pool wala villa sasta mil gaya\n"
    "X: basically poora weekend flights compare karta raha\nY: jealous",
    "X: btw podcast ka update\nX: pehla episode record kar liya\nX: 45 min, bina notes\n"
    "X: lagta h main natural hoon tbh\nY: haha cool",
]

# --- dumping ground (Lavanya offloads to Nisha)

DUMP = [
    "X: ugh aaj ka din sabse bekaar tha\nX: {colleague} ne poori report dobara banwayi\n"
    "+ sabke saamne\n+ matlab sach mein poori team ke saamne\n"
    "X: itna gussa aa raha h ki rona aa jaye\nY: {VALIDATE}\nY: usne exactly kya bola?\n"
    "X: ki 'standard ki nhi thi'. theek thi!! bas usko mujhse nafrat h\n"
    "X: lagta h wahan main kuch bhi sahi nhi kar sakti\n"
    "Y: ye bilkul unfair h. tu itni mehnat karti h\nY: {SUPPORT}",
    "X: Jake ke baare mein sochna band hi nhi ho raha\n"
    "X: dekha wo kisi nayi ke saath post kar raha h\n"
    "X: abhi bhi parwah karne ke liye itna stupid feel ho raha h\n"
    "Y: tu stupid nhi h. bas kuch mahine hue h\n"
    "Y: abhi kaisa feel ho raha h?\nX: honestly bahut bura. ji machla raha h\nY: {VALIDATE}\n"
    "Y: usko kuch din mute kar de?\nX: haan shayad",
    "X: itna stress h ki saans nhi aa rahi\nX: landlord chahta h {month} tak flat khaali karein\n"
    "X: main kahan jaun\nX: sab kuch itna mehnga h\nY: oh no, ye toh bahut darr wali baat h\n"
    "Y: {SUPPORT}\nY: aaj raat saath mein flats dekhein?\n"
    "X: sach mein? bahut overwhelmed feel ho raha h",
    "X: didi ne bola main selfish hoon\nX: bas isliye ki mummy ke birthday pe nhi aa payi\n"
    "X: bahut dukh hua\nY: {VALIDATE}\nY: exactly hua kya?\n"
    "X: bolti rahi ki main kabhi kisi cheez mein help nhi karti\n"
    "X: aur mujhe lagta h main itna kar{X:ta/ti} hoon\n"
    "Y: ye sach mein dard wali baat h. tu selfish nhi h",
    "X: office mein phir se panic attack aaya\nX: is baar washroom mein\nX: itni sharam aa rahi h\n"
    "Y: oh Lavanya\nY: ab theek h?\nX: thoda. kaanp rah{X:a/i} hoon\nY: {VALIDATE}\n"
    "Y: doctor se baat karne ka socha?\nX: pata nhi. shayad\nY: {SUPPORT}",
    "X: lagta h sab mujhse aage nikal rahe h\nX: {friend} ka phir se promotion ho gaya\n"
    "X: aur main isi bekaar job mein phasi hoon\nY: ye feeling sach mein mushkil hoti h\n"
    "Y: par tu hamesha ke liye phasi nhi h. iske badle kya karna chahegi?\n"
    "X: ye bhi nhi pata. yahi sabse bura h\nY: {SUPPORT}",
    "X: sorry phir se tujh pe sab daal rah{X:a/i} hoon\n"
    "X: par manager ne mujhe performance plan pe daal diya\n"
    "X: dar lag raha h naukri chali jayegi\nY: sorry mat bol. {VALIDATE}\n"
    "Y: unhone kya karne ko bola?\nX: aise targets jo basically impossible h\n"
    "X: itni anxiety h ki kuch khaya nhi\nY: please kuch kha le. {SUPPORT}",
    "X: breakup ke baad flat itna shaant h\nX: wahan wapas aana bilkul acha nhi lagta\n"
    "X: bas awaaz ke liye TV chalu chhod de{X:ta/ti} hoon\nY: {VALIDATE}\n"
    "Y: {day} ko aa ja mere yahan? main khana bana{Y:unga/ungi}\n"
    "X: haan. thank you. tere bina kya karti pata nhi",
    "X: thoda rant karun\nY: hamesha\nX: mummy mujhe cousin se compare karti rehti h\n"
    "X: 'uska ghar h, engagement ho gayi'\nX: itna disappointment feel hota h khud pe\n"
    "Y: tu disappointment nhi h\nY: {VALIDATE}\nY: baat kaise khatam hui unse?\n"
    "X: maine phone kaat diya. aur phir guilt hua",
    "X: poori shaam se ro rah{X:a/i} hoon\nY: oh no. kya hua?\n"
    "X: kuch khaas nhi. sab kuch\nX: kaam, Jake, paise, sab kuch ek saath\nY: {VALIDATE}\n"
    "Y: {SUPPORT}\nY: call karun?\nX: karegi?",
    "X: {friend} pe itna gussa h\nX: usne mujhe apne function mein nhi bulaya\n"
    "X: aur phir saari photos daal di\nX: itna left out aur zaleel feel ho raha h\n"
    "Y: kisi ko bhi bura lagta\nY: pata h usne kyun nhi bulaya?\n"
    "X: nhi aur poochne mein dar lagta h",
    "X: honestly lagta h mujhe depression h\nX: weekend pe bed se uth hi nhi paati\n"
    "X: bas khaali khaali lagta h\nY: acha kiya jo bataya\nY: {VALIDATE}\n"
    "Y: kisi se baat karne ka sochegi? main dhoondhne mein help kar sak{Y:ta/ti} hoon\n"
    "X: shayad. dar h kuch faayda nhi hoga",
    "X: paison ka haal bahut bura h\nX: phir overdraft aur abhi 15 tareekh hi h\n"
    "X: itna stress h ki ji machla raha h\nY: {VALIDATE}\n"
    "Y: saath mein dekhein? likh ke kabhi kabhi kam darawna lagta h\n"
    "X: haan. shayad {day} ko",
    "X: Jake ka message aaya\nX: bas 'hope you're ok'\nX: aur ab main phir se bikhar gayi\n"
    "X: usko ye karne ka haq kisne diya\nY: ugh, ye tere saath bilkul galat h\n"
    "Y: kaisa lag raha h?\n"
    "X: confused. gussa. udaas. sab kuch",
    "X: aaj boss ne mujh pe chillaya\nX: poori team ke saamne\nX: itna chhota feel hua\n"
    "Y: usko kisi pe nhi chillana chahiye\nY: {VALIDATE}\nY: tu theek h?\n"
    "X: nhi. mujhe wahan se nafrat h",
    "X: is weekend ka soch ke dar lag raha h\nX: family function h aur papa peeyenge\n"
    "X: unke aas paas hamesha bahut anxiety hoti h\nY: {VALIDATE}\nY: jaana zaroori h?\n"
    "X: nhi gayi toh mummy maar dengi\nY: jab mann kare text karna. {SUPPORT}",
    "X: phir neend nhi aayi\nX: dimaag chup hi nhi hota\n"
    "X: office mein jo bola wo baar baar replay ho raha h\nY: ye toh thaka dene wala h\n"
    "Y: kya replay ho raha h?\nX: meeting. lagta h main stupid lagi\n"
    "Y: mujhe bilkul nhi lagta",
    "X: flat dekhna disaster tha\nX: agent mere budget pe basically hans pada\n"
    "X: main wapas mummy ke ghar pahunch ja{X:unga/ungi}\nX: itna failure feel ho raha h\n"
    "Y: tu failure nhi h. market pagal h\nY: {SUPPORT}",
    "X: aaj itna ugly feel ho raha h\nX: kuch fit hi nhi ho raha\n"
    "X: {friend} ko mana kar diya kyunki himmat nhi hui\nY: oh yaar. {VALIDATE}\n"
    "Y: for what it's worth tu gorgeous h\nX: tujhe toh bolna hi padega",
    "X: honestly sab se thak gay{X:a/i} hoon\nX: har hafte wahi problems\nX: kuch nhi badalta\n"
    "Y: samajh rah{Y:a/i} hoon. {VALIDATE}\nY: is hafte ko thoda sa bhi aasaan kya bana sakta h?\n"
    "X: pata nhi. nayi zindagi",
    "X: sorry phir se rona ro rah{X:a/i} hoon par sach mein bahut mushkil ho raha h\n"
    "X: kaam aur bura hota ja raha h\n"
    "X: {colleague} ne mujhe us project se hata diya jo mujhe sach mein pasand tha\n"
    "Y: {VALIDATE}\nY: kyun bataya?\nX: 'restructuring'. par personal lagta h\n"
    "X: itna tang aa gay{X:a/i} hoon\nY: obviously. {SUPPORT}",
    "X: ab aur nhi hota\nX: lagta h sab mein doob rah{X:a/i} hoon\n+ \n"
    "+ sorry. pata h ye bahut bolti hoon\nY: hey. main hoon\nY: abhi sabse badi cheez kya h?\n"
    "X: paise shayad. aur kaam. aur Jake wala sab\n"
    "Y: ok. ek saath bahut kuch h. {VALIDATE}\n"
    "Y: ek ek karke. paison se shuru karein?\nX: haan ok",
    "X: review mein bola main 'bahut emotional' hoon\nX: bahut upset hoon\n"
    "X: baad mein washroom mein roi\nY: review mein ye likhna kitna ghatiya h\n"
    "Y: {VALIDATE}\nY: aur kya bola?\nX: ki mujhe 'apne reactions manage' karne h\n"
    "X: itna zaleel feel ho raha h\nY: office mein feelings hona allowed h. {SUPPORT}",
    "X: landlord deposit wapas nhi de raha\nX: bolta h carpet kharab h\n"
    "X: jab aayi thi tab se aisa tha!!\nX: bahut stress h, wo paise chahiye\n"
    "Y: ye toh bilkul unfair h\nY: aate waqt photos li thi?\nX: kuch shayad\n"
    "Y: ok acha h. isse help hogi. main letter likhne mein help kar{Y:unga/ungi}",
    "X: aajkal har cheez ko leke bahut anxiety h\n"
    "X: boss ke emails ke liye phone check karna band nhi kar paati\nX: raat 11 baje bhi\n"
    "Y: ye thaka dene wala h\nY: {VALIDATE}\n"
    "Y: shaam ko notifications band kar sakti h?\nX: dar h kuch miss ho jayega\n"
    "Y: samajh sak{Y:ta/ti} hoon. {SUPPORT}",
    "X: sabse buri raat thi\nX: Jake ke liye rona band hi nhi hua\nX: laga tha ab theek hoon\n"
    "Y: oh yaar. dukh seedhi line mein nhi chalta\nY: kis cheez se shuru hua?\n"
    "X: supermarket mein hamara gaana baj gaya\nY: {VALIDATE}",
    "X: sab dost weekend pe {town} ja rahe h aur mere paas paise nhi\n"
    "X: itna left out feel ho raha h\nX: aur sharam bhi\nY: {VALIDATE}\n"
    "Y: sharam mat kar. bahut logon ke paise tight h\n"
    "Y: {day} ko yahin kuch sasta karein?\nX: shayad. bas lagta h sabse peeche hoon",
    "X: lagta h office mein koi mujhe pasand nhi karta\n"
    "X: sab mujhe bina poochhe lunch pe chale gaye\n"
    "Y: oh no. bura lagta h\nY: {VALIDATE}\nY: plan tha ya achanak hua?\n"
    "X: pata nhi. farak nhi padta. phir bhi bura laga",
    "X: doctor bole mera BP high h\nX: stress ki wajah se apparently\n"
    "X: jo kamaal h kyunki ab stressed hone ka stress h\nY: {VALIDATE}\n"
    "Y: kuch diya unhone?\nX: bas 'relax karo' bola lol\n"
    "Y: wah kitna helpful. saath mein walk pe chalein? thoda help karega",
    "X: lagta h mummy mujhse disappointed h\nX: poochti rehti h 'proper job' kab milegi\n"
    "X: aur itna chhota feel hota h\nY: mummy se ye sunna mushkil h\nY: {VALIDATE}\n"
    "Y: tune kya jawab diya?\nX: kuch nhi. bas chup ho gayi\nY: samajh aata h",
    "X: aaj bahut bada gadbad kiya\nX: client meeting poori tarah bhool gayi\n"
    "X: manager bahut gusse mein h\nX: khud pe itna gussa h\nY: {VALIDATE}\n"
    "Y: sab kabhi na kabhi bhoolte h\nY: sorry bola?\n"
    "X: haan. par feel waisa hi h\nY: {SUPPORT}",
    "X: lagta h har cheez mein fail ho rah{X:a/i} hoon\nX: job, rishte, flat\n"
    "X: baaki sab life mein jeet rahe h\n"
    "Y: tu fail nhi ho rahi. bas bahut mushkil time chal raha h\nY: {VALIDATE}\n"
    "X: time jaisa nhi lagta. hamesha jaisa lagta h\nY: pata h. {SUPPORT}",
    "X: guess kisko phir se ghost kiya gaya\nX: teen date aur phir kuch nhi\n"
    "X: mujh mein kya kharabi h\nY: tujh mein koi kharabi nhi h\nY: {VALIDATE}\n"
    "Y: kaisa lag raha h?\nX: stupid. aur rejected. hamesha ki tarah",
    "X: Jake ke baare mein bura sapna aaya aur ab poore din mood kharab h\n"
    "X: itna pathetic feel ho raha h\n"
    "Y: tu pathetic nhi h. sapne aise hi bure hote h\n"
    "Y: baat karni h ya dhyaan bhatkana h?\nX: dhyaan bhatka. nhi, baat kar. pata nhi",
    "X: meri gaadi mein chori ho gayi\nX: laptop bag le gaye\n"
    "X: bas parking mein baith ke roi\nY: oh no. tu theek h?\nY: {VALIDATE}\n"
    "Y: police ko call kiya?\nX: haan. FIR number de diya bas\n"
    "X: sab mere saath hi kyun hota h",
    "X: mummy ne phir lunch cancel kar diya\nX: is mahine teesri baar\n"
    "X: lagta h main kisi ki priority nhi hoon\nY: {VALIDATE}\nY: kuch bataya kyun?\n"
    "X: 'busy'. mere liye hamesha busy\nY: ye sach mein dukh deta h. sorry yaar",
    "X: itni anxiety h ki kisi cheez pe dhyaan nhi lagta\nX: ek hi email 5 baar padha\n"
    "Y: ye thaka dene wala h\nY: kisi cheez se shuru hua?\n"
    "X: restructure. sab khusur phusur kar rahe h\nY: {VALIDATE}. na jaan'na sabse bura h\n"
    "X: itna dar h ki sabse pehle main ja{X:unga/ungi}",
    "X: weight check kiya aur ab gayab ho jaane ka mann h\n"
    "Y: hey. wo number tu nhi h\nY: {VALIDATE}\nX: bas bahut ghatiya feel ho raha h\n"
    "Y: tu nhi h. kaash tu khud ko waise dekh paa{X:ta/ti} jaise main dekh{Y:ta/ti} hoon",
    "X: flatmate ja rahi h aur akele rent nhi bhar pa{X:unga/ungi}\nX: panic ho raha h\n"
    "Y: oh no. kab ja rahi h?\nX: agle mahine ke end mein\n"
    "Y: ok. thoda time toh h. {SUPPORT}\n"
    "Y: instagram pe daal doon, kisi ko room chahiye ho toh?\n"
    "X: haan please. itna stress h",
    "X: office ki party bekaar thi\nX: kisi ne baat nhi ki\nX: ek ghante chips ke paas khadi rahi\n"
    "X: itna loser feel ho raha h\nY: ye sach mein bura h\n"
    "Y: tu loser nhi h. ye cheezein mushkil hoti h\nX: baaki sabko itna aasaan laga",
    "X: lagta h dost mujhse tang aa gaye h\nX: poore din group chat mein kisi ne reply nhi kiya\n"
    "Y: oh no. {VALIDATE}\nY: shayad bas busy honge?\n"
    "X: shayad. phir bhi lagta h ignore kar rahe h\nY: main ignore nhi kar rah{Y:a/i}. {SUPPORT}",
    "X: phir neend nhi aa rahi\nX: raat ke 2 baje h aur sab kuch dimaag mein ghoom raha h\n"
    "X: sorry, pata h tu so rah{Y:a/i} ho{Y:ga/gi}\nY: jaag rah{Y:a/i} hoon, tension mat le\n"
    "Y: dimaag mein kya chal raha h?\nX: sab. kaam. Jake. paise. mummy\n"
    "Y: {VALIDATE}. thodi der call karun?",
]

DUMP_SHIFT = [
    # Nisha shares; Lavanya shifts back to her own story
    "Y: ek baat bataun\nY: papa ke operation ko leke bahut stress h\n"
    "X: oh no\nX: yaad aaya, papa aajkal itne ajeeb h\n"
    "X: mere birthday pe call bhi nhi kiya\nX: lagta h unhe farak hi nhi padta\n"
    "Y: ye mushkil h\nY: anyway mera {day} ko h. koi na",
    "Y: mera din bhi kaafi bura tha actually\n"
    "Y: ek cheez pe daant padi jo meri galti thi hi nhi\n"
    "X: ugh bilkul waisa jo mere saath pichhle hafte hua\n"
    "X: honestly {colleague} abhi bhi bahut buri h\nX: aaj kitchen mein ignore kiya\n"
    "Y: ye toh bahut bura h\nY: koi na, mera toh kuch nhi",
    "Y: btw job mil gayi!!\nX: oh nice\nX: kaash mere saath bhi kuch acha hota\n"
    "X: 3 jagah apply kiya aur kuch nhi aaya\nY: hoga. promise\n"
    "Y: pakka jaldi sunne ko milega",
    "Y: {friend} ke jaane ke baad uski bahut yaad aati h\nX: ye feeling mujhe bahut pata h\n"
    "X: honestly breakup ke baad flat itna shaant h\n"
    "X: logon se zyada billi se baat kar{X:ta/ti} hoon\n"
    "Y: haan\nY: ignore kar, kuch nhi h",
    "Y: kal ki presentation ko leke nervous hoon\n"
    "X: ho jayega, tu isme achi h\nX: mujhe Friday wali ka itna stress h\n"
    "X: manager dekh rahe honge aur main freeze ho ja{X:unga/ungi}\n"
    "Y: freeze nhi hogi. bahut acha karegi\nY: hum dono lol",
    "Y: dadi hospital mein h\nX: oh no sorry\nX: hospital se mujhe bahut anxiety hoti h\n"
    "X: jab haath toota tha uske sapne abhi bhi aate h\nY: haan\nY: anyway wo stable h",
    "Y: boyfriend se jhagda hua\nX: ugh rishte\nX: kam se kam tere paas h toh\n"
    "X: is hisaab se main 12 billiyon ke saath rah{X:unga/ungi}\nY: bilkul nhi lol\n"
    "Y: koi na, sambhal lenge",
    "Y: lagta h thoda burnt out hoon\nX: same honestly\nX: lagta h mera burnout se bhi bura h\n"
    "X: aaj bus mein ro padi\nY: oh no. kya hua?\nX: kuch nhi, sab kuch. pata h na",
    "Y: finally holiday book ho gayi!\nX: lucky\nX: mere paas holiday ke paise nhi\n"
    "X: {food} ke bhi mushkil se h tbh\nY: oh no. paise abhi bhi tight h?\nX: hamesha",
    "Y: shift hone ko leke thodi anxiety ho rahi h\nX: kam se kam tere paas jaane ko jagah toh h\n"
    "X: agent ne ab tak reply nhi kiya\nX: main beghar ho ja{X:unga/ungi}\n"
    "Y: beghar nhi hogi. {SUPPORT}",
    "Y: weekend bahut pyaara tha actually, didi ke saath {town} gayi thi\nX: nice\n"
    "X: maine poora weekend kaam ki wajah se roya lol\nX: {colleague} ne Saturday ko email kiya\n"
    "Y: oh no. Saturday ko?\nX: haan!! kaun karta h aisa",
    "Y: flatmate ki thodi chinta ho rahi h, bahut down h wo\nX: kam se kam usko tu toh h\n"
    "X: mere paas ghar pe koi nhi\nX: flat itna shaant h\nY: main bhi toh hoon\n"
    "Y: anyway wo theek ho jayegi",
    "Y: job chhodne ka soch rah{Y:a/i} hoon\nX: omg main bhi\n"
    "X: {colleague} se itna tang aa gay{X:a/i} hoon\n"
    "X: aaj meeting mein literally mujhe dekh ke aankhein ghumayi\nY: ugh ye toh bura h\n"
    "Y: mere wale ki baat phir kabhi",
    "Y: btw papa ka operation acha raha\nX: oh acha\nX: papa ne abhi tak call nhi kiya\n"
    "X: lagta h unhe yaad bhi nhi ki main hoon\nY: sorry. ye sach mein mushkil h",
]

DUMP_LIGHT = [
    "X: <media>\nX: ye outfit dekh jo main kabhi nhi pehn{X:unga/ungi}\nY: cute h!! {day} ko pehen",
    "X: kya kar rahi h\nY: abhi aayi. {food} bana rah{Y:a/i} hoon\n"
    "X: jealous. mere paas cornflakes h",
    "X: {show} dekh rahi h\nY: haan! last episode!!\nX: pata h!! main cheekh padi",
    "Y: {day} fix h na?\nX: haan please. is flat se bahar nikalna h\n"
    "Y: {place} pe {time} baje?\nX: perfect",
    "X: phir se {weather}\nY: ugh. ghar pe rehne wala mausam\nX: hamesha ghar pe rehne wala mausam",
    "Y: morning! neend kaisi aayi?\nX: bekaar par zinda hoon",
    "X: aaj raat ke liye thanks\nY: kabhi bhi. mazaa aaya\nX: mujhe bhi. zaroorat thi",
    "X: <media>\nX: meri billi mujhe judge kar rahi h\nY: sahi kar rahi h tbh\nX: {LAUGH}",
    "Y: ghar theek se pahunch gayi?\nX: haan! bus tak chhodne ke liye thanks",
    "X: {day} ko {place} chalein?\nY: haan!! {time}?\nX: great",
    "X: <media>\nX: banana bread banaya\nY: kitna acha lag raha h!\nX: upar se thoda jal gaya",
    "Y: {show} ka naya season dekha\nX: abhi nhi! acha h?\nY: bahut. tujhe pasand aayega",
    "X: {day} ko lunch?\nY: haan! kahan?\nX: {place}?\nY: perfect",
    "Y: <media>\nY: park mein ye kutta\nX: omg mujhe chahiye",
    "X: aaj itni dhoop h\nY: finally!!\nX: shayad bahar bhi jaaun",
    "Y: naya haircut kaisa h?\nX: acha lagne laga h\nX: literally",
    "X: MasterChef ka final dekha\nY: haan!! loot liya\nX: LOOT LIYA",
    "Y: yahan {weather}, wahan?\nX: same. poore din ghar pe rahi",
]

DUMP_THANKS = [
    "X: sorry main hamesha rona roti reh{X:ta/ti} hoon\nY: bilkul nhi. main hoon\n"
    "X: bas tujhse hi baat kar paa{X:ta/ti} hoon",
    "X: kal raat sunne ke liye thank you\nY: obviously. aaj kaisi h?\n"
    "X: abhi bhi bekaar par thodi better",
    "X: pata nhi tu mujhe kaise jhelti h\nY: pagal mat ban\nY: dost isi liye toh hote h",
]

# --- waning interest (Om & Jasleen)

WANE_MIN = [
    "X: hey\nY: hey",
    "X: kaisa chal raha h\nY: theek. busy",
    "X: is weekend free h?\nY: abhi pata nhi\nY: bata{Y:ta/ti} hoon",
    "X: <media>\nY: lol",
    "X: ye dekha toh teri yaad aayi\nX: <media>\nY: ha",
    "X: week kaisa gaya\nY: theek thanks",
    "X: {show} dekha?\nY: abhi nhi",
    "X: {day} ko {place} chalein?\nY: is hafte nhi ho payega sorry",
    "X: sab badhiya?\nY: haan",
    "X: hope kaam theek chal raha h\nY: 👍",
    "X: bahut din se baat nhi hui\nY: sorry, busy thi",
    "X: yahan {weather}\nY: same",
    "X: {friend} kaisi h?\nY: theek shayad",
    "X: tu theek h?\nY: haan bas thaki hoon",
    "X: {day} wala message mila?\nY: oh sorry haan\nY: shayad",
    "X: maine {show} khatam kar liya\nY: nice",
    "X: btw {band} ki tickets aa gayi\nY: acha cool\nY: pata nhi ja pa{Y:unga/ungi}",
    "X: wo cheez kaisi rahi\nY: theek",
    "X: hamari baatein miss kar{X:ta/ti} hoon\nY: haan sorry, bas busy",
    "X: kya kar rahi h?\nY: kuch khaas nhi",
    "X: <media>\nY: 👍",
    "X: ok\nY: k",
    "X: <media>\nX: isse hasi aa gayi\nY: ha",
    "X: hope tera hafta acha ho\nY: thanks, tera bhi",
    "X: {day} free h?\nY: kaam h yaar, sorry",
    "X: {friend} ki news dekhi?\nY: haan",
    "X: nayi job kaisi h\nY: theek, busy",
    "X: arre poochna tha, {town} kaisa raha?\nY: acha thanks",
    "X: sorry, pehle dekha nhi\nY: np",
    "X: bahut time se baat nhi hui!\nY: haha haan",
    "X: teri yaad aa rahi thi, hope sab badhiya h\nY: 👍 thanks",
    "X: jaldi milna chahiye\nY: haan pakka",
    "X: {show} wapas aa gaya\nY: oh nice",
]

WANE_MID = [
    "X: din kaisa tha\nY: lamba. tera?\nX: haan same, thoda boring\nY: chal. Friday aane wala h",
    "X: {place} gayi thi aakhir?\nY: haan {day} ko, acha tha\n"
    "X: nice, kya liya?\nY: {food}. theek tha",
    "X: abhi bhi running kar rahi h?\nY: thoda bahut. hafte mein ek baar shayad\n"
    "X: wo bhi acha h\nY: shayad",
    "X: <media>\nX: ye yaad h?\nY: haha haan\nY: kitna purana lagta h",
    "X: is weekend kya plan h\nY: shayad {friend} se mil{Y:unga/ungi}. tu?\n"
    "X: kuch khaas nhi. shayad {town} jaun\nY: nice",
    "X: aakhir {film} dekh li\nY: acchi thi?\nX: haan bahut acchi, ending ne rula diya\n"
    "Y: nice, kabhi dekh{Y:unga/ungi}",
    "X: is hafte kaam bahut tha\nY: haan? same\n"
    "X: {colleague} chhutti pe h toh main cover kar rah{X:a/i} hoon\n"
    "Y: irritating lagta h",
    "X: jaldi milein?\nY: haan acha rahega\nY: pata nhi kab, sab pagal chal raha h\n"
    "X: koi na, jab bhi",
    "X: btw {friend} ne hi bola\nY: aww usko bhi hi\nY: kaisi h wo?\n"
    "X: theek, abhi bhi {town} mein",
    "X: aaj subah run pe gaya\nY: nice, kitna?\nX: 5k, dheere wala\nY: phir bhi ginti mein h",
    "X: <media>\nX: naya plant\nY: cute. kaunsa h?\nX: pata nhi lol",
    "X: mummy ko gift pasand aaya?\nY: haan aaya\nX: acha",
    "X: aaj thakaan h\nY: same\nX: bahut late raatein\nY: haan",
    "X: is hafte {show} acha tha\nY: abhi dekha nhi\nX: acha ok",
]

# --- critical / defensive (Rehan & Zeenat)

CRIT = [
    "X: kitchen phir se ganda chhod diya\nY: baad mein karne wal{Y:a/i} th{Y:a/i}\n"
    "X: tu hamesha yahi bol{Y:ta/ti} h\nY: aur tu kabhi kachra nhi phenk{X:ta/ti} toh\n"
    "X: baat wo nhi h\nY: jo bhi 🙄",
    "X: tune reply kyun nhi kiya\nX: maine 4 message bheje\nY: office mein th{Y:a/i}??\n"
    "X: tere paas hamesha koi bahana ho{Y:ta/ti} h\nY: meri galti nhi ki meri naukri h\nX: wow ok",
    "X: tune bola tha table book kar{Y:ega/egi}\nY: bhool gay{Y:a/i} ok\nX: phir se?\n"
    "X: tu kabhi kuch poora nhi kar{Y:ta/ti}\nY: toh tu khud book kar le{X:ta/ti}\n"
    "X: baat wo nhi h",
    "X: aaj tujhe kya hua h\nY: mujhe kuch nhi hua\nY: TUJHE kya hua h\n"
    "X: maine bas ek sawaal poocha\nY: us tone mein\n"
    "X: koi tone nhi h. tu pagalpan kar rah{Y:a/i} h",
    "X: tu meri mummy ka birthday bhool gay{Y:a/i}\nY: meri galti nhi kisi ne yaad nhi dilaya\n"
    "X: wo MERI mummy h aur main teri PA nhi hoon\n"
    "X: jo cheez mere liye maayne rakhti h tu kabhi yaad nhi rakh{Y:ta/ti}\n"
    "Y: ye bilkul unfair h\n"
    "Y: waise tu bhi pichhle mahine mera office wala function bhool gay{X:a/i} th{X:a/i}",
    "X: jab main serious ho{X:ta/ti} hoon tu hamesha mazaak kyun kar{Y:ta/ti} h\n"
    "Y: mahaul halka kar rah{Y:a/i} th{Y:a/i}\nX: ye dismissive h\n"
    "Y: aur tu har cheez mein itna drama kar{X:ta/ti} h\nX: phir shuru",
    "X: dinner pe poore time phone pe th{Y:a/i} tu\n"
    "Y: bas ek cheez check kar rah{Y:a/i} th{Y:a/i}\n"
    "X: ek ghante tak\nY: waise bhi tu poori raat {friend} se baat kar rah{X:a/i} th{X:a/i}\n"
    "X: unbelievable",
    "X: maine parcel lene bola tha\nY: time nhi mila\n"
    "X: gym ke liye time mil gaya\nY: meri galti nhi post office 5 baje band hota h\n"
    "X: tu hamesha khud ko pehle rakh{Y:ta/ti} h",
    "X: tune {friend} ke saamne meri beizzati ki\nY: kaise??\nX: meri job wala comment\n"
    "Y: mazaak tha. tu itn{X:a/i} sensitive h\nX: tu meri koi baat serious nhi le{Y:ta/ti}",
    "X: tune bola tha 8 baje tak aay{Y:ega/egi}\nY: phas gay{Y:a/i} th{Y:a/i}\n"
    "X: tune bola tha late hua toh text kar{Y:ega/egi}\nY: phone band ho gaya, meri galti nhi\n"
    "X: jab suvidha ho tabhi band hota h",
    "X: tujhe kya hua h\nX: tu bas uth ke chal{Y:a/i} gay{Y:a/i}\n"
    "Y: kyunki tu chilla rah{X:a/i} th{X:a/i}\n"
    "X: main nhi chilla rah{X:a/i} th{X:a/i}\nY: wahi awaaz kar rah{Y:a/i} th{Y:a/i}\n"
    "X: koi awaaz nhi h",
    "X: tu hamesha yahi kar{Y:ta/ti} h\nY: kya\n"
    "X: chup ho jaata h aur phir aise behave karta h jaise kuch hua hi nhi\n"
    "Y: aur tu kabhi kuch chhod{X:ta/ti} nhi\nX: kyunki kuch theek hi nhi hota",
    "X: tu kabhi mera din nhi poochta\nY: kal hi toh poocha tha\nX: ek baar\n"
    "Y: tu bhi mera nhi poochta\nX: theek h",
    "X: tune well done bhi nhi bola\nX: review ke baare mein\nY: bola tha??\n"
    "X: tune 'nice' bola. bas\nY: kya chahiye, speech?\nX: bhool ja",
    "X: apna saamaan seedhiyon pe mat faila\nY: ek din ke liye toh tokna band kar\n"
    "X: tu kar deta toh tokna nhi padta\nY: meri galti nhi tu itna chidchida h",
    "X: tune promise kiya tha is weekend {town} chalenge\nY: maine shayad bola tha\n"
    "X: tune bola tha chalenge\nY: kuch aa gaya\nX: hamesha kuch aa jaata h",
    "X: tu kabhi kabhi itn{Y:a/i} selfish h\nY: wow\n"
    "Y: bolta kaun h jo poora weekend {friend} ke yahan raha\n"
    "X: wo hafton pehle plan tha\nY: jo bhi",
    "X: tu itn{Y:a/i} thand{Y:a/i} kyun h\nY: nhi hoon\nX: saaf dikh raha h\n"
    "Y: shayad agar tu ghar aate hi mujhpe shuru na ho jaa{X:ta/ti}\nX: main shuru nhi hu{X:a/i}",
    "X: mera {thing} ek hafte se tere paas h\nY: de d{Y:unga/ungi}\n"
    "X: hamesha yahi bol{Y:ta/ti} h\n"
    "Y: koi badi baat nhi h\nX: mere liye h",
    "X: tune phir cancel kar diya\nY: thak{Y:a/i} hu{Y:a/i} hoon, kya karun\n"
    "X: tune bola tha aay{Y:ega/egi}\n"
    "Y: meri galti nhi office pagal h\nX: hamesha office",
    "X: tu kabhi meri nhi sunta\nY: abhi sun rah{Y:a/i} hoon\nX: saaf nhi sun rah{Y:a/i}\n"
    "Y: toh mujhse kya chahiye\nX: kuch nhi. bhool ja",
    "X: kal raat tune mera bilkul saath nhi diya\nY: teri behen thi, kya bol{Y:ta/ti}\n"
    "X: kuch bhi!!\nY: toh tu khud ka bachav kar le{X:ta/ti}\nX: wow. thanks",
    "X: gaadi phir se bina petrol ke chhod di\nY: late ho rah{Y:a/i} th{Y:a/i}\n"
    "X: tu hamesha late ho{Y:ta/ti} h\nY: toh tu khud bharwa le{X:ta/ti}\n"
    "X: baat wo nhi h aur tujhe pata h",
    "X: jab meri family aas paas hoti h tu hamesha ye kyun kar{Y:ta/ti} h\nY: kya\n"
    "X: chup hoke muh phula leta h\nY: main muh nhi phulata\n"
    "Y: tera bhai mujhpe chadh raha tha aur tune kuch nhi bola\nX: wo meri galti nhi h",
    "X: tune notice bhi nhi kiya maine baal katwaye\nY: kiya tha notice\n"
    "X: kuch bola nhi\nY: tu bhi kabhi notice nhi kar{X:ta/ti} jab main kuch kar{Y:ta/ti} hoon\n"
    "X: jaise kya\nY: bhool ja",
    "X: teen baar bola plumber ko bula\nY: busy th{Y:a/i}\n"
    "X: daaru ke liye kabhi busy nhi hota\nY: wow ok\n"
    "Y: meri galti nhi ki nal ki parwah sirf tujhe h\nX: unbelievable",
    "X: tujhe kya hua h, poore din se chidchida h\nY: mujhe kuch nhi hua\n"
    "Y: shayad har 5 minute mein poochna band kar de\nX: theek h. nhi pooch{X:unga/ungi}",
    "X: tune promise kiya tha mere office function mein aay{Y:ega/egi}\n"
    "Y: maine bola tha koshish kar{Y:unga/ungi}\n"
    "X: tune bola tha aay{Y:ega/egi}\nX: sab pooch rahe the tu kahan h\n"
    "Y: toh tune yaad nhi dilaya\n"
    "X: yaad dilana nhi padna chahiye",
    "X: {num}00 kis cheez pe uda diye??\nY: acchi deal thi\nX: humne bola tha bachat karenge\n"
    "Y: tune pichhle hafte naye joote liye\nX: wo alag h\n"
    "Y: jab tu kar{X:ta/ti} h tab hamesha alag ho{X:ta/ti} h",
    "X: tu hamesha mujhse poochhe bina plans bana le{Y:ta/ti} h\nY: poocha tha\n"
    "X: tune bataya. wo poochna nhi h\nY: tu poochne pe kabhi jawab hi nhi deta\nX: jo bhi 🙄",
    "X: tujhe farak bhi padta h ki main upset hoon\nY: obviously padta h\n"
    "X: dikhta toh nhi\nY: kya karun main\nX: pata nhi, ek baar notice kar",
    "X: tune bola tha holiday sort kar{Y:ega/egi}\nY: kar d{Y:unga/ungi}\n"
    "X: ye tune {month_past} mein bola tha\n"
    "Y: busy th{Y:a/i}, meri galti nhi\nX: tu hamesha busy ho{Y:ta/ti} h",
]

CRIT_REASSURE = [
    "X: tu mujhse naraz h?\nY: nhi\nX: naraz lag rah{Y:a/i} h\n"
    "Y: naraz nhi hoon. thak{Y:a/i} hoon\nX: ok",
    "X: hum theek h na?\nY: haan kyun\nX: poore din chup th{Y:a/i}\nY: bas busy hoon\nX: ok sorry",
    "X: maine kuch galat kiya?\nY: nhi\nX: kiya hota toh bata{Y:ta/ti}?\nY: haan\n"
    "X: sorry, bas chinta ho jaati h",
    "X: abhi bhi subah wali baat pe gussa h\nY: thoda\nX: sorry\n"
    "X: jab hum aise hote h mujhe bilkul acha nhi lagta\nY: mujhe bhi",
    "X: tu mujhe chhod ke toh nhi jaa{Y:ega/egi} na\nY: kya? nhi\nY: aisa kyun bol rah{X:a/i} h\n"
    "X: pata nhi. chhod lol",
    "X: sach bata, main bahut zyada hoon kya\nY: kabhi kabhi\nX: oh\nX: ok\n"
    "Y: mera wo matlab nhi tha\nX: theek h",
    "X: kal raat ke liye sorry\nY: ok\nX: abhi bhi upset h?\nY: ho jaa{Y:unga/ungi} theek",
    "X: sorry agar pehle irritate kiya\nY: nhi kiya\nX: pakka? chup ho gay{Y:a/i} th{Y:a/i}\n"
    "Y: pakka",
    "X: chup ho gay{Y:a/i}. hum dono theek h na?\nY: haan. bas match dekh rah{Y:a/i} hoon\n"
    "X: ok. sorry",
    "X: kal raat maine upset kiya?\nY: zyada nhi\nX: 'zyada nhi' matlab haan\n"
    "Y: theek tha\nX: ok. phir bhi sorry",
    "X: ab bhi mujhse pyaar kar{Y:ta/ti} h\nY: obviously, kyun\n"
    "X: pata nhi. aajkal ajeeb lag raha h\n"
    "Y: bas busy hafta tha",
    "X: mujhse irritate h?\nY: kyun hoon{Y:ga/gi}\n"
    "X: poore din ek ek shabd ke reply\nY: office mein th{Y:a/i}\n"
    "X: sorry. main har cheez zyada soch le{X:ta/ti} hoon",
]

CRIT_LIGHT = [
    "X: khane mein kya chahiye\nY: kuch bhi. {food}?\nX: theek",
    "X: {shop} pe hoon, kuch chahiye\nY: doodh\nX: ok",
    "X: ghar pe h?\nY: 10 min",
    "X: {day} ko mummy ke yahan abhi bhi?\nY: haan boli {time} baje\nX: ok",
    "X: <media>\nY: lol\nY: ye kahan h",
    "X: property tax bhara?\nY: haan\nX: ok acha",
    "X: {show} dekh raha h?\nY: thodi der mein\nX: ok mere bina shuru mat karna",
    "X: {friend} wala kitne baje h\nY: {time}\nX: ok",
    "X: bread le aayega\nY: haan",
    "X: late ho rah{X:a/i} hoon\nY: ok",
    "X: <media>\nX: {friend} ka naya puppy\nY: kitna pyaara",
    "X: gaadi ki chaabi side pe rakh di\nY: 👍",
    "X: teri train kitne baje h\nY: 6:10\nX: ok",
    "X: dhaabe se kuch chahiye\nY: bade fries\nX: ok",
    "X: mummy ne hi bola\nY: unhe bhi hi",
    "X: kachra\nY: ho gaya",
    "X: <media>\nX: drawer mein mila\nY: ha, purana flat",
    "X: aaj gym?\nY: shayad\nX: ok batana",
    "X: {friend} ka birthday {day} ko\nY: ok kitne baje\nX: {time}",
    "X: washing machine khatam\nY: ok sukha de{Y:ta/ti} hoon",
    "X: ghar ka khana ya bahar se\nY: bahar se\nX: {place}?\nY: theek",
    "X: {film} ki tickets le li\nY: kitne baje\nX: {time}",
    "X: gaadi {day} ko service ke liye book h\nY: ok",
    "X: {town} wali news dekhi\nY: haan pagal",
]

CRIT_REPAIR = [
    "X: pehle wali baat ke liye sorry. matlab nhi tha\nY: pata h. mera bhi\nX: sulah?\nY: sulah",
    "X: kachre ke baare mein tu sahi h. main kar d{X:unga/ungi}\nY: thank you",
    "X: sorry maine gussa kiya\nY: koi na. main bhi pareshan kar rah{Y:a/i} th{Y:a/i}",
    "X: bhai wali baat ke liye sorry. tu sahi th{Y:a/i}\nY: thank you. bahut acha laga",
    "X: pehle jo bola wo matlab nhi tha\nY: pata h. main bhi thak{Y:a/i} hua th{Y:a/i}\n"
    "X: love you\nY: love you",
]

# --- crisis support (Amrita goes through a crisis; Bharat supports; later the reverse)

CRISIS = [
    "X: Bharat samajh nhi aa raha kya karun\nX: papa office mein gir gaye\n"
    "+ hum hospital mein h\n+ AIIMS, emergency\nY: oh god. I'm so sorry\n"
    "Y: wo theek h? tu theek h?\nX: unhe lagta h dil ka h. mujhe bahut dar lag raha h\n"
    "Y: main hoon. aaun?\nX: aayega? akele nhi rehna mujhe\nY: nikal rah{Y:a/i} hoon",
    "X: unhe admit kar rahe h\nX: itna dar lag raha h ki unhe kho doongi\nY: {VALIDATE}\n"
    "Y: doctor kya bol rahe h?\nX: surgery chahiye. shayad isi hafte\n"
    "Y: ok. ek ek karke. {SUPPORT}",
    "X: soy{X:a/i} nhi hoon\nX: aankh band kar{X:ta/ti} hoon toh machines ki awaaz aati h\n"
    "Y: ye toh bahut bura h\nY: aaj kuch khaya?\nX: nhi really\n"
    "Y: 6 baje khana la rah{Y:a/i} hoon. koi bahas nhi",
    "X: surgery kal subah 8 baje h\nX: ji machla raha h\n"
    "Y: obviously. itna kuch utha rahi h tu\n"
    "Y: poore din phone on rakh{Y:unga/ungi}. kuch bhi text kar, bas ek full stop bhi\n"
    "X: thank you. sach mein\n~~~\nY: subah se tere baare mein soch rah{Y:a/i} hoon. kuch news?\n"
    "X: bahar aa gaye. theek raha\nX: corridor mein bas ro padi\n"
    "Y: thank god. tere liye bahut sukoon hua\nY: kaisa feel ho raha h?\n"
    "X: nichod di gay{X:a/i} hoon. par wo theek h",
    "X: manager ko bolna pada ki nhi aa pa{X:unga/ungi}\n"
    "X: itna guilty feel ho raha h, deadline h\n"
    "Y: guilty feel karne ki koi baat nhi\nY: papa hospital mein h. office chal jayega\n"
    "X: pata h. bas lagta h sabko niraash kar rah{X:a/i} hoon\nY: nhi kar rah{X:a/i}. {SUPPORT}",
    "X: mummy sambhal nhi pa rahi\n"
    "X: unke liye mazboot rehne ki koshish kar rah{X:a/i} hoon par khud toot rah{X:a/i} hoon\n"
    "Y: {VALIDATE}\nY: par tujhe kaun sambhal raha h?\nX: tu. honestly\n"
    "Y: toh sambhalne de. is hafte tera kya kaam main le loon?",
    "X: aaj nurse pe chilla di aur bahut bura lag raha h\n"
    "Y: tu thaki hui h aur dari hui h. insaan h\nY: sorry bola?\n"
    "X: haan. wo bahut achi thi is baare mein\nY: bas. khud pe bhi thoda reham kar",
    "X: sorry aajkal sab kuch mere baare mein hi ho gaya\n"
    "X: tu sach mein kaisa h? boss wali baat kaisi rahi?\n"
    "Y: sorry mat bol!! main theek hoon honestly\nY: theek rahi, team badalne de rahe h\n"
    "X: ye bahut acha h. khushi hui\nX: tu deserve karta h",
    "X: ghar aa gaye\nX: par itne kamzor h. unhe aise dekhna darawna h\n"
    "Y: samajh sak{Y:ta/ti} hoon. {VALIDATE}\nY: wo khud kaise h?\n"
    "X: chidchide, jo nurse ne bola acha sign h lol\nY: 😂 wahi toh tere papa h",
    "X: aaj {shop} mein ro padi\nX: biscuit wali line mein. unke favourite\nY: oh yaar\n"
    "Y: dukh aur dar ajeeb jagah pe nikalte h\nX: wo gaye bhi nhi, isliye itna stupid lagta h\n"
    "Y: stupid nhi h. tune unhe almost kho diya tha. {SUPPORT}",
    "X: lagta h doob rah{X:a/i} hoon\nX: hospital, mummy, office, sab\nY: {VALIDATE}\n"
    "Y: is hafte sabse zyada kya chahiye?\nX: neend. aur koi jo kutte ko sambhal le\n"
    "Y: kutta main dekh l{Y:unga/ungi}. Wednesday aur Thursday?\nX: tu lifesaver h",
    "X: soch{X:ta/ti} reh{X:ta/ti} hoon agar phone na uthaya hota toh\n"
    "X: ignore karne wal{X:a/i} th{X:a/i}\n"
    "Y: par tune uthaya. aur pahunch gayi\nY: isse hila hua feel karna theek h\n"
    "X: ab har waqt anxiety rehti h\n"
    "Y: {SUPPORT}. aur sab theek ho jaye toh shayad kisi se baat karna?",
    "X: tera hafta kaisa raha? lagta h bahut time se poocha hi nhi\nY: tere paas bahut kuch tha!\n"
    "Y: mera theek tha, thoda thaka. {friend} {day} ko aa rahi h\n"
    "X: oh nice!! meri taraf se hi bolna\n"
    "X: aur sab kuch ke liye thank you. sach mein",
    "X: aaj rehab appointment tha\nX: wo corridor ke end tak chal ke gaye\nY: kamaal h!!\n"
    "Y: kaise lag rahe the?\nX: khud pe proud lol. aur mujhe itna sukoon h\n"
    "Y: tum dono ke liye bahut khush hoon",
    "X: buri raat thi. unke seene mein phir dard hua\n"
    "X: false alarm tha par main kaanp rah{X:a/i} hoon\n"
    "Y: oh no. {VALIDATE}\nY: abhi kahan h?\nX: ghar. wo so rahe h\n"
    "Y: baat karni h ya bas bekaar videos bhejun\nX: dono lol",
]

CRISIS_LIGHT = [
    # the crisis weeks' small talk: care, distraction and practical help (X = Amrita, Y = Bharat)
    "Y: <media>\nY: chhote se raincoat mein kutta, himmat ke liye\nX: ok isse thoda acha laga 😂",
    "Y: tere darwaze pe soup rakh diya\nX: tu farishta h\nX: thank you",
    "Y: reply karne ki zaroorat nhi, bas teri yaad aa rahi thi\nX: ❤️",
    "Y: itni bhaag daud mein Pepper kaisi h?\n"
    "X: confused par khush. tere saath extra walk bahut pasand h usko lol",
    "X: milne ka time 2 se 8 h toh basically wahin reh rah{X:a/i} hoon\n"
    "Y: charger aur snacks le aaun?\nX: haan please. vending machine bekaar h",
    "Y: <media>\nY: tere papa ke bageeche ke paas se guzra, sem pagal ho rahi h\n"
    "X: aww. unhe bahut acha lagega, dikha{X:unga/ungi}",
    "X: aaj unhone crossword maanga\nY: ye acha sign h!!\nX: pata h. choti cheezein",
    "Y: dukaan se kuch chahiye?\nX: doodh aur wo oats wale biscuit\nY: ho gaya",
    "Y: hasane ke liye ek bekaar video bhej rah{Y:a/i} hoon\nY: <media:video>\n"
    "X: bura lagta h ki kaam kar gaya 😂",
    "X: mummy phoolon ke liye thank you bol rahi h\nY: kuch nhi tha\nX: kuch nhi nhi tha",
    "Y: hospital mein parking kaisi h, kal chhod doon?\n"
    "X: bekaar. haan please\nY: 1 baje le{Y:ta/ti} hoon",
    "X: unke ward ki nurses farishte h\nY: aww. khushi h ki ache haathon mein h",
]

CRISIS_RECOVER = [
    "X: bas thank you bolna tha\n"
    "X: pichhle kuch hafton ke liye. khana, kutta, raat 2 baje ke messages\n+ \n"
    "+ tere bina nhi kar paati\nY: tu bhi mere liye yahi karti\n"
    "X: karti. hope tujhe pata h",
    "X: bahut time baad pehla normal din\nX: run pe gayi aur ek baar bhi hospital ka nhi socha\n"
    "Y: ye sunke bahut acha laga\nY: overall kaisa feel ho raha h?\n"
    "X: halka. abhi bhi thoda dagmag par halka",
    "X: papa wapas bageeche mein lol\nY: obviously\nY: mummy kaisi h?\n"
    "X: bahut better. phir se so paa rahi h\nY: bahut khushi hui",
]

CRISIS_BEN = [
    # Bharat's story in order: the list, the waiting, a backup interview, the news, then life
    # goes on (Bharat is X here)
    "X: ek baat karni thi tujhse\nY: haan bol. kya hua?\n"
    "X: office mein chhatni ho rahi h aur mera naam list mein h\nX: honestly dar lag raha h\n"
    "Y: oh no. {VALIDATE}\nY: kab pata chalega?\nX: mahine ke end tak\n"
    "Y: {SUPPORT}. tune hafton mujhe sambhala, ab meri baari",
    "X: zyada soya nhi. office wali baat\nY: sorry. wo intezaar bahut bura hota h\n"
    "Y: dimaag mein kya chal raha h?\nX: bas paise. flat. agar kuch nhi mila toh\n"
    "Y: bahut kuch h. par tu apne kaam mein itna acha h\nY: saath mein CV dekhein?\n"
    "X: haan. bahut help hogi",
    "X: kal backup job ka interview h\nX: nervous hoon\nY: tu kamaal karega\n"
    "Y: kis cheez ki tension h?\nX: salary ke sawaal. main hamesha khud ko kam aank{X:ta/ti} hoon\n"
    "Y: practice karte h. kaunsa number bolega?\n~~~\nY: interview kaisa gaya??\n"
    "X: bahut acha! number bola aur unhone palak bhi nhi jhapkayi\nY: proud of you!!",
    "X: honestly thoda failure feel ho raha h\nY: hey. nhi\n"
    "Y: list mein naam aana tere baare mein nhi, budget ke baare mein h\n"
    "Y: aaj kaisa feel ho raha h?\n"
    "X: bol ke thoda better\n~~~\nY: chhatni ki koi news?\nX: mujhe rakh rahe h!!\n"
    "Y: {HYPE}\nY: kaisa lag raha h?\nX: shabdon se zyada sukoon",
    "X: bhai ko leke bahut stress h\n"
    "X: wo wapas mere saath rehne aa raha h aur pata nhi sambhal pa{X:unga/ungi}\n"
    "Y: sab ke upar ye bhi\nY: sabse zyada kis baat ki chinta h?\n"
    "X: ki pehle ki tarah ladenge\nY: samajh aata h. shuru mein hi kuch rules bana lo?\n"
    "X: haan. sunne ke liye thanks",
    "X: is hafte thoda low feel ho raha h\nX: kuch khaas nhi\nY: sorry. low matlab?\n"
    "X: bas flat. thaka hua. kuch mazedaar nhi lagta\n"
    "Y: {VALIDATE}. {day} ko ghar se bahar chalein? walk aur {drink}?\nX: haan please",
]

GROUP_SYSTEM_NAMES = ("Shruti", "Dev 🎸", "+91 98765 43210", "Pooja")

# --- group dominated (Sunday football; Manav dominates)

GDOM_MONO = [
    "M: chalo sab, {day} ki tactics\nM: poore hafte isi ke baare mein soch raha tha\n+ \n"
    "+ lamba message aa raha h\nM: hum bahut narrow khelte h, isliye pichhle hafte 6 khaye\n"
    "M: agar Jatin wide rahe aur Ayesha peeche rahe toh shape bani rahegi\n"
    "M: aur koi bhi, matlab koi bhi, mere saath aage nhi jayega\n"
    "M: diagram bana{M:ta/ti} hoon\nA: ok\nB: 👍",
    "M: <media>\nM: {day} ka tactics board\nM: arrows run h, dotted lines pass\n"
    "M: laal X wahan jahan hum hamesha phaste h\nM: yaad kar lo\nC: lol\n"
    "A: kitne saare arrows h",
    "M: kal raat ka jaldi se debrief\nM: pehla half hum soye hue the\n"
    "M: doosra half kaafi better, press kaam kar raha tha\n"
    "M: par aapas mein baat karni padegi, akela main chilla raha tha\n"
    "M: aur Farah aakhri goal thoda tere upar tha, bura mat maanna\nC: ok\n"
    "A: jeete toh the",
    "M: kisi ne league table dekhi\nM: honestly Sunday ko nhi jeete toh khatam\n"
    "M: manager ko badalna padega, midfield bahut slow h\n"
    "M: August se bol rah{M:a/i} hoon\nB: haan",
    "M: ok admin time\nM: {day} {time} baje ground book h\n"
    "M: {num}0 rupaye sabke, Thursday tak mujhe bhejo\n"
    "M: is baar kisi ke peeche nhi bhaag{M:unga/ungi}\n"
    "M: pichhli baar 3 hafte mere jeb se gaye\nA: bhej diya\nC: 👍",
    "M: aur ek naya rule\nM: late aaye toh goal mein\nM: koi exception nhi\n"
    "M: mere liye bhi. obviously main late nhi aa{M:unga/ungi}\nB: lol",
    "M: kisi ne wo video dekha jo maine daala\nM: free kick wala\n"
    "M: hafton se wahi technique practice kar rah{M:a/i} hoon\nM: sab plant foot mein h\n"
    "M: {day} ko sabko dikha{M:ta/ti} hoon\nA: nice",
    "M: soch raha tha winter league mein naam daalein\nM: maine pata kar liya\n"
    "M: 10 match, Tuesday raat, team ke {num}00 rupaye\n"
    "M: jeete toh trophy aur bar tab\n"
    "M: log aaye toh aaraam se top 3 mein aa jayenge\nC: mazaa aayega\nB: shayad",
    "M: aaj raat ki player ratings kyunki bore ho rah{M:a/i} hoon\n"
    "M: main 8, Jatin 6, Ayesha 7, Farah 6, baaki sab 5\n"
    "M: sach bolun toh thoda main hi utha raha tha\nA: lol ok\nC: harsh",
    "M: koi acha physio pata h\nM: hamstring phir tight h\n"
    "M: din mein do baar stretch kar{M:ta/ti} hoon par kaafi nhi\n"
    "M: shayad running ka volume, hafte ka 40k ho gaya h\nB: nhi sorry",
    "M: aajkal Pep ki press conferences bahut dekh rah{M:a/i} hoon\n"
    "M: aur honestly positional play wali baatein\nM: hum bhi uska ek version kar sakte h\n"
    "M: sab triangles ka khel h\nM: {day} ko cones laa{M:ta/ti} hoon\nA: cones 😂",
    "M: yaad dila doon captain main hoon aur bibs main choose kar{M:ta/ti} hoon\n"
    "M: ye democracy nhi h\nM: h toh par mere votes zyada h\nC: {LAUGH}",
    "M: <media>\nM: naye boots\nM: wahi jo pros pehente h, Germany se mangwane pade\n"
    "M: first touch elite hoga\nB: nice",
    "M: Sunday sharam ki baat thi tbh\nM: 3 goal aage the aur haar gaye\n"
    "M: na shape, na baat, sab bas ball dekh rahe the\nM: gussa nhi hoon bas niraash hoon\n"
    "A: thoda gussa",
    "M: choti baat h par keeper ko back pass dena band karo\n"
    "M: 5-a-side h, keeper kick nhi maar sakta\nM: jab tak main goal mein na hoon obviously\n"
    "C: ok",
    "M: chalo, subs\nM: pichhle mahine ke 100 kam h\n"
    "M: pata h kaun h par naam nhi l{M:unga/ungi}\nM: bas apne banking apps check kar lo\n"
    "M: thanks\nA: sorry shayad main th{A:a/i}, abhi bhej{A:ta/ti} hoon",
    "M: {day} ka mausam bekaar lag raha h\nM: par hum har mausam mein khelte h\n"
    "M: character banta h\nM: extra socks laana, baad mein thanks bologe\nB: ok",
    "M: doosri team ke ek bande ka message aaya\nM: rematch chahiye unhe\n"
    "M: obviously maine haan bola\n"
    "M: par tez rehna padega, unke defence mein wo lamba banda tha\n"
    "M: uske liye plan h mere paas\nC: 👍",
    "M: Sunday ke highlights dobara dekhe\n"
    "M: honestly pehle 10 minute hamari shape elite thi\n"
    "M: phir jab main goal mein gaya sab bikhar gaya\n"
    "M: jo saabit karta h mujhe bahar khelna chahiye\nA: lol",
    "M: fitness check\nM: is hafte sach mein kaun daud raha tha\n"
    "M: kyunki maine 3 run aur ek gym session kiya\n"
    "M: aur phir se akele press nhi karna mujhe\nB: main office paidal gaya tha\n"
    "C: {LAUGH}",
    "M: is hafte bada match h sab\nM: league ka top daav pe h\n"
    "M: Saturday jaldi sona, beer nhi\nM: serious hoon\nM: ok shayad ek beer\nA: noted",
    "M: warm up ke liye group playlist banayi h\nM: zyada 2000s ke gaane\n"
    "M: koi complaint nhi, captain main hoon\nM: link bio mein. mazaak, bhej{M:ta/ti} hoon\n"
    "C: lol ok",
    "M: nayi kit pe kya raaye\nM: navy ke saath golden border soch rah{M:a/i} hoon\n"
    "M: mock up bhi h\nM: <media>\nM: peeche naam obviously\nB: acha lag raha h\n"
    "A: kitne ka",
    "M: ok ball kaun laayega iska rota bana diya\nM: BALL ROTA\n+ week 1: main\n"
    "+ week 2: Jatin\n+ week 3: Ayesha\n+ week 4: Farah\n+ (repeat)\n"
    "M: calendar mein daal lo\nM: koi bahana nhi\nB: ok",
    "M: kal raat ke ref ke baare mein ek baat\nM: pata h thoda garam ho gaya tha\n"
    "M: par wo foul tha hi nhi\nM: 10 baar dekha\n"
    "M: anyway usse sorry bol diya, sort of\nC: 😂",
    "M: tactics ka sawaal\nM: 2-2 ya 1-2-1\nM: mujhe 1-2-1 lagta h par tumhari raaye chahiye\n"
    "M: nhi actually 1-2-1 hi h\nM: decide ho gaya\nA: ok",
    "M: man of the match ki voting aaj raat band\n"
    "M: bas bata rah{M:a/i} hoon 2 assist aur ek goal tha\n"
    "M: koi pressure nhi\nM: dimaag se vote karna\nB: lol",
    "M: park mein extra sessions kar rah{M:a/i} hoon\nM: bas main, ball aur kuch cones\n"
    "M: mera left foot bahut acha ho raha h\nM: shayad ab free kick left se maarun\n"
    "C: nice",
    "M: reminder season end ka dinner {day} ko h\nM: {place} book kar liya\n"
    "M: awards main de rah{M:a/i} hoon\nM: shayad ek trophy mere liye bhi ho\nA: {LAUGH}",
    "M: team culture pe ek kitaab padh rah{M:a/i} hoon\n"
    "M: apparently best teams mein ek strong leader aur clear roles hote h\n"
    "M: jo basically main bolta aaya hoon\nM: toh. roles. bhej{M:ta/ti} hoon\nB: ok",
    "M: ok hot take aa raha h\nM: humein Thursday ko bhi practice karni chahiye\n"
    "M: bas ek ghanta, passing drills\nM: ground ka pooch liya, 7 baje khaali h\n"
    "M: koi pressure nhi par thoda pressure\nB: Thursday mushkil h mere liye\nA: shayad",
    "M: Sunday wali team ki scouting report\nM: unka keeper left mein kamzor h\n"
    "M: 9 number wapas nhi aata\nM: aur ek banda aise girta h jaise world cup ho\n"
    "M: toh bekaar tackles nhi\nC: noted",
    "M: apne stats dekh raha tha\n"
    "M: hamare 70% goal aakhri 10 minute mein aaye h\nM: ye fitness h. sirf fitness\n"
    "M: warm up mein sprints daal rah{M:a/i} hoon\nA: nooo",
    "M: yaad dila doon bibs fashion item NHI h\nM: pichhle hafte koi ek ghar le gaya\n"
    "M: Sunday tak wapas chahiye\nM: dhula hua\nB: lol main nhi",
    "M: btw Sunday wale save ke liye mujhe shabaashi\nM: ungliyon se, post ke bahar\n"
    "M: tab kisi ne kuch nhi bola toh ab bol rah{M:a/i} hoon\nC: great save Manav\n"
    "M: thank you {C}",
    "M: kiske kitne baaki h uski spreadsheet bana di\nM: colour coded\n"
    "M: hara bhara, peela late, laal bahut late\nM: peela bahut h\nA: abhi bhej{A:ta/ti} hoon",
    "M: team ka naam badalne ka soch rah{M:a/i} hoon\nM: 'FC Wednesday' thoda kamzor h\n"
    "M: 12 naam ki shortlist h\nM: mera favourite 'Real Chai Madrid'\n"
    "M: vote karenge par gint{M:unga/ungi} main\nB: lol\nC: real chai madrid acha h",
    "M: tum sab ke liye podcast recommendation\nM: do ex pros tactics samjhate h\n"
    "M: har episode suna h maine\nM: episode 40 basically waisa h jaisa humein khelna chahiye\n"
    "M: is hafte ka homework\nA: ok coach",
    "M: injury update\nM: ankle theek h\nM: physio bolta h 2 hafte par mujhe lagta h 1\n"
    "M: zaroorat padi toh khel l{M:unga/ungi}\nC: shayad physio ki sun le",
    "M: throw in ki baat kar sakte h\nM: do haath, sir ke peeche, pair zameen pe\n"
    "M: Sunday ko 3 de diye\nM: kick off se pehle dikha{M:ta/ti} hoon\nA: 😂 ok",
]

GDOM_OTHERS = [
    "A: {day} ko koi kuch kar raha h?\nM: training obviously\nM: aur baad mein run\n"
    "B: main free hoon\nC: same",
    "C: <media>\nC: park mein mera kutta\nM: cute\n"
    "M: yaad aaya, agle mahine ka ground book karna h\nA: kitna cute!!",
    "B: is hafte nhi aa pa{B:unga/ungi} sorry, office ka kaam\nM: lagataar doosra hafta\n"
    "M: phir ek player kam\nB: sorry\nA: koi na",
    "A: happy birthday {C}!!\nB: happy birthday 🎉\nM: happy birthday\n"
    "M: ab sabko ek beer udhaar h, rule h\nC: thanks guys",
    "C: aaj raat match koi dekh raha h\nA: haan!\nM: obviously\n"
    "M: aur meri prediction, 2-1, aur doosre half ka sub jitayega\nB: bold",
    "B: {day} ko baad mein {place}?\nA: haan\nC: main in\n"
    "M: ek ke liye aa{M:unga/ungi}. pehle protein shake",
    "A: is hafte ball main laa{A:unga/ungi}\nM: acchi wali, pichki wali nhi\nA: haan Manav",
    "C: late ho rah{C:a/i} hoon sorry\nM: kitna late\nC: 10 min\nM: tere bina warm up kar lenge\n"
    "A: koi na",
    "A: well played sab 🙌\nB: acha game\nM: theek tha. doosre half pe kaam karna h\n"
    "M: notes bhej{M:ta/ti} hoon",
    "B: <media>\nB: Sunday ke baad mera ghutna\nA: ouch\n"
    "M: RICE. rest, ice, compression, elevation\n"
    "M: mere physio ki exercises bhej sak{M:ta/ti} hoon",
    "C: {day} ko kisi ko lift chahiye\nA: haan please!\n"
    "M: main cycle se aa rah{M:a/i} hoon, warm up ka hissa h",
    "A: baarish mein bhi hoga?\nM: obviously\nB: ok",
    "B: organise karne ke liye thanks Manav\nM: koi na\nM: kisi ko toh karna h",
    "A: <media>\nA: pichhle match ki team photo\nC: kitne serious lag rahe h\nM: wo focus h\n"
    "B: lol",
    "C: koi aur bibs la sakta h, mere dhulne gaye h\nA: mere paas h\n"
    "M: neeli wali better h, orange wali se smell aati h",
]

# --- too short (Gauri & Rajat, first days)

SHORT = [
    "X: hey main Gauri, climbing wall se!\nY: hey!! acha laga message dekh ke\n"
    "X: Tuesday ko mazaa aaya\nY: haan! haath abhi bhi dard kar rahe h lol",
    "X: {day} ko ja rahe ho?\nY: shayad, {time} baje ke aas paas\nX: cool wahin milte h",
    "X: <media>\nX: saboot ki maine orange route poora kiya\nY: yesss nice!!\n"
    "Y: bola tha ho jayega",
    "Y: ghar theek se pahunch gay{X:a/i}?\nX: haan thanks! baarish bekaar thi\n"
    "Y: ha haan main bheeg gay{Y:a/i}",
    "X: climbing mein kaunse joote pehente ho? mere dard kar rahe h\n"
    "Y: mere Decathlon wale saste h\nY: kuch hafton mein khul jaate h\nX: ok acha hua pata chala",
    "Y: hafta kaisa gaya?\nX: busy! office thoda zyada h\nX: aapka?\n"
    "Y: theek, weekend ka wait h",
    "X: {day} ko climbing se pehle coffee?\nY: haan acha rahega!\n"
    "X: entrance ke paas wali jagah?\nY: perfect",
    "Y: <media>\nY: ab mere forearms aise dikhte h\nX: 😂 same honestly",
    "X: aaj ke tips ke liye thanks\nY: kabhi bhi! aap bahut jaldi seekh rahe ho\nX: aww thanks",
    "Y: random sawaal par yahan aas paas brunch ke liye koi acchi jagah pata h\n"
    "X: {place} ke ande kamaal h!\nY: ooh try kar{Y:unga/ungi}, thanks",
    "X: dekha agle mahine bouldering competition h\nY: nhi! aap participate karoge?\n"
    "X: lol nhi. dekhne shayad",
    "Y: morning! hafte mein pehli baar do baar climbing, haath uth nhi rahe\n"
    "X: 😂 club mein swagat h",
]

# Jyoti and Samar: planning a long weekend away together, plus everyday chat
JO = [
    "X: ok toh april mein {town}. sach mein kar rahe h ye\n"
    "Y: haan!! flights dekh rah{Y:a/i} hoon\nX: jo mila bhej\nY: <media>",
    "X: kitni raatein\nY: 3? friday se monday\n"
    "X: perfect, monday ki chhutti maang le{X:ta/ti} hoon",
    "X: airbnb ya hotel\nY: airbnb, khana bana sakte h\nX: banayega kaun\nY: tu\n"
    "X: rude par fair",
    "X: <media>\nX: ye jagah kaisi h\nY: wo rooftop wali??\n"
    "Y: haan. book kar isse pehle koi aur kar le",
    "X: book ho gaya!!\nY: AHHH\nY: ho raha h\nX: ho raha h",
    "X: wahan kya karna h\nY: khana\nX: khane ke alawa\n"
    "Y: aur khana. aur wo museum jo tune bola tha",
    "X: restaurants ki list banayi\nX: 1. taco wali jagah\n+ 2. line wala brunch place\n"
    "+ 3. dumpling bar\n+ ...\n+ 14. fancy wala agar ameer feel kiya\n"
    "Y: 14 restaurant??\nY: 3 din ke liye\nX: manage kar lenge",
    "X: gaadi chahiye\nY: nhi lagta, sab paidal h\n"
    "X: acha h kyunki mujhe drive nhi karna",
    "X: hafta kaisa gaya\nY: lamba, office mein chaos\nY: tera?\n"
    "X: same. trip ke din gin rah{X:a/i} hoon",
    "X: btw behen ne hi bola\nY: usko bhi hi!! abhi bhi marathon kar rahi h\n"
    "X: haan, pagal h",
    "X: honestly flying ko leke thodi nervous hoon\nY: sach mein? pata nhi tha\n"
    "X: haan aajkal zyada ho gaya h\n"
    "Y: saath baithenge aur poore time dhyaan bhatkata rah{Y:unga/ungi}\n"
    "X: isse sach mein bahut help hogi",
    "X: packing ka sawaal, april mein wahan thand hoti h\nY: 15-16 degree?\nX: toh jacket\n"
    "Y: jacket le aana",
    "X: promotion mil gaya!!\nY: {HYPE}\nY: ok ab trip celebration trip h\nX: done",
    "X: <media>\nX: naya bag\nY: kitna fancy\nX: cup holder bhi h",
    "X: ok naraz mat hona par shayad humare liye cooking class book kar di\n"
    "Y: naraz kyun ho{Y:unga/ungi} ye toh amazing h\nX: subah 8 baje h\nY: ok ab naraz hoon",
    "X: mummy kaisi h\nY: better thanks, nayi dawai kaam kar rahi h\n"
    "X: sunke acha laga\nY: poochne ke liye thanks ❤️",
    "X: aaj ka din bura tha\nY: oh no, kya hua?\n"
    "X: project pe buri feedback mili aur chubh gayi\nY: bekaar. kya bola?\n"
    "X: ki ambitious nhi tha\nY: frustrating h, tune itna kuch daala tha usmein\n"
    "X: thanks. trip jaldi aaye bas",
    "X: ek hafta!!\nY: EK HAFTA\nX: packing shuru kar di\nY: obviously kar di",
    "X: airbnb ka address bhej\nY: <media>\nX: ty",
    "X: flight kitne baje h\nY: subah 7:10\nX: humne apne saath ye kyun kiya\n"
    "Y: sasti flights baby",
]

JO_TRIP = [JO[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14, 17, 18, 19)]
JO_DAY = [JO[i] for i in (8, 9, 10, 12, 15, 16)]

# deep exchanges for the chats that use only a little depth (waning_interest, crisis_support)
DEEP_UK_EXTRA = [
    "X: ajeeb h par thodi ghar ki yaad aa rahi h\nY: mummy ke ghar ki?\n"
    "X: sab ki. gaon, kutta, wo shor\n"
    "Y: samajh aata h. bada saal raha h\nY: agli baar kab ja rahe ho?\nX: {month} se pehle nhi\n"
    "Y: bahut door h. tab tak yahan Sunday ka khana karein?\nX: haan please",
    "X: phir se instagram pe sabse compare kar rah{X:a/i} hoon\n"
    "X: aur ab bahut bura feel ho raha h\n"
    "Y: ugh, wo app kabhi kabhi zeher h\nY: kisse shuru hua?\n"
    "X: {friend} ki holiday photos. aur nayi job. aur baal\n"
    "Y: {VALIDATE}. wahan sirf highlight reel dikhti h\n"
    "X: pata h. pata hone se zyada farak nhi padta\n"
    "Y: nhi. ek hafte ke liye saath mein delete karein?",
    "X: lagta h papa wali baat se abhi bhi upset hoon\nY: Diwali wali ladai?\n"
    "X: haan. tab se theek se baat nhi hui\nY: itne time se ye bojh utha rah{X:a/i} h\n"
    "Y: theek karna h, ya unse thoda door rehna h?\n"
    "X: theek karna h. bas samajh nhi aa raha shuru kaise karun\n"
    "Y: chhota sa message? sab ek saath nhi kehna",
    "X: ek gaanth h jo check karani h\nX: shayad kuch nhi par dar lag raha h\n"
    "Y: obviously dar lagega\nY: doctor ka appointment liya?\nX: thursday\n"
    "Y: saath chalun?\n"
    "X: chalega? waiting room mein akele nhi baithna\n~~~\n"
    "Y: doctor ne kya bola?\nX: cyst h. bilkul harmless\n"
    "Y: thank god. kaisa feel ho raha h?\nX: jaise phir se saans aa rahi ho",
    "X: aaj office mein bahut buri news mili\nX: hamara office band ho raha h\n"
    "Y: oh no. tere liye iska kya matlab h?\nX: {town} shift ho jaun ya chhod doon\n"
    "Y: itna bada faisla achanak\nY: kaisa feel ho raha h?\n"
    "X: shock. thoda ji machla raha h\nY: {SUPPORT}. jab chahe baat karte h",
    "X: driving test ko leke bahut nervous hoon\n"
    "X: pichhli baar fail hu{X:a/i} th{X:a/i} aur wahi sochna band nhi ho raha\n"
    "Y: samajh aata h. pichhli baar bura tha\nY: kya hua tha?\n"
    "X: ek chauraahe pe ghabra gay{X:a/i}\nY: tab se bahut practice ki h\n"
    "X: pata h. bas dar h phir se freeze ho ja{X:unga/ungi}\n"
    "Y: nhi hogi. aur hui toh phir try karna",
    "X: school ki best friend ne 5 saal baad contact kiya\n"
    "X: aur poore din se ajeeb emotional hoon\nY: aww. acha emotional ya udaas?\n"
    "X: dono. ek stupid baat pe ladai hui thi\nY: ek saath itna kuch feel karna\n"
    "Y: miloge?\nX: shayad. nervous hoon\n"
    "Y: ye himmat ki baat h. hope acha rahe",
    "X: lagta h main is job ke laayak nhi hoon\nY: hey. kya hua?\n"
    "X: poori team ke saamne galti ho gayi\n"
    "X: aur ab lagta h sab mere fail hone ka wait kar rahe h\nY: {VALIDATE}\n"
    "Y: ek galti tu nhi h\nX: pata h. bas chubhta h\nY: obviously chubhega",
    "X: sach bolun toh breakup ke baad se mushkil ho raha h\n"
    "Y: batane ke liye thanks. soch rah{Y:a/i} th{Y:a/i}\nY: sach mein kais{X:a/i} h?\n"
    "X: shaamein sabse buri h. itna sannata\nY: {VALIDATE}\n"
    "Y: har thursday fix dinner? mere yahan\nX: bahut acha lagega",
    "X: dadi old age home shift ho rahi h\nX: pata h sahi h par bahut udaas hoon\n"
    "Y: oh, ye sach mein mushkil h\nY: wo kaisa le rahi h?\nX: himmat se. mujhse zyada\n"
    "Y: udaas hona theek h. sab ke liye bada badlaav h\n"
    "X: haan. samajhne ke liye thank you",
    "X: lagta h kaam se break chahiye, dimaag idhar udhar h\nY: kya chal raha h?\n"
    "X: bas lagataar pressure aur koi ant nhi\nY: ye thaka dene wala h\n"
    "Y: ek hafte ki chhutti le sak{X:ta/ti} h?\nX: shayad. sochne se bhi guilt hota h\n"
    "Y: aaram karna allowed h. sach mein",
    "X: is mahine paison ki bahut chinta h\nY: kuch hua?\n"
    "X: rent badh gaya aur gaadi service mein fail ho gayi\nY: ugh. ek saath bahut kuch\n"
    "Y: saath mein dekhein?\nX: shayad. sharam aati h\n"
    "Y: bilkul nhi. bahut log isi halat mein h",
]

