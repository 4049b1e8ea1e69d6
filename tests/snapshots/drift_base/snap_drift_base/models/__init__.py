"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pet import Pet as Pet
    from .pet_status import PetStatus as PetStatus
    from .store import Store as Store

__all__ = [
    "Pet",
    "PetStatus",
    "Store",
]

_EXPORTS: dict[str, str] = {
    "Pet": ".pet",
    "PetStatus": ".pet_status",
    "Store": ".store",
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
