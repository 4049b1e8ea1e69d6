from __future__ import annotations

from .._base import OpenStrEnum


class ParameterOrderListOrders(OpenStrEnum):
    """Sorting of the returned orders; a leading dash means descending."""

    CREATED_AT = "created_at"
    MINUS_CREATED_AT = "-created_at"
    UPDATED_AT = "updated_at"
    MINUS_UPDATED_AT = "-updated_at"
