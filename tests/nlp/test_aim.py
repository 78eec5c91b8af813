"""at_partner: grievances count against the partner only when they address the reader."""

from __future__ import annotations

import pytest

from tests.realtext.evaluate import features_of

CASES = [
    ("you never listen to me", True),
    ("I'm so disappointed in you", True),
    ("you said you would call and you didn't", True),
    ("I feel so alone even when you're here", True),
    ("my boss never listens to me", False),
    ("so disappointed with my sister again", False),
    ("i feel so alone since the move", False),
    ("you know my mom always does this", False),
    ("thank you, you never fail to make me smile", False),
    ("I'm not disappointed in you at all", False),
    ("what do you miss most?", False),
]


@pytest.mark.parametrize(("text", "aimed"), CASES)
def test_at_partner(text, aimed):
    assert bool(features_of([text])["at_partner"].iloc[0]) is aimed
