"""Telegram Desktop JSON: golden files, the full-account export's chat choice, bad input."""

from __future__ import annotations

import json

import pytest

from analyzer.errors import AnalyzerError
from analyzer.parsers.base import InputFile
from analyzer.parsers.registry import load_chat
from analyzer.parsers.telegram import PARSER, message_text
from tests.parsers.bad_inputs import error_of, write
from tests.parsers.golden_formats import GOLDEN, cases_for, check_case

ACCOUNT = GOLDEN / "telegram" / "account_export.json"
SINGLE = GOLDEN / "telegram" / "single_chat.json"


@pytest.mark.parametrize("case", cases_for("telegram"))
def test_golden(case):
    check_case(case)


def test_voice_and_video_notes_keep_their_duration():
    messages = load_chat(SINGLE).messages
    notes = messages.loc[messages["duration_s"].notna(), ["author", "duration_s"]]
    assert notes.values.tolist() == [["Sam Lee", 7.0], ["Ana", 12.0]]


def test_call_is_a_call_by_its_actor_and_pin_is_system():
    messages = load_chat(SINGLE).messages.set_index("source_line")
    assert (messages.loc[7, "kind"], messages.loc[7, "author"]) == ("call", "Ana")
    assert messages.loc[8, "kind"] == "system"


def test_single_chat_accounting():
    lines = load_chat(SINGLE).source.lines.to_dict()
    assert lines == {"total": 14, "header": 13, "continuation": 0, "system": 1, "skipped": {}}


def test_chat_name_is_the_telegram_name():
    assert load_chat(SINGLE).source.chat_name == "Sam Lee"


def test_account_export_without_choice_lists_the_chats():
    message = error_of(ACCOUNT)
    assert "holds 3 chats" in message
    assert "Sam Lee (id 4242, 2 messages); Climbing club (id 777, 3 messages)" in message


def test_ambiguous_name_asks_for_the_id():
    message = error_of(ACCOUNT, chat="sam lee")
    assert "several chats match 'sam lee'; choose by id" in message


def test_unknown_chat_is_named():
    assert "no chat named or numbered 'Nobody'" in error_of(ACCOUNT, chat="Nobody")


def test_chat_by_id_picks_that_chat():
    chat = load_chat(ACCOUNT, chat=4242)
    assert (chat.source.chat_name, len(chat.messages)) == ("Sam Lee", 2)


def test_tz_option_shows_unix_times_in_that_zone():
    first = load_chat(SINGLE, tz="Europe/Berlin").messages["timestamp"].iloc[0]
    assert first.isoformat() == "2021-03-12T22:15:00+01:00"  # the instant, shown in Berlin


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("plain", "plain", id="string"),
        pytest.param(["a ", {"type": "bold", "text": "b"}, {"type": "link"}], "a b", id="entities"),
        pytest.param(None, "", id="missing"),
    ],
)
def test_message_text(value, expected):
    assert message_text(value) == expected


def test_truncated_json(tmp_path):
    text = SINGLE.read_text(encoding="utf-8")
    path = write(tmp_path, "result.json", text[: len(text) // 2])
    assert "looks truncated" in error_of(path, format="telegram")


def test_wrong_shape(tmp_path):
    path = write(tmp_path, "result.json", '{"name": "x", "messages": {"a": 1}}')
    assert "wrong shape" in error_of(path, format="telegram")


def test_deeply_nested_json(tmp_path):
    path = write(tmp_path, "result.json", '{"messages": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested too deeply" in error_of(path, format="telegram")


def test_unknown_time_zone(tmp_path):
    with pytest.raises(Exception, match="unknown time zone 'Mars/Base'"):
        load_chat(SINGLE, tz="Mars/Base")


def test_account_export_with_odd_chat_entries(tmp_path):
    path = write(
        tmp_path,
        "result.json",
        (
            '{"chats": {"list": [7, {"name": 12, "id": 1, "messages": []},'
            ' {"name": "Kim", "id": 2, "messages": [{"type": "message",'
            ' "date_unixtime": "1615583700",'
            ' "from": "Kim", "text": "hi"}]}]}}'
        ),
    )
    chat = load_chat(path, chat="kim")
    assert (chat.source.chat_name, chat.messages["text"].tolist()) == ("Kim", ["hi"])
    assert (
        "choose one with --chat NAME or --chat ID (chat= in Python): 12 (id 1, 0 messages); Kim "
        "(id 2, 1 messages)"
        in error_of(path)
    )


def test_account_export_found_when_contacts_fill_the_head(tmp_path):
    data = json.loads(ACCOUNT.read_text(encoding="utf-8"))
    contacts = [
        {"first_name": f"Contact {i}", "last_name": "", "phone_number": "+100"} for i in range(2000)
    ]
    ordered = {
        "about": data["about"],
        "personal_information": data["personal_information"],
        "contacts": {"about": "", "list": contacts},
        "chats": data["chats"],
    }
    path = write(tmp_path, "result.json", json.dumps(ordered, indent=1))
    chat = load_chat(path, chat="777")
    assert (chat.source.format, chat.source.chat_name) == ("telegram", "Climbing club")


# --- the HTML export (messages.html, messages2.html, ...) -------------------------------------

HTML = GOLDEN / "telegram" / "html"


def test_html_pages_are_read_in_telegram_order_with_the_chat_name(tmp_path):
    # given in the wrong order, as a folder listing would sort messages10 before messages2
    chat = load_chat([HTML / "messages2.html", HTML / "messages.html"])
    assert (
        chat.source.chat_name,
        chat.participants,
        [str(t) for t in chat.messages["timestamp"][:2]],
    ) == ("Climbing & Co", ["Sam Lee", "Ana"], ["2021-03-12 21:15:00", "2021-03-12 21:15:00"])


def test_html_accounting_skips_only_the_date_separators():
    assert load_chat(HTML).source.lines.to_dict() == {
        "total": 10,
        "header": 7,
        "continuation": 0,
        "system": 1,
        "skipped": {"date separator between days": 2},
    }


def test_html_times_with_a_zone_are_shown_in_that_zone():
    times = load_chat(HTML, tz="UTC").messages["timestamp"]
    assert [str(t) for t in times[:2]] == ["2021-03-12 20:15:00+00:00", "2021-03-12 20:15:00+00:00"]


def test_html_page_without_messages_is_an_error(tmp_path):
    path = tmp_path / "messages.html"
    path.write_text(
        '<html><head><title>Exported Data</title></head><body><div class="history">'
        '<div class="message_none"></div></div></body></html>',
        encoding="utf-8",
    )
    with pytest.raises(
        AnalyzerError, match="messages.html: no Telegram messages found in this HTML page"
    ):
        load_chat(path, format="telegram")


def test_other_html_is_not_telegram(tmp_path):
    path = tmp_path / "messages.html"
    path.write_text(
        '<html><body><p>class="message" is just text here</p></body></html>', encoding="utf-8"
    )
    assert PARSER.detect(InputFile(str(path), path.read_bytes())) == 0.0
