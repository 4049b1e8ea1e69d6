from __future__ import annotations

from .._base import OpenStrEnum


class OrdersExportCreateResponseBodyStatus(OpenStrEnum):
    """Status of the export; whether the file has been scheduled for creation."""

    SCHEDULED = "SCHEDULED"
