from __future__ import annotations

from .._base import Model


class CustomerAddress(Model):
    """Customer's address."""

    city: str | None = None
    state: str | None = None
    line_1: str | None = None
    line_2: str | None = None
    country: str | None = None
    postal_code: str | None = None
