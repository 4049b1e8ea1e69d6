"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .owner import Owner
    from .pet import Pet
    from .pet_list import PetList
    from .species import Species
    from .vet import Vet
    from .visit import Visit

__all__ = [
    "Error",
    "Owner",
    "Pet",
    "PetList",
    "Species",
    "Vet",
    "Visit",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
Error .error
Owner .owner
Pet .pet
PetList .pet_list
Species .species
Vet .vet
Visit .visit
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
