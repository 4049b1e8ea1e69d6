"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .counters import Counters as Counters
    from .dimensions import Dimensions as Dimensions
    from .labels import Labels as Labels
    from .metadata import Metadata as Metadata
    from .point import Point as Point
    from .report import Report as Report
    from .report_settings_value import ReportSettingsValue as ReportSettingsValue
    from .series import Series as Series

__all__ = [
    "Counters",
    "Dimensions",
    "Labels",
    "Metadata",
    "Point",
    "Report",
    "ReportSettingsValue",
    "Series",
]

_EXPORTS: dict[str, str] = {
    "Counters": ".counters",
    "Dimensions": ".dimensions",
    "Labels": ".labels",
    "Metadata": ".metadata",
    "Point": ".point",
    "Report": ".report",
    "ReportSettingsValue": ".report_settings_value",
    "Series": ".series",
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
