from __future__ import annotations

from .._base import OpenStrEnum


class CarrierWithNull(OpenStrEnum):
    DHL = "dhl"
    UPS = "ups"
