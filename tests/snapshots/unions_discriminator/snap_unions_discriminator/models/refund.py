from __future__ import annotations

from .._base import Model


class Refund(Model):

    kind: str
    amount: int
