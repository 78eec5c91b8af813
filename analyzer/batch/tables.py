"""The three tables of a batch (chats, measures, errors), what a rerun may skip, and the check
that a chat's reports are still there and readable."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyzer.batch.find import REPORTS_DIR, ChatJob, write_atomically
from analyzer.batch.worker import Outcome
from analyzer.errors import AnalyzerError

CHATS_FILE = "chats.parquet"
MEASURES_FILE = "measures.parquet"
ERRORS_FILE = "errors.parquet"
ERROR_COLUMNS = ("chat_id", "source", "key", "place", "kind", "reason")
#: Failures a rerun tries again even when nothing changed: the chat itself was fine.
RETRIED_KINDS = frozenset({"output"})


@dataclass(frozen=True)
class Done:
    """What the tables hold for one chat id."""

    key: str
    kind: str  # "" for a chat analysed, else the error's kind
    place: str


class Tables:
    """chats, measures and errors so far. A new outcome for a chat replaces its old rows, and
    the rows of an older version of it at the same place (``place``) unless that version is
    among ``current`` (the chat ids of this run)."""

    def __init__(
        self,
        chats: pd.DataFrame,
        measures: pd.DataFrame,
        errors: pd.DataFrame,
        current: Iterable[str] = (),
    ):
        self._chats = chats
        self._measures = measures
        self._errors = errors
        self._new: list[Outcome] = []
        self.current = set(current)

    @property
    def chats(self) -> pd.DataFrame:
        self._flush()
        return self._chats

    @property
    def measures(self) -> pd.DataFrame:
        self._flush()
        return self._measures

    @property
    def errors(self) -> pd.DataFrame:
        self._flush()
        return self._errors

    @classmethod
    def read(cls, out: Path | None, current: Iterable[str] = ()) -> Tables:
        def load(name: str, columns: Sequence[str]) -> pd.DataFrame:
            path = out / name if out is not None else None
            if path is not None and path.exists():
                try:
                    frame = pd.read_parquet(path)
                except Exception as exc:  # noqa: BLE001 - any reader error: the file is not ours
                    raise AnalyzerError(
                        f"{path} cannot be read ({type(exc).__name__}); move it away or use a new "
                        f"-o"
                    ) from None
                if "place" in columns and "place" not in frame.columns:
                    # an older version's table, whose ids were salted hashes of the path: what
                    # is now the place, so that a chat redone replaces its old row
                    frame.insert(min(3, len(frame.columns)), "place", frame["chat_id"])
                return frame
            return pd.DataFrame(columns=list(columns))

        return cls(
            load(CHATS_FILE, ("chat_id", "key", "place")),
            load(MEASURES_FILE, ("chat_id",)),
            load(ERRORS_FILE, ERROR_COLUMNS),
            current,
        )

    def done(self) -> dict[str, Done]:
        """chat id -> what the tables hold for it."""
        found = {
            c: Done(k, str(kind), p)
            for c, k, kind, p in zip(
                self.errors["chat_id"],
                self.errors["key"],
                self.errors["kind"],
                self.errors["place"],
                strict=True,
            )
        }
        found.update(
            (c, Done(k, "", p))
            for c, k, p in zip(
                self.chats["chat_id"], self.chats["key"], self.chats["place"], strict=True
            )
        )
        return found

    def move(self, places: dict[str, str]) -> bool:
        """Record the new place of chats found elsewhere than before; True if any moved."""
        if not places:
            return False
        self._flush()
        for name in ("_chats", "_errors"):
            frame = getattr(self, name)
            new = frame["chat_id"].map(places)
            if new.notna().any():
                setattr(self, name, frame.assign(place=new.fillna(frame["place"])))
        return True

    def add(self, outcome: Outcome) -> None:
        self._new.append(outcome)

    def _flush(self) -> None:
        if not self._new:
            return
        ids = {o.job.chat_id for o in self._new}
        places = {o.job.place for o in self._new if o.job.place}
        rows = [o.row for o in self._new if o.row is not None]
        measures = [o.measures for o in self._new if o.measures is not None]
        errors = [
            {
                "chat_id": o.job.chat_id,
                "source": o.job.source,
                "key": o.job.key,
                "place": o.job.place,
                "kind": o.kind,
                "reason": o.reason,
            }
            for o in self._new
            if o.row is None
        ]
        self._new = []
        gone = set()
        for frame in (self._chats, self._errors):
            old = frame["place"].isin(places) & ~frame["chat_id"].isin(self.current | ids)
            gone |= set(frame.loc[old, "chat_id"])
        drop = ids | gone
        self._chats = _concat(self._chats[~self._chats["chat_id"].isin(drop)], pd.DataFrame(rows))
        self._measures = _concat(self._measures[~self._measures["chat_id"].isin(drop)], *measures)
        self._errors = _concat(
            self._errors[~self._errors["chat_id"].isin(drop)],
            pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
        )

    def write(self, out: Path) -> None:
        """Each table to a temporary file, then renamed over the old one (atomic); a failure
        (a full disk) is one line and leaves the tables of the last good write."""
        for name, frame in (
            (CHATS_FILE, self.chats),
            (MEASURES_FILE, self.measures),
            (ERRORS_FILE, self.errors),
        ):
            buffer = io.BytesIO()
            _tidy(frame).to_parquet(buffer, index=False)
            write_atomically(out / name, buffer.getvalue())


def reports_ok(out: Path | None, job: ChatJob, kinds: Sequence[str]) -> bool:
    """True if every report asked for is in ``out/reports/`` and readable as its kind."""
    if out is None or not kinds:
        return True
    return all(report_ok(out / REPORTS_DIR / f"{job.chat_id}.{kind}", kind) for kind in kinds)


def report_ok(path: Path, kind: str) -> bool:
    """A whole report: JSON that parses, HTML that ends its document, a PDF with its end mark."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if kind == "json":
        try:
            json.loads(data)
        except ValueError:
            return False
        return True
    if kind == "html":
        return data.rstrip().lower().endswith(b"</html>")
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def _concat(*frames: pd.DataFrame) -> pd.DataFrame:
    kept = [f for f in frames if len(f.columns)]
    nonempty = [f for f in kept if len(f)]
    if not nonempty:
        return kept[-1].iloc[0:0] if kept else pd.DataFrame()
    return pd.concat(nonempty, ignore_index=True)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns that hold only strings become strings (Parquet needs one type per column)."""
    frame = frame.reset_index(drop=True)
    text = [
        c
        for c in frame.columns
        if frame[c].dtype == object
        and pd.api.types.infer_dtype(frame[c], skipna=True) in ("string", "empty")
    ]
    return frame.astype(dict.fromkeys(text, "string")) if text else frame
