from __future__ import annotations

from typing import Any
from .._base import Model
from .order_status import OrderStatus


class OrdersCreateRequestBody(Model):
    """Request body schema for **POST** `/v1/orders`."""

    id: str | None = None
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
    customer: Customer | None = None
    referrer: Customer | None = None


from .customer import Customer
from .order_item import OrderItem
