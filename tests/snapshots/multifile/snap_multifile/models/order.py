from __future__ import annotations

from .._base import Model


class Order(Model):

    id: str
    items: list[Item] | None = None
    customer: Customer | None = None
    parent: Order | None = None


from .customer import Customer
from .item import Item
