"""Hostile and odd input outside the parsers' internals (issue 12): every case gives an exact
message, or exit code 2 with one line naming the problem; the CLI runs in-process and no
exception escapes it."""

from __future__ import annotations

import io
import json
import os
import re
import warnings
import zipfile
from pathlib import Path
from types import SimpleNamespace

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
from analyzer.report.blocks import Cell, Row, Table
from analyzer.report.html import visible_controls
from analyzer.report.pdf import pdf_text, stand_ins
from analyzer.report.view import _fold_measures, plot_people
from analyzer.settings import Settings
from analyzer.terminal import safe
from tests.report.helpers import pdf_text as extract_pdf_text

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
    return lines[0][len(ERROR) :]


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


# --- CLI options checked before any work -------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--since", "2021-03-01T00:00+01:00"],
            "--since 2021-03-01T00:00+01:00 has a UTC offset, but this chat's times are "
            "local clock times without a zone; give the date (and time) without an offset",
            id="since-with-offset",
        ),
        pytest.param(
            ["--session-gap", "99999999999h"],
            "duration '99999999999h' is too long; the most is 8760h (a year)",
            id="huge-session-gap",
        ),
        pytest.param(
            ["--pair", "Tom", "Tom"],
            "--pair needs two different people, got 'Tom' twice; participants are: Tom, Priya",
            id="pair-twice",
        ),
        pytest.param(
            ["--option", "base_date=0001-01-01"],
            "--option base_date='0001-01-01' is outside the dates this tool handles "
            "(1678-01-01 to 2261-12-31)",
            id="base-date-year-1",
        ),
        pytest.param(
            ["--until", "9999-12-31"],
            "--until '9999-12-31' is outside the dates this tool handles "
            "(1678-01-01 to 2261-12-31)",
            id="until-year-9999",
        ),
        pytest.param(
            ["--also-hide", "Jo"],
            "--also-hide only works with --anonymize; add --anonymize",
            id="also-hide-alone",
        ),
    ],
)
def test_report_options_are_refused_with_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert one_error("report", SAMPLE, *args) == message
    assert list(tmp_path.iterdir()) == []


def test_options_are_checked_before_the_chat_is_read(tmp_path):
    """A missing chat is reported only after the options: nothing was read before the refusal."""
    missing = tmp_path / "no-such-chat.txt"
    assert (
        one_error("report", missing, "--session-gap", "99999999999h")
        == "duration '99999999999h' is too long; the most is 8760h (a year)"
    )
    assert (
        one_error("report", missing, "--since", "2021-13-45")
        == "cannot read --since '2021-13-45': use YYYY-MM-DD"
    )


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
    assert str(caught.value) == (
        "no messages with --since 2030-01-01T00:00+05:00; "
        "the chat runs from 2024-01-08 to 2024-03-17"
    )


# --- output names ---------------------------------------------------------------------------------


def test_too_long_output_name_is_refused_before_reading(tmp_path):
    name = tmp_path / ("a" * 300 + ".json")
    line = one_error("report", tmp_path / "not-read.txt", "-o", name)
    assert line == (
        f"cannot write {str(name)[:139]}…{str(name)[-20:]}: the file name is 305 bytes "
        "long, more than the 255 this file system allows; choose a shorter name"
    )


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
        0,
        ["export.zip", f"{group[:33]}.report.html"],
    )


def test_missing_output_folder_for_parse_names_it(chat, tmp_path):
    target = tmp_path / "missing_dir" / "x.csv"
    assert (
        one_error("parse", chat, "-o", target)
        == f"cannot write {target}: folder {target.parent} does not exist"
    )


def test_output_that_is_an_input_is_refused(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(
        "time,author,text\n2024-01-01 10:00,Ana,hi\n2024-01-01 10:01,Ben,hey\n", encoding="utf-8"
    )
    before = table.read_bytes()
    assert (
        one_error("parse", table, "-o", table)
        == f"cannot write {table}: it is an input of this run; choose another output name"
    )
    assert table.read_bytes() == before
    with pytest.raises(AnalyzerError, match="it is an input of this run"):
        check_writable(tmp_path / "." / "t.csv", [table])


def test_unknown_parse_suffix_is_refused_before_reading(tmp_path):
    assert (
        one_error("parse", tmp_path / "not-read.txt", "-o", tmp_path / "x.xlsx")
        == "cannot write x.xlsx: use a .csv, .parquet or .jsonl name"
    )


# --- control characters never reach the terminal or the HTML raw ---------------------------------


def test_escape_sequences_in_names_are_shown_escaped_by_parse(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(
        "12/03/2021, 21:15 - \x1b[2J\x1b[31mEve\x1b[0m: hi\x07\n"
        "12/03/2021, 21:16 - Bob\u202e: hello\n",
        encoding="utf-8",
    )
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
    assert (
        visible_controls("<p>a\x00b\x1bc\x7f\x85\td\ne\x0cf\rg</p>")
        == "<p>a\u2400b\u241bc\u2421\ufffd\td\ne\x0cf\rg</p>"
    )


@pytest.mark.slow
def test_html_report_holds_no_raw_esc_or_nul(tmp_path):
    path = tmp_path / "chat.txt"
    lines = [
        f"{d:02d}/03/2021, {h:02d}:00 - {who}: msg\x1b[31m{d}\x08{h}\n"
        for d in range(1, 15)
        for h, who in ((9, "Eve\x1b[0m"), (10, "Bob"))
    ]
    path.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "r.html"
    assert run("report", path, "-o", out, "-q").exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert ("\x1b" in page, "\x08" in page, "Eve\u241b[0m" in page) == (False, False, True)


# --- reading with limits --------------------------------------------------------------------------


def test_dev_zero_is_refused():
    assert (
        one_error("parse", "/dev/zero")
        == "/dev/zero: is a device, not a file or folder; name the chat export file, folder or zip"
    )


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "chat.txt"
    os.mkfifo(fifo)
    expected = "is a named pipe, not a file or folder; name the chat export file, folder or zip"
    assert one_error("parse", fifo) == f"{fifo}: {expected}"


def test_the_size_cap_counts_bytes_read_not_the_reported_size(monkeypatch):
    """/proc files report a size of 0 but hold more: the cap still stops them."""
    monkeypatch.setattr(inputs, "MAX_INPUT_BYTES", 10)
    with pytest.raises(AnalyzerError) as caught:
        inputs.read_inputs("/proc/self/status", [])
    assert os.stat("/proc/self/status").st_size == 0
    assert str(caught.value) == (
        "/proc/self/status: file is larger than 10 bytes, more than this tool reads"
    )


def test_inputs_over_the_total_budget_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_TOTAL_BYTES", 150)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(CHAT, encoding="utf-8")
    second.write_text(CHAT, encoding="utf-8")
    with pytest.raises(AnalyzerError) as caught:
        inputs.read_inputs([first, second], [])
    assert (len(CHAT), str(caught.value)) == (
        118,
        "inputs add up to more than 150 bytes, more than this tool reads at once",
    )


def test_folder_walk_skips_links_it_cannot_follow(tmp_path):
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a link to a folder is not followed
    chat = analyzer.load_chat(tmp_path)
    assert (len(chat.messages), chat.source.files, chat.source.warnings) == (
        3,
        [str(tmp_path / "_chat.txt")],
        [
            f"{tmp_path / 'broken.txt'}: could not be read (no permission, or a broken link) and "
            f"was "
            "skipped",
            f"{tmp_path / 'loop.txt'}: could not be read (no permission, or a broken link) and was "
            "skipped",
        ],
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
        [
            f"{tmp_path / 'secret.txt'}: could not be read (no permission, or a broken link) and "
            "was skipped"
        ],
    )


def test_parse_root_stops_with_one_line(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_FOLDER_ENTRIES", 5_000)  # the real limit is 100,000
    assert one_error("parse", "/") == (
        "/: holds more than 5,000 files and folders, too many to be one chat's export; "
        "name the export file, folder or zip itself"
    )


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


# --- anonymisation that holds ---------------------------------------------------------------------

PEOPLE = {
    "Priya Sharma": "Person A",
    "Tom Wilson": "Person B",
    "Me": "Person C",
    "王小明": "Person D",
}


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
    assert {
        "Priya",
        "Sharma",
        "PriyaSharma",
        "Priya_Sharma",
        "Priya.Sharma",
        "Priya_S",
        "P.Sharma",
    } <= surface_forms("Priya Sharma")
    assert {"Tommy", "Tommie", "Tom"} <= surface_forms("Tom")
    assert {"Sam", "Sammy", "Samantha"} <= surface_forms("Samantha")
    assert surface_forms("Me") == set()


NAMES = ["Priya Sharma", "Tom Wilson", "Zoë Ångström", "王小明", "Олег Петров"]
FILLER = [
    "the",
    "a",
    "cat",
    "went",
    "out",
    "today",
    "and",
    "ok",
    "lol",
    "see",
    "you",
    "x",
    "🙂",
    "…",
    "ciao",
    "été",
    "番茄",
    "42",
]


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
    pieces = [
        *words,
        prefix + cased + suffix,
        digits,
        *draw(st.lists(st.sampled_from(FILLER), max_size=6)),
    ]
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
        "chat-balance: warning: [path]: not recognised as a whatsapp export; ignored"
    ]
    assert str(tmp_path) not in out.read_text(encoding="utf-8")


# --- CSV safe for spreadsheets --------------------------------------------------------------------


def test_csv_quotes_carriage_returns_and_neutralises_every_text_column(tmp_path):
    messages = pd.DataFrame(
        {
            "timestamp": pd.to_datetime(["2024-01-01 10:00"]),
            "author": pd.Categorical(["-Ana"]),
            "text": pd.array(["hi\r=1+1\nthere"], dtype="string"),
            "kind": pd.Categorical(["text"]),
            "source_file": pd.Categorical(['=HYPERLINK("http://x")']),
            "source_line": [1],
            "reply_to": pd.array(["@SUM(A1)"], dtype="string"),
        }
    )
    path = tmp_path / "m.csv"
    write_messages(messages, path)
    assert path.read_bytes() == (
        b"timestamp,author,text,kind,source_file,source_line,reply_to\r\n"
        b'2024-01-01 10:00:00,\'-Ana,"hi\r=1+1\nthere",text,"\'=HYPERLINK(""http://x"")",1,'
        b"'@SUM(A1)\r\n"
    )


# --- PDF text for every script --------------------------------------------------------------------


def test_cjk_names_get_distinct_stand_ins_in_the_pdf():
    import analyzer.report.pdf as pdf

    people = ["Ana", "王小明", "李华", "محمد"]
    names = stand_ins(people)
    assert names == {"王小明": "[Person B]", "李华": "[Person C]", "محمد": "[Person D]"}
    pdf._STAND_INS.update(names)
    try:
        assert (
            pdf_text("王小明 wrote to 李华 and Ana 🙂 好")
            == "[Person B] wrote to [Person C] and Ana [smile] ?"
        )
    finally:
        pdf._STAND_INS.clear()
    assert pdf_text("王小明") == "???"


# --- many participants ----------------------------------------------------------------------------


def _crowd(n: int) -> analyzer.Chat:
    lines = []
    for i in range(n * 3):
        who = f"P{i % n:03d}" if i % 4 else "P000"
        lines.append(
            f"{1 + i // 600:02d}/03/2021, {(i // 60) % 10 + 10:02d}:{i % 60:02d} - "
            f"{who}: message {i}\n"
        )
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
    values = pd.DataFrame(
        {
            "dimension": ["balance"] * 6,
            "measure": ["message_share"] * 3 + ["median_latency_s"] * 3,
            "participant": ["A", "B", "C"] * 2,
            "value": [0.5, 0.3, 0.2, 10.0, 20.0, 50.0],
            "n": [5, 3, 2, 4, 1, 3],
            "ci_low": [0.4] * 6,
            "ci_high": [0.6] * 6,
            "p_value": [None] * 6,
        }
    )
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
        f"{tmp_path / 'x.zip'}:_chat.txt"
    ]


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

    writer = pdf._Writer(
        pdf._make_pdf("t", None), {}, {}, people=({"A", "B", "C", "D"}, {"A", "B"})
    )
    writer.pdf.add_page()
    captions: list[str] = []
    monkeypatch.setattr(writer, "para", lambda text, **kwargs: captions.append(text))
    cell = Cell("1")
    pairs = [Row(f"{a}->{b}", f"{a} → {b}", (cell,)) for a in "ABCD" for b in "ABCD" if a != b]
    writer.table(["Reply", "Replies"], pairs, "Who replies to whom")
    per_person = [Row("words", "words", (cell,) * 4)]
    writer.table(["Measure", "A", "B", "C", "D"], per_person, "Talk time")
    assert captions == [
        "Who replies to whom (2 of 12 rows: those of the 2 most active people; all in the HTML "
        "and JSON reports)",
        "Talk time (the 2 most active people; 2 more in the HTML and JSON reports)",
    ]


def test_pdf_pairs_and_evidence_for_very_many_people_are_the_busiest(monkeypatch, tmp_path):
    import analyzer.report.pdf as pdf

    writer = pdf._Writer(
        pdf._make_pdf("t", None), {}, {}, people=({"A", "B", "C", "D"}, {"A", "B", "C"})
    )
    writer.pdf.add_page()
    captions: list[str] = []
    monkeypatch.setattr(writer, "para", lambda text, **kwargs: captions.append(text))
    replies = {"A->B": "1,200", "B->A": "7", "A->C": "30", "C->A": "2", "B->C": "950", "C->B": "9"}
    pairs = [Row(k, k, (Cell(n),)) for k, n in replies.items()]
    pairs.append(Row("A->D", "A->D", (Cell("5,000"),)))
    writer.table(["Reply", "Replies"], pairs, "Who replies to whom")
    assert captions == [
        "Who replies to whom (3 of 7 rows: the busiest pairs among the 3 most active people; all "
        "in the HTML and JSON reports)"
    ]
    (tmp_path / "t.pdf").write_bytes(bytes(writer.pdf.output()))
    printed = set(re.findall(r"[A-D]->[A-D]", extract_pdf_text(tmp_path / "t.pdf")))
    assert printed == {"A->B", "B->C", "A->C"}  # 1,200, 950 and 30 replies; D is not shown
    evidence = Table(
        "",
        ("Evidence", "Who", "Value", "Out of (n)"),
        tuple(Row("m", "m", (Cell(who),) * 3) for who in ("A", "D", "everyone", "B", "D")),
    )
    rows, caption = writer.evidence_rows(SimpleNamespace(evidence=evidence))
    assert [r.cells[0].text for r in rows] == ["A", "everyone", "B"]
    assert caption == (
        "Evidence for the 3 most active people (2 more rows in the HTML and JSON reports)"
    )


# --- parser internals: times, line ends, text, identity, several chats ----------------------------

GOLDEN = ROOT / "tests" / "parsers" / "golden"
RANGE = "; check the export: this tool reads dates in that range only"


def tg_json(*records: dict) -> str:
    """A Telegram single-chat export holding ``records`` (message records, ids 1, 2, ...)."""
    messages = [
        {"id": i, "type": "message", "from_id": f"user{i}", **r}
        for i, r in enumerate(records, start=1)
    ]
    return json.dumps({"name": "Sam", "type": "personal_chat", "id": 1, "messages": messages})


def meta_json(*stamps: int) -> str:
    """A Messenger end-to-end encrypted export, one message per ``timestamp`` (ms)."""
    messages = [
        {
            "isUnsent": False,
            "media": [],
            "reactions": [],
            "senderName": who,
            "text": text,
            "timestamp": stamp,
            "type": "text",
        }
        for stamp, who, text in zip(stamps, ["Ana", "Zoe", "Ana"], ["a", "b", "c"], strict=False)
    ]
    return json.dumps(
        {"participants": ["Ana", "Zoe"], "threadName": "Ana and Zoe", "messages": messages}
    )


def discord_json(stamp: str) -> str:
    data = json.loads((GOLDEN / "discord" / "climbing-general.json").read_text(encoding="utf-8"))
    data["messages"][1]["timestamp"] = stamp
    return json.dumps(data)


OLD_DATES = [
    pytest.param(
        "result.json",
        tg_json(
            {"date": "0001-01-01T00:00:00", "from": "Sam", "text": "hi"},
            {"date": "2021-03-12T22:15:00", "from": "Ana", "text": "yo"},
        ),
        "record 1 has a date outside the years 1678-2261 (0001-01-01)",
        id="telegram-date",
    ),
    pytest.param(
        "result.json",
        tg_json(
            {"date_unixtime": "1615583700", "from": "Sam", "text": "hi"},
            {"date_unixtime": "99999999999", "from": "Ana", "text": "yo"},
        ),
        "record 2 has a date outside the years 1678-2261 (5138-11-16)",
        id="telegram-epoch-above-9.2e9",
    ),
    pytest.param(
        "chat.md",
        "[2021-03-12 21:15:00] Sam Lee: hi\n[0001-03-12 21:16:05] Me: yes\n",
        "line 2 has a date outside the years 1678-2261 (0001-03-12)",
        id="signal",
    ),
    pytest.param(
        "signal.txt",
        "[9999-12-24, 12:23] Jane: Hello\n[2020-01-17, 21:49] John: Hi\n",
        "line 1 has a date outside the years 1678-2261 (9999-12-24)",
        id="signal-old",
    ),
    pytest.param(
        "chat.csv",
        "time,author,text\n2021-03-12 21:15,Sam,hi\n0001-03-12 21:16,Ana,yo\n",
        "row 2 has a date outside the years 1678-2261 (0001-03-12)",
        id="csv",
    ),
    pytest.param(
        "chat.csv",
        "ts,speaker,text\n1615583700,Sam,hi\n99999999999,Ana,yo\n",
        "row 2 has a date outside the years 1678-2261 (5138-11-16)",
        id="csv-epoch",
    ),
    pytest.param(
        "general.csv",
        "AuthorID,Author,Date,Content,Attachments,Reactions\n"
        '"1","sam","0001-03-12T21:15:00.123+01:00","hi","",""\n'
        '"2","lou","2021-03-12T21:17:30.000+01:00","yo","",""\n',
        "record 1 has a date outside the years 1678-2261 (0001-03-12)",
        id="discord-csv",
    ),
    pytest.param(
        "general.json",
        discord_json("2300-03-12T21:15:00.123+01:00"),
        "record 2 has a date outside the years 1678-2261 (2300-03-12)",
        id="discord-json",
    ),
    pytest.param(
        "Sam Lee.txt",
        "Mar 12, 0001  9:15:00 PM\nSam Lee\nAre you free?\n\nMar 12, 2021  9:16:05 PM\nMe\nYes\n",
        "line 1 has a date outside the years 1678-2261 (0001-03-12)",
        id="imessage",
    ),
    pytest.param(
        "message_1.json",
        meta_json(1615583700000, 99999999999999),
        "record 2 has a date outside the years 1678-2261 (5138-11-16)",
        id="meta-e2ee",
    ),
    pytest.param(
        "chat.txt",
        "12/03/1500, 21:15 - Sam: hi\n13/03/2021, 08:02 - Alex: Morning\n",
        "line 1 has a date outside the years 1678-2261: '12/03/1500, 21:15 - Sam: hi'",
        id="whatsapp-1500",
    ),
    pytest.param(
        "chat.txt",
        "12/03/2021, 21:15 - Sam: hi\n13/03/9999, 08:02 - Alex: Morning\n",
        "line 2 has a date outside the years 1678-2261: '13/03/9999, 08:02 - Alex: Morning'",
        id="whatsapp-9999",
    ),
    pytest.param(
        "chat.txt",
        "12/03/0000, 21:15 - Sam: hi\n13/03/2021, 08:02 - Alex: Morning\n",
        "line 1 has a date outside the years 1678-2261: '12/03/0000, 21:15 - Sam: hi'",
        id="whatsapp-0000",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), OLD_DATES)
@pytest.mark.parametrize("tz", [None, "Europe/Berlin"])
def test_dates_outside_the_range_are_refused_naming_the_line(name, content, message, tz, tmp_path):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    zone = ["--option", f"tz={tz}"] if tz else []
    assert one_error("parse", path, *zone) == f"{path}: {message}{RANGE}"


def test_epoch_far_beyond_any_date_is_refused_not_an_overflow(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text(
        "ts,speaker,text\n1615583700,Sam,hi\n1e300,Ana,yo\n-inf,Ana,yo\n", encoding="utf-8"
    )
    assert one_error("parse", path) == (
        f"{path}: row 2 has a date outside the years 1678-2261 (far from any calendar year) "
        f"(and 1 more){RANGE}"
    )


def test_a_base_date_outside_the_range_is_refused(tmp_path):
    path = tmp_path / "talk.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nSam: hi\n", encoding="utf-8")
    assert one_error("parse", path, "--option", "base_date=0001-01-01") == (
        "--option base_date='0001-01-01' is outside the dates this tool handles "
        "(1678-01-01 to 2261-12-31)"
    )
    with pytest.raises(SettingsError) as caught:  # the parser's own check, for Python callers
        analyzer.load_chat(path, base_date="0001-01-01")
    assert str(caught.value) == (
        "base_date='0001-01-01' must be a local date and time within the "
        "years 1678-2261, e.g. '2024-05-01 14:00'"
    )


def test_a_two_digit_year_00_is_2000(tmp_path):
    chat = analyzer.load_chat(
        _write(tmp_path, "chat.txt", "12/03/00, 21:15 - Sam: hi\n13/03/00, 08:02 - Alex: yo\n")
    )
    assert [str(t) for t in chat.messages["timestamp"]] == [
        "2000-03-12 21:15:00",
        "2000-03-13 08:02:00",
    ]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _accounted(chat) -> None:
    lines = chat.source.lines
    assert lines.total == lines.accounted


def test_telegram_dates_with_mixed_utc_offsets_are_read_as_written(tmp_path):
    path = _write(
        tmp_path,
        "result.json",
        tg_json(
            {"date": "2021-03-12T22:15:00+01:00", "from": "Sam", "text": "hi"},
            {"date": "2021-03-12T22:16:00+02:00", "from": "Ana", "text": "yo"},
        ),
    )
    chat = analyzer.load_chat(path)
    assert [str(t) for t in chat.messages["timestamp"]] == [
        "2021-03-12 22:15:00",
        "2021-03-12 22:16:00",
    ]
    _accounted(chat)


def test_a_lone_surrogate_escape_becomes_a_replacement_character(tmp_path):
    path = _write(
        tmp_path,
        "result.json",
        tg_json(
            {"date_unixtime": "1615583700", "from": "Sam", "text": "hi \ud83d there"},
            {
                "date_unixtime": "1615583760",
                "from": "Ana",
                "text": ["ok ", {"type": "bold", "text": "\udc00!"}],
            },
        ),
    )
    assert "\\ud83d" in path.read_text(encoding="utf-8")
    result = run("parse", path, "-o", tmp_path / "m.csv")
    assert result.exit_code == 0, result.output
    chat = analyzer.load_chat(path)
    assert list(chat.messages["text"]) == ["hi \ufffd there", "ok \ufffd!"]
    assert chat.source.warnings == [
        f"{path}: 2 broken character escapes (half of a UTF-16 pair) replaced by U+FFFD"
    ]
    _accounted(chat)


LINE_END_CASES = [
    "whatsapp/android_en_gb.txt",
    "signal/chat.md",
    "signal/old_layout.txt",
    "imessage/Sam Lee.txt",
    "table/messages.csv",
    "table/epoch.tsv",
    "table/dmy_semicolon.csv",
    "transcript/interview.srt",
    "transcript/script_timed.txt",
    "transcript/GMT20230512-150000_Recording.transcript.vtt",
    "discord/climbing-general.csv",
    "telegram/single_chat.json",
    "discord/climbing-general.json",
    "meta/e2ee_ana_zoe.json",
]


@pytest.mark.parametrize("relative", LINE_END_CASES)
def test_cr_lf_and_crlf_line_ends_read_alike(relative, tmp_path):
    source = (
        ROOT / "sample_chats" / "android_en_gb.txt"
        if relative.startswith("whatsapp")
        else GOLDEN / relative
    )
    data = source.read_bytes().replace(b"\r\n", b"\n")
    read = []
    for end in (b"\n", b"\r\n", b"\r"):
        folder = tmp_path / end.hex()
        folder.mkdir()
        chat = analyzer.load_chat(
            _write(folder, source.name, data.replace(b"\n", end)), lenient=True
        )
        _accounted(chat)
        read.append((chat.messages.drop(columns="source_file"), chat.source.lines.to_dict()))
    assert read[0][1]["total"] > 1
    for other in read[1:]:
        pd.testing.assert_frame_equal(other[0], read[0][0])
        assert other[1] == read[0][1]


def test_an_old_mac_whatsapp_file_is_read_message_by_message(tmp_path):
    path = _write(tmp_path, "chat.txt", CHAT.replace("\n", "\r"))
    chat = analyzer.load_chat(path)
    assert (list(chat.messages["author"]), chat.source.warnings) == (["Sam", "Alex", "Sam"], [])
    _accounted(chat)


def test_dst_fall_back_keeps_the_order_of_the_instants(tmp_path):
    # Berlin leaves summer time at 03:00 CEST on 2021-10-31: the clock shows 02:00-03:00 twice
    question, answer = 1635640200, 1635642600  # 02:30 CEST, then 02:10 CET
    path = _write(
        tmp_path,
        "result.json",
        tg_json(
            {"date_unixtime": str(question), "from": "Sam", "text": "Are you up?"},
            {"date_unixtime": str(answer), "from": "Ana", "text": "Yes"},
        ),
    )
    chat = analyzer.load_chat(path, tz="Europe/Berlin")
    assert list(chat.messages["text"]) == ["Are you up?", "Yes"]
    assert [t.isoformat() for t in chat.messages["timestamp"]] == [
        "2021-10-31T02:30:00+02:00",
        "2021-10-31T02:10:00+01:00",
    ]
    assert chat.source.warnings == []
    meta = analyzer.load_chat(
        _write(tmp_path, "message_1.json", meta_json(question * 1000, answer * 1000)),
        tz="Europe/Berlin",
    )
    assert list(meta.messages["text"]) == ["a", "b"]


def test_dst_fall_back_order_holds_through_the_report(tmp_path):
    stamps = [1635640200, 1635642600, 1635643800]  # 02:30 CEST, 02:10 CET, 02:30 CET
    path = _write(
        tmp_path,
        "result.json",
        tg_json(
            *[
                {"date_unixtime": str(s), "from": who, "text": text}
                for s, who, text in zip(
                    stamps, ["Sam", "Ana", "Sam"], ["Up?", "Yes", "Good"], strict=True
                )
            ]
        ),
    )
    out = tmp_path / "r.json"
    result = run("report", path, "--option", "tz=Europe/Berlin", "-o", out)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["source"]["counts"]["by_participant"] == {"Sam": 2, "Ana": 1}
    assert report["period"]["start"] == "2021-10-31T02:30:00+02:00"
    assert report["period"]["end"] == "2021-10-31T02:30:00+01:00"
    assert report["source"]["warnings"] == []


def test_nfc_and_nfd_spellings_and_padding_are_one_person(tmp_path):
    path = _write(
        tmp_path,
        "chat.txt",
        "12/03/2021, 21:15 - Zoe\u0301 : hi\n"
        "12/03/2021, 21:16 - Zo\u00e9: yo\n"
        "12/03/2021, 21:17 -  Sam: ok\n",
    )
    chat = analyzer.load_chat(path)
    assert chat.participants == ["Zo\u00e9", "Sam"]
    assert list(chat.messages["author"].cat.categories) == ["Zo\u00e9", "Sam"]
    telegram = analyzer.load_chat(
        _write(
            tmp_path,
            "result.json",
            tg_json(
                {"date_unixtime": "1615583700", "from": "Zoe\u0301", "text": "hi"},
                {"date_unixtime": "1615583760", "from": " Zo\u00e9", "text": "yo"},
            ),
        )
    )
    assert telegram.participants == ["Zo\u00e9"]


def test_the_same_file_given_twice_is_read_once(chat):
    result = run("parse", chat, chat)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.splitlines()[-2:] == [
        "messages: 3 (0 system); lines: 3 = 3 headers + 0 system + 0 continuation + 0 skipped",
        f"warning: {chat}: given twice; read once",
    ]
    copy = chat.with_name("copy.txt")
    copy.write_bytes(chat.read_bytes())
    loaded = analyzer.load_chat([chat, copy])
    assert (len(loaded.messages), loaded.source.warnings) == (
        3,
        [f"{copy}: the same content as {chat}; read once"],
    )
    _accounted(loaded)


def _two_chats(tmp_path: Path) -> Path:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with Sam.txt", CHAT)
        archive.writestr(
            "WhatsApp Chat with Priya.txt",
            "14/03/2021, 21:15 - Priya: hi\n15/03/2021, 08:02 - Tom: Morning\n",
        )
    return path


def test_two_chats_in_one_zip_are_an_error_listing_them(tmp_path):
    path = _two_chats(tmp_path)
    assert one_error("parse", path) == (
        f"the inputs hold 2 different chats: {path}:WhatsApp Chat with Sam.txt (Alex, Sam); "
        f"{path}:WhatsApp Chat with Priya.txt (Priya, Tom); give one at a time, or pick one "
        "with --chat FILE or --chat PERSON"
    )
    assert one_error("parse", path, "--chat", "Ana") == (
        f"no single chat among the inputs matches --chat 'Ana'; the chats are: "
        f"{path}:WhatsApp Chat with Sam.txt (Alex, Sam); "
        f"{path}:WhatsApp Chat with Priya.txt (Priya, Tom)"
    )


@pytest.mark.parametrize(
    "pick", ["Priya", "WhatsApp Chat with Priya", "whatsapp chat with priya.txt"]
)
def test_chat_picks_one_of_several_chats(pick, tmp_path):
    path = _two_chats(tmp_path)
    chat = analyzer.load_chat(path, chat=pick)
    assert chat.participants == ["Priya", "Tom"]
    assert chat.source.warnings == [
        f"--chat {pick!r} picked {path}:WhatsApp Chat with Priya.txt; "
        f"not read: {path}:WhatsApp Chat with Sam.txt"
    ]
    assert chat.source.lines.to_dict() == {
        "total": 2,
        "header": 2,
        "continuation": 0,
        "system": 0,
        "skipped": {},
    }


def test_chat_matching_nothing_in_one_chat_is_refused(tmp_path):
    """Regression: with one chat in the input, --chat was ignored whatever it said."""
    path = _write(tmp_path, "WhatsApp Chat with Sam.txt", CHAT)
    assert one_error("parse", path, "--chat", "Priya") == (
        "--chat 'Priya' matches nothing in the input, which holds one chat (Sam: Alex, Sam); "
        "leave --chat out, or give a file name, the chat's name or one of its people"
    )


def test_chat_matching_nothing_in_one_telegram_html_chat_is_refused():
    html = ROOT / "tests" / "parsers" / "golden" / "telegram" / "html"
    assert one_error("parse", html, "--chat", "Book club") == (
        "--chat 'Book club' matches nothing in the input, which holds one chat (Climbing & Co: "
        "Ana, Sam Lee); leave --chat out, or give a file name, the chat's name or one of its "
        "people"
    )


@pytest.mark.parametrize(
    "pick",
    ["Alex", "sam", "WhatsApp Chat with Sam", "WhatsApp Chat with Sam.txt", "chats"],
    ids=["person", "chat-name", "file-stem", "file-name", "folder"],
)
def test_chat_naming_the_one_chat_is_read(pick, tmp_path):
    (tmp_path / "chats").mkdir()
    path = _write(tmp_path / "chats", "WhatsApp Chat with Sam.txt", CHAT)
    chat = analyzer.load_chat(path, chat=pick)
    assert (chat.participants, chat.source.warnings) == (["Sam", "Alex"], [])


def test_chat_by_id_of_a_single_telegram_chat_is_read():
    single = ROOT / "tests" / "parsers" / "golden" / "telegram" / "single_chat.json"
    chat_id = str(json.loads(single.read_text(encoding="utf-8"))["id"])
    assert analyzer.load_chat(single, chat=chat_id).source.chat_name == "Sam Lee"


def test_chats_sharing_you_are_still_two_chats(tmp_path):
    sam = _write(tmp_path, "sam.txt", "12/03/2021, 21:15 - Sam: hi\n13/03/2021, 08:02 - Me: yo\n")
    ana = _write(tmp_path, "ana.txt", "14/03/2021, 21:15 - Ana: hi\n15/03/2021, 08:02 - Me: yo\n")
    assert one_error("parse", sam, ana) == (
        f"the inputs hold 2 different chats: {sam} (Me, Sam); {ana} (Ana, Me); give one at a "
        "time, or pick one with --chat FILE or --chat PERSON"
    )
    assert analyzer.load_chat([sam, ana], chat="Ana").participants == ["Ana", "Me"]


def test_parts_of_one_chat_are_still_merged(tmp_path):
    one = _write(tmp_path, "a.txt", "12/03/2021, 21:15 - Sam: hi\n13/03/2021, 08:02 - Me: yo\n")
    two = _write(tmp_path, "b.txt", "14/03/2021, 21:15 - Sam: again\n")
    chat = analyzer.load_chat([one, two])
    assert (chat.participants, len(chat.messages)) == (["Sam", "Me"], 3)
    _accounted(chat)


def test_lenient_says_which_bad_headers_were_skipped_and_which_kept(tmp_path):
    path = _write(
        tmp_path,
        "chat.txt",
        "31/02/2021, 21:15 - Sam: lost\n"
        + "12/03/2021, 21:15 - Sam: hi\n31/02/2021, 21:16 - Sam: kept\n" * 60,
    )
    chat = analyzer.load_chat(path, lenient=True)
    assert chat.source.warnings == [
        "60 lines that look like message headers but have an impossible date or time in dmy "
        "order were kept as text of the message above (--lenient)",
        "1 line before the first message header (1 with an impossible date or time) was skipped "
        "(--lenient)",
    ]
    assert chat.source.lines.to_dict() == {
        "total": 121,
        "header": 60,
        "continuation": 60,
        "system": 0,
        "skipped": {"before the first message": 1},
    }


def _discord_stamps(*stamps: str) -> str:
    data = json.loads((GOLDEN / "discord" / "climbing-general.json").read_text(encoding="utf-8"))
    texts = [m for m in data["messages"] if m["type"] in ("Default", "Reply")][: len(stamps)]
    for m, stamp in zip(texts, stamps, strict=True):
        m["timestamp"] = stamp
    data["messages"] = texts
    return json.dumps(data)


def test_dst_fall_back_in_written_offsets_keeps_the_order_without_a_zone(tmp_path):
    # Discord writes each time with its offset; Berlin leaves summer time on 2021-10-31, so
    # 02:10+01:00 comes 40 minutes after 02:30+02:00. No tz= given: the offsets fit a zone, so
    # the times read as written and stay in the order of the instants.
    path = _write(
        tmp_path,
        "dm.json",
        _discord_stamps(
            "2021-10-31T02:30:00.000+02:00",
            "2021-10-31T02:10:00.000+01:00",
            "2021-10-31T02:20:00.000+01:00",
        ),
    )
    chat = analyzer.load_chat(path)
    assert [t.isoformat() for t in chat.messages["timestamp"]] == [
        "2021-10-31T02:30:00+02:00",
        "2021-10-31T02:10:00+01:00",
        "2021-10-31T02:20:00+01:00",
    ]
    assert chat.source.warnings == []
    table = analyzer.load_chat(
        _write(
            tmp_path,
            "chat.csv",
            "timestamp,author,text\n"
            "2021-10-31T02:30:00+02:00,Sam,Are you up?\n"
            "2021-10-31T02:10:00+01:00,Ana,Yes\n",
        )
    )
    assert list(table.messages["text"]) == ["Are you up?", "Yes"]
    assert table.source.warnings == []


def test_offsets_no_zone_explains_are_dropped_and_sorted_by_clock(tmp_path):
    # a traveller's export: +05:00 then -07:00 one minute later on the clock; no zone has both
    # at once, so the clock times as written decide the order (as before)
    path = _write(
        tmp_path,
        "dm.json",
        _discord_stamps("2021-10-31T10:00:00.000+05:00", "2021-10-31T10:01:00.000-07:00"),
    )
    chat = analyzer.load_chat(path)
    assert [str(t) for t in chat.messages["timestamp"]] == [
        "2021-10-31 10:00:00",
        "2021-10-31 10:01:00",
    ]
