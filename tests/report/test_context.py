"""Each example quote opens the conversation around it: five messages either side, in a
``<details>`` element (no script), escaped, anonymised like the quotes, absent with --no-quotes."""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

import analyzer
from analyzer.report.context import surrounding
from analyzer.report.html import render_html
from analyzer.report.json import analysis_to_dict
from tests.report.conftest import SAMPLE
from tests.report.fake import HOSTILE_TEXTS

DETAILS = re.compile(r'<details class="context">(.*?)</details>', re.S)


def _messages(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "timestamp": pd.date_range("2024-01-01 09:00", periods=n, freq="min"),
            "author": pd.Categorical(["Ana", "Ben"] * (n // 2) + ["Ana"] * (n % 2)),
            "text": [f"message {i}" for i in range(n)],
        }
    )


def test_five_messages_either_side_with_the_quote_marked():
    got = surrounding(_messages(20), 10)
    assert [m["text"] for m in got] == [f"message {i}" for i in range(5, 16)]
    assert [m["quoted"] for m in got] == [False] * 5 + [True] + [False] * 5
    assert got[0] == {
        "timestamp": "2024-01-01T09:05:00",
        "author": "Ben",
        "text": "message 5",
        "quoted": False,
    }


def test_fewer_at_the_ends_of_the_chat_and_none_outside_it():
    assert [m["text"] for m in surrounding(_messages(20), 0)] == [f"message {i}" for i in range(6)]
    assert [m["text"] for m in surrounding(_messages(20), 17)] == [
        f"message {i}" for i in range(12, 20)
    ]
    assert surrounding(_messages(20), -1) == []
    assert surrounding(_messages(20), 20) == []


@pytest.fixture(scope="module")
def sample():
    return analyzer.analyze(analyzer.load_chat(SAMPLE))


def test_every_example_points_at_its_message(sample):
    examples = [x for s in sample.signs for x in s.examples]
    assert examples
    texts = sample.messages["text"].astype("object")
    for x in examples:
        assert str(texts.iloc[x.row]).startswith(x.text.rstrip("…"))
        assert str(sample.messages["author"].iloc[x.row]) == x.author


def test_html_opens_the_context_of_each_example_without_script(sample):
    page = render_html(sample)
    shown = sum(len(s.examples) for s in sample.signs)
    blocks = DETAILS.findall(page)
    assert len(blocks) == shown
    assert "<script" not in page
    first = next(s for s in sample.signs if s.examples).examples[0]
    around = sample.messages.iloc[first.row - 5 : first.row + 6]
    items = re.findall(r"<li( class=\"quoted\")?>(.*?)</li>", blocks[0], re.S)
    assert len(items) == len(around)
    assert [bool(q) for q, _ in items].index(True) == first.row - around.index[0]
    for (_q, item), text in zip(items, around["text"].astype(str), strict=True):
        assert html.unescape(item).endswith(" ".join(text.split()))


def test_json_carries_the_context_of_each_example(sample):
    doc = analysis_to_dict(sample)
    for s in doc["signs"]:
        for x in s["examples"]:
            quoted = [m for m in x["context"] if m["quoted"]]
            assert len(quoted) == 1
            assert quoted[0]["text"].startswith(x["text"].rstrip("…"))
            assert quoted[0]["timestamp"] == x["timestamp"]
            assert 6 <= len(x["context"]) <= 11


def test_no_quotes_leaves_out_every_context(sample):
    quiet = analyzer.analyze(analyzer.load_chat(SAMPLE), quotes=False)
    page = render_html(quiet)
    assert DETAILS.findall(page) == []
    assert "The conversation around it" not in page
    text = json.dumps(analysis_to_dict(quiet))
    assert '"context"' not in text
    # the words of the messages around the quotes are in neither
    around = surrounding(
        sample.messages, next(s for s in sample.signs if s.examples).examples[0].row
    )
    for m in around:
        if len(m["text"]) > 12:
            assert html.escape(m["text"]) not in page
            assert json.dumps(m["text"]) not in text


def test_anonymize_treats_the_context_like_the_quotes():
    anon = analyzer.analyze(analyzer.load_chat(SAMPLE), anonymize=True)
    doc = analysis_to_dict(anon)
    contexts = [m for s in doc["signs"] for x in s["examples"] for m in x["context"]]
    assert len(contexts) > 50
    assert {m["author"] for m in contexts} <= {"Person A", "Person B", ""}
    joined = " ".join(m["text"] for m in contexts)
    assert not re.search(r"(?i)\b(tom|priya)\b", joined)
    page = render_html(anon)
    for block in DETAILS.findall(page):
        assert not re.search(r"(?i)\b(tom|priya)\b", html.unescape(block))
    # the scrubbed text is the same in the quote and in its context
    for s in doc["signs"]:
        for x in s["examples"]:
            quoted = next(m for m in x["context"] if m["quoted"])
            assert quoted["text"].startswith(x["text"].rstrip("…"))


def test_hostile_text_in_the_context_is_escaped(hostile):
    page = render_html(hostile)
    blocks = DETAILS.findall(page)
    assert blocks
    joined = "".join(blocks)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in joined
    assert "<script" not in page and "<img" not in page
    assert any(t in html.unescape(joined) for t in HOSTILE_TEXTS)
