from __future__ import annotations

from .._base import OpenStrEnum


class CaseSensitive(OpenStrEnum):
    A = "a"
    A_2 = "A"
    AB = "ab"
    AB_2 = "Ab"
    AB_3 = "AB"
