"""The conversation around an example quote: the :data:`AROUND` messages before and after it.

Read from ``analysis.messages``, the table the examples were picked from, so under
``--anonymize`` the context carries labels and scrubbed text exactly as the quotes do. With
``--no-quotes`` there are no examples, and so no context, in the report or the JSON. The HTML
shows it in a ``<details>`` element (opens without any script); the PDF leaves it out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from analyzer.report.blocks import Block, Said, SignCard, Signs
from analyzer.schema import Col

if TYPE_CHECKING:
    from analyzer.result import Analysis
    from analyzer.signs import Example, Sign

#: Messages shown on each side of the quoted one.
AROUND = 5
#: Longest text of a context message (as for the quotes themselves).
MAX_CHARS = 280


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…"


def surrounding(messages: pd.DataFrame, row: int, around: int = AROUND) -> list[dict[str, Any]]:
    """The messages from ``row - around`` to ``row + around`` (fewer at the chat's ends), each
    ``{"timestamp", "author", "text", "quoted"}`` (``quoted``: the example itself; ``author`` ""
    for a system notice). Empty when ``row`` is not a position in ``messages``."""
    if not 0 <= row < len(messages):
        return []
    lo, hi = max(0, row - around), min(len(messages), row + around + 1)
    part = messages.iloc[lo:hi]
    stamps = part[Col.TIMESTAMP].tolist()
    authors = part[Col.AUTHOR].astype("object").tolist()
    texts = part[Col.TEXT].astype("object").tolist()
    out = []
    for i, (when, who, text) in enumerate(zip(stamps, authors, texts, strict=True)):
        out.append(
            {
                "timestamp": pd.Timestamp(when).isoformat(),
                "author": who if isinstance(who, str) else "",
                "text": _cut(text) if isinstance(text, str) else "",
                "quoted": lo + i == row,
            }
        )
    return out


def example_context(analysis: Analysis, example: Example) -> list[dict[str, Any]]:
    """:func:`surrounding` of one example (empty with ``--no-quotes``)."""
    if not analysis.settings.quotes:
        return []
    return surrounding(analysis.messages, getattr(example, "row", -1))


def attach(sections: list[tuple[str, list[Block]]], analysis: Analysis) -> None:
    """Give every example of every sign card in the view's ``sections`` its ``context``
    (formatted for the templates: :class:`~analyzer.report.blocks.Said`)."""
    signs = {s.id: s for s in analysis.signs}
    for _sid, blocks in sections:
        blocks[:] = [
            replace(b, items=tuple(_with_context(card, signs, analysis) for card in b.items))
            if isinstance(b, Signs)
            else b
            for b in blocks
        ]


def _with_context(card: SignCard, signs: dict[str, Sign], analysis: Analysis) -> SignCard:
    from analyzer.report.view import fmt_datetime, truncate

    sign = signs.get(card.id)
    if sign is None:
        return card
    examples = [
        replace(
            shown,
            context=tuple(
                Said(fmt_datetime(m["timestamp"]), m["author"], truncate(m["text"]), m["quoted"])
                for m in example_context(analysis, example)
            ),
        )
        for shown, example in zip(card.examples, sign.examples, strict=False)
    ]
    return replace(card, examples=(*examples, *card.examples[len(examples) :]))
