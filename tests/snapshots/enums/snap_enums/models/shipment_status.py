from __future__ import annotations

from .._base import OpenStrEnum


class ShipmentStatus(OpenStrEnum):
    PENDING = "pending"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    RETURNED = "returned"
