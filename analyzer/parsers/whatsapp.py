"""WhatsApp .txt / .zip exports (Android and iOS, every locale). PLACEHOLDER: being written."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analyzer.chat import Source
from analyzer.errors import ChatFormatError
from analyzer.parsers.base import InputFile


class WhatsAppParser:
    name = "whatsapp"
    title = "WhatsApp (Android and iOS, .txt or the shared .zip)"
    example = "12/03/2021, 21:15 - Sam: See you tomorrow!"
    extensions = (".txt", ".zip")

    def detect(self, file: InputFile) -> float:
        return 0.0

    def parse(self, files: list[InputFile], **options: Any) -> tuple[pd.DataFrame, Source]:
        raise ChatFormatError("the WhatsApp parser is not written yet")


PARSER = WhatsAppParser()
