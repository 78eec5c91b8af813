"""The first page of the report ("At a glance"): who wrote how much, the balance picture,
the findings, the signs at a glance and what to try (:func:`analyzer.report.view.build`
puts it first)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from analyzer.report import i18n, plainwords
from analyzer.report.blocks import (
    Block,
    Bullets,
    Fact,
    Facts,
    Finding,
    Findings,
    Note,
    People,
    Person,
    SignGrid,
)
from analyzer.report.formatting import (
    _name_list,
    fmt_count,
    fmt_seconds,
)
from analyzer.report.i18n import _
from analyzer.report.view_method import (
    _message_kind,
    _parse_warnings,
    _period,
    _source_line,
    _whole,
)
from analyzer.report.view_parts import _Values
from analyzer.schema import Col

if TYPE_CHECKING:
    from analyzer.result import Analysis


def _glance(analysis: Analysis, vals: _Values, colors: Mapping[str, str]) -> list[Block]:
    msgs = analysis.messages
    sent = msgs[msgs[Col.AUTHOR].notna()]
    per = sent[Col.AUTHOR].astype("object").value_counts()
    people = tuple(
        Person(
            p,
            colors[p],
            _("{messages}, {words}").format(
                messages=i18n.ngettext("{n} message", "{n} messages", int(per.get(p, 0))).format(
                    n=fmt_count(per.get(p, 0))
                ),
                words=i18n.ngettext(
                    "{n} word", "{n} words", _whole(vals.value("words", p))
                ).format(n=fmt_count(vals.value("words", p))),
            ),
        )
        for p in analysis.participants
    )
    start, end = analysis.period
    kinds = msgs["kind"].astype("object").value_counts()
    facts = (
        Fact(_("Period"), _period(start, end)),
        Fact(
            _("Messages"),
            _("{count} ({kinds})").format(
                count=fmt_count(len(msgs)),
                kinds=", ".join(_message_kind(str(k), int(v)) for k, v in kinds.items() if v),
            ),
        ),
        Fact(
            _("Conversations"),
            _("{count} (a new one after {gap} of silence)").format(
                count=fmt_count(len(analysis.sessions)),
                gap=fmt_seconds(analysis.settings.session_gap.total_seconds()),
            ),
        ),
        Fact(_("Source"), _source_line(analysis)),
    )
    from analyzer.report import findings, picture
    from analyzer.report.findings import shortfalls as chat_shortfalls

    blocks: list[Block] = [*_parse_warnings(analysis), People(people)]
    shortfalls = chat_shortfalls(analysis)
    if shortfalls:
        blocks.append(
            Note(
                _(
                    "Less data than the minimum: {shortfalls}. Signs that need more data say "
                    "“insufficient data”."
                ).format(shortfalls=plainwords.separator().join(shortfalls))
            )
        )
    drawn = picture.build(analysis)
    if drawn is not None:
        blocks.append(drawn)
    blocks.append(
        Findings(
            _("What stands out"),
            tuple(Finding(f.lead, f.detail) for f in findings.stands_out(analysis)),
        )
    )
    blocks.append(_signs_glance(analysis))
    blocks.extend(_what_to_try(analysis))
    blocks.append(Facts(facts, compact=True))  # print: one line
    others = [p for p in analysis.all_participants if p not in analysis.participants]
    if others:
        blocks.append(
            Note(
                _("Measured: {people} (--pair). Also in the chat: {others}.").format(
                    people=_name_list(analysis.participants), others=_name_list(others)
                )
            )
        )
    blocks.append(
        Note(
            _(
                "This report describes a conversation as written; it does not diagnose a "
                "person or a relationship. Much of a relationship happens outside the chat."
            ),
            # print: every page's footer says so, and the method section opens with it
            screen_only=True,
        )
    )
    return blocks


def _signs_glance(analysis: Analysis) -> SignGrid:
    from analyzer.report.signcards import grid_block

    return grid_block(list(analysis.signs))


def _what_to_try(analysis: Analysis) -> list[Bullets]:
    from analyzer.report.signcards import try_block

    block = try_block(list(analysis.signs))
    return [block] if block else []
