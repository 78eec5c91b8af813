"""What every parser shares: the input file, text decoding and the parser protocol."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Any, Protocol

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError

#: Largest single input we read (bytes). Larger files are refused with a clear error. (A
#: million-message WhatsApp export is about 65 MB.)
MAX_INPUT_BYTES = 1024**3


@dataclass(frozen=True)
class InputFile:
    """One input, already in memory: a file on disk, a zip member or a folder member."""

    name: str  # display name: the path, or "archive.zip:member.txt"
    data: bytes

    @property
    def basename(self) -> str:
        return self.name.replace("\\", "/").rsplit(":", 1)[-1].rsplit("/", 1)[-1]

    def head(self, size: int = 64 * 1024) -> str:
        """The first ``size`` bytes decoded leniently (for detection only)."""
        text, _ = decode(self.data[:size], name=self.name, strict=False)
        return text


def lf(text: str) -> str:
    """``text`` with CRLF and bare CR line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(data: bytes, *, name: str, strict: bool = True) -> tuple[str, str]:
    """Decode ``data`` to text with LF line ends (CRLF and a bare CR, as old Mac files end lines,
    become LF: every reader sees CR, LF and CRLF alike) and name the encoding used.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read exactly. Anything else that is not
    valid UTF-8 is read as UTF-8 with replacement characters when ``strict`` is False; with
    ``strict`` it raises :class:`ChatFormatError` naming the first bad byte's offset. Files with
    NUL bytes and no UTF-16 BOM are taken as binary.
    """
    text, encoding = _decode(data, name=name, strict=strict)
    return lf(text), encoding


def _decode(data: bytes, *, name: str, strict: bool = True) -> tuple[str, str]:
    """:func:`decode` without the line-end step."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            if strict:
                raise ChatFormatError(f"{name}: broken UTF-16 at byte {exc.start}") from None
            return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ChatFormatError(f"{name}: looks like a binary file, not a chat export")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8"), encoding
    except UnicodeDecodeError as exc:
        if strict:
            raise ChatFormatError(
                f"{name}: not valid UTF-8 (bad byte at offset {exc.start}); "
                "re-export the chat or convert the file to UTF-8"
            ) from None
        return data.decode("utf-8", errors="replace"), encoding + "+replace"


def to_utf8(data: bytes, *, name: str) -> tuple[bytes, str]:
    """``data`` as UTF-8 bytes without a BOM, and the encoding it came in.

    UTF-16 with a BOM is converted (broken UTF-16 raises :class:`ChatFormatError`); a UTF-8 BOM
    is dropped; files with NUL bytes and no UTF-16 BOM are refused as binary. The result is not
    yet checked to be valid UTF-8: callers that need text check it (Arrow does it in one pass)
    and fall back to :func:`decode` with ``strict=False``.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = decode(data, name=name, strict=True)
        return text.encode("utf-8", "surrogatepass"), encoding
    if b"\x00" in data[:4096]:
        raise ChatFormatError(f"{name}: looks like a binary file, not a chat export")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):], "utf-8-sig"
    return data, "utf-8"


class Parser(Protocol):
    """A source format. The registry (:mod:`analyzer.parsers.registry`) holds one of each."""

    name: str  # the --format value, e.g. "whatsapp"
    title: str  # e.g. "WhatsApp (Android and iOS .txt / .zip)"
    example: str  # one example line or record, for ``chat-balance formats``
    extensions: tuple[str, ...]  # file name endings it reads, e.g. (".txt",)

    def detect(self, file: InputFile) -> float:
        """Confidence 0..1 that ``file`` is this format, from its name and head only (cheap)."""
        ...

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        """Parse one chat from ``files`` (several files are parts/exports of the same chat).

        Returns the normalized messages frame (:func:`analyzer.schema.normalize_messages`) and
        the :class:`Source` with line accounting. Raises :class:`ChatFormatError` on bad input.
        Unknown ``options`` are ignored (the registry passes the same options to every parser).
        """
        ...
