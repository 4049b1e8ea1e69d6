from __future__ import annotations

from .._base import Model


class ParameterPageSearchProducts(Model):

    limit: int | None = None
    offset: int | None = None
