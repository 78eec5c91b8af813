"""Property tests: random text never crashes the parser, every line is accounted for, and any
conversation a real export could hold survives render -> parse unchanged."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analyzer.errors import ChatFormatError
from analyzer.parsers.render import RENDER_VARIANTS, render
from analyzer.parsers.whatsapp import parse_text

pytestmark = pytest.mark.slow  # hypothesis

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters that make up headers, bodies and the marks around them.
HEADERISH = "0123456789/.-:,[] APMapm\u00a0\u202f\u200e\u200f\ufeff–àklo\tx:é😀\u200d\r"
line = st.one_of(
    st.text(alphabet=HEADERISH, max_size=40),
    st.text(max_size=30),
    st.builds(
        lambda d, m, y, h, mi, rest: f"{d}/{m}/{y}, {h}:{mi:02} - {rest}",
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(0, 2100),
        st.integers(0, 30),
        st.integers(0, 99),
        st.text(alphabet=HEADERISH, max_size=20),
    ),
    st.builds(
        lambda d, m, y, h, mi, s, rest: f"[{d}.{m}.{y}, {h}:{mi:02}:{s:02}] {rest}",
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(0, 99),
        st.integers(0, 30),
        st.integers(0, 99),
        st.integers(0, 99),
        st.text(alphabet=HEADERISH, max_size=20),
    ),
)
random_files = st.lists(line, max_size=25).map("\n".join)


#: The one-line errors the parser gives, exactly; anything else (another message, a second line,
#: another exception) fails the test.
FORMAT_ERRORS = re.compile(
    r"chat\.txt: (?:"
    r"no line looks like a WhatsApp message header \(expected e\.g\. '12/03/2021, 21:15 - Sam: "
    r"hi' or '\[12/03/2021, 21:15:02\] Sam: hi'\)"
    r"|no WhatsApp message header found"
    r"|no WhatsApp message header with a valid date"
    r"|line \d+ has a date outside the years 1678-2261: '[^\n]*'(?: \(and \d+ more\))?; check "
    r"the export: this tool reads dates in that range only"
    r"|line \d+ looks like a message header but its date or time is impossible in [dmy]{3} "
    r"order: '[^\n]*'; [^\n]+"
    r"|\d+ lines? before the first message header would be lost \(line 1: '[^\n]*'\); export "
    r"the chat again, or pass --lenient to skip them"
    r")"
)
VALID_FIRST = "12/03/2021, 21:15 - Sam: hi\n"
NUMBER = re.compile(r"\d+")


def _n_lines(text: str) -> int:
    # CR, LF and CRLF all end a line (old Mac exports end lines with a bare CR)
    return len(text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n"))


@SETTINGS
@given(random_files)
def test_random_text_parses_or_raises_one_known_error(text: str) -> None:
    try:
        frame, _source = parse_text(text)
    except ChatFormatError as err:
        assert FORMAT_ERRORS.fullmatch(str(err)), str(err)
    else:
        assert len(frame) >= 1


@SETTINGS
@given(random_files)
def test_a_chat_whose_first_line_is_a_message_always_parses_leniently(text: str) -> None:
    # no number that could be read as a year outside 1678-2261 (that is refused, even leniently)
    assume(all(len(n) < 3 or 1678 <= int(n) <= 2261 for n in NUMBER.findall(text)))
    full = VALID_FIRST + text
    frame, source = parse_text(full, lenient=True)
    assert (frame["author"].iloc[0], frame["text"].iloc[0].split("\n")[0][:2]) == ("Sam", "hi")
    n_lines = _n_lines(full)
    lines = source.lines
    assert (
        lines.total,
        lines.accounted,
        int(frame["_lines"].sum()) + sum(lines.skipped.values()),
    ) == (n_lines, n_lines, n_lines)


@SETTINGS
@given(random_files)
def test_every_input_line_is_accounted_for(text: str) -> None:
    try:
        frame, source = parse_text(text)
    except ChatFormatError as err:
        assert FORMAT_ERRORS.fullmatch(str(err)), str(err)
        return
    n_lines = _n_lines(text)
    lines = source.lines
    assert (
        lines.total,
        lines.accounted,
        int(frame["_lines"].sum()) + sum(lines.skipped.values()),
    ) == (n_lines, n_lines, n_lines)


# --- round trip ----------------------------------------------------------------------------

WORDS = [
    "hi",
    "ok",
    "Lorem",
    "ipsum",
    ":",
    "a: b",
    "12/03/2021",
    "😀",
    "👩\u200d💻",
    "p.m.",
    "-",
    "[x]",
    "café",
    "¿qué?",
    "\u00a0",
    "tomorrow",
    "—",
    "<3",
    "www.example.org",
]
text_line = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
message_text = st.lists(text_line, min_size=1, max_size=3).map("\n".join)
names = st.one_of(
    st.from_regex(r"[A-Z][a-z]{1,8}(?: [A-Z][a-z]{1,8})?(?:-[A-Z][a-z]{1,5})?", fullmatch=True),
    st.sampled_from(["+44 7700 900123", "🦊 Fox", "Dr. J. R.", "Anne-Marie", "~\u202fKim"]),
)
notices = st.sampled_from(
    [
        'Sam created group "Trip"',
        "You were added",
        "Alex left",
        "Kim joined using this group's invite link",
    ]
)


@st.composite
def conversations(draw) -> tuple[pd.DataFrame, object]:
    variant = draw(st.sampled_from(RENDER_VARIANTS))
    n = draw(st.integers(1, 12))
    start = draw(
        st.integers(
            int(pd.Timestamp("2010-01-01").timestamp()), int(pd.Timestamp("2035-01-01").timestamp())
        )
    )
    gaps = draw(st.lists(st.integers(0, 90 * 24 * 3600), min_size=n, max_size=n))
    unit = "s" if variant.seconds else "min"
    stamps = (
        pd.to_datetime(start, unit="s") + pd.to_timedelta(pd.Series(gaps).cumsum(), unit="s")
    ).dt.floor(unit)
    people = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    authors, texts, kinds, edited = [], [], [], []
    for _ in range(n):
        if draw(st.integers(0, 9)) == 0:
            authors.append(None)
            texts.append(draw(notices))
            kinds.append("system")
            edited.append(False)
        else:
            authors.append(draw(st.sampled_from(people)))
            texts.append(draw(message_text))
            kinds.append("text")
            edited.append(draw(st.booleans()))
    frame = pd.DataFrame(
        {"timestamp": stamps, "author": authors, "text": texts, "kind": kinds, "edited": edited}
    )
    return frame, variant


def rows(frame: pd.DataFrame) -> list[tuple]:
    return [
        (str(ts), None if pd.isna(a) else str(a), str(t), str(k), bool(e))
        for ts, a, t, k, e in zip(
            frame["timestamp"],
            frame["author"].astype(object),
            frame["text"],
            frame["kind"],
            frame["edited"],
            strict=True,
        )
    ]


@SETTINGS
@given(conversations())
def test_parse_of_render_is_the_conversation(case: tuple[pd.DataFrame, object]) -> None:
    conversation, variant = case
    frame, _ = parse_text(render(conversation, variant), date_order=variant.order)
    assert rows(frame) == rows(conversation)
