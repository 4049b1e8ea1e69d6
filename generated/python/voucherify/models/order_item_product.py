from __future__ import annotations

from typing import Any
from .._base import Model


class OrderItemProduct(Model):
    """The product of this line, created or updated on the fly if it does not exist yet."""

    id: str | None = None
    """Unique identifier of the product, assigned by Voucherify."""

    source_id: str | None = None
    """The product ID in your system."""

    override: bool | None = None
    """Whether to overwrite the stored product with the data given here."""

    name: str | None = None
    """Product name."""

    price: int | None = None
    """Product price, in the smallest currency unit."""

    metadata: dict[str, Any] | None = None
