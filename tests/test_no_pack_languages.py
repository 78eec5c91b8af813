"""A chat in a language without the emotion reading: nothing wrong, first.

Four hand-written chats (:mod:`tests.no_pack_chats`: Dutch, Russian, Indonesian, Malay) run end
to end. Each is recognised as its own language (never read with English's word lists nor, for
Indonesian and Malay, with the Hindi pack's romanised Hindi), every sign that rests on the emotion
reading says so instead of "not observed", the measures that need the reading are blank, the ones
that hold in any language are measured, and the JSON, the HTML page, "what stands out" and
a comparison carry the reason.
"""

from __future__ import annotations

import html
from functools import cache

import pytest

import analyzer
from analyzer.metrics.catalogue import CATALOGUE, READING_MEASURES
from analyzer.nlp.language import not_read_note
from analyzer.report.html import render_html
from analyzer.report.json import analysis_to_dict
from analyzer.signs import SIGN_IDS
from tests import no_pack_chats
from tests.report.helpers import section

CHATS = tuple(no_pack_chats.CHATS)
LANGUAGE = {"nl": "nl", "ru": "ru", "id": "id", "ms": "ms"}
NAME = {"nl": "Dutch", "ru": "Russian", "id": "Indonesian", "ms": "Malay"}

#: Signs judged from what any language shows (words, starts, reply times, "?" questions): in
#: these even chats attentive replies are seen, and nobody dominates or fades.
DECIDED = {"presence": "observed", "one_sided": "not_observed", "waning_interest": "not_observed"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("no_pack")


@cache
def _analysis(name: str, folder):
    return analyzer.analyze(analyzer.load_chat(no_pack_chats.write(folder, name)))


@pytest.fixture(scope="module", params=CHATS)
def case(request, folder):
    return request.param, _analysis(request.param, folder)


def _sign_reason(name: str) -> str:
    return (
        "Not enough to judge: it needs the emotion reading, which this chat's language "
        f"({NAME[name]}) does not have yet."
    )


def test_the_language_is_recognised_and_not_read_with_another_pack(case):
    name, result = case
    assert (result.measures.language, result.measures.lexicon_applied) == (LANGUAGE[name], False)


def test_every_sign_has_exactly_the_expected_status(case):
    _name, result = case
    statuses = {s.id: str(s.status) for s in result.signs}
    assert statuses == {
        **{sid: "insufficient_data" for sid, _group in SIGN_IDS},
        **DECIDED,
    }


def test_no_sign_that_needs_the_reading_is_not_observed_and_each_says_why(case):
    name, result = case
    undecided = [s for s in result.signs if s.id not in DECIDED]
    assert len(undecided) == len(SIGN_IDS) - len(DECIDED)
    assert [s.id for s in undecided if str(s.status) == "not_observed"] == []
    assert {s.summary for s in undecided} == {_sign_reason(name)}


def test_measures_that_need_the_reading_are_blank_with_their_n(case):
    _name, result = case
    v = result.measures.values
    reading = v[v["measure"].isin(READING_MEASURES)]
    assert set(reading["measure"]) == READING_MEASURES
    assert reading["value"].isna().all()
    # n is kept: the text messages behind "questions about the other" are still counted
    qo = v[(v["measure"] == "questions_about_other") & (v["participant"] == "Ana")]
    assert qo["n"].tolist() == [105]


def _asked(name: str, who: str) -> int:
    """Messages by ``who`` with a question mark, over the conversations as played."""
    convos = no_pack_chats.CHATS[name]
    return sum(
        "?" in text
        for k in range(no_pack_chats.CONVERSATIONS)
        for author, text in convos[k % len(convos)]
        if author == who
    )


def test_questions_marked_with_a_question_mark_are_counted_in_any_language(case):
    name, result = case
    v = result.measures.values.set_index(["measure", "participant"])
    got = {p: v.loc[("questions", p), "value"] for p in ("Ana", "Ben")}
    assert got == {p: float(_asked(name, p)) for p in ("Ana", "Ben")}
    assert got["Ana"] > 0 and got["Ben"] > 0


@pytest.mark.parametrize(
    "measure", ["words", "initiations", "median_latency_s", "minimal_share", "followups"]
)
def test_measures_of_any_language_are_measured(case, measure):
    _name, result = case
    v = result.measures.values
    rows = v[v["measure"] == measure]
    assert len(rows) == 2 and not rows["value"].isna().any()


def test_the_catalogue_marks_what_needs_the_reading():
    reading = {s.name for s in CATALOGUE if s.reading}
    assert {"questions_about_other", "affection", "criticism", "lsm", "trend_depth"} <= reading
    assert reading.isdisjoint(
        {"questions", "question_share", "followups", "minimal_share", "initiations", "words"}
    )


def test_json_says_why(case):
    name, result = case
    doc = analysis_to_dict(result)
    assert doc["depth"]["not_read"] == {
        "reason": not_read_note(LANGUAGE[name]),
        "measures": [s.name for s in CATALOGUE if s.reading],
    }
    assert doc["depth"]["not_read"]["reason"].startswith(
        "Feelings, depth, support, criticism and questions about the other need the emotion "
        f"reading, which this chat's language ({NAME[name]}) does not have yet"
    )
    signs = {s["id"]: s for s in doc["signs"]}
    assert signs["mutual_care"]["status"] == "insufficient_data"
    assert signs["mutual_care"]["summary"] == _sign_reason(name)
    last = doc["stands_out"][-1]
    assert {k: last[k] for k in ("text", "measure", "person", "value", "n")} == {
        "text": f"This chat is in {NAME[name]}, which has no emotion reading yet. "
        + not_read_note(LANGUAGE[name]),
        "measure": "",
        "person": "",
        "value": None,
        "n": 0,
    }


def test_json_of_an_english_chat_has_no_reason():
    result = analyzer.analyze(analyzer.load_chat("sample_chats/ios_en_us.txt"))
    assert analysis_to_dict(result)["depth"]["not_read"] is None


def test_html_says_why(case):
    name, result = case
    page = html.unescape(render_html(result, figures={}))
    note = not_read_note(LANGUAGE[name])
    for part in ("depth", "method"):
        assert note in section(page, part)
    assert _sign_reason(name) in section(page, "signs")
    assert f"{NAME[name]} ({LANGUAGE[name]}); no emotion reading yet" in section(page, "method")


def test_a_comparison_says_why_and_compares_no_blank(folder):
    result = _analysis("nl", folder)
    comparison = result.compare("5w")
    assert comparison.notes[-1] == not_read_note("nl")
    f = comparison.frame
    signs = f[f["kind"] == "sign"].set_index("name")
    got = signs.loc["genuine_interest", ["earlier_status", "later_status", "verdict"]]
    assert got.tolist() == ["insufficient_data", "insufficient_data", "thin"]
    reading = f[(f["kind"] == "measure") & f["name"].isin(READING_MEASURES)]
    assert len(reading) > 0 and set(reading["verdict"]) <= {"thin", "untested"}
    assert not reading["real"].any()


@pytest.mark.parametrize("name", CHATS)
def test_hand_written_chats_have_their_shape(name):
    convos = no_pack_chats.CHATS[name]
    assert [len(c) for c in convos] == [6] * 8
    lines = no_pack_chats.lines(name)
    assert (len(lines), sum(" - Ana: " in x for x in lines)) == (210, 105)


def test_pdf_says_why(folder, tmp_path):
    from analyzer.report.pdf import write_pdf
    from tests.report.helpers import pdf_text

    result = _analysis("nl", folder)
    path = tmp_path / "nl.pdf"
    write_pdf(result, path, figures={})
    text = " ".join(pdf_text(path).split())
    assert " ".join(_sign_reason("nl").split()) in text
    assert not_read_note("nl") in text
