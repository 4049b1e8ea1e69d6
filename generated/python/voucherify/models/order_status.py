from __future__ import annotations

from .._base import OpenStrEnum


class OrderStatus(OpenStrEnum):
    """The order status."""

    CREATED = "CREATED"
    PAID = "PAID"
    CANCELED = "CANCELED"
    FULFILLED = "FULFILLED"
