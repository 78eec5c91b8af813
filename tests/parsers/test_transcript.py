"""Transcripts (WebVTT, SRT, scripts): exact talk time, base dates, bad cues."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.parsers.registry import load_chat
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

TEAMS = GOLDEN / "transcript" / "teams.vtt"
ZOOM = GOLDEN / "transcript" / "GMT20230512-150000_Recording.transcript.vtt"


@pytest.mark.parametrize("case", cases_for("transcript"))
def test_golden(case):
    check_case(case)


def test_seconds_spoken_are_exact_to_the_millisecond():
    messages = load_chat(TEAMS).messages
    spoken = messages.groupby("author", observed=True)["duration_s"].sum()
    # Sam: 2.750 + 5.731 s; Ana: 2.905 + 1.500 s (the ms sums are exact integers).
    assert (spoken * 1000).round().astype(int).to_dict() == {"Ana Ruiz": 4405, "Sam Lee": 8481}


def test_consecutive_cues_of_one_speaker_stay_separate():
    assert load_chat(TEAMS).messages["author"].tolist() == [
        "Sam Lee",
        "Sam Lee",
        "Ana Ruiz",
        "Ana Ruiz",
    ]


def test_cue_without_speaker_is_given_to_the_one_before_and_reported():
    chat = load_chat(ZOOM)
    assert chat.messages["author"].tolist()[2] == "Ana Ruiz"
    assert chat.source.warnings == [
        f"{ZOOM}: 1 cue had no speaker; it was given to the speaker of the cue before it"
    ]


def test_teams_accounting():
    assert load_chat(TEAMS).source.lines.to_dict() == {
        "total": 19,
        "header": 4,
        "continuation": 4,
        "system": 0,
        "skipped": {
            "WebVTT header": 1,
            "WebVTT note or style block": 1,
            "blank line": 5,
            "cue number": 4,
        },
    }


def test_cross_talk_of_different_speakers_is_allowed():
    # Ana starts at 9.100 while Sam speaks until 9.731.
    assert len(load_chat(TEAMS).messages) == 4


def test_overlapping_cues_of_one_speaker(tmp_path):
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Sam>one</v>\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Sam>two</v>\n"
    )
    message = error_of(write(tmp_path, "call.vtt", text))
    assert "the cue at line 6 overlaps the previous cue of Sam" in message


def test_cue_ending_before_it_starts(tmp_path):
    text = "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v Sam>one</v>\n"
    assert "the cue at line 3 ends before it starts" in error_of(write(tmp_path, "call.vtt", text))


def test_vtt_without_named_cues(tmp_path):
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\njust words\n"
    assert "no speaker-labelled cues found" in error_of(write(tmp_path, "film.vtt", text))


def test_bad_base_date():
    with pytest.raises(Exception, match="base_date='someday' is not a date"):
        load_chat(TEAMS, base_date="someday")


_CUE_SPEAKERS = st.sampled_from(["Sam", "Ana Ruiz", "Kim"])


@settings(max_examples=40, deadline=None)
@given(
    cues=st.lists(
        st.tuples(
            _CUE_SPEAKERS,
            st.integers(0, 5000),
            st.integers(1, 9000),
            st.text("abc xyz", min_size=1, max_size=10).filter(str.strip),
        ),
        min_size=1,
        max_size=15,
    )
)
def test_spoken_seconds_are_the_sum_of_cue_lengths(cues):
    """Cues laid end to end (no overlap): each speaker's seconds equal their cue lengths exactly."""
    blocks, start, expected = ["WEBVTT", ""], 0, {}
    for speaker, gap, length, text in cues:
        begin, end = start + gap, start + gap + length
        blocks += [f"{_clock(begin)} --> {_clock(end)}", f"<v {speaker}>{text}</v>", ""]
        expected[speaker] = expected.get(speaker, 0) + length
        start = end
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meeting.vtt"
        path.write_text("\n".join(blocks), encoding="utf-8")
        chat = load_chat(path)
    spoken = chat.messages.groupby("author", observed=True)["duration_s"].sum()
    assert (spoken * 1000).round().astype(int).to_dict() == expected
    assert chat.source.lines.total == chat.source.lines.accounted


def _clock(ms: int) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
