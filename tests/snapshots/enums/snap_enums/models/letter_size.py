from __future__ import annotations

from .._base import OpenStrEnum


class LetterSize(OpenStrEnum):
    A4 = "a4"
    A5 = "a5"
