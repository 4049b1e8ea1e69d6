"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .reports_api import AsyncReportsApi as AsyncReportsApi
    from .reports_api import ReportsApi as ReportsApi

__all__ = [
    "AsyncReportsApi",
    "ReportsApi",
]

_EXPORTS: dict[str, str] = {
    "AsyncReportsApi": ".reports_api",
    "ReportsApi": ".reports_api",
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
