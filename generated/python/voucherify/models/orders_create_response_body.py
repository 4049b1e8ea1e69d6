from __future__ import annotations

from datetime import datetime
from typing import Any
from .order_calculated import OrderCalculated
from .order_calculated_object import OrderCalculatedObject
from .order_status import OrderStatus


class OrdersCreateResponseBody(OrderCalculated):
    """Response body schema for **POST** `/v1/orders`."""


from .customer_reference import CustomerReference
from .order_item import OrderItem
from .order_redemption import OrderRedemption
