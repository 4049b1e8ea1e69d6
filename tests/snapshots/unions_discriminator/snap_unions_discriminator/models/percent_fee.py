from __future__ import annotations

from .._base import Model


class PercentFee(Model):

    fee_type: str
    percent: int | float
