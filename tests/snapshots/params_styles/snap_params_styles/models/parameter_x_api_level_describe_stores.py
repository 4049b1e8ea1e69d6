from __future__ import annotations

from .._base import OpenIntEnum


class ParameterXApiLevelDescribeStores(OpenIntEnum):
    NUMBER_2 = 2
