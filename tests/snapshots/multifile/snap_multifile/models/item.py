from __future__ import annotations

from .._base import Model


class Item(Model):

    sku: str | None = None
    quantity: int | None = None
    order: Order | None = None


from .order import Order
