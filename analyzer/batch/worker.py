"""One chat, on a worker: read, analyse, the chat's row and measures, its reports; or the reason
it failed, scrubbed of every name and path under anonymising."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from analyzer.batch.find import BatchOptions, ChatJob
from analyzer.errors import AnalyzerError

#: Per-person measures copied into chats.parquet, one column per role: ``word_share_A``, ...
ROLE_MEASURES = (
    "messages",
    "word_share",
    "message_share",
    "initiation_share",
    "median_latency_s",
    "emotion_word_rate",
    "feeling_rate",
    "question_share",
    "responsive_share",
    "responsiveness_received",
)
#: Chat-level measures copied into chats.parquet.
CHAT_MEASURES = ("balance_index", "deep_session_share", "latency_ratio", "lsm", "span_days")
#: Words of a WhatsApp export's file name around the contact's name ("WhatsApp Chat with Sam").
_EXPORT_WORDS = frozenset("whatsapp chat with mit con avec de di van met com sohbeti чат с".split())


@dataclass(frozen=True)
class Outcome:
    """What one task returns for a chat: a row and its measures, or the reason it failed."""

    job: ChatJob
    row: dict | None = None
    measures: pd.DataFrame | None = None
    reason: str = ""
    kind: str = ""  # input | too_big | output | worker_died | bug, for a failure
    seconds: float = 0.0


#: Threads of one worker process take turns on the shared spaCy pipeline.
_PIPELINE_LOCK = threading.Lock()


def warm_worker(spacy_model: str | None) -> None:
    """Import the analysis and build the NLP pipeline in this process (cached: once per worker
    process), so that the first chat of a worker pays nothing extra."""
    from analyzer.nlp.features import build_pipeline
    from analyzer.parsers.registry import load_chat  # noqa: F401 - imported once, here
    from analyzer.pipeline import analyze, import_spacy  # noqa: F401

    import_spacy()
    build_pipeline(spacy_model)


def chat_bytes(parts: Sequence[str]) -> int:
    """Bytes of chat text a chat holds: file sizes, and for a zip the sizes it declares for its
    members with a chat suffix (what would be decompressed)."""
    import zipfile

    from analyzer.parsers.inputs import CHAT_SUFFIXES

    total = 0
    for part in parts:
        size = os.path.getsize(part)
        with open(part, "rb") as fh:
            head = fh.read(4)
        if head in (b"PK\x03\x04", b"PK\x05\x06") or part.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(part) as archive:
                    size = sum(
                        i.file_size
                        for i in archive.infolist()
                        if i.filename.lower().endswith(CHAT_SUFFIXES)
                    )
            except (zipfile.BadZipFile, OSError, ValueError):
                pass  # load_chat says what is wrong with it
        total += size
    return total


def run_jobs(jobs: Sequence[ChatJob], options: BatchOptions) -> list[Outcome]:
    """:func:`run_job` for each of a few chats (one task for several small chats)."""
    return [run_job(job, options) for job in jobs]


def run_job(job: ChatJob, options: BatchOptions) -> Outcome:
    """Analyse one chat; never raises for a problem with the chat (it becomes the reason)."""
    start = time.perf_counter()
    names: list[str] = []  # the chat's people once it is read, in order of first appearance
    result = None
    try:
        size = chat_bytes(job.parts)
        if size > options.max_chat_bytes:
            return _failed(
                job,
                options,
                "too_big",
                start,
                f"the chat holds {size / 1024**2:.2f} MB of chat text, above the "
                f"per-chat limit of {options.max_chat_mb:g} MB "
                "(raise it with --max-chat-mb)",
            )
        result = analyze_one(job, options, names)
        row, measures = chat_row(result, job), measures_rows(result, job)
    except AnalyzerError as exc:
        return _failed(job, options, "input", start, str(exc), names, exc.names)
    except OSError as exc:  # unreadable (permissions, a file gone or broken on the disk)
        where = exc.filename or job.parts[0]
        return _failed(
            job, options, "input", start, f"{where}: cannot read ({exc.strerror or exc})", names
        )
    except MemoryError:
        return _failed(
            job,
            options,
            "too_big",
            start,
            "ran out of memory while analysing this chat; give workers more memory "
            "or lower --max-chat-mb to skip such chats early",
        )
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch; it is reported
        return _failed(
            job,
            options,
            "bug",
            start,
            f"internal error ({type(exc).__name__}: {exc}); please report it",
            names,
        )
    if options.reports and options.reports_dir:
        try:
            write_reports(result, Path(options.reports_dir), job.chat_id, options.reports)
        except (AnalyzerError, OSError) as exc:
            text = str(exc) if isinstance(exc, AnalyzerError) else f"{exc.strerror or exc}"
            text = text.replace(os.fspath(Path(options.reports_dir)), "reports")
            # the id is ours, not the chat's: kept out of the scrubber (whose phone-number rule
            # would take a run of its hex digits)
            failed = _failed(
                job,
                options,
                "output",
                start,
                f"its report could not be written ({text.replace(job.chat_id, '[id]')}); the "
                "next run of the same command tries again",
                names,
            )
            return replace(failed, reason=failed.reason.replace("[id]", job.chat_id))
    return Outcome(job=job, row=row, measures=measures, seconds=time.perf_counter() - start)


def _failed(
    job: ChatJob,
    options: BatchOptions,
    kind: str,
    start: float,
    reason: str,
    names: Sequence[str] = (),
    listed: Sequence[str] = (),
) -> Outcome:
    return Outcome(
        job=job,
        reason=scrub_reason(reason, job, options, names=names, listed=listed),
        kind=kind,
        seconds=time.perf_counter() - start,
    )


def scrub_reason(
    reason: str,
    job: ChatJob,
    options: BatchOptions,
    *,
    names: Sequence[str] = (),
    listed: Sequence[str] = (),
) -> str:
    """One line. Under anonymize it goes through the report's scrubber
    (:func:`analyzer.anonymize.make_scrubber`): the chat's paths and file names, and the names of
    the files inside a zip, become "[chat]" and "[file]"; the chat's people (``names``, once it
    was read) become their labels, "Person A", ...; names the error lists (``listed``: chats of
    an export, people of several chats), the ``--pair`` and ``--chat`` typed, and the contact in
    a WhatsApp export's file name become "[name]"; e-mails, other paths and phone numbers go as
    in the report."""
    reason = " ".join(str(reason).split())
    if not options.settings.anonymize:
        return reason
    from analyzer.anonymize import labels_for, make_scrubber

    files = {}
    for part in job.parts:
        files[part] = "[chat]"
        files[os.path.basename(part)] = "[chat]"
        for member in _members(part):
            files[member] = "[file]"
            files[member.replace("\\", "/").rsplit("/", 1)[-1]] = "[file]"
    hidden = [*listed, *(options.settings.pair or ()), *(n[1:] for n in names if n[:1] == "\0")]
    chosen = dict(options.parse_options).get("chat")
    if chosen:
        hidden.append(chosen)
    hidden += [n for f in files if (n := _contact_in(f))]
    for name in sorted(files, key=len, reverse=True):
        if name:
            reason = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w.])", files[name], reason)
    people = list(dict.fromkeys(str(n) for n in names if n[:1] != "\0"))
    scrub = make_scrubber(
        labels_for(people), also_hide=[h for h in dict.fromkeys(hidden) if h not in people]
    )
    return scrub(reason)


def _members(part: str) -> list[str]:
    """The names of the files inside a zip (none for another file or a broken zip)."""
    import zipfile

    if not part.lower().endswith(".zip") and not zipfile.is_zipfile(part):
        return []
    try:
        with zipfile.ZipFile(part) as archive:
            return [n for n in archive.namelist()[:10_000] if n.strip("/")]
    except (zipfile.BadZipFile, OSError, ValueError):
        return []


def _contact_in(file_name: str) -> str:
    """The contact's name in a WhatsApp export's file name ("WhatsApp Chat with Sam Lee.txt" ->
    "Sam Lee"); "" for any other name."""
    from analyzer.parsers.inputs import WHATSAPP_CHAT_MEMBER

    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    if not base.lower().startswith(("whatsapp", "chat", "чат")) or not (
        WHATSAPP_CHAT_MEMBER.match(base) or base.lower().endswith(".zip")
    ):
        return ""
    words = re.findall(r"[^\W\d_]+", base.rsplit(".", 1)[0])
    rest = [w for w in words if w.casefold() not in _EXPORT_WORDS]
    return " ".join(rest)


def analyze_one(job: ChatJob, options: BatchOptions, names: list[str] | None = None):
    """load_chat + analyze (with the batch's settings). ``names`` receives the chat's people
    once it is read, for scrubbing a later error; and the chat's own name (a Telegram title,
    often a person's) when it is not its file's name, prefixed with a NUL to tell it apart."""
    from analyzer.parsers.registry import load_chat
    from analyzer.pipeline import analyze
    from analyzer.schema import Col

    target = list(job.parts) if len(job.parts) > 1 else job.parts[0]
    chat = load_chat(
        target, format=options.format, date_order=options.date_order, **dict(options.parse_options)
    )
    if names is not None:
        authors = chat.messages[Col.AUTHOR].dropna().astype("object")
        names.extend(str(a) for a in pd.unique(authors))
        title = str(chat.source.chat_name or "")
        if title and title.casefold() not in {Path(p).stem.casefold() for p in job.parts}:
            names.append("\0" + title)
    with _PIPELINE_LOCK:
        return analyze(chat, settings=options.settings)


def write_reports(result, folder: Path, name: str, kinds: Sequence[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kind in kinds:
        path = folder / f"{name}.{kind}"
        getattr(result, f"to_{kind}")(path)


def role_of(result) -> dict[str, str]:
    """Person -> role letter (A, B, ..., AA, ...) in order of first appearance in the chat."""
    from analyzer.anonymize import person_label

    return {
        p: person_label(i).removeprefix("Person ") for i, p in enumerate(result.all_participants)
    }


def chat_row(result, job: ChatJob) -> dict:
    """The chat's row of chats.parquet (see README: "What each column means")."""
    roles = role_of(result)
    source = result.source
    start, end = result.period
    values = result.measures.values
    row: dict = {
        "chat_id": job.chat_id,
        "source": job.source,
        "key": job.key,
        "place": job.place,
        "format": source.format,
        "variant": source.variant,
        "files": len(source.files),
        "start": start,
        "end": end,
        "messages": len(result.messages),
        "participants": len(result.all_participants),
        "measured": "".join(roles[p] for p in result.participants),
        "sessions": len(result.sessions),
        "turns": len(result.turns),
        "lines": source.lines.total,
        "lines_skipped": sum(source.lines.skipped.values()),
        "warnings": len(source.warnings),
    }
    chat_level = values[values["participant"] == ""].set_index("measure")["value"]
    for name in CHAT_MEASURES:
        row[name] = float(chat_level.get(name, float("nan")))
    per_person = values[values["measure"].isin(ROLE_MEASURES) & (values["participant"] != "")]
    table = per_person.pivot_table(
        index="participant", columns="measure", values="value", aggfunc="first", dropna=False
    )
    for person in result.participants:
        for name in ROLE_MEASURES:
            value = table.at[person, name] if person in table.index and name in table else None
            row[f"{name}_{roles[person]}"] = float("nan") if value is None else float(value)
    for sign in result.signs:
        row[f"{sign.id}_status"] = sign.status
        row[f"{sign.id}_score"] = float("nan") if sign.score is None else float(sign.score)
        row[f"{sign.id}_who"] = roles.get(sign.who, "") if sign.who else ""
    return row


def measures_rows(result, job: ChatJob) -> pd.DataFrame:
    """The chat's tidy measures table with its chat id and each participant's role."""
    roles = role_of(result)
    values = result.measures.values
    frame = values.assign(role=values["participant"].map(roles).fillna("").astype("string"))
    frame.insert(0, "chat_id", job.chat_id)
    return frame.reset_index(drop=True)
