"""The detectors tuned for precision on text nobody here wrote (README, "Real text for those
three"): where each fires now, against the firings judged by hand before any change.

- Italian questions about the other on XED's Italian tuning part (``it_qo_fires.tsv``, every one
  of the 37 firings at the time, by line number in that part);
- Hindi questions without a "?" on BRIGHTER's Hindi train split (``hi_q_fires.tsv``, by row);
- Spanish hedges on BRIGHTER's Spanish train split and XED's Spanish tuning part
  (``es_hedge_fires.tsv``, by BRIGHTER id or ``xed_tune_<line>``);
- the firings that changed when a sentence closed by "!" (with no "?") stopped reading as a
  question, on every BRIGHTER train split and XED tuning part (``exclaim_fires.tsv``).

Each list was tuned on, so these are no estimates: the test keeps README's counts true and shows
that no firing judged right was lost, except those named here with the reason they went (the
"!" rule drops five judged right: each a question closed by "!")."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

from tests.realtext import hi_q_fires, xed
from tests.realtext.brighter import LANGUAGES, rows
from tests.realtext.evaluate import features_of

HERE = Path(__file__).parent


def _judged(name: str, key: str) -> dict[str, str]:
    with (HERE / name).open(encoding="utf-8") as f:
        body = (line for line in f if not line.startswith("#"))
        return {r[key]: r["verdict"] for r in csv.DictReader(body, delimiter="\t")}


def _fired(texts: list[str], column: str) -> np.ndarray:
    values = features_of(texts)[column]
    if column == "cat_hedge":
        return (values.fillna(0) > 0).to_numpy()
    return values.fillna(False).astype(bool).to_numpy()


def _tally(judged: dict[str, str], fired: set[str]) -> tuple[int, int, int, int]:
    """Judged firings, of them right; firings now, of them judged right."""
    right = {k for k, v in judged.items() if v == "y"}
    return len(judged), len(right), len(fired), len(fired & right)


@cache
def _italian() -> tuple[dict[str, str], set[str]]:
    every = xed.lines("it")  # the judged list names a line by its number in the file
    assert xed.malformed("it") == 0
    tune = np.flatnonzero(every["part"].to_numpy() == "tune")
    fired = _fired(every["text"].iloc[tune].tolist(), "question_other")
    return _judged("it_qo_fires.tsv", "line"), {str(tune[i] + 1) for i in np.flatnonzero(fired)}


def test_italian_questions_about_the_other_on_film_dialogue():
    judged, fired = _italian()
    # 37 firings, 12 about the person spoken to (0.32); now 20, the same 12 (0.60)
    assert _tally(judged, fired) == (37, 12, 20, 12)
    assert fired <= set(judged)  # nothing fires that did not fire before


def test_hindi_questions_without_a_question_mark():
    judged = _judged("hi_q_fires.tsv", "row")
    texts = rows("train", "hin")["text"].tolist()
    fired = {str(i) for i, t in hi_q_fires.fires() if "?" not in t}
    unmarked = {k: v for k, v in judged.items() if "?" not in texts[int(k)]}
    # 73 firings without a "?", 2 asking; then 31, the same 2; now 7, neither of them: both
    # close with "!" ("ye painting kisne banayi!", "is meharbani ka raaz kya hai !"), judged
    # borderline, and a sentence closed by "!" asks nothing (exclaim_fires.tsv)
    assert _tally(unmarked, fired) == (73, 2, 7, 0)
    assert fired <= set(unmarked)
    right = {k for k, v in unmarked.items() if v == "y"}
    assert right - fired == set(EXCLAIMED_RIGHT_LOST["brighter_hin"])


#: The firings judged right that the "!" rule lost, by set: each a question closed by "!" with no
#: "?" (``exclaim_fires.tsv``). No other firing judged right is lost.
EXCLAIMED_RIGHT_LOST = {
    # admiring "kisne banayi!", teasing "raaz kya hai !" (both borderline)
    "brighter_hin": ("1291", "2203"),
    "xed_es": ("264", "1102"),  # "Que paso, mierda!"; "Por qué, Grey, ¡qué dices!" (borderline)
    "xed_fr": ("289",),  # "Qué pasó, merde!"
}


@cache
def _exclaim_readings() -> dict[str, dict[str, int]]:
    """id of exclaim_fires.tsv -> the readings it names, now, on every BRIGHTER train split and
    XED tuning part."""
    columns = ("question", "question_other", "feeling")
    sets = {f"brighter_{code}": rows("train", code)["text"].tolist() for code in LANGUAGES}
    sets |= {f"xed_{lang}": xed.lines(lang, "tune")["text"].tolist()
             for lang in ("de", "es", "fr", "it", "pt")}  # fmt: skip
    out = {}
    for name, texts in sets.items():
        feats = features_of(texts)
        values = {c: feats[c].fillna(False).astype(bool).to_numpy() for c in columns}
        for i in range(len(texts)):
            out[f"{name}_{i}"] = {c: int(values[c][i]) for c in columns}
    return out


def test_a_sentence_closed_by_an_exclamation_mark_asks_nothing():
    with (HERE / "exclaim_fires.tsv").open(encoding="utf-8") as f:
        body = (line for line in f if not line.startswith("#"))
        judged = list(csv.DictReader(body, delimiter="\t"))
    now = _exclaim_readings()
    # every firing the list names as lost is gone and every one it names as gained is there
    moved = [r["id"] for r in judged if now[r["id"]][r["reading"]] != (r["change"] == "gained")]
    assert moved == []
    tally = Counter((r["reading"], r["change"], r["verdict"]) for r in judged)
    # 49 questions lost, 44 of them false alarms; one question about the other lost (a false
    # alarm); two feeling statements gained, both the writer's
    assert tally == {("question", "lost", "n"): 44, ("question", "lost", "y"): 5,
                     ("question_other", "lost", "n"): 1, ("feeling", "gained", "y"): 2}  # fmt: skip
    lost_right = {r["id"] for r in judged if r["verdict"] == "y" and r["change"] == "lost"}
    assert lost_right == {f"{s}_{i}" for s, ids in EXCLAIMED_RIGHT_LOST.items() for i in ids}


def test_spanish_hedges_on_posts_and_film_dialogue():
    judged = _judged("es_hedge_fires.tsv", "id")
    train = rows("train", "esp")
    tune = xed.lines("es", "tune")
    ids = train["id"].tolist() + [f"xed_tune_{i}" for i in range(len(tune))]
    fired = _fired(train["text"].tolist() + tune["text"].tolist(), "cat_hedge")
    now = {ids[i] for i in np.flatnonzero(fired)}
    # 3 firings in 3,898 texts, 1 a hedge; now only that one
    assert (len(ids), *_tally(judged, now)) == (3898, 3, 1, 1, 1)
