"""Fixtures for the report tests: fake Analyses (see fake.py) and, once the pipeline works,
real ones of the sample chats."""

from __future__ import annotations

import pytest

from tests.report.fake import make_analysis


@pytest.fixture(scope="session")
def fake():
    """The default fake Analysis: two people, 400 messages over 10 weeks."""
    return make_analysis()


@pytest.fixture(scope="session")
def hostile():
    """A fake Analysis whose chat text holds markup, template syntax and spreadsheet formulas."""
    return make_analysis(hostile=True, participants=("<b>Ana</b>", "Ben {{x}}"))


@pytest.fixture
def factory():
    return make_analysis


@pytest.fixture(scope="session")
def page(fake):
    """The full HTML report of the default fake Analysis."""
    from analyzer.report.html import render_html

    return render_html(fake)


ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_chats" / "android_en_gb.txt"


@pytest.fixture(scope="session")
def real():
    """The real Analysis of the Android sample chat (the whole pipeline)."""
    import analyzer

    return analyzer.analyze(analyzer.load_chat(SAMPLE))


@pytest.fixture(scope="session")
def cli_run(tmp_path_factory):
    """``chat-balance report`` on the Android sample, in a subprocess with the network switched
    off (``unshare -n``, where the kernel allows it), writing HTML, PDF and JSON."""
    import shutil
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("cli")
    command = [
        sys.executable,
        "-m",
        "analyzer",
        "report",
        str(SAMPLE),
        "-o",
        str(out / "r.html"),
        "-o",
        str(out / "r.pdf"),
        "-o",
        str(out / "r.json"),
    ]
    unshare = shutil.which("unshare")
    isolated = (
        bool(unshare)
        and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0
    )
    if isolated:
        command = [unshare, "-rn", *command]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    return {
        "dir": out,
        "returncode": done.returncode,
        "stdout": done.stdout,
        "stderr": done.stderr,
        "isolated": isolated,
    }
