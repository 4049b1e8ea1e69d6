"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .orders_api import AsyncOrdersApi as AsyncOrdersApi
    from .orders_api import OrdersApi as OrdersApi

__all__ = [
    "AsyncOrdersApi",
    "OrdersApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncOrdersApi": ".orders_api",
    "OrdersApi": ".orders_api",
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
