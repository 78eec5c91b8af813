"""Formatting of values for the report: exact strings for each unit."""

from __future__ import annotations

import math

import pytest

from analyzer.report import findings, plainwords, view
from analyzer.report.blocks import Cell, Definitions, Note, Signs, Table


@pytest.mark.parametrize(
    ("measure", "value", "expected"),
    [
        pytest.param("word_share", 0.623, "62\u00a0%", id="share"),
        pytest.param("word_share", 0.004, "<1\u00a0%", id="tiny-share"),
        pytest.param("word_share", 0.0, "0\u00a0%", id="zero-share"),
        pytest.param("word_share", math.nan, "—", id="missing-share"),
        pytest.param("messages", 1234.0, "1,234", id="count"),
        pytest.param("responsiveness_received", 0.283, "28\u00a0%", id="share-by-name"),
        pytest.param("median_latency_s", 42.0, "42\u00a0s", id="seconds"),
        pytest.param("median_latency_s", 250.0, "4\u00a0min", id="minutes"),
        pytest.param("median_latency_s", 3900.0, "1\u00a0h 05\u00a0min", id="hours"),
        pytest.param("median_latency_s", 7200.0, "2\u00a0h", id="whole-hours"),
        pytest.param("median_latency_s", 3 * 86400.0, "3.0\u00a0days", id="days"),
        pytest.param("latency_ratio", 1.84, "1.8×", id="ratio"),
        pytest.param("balance_index", 0.7649, "0.76 (1 = even)", id="index"),
        pytest.param("mean_valence", -0.125, "−0.12", id="signed"),
        pytest.param("emotion_word_rate", 2.345, "2.3 per 100 words", id="rate"),
        pytest.param("feeling_rate", 3.41, "3.4 per 100 messages", id="rate-of-messages"),
        pytest.param("trend_messages", -0.0321, "−3.2\u00a0% a week", id="trend"),
        pytest.param("dominance_p_value", math.nan, "—", id="p-only"),
        pytest.param("a_new_measure", 7.0, "7", id="unknown-measure-as-count"),
    ],
)
def test_fmt_value(measure, value, expected):
    assert view.fmt_value(measure, value) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            {"value": 0.5, "n": 1200, "ci_low": 0.45, "ci_high": 0.55, "p_value": math.nan},
            Cell("50\u00a0%", "n\u00a0=\u00a01,200; 45\u00a0% to 55\u00a0%"),
            id="with-interval",
        ),
        pytest.param(
            {
                "value": math.nan,
                "n": 0,
                "ci_low": math.nan,
                "ci_high": math.nan,
                "p_value": math.nan,
            },
            Cell("—", "n\u00a0=\u00a00"),
            id="missing",
        ),
        pytest.param(
            {"value": 0.5, "n": 9, "ci_low": math.nan, "ci_high": math.nan, "p_value": 0.0004},
            Cell("50\u00a0%", "n\u00a0=\u00a09; p < 0.001"),
            id="p",
        ),
        pytest.param(None, Cell("—", "not measured"), id="absent"),
    ],
)
def test_cell(row, expected):
    assert view.cell("word_share", row) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("R", "robust indicator"),
        ("M", "moderate indicator"),
        ("W", "weak proxy"),
        ("W-M", "weak to moderate"),
        ("M–W", "moderate to weak"),
    ],
)
def test_strength_label(code, expected):
    assert view.strength_label(code) == expected


def test_truncate_keeps_short_text_and_cuts_long_text():
    assert view.truncate("a  b\nc") == "a b c"
    assert view.truncate("x" * 300, 10) == "x" * 9 + "…"


def test_every_section_in_order(fake):
    built = view.build(fake)
    assert [s.id for s in built.sections] == [
        "glance",
        "balance",
        "depth",
        "one_sidedness",
        "trend",
        "signs",
        "method",
    ]


def test_every_catalogue_definition_in_method(fake):
    from analyzer.metrics import CATALOGUE
    from analyzer.report import signcards

    method = view.build(fake).sections[-1]
    defined = {
        d.code: d.text for b in method.blocks if isinstance(b, Definitions) for d in b.items
    }
    assert defined == {s.name: signcards.plain_setting(s.definition) for s in CATALOGUE}
    assert defined["balance_index"] == (
        "Two people: 1 - |2*share of words - 1|; groups: 1 - normalised Gini of word shares. "
        "1 = equal."
    )


def test_every_sign_gets_a_card(fake):
    signs = view.build(fake).sections[5]
    cards = [c.id for b in signs.blocks if isinstance(b, Signs) for c in b.items]
    assert cards == [s.id for s in fake.signs]


def test_stands_out_names_the_larger_word_share(factory):
    result = factory(seed=5)
    vals = view._Values(result.measures.values)
    a, b = result.participants
    top = a if vals.value("word_share", a) > vals.value("word_share", b) else b
    found = {f.measure: f for f in findings.stands_out(result)}["word_share"]
    assert (found.person, found.value) == (top, vals.value("word_share", top))
    other = b if top == a else a
    share = vals.value("word_share", top)
    assert found.lead == f"{top} writes more of the words: {plainwords.amount(share)}."
    assert found.detail.startswith(
        f"{top} {view.fmt_share(share)}, {other} "
        f"{view.fmt_share(vals.value('word_share', other))} of "
    )


def test_stands_out_ranks_by_effect_then_strength(fake):
    got = [(f.measure, round(f.weight, 2)) for f in findings.stands_out(fake)]
    # the fake chat: Ben holds 80 % of every split (effect 0.6 / 0.3 = 2.0 lines); Ben's median
    # reply takes 55 min against Ana's 36 (weak); messages rise 8.2 % a week, but with p = 0.18
    # that is no trend, so it is not ranked
    assert got == [
        ("word_share", 1.97),
        ("initiation_share", 1.97),
        ("median_latency_s", 1.84),
        ("question_share", 1.48),
        ("disclosure_share", 1.48),
        ("deep_session_share", 0.79),
    ]


def test_too_few_feelings_are_not_weighed_as_a_split(fake):
    """Three feeling statements in all: below the five the signs need, the split is named in the
    closing "too little data" finding instead of ranked."""
    a, b = fake.participants
    result = _with_values(
        fake, {("disclosure_share", a): (1 / 3, 3), ("disclosure_share", b): (2 / 3, 3)}
    )
    found = findings.stands_out(result)
    assert "disclosure_share" not in [f.measure for f in found]
    assert found[-1].lead == "Too few feelings were shared yet to weigh everything here."
    assert found[-1].detail.startswith(
        "Too little data to rank: the feeling statements in all (n\u00a0=\u00a03)"
    )


def test_lexicon_off_is_explained(factory):
    result = factory(lexicon_applied=False, language="nl")
    built = view.build(result)
    depth = built.sections[2]
    notes = [b.text for b in depth.blocks if isinstance(b, Note)]
    assert notes == [
        "Feelings, depth, support, criticism and questions about the other need the emotion "
        "reading, which this chat's language (Dutch) does not have yet: those measures show as "
        "“—”, and the signs that rest on them are not judged (“not enough to judge”). Words, "
        "questions marked with “?”, reply times and who starts the conversations are read in any "
        "language."
    ]


def found_low(result, person):
    return view._Values(result.measures.values).row("word_share", person)["ci_low"]


def found_high(result, person):
    return view._Values(result.measures.values).row("word_share", person)["ci_high"]


def _with_values(result, changes):
    """``result`` with some (measure, participant) -> (value, n) rows replaced."""
    from dataclasses import replace

    values = result.measures.values.copy()
    for (measure, person), (value, n) in changes.items():
        hit = (values["measure"] == measure) & (values["participant"] == person)
        values.loc[hit, ["value", "n"]] = [value, n]
    return replace(result, measures=replace(result.measures, values=values))


def test_stands_out_even_split(fake):
    a, b = fake.participants
    result = _with_values(fake, {("word_share", a): (0.505, 900), ("word_share", b): (0.495, 900)})
    found = findings._split(result, findings._rows(result), findings.SPLITS[0])
    assert (found.lead, found.detail) == (
        "The words are shared about evenly.",
        f"{a} 50\u00a0%, {b} 50\u00a0% of 900 words; likely {view.fmt_share(found_low(result, a))}"
        f" to {view.fmt_share(found_high(result, a))} for {a}; one-sided from 65\u00a0%.",
    )
    assert found.effect == pytest.approx(0.01 / 0.3)


@pytest.mark.parametrize(
    ("n", "stated", "thin"),
    [
        pytest.param(12, "Ben 75\u00a0% of 12 feeling statements", [], id="enough"),
        pytest.param(
            4, "", ["Ben's feeling statements (n\u00a0=\u00a04)"], id="below-minimum"
        ),
    ],
)
def test_stands_out_responsiveness_respects_the_one_minimum(fake, n, stated, thin):
    result = _with_values(fake, {("responsiveness_received", "Ben"): (0.75, n)})
    found, too_few = findings._caring(result, findings._rows(result))
    assert too_few == thin
    assert (stated in found.text) if stated else ("Ben" not in found.text)


def test_stands_out_says_what_is_too_thin_to_rank(fake):
    result = _with_values(fake, {("responsiveness_received", "Ben"): (0.75, 4)})
    assert findings.stands_out(result)[-1].detail == (
        "Too little data to rank: Ben's feeling statements (n\u00a0=\u00a04), fewer than 5 "
        "each; shown in the tables, but not weighed."
    )


@pytest.mark.parametrize(
    ("measure", "value", "expected"),
    [
        pytest.param("affection", 0.97, "0.97", id="ratio-of-a-count"),
        pytest.param("affection", 38.0, "38", id="whole-count"),
        pytest.param("word_share", 0.61, "61\u00a0%", id="share"),
        pytest.param("dominance_p_value", 0.0312, "0.031", id="p-value"),
    ],
)
def test_fmt_evidence(measure, value, expected):
    assert view.fmt_evidence(measure, value) == expected


def test_every_threshold_and_minimum_has_a_meaning(fake):
    from dataclasses import fields

    method = view.build(fake).sections[-1]
    table = next(b for b in method.blocks if isinstance(b, Table))
    meanings = {r.key: r.cells[1].text for r in table.rows}
    expected = (
        {"session_gap"}
        | {f"minimum.{f.name}" for f in fields(fake.settings.minimum)}
        | {f"thresholds.{f.name}" for f in fields(fake.settings.thresholds)}
    )
    assert set(meanings) == expected
    assert [k for k, text in meanings.items() if not text] == []


def _settings_rows(fake, code):
    from analyzer.report import i18n

    with i18n.using(code):
        method = view.build(fake).sections[-1]
    table = next(b for b in method.blocks if isinstance(b, Table))
    return {r.key: r for r in table.rows}


def test_every_listed_setting_has_a_name():
    """Each setting the Method section lists has its name in words beside its field."""
    from dataclasses import fields

    from analyzer.settings import MinimumData, Settings, Thresholds, names

    for cls in (MinimumData, Thresholds):
        assert sorted(names(cls)) == sorted(f.name for f in fields(cls)), cls.__name__
    assert "session_gap" in names(Settings)


@pytest.mark.parametrize("code", ["en", "pt", "es", "de", "fr", "it", "hi"])
def test_settings_are_named_in_words_with_their_key_below(fake, code):
    """The settings table names each setting in the report's language, never by its field name
    (no underscore, not the field name with spaces), each name once, and gives the key a user
    sets as the row's code; in a translated report no name is left in English."""
    from dataclasses import fields

    from analyzer.report import i18n
    from analyzer.settings import MinimumData, Settings, Thresholds, names

    assert code in i18n.LANGUAGES
    rows = _settings_rows(fake, code)
    english = {"session_gap": names(Settings)["session_gap"]}
    for group, cls in (("minimum", MinimumData), ("thresholds", Thresholds)):
        english |= {f"{group}.{f.name}": names(cls)[f.name] for f in fields(cls)}
    assert set(rows) == set(english)
    for key, row in rows.items():
        field_name = key.rsplit(".", 1)[-1]
        assert "_" not in row.label, (key, row.label)
        assert row.label.casefold() != field_name.replace("_", " ").casefold(), key
        assert row.code == key
    labels = [r.label for r in rows.values()]
    assert len(set(labels)) == len(labels)
    if code == "en":
        assert {k: r.label for k, r in rows.items()} == english
    else:
        assert [k for k, r in rows.items() if r.label == english[k]] == []


def test_settings_table_shows_the_key_under_the_name(fake):
    """In the HTML the row's heading is the name, with the key in code style under it."""
    from analyzer.report.html import render_html

    page = render_html(fake, figures={}, report_language="de")
    assert (
        '<tr data-key="thresholds.one_sided_share"><th scope="row">'
        'Einseitiges Reden: Anteil der Wörter<code class="key">'
        "thresholds.<wbr>one_<wbr>sided_<wbr>share</code></th>"
    ) in page
    assert '<th scope="row">Gesprächspause<code class="key">session_<wbr>gap</code></th>' in page
    # on a phone the settings are cards, like the tables of more than three columns
    caption = "<caption>Schwellen und Mindestdaten"
    assert page.count('<table class="wide">' + caption) == 1


def test_every_kind_of_block_is_drawn_by_both_writers(fake):
    """Each kind of block (analyzer.report.blocks) has its branch in the HTML template and in
    the PDF writer, and the sample report's view uses only those kinds."""
    import inspect
    import re
    from importlib import resources

    from analyzer.report import blocks
    from analyzer.report.pdf_writer import _Writer

    kinds = {
        c.kind
        for c in vars(blocks).values()
        if isinstance(c, type) and issubclass(c, blocks.Block) and c is not blocks.Block
    }
    assert len(kinds) == 12
    template = resources.files("analyzer.report").joinpath("templates/report.html.j2")
    assert set(re.findall(r'b\.kind == "(\w+)"', template.read_text("utf-8"))) == kinds
    assert set(re.findall(r'kind == "(\w+)"', inspect.getsource(_Writer.block))) == kinds
    used = {b.kind for s in view.build(fake).sections for b in s.blocks}
    assert used <= kinds and {"para", "table", "signs", "signgrid", "figure"} <= used
