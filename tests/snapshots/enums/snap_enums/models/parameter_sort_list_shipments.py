from __future__ import annotations

from .._base import OpenStrEnum


class ParameterSortListShipments(OpenStrEnum):
    CREATED_AT = "created_at"
    MINUS_CREATED_AT = "-created_at"
