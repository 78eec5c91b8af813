"""Each component of analyzer.nlp.components on a blank English pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from analyzer.nlp import components, lexicon, normalise, valence


@pytest.fixture(scope="module")
def nlp():
    return components.add_components(spacy.blank("en"))


def run(nlp, text):
    return nlp(text)


def cat(doc, name: str) -> int:
    return doc._.chat_lex.cats[normalise.CATEGORIES.index(name)]


# ---------------------------------------------------------------- pipeline assembly


def test_components_are_registered_in_order(nlp):
    assert tuple(nlp.pipe_names) == components.PIPE_NAMES


def test_component_out_of_order_names_the_order():
    nlp = spacy.blank("en")
    nlp.add_pipe("depth_lexicon")
    with pytest.raises(ValueError, match="chat_normalizer, chat_emoji, depth_lexicon"):
        nlp("hello")


@pytest.mark.parametrize("name", components.PIPE_NAMES)
def test_each_factory_builds_on_blank(name):
    nlp = spacy.blank("en")
    for before in components.PIPE_NAMES[: components.PIPE_NAMES.index(name) + 1]:
        nlp.add_pipe(before)
    doc = nlp("i miss you so much")
    assert (
        doc.user_data[
            (
                "._.",
                "chat_"
                + {
                    "depth_lexicon": "lex",
                    "feeling_detector": "feeling",
                    "function_words": "fw",
                    "chat_normalizer": "text",
                }.get(name, name.removeprefix("chat_")),
                None,
                None,
            )
        ]
        is not None
    )


# ---------------------------------------------------------------- chat_normalizer


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("sooo goood", ("so", "good"), id="elongation"),
        pytest.param("im sad", ("i", "am", "sad"), id="im"),
        pytest.param("idk tbh", ("i", "do", "not", "know", "honestly"), id="slang"),
        pytest.param("u r late", ("you", "are", "late"), id="u-r"),
        pytest.param("ur so dramatic", ("you", "are", "so", "dramatic"), id="ur-you-are"),
        pytest.param("how's ur mom", ("how", "is", "your", "mom"), id="ur-your"),
        pytest.param("it's fine", ("it", "is", "fine"), id="it-is"),
        pytest.param("don't go", ("do", "not", "go"), id="not"),
        pytest.param("k", ("ok",), id="k"),
        pytest.param("hahahaha ok!!", ("haha", "ok", "."), id="laugh-marker"),
        pytest.param("wait what?? why", ("wait", "what", "?", "why"), id="question-marker"),
        pytest.param("ok, fine", ("ok", ",", "fine"), id="comma"),
        pytest.param("hi 😂 there", ("hi", ".", "there"), id="emoji-ends-clause"),
    ],
)
def test_normalised_words(nlp, text, words):
    assert run(nlp, text)._.chat_text.words == words


@pytest.mark.parametrize(
    "text, n",
    [
        pytest.param("I don't know", 3, id="clitic-joined"),
        pytest.param("ok!! 😂😂", 1, id="punct-emoji-not-words"),
        pytest.param("meet at 10:30 tmrw", 4, id="time"),
        pytest.param("", 0, id="empty"),
        pytest.param("idk", 1, id="slang-counts-once"),
    ],
)
def test_word_count(nlp, text, n):
    assert run(nlp, text)._.chat_text.n_words == n


@pytest.mark.parametrize(
    "text, emphasis",
    [
        pytest.param("sooo tired", True, id="elongation"),
        pytest.param("what!!", True, id="marks"),
        pytest.param("I said NO", True, id="caps"),
        pytest.param("OK see you", False, id="ok-caps-is-normal"),
        pytest.param("I am tired.", False, id="plain"),
    ],
)
def test_emphasis(nlp, text, emphasis):
    assert run(nlp, text)._.chat_text.emphasis is emphasis


@pytest.mark.parametrize(
    "word, stem",
    [
        ("feeling", "feel"),
        ("cried", "cry"),
        ("upsetting", "upset"),
        ("missed", "miss"),
        ("made", "make"),
        ("stress", "stress"),
    ],
)
def test_stem(word, stem):
    assert normalise.stem(word) == stem


# ---------------------------------------------------------------- chat_emoji


@pytest.mark.parametrize(
    "text, counts",
    [
        pytest.param("love you ❤️❤️", (2, 2, 0, 0, 0, 0, 0, False), id="hearts"),
        pytest.param("😂😂💀", (3, 0, 2, 0, 0, 0, 1, True), id="laugh-and-skull"),
        pytest.param("👍🏽", (1, 0, 0, 0, 0, 0, 0, True), id="skin-tone-one-emoji"),
        pytest.param("ugh 🙄", (1, 0, 0, 0, 1, 0, 0, False), id="eye-roll"),
        pytest.param("sending 🤗", (1, 0, 0, 0, 0, 1, 0, False), id="support"),
        pytest.param("😭", (1, 0, 0, 0, 0, 0, 1, True), id="crying-ambiguous"),
        pytest.param("no emoji here", (0, 0, 0, 0, 0, 0, 0, False), id="none"),
        pytest.param("café", (0, 0, 0, 0, 0, 0, 0, False), id="accent-is-not-emoji"),
    ],
)
def test_emoji_counts(nlp, text, counts):
    assert tuple(run(nlp, text)._.chat_emoji) == counts


# ---------------------------------------------------------------- depth_lexicon


def test_lexicon_size_is_the_one_the_docs_state():
    lex = lexicon.load_lexicon()
    assert (lex.size, lex.n_phrases) == (1723, 1186)  # s39: "i am screaming" (laughter), at, into
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"{lex.size:,} entries, {lex.n_phrases} phrases" in readme
    lexicons = (root / "analyzer" / "lexicons" / "README.md").read_text(encoding="utf-8")
    assert f"{lex.size:,} entries, {lex.n_phrases} of them multi-word phrases" in lexicons


@pytest.mark.parametrize(
    "text, tier, category",
    [
        pytest.param("running late, at the station", 0, None, id="logistics"),
        pytest.param("that was fun", 1, None, id="surface"),
        pytest.param("so stressed rn", 2, "fear", id="named-emotion"),
        pytest.param("i feel so lonely", 3, "loneliness", id="vulnerable"),
        pytest.param("I'm here for you", 1, "support", id="support-phrase"),
        pytest.param("that sounds really hard", 1, "validation", id="validation-skips-intensifier"),
        pytest.param("you never listen", 1, "criticism", id="criticism"),
        pytest.param("you don't listen", 1, "complaint", id="complaint"),
        pytest.param("not my fault", 1, "defensiveness", id="defensiveness"),
        pytest.param("calm down", 1, "invalidation", id="invalidation"),
        pytest.param("my bad", 1, "repair", id="repair"),
        pytest.param("are you mad at me", 2, "reassurance", id="reassurance"),
        pytest.param("nvm", 1, "hedge", id="hedge-slang"),
        pytest.param("i was so disappointed", 2, "disappointment", id="disappointment"),
        pytest.param("thank you so much", 1, "gratitude", id="gratitude"),
        pytest.param("imy", 3, "affection", id="affection-slang"),
        pytest.param("i feel numb", 3, "flat", id="flat"),
        pytest.param("so angry", 2, "hard", id="hard"),
        pytest.param("i feel guilty", 2, "soft", id="soft"),
    ],
)
def test_lexicon_tier_and_category(nlp, text, tier, category):
    doc = run(nlp, text)
    assert doc._.chat_lex.tier == tier
    if category is not None:
        assert cat(doc, category) == 1


@pytest.mark.parametrize(
    "text, negated",
    [
        pytest.param("i'm not angry", True, id="not"),
        pytest.param("never angry", True, id="never"),
        pytest.param("not me, i'm angry", False, id="comma-ends-scope"),
        pytest.param("i don't know why i'm angry", False, id="know-ends-scope"),
        pytest.param("i'm angry", False, id="plain"),
    ],
)
def test_negation_scope(nlp, text, negated):
    lex = run(nlp, text)._.chat_lex
    angry = [m for m in lex.matches if m.entry.term == "angry"]
    assert [m.negated for m in angry] == [negated]
    assert lex.tier == (0 if negated else 2)


def test_longest_phrase_wins(nlp):
    doc = run(nlp, "you never told me")
    assert cat(doc, "defensiveness") == 1 and cat(doc, "criticism") == 0


def test_sorry_for_your_pain_is_support_not_repair(nlp):
    doc = run(nlp, "that sounds awful, i'm sorry she said that")
    assert (cat(doc, "support") + cat(doc, "validation"), cat(doc, "repair")) == (2, 0)


def test_sorry_for_own_act_is_repair(nlp):
    doc = run(nlp, "sorry i snapped at you")
    assert (cat(doc, "repair"), cat(doc, "support")) == (1, 0)


def test_not_a_big_deal_is_hedge_about_self_invalidation_about_other(nlp):
    assert cat(run(nlp, "i'm a bit hurt but it's not a big deal"), "hedge") == 1
    assert cat(run(nlp, "it's not a big deal, relax"), "invalidation") == 2


#: categories a response to the reader can carry; a case lists the non-zero ones exactly
RESPONSE_CATEGORIES = (
    "support", "validation", "repair", "criticism", "complaint", "invalidation", "hedge",
)  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("sounds like you've been carrying a lot this week", {"validation": 1}),
        pytest.param("it sounds like you're completely drained", {"validation": 1}),
        pytest.param("seems like you're going through a rough patch", {"validation": 1}),
        pytest.param("my sister sounded really anxious on the phone", {}),
        pytest.param("I can totally see why you'd feel that way", {"validation": 1}),
        pytest.param("i can only imagine", {"validation": 1}),
        pytest.param("I can't imagine how exhausting that must be", {"validation": 1}),
        pytest.param("I can tell you're really overwhelmed", {"validation": 1}),
        pytest.param("I can see how this could be misused", {}),
        pytest.param("it's okay to not be okay", {"validation": 1}),
        pytest.param("it's completely normal to feel nervous before a move", {"validation": 1}),
        pytest.param("you're not crazy for wanting that", {"validation": 1}),
        pytest.param("it's okay to park here after six", {}),
        pytest.param("that must have been so scary", {"validation": 1}),
        pytest.param("you must be exhausted", {"validation": 1}),
        pytest.param("you're doing the right thing", {"validation": 1}),
        pytest.param("you made the right call leaving", {"validation": 1}),
        pytest.param("you deserve so much better", {"validation": 1}),
        pytest.param("I'm really sorry you're dealing with this", {"support": 1}),
        pytest.param("so sorry you had to go through that", {"support": 1}),
        pytest.param("sorry but that's not how taxes work", {}),
        pytest.param("sorry to say it, the shop is closed", {}),
        pytest.param("sorry for the late reply!", {"repair": 1}),
        pytest.param("sorry for your loss", {"support": 1}),
        pytest.param("I sympathize, truly", {"support": 1, "validation": 1}),
        pytest.param("I feel for you", {"support": 1, "validation": 1}),
        pytest.param("I feel your pain, mine did the same", {"support": 1, "validation": 1}),
        pytest.param("my heart goes out to you", {"support": 1, "validation": 1}),
        pytest.param("hope you feel better soon", {"support": 1}),
        pytest.param("I hope the interview goes well tomorrow", {"support": 1}),
        pytest.param("I hope you step on a lego", {}),
        pytest.param("good luck with the exam!", {"support": 1}),
        pytest.param("good luck proving that", {}),
        pytest.param("take care of the plants", {}),
        pytest.param("take care x", {"support": 1}),
        pytest.param("hang in there, it will get better", {"support": 2}),
        pytest.param("sending you so much love", {"support": 1}),
        pytest.param("you'll get through this", {"support": 1}),
        pytest.param("you've got this", {"support": 1}),
        pytest.param("keep going, don't give up", {"support": 2}),
        # two acts of support: the reassurance and the promise to face it together
        pytest.param("don't worry, we'll sort it out together", {"support": 2}),
        pytest.param("i'm fine, don't worry", {"hedge": 1}),
        pytest.param("let me know if you need anything at all", {"support": 1}),
        pytest.param("happy to help if you want", {"support": 1}),
        pytest.param("my bad, I misread your message", {"repair": 2}),
        pytest.param("fair point, I stand corrected", {"repair": 2}),
        pytest.param("I was wrong about that", {"repair": 1}),
        pytest.param("you're right, this show is terrible", {}),
        pytest.param("you're right, I should have called", {"repair": 2}),
        pytest.param("you're an idiot", {"criticism": 1}),
        pytest.param("you absolute clown", {"criticism": 1}),
        pytest.param("you're lying and you know it", {"criticism": 1}),
        pytest.param("you're misinformed", {"criticism": 1}),
        pytest.param("what the hell are you talking about?", {"criticism": 1}),
        pytest.param("do some research before posting", {"criticism": 1}),
        pytest.param("your argument makes no sense", {"criticism": 1}),
        pytest.param("you clearly didn't read the article", {"criticism": 1}),
        pytest.param("my boss is an idiot", {}),
        pytest.param("you can't trust anyone these days", {}),
        pytest.param("I don't think you're an idiot", {}),
        pytest.param("you sound angry", {"criticism": 1, "invalidation": 1}),
        pytest.param("you're a terrible person", {"criticism": 1}),
        pytest.param("you're a little late", {}),
        pytest.param("maybe try reading it before commenting", {"criticism": 1}),
        pytest.param(
            "all you do is whine, you crying about the rules again",
            {"criticism": 1, "invalidation": 1},
        ),
        pytest.param("sorry, I have to ask: is it vegan?", {}),
        pytest.param("nobody cares", {"invalidation": 1}),
        pytest.param("nobody cares about me", {}),
        pytest.param("too bad for you", {"invalidation": 1}),
        pytest.param("stop whining", {"invalidation": 1}),
        pytest.param("get over it", {"invalidation": 1}),
        # blessings, shared joy and normalising (the wordings real supporters use)
        pytest.param("bless you, that was kind", {"support": 1}),
        pytest.param("well, bless your heart", {}),
        pytest.param("may your recovery be quick and easy", {"support": 1}),
        pytest.param("may the best team win", {}),
        pytest.param("so happy for you!!", {"support": 1}),
        pytest.param("I'm happy for the team", {}),
        pytest.param("peace to you both", {"support": 1}),
        pytest.param("all my love to you", {"support": 1}),
        pytest.param("you have my support", {"support": 1}),
        pytest.param("we'll always be there for you", {"support": 1}),
        pytest.param("the files are there for you to download", {}),
        pytest.param("haha that's amazing, good for you", {"support": 1}),
        pytest.param("good for you to know the rules", {}),
        pytest.param("people make mistakes", {"validation": 1}),
        pytest.param("it's never easy to say goodbye", {"validation": 1}),
        pytest.param("it is not easy to parse this file", {}),
        pytest.param("no one deserves to be treated like that", {"validation": 1}),
        pytest.param("you have nothing to feel guilty about", {"validation": 1}),
        pytest.param("everyone gets rejected at some point", {"validation": 1}),
        pytest.param("can't let them get to you", {"support": 1}),
        pytest.param("one step at a time", {"support": 1}),
        pytest.param("i wouldn't worry", {"support": 1}),
        pytest.param("would love to help with that", {"support": 1}),
        pytest.param("love to help my brother move", {}),
        pytest.param("so sorry for this whole experience", {"support": 1}),
        # "sorry" as a formula: a refusal, a pardon before a question, "sorry not sorry"
        pytest.param("sorry, no. it was the other shop", {}),
        pytest.param("sorry man, nope", {}),
        pytest.param("I'm sorry where is that?", {}),
        pytest.param("been saying this for years. sorry not sorry", {}),
        pytest.param("sorry, I misread", {"repair": 2}),
    ],
)
def test_response_patterns(nlp, text, expected):
    """Token patterns (analyzer/nlp/patterns.py): reflection, understanding, okay-to-feel, must-be,
    affirmation, sympathy, good wishes, encouragement, don't-worry, offers of help, own apology,
    insults and put-downs aimed at the reader, dismissal; and the look-alikes that must not fire."""
    doc = run(nlp, text)
    got = {c: cat(doc, c) for c in RESPONSE_CATEGORIES if cat(doc, c)}
    assert got == expected


def test_pattern_consumes_sorry_so_sympathy_is_not_also_repair(nlp):
    doc = run(nlp, "I'm really sorry you're dealing with this")
    assert [m.entry.term for m in doc._.chat_lex.matches] == ["~sorry_for_you"]


def test_pattern_matches_are_tier_one_and_negatable(nlp):
    lex = run(nlp, "I don't think you're an idiot")._.chat_lex
    assert [(m.entry.term, m.entry.tier, m.negated) for m in lex.matches] == [
        ("~insult_you", 1, True)
    ]


def test_emotion_terms_are_tier_two_and_up(nlp):
    assert run(nlp, "ugh tired and sad, i miss you")._.chat_lex.emotion_terms == (
        "sad",
        "i_miss_you",
    )


# ---------------------------------------------------------------- chat_acts


@pytest.mark.parametrize(
    "text, question",
    [
        pytest.param("where r u", True, id="wh-no-mark"),
        pytest.param("did u book the table", True, id="inversion-no-mark"),
        pytest.param("you ok", True, id="you-ok"),
        pytest.param("wanna get food later", True, id="wanna"),
        pytest.param("coming tonight?", True, id="mark"),
        pytest.param("what a day", False, id="exclamative-what"),
        pytest.param("how cute", False, id="exclamative-how"),
        pytest.param("when i get home i'll call", False, id="when-clause"),
        pytest.param("I was busy ok?? not everything is about you", False, id="ok-tag"),
        pytest.param("do it now", False, id="imperative-do-it"),
        pytest.param("oh nice, how long is she staying", True, id="after-comma"),
    ],
)
def test_question(nlp, text, question):
    assert run(nlp, text)._.chat_acts.question is question


@pytest.mark.parametrize(
    "text, qo",
    [
        pytest.param("how are you feeling?", True, id="how-are-you"),
        pytest.param("are you ok", True, id="are-you-ok"),
        pytest.param("how was your day", True, id="your-day"),
        pytest.param("are you mad at me?", True, id="reassurance"),
        pytest.param("can you grab milk", False, id="logistics"),
        pytest.param("what is wrong with you", False, id="accusation"),
        pytest.param("how much was the rent", False, id="how-much"),
        pytest.param("how do you make that pasta", False, id="how-to"),
    ],
)
def test_question_other(nlp, text, qo):
    assert run(nlp, text)._.chat_acts.question_other is qo


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("wait what happened", True, id="what-happened"),
        pytest.param("and then?", True, id="and-then"),
        pytest.param("how did it go??", True, id="how-did-it-go"),
        pytest.param("what's happened?", True, id="whats-happened"),
        pytest.param("hey. what's going on?", True, id="whats-going-on"),
        pytest.param("has something happened?", True, id="has-something-happened"),
        pytest.param("what's wrong?", True, id="whats-wrong"),
        pytest.param("what's for dinner", False, id="unrelated"),
        pytest.param("what's the plan for saturday?", False, id="plans"),
    ],
)
def test_followup_cue(nlp, text, cue):
    assert run(nlp, text)._.chat_acts.followup_cue is cue


@pytest.mark.parametrize(
    "text, minimal",
    [
        pytest.param("ok", True, id="ok"),
        pytest.param("k", True, id="k"),
        pytest.param("👍", True, id="thumbs"),
        pytest.param("😂😂", True, id="lone-emoji"),
        pytest.param("lol ok", True, id="lol-ok"),
        pytest.param("sounds good", True, id="sounds-good"),
        pytest.param("ok see you at 8", False, id="content"),
        pytest.param("ok?", False, id="question"),
        pytest.param("whatever", False, id="whatever-is-not-minimal"),
    ],
)
def test_minimal(nlp, text, minimal):
    assert run(nlp, text)._.chat_acts.minimal is minimal


@pytest.mark.parametrize(
    "text, laughter",
    [("hahaha", True), ("lmaooo", True), ("😂", True), ("he said hi", False), ("ahh no", False)],
    ids=["haha", "lmao", "emoji", "he-hi", "ahh"],
)
def test_laughter(nlp, text, laughter):
    assert run(nlp, text)._.chat_acts.laughter is laughter


def test_content_stems_skip_function_words(nlp):
    assert run(nlp, "how was the climbing gym?")._.chat_acts.content == ("climb", "gym")


# ---------------------------------------------------------------- feeling_detector


@pytest.mark.parametrize(
    "text, feeling, tier",
    [
        pytest.param("I'm so scared", True, 2, id="im-scared"),
        pytest.param("it makes me sad when you leave", True, 2, id="makes-me"),
        pytest.param("I'm not okay", True, 3, id="negated-state-discloses"),
        pytest.param("I don't think I'm okay", True, 3, id="negated-wellbeing-apart"),
        pytest.param("feeling hopeful today", True, 2, id="elided-subject"),
        pytest.param("I feel like you never listen", True, 2, id="feel-like-complaint"),
        pytest.param("are you scared?", False, 0, id="question"),
        pytest.param("if I get nervous I'll text you", False, 0, id="conditional"),
        pytest.param("my sister is so stressed", False, 0, id="third-person"),
        pytest.param("I hope you're not stressed", False, 0, id="other-subject"),
        pytest.param("I feel like pizza", False, 0, id="feel-like-food"),
        pytest.param("crying won't fix it", False, 0, id="term-as-subject"),
        pytest.param("I don't know if I can do this anymore", True, 3, id="embedded-if"),
    ],
)
def test_feeling(nlp, text, feeling, tier):
    f = run(nlp, text)._.chat_feeling
    assert (f.feeling, f.tier) == (feeling, tier)


def test_laughed_off_vulnerable_statement(nlp):
    assert run(nlp, "i hate myself lol")._.chat_feeling.laughed_off is True
    assert run(nlp, "i'm so happy lol")._.chat_feeling.laughed_off is False


# ---------------------------------------------------------------- function_words


def test_function_word_counts(nlp):
    counts = dict(
        zip(
            normalise.FW_CATEGORIES,
            run(nlp, "I don't think the cat is in all of those boxes but maybe")._.chat_fw,
            strict=True,
        )
    )
    assert counts == {
        "ppron": 1,
        "ipron": 1,
        "article": 1,
        "prep": 2,
        "auxverb": 2,
        "adverb": 1,
        "conj": 1,
        "negate": 1,
        "quant": 1,
    }


def test_function_word_lists_are_disjoint():
    import json

    data = json.loads(
        (normalise.LEXICON_DIR / "en" / "function_words.json").read_text(encoding="utf-8")
    )
    words = [w for k, v in data.items() if not k.startswith("_") for w in v]
    assert len(words) == len(set(words))


# ---------------------------------------------------------------- chat_valence


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("ok", 0.0, id="ok-neutral"),
        pytest.param("lol ok", 0.0, id="lol-ok-neutral"),
        pytest.param("I miss you so much ❤️", valence.AFFECTION_FLOOR, id="miss-you-affection"),
        pytest.param(
            "I feel like you never listen", valence.CRITICISM_CEILING, id="feel-like-never-listen"
        ),
        pytest.param("you always do this", valence.CRITICISM_CEILING, id="you-always"),
    ],
)
def test_valence_corrections(nlp, text, expected):
    assert run(nlp, text)._.chat_valence == pytest.approx(expected)


def test_valence_keeps_vader_elsewhere(nlp):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "that was a great day, thanks!"
    assert run(nlp, text)._.chat_valence == pytest.approx(
        SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "the bus leaves at 8",
        "meet you at the station",
        "12 Elm Rd",
        "no",
        "kind of",
        "ha",
        ":)",
        "not bad",
        "ok cool 👍",
    ],
)
def test_vader_shortcut_matches_full_vader(text):
    scorer = valence.ValenceScorer()
    assert scorer.raw(text) == pytest.approx(scorer.analyzer.polarity_scores(text)["compound"])


def test_long_text_vader_is_chunked():
    scorer = valence.ValenceScorer()
    text = "what a great day " * 200  # 3,400 characters -> 4 chunks of the same sentence
    assert scorer.raw(text) == pytest.approx(scorer.raw("what a great day " * 58), abs=0.01)
    assert max(len(c) for c in valence._chunks(text, valence.VADER_CHUNK)) <= valence.VADER_CHUNK


@pytest.mark.parametrize(
    "text, bound",
    [
        pytest.param(
            "I can't do this anymore", valence.NEGATIVE_FEELING_CEILING, id="despair-reads-zero"
        ),
        pytest.param(
            "Feeling pretty down today",
            valence.NEGATIVE_FEELING_CEILING,
            id="pretty-reads-positive",
        ),
    ],
)
def test_negative_feeling_statement_keeps_its_sign(nlp, text, bound):
    assert run(nlp, text)._.chat_valence == pytest.approx(bound)


def test_mixed_feeling_statement_keeps_vader(nlp):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "I'm excited but also kind of scared"
    assert run(nlp, text)._.chat_valence == pytest.approx(
        SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    )


@pytest.mark.parametrize(
    "text, tier",
    [
        pytest.param("I'm crying 😂", 0, id="crying-laughing-emoji"),
        pytest.param("im crying lmaooo", 1, id="crying-lmao"),
        pytest.param("I cried in the car", 3, id="real-tears"),
    ],
)
def test_crying_with_laughter_is_not_tears(nlp, text, tier):
    doc = run(nlp, text)
    assert (max(doc._.chat_lex.tier, doc._.chat_feeling.tier), doc._.chat_feeling.feeling) == (
        tier,
        tier == 3,
    )


# ---------------------------------------------------------------- the components are the pass


def test_the_registered_components_give_what_the_feature_pass_reads(nlp):
    """``features.py`` calls the components' functions in one go (``analyse_doc``) instead of
    through ``nlp.pipe`` with the components on, to save the per-component Doc traffic; on 3,000
    real comments and the sample chats both ways give the same results, field by field."""
    from pathlib import Path

    import analyzer
    from analyzer.nlp.features import build_pipeline
    from tests.realtext.goemotions import load

    texts = load("dev")["text"].tolist()[:3000]
    texts += (
        analyzer.load_chat(Path(__file__).parents[2] / "sample_chats" / "group_chat.txt")
        .messages["text"]
        .dropna()
        .tolist()
    )
    fast = build_pipeline()
    lexicon, scorer = fast.get_pipe("depth_lexicon").lexicon, fast.get_pipe("chat_valence").scorer
    quick = [
        components.analyse_doc(doc, raw, lexicon, scorer)
        for raw, doc in zip(
            texts, fast.pipe(texts, disable=list(components.PIPE_NAMES)), strict=True
        )
    ]
    names = (
        "chat_text", "chat_emoji", "chat_lex", "chat_acts", "chat_feeling", "chat_fw",
        "chat_valence",
    )  # fmt: skip
    slow = [tuple(getattr(doc._, name) for name in names) for doc in nlp.pipe(texts)]
    assert len(quick) == len(slow) == len(texts)
    differing = [raw for raw, a, b in zip(texts, quick, slow, strict=True) if a != b]
    assert differing == []
