from __future__ import annotations

from .._base import OpenStrEnum


class OrdersListResponseBodyDataRef(OpenStrEnum):
    """Identifies the name of the attribute that contains the array of order objects."""

    ORDERS = "orders"
