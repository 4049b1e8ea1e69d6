from __future__ import annotations

from datetime import datetime
from .._base import Model


class DigitalProduct(Model):
    """A chain of inheritance with an inline member."""

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    name: str
    price: int | None = None
    download_url: str
    size_bytes: int | None = None
