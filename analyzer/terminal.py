"""Text from a chat made safe to print on a terminal.

Names, file names and messages come from the chat export and are untrusted: an escape sequence
(``ESC [ ...``) in a participant's name could recolour, hide or rewrite what the terminal shows,
and a bidirectional override could reorder it. :func:`safe` writes every such character as a
visible escape (``\\x1b``, ``\\u202e``), so the line shows what the export really holds.
"""

from __future__ import annotations

import re

#: C0 and C1 controls (newline and tab included: each message is one line), DEL, and the
#: bidirectional embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: object) -> str:
    """``text`` with every control character written as a visible escape."""
    return _UNSAFE.sub(_escape, str(text))
