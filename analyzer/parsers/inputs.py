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
import stat
import zipfile
import zlib
from pathlib import Path

from analyzer.errors import AnalyzerError, ChatFormatError
from analyzer.parse_warnings import aggregate, warn
from analyzer.parsers.base import MAX_INPUT_BYTES, InputFile

MAX_MEMBER_BYTES = 512 * 1024**2
#: All chat members of one archive together.
MAX_ZIP_BYTES = 1024**3
MAX_MEMBERS = 100_000
#: The chat member of a WhatsApp export zip (iOS, or Android in any language).
WHATSAPP_CHAT_MEMBER = re.compile(
    r"^(?:_chat\.txt|(?:WhatsApp[ -]Chat|Chat (?:de|di|van|met) WhatsApp|Чат WhatsApp|"
    r"WhatsApp Sohbeti)\b.*\.txt)$",
    re.IGNORECASE,
)
#: Members that can hold a chat; media in an export zip are ignored.
CHAT_SUFFIXES = (".txt", ".json", ".csv", ".tsv", ".vtt", ".srt", ".html", ".md")


#: Most entries a folder walk looks at (files and folders) before it gives up: a big export with
#: its media holds a few thousand; a folder past this is not one chat's export, and walking further
#: (say, the whole disk) would take minutes.
MAX_FOLDER_ENTRIES = 100_000
#: All inputs of one run together (files, folders and zips).
MAX_TOTAL_BYTES = 2 * 1024**3


def read_inputs(paths: str | os.PathLike | list, warnings: list[str]) -> list[InputFile]:
    """Read every path into memory. Problems that lose nothing become ``warnings``.

    Each path is looked at with ``os.stat`` before it is opened: a regular file is read (at most
    :data:`MAX_INPUT_BYTES`, counted while reading: the size the file system reports is not
    trusted, so ``/dev/zero`` or a growing file cannot fill memory), a folder is walked, and
    anything else (a pipe, a device, a socket) is refused, so a FIFO never blocks the run.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not paths:
        raise AnalyzerError("no input given: name a chat export file, folder or zip")
    files: list[InputFile] = []
    budget = [MAX_TOTAL_BYTES]
    for raw in paths:
        path = Path(raw)
        info = _stat(path)
        if stat.S_ISDIR(info.st_mode):
            files.extend(_read_folder(path, warnings, budget))
        elif stat.S_ISREG(info.st_mode):
            files.extend(_read_path(path, warnings, budget))
        else:
            raise AnalyzerError(
                f"{path}: is {_kind(info.st_mode)}, not a file or folder; "
                "name the chat export file, folder or zip"
            )
    return files


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError:
        raise AnalyzerError(f"{path}: no such file or folder") from None
    except PermissionError:
        raise AnalyzerError(f"{path}: cannot read (permission denied)") from None
    except OSError as exc:
        raise AnalyzerError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_folder(folder: Path, warnings: list[str], budget: list[int]) -> list[InputFile]:
    """The chat-like files under ``folder``, in name order. Links to folders are not followed
    (no loops); a link or entry that cannot be read is skipped, with one warning for all."""
    members: list[Path] = []
    unreadable: list[str] = []
    special: list[str] = []
    seen = 0

    def note_error(exc: OSError) -> None:
        unreadable.append(str(exc.filename or folder))

    for top, dirs, names in os.walk(folder, onerror=note_error, followlinks=False):
        dirs.sort()
        seen += len(dirs) + len(names)
        if seen > MAX_FOLDER_ENTRIES:
            raise AnalyzerError(
                f"{folder}: holds more than {MAX_FOLDER_ENTRIES:,} files and folders, too many "
                "to be one chat's export; name the export file, folder or zip itself"
            )
        for name in sorted(names):
            if not name.lower().endswith(CHAT_SUFFIXES + (".zip",)):
                continue
            path = Path(top) / name
            try:
                mode = path.stat().st_mode
            except OSError:  # a broken link, or one into a folder we may not read
                unreadable.append(str(path))
                continue
            if stat.S_ISREG(mode):
                members.append(path)
            else:
                special.append(str(path))
    if unreadable[:1] == [str(folder)]:
        raise AnalyzerError(f"{folder}: cannot read (permission denied)")
    files: list[InputFile] = []
    for member in members:
        try:
            files.extend(_read_path(member, warnings, budget))
        except _Unreadable:
            unreadable.append(str(member))
    warnings.extend(aggregate(unreadable, "unreadable_file", "unreadable_files"))
    warnings.extend(aggregate(special, "not_regular_file", "not_regular_files"))
    if not files:
        raise AnalyzerError(f"{folder}: folder holds no chat export (.txt, .json, .csv, ...)")
    return files


class _Unreadable(AnalyzerError):
    """A file that could not be opened or read (inside a folder walk: skipped with a warning)."""


def _read_path(path: Path, warnings: list[str], budget: list[int] | None = None) -> list[InputFile]:
    budget = budget if budget is not None else [MAX_TOTAL_BYTES]
    limit = min(MAX_INPUT_BYTES, budget[0])
    try:
        # O_NONBLOCK: should the path have turned into a pipe since it was looked at, opening it
        # does not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise AnalyzerError(f"{path}: not a regular file; name the chat export itself")
            data = _read_capped(handle, limit)
    except OSError as exc:
        raise _Unreadable(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data is None:
        if limit < MAX_INPUT_BYTES:
            raise AnalyzerError(
                f"inputs add up to more than {_size(MAX_TOTAL_BYTES)}, "
                "more than this tool reads at once"
            )
        raise AnalyzerError(
            f"{path}: file is larger than {_size(MAX_INPUT_BYTES)}, more than this tool reads"
        )
    budget[0] -= len(data)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06") or path.suffix.lower() == ".zip":
        return read_zip(data, str(path), warnings)
    return [InputFile(str(path), data)]


def _size(n: int) -> str:
    """1073741824 -> "1 GB", 524288 -> "512 KB", 100 -> "100 bytes"."""
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def _read_capped(handle, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``handle``; None if there is more."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = handle.read(min(left, 16 * 1024**2))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    if left <= 0:
        return None
    return b"".join(chunks)


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
    chats = [
        i
        for i in infos
        if WHATSAPP_CHAT_MEMBER.match(i.filename.replace("\\", "/").rsplit("/", 1)[-1])
    ]
    total = 0
    for info in chats or infos:
        member = info.filename
        if info.is_dir() or member.startswith("__MACOSX/"):
            continue
        if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/"):
            warnings.append(warn("unsafe_zip_member", file=name, member=member))
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
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
            RuntimeError,
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
