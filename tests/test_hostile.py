"""Hostile and odd input outside the parsers' internals (issue 12): every case gives an exact
message, or exit code 2 with one line naming the problem; the CLI runs in-process and no
exception escapes it."""

from __future__ import annotations

import io
import os
import re
import warnings
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import analyzer
from analyzer.anonymize import make_scrubber, surface_forms
from analyzer.cli import DEFAULT_STEM_BYTES, app, default_report_name
from analyzer.errors import AnalyzerError, SettingsError
from analyzer.export import write_messages
from analyzer.parsers import inputs
from analyzer.pipeline import _restrict_period
from analyzer.report import check_writable
from analyzer.report.html import visible_controls
from analyzer.report.pdf import pdf_text, stand_ins
from analyzer.report.view import _fold_measures, plot_people
from analyzer.settings import Settings
from analyzer.terminal import safe

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"  # Tom and Priya, 2024-01-08 to 2024-03-17
runner = CliRunner()
ERROR = "chat-balance: error: "
CHAT = (
    "12/03/2021, 21:15 - Sam: See you tomorrow!\n"
    "13/03/2021, 08:02 - Alex: Morning\n"
    "13/03/2021, 08:05 - Sam: <Media omitted>\n"
)


def run(*args: str):
    """The CLI in-process; whatever happens, no exception may escape it."""
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def one_error(*args: str) -> str:
    """The one stderr line of a refused command (exit 2), without its prefix."""
    result = run(*args)
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines), result.stdout) == (2, 1, ""), result.output
    assert lines[0].startswith(ERROR)
    return lines[0][len(ERROR):]


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


# --- CLI options checked before any work -------------------------------------------------------

@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--since", "2021-03-01T00:00+01:00"],
                     "--since 2021-03-01T00:00+01:00 has a UTC offset, but this chat's times are "
                     "local clock times without a zone; give the date (and time) without an offset",
                     id="since-with-offset"),
        pytest.param(["--session-gap", "99999999999h"],
                     "duration '99999999999h' is too long; the most is 8760h (a year)",
                     id="huge-session-gap"),
        pytest.param(["--pair", "Tom", "Tom"],
                     "--pair needs two different people, got 'Tom' twice; participants are: "
                     "Tom, Priya", id="pair-twice"),
        pytest.param(["--option", "base_date=0001-01-01"],
                     "--option base_date='0001-01-01' is outside the dates this tool handles "
                     "(1678-01-01 to 2261-12-31)", id="base-date-year-1"),
        pytest.param(["--until", "9999-12-31"],
                     "--until '9999-12-31' is outside the dates this tool handles "
                     "(1678-01-01 to 2261-12-31)", id="until-year-9999"),
        pytest.param(["--also-hide", "Jo"],
                     "--also-hide only works with --anonymize; add --anonymize", id="also-hide-alone"),
    ],
)
def test_report_options_are_refused_with_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert one_error("report", SAMPLE, *args) == message
    assert list(tmp_path.iterdir()) == []


def test_options_are_checked_before_the_chat_is_read(tmp_path):
    """A missing chat is reported only after the options: nothing was read before the refusal."""
    missing = tmp_path / "no-such-chat.txt"
    assert one_error("report", missing, "--session-gap", "99999999999h") == \
        "duration '99999999999h' is too long; the most is 8760h (a year)"
    assert one_error("report", missing, "--since", "2021-13-45") == \
        "cannot read --since '2021-13-45': use YYYY-MM-DD"


def _zoned(messages: pd.DataFrame) -> pd.DataFrame:
    return messages.assign(timestamp=messages["timestamp"].dt.tz_localize("Europe/Berlin"))


def test_since_on_a_zone_aware_chat_compares_in_the_chats_zone():
    messages = _zoned(analyzer.load_chat(SAMPLE).messages)
    kept = _restrict_period(messages, Settings(since="2024-03-17"))
    assert (len(kept), str(kept["timestamp"].min())) == (12, "2024-03-17 16:44:00+01:00")
    # an offset is converted: 15:44 UTC is 16:44 in Berlin, the first message of the day
    at = _restrict_period(messages, Settings(since="2024-03-17T15:44+00:00"))
    after = _restrict_period(messages, Settings(since="2024-03-17T15:45+00:00"))
    assert (list(at["text"]), len(after)) == (list(kept["text"]), 11)


def test_since_with_offset_on_a_zone_aware_chat_selecting_nothing_names_the_dates():
    messages = _zoned(analyzer.load_chat(SAMPLE).messages)
    with pytest.raises(SettingsError) as caught:
        _restrict_period(messages, Settings(since="2030-01-01T00:00+05:00"))
    assert str(caught.value) == ("no messages with --since 2030-01-01T00:00+05:00; "
                                 "the chat runs from 2024-01-08 to 2024-03-17")


# --- output names ---------------------------------------------------------------------------------

def test_too_long_output_name_is_refused_before_reading(tmp_path):
    name = tmp_path / ("a" * 300 + ".json")
    line = one_error("report", tmp_path / "not-read.txt", "-o", name)
    assert line == (f"cannot write {str(name)[:139]}…{str(name)[-20:]}: the file name is 305 bytes "
                    "long, more than the 255 this file system allows; choose a shorter name")


def test_default_name_of_a_long_cjk_group_is_shortened():
    group = "家族のグループ" * 13  # 91 characters, 273 bytes of UTF-8
    path = default_report_name(group, Path("x.txt"))
    stem = path.name.removesuffix(".report.html")
    assert (stem, len(stem.encode("utf-8"))) == (group[:33], 99)
    assert len(path.name.encode("utf-8")) <= 255 and DEFAULT_STEM_BYTES == 100


@pytest.mark.slow
def test_report_on_a_long_cjk_group_writes_the_short_default_name(tmp_path, monkeypatch):
    group = "家族のグループ" * 13
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"WhatsApp Chat with {group}.txt", SAMPLE.read_bytes())
    monkeypatch.chdir(tmp_path)
    result = run("report", archive, "-q")
    assert (result.exit_code, sorted(p.name for p in tmp_path.iterdir())) == (
        0, ["export.zip", f"{group[:33]}.report.html"])


def test_missing_output_folder_for_parse_names_it(chat, tmp_path):
    target = tmp_path / "missing_dir" / "x.csv"
    assert one_error("parse", chat, "-o", target) == \
        f"cannot write {target}: folder {target.parent} does not exist"


def test_output_that_is_an_input_is_refused(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("time,author,text\n2024-01-01 10:00,Ana,hi\n2024-01-01 10:01,Ben,hey\n",
                     encoding="utf-8")
    before = table.read_bytes()
    assert one_error("parse", table, "-o", table) == \
        f"cannot write {table}: it is an input of this run; choose another output name"
    assert table.read_bytes() == before
    with pytest.raises(AnalyzerError, match="it is an input of this run"):
        check_writable(tmp_path / "." / "t.csv", [table])


def test_unknown_parse_suffix_is_refused_before_reading(tmp_path):
    assert one_error("parse", tmp_path / "not-read.txt", "-o", tmp_path / "x.xlsx") == \
        "cannot write x.xlsx: use a .csv, .parquet or .jsonl name"


# --- control characters never reach the terminal or the HTML raw ---------------------------------

def test_escape_sequences_in_names_are_shown_escaped_by_parse(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("12/03/2021, 21:15 - \x1b[2J\x1b[31mEve\x1b[0m: hi\x07\n"
                    "12/03/2021, 21:16 - Bob\u202e: hello\n", encoding="utf-8")
    result = run("parse", path)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert result.stdout.splitlines()[3:6] == [
        "participants: 2",
        "  \\x1b[2J\\x1b[31mEve\\x1b[0m: 1 message",
        "  Bob: 1 message",  # the parser drops invisible marks from names
    ]


def test_terminal_safe_text():
    assert safe("a\x00b\x1b[0m\tc\n\x9b\u2066") == "a\\x00b\\x1b[0m\\x09c\\x0a\\x9b\\u2066"


def test_html_draws_control_characters_as_symbols():
    assert visible_controls("<p>a\x00b\x1bc\x7f\x85\td\ne\x0cf\rg</p>") == \
        "<p>a\u2400b\u241bc\u2421\ufffd\td\ne\x0cf\rg</p>"


@pytest.mark.slow
def test_html_report_holds_no_raw_esc_or_nul(tmp_path):
    path = tmp_path / "chat.txt"
    lines = [f"{d:02d}/03/2021, {h:02d}:00 - {who}: msg\x1b[31m{d}\x08{h}\n"
             for d in range(1, 15) for h, who in ((9, "Eve\x1b[0m"), (10, "Bob"))]
    path.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "r.html"
    assert run("report", path, "-o", out, "-q").exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert ("\x1b" in page, "\x08" in page, "Eve\u241b[0m" in page) == (False, False, True)


# --- reading with limits ---------------------------------------------------------------------------

def test_dev_zero_is_refused():
    assert one_error("parse", "/dev/zero") == \
        "/dev/zero: is a device, not a file or folder; name the chat export file, folder or zip"


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "chat.txt"
    os.mkfifo(fifo)
    assert one_error("parse", fifo) == \
        f"{fifo}: is a named pipe, not a file or folder; name the chat export file, folder or zip"


def test_the_size_cap_counts_bytes_read_not_the_reported_size(monkeypatch):
    """/proc files report a size of 0 but hold more: the cap still stops them."""
    monkeypatch.setattr(inputs, "MAX_INPUT_BYTES", 10)
    with pytest.raises(AnalyzerError) as caught:
        inputs.read_inputs("/proc/self/status", [])
    assert os.stat("/proc/self/status").st_size == 0
    assert str(caught.value) == ("/proc/self/status: file is larger than 10 bytes, "
                                 "more than this tool reads")


def test_inputs_over_the_total_budget_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_TOTAL_BYTES", 150)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(CHAT, encoding="utf-8")
    second.write_text(CHAT, encoding="utf-8")
    with pytest.raises(AnalyzerError) as caught:
        inputs.read_inputs([first, second], [])
    assert (len(CHAT), str(caught.value)) == (
        118, "inputs add up to more than 150 bytes, more than this tool reads at once")


def test_folder_walk_skips_links_it_cannot_follow(tmp_path):
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a link to a folder is not followed
    chat = analyzer.load_chat(tmp_path)
    assert (len(chat.messages), chat.source.files, chat.source.warnings) == (
        3, [str(tmp_path / "_chat.txt")],
        [f"{tmp_path / 'broken.txt'}: could not be read (no permission, or a broken link) and was "
         "skipped",
         f"{tmp_path / 'loop.txt'}: could not be read (no permission, or a broken link) and was "
         "skipped"],
    )


def test_folder_walk_skips_entries_that_deny_access(tmp_path, monkeypatch):
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    warned: list[str] = []
    files = inputs.read_inputs(tmp_path, warned)
    assert ([f.name for f in files], warned) == (
        [str(tmp_path / "_chat.txt")],
        [f"{tmp_path / 'secret.txt'}: could not be read (no permission, or a broken link) and "
         "was skipped"])


def test_parse_root_stops_with_one_line(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_FOLDER_ENTRIES", 5_000)  # the real limit is 100,000
    assert one_error("parse", "/") == (
        "/: holds more than 5,000 files and folders, too many to be one chat's export; "
        "name the export file, folder or zip itself")


def test_repeated_warnings_are_aggregated(tmp_path):
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    for i in range(5):
        (tmp_path / f"note{i}.txt").write_text(f"just some notes {i}\n", encoding="utf-8")
    for i in range(4):
        (tmp_path / f"empty{i}.txt").write_text("", encoding="utf-8")
    chat = analyzer.load_chat(tmp_path)
    first = ", ".join(str(tmp_path / f"empty{i}.txt") for i in range(3))
    notes = ", ".join(str(tmp_path / f"note{i}.txt") for i in range(3))
    assert chat.source.warnings == [
        f"4 files are empty and were ignored; the first 3: {first}",
        f"5 files were not recognised as a whatsapp export and ignored; the first 3: {notes}",
    ]


# --- anonymisation that holds ----------------------------------------------------------------------

PEOPLE = {"Priya Sharma": "Person A", "Tom Wilson": "Person B", "Me": "Person C",
          "王小明": "Person D"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ask @priya_sharma or priya123@mail.com", "ask @Person A or [email]"),
        ("#TeamPriya and PriyaSharma and Tom_W", "#Person A and Person A and Person B"),
        ("tommy! TOMMY said Priya  Sharma", "Person B! Person B said Person A"),
        ("priya.sharma, sharma_priya, wilson", "Person A, Person A, Person B"),
        ("我和王小明去了，小明说好", "我和Person D去了，Person D说好"),
        ("tell me, Me and ME", "tell me, Me and ME"),
        ("tomato tomorrow Priyanka", "tomato tomorrow Priyanka"),
        ("appelle 06.12.34.56.78 stp", "appelle [phone] stp"),
        ("call 06\u201112\u201134\u201156\u201178", "call [phone]"),
        ("tel 030/1234567 or 7700 900123", "tel [phone] or [phone]"),
        ("ring 555-1234 or 0612345678abc", "ring [phone] or [phone]abc"),
        ("code 98765432101234567890", "code [number]"),
        ("meet 12.03.2024 10:30", "meet 12.03.2024 10:30"),
        ("see /home/priya/chats/x.txt or C:\\Users\\tom\\x.txt", "see [path] or [path]"),
    ],
)
def test_scrubber_cases(text, expected):
    assert make_scrubber(PEOPLE)(text) == expected


def test_also_hide_adds_names():
    scrub = make_scrubber(PEOPLE, also_hide=["Jo Bloggs"])
    assert scrub("Jo said @jobloggs met Bloggs") == "[name] said @[name] met [name]"


def test_surface_forms_of_a_name():
    assert {"Priya", "Sharma", "PriyaSharma", "Priya_Sharma",
            "Priya.Sharma", "Priya_S", "P.Sharma"} <= surface_forms("Priya Sharma")
    assert {"Tommy", "Tommie", "Tom"} <= surface_forms("Tom")
    assert {"Sam", "Sammy", "Samantha"} <= surface_forms("Samantha")
    assert surface_forms("Me") == set()


NAMES = ["Priya Sharma", "Tom Wilson", "Zoë Ångström", "王小明", "Олег Петров"]
FILLER = ["the", "a", "cat", "went", "out", "today", "and", "ok", "lol", "see", "you", "x",
          "🙂", "…", "ciao", "été", "番茄", "42"]


def _forms_for_check(name: str) -> list[str]:
    parts = name.split()
    forms = [name, *parts]
    if len(parts) == 2:
        forms += ["".join(parts), "_".join(parts), ".".join(parts)]
    return forms


@st.composite
def chat_texts(draw):
    name = draw(st.sampled_from(NAMES))
    form = draw(st.sampled_from(_forms_for_check(name)))
    cased = draw(st.sampled_from([form, form.lower(), form.upper(), form.title()]))
    digits = draw(st.text(alphabet="0123456789", min_size=7, max_size=15))
    prefix = draw(st.sampled_from(["", "@", "#", " "]))
    suffix = draw(st.sampled_from(["", "123", "!", ",", "@example.org"]))
    words = draw(st.lists(st.sampled_from(FILLER), max_size=6))
    pieces = [*words, prefix + cased + suffix, digits, *draw(st.lists(st.sampled_from(FILLER),
                                                                        max_size=6))]
    order = draw(st.permutations(pieces))
    return draw(st.sampled_from([" ", "  ", "\n", " / "])).join(order)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chat_texts())
def test_property_anonymised_text_holds_no_name_form_and_no_long_digit_run(text):
    scrub = make_scrubber({n: f"Person {chr(65 + i)}" for i, n in enumerate(NAMES)})
    out = scrub(text).casefold()
    for name in NAMES:
        for form in _forms_for_check(name):
            assert form.casefold() not in out, (text, out, form)
    for run_ in re.findall(r"\d{7,}", text):
        assert run_ not in out, (text, out)


@pytest.mark.slow
def test_anonymised_warnings_hold_no_input_path(tmp_path):
    home = tmp_path / "priya_home"
    home.mkdir()
    (home / "_chat.txt").write_bytes(SAMPLE.read_bytes())
    (home / "notes.txt").write_text("shopping list\n", encoding="utf-8")
    out = tmp_path / "r.json"
    result = run("report", home, "--anonymize", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "chat-balance: warning: [path]: not recognised as a whatsapp export; ignored"]
    assert str(tmp_path) not in out.read_text(encoding="utf-8")


# --- CSV safe for spreadsheets -----------------------------------------------------------------------

def test_csv_quotes_carriage_returns_and_neutralises_every_text_column(tmp_path):
    messages = pd.DataFrame({
        "timestamp": pd.to_datetime(["2024-01-01 10:00"]),
        "author": pd.Categorical(["-Ana"]),
        "text": pd.array(["hi\r=1+1\nthere"], dtype="string"),
        "kind": pd.Categorical(["text"]),
        "source_file": pd.Categorical(["=HYPERLINK(\"http://x\")"]),
        "source_line": [1],
        "reply_to": pd.array(["@SUM(A1)"], dtype="string"),
    })
    path = tmp_path / "m.csv"
    write_messages(messages, path)
    assert path.read_bytes() == (
        b"timestamp,author,text,kind,source_file,source_line,reply_to\r\n"
        b"2024-01-01 10:00:00,'-Ana,\"hi\r=1+1\nthere\",text,\"'=HYPERLINK(\"\"http://x\"\")\",1,"
        b"'@SUM(A1)\r\n"
    )


# --- PDF text for every script -----------------------------------------------------------------------

def test_cjk_names_get_distinct_stand_ins_in_the_pdf():
    import analyzer.report.pdf as pdf

    people = ["Ana", "王小明", "李华", "محمد"]
    names = stand_ins(people)
    assert names == {"王小明": "[Person B]", "李华": "[Person C]", "محمد": "[Person D]"}
    pdf._STAND_INS.update(names)
    try:
        assert pdf_text("王小明 wrote to 李华 and Ana 🙂 好") == \
            "[Person B] wrote to [Person C] and Ana :slightly_smiling_face: ?"
    finally:
        pdf._STAND_INS.clear()
    assert pdf_text("王小明") == "???"


# --- many participants ----------------------------------------------------------------------------------

def _crowd(n: int) -> analyzer.Chat:
    lines = []
    for i in range(n * 3):
        who = f"P{i % n:03d}" if i % 4 else "P000"
        lines.append(f"{1 + i // 600:02d}/03/2021, {(i // 60) % 10 + 10:02d}:{i % 60:02d} - "
                     f"{who}: message {i}\n")
    return "".join(lines)


@pytest.mark.slow
def test_many_participants_plot_the_top_seven_and_others_without_warnings(tmp_path):
    path = tmp_path / "crowd.txt"
    path.write_text(_crowd(120), encoding="utf-8")
    result = analyzer.analyze(analyzer.load_chat(path))
    shown, folded = plot_people(result)
    # 91 people write (P004, P008, ... never do); all but P000 wrote as much, so the first
    # six of them by first appearance come next
    assert shown == ["P000", "P001", "P002", "P003", "P005", "P006", "P007", "84 others"]
    assert len(folded) == 84
    from analyzer.report import plots, view

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures = view.figures(result)
        for figure in figures.values():  # laid out and drawn without a single warning
            plots.to_png(figure, dpi=40)
    values = result.measures.values
    others = values[~values["participant"].isin(shown)]
    share = others.loc[others["measure"] == "message_share", "value"].sum()
    talk = plots._share_table(_fold_measures(values, folded, []), shown)
    assert talk.loc["messages", "84 others"] == pytest.approx(share)


def test_folded_measures_add_shares_and_weight_the_rest():
    values = pd.DataFrame({
        "dimension": ["balance"] * 6,
        "measure": ["message_share"] * 3 + ["median_latency_s"] * 3,
        "participant": ["A", "B", "C"] * 2,
        "value": [0.5, 0.3, 0.2, 10.0, 20.0, 50.0],
        "n": [5, 3, 2, 4, 1, 3],
        "ci_low": [0.4] * 6, "ci_high": [0.6] * 6, "p_value": [None] * 6,
    })
    folded = _fold_measures(values, {"B": "2 others", "C": "2 others"}, [])
    rows = folded[folded["participant"] == "2 others"].set_index("measure")
    assert rows["value"].to_dict() == {"message_share": 0.5, "median_latency_s": 42.5}
    assert rows["n"].to_dict() == {"message_share": 5, "median_latency_s": 4}
    assert rows["ci_low"].isna().all()


def test_input_helper_reads_a_zip_in_memory(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", CHAT)
    (tmp_path / "x.zip").write_bytes(buf.getvalue())
    assert [f.name for f in inputs.read_inputs(tmp_path / "x.zip", [])] == [
        f"{tmp_path / 'x.zip'}:_chat.txt"]


@pytest.mark.slow
def test_pdf_render_uses_the_stand_ins_and_forgets_them(monkeypatch):
    import analyzer.report.pdf as pdf
    from tests.report.fake import make_analysis

    drawn: list[str] = []
    real = pdf._Writer.para

    def para(self, text, **kwargs):
        drawn.append(pdf_text(text))
        return real(self, text, **kwargs)

    monkeypatch.setattr(pdf._Writer, "para", para)
    data = pdf.render_pdf(make_analysis(participants=("王小明", "李华", "Ana")))
    assert data.startswith(b"%PDF") and pdf._STAND_INS == {}
    assert drawn[:3] == [
        "Chat balance report",
        "[Person A], [Person B] and Ana · 1 Jan 2024 to 8 Mar 2024",
        "Some names are written in letters this PDF's font lacks: they are shown as [Person A], "
        "[Person B], ... by their place in the list of participants. The HTML report shows them "
        "as written.",
    ]
    assert not any("??" in text for text in drawn)


def test_pdf_tables_for_very_many_people_keep_the_most_active(monkeypatch):
    import analyzer.report.pdf as pdf

    writer = pdf._Writer(pdf._make_pdf("t", None), {}, {},
                         people=({"A", "B", "C", "D"}, {"A", "B"}))
    writer.pdf.add_page()
    captions: list[str] = []
    monkeypatch.setattr(writer, "para", lambda text, **kwargs: captions.append(text))
    cell = {"text": "1", "sub": ""}
    pairs = [{"key": f"{a}->{b}", "label": f"{a} → {b}", "cells": [cell]}
             for a in "ABCD" for b in "ABCD" if a != b]
    writer.table(["Reply", "Replies"], pairs, "Who replies to whom")
    per_person = [{"key": "words", "label": "words", "cells": [cell] * 4}]
    writer.table(["Measure", "A", "B", "C", "D"], per_person, "Talk time")
    assert captions == [
        "Who replies to whom (2 of 12 rows: those of the 2 most active people; all in the HTML "
        "and JSON reports)",
        "Talk time (the 2 most active people; 2 more in the HTML and JSON reports)",
    ]
