"""A folder of small generated chats in several formats, for the batch tests.

Invented people and invented lines, written here for these tests. Each chat is a seeded random
walk through :data:`LINES` between two people, rendered as a WhatsApp Android export (.txt), a
WhatsApp iOS export zip (``_chat.txt`` inside), a Telegram single-chat export folder
(``result.json``), a CSV table, or a Meta (Messenger) folder of two ``message_N.json`` parts.
Three files are broken on purpose: random bytes, an empty file and a zip bomb.
"""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

LINES = (
    "hey, how was your day?",
    "pretty good, work was busy though",
    "I feel really anxious about the interview tomorrow",
    "that sounds stressful, I'm here if you want to talk",
    "thanks, that means a lot to me",
    "want to get dinner on friday?",
    "yes! the thai place?",
    "I miss you so much",
    "miss you too ❤️",
    "I'm so proud of you",
    "ugh I'm exhausted",
    "did you call your mum?",
    "not yet, I will tonight",
    "I was upset that you forgot about saturday",
    "you're right, I'm sorry, I should have remembered",
    "lol",
    "ok",
    "what are you reading at the moment?",
    "a book about the history of maps, it's great",
    "I got the job!!",
    "that's amazing, congratulations!",
    "I feel a bit lonely this week",
    "do you want me to come over?",
    "can you send me the address?",
    "running late, 10 min",
    "no worries",
    "how are you feeling about everything?",
    "honestly a bit overwhelmed but better now",
    "good night 😴",
    "night!",
)

#: (format label, how many good chats of it) - 37 in all
GOOD = (("android", 10), ("ios_zip", 8), ("telegram", 7), ("csv", 7), ("meta", 5))
#: Broken files and the start of the reason each must fail with.
BROKEN = {
    "broken/binary.txt": "[chat]: looks like a binary file, not a chat export",
    "broken/empty.txt": "[chat]: the file is empty; export the chat again",
    "broken/bomb.zip": "the chat holds 200.00 MB of chat text, above the per-chat limit of 100 MB",
}
PEOPLE = (
    ("Ana Silva", "Ben Okafor"), ("Sam Lee", "Jo March"), ("Priya", "Tom"), ("Lou", "Zoe Park"),
)  # fmt: skip
#: What the parser registry calls each format label.
FORMAT_NAMES = {
    "android": "whatsapp",
    "ios_zip": "whatsapp",
    "telegram": "telegram",
    "csv": "csv",
    "meta": "meta",
}


def conversation(seed: int, n: int = 60) -> list[tuple[datetime, str, str]]:
    """``n`` messages (time, author, text) between the seed's two people, over several weeks."""
    rng = random.Random(seed)
    people = PEOPLE[seed % len(PEOPLE)]
    t = datetime(2024, 1, 1 + seed % 20, 9, 0)
    author = 0
    out = []
    for _ in range(n):
        t += timedelta(
            minutes=rng.choice((1, 2, 5, 30)) if rng.random() < 0.8 else 60 * rng.randint(5, 60)
        )
        if rng.random() < 0.7:
            author = 1 - author
        out.append((t, people[author], rng.choice(LINES)))
    return out


def android(msgs) -> str:
    return "".join(f"{t:%d/%m/%Y, %H:%M} - {a}: {x}\n" for t, a, x in msgs)


def ios(msgs) -> str:
    return "".join(
        f"[{t.month}/{t.day}/{t:%y}, {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"
        f"] {a}: {x}\n"
        for t, a, x in msgs
    )


def telegram(msgs, name: str) -> str:
    records = [
        {
            "id": i + 1,
            "type": "message",
            "date": t.isoformat(),
            "date_unixtime": str(int(t.timestamp())),
            "from": a,
            "from_id": f"user{abs(hash(a)) % 1000}",
            "text": x,
        }
        for i, (t, a, x) in enumerate(msgs)
    ]
    return json.dumps(
        {"name": name, "type": "personal_chat", "id": 1, "messages": records}, ensure_ascii=False
    )


def table(msgs) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["timestamp", "author", "text"])
    writer.writerows((f"{t:%Y-%m-%d %H:%M:%S}", a, x) for t, a, x in msgs)
    return out.getvalue()


def meta_part(msgs) -> str:
    people = sorted({a for _, a, _ in msgs})
    records = [
        {"sender_name": a, "timestamp_ms": int(t.timestamp() * 1000), "content": x}
        for t, a, x in reversed(msgs)
    ]  # Meta writes newest first
    return json.dumps({"participants": [{"name": p} for p in people], "messages": records})


def zip_bomb(path: Path, megabytes: int = 200) -> None:
    """A zip whose one chat member inflates from ~0.2 MB to ``megabytes`` MB of zeros."""
    block = b"\0" * 1024**2
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("_chat.txt", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(block)


def plan(per_format: tuple[tuple[str, int], ...] = GOOD) -> list[tuple[str, str, int]]:
    """(relative path, format label, seed) of each good chat, without writing anything.

    A Meta chat's path is its folder's ``message_1.json`` (the first of its two parts)."""
    rows = []
    seed = 0
    for label, count in per_format:
        for i in range(count):
            seed += 1
            rel = {
                "android": f"whatsapp/WhatsApp Chat with {PEOPLE[seed % len(PEOPLE)][1]} {i}.txt",
                "ios_zip": f"whatsapp/ios_{i}.zip",
                "telegram": f"telegram/ChatExport_{i}/result.json",
                "csv": f"tables/chat_{i}.csv",
                "meta": f"messenger/inbox/friend_{i}/message_1.json",
            }[label]
            rows.append((rel, label, seed))
    return rows


def write_folder(
    root: Path, *, per_format: tuple[tuple[str, int], ...] = GOOD, broken: bool = True, n: int = 60
) -> dict[str, str]:
    """Write the chats of :func:`plan` (and the broken files) under ``root``; return
    {relative path: format label, or "broken"}."""
    made: dict[str, str] = {}
    for rel, label, seed in plan(per_format):
        msgs = conversation(seed, n)
        path = root / rel
        if label == "android":
            _write(path, android(msgs).encode())
        elif label == "ios_zip":
            path.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("_chat.txt", ios(msgs))
        elif label == "telegram":
            _write(path, telegram(msgs, msgs[0][1]).encode())
        elif label == "csv":
            _write(path, table(msgs).encode())
        else:  # meta: two parts, newest first in message_1.json
            half = len(msgs) // 2
            _write(path.parent / "message_2.json", meta_part(msgs[:half]).encode())
            _write(path, meta_part(msgs[half:]).encode())
        made[rel] = label
    if broken:
        _write(root / "broken/binary.txt", random.Random(1).randbytes(4096))
        _write(root / "broken/empty.txt", b"")
        zip_bomb(root / "broken/bomb.zip")
        made.update({rel: "broken" for rel in BROKEN})
    return made


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
