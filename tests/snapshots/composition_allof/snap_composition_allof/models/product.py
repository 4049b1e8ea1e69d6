from __future__ import annotations

from datetime import datetime
from .._base import Model


class Product(Model):
    """A product (two parents plus its own properties)."""

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    name: str
    price: int | None = None
