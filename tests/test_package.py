"""The package imports and its command answers --help without a traceback."""

import subprocess
import sys

import analyzer


def test_public_api_names():
    assert callable(analyzer.load_chat)
    assert callable(analyzer.analyze)


def test_cli_help_exits_zero():
    done = subprocess.run(
        [sys.executable, "-m", "analyzer", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "parse" in done.stdout and "formats" in done.stdout


def test_missing_file_is_exit_2_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "analyzer", "parse", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "no such file" in done.stderr


def test_cli_chat_option_picks_one_telegram_chat(tmp_path):
    export = "tests/parsers/golden/telegram/account_export.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "analyzer",
            "parse",
            export,
            "--chat",
            "777",
            "-o",
            str(tmp_path / "m.csv"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (
        "participants: 1\n  Lou: 1 message\n" in done.stdout and "wrote 3 messages" in done.stdout
    )


def test_cli_option_needs_key_value():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "analyzer",
            "parse",
            "sample_chats/android_en_gb.txt",
            "--option",
            "tz",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    expected = "cannot read --option 'tz': write KEY=VALUE, e.g. tz=Europe/Berlin"
    assert done.stderr == f"chat-balance: error: {expected}\n"


def test_cli_nlp_processes_must_be_auto_or_a_number():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "analyzer",
            "report",
            "sample_chats/android_en_gb.txt",
            "--nlp-processes",
            "two",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "chat-balance: error: cannot read --nlp-processes 'two': use auto or a whole number such a"
        "s 1 or 2\n"
    )
