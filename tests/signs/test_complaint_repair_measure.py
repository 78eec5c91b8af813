"""complaint_repair_share: the metric can_raise_issues and not_seen_heard read (added by the
signs work; it lives in analyzer.metrics.responsiveness)."""

import math

import pytest

from tests.metrics.metrics_chat import msg, run

COMPLAINT = dict(cat_complaint=1.0, at_partner=True)


def _share(*reply, later=False):
    """Ana complains at minute 0; ``reply`` rows (Ben's turn) follow."""
    start = 500 if later else 1
    rows = [msg(0, "Ana", "you never listen", **COMPLAINT)]
    rows += [msg(start + i, "Ben", text, **feats) for i, (text, feats) in enumerate(reply)]
    rows += [msg(900, "Ben", "morning"), msg(901, "Ana", "hi")]
    m = run(rows)
    return m.get("complaint_repair_share", "Ana"), int(m.row("complaint_repair_share", "Ana")["n"])


@pytest.mark.parametrize(
    ("reply", "later", "expected"),
    [
        ([("sorry, you're right", dict(cat_repair=1.0))], False, (1.0, 1)),
        (
            [("sorry", dict(cat_repair=1.0)), ("but not my fault", dict(cat_defensiveness=1.0))],
            False,
            (0.0, 1),
        ),
        ([("whatever", {})], False, (0.0, 1)),
        ([("sorry", dict(cat_repair=1.0))], True, (0.0, 1)),
    ],
    ids=["repair", "repair-then-defence", "no-repair", "next-session"],
)
def test_reply_turn_decides(reply, later, expected):
    assert _share(*reply, later=later) == expected


def test_no_complaints_is_nan_with_n_zero():
    m = run([msg(0, "Ana", "hi"), msg(1, "Ben", "hey")])
    value, n = (
        m.get("complaint_repair_share", "Ben"),
        int(m.row("complaint_repair_share", "Ben")["n"]),
    )
    assert math.isnan(value) and n == 0
