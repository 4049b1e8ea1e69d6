from __future__ import annotations

from .._base import Model


class ParameterFilterSearchProductsPrice(Model):

    gte: int | None = None
    lte: int | None = None
