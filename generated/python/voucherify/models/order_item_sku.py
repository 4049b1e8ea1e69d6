from __future__ import annotations

from typing import Any
from .._base import Model


class OrderItemSku(Model):
    """The SKU of this line, created or updated on the fly if it does not exist yet."""

    id: str | None = None
    """Unique identifier of the SKU, assigned by Voucherify."""

    source_id: str | None = None
    """The SKU ID in your system."""

    override: bool | None = None
    """Whether to overwrite the stored SKU with the data given here."""

    sku: str | None = None
    """The SKU name."""

    price: int | None = None
    """SKU price, in the smallest currency unit."""

    metadata: dict[str, Any] | None = None
