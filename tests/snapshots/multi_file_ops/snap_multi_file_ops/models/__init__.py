"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .owner import Owner as Owner
    from .pet import Pet as Pet
    from .pet_list import PetList as PetList
    from .species import Species as Species
    from .vet import Vet as Vet
    from .visit import Visit as Visit

__all__ = [
    "Error",
    "Owner",
    "Pet",
    "PetList",
    "Species",
    "Vet",
    "Visit",
]

_EXPORTS: dict[str, str] = {
    "Error": ".error",
    "Owner": ".owner",
    "Pet": ".pet",
    "PetList": ".pet_list",
    "Species": ".species",
    "Vet": ".vet",
    "Visit": ".visit",
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
