from __future__ import annotations

from .._base import Model


class OrderItem(Model):

    b: str | None = None
