from __future__ import annotations

from .._base import OpenStrEnum


class OrdersExportCreateResponseBodyObject(OpenStrEnum):
    """The type of object being represented. This object stores information about the export."""

    EXPORT = "export"
