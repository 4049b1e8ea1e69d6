from __future__ import annotations

from typing import Any
from .._base import Model
from .order_status import OrderStatus


class OrdersUpdateRequestBody(Model):
    """Request body schema for **PUT** `/v1/orders/{orderId}`; fields left out are not changed."""

    status: OrderStatus | None = None
    amount: int | None = None
    """The total amount of the order, in the smallest currency unit."""

    initial_amount: int | None = None
    """The amount before any discount, in the smallest currency unit."""

    discount_amount: int | None = None
    """Sum of all order-level discounts, in the smallest currency unit."""

    items: list[OrderItem] | None = None
    """Array of items applied to the order. It can include up to 500 items."""

    metadata: dict[str, Any] | None = None
    """The order's metadata; null removes all of it."""

    customer: Customer | None = None
    referrer: Customer | None = None


from .customer import Customer
from .order_item import OrderItem
