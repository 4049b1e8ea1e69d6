from __future__ import annotations

from .._base import OpenStrEnum


class NullableCarrier(OpenStrEnum):
    DHL = "dhl"
    UPS = "ups"
    FEDEX = "fedex"
