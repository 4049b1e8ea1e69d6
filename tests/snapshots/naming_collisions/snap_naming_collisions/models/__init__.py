"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .class_ import Class
    from .optional import Optional_
    from .order import Order
    from .order_item import OrderItem
    from .order_item_2 import OrderItem_2
    from .order_2 import Order_2
    from .str import Str
    from .u266125 import U266125

__all__ = [
    "Class",
    "Optional_",
    "Order",
    "OrderItem",
    "OrderItem_2",
    "Order_2",
    "Str",
    "U266125",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
Class .class_
Optional_ .optional
Order .order
OrderItem .order_item
OrderItem_2 .order_item_2
Order_2 .order_2
Str .str
U266125 .u266125
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
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
