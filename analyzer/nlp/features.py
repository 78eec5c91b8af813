"""Docs -> plain feature columns: the only place that runs the spaCy pipeline.

``extract(annotated, *, spacy_model=None, n_process=1) -> Features`` (contract in
``analyzer/nlp/__init__.py``). Steps:

1. guess the chat's language from its script and stopwords (:mod:`analyzer.nlp.language`), then
   each message's language with the chat's as the prior (``language.message_languages``);
2. group the text messages by the pipeline that reads them: a language with a pack
   (``analyzer/lexicons/<code>/``) by its own pipeline (``spacy.blank(pack.spacy_lang)`` plus our
   components reading that pack), a language without one by the English tokenizer for the
   measures every language has;
3. in each group, run ``nlp.pipe`` once over the *distinct* texts (chats repeat "ok", "lol", "😂"
   a lot; every feature except ``followup`` is a pure function of the text and its language, so
   each distinct text is processed once and the results are mapped back with one ``take``);
4. read each Doc's results into preallocated numpy arrays (no Doc is kept);
5. compute ``followup`` vectorised from ``session_id``, ``turn_id`` and ``author``;
6. for messages in a language without a pack, blank the lexicon columns (NaN / False / "") and
   count as questions only messages with a question mark (worded questions need a pack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial

import numpy as np
import pandas as pd

from analyzer.errors import AnalyzerError
from analyzer.nlp import aim, components, corrections, denied, emotion, lexicon, normalise
from analyzer.nlp import language as _language
from analyzer.nlp.pack import load_pack
from analyzer.schema import Col

#: Languages that have a language pack (the depth lexicon and the emotion reading).
LEXICON_LANGUAGES: frozenset[str] = _language.READ_LANGUAGES
#: The pack whose tokenizer and structural rules read messages in a language without a pack
#: (their lexicon columns are then blanked).
FALLBACK_LANGUAGE = "en"

CAT_COLUMNS: tuple[str, ...] = tuple(f"cat_{c}" for c in normalise.CATEGORIES)
FW_COLUMNS: tuple[str, ...] = tuple(f"fw_{c}" for c in normalise.FW_CATEGORIES)
EMOJI_COLUMNS: tuple[str, ...] = tuple(f"emoji_{c}" for c in normalise.EMOJI_CATEGORIES)

#: Feature columns and their dtypes, in output order.
COLUMNS: dict[str, str] = {
    "words": "int64",
    "chars": "int64",
    "emoji": "int64",
    **{c: "int64" for c in EMOJI_COLUMNS},
    "emphasis": "bool",
    "valence": "float64",
    "tier": "float64",
    "emotion_words": "float64",
    "emotion_terms": "string",
    "emotion_score": "float64",
    **{c: "float64" for c in CAT_COLUMNS},
    "feeling": "bool",
    "feeling_valence": "float64",
    "feeling_tier": "float64",
    "question": "bool",
    "question_other": "bool",
    "followup": "bool",
    "at_partner": "bool",
    "reflection": "bool",
    "about_self": "bool",
    "reflected_terms": "string",
    "minimal": "bool",
    "laughter": "bool",
    **{c: "int64" for c in FW_COLUMNS},
}

#: Columns switched off (NaN, False or "") for messages in a language without a pack.
LEXICON_COLUMNS: tuple[str, ...] = (
    "valence",
    "tier",
    "emotion_words",
    "emotion_terms",
    "emotion_score",
    *CAT_COLUMNS,
    "feeling",
    "feeling_valence",
    "feeling_tier",
    "question_other",
    "at_partner",
    "reflection",
    "reflected_terms",
    "about_self",
)


@dataclass(frozen=True)
class Features:
    """Result of the NLP pass: one row per row of ``annotated`` (same index)."""

    frame: pd.DataFrame
    language: str
    lexicon_applied: bool
    #: text messages longer than :data:`READ_CHARS`, read for feelings and acts in part only
    read_in_part: int = 0
    #: text messages per language code, read or not, most first (each message's language by
    #: :func:`analyzer.nlp.language.message_languages`, the chat's language as the prior)
    languages: dict[str, int] = field(default_factory=dict)


#: The most characters of one message the pass reads for feelings, acts and style (a very long
#: paste would otherwise take memory in proportion to its length). The rest is still counted in
#: ``words`` and ``chars``.
READ_CHARS = 100_000
_WORD_RUN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _head(text: str) -> str:
    """The first :data:`READ_CHARS` characters of ``text``, cut at a space where there is one."""
    head = text[:READ_CHARS]
    cut = head.rfind(" ", READ_CHARS // 2)
    return head[:cut] if cut > 0 else head


# --------------------------------------------------------------------------------------------
# language
# --------------------------------------------------------------------------------------------

#: The language guess lives in :mod:`analyzer.nlp.language` (its word lists are data, in
#: ``analyzer/lexicons/languages.json``); kept here under its old name.
detect_language = _language.detect_language

#: A link: a question mark inside it asks nothing.
_LINK = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)


def marked_questions(texts: pd.Series, language: str = "") -> np.ndarray:
    """Whether each text holds a question mark of ``language``'s script outside a link (the
    marks are data: :func:`analyzer.nlp.language.question_marks`). Worded questions without one
    ("how are you") are read only in a language that has the emotion reading."""
    marks = re.compile("[" + re.escape(_language.question_marks(language)) + "]")
    bare = texts.astype("object").fillna("").str.replace(_LINK, " ", regex=True)
    return bare.str.contains(marks, regex=True).to_numpy(dtype=bool)


# --------------------------------------------------------------------------------------------
# pipeline
# --------------------------------------------------------------------------------------------


def build_pipeline(spacy_model: str | None = None, language: str = "en"):
    """The pipeline of ``language``'s pack: ``spacy.blank(pack.spacy_lang)`` (default) or, when
    ``spacy_model`` is an installed pipeline of that language, that pipeline; plus our
    components reading the pack. A model of another language is not used for this one. Built
    once per process and (model, language), however it is called.

    A named model must already be installed: nothing is downloaded. Its tagger, parser and NER
    are disabled (our components need only tokens).
    """
    return _build_pipeline(spacy_model, language)


@lru_cache(maxsize=16)
def _build_pipeline(spacy_model: str | None, language: str):
    import spacy

    pack = load_pack(language)
    nlp = None
    if spacy_model is not None:
        model = _load_model(spacy_model)
        if model.lang == pack.spacy_lang and not _taken(model, pack):
            nlp = model
    if nlp is None:
        nlp = lexicon.blank(pack.spacy_lang)
        if _taken(nlp, pack):
            nlp = spacy.blank(pack.spacy_lang)  # another pack of this spaCy language has it
    nlp.max_length = 10**8  # one message may be a long paste; every component is linear in it
    components.add_components(nlp, language)
    # built here, once, so that forked workers share them instead of each building its own
    components.language_rules(language)
    nlp.get_pipe("depth_lexicon").lexicon.rules.find_patterns(("sorry",))  # compiles them
    emotion.load_model(language)
    return nlp


build_pipeline.cache_info = _build_pipeline.cache_info  # type: ignore[attr-defined]
build_pipeline.cache_clear = _build_pipeline.cache_clear  # type: ignore[attr-defined]


def _taken(nlp, pack) -> bool:
    """``nlp`` already carries the components of another pack."""
    return (
        "depth_lexicon" in nlp.pipe_names and nlp.get_pipe("depth_lexicon").lexicon.pack is not pack
    )


@lru_cache(maxsize=4)
def _load_model(spacy_model: str):
    """Load an installed spaCy pipeline (once per process)."""
    import spacy

    if not spacy.util.is_package(spacy_model) and not _is_path(spacy_model):
        raise AnalyzerError(
            f"spaCy model {spacy_model!r} is not installed; install it yourself or drop "
            "--spacy-model (chat-balance never downloads models)"
        )
    try:
        return spacy.load(spacy_model, exclude=["parser", "ner", "senter", "textcat"])
    except OSError as exc:  # pragma: no cover - depends on the user's installation
        raise AnalyzerError(
            f"spaCy model {spacy_model!r} could not be loaded ({exc}); nothing is downloaded"
        ) from exc


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).exists()


# --------------------------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------------------------


_WORKER_NLP = None


def _worker(args: tuple[list[str], int]) -> dict[str, np.ndarray]:
    texts, batch_size = args
    return _process(texts, _WORKER_NLP, batch_size)


def _process_parallel(
    texts: list[str], nlp, n_process: int, batch_size: int
) -> dict[str, np.ndarray]:
    """Split ``texts`` into ``n_process`` chunks, one forked worker each (only the compact arrays
    travel back, not Docs); falls back to one process where ``fork`` is unavailable."""
    import multiprocessing as mp

    global _WORKER_NLP
    if n_process <= 1 or len(texts) < 4 * batch_size or "fork" not in mp.get_all_start_methods():
        return _process(texts, nlp, batch_size)
    _WORKER_NLP = nlp
    bounds = np.linspace(0, len(texts), n_process + 1).astype(int)
    chunks = [(texts[a:b], batch_size) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    try:
        with mp.get_context("fork").Pool(n_process) as pool:
            parts = pool.map(_worker, chunks)
    finally:
        _WORKER_NLP = None
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def _process(texts: list[str], nlp, batch_size: int) -> dict[str, np.ndarray]:
    """Run the pipeline once over ``texts``; return per-text arrays (no Doc is kept)."""
    ints: list[tuple] = []  # words, chars, emoji total and per category
    cats: list[tuple] = []
    fws: list[tuple] = []
    floats: list[tuple] = []  # valence, tier, emotion_words, feeling tier, emotion_score
    # emphasis, feeling, question, qo, cue, minimal, laughter, laughed off, at_partner,
    # reflection, about_self
    flags: list[tuple] = []
    terms: list[str] = []
    reflected: list[str] = []
    content: list[str] = []
    analyse = components.analyse_doc
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer
    code = lexicon.pack.code
    rules = components.language_rules(code)
    model = emotion.load_model(code)
    read_emotion = model.read if model is not None else _lexicon_only
    aimed = aim.aimed_at_partner
    aim_rules = rules.aim
    first_person = lexicon.pack.word_set("first_person")
    # our components are skipped inside nlp.pipe and run as one call per Doc (same functions,
    # same order, same results; no Doc-extension traffic)
    docs = nlp.pipe(
        texts,
        batch_size=batch_size,
        disable=[n for n in components.PIPE_NAMES if n in nlp.pipe_names],
    )
    for raw, doc in zip(texts, docs, strict=True):
        t, e, lx, a, f, fw, val = analyse(doc, raw, lexicon, scorer, rules)
        tier, emo_terms, prob = read_emotion(t, e, lx, a, f, val)
        ints.append((t.n_words, len(raw), *e[:7]))
        cats.append(lx.cats)
        fws.append(fw)
        floats.append((val, tier, len(emo_terms), f.tier, prob))
        flags.append(
            (
                t.emphasis,
                f.feeling,
                a.question,
                a.question_other,
                a.followup_cue,
                a.minimal,
                a.laughter,
                f.laughed_off,
                aimed(t.words, lx.matches, lx.readers, aim_rules),
                bool(lx.reflected),
                not first_person.isdisjoint(t.words),
            )
        )
        terms.append(" ".join(emo_terms))
        reflected.append(" ".join(lx.reflected))
        content.append(" ".join(a.content))
    n_cats, n_fw = len(normalise.CATEGORIES), len(normalise.FW_CATEGORIES)
    return {
        "ints": np.array(ints, dtype=np.int64).reshape(-1, 3 + len(normalise.EMOJI_CATEGORIES)),
        "cats": np.array(cats, dtype=np.float64).reshape(-1, n_cats),
        "fws": np.array(fws, dtype=np.int64).reshape(-1, n_fw),
        "floats": np.array(floats, dtype=np.float64).reshape(-1, 5),
        "flags": np.array(flags, dtype=bool).reshape(-1, 11),
        "terms": np.array(terms, dtype=object),
        "reflected": np.array(reflected, dtype=object),
        "content": np.array(content, dtype=object),
    }


def _lexicon_only(text, emoji, lex, acts, feeling, valence) -> tuple[int, tuple[str, ...], float]:
    """The tier, emotion terms and score of a message in a language without an emotion model:
    the lexicon's and the feeling statement's tier, the lexicon's terms, no score."""
    return max(lex.tier, feeling.tier), lex.emotion_terms, np.nan


def followup_column(
    frame: pd.DataFrame,
    *,
    question: np.ndarray,
    question_other: np.ndarray,
    cue: np.ndarray,
    content: np.ndarray,
    tier: np.ndarray,
    conflict: np.ndarray,
) -> np.ndarray:
    """Follow-up questions: a question in a turn that answers a partner's turn in its session,
    and that (a) shares a content word with that turn, or (b) is a generic follow-up ("what
    happened", "and then?"), or (c) asks about the other right after that turn reached tier >= 2.
    A question that criticises, defends or invalidates (``conflict``) is never a follow-up.

    ``frame`` carries ``session_id``, ``turn_id`` and ``author`` (positional arrays align with it).
    Vectorised: the previous turn comes from a turn table, overlap from an exploded merge.
    """
    n = len(frame)
    out = np.zeros(n, dtype=bool)
    turn = frame["turn_id"].to_numpy(dtype=np.int64)
    sess = frame["session_id"].to_numpy(dtype=np.int64)
    ok = turn >= 0
    if not ok.any():
        return out
    turns = pd.DataFrame(
        {"turn": turn[ok], "session": sess[ok], "tier": np.nan_to_num(tier[ok], nan=0.0)}
    )
    table = turns.groupby("turn", sort=True).agg(session=("session", "first"), tier=("tier", "max"))
    prev_same = table["session"].shift(1).to_numpy() == table["session"].to_numpy()
    prev_turn = pd.Series(
        np.where(prev_same, table.index.to_series().shift(1).fillna(-1).to_numpy(), -1).astype(
            np.int64
        ),
        index=table.index,
    )
    prev_tier = pd.Series(
        np.where(prev_same, table["tier"].shift(1).fillna(0).to_numpy(), 0.0), index=table.index
    )
    row_prev = np.full(n, -1, dtype=np.int64)
    row_prev[ok] = prev_turn.reindex(turn[ok]).to_numpy()
    row_prev_tier = np.zeros(n)
    row_prev_tier[ok] = prev_tier.reindex(turn[ok]).to_numpy()
    has_prev = row_prev >= 0
    candidates = question & has_prev & ~conflict
    if not candidates.any():
        return out
    out |= candidates & cue
    out |= candidates & question_other & (row_prev_tier >= 2)
    # content overlap: (row, prev_turn, stem) against (turn, stem)
    q_rows = np.flatnonzero(candidates & ~out)
    if len(q_rows):
        q = (
            pd.DataFrame(
                {
                    "row": q_rows,
                    "turn": row_prev[q_rows],
                    "stem": pd.Series(content[q_rows], dtype="object").str.split().to_numpy(),
                }
            )
            .explode("stem")
            .dropna()
        )
        needed = np.isin(turn, q["turn"].unique())
        if len(q) and needed.any():
            t = (
                pd.DataFrame(
                    {
                        "turn": turn[needed],
                        "stem": pd.Series(content[needed], dtype="object").str.split().to_numpy(),
                    }
                )
                .explode("stem")
                .dropna()
                .drop_duplicates()
            )
            hit = q.merge(t, on=["turn", "stem"], how="inner")["row"].unique()
            out[hit] = True
    return out


#: With ``n_process="auto"``, the pass forks workers only above this many distinct texts (below
#: it, forking costs more than it saves).
AUTO_MIN_TEXTS = 20_000
#: Most workers ``n_process="auto"`` starts (each holds its own copy of the pipeline, ~400 MB
#: peak on 200k messages).
AUTO_MAX_PROCESSES = 2


def _cpus() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _fork_is_safe() -> bool:
    """``fork`` exists and is the platform's normal way to start workers (Linux); macOS offers
    it too, but its system libraries are not fork-safe, so "auto" stays in one process there."""
    import multiprocessing as mp
    import sys

    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


def resolve_processes(n_process: int | str, n_texts: int) -> int:
    """Workers for ``n_texts`` distinct texts: ``"auto"`` -> ``min(AUTO_MAX_PROCESSES, CPUs)``
    when ``n_texts > AUTO_MIN_TEXTS`` on Linux (where ``fork`` is safe), else 1; an int (or
    digit string) is used as given (at least 1)."""
    if isinstance(n_process, str):
        if n_process.strip().lower() == "auto":
            if n_texts <= AUTO_MIN_TEXTS or not _fork_is_safe():
                return 1
            return max(1, min(AUTO_MAX_PROCESSES, _cpus()))
        if not n_process.strip().isdigit():
            raise AnalyzerError(
                f"nlp_processes must be 'auto' or a whole number, not {n_process!r}"
            )
        n_process = int(n_process)
    return max(1, int(n_process))


def extract(
    annotated: pd.DataFrame,
    *,
    spacy_model: str | None = None,
    n_process: int | str = 1,
    batch_size: int = 2000,
) -> Features:
    """Run the NLP pass over ``annotated`` (messages + ``session_id``/``turn_id``).

    Only ``kind == "text"`` rows are processed; other rows get 0 / False / NaN / "".
    ``n_process`` is a worker count or ``"auto"`` (:func:`resolve_processes`); the frame is the
    same for any value.
    """
    for col in ("session_id", "turn_id", Col.TEXT, Col.KIND, Col.AUTHOR):
        if col not in annotated.columns:
            raise AnalyzerError(
                f"the NLP pass needs column {col!r}; pass structure.annotate(messages)"
            )
    n = len(annotated)
    is_text = (annotated[Col.KIND] == "text").to_numpy(dtype=bool) & annotated[
        Col.TEXT
    ].notna().to_numpy()
    texts = annotated[Col.TEXT].astype("object").where(is_text, "")
    language = detect_language(texts[is_text]) if is_text.any() else "en"
    applied = language in LEXICON_LANGUAGES
    long = is_text & (texts.str.len().to_numpy() > READ_CHARS)
    read = texts.where(~long, texts[long].map(_head)) if long.any() else texts
    fixes = corrections.find(texts, annotated[Col.AUTHOR], annotated["session_id"], is_text)
    read = corrections.apply(read, fixes)  # "*tired" is read into the message it corrects
    msg_lang = np.full(n, "", dtype=object)
    if is_text.any():  # each distinct text once (chats repeat "ok", "lol", "😂" a lot)
        codes, uniques = pd.factorize(texts[is_text], sort=False)
        distinct = _language.message_languages(pd.Series(uniques, dtype="object"), language)
        msg_lang[is_text] = distinct[codes]
    counts = pd.Series(msg_lang[is_text], dtype="object").value_counts(sort=False)
    languages = {
        str(k): int(v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    }
    # rows read with their own pack; the others are read by the fallback pipeline and blanked
    has_pack = np.isin(msg_lang, list(LEXICON_LANGUAGES)) & is_text
    pipe_lang = np.where(has_pack, msg_lang, FALLBACK_LANGUAGE)
    # a language read by another language's pack (languages.json "pack") shares its pipeline
    readers = {c: _language.pack_of(c) for c in pd.unique(pipe_lang)}
    if any(c != r for c, r in readers.items()):
        pipe_lang = pd.Series(pipe_lang, dtype="object").map(readers).to_numpy(dtype=object)
    ints = np.zeros((n, 3 + len(normalise.EMOJI_CATEGORIES)), dtype=np.int64)
    cats = np.full((n, len(normalise.CATEGORIES)), np.nan)
    fws = np.zeros((n, len(normalise.FW_CATEGORIES)), dtype=np.int64)
    floats = np.full((n, 5), np.nan)
    flags = np.zeros((n, 11), dtype=bool)
    terms = np.full(n, "", dtype=object)
    reflected = np.full(n, "", dtype=object)
    content = np.full(n, "", dtype=object)
    for lang in sorted(set(pipe_lang[is_text].tolist())):
        rows = np.flatnonzero(is_text & (pipe_lang == lang))
        codes, uniques = pd.factorize(read.iloc[rows], sort=False)
        res = _process_parallel(
            [str(u) for u in uniques],
            build_pipeline(spacy_model, lang),
            resolve_processes(n_process, len(uniques)),
            batch_size,
        )
        ints[rows] = res["ints"][codes]
        cats[rows] = res["cats"][codes]
        fws[rows] = res["fws"][codes]
        floats[rows] = res["floats"][codes]
        flags[rows] = res["flags"][codes]
        terms[rows] = res["terms"][codes]
        reflected[rows] = res["reflected"][codes]
        content[rows] = res["content"][codes]
    unread = is_text & ~has_pack
    for lang in sorted(set(msg_lang[unread].tolist())):
        # worded questions need a pack: only a question mark of the language's script asks
        rows = np.flatnonzero(unread & (msg_lang == lang))
        flags[rows, 2] = marked_questions(read.iloc[rows], lang)
    corrections.blank(fixes, cats, floats, flags, terms, reflected)
    read_as = np.where(has_pack, pipe_lang, "")  # "bit angry" after "i'm not angry": not mine
    gone = denied.find(annotated, read, flags[:, 1], read_as, partial(build_pipeline, spacy_model))
    denied.apply(gone, cats, floats, flags, terms)
    for i in np.flatnonzero(long):  # count the unread rest of a long paste
        full, head = texts.iat[i], read.iat[i]
        ints[i, 0] += len(_WORD_RUN.findall(full, len(head)))
        ints[i, 1] = len(full)
    data: dict[str, object] = {
        "words": ints[:, 0],
        "chars": ints[:, 1],
        "emoji": ints[:, 2],
    }
    for k, col in enumerate(EMOJI_COLUMNS):
        data[col] = ints[:, 3 + k]
    data["emphasis"] = flags[:, 0]
    data["valence"] = floats[:, 0]
    data["tier"] = floats[:, 1]
    data["emotion_words"] = floats[:, 2]
    data["emotion_terms"] = pd.array(terms, dtype="string")
    data["emotion_score"] = floats[:, 4]
    hedge = normalise.CATEGORIES.index("hedge")
    cats[:, hedge] = cats[:, hedge] + flags[:, 7]
    for k, col in enumerate(CAT_COLUMNS):
        data[col] = cats[:, k]
    feeling = flags[:, 1]
    data["feeling"] = feeling
    data["feeling_valence"] = np.where(feeling, floats[:, 0], np.nan)
    data["feeling_tier"] = np.where(feeling, floats[:, 3], np.nan)
    data["question"] = flags[:, 2]
    data["question_other"] = flags[:, 3]
    conflict = (
        cats[
            :,
            [normalise.CATEGORIES.index(c) for c in ("criticism", "defensiveness", "invalidation")],
        ].sum(axis=1)
        > 0
    )
    data["followup"] = followup_column(
        annotated,
        question=flags[:, 2],
        question_other=flags[:, 3] & has_pack,
        cue=flags[:, 4] & has_pack,
        content=content,
        tier=np.where(has_pack, floats[:, 1], 0.0),
        conflict=conflict & has_pack,
    )
    data["at_partner"] = flags[:, 8]
    data["reflection"] = flags[:, 9]
    data["about_self"] = flags[:, 10]
    data["reflected_terms"] = pd.array(reflected, dtype="string")
    data["minimal"] = flags[:, 5]
    data["laughter"] = flags[:, 6]
    for k, col in enumerate(FW_COLUMNS):
        data[col] = fws[:, k]
    if not has_pack.all():
        blank = ~has_pack  # non-text rows hold these blank values already
        for col in LEXICON_COLUMNS:
            dtype = COLUMNS[col]
            values = data[col]
            if dtype == "string":
                values = np.asarray(values, dtype=object).copy()
                values[blank] = ""
                data[col] = pd.array(values, dtype="string")
            else:
                data[col] = np.where(blank, False if dtype == "bool" else np.nan, values)
    frame = pd.DataFrame(data, index=annotated.index)
    frame = frame.astype(COLUMNS)
    return Features(
        frame=frame,
        language=language,
        lexicon_applied=applied,
        read_in_part=int(long.sum()),
        languages=languages,
    )
