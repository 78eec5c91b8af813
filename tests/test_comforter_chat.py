"""A chat where one person only comforts (``tests/comforter_chat.py``): the comforter must not
come out as the one who opens up.

Jo only reflects, reassures, praises and wishes well; her reflections name Robin's feelings
("you seem so worn down", "I can tell you're really worried about him", "it makes sense that
you'd be disappointed in him"). Before the whose-feeling rule, 42 of Jo's 220 messages reached
tier >= 2 (Robin: 143), her reflections were read against Robin as disappointment, and 35 of
Robin's disclosures counted as met by a minimal reply.
"""

from __future__ import annotations

from functools import cache

import pytest

import analyzer
from tests.comforter_chat import chat
from tests.realtext.evaluate import features_of


@cache
def per_person() -> dict[str, dict[str, int]]:
    c = chat()
    feats = features_of(c["text"].tolist()).reset_index(drop=True)
    out = {}
    for who in ("Robin", "Jo"):
        mine = (c["author"] == who).to_numpy()
        f = feats[mine]
        out[who] = {
            "messages": int(mine.sum()),
            "tier2": int((f["tier"] >= 2).sum()),
            "feeling": int(f["feeling"].sum()),
            "support": int((f["cat_support"] + f["cat_validation"] > 0).sum()),
            "reflection": int(f["reflection"].sum()),
        }
    return out


def test_chat_is_big_enough():
    assert per_person()["Robin"]["messages"] == 220
    assert per_person()["Jo"]["messages"] == 220


def test_comforter_does_not_look_like_the_discloser():
    robin, jo = per_person()["Robin"], per_person()["Jo"]
    # 142: the emotion model with character n-grams (threshold 0.71 since it also learns from
    # BRIGHTER's English rows, 0.705 with the L2 penalty 0.05, 0.795 before, with the same 142)
    # leaves the variants of "I'm so tired of pretending I'm fine" below its threshold; the
    # word-only model raised one of them
    assert robin == {"messages": 220, "tier2": 142, "feeling": 142, "support": 0, "reflection": 0}
    # Jo's five: "I'm really glad your aunt is with him", her own gladness, which stays hers.
    # support 129 (was 126): "(aw) it's a lot to deal with on top of everything" (three times) now
    # names the difficulty (the open "so much / a lot to deal with" form); 135: "aw it must be so
    # good to hear him laugh" (six times) shares in Robin's gladness ("it must be good to", a
    # validation), which also keeps the emotion model from raising it as Jo's own feeling
    assert jo == {"messages": 220, "tier2": 5, "feeling": 5, "support": 135, "reflection": 44}
    assert jo["tier2"] / jo["messages"] <= 0.25 * robin["tier2"] / robin["messages"]
    assert jo["feeling"] / jo["messages"] <= 0.25 * robin["feeling"] / robin["messages"]


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("comforter") / "chat.csv"
    chat().to_csv(path, index=False)
    return analyzer.analyze(analyzer.load_chat(str(path)))


def test_measures(result):
    m = result.measures
    assert round(m.get("disclosure_share", "Robin"), 3) == 0.966
    assert m.get("feeling_statements", "Jo") == 5
    assert round(m.get("tier2_share", "Jo"), 3) == 0.023
    assert round(m.get("tier2_share", "Robin"), 3) == 0.45
    assert m.get("support_given", "Jo") == 135
    # 124 / 6 (was 121 / 9): Jo's three "it's a lot to deal with on top of everything" replies are
    # support now, so the disclosures they answer are met responsively, not minimally; 130 / 0:
    # so are her six "aw it must be so good to hear him laugh". 129 (s39): one of Robin's "I'm
    # really happy he laughed today" opens a turn right after Jo's "I'm really glad your aunt is
    # with him" (news-like, no question, no comfort), so it reads as joy said in answer to Jo's
    # news, not news awaiting an answer (the stitched order puts it there)
    assert m.response_counts(["Robin"])["Robin"] == {
        "responsive": 129, "minimal": 0, "self_focused": 9, "invalidating": 3, "none": 0,
    }  # fmt: skip


def test_signs(result):
    signs = {s.id: (s.status, s.who) for s in result.signs}
    assert signs["feel_supported"] == ("observed", None)
    assert signs["compassion_when_suffering"] == ("observed", None)
    # Jo's "you'd be disappointed in him" reflects Robin's feeling: no disappointment in Robin
    assert signs["disappointment"] == ("not_observed", None)
    assert signs["dumping_ground"] == ("observed", "Robin")
