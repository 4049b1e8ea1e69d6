from __future__ import annotations

from .._base import Model


class Order_2(Model):

    number: int | None = None
