"""analyze() end to end: period limits, --pair in a group, the session gap."""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

import analyzer
from analyzer.errors import SettingsError

pytestmark = pytest.mark.slow  # the whole pipeline on the sample chats

SAMPLES = Path(__file__).resolve().parent.parent / "sample_chats"


@cache
def chat(name: str) -> analyzer.Chat:
    return analyzer.load_chat(SAMPLES / name)


def test_since_and_until_keep_whole_days():
    msgs = chat("android_en_gb.txt").messages
    day = msgs["timestamp"].dt.normalize()
    expected = int(((day >= "2024-02-01") & (day <= "2024-02-29")).sum())
    result = analyzer.analyze(chat("android_en_gb.txt"), since="2024-02-01", until="2024-02-29")
    start, end = result.period
    assert (
        len(result.messages),
        start >= pd.Timestamp("2024-02-01"),
        end < pd.Timestamp("2024-03-01"),
    ) == (
        expected,
        True,
        True,
    )


def test_unreadable_since_is_a_settings_error():
    with pytest.raises(SettingsError, match="cannot read --since 'soon': use YYYY-MM-DD"):
        analyzer.analyze(chat("android_en_gb.txt"), since="soon")


def test_pair_in_a_group_measures_the_two():
    group = chat("group_chat.txt")
    a, b = group.participants[:2]
    result = analyzer.analyze(group, pair=(a, b))
    shares = result.measures.values.query("measure == 'word_share'").set_index("participant")[
        "value"
    ]
    assert (result.participants, len(result.all_participants)) == ((a, b), 4)
    assert sorted(shares.index) == sorted([a, b])
    assert shares.sum() == pytest.approx(1.0)


def test_longer_session_gap_never_makes_more_sessions():
    base = analyzer.analyze(chat("ios_en_us.txt"))
    longer = analyzer.analyze(chat("ios_en_us.txt"), session_gap=timedelta(hours=12))
    ts = chat("ios_en_us.txt").messages.query("kind != 'system'")["timestamp"]
    expected = int((ts.diff() > pd.Timedelta(hours=12)).sum()) + 1
    assert (len(longer.sessions), len(longer.sessions) <= len(base.sessions)) == (expected, True)


def test_analyze_imports_spacy_without_its_command_line_tools():
    import subprocess
    import sys

    code = (
        "import sys, analyzer\n"
        f"analyzer.analyze(analyzer.load_chat({str(SAMPLES / 'android_en_gb.txt')!r}))\n"
        "lean = sorted(m for m in ('spacy.cli', 'weasel', 'httpx', 'requests') if m in sys.modules"
        ")\n"
        "import spacy, spacy.cli\n"
        "print(lean, 'spacy.cli' in sys.modules, callable(spacy.cli.download),"
        " spacy.info.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # none of the command-line modules while analysing; the real spacy.cli on request afterwards
    assert done.stdout.split("\n")[0] == "[] True True analyzer.pipeline"


def test_a_message_read_in_part_is_said_in_the_warnings(tmp_path, monkeypatch):
    from analyzer.nlp import features

    monkeypatch.setattr(features, "READ_CHARS", 1000)
    path = tmp_path / "chat.txt"
    path.write_text(
        "12/03/2021, 21:15 - Sam: " + "word " * 300 + "\n12/03/2021, 21:16 - Ana: ok\n",
        encoding="utf-8",
    )
    chat = analyzer.load_chat(path)
    result = analyzer.analyze(chat)
    assert result.source.warnings[-1] == (
        "1 message longer than 1,000 characters: feelings and acts were read in the first 1,000 "
        "characters of it; all its words are counted"
    )
    assert chat.source.warnings == result.source.warnings[:-1]  # the chat itself is unchanged
    assert result.measures.get("words", "Sam") == 300


def test_a_json_report_draws_nothing():
    import subprocess
    import sys

    code = (
        "import sys, analyzer\n"
        "from analyzer.report.json import analysis_to_dict\n"
        f"doc = analysis_to_dict(analyzer.analyze(analyzer.load_chat("
        f"{str(SAMPLES / 'android_en_gb.txt')!r})))\n"
        "print(len(doc['stands_out']) > 0, sorted(m for m in ('matplotlib', 'fpdf') "
        "if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # what stands out is worded without the plotting or PDF libraries being loaded
    assert done.stdout.strip() == "True []"


@cache
def _sample_analysis() -> analyzer.Analysis:
    return analyzer.analyze(chat("android_en_gb.txt"))


@pytest.mark.parametrize(
    ("mangle", "repairs"),
    [
        pytest.param(lambda m: pd.concat([m, m]), 2, id="given-twice"),
        pytest.param(lambda m: m.set_axis([0] * len(m)), 1, id="one-index-value"),
        pytest.param(lambda m: m.sample(frac=1, random_state=1), 1, id="out-of-time-order"),
    ],
)
def test_a_mangled_table_gives_the_results_of_the_clean_one_with_a_warning(mangle, repairs):
    """Regression: a repeated index multiplied the rows (538 sharing one value gave 289,444), a
    table given twice counted every message twice, and one out of time order gave 253
    conversations instead of 68."""
    from dataclasses import replace

    clean = _sample_analysis()
    sample = chat("android_en_gb.txt")
    with pytest.warns(UserWarning) as recorded:
        result = analyzer.analyze(replace(sample, messages=mangle(sample.messages)))
    # analyze() warns its caller (stacklevel 2): this file; a warning another test's background
    # thread (a cluster shutting down) happens to emit meanwhile is not one of them
    caught = [w for w in recorded if w.filename == __file__]
    assert (len(result.messages), len(result.sessions), len(caught)) == (538, 68, repairs), [
        (w.category.__name__, str(w.message)[:200], w.filename) for w in recorded
    ]
    assert result.source.warnings[len(clean.source.warnings):] == [str(w.message) for w in caught]
    pd.testing.assert_frame_equal(result.measures.values, clean.measures.values)
