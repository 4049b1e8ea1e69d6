from __future__ import annotations

from .._base import OpenStrEnum


class ShipmentPackaging(OpenStrEnum):
    """An inline enum, hoisted as ShipmentPackaging."""

    BOX = "box"
    ENVELOPE = "envelope"
    PALLET = "pallet"
