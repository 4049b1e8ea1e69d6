from __future__ import annotations

from .._base import OpenStrEnum


class ParameterLocaleIndexProducts(OpenStrEnum):
    EN = "en"
    DE = "de"
    FR = "fr"
