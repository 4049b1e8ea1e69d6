"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .maybe_label import MaybeLabel as MaybeLabel
    from .nothing import Nothing as Nothing
    from .quality import Quality as Quality
    from .reading import Reading as Reading
    from .reading_location import ReadingLocation as ReadingLocation

__all__ = [
    "MaybeLabel",
    "Nothing",
    "Quality",
    "Reading",
    "ReadingLocation",
]

_EXPORTS: dict[str, str] = {
    "MaybeLabel": ".maybe_label",
    "Nothing": ".nothing",
    "Quality": ".quality",
    "Reading": ".reading",
    "ReadingLocation": ".reading_location",
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
