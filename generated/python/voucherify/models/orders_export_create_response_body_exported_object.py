from __future__ import annotations

from .._base import OpenStrEnum


class OrdersExportCreateResponseBodyExportedObject(OpenStrEnum):
    """The type of object to be exported."""

    ORDER = "order"
