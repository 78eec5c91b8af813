"""Signs on chats stitched from real comments (``tests/realtext/chats.py``): a person plainly
comforted in other people's words is read as supported, and venting about others is not read as
a grievance against the partner."""

from __future__ import annotations

from functools import cache

import pytest

import analyzer
from tests.realtext.chats import stitched


@cache
def signs(kind: str, tmp: str) -> dict[str, tuple[str, str | None]]:
    path = f"{tmp}/{kind}.csv"
    stitched(kind).to_csv(path, index=False)
    result = analyzer.analyze(analyzer.load_chat(path))
    return {s.id: (s.status, s.who) for s in result.signs}


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("realchats"))


@pytest.mark.parametrize(
    ("sign", "verdict"),
    [
        ("feel_supported", ("observed", None)),
        ("compassion_when_suffering", ("observed", None)),
        ("empathy", ("observed", None)),
        ("not_seen_heard", ("not_observed", None)),
        ("judged_criticized", ("not_observed", None)),
        ("disappointment", ("not_observed", None)),
        # Kit's replies carry feelings of their own ("my heart is breaking for you"), and Sam's
        # are met
        ("safe_sharing", ("observed", None)),
        # ten weeks of troubles one way only, every one met: we read it as offloading (a careful
        # reader may call it a rough patch; the sign's caveat says so)
        ("dumping_ground", ("observed", "Sam")),
    ],
)
def test_comforted(tmp, sign, verdict):
    assert signs("comforted", tmp)[sign] == verdict


@pytest.mark.parametrize("sign", ["disappointment", "judged_criticized", "dumping_ground"])
def test_venting_about_others_is_not_a_grievance(tmp, sign):
    assert signs("venting", tmp)[sign] == ("not_observed", None)
