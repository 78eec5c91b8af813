"""Hindi forms that raised rows without emotion of BRIGHTER's Hindi train split to tier 2 from the
lexicon, each a general form written as data, in both scripts and in chat-style romanised Hindi,
beside the near misses where the writer's own feeling stays a disclosure:

- enjoying an activity ("maza lena", "maza uthana": "bachchon ne khel ka maza liya") is no
  disclosure, as English's "enjoy" (tier 1); "maza aaya" (I had fun) is;
- another's joy foretold ("bachche khush honge", "mummy khush ho jayegi") is a prediction, not a
  state the writer discloses; the writer's own ("main khush hoon", "hum khush honge") is;
- a feeling called a common thing ("tanav hona aam baat hai") is a general truth, no one's
  disclosure (validation, as English's "normalise"); the writer's own stays theirs and is no
  validation ("mujhe tanav hona aam baat hai").

And general forms of Hindi news prose, which BRIGHTER's Hindi train split does not hold: a
feeling "expressed" by an official or a body ("sarkar ne dukh vyakt kiya", "dukh prakat kiya",
"khushi zahir ki", "prasannata vyakt ki") is a report of a
statement, and tension between parties or in a place ("dono deshon ke beech tanav", "tanav ka
mahaul") is no one's stress; the writer's own ("mujhe bahut dukh hai", "mujhe tanav hai") stays.
"""

from __future__ import annotations

from tests.nlp.pack_cases import table_tests

#: text -> (tier, feeling statement, question, question about the other, categories counted)
CASES = {
    # enjoying an activity: tier 1, no one's disclosure
    "bachchon ne khel ka maza liya": (1, False, False, False, ()),
    "शाम को बच्चों ने खेल का मज़ा लिया।": (1, False, False, False, ()),
    "humne party ka pura maza liya": (1, False, False, False, ()),
    "सबने छुट्टियों का खूब मजा उठाया": (1, False, False, False, ()),
    # ... the writer's fun stays a disclosure
    "मुझे बहुत मज़ा आया": (2, True, False, False, ("joy",)),
    "aaj bahut maza aaya yaar": (2, True, False, False, ("joy",)),
    "maine bahut maza kiya": (2, True, False, False, ("joy",)),
    # another's joy foretold: tier 1
    "park mein naye jhoole lag rahe hain, bachche khush honge": (1, False, False, False, ()),
    "पार्क में नई झूले लगने वाले हैं, बच्चे खुश होंगे।": (1, False, False, False, ()),
    "mummy khush ho jayegi": (1, False, False, False, ()),
    "मम्मी खुश हो जाएगी": (1, False, False, False, ()),
    # ... the writer's own joy, now or foretold, and another's joy now stay at 2
    "main bahut khush hoon": (2, True, False, False, ("joy",)),
    "मैं बहुत खुश हूँ": (2, True, False, False, ("joy",)),
    "hum khush honge": (2, True, False, False, ("joy",)),
    "हम बहुत खुश होंगे": (2, True, False, False, ("joy",)),
    "mummy bahut khush hai": (2, False, False, False, ("joy",)),
    # a feeling called a common thing: a general truth, tier 1, validation
    "exam se pehle ghabrana aam baat hai": (1, False, False, False, ("validation",)),
    "kabhi kabhi tanav hona aam baat hai": (1, False, False, False, ("validation",)),
    "कभी-कभी तनाव होना आम बात है।": (1, False, False, False, ("validation",)),
    "कभी-कभी तनाव आदि के चलते डरावने सपने आना आम बात है।": (1, False, False, False, ("validation",)),
    # ... the writer's own stays theirs, no validation
    "mujhe tanav hona aam baat hai": (2, True, False, False, ("fear",)),
    "मुझे रोज़ तनाव होना आम बात है": (2, True, False, False, ("fear",)),
    "main bahut pareshan hoon, ye aam baat hai": (3, True, False, False, ("fear",)),
    "main bahut pareshan hoon": (3, True, False, False, ("fear",)),
    "मैं बहुत परेशान हूँ": (3, True, False, False, ("fear",)),
    "mujhe aaj bahut tanav hai": (2, True, False, False, ("fear",)),
    # the news register: a feeling expressed in a statement, tension between parties: tier 1
    "सरकार ने दुख व्यक्त किया": (1, False, False, False, ()),
    "mantri ne haadse par dukh jataya": (1, False, False, False, ()),
    "कंपनी ने खुशी जताई कि मुनाफा बढ़ा": (1, False, False, False, ()),
    "विपक्ष ने इस फैसले पर चिंता व्यक्त की": (1, False, False, False, ()),
    "दोनों देशों के बीच तनाव बढ़ गया है": (1, False, False, False, ()),
    "ilake mein tanav ka mahaul hai": (1, False, False, False, ()),
    # ... with "prakat karna" and "zahir karna", and formal joy ("prasannata") expressed
    "मंत्री ने घटना पर दुख प्रकट किया": (1, False, False, False, ()),
    "sarkar ne chinta zahir ki": (1, False, False, False, ()),
    "कंपनी ने नतीजों पर खुशी जाहिर की": (1, False, False, False, ()),
    "राष्ट्रपति ने जीत पर प्रसन्नता व्यक्त की": (1, False, False, False, ()),
    # ... the writer's own grief and stress stay at 2
    "मुझे बहुत दुख है": (2, True, False, False, ("soft",)),
    "mujhe bahut dukh hua": (2, True, False, False, ("soft",)),
    "मुझे आपकी जीत पर बहुत प्रसन्नता है": (2, True, False, False, ("joy",)),
    "mujhe iska bahut dukh hai": (2, True, False, False, ("soft",)),
    "मुझे तनाव है": (2, True, False, False, ("fear",)),
    "ghar mein sabke beech tanav hai aur main bahut pareshan hoon": (
        3,
        True,
        False,
        False,
        ("fear",),
    ),
    # "it is natural": the writer justifies their own anger, still theirs
    "is baar mujhe gussa aana swabhavik hai": (2, True, False, False, ("hard",)),
}

#: near misses: text -> categories that must not be counted
NOT = {
    # no infinitive called common: indignation, no validation
    "ye in logon ke liye aam baat ho gayi hai": ("validation",),
    "mujhe tanav hona aam baat hai ": ("validation",),
    "मुझे रोज़ तनाव होना आम बात है ": ("validation",),
    # enjoying and foretold joy are no joy of the writer's
    "bachchon ne khel ka maza liya ": ("joy",),
    "bachche khush honge ": ("joy",),
    "sarkar ne dukh vyakt kiya": ("soft",),
    "company ne khushi jatai": ("joy",),
    "company ne khushi zahir ki": ("joy",),
    "mantri ne dukh prakat kiya": ("soft",),
}

frame, test_brighter_forms, test_near_misses = table_tests(
    "hi-Latn", CASES, NOT, {"hi-Latn": 30, "hi": 22}
)
