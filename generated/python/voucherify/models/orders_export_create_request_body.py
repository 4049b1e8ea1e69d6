from __future__ import annotations

from .._base import Model


class OrdersExportCreateRequestBody(Model):
    """Request body schema for **POST** `/v1/orders/export`."""

    parameters: ExportOrderParameters | None = None


from .export_order_parameters import ExportOrderParameters
