"""The settings table of the Method section names signs and measures in words, in every report
language: no meaning shows a sign id ("judged_criticized", "disappointment") or a column name
with an underscore."""

from __future__ import annotations

import re

import pytest

from analyzer.report import i18n
from analyzer.report.blocks import Table
from analyzer.report.view_method import _method
from analyzer.signs import SIGN_IDS
from analyzer.signs.rules import RULES

SIGNS = {sign for sign, _group in SIGN_IDS}
TITLES = {r.id: r.title for r in RULES}


def _meanings(analysis, code: str) -> dict[str, str]:
    """The settings table's meaning of each setting, as the report in ``code`` shows it."""
    with i18n.using(code):
        table = next(b for b in _method(analysis) if isinstance(b, Table) and b.cards)
    return {row.key: row.cells[1].text for row in table.rows}


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_no_meaning_shows_an_internal_name(fake, code):
    meanings = _meanings(fake, code)
    assert len(meanings) > 40
    shown = {
        key: sorted(
            {w for w in re.findall(r"[\w-]+", text) if w in SIGNS and "_" in w}
            | set(re.findall(r"\b[a-z]+_[a-z_]+\b", text))
        )
        for key, text in meanings.items()
    }
    assert {key: names for key, names in shown.items() if names} == {}


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_a_meaning_for_a_sign_starts_with_its_name(fake, code):
    """A meaning the settings write as "sign: ..." starts with that sign's name in the report's
    language, also for signs whose id is a word and a measure's name ("disappointment")."""
    from analyzer.settings import Settings, meanings

    settings = Settings()
    written = {
        f"{group}.{name}": text
        for group, obj in (("minimum", settings.minimum), ("thresholds", settings.thresholds))
        for name, text in meanings(type(obj)).items()
    }
    shown = _meanings(fake, code)
    checked = 0
    for key, text in written.items():
        head = re.match(r"^([a-z_]+(?:\s*/\s*[a-z_]+)*):", text)
        if not head or not all(s in SIGNS for s in re.split(r"\s*/\s*", head[1])):
            continue
        with i18n.using(code):
            names = [i18n._("“{title}”").format(title=i18n._(TITLES[s]))
                     for s in re.split(r"\s*/\s*", head[1])]
        assert shown[key].startswith(" / ".join(names)), (key, shown[key])
        checked += 1
    assert checked >= 10


def test_the_english_meaning_of_disappointment_names_the_sign(fake):
    meanings = _meanings(fake, "en")
    assert meanings["thresholds.disappointment_min"] == (
        "“Often let down”: disappointment markers from one person"
    )
    assert meanings["thresholds.unanswered_bid_share"].startswith(
        "“Often let down” / “Lonely while together”: "
    )
    assert meanings["thresholds.criticism_min"].startswith("“Unsure where you stand”: ")
