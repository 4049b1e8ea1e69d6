from __future__ import annotations

from .._base import Model


class OrdersExportCreateResponseBodyResult(Model):
    """Contains the URL of the CSV file once it has been generated; null until then."""

    url: str | None = None
    """The URL of the CSV file."""
