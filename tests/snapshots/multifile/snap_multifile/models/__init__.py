"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address as Address
    from .customer import Customer as Customer
    from .error import Error as Error
    from .item import Item as Item
    from .order import Order as Order
    from .order_list import OrderList as OrderList

__all__ = [
    "Address",
    "Customer",
    "Error",
    "Item",
    "Order",
    "OrderList",
]

_EXPORTS: dict[str, str] = {
    "Address": ".address",
    "Customer": ".customer",
    "Error": ".error",
    "Item": ".item",
    "Order": ".order",
    "OrderList": ".order_list",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
