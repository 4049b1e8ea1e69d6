from __future__ import annotations

from .._base import Model


class Order(Model):

    id: str | None = None
