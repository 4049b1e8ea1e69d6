"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pets_api import AsyncPetsApi as AsyncPetsApi
    from .stores_api import AsyncStoresApi as AsyncStoresApi
    from .pets_api import PetsApi as PetsApi
    from .stores_api import StoresApi as StoresApi

__all__ = [
    "AsyncPetsApi",
    "AsyncStoresApi",
    "PetsApi",
    "StoresApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncPetsApi": ".pets_api",
    "AsyncStoresApi": ".stores_api",
    "PetsApi": ".pets_api",
    "StoresApi": ".stores_api",
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
