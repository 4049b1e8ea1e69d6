from __future__ import annotations

from .._base import OpenFloatEnum


class Ratio(OpenFloatEnum):
    NUMBER_0_DOT_5 = 0.5
    NUMBER_1 = 1
    NUMBER_1_DOT_5 = 1.5
