"""A chat built for ``--compare``: Ana and Ben talk once a day for 20 weeks (2024-01-01 to
2024-05-19). Before :data:`CHANGE_DAY` each asks one question a day (Ana's share of questions is
50 %); from it on Ben asks the day's only question four days in five (Ana's share is 20 %).
Everything else stays alike: four messages a day, two each, Ana writing first."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

START = pd.Timestamp("2024-01-01 19:00")
DAYS = 140
CHANGE_DAY = "2024-03-11"  # day 70: the last 10 weeks start here

EARLIER = (
    ("Ana", "how was work today?"),
    ("Ben", "busy but fine, the new project started"),
    ("Ben", "what did you have for lunch?"),
    ("Ana", "a salad from the place near the office"),
)
LATER_ANA_ASKS = (
    ("Ana", "how was work today?"),
    ("Ben", "busy but fine, the new project started"),
    ("Ben", "I picked up groceries on the way home"),
    ("Ana", "a salad from the place near the office"),
)
LATER_BEN_ASKS = (
    ("Ana", "I finished the report tonight"),
    ("Ben", "busy but fine, the new project started"),
    ("Ben", "what did you have for lunch?"),
    ("Ana", "a salad from the place near the office"),
)


def lines() -> list[str]:
    out = []
    for day in range(DAYS):
        if day < 70:
            script = EARLIER
        else:
            script = LATER_ANA_ASKS if (day - 70) % 5 == 0 else LATER_BEN_ASKS
        for i, (who, text) in enumerate(script):
            when = START + pd.Timedelta(days=day, minutes=3 * i + day % 7)
            out.append(f"{when:%d/%m/%Y, %H:%M} - {who}: {text}")
    return out


def write(folder: Path) -> Path:
    path = folder / "WhatsApp Chat with Ben.txt"
    path.write_text("\n".join(lines()) + "\n", encoding="utf-8")
    return path
