"""The real-register check's real-comment sets, the tenth to the sixteenth (GoEmotions
**train** comments, every message ``dev``): every line parses, the counts are the ones in
``register/SETS.md``, the comments are the seeded draws', and each set's first score and its
score with the detectors of this version are pinned.

Split from :mod:`tests.realtext.test_register` (the written sets and the first sixth) to keep
both files short; nothing here reads frozen data.
"""

from __future__ import annotations

import pandas as pd

from tests.realtext import register
from tests.realtext.goemotions import load as load_goemotions

# --- the tenth set (goemotions10_dev): real comments, a feeling near "you" -----------------


def test_tenth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions10_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 80, 51, 92, 91, 91, 47, 39)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_tenth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw import TAKEN2, _ids
    from tests.realtext.register_draw6 import draw6
    from tests.realtext.register_draw10 import draw10

    frame = register.load("goemotions10_dev")
    assert list(frame["id"]) == list(draw10()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    for relpath in TAKEN2:
        assert not frame["id"].isin(_ids(relpath)).any()
    assert not frame["id"].isin(set(draw6()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions10_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


def _real_set_score(kind: str) -> tuple:
    """A real set's score as FIRST10 and FIRST11 hold it: support (fired, right), P, R; reader's
    feelings read as the writer's; tier >= 2 (flagged, right)."""
    from tests.realtext.evaluate import features_of, support_fired
    from tests.realtext.register_eval import frame, scores

    data = frame(kind)
    feats = features_of(data["text"].tolist())
    got = scores(data, feats)
    sup = support_fired(feats)
    tier2 = feats["tier"].fillna(0).to_numpy() >= 2
    return (
        (int(sup.sum()), int((sup & data["SUP"].to_numpy()).sum())),
        (round(got["support P"], 4), round(got["support R"], 4)),
        (got["RFL without OWN"], round(got["read as the writer's"], 4)),
        (int(tier2.sum()), int((tier2 & data["TIER2"].to_numpy()).sum())),
    )


#: The tenth set's first score (the detectors of commit c59a656, which added it, before any
#: change made with it): support (fired, right), P, R; reader's feelings read as the writer's;
#: tier >= 2 (flagged, right). Real comments nobody here wrote: about one in five of the reader's
#: feelings was read as the writer's, as on the frozen second set.
FIRST10 = ((70, 49), (0.7, 0.6125), (47, 0.2128), (151, 79))


def test_tenth_set_scores_with_the_current_detectors():
    """goemotions10_dev read by the detectors of this version, after the changes made with it:
    a third person's love said to the reader ("she loves you", "he misses you so much") is
    support, not the writer's love; joy at the reader's good turn said bare ("glad you got your
    money back", "i'm happy you were able to ...") is support; "be happy with yourself",
    "become ...", "let yourself feel ..." are orders about the reader's feeling."""
    now = _real_set_score("goemotions10")
    # a third person's feeling told in a reassurance ("don't worry, he's more afraid of you"),
    # learnt from the eleventh set, is part of the support act: 9 -> 8 of 47
    # "lol you're scared" is a taunt (sarcasm marker "lol you are"), no support: 75 -> 74 fired
    # a feeling inside a non-finite clause takes the governing clause's experiencer ("learn
    # history instead of getting angry", "you should take a friend ... to avoid more hurt
    # feelings": the reader's), learnt from this set after the thirteenth was drawn: 8 -> 6 of 47;
    # the sympathy frame "i'm sorry that ..." (the clause is the reader's situation): 6 -> 5;
    # an order joined to a first ("prepare for it and become happy with yourself"): 5 -> 4
    # "happy cake day" is a greeting, learnt from the fifteenth set: tier >= 2 flagged 144 -> 142
    # the English model retrained after the fifteenth set (threshold 0.71 -> 0.70) flags more:
    # 142 -> 144, neither right ("Spam this dude with happy birthdays",
    # "R2/L2 feels weird and slow")
    assert now == ((74, 54), (0.7297, 0.675), (47, 0.0851), (144, 79))
    assert now[2][1] < FIRST10[2][1] and now[1] > FIRST10[1]


# --- the eleventh set (goemotions11_dev): real comments, a check after the tenth's changes ---


def test_eleventh_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions11_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 64, 25, 39, 37, 150, 23, 15)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_eleventh_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw import TAKEN2, _ids
    from tests.realtext.register_draw10 import draw10
    from tests.realtext.register_draw11 import draw11

    frame = register.load("goemotions11_dev")
    assert list(frame["id"]) == list(draw11()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    for relpath in TAKEN2:
        assert not frame["id"].isin(_ids(relpath)).any()
    assert not frame["id"].isin(set(draw10()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions11_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The eleventh set's first score (the detectors of commit 589a96e, which added it, after the
#: changes made with the tenth set and before any made with it): support (fired, right), P, R;
#: reader's feelings read as the writer's; tier >= 2 (flagged, right). The same at 1923c1b, after
#: the emotion models were retrained. On this second set of real comments the changes made with
#: the first left about one in six of the reader's feelings read as the writer's (4 of 23).
FIRST11 = ((55, 39), (0.7091, 0.6094), (23, 0.1739), (92, 33))


def test_eleventh_set_scores_with_the_current_detectors():
    """goemotions11_dev read by the detectors of this version, after the two changes made with
    it: a third person's love in a relative clause said to the reader ("someone who loves you",
    "people who care about you") is support, not the writer's love; a third person's feeling in
    the sentence of a reassurance to the reader ("don't worry, he's more afraid of you") is part
    of the support act."""
    now = _real_set_score("goemotions11")
    # and the brush-offs and taunts of tests/nlp/test_support_sarcasm.py are no support; liking
    # what the reader made ("I like your rant."), learnt from the fourteenth set: 50 -> 51 fired
    # the English model retrained after the fifteenth set (threshold 0.71 -> 0.70) flags more:
    # 90 -> 93, none right ("... you can't relate to my pain 😤", "you made me genuinely laugh!",
    # "it's your 1st Cakeday")
    # a repeat of a feeling of "it" in the sentence of a foretold one is the first one's ("It
    # will hurt, try to take your mind off things, and try to understand why it hurts": the
    # reader's, issue 21): 2 -> 1 of 23 read as the writer's, 93 -> 92 flagged, that one not right
    # a feeling said of a thing as its predicate, told to the reader, is a general truth, not
    # the writer's (learnt from the sixteenth set's tuning, "Crowder is terrible... How do you
    # lose that gunfight": no feeling of the writer's): 92 -> 91 flagged, that one not right
    assert now == ((51, 40), (0.7843, 0.625), (23, 0.0435), (91, 33))
    assert now[2][1] < FIRST11[2][1]


# --- the twelfth set (goemotions12_dev): real comments, a check after both sets' changes -----


def test_twelfth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions12_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 59, 29, 46, 45, 145, 25, 18)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_twelfth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw11 import draw11
    from tests.realtext.register_draw12 import draw12

    frame = register.load("goemotions12_dev")
    assert list(frame["id"]) == list(draw12()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    assert not frame["id"].isin(set(draw11()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions12_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The twelfth set's first score (the detectors of commit 2496d47, which added it, after the
#: changes made with the tenth and eleventh sets, the brush-off families included, and before any
#: made with it): support (fired, right), P, R; reader's feelings read as the writer's; tier >= 2
#: (flagged, right). A second fresh check on real comments: 7 of 25 (0.28).
FIRST12 = ((54, 35), (0.6481, 0.5932), (25, 0.28), (93, 44))


def test_twelfth_set_scores_with_the_current_detectors():
    """goemotions12_dev read by the detectors of this version, after the two changes made with
    it: the reader right after a feeling makes it theirs, as its reflexive object with no
    subject before it ("just love yourself") or as the subject of a relative clause on a feeling
    noun ("all the stress you have right now"): 7 -> 5 of 25."""
    now = _real_set_score("goemotions12")
    # liking what the reader made or how they think ("I love your writing style!", "I like your
    # style"), learnt from the fourteenth set: 54 -> 57 fired, 35 -> 37 right (its label for "I
    # love your username" predates the thirteenth set's decision that such praise is support)
    # mockery is no support ("you are brave for still using the site sweatie"): 57 -> 56 fired
    # the English model retrained after the fifteenth set (threshold 0.71 -> 0.70) flags more:
    # 88 -> 90, neither right ("It’s bad lately.", "OK sweaty, have fun in ur collapsing Union")
    # an elided subject after ", and" + an auxiliary is the clause before's ("You are grieving a
    # hard loss, and might benefit from some grief therapy": the reader's, issue 21): 5 -> 4 of
    # 25 read as the writer's, 90 -> 89 flagged at tier >= 2, none of it right
    # "leave me alone" tells someone to stop bothering the writer, no loneliness ("Leave me
    # alone [NAME] and go take care of your man ... be happy"; the sixteenth set's changes):
    # 4 -> 3 of 25 read as the writer's, 89 -> 88 flagged, that one not right
    assert now == ((56, 37), (0.6607, 0.6271), (25, 0.12), (88, 44))
    assert now[2][1] < FIRST12[2][1]


# --- the thirteenth set (goemotions13_dev): real comments, a check after three sets' changes --


def test_thirteenth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions13_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 65, 24, 30, 30, 152, 23, 10)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_thirteenth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw12 import draw12
    from tests.realtext.register_draw13 import draw13

    frame = register.load("goemotions13_dev")
    assert list(frame["id"]) == list(draw13()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    assert not frame["id"].isin(set(draw12()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions13_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The thirteenth set's first score (the detectors of main 447683f, unchanged at commit 0941377
#: which added the set, after the changes made with the tenth to twelfth sets and before any
#: made with it): support (fired, right), P, R; reader's feelings read as the writer's; tier >= 2
#: (flagged, right). A third fresh check on real comments: 7 of 23 (0.30).
FIRST13 = ((52, 38), (0.7308, 0.5846), (23, 0.3043), (94, 26))


def test_thirteenth_set_scores_with_the_current_detectors():
    """goemotions13_dev read by the detectors of this version, after the changes made with it
    ("pray" is a wish verb: "I pray the chains that make this life hard are broken ... and you
    are freer": the reader's, a reflection) and with the tenth set after it was drawn (a
    feeling inside a non-finite clause, the sympathy frame "i'm sorry that ...", an order joined
    to a first, none of which moves this set): 7 -> 6 of 23; then "let alone" is no
    loneliness ("you oughta be ashamed of knowing that, let alone expecting anyone else to
    know" no longer reads a feeling of the writer's): 6 -> 5 of 23."""
    now = _real_set_score("goemotions13")
    # liking what the reader made ("love your work!", "I love your username."), learnt from the
    # fourteenth set: 53 -> 56 fired, all three right
    # mockery is no support ("Sorry bucko ..., take care of yourself"): 56 -> 55 fired; tier >= 2
    # 89 -> 88 flagged was already so on the integration branch before it (one false flag fewer)
    # the English model retrained after the fifteenth set (threshold 0.71 -> 0.70) flags more:
    # 88 -> 90, neither right ("Sir you forget yourself!", "Hahaha. I see what you did there!")
    # a feeling said of a thing as its predicate, told to the reader ("Break ups are painful
    # ... Be honest with your current girl"; the sixteenth set's changes): the reader's, and
    # the model's raise on it dropped: 5 -> 4 of 23, 90 -> 89 flagged, that one not right
    assert now == ((55, 42), (0.7636, 0.6462), (23, 0.1739), (89, 26))
    assert now[2][1] < FIRST13[2][1]


# --- the fourteenth set (goemotions14_dev): real comments, a check after four sets' changes --


def test_fourteenth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions14_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 68, 26, 25, 25, 146, 23, 6)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_fourteenth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw13 import draw13
    from tests.realtext.register_draw14 import draw14

    frame = register.load("goemotions14_dev")
    assert list(frame["id"]) == list(draw14()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    assert not frame["id"].isin(set(draw13()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions14_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The fourteenth set's first score (the detectors of main fb28ed1, unchanged at commit 220d39d
#: which added the set, after the changes made with the tenth to thirteenth sets and before any
#: made with it): support (fired, right), P, R; reader's feelings read as the writer's; tier >= 2
#: (flagged, right). A fourth fresh check on real comments: 6 of 23 (0.26).
FIRST14 = ((49, 34), (0.6939, 0.5), (23, 0.2609), (79, 23))


def test_fourteenth_set_scores_with_the_current_detectors():
    """goemotions14_dev read by the detectors of this version, after the changes made with it
    (tests/nlp/test_lists_and_praise.py): a feeling that ends a list stands in the clause the
    list opened in ("May God grant you love, guidance and happiness": the reader's), "offend" is
    a causing verb ("I'm sorry if I offended you": the reader's), and support in other people's
    words (liking what the reader made, "you go, girl", "hugs back!", "you're not in the wrong",
    "he's not worth your time", a blessing, a wish that something nice happens to the reader):
    6 -> 4 of 23 read as the writer's, support 49 -> 58 fired, 34 -> 43 right."""
    now = _real_set_score("goemotions14")
    # mockery is no support ("Look at you, Mr Independent! ...", "I'm cringing for you. Good
    # luck ..."): 58 -> 56 fired, all 43 right kept
    # "happy cake day" is a greeting, learnt from the fifteenth set: tier >= 2 flagged 74 -> 73
    assert now == ((56, 43), (0.7679, 0.6324), (23, 0.1739), (73, 23))
    assert now[2][1] < FIRST14[2][1] and now[1] > FIRST14[1]


# --- the fifteenth set (goemotions15_dev): real comments, a check after five sets' changes ---


def test_fifteenth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions15_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 70, 24, 50, 50, 142, 21, 24)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_fifteenth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw14 import draw14
    from tests.realtext.register_draw15 import draw15

    frame = register.load("goemotions15_dev")
    assert list(frame["id"]) == list(draw15()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    assert not frame["id"].isin(set(draw14()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions15_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The fifteenth set's first score (the detectors of main eda8885, unchanged at commit 4acacf0
#: which added the set, after the changes made with the tenth to fourteenth sets and before any
#: made with it): support (fired, right), P, R; reader's feelings read as the writer's; tier >= 2
#: (flagged, right). A fifth fresh check on real comments: 8 of 21 (0.38).
FIRST15 = ((51, 39), (0.7647, 0.5571), (21, 0.381), (95, 44))


def test_fifteenth_set_scores_with_the_current_detectors():
    """goemotions15_dev read by the detectors of this version, after the changes made with it
    (tuned on): "happy cake day" is a greeting, a bare fragment that repeats a feeling takes the
    owner of the word it echoes ("you should be super proud of yourself. super, super proud."),
    ":D" ends a clause, "misunderstood" with an object is no feeling, and support in other words
    ("good for you for not just giving in", "good for you all", "so happy for the both of
    you", "happy for you that you found someone"): 8 -> 6 of 21 read as the writer's, support
    51 -> 54 fired, 39 -> 43 right."""
    now = _real_set_score("goemotions15")
    # a feeling gerund opening a subject phrase said to the reader ("Constantly worrying about
    # her and not feeling pleasure without her presence could be. You need to talk to a
    # therapist": the reader's, no reflection; issue 21): 6 -> 5 of 21, 91 -> 90 flagged at tier
    # >= 2, that one not right
    # a feeling said of a thing as its predicate, told to the reader ("Childhood is happiness.
    # After that the rest of your life ..."; the sixteenth set's changes): 5 -> 4 of 21,
    # 90 -> 89 flagged, that one not right
    assert now == ((54, 43), (0.7963, 0.6143), (21, 0.1905), (89, 44))
    assert now[2][1] < FIRST15[2][1] and now[1] > FIRST15[1]


# --- the sixteenth set (goemotions16_dev): real comments, a check after six sets' changes ---


def test_sixteenth_set_counts_and_every_message_is_dev():
    frame = register.load("goemotions16_dev")
    got = (
        len(frame),
        *(int(frame[code].sum()) for code in register.CODES),
        int((frame["labels"].map(len) == 0).sum()),
        int((frame["RFL"] & ~frame["OWN"]).sum()),
        int((frame["SUP"] & frame["OWN"]).sum()),
    )
    assert got == (250, 78, 32, 40, 38, 139, 26, 23)
    assert set(frame["part"]) == {"dev"}
    assert frame["id"].is_unique and frame["text"].is_unique
    assert (frame["context"] == "").all()
    assert not (frame["TIER2"] & ~frame["OWN"]).any()


def test_sixteenth_set_is_the_seeded_train_draw_and_new():
    from tests.realtext.register_draw15 import draw15
    from tests.realtext.register_draw16 import draw16

    frame = register.load("goemotions16_dev")
    assert list(frame["id"]) == list(draw16()["id"])
    train = load_goemotions("train").drop_duplicates("id").set_index("id")["text"]
    assert list(frame["text"]) == list(train.loc[frame["id"]])
    assert not frame["id"].isin(set(load_goemotions("dev")["id"])).any()
    assert not frame["id"].isin(set(draw15()["id"])).any()
    before = register.DEV_FILES[: register.DEV_FILES.index("goemotions16_dev")]
    earlier = pd.concat([register.load(n) for n in register.FILES + before])
    assert not set(frame["text"]) & set(earlier["text"])


#: The sixteenth set's first score (the detectors of main 62e9db3, unchanged at commit 7ddeafd
#: which added the set, after the changes made with the tenth to fifteenth sets and before any
#: made with it): support (fired, right), P, R; reader's feelings read as the writer's; tier >= 2
#: (flagged, right). A sixth fresh check on real comments: 9 of 26 (0.35).
FIRST16 = ((58, 48), (0.8276, 0.6154), (26, 0.3462), (90, 32))


def test_sixteenth_set_scores_with_the_current_detectors():
    """goemotions16_dev read by the detectors of this version, after the changes made with it
    (tuned on): an order with "you" left out before a modal ("Should be more worried about your
    elderly relatives"), "eh" an interjection ("Eh happiness is just a fleeting fish ... You can
    catch it"), a feeling that ends a list opening the subject ("Support and love would be your
    best bet"), "missed out" and "missing <thing>" no missing of someone ("He missed out on a
    golden kid", "your missing post"): 9 -> 4 of 26 read as the writer's; a feeling said of a
    thing as its predicate told to the reader ("... look hurt when you glare at them"): tier >=
    2 flagged 90 -> 84, all 32 right kept."""
    now = _real_set_score("goemotions16")
    assert now == ((58, 48), (0.8276, 0.6154), (26, 0.1538), (84, 32))
    assert now[2][1] < FIRST16[2][1]
