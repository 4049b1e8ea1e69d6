from __future__ import annotations

from .._base import Model


class Literal_(Model):

    kind: str
    value: int | float
