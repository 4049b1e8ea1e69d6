"""The API classes, one module per tag; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .legacy_api import AsyncLegacyApi
    from .pets_api import AsyncPetsApi
    from .search_api import AsyncSearchApi
    from .legacy_api import LegacyApi
    from .pets_api import PetsApi
    from .search_api import SearchApi

__all__ = [
    "AsyncLegacyApi",
    "AsyncPetsApi",
    "AsyncSearchApi",
    "LegacyApi",
    "PetsApi",
    "SearchApi",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
AsyncLegacyApi .legacy_api
AsyncPetsApi .pets_api
AsyncSearchApi .search_api
LegacyApi .legacy_api
PetsApi .pets_api
SearchApi .search_api
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
