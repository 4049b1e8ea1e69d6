from __future__ import annotations

from .._base import OpenIntEnum


class Priority(OpenIntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
