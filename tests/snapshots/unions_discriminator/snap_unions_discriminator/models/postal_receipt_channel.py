from __future__ import annotations

from .._base import OpenStrEnum


class PostalReceiptChannel(OpenStrEnum):
    POSTAL = "postal"
