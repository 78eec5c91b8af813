"""``--compare`` / ``Analysis.compare``: a chat in which Ana's share of the questions drops from
50 % to 20 % on a known day (tests/compare_chat.py)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from typer.testing import CliRunner

import analyzer
from analyzer.cli import app
from analyzer.errors import SettingsError
from analyzer.report import view
from analyzer.report.json import analysis_to_dict
from analyzer.signs import SIGN_IDS
from tests import compare_chat
from tests.tools import need

NBSP = "\u00a0"
runner = CliRunner()


@pytest.fixture(scope="module")
def chat_file(tmp_path_factory):
    return compare_chat.write(tmp_path_factory.mktemp("compare"))


@pytest.fixture(scope="module")
def analysis(chat_file):
    return analyzer.analyze(analyzer.load_chat(chat_file))


@pytest.fixture(scope="module")
def weeks10(analysis):
    return analysis.compare("10w")


def _row(comparison, name, who):
    f = comparison.frame
    hit = f[(f["kind"] == "measure") & (f["name"] == name) & (f["participant"] == who)]
    assert len(hit) == 1
    return hit.iloc[0]


def test_periods_are_the_last_ten_weeks_and_the_ten_before(weeks10):
    assert weeks10.mode == "length"
    assert (weeks10.earlier.first_day, weeks10.earlier.last_day) == (
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-03-10"),
    )
    assert (weeks10.later.first_day, weeks10.later.last_day) == (
        pd.Timestamp(compare_chat.CHANGE_DAY),
        pd.Timestamp("2024-05-19"),
    )
    # 70 days a side, one conversation of four messages a day
    assert (weeks10.earlier.messages, weeks10.earlier.sessions) == (280, 70)
    assert (weeks10.later.messages, weeks10.later.sessions) == (280, 70)
    assert weeks10.notes == ()


def test_the_drop_in_anas_share_of_questions_is_found_with_its_interval(weeks10):
    ana = _row(weeks10, "question_share", "Ana")
    assert (ana["earlier"], ana["earlier_n"]) == (0.5, 140)  # 70 days, one question each
    assert ana["later"] == pytest.approx(0.2)  # 14 of 70 questions
    assert ana["later_n"] == 70
    assert ana["change"] == pytest.approx(-0.3)
    # the interval of the change holds the change and leaves out zero
    assert -0.5 < ana["change_low"] < -0.3 < ana["change_high"] < -0.1
    assert (ana["verdict"], bool(ana["real"])) == ("changed", True)
    ben = _row(weeks10, "question_share", "Ben")
    assert ben["change"] == pytest.approx(0.3)
    assert ben["change_low"] == pytest.approx(-ana["change_high"])


def test_only_the_question_shares_changed(weeks10):
    changed = weeks10.changes
    assert sorted(zip(changed["name"], changed["participant"], strict=True)) == [
        ("question_share", "Ana"),
        ("question_share", "Ben"),
    ]
    assert weeks10.stands_out
    # same talk otherwise: message and turn shares stay put, and are called no change
    for name in ("message_share", "turn_share", "initiation_share"):
        row = _row(weeks10, name, "Ana")
        assert (row["change"], row["verdict"]) == (0.0, "uncertain")
    # counts are shown for context, never judged
    asked = _row(weeks10, "questions", "Ana")
    assert (asked["earlier"], asked["later"], asked["verdict"]) == (70, 14, "untested")


def test_signs_are_compared_one_row_each(weeks10):
    signs = weeks10.frame[weeks10.frame["kind"] == "sign"]
    assert list(signs["name"]) == [sid for sid, _group in SIGN_IDS]
    same = signs["earlier_status"] == signs["later_status"]
    assert set(signs.loc[same, "verdict"]) <= {"same", "thin"}
    assert not signs.loc[same, "real"].any()


def test_repr_is_one_line(weeks10):
    assert repr(weeks10) == (
        "Comparison(10w: 2024-01-01 to 2024-03-10 (280 messages) against 2024-03-11 to "
        "2024-05-19 (280 messages); 2 real changes)"
    )


def test_anonymized_comparison_holds_labels_only(chat_file):
    anon = analyzer.analyze(analyzer.load_chat(chat_file), anonymize=True)
    c = anon.compare("10w")
    assert set(c.frame["participant"]) <= {"", "Person A", "Person B"}
    assert sorted(zip(c.changes["name"], c.changes["participant"], strict=True)) == [
        ("question_share", "Person A"),
        ("question_share", "Person B"),
    ]
    text = json.dumps(analysis_to_dict(anon.with_comparison(c)), ensure_ascii=False)
    assert "Ana" not in text and "Ben" not in text


def test_a_date_gives_the_same_periods_and_numbers(analysis, weeks10):
    by_date = analysis.compare(compare_chat.CHANGE_DAY)
    assert by_date.mode == "date"
    assert by_date.later.first_day == weeks10.later.first_day
    assert by_date.earlier.first_day == weeks10.earlier.first_day
    pd.testing.assert_frame_equal(by_date.frame, weeks10.frame)


def test_a_period_within_one_regime_finds_no_change(analysis):
    same = analysis.compare("4w")
    assert not same.stands_out
    assert not same.frame.loc[same.frame["kind"] == "measure", "real"].any()
    report = view.build(analysis.with_comparison(same))
    assert [s.id for s in report.sections[:2]] == ["glance", "compare"]
    texts = [getattr(b, "text", "") for b in report.sections[1].blocks]
    assert any(t.startswith("No measure changed clearly") for t in texts)


def test_the_change_comes_first_in_the_report(analysis, weeks10):
    attached = analysis.with_comparison(weeks10)
    report = view.build(attached)
    assert [s.id for s in report.sections[:2]] == ["compare", "glance"]
    first = report.sections[0]
    assert first.title == "What changed"
    standout = next(b for b in first.blocks if getattr(b, "title", "") == "Changes that stand out")
    # two people's shares mirror each other: told once, for the one whose share fell
    assert standout.items == (
        f"Ana's share of questions went down from 50{NBSP}% (n{NBSP}={NBSP}140) to "
        f"20{NBSP}% (n{NBSP}={NBSP}70): −30{NBSP}points (95{NBSP}% interval "
        + _interval_words(weeks10)
        + ").",
    )
    from analyzer.report.html import render_html

    page = render_html(attached)
    sections = re.findall(r'<section class="section" id="([a-z_]+)"', page)
    assert sections[:2] == ["compare", "glance"]


def _interval_words(comparison) -> str:
    ana = _row(comparison, "question_share", "Ana")
    low, high = round(ana["change_low"] * 100), round(ana["change_high"] * 100)
    return f"−{-low} to −{-high}{NBSP}points"


def test_json_carries_the_comparison_only_when_asked(analysis, weeks10):
    assert "compare" not in analysis_to_dict(analysis)
    doc = analysis_to_dict(analysis.with_comparison(weeks10))
    assert list(doc)[-1] == "compare"
    c = doc["compare"]
    assert (c["spec"], c["mode"], c["first"]) == ("10w", "length", True)
    assert c["earlier"] == {"start": "2024-01-01", "end": "2024-03-10", "messages": 280,
                            "sessions": 70}  # fmt: skip
    ana = next(
        m for m in c["measures"] if (m["measure"], m["participant"]) == ("question_share", "Ana")
    )
    row = _row(weeks10, "question_share", "Ana")
    assert ana["later"]["value"] == 0.2 and ana["later"]["n"] == 70
    assert ana["change"] == {
        "value": -0.3,
        "ci_low": round(row["change_low"], 6),
        "ci_high": round(row["change_high"], 6),
    }
    assert (ana["verdict"], ana["real"]) == ("changed", True)
    assert [s["id"] for s in c["signs"]] == [s.id for s in analysis.signs]
    json.dumps(doc, allow_nan=False)


def test_the_pdf_opens_with_the_change(analysis, weeks10, tmp_path):
    import subprocess

    pdftotext = need("pdftotext")
    out = tmp_path / "c.pdf"
    analysis.with_comparison(weeks10).to_pdf(out)
    first = subprocess.run(
        [pdftotext, "-f", "1", "-l", "1", "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert first.index("What changed") < first.index("Changes that stand out")
    assert "Ana's share of questions went down from 50 % (n = 140) to 20 %" in " ".join(
        first.replace(NBSP, " ").split()
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("30w", "no messages in the 30 weeks before 2023-10-23"),
        ("2023-12-01", "no messages before that day"),
        ("2024-06-01", "no messages from that day on"),
        ("2024-01-01", "no messages before that day"),
        ("2024y", "--compare 2024y is longer than any chat"),  # was "year 0 is out of range"
        ("1500y", "--compare 1500y is longer than any chat"),
        ("9999w", "--compare 9999w is longer than any chat"),
    ],
)
def test_a_period_without_messages_names_the_chats_dates(analysis, spec, message):
    with pytest.raises(SettingsError) as caught:
        analysis.compare(spec)
    assert message in str(caught.value)
    assert str(caught.value).count("the chat runs from 2024-01-01 to 2024-05-19") == 1


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("30w", "the chat runs from 2024-01-01 to 2024-05-19"),
        ("2024-06-01", "no messages from that day on; the chat runs from 2024-01-01 to"),
        ("soon", "cannot read --compare 'soon': give a length such as 12w"),
        ("0w", "--compare 0w is an empty period"),
        ("12x", "cannot read --compare '12x'"),
        ("3000-01-01", "outside the dates this tool handles"),
        ("2024y", "--compare 2024y is longer than any chat; the chat runs from 2024-01-01"),
        ("03/02/2024", "'03/02/2024' is ambiguous (3 February or 2 March)"),
    ],
)
def test_cli_refuses_bad_values_with_one_line(chat_file, tmp_path, spec, message):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["report", str(chat_file), "--compare", spec, "-o", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chat-balance: error: ")
    assert message in lines[0]
    assert not out.exists()


def test_cli_writes_the_comparison(chat_file, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(
        app, ["report", str(chat_file), "--compare", "10w", "-o", str(out), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    real = [(m["measure"], m["participant"]) for m in doc["compare"]["measures"] if m["real"]]
    assert real == [("question_share", "Ana"), ("question_share", "Ben")]
