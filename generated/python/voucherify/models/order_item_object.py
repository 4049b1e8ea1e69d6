from __future__ import annotations

from .._base import OpenStrEnum


class OrderItemObject(OpenStrEnum):
    """The type of the object represented by JSON."""

    ORDER_ITEM = "order_item"
