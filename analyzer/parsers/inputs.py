"""Turn the paths a user gives into in-memory :class:`InputFile` objects.

A path may be a file, a folder (its files, recursively, in name order) or a zip archive (its
members, read in memory and never extracted). Archives are checked before reading: members with
absolute or ``..`` names are skipped with a warning, and members whose declared or actual size is
above :data:`MAX_MEMBER_BYTES` (or together above :data:`MAX_ZIP_BYTES`) are refused, so a zip
bomb cannot fill memory; a member is read at most one byte past its limit.

A zip that WhatsApp shares holds the chat as ``_chat.txt`` (iOS) or ``WhatsApp Chat with
X.txt`` (Android, localized: "WhatsApp Chat mit X", "Chat de WhatsApp con X", ...) next to its
media; any other ``.txt`` in it is an attachment, so only the chat member is read.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path

from analyzer.errors import AnalyzerError, ChatFormatError
from analyzer.parsers.base import MAX_INPUT_BYTES, InputFile

MAX_MEMBER_BYTES = 512 * 1024**2
#: All chat members of one archive together.
MAX_ZIP_BYTES = 1024**3
MAX_MEMBERS = 100_000
#: The chat member of a WhatsApp export zip (iOS, or Android in any language).
WHATSAPP_CHAT_MEMBER = re.compile(
    r"^(?:_chat\.txt|(?:WhatsApp[ -]Chat|Chat (?:de|di|van|met) WhatsApp|Чат WhatsApp|WhatsApp Sohbeti)\b.*\.txt)$",
    re.IGNORECASE,
)
#: Members that can hold a chat; media in an export zip are ignored.
CHAT_SUFFIXES = (".txt", ".json", ".csv", ".tsv", ".vtt", ".srt", ".html", ".md")


def read_inputs(paths: str | os.PathLike | list, warnings: list[str]) -> list[InputFile]:
    """Read every path into memory. Problems that lose nothing become ``warnings``."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not paths:
        raise AnalyzerError("no input given: name a chat export file, folder or zip")
    files: list[InputFile] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise AnalyzerError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file())
            members = [p for p in found if p.suffix.lower() in CHAT_SUFFIXES + (".zip",)]
            if not members:
                raise AnalyzerError(f"{path}: folder holds no chat export (.txt, .json, .csv, ...)")
            for member in members:
                files.extend(_read_path(member, warnings))
        else:
            files.extend(_read_path(path, warnings))
    return files


def _read_path(path: Path, warnings: list[str]) -> list[InputFile]:
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise AnalyzerError(f"{path}: file is {size / 1024**3:.1f} GB, larger than this tool reads")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AnalyzerError(f"{path}: cannot read ({exc.strerror})") from None
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06") or path.suffix.lower() == ".zip":
        return read_zip(data, str(path), warnings)
    return [InputFile(str(path), data)]


def read_zip(data: bytes, name: str, warnings: list[str]) -> list[InputFile]:
    """The chat files inside a zip archive, read in memory with size and name checks."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ChatFormatError(f"{name}: not a readable zip archive ({exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise ChatFormatError(f"{name}: zip holds {len(infos)} members, too many to be an export")
    out: list[InputFile] = []
    chats = [i for i in infos if WHATSAPP_CHAT_MEMBER.match(i.filename.replace("\\", "/").rsplit("/", 1)[-1])]
    total = 0
    for info in chats or infos:
        member = info.filename
        if info.is_dir() or member.startswith("__MACOSX/"):
            continue
        if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/"):
            warnings.append(f"{name}: skipped zip member with unsafe name {member!r}")
            continue
        if not member.lower().endswith(CHAT_SUFFIXES):
            continue
        if info.file_size > MAX_MEMBER_BYTES:
            raise ChatFormatError(
                f"{name}: member {member!r} declares {info.file_size} bytes, above the "
                f"{MAX_MEMBER_BYTES // 1024**2} MB limit"
            )
        try:
            with archive.open(info) as fh:
                content = fh.read(MAX_MEMBER_BYTES + 1)
        except (
            zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError,
            zlib.error,
        ) as exc:
            raise ChatFormatError(f"{name}: cannot read member {member!r} ({exc})") from None
        if len(content) > MAX_MEMBER_BYTES:
            raise ChatFormatError(f"{name}: member {member!r} is larger than it declares")
        total += len(content)
        if total > MAX_ZIP_BYTES:
            raise ChatFormatError(
                f"{name}: chat members add up to more than {MAX_ZIP_BYTES // 1024**2} MB"
            )
        out.append(InputFile(f"{name}:{member}", content))
    if not out:
        raise ChatFormatError(f"{name}: zip holds no chat file (.txt, .json, .csv, .vtt, ...)")
    return out
