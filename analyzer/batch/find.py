"""What a batch is made of: its options (checked before anything runs), the chats found under the
paths given, their ids and keys, and the results folder with its salt."""

from __future__ import annotations

import glob
import hashlib
import json
import math
import os
import re
import secrets
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.errors import AnalyzerError
from analyzer.settings import Settings

SALT_FILE = "salt.txt"
REPORTS_DIR = "reports"
REPORT_KINDS = ("html", "pdf", "json")
#: A chat larger than this (MB of chat files) fails before it is read.
DEFAULT_MAX_CHAT_MB = 100.0
#: The least memory a local worker may be given: the pipeline and one small chat need about this.
MIN_WORKER_BYTES = 256 * 1024**2

_GLOB_CHARS = re.compile(r"[*?\[]")
_META_PART = re.compile(r"^message_\d+\.json$", re.IGNORECASE)
_SALT = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class ChatJob:
    """One chat to analyse: its file(s), ids, where it came from and its resume key."""

    parts: tuple[str, ...]  # absolute paths: one file or zip, or the parts of one Meta chat
    chat_id: str  # salted hash of the content: the same chat wherever it lies
    source: str  # the path as found ("" under anonymize)
    key: str  # hash of the content and of everything that changes the result
    place: str = ""  # salted hash of the path(s): a chat changed in place replaces its old rows


@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs besides the chat: settings, parser options, outputs."""

    settings: Settings
    format: str = "auto"
    date_order: str | None = None
    parse_options: tuple[tuple[str, str], ...] = ()
    reports: tuple[str, ...] = ()
    reports_dir: str | None = None
    max_chat_mb: float = DEFAULT_MAX_CHAT_MB

    @property
    def max_chat_bytes(self) -> int:
        return int(self.max_chat_mb * 1024**2)

    def fingerprint(self) -> str:
        """A hash of everything here that changes a chat's result, and the tool's version."""
        from analyzer import __version__

        settings = self.settings.to_dict()
        settings.pop("nlp_processes", None)  # results are identical for any count
        text = json.dumps(
            {
                "settings": settings,
                "format": self.format,
                "date_order": self.date_order,
                "options": list(self.parse_options),
                "reports": list(self.reports),
                "max_chat_mb": self.max_chat_mb,
                "version": __version__,
            },
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(text.encode()).hexdigest()


# --------------------------------------------------------------------------------------------
# options, checked before any chat is looked at or any worker starts
# --------------------------------------------------------------------------------------------


def check_options(
    *,
    settings: Settings,
    format: str,
    date_order: str | None,
    reports: Sequence[str],
    max_chat_mb: object,
    memory_limit: str | None,
    scheduler: object,
    workers: object,
) -> None:
    """Raise an :class:`AnalyzerError` (one line) for the first option a batch cannot use."""
    from analyzer.parsers.registry import DATE_ORDERS, PARSERS
    from analyzer.settings import parse_day

    unknown = [k for k in reports if k not in REPORT_KINDS]
    if unknown:
        raise AnalyzerError(f"unknown report kind {unknown[0]!r}; choose from html, pdf, json")
    names = [p.name for p in PARSERS]
    if format != "auto" and format not in names:
        raise AnalyzerError(f"unknown format {format!r}; choose auto or one of {', '.join(names)}")
    if date_order not in (None, *DATE_ORDERS):
        raise AnalyzerError(
            f"unknown date order {date_order!r}; choose one of {', '.join(DATE_ORDERS)}"
        )
    bounds = {}
    for name in ("since", "until"):
        value = getattr(settings, name)
        if value:
            bounds[name] = parse_day(value, f"--{name}")
    if len(bounds) == 2 and _comparable(bounds["since"]) > _comparable(bounds["until"]):
        raise AnalyzerError(f"--since {settings.since} is after --until {settings.until}")
    if isinstance(max_chat_mb, bool) or not isinstance(max_chat_mb, int | float):
        raise AnalyzerError(f"--max-chat-mb must be a number of MB, got {max_chat_mb!r}")
    if not (math.isfinite(max_chat_mb) and max_chat_mb > 0):
        raise AnalyzerError(
            f"--max-chat-mb must be a positive finite number of MB (e.g. 100), got {max_chat_mb:g}"
        )
    if workers is not None and (
        isinstance(workers, bool) or not isinstance(workers, int) or workers < 1
    ):
        raise AnalyzerError(f"--workers must be a whole number of 1 or more, got {workers!r}")
    if memory_limit is not None:
        check_memory_limit(memory_limit)
    if scheduler is not None and not hasattr(scheduler, "submit"):
        check_scheduler_address(scheduler)
    if settings.spacy_model and not _model_installed(settings.spacy_model):
        raise AnalyzerError(
            f"spaCy model {settings.spacy_model!r} is not installed; install it yourself or drop "
            "--spacy-model (chat-balance never downloads models)"
        )


def _comparable(when):
    return when.tz_convert(None) if when.tz is not None else when


def _model_installed(name: str) -> bool:
    import spacy.util

    return spacy.util.is_package(name) or os.path.isdir(name)


def check_memory_limit(text: object) -> int:
    """``--worker-memory``: a size such as 2GB or 512MB, at least :data:`MIN_WORKER_BYTES`."""
    from dask.utils import format_bytes, parse_bytes

    hint = "use a size such as 2GB or 512MB"
    try:
        size = parse_bytes(str(text).strip())
    except (ValueError, TypeError):
        raise AnalyzerError(f"cannot read --worker-memory {text!r}: {hint}") from None
    if size < MIN_WORKER_BYTES:
        raise AnalyzerError(
            f"--worker-memory {text!r} is too little for a worker (at least "
            f"{format_bytes(MIN_WORKER_BYTES).replace(' ', '')}); {hint}"
        )
    return size


def check_scheduler_address(address: object) -> None:
    """``--scheduler``: a Dask scheduler address, ``PROTOCOL://HOST:PORT`` (or ``HOST:PORT``)."""
    from distributed.comm import registry

    protocols = sorted(registry.backends)
    text = str(address).strip()
    scheme, sep, rest = text.rpartition("://")
    if not sep:
        scheme, rest = "tcp", text
    host, colon, port = rest.rpartition(":")
    ok = scheme in protocols and (scheme == "inproc" or (colon and host and port.isdigit()))
    if not ok:
        raise AnalyzerError(
            f"cannot use --scheduler {text!r}: give a Dask scheduler address such as "
            f"tcp://HOST:8786 (protocols: {', '.join(protocols)})"
        )


def prepare_output(out: Path) -> None:
    """Make the results folder (and its parents); one line if it cannot be made or written."""
    if out.exists() and not out.is_dir():
        raise AnalyzerError(f"{out}: exists and is not a folder; -o names the results folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in out.parents if p.exists() and not p.is_dir()), out)
        raise AnalyzerError(
            f"cannot make the results folder {out}: {blocker} is a file, not a folder"
        ) from None
    except OSError as exc:
        raise AnalyzerError(f"cannot make the results folder {out}: {_why(exc)}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise AnalyzerError(
            f"cannot write into the results folder {out}: permission denied; choose another -o"
        )


def _why(exc: OSError) -> str:
    if isinstance(exc, NotADirectoryError):
        return "a part of the path is a file, not a folder"
    return exc.strerror or type(exc).__name__


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` into a new file beside ``path``, then moved over it: never half a file. A
    failure (a full disk) leaves no file behind and is one line."""
    temp = None
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        raise AnalyzerError(
            f"cannot write {path}: {_why(exc)}; free some space (or fix the folder) and run the "
            "same command again"
        ) from None


def read_salt(output: Path | None, *, results_exist: bool = False) -> str:
    """The salt kept in ``output/salt.txt``, made on first use (random, 32 hex digits) and
    written atomically. An empty salt file with no results beside it (a run that could not write
    it) is made again."""
    if output is None:
        return secrets.token_hex(16)
    path = output / SALT_FILE
    if path.exists():
        try:
            salt = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            salt = None
        if salt == "" and not results_exist:
            salt = None
            path.unlink(missing_ok=True)
        elif salt is None or not _SALT.fullmatch(salt):
            raise AnalyzerError(f"{path} is not a salt written by chat-balance; move it away")
        else:
            return salt
    elif results_exist:
        raise AnalyzerError(
            f"{path} is missing but {output} holds results: without their salt every chat would "
            "get a new id and be added again; put salt.txt back or use a new -o"
        )
    salt = secrets.token_hex(16)
    write_atomically(path, (salt + "\n").encode("ascii"))
    return salt


# --------------------------------------------------------------------------------------------
# finding the chats
# --------------------------------------------------------------------------------------------


@dataclass
class Found:
    """The chats found under the paths given, files passed over as attachments, and folders
    that could not be read."""

    chats: list[tuple[Path, ...]] = field(default_factory=list)
    attachments: list[Path] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)


def discover(paths: Iterable[str | os.PathLike], *, skip: Path | None = None) -> Found:
    """The chats under ``paths`` (files, zips, folders or glob patterns), in a stable order.

    See the package docstring for what counts as one chat. ``skip`` (the results folder) is
    never searched: its own files are no chats. A folder that cannot be read is listed in
    ``unreadable``. A path that does not exist and a pattern that matches nothing are errors; so
    is finding no chat at all.
    """
    from analyzer.parsers.inputs import CHAT_SUFFIXES, WHATSAPP_CHAT_MEMBER

    suffixes = CHAT_SUFFIXES + (".zip",)
    found = Found()
    seen: set[tuple[Path, ...]] = set()
    skipped = _real(skip) if skip is not None else None

    def inside_skip(path: Path) -> bool:
        return skipped is not None and (_real(path) == skipped or skipped in _real(path).parents)

    def add(chat: tuple[Path, ...]) -> None:
        if chat not in seen:
            seen.add(chat)
            found.chats.append(chat)

    def unreadable(exc: OSError) -> None:
        found.unreadable.append(Path(exc.filename) if exc.filename else Path("?"))

    paths = list(paths)
    expanded: list[Path] = []
    for raw in paths:
        text = os.fspath(raw)
        if not os.path.exists(text) and _GLOB_CHARS.search(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise AnalyzerError(f"{text}: no file matches this pattern")
            expanded.extend(Path(m) for m in matches)
        elif not os.path.exists(text):
            raise AnalyzerError(f"{text}: no such file or folder")
        else:
            expanded.append(Path(text))
    for path in expanded:
        path = path.absolute()
        if inside_skip(path):
            continue
        if path.is_file():
            add((path,))
            continue
        for folder, dirs, files in os.walk(path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not inside_skip(Path(folder) / d))
            here = sorted(Path(folder) / f for f in files if f.lower().endswith(suffixes))
            whatsapp = [p for p in here if WHATSAPP_CHAT_MEMBER.match(p.name)]
            meta = [p for p in here if _META_PART.match(p.name)]
            if meta:
                add(tuple(meta))
            for file in here:
                if file in meta:
                    continue
                if whatsapp and file.suffix.lower() == ".txt" and file not in whatsapp:
                    found.attachments.append(file)
                    continue
                add((file,))
    if not found.chats:
        more = f"; {len(found.unreadable)} folder(s) could not be read" if found.unreadable else ""
        raise AnalyzerError(
            f"no chat export found in {', '.join(os.fspath(p) for p in paths)} "
            f"(looked for .txt, .json, .csv, .zip, ... files){more}"
        )
    return found


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def content_hash(parts: Sequence[Path | str]) -> str | None:
    """SHA-256 over the parts' bytes, in order, each with its suffix (which decides how a file is
    read), read in chunks (a big file is never held whole). Names and folders are left out: a
    chat moved or renamed keeps its hash. None when a part cannot be read."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(Path(part).suffix.lower().encode("utf-8", "surrogateescape") + b"\0")
        try:
            with open(part, "rb") as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
        except OSError:  # the task says what is wrong with it
            return None
        digest.update(b"\0")
    return digest.hexdigest()


def place_id(parts: Sequence[Path | str], salt: str) -> str:
    """16 hex digits: a salted SHA-256 of the chat's absolute path(s)."""
    text = "\0".join(os.fspath(Path(p).absolute()) for p in parts)
    return hashlib.sha256(f"{salt}\0{text}".encode("utf-8", "surrogateescape")).hexdigest()[:16]


def chat_id(parts: Sequence[Path | str], salt: str, *, content: str | None = None) -> str:
    """16 hex digits: a salted SHA-256 of the chat's content (:func:`content_hash`), so a chat
    keeps its id when its folder is moved or renamed; a chat whose files cannot be read is known
    by its path (:func:`place_id`)."""
    content = content or content_hash(parts)
    if content is None:
        return place_id(parts, salt)
    return hashlib.sha256(f"{salt}\0content\0{content}".encode()).hexdigest()[:16]


def make_jobs(found: Found, options: BatchOptions, salt: str) -> list[ChatJob]:
    fingerprint = options.fingerprint()
    jobs = []
    for parts in found.chats:
        content = content_hash(parts)
        place = place_id(parts, salt)
        key_of = content if content is not None else f"unreadable {place}"
        key = hashlib.sha256(f"{key_of}\0{fingerprint}".encode()).hexdigest()[:32]
        source = "" if options.settings.anonymize else " + ".join(os.fspath(p) for p in parts)
        jobs.append(
            ChatJob(
                parts=tuple(os.fspath(p) for p in parts),
                chat_id=chat_id(parts, salt, content=content),
                source=source,
                key=key,
                place=place,
            )
        )
    return jobs
