"""``nlp_processes``: how many workers the NLP pass forks ("auto" or a count)."""

import pytest

from analyzer.errors import AnalyzerError
from analyzer.nlp import features
from analyzer.settings import Settings


@pytest.mark.parametrize(
    ("setting", "n_texts", "cpus", "expected"),
    [
        ("auto", 20_000, 2, 1),
        ("auto", 20_001, 2, 2),
        ("auto", 150_000, 1, 1),
        ("auto", 150_000, 8, 2),
        (" AUTO ", 150_000, 2, 2),
        (3, 10, 2, 3),
        ("2", 10, 1, 2),
        (0, 10, 2, 1),
    ],
    ids=[
        "auto_small_chat",
        "auto_large_chat",
        "auto_one_cpu",
        "auto_capped_at_two",
        "auto_spelling",
        "count",
        "count_as_text",
        "zero_means_one",
    ],
)
def test_resolve_processes(
    monkeypatch: pytest.MonkeyPatch, setting, n_texts: int, cpus: int, expected: int
) -> None:
    monkeypatch.setattr(features, "_cpus", lambda: cpus)
    monkeypatch.setattr(features, "_fork_is_safe", lambda: True)
    assert features.resolve_processes(setting, n_texts) == expected


def test_auto_stays_in_one_process_without_safe_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "_cpus", lambda: 2)
    monkeypatch.setattr(features, "_fork_is_safe", lambda: False)
    assert features.resolve_processes("auto", 150_000) == 1


def test_resolve_processes_rejects_words() -> None:
    with pytest.raises(AnalyzerError, match="nlp_processes must be 'auto' or a whole number"):
        features.resolve_processes("many", 10)


def test_default_setting_is_auto() -> None:
    assert Settings().nlp_processes == "auto"
