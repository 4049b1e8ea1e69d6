from __future__ import annotations

from .._base import OpenStrEnum


class BinaryOpOp(OpenStrEnum):
    PLUS = "+"
    MINUS = "-"
    STAR = "*"
    SLASH = "/"
