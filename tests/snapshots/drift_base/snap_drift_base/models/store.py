from __future__ import annotations

from .._base import Model


class Store(Model):
    """A shop that sells pets."""

    id: str
    city: str | None = None
