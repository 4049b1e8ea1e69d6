from __future__ import annotations

from .._base import OpenEnum


class Mixed(OpenEnum):
    AUTO = "auto"
    NUMBER_0 = 0
    NUMBER_1 = 1
    TRUE = True
