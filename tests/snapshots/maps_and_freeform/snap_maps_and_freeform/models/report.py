from __future__ import annotations

from typing import Any
from .._base import Model


class Report(Model):

    id: str
    metadata: dict[str, Any] | None = None
    counters: dict[str, int] | None = None
    labels: dict[str, Any] | None = None
    series_by_name: dict[str, Series] | None = None
    tags_by_group: dict[str, list[str]] | None = None
    matrix: list[list[list[int]]] | None = None
    origin: Point | None = None
    dimensions: Dimensions | None = None
    extra: dict[str, Any] | None = None
    """Inline free-form object."""

    settings: dict[str, ReportSettingsValue] | None = None
    """Inline map of inline objects."""


from .dimensions import Dimensions
from .point import Point
from .report_settings_value import ReportSettingsValue
from .series import Series
