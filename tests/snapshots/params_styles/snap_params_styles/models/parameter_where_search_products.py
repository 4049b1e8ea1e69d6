from __future__ import annotations

from .._base import Model


class ParameterWhereSearchProducts(Model):

    name: str | None = None
