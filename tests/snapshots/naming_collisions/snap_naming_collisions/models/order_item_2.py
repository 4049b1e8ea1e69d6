from __future__ import annotations

from .._base import Model


class OrderItem_2(Model):

    a: str | None = None
