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
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_chats"

ANDROID = re.compile(r"^(\d{2})/(\d{2})/(\d{4}), (\d{2}):(\d{2}) - (.*)$")
IOS = re.compile(
    r"^\u200e?\[(\d{1,2})/(\d{1,2})/(\d{2}), (\d{1,2}):(\d{2}):(\d{2})\u202f([AP]M)\] ([^:]+): (.*)$"
)
ENCRYPTED = "Messages and calls are end-to-end encrypted."

# file -> (format, messages per participant in order of first message, system notices,
#          continuation lines). Values are what make_samples.py produced; regenerate and update
#          them together.
EXPECTED: dict[str, tuple[str, dict[str, int], int, int]] = {
    "android_en_gb.txt": ("android", {"Priya": 235, "Tom": 238}, 1, 1),
    "ios_en_us.txt": ("ios", {"Maddie": 198, "Luis": 198}, 1, 2),
    "group_chat.txt": (
        "android",
        {"+44 7700 900123": 81, "Chloe": 99, "Dev 🎸": 94, "Hannah": 90},
        9,
        0,
    ),
    "whatsapp_chat_with_jo.zip": ("ios", {"Jo": 55, "Sam": 58}, 1, 0),
    "scenarios/balanced_deep.txt": ("android", {"Leon": 206, "Maya": 224}, 1, 1),
    "scenarios/dominating.txt": ("android", {"Chris": 338, "Ella": 107}, 1, 0),
    "scenarios/dumping_ground.txt": ("android", {"Leah": 242, "Nina": 162}, 1, 0),
    "scenarios/waning_interest.txt": ("android", {"Ollie": 274, "Jess": 278}, 1, 1),
    "scenarios/superficial.txt": ("android", {"Dan": 192, "Kate": 199}, 1, 0),
    "scenarios/critical_defensive.txt": ("android", {"Zoe": 163, "Ryan": 153}, 1, 0),
    "scenarios/crisis_support.txt": ("android", {"Amara": 270, "Ben": 261}, 1, 0),
    "scenarios/group_dominated.txt": (
        "android",
        {"Marcus": 261, "Freya": 40, "Aisha": 44, "Josh": 46},
        5,
        0,
    ),
    "scenarios/too_short.txt": ("android", {"Gemma": 22, "Raj": 17}, 1, 0),
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


def regenerate(tmp_path: Path) -> Path:
    done = subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return tmp_path


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


def test_make_samples_regenerates_byte_identical(tmp_path):
    out = regenerate(tmp_path)
    for name in EXPECTED:
        assert (out / name).read_bytes() == (SAMPLES / name).read_bytes(), name


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
