from __future__ import annotations

from typing import Any, ClassVar
from .._base import Model
from .order_item_object import OrderItemObject
from .order_item_related_object import OrderItemRelatedObject


class OrderItem(Model):
    """A line of an order: a product or a SKU, given by its Voucherify ID or its source ID, with the quantity and prices."""

    object: OrderItemObject | None = None
    """The type of the object represented by JSON."""

    product_id: str | None = None
    """Unique identifier of the product, assigned by Voucherify."""

    sku_id: str | None = None
    """Unique identifier of the SKU, assigned by Voucherify."""

    source_id: str | None = None
    """The product or SKU ID in your system."""

    related_object: OrderItemRelatedObject | None = None
    """Whether the item refers to a product or to a SKU."""

    quantity: int | None = None
    """The quantity of the item."""

    discount_quantity: int | None = None
    """Number of units discounted by the applied promotions."""

    price: int | None = None
    """The unit price of the item, in the smallest currency unit."""

    amount: int | None = None
    """The amount of the line (price times quantity), in the smallest currency unit."""

    discount_amount: int | None = None
    """Sum of the discounts applied to this line, in the smallest currency unit."""

    subtotal_amount: int | None = None
    """The amount of the line after its discounts, in the smallest currency unit."""

    product: OrderItemProduct | None = None
    """The product of this line, created or updated on the fly if it does not exist yet."""

    sku: OrderItemSku | None = None
    """The SKU of this line, created or updated on the fly if it does not exist yet."""

    metadata: dict[str, Any] | None = None

    _read_only: ClassVar[frozenset[str]] = frozenset({"object", "subtotal_amount"})


from .order_item_product import OrderItemProduct
from .order_item_sku import OrderItemSku
