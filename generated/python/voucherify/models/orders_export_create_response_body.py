from __future__ import annotations

from datetime import datetime
from .._base import Model
from .orders_export_create_response_body_exported_object import (
    OrdersExportCreateResponseBodyExportedObject,
)
from .orders_export_create_response_body_object import (
    OrdersExportCreateResponseBodyObject,
)
from .orders_export_create_response_body_status import (
    OrdersExportCreateResponseBodyStatus,
)


class OrdersExportCreateResponseBody(Model):
    """Response body schema for **POST** `/v1/orders/export`."""

    id: str
    """Unique export ID."""

    object: OrdersExportCreateResponseBodyObject
    """The type of object being represented. This object stores information about the export."""

    created_at: datetime
    """When the export was scheduled, in ISO 8601 format."""

    status: OrdersExportCreateResponseBodyStatus
    """Status of the export; whether the file has been scheduled for creation."""

    channel: str | None = None
    """The channel through which the export was triggered (API, WEBSITE)."""

    exported_object: OrdersExportCreateResponseBodyExportedObject
    """The type of object to be exported."""

    parameters: ExportOrderParameters | None = None
    result: OrdersExportCreateResponseBodyResult | None = None
    """Contains the URL of the CSV file once it has been generated; null until then."""

    user_id: str | None = None
    """The user who started the export from the Dashboard; null for exports made through the API."""


from .export_order_parameters import ExportOrderParameters
from .orders_export_create_response_body_result import (
    OrdersExportCreateResponseBodyResult,
)
