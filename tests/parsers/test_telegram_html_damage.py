"""Telegram HTML pages that are damaged or incomplete: nothing lost silently, nothing quadratic.

Regressions: an unclosed message ``<div>`` swallowed every later message without a word; a
missing page of a numbered series (``messages2.html``) was not mentioned; deeply nested divs
were read in quadratic time (the reader looked back through every open div at each new one).
"""

from __future__ import annotations

from pathlib import Path

from analyzer.parsers.registry import load_chat

HEAD = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head>'
    '<body><div class="page_wrap"><div class="page_header"><div class="content">'
    '<div class="text bold">Climbing</div></div></div>'
    '<div class="page_body chat_page"><div class="history">'
)
TAIL = "</div></div></div></body></html>"


def message(number: int, text: str, *, close: bool = True, inner: str = "") -> str:
    author = "Sam" if number % 2 else "Ana"
    return (
        f'<div class="message default clearfix" id="message{number}"><div class="body">'
        f'<div class="pull_right date details" title="12.03.2021 21:{number % 60:02}:00">21:00'
        f'</div><div class="from_name">{author}</div>'
        f'<div class="text">{inner or text}</div></div>' + ("</div>" if close else "")
    )


def page(tmp_path: Path, name: str, body: str, links: str = "") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + links + body + TAIL, encoding="utf-8")
    return path


def test_unclosed_message_div_does_not_swallow_the_later_messages(tmp_path):
    body = message(1, "first", close=False) + "".join(
        message(n, f"later {n}") for n in range(2, 32)
    )
    chat = load_chat(page(tmp_path, "messages.html", body))
    assert list(chat.messages["text"]) == ["first"] + [f"later {n}" for n in range(2, 32)]
    assert chat.source.warnings == [
        f"{tmp_path / 'messages.html'}: 1 message without its closing </div> (the first is "
        "message 1 of the page); it was ended where the next message begins"
    ]


def test_message_cut_off_at_the_end_of_the_page_keeps_its_text_and_is_counted(tmp_path):
    path = tmp_path / "messages.html"
    path.write_text(HEAD + message(1, "one") + message(2, "two", close=False), encoding="utf-8")
    chat = load_chat(path)
    assert list(chat.messages["text"]) == ["one", "two"]
    assert (
        "1 message without its closing </div> (the first is message 2" in (chat.source.warnings[0])
    )


def test_part_of_a_message_outside_any_message_div_is_counted(tmp_path):
    # a stray </div> ends message 1 before its text div
    broken = (
        '<div class="message default clearfix" id="message1"><div class="body">'
        '<div class="pull_right date details" title="12.03.2021 21:01:00">21:01</div>'
        '<div class="from_name">Sam</div></div></div></div><div class="text">lost</div>'
    )
    chat = load_chat(page(tmp_path, "messages.html", broken + message(2, "two")))
    assert list(chat.messages["text"]) == ["", "two"]
    assert chat.source.warnings == [
        f"{tmp_path / 'messages.html'}: 1 part of a message (name, date or text) outside any "
        "message <div> could not be placed and was left out"
    ]


def test_missing_middle_page_of_a_numbered_series_is_named(tmp_path):
    page(tmp_path, "messages.html", message(1, "one"))
    page(tmp_path, "messages3.html", message(3, "three"))
    chat = load_chat(tmp_path)
    assert list(chat.messages["text"]) == ["one", "three"]
    assert chat.source.warnings == [
        "1 page of this chat's HTML export not given (messages2.html): the messages on it are "
        "not read; give the folder with every messages*.html page"
    ]


def test_missing_next_page_named_by_its_link_is_named(tmp_path):
    link = '<a class="pagination block_link" href="messages2.html">Next messages</a>'
    chat = load_chat(page(tmp_path, "messages.html", message(1, "one"), links=link))
    assert chat.source.warnings == [
        "1 page of this chat's HTML export not given (messages2.html): the messages on it are "
        "not read; give the folder with every messages*.html page"
    ]


def test_every_page_given_gives_no_warning(tmp_path):
    link = '<a class="pagination block_link" href="messages2.html">Next messages</a>'
    page(tmp_path, "messages.html", message(1, "one"), links=link)
    page(tmp_path, "messages2.html", message(2, "two"))
    assert load_chat(tmp_path).source.warnings == []


def test_deeply_nested_divs_in_one_message_are_text_of_that_message(tmp_path):
    # 30,000 nested divs took 15 s before (quadratic); benchmarks/telegram_html.py times it.
    deep = "<div>" * 30_000 + "deep" + "</div>" * 30_000
    body = message(1, "one") + message(2, "", inner=deep) + message(3, "three")
    chat = load_chat(page(tmp_path, "messages.html", body))
    assert list(chat.messages["text"]) == ["one", "deep", "three"]
    assert chat.source.warnings == []
