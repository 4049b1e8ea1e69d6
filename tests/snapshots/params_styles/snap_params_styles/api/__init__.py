"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .search_api import AsyncSearchApi as AsyncSearchApi
    from .search_api import SearchApi as SearchApi

__all__ = [
    "AsyncSearchApi",
    "SearchApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncSearchApi": ".search_api",
    "SearchApi": ".search_api",
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
