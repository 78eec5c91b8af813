"""``analyze()``: parsers -> structure -> nlp -> metrics -> signs, into one frozen Analysis."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pandas as pd

from analyzer.chat import Chat
from analyzer.errors import MessagesTableError, SettingsError
from analyzer.parse_warnings import warn
from analyzer.result import Analysis
from analyzer.schema import Col
from analyzer.settings import Settings
from analyzer.table_check import messages_for_analysis


def analyze(chat: Chat, *, settings: Settings | None = None, progress=None, **changes) -> Analysis:
    """Measure one chat and check every sign. Computing happens here only.

    ``settings`` (or keyword changes to the defaults, e.g. ``pair=("Ana", "Ben")``,
    ``session_gap=timedelta(hours=3)``) control the run; ``progress`` is an optional callable
    ``progress(stage_name)`` called as each stage starts.
    """
    settings = settings or Settings()
    if changes:
        settings = settings.with_(**changes)
    step = progress or (lambda _stage: None)
    if not (hasattr(chat, "messages") and hasattr(chat, "source")):
        raise MessagesTableError(
            f"analyze() takes a Chat (from load_chat, or Chat(messages=table, "
            f"source=Source(format='table'))), not {type(chat).__name__}"
        )
    messages, repairs = messages_for_analysis(chat.messages)
    source = chat.source
    if repairs:
        for repair in repairs:
            warnings.warn(repair, UserWarning, stacklevel=2)
        source = replace(source, warnings=[*source.warnings, *repairs])
    messages = _restrict_period(messages, settings)
    from analyzer import metrics, signs, structure

    import_spacy()
    from analyzer.nlp import features

    everyone = tuple(str(a) for a in pd.unique(messages[Col.AUTHOR].dropna().astype("object")))
    participants = _participants(everyone, settings)
    names: dict[str, str] = {}
    if settings.anonymize:  # from here on no table can hold a name: only labels exist
        from analyzer.anonymize import labels_for, relabel

        names = labels_for(everyone)
        messages = messages.assign(**{Col.AUTHOR: relabel(messages[Col.AUTHOR], names)})
        everyone = tuple(names[p] for p in everyone)
        participants = tuple(names[p] for p in participants)

    step("structure")
    annotated = structure.annotate(messages, session_gap=settings.session_gap)
    turns = structure.turns(annotated)
    sessions = structure.sessions(annotated)
    replies = structure.replies(turns)
    step("nlp")
    feats = features.extract(
        annotated, spacy_model=settings.spacy_model, n_process=settings.nlp_processes
    )
    frame = annotated.join(feats.frame)
    if feats.read_in_part:
        n = feats.read_in_part
        source = replace(
            source,
            warnings=[
                *source.warnings,
                warn("read_in_part", n=n, chars=features.READ_CHARS),
            ],
        )
    step("measures")
    measures = metrics.compute(
        frame,
        turns,
        sessions,
        replies,
        participants=list(participants),
        settings=settings,
        language=feats.language,
        lexicon_applied=feats.lexicon_applied,
        languages=feats.languages,
    )
    step("signs")
    found = signs.evaluate(measures, frame, participants=list(participants), settings=settings)
    result = Analysis(
        source=source,
        settings=settings,
        participants=participants,
        all_participants=everyone,
        messages=frame,
        turns=turns,
        sessions=sessions,
        replies=replies,
        measures=measures,
        signs=tuple(found),
    )
    if settings.anonymize:
        from analyzer.anonymize import anonymize_analysis

        result = anonymize_analysis(result, names)
    return result


def _participants(everyone: tuple[str, ...], settings: Settings) -> tuple[str, ...]:
    """The people measured: the ``--pair`` when one is given (checked against the chat), else
    everyone."""
    if not settings.pair:
        return everyone
    if len(set(settings.pair)) < 2:
        raise SettingsError(
            f"--pair needs two different people, got {settings.pair[0]!r} twice; "
            f"participants are: {', '.join(everyone)}"
        )
    missing = [p for p in settings.pair if p not in everyone]
    if missing:
        raise SettingsError(
            f"--pair names {missing} not in this chat; participants are: {', '.join(everyone)}"
        )
    return tuple(settings.pair)


def import_spacy() -> None:
    """Import spaCy without its command-line tools (a no-op once spaCy is imported).

    ``import spacy`` also imports ``spacy.cli`` (for ``spacy.info``), and with it the download
    and project commands and their HTTP clients: about a third of spaCy's import time, which
    every report paid and never used. ``spacy.cli`` stands in as an empty module while spaCy
    imports and is then forgotten, so a later ``import spacy.cli`` imports the real one, and
    ``spacy.info`` imports the real function when called.
    """
    import sys
    import types

    if "spacy" in sys.modules:
        return
    stand_in = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    stand_in["spacy.cli.info"].info = info
    sys.modules.update(stand_in)
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in stand_in.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _restrict_period(messages: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """The messages from ``settings.since`` to ``settings.until`` (whole days, inclusive).

    A selection that leaves no message (since after until, or a range outside the chat) is a
    :class:`SettingsError` naming the chat's real date range.
    """
    if not settings.since and not settings.until:
        return messages
    from analyzer.settings import parse_day

    stamps = messages[Col.TIMESTAMP]
    zone = getattr(stamps.dtype, "tz", None)
    bounds: dict[str, pd.Timestamp] = {}
    for name, bound in (("since", settings.since), ("until", settings.until)):
        if not bound:
            continue
        when = parse_day(bound, f"--{name}")
        if name == "until" and when == when.normalize():
            when = when + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
        if when.tz is not None and zone is None:
            raise SettingsError(
                f"--{name} {bound} has a UTC offset, but this chat's times are local clock times "
                "without a zone; give the date (and time) without an offset"
            )
        if when.tz is None and zone is not None:  # a day in the chat's own time zone
            when = when.tz_localize(zone, ambiguous=True, nonexistent="shift_forward")
        bounds[name] = when
    keep = pd.Series(True, index=messages.index)
    if "since" in bounds:
        keep &= stamps.ge(bounds["since"])
    if "until" in bounds:
        keep &= stamps.le(bounds["until"])
    if keep.any() or messages.empty:
        return messages.loc[keep].reset_index(drop=True)
    span = f"the chat runs from {stamps.min():%Y-%m-%d} to {stamps.max():%Y-%m-%d}"
    if "since" in bounds and "until" in bounds and bounds["since"] > bounds["until"]:
        raise SettingsError(f"--since {settings.since} is after --until {settings.until}; {span}")
    chosen = " ".join(f"--{name} {getattr(settings, name)}" for name in bounds)
    raise SettingsError(f"no messages with {chosen}; {span}")
