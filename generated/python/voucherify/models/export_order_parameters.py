from __future__ import annotations

from typing import Any
from .._base import Model
from .export_order_fields import ExportOrderFields
from .export_order_parameters_order import ExportOrderParametersOrder


class ExportOrderParameters(Model):
    """List of available fields and filters that can be exported with an order along with the sorting order of the returned data."""

    order: ExportOrderParametersOrder | None = None
    """How to sort the exported orders; a leading dash means descending."""

    fields: list[ExportOrderFields] | None = None
    """Array of strings containing the data in the export. These fields define the headers in the CSV file."""

    filters: dict[str, Any] | None = None
    """Filters on the order attributes and metadata, as in the list endpoints' filters."""
