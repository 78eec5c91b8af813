"""The bundled sample chats: present, well-formed WhatsApp text, and exactly what
sample_chats/make_samples.py writes (checked with the standard library only, not the project's
parser, so a parser bug cannot hide a sample bug or the other way round)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_chats"

ANDROID = re.compile(r"^(\d{2})/(\d{2})/(\d{4}), (\d{2}):(\d{2}) - (.*)$")
IOS = re.compile(
    r"^\u200e?\[(\d{1,2})/(\d{1,2})/(\d{2}), (\d{1,2}):(\d{2}):(\d{2})\u202f([AP]M)\] ([^:]+): "
    r"(.*)$"
)
ENCRYPTED = "Messages and calls are end-to-end encrypted."

# file -> (format, messages per participant in order of first message, system notices,
#          continuation lines). Values are what make_samples.py produced; regenerate and update
#          them together.
EXPECTED: dict[str, tuple[str, dict[str, int], int, int]] = {
    "android_en_gb.txt": ("android", {"Tom": 270, "Priya": 266}, 2, 3),
    "ios_en_us.txt": ("ios", {"Maddie": 191, "Luis": 196}, 1, 1),
    "group_chat.txt": (
        "android",
        {"Hannah": 92, "Chloe": 90, "+44 7700 900123": 85, "Dev 🎸": 88},
        7,
        0,
    ),
    "whatsapp_chat_with_jo.zip": ("ios", {"Sam": 58, "Jo": 61}, 1, 4),
    "scenarios/balanced_deep.txt": ("android", {"Maya": 254, "Leon": 261}, 1, 8),
    "scenarios/dominating.txt": ("android", {"Chris": 271, "Ella": 90}, 1, 2),
    "scenarios/dumping_ground.txt": ("android", {"Nina": 150, "Leah": 209}, 1, 4),
    "scenarios/waning_interest.txt": ("android", {"Ollie": 262, "Jess": 248}, 1, 2),
    "scenarios/superficial.txt": ("android", {"Dan": 174, "Kate": 173}, 1, 3),
    "scenarios/critical_defensive.txt": ("android", {"Zoe": 193, "Ryan": 168}, 1, 0),
    "scenarios/crisis_support.txt": ("android", {"Amara": 202, "Ben": 197}, 1, 6),
    "scenarios/group_dominated.txt": (
        "android",
        {"Marcus": 247, "Aisha": 30, "Josh": 44, "Freya": 33},
        5,
        7,
    ),
    "scenarios/too_short.txt": ("android", {"Gemma": 18, "Raj": 21}, 1, 0),
}


def read_chat(name: str) -> str:
    path = SAMPLES / name
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            return zf.read("_chat.txt").decode("utf-8")
    return path.read_text(encoding="utf-8")


def parse(text: str, fmt: str) -> tuple[Counter, int, int, list[tuple]]:
    """Count messages per author, system notices and continuation lines; collect timestamps."""
    authors: Counter = Counter()
    order: list[str] = []
    system = continuation = 0
    stamps: list[tuple] = []
    lines = text.split("\n")
    assert lines[-1] == "", "file ends with a newline"
    for line in lines[:-1]:
        if fmt == "android":
            m = ANDROID.match(line)
            if not m:
                continuation += 1
                continue
            dd, mm, yyyy, hh, mi, rest = m.groups()
            stamps.append((int(yyyy), int(mm), int(dd), int(hh), int(mi), 0))
            head = re.match(r"^([^:]+): ", rest)
            if head is None:
                system += 1
                continue
            author = head.group(1)
        else:
            m = IOS.match(line)
            if not m:
                continuation += 1
                continue
            mo, dd, yy, hh, mi, ss, ampm, author, body = m.groups()
            hour = int(hh) % 12 + (12 if ampm == "PM" else 0)
            stamps.append((2000 + int(yy), int(mo), int(dd), hour, int(mi), int(ss)))
            if body.startswith("\u200e" + ENCRYPTED):
                system += 1
                continue
        if author not in authors:
            order.append(author)
        authors[author] += 1
    return Counter({a: authors[a] for a in order}), system, continuation, stamps


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    """make_samples.py run once into a fresh folder."""
    out = tmp_path_factory.mktemp("samples")
    done = subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_file_exists(name):
    assert (SAMPLES / name).is_file()


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_counts_and_participants(name):
    fmt, per_author, n_system, n_cont = EXPECTED[name]
    authors, system, continuation, _ = parse(read_chat(name), fmt)
    assert list(authors) == list(per_author)
    assert dict(authors) == per_author
    assert system == n_system
    assert continuation == n_cont


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_first_line_is_encryption_notice_and_time_runs_forward(name):
    fmt = EXPECTED[name][0]
    text = read_chat(name)
    assert ENCRYPTED in text.split("\n", 1)[0]
    stamps = parse(text, fmt)[3]
    assert stamps == sorted(stamps)


GENERATED_DOCS = ["README.md", "expected.json", "scenarios/expected.json"]


@pytest.mark.slow
def test_make_samples_regenerates_byte_identical(regenerated):
    out = regenerated
    for name in [*EXPECTED, *GENERATED_DOCS]:
        assert (out / name).read_bytes() == (SAMPLES / name).read_bytes(), name


@pytest.mark.slow
def test_make_samples_writes_nothing_else(regenerated):
    out = regenerated
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([*EXPECTED, *GENERATED_DOCS])


SIGN_IDS = [
    "safe_sharing", "feel_supported", "listen_without_judgment", "can_raise_issues",
    "share_ups_and_downs", "mutual_care", "light_to_deep", "empathy", "genuine_interest",
    "presence", "compassion_when_suffering", "afraid_to_be_vulnerable", "superficial",
    "not_seen_heard", "judged_criticized", "disappointment", "one_sided", "waning_interest",
    "loneliness", "find_balance", "dumping_ground",
]  # fmt: skip
VERDICT_FILES = {
    "scenarios/expected.json": sorted(
        n.split("/")[1] for n in EXPECTED if n.startswith("scenarios/")
    ),
    "expected.json": sorted(n for n in EXPECTED if "/" not in n),
}


@pytest.mark.parametrize("verdicts", sorted(VERDICT_FILES), ids=sorted(VERDICT_FILES))
def test_expected_verdicts_cover_every_file_and_sign(verdicts):
    data = json.loads((SAMPLES / verdicts).read_text(encoding="utf-8"))
    assert sorted(data) == VERDICT_FILES[verdicts]
    for name, signs in data.items():
        assert list(signs) == SIGN_IDS, name
        for sign_id, v in signs.items():
            assert v["status"] in ("observed", "not_observed", "insufficient_data"), (name, sign_id)
            if v["who"] is not None:
                assert sign_id in ("one_sided", "dumping_ground") and v["status"] == "observed"


@pytest.mark.parametrize(
    ("name", "sign_id", "who"),
    [
        ("dominating.txt", "one_sided", "Chris"),
        ("group_dominated.txt", "one_sided", "Marcus"),
        ("dumping_ground.txt", "dumping_ground", "Leah"),
    ],
    ids=["dominating", "group_dominated", "dumping_ground"],
)
def test_expected_who_is_a_participant(name, sign_id, who):
    data = json.loads((SAMPLES / "scenarios/expected.json").read_text(encoding="utf-8"))
    assert data[name][sign_id] == {**data[name][sign_id], "status": "observed", "who": who}
    assert who in EXPECTED["scenarios/" + name][1]


def test_zip_members_are_the_chat_and_the_photos_it_mentions():
    with zipfile.ZipFile(SAMPLES / "whatsapp_chat_with_jo.zip") as zf:
        names = zf.namelist()
        chat = zf.read("_chat.txt").decode("utf-8")
    attached = re.findall(r"<attached: ([^>]+)>", chat)
    assert names == ["_chat.txt", *attached]
    assert len(attached) == 2
    assert all(
        re.fullmatch(r"\d{8}-PHOTO-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.jpg", a) for a in attached
    )


# what the brief asks of each chat: (fewest messages, most messages, fewest days, most days)
SIZES = {
    "android_en_gb.txt": (400, 600, 63, 77),
    "ios_en_us.txt": (300, 500, 56, 90),
    "group_chat.txt": (300, 600, 56, 90),
    "whatsapp_chat_with_jo.zip": (100, 300, 14, 35),
    **{
        name: (300, 600, 56, 90)
        for name in EXPECTED
        if name.startswith("scenarios/") and name != "scenarios/too_short.txt"
    },
    "scenarios/too_short.txt": (30, 50, 2, 7),
}


@pytest.mark.parametrize("name", sorted(SIZES), ids=sorted(SIZES))
def test_size_and_span_are_what_the_scenario_needs(name):
    fmt, per_author, _, _ = EXPECTED[name]
    low, high, min_days, max_days = SIZES[name]
    stamps = parse(read_chat(name), fmt)[3]
    first, last = date(*stamps[1][:3]), date(*stamps[-1][:3])  # stamps[0]: encryption notice
    assert low <= sum(per_author.values()) <= high
    assert min_days <= (last - first).days + 1 <= max_days
