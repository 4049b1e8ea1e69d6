from __future__ import annotations

from .._base import OpenStrEnum


class ShipmentFlagsItem(OpenStrEnum):
    FRAGILE = "fragile"
    HAZARDOUS = "hazardous"
