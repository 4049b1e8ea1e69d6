"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .default_api import AsyncDefaultApi as AsyncDefaultApi
    from .owners_api import AsyncOwnersApi as AsyncOwnersApi
    from .pets_api import AsyncPetsApi as AsyncPetsApi
    from .default_api import DefaultApi as DefaultApi
    from .owners_api import OwnersApi as OwnersApi
    from .pets_api import PetsApi as PetsApi

__all__ = [
    "AsyncDefaultApi",
    "AsyncOwnersApi",
    "AsyncPetsApi",
    "DefaultApi",
    "OwnersApi",
    "PetsApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncDefaultApi": ".default_api",
    "AsyncOwnersApi": ".owners_api",
    "AsyncPetsApi": ".pets_api",
    "DefaultApi": ".default_api",
    "OwnersApi": ".owners_api",
    "PetsApi": ".pets_api",
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
