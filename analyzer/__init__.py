"""chat-balance: how balanced, how deep and how one-sided is a conversation?

>>> import analyzer
>>> chat = analyzer.load_chat("sample_chats/android_en_gb.txt")
>>> result = analyzer.analyze(chat)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names below are imported on first use, so the CLI's --help stays fast
    from analyzer.batch import analyze_many
    from analyzer.chat import Chat, Source
    from analyzer.errors import AnalyzerError, ChatFormatError, UnknownFormatError
    from analyzer.parsers.registry import load_chat
    from analyzer.pipeline import analyze
    from analyzer.settings import Settings

__all__ = [
    "AnalyzerError",
    "Chat",
    "ChatFormatError",
    "Settings",
    "Source",
    "UnknownFormatError",
    "analyze",
    "analyze_many",
    "load_chat",
]
__version__ = "0.1.0"

#: public name -> the module that defines it
_LAZY = {
    "AnalyzerError": "analyzer.errors",
    "ChatFormatError": "analyzer.errors",
    "UnknownFormatError": "analyzer.errors",
    "Chat": "analyzer.chat",
    "Source": "analyzer.chat",
    "load_chat": "analyzer.parsers.registry",
    "analyze": "analyzer.pipeline",
    "analyze_many": "analyzer.batch",
    "Settings": "analyzer.settings",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analyzer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
