"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cafe_api import AsyncCafeApi
    from .default3_d_models_api import AsyncDefault3DModelsApi
    from .default_api import AsyncDefaultApi
    from .order_items_api import AsyncOrderItemsApi
    from .order_items_api_2 import AsyncOrderItemsApi_2
    from .orders_api import AsyncOrdersApi
    from .orders_api_2 import AsyncOrdersApi_2
    from .u266125_api import AsyncU266125Api
    from .cafe_api import CafeApi
    from .default3_d_models_api import Default3DModelsApi
    from .default_api import DefaultApi
    from .order_items_api import OrderItemsApi
    from .order_items_api_2 import OrderItemsApi_2
    from .orders_api import OrdersApi
    from .orders_api_2 import OrdersApi_2
    from .u266125_api import U266125Api

__all__ = [
    "AsyncCafeApi",
    "AsyncDefault3DModelsApi",
    "AsyncDefaultApi",
    "AsyncOrderItemsApi",
    "AsyncOrderItemsApi_2",
    "AsyncOrdersApi",
    "AsyncOrdersApi_2",
    "AsyncU266125Api",
    "CafeApi",
    "Default3DModelsApi",
    "DefaultApi",
    "OrderItemsApi",
    "OrderItemsApi_2",
    "OrdersApi",
    "OrdersApi_2",
    "U266125Api",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
AsyncCafeApi .cafe_api
AsyncDefault3DModelsApi .default3_d_models_api
AsyncDefaultApi .default_api
AsyncOrderItemsApi .order_items_api
AsyncOrderItemsApi_2 .order_items_api_2
AsyncOrdersApi .orders_api
AsyncOrdersApi_2 .orders_api_2
AsyncU266125Api .u266125_api
CafeApi .cafe_api
Default3DModelsApi .default3_d_models_api
DefaultApi .default_api
OrderItemsApi .order_items_api
OrderItemsApi_2 .order_items_api_2
OrdersApi .orders_api
OrdersApi_2 .orders_api_2
U266125Api .u266125_api
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
