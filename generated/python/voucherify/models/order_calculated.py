from __future__ import annotations

from datetime import datetime
from typing import Any
from .._base import Model
from .order_calculated_object import OrderCalculatedObject
from .order_status import OrderStatus


class OrderCalculated(Model):
    """An order as the API returns it, with the amounts it computed."""

    id: str
    """Unique ID assigned by Voucherify to the order."""

    source_id: str | None = None
    """Unique order ID in your system (the source of the order)."""

    status: OrderStatus | None = None
    amount: int | None = None
    """The total amount of the order, the sum of the order items' amounts, in the smallest currency unit (e.g. 100 cents for $1.00)."""

    initial_amount: int | None = None
    """The amount before any discount, in the smallest currency unit."""

    discount_amount: int | None = None
    """Sum of all order-level discounts applied to the order, in the smallest currency unit."""

    items: list[OrderItem] | None = None
    """Array of items applied to the order. It can include up to 500 items."""

    metadata: dict[str, Any] | None = None
    object: OrderCalculatedObject
    """The type of the object represented by JSON."""

    items_discount_amount: int | None = None
    """Sum of all product-specific discounts, in the smallest currency unit."""

    total_discount_amount: int | None = None
    """Sum of all order-level and product-specific discounts, in the smallest currency unit."""

    total_amount: int | None = None
    """The order amount after all discounts, in the smallest currency unit."""

    applied_discount_amount: int | None = None
    """Order-level discount applied in the latest redemption, in the smallest currency unit."""

    total_applied_discount_amount: int | None = None
    """All discounts applied in the latest redemption, in the smallest currency unit."""

    customer_id: str | None = None
    """Unique ID of the customer who placed the order."""

    referrer_id: str | None = None
    """Unique ID of the referrer of the order."""

    customer: CustomerReference | None = None
    referrer: CustomerReference | None = None
    redemptions: dict[str, OrderRedemption] | None = None
    """The redemptions applied to the order, by redemption ID."""

    created_at: datetime
    """When the order was created, in ISO 8601 format."""

    updated_at: datetime | None = None
    """When the order was last updated, in ISO 8601 format; null if it never was."""


from .customer_reference import CustomerReference
from .order_item import OrderItem
from .order_redemption import OrderRedemption
