from __future__ import annotations

from .._base import Model


class Wallet(Model):

    type: str
    provider: str
