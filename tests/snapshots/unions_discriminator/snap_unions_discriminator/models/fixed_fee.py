from __future__ import annotations

from .._base import Model


class FixedFee(Model):

    fee_type: str
    amount: int
