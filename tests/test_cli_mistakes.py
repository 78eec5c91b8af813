"""A user's mistakes get exit code 2 and one line; the command and the Python objects introduce
themselves briefly (issue 10: first contact)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import analyzer
from analyzer.cli import _can_fork, _in_child, app, default_report_name
from analyzer.export import write_messages
from analyzer.signs import SIGN_IDS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"  # Tom and Priya, 2024-01-08 to 2024-03-17
runner = CliRunner()

# Seven messages over two days; the last header's date (31/02) is impossible: an error, unless
# --lenient asks the parser to keep that line as text of the message above and say so.
WARNED_CHAT = (
    "".join(
        f"{day:02d}/03/2024, {hour:02d}:00 - {who}: message {i}\n"
        for i, (day, hour, who) in enumerate(
            [
                (1, 9, "Ana"),
                (1, 10, "Ben"),
                (1, 11, "Ana"),
                (2, 9, "Ben"),
                (2, 10, "Ana"),
                (2, 11, "Ben"),
            ]
        )
    )
    + "31/02/2024, 12:00 - Ana: not a real date\n"
)


def one_error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (2, 1), result.output
    assert lines[0].startswith("chat-balance: error: ")
    return lines[0]


@pytest.fixture
def warned_chat(tmp_path: Path) -> Path:
    path = tmp_path / "warned.txt"
    path.write_text(WARNED_CHAT, encoding="utf-8")
    return path


# --- mistakes: exit 2, one line, nothing written ----------------------------------------------


def test_pair_of_one_person_twice_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = one_error_line(runner.invoke(app, ["report", str(SAMPLE), "--pair", "Tom", "Tom"]))
    assert line == (
        "chat-balance: error: --pair needs two different people, got 'Tom' twice; "
        "participants are: Tom, Priya"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--since", "2030-01-01"],
            "no messages with --since 2030-01-01",
            id="since-after-the-end",
        ),
        pytest.param(
            ["--until", "2001-01-01"],
            "no messages with --until 2001-01-01",
            id="until-before-the-start",
        ),
        pytest.param(
            ["--since", "2024-03-01", "--until", "2024-02-01"],
            "--since 2024-03-01 is after --until 2024-02-01",
            id="since-after-until",
        ),
    ],
)
def test_empty_selection_names_the_chats_dates(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = one_error_line(runner.invoke(app, ["report", str(SAMPLE), *args]))
    assert line == f"chat-balance: error: {message}; the chat runs from 2024-01-08 to 2024-03-17"
    assert list(tmp_path.iterdir()) == []


def test_since_and_until_inside_the_chat_still_work():
    chat = analyzer.load_chat(SAMPLE)
    days = analyzer.analyze(chat, since="2024-03-17", until="2024-03-17").messages["timestamp"]
    assert (str(days.min().date()), str(days.max().date())) == ("2024-03-17", "2024-03-17")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        pytest.param(
            "--since", "03/02/2024",
            "--since '03/02/2024' is ambiguous (3 February or 2 March); write the date as "
            "YYYY-MM-DD, e.g. 2024-02-03 for 3 February",
            id="since-slashed",
        ),
        pytest.param(
            "--until", "03.02.24",
            "--until '03.02.24' is ambiguous (3 February or 2 March); write the date as "
            "YYYY-MM-DD, e.g. 2024-02-03 for 3 February",
            id="until-dotted",
        ),
        pytest.param(
            "--compare", "03/02/2024",
            "--compare '03/02/2024' is ambiguous (3 February or 2 March); write the date as "
            "YYYY-MM-DD, e.g. 2024-02-03 for 3 February",
            id="compare-slashed",
        ),
    ],
)  # fmt: skip
def test_an_ambiguous_day_is_refused_before_reading(option, value, message, tmp_path):
    """Regression: 03/02/2024 was read as 2 March while 15/02/2024 was 15 February."""
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["report", str(SAMPLE), option, value, "-o", str(out)])
    line = one_error_line(result)
    assert line == f"chat-balance: error: {message}"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("since", ["2024-03-15", "15/03/2024", "15.03.24", "03/15/2024"])
def test_a_day_only_one_order_can_read_is_that_day(since):
    days = analyzer.analyze(analyzer.load_chat(SAMPLE), since=since).messages["timestamp"]
    assert str(days.min().date()) == "2024-03-15"


def test_an_ambiguous_day_is_refused_in_python_too():
    with pytest.raises(analyzer.AnalyzerError, match="'03/02/2024' is ambiguous"):
        analyzer.analyze(analyzer.load_chat(SAMPLE), until="03/02/2024")


# --- parse warnings reach the terminal and the top of the report --------------------------------

LOSS = (
    "1 line that looks like a message header but has an impossible date or time in dmy order "
    "was kept as text of the message above (--lenient)"
)


@pytest.mark.parametrize("command", ["parse", "report"])
def test_an_impossible_date_stops_parse_and_report_with_one_line(command, warned_chat, tmp_path):
    out = tmp_path / ("r.csv" if command == "parse" else "r.json")  # names are checked first
    result = runner.invoke(app, [command, str(warned_chat), "-o", str(out)])
    assert one_error_line(result) == (
        f"chat-balance: error: {warned_chat}: line 7 looks like a message header but its date or "
        "time is impossible in dmy order: '31/02/2024, 12:00 - Ana: not a real date'; check the "
        "line, or pass --lenient to keep such lines as text of the message above"
    )
    assert not out.exists()


@pytest.mark.parametrize("command", ["parse", "report"])
def test_lenient_prints_the_loss_to_stderr_in_parse_and_report(command, warned_chat, tmp_path):
    out = tmp_path / ("m.csv" if command == "parse" else "r.json")
    result = runner.invoke(app, [command, str(warned_chat), "-o", str(out), "--lenient"])
    assert (result.exit_code, result.stderr.splitlines()) == (0, [f"chat-balance: warning: {LOSS}"])


def test_quiet_report_prints_no_warning(warned_chat, tmp_path):
    result = runner.invoke(
        app, ["report", str(warned_chat), "-o", str(tmp_path / "r.json"), "-q", "--lenient"]
    )
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "")


def test_report_shows_parse_warnings_first(warned_chat, tmp_path):
    out = tmp_path / "r.html"
    runner.invoke(app, ["report", str(warned_chat), "-o", str(out), "-q", "--lenient"])
    page = out.read_text(encoding="utf-8")
    glance = page[page.index('<section class="section" id="glance">') :]
    warning = glance.index("Warnings from reading the chat")
    assert warning < glance.index('<ul class="people">')
    assert LOSS in glance[warning : glance.index('<ul class="people">')]


# --- an anonymised report's default name holds no name -------------------------------------------


@pytest.mark.slow
def test_anonymized_default_name_is_chat_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    chat = tmp_path / "WhatsApp Chat with Priya.txt"
    chat.write_bytes(SAMPLE.read_bytes())
    result = runner.invoke(app, ["report", str(chat), "--anonymize", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "WhatsApp Chat with Priya.txt",
        "chat.report.html",
    ]


@pytest.mark.parametrize(
    ("chat_name", "file"),
    [
        pytest.param("Priya", "x.zip", id="chat-name"),
        pytest.param("", "Priya and Tom.txt", id="file-stem"),
    ],
)
def test_default_report_name_under_anonymize(chat_name, file):
    assert default_report_name(chat_name, Path(file), anonymize=True) == Path("chat.report.html")


# --- --version and clean help ---------------------------------------------------------------------


def test_version():
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"chat-balance {analyzer.__version__}\n")


@pytest.mark.parametrize("command", ["report", "parse"])
def test_help_shows_no_python_types(command):
    text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"}).stdout
    assert [
        t
        for t in ("<bool>", "<str>", "<list[Path]>", "<list[str]>", "<str,str>")
        if t in text.split("Options:")[1]
    ] == []


def test_report_help_names_its_values():
    text = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "100"}).stdout
    flags = [line.split()[0:3] for line in text.splitlines() if line.startswith("  -")]
    assert ["--anonymize", "Replace", "names"] in flags
    assert ["--since", "DATE", "First"] in flags
    assert ["--pair", "NAME", "NAME"] in flags


# --- short reprs and a table of the signs ---------------------------------------------------------


@pytest.fixture(scope="module")
def sample_analysis():
    return analyzer.analyze(analyzer.load_chat(SAMPLE))


def test_chat_repr_is_one_short_line():
    assert repr(analyzer.load_chat(SAMPLE)) == (
        "Chat(whatsapp android-24h dmy: Tom, Priya; 2024-01-08 to 2024-03-17; "
        "538 messages, 2 of them system notices)"
    )


def test_analysis_repr_is_one_short_line(sample_analysis):
    frame = sample_analysis.signs_frame()
    counts = frame["status"].value_counts()
    assert repr(sample_analysis) == (
        f"Analysis(Tom, Priya; 2024-01-08 to 2024-03-17; 538 messages in "
        f"{len(sample_analysis.sessions)} sessions; signs: {counts['observed']} observed, "
        f"{counts['not_observed']} not observed, {counts['insufficient_data']} insufficient data)"
    )


def test_signs_frame_is_one_row_per_sign(sample_analysis):
    frame = sample_analysis.signs_frame()
    assert list(frame.columns) == [
        "sign",
        "group",
        "title",
        "status",
        "score",
        "who",
        "strength",
        "summary",
        "caveat",
        "examples",
    ]
    assert list(frame["sign"]) == [sign_id for sign_id, _group in SIGN_IDS]
    assert list(frame["status"]) == [s.status for s in sample_analysis.signs]
    assert list(frame["status"].cat.categories) == ["observed", "not_observed", "insufficient_data"]


def test_signs_frame_with_evidence_is_one_row_per_number(sample_analysis):
    frame = sample_analysis.signs_frame(evidence=True)
    expected = [
        (s.id, e.measure, e.participant, e.n) for s in sample_analysis.signs for e in s.evidence
    ]
    assert (
        list(zip(frame["sign"], frame["measure"], frame["participant"], frame["n"], strict=True))
        == expected
    )


# --- CSV: the quote goes only where a spreadsheet would run a formula -------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        pytest.param("=1+2", "'=1+2", id="equals"),
        pytest.param("+44 7700 900123", "'+44 7700 900123", id="plus"),
        pytest.param("-5 degrees", "'-5 degrees", id="minus"),
        pytest.param("@Ben hi", "'@Ben hi", id="at"),
        pytest.param("\tindented", "'\tindented", id="tab"),
        pytest.param("\rreturn", "'\rreturn", id="carriage-return"),
        pytest.param("Ben", "Ben", id="plain"),
        pytest.param("a = b + c", "a = b + c", id="formula-signs-inside"),
        pytest.param("O'Neil", "O'Neil", id="quote-inside"),
        pytest.param(" =not first", " =not first", id="space-first"),
    ],
)
def test_csv_quotes_only_formula_cells(cell, written, tmp_path):
    messages = pd.DataFrame(
        {
            "timestamp": [pd.Timestamp("2024-01-01 10:00")],
            "author": [cell],
            "text": [cell],
            "source_file": [cell],
            "kind": ["text"],
        }
    )
    path = tmp_path / "m.csv"
    write_messages(messages, path)
    with open(path, newline="", encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    assert (row["author"], row["text"], row["source_file"], row["kind"]) == (
        written,
        written,
        written,
        "text",
    )


# --- the PDF written in a forked process: its errors reach the command -------------------------


def _user_error() -> None:
    from analyzer.errors import AnalyzerError

    raise AnalyzerError("cannot write r.pdf: disk full")


def _bug() -> None:
    raise ValueError("a bug")


@pytest.mark.skipif(not _can_fork(), reason="the PDF is forked only on Linux with 2+ CPUs")
def test_forked_writer_passes_a_user_error_back():
    from analyzer.errors import AnalyzerError

    with pytest.raises(AnalyzerError, match=r"^cannot write r.pdf: disk full$"):
        _in_child(_user_error)()


@pytest.mark.skipif(not _can_fork(), reason="the PDF is forked only on Linux with 2+ CPUs")
def test_forked_writer_passes_a_bug_back_with_its_traceback():
    with pytest.raises(
        RuntimeError, match=r"(?s)writing the PDF failed \(exit 1\).*ValueError: a bug"
    ):
        _in_child(_bug)()


def _interrupted() -> None:
    raise KeyboardInterrupt


@pytest.mark.skipif(not _can_fork(), reason="the PDF is forked only on Linux with 2+ CPUs")
def test_forked_writer_passes_ctrl_c_back():
    with pytest.raises(KeyboardInterrupt):
        _in_child(_interrupted)()
