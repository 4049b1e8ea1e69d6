from __future__ import annotations

from .._base import Model
from .orders_list_response_body_data_ref import OrdersListResponseBodyDataRef
from .orders_list_response_body_object import OrdersListResponseBodyObject


class OrdersListResponseBody(Model):
    """Response body schema for **GET** `/v1/orders`."""

    object: OrdersListResponseBodyObject
    """The type of the object represented by JSON. This object stores information about orders in a dictionary."""

    data_ref: OrdersListResponseBodyDataRef
    """Identifies the name of the attribute that contains the array of order objects."""

    orders: list[OrderCalculated]
    """Contains array of order objects."""

    total: int
    """Total number of orders."""


from .order_calculated import OrderCalculated
