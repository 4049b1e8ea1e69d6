from __future__ import annotations

from .._base import Model


class Customer(Model):

    name: str | None = None
    address: Address | None = None


from .address import Address
