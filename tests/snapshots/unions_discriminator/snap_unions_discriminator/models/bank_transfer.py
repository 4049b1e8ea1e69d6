from __future__ import annotations

from .._base import Model


class BankTransfer(Model):

    type: str
    iban: str
