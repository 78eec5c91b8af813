"""System tools some tests need besides pip packages: Chromium (browser tests) and poppler-utils
(``pdftotext``/``pdftoppm``, PDF tests).

Where a tool is missing the test is skipped with the reason and how to install it. CI sets
``CHAT_BALANCE_REQUIRE_TOOLS=1`` (see ``.ci/run``): then a missing tool fails the test instead, so
CI proves these tests rather than skipping them.
"""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE_VARIABLE = "CHAT_BALANCE_REQUIRE_TOOLS"

#: tool (looked up on PATH) -> what provides it
TOOLS = {
    "chromium": "Debian's chromium package (apt-get install chromium)",
    "pdftotext": "poppler-utils (apt-get install poppler-utils)",
    "pdftoppm": "poppler-utils (apt-get install poppler-utils)",
    "pdffonts": "poppler-utils (apt-get install poppler-utils)",
    "pdfinfo": "poppler-utils (apt-get install poppler-utils)",
}


def tools_required() -> bool:
    """True when a missing tool must fail the test (CI) rather than skip it."""
    return os.environ.get(REQUIRE_VARIABLE, "").strip() not in ("", "0", "false", "no")


def need(tool: str) -> str:
    """The path of ``tool``; skip the calling test when it is missing (fail under CI)."""
    found = shutil.which(tool)
    if found:
        return found
    reason = f"{tool} not found on PATH: install {TOOLS[tool]} to run this test"
    if tools_required():
        pytest.fail(f"{reason} ({REQUIRE_VARIABLE} is set)", pytrace=False)
    try:  # report the skip at the test, not here (what pytest does for skip marks)
        skip = pytest.skip.Exception(reason, _use_item_location=True)
    except TypeError:  # a pytest without that keyword
        skip = pytest.skip.Exception(reason)
    raise skip
