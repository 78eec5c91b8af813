"""The Hindi pack on BRIGHTER's Hindi splits: :mod:`tests.realtext.brighter_pack`, bound to them.

    python -m tests.realtext.brighter_hin train          # development: figures and misses
    python -m tests.realtext.brighter_hin dev --write    # the report: score dev, record it
"""

from __future__ import annotations

import sys

from tests.realtext.brighter_pack import FOLDER, PackOnBrighter

READING = PackOnBrighter("hin", "hi")
FILES, RECORD = READING.files, READING.record
pack_version, frame, score, recorded = (
    READING.pack_version,
    READING.frame,
    READING.score,
    READING.recorded,
)
__all__ = ["FILES", "FOLDER", "RECORD", "frame", "pack_version", "recorded", "score"]

if __name__ == "__main__":
    sys.exit(READING.main(sys.argv[1:]))
