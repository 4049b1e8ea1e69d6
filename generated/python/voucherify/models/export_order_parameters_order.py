from __future__ import annotations

from .._base import OpenStrEnum


class ExportOrderParametersOrder(OpenStrEnum):
    """How to sort the exported orders; a leading dash means descending."""

    MINUS_CREATED_AT = "-created_at"
    CREATED_AT = "created_at"
    MINUS_UPDATED_AT = "-updated_at"
    UPDATED_AT = "updated_at"
    MINUS_STATUS = "-status"
    STATUS = "status"
