from __future__ import annotations

from .._base import OpenEnum


class Mixed(OpenEnum):
    """`True` is not a member: where this enum is used, booleans are plain `bool` values (in Python `True == 1`)."""

    AUTO = "auto"
    NUMBER_0 = 0
    NUMBER_1 = 1
