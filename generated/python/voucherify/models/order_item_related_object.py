from __future__ import annotations

from .._base import OpenStrEnum


class OrderItemRelatedObject(OpenStrEnum):
    """Whether the item refers to a product or to a SKU."""

    PRODUCT = "product"
    SKU = "sku"
