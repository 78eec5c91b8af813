"""chat-balance: how balanced, how deep and how one-sided is a conversation?

>>> import analyzer
>>> chat = analyzer.load_chat("sample_chats/android_en_gb.txt")
>>> result = analyzer.analyze(chat)
"""

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
    "load_chat",
]
__version__ = "0.1.0"
