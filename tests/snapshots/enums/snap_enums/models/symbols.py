from __future__ import annotations

from .._base import OpenStrEnum


class Symbols(OpenStrEnum):
    EMPTY = ""
    PLUS = "+"
    MINUS = "-"
    NUMBER_1_ST = "1st"
    CLASS = "class"
    WITH_SPACE = "with space"
    UNICODE = "ünïcode"
