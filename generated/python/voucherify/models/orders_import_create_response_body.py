from __future__ import annotations

from .._base import Model


class OrdersImportCreateResponseBody(Model):
    """Response body schema for **POST** `/v1/orders/import`."""

    async_action_id: str
    """The ID of the scheduled asynchronous action."""
