"""What each emotion model is trained on: the settings (:data:`SEED`, :data:`C_PENALTY`, ...),
the languages with a model of their own (:data:`LANGUAGES`, :class:`Language`) and their training
rows (:func:`training_rows`). The method, and why each setting is what it is, is described in
``tests/realtext/train.py``, which trains the models and re-exports these names."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzer.nlp import emotion
from tests.realtext import brighter
from tests.realtext.goemotions import CLEAR, DIR, DISCLOSED, load

SEED = 7
C_PENALTY = 0.05
MIN_COUNT = 2
CHAR_MIN_COUNT = 2
CHAR_SCALE = 0.3
HELD_BACK = 0.2
FOLDS = 5
TARGET_FPR = 0.09
PRUNE = 0.005
BRIGHTER_WEIGHT = 0.1
CARD = Path(__file__).parent / "model_card.json"
LEXICONS = Path(__file__).resolve().parents[2] / "analyzer" / "lexicons"
BRIGHTER = brighter.DIR
#: The five emotions whose rows are positives (BRIGHTER's English has no disgust column).
FIVE = brighter.EMOTIONS
#: Features that come from the language's pack (left out where the language has none).
PACK_FEATURES = ("LEX_", "CAT_", "TERM_", "VAL_", "FEELING")


@dataclass(frozen=True)
class Language:
    """How one language's model is trained: its BRIGHTER split, its false-positive target, its
    L2 penalty and character n-gram scale (chosen on out-of-fold train rows: these splits are
    small, so Portuguese and German want a stronger penalty), and whether its negatives need
    stand-ins (``surprise_negative``: rows labelled with surprise alone; ``gold``: a chat gold
    development file)."""

    code: str
    brighter: str
    target_fpr: float
    c_penalty: float
    char_scale: float
    surprise_negative: bool = False
    gold: str = ""

    @property
    def settings(self) -> tuple[float, float]:
        return self.c_penalty, self.char_scale

    @property
    def model_file(self) -> Path:
        return model_file(self.code)

    @property
    def card(self) -> Path:
        return CARD.with_name(f"model_card_{self.code}.json")


LANGUAGES = {
    "pt": Language("pt", "ptbr", 0.07, 0.03, 0.1, gold="tests/langgold/pt/dev.txt"),
    "es": Language(
        "es", "esp", 0.07, 0.3, 0.3, surprise_negative=True, gold="tests/langgold/es/dev.txt"
    ),
    "de": Language("de", "deu", 0.07, 0.03, 0.1, gold="tests/langgold/de/dev.txt"),
    "hi": Language("hi", "hin", 0.07, 0.1, 0.1, gold="tests/langgold/hi/dev.txt"),
}


def has_pack(code: str) -> bool:
    """The language has its pack (its lexicon, patterns and word lists) in this tree."""
    return brighter.is_read(code)


def model_file(language: str) -> Path:
    """Where ``language``'s emotion model is shipped."""
    return emotion.MODEL_FILE if language == "en" else LEXICONS / language / "emotion_model.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def disclosed(language: str) -> np.ndarray:
    """Which training texts disclose an emotion (GoEmotions' 14 disclosed labels; English only:
    all False for another language)."""
    texts = training_rows(language)[0]
    if language != "en":
        return np.zeros(len(texts), dtype=bool)
    goe = load("train")["labels"].map(lambda ls: bool(ls & DISCLOSED)).to_numpy()
    return np.concatenate([goe, np.zeros(len(texts) - len(goe), dtype=bool)])


def training_rows(
    language: str,
) -> tuple[list[str], np.ndarray, np.ndarray, dict, np.ndarray, np.ndarray]:
    """The texts of ``language``'s training data, which are positives and which negatives, the
    data's record for the card (file hashes and counts), which texts come from a chat gold
    file, and which negatives only stand in for rows without emotion (labelled with surprise
    alone). English's: GoEmotions train's comments, then BRIGHTER's English train rows."""
    if language == "en":
        train = load("train")
        extra = brighter.rows("train", "eng")
        clear = train["labels"].map(lambda ls: bool(ls & CLEAR)).to_numpy()
        neutral = train["labels"].map(lambda ls: ls == {"neutral"}).to_numpy()
        pos, neg = extra["emotional"].to_numpy(), extra["none"].to_numpy()
        record = {
            "train.tsv": sha256(DIR / "train.tsv"),
            "train_eng.csv": sha256(BRIGHTER / "train_eng.csv"),
            "brighter_positives": int(pos.sum()),
            "brighter_negatives": int(neg.sum()),
        }
        none = np.zeros(len(train) + len(extra), dtype=bool)
        texts = train["text"].tolist() + extra["text"].tolist()
        return (
            texts,
            np.concatenate([clear, pos]),
            np.concatenate([neutral, neg]),
            record,
            none,
            none,
        )
    lang = LANGUAGES[language]
    path = BRIGHTER / f"train_{lang.brighter}.csv"
    rows = brighter.rows("train", lang.brighter)
    surprise_only = ~rows["emotional"] & ~rows["none"]
    negative = rows["none"] | (surprise_only if lang.surprise_negative else False)
    texts, pos, neg = rows["text"].tolist(), rows["emotional"].to_numpy(), negative.to_numpy()
    gold = np.zeros(len(rows), dtype=bool)
    record = {
        path.name: sha256(path),
        "positives": "rows labelled with any of " + ", ".join(FIVE),
        "negatives": "rows with no emotion"
        + (" and rows labelled with surprise alone" if lang.surprise_negative else ""),
        "brighter_positives": int(pos.sum()),
        "brighter_negatives": int(neg.sum()),
    }
    if lang.gold:
        from tests.nlp.gold import load_gold

        gold_path = Path(__file__).resolve().parents[2] / lang.gold
        items = load_gold(gold_path)
        texts += [it.text for it in items]
        deep = np.array([it.tier >= 2 for it in items])
        pos, neg = np.concatenate([pos, deep]), np.concatenate([neg, ~deep])
        gold = np.concatenate([gold, np.ones(len(items), dtype=bool)])
        record[lang.gold] = sha256(gold_path)
        record["negatives"] += f", and the messages of {lang.gold} below tier 2"
        record["positives"] += f", and the messages of {lang.gold} at tier 2 or 3"
        record["gold_positives"], record["gold_negatives"] = int(deep.sum()), int((~deep).sum())
    stand_in = np.zeros(len(texts), dtype=bool)
    stand_in[: len(rows)] = neg[: len(rows)] & ~rows["none"].to_numpy()
    return texts, pos, neg, record, gold, stand_in
