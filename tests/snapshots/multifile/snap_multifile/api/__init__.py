"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .default_api import AsyncDefaultApi as AsyncDefaultApi
    from .default_api import DefaultApi as DefaultApi

__all__ = [
    "AsyncDefaultApi",
    "DefaultApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncDefaultApi": ".default_api",
    "DefaultApi": ".default_api",
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
