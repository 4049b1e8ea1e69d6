from __future__ import annotations

from .._base import Model
from .customer_tier import CustomerTier


class Customer(Model):

    id: str
    name: str
    email: str | None
    phone: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    address: Address | None = None
    tier: CustomerTier | None = None
    manager: Manager | None = None


from .address import Address
from .manager import Manager
