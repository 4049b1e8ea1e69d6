from __future__ import annotations

from .._base import OpenStrEnum


class BoxSize(OpenStrEnum):
    SMALL = "small"
    LARGE = "large"
