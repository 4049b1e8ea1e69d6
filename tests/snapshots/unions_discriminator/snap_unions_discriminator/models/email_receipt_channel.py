from __future__ import annotations

from .._base import OpenStrEnum


class EmailReceiptChannel(OpenStrEnum):
    EMAIL = "email"
