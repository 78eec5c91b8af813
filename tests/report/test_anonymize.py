"""--anonymize: labels everywhere, names and phone numbers out of the text."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analyzer.anonymize import labels_for, make_scrubber, person_label
from tests.report.fake import make_analysis

PEOPLE = ["Ana Lopez", "Ben", "+44 7700 900123", "Ana Smith"]


@pytest.mark.parametrize(
    ("i", "label"),
    [
        (0, "Person A"),
        (1, "Person B"),
        (25, "Person Z"),
        (26, "Person AA"),
        (27, "Person AB"),
        (701, "Person ZZ"),
        (702, "Person AAA"),
    ],
)
def test_person_label(i, label):
    assert person_label(i) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("BEN said hi", "Person B said hi", id="case-insensitive"),
        pytest.param("Ana Lopez and lopez", "Person A and Person A", id="full-name-and-surname"),
        pytest.param("ana and Ana", "[name] and [name]", id="shared-first-name"),
        pytest.param("Benjamin is not Ben", "Benjamin is not Person B", id="word-bounded"),
        pytest.param("@Ben hey", "@Person B hey", id="mention"),
        pytest.param("Smith's car", "Person D's car", id="possessive"),
        pytest.param("call +44 7700 900123 now", "call [phone] now", id="author-phone"),
        pytest.param("ring 07700 900456", "ring [phone]", id="national-phone"),
        pytest.param("(555) 123-4567", "[phone]", id="us-phone"),
        pytest.param("+1 555 0100", "[phone]", id="short-international"),
        pytest.param("meet 12.03.2024 10:30", "meet 12.03.2024 10:30", id="date-kept"),
        pytest.param(
            "order 12345 on 2024-03-12", "order 12345 on 2024-03-12", id="small-numbers-kept"
        ),
        pytest.param("", "", id="empty"),
    ],
)
def test_scrubber(text, expected):
    assert make_scrubber(labels_for(PEOPLE))(text) == expected


@pytest.fixture(scope="module")
def anon():
    return make_analysis(anonymize=True)


def test_participants_relabelled(anon):
    assert (anon.participants, anon.all_participants) == (
        ("Person A", "Person B"),
        ("Person A", "Person B"),
    )


def test_authors_mapped_one_to_one(fake, anon):
    before = (
        fake.messages["author"].astype("object").map({"Ana Lopez": "Person A", "Ben": "Person B"})
    )
    assert anon.messages["author"].astype("object").tolist() == before.tolist()


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("turns", "author"),
        ("sessions", "initiator"),
        ("replies", "author"),
        ("replies", "to_author"),
    ],
)
def test_structure_tables_mapped(anon, table, column):
    values = set(getattr(anon, table)[column].dropna().astype("object"))
    assert values <= {"Person A", "Person B"} and values


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("values", "participant"),
        ("weekly", "participant"),
        ("pairwise", "author"),
        ("disclosures", "author"),
        ("disclosures", "responder"),
    ],
)
def test_measure_tables_mapped(anon, table, column):
    values = set(getattr(anon.measures, table)[column].astype("object"))
    assert values - {""} == {"Person A", "Person B"}


def test_no_name_left_in_text(anon):
    text = " ".join(anon.messages["text"].astype("object"))
    assert "Ana" not in text and "7700" not in text


def test_every_name_of_every_person_leaves_the_text(tmp_path):
    """Four people, five name parts (a first name two people share, two surnames, a one-word
    name, a phone number as a name), each written in the messages: none is left."""
    import csv

    import analyzer

    rows = [("time", "author", "text")]
    lines = [
        "hi lopez, is ben coming?",
        "ask Smith, or Ana",
        "my number is +44 7700 900123",
        "BEN and ana lopez said yes",
        "smith's car or Ana Smith's?",
    ]
    for k in range(40):
        rows.append((f"2024-01-0{1 + k % 5} 1{k % 10}:00", PEOPLE[k % 4], lines[k % 5]))
    path = tmp_path / "chat.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    chat = analyzer.load_chat(path)
    before = " ".join(chat.messages["text"].astype("object"))
    parts = ["Ana", "Lopez", "Ben", "Smith", "7700", "900123"]
    pattern = {p: re.compile(rf"(?i)(?<!\w){p}(?!\w)") for p in parts}
    assert [p for p in parts if pattern[p].search(before)] == parts
    anon = analyzer.analyze(chat, anonymize=True)
    texts = anon.messages["text"].astype("object").tolist()
    assert [p for p in parts if pattern[p].search(" ".join(texts))] == []
    assert set(anon.all_participants) == {"Person A", "Person B", "Person C", "Person D"}
    # each message as the scrubber writes it: a name part two people share alone is [name]; the
    # labels go by first message, as in the pipeline
    order = pd.unique(chat.messages["author"].dropna().astype("object"))
    label = labels_for(list(order))
    lopez, ben, smith = label["Ana Lopez"], label["Ben"], label["Ana Smith"]
    assert set(texts) == {
        f"hi {lopez}, is {ben} coming?",
        f"ask {smith}, or [name]",
        "my number is [phone]",
        f"{ben} and {lopez} said yes",
        f"{smith}'s car or {smith}'s?",
    }


def test_signs_relabelled(anon):
    assert {s.who for s in anon.signs} == {None, "Person A"}
    assert all("Ana" not in s.summary and "Ben" not in s.summary for s in anon.signs)
    assert {x.author for s in anon.signs for x in s.examples} <= {"Person A", "Person B"}


def test_source_files_renamed(anon):
    assert (anon.source.files, anon.source.chat_name) == (["chat-1.txt"], "Chat")
    assert anon.messages["source_file"].astype("object").unique().tolist() == ["chat.txt"]


def test_settings_say_anonymized(anon):
    assert anon.settings.anonymize is True


def test_input_not_mutated(fake, anon):
    assert fake.participants == ("Ana Lopez", "Ben")
    assert "Ana Lopez" in set(fake.messages["author"].astype("object"))


def test_no_table_can_hold_a_name_not_even_a_new_one(monkeypatch):
    """Names are replaced before any stage runs: a column a later stage adds (here the turns
    table gains a copy of the author) holds labels, without anonymisation knowing of it."""
    from pathlib import Path

    import analyzer
    from analyzer import structure

    chat = analyzer.load_chat(Path(__file__).parents[2] / "sample_chats" / "group_chat.txt")
    names = set(chat.messages["author"].astype("object"))
    real_turns = structure.turns
    monkeypatch.setattr(
        structure,
        "turns",
        lambda annotated: real_turns(annotated).assign(writer=lambda t: t["author"]),
    )
    result = analyzer.analyze(chat, anonymize=True)
    assert set(result.turns["writer"].astype("object")) == {
        "Person A",
        "Person B",
        "Person C",
        "Person D",
    }
    tables = [
        result.messages.drop(columns=["text"]),
        result.turns,
        result.sessions,
        result.replies,
        result.measures.values,
        result.measures.weekly,
        result.measures.pairwise,
        result.measures.disclosures,
    ]
    cells = {
        str(v)
        for t in tables
        for c in t.columns
        if not pd.api.types.is_numeric_dtype(t[c]) and not pd.api.types.is_bool_dtype(t[c])
        for v in t[c].dropna().astype("object")
    }
    assert names and not names & cells
