"""The few errors the tool raises on bad input.

Every user-facing problem is an :class:`AnalyzerError`; the CLI turns it into one line on stderr
and exit code 2. Messages say what was expected and how to fix it.
"""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class: a problem with the user's input or options (CLI exit code 2)."""


class ChatFormatError(AnalyzerError):
    """A file was recognised (or forced) as a format but cannot be read as one."""


class UnknownFormatError(AnalyzerError):
    """No parser recognises the input. The message names the best guesses and the choices."""


class SettingsError(AnalyzerError):
    """An option has a value outside what it accepts."""


class MessagesTableError(AnalyzerError, ValueError):
    """A messages table given to ``analyze()`` does not fit the schema; the message names the
    column and what it needs."""
