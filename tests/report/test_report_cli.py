"""``chat-balance report``: outputs, default name, flags, user errors, no network."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import app, default_report_name
from tests.report.conftest import ROOT, SAMPLE
from tests.report.helpers import pdf_text

pytestmark = pytest.mark.slow  # the command on real chats, in and out of a subprocess

runner = CliRunner()
SHORT = ROOT / "sample_chats" / "scenarios" / "too_short.txt"
IOS = ROOT / "sample_chats" / "ios_en_us.txt"


def test_runs_without_network(cli_run):
    assert cli_run["isolated"] is True  # unshare -rn works on this machine and in CI
    assert (cli_run["returncode"], cli_run["stderr"]) == (0, "")


def test_says_where_it_wrote(cli_run):
    d = cli_run["dir"]
    assert cli_run["stdout"].splitlines() == [
        f"wrote {d / 'r.html'}",
        f"wrote {d / 'r.pdf'}",
        f"wrote {d / 'r.json'}",
    ]


def test_json_output_is_the_analysis(cli_run, real):
    from analyzer.report import i18n
    from analyzer.report.json import dumps

    with i18n.for_chat("auto", real.measures.language):  # the command line's default
        expected = dumps(real)
    assert (cli_run["dir"] / "r.json").read_text("utf-8") == expected
    assert '"report_language": {\n    "code": "en",\n    "chosen": "chat"\n  }' in expected


def test_html_output_names_the_participants(cli_run):
    page = (cli_run["dir"] / "r.html").read_text("utf-8")
    assert "<strong>Priya</strong>" in page and "<strong>Tom</strong>" in page


def test_pdf_output_has_the_sections(cli_run):
    from analyzer.report.view import SECTION_TITLES

    text = pdf_text(cli_run["dir"] / "r.pdf")
    assert [t for t in SECTION_TITLES.values() if t not in text] == []


def test_its_own_process_writes_the_same_bytes_and_a_callers_objects_stay_collectable(
    cli_run, tmp_path
):
    """`chat-balance` as its own process keeps what it made out of the collector's full passes
    (gc.freeze); run inside a caller's process it leaves the caller's objects alone. The three
    files are byte for byte the same either way."""
    import gc

    names = ("r.html", "r.pdf", "r.json")
    frozen = gc.get_freeze_count()
    result = runner.invoke(
        app, ["report", str(SAMPLE), *[a for n in names for a in ("-o", str(tmp_path / n))], "-q"]
    )
    assert result.exit_code == 0, result.output
    same = [(tmp_path / n).read_bytes() == (cli_run["dir"] / n).read_bytes() for n in names]
    assert (same, gc.get_freeze_count()) == ([True, True, True], frozen)


def test_default_output_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(SHORT), "--no-quotes"])
    assert (result.exit_code, result.stdout) == (0, "wrote too_short.report.html\n")
    page = (tmp_path / "too_short.report.html").read_text("utf-8")
    assert 'class="example"' not in page


def test_quiet_prints_nothing(tmp_path):
    result = runner.invoke(app, ["report", str(SHORT), "-o", str(tmp_path / "q.json"), "--quiet"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert json.loads((tmp_path / "q.json").read_text("utf-8"))["participants"] == ["Gemma", "Raj"]


@pytest.fixture(scope="module")
def anonymized(tmp_path_factory):
    out = tmp_path_factory.mktemp("anon")
    result = runner.invoke(
        app,
        [
            "report",
            str(IOS),
            "--anonymize",
            "-o",
            str(out / "a.json"),
            "-o",
            str(out / "a.html"),
            "-o",
            str(out / "a.pdf"),
        ],
    )
    assert result.exit_code == 0, result.output
    return {
        "json": (out / "a.json").read_text("utf-8"),
        "html": (out / "a.html").read_text("utf-8"),
        "pdf": pdf_text(out / "a.pdf"),
    }


@pytest.mark.parametrize("kind", ["json", "html", "pdf"])
def test_anonymize_hides_names_everywhere(anonymized, kind):
    text = anonymized[kind]
    assert [n for n in ("Maddie", "Luis", "maddie", "luis") if n in text] == []
    assert "Person A" in text and "Person B" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["missing.txt"], "missing.txt", id="missing-file"),
        pytest.param(
            [str(SAMPLE), "-o", "r.txt"],
            "cannot write r.txt: the report is written to .html, .pdf or .json",
            id="unknown-output-suffix",
        ),
        pytest.param(
            [str(SAMPLE), "-o", "no/such/folder/r.pdf"],
            "cannot write no/such/folder/r.pdf: folder no/such/folder does not exist",
            id="missing-output-folder",
        ),
        pytest.param(
            [str(SAMPLE), "--session-gap", "soon"],
            "cannot read duration 'soon': use e.g. 2h, 90m or 1h30m",
            id="bad-gap",
        ),
        pytest.param(
            [str(SAMPLE), "--since", "yesterday-ish"],
            "cannot read --since 'yesterday-ish': use YYYY-MM-DD",
            id="bad-date",
        ),
        pytest.param(
            [str(SAMPLE), "--pair", "Priya", "Zed"],
            "--pair names ['Zed'] not in this chat; participants are: Tom, Priya",
            id="pair-not-in-chat",
        ),
    ],
)
def test_user_errors_exit_2_with_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", *args])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 1 and lines[0].startswith("chat-balance: error: ") and message in lines[0]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("chat_name", "file", "expected"),
    [
        pytest.param("Jo", "x.zip", "Jo.report.html", id="chat-name"),
        pytest.param(
            "", "sample_chats/android_en_gb.txt", "android_en_gb.report.html", id="file-stem"
        ),
        pytest.param("a/b:c*d", "x.txt", "a_b_c_d.report.html", id="unsafe-characters"),
        pytest.param("..", "x.txt", "chat.report.html", id="dots-only"),
    ],
)
def test_default_report_name(chat_name, file, expected):
    from pathlib import Path

    assert default_report_name(chat_name, Path(file)) == Path(expected)


def test_html_and_pdf_are_the_same_with_or_without_the_forked_pdf(tmp_path, monkeypatch):
    """Forked, the PDF takes the PNGs this process drew after each SVG; unforked, it draws them
    after the HTML: the same bytes either way."""
    import analyzer.cli

    pages, pdfs = [], []
    for fork in (True, False):
        monkeypatch.setattr(analyzer.cli, "_can_fork", lambda fork=fork: fork)
        out = tmp_path / str(fork)
        out.mkdir()
        result = runner.invoke(
            app, ["report", str(SHORT), "-o", str(out / "r.html"), "-o", str(out / "r.pdf"), "-q"]
        )
        assert result.exit_code == 0, result.output
        assert (out / "r.pdf").read_bytes()[:5] == b"%PDF-"
        pages.append((out / "r.html").read_text(encoding="utf-8"))
        pdfs.append((out / "r.pdf").read_bytes())
    assert (pages[0] == pages[1], pdfs[0] == pdfs[1]) == (True, True)


def test_a_failing_forked_pdf_is_one_line_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    import tempfile

    import analyzer.cli
    import analyzer.report.pdf
    from analyzer.errors import AnalyzerError

    def fail(*_args, **_kwargs):
        raise AnalyzerError("cannot write r.pdf: disk full")

    monkeypatch.setattr(analyzer.cli, "_can_fork", lambda: True)
    monkeypatch.setattr(analyzer.report.pdf, "write_pdf", fail)  # the forked child inherits it
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = runner.invoke(
        app,
        ["report", str(SHORT), "-o", str(tmp_path / "r.html"), "-o", str(tmp_path / "r.pdf"), "-q"],
    )
    assert (result.exit_code, result.output.strip().splitlines()[-1], list(scratch.iterdir())) == (
        2,
        "chat-balance: error: cannot write r.pdf: disk full",
        [],
    )
