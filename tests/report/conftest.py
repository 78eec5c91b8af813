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
