from __future__ import annotations

from .._base import OpenNumberEnum


class Ratio(OpenNumberEnum):
    NUMBER_0_DOT_5 = 0.5
    NUMBER_1 = 1
    NUMBER_1_DOT_5 = 1.5
