"""Print the gold-set precision/recall table at the end of the test run.

``tests/nlp/test_gold.py`` leaves the table on ``config.nlp_gold_table``.
"""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    text = getattr(config, "nlp_gold_table", None)
    if text:
        terminalreporter.write_sep("=", "NLP gold set: precision and recall per detector")
        terminalreporter.write_line(text)
