"""Page one at a glance: the balance picture, plain-word leads (short, no parentheses, numbers
as words or one percentage) with their quieter line of numbers, and the signs as a grid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.report import findings, picture, plainwords, signcards
from analyzer.report.blocks import Span
from analyzer.report.html import render_html
from tests.report.helpers import section

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        pytest.param(0.5, "half", id="half"),
        pytest.param(0.511, "about half", id="about-half"),
        pytest.param(0.6538, "about two in three", id="about-two-in-three"),
        pytest.param(2 / 3, "two in three", id="two-in-three"),
        pytest.param(0.46, "a little under half", id="under-half"),
        pytest.param(0.559, "a little over half", id="over-half"),
        pytest.param(0.62, "62\u00a0%", id="no-word-fits"),
        pytest.param(0.97, "nearly all", id="nearly-all"),
        pytest.param(1.0, "all", id="all"),
        pytest.param(0.02, "almost none", id="almost-none"),
        pytest.param(0.0, "none", id="none"),
    ],
)
def test_amount(share, expected):
    assert plainwords.amount(share) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        pytest.param(40, "under a minute", id="seconds"),
        pytest.param(130, "about two minutes", id="minutes"),
        pytest.param(1500, "about twenty-five minutes", id="rounded-to-five"),
        pytest.param(4000, "about an hour", id="hour"),
        pytest.param(7200, "about two hours", id="hours"),
        pytest.param(3 * 86400, "about three days", id="days"),
    ],
)
def test_duration(seconds, expected):
    assert plainwords.duration(seconds) == expected


@pytest.mark.parametrize(
    ("lead", "problems"),
    [
        pytest.param("Priya shares more of the feelings: about two in three.", [], id="plain"),
        pytest.param("Tom starts more of the conversations: 62\u00a0%.", [], id="one-percent"),
        pytest.param(
            "Priya has 65 % of the feelings (n = 26).",
            ["parentheses", "a number in digits"],
            id="statistics",
        ),
        pytest.param("Tom 56 %, Priya 44 %.", ["more than one percentage"], id="two-percent"),
        pytest.param(" ".join(["word"] * 21), ["21 words"], id="too-long"),
    ],
)
def test_lead_problems(lead, problems):
    assert plainwords.lead_problems(lead) == problems


# ---------------------------------------------------------------- every lead on real chats

CHATS = sorted(
    [
        *(ROOT / "sample_chats").glob("*.txt"),
        *(ROOT / "sample_chats" / "scenarios").glob("*.txt"),
    ]
)


def _leads(path: Path) -> list[str]:
    """Every lead of page one and of the sign cards of one chat, the names as "Name" (a name
    may hold digits: a phone number)."""
    import analyzer

    result = analyzer.analyze(analyzer.load_chat(path))
    leads = [f.lead for f in findings.stands_out(result)]
    leads += [
        signcards.card(s, quotes=False, settings=result.settings).lead for s in result.signs
    ]
    names = sorted(result.all_participants, key=len, reverse=True)
    return [re.sub("|".join(map(re.escape, names)), "Name", lead) for lead in leads]


@pytest.mark.slow
@pytest.mark.parametrize("path", CHATS, ids=[p.stem for p in CHATS])
def test_every_lead_is_plain(path):
    leads = _leads(path)
    assert len(leads) >= 22  # at least one finding and the 21 sign cards
    assert {lead: plainwords.lead_problems(lead) for lead in leads if
            plainwords.lead_problems(lead)} == {}


def test_the_chats_are_found():
    assert {p.stem for p in CHATS} >= {"android_en_gb", "group_chat", "dominating", "too_short"}


# ---------------------------------------------------------------- the sample chat's page one


@pytest.mark.slow
def test_sample_picture_rows(real):
    block = picture.build(real)
    assert block.intro.endswith("Even below 55\u00a0%.")  # even_word_gap 0.1 of two
    got = [(r.key, r.verdict, r.unsure) for r in block.rows]
    # Tom 51 % of the words, 56 % of 68 starts (44-68 %); Priya 15 of 28 questions about the
    # other, 62 % of 24 feeling statements (42-83 %), 9 of 15 caring replies
    assert got == [
        ("word_share", "even", ""),
        ("initiation_share", "leaning to Tom", "could still be even"),
        ("questions_about_other", "even", ""),
        ("disclosure_share", "leaning to Priya", "could still be even"),
        ("responsive_replies_received", "leaning to Priya", ""),
    ]
    feelings = block.rows[3]
    assert feelings.detail == (
        "Priya 62\u00a0% · Tom 38\u00a0% · 24 feeling statements; likely 42\u00a0% to 83\u00a0% "
        "for Priya"
    )
    (bar,) = feelings.bars
    assert [s.name for s in bar.segments] == ["Tom", "Priya"]
    assert bar.segments[1].x == pytest.approx(37.5, abs=0.01)
    assert bar.bands == (Span(0.0, 35.0), Span(65.0, 35.0))
    assert bar.interval == (pytest.approx(17.01, abs=0.01), pytest.approx(57.98, abs=0.01))
    assert block.rows[2].detail.endswith("28 questions about the other; no interval measured")


@pytest.mark.slow
def test_sample_leads(real):
    assert [f.lead for f in findings.stands_out(real)] == [
        "A little under half of the conversations go from small talk to feelings.",
        "Priya shares more of the feelings: 62\u00a0%.",
        "Tom starts more of the conversations: a little over half.",
        # s39: Tom's "proud" and Priya's two "I'm so glad" at the other's news are replies,
        # not feelings awaiting one (Tom 6 of 8, Priya 9 of 13)
        "Three in four of Tom's feelings met a caring reply; 69\u00a0% of Priya's.",
        "Replies come quickly: typically in about two minutes, from each side.",
        "The words are shared about evenly.",
    ]
    second = findings.stands_out(real)[1]
    assert second.detail == (
        "Priya 62\u00a0%, Tom 38\u00a0% of 24 feeling statements; likely 42\u00a0% to 83\u00a0% "
        "for Priya; one-sided from 65\u00a0%; could still be even."
    )


@pytest.mark.slow
def test_page_one_order_and_sign_links(real):
    glance = section(render_html(real), "glance")
    order = [glance.index(x) for x in ('id="balance-picture"', "<h3>What stands out</h3>",
                                         "<h3>The signs at a glance</h3>")]
    assert order == sorted(order)
    links = re.findall(r'<a class="chip status-(\w+)[^"]*" href="#sign-(\w+)"', glance)
    assert [sid for _status, sid in links] == [s.id for s in real.signs]
    assert [status for status, _sid in links] == [str(s.status) for s in real.signs]


# ---------------------------------------------------------------- groups and edge cases


def test_group_gets_one_bar_per_person(factory):
    result = factory(participants=("Ana", "Ben", "Cleo", "Dev"))
    block = picture.build(result)
    assert block.split is False
    row = block.rows[0]
    assert [b.name for b in row.bars] == ["Ana", "Ben", "Cleo", "Dev"]
    # even share 25 %; one-sided from 25 % + 0.3 * 75 % = 47.5 %
    assert {b.even for b in row.bars} == {25.0}
    assert row.bars[0].bands == (Span(47.5, 52.5),)


def test_many_people_fold_into_others(factory):
    people = tuple(f"P{i}" for i in range(10))
    block = picture.build(factory(participants=people, n_messages=900))
    names = [b.name for b in block.rows[0].bars]
    assert len(names) == 8 and names[-1] == "3 others"
    assert block.key is True
    total = sum(b.segments[0].w for b in block.rows[0].bars)
    assert total == pytest.approx(100, abs=0.1)


def test_picture_text_is_escaped(hostile):
    page = render_html(hostile)
    figure = page[page.index('id="balance-picture"') : page.index("</figure>",
                                                                  page.index("balance-picture"))]
    assert "<b>Ana</b>" not in figure and "&lt;b&gt;Ana&lt;/b&gt;" in figure


@pytest.mark.slow
def test_group_rows_with_too_few_items_are_not_judged():
    """The sample group chat: 3 feeling statements and 1 caring reply in all, fewer than the 5
    the signs need, are drawn but read "too little data to tell", not "one-sided"."""
    import analyzer

    result = analyzer.analyze(analyzer.load_chat(ROOT / "sample_chats" / "group_chat.txt"))
    rows = {r.key: r for r in picture.build(result).rows}
    assert [(k, r.kind) for k, r in rows.items()] == [
        ("word_share", "even"),
        ("initiation_share", "even"),
        ("questions_about_other", "leaning"),
        ("disclosure_share", "thin"),
        ("responsive_replies_received", "thin"),
    ]
    assert rows["responsive_replies_received"].detail.endswith("1 caring reply; fewer than 5")
    assert rows["disclosure_share"].verdict == "too little data to tell"


@pytest.mark.slow
def test_a_chat_below_the_minimum_gets_no_verdict():
    import analyzer

    result = analyzer.analyze(
        analyzer.load_chat(ROOT / "sample_chats" / "scenarios" / "too_short.txt")
    )
    rows = picture.build(result).rows
    assert rows and {r.verdict for r in rows} == {"too little data to tell"}
    assert all(r.detail.endswith("; the chat is below the minimum data") for r in rows)
