"""The few errors the tool raises on bad input.

Every user-facing problem is an :class:`AnalyzerError`; the CLI turns it into one line on stderr
and exit code 2. Messages say what was expected and how to fix it.
"""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class: a problem with the user's input or options (CLI exit code 2).

    ``names``: the names of people or chats the message lists (e.g. the chats of an export when
    one must be chosen), so that a caller anonymising its output can scrub them from it.
    """

    def __init__(self, *args: object, names: tuple[str, ...] | list[str] = ()) -> None:
        super().__init__(*args)
        self.names = tuple(str(n) for n in names)

    def __reduce__(self):
        return _rebuild, (type(self), self.args, self.names)


def _rebuild(cls: type[AnalyzerError], args: tuple, names: tuple[str, ...]) -> AnalyzerError:
    return cls(*args, names=names)


class ChatFormatError(AnalyzerError):
    """A file was recognised (or forced) as a format but cannot be read as one."""


class UnknownFormatError(AnalyzerError):
    """No parser recognises the input. The message names the best guesses and the choices."""


class SettingsError(AnalyzerError):
    """An option has a value outside what it accepts."""


class MessagesTableError(AnalyzerError, ValueError):
    """A messages table given to ``analyze()`` does not fit the schema; the message names the
    column and what it needs."""
