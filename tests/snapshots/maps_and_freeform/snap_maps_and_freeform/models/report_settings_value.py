from __future__ import annotations

from .._base import Model


class ReportSettingsValue(Model):

    enabled: bool | None = None
    level: int | None = None
