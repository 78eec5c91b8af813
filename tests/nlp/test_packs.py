"""Language packs: every folder of ``analyzer/lexicons/`` is a complete, well-formed pack, and the
NLP pass reads each message with the pack of its own language.

The conformance checks run on every pack folder, so a new language passes the same checks as
English (README, "How to add a language"): the required files, their formats, every
``words.json`` key English has (and no other), valid depth tiers and categories, the same
experiencer keys, the same function-word categories, and response patterns that compile.
"""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
import pandas as pd
import pytest
import spacy

from analyzer.nlp import components, emotion, experiencer, features, lexicon, normalise, pack
from analyzer.nlp import language as _language
from analyzer.nlp import patterns as _patterns
from analyzer.schema import normalize_messages

LEXICONS = pack.LEXICON_DIR
FOLDERS = sorted(p.name for p in LEXICONS.iterdir() if p.is_dir() and p.name != "__pycache__")
CODES = sorted(pack.available())
#: Categories a depth entry may carry: the lexicon's columns and the two it settles in context.
ENTRY_CATEGORIES = frozenset(normalise.CATEGORIES) | {"minimise", "reassure"}


def _raw(code: str, name: str) -> dict:
    data = json.loads((LEXICONS / code / name).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


ENGLISH_WORDS = _raw("en", "words.json")


def test_english_is_a_pack_and_every_folder_is_one():
    assert "en" in CODES
    assert FOLDERS == CODES  # a folder without pack.json would silently not be read


@pytest.mark.parametrize("code", CODES)
def test_required_files_are_there(code):
    missing = [f for f in pack.REQUIRED_FILES if not (LEXICONS / code / f).is_file()]
    assert missing == []


@pytest.mark.parametrize("code", CODES)
def test_pack_json(code):
    meta = _raw(code, "pack.json")
    assert set(meta) == {"code", "name", "spacy_lang", "valence"}
    assert meta["code"] == code
    assert meta["name"] and meta["name"][0].isupper()
    assert meta["valence"] in pack.VALENCE_METHODS
    # VADER is an English lexicon: another language reads valence from its own depth lexicon
    assert (meta["valence"] == "vader") == (code == "en")
    spacy.util.get_lang_class(meta["spacy_lang"])  # a tokenizer spaCy ships (raises otherwise)
    loaded = pack.load_pack(code)
    assert (loaded.code, loaded.name, loaded.spacy_lang) == (code, meta["name"], meta["spacy_lang"])


@pytest.mark.parametrize("code", CODES)
def test_depth_lexicon_rows_are_valid(code):
    rows = pack.load_pack(code).depth_rows
    assert len(rows) >= 100
    bad = [
        r
        for r in rows
        if r[1] not in (0, 1, 2, 3)
        or r[3] not in (-1, 0, 1)
        or not set(r[2]) <= ENTRY_CATEGORIES
        or not r[0].strip("^$").strip()
        or r[0] != r[0].lower()
    ]
    assert bad == []
    # a term listed twice must be the same row (English repeats three): two tiers or category
    # sets for one term would be read by whichever comes first
    assert (
        sorted(t for t, n in pd.Series([r[0] for r in set(rows)]).value_counts().items() if n > 1)
        == []
    )
    # every tier is used, and every column category has at least one entry
    assert {r[1] for r in rows} == {0, 1, 2, 3}
    assert set(normalise.CATEGORIES) <= {c for r in rows for c in r[2]}


@pytest.mark.parametrize("code", CODES)
def test_every_lexicon_term_reads_back_as_itself(code):
    """A term normalised like chat text still matches itself (a term its own slang or clitics
    would change beyond matching is a dead entry)."""
    lex = lexicon.load_lexicon(code)
    norm = normalise.normaliser(pack.load_pack(code))
    blank = lexicon.blank(pack.load_pack(code).spacy_lang)
    dead = []
    for term, _tier, _cats, _pol in pack.load_pack(code).depth_rows:
        if term.startswith("^") or term.endswith("$"):
            continue
        text = normalise.normalise_doc(blank.make_doc(term), term, norm)
        found = lexicon.match_lexicon(text, term, lex)
        if not any(m.entry.term == term for m in found.matches) and not any(
            m.entry.term.startswith("~") for m in found.matches
        ):
            dead.append(term)
    # a longer entry or another entry of the same words may win; none may be lost entirely
    assert [t for t in dead if not _covered(t, lex, norm, blank)] == []


def _covered(term, lex, norm, blank) -> bool:
    text = normalise.normalise_doc(blank.make_doc(term), term, norm)
    return bool(lexicon.match_lexicon(text, term, lex).matches)


@pytest.mark.parametrize("code", CODES)
def test_slang_maps_words_to_words(code):
    slang = _raw(code, "slang.json")
    assert slang
    assert [k for k, v in slang.items() if not isinstance(v, str) or not v.split()] == []
    assert [k for k in slang if k != k.lower() or " " in k] == []


@pytest.mark.parametrize("code", CODES)
def test_function_words_have_the_nine_categories_each_word_once(code):
    data = _raw(code, "function_words.json")
    assert tuple(data) == normalise.FW_CATEGORIES
    words = [w for ws in data.values() for w in ws]
    assert all(ws for ws in data.values())
    assert sorted(w for w in set(words) if words.count(w) > 1) == []


@pytest.mark.parametrize("code", CODES)
def test_experiencer_words_have_englishs_keys(code):
    assert set(_raw(code, "experiencer.json")) == set(_raw("en", "experiencer.json"))
    rules = experiencer.load_rules(code)
    assert rules.reader and rules.writer and rules.third


def _shape(value) -> str:
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list):
        return "list of dicts" if value and isinstance(value[0], dict) else "list"
    return type(value).__name__


@pytest.mark.parametrize("code", CODES)
def test_words_json_has_exactly_englishs_keys_and_shapes(code):
    words = _raw(code, "words.json")
    assert sorted(set(ENGLISH_WORDS) - set(words)) == []  # missing keys
    assert sorted(set(words) - set(ENGLISH_WORDS)) == []  # unknown keys (a typo is never read)
    wrong = {
        k: (_shape(v), _shape(ENGLISH_WORDS[k]))
        for k, v in words.items()
        if _shape(v) != _shape(ENGLISH_WORDS[k]) and not (v == [] and _shape(ENGLISH_WORDS[k]))
    }
    assert wrong == {}
    assert set(words["sorry"]) == set(ENGLISH_WORDS["sorry"])


@pytest.mark.parametrize("code", CODES)
def test_words_json_values_are_normalised_words(code):
    words = _raw(code, "words.json")
    bad = []
    for key, value in words.items():
        if key in ("laugh_pattern", "elongation_letters", "caps_ok"):
            continue
        items = []
        if isinstance(value, list) and all(isinstance(x, str) for x in value):
            items = value
        elif isinstance(value, dict) and all(isinstance(x, list) for x in value.values()):
            items = [*value, *(x for xs in value.values() for x in xs)]
        bad += [(key, x) for x in items if x != x.lower() or x != " ".join(x.split()) or not x]
    assert bad == []
    assert all(w == w.upper() for w in words["caps_ok"])
    assert isinstance(words["minimal_max_words"], int) and words["minimal_max_words"] >= 1
    assert words["laugh_default"] in words["laugh_words"]
    assert set(words["laugh_prefixes"].values()) <= set(words["laugh_words"])
    re.compile(words["laugh_pattern"])
    re.compile(f"[{words['elongation_letters']}]")


def test_englishs_laughter_and_elongation_read_as_before():
    norm = normalise.normaliser()
    infos = {w: norm.token_info(w).words for w in ("hahaha", "loool", "lmfaooo", "sooo", "goood")}
    assert infos == {
        "hahaha": ("haha",),
        "loool": ("lol",),
        "lmfaooo": ("lmao",),
        "sooo": ("so",),
        "goood": ("good",),
    }


@pytest.mark.parametrize("code", CODES)
def test_stems_json_when_present(code):
    path = LEXICONS / code / "stems.json"
    if code == "en":
        assert path.is_file()
    if not path.is_file():
        return
    rules = _raw(code, "stems.json")
    assert set(rules) <= {"min_length", "suffixes", "drop_final", "undouble", "irregular"}
    assert all(
        set(r) <= {"suffix", "replace", "min_length", "except_endings"} for r in rules["suffixes"]
    )
    stemmer = normalise.Stemmer(rules)
    for word, stem in rules.get("irregular", {}).items():
        assert stemmer(word) == stem


@pytest.mark.parametrize("code", CODES)
def test_patterns_toml_is_there_and_compiles(code):
    """Every pack carries its response patterns: without them support, validation, repair and
    criticism would be missed in that language, and the signs that read them would be wrong."""
    assert (LEXICONS / code / "patterns.toml").is_file()
    compiled = _patterns.compiled(code)
    assert len(compiled) >= 10
    assert all(p.triggers and p.regex.pattern for p in compiled)


@pytest.mark.parametrize("code", CODES)
def test_the_emotion_model_loads_when_the_pack_ships_one(code):
    model = emotion.load_model(code)
    assert (model is None) == (not (LEXICONS / code / "emotion_model.json").is_file())
    if model is not None:
        assert 0 < model.threshold < 1 and model.weights


def test_a_language_without_a_pack_has_no_model_and_no_pack():
    assert emotion.load_model("ru") is None
    with pytest.raises(pack.PackError, match="no language pack for 'ru'"):
        pack.load_pack("ru")


def test_a_malformed_pack_names_the_file_and_the_line(tmp_path):
    (tmp_path / "xx").mkdir()
    bad = tmp_path / "xx" / "depth.tsv"
    bad.write_text("term\ttier\tcategories\tpolarity\nsad\ttwo\tsoft\t-1\n", encoding="utf-8")
    with pytest.raises(pack.PackError, match=r"xx/depth.tsv line 2: tier and polarity"):
        pack.read_depth(bad)


def test_lexicon_valence_is_the_mean_polarity_with_negation():
    lex = lexicon.load_lexicon("en")
    blank = lexicon.blank("en")

    def polarity(text: str) -> float:
        t = normalise.normalise_doc(blank.make_doc(text), text)
        return valence_module.lexicon_polarity(lexicon.match_lexicon(t, text, lex))

    from analyzer.nlp import valence as valence_module

    assert polarity("i am sad") == -1.0
    assert polarity("i am not sad") == 1.0
    assert polarity("i am happy but so sad") == 0.0
    assert polarity("see you at 5") == 0.0


# --------------------------------------------------------------------------------------------
# each message with its own language's pack
# --------------------------------------------------------------------------------------------


@pytest.fixture
def second_pack(tmp_path, monkeypatch):
    """A second pack, "zz": English's files read with lexicon valence and no emotion model, in a
    copy of the lexicon folder (the shipped folder is never written)."""
    root = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, root)
    zz = root / "zz"
    shutil.copytree(root / "en", zz)
    (zz / "emotion_model.json").unlink()
    meta = json.loads((zz / "pack.json").read_text(encoding="utf-8"))
    meta.update(code="zz", name="Test", valence="lexicon")
    (zz / "pack.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setattr(pack, "LEXICON_DIR", root)
    caches = (pack._available, pack.load_pack, emotion.load_model, features.build_pipeline)
    for c in caches:
        c.cache_clear()
    monkeypatch.setattr(features, "LEXICON_LANGUAGES", frozenset({"en", "zz"}))
    yield "zz"
    for c in caches:
        c.cache_clear()


TEXTS = [
    "hey how are you",
    "i am so sad",
    "how are you",
    "i am so sad today",
    "you never listen to me",
    "how are you doing",
    "ok",
    "are you ok?",
]
#: the language of each text above (a text has one language: the guess reads each distinct
#: text once)
LANGS = ["en", "en", "zz", "zz", "zz", "ru", "ru", "ru"]
LANG_OF = dict(zip(TEXTS, LANGS, strict=True))


def _annotated(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    authors = np.where(np.arange(n) % 2 == 0, "Ana", "Ben")
    ts = pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(n) * 60, unit="s")
    msgs = normalize_messages(pd.DataFrame({"timestamp": ts, "author": authors, "text": texts}))
    return msgs.assign(session_id=np.zeros(n, dtype="int64"), turn_id=np.arange(n, dtype="int64"))


def test_each_message_is_read_with_its_own_languages_pack(second_pack, monkeypatch):
    english = features.extract(_annotated(TEXTS))
    monkeypatch.setattr(
        _language,
        "message_languages",
        lambda texts, chat: np.array([LANG_OF[t] for t in texts], dtype=object),
    )
    mixed = features.extract(_annotated(TEXTS))
    f, e = mixed.frame, english.frame
    assert (mixed.language, mixed.lexicon_applied) == ("en", True)
    assert mixed.languages == {"ru": 3, "zz": 3, "en": 2}
    assert english.languages == {"en": 8}
    # English rows: as in an all-English chat (followup depends on the neighbours)
    cols = [c for c in features.COLUMNS if c != "followup"]
    pd.testing.assert_frame_equal(f.loc[:1, cols], e.loc[:1, cols])
    # "zz" rows: read with its pack: the same words and acts, its own valence, no emotion model
    assert f["question"].tolist()[2:5] == [True, False, False]
    assert f["question_other"].tolist()[2:5] == [True, False, False]
    assert f["tier"].tolist()[3] == 2.0 and f["feeling"].tolist()[3]
    # no match: 0; "sad": -1 (and a negative feeling statement); "you never": -1, below the
    # criticism ceiling (-0.4)
    assert f["valence"].tolist()[2:5] == [0.0, -1.0, -1.0]
    assert f["emotion_score"].iloc[2:5].isna().all()
    assert e["valence"].tolist()[3] != -1.0  # English reads VADER's compound
    # "ru" rows (no pack): blank reading, and only "?" makes a question
    assert f["valence"].iloc[5:].isna().all() and f["tier"].iloc[5:].isna().all()
    assert f["question"].tolist()[5:] == [False, False, True]
    assert f["question_other"].tolist()[5:] == [False, False, False]
    assert f["emotion_terms"].tolist()[5:] == ["", "", ""]
    assert f["words"].tolist() == e["words"].tolist()  # words count in any language


def test_components_take_the_language(second_pack):
    nlp = features.build_pipeline(None, "zz")
    assert nlp is not features.build_pipeline(None, "en")
    assert nlp.get_pipe("depth_lexicon").lexicon.pack.code == "zz"
    assert nlp.get_pipe("chat_valence").scorer.method == "lexicon"
    doc = nlp("i am so sad")
    assert doc._.chat_valence == -1.0 and doc._.chat_feeling.feeling
    assert components.language_rules("zz").pack.code == "zz"
