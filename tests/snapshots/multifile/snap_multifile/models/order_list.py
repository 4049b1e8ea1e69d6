from __future__ import annotations

from .._base import Model


class OrderList(Model):

    total: int | None = None
    orders: list[Order] | None = None


from .order import Order
