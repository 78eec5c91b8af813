"""English "i'm screaming" said alone is laughter in chat ("i'm literally screaming", "im
screaming 😂"): tier 1, no feeling statement, as "crying laughing" is. Screaming at or into
something, and screaming told in the past, keep their reading (anger, fear)."""

from __future__ import annotations

import pytest

from tests.nlp.test_en_miss_crushed_mad_forms import _read


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("i'm literally screaming", (1, "", False), id="literally"),
        pytest.param("im screaming", (1, "", False), id="bare"),
        pytest.param("I'm screaming 😂", (1, "", False), id="emoji"),
        pytest.param("i am so screaming rn lmao", (1, "", False), id="rn"),
        # near misses: screaming at or into something, or told in the past
        pytest.param("i'm screaming at my boss", (2, "i_am_screaming_at", True), id="at"),
        pytest.param("i'm screaming into a pillow", (2, "i_am_screaming_into", True), id="into"),
        pytest.param("she was screaming at me", (2, "screamed_at", True), id="she-at-me"),
        pytest.param("i was screaming", (2, "i_was_screaming", True), id="past"),
    ],
)
def test_screaming(text, expected):
    assert _read(text)[:3] == expected
