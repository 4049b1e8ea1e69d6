from __future__ import annotations

from .._base import OpenStrEnum


class ApiVersion(OpenStrEnum):
    NUMBER_2016_11_15 = "2016-11-15"
