"""Inputs as they arrive: a .txt, the zip WhatsApp shares, folders, several exports merged."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import analyzer
from analyzer.errors import AnalyzerError, ChatFormatError
from analyzer.parsers import inputs
from analyzer.parsers.inputs import read_zip

CHAT = (
    "12/03/2021, 21:15 - Sam: See you tomorrow!\n"
    "13/03/2021, 08:02 - Alex: Morning\n"
    "13/03/2021, 08:05 - Sam: <Media omitted>\n"
)
LATER = "13/03/2021, 08:05 - Sam: <Media omitted>\n14/03/2021, 10:00 - Alex: Back home\n"


def make_zip(members: dict[str, bytes], path: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


def texts(chat: analyzer.Chat) -> list[str]:
    return [str(t) for t in chat.messages["text"]]


@pytest.mark.parametrize(
    "member",
    [
        "_chat.txt",
        "WhatsApp Chat with Sam.txt",
        "WhatsApp Chat mit Sam.txt",
        "Chat de WhatsApp con Sam.txt",
    ],
    ids=["ios", "android-en", "android-de", "android-es"],
)
def test_zip_as_whatsapp_shares_it(tmp_path: Path, member: str) -> None:
    path = make_zip(
        {
            member: CHAT.encode(),
            "IMG-20210313-WA0001.jpg": b"\xff\xd8\xff",
            "notes.txt": b"attachment",
        },
        tmp_path / "WhatsApp Chat with Sam.zip",
    )
    chat = analyzer.load_chat(path)
    assert (texts(chat), chat.source.files, chat.source.warnings) == (
        ["See you tomorrow!", "Morning", "<Media omitted>"],
        [f"{path}:{member}"],
        [],
    )


def test_zip_is_never_extracted_to_disk(tmp_path: Path) -> None:
    path = make_zip({"_chat.txt": CHAT.encode()}, tmp_path / "chat.zip")
    analyzer.load_chat(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.zip"]


def test_chat_name_from_android_member(tmp_path: Path) -> None:
    path = make_zip({"WhatsApp Chat with Sam Taylor.txt": CHAT.encode()}, tmp_path / "x.zip")
    assert analyzer.load_chat(path).source.chat_name == "Sam Taylor"


def test_two_exports_merge_without_duplicates(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(CHAT, encoding="utf-8")
    second.write_text(LATER, encoding="utf-8")
    chat = analyzer.load_chat([first, second])
    assert (texts(chat), chat.source.lines.to_dict(), chat.source.warnings) == (
        ["See you tomorrow!", "Morning", "<Media omitted>", "Back home"],
        {
            "total": 5,
            "header": 4,
            "continuation": 0,
            "system": 0,
            "skipped": {"duplicate from another export": 1},
        },
        ["dropped 1 duplicate message found in several files"],
    )


def test_merged_exports_out_of_order_are_stable_sorted(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(LATER, encoding="utf-8")
    second.write_text(CHAT, encoding="utf-8")
    chat = analyzer.load_chat([first, second])
    assert (texts(chat), chat.source.warnings[-1]) == (
        ["See you tomorrow!", "Morning", "<Media omitted>", "Back home"],
        "1 message was out of time order; sorted by time (stable, file order kept for ties)",
    )


def test_out_of_order_lines_in_one_file_are_stable_sorted(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(
        "13/03/2021, 08:02 - Alex: second\n12/03/2021, 21:15 - Sam: first\n"
        "13/03/2021, 08:02 - Sam: third\n",
        encoding="utf-8",
    )
    chat = analyzer.load_chat(path)
    assert (texts(chat), list(chat.messages["source_line"]), chat.source.warnings) == (
        ["first", "second", "third"],
        [2, 1, 3],
        ["1 message was out of time order; sorted by time (stable, file order kept for ties)"],
    )


def test_folder_with_an_export(tmp_path: Path) -> None:
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "IMG-1.jpg").write_bytes(b"\xff\xd8")
    assert texts(analyzer.load_chat(tmp_path)) == [
        "See you tomorrow!",
        "Morning",
        "<Media omitted>",
    ]


def test_unrecognised_file_next_to_a_chat_is_ignored_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "readme.txt").write_text("just some notes\n", encoding="utf-8")
    chat = analyzer.load_chat(tmp_path)
    assert chat.source.warnings == [
        f"{tmp_path / 'readme.txt'}: not recognised as a whatsapp export; ignored"
    ]


def test_forced_format_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "export.log"
    path.write_text(CHAT, encoding="utf-8")
    assert texts(analyzer.load_chat(path, format="whatsapp")) == [
        "See you tomorrow!",
        "Morning",
        "<Media omitted>",
    ]


def test_unknown_format_name_lists_the_choices(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    with pytest.raises(
        AnalyzerError, match="unknown format 'whatsap'; choose one of: auto, whatsapp"
    ):
        analyzer.load_chat(path, format="whatsap")


def test_unknown_date_order_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    with pytest.raises(
        AnalyzerError, match="unknown date order 'dyy'; choose one of dmy, mdy, ymd, ydm, myd, dym"
    ):
        analyzer.load_chat(path, date_order="dyy")


def test_zip_member_with_parent_path_is_skipped(tmp_path: Path) -> None:
    warnings: list[str] = []
    data = make_zip(
        {"../evil.txt": CHAT.encode(), "chat.txt": CHAT.encode()}, tmp_path / "z.zip"
    ).read_bytes()
    files = read_zip(data, "z.zip", warnings)
    assert ([f.name for f in files], warnings) == (
        ["z.zip:chat.txt"],
        ["z.zip: skipped zip member with unsafe name '../evil.txt'"],
    )


def test_zip_member_with_absolute_path_is_skipped(tmp_path: Path) -> None:
    warnings: list[str] = []
    data = make_zip(
        {"/etc/passwd.txt": b"x", "chat.txt": CHAT.encode()}, tmp_path / "z.zip"
    ).read_bytes()
    files = read_zip(data, "z.zip", warnings)
    assert ([f.name for f in files], warnings) == (
        ["z.zip:chat.txt"],
        ["z.zip: skipped zip member with unsafe name '/etc/passwd.txt'"],
    )


def test_zip_bomb_member_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "MAX_MEMBER_BYTES", 1000)
    data = make_zip({"_chat.txt": b"0" * 5000}, tmp_path / "bomb.zip").read_bytes()
    with pytest.raises(ChatFormatError, match="member '_chat.txt' declares 5000 bytes, above the"):
        read_zip(data, "bomb.zip", [])


def test_zip_member_that_lies_about_its_size_is_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bytearray(make_zip({"_chat.txt": b"0" * 5000}, tmp_path / "lie.zip").read_bytes())
    # rewrite the declared size (local header and central directory) to 10 bytes
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(sig) + offset
        data[at : at + 4] = (10).to_bytes(4, "little")
    monkeypatch.setattr(inputs, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(ChatFormatError, match="lie.zip: "):
        read_zip(bytes(data), "lie.zip", [])


def test_zip_members_over_the_total_budget_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "MAX_ZIP_BYTES", 6000)
    data = make_zip({"a.txt": b"1" * 4000, "b.txt": b"2" * 4000}, tmp_path / "z.zip").read_bytes()
    with pytest.raises(ChatFormatError, match="chat members add up to more than"):
        read_zip(data, "z.zip", [])


def test_broken_zip_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ChatFormatError, match="broken.zip: not a readable zip archive"):
        analyzer.load_chat(path)


def test_zip_without_a_chat(tmp_path: Path) -> None:
    path = make_zip({"IMG-1.jpg": b"\xff\xd8"}, tmp_path / "media.zip")
    with pytest.raises(ChatFormatError, match="media.zip: zip holds no chat file"):
        analyzer.load_chat(path)


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AnalyzerError, match="no such file or folder"):
        analyzer.load_chat(tmp_path / "nope.txt")


def test_binary_file_next_to_a_chat_is_ignored_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "_chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01\x02" * 100)
    chat = analyzer.load_chat(tmp_path)
    assert (len(chat.messages), chat.source.warnings) == (
        3,
        [f"{tmp_path / 'photo.txt'}: not recognised as a whatsapp export; ignored"],
    )


def test_merging_an_android_and_an_ios_export_names_both(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(CHAT, encoding="utf-8")
    second.write_bytes("[14/03/2021, 10:00:00] Alex: Back home\n".encode("utf-16"))
    source = analyzer.load_chat([first, second]).source
    assert (source.variant, source.encoding, source.date_order) == (
        "android-24h dmy; ios-24h dmy",
        "utf-8, utf-16",
        "dmy",
    )
