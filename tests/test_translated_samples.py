"""The sample chats in other languages (``sample_chats/<lang>/``): the same chats as the English
ones, written as people of that language text, and read with the same verdicts.

``make_samples.py --language <lang>`` replays each English chat's draw (days, times, who says
what, in which order) and writes every message from ``pools_<lang>.py``, whose lists mirror
pools.py exchange by exchange. So the translated chat has the English one's shape, and what its
messages do (a feeling, a question about the other, support, criticism, a minimal reply) is
what the English messages do: a sign verdict that differs is the language's reading that
differs, which is what the last test measures.

The verdict match is not an independent measure of a pack. The English reading and the Spanish,
German, French, Italian and Hindi packs were partly tuned on these very pools: where a translated
chat's verdict differed, the pack was given the general form the pools showed it missed (a need of
a hug read at the English tier, "kann mich nich konzentrieren" as a statement, "laquelle" as a
follow-up, "nervous hoon" as the writer's feeling, ...), checked on the language's langgold
development set. So a match here says that the pack reads these chats as English does, not how
well it reads chats it has never seen: that is measured on real text (``tests/realtext/``) and on
the frozen langgold parts.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_chats"
sys.path.insert(0, str(SAMPLES))

import make_samples  # noqa: E402  (sample_chats/, standard library only)
import pools  # noqa: E402

#: languages with sample chats: pools_<lang>.py and locale_<lang>.py next to make_samples.py
LANGS = sorted(
    p.stem.removeprefix("pools_")
    for p in SAMPLES.glob("pools_*.py")
    if (SAMPLES / f"locale_{p.stem.removeprefix('pools_')}.py").is_file()
)

#: (language, English file, sign) -> why the translated chat's verdict differs from the English
#: one's: at most one per chat. Strict, as the scenario tests' known wrong verdicts: a listed
#: sign that no longer differs fails the test until its line is removed. UPSTREAM: the language's
#: pack misreads the messages named (to fix there); ENGLISH: the English reading is the one off.
ALLOWED_DIFFERENCES: dict[tuple[str, str, str], str] = {
    ("pt", "group_chat.txt", "light_to_deep"): (
        "ENGLISH: the English reading counts greetings and banter as tier-2 feeling words ('happy "
        "birthday', 'congratulations', 'damn I'm away', 'work is mad', 'my head hurts'), so "
        "30 % of the group's sessions look deep and the sign is observed; the Portuguese pack "
        "does not read 'feliz aniversario', 'parabens' or 'trampo ta insano' as depth (19 %), "
        "which gives the reader's verdict in expected.json (not observed: mostly light banter)"
    ),
    ("es", "group_chat.txt", "light_to_deep"): (
        "the same as in Portuguese: the English reading takes 'happy birthday', "
        "'congratulations', 'damn I'm away', 'my head hurts', 'work is mad' for tier-2 feeling "
        "words (23 such messages, 30 % of sessions deep); the Spanish pack reads 'feliz cumple', "
        "'enhorabuena', 'jo estoy fuera', 'el curro esta fatal' as light and 'estoy un poco de "
        "bajon', 'q orgullo' as feeling (11 messages, 21 %), the reader's verdict (not observed)"
    ),
    ("de", "android_en_gb.txt", "mutual_care"): (
        "ENGLISH: the English reading counts 4 affection matches for Priya ('I love you', but also "
        "'can't wait to see you', 'night xx' and 'they loved the presentation', a third party's "
        "liking) against Tom's 1, so affection looks one-sided (parity 0.57) and the sign is not "
        "observed; the German pack reads one 'ich lieb dich' / 'lieb dich' each (parity 1.0), "
        "which gives the reader's verdict in expected.json (observed: care both ways)"
    ),
    ("fr", "android_en_gb.txt", "mutual_care"): (
        "ENGLISH: as in German, the English reading counts 4 affection matches for Priya ('can't "
        "wait to see you', 'night xx' and 'they loved the presentation' besides 'I love you') "
        "against Tom's 1 (parity 0.57, not observed); the French pack reads Inès's 'je t'aime' "
        "and 'bonne nuit bisous' and Bastien's 'je t'aime' (parity 0.80), which gives the "
        "reader's verdict in expected.json (observed: care both ways)"
    ),
    ("fr", "group_chat.txt", "light_to_deep"): (
        "the same as in Portuguese, Spanish and German: the English reading takes "
        "'congratulations', 'my head hurts', 'work is mad' and the like for tier-2 feeling words "
        "(28 messages, 36 % "
        "of sessions deep); the French pack reads 'joyeux anniv', 'félicitations', 'j'ai mal au "
        "crâne' as light (12 messages, 19 %), the reader's verdict in expected.json (not observed)"
    ),
    ("de", "group_chat.txt", "light_to_deep"): (
        "the same as in Portuguese and Spanish: the English reading takes greetings and banter "
        "('happy birthday', 'congratulations', 'my head hurts', 'work is mad') for tier-2 "
        "feeling words (28 messages, 36 % of sessions deep); the German pack reads 'alles gute', "
        "'glückwunsch', 'mein kopf tut weh', 'arbeit is irre' as light (10 messages, 17 %), "
        "the reader's verdict in expected.json (not observed)"
    ),
    ("es", "ios_en_us.txt", "listen_without_judgment"): (
        "on the 0.5 line: Luis meets 7 of Maddie's 14 feelings with care in English (0.50); in "
        "Spanish Irene's 'te quiero, hablamos mañana' is answered 'y yo a ti', which repeats no "
        "feeling word and speaks in the first person (self-focused), where English 'love you "
        "too' repeats 'love' (a reciprocal disclosure): 6 of 13 (0.46); the English verdict "
        "(observed) is the reader's in expected.json"
    ),
    ("fr", "ios_en_us.txt", "find_balance"): (
        "on the 0.30 line: Louis meets 7 of Emma's 14 feelings with care (0.50), as Luis does "
        "Maddie's, but Emma meets 8 of Louis's 10 (0.80) where Maddie meets 7 of Luis's 9 "
        "(0.78): English misses his 'i've been having a really hard time since the move', which "
        "the French pack reads and Emma answers; lopsided by 0.30 in French, 0.28 in English, "
        "whose verdict (observed) is the reader's in expected.json"
    ),
    ("it", "android_en_gb.txt", "mutual_care"): (
        "ENGLISH: the English reading takes Priya's 'they loved the presentation' for affection, "
        "so she shows it 5 times to Tom's 2 (parity 0.57, under the 0.6 line); the Italian pack "
        "reads 4 to 2 (0.67) and finds the care both ways, the reader's verdict in expected.json "
        "(observed: affection, check-ins and questions both ways)"
    ),
    ("it", "group_chat.txt", "light_to_deep"): (
        "ENGLISH, as in pt and es: the English reading takes 'happy birthday', "
        "'congratulations', 'me unfortunately', 'damn I'm away', 'my head hurts' for tier-2 "
        "feeling words (28 messages, 36 % of sessions deep); the Italian pack reads 'buon "
        "compleanno', 'congratulazioni', 'io purtroppo', 'ho mal di testa' as light (9 "
        "messages, 17 %), the reader's verdict (not observed)"
    ),
}

#: (language, English file) -> why that translated chat's verdicts differ from English on more
#: than one sign: a strict expected failure of the verdict test (it fails as soon as the chat
#: matches, so the line must then go). Every other test of the chat holds as for any language.
NOT_YET: dict[tuple[str, str], str] = {
    ("it", "ios_en_us.txt"): (
        "UPSTREAM (Italian pack): four signs (feel_supported, listen_without_judgment, "
        "share_ups_and_downs, find_balance) hang on Marta's feeling statements, which the pack "
        "reads otherwise than English reads Maddie's: her answer about her sister ('distrutta "
        "ma felicissima'; in English 'tired but so happy' is no statement of Maddie's, its "
        "'tired' being tier 1) as her own, 'mi consola che "
        "non sono l'unica' ('I feel better that it's not just me') and 'credo di dover lasciare "
        "Alex' ('I think I need to break up with Alex') as no feeling, 'mi manca tanto casa' "
        "('I miss home') as good news; so Alessandro meets 6 of her 13 (0.46) where Luis meets "
        "7 of Maddie's 14 (0.50), and good news is met 4 times in 8 (0.50) where English meets "
        "it 3 times in 9 (0.33). The dropped subject of 'è' ('e' cosi fiero di se', 'e' in "
        "ospedale') is read as a third person's, as in English, since the pack keeps \"e'\" "
        "apart from 'e' (and)"
    ),
}

SLOT = re.compile(r"\{([^{}]*)\}")

#: signs whose verdict names a person when observed (``who`` in expected.json)
NAMES_SOMEONE = ("one_sided", "dumping_ground")


def module(name: str):
    return importlib.import_module(name)


def files(lang: str) -> dict[str, str]:
    return module(f"locale_{lang}").FILES


def slots(src: str) -> Counter:
    """Slot names of an exchange: values, fragments, roles, dates; not the alternatives
    ({a|b}) or the endings that agree with a person ({X:o/a}), which are the language's own."""
    return Counter(k for k in SLOT.findall(src) if "|" not in k and ":" not in k)


def test_there_is_a_language():
    assert {"pt", "es", "de", "fr"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_pools_mirror_the_english_ones(lang):
    """Every list the language has is pools.py's list, exchange by exchange: the same parts, the
    same messages with the same roles and placeholders (<media>, <deleted>, <call>), the same
    slots."""
    mine = make_samples.exchange_lists(pools)
    theirs = make_samples.exchange_lists(module(f"pools_{lang}"))
    assert set(theirs) == set(mine), sorted(set(mine) ^ set(theirs))
    for name, items in theirs.items():
        assert len(items) == len(mine[name]), name
        for i, (src, dst) in enumerate(zip(mine[name], items, strict=True)):
            en, tr = make_samples.parse_exchange(src), make_samples.parse_exchange(dst)
            assert make_samples.shape(tr) == make_samples.shape(en), f"{name}[{i}]"
            assert slots(dst) == slots(src), f"{name}[{i}]"


@pytest.mark.parametrize("lang", LANGS)
def test_fragments_and_values_have_the_english_keys(lang):
    mod = module(f"pools_{lang}")
    assert set(mod.FRAGMENTS) == set(pools.FRAGMENTS)
    assert all(mod.FRAGMENTS[k] for k in mod.FRAGMENTS)
    for name in ("VALUES_UK", "VALUES_US", "FRAGMENTS_US"):
        assert set(getattr(mod, name)) == set(getattr(pools, name)), name


@pytest.mark.parametrize("lang", LANGS)
def test_the_translated_chats_have_every_exchange_they_draw(lang):
    """Every exchange each translated chat may draw has its translation."""
    table, _problems = make_samples.translation_table(module(f"pools_{lang}"))
    specs = [s for s in make_samples.specs() if s.filename in files(lang)]
    assert len(specs) == len(files(lang))
    for spec in specs:
        for kind, items in spec.pools.items():
            assert all(x in table for x in items), (spec.filename, kind)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict[str, Path]:
    """make_samples.py --language <lang> run once per language into a fresh folder."""
    out = {}
    for lang in LANGS:
        folder = tmp_path_factory.mktemp(f"samples_{lang}")
        done = subprocess.run(
            [sys.executable, str(SAMPLES / "make_samples.py"), "--language", lang,
             "--out", str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        out[lang] = folder
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_generated_files_are_the_committed_ones(regenerated, lang):
    out = regenerated[lang]
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(files(lang).values())
    for name in written:
        assert (out / name).read_bytes() == (SAMPLES / lang / name).read_bytes(), name


def test_the_readme_counts_the_chats_that_match():
    """sample_chats/README.md (written from verdicts.py) says how many translated chats get the
    English verdicts and how many of them with one sign named in ALLOWED_DIFFERENCES."""
    text = " ".join((SAMPLES / "README.md").read_text(encoding="utf-8").split())
    assert (
        f"Today {len(cases()) - len(NOT_YET)} of the {len(cases())} translated chats pass, "
        f"{len(ALLOWED_DIFFERENCES)} of them with one sign named in the test, and "
        f"{len(NOT_YET)} differs on more than one" in text
    )


def test_unknown_language_is_a_clear_error():
    done = subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), "--language", "xx"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "make_samples.py: language 'xx': sample_chats/pools_xx.py is missing\n"
    assert not (SAMPLES / "xx").exists()


# --------------------------------------------------------------------------- read by the tool


@cache
def read(path: Path):
    import analyzer

    return analyzer.analyze(analyzer.load_chat(path))


def cases() -> list[tuple[str, str]]:
    return [(lang, en) for lang in LANGS for en in files(lang)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "english"), cases())
def test_the_export_is_read_as_the_english_one(lang, english):
    """The parser reads the language's export lines (encryption notice, <media>, deleted,
    missed calls, group notices) as it reads the English ones: the same kinds of message and
    the same number of people; message counts per person differ only by a typo correction."""
    import analyzer

    en = analyzer.load_chat(SAMPLES / english).messages
    tr = analyzer.load_chat(SAMPLES / lang / files(lang)[english]).messages
    for kind in ("system", "media", "deleted", "call", "sticker"):
        assert (tr["kind"] == kind).sum() == (en["kind"] == kind).sum(), kind
    en_counts = sorted(en["author"].value_counts().tolist())
    tr_counts = sorted(tr["author"].value_counts().tolist())
    assert len(tr_counts) == len(en_counts)
    assert all(abs(a - b) <= 2 for a, b in zip(en_counts, tr_counts, strict=True))


@pytest.mark.parametrize(("lang", "english"), cases())
def test_every_line_of_the_export_is_read(lang, english):
    """No line is skipped: every line of the language's export is a message header, a
    continuation of a message or a system notice, as in the English file."""
    import analyzer

    path = SAMPLES / lang / files(lang)[english]
    lines = analyzer.load_chat(path).source.lines
    total = len(path.read_text(encoding="utf-8").splitlines())
    assert lines.skipped == {}
    assert lines.total == total
    assert lines.header + lines.continuation + lines.system == total
    en = analyzer.load_chat(SAMPLES / english).source.lines
    assert (lines.system, lines.continuation) == (en.system, en.continuation)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_the_report_speaks_the_chat_language(lang, tmp_path):
    """``chat-balance report --report-language auto`` on the language's Android chat writes the
    report in that language (its pack and its report catalogue)."""
    from typer.testing import CliRunner

    from analyzer.cli import app

    out = tmp_path / "report.html"
    chat = SAMPLES / lang / files(lang)["android_en_gb.txt"]
    result = CliRunner().invoke(
        app, ["report", str(chat), "-o", str(out), "-q", "--report-language", "auto"]
    )
    assert result.exit_code == 0, result.output
    assert f'<html lang="{lang}">' in out.read_text("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "english"), cases())
def test_same_timeline_as_the_english_chat(lang, english):
    """Same seeds, same timeline: every message is at the English one's minute, by the same
    person (under the language's name), in the same order; only typo corrections ('*word')
    may be missing where the translation made no slip."""
    import analyzer

    people = {v[0]: k for k, v in module(f"locale_{lang}").PEOPLE.items()}

    def timeline(frame, rename):
        keep = ~frame["text"].astype("string").fillna("").str.startswith("*")
        frame = frame[keep.to_numpy()]
        who = (
            frame["author"]
            .astype("object")
            .map(lambda a: rename.get(a, a) if isinstance(a, str) else "")
        )
        return list(zip(frame["timestamp"].dt.floor("min"), who, frame["kind"], strict=True))

    en = analyzer.load_chat(SAMPLES / english).messages
    tr = analyzer.load_chat(SAMPLES / lang / files(lang)[english]).messages
    assert timeline(tr, people) == timeline(en, {})


def verdict_cases() -> list:
    return [
        pytest.param(lang, en, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[(lang, en)]))
        if (lang, en) in NOT_YET
        else (lang, en)
        for lang, en in cases()
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "english"), verdict_cases())
def test_sign_verdicts_match_the_english_chat(lang, english):
    """The translated chat gets the English chat's verdict for every sign but at most one, and
    that one is named in ALLOWED_DIFFERENCES with its reason. On failure the message shows each
    differing sign's evidence in both languages (what the language's pack reads differently)."""
    people = module(f"locale_{lang}").PEOPLE
    english_name = {v[0]: k for k, v in people.items()}
    en_signs = {s.id: s for s in read(SAMPLES / english).signs}
    tr_signs = {s.id: s for s in read(SAMPLES / lang / files(lang)[english]).signs}

    def verdict(sign, rename):
        # who is part of the verdict where the sign names someone (sample_chats/README.md)
        who = rename.get(sign.who, sign.who) if sign.id in NAMES_SOMEONE else None
        return (str(sign.status.value), who)

    def evidence(sign):
        return [(e.measure, e.participant, round(e.value, 3)) for e in sign.evidence]

    differ = [k for k in en_signs if verdict(tr_signs[k], english_name) != verdict(en_signs[k], {})]
    allowed = {sid for (lg, f, sid) in ALLOWED_DIFFERENCES if (lg, f) == (lang, english)}
    assert len(allowed) <= 1
    fixed = allowed - set(differ)
    assert not fixed, f"no longer differs, remove from ALLOWED_DIFFERENCES: {sorted(fixed)}"
    unexplained = {
        k: {
            "en": (verdict(en_signs[k], {}), evidence(en_signs[k])),
            lang: (verdict(tr_signs[k], english_name), evidence(tr_signs[k])),
        }
        for k in differ
        if k not in allowed
    }
    assert not unexplained, f"{lang}/{files(lang)[english]}: {unexplained}"
