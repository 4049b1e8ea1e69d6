"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address as Address
    from .customer import Customer as Customer
    from .customer_tier import CustomerTier as CustomerTier
    from .manager import Manager as Manager

__all__ = [
    "Address",
    "Customer",
    "CustomerTier",
    "Manager",
]

_EXPORTS: dict[str, str] = {
    "Address": ".address",
    "Customer": ".customer",
    "CustomerTier": ".customer_tier",
    "Manager": ".manager",
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
